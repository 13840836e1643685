"""Smoke check of benchmarks/quality.py's html section on two pages (our own samples, laid out as
magic-html's gold set), so the benchmark keeps running in CI without ../shared."""

import json
import subprocess
import sys

from .conftest import ROOT, SAMPLES

PAGES = {
    "100_html_portal_data_table": "截至4月30日晚，A股上市银行2024年一季度报告已全部披露。",
    "109_html_short_article_teasers": "本报讯 今日早盘，沪深两市小幅高开，银行、保险板块走强。",
}


def test_quality_html_section_runs_on_two_pages(tmp_path):
    folder = tmp_path / "magic-html" / "benchmark" / "data" / "article"
    (folder / "htmls").mkdir(parents=True)
    base = {}
    for name, gold in PAGES.items():
        (folder / "htmls" / f"{name}.html").write_bytes((SAMPLES / f"{name}.html").read_bytes())
        base[name] = {"url": "https://finance.example.com/a.html", "content": gold * 3}
    (folder / "base.json").write_text(json.dumps(base, ensure_ascii=False), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "quality.py"), "--only", "html", "--realdata", str(tmp_path),
         "--json", str(tmp_path / "out.json")],
        capture_output=True, text=True, timeout=300, cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "TOTAL" in result.stdout and "finance" in result.stdout
    pages = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["html"]["pages"]
    mine = [p for p in pages if p["tool"] == "cleaner"]
    assert len(mine) == 2
    assert all(0 < p["recall"] <= 1 and 0 < p["precision"] <= 1 for p in mine)
