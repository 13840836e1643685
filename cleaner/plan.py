"""From the command line's paths and ``-o`` to records and a sink: what a batch reads and writes.

Inputs are read by their names (``readers.kind_of``); the output kind by ``-o``'s name: ``.jsonl``
(``.gz``, ``.zst``) or ``-`` is a JSONL stream, ``.parquet`` a Parquet file, anything else a folder.
Record streams without ``-o`` go to stdout as JSONL.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from .arrow import article_fields, tabular_fields
from .article import Source
from .batch import Render
from .errors import InputError
from .output import FORMATS
from .paths import real_path
from .readers import JSONL_SUFFIXES, Fields, kind_of, parquet_rows, read_jsonl, read_path
from .records import Record
from .sinks import FolderSink, JsonlSink, ParquetSink


class PlanError(ValueError):
    """A combination of paths and options that cannot work; the CLI reports it as a usage error."""


@dataclass
class Inputs:
    files: list[tuple[Path, Path]]
    fields: Fields
    stdin_records: bool = False
    # what the walk would not read (a link out of a folder, a pipe or device in it): failed records
    refused: list[tuple[Path, Path, InputError]] = field(default_factory=list)

    @property
    def has_streams(self) -> bool:
        return self.stdin_records or any(kind_of(path) != "page" for path, _ in self.files)

    @property
    def total(self) -> int | None:
        """How many records there are, when that is known without reading them (pages, Parquet)."""
        if self.stdin_records:
            return None
        total = len(self.refused)
        for path, _ in self.files:
            kind = kind_of(path)
            if kind == "page":
                total += 1
            elif kind == "parquet":
                try:
                    total += parquet_rows(path)
                except Exception:
                    return None
            else:
                return None
        return total

    @property
    def total_bytes(self) -> int | None:
        """The inputs' size, when they are uncompressed files whose size is what the records hold."""
        if self.stdin_records or any(str(path).lower().endswith((".gz", ".zst")) for path, _ in self.files):
            return None
        try:
            return sum(path.stat().st_size for path, _ in self.files)
        except OSError:
            return None

    def records(self) -> Iterator[Record]:
        if self.stdin_records:
            yield from read_jsonl("<stdin>", self.fields, stream=sys.stdin.buffer)
            return
        for path, root, error in self.refused:
            yield Record(Source(path=str(path)), error, str(path), name=_relative_name(path, root))
        for path, root in self.files:
            for record in read_path(path, self.fields):
                if kind_of(path) == "page":
                    record = replace(record, name=_relative_name(path, root))
                yield record


def _relative_name(path: Path, root: Path) -> str:
    try:
        relative = path.relative_to(root)
    except ValueError:
        relative = Path(path.name)
    return str(relative.with_suffix(""))


def output_kind(output: Path | None) -> str:
    if output is None or str(output) == "-":
        return "stdout"
    name = str(output).lower()
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(".parquet"):
        return "parquet"
    return "folder"


def parse_fields(text: str | None, kind: str) -> tuple[str, ...] | None:
    """``--fields a,b`` checked against the article's fields; ``all``; None for the output's default."""
    if text is None:
        return tabular_fields() if kind == "parquet" else None
    if text.strip() == "all":
        return article_fields()
    fields = tuple(name.strip() for name in text.split(",") if name.strip())
    unknown = [name for name in fields if name not in article_fields()]
    if unknown or not fields:
        raise PlanError(f"unknown field(s) {', '.join(unknown) or '(none given)'} in --fields; "
                        f"fields are {', '.join(article_fields())}")
    return fields


def make_sink(output: Path | None, inputs: Inputs, fmt: str, fields: tuple[str, ...] | None,
              keep_fields: bool, resume: bool) -> tuple[object, Render]:
    """The sink for ``-o`` and how each article is rendered for it."""
    kind = output_kind(output)
    if kind != "folder" and fmt != "json":
        raise PlanError(f"--format {fmt} writes one file per input; use -o OUTDIR/ (JSONL and Parquet hold JSON)")
    if resume and fields is not None and "source" not in fields and kind in ("jsonl", "stdout"):
        raise PlanError("--resume finds written records by their source: keep 'source' in --fields")
    inputs_resolved = frozenset(real_path(path) for path, _ in inputs.files)
    if kind in ("jsonl", "parquet") and output is not None and real_path(output) in inputs_resolved:
        raise PlanError(f"-o {output} is an input; choose another output")
    if kind == "stdout":
        if resume:
            raise PlanError("--resume needs an output file or folder (-o out.jsonl or -o OUTDIR/)")
        return JsonlSink(None), Render("line", fields=fields, keep_fields=keep_fields)
    assert output is not None
    if kind == "jsonl":
        return JsonlSink(output, resume), Render("line", fields=fields, keep_fields=keep_fields)
    if kind == "parquet":
        if resume:
            raise PlanError("--resume works with JSONL or folder output; a Parquet file is written whole")
        return ParquetSink(output, fields or tabular_fields(), keep_fields), \
            Render("row", fields=fields or tabular_fields(), keep_fields=keep_fields)
    if output.exists() and not output.is_dir():
        raise PlanError(f"-o {output} is a file; give a folder, or a name ending in .jsonl or .parquet")
    sink = FolderSink(output, FORMATS[fmt], resume, protected=inputs_resolved)
    return sink, Render("file", fmt=fmt, fields=fields, keep_fields=keep_fields)
