"""structure: title, echoes, byline, meta line, breadcrumb, lead, sections, lists, trailing boilerplate.

Nothing that is article text may be dropped: every test that removes something also checks what
stays.
"""

import time

import pytest

from cleaner import Change, Config, clean
from cleaner.article import Article
from cleaner.config import StructureConfig
from cleaner.document import Document, Hint, Line
from cleaner.pipeline import assemble
from cleaner.stages import structure
from cleaner.stages.crumbs import parse_breadcrumb
from cleaner.stages.metadata import parse_byline, parse_editor, parse_meta_line
from cleaner.stages.outline import build_sections, heading_style, list_item

TITLE = "网贷逾期会不会找上门"
LEAD = "随着互联网金融的快速发展，网络贷款已成为许多人应对短期资金需求的选择。"
PARA_1 = "在日常生活中，许多人在遇到资金缺口时会选择通过网贷平台申请贷款。"
PARA_2 = "一般而言，网贷逾期指的是借款人未能按照合同约定的时间归还本金及利息。"
PARA_3 = "正规网贷平台更倾向于通过电话、短信等途径联系借款人。"


def recover(*lines: str, config: StructureConfig | None = None) -> tuple[Article, list[Change]]:
    doc = structure.run(Document.from_text("\n".join(lines)), config or StructureConfig())
    return assemble(doc), list(doc.changes)


def reasons(changes) -> list[str]:
    return [c.reason for c in changes]


def paragraphs(article: Article) -> list[str]:
    return [b.text for s in article.sections for b in s.blocks if b.type == "paragraph"]


def lists(article: Article):
    return [b for s in article.sections for b in s.blocks if b.type == "list"]


# --- title and its echoes ---------------------------------------------------------------------


def test_title_and_lead():
    article, changes = recover(TITLE, LEAD)
    assert article.title == TITLE
    assert article.lead == (LEAD,)
    assert article.sections == ()
    assert changes == []
    assert article.author is None and article.published_at is None and article.category is None
    assert article.views is None and article.editor is None and article.byline is None


@pytest.mark.parametrize("echo", [TITLE, TITLE + "？", TITLE + "?", TITLE + "？？", " " + TITLE + "\u3000"])
def test_title_echo_removed(echo):
    article, changes = recover(TITLE, echo, LEAD)
    assert article.title == TITLE
    assert article.lead == (LEAD,)
    assert reasons(changes) == ["structure:title_echo"]


def test_title_with_question_mark_and_echo_without():
    article, changes = recover(TITLE + "？", TITLE, LEAD)
    assert article.title == TITLE + "？"
    assert reasons(changes) == ["structure:title_echo"]
    assert article.lead == (LEAD,)


def test_seed_header_shape():
    article, changes = recover(
        TITLE,
        "费逸美77级工作室认证",
        "2025-04-04 10:31:38 逾期资讯 44",
        TITLE + "？",
        TITLE,
        TITLE,
        LEAD,
    )
    assert article.title == TITLE
    assert article.author == "费逸美"
    assert article.byline == "费逸美77级工作室认证"
    assert article.published_at == "2025-04-04T10:31:38"
    assert article.category == "逾期资讯"
    assert article.views == 44
    assert article.lead == (LEAD,)
    assert reasons(changes) == [
        "structure:byline",
        "structure:meta_line",
        "structure:title_echo",
        "structure:title_echo",
        "structure:title_echo",
    ]
    assert [c.text for c in changes[2:]] == [TITLE + "？", TITLE, TITLE]


def test_a_line_that_merely_starts_like_the_title_is_not_an_echo():
    line = TITLE + "？答案是：大多数正规平台不会。"
    article, changes = recover(TITLE, line, LEAD)
    assert article.lead == (line, LEAD)
    assert changes == []


def test_first_line_that_is_a_sentence_is_not_a_title():
    article, _ = recover(LEAD, PARA_1)
    assert article.title is None
    assert article.lead == (LEAD, PARA_1)


def test_overlong_first_line_is_not_a_title():
    line = "网贷" * 40
    article, _ = recover(line, LEAD)
    assert article.title is None
    assert article.lead == (line, LEAD)


# --- byline -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("作者：张三", "张三"),
        ("作者:张三", "张三"),
        ("文/李四", "李四"),
        ("文／李四", "李四"),
        ("记者 王五", "王五"),
        ("某某77级认证", "某某"),
        ("费逸美77级工作室认证", "费逸美"),
        ("王小明 Lv.5", "王小明"),
    ],
)
def test_byline_shapes(line, author):
    meta = parse_byline(line)
    assert meta is not None and meta.author == author and meta.is_byline
    article, changes = recover(TITLE, line, LEAD)
    assert article.author == author
    assert article.byline == line
    assert article.lead == (LEAD,)
    assert reasons(changes) == ["structure:byline"]


@pytest.mark.parametrize(
    "line",
    [
        "作者认为，市场仍将震荡。",
        "本文作者是一位资深分析师，他认为风险可控。",
        "中文/英文对照版本见附件",
        "2023年5月6日，公司发布公告称营收增长。",
    ],
)
def test_sentence_after_title_is_not_a_byline_or_meta_line(line):
    article, changes = recover(TITLE, line, LEAD)
    assert article.author is None
    assert article.published_at is None
    assert article.lead == (line, LEAD)
    assert changes == []


# --- meta line -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "published_at", "category", "views"),
    [
        ("2025-04-04 10:31:38 逾期资讯 44", "2025-04-04T10:31:38", "逾期资讯", 44),
        ("2024-12-31 09:05 股票 1024", "2024-12-31T09:05", "股票", 1024),
        ("2025-04-04 10:31:38", "2025-04-04T10:31:38", None, None),
    ],
)
def test_unlabelled_meta_line(line, published_at, category, views):
    meta = parse_meta_line(line)
    assert (meta.published_at, meta.category, meta.views) == (published_at, category, views)
    article, changes = recover(TITLE, line, LEAD)
    assert (article.published_at, article.category, article.views) == (published_at, category, views)
    assert article.lead == (LEAD,)
    assert reasons(changes) == ["structure:meta_line"]


def test_chinese_date_with_source():
    article, changes = recover(TITLE, "2017年11月8日 16:22 来源：证券时报", LEAD)
    assert article.published_at == "2017-11-08T16:22"
    assert article.author is None
    assert article.lead == (LEAD,)
    assert reasons(changes) == ["structure:meta_line"]


def test_labelled_meta_line_with_author_and_views():
    line = "来源：证券时报 作者：王五 发布时间：2023-05-06 09:15 浏览次数：766"
    article, changes = recover(TITLE, line, LEAD)
    assert article.author == "王五"
    assert article.published_at == "2023-05-06T09:15"
    assert article.views == 766
    assert article.lead == (LEAD,)
    assert len(changes) == 1


def test_views_alone_on_a_line():
    article, changes = recover(TITLE, "浏览次数：766", LEAD)
    assert article.views == 766
    assert isinstance(article.views, int)
    assert article.lead == (LEAD,)
    assert reasons(changes) == ["structure:meta_line"]


def test_site_source_date_line():
    article, _ = recover(TITLE, "财经网 / 证券时报 / 2017-11-08 16:22", LEAD)
    assert article.published_at == "2017-11-08T16:22"
    assert article.lead == (LEAD,)


def test_date_only():
    article, _ = recover(TITLE, "2024/01/05", LEAD)
    assert article.published_at == "2024-01-05"


def test_labelled_category():
    article, _ = recover(TITLE, "分类：股票 发布时间：2024-01-05", LEAD)
    assert article.category == "股票"
    assert article.published_at == "2024-01-05"


def test_impossible_date_is_not_guessed():
    meta = parse_meta_line("发布时间：2025-13-45 10:31")
    assert meta is not None and meta.published_at is None


