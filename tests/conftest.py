import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SAMPLE_INPUTS = sorted(
    p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".html", ".htm") and p.name != "README.md"
)

# Hypothesis profiles. "ci" (the default) keeps the property tests to seconds: enough examples to
# reach every stage's shapes each run, and a database so a failure found once is replayed first.
# "thorough" is for a long local run: HYPOTHESIS_PROFILE=thorough .venv/bin/python -m pytest tests/test_properties.py
_SLOW_OK = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
settings.register_profile("ci", max_examples=60, deadline=None, suppress_health_check=_SLOW_OK)
settings.register_profile("thorough", max_examples=1000, deadline=None, suppress_health_check=_SLOW_OK)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture
def seed_bytes() -> bytes:
    return (SAMPLES / "000_350d72a1b1d202ae.txt").read_bytes()
