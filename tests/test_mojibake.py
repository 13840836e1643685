"""Mojibake ftfy cannot mend: GBK read as Latin-1/cp1252, UTF-8 read as GBK; repaired only when clearly Chinese."""

import pytest

from cleaner import Config, clean, clean_and_explain
from cleaner.document import Document
from cleaner.stages import unicode
from cleaner.stages.mojibake import looks_mojibake, repair_gbk_as_latin, repair_utf8_as_gbk

NEWS = "新闻报道：央行今日开展逆回购操作，市场利率平稳运行。"


def run_text(text: str) -> Document:
    return unicode.run(Document.from_text(text), Config().unicode)


@pytest.mark.parametrize("codec", ["latin-1", "cp1252"])
def test_gbk_read_as_latin_is_repaired(codec):
    broken = NEWS.encode("gbk").decode(codec, errors="ignore" if codec == "cp1252" else "strict")
    if codec == "latin-1":
        assert broken.startswith("ÐÂÎÅ±¨µÀ")
        assert repair_gbk_as_latin(broken) == NEWS


def test_gbk_mojibake_with_ascii_inside():
    original = "2024年A股成交额达1.2万亿元"
    assert repair_gbk_as_latin(original.encode("gbk").decode("latin-1")) == original


def test_utf8_read_as_gbk_is_repaired_up_to_the_bytes_lost():
    broken = NEWS.encode("utf-8").decode("gbk", errors="replace")
    assert broken.startswith("鏂伴椈")
    fixed = repair_utf8_as_gbk(broken)
    assert fixed.startswith("新闻报道：央行今日开展")  # bytes the GBK decoder threw away stay U+FFFD
    assert fixed.count("\ufffd") <= 3


@pytest.mark.parametrize(
    "text",
    ["Café résumé naïve", "Ångström Über straße", "乾照光电的龘字与𠮷野家", "收益率(r)上升0.5%", "¥100 ±2%"],
)
def test_real_text_is_left_alone(text):
    assert repair_gbk_as_latin(text) == text
    assert repair_utf8_as_gbk(text) == text
    assert not looks_mojibake(text)


def test_repair_is_recorded_by_clean_and_explain():
    article, changes = clean_and_explain(NEWS.encode("gbk").decode("latin-1"))
    assert article.text == NEWS
    [change] = [c for c in changes if c.reason == "unicode:mojibake_gbk"]
    assert change.replacement == NEWS
    assert "mojibake" not in article.warnings


def test_still_mojibake_after_repair_carries_a_warning():
    # GBK bytes with one byte lost: the run no longer decodes, so it stays, flagged.
    data = NEWS.encode("gbk")
    broken = (data[:7] + data[8:]).decode("latin-1")
    article = clean(broken * 2)
    assert "mojibake" in article.warnings


def test_clean_text_has_no_warning():
    assert clean(NEWS).warnings == ()
    assert run_text(NEWS).warnings == ()
