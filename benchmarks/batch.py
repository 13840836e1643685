"""Batch throughput: the CLI with --jobs 1 and 2 against the in-process clean() loop, Spark, datatrove.

    .venv/bin/python benchmarks/batch.py                       # 5,000 records, RSS checked at 50,000 too
    .venv/bin/python benchmarks/batch.py --records 5000 --long 0 --no-spark   # quicker

Records are built from ../shared/realdata/Cute-Crawlers/finance_articles.jsonl (597 real articles),
converted to Traditional with OpenCC s2t and damaged the way the seed page is: pinyin notes after
some Traditional characters (``網(wǎng)``), ASCII punctuation for Chinese, a spam line on top. Each
record gets its own id and a numbered first line, so no two are identical.

Rows:
- ``clean() loop``: one process, ``json.loads`` + ``cleaner.clean`` per line, the same file.
- ``CLI --jobs N``: ``cleaner clean records.jsonl -o out.jsonl --jobs N`` as a subprocess, wall time
  from start to exit (start-up and writing included). Peak RSS of the parent and of each worker is
  sampled with psutil every 0.1 s.
- ``Spark local[2]``: ``cleaner.spark.clean_dataframe`` over ``spark.read.json``, written to Spark's
  ``noop`` sink (every row computed, nothing stored); the session's start is not counted.
- ``datatrove step``: ``cleaner.datatrove.CleanChinese`` over the records as Documents, one process.

Targets (issue 7): CLI --jobs 1 within 10% of the loop; --jobs 2 ≥ 1.8× --jobs 1; peak RSS per
worker < 200 MB and flat from 5,000 to 50,000 records; Spark local[2] ≥ 1.4× the loop.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from _benchlib import REPO, damaged, finance_texts, machine, machine_line, table, traditional_texts


def damaged_articles() -> list[str]:
    """The real articles in Traditional, with the seed's damage (``_benchlib.damaged``)."""
    rng = random.Random(7)
    return [damaged(text, rng) for text in traditional_texts(finance_texts())]


def simplified_articles() -> list[str]:
    """The real articles as they are (Simplified): the cheap records of the long memory run."""
    return finance_texts()


def write_records(path: Path, count: int, articles: list[str]) -> int:
    size = 0
    with open(path, "w", encoding="utf-8") as handle:
        for n in range(count):
            line = json.dumps({"id": f"r{n}", "text": f"第{n}號 " + articles[n % len(articles)]},
                              ensure_ascii=False) + "\n"
            size += len(line.encode("utf-8"))
            handle.write(line)
    return size


def loop(path: Path) -> tuple[float, float]:
    """Wall and CPU seconds of json.loads + clean() over every line, in this process."""
    import cleaner

    cleaner.warm()
    started, cpu = time.perf_counter(), time.process_time()
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            with contextlib.suppress(Exception):  # a stage's bug on one page: the CLI says input:crashed
                cleaner.clean(json.loads(line)["text"])
    return time.perf_counter() - started, time.process_time() - cpu


class RssWatch:
    """Peak RSS of a process and of each of its children, sampled every 0.1 s."""

    def __init__(self, pid: int):
        import psutil

        self.root = psutil.Process(pid)
        self.peaks: dict[int, int] = {}
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        import psutil

        while not self.stop.is_set():
            try:
                for proc in [self.root, *self.root.children(recursive=True)]:
                    rss = proc.memory_info().rss
                    self.peaks[proc.pid] = max(self.peaks.get(proc.pid, 0), rss)
            except psutil.Error:
                pass
            time.sleep(0.1)

    def result(self) -> tuple[int, list[int]]:
        self.stop.set()
        self.thread.join()
        parent = self.peaks.pop(self.root.pid, 0)
        return parent, sorted(self.peaks.values(), reverse=True)


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cli(path: Path, jobs: int, out: Path) -> tuple[float, float, int, list[int]]:
    """Wall seconds, CPU seconds (the CLI and its workers), peak RSS of the parent and of each worker."""
    command = [sys.executable, "-m", "cleaner", "clean", str(path), "-o", str(out), "--jobs", str(jobs), "-q",
               "--errors", str(out) + ".errors"]
    started, cpu = time.perf_counter(), children_cpu()
    process = subprocess.Popen(command, cwd=REPO)
    watch = RssWatch(process.pid)
    process.wait()
    seconds = time.perf_counter() - started
    parent, workers = watch.result()
    return seconds, children_cpu() - cpu, parent, workers


