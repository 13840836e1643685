"""Is cleaner's cost linear in the size of its input? Exit status 1 if it is not.

    .venv/bin/python benchmarks/scaling.py                 # all cases, 0.1 0.5 1 2 4 MB
    .venv/bin/python benchmarks/scaling.py --cases space_run,comma_run --sizes 0.05,0.1,0.2
    .venv/bin/python benchmarks/scaling.py --list          # the cases and what they stress

Each case builds a synthetic input of 0.1, 0.5, 1, 2 and 4 MB (UTF-8 bytes, passed to ``clean`` as
bytes) and times the pipeline on it, stage by stage. The number that matters is seconds per MB: it is
flat for linear code and grows with size for super-linear code (doubling for quadratic code each
time the size doubles). A case is FLAGGED when its seconds/MB grows more than 3x from a smaller to
a larger measured size (every pair counts, so the fixed cost of a call, which inflates the smallest
sizes, cannot hide growth further up); the report names the stage whose seconds/MB grew most and the
exponent k of a fit time ~ size^k (1 linear, 2 quadratic).

Every measurement runs in a forked child (forked after cleaner is imported and warmed), so a
runaway case is killed instead of hanging the run:

* a quick probe at 1/8 of the smallest size comes first, to predict the rest;
* the time limit of a size is 3x what the smallest size predicts at a linear rate (at least 2 s):
  a case that hits it has already grown more than 3x, so it is flagged without waiting longer (the
  killed run counts as a lower bound);
* no measurement may take more than ``--cap`` seconds (default 10); sizes that the rate of the largest
  size measured so far says would take longer are skipped, not flagged;
* when fewer than three sizes could be measured, smaller sizes (1/16 to 1/2 of the smallest) are
  added, so a case that is too slow for 0.1 MB still gets a verdict from a range of sizes.

Cases are measured two at a time on a 2-core machine (``--jobs``), which blurs absolute seconds a
little but not growth. A crash (any exception other than ``CleanerError``) is reported and also
makes the exit status 1.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import multiprocessing
import multiprocessing.connection
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from _benchlib import SAMPLES, end_report, error_text, machine, machine_line, stage_runs, table

DEFAULT_SIZES = (0.1, 0.5, 1.0, 2.0, 4.0)
FLAG_RATIO = 3.0
MIN_LIMIT = 2.0
SLOW_S_PER_MB = 10.0  # reported as SLOW (not flagged): ~10x slower than typical text
# Flagged however it grew: 50x slower than typical text is a bug even when the sizes a timeout left
# cannot show the growth (a quadratic regex took 4 s on 6 KB of spaces, then every larger size was killed).
PATHOLOGICAL_S_PER_MB = 100.0


# ----------------------------------------------------------------------------- inputs


def fill(unit: str, nbytes: int, prefix: str = "", suffix: str = "") -> str:
    """``prefix + unit * k + suffix`` with k chosen so the UTF-8 size is about ``nbytes``."""
    fixed = len((prefix + suffix).encode())
    count = max(1, (nbytes - fixed) // max(1, len(unit.encode())))
    return prefix + unit * count + suffix


def cut(text: str, nbytes: int) -> str:
    """``text`` repeated and cut to about ``nbytes`` UTF-8 bytes, at a line end when possible."""
    unit = len(text.encode())
    body = text * (nbytes // unit + 1)
    out = body.encode()[:nbytes].decode("utf-8", "ignore")
    end = out.rfind("\n")
    return out[:end] if end > len(out) * 0.9 else out


_ARTICLE: list[str] = []


def article_text() -> str:
    """The samples/ pages as text, one after another (a realistic mix of damage); or a fallback."""
    if not _ARTICLE:
        from cleaner.stages.decode import decode_bytes

        pages = []
        for path in sorted(SAMPLES.glob("*.txt")) if SAMPLES.is_dir() else []:
            with contextlib.suppress(Exception):  # a bad sample just is not used
                pages.append(decode_bytes(path.read_bytes())[0])
        _ARTICLE.append("\n".join(pages) + "\n" if pages else FALLBACK_ARTICLE)
    return _ARTICLE[0]


FALLBACK_ARTICLE = (
    "網貸逾期會不會找上門\n作者:張三 2025-04-04 10:31:38\n"
    "隨著互聯網(wǎng)金融的發展,網貸逾期的人越來越多。根據相關規定,平台會通過電話、短信等方式催收。\n"
    "一、逾期的後果\n1. 電話催收:平台客服會聯繫借款人。\n2. 上門催收:少數情況下會上門。\n"
    "截至2024年底,上證綜指報收於3,351.76點,漲幅1.29%。<p>&nbsp;本文僅供參考。</p>\n"
)
SPAM_LINE = "国产精品,欧美一区,亚洲无码,澳门赌场,六合彩开奖"
BODY_LINE = "隨著互聯網金融的發展，網貸逾期的人越來越多，平台會通過電話、短信等方式進行催收。"


@dataclass(frozen=True)
class Case:
    name: str
    what: str
    build: Callable[[int], str]


CASES = (
    Case("article", "samples/ pages concatenated: many lines, every kind of damage", lambda n: cut(article_text(), n)),
    Case(
        "one_line",
        "the same text with its line breaks removed: one huge line",
        lambda n: cut(article_text(), n).replace("\n", ""),
    ),
    Case(
        "nested_div",
        "<div> nested thousands deep around one word, on one line",
        lambda n: "<div>" * (n // 11) + "中文" + "</div>" * (n // 11),
    ),
    Case("paren_run", "中 + a long run of '(' + 中, on one line", lambda n: fill("(", n, "中", "中")),
    Case("comma_run", "中 + a long run of ',' + 中, on one line", lambda n: fill(",", n, "中", "中")),
    Case("a_tag_run", "中 + '<a ' repeated (unclosed tags) + 中", lambda n: fill("<a ", n, "中", "中")),
    Case("dunhao_run", "'1、' repeated on one line (list/heading markers)", lambda n: fill("1、", n)),
    Case("space_run", "中 + a long run of spaces + 中, (ASCII comma at the end)", lambda n: fill(" ", n, "中", "中,")),
    Case("ellipsis_run", "中 + '…' repeated + 中 (trailing-ellipsis tests)", lambda n: fill("…", n, "中", "中")),
    Case(
        "html_page",
        "a whole HTML page whose <body> holds many sibling <p> paragraphs",
        lambda n: fill(
            "<p>网贷逾期的内容段落。</p>\n",
            n,
            "<!DOCTYPE html><html><head><title>标题</title></head><body>\n",
            "</body></html>",
        ),
    ),
    Case(
        "spam_lines",
        "keyword-list spam lines between body lines, all through the document",
        lambda n: "标题\n" + fill(SPAM_LINE + "\n" + BODY_LINE + "\n", n),
    ),
    Case(
        "pinyin_notes",
        "Traditional text with a pinyin note after every character pair",
        lambda n: fill("網(wǎng)貸(dài)逾期會(huì)不會找上門,", n),
    ),
    Case(
        "traditional_run",
        "Traditional characters with no punctuation or space, one line",
        lambda n: fill("網貸逾期會不會找上門隨著互聯網發展", n),
    ),
    Case("short_lines", "one character a line: per-line overhead", lambda n: fill("字\n", n)),
    Case(
        "tag_lines",
        "a line of inline markup after every body line (parsed line by line)",
        lambda n: fill('<p class="c">逾期<span id="x1">资讯</span></p>\n' + BODY_LINE + "\n", n),
    ),
)
CASES_BY_NAME = {case.name: case for case in CASES}


# ----------------------------------------------------------------------------- the child


def child(case_name: str, nbytes: int, conn: multiprocessing.connection.Connection) -> None:
    """Build the input, run the stages one by one, report each stage's time as it ends."""
    try:
        from cleaner import Config

        raw = CASES_BY_NAME[case_name].build(nbytes).encode("utf-8")
        conn.send(("start", len(raw)))
        for run in stage_runs(raw, Config()):
            if run.error is not None:  # a refusal, or a crash: a finding, reported in full
                conn.send(("refused" if run.refused else "crash", run.stage, error_text(run.error)))
                return
            conn.send(("stage", run.stage, run.seconds))
        conn.send(("done",))
    except BaseException as exc:
        conn.send(("crash", "(building the input)", error_text(exc)))
    finally:
        conn.close()


