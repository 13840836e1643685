"""quality.py, section finance: what cleaner removed from 597 real finance articles (no gold).

Each article is run stage by stage. Per stage, "recorded" is the characters in its removal
``Change`` records and "measured" how much the text shrank: a gap is an edit the stage did not
record. Also: characters removed per reason with samples, every conversion made in this Simplified
corpus, and every document that lost more than ``HEAVY_LOSS`` of its characters.
"""

from __future__ import annotations

import difflib
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from _benchlib import (
    Quality,
    StageRun,
    chars,
    heading,
    pct,
    read_records,
    removed_chars,
    short,
    stage_runs,
    table,
)

from cleaner.pipeline import assemble

HEAVY_LOSS = 0.20


def edits(old: str, new: str, context: int = 5) -> list[tuple[str, str, str]]:
    """(old part, new part, old text around it) for each edit that turns ``old`` into ``new``."""
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    return [
        (old[i1:i2], new[j1:j2], old[max(0, i1 - context) : i2 + context])
        for op, i1, i2, j1, j2 in matcher.get_opcodes()
        if op != "equal"
    ]


@dataclass
class Staged:
    """One document run stage by stage: characters before/after each stage and its changes."""

    article: object
    changes: list
    input_chars: int
    stage_chars: dict[str, tuple[int, int]]
    stage_changes: dict[str, list]


def run_staged(raw: str) -> Staged | StageRun:
    """The staged run of ``raw``, or the stage run whose refusal or crash ended it."""
    stage_chars, stage_changes = {}, {}
    input_chars = 0
    doc = None
    for run in stage_runs(raw):
        if run.error is not None:
            return run
        doc = run.value
        if run.stage == "decode":
            input_chars = chars(doc.text)
        before = input_chars if run.stage == "decode" else chars(run.before.text)
        stage_chars[run.stage] = (before, chars(doc.text))
        stage_changes[run.stage] = list(doc.changes[len(run.before.changes) :])
    return Staged(assemble(doc), list(doc.changes), input_chars, stage_chars, stage_changes)


def new_reason() -> dict:
    return {"changes": 0, "docs": 0, "chars": 0, "examples": []}


@dataclass
class Tally:
    show: int
    docs: int = 0
    docs_changed: int = 0
    docs_text_changed: int = 0
    total_in: int = 0
    total_out: int = 0
    seconds: float = 0.0
    stage_docs: Counter = field(default_factory=Counter)
    stage_changes: Counter = field(default_factory=Counter)
    stage_recorded: Counter = field(default_factory=Counter)
    stage_shrink: Counter = field(default_factory=Counter)
    reasons: dict = field(default_factory=lambda: defaultdict(new_reason))
    heavy: list = field(default_factory=list)
    refused: dict = field(default_factory=dict)
    conversions: Counter = field(default_factory=Counter)  # "乾→干" in a Simplified corpus: each is worth a look
    conversion_context: dict = field(default_factory=dict)

    def add(self, ident: str, result: Staged) -> None:
        out_chars = chars(result.article.text)
        self.total_in += result.input_chars
        self.total_out += out_chars
        self.docs_changed += bool(result.changes)
        self.docs_text_changed += out_chars != result.input_chars
        reasons_here = Counter()
        for name, changes in result.stage_changes.items():
            before, after = result.stage_chars[name]
            self.stage_shrink[name] += before - after
            if changes:
                self.stage_docs[name] += 1
                self.stage_changes[name] += len(changes)
            for change in changes:
                lost = removed_chars(change)
                self.stage_recorded[name] += lost
                reasons_here[change.reason] += lost
                self.add_change(ident, change, lost)
        for reason in {c.reason for c in result.changes}:
            self.reasons[reason]["docs"] += 1
        loss = (result.input_chars - out_chars) / result.input_chars if result.input_chars else 0
        if loss > HEAVY_LOSS:
            biggest = max(result.changes, key=removed_chars, default=None)
            self.heavy.append(
                {
                    "id": ident,
                    "loss": round(loss, 4),
                    "input_chars": result.input_chars,
                    "output_chars": out_chars,
                    "reasons": {r: n for r, n in reasons_here.most_common(4) if n},
                    "biggest_removal": biggest.text[:300] if biggest else "",
                }
            )

    def add_change(self, ident: str, change, lost: int) -> None:
        entry = self.reasons[change.reason]
        entry["changes"] += 1
        entry["chars"] += lost
        if change.replacement is not None and change.stage == "convert":
            for before_part, after_part, around in edits(change.text, change.replacement):
                pair = f"{before_part}→{after_part}"
                self.conversions[pair] += 1
                self.conversion_context.setdefault(pair, f"{around} ({ident[:40]})")
        if len(entry["examples"]) >= self.show:
            return
        if lost and change.text not in entry["examples"]:
            entry["examples"].append(change.text)
        elif not lost and change.replacement is not None:
            pieces = edits(change.text, change.replacement)
            example = pieces and "{}→{} in …{}…".format(pieces[0][0] or "∅", pieces[0][1] or "∅", pieces[0][2])
            if example and example not in entry["examples"]:
                entry["examples"].append(example)


