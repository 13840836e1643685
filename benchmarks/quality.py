"""How well does cleaner clean real pages? Measured against the public material in ../shared/realdata.

    .venv/bin/python benchmarks/quality.py                     # every section, readable report
    .venv/bin/python benchmarks/quality.py --only opencc,webtext --show 10
    .venv/bin/python benchmarks/quality.py --realdata /path/to/realdata --json quality.json

Sections, one module each (each is skipped, with a note, when its files are missing; with no
realdata at all the script says so and exits 0):

finance  Cute-Crawlers/finance_articles.jsonl, 597 real articles, no gold. What each stage did:
         documents changed, characters removed per stage and per reason (recorded by the stage's
         ``Change`` records, and measured as the shrinking of the text — a gap between the two is an
         edit the stage did not record), sample removals per reason, and every document that lost
         more than 20% of its characters, for a person to look at.
webtext  ChineseWebText fastText seeds (clean.jsonl vs dirty.jsonl): pinyin notes and spam lines
         removed from each (anything removed from the clean set is a likely false positive), and the
         2021-43 records whose <title> carries gambling-brand spam.
opencc   OpenCC's own test cases (t2s, tw2s, hk2s) and golden files: accuracy of
         ``cleaner.stages.convert.to_simplified`` against the expected output, beside plain OpenCC.
html     Pages with gold main text (magic-html, newspaper4k, readability, trafilatura): how much of
         the gold text survives cleaning (recall), how much else comes with it, gold titles.
structure
         125 real Chinese pages (GeneralNewsExtractor, magic-html, readability, newspaper4k, goose3,
         trafilatura) whose header facts a person wrote down in benchmarks/labels/: title, authors,
         editor, published_at, source_name, views, category. Right / labelled per field and corpus,
         each beside the figure of commit ccb5950 (labels/baseline_ccb5950.json), the misses, pages/s.
crash    Every .html page and every .jsonl text record under realdata is cleaned; any exception
         other than ``CleanerError`` is listed (exit status 1), with the slowest pages.

"Characters" are non-whitespace characters throughout: normalising whitespace is not removing text.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from pathlib import Path

import quality_crash
import quality_finance
import quality_html
import quality_opencc
import quality_structure
import quality_webtext
from _benchlib import REALDATA, Quality, end_report, heading, machine, machine_line

SECTIONS = {
    "finance": quality_finance.run,
    "webtext": quality_webtext.run,
    "opencc": quality_opencc.run,
    "html": quality_html.run,
    "structure": quality_structure.run,
    "crash": quality_crash.run,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--realdata", default=str(REALDATA), help=f"the realdata folder (default {REALDATA})")
    parser.add_argument("--only", help=f"comma-separated sections: {', '.join(SECTIONS)}")
    parser.add_argument("--show", type=int, default=5, help="examples to print per list (default 5)")
    parser.add_argument("--json", metavar="PATH", help="also write the results as JSON ('-': stdout)")
    args = parser.parse_args(argv)
    root = Path(args.realdata).resolve()
    chosen = args.only.split(",") if args.only else list(SECTIONS)
    unknown = [s for s in chosen if s not in SECTIONS]
    if unknown:
        parser.error(f"unknown section(s) {', '.join(unknown)}; sections: {', '.join(SECTIONS)}")
    if not root.is_dir():
        print(f"quality.py: no real data at {root}; nothing to measure (pass --realdata PATH).")
        return 0

    started = time.perf_counter()
    print(f"cleaner quality report — {machine_line(machine())}\nrealdata: {root}")
    q = Quality(root, args.show)
    results: dict[str, object] = {}
    for name in chosen:
        try:
            results[name] = SECTIONS[name](q)
        except Exception:  # one broken section must not hide the others
            print(f"\n!! section {name} failed:\n{traceback.format_exc()}")
            results[name] = {"error": traceback.format_exc()}

    heading("summary")
    crashes = q.failures.crashed
    if crashes:
        print(f"!! cleaner CRASHED on {len(crashes)} real input(s) (exceptions other than CleanerError):")
        for ident, message in crashes.items():
            print(f"  {ident}: {message}")
    else:
        print("no crash: every real input was cleaned or refused with a CleanerError")
    end_report(started, args.json, {**results, "crashes": crashes})
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
