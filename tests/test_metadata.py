"""metadata: meta lines (labelled fields in any order), names, bylines, breadcrumbs, category_of.

Every recogniser has negative cases: prose that mentions 来源 or 作者 is no meta line, a comparison
is no breadcrumb, 合同 is no name. Thresholds are tested on both sides of their boundary.
"""

from datetime import date

import pytest

from cleaner.stages import metadata
from cleaner.stages.crumbs import (
    CUT_OFF_SHARE,
    MAX_CRUMB_CHARS,
    MAX_LAST_CRUMB_CHARS,
    MAX_SITE_HOME_CHARS,
    category_of,
    parse_breadcrumb,
)
from cleaner.stages.metadata import (
    MAX_BARE_FIELD_CHARS,
    MAX_META_CHARS,
    Meta,
    bracketed_reporters,
    is_trailer_heading,
    parse_byline,
    parse_editor,
    parse_meta_line,
    parse_source_line,
)
from cleaner.stages.names import glued_names, is_person_name, names_in, recognition_form

REF = date(2024, 5, 1)


# --- labelled fields in any order, both scripts ---------------------------------------------------


def test_labelled_fields_in_one_order():
    meta = parse_meta_line("来源：零壹财经 作者：张三 发布时间：2017-11-08 16:22 浏览次数：766")
    assert meta.source_name == "零壹财经"
    assert meta.authors == ("张三",)
    assert meta.author == "张三"
    assert meta.published_at == "2017-11-08T16:22"
    assert meta.views == 766


def test_labelled_fields_in_another_order_and_traditional_labels():
    meta = parse_meta_line("瀏覽次數：766 發佈時間：2017-11-08 16:22 來源：金融虎 作者：王小明")
    assert (meta.views, meta.published_at, meta.source_name, meta.authors) == (
        766, "2017-11-08T16:22", "金融虎", ("王小明",),
    )  # fmt: skip


def test_traditional_values_keep_their_script():
    meta = parse_meta_line("來源：證券時報 作者：趙國強")
    assert meta.source_name == "證券時報"
    assert meta.authors == ("趙國強",)


@pytest.mark.parametrize("separator", [" ", " | ", "  ", "｜", " / "])
def test_any_separator_between_fields(separator):
    meta = parse_meta_line(separator.join(["作者：张三", "来源：新华财经", "时间：2023-06-01"]))
    assert meta.authors == ("张三",)
    assert meta.source_name == "新华财经"
    assert meta.published_at == "2023-06-01"


def test_ascii_colons_read_as_labels():
    meta = parse_meta_line("作者:张三 来源:新华财经 日期:2023-06-01")
    assert (meta.authors, meta.source_name, meta.published_at) == (("张三",), "新华财经", "2023-06-01")


def test_bare_labels_need_two_of_them():
    meta = parse_meta_line("日期 2024-01-02 来源 新浪")
    assert (meta.published_at, meta.source_name) == ("2024-01-02", "新浪")
    # one bare label is a word in a sentence, not a field
    assert parse_meta_line("来源 新浪") is None


def test_traditional_bare_labels():
    meta = parse_meta_line("日期 2024-01-02 來源 經濟日報 瀏覽次數 88")
    assert (meta.published_at, meta.source_name, meta.views) == ("2024-01-02", "經濟日報", 88)


def test_editor_label_goes_to_editor_not_author():
    meta = parse_meta_line("报纸编辑：黄旭")
    assert meta.editor == "黄旭"
    assert meta.authors == ()
    assert parse_byline("报纸编辑：黄旭") is None


def test_author_and_editor_on_one_line():
    meta = parse_meta_line("撰文：王五 编辑：赵六")
    assert (meta.authors, meta.editor) == (("王五",), "赵六")


def test_first_of_two_same_labels_wins():
    meta = parse_meta_line("时间：2023-06-01 来源：新华财经 时间：2024-01-01")
    assert meta.published_at == "2023-06-01"


def test_category_label():
    assert parse_meta_line("所属栏目：银行 发布时间：2023-06-01").category == "银行"


def test_a_labelled_category_path_gives_its_last_category():
    assert parse_meta_line("所属分类： 人文社科  >  经济  >  理财技巧").category == "理财技巧"
    assert parse_meta_line("所屬分類：經濟 » 個人理財").category == "個人理財"
    assert parse_meta_line("分类：个人理财").category == "个人理财"


def test_a_labelled_category_path_beats_a_location_breadcrumb_above_it():
    from cleaner import clean

    title, prose = "理财新规落地影响几何", "近年来，商业银行持续加大对小微企业的信贷投放力度，贷款余额同比增长。"
    crumb, labelled = "您现在的位置：首页 > 图书 > " + title, "所属分类：经济 > 个人理财 > 理财技巧"
    assert clean("\n".join([crumb, title, labelled, prose])).category == "理财技巧"
    assert clean("\n".join([crumb, title, prose])).category == "图书"


def test_channel_name_in_front_is_the_category():
    meta = parse_meta_line("互联网 | 编辑：王五")
    assert (meta.category, meta.editor) == ("互联网", "王五")


def test_source_skips_the_platform_word():
    assert parse_meta_line("来源：公众号 大力如山").source_name == "大力如山"


# --- views shapes ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "views"),
    [
        ("浏览次数：766", 766),
        ("瀏覽次數:766", 766),
        ("330 查看", 330),
        ("阅读:3250人次", 3250),
        ("閱讀:163", 163),
        ("本文已被阅读 2046 次", 2046),
        ("阅读 1.5万次", 15000),
        ("浏览：1.5万", 15000),
        ("点击：12次", 12),
        ("热度：57", 57),
        ("點擊次數:1115", 1115),
        ("发表时间:2016/10/17 10:09:49 点击次数:1115", 1115),
    ],
)
def test_view_count_shapes(line, views):
    assert parse_meta_line(line).views == views


