"""decode: bytes to text (BOM, UTF-8, GB18030, Big5), and clear InputErrors for what is not text."""

import codecs
import hashlib
import time

import pytest

from cleaner import Config, InputError, clean, clean_files
from cleaner.config import DecodeConfig
from cleaner.document import Document
from cleaner.pipeline import clean_path
from cleaner.stages import decode
from cleaner.stages.decode import declared_encoding, decode_bytes

SIMPLIFIED = "网贷逾期会不会找上门？随着互联网金融的快速发展，网络贷款已成为许多人应对短期资金需求的选择。"
TRADITIONAL = "網貸逾期會不會找上門？隨著互聯網金融的快速發展，網絡貸款已成為許多人應對短期資金需求的選擇。"


def run_bytes(data: bytes, config: Config | None = None) -> Document:
    return decode.run(Document(raw=data), (config or Config()).decode)


# --- text that decodes ---------------------------------------------------------------------


def test_utf8():
    text, encoding = decode_bytes(SIMPLIFIED.encode("utf-8"))
    assert text == SIMPLIFIED
    assert encoding == "utf-8"


def test_utf8_with_bom_drops_the_bom():
    text, encoding = decode_bytes(codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"))
    assert text == SIMPLIFIED
    assert not text.startswith("\ufeff")
    assert encoding in ("utf-8-sig", "utf-8")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec):
    # ASCII in UTF-16 is full of NUL bytes: the BOM must be read before the binary check.
    original = "2025年 GDP 增长5%：" + SIMPLIFIED
    data = "\ufeff".encode(codec) + original.encode(codec)
    assert b"\x00" in data
    text, encoding = decode_bytes(data)
    assert text == original
    assert encoding.replace("_", "-").startswith("utf-16")


def test_gb18030():
    text, encoding = decode_bytes(SIMPLIFIED.encode("gb18030"))
    assert text == SIMPLIFIED
    assert encoding == "gb18030"


def test_gb18030_with_characters_outside_gbk():
    # 𠮷 (U+20BB7) and 䶮 (U+4DAE) are four-byte sequences in GB18030; GBK cannot hold them.
    original = "𠮷野家与䶮字的报道，" + SIMPLIFIED
    with pytest.raises(UnicodeEncodeError):
        original.encode("gbk")
    text, encoding = decode_bytes(original.encode("gb18030"))
    assert text == original
    assert encoding == "gb18030"


def test_gbk_encoded_traditional_text_is_gb18030():
    text, encoding = decode_bytes(TRADITIONAL.encode("gb18030"))
    assert text == TRADITIONAL
    assert encoding == "gb18030"


def test_big5_is_read_as_big5_hkscs():
    text, encoding = decode_bytes(TRADITIONAL.encode("big5"))
    assert text == TRADITIONAL
    assert encoding == "big5hkscs"


def test_short_big5_title():
    text, _ = decode_bytes("網貸逾期會不會找上門".encode("big5"))
    assert text == "網貸逾期會不會找上門"


def test_run_records_encoding_and_sha256_of_the_bytes():
    data = SIMPLIFIED.encode("gb18030")
    doc = run_bytes(data)
    assert doc.text == SIMPLIFIED
    assert doc.source.encoding == "gb18030"
    assert doc.source.sha256 == hashlib.sha256(data).hexdigest()
    assert doc.changes == ()  # nothing in the text was changed


def test_run_on_str_keeps_the_text_and_has_no_encoding():
    doc = decode.run(Document(raw=SIMPLIFIED), Config().decode)
    assert doc.text == SIMPLIFIED
    assert doc.source.encoding is None
    assert doc.source.sha256 == hashlib.sha256(SIMPLIFIED.encode("utf-8")).hexdigest()


def test_clean_accepts_bytes_in_each_encoding():
    for data in (
        SIMPLIFIED.encode("utf-8"),
        codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"),
        SIMPLIFIED.encode("utf-16"),
        SIMPLIFIED.encode("gb18030"),
    ):
        assert clean(data).lead == (SIMPLIFIED,)
    assert clean(TRADITIONAL.encode("big5")).lead == (SIMPLIFIED,)


# --- input that is not text: always InputError, with a message that says why ----------------


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  "])
def test_empty_or_whitespace_bytes(data):
    with pytest.raises(InputError, match=r"(?i)empty"):
        decode_bytes(data)


@pytest.mark.parametrize("raw", ["", " \n\u3000\t"])
def test_empty_or_whitespace_str(raw):
    with pytest.raises(InputError, match=r"(?i)empty"):
        decode.run(Document(raw=raw), Config().decode)


