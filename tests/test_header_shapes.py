"""header: line shapes held-out pages showed as false titles, and a headline printed twice with a
site's glue on one copy. Each rule at its boundary, one side and the other."""

import pytest

from cleaner.config import StructureConfig
from cleaner.stages import header, title_shapes
from cleaner.stages.title_shapes import is_title_like

from .header_pages import OTHER, P1, TITLE, recover, removed

SETTINGS = StructureConfig()


# --- lines that are no title -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "title_like"),
    [
        ("外汇黑网站", False),  # a site's word ends it: a site's name
        ("怎么举报外汇黑网站", True),  # a question names no site
        ("哪些外汇平台是正规的？", True),
        ("美文网首页", False),  # a link back to a site's home
        ("美文网首页推荐文章排行", True),
    ],
)
def test_a_question_names_no_site_and_a_home_link_is_no_title(line, title_like):
    assert is_title_like(line, SETTINGS) is title_like


@pytest.mark.parametrize(
    ("line", "title_like"),
    [
        ("上海证券交易所服务热线：400-8888-400 APP下载 微博微信", False),
        ("贷款就上某某贷款咨询热线:400-9920072", False),
        ("客服电话 010-12345678", False),
        ("热线问答 | 关于半年度业绩预告", True),  # a hotline's column, no number
        ("全国热线电话量同比增长12%", True),  # a figure, not a phone number
    ],
)
def test_a_contact_line_with_its_number_is_no_title(line, title_like):
    assert is_title_like(line, SETTINGS) is title_like


@pytest.mark.parametrize(
    ("line", "title_like"),
    [
        ("8 五月 02:00", False),
        ("2025年10月13日 星期一", False),
        ("十月 13日", False),
        ("8月份CPI同比上涨2.2%", True),  # a date's words and a headline's
        ("五月 黄金 02", True),  # no time, no dated number: words
    ],
)
def test_a_stamp_alone_in_any_date_words_is_no_title(line, title_like):
    assert is_title_like(line, SETTINGS) is title_like


@pytest.mark.parametrize(
    ("line", "title_like"),
    [
        ("#搜索话题全勤挑战赛7月#", False),
        ("#搜索话题全勤挑战赛7月", True),  # one mark: a headline may open with a hash
        ("| 特性 | 外汇交易 |", False),  # three bars: a row of cells
        ("| 外汇交易入门指南 |", True),  # two: one cell, a headline between bars
        ("展开导航菜单", False),  # a menu's toggle (page_tools)
    ],
)
def test_a_topic_tag_a_table_row_and_a_menu_toggle_are_no_title(line, title_like):
    assert is_title_like(line, SETTINGS) is title_like


def test_a_latin_line_is_no_title_beside_a_chinese_one():
    article, _ = recover("Shopping Cart", TITLE, P1)
    assert article.title == TITLE
    assert "Shopping Cart" in article.text  # not a title, not taken out


def test_a_latin_line_stays_the_title_when_no_line_has_two_chinese_characters():
    # one Han character is not a Chinese headline's words: the Latin line keeps the first place
    article, _ = recover("Shopping Cart", "A股", P1)
    assert article.title == "Shopping Cart"
    article, _ = recover("Shopping Cart Review", "A股行情", P1)
    assert article.title == "A股行情"


def test_a_latin_label_title_is_read_as_the_title():
    article, changes = recover("Title：" + TITLE, P1)
    assert article.title == TITLE
    assert ("structure:title_prefix", "Title：") in removed(changes)


# --- a headline's copy with a site's glue ------------------------------------------------------------


def test_the_pages_title_with_its_sites_tagline_over_the_headline_is_its_echo():
    article, changes = recover(f"{TITLE} - 生活百科实用知识分享", TITLE, P1)
    assert article.title == TITLE
    assert ("structure:title_echo", f"{TITLE} - 生活百科实用知识分享") in removed(changes)
    assert article.category is None


