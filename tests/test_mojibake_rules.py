"""Rules of `cleaner/stages/mojibake.py` pinned at their boundaries (see benchmarks/mutation.py).

Every text here is made up; the mojibake is made from it in the test (GBK bytes read as cp1252,
UTF-8 bytes read as GBK).
"""

import pytest

from cleaner.stages.mojibake import _as_cp1252_bytes, looks_mojibake, repair_gbk_as_latin, repair_utf8_as_gbk

RARE = "淼"  # a Han character outside the common set, encodable in GBK with bytes cp1252 can read


def gbk_as_cp1252(text: str) -> str:
    return text.encode("gbk").decode("cp1252")


def utf8_as_gbk(text: str) -> str:
    return text.encode("utf-8").decode("gbk")


# --- GBK read as Latin-1: what the bytes read as must be clearly Chinese


def test_two_han_characters_are_enough_one_is_not():
    assert repair_gbk_as_latin(gbk_as_cp1252("新闻")) == "新闻"
    assert repair_gbk_as_latin(gbk_as_cp1252("新")) == gbk_as_cp1252("新")  # ÐÂ could be anything


def test_nine_common_characters_in_ten_are_enough():
    text = "新闻报道今日股票基" + RARE  # a share of common characters of exactly 0.9
    assert repair_gbk_as_latin(gbk_as_cp1252(text)) == text
    fewer = "新闻报道今" + RARE  # 5 of 6, about 0.83
    assert repair_gbk_as_latin(gbk_as_cp1252(fewer)) == gbk_as_cp1252(fewer)


def test_a_character_above_latin_1_is_no_byte():
    assert _as_cp1252_bytes("ÿ") == b"\xff"
    assert _as_cp1252_bytes("\x81") == b"\x81"  # undefined in cp1252: comes through as Latin-1
    assert _as_cp1252_bytes("\u0100") is None


def test_gbk_read_as_latin_1_is_repaired_through_its_c1_controls_and_no_break_space():
    # 喆 is 86 B4 and 堃 is 88 D2 in GBK: Latin-1 reads 86 and 88 as C1 controls (cp1252 as † and ˆ);
    # 營 is A0 49 and 狀 is A0 EE: the no-break space as a first byte (GBK holds Traditional too)
    for text in ("张喆发布公告称业绩增长", "王堃表示市场回暖", "公司營業狀況良好"):
        assert repair_gbk_as_latin(text.encode("gbk").decode("latin-1")) == text
        assert repair_gbk_as_latin(gbk_as_cp1252(text)) == text


def test_a_c1_control_alone_between_latin_words_is_no_run_to_repair():
    assert repair_gbk_as_latin("Caf\x86 r\xe9sum\xe9") == "Caf\x86 r\xe9sum\xe9"


# --- UTF-8 read as GBK: the gate on the first 32 characters


def test_the_gate_reads_the_first_32_characters():
    broken = utf8_as_gbk("今日")  # three rare characters
    # two of them within the first 32 characters: enough to try
    assert repair_utf8_as_gbk("x" * 30 + broken) == "x" * 30 + "今日"
    # one within them: not enough, whatever follows
    assert repair_utf8_as_gbk("x" * 31 + broken) == "x" * 31 + broken


def test_a_common_character_just_past_the_gate_is_not_read():
    broken = utf8_as_gbk("新闻告业")  # rare, common, rare, rare, common, …
    line = "x" * 29 + broken  # the gate sees rare, common, rare: less than half common
    assert repair_utf8_as_gbk(line) == "x" * 29 + "新闻告业"


def test_half_common_reads_as_chinese_already():
    half = utf8_as_gbk("价央")  # one common and one rare Han character (and a kana)
    assert repair_utf8_as_gbk(half) == half
    less = utf8_as_gbk("新闻")  # one common in three
    assert repair_utf8_as_gbk(less) == "新闻"


# --- UTF-8 read as GBK: how many bytes may have been lost


def lost_line(*pieces: str) -> tuple[str, str]:
    """The mojibake of ``pieces`` joined by U+FFFD (a byte lost upstream), and its repair."""
    return "\ufffd".join(map(utf8_as_gbk, pieces)), "\ufffd".join(pieces)


@pytest.mark.parametrize(
    ("pieces", "repaired"),
    [
        (("新闻", "今日", ""), True),  # 2 lost in 6 characters: 2 are always allowed
        (("新闻", "今日", "报道", ""), False),  # 3 lost in 9: more than 2 and more than a quarter
        (("新闻今日", "报道股票", "基金", ""), True),  # 3 lost in 13: a quarter, rounded down
        (("新闻今日", "报道股票", "基金", "A", ""), False),  # 4 lost in 15: more than a quarter
    ],
)
def test_at_most_two_or_a_quarter_of_the_characters_lost(pieces, repaired):
    line, fixed = lost_line(*pieces)
    assert repair_utf8_as_gbk(line) == (fixed if repaired else line)


# --- what still looks like mojibake after repair


def test_twelve_latin_1_letters_in_runs_of_four_look_like_mojibake():
    assert looks_mojibake("ÐÂÎÅ ±¨µÀ ½ñÈÕ")  # 12
    assert not looks_mojibake("ÐÂÎÅ ±¨µÀ½ñÈ ½ñÈ")  # 11 (the last three are too few for a run)


def test_twenty_han_characters_mostly_rare_look_like_mojibake():
    assert looks_mojibake(RARE * 20)
    assert not looks_mojibake(RARE * 19)
    assert looks_mojibake("新闻报道今日股票基金" + RARE * 11)  # 9 common in 20: under half
    assert not looks_mojibake("新闻报道今日股票基金" + RARE * 10)  # exactly half


def test_the_share_of_rare_characters_is_read_on_the_first_2000_characters():
    assert looks_mojibake("x" * 1980 + RARE * 20)
    assert not looks_mojibake("x" * 1981 + RARE * 20)  # the twentieth is character 2001
