"""pinyin: strip reading notes such as 網(wǎng) only when the syllable reads the character before it."""

import time

import pytest

from cleaner import Change, Config, clean, clean_and_explain
from cleaner.config import PinyinConfig
from cleaner.document import Document
from cleaner.stages import pinyin
from cleaner.stages.pinyin import note_kind, readings, strip_notes, strip_script_notes


def run_text(text: str, config: Config | None = None) -> Document:
    return pinyin.run(Document.from_text(text), (config or Config()).pinyin)


def notes(doc: Document) -> list[str]:
    return [c.text for c in doc.changes if c.stage == "pinyin"]


# --- the dictionary look-up ------------------------------------------------------------------


def test_readings_of_a_character():
    marked, toneless, numbered = readings("網")
    assert "wǎng" in marked
    assert "wang" in toneless
    assert "wang3" in numbered


def test_readings_spell_u_umlaut_three_ways():
    _, toneless, numbered = readings("绿")
    assert {"lü", "lv", "lu"} <= toneless
    assert "lv4" in numbered


@pytest.mark.parametrize(
    ("char", "syllable", "kind"),
    [
        ("網", "wǎng", "marked"),
        ("發", "fā", "marked"),
        ("率", "lǜ", "marked"),
        ("網", "wang3", "numbered"),
        ("的", "de5", "numbered"),
        ("绿", "lv4", "numbered"),
        ("烟", "yan", "toneless"),
        ("没", "mo", "toneless"),
        ("網", "wàng", None),  # a syllable, but with a tone the character does not have
        ("網", "wang4", None),
        ("貸", "wǎng", None),  # a reading of another character
        ("率", "r", None),
        ("值", "gdp", None),
        ("室", "skylab", None),
        ("能", "ai", None),
    ],
)
def test_note_kind(char, syllable, kind):
    assert note_kind(char, syllable) == kind


def test_only_a_neutral_tone_reading_is_numbered_without_a_digit():
    # 們 men has no tone to number; 網 wǎng is wang3, never a bare wang
    assert "men" in readings("們")[2]
    assert "wang" not in readings("網")[2]


def test_a_missing_pypinyin_is_an_import_error_that_says_so(monkeypatch):
    monkeypatch.setattr(pinyin.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(ImportError, match="pypinyin is not installed"):
        pinyin._pinyin_dict.__wrapped__()  # past the cache, which holds the real table


# --- run: tone-marked and tone-numbered notes go on their own --------------------------------


def test_tone_marked_note_removed_and_recorded():
    doc = run_text("網(wǎng)貸逾期")
    assert doc.text == "網貸逾期"
    assert doc.changes == (Change("pinyin", "pinyin:note", "(wǎng)"),)


def test_several_notes_in_the_seed_style():
    doc = run_text("隨著互聯(lián)網(wǎng)金融的快速發(fā)展,網(wǎng)絡(luò)貸款")
    assert doc.text == "隨著互聯網金融的快速發展,網絡貸款"
    assert notes(doc) == ["(lián)", "(wǎng)", "(fā)", "(wǎng)", "(luò)"]


def test_tone_number_note_removed():
    doc = run_text("網(wang3)貸(dai4)逾期")
    assert doc.text == "網貸逾期"
    assert notes(doc) == ["(wang3)", "(dai4)"]


def test_u_umlaut_notes_removed_in_every_spelling():
    # 绿 reads lǜ/lù: a note may be typed lǜ, lv4 or lü4
    doc = run_text("绿(lǜ)色金融，绿(lv4)色债券，绿(lü4)色信贷")
    assert doc.text == "绿色金融，绿色债券，绿色信贷"
    assert notes(doc) == ["(lǜ)", "(lv4)", "(lü4)"]


def test_full_width_parentheses_note_removed():
    doc = run_text("網（wǎng）貸逾期")
    assert doc.text == "網貸逾期"
    assert notes(doc) == ["（wǎng）"]


def test_a_single_marked_note_is_enough():
    # unlike toneless notes, a tone mark is evidence on its own
    assert run_text("他没(méi)有来。").text == "他没有来。"


def test_note_that_is_not_a_reading_of_its_character_stays():
    text = "網(wàng)貸(wǎng)逾期(wang4)"
    doc = run_text(text)
    assert doc.text == text
    assert doc.changes == ()


# --- run: toneless notes need company --------------------------------------------------------


def test_three_toneless_notes_removed():
    doc = run_text("烟(yan)台市(shi)位于山东半岛，经(jing)济发展较快。")
    assert doc.text == "烟台市位于山东半岛，经济发展较快。"
    assert notes(doc) == ["(yan)", "(shi)", "(jing)"]


def test_toneless_notes_across_lines_count_together():
    doc = run_text("烟(yan)台\n市(shi)区\n经(jing)济")
    assert doc.text == "烟台\n市区\n经济"


def test_lone_toneless_note_stays():
    text = "他没(mo)来，大家都很意外。"
    doc = run_text(text)
    assert doc.text == text
    assert doc.changes == ()


def test_two_toneless_notes_stay():
    text = "他没(mo)来，烟(yan)台的朋友也没来。"
    assert run_text(text).text == text


def test_marked_notes_do_not_count_towards_toneless_threshold():
    doc = run_text("網(wǎng)貸(dài)與發(fā)展，他没(mo)来。")
    assert doc.text == "網貸與發展，他没(mo)来。"
    assert notes(doc) == ["(wǎng)", "(dài)", "(fā)"]


def test_toneless_threshold_is_configurable():
    config = Config(pinyin=PinyinConfig(min_toneless_notes=1))
    assert run_text("他没(mo)来。", config).text == "他没来。"
    strict = Config(pinyin=PinyinConfig(min_toneless_notes=4))
    text = "烟(yan)台市(shi)经(jing)济"
    assert run_text(text, strict).text == text


# --- run: real brackets stay, even in a document full of notes ------------------------------

REAL_BRACKETS = [
    "收益率(r)为3%",
    "国内生产总值(gdp)增长",
    "贵州茅台(600519)上涨",
    "天空实验室(skylab)坠落",
    "逾期時間較短(一般為幾天至一周)",
    "人工智能(AI)板块",
    "他没(mo)来",
    "市盈率（PE）下降",
]


@pytest.mark.parametrize("bracket", REAL_BRACKETS)
def test_real_brackets_stay_alone(bracket):
    doc = run_text(bracket)
    assert doc.text == bracket
    assert doc.changes == ()


@pytest.mark.parametrize("bracket", [b for b in REAL_BRACKETS if "没(mo)" not in b])
def test_real_brackets_stay_in_a_document_with_many_toneless_notes(bracket):
    doc = run_text(f"烟(yan)台市(shi)经(jing)济：{bracket}。")
    assert doc.text == f"烟台市经济：{bracket}。"
    assert notes(doc) == ["(yan)", "(shi)", "(jing)"]


def test_text_without_brackets_is_returned_as_is():
    doc = run_text("网贷逾期会不会找上门")
    assert doc.text == "网贷逾期会不会找上门"
    assert doc.changes == ()


# --- through the pipeline: notes go before conversion to Simplified --------------------------


def test_pipeline_strips_notes_on_traditional_and_converts():
    article = clean("網(wǎng)貸逾期會不會找上門\n\n隨著互聯(lián)網(wǎng)發(fā)展,網(wǎng)貸增加。")
    assert article.title == "网贷逾期会不会找上门"
    assert article.lead == ("随着互联网发展，网贷增加。",)
    assert [c.text for c in article.removed if c.stage == "pinyin"] == [
        "(wǎng)", "(lián)", "(wǎng)", "(fā)", "(wǎng)",
    ]  # fmt: skip


def test_pipeline_keeps_the_real_bracket_as_full_width():
    article = clean("網(wǎng)貸逾期會不會找上門\n\n倘若逾期時間較短(一般為幾天至一周),平臺會提醒。")
    assert article.lead == ("倘若逾期时间较短（一般为几天至一周），平台会提醒。",)


# --- hostile input -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["(" * 2_000_000, "網(" * 1_000_000, "網(wǎng" * 300_000, "網(wǎng)" * 200_000, "（" * 1_000_000],
    ids=["open-parens", "char-open", "unclosed-notes", "closed-notes", "full-width-open"],
)
def test_hostile_input_is_linear(text):
    start = time.perf_counter()
    run_text(text)
    assert time.perf_counter() - start < 10


