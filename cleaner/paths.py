"""A path as the file system resolves it, links followed — without raising on a link loop.

``Path.resolve()`` raises ``RuntimeError`` on a link that points at itself (Python 3.11; ``OSError``
later), and a scraped tree may hold one: the walk, the sink and the output checks all ask where a
path really is, and a loop must make its file unreadable, not end the batch.
"""

from __future__ import annotations

import os
from pathlib import Path


def real_path(path: Path) -> Path:
    """Where ``path`` leads, absolute; a link loop leads to the loop's own name."""
    return Path(os.path.realpath(path))
