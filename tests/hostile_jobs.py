"""Large hostile inputs, each cleaned in a forked child with a time and an address-space limit.

The tests in tests/test_hostile.py marked ``large`` read the results. The runner starts when the
test session has collected them (tests/conftest.py), so these slow jobs use the second core while
the rest of the suite runs on the first. Run by hand: ``python -m tests.hostile_jobs OUTDIR [JOB…]``.

Each job writes ``OUTDIR/<job>.json``: ``outcome`` (``article``, ``refused:<code>``, ``crash:<type>``,
``killed:<signal>``), ``seconds`` (wall), ``cpu_seconds`` and ``max_rss_mb`` (of that child alone, from
``wait4``) and details.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
# Simplified samples: a realistic page mix that does not measure the converter's speed.
PROSE = ("001_clean_simplified.txt", "005_legit_spamlike_words.txt", "016_headings_nested_subsections.txt")
CPU_LIMIT = 400  # CPU seconds (not wall: a busy machine must not fail a test): catastrophic only
ADDRESS_LIMIT = 8 * 1024**3  # bytes of address space a job may map before allocation fails


def prose(size: int, one_line: bool = False) -> bytes:
    unit = "\n".join((SAMPLES / name).read_text("utf-8") for name in PROSE) + "\n"
    if one_line:
        unit = unit.replace("\n", "")
    data = (unit * (size // len(unit.encode()) + 1)).encode()[:size]
    return data.decode("utf-8", "ignore").encode()


def nested(depth: int) -> bytes:
    return ("<html><body>" + "<div>" * depth + "正文内容。" + "</div>" * depth + "</body></html>").encode()


JOBS = {
    "file_50mb": lambda: prose(50 * 10**6),
    "line_10mb": lambda: prose(10 * 10**6, one_line=True),
    "nested_200k_page": lambda: nested(200_000),
    "nested_200k_fragment": lambda: ("标题\n正文。\n" + "<span>" * 200_000 + "文字" + "</span>" * 200_000).encode(),
}


def _child(job: str, outdir: Path) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_LIMIT, ADDRESS_LIMIT))
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_LIMIT, CPU_LIMIT))  # SIGXCPU: a hang is killed:24
    import cleaner

    data = JOBS[job]()
    path = outdir / f"{job}.input"
    path.write_bytes(data)
    started = time.perf_counter()
    result: dict = {"job": job, "input_bytes": len(data)}
    try:
        article = cleaner.clean(path.read_bytes())
        json.dumps(article.to_dict(), ensure_ascii=False).encode("utf-8")
        result |= {"outcome": "article", "text_chars": len(article.text), "warnings": list(article.warnings)}
    except cleaner.InputError as exc:
        result |= {"outcome": f"refused:{exc.code}", "error": str(exc)}
    except BaseException as exc:
        result |= {"outcome": f"crash:{type(exc).__name__}", "error": str(exc)[:500]}
    result["seconds"] = round(time.perf_counter() - started, 2)
    path.unlink()
    (outdir / f"{job}.json").write_text(json.dumps(result, ensure_ascii=False))


def run(outdir: Path, jobs: list[str]) -> None:
    """Each job in a forked child, one after another; the parent adds the child's peak memory."""
    outdir.mkdir(parents=True, exist_ok=True)
    for job in jobs:
        pid = os.fork()
        if pid == 0:
            try:
                _child(job, outdir)
            finally:
                os._exit(0)
        _, status, usage = os.wait4(pid, 0)
        report = outdir / f"{job}.json"
        result = json.loads(report.read_text()) if report.exists() else {"job": job}
        if os.WIFSIGNALED(status):
            result["outcome"] = f"killed:{os.WTERMSIG(status)}"
        result["max_rss_mb"] = round(usage.ru_maxrss / 1024)
        result["cpu_seconds"] = round(usage.ru_utime + usage.ru_stime, 1)
        (outdir / f"{job}.part").write_text(json.dumps(result, ensure_ascii=False))
        os.replace(outdir / f"{job}.part", outdir / f"{job}.done.json")


if __name__ == "__main__":
    run(Path(sys.argv[1]), sys.argv[2:] or list(JOBS))
