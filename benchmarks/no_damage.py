#!/usr/bin/env python3
"""No damage, measured: how much of a clean article survives cleaning.

    .venv/bin/python benchmarks/no_damage.py [--corpus PATH.jsonl] [--no-samples] [--show N] [--json PATH]

Runs every article of ``../shared/realdata/Cute-Crawlers/finance_articles.jsonl`` (real Simplified
stock-market articles, ``id``/``text``) and our clean samples through the pipeline's own stage loop
(``_benchlib.stage_runs``, which is ``cleaner.pipeline.stage_steps``; a crash names its stage) and
counts non-blank characters:

* **kept** — in the article's text;
* **moved** — a header or trailer line read into a field (a byline → ``author``, a meta line →
  ``published_at``/``category``/``views``, a breadcrumb → ``category``, ``责任编辑`` → ``editor``): the
  line's removal is recorded and the field holds what it said;
* **repeat** — a removed line that is (up to blanks) another line kept in the text, or of ten
  characters or more and inside one or the title's words in their order, such as a title echo (the
  crawler's ``标题 短`` beside the page's ``标题，更长``), or a summary cut off with ``…`` before its
  paragraph: its text is still there;
* **removed** — any other recorded removal, listed line by line with its reason: each is either
  boilerplate the cleaner is meant to drop or a false removal to fix;
* **unrecorded** — characters that shrank away without any record (always a bug).

An article the pipeline crashes on is listed and not measured.

Share kept = (kept + moved + repeat) / input. The target is ≥ 99.9%. Exit status 1 if there is any
crash or unrecorded loss, or the share is below ``--target``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from _benchlib import stage_runs  # noqa: E402 - after the path is set

FINANCE = (REPO.parent / "shared" / "realdata" / "Cute-Crawlers" / "finance_articles.jsonl").resolve()
# Our samples that are clean Simplified articles: no damage but header and trailer lines.
CLEAN_SAMPLES = (
    "001_clean_simplified", "005_legit_spamlike_words", "008_real_brackets_keep", "010_byline_author_colon",
    "011_byline_wen_slash", "012_byline_source_author_views", "013_meta_date_source",
    "014_meta_breadcrumb_site_slash", "015_headings_chapters", "016_headings_nested_subsections",
    "017_headings_numbered_1dun", "018_trailing_boilerplate", "075_last_line_over_editor_note",
    "076_crawler_title_says_more",
)
# Removals of page furniture the cleaner is meant to drop; shown apart, so what is left is the
# removals to read one by one for false positives.
FURNITURE_REASONS = frozenset((
    "structure:menu", "structure:masthead", "structure:trailer", "structure:prev_next", "structure:disclaimer",
    "boilerplate:more_link", "boilerplate:nav", "boilerplate:share", "boilerplate:copyright", "boilerplate:app",
    "junk:empty_bullet", "unicode:invisible_char", "boilerplate:picture", "boilerplate:caption",
    "boilerplate:classification",
))
FIELD_REASONS = (
    "structure:byline", "structure:meta_line", "structure:breadcrumb", "structure:editor", "structure:source_line",
    "structure:title_prefix",  # 【理财】 → category
    "boilerplate:keywords",  # 关键词：a；b → keywords
)
BLANKS_RE = re.compile(r"\s+")
NOT_WORD_RE = re.compile(r"[\W_]+")
MIN_INSIDE_CHARS = 10  # a removed line inside a kept one is a repeat from this length (short words recur)
NUMBER_RE = re.compile(r"\d+")


def squeeze(text: str) -> str:
    return BLANKS_RE.sub("", text)


@dataclass
class Tally:
    input: int = 0
    kept: int = 0
    moved: int = 0
    repeat: int = 0
    removed: int = 0
    unrecorded: int = 0
    by_reason: Counter = field(default_factory=Counter)
    lines: dict = field(default_factory=lambda: defaultdict(list))  # reason -> [(doc id, text)]
    listed: bool = True  # whether the report lists every removed line
    losses: list = field(default_factory=list)  # (doc id, characters) without a record
    docs: int = 0
    refused: list = field(default_factory=list)
    crashes: list = field(default_factory=list)

    @property
    def furniture(self) -> int:
        return sum(chars for reason, chars in self.by_reason.items() if reason in FURNITURE_REASONS)

    @property
    def share_kept_beside_furniture(self) -> float:
        kept = self.kept + self.moved + self.repeat + self.furniture
        return kept / self.input if self.input else 1.0

    @property
    def share_kept(self) -> float:
        return (self.kept + self.moved + self.repeat) / self.input if self.input else 1.0


def field_values(article) -> list[str]:
    values = [article.title, article.author, article.byline, article.source_name,
              article.site_name, article.category, article.editor, *article.authors]
    if article.views is not None:
        values.append(str(article.views))
    return [squeeze(v) for v in values if v]


def holds_field(line: str, fields: list[str], published_at: str | None) -> bool:
    """Whether a removed header line said what a field now holds (a date as its numbers)."""
    squeezed = squeeze(line)
    if any(value and (value in squeezed or squeezed in value) for value in fields):
        return True
    if published_at:
        numbers = Counter(int(n) for n in NUMBER_RE.findall(line))
        return not Counter(int(n) for n in NUMBER_RE.findall(published_at)) - numbers
    return False


def cleaned(raw: str):
    """The article from the pipeline's own stage loop, or the failed step (a refusal or a crash)."""
    from cleaner.pipeline import assemble

    last = None
    for run in stage_runs(raw):
        if run.error is not None:
            return run
        last = run
    return assemble(last.value)