def test_a_tagline_with_a_figure_is_a_subtitle_not_glue():
    line = f"{TITLE} - 释放资金1万亿元"
    article, _ = recover(line, TITLE, P1)
    assert line in article.text


def test_a_column_before_the_headlines_copy_is_its_category():
    article, changes = recover(OTHER + "的口号", "贷款攻略 " + TITLE, TITLE, P1)
    assert article.title == TITLE
    assert article.category == "贷款攻略"
    assert ("structure:title_echo", "贷款攻略 " + TITLE) in removed(changes)


@pytest.mark.parametrize(
    ("label", "glued"),
    [("示例理财网", True), ("示例理财网站", True), ("评论", False)],
)
def test_a_sites_name_as_the_label_of_the_headlines_copy_is_glue(label, glued):
    # 某某网：标题 is the site's <title>; 评论：标题 a label the page gives its headline (kept)
    line = f"{label}：{TITLE}"
    article, changes = recover(line, TITLE, P1)
    assert article.title == TITLE
    assert (("structure:title_echo", line) in removed(changes)) is glued
    assert (line in article.text) is not glued


@pytest.mark.parametrize(
    ("mark", "glued"),
    [
        ("119、", True),  # a list's number
        ("【国君非银|全球保险资管镜览系列报告之一】", True),  # a series' name in brackets
        ("【" + "一" * header.MAX_GLUE_CHARS + "】", True),
        ("【" + "一" * (header.MAX_GLUE_CHARS + 1) + "】", False),  # longer: the page's own words
        ("12345、", False),  # no list counts so far: a figure
    ],
)
def test_a_list_number_or_series_before_the_headlines_copy_is_glue(mark, glued):
    line = mark + TITLE
    article, changes = recover(line, TITLE, P1)
    assert (article.title == TITLE) is glued
    assert (("structure:title_echo", line) in removed(changes)) is glued
    assert article.category is None


@pytest.mark.parametrize("between", ["首页 > 理财 > 银行理财", "首页 | 新闻 | 理财 | 基金 | 保险"])
@pytest.mark.parametrize("copy", [f"{TITLE}_示例理财网", f"示例理财网：{TITLE}", f"贷款攻略 {TITLE}"])
def test_the_headlines_glued_copy_higher_up_is_its_echo(between, copy):
    # the <title> printed at the page's top, a breadcrumb or a nav bar between it and the headline
    article, changes = recover(copy, between, TITLE, "2024-03-05 10:20 来源：示例理财网", P1)
    assert article.title == TITLE
    assert ("structure:title_echo", copy) in removed(changes)


def test_a_line_higher_up_that_says_more_than_the_headline_stays():
    line = f"{TITLE} - 释放资金1万亿元"  # a subtitle with its figures: the page's words
    article, _ = recover(line, "首页 > 理财 > 银行理财", TITLE, "2024-03-05 10:20 来源：示例理财网", P1)
    assert article.title == TITLE
    assert line in article.text


@pytest.mark.parametrize(("column", "glued"), [("一二三四五六", True), ("一二三四五六七", False)])
def test_a_column_before_the_headline_is_at_most_max_column_chars(column, glued):
    # longer, it is a kicker's clause: the crawler's title saying more than the headline (kept)
    assert header.MAX_COLUMN_CHARS == 6
    article, _ = recover(f"{column} {TITLE}", TITLE, P1)
    assert (f"{column} {TITLE}" not in article.text) is glued


# --- an outlet alone over the article's dateline ----------------------------------------------------


def test_an_outlet_alone_over_the_dateline_is_the_source():
    article, changes = recover(TITLE, "张军", "中国证券报·中证网", "中证网讯（记者 张军）" + P1)
    assert article.source_name == "中国证券报·中证网"
    assert ("structure:meta_line", "中国证券报·中证网") in removed(changes)


