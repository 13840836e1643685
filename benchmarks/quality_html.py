"""quality.py, section html: whole pages with gold main text (magic-html, newspaper4k, readability,
trafilatura) — does the gold text survive cleaning?

Recall is the share of the gold text's lines found in cleaner's output, both sides reduced to
letters and digits, NFKC and Simplified, so that repaired punctuation does not count as a miss.
"output / gold" is how much other text comes along: cleaner keeps all of a page's visible text.
Gold titles are compared with ``article.title``.
"""

from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from pathlib import Path

from _benchlib import Quality, heading, short, table

_KEEP = {"L", "N"}


def normalise(text: str) -> str:
    """Letters and digits only, NFKC, lower case, Simplified: comparable across punctuation repair."""
    from cleaner.converter import get_converter

    text = get_converter("t2s").convert(unicodedata.normalize("NFKC", text)).lower()
    return "".join(ch for ch in text if unicodedata.category(ch)[0] in _KEEP)


def html_to_text(markup: str) -> str:
    from bs4 import BeautifulSoup

    return BeautifulSoup(markup, "lxml").get_text("\n")


def recall(gold_text: str, output: str) -> tuple[float, int, int]:
    """Share of gold lines (>= 6 letters/digits) found in the output, weighted by length."""
    out = normalise(output)
    lines = [normalise(line) for line in gold_text.splitlines()]
    lines = [line for line in lines if len(line) >= 6]
    total = sum(len(line) for line in lines)
    found = sum(len(line) for line in lines if line in out)
    return (found / total if total else 1.0), found, total


def read_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


# ----------------------------------------------------------------------------- gold sets


def magic_html(root: Path) -> list[dict]:
    folder = root / "magic-html" / "benchmark" / "data" / "article"
    base = read_json(folder / "base.json")
    entries = ((path, base.get(path.stem)) for path in sorted((folder / "htmls").glob("*.html")) if base)
    return [{"set": "magic-html", "path": p, "gold": e["content"]} for p, e in entries if e and e.get("content")]


def newspaper4k(root: Path) -> list[dict]:
    data = root / "newspaper4k" / "tests" / "data"
    pages = []
    for path in sorted((data / "html").glob("*.html")) if data.is_dir() else []:
        gold = data / "txt" / f"{path.stem}.txt"
        if gold.is_file():
            title = read_json(data / "metadata" / f"{path.stem}.json").get("title")
            pages.append({"set": "newspaper4k", "path": path, "gold": gold.read_text(encoding="utf-8"), "title": title})
    return pages


def readability(root: Path) -> list[dict]:
    pages_dir = root / "readability" / "test" / "test-pages"
    pages = []
    for folder in sorted(pages_dir.iterdir()) if pages_dir.is_dir() else []:
        source, expected = folder / "source.html", folder / "expected.html"
        if source.is_file() and expected.is_file():
            meta = read_json(folder / "expected-metadata.json")
            gold = html_to_text(expected.read_text(encoding="utf-8"))
            pages.append(
                {
                    "set": "readability",
                    "path": source,
                    "gold": gold,
                    "title": meta.get("title"),
                    "author": meta.get("byline"),
                }
            )
    return pages


def trafilatura(root: Path) -> list[dict]:
    tests = root / "trafilatura" / "tests"
    by_file = {v.get("file"): v for v in read_json(tests / "evaldata.json").values()}
    pages = []
    for path in sorted((tests / "eval").glob("*.html")) if by_file else []:
        entry = by_file.get(path.name)
        if entry:
            pages.append(
                {
                    "set": "trafilatura",
                    "path": path,
                    "gold": "\n".join(entry["with"]),
                    "title": entry.get("title"),
                    "author": entry.get("author"),
                    "date": entry.get("date"),
                    "without": entry.get("without", []),
                }
            )
    return pages


def gold_pages(root: Path) -> list[dict]:
    """Every page with gold text: {set, path, gold text, gold title?, with/without snippets?}."""
    return [page for gold_set in (magic_html, newspaper4k, readability, trafilatura) for page in gold_set(root)]


