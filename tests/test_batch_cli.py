"""`cleaner clean` on record streams: nothing lost, outputs of every kind, names, modes, flags."""

import gzip
import json
import os

import pytest
from click.testing import CliRunner

from cleaner.cli import main

from .conftest import SAMPLES

SEED = (SAMPLES / "000_350d72a1b1d202ae.txt").read_text("utf-8")
GOOD = {"id": "good", "text": SEED, "site": "example"}
BROKEN_LINES = [
    "{not json",                                          # invalid JSON
    json.dumps({"id": "missing"}),                        # no text field
    json.dumps({"id": "null", "text": None}),             # null text
    json.dumps({"id": "number", "text": 42}),             # a number instead of text
    json.dumps({"id": "binary", "text": "\x00\x01\x02" * 20}),
    json.dumps({"id": "surrogate", "text": "网贷\ud800逾期\n\n正文。"}),
    json.dumps({"id": "pathological", "text": "（" * 20000 + "(wǎng)" * 5000}),
    json.dumps({"id": "empty", "text": ""}),
    "[1, 2, 3]",
    b'{"id": "undecodable", "text": "\xff\xfe\xfa"}',  # not UTF-8: the line cannot be JSON
]


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def write_jsonl(path, lines):
    opener = gzip.open if path.name.endswith(".gz") else open
    data = b"".join((line if isinstance(line, bytes) else line.encode("utf-8")) + b"\n" for line in lines)
    with opener(path, "wb") as out:
        out.write(data)
    return path


@pytest.fixture
def stream(tmp_path):
    lines = [json.dumps(GOOD, ensure_ascii=False), *BROKEN_LINES,
             json.dumps({"id": "last", "text": "标题\n\n正文。"}, ensure_ascii=False)]
    return write_jsonl(tmp_path / "in.jsonl", lines)


def lines_of(path):
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_nothing_is_lost_read_equals_written_plus_failed(runner, stream, tmp_path, jobs):
    out, errors, summary = tmp_path / "out.jsonl", tmp_path / "errors.jsonl", tmp_path / "summary.json"
    result = runner.invoke(main, ["clean", str(stream), "-o", str(out), "--errors", str(errors),
                                  "--summary", str(summary), "--jobs", jobs])
    assert result.exit_code == 1, result.output
    written, failed, counts = lines_of(out), lines_of(errors), json.loads(summary.read_text("utf-8"))
    assert counts["read"] == 12 == counts["written"] + counts["failed"] == len(written) + len(failed)
    assert written[0]["source"]["id"] == "good" and written[-1]["source"]["id"] == "last"
    by_id = {f["id"]: f["code"] for f in failed}
    assert by_id["missing"] == by_id["null"] == "input:missing_field"
    assert by_id["number"] == "input:not_text" and by_id["binary"] == "input:binary"
    assert by_id["2"] == by_id["10"] == by_id["11"] == "input:bad_record"  # line numbers as ids
    assert failed[0]["where"].endswith("in.jsonl:2")
    assert counts["failed_per_code"]["input:bad_record"] == 3
    assert counts["removed_per_stage"]["spam"] >= 1 and "pinyin:note" in counts["removed_per_reason"]
    assert counts["cleaner_version"] and counts["config"]["convert"]["variant"] == "t2s"
    assert "cleaned 4 of 12 record(s)" in result.stderr


def test_compressed_jsonl_in_and_out(runner, tmp_path):
    import zstandard

    source = write_jsonl(tmp_path / "in.jsonl.gz", [json.dumps(GOOD, ensure_ascii=False)])
    out = tmp_path / "out.jsonl.zst"
    assert runner.invoke(main, ["clean", str(source), "-o", str(out)]).exit_code == 0
    text = zstandard.ZstdDecompressor().stream_reader(out.read_bytes()).read().decode("utf-8")
    assert json.loads(text)["title"] == "网贷逾期会不会找上门"


def test_records_without_output_go_to_stdout_and_fields_choose_columns(runner, stream):
    result = runner.invoke(main, ["clean", str(stream), "--fields", "title,source", "--keep-fields", "-q"])
    first = json.loads(result.stdout.splitlines()[0])
    assert list(first) == ["title", "source", "input_fields"]
    assert first["input_fields"] == {"id": "good", "site": "example"}
    assert result.stderr == ""


def test_stdin_jsonl_with_id_and_html_fields(runner):
    line = json.dumps({"key": "k1", "html": "<html><body><h1>标题</h1><p>正文。</p></body></html>"})
    result = runner.invoke(main, ["clean", "--stdin-jsonl", "--html-field", "html", "--id-field", "key"],
                           input=line + "\n")
    article = json.loads(result.stdout)
    assert article["source"]["id"] == "k1" and "正文。" in article["text"]


def test_reference_date_flag_sets_the_structure_option(runner):
    from cleaner.cli import build_config

    config = build_config(None, None, (), {"structure": {"reference_date": "2025-03-01"}})
    assert config.structure.reference_date == "2025-03-01"
    result = runner.invoke(main, ["clean", "-", "--reference-date", "2025-13-01"], input="标题\n\n正文。")
    assert result.exit_code == 2 and "reference_date" in result.output


