"""html_content: each rule of the content chooser at its boundary — what counts as prose, what a link
costs, the class weights, link lists, the title's anchor and the lone paragraph's parent (the mutation
run's survivors).

Small hand-built pages, measured as extract measures them; each test fails if its threshold moves.
"""

import pytest
from lxml import etree

from cleaner.stages.html_content import choose, class_weight, is_link_list, prose_gain
from cleaner.stages.html_tree import Stats, measure, parse


def body_of(markup: str) -> etree._Element:
    return parse(f"<html><body>{markup}</body></html>")[0].find("body")


def gains_of(markup: str):
    body = body_of(markup)
    return body, *prose_gain(body, measure(body))


def gain_of(markup: str, path: str) -> float:
    body, gains, _, _ = gains_of(markup)
    return gains[body.find(path)]


def element(tag: str = "div", **attributes: str) -> etree._Element:
    return etree.Element(tag, {name.rstrip("_"): value for name, value in attributes.items()})


# --- class weights ------------------------------------------------------------------------------


@pytest.mark.parametrize(("attributes", "weight"), [
    ({}, 1.0),
    ({"class_": "foo"}, 1.0),
    ({"class_": "article-content"}, 1.3),
    ({"id": "hot-list"}, 0.7),
    ({"class_": "content", "id": "list"}, 1.3 * 0.7),
])
def test_class_weights(attributes, weight):
    assert class_weight(element(**attributes)) == pytest.approx(weight, abs=1e-9)


# --- what a paragraph's own text is worth ---------------------------------------------------------

ONE_MARK = "，"


@pytest.mark.parametrize(("text", "gain"), [
    ("甲" * 9 + ONE_MARK, 10),  # ten characters with a mark: prose
    ("甲" * 8 + ONE_MARK, -18),  # nine: not prose, it costs twice its length
    ("甲" * 10, -20),  # ten without a mark
    ("甲" * 20, 20),  # a long line is prose without marks
    ("甲" * 19, -38),
])
def test_a_paragraph_is_prose_from_10_characters_with_a_mark_or_20_without(text, gain):
    assert gain_of(f"<p>{text}</p>", "p") == gain


@pytest.mark.parametrize(("text", "gain"), [
    ("甲" * 3 + ONE_MARK, 4),  # 不得提前支取；
    ("甲" * 2 + ONE_MARK, -6),
    ("甲" * 8, 8),
    ("甲" * 7, -14),
])
def test_a_list_item_is_prose_from_4_characters_with_a_mark_or_8_without(text, gain):
    assert gain_of(f"<ul><li>{text}</li></ul>", "ul/li") == gain


def test_a_cell_counts_its_characters_whatever_they_are():
    assert gain_of("<table><tr><td>123</td></tr></table>", ".//td") == 3


def test_inline_text_is_its_paragraphs_not_its_own():
    body, gains, _, sizes = gains_of("<div><p>" + "甲" * 9 + "<span>，</span></p></div>")
    assert gains[body.find(".//span")] == 0
    assert gains[body.find(".//p")] == 10
    assert gains[body.find("div")] == 10  # a parent gains what its children gain
    assert sizes[body.find("div")] == 3 and sizes[body.find(".//span")] == 1


def test_the_body_counts_its_own_text():
    body, gains, _, sizes = gains_of("甲" * 20 + "<p>" + "乙" * 20 + "</p>")
    assert gains[body] == 40
    assert sizes[body] == 2


# --- what a link costs ----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "gain", "stories"), [
    ("甲" * 10, -2 * 10 - 40, 1),  # as long as a headline: another story
    ("甲" * 9, -2 * 9, 0),
])
def test_a_link_standing_alone_costs_twice_its_length_and_a_story_more(text, gain, stories):
    body, gains, story_counts, _ = gains_of(f"<div><a href='/x'>{text}</a></div>")
    link = body.find(".//a")
    assert (gains[link], story_counts[link]) == (gain, stories)
    assert story_counts[body.find("div")] == stories