def test_first_value_wins_across_header_lines():
    article, _ = recover(TITLE, "作者：张三", "2025-04-04 10:31:38 逾期资讯 44", "作者：李四", LEAD)
    assert article.author == "张三"
    assert article.published_at == "2025-04-04T10:31:38"
    assert article.lead == (LEAD,)


# --- breadcrumb -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "category"),
    [
        ("首页 > 财经 > 股票", "股票"),
        ("首页>理财>逾期资讯", "逾期资讯"),
        ("当前位置：首页 » 基金", "基金"),
    ],
)
def test_breadcrumb_gives_the_category(line, category):
    assert parse_breadcrumb(line)[-1] == category
    article, changes = recover(line, TITLE, LEAD)
    assert article.title == TITLE
    assert article.category == category
    assert reasons(changes) == ["structure:breadcrumb"]
    assert article.lead == (LEAD,)


def test_comparison_in_text_is_not_a_breadcrumb():
    assert parse_breadcrumb("营收 > 预期 > 去年") is None
    assert parse_breadcrumb("收益率 > 5% > 3%") is None
    assert parse_breadcrumb("首页") is None
    assert parse_breadcrumb("财经 > 股票 > 正文") == ("财经", "股票", "正文")  # no home, but channel names


# --- headings ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "style"),
    [
        ("第一章 总则", "chapter"),
        ("第二节：风险提示", "chapter"),
        ("一、网贷逾期的基本情况", "cn_number"),
        ("十二、附则", "cn_number"),
        ("（一）收入情况", "cn_paren"),
        ("(二)支出情况", "cn_paren"),
        ("1、市场回顾", "arabic_dunhao"),
    ],
)
def test_heading_styles(line, style):
    assert heading_style(line, 40) == style


@pytest.mark.parametrize(
    "line",
    [
        "一、我们认为市场将继续上涨。",  # ends like a sentence
        "一、" + "网贷" * 30,  # too long
        "第一时间联系平台客服",
        "一般而言网贷逾期指的是",
        "2025年一季度",
    ],
)
def test_not_headings(line):
    assert heading_style(line, 40) is None


def test_cn_number_headings_make_sections():
    article, _ = recover(TITLE, LEAD, "一、基本情况", PARA_1, PARA_2, "二、上门的可能性", PARA_3)
    assert article.lead == (LEAD,)
    assert [(s.heading, s.level) for s in article.sections] == [
        ("一、基本情况", 1),
        ("二、上门的可能性", 1),
    ]
    assert [b.text for b in article.sections[0].blocks] == [PARA_1, PARA_2]
    assert [b.text for b in article.sections[1].blocks] == [PARA_3]


def test_nested_heading_levels():
    article, _ = recover(TITLE, "一、总体情况", PARA_1, "（一）收入", PARA_2, "（二）支出", PARA_3, "二、展望", LEAD)
    assert [(s.heading, s.level) for s in article.sections] == [
        ("一、总体情况", 1),
        ("（一）收入", 2),
        ("（二）支出", 2),
        ("二、展望", 1),
    ]


def test_chapter_is_outermost():
    article, _ = recover(TITLE, "第一章 总则", "一、目的", PARA_1, "二、范围", PARA_2, "第二章 细则", PARA_3)
    assert [(s.heading, s.level) for s in article.sections] == [
        ("第一章 总则", 1),
        ("一、目的", 2),
        ("二、范围", 2),
        ("第二章 细则", 1),
    ]


def test_level_is_rank_among_styles_used():
    article, _ = recover(TITLE, "（一）收入", PARA_1, "（二）支出", PARA_2)
    assert [s.level for s in article.sections] == [1, 1]


def test_arabic_dunhao_as_top_level_headings():
    article, _ = recover(TITLE, LEAD, "1、市场回顾", PARA_1, "2、后市展望", PARA_2, PARA_3)
    assert [(s.heading, s.level) for s in article.sections] == [("1、市场回顾", 1), ("2、后市展望", 1)]
    assert [b.text for b in article.sections[1].blocks] == [PARA_2, PARA_3]
    assert lists(article) == []


def test_arabic_dunhao_as_list_items_under_headings():
    article, _ = recover(TITLE, "一、常见方式", PARA_1, "1、电话催收", "2、短信通知", "3、上门走访", PARA_2)
    assert [s.heading for s in article.sections] == ["一、常见方式"]
    blocks = article.sections[0].blocks
    assert [b.type for b in blocks] == ["paragraph", "list", "paragraph"]
    assert blocks[1].items == ("电话催收", "短信通知", "上门走访")
    assert blocks[1].marker == "1、"


def test_arabic_dunhao_consecutive_lines_are_a_list():
    article, _ = recover(TITLE, LEAD, "1、电话催收", "2、短信通知", "3、上门走访")
    assert [s.heading for s in article.sections] == [None]
    assert lists(article)[0].items == ("电话催收", "短信通知", "上门走访")


# --- lists ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("markers", "style"),
    [
        (("1. ", "2. ", "3. "), "1."),
        (("1.", "2.", "3."), "1."),
        (("1、", "2、", "3、"), "1、"),
        (("（1）", "（2）", "（3）"), "（1）"),
        (("(1)", "(2)", "(3)"), "(1)"),
        (("1) ", "2) ", "3) "), "1)"),
    ],
)
def test_list_marker_styles(markers, style):
    items = ("电话：这是最常见的方式。", "短信通知：成本较低。", "邮件或信函：相对较少。")
    lines = [m + item for m, item in zip(markers, items, strict=True)]
    article, _ = recover(TITLE, "三、常见方法", PARA_1, *lines, PARA_2)
    blocks = article.sections[0].blocks
    assert [b.type for b in blocks] == ["paragraph", "list", "paragraph"]
    assert blocks[1].items == items
    assert blocks[1].marker == style
    assert blocks[1].start == 1


def test_list_item_parsing():
    item = list_item("1. 电话：这是最常见的方式。")
    assert (item.marker, item.number, item.text) == ("1.", 1, "电话：这是最常见的方式。")
    assert list_item("1.5亿元的贷款余额") is None  # a decimal, not a marker
    assert list_item("2025年，网贷") is None
    assert list_item("10:31:38") is None


def test_list_starting_at_three_keeps_its_number():
    article, _ = recover(TITLE, "一、方法", "3. 电话", "4. 短信")
    block = lists(article)[0]
    assert block.start == 3
    assert block.items == ("电话", "短信")
    assert "3. 电话\n4. 短信" in article.text


def test_numbering_break_starts_a_new_list():
    article, _ = recover(TITLE, "一、方法", "1. 电话", "2. 短信", "1. 邮件", "2. 上门")
    assert [b.items for b in lists(article)] == [("电话", "短信"), ("邮件", "上门")]


def test_list_before_any_heading_gets_a_section_without_heading():
    article, _ = recover(TITLE, LEAD, "1. 电话", "2. 短信")
    assert article.lead == (LEAD,)
    assert article.sections[0].heading is None
    assert article.sections[0].blocks[0].items == ("电话", "短信")


def test_build_sections_directly():
    lines = [Line(text) for text in ["导语。", "一、标题", "正文。", "1. 甲", "2. 乙"]]
    lead, sections = build_sections(lines, 40)
    assert lead == ["导语。"]
    assert sections[0].heading == "一、标题"
    assert [b.type for b in sections[0].blocks] == ["paragraph", "list"]


# --- trailing boilerplate -------------------------------------------------------------------------


def test_related_articles_trailer_removed():
    article, changes = recover(TITLE, LEAD, PARA_1, "相关阅读", "网贷逾期后多久会上征信", "信用卡逾期怎么协商还款")
    assert article.lead == (LEAD, PARA_1)
    assert changes == [
        Change("structure", "structure:trailer", "相关阅读\n网贷逾期后多久会上征信\n信用卡逾期怎么协商还款")
    ]
    assert "相关阅读" not in article.text


