"""Content precision, recall and F1 of an extracted text against gold, for quality_html.py.

Both sides are reduced to letters and digits (NFKC, lower case, Traditional → Simplified), so that
whitespace and repaired punctuation do not count. Precision and recall come from the longest common
subsequence of characters (order matters, a bag of characters would not see a paragraph moved into
the wrong article): ``P = LCS / len(output)``, ``R = LCS / len(gold)``. The LCS is rapidfuzz's
bit-parallel one when installed, else the same algorithm on Python integers (Hyyrö's bit-vector LCS).
"""

from __future__ import annotations

import unicodedata
from functools import cache

_KEEP = {"L", "N"}
SITE_SEPARATORS = "_|｜-–—:：@"


@cache
def _t2s():
    from cleaner.converter import get_converter

    return get_converter("t2s")


def normalise(text: str) -> str:
    """Letters and digits only, NFKC, lower case, Simplified."""
    text = _t2s().convert(unicodedata.normalize("NFKC", text)).lower()
    return "".join(ch for ch in text if unicodedata.category(ch)[0] in _KEEP)


def lcs_length(a: str, b: str) -> int:
    """Length of the longest common subsequence of ``a`` and ``b``.

    >>> lcs_length("新闻报道今天", "今天新闻")
    2
    """
    try:
        from rapidfuzz.distance import LCSseq
    except ImportError:  # pragma: no cover - rapidfuzz is a benchmark extra
        return _bit_parallel_lcs(a, b)
    return LCSseq.similarity(a, b)


def _bit_parallel_lcs(a: str, b: str) -> int:
    if len(a) < len(b):
        a, b = b, a
    masks: dict[str, int] = {}
    for i, ch in enumerate(b):
        masks[ch] = masks.get(ch, 0) | (1 << i)
    full = (1 << len(b)) - 1
    v = full
    for ch in a:
        u = v & masks.get(ch, 0)
        v = ((v + u) | (v - u)) & full
    return len(b) - bin(v).count("1")


def content_scores(gold: str, output: str, snippets: bool = False) -> dict[str, float | None]:
    """Precision, recall and F1 of ``output`` against ``gold``.

    With ``snippets`` (the gold is a few sentences of the article, not all of it) only recall is
    measured: the share of the snippets' characters found in order in the output.
    """
    out = normalise(output)
    if snippets:
        parts = [normalise(s) for s in gold.splitlines()]
        parts = [p for p in parts if p]
        total = sum(len(p) for p in parts)
        found = sum(lcs_length(p, out) for p in parts)
        return {"precision": None, "recall": found / total if total else 1.0, "f1": None}
    reference = normalise(gold)
    common = lcs_length(reference, out)
    precision = common / len(out) if out else 0.0
    recall = common / len(reference) if reference else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def title_ok(gold: str | None, found: str | None) -> bool | None:
    """Whether ``found`` is the gold title: equal once normalised, or the gold with a site suffix cut
    (readability's gold keeps ``_科技_腾讯网``; ``蔡健雅`` is right for ``蔡健雅_百度百科``). None when
    there is no gold."""
    if not gold:
        return None
    f = normalise(found or "")
    if not f:
        return False
    cuts = [i for i, ch in enumerate(gold) if ch in SITE_SEPARATORS] + [len(gold)]
    return any(normalise(gold[:i]) == f for i in cuts)


def date_ok(gold: str | None, found: str | None) -> bool | None:
    if not gold:
        return None
    return bool(found) and found[:10].replace("/", "-") == gold[:10].replace("/", "-")


def author_ok(gold: str | None, found: str | None) -> bool | None:
    """The gold byline holds the author found (``青网校园崔宁宁`` holds ``崔宁宁``), or the reverse."""
    if not gold:
        return None
    g, f = normalise(gold), normalise(found or "")
    return bool(f) and (f in g or g in f)
