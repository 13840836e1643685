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
# reach every stage's shapes each run, derandomized so that every run (and CI on a fresh clone) tries
# the same examples and a failure is reproducible, and a database so a failure found once is replayed
# first. New ground is broken by "thorough", a long randomized local run:
# HYPOTHESIS_PROFILE=thorough .venv/bin/python -m pytest tests/test_properties.py
# (a failure it finds goes into an @example or a test of tests/test_regressions.py).
_SLOW_OK = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
settings.register_profile("ci", max_examples=30, deadline=None, suppress_health_check=_SLOW_OK, derandomize=True)
settings.register_profile("thorough", max_examples=1000, deadline=None, suppress_health_check=_SLOW_OK)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture
def seed_bytes() -> bytes:
    return (SAMPLES / "000_350d72a1b1d202ae.txt").read_bytes()


# Large hostile inputs (tests/hostile_jobs.py) run in a background process started as soon as the
# session has collected a test marked ``large``, so they overlap with the rest of the suite.
_LARGE: dict = {}


def pytest_collection_modifyitems(session, config, items):
    import subprocess
    import sys
    import tempfile

    large = [item for item in items if item.get_closest_marker("large")]
    items[:] = [item for item in items if not item.get_closest_marker("large")] + large  # waited for last
    if not large or "runner" in _LARGE:
        return
    outdir = Path(tempfile.mkdtemp(prefix="cleaner-hostile-"))
    _LARGE["outdir"] = outdir
    _LARGE["runner"] = subprocess.Popen(
        [sys.executable, "-m", "tests.hostile_jobs", str(outdir)], cwd=ROOT,
        stdout=subprocess.DEVNULL, stderr=open(outdir / "stderr.txt", "wb"),  # noqa: SIM115
    )


def pytest_sessionfinish(session, exitstatus):
    import shutil

    runner = _LARGE.pop("runner", None)
    if runner is not None:
        if runner.poll() is None:
            runner.kill()
        runner.wait()
        shutil.rmtree(_LARGE.pop("outdir"), ignore_errors=True)


@pytest.fixture(scope="session")
def large_result():
    """``large_result(job)``: the background job's report, waiting for it (see tests/hostile_jobs.py)."""
    import json
    import time

    def wait(job: str, timeout: float = 600) -> dict:
        if "runner" not in _LARGE:
            pytest.skip("large jobs did not start")
        done = _LARGE["outdir"] / f"{job}.done.json"
        deadline = time.monotonic() + timeout
        while not done.exists():
            if _LARGE["runner"].poll() is not None and not done.exists():
                stderr = (_LARGE["outdir"] / "stderr.txt").read_text(errors="replace")
                pytest.fail(f"the large-job runner stopped before {job}: {stderr[-2000:]}")
            if time.monotonic() > deadline:
                pytest.fail(f"{job} did not finish in {timeout} s")
            time.sleep(0.2)
        return json.loads(done.read_text())

    return wait
