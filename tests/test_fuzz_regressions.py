"""Replay every input the fuzz harness ever crashed on (fuzz/regressions/), and make sure the harness
itself runs: a broken harness would find nothing, silently."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REGRESSIONS = sorted(p for p in (ROOT / "fuzz" / "regressions").iterdir() if p.name != "README.md")


def _harness():
    spec = importlib.util.spec_from_file_location("fuzz_pipeline", ROOT / "fuzz" / "fuzz_pipeline.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


HARNESS = _harness()


def _case(path: Path):
    """``known-*`` files still crash (a fix is owed by the module's owner): strict xfails, so the
    fix shows up and the file is renamed."""
    if path.name.startswith("known-"):
        return pytest.param(path, marks=pytest.mark.xfail(strict=True, reason="known crash, not fixed yet"))
    return path


@pytest.mark.parametrize("path", [_case(p) for p in REGRESSIONS], ids=lambda p: p.name)
def test_fuzz_regression_gives_an_article_or_a_coded_refusal(path):
    HARNESS.check_one(path.read_bytes())


@pytest.mark.parametrize("data", [b"", b"\x00", b"\x01\xed\xa0\x80x", b"\x02\xb9\xfa", b"\x03\x89PNG", b"\x03\xff\xfe"])
def test_harness_accepts_every_mode(data):
    HARNESS.check_one(data)


def test_corpus_is_built_from_the_samples(tmp_path):
    folder = HARNESS.build_corpus(tmp_path / "corpus", drawn=3)
    names = {p.name for p in folder.iterdir()}
    assert "000_350d72a1b1d202ae.bytes" in names and "drawn_002" in names