# ----------------------------------------------------------------------------- the parent


@dataclass
class Point:
    """One measurement of one case at one size."""

    target_mb: float
    mb: float = 0.0
    seconds: float = 0.0
    stages: dict[str, float] = field(default_factory=dict)
    status: str = "ok"  # ok | timeout | skipped | crash | refused | died
    note: str = ""
    running: str = ""  # the stage that was running when a timeout hit

    @property
    def s_per_mb(self) -> float:
        return self.seconds / self.mb if self.mb else 0.0


@dataclass
class Runner:
    """Decides, one size at a time, what to measure next for one case."""

    case: Case
    sizes: list[float]
    cap: float
    points: list[Point] = field(default_factory=list)
    queue: list[float] = field(default_factory=list)
    ladder_added: bool = False
    best: Point | None = None  # the best run so far of a size being repeated
    repeats_left: int = 0
    probing: bool = False

    def __post_init__(self) -> None:
        self.queue = sorted(self.sizes)

    @property
    def measured(self) -> list[Point]:
        return sorted((p for p in self.points if p.status == "ok"), key=lambda p: p.mb)

    def base_rate(self) -> float | None:
        """Seconds/MB of the smallest measured size (or of the probe, before any)."""
        measured = self.measured
        if measured:
            return measured[0].s_per_mb
        probe = next((p for p in self.points if p.status == "probe"), None)
        return probe.s_per_mb if probe else None

    def predicted(self, target: float) -> float | None:
        """Seconds ``target`` MB would take at the rate of the largest size measured so far (the
        probe's, before any), if it stayed linear. Not the worst rate: a call's fixed cost inflates
        the seconds/MB of the small sizes, and where the cost grows, the largest size is the worst."""
        sized = [p for p in self.points if p.status in ("ok", "probe")]
        return max(sized, key=lambda p: p.mb).s_per_mb * target if sized else None

    def limit(self, target: float) -> float:
        rate = self.base_rate()
        if rate is None:
            return self.cap
        return min(self.cap, max(MIN_LIMIT, FLAG_RATIO * rate * target * 1.05))

    def next_job(self) -> tuple[float, float] | None:
        """(target MB, time limit) of the next measurement, or None when the case is finished."""
        if self.best is not None:
            return self.best.target_mb, self.limit(self.best.target_mb)
        if any(p.status in ("crash", "died") for p in self.points):
            return None
        if not self.points:
            # A quick probe at 1/8 of the smallest size, so that a pathological case is predicted
            # (and skipped) instead of running into --cap at its first real size.
            self.probing = True
            return min(self.sizes) / 8, self.cap
        while True:
            if not self.queue:
                if self.ladder_added or len(self.measured) >= 3:
                    return None
                # Too few sizes for a verdict: measure 1/16 … 1/2 of the smallest size tried
                # (not less: below a few KB a call's fixed cost hides how the cost grows).
                self.ladder_added = True
                for p in self.points:
                    if p.status == "probe":
                        p.status = "ok"
                smallest = min(self.sizes)
                tried = {p.target_mb for p in self.points}
                self.queue = [t for t in (smallest / 2**k for k in range(4, 0, -1)) if t not in tried]
                continue
            target = self.queue[0]
            predicted = self.predicted(target)
            if predicted is not None and predicted > self.cap:
                self.queue.pop(0)
                self.points.append(
                    Point(target, target, status="skipped", note=f"~{predicted:.0f} s at a linear rate > --cap")
                )
                continue
            return target, self.limit(target)

    def record(self, point: Point) -> None:
        if self.probing:
            self.probing = False
            if point.status == "ok":
                point.status = "probe"
            self.points.append(point)
            return
        if point.status == "ok":
            if self.best is None:
                # First run of this size: repeat cheap ones, keep the best, to lower the noise.
                self.best = point
                self.repeats_left = 2 if point.seconds < 0.3 else 1 if point.seconds < 1 else 0
            else:
                self.repeats_left -= 1
                if point.seconds < self.best.seconds:
                    self.best = point
            if self.repeats_left > 0:
                return
            point = self.best
        elif self.best is not None and point.status == "timeout":
            point = self.best  # a repeat that was slow once: keep the good measurement
        self.best, self.repeats_left = None, 0
        self.points.append(point)
        self.queue = [s for s in self.queue if s != point.target_mb]
        if point.status in ("timeout", "refused"):
            # Larger inputs can only be slower (or refused again): go no further up.
            self.queue = [s for s in self.queue if s < point.target_mb]

    # -- verdict

    def verdict(self) -> dict[str, object]:
        measured = self.measured
        crash = next((p for p in self.points if p.status in ("crash", "died")), None)
        refused = next((p for p in self.points if p.status == "refused"), None)
        growth, stage, pair = worst_growth(measured, self.points)
        # Slow: judged at the largest measured size, where a call's fixed cost no longer counts.
        largest_rate = measured[-1].s_per_mb if measured else 0.0
        slow = largest_rate > SLOW_S_PER_MB
        pathological = largest_rate > PATHOLOGICAL_S_PER_MB
        flagged = crash is not None or pathological or (growth is not None and growth > FLAG_RATIO)
        exponent = fitted_exponent(measured)
        if crash is not None:
            text = f"CRASH at {crash.target_mb:.3g} MB in stage {crash.running}: {crash.note}"
        elif refused is not None and not measured:
            text = f"refused: {refused.note}"
        elif growth is None:
            text = "no verdict (fewer than two sizes measured)"
        elif flagged and not (growth is not None and growth > FLAG_RATIO):
            text = f"FLAGGED: {largest_rate:.0f} s/MB at {measured[-1].target_mb:.3g} MB (> {PATHOLOGICAL_S_PER_MB:g})"
        elif flagged:
            at_least = "at least " if pair[1].status == "timeout" else ""
            text = f"FLAGGED: s/MB grew {at_least}{growth:.1f}x"
            if exponent is not None:
                text += f", time ~ size^{exponent:.1f} over the sizes measured"
            text += f" (stage {stage})" if stage else ""
        else:
            text = f"ok: s/MB grew at most {growth:.2f}x"
        if slow and crash is None:
            text += f"; SLOW: {largest_rate:.0f} s/MB at {measured[-1].target_mb:.3g} MB"
        return {
            "flagged": flagged,
            "growth": growth,
            "exponent": exponent,
            "stage": stage,
            "slow": slow,
            "text": text,
            "crash": crash is not None,
        }


