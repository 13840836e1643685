"""A batch run: records in, each written to a sink or counted as failed, nothing lost.

``run_batch`` reads records, skips those a resumed run already wrote, cleans the rest in order (in
worker processes with ``jobs`` > 1), renders each article in the worker that cleaned it (so the
parent only writes), and counts everything in a ``Summary``: ``read == written + failed + skipped``.
The CLI's ``cleaner clean`` is a thin shell over it.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from .article import Article
from .config import Config
from .errors import InputError
from .output import render
from .pipeline import Failure
from .records import Record, process
from .sinks import ErrorLog
from .summary import Progress, Summary


@dataclass(frozen=True, slots=True)
class Done:
    """A cleaned record, rendered for its sink, with what the summary counts."""

    payload: Any
    reasons: tuple[str, ...]
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class Render:
    """Turns an article into what a sink writes; runs in the worker that cleaned it.

    ``mode``: ``line`` (a JSON line), ``row`` (a dict for Parquet, ``input_fields`` as a JSON string)
    or ``file`` (a file's text in ``fmt``). ``fields``: the article fields written (None: all).
    """

    mode: str = "line"
    fmt: str = "json"
    fields: tuple[str, ...] | None = None
    keep_fields: bool = False

    def __call__(self, record: Record, result: Article | Failure) -> Done | Failure:
        if isinstance(result, Failure):
            return result
        reasons = tuple(change.reason for change in result.removed)
        if self.mode == "file" and self.fmt != "json":
            return Done(render(result, self.fmt), reasons, result.warnings)
        data = result.to_dict(self.fields)
        if self.keep_fields:
            kept = record.fields or {}
            data["input_fields"] = json.dumps(kept, ensure_ascii=False, default=str) if self.mode == "row" else kept
        if self.mode == "row":
            return Done(data, reasons, result.warnings)
        if self.mode == "file":
            return Done(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n", reasons, result.warnings)
        return Done(json.dumps(data, ensure_ascii=False, default=str) + "\n", reasons, result.warnings)


def run_batch(records: Iterable[Record], sink: Any, config: Config, *, render: Render, jobs: int = 1,
              timeout: float | None = None, errors: ErrorLog | None = None, summary: Summary | None = None,
              progress: Progress | None = None, report: Callable[[Failure], None] | None = None) -> Summary:
    """Clean ``records`` into ``sink``; failures go to ``errors`` and ``report``. Returns the counts."""
    summary = summary or Summary()
    errors = errors or ErrorLog(None)
    ok = False
    try:
        for record, result in process(_todo(records, sink, errors, summary, progress), config, jobs,
                                      timeout=timeout, finish=render):
            summary.bytes += record.size
            if not isinstance(result, Failure):
                try:
                    sink.write(record, result.payload)
                except OSError as exc:  # a full disk or a vanished folder fails this record, not the batch
                    result = Failure(record.source, f"{record.label}: cannot write its output: "
                                     f"{exc.strerror or exc}", "output:unwritable")
            if isinstance(result, Failure):
                summary.failed += 1
                summary.codes[result.code] += 1
                errors.write(record, result.code, result.error)
                with contextlib.suppress(OSError):  # the error record may not fit on a full disk either
                    sink.fail(record, result.error)
                if report:
                    report(result)
            else:
                summary.written += 1
                summary.count_removals(result.reasons)
                summary.warnings.update(result.warnings)
            if progress:
                progress.update()
        ok = True
    finally:
        if progress:
            progress.close()
        if not ok and hasattr(sink, "abort"):
            sink.abort()
        else:
            sink.close()
        errors.close()
    return summary


def _todo(records: Iterable[Record], sink: Any, errors: ErrorLog, summary: Summary,
          progress: Progress | None) -> Iterator[Record]:
    """The records still to clean: named for the sink, those already written skipped (``--resume``)."""
    for record in records:
        summary.read += 1
        record = sink.prepare(record)
        if sink.skip(record) or errors.skip(record):
            summary.skipped += 1
            if progress:
                progress.update()
            continue
        refusal = sink.refuse(record) if hasattr(sink, "refuse") else None
        if refusal:
            record = replace(record, data=InputError("output:conflict", refusal))
        yield record
