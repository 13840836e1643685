"""Rebuild cleaner/data/common_hanzi.txt: the Chinese characters common in finance text.

The decode stage uses the list to choose between GB18030 and Big5 when bytes decode as both: the
right decoding reads as common characters, the wrong one as rare ones (网贷 in GB18030 bytes reads
as 厙湃 in Big5). The list holds the most frequent characters of a corpus of Simplified finance
articles (statistics only, no text) and their Traditional forms by OpenCC's s2t, s2tw and s2hk.

    python scripts/build_common_hanzi.py [CORPUS.jsonl]

CORPUS defaults to ../shared/realdata/Cute-Crawlers/finance_articles.jsonl (one JSON object a line
with a "text" field).
"""

import json
import sys
from collections import Counter
from pathlib import Path

from opencc import OpenCC

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared/realdata/Cute-Crawlers/finance_articles.jsonl"
TOP = 3000
PER_LINE = 50


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CORPUS
    counts: Counter[str] = Counter()
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            counts.update(ch for ch in json.loads(line)["text"] if "\u4e00" <= ch <= "\u9fff")
    simplified = "".join(ch for ch, _ in counts.most_common(TOP))
    chars = set(simplified)
    for profile in ("s2t", "s2tw", "s2hk"):
        chars |= set(OpenCC(profile).convert(simplified))
    ordered = "".join(sorted(chars))
    rows = [ordered[i : i + PER_LINE] for i in range(0, len(ordered), PER_LINE)]
    header = [
        "# Chinese characters common in finance text, Simplified and Traditional (see",
        "# scripts/build_common_hanzi.py). Used to tell GB18030 from Big5; one run of characters a line.",
    ]
    out = ROOT / "cleaner/data/common_hanzi.txt"
    out.write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    print(f"wrote {len(ordered)} characters to {out}")


if __name__ == "__main__":
    main()
