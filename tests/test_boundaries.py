"""Every rule alone and every threshold at its boundary, for the stable stage modules (decode,
unicode, pinyin, punctuation, junk, config): a threshold moved by one, or a comparison turned
around, breaks a test here. Written against the survivors of ``benchmarks/mutation.py``.
"""

from __future__ import annotations

import pytest

from cleaner import InputError, clean
from cleaner.config import DecodeConfig, PinyinConfig, UnicodeConfig
from cleaner.document import Document
from cleaner.stages import decode, pinyin, unicode
from cleaner.stages.decode import MAX_CONTROL_RATIO, common_share, decode_bytes

# --- decode --------------------------------------------------------------------------------------


def controls_text(controls: int, letters: int, control: str = "\x01") -> str:
    return control * controls + "a" * letters


def test_control_ratio_is_one_half():
    assert MAX_CONTROL_RATIO == 0.5


@pytest.mark.parametrize(("controls", "letters", "refused"), [
    (50, 50, False),  # exactly half: still text (the rule is "more than half")
    (51, 49, True),
    (52, 48, True),  # refused at 0.5, would pass at 0.55
    (48, 52, False),  # accepted at 0.5, would be refused at 0.45
])
def test_text_is_binary_only_when_more_than_half_controls(controls, letters, refused):
    text = controls_text(controls, letters)
    for raw in (text, text.encode()):
        if refused:
            with pytest.raises(InputError) as caught:
                decode.run(Document(raw=raw), DecodeConfig())
            assert caught.value.code == "input:binary"
        else:
            assert decode.run(Document(raw=raw), DecodeConfig()).lines


@pytest.mark.parametrize("control", ["\x01", "\x1f", "\x0b", "\x1b"])
def test_every_c0_control_but_blanks_counts(control):
    with pytest.raises(InputError):
        decode.run(Document(raw=control * 60 + "a" * 40), DecodeConfig())


def test_the_quick_test_for_controls_looks_for_every_character_the_count_counts():
    for code in range(0x10000):
        assert bool(decode.CONTROLS_RE.match(chr(code))) == (chr(code) in decode.CONTROL_CHARS), hex(code)


@pytest.mark.parametrize("blank", ["\t", "\n", "\r", "\f", " "])
def test_blanks_and_spaces_are_not_controls(blank):
    doc = decode.run(Document(raw="a" + blank * 80 + "b"), DecodeConfig())
    assert doc.lines


def test_max_bytes_is_inclusive():
    data = "网贷".encode()  # 6 bytes
    assert decode.run(Document(raw=data), DecodeConfig(max_bytes=6)).text == "网贷"
    with pytest.raises(InputError) as caught:
        decode.run(Document(raw=data), DecodeConfig(max_bytes=5))
    assert caught.value.code == "input:too_large"


def test_max_bytes_applies_to_bytes_only():
    # Text is already in memory; the limit guards reading, not what the caller holds.
    assert decode.run(Document(raw="网贷" * 10), DecodeConfig(max_bytes=5)).text == "网贷" * 10


def test_common_share_of_text_without_han_is_zero():
    assert common_share("abc") == 0.0
    assert common_share("网贷") == 1.0


@pytest.mark.parametrize(("data", "code"), [
    (b"", "input:empty"), (b" \n\t", "input:empty"), (b"\x00" * 40 + b"abc", "input:binary"),
    (b"%PDF-1.4 x", "input:binary"), (b"\xef\xbb\xbf", "input:empty"),
])
def test_each_refusal_alone(data, code):
    with pytest.raises(InputError) as caught:
        decode_bytes(data)
    assert caught.value.code == code


def test_a_bom_decides_the_encoding():
    assert decode_bytes(b"\xef\xbb\xbf" + "网贷".encode()) == ("网贷", "utf-8-sig")
    assert decode_bytes("网贷".encode("utf-16")) == ("网贷", "utf-16")


