"""Which part of a page is the article: where prose minus furniture peaks, anchored at the title.

Every element gets a *gain*: the characters of prose inside it (blocks whose own text is a
sentence, with Chinese punctuation, or long) minus ``OTHER_WEIGHT`` times everything else (menus,
labels, links that stand alone). Going up from the article adds furniture and lowers the gain; going
down loses paragraphs. A link inside a sentence is prose (wikis link every term); a link standing
alone as long as a headline is another story and costs more.

The trap of short articles: a 150-character story followed by longer teasers or next stories
loses to the container of them all. So the title is an anchor: the first paragraph after it
belongs to the article, and a container that also holds many links to other stories is cut back
to the best one around that paragraph without them.

The opposite trap: an article whose paragraphs share their container with teaser boxes (two links
after the first paragraph, 延伸阅读 and a tag cloud at the end) loses to one of its own paragraphs.
A lone paragraph's parent is the article when, its link lists set aside (they go once it is chosen),
it holds more prose and few story links.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from lxml import etree

from .html_tree import BLOCK_TAGS, Stats

PARAGRAPH_MIN_CHARS = 10
SHORT_ITEM_CHARS = 4  # an item 不得提前支取； or a heading 一、背景 is prose; a player's 跳过片头 is not
ITEM_TAGS = frozenset(("li", "dd", "h2", "h3", "h4", "h5", "h6", "figcaption", "caption"))
LONG_LINE_CHARS = 20  # prose without punctuation (a blog's lines) counts from this length
POSITIVE_RE = re.compile(r"article|content|main|body|text|post|entry|detail|story|zhengwen|neirong|artibody")
NEGATIVE_RE = re.compile(r"comment|related|recommend|share|sidebar|footer|header|nav|menu|list|hot|ad-|-ad\b")
OTHER_WEIGHT = 2.0  # a character of links or menus costs this many characters of prose
FIRST_PARAGRAPH_CHARS = 40
STORY_LINK_CHARS = 10
STORY_LINK_COST = 40
MAX_STORIES = 3
ANCHOR_MIN_SHARE = 0.05
LINK_LIST_DENSITY = 0.5
MIN_LINK_LIST_CHARS = 8


def class_weight(el: etree._Element) -> float:
    """What the class or id says: ``article-content`` ×1.3, ``hot-list`` ×0.7."""
    names = el.get("class"), el.get("id")
    return _names_weight(f"{names[0] or ''} {names[1] or ''}".lower()) if names != (None, None) else 1.0


@lru_cache(maxsize=4096)
def _names_weight(names: str) -> float:
    weight = 1.0
    if POSITIVE_RE.search(names):
        weight *= 1.3
    if NEGATIVE_RE.search(names):
        weight *= 0.7
    return weight


def prose_gain(
    body: etree._Element, stats: dict[etree._Element, Stats]
) -> tuple[dict[etree._Element, float], dict[etree._Element, int], dict[etree._Element, int]]:
    """For every element: its gain, how many links to other stories it holds, and how many elements
    (itself included), in one bottom-up pass."""
    elements = [el for el in body.iter() if isinstance(el.tag, str)]
    gain = dict.fromkeys(elements, 0.0)
    stories = dict.fromkeys(elements, 0)
    sizes = dict.fromkeys(elements, 1)
    for el in reversed(elements):
        st = stats.get(el)
        if st is None:
            continue
        if el.tag == "a":
            if _in_prose(el, stats):
                own = float(st.chars)
            else:
                own = -OTHER_WEIGHT * st.chars
                if st.chars >= STORY_LINK_CHARS:
                    own -= STORY_LINK_COST
                    stories[el] += 1
        elif el.tag in ("td", "th"):
            own = st.own_chars  # a table's cells are data, numbers as much as words
        elif el.tag in BLOCK_TAGS or el is body:
            if el.tag in ITEM_TAGS:  # a list item or heading of text (not a link) is the article's
                prose = (st.own_punct > 0 and st.own_chars >= SHORT_ITEM_CHARS) or st.own_chars >= 2 * SHORT_ITEM_CHARS
            else:
                prose = (st.own_punct > 0 and st.own_chars >= PARAGRAPH_MIN_CHARS) or st.own_chars >= LONG_LINE_CHARS
            own = st.own_chars if prose else -OTHER_WEIGHT * st.own_chars
        else:
            own = 0.0  # inline text was counted as its block's own
        gain[el] += own
        parent = el.getparent()
        if parent is not None and parent in gain and el is not body:
            gain[parent] += gain[el]
            stories[parent] += stories[el]
            sizes[parent] += sizes[el]
    return gain, stories, sizes


def is_link_list(el: etree._Element, st: Stats) -> bool:
    """A block that is mostly links with little prose (teasers, a tag cloud): inside the article's
    container it goes (``extract:related``)."""
    return (
        el.tag in BLOCK_TAGS and st.chars >= MIN_LINK_LIST_CHARS and st.link_density >= LINK_LIST_DENSITY
        and st.punct * 30 < st.chars
    )  # fmt: skip


def _in_prose(link: etree._Element, stats: dict[etree._Element, Stats]) -> bool:
    node = link.getparent()
    while node is not None and node.tag not in BLOCK_TAGS:
        node = node.getparent()
    st = stats.get(node) if node is not None else None
    return st is not None and st.own_punct > 0 and st.own_chars >= st.link_chars


def choose(
    body: etree._Element, stats: dict[etree._Element, Stats], anchor: etree._Element | None = None
) -> etree._Element:
    """The article's container (the body itself when nothing holds prose)."""
    gains, stories, sizes = prose_gain(body, stats)
    order = {el: i for i, el in enumerate(gains)}

    def contains(outer: etree._Element, inner: etree._Element) -> bool:
        """Pre-order numbering: a subtree is a contiguous run, so containment is two comparisons."""
        return order[outer] <= order[inner] < order[outer] + sizes[outer]

    def key(el: etree._Element) -> tuple[float, int]:
        return gains[el] * class_weight(el), -order[el]

    best = max((el for el, gain in gains.items() if gain > 0), key=key, default=body)
    if anchor is not None and anchor in order:
        first = _first_prose_after(order[anchor] + sizes[anchor], list(gains), stats)
        if first is not None and not contains(first, best):
            best = _anchored(best, first, body, gains, stories, order, key, contains)
    if gains[best] <= 0:
        return body
    return _whole_article(best, gains, stories, stats)


