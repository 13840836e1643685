"""spam shapes of issue 5: a keyword list inside a wrapping (bullet, trailing ?, a template's label),
`` I `` separators, and one run of keywords alone on the first or last line.

Nothing real is removed: a mid-body keyword list in the body's script stays, and so do a company
called 无码科技, a labelled meta line and a question.
"""

import pytest

from cleaner import clean, clean_and_explain
from cleaner.config import SpamConfig
from cleaner.document import Document
from cleaner.stages import spam
from cleaner.stages.spam import MIN_SOLE_TERM_COVER, is_sole_keyword, keyword_part

S = SpamConfig()
TITLE = "银行理财规模一季度回升 固收类产品仍占主导"
BODY = [
    "今年一季度，银行理财市场规模止跌回升，理财公司发行的产品占比进一步提高。",
    "从产品结构看，固定收益类产品依旧是绝对主力，规模占比超过九成。",
    "贵州茅台(600519)等高股息标的也受到理财资金关注，约7.12亿元流入。",
    "Analysts expect yields to fall further, she said.",
    "展望后市，分析人士认为，理财产品的净值波动将更加平滑。",
]


def run(lines):
    doc = spam.run(Document.from_text("\n".join(lines)), S)
    return doc.texts, [c.text for c in doc.changes]


# --- keyword_part ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "part"),
    [
        ("• 国产精品_日韩av ?", "国产精品_日韩av"),
        ("● 国产精品,日韩av,亚洲av ？？", "国产精品,日韩av,亚洲av"),
        ("- 国产精品 日韩av", "国产精品 日韩av"),
        ("主站蜘蛛池模板: 欧美一区 | 亚洲av", "欧美一区 | 亚洲av"),
        ("模板：国产精品_日韩av", "国产精品_日韩av"),
        ("国产精品_日韩av", "国产精品_日韩av"),
    ],
)
def test_keyword_part_unwraps(line, part):
    assert keyword_part(line) == part


def test_keyword_part_keeps_a_line_with_a_second_colon():
    line = "时间：10:30 国产精品_日韩av"
    assert keyword_part(line) == line


def test_keyword_part_keeps_a_real_question():
    assert keyword_part("银行理财还能买吗?") == "银行理财还能买吗?"  # no space before the ?


# --- wrapped lists removed at the edges -----------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        "• 国产精品_日韩av_亚洲av ?",
        "主站蜘蛛池模板: 国产精品 | 日韩av | 亚洲av",
        "国产精品 I 日韩av I 亚洲av I 成人视频",
        "● 澳门新葡京,六合彩特码,百家乐官网 ？",
    ],
)
def test_wrapped_keyword_list_at_the_top_is_removed(header):
    texts, removed = run([header, TITLE, *BODY])
    assert removed == [header]
    assert texts == [TITLE, *BODY]


def test_wrapped_keyword_list_at_the_bottom_is_removed():
    footer = "• 国产精品_日韩av_亚洲av ?"
    texts, removed = run([TITLE, *BODY, footer])
    assert removed == [footer]
    assert texts == [TITLE, *BODY]


def test_wrapped_keyword_list_in_the_middle_of_a_same_script_body_stays():
    middle = "• 国产精品_日韩av_亚洲av ?"
    lines = [TITLE, *BODY[:3], middle, *BODY[3:], "补充说明：以上数据来自公开信息。", "风险提示：理财非存款。"]
    texts, removed = run(lines)
    assert removed == []
    assert texts == lines


def test_label_with_plain_words_is_no_spam():
    line = "关键词：基金 | 股票 | 债券 | 理财"
    texts, removed = run([line, TITLE, *BODY])
    assert removed == []
    assert texts[0] == line


def test_meta_line_with_a_label_is_no_spam():
    line = "来源：零壹财经 | 作者：张三 | 浏览：766"
    assert not spam._looks_like_spam(line, S)
    assert run([line, TITLE, *BODY])[1] == []


