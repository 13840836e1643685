"""Headings, lists and tables in an article body, and grouping lines into sections and blocks.

Heading styles, outermost first: ``第一章`` → ``第一条`` → ``一、`` → ``『壹』`` → ``（一）``/``㈠`` →
``1、`` → ``1.`` → ``1.1`` → ``①``/``❶``. The first five are headings whenever a line is short and
reads as a title. The numbered styles after them are ambiguous: a numbered line followed by
paragraphs is a heading, while a run of numbered lines is a list. A style's level is its rank among
the styles the document uses; heading levels a page gave (``<h2>``) come first. Bullets (``•`` ``●``
``■`` ``◆`` ``▪`` ``-`` ``*``) make unordered lists; table rows a page gave make table blocks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..article import CIRCLED_DIGITS, DINGBAT_DIGITS, PAREN_CN_DIGITS, Block, Section
from ..document import Line

CN_NUMERALS = "零〇一二三四五六七八九十百两"
DAXIE = "壹贰叁肆伍陆柒捌玖拾貳參陸"
HEADING_STYLES = (
    ("chapter", re.compile(rf"^第[{CN_NUMERALS}\d]{{1,4}}[章节篇部编卷節編][\s、：:]*\S")),
    ("article", re.compile(rf"^第[{CN_NUMERALS}\d]{{1,4}}[条條][\s、：:]*\S")),  # 第一条 总则
    ("cn_number", re.compile(rf"^[{CN_NUMERALS}]{{1,3}}[、．]\s*\S")),
    ("daxie", re.compile(rf"^(?:[『【\[][{DAXIE}]{{1,3}}[』】\]]|[{DAXIE}]{{1,3}}、)\s*\S")),
    ("cn_paren", re.compile(rf"^(?:[（(][{CN_NUMERALS}]{{1,3}}[）)]|[{PAREN_CN_DIGITS}])\s*\S")),
    ("arabic_dunhao", re.compile(r"^\d{1,2}、\s*\S")),
    ("arabic_dot", re.compile(r"^\d{1,2}[.．](?!\d)\s*\S")),
    ("decimal", re.compile(r"^\d{1,2}\.\d{1,2}(?:\.\d{1,2})*\s+\S")),  # 1.1 波动性的量化指标
    ("circled", re.compile(rf"^[{CIRCLED_DIGITS}{DINGBAT_DIGITS}]\s*\S")),
)
AMBIGUOUS_STYLES = frozenset(("arabic_dunhao", "arabic_dot", "decimal", "circled"))
# Each ordered list style: the marker pattern and the style written with the number 1.
# Full-width and ASCII forms are separate styles, so a list is written back as it came.
LIST_STYLES = (
    (re.compile(r"^(\d{1,2})\.(?!\d)\s*(?=\S)"), "1."),
    (re.compile(r"^(\d{1,2})．\s*(?=\S)"), "1．"),
    (re.compile(r"^(\d{1,2})、\s*(?=\S)"), "1、"),
    (re.compile(r"^（(\d{1,2})）\s*(?=\S)"), "（1）"),
    (re.compile(r"^\((\d{1,2})\)\s*(?=\S)"), "(1)"),
    (re.compile(r"^(\d{1,2})\)\s*(?=\S)"), "1)"),
    (re.compile(r"^(\d{1,2})）\s*(?=\S)"), "1）"),
    (re.compile(f"^([{CIRCLED_DIGITS}])\\s*(?=\\S)"), CIRCLED_DIGITS[0]),
    (re.compile(f"^([{DINGBAT_DIGITS}])\\s*(?=\\S)"), DINGBAT_DIGITS[0]),
)
BULLETS = "•●■◆▪◦▶►-*"  # the first characters a BULLET_RE match may have
BULLET_RE = re.compile(r"^(?P<bullet>[•●■◆▪◦▶►]|[-*](?= ))\s*(?=\S)")
TERMINAL_MARKS = tuple("。；，：！？.;,:!?")


@dataclass(frozen=True, slots=True)
class ListItem:
    marker: str | None  # the style, e.g. "1." or "•"; None for an item a page marked without one
    number: int
    text: str
    ordered: bool = True
    depth: int = 1


def heading_style(line: str, max_chars: int) -> str | None:
    """The heading style of ``line``, or None: too long or ending like a sentence is no heading."""
    if len(line) > max_chars or line.endswith(TERMINAL_MARKS):
        return None
    for name, pattern in HEADING_STYLES:
        if pattern.match(line):
            return name
    return None


SECTION_STYLES = frozenset(("cn_number", "cn_paren"))  # 一、 and （一）: a section's number, never a headline's


def numbered_section(line: str) -> bool:
    """``一、国内地产债务危机缘何爆发？``: a line opening with a section's number, whatever its length or end."""
    return any(pattern.match(line) for name, pattern in HEADING_STYLES if name in SECTION_STYLES)