def test_bom_only_is_empty():
    with pytest.raises(InputError, match=r"(?i)empty"):
        decode_bytes(codecs.BOM_UTF8)


def test_nul_bytes_are_binary():
    data = SIMPLIFIED.encode("utf-8") + b"\x00\x00\x01" + SIMPLIFIED.encode("utf-8")
    with pytest.raises(InputError, match=r"(?i)binary") as info:
        decode_bytes(data)
    assert "NUL" in str(info.value)


def _padded(size: int, encoding: str = "utf-8") -> bytes:
    """``size`` bytes of Chinese text in ``encoding`` with one NUL byte in the middle."""
    unit = "网贷逾期会不会找上门。\n".encode(encoding)
    body = (unit * (size // len(unit) + 1))[: size - 1]
    while True:  # cut on a character boundary, padding with ASCII
        try:
            body.decode(encoding)
            break
        except UnicodeDecodeError:
            body = body[:-1]
    body += b"." * (size - 1 - len(body))
    middle = body.index(b"\n", len(body) // 2) + 1
    return body[:middle] + b"\x00" + body[middle:]


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_one_stray_nul_a_kilobyte_is_dropped_and_recorded(encoding):
    from cleaner.stages.decode import NUL_STRAY_SPACING

    data = _padded(NUL_STRAY_SPACING, encoding)
    assert len(data) == NUL_STRAY_SPACING and data.count(0) == 1
    doc = decode.run(Document(raw=data), Config().decode)
    assert "\x00" not in doc.text and doc.text.startswith("网贷逾期会不会找上门。")
    assert [c.reason for c in doc.changes] == ["decode:nul_bytes"]
    with pytest.raises(InputError, match="NUL"):  # one byte shorter: more than one NUL a kilobyte
        decode.run(Document(raw=_padded(NUL_STRAY_SPACING - 1, encoding)), Config().decode)


def test_one_stray_nul_character_a_thousand_in_text_input():
    text = "网贷逾期。\n" * 166 + "尾尾尾\x00"  # 996 + 4 characters
    assert len(text) == 1000
    doc = decode.run(Document(raw=text), Config().decode)
    assert doc.text == text.replace("\x00", "")
    assert [c.reason for c in doc.changes] == ["decode:nul_bytes"]
    with pytest.raises(InputError, match="NUL"):
        decode.run(Document(raw=text[1:]), Config().decode)


def test_png_signature_is_binary():
    data = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(256))
    with pytest.raises(InputError, match="PNG"):
        decode_bytes(data)


def test_pdf_signature_is_binary():
    with pytest.raises(InputError, match="PDF"):
        decode_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")


def test_control_characters_without_nul_are_binary():
    with pytest.raises(InputError, match=r"(?i)binary"):
        decode_bytes(bytes(range(1, 9)) * 200)


def test_str_of_control_characters_is_binary():
    with pytest.raises(InputError, match=r"(?i)binary"):
        decode.run(Document(raw="a\x00b\x01c\x02" * 50), Config().decode)


def test_utf8_bom_followed_by_gb18030_is_detected_as_if_there_were_no_bom():
    text, encoding = decode_bytes(codecs.BOM_UTF8 + b"\xff" + SIMPLIFIED.encode("gb18030"))
    assert encoding == "gb18030"
    assert text.endswith(SIMPLIFIED)


def test_utf16_bom_with_truncated_body_is_decoded_and_the_bad_byte_counted():
    data = codecs.BOM_UTF16_LE + "网贷".encode("utf-16-le") + b"a"
    doc = run_bytes(data)
    assert doc.text == "网贷\ufffd"
    assert [c.reason for c in doc.changes] == ["decode:invalid_bytes"]


def test_high_bytes_in_no_known_encoding():
    with pytest.raises(InputError, match=r"(?i)cannot decode"):
        decode_bytes(bytes(range(0x80, 0x100)) * 4)


def test_over_max_bytes_is_refused_with_the_limit():
    config = Config(decode=DecodeConfig(max_bytes=16))
    with pytest.raises(InputError, match="max_bytes"):
        run_bytes(SIMPLIFIED.encode("utf-8"), config)
    # at the limit is fine
    assert run_bytes("网贷".encode(), Config(decode=DecodeConfig(max_bytes=6))).text == "网贷"


def test_clean_raises_input_error_not_a_crash():
    for data in (b"", b"\x89PNG\r\n\x1a\n\x00\x00", b"\x00" * 64):
        with pytest.raises(InputError):
            clean(data)


def test_clean_files_names_the_failing_file_and_goes_on(tmp_path):
    bad = tmp_path / "图片.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    good = tmp_path / "good.txt"
    good.write_bytes(SIMPLIFIED.encode("gb18030"))
    first, second = list(clean_files([bad, good]))
    assert first.source.path == str(bad)
    assert "PNG" in first.error
    assert second.lead == (SIMPLIFIED,)
    assert second.source.encoding == "gb18030"


def test_clean_path_error_names_the_file(tmp_path):
    # The issue: "Text that cannot be decoded is an error with the file name and a clear message".
    bad = tmp_path / "broken_page.txt"
    bad.write_bytes(b"\x00\x01\x02binary\x00")
    with pytest.raises(InputError) as info:
        clean_path(bad, Config())
    assert "broken_page.txt" in str(info.value)
    assert "binary" in str(info.value).lower()


def test_large_gb18030_input_decodes_in_reasonable_time():
    data = (SIMPLIFIED + "\n").encode("gb18030") * 20_000  # about 1.9 MB
    start = time.perf_counter()
    text, encoding = decode_bytes(data)
    assert time.perf_counter() - start < 10
    assert encoding == "gb18030"
    assert text.startswith(SIMPLIFIED)


def test_text_with_many_stray_controls_is_still_text():
    # Seen in Common Crawl records: control junk between the words of a real article.
    text = "杂色蛤又名花蛤\x07\x07\x06、蛤蜊\x05\x08\x05，蚬子\x05\x08\x06，是东港市很具地域特色的水产品"
    assert clean(text.encode("utf-8")).text == "杂色蛤又名花蛤、蛤蜊，蚬子，是东港市很具地域特色的水产品"


# --- declared charsets are checked, bad bytes are counted, UTF-16 without a BOM -------------

PAGE = "<html><head><meta charset='{charset}'><title>財經</title></head><body><p>{body}</p></body></html>"


@pytest.mark.parametrize("declared", ["utf-8", "big5", "iso-8859-1"])
def test_meta_charset_that_lies_about_gbk_bytes(declared):
    data = PAGE.format(charset=declared, body=SIMPLIFIED).encode("gb18030")
    text, encoding = decode_bytes(data)
    assert encoding == "gb18030"
    assert SIMPLIFIED in text


def test_meta_charset_gb2312_is_read_as_gb18030():
    original = "𠮷野家，" + SIMPLIFIED  # outside GB2312 and GBK: only GB18030 holds it
    data = PAGE.format(charset="gb2312", body=original).encode("gb18030")
    text, encoding = decode_bytes(data)
    assert encoding == "gb18030"
    assert original in text


def test_meta_charset_big5_page_is_read_as_big5_hkscs():
    data = PAGE.format(charset="big5", body=TRADITIONAL).encode("big5")
    assert declared_encoding(data) == "big5hkscs"
    text, encoding = decode_bytes(data)
    assert encoding == "big5hkscs"
    assert TRADITIONAL in text


def test_http_equiv_declaration_is_read():
    data = b'<meta http-equiv="Content-Type" content="text/html; charset=GBK">'
    assert declared_encoding(data) == "gb18030"


def test_gbk_page_with_a_few_corrupt_bytes_is_decoded_and_counted():
    body = (SIMPLIFIED * 5).encode("gb18030")
    data = body[:40] + b"\xff\xff" + body[40:200] + b"\x81" + b"\xff" + body[200:]
    doc = run_bytes(data)
    assert doc.source.encoding == "gb18030"
    assert doc.text.count("\ufffd") >= 2
    assert SIMPLIFIED[-20:] in doc.text
    [change] = [c for c in doc.changes if c.reason == "decode:invalid_bytes"]
    assert change.text.startswith(("2 ", "3 ", "4 "))


def test_utf8_text_with_a_few_corrupt_bytes_is_not_refused():
    data = (SIMPLIFIED * 3).encode("utf-8")
    data = data[:30] + b"\xff" + data[30:]
    doc = run_bytes(data)
    assert doc.source.encoding == "utf-8"
    assert doc.text.count("\ufffd") == 1
    assert [c.reason for c in doc.changes] == ["decode:invalid_bytes"]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_detected(codec):
    original = "2025年第1季度 GDP 增长5.3%\n" + SIMPLIFIED
    text, encoding = decode_bytes(original.encode(codec))
    assert text == original
    assert encoding == codec


def test_mostly_undecodable_bytes_are_still_refused():
    with pytest.raises(InputError) as info:
        decode_bytes(bytes(range(0x80, 0x100)) * 4)
    assert info.value.code == "input:undecodable"


# --- edges the mutation run found unpinned ----------------------------------------------------------


def test_a_declaration_is_read_in_the_first_16384_bytes_only():
    head = b'<meta charset="gbk'
    at = b" " * (16_384 - len(head)) + head + b'">'  # the name ends at the limit
    assert declared_encoding(at) == "gb18030"
    assert declared_encoding(b" " + at) is None  # its last letter past it: "gb" is no charset


def test_an_encoding_charset_normalizer_finds_replaces_no_bytes():
    text = "Съешь же ещё этих мягких французских булок, да выпей чаю. " * 5
    doc = run_bytes(text.encode("cp1251"))
    assert doc.source.encoding == "cp1251"
    assert doc.text == text
    assert not [c for c in doc.changes if c.reason == "decode:invalid_bytes"]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_at_its_nul_boundaries(codec):
    from cleaner.stages.decode import _utf16_without_bom

    # 200 pairs: ASCII puts a NUL on one side (10 of them, 5%, are enough), 一 (U+4E00) on the other
    assert _utf16_without_bom(("网" * 190 + "a" * 10).encode(codec)) == codec
    assert _utf16_without_bom(("网" * 191 + "a" * 9).encode(codec)) is None
    assert _utf16_without_bom(("一" * 3 + "a" * 12 + "网" * 185).encode(codec)) == codec  # 3 × 4 ≤ 12
    assert _utf16_without_bom(("一" * 3 + "a" * 11 + "网" * 186).encode(codec)) is None


def test_decode_counts_the_input_characters_of_text_not_of_a_page():
    assert decode.run(Document(raw="网贷 逾期\n上门".encode()), DecodeConfig()).input_chars == 6
    page = "<!DOCTYPE html><html><body><p>网贷</p></body></html>".encode()
    assert decode.run(Document(raw=page), DecodeConfig()).input_chars == 0  # extract counts a page's


# --- how many bad byte sequences a right decoding may keep (the mutation run found it unpinned) ---


def test_allowed_invalid_is_a_share_of_the_non_ascii_bytes_with_a_floor_of_three():
    from cleaner.stages.decode import MAX_INVALID_SHARE, _allowed_invalid

    assert MAX_INVALID_SHARE == 0.02
    assert _allowed_invalid(b"\xe4" * 100) == 3  # 2% of 100 is 2: the floor
    assert _allowed_invalid(b"\xe4" * 150) == 3
    assert _allowed_invalid(b"\xe4" * 200) == 4.0  # 2% of 200
    assert _allowed_invalid(b"a" * 10_000 + b"\xe4" * 500) == 10.0  # ASCII counts for nothing


def test_a_page_with_just_allowed_bad_bytes_is_read_with_them_replaced():
    from cleaner import clean

    good = "近年来，商业银行持续加大对小微企业的信贷投放力度，贷款余额同比增长百分之十二。" * 12
    data = good.encode("utf-8")
    allowed = int(0.02 * len(data.translate(None, bytes(range(128)))))
    cut = data[: len(data) // 2]
    broken = cut + b"\xff" * allowed + data[len(data) // 2 :]
    article = clean(broken)
    assert article.source.encoding == "utf-8"
    assert any(c.reason == "decode:invalid_bytes" for c in article.removed)


def test_ascii_ends_at_0x7f_for_the_allowed_invalid_count():
    from cleaner.stages.decode import _allowed_invalid

    assert _allowed_invalid(b"\x7f" * 1000) == 3  # DEL is ASCII: no share, the floor
    assert _allowed_invalid(b"\x80" * 1000) == 20.0  # the first byte past ASCII counts


@pytest.mark.parametrize(("data", "encoding"), [(b"a\x00b\x00", "utf-16-le"), (b"a\x00b", None), (b"\x00a", None)])
def test_utf16_without_a_bom_needs_four_bytes(data, encoding):
    from cleaner.stages.decode import _utf16_without_bom

    assert _utf16_without_bom(data) == encoding


@pytest.mark.parametrize(("common", "rare", "readable"), [(10, 10, True), (9, 11, False)])
def test_utf16_without_a_bom_reads_as_half_common_characters_at_least(common, rare, readable):
    from cleaner.stages.decode import _utf16_without_bom

    text = "的" * common + "龘" * rare + " 12 \n"  # the ASCII puts the NULs on one side of the pairs
    assert (_utf16_without_bom(text.encode("utf-16-le")) == "utf-16-le") is readable
