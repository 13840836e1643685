"""Shapes from held-out sets 80-82 of unseen pages, three of which did not clean to the same text twice:
a table's unit line said again and again, an e-paper's page bar without 第, a pager's short links, a
company's full name opening with its city, an outlet credited alone again and again among a template's
copies of the headline — each at its boundary, and the same article when cleaned again."""

import pytest

from cleaner import Config
from cleaner.config import BoilerplateConfig, StructureConfig
from cleaner.document import Document, Line
from cleaner.stages import junk
from cleaner.stages.boilerplate import line_kind
from cleaner.stages.bylines import closing_fields, closing_story_day, closing_writers
from cleaner.stages.crumbs import parse_breadcrumb
from cleaner.stages.metadata import parse_byline, parse_meta_line
from cleaner.stages.names import is_outlet_name, names_in
from cleaner.stages.title_shapes import is_title_like, named_document

from .header_pages import cleaned_twice

P1 = "港股早段反弹350点后走势反复，半日高低点数波幅接近700点，恒生指数一度升至27126点后再度失守27000点。"
P2 = "科技指数报5453点，跌1.3%。人工智能相关股份挨沽，百度、快手跌近4%或以上，金融股造好。"
S = BoilerplateConfig()


@pytest.mark.parametrize(("line", "title_like"), [
    ("单位：万元", False),
    ("金额单位：人民币元", False),
    ("单位：%", False),
    ("单位换算的三个误区", True),  # no colon: a headline about units
])  # fmt: skip
def test_a_tables_unit_line_is_no_title(line, title_like):
    assert is_title_like(line, StructureConfig()) is title_like


def test_a_unit_line_said_under_each_table_does_not_take_the_title_on_a_second_run():
    title = "浙商证券股份有限公司公开发行可转换公司债券募集说明书摘要"
    tables = "3、母公司现金流量表\n单位：万元\n4、母公司所有者权益变动表\n单位：万元\n2016年度变动表\n单位：万元\n"
    article = cleaned_twice(f"{title}\n2019-03-08 来源：上海证券报\n{tables}{P1}\n{P2}\n")
    assert article.title == title


@pytest.mark.parametrize(("line", "category"), [
    ("27版 信息披露  查看版面PDF", "信息披露"),
    ("A05版 公司新闻 版面PDF", "公司新闻"),
    ("第B020版：信息披露 上一版  下一版", "信息披露"),
    ("27版 信息披露", None),  # no 第, no colon, no PDF button: not the page bar's shape
])  # fmt: skip
def test_an_epaper_page_bar_without_its_di(line, category):
    meta = parse_meta_line(line)
    assert (meta.category if meta else None) == category


@pytest.mark.parametrize(("line", "kind"), [
    ("首页 上页 下页 末页 1/5 转到", "boilerplate:pager"),
    ("下页 末页", "boilerplate:page_tools"),  # links only: read as the page's buttons first
    ("首页 下页", None),  # one link to another page: MIN_PAGER_LINKS
    ("上页 下页 末页 3 4", "boilerplate:pager"),
    ("上页 下页 末页 利润表", None),  # a word no pager link is
])  # fmt: skip
def test_a_pagers_short_links(line, kind):
    assert line_kind(line, S) == kind


@pytest.mark.parametrize(("title", "named"), [
    ("必易微：深圳市必易微电子股份有限公司信息披露管理办法", "深圳市必易微电子股份有限公司信息披露管理办法"),
    ("露笑科技：露笑科技股份有限公司信息披露管理制度", "露笑科技股份有限公司信息披露管理制度"),
    ("必易微：内蒙古自治区必易微电子股份有限公司信息披露管理办法", None),  # the name too far in
    ("必易微：深圳市必易微电子信息披露管理办法", None),  # no company's word: no registered name
])  # fmt: skip
def test_a_companys_full_name_may_open_with_its_city(title, named):
    assert named_document(title) == named


def test_the_document_said_again_under_a_city_named_company_is_an_echo():
    title = "必易微：深圳市必易微电子股份有限公司信息披露管理办法"
    page = (f"{title}\n来源：证券之星 2025-08-16 00:27:25\n深圳市必易微电子股份有限公司      信息披露管理办法\n"
            f"深圳市必易微电子股份有限公司\n信息披露管理办法\n{P1}\n{P2}\n")
    article = cleaned_twice(page)
    assert article.title == title
    assert article.text.splitlines()[1] == P1


def test_an_outlet_alone_again_and_again_among_the_headlines_copies_is_the_source():
    title = "港股半日升54点 高低波幅近700点"
    page = f"{title}\n香港电台\n{title}\n香港电台\n\n香港电台\n{title}\n{P1}\n{P2}\n"
    article = cleaned_twice(page)
    assert (article.title, article.source_name) == (title, "香港电台")
    assert "香港电台" not in article.text
    once = cleaned_twice(f"香港电台\n{title}\n{P1}\n{P2}\n")  # once alone, no date beside it: a masthead
    assert once.source_name is None


