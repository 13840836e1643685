"""extract: a whole HTML page → the article's blocks as lines with hints, plus header evidence.

Text input passes through unchanged (tag soup inside text lines is the junk stage's job). On a page:

1. the head is read for evidence (JSON-LD, Open Graph, ``<meta>``, canonical URL, ``<title>`` without
   its site suffix) — ``html_meta``; when the head names no writer, the author the body marks
   (``rel=author``, a link to ``/author/…``, ``class="author"``) — ``html_authors``;
2. page furniture is cut (code, hidden blocks, nav, footers, sidebars, share bars, comments, related
   lists, ads) — ``html_regions``, each region recorded once with an excerpt and its size;
3. the article's container is chosen by prose density, anchored at the title — ``html_content``;
4. link lists left inside it (teasers, tag clouds) go too, and its elements become lines with the
   page's hints — ``html_blocks``. The title's ``<h1>`` (and the date/source line under it) come
   first when they sit outside the article's container, so later stages read them as for text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from lxml import etree

from ..article import Change
from ..config import ExtractConfig
from ..document import Document, Hint, Line
from . import html_authors, html_crumbs, html_meta
from .html_blocks import block_lines
from .html_content import choose, is_link_list
from .html_dates import date_row, note_dates
from .html_page import is_html_page
from .html_regions import Region, in_furniture, prune, region_of, text_region
from .html_tree import (
    BLOCK_TAGS,
    DROPPED_CODE,
    MAX_ATTRIBUTES,
    drop,
    measure,
    parse,
    text_of,
    without_attribute_floods,
    without_regions,
    without_unsafe_chars,
)

NAME = "extract"
REASONS = (
    "extract:script", "extract:hidden", "extract:hidden_spam", "extract:nav", "extract:header",
    "extract:footer", "extract:sidebar", "extract:comments", "extract:related", "extract:share", "extract:ads",
    "extract:link_farm", "extract:boilerplate", "extract:title_suffix", "extract:spam_title", "extract:spam_meta",
    "extract:control_char", "extract:attribute_flood", "extract:too_deep",
)
SUMMARY = "whole HTML pages: main content as lines with hints (headings, items, rows), header evidence"

HEADER_LINE_RE = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}|来源|來源|作者|编辑|編輯|发布|發布|记者|記者")
MAX_HEADER_LINE_CHARS = 160
DATE_LINE_RE = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")
DATE_CLASS_RE = re.compile(r"time|date|pub|info|source")
TRAILER_LINE_RE = re.compile(
    r"[（(\[【]?\s*(?:责任编辑|責任編輯|编辑|編輯|来源|來源|作者|记者|記者|原标题|原標題)\s*[:：]"
)
MAX_TRAILER_ELEMENTS = 6
HEADING_TAGS = ("h1", "h2", "h3", "h4")  # a heading that agrees with the page's title, highest first


def run(doc: Document, settings: ExtractConfig) -> Document:
    text = doc.text
    if not is_html_page(text):
        return doc
    text, unsafe = without_unsafe_chars(text)
    changes: list[Change] = [Change(NAME, "extract:control_char", unsafe)] if unsafe else []
    text, flooded = without_attribute_floods(text)
    if flooded:
        changes.append(Change(NAME, "extract:attribute_flood", f"{flooded} tag(s) of over {MAX_ATTRIBUTES} attributes"))
    root, too_deep = parse(text)
    if too_deep:
        changes.append(Change(NAME, "extract:too_deep", "tags nested past 2,048: div, span, font … wrappers dropped"))
    evidence = html_meta.head_evidence(root, changes)
    body = root.find("body")
    if body is None:
        body = root
    regions = [region_of("extract:script", el, html_meta.is_spam) for el in drop_code(root)]
    if not html_authors.names_a_writer(evidence):  # read before furniture goes: a byline may sit in a header
        evidence += html_authors.marked_authors(body)
    titles = [c.value for c in evidence if c.field == "title"]
    evidence += html_crumbs.breadcrumb_category(body, titles)  # before furniture goes: a breadcrumb is nav
    evidence += html_meta.original_title(body)  # before hidden blocks go: a hijacked page hides it
    dated = any(c.field == "published_at" for c in evidence)
    noted = note_dates(body) if not dated else []  # before furniture goes: a share bar may hold the date
    anchor = title_heading(body, titles)
    if anchor is not None:
        _cut_spam_prefix(anchor, changes)
    stats = measure(body)
    pruned = []
    if settings.main_content:
        pruned = prune(body, stats, keep=anchor)
        regions += [region_of(reason, el, html_meta.is_spam) for reason, el in pruned]
        updated = without_regions(stats, [el for _, el in pruned], budget=len(stats))
        for _, el in pruned:
            drop(el)
        if not updated:
            stats = measure(body)  # regions deep in a deep page: measuring again is cheaper
    containers = [choose(body, stats, anchor)] if settings.main_content else [body]
    skip = link_lists(containers, stats) if settings.main_content else {}
    for el, reason in skip.items():
        regions.append(region_of(reason, el, html_meta.is_spam))
    head, tail = header_lines(anchor, containers, titles), trailer_lines(containers[-1], body)
    # the lines read from the body outside the article: not the <title> standing in for a missing
    # <h1>, nor a date row from a share bar already cut (its text is counted with that region)
    from_outside = (head if anchor is not None else []) + tail
    if not dated and not any(DATE_LINE_RE.search(line.text) for line in head):
        found = date_line(body, containers)
        row = date_row(noted, {el: reason for reason, el in pruned}, containers) if not found else None
        head += found or ([Line(row)] if row else [])
        from_outside += found
    lines = head + block_lines(containers, skip) + tail
    emitted = sum(len("".join(line.text.split())) for line in from_outside)
    outside = stats[body].chars - sum(stats[el].chars for el in containers) - emitted
    if outside > 0 and settings.main_content:
        regions.append(region_outside(body, containers + ([anchor] if anchor is not None else []), outside))
    changes += recorded(regions, settings.max_regions_per_reason)
    evidence += html_meta.body_evidence(body, anchor)
    doc = doc.with_lines(lines, changes).with_evidence(evidence)
    return replace(doc, input_chars=sum(len("".join(line.text.split())) for line in lines) + _removed_chars(regions))


def drop_code(root: etree._Element) -> list[etree._Element]:
    """Take the head, scripts, styles, frames … out of the tree (outermost only), and return them."""
    code = [el for el in root.iter(*DROPPED_CODE) if next(el.iterancestors(*DROPPED_CODE), None) is None]
    for el in code:
        drop(el)
    return code


def _removed_chars(regions: list[Region]) -> int:
    return sum(r.chars for r in regions if r.reason != "extract:script")


def title_heading(body: etree._Element, titles: list[str]) -> etree._Element | None:
    """The element that holds the article's title: the ``<h1>`` (else ``<h2>`` … ``<h4>``, else an
    element whose class names a title) that agrees with the page's own title evidence; without
    such evidence, the first ``<h1>`` long enough to be a title."""
    keys = [_key(t) for t in titles if _key(t)]
    # 夜雨_原文、翻译及赏析: a short title before a suffix longer than itself is said exactly by its <h1>
    firsts = {_key(html_meta.SUFFIX_SEPARATORS_RE.split(t)[0]) for t in titles} - {""}
    for tag in HEADING_TAGS:
        headings = [h for h in body.iter(tag) if len(_key(text_of(h))) >= 2]
        agreeing = [h for h in headings if _says_title(_key(text_of(h)), keys, firsts)]
        if agreeing:  # a sticky top bar repeats the title in its own <h1>: the article's comes first
            return next((h for h in agreeing if not in_furniture(h)), agreeing[0])
    if keys:
        # no heading says it: an element named for the title (<div class="h-title">) that does
        for el in body.iter(etree.Element):
            names = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
            if "title" in names and len(el) <= 3:
                key = _key(text_of(el))
                if any(_agrees(key, k) for k in keys):
                    return el
        return None  # an <h1> that is not the title is the site's logo
    return next((h for h in body.iter("h1") if len(_key(text_of(h))) >= html_meta.MIN_TITLE_CHARS), None)


def _says_title(key: str, keys: list[str], firsts: set[str]) -> bool:
    return any(_agrees(key, k) for k in keys) or key in firsts


def _cut_spam_prefix(heading: etree._Element, changes: list[Change]) -> None:
    """``[乐虎国际]央行降准`` in the heading itself: the gambling brand goes, recorded."""
    text = (heading.text or "").lstrip()
    prefix = html_meta.spam_prefix(text)
    if prefix:
        heading.text = text[len(prefix) :]
        changes.append(Change(NAME, "extract:spam_title", prefix.strip()))


def _agrees(heading: str, title: str) -> bool:
    """A heading says the title: the same, the title inside it, or most of the title (the site's
    name ``痞客邦PIXNET`` inside a ``<title>`` is not)."""
    if len(heading) < 2:
        return False
    return heading == title or (len(heading) >= 4 and (title in heading or (
        heading in title and len(heading) >= 0.6 * len(title))))


def _key(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum()).lower()


def _inside(el: etree._Element, containers: list[etree._Element]) -> bool:
    wanted = set(containers)
    node = el
    while node is not None:
        if node in wanted:
            return True
        node = node.getparent()
    return False


def header_lines(anchor: etree._Element | None, containers: list[etree._Element], titles: list[str]) -> list[Line]:
    """The title and its date/source line, when they sit above the article's container.

    Without an ``<h1>`` the page's ``<title>`` (suffix cut) or ``og:title`` stands in.
    """
    if anchor is None:
        return [Line(titles[0], Hint("heading", 1))] if titles else []
    if _inside(anchor, containers):
        return []
    lines = [Line(text_of(anchor), Hint("heading", 1))]
    node, seen = anchor, 0
    wanted = set(containers)
    while node is not None and node.tag != "body" and seen < 8:
        for sibling in node.itersiblings():
            if not isinstance(sibling.tag, str):
                continue
            if any(el in wanted for el in sibling.iter()) or seen >= 8:
                return lines
            seen += 1
            for line in block_lines([sibling], set()):
                if len(line.text) <= MAX_HEADER_LINE_CHARS and HEADER_LINE_RE.search(line.text):
                    lines.append(Line(line.text))
        node = node.getparent()
    return lines


def region_outside(body: etree._Element, containers: list[etree._Element], size: int) -> Region:
    """The page's text around the article (``containers``: the article, its title) that no furniture
    rule named: boilerplate, with an excerpt; a link farm when that text is a list of spam terms."""
    wanted = set(containers)
    parts: list[str] = []
    stack: list[etree._Element | str] = [body]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            parts.append(item)
            continue
        if item.text:
            parts.append(item.text)
        for child in reversed(item):
            if child.tail:
                stack.append(child.tail)
            if isinstance(child.tag, str) and child not in wanted:
                stack.append(child)
    return text_region("extract:boilerplate", " ".join(" ".join(parts).split()), html_meta.is_spam, size)


def date_line(body: etree._Element, containers: list[etree._Element]) -> list[Line]:
    """The page's date line when no heading led to it: the first short element outside the article
    whose class or id says time or date (``h-time``, ``pubtime``, ``article-info``) and holds a date."""
    wanted = set(containers)
    for el in body.iter(etree.Element):
        if el in wanted:
            return []  # dates printed inside the article are the article's text
        names = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
        if DATE_CLASS_RE.search(names):
            text = text_of(el)
            if len(text) <= MAX_HEADER_LINE_CHARS and DATE_LINE_RE.search(text):
                return [Line(text)]
    return []


def trailer_lines(container: etree._Element, body: etree._Element) -> list[Line]:
    """``责任编辑：…``, ``来源：…`` lines just after the article's container (the editor's field): a
    block that says one, or one of its children (the article's tags and ``[作者: … 责任编辑: …]``
    in one box)."""
    lines: list[Line] = []
    node, seen = container, 0
    while node is not None and node is not body and seen < MAX_TRAILER_ELEMENTS:
        for sibling in node.itersiblings():
            if not isinstance(sibling.tag, str) or seen >= MAX_TRAILER_ELEMENTS:
                continue
            seen += 1
            lines += [Line(text) for text in _trailer_texts(sibling)]
        node = node.getparent()
    return lines


def _trailer_texts(box: etree._Element) -> list[str]:
    """The box's text when it is a trailer line, else those of its children that are."""
    text = text_of(box)
    if _is_trailer_line(text):
        return [text]
    return [part for el in box if isinstance(el.tag, str) and _is_trailer_line(part := text_of(el))]