def test_ids_never_escape_outdir_and_never_collide(runner, tmp_path):
    ids = ["../../etc/x", "a/b", "/abs/c", "..", "", "a\\b", "same", "same", "SAME", "x/../../y", ".hidden"]
    lines = [json.dumps({"id": i, "text": f"标题{n}\n\n正文{n}。"}, ensure_ascii=False) for n, i in enumerate(ids)]
    out = tmp_path / "deep" / "out"
    result = runner.invoke(main, ["clean", str(write_jsonl(tmp_path / "in.jsonl", lines)), "-o", str(out)])
    assert result.exit_code == 0, result.output
    written = [p for p in (tmp_path).rglob("*.json")]
    assert all(out in p.parents for p in written), written
    assert len(written) == len(ids)
    titles = sorted(json.loads(p.read_text("utf-8"))["title"] for p in written)
    assert titles == sorted(f"标题{n}" for n in range(len(ids)))
    assert (out / "a" / "b.json").exists()


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_outputs_get_the_process_umask(runner, stream, tmp_path, umask, mode):
    previous = os.umask(umask)
    try:
        runner.invoke(main, ["clean", str(stream), "-o", str(tmp_path / "od"), "-q"])
        runner.invoke(main, ["clean", str(stream), "-o", str(tmp_path / "o.jsonl"), "-q"])
    finally:
        os.umask(previous)
    assert (tmp_path / "od" / "good.json").stat().st_mode & 0o777 == mode
    assert (tmp_path / "o.jsonl").stat().st_mode & 0o777 == mode


def test_warc_response_records_become_articles_with_url_and_date(runner, tmp_path):
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for n, (ctype, body) in enumerate([("text/html; charset=utf-8", "<html><body><h1>标题</h1><p>網貸正文。</p>"),
                                           ("image/png", "\x89PNG")]):
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(f"https://example.com/{n}", "response",
                                               payload=BytesIO(body.encode("utf-8")), http_headers=http,
                                               warc_headers_dict={"WARC-Date": "2025-04-05T06:07:08Z"})
            writer.write_record(record)
    result = runner.invoke(main, ["clean", str(path), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 0, result.output
    [article] = lines_of(tmp_path / "o.jsonl")
    assert article["source"]["url"] == "https://example.com/0"
    assert article["source"]["fetched_at"] == "2025-04-05T06:07:08Z"
    assert "网贷正文。" in article["text"]


def test_glob_picks_files_in_folders(runner, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.page").write_text("甲\n\n正文。", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("乙\n\n正文。", encoding="utf-8")
    result = runner.invoke(main, ["clean", str(tmp_path / "in"), "--glob", "*.page", "-o", str(tmp_path / "o")])
    assert result.exit_code == 0
    assert [p.name for p in (tmp_path / "o").iterdir()] == ["a.json"]


@pytest.mark.parametrize(("args", "message"), [
    (["-o", "x.parquet", "--resume"], "Parquet"),
    (["-o", "x.jsonl", "--format", "text"], "OUTDIR"),
    (["--fields", "title,nope"], "nope"),
    (["-o", "x.jsonl", "--resume", "--fields", "title"], "source"),
])
def test_impossible_combinations_are_usage_errors(runner, stream, tmp_path, args, message):
    args = [a if not a.startswith("x.") else str(tmp_path / a) for a in args]
    result = runner.invoke(main, ["clean", str(stream), *args])
    assert result.exit_code == 2 and message in result.output


def test_output_that_is_an_input_is_refused(runner, stream):
    result = runner.invoke(main, ["clean", str(stream), "-o", str(stream)])
    assert result.exit_code == 2


def test_progress_line_shows_rate_and_eta_when_asked(runner, stream, tmp_path):
    result = runner.invoke(main, ["clean", str(stream), "-o", str(tmp_path / "o.jsonl"), "--progress"])
    assert "docs/s" in result.stderr and "MB/s" in result.stderr and "ETA" in result.stderr


def test_parquet_input_rows_are_records(runner, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table({"doc": ["a", "b", None], "content": ["標題\n\n網貸正文。", None, "标题\n\n正文。"]})
    pq.write_table(table, tmp_path / "in.parquet")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(main, ["clean", str(tmp_path / "in.parquet"), "--text-field", "content",
                                  "--id-field", "doc", "-o", str(out), "--errors", str(tmp_path / "e.jsonl")])
    assert result.exit_code == 1
    assert [(a["source"]["id"], a["title"]) for a in lines_of(out)] == [("a", "标题"), ("3", "标题")]
    assert [(e["id"], e["code"]) for e in lines_of(tmp_path / "e.jsonl")] == [("b", "input:missing_field")]


def test_jobs_are_held_to_four_workers_a_core(runner, tmp_path, monkeypatch):
    import cleaner.cli

    seen = []
    monkeypatch.setattr(cleaner.cli, "default_jobs", lambda: 2)
    monkeypatch.setattr(cleaner.cli, "run_batch", lambda *args, jobs, **kwargs: seen.append(jobs))
    (tmp_path / "a.txt").write_text("标题\n\n正文。", encoding="utf-8")
    for asked in ("8", "9"):
        result = runner.invoke(main, ["clean", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o"), "-j", asked])
        assert result.exit_code == 0, result.output
    assert seen == [8, 8]
    assert "-j 9 is more than 4 workers for each of the 2 core(s)" in result.output