def test_text_input_keeps_no_encoding_and_surrogates_are_replaced():
    doc = decode.run(Document(raw="网\ud800贷"), DecodeConfig())
    assert doc.text == "网\ufffd贷" and doc.source.encoding is None
    assert [c.reason for c in doc.changes] == ["decode:lone_surrogate"]
    clean_doc = decode.run(Document(raw="网贷"), DecodeConfig())
    assert clean_doc.changes == ()


# --- unicode ------------------------------------------------------------------------------------

INVISIBLE = ["\xad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\x80", "\x9f"]
# Each one's neighbours, which are visible (or not ours to remove) and must stay.
VISIBLE_NEIGHBOURS = ["\xac", "\xae", "\u200a", "\u2061", "\xa0", "\x7e", "\ufefe", "\uff00"]


def run_unicode(text: str, settings: UnicodeConfig | None = None, record: bool = True) -> Document:
    doc = Document.from_text(text, record_replacements=record)
    return unicode.run(doc, settings or UnicodeConfig())


@pytest.mark.parametrize("char", INVISIBLE, ids=lambda c: f"U+{ord(c):04X}")
def test_each_invisible_character_is_removed_and_recorded(char):
    # Without ftfy, which reads a C1 control such as \x80 as the cp1252 character it stands for (€).
    doc = run_unicode(f"网{char}贷", UnicodeConfig(use_ftfy=False))
    assert doc.text == "网贷"
    assert [(c.reason, c.text) for c in doc.changes] == [("unicode:invisible_char", char)]


@pytest.mark.parametrize("char", VISIBLE_NEIGHBOURS, ids=lambda c: f"U+{ord(c):04X}")
def test_the_neighbours_of_invisible_characters_stay(char):
    assert run_unicode(f"网{char}贷", UnicodeConfig(use_ftfy=False)).text == f"网{char}贷"


def test_ftfy_reads_a_c1_control_as_cp1252():
    assert run_unicode("网\x80贷").text == "网€贷"


MOJIBAKE = "市场波动".encode().decode("cp1252", errors="replace")


def test_ftfy_runs_only_when_asked_and_records_only_when_asked():
    assert run_unicode(MOJIBAKE).text == "市场波动"
    assert [c.reason for c in run_unicode(MOJIBAKE).changes] == ["unicode:ftfy"]
    assert run_unicode(MOJIBAKE, record=False).changes == ()
    assert run_unicode(MOJIBAKE, UnicodeConfig(use_ftfy=False)).text == MOJIBAKE


def test_nfc_is_applied_and_recorded_only_when_asked():
    decomposed = "e\u0301网"
    doc = run_unicode(decomposed)
    assert doc.text == "\xe9网"
    assert [(c.reason, c.replacement) for c in doc.changes] == [("unicode:nfc", "\xe9网")]
    assert run_unicode(decomposed, record=False).changes == ()
    assert run_unicode(decomposed, record=False).text == "\xe9网"


# --- pinyin -------------------------------------------------------------------------------------


def run_pinyin(text: str, min_toneless_notes: int = 3) -> Document:
    return pinyin.run(Document.from_text(text), PinyinConfig(min_toneless_notes=min_toneless_notes))


@pytest.mark.parametrize(("notes", "stripped"), [(2, False), (3, True), (4, True)])
def test_toneless_notes_go_from_the_third(notes, stripped):
    text = "".join(["烟(yan)", "台(tai)", "市(shi)", "银(yin)"][:notes]) + "的发展"
    doc = run_pinyin(text)
    assert ("(" not in doc.text) is stripped


def test_the_toneless_threshold_is_a_setting():
    assert run_pinyin("没(mo)有", 1).text == "没有"
    assert run_pinyin("没(mo)有烟(yan)", 3).text == "没(mo)有烟(yan)"
    assert PinyinConfig().min_toneless_notes == 3


@pytest.mark.parametrize(("text", "expected"), [
    ("網(wang3)貸", "網貸"), ("網(wang5)貸", "網(wang5)貸"), ("網(wang6)貸", "網(wang6)貸"),
    ("的(de5)人", "的人"), ("的(de)人", "的(de)人"),  # a neutral tone with no digit is toneless: one note
    ("網(wǎng)貸", "網貸"), ("網（wǎng）貸", "網貸"), ("網(wàng)貸", "網(wàng)貸"),  # wrong tone: not a reading
    ("網(wangwan)貸", "網(wangwan)貸"),  # eight letters: no syllable
])
def test_each_note_kind_alone(text, expected):
    assert run_pinyin(text).text == expected


