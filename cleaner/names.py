"""File names for record ids: never outside the output folder, never two records on one file.

A record id is data from a crawler (``stock/em_guzai/(1 23)十大名博…``, ``../../etc/x``, ``a/b``), so it
is made into a relative path of safe parts: ``/`` makes sub-folders, while ``..``, ``.``, empty parts,
control characters and characters file systems refuse are dropped or replaced. An id that had to be
changed, or whose name is already taken (also by case on case-insensitive disks), gets a short hash of
the id appended, so two ids never share a file silently and the same id always gets the same name in
the same order of input (which ``--resume`` relies on).
"""

from __future__ import annotations

import hashlib
import re
from pathlib import PurePosixPath

UNSAFE_RE = re.compile(r'[\x00-\x1f\x7f<>:"|?*\\]')
MAX_PART_BYTES = 120  # well under the usual 255-byte limit, leaving room for a hash and a suffix


def safe_parts(record_id: str) -> list[str]:
    """The id as path parts that stay inside a folder.

    >>> safe_parts("../../etc/x"), safe_parts("a/b"), safe_parts("C:\\\\x")
    (['etc', 'x'], ['a', 'b'], ['C_', 'x'])
    """
    parts = []
    for part in re.split(r"[/\\]", record_id):
        part = UNSAFE_RE.sub("_", part).strip()
        if part in ("", ".", ".."):
            continue
        if part.startswith("."):
            part = "_" + part[1:]  # no hidden files, and never our own temporary names
        encoded = part.encode("utf-8")
        if len(encoded) > MAX_PART_BYTES:
            part = encoded[:MAX_PART_BYTES].decode("utf-8", "ignore")
        parts.append(part)
    return parts or ["_"]


def id_hash(record_id: str) -> str:
    return hashlib.sha256(record_id.encode("utf-8", "surrogatepass")).hexdigest()[:8]


class Namer:
    """Gives each record id a relative file name, ``suffix`` appended, unique among those given."""

    def __init__(self, suffix: str):
        self.suffix = suffix
        self.taken: set[str] = set()

    def name(self, record_id: str) -> str:
        """
        >>> namer = Namer(".json")
        >>> namer.name("a/b"), namer.name("../a/b"), namer.name("A/B")
        ('a/b.json', 'a/b~8e7e11e4.json', 'A/B~998d3ed8.json')
        """
        parts = safe_parts(record_id)
        plain = "/".join(parts)
        name = plain if plain == record_id.strip("/") else f"{plain}~{id_hash(record_id)}"
        while self._taken(name + self.suffix):
            name = f"{plain}~{id_hash(name)}"  # a hash of a hash: rare, and still deterministic
        self.taken.add((name + self.suffix).casefold())
        return name + self.suffix

    def _taken(self, name: str) -> bool:
        return name.casefold() in self.taken or str(PurePosixPath(name)) != name
