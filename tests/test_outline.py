"""outline: heading styles, ambiguous numbered lines (heading over paragraphs, list in a run),
bullets, hints from pages (heading, item, row) and tables.
"""

import pytest

from cleaner import clean
from cleaner.config import StructureConfig
from cleaner.document import Hint, Line
from cleaner.stages.outline import build_sections, heading_levels, heading_style, list_item

P = "近年来，商业银行持续加大对小微企业的信贷投放力度，贷款余额同比增长12.5%。"
Q = "业内人士指出，贵州茅台(600519)于2023年3月5日公布分红方案，约7.12亿元。"
MAX = StructureConfig().max_heading_chars


def sections(*texts, hints=None):
    lines = [Line(text, (hints or {}).get(i)) for i, text in enumerate(texts)]
    return build_sections(lines, MAX)


def shape(secs):
    return [(s.heading, s.level, [b.type for b in s.blocks]) for s in secs]


@pytest.mark.parametrize(
    ("line", "style"),
    [
        ("第一章 总则", "chapter"),
        ("第3节 风险提示", "chapter"),
        ("第二篇：行业篇", "chapter"),
        ("一、总则", "cn_number"),
        ("十二、附则", "cn_number"),
        ("『壹』总则", "daxie"),
        ("【贰】风险", "daxie"),
        ("叁、结论", "daxie"),
        ("（一）总则", "cn_paren"),
        ("(二)范围", "cn_paren"),
        ("㈠ 总则", "cn_paren"),
        ("㈡范围", "cn_paren"),
        ("1、总则", "arabic_dunhao"),
        ("1. 总则", "arabic_dot"),
        ("2．范围", "arabic_dot"),
        ("① 总则", "circled"),
        ("❶ 总则", "circled"),
    ],
)
def test_heading_styles(line, style):
    assert heading_style(line, MAX) == style


@pytest.mark.parametrize(
    "line", ["1.5倍杠杆", "2023年业绩", "一、总则。", "（一）范围；", "12.5%的收益率", "第一季度营收"]
)
def test_not_headings(line):
    assert heading_style(line, MAX) is None


def test_article_number_heading_ranks_below_chapters():
    assert heading_style("第一条 总则", MAX) == "article"
    lines = [Line(t) for t in ["第一章 总则", "第一条 目的", "为规范贷款业务，制定本办法。"]]
    _lead, sections = build_sections(lines, MAX)
    assert [(s.heading, s.level) for s in sections] == [("第一章 总则", 1), ("第一条 目的", 2)]


def test_max_heading_chars_boundary():
    assert MAX == 40
    at = "一、" + "理" * (MAX - 2)
    assert heading_style(at, MAX) == "cn_number"
    assert heading_style(at + "理", MAX) is None
    lead, secs = build_sections([Line(at + "理"), Line(P)], MAX)
    assert lead == [at + "理", P]
    assert secs == []


def test_unambiguous_headings_nest_by_the_styles_used():
    lead, secs = sections("一、总则", P, "（一）范围", Q, "二、附则", P)
    assert lead == []
    assert shape(secs) == [
        ("一、总则", 1, ["paragraph"]),
        ("（一）范围", 2, ["paragraph"]),
        ("二、附则", 1, ["paragraph"]),
    ]


def test_levels_are_ranks_among_the_styles_a_page_uses():
    levels = heading_levels([Line("（一）范围"), Line(P), Line("（二）附则"), Line(Q)], MAX)
    assert levels == {0: 1, 2: 1}  # no 一、 on the page: （一） is the outermost
    levels = heading_levels([Line("『壹』总则"), Line(P), Line("㈠ 范围"), Line(Q), Line("❶ 细则"), Line(P)], MAX)
    assert levels == {0: 1, 2: 2, 4: 3}


def test_chapter_is_outermost():
    levels = heading_levels([Line("第一章 总则"), Line("一、范围"), Line(P)], MAX)
    assert levels == {0: 1, 1: 2}


def test_numbered_line_alone_over_a_paragraph_is_a_heading():
    lead, secs = sections(P, "1. 总则", P, "2. 附则", Q)
    assert lead == [P]
    assert shape(secs) == [("1. 总则", 1, ["paragraph"]), ("2. 附则", 1, ["paragraph"])]


