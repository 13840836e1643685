"""Rules of `cleaner/stages/html_meta.py` pinned at their boundaries (see benchmarks/mutation.py).

Dates, titles and head evidence of our own making, read by the module's functions directly.
"""

import pytest
from lxml import etree

from cleaner.stages.html_meta import (
    body_evidence,
    head_evidence,
    iso_date,
    json_ld,
    printed_local_time,
    script_date,
    split_title,
    title_evidence,
)


def root_of(markup: str) -> etree._Element:
    return etree.fromstring(f"<html>{markup}</html>", etree.HTMLParser())


def values(candidates, field):
    return [c.value for c in candidates if c.field == field]


# --- dates as printed


@pytest.mark.parametrize(
    ("printed", "iso"),
    [
        ("2023-12-31", "2023-12-31"),
        ("2023-01-01", "2023-01-01"),
        ("2023-13-01", None),  # no thirteenth month
        ("2023-00-10", None),
        ("2023-01-32", None),
        ("2023-01-00", None),
        ("2023-05-06 23:59", "2023-05-06T23:59"),
        ("2023-05-06 24:00", "2023-05-06"),  # no such clock: the day alone
        ("2023-05-06 10:60", "2023-05-06"),
        ("2023-05-06 00:00:00", "2023-05-06T00:00:00"),
    ],
)
def test_a_date_is_read_only_within_the_calendar_and_the_clock(printed, iso):
    assert iso_date(printed) == iso


@pytest.mark.parametrize(
    ("printed", "iso"),
    [
        ("2024年5月20日 上午11:59", "2024-05-20T11:59"),
        ("2024年5月20日 下午12:00", "2024-05-20T12:00"),  # noon stays 12
        ("2024年5月20日 下午11:05", "2024-05-20T23:05"),
        ("2024年5月20日 凌晨12:30", "2024-05-20T00:30"),  # midnight
        ("2024年5月20日 凌晨1:30", "2024-05-20T01:30"),
        ("2024年5月20日 中午12:10", "2024-05-20T12:10"),  # 中午 moves no hour
        ("2024年5月20日 上午8:59", "2024-05-20T08:59"),
        ("2024年5月20日 上午8:60", None),
        ("2024年5月20日 下午12:00 起", "2024-05-20T12:00"),
    ],
)
def test_a_twelve_hour_clock(printed, iso):
    assert printed_local_time(printed) == iso


def test_a_utc_stamp_is_read_with_the_page_clock_beside_it():
    body = root_of(
        "<body><time datetime='2024-05-20T03:05:00Z'>2024年5月20日 上午11:05</time></body>"
    ).find("body")
    found = body_evidence(body, None)
    assert [(c.value, c.origin) for c in found] == [("2024-05-20T11:05", "time-local"), ("2024-05-20T03:05:00", "time")]


def test_only_the_first_dated_time_counts():
    body = root_of(
        "<body><time>不详</time><time datetime='2024-05-20'>x</time><time datetime='2024-05-21'>y</time></body>"
    ).find("body")
    assert values(body_evidence(body, None), "published_at") == ["2024-05-20"]


# --- the <title> and its site suffix


@pytest.mark.parametrize(
    ("title", "parts"),
    [
        ("春天来了-示例新闻网", ("春天来了", "示例新闻网")),  # a title of four characters before a hyphen
        ("春天来-示例新闻网", ("春天来-示例新闻网", None)),  # three: kept whole
        ("央行宣布降准 | 示例网 | 财经", ("央行宣布降准", "示例网 | 财经")),
        ("示例网 | 央行宣布降准", ("示例网 | 央行宣布降准", None)),  # the longest part last: no suffix
        ("央行降准 | 央行加息", ("央行降准", "央行加息")),  # equally long: the first is the title
    ],
)
def test_the_site_suffix(title, parts):
    assert split_title(title) == parts


def test_a_title_of_two_characters_is_evidence_and_one_is_not():
    assert values(title_evidence("降准_网", []), "title") == ["降准"]
    assert values(title_evidence("降_网", []), "title") == []
    assert values(title_evidence("降_网", []), "site_name") == ["网"]


# --- script data and the head


def test_a_publish_time_stated_once_is_read_twice_is_not():
    once = "<script>var d = {pubtime: '2019-09-07 19:02:26'};</script>"
    assert values(script_date(root_of(once)), "published_at") == ["2019-09-07T19:02:26"]
    twice = (
        "<script>var d = [{pubDate: '2019-09-07 19:02:26'}];</script>"
        "<script>var e = [{pubDate: '2019-09-06 08:00:00'}];</script>"
    )
    assert script_date(root_of(twice)) == []


def test_script_data_counts_only_without_a_stated_date():
    head = (
        "<head><meta name='pubdate' content='2019-09-01'>"
        "<script>var d = {pubtime: '2019-09-07 19:02:26'};</script></head>"
    )
    assert values(head_evidence(root_of(head), []), "published_at") == ["2019-09-01"]
    head = "<head><script>var d = {pubtime: '2019-09-07 19:02:26'};</script></head>"
    assert values(head_evidence(root_of(head), []), "published_at") == ["2019-09-07T19:02:26"]


