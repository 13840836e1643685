"""quality.py, section opencc: Traditional → Simplified accuracy on OpenCC's own test cases.

For t2s, tw2s and hk2s: the exact-match rate and character accuracy of
``cleaner.stages.convert.to_simplified`` (cleaner's compiled OpenCC converter, OpenCC 1.4.2's
tables, plus the 著 rule and kept names) next to plain opencc-python-reimplemented, with every
wrong case; then a round trip through OpenCC's golden s2t/s2tw/s2hk files. Whether the converter
alone is the official OpenCC, text for text, is ``benchmarks/converter_check.py``.
"""

from __future__ import annotations

import difflib
import json
import re
from collections import Counter
from pathlib import Path

from _benchlib import Quality, attempt, heading, pct, short, table

VARIANTS = (("t2s", "s2t"), ("tw2s", "s2tw"), ("hk2s", "s2hk"))  # measured, and the way back


def lenient_json(text: str) -> object:
    """JSON with trailing commas (OpenCC's testcases.json)."""
    return json.loads(re.sub(r",(\s*[\]}])", r"\1", text))


def char_matches(expected: str, got: str) -> int:
    if len(expected) == len(got):
        return sum(a == b for a, b in zip(expected, got, strict=True))
    matcher = difflib.SequenceMatcher(None, expected, got, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks())


def confusions(expected: str, got: str) -> list[str]:
    """``expected→got`` for each character where two texts of the same length differ."""
    return [f"{e}→{g}" for e, g in zip(expected, got, strict=True) if e != g]


def test_cases(q: Quality, cases: list[dict]) -> dict:
    from opencc import OpenCC  # opencc-python-reimplemented

    from cleaner.stages.convert import to_simplified

    out: dict = {}
    rows = []
    misses: dict[str, list[tuple[str, str, str, str, str]]] = {}
    for variant, _ in VARIANTS:
        stats = Counter()
        misses[variant] = []
        for case in (c for c in cases if variant in c["expected"]):
            source, expected = case["input"], case["expected"][variant]
            outcome = attempt(to_simplified, source, variant)
            if q.failures.add(f"opencc:{case['id']}", outcome):
                continue
            got, plain = outcome.value, plain_opencc(OpenCC, variant).convert(source)
            stats["cases"] += 1
            stats["chars"] += len(expected)
            stats["exact"] += got == expected
            stats["plain_exact"] += plain == expected
            stats["matched"] += char_matches(expected, got)
            stats["plain_matched"] += char_matches(expected, plain)
            if got != expected:
                misses[variant].append((case["id"], source, expected, got, plain))
        out[variant] = dict(stats)
        rows.append(
            [
                variant,
                f"{stats['cases']}",
                f"{stats['exact']} ({pct(stats['exact'], stats['cases'])})",
                pct(stats["matched"], stats["chars"]),
                f"{stats['plain_exact']} ({pct(stats['plain_exact'], stats['cases'])})",
                pct(stats["plain_matched"], stats["chars"]),
            ]
        )
    header = ["variant", "cases", "cleaner exact", "cleaner chars", "plain OpenCC exact", "plain OpenCC chars"]
    print(table(rows, header))
    print(
        "(cleaner = to_simplified: compiled OpenCC 1.4.2 + cleaner's 著 rule and kept names; plain OpenCC = "
        "opencc-python-reimplemented alone; chars = share of expected characters matched)"
    )
    other = sorted({k for c in cases for k in c["expected"]} - {v for v, _ in VARIANTS})
    print(f"not measured (cleaner has no such variant or it converts to Traditional): {', '.join(other)}")
    for variant, items in misses.items():
        if items:
            print(f"\n{variant}: {len(items)} case(s) wrong; first {min(q.show * 2, len(items))}:")
            for miss in items[: q.show * 2]:
                print(miss_text(*miss))
    out["misses"] = {v: [list(m) for m in items] for v, items in misses.items()}
    return out


_PLAIN: dict = {}


def plain_opencc(factory, variant: str):
    """One opencc-python-reimplemented converter per variant."""
    if variant not in _PLAIN:
        _PLAIN[variant] = factory(variant)
    return _PLAIN[variant]


def miss_text(ident: str, source: str, expected: str, got: str, plain: str) -> str:
    diff = confusions(expected, got) if len(expected) == len(got) else []
    same = "same" if plain == got else "right" if plain == expected else "other"
    return (
        f"  {ident}: {short(source, 40)}\n      expected {short(expected, 40)}\n"
        f"      got      {short(got, 40)}  {' '.join(diff[:6])} (plain OpenCC: {same})"
    )


def golden(base: Path) -> dict:
    """OpenCC's s2t / s2tw / s2hk output of a Simplified text, converted back by cleaner."""
    from cleaner.stages.convert import to_simplified

    source = base / "golden" / "input" / "us_constitution_zhs.txt"
    rows = []
    by_variant = {}
    for variant, forward in VARIANTS:
        path = base / "golden" / "output" / f"us_constitution_zhs.{forward}.txt"
        if not (path.is_file() and source.is_file()):
            continue
        expected = source.read_text(encoding="utf-8")
        got = to_simplified(path.read_text(encoding="utf-8"), variant)
        han = sum(1 for ch in expected if "\u4e00" <= ch <= "\u9fff")
        if len(got) == len(expected):
            found = Counter(confusions(expected, got))
            wrong = sum(found.values())
        else:
            found = Counter()
            wrong = len(expected) - char_matches(expected, got)
        by_variant[variant] = dict(found.most_common())
        pairs = " ".join(f"{k}×{v}" for k, v in found.most_common(8))
        rows.append([f"{forward} → {variant}", f"{han:,}", f"{wrong}", pct(han - wrong, han), pairs])
    if rows:
        print(
            "\ngolden round trip: OpenCC's own s2t/s2tw/s2hk output of us_constitution_zhs.txt, "
            "converted back by cleaner, compared with the original Simplified text"
        )
        print(table(rows, ["files", "Han chars", "wrong", "accuracy", "expected→got"], right={1, 2, 3}))
    return by_variant


def run(q: Quality) -> dict:
    base = q.root / "OpenCC" / "test"
    heading("opencc — Traditional → Simplified accuracy on OpenCC's own test cases")
    cases_path = base / "testcases" / "testcases.json"
    if not cases_path.is_file():
        print(f"skipped: {cases_path} not found")
        return {"skipped": True}
    out = test_cases(q, lenient_json(cases_path.read_text(encoding="utf-8"))["cases"])
    out["golden"] = golden(base)
    return out
