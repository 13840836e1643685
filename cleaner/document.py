"""The document that flows through the stages.

A stage takes a ``Document`` and returns a new one; nothing is mutated, so a stage can be tested on
its own and the pipeline can keep every intermediate state for ``explain``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from .article import Article, Change, Source


@dataclass(frozen=True, slots=True)
class Document:
    """``raw`` is the input as given; ``text`` is set by the decode stage and refined by the others."""

    raw: str | bytes
    source: Source = field(default_factory=Source)
    text: str = ""
    changes: tuple[Change, ...] = ()
    article: Article | None = None

    def updated(self, text: str, changes: list[Change] | tuple[Change, ...] = ()) -> Document:
        """This document with new text and the changes that produced it appended."""
        return replace(self, text=text, changes=self.changes + tuple(changes))
