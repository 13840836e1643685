"""Rules of `cleaner/stages/extract.py` pinned at their boundaries (see benchmarks/mutation.py).

Small bodies of our own words, read by extract's functions directly: the title's heading, the lines
above and after the article, the date line, link cards, and how removals are recorded.
"""

import pytest
from lxml import etree

from cleaner import Config, clean_and_explain
from cleaner.config import ExtractConfig
from cleaner.document import Hint
from cleaner.stages.extract import (
    _agrees,
    date_line,
    header_lines,
    link_lists,
    recorded,
    title_heading,
    trailer_lines,
)
from cleaner.stages.html_regions import Region
from cleaner.stages.html_tree import measure, parse

PROSE = "本市今年一季度社会消费品零售总额同比增长百分之六，其中餐饮收入增长较快，线上零售占比继续提高。"


def body_of(markup: str) -> etree._Element:
    root, _ = parse(f"<html><body>{markup}</body></html>")
    return root.find("body")


def by_id(body: etree._Element, ident: str) -> etree._Element:
    return body.find(f".//*[@id='{ident}']")


def texts(lines) -> list[str]:
    return [line.text for line in lines]


def long_line(start: str, chars: int) -> str:
    return start + "消" * (chars - len(start))


# --- the title's heading


@pytest.mark.parametrize(
    ("heading", "title", "agrees"),
    [
        ("降准", "降准", True),
        ("降", "降", False),  # one character says nothing
        ("央行降准了", "降准", True),  # the title inside a heading of four or more
        ("央降准", "降准", False),  # …of three: no
        ("一" * 12, "一" * 12 + "二" * 8, True),  # most of the title: 12 of 20 is 0.6
        ("一" * 11, "一" * 11 + "二" * 9, False),  # 11 of 20
        ("一" * 4, "一" * 4 + "二" * 2, True),  # 4 of 6
        ("一" * 3, "一" * 3 + "二", False),  # 3 of 4, but under four characters
    ],
)
def test_a_heading_agrees_with_the_title(heading, title, agrees):
    assert _agrees(heading, title) is agrees


def test_the_h1_that_says_the_title_before_an_h2():
    body = body_of("<h2 id='b'>央行宣布降准</h2><h1 id='a'>央行宣布降准</h1><h1 id='x'>示例</h1>")
    assert title_heading(body, ["央行宣布降准"]).get("id") == "a"
    body = body_of("<h1 id='x'>示例网</h1><h2 id='b'>央行宣布降准</h2>")
    assert title_heading(body, ["央行宣布降准"]).get("id") == "b"


def test_a_heading_of_one_letter_is_no_title():
    body = body_of("<h1 id='a'>降</h1><h2 id='b'>降_</h2>")
    assert title_heading(body, ["降_示例网"]) is None  # 降 is the title's first part, but one letter


def test_a_short_title_before_a_long_suffix_is_said_exactly():
    body = body_of("<h1 id='a'>夜雨</h1>")
    assert title_heading(body, ["夜雨_原文、翻译及赏析"]).get("id") == "a"


def test_the_article_heading_comes_before_a_top_bar_repeating_it():
    body = body_of("<div class='topnav'><h1 id='bar'>央行宣布降准</h1></div><h1 id='a'>央行宣布降准</h1>")
    assert title_heading(body, ["央行宣布降准"]).get("id") == "a"
    body = body_of("<div class='topnav'><h1 id='bar'>央行宣布降准</h1></div>")
    assert title_heading(body, ["央行宣布降准"]).get("id") == "bar"


def test_an_element_named_for_the_title_with_at_most_three_children():
    three = "<div class='art-title' id='t'><span>央行</span><span>宣布</span><span>降准</span></div>"
    assert title_heading(body_of(three), ["央行宣布降准"]).get("id") == "t"
    four = "<div class='art-title' id='t'><span>央行</span><span>宣布</span><span>降</span><span>准</span></div>"
    assert title_heading(body_of(four), ["央行宣布降准"]) is None
    unnamed = "<div class='art-head' id='t'>央行宣布降准</div>"
    assert title_heading(body_of(unnamed), ["央行宣布降准"]) is None


