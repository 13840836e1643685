"""Reading one input file: a regular file only, and never more than the byte limit.

A scraped tree is not trusted. A named pipe with a page's name blocks ``read_bytes()`` until some
writer comes; ``/dev/zero`` (or a link to it) never ends; a 40 GB dump is read whole before any size
check. Each is refused here with a clear error, before it can hang a batch or exhaust its memory:
the file's type is checked before it is opened (opening a pipe for reading already blocks), and at
most one byte past the limit is read, so the record fails as ``input:too_large`` as any other would.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .errors import InputError

NOT_REGULAR = (
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a folder"),
)


def read_input(path: Path, limit: int | None = None) -> bytes:
    """The file's bytes, at most ``limit`` + 1 of them (the extra byte tells the caller it is too
    large); an ``InputError`` for what is not a regular file or cannot be read."""
    try:
        mode = os.stat(path).st_mode  # follows links: what would be read
    except OSError as exc:
        raise InputError("input:unreadable", f"cannot read: {exc.strerror or exc}") from None
    if not stat.S_ISREG(mode):
        kind = next((name for test, name in NOT_REGULAR if test(mode)), "not a regular file")
        raise InputError("input:not_a_file", f"{kind}, not a file of pages: not read")
    try:
        with open(path, "rb") as handle:
            return handle.read() if limit is None else handle.read(limit + 1)
    except OSError as exc:
        raise InputError("input:unreadable", f"cannot read: {exc.strerror or exc}") from None