def test_an_outlet_alone_over_a_paragraph_without_dateline_stays_unless_right_under_the_headline():
    article, _ = recover(TITLE, "某某快讯", "中国证券报·中证网", P1)  # under another line: a heading's place
    assert article.source_name is None
    assert "中国证券报·中证网" in article.text
    article, changes = recover(TITLE, "中国证券报·中证网", P1)  # right under the headline: its credit
    assert article.source_name == "中国证券报·中证网"
    assert ("structure:meta_line", "中国证券报·中证网") in removed(changes)


def test_a_reporters_name_glued_before_the_outlet_is_the_writer_when_the_dateline_names_him():
    article, _ = recover(TITLE, "昝秀丽中国证券报·中证网", "中证网讯（记者 昝秀丽）" + P1)
    assert (article.authors, article.source_name) == (("昝秀丽",), "中国证券报·中证网")


def test_a_name_the_dateline_does_not_say_is_not_split_off_the_outlet():
    article, _ = recover(TITLE, "齐鲁晚报网", "中证网讯（记者 张军）" + P1)
    assert article.source_name == "齐鲁晚报网"
    assert "齐鲁" not in article.authors


def test_a_label_before_the_headlines_copy_is_no_column():
    article, _ = recover("评论：" + TITLE, TITLE, P1)
    assert "评论：" + TITLE in article.text
    article, _ = recover("评论 | " + TITLE, TITLE, P1)
    assert article.category == "评论"


# --- a headline broken over two lines, and a paper named in 《》 ------------------------------------


@pytest.mark.parametrize(
    ("head", "tail", "joined"),
    [
        ("王国庆：中国经济仍将是世界经济最强劲的", "“发动机”", True),  # a quoted term alone
        ("中国经济仍将是世界经济最强劲的", "发动机", True),  # after 的, which leads on
        ("中国经济仍将是世界经济最强劲", "发动机", False),  # a headline may end there: the line is other words
        ("中国经济仍将是世界经济最强劲的", "《人民日报》", False),  # the paper it ran in
    ],
)
def test_the_headlines_end_broken_onto_the_line_over_its_meta_line(head, tail, joined):
    assert title_shapes.MAX_TITLE_TAIL_CHARS == 8
    article, _ = recover(head, tail, "2017-03-02 17:39", P1)
    assert (article.title == head + tail) is joined


def test_a_headlines_broken_end_is_short():
    assert title_shapes._second_half("中国经济仍将是世界经济最强劲的", "新一代增长发动机")  # MAX_TITLE_TAIL_CHARS
    assert not title_shapes._second_half("中国经济仍将是世界经济最强劲的", "新一代的增长发动机")


def test_a_tail_needs_the_meta_line_under_it():
    article, _ = recover("中国经济仍将是世界经济最强劲的", "“发动机”", P1)
    assert article.title == "中国经济仍将是世界经济最强劲的"


@pytest.mark.parametrize(("line", "source"), [("《示例日报》", "示例日报"), ("《示例周刊》", "示例周刊")])
def test_a_paper_named_in_title_marks_beside_the_date_is_the_source(line, source):
    article, changes = recover(TITLE, line, "2017-03-02 17:39", P1)
    assert article.title == TITLE
    assert article.source_name == source
    assert ("structure:meta_line", line) in removed(changes)


# --- a column's name over a headline printed twice --------------------------------------------------


@pytest.mark.parametrize(
    ("column", "headline_first"),
    [
        ("投资者教育", True),  # a column's short name: the doubled line below takes the first place
        ("投资者教育园", True),  # six characters: MAX_COLUMN_CHARS
        ("投资者教育园地", False),  # seven: a headline of its own may be that short, it keeps its place
    ],
)
def test_a_columns_name_over_a_doubled_headline_gives_it_the_first_place(column, headline_first):
    assert header.MAX_COLUMN_CHARS == 6
    article, _ = recover(column, TITLE, TITLE, P1)
    assert (article.title == TITLE) is headline_first