LINK = "<a href='/x'>乙乙乙乙乙乙乙乙乙乙</a>"  # ten characters


@pytest.mark.parametrize(("markup", "in_prose"), [
    (f"<p>{'甲' * 9}，{LINK}</p>", True),  # a link inside a sentence as long as it
    (f"<p>{'甲' * 9}，<span>{LINK}</span></p>", True),  # … through inline markup
    (f"<p>{'甲' * 8}，{LINK}</p>", False),  # the sentence shorter than its links: a line of links
    (f"<p>{'甲' * 10}{LINK}</p>", False),  # no mark
])
def test_a_link_inside_a_sentence_is_prose(markup, in_prose):
    body, gains, _, _ = gains_of(markup)
    link = body.find(".//a")
    chars = len(link.xpath("string()"))
    assert gains[link] == (chars if in_prose else -2 * chars - (40 if chars >= 10 else 0))


# --- link lists -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("tag", "chars", "link_chars", "punct", "listed"), [
    ("div", 8, 4, 0, True),
    ("div", 7, 7, 0, False),  # too short to be a list
    ("span", 8, 8, 0, False),  # not a block
    ("div", 20, 10, 0, True),  # half links
    ("div", 20, 9, 0, False),
    ("div", 31, 31, 1, True),  # a mark per 31 characters: not prose
    ("div", 30, 30, 1, False),  # one per 30 is
])
def test_a_link_list_at_its_limits(tag, chars, link_chars, punct, listed):
    assert is_link_list(element(tag), Stats(chars=chars, link_chars=link_chars, punct=punct)) is listed


# --- choose: the best container ---------------------------------------------------------------


def prose(n: int, marks: int = 2) -> str:
    """``n`` characters of prose, ``marks`` of them sentence punctuation."""
    return "甲" * (n - marks) + "，" * marks


def chosen(markup: str, anchor: str | None = None) -> str | None:
    """The id (or tag) of what choose picks; ``anchor`` is a path to the title's heading."""
    body = body_of(markup)
    el = choose(body, measure(body), body.find(anchor) if anchor else None)
    return el.get("id") or el.tag


MENU = "<div>" + "<a href='/m'>栏目</a>" * 40 + "</div>"  # 160 characters of links: the body gains less


def test_the_class_weight_ranks_containers_and_the_first_of_equals_wins():
    def page(a: int, b: int, weighted: str = " class='content'") -> str:
        return f"{MENU}<div id='a'><p>{prose(a)}</p></div><div id='b'{weighted}><p>{prose(b)}</p></div>"

    assert chosen(page(50, 39)) == "b"  # 39 × 1.3 > 50
    assert chosen(page(50, 38)) == "a"  # 38 × 1.3 < 50
    assert chosen(page(50, 50, "")) == "a"
    assert chosen(page(49, 50, "")) == "b"


def test_a_container_gaining_one_character_is_chosen_and_nothing_gained_is_the_body():
    assert chosen("<table><tr><td id='c' class='content'>1</td></tr></table>") == "c"
    assert chosen(f"<div id='a'>{'甲' * 19}</div>") == "body"


def test_an_anchor_outside_the_body_is_no_anchor():
    root = parse(f"<html><head><title>标题</title></head><body>{MENU}<p id='p'>{prose(50)}</p></body></html>")[0]
    body = root.find("body")
    assert choose(body, measure(body), root.find(".//title")).get("id") == "p"


# --- the title's anchor: a short article before many teasers ------------------------------------

TITLE = "<h1>" + "题" * 20 + "</h1>"  # long enough to be prose: the heading adds to its container


def teasers(count: int, summary: int = 100) -> str:
    return "".join(f"<div><a href='/{i}'>{'乙' * 12}</a><p>{prose(summary)}</p></div>" for i in range(count))


def article(first: str = prose(45)) -> str:
    return f"<div id='art'>{TITLE}<p>{first}</p></div>"


