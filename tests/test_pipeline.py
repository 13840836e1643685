"""The pipeline's seams: stage list, config sections, assembly, reasons, input errors."""

import pytest

from cleaner import Config, InputError, clean, clean_and_explain
from cleaner.document import Document, Hint, Line
from cleaner.errors import INPUT_CODES
from cleaner.pipeline import STAGES, assemble, run_stages

from .conftest import SAMPLE_INPUTS


def test_every_reason_a_stage_records_is_listed_by_it():
    listed = {stage.name: set(stage.reasons) for stage in STAGES}
    for path in SAMPLE_INPUTS:
        _, changes = clean_and_explain(path.read_bytes())
        for change in changes:
            assert change.reason in listed[change.stage], (path.name, change)


def test_reasons_are_stable_ids_of_their_stage():
    for stage in STAGES:
        for reason in stage.reasons:
            assert reason.startswith(stage.name + ":"), reason
            assert reason == reason.lower() and " " not in reason


@pytest.mark.parametrize("raw", [None, 42, ["网贷"], {"text": "网贷"}])
def test_input_that_is_not_text_is_an_input_error_with_a_code(raw):
    with pytest.raises(InputError) as info:
        clean(raw)  # type: ignore[arg-type]
    assert info.value.code == "input:not_text"
    assert type(raw).__name__ in str(info.value)


@pytest.mark.parametrize(
    ("raw", "code"),
    [(b"", "input:empty"), ("  \n ", "input:empty"), (b"\x89PNG\r\n\x1a\n" + b"x" * 50, "input:binary")],
)
def test_input_errors_carry_stable_codes(raw, code):
    with pytest.raises(InputError) as info:
        clean(raw)
    assert info.value.code == code
    assert info.value.code in INPUT_CODES


def test_unknown_input_error_code_is_refused():
    with pytest.raises(ValueError, match="input:bogus"):
        InputError("input:bogus", "no such code")


def test_lone_surrogate_becomes_a_replacement_character_and_is_recorded():
    article, changes = clean_and_explain("网贷\ud800逾期\n\n正文内容。")
    article.to_json().encode("utf-8")  # would raise on a surrogate
    assert "\ud800" not in article.text
    assert [c.reason for c in changes if c.stage == "decode"] == ["decode:lone_surrogate"]


def test_clean_records_no_replacements_but_explain_does():
    raw = "網(wǎng)貸逾期\n\n隨著發展,網貸增加。"
    _, explained = clean_and_explain(raw)
    assert any(not c.is_removal for c in explained)
    article = clean(raw)
    assert all(c.is_removal for c in article.removed)
    assert article.removed == tuple(c for c in explained if c.is_removal)


def test_hints_survive_the_text_stages():
    # A page extractor's hints ride along while text stages edit the lines' text.
    doc = Document(
        raw="",
        lines=(Line("網(wǎng)貸逾期"), Line("一、逾期後果", Hint("heading", 2)), Line("隨著發展,逾期增多。")),
    )
    config = Config()
    for stage in STAGES[1:-1]:  # after decode, before structure
        doc = stage.run(doc, getattr(config, stage.name))
    assert [line.hint for line in doc.lines] == [None, Hint("heading", 2), None]
    assert doc.texts == ["网贷逾期", "一、逾期后果", "随着发展，逾期增多。"]


def test_the_article_is_assembled_from_the_document():
    doc = run_stages(Document(raw="网贷逾期\n作者：张三\n正文内容。"), Config())
    article = assemble(doc)
    assert (article.title, article.author, article.lead) == ("网贷逾期", "张三", ("正文内容。",))
    assert [c.reason for c in article.removed] == ["structure:byline"]


def test_removed_share_counts_the_non_blank_characters_that_did_not_reach_the_text():
    clean_text = "网贷逾期会不会找上门\n随着互联网金融的发展，网贷已成为常见选择。"
    assert clean(clean_text).removed_share == 0.0
    spam_line = "国产精品,亚洲无码,欧美一区二区,日韩av"
    article = clean(spam_line + "\n" + clean_text)
    nonblank = len((spam_line + clean_text).replace(" ", "").replace("\n", ""))
    assert article.removed_share == round(len(spam_line) / nonblank, 4)


def test_language_and_script_and_text_hash():
    import hashlib

    article = clean("網貸逾期會不會找上門\n隨著網貸的發展，逾期增多。")
    assert article.script == "traditional" and article.language == "zh"
    assert article.to_dict()["text_sha256"] == hashlib.sha256(article.text.encode("utf-8")).hexdigest()
    assert clean("Stocks rose on Monday as investors cheered the data.").language == "und"
