"""The ordered list of stages, and the functions that run them.

    decode → unicode → junk → spam → pinyin → convert → punctuation → structure

Order matters: pinyin notes are checked against the Traditional character they follow, so they go
before conversion; punctuation is restored after conversion; structure reads the clean result.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .article import Article, Change, Source
from .config import Config
from .document import Document
from .errors import CleanerError, InputError
from .stages import convert, decode, junk, pinyin, punctuation, spam, structure, unicode


@dataclass(frozen=True)
class Stage:
    name: str
    summary: str
    run: Callable[[Document, Config], Document]


STAGES: tuple[Stage, ...] = tuple(
    Stage(module.NAME, module.SUMMARY, module.run)
    for module in (decode, unicode, junk, spam, pinyin, convert, punctuation, structure)
)
STAGE_NAMES = tuple(stage.name for stage in STAGES)
REQUIRED_STAGES = ("decode", "structure")


def run_stages(doc: Document, config: Config) -> Document:
    for stage in STAGES:
        if stage.name not in config.skip:
            doc = stage.run(doc, config)
    return doc


def _document(raw: str | bytes, source: Source | None) -> Document:
    if not isinstance(raw, str | bytes):
        raise TypeError(
            f"clean() takes the page as str or bytes, not {type(raw).__name__}; "
            "read a file with Path(...).read_bytes()"
        )
    return Document(raw=raw, source=source or Source())


def clean_and_explain(
    raw: str | bytes, config: Config | None = None, *, source: Source | None = None
) -> tuple[Article, list[Change]]:
    """Clean one page and return the article with every change made, in stage order.

    Raises ``InputError`` when the input cannot be cleaned (empty, binary, undecodable).
    """
    doc = _document(raw, source)
    try:
        doc = run_stages(doc, config or Config())
    except InputError as exc:
        raise exc.for_source(doc.source.path or doc.source.id) from None
    assert doc.article is not None  # structure is a required stage
    return doc.article, list(doc.changes)


def clean(raw: str | bytes, config: Config | None = None, *, source: Source | None = None) -> Article:
    """Clean one scraped page (``str``, or ``bytes`` in any encoding we can detect).

    >>> clean("網(wǎng)貸逾期\\n\\n隨著互聯(lián)網(wǎng)發(fā)展,網(wǎng)貸增加。").text
    '网贷逾期\\n随着互联网发展，网贷增加。'
    """
    return clean_and_explain(raw, config, source=source)[0]


@dataclass(frozen=True)
class Failure:
    """An input that could not be cleaned, and why; batch functions yield these instead of raising."""

    source: Source
    error: str


def clean_path(path: Path, config: Config) -> Article:
    """Clean one file; the article's ``source.path`` is the path as given."""
    return clean(path.read_bytes(), config, source=Source(path=str(path)))


def clean_path_or_failure(path: Path, config: Config) -> Article | Failure:
    """Clean one file; a file that cannot be read or cleaned gives a Failure saying why."""
    try:
        return clean_path(path, config)
    except CleanerError as exc:
        return Failure(Source(path=str(path)), str(exc))
    except OSError as exc:
        return Failure(Source(path=str(path)), f"{path}: cannot read: {exc.strerror or exc}")


def clean_files(paths: Iterable[Path], config: Config | None = None) -> Iterator[Article | Failure]:
    """Clean many files, one result each, in order; a bad file yields a Failure, never stops it."""
    config = config or Config()
    for path in paths:
        yield clean_path_or_failure(path, config)