def test_a_fractional_count_is_no_view_count():
    assert parse_meta_line("浏览：12.5").views is None


def test_a_count_in_a_sentence_is_no_meta_line():
    assert parse_meta_line("这篇关于基金定投的文章在社区里被330位投资者查看并讨论了很久") is None


# --- unlabelled shapes ----------------------------------------------------------------------------


def test_date_first_with_category_and_count():
    meta = parse_meta_line("2024-01-02 10:31:38 逾期资讯 44")
    assert (meta.published_at, meta.category, meta.views) == ("2024-01-02T10:31:38", "逾期资讯", 44)


def test_date_with_names_glued_to_its_end():
    meta = parse_meta_line("2024-03-05 12:41:42张明军")
    assert meta.authors == ("张明军",)
    assert meta.published_at == "2024-03-05T12:41:42"
    glued = parse_meta_line("2024-03-05 12:41:42王晓洁程华福")
    assert glued.authors == ("王晓洁", "程华福")


def test_name_before_date():
    meta = parse_meta_line("赵嘉国 2024-01-02")
    assert (meta.authors, meta.published_at) == (("赵嘉国",), "2024-01-02")


def test_name_and_outlet_before_date():
    meta = parse_meta_line("赵嘉国 上海证券报 2024-01-02")
    assert (meta.authors, meta.source_name) == (("赵嘉国",), "上海证券报")


def test_pen_name_beside_a_count_before_date():
    meta = parse_meta_line("镁涵 12 2024-01-02 10:00")
    assert (meta.authors, meta.views, meta.published_at) == (("镁涵",), 12, "2024-01-02T10:00")


def test_a_non_name_before_a_date_is_no_author():
    meta = parse_meta_line("合同 2024-01-02")
    assert meta is not None and meta.authors == ()


def test_site_and_source_slots_before_date():
    meta = parse_meta_line("财经网 / 零壹财经 / 2024-01-02")
    assert (meta.site_name, meta.source_name, meta.published_at) == ("财经网", "零壹财经", "2024-01-02")
    empty_slot = parse_meta_line("财经网 / 来源 / 2024-01-02")
    assert (empty_slot.site_name, empty_slot.source_name) == ("财经网", None)


def test_date_label_prefix_in_latin():
    assert parse_meta_line("date 2025-12-13").published_at == "2025-12-13"


def test_chinese_date_alone_is_a_meta_line():
    assert parse_meta_line("2015年11月30日").published_at == "2015-11-30"


def test_platform_word_before_date_is_no_author():
    meta = parse_meta_line("公众号 大力如山 2024-01-02")
    assert "公众号" not in meta.authors


# --- journal issue lines --------------------------------------------------------------------------


def test_journal_issue_line_names_the_source():
    assert parse_meta_line("信贷观察 2024年第11期") == Meta(source_name="信贷观察")
    assert parse_meta_line("《金融时评》第3期") == Meta(source_name="金融时评")


def test_an_issue_number_in_prose_is_no_journal_line():
    meta = parse_meta_line("本次债券发行为第3期")
    assert meta is None or meta.source_name is None


# --- negative cases: prose that mentions a label --------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "本文来源于一家券商的研报，作者认为市场将回暖。",
        "作者表示，来源可靠的数据显示增长。",
        "记者从多家银行了解到，房贷利率已经降至百分之三点五。",
        "操盘必读：2月5日证券市场要闻",
        "2月5日证券市场要闻",
        "截至2024-01-02，公司营收增长12%。",
        "中文/英文",
        "编号20171108",
    ],
)
def test_prose_is_no_meta_line(line):
    assert parse_meta_line(line, REF) is None
    assert parse_byline(line) is None


def test_a_sentence_with_many_commas_is_no_meta_line():
    assert parse_meta_line("作者：张三，李四，王五，赵六") is None
    assert parse_meta_line("作者：张三，李四，王五").authors == ("张三", "李四", "王五")


def test_single_character_wen_only_where_a_word_starts():
    assert parse_meta_line("文/李四").authors == ("李四",)
    assert parse_meta_line("文 | 张三").authors == ("张三",)
    assert parse_meta_line("中文/英文") is None


def test_labels_without_readable_values_on_a_long_line_are_prose():
    assert parse_meta_line("作者：合同") == Meta()  # short: only a label and a value
    assert parse_meta_line("作者：合同条款的效力问题分析") is None


def test_bare_field_boundary():
    """A line that is a label and an unreadable value is meta up to MAX_BARE_FIELD_CHARS."""
    assert MAX_BARE_FIELD_CHARS == 12
    at = "类型：" + "原创文章" * 3
    at = at[:MAX_BARE_FIELD_CHARS]
    over = "类型：" + "原创文章" * 3 + "原"
    over = over[: MAX_BARE_FIELD_CHARS + 1]
    assert len(at) == MAX_BARE_FIELD_CHARS and len(over) == MAX_BARE_FIELD_CHARS + 1
    assert parse_meta_line(at) == Meta()
    assert parse_meta_line(over) is None


def test_meta_line_length_boundary():
    assert MAX_META_CHARS == 150
    at = "作者：张三 " + "注" * (MAX_META_CHARS - 6)
    assert len(at) == MAX_META_CHARS
    assert parse_meta_line(at).authors == ("张三",)
    assert parse_meta_line(at + "注") is None
    assert parse_byline(at + "注") is None


