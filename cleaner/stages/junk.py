"""junk: leftover HTML in text input — tag soup, inline tags, stray entities, empty bullets.

A line is only treated as markup when it holds a tag of a real HTML element (``lxml``'s list), so
``市盈率<10倍`` and ``A<B股`` are text. Such lines are parsed with BeautifulSoup (lxml parser), never
taken apart with regular expressions: a line whose text is empty once parsed is tag soup and goes;
otherwise only its tags go. A whole HTML page is reduced to its visible text, block by block.
"""

from __future__ import annotations

import html
import re

from bs4 import BeautifulSoup, Comment, NavigableString, PageElement, Tag
from lxml.html import defs

from ..article import Change
from ..config import JunkConfig
from ..document import Document, Line, lines_of

NAME = "junk"
REASONS = (
    "junk:html_comment", "junk:html_element", "junk:tag_soup", "junk:inline_tag", "junk:entity",
    "junk:empty_bullet",
)
SUMMARY = "leftover HTML: tag-soup lines, inline tags, stray entities, empty bullets; pages to text"

# An opening or closing tag; attributes must have values, so "<B and C>" in prose is not a tag.
TAG_RE = re.compile(
    r"<(/?)([A-Za-z][A-Za-z0-9]{0,15})"
    r"((?:\s+[^\s<>=\"']+\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s<>\"']+))*)\s*/?>"
)
KNOWN_TAGS = frozenset(defs.tags)
ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
BULLETS = "•●○■□◆◇▪▫◦‣∙·"
BULLETS_AND_BLANKS = BULLETS + " \t\u3000\xa0"
MAX_RECORDED_CHARS = 200  # a dropped <head> or <script> is recorded this far, then cut
PAGE_START_RE = re.compile(r"(?:<!doctype\s+html|<html[\s>]|<head[\s>])", re.IGNORECASE)
DROPPED_ELEMENTS = frozenset(("script", "style", "noscript", "template", "iframe", "svg", "head"))
BLOCK_ELEMENTS = frozenset((
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
    "pre", "section", "table", "td", "th", "tr", "ul",
))  # fmt: skip


def markup_tags(line: str) -> list[str]:
    """The tags of real HTML elements (and comments) in ``line``, in order.

    >>> markup_tags('<address id="p94fg"><var id="p94fg"></var></address>')
    ['<address id="p94fg">', '<var id="p94fg">', '</var>', '</address>']
    >>> markup_tags("市盈率<10倍, A<B and C>D")
    []
    """
    found = [(m.start(), m.group(0)) for m in TAG_RE.finditer(line) if m.group(2).lower() in KNOWN_TAGS]
    return [tag for _, tag in sorted(found + html_comments(line))]


def html_comments(line: str) -> list[tuple[int, str]]:
    """``<!-- … -->`` comments with their offsets. Found with ``str.find`` rather than a lazy
    regex, which would rescan to the end of the line from every unclosed ``<!--``."""
    comments: list[tuple[int, str]] = []
    start = line.find("<!--")
    while start != -1:
        end = line.find("-->", start + 4)
        if end == -1:
            break
        comments.append((start, line[start : end + 3]))
        start = line.find("<!--", end + 3)
    return comments


def visible_text(fragment: str) -> str:
    """The text a browser would show for an HTML fragment (entities decoded)."""
    return BeautifulSoup(fragment, "lxml").get_text()


def is_empty_bullet(line: str) -> bool:
    """A line of bullets with nothing after them: ``•``."""
    return bool(line.strip()) and not line.strip(BULLETS_AND_BLANKS)


def is_html_page(text: str) -> bool:
    """Whether ``text`` is a whole HTML page: a doctype, <html> or <head> first, after any XML
    declaration and comments (saved pages often start with ``<!-- saved from url=… -->``).

    >>> is_html_page('<!--http://example.com/a.htm-->\\n<!DOCTYPE HTML>\\n<html>')
    True
    >>> is_html_page("正文<b>加粗</b>")
    False
    """
    position = 0
    while True:
        while position < len(text) and text[position].isspace():
            position += 1
        if text.startswith("<!--", position):
            end = text.find("-->", position + 4)
        elif text.startswith("<?xml", position):
            end = text.find("?>", position + 5)
        else:
            return PAGE_START_RE.match(text, position) is not None
        if end == -1:
            return False
        position = end + 3 if text[end] == "-" else end + 2


def page_to_text(markup: str, changes: list[Change] | None = None) -> str:
    """A whole HTML page as plain text, one block element a line, its <h1> (else <title>) first.

    Dropped elements (scripts, styles, the head …) and comments are recorded in ``changes``. The
    tree is walked with an explicit stack, never recursively and without editing it, so the cost
    stays linear in the page's size however deep its nesting or many its siblings.
    """
    soup = BeautifulSoup(markup, "lxml")
    heading = soup.find("h1")
    first_line = (heading or soup.title or soup.new_tag("x")).get_text(" ", strip=True)
    pieces: list[str] = [first_line, "\n"]
    stack: list[tuple[PageElement, bool]] = [(soup, False)]
    while stack:
        node, leaving = stack.pop()
        if leaving:
            pieces.append("\n")
        elif isinstance(node, Comment):
            _record(changes, "junk:html_comment", f"<!--{node}-->")
        elif type(node) is NavigableString:
            pieces.append(str(node))
        elif isinstance(node, Tag) and node is not heading:
            if node.name in DROPPED_ELEMENTS:
                _record(changes, "junk:html_element", str(node))
                continue
            if node.name in BLOCK_ELEMENTS:
                pieces.append("\n")
                stack.append((node, True))
            stack.extend((child, False) for child in reversed(node.contents))
    lines = (" ".join(line.split()) for line in "".join(pieces).split("\n"))
    return "\n".join(line for line in lines if line)


def _record(changes: list[Change] | None, reason: str, markup: str) -> None:
    if changes is not None:
        changes.append(Change(NAME, reason, _shortened(markup)))


def run(doc: Document, settings: JunkConfig) -> Document:
    changes: list[Change] = []
    if is_html_page(doc.text):
        doc = doc.with_lines(lines_of(page_to_text(doc.text, changes)))
    kept: list[Line] = []
    for original in doc.lines:
        line = original.text
        tags = markup_tags(line) if "<" in line else []
        if tags:
            shown = visible_text(line)
            if not shown.strip(BULLETS_AND_BLANKS):
                changes.append(Change(NAME, "junk:tag_soup", line.strip()))
                continue
            changes.append(Change(NAME, "junk:inline_tag", "".join(tags)))
            line = shown  # entities were decoded by the parser too
        elif settings.unescape_entities and "&" in line:
            line = _unescape_entities(line, changes if doc.record_replacements else None)
        if is_empty_bullet(line):
            changes.append(Change(NAME, "junk:empty_bullet", line.strip()))
            continue
        line = line.replace("\xa0", " ")
        kept.append(original if line == original.text else Line(line, original.hint))
    return doc.with_lines(kept, changes)


def _shortened(text: str) -> str:
    return text if len(text) <= MAX_RECORDED_CHARS else text[: MAX_RECORDED_CHARS - 1] + "…"


def _unescape_entities(line: str, changes: list[Change] | None) -> str:
    def unescape(match: re.Match[str]) -> str:
        entity = match.group(0)
        char = html.unescape(entity)
        if char != entity and changes is not None:
            changes.append(Change(NAME, "junk:entity", entity, char))
        return char

    return ENTITY_RE.sub(unescape, line)