@pytest.mark.parametrize("word", ["播报", "快报", "要闻"])
def test_a_columns_word_is_no_outlet_though_it_ends_like_one(word):
    assert is_outlet_name(word) is False


def test_an_encyclopedias_toolbar_run_together_is_page_tools():
    assert line_kind("播报编辑讨论上传视频", S) == "boilerplate:page_tools"


@pytest.mark.parametrize(("line", "authors"), [
    ("iData財經編輯 by iData財經編輯", ("iData財經編輯",)),
    ("jsmith_88 by jsmith_88", ("jsmith_88",)),
    ("admin by admin", None),  # a placeholder names nobody
    ("step by step", None),  # an English idiom said with by
    ("张三 by 李四", None),  # two names: no theme's byline of one
])  # fmt: skip
def test_a_blog_themes_name_by_name_byline(line, authors):
    meta = parse_meta_line(line)
    assert (meta.authors if meta else None) == authors


@pytest.mark.parametrize(("line", "author"), [("☉張國財", "張國財"), ("⊙张国财", "张国财"), ("☉", None)])
def test_a_papers_mark_before_its_writer(line, author):
    meta = parse_byline(line)
    assert (meta.authors[0] if meta and meta.authors else None) == author


@pytest.mark.parametrize(("line", "title_like"), [
    ("各方大佬激辩中的乐视网", True),  # eleven characters, a 的 inside: a phrase about a company
    ("众大佬激辩中的乐视网", False),  # ten: MAX_SITE_NAME_CHARS, as short as a site's name
    ("我的钢铁网", False),  # a site's name with a 的 in it
    ("某某某某某某某某某某财经网", False),  # long, no 的: a site's name
    ("当前位置：太平洋装修网装修资讯企业资讯", False),  # a prefix and a site: marks, no phrase
])  # fmt: skip
def test_a_phrase_ending_in_a_companys_site_word_is_a_headline(line, title_like):
    assert is_title_like(line, StructureConfig()) is title_like


def test_a_headline_ending_like_an_outlet_said_twice_is_no_credit():
    title = "各方大佬激辩中的乐视网"
    article = cleaned_twice(f"{title}\n\n{title}\n文/本刊编辑部\n{P1}\n{P2}\n")
    assert (article.title, article.source_name) == (title, None)  # 本刊编辑部: this magazine's desk


@pytest.mark.parametrize(("line", "authors", "source"), [
    ("文/本报记者黄凡数据来源/上市公司半年报", ("黄凡",), None),  # where the figures come from, run on
    ("资料来源：财政部统计处", (), None),
    ("图片来源：视觉中国", (), None),
    ("信息来源：新华社 2024-01-01", (), "新华社"),  # a label of its own
    ("〔联合报 / 编译洪启原 / 综合报导〕", ("洪启原",), "联合报"),  # the paper, its bracket not kept
    ("作者:未来智库 来源: 头条号 18709/20", (), "头条号"),  # a firm's account is no pen name
    ("作者:叨叨姐 来源: 头条号 18709/20", ("叨叨姐",), "头条号"),
])  # fmt: skip
def test_a_figures_credit_is_no_source_and_a_firm_no_pen_name(line, authors, source):
    meta = parse_meta_line(line)
    assert ((meta.authors, meta.source_name) if meta else (None, None)) == (authors, source)


@pytest.mark.parametrize(("line", "names"), [
    ("其中64家首亏、81家续亏。记者 黄世瑾", ("黄世瑾",)),  # the label and name after the last sentence
    ("同比增长57.99%。(敖晓波) (来源:人民网-《京华时报》)", ("敖晓波",)),  # the name, then the source's bracket
    ("他说。记者 刘畅 王五", ("刘畅", "王五")),
    ("我是记者刘畅", ()),  # no sentence closed before it: a sentence's own words
    ("记者 刘畅 王五。", ()),  # a sentence about them
])  # fmt: skip
def test_a_reporter_credited_after_the_last_sentence(line, names):
    assert closing_writers(line) == names


@pytest.mark.parametrize(("line", "day"), [
    ("不会造成太大冲击。（编辑：潘羿菁、杨兰轩）1130321", "2024-03-21"),
    ("不會造成太大衝擊。（編輯：潘羿菁）1130321", "2024-03-21"),
    ("价格为（人民币）1130321", None),  # a number after a bracket that credits nobody
    ("结束。1130321", None),
])  # fmt: skip
def test_a_taiwan_wires_story_code_gives_its_day(line, day):
    assert closing_story_day([line]) == day