def worst_growth(
    measured: list[Point], points: list[Point]
) -> tuple[float | None, str | None, tuple[Point, Point] | None]:
    """The largest growth of seconds/MB from a smaller size to a larger one, the stage that grew
    most there, and the pair of sizes.

    Every pair counts, not only smallest → largest, so a fixed per-call cost that inflates the
    smallest size cannot hide growth further up. A killed run counts at its time limit: a lower
    bound on its seconds/MB, hence on the growth.
    """
    best: tuple[float, str | None, tuple[Point, Point]] | None = None
    larger = [p for p in points if p.status in ("ok", "timeout")]
    for large in larger:
        below = [p for p in measured if p.target_mb < large.target_mb and p.s_per_mb > 0]
        if not below:
            continue
        rate = large.seconds / (large.mb or large.target_mb)
        small = min(below, key=lambda p: p.s_per_mb)
        growth = rate / small.s_per_mb
        if best is None or growth > best[0]:
            stage = worst_stage(small, large) if large.status == "ok" else large.running
            best = (growth, stage, (small, large))
    if best is None:
        return None, None, None
    return best


def fitted_exponent(measured: list[Point]) -> float | None:
    """k in seconds ~ size^k, least-squares over the measured sizes (1 = linear, 2 = quadratic)."""
    points = [(math.log(p.mb), math.log(p.seconds)) for p in measured if p.mb and p.seconds > 0]
    if len(points) < 2:
        return None
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    spread = sum((x - mean_x) ** 2 for x, _ in points)
    if not spread:
        return None
    return sum((x - mean_x) * (y - mean_y) for x, y in points) / spread