@pytest.mark.parametrize("heading", ["相关文章", "相关推荐", "【相关阅读】", "推荐阅读：", "猜你喜欢"])
def test_trailer_heading_shapes(heading):
    article, changes = recover(TITLE, LEAD, heading, "央行降准0.5个百分点")
    assert article.lead == (LEAD,)
    assert reasons(changes) == ["structure:trailer"]


def test_prev_next_removed():
    article, changes = recover(TITLE, LEAD, "上一篇：央行降准0.5个百分点", "下一篇：理财规模回升")
    assert article.lead == (LEAD,)
    assert reasons(changes) == ["structure:prev_next", "structure:prev_next"]


def test_disclaimer_removed():
    line = "免责声明：本文仅供参考，不构成投资建议。"
    article, changes = recover(TITLE, LEAD, line)
    assert article.lead == (LEAD,)
    assert changes == [Change("structure", "structure:disclaimer", line)]


@pytest.mark.parametrize(
    ("line", "editor"),
    [("责任编辑：赵六", "赵六"), ("（责任编辑：赵六）", "赵六"), ("编辑:钱七", "钱七")],
)
def test_editor_line_becomes_a_field(line, editor):
    article, changes = recover(TITLE, LEAD, line)
    assert article.editor == editor
    assert parse_editor(line) == editor
    assert article.lead == (LEAD,)
    assert changes == [Change("structure", "structure:editor", line)]


def test_all_trailer_kinds_together():
    article, changes = recover(
        TITLE,
        LEAD,
        "一、总结",
        PARA_3,
        "责任编辑：赵六",
        "免责声明：本文仅供参考，不构成投资建议。",
        "上一篇：央行降准",
        "下一篇：理财规模回升",
        "相关文章",
        "网贷逾期后多久会上征信",
    )
    assert article.editor == "赵六"
    assert [b.text for b in article.sections[0].blocks] == [PARA_3]
    assert reasons(changes) == [
        "structure:editor",
        "structure:disclaimer",
        "structure:prev_next",
        "structure:prev_next",
        "structure:trailer",
    ]


def test_long_paragraph_after_related_heading_keeps_everything():
    long_paragraph = (
        "相关阅读材料显示，网贷逾期后平台通常先通过电话和短信提醒借款人，只有在长期逾期且金额较大时，"
        "才可能委托第三方机构上门核实借款人的居住地址等信息。"
    )
    article, changes = recover(TITLE, LEAD, "相关阅读", "网贷逾期后多久会上征信", long_paragraph)
    assert changes == []
    assert article.lead == (LEAD, "相关阅读", "网贷逾期后多久会上征信", long_paragraph)


def test_sentence_ending_after_related_heading_keeps_everything():
    article, changes = recover(TITLE, LEAD, "相关文章", "平台会先电话提醒。")
    assert changes == []
    assert article.lead == (LEAD, "相关文章", "平台会先电话提醒。")


def test_trailer_words_inside_body_text_stay():
    lines = [
        TITLE,
        LEAD,
        "上一篇文章里我们讨论了征信问题，本文继续讨论上门的可能。",
        "编辑部认为，借款人应保持冷静。",
        PARA_3,
    ]
    article, changes = recover(*lines)
    assert changes == []
    assert article.lead == tuple(lines[1:])


# --- nothing else is dropped -------------------------------------------------------------------------


def test_every_body_line_survives():
    body = [
        LEAD,
        "一、基本情况",
        PARA_1,
        "（一）逾期的定义",
        PARA_2,
        "1. 电话：这是最常见的方式。",
        "2. 短信通知：成本较低。",
        "二、总结",
        PARA_3,
        "数据显示，2024年逾期率为1.5%，较上年下降0.3个百分点。",
    ]
    article, changes = recover(TITLE, "作者：张三", *body, "责任编辑：赵六")
    text_lines = article.text.split("\n")
    assert text_lines[0] == TITLE
    assert text_lines[1:] == body
    assert reasons(changes) == ["structure:byline", "structure:editor"]


def test_blank_lines_and_indentation_are_not_content():
    article, _ = recover(TITLE, "", "\u3000\u3000" + LEAD, "   ", "\t" + PARA_1 + "  ")
    assert article.lead == (LEAD, PARA_1)


# --- run ----------------------------------------------------------------------------------------------


def test_run_sets_article_text_and_removed():
    text = "\n".join([TITLE, "作者：张三", TITLE + "？", LEAD, "相关文章", "网贷逾期后多久会上征信"])
    earlier = (
        Change("spam", "spam:keyword_list", "国产精品,亚洲无码,欧美一区二区"),
        Change("convert", "convert:t2s", "網貸", "网贷"),
    )
    doc = structure.run(Document.from_text(text, changes=earlier), Config().structure)
    article = assemble(doc)
    assert article.title == TITLE
    assert article.author == "张三"
    assert article.text == f"{TITLE}\n{LEAD}"
    # removals from every stage are listed; replacements are not
    assert [c.reason for c in article.removed] == [
        "spam:keyword_list",
        "structure:byline",
        "structure:title_echo",
        "structure:trailer",
    ]
    assert doc.changes[:2] == earlier


def test_clean_end_to_end_header_and_trailer():
    raw = "\n\n".join(
        [
            "首页 > 理财 > 逾期资讯",
            "網貸逾期會不會找上門",
            "文/李四",
            "2017年11月8日 16:22 來源：證券時報",
            "網貸逾期會不會找上門?",
            "隨著互聯網金融的快速發展,網絡貸款已成為常見選擇。",
            "一、基本情況",
            "平臺會選用多種辦法提醒借款人。",
            "責任編輯：趙六",
        ]
    )
    article = clean(raw)
    assert article.title == "网贷逾期会不会找上门"
    assert article.author == "李四"
    assert article.published_at == "2017-11-08T16:22"
    assert article.category == "逾期资讯"
    assert article.editor == "赵六"
    assert article.lead == ("随着互联网金融的快速发展，网络贷款已成为常见选择。",)
    assert [s.heading for s in article.sections] == ["一、基本情况"]


def test_header_lines_setting_limits_the_search():
    config = StructureConfig(header_lines=1)
    article, _ = recover(TITLE, "作者：张三", "浏览次数：766", LEAD, config=config)
    assert article.author == "张三"
    assert article.views is None
    assert article.lead == ("浏览次数：766", LEAD)


# --- hostile input --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "1、" * 1_000_000,
        "1、项目\n" * 100_000,
        "一、标题\n" * 100_000,
        ">" * 1_000_000,
        "首页 > " * 200_000,
        "相关阅读\n" * 100_000,
        "2025-04-04 " * 100_000,
        LEAD + "\n中" + " " * 200_000 + "中,",  # a last line with a blank run: the trailer's more-link test
    ],
    ids=["dunhao-line", "dunhao-lines", "heading-lines", "gt-line", "crumbs", "trailers", "dates", "blank-run"],
)
def test_hostile_input_is_linear(text):
    start = time.perf_counter()
    structure.run(Document.from_text(text), Config().structure)
    assert time.perf_counter() - start < 10


def test_long_run_of_spaces_in_a_header_line_is_linear():
    text = "网贷" + " " * 60_000 + "逾期\n" + LEAD
    start = time.perf_counter()
    doc = structure.run(Document.from_text(text), Config().structure)
    assert time.perf_counter() - start < 10
    assert LEAD in assemble(doc).text


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("文/新浪财经首席评论员 艾堂明[微博] 微信公众号：老艾侃股", "艾堂明"),
        ("文/某某财经专栏（微信公众号abc）专栏作家 郝某", "郝某"),
        ("作者：徐某、刘某", "徐某"),
        ("本报记者 张某 北京报道", "张某"),
    ],
)
def test_author_is_the_name_not_the_role_or_a_cut_token(byline, author):
    meta = parse_byline(byline)
    assert meta is not None and meta.is_byline
    assert meta.author == author