def is_repeat(text: str, kept_lines: list[str], title: str | None) -> bool:
    """Whether a removed line's text is still in the article: a kept line, inside one (from
    MIN_INSIDE_CHARS on), or the title's words in the title's order (an echo in another form)."""
    if text in kept_lines or (len(text) >= MIN_INSIDE_CHARS and any(text in line for line in kept_lines)):
        return True
    words, rest = NOT_WORD_RE.sub("", text), iter(NOT_WORD_RE.sub("", title or ""))
    return len(words) >= MIN_INSIDE_CHARS and all(char in rest for char in words)  # a subsequence


def measure(doc_id: str, raw: str, tally: Tally) -> None:
    result = cleaned(raw)
    if getattr(result, "error", None) is not None:
        if result.refused:
            tally.refused.append((doc_id, getattr(result.error, "code", "?")))
        else:  # a crash: counted, shown with its stage, and the exit status is 1
            tally.crashes.append((doc_id, result.crashed))
        return
    article = result
    tally.docs += 1
    source_chars = len(squeeze(raw))
    kept = len(squeeze(article.text))
    kept_lines = [squeeze(line) for line in article.text.split("\n")]
    fields = field_values(article)
    recorded = 0
    for change in article.removed:
        size = len(squeeze(change.text))
        recorded += size
        text = squeeze(change.text)
        if change.reason in FIELD_REASONS and holds_field(change.text, fields, article.published_at):
            tally.moved += size
        elif is_repeat(text, kept_lines, article.title):
            tally.repeat += size
        else:
            tally.removed += size
            tally.by_reason[change.reason] += size
            tally.lines[change.reason].append((doc_id, change.text))
    tally.input += source_chars
    tally.kept += kept
    # What disappeared beyond what was recorded (negative: recorded text that was also kept, as a
    # field's line kept in the text; that is no loss).
    unrecorded = source_chars - kept - recorded
    if unrecorded > 0:
        tally.unrecorded += unrecorded
        tally.losses.append((doc_id, unrecorded))


def read_corpus(corpus: Path | None, samples: bool) -> list[tuple[str, str, str]]:
    docs: list[tuple[str, str, str]] = []
    if corpus and corpus.exists():
        with corpus.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    record = json.loads(line)
                    if isinstance(record.get("text"), str):
                        docs.append(("finance", str(record.get("id")), record["text"]))
    elif corpus:
        print(f"note: {corpus} not found; measuring the samples only", file=sys.stderr)
    if samples:
        for name in CLEAN_SAMPLES:
            path = REPO / "samples" / f"{name}.txt"
            if path.exists():
                docs.append(("samples", name, path.read_text("utf-8")))
    return docs


