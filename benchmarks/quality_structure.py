"""quality.py, section structure: does cleaner read a page's header right? Measured against labels.

The labels in ``benchmarks/labels/*.json`` (one file per source corpus) are facts a person read off
each real Chinese page in realdata — title, authors, editor, published_at, source_name, views,
category — where the page shows them. Each labelled page is cleaned with
``cleaner.clean(bytes, source=Source(path=...))`` and every labelled field is compared:

- title, editor, category, source_name: equal after normalising both sides (cleaner's own t2s,
  NFKC — which folds full-width punctuation to ASCII —, curly quotes and dashes folded, whitespace
  removed);
- authors: the article's list (``article.authors``, or ``[article.author]`` on the older schema)
  equals the label's list, each name normalised; "first author" compares the first names only;
- published_at: the dates agree and, when both sides give a time, the times agree to the minute;
- views: the same integer.

Each figure is printed beside the one of commit ccb5950, stored in ``labels/baseline_ccb5950.json``.
To regenerate it: ``git worktree add /tmp/base ccb5950``, copy this file and ``labels/`` into
``/tmp/base/benchmarks/``, then in /tmp/base run
``python benchmarks/quality_structure.py --write-baseline benchmarks/labels/baseline_ccb5950.json``
and copy the file back. Fields the old schema lacks (``authors``, ``source_name``) fall back.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

from _benchlib import REALDATA, Quality, attempt, heading, pct, short, table, write_json

LABELS = Path(__file__).resolve().parent / "labels"
BASELINE = LABELS / "baseline_ccb5950.json"
FIELDS = ("title", "authors", "first_author", "editor", "published_at", "source_name", "views", "category")
_FOLD = str.maketrans({c: '"' for c in "“”„‟«»「」『』'‘’"} | {c: "-" for c in "—–―‐‑－"})
_WHEN = re.compile(r"(\d{4})\D{1,2}(\d{1,2})\D{1,2}(\d{1,2})(?:\D{1,3}?(\d{1,2}):(\d{2}))?")


def load_labels(root: Path) -> dict[str, dict[str, dict]]:
    """{corpus: {page path relative to realdata: label}}, for the pages present under ``root``."""
    corpora = {}
    for path in sorted(LABELS.glob("*.json")):
        if path.name.startswith("baseline"):
            continue
        labels = json.loads(path.read_text(encoding="utf-8"))
        pages = {page: label for page, label in labels.items() if not page.startswith("_") and (root / page).is_file()}
        if pages:
            corpora[path.stem] = pages
    return corpora


def norm(text: object) -> str:
    """Comparable form: Simplified (cleaner's t2s), NFKC, quotes and dashes folded, no whitespace."""
    from cleaner.stages.convert import to_simplified

    text = unicodedata.normalize("NFKC", to_simplified(str(text))).translate(_FOLD)
    return "".join(text.split())


def when(text: object) -> tuple[tuple[int, ...], tuple[int, ...] | None] | None:
    """(date, time to the minute or None) of an ISO-like or Chinese date string."""
    match = _WHEN.search(str(text or ""))
    if not match:
        return None
    y, mo, d, h, mi = match.groups()
    return (int(y), int(mo), int(d)), ((int(h), int(mi)) if h else None)


def authors_of(article) -> list[str]:
    """The article's authors: ``authors`` when the schema has it, else ``[author]``."""
    names = getattr(article, "authors", None)
    if names is None:
        names = [article.author] if getattr(article, "author", None) else []
    return [str(n) for n in names]


def got(article, field: str) -> object:
    if field in ("authors", "first_author"):
        names = authors_of(article)
        return names if field == "authors" else (names[0] if names else None)
    return getattr(article, field, None)


def right(field: str, expected: object, value: object) -> bool:
    if value in (None, "", []):
        return False
    if field == "authors":
        return [norm(n) for n in expected] == [norm(n) for n in value]
    if field == "published_at":
        a, b = when(expected), when(value)
        return bool(a and b) and a[0] == b[0] and (a[1] is None or b[1] is None or a[1] == b[1])
    if field == "views":
        try:
            return int(value) == int(expected)
        except (TypeError, ValueError):
            return False
    return norm(expected) == norm(value)


def expected_value(label: dict, field: str) -> object:
    if field == "first_author":
        return label["authors"][0] if label.get("authors") else None
    return label.get(field)


def measure(q: Quality, corpora: dict[str, dict[str, dict]]) -> dict:
    """Clean every labelled page; count right / labelled per field and corpus, keep the misses."""
    from cleaner import Source, clean

    counts: dict[str, dict[str, list[int]]] = {f: defaultdict(lambda: [0, 0]) for f in FIELDS}
    misses: dict[str, list[tuple]] = defaultdict(list)
    seconds, cleaned, refused = 0.0, 0, []
    for corpus, pages in corpora.items():
        for page, label in pages.items():
            path = q.root / page
            outcome = attempt(lambda raw, p=path: clean(raw, source=Source(path=str(p))), path.read_bytes())
            seconds += outcome.seconds
            if q.failures.add(page, outcome):
                refused.append((page, outcome.refused or outcome.crashed))
            else:
                cleaned += 1
            for field in FIELDS:
                expected = expected_value(label, field)
                if expected is None:
                    continue
                value = None if outcome.error else got(outcome.value, field)
                cell = counts[field][corpus]
                cell[1] += 1
                if right(field, expected, value):
                    cell[0] += 1
                else:
                    misses[field].append((page, expected, value))
    fields = {f: {c: list(v) for c, v in by.items()} for f, by in counts.items()}
    rate = cleaned / seconds if seconds else 0.0
    return {"fields": fields, "misses": misses, "refused": refused, "pages": cleaned, "pages_per_second": rate}


def totals(cells: dict[str, list[int]]) -> tuple[int, int]:
    return sum(c[0] for c in cells.values()), sum(c[1] for c in cells.values())


def report(result: dict, baseline: dict | None, corpora: list[str], show: int) -> None:
    base = (baseline or {}).get("fields", {})

    def beside(field: str, corpus: str | None, cell: tuple[int, int] | None) -> str:
        if not cell or not cell[1]:
            return "-"
        old = base.get(field)
        old_cell = None if old is None else totals(old) if corpus is None else old.get(corpus)
        if not old_cell:
            return f"{cell[0]}/{cell[1]}"
        # the baseline's count alone when it labelled as many pages, else its whole fraction
        return f"{cell[0]}/{cell[1]} ({old_cell[0]}{'' if old_cell[1] == cell[1] else f'/{old_cell[1]}'})"

    rows = []
    for field in FIELDS:
        cells = result["fields"][field]
        total = totals(cells)
        old_total = totals(base[field]) if field in base else None
        rows.append(
            [field, *(beside(field, c, cells.get(c)) for c in corpora), beside(field, None, total),
             pct(*total), pct(*old_total) if old_total else "-"]
        )
    print(table(rows, ["field", *corpora, "total", "accuracy", (baseline or {}).get("commit", "baseline")]))
    if baseline:
        print(f"right/labelled per corpus; (n): right at commit {baseline.get('commit')}, (n/m) if it had other labels "
              f"({baseline.get('pages_per_second', 0):.1f} pages/s then). {baseline.get('note', '')}")
    else:
        print(f"no baseline file at {BASELINE}")
    print(f"{result['pages']} pages cleaned at {result['pages_per_second']:.1f} pages/s (clean() calls only)")
    for page, why in result["refused"]:
        print(f"  not cleaned: {page}: {why}")
    for field in FIELDS:
        misses = result["misses"].get(field, [])
        if misses and show:
            print(f"\n{field}: {len(misses)} missed (page: expected → got)")
            for page, expected, value in misses[:show]:
                print(f"  {short(page, 60)}: {short(str(expected), 40)} → {short(str(value), 40)}")


def head_commit() -> str:
    """The short hash of the checkout this file runs in (for the baseline file)."""
    import subprocess

    done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=LABELS, capture_output=True, text=True)
    return done.stdout.strip() or "?"


