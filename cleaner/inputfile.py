"""Reading one input file: never more than the byte limit, and a folder's odd files never opened.

A 40 GB dump, or ``/dev/zero``, read whole before any size check would exhaust the memory: at most one
byte past the limit is read, so the record fails as ``input:too_large`` as any other would. A named
pipe, device or socket *found in a folder* is refused without being opened (opening a pipe for reading
waits for a writer that may never come): a scraped tree is not trusted. One the user names is read —
``cleaner clean <(zcat page.html.gz)`` hands over a pipe on purpose.
"""

from __future__ import annotations

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


def not_a_file(path: Path) -> InputError | None:
    """Why ``path`` (links followed) is not a regular file, or None when it is one or cannot be seen
    (reading it then says why)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode):
        return None
    kind = next((name for test, name in NOT_REGULAR if test(mode)), "not a regular file")
    return InputError("input:not_a_file", f"{kind}, not a file of pages: not read")


def read_input(path: Path, limit: int | None = None) -> bytes:
    """The file's bytes, at most ``limit`` + 1 of them (the extra byte tells the caller it is too
    large); an ``InputError`` for a folder or a file that cannot be read."""
    try:
        with open(path, "rb") as handle:
            return handle.read() if limit is None else handle.read(limit + 1)
    except IsADirectoryError:
        raise InputError("input:not_a_file", "a folder, not a file of pages: not read") from None
    except OSError as exc:
        raise InputError("input:unreadable", f"cannot read: {exc.strerror or exc}") from None
