"""unicode: ftfy with Chinese-safe settings, invisible characters out, full-width punctuation kept."""

import time

import pytest

from cleaner import Change, Config, clean
from cleaner.config import UnicodeConfig
from cleaner.document import Document
from cleaner.stages import unicode
from cleaner.stages.unicode import repair_line

# "市场波动" written as UTF-8 and read back as Windows-1252: the classic mojibake ftfy repairs.
MOJIBAKE = "市场波动".encode().decode("cp1252", errors="replace")


def run_text(text: str, config: Config | None = None) -> Document:
    return unicode.run(Document.from_text(text), (config or Config()).unicode)


def test_mojibake_fixture_is_what_we_think():
    assert MOJIBAKE == "å¸‚åœºæ³¢åŠ¨"


def test_clean_chinese_line_is_left_alone():
    line = "随着互联网金融的快速发展，网络贷款（简称“网贷”）已成为常见选择：是否上门？"
    assert repair_line(line) == (line, None)
    doc = run_text(line)
    assert doc.text == line
    assert doc.changes == ()


def test_full_width_forms_are_not_folded():
    line = "\u3000\u3000收益率（年化）：５％，ＡＢＣ１２３；“稳健”‘低波’！？"
    doc = run_text(line)
    assert doc.text == line
    assert doc.changes == ()


def test_zero_width_characters_removed_and_recorded():
    doc = run_text("网\u200b贷\u200c逾\u200d期\u2060会\ufeff不会")
    assert doc.text == "网贷逾期会不会"
    removed = [c for c in doc.changes if c.reason == "unicode:invisible_char"]
    assert len(removed) == 1
    assert removed[0].stage == "unicode"
    assert removed[0].is_removal
    assert set(removed[0].text) == {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}


def test_soft_hyphen_removed():
    doc = run_text("互联\u00ad网")
    assert doc.text == "互联网"


def test_control_characters_removed_and_recorded():
    doc = run_text("收益\x07率\x1b上涨\x00了\x7f")
    assert doc.text == "收益率上涨了"
    texts = "".join(c.text for c in doc.changes if c.reason == "unicode:invisible_char")
    assert set(texts) == {"\x07", "\x1b", "\x00", "\x7f"}


def test_c1_controls_removed():
    # C1 codes that Windows-1252 leaves undefined, so ftfy cannot read them as mojibake either
    doc = run_text("收益\x81率\x9d上涨")
    assert doc.text == "收益率上涨"
    assert any(c.reason == "unicode:invisible_char" for c in doc.changes)


def test_tab_and_ideographic_space_kept():
    line = "\u3000\u3000第一段\t正文"
    assert run_text(line).text == line


def test_crlf_and_cr_become_lf():
    doc = run_text("第一行\r\n第二行\r第三行\n第四行")
    assert doc.text == "第一行\n第二行\n第三行\n第四行"


def test_mojibake_line_repaired_while_full_width_comma_elsewhere_is_kept():
    doc = run_text(f"{MOJIBAKE}\n收益率，上涨（年化）：“稳健”")
    assert doc.text == "市场波动\n收益率，上涨（年化）：“稳健”"
    repaired = [c for c in doc.changes if c.text == MOJIBAKE]
    assert len(repaired) == 1
    assert repaired[0].stage == "unicode"
    assert repaired[0].replacement == "市场波动"
    assert repaired[0].reason.startswith("unicode:")


def test_mojibake_and_full_width_punctuation_in_the_same_line():
    fixed, reason = repair_line(f"{MOJIBAKE}，收益率（年化）上涨：“稳健”")
    assert fixed == "市场波动，收益率（年化）上涨：“稳健”"
    assert reason is not None and reason.startswith("unicode:")


def test_mojibake_left_alone_when_ftfy_is_off_but_invisibles_still_go():
    config = Config(unicode=UnicodeConfig(use_ftfy=False))
    doc = run_text(f"{MOJIBAKE}\u200b", config)
    assert doc.text == MOJIBAKE
    assert [c.reason for c in doc.changes] == ["unicode:invisible_char"]


