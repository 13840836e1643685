"""The cleaned article and the record of every change made to reach it.

These are plain data: the pipeline builds them, ``to_dict``/``to_json`` serialise them in the shape
that ``data/article.schema.json`` documents.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

LONE_SURROGATE_RE = re.compile("[\ud800-\udfff]")

SCHEMA_VERSION = "2.1"


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that every ``Article.to_dict()`` satisfies."""
    from importlib import resources

    text = resources.files("cleaner").joinpath("data", "article.schema.json").read_text("utf-8")
    return json.loads(text)


@dataclass(frozen=True, slots=True)
class Change:
    """One thing a stage did to the text.

    ``replacement`` is ``None`` when the text was removed; otherwise ``text`` became ``replacement``.
    ``reason`` is a stable snake_case id such as ``spam:keyword_list`` or ``pinyin:note``.
    """

    stage: str
    reason: str
    text: str
    replacement: str | None = None

    @property
    def is_removal(self) -> bool:
        return self.replacement is None


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph (``text``), a list (``items``, each without its marker) or a table (``rows``).

    A list is ``ordered`` (``marker`` is the numbering style written for item 1, e.g. ``1.``,
    ``（1）``, ``①``) or not (``marker`` is the bullet, e.g. ``•``); ``depth`` is its nesting, 1
    outermost. A table's rows are lists of cells as written, header rows first.
    """

    type: Literal["paragraph", "list", "table"]
    text: str | None = None
    items: tuple[str, ...] = ()
    marker: str | None = None
    start: int = 1  # the number of an ordered list's first item
    ordered: bool = True
    depth: int = 1
    rows: tuple[tuple[str, ...], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        if self.type == "paragraph":
            return {"type": "paragraph", "text": self.text}
        if self.type == "table":
            return {"type": "table", "rows": [list(row) for row in self.rows]}
        return {
            "type": "list", "ordered": self.ordered, "marker": self.marker, "start": self.start,
            "depth": self.depth, "items": list(self.items),
        }


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and the blocks under it. ``level`` 1 is the document's outermost heading style.

    ``heading`` is None only for a section that holds a list or table met before any heading.
    """

    heading: str | None
    level: int = 1
    blocks: tuple[Block, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "heading": self.heading,
            "level": self.level,
            "blocks": [b.to_dict() for b in self.blocks],
        }


@dataclass(frozen=True, slots=True)
class Source:
    """Where the input came from and how it was read.

    ``path`` (a file) or ``id`` (a record); ``url`` and ``fetched_at`` when a crawl record says them
    (``fetched_at`` also serves as the reference date for dates printed without a year);
    ``encoding`` as decoded (None for text input); ``sha256`` of the input bytes.
    """

    path: str | None = None
    id: str | None = None
    url: str | None = None
    fetched_at: str | None = None
    encoding: str | None = None
    sha256: str | None = None

    def __post_init__(self) -> None:
        # A file name in GBK on a UTF-8 system reaches Python with its bytes as lone surrogates, and
        # a JSONL id may hold one: every writer after them would fail on the whole batch.
        for name in ("path", "id", "url", "fetched_at"):
            value = getattr(self, name)
            if value is not None and not value.isascii():
                object.__setattr__(self, name, valid_text(value))


def valid_text(value: str) -> str:
    """``value`` with no lone surrogate: a byte a file name could not decode (U+DC80–U+DCFF, Python's
    surrogateescape) written ``\\xNN`` as the name's bytes were, any other one U+FFFD.

    >>> valid_text("bad\\udcffname.txt")
    'bad\\\\xffname.txt'
    """
    return LONE_SURROGATE_RE.sub(_surrogate_as_text, value)


