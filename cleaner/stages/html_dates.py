"""The page's date row when it sits away from the title: found before furniture is cut, used after.

Pages print their date in many places: a ``<p class="time">`` inside a share bar (which goes as
furniture), ``<span>时间：<em>2022-11-24 05:30:58</em></span>`` under a heading the extractor did not
take as the title, a ``发布日期：… 所属分类：…`` row above the article. So the first few short elements
that hold a full date and read as a meta line — named for a time or date by their class or id, or
labelled (``发布时间：``, ``时间：``) in their own text — are noted before pruning, in page order;
after the article is chosen, the first one outside it and outside comments, related lists and nav
(whose dates belong to other posts) becomes a header line, and its row (the parent, when short)
with it, so
``发布时间：2019-05-18 来源：中国地理学会`` gives the source too.
"""

from __future__ import annotations

import re

from lxml import etree

from .html_tree import text_of
from .metadata import parse_meta_line

DATE_RE = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")
TIME_NAME_RE = re.compile(r"time|date|pub")
DATE_LABEL_RE = re.compile(r"(?:发布|發布|发表|發表|更新|出版)?(?:时间|時間|日期)\s*[:：]")
DATE_MARK_RE = re.compile(r"[12][09]\d\d|时间|時間|日期")  # a year or a date label: the cheap first test
MAX_OWN_TEXT = 200  # an element's own text longer than this is prose, not a date row
MAX_ROW_CHARS = 100
MAX_NOTED = 5
OTHER_POSTS = frozenset(
    ("extract:comments", "extract:related", "extract:nav", "extract:ads", "extract:link_farm", "extract:hidden",
     "extract:hidden_spam", "extract:script")
)  # fmt: skip
# An article's own info box or footer is often cut as a sidebar or footer; a date there counts only
# with its label (发布日期：…), which teaser lists do not print.
LABELLED_ONLY = frozenset(("extract:sidebar", "extract:footer"))


def note_dates(body: etree._Element) -> list[tuple[etree._Element, str, bool]]:
    """The first few elements (page order) that are a date row, with their text, before pruning."""
    noted: list[tuple[etree._Element, str, bool]] = []
    for el in body.iter(etree.Element):
        own = el.text
        if not own or len(own) > MAX_OWN_TEXT or not DATE_MARK_RE.search(own):
            continue  # most elements: one cheap test and on
        dated_by_name = DATE_RE.search(own) and TIME_NAME_RE.search(_names(el))
        if not dated_by_name and not DATE_LABEL_RE.search(own):
            continue
        text = text_of(el)
        if len(text) > MAX_ROW_CHARS or not DATE_RE.search(text):
            continue
        row = _row(el, text)
        if _reads_as_meta(row):  # 微波炉加热食物有害健康？ 2020-09-27: a teaser's title and date, no meta row
            noted.append((el, row, bool(DATE_LABEL_RE.search(row))))
            if len(noted) >= MAX_NOTED:
                break
    return noted


def _names(el: etree._Element) -> str:
    """Class and id of the element and its parent (``<p class="time"><span>2019-05-17</span>``)."""
    parent = el.getparent()
    outer = (parent.get("class") or "") if parent is not None else ""
    return f"{el.get('class') or ''} {el.get('id') or ''} {outer}".lower()


def _reads_as_meta(row: str) -> bool:
    meta = parse_meta_line(row)
    return meta is not None and meta.published_at is not None


def _row(el: etree._Element, text: str) -> str:
    """The element's row: its parent's text when that is still short and holds no heading."""
    parent = el.getparent()
    if parent is None or parent.tag in ("body", "html"):
        return text
    if next(parent.iter("h1", "h2", "h3", "h4", "h5", "h6"), None) is not None:
        return text
    row = text_of(parent)
    return row if len(row) <= MAX_ROW_CHARS else text


def date_row(
    noted: list[tuple[etree._Element, str, bool]], pruned: dict[etree._Element, str], containers: list[etree._Element]
) -> str | None:
    """The first noted row that is neither in the article (its dates are the article's text) nor in
    a region of other posts; ``pruned`` maps each cut region to its reason."""
    inside = set(containers)
    for el, text, labelled in noted:
        node, outer = el, el
        while node is not None:
            if node in inside:
                break
            outer = node
            node = node.getparent()
        if node is not None:
            continue  # inside the article
        reason = pruned.get(outer)
        if reason in OTHER_POSTS or (reason in LABELLED_ONLY and not labelled):
            continue
        return text
    return None
