"""The reference date for year-less and relative dates, given on the command line or in a config file."""

import json

from click.testing import CliRunner

from cleaner.cli import main

PAGE = "银行理财新规落地影响几何\n3月17日 10:31 来源：金融虎\n近年来，商业银行持续加大对小微企业的信贷投放力度。\n"


def test_year_less_date_stays_null_without_a_reference():
    result = CliRunner().invoke(main, ["clean", "-"], input=PAGE.encode("utf-8"))
    assert result.exit_code == 0
    article = json.loads(result.stdout)
    assert article["published_at"] is None
    assert article["source_name"] == "金融虎"


def test_reference_date_from_a_config_file(tmp_path):
    config = tmp_path / "cleaner.toml"
    config.write_text('[structure]\nreference_date = "2024-05-01"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["clean", "-", "--config", str(config)], input=PAGE.encode("utf-8"))
    assert result.exit_code == 0
    assert json.loads(result.stdout)["published_at"] == "2024-03-17T10:31"


def test_reference_date_flag():
    result = CliRunner().invoke(main, ["clean", "-", "--reference-date", "2024-05-01"], input=PAGE.encode("utf-8"))
    assert result.exit_code == 0
    assert json.loads(result.stdout)["published_at"] == "2024-03-17T10:31"
