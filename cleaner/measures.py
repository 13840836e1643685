"""Figures a data pipeline filters on, measured on the finished article: language, removed share."""

from __future__ import annotations

import re

from .han import han_count

LETTER_RUN_RE = re.compile(r"[^\W\d_]+")  # runs of letters of any script, Han included
BLANKS = " \t\n\r\f\v\u3000\xa0"
MIN_HAN_SHARE = 0.3  # of the letters; English tickers and names in Chinese prose stay well under 70%
LATIN_WORD_RE = re.compile(r"[A-Za-z]+")
LATIN_WORD_WEIGHT = 2


def language_of(text: str) -> str | None:
    """``zh`` when Han characters are a fair share of the letters, ``und`` otherwise; None if empty.

    >>> language_of("沪指收涨0.5%，A股成交额1万亿"), language_of("Stocks rose on Monday"), language_of("")
    ('zh', 'und', None)
    """
    han = han_count(text)
    if han and han >= MIN_HAN_SHARE * len(text):  # a share of every character is one of the letters
        return "zh"
    letters = sum(map(len, LETTER_RUN_RE.findall(text)))  # runs, not characters: far fewer objects
    if not letters:
        return None
    if han >= MIN_HAN_SHARE * letters:
        return "zh"
    # A Latin word says about what two Han characters do: a Chinese article under an English
    # banner and disclaimer (a broker's site) is Chinese, an English page with a few names is not.
    latin = LATIN_WORD_RE.findall(text)
    weighted = letters - sum(map(len, latin)) + LATIN_WORD_WEIGHT * len(latin)
    return "zh" if han >= MIN_HAN_SHARE * weighted else "und"


def nonblank_chars(text: str) -> int:
    """Characters that are not blanks; counted with ``str.count`` (C speed, no per-character lookups)."""
    return len(text) - sum(map(text.count, BLANKS))


def removed_share(input_chars: int, text: str) -> float:
    """The share of the input's non-blank characters that did not reach ``text``, in [0, 1]."""
    if input_chars <= 0:
        return 0.0
    return round(min(1.0, max(0.0, 1 - nonblank_chars(text) / input_chars)), 4)