def test_a_headlines_speaker_introduced_under_it_is_the_writer():
    title = "程瑞：普惠金融赋能中小微企业跃迁之路"
    intro = "程瑞，上海金融与发展实验室特聘高级研究员、普惠金融研究中心副主任"
    assert cleaned_twice(f"{title}\n{intro}\n{P1}\n{P2}\n").authors == ("程瑞",)
    other = "王五，上海金融与发展实验室特聘高级研究员"  # another person introduced: no writer read
    assert cleaned_twice(f"{title}\n{other}\n{P1}\n{P2}\n").authors == ()
    plain = "程瑞，今年以来多次调研中小微企业"  # no post at a workplace: a sentence about him
    assert cleaned_twice(f"{title}\n{plain}\n{P1}\n{P2}\n").authors == ()


@pytest.mark.parametrize(("line", "day", "source"), [
    ("查股网  2023-12-30  中科飞测(688361)公司公告", "2023-12-30", "查股网"),
    ("查股网  2023-12-30  中科飞测（688361）公告", "2023-12-30", "查股网"),
    ("2023-12-30 中科飞测(688361)股价大涨超过百分之十", None, None),  # a headline's words, not a column
])  # fmt: skip
def test_a_filing_sites_day_and_the_securitys_column(line, day, source):
    meta = parse_meta_line(line)
    assert ((meta.published_at, meta.source_name) if meta else (None, None)) == (day, source)


@pytest.mark.parametrize(("title", "authors", "source", "category"), [
    ("【端传媒】赵燕婷、黄铭浩：澳门赌业大变奏", ("赵燕婷", "黄铭浩"), "端传媒", None),
    ("【端传媒】赵燕婷：澳门赌业大变奏", ("赵燕婷",), "端传媒", None),
    ("【新股潜水】赵燕婷：澳门赌业大变奏", (), None, "新股潜水"),  # a column's kicker: no outlet, no writers
    ("【端传媒】澳门经济：赌业大变奏", (), None, None),  # words, not names, before the colon
    ("[年报]豪美新材：2023年年度报告摘要", (), None, "年报"),  # two characters: a filing's kind, no paper
])  # fmt: skip
def test_an_outlets_bracket_then_its_writers_open_the_headline(title, authors, source, category):
    article = cleaned_twice(f"{title}\n2015-10-30\n{P1}\n{P2}\n")
    assert (article.authors, article.source_name, article.category) == (authors, source, category)
    assert article.title == title


@pytest.mark.parametrize("byline", ["◆香港文汇报记者 周绍基", "◆ 香港文汇报记者 周绍基", "■香港文汇报记者 周绍基"])
def test_a_bulleted_byline_in_the_body_is_read_the_same_with_or_without_a_blank_after_its_bullet(byline):
    title = "专家：市场薪酬 科技视野 市场化运作"
    article = cleaned_twice(f"{title}\n{P1}\n{byline}\n{P2}\n")
    assert (article.authors, article.source_name) == (("周绍基",), "香港文汇报")


def test_a_pictures_mark_before_a_photographers_credit_is_no_byline():
    title = "广州南沙邮轮母港即将开通 地铁直达"
    article = cleaned_twice(f"{title}\n{P1}\n▲广州日报全媒体图片记者黎旭阳、李妍摄\n{P2}\n")
    assert article.authors == ()


def test_an_outlet_above_the_headline_the_datelines_story_opens_under():
    title = "大行科工孖展认购6400倍 膺超购王"
    article = cleaned_twice(f"明报新闻网\n经济\n{title}\n【明报专讯】{P1}\n{P2}\n")
    assert (article.title, article.source_name) == (title, "明报")  # the dateline's outlet; the line a masthead
    assert "明报新闻网" not in article.text
    # no dateline under the headline: still the masthead (kept, it would land right under the headline,
    # where a second run takes an outlet alone for the source), never the source
    undated = cleaned_twice(f"明报新闻网\n经济\n{title}\n{P1}\n{P2}\n")
    assert undated.source_name is None and "明报新闻网" not in undated.text
    assert ("structure:masthead", "明报新闻网") in [(c.reason, c.text) for c in undated.removed]


@pytest.mark.parametrize(("line", "lines"), [
    ('">">消费者如何应对不合理拒赔', ["消费者如何应对不合理拒赔"]),
    ('">">拒赔风波的起因与背景">">理赔难的背后真相', ["拒赔风波的起因与背景", "理赔难的背后真相"]),
    ('He said "yes">no', ['He said "yes">no']),  # ASCII on both sides: no link's tail of ours
])  # fmt: skip
def test_the_tails_of_link_tags_whose_starts_were_cut(line, lines):
    doc = junk.run(Document(raw=b"", lines=(Line(line),)), Config().junk)
    assert [kept.text for kept in doc.lines] == lines


