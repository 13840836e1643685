"""cleaner.datatrove: a datatrove step that cleans documents, counts removals, drops failures with a reason."""

import os

import pytest

if os.environ.get("CLEANER_REQUIRE_DATATROVE") != "1":  # CI installs it and sets this: never skipped there
    pytest.importorskip("datatrove", reason="datatrove is not installed: pip install 'cleaner[datatrove]'")

from datatrove.data import Document

from cleaner.datatrove import CleanChinese

from .conftest import SAMPLES


def test_documents_are_cleaned_counted_and_failures_dropped_with_their_code():
    seed = (SAMPLES / "000_350d72a1b1d202ae.txt").read_text("utf-8")
    docs = [Document(text=seed, id="seed", metadata={"url": "https://example.com/a"}),
            Document(text="", id="empty"),
            Document(text="標題\n\n網貸正文。", id="short")]
    step = CleanChinese()
    kept = list(step.run(iter(docs)))
    assert [d.id for d in kept] == ["seed", "short"]
    assert kept[0].metadata["title"] == "网贷逾期会不会找上门" and kept[0].text.startswith("网贷逾期会不会找上门\n")
    assert kept[0].metadata["url"] == "https://example.com/a"  # not overwritten by the article's null url
    assert kept[1].text == "标题\n网贷正文。"
    counts = {name: stat.total for name, stat in step.stats.stats.items()}
    assert counts["dropped_input:empty"] == 1 and counts["removed_spam:keyword_list"] == 1
    assert counts["removed_pinyin"] > 10