def _number(marker_text: str) -> int:
    for digits in (CIRCLED_DIGITS, DINGBAT_DIGITS):
        if marker_text in digits:
            return digits.index(marker_text) + 1
    return int(marker_text)


def list_item(line: str) -> ListItem | None:
    """``1. 电话：…`` → ListItem("1.", 1, "电话：…"); ``• 基金`` → an unordered item; else None."""
    for pattern, marker in LIST_STYLES:
        match = pattern.match(line)
        if match:
            return ListItem(marker, _number(match.group(1)), line[match.end() :])
    bullet = BULLET_RE.match(line)
    if bullet:
        return ListItem(bullet["bullet"], 1, line[bullet.end() :], ordered=False)
    return None


def hinted_item(line: Line) -> ListItem:
    """A list item the page marked: its own marker, if the text has one, else none."""
    assert line.hint is not None
    found = list_item(line.text)
    if found and found.ordered == line.hint.ordered:
        return ListItem(found.marker, found.number, found.text, found.ordered, line.hint.level)
    return ListItem(None, 1, line.text, line.hint.ordered, line.hint.level)


def heading_levels(lines: list[Line], max_chars: int) -> dict[int, int]:
    """Index of every heading line → its level (1 = the outermost style the document uses)."""
    texts = [line.text for line in lines]
    styles: dict[int, str] = {}
    for i, line in enumerate(lines):
        if line.hint is not None:
            if line.hint.kind == "heading":
                styles[i] = f"h{line.hint.level}"
            continue
        style = heading_style(line.text, max_chars)
        if style and (style not in AMBIGUOUS_STYLES or _heads_paragraphs(texts, i, style, max_chars)):
            styles[i] = style
    order = [f"h{n}" for n in range(1, 7)] + [name for name, _ in HEADING_STYLES]
    rank = [name for name in order if name in set(styles.values())]
    return {i: rank.index(s) + 1 for i, s in styles.items()}


def _heads_paragraphs(texts: list[str], i: int, style: str, max_chars: int) -> bool:
    """An ambiguous numbered line is a heading when it stands alone over a paragraph, not in a run."""
    def same(j: int) -> bool:
        return 0 <= j < len(texts) and heading_style(texts[j], max_chars) == style
    if same(i - 1) or same(i + 1) or i + 1 >= len(texts):
        return False
    following = texts[i + 1]
    return list_item(following) is None and heading_style(following, max_chars) is None


def build_sections(lines: list[Line], max_heading_chars: int) -> tuple[list[str], list[Section]]:
    """The lead (paragraphs before the first heading, list or table) and the sections after it.

    A list or table met before any heading opens a section with no heading, so none is flattened.
    """
    levels = heading_levels(lines, max_heading_chars)
    lead: list[str] = []
    sections: list[tuple[str | None, int, list[Block]]] = []
    pending: list[ListItem] = []
    rows: list[tuple[str, ...]] = []

    def block_section() -> list[Block]:
        if not sections:
            sections.append((None, 1, []))
        return sections[-1][2]

    def flush() -> None:
        if pending:
            first = pending[0]
            block_section().append(Block(
                "list", items=tuple(i.text for i in pending), marker=first.marker, start=first.number,
                ordered=first.ordered, depth=first.depth,
            ))
            pending.clear()
        if rows:
            block_section().append(Block("table", rows=tuple(rows)))
            rows.clear()

    for index, line in enumerate(lines):
        kind = line.hint.kind if line.hint is not None else None
        if index in levels:
            flush()
            sections.append((line.text, levels[index], []))
            continue
        if kind == "row":
            if pending:
                flush()
            rows.append(tuple(cell.strip() for cell in line.text.split("\t")))
            continue
        item = hinted_item(line) if kind == "item" else (list_item(line.text) if kind is None else None)
        if item and (rows or (pending and not _continues(pending[-1], item))):
            flush()
        if item:
            pending.append(item)
            continue
        flush()
        if sections:
            sections[-1][2].append(Block("paragraph", text=line.text))
        else:
            lead.append(line.text)
    flush()
    return lead, [Section(h, level, tuple(blocks)) for h, level, blocks in sections]


def _continues(previous: ListItem, item: ListItem) -> bool:
    if (item.marker, item.ordered, item.depth) != (previous.marker, previous.ordered, previous.depth):
        return False
    return not item.ordered or item.marker is None or item.number == previous.number + 1