def test_a_long_organisation_after_an_author_label_is_no_byline():
    # a 28-character token is no name: the line is not taken as a byline, nor a name cut from it
    assert parse_byline("文/" + "很长的机构名称" * 4) is None


# --- a byline inside the body ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("记者：黄鑫宇 张迪", ("黄鑫宇", "张迪")),
        ("記者仝澤蓉/即時報導/經濟日報", ("仝澤蓉",)),
        ("文/卢永山", ("卢永山",)),
    ],
)
def test_a_labelled_byline_inside_the_body_names_the_author(byline, authors):
    article, changes = recover(TITLE, LEAD, PARA_1, byline, PARA_2)
    assert article.authors == authors
    assert ("structure:byline", byline) in [(c.reason, c.text) for c in changes]
    assert article.lead == (LEAD, PARA_1, PARA_2)


@pytest.mark.parametrize(
    "line",
    [
        "记者：这次降准对小微企业意味着什么？",  # an interview's question, not a byline
        "记者：黄鑫宇 2024-03-05 10:00",  # a meta line with a date is the header's, not moved from the body
        "阅读 1200 作者：黄鑫宇",  # a count with it: the same
        "据记者了解，黄鑫宇表示",  # prose that mentions a reporter
    ],
)
def test_body_lines_that_are_not_bylines_stay(line):
    # below the second paragraph: right under the first, a full meta line is the header's (a standfirst
    # may stand between the headline and its meta line)
    article, _ = recover(TITLE, LEAD, PARA_1, line, PARA_2)
    assert article.authors == ()
    assert line in article.text


def reasons_and_texts(changes):
    return [(c.reason, c.text) for c in changes]


def test_a_body_byline_is_not_taken_when_the_header_named_the_author():
    # the header's writer stands; the second byline goes, recorded — left, a second run (the header's
    # byline gone) would take it, and cleaning twice would change the text
    article, changes = recover(TITLE, "作者：王五", LEAD, "记者：黄鑫宇", PARA_1)
    assert article.authors == ("王五",)
    assert "记者：黄鑫宇" not in article.text and ("structure:byline", "记者：黄鑫宇") in reasons_and_texts(changes)
    assert clean(article.text).text == article.text


def test_a_body_byline_repeating_the_headers_author_goes_on_the_first_run():
    """The header's byline named 黄鑫宇; the same byline again in the body says nothing new and goes
    now — else a second run, the header's byline gone, would take it, and cleaning twice would
    differ. A body byline naming someone else stays (as above)."""
    article, changes = recover(TITLE, "记者：黄鑫宇", LEAD, PARA_1, "记者：黄鑫宇", PARA_2)
    assert article.authors == ("黄鑫宇",)
    assert [c.text for c in changes if c.reason == "structure:byline"] == ["记者：黄鑫宇", "记者：黄鑫宇"]
    assert article.lead == (LEAD, PARA_1, PARA_2)
    assert recover(*article.text.split("\n"))[0].text == article.text


def test_a_body_byline_closed_by_an_outlet_names_the_source_too():
    article, _ = recover(TITLE, LEAD, "記者仝澤蓉/即時報導/經濟日報", PARA_1)
    assert (article.authors, article.source_name) == (("仝澤蓉",), "經濟日報")


@pytest.mark.parametrize(
    ("closing", "authors"),
    [
        ("（编译卢永山）", ("卢永山",)),
        ("(記者 張三 李四)", ("張三", "李四")),
        ("（文/王五）", ("王五",)),
        ("（文化部）", ()),  # 文 and no name after it
        ("（评论员 罗博 萧海川）", ("罗博", "萧海川")),  # a commentary's writers; 萧 is a surname
        ("（本报评论员 王五）", ("王五",)),
        ("（通讯员 张三 李四）", ("张三", "李四")),
        ("（评论员文章）", ()),  # the kind of piece, no writer
        ("（评论 罗博）", ()),  # no writer's role
    ],
)
def test_a_writer_credited_at_the_end_of_the_last_paragraph_is_read_and_the_paragraph_stays(closing, authors):
    article, _ = recover(TITLE, LEAD, PARA_1 + closing)
    assert article.authors == authors
    assert article.lead == (LEAD, PARA_1 + closing)


def test_a_closing_credit_does_not_replace_the_header_author():
    article, _ = recover(TITLE, "作者：赵六", LEAD, PARA_1 + "（编译卢永山）")
    assert article.authors == ("赵六",)


def test_a_closing_credit_is_read_up_to_closing_lines_from_the_end():
    assert structure.CLOSING_LINES == 3
    article, _ = recover(TITLE, LEAD, PARA_1 + "（编译卢永山）", PARA_2, PARA_3)
    assert article.authors == ("卢永山",)
    article, _ = recover(TITLE, LEAD, PARA_1 + "（编译卢永山）", PARA_2, PARA_3, LEAD)
    assert article.authors == ()


def test_a_closing_credit_is_read_in_the_last_prose_paragraph_under_short_furniture_lines():
    furniture = ("不用抽 不用抢 点我看活动", "焦点今日热门", "网友回应", "载入中")
    article, _ = recover(TITLE, LEAD, PARA_1 + "（编译卢永山）", *furniture)
    assert article.authors == ("卢永山",)
    article, _ = recover(TITLE, LEAD, PARA_1 + "（编译卢永山）", PARA_2, *furniture)
    assert article.authors == ()  # a later paragraph of prose: the credit closes no article


@pytest.mark.parametrize(
    ("first", "source"),
    [
        ("中新社香港6月24日電 臺北消息：臺灣央行24日宣布升息半碼，出乎市場預期。", "中新社"),
        ("新华社北京5月19日电（刘艺、杨吉）中国科学院专家19日介绍，贷款余额同比增长。", "新华社"),
        ("本报北京3月1日讯 央行昨日宣布降准，释放长期资金约一万亿元。", None),  # "this paper": no name
        ("北京3月1日电 央行昨日宣布降准，释放长期资金约一万亿元。", None),  # a city, no outlet
    ],
)
def test_the_outlet_of_a_dateline_opening_the_article_is_its_source(first, source):
    article, _ = recover(TITLE, first, PARA_1)
    assert article.source_name == source
    assert article.lead[0] == first  # read, not removed


def test_a_labelled_source_beats_the_dateline():
    dateline = "新华社北京5月19日电 中国科学院专家19日介绍，贷款余额同比增长。"
    article, _ = recover(TITLE, "来源：人民日报", dateline, PARA_1)
    assert article.source_name == "人民日报"


def test_a_closing_byline_above_trailer_lines_the_trailer_reader_stops_at_is_read():
    # a second, different editor stops the trailer reader: the byline above it is still the writers'
    lines = (TITLE, LEAD, PARA_1, "作者 王之言 高孜然", "编辑 周褶褶 ｜ 排版 魏蔚", "（责任编辑：杜智）")
    article, _ = recover(*lines)
    assert article.authors == ("王之言", "高孜然")
    article, _ = recover(TITLE, LEAD, PARA_1, "编辑 周褶褶 ｜ 排版 魏蔚", "（责任编辑：杜智）")
    assert article.authors == ()


@pytest.mark.parametrize(
    ("first", "stamp", "rest"),
    [
        ("date 2025-12-18 市场预期央行利率将连七冻。（资料照）", "2025-12-18", "市场预期央行利率将连七冻。（资料照）"),
        ("date 2026-02-26 10:31 本报讯 央行宣布降准", "2026-02-26T10:31", "本报讯 央行宣布降准"),
        ("date 2020-08 中美角力升级以来，北水动力进一步缩减。", "2020-08", "中美角力升级以来，北水动力进一步缩减。"),
        ("date 2020-13 中美角力升级以来。", None, "date 2020-13 中美角力升级以来。"),  # no month 13: text
    ],
)
def test_a_date_stamp_glued_to_the_first_line_is_read_and_the_text_stays(first, stamp, rest):
    article, _ = recover(first, TITLE, PARA_1)
    assert article.published_at == stamp
    assert rest in article.text