# --- names ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", [
    "史青伟", "欧阳修", "司马光", "王五", "趙國強", "阿卜杜·热合曼", "John Ross",
    "萧海川", "洪小明", "赖美玲", "賴美玲", "丘小明", "钮小明",  # common surnames, both scripts
])
def test_person_names(name):
    assert is_person_name(name)


@pytest.mark.parametrize(
    "word", ["合同", "营收", "基金公司", "市场分析报告", "12345", "文章", "admin", "Admin", "ADMIN", "焦点", "热点"]
)
def test_not_person_names(word):
    assert not is_person_name(word)


def test_a_sites_placeholder_after_the_author_label_names_nobody_in_any_letter_case():
    for placeholder in ("admin", "Admin", "ADMIN"):
        meta = parse_meta_line(f"作者:{placeholder} 来源: 日期:2016/10/26 9:22:26")
        assert (meta.authors, meta.published_at) == ((), "2016-10-26T09:22:26")
    assert parse_meta_line("作者:admin2 日期:2016/10/26").authors == ("admin2",)  # a user's nickname


def test_names_after_a_label():
    assert names_in("张三、李四 北京报道") == ("张三", "李四")
    assert names_in("新浪财经首席评论员 艾堂明[微博] 微信公众号：老艾侃股") == ("艾堂明",)
    assert names_in("储xy 合同 最新借款合同") == ("储xy",)
    assert names_in("张三和李四") == ("张三", "李四")
    assert names_in("陈凯丰博士") == ("陈凯丰",)
    assert names_in("合同 张三") == ("张三",) or names_in("合同 张三") == ()


@pytest.mark.parametrize(("value", "names"), [
    ("财经记者王芳", ("王芳",)),  # a role glued to the name: the name after it
    ("某某基金研究总监李明", ("李明",)),  # the last role in the token decides
    ("首席经济学家张三丰", ("张三丰",)),
    ("财经记者站", ()),  # what follows the role is no name: nothing
    ("记者", ()),  # a role alone
    ("财经记者王芳 北京报道", ("王芳",)),
])
def test_a_role_glued_to_a_name_is_cut_off(value, names):
    assert names_in(value) == names


def test_a_glued_role_byline_gives_its_author():
    meta = parse_byline("文/财经记者王芳")
    assert meta is not None and meta.authors == ("王芳",)


def test_glued_names_split_only_when_every_piece_is_a_name():
    assert glued_names("王晓洁程华福李晨妍") == ("王晓洁", "程华福", "李晨妍")
    assert glued_names("张明军") == ("张明军",)
    assert glued_names("合同条款规定") == ()


def test_latin_author_name_stays_whole():
    assert parse_meta_line("作者：John Ross").authors == ("John Ross",)


# --- bylines --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "authors", "source"),
    [
        ("作者：张三", ("张三",), None),
        ("文/李四", ("李四",), None),
        ("记者 王五", ("王五",), None),
        ("主笔：王五", ("王五",), None),
        ("每经记者 史青伟 每经编辑 肖芮冬", ("史青伟",), "每经"),
        ("每經記者 史青偉", ("史青偉",), "每經"),  # as the line writes it, like the name
        ("证券时报记者 张三", ("张三",), "证券时报"),
        ("《等深线》记者 王明", ("王明",), "等深线"),
        ("本报记者 王明", ("王明",), None),
        ("■胡建辉", ("胡建辉",), None),
        ("■胡建辉 李丽", ("胡建辉", "李丽"), None),
        ("费逸美77级工作室认证", ("费逸美",), None),
        ("作者：张三、李四", ("张三", "李四"), None),
        ("作者：司马光、诸葛亮", ("司马光", "诸葛亮"), None),
    ],
)
def test_bylines(line, authors, source):
    meta = parse_byline(line)
    assert meta.authors == authors
    assert meta.byline == line
    assert meta.source_name == source


def test_prefixed_editor_is_no_author():
    meta = parse_byline("每经记者 史青伟 每经编辑 肖芮冬")
    assert meta.editor == "肖芮冬"


def test_byline_with_a_date_is_a_meta_line_not_a_byline():
    assert parse_byline("作者：张三 2024-01-02") is None
    assert parse_meta_line("作者：张三 2024-01-02").authors == ("张三",)


def test_bullet_before_a_non_name_is_no_byline():
    assert parse_byline("■合同条款") is None
    assert parse_byline("作者们认为市场会回暖。") is None


# --- bracketed reporters --------------------------------------------------------------------------


def test_bracketed_reporters():
    assert bracketed_reporters("（记者 安然 朱玲）昨日，央行公布数据。") == (("安然", "朱玲"), 10, None)
    assert bracketed_reporters("本报讯（记者安然 朱玲）昨日")[0] == ("安然", "朱玲")
    assert bracketed_reporters("(記者安然 朱玲)昨日")[0] == ("安然", "朱玲")
    assert bracketed_reporters("（通讯员 王五）昨日")[0] == ("王五",)


@pytest.mark.parametrize(
    ("line", "names", "outlet"),
    [
        ("（通讯员 林一鸣 何小北 记者 邵远山）昨日，派出所接到预警。", ("林一鸣", "何小北", "邵远山"), None),
        ("【晨报编译贺春雷综合外电报导】美股周三收高。", ("贺春雷",), "晨报"),  # outlet, role, name, 综合外电报导
        ("【晨報編譯賀春雷綜合外電報導】美股周三收高。", ("賀春雷",), "晨報"),  # as the page writes them
        ("【财经晨报/邵远山】港股周二高开。", ("邵远山",), "财经晨报"),  # an outlet and its reporter
        ("（发文人 邵远山）7月9日下午，派出所接到预警。", ("邵远山",), None),
        ("【晨報訊】記者賀春雷報道：港股周三收高。", ("賀春雷",), "晨報"),  # after the outlet's 讯, no bracket
        ("记者贺春雷综合报道：港股周三收高。", ("贺春雷",), None),
    ],
)
def test_bracketed_reporters_with_outlets_and_more_roles(line, names, outlet):
    found = bracketed_reporters(line)
    assert found is not None and found[0] == names and found[2] == outlet
    assert line[found[1] - 1] in "）】：:"  # the byline ends there, the paragraph goes on