def test_the_first_line_keeps_its_place_over_a_line_said_once():
    article, _ = recover("投资者教育", TITLE, P1)
    assert article.title == "投资者教育"


@pytest.mark.parametrize(
    ("tag", "echo"),
    [
        ("抚顺特钢案", True),  # one short word after a blank: a tag the page links beside its <title>
        ("抚顺特钢案例", True),  # MAX_TAG_CHARS: six
        ("抚顺特钢案例分析", False),  # longer: words of a title of its own
        ("2021案", False),  # figures: a subtitle's
    ],
)
def test_a_tag_beside_the_headlines_copy(tag, echo):
    assert header.MAX_TAG_CHARS == 6
    line = f"{TITLE} {tag}"
    article, changes = recover(line, TITLE, P1)
    assert (("structure:title_echo", line) in removed(changes)) is echo
    assert (article.title == TITLE) is echo  # otherwise the longer first line is a headline of its own


@pytest.mark.parametrize("label", ["发文标题：", "文件标题: ", "法规标题："])
def test_a_regulation_records_title_field_is_its_title(label):
    article, changes = recover("税费法规", label + TITLE, "发文时间: 2021-1-5", P1)
    assert article.title == TITLE
    assert ("structure:title_prefix", label.strip()) in removed(changes)


@pytest.mark.parametrize(
    ("subtitle", "headline_kept"),
    [
        ("一般公共预算总收入312.74亿元，所有县财政收入全面实现增收", True),  # clauses: a subtitle
        ("一般公共预算总收入312.74亿元 所有县财政收入全面实现增收", False),  # no clause: a headline of its own
    ],
)
def test_a_subtitles_clauses_between_the_headline_and_the_dateline(subtitle, headline_kept):
    head = "示例市财政收入实现一季度开门红"
    dateline = "示例晚报4月25日讯（记者 蔡紫旻）今年以来，全市财政部门平稳实现首季开门红，收入增长百分之十二。"
    article, _ = recover(head, subtitle, dateline)
    assert (article.title == head) is headline_kept


@pytest.mark.parametrize(
    ("line", "title_like"),
    [
        ("基金代码 | 519993 | ||||||||", False),  # a Markdown row, its first bar left out
        ("海外投资策略 | 经济周期随笔六 |", False),  # MIN_ROW_BARS: two, the last closing the row
        ("热线问答 | 关于半年度业绩预告", True),  # one bar, none closing: a column before a headline
    ],
)
def test_a_table_row_without_its_first_bar_is_no_title(line, title_like):
    assert title_shapes.MIN_ROW_BARS == 2
    assert is_title_like(line, SETTINGS) is title_like


def test_a_title_labelled_in_a_tables_cell():
    article, changes = recover("标题 | " + TITLE + " | ||||||||", P1)
    assert article.title == TITLE
    assert ("structure:title_prefix", "标题 |") in removed(changes)


@pytest.mark.parametrize(
    ("line", "title_like"),
    [
        ("示例材料流通协会，欢迎您！", False),  # the site greeting its visitor
        ("欢迎光临示例公司官网！", False),
        ("外资欢迎你！中国市场大门越开越大", True),  # a headline's words
        ("欢迎来到低利率时代", True),
    ],
)
def test_a_sites_greeting_is_no_title(line, title_like):
    assert is_title_like(line, SETTINGS) is title_like


@pytest.mark.parametrize(
    ("row", "menu"),
    [
        ("APP 基金吧", True),  # a menu's short row between its rows
        ("示例基金 评级观察", True),  # words of up to MAX_MENU_WORD_CHARS
        ("示例基金公司 评级观察", False),  # a longer word: a headline's words
        ("示例 基金 评级 观察", False),  # MIN_MENU_WORDS words: a menu row of its own, judged as one
    ],
)
def test_a_menus_short_row_between_its_rows(row, menu):
    from cleaner.document import Line

    lines = [Line(text) for text in ("对话 研究 要闻 研报 私募", row, "开户 超市 优选基金 定投频道 活期盈")]
    assert title_shapes._menus_last_words(lines, 1) is menu
    assert not title_shapes._menus_last_words([Line(row), Line(TITLE)], 0)  # no menu beside it


