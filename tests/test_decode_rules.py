"""decode: each rule at its boundary (the mutation run's survivors), on text of our own words.

Each test fails if its threshold moves by one (or by a tenth, for a share) or its condition turns; the
limits are written as numbers here, not read from the module, so a moved constant is caught.
"""

import codecs

import pytest

from cleaner import InputError
from cleaner.config import DecodeConfig
from cleaner.document import Document
from cleaner.stages import decode
from cleaner.stages.decode import (
    _best_decoding,
    _replacing,
    _utf16_without_bom,
    declared_encoding,
    decode_bytes,
    decode_counting,
)

# --- mostly control characters: a binary file in disguise ------------------------------------------


def test_text_is_refused_past_half_control_characters():
    # 10 controls in 20 characters: half, still text; 11 in 20: more than half, refused
    assert decode_bytes(("基金净值" * 2 + "上涨" + "\x01" * 10).encode())[0].startswith("基金净值")
    with pytest.raises(InputError, match="control"):
        decode_bytes(("基金净值" * 2 + "涨" + "\x01" * 11).encode())


def test_one_character_without_controls_is_text():
    assert decode_bytes("涨".encode()) == ("涨", "utf-8")


# --- a byte-order mark, a declaration ------------------------------------------------------------


def test_a_bom_is_believed_with_as_many_bad_bytes_as_allowed():
    # 3 bad bytes after a short UTF-8 text: the floor of 3, so the BOM is right and its text read
    text, encoding, invalid = decode_counting(codecs.BOM_UTF8 + "基金净值上涨".encode() + b"\xff\xfe\xff")
    assert (text, encoding, invalid) == ("基金净值上涨\ufffd\ufffd\ufffd", "utf-8-sig", 3)


def test_an_xml_declaration_names_the_charset():
    assert declared_encoding(b'<?xml version="1.0" encoding="gb2312"?><rss>') == "gb18030"
    assert declared_encoding(b"<?xml version='1.0' encoding='Big5'?>") == "big5hkscs"


def test_a_declared_encoding_outside_the_chinese_ones_is_tried_first():
    # EUC-JP bytes decode in GB18030 too (the same byte ranges), as rare characters: declared, they are
    # read as EUC-JP before GB18030 is asked
    words = "株式市場の動向について、投資家は慎重な姿勢を崩していない。"
    text, encoding = decode_bytes(('<meta charset="euc-jp">' + words).encode("euc_jp"))
    assert encoding == "euc_jp"
    assert text.endswith(words)


# --- bad bytes: how many a right decoding may keep, and how they are counted --------------------------


def test_a_chinese_decoding_keeps_as_many_bad_bytes_as_allowed():
    # 12 GB18030 bytes and 3 bad ones: 15 non-ASCII bytes, 2% of them under the floor of 3
    text, encoding, invalid = decode_counting("基金净值上涨".encode("gb18030") + b"\xff\xff\xff")
    assert (text, encoding, invalid) == ("基金净值上涨\ufffd\ufffd\ufffd", "gb18030", 3)


def test_a_replacement_character_already_in_the_text_is_no_bad_byte():
    text, invalid = _replacing("基金\ufffd净值".encode() + b"\xff", "utf-8")
    assert text == "基金\ufffd净值\ufffd"
    assert invalid == 1


def test_bad_bytes_are_counted_where_the_encoded_bytes_of_a_replacement_character_are_no_character():
    # 84 31 A4 37 is U+FFFD in GB18030: twice here, each split by the byte before it (81 84 is a
    # character), so the text holds no U+FFFD of its own, and one for the bad FF
    data = (b"\x81" + "\ufffd".encode("gb18030") + b"\x81\x30") * 2 + b"\xff"
    text, invalid = _replacing(data, "gb18030")
    assert text.count("\ufffd") == 1
    assert invalid == 1


def test_a_replacement_character_encoded_in_gb18030_is_no_bad_byte():
    text, invalid = _replacing("基金\ufffd净值".encode("gb18030") + b"\xff", "gb18030")
    assert text == "基金\ufffd净值\ufffd"
    assert invalid == 1


# --- UTF-16 without a BOM: how many bad units it may hold ---------------------------------------------


def _utf16_with_lone_surrogates(text: str, bad: int) -> bytes:
    """``text`` in UTF-16-LE with its first ``bad`` units turned into lone high surrogates (no NUL)."""
    data = bytearray(text.encode("utf-16-le"))
    for k in range(bad):
        data[4 * k : 4 * k + 2] = b"\x01\xd8"  # U+D801, followed by a character that is no low surrogate
    return bytes(data)