def test_an_outlet_bracket_needs_an_outlet_and_a_name():
    assert bracketed_reporters("【财经观察/邵远山】港股周二高开。") is None  # a column is no outlet
    assert bracketed_reporters("【财经晨报/港股】港股周二高开。") is None  # a market is no name
    assert bracketed_reporters("（晨报/邵远山）港股周二高开。") is None  # round brackets: a caption's credit
    assert bracketed_reporters("【财经】记者贺春雷报道：港股周二高开。") is None  # a column, not an outlet
    assert bracketed_reporters("记者会上报道：港股周二高开。") is None  # no name


def test_a_writer_role_between_names_lists_more_writers_another_role_ends_them():
    assert names_in("林一鸣 何小北 记者 邵远山") == ("林一鸣", "何小北", "邵远山")
    assert names_in("林一鸣 编辑 邵远山") == ("林一鸣",)  # an editor is not a writer


def test_brackets_that_are_not_reporters():
    assert bracketed_reporters("（记者会上）昨日") is None
    assert bracketed_reporters("贵州茅台(600519)昨日公告") is None
    assert bracketed_reporters("（一般为几天至一周）") is None


# --- editors, source lines, trailer headings ------------------------------------------------------


def test_editor_lines():
    assert parse_editor("责任编辑：赵六") == "赵六"
    assert parse_editor("（责任编辑：赵六）") == "赵六"
    assert parse_editor("責任編輯：趙六") == "趙六"
    assert parse_editor("编辑认为这个问题很重要") is None


def test_source_lines():
    assert parse_source_line("（来源：证券时报）") == "证券时报"
    assert parse_source_line("來源：證券時報") == "證券時報"
    assert parse_source_line("来源：证券时报2024") is None
    assert parse_source_line("来源：本报记者说了很多很多很多话题内容等等") is None
    assert parse_source_line("来源于网络的消息不可轻信") is None


def test_trailer_headings_both_scripts():
    for line in ("相关阅读", "【相关文章】", "相关阅读 更多 >", "相關文章"):
        assert is_trailer_heading(line), line
    assert not is_trailer_heading("相关文章很多")
    assert not is_trailer_heading("相关部门表示将加强监管")


def test_recognition_form_simplifies_only_traditional_only_characters():
    assert recognition_form("發佈時間") == "发布时间"
    assert recognition_form("发布时间") == "发布时间"


# --- breadcrumbs ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "crumbs"),
    [
        ("首页 > 财经 > 股票", ("首页", "财经", "股票")),
        ("导航:首页>財經>股票", ("首页", "財經", "股票")),
        ("首頁>財經>正文", ("首頁", "財經", "正文")),
        ("首页»理财»基金", ("首页", "理财", "基金")),
        ("首页 → 理财 → 基金", ("首页", "理财", "基金")),
        ("首页 - 理财 - 基金", ("首页", "理财", "基金")),
        ("首页 | 理财 | 基金", ("首页", "理财", "基金")),
        ("首页／理财／基金", ("首页", "理财", "基金")),
        ("当前位置：首页 / 理财 / 基金", ("首页", "理财", "基金")),
        ("您的位置：理财 » 基金", ("理财", "基金")),
        ("位置：理财 > 基金", ("理财", "基金")),
        ("Home > 理财 > 基金", ("Home", "理财", "基金")),
        ("财经 > 股票 > 正文", ("财经", "股票", "正文")),
    ],
)
def test_breadcrumb_shapes(line, crumbs):
    assert parse_breadcrumb(line) == crumbs


@pytest.mark.parametrize("line", ["首页-理财-基金", "导航：首页-理财-基金"])
def test_unspaced_hyphen_breadcrumb(line):
    assert parse_breadcrumb(line) == ("首页", "理财", "基金")


@pytest.mark.parametrize(
    "line",
    [
        "营收 > 预期 > 去年",
        "收益率 > 5% > 3%",
        "收益率 > 5% 的基金",
        "财经 / 股票",
        "利润 > 成本",
        "上证指数 - 深证成指",
    ],
)
def test_comparisons_are_no_breadcrumbs(line):
    assert parse_breadcrumb(line) is None


@pytest.mark.parametrize(
    ("line", "crumbs"),
    [
        ("米乐m6平台  >  金融  >  外汇储备", ("米乐m6平台", "金融", "外汇储备")),  # a digit in a Latin brand
        ("51好读  ›  专栏  ›  东吴研究所", ("51好读", "专栏", "东吴研究所")),  # digits opening a brand
        ("收益率 > 6 > 金融", None),  # a figure of its own: a comparison's
        ("市盈率 > 20倍 > 金融", None),  # a figure with its unit
        ("收益率 > A股5% > 金融", None),
    ],
)
def test_a_digit_inside_a_latin_brand_is_a_name_not_a_figure(line, crumbs):
    assert parse_breadcrumb(line) == crumbs


def test_unrooted_path_needs_three_arrow_parts_and_a_channel():
    assert parse_breadcrumb("财经 > 股票") is None  # two parts, no home, no prefix
    assert parse_breadcrumb("市场 > 板块 > 个股") is None  # no channel name nor 正文


