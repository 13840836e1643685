"""Writers of a batch's results: a JSONL stream, a Parquet file, a folder, the errors stream.

* **JSONL** (``.jsonl``, ``.jsonl.gz``, ``.jsonl.zst``, or stdout): one article a line, appended in whole
  lines, several hundred at a time; ``fsync`` every few thousand lines and at the end, not per record.
  ``--resume`` cuts a torn last line (a killed run) and skips the records already written.
* **Parquet**: row groups with the schema of ``cleaner.arrow``, to a temporary name renamed at the end.
* **Folder**: one file per input, each written to a temporary name and renamed (``output.write_atomic``).

Files get the process umask, like any file the user's shell would create.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

from .names import Namer
from .output import ERROR_SUFFIX, write_atomic
from .paths import real_path
from .readers import open_binary
from .records import Record

LINES_PER_WRITE = 256
LINES_PER_FSYNC = 4096
ROWS_PER_GROUP = 2048


def record_key(source: dict[str, Any] | Any) -> tuple[str | None, str | None]:
    """What identifies a record across runs: its file and its id (either may be None)."""
    if isinstance(source, dict):
        return source.get("path"), source.get("id")
    return source.path, source.id


def is_compressed(path: Path) -> bool:
    return str(path).lower().endswith((".gz", ".zst"))


class LineWriter:
    """Whole lines appended to a (possibly compressed) file, batched; ``resume`` repairs a torn tail."""

    def __init__(self, path: Path | None, resume: bool = False):
        self.path = path
        self.done: Counter[tuple[str | None, str | None]] = Counter()
        self.pending: list[str] = []
        self.unsynced = 0
        if path is None:
            self.handle: IO[bytes] = sys.stdout.buffer
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        if resume and path.exists():
            self.done = repair_and_read_keys(path)
        elif path.exists():
            path.unlink()  # a fresh run starts a fresh file; --resume continues one
        self.handle = open_binary(path, "ab")

    def skip(self, record: Record) -> bool:
        """Whether ``record`` was written by the run being resumed (each written line counts once)."""
        key = record_key(record.source)
        if self.done[key] > 0:
            self.done[key] -= 1
            return True
        return False

    def write(self, line: str) -> None:
        self.pending.append(line)
        if len(self.pending) >= LINES_PER_WRITE:
            self.flush()

    def flush(self, sync: bool = False) -> None:
        if self.pending:
            self.handle.write("".join(self.pending).encode("utf-8"))
            self.unsynced += len(self.pending)
            self.pending = []
        if sync or self.unsynced >= LINES_PER_FSYNC:
            self.handle.flush()
            if self.path is not None and not is_compressed(self.path):
                os.fsync(self.handle.fileno())
            self.unsynced = 0

    def close(self) -> None:
        self.flush(sync=True)
        if self.path is not None:
            self.handle.close()
            if is_compressed(self.path):
                with open(self.path, "rb") as synced:
                    os.fsync(synced.fileno())


def repair_and_read_keys(path: Path) -> Counter[tuple[str | None, str | None]]:
    """Cut a torn last line off ``path`` and count the records its whole lines hold."""
    keys: Counter[tuple[str | None, str | None]] = Counter()
    lines = list(_whole_lines(path))
    for line in lines:
        try:
            obj = json.loads(line)
        except (ValueError, RecursionError):
            continue
        keys[record_key(obj.get("source", obj))] += 1
    if is_compressed(path):  # a compressed stream cannot be cut in place: write its whole lines anew
        temporary = path.with_name(f".{path.name}.resume")
        with open_binary(temporary, "wb") as out:
            out.write(b"".join(lines))
        os.replace(temporary, path)
    else:
        with open(path, "r+b") as handle:
            handle.truncate(sum(map(len, lines)))
    return keys


def _whole_lines(path: Path) -> Iterator[bytes]:
    """The lines of ``path`` that end in a newline; reading stops quietly at a torn end."""
    try:
        with open_binary(path) as handle:
            for line in handle:
                if line.endswith(b"\n"):
                    yield line
    except (EOFError, OSError, ValueError) as exc:  # a compressed file cut short by a kill
        if not is_compressed(path):
            raise
        del exc
    except Exception as exc:  # zstandard.ZstdError is no OSError
        if type(exc).__name__ != "ZstdError":
            raise


class JsonlSink:
    """Articles as JSON lines, to a file or stdout."""

    payload = "line"

    def __init__(self, path: Path | None, resume: bool = False):
        self.writer = LineWriter(path, resume)

    def skip(self, record: Record) -> bool:
        return self.writer.skip(record)

    def prepare(self, record: Record) -> Record:
        return record

    def write(self, record: Record, payload: Any) -> None:
        self.writer.write(payload)

    def fail(self, record: Record, error: str) -> None:
        pass

    def close(self) -> None:
        self.writer.close()


class ParquetSink:
    """Articles as rows of a Parquet file with the fixed schema of ``cleaner.arrow``."""

    payload = "row"

    def __init__(self, path: Path, fields: tuple[str, ...], keep_fields: bool):
        from .arrow import arrow_schema

        self.path = path
        self.schema = arrow_schema(fields, keep_fields)
        self.rows: list[dict[str, Any]] = []
        path.parent.mkdir(parents=True, exist_ok=True)
        self.temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        self.writer: Any = None

    def skip(self, record: Record) -> bool:
        return False

    def prepare(self, record: Record) -> Record:
        return record

    def write(self, record: Record, payload: Any) -> None:
        self.rows.append(payload)
        if len(self.rows) >= ROWS_PER_GROUP:
            self._flush()

    def fail(self, record: Record, error: str) -> None:
        pass

    def _flush(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if self.writer is None:
            self.writer = pq.ParquetWriter(self.temporary, self.schema, compression="zstd")
        self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
        self.rows = []

    def close(self) -> None:
        self._flush()
        self.writer.close()
        with open(self.temporary, "rb") as written:
            os.fsync(written.fileno())
        os.replace(self.temporary, self.path)

    def abort(self) -> None:
        if self.writer is not None:
            self.writer.close()
        Path(self.temporary).unlink(missing_ok=True)


class FolderSink:
    """One file per input in ``outdir``: pages mirror their folders, records are named by their id."""

    payload = "file"

    def __init__(self, outdir: Path, suffix: str, resume: bool = False, protected: frozenset[Path] = frozenset()):
        self.outdir, self.suffix, self.resume = outdir, suffix, resume
        self.namer = Namer(suffix)
        self.protected = protected
        self.claimed: dict[Path, str] = {}
        if resume and outdir.is_dir():
            for stale in outdir.rglob(".*.tmp"):  # temporary files of the killed run
                stale.unlink(missing_ok=True)

    def prepare(self, record: Record) -> Record:
        if record.name is not None:  # a page: its place below the folder it was found in
            return replace(record, name=record.name + self.suffix)
        return replace(record, name=self.namer.name(record.source.id or record.source.path or "_"))

    def target(self, record: Record) -> Path:
        return self.outdir / (record.name or "_")

    def skip(self, record: Record) -> bool:
        return self.resume and self.target(record).exists()

    def refuse(self, record: Record) -> str | None:
        """Why this record must not be written where its name points, if it must not."""
        target = real_path(self.target(record))
        if target in self.protected:
            return f"output {self.target(record)} would overwrite an input; choose another -o folder"
        if target in self.claimed:
            return f"output {self.target(record)} is already written from {self.claimed[target]}; rename one"
        self.claimed[target] = record.label
        return None

    def write(self, record: Record, payload: Any) -> None:
        target = self.target(record)
        write_atomic(target, payload, sync=False)
        self.error_path(record).unlink(missing_ok=True)

    def fail(self, record: Record, error: str) -> None:
        error_file = self.error_path(record)
        if real_path(error_file) not in self.protected:
            source = {"path": record.source.path, "id": record.source.id}
            line = json.dumps({"source": source, "error": error}, ensure_ascii=False) + "\n"
            write_atomic(error_file, line, sync=False)

    def error_path(self, record: Record) -> Path:
        target = self.target(record)
        return target.with_name(target.name[: -len(self.suffix)] + ERROR_SUFFIX)

    def close(self) -> None:
        sync_tree(self.outdir)


def sync_tree(folder: Path) -> None:
    """One ``sync`` for the whole folder at the end of a batch, instead of one ``fsync`` per small file."""
    if folder.exists() and hasattr(os, "sync"):
        os.sync()


class ErrorLog:
    """``--errors errors.jsonl``: one line per failed record (id, path, location, code, message)."""

    def __init__(self, path: Path | None, resume: bool = False):
        self.writer = LineWriter(path, resume) if path is not None else None

    def skip(self, record: Record) -> bool:
        return self.writer is not None and self.writer.skip(record)

    def write(self, record: Record, code: str, error: str) -> None:
        if self.writer is not None:
            entry = {"path": record.source.path, "id": record.source.id, "where": record.where,
                     "code": code, "error": error}
            self.writer.write(json.dumps(entry, ensure_ascii=False) + "\n")

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
