"""Readers: files, folders, JSONL, Parquet and WARC streams as ``Record``s.

Each input kind is chosen by its name: ``.jsonl`` (also ``.gz``/``.zst``) and ``.parquet`` are always
record streams, ``.warc``/``.warc.gz`` are crawls, anything else is one page. A broken record (a line
that is not JSON, a missing or null field, a number where text should be) becomes a record holding
an ``InputError`` with a stable code, so it is counted and reported like any other failure and the
stream goes on.
"""

from __future__ import annotations

import fnmatch
import gzip
import io
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .article import Source
from .errors import InputError
from .inputfile import not_a_file, read_input
from .paths import real_path
from .records import Record

PAGE_SUFFIXES = (".txt", ".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".jsonl.zst", ".ndjson")
PARQUET_SUFFIXES = (".parquet",)
WARC_SUFFIXES = (".warc", ".warc.gz")
LINE_SLACK = 2**20  # a JSONL line's room for the fields beside its text
SKIP_CHUNK = 2**20  # how much of a too-long line is read at a time while it is skipped
MAX_REASON_CHARS = 300  # of a broken stream's own message (warcio quotes the whole first line)


@dataclass(frozen=True)
class Fields:
    """Which fields of a record hold the page and its id (``--text-field``, ``--html-field``, ``--id-field``)."""

    text: str = "text"
    html: str | None = None
    id: str = "id"
    max_file_bytes: int | None = None  # a record stream (a .jsonl.gz above all) larger than this is refused
    max_page_bytes: int | None = None  # a page (a file, or a JSONL line) is read no further than this allows

    @property
    def page(self) -> str:
        return self.html or self.text


def kind_of(path: Path) -> str:
    """``jsonl``, ``parquet``, ``warc`` or ``page``, by the file's name."""
    name = path.name.lower()
    for kind, suffixes in (("jsonl", JSONL_SUFFIXES), ("parquet", PARQUET_SUFFIXES), ("warc", WARC_SUFFIXES)):
        if name.endswith(suffixes):
            return kind
    return "page"


def walk(
    paths: Iterable[Path], glob: str | None = None, follow_links: bool = False,
    refused: list[tuple[Path, Path, InputError]] | None = None,
) -> Iterator[tuple[Path, Path]]:
    """Each input file with the folder its output name is relative to; folders are walked sorted.

    In a folder, files matching ``glob`` (default: pages, ``*.txt``, ``*.html``, ``*.htm``) are taken.
    A symbolic link in a folder is followed only when it stays inside that folder, unless
    ``follow_links``: a scraped tree cannot make cleaner read files it was not given. Such a link, and
    a named pipe, device or socket in a folder, is not lost silently: it goes into ``refused`` with its
    folder and its error (``input:link_outside``, ``input:not_a_file``), for the batch to report.
    Each real folder is walked once, so a link loop ends.
    """
    for path in paths:
        if path.is_dir():
            for found in _walk_folder(path, glob, follow_links, refused if refused is not None else []):
                yield found, path
        else:
            yield path, path.parent


def _walk_folder(root: Path, glob: str | None, follow_links: bool,
                 refused: list[tuple[Path, Path, InputError]]) -> list[Path]:
    real_root = real_path(root)
    seen: set[Path] = set()
    found: list[Path] = []
    odd: list[tuple[Path, Path, InputError]] = []
    for folder, folders, files in os.walk(root, followlinks=follow_links):
        real = real_path(Path(folder))
        if real in seen:  # reached again through a link: a loop, or a second way in
            folders[:] = []
            continue
        seen.add(real)
        if not follow_links:  # os.walk does not go into linked folders: say which lead out
            links = [Path(folder, name) for name in folders]
            odd += [(link, root, _outside(link)) for link in links if _leads_out(link, real_root)]
        for name in files:
            file = Path(folder, name)
            if not _wanted(file, glob):
                continue
            if not follow_links and _leads_out(file, real_root):
                odd.append((file, root, _outside(file)))
            elif (why := not_a_file(file)) is not None:  # a pipe would block, a device never end
                odd.append((file, root, why))
            else:
                found.append(file)
    refused += sorted(odd, key=lambda entry: entry[0])
    return sorted(found)


def _outside(link: Path) -> InputError:
    return InputError("input:link_outside",
                      f"a link out of the input folder (to {real_path(link)}), not followed; --follow-links reads it")


def _leads_out(path: Path, real_root: Path) -> bool:
    return path.is_symlink() and not real_path(path).is_relative_to(real_root)


def _wanted(path: Path, glob: str | None) -> bool:
    if glob is None:
        return path.suffix.lower() in PAGE_SUFFIXES
    return fnmatch.fnmatch(path.name, glob)


def open_binary(path: Path | str, mode: str = "rb") -> IO[bytes]:
    """A file, decompressed (``.gz``, ``.zst``) when its name says so."""
    name = str(path).lower()
    if name.endswith(".gz"):
        return gzip.open(path, mode)  # type: ignore[return-value]
    if name.endswith(".zst"):
        import zstandard

        raw = open(path, mode)  # noqa: SIM115 - closed with the stream
        if "r" in mode:
            reader = zstandard.ZstdDecompressor().stream_reader(raw, read_across_frames=True, closefd=True)
            return io.BufferedReader(reader)  # type: ignore[arg-type]
        return zstandard.ZstdCompressor().stream_writer(raw, closefd=True)  # type: ignore[return-value]
    return open(path, mode)


def read_path(path: Path, fields: Fields) -> Iterator[Record]:
    """The records of one file, by its kind."""
    kind = kind_of(path)
    if kind == "jsonl":
        yield from read_jsonl(path, fields)
    elif kind == "parquet":
        yield from read_parquet(path, fields)
    elif kind == "warc":
        yield from read_warc(path, fields.max_page_bytes)
    else:
        yield read_page(path, fields.max_page_bytes)


def read_page(path: Path, limit: int | None = None) -> Record:
    """One page file as one record (at most ``limit`` + 1 bytes of it read); a file that cannot be
    read is a record of its error."""
    source = Source(path=str(path))
    try:
        data = read_input(path, limit)
    except InputError as error:
        return Record(source, error, str(path))
    return Record(source, data, str(path), size=len(data))


def read_jsonl(path: Path | str, fields: Fields, stream: IO[bytes] | None = None) -> Iterator[Record]:
    """One record per line; the id is the ``fields.id`` value, else the line number."""
    name = str(path)
    try:
        handle = stream or open_binary(path)
    except OSError as exc:
        yield Record(Source(path=name), InputError("input:unreadable", f"cannot read: {exc.strerror or exc}"), name)
        return
    read = 0
    line_limit = _line_limit(fields.max_page_bytes)
    lines = _bounded_lines(handle, line_limit)
    with handle:
        for number, (line, size) in enumerate(lines, 1):
            if isinstance(line, BrokenStream):  # a truncated .gz, a file that is no gzip at all
                yield line.record(name, number, f"{name}:{number}", "the stream breaks at line")
                return
            read += size
            if fields.max_file_bytes is not None and read > fields.max_file_bytes:
                # A gzip bomb holds small records that each pass the per-record limit: the stream's
                # size is limited too, and what is past it is one failure, not read on.
                error = InputError(
                    "input:too_large",
                    f"over the limit of {fields.max_file_bytes:,} bytes (decompressed) at line {number}; "
                    "the rest of the file is not read (raise --max-bytes to read it)",
                )
                yield Record(Source(path=name, id=str(number)), error, f"{name}:{number}", size=size)
                return
            if line is None:  # one line longer than any record may be (a bomb of one line): skipped, said
                error = InputError("input:too_large", f"line {number} is over {line_limit:,} bytes; not read "
                                   "(--max-bytes bounds a record, and its line to six times that and 1 MB)")
                yield Record(Source(path=name, id=str(number)), error, f"{name}:{number}", size=size)
                continue
            if not line.strip():
                continue
            yield _json_record(line, number, name, fields)


def _line_limit(record_limit: int | None) -> int | None:
    """How long a JSONL line may be for its text to fit ``record_limit``: JSON may write each character
    as six (``\\u4e2d``), and the record's other fields need room too."""
    return None if record_limit is None else 6 * record_limit + LINE_SLACK


@dataclass(frozen=True)
class BrokenStream:
    """What a stream said when it could not be read on (a truncated gzip, bad zstd frames, no WARC)."""

    reason: str

    @classmethod
    def of(cls, exc: Exception) -> BrokenStream:
        return cls(f"{type(exc).__name__}: {exc}"[:MAX_REASON_CHARS])

    def record(self, name: str, number: int, where: str, breaks_at: str) -> Record:
        """The failure that ends the stream's records, after those read before it."""
        error = InputError("input:unreadable", f"{breaks_at} {number}: {self.reason}; the records before it are read")
        return Record(Source(path=name, id=str(number)), error, where)


def _bounded_lines(handle: IO[bytes], limit: int | None) -> Iterator[tuple[bytes | BrokenStream | None, int]]:
    """Each line with its size in bytes; a line longer than ``limit`` is ``None``, its bytes read in
    chunks and dropped, so one line of gigabytes never sits in memory. A stream that breaks ends
    with a ``BrokenStream`` that says why."""
    try:
        while True:
            line = handle.readline() if limit is None else handle.readline(limit + 1)
            if not line:
                return
            if limit is None or len(line) <= limit or line.endswith(b"\n"):
                yield line, len(line)
                continue
            size = len(line)
            while line and not line.endswith(b"\n"):
                line = handle.readline(SKIP_CHUNK)
                size += len(line)
            yield None, size
    except Exception as exc:  # only the decompressor or the disk speaks here: the stream, not a bug
        yield BrokenStream.of(exc), 0


def _json_record(line: bytes, number: int, name: str, fields: Fields) -> Record:
    where = f"{name}:{number}"
    try:
        obj = json.loads(line)
    except (ValueError, RecursionError) as exc:  # [[[[…]]]] a hundred thousand deep: Python's parser recurses
        error = InputError("input:bad_record", f"line {number} is not JSON: {exc}")
        return Record(Source(path=name, id=str(number)), error, where, size=len(line))
    if not isinstance(obj, dict):
        error = InputError("input:bad_record", f"line {number} is a JSON {type(obj).__name__}, not an object")
        return Record(Source(path=name, id=str(number)), error, where, size=len(line))
    return _field_record(obj, number, name, where, fields, len(line))


def _field_record(obj: dict[str, Any], number: int, name: str, where: str, fields: Fields, size: int) -> Record:
    raw_id = obj.get(fields.id)
    record_id = str(number) if raw_id is None or raw_id == "" else str(raw_id)
    source = Source(path=name, id=record_id, url=_str_or_none(obj.get("url")),
                    fetched_at=_str_or_none(obj.get("fetched_at")))
    page = obj.get(fields.page)
    if page is None:
        why = "is null" if fields.page in obj else "is missing"
        data: Any = InputError("input:missing_field", f"field {fields.page!r} {why}")
    elif isinstance(page, str | bytes):
        data = page
    else:
        data = InputError("input:not_text", f"field {fields.page!r} holds {type(page).__name__}, not text")
    others = {k: v for k, v in obj.items() if k != fields.page}
    return Record(source, data, where, others, size)


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def parquet_rows(path: Path | str) -> int:
    import pyarrow.parquet as pq

    return pq.ParquetFile(path).metadata.num_rows


def read_parquet(path: Path, fields: Fields) -> Iterator[Record]:
    """One record per row, read a row group at a time; the id is the ``fields.id`` column, else the row number."""
    import pyarrow.parquet as pq

    name = str(path)
    try:
        parquet = pq.ParquetFile(path)
    except (OSError, ValueError) as exc:
        yield Record(Source(path=name), InputError("input:unreadable", f"cannot read Parquet: {exc}"), name)
        return
    number = 0
    for batch in parquet.iter_batches(batch_size=1024):
        for row in batch.to_pylist():
            number += 1
            size = len(row.get(fields.page) or "") if isinstance(row.get(fields.page), str | bytes) else 0
            yield _field_record(row, number, name, f"{name}#{number}", fields, size)


def read_warc(path: Path, limit: int | None = None) -> Iterator[Record]:
    """The HTML response records of a WARC file: URL and fetch date go to ``source.url``/``fetched_at``.
    A record's page is read no further than ``limit`` and a byte (a gzip-encoded body may inflate
    without end): one past it fails the record as too large."""
    name = str(path)
    try:
        handle = open(path, "rb")  # noqa: SIM115
    except OSError as exc:
        yield Record(Source(path=name), InputError("input:unreadable", f"cannot read: {exc.strerror or exc}"), name)
        return
    with handle:
        for number, warc in enumerate(_archive_records(handle), 1):
            if isinstance(warc, BrokenStream):  # no WARC at all, or a record header that breaks
                yield warc.record(name, number, f"{name}@{number}", "the archive breaks at record")
                return
            if warc.rec_type != "response" or not _is_html(warc):
                continue
            headers = warc.rec_headers
            source = Source(path=name, id=headers.get_header("WARC-Record-ID") or str(number),
                            url=headers.get_header("WARC-Target-URI"), fetched_at=headers.get_header("WARC-Date"))
            where = f"{name}@{warc.raw_stream.tell() if hasattr(warc.raw_stream, 'tell') else number}"
            try:
                stream = warc.content_stream()
                body: Any = stream.read() if limit is None else stream.read(limit + 1)
            except Exception as exc:  # a broken record (bad chunking, bad gzip) fails alone
                body = InputError("input:bad_record", f"WARC record cannot be read: {exc}")
            if isinstance(body, bytes) and (limit is None or len(body) <= limit) and (missing := _cut_off(warc)):
                # the archive ends inside this record: its page is a part, which is no page to clean as whole
                body = InputError("input:bad_record", f"WARC record is cut off: the archive ends {missing} bytes early")
            yield Record(source, body, where, size=len(body) if isinstance(body, bytes) else 0)


def _cut_off(warc: Any) -> int:
    """How many bytes of a record's block the archive lacks, once its content has been read to the end:
    warcio's reader of the block is left owing them, where a whole record leaves it owing none."""
    return max(0, getattr(warc.raw_stream, "limit", 0) or 0)


def _archive_records(handle: IO[bytes]) -> Iterator[Any]:
    """warcio's records, then a ``BrokenStream`` if the archive cannot be read on."""
    from warcio.archiveiterator import ArchiveIterator

    try:
        yield from ArchiveIterator(handle)
    except Exception as exc:  # ArchiveLoadFailed, a bad gzip member: the file, not a bug
        yield BrokenStream.of(exc)


def _is_html(warc: Any) -> bool:
    http = warc.http_headers
    content_type = (http.get_header("Content-Type") if http else None) or ""
    return "html" in content_type.lower() or not content_type
