"""``str.translate`` tables as a list over the Basic plane: a fast path for a table of thousands.

``str.translate`` looks each character up in its table; a dict that lacks the character raises a
``LookupError`` inside CPython for each one, and that dominates on Chinese text, where most
characters are in no table. A list indexed by code point, holding every Basic-plane character (or
its replacement), never misses: about twice as fast. Astral characters (Extension B and later) go
through the dict, which is right for any text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache

ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")


@cache
def _identity() -> list[str | None]:
    """Every Basic-plane character as itself: built once, when the first table is (not at import)."""
    return [chr(code) for code in range(0x10000)]


class DenseTable:
    """A ``str.translate`` table as a list over the Basic plane (fast) and as a dict (any text)."""

    def __init__(self, mapping: Mapping[int, str | None]) -> None:
        self.mapping = dict(mapping)
        basic = _identity().copy()
        for code, value in self.mapping.items():
            if code < 0x10000:
                basic[code] = value
        self.basic = basic
        self.astral = any(code >= 0x10000 for code in self.mapping)

    def __bool__(self) -> bool:
        return bool(self.mapping)

    def translate(self, text: str, basic_only: bool | None = None) -> str:
        """``text`` translated; ``basic_only`` says the text has no astral character (None: look)."""
        if basic_only is None:
            basic_only = not self.astral or ASTRAL_RE.search(text) is None
        return text.translate(self.basic if basic_only or not self.astral else self.mapping)

    def count(self, text: str) -> int:
        """How many characters of ``text`` a delete table (values None) deletes."""
        return len(text) - len(self.translate(text))


def delete_table(chars: Iterable[str]) -> DenseTable:
    """A table that deletes ``chars``: ``count`` then says how many of them a text holds."""
    return DenseTable(dict.fromkeys(map(ord, chars)))
