from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SAMPLE_INPUTS = sorted(
    p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".html", ".htm") and p.name != "README.md"
)


@pytest.fixture
def seed_bytes() -> bytes:
    return (SAMPLES / "000_350d72a1b1d202ae.txt").read_bytes()
