"""Shapes from held-out sets 71-73 of unseen pages: a site and its app opening the lead (长城网·冀云客户端讯),
a 收藏 button glued to the outlet after the date, a chart's 资料来源 inside a headline, buttons spaced out
in their boxes, a reporter's name glued to the place she reports from, a site's notice about its own
content, a file photo's credit alone, a day then an outlet then its app and reporters, a name lost to
an encoder — each at its boundary, and the same article when cleaned again."""

import pytest

from cleaner.config import BoilerplateConfig
from cleaner.stages.boilerplate import line_kind
from cleaner.stages.bylines import dateline_outlet
from cleaner.stages.metadata import parse_byline, parse_meta_line
from cleaner.stages.names import without_trailing_button

from .header_pages import cleaned_twice

TITLE = "农发行湖州市分行贷款余额再创新高"
P1 = "近日，农发行湖州市分行交出了首周投放贷款31.8亿元的成绩单，贷款余额再创新高，成为全省首个迈入300亿元的市级分行。"
P2 = "新年的钟声尚在耳畔，员工们纷纷摩拳擦掌，准备大干一场。客户经理手捧文件大步流星，柜员盯紧屏幕手指翻飞。"
S = BoilerplateConfig()


def test_a_site_and_its_app_opening_the_lead_name_the_writers_and_the_source():
    page = f"{TITLE}\n2024-01-02 10:00\n长城网·冀云客户端讯(通讯员 邴琨 张涵玥){P1}\n{P2}\n"
    article = cleaned_twice(page)
    assert article.authors == ("邴琨", "张涵玥")
    assert article.source_name == "长城网·冀云客户端"
    assert article.text.splitlines()[1] == P1


@pytest.mark.parametrize(("line", "outlet"), [
    ("长城网·冀云客户端讯（通讯员 邴琨）近日", "长城网·冀云客户端"),
    ("长城网讯（通讯员 邴琨）近日", "长城网"),
    ("智通财经APP讯，近日", "智通财经"),  # an app's suffix goes when the outlet alone is named
    ("星期一·冀云客户端讯（通讯员 邴琨）近日", None),  # before the dot no outlet: no source
])  # fmt: skip
def test_a_dateline_names_a_site_and_its_app(line, outlet):
    assert dateline_outlet(line) == outlet


@pytest.mark.parametrize(("token", "bare"), [
    ("粮油市场报网收藏", "粮油市场报网"),
    ("财经收藏", "财经"),
    ("收藏", "收藏"),  # nothing left before it: the button alone stays what it is
    ("粮油市场报网", "粮油市场报网"),
])  # fmt: skip
def test_a_button_glued_to_a_token_comes_off(token, bare):
    assert without_trailing_button(token) == bare


@pytest.mark.parametrize(("line", "source", "category"), [
    ("2022/1/19 15:38:23粮油市场报网收藏", "粮油市场报网", None),
    ("2020年10月23日 专家评论", None, "专家评论"),  # 评论 is a button word too, but 专家 is no outlet: a column
])  # fmt: skip
def test_the_outlet_after_the_date_loses_the_button_glued_to_it(line, source, category):
    meta = parse_meta_line(line)
    assert (meta.source_name, meta.category) == (source, category)


def test_a_charts_data_source_inside_a_headline_is_no_source_label():
    page = f"出口统计表发布（资料来源：财政部统计处）\n2024-01-02 10:00\n{P1}\n{P2}\n"
    article = cleaned_twice(page)
    assert article.title == "出口统计表发布（资料来源：财政部统计处）"
    assert article.source_name is None
    glued = cleaned_twice(f"出口统计表发布来源：财政部统计处\n{P1}\n{P2}\n")  # 来源 after a headline's last word
    assert (glued.title, glued.source_name) == ("出口统计表发布", "财政部统计处")


@pytest.mark.parametrize(("line", "kind"), [
    ("【打 印】 【关 闭】", "boilerplate:page_tools"),
    ("CNML格式】 【 】 【打 印】", "boilerplate:page_tools"),
    ("【我要打印】【关闭窗口】", "boilerplate:page_tools"),
    ("【老 王】", None),  # two characters spaced in a box, but no button's word
    ("【打 印 机】", None),  # three spaced characters: no two-character button
])  # fmt: skip
def test_buttons_spaced_out_in_their_boxes(line, kind):
    assert line_kind(line, S) == kind