def test_a_date_stamp_is_split_off_the_first_line_only():
    caption = "date 2025-12-18 市场普遍预期央行利率将连七冻。（资料照）"
    article, _ = recover(TITLE, caption, PARA_1)  # further down it is a line of text as it stands
    assert article.published_at is None
    assert caption in article.text


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("标题[新闻] 主管机关严重失职？台积电权重太高", "主管机关严重失职？台积电权重太高"),
        ("標題：主管机关严重失职", "主管机关严重失职"),
        ("标题党横行的时代如何读新闻", "标题党横行的时代如何读新闻"),  # a headline's own word
        ("主旨 : 本公司盈余转增资公告", "本公司盈余转增资公告"),  # an exchange filing's subject
        ("主旨明确的投资策略更易执行", "主旨明确的投资策略更易执行"),  # no colon: a headline's word
        ("主题：织密基金监管网 共筑医保防护线", "织密基金监管网 共筑医保防护线"),  # a press conference's, a thread's
        ("主題:央行降息答客问", "央行降息答客问"),
        ("主题投资的机会在哪里", "主题投资的机会在哪里"),  # no colon
    ],
)
def test_a_forums_title_label_goes_and_its_title_is_read(line, title):
    article, changes = recover("作者KotoriCute (昵称)", "看板Stock", line, "时间Mon Mar 21 20:38:07 2022", PARA_1)
    assert article.title == title
    cut = [c.text for c in changes if c.reason == "structure:title_prefix"]
    assert cut == ([] if title == line else [line[: len(line) - len(title)].strip()])
    assert (article.authors, article.category, article.published_at) == (
        ("KotoriCute",), "Stock", "2022-03-21T20:38:07"
    )


def test_a_labelled_title_beats_a_line_over_a_date():
    # an exchange filing: its subject labelled, then a clause number right over the date it happened
    lines = (
        "发言人 张三 发言人职称 总经理", "主旨：本公司盈余转增资公告", "符合条款第14款", "事实发生日2024-07-11", PARA_1
    )
    article, _ = recover(*lines)
    assert article.title == "本公司盈余转增资公告"
    article, _ = recover(*(line.replace("主旨：", "") for line in lines))
    assert article.title == "符合条款第14款"  # without its label the first line has no more evidence


def test_a_closing_credit_names_the_paper_and_its_reporter():
    article, _ = recover(TITLE, LEAD, PARA_1 + "（北京晚报 张品秋）", "标签：理财")
    assert (article.source_name, article.authors) == ("北京晚报", ("张品秋",))
    article, _ = recover(TITLE, LEAD, PARA_1 + "（上海 浦东）")
    assert (article.source_name, article.authors) == (None, ())


def test_an_outlet_and_its_day_glued_to_a_posts_first_line_are_read_and_the_text_stays():
    article, changes = recover("自由時報 2023/06/09 " + LEAD, PARA_1)
    assert (article.source_name, article.published_at, article.lead) == ("自由時報", "2023-06-09", (LEAD, PARA_1))
    assert ("structure:meta_line", "自由時報 2023/06/09") in [(c.reason, c.text) for c in changes]
    assert recover("自由時報 2023/06/09 12:30 " + LEAD, PARA_1)[0].published_at == "2023-06-09T12:30"
    article, _ = recover("今天下午 2023/06/09 " + LEAD, PARA_1)  # no outlet's name: a sentence's words
    assert article.source_name is None and article.lead[0].startswith("今天下午")
    article, _ = recover("每日经济新闻 2023-09-06 22:32:51", LEAD, PARA_1)  # the line alone: a meta line
    assert (article.source_name, article.published_at) == ("每日经济新闻", "2023-09-06T22:32:51")


@pytest.mark.parametrize("day", ["[2001-12-11] ", "【2001-12-11】", "2001-12-11 ", "2001年12月11日 "])
def test_a_headline_with_its_day_printed_before_it_keeps_the_headline(day):
    article, changes = recover(day + "工聯會認同供款上限不變", LEAD, PARA_1)
    assert (article.title, article.published_at) == ("工聯會認同供款上限不變", "2001-12-11")
    assert ("structure:meta_line", day.strip()) in [(c.reason, c.text) for c in changes]
    assert recover("[2001-12-11] 供款上限不變", LEAD, PARA_1)[0].title == "供款上限不變"  # six: a headline


@pytest.mark.parametrize(
    "line",
    [
        "2025-04-04 10:31:38 逾期资讯 44",  # a short word after the day: a meta line's category
        "2016-06-08 08:56:30 新华社 作者：王五",  # a meta line's fields
        "[2001-12-11] 上限不變了",  # five Chinese characters after the day: MIN_DATED_HEADLINE_HAN is six
    ],
)
def test_a_day_before_no_headline_is_read_as_before(line):
    article, changes = recover(line, TITLE, LEAD, PARA_1)
    assert article.title == TITLE
    assert line in [c.text for c in changes]


def test_a_headline_with_its_day_run_on_beats_the_first_line():
    article, _ = recover(
        "意见反馈 手机随时随地看行情", "公司公告", "国联股份：2023年年度报告摘要2024-04-29", LEAD, PARA_1
    )
    assert (article.title, article.published_at) == ("国联股份：2023年年度报告摘要", "2024-04-29")
    # a row beside it dated so too: a list of articles, each with its day — no evidence
    article, _ = recover(
        "意见反馈 手机随时随地看行情",
        "国联股份：2023年年度报告摘要2024-04-29",
        "某某股份：关于回购股份的公告2024-04-28",
        LEAD,
    )
    assert article.title == "意见反馈 手机随时随地看行情"


def test_a_date_the_page_prints_beats_the_stamp_glued_to_its_first_line():
    article, changes = recover("date 2026-02-26 25/02/2026 16:21", TITLE, PARA_1)
    assert article.published_at == "2026-02-25T16:21"
    assert ("structure:meta_line", "date 2026-02-26") in [(c.reason, c.text) for c in changes if c.is_removal]
    assert recover("date 2026-02-26 快讯", TITLE, PARA_1)[0].published_at == "2026-02-26"


@pytest.mark.parametrize(
    ("first", "source"),
    [
        ("《经济通通讯社25日专讯》积金局欢迎财政司司长公布的预算案，包括多项优化措施。", "经济通通讯社"),
        ("《本报12日讯》积金局欢迎财政司司长公布的预算案，包括多项优化措施。", None),
    ],
)
def test_a_bracketed_dateline_names_its_agency(first, source):
    assert recover(TITLE, first, PARA_1)[0].source_name == source


def test_a_forums_print_view_marks_its_header_fields():
    lines = ("-- 作者:mao5127", "-- 發布時間:2020/12/14 13:20:09", "-- " + TITLE, PARA_1)
    article, changes = recover(*lines)
    assert (article.title, article.published_at) == (TITLE, "2020-12-14T13:20:09")
    assert [c.text for c in changes if c.reason == "structure:field_mark"] == ["-- \n-- \n-- "]
    assert structure.MIN_FIELD_MARKS == 2
    article, _ = recover(TITLE, "-- 来自星星的你", PARA_1)  # one marked line: a signature, as it stands
    assert "-- 来自星星的你" in article.text


# --- a page flattened into one line: its headline before the first field ---------------------------

FLAT_HEAD = "港元汇价触及弱方兑换保证 金管局买入外汇"
FLAT_BODY = "港元汇价持续偏弱，触发弱方兑换保证。金管局在纽约时段买入港元，令银行体系总结余减少。"


