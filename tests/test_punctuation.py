"""punctuation: ASCII , : ; ? ! ( ) in Chinese text → full width; numbers, URLs, English untouched."""

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import Change, Config, clean
from cleaner.document import Document
from cleaner.stages import punctuation
from cleaner.stages.punctuation import restore_brackets, restore_marks


def run_text(text: str) -> Document:
    return punctuation.run(Document.from_text(text), Config().punctuation)


# --- conversions --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("网贷逾期后,人员会上门吗", "网贷逾期后，人员会上门吗"),
        ("常见的疑问随之而来:网贷逾期后", "常见的疑问随之而来：网贷逾期后"),
        ("通过短信、电话联系;而当逾期时间较长时", "通过短信、电话联系；而当逾期时间较长时"),
        ("人员是不是会上门?本文将展开探讨", "人员是不是会上门？本文将展开探讨"),
        ("务必提升警惕!切勿轻信", "务必提升警惕！切勿轻信"),
        ("网贷逾期会不会找上门?", "网贷逾期会不会找上门？"),
        ("发展, 网络", "发展，网络"),  # the space after the folded mark goes too
        ("发展 ,网络", "发展，网络"),
        ("A股:上涨", "A股：上涨"),
        ("你知道GDP吗?", "你知道GDP吗？"),
        ("发布时间:10:31:38", "发布时间：10:31:38"),
        ("3·15晚会,曝光多家平台", "3·15晚会，曝光多家平台"),
        ("邮箱:ir@example.com", "邮箱：ir@example.com"),
    ],
)
def test_marks_become_full_width(before, after):
    assert restore_marks(before) == after


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("网络贷款(简称网贷)已成为", "网络贷款（简称网贷）已成为"),
        ("网络贷款(简称“网贷”)已成为", "网络贷款（简称“网贷”）已成为"),
        ("逾期时间较短(一般为几天至一周)", "逾期时间较短（一般为几天至一周）"),
        ("注释(见附录A)", "注释（见附录A）"),
        ("收益(详见注(1)说明)", "收益（详见注(1)说明）"),  # the inner bracket holds no Chinese
    ],
)
def test_brackets_around_chinese_become_full_width(before, after):
    assert restore_brackets(before) == after


# --- never touched ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "10:31:38",
        "2025-04-04 10:31:38 逾期资讯 44",
        "营收7.12亿元，增长3.5%",
        "成交1,000,000股",
        "比例为1:2，剩余3;4",
        "3·15晚会",
        "详见https://example.com/a?b=1,2&c=3:4 网址",
        "访问http://www.example.cn/news/2025,04/index.html",
        "Hello, world: it works!",
        "他说 Hello, world: it works! 然后离开",
        "1. 电话：这是最常见的方式。",
        "贵州茅台(600519)上涨",
        "收益率(r)与国内生产总值(gdp)",
        "(1)电话",
        "市盈率（PE）下降",
        "联系 invest@example.com.cn 获取",
    ],
)
def test_line_left_alone(line):
    doc = run_text(line)
    assert doc.text == line
    assert doc.changes == ()


def test_english_lines_in_a_chinese_article_stay():
    text = "英文原文如下:\nDear investors,\nThe fund returned 5% in Q1:\nthank you!"
    doc = run_text(text)
    assert doc.text == "英文原文如下：\nDear investors,\nThe fund returned 5% in Q1:\nthank you!"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (",", ","),
        (":", ":"),
        ("?", "?"),
        ("!", "!"),
        (";", ";"),
        ("Note:", "Note:"),
        ("1,000,", "1,000,"),
        (",1,000", ",1,000"),
        (", 网贷", "，网贷"),
    ],
)
def test_marks_at_line_edges(line, expected):
    assert run_text(line).text == expected


def test_trailing_comma_after_chinese_converts():
    assert run_text("网贷,").text == "网贷，"


# --- run records what it changed ----------------------------------------------------------------


