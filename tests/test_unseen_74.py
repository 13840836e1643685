"""Shapes from held-out sets 74-76 of unseen pages: a division slash in a byline, a lead byline before a
blank, an outlet after an editor's label, a firm's account glued to its writer, an account's name before
the writer after 文, a post at a workplace before the name, a print button after the headline, a day
with its weekday run on — each at its boundary, and the same article when cleaned again."""

import pytest

from cleaner.stages.header import header_meta
from cleaner.stages.metadata import bracketed_reporters, parse_byline, parse_meta_line
from cleaner.stages.names import is_person_name, with_plain_slashes

from .header_pages import cleaned_twice

TITLE = "五家产险公司资本严重不足"
P1 = "防疫险风暴进入尾声，产险业史上最大增资潮还未停止。去年至今，六大产险公司已办理现金增资近一千一百亿元。"
P2 = "金管会六日公布，防疫双险今年前三月理赔金额达五百三十三亿元，多家公司已完成现金增资。"


@pytest.mark.parametrize(("line", "plain"), [
    ("記者陳建興∕台北報導", "記者陳建興／台北報導"),  # U+2215 DIVISION SLASH
    ("記者陳建興⁄台北報導", "記者陳建興／台北報導"),  # U+2044 FRACTION SLASH
    ("1/2", "1/2"),
])  # fmt: skip
def test_a_division_slash_is_a_bylines_slash(line, plain):
    assert with_plain_slashes(line) == plain


def test_a_byline_with_a_division_slash_under_the_headline():
    meta, _ = header_meta("記者陳建興∕台北報導", None)
    assert meta.authors == ("陳建興",)


@pytest.mark.parametrize(("line", "names", "end"), [
    ("记者陈建兴∕台北报导 防疫险风暴进入尾声", ("陈建兴",), 11),
    ("記者陳建興／台北報導\u3000防疫險", ("陳建興",), 11),
    ("记者陈建兴/台北报导防疫险", None, None),  # no blank: the city and the sentence cannot be told apart
    ("记者 台北报导 防疫", None, None),
])  # fmt: skip
def test_a_lead_byline_with_its_city_before_a_blank(line, names, end):
    found = bracketed_reporters(line)
    assert (found[:2] if found else (None, None)) == (names, end)


def test_a_lead_byline_opening_the_first_paragraph_is_read_and_goes():
    article = cleaned_twice(f"{TITLE}\n记者陈建兴∕台北报导 {P1}\n{P2}\n")
    assert article.authors == ("陈建兴",)
    assert article.text.splitlines()[1] == P1


def test_an_outlet_after_an_editors_label_is_no_name():
    assert parse_meta_line("编辑:东方财富网").editor is None
    assert parse_meta_line("编辑:陈俪方蓝钧达").editor == "陈俪方"  # names run together still part


@pytest.mark.parametrize(("line", "authors"), [
    ("文|点拾投资朱昂（微信号：dianshi830）", ("朱昂",)),  # the firm's account glued to its writer
    ("文|全球财说 尹柏", ("尹柏",)),  # an account's four characters after one surname
    ("文|欧阳晓明 尹柏", ("欧阳晓明", "尹柏")),  # four characters after a two-character surname: a name
    ("文|深燃 黎明", ("黎明",)),
    ("作者：张三（微信：abc） 来源：新华社", ("张三",)),  # a note in brackets is no next field
])  # fmt: skip
def test_an_account_before_its_writer(line, authors):
    assert parse_meta_line(line).authors == authors


