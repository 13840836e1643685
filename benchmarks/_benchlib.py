"""Helpers shared by the benchmark scripts (not part of the ``cleaner`` package).

Standard library only, plus what ``cleaner`` itself depends on. The scripts put this folder on
``sys.path`` simply by being run as ``python benchmarks/<script>.py``.
"""

from __future__ import annotations

import datetime
import json
import os
import platform
import random
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
# ../shared/realdata relative to the repository, as /work/shared/README.md describes it.
REALDATA = (REPO.parent / "shared" / "realdata").resolve()
FINANCE_JSONL = REALDATA / "Cute-Crawlers" / "finance_articles.jsonl"
TEXT_FIELDS = ("text", "raw_content", "content", "body")
FILE_SUFFIXES = (".txt", ".html", ".htm")


@dataclass(frozen=True)
class Doc:
    """One benchmark input: ``raw`` is what ``cleaner.clean`` gets (str, or bytes for files)."""

    id: str
    raw: str | bytes
    origin: str  # which corpus it came from, for the report


def mb(nbytes: float) -> float:
    return nbytes / 1_000_000


def utf8_len(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


def read_records(path: Path) -> list[dict]:
    """The objects of a .jsonl file, one a line (blank lines skipped)."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def record_text(record: dict) -> str | None:
    """The record's text: the first of ``TEXT_FIELDS`` that holds a string."""
    return next((record[f] for f in TEXT_FIELDS if isinstance(record.get(f), str)), None)


def read_jsonl(path: Path, origin: str | None = None) -> list[Doc]:
    """Records of a .jsonl file that carry text in one of ``TEXT_FIELDS`` (first found wins)."""
    docs = []
    for number, record in enumerate(read_records(path), 1):
        text = record_text(record)
        if text is None:
            continue
        ident = str(record.get("id") or record.get("url") or f"line {number}")
        docs.append(Doc(f"{path.name}:{ident}", text, origin or path.name))
    return docs


# Seed-style damage, as the seed page shows it: a spam keyword line on top, pinyin notes after some
# Traditional characters (``網(wǎng)``), Chinese punctuation folded to ASCII, tag soup at the end.
SPAM_LINE = "亚洲av永久无码国产精品久久,国产麻豆剧传媒精品国产av,欧美不卡一区二区三区,澳门赌场在线娱乐"
ASCII_PUNCT = str.maketrans({"，": ",", "：": ":", "；": ";", "？": "?", "！": "!", "（": "(", "）": ")"})
TAG_SOUP = '<address id="p94fg"></address><var draggable="v3kd"></var><font dropzone="x8e"></font>'
PINYIN_NOTE_SHARE = 0.03


def finance_texts() -> list[str]:
    """The real finance articles' texts (Simplified), as crawled."""
    return [t for t in map(record_text, read_records(FINANCE_JSONL)) if t and t.strip()]


def traditional_texts(texts: list[str]) -> list[str]:
    """``texts`` converted to Traditional (OpenCC s2t, opencc-python-reimplemented's tables)."""
    import opencc

    return [opencc.OpenCC("s2t").convert(text) for text in texts]


def damaged(text: str, rng: random.Random) -> str:
    """A Traditional ``text`` damaged the seed's way (see ``SPAM_LINE`` above)."""
    from pypinyin import Style, pinyin

    chars = []
    for ch in text.translate(ASCII_PUNCT):
        chars.append(ch)
        if "\u4e00" <= ch <= "\u9fff" and rng.random() < PINYIN_NOTE_SHARE:
            chars.append(f"({pinyin(ch, style=Style.TONE)[0][0]})")
    return f"{SPAM_LINE}\n{''.join(chars)}\n{TAG_SOUP}"


def traditional_finance() -> list[Doc]:
    """The speed corpus: every finance article in Traditional twice, clean and damaged (so half the
    corpus carries the seed's damage, and the two halves are the same articles)."""
    rng = random.Random(7)
    traditional = traditional_texts(finance_texts())
    return [Doc(f"trad:{n}", text, "finance, Traditional") for n, text in enumerate(traditional)] + [
        Doc(f"damaged:{n}", damaged(text, rng), "finance, Traditional, damaged") for n, text in enumerate(traditional)
    ]


def read_folder(folder: Path, origin: str | None = None) -> list[Doc]:
    """Every .txt/.html/.htm file under ``folder`` (recursively), as bytes."""
    paths = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in FILE_SUFFIXES)
    return [Doc(str(p.relative_to(folder)), p.read_bytes(), origin or f"{folder.name}/") for p in paths]


