"""Whole HTML pages: parse with lxml, measure every element, and cut the page furniture away.

lxml.html (libxml2) was chosen by measurement (``benchmarks/README.md``): it parses our pages about
ten times faster than BeautifulSoup and is already a dependency. Everything here walks the tree
with ``iter()`` or an explicit stack, never recursively, so 200,000 nested tags cost what 200,000
siblings cost; ``huge_tree`` lifts libxml2's depth and size limits.

``Stats`` are gathered bottom-up in one pass (children come after their parent in document order,
so reversed document order visits every child before its parent): text characters, characters
inside links, Chinese sentence punctuation. The content chooser and the pruner read them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree

DROPPED_CODE = frozenset((
    "script", "style", "noscript", "template", "iframe", "svg", "object", "embed", "canvas", "link",
    "meta", "title", "head", "map", "audio", "video", "source",
))  # fmt: skip
BLOCK_TAGS = frozenset((
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
    "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
))  # fmt: skip
NOT_INLINE = BLOCK_TAGS | {"a", "br"}
# Sentence punctuation of Chinese prose: a paragraph has it, a menu or a link list rarely does.
PUNCTUATION_RE = re.compile("[，。！？；：、“”]")
HIDDEN_STYLE_RE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|(?:left|top|text-indent)\s*:\s*-\d{3,}|"
    r"(?:width|height)\s*:\s*0(?:px)?\s*[;\"']?\s*(?:overflow|$)|font-size\s*:\s*0(?:px)?\b",
    re.IGNORECASE,
)
XML_DECLARATION_RE = re.compile(r"^\s*<\?xml[^>]*>")


@dataclass(slots=True)
class Stats:
    """Measures of an element and everything inside it (``own_*``: its own text, not its children's)."""

    chars: int = 0  # non-blank characters of text
    link_chars: int = 0  # of those, inside <a>
    punct: int = 0  # Chinese sentence punctuation
    own_chars: int = 0  # text directly in the element or in its inline children (a paragraph's text)
    own_punct: int = 0

    @property
    def link_density(self) -> float:
        return self.link_chars / self.chars if self.chars else 0.0


# lxml.etree's parser, not lxml.html's: plain elements are created faster than HtmlElement proxies.
# no_network: a page is parsed, never fetched from; HTML has no external entities to resolve.
PARSER = etree.HTMLParser(
    huge_tree=True, remove_comments=True, remove_pis=True, collect_ids=False, no_network=True
)


# libxml2 stops at 2,048 elements deep and drops the rest of the page, silently: a broken page of
# unclosed <div>s loses its tail. Then the wrappers that nest go and the page is parsed again, flat.
WRAPPER_TAGS_RE = re.compile(r"</?(?:div|span|font|section|article|center|b|i|u|em|strong|small|big|a)\b[^<>]*>", re.I)


def parse(markup: str) -> tuple[etree._Element, bool]:
    """The page's root element (``<html>``), however broken the markup, and whether it was nested too
    deep to be read as it is (then its wrapper tags were dropped before parsing)."""
    markup = XML_DECLARATION_RE.sub("", markup, count=1)  # lxml refuses str with an encoding declaration
    root = etree.fromstring(markup, parser=PARSER) if markup.strip() else None
    too_deep = any(error.type_name == "ERR_RESOURCE_LIMIT" for error in PARSER.error_log)
    if too_deep:
        root = etree.fromstring(WRAPPER_TAGS_RE.sub("", markup), parser=PARSER)
    return (root if root is not None else etree.fromstring("<html><body></body></html>", parser=PARSER)), too_deep


# lxml keeps the control characters it parses but refuses them whenever text is set, so a tree that
# holds one crashes the first edit (the fuzzer found two such edits): they go before parsing.
XML_UNSAFE_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# the same characters but the surrogates, each looked for with ``in`` (a C search, twice as fast on a
# page as the regex, which calls its class test once a character)
XML_UNSAFE_CHARS = tuple(map(chr, (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF)))


def without_unsafe_chars(markup: str) -> tuple[str, str]:
    """``markup`` without the characters lxml refuses in text, and those characters."""
    if not _may_hold_unsafe(markup):
        return markup, ""  # nearly every page
    unsafe = "".join(XML_UNSAFE_RE.findall(markup))
    return (XML_UNSAFE_RE.sub("", markup) if unsafe else markup), unsafe


def _may_hold_unsafe(markup: str) -> bool:
    if any(char in markup for char in XML_UNSAFE_CHARS):
        return True
    try:
        markup.encode("utf-8")  # a lone surrogate cannot be encoded: this finds one at C speed
    except UnicodeEncodeError:
        return True
    return False


# libxml2 checks each attribute against the ones before it: a tag of 100,000 attributes (1.5 MB) took
# 40 s to parse, four times as long for twice as many. No page needs a thousand on one tag; such a
# tag keeps its name and loses them, before parsing. A tag is looked at only when it is long.
LONG_TAG_CHARS = 10000
LONG_TAG_RE = re.compile(rf"<(?P<name>[A-Za-z][A-Za-z0-9]{{0,15}})(?P<attributes>\s[^<>]{{{LONG_TAG_CHARS},}})>")
MAX_ATTRIBUTES = 1000


def without_attribute_floods(markup: str) -> tuple[str, int]:
    """``markup`` with each tag of more than ``MAX_ATTRIBUTES`` attributes bare, and how many such tags."""
    # Such a tag lies between two ">" with its "=" signs: without a long stretch holding that many,
    # the regex (a third of the time of parsing the page) has nothing to find. Splitting is a C pass,
    # and counting the page's "=" a cheaper one that settles half of all pages.
    if markup.count("=") <= MAX_ATTRIBUTES or not any(
        len(part) > LONG_TAG_CHARS and part.count("=") > MAX_ATTRIBUTES for part in markup.split(">")
    ):
        return markup, 0
    flooded = 0

    def bare(tag: re.Match[str]) -> str:
        nonlocal flooded
        if tag["attributes"].count("=") <= MAX_ATTRIBUTES:
            return tag.group()
        flooded += 1
        return f"<{tag['name']}>"

    return LONG_TAG_RE.sub(bare, markup), flooded


def drop(el: etree._Element) -> None:
    """Take ``el`` out of the tree, leaving its tail text where it was."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def measure(root: etree._Element) -> dict[etree._Element, Stats]:
    """``Stats`` for every element under ``root``, in one bottom-up pass (the hot loop of extract:
    text measured once per element, blank tails skipped before any call)."""
    elements = list(root.iter(etree.Element))
    stats = {el: Stats() for el in elements}
    inline_ok = NOT_INLINE
    findall = PUNCTUATION_RE.findall
    for el in reversed(elements):
        own = stats[el]
        text = el.text
        if text and not text.isspace():
            direct, direct_punct = len(text) - _blanks(text), len(findall(text))
            own.own_chars += direct
            own.own_punct += direct_punct
            own.chars += direct  # the children's text is already in (their subtree sums)
            own.punct += direct_punct
        tag = el.tag
        if tag == "a":
            own.link_chars = own.chars
        parent = el.getparent()
        up = stats.get(parent) if parent is not None else None
        if up is None:
            continue
        up.chars += own.chars
        up.link_chars += own.link_chars
        up.punct += own.punct
        tail = el.tail
        if tail and not tail.isspace():
            tail_chars, tail_punct = len(tail) - _blanks(tail), len(findall(tail))
            up.chars += tail_chars
            up.punct += tail_punct
            up.own_chars += tail_chars
            up.own_punct += tail_punct
        if tag not in inline_ok:
            up.own_chars += own.own_chars  # inline text (<span>, <strong> …) is the paragraph's own
            up.own_punct += own.own_punct
    return stats


def without_regions(stats: dict[etree._Element, Stats], regions: list[etree._Element], budget: int) -> bool:
    """Take the measures of ``regions`` (disjoint subtrees, about to be dropped) out of their
    ancestors' stats instead of measuring the page again. False when that would walk more than
    ``budget`` ancestors (many regions deep in a deep page): then the caller measures again."""
    walked = 0
    for region in regions:
        st = stats[region]
        parent = region.getparent()
        if parent is None:
            continue
        node = region
        while node.tag not in NOT_INLINE and parent is not None and parent in stats:
            stats[parent].own_chars -= st.own_chars  # inline text counted up to the first block
            stats[parent].own_punct -= st.own_punct
            node, parent = parent, parent.getparent()
        links = st.link_chars
        for ancestor in region.iterancestors():
            walked += 1
            if walked > budget:
                return False
            up = stats.get(ancestor)
            if up is None:
                break
            if ancestor.tag == "a":
                links = st.chars  # inside a link every character is a link's
            up.chars -= st.chars
            up.punct -= st.punct
            up.link_chars -= links
    return True


def _blanks(text: str) -> int:
    return len(text) - len("".join(text.split()))


def is_hidden(el: etree._Element) -> bool:
    """Hidden by its own markup: ``hidden``, ``display:none``, ``visibility:hidden``, off-screen."""
    if el.get("hidden") is not None:
        return True
    style = el.get("style")
    if not style:
        return False
    return _hides(style) if len(style) <= MAX_CACHED_STYLE else HIDDEN_STYLE_RE.search(style) is not None


# A page repeats a few hundred style strings over thousands of elements, and the case-blind search
# reads each one character by character: a short one is judged once (a long one is rare, and is not
# kept alive by the cache).
MAX_CACHED_STYLE = 300


@lru_cache(maxsize=4096)
def _hides(style: str) -> bool:
    return HIDDEN_STYLE_RE.search(style) is not None


def text_of(el: etree._Element) -> str:
    """The element's text, whitespace collapsed (for excerpts and table cells)."""
    return " ".join("".join(el.itertext()).split())


__all__ = [
    "BLOCK_TAGS", "Stats", "drop", "is_hidden", "measure", "parse", "text_of", "without_attribute_floods",
    "without_regions",
]