def test_a_menus_short_row_is_not_taken_for_the_title():
    article, _ = recover("对话 研究 要闻 研报 私募", "APP 基金吧", "开户 超市 优选基金 定投频道 活期盈", TITLE, P1)
    assert article.title == TITLE


@pytest.mark.parametrize(
    ("line", "title", "day", "issuer"),
    [
        (f"{TITLE}-20190217-示例证券-11页.pdf", TITLE, "2019-02-17", "示例证券"),  # a report's file name
        (f"{TITLE}-20190217-示例证券-11页", TITLE, "2019-02-17", "示例证券"),
        (f"{TITLE}-20190217-示例证券", f"{TITLE}-20190217-示例证券", None, None),  # no page count: no file name
    ],
)
def test_a_research_reports_file_name_as_the_title(line, title, day, issuer):
    article, _ = recover(line, P1)
    assert (article.title, article.published_at, article.source_name) == (title, day, issuer)


def test_a_breadcrumb_set_as_a_lists_first_item():
    article, changes = recover(f"1. 首页 > 综合百科 > {TITLE}", TITLE, P1)
    assert (article.title, article.category) == (TITLE, "综合百科")
    assert ("structure:breadcrumb", f"1. 首页 > 综合百科 > {TITLE}") in removed(changes)
    # a numbered comparison, no home first, stays a list item: no path read, no line removed
    article, changes = recover(TITLE, "1. 收益率 > 通胀 > 存款利率", P1)
    assert article.category is None
    assert not [reason for reason, _ in removed(changes) if reason == "structure:breadcrumb"]
    assert "收益率 > 通胀 > 存款利率" in article.text


@pytest.mark.parametrize(
    ("line", "title_like"),
    [
        ("示例科技：关于变更注册资本并办理工商变更登记的公告", True),  # 注册资本: a headline's word
        ("科创板注册制改革一周年", True),
        ("注册会计师考试报名开始", True),
        ("会员登录 免费注册", False),  # the words end their phrase: the site's links
        ("用户登录后查看全文", False),  # the page asking its reader to sign in
    ],
)
def test_sign_in_words_inside_a_headlines_words(line, title_like):
    assert is_title_like(line, SETTINGS) is title_like


@pytest.mark.parametrize(
    ("line", "title_like"),
    [("昨收盘：0.000今开盘：0.000最高价：0.000", False), ("昨收盘：0.000今开盘：0.000", True)],
)
def test_a_quote_widgets_fields_are_no_title(line, title_like):
    assert title_shapes.MIN_QUOTE_FIELDS == 3
    assert is_title_like(line, SETTINGS) is title_like


def test_a_slogan_broken_over_two_lines_is_no_title():
    # 理财、金融、保险 / 等知识简单易懂: one sentence, its second half opening with a word no line opens with
    article, _ = recover("理财、金融、保险、贷款、虚拟货币", "等知识简单易懂一秒就通！", TITLE, P1)
    assert article.title == TITLE
    # a line under the title that opens otherwise leaves the first line the title
    article, _ = recover("理财、金融、保险、贷款、虚拟货币", "知识简单易懂一秒就通！", P1)
    assert article.title == "理财、金融、保险、贷款、虚拟货币"


def test_share_prompts_are_furniture():
    from cleaner.config import BoilerplateConfig
    from cleaner.stages.boilerplate import line_kind

    for line in ("点击右上角微信好友", "请使用浏览器分享功能进行分享"):
        assert line_kind(line, BoilerplateConfig()) == "boilerplate:site_notice"