def test_without_title_evidence_the_first_h1_of_four_letters():
    assert title_heading(body_of("<h1>降准</h1><h1 id='a'>宣布降准</h1>"), []).get("id") == "a"
    assert title_heading(body_of("<h1>宣布降</h1>"), []) is None


# --- header lines: the title's date/source line above the article


def header_page(*siblings: str) -> etree._Element:
    return body_of("<h1 id='h'>央行宣布降准</h1>" + "".join(siblings) + f"<div id='art'><p>{PROSE}</p></div>")


def test_a_header_line_of_160_characters_is_read():
    line = long_line("来源：", 160)
    body = header_page(f"<p>{line}</p>")
    assert texts(header_lines(by_id(body, "h"), [by_id(body, "art")], [])) == ["央行宣布降准", line]
    body = header_page(f"<p>{line}消</p>")
    assert texts(header_lines(by_id(body, "h"), [by_id(body, "art")], [])) == ["央行宣布降准"]


def test_header_lines_are_read_from_the_eight_elements_after_the_title():
    eighth = header_page(*["<p>分享</p>"] * 7, "<p>来源：示例日报</p>")
    assert texts(header_lines(by_id(eighth, "h"), [by_id(eighth, "art")], []))[1:] == ["来源：示例日报"]
    ninth = header_page(*["<p>分享</p>"] * 8, "<p>来源：示例日报</p>")
    assert texts(header_lines(by_id(ninth, "h"), [by_id(ninth, "art")], []))[1:] == []


def test_header_lines_stop_at_the_article():
    body = body_of(f"<h1 id='h'>央行宣布降准</h1><div id='art'><p>{PROSE}</p></div><p>来源：示例日报</p>")
    assert texts(header_lines(by_id(body, "h"), [by_id(body, "art")], [])) == ["央行宣布降准"]


def test_header_lines_climb_out_of_the_title_box():
    body = body_of(
        f"<div><h1 id='h'>央行宣布降准</h1></div><p>来源：示例日报</p><div id='art'><p>{PROSE}</p></div>"
    )
    assert texts(header_lines(by_id(body, "h"), [by_id(body, "art")], [])) == ["央行宣布降准", "来源：示例日报"]


def test_no_heading_gives_the_title_evidence_and_a_heading_inside_the_article_none():
    body = body_of(f"<div id='art'><h1 id='h'>央行宣布降准</h1><p>{PROSE}</p></div>")
    assert texts(header_lines(None, [by_id(body, "art")], ["央行宣布降准"])) == ["央行宣布降准"]
    assert header_lines(None, [by_id(body, "art")], []) == []
    assert header_lines(by_id(body, "h"), [by_id(body, "art")], ["央行宣布降准"]) == []


# --- the date line


def test_a_date_line_of_160_characters_is_read():
    line = long_line("2024-03-18 来源：", 160)
    body = body_of(f"<p class='info'>{line}</p><div id='art'><p>{PROSE}</p></div>")
    assert texts(date_line(body, [by_id(body, "art")])) == [line]
    body = body_of(f"<p class='info'>{line}消</p><div id='art'><p>{PROSE}</p></div>")
    assert date_line(body, [by_id(body, "art")]) == []


def test_a_date_line_needs_a_time_name_and_sits_before_the_article():
    body = body_of(f"<p>2024-03-18</p><p class='pubtime'>2024-03-19</p><div id='art'><p>{PROSE}</p></div>")
    assert texts(date_line(body, [by_id(body, "art")])) == ["2024-03-19"]
    body = body_of(f"<div id='art'><p>{PROSE}</p></div><p class='pubtime'>2024-03-19</p>")
    assert date_line(body, [by_id(body, "art")]) == []


