"""convert: Traditional to Simplified with OpenCC, plus our rules for 著.

OpenCC's ``t2s`` (the official library and opencc-python-reimplemented alike) keeps 著 everywhere,
since the character is also "to write / notable" (著作, 著名, 显著); its ``tw2s`` changes it almost
everywhere, 土著 included. Simplified writes the particle and the verb zhuó/zháo as 着 (随着, 意味着,
着急), so 著 is hidden from OpenCC and decided by ``data/zhe_words.txt``, the words in which it
becomes 着 — not when the next character makes a 著 word (``data/zhe_keep.txt``: 著作, 著名 …).
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
SUMMARY = "Traditional → Simplified (OpenCC t2s/tw2s/hk2s); 著 by our rules (随著 → 随着, 著作 stays)"


@cache
def converter(variant: str) -> OpenCC:
    """One OpenCC converter per variant per process: building one reads its dictionaries."""
    return OpenCC(variant)


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
    if ZHE not in text or ZHE_PLACEHOLDER in text:
        return converter(variant).convert(text)
    hidden = converter(variant).convert(text.replace(ZHE, ZHE_PLACEHOLDER))
    return hidden.replace(ZHE_PLACEHOLDER, ZHE)


def to_simplified(text: str, variant: str = "t2s") -> str:
    """Convert with OpenCC's ``variant`` and our 著 rules; ``none`` returns the text as is.

    >>> to_simplified("隨著網貸發展，澳洲土著", "tw2s")
    '随着网贷发展，澳洲土著'
    """
    if variant == "none":
        return text
    return fix_zhe(opencc_convert(text, variant))


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
    after = opencc_convert(doc.text, variant).split("\n")
    if len(after) != len(before):  # OpenCC never touches newlines; guard the line pairing anyway
        after = [opencc_convert(line, variant) for line in before]
    for old, new in zip(before, after, strict=True):
        if old != new:
            changes.append(Change(NAME, f"convert:{variant}", old, new))
    text = fix_zhe("\n".join(after), changes)
    return doc.updated(text, changes)