@pytest.mark.parametrize(
    ("line", "title_like"),
    [
        ("刊物 / 文章", False),
        ("股市 / 债市 / 汇市", False),
        ("央行降准/释放资金", True),  # no blanks round the slash: a headline's two clauses
        ("央行降准 / 释放长期资金一万亿", True),  # a part over six characters: a clause, no section's name
    ],
)
def test_a_sections_path_between_spaced_slashes_is_no_title(line, title_like):
    assert is_title_like(line, SETTINGS) is title_like


def test_a_column_over_the_papers_date_stamps_over_the_headline_is_its_category():
    article, changes = recover("财经", "出版：2026-Mar-10 04:00", "更新：2026-Mar-10 04:00", TITLE, P1)
    assert (article.title, article.category, article.published_at) == (TITLE, "财经", "2026-03-10T04:00")
    assert ("structure:masthead", "财经") in removed(changes)
    # a line between that says more than a day (its outlet): the word above is no column over the headline
    article, _ = recover("财经", "来源：示例日报 2026-03-10", TITLE, P1)
    assert article.category is None


@pytest.mark.parametrize(
    ("row", "feed"),
    [
        ("知乎日报  ·  蛇年喝蛇果，要被好运缠上啦！ ·  昨天", True),
        ("知乎日报  ·  知乎电子书年度书单发布！ ·  3 天前", True),
        ("知乎日报 · 知乎电子书年度书单发布！ · 2024-12-30", True),
        ("知乎电子书年度书单发布！ ·  3 天前", False),  # two parts (MIN_FEED_PARTS is three)
        ("知乎日报  ·  知乎电子书  ·  年度书单发布", False),  # no day last: a headline's parts
    ],
)
def test_a_feeds_row_is_no_title(row, feed):
    assert is_title_like(row, StructureConfig()) is not feed


@pytest.mark.parametrize("heading", ["相关文章推荐", "相关文章"])
def test_a_trailer_heading_is_no_title(heading):
    assert not is_title_like(heading, StructureConfig())


def test_a_columns_name_field_is_the_category_not_the_title():
    article, changes = recover("专栏名称：东吴研究所", TITLE, "2020-03-20 07:35", P1)
    assert (article.title, article.category) == (TITLE, "东吴研究所")
    assert ("structure:meta_line", "专栏名称：东吴研究所") in removed(changes)


HEADLINE = "晨会0822 | 中信建投一致预期因子体系；万华化学 深圳燃气"


@pytest.mark.parametrize(
    ("path", "read"),
    [
        (f"1500字范文 > {HEADLINE}", True),  # a root no list knows, the last crumb the headline below
        (f"{'一' * 16} > {HEADLINE}", True),  # MAX_CRUMB_CHARS
        (f"{'一' * 17} > {HEADLINE}", False),  # a longer first part: no path's section
        (f"1500字范文 > {HEADLINE}今日", False),  # the last crumb says more than the headline
    ],
)
def test_a_path_whose_last_crumb_is_the_headline_below_is_the_breadcrumb(path, read):
    slogan = "1500字范文，内容丰富有趣，写作好帮手！"
    article, changes = recover(slogan, path, HEADLINE, "时间：2023-10-13 13:06:53", P1)
    assert (article.title == HEADLINE) is read
    assert (("structure:breadcrumb", path) in removed(changes)) is read


@pytest.mark.parametrize(("above", "headline_kept"), [("一二三四五六七八九", True), ("一二三四五六七八", False)])
def test_a_line_above_is_a_headline_to_subtitle_only_past_a_menus_length(above, headline_kept):
    # 分享好资源 over the headline is a site's slogan: the headline under it, with its clauses, is no
    # subtitle (MAX_MENU_CHARS: eight characters or fewer are a menu's word)
    headline = "22日收评：沪指冲高回落涨0.13%，高位强势股集体大跌"
    dateline = "财联社11月22日电，三大指数全天分化，沪指冲高回落，创业板指震荡下跌。盘面上，中字头个股异动。"
    article, _ = recover(above, headline, dateline)
    assert (article.title == above) is headline_kept
