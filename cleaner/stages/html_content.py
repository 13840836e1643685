"""Which part of a page is the article: the container with the most prose, anchored at the title.

Every paragraph (a block whose own text is long enough) scores ``1 + its Chinese sentence
punctuation + min(characters / 100, 3)`` — prose has commas and full stops, menus and link lists do
not — and gives that score to the block that holds it, half to the next one up and a third to the
one above that. A container's score is then scaled by ``1 - link density`` and by what its class
says (``article``, ``content`` … or not). The best container wins, with those of its siblings that
score close to it (an article split over several ``<div>``).

The trap of short articles: a 150-character story followed by longer teasers or the next story
loses on score. So the title is an anchor: when the best container starts after some other prose
container that itself follows the page's title, and that one is a real paragraph cluster, the one
next to the title is the article.
"""

from __future__ import annotations

import re

from lxml import etree

from .html_tree import BLOCK_TAGS, Stats

PARAGRAPH_MIN_CHARS = 10
POSITIVE_RE = re.compile(r"article|content|main|body|text|post|entry|detail|story|zhengwen|neirong|artibody")
NEGATIVE_RE = re.compile(r"comment|related|recommend|share|sidebar|footer|header|nav|menu|list|hot|ad-|-ad\b")
CONTAINER_TAGS = frozenset(("div", "article", "section", "main", "td", "body", "center", "font", "span", "form"))
LEVEL_SHARE = (1.0, 1.0, 0.5, 1 / 3, 0.25)  # the block itself (if a container), its parent, …
SIBLING_SHARE = 0.25
ANCHOR_MIN_SHARE = 0.05  # an earlier container next to the title wins if it scores at least this share


def class_weight(el: etree._Element) -> float:
    names = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    if not names.strip():
        return 1.0
    weight = 1.0
    if POSITIVE_RE.search(names):
        weight *= 1.3
    if NEGATIVE_RE.search(names):
        weight *= 0.7
    return weight


def score_containers(body: etree._Element, stats: dict[etree._Element, Stats]) -> dict[etree._Element, float]:
    scores: dict[etree._Element, float] = {}
    for el in body.iter():
        if not isinstance(el.tag, str) or el.tag == "a":
            continue
        st = stats.get(el)
        if st is None or st.own_chars < PARAGRAPH_MIN_CHARS or (el.tag not in BLOCK_TAGS and el.tag not in (
            "font", "span", "center"
        )):
            continue
        value = 1 + st.own_punct + min(st.own_chars / 100, 3)
        node, level = el, 0
        while node is not None and level < len(LEVEL_SHARE):
            if level > 0 or node.tag in CONTAINER_TAGS:
                scores[node] = scores.get(node, 0.0) + value * LEVEL_SHARE[level]
            if node is body:
                break
            node, level = node.getparent(), level + 1
    return {el: score * (1 - stats[el].link_density) * class_weight(el) for el, score in scores.items()}


OTHER_WEIGHT = 1.5  # a character of links or menus costs this many characters of prose
FIRST_PARAGRAPH_CHARS = 40
STORY_LINK_CHARS = 10
STORY_LINK_COST = 40
MAX_STORIES = 3


def prose_gain(
    body: etree._Element, stats: dict[etree._Element, Stats]
) -> tuple[dict[etree._Element, float], dict[etree._Element, int]]:
    """For every element: the prose inside it minus ``OTHER_WEIGHT`` times everything else (links,
    menus, labels), and how many links to other stories it holds. The article's container is
    where the gain peaks: going up adds furniture, going down loses paragraphs.

    A link inside a paragraph of prose is part of the sentence (wikis link every term); a link on
    its own as long as a headline is another story (a teaser).
    """
    elements = [el for el in body.iter() if isinstance(el.tag, str)]
    gain = dict.fromkeys(elements, 0.0)
    stories = dict.fromkeys(elements, 0)
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
        elif el.tag in BLOCK_TAGS or el is body:
            prose = st.own_chars >= PARAGRAPH_MIN_CHARS and (st.own_punct > 0 or st.own_chars >= 20)
            own = st.own_chars if prose else -OTHER_WEIGHT * st.own_chars
        else:
            own = 0.0  # inline text was counted as its block's own
        gain[el] += own
        parent = el.getparent()
        if parent is not None and parent in gain and el is not body:
            gain[parent] += gain[el]
            stories[parent] += stories[el]
    return gain, stories


def _in_prose(link: etree._Element, stats: dict[etree._Element, Stats]) -> bool:
    node = link.getparent()
    while node is not None and node.tag not in BLOCK_TAGS:
        node = node.getparent()
    st = stats.get(node) if node is not None else None
    return st is not None and st.own_punct > 0 and st.own_chars >= st.link_chars


def choose(
    body: etree._Element, stats: dict[etree._Element, Stats], anchor: etree._Element | None = None
) -> list[etree._Element]:
    """The article's container (the body itself when nothing scores)."""
    gains, stories = prose_gain(body, stats)
    order = {el: i for i, el in enumerate(gains)}

    def key(el: etree._Element) -> tuple[float, int]:
        return gains[el] * class_weight(el), -order[el]

    best = max(gains, key=key)
    if anchor is not None and anchor in order:
        first = _first_prose_after(anchor, order, stats)
        if first is not None and (_contains(best, first) or order[best] > order[first]):
            # the article holds the first paragraph after the title; a container that also
            # holds many links to other stories is the article plus teasers or next stories
            chain = [el for el in _ancestors(first, body) if stories[el] <= MAX_STORIES]
            near = max(chain, key=key, default=None)
            if near is not None and gains[near] >= ANCHOR_MIN_SHARE * gains[best]:
                best = near
    if gains[best] <= 0:
        return [body]
    import os
    if os.environ.get("DEBUG_EXTRACT"):
        print("CHOSE", best.tag, best.get("class"), gains[best], "anchor", anchor is not None)
    return [best]


def _first_prose_after(anchor: etree._Element, order: dict, stats: dict[etree._Element, Stats]):
    """The first paragraph of prose after the title (in document order), if any."""
    start = order[anchor]
    for el in order:
        if order[el] <= start or _contains(anchor, el):
            continue
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


def _sibling_belongs(el: etree._Element, stats: dict[etree._Element, Stats], scores: dict, threshold: float) -> bool:
    st = stats.get(el)
    if st is None or st.link_density > 0.33:
        return False
    if scores.get(el, 0.0) >= threshold:
        return True
    return el.tag == "p" and st.chars >= 80 and st.link_density < 0.25 and st.punct > 0


def _anchored(best: etree._Element, scores: dict, order: dict, anchor: etree._Element) -> etree._Element:
    """An earlier prose container right after the title, if ``best`` lies further down the page."""
    at = order[anchor]
    if order[best] <= at or _contains(best, anchor):
        return best
    earlier = [
        el for el, score in scores.items()
        if at < order.get(el, -1) < order[best] and not _contains(el, best) and score >= ANCHOR_MIN_SHARE * scores[best]
        and score >= 8
    ]
    if not earlier:
        return best
    first = min(earlier, key=lambda el: order[el])
    # the outermost container of that first cluster that still does not reach the best one
    node = first
    while node.getparent() is not None and not _contains(node.getparent(), best) and node.getparent() in scores:
        node = node.getparent()
    return max((el for el in earlier if _contains(node, el)), key=lambda el: scores[el], default=first)


def _contains(outer: etree._Element, inner: etree._Element) -> bool:
    node = inner
    while node is not None:
        if node is outer:
            return True
        node = node.getparent()
    return False
