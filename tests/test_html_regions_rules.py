"""html_regions: each furniture rule at its boundary — the class words, the hidden block that reads as
an article, the layout word on the article's own wrapper, and the record of a dropped region (the
mutation run's survivors).

Elements are built by hand and their measures given directly, so each test sits on one threshold.
"""

import pytest
from lxml import etree

from cleaner.stages.html_regions import (
    Region,
    class_reason,
    furniture_reason,
    in_furniture,
    looks_like_article,
    prune,
    region_of,
    text_region,
)
from cleaner.stages.html_tree import Stats, measure, parse


def element(tag: str = "div", **attributes: str) -> etree._Element:
    return etree.Element(tag, {name.rstrip("_"): value for name, value in attributes.items()})


def body_of(markup: str) -> etree._Element:
    return parse(f"<html><body>{markup}</body></html>")[0].find("body")


def never(_text: str) -> bool:
    return False


def always(_text: str) -> bool:
    return True


# --- looks_like_article: 100 characters, links under 0.3, one punctuation mark per 40 ----------------


@pytest.mark.parametrize(("chars", "link_chars", "punct", "article"), [
    (100, 0, 3, True),
    (99, 0, 3, False),  # too short
    (100, 29, 3, True),
    (100, 30, 3, False),  # links reach 0.3
    (120, 0, 3, True),  # 3 × 40 = 120: just enough punctuation
    (121, 0, 3, False),
])
def test_a_hidden_block_reads_as_an_article_at_its_limits(chars, link_chars, punct, article):
    assert looks_like_article(Stats(chars=chars, link_chars=link_chars, punct=punct)) is article


def test_a_hidden_block_that_reads_as_an_article_stays_and_one_that_does_not_goes():
    hidden = element(style="display:none")
    assert furniture_reason(hidden, Stats(chars=120, punct=3), Stats(punct=3)) is None
    assert furniture_reason(hidden, Stats(chars=121, punct=3), Stats(punct=3)) == "extract:hidden"


def test_code_goes_as_script_and_a_plain_block_stays():
    assert furniture_reason(element("script"), Stats(), Stats()) == "extract:script"
    assert furniture_reason(element("div"), Stats(chars=5), Stats(chars=5)) is None
    assert furniture_reason(element("div", class_="nav"), Stats(chars=5), Stats(chars=5)) == "extract:nav"


# --- the layout word on the article's own wrapper: 6 marks and half the page's -----------------------


@pytest.mark.parametrize(("punct", "page_punct", "reason"), [
    (6, 12, None),  # six marks, half the page's: the article's wrapper
    (5, 10, "extract:nav"),  # half the page's, but fewer than six
    (6, 13, "extract:nav"),  # six, but under half
    (0, 0, "extract:nav"),
])
def test_a_layout_word_yields_to_the_article_it_wraps(punct, page_punct, reason):
    nav = element(class_="nav")
    assert furniture_reason(nav, Stats(chars=300, punct=punct), Stats(chars=300, punct=page_punct)) == reason


def test_a_layout_word_from_the_class_alone_yields_too():
    header = element(class_="header")  # extract:header: a weak word no tag gives
    assert furniture_reason(header, Stats(chars=300, punct=12), Stats(chars=300, punct=12)) is None


def test_a_layout_tag_yields_to_the_article_it_wraps():
    assert furniture_reason(element("aside"), Stats(chars=300, punct=12), Stats(chars=300, punct=12)) is None
    assert furniture_reason(element("aside"), Stats(chars=300, punct=5), Stats(chars=300, punct=5)) == \
        "extract:sidebar"


def test_comments_go_however_much_of_the_page_they_hold():
    comments = element(class_="comment")
    assert furniture_reason(comments, Stats(chars=300, punct=12), Stats(chars=300, punct=12)) == "extract:comments"


# --- class and id words --------------------------------------------------------------------------


@pytest.mark.parametrize(("names", "reason"), [
    ("comment", "extract:comments"),
    ("comment-more", "extract:comments"),  # a token kept whole before "more" is read by its parts
    ("read-more", "extract:related"),
    ("nav foo", "extract:nav"),  # a word that names nothing leaves the reason found
    ("nav comment", "extract:comments"),  # a strong word overrides a weak one
    ("comment nav", "extract:comments"),  # … and a weak one never overrides a strong one
    ("nav", "extract:nav"),
    ("nav main-content", None),  # a weak word yields to a positive one
    ("comment content", "extract:comments"),  # a strong word does not
    ("story", None),
])
def test_class_words(names, reason):
    assert class_reason(element(class_=names)) == reason


def test_an_id_names_furniture_as_a_class_does():
    assert class_reason(element(id="sidebar")) == "extract:sidebar"
    assert class_reason(element()) is None


def test_in_furniture_reads_the_ancestors_class_words():
    body = body_of("<div class='topnav'><h1>甲</h1></div><div class='main'><h1>乙</h1></div><div><h1>丙</h1></div>")
    first, second, third = body.iter("h1")
    assert in_furniture(first)
    assert not in_furniture(second)
    assert not in_furniture(third)


# --- prune -----------------------------------------------------------------------------------------


def test_prune_finds_the_outermost_furniture_and_spares_the_titles_heading():
    body = body_of(
        "<div class='nav'><a href='/'>首页</a><div class='share'>分享</div></div>"
        "<div class='topnav'><h1>标题</h1></div><p>正文。</p><footer>版权</footer>"
    )
    stats = measure(body)
    found = prune(body, stats)
    assert sorted((reason, el.tag) for reason, el in found) == [
        ("extract:footer", "footer"), ("extract:header", "div"), ("extract:nav", "div")
    ]  # the share bar inside the menu is not visited
    kept = prune(body, stats, keep=body.find(".//h1"))
    assert sorted(reason for reason, _ in kept) == ["extract:footer", "extract:nav"]


# --- the record of a dropped region ----------------------------------------------------------------


def test_code_is_recorded_by_size_only():
    script = body_of("<script>var a = 1;</script>").find(".//script")
    assert region_of("extract:script", script, never) == Region("extract:script", "", 7)
    nav = body_of("<div class='nav'>首页 财经</div>").find("div")
    assert region_of("extract:nav", nav, never) == Region("extract:nav", "首页 财经", 4)


def test_a_region_of_spam_says_so():
    assert text_region("extract:hidden", "甲", always, 1).reason == "extract:hidden_spam"
    assert text_region("extract:nav", "甲", always, 1).reason == "extract:link_farm"
    assert text_region("extract:nav", "甲", never, 1).reason == "extract:nav"


def test_a_region_is_described_by_its_excerpt_and_size():
    assert Region("extract:nav", "首页", 2).describe() == "首页 (2 chars)"
    assert Region("extract:script", "", 7).describe() == "(7 chars)"