def _is_trailer_line(text: str) -> bool:
    return len(text) <= MAX_HEADER_LINE_CHARS and bool(TRAILER_LINE_RE.match(text))


def link_lists(containers: list[etree._Element], stats: dict) -> dict[etree._Element, str]:
    """Blocks inside the article that are mostly links with little prose (teasers, tag clouds:
    ``extract:related``) and links laid out as cards (``extract:ads``), with their reasons."""
    found: dict[etree._Element, str] = {}
    stack = list(containers)
    while stack:
        el = stack.pop()
        for child in el:
            if not isinstance(child.tag, str):
                continue
            st = stats.get(child)
            if st is None:
                continue
            if child.tag == "a" and _is_ad_card(child):
                found[child] = "extract:ads"
            elif is_link_list(child, st):
                found[child] = "extract:related"
            else:
                stack.append(child)
    return found


def _is_ad_card(link: etree._Element) -> bool:
    """A link laid out as a card inside the article (blocks in it, or labelled 广告): an ad."""
    return any(d.tag in BLOCK_TAGS for d in link.iterdescendants(etree.Element)) or text_of(link).startswith("广告")


def recorded(regions: list[Region], per_reason: int) -> list[Change]:
    """One removal per region; past ``per_reason`` regions of one reason, one summary for the rest."""
    changes: list[Change] = []
    counts: Counter[str] = Counter()
    rest: dict[str, list[Region]] = {}
    for region in regions:
        counts[region.reason] += 1
        if not region.chars:
            continue  # an empty hidden <div> or ad slot: dropped, nothing to record
        if region.reason == "extract:script" or counts[region.reason] > per_reason:
            rest.setdefault(region.reason, []).append(region)
        else:
            changes.append(Change(NAME, region.reason, region.describe()))
    for reason, group in rest.items():
        size = sum(r.chars for r in group)
        what = "element(s) of code (head, script, style …)" if reason == "extract:script" else "more regions"
        changes.append(Change(NAME, reason, f"{len(group)} {what} ({size} chars)"))
    return changes