def test_crumb_length_boundaries():
    assert (MAX_CRUMB_CHARS, MAX_LAST_CRUMB_CHARS) == (16, 80)
    assert parse_breadcrumb("首页 > " + "理" * MAX_CRUMB_CHARS + " > 基金") is not None
    assert parse_breadcrumb("首页 > " + "理" * (MAX_CRUMB_CHARS + 1) + " > 基金") is None
    assert parse_breadcrumb("首页 > 理财 > " + "标" * MAX_LAST_CRUMB_CHARS) is not None
    assert parse_breadcrumb("首页 > 理财 > " + "标" * (MAX_LAST_CRUMB_CHARS + 1)) is None


def test_a_sites_home_roots_a_breadcrumb():
    assert MAX_SITE_HOME_CHARS == 8
    assert parse_breadcrumb("示例网首页 / 理财") == ("示例网首页", "理财")  # a weak separator: the home is evidence
    assert parse_breadcrumb("示例财经网站首页 / 理财") == ("示例财经网站首页", "理财")  # eight characters
    assert parse_breadcrumb("示例财经网站的首页 / 理财") is None  # nine: no site's name is so long
    assert parse_breadcrumb("Ab首页 / 理财") is None  # a site's home starts with a Chinese name
    assert parse_breadcrumb("示例网主页 / 理财") == ("示例网主页", "理财")


def test_a_link_glued_after_the_last_crumb_is_no_category():
    crumbs = parse_breadcrumb("示例网首页 > 示例号 > 正文 申请入驻")
    assert crumbs == ("示例网首页", "示例号", "正文")
    assert category_of(crumbs, "一个标题") == "示例号"
    assert parse_breadcrumb("首页 > 理财 > 基金 定投")[-1] == "基金 定投"  # a crumb of two words stays whole


def test_a_crumb_with_a_sentence_end_is_no_breadcrumb():
    assert parse_breadcrumb("首页 > 理财。 > 基金") is None


# --- category_of ----------------------------------------------------------------------------------


TITLE = "银行理财新规落地影响"  # 10 characters


def test_category_is_the_last_crumb_that_is_not_the_title():
    assert category_of(("首页", "理财", "基金", TITLE), TITLE) == "基金"
    assert category_of(("首页", "理财", "基金"), TITLE) == "基金"


def test_category_skips_words_such_as_zhengwen():
    assert category_of(("首页", "理财", "正文"), TITLE) == "理财"
    assert category_of(("首頁", "理財", "正文"), TITLE) == "理財"


def test_home_crumb_is_never_the_category():
    assert category_of(("首页", TITLE), TITLE) is None


def test_cut_off_copy_of_the_title_is_no_category():
    assert category_of(("首页", "理财", TITLE[:5] + "…"), TITLE) == "理财"
    assert category_of(("首页", "理财", TITLE[:5] + "..."), TITLE) == "理财"


def test_cut_off_share_boundary():
    """A crumb that starts the title is its cut-off copy when it is CUT_OFF_SHARE of the title long."""
    assert CUT_OFF_SHARE == 0.6
    at = int(CUT_OFF_SHARE * len(TITLE))
    assert at == CUT_OFF_SHARE * len(TITLE)  # 6 of 10: exactly on the boundary
    assert category_of(("首页", "理财", TITLE[:at]), TITLE) == "理财"
    assert category_of(("首页", "理财", TITLE[: at - 1]), TITLE) == TITLE[: at - 1]
    # 13 of 22 is 0.59: just under the share, so that crumb is a category
    long_title = "银行理财新规正式落地后对个人投资者的收益影响"
    assert len(long_title) == 22
    assert category_of(("首页", "理财", long_title[:13]), long_title) == long_title[:13]


def test_long_last_crumb_is_another_title_not_a_category():
    assert category_of(("首页", "理财", "一" * MAX_CRUMB_CHARS), "别的标题") == "一" * MAX_CRUMB_CHARS
    assert category_of(("首页", "理财", "一" * (MAX_CRUMB_CHARS + 1)), "别的标题") == "理财"


def test_a_row_of_more_than_six_links_from_home_is_a_menu_with_no_category():
    path = ("首页", "新闻", "财经", "股票", "港股", "个股")
    assert category_of(path, TITLE) == "个股"  # six: a deep path
    assert category_of((*path, "随便看看"), TITLE) is None  # seven: the site's menu
    assert parse_breadcrumb("百万首页 |新闻 |产品 |分类 |供求 |商家信息 |招聘 |随便看看") is not None  # it still goes


def test_category_of_without_a_title():
    assert category_of(("首页", "理财", "基金"), None) == "基金"


def test_filled_from_keeps_the_first_value():
    first = Meta(authors=("张三",))
    merged = first.filled_from(Meta(authors=("李四",), views=3))
    assert merged.authors == ("张三",) and merged.views == 3
    assert metadata.Meta().is_byline is False


@pytest.mark.parametrize("line", ["金融 2024-01-02 10:00", "黄金 2024-01-02 10:00"])
def test_channel_name_before_a_date_is_no_author(line):
    meta = parse_meta_line(line)
    assert meta.published_at == "2024-01-02T10:00"
    assert meta.authors == ()


@pytest.mark.parametrize(
    ("line", "authors"),
    [("特约记者 孟子衿", ("孟子衿",)), ("见习记者 李丽", ("李丽",)), ("证券时报特约记者 王明", ("王明",))],
)
def test_special_and_trainee_reporters(line, authors):
    assert parse_meta_line(line).authors == authors


