"""The cleaned article and the record of every change made to reach it.

These are plain data: the pipeline builds them, ``to_dict``/``to_json`` serialise them in the shape
that ``data/article.schema.json`` documents.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

SCHEMA_VERSION = "1.0"


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
    """A paragraph (``text``) or an ordered list (``items``, each without its marker)."""

    type: Literal["paragraph", "list"]
    text: str | None = None
    items: tuple[str, ...] = ()
    marker: str | None = None  # list marker style, e.g. "1." "1、" "（1）"; None for paragraphs
    start: int = 1  # the number of a list's first item

    def to_dict(self) -> dict[str, Any]:
        if self.type == "paragraph":
            return {"type": "paragraph", "text": self.text}
        return {"type": "list", "marker": self.marker, "start": self.start, "items": list(self.items)}


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and the blocks under it. ``level`` 1 is the document's outermost heading style.

    ``heading`` is None only for a section that holds a list met before any heading.
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
    """Where the input came from: a file ``path`` or a record ``id``, and how it was decoded."""

    path: str | None = None
    id: str | None = None
    encoding: str | None = None
    sha256: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article. Absent values are ``None``, never guessed."""

    title: str | None = None
    author: str | None = None
    byline: str | None = None
    published_at: str | None = None
    category: str | None = None
    views: int | None = None
    editor: str | None = None
    lead: tuple[str, ...] = ()
    sections: tuple[Section, ...] = ()
    removed: tuple[Change, ...] = ()
    source: Source = field(default_factory=Source)
    schema_version: str = SCHEMA_VERSION

    @property
    def text(self) -> str:
        """The whole clean article as plain text, one block a line (list items one a line)."""
        return render_text(self)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": self.schema_version,
            "title": self.title,
            "author": self.author,
            "byline": self.byline,
            "published_at": self.published_at,
            "category": self.category,
            "views": self.views,
            "editor": self.editor,
            "lead": list(self.lead),
            "sections": [s.to_dict() for s in self.sections],
            "text": self.text,
            "removed": [
                {"stage": c.stage, "reason": c.reason, "text": c.text} for c in self.removed
            ],
            "source": asdict(self.source),
        }

    def to_json(self, indent: int | None = 2) -> str:
        """UTF-8 JSON, not ASCII-escaped."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


def list_item_prefix(marker: str | None, number: int) -> str:
    """The marker for item ``number`` in a list written in ``marker`` style: ``1.`` → ``3. ``."""
    if marker is None:
        return ""
    numbered = marker.replace("1", str(number), 1)
    # "1." and "1)" read as "1. item"; CJK markers such as "1、" and "（1）" take no space.
    return numbered + " " if numbered[-1] in ".)" else numbered


def block_lines(block: Block) -> list[str]:
    if block.type == "paragraph":
        return [block.text or ""]
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
            ("作者", article.author),
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
            else:
                numbered = enumerate(block.items, block.start)
                out += [f"{n}. {item}" for n, item in numbered] + [""]
    return "\n".join(out).rstrip() + "\n"
