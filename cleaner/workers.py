"""An ordered, bounded map over worker processes: records in, results out in input order.

Records are sent in chunks (a few dozen, or a few MB) so the per-task cost of a process pool is paid
rarely; at most ``WINDOW_PER_JOB`` chunks per worker are in flight, so memory stays flat however
long the stream is. Each worker warms the pipeline once. A worker that dies (killed, out of memory)
or hangs past the hard limit does not end the batch: the pool is restarted, the chunk is retried one
record at a time, and only the record that breaks a worker again fails (``input:crashed``,
``input:timeout``).
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

CHUNK_RECORDS = 32
CHUNK_BYTES = 4 * 1024 * 1024
WINDOW_PER_JOB = 4
HARD_LIMIT_GRACE = 30.0  # seconds beyond a chunk's summed --timeout before its worker is killed

_task: Any = None


def _start_worker(task: Any) -> None:
    global _task
    _task = task
    task.warm()


def _run_chunk(records: list[Any]) -> list[Any]:
    return [_task(record) for record in records]


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def chunks(records: Iterable[Any]) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    size = 0
    for record in records:
        chunk.append(record)
        size += getattr(record, "size", 0)
        if len(chunk) >= CHUNK_RECORDS or size >= CHUNK_BYTES:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def ordered_map(records: Iterable[Any], task: Any, jobs: int) -> Iterator[tuple[Any, Any]]:
    """``(record, task(record))`` for each record, in order, with ``jobs`` worker processes."""
    if jobs <= 1:
        if getattr(task, "timeout", None):
            # the first record must not spend its time limit loading dictionaries; without a
            # limit, each stage loads what it needs when first used (a batch of HTML pages never
            # loads pypinyin, one without tag soup never loads BeautifulSoup)
            task.warm()
        for record in records:
            yield record, task(record)
        return
    pool = _Pool(task, jobs)
    pending: deque[tuple[list[Any], Any]] = deque()
    try:
        for chunk in chunks(records):
            pending.append((chunk, pool.submit(chunk)))
            while len(pending) >= jobs * WINDOW_PER_JOB:
                yield from pool.collect(pending)
        while pending:
            yield from pool.collect(pending)
    finally:
        pool.shutdown()


class _Pool:
    def __init__(self, task: Any, jobs: int):
        # imported here: one process (-j 1, the default for small batches) never starts a pool
        from concurrent.futures import TimeoutError as FutureTimeout
        from concurrent.futures.process import BrokenProcessPool

        self.task, self.jobs = task, jobs
        self.timeout_error = FutureTimeout
        self.lost = (BrokenProcessPool, FutureTimeout)  # a worker that died, or hung past the limit
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        from concurrent.futures import ProcessPoolExecutor

        return ProcessPoolExecutor(self.jobs, initializer=_start_worker, initargs=(self.task,))

    def submit(self, chunk: list[Any]) -> Any:
        return self.executor.submit(_run_chunk, chunk)

    def _limit(self, chunk: list[Any]) -> float | None:
        timeout = getattr(self.task, "timeout", None)
        return timeout * len(chunk) + HARD_LIMIT_GRACE if timeout else None

    def collect(self, pending: deque[tuple[list[Any], Any]]) -> Iterator[tuple[Any, Any]]:
        """Yield the oldest chunk's results; on a dead or hung worker, recover and isolate."""
        chunk, future = pending[0]
        try:
            results = future.result(timeout=self._limit(chunk))
        except self.lost:
            pending.popleft()
            self._renew()
            # Isolate first, in a pool of its own: a chunk sent again could kill it under the retries.
            isolated = list(self._isolate(chunk))
            self._resubmit(pending)
            yield from isolated
            return
        pending.popleft()
        yield from zip(chunk, results, strict=True)

    def _renew(self) -> None:
        self._kill()
        self.executor = self._new()

    def _resubmit(self, pending: deque[tuple[list[Any], Any]]) -> None:
        """Send again every pending chunk the dead pool had not finished."""
        for i, (chunk, future) in enumerate(pending):
            if not (future.done() and not future.cancelled() and future.exception() is None):
                pending[i] = (chunk, self.submit(chunk))

    def _isolate(self, chunk: list[Any]) -> Iterator[tuple[Any, Any]]:
        """Retry a failed chunk one record at a time, so only the culprit fails."""
        for record in chunk:
            future = self.submit([record])
            try:
                yield record, future.result(timeout=self._limit([record]))[0]
            except self.lost as exc:
                self._renew()
                if isinstance(exc, self.timeout_error):
                    yield record, self.task.failed(record, "input:timeout", "hung its worker past the time limit")
                else:
                    yield record, self.task.failed(record, "input:crashed", "its worker process died")

    def _kill(self) -> None:
        # A hung worker never returns, so shutdown() alone would wait for ever: kill the processes.
        for process in list(getattr(self.executor, "_processes", {}).values()):
            process.kill()
        self.executor.shutdown(wait=True, cancel_futures=True)

    def shutdown(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