def test_a_traditional_character_reads_as_its_simplified_form_too():
    # pypinyin lists 績 with jī only, 绩 with jì and jī: a page notes 績(jì), as it would 绩
    from cleaner.stages.pinyin import _pinyin_dict

    assert "jì" not in _pinyin_dict()[ord("績")].split(",")  # the premise: the table alone misses it
    assert note_kind("績", "jì") == "marked"
    assert strip_notes("業(yè)績(jì)增長(zhǎng)")[0] == "業績增長"
    assert note_kind("績", "zhǎng") is None  # still a reading of one of the two forms, nothing else


# --- a content farm's labelled reading aids -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("什(pinyin:shén)么", "什么"),
        ("就[拼音:jiù]是", "就是"),
        ("犹豫期{读:qī}之后", "犹豫期之后"),
        ("保险(读:xiǎn)公司", "保险公司"),
        ("身（拼音：shēn）故", "身故"),
        ("都[读： dōu]会", "都会"),
        ("什么是【shì】现金价值", "什么是现金价值"),  # a bracket of its own, no label: the reading decides
        ("保险(读:xian)公司", "保险公司"),  # toneless, alone: the label is the evidence
        ("保险(xian)公司", "保险(xian)公司"),  # toneless, alone, no label: an author's aside may stay
        ("保险(读:shān)公司", "保险(读:shān)公司"),  # not a reading of 险: real text
        ("股票【A】", "股票【A】"),
        ("查找现xiàn 金价值", "查找现金价值"),  # run into the text, with its tone mark
        ("现xian 金", "现xian 金"),  # without one: a Latin word may stand between characters
        ("现xiàn", "现xiàn"),  # nothing after it: not between two characters
        ("现shān 金", "现shān 金"),  # not a reading of 现
    ],
)
def test_labelled_and_bracketed_reading_notes(text, expected):
    assert strip_notes(text, 3, 2)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("现金价[繁:價]值", "现金价值"),
        ("变《繁体:變》化", "变化"),
        ("都会(繁:會)有", "都会有"),
        ("都會(繁：會)有", "都會有"),  # the form itself
        ("现金价[繁:值]值", "现金价[繁:值]值"),  # 值 is no form of 价: stays
        ("现金价[价]值", "现金价[价]值"),  # no label: no evidence
    ],
)
def test_script_notes(text, expected):
    assert strip_script_notes(text)[0] == expected


def test_the_stage_records_both_kinds_and_the_article_keeps_neither():
    page = "现金价值是什么\n\n现金价[繁:價]值就[拼音:jiù]是保单现时具有的价值，保险(读:xiǎn)公司需要退还的金额。"
    article, changes = clean_and_explain(page)
    assert "繁" not in article.text and "拼音" not in article.text and "读" not in article.text
    reasons = sorted(c.reason for c in changes if c.stage == "pinyin")
    assert reasons == ["pinyin:note", "pinyin:note", "pinyin:script_note"]
    assert clean(article.text).text == article.text  # cleaning again changes nothing