def read_samples() -> list[Doc]:
    if not SAMPLES.is_dir():
        return []
    return [Doc(f"samples/{p.name}", p.read_bytes(), "samples/") for p in sorted(SAMPLES.glob("*.txt"))]


def machine() -> dict[str, object]:
    def version(dist: str) -> str:
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            return "?"

    return {
        "date": datetime.date.today().isoformat(),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "cleaner": version("cleaner"),
        "ftfy": version("ftfy"),
        "opencc-python-reimplemented": version("opencc-python-reimplemented"),
        "beautifulsoup4": version("beautifulsoup4"),
        "lxml": version("lxml"),
        "pypinyin": version("pypinyin"),
    }


def machine_line(info: dict[str, object]) -> str:
    return (
        f"{info['date']} · Python {info['python']} · {info['cpus']} CPUs · {info['platform']} · "
        f"cleaner {info['cleaner']}, ftfy {info['ftfy']}, "
        f"opencc-python-reimplemented {info['opencc-python-reimplemented']}"
    )


def table(rows: list[list[str]], header: list[str], right: set[int] | None = None) -> str:
    """A plain-text table; columns in ``right`` (default: all but the first) are right-aligned."""
    right = set(range(1, len(header))) if right is None else right
    cells = [header, *rows]
    widths = [max(len(str(row[i])) for row in cells) for i in range(len(header))]

    def fmt(row: list[str]) -> str:
        return "  ".join(
            str(c).rjust(w) if i in right else str(c).ljust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=False))
        ).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([fmt(header), rule, *(fmt(r) for r in rows)])


def write_json(path: str, data: object) -> None:
    """Write ``data`` as UTF-8 JSON to ``path`` ('-' prints it to stdout)."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    if path == "-":
        print(text)
    else:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_text(text + "\n", encoding="utf-8")
        print(f"\nJSON written to {path}")


def end_report(started: float, json_path: str | None, results: dict[str, object]) -> None:
    """End a report: its run time, then the JSON file (with the machine) when one was asked for."""
    print(f"\n(total run time {time.perf_counter() - started:.0f} s)")
    if json_path:
        write_json(json_path, {"machine": machine(), **results})


# ----------------------------------------------------------------------------- report text


def chars(text: str | None) -> int:
    """Non-whitespace characters: normalising whitespace is not removing text."""
    return len("".join(text.split())) if text else 0


def removed_chars(change: Any) -> int:
    """Characters a ``Change`` took out of the text (0 for a same-size replacement)."""
    return max(0, chars(change.text) - chars(change.replacement))


def short(text: str, width: int = 70) -> str:
    """``text`` on one line, cut to ``width``; an invisible character is shown by its code."""
    if not any(ch.isprintable() and not ch.isspace() for ch in text):
        return repr(text)
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def pct(part: float, whole: float) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"


def heading(title: str) -> None:
    print(f"\n{'=' * 100}\n{title}\n{'=' * 100}")


def error_text(exc: BaseException, stage: str | None = None) -> str:
    """'Type: message', and for a crash (not a ``CleanerError``) the file and line that raised it."""
    from cleaner.errors import CleanerError

    text = f"{type(exc).__name__}: {str(exc)[:300]}"
    where = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    if where and not isinstance(exc, CleanerError):
        text += f" at {Path(where.filename).name}:{where.lineno}"
    return f"stage {stage}: {text}" if stage else text


# ----------------------------------------------------------------------------- running cleaner


@dataclass
class Outcome:
    """One call into cleaner: its value, or the exception it raised (``stage``: where, if known)."""

    value: Any = None
    error: Exception | None = None
    seconds: float = 0.0
    stage: str | None = None

    @property
    def refused(self) -> str | None:
        """The message of a ``CleanerError`` (an input cleaner declines on purpose), else None."""
        from cleaner.errors import CleanerError

        return error_text(self.error, self.stage) if isinstance(self.error, CleanerError) else None

    @property
    def crashed(self) -> str | None:
        """The message of any other exception (a bug), else None."""
        return error_text(self.error, self.stage) if self.error and not self.refused else None


def attempt(function: Callable[..., Any], *args: Any) -> Outcome:
    """Call ``function(*args)``, timed; an exception is kept in the outcome, not raised."""
    start = time.perf_counter()
    try:
        value = function(*args)
    except Exception as exc:  # a refusal or a crash on real data is a finding, not the end of the run
        return Outcome(error=exc, seconds=time.perf_counter() - start)
    return Outcome(value, seconds=time.perf_counter() - start)


@dataclass
class StageRun(Outcome):
    """One stage's run on one document: ``before`` is the document it got, ``value`` what it returned."""

    before: Any = None