def worst_stage(small: Point, large: Point) -> str | None:
    """The stage whose seconds/MB grew most, among stages taking >= 10% of the large run."""
    best, best_growth = None, 0.0
    for name, seconds in large.stages.items():
        if seconds < 0.1 * large.seconds:
            continue
        before = small.stages.get(name, 0.0) / small.mb
        growth = (seconds / large.mb) / before if before > 0 else float("inf")
        if growth > best_growth:
            best, best_growth = name, growth
    return best


@dataclass
class Active:
    runner: Runner
    process: multiprocessing.process.BaseProcess
    conn: multiprocessing.connection.Connection
    point: Point
    limit: float
    started: float | None = None


def finish(active: Active, status: str, note: str = "") -> None:
    point = active.point
    point.status = status
    point.note = note or point.note
    if status == "timeout":
        point.seconds = active.limit
        point.note = f"killed after {active.limit:.1f} s"
        from cleaner.pipeline import STAGE_NAMES

        done = list(point.stages)
        point.running = STAGE_NAMES[len(done)] if len(done) < len(STAGE_NAMES) else "?"
    if active.process.is_alive():
        active.process.kill()  # our own child, by its handle
    active.process.join()
    active.conn.close()
    active.runner.record(point)


def run_all(runners: list[Runner], jobs: int, progress: bool) -> None:
    ctx = multiprocessing.get_context("fork")
    waiting = list(runners)
    active: dict[multiprocessing.connection.Connection, Active] = {}
    while waiting or active:
        for runner in list(waiting):
            if len(active) >= jobs:
                break
            if any(a.runner is runner for a in active.values()):
                continue
            job = runner.next_job()
            if job is None:
                waiting.remove(runner)
                continue
            target, limit = job
            receive, send = ctx.Pipe(duplex=False)
            process = ctx.Process(target=child, args=(runner.case.name, int(target * 1e6), send), daemon=True)
            process.start()
            send.close()
            active[receive] = Active(runner, process, receive, Point(target), limit)
        if not active:
            continue
        now = time.perf_counter()
        deadlines = [a.started + a.limit for a in active.values() if a.started is not None]
        timeout = max(0.0, min(deadlines) - now) if deadlines else 1.0
        for conn in multiprocessing.connection.wait(list(active), timeout=min(timeout, 1.0)):
            current = active[conn]
            try:
                message = conn.recv()
            except (EOFError, OSError):
                del active[conn]
                finish(current, "died", f"child exited with code {current.process.exitcode}")
                continue
            kind = message[0]
            if kind == "start":
                current.started = time.perf_counter()
                current.point.mb = message[1] / 1e6
            elif kind == "stage":
                current.point.stages[message[1]] = message[2]
                current.point.seconds += message[2]
            else:
                del active[conn]
                if kind == "done":
                    finish(current, "ok")
                    if progress:
                        p = current.point
                        print(
                            f"  {current.runner.case.name:<16} {p.mb:6.2f} MB  {p.seconds:7.2f} s"
                            f"  {p.s_per_mb:7.2f} s/MB",
                            file=sys.stderr,
                            flush=True,
                        )
                else:
                    current.point.running = message[1]
                    finish(current, "crash" if kind == "crash" else "refused", message[2])
        now = time.perf_counter()
        for conn, current in list(active.items()):
            if current.started is not None and now > current.started + current.limit:
                del active[conn]
                finish(current, "timeout")
                if progress:
                    print(
                        f"  {current.runner.case.name:<16} {current.point.target_mb:6.2f} MB  "
                        f"killed after {current.limit:.1f} s",
                        file=sys.stderr,
                        flush=True,
                    )