# ----------------------------------------------------------------------------- measure and report


def measure(page: dict, article, seconds: float) -> dict:
    text = article.text
    share, _, total = recall(page["gold"], text)
    result = {
        "recall": round(share, 4),
        "gold_chars": total,
        "output_chars": len(normalise(text)),
        "seconds": round(seconds, 3),
    }
    if page.get("title"):
        gold_title, title = normalise(page["title"]), normalise(article.title or "")
        result["title_gold"], result["title"] = page["title"], article.title
        if title == gold_title:
            result["title_match"] = "exact"
        elif title and (title in gold_title or gold_title in title):
            result["title_match"] = "part"
        else:
            result["title_match"] = "no"
    if page.get("without") is not None:
        out = normalise(text)
        result["boilerplate_kept"] = [s for s in page["without"] if normalise(s) in out]
    return result


def set_row(name: str, items: list[dict]) -> list[str]:
    recalls = sorted(r["recall"] for r in items)
    bloat = sum(r["output_chars"] for r in items) / max(1, sum(r["gold_chars"] for r in items))
    titled = [r for r in items if "title_match" in r]
    titles = "-"
    if titled:
        exact = sum(r["title_match"] == "exact" for r in titled)
        part = sum(r["title_match"] == "part" for r in titled)
        titles = f"{exact} exact, {part} part / {len(titled)}"
    return [
        name,
        f"{len(items)}",
        f"{sum(recalls) / len(recalls):.1%}",
        f"{recalls[len(recalls) // 2]:.1%}",
        f"{recalls[0]:.1%}",
        f"{sum(r >= 0.9 for r in recalls)}",
        "-" if name == "trafilatura" else f"{bloat:.1f}x",  # trafilatura's gold: 3 snippets only
        titles,
    ]


def report(results: list[dict], show: int) -> None:
    by_set: dict[str, list[dict]] = defaultdict(list)
    for r in results:
        if "recall" in r:
            by_set[r["set"]].append(r)
    rows = [set_row(name, items) for name, items in by_set.items()]
    print(table(rows, ["gold set", "pages", "mean recall", "median", "min", ">= 90%", "output / gold", "title"]))
    print(
        "recall: share of the gold text's lines (letters and digits only, both sides in "
        "Simplified) found in cleaner's output.\noutput / gold: cleaner keeps a page's visible "
        "text and does not pick the main content out of it, so navigation and footers remain."
    )
    low = sorted((r for r in results if r.get("recall", 1) < 0.9), key=lambda r: r["recall"])
    if low:
        print(f"\npages with recall under 90% ({len(low)}):")
        for r in low[: show * 3]:
            print(f"  {r['recall']:.0%}  {r['page']}")
    for r in results:
        if "refused" in r:
            print(f"  refused: {r['page']}: {r['refused']}")
    titled = [r for r in results if r.get("title_match") in ("no", "part")]
    if titled:
        print("\ntitles (gold → cleaner):")
        for r in titled[: show * 2]:
            print(f"  [{r['title_match']}] {short(r['title_gold'], 45)} → {short(r['title'] or '(none)', 45)}")
    kept = [r for r in results if r.get("boilerplate_kept")]
    if kept:
        print(
            "\ntrafilatura 'without' snippets still present (boilerplate kept): "
            + "; ".join(f"{Path(r['page']).name}: {', '.join(r['boilerplate_kept'])}" for r in kept)
        )


def run(q: Quality) -> dict:
    heading("html — whole pages with gold main text: does the gold text survive cleaning?")
    pages = gold_pages(q.root)
    if not pages:
        print("skipped: no page with gold text found")
        return {"skipped": True}
    results = []
    for page in pages:
        outcome = q.pages.clean(page["path"])
        ident = str(page["path"].relative_to(q.root))
        if outcome.crashed:
            q.failures.add(ident, outcome)
        elif outcome.refused:
            results.append({"set": page["set"], "page": ident, "refused": outcome.refused})
        else:
            results.append({"set": page["set"], "page": ident, **measure(page, outcome.value, outcome.seconds)})
    report(results, q.show)
    return {"pages": results}
