"""html_crumbs: the category a page's marked breadcrumb names, read before the breadcrumb goes with
the page's navigation. Small pages of our own words; each test fails if its rule goes."""

import pytest

from cleaner import clean
from cleaner.stages.html_crumbs import breadcrumb_category
from cleaner.stages.html_tree import parse

TITLE = "央行宣布下调存款准备金率"
PROSE = (
    "<p>今年以来，多家银行下调了存款挂牌利率，三年期定期存款利率普遍降至2%以下，市场普遍预期将继续下行。</p>"
    "<p>业内人士指出，降准将释放长期资金约一万亿元，有助于降低银行负债成本，支持实体经济稳定增长。</p>"
)


def page(crumb: str, title: str = TITLE) -> str:
    return f"<html><head><title>{title}</title></head><body>{crumb}<h1>{title}</h1>{PROSE}</body></html>"


def category(markup: str, titles=(TITLE,)):
    root, _ = parse(f"<html><body>{markup}</body></html>")
    found = breadcrumb_category(root.find("body"), list(titles))
    return found[0].value if found else None


@pytest.mark.parametrize(
    ("crumb", "expected"),
    [
        ('<div class="breadcrumb">首页 &gt; 财经 &gt; 正文</div>', "财经"),  # the last crumb that is no 正文
        ('<div class="TemasBreadcrumb">首頁 / 政治</div>', "政治"),  # a home crumb: any separator
        ('<div class="path">产经 &gt; 正文</div>', "产经"),  # marked: its first crumb may be the section
        ('<div id="MyPosition02">位置：首页 &gt; 新闻动态</div>', "新闻动态"),
        ('<div class="tab">当前位置：主页 &gt; 股市消息实时播报 &gt;</div>', "股市消息实时播报"),  # by its prefix
        ('<div class="path">新闻中心 国内新闻&gt;正文</div>', "国内新闻"),  # one arrow and a blank
    ],
)
def test_a_marked_breadcrumb_names_the_category(crumb, expected):
    assert category(crumb) == expected


@pytest.mark.parametrize(
    "crumb",
    [
        "<p>收益率 &gt; 5% 的基金</p>",  # no mark: a sentence's arrow
        '<div class="path">首页 &gt; 正文</div>',  # only the home and 正文
        '<div class="path">首页 &gt; 行情股吧新闻外汇新三板</div>',  # 11 characters: a row of links
        f'<div class="breadcrumb">首页 &gt; {TITLE[:6]}</div>',  # six of the title's words, not a section
        '<div class="breadcrumb">首页 财经</div>',  # no arrow
    ],
)
def test_what_is_no_section_names_no_category(crumb):
    assert category(crumb) is None


def test_the_limits_of_a_sections_name():
    assert category('<div class="path">首页 &gt; 行情股吧新闻外汇三板</div>') == "行情股吧新闻外汇三板"  # ten
    assert category(f'<div class="breadcrumb">首页 &gt; {TITLE[:5]}</div>') == TITLE[:5]  # five of the title's


def test_the_shortest_marked_breadcrumb_wins():
    # a site's path bar holds its search links after the path; the path inside it says only the path
    bar = '<div class="path-search"><div class="path">产经 &gt; 正文</div> 行情 股吧 新闻 外汇 新三板</div>'
    assert category(bar) == "产经"


def test_the_category_comes_through_the_pipeline_and_the_breadcrumb_goes():
    article = clean(page('<div class="breadcrumb">首页 &gt; 财经 &gt; 正文</div>').encode())
    assert article.category == "财经" and "首页" not in article.text


def test_a_headline_ending_in_its_sections_word_keeps_it():
    title = "天宫一号与神舟九号载人交会对接任务第二场新闻发布会"
    article = clean(page('<div class="crumbs">首页 &gt; 专题报道 &gt; 新闻发布会</div>', title).encode())
    assert article.title == title and article.category == "新闻发布会"


def test_an_unmarked_path_of_links_with_arrows_between_names_the_category():
    # the arrows are the tails of the links: their parent is read as a line would be
    path = '<div class="links"><a href="/">和讯网</a> &gt; <a>股票</a> &gt; <a>股市报道</a> &gt; 正文</div>'
    assert category(path) == "股市报道"
    assert category('<div class="links"><a>股票</a> &gt; <a>股市报道</a></div>') is None  # one arrow, no home


def test_a_paths_root_and_a_sites_name_are_no_category():
    assert category("<div><a>新华网</a> &gt; <a>时政</a> &gt; 正文</div>") == "时政"  # the root is skipped
    assert category('<div class="path">新华网 &gt; 正文</div>') is None  # a site's name, then 正文
    assert category('<div class="path">产经 &gt; 当前页</div>') == "产经"  # 当前页 is the page itself
