"""The `cleaner` command: exit codes, outputs, stdin, formats, explain, stages, safety of writes."""

import json
import shutil

import pytest
from click.testing import CliRunner

from cleaner.cli import main

from .conftest import SAMPLES

SEED = SAMPLES / "000_350d72a1b1d202ae.txt"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def batch(tmp_path):
    """A folder with two good pages (one in a subfolder) and three bad ones."""
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(SEED, folder / "seed.txt")
    (folder / "sub" / "clean.txt").write_text("标题\n\n正文第一段。\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (folder / "latin.htm").write_bytes(bytes(range(0x80, 0x100)) * 3 + b"\x00")
    (folder / "notes.md").write_text("ignored: not an input suffix", encoding="utf-8")
    return folder


def test_batch_writes_every_good_input_and_names_every_failure(runner, batch, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(main, ["clean", str(batch), "-o", str(out)])
    assert result.exit_code == 1
    assert json.loads((out / "seed.json").read_text("utf-8"))["title"] == "网贷逾期会不会找上门"
    assert json.loads((out / "sub" / "clean.json").read_text("utf-8"))["lead"] == ["正文第一段。"]
    for name, why in (("empty", "empty"), ("binary", "binary"), ("latin", "binary")):
        line = next(line for line in result.stderr.splitlines() if f"/{name}." in line)
        assert why in line
        record = json.loads((out / f"{name}.error.json").read_text("utf-8"))
        assert why in record["error"]
        assert record["source"]["path"].startswith(str(batch / name))
    assert not (out / "notes.json").exists()
    assert "cleaned 2 of 5" in result.stderr


def test_rerun_after_a_fix_removes_the_stale_error_record(runner, batch, tmp_path):
    out = tmp_path / "out"
    runner.invoke(main, ["clean", str(batch), "-o", str(out)])
    (batch / "empty.txt").write_text("后来补上的标题\n\n内容。", encoding="utf-8")
    runner.invoke(main, ["clean", str(batch), "-o", str(out)])
    assert (out / "empty.json").exists()
    assert not (out / "empty.error.json").exists()


def test_all_good_exits_zero_and_leaves_no_temporary_files(runner, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(main, ["clean", str(SEED), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == [SEED.with_suffix(".json").name]


def test_never_overwrites_an_input(runner, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("标题\n\n正文。", encoding="utf-8")
    result = runner.invoke(main, ["clean", str(page), "-o", str(tmp_path), "--format", "text"])
    assert result.exit_code == 1
    assert "overwrite an input" in result.stderr
    assert page.read_text("utf-8") == "标题\n\n正文。"


def test_two_inputs_with_one_output_name_do_not_clobber(runner, tmp_path):
    (tmp_path / "a.txt").write_text("甲方\n\n甲方的文章。", encoding="utf-8")
    (tmp_path / "a.html").write_text("乙方\n\n乙方的文章。", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(main, ["clean", str(tmp_path / "a.html"), str(tmp_path / "a.txt"),
                                  "-o", str(out)])
    assert result.exit_code == 1
    assert json.loads((out / "a.json").read_text("utf-8"))["title"] == "乙方"
    assert "already written" in result.stderr


def test_stdin_to_stdout(runner):
    result = runner.invoke(main, ["clean", "-"], input=SEED.read_bytes())
    assert result.exit_code == 0
    article = json.loads(result.stdout)
    assert article["author"] == "费逸美" and article["source"]["path"] == "-"


def test_no_path_reads_stdin_and_bad_stdin_fails_with_a_reason(runner):
    result = runner.invoke(main, ["clean"], input=b"")
    assert result.exit_code == 1
    assert "empty input" in result.stderr


@pytest.mark.parametrize(("fmt", "expected_start"), [("text", "网贷逾期会不会找上门\n随着"),
                                                      ("markdown", "# 网贷逾期会不会找上门\n")])
def test_formats(runner, fmt, expected_start):
    result = runner.invoke(main, ["clean", "-", "--format", fmt], input=SEED.read_bytes())
    assert result.exit_code == 0
    assert result.stdout.startswith(expected_start)


def test_convert_none_and_skip(runner):
    result = runner.invoke(main, ["clean", "-", "--format", "text", "--convert", "none",
                                  "--skip", "pinyin"], input=SEED.read_bytes())
    assert "網(wǎng)貸" in result.stdout


def test_config_file_is_read_and_flags_override_it(runner, tmp_path):
    config = tmp_path / "cleaner.toml"
    config.write_text('skip = ["pinyin"]\n[convert]\nvariant = "none"\n', encoding="utf-8")
    result = runner.invoke(main, ["clean", "-", "-f", "text", "--config", str(config)],
                           input=SEED.read_bytes())
    assert "網(wǎng)貸" in result.stdout
    result = runner.invoke(main, ["clean", "-", "-f", "text", "--config", str(config),
                                  "--convert", "t2s"], input=SEED.read_bytes())
    assert "网(wǎng)贷" in result.stdout


@pytest.mark.parametrize("args", [
    ["clean", "--format", "xml", "-"],
    ["clean", "--skip", "decode", "-"],
    ["clean", "no/such/file.txt", "-o", "out"],
    ["explain"],
    ["clean", "-", "-o", "out"],
])
def test_usage_errors_exit_two(runner, args):
    assert runner.invoke(main, args).exit_code == 2


def test_bad_config_file_is_a_usage_error_naming_the_key(runner, tmp_path):
    config = tmp_path / "cleaner.toml"
    config.write_text("[spam]\nmin_strong = 3\n", encoding="utf-8")
    result = runner.invoke(main, ["clean", "-", "--config", str(config)], input=b"x")
    assert result.exit_code == 2
    assert "min_strong" in result.output


def test_files_without_output_folder_is_a_usage_error(runner):
    result = runner.invoke(main, ["clean", str(SEED)])
    assert result.exit_code == 2
    assert "--output" in result.output


def test_explain_says_what_each_stage_did(runner):
    result = runner.invoke(main, ["explain", str(SEED)])
    assert result.exit_code == 0
    out = result.stdout
    assert "spam: 1 change" in out
    assert "pinyin:note ×" in out and "«(wǎng)»" in out
    assert "structure:title_echo" in out and "structure:trailer" in out
    assert out.index("junk:") < out.index("spam:") < out.index("pinyin:") < out.index("structure:")


def test_explain_on_a_clean_text_says_so(runner, tmp_path):
    page = tmp_path / "clean.txt"
    page.write_text("标题\n正文。", encoding="utf-8")
    result = runner.invoke(main, ["explain", str(page)])
    assert "already clean" in result.stdout


def test_stages_lists_every_stage_in_order(runner):
    from cleaner.pipeline import STAGE_NAMES

    result = runner.invoke(main, ["stages"])
    lines = result.stdout.splitlines()
    assert [line.split()[1] for line in lines] == list(STAGE_NAMES)


def test_help_teaches_by_example(runner):
    result = runner.invoke(main, ["clean", "--help"])
    assert "cleaner clean samples/ -o out/" in result.stdout
    assert "Exit status" in result.stdout
