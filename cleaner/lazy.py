"""Regular expressions compiled on first use, so ``import cleaner`` (and ``cleaner --help``) stays fast.

The header recognisers build alternations of a few hundred labels with look-behinds; compiling them
all at import cost about a fifth of a second that a batch worker pays once but ``--help`` should not.

    >>> DATE = lazy_re(r"(?P<y>\\d{4})-(?P<m>\\d{2})")
    >>> DATE.search("发布于2024-03")["y"]
    '2024'
"""

from __future__ import annotations

import re
from typing import Any

# The methods the stages call: after the first use they are the compiled pattern's own bound
# methods, stored on the instance, so a call costs no Python-level lookup (``__getattr__`` ran on
# every call before: a tenth of the header's time).
METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """A ``re.Pattern`` stand-in that compiles itself on first use; every method is the pattern's."""

    def __init__(self, pattern: str, flags: int = 0):
        self._args = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        # reached only for names not yet on the instance: the first use, or a rarer attribute
        if self._compiled is None:
            self._compiled = re.compile(*self._args)
            for method in METHODS:
                setattr(self, method, getattr(self._compiled, method))
        return getattr(self._compiled, name)


def lazy_re(pattern: str, flags: int = 0) -> Any:
    """``re.compile(pattern, flags)``, done when the pattern is first used."""
    return LazyPattern(pattern, flags)