# --- junk ---------------------------------------------------------------------------------------


def test_a_dropped_region_is_recorded_with_an_excerpt_of_60_characters():
    """Re-pinned on extract (which took the whole-page work from junk): a dropped region's record
    holds at most EXCERPT_CHARS characters, the last an ellipsis when cut; its size counts them all."""
    from cleaner.stages.html_regions import EXCERPT_CHARS, text_region

    def never(_text):
        return False

    assert EXCERPT_CHARS == 60
    assert text_region("extract:nav", "x" * 60, never, 60).excerpt == "x" * 60
    assert text_region("extract:nav", "x" * 61, never, 61).excerpt == "x" * 59 + "…"
    region = text_region("extract:nav", "x" * 5000, never, 5000)
    assert len(region.excerpt) == 60 and region.chars == 5000


@pytest.mark.parametrize(("line", "comments"), [
    ("<!---->x", [(0, "<!---->")]),  # the shortest comment: "-->" may start right after "<!--"
    ("a<!--x-->b<!--y-->c<!--z", [(1, "<!--x-->"), (10, "<!--y-->")]),  # the unclosed third is no comment
    ("<!--a--><!--b-->", [(0, "<!--a-->"), (8, "<!--b-->")]),  # back to back
    ("<!-- a --> b -->", [(0, "<!-- a -->")]),
    ("<!--->x-->", [(0, "<!--->x-->")]),  # "-->" is looked for from after "<!--", not inside it
])
def test_html_comments_at_their_edges(line, comments):
    from cleaner.stages.junk import html_comments

    assert html_comments(line) == comments


@pytest.mark.parametrize(("text", "page"), [
    (" \n<!DOCTYPE html>", True), ("<?xml?><html>", True), ('<?xml version="1.0"?>\n<!---->\n<html>', True),
    ("<!---->\n<head>", True), ("<!--x--><!--y--><html>", True), ("<!-- x", False), ("<?xml", False),
    ("x<html>", False), ("\n\n", False), ("", False), ("<HTML lang=zh>", True), ("<htmlx>", False),
    ("<!--->x-->\n<html>", True),
])
def test_what_starts_a_whole_page(text, page):
    from cleaner.stages.junk import is_html_page

    assert is_html_page(text) is page


def test_a_page_heading_comes_first_then_blocks_one_a_line():
    """Re-pinned on the pipeline (extract owns whole pages now): the <h1> is the title, each block
    one line, inline tags' text kept in its block, head, style, script and comments gone."""
    page = ("<html><head><title>大标题</title><style>p{}</style></head><body><!--c--><h1>大标题</h1>"
            "<p>甲<b>乙</b>正文第一段。</p><div>丙正文第二段。</div><script>x()</script><p>丁戊正文第三段。</p></body></html>")
    article = clean(page)
    assert article.title == "大标题"
    assert article.text == "大标题\n甲乙正文第一段。\n丙正文第二段。\n丁戊正文第三段。"


def run_junk(text: str, record: bool = True, unescape: bool = True):
    from cleaner.config import JunkConfig
    from cleaner.stages import junk

    return junk.run(Document.from_text(text, record_replacements=record), JunkConfig(unescape_entities=unescape))


def test_entities_are_decoded_only_when_asked_and_recorded_only_when_asked():
    assert run_junk("S&amp;P 500").text == "S&P 500"
    assert [(c.text, c.replacement) for c in run_junk("S&amp;P").changes] == [("&amp;", "&")]
    assert run_junk("S&amp;P", record=False).changes == ()
    assert run_junk("S&amp;P", unescape=False).text == "S&amp;P"
    assert run_junk("S&bogus;P").changes == ()  # not an entity: nothing decoded, nothing recorded