@pytest.mark.parametrize(
    ("line", "title", "published_at"),
    [
        (f"{FLAT_HEAD} 2025-06-26 {FLAT_BODY}", FLAT_HEAD, "2025-06-26"),
        (f"{FLAT_HEAD} Jun 26, 2025 {FLAT_BODY}", FLAT_HEAD, "2025-06-26"),
        (f"{FLAT_HEAD} 主承销商:示例证券股份有限公司 {FLAT_BODY}", FLAT_HEAD, None),
        (f"{FLAT_HEAD}2025-06-26 {FLAT_BODY}", None, None),  # no blank before the date: a phrase's date
        (f"港元汇价偏弱，金管局买入 2025-06-26 {FLAT_BODY}", None, None),  # a sentence before it, no headline
        (f"{FLAT_HEAD} 2025-06-26 港元汇价偏弱", None, None),  # no prose after it: not a flattened page
        (f"香港联交所于 2022 年 10 月 19 日就{FLAT_BODY}", None, None),  # a date the clause's 于 governs
        (f"香港联交所 2022 年 10 月 19 日 {FLAT_BODY}", "香港联交所", "2022-10-19"),
    ],
)
def test_a_flattened_pages_headline_runs_into_its_first_field(line, title, published_at):
    article, changes = recover(line)
    assert article.title == title
    assert article.published_at == published_at
    assert not [c for c in changes if c.is_removal and FLAT_BODY in c.text]  # nothing of the body goes


@pytest.mark.parametrize("mark", ["，", ",", "、", "；"])
def test_a_date_that_opens_the_first_sentence_stays_in_it(mark):
    # 标题 2024年10月9日，…: the headline is a line apart, the date the sentence's own words (not the page's)
    article, changes = recover(f"{FLAT_HEAD} 2024年10月9日{mark}{FLAT_BODY}")
    assert (article.title, article.published_at) == (FLAT_HEAD, None)
    assert article.lead[0].startswith("2024年10月9日" + mark)
    assert not [c for c in changes if c.is_removal and "2024年10月9日" in c.text]


def test_a_flattened_pages_headline_is_a_titles_length_at_most():
    head = "金管局买入港元" * 9 + "港"  # 64 characters: max_title_chars
    assert recover(f"{head} 2025-06-26 {FLAT_BODY}")[0].title == head
    assert recover(f"{head}元 2025-06-26 {FLAT_BODY}")[0].title is None  # 65
    assert recover(f"{head} 主承销商:示例证券 {FLAT_BODY}")[0].title == head
    stamped = f"{head} 2025-06-26 10:31:38 {FLAT_BODY}"  # a date and time read whole after 64 characters
    assert recover(stamped)[0].published_at == "2025-06-26T10:31:38"


def test_a_line_of_a_titles_length_is_never_split_as_a_flattened_page():
    short = f"{FLAT_HEAD} 2025-06-26 港元汇价持续偏弱，金管局在纽约时段买入港元，银行体系总结余减少。"  # 64
    assert len(short) == 64
    assert recover(short)[0].title != FLAT_HEAD
    longer = short[:-1] + "了。"  # 65: split
    assert recover(longer)[0].title == FLAT_HEAD


def test_a_flattened_line_with_the_pages_structure_is_never_split():
    line = f"{FLAT_HEAD} 2025-06-26 {FLAT_BODY}"
    doc = Document(raw="", lines=(Line(line, Hint("paragraph")),))
    article = assemble(structure.run(doc, StructureConfig()))
    assert article.title != FLAT_HEAD


# --- an official notice's signature: who signed it and when ------------------------------------------

NOTICE_TITLE = "关于股票期权合约到期的提示公告"
NOTICE_BODY = "请各期权经营机构加强风险管理，做好投资者合约到期及行权提醒工作。"


@pytest.mark.parametrize(
    ("closing", "source_name", "published_at"),
    [
        (["特此公告", "示例证券交易所", "2022年5月20日"], "示例证券交易所", "2022-05-20"),
        (["示例科技股份有限公司董事会", "2024-01-02"], "示例科技股份有限公司董事会", "2024-01-02"),
        (["示例证券交易所", "2022年5月20日", "注：以交易所网站发布的为准。"], "示例证券交易所", "2022-05-20"),
        (["示例证券交易所", "2022年5月20日", "注：以交易所网站发布的为准。", "（完）"], None, None),  # past 3 lines
        (["示例证券交易所", "2022年5月20日发布"], None, None),  # the date is not alone on its line
        (["市场人士普遍认为", "2022年5月20日"], None, None),  # no signing body's name
        (["示例交易所", "2022年5月20日"], "示例交易所", "2022-05-20"),  # 5 characters
        (["某交易所", "2022年5月20日"], "某交易所", "2022-05-20"),  # 4: the shortest full name
        (["交易所", "2022年5月20日"], None, None),  # 3
    ],
)
def test_a_notices_signature_names_its_source_and_date(closing, source_name, published_at):
    article, _ = recover(NOTICE_TITLE, NOTICE_BODY, *closing)
    assert (article.source_name, article.published_at) == (source_name, published_at)
    assert all(line in article.text for line in closing[:2])  # read, not removed


def test_a_notices_header_date_and_source_come_before_its_signature():
    article, _ = recover(NOTICE_TITLE, "来源：示例日报 2022-05-19", NOTICE_BODY, "示例证券交易所", "2022年5月20日")
    assert (article.source_name, article.published_at) == ("示例日报", "2022-05-19")


def test_a_signing_bodys_name_is_30_characters_at_most():
    name = "示" * 25 + "股份有限公司"  # 31 characters
    assert recover(NOTICE_TITLE, NOTICE_BODY, name[1:], "2022年5月20日")[0].source_name == name[1:]
    assert recover(NOTICE_TITLE, NOTICE_BODY, name, "2022年5月20日")[0].source_name is None


@pytest.mark.parametrize(
    ("opening", "published_at"),
    [
        ("【新唐人北京时间2023年03月13日讯】", "2023-03-13"),
        ("【大纪元2023年03月13日讯】", "2023-03-13"),
        ("【大紀元2023年03月13日訊】", "2023-03-13"),
        ("【2023年03月13日讯】", "2023-03-13"),
        ("【大纪元03月13日讯】", None),  # no year: the date needs a reference date we lack
        ("大纪元2023年03月13日讯", None),  # not bracketed
    ],
)
def test_a_bracketed_dateline_with_its_year_dates_the_article(opening, published_at):
    article, _ = recover(TITLE, opening + "美国硅谷银行寻求部分增资失败后，在短短48小时内倒闭。", PARA_1)
    assert article.published_at == published_at
    assert opening in article.text  # the article's own first words: read, not removed


def test_a_bracketed_reporter_may_follow_an_outlets_dated_bracket():
    line = "【新唐人北京时间2023年03月13日讯】（新唐人记者张三报导）美国硅谷银行寻求增资失败后倒闭。"
    article, _ = recover(TITLE, line, PARA_1)
    assert (article.authors, article.published_at) == (("张三",), "2023-03-13")


# --- the rules' edges the mutation run of structure found unpinned -------------------------------


def test_a_month_stamp_reads_months_1_to_12():
    for month, read in (("00", None), ("01", "2020-01"), ("12", "2020-12"), ("13", None)):
        article, _ = recover(f"date 2020-{month} 中美角力升级以来，北水动力进一步缩减。", TITLE, PARA_1)
        assert article.published_at == read


def test_the_rest_of_a_stamped_first_line_keeps_that_lines_hint():
    # the text after the stamp is the first line's, with its hint: not the next line's heading
    item = Hint("item", 1, ordered=False)
    lines = (Line("date 2025-12-18 " + LEAD), Line("市场回顾", Hint("heading", 2)), Line(PARA_1), Line(PARA_2, item))
    article = assemble(structure.run(Document(raw="", lines=lines), StructureConfig()))
    assert article.published_at == "2025-12-18"
    assert article.lead == (LEAD,)
    assert [s.heading for s in article.sections] == ["市场回顾"]
    assert paragraphs(article) == [PARA_1]
    assert [b.items for b in lists(article)] == [(PARA_2,)]


