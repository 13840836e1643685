"""What counts as a Chinese (Han) character, in one place, and fast ways to count them.

Stages ask "is this Han?" per character (punctuation) and "how many of these are Han?" per page
(decode, convert); counting goes through regular expressions, which run in C, rather than a Python
loop over every character. "How many are in this set?" is ``cleaner.dense``'s ``DenseTable.count``.
"""

from __future__ import annotations

import re

# CJK Unified Ideographs, Extension A, Compatibility Ideographs, Extensions B and later.
HAN_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2FA1F))
HAN_CLASS = "".join(f"{chr(low)}-{chr(high)}" for low, high in HAN_RANGES)  # for a regex [...]
HAN_RUN_RE = re.compile(f"[{HAN_CLASS}]+")


def is_han(ch: str) -> bool:
    """Whether the character ``ch`` is Han; False for the empty string.

    >>> is_han("网"), is_han("，"), is_han("")
    (True, False, False)
    """
    if not ch:
        return False
    code = ord(ch)
    return any(low <= code <= high for low, high in HAN_RANGES)


def han_count(text: str, start: int = 0, end: int | None = None) -> int:
    """How many Han characters ``text[start:end]`` holds.

    >>> han_count("A股上涨3%，沪指收涨")
    7
    """
    return sum(map(len, HAN_RUN_RE.findall(text, start, len(text) if end is None else end)))