@pytest.mark.parametrize("marker", ["1、", "1.", "①", "❶"])
def test_ambiguous_styles_as_headings(marker):
    second = {"1、": "2、", "1.": "2.", "①": "②", "❶": "❷"}[marker]
    _lead, secs = sections(P, f"{marker}总则", P, f"{second}附则", Q)
    assert [s.heading for s in secs] == [f"{marker}总则", f"{second}附则"]


def test_run_of_numbered_lines_is_a_list():
    lead, secs = sections(P, "1. 电话", "2. 短信", "3. 上门", Q)
    assert lead == [P]
    block = secs[0].blocks[0]
    assert secs[0].heading is None
    assert (block.type, block.items, block.marker, block.start, block.ordered) == (
        "list", ("电话", "短信", "上门"), "1.", 1, True,
    )  # fmt: skip
    assert secs[0].blocks[1].text == Q


def test_numbered_line_at_the_end_is_no_heading():
    _lead, secs = sections(P, "1. 电话")
    assert shape(secs) == [(None, 1, ["list"])]


def test_numbered_line_before_a_list_is_no_heading():
    _lead, secs = sections(P, "1. 电话", "• 基金", Q)
    assert secs[0].heading is None


def test_list_numbers_must_follow_on():
    _lead, secs = sections(P, "1. 电话", "3. 上门", Q)
    blocks = secs[0].blocks
    assert [(b.type, b.items, b.start) for b in blocks[:2]] == [("list", ("电话",), 1), ("list", ("上门",), 3)]


def test_list_marker_styles_kept_apart():
    _lead, secs = sections(P, "1. 电话", "2、短信", "（1）上门", "(2) 邮件", Q)
    markers = [b.marker for b in secs[0].blocks if b.type == "list"]
    assert markers == ["1.", "1、", "（1）", "(1)"]


def test_list_item_texts():
    assert list_item("1. 电话：95588").text == "电话：95588"
    assert list_item("⑫ 第十二项").number == 12
    assert list_item("❸ 第三项").number == 3
    assert list_item("1.5倍杠杆") is None
    assert list_item("-5%的跌幅") is None


@pytest.mark.parametrize("bullet", ["•", "●", "■", "◆", "▪", "-", "*"])
def test_bullets_make_unordered_lists(bullet):
    _lead, secs = sections(P, f"{bullet} 基金", f"{bullet} 股票", Q)
    block = secs[0].blocks[0]
    assert (block.type, block.items, block.marker, block.ordered) == ("list", ("基金", "股票"), bullet, False)
    assert secs[0].blocks[1].text == Q


def test_different_bullets_make_different_lists():
    _lead, secs = sections(P, "• 基金", "• 股票", "● 债券")
    assert [b.items for b in secs[0].blocks] == [("基金", "股票"), ("债券",)]


def test_dash_needs_a_space_to_be_a_bullet():
    lead, _secs = sections(P, "-5%的跌幅在预期之内", Q)
    assert lead == [P, "-5%的跌幅在预期之内", Q]


# --- hints ----------------------------------------------------------------------------------------


def test_heading_hints_come_before_text_styles():
    _lead, secs = sections("总览", P, "一、总则", Q, hints={0: Hint("heading", 2)})
    assert shape(secs) == [("总览", 1, ["paragraph"]), ("一、总则", 2, ["paragraph"])]


def test_hinted_items_nest():
    hints = {1: Hint("item", 1, True), 2: Hint("item", 1, True), 3: Hint("item", 2, False)}
    _lead, secs = sections(P, "基金", "股票", "子项", hints=hints)
    lists = secs[0].blocks
    assert [(b.items, b.ordered, b.depth, b.marker) for b in lists] == [
        (("基金", "股票"), True, 1, None),
        (("子项",), False, 2, None),
    ]


def test_hinted_item_keeps_its_own_marker():
    _lead, secs = sections(P, "1. 基金", "2. 股票", hints={1: Hint("item", 1, True), 2: Hint("item", 1, True)})
    block = secs[0].blocks[0]
    assert (block.items, block.marker) == (("基金", "股票"), "1.")