# --- trailer lines after the article


def test_trailer_lines_from_the_six_elements_after_the_article():
    sixth = body_of(f"<div id='art'><p>{PROSE}</p></div>" + "<p>分享</p>" * 5 + "<p>责任编辑：王小五</p>")
    assert texts(trailer_lines(by_id(sixth, "art"), sixth)) == ["责任编辑：王小五"]
    seventh = body_of(f"<div id='art'><p>{PROSE}</p></div>" + "<p>分享</p>" * 6 + "<p>责任编辑：王小五</p>")
    assert trailer_lines(by_id(seventh, "art"), seventh) == []


def test_trailer_lines_climb_out_of_the_article_box():
    body = body_of(f"<div><div id='art'><p>{PROSE}</p></div><p>分享</p></div><p>来源：示例日报</p>")
    assert texts(trailer_lines(by_id(body, "art"), body)) == ["来源：示例日报"]


def test_a_trailer_line_of_160_characters():
    line = long_line("责任编辑：", 160)
    body = body_of(f"<div id='art'><p>{PROSE}</p></div><p>{line}</p>")
    assert texts(trailer_lines(by_id(body, "art"), body)) == [line]
    body = body_of(f"<div id='art'><p>{PROSE}</p></div><p>{line}消</p>")
    assert trailer_lines(by_id(body, "art"), body) == []


def test_a_box_of_trailer_lines_gives_its_children_that_are():
    box = "<div><span>标签：央行</span><span>责任编辑：王小五</span><span>来源：示例日报</span></div>"
    body = body_of(f"<div id='art'><p>{PROSE}</p></div>{box}")
    assert texts(trailer_lines(by_id(body, "art"), body)) == ["责任编辑：王小五", "来源：示例日报"]


# --- link cards and lists inside the article


def test_a_link_laid_out_as_a_card_or_labelled_as_an_ad_is_an_ad():
    body = body_of(
        f"<div id='art'><p>{PROSE}</p><a id='card' href='/x'><div>新品上市</div></a>"
        f"<a id='ad' href='/y'>广告 点击领取</a><p>{PROSE}<a id='plain' href='/z'>详情</a></p></div>"
    )
    found = link_lists([by_id(body, "art")], measure(body))
    assert {el.get("id"): reason for el, reason in found.items()} == {"card": "extract:ads", "ad": "extract:ads"}


# --- how removals are recorded


def test_regions_past_the_limit_per_reason_are_summed_up():
    regions = [Region("extract:nav", f"导航{i}", 2) for i in range(4)] + [Region("extract:nav", "", 0)]
    changes = recorded(regions, per_reason=3)
    assert [c.text for c in changes] == ["导航0 (2 chars)", "导航1 (2 chars)", "导航2 (2 chars)",
                                           "1 more regions (2 chars)"]
    assert len(recorded(regions[:3], per_reason=3)) == 3


def test_code_is_summed_up_and_empty_regions_are_not_recorded():
    regions = [Region("extract:script", "", 10), Region("extract:script", "", 5), Region("extract:ads", "", 0)]
    assert [(c.reason, c.text) for c in recorded(regions, per_reason=3)] == [
        ("extract:script", "2 element(s) of code (head, script, style …) (15 chars)")
    ]


def test_text_around_the_article_is_recorded_as_boilerplate_only_when_there_is_some():
    article = f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p></div>"
    html = "<html><head><meta charset='utf-8'><title>消费市场平稳增长</title></head><body>{}</body></html>"
    _, changes = clean_and_explain(html.format(article + "<p>本站声明：转载请注明出处</p>"))
    assert any(c.reason == "extract:boilerplate" for c in changes)
    _, changes = clean_and_explain(html.format(article))
    assert not any(c.reason == "extract:boilerplate" for c in changes)