def test_nfc_composes_and_is_recorded():
    doc = run_text("Cafe\u0301 收益")
    assert doc.text == "Café 收益"
    assert Change("unicode", "unicode:nfc", "Cafe\u0301 收益", "Café 收益") in doc.changes


def test_html_entities_are_not_unescaped_here():
    # entities are the junk stage's job, with evidence
    line = "沪深300&nbsp;指数&amp;基金"
    assert run_text(line).text == line


def test_pipeline_removes_zero_width_from_the_article():
    article = clean("网贷逾期\u200b会不会找上门\n\n随着互联\u200d网发展，网贷增加。")
    assert article.title == "网贷逾期会不会找上门"
    assert article.lead == ("随着互联网发展，网贷增加。",)
    assert any(c.stage == "unicode" and "\u200b" in c.text for c in article.removed)


@pytest.mark.parametrize("piece", ["Ã©", "å¸‚", "\u200b网"])
def test_long_hostile_line_is_linear(piece):
    text = piece * (300_000 // len(piece))
    start = time.perf_counter()
    doc = run_text(text)
    assert time.perf_counter() - start < 10
    assert "\u200b" not in doc.text


def test_lines_the_cheap_check_lets_through_are_never_bad_for_ftfy():
    # MAYBE_BAD_RE must be sound: a line it finds nothing in must be one ftfy.badness.is_bad rejects.
    import itertools

    import ftfy.badness

    from cleaner.stages.unicode import MAYBE_BAD_RE

    alphabet = list("aZ0 ,.?:(-") + list("网贷，。：（）、；？！【】《》「」\u3000１Ａ") + list("·—‘’“”…")
    for combo in itertools.product(alphabet, repeat=3):
        text = "".join(combo)
        assert not MAYBE_BAD_RE.search(text)
        assert not ftfy.badness.is_bad(text), text
    assert MAYBE_BAD_RE.search("收益 Ã©")  # mojibake goes on to ftfy


def test_the_compressed_line_is_bad_whenever_the_line_is():
    # _maybe_bad writes each run of ideographs and CJK / full-width marks as one 中 before asking
    # ftfy: sound only if no bad sequence is lost, so every short mix of ftfy's own mojibake
    # characters with those runs must stay bad once compressed.
    import itertools

    import ftfy.badness

    from cleaner.stages.unicode import SAFE_RUN_RE, _maybe_bad

    categories = "".join(ftfy.badness.MOJIBAKE_CATEGORIES.values()).replace("-", "")
    mojibake = sorted(set(categories) | set("ÂÃÎÐŒœ×²³ØÙàµ¹¼½¾√±∂†≠®™´≤≥¥ø≈°¢‚Äìîïòôúùû†π âóäêвЂВГРСΒΓΞΟβ€ā"))
    runs = ["网贷", "，（１）"]
    checked = 0
    for a, b in itertools.product(mojibake, repeat=2):
        for run in runs:
            for text in (a + run + b, run + a + b + run):
                if ftfy.badness.is_bad(text):
                    checked += 1
                    assert _maybe_bad(text), text
    assert checked > 1000
    assert SAFE_RUN_RE.sub("中", "网贷，逾期 (wǎng)") == "中 (wǎng)"
    assert not SAFE_RUN_RE.search("\u3000·—‘’“”…")  # a space to ftfy, and characters in its classes


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("??中房网讯 8月21日，旭辉集团公告称", "中房网讯 8月21日，旭辉集团公告称"),  # two full-width spaces lost
        ("??? 新华社芝加哥9月23日专电", "新华社芝加哥9月23日专电"),
        ("????（记者汪平）芝加哥期货", "（记者汪平）芝加哥期货"),  # four
        ("?????新华社芝加哥", "?????新华社芝加哥"),  # five: no indent's width
        ("??? what is this", "??? what is this"),  # before Latin text: kept as written
        ("这是什么??", "这是什么??"),  # closing a line: a question
    ],
)
def test_question_marks_for_a_lost_indent_go_and_are_recorded(line, kept):
    doc = run_text(line)
    assert doc.text == kept
    lost = [c.text for c in doc.changes if c.reason == "unicode:lost_char"]
    assert lost == ([] if kept == line else [line[: len(line) - len(kept)]])
