"""convert: Traditional to Simplified with OpenCC's algorithm, plus our rules for 著 and kept names.

A Traditional page goes through ``cleaner.converter`` (OpenCC's ``t2s``, ``tw2s`` or ``hk2s``,
compiled). Two things are kept from it:

- 著: OpenCC's t2s keeps it everywhere and tw2s changes it almost everywhere (土著 → 土着), but in
  Simplified it is 着 except where it reads zhù (著作, 著名, 显著, 土著 …). So the converter leaves
  every 著 alone and ``fix_zhe`` writes 着 for each one outside the words of ``data/zhu_words.txt``:
  随著 → 随着, 打著 → 打着, 标著 → 标着.
- Names (``data/keep_names.txt`` and ``ConvertConfig.keep``): 乾照光電 → 乾照光电, not 干照光电.

A Simplified page with a few stray Traditional characters (``cleaner.script``) is not converted
whole: t2s would also rewrite characters that Simplified uses too (乾照光电 → 干照光电). There only the
characters that Simplified never uses are converted, one by one, and its 著 stays as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ..article import Change
from ..config import CONVERT_VARIANTS, ConvertConfig
from ..dense import DenseTable
from ..document import Candidate, Document
from ..han import is_han
from ..lexicon import read_entries
from ..script import SAMPLE_CHARS, only_strays, traditional_count

NAME = "convert"
REASONS = (
    "convert:stray_traditional", "convert:zhe",
    *(f"convert:{variant}" for variant in CONVERT_VARIANTS if variant != "none"),
)
SUMMARY = "Traditional → Simplified (OpenCC t2s/tw2s/hk2s, compiled); 著 → 着 but in zhù words (著作 stays)"

ZHE = "著"


@cache
def _keep_names() -> tuple[str, ...]:
    return tuple(read_entries("keep_names.txt"))


def converter_for(settings: ConvertConfig):
    """The converter of a config: its variant and dictionary, with 著 and the kept names held back."""
    from ..converter import get_converter

    keep = (ZHE, *_keep_names(), *settings.keep)
    return get_converter(settings.variant, settings.dictionary, keep=keep)


@cache
def _zhu_words_re() -> re.Pattern[str]:
    """The words of ``data/zhu_words.txt`` (zhù words and particle stretches), longest first."""
    entries = [entry.removeprefix("-") for entry in read_entries("zhu_words.txt")]
    words = sorted(set(entries), key=lambda word: (-len(word), word))
    return re.compile("(" + "|".join(map(re.escape, words)) + ")")


@cache
def _particle_stretches() -> frozenset[str]:
    return frozenset(entry[1:] for entry in read_entries("zhu_words.txt") if entry.startswith("-"))


def fix_zhe(text: str, changes: list[Change] | None = None) -> str:
    """Write 著 as 着, but in the words where it reads zhù.

    Each 著 written 着 is recorded with up to two Chinese characters before it (``意味著`` →
    ``意味着``), a particle stretch whole (``著作用`` → ``着作用``).

    >>> fix_zhe("随著市场发展，意味著著作权更显著，起著作用，不必著急，打著旗号")
    '随着市场发展，意味着著作权更显著，起着作用，不必着急，打着旗号'
    """
    if ZHE not in text:
        return text
    particles = _particle_stretches()
    parts = _zhu_words_re().split(text)  # text between words, word, text between words, …
    written = ""  # the text before the current part, as given (for the records' context)
    for number, part in enumerate(parts):
        if number % 2 == 0 and ZHE in part:
            if changes is not None:
                _record_particles(written, part, changes)
            parts[number] = part.replace(ZHE, "着")
        elif number % 2 and part in particles:
            parts[number] = part.replace(ZHE, "着")
            if changes is not None:
                changes.append(Change(NAME, "convert:zhe", part, parts[number]))
        if changes is not None:
            written = (written + part)[-2:]
    return "".join(parts)


def _record_particles(written: str, part: str, changes: list[Change]) -> None:
    """A change for each 著 of ``part``, with the Chinese characters (up to two) just before it."""
    at = part.find(ZHE)
    while at >= 0:
        before = part[max(0, at - 2) : at] if at >= 2 else (written + part[:at])[-2:]
        context = ""
        for char in reversed(before):
            if not is_han(char):
                break
            context = char + context
        changes.append(Change(NAME, "convert:zhe", context + ZHE, context + "着"))
        at = part.find(ZHE, at + 1)


def convert_strays(text: str, settings: ConvertConfig | None = None) -> str:
    """Convert only the characters that Simplified never uses.

    >>> convert_strays("乾照光电於內地")
    '乾照光电於内地'
    """
    return stray_table((settings or ConvertConfig()).dictionary).translate(text)


@cache
def stray_table(dictionary: str) -> DenseTable:
    from ..converter.tables import traditional_only

    return DenseTable({ord(char): simple for char, simple in traditional_only(dictionary).items()})


def to_simplified(text: str, variant: str = "t2s", settings: ConvertConfig | None = None) -> str:
    """A Traditional text in Simplified: OpenCC's ``variant``, our 著 rule and kept names; ``none``
    returns the text as is.

    >>> to_simplified("隨著網貸發展，澳洲土著，打著旗號", "tw2s")
    '随着网贷发展，澳洲土著，打着旗号'
    """
    if variant == "none":
        return text
    settings = settings or ConvertConfig()
    if settings.variant != variant:
        settings = ConvertConfig(variant, dictionary=settings.dictionary, keep=settings.keep)
    return fix_zhe(converter_for(settings).convert(text))


def choose(
    text: str, settings: ConvertConfig, strays_only: bool | None = None
) -> tuple[str, Callable[[str], str], bool]:
    """(reason, conversion, whether 著 is decided) for a page: the whole converter for a
    Traditional page, only the Traditional-only characters for a Simplified page with strays."""
    if strays_only is None:
        strays_only = only_strays(page_counts(text, settings), settings.min_traditional_chars, settings.stray_share)
    if strays_only:
        return "convert:stray_traditional", lambda line: convert_strays(line, settings), False
    return f"convert:{settings.variant}", converter_for(settings).convert, True


def convert_text(
    text: str, settings: ConvertConfig, record: bool = True, strays_only: bool | None = None
) -> tuple[str, list[Change]]:
    """``text`` converted as ``settings`` say, with a change per line converted (and per 著) when
    ``record`` asks for them."""
    if settings.variant == "none":
        return text, []
    reason, convert, decide_zhe = choose(text, settings, strays_only)
    changes: list[Change] | None = [] if record else None
    converted = convert(text)
    if changes is not None:
        before = text.split("\n")
        after = converted.split("\n")
        if len(after) != len(before):  # conversion never touches newlines; guard the pairing anyway
            after = [convert(line) for line in before]
        changes.extend(Change(NAME, reason, old, new) for old, new in zip(before, after, strict=True) if old != new)
    return (fix_zhe(converted, changes) if decide_zhe else converted), changes or []


def run(doc: Document, settings: ConvertConfig) -> Document:
    text = doc.text
    counts = page_counts(text, settings)
    strays_only = only_strays(counts, settings.min_traditional_chars, settings.stray_share)
    doc = doc.with_evidence([Candidate("script", script_of(counts, strays_only), NAME)])
    if settings.variant == "none":
        return doc
    converted, changes = convert_text(text, settings, doc.record_replacements, strays_only)
    if converted == text:
        return doc.recorded(changes)
    _, convert, decide_zhe = choose(text, settings, strays_only)
    repair = (lambda value: fix_zhe(convert(value))) if decide_zhe else convert
    return doc.with_text(converted, changes).map_evidence(repair)


TRADITIONAL_SHARE = 0.15  # Traditional prose has a quarter to a third of its characters Traditional-only
PROBE_CHARS = 1_000


def page_counts(text: str, settings: ConvertConfig) -> tuple[int, int]:
    """``traditional_count`` of the page's beginning: its first ``PROBE_CHARS`` when they are plainly
    Traditional (counting on would cost a pass as long as the conversion's own), else ``SAMPLE_CHARS``."""
    probe = traditional_count(text[:PROBE_CHARS], settings.dictionary)
    traditional, han = probe
    if traditional >= settings.min_traditional_chars and traditional >= TRADITIONAL_SHARE * han:
        return probe
    return probe if len(text) <= PROBE_CHARS else traditional_count(text[:SAMPLE_CHARS], settings.dictionary)


def script_of(counts: tuple[int, int], strays_only: bool) -> str:
    """``simplified`` (at most a few strays), ``traditional``, or ``mixed`` in between, from the
    page sample's ``traditional_count``."""
    if strays_only:
        return "simplified"
    traditional, han = counts
    return "traditional" if han and traditional / han >= TRADITIONAL_SHARE else "mixed"