def test_bullets_tags_and_blanks_each_alone():
    assert run_junk("•").lines == ()
    assert run_junk("• 正文").text == "• 正文"
    assert run_junk("正文\xa0内容").text == "正文 内容"
    doc = run_junk('<p id="a"><var id="a"></var></p>')
    assert doc.lines == () and [c.reason for c in doc.changes] == ["junk:tag_soup"]
    doc = run_junk("<b>加粗</b>正文")
    assert doc.text == "加粗正文" and [c.reason for c in doc.changes] == ["junk:inline_tag"]
    assert run_junk("市盈率<10倍").text == "市盈率<10倍"
    line = run_junk("正文").lines[0]
    assert run_junk("正文").lines[0] == line


# --- config -------------------------------------------------------------------------------------

# Every default, as documented in cleaner/config.py and the README. A default is behaviour every
# user gets: changing one must be deliberate (this table, the README and the CHANGELOG together).
DEFAULTS = {
    "decode": {"max_bytes": 64 * 1024 * 1024},
    "unicode": {"use_ftfy": True},
    "junk": {"unescape_entities": True},
    "spam": {"min_segments": 3, "max_segment_chars": 16, "min_strong_terms": 2, "weak_per_strong": 3,
             "edge_lines": 3, "max_line_chars": 2000},
    "pinyin": {"min_toneless_notes": 3, "min_marked_notes": 2},
    "convert": {"variant": "t2s", "stray_share": 0.05, "min_traditional_chars": 3},
    "boilerplate": {"max_prompt_chars": 40, "max_notice_chars": 120, "min_repeat_chars": 20,
                    "comments_tail_share": 0.4},
    "structure": {"max_title_chars": 64, "header_lines": 8, "max_heading_chars": 40, "reference_date": ""},
}


def test_every_default_is_the_documented_one():
    import dataclasses

    from cleaner import Config

    config = Config()
    for section, options in DEFAULTS.items():
        values = dataclasses.asdict(getattr(config, section))
        for name, value in options.items():
            assert values[name] == value, f"[{section}] {name}"
            assert type(values[name]) is type(value), f"[{section}] {name}"


@pytest.mark.parametrize(("data", "message"), [
    ({"spam": {"edge_lines": True}}, "must be int"),  # True is no int here
    ({"spam": {"edge_lines": 1.0}}, "must be int"),
    ({"convert": {"stray_share": "0.1"}}, "must be float"),
    ({"convert": {"variant": "s2t"}}, "variant"),
    ({"spam": {"nonsense": 1}}, "unknown option"),
    ({"nonsense": {}}, "unknown config key"),
    ({"spam": 3}, "must be a table"),
    ({"skip": "spam"}, "list of stage names"),
    ({"skip": [1]}, "stage names"),
    ({"structure": {"reference_date": "20250404"}}, "YYYY-MM-DD"),  # ISO basic format: not ours
    ({"structure": {"reference_date": "2025-02-30"}}, "YYYY-MM-DD"),
])
def test_each_config_check_alone(data, message):
    from cleaner import Config, ConfigError

    with pytest.raises(ConfigError, match=message):
        Config.from_dict(data)


def test_config_checks_the_constructor_too():
    from cleaner import Config, ConfigError

    with pytest.raises(ConfigError, match="list of stage names"):
        Config(skip="spam")
    with pytest.raises(ConfigError, match="list of stage names"):
        Config(skip=3)
    assert Config(skip=["spam"]).skip == frozenset({"spam"})


def test_a_list_option_becomes_a_tuple_of_strings():
    from cleaner import Config, ConfigError

    config = Config.from_dict({"convert": {"keep": ["乾照光电"]}})
    assert config.convert.keep == ("乾照光电",)
    hash(config)  # still hashable, so it can key caches
    with pytest.raises(ConfigError, match="list of strings"):
        Config.from_dict({"convert": {"keep": [1]}})
    with pytest.raises(ConfigError, match="must be a list"):
        Config.from_dict({"convert": {"keep": "乾照光电"}})