def test_a_forms_spaced_label_is_read_and_the_byline_kept_as_written():
    meta = parse_meta_line("作  者:程超泽 著")
    assert meta is not None and meta.authors == ("程超泽",)
    assert meta.byline == "作  者:程超泽 著"
    assert parse_meta_line("日\u3000期：2024-01-02").published_at == "2024-01-02"


def test_a_journal_issue_without_di():
    assert parse_meta_line("时代报告 2015年7期").source_name == "时代报告"
    assert parse_meta_line("时代报告2015年7期") is None or parse_meta_line("时代报告2015年7期").source_name is None


@pytest.mark.parametrize(
    ("after", "source", "category"),
    [
        ("证券日报", "证券日报", None),
        ("中國證券網-上海證券報", "中國證券網-上海證券報", None),
        ("理财周刊", "理财周刊", None),
        ("逾期资讯", None, "逾期资讯"),  # the seed's layout: a category after the date
        ("财经频道", None, "财经频道"),
        ("网贷", None, "网贷"),  # 网 opens it: a name must end in the outlet word
    ],
)
def test_a_name_after_an_unlabelled_date_is_a_source_when_it_ends_like_an_outlet(after, source, category):
    meta = parse_meta_line(f"2024-12-05 10:00 {after} 12")
    assert (meta.source_name, meta.category, meta.views) == (source, category, 12)


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("記者仝澤蓉/即時報導/經濟日報", "經濟日報"),
        ("记者 张三/新华网", "新华网"),
        ("记者 张三/北京报道", None),  # a place and 报道: no outlet
        ("记者官有纮/综合报导", None),
        ("作者：张三/李四", None),  # two writers, no outlet
    ],
)
def test_a_byline_closed_by_an_outlet_after_a_slash_names_the_source(line, source):
    meta = parse_meta_line(line)
    assert meta.authors and meta.source_name == source


@pytest.mark.parametrize(
    ("after", "source"),
    [
        ("游民星空[整理]", "游民星空"),
        ("路透社（编译）", "路透社"),
        ("示例财经【转载】", "示例财经"),
        ("张三[图]", None),  # a picture mark is no credit
    ],
)
def test_a_name_credited_with_what_was_done_to_it_after_a_date_is_the_source(after, source):
    meta = parse_meta_line(f"2019-09-05 11:10 {after}")
    assert meta.source_name == source
    assert meta.published_at == "2019-09-05T11:10"


@pytest.mark.parametrize(("line", "authors"), [
    ("记者：黄鑫宇 宓迪", ("黄鑫宇", "宓迪")),  # rare surnames name people too
    ("记者：庹明 睢晓", ("庹明", "睢晓")),
    ("记者：黄鑫宇 合同", ("黄鑫宇",)),  # a word after the names is still no name
])
def test_names_with_rare_surnames_after_a_label(line, authors):
    assert parse_meta_line(line).authors == authors


def test_bracketed_reporters_in_corner_brackets_with_their_place():
    assert bracketed_reporters("〔記者陳梅英／台北報導〕美國聯準會上週降息")[0] == ("陳梅英",)
    assert bracketed_reporters("〔记者陈梅英〕昨日")[0] == ("陈梅英",)
    assert bracketed_reporters("〔记者陈梅英／台北报导昨日") is None  # the bracket must close


@pytest.mark.parametrize(("line", "authors"), [
    ("記者|徐紹芸、余家緯", ("徐紹芸", "余家緯")),
    ("作者｜徐绍芸", ("徐绍芸",)),
    ("文|徐绍芸", ("徐绍芸",)),
])
def test_an_author_label_with_a_bar(line, authors):
    assert parse_meta_line(line).authors == authors


def test_a_bar_after_other_words_is_no_label():
    assert parse_meta_line("记者会|央行宣布降息") is None


def test_a_question_mark_after_a_time_is_a_lost_character_not_a_question():
    meta = parse_meta_line("2017-08-10 21:35? 來源:上海證券報 作者:連平;陳冀")
    assert (meta.published_at, meta.source_name, meta.authors) == ("2017-08-10T21:35", "上海證券報", ("連平", "陳冀"))
    assert parse_meta_line("来源：上海证券报 降息了? 作者：连平") is None  # after a word it asks


@pytest.mark.parametrize("line", ["4月19日 (星期五)28°C 78", "2024-04-19 晴 28℃ 78", "2024-01-05 -3° 12"])
def test_a_weather_line_is_no_meta_line(line):
    assert parse_meta_line(line) is None


def test_a_platform_before_a_count_is_the_source():
    assert parse_meta_line("来源: 头条号 18709/20").source_name == "头条号"
    assert parse_meta_line("来源：公众号 大力如山").source_name == "大力如山"


def test_a_full_date_with_two_names_glued_on_is_a_byline():
    meta = parse_meta_line("2014-04-17刘志坚张国斌")
    assert (meta.published_at, meta.authors) == ("2014-04-17", ("刘志坚", "张国斌"))
    assert parse_meta_line("2024年3月17日央行宣布降准") is None


@pytest.mark.parametrize(("line", "authors"), [
    ("2014-04-17张国斌", ("张国斌",)),  # one writer of three characters run on to a numeric date
    ("2014/04/17張國斌", ("張國斌",)),
    ("2014年4月17日张国斌", None),  # a written date: a phrase may go on from it
    ("2014-04-17张国", None),  # two characters could be any word after a surname
    ("2014-04-17张国斌说", None),  # more than the name
])
def test_a_numeric_date_with_one_name_glued_on(line, authors):
    meta = parse_meta_line(line)
    assert (meta.authors if meta else None) == authors


