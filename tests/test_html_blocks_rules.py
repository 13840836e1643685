"""html_blocks: each rule of the article's lines at its boundary — a data table against a layout table,
merged cells, header rows, and the hints of headings, list items, captions and quotes (the mutation
run's survivors).

Small hand-built pages; each test fails if its rule changes.
"""

import pytest
from lxml import etree

from cleaner.document import Hint, Line
from cleaner.stages.html_blocks import block_lines, is_data_table, table_rows
from cleaner.stages.html_tree import parse


def body_of(markup: str) -> etree._Element:
    return parse(f"<html><body>{markup}</body></html>")[0].find("body")


def table(rows: str) -> etree._Element:
    return body_of(f"<table>{rows}</table>").find("table")


def lines(markup: str, skip=()) -> list[Line]:
    body = body_of(markup)
    return block_lines([body], {el for el in body.iter() if el.get("id") in skip})


def row_texts(el: etree._Element) -> list[str]:
    return [line.text for line in table_rows(el)]


# --- a data table: two rows, two cells, short cells, no blocks inside ----------------------------


@pytest.mark.parametrize(("rows", "data"), [
    ("<tr><td>甲</td><td>乙</td></tr><tr><td>丙</td><td>丁</td></tr>", True),
    ("<tr><td>甲</td><td>乙</td></tr>", False),  # one row
    ("<tr><td>甲</td></tr><tr><td>丙</td></tr>", False),  # one column
    ("<tr><td>甲</td><td>乙</td></tr><tr><td>丙</td></tr>", True),  # the widest row counts
    ("<tr><td><b>甲</b></td><td>乙</td></tr><tr><td>丙</td><td>丁</td></tr>", True),  # inline markup
    ("<tr><td><p>甲</p></td><td>乙</td></tr><tr><td>丙</td><td>丁</td></tr>", False),  # a paragraph inside
    (f"<tr><td>{'甲' * 120}</td><td>乙</td></tr><tr><td>丙</td><td>丁</td></tr>", True),
    (f"<tr><td>{'甲' * 121}</td><td>乙</td></tr><tr><td>丙</td><td>丁</td></tr>", False),  # a long cell
])
def test_a_data_table_at_its_limits(rows, data):
    assert is_data_table(table(rows)) is data


def test_a_nested_tables_rows_are_its_own():
    outer = body_of(
        "<table><tbody><tr><td>甲</td><td><table><tr><td>内</td><td>表</td></tr></table></td></tr>"
        "<tr><td>丙</td><td>丁</td></tr></tbody></table>"
    ).find("table")
    assert row_texts(outer) == ["甲\t内表", "丙\t丁"]
    inner = outer.find(".//table")
    assert row_texts(inner) == ["内\t表"]


def test_rows_under_tbody_are_the_tables():
    assert row_texts(table("<tbody><tr><td>甲</td><td>乙</td></tr><tr><td>丙</td><td>丁</td></tr></tbody>")) == [
        "甲\t乙", "丙\t丁",
    ]


# --- merged cells ------------------------------------------------------------------------------


@pytest.mark.parametrize(("span", "copies"), [
    ("2", 2), ("0", 1), ("", 1), (" ", 1), ("x", 1), ("50", 50), ("51", 50), ("49", 49),
])
def test_colspan_writes_the_cell_once_per_column_up_to_50(span, copies):
    rows = f"<tr><td colspan='{span}'>甲</td><td>乙</td></tr>"
    assert row_texts(table(rows)) == ["\t".join(["甲"] * copies + ["乙"])]


def test_rowspan_fills_the_rows_below_and_no_more():
    rows = (
        "<tr><td rowspan='2'>甲</td><td>乙</td><td rowspan='3'>丙</td></tr>"
        "<tr><td>丁</td></tr>"
        "<tr><td>戊</td><td>己</td></tr>"
    )
    assert row_texts(table(rows)) == ["甲\t乙\t丙", "甲\t丁\t丙", "戊\t己\t丙"]


def test_a_row_of_empty_cells_is_no_line():
    assert row_texts(table("<tr><td></td><td> </td></tr><tr><td>甲</td><td>乙</td></tr>")) == ["甲\t乙"]


