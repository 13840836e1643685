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
        os.fchmod(handle, 0o666 & ~_umask())  # mkstemp makes it 0600; an output gets the umask
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0o022)  # reading the umask means setting it; put it straight back
    os.umask(mask)
    return mask


def error_record(source: str, error: str) -> str:
    return json.dumps({"source": {"path": source}, "error": error}, ensure_ascii=False) + "\n"


def find_inputs(paths: Iterable[Path], follow_links: bool = False) -> Iterator[tuple[Path, Path]]:
    """Each input file with the folder its output name is relative to; folders are walked sorted.

    A symbolic link in a folder is followed only when it stays inside that folder, unless
    ``follow_links``: a scraped tree cannot make cleaner read files it was not given. Each real
    folder is walked once, so a link loop ends.
    """
    for path in paths:
        if path.is_dir():
            for found in _walk(path, follow_links):
                yield found, path
        else:
            yield path, path.parent


def _walk(root: Path, follow_links: bool) -> list[Path]:
    real_root = root.resolve()
    seen: set[Path] = set()
    found: list[Path] = []
    for folder, folders, files in os.walk(root, followlinks=follow_links):
        real = Path(folder).resolve()
        if real in seen:  # reached again through a link: a loop, or a second way in
            folders[:] = []
            continue
        seen.add(real)
        for name in files:
            file = Path(folder, name)
            if file.suffix.lower() not in INPUT_SUFFIXES or not file.is_file():
                continue
            if follow_links or file.resolve().is_relative_to(real_root):
                found.append(file)
    return sorted(found)


def output_path(source: Path, root: Path, outdir: Path, fmt: str) -> Path:
    """``root/a/b.txt`` → ``outdir/a/b.json``: the input's place below its root, new suffix."""
    try:
        relative = source.relative_to(root)
    except ValueError:
        relative = Path(source.name)
    return outdir / relative.with_suffix(FORMATS[fmt])