def run(q: Quality) -> dict:
    path = q.root / "Cute-Crawlers" / "finance_articles.jsonl"
    heading(f"finance — {path.relative_to(q.root)} (no gold: what cleaner removed)")
    if not path.is_file():
        print(f"skipped: {path} not found")
        return {"skipped": True}
    records = read_records(path)
    tally = Tally(q.show, docs=len(records))
    started = time.perf_counter()
    for record in records:
        ident = str(record.get("id"))
        result = run_staged(record["text"])
        if isinstance(result, Staged):
            tally.add(ident, result)
        elif q.failures.add(f"finance:{ident}", result) and result.refused:
            tally.refused[ident] = result.refused
    tally.seconds = time.perf_counter() - started
    report(tally, q.show)
    return as_json(tally)


def report(t: Tally, show: int) -> None:
    from cleaner.pipeline import STAGE_NAMES

    n = t.docs
    print(
        f"{n} articles, {t.total_in:,} characters in, {t.total_out:,} out "
        f"({pct(t.total_in - t.total_out, t.total_in)} removed); cleaned in {t.seconds:.1f} s"
    )
    print(
        f"documents with at least one recorded change: {t.docs_changed}/{n}; "
        f"whose character count changed: {t.docs_text_changed}/{n}"
    )
    if t.refused:
        listed = "; ".join(f"{k}: {v}" for k, v in list(t.refused.items())[:5])
        print(f"refused (CleanerError): {len(t.refused)}: {listed}")
    print(
        "\nper stage — 'recorded' = characters in the stage's removal records; 'measured' = how "
        "much the text shrank;\na difference means the stage changed the text's size without "
        "recording it (or recorded more than it removed)"
    )
    rows = []
    for name in STAGE_NAMES:
        gap = t.stage_shrink[name] - t.stage_recorded[name]
        rows.append(
            [
                name,
                f"{t.stage_docs[name]}",
                f"{t.stage_changes[name]:,}",
                f"{t.stage_recorded[name]:,}",
                f"{t.stage_shrink[name]:,}",
                f"{gap:+,}" if gap else "0",
                pct(t.stage_shrink[name], t.total_in),
            ]
        )
    header = ["stage", "docs changed", "changes", "chars recorded", "chars measured", "unrecorded", "of input"]
    print(table(rows, header))
    by_chars = sorted(t.reasons.items(), key=lambda kv: -kv[1]["chars"])
    print("\nper reason")
    rows = [[reason, f"{v['docs']}", f"{v['changes']:,}", f"{v['chars']:,}"] for reason, v in by_chars]
    print(table(rows, ["reason", "docs", "changes", "chars removed"]))
    print(f"\nsample changes per reason (first {show} distinct) — look for real text removed or damaged:")
    for reason, v in by_chars:
        if v["examples"]:
            print(f"  {reason}:")
            for example in v["examples"]:
                print(f"      {short(example, 90)!s}")
    if t.conversions:
        print(
            f"\nconversions made in this Simplified corpus ({sum(t.conversions.values())} in "
            f"{t.stage_docs['convert']} docs) — each is either leftover Traditional or a "
            "Simplified word damaged:"
        )
        common = t.conversions.most_common(show * 4)
        rows = [[pair, f"{count}", short(t.conversion_context[pair], 60)] for pair, count in common]
        print(table(rows, ["change", "times", "first seen in"], right={1}))
    t.heavy.sort(key=lambda h: -h["loss"])
    listed = max(show * 4, 20)
    print(f"\ndocuments that lost more than {HEAVY_LOSS:.0%} of their characters: {len(t.heavy)}")
    for item in t.heavy[:listed]:
        reasons = ", ".join(f"{r} {c:,}" for r, c in item["reasons"].items())
        print(
            f"  {item['loss']:.0%}  {item['input_chars']:,} → {item['output_chars']:,}  "
            f"{item['id']}\n        by: {reasons}\n        biggest: "
            f"{short(item['biggest_removal'], 90)}"
        )
    if len(t.heavy) > listed:
        print(f"  … {len(t.heavy) - listed} more (see --json)")


def as_json(t: Tally) -> dict:
    from cleaner.pipeline import STAGE_NAMES

    return {
        "docs": t.docs,
        "input_chars": t.total_in,
        "output_chars": t.total_out,
        "seconds": round(t.seconds, 2),
        "docs_with_changes": t.docs_changed,
        "docs_char_count_changed": t.docs_text_changed,
        "stages": {
            name: {
                "docs": t.stage_docs[name],
                "changes": t.stage_changes[name],
                "chars_recorded": t.stage_recorded[name],
                "chars_measured": t.stage_shrink[name],
            }
            for name in STAGE_NAMES
        },
        "reasons": {k: dict(v) for k, v in t.reasons.items()},
        "heavy_loss_docs": t.heavy,
        "refused": t.refused,
        "conversions": dict(t.conversions),
    }