def test_json_ld_of_an_article_only():
    ld = '{"@type": "NewsArticle", "headline": "央行宣布降准", "author": {"@type": "Person", "name": "王小五"}}'
    found = json_ld(root_of(f"<head><script type='application/ld+json'>{ld}</script></head>"))
    assert values(found, "title") == ["央行宣布降准"] and values(found, "authors") == ["王小五"]
    ld = '{"@type": "WebSite", "name": "示例网"}'
    assert json_ld(root_of(f"<head><script type='application/ld+json'>{ld}</script></head>")) == []


@pytest.mark.parametrize(
    "script",
    [
        "<script>var d = {PubDate: '2019-09-07 19:02:26'};</script>",  # the cheap test in each case
        "<script>var d = {PUBTIME: '2019-09-07 19:02:26'};</script>",
    ],
)
def test_a_publish_time_key_in_any_case(script):
    assert values(script_date(root_of(script)), "published_at") == ["2019-09-07T19:02:26"]


def test_scripts_loaded_from_elsewhere_or_json_ld_are_no_script_data():
    src = "<script src='/a.js'>var d = {pubtime: '2019-09-07 19:02:26'};</script>"
    assert script_date(root_of(src)) == []
    ld = "<script type='application/ld+json'>{\"pubtime\": \"2019-09-07 19:02:26\"}</script>"
    assert script_date(root_of(ld)) == []


def test_meta_fields_read_by_property_name_or_itemprop():
    head = (
        "<head><meta property='og:title' content='央行宣布降准'><meta name='keywords' content='央行, 降准、利率'>"
        "<meta itemprop='author' content='王小五'><meta name='article:author' content='https://example.com/wxw'>"
        "<meta name='description' content=' '><link rel='stylesheet' href='/a.css'><link rel='canonical'>"
        "<link rel='Canonical' href=' https://example.com/a.html '></head>"
    )
    found = head_evidence(root_of(head), [])
    assert [(c.field, c.value, c.origin) for c in found] == [
        ("title", "央行宣布降准", "og"), ("keywords", "央行", "meta"), ("keywords", "降准", "meta"),
        ("keywords", "利率", "meta"), ("authors", "王小五", "meta"), ("url", "https://example.com/a.html", "meta"),
    ]  # a profile link is no author's name; a blank description nothing; a style sheet no URL


def test_a_meta_title_that_is_a_spam_list_is_dropped_and_recorded():
    changes = []
    spam = "乐虎国际,澳门赌场,网上赌博"
    head = f"<head><meta name='keywords' content='{spam}'><meta name='author' content='{spam}'></head>"
    found = head_evidence(root_of(head), changes)
    assert [c.field for c in found] == ["authors"]  # only titles, keywords and descriptions are judged
    assert [c.reason for c in changes] == ["extract:spam_meta"]


def test_the_site_name_is_the_suffix_last_part():
    found = title_evidence("央行宣布降准_示例财经_示例网", [])
    assert values(found, "site_name") == ["示例网"]
    assert split_title("央行宣布降准") == ("央行宣布降准", None)


def test_a_spam_brand_before_the_title_is_cut():
    changes = []
    assert values(title_evidence("[乐虎国际]央行宣布降准", changes), "title") == ["央行宣布降准"]
    assert [c.text for c in changes] == ["[乐虎国际]"]
    assert values(title_evidence("[财经]央行宣布降准", []), "title") == ["[财经]央行宣布降准"]


def test_json_ld_authors_organisations_graphs_and_keywords():
    ld = (
        '{"@graph": [{"@type": "WebPage", "name": "示例网"}, {"@type": ["BlogPosting"], "name": "央行宣布降准",'
        ' "author": [{"@type": "Person", "name": " 王小五 "}, "李小六", {"@type": "Organization", "name": "示例日报"},'
        ' {"name": ""}], "publisher": {"name": "示例网"}, "keywords": ["央行", 3, "降准"]}]}'
    )
    found = json_ld(root_of(f"<head><script type=' Application/LD+JSON '>{ld}</script></head>"))
    assert [(c.field, c.value) for c in found] == [
        ("title", "央行宣布降准"), ("authors", "王小五"), ("authors", "李小六"), ("source_name", "示例日报"),
        ("site_name", "示例网"), ("keywords", "央行"), ("keywords", "降准"),
    ]
    plain = "<script type='text/javascript'>{\"@type\": \"NewsArticle\", \"headline\": \"央行宣布降准\"}</script>"
    assert json_ld(root_of(f"<head>{plain}</head>")) == []


def test_a_time_without_a_stamp_is_read_from_its_text_and_a_heading_is_the_h1():
    body = root_of("<body><time>2024年5月20日</time><h2>央行宣布降准</h2></body>").find("body")
    found = body_evidence(body, body.find("h2"))
    assert [(c.field, c.value, c.origin) for c in found] == [
        ("published_at", "2024-05-20", "time"), ("title", "央行宣布降准", "h1"),
    ]
    assert printed_local_time("2024年5月20日 上午13:05") is None  # no 12-hour clock


def test_a_spam_list_needs_two_segments():
    # the same words: one run is a (strange) title, split in two it is a list of spam keywords
    assert values(title_evidence("乐虎国际澳门赌场网上赌博", []), "title") == ["乐虎国际澳门赌场网上赌博"]
    changes = []
    assert title_evidence("乐虎国际_澳门赌场网上赌博", changes) == []
    assert [c.reason for c in changes] == ["extract:spam_title"]