# ----------------------------------------------------------------------------- report


def cell(point: Point | None) -> str:
    if point is None:
        return ""
    if point.status == "ok":
        return f"{point.seconds:.2f}s {point.s_per_mb:.2f}"
    if point.status == "timeout":
        return f">{point.seconds:.1f}s"
    return point.status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes",
        default=",".join(f"{s:g}" for s in DEFAULT_SIZES),
        help="sizes in MB, comma-separated (default 0.1,0.5,1,2,4)",
    )
    parser.add_argument("--cases", help="comma-separated case names (default: all; see --list)")
    parser.add_argument(
        "--cap", type=float, default=10.0, help="longest a single measurement may take, seconds (default 10)"
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=min(2, os.cpu_count() or 1),
        help="cases measured at the same time (default: 2, or 1 on one core)",
    )
    parser.add_argument("--json", metavar="PATH", help="also write the results as JSON ('-': stdout)")
    parser.add_argument("--list", action="store_true", help="list the cases and exit")
    parser.add_argument("--quiet", action="store_true", help="no progress lines on stderr")
    args = parser.parse_args(argv)

    if args.list:
        for case in CASES:
            print(f"{case.name:<16} {case.what}")
        return 0
    sizes = sorted(float(s) for s in args.sizes.split(","))
    names = args.cases.split(",") if args.cases else [case.name for case in CASES]
    unknown = [n for n in names if n not in CASES_BY_NAME]
    if unknown:
        parser.error(f"unknown case(s) {', '.join(unknown)}; see --list")

    started = time.perf_counter()
    import cleaner

    cleaner.clean("網(wǎng)貸逾期\n\n隨著互聯(lián)網(wǎng)發(fā)展,網貸增加。作者:张三")  # warm caches before forking
    article_text()
    runners = [Runner(CASES_BY_NAME[name], sizes, args.cap) for name in names]
    if not args.quiet:
        print(
            f"measuring {len(runners)} cases at {', '.join(f'{s:g}' for s in sizes)} MB ({args.jobs} at a time) ...",
            file=sys.stderr,
        )
    run_all(runners, max(1, args.jobs), progress=not args.quiet)

    all_sizes = sorted({p.target_mb for r in runners for p in r.points if p.status != "probe"})
    print(f"cleaner scaling benchmark — {machine_line(machine())}")
    print(
        "cells: seconds, then seconds per MB; '>Ns' = killed after N s; 'skipped' = a linear rate "
        f"predicts more than --cap {args.cap:g} s\n"
    )
    rows = []
    verdicts = {}
    for runner in runners:
        by_size = {p.target_mb: p for p in runner.points if p.status != "probe"}
        verdict = runner.verdict()
        verdicts[runner.case.name] = verdict
        rows.append([runner.case.name, *(cell(by_size.get(s)) for s in all_sizes), verdict["text"]])
    print(
        table(rows, ["case", *(f"{s:.3g} MB" for s in all_sizes), "verdict"], right=set(range(1, len(all_sizes) + 1)))
    )

    flagged = [r for r in runners if verdicts[r.case.name]["flagged"]]
    slow = [r for r in runners if verdicts[r.case.name]["slow"] and r not in flagged]
    if flagged:
        print(f"\nFLAGGED ({len(flagged)}): cost is not linear in input size, or cleaner crashed:")
        for runner in flagged:
            print(f"  {runner.case.name}: {verdicts[runner.case.name]['text']}")
            print(f"      input: {runner.case.what}")
            measured = runner.measured
            if measured:
                last = measured[-1]
                shares = ", ".join(f"{k} {v:.2f}s" for k, v in last.stages.items() if v >= 0.01)
                print(f"      stages at {last.mb:g} MB: {shares}")
    if slow:
        print(
            f"\nSLOW but linear (> {SLOW_S_PER_MB:g} s/MB at the largest size measured): "
            + ", ".join(f"{r.case.name} ({r.measured[-1].s_per_mb:.0f} s/MB)" for r in slow)
        )
    if not flagged:
        print("\nno case flagged: seconds/MB grew less than 3x between any two sizes")
    end_report(
        started,
        args.json,
        {
            "sizes_mb": sizes,
            "cap_s": args.cap,
            "flag_ratio": FLAG_RATIO,
            "cases": {
                r.case.name: {
                    "what": r.case.what,
                    "verdict": verdicts[r.case.name],
                    "points": [
                        {
                            "target_mb": p.target_mb,
                            "mb": round(p.mb, 4),
                            "status": p.status,
                            "seconds": round(p.seconds, 4),
                            "s_per_mb": round(p.s_per_mb, 4),
                            "stages": {k: round(v, 4) for k, v in p.stages.items()},
                            "running": p.running,
                            "note": p.note,
                        }
                        for p in sorted(r.points, key=lambda p: p.target_mb)
                    ],
                }
                for r in runners
            },
        },
    )
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
