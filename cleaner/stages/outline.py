"""Headings and list items in an article body, and grouping lines into sections and blocks.

Heading styles, outermost first: ``第一章`` → ``一、`` → ``（一）`` → ``1、`` (the last only when a
document uses it for short title-like lines and has no other heading style). A style's level is its
rank among the styles the document actually uses. Ordered lists: ``1. `` ``1．`` ``1、`` ``（1）``
``(1)`` ``1)`` ``1）``, numbered on from their first item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..article import Block, Section

CN_NUMERALS = "零〇一二三四五六七八九十百两"
HEADING_STYLES = (
    ("chapter", re.compile(rf"^第[{CN_NUMERALS}\d]{{1,4}}[章节篇部][\s、：:]*\S")),
    ("cn_number", re.compile(rf"^[{CN_NUMERALS}]{{1,3}}、\s*\S")),
    ("cn_paren", re.compile(rf"^[（(][{CN_NUMERALS}]{{1,3}}[）)]\s*\S")),
    ("arabic_dunhao", re.compile(r"^\d{1,2}、\s*\S")),
)
# Each list style: the marker pattern and the style written with the number 1.
# Full-width and ASCII forms are separate styles, so a list is written back as it came.
LIST_STYLES = (
    (re.compile(r"^(\d{1,2})\.(?!\d)\s*(?=\S)"), "1."),
    (re.compile(r"^(\d{1,2})．\s*(?=\S)"), "1．"),
    (re.compile(r"^(\d{1,2})、\s*(?=\S)"), "1、"),
    (re.compile(r"^（(\d{1,2})）\s*(?=\S)"), "（1）"),
    (re.compile(r"^\((\d{1,2})\)\s*(?=\S)"), "(1)"),
    (re.compile(r"^(\d{1,2})\)\s*(?=\S)"), "1)"),
    (re.compile(r"^(\d{1,2})）\s*(?=\S)"), "1）"),
)
TERMINAL_MARKS = tuple("。；，：！？.;,:!?")


@dataclass(frozen=True, slots=True)
class ListItem:
    marker: str  # the style, e.g. "1."
    number: int
    text: str


def heading_style(line: str, max_chars: int) -> str | None:
    """The heading style of ``line``, or None: too long or ending like a sentence is no heading."""
    if len(line) > max_chars or line.endswith(TERMINAL_MARKS):
        return None
    for name, pattern in HEADING_STYLES:
        if pattern.match(line):
            return name
    return None


def list_item(line: str) -> ListItem | None:
    """``1. 电话：…`` → ListItem("1.", 1, "电话：…"); None when the line is not a list item."""
    for pattern, marker in LIST_STYLES:
        match = pattern.match(line)
        if match:
            return ListItem(marker, int(match.group(1)), line[match.end() :])
    return None


def heading_levels(lines: list[str], max_chars: int) -> dict[int, int]:
    """Index of every heading line → its level (1 = outermost style the document uses)."""
    styles = {i: heading_style(line, max_chars) for i, line in enumerate(lines)}
    styles = {i: s for i, s in styles.items() if s}
    used = {s for s in styles.values()}
    if "arabic_dunhao" in used and not _dunhao_are_headings(lines, styles, used):
        styles = {i: s for i, s in styles.items() if s != "arabic_dunhao"}
        used.discard("arabic_dunhao")
    rank = [name for name, _ in HEADING_STYLES if name in used]
    return {i: rank.index(s) + 1 for i, s in styles.items()}


def _dunhao_are_headings(lines: list[str], styles: dict[int, str | None], used: set[str]) -> bool:
    """``1、`` lines are headings only in a document with no other style, each over some prose."""
    if used != {"arabic_dunhao"}:
        return False
    marked = sorted(i for i, s in styles.items() if s == "arabic_dunhao")
    if len(marked) < 2:
        return False
    followed_by_prose = [
        i + 1 < len(lines) and list_item(lines[i + 1]) is None and i + 1 not in styles
        for i in marked
    ]
    return all(followed_by_prose)


def build_sections(lines: list[str], max_heading_chars: int) -> tuple[list[str], list[Section]]:
    """The lead (paragraphs before the first heading or list) and the sections after it.

    A list met before any heading opens a section with no heading, so no list is flattened.
    """
    levels = heading_levels(lines, max_heading_chars)
    lead: list[str] = []
    sections: list[tuple[str | None, int, list[Block]]] = []
    pending: list[ListItem] = []

    def flush_list() -> None:
        if pending:
            block = Block(
                "list", items=tuple(i.text for i in pending), marker=pending[0].marker,
                start=pending[0].number,
            )
            sections[-1][2].append(block)
            pending.clear()

    for index, line in enumerate(lines):
        if index in levels:
            flush_list()
            sections.append((line, levels[index], []))
            continue
        item = list_item(line)
        if item and pending and (item.marker != pending[-1].marker
                                 or item.number != pending[-1].number + 1):
            flush_list()
        if item:
            if not sections:
                sections.append((None, 1, []))
            pending.append(item)
            continue
        flush_list()
        if sections:
            sections[-1][2].append(Block("paragraph", text=line))
        else:
            lead.append(line)
    flush_list()
    return lead, [Section(h, level, tuple(blocks)) for h, level, blocks in sections]