def test_config_coercions_at_their_edges():
    from cleaner import Config, ConfigError

    assert Config.from_dict({"convert": {"stray_share": 0}}).convert.stray_share == 0.0
    assert type(Config.from_dict({"convert": {"stray_share": 0}}).convert.stray_share) is float
    assert Config.from_dict({"structure": {"reference_date": "2025-04-04"}}).structure.reference_date == "2025-04-04"
    assert Config.from_dict({"skip": ["spam"]}).skip == frozenset({"spam"})
    assert Config.from_dict({"skip": []}).skip == frozenset()
    with pytest.raises(ConfigError, match="a config must be a table"):
        Config().merged(["spam"])


# --- punctuation --------------------------------------------------------------------------------


@pytest.mark.parametrize(("line", "expected"), [
    ("关?键?词一二三", "关?键?词一二三"),  # 8 characters: short enough to be placeholders
    ("关?键?词一二三四", "关？键？词一二三四"),  # 9: long enough to ask something
    ("12?引言", "12?引言"), ("123?引言", "123?引言"),  # a section number of one or two digits
    ("摘?要:本文", "摘?要：本文"),
    ("文?", "文？"), ("你好?", "你好？"), ("a!", "a!"), ("好!", "好！"), ("（一）!", "（一）！"),
    ("  发展 , 网络", "  发展，网络"), ("发展,  网络", "发展，网络"),  # blanks around a restored mark go
    ("网,", "网，"), (",网", "，网"), ("1,000", "1,000"), ("第1,2条", "第1,2条"), ("A,B", "A,B"),
    ("(简称网贷)", "（简称网贷）"), ("(r)", "(r)"), ("收益率(r)", "收益率(r)"), ("((网))", "（（网））"),
    ("网(a(b)c)", "网(a(b)c)"), (")(网)", ")（网）"), ("网)(", "网)("),
    ("见 https://a.com/?q=1,2 网址,好", "见 https://a.com/?q=1,2 网址，好"), ("a@b.com,网", "a@b.com，网"),
])
def test_punctuation_at_its_edges(line, expected):
    from cleaner.stages.punctuation import restore_punctuation

    assert restore_punctuation(line) == expected
    assert restore_punctuation(expected) == expected


def test_a_placeholder_is_said_only_when_replacements_are_recorded():
    from cleaner.config import PunctuationConfig
    from cleaner.stages import punctuation

    doc = punctuation.run(Document.from_text("摘?要\n发展,网络"), PunctuationConfig())
    assert [c.reason for c in doc.changes] == ["punctuation:placeholder", "punctuation:full_width"]
    quiet = punctuation.run(Document.from_text("摘?要\n发展,网络", record_replacements=False), PunctuationConfig())
    assert quiet.changes == () and quiet.text == "摘?要\n发展，网络"


@pytest.mark.parametrize(("text", "expected"), [
    ("我們(men)網(wǎng)", "我們(men)網"),  # one marked note: a neutral-tone note alone is no evidence
    ("我們(men)網(wǎng)貸(dài)", "我們網貸"),  # two marked notes (min_marked_notes): it goes too
    ("我們(men)網(wang3)貸(dai4)", "我們網貸"),  # numbered notes count as marked
    ("們(men)烟(yan)台(tai)", "們烟台"),  # neutral notes count among the toneless ones
    ("們(men)烟(yan)", "們(men)烟(yan)"),
])
def test_neutral_tone_notes_need_company(text, expected):
    assert run_pinyin(text).text == expected


def test_evidence_values_lose_their_notes_one_note_is_enough():
    from cleaner.document import Candidate

    doc = Document.from_text("網(wǎng)貸", evidence=(Candidate("title", "烟(yan)台與網(wǎng)", "og"),))
    assert [c.value for c in pinyin.run(doc, PinyinConfig()).evidence] == ["烟台與網"]


def test_convert_keep_is_checked_in_the_constructor():
    from cleaner import ConfigError
    from cleaner.config import ConvertConfig

    assert ConvertConfig(keep=["乾照光电"]).keep == ("乾照光电",)
    assert ConvertConfig(keep=("乾照光电",)).keep == ("乾照光电",)
    for bad in ("乾照光电", [" "], [""], [1], None):
        with pytest.raises(ConfigError, match=r"convert\.keep"):
            ConvertConfig(keep=bad)