# --- one keyword run alone on an edge line --------------------------------------------------------


def test_sole_keyword_on_the_last_line_is_removed():
    last = "国产精品久久久久精品麻豆"
    texts, removed = run([TITLE, *BODY, last])
    assert removed == [last]
    assert texts == [TITLE, *BODY]


def test_sole_keyword_on_the_first_line_is_removed():
    first = "国产精品成人视频"
    texts, removed = run([first, TITLE, *BODY])
    assert removed == [first]
    assert texts == [TITLE, *BODY]


def test_sole_keyword_only_on_the_very_first_or_last_line():
    second = "国产精品久久久久精品麻豆"
    lines = [TITLE, second, *BODY]
    texts, removed = run(lines)
    assert removed == []
    assert texts == lines
    penultimate = [TITLE, *BODY, second, "（完）"]
    assert run(penultimate)[1] == []


@pytest.mark.parametrize("line", ["无码科技发布新品", "国产精品牌崛起", "亚洲av", "澳门赌场", "六合彩销量增长"])
def test_real_words_on_an_edge_are_no_sole_keyword(line):
    assert not is_sole_keyword(line, S)
    texts, removed = run([TITLE, *BODY, line])
    assert removed == []
    assert texts[-1] == line


def test_sole_keyword_needs_min_strong_terms():
    assert not is_sole_keyword("国产精品甲乙", S)
    assert is_sole_keyword("国产精品麻豆", S)
    assert not is_sole_keyword("国产精品麻豆", SpamConfig(min_strong_terms=3))


def test_sole_keyword_cover_boundary():
    """Spam terms must cover MIN_SOLE_TERM_COVER of the line: 8 of 10 does, 8 of 11 does not,
    nor do 15 of 19 or 19 of 24 (just under 0.8)."""
    assert MIN_SOLE_TERM_COVER == 0.8
    assert is_sole_keyword("国产精品成人视频甲乙", S)  # 8 / 10
    assert not is_sole_keyword("国产精品成人视频甲乙丙", S)  # 8 / 11
    assert is_sole_keyword("国产精品成人视频六合彩麻豆无码甲乙丙", S)  # 15 / 18
    assert not is_sole_keyword("国产精品成人视频六合彩麻豆无码甲乙丙丁", S)  # 15 / 19 = 0.789
    assert not is_sole_keyword("国产精品成人视频一区二区六合彩麻豆无码甲乙丙丁戊", S)  # 19 / 24 = 0.792


def test_sole_keyword_length_limit():
    at = "国产精品成人视频" * 4  # 32 = 2 * max_segment_chars
    assert len(at) == 2 * S.max_segment_chars
    assert is_sole_keyword(at, S)
    assert not is_sole_keyword(at + "麻豆", S)


def test_two_phrases_of_spam_terms_on_an_edge_are_a_list_cut_short():
    assert is_sole_keyword("国产精品 麻豆", S)
    cut = "久久精品一区二区国产_亚洲国产另类久久久精品"  # a keyword header cut off at the page's end
    texts, removed = run([TITLE, *BODY, cut])
    assert removed == [cut]
    assert texts == [TITLE, *BODY]
    assert run([TITLE, *BODY, cut, "（完）"])[1] == []  # not the last line: real words below it


# --- end to end -----------------------------------------------------------------------------------


def test_wrapped_spam_end_to_end_and_idempotent():
    page = "\n".join(["主站蜘蛛池模板: 国产精品 | 日韩av | 亚洲av", TITLE, *BODY, "国产精品久久久久精品麻豆"])
    article, changes = clean_and_explain(page)
    assert article.title == TITLE
    assert [c.reason for c in changes if c.stage == "spam"] == ["spam:keyword_list"] * 2
    assert "贵州茅台(600519)" in article.text
    assert "Analysts expect yields to fall further, she said." in article.text
    assert clean(article.text).text == article.text


# --- Indonesian slot-gambling spam (hacked pages) ---------------------------------------------