def test_a_container_of_more_than_three_stories_is_cut_back_to_the_article_around_the_first_paragraph():
    page = f"<div id='page'>{article()}<div id='more'>{teasers(4)}</div></div>"
    assert chosen(page) == "body"
    assert chosen(page, ".//h1") == "art"
    three = f"<div id='page'>{article()}<div id='more'>{teasers(3)}</div></div>"
    assert chosen(three, ".//h1") == "body"  # three stories are not too many


def test_teasers_after_the_first_paragraph_are_cut_back_too():
    page = f"{MENU}{article()}<div id='more'>{teasers(4)}</div>"
    assert chosen(page) == "more"
    assert chosen(page, ".//h1") == "art"


def test_teasers_before_the_title_are_not_the_articles_neighbours():
    page = f"{MENU}<div id='more'>{teasers(4)}</div>{article()}"
    assert chosen(page) == "more"
    assert chosen(page, ".//h1") == "more"


@pytest.mark.parametrize(("first", "anchored"), [
    (prose(40), True),
    (prose(39), False),  # too short to be the first paragraph: the next one is a teaser's
    (prose(40, marks=1), False),  # one mark
    (prose(40) + "<a href='/x'>" + "乙" * 17 + "</a>", True),  # links 17 of 57 characters
    (prose(40) + "<a href='/x'>" + "乙" * 18 + "</a>", False),  # 18 of 58: over 0.3
    (prose(42) + "<a href='/x'>" + "乙" * 18 + "</a>", False),  # 18 of 60: 0.3
])
def test_the_first_paragraph_after_the_title_is_40_characters_with_two_marks_and_few_links(first, anchored):
    page = f"<div id='page'>{article(first)}<div id='more'>{teasers(4)}</div></div>"
    assert (chosen(page, ".//h1") == "art") is anchored


def test_the_article_around_the_first_paragraph_must_hold_a_twentieth_of_the_best():
    def page(summary: int) -> str:
        return f"<div id='page'>{article(prose(100))}<div>{teasers(4, summary)}</div></div>"

    def gains(markup: str) -> tuple[float, float]:
        body, g, _, _ = gains_of(markup)
        return g[body.find(".//*[@id='art']")], g[body]

    # art: 20 + 100; each teaser: its summary - 2 × 12 - 40 for its link
    assert gains(page(634)) == (120, 2400)  # art 120 = 5% of 2400
    assert chosen(page(634), ".//h1") == "art"
    assert gains(page(635)) == (120, 2404)
    assert chosen(page(635), ".//h1") == "body"


# --- the title's anchor: the article's body after its summary box -------------------------------


def summary_and_body(heading: str, first: str, extra: str = "") -> str:
    return (
        f"<div id='art'>{heading}<div><p>{first}</p></div>{extra}"
        f"<div id='content' class='content'><p>{prose(100)}</p><p>{prose(100)}</p></div></div>"
    )


def test_a_clean_container_after_the_first_paragraph_grows_to_their_common_parent():
    # the heading (19 characters, no mark: -38) and a label (4: -8) cost what the first paragraph gains
    even = summary_and_body("<h1>" + "题" * 19 + "</h1><div>来源网站</div>", prose(46))
    body, gains, _, _ = gains_of(even)
    assert gains[body.find(".//*[@id='art']")] == gains[body.find(".//*[@id='content']")] == 200
    assert chosen(even) == "content"  # by its class weight
    assert chosen(even, ".//h1") == "art"
    short = summary_and_body("<h1>" + "题" * 19 + "</h1><div>来源网站</div>", prose(45))
    assert chosen(short, ".//h1") == "content"  # the common parent gains less than the body


