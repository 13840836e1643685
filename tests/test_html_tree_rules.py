"""Rules of `cleaner/stages/html_tree.py` pinned at their boundaries (see benchmarks/mutation.py).

Small trees of our own making, read by the module's functions directly: what ``measure`` counts,
what ``without_regions`` takes away and when it gives up, which characters and tags go before
parsing, what ``drop`` keeps and what ``is_hidden`` hides.
"""

import pytest
from lxml import etree

from cleaner.stages.html_tree import (
    Stats,
    _hides,
    drop,
    is_hidden,
    measure,
    parse,
    text_of,
    without_attribute_floods,
    without_regions,
    without_unsafe_chars,
)


def body_of(markup: str) -> etree._Element:
    root, _ = parse(f"<html><body>{markup}</body></html>")
    return root.find("body")


def counts(st: Stats) -> tuple[int, int, int, int, int]:
    return st.chars, st.link_chars, st.punct, st.own_chars, st.own_punct


# --- measure


def test_measure_counts_text_links_and_punctuation():
    body = body_of("<div id='d'><p id='p'>央行 降准，<b>利好</b>。<a id='a'>详情</a></p> 尾巴、<br>完</div>")
    stats = measure(body)
    p, d, a = (body.find(f".//*[@id='{i}']") for i in "pda")
    assert counts(stats[a]) == (2, 2, 0, 2, 0)
    # 央行降准，利好。详情: the link's text is the paragraph's but not its own (a link is no inline text)
    assert counts(stats[p]) == (10, 2, 2, 8, 2)
    assert counts(stats[d]) == (14, 2, 3, 4, 1)  # 尾巴、完: the div's own text, tails included
    assert counts(stats[body]) == (14, 2, 3, 0, 0)  # a block's text is not its parent's own


def test_an_empty_element_measures_nothing():
    body = body_of("<div id='d'> <span> </span> </div>")
    assert all(counts(st) == (0, 0, 0, 0, 0) for st in measure(body).values())
    assert Stats().link_density == 0.0
    assert Stats(chars=4, link_chars=1).link_density == 0.25


# --- without_regions: the measures of dropped regions taken out of their ancestors


def outer_and_region(markup: str) -> tuple[etree._Element, dict, etree._Element]:
    body = body_of(markup)
    return body, measure(body), body.find(".//*[@id='r']")


def test_taking_a_region_out_equals_measuring_again():
    markup = "<div><p>正文，内容。<span id='r'>广告，<a>链接</a></span>后文</p><a><i id='x'>点击</i></a></div>"
    body, stats, region = outer_and_region(markup)
    assert without_regions(stats, [region], budget=len(stats))
    drop(region)
    fresh = measure(body)
    assert {el: counts(st) for el, st in fresh.items()} == {el: counts(stats[el]) for el in fresh}


def test_a_region_inside_a_link_takes_all_its_characters_as_links():
    body, stats, region = outer_and_region("<p><a id='l'>看<span id='r'>这里，</span></a>正文</p>")
    assert without_regions(stats, [region], budget=10)
    link = body.find(".//a")
    assert (stats[link].chars, stats[link].link_chars) == (1, 1)
    assert (stats[body].chars, stats[body].link_chars) == (3, 1)


def test_the_budget_is_the_ancestors_walked():
    # the region's ancestors: div, body, html: three walked (html has no stats and stops the walk)
    _, stats, region = outer_and_region("<div><p id='r'>正文</p></div>")
    assert without_regions(stats, [region], budget=3)
    _, stats, region = outer_and_region("<div><p id='r'>正文</p></div>")
    assert not without_regions(stats, [region], budget=2)


# --- before parsing: unsafe characters and attribute floods


@pytest.mark.parametrize("char", ["\x00", "\x08", "\x0b", "\x0c", "\x0e", "\x1f", "\ufffe", "\uffff", "\ud800"])
def test_characters_lxml_refuses_go(char):
    assert without_unsafe_chars(f"<p>正{char}文</p>") == ("<p>正文</p>", char)


def test_markup_holding_every_unsafe_character_loses_them_all():
    unsafe = "".join(map(chr, (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF)))
    assert without_unsafe_chars(f"<p>正{unsafe}文</p>") == ("<p>正文</p>", unsafe)


@pytest.mark.parametrize("char", ["\t", "\n", "\r", " ", "\ufffd"])
def test_characters_lxml_reads_stay(char):
    # the quick test may let these through to the regex (equivalent mutants, README): they stay
    assert without_unsafe_chars(f"<p>正{char}文</p>") == (f"<p>正{char}文</p>", "")


