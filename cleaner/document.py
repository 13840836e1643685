"""The document that flows through the stages: lines with hints, header evidence, changes.

A stage takes a ``Document`` and returns a new one; nothing is mutated, so a stage can be tested on
its own and the pipeline can keep every intermediate state for ``explain``.

* **Lines with hints.** Text input starts as one ``Line`` per line. A page extractor emits the page's
  blocks as lines too, each with the ``Hint`` the page gave (a heading level, a list item, a table
  row). Text stages edit a line's text or drop the line; they never invent hints.
* **Header evidence.** ``Candidate`` values for the article's fields (title, authors, published_at …),
  each with where it came from (``og``, ``meta-line``, ``breadcrumb`` …). Any stage may add them;
  ``structure`` decides.
* **Changes.** Every removal, and (when the caller asked for them) every replacement, as a ``Change``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from .article import Change, Section, Source

HintKind = Literal["heading", "item", "row", "caption", "quote"]
# The line breaks ftfy's fix_line_breaks knows, so a page's \r\n, \r, U+2028 … make lines as \n does.
LINE_BREAK_RE = re.compile(r"\r\n|[\n\r\x85\u2028\u2029]")


@dataclass(frozen=True, slots=True)
class Hint:
    """What the page itself says a line is; never guessed by a text stage.

    ``heading``: ``level`` 1–6. ``item``: a list item, ``ordered`` or not, ``level`` its nesting
    depth (1 outermost). ``row``: a table row whose cells are the line's text split at tabs;
    ``header`` marks a header row. ``caption`` and ``quote`` as in HTML.
    """

    kind: HintKind
    level: int = 1
    ordered: bool = False
    header: bool = False


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    hint: Hint | None = None


@dataclass(frozen=True, slots=True)
class Candidate:
    """One piece of evidence for a header field: ``value`` for ``field``, found at ``origin``.

    ``origin`` is a stable id: ``json-ld``, ``og``, ``meta``, ``time``, ``time-local`` (the clock a
    ``<time>`` prints beside a UTC stamp), ``h1``, ``title-tag``, ``meta-line``, ``byline``,
    ``breadcrumb``, ``script`` (a page script's own data), ``page-caption`` (a document site's
    ``…_第2页``), ``title-label`` (``标题：``, ``主旨：`` before a line), ``stamp`` (``date 2025-12-18``
    glued to a text's first line); ``line`` is the text line it was read from, if any.
    """

    field: str
    value: str
    origin: str
    line: str | None = None


@dataclass(frozen=True, slots=True)
class Outline:
    """What ``structure`` decided: the header fields, the lead and the sections."""

    fields: dict[str, Any]
    lead: tuple[str, ...] = ()
    sections: tuple[Section, ...] = ()


@dataclass(frozen=True, slots=True)
class Document:
    """``raw`` is the input as given; ``lines`` are set by the decode stage and refined by the others.

    ``record_replacements``: whether stages record what they replace (``clean_and_explain`` asks for
    it); removals are always recorded, since the article's ``removed`` lists them.
    """

    raw: str | bytes
    source: Source = field(default_factory=Source)
    lines: tuple[Line, ...] = ()
    evidence: tuple[Candidate, ...] = ()
    changes: tuple[Change, ...] = ()
    warnings: tuple[str, ...] = ()
    outline: Outline | None = None
    record_replacements: bool = True
    input_chars: int = 0  # non-blank characters of the decoded input, for removed_share

    @classmethod
    def from_text(cls, text: str, **kwargs: Any) -> Document:
        """A document whose lines are ``text``'s lines (any line break), without hints."""
        return cls(raw=kwargs.pop("raw", text), lines=lines_of(text), **kwargs)

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    @property
    def texts(self) -> list[str]:
        return [line.text for line in self.lines]

    def with_texts(self, texts: Iterable[str], changes: Iterable[Change] = ()) -> Document:
        """The same lines (and hints) with new texts, one for each line."""
        texts = list(texts)
        if len(texts) != len(self.lines):
            raise ValueError(f"{len(texts)} texts for {len(self.lines)} lines")
        lines = tuple(
            old if old.text == new else Line(new, old.hint)
            for old, new in zip(self.lines, texts, strict=True)
        )
        return replace(self, lines=lines, changes=self.changes + tuple(changes))

    def with_text(self, text: str, changes: Iterable[Change] = ()) -> Document:
        """New text for the same lines: for stages that edit within lines, never across them.

        A document with no lines left (a page of nothing but tag soup) has the text ``""``, which
        is no line at all, not one empty line.
        """
        return self.with_texts(text.split("\n") if self.lines else [text] if text else [], changes)

    def keeping(self, keep: Callable[[int], bool], changes: Iterable[Change] = ()) -> Document:
        """Only the lines whose index ``keep`` accepts."""
        lines = tuple(line for i, line in enumerate(self.lines) if keep(i))
        return replace(self, lines=lines, changes=self.changes + tuple(changes))

    def with_lines(self, lines: Iterable[Line], changes: Iterable[Change] = ()) -> Document:
        """Wholly new lines (a page turned into its blocks)."""
        return replace(self, lines=tuple(lines), changes=self.changes + tuple(changes))

    def with_evidence(self, candidates: Iterable[Candidate]) -> Document:
        return replace(self, evidence=self.evidence + tuple(candidates))

    def map_evidence(self, fix: Callable[[str], str]) -> Document:
        """Evidence values repaired as the lines were (a Traditional ``og:title`` converted too)."""
        if not self.evidence:
            return self
        return replace(self, evidence=tuple(replace(c, value=fix(c.value)) for c in self.evidence))

    def warned(self, *warnings: str) -> Document:
        new = tuple(w for w in warnings if w not in self.warnings)
        return replace(self, warnings=self.warnings + new) if new else self

    def recorded(self, changes: Iterable[Change]) -> Document:
        return replace(self, changes=self.changes + tuple(changes))


def lines_of(text: str) -> tuple[Line, ...]:
    """``text`` split at every kind of line break, as hint-less lines."""
    return tuple(Line(part) for part in LINE_BREAK_RE.split(text))


__all__ = ["Candidate", "Document", "Hint", "Line", "Outline", "lines_of"]