@pytest.mark.parametrize(("line", "crumbs"), [
    ("您的当前位置：首页 >> 民商律师 >> 报刊访谈 >> 文章正文", ("首页", "民商律师", "报刊访谈", "文章正文")),
    ("某某网您的当前位置：首页 > 财经", ("首页", "财经")),
    ("您的当前位置：财经", None),  # one crumb: no path
])  # fmt: skip
def test_the_readers_place_said_with_its_de_first(line, crumbs):
    assert parse_breadcrumb(line) == crumbs


def test_the_article_body_crumb_names_no_category():
    title = "男子银行卡遭盗刷 法院判定银行无过错"
    article = cleaned_twice(f"您的当前位置：首页 >> 民商律师 >> 报刊访谈 >> 文章正文\n{title}\n{P1}\n{P2}\n")
    assert (article.title, article.category) == (title, "报刊访谈")


@pytest.mark.parametrize(("line", "title_like"), [
    ("索 引 号 014289132/2017-00276", False),  # a notice's index table, spaced to width
    ("发文字号：灌政办发〔2017〕45号", False),
    ("查看更多「香港好去处」精彩内容", False),
    ("索引号码的秘密", True),  # no field's label: a headline
])  # fmt: skip
def test_a_notices_index_fields_and_a_more_link_are_no_title(line, title_like):
    assert is_title_like(line, StructureConfig()) is title_like


def test_a_title_label_spaced_to_width():
    article = cleaned_twice(f"标 题 县政府办公室关于印发应急处置预案的通知\n{P1}\n{P2}\n")
    assert article.title == "县政府办公室关于印发应急处置预案的通知"


@pytest.mark.parametrize(("row", "authors", "source"), [
    ("来源:华夏时报   作者:李明会   ", ("李明会",), "华夏时报"),
    ("来源:华夏时报   ", (), "华夏时报"),
    ("来源:华夏时报 作者:李明会 ", (), None),  # single blanks: no flattened cells, the line stays a paragraph
])  # fmt: skip
def test_a_flattened_pages_labelled_row_then_its_first_paragraph(row, authors, source):
    title = "银行未经同意为客户开通个人养老金账户"
    article = cleaned_twice(f"{title}\n{row}{P1}\n{P2}\n")
    assert (article.authors, article.source_name) == (authors, source)


@pytest.mark.parametrize(("value", "names"), [
    ("陈依心、李静明综合报导", ("陈依心", "李静明")),  # how the last writer filed it, glued to her name
    ("陈依心、李静明即时报道", ("陈依心", "李静明")),
    ("陈依心 综合报导", ("陈依心",)),
    ("陈依心、王明上饶报道", ("陈依心",)),  # MAX_FILED_NAME_CHARS: four characters left is a name and a place
])  # fmt: skip
def test_a_writers_name_with_how_she_filed_it_glued_on(value, names):
    assert names_in(value) == names


@pytest.mark.parametrize(("line", "names"), [
    ("同时中美贸易摩擦缓解预期形成多重利好共振。韩载熙记者 hee@donga.com", ("韩载熙",)),
    ("形成多重利好共振。韩载熙记者", ("韩载熙",)),
    ("他说韩载熙记者", ()),  # no sentence closed before the name
])  # fmt: skip
def test_a_name_before_its_reporters_label_closing_the_story(line, names):
    assert closing_writers(line) == names


@pytest.mark.parametrize(("line", "authors", "source"), [
    ("只有这样，制度才能真正发挥其应有的作用。 (作者:勾明扬 来源:经济日报)", ("勾明扬",), "经济日报"),
    ("发挥其应有的作用。（来源：经济日报）", (), "经济日报"),
    ("发挥其应有的作用（作者:勾明扬 来源:经济日报）", None, None),  # no sentence closed before the bracket
])  # fmt: skip
def test_labelled_fields_in_a_bracket_closing_the_story(line, authors, source):
    meta = closing_fields(line)
    assert ((meta.authors, meta.source_name) if meta else (None, None)) == (authors, source)


@pytest.mark.parametrize(("line", "authors", "category"), [
    ("郑慧菁 | 2015.02.01 （月刊）", ("郑慧菁",), None),  # a name of three characters before the bar: the writer
    ("重要通告 | 2023-09-07 17:02", (), "重要通告"),  # a column's words
])  # fmt: skip
def test_a_writer_or_a_column_before_a_bar_and_the_day(line, authors, category):
    meta = parse_meta_line(line)
    assert (meta.authors, meta.category) == (authors, category)
