"""What a batch did, counted: read, written, failed, skipped; removals per stage and reason; failures
per code; bytes and seconds. Printed as one closing line, written whole with ``--summary``; and a
progress line on stderr while the batch runs (docs/s, MB/s, ETA when the total is known).
"""

from __future__ import annotations

import dataclasses
import json
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import IO, Any

from ._version import __version__
from .config import Config

PROGRESS_EVERY = 0.5  # seconds between redraws


@dataclass
class Summary:
    read: int = 0
    written: int = 0
    failed: int = 0
    skipped: int = 0  # already written by the run that --resume continues
    bytes: int = 0
    stages: Counter[str] = field(default_factory=Counter)
    reasons: Counter[str] = field(default_factory=Counter)
    codes: Counter[str] = field(default_factory=Counter)
    warnings: Counter[str] = field(default_factory=Counter)
    started: float = field(default_factory=time.monotonic)

    def count_removals(self, reasons: tuple[str, ...]) -> None:
        for reason in reasons:
            self.reasons[reason] += 1
            self.stages[reason.split(":", 1)[0]] += 1

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started

    def line(self, where: str = "") -> str:
        """The closing line on stderr: ``cleaned 2 of 5 record(s) into out; 3 failed (input:empty ×3); …``."""
        rate = (self.written + self.failed) / self.seconds if self.seconds else 0.0
        text = f"cleaned {self.written:,} of {self.read:,} record(s){where}"
        if self.failed:
            codes = ", ".join(f"{code} ×{n}" for code, n in self.codes.most_common())
            text += f"; {self.failed:,} failed ({codes})"
        if self.skipped:
            text += f"; {self.skipped:,} skipped (already written)"
        return text + f"; {self.seconds:.1f} s, {rate:,.0f} docs/s"

    def to_dict(self, config: Config) -> dict[str, Any]:
        data = dataclasses.asdict(config)
        data["skip"] = sorted(config.skip)
        return {
            "read": self.read, "written": self.written, "failed": self.failed, "skipped": self.skipped,
            "bytes": self.bytes, "seconds": round(self.seconds, 3),
            "removed_per_stage": dict(self.stages.most_common()),
            "removed_per_reason": dict(self.reasons.most_common()),
            "failed_per_code": dict(self.codes.most_common()),
            "warnings": dict(self.warnings.most_common()),
            "cleaner_version": __version__, "config_sha256": config.sha256, "config": data,
        }

    def to_json(self, config: Config) -> str:
        return json.dumps(self.to_dict(config), ensure_ascii=False, indent=2, default=list) + "\n"


class Progress:
    """One line on stderr redrawn twice a second: done, docs/s, MB/s, and ETA when the total is known."""

    def __init__(self, stream: IO[str], summary: Summary, total: int | None = None, shown: bool = True,
                 total_bytes: int | None = None):
        self.stream, self.summary, self.total, self.shown = stream, summary, total, shown
        self.total_bytes = total_bytes  # for an ETA by bytes when the record count is unknown (JSONL)
        self.last = 0.0

    def update(self) -> None:
        now = time.monotonic()
        if not self.shown or now - self.last < PROGRESS_EVERY:
            return
        self.last = now
        s = self.summary
        seconds = max(s.seconds, 1e-9)
        cleaned = s.written + s.failed
        done = cleaned + s.skipped
        text = f"\r{done:,}" + (f"/{self.total:,}" if self.total else "") + " docs"
        text += f"  {cleaned / seconds:,.0f} docs/s  {s.bytes / seconds / 1e6:.2f} MB/s"
        if s.failed:
            text += f"  {s.failed:,} failed"
        remaining = None
        if self.total and cleaned:
            remaining = max(self.total - done, 0) * seconds / cleaned
        elif self.total_bytes and s.bytes:
            remaining = max(self.total_bytes - s.bytes, 0) * seconds / s.bytes
        if remaining is not None:
            text += f"  ETA {int(remaining // 60)}:{int(remaining % 60):02d}"
        self.stream.write(text + "\x1b[K")
        self.stream.flush()

    def close(self) -> None:
        if self.shown and self.last:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