def run(q: Quality, write_baseline: str | None = None) -> dict:
    heading("structure — header fields (title, authors, date, source, views, category, editor) against labels")
    corpora = load_labels(q.root)
    if not corpora:
        print(f"skipped: no labelled page of {LABELS} found under {q.root}")
        return {"skipped": True}
    result = measure(q, corpora)
    baseline = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.is_file() else None
    report(result, baseline, list(corpora), q.show)
    if write_baseline:
        write_json(write_baseline, {
            "commit": head_commit(),
            "note": "Regenerate: see the docstring of benchmarks/quality_structure.py.",
            "fields": result["fields"],
            "pages_per_second": round(result["pages_per_second"], 2),
        })
    return {k: v for k, v in result.items() if k != "refused"} | {"refused": dict(result["refused"])}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--realdata", default=str(REALDATA), help=f"the realdata folder (default {REALDATA})")
    parser.add_argument("--show", type=int, default=5, help="misses to print per field (default 5)")
    parser.add_argument("--write-baseline", metavar="PATH", help="write this run's figures as the baseline file")
    args = parser.parse_args(argv)
    root = Path(args.realdata).resolve()
    if not root.is_dir():
        print(f"quality_structure.py: no real data at {root}; nothing to measure.")
        return 0
    q = Quality(root, args.show)
    run(q, args.write_baseline)
    return 1 if q.failures.crashed else 0


if __name__ == "__main__":
    sys.exit(main())