@pytest.mark.parametrize(("count", "grows"), [(3, True), (4, False)])
def test_the_common_parent_adds_no_more_than_three_stories(count, grows):
    stories = "<div>" + "".join(f"<a href='/{i}'>{'乙' * 12}</a>" for i in range(count)) + "</div>"
    page = summary_and_body("<h1>标题</h1>", prose(45 + 64 * count), stories)
    body, gains, _, _ = gains_of(page)
    assert gains[body.find(".//*[@id='art']")] > gains[body.find(".//*[@id='content']")]
    assert (chosen(page, ".//h1") == "art") is grows


# --- a lone paragraph's parent ------------------------------------------------------------------

BOX = "<div>" + "<a href='/t1'>" + "乙" * 12 + "</a><a href='/t2'>" + "乙" * 12 + "</a></div>"  # two teasers
TAGS = "<ul>" + "<li><a href='/tag'>标签甲</a></li>" * 3 + "</ul>"  # a tag cloud
STORY = "<div><a href='/s'>" + "乙" * 12 + "</a>，，</div>"  # a next story with a line: no link list


def lone(rest: str, lead: str = f"<p id='lead'>{prose(200)}</p>") -> str:
    return f"{MENU}<div id='art'>{lead}{BOX}{rest}{TAGS}</div>"


def test_a_lone_paragraphs_parent_is_the_article_when_it_holds_more_prose_without_its_link_lists():
    assert chosen(lone(f"<p>{prose(11)}</p><p>甲甲甲甲甲</p>")) == "art"  # 11 - 10 more than the paragraph
    assert chosen(lone(f"<p>{prose(10)}</p><p>甲甲甲甲甲</p>")) == "lead"  # as much


@pytest.mark.parametrize(("count", "grows"), [(3, True), (4, False)])
def test_a_lone_paragraphs_parent_holds_no_more_than_three_story_links_outside_its_lists(count, grows):
    page = lone(f"<p>{prose(150)}</p><p>{prose(150)}</p>" + STORY * count)
    assert chosen(page) == ("art" if grows else "lead")


def test_a_container_of_blocks_is_no_lone_paragraph():
    rest = f"<p>{prose(11)}</p><p>甲甲甲甲甲</p>"
    assert chosen(lone(rest)) == "art"
    assert chosen(lone(rest, lead=f"<div id='lead'><p>{prose(200)}</p></div>")) == "lead"


def test_a_title_with_no_paragraph_after_it_anchors_nothing():
    assert chosen(f"{MENU}<p id='p'>{prose(50)}</p><h1>标题</h1>", ".//h1") == "p"


def test_three_teasers_after_the_first_paragraph_are_not_cut_back():
    page = f"{MENU}{article()}<div id='more'>{teasers(3)}</div>"
    assert chosen(page, ".//h1") == "more"  # the common parent gains less than the teasers


def test_the_article_around_the_first_paragraph_may_hold_three_stories():
    # art gains 40 (its class weighs it up to 52) and the first paragraph 45; three next stories in it
    art = f"<div id='art' class='content'>{TITLE}<p id='first'>{prose(45)}</p><p>{prose(179)}</p>{STORY * 3}</div>"
    page = f"<div id='page'>{art}<div>{teasers(4, 200)}</div></div>"
    body, gains, stories, _ = gains_of(page)
    assert (gains[body.find(".//*[@id='art']")], stories[body.find(".//*[@id='art']")]) == (40, 3)
    assert chosen(page, ".//h1") == "art"


def test_the_article_around_the_first_paragraph_may_gain_a_single_character():
    first = f"<div id='first'>{prose(41)}<div>{'甲' * 19}</div><div>甲</div></div>"  # 41 - 38 - 2 = 1
    links = "".join(f"<div><a href='/{i}'>{'乙' * 12}</a></div>" for i in range(4))
    page = f"<h1>标题</h1>{first}{links}" + f"<p>{prose(10)}</p>" * 27
    body, gains, stories, _ = gains_of(page)
    assert (gains[body.find("div")], gains[body], stories[body]) == (1, 11, 4)
    assert chosen(page) == "body"
    assert chosen(page, "h1") == "first"