def test_hinted_row_makes_a_table():
    hints = {1: Hint("row", header=True), 2: Hint("row"), 3: Hint("row")}
    _lead, secs = sections(P, "项目\t金额", "营收\t7.12亿", "净利润 \t 1,000,000元", Q, hints=hints)
    table = secs[0].blocks[0]
    assert table.type == "table"
    assert table.rows == (("项目", "金额"), ("营收", "7.12亿"), ("净利润", "1,000,000元"))
    assert secs[0].blocks[1].text == Q


def test_a_text_line_never_becomes_a_table():
    lead, _secs = sections(P, "项目\t金额", Q)
    assert lead == [P, "项目\t金额", Q]


# --- end to end -----------------------------------------------------------------------------------


def test_sections_end_to_end_and_idempotent():
    r = "市场人士认为，明年信贷增速有望保持平稳，利率仍将下行。"
    page = "\n".join(
        ["小微企业金融服务报告", P, "㈠ 政策背景", Q, "㈡ 市场表现", r, "❶ 银行", "❷ 券商", "• 基金", "• 股票"]
    )
    article = clean(page)
    assert article.title == "小微企业金融服务报告"
    assert article.lead == (P,)
    assert [s.heading for s in article.sections] == ["㈠ 政策背景", "㈡ 市场表现"]
    blocks = article.sections[1].blocks
    assert [b.type for b in blocks] == ["paragraph", "list", "list"]
    assert blocks[1].items == ("银行", "券商") and blocks[1].marker == "❶"
    assert blocks[2].items == ("基金", "股票") and not blocks[2].ordered
    again = clean(article.text)
    assert again.text == article.text
    assert [s.heading for s in again.sections] == ["㈠ 政策背景", "㈡ 市场表现"]


def test_decimal_headings_nest_under_numbered_ones():
    assert heading_style("1.1 波动性的量化指标", MAX) == "decimal"
    assert heading_style("1.1.2 细则", MAX) == "decimal"
    assert heading_style("1.5倍杠杆", MAX) is None
    lines = [Line(x) for x in ["1. 总则", P, "1.1 范围", Q, "1.2 定义", P, "2. 附则", Q]]
    assert heading_levels(lines, MAX) == {0: 1, 2: 2, 4: 2, 6: 1}


def test_run_of_decimal_lines_is_text():
    lead, secs = sections(P, "1.1 范围", "1.2 定义", "1.3 附则", Q)
    assert lead == [P, "1.1 范围", "1.2 定义", "1.3 附则", Q]
    assert secs == []


# --- pinned at their boundaries (benchmarks/mutation.py found these unpinned) --------------------


def test_list_blocks_say_their_marker_start_and_depth():
    _, secs = sections("① 甲", "② 乙", P)
    [block] = [b for b in secs[0].blocks if b.type == "list"]
    assert (block.marker, block.start, block.depth, block.ordered) == ("①", 1, 1, True)
    _, secs = sections("• 甲", "• 乙", P)
    [block] = [b for b in secs[0].blocks if b.type == "list"]
    assert (block.marker, block.start, block.depth, block.ordered) == ("•", 1, 1, False)
    # a page's list item without a marker of its own starts at 1 too
    _, secs = sections("甲", "乙", hints={0: Hint("item", 2, ordered=True), 1: Hint("item", 2, ordered=True)})
    [block] = secs[0].blocks
    assert (block.marker, block.start, block.depth) == (None, 1, 2)


@pytest.mark.parametrize("level", [1, 6])
def test_every_heading_level_a_page_marks_is_ranked(level):
    levels = heading_levels([Line("大标题", Hint("heading", level)), Line(P)], MAX)
    assert levels == {0: 1}


def test_a_numbered_line_in_a_run_from_the_first_line_is_no_heading():
    # the line before it is the page's first: a run, so a list, not a heading
    _, secs = sections("1、总则", "2、范围", P)
    assert shape(secs) == [(None, 1, ["list", "paragraph"])]
    # the page's last line in the same style is no neighbour of the first line
    _, secs = sections("1、总则", P, "2、附则")
    assert secs[0].heading == "1、总则"