def test_with_main_content_off_the_page_stays_whole():
    page = (
        "<html><head><meta charset='utf-8'><title>消费市场平稳增长</title></head><body>"
        f"<div class='nav'><a href='/'>首页</a></div><div class='content'><p>{PROSE}</p></div></body></html>"
    )
    article, changes = clean_and_explain(page, Config(extract=ExtractConfig(main_content=False)))
    assert "首页" in article.text and not any(c.reason == "extract:nav" for c in changes)


def test_a_two_letter_heading_can_be_the_title():
    assert title_heading(body_of("<h1 id='a'>降准</h1>"), ["降准"]).get("id") == "a"


def test_of_headings_all_in_furniture_the_first():
    body = body_of("".join(f"<div class='topnav'><h1 id='{i}'>央行宣布降准</h1></div>" for i in ("one", "two")))
    assert title_heading(body, ["央行宣布降准"]).get("id") == "one"


def test_without_a_heading_the_first_title_is_the_heading_line():
    body = body_of(f"<div id='art'><p>{PROSE}</p></div>")
    [line] = header_lines(None, [by_id(body, "art")], ["央行宣布降准", "降准"])
    assert (line.text, line.hint) == ("央行宣布降准", Hint("heading", 1))
    body = header_page()
    [line] = header_lines(by_id(body, "h"), [by_id(body, "art")], [])
    assert (line.text, line.hint) == ("央行宣布降准", Hint("heading", 1))


def test_a_plain_link_with_inline_markup_is_no_card():
    body = body_of(f"<div id='art'><p>{PROSE}</p><p>{PROSE}<a href='/z'><span>详情</span></a></p></div>")
    assert link_lists([by_id(body, "art")], measure(body)) == {}


def page_of(body: str, head: str = "<title>消费市场平稳增长</title>") -> str:
    return f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


SECOND = "业内人士表示，随着促消费政策持续发力，二季度消费市场有望保持平稳增长。"
ARTICLE = f"<div class='content'><p>{PROSE}</p><p>{SECOND}</p></div>"


def test_one_character_around_the_article_is_recorded_with_its_text():
    # the title is the page's <h1>: its line is the body's own text (a <title> alone is not: see README)
    _, changes = clean_and_explain(page_of("<h1>消费市场平稳增长</h1>" + ARTICLE + "<p>注</p>"))
    assert [c.text for c in changes if c.reason == "extract:boilerplate"] == ["注 (1 chars)"]
    _, changes = clean_and_explain(page_of("<h1>消费市场平稳增长</h1>" + ARTICLE))
    assert not any(c.reason == "extract:boilerplate" for c in changes)


def test_what_the_page_says_of_itself_is_recorded():
    flood = "<div" + "".join(f" a{i}=1" for i in range(1001)) + " " * 5000 + ">"
    _, changes = clean_and_explain(page_of(ARTICLE + flood + "</div>"))
    assert [c.text for c in changes if c.reason == "extract:attribute_flood"] == [
        "1 tag(s) of over 1000 attributes"
    ]
    _, changes = clean_and_explain(page_of("<div>" * 3000 + ARTICLE))
    assert any(c.reason == "extract:too_deep" for c in changes)
    article, changes = clean_and_explain(page_of("<h1>[乐虎国际]央行宣布降准</h1>" + ARTICLE, head=""))
    assert [c.text for c in changes if c.reason == "extract:spam_title"] == ["[乐虎国际]"]
    assert article.title == "央行宣布降准"


def test_the_removed_share_counts_furniture_not_code():
    nav = "<div class='nav'><a href='/'>首页</a><a href='/a'>财经</a><a href='/b'>股票</a></div>"
    code = "<script>var a = 1234567890;</script>"
    plain = clean_and_explain(page_of(ARTICLE))[0].removed_share
    with_code = clean_and_explain(page_of(code + ARTICLE))[0].removed_share
    with_nav = clean_and_explain(page_of(nav + ARTICLE))[0].removed_share
    assert with_code == plain < with_nav


