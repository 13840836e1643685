"""Which HTML parser for whole pages? Pages per second from decoded markup to body text, side by side.

    .venv/bin/python benchmarks/parsers.py [--realdata PATH] [--repeat 3]

Runs over the same Chinese pages with gold as quality.py's html section (decoded once with cleaner's
decode stage, outside the timing). Each parser goes from the markup string to the body's text, the
least any extractor must do; parsers that are not installed are skipped (``pip install selectolax
resiliparse``). The choice and the table are in benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from _benchlib import REALDATA, machine, machine_line, table
from html_gold import gold_pages


def lxml_html(markup: str) -> str:
    import lxml.html

    return lxml.html.document_fromstring(markup).body.text_content()


def lxml_etree(markup: str) -> str:
    from cleaner.stages.html_tree import parse

    body = parse(markup)[0].find("body")
    return "".join(body.itertext()) if body is not None else ""


def bs4_lxml(markup: str) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "lxml")
    return soup.body.get_text() if soup.body else ""


def selectolax_lexbor(markup: str) -> str:
    from selectolax.lexbor import LexborHTMLParser

    body = LexborHTMLParser(markup).body
    return body.text() if body else ""


def resiliparse(markup: str) -> str:
    from resiliparse.parse.html import HTMLTree

    body = HTMLTree.parse(markup).body
    return body.text if body else ""


PARSERS: dict[str, Callable[[str], str]] = {
    "lxml.etree HTMLParser (cleaner)": lxml_etree,
    "lxml.html": lxml_html,
    "BeautifulSoup + lxml": bs4_lxml,
    "selectolax (lexbor)": selectolax_lexbor,
    "resiliparse": resiliparse,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--realdata", default=str(REALDATA))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    from cleaner.stages.decode import decode_bytes

    pages = [decode_bytes(p["path"].read_bytes())[0] for p in gold_pages(Path(args.realdata))]
    if not pages:
        print("no pages found; pass --realdata")
        return 0
    megabytes = sum(len(p.encode("utf-8")) for p in pages) / 1e6
    print(f"parsers — {machine_line(machine())}\n{len(pages)} pages, {megabytes:.1f} MB of markup")
    rows = []
    for name, parse in PARSERS.items():
        try:
            parse(pages[0])
        except ImportError:
            rows.append([name, "not installed", "-", "-"])
            continue
        best = float("inf")
        for _ in range(args.repeat):
            start = time.perf_counter()
            chars = sum(len(parse(p)) for p in pages)
            best = min(best, time.perf_counter() - start)
        rows.append([name, f"{len(pages) / best:.0f}", f"{megabytes / best:.1f}", f"{chars:,}"])
    print(table(rows, ["parser", "pages/s", "MB/s", "text chars"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