def stage_runs(raw: str | bytes, config: Any = None) -> Iterator[StageRun]:
    """Run the stages on ``raw`` through the pipeline's own loop (``cleaner.pipeline.stage_steps``),
    timing each step: a stage's time includes the loop's own work before it (the language check).

    A stage that raises is yielded with its ``error`` and ends the run.
    """
    from cleaner import Config
    from cleaner.document import Document
    from cleaner.pipeline import STAGE_NAMES, stage_steps

    config = config or Config()
    before = Document(raw=raw)
    steps = stage_steps(before, config)
    done: list[str] = []
    while True:
        start = time.perf_counter()
        try:
            name, after = next(steps)
        except StopIteration:
            return
        except Exception as exc:  # reported by the caller: a refusal or a crash in this stage
            # the stage that raised: the first one after the last yielded that config runs
            rest = STAGE_NAMES[STAGE_NAMES.index(done[-1]) + 1 :] if done else STAGE_NAMES
            stage = next((n for n in rest if n not in config.skip), "?")
            yield StageRun(error=exc, seconds=time.perf_counter() - start, stage=stage, before=before)
            return
        done.append(name)
        yield StageRun(after, seconds=time.perf_counter() - start, stage=name, before=before)
        before = after


class Failures:
    """Inputs cleaner refused (``CleanerError``: expected for empty or binary input) and inputs it
    crashed on (any other exception: a bug), by input; the first message per input is kept."""

    def __init__(self) -> None:
        self.refused: dict[str, str] = {}
        self.crashed: dict[str, str] = {}

    def add(self, ident: str, outcome: Outcome) -> bool:
        """Record a failed ``outcome``; True when it failed."""
        if outcome.crashed:
            self.crashed.setdefault(ident, outcome.crashed)
        elif outcome.refused:
            self.refused.setdefault(ident, outcome.refused)
        return outcome.error is not None


@dataclass
class PageCache:
    """Page files cleaned once each, whichever quality section asks first."""

    results: dict[Path, Outcome] = field(default_factory=dict)

    def clean(self, path: Path) -> Outcome:
        if path not in self.results:
            from cleaner import clean

            self.results[path] = attempt(clean, path.read_bytes())
        return self.results[path]


@dataclass
class Quality:
    """What every quality section gets: the realdata folder, how many examples to print, the
    failures seen so far (crashes are summed up at the end) and the cleaned pages."""

    root: Path
    show: int = 5
    failures: Failures = field(default_factory=Failures)
    pages: PageCache = field(default_factory=PageCache)
