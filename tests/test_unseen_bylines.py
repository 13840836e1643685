"""Bylines, sources and dates as unseen real pages (held-out sets 53-61) write them: datelines,
commentators, journals' institutes, a magazine's issue, a Hong Kong government release, a path with
its back link."""

import pytest

from cleaner import clean
from cleaner.config import BoilerplateConfig

S = BoilerplateConfig()
TITLE = "招商银行三季度净利润同比增长5%"
BYLINE = "来源：证券时报 2024-10-30 08:34"
P1 = "招商银行昨晚发布三季报，前三季度实现营业收入2562亿元，同比下降2.91%。"
P2 = "分析人士认为，息差收窄的压力仍在，但资产质量保持稳定。"


def test_a_closing_source_above_a_pictures_address_and_a_follow_button_is_read():
    tail = ["來源:新華社", "https://res.x.com/2023/8/1/abc.jpg", "掃描二維碼分享到手機", "+關註"]
    page = "\n".join([TITLE, P1, P2, *tail])
    assert clean(page).source_name == "新华社"


@pytest.mark.parametrize(
    ("opening", "outlet"),
    [("FX168财经报社(北美)讯——在美联储主席鲍威尔的谨慎表态下，", "FX168财经报社"),
     ("顶尖财经网(www.58188.com)2018-8-6 7:20:46讯：机构推荐本周金股。", "顶尖财经网")],
)  # fmt: skip
def test_a_dateline_with_a_dash_or_with_the_sites_address_and_stamp_names_the_source(opening, outlet):
    assert clean(f"{TITLE}\n\n{opening}{P2}\n\n{P1}").source_name == outlet


def test_a_column_word_with_a_dash_is_no_dateline():
    assert clean(f"{TITLE}\n\n央行快讯——{P2}\n\n{P1}").source_name is None


# Another story's headline and byline over this one's, as a trending site prints them
@pytest.mark.parametrize("row", ["华创证券· 2024-11-10 15:26", "国信证券 2024-11-10 15:26"])
def test_a_brokers_name_before_the_day_is_the_source_not_a_writer(row):
    article = clean("\n\n".join([TITLE, row, P1, P2]))
    assert (article.source_name, article.authors) == (row[:4], ())


ABSTRACT = "摘要：“十二五”时期中国的房地产市场形势发生较大变化，房地产市场已从供不应求转向供求基本平衡。"


@pytest.mark.parametrize(
    ("byline", "authors"),
    [("国务院发展研究中心市场经济研究所 邓郁松", ("邓郁松",)), ("厦门大学经济学院 张三 李四", ("张三", "李四")),
     ("国务院发展研究中心市场经济部 邓郁松", ())],
)  # fmt: skip
def test_a_journals_byline_of_an_institute_and_its_writers_over_the_abstract(byline, authors):
    # the institute's word (研究所, 学院 …) ends it; 市场经济部 is no such word
    assert clean("\n".join(["中国房地产形势与展望", byline, ABSTRACT, P1, P2])).authors == authors


def test_an_institute_and_a_name_over_no_abstract_are_no_byline():
    assert clean("\n".join(["中国房地产形势与展望", "国务院发展研究中心市场经济研究所 邓郁松", P1, P2])).authors == ()


@pytest.mark.parametrize(
    ("rows", "source"),
    [(["证券时报", "2011-12-13 来源：证券时报网 作者："], "证券时报网"),  # the label's outlet
     (["证券时报", "2011-12-13 作者：张三"], "证券时报")],  # no label: the outlet alone on its line
)  # fmt: skip
def test_a_labelled_source_outranks_an_outlet_alone_on_its_line(rows, source):
    assert clean("\n".join([TITLE, *rows, P1, P2])).source_name == source


@pytest.mark.parametrize("byline", ["（记者 王淯滢 通讯员 洪恒亮）", "(记者 王淯滢 通讯员 洪恒亮)"])
def test_a_bracketed_byline_of_two_roles_names_both_writers(byline):
    assert clean("\n".join([TITLE, P1, P2, byline])).authors == ("王淯滢", "洪恒亮")


@pytest.mark.parametrize(
    ("line", "authors", "source"),
    [("每經特約評論員 尹中立", ("尹中立",), "每经"), ("本报评论员 张三", ("张三",), None),
     ("长盟法律事务所 实习律师 薛任智 撰", ("薛任智",), None), ("张三 撰文", ("张三",), None)],
)  # fmt: skip
def test_a_commentators_or_a_writers_signature(line, authors, source):
    article = clean("\n".join([TITLE, line, P1, P2]))
    assert (article.authors, article.source_name) == (authors, source)


def test_a_papers_editorial_headline_is_no_byline():
    # 经济日报评论员：… is the paper's editorial: what follows the colon is its headline, not a name
    title = "经济日报评论员：再驳“中国新能源产能过剩论”"
    article = clean("\n".join([title, P1, P2]))
    assert article.title == title and article.authors == ()


def test_an_outlets_bracket_before_the_reporters_bracket():
    article = clean("\n".join([TITLE, "【财新网】（记者 曹文姣 实习记者 张馨梦）" + P1, P2]))
    assert (article.authors, article.source_name) == (("曹文姣", "张馨梦"), "财新网")
    assert article.text.splitlines()[1] == P1


@pytest.mark.parametrize("line", ["2020年06月01日第3期", "2020年06月01日 总第356期"])
def test_a_magazines_day_and_issue_number_is_a_meta_line(line):
    article = clean("\n".join(["财新传媒", TITLE, line, P1, P2]))
    assert (article.title, article.published_at) == (TITLE, "2020-06-01")


def test_an_issue_number_after_words_is_no_date_line():
    from cleaner.stages.metadata import parse_meta_line

    assert parse_meta_line("第3期") is None
    assert parse_meta_line("理财周刊2020年06月01日第3期") is None  # words before the day: not this shape


RELEASE = [
    "簡體版 英文版 寄給朋友 政府新聞網", "金管局就銀行體系和金融市場運作的最新公布", "********************",
    "下稿代香港金融管理局發出∶", P1, P2, "完", "2014年9月30日(星期二)", "香港時間16時48分", "", "列印此頁",
]  # fmt: skip


def test_a_hong_kong_government_release_names_its_issuer_and_its_hour():
    article = clean("\n".join(RELEASE))
    assert article.title == "金管局就银行体系和金融市场运作的最新公布"
    assert (article.source_name, article.published_at) == ("香港金融管理局", "2014-09-30T16:48")
    assert "列印此页" not in article.text


def test_a_day_without_the_hour_under_it_is_no_release_time():
    from cleaner.stages.bylines import closing_release_time

    assert closing_release_time(["完", "2014年9月30日（星期二）", "列印此页"]) is None
    assert closing_release_time(["2014年9月30日（星期二）", "北京时间16时48分"]) is None
    assert closing_release_time(["2014年9月30日", "香港時間16時48分"]) == "2014-09-30T16:48"


@pytest.mark.parametrize(
    ("line", "crumbs"),
    [("地產博客 > 文亮語 返回", ("地產博客", "文亮語")), ("地产博客 > 文亮语", None), ("收益率 > 5% 返回", None),
     ("首页 > 地产博客 > 文亮语 返回", ("首页", "地产博客", "文亮语"))],
)  # fmt: skip
def test_a_path_with_its_back_link_is_a_breadcrumb(line, crumbs):
    # one arrow and no root is no path, unless the page's back link follows it; a figure never is
    from cleaner.stages.crumbs import parse_breadcrumb

    assert parse_breadcrumb(line) == crumbs
