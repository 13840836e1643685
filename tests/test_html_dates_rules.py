"""Rules of `cleaner/stages/html_dates.py` pinned at their boundaries (see benchmarks/mutation.py).

Small bodies of our own words, read by ``note_dates`` directly: which elements are noted as a date
row, and which text is taken as the row.
"""

from lxml import etree

from cleaner.stages.html_dates import note_dates

LABELLED = "发布时间：2024-03-18"
ROW = "发布时间：2024-03-18 来源：示例统计局 标签："  # reads as a meta line at any length


def body_of(markup: str) -> etree._Element:
    return etree.fromstring(f"<html><body>{markup}</body></html>", etree.HTMLParser()).find("body")


def rows(markup: str) -> list[str]:
    return [row for _, row, _ in note_dates(body_of(markup))]


def row_of(chars: int) -> str:
    """A meta row of exactly ``chars`` characters."""
    return ROW + "消" * (chars - len(ROW))


def test_own_text_of_200_characters_is_still_a_date_row():
    pad = " " * (200 - len(LABELLED))  # blank: the row itself stays short
    assert rows(f"<div class='box'><p>{LABELLED}{pad}</p></div>") == [LABELLED]
    assert rows(f"<div class='box'><p>{LABELLED}{pad} </p></div>") == []  # 201: prose


def test_a_row_of_100_characters_is_still_a_date_row():
    assert rows(f"<div class='box'><p>{row_of(100)}</p></div>") == [row_of(100)]
    assert rows(f"<div class='box'><p>{row_of(101)}</p></div>") == []


def test_a_labelled_month_without_a_day_is_no_date_row():
    # 发布时间：2024年3月 reads as a meta line, but a date row needs a full date
    assert rows("<div class='box'><p>发布时间：2024年3月</p></div>") == []


def test_an_unlabelled_date_needs_a_time_name():
    assert rows("<div class='box'><span>2024-03-18</span></div>") == []
    assert rows("<div class='box'><span class='pub-date'>2024-03-18</span></div>") == ["2024-03-18"]


def test_at_most_five_rows_are_noted():
    markup = "".join(f"<div class='box{i}'><p>发布时间：2024-03-{10 + i}</p></div>" for i in range(7))
    assert rows(markup) == [f"发布时间：2024-03-{10 + i}" for i in range(5)]


def test_the_row_is_the_parent_up_to_100_characters():
    label = "<span>发布时间：2024-03-18</span>"
    rest = "来源：示例统计局 标签："
    fill = 100 - len("发布时间：2024-03-18 ") - len(rest)
    assert rows(f"<div class='box'>{label} {rest}{'消' * fill}</div>") == [
        f"发布时间：2024-03-18 {rest}{'消' * fill}"
    ]
    assert rows(f"<div class='box'>{label} {rest}{'消' * (fill + 1)}</div>") == [LABELLED]


def test_the_body_is_no_row():
    assert rows(f"<span>{LABELLED}</span> 来源：示例统计局") == [LABELLED]
