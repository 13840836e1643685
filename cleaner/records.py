"""Records in, an ``Article`` or a ``Failure`` out for each, in order: the engine under every batch path.

A record is a ``(Source, str | bytes)`` pair (or a ``Record``, which also carries where it was read
and the input's other fields). Whatever a record holds — ``None``, a number, broken bytes, a page that
makes a stage crash or run for minutes — it gives exactly one result, so a batch can always account
for ``read == written + failed``. ``clean_files``, the CLI, ``cleaner.spark`` and ``cleaner.datatrove``
are thin layers on ``clean_records``.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .article import Article, Source, valid_text
from .config import Config
from .errors import CleanerError, InputError
from .inputfile import read_input
from .pipeline import Failure, check_skip, clean


@dataclass(frozen=True, slots=True)
class Record:
    """One input: ``source`` and ``data`` (the page), plus what a batch needs besides.

    ``where`` says where it was read (``articles.jsonl:17``) for error records; ``fields`` holds the
    input record's other fields (``--keep-fields``); ``size`` is its size in bytes, for MB/s; ``name``
    is the output name a reader or writer chose for it (relative, without suffix). A ``Record``
    unpacks as the ``(source, data)`` pair.
    """

    source: Source
    data: Any
    where: str | None = None
    fields: dict[str, Any] | None = field(default=None, compare=False)
    size: int = 0
    name: str | None = None

    def __post_init__(self) -> None:
        if self.where is not None and not self.where.isascii():  # a file name's undecodable bytes
            object.__setattr__(self, "where", valid_text(self.where))

    def __iter__(self) -> Iterator[Any]:
        return iter((self.source, self.data))

    @property
    def label(self) -> str:
        """How error messages name the record: its location, else its path or id."""
        return self.where or self.source.path or self.source.id or "<record>"


def as_record(item: object, number: int) -> Record:
    """``item`` as a Record: a Record, a ``(Source | id, data)`` pair, or bare data (numbered)."""
    if isinstance(item, Record):
        return item
    if isinstance(item, tuple) and len(item) == 2:
        source, data = item
        if isinstance(source, Source):
            return Record(source, data)
        if isinstance(source, str | int):
            return Record(Source(id=str(source)), data)
    return Record(Source(id=str(number)), item)


class RecordTimeout(Exception):
    """Raised inside a record's cleaning when its time is up."""


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise ``RecordTimeout`` in the block after ``seconds`` (a SIGALRM timer; main thread only).

    Off the main thread, or without a limit, the block runs unlimited; the process pool adds a hard
    limit of its own for code that never returns to Python.
    """
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGALRM"):
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise RecordTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _too_large(data: object, limit: int) -> bool:
    if isinstance(data, bytes):
        return len(data) > limit
    if isinstance(data, str) and len(data) * 4 > limit:  # cheap test first: UTF-8 is ≤ 4 bytes a character
        return len(data.encode("utf-8", "surrogatepass")) > limit
    return False


def clean_one(source: Source, data: object, config: Config, timeout: float | None = None,
              label: str | None = None) -> Article | Failure:
    """Clean one record; never raises for anything the record holds."""
    label = label or source.path or source.id
    try:
        if isinstance(data, InputError):  # a reader's verdict on a broken record
            return Failure(source, str(data.for_source(label)), data.code)
        if _too_large(data, config.decode.max_bytes):
            error = InputError("input:too_large", f"input is over the limit of {config.decode.max_bytes:,} bytes "
                               "(--max-bytes, or [decode] max_bytes)", label)
            return Failure(source, str(error), error.code)
        with time_limit(timeout):
            return clean(data, config, source=source)  # type: ignore[arg-type]
    except InputError as exc:
        return Failure(source, str(exc.for_source(label)), exc.code)
    except RecordTimeout:
        return Failure(source, f"{label}: took longer than {timeout:g} s (--timeout)", "input:timeout")
    except CleanerError as exc:
        return Failure(source, f"{label}: {exc}", "config:invalid")
    except (Exception, RecursionError) as exc:  # a bug on one page must not end a batch of millions
        return Failure(source, f"{label}: crashed: {type(exc).__name__}: {exc}", "input:crashed")


WARM_PAGE = (
    "亚洲av永久无码,国产精品,欧美一区二区,澳门赌场\n網(wǎng)貸逾期會不會找上門\n作者：张三 2025-04-04 10:31 浏览：12\n"
    "一、隨著互聯(lián)網(wǎng)發展,網貸增加。\n1. 第一条\n2. 第二条\n<p>&nbsp;正文</p>\n相关文章\n"
)


def warm(config: Config | None = None) -> None:
    """Import every stage and build its tables once (a worker calls this before its first record).

    Cleaning one small page that every stage acts on loads OpenCC, pypinyin's dictionary, lxml and the
    lexicons, so the first real record is as fast as the rest.
    """
    clean(WARM_PAGE, check_skip(config or Config()))


Finish = Callable[[Record, "Article | Failure"], Any]


def clean_records(records: Iterable[Any], config: Config | None = None, jobs: int = 1, *,
                  timeout: float | None = None) -> Iterator[Article | Failure]:
    """Clean each record, yielding in input order an ``Article`` or a ``Failure`` (with its code).

    ``records`` are ``(Source, str | bytes)`` pairs or ``Record``s; any other item is cleaned as the
    data of a record numbered by its position. ``jobs`` > 1 cleans in that many worker processes
    (each warmed once); ``timeout`` fails a record that takes longer (``input:timeout``).

    >>> [type(r).__name__ for r in clean_records([(Source(id="a"), "标题\\n\\n正文。"), (Source(id="b"), None)])]
    ['Article', 'Failure']
    """
    for _, result in process(records, config, jobs, timeout=timeout):
        yield result


def process(records: Iterable[Any], config: Config | None = None, jobs: int = 1, *,
            timeout: float | None = None, finish: Finish | None = None) -> Iterator[tuple[Record, Any]]:
    """Each record with its result, in input order; ``finish(record, result)`` runs in the worker.

    ``finish`` lets a batch move work such as rendering JSON into the workers; it must be a picklable
    module-level function when ``jobs`` > 1.
    """
    from .workers import ordered_map

    config = check_skip(config or Config())
    numbered = (as_record(item, number) for number, item in enumerate(records, 1))
    yield from ordered_map(numbered, Task(config, timeout, finish), jobs)


@dataclass(frozen=True)
class Task:
    """What a worker does with each record: clean it, then ``finish`` the result if asked."""

    config: Config
    timeout: float | None = None
    finish: Finish | None = None

    def warm(self) -> None:
        warm(self.config)

    def __call__(self, record: Record) -> Any:
        result = clean_one(record.source, record.data, self.config, self.timeout, record.label)
        return self.finish(record, result) if self.finish else result

    def failed(self, record: Record, code: str, why: str) -> Any:
        """The result for a record whose worker died or hung, as if it had failed in place."""
        result = Failure(record.source, f"{record.label}: {why}", code)
        return self.finish(record, result) if self.finish else result


def file_records(paths: Iterable[Path], limit: int | None = None) -> Iterator[Record]:
    """Each file as a record (at most ``limit`` + 1 of its bytes read here); a file that cannot be read
    is a record of its error."""
    for path in paths:
        source = Source(path=str(path))
        try:
            data: object = read_input(path, limit)
        except InputError as error:
            data = error
        yield Record(source, data, size=len(data) if isinstance(data, bytes) else 0)


def clean_files(paths: Iterable[Path], config: Config | None = None, jobs: int = 1) -> Iterator[Article | Failure]:
    """Clean many files, one result each, in order; a bad file yields a Failure, never stops it."""
    config = config or Config()
    return clean_records(file_records(paths, config.decode.max_bytes), config, jobs)