def test_a_page_of_a_head_alone_gives_its_title():
    article = clean_and_explain("<html><head><title>央行宣布降准</title></head></html>")[0]
    assert (article.text, article.title) == ("央行宣布降准", "央行宣布降准")


def test_code_is_taken_out_outermost_first_and_counted_once():
    script = "<script>var note = '不该出现';</script><style>p { color: red; }</style>"
    article, changes = clean_and_explain(page_of(ARTICLE + script, head="<title>消费</title><script>var a;</script>"))
    # the head (with the script in it), the script and the style of the body: three elements
    assert [c.text for c in changes if c.reason == "extract:script"] == [
        "3 element(s) of code (head, script, style …) (35 chars)"
    ]
    assert "不该出现" not in article.text


def test_regions_deep_in_a_deep_page_are_measured_again():
    # thirty share bars sixty levels down walk past the budget: the page is measured again, so the
    # bars are not counted as text outside the article
    shares = "".join(f"<div class='share'>分享到微博{i}</div>" for i in range(30))
    body = "<h1>消费市场平稳增长</h1>" + "<div>" * 60 + shares + ARTICLE + "</div>" * 60
    _, changes = clean_and_explain(page_of(body))
    assert any(c.reason == "extract:share" for c in changes)
    assert not any(c.reason == "extract:boilerplate" for c in changes)


def test_a_date_line_outside_the_article_only_when_the_page_states_no_date():
    info = "<div class='info'>2024-03-19 10:00</div>"
    dated = clean_and_explain(page_of(info + "<h1>消费市场平稳增长</h1>" + ARTICLE,
                                      head="<meta name='pubdate' content='2024-03-18'>"))[0]
    assert dated.published_at == "2024-03-18" and "2024-03-19" not in dated.text
    undated = clean_and_explain(page_of(info + "<h1>消费市场平稳增长</h1>" + ARTICLE))[0]
    assert undated.published_at == "2024-03-19T10:00"


def test_header_lines_climb_while_fewer_than_eight_were_read():
    box = "<div><h1 id='h'>央行宣布降准</h1>" + "<p>分享</p>" * 7 + "</div>"
    body = body_of(box + "<p>来源：示例日报</p>" + f"<div id='art'><p>{PROSE}</p></div>")
    assert texts(header_lines(by_id(body, "h"), [by_id(body, "art")], []))[1:] == ["来源：示例日报"]


def test_header_lines_stop_at_the_body_when_the_article_comes_first():
    body = body_of(f"<div id='art'><p>{PROSE}</p></div><h1 id='h'>央行宣布降准</h1><p>来源：示例日报</p>")
    assert texts(header_lines(by_id(body, "h"), [by_id(body, "art")], [])) == ["央行宣布降准", "来源：示例日报"]


# --- the text outside the article is recorded at its size --------------------------------------------


@pytest.mark.parametrize("h1", ["", "<h1>消费市场平稳增长</h1>"])
@pytest.mark.parametrize("notice", ["本站声明", "本站声明：转载请注明出处"])
def test_text_outside_the_article_is_recorded_whole_with_or_without_an_h1(h1, notice):
    # without an <h1> the <title> stands in for it: its words are not the body's, and must not be
    # taken off what the body had outside the article (the notice went with nothing recorded)
    body = "".join(f"<p>第{n}段：{PROSE}</p>" for n in "一二三")
    article_div = f'<div class="article">{body}</div>'
    page = f"<html><head><title>消费市场平稳增长</title></head><body>{h1}{article_div}<p>{notice}</p></body></html>"
    article, changes = clean_and_explain(page.encode())
    outside = [c.text for c in changes if c.reason == "extract:boilerplate"]
    assert outside == [f"{notice} ({len(notice)} chars)"]
    assert article.removed_share > 0
