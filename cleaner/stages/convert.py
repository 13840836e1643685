"""convert: Traditional to Simplified with OpenCC, plus our rules for 著.

OpenCC's ``t2s`` (the official library and opencc-python-reimplemented alike) keeps 著 everywhere,
since the character is also "to write / notable" (著作, 著名, 显著); its ``tw2s`` changes it almost
everywhere, 土著 included. Simplified writes the particle and the verb zhuó/zháo as 着 (随着, 意味着,
着急), so 著 is hidden from OpenCC and decided by ``data/zhe_words.txt``, the words in which it
becomes 着 — not when the next character makes a 著 word (``data/zhe_keep.txt``: 著作, 著名 …).

A Simplified page with a few stray Traditional characters (see ``ConvertConfig``) is not put
through OpenCC whole: t2s would also rewrite characters that Simplified uses too (乾照光电 →
干照光电). There only the characters that Simplified never uses are converted, one by one.
"""

from __future__ import annotations

import re
from functools import cache, partial
from pathlib import Path

import opencc
from opencc import OpenCC

from ..article import Change
from ..config import CONVERT_VARIANTS, ConvertConfig
from ..document import Candidate, Document
from ..han import count_in, han_count, is_han
from ..lexicon import read_entries

NAME = "convert"
REASONS = (
    "convert:stray_traditional", "convert:zhe",
    *(f"convert:{variant}" for variant in CONVERT_VARIANTS if variant != "none"),
)
SUMMARY = "Traditional → Simplified (OpenCC t2s/tw2s/hk2s); 著 by our rules (随著 → 随着, 著作 stays)"


@cache
def converter(variant: str) -> OpenCC:
    """One OpenCC converter per variant per process: building one reads its dictionaries."""
    return OpenCC(variant)


SHARE_SAMPLE_CHARS = 20_000
CHUNK_CHARS = 2048  # OpenCC's matcher copies the rest of its input at each match: keep inputs short
ZHE = "著"
ZHE_PLACEHOLDER = "\ue000"  # a private-use character: OpenCC passes it through untouched


@cache
def _zhe_words_re() -> re.Pattern[str]:
    words = sorted(read_entries("zhe_words.txt"), key=len, reverse=True)
    ending = "|".join(re.escape(w) for w in words if w.endswith(ZHE))
    other = "|".join(re.escape(w) for w in words if not w.endswith(ZHE))
    entries = read_entries("zhe_keep.txt")
    keep = "|".join(re.escape(e) for e in entries if not e.startswith("+"))
    particle_after_all = "|".join(re.escape(e[1:]) for e in entries if e.startswith("+"))
    return re.compile(f"(?:{ending})(?:(?={particle_after_all})|(?!{keep}))|{other}")


def fix_zhe(text: str, changes: list[Change] | None = None) -> str:
    """Write 著 as 着 in the words that take it.

    >>> fix_zhe("随著市场发展，意味著著作权更显著，起著作用，不必著急")
    '随着市场发展，意味着著作权更显著，起着作用，不必着急'
    """

    def replace(match: re.Match[str]) -> str:
        word = match.group(0)
        fixed = word.replace(ZHE, "着")
        if changes is not None:
            changes.append(Change(NAME, "convert:zhe", word, fixed))
        return fixed

    return _zhe_words_re().sub(replace, text) if ZHE in text else text


def opencc_convert(text: str, variant: str) -> str:
    """OpenCC's ``variant`` conversion, with every 著 left for ``fix_zhe`` to decide."""
    hide = ZHE in text and ZHE_PLACEHOLDER not in text
    source = text.replace(ZHE, ZHE_PLACEHOLDER) if hide else text
    convert = converter(variant).convert
    converted = "".join(convert(chunk) for chunk in _chunks(source))
    return converted.replace(ZHE_PLACEHOLDER, ZHE) if hide else converted


