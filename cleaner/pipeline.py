"""The ordered list of stages, and the functions that run them.

    decode → extract → unicode → junk → spam → pinyin → convert → punctuation → boilerplate → structure

Order matters: pinyin notes are checked against the Traditional character they follow, so they go
before conversion; punctuation is restored after conversion; structure reads the clean result.
Each stage receives only its own section of the ``Config``; the ``Article`` is assembled here, from
what the stages left in the ``Document``, so a stage added later still lands in ``removed``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ._version import __version__
from .article import Article, Change, Source
from .config import Config
from .document import Document
from .errors import ConfigError, InputError
from .inputfile import read_input
from .measures import language_of, removed_share
from .stages import boilerplate, convert, decode, extract, junk, pinyin, punctuation, spam, structure, unicode


@dataclass(frozen=True)
class Stage:
    name: str
    summary: str
    run: Callable[[Document, Any], Document]
    reasons: tuple[str, ...]  # every reason id the stage may record


STAGES: tuple[Stage, ...] = tuple(
    Stage(module.NAME, module.SUMMARY, module.run, module.REASONS)
    for module in (decode, extract, unicode, junk, spam, pinyin, convert, punctuation, boilerplate, structure)
)
STAGE_NAMES = tuple(stage.name for stage in STAGES)
REQUIRED_STAGES = ("decode", "structure")


def check_skip(config: Config) -> Config:
    """``config`` if every stage it skips exists and may be skipped; else a ``ConfigError``."""
    unknown = sorted(config.skip - set(STAGE_NAMES))
    if unknown:
        raise ConfigError(f"unknown stage {', '.join(unknown)} in skip; stages are {', '.join(STAGE_NAMES)}")
    required = sorted(config.skip & set(REQUIRED_STAGES))
    if required:
        raise ConfigError(f"stage {', '.join(required)} cannot be skipped")
    return config


# Stages that only make sense on Chinese text: a page in another language passes through them
# unchanged (Japanese kanji are not Traditional Chinese), with the warning ``not_chinese``.
CHINESE_ONLY_STAGES = ("convert", "punctuation")


def stage_steps(doc: Document, config: Config) -> Iterator[tuple[str, Document]]:
    """Run every stage that ``config`` does not skip, in order, each given its own config section,
    yielding each stage's name and the document it returned. The one stage loop: ``run_stages`` and
    the benchmarks that time stage by stage both go through it."""
    check_skip(config)
    skip = config.skip
    language_checked = False
    for stage in STAGES:
        if stage.name in skip:
            continue
        if stage.name in CHINESE_ONLY_STAGES and not language_checked:
            language_checked = True  # once, before the first of them: they do not change the language
            if language_of(doc.text) == "und":
                doc, skip = doc.warned("not_chinese"), skip | set(CHINESE_ONLY_STAGES)
                continue
        doc = stage.run(doc, getattr(config, stage.name))
        yield stage.name, doc


def run_stages(doc: Document, config: Config) -> Document:
    """The document after every stage that ``config`` does not skip."""
    result = doc
    for _, result in stage_steps(doc, config):  # noqa: B007 - the last step's document is the result
        pass
    return result


def assemble(doc: Document, config: Config | None = None) -> Article:
    """The article from what the stages decided: header fields, lead and sections, every removal."""
    outline = doc.outline
    if outline is None:  # pragma: no cover - structure is a required stage
        raise RuntimeError("the structure stage did not run")
    removed = tuple(c for c in doc.changes if c.is_removal)
    article = Article(
        **outline.fields,
        lead=outline.lead,
        sections=outline.sections,
        removed=removed,
        warnings=doc.warnings,
        script=next((c.value for c in doc.evidence if c.field == "script"), None),
        source=doc.source,
        cleaner_version=__version__,
        config_sha256=(config or Config()).sha256,
    )
    if not article.lead and not article.sections and "no_article" not in article.warnings:
        # Nothing beyond a title survived (a page of spam or tag soup): an article with an empty
        # body that says so, not a failure, so a batch counts it and goes on.
        article = replace(article, warnings=(*article.warnings, "no_article"))
    text = article.text
    return replace(article, language=language_of(text), removed_share=removed_share(doc.input_chars, text))


def _document(raw: object, source: Source | None, record_replacements: bool) -> Document:
    source = source or Source()
    if not isinstance(raw, str | bytes):
        raise InputError(
            "input:not_text",
            f"clean() takes the page as str or bytes, not {type(raw).__name__}; "
            "read a file with Path(...).read_bytes()",
            source.path or source.id,
        )
    return Document(raw=raw, source=source, record_replacements=record_replacements)


def _run(raw: object, config: Config | None, source: Source | None, explain: bool) -> Document:
    doc = _document(raw, source, explain)
    try:
        return run_stages(doc, config or Config())
    except InputError as exc:
        raise exc.for_source(doc.source.path or doc.source.id) from None


def clean_and_explain(
    raw: str | bytes, config: Config | None = None, *, source: Source | None = None
) -> tuple[Article, list[Change]]:
    """Clean one page and return the article with every change made, in stage order.

    Raises ``InputError`` (with a stable ``code``) when the input cannot be cleaned.
    """
    doc = _run(raw, config, source, explain=True)
    return assemble(doc, config), list(doc.changes)


def clean(raw: str | bytes, config: Config | None = None, *, source: Source | None = None) -> Article:
    """Clean one scraped page (``str``, or ``bytes`` in any encoding we can detect).

    >>> clean("網(wǎng)貸逾期\\n\\n隨著互聯(lián)網(wǎng)發(fā)展,網(wǎng)貸增加。").text
    '网贷逾期\\n随着互联网发展，网贷增加。'
    """
    return assemble(_run(raw, config, source, explain=False), config)


@dataclass(frozen=True)
class Failure:
    """An input that could not be cleaned, and why; batch functions yield these instead of raising.

    ``code`` is stable (``input:empty``, ``input:unreadable`` …) and is what summaries count.
    """

    source: Source
    error: str
    code: str = "input:unreadable"


def clean_path(path: Path, config: Config) -> Article:
    """Clean one file; the article's ``source.path`` is the path as given. A file that cannot be read
    or is larger than ``config.decode.max_bytes`` raises ``InputError``."""
    try:
        raw = read_input(path, config.decode.max_bytes)
    except InputError as exc:
        raise exc.for_source(str(path)) from None
    return clean(raw, config, source=Source(path=str(path)))
