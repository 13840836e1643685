"""convert: Traditional to Simplified with OpenCC, plus our rule for the particle 著.

OpenCC (the official library and opencc-python-reimplemented alike) keeps 著 in ``t2s``, since the
character is also "to write / notable" (著作, 著名, 显著). Simplified writes the aspect particle as 着
(随着, 意味着), so ``data/zhe_particle.txt`` lists the words where 著 is the particle; only those
change, and not when the next character makes a 著 word (``data/zhe_keep.txt``: 著作, 著名 …).
"""

from __future__ import annotations

import re
from functools import cache

from opencc import OpenCC

from ..article import Change
from ..config import Config
from ..document import Document
from ..lexicon import read_entries

NAME = "convert"
SUMMARY = "Traditional → Simplified (OpenCC t2s/tw2s/hk2s), then 随著 → 随着 by our particle rules"


@cache
def converter(variant: str) -> OpenCC:
    """One OpenCC converter per variant per process: building one reads its dictionaries."""
    return OpenCC(variant)


@cache
def _particle_re() -> re.Pattern[str]:
    words = sorted(read_entries("zhe_particle.txt"), key=len, reverse=True)
    stems = "|".join(re.escape(word.removesuffix("著")) for word in words)
    entries = read_entries("zhe_keep.txt")
    keep = "|".join(re.escape(e) for e in entries if not e.startswith("+"))
    particle_after_all = "|".join(re.escape(e[1:]) for e in entries if e.startswith("+"))
    return re.compile(f"(?:{stems})著(?:(?={particle_after_all})|(?!{keep}))")


def fix_zhe_particle(text: str, changes: list[Change] | None = None) -> str:
    """Write the particle 著 as 着 in the words that take it.

    >>> fix_zhe_particle("随著市场发展，意味著著作权更显著，起著作用")
    '随着市场发展，意味着著作权更显著，起着作用'
    """

    def replace(match: re.Match[str]) -> str:
        word = match.group(0)
        fixed = word[:-1] + "着"
        if changes is not None:
            changes.append(Change(NAME, "convert:zhe_particle", word, fixed))
        return fixed

    return _particle_re().sub(replace, text) if "著" in text else text


def to_simplified(text: str, variant: str = "t2s") -> str:
    """Convert with OpenCC's ``variant`` and the particle rule; ``none`` returns the text as is."""
    if variant == "none":
        return text
    return fix_zhe_particle(converter(variant).convert(text))


def traditional_share(text: str) -> float:
    """The share of Chinese characters in ``text`` that t2s changes: 0 for Simplified text."""
    han = [ch for ch in text if "\u4e00" <= ch <= "\u9fff"]
    if not han:
        return 0.0
    sample = "".join(han)
    simplified = converter("t2s").convert(sample)
    changed = sum(1 for a, b in zip(sample, simplified, strict=False) if a != b)
    return changed / len(han)


def run(doc: Document, config: Config) -> Document:
    variant = config.convert.variant
    if variant == "none":
        return doc
    changes: list[Change] = []
    before = doc.text.split("\n")
    after = converter(variant).convert(doc.text).split("\n")
    if len(after) != len(before):  # OpenCC never touches newlines; guard the line pairing anyway
        after = [converter(variant).convert(line) for line in before]
    for old, new in zip(before, after, strict=True):
        if old != new:
            changes.append(Change(NAME, f"convert:{variant}", old, new))
    text = fix_zhe_particle("\n".join(after), changes)
    return doc.updated(text, changes)
