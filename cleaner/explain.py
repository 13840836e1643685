"""A person-readable account of what each stage changed and why (``cleaner explain``)."""

from __future__ import annotations

from collections import Counter

from .article import Change
from .pipeline import STAGES

MAX_SHOWN_CHARS = 80


def shown(text: str) -> str:
    """Text as a reader should see it: invisible characters named, long text cut."""
    visible = "".join(
        ch if ch.isprintable() or ch == "\u3000" else f"<U+{ord(ch):04X}>" for ch in text
    )
    visible = visible.replace("\n", " ⏎ ")
    if len(visible) > MAX_SHOWN_CHARS:
        visible = visible[: MAX_SHOWN_CHARS - 1] + "…"
    return visible


def format_changes(changes: list[Change]) -> str:
    """One block per stage in pipeline order; repeated identical changes are counted, not listed."""
    lines: list[str] = []
    for stage in STAGES:
        mine = [c for c in changes if c.stage == stage.name]
        if not mine:
            continue
        lines.append(f"{stage.name}: {len(mine)} change{'s' if len(mine) != 1 else ''}")
        counted = Counter((c.reason, c.text, c.replacement) for c in mine)
        for (reason, text, replacement), count in counted.items():
            times = f" ×{count}" if count > 1 else ""
            if replacement is None:
                lines.append(f"  - {reason}{times}: removed «{shown(text)}»")
            else:
                lines.append(f"  ~ {reason}{times}: «{shown(text)}» → «{shown(replacement)}»")
    return "\n".join(lines) if lines else "nothing to change: the input is already clean"