@pytest.mark.parametrize(("line", "author"), [
    ("记者陈心怡台北报导", "陈心怡"),
    ("記者陳心怡臺北報導", "陳心怡"),
    ("本报记者王小明上海报道", "王小明"),
    ("记者陈心怡纽约报导", "陈心怡"),
    ("记者王明明报道", "王明明"),  # the name, then how it was filed
    ("记者王明上饶报道", None),  # a place the lexicon does not know glued on: no name of four characters
    ("记者台北报导", None),  # a place and no name
    ("记者陈心怡台北报导会议", None),  # words after 报导: no byline
])  # fmt: skip
def test_a_reporters_name_glued_to_the_place_she_reports_from(line, author):
    meta = parse_byline(line)
    assert (meta.authors[0] if meta and meta.authors else None) == author


@pytest.mark.parametrize(("line", "kind"), [
    ("本網站之文字、圖片及影音,非經授權,不得轉載、公開播送或公開傳輸及利用。", "boilerplate:copyright"),
    ("本站所有文章未经授权不得转载。", "boilerplate:copyright"),
    ("本站记者从某公司获悉，该公司的产品未经授权被他人大量复制，不得转载的内容也被转载。", None),  # a report
    ("该网站的文字内容未经授权，不得转载。", None),  # another site's, in a sentence: the article's words
])  # fmt: skip
def test_a_sites_notice_about_its_own_content_though_a_sentence(line, kind):
    assert line_kind(line, S) == kind


@pytest.mark.parametrize(("line", "kind"), [
    ("（中央社資料照）", "boilerplate:caption"),
    # after a sentence: the story said again under its picture may close so — it stays
    ("財政部昨公布九月出口542.5億美元、為歷年單月第三高，年增33.8％。（中央社資料照）", None),
    ("（本报资料照片）", "boilerplate:caption"),
    ("這是一段文字（资料照）", None),  # the credit not alone on its line
    ("（中央社資料）", None),  # a file, not a file photo
])  # fmt: skip
def test_a_file_photos_credit_names_its_owner(line, kind):
    assert line_kind(line, S) == kind


def test_a_reporters_glued_byline_under_the_headline_is_read_and_goes():
    page = f"{TITLE}\n记者陈心怡台北报导\n{P1}\n{P2}\n"
    article = cleaned_twice(page)
    assert article.authors == ("陈心怡",)
    assert "报导" not in article.text


@pytest.mark.parametrize(("line", "source", "authors"), [
    ("2021-06-18 21:49:35 21世纪经济报道 21财经APP 崔亮 实习生/鲁玉梅,阳子", "21世纪经济报道",
     ("崔亮", "鲁玉梅", "阳子")),
    ("2021-06-18 21:49:35 21世纪经济报道 21财经APP 实习生/鲁玉梅,阳子", "21世纪经济报道", ("鲁玉梅", "阳子")),
    ("2021-06-18 21:49:35 21世纪经济报道 崔亮", "21世纪经济报道", ("崔亮",)),
    ("2021-06-18 21:49:35 21世纪经济报道 财经", None, ()),  # a word, no name, after the outlet
    ("2021-06-18 21:49:35 财经频道 崔亮", None, ()),  # no outlet first
])  # fmt: skip
def test_the_day_then_the_outlet_then_its_app_and_reporters(line, source, authors):
    meta = parse_meta_line(line)
    assert (meta.source_name, meta.authors) == (source, authors)


@pytest.mark.parametrize(("line", "authors"), [
    ("2021-06-18 21:49:35 21世纪经济报道 21财经APP 崔?;? 实习生/鲁玉梅,阳子", ("鲁玉梅", "阳子")),
    ("2021-06-18 21:49:35 21世纪经济报道 21财经APP 崔？；？实习生/鲁玉梅，阳子", ("鲁玉梅", "阳子")),
])  # fmt: skip
def test_a_name_lost_to_an_encoder_leaves_the_rest_of_the_byline_row(line, authors):
    assert parse_meta_line(line).authors == authors


@pytest.mark.parametrize("line", ["他问?;? 什么", "崔?;?", "2021-06-18 崔? 实习生/鲁玉梅"])
def test_a_question_mark_alone_is_still_no_lost_name(line):
    meta = parse_meta_line(line)
    assert meta is None or not meta.authors