def _chunks(text: str) -> list[str]:
    """``text`` in pieces of at most about CHUNK_CHARS, cut after a line break or a non-Han
    character where one is near, so that no phrase OpenCC would match is cut in two."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > CHUNK_CHARS:
        end = start + CHUNK_CHARS
        cut = end
        while cut > end - 64 and is_han(text[cut - 1]):
            cut -= 1
        cut = cut if cut > end - 64 else end
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


@cache
def _traditional_only() -> dict[int, str]:
    """Characters Simplified never uses → their Simplified form (OpenCC's character table, where a
    character Simplified also uses lists itself among its forms: ``乾	干 乾``)."""
    table = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    mapping: dict[int, str] = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        char, _, forms = line.partition("\t")
        candidates = forms.split()
        if len(char) == 1 and candidates and char not in candidates:
            mapping[ord(char)] = candidates[0]
    return mapping


def convert_strays(text: str) -> str:
    """Convert only the characters that Simplified never uses.

    >>> convert_strays("乾照光电於內地")
    '乾照光电於内地'
    """
    return text.translate(_traditional_only())


def to_simplified(text: str, variant: str = "t2s") -> str:
    """Convert with OpenCC's ``variant`` and our 著 rules; ``none`` returns the text as is.

    >>> to_simplified("隨著網貸發展，澳洲土著", "tw2s")
    '随着网贷发展，澳洲土著'
    """
    if variant == "none":
        return text
    return fix_zhe(opencc_convert(text, variant))


@cache
def _delete_traditional_only() -> dict[int, None]:
    return dict.fromkeys(_traditional_only())


def traditional_count(text: str) -> tuple[int, int]:
    """How many of the Chinese characters in ``text`` Simplified never uses, and how many there are.

    Counted with a translation table, not by running OpenCC, so it costs little on every page.

    >>> traditional_count("網貸逾期"), traditional_count("乾坤未定")
    ((2, 4), (0, 4))
    """
    return count_in(text, _delete_traditional_only()), han_count(text)


def traditional_share(text: str) -> float:
    """The share of Chinese characters in ``text`` that Simplified never uses: 0 for Simplified."""
    traditional, han = traditional_count(text)
    return traditional / han if han else 0.0


def is_simplified_with_strays(text: str, settings: ConvertConfig) -> bool:
    """Whether ``text`` is Simplified with at most a few stray Traditional characters.

    >>> is_simplified_with_strays("乾照光电於內地发布。", ConvertConfig())
    True
    >>> is_simplified_with_strays("網貸逾期會不會找上門", ConvertConfig())
    False
    """
    traditional, han = traditional_count(text[:SHARE_SAMPLE_CHARS])
    return traditional < settings.min_traditional_chars or traditional < settings.stray_share * han


def run(doc: Document, settings: ConvertConfig) -> Document:
    strays_only = is_simplified_with_strays(doc.text, settings)
    doc = doc.with_evidence([Candidate("script", script_of(doc.text, strays_only), NAME)])
    variant = settings.variant
    if variant == "none":
        return doc
    if strays_only:
        reason, convert = "convert:stray_traditional", convert_strays
    else:
        reason, convert = f"convert:{variant}", partial(opencc_convert, variant=variant)
    before = doc.texts
    after = convert(doc.text).split("\n")
    if len(after) != len(before):  # conversion never touches newlines; guard the pairing anyway
        after = [convert(line) for line in before]
    changes: list[Change] | None = [] if doc.record_replacements else None
    if changes is not None:
        changes.extend(Change(NAME, reason, old, new) for old, new in zip(before, after, strict=True) if old != new)
    text = fix_zhe("\n".join(after), changes)
    return doc.with_text(text, changes or ()).map_evidence(lambda value: fix_zhe(convert(value)))


TRADITIONAL_SHARE = 0.15  # Traditional prose has a quarter to a third of its characters Traditional-only


def script_of(text: str, strays_only: bool) -> str:
    """``simplified`` (at most a few strays), ``traditional``, or ``mixed`` in between."""
    if strays_only:
        return "simplified"
    return "traditional" if traditional_share(text[:SHARE_SAMPLE_CHARS]) >= TRADITIONAL_SHARE else "mixed"