def test_an_indonesian_gambling_keyword_list_at_the_top_is_removed():
    header = "slot gacor | togel online | situs judi | link slot88"
    texts, removed = run([header, TITLE, *BODY])
    assert removed == [header]
    assert texts == [TITLE, *BODY]


@pytest.mark.parametrize(
    "line",
    [
        "judicial review | court ruling | time slot",  # judi inside judicial; slot an English word
        "booking slot | meeting slot | time slot",
    ],
)
def test_english_words_that_hold_a_gambling_word_are_no_spam(line):
    texts, removed = run([line, TITLE, *BODY])
    assert removed == []
    assert texts[0] == line


# --- phrases run together from terms -------------------------------------------------------------

FILLER = "甲乙丙丁戊己庚辛壬"  # 9 characters, no term of the lexicon


@pytest.mark.parametrize(("outside", "shaped"), [(8, True), (9, False)])
def test_a_long_phrase_counts_by_its_characters_outside_the_lexicons_terms(outside, shaped):
    # each phrase is terms (无码, 国产精品 …, 14 characters) plus `outside` characters that are none:
    # longer than max_segment_chars (16), it is a keyword phrase while at most 8 are outside the terms
    assert S.max_segment_chars == 16
    phrase = "无码国产精品无码国产精品" + FILLER[:outside]
    assert spam._term_chars(FILLER) == 0
    assert (spam.list_shape("_".join([phrase] * 3), S) is not None) is shaped


def test_a_keyword_list_of_phrases_run_together_on_the_first_line_is_removed():
    first = "久久久久精品亚洲18国产成人精品无码AV综合_亚洲国产成人精品久久久久av无码综合色_亚洲精品国产无码午"
    texts, removed = run([first, TITLE, *BODY])
    assert removed == [first]
    assert texts == [TITLE, *BODY]


def test_a_headline_with_a_brand_after_it_is_no_keyword_list():
    # two strong terms, but the headline is 16 characters outside them: not a phrase of terms
    line = "开云体育本次分红为2025年度第1次分红-开云体育赞助商(2025已更新(最新/官方/入口)"
    assert spam.list_shape(line, S) is None


@pytest.mark.parametrize(
    ("paragraph", "cut"),
    [
        ("【大澳门威尼斯人赌场官网10月29日报导】（中央社记者程韵璇台北29日电）金管会今天发布逾期放款统计。", True),
        ("【乐虎国际】央行今天宣布下调存款准备金率0.5个百分点。", True),
        ("【澳门威尼斯人】金沙中国旗下度假村第三季度收入增长。", False),  # weak terms only: a casino in the news
        ("【中央社10月29日报导】金管会今天发布逾期放款统计。", False),  # no brand at all
        ("央行今天宣布下调存款准备金率【乐虎国际】0.5个百分点。", False),  # not opening the paragraph
    ],
)
def test_a_spam_brand_in_the_bracket_opening_a_paragraph_goes(paragraph, cut):
    doc = spam.run(Document.from_text(paragraph), SpamConfig())
    assert (doc.text != paragraph) is cut
    assert [c.reason for c in doc.changes] == (["spam:bracket_brand"] if cut else [])
    if cut:
        assert paragraph.endswith(doc.text) and doc.text[0] != "【"


def test_a_capital_i_between_blanks_parts_a_keyword_list():
    terms = ["无码人妻久久", "亚洲小视频在线观看", "一级片特级片", "丁香五月欧美成人", "手机看片日韩国产"]
    doc = spam.run(Document.from_text(" I ".join(terms) + "\n示例标题\n正文第一段，说明情况。"), SpamConfig())
    assert [c.reason for c in doc.changes] == ["spam:keyword_list"]
    assert spam.SEPARATORS_RE.split("亚洲 I 欧美") == ["亚洲", "欧美"]
    assert spam.SEPARATORS_RE.split("iPhone Air") == ["iPhone", "Air"]  # an I inside a word is the word's