@pytest.mark.parametrize(("rows", "header"), [
    ("<tr><th>甲</th><th>乙</th></tr>", True),
    ("<thead><tr><td>甲</td><td>乙</td></tr></thead>", True),
    ("<tr><th>甲</th><td>乙</td></tr>", False),
    ("<tbody><tr><td>甲</td><td>乙</td></tr></tbody>", False),
])
def test_a_header_row_is_all_th_or_in_thead(rows, header):
    assert [line.hint for line in table_rows(table(rows))] == [Hint("row", header=header)]


# --- block_lines --------------------------------------------------------------------------------


def test_headings_captions_and_quotes_hint_their_lines():
    out = lines(
        "<h1>一</h1><h6>六</h6><p>段落</p><figure><figcaption>图注</figcaption></figure>"
        "<blockquote>引文</blockquote><table><caption>表注</caption><tr><td><p>格</p></td></tr></table>"
    )
    assert out == [
        Line("一", Hint("heading", level=1)), Line("六", Hint("heading", level=6)), Line("段落"),
        Line("图注", Hint("caption")), Line("引文", Hint("quote")), Line("表注", Hint("caption")), Line("格"),
    ]


def test_list_items_say_their_depth_and_whether_their_own_list_is_ordered():
    out = lines(
        "<ul><li>甲<ol><li>乙</li></ol></li></ul>"
        "<ol><li>丙<ul><li>丁</li></ul></li></ol>"
        "<li>戊</li>"
    )
    assert out == [
        Line("甲", Hint("item", level=1, ordered=False)),
        Line("乙", Hint("item", level=2, ordered=True)),
        Line("丙", Hint("item", level=1, ordered=True)),
        Line("丁", Hint("item", level=2, ordered=False)),
        Line("戊", Hint("item", level=1, ordered=False)),  # an item outside any list
    ]


def test_a_hint_ends_with_its_element():
    out = lines("<ul><li>甲</li></ul>乙<blockquote>丙</blockquote>丁")
    assert out == [Line("甲", Hint("item")), Line("乙"), Line("丙", Hint("quote")), Line("丁")]


def test_a_break_ends_a_line_and_inline_text_joins_it():
    assert [line.text for line in lines("<p>甲<b>乙</b>丙<br>丁</p>")] == ["甲乙丙", "丁"]


def test_a_data_table_is_written_as_rows_and_a_layout_table_as_blocks():
    out = lines(
        "<table><tr><td>甲</td><td>乙</td></tr><tr><td>丙</td><td>丁</td></tr></table>尾"
        "<table><tr><td><p>左</p></td><td><p>右</p></td></tr></table>"
    )
    assert out == [
        Line("甲\t乙", Hint("row")), Line("丙\t丁", Hint("row")), Line("尾"), Line("左"), Line("右"),
    ]


def test_a_skipped_element_leaves_its_tail_and_ends_the_line():
    out = lines("<p>甲<span id='x'>乙</span>丙</p><table id='t'><tr><td>a</td><td>b</td></tr>"
                "<tr><td>c</td><td>d</td></tr></table>尾", skip={"x", "t"})
    assert [line.text for line in out] == ["甲", "丙", "尾"]


def test_a_containers_own_tail_is_not_its_text():
    body = body_of("<div id='a'>甲<p>乙</p></div>外<p id='b'>丙</p>后")
    first, second = body.find("div"), body.find("p[@id='b']")
    assert [line.text for line in block_lines([first, second], set())] == ["甲", "乙", "丙"]
    table_root = body_of("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>后")
    assert [line.text for line in block_lines([table_root.find("table")], set())] == ["a\tb", "c\td"]
    span = body_of("<p>甲<span>乙</span>丙</p>").find(".//span")
    assert [line.text for line in block_lines([span], set())] == ["乙"]


def test_a_long_rowspan_counts_down_one_row_at_a_time():
    rows = "<tr><td rowspan='4'>甲</td><td>1</td></tr>" + "".join(f"<tr><td>{n}</td></tr>" for n in range(2, 6))
    assert row_texts(table(rows)) == ["甲\t1", "甲\t2", "甲\t3", "甲\t4", "5"]