def _surrogate_as_text(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else "\ufffd"


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article. Absent values are ``None``, never guessed.

    ``author`` is the first of ``authors``. ``removed_share`` is the share of the input's
    non-blank characters that was removed (moved into a field counts as removed from the text).
    """

    title: str | None = None
    author: str | None = None
    authors: tuple[str, ...] = ()
    byline: str | None = None
    published_at: str | None = None
    source_name: str | None = None
    site_name: str | None = None
    category: str | None = None
    views: int | None = None
    editor: str | None = None
    keywords: tuple[str, ...] = ()
    description: str | None = None
    url: str | None = None
    lead: tuple[str, ...] = ()
    sections: tuple[Section, ...] = ()
    removed: tuple[Change, ...] = ()
    warnings: tuple[str, ...] = ()
    language: str | None = None
    script: str | None = None
    removed_share: float = 0.0
    source: Source = field(default_factory=Source)
    cleaner_version: str | None = None
    config_sha256: str | None = None
    schema_version: str = SCHEMA_VERSION
    # The whole clean article as plain text, one block a line (list items one a line). Rendered from
    # the parts when the article is made, and a field, so ``dataclasses.asdict`` keeps it too.
    text: str = field(init=False, default="", repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", render_text(self))

    def to_dict(self, fields: Iterable[str] | None = None) -> dict[str, Any]:
        """The article as the JSON Schema documents it; ``fields`` keeps only those, in that order.

        >>> Article(title="标题", lead=("正文。",)).to_dict(fields=["title", "text"])
        {'title': '标题', 'text': '标题\\n正文。'}
        """
        whole = self._whole_dict()
        if fields is None:
            return whole
        unknown = [name for name in fields if name not in whole]
        if unknown:
            raise ValueError(f"unknown article field(s) {', '.join(unknown)}; fields are {', '.join(whole)}")
        return {name: whole[name] for name in fields}

    def _whole_dict(self) -> dict[str, Any]:
        text = self.text
        return {
            "schema_version": self.schema_version,
            "title": self.title,
            "author": self.author,
            "authors": list(self.authors),
            "byline": self.byline,
            "published_at": self.published_at,
            "source_name": self.source_name,
            "site_name": self.site_name,
            "category": self.category,
            "views": self.views,
            "editor": self.editor,
            "keywords": list(self.keywords),
            "description": self.description,
            "url": self.url,
            "lead": list(self.lead),
            "sections": [s.to_dict() for s in self.sections],
            "text": text,
            "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "removed": [
                {"stage": c.stage, "reason": c.reason, "text": c.text} for c in self.removed
            ],
            "removed_share": self.removed_share,
            "warnings": list(self.warnings),
            "language": self.language,
            "script": self.script,
            "source": asdict(self.source),
            "cleaner_version": self.cleaner_version,
            "config_sha256": self.config_sha256,
        }

    def to_json(self, indent: int | None = 2, fields: Iterable[str] | None = None) -> str:
        """UTF-8 JSON, not ASCII-escaped. (``json.dumps(article)`` cannot know this shape: use this.)"""
        return json.dumps(self.to_dict(fields), ensure_ascii=False, indent=indent)


CIRCLED_DIGITS = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
DINGBAT_DIGITS = "❶❷❸❹❺❻❼❽❾❿"
PAREN_CN_DIGITS = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"


def list_item_prefix(marker: str | None, number: int) -> str:
    """The marker for item ``number`` in a list written in ``marker`` style: ``1.`` → ``3. ``.

    >>> list_item_prefix("1.", 3), list_item_prefix("（1）", 2), list_item_prefix("①", 3)
    ('3. ', '（2）', '③')
    """
    if marker is None:
        return ""
    for digits in (CIRCLED_DIGITS, DINGBAT_DIGITS, PAREN_CN_DIGITS):
        if marker == digits[0]:
            return digits[number - 1] if 0 < number <= len(digits) else f"{number}."
    numbered = marker.replace("1", str(number), 1)
    # "1." and "1)" read as "1. item"; CJK markers such as "1、" and "（1）" take no space.
    return numbered + " " if numbered[-1] in ".)" else numbered


def block_lines(block: Block) -> list[str]:
    if block.type == "paragraph":
        return [block.text or ""]
    if block.type == "table":
        return ["\t".join(row) for row in block.rows]
    if not block.ordered:
        return [f"{block.marker} {item}" if block.marker else item for item in block.items]
    return [
        list_item_prefix(block.marker, n) + item
        for n, item in enumerate(block.items, block.start)
    ]


def render_text(article: Article) -> str:
    lines: list[str] = []
    if article.title:
        lines.append(article.title)
    lines.extend(article.lead)
    for section in article.sections:
        if section.heading:
            lines.append(section.heading)
        for block in section.blocks:
            lines.extend(block_lines(block))
    return "\n".join(lines)


def render_markdown(article: Article) -> str:
    out: list[str] = []
    if article.title:
        out += [f"# {article.title}", ""]
    meta = [
        f"{label}: {value}"
        for label, value in (
            ("作者", "、".join(article.authors) or None),
            ("来源", article.source_name),
            ("发布时间", article.published_at),
            ("分类", article.category),
            ("浏览", article.views),
            ("责任编辑", article.editor),
        )
        if value is not None
    ]
    if meta:
        out += [" · ".join(meta), ""]
    for paragraph in article.lead:
        out += [paragraph, ""]
    for section in article.sections:
        if section.heading:
            out += ["#" * min(section.level + 1, 6) + " " + section.heading, ""]
        for block in section.blocks:
            if block.type == "paragraph":
                out += [block.text or "", ""]
            elif block.type == "table":
                out += [*markdown_table(block.rows), ""]
            else:
                indent = "  " * (block.depth - 1)
                if block.ordered:
                    numbered = enumerate(block.items, block.start)
                    out += [f"{indent}{n}. {item}" for n, item in numbered] + [""]
                else:
                    out += [f"{indent}- {item}" for item in block.items] + [""]
    return "\n".join(out).rstrip() + "\n"


def markdown_table(rows: tuple[tuple[str, ...], ...]) -> list[str]:
    """A GitHub-style table; the first row is the header, short rows are padded."""
    if not rows:
        return []
    width = max(len(row) for row in rows)
    cells = [[cell.replace("|", "\\|") for cell in row] + [""] * (width - len(row)) for row in rows]
    lines = ["| " + " | ".join(cells[0]) + " |", "|" + " --- |" * width]
    lines += ["| " + " | ".join(row) + " |" for row in cells[1:]]
    return lines
