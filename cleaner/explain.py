"""A person-readable account of what each stage changed and why (``cleaner explain``).

Removals are listed one by one (identical ones counted); replacements are summarised by what
changed inside the line — ``網→网 ×23`` — since a converted paragraph printed whole hides its edits.
"""

from __future__ import annotations

from collections import Counter
from difflib import SequenceMatcher

from .article import Change
from .pipeline import STAGES

MAX_SHOWN_CHARS = 80
MAX_EDITS_SHOWN = 12
SHORT_CHANGE_CHARS = 8
MAX_DIFFED_CHARS = 20_000  # longer lines are summarised whole: diffing them costs too much


def shown(text: str) -> str:
    """Text as a reader should see it: invisible characters named, long text cut."""
    visible = "".join(ch if ch.isprintable() or ch == "\u3000" else f"<U+{ord(ch):04X}>" for ch in text)
    visible = visible.replace("\n", " ⏎ ")
    if len(visible) > MAX_SHOWN_CHARS:
        visible = visible[: MAX_SHOWN_CHARS - 1] + "…"
    return visible


def edits(before: str, after: str) -> list[tuple[str, str]]:
    """The pieces of ``before`` that became other pieces in ``after``.

    A short change (a word, an entity) is kept whole; same-length pieces are split into characters.

    >>> edits("隨著網貸發展,增加", "随著网贷发展，增加")
    [('隨', '随'), ('網', '网'), ('貸', '贷'), ('發', '发'), (',', '，')]
    >>> edits("随著", "随着")
    [('随著', '随着')]
    """
    if len(before) <= SHORT_CHANGE_CHARS or len(before) + len(after) > MAX_DIFFED_CHARS:
        return [(before, after)]
    matcher = SequenceMatcher(None, before, after, autojunk=False)
    pieces: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        old, new = before[i1:i2], after[j1:j2]
        if tag == "replace" and len(old) == len(new):
            pieces.extend((a, b) for a, b in zip(old, new, strict=True) if a != b)
        elif tag != "equal":
            pieces.append((old, new))
    return pieces


def _replacement_lines(reason: str, changes: list[Change]) -> list[str]:
    counted = Counter(piece for c in changes for piece in edits(c.text, c.replacement or ""))
    parts = [f"{shown(old) or '∅'}→{shown(new) or '∅'}" + (f" ×{n}" if n > 1 else "")
             for (old, new), n in counted.most_common(MAX_EDITS_SHOWN)]
    more = len(counted) - MAX_EDITS_SHOWN
    if more > 0:
        parts.append(f"… {more} more")
    where = f"{len(changes)} place{'s' if len(changes) != 1 else ''}"
    return [f"  ~ {reason} ({where}): " + ", ".join(parts)]


def format_changes(changes: list[Change]) -> str:
    """One block per stage in pipeline order."""
    lines: list[str] = []
    for stage in STAGES:
        mine = [c for c in changes if c.stage == stage.name]
        if not mine:
            continue
        lines.append(f"{stage.name}: {len(mine)} change{'s' if len(mine) != 1 else ''}")
        removals = Counter((c.reason, c.text) for c in mine if c.is_removal)
        for (reason, text), count in removals.items():
            lines.append(f"  - {reason}{f' ×{count}' if count > 1 else ''}: removed «{shown(text)}»")
        replaced: dict[str, list[Change]] = {}
        for change in mine:
            if not change.is_removal:
                replaced.setdefault(change.reason, []).append(change)
        for reason, group in replaced.items():
            lines.extend(_replacement_lines(reason, group))
    return "\n".join(lines) if lines else "nothing to change: the input is already clean"
