"""--resume finishes a run that was killed half way: JSONL output and folder output."""

import json
import signal
import subprocess
import sys
import time

import pytest

RECORDS = 800


@pytest.fixture(scope="module")
def stream(tmp_path_factory):
    path = tmp_path_factory.mktemp("resume") / "in.jsonl"
    with open(path, "w", encoding="utf-8") as out:
        for n in range(RECORDS):
            text = "" if n % 500 == 7 else f"標題{n}\n\n網貸正文第{n}段,隨著發展。"  # some fail
            out.write(json.dumps({"id": f"r{n % 700}", "text": text}, ensure_ascii=False) + "\n")  # ids repeat
    return path


def cleaner(*args):
    return [sys.executable, "-m", "cleaner", "clean", *map(str, args), "--jobs", "1", "-q"]


def kill_when(command, ready, limit=60.0):
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + limit
    while not ready() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert process.poll() is None, "the run ended before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait()


def test_jsonl_resume_after_kill_equals_an_uninterrupted_run(stream, tmp_path):
    full, errors_full = tmp_path / "full.jsonl", tmp_path / "full-errors.jsonl"
    subprocess.run(cleaner(stream, "-o", full, "--errors", errors_full), check=False)
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    kill_when(cleaner(stream, "-o", out, "--errors", errors), lambda: out.exists() and out.stat().st_size > 0)
    with open(out, "ab") as torn:
        torn.write(b'{"title": "half a li')  # as if the kill had cut a write in two
    killed_at = len(out.read_bytes().splitlines())
    assert 0 < killed_at < RECORDS
    done = subprocess.run(cleaner(stream, "-o", out, "--errors", errors, "--resume", "--summary",
                                  tmp_path / "s.json"), check=False)
    assert done.returncode == 1  # some records fail, in both runs
    assert out.read_bytes() == full.read_bytes()
    assert errors.read_bytes() == errors_full.read_bytes()
    summary = json.loads((tmp_path / "s.json").read_text("utf-8"))
    assert summary["read"] == RECORDS == summary["written"] + summary["failed"] + summary["skipped"]
    assert summary["skipped"] > 0


def test_folder_resume_after_kill_writes_every_record_once(stream, tmp_path):
    out = tmp_path / "out"
    kill_when(cleaner(stream, "-o", out), lambda: out.exists() and sum(1 for _ in out.iterdir()) > 50)
    assert not (out / "r699.json").exists()
    subprocess.run(cleaner(stream, "-o", out, "--resume"), check=False)
    names = sorted(p.name for p in out.iterdir())
    assert not [n for n in names if n.startswith(".")]  # no temporary files left behind
    articles = [n for n in names if not n.endswith(".error.json")]
    assert len(names) == RECORDS
    titles = {json.loads((out / n).read_text("utf-8"))["title"] for n in articles}
    assert len(titles) == len(articles)