def spark_run(path: Path) -> float:
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from pyspark.sql import SparkSession

    from cleaner.spark import clean_dataframe

    spark = (SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false")
             .config("spark.driver.host", "127.0.0.1").config("spark.ui.showConsoleProgress", "false")
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    try:
        df = spark.read.json(str(path)).repartition(8).cache()
        df.count()
        clean_dataframe(df.limit(16), "text", "id").write.format("noop").mode("overwrite").save()  # warm workers
        started = time.perf_counter()
        clean_dataframe(df, "text", "id").write.format("noop").mode("overwrite").save()
        return time.perf_counter() - started
    finally:
        spark.stop()


def datatrove_run(path: Path) -> float:
    from datatrove.data import Document

    from cleaner.datatrove import CleanChinese

    with open(path, encoding="utf-8") as handle:
        docs = [Document(text=r["text"], id=r["id"]) for r in map(json.loads, handle)]
    step = CleanChinese()
    started, cpu = time.perf_counter(), time.process_time()
    for _ in step.run(iter(docs)):
        pass
    return time.perf_counter() - started, time.process_time() - cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=5000)
    parser.add_argument("--long", type=int, default=50000, help="records for the RSS flatness run (0: skip)")
    parser.add_argument("--no-spark", action="store_true")
    parser.add_argument("--no-datatrove", action="store_true")
    parser.add_argument("--json", help="write the results as JSON to this path")
    args = parser.parse_args()

    info = machine()
    print(machine_line(info), file=sys.stderr)
    rows, results = [], {"machine": info, "records": args.records, "load_before": os.getloadavg()}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        records = work / "records.jsonl"
        size = write_records(records, args.records, damaged_articles())
        mb = size / 1e6
        print(f"{args.records:,} records, {mb:.1f} MB", file=sys.stderr)

        def row(name: str, seconds: float, cpu: float | None, note: str = "") -> None:
            results[name] = {"seconds": seconds, "cpu_seconds": cpu, "docs_s": args.records / seconds,
                             "mb_s": mb / seconds}
            rows.append([name, f"{args.records / seconds:,.0f}", f"{mb / seconds:.2f}", f"{seconds:.1f}",
                         "" if cpu is None else f"{cpu:.1f}", note])
            print(f"  {name}: {seconds:.1f} s", file=sys.stderr)

        base, base_cpu = loop(records)
        row("clean() loop, 1 process", base, base_cpu)
        rss = {}
        for jobs in (1, 2):
            seconds, cpu, parent, workers = cli(records, jobs, work / f"out{jobs}.jsonl")
            rss[jobs] = (parent, workers)
            worker_note = f", workers {', '.join(f'{w / 1e6:.0f}' for w in workers)} MB" if workers else ""
            row(f"CLI --jobs {jobs}", seconds, cpu, f"peak RSS parent {parent / 1e6:.0f} MB{worker_note}")
        if not args.no_spark:
            row("Spark local[2] clean_dataframe", spark_run(records), None, "session start not counted")
        if not args.no_datatrove:
            row("datatrove CleanChinese step", *datatrove_run(records))
        flat = {}
        if args.long:  # memory over a long stream: cheap (Simplified) records, so 50,000 take minutes
            cheap = simplified_articles()
            for count in (args.records, args.long):
                path = work / f"cheap{count}.jsonl"
                write_records(path, count, cheap)
                seconds, _, parent, workers = cli(path, 2, work / f"cheap{count}.out.jsonl")
                flat[count] = (parent, workers, seconds)
                path.unlink()
                print(f"  RSS run, {count:,} records: {seconds:.1f} s", file=sys.stderr)
            results["rss_flat"] = {str(k): {"parent": v[0], "workers": v[1], "seconds": v[2]} for k, v in flat.items()}
    results["load_after"] = os.getloadavg()

    print()
    print(table(rows, ["run", "docs/s", "MB/s", "wall s", "CPU s", "notes"], right={1, 2, 3, 4}))
    print()
    j1, j2 = results["CLI --jobs 1"], results["CLI --jobs 2"]
    checks = [
        (f"CLI --jobs 1 within 10% of the loop: wall {base / j1['seconds']:.2f}×, "
         f"CPU {base_cpu / j1['cpu_seconds']:.2f}× its speed", j1["cpu_seconds"] <= base_cpu * 1.10),
        (f"CLI --jobs 2 ≥ 1.8× --jobs 1 ({j1['seconds'] / j2['seconds']:.2f}× wall)",
         j1["seconds"] / j2["seconds"] >= 1.8),
        (f"peak RSS per worker < 200 MB ({max(rss[2][1], default=0) / 1e6:.0f} MB)",
         max(rss[2][1], default=0) < 200e6),
    ]
    if flat:
        (short_parent, short_workers, _), (long_parent, long_workers, _) = flat[args.records], flat[args.long]
        short_peak, long_peak = max(short_workers, default=0), max(long_workers, default=0)
        checks.append((f"worker RSS flat from {args.records:,} to {args.long:,} records: "
                       f"{short_peak / 1e6:.0f} → {long_peak / 1e6:.0f} MB (parent {short_parent / 1e6:.0f} → "
                       f"{long_parent / 1e6:.0f} MB)", long_peak <= short_peak * 1.15 + 10e6))
    if "Spark local[2] clean_dataframe" in results:
        spark = results["Spark local[2] clean_dataframe"]["seconds"]
        checks.append((f"Spark local[2] ≥ 1.4× the loop ({base / spark:.2f}× wall)", base / spark >= 1.4))
    for text, ok in checks:
        print(f"{'✓' if ok else '✗'} {text}")
    load = results["load_before"], results["load_after"]
    print(f"\n{machine_line(info)}\nload average before {load[0][0]:.1f}, after {load[1][0]:.1f} "
          "(the machine is shared: wall times of parallel runs suffer when it is busy)")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
