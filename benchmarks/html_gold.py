"""The Chinese pages with gold under ../shared/realdata, for quality_html.py.

Each page is a dict: ``set``, ``path``, ``gold`` (main text; for trafilatura's set only the ``with``
snippets), and where the source gives them ``title``, ``date``, ``author`` and ``without`` snippets.
Only pages whose gold text is Chinese are kept.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HAN_RE = re.compile(r"[\u3400-\u9fff]")
# URLs of the finance subset: portals' finance and economy channels.
FINANCE_RE = re.compile(r"finance|caijing|fortune|money|economy|stock|eastmoney|hexun|stcn|cls\.cn|yicai")


def read_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def html_to_text(markup: str) -> str:
    import lxml.html

    root = lxml.html.fromstring(markup)
    for element in root.iter("p", "div", "br", "li", "h1", "h2", "h3", "h4", "tr"):
        element.tail = "\n" + (element.tail or "")
    return root.text_content()


def magic_html(root: Path) -> list[dict]:
    folder = root / "magic-html" / "benchmark" / "data" / "article"
    base = read_json(folder / "base.json")
    pages = []
    for path in sorted((folder / "htmls").glob("*.html")) if base else []:
        entry = base.get(path.stem) or {}
        if len(HAN_RE.findall(entry.get("content") or "")) >= 50:  # a CJK page (one is a Chinese blog on code)
            url = entry.get("url", "")
            pages.append({"set": "magic-html", "path": path, "gold": entry["content"], "url": url})
    return pages


def newspaper4k(root: Path) -> list[dict]:
    data = root / "newspaper4k" / "tests" / "data"
    pages = []
    for path in sorted((data / "html").glob("*.html")) if data.is_dir() else []:
        gold = data / "txt" / f"{path.stem}.txt"
        if gold.is_file():
            meta = read_json(data / "metadata" / f"{path.stem}.json")
            authors = meta.get("authors") or []
            pages.append({
                "set": "newspaper4k", "path": path, "gold": gold.read_text(encoding="utf-8"),
                "title": meta.get("title"), "date": (meta.get("publish_date") or "")[:10] or None,
                "author": authors[0] if authors else None, "url": meta.get("url", ""),
            })
    return pages


def readability(root: Path) -> list[dict]:
    pages_dir = root / "readability" / "test" / "test-pages"
    pages = []
    for name in ("gmw", "pixnet", "qq", "youth"):
        source, expected = pages_dir / name / "source.html", pages_dir / name / "expected.html"
        if source.is_file() and expected.is_file():
            meta = read_json(pages_dir / name / "expected-metadata.json")
            pages.append({
                "set": "readability", "path": source, "gold": html_to_text(expected.read_text(encoding="utf-8")),
                "title": meta.get("title"), "author": meta.get("byline"), "url": "",
            })
    return pages


def trafilatura(root: Path) -> list[dict]:
    tests = root / "trafilatura" / "tests"
    by_file = {v.get("file"): (url, v) for url, v in read_json(tests / "evaldata.json").items()}
    pages = []
    for path in sorted((tests / "eval").glob("*.html")) if by_file else []:
        url, entry = by_file.get(path.name, ("", None))
        if entry and HAN_RE.search("".join(entry.get("with", []))):
            pages.append({
                "set": "trafilatura", "path": path, "gold": "\n".join(entry["with"]), "snippets": True,
                "title": entry.get("title"), "author": entry.get("author") or None, "date": entry.get("date"),
                "without": entry.get("without", []), "url": url,
            })
    return pages


def goose3(root: Path) -> list[dict]:
    data = root / "goose3" / "tests" / "data"
    pages = []
    bbc = data / "content" / "test_bbc_chinese.html"
    if bbc.is_file():
        expected = read_json(bbc.with_suffix(".json")).get("expected", {})
        # goose3 checks only the start of its cleaned text: a snippet, not the whole article
        gold = expected.get("cleaned_text", "")
        pages.append({"set": "goose3", "path": bbc, "gold": gold, "snippets": True, "url": ""})
    schema = data / "schema" / "test_schema_list.html"
    if schema.is_file():
        meta = read_json(schema.with_suffix(".json")).get("schema", {})
        pages.append({
            "set": "goose3", "path": schema, "gold": meta.get("articleBody") or meta.get("about", ""),
            "snippets": not meta.get("articleBody"), "title": meta.get("headline"),
            "date": (meta.get("datePublished") or "")[:10].replace("/", "-") or None, "url": "",
        })
    return [p for p in pages if p["gold"]]


def gold_pages(root: Path) -> list[dict]:
    pages = [p for gold_set in (magic_html, newspaper4k, readability, trafilatura, goose3) for p in gold_set(root)]
    for page in pages:
        page["finance"] = bool(FINANCE_RE.search(page.get("url") or ""))
    return pages
