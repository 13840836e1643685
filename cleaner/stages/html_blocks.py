"""The article's elements as lines, each with the hint the page gives it.

``h1``–``h6`` → ``Hint("heading", level)``; ``li`` → ``Hint("item", level=nesting depth,
ordered=<ol>)``; a data table's rows → ``Hint("row", header=…)`` with cells joined by a tab (a cell
spanning columns or rows is repeated in each); ``figcaption``/``caption`` → ``Hint("caption")``;
``blockquote`` → ``Hint("quote")``; ``p``, ``div`` and ``br`` end plain paragraphs. A table that lays
out the page (cells holding paragraphs or other tables, long cells) is walked as containers.

The walk uses an explicit stack of (element, leaving) pairs: no recursion, linear in the page.
"""

from __future__ import annotations

from collections.abc import Container

from lxml import etree

from ..document import Hint, Line
from .html_tree import BLOCK_TAGS, text_of

HEADINGS = {f"h{n}": n for n in range(1, 7)}
MAX_CELL_CHARS = 120
MAX_SPAN = 50  # colspan/rowspan beyond this is a broken page, not a table
LAYOUT_INSIDE_CELL = frozenset(("table", "p", "div", "ul", "ol", "h1", "h2", "h3", "blockquote"))


def is_data_table(table: etree._Element) -> bool:
    """Rows of short cells, no blocks inside them: a table of data, not of layout."""
    rows = [tr for tr in table.iter("tr") if _own_table(tr, table)]
    if len(rows) < 2 or max((len(_cells(tr)) for tr in rows), default=0) < 2:
        return False
    for tr in rows:
        for cell in _cells(tr):
            if any(isinstance(d.tag, str) and d.tag in LAYOUT_INSIDE_CELL for d in cell.iterdescendants()):
                return False
            if len(text_of(cell)) > MAX_CELL_CHARS:
                return False
    return True


def _own_table(tr: etree._Element, table: etree._Element) -> bool:
    node = tr.getparent()
    while node is not None and node.tag != "table":
        node = node.getparent()
    return node is table


def _cells(tr: etree._Element) -> list[etree._Element]:
    return [cell for cell in tr if cell.tag in ("td", "th")]


def _span(cell: etree._Element, name: str) -> int:
    try:
        return max(1, min(int((cell.get(name) or "1").strip() or 1), MAX_SPAN))
    except ValueError:
        return 1


def table_rows(table: etree._Element) -> list[Line]:
    """One ``row`` line per row, merged cells spread: a cell with colspan=2 is written twice, one
    with rowspan=2 again in the row below."""
    lines: list[Line] = []
    pending: dict[int, tuple[str, int]] = {}  # column → (text, rows still to fill)
    for tr in (tr for tr in table.iter("tr") if _own_table(tr, table)):
        row: list[str] = []
        column = 0
        cells = _cells(tr)
        header = bool(cells) and (all(c.tag == "th" for c in cells) or tr.getparent().tag == "thead")
        for cell in cells:
            while column in pending:
                column = _fill(row, pending, column)
            text = text_of(cell)
            for _ in range(_span(cell, "colspan")):
                row.append(text)
                rows_left = _span(cell, "rowspan") - 1
                if rows_left:
                    pending[column] = (text, rows_left)
                column += 1
        while column in pending:
            column = _fill(row, pending, column)
        if any(cell for cell in row):
            lines.append(Line("\t".join(row), Hint("row", header=header)))
    return lines


def _fill(row: list[str], pending: dict[int, tuple[str, int]], column: int) -> int:
    text, rows_left = pending.pop(column)
    row.append(text)
    if rows_left > 1:
        pending[column] = (text, rows_left - 1)
    return column + 1


class _Writer:
    """Collects inline text into lines; a block boundary ends the current line."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.parts: list[str] = []
        self.hints: list[Hint | None] = [None]

    def text(self, text: str | None) -> None:
        if text:
            self.parts.append(text)

    def end_line(self) -> None:
        text = " ".join("".join(self.parts).split())
        self.parts = []
        if text:
            self.lines.append(Line(text, self.hints[-1]))


HINTED = frozenset(("li", "figcaption", "caption", "blockquote", *HEADINGS))


def block_lines(containers: list[etree._Element], skip: Container[etree._Element]) -> list[Line]:
    """The lines of ``containers`` (in order), leaving out the elements in ``skip``."""
    out = _Writer()
    list_stack: list[bool] = []  # ordered? for each open <ul>/<ol>
    stack: list[tuple[etree._Element, bool]] = [(el, False) for el in reversed(containers)]
    roots = set(containers)
    while stack:
        el, leaving = stack.pop()
        tag = el.tag
        if leaving:
            if tag in BLOCK_TAGS:
                out.end_line()
                if tag in ("ul", "ol"):
                    list_stack.pop()
                elif tag in HINTED:
                    out.hints.pop()
            if el not in roots:
                out.text(el.tail)
            continue
        if el in skip or tag == "br" or (tag == "table" and is_data_table(el)):
            out.end_line()
            if tag == "table" and el not in skip:
                out.lines.extend(table_rows(el))
            if el not in roots:
                out.text(el.tail)
            continue
        if tag in BLOCK_TAGS:
            out.end_line()
            if tag in ("ul", "ol"):
                list_stack.append(tag == "ol")
            elif tag in HINTED:
                out.hints.append(_hint(tag, list_stack) or out.hints[-1])
        out.text(el.text)
        stack.append((el, True))
        stack.extend((child, False) for child in reversed(el) if isinstance(child.tag, str))
    out.end_line()
    return out.lines


def _hint(tag: str, list_stack: list[bool]) -> Hint | None:
    if tag in HEADINGS:
        return Hint("heading", level=HEADINGS[tag])
    if tag == "li":
        return Hint("item", level=max(1, len(list_stack)), ordered=bool(list_stack and list_stack[-1]))
    if tag in ("figcaption", "caption"):
        return Hint("caption")
    if tag == "blockquote":
        return Hint("quote")
    return None
