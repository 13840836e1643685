"""Writing results: output names, formats, atomic writes, error records.

A write goes to a temporary file in the destination folder and is renamed over the target, so an
interrupted run never leaves a half-written file and a rerun never corrupts earlier output.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .article import Article, render_markdown

FORMATS = {"json": ".json", "text": ".txt", "markdown": ".md"}
ERROR_SUFFIX = ".error.json"


def render(article: Article, fmt: str) -> str:
    if fmt == "json":
        return article.to_json() + "\n"
    if fmt == "text":
        return article.text + "\n"
    if fmt == "markdown":
        return render_markdown(article)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def file_mode() -> int:
    """The mode a new file gets from the process umask (``mkstemp`` alone would make it 0600)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomic(path: Path, text: str, sync: bool = True) -> None:
    """Write UTF-8 ``text`` to ``path`` so that readers see the old file or the new, never half.

    ``sync=False`` leaves durability to the caller (a batch syncs once at its end, not per file).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(handle, file_mode())
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
            if sync:
                out.flush()
                os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
