"""Writing results: output names, formats, atomic writes, error records.

A write goes to a temporary file in the destination folder and is renamed over the target, so an
interrupted run never leaves a half-written file and a rerun never corrupts earlier output.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from .article import Article, render_markdown

FORMATS = {"json": ".json", "text": ".txt", "markdown": ".md"}
INPUT_SUFFIXES = (".txt", ".html", ".htm")
ERROR_SUFFIX = ".error.json"


def render(article: Article, fmt: str) -> str:
    if fmt == "json":
        return article.to_json() + "\n"
    if fmt == "text":
        return article.text + "\n"
    if fmt == "markdown":
        return render_markdown(article)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def write_atomic(path: Path, text: str) -> None:
    """Write UTF-8 ``text`` to ``path`` so that readers see the old file or the new, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def error_record(source: str, error: str) -> str:
    return json.dumps({"source": {"path": source}, "error": error}, ensure_ascii=False) + "\n"


def find_inputs(paths: Iterable[Path]) -> Iterator[tuple[Path, Path]]:
    """Each input file with the folder its output name is relative to; folders are walked sorted."""
    for path in paths:
        if path.is_dir():
            for found in sorted(path.rglob("*")):
                if found.is_file() and found.suffix.lower() in INPUT_SUFFIXES:
                    yield found, path
        else:
            yield path, path.parent


def output_path(source: Path, root: Path, outdir: Path, fmt: str) -> Path:
    """``root/a/b.txt`` → ``outdir/a/b.json``: the input's place below its root, new suffix."""
    try:
        relative = source.relative_to(root)
    except ValueError:
        relative = Path(source.name)
    return outdir / relative.with_suffix(FORMATS[fmt])