def _whole_article(best: etree._Element, gains: dict, stories: dict, stats: dict) -> etree._Element:
    """The article's container when ``best`` is one lone paragraph of it: its parent, if the parent
    holds more prose once its link lists are set aside (a box of two teasers after the first
    paragraph, 延伸阅读 and a tag cloud at the end — they go with ``extract:related`` once it is
    chosen) and no more than ``MAX_STORIES`` links to other stories are left outside them. Next
    stories with their summaries are no link list: they keep the parent out."""
    parent = best.getparent()
    if parent is None or parent not in gains or any(child.tag in BLOCK_TAGS for child in best):
        return best
    children = [child for child in parent if child in gains]
    lists = [child for child in children if child in stats and is_link_list(child, stats[child])]
    if stories[parent] - sum(stories[child] for child in lists) > MAX_STORIES:
        return best
    return parent if gains[parent] - sum(gains[child] for child in lists) > gains[best] else best


def _anchored(
    best: etree._Element, first: etree._Element, body: etree._Element, gains: dict, stories: dict, order: dict,
    key: Callable, contains: Callable,
) -> etree._Element:
    """The article's container, given the first paragraph after the title.

    A container that holds many links to other stories is the article plus teasers or next
    stories: the article is the best container around the first paragraph without them. A clean
    container after the first paragraph is the article's body after its summary box: their common
    parent holds both, if it adds no stories.
    """
    chain = _ancestors(first, body)
    if stories[best] > MAX_STORIES and (best in chain or order[best] > order[first]):
        near = max((el for el in chain if stories[el] <= MAX_STORIES and gains[el] > 0), key=key, default=None)
        if near is not None and gains[near] >= ANCHOR_MIN_SHARE * gains[best]:
            return near
        return best
    if best not in chain:
        common = next((el for el in chain if contains(el, best)), None)
        if common is not None and stories[common] <= MAX_STORIES and gains[common] >= gains[best]:
            return common
    return best


def _first_prose_after(start: int, elements: list[etree._Element], stats: dict[etree._Element, Stats]):
    """The first paragraph of prose from ``elements[start]`` on (after the title), if any."""
    for el in elements[start:]:
        st = stats.get(el)
        if (
            st is not None and el.tag in BLOCK_TAGS and st.own_chars >= FIRST_PARAGRAPH_CHARS
            and st.own_punct >= 2 and st.link_density < 0.3
        ):
            return el
    return None


def _ancestors(el: etree._Element, body: etree._Element) -> list[etree._Element]:
    chain = []
    node = el
    while node is not None:
        chain.append(node)
        if node is body:
            break
        node = node.getparent()
    return chain
