"""pinyin neutral-tone notes (們(men), 麼(me)) and punctuation placeholders (摘?要, 0?引言).

A neutral-tone note goes only on a page with at least ``min_marked_notes`` marked notes; a ``?``
that stands for a lost character is kept as written and recorded, never made a full-width ``？``.
"""

import pytest

from cleaner import clean, clean_and_explain
from cleaner.config import PinyinConfig
from cleaner.document import Document
from cleaner.stages import pinyin, punctuation
from cleaner.stages.pinyin import note_kind, strip_notes
from cleaner.stages.punctuation import MAX_PLACEHOLDER_LINE, placeholders, restore_punctuation

P = PinyinConfig()


def run_pinyin(text, settings=P):
    doc = pinyin.run(Document.from_text(text), settings)
    return doc.text, [c.text for c in doc.changes]


# --- neutral-tone notes ---------------------------------------------------------------------------


@pytest.mark.parametrize(("char", "syllable"), [("們", "men"), ("麼", "me"), ("们", "men"), ("的", "de")])
def test_neutral_tone_readings(char, syllable):
    assert note_kind(char, syllable) == "neutral"


def test_min_marked_notes_boundary():
    assert P.min_marked_notes == 2
    marked = ["網(wǎng)貸", "銀(yín)行", "機(jī)構"]
    at = "，".join(marked[: P.min_marked_notes]) + "和我們(men)"
    below = "，".join(marked[: P.min_marked_notes - 1]) + "和我們(men)"
    text, notes = run_pinyin(at)
    assert "(men)" in notes
    assert text.endswith("和我們")
    text, notes = run_pinyin(below)
    assert "(men)" not in notes
    assert text.endswith("和我們(men)")
    assert "(wǎng)" in notes  # the marked note goes either way


def test_min_marked_notes_is_configurable():
    text = "網(wǎng)貸和我們(men)"
    assert run_pinyin(text, PinyinConfig(min_marked_notes=1))[0] == "網貸和我們"
    assert run_pinyin(text, PinyinConfig(min_marked_notes=2))[0] == "網貸和我們(men)"


def test_tone_numbered_notes_count_as_marked():
    text, notes = run_pinyin("網(wang3)貸和銀(yin2)行和我們(men)")
    assert text == "網貸和銀行和我們"
    assert notes == ["(wang3)", "(yin2)", "(men)"]


def test_neutral_notes_alone_stay():
    text, notes = run_pinyin("我們(men)的理財")
    assert (text, notes) == ("我們(men)的理財", [])


def test_neutral_notes_count_towards_toneless_notes():
    text, _ = run_pinyin("我們(men)、他們(men)和什麼(me)")
    assert text == "我們、他們和什麼"


def test_a_bracket_that_is_no_reading_stays_beside_neutral_notes():
    text, _ = run_pinyin("網(wǎng)貸與銀(yín)行說我們(men)看好收益率(r)和茅台(600519)")
    assert text == "網貸與銀行說我們看好收益率(r)和茅台(600519)"


def test_strip_notes_defaults():
    assert strip_notes("我們(men)") == ("我們", ["(men)"])
    assert strip_notes("我們(men)", 3, 2) == ("我們(men)", [])


def test_neutral_notes_end_to_end():
    page = "網(wǎng)貸行業觀察\n隨著網(wǎng)貸的發(fā)展,我們(men)看到逾期增多。"
    article = clean(page)
    assert article.title == "网贷行业观察"
    assert article.lead == ("随着网贷的发展，我们看到逾期增多。",)


# --- placeholders ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "at"),
    [
        ("摘?要:本文研究小微企业融资", [1]),
        ("0?引言", [1]),
        ("1?文献综述", [1]),
        ("12?研究结论", [2]),
        ("关?键?词", [1, 3]),
    ],
)
def test_placeholders(line, at):
    assert placeholders(line) == at
    fixed = restore_punctuation(line)
    assert all(fixed[i] == "?" for i in at)


@pytest.mark.parametrize(
    "line",
    ["能否改变这一局面?这是本文的问题", "收益率会回升吗?", "你好?", "Is it true?", "银行理财还能买吗? 专家这样说"],
)
def test_real_questions_are_no_placeholders(line):
    assert placeholders(line) == []


def test_questions_still_become_full_width():
    assert restore_punctuation("收益率会回升吗?") == "收益率会回升吗？"
    assert restore_punctuation("能否改变这一局面?这是本文的问题") == "能否改变这一局面？这是本文的问题"


def test_max_placeholder_line_boundary():
    at = "理财产收益?率高"
    assert len(at) == MAX_PLACEHOLDER_LINE
    assert placeholders(at) == [5]
    assert restore_punctuation(at) == at
    over = "理财产品收益?率高"
    assert len(over) == MAX_PLACEHOLDER_LINE + 1
    assert placeholders(over) == []
    assert restore_punctuation(over) == "理财产品收益？率高"


def test_start_placeholder_needs_a_short_first_word():
    assert placeholders("摘?要") == [1]
    assert placeholders("摘?要是一个很长很长的词") == []  # more than six Han after it, no break


def test_placeholder_recorded_when_explaining():
    doc = Document.from_text("摘?要:本文研究小微企业融资\n0?引言")
    done = punctuation.run(doc, punctuation.PunctuationConfig())
    reasons = [c.reason for c in done.changes]
    assert reasons.count("punctuation:placeholder") == 2
    assert done.texts == ["摘?要：本文研究小微企业融资", "0?引言"]


def test_placeholders_end_to_end():
    page = "\n".join(
        [
            "小微企业融资约束研究",
            "摘?要:本文研究小微企业的融资约束,样本为2015年至2020年的数据。",
            "0?引言",
            "融资难是长期问题。",
        ]
    )
    article, changes = clean_and_explain(page)
    assert "摘?要：本文研究小微企业的融资约束，样本为2015年至2020年的数据。" in article.text
    assert "0?引言" in article.text
    assert "？" not in article.text
    assert any(c.reason == "punctuation:placeholder" for c in changes)
    assert clean(article.text).text == article.text