@pytest.mark.parametrize(
    ("field", "lead"),
    [
        ("2025-06-26", (FLAT_BODY,)),
        ("主承销商:示例证券股份有限公司", ("主承销商:示例证券股份有限公司 " + FLAT_BODY,)),
    ],
)
def test_a_flattened_first_line_is_split_and_the_lines_under_it_stay(field, lead):
    article, _ = recover(f"{FLAT_HEAD} {field} {FLAT_BODY}", PARA_1)
    assert article.title == FLAT_HEAD
    assert article.lead == (*lead, PARA_1)


def test_the_last_paragraph_above_the_trailer_credits_its_source():
    # the body's one paragraph, with a prev/next line under it: the source closes that paragraph
    article, changes = recover(TITLE, PARA_1 + "（来源：示例日报）", "上一篇：央行开展逆回购操作")
    assert article.source_name == "示例日报"
    assert article.lead == (PARA_1 + "（来源：示例日报）",)
    assert reasons(changes) == ["structure:prev_next"]


def test_the_headline_the_text_repeats_once_the_sites_glue_is_cut_goes():
    from cleaner.document import Candidate

    prev = "上一篇：央行开展逆回购操作"
    lines = ("中华人民共和国监察法-纪检", "2017-11-08 16:22", "中华人民共和国监察法", PARA_1, prev)
    evidence = (Candidate("keywords", "纪检", "meta"),)
    doc = structure.run(Document(raw="", lines=tuple(map(Line, lines)), evidence=evidence), StructureConfig())
    article = assemble(doc)
    assert article.title == "中华人民共和国监察法"
    assert article.lead == (PARA_1,)
    assert [(c.reason, c.text) for c in doc.changes if c.reason in ("structure:title_echo", "structure:prev_next")] == [
        ("structure:title_echo", "中华人民共和国监察法"), ("structure:prev_next", prev)
    ]
    doc = structure.run(Document(raw="", lines=tuple(map(Line, lines[:2] + lines[3:])), evidence=evidence),
                        StructureConfig())
    assert assemble(doc).lead == (PARA_1,)  # no repeat: the first paragraph stays


def test_no_closing_source_is_read_when_the_body_is_all_header_or_trailer():
    assert recover(TITLE)[0].lead == ()  # no body at all: nothing to read
    article, changes = recover(TITLE, "免责声明：本文仅供参考。（来源：示例日报）")
    assert (article.source_name, reasons(changes)) == (None, ["structure:disclaimer"])  # the trailer's, not the text's


def test_an_editors_bracket_is_read_in_the_last_10_lines_of_the_text():
    furniture = [f"热门话题第{n}期" for n in "一二三四五六七八九十"]
    closing = PARA_1 + "（编辑：谢小璇）"
    assert recover(TITLE, LEAD, closing, *furniture[:9])[0].editor == "谢小璇"  # the 10th line from the end
    assert recover(TITLE, LEAD, closing, *furniture)[0].editor is None  # the 11th
    assert recover(TITLE, LEAD, closing, furniture[0])[0].editor == "谢小璇"  # not only the last line
    assert recover(TITLE, closing)[0].editor == "谢小璇"  # the body's first line too


def test_a_dateline_is_looked_for_in_the_first_3_paragraphs_after_the_header():
    # notices above the headline stay in the body, ahead of the article's first words
    notices = [f"第{n}条站点提示，说明本站如何使用相关技术与隐私规范，关闭视窗即视为同意。" for n in "一二三"]
    dateline = "（示例社记者王明远北京2日电）" + LEAD
    after = [f"第{n}段引子，说明本文的来由与背景，篇幅不长但也成段落。" for n in "一二三"]
    head = (*notices, TITLE, "2024-05-01 10:00")
    article, _ = recover(*head, dateline, PARA_1)
    assert (article.title, article.authors) == (TITLE, ("王明远",))
    assert recover(*head, *after[:2], dateline, PARA_1)[0].authors == ("王明远",)  # the third
    assert recover(*head, *after, dateline, PARA_1)[0].authors == ()  # the fourth


def test_an_outlet_cut_from_the_titles_end_is_the_source_only_when_the_page_names_none():
    assert recover("示例投资信托表现亮眼|联合早报", LEAD, PARA_1)[0].source_name == "联合早报"
    assert recover("示例投资信托表现亮眼|联合早报", "来源：示例日报", LEAD, PARA_1)[0].source_name == "示例日报"


def test_an_unlabelled_datelines_reporters_are_the_authors():
    first = "新华社北京5月19日电（刘艺、杨吉）中国科学院专家19日介绍，贷款余额同比增长。"
    assert recover(TITLE, first, PARA_1)[0].authors == ("刘艺", "杨吉")


def test_a_body_byline_naming_more_than_the_headers_author_names_them_all():
    article, _ = recover(TITLE, "作者：张三", LEAD, "记者：张三 李四", PARA_1)
    assert article.authors == ("张三", "李四")
    assert article.lead == (LEAD, PARA_1)
    assert clean(article.text).text == article.text


def test_a_closing_credits_outlet_does_not_replace_the_headers_source():
    article, _ = recover(TITLE, "来源：示例日报", LEAD, PARA_1 + "（北京晚报 张品秋）")
    assert (article.source_name, article.authors) == ("示例日报", ("张品秋",))


def test_a_paragraph_opened_by_the_outlet_it_relays_names_the_source():
    assert recover(TITLE, "据中证报，近期多家券商撤销营业部。", PARA_1)[0].source_name == "中证报"
    # the name in title marks or quotes, after its place of up to four characters
    relayed = "近期多家券商撤销营业部。"
    for opening, source in [
        ("据美国《华尔街日报》报道，", "华尔街日报"),
        ("據臺灣“今日新聞網”報道，", "今日新聞網"),
        ("据美国加州《华尔街日报》报道，", "华尔街日报"),
        ("据美国纽约州《华尔街日报》报道，", None),  # five: a clause
        ("据《管理办法》规定，", None),  # a rule, not an outlet
        ("据“知情人士”透露，", None),
    ]:
        assert recover(TITLE, opening + relayed, PARA_1)[0].source_name == source
    # the reporters' bracket alone on the second line goes: the window's last place is past the body's end
    article, _ = recover(TITLE, LEAD, "（记者 安然）", PARA_1)
    assert (article.authors, article.source_name, article.lead) == (("安然",), None, (LEAD, PARA_1))


def test_two_marked_lines_are_a_print_views_fields():
    article, changes = recover("-- 作者:mao5127", "-- " + TITLE, PARA_1)
    assert (article.title, article.authors, article.lead) == (TITLE, ("mao5127",), (PARA_1,))
    assert [c.text for c in changes if c.reason == "structure:field_mark"] == ["-- \n-- "]


def test_a_labelled_title_line_is_read_once():
    forum = ("作者KotoriCute (昵称)", "看板Stock", "标题[新闻] 主管机关严重失职", "时间Mon Mar 21 20:38:07 2022")
    article, _ = recover(*forum, PARA_1)
    assert (article.title, article.lead) == ("主管机关严重失职", (PARA_1,))


def test_a_byline_row_with_the_first_sentence_run_on_after_its_date():
    article, changes = recover(TITLE, "作者：赵一帆 罗石玲 2023-04-03" + LEAD, PARA_1)
    assert (article.authors, article.published_at, article.lead) == (("赵一帆", "罗石玲"), "2023-04-03", (LEAD, PARA_1))
    assert not [c for c in changes if c.is_removal and LEAD in c.text]  # nothing of the sentence goes
    again = clean(article.text)
    assert again.text == article.text
    spaced, _ = recover(TITLE, "作者：赵一帆 罗石玲 2023-04-03 " + LEAD, PARA_1)  # a blank between: the same
    assert (spaced.authors, spaced.published_at, spaced.lead) == (article.authors, article.published_at, article.lead)
    article, _ = recover(TITLE, "2023-04-03" + LEAD, PARA_1)  # no label: a date in a paragraph
    assert article.lead[0].startswith("2023-04-03")