@pytest.mark.parametrize(("line", "authors"), [
    ("■ 中国证券业协会合规管理委员会副主任委员  王建业", ("王建业",)),
    ("中国银行首席经济学家 宗良", ("宗良",)),
    ("董事长 王建业", None),  # a post with no workplace: no byline of this shape
    ("公司总经理 是谁", None),  # no name after it
    ("■ 中国证券业协会合规管理委员会副主任委员  王建业博士", None),  # more than a name after it
    ("■ 中国证券业协会副主任委员 王建业 李四", None),  # a post names one writer
    ("◎海通證券股份有限公司 劉鐵軍 何旭強", ("劉鐵軍", "何旭強")),  # a journal's bullet, the workplace alone
    ("◎海通证券股份有限公司 刘铁军 何旭强 张三", ("刘铁军", "何旭强", "张三")),
    ("◎海通证券股份有限公司 刘铁军 何旭强 张三 李四", None),  # MAX_LISTED_WRITERS
    ("海通证券股份有限公司 刘铁军 何旭强", None),  # the workplace alone needs the bullet
    ("证券时报记者 张三", ("张三",)),  # a reporter's label: read as one, not as a post
])  # fmt: skip
def test_a_post_or_workplace_then_the_writers_names(line, authors):
    meta = parse_byline(line)
    assert (meta.authors if meta and meta.authors else None) == authors
    if authors == ("张三",):
        assert meta.source_name == "证券时报"


@pytest.mark.parametrize(("line", "authors"), [
    ("民生证券牟一凌等", ("牟一凌",)),
    ("中信证券 明明等", ("明明",)),
    ("华泰证券研究所", None),
    ("民生证券报告", None),
])  # fmt: skip
def test_a_brokers_research_byline(line, authors):
    meta = parse_byline(line)
    assert (meta.authors if meta and meta.authors else None) == authors


@pytest.mark.parametrize(("line", "authors"), [
    ("来源:固收彬法 【天风研究·固收】 孙彬彬/高志刚/于瑶", ("孙彬彬", "高志刚", "于瑶")),
    ("来源：中国新闻网 王帆", ("王帆",)),
    ("来源:固收彬法 孙彬彬", ()),  # one name after an account no outlet: no writer of it
    ("来源:固收彬法 北京/上海", ()),  # places listed, no names
])  # fmt: skip
def test_writers_listed_after_the_source(line, authors):
    assert parse_meta_line(line).authors == authors


@pytest.mark.parametrize(("line", "authors", "source"), [
    ("香港特派员李春／香港17日电", ("李春",), None),  # where the correspondent is posted: no outlet
    ("联合报特派员李春／香港17日电", ("李春",), "联合报"),
    ("特派员：李春", ("李春",), None),
])  # fmt: skip
def test_a_special_correspondents_byline(line, authors, source):
    meta, _ = header_meta(line, None)
    assert (meta.authors, meta.source_name) == (authors, source)


def test_a_special_correspondents_byline_vouches_for_the_headline_above_it():
    teasers = "迷路猪误踩地雷救了2俄兵 惊险画面网疯传\n川普改口 吁共和党投票支持公布档案\n"
    article = cleaned_twice(f"快讯\n{teasers}{TITLE}\n香港特派员李春／香港17日电\n{P1}\n{P2}\n")
    assert (article.title, article.authors) == (TITLE, ("李春",))


@pytest.mark.parametrize("word", ["董事长", "总经理", "首席"])
def test_a_writers_post_is_no_name_though_it_opens_with_a_surname(word):
    assert is_person_name(word) is False


def test_a_print_button_after_the_headline_is_cut_from_the_title():
    article = cleaned_twice(f"{TITLE} [打印本页]\n2024-01-02 10:00\n{P1}\n{P2}\n")
    assert article.title == TITLE
    kept = cleaned_twice(f"{TITLE} [独家]\n2024-01-02 10:00\n{P1}\n{P2}\n")  # a tag, no button: it stays
    assert kept.title == f"{TITLE} [独家]"


@pytest.mark.parametrize(("line", "day"), [
    ("2013年2月27日星期三", "2013-02-27"),
    ("2013年2月27日（星期三）", "2013-02-27"),
    ("2013年2月27日星期三开会", None),  # a phrase after the weekday
])  # fmt: skip
def test_a_day_with_its_weekday_run_on(line, day):
    meta = parse_meta_line(line)
    assert (meta.published_at if meta else None) == day


@pytest.mark.parametrize("line", ["播放本新闻相关短片", "搜寻此网志"])
def test_a_video_button_and_a_blogs_search_label_are_no_title(line):
    article = cleaned_twice(f"{line}\n{TITLE}\n{P1}\n{P2}\n")
    assert article.title == TITLE
    assert line not in article.text
