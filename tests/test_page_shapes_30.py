"""Shapes sets 25–30 of unseen pages showed (dates in month words, a report's compact day, Markdown's
bold marks, a site's name before its location prefix, skip links, an empty cart, a reading-time badge):
each rule at its boundary, on lines of our own words."""

import pytest

from cleaner import clean, clean_and_explain
from cleaner.config import BoilerplateConfig
from cleaner.stages.boilerplate import line_kind
from cleaner.stages.crumbs import parse_breadcrumb
from cleaner.stages.dates import find_date
from cleaner.stages.junk import without_bold_marks

from .header_pages import P1, TITLE, recover

P2 = "业内人士指出，理财产品净值化转型仍在持续，投资者需要关注产品的风险等级与期限。"


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("最後更新於 22 二月, 2024", "2024-02-22"),  # a WordPress theme's date in a Chinese locale
        ("二月 22, 2024", "2024-02-22"),
        ("十二月 3, 2023", "2023-12-03"),
        ("3 十一月 2023", "2023-11-03"),
        ("Aug 22 - 2024", "2024-08-22"),  # a dash between day and year
        ("8 五月 02:00", None),  # no year: no date
        ("第3 五月 2024", None),  # a count, not a day
        ("31 二月, 2024", None),  # no such day
    ],
)
def test_a_date_with_the_months_chinese_name(line, iso):
    found = find_date(line)
    assert (found.iso if found else None) == iso


def test_a_reports_day_in_digits_after_its_name_is_its_date_and_leaves_the_title():
    article, _ = recover("沪深港通月报-港股通月流入创新高-20200403", P1)
    assert (article.title, article.published_at) == ("沪深港通月报-港股通月流入创新高", "2020-04-03")
    article, _ = recover("沪深港通月报-港股通月流入创新高-20201303", P1)  # no thirteenth month: no day
    assert article.published_at is None


def test_markdowns_bold_marks_go_and_the_words_stay():
    bold = "看完这篇**银行信用卡逾期清收方案**，你有啥疑问"
    assert without_bold_marks(bold) == "看完这篇银行信用卡逾期清收方案，你有啥疑问"
    assert without_bold_marks("**银行信用卡逾期清收方案") == "银行信用卡逾期清收方案"  # its closing marks lost
    assert without_bold_marks("** 标题 **") == "** 标题 **"  # marks apart from the words: no bold
    assert without_bold_marks("2**10 = 1024") == "2**10 = 1024"
    article, changes = clean_and_explain("\n".join(("**" + TITLE, P1, "**要点**", P2)))
    assert article.title == TITLE and "要点" in article.text and "**" not in article.text
    assert ("junk:markdown", "**要点**", "要点") in [(c.reason, c.text, c.replacement) for c in changes]
    assert all(c.reason != "junk:markdown" for c in article.removed)  # a repair, no removal
    assert clean("\n".join(("**" + TITLE, P1))).removed == ()  # recorded only when explaining


def test_a_sites_name_before_its_location_prefix_is_no_crumb():
    assert parse_breadcrumb("中国基因网您的位置:首页>国内研究>") == ("首页", "国内研究")
    assert parse_breadcrumb("他说您的位置：首页>财经") is None  # no site's name before the prefix


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("跳转到内容", "boilerplate:site_notice"),
        ("Skip to main content", "boilerplate:site_notice"),
        ("您的购物车还没有商品，再去逛逛吧~", "boilerplate:site_notice"),
        ("購物車內沒有任何商品。", "boilerplate:site_notice"),
        ("阅读大概需要15分钟", "boilerplate:reading_time"),
        ("阅读大概需要的时间因人而异。", None),
    ],
)
def test_skip_links_an_empty_cart_and_a_reading_time_badge_are_furniture(line, kind):
    assert line_kind(line, BoilerplateConfig()) == kind


def test_a_wires_headline_after_its_dateline_is_the_title_and_the_dateline_stays():
    line = "新华社北京7月15日电 题：" + TITLE
    article, changes = recover(line, "新华社记者", P1)
    assert article.title == TITLE
    assert "新华社北京7月15日电" in article.text  # the dateline, a line of its own
    assert article.source_name == "新华社"
    assert ("structure:title_prefix", "题：") in [(c.reason, c.text) for c in changes]
    assert "新华社记者" not in article.text  # the wire's reporters, unnamed: a byline


def test_a_headline_after_a_dateline_the_pages_own_title_gives_leaves_the_line_whole():
    from cleaner.document import Candidate

    line = "新华社北京7月15日电 题：" + TITLE
    article, _ = recover("新华全媒+丨" + TITLE, line, P1, evidence=[Candidate("title", "新华全媒+丨" + TITLE, "h1")])
    assert line in article.text


def test_a_plain_题_is_no_label_without_a_dateline():
    line = "关于本期试题：" + TITLE
    article, _ = recover(line, P1)
    assert article.title != TITLE


@pytest.mark.parametrize(
    ("line", "source", "byline"),
    [
        ("新华社记者", "新华社", True),
        ("中新社特约记者", "中新社", True),
        ("本报记者", None, True),  # this paper's: no outlet named
        ("记者", None, False),
    ],
)
def test_an_outlets_unnamed_reporters_are_a_byline(line, source, byline):
    from cleaner.stages.metadata import parse_byline

    meta = parse_byline(line)
    assert (meta is not None and meta.byline == line) is byline
    assert (meta.source_name if meta else None) == source
    assert not (meta and meta.authors)


def test_asterisks_hiding_a_name_stay_on_a_page_not_written_in_markdown():
    hidden = "比如说**公司，现在是200多亿利润。**公司当时我买的时候市值不高，比如说****，我们前后买了很多年。"
    assert clean("\n".join((TITLE, P1, hidden, P2))).text.count("*") == hidden.count("*")
    assert without_bold_marks(hidden) == hidden  # a bold run holds no sentence's end but its last


def test_a_line_opened_by_bold_words_is_the_pages_evidence_of_markdown():
    inline = "看完这篇**银行信用卡逾期清收方案**，你有啥疑问"
    assert clean("\n".join((TITLE, P1, inline, P2))).text.count("*") == 4  # no evidence: the marks stay
    assert "*" not in clean("\n".join((TITLE, P1, "**要点**", inline, P2))).text
    assert without_bold_marks("**注意：逾期会影响征信。**") == "注意：逾期会影响征信。"  # its end may close it