def test_run_records_each_changed_line():
    text = "网贷逾期后,人员会上门吗?\n10:31:38\n网络贷款(简称网贷)"
    doc = run_text(text)
    assert doc.text == "网贷逾期后，人员会上门吗？\n10:31:38\n网络贷款（简称网贷）"
    assert doc.changes == (
        Change("punctuation", "punctuation:full_width", "网贷逾期后,人员会上门吗?", "网贷逾期后，人员会上门吗？"),
        Change("punctuation", "punctuation:full_width", "网络贷款(简称网贷)", "网络贷款（简称网贷）"),
    )


def test_already_full_width_text_is_unchanged():
    text = "随着互联网金融的快速发展，网络贷款（简称“网贷”）已成为选择：是否上门？务必警惕！"
    doc = run_text(text)
    assert doc.text == text
    assert doc.changes == ()


def test_pipeline_restores_punctuation_after_conversion():
    article = clean("網貸逾期\n\n隨著網貸發展,逾期增多:平臺(簡稱網貸)會上門嗎?時間10:31:38,金額7.12億")
    assert article.lead == ("随着网贷发展，逾期增多：平台（简称网贷）会上门吗？时间10:31:38，金额7.12亿",)


def test_pipeline_can_skip_punctuation():
    config = Config(skip=frozenset({"punctuation"}))
    assert clean("网贷逾期会不会找上门\n\n随着发展,逾期增多", config).lead == ("随着发展,逾期增多",)


# --- hostile input -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "网," * 250_000,
        "(" * 1_000_000,
        ")" * 1_000_000,
        "(" * 500_000 + "网" + ")" * 500_000,
        "网(" * 250_000,
        "网:" * 250_000,
        "https://a.cn/?" + "," * 500_000,
    ],
    ids=["han-commas", "open", "close", "nested", "han-open", "han-colons", "url-commas"],
)
def test_hostile_line_is_linear(text):
    start = time.perf_counter()
    run_text(text)
    assert time.perf_counter() - start < 10


def test_commas_only_line_is_linear():
    start = time.perf_counter()
    doc = run_text("," * 500_000)
    assert time.perf_counter() - start < 10
    assert doc.text == "," * 500_000


def test_long_ascii_run_before_a_mark_is_linear():
    # e.g. a base64 data URI left in a page: one long run of letters and digits, then a comma
    text = "图片data:image/png;base64," + "iVBORw0KGgo" * 9_000 + ",网"
    start = time.perf_counter()
    run_text(text)
    assert time.perf_counter() - start < 10


# --- the fast path --------------------------------------------------------------------------------

PIECES = ["网", "贷", "，", "。", ",", ":", ";", "?", "!", " ", "1", "0", "a", "Z", "(", ")", "http://a.cn/?q=1,2",
          "x@y.com", "摘?要"]  # fmt: skip


@given(st.lists(st.sampled_from(PIECES), max_size=24).map("".join))
@settings(max_examples=400, deadline=None)
def test_marks_between_han_turned_first_give_what_the_loop_gives(line):
    # BETWEEN_HAN_RE turns , : ; between two Han characters in one C pass before the loop: the
    # result must be the loop's own, whatever surrounds those marks.
    from unittest import mock

    fast = restore_marks(line)
    with mock.patch.object(punctuation, "BETWEEN_HAN_RE", re.compile("(?!)")):
        assert restore_marks(line) == fast


def test_the_fast_path_turns_only_marks_between_han():
    assert punctuation.BETWEEN_HAN_RE.sub("#", "网,贷 ,网,1:网;a?网!网") == "网#贷 ,网,1:网;a?网!网"


# --- edges the mutation run found unpinned ----------------------------------------------------------


def test_a_mark_opening_a_line_has_no_left_neighbour():
    # the line does not wrap around: its last character is not the left neighbour of its first
    assert restore_marks("!注意") == "!注意"
    assert restore_marks("?为什么") == "?为什么"
    assert restore_marks(",网") == "，网"  # a , turns on its right neighbour alone


def test_blanks_ending_a_line_are_not_left_of_its_first_mark():
    assert restore_marks(",网 ") == "，网 "
    assert restore_marks(",网\t") == "，网\t"


def test_a_line_holding_every_mark_is_restored():
    from cleaner.stages.punctuation import restore_punctuation

    line = "网贷(简称网贷),逾期:上门;会吗?务必警惕!"
    assert restore_punctuation(line) == "网贷（简称网贷），逾期：上门；会吗？务必警惕！"