def test_utf16_without_a_bom_holds_two_bad_units_in_a_short_text():
    text = "网" * 75 + "a" * 25  # 100 pairs: 1% of them is 1, under the floor of 2
    assert _utf16_without_bom(_utf16_with_lone_surrogates(text, 2)) == "utf-16-le"
    assert _utf16_without_bom(_utf16_with_lone_surrogates(text, 3)) is None


def test_utf16_without_a_bom_holds_one_bad_unit_in_a_hundred():
    text = "网" * 900 + "a" * 100  # 1000 pairs: 10 bad units at most
    assert _utf16_without_bom(_utf16_with_lone_surrogates(text, 10)) == "utf-16-le"
    assert _utf16_without_bom(_utf16_with_lone_surrogates(text, 11)) is None


# --- what decode hands on ----------------------------------------------------------------------------


def test_text_is_split_into_lines_and_a_page_stays_one():
    text = decode.run(Document(raw="基金净值上涨。\n股市收盘走高。".encode()), DecodeConfig())
    assert [line.text for line in text.lines] == ["基金净值上涨。", "股市收盘走高。"]
    page = decode.run(Document(raw="<html><body><p>基金</p>\n<p>股市</p></body></html>".encode()), DecodeConfig())
    assert len(page.lines) == 1


def test_a_long_text_without_nul_bytes_records_no_nul_removed():
    data = ("基金净值上涨。\n" * 60).encode()  # 1,320 bytes: room for a stray NUL, and none is there
    assert decode.run(Document(raw=data), DecodeConfig()).changes == ()


# --- a declared encoding is believed when it reads as 80% common characters -------------------------


def test_a_declared_encoding_is_taken_from_four_common_characters_in_five():
    # GB18030 bytes declared Big5: Big5 reads them cleanly too, each of these characters as another. Of
    # 今年基金贷款超过一成 Big5 reads 8 in 10 as common characters (一 and 成 as rare ones): the
    # declaration is believed; of 今年基金超过一成, 6 in 8, and GB18030 (all common) is taken instead.
    def page(words: str) -> bytes:
        return f'<meta charset="big5"><p>{words}</p>'.encode("gb18030")

    assert decode_bytes(page("今年基金贷款超过一成"))[1] == "big5hkscs"
    text, encoding = decode_bytes(page("今年基金超过一成"))
    assert encoding == "gb18030"
    assert "今年基金超过一成" in text


# --- a decoding that reads as less than half common characters is noise -------------------------------

RARE = "亐亖亗亙亜亝亣亪亯亰亱亴亶亷亸亹亼亽亾仈仌"  # in GB18030, no common characters; Big5 cannot read them


def test_a_decoding_of_half_common_characters_is_read_and_of_less_is_noise():
    half = ("股市今天小幅上涨两成" + RARE[:10]).encode("gb18030")  # 10 common in 20
    assert _best_decoding(half, None)[0] == "gb18030"
    less = ("股市今天小幅上涨两成，基金净值也跟着走高" + RARE[:21]).encode("gb18030")  # 19 in 40
    assert _best_decoding(less, None) is None


def test_of_decodings_alike_the_one_with_fewest_bad_bytes_then_the_declared_one():
    # no reading holds a Chinese character (A1 A1 is a full-width space in GB18030, a mark in Big5):
    # UTF-8 has 3 bad bytes, GB18030 and Big5 1 each (the FF)
    data = b"Fund NAV\xa1\xa1up 2%\xff"
    assert decode_counting(data)[1:] == ("gb18030", 1)  # fewer than UTF-8's; GB18030 asked before Big5
    assert decode_counting(b'<meta charset="big5">' + data)[1:] == ("big5hkscs", 1)  # declared: asked first


# --- a decoding that reads as Chinese beats a clean one that reads as none --------------------------


def test_a_declared_single_byte_charset_over_utf8_chinese_loses_to_utf8():
    # a single-byte charset decodes any bytes cleanly; UTF-8 Chinese with one stray byte reads as Chinese
    text = "银行理财规模一季度回升，固收类产品仍占主导。" * 5
    data = b'<meta charset="iso-8859-1">' + text.encode("utf-8") + b"\xff"
    encoding, decoded, invalid = _best_decoding(data, declared_encoding(data))
    assert (encoding, invalid) == ("utf-8", 1)
    assert text in decoded


def test_a_latin1_page_without_chinese_stays_latin1():
    data = '<meta charset="iso-8859-1"><p>Café prices rose, déjà vu for investors.</p>'.encode("latin-1")
    encoding, decoded, invalid = _best_decoding(data, declared_encoding(data))
    assert (encoding, invalid) == ("iso8859-1", 0)
    assert "Café" in decoded
