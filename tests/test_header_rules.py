"""header: each rule at its boundary, one side and the other (the survivors of a mutation run).

``benchmarks/mutation.py --modules header`` changed each comparison, constant and condition of
``cleaner/stages/header.py`` one at a time; a change no test noticed is pinned here, by a test that
fails on it (checked by hand against the mutant) and passes on the real code.
"""

import pytest

from cleaner.config import StructureConfig
from cleaner.document import Candidate, Document, Line
from cleaner.pipeline import assemble
from cleaner.stages import header, structure
from cleaner.stages.header import is_title_like

TITLE = "银行理财新规落地影响几何"
OTHER = "小微企业信贷观察"
P1 = "近年来，商业银行持续加大对小微企业的信贷投放力度，贷款余额同比增长百分之十二。"


def recover(*lines, evidence=(), hints=None, config=None):
    doc = Document(
        raw="",
        lines=tuple(Line(text, (hints or {}).get(i)) for i, text in enumerate(lines)),
        evidence=tuple(evidence),
    )
    done = structure.run(doc, config or StructureConfig())
    return assemble(done), list(done.changes)


def removed(changes):
    return [(c.reason, c.text) for c in changes if c.is_removal]


# --- is_title_like --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "title_like"),
    [
        ("宏观经济 行业研究 公司调研 基金理财", False),  # words of MAX_MENU_WORD_CHARS: still a menu row
        ("宏观经济学 行业研究 公司调研 基金理财", True),  # one word longer: a headline's phrases
    ],
)
def test_a_menu_rows_words_reach_max_menu_word_chars(line, title_like):
    assert header.MAX_MENU_WORD_CHARS == 4
    assert is_title_like(line, StructureConfig()) is title_like


def test_a_url_in_a_line_is_no_sites_name():
    # the URL is read apart (a title glued to its reprint's link); the line's own words decide
    assert is_title_like("央行宣布降准 http://finance.example.cn", StructureConfig())


@pytest.mark.parametrize(
    ("line", "title_like"),
    [
        ("股票入门_炒股技巧_怎么买股票 - 股票学习网！", False),  # three keywords, the site's name last
        ("股票入门_炒股技巧 - 股票学习网！", True),  # two: a headline may join two phrases so
    ],
)
def test_a_sites_keyword_title_has_two_underscores_or_more(line, title_like):
    assert is_title_like(line, StructureConfig()) is title_like


# --- agreement with the page's own title ----------------------------------------------------------


@pytest.mark.parametrize(("line", "agrees"), [("理财新规落地", True), ("理财新规落", False)])
def test_a_line_inside_the_page_title_agrees_from_six_characters(line, agrees):
    # 理财新规落地 is inside the og:title: six characters agree, five are too few to say so
    article, _ = recover(OTHER, line, P1, evidence=[Candidate("title", "理财新规落地影响几何", "og")])
    assert article.title == (line if agrees else OTHER)
