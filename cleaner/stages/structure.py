"""structure: recover the article — title, byline, meta line, lead, sections, trailing boilerplate.

Works on the clean Simplified lines the earlier stages leave. Header lines (byline, meta line,
breadcrumb) become fields and title echoes go; trailing boilerplate (``相关文章`` and its links,
``上一篇/下一篇``, ``免责声明``, ``责任编辑`` → ``editor``) goes. Every line taken out of the text
is recorded; every other line is article text and ends up in the lead or a section.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace

from ..article import Change
from ..config import StructureConfig
from ..document import Document, Outline
from . import metadata
from .metadata import Meta
from .outline import build_sections, heading_style, list_item

NAME = "structure"
REASONS = (
    "structure:breadcrumb", "structure:byline", "structure:meta_line", "structure:title_echo",
    "structure:editor", "structure:prev_next", "structure:disclaimer", "structure:trailer",
)
SUMMARY = "title, byline, date/category/views, lead, sections, lists; drops echoes and trailers"

STRIP = " \t\u3000\xa0"
ECHO_MARKS = "？?！! "  # an echo may add a question mark; a sentence ending 。 is no echo
MAX_TRAILER_LINES = 30
MAX_LINK_CHARS = 64  # a longer line under 相关文章 is prose, not a link to another article
NOT_TITLE_ENDINGS = ("。", "；", "，", "：", ";", ",", ":")  # a title may end in ？ or ！, not these


@dataclass
class Header:
    """The title, what the header lines said, and the changes made while reading them."""

    title: str | None = None
    meta: Meta = field(default_factory=Meta)
    changes: list[Change] = field(default_factory=list)


def read_header_line(line: str, header: Header) -> bool:
    """Consume ``line`` into ``header`` if it is a byline, meta line or breadcrumb."""
    crumb = metadata.parse_breadcrumb(line)
    if crumb:
        header.meta = header.meta.filled_from(Meta(category=crumb))
        header.changes.append(Change(NAME, "structure:breadcrumb", line))
        return True
    meta = metadata.parse_meta_line(line) or metadata.parse_byline(line)
    if meta is None:
        return False
    header.meta = header.meta.filled_from(meta)
    reason = "structure:byline" if meta.is_byline and not meta.published_at else "structure:meta_line"
    header.changes.append(Change(NAME, reason, line))
    return True


def is_title_like(line: str, settings: StructureConfig) -> bool:
    return (
        len(line) <= settings.max_title_chars
        and not line.endswith(NOT_TITLE_ENDINGS)
        and heading_style(line, settings.max_heading_chars) is None
        and list_item(line) is None
    )


def is_echo(line: str, title: str) -> bool:
    return line.rstrip(ECHO_MARKS) == title.rstrip(ECHO_MARKS)


def read_header(lines: list[str], settings: StructureConfig) -> tuple[Header, int]:
    """Read title, byline, meta lines and title echoes; return them and where the body starts."""
    header = Header()
    position = 0
    while position < min(len(lines), settings.header_lines):
        if not read_header_line(lines[position], header):
            break
        position += 1
    if position < len(lines) and is_title_like(lines[position], settings):
        header.title = lines[position]
        position += 1
        limit = position + settings.header_lines
        while position < min(len(lines), limit):
            line = lines[position]
            if is_echo(line, header.title):
                header.changes.append(Change(NAME, "structure:title_echo", line))
            elif not read_header_line(line, header):
                break
            position += 1
    return header, position


def cut_trailer(lines: list[str]) -> tuple[int, str | None, list[Change]]:
    """Where trailing boilerplate starts, the editor's name, and a change for each piece."""
    end = len(lines)
    editor = None
    changes: list[Change] = []
    while end > 0:
        line = lines[end - 1]
        name = metadata.parse_editor(line)
        if name:
            editor = editor or name
            changes.append(Change(NAME, "structure:editor", line))
        elif metadata.starts_with_any(line, "prev_next"):
            changes.append(Change(NAME, "structure:prev_next", line))
        elif metadata.starts_with_any(line, "disclaimer"):
            changes.append(Change(NAME, "structure:disclaimer", line))
        else:
            start = _trailer_heading_above(lines, end)
            if start is None:
                break
            changes.append(Change(NAME, "structure:trailer", "\n".join(lines[start:end])))
            end = start
            continue
        end -= 1
    changes.reverse()
    return end, editor, changes


def _trailer_heading_above(lines: list[str], end: int) -> int | None:
    """The index of a ``相关文章`` line above ``end`` with only short link lines between."""
    index = end - 1
    while index >= max(0, end - MAX_TRAILER_LINES):
        if metadata.is_trailer_heading(lines[index]):
            return index
        if len(lines[index]) > MAX_LINK_CHARS or lines[index].endswith("。"):
            return None
        index -= 1
    return None


def outline_article(lines: list[str], settings: StructureConfig) -> tuple[Outline, list[Change]]:
    """The header fields, lead and sections of the article in ``lines``, and what was taken out."""
    lines = [line.strip(STRIP) for line in lines]
    lines = [line for line in lines if line]
    header, body_start = read_header(lines, settings)
    body_end, editor, trailer_changes = cut_trailer(lines[body_start:])
    lead, sections = build_sections(
        lines[body_start : body_start + body_end], settings.max_heading_chars
    )
    fields = {"title": header.title, "editor": editor, **asdict(header.meta)}
    fields["authors"] = (fields["author"],) if fields["author"] else ()
    return Outline(fields, tuple(lead), tuple(sections)), header.changes + trailer_changes


def run(doc: Document, settings: StructureConfig) -> Document:
    outline, changes = outline_article(doc.texts, settings)
    return replace(doc.recorded(changes), outline=outline)
