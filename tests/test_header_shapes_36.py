"""header and meta lines: shapes held-out sets 34–36 showed — a widget's empty heading, an official
paper's number, a column's name over the headline, a column's name before a colon or with its
writer. Each rule at its boundary, one side and the other."""

import pytest

from cleaner import clean
from cleaner.config import StructureConfig
from cleaner.stages import title_shapes
from cleaner.stages.metadata import parse_byline
from cleaner.stages.title_shapes import is_title_like

from .header_pages import P1, TITLE, recover, removed

SETTINGS = StructureConfig()


@pytest.mark.parametrize(
    ("line", "title_like"),
    [
        ("證交所股價速覽 ()", False),  # a widget's heading, its value not rendered
        ("證交所股價速覽 【】", False),
        ("證交所股價速覽 (一)", True),  # a part's number is a value
        ("穗府〔2011〕15号", False),  # an official paper's number
        ("国办发[2024]3号", False),
        ("穗府〔2011〕15号文件解读", True),  # a headline about the paper
        ("電話號碼 0960-550-797 LINE的ID", False),  # a contact row, 号码 after its label
        ("电话号码查询服务的变迁", True),  # no number
        ("公司要闻", False),  # a column's name alone
        ("集团公司要闻", True),  # five characters or more: a short headline may end so (示例日报评论)
        ("公司要闻发布制度改革", True),
    ],
)
def test_a_widgets_heading_a_papers_number_and_a_column_are_no_title(line, title_like):
    assert title_shapes.MAX_COLUMN_TITLE_CHARS == 4
    assert is_title_like(line, SETTINGS) is title_like


@pytest.mark.parametrize(
    ("column", "category"),
    [("集团要闻", "集团要闻"), ("新闻中心", "新闻中心"), ("新聞資訊", "新聞資訊"), ("在地生活", None)],
)
def test_a_columns_name_over_a_well_evidenced_headline_is_its_category(column, category):
    # a meta line after the title and its echo make its evidence strong: the masthead goes, but the
    # column right over the headline is read first
    article, changes = recover("某某集团官网", column, TITLE, "日期：2017-05-12", TITLE, P1)
    assert article.title == TITLE
    assert article.category == category
    assert column not in article.text
    assert ("structure:masthead", column) in removed(changes)


@pytest.mark.parametrize(
    ("title", "column", "headline"),
    [
        ("當前簡訊：罕見！銀行理財大跌逾33%", "当前简讯", "罕见！银行理财大跌逾33%"),
        ("新闻策划：转变职能，优化经济环境", "新闻策划", "转变职能，优化经济环境"),
        ("政策解读|重点条文解读（二）", "政策解读", "重点条文解读（二）"),
        ("新闻点评：SHEIN后备爱人", "新闻点评", "SHEIN后备爱人"),
    ],
)
def test_a_column_word_before_a_colon_or_bar_is_cut_from_the_title(title, column, headline):
    article = clean(f"{title}\n来源：示例日报\n{P1}")
    assert (article.title, article.category) == (headline, column)


def test_a_subject_before_a_colon_stays_in_the_title():
    article = clean(f"美国经济：通胀回落\n来源：示例日报\n{P1}")
    assert article.title == "美国经济：通胀回落"


@pytest.mark.parametrize(
    ("line", "authors", "category"),
    [
        ("新聞點評 高天佑", ("高天佑",), "新聞點評"),
        ("财经观察 王鹏", ("王鹏",), "财经观察"),
        ("经济形势 王鹏", None, None),  # no column's word: a phrase and a name
        ("财经观察 王鹏飞扬", None, None),  # a name has at most three characters here
    ],
)
def test_a_columns_name_and_a_name_are_its_writer(line, authors, category):
    meta = parse_byline(line)
    assert ((meta.authors, meta.category) if meta else (None, None)) == (authors, category)


def test_a_pages_path_run_on_after_its_title_is_its_breadcrumb():
    article, changes = recover(f"{TITLE} 首页 >> 业务宣传", "发布日期：2017-09-04 点击率818", P1)
    assert (article.title, article.category, article.views) == (TITLE, "业务宣传", 818)
    assert ("structure:breadcrumb", "首页 >> 业务宣传") in removed(changes)
    article, _ = recover(f"{TITLE} 首页推荐", "发布日期：2017-09-04", P1)  # no arrow: no path
    assert article.title == f"{TITLE} 首页推荐"


@pytest.mark.parametrize(("line", "views"), [("点击率818", 818), ("点击量1234", 1234), ("阅读3篇", None)])
def test_a_counters_word_with_its_number_run_on_gives_the_views(line, views):
    from cleaner.stages.metadata import parse_meta_line

    meta = parse_meta_line("发布日期：2017-09-04 " + line)
    assert meta.views == views


@pytest.mark.parametrize(("words", "language"), [(35, "zh"), (36, "und")])
def test_a_latin_word_weighs_two_han_characters_in_the_language_guess(words, language):
    # thirty Han characters beside N four-letter words: Han ≥ 0.3 × (30 + 2N) while N ≤ 35
    from cleaner.measures import LATIN_WORD_WEIGHT, MIN_HAN_SHARE, language_of

    assert (LATIN_WORD_WEIGHT, MIN_HAN_SHARE) == (2, 0.3)
    assert language_of("中" * 30 + " word" * words) == language