def flood(attributes: int, chars: int) -> str:
    """A <div> with ``attributes`` attributes written in exactly ``chars`` characters."""
    attrs = "".join(f" a{i}=1" for i in range(attributes))
    assert len(attrs) <= chars
    return f"<div{attrs}{' ' * (chars - len(attrs))}>"


def test_a_tag_over_a_thousand_attributes_goes_bare():
    assert without_attribute_floods(flood(1001, 12000)) == ("<div>", 1)
    kept = flood(1000, 12000)
    assert without_attribute_floods(kept) == (kept, 0)
    # a thousand in the tag, one more in the text before it: the tag's own are counted
    kept = "<p>算式x=1" + flood(1000, 12000)
    assert without_attribute_floods(kept) == (kept, 0)


def test_a_tag_is_looked_at_from_10000_characters_after_its_first_blank():
    assert without_attribute_floods(flood(1001, 10001)) == ("<div>", 1)
    short = flood(1001, 10000)
    assert without_attribute_floods(short) == (short, 0)


def test_each_flooded_tag_is_counted():
    two = flood(1001, 12000) + "<p>正文</p>" + flood(1002, 12000)
    assert without_attribute_floods(two) == ("<div><p>正文</p><div>", 2)


# --- parse


def test_blank_markup_parses_to_an_empty_page():
    root, too_deep = parse("  \n ")
    assert (root.tag, [el.tag for el in root], too_deep) == ("html", ["body"], False)


def test_markup_nested_too_deep_is_parsed_flat():
    root, too_deep = parse("<div>" * 3000 + "<p>正文在最深处。</p>")
    assert too_deep and "正文在最深处。" in text_of(root)
    root, too_deep = parse("<div>" * 100 + "<p>正文在最深处。</p>")
    assert not too_deep and "正文在最深处。" in text_of(root)


def test_an_xml_declaration_is_no_obstacle():
    root, _ = parse("<?xml version='1.0' encoding='utf-8'?><html><body><p>正文</p></body></html>")
    assert text_of(root) == "正文"


# --- drop


def test_a_dropped_element_leaves_its_tail_behind():
    body = body_of("<p>甲<b id='x'>乙</b>丙<i>丁</i></p><p>戊<b id='y'>己</b>庚</p>")
    drop(body.find(".//*[@id='x']"))
    drop(body.find(".//i"))
    drop(body.find(".//*[@id='y']"))
    assert [text_of(p) for p in body] == ["甲丙", "戊庚"]
    assert body[0].text == "甲丙" and body[1].text == "戊庚"


def test_a_dropped_element_gives_its_tail_to_the_previous_sibling():
    body = body_of("<p>甲<b>乙</b>丙<i>丁</i>戊</p><p><b>己</b><i>庚</i>辛</p>")
    for i in body.iter("i"):
        drop(i)
    assert [text_of(p) for p in body] == ["甲乙丙戊", "己辛"]
    assert [p[0].tail for p in body] == ["丙戊", "辛"]


def test_a_first_child_dropped_gives_its_tail_to_the_parent():
    body = body_of("<p><b>乙</b>丙</p>")
    drop(body.find(".//b"))
    assert body[0].text == "丙"


def test_the_root_is_not_dropped():
    root = etree.fromstring("<p>正文</p>")
    drop(root)
    assert text_of(root) == "正文"


# --- is_hidden


@pytest.mark.parametrize(
    ("attributes", "hidden"),
    [
        ("hidden", True),
        ("hidden=''", True),
        ("style=''", False),
        ("style='color: red'", False),
        ("style='display: none'", True),
        ("style='" + "color: red; " * 30 + "display:none'", True),  # a long style is searched too
        ("style='" + "color: red; " * 30 + "'", False),
    ],
)
def test_hidden_by_its_own_markup(attributes, hidden):
    assert is_hidden(etree.fromstring(f"<div {attributes}>x</div>", etree.HTMLParser()).find(".//div")) is hidden


def test_a_style_of_up_to_300_characters_is_judged_once_and_a_longer_one_is_not_kept():
    def cached_after(style: str) -> int:
        before = _hides.cache_info().currsize
        assert not is_hidden(etree.fromstring(f"<div style='{style}'>x</div>"))
        return _hides.cache_info().currsize - before

    filler = "color: red; margin: 1px; "
    assert cached_after((filler * 12)[:299] + "a") == 1  # 300 characters
    assert cached_after((filler * 12)[:300] + "b") == 0  # 301