def report(tallies: dict[str, Tally], show: int) -> str:
    out = ["| corpus | docs | input chars | kept | moved to a field | repeat | removed | unrecorded "
           "| share kept |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name, t in tallies.items():
        out.append(f"| {name} | {t.docs} | {t.input:,} | {t.kept:,} | {t.moved:,} | {t.repeat:,} | {t.removed:,} "
                   f"| {t.unrecorded:,} | **{t.share_kept:.4%}** |")
    out.append("")
    for name, t in tallies.items():
        out.append(f"{name}: share kept {t.share_kept:.4%}; {t.share_kept_beside_furniture:.4%} counting page "
                   f"furniture ({', '.join(sorted(FURNITURE_REASONS & set(t.by_reason)))}) as meant to go")
    for name, t in tallies.items():
        if t.crashes:
            out.append(f"\n{name}: {len(t.crashes)} CRASHED (not measured): "
                       + "; ".join(f"{i} ({e})" for i, e in t.crashes[:show]))
        if t.refused:
            out.append(f"\n{name}: {len(t.refused)} refused: " + ", ".join(f"{i} ({c})" for i, c in t.refused[:show]))
        if t.by_reason:
            out.append(f"\n{name}: removed, by reason (characters, lines)")
            for reason, chars in t.by_reason.most_common():
                out.append(f"  {reason}: {chars:,} chars in {len(t.lines[reason])} lines")
            if not t.listed:
                continue
            out.append(f"\n{name}: every removed line (doc id → text), up to {show} a reason")
            for reason, _ in t.by_reason.most_common():
                for doc_id, text in t.lines[reason][:show]:
                    shown = text.replace("\n", " ⏎ ")
                    out.append(f"  [{reason}] {doc_id[:48]} → {shown[:160]}{'…' if len(shown) > 160 else ''}")
        if t.losses:
            out.append(f"\n{name}: unrecorded losses (doc id, characters)")
            out += [f"  {doc_id}: {chars}" for doc_id, chars in t.losses[:show]]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=FINANCE, help="a .jsonl of clean articles (id, text)")
    parser.add_argument("--no-samples", action="store_true", help="leave out our clean samples")
    parser.add_argument("--show", type=int, default=1000, help="removed lines shown per reason")
    parser.add_argument("--target", type=float, default=0.999, help="share kept below this fails")
    parser.add_argument("--json", type=Path, help="write the figures as JSON here ('-' for stdout)")
    args = parser.parse_args(argv)
    tallies: dict[str, Tally] = {}
    for origin, doc_id, text in read_corpus(args.corpus, not args.no_samples):
        measure(doc_id, text, tallies.setdefault(origin, Tally()))
    total = Tally()
    for t in tallies.values():
        for name in ("input", "kept", "moved", "repeat", "removed", "unrecorded", "docs"):
            setattr(total, name, getattr(total, name) + getattr(t, name))
        total.by_reason.update(t.by_reason)
        for reason, lines in t.lines.items():
            total.lines[reason] += lines
        total.listed = False  # its lines are the corpora's, listed above
    rows = {**tallies, "all": total} if len(tallies) > 1 else tallies
    print(report(rows, args.show))
    if args.json:
        data = {name: {k: getattr(t, k) for k in ("docs", "input", "kept", "moved", "repeat", "removed",
                                                   "unrecorded")} | {"share_kept": t.share_kept,
                                                                     "by_reason": dict(t.by_reason)}
                for name, t in rows.items()}
        text = json.dumps(data, ensure_ascii=False, indent=2)
        print(text) if str(args.json) == "-" else args.json.write_text(text + "\n", "utf-8")
    crashed = any(t.crashes for t in tallies.values())
    failed = crashed or total.unrecorded > 0 or total.share_kept < args.target
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
