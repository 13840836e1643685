"""Cleaning a batch of files into a folder: one output per input, or an error record saying why.

The CLI's ``cleaner clean PATH... -o OUTDIR`` is a thin shell over ``clean_to_folder``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .config import Config
from .output import ERROR_SUFFIX, error_record, output_path, render, write_atomic
from .pipeline import Failure, clean_path_or_failure


@dataclass(frozen=True)
class Outcome:
    """What became of one input: ``output`` written, or ``error`` (and its record) instead."""

    source: Path
    output: Path
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def clean_to_folder(
    inputs: list[tuple[Path, Path]], outdir: Path, config: Config, fmt: str = "json"
) -> Iterator[Outcome]:
    """Clean each ``(file, root)`` into ``outdir``, mirroring the file's place below ``root``.

    A failed input gets ``<name>.error.json`` beside where its output would be; a later success
    removes that stale record. An output that would overwrite an input, or another input's output,
    is refused for that input.
    """
    protected = {source.resolve() for source, _ in inputs}
    claimed: dict[Path, Path] = {}
    for source, root in inputs:
        target = output_path(source, root, outdir, fmt)
        error_file = target.with_name(target.stem + ERROR_SUFFIX)
        resolved = target.resolve()
        if resolved in protected:
            error = f"output {target} would overwrite an input; choose another -o folder"
        elif resolved in claimed:
            error = f"output {target} is already written from {claimed[resolved]}; rename one"
        else:
            claimed[resolved] = source
            error = _clean_one(source, target, config, fmt)
        if error is None:
            error_file.unlink(missing_ok=True)
        elif error_file.resolve() not in protected:
            write_atomic(error_file, error_record(str(source), error))
        yield Outcome(source, target, error)


def _clean_one(source: Path, target: Path, config: Config, fmt: str) -> str | None:
    result = clean_path_or_failure(source, config)
    if isinstance(result, Failure):
        return result.error
    write_atomic(target, render(result, fmt))
    return None
