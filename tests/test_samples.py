"""Golden tests: every sample input, cleaned through the API and through the CLI, equals the
golden JSON beside it. Goldens are written by the code (`cleaner clean samples/ -o samples/`) and
read by a person; a change in output shows up here as a diff to review."""

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from cleaner import Source, clean
from cleaner.article import json_schema
from cleaner.cli import main

from .conftest import SAMPLE_INPUTS, SAMPLES


def golden(path: Path) -> dict:
    return json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))


def without_source_path(article: dict) -> dict:
    return {**article, "source": {**article["source"], "path": None}}


def test_there_are_enough_samples_and_each_has_a_golden():
    assert len(SAMPLE_INPUTS) >= 16
    missing = [p.name for p in SAMPLE_INPUTS if not p.with_suffix(".json").exists()]
    assert missing == []


@pytest.mark.parametrize("path", SAMPLE_INPUTS, ids=lambda p: p.name)
def test_api_output_equals_golden(path):
    article = clean(path.read_bytes(), source=Source(path=f"samples/{path.name}"))
    assert article.to_dict() == golden(path)


@pytest.mark.parametrize("path", SAMPLE_INPUTS, ids=lambda p: p.name)
def test_golden_satisfies_the_schema(path):
    jsonschema.validate(golden(path), json_schema())


@pytest.fixture(scope="module")
def cli_outputs(tmp_path_factory) -> Path:
    outdir = tmp_path_factory.mktemp("out")
    result = CliRunner().invoke(main, ["clean", str(SAMPLES), "-o", str(outdir)])
    assert result.exit_code == 0, result.output
    return outdir


@pytest.mark.parametrize("path", SAMPLE_INPUTS, ids=lambda p: p.name)
def test_cli_output_equals_golden(path, cli_outputs):
    written = json.loads((cli_outputs / path.with_suffix(".json").name).read_text("utf-8"))
    assert written["source"]["path"] == str(path)
    assert without_source_path(written) == without_source_path(golden(path))


@pytest.mark.parametrize("path", SAMPLE_INPUTS, ids=lambda p: p.name)
def test_cleaning_the_clean_text_changes_nothing(path):
    first = clean(path.read_bytes())
    second = clean(first.text)
    assert second.text == first.text
    assert second.title == first.title
    if path.suffix != ".html":  # a page's <h2> and tables are hints the plain text no longer carries
        assert [s.heading for s in second.sections] == [s.heading for s in first.sections]