def test_a_government_notices_labelled_name_is_its_title():
    block = ("索 引 号：40000895X/ 分类：行政处罚", "发布机构：证监会 发文日期：2021年09月02日")
    article, changes = recover(*block, "名  称：中国证监会行政处罚决定书（示例公司）", "文  号：〔2021〕66号", PARA_1)
    assert (article.title, article.source_name, article.published_at) == (
        "中国证监会行政处罚决定书（示例公司）", "证监会", "2021-09-02"
    )
    assert ("structure:title_prefix", "名  称：") in [(c.reason, c.text) for c in changes]
    named = "中国证监会行政处罚决定书（示例公司）"
    assert recover(*block, "名称啊：" + named, PARA_1)[0].title != named  # 名称啊 is no label


def test_a_labelled_title_with_the_article_run_on_is_cut_at_its_last_colon_a_title_in():
    head = "揭秘期货铁矿石交易限制：背后的逻辑与影响"
    run_on = (
        "铁矿石作为全球钢铁生产的重要原材料，其价格波动对钢铁行业乃至整个经济体系都有着深远的影响。"
        "近年来政策频出。"
    )
    article, _ = recover("标题：" + head + "：" + run_on, PARA_1)
    assert article.title == head and article.lead == (run_on, PARA_1)
    again = clean(article.text)
    assert (again.title, again.text) == (article.title, article.text)
    short = "标题：" + head + "：" + "铁矿石价格波动加剧"  # a title's length: no article run on
    assert recover(short, PARA_1)[0].title == head + "：铁矿石价格波动加剧"
    longest = StructureConfig().max_title_chars
    assert longest == 64
    far = "标题：" + "甲" * (longest + 1) + "：" + run_on  # no colon a title's length in: nothing to cut
    assert recover(far, PARA_1)[0].title != "甲" * (longest + 1)


def test_a_body_byline_is_a_line_of_150_characters_at_most_with_no_sentence():
    byline = "作者：王小明 " + "示" * 141 + "日报"  # 150 characters
    article, changes = recover(TITLE, LEAD, PARA_1, PARA_2, byline, PARA_3)
    assert (article.authors, reasons(changes)) == (("王小明",), ["structure:byline"])
    longer = byline[:-2] + "示日报"  # 151
    assert recover(TITLE, LEAD, PARA_1, PARA_2, longer, PARA_3)[0].authors == ()
    footnote = "作者：张三 李四 *实习生王五对本文亦有贡献。"  # a byline the meta reader reads, but a sentence
    article, _ = recover(TITLE, LEAD, PARA_1, PARA_2, footnote, PARA_3)
    assert (article.authors, article.lead[3]) == ((), footnote)


def test_a_flattened_pages_field_is_read_up_to_the_96th_character():
    field = "主承销商:示例证券股份有限公司 "
    for label_at, title in ((90, FLAT_HEAD), (91, None)):  # the field's first value character at 95, at 96
        line = FLAT_HEAD + " " * (label_at - len(FLAT_HEAD)) + field + FLAT_BODY
        assert recover(line)[0].title == title


def test_a_date_opening_a_flattened_line_is_no_cut_whatever_ends_the_window():
    start = "2025年6月26日 " + FLAT_HEAD + " 主承销商:示例证券股份有限公司"
    line = start + " " * (96 - len(start)) + FLAT_BODY  # a blank as the window's last character
    article, _ = recover(line)
    assert article.published_at == "2025-06-26"
    assert article.lead[0].startswith("主承销商:")  # split at the field, the date in the headline's part
    # a date after a blank the strip leaves (an em space): the cut before it leaves no headline
    assert recover("\u2003" + line)[0].lead[0] == "\u2003" + line


@pytest.mark.parametrize(
    ("closing", "source", "stays"),
    [
        (PARA_1 + " <摘錄經濟> |", "經濟", True),  # glued to the last paragraph: read, the text stays
        ("<摘录工商>", "工商", False),  # alone under the story: a source line, taken out
        ("〈摘自工商时报〉", "工商时报", False),
        ("<摘录>", None, True),  # no paper named
        (PARA_1 + " 摘录经济", None, True),  # no tag's brackets: the paragraph's words
    ],
)
def test_a_broker_sites_excerpt_tag_names_the_paper(closing, source, stays):
    article, _ = recover(TITLE, LEAD, PARA_1, closing)
    assert article.source_name == source
    assert (closing in article.text) is stays


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("半导体业景气与行业发展之探讨（今日合库）", "半导体业景气与行业发展之探讨"),  # the outlet credited below
        # another bracket: the title's own words
        ("半导体业景气与行业发展之探讨（上篇）", "半导体业景气与行业发展之探讨（上篇）"),
        ("四字标题（今日合库）", "四字标题（今日合库）"),  # four characters would be left: under MIN_TITLE_CHARS
    ],
)
def test_the_credited_outlet_in_brackets_after_the_headline_is_cut(headline, title):
    article, changes = recover(headline, "刘佩真", "2022/12/01", "本文刊登于今日合库，第575期", LEAD, PARA_1)
    assert (article.title, article.source_name) == (title, "今日合库")
    assert (("structure:title_suffix", "（今日合库）") in [(c.reason, c.text) for c in changes]) is (title != headline)


@pytest.mark.parametrize(
    ("heading", "source"),
    [
        ("更多 NOWnews 今日新聞 報導", "NOWnews 今日新聞"),
        ("更多 示例新闻网 报道", "示例新闻网"),
        ("更多报道", None),  # no outlet named: an ordinary more-link, no trailer heading we know
    ],
)
def test_a_portals_more_from_the_outlet_heading_names_the_source(heading, source):
    links = ["健保亏损要涨保费！民众党团办公听会提开源节流解方", "台股站稳万四！大涨155点、收在14132点 再创历史新高"]
    article, _ = recover(TITLE, LEAD, PARA_1, heading, *links)
    assert article.source_name == source
    assert (links[0] in article.text) is (source is None)


def test_a_report_file_names_broker_and_day_are_its_source_and_date():
    article, _ = recover(">> 国信证券-海外市场速览：维持短线看多美股-231008", LEAD, PARA_1)
    assert (article.title, article.source_name, article.published_at) == (
        "海外市场速览：维持短线看多美股",
        "国信证券",
        "2023-10-08",
    )


def test_an_editors_signature_under_the_standfirst_is_read_and_taken_out():
    article, changes = recover(TITLE, "2025/08/20 06:20", LEAD, "蔡百灵／核稿编辑", PARA_1, PARA_2)
    assert article.editor == "蔡百灵"
    assert ("structure:editor", "蔡百灵／核稿编辑") in [(c.reason, c.text) for c in changes]
    assert article.lead == (LEAD, PARA_1, PARA_2)


@pytest.mark.parametrize(
    ("credit", "source"),
    [
        ("（中国钢材网原创，转载请注明来源）", "中国钢材网"),  # the reprint notice goes, its outlet is the source
        ("（本文为示例网原创，转载请注明出处）", "示例网"),
        ("（张三原创，转载请注明来源）", None),  # a person's, no outlet's
    ],
)
def test_an_outlets_own_story_notice_names_the_source(credit, source):
    article = clean("\n".join((TITLE, LEAD, PARA_1, credit)))
    assert article.source_name == source
    assert credit not in article.text  # a reprint notice either way: boilerplate


def test_a_brokers_desk_before_its_analyst_is_the_source():
    article, _ = recover(TITLE, "作者:东海期货 刘慧峰", LEAD, PARA_1)
    assert (article.source_name, article.authors) == ("东海期货", ("刘慧峰",))
    article, _ = recover(TITLE, "作者:东海 刘慧峰", LEAD, PARA_1)  # no firm's kind: no source
    assert article.source_name is None
