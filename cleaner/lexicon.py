"""Word lists shipped in ``cleaner/data/``, loaded once per process.

Data lives in text files, not code, so a reviewer can read and extend a list without touching logic.
A list file has one entry a line; ``#`` starts a comment line.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

DATA = resources.files("cleaner") / "data"


def read_entries(*parts: str) -> list[str]:
    """Non-empty, non-comment lines of ``data/<parts>``, stripped."""
    text = DATA.joinpath(*parts).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def spam_terms() -> dict[str, tuple[str, bool]]:
    """Every spam term (lower case) → (category, is_strong). A ``TERM<TAB>weak`` line is weak."""
    terms: dict[str, tuple[str, bool]] = {}
    for entry in sorted(DATA.joinpath("spam").iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".txt"):
            continue
        category = entry.name.removesuffix(".txt")
        for line in read_entries("spam", entry.name):
            term, _, flag = line.partition("\t")
            term = term.strip().lower()
            strong = flag.strip() != "weak"
            # A term listed twice keeps its strongest reading.
            if term and (term not in terms or strong):
                terms[term] = (category, strong)
    return terms


@cache
def common_hanzi() -> frozenset[str]:
    """Characters common in Chinese finance text, in both scripts (``data/common_hanzi.txt``)."""
    return frozenset("".join(read_entries("common_hanzi.txt")))


@cache
def boilerplate_phrases(kind: str) -> tuple[str, ...]:
    """Phrases of one kind of boilerplate (``trailer_headings``, ``prev_next``, ``disclaimer``…)."""
    return tuple(read_entries("boilerplate", f"{kind}.txt"))


@cache
def surnames() -> frozenset[str]:
    """Common Chinese surnames, single and compound, both scripts (``data/surnames.txt``)."""
    return frozenset(" ".join(read_entries("surnames.txt")).split())