def test_many_writers_run_on_after_a_dates_time():
    writers = ("周江梅", "姚建峰", "彭湘晖", "曾玉荣", "许标文")
    meta = parse_meta_line("2015-12-24 11:03" + "".join(writers))  # fifteen characters: one token of names
    assert (meta.published_at, meta.authors) == ("2015-12-24T11:03", writers)
    assert parse_meta_line("2015-12-24 11:03 央行今天宣布下调存款准备金率零点五个百分点") is None  # a long word


@pytest.mark.parametrize(("line", "authors"), [
    ("劉鵬霖 李世鵬", ("劉鵬霖", "李世鵬")),  # as written
    ("刘志坚，张国斌", ("刘志坚", "张国斌")),
    ("王芳 李娜 赵敏 孙丽", ("王芳", "李娜", "赵敏", "孙丽")),
    ("王芳 李娜 赵敏 孙丽 周杰", ()),  # more than MAX_LISTED_NAMES: a list, not a byline
    ("张三", ()),  # one name alone could be a headline's subject
    ("王芳 王芳", ()),
    ("王芳 合同", ()),
    ("王芳 欧阳明日", ()),  # four characters could be any phrase
])
def test_a_line_of_names_only_is_a_byline(line, authors):
    assert metadata.MAX_LISTED_NAMES == 4
    meta = parse_byline(line)
    assert (meta.authors if meta else ()) == authors


def test_a_names_only_line_above_the_abstract_is_no_title():
    from cleaner import clean

    abstract = "摘要：在校园贷市场的新时期，辅导员在防范校园贷问题上也要有新手段，引导大学生树立正确的消费观念。"
    article = clean("劉鵬霖 李世鵬\n" + abstract)
    assert article.title is None
    assert article.authors == ("刘鹏霖", "李世鹏")


def test_an_outlet_alone_after_a_labelled_date_is_the_source():
    meta = parse_meta_line("时间:2024年04月12日 10:20:40 中财网")
    assert (meta.published_at, meta.source_name) == ("2024-04-12T10:20:40", "中财网")
    assert parse_meta_line("时间：2024-04-12 10:20 基金公告").source_name is None  # no outlet's ending
    assert parse_meta_line("时间：2024-04-12 中财网 新浪网").source_name is None  # two names: which?
    assert parse_meta_line("时间：2024-04-12 中财网 来源：新浪网").source_name == "新浪网"  # the label wins


@pytest.mark.parametrize(("line", "editor"), [
    ("參與互動(0) | 【編輯:聞育旻】 |", "聞育旻"),
    ("【责任编辑：赵六】", "赵六"),
    ("他说【编辑:张三】不对。", None),  # a sentence that quotes one
    ("【纠错】 责任编辑： 焦鹏", "焦鹏"),  # the page's link words before the label
    ("【纠错】【打印】 编辑：张三", "张三"),
    ("【纠错】【打印】【关闭】 编辑：张三", None),  # at most two of them
    ("【关闭本窗口】 编辑：张三", None),  # a link word is two to four characters
    ("【关闭窗口】 编辑：张三", "张三"),
    ("【关】 编辑：张三", None),
])
def test_a_bracketed_editor_in_a_trailer_row(line, editor):
    assert parse_editor(line) == editor


def test_a_bracketed_editor_row_is_at_most_max_editor_row_chars():
    assert metadata.MAX_EDITOR_ROW_CHARS == 40
    row = "参与互动(0) | 【编辑:闻育旻】 | 分享"
    assert parse_editor(row.ljust(40, "到")) == "闻育旻"
    assert parse_editor(row.ljust(41, "到")) is None


@pytest.mark.parametrize(("line", "views"), [("96 views", 96), ("1 view", 1), ("96 Views", 96)])
def test_an_english_view_count(line, views):
    assert parse_meta_line(line).views == views


@pytest.mark.parametrize("line", ["96 viewsonic", "96views", "interviews 96"])
def test_words_holding_view_are_no_count(line):
    meta = parse_meta_line(line)
    assert meta is None or meta.views is None


@pytest.mark.parametrize(("line", "author"), [("李袁木（北京市）", "李袁木"), ("张三（北京）", "张三")])
def test_a_name_with_its_place_in_brackets_is_a_byline(line, author):
    assert parse_byline(line).authors == (author,)


@pytest.mark.parametrize("line", ["央行（北京）", "李袁木（北京市海淀区中关村大街）", "李袁木（2024）"])
def test_not_a_name_with_its_place(line):
    assert parse_byline(line) is None


def test_a_counter_without_its_number_after_a_date():
    meta = parse_meta_line("内容精选 2026-01-16    人阅读")
    assert (meta.published_at, meta.views, meta.category) == ("2026-01-16", None, None)  # the day is no count
    assert parse_meta_line("2024-01-05 330 查看").views == 330


def test_a_piped_count_label_takes_its_number():
    meta = parse_meta_line("2013-02-03 21:39:23| 人气627| 回应0 | 上一篇 | ")
    assert (meta.published_at, meta.views) == ("2013-02-03T21:39:23", 627)


@pytest.mark.parametrize(("line", "author"), [
    ("蔡昌芹/ 浙商财产保险股份有限公司", "蔡昌芹"),
    ("庞敏委／某某大学经济学院", "庞敏委"),
])
def test_a_name_over_its_institution_is_a_byline(line, author):
    meta = parse_byline(line)
    assert (meta.authors, meta.source_name) == ((author,), None)


@pytest.mark.parametrize("line", ["理财/招商银行", "张三/北京"])
def test_no_byline_without_a_name_and_an_institution(line):
    assert parse_byline(line) is None


@pytest.mark.parametrize(("line", "read"), [("作者KotoriCute (昵称)", True), ("作者认为KotoriCute", False)])
def test_a_forum_label_runs_into_a_latin_value_only(line, read):
    meta = parse_meta_line(line)
    assert (meta is not None and meta.authors == ("KotoriCute",)) is read


def test_an_outlet_before_a_slash_and_the_reporter_label_is_the_source():
    meta = parse_meta_line("經濟日報／ 記者張瀞文／台北報導")
    assert (meta.source_name, meta.authors) == ("經濟日報", ("張瀞文",))
    assert parse_meta_line("今日要闻／ 记者张三／台北报导").source_name is None  # no outlet's ending


@pytest.mark.parametrize(("line", "authors"), [("朱磊*", ("朱磊",)), ("朱磊 ※", ("朱磊",)), ("合同*", None)])
def test_a_name_with_a_footnote_mark(line, authors):
    meta = parse_byline(line)
    assert (meta.authors if meta else None) == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("王明远 研究员", ("王明远",)),  # a name and the writer's job title
        ("王明遠 研究員", ("王明遠",)),
        ("王明远 首席宏观经济学家", ("王明远",)),  # eight characters: MAX_JOB_TITLE_CHARS
        ("王明远 总首席宏观经济学家", None),  # nine: a phrase
        ("王明 研究员", None),  # two characters could be a word after a surname
        ("王明远 研究", None),  # no role
        ("王明远 研究员 分析师", None),  # not the whole line
    ],
)
def test_a_name_with_a_job_title(line, authors):
    assert metadata.MAX_JOB_TITLE_CHARS == 8
    meta = parse_byline(line)
    assert (meta.authors if meta else None) == authors


@pytest.mark.parametrize(
    ("line", "source", "authors"),
    [
        ("示例工报 2025年07月16日 全媒体记者王明远 通讯员李四", "示例工报", ("王明远", "李四")),
        ("示例在线全媒体记者 王明远 李四", "示例在线", ("王明远", "李四")),  # 全媒体 is the reporter's kind
        ("示例日报 融媒体记者 王明远", "示例日报", ("王明远",)),
        ("示例日报2025年07月16日 记者王明远", None, ("王明远",)),  # no blank after the outlet: one word
        ("王明远 2024-01-01 来源：示例日报", "示例日报", ("王明远",)),  # the writer before the date
    ],
)
def test_an_outlet_or_writer_before_the_date_of_a_byline_row(line, source, authors):
    meta = parse_meta_line(line)
    assert (meta.source_name, meta.authors) == (source, authors)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("作者:微信公众号【示例研究所】/ 发布时间:2022-08-10", ("示例研究所",)),  # the account, not the platform
        ("作者：公众号「老王说财经」 2024-01-01", ("老王说财经",)),
        ("作者：微信公众号 2024-01-01", ()),  # the platform alone names nobody
    ],
)
def test_an_account_on_a_platform_after_the_author_label(line, authors):
    assert parse_meta_line(line).authors == authors


@pytest.mark.parametrize(
    ("line", "authors", "category"),
    [
        ("Monday 13 July 2009", (), None),  # the weekday before an English date, no writer
        ("星期三 2024-05-22", (), None),
        ("来自 示例 2020-06-29 13:09 的文章", (), None),  # "from … the article of": no writer, no category
        ("示例 2020-06-29 13:09 专栏", (), "专栏"),
    ],
)
def test_weekdays_and_template_words_around_a_date_name_nobody(line, authors, category):
    meta = parse_meta_line(line)
    assert (meta.authors, meta.category) == (authors, category)


def test_an_exchange_before_a_date_is_the_source_and_a_button_after_it_no_category():
    meta = parse_meta_line("上海证券交易所 08-28 00:00 查看全文")
    assert (meta.source_name, meta.category) == ("上海证券交易所", None)
    assert parse_meta_line("2025-04-04 10:31:38 逾期资讯 44").category == "逾期资讯"  # a word that is no button


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("【KTSF 张丽月报导】", ("张丽月",)),  # a station's call letters, its reporter
        ("【KTSF 張麗月報導】", ("張麗月",)),  # as a Traditional page writes it
        ("（示例电视 张丽月报道）", ("张丽月",)),
        ("【KTSF 市场报导】", ()),  # a word, not a name after a surname
        ("【KTSF张丽月报导】", ()),  # no blank: where the outlet ends is a guess
        ("【KTSF 张丽月报导】今日", ()),  # more after the bracket: not the whole line
    ],
)
def test_an_outlet_and_its_reporter_bracketed_with_report_are_a_byline(line, authors):
    meta = metadata.parse_byline(line)
    assert (meta.authors if meta else ()) == authors


@pytest.mark.parametrize(
    ("line", "published_at"),
    [
        ("文章發表:2021/06/04", "2021-06-04"),
        ("发表：2021-06-04 10:00", "2021-06-04T10:00"),
        ("更新于：2021-06-04", "2021-06-04"),
        ("发表时间：2021-06-04", "2021-06-04"),  # the longer label still first
    ],
)
def test_posted_and_updated_label_a_date(line, published_at):
    assert parse_meta_line(line).published_at == published_at


def test_a_publisher_after_a_bare_release_word_is_no_meta_line():
    assert parse_meta_line("发布：国家统计局") is None  # 发布 alone labels no date: a sentence's verb


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("来源：示例网 时间：2024-01-02 作者 王小五", ("王小五",)),  # beside two labelled fields
        ("来源：示例网 作者 王小五", ("王小五",)),  # beside one
        ("作者 王小五 来源 示例网", ("王小五",)),  # bare labels alone, two of them
    ],
)
def test_a_bare_label_beside_labelled_fields_is_read(line, authors):
    # the line goes from the text as a meta line: a field it does not read would be lost with it
    assert parse_meta_line(line).authors == authors
