"""metadata: each rule at its boundary (the mutation run's survivors), on lines of our own words.

Each test fails if its threshold moves by one or its condition turns; the limits are written as
numbers here, not read from the module, so a moved constant is caught.
"""

from datetime import date

import pytest

from cleaner.stages.crumbs import category_of, parse_breadcrumb
from cleaner.stages.metadata import (
    Meta,
    bracketed_reporters,
    is_trailer_heading,
    parse_byline,
    parse_editor,
    parse_meta_line,
    starts_with_category_label,
)
from cleaner.stages.names import (
    _after_glued_role,
    is_outlet_name,
    is_person_name,
    known_outlets,
    names_in,
    recognition_form,
)

# --- recognition form, names -----------------------------------------------------------------------


def test_a_line_is_read_in_both_scripts_up_to_200_characters():
    line = "來源：" + "時" * 197  # 200 characters
    assert recognition_form(line) == "来源：" + "时" * 197
    longer = "來源：" + "時" * 198  # 201: no label is this long, the line is left as it is
    assert recognition_form(longer) == longer


def test_the_author_is_the_first_name_a_byline_gives():
    assert parse_meta_line("作者：张小三 李小四").author == "张小三"


def test_a_compound_surname_whose_first_character_is_none():
    assert is_person_name("令狐小冲")  # 令 alone is no surname, 令狐 is


def test_a_value_that_starts_with_another_field_names_nobody():
    assert names_in("来源：示例日报 张小三") == ()


@pytest.mark.parametrize("between", ["摄影", "北京报道"])
def test_a_word_that_is_no_name_between_names_is_skipped(between):
    assert names_in(f"张小三 {between} 李小四") == ("张小三", "李小四")


def test_a_role_with_no_name_after_it_leaves_the_word_whole():
    assert _after_glued_role("记者站", ("记者",)) == "记者站"
    assert _after_glued_role("财经记者王小芳", ("记者",)) == "王小芳"


def test_an_outlet_name_of_two_characters():
    assert is_outlet_name("晶报")


# --- writers glued to a date -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("after", "authors"),
    [
        ("王芳", ("王芳",)),  # two characters: one name
        ("欧阳小明", ("欧阳小明",)),  # four: one name, not two of two
        ("王芳李娜张伟赵敏", ("王芳", "李娜", "张伟", "赵敏")),  # eight: four names of two
        ("王小五李四", ()),  # five cut neither in threes nor in twos
        ("示例网", ()),  # three characters that are no name
    ],
)
def test_names_glued_to_a_date(after, authors):
    assert parse_meta_line(f"2024-01-02 10:00{after}").authors == authors


def test_an_outlet_glued_to_a_date_is_the_source():
    assert parse_meta_line("2024-01-02 10:00示例网").source_name == "示例网"


# --- labels ---------------------------------------------------------------------------------------


def test_labels_run_into_their_values_are_read_between_two_bars():
    meta = parse_meta_line("来源示例网 | 作者王小五 | 2024-01-02")
    assert (meta.source_name, meta.authors, meta.site_name) == ("示例网", ("王小五",), None)


def test_one_bar_reads_no_label_run_into_a_word():
    meta = parse_meta_line("时间就是金钱 | 2024-01-02 10:00")  # a column's name, not 时间：
    assert (meta.published_at, meta.category) == ("2024-01-02T10:00", "时间就是金钱")


def test_a_bare_label_is_read_beside_one_labelled_field():
    meta = parse_meta_line("作者：王小五 来源 示例日报")
    assert (meta.authors, meta.source_name) == (("王小五",), "示例日报")


def test_an_empty_field_does_not_swallow_the_next_label():
    meta = parse_meta_line("来源： 作者：王小五 2024-01-02")
    assert (meta.authors, meta.source_name) == (("王小五",), None)


def test_a_label_spaced_from_its_colon_is_read_once_after_a_bare_label():
    # 作者 ： is both a labelled and a bare label at one place: the first kept, the second dropped
    assert parse_meta_line("日期 2024-01-02 作者 ：王小五").authors == ("王小五",)


def test_a_two_character_line_can_be_a_date():
    assert parse_meta_line("昨天", date(2024, 5, 1)).published_at == "2024-04-30"


def test_a_date_right_after_a_label_is_no_value_of_it():
    meta = parse_meta_line("来源：2024-05-13 08:49 示例日报")
    assert meta.published_at == "2024-05-13T08:49"
    assert meta.source_name != "2024-05-13"


def test_the_channel_before_the_first_label():
    meta = parse_meta_line("互联网 | 编辑：王小五 来源：示例网")
    assert (meta.category, meta.editor, meta.source_name) == ("互联网", "王小五", "示例网")


def test_the_outlet_before_the_first_label_and_its_slash():
    meta = parse_meta_line("经济日报／ 记者王小五 编辑：李小四")
    assert (meta.source_name, meta.authors, meta.editor) == ("经济日报", ("王小五",), "李小四")


def test_the_editor_is_the_first_name():
    assert parse_meta_line("编辑：王小五 李小四").editor == "王小五"


@pytest.mark.parametrize("line", ["类型：原创 字号：大", "类型：原创 字号 大", "类型:原创"])
def test_a_short_line_of_labels_alone_is_a_meta_line(line):
    assert parse_meta_line(line) is not None


def test_a_pen_name_beside_a_second_label():
    meta = parse_meta_line("作者：一叶小舟 来源：示例网")
    assert meta.authors == ("一叶小舟",)


def test_an_outlet_between_the_date_and_a_label_is_the_source_without_the_date():
    meta = parse_meta_line("2016-06-08 08:56:30 新华社   作者: 姜琳")
    assert (meta.source_name, meta.authors, meta.published_at) == ("新华社", ("姜琳",), "2016-06-08T08:56:30")
    assert parse_meta_line("2016-06-08 08:56:30 林天心 来源：示例网").authors == ("林天心",)
    assert parse_meta_line("今日 2016-06-08 新华社 作者: 姜琳").source_name is None  # a word before the date


def test_a_word_before_a_bar_and_the_date_is_the_outlet_or_the_column():
    assert parse_meta_line("新浪财经 | 2023-09-07 17:02").source_name == "新浪财经"  # an outlet's name
    meta = parse_meta_line("重要通告 | 2023-09-07 17:02")
    assert (meta.source_name, meta.category) == (None, "重要通告")  # no outlet's: the page's column


def test_a_date_with_the_comma_printed_after_it():
    assert parse_meta_line("2025-05-21,").published_at == "2025-05-21"
    assert parse_meta_line("2025-05-21，").published_at == "2025-05-21"
    assert parse_meta_line("2025-05-21，港股收跌，恒指跌1%，科指跌2%") is None  # a sentence's clauses


def test_an_editors_pen_name_beside_a_second_label():
    assert parse_meta_line("作者：蔡秋红 编辑：无忧草").editor == "无忧草"
    assert parse_meta_line("发布时间：2018-04-12 07:45 編輯:達物 來源:互聯網").editor == "達物"
    assert parse_meta_line("编辑：无忧草").editor is None  # alone: a label and a word, no byline row
    assert parse_meta_line("作者：蔡秋红 编辑：新华社").editor is None  # an outlet
    assert parse_meta_line("作者：蔡秋红 编辑：佚名").editor is None  # a placeholder


def test_a_latin_name_after_an_author_label_with_a_date():
    assert parse_meta_line("作者：John Ross 2020-01-12").authors == ("John Ross",)


def test_a_date_after_a_colon_in_a_phrase_is_no_meta_line():
    assert parse_meta_line("要闻：2024-02-05 10:00") is None


def test_a_category_label():
    assert starts_with_category_label("所属分类：人文社科 > 理财技巧")
    assert not starts_with_category_label("来源：示例网")


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("来源：微信公众号", "微信公众号"),  # a platform alone is the source
        ("来源：某", None),  # one character names no outlet
        ("来源：" + "示例" * 12, "示例" * 12),  # 24 characters
    ],
)
def test_the_source_a_label_names(line, source):
    assert parse_meta_line(line).source_name == source


def test_a_source_of_25_characters_is_no_outlet():
    assert parse_meta_line("来源：" + "示例" * 12 + "网") is None


# --- view counts, unlabelled dates -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "views"),
    [
        ("本文已被网友阅读 2046 次", 2046),  # six Han characters besides the count
        ("本文已被众网友阅读 2046 次", None),  # seven
        ("本文已被网友阅读 2046 次" + "—" * 15, 2046),  # 30 characters
        ("本文已被网友阅读 2046 次" + "—" * 16, None),  # 31
    ],
)
def test_a_view_count_line_is_short(line, views):
    meta = parse_meta_line(line)
    assert (meta.views if meta is not None else None) == views


@pytest.mark.parametrize(
    ("rest", "is_meta"),
    [
        ("甲乙 丙丁 戊己 庚辛", True),  # four words beside the date
        ("甲乙 丙丁 戊己 庚辛 壬癸", False),  # five
        ("示例" * 6, True),  # a word of 12 characters
        ("示例" * 6 + "网", False),  # 13
    ],
)
def test_an_unlabelled_date_line_holds_few_short_words(rest, is_meta):
    meta = parse_meta_line(f"2024-05-13 10:20 {rest}")
    assert (meta is not None) == is_meta
    if is_meta:
        assert meta.published_at == "2024-05-13T10:20"


def test_a_site_and_a_slash_before_a_date():
    meta = parse_meta_line("示例财经网 / 2024-05-13 10:20")
    assert (meta.source_name, meta.published_at) == ("示例财经网", "2024-05-13T10:20")


def test_a_post_label_with_its_colon_before_the_writer_and_the_outlet():
    meta = parse_meta_line("原创：张小三 上海证券报 2024-05-06 10:00")
    assert (meta.authors, meta.source_name) == (("张小三",), "上海证券报")


# --- the 150-character limit of every reader --------------------------------------------------------


def test_every_reader_reads_a_line_of_150_characters_and_not_151():
    for width, read in ((150, True), (151, False)):
        assert (parse_byline("作者：王小五".ljust(width)) is not None) == read
        assert (parse_breadcrumb("首页 > 财经 > 股票".ljust(width)) is not None) == read
        assert (parse_editor("责任编辑：王小五".ljust(width)) is not None) == read
        assert is_trailer_heading("相关阅读".ljust(width)) == read


# --- breadcrumbs and categories ---------------------------------------------------------------------


def test_one_crumb_is_no_breadcrumb():
    assert parse_breadcrumb("当前位置：首页") is None


def test_a_channel_over_zhengwen_is_a_path_of_two():
    assert parse_breadcrumb("热门资讯> 正文") == ("热门资讯", "正文")
    assert category_of(parse_breadcrumb("热门资讯> 正文"), "标题") == "热门资讯"
    assert parse_breadcrumb("热门资讯 > 股票") is None  # two words apart: a comparison's shape
    assert parse_breadcrumb("收益 > 5% > 正文") is None  # a number among them
    assert parse_breadcrumb("新闻中心 国内新闻>正文") is None  # two words before the arrow
    assert category_of(parse_breadcrumb("新华网 > 正文"), "标题") is None  # the site: the root
    assert category_of(parse_breadcrumb("当前位置：财经 > 正文"), "标题") == "财经"  # no home after the prefix


def test_crumbs_glued_together_after_a_prefix_are_one_path():
    # the arrows were pictures the scraper lost: a path still, its crumbs not to be guessed apart
    assert parse_breadcrumb("您的位置：首页资讯国内资讯正文") == ("首页资讯国内资讯正文",)
    sixteen = "首页" + "资" * 12 + "正文"
    assert parse_breadcrumb("您的位置：" + sixteen) == (sixteen,)
    assert parse_breadcrumb("您的位置：首页" + "资" * 13 + "正文") is None  # seventeen: longer than a crumb
    assert parse_breadcrumb("首页资讯国内资讯正文") is None  # no prefix: a word
    assert parse_breadcrumb("位置：北京市朝阳区建国路") is None  # no home crumb first: an address
    assert category_of(parse_breadcrumb("您的位置：首页资讯国内资讯正文"), "标题") is None


def test_a_home_crumb_in_latin_letters_roots_a_breadcrumb():
    assert parse_breadcrumb("Home / 理财 / 基金定投") == ("Home", "理财", "基金定投")


def test_each_crumb_is_read_where_it_stands_in_its_own_script():
    assert parse_breadcrumb("当前位置：財經要聞 > 财经") == ("財經要聞", "财经")


def test_a_crumb_that_starts_the_title_is_its_copy_from_four_characters():
    assert category_of(("首页", "理财", "银行理财…"), "银行理财新规落地") == "理财"
    assert category_of(("首页", "市场", "新三板"), "新三板改革") == "新三板"  # three: a category


def test_an_outlet_closes_a_byline_only_after_a_slash():
    meta = parse_meta_line("作者：王小五与示例日报")  # no slash: the value is no outlet
    assert (meta.authors, meta.source_name) == (("王小五",), None)


# --- outlets without an outlet word ----------------------------------------------------------------


def test_a_shipped_outlets_name_is_an_outlet_though_it_ends_in_no_outlet_word():
    known = sorted(known_outlets())
    assert "新浪财经" in known and is_outlet_name("新浪财经")
    assert not is_outlet_name("示例讲堂")  # no outlet word and not shipped: a column or a phrase
    assert not is_outlet_name("财经")  # a channel stays a channel


def test_outlets_joined_by_a_dot_are_one_outlet():
    assert is_outlet_name("示例新闻网·示例日报")
    assert not is_outlet_name("示例新闻网·张小三")  # a writer after the dot
    assert parse_meta_line("示例新闻网·示例日报 2026-03-06 18:27:44").source_name == "示例新闻网·示例日报"


def test_an_outlets_newsroom_signs_for_its_outlet():
    assert Meta(source_name="示例網新聞中心").source_name == "示例網"  # as the page writes it
    assert Meta(source_name="示例日报编辑部").source_name == "示例日报"
    assert Meta(source_name="示例新闻中心").source_name == "示例新闻中心"  # no outlet before it
    assert Meta(source_name="报新闻中心").source_name == "报新闻中心"  # one character is no outlet
    assert parse_meta_line("示例網新聞中心 2025-09-12 17:00").source_name == "示例網"


def test_a_dot_between_the_outlet_and_its_date():
    assert parse_meta_line("示例日报· 2026-01-04 09:17").source_name == "示例日报"
    assert parse_meta_line("示例日报• 2026-01-04 09:17").source_name == "示例日报"


def test_writers_of_two_roles_on_one_line_are_all_writers():
    assert parse_meta_line("示例网记者 张小三 通讯员 李小四 北京报道").authors == ("张小三", "李小四")
    assert parse_meta_line("作者：张小三 作者：李小四").authors == ("张小三",)  # one label twice: the first says it
    assert parse_meta_line("编辑：张小三 编辑：李小四").editor == "张小三"  # a second editor: the first stays


def test_a_post_label_after_the_time_is_no_category():
    assert parse_meta_line("2026-03-06 18:27:44 原创").category is None
    assert parse_meta_line("2026-03-06 18:27:44 理财").category == "理财"


def test_an_outlets_word_alone_is_no_outlet():
    assert is_outlet_name("示例客户端") and not is_outlet_name("客户端")
    assert is_outlet_name("示例电视台") and not is_outlet_name("电视台")


def test_an_outlet_apart_after_a_bare_date_is_the_source():
    meta = parse_meta_line("2020-12-20 示例新闻网")
    assert (meta.published_at, meta.source_name) == ("2020-12-20", "示例新闻网")
    assert parse_meta_line("2020-12-20示例新闻网") is None  # glued on: a phrase, as 2月5日证券市场要闻
    assert parse_meta_line("2020-12-20 央行宣布降准") is None  # a sentence after the date


def test_an_outlet_opening_a_bylines_value_is_the_source():
    meta = parse_meta_line("作者：示例日报 张小三 李小四")
    assert (meta.authors, meta.source_name) == (("张小三", "李小四"), "示例日报")
    assert parse_meta_line("作者：示例日报 张小三 合同").source_name is None  # not every word after it a name
    assert parse_meta_line("文|示例财经社 倪小萍").source_name == "示例财经社"


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("【2023年09月25日讯】（记者夏小雨综合报导）房地产危机持续", ("夏小雨",)),  # a dated 讯 in brackets
        ("【文．林小妏】高股息基金吸金", ("林小妏",)),  # 文 and a dot: a magazine's byline
        ("【文／林小妏】高股息基金吸金", ("林小妏",)),
        ("【文林小妏】高股息基金吸金", None),  # no mark after 文: a word, not the label
    ],
)
def test_bracketed_bylines_of_magazines_and_dated_reports(line, names):
    found = bracketed_reporters(line)
    assert (found[0] if found else None) == names


def test_a_dated_report_without_brackets_is_a_dateline_not_a_bracket():
    # 某网5月10日讯 （记者 …）: the dateline reads it and stays; the bracket alone would remove the outlet
    assert bracketed_reporters("示例晚报网5月10日讯 （记者 万小云）要贷款先交保证金") is None


@pytest.mark.parametrize("weekday", ["星期三", "（周三）", "礼拜天"])
def test_the_day_of_the_week_after_a_date_is_no_category(weekday):
    meta = parse_meta_line(f"2024年05月22日 {weekday}")
    assert (meta.published_at, meta.category) == ("2024-05-22", None)


@pytest.mark.parametrize("weekday", ["星期一", "Monday"])
def test_the_day_of_the_week_before_the_writer_and_the_date_is_skipped(weekday):
    # the first token is the weekday, not the last: Monday is no writer, 张小三 no outlet
    meta = parse_meta_line(f"{weekday} 张小三 2024-05-06 10:00")
    assert (meta.authors, meta.source_name) == (("张小三",), None)


def test_a_line_that_says_a_date_and_nothing_else():
    assert parse_meta_line("2024-05-22").is_date_only
    assert not parse_meta_line("2024-05-22 示例日报").is_date_only  # a source beside it
    assert not Meta().is_date_only  # nothing said, no date either


@pytest.mark.parametrize(
    ("value", "views"),
    [
        ("5.19K", 5190), ("2k", 2000), ("3千", 3000), ("1.2万", 12000), ("3w", 30000), ("3W", 30000), ("766", 766),
        ("5Kg", None),
    ],
)
def test_a_view_count_with_its_unit(value, views):
    meta = parse_meta_line(f"栏目：经验 人气：{value}")
    assert meta.views == views


@pytest.mark.parametrize(
    ("run", "names"),
    [
        ("陈小方蓝小达郑媁", ("陈小方", "蓝小达", "郑媁")),  # three, three, two: cut three first
        ("王小芳李娜", ("王小芳", "李娜")),
        ("王小芳李小", ("王小芳", "李小")),
        ("王小芳小李娜", ()),  # no cut where every piece starts with a surname
        ("陈小方蓝小达郑小媁李小", ("陈小方", "蓝小达", "郑小媁", "李小")),  # eleven characters
        ("陈小方蓝小达郑小媁李小明", ("陈小方", "蓝小达", "郑小媁", "李小明")),  # twelve
        ("陈小方蓝小达郑小媁李小明王", ()),  # thirteen: past MAX_GLUED_NAMES_CHARS, no byline
    ],
)
def test_names_of_three_and_two_characters_run_together_after_a_label(run, names):
    assert names_in(run) == names


def test_names_run_together_in_a_bylines_value():
    meta = parse_meta_line("示例报／ 记者陈小方蓝小达郑媁、编译任小原／综合报导")
    assert meta.authors == ("陈小方", "蓝小达", "郑媁", "任小原")  # 编译 glued before a name: its role
    assert names_in("王小芳") == ("王小芳",)  # four characters or fewer: one name, not a run


def test_an_editor_named_before_the_role():
    assert parse_byline("蔡小灵／核稿编辑").editor == "蔡小灵"
    assert parse_byline("蔡小灵 / 责任编辑") == Meta(editor="蔡小灵")  # an editor, no writer
    assert parse_byline("合同／编辑") is None  # no surname: no name


def test_an_outlets_name_may_open_with_digits_or_latin_before_记者():
    meta = parse_meta_line("21世纪示例报记者 易小君 广州报道")
    assert (meta.authors, meta.source_name) == (("易小君",), "21世纪示例报")
    meta = parse_meta_line("21世纪示例报道记者 易小君")  # digits first and no outlet's word: no source
    assert (meta.authors, meta.source_name) == (("易小君",), None)
    meta = parse_meta_line("3名记者 易小君")
    assert (meta.authors, meta.source_name) == (("易小君",), None)  # a count, no outlet


def test_a_desk_then_its_reporter_is_a_byline():
    assert parse_byline("生活中心／游小婷报导").authors == ("游小婷",)
    assert parse_byline("财经组/游小婷报道").authors == ("游小婷",)
    assert parse_byline("生活广场／游小婷报导") is None  # no desk's word


def test_an_editors_label_takes_a_slash_or_a_bar():
    assert parse_meta_line("编辑|魏小佳").editor == "魏小佳"
    assert parse_meta_line("编辑/魏小佳").editor == "魏小佳"
    assert parse_meta_line("编辑|删除") is None


def test_an_outlet_before_a_label_apart_by_a_space_is_the_source():
    meta = parse_meta_line("示例日报 编译汤小君/综合外电")
    assert (meta.authors, meta.source_name) == (("汤小君",), "示例日报")
    assert parse_meta_line("张小三 编辑：李小四").source_name is None  # a name, no outlet


def test_a_reporter_before_a_slash_opening_the_paragraph():
    assert bracketed_reporters("记者彭小美报导/财政部南区国税局表示") == (("彭小美",), 8, None)
    assert bracketed_reporters("记者彭小美报导，财政部南区国税局表示") is None  # a sentence goes on


def test_an_outlet_and_its_channel_after_a_date_is_the_source_as_written():
    meta = parse_meta_line("2019年05月09日 10:56 示例日报-自媒体综合")
    assert (meta.source_name, meta.category) == ("示例日报-自媒体综合", None)
    assert parse_meta_line("2019年05月09日 10:56 理财-基金").source_name is None  # no outlet before the hyphen


def test_writers_apart_after_a_bare_date():
    meta = parse_meta_line("2024.10.17 邓小梁 张小娜")
    assert (meta.published_at, meta.authors) == ("2024-10-17", ("邓小梁", "张小娜"))
    assert parse_meta_line("2024.10.17 邓小梁") is None  # one word after a surname could be a phrase


def test_a_latin_brand_before_the_date_and_marks_between_fields():
    meta = parse_meta_line("Sample News ·  2022/03/03 21:48  · 独家")
    assert (meta.source_name, meta.published_at, meta.category) == ("Sample News", "2022-03-03T21:48", None)
    meta = parse_meta_line("赵小国 示例证券报 2019-09-26 10:56")  # Chinese words: a writer, then the outlet
    assert (meta.authors, meta.source_name) == (("赵小国",), "示例证券报")


def test_a_source_with_its_writer_after_a_slash():
    meta = parse_meta_line("来源：示例视界/何小松")
    assert (meta.source_name, meta.authors) == ("示例视界", ("何小松",))
    assert parse_meta_line("来源：示例视界/财经").source_name == "示例视界/财经"  # no person after it


def test_an_outlet_apart_from_the_reporters_role_in_a_bracket():
    assert bracketed_reporters("（示例报 记者 柴小进）跨境理财通服务开通") == (("柴小进",), 12, "示例报")


def test_a_spaced_label_before_a_vertical_bar():
    assert parse_meta_line("作 者丨程小妙 林小彤").authors == ("程小妙", "林小彤")
    assert parse_meta_line("编 辑丨周小炎").editor == "周小炎"


def test_a_bylines_footnote_is_no_part_of_its_fields():
    line = "作者: 李小萍 许小敏 *实习生刘小佳对本文亦有贡献。"
    meta = parse_meta_line(line)
    assert meta.authors == ("李小萍", "许小敏")
    assert meta.byline == line  # the byline is the whole line, its footnote too
    assert parse_meta_line("来源：示例网 *本文有删节").byline is None  # a footnote on a field that names no writer
    assert parse_meta_line("据统计 *实习生刘小佳对本文亦有贡献。") is None  # no label first: a sentence


def test_a_reporter_and_the_place_she_reports_from():
    assert parse_byline("吕小芷/台北报导").authors == ("吕小芷",)
    meta = parse_meta_line("2025.12.14 . 吕小芷/台北报导")
    assert (meta.published_at, meta.authors) == ("2025-12-14", ("吕小芷",))
    assert parse_byline("合同/台北报导") is None  # no surname: no name


def test_a_finance_brand_is_an_outlet_and_a_scope_of_finance_is_a_channel():
    assert parse_meta_line("示例财经 2025-09-18 17:17 1278阅读").source_name == "示例财经"
    meta = parse_meta_line("2025-09-18 17:17 国内财经")
    assert (meta.source_name, meta.category) == (None, "国内财经")


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("202楼空麻袋", ("空麻袋",)),  # a forum reply's floor, then its poster
        ("沙发楼 小明同学", ("小明同学",)),
        ("5楼会议室", None),  # a building's floor and its room
        ("202楼 2024-01-01", None),  # no name after the floor
    ],
)
def test_a_forum_replys_floor_and_its_poster(line, authors):
    meta = parse_byline(line)
    assert (meta.authors if meta else None) == authors


def test_an_outlets_editor_names_the_outlet():
    meta = parse_meta_line("示例网编辑林小君 2026-02-11 14:53")
    assert (meta.editor, meta.source_name, meta.authors) == ("林小君", "示例网", ())
    assert parse_meta_line("值班编辑林小君").source_name is None  # no outlet before the role


def test_a_less_common_surname_starts_a_name():
    assert is_person_name("贝小娜") and is_person_name("貝小娜")


def test_a_source_said_beats_the_outlet_of_an_editor():
    assert parse_meta_line("示例网编辑林小君 来源：示例通讯社").source_name == "示例通讯社"


def test_a_reporter_after_a_dateline_opening_the_paragraph():
    assert bracketed_reporters("本报北京2月6日讯 记者何小川报道：据统计") == (("何小川",), 18, None)
    assert bracketed_reporters("本报北京2月6日讯 据统计，记者何小川报道：") is None  # not its opening words


def test_a_writer_of_three_characters_before_the_first_label():
    meta = parse_meta_line("林小心 来源: 2026-01-29 09:07")
    assert (meta.authors, meta.published_at) == (("林小心",), "2026-01-29T09:07")
    assert parse_meta_line("黄金 来源：新华社").authors == ()  # two characters: a word after a surname


@pytest.mark.parametrize(
    ("line", "category"),
    [
        ("2023-02-17热点", "热点"),  # the date and its column run together
        ("2023年2月17日财经", "财经"),  # a channel's name
        ("2023年2月17日环球要闻", None),  # a daily column's headline (2月5日证券市场要闻), not its label
        ("2023-02-17央行宣布降准", None),  # a sentence's words, no column
    ],
)
def test_a_column_word_run_into_the_date(line, category):
    meta = parse_meta_line(line)
    assert (meta.category if meta else None) == category


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("来源：《理财周刊》", "理财周刊"),
        ("来源：《求是》2019年第5期", "求是"),  # a journal, its issue after it
        ("来源：《国际经济评论》2016年第", "国际经济评论"),  # the issue cut short, as pages print it
        ("来源：《中国金融》第12期", "中国金融"),
        ("来源：《理财周刊》2016年", "理财周刊"),
        ("来源：《财经》杂志", "《财经》杂志"),  # words after the marks: no issue, the value as written
        ("来源：《财经》2016年第3期增刊", "《财经》2016年第3期增刊"),
        ("来源：《某》", None),  # one character: no outlet
    ],
)
def test_a_journal_source_is_its_name_without_its_issue(line, source):
    meta = parse_meta_line(line)
    assert (meta.source_name if meta else None) == source


@pytest.mark.parametrize(
    ("line", "views"),
    [
        ("人气 5285", 5285),  # a bare count label at the start, the count alone after it
        ("阅读 3250 次", 3250),
        ("人气 2.3万", 23000),
        ("人气 5285 热门", None),  # a word after the count: not the count alone
        ("今日 人气 5285", None),  # the label not at the start
        ("作者 5285", None),  # not a count's label
    ],
)
def test_a_count_after_its_bare_label_is_the_view_count(line, views):
    meta = parse_meta_line(line)
    assert (meta.views if meta else None) == views


@pytest.mark.parametrize(
    ("line", "desk"),
    [
        ("财经中心／综合报导", True),  # a desk signs compiled copy
        ("生活中心/台北报导", True),  # or copy from a place
        ("財經中心／綜合報導", True),  # as a Traditional page writes it
        ("财经中心／综合报导 详见", False),  # more after it
        ("中心／综合报导", False),  # no desk's name
    ],
)
def test_a_desks_credit_is_a_byline_naming_no_one(line, desk):
    meta = parse_byline(line)
    assert (meta == Meta(byline=line)) is desk


def test_a_desks_credit_opening_a_page_is_no_title():
    from cleaner import clean

    lead = "美债ETF人气王传捷报，自除息后仅历时十二个交易日即完成填息，吸引大批投资人目光。"
    article = clean("\n".join(("财经中心／综合报导", lead, "外资也同步加码，近十日买超逾六万张，力压同类产品。")))
    assert article.title is None and article.byline == "财经中心／综合报导" and article.authors == ()


def test_a_reporters_bracket_may_say_interviewed_before_reported():
    assert bracketed_reporters("(大纪元记者顾晓华、刘毅采访报导)")[0] == ("顾晓华", "刘毅")
    assert bracketed_reporters("(大纪元记者顾晓华、刘毅报导)")[0] == ("顾晓华", "刘毅")


def test_an_outlet_before_its_reporters_square_bracket():
    assert bracketed_reporters("旺報 【記者葉文義/綜合報導】")[0] == ("葉文義",)
    assert bracketed_reporters("旺報 【記者葉文義/綜合報導】")[2] == "旺報"
    assert bracketed_reporters("旺報 【葉文義/綜合報導】") is None  # no reporter's role


def test_a_writers_name_then_wen_in_a_bracket():
    assert bracketed_reporters("中房网讯 （苏晓/文）8月21日，旭辉集团公告称")[0] == ("苏晓",)
    assert bracketed_reporters("（苏晓／文）8月21日，旭辉集团公告称")[0] == ("苏晓",)
    assert bracketed_reporters("（苏晓/图）8月21日，旭辉集团公告称") is None  # a picture's credit
    assert bracketed_reporters("（本报/文）8月21日") is None  # no one's name


def test_an_outlets_undated_xun_with_latin_letters_and_its_place_in_brackets():
    from cleaner.stages.bylines import dateline_outlet

    assert dateline_outlet("FX168财经报社(香港)讯 香港连锁式珠宝商龙头周大福") == "FX168财经报社"
    assert dateline_outlet("示例日报(香港特别行政区)讯 香港连锁式珠宝商") is None  # a place of five: no place
    assert dateline_outlet("<示例日报> 周大福(01929)宣布") == "示例日报"  # its name in angle brackets


def test_a_dateline_of_a_special_dispatch_names_its_reporter():
    from cleaner.stages.bylines import dateline_reporters

    assert dateline_reporters("新华社芝加哥9月23日专电（记者汪平）芝加哥期货交易所23日") == ("汪平",)
    assert dateline_reporters("示例社香港9月23日专讯（记者汪平）芝加哥期货交易所23日") == ("汪平",)  # 专讯 too


def test_a_reporters_name_run_into_the_city_she_reports_from():
    assert bracketed_reporters("【記者李宇政台北報導】台中市日前")[0] == ("李宇政",)
    assert bracketed_reporters("（记者李宇政高雄市区报导）台中")[0] == ("李宇政",)  # a city of four
    assert bracketed_reporters("（记者李宇政高雄市前镇区报导）台中") is None  # five: no city's name
    assert bracketed_reporters("【记者李宇政台北】台中") is None  # no 报导: the run is not where she reports from


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("文/观察者网专栏作者 戴雨潇", "观察者网"),  # the outlet names its columnist
        ("【文/观察者网专栏作者 戴雨潇】", "观察者网"),  # in the byline's own bracket
        ("作者：华尔街见闻专栏作家 张三", "华尔街见闻"),
        ("【文/某财经社 倪萍】", "某财经社"),
        ("文/知名专栏作者 戴雨潇", None),  # 知名 (well-known) is no outlet
        ("文/专栏作者 戴雨潇", None),  # the role alone
    ],
)
def test_an_outlet_naming_its_columnist_before_the_name_is_the_source(line, source):
    meta = parse_meta_line(line)
    assert meta.authors == (line.split()[-1].strip("】"),)
    assert meta.source_name == source


@pytest.mark.parametrize(
    ("line", "field", "value"),
    [
        ("出品|清流工作室", "source_name", "清流工作室"),  # the producer, a bar after its label
        ("出品：清流工作室", "source_name", "清流工作室"),
        ("主编|赵妍", "editor", "赵妍"),  # the chief editor
        ("主编：赵妍", "editor", "赵妍"),
    ],
)
def test_a_producer_and_a_chief_editor_are_labelled_fields(line, field, value):
    assert getattr(parse_meta_line(line), field) == value


def test_a_producer_in_a_sentence_is_no_field():
    assert parse_meta_line("本片出品方为某影业") is None


@pytest.mark.parametrize(
    ("line", "category"),
    [
        ("第B020版：信息披露 上一版  下一版", "信息披露"),  # an e-paper's page: its section
        ("第B086版：信息披露 上一版3  4下一版", "信息披露"),  # the neighbouring pages' numbers
        ("第07版：要闻", "要闻"),
        ("第07版：", None),  # a page label without its section: a meta line that says nothing
    ],
)
def test_an_epapers_page_label_is_a_meta_line_naming_the_section(line, category):
    assert parse_meta_line(line) == Meta(category=category)


def test_an_epapers_page_label_is_read_in_linear_time():
    import time

    start = time.perf_counter()
    assert parse_meta_line("第1版：要闻" + "1" * 140 + "x") is None
    assert time.perf_counter() - start < 1


def test_a_count_of_heat_points_after_the_date_is_the_view_count():
    meta = parse_meta_line("2025年6月16日 25点热度 0人点赞 0条评论")
    assert (meta.published_at, meta.views) == ("2025-06-16", 25)


@pytest.mark.parametrize(
    ("line", "authors", "source"),
    [
        ("文/地金君", ("地金君",), None),  # "text by": a pen name needs no surname after it
        ("文：地金君", ("地金君",), None),
        ("文|深燃 黎明", ("黎明",), None),  # an account's name before its writer's: one writer
        ("文/新华社", (), "新华社"),  # the outlet signs it
        ("作者：新京报", (), "新京报"),  # an outlet after 作者 is no pen name either: the source
    ],
)
def test_a_pen_name_after_wen_is_the_writer(line, authors, source):
    meta = parse_meta_line(line) or parse_byline(line)
    assert meta.authors == authors
    assert meta.source_name == source


def test_wen_inside_a_word_labels_nothing():
    assert parse_meta_line("中文/英文") is None


@pytest.mark.parametrize(
    ("line", "date", "source"),
    [
        ("2020-04-13 网络", "2020-04-13", None),  # the date, and a placeholder where the source would be
        ("浏览次数:次 发布时间:2025-07-05 来源:网络", "2025-07-05", None),
        ("来源：本站", None, None),
        ("来源：本站原创  作者：admin  更新时间：2020-01-30", "2020-01-30", "本站原创"),  # as printed (gold)
        ("时间：2023-06-17 12:48:02 来源：网友投稿", "2023-06-17T12:48:02", None),  # a reader sent it in
        ("时间：2023-06-17 来源：投稿", "2023-06-17", None),
        ("发布日期：2024/8/21 来源于：  http://www.mylsfw.com/", "2024-08-21", None),  # an address
        ("发布日期：2024/8/21 来源：www.mylsfw.com", "2024-08-21", None),
        ("发布时间：2024-11-22 来源：复旦发展研究院+收藏本文", "2024-11-22", "复旦发展研究院"),  # a button run on
        ("回答於 : 2024-05-08", "2024-05-08", None),  # a Q&A site's answer date
        ("时间：2023-08-03 来源：凯发天生赢家一触即发", "2023-08-03", None),  # a casino's slogan
        ("来源：新华社", None, "新华社"),
    ],
)
def test_a_placeholder_for_the_source_names_no_outlet(line, date, source):
    meta = parse_meta_line(line)
    assert (meta.published_at, meta.source_name) == (date, source)


def test_a_date_before_a_phrase_of_words_stays_prose():
    assert parse_meta_line("2020-04-13网络") is None  # glued on: a phrase
    assert parse_meta_line("2020-04-13 网络安全") is None


def test_the_first_of_several_listed_categories_is_the_pages():
    assert parse_meta_line("发布日期 2023-07-20 | 分类 半导体 , 晶圆 , 理财").category == "半导体"
    assert parse_meta_line("分类：半导体、晶圆").category == "半导体"


@pytest.mark.parametrize(
    ("line", "views", "source"),
    [
        ("来源：新华社 | 发布时间：2018-05-17 | 浏览次数：2168", 2168, "新华社"),  # 浏览次数, not a bar's 浏览
        ("来源：| 发布时间：2018-05-17 | 浏览次数：2168", 2168, None),
        ("来源：新华社 | 浏览 2168", 2168, "新华社"),
    ],
)
def test_the_longest_label_at_a_place_wins_over_a_bars_shorter_one(line, views, source):
    meta = parse_meta_line(line)
    assert (meta.views, meta.source_name) == (views, source)


def test_of_two_labels_at_one_place_the_one_with_its_outlet_wins():
    meta = parse_meta_line("每经记者：任飞 每经编辑：彭水萍")
    assert (meta.authors, meta.source_name, meta.editor) == (("任飞",), "每经", "彭水萍")


def test_a_count_with_its_thousands_marked_is_the_view_count_not_a_clause():
    meta = parse_meta_line("2025-12-13 13:56:21 9,484次浏览")
    assert (meta.published_at, meta.views) == ("2025-12-13T13:56:21", 9484)
    assert parse_meta_line("阅读：1,234次").views == 1234
    assert parse_meta_line("2024年3月17日,央行宣布降准") is None  # a comma after the date: a clause


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("中国商报(记者 马文博)根据央行近日发布的数据", (("马文博",), "中国商报")),  # the outlet, its reporter
        ("中国商报（记者 马文博、李四）根据", (("马文博", "李四"), "中国商报")),
        ("央行宣布(记者 马文博)根据", None),  # no outlet before the bracket
    ],
)
def test_an_outlet_before_its_reporters_bracket_opening_a_paragraph(line, found):
    read = bracketed_reporters(line)
    assert (read and (read[0], read[2])) == found


@pytest.mark.parametrize(
    ("line", "category"),
    [
        ("2022-05-27 10:12 | 来源：经济参考报 | | [上市公司] 字号变大| 字号变小", "上市公司"),  # between the bars
        ("来源：新华社 | 【财经】", "财经"),
        ("来源：新华社 【财经】", None),  # no bar before it: the source's own words
    ],
)
def test_a_channel_in_brackets_between_a_rows_bars_is_the_category(line, category):
    assert parse_meta_line(line).category == category


def test_an_excerpts_origin_is_its_source():
    assert parse_meta_line("摘自：示例日报").source_name == "示例日报"
    assert parse_meta_line("摘 自：示例日报").source_name == "示例日报"
    assert parse_meta_line("节选自：示例日报").source_name == "示例日报"


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("中央社／ 紐約6日綜合外電報導", "中央社"),  # the outlet as the page writes it
        ("中央社/台北1日电", "中央社"),
        ("联合新闻网/综合报导", "联合新闻网"),
        ("中央社/台北三日电", "中央社"),
    ],
)
def test_an_outlets_dateline_credit_names_the_source_and_no_writer(line, source):
    meta = parse_byline(line)
    assert (meta.source_name, meta.authors, meta.byline) == (source, (), line)


def test_a_desks_dateline_credit_names_no_one():
    assert parse_byline("香港新闻组/香港2日电") == Meta(byline="香港新闻组/香港2日电")


@pytest.mark.parametrize("line", ["中央社/台北电视台报道", "央行/降准电", "政策/综合"])
def test_a_slash_before_other_words_is_no_dateline_credit(line):
    meta = parse_byline(line)
    assert meta is None or meta.source_name is None


def test_a_bylines_day_run_on_before_it_in_digits_is_its_date():
    meta = parse_byline("20250824吳靜君/台北報導")
    assert (meta.authors, meta.published_at) == (("吳靜君",), "2025-08-24")
    assert parse_byline("20251324吳靜君/台北報導") is None  # no thirteenth month: no day


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("来源：发表于2022-01-02", "2022-01-02"),  # another field's label where the outlet would be
        ("来源：sp20241122", "2024-11-22"),  # a code with the day inside it
        ("来源：&&&&", None),  # no word at all
    ],
)
def test_a_source_value_that_names_nothing_is_no_source(line, date):
    meta = parse_meta_line(line)
    assert meta.source_name is None
    assert meta.published_at == date


@pytest.mark.parametrize(
    ("line", "source"),
    [("来源：人民日报2024-05-13", "人民日报"), ("来源：FT中文网", "FT中文网"), ("来源：36氪", "36氪")],
)
def test_an_outlets_name_with_letters_or_digits_stays_the_source(line, source):
    assert parse_meta_line(line).source_name == source


@pytest.mark.parametrize(
    ("line", "views"),
    [("瀏覽人次: 2890", 2890), ("浏览数:2983", 2983), ("点击率：818", 818), ("阅读人次：12", 12), ("访问人次：7", 7)],
)
def test_every_count_label_gives_the_views(line, views):
    assert parse_meta_line(line).views == views


def test_a_bracketed_credit_names_its_outlet_without_the_bracket():
    meta = parse_meta_line("（經濟日報 / 記者林銘翰）")
    assert (meta.source_name, meta.authors) == ("經濟日報", ("林銘翰",))


@pytest.mark.parametrize(
    ("line", "source"),
    [("中央社 台北22日電", "中央社"), ("中央社 台北二日电", "中央社"), ("中央社 电", None), ("央行 降准电", None)],
)
def test_a_space_stands_for_a_datelines_slash_only_before_a_place_and_its_day(line, source):
    meta = parse_byline(line)
    assert (meta.source_name if meta else None) == source


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("2016-01-19马德功,李嵩然", ("马德功", "李嵩然")),
        ("2016-01-19马德功、李嵩然", ("马德功", "李嵩然")),
        ("2016-01-19马德功,合同", None),  # every piece must be a name
    ],
)
def test_names_listed_with_commas_glued_to_a_date_are_its_writers(line, authors):
    meta = parse_meta_line(line)
    assert (meta.authors if meta else None) == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("2017-08-08 整理‧撰文 陳彥丞", ("陳彥丞",)),
        ("採訪・撰文＝余麗姿", ("余麗姿",)),
        ("文字/摄影 张三", ("张三",)),
    ],
)
def test_joined_roles_with_a_writing_one_label_the_writer(line, authors):
    meta = parse_meta_line(line)
    assert (meta.authors, meta.byline) == (authors, line)


def test_joined_roles_without_a_writing_one_label_no_writer():
    meta = parse_meta_line("摄影/编辑 李四")
    assert meta is None or meta.authors == ()


def test_a_job_title_between_names_does_not_end_the_writers():
    assert parse_meta_line("作者丨首席经济学家 王鹏 分析师 梁鑫垚 黄迅").authors == ("王鹏", "梁鑫垚", "黄迅")
    meta = parse_meta_line("文/栗思 编辑/倪家宁")  # an editor's role does
    assert (meta.authors, meta.editor) == (("栗思",), "倪家宁")


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("娄媛媛 本报记者 贺艳", ("娄媛媛", "贺艳")),
        ("本报记者 昌校宇 见习记者 杨洁", ("昌校宇", "杨洁")),  # 昌: a surname of the Hundred Families
        ("新华社 记者 李四", ("李四",)),  # an outlet before the label is no writer
        ("娄媛 本报记者 贺艳", ("娄媛", "贺艳")),  # two characters will do before a reporter's label
        ("娄媛 编辑：贺艳", ()),  # but not before an editor's
    ],
)
def test_a_name_alone_before_a_reporters_label_is_a_writer_too(line, authors):
    assert parse_meta_line(line).authors == authors


@pytest.mark.parametrize(
    ("token", "person"), [("农金局", False), ("国税处", False), ("庞敏委", True), ("李宗宪", True)]
)
def test_an_offices_short_name_is_no_person(token, person):
    from cleaner.stages.names import is_person_name

    assert is_person_name(token) is person


@pytest.mark.parametrize(
    ("line", "views"),
    [
        ("1298人阅读 评论(0) 收藏 举报", 1298),  # a blog's counters: views, comments, its buttons
        ("1298人阅读 点赞 12 转发：3", 1298),
        ("1298人阅读 评论(0) 收藏 举报 2020年", None),  # a figure besides the counters: not a count line
    ],
)
def test_a_view_count_beside_the_posts_other_counters(line, views):
    meta = parse_meta_line(line)
    assert (meta.views if meta else None) == views


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("2024-02-02 03:18蔡昌芹浙商财产保险股份有限公司", ("蔡昌芹",)),  # a name, then where she works
        ("2024-02-02 03:18蔡昌芹示例大学", ("蔡昌芹",)),
        ("2024-02-02 03:18示例财产保险股份有限公司", ()),  # a workplace, no name before it
    ],
)
def test_a_writers_workplace_run_on_after_a_dated_name(line, authors):
    meta = parse_meta_line(line)
    assert meta is not None and meta.published_at == "2024-02-02T03:18"
    assert meta.authors == authors


def test_a_name_run_into_other_words_after_a_date_is_no_byline():
    assert parse_meta_line("2024-02-02 03:18蔡昌芹在示例财产保险股份有限公司发言") is None


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("陈依旻|示例财经特派记者", ("陈依旻",)),  # the name, then the outlet she reports for and her title
        ("陈依旻 / 记者", ("陈依旻",)),
        ("央行总裁|记者会", ()),  # no name before the bar, and no reporter's title after it
    ],
)
def test_a_name_then_the_reporters_title_after_a_bar(line, authors):
    from cleaner.stages.metadata import parse_byline

    meta = parse_byline(line)
    assert (meta.authors if meta else ()) == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Doris 发布时间：2025-07-03 00:33:58", ("Doris",)),  # one Latin word before the date's label
        ("lee_88 发布于 2025-07-03", ("lee_88",)),
        ("admin 发布时间：2025-07-03", ()),  # a placeholder, no one's name
        ("Doris 来源：示例网", ()),  # before a source's label the word may be the site's
    ],
)
def test_a_handle_before_the_dates_label_is_who_posted_it(line, authors):
    meta = parse_meta_line(line)
    assert meta is not None and meta.authors == authors


def test_a_journal_mirror_joins_its_writers_with_plus_signs():
    from cleaner.stages.metadata import names_only

    assert names_only("孙翔宇+杨晶晶") == ("孙翔宇", "杨晶晶")
    assert names_only("孙翔宇+上涨") == ()  # a word that is no name: a formula, not writers


@pytest.mark.parametrize(
    ("line", "source", "category"),
    [
        ("2024年07月23日 17:21 宽远资产", "宽远资产", None),  # the firm whose account posted it
        ("2024年07月23日 17:21 示例证券", "示例证券", None),
        ("2024年07月23日 17:21 示证券", None, "示证券"),  # MIN_FIRM_CHARS: a brand of one character is none
        ("2024年07月23日 17:21 公募基金", None, "公募基金"),  # a kind of firm, no brand: the page's column
        ("2024年07月23日 17:21 逾期资讯", None, "逾期资讯"),
    ],
)
def test_a_firm_after_the_date_is_the_source(line, source, category):
    meta = parse_meta_line(line)
    assert (meta.source_name, meta.category) == (source, category)


def test_the_outlet_its_reporter_and_where_she_reports_from():
    from cleaner.stages.metadata import parse_byline

    meta = parse_byline("示例日报／ 黄彦宏／台北即时报导")
    assert (meta.source_name, meta.authors) == ("示例日报", ("黄彦宏",))
    assert parse_byline("股市／上涨／台北报导") is None  # no outlet, no name


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("示例月刊·上半月 2020年9期", "示例月刊"),  # a twice-monthly journal's half: its edition, not its name
        ("示例月刊·下旬 2020年第9期", "示例月刊"),
        ("原文刊于示例日报 2013年4月30日", "示例日报"),  # the paper it first ran in, its verb the label
        ("原载于《示例周刊》2013年第4期", "示例周刊"),
        ("文|示例周刊 李雨谦,李小晓 发自纽约", "示例周刊"),  # where they write from is no writer
    ],
)
def test_journals_and_first_printings_name_the_source(line, source):
    assert parse_meta_line(line).source_name == source


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("韩文龙 示例大学经济学院经济系主任、示例大学研究院研究员", "韩文龙"),  # posts at named workplaces
        ("韩文龙 示例证券首席经济学家", "韩文龙"),
        ("韩文龙 首席经济学家", "韩文龙"),  # MAX_JOB_TITLE_CHARS or fewer: a title alone
        ("韩文龙 我们今天讨论的是经济发展问题研究员", None),  # a long phrase naming no workplace
        ("韩文龙 甲大学主任、乙大学研究员、丙大学研究员", "韩文龙"),  # MAX_POSTS: three posts
        ("韩文龙 甲大学主任、乙大学主任、丙大学主任、丁大学研究员", None),  # four: a list, not a title
    ],
)
def test_a_name_and_a_long_job_title_that_names_the_workplace(line, author):
    from cleaner.stages.metadata import parse_byline

    meta = parse_byline(line)
    assert (meta.authors[0] if meta and meta.authors else None) == author


@pytest.mark.parametrize(
    ("line", "category"),
    [
        ("2023-01-08 10:00 上海", None),  # where the post was made: no column
        ("2023-01-08 10:00 财经", "财经"),
    ],
)
def test_a_place_after_the_date_is_no_column(line, category):
    meta = parse_meta_line(line)
    assert meta.published_at == "2023-01-08T10:00" and meta.category == category


def test_a_date_and_a_place_apart_is_a_meta_line():
    assert parse_meta_line("2023.01.08 上海").published_at == "2023-01-08"
    assert parse_meta_line("2023.01.08 上海滩") is None  # a word that is no place: a phrase's date


@pytest.mark.parametrize(
    ("line", "editor"),
    [
        ("(编辑 张明富)", "张明富"),
        ("（编辑：张明富）", "张明富"),
        ("编辑 张明富", None),
        ("(编辑 张明富) 更多", None),
        ("（编辑：张良知）1150121", "张良知"),  # a Taiwan wire's day code after it (ROC year 115)
        ("（编辑：张良知）1151321", None),  # no month 13: a number, not the day's code
    ],
)
def test_an_editor_in_brackets_with_a_blank_for_the_colon(line, editor):
    from cleaner.stages.metadata import editor_line

    assert editor_line(line) == editor


@pytest.mark.parametrize(
    ("line", "source", "views"),
    [
        ("时间:2023-06-30 20:15:03来源:示例范文网本文已影响", "示例范文网", None),  # its number not rendered
        ("来源：示例网 本文已影响 2345 人", "示例网", 2345),
    ],
)
def test_the_pages_reach_counter_after_the_last_field(line, source, views):
    meta = parse_meta_line(line)
    assert (meta.source_name, meta.views) == (source, views)


@pytest.mark.parametrize(
    ("line", "views"),
    [("2018/02/10 14:23:34浏览39|回应0|推荐0", 39), ("2018/02/10 14:23:34浏览39 回应0", None)],
)
def test_a_counters_verb_its_number_and_the_bar_to_the_next(line, views):
    assert parse_meta_line(line).views == views


def test_more_source_shapes():
    from cleaner.stages.metadata import bracketed_reporters, parse_source_line

    names, _, outlet = bracketed_reporters("【示例快报/巫彩莲报导】台股投资收益挹注下，盈余创新高。")
    assert (names, outlet) == (("巫彩莲",), "示例快报")
    assert parse_meta_line("源于:新华社").source_name == "新华社"
    assert parse_meta_line("2021-01-11 和讯网").source_name == "和讯网"  # a blank apart: the outlet, no writer
    assert parse_meta_line("2018-01-10 10:40:22    央广网  参与评论()人").source_name == "央广网"
    assert parse_source_line("资料来源:示例日报") == "示例日报"  # a paper: the reprint's source
    assert parse_source_line("资料来源：国家统计局") is None  # a chart's data, no outlet


def test_a_counter_beside_the_fields_after_the_date_needs_its_number_or_brackets():
    assert parse_meta_line("2024-05-01 10:00 示例网 评论(3)").source_name == "示例网"
    from cleaner.stages.metadata import _a_counter

    assert _a_counter("参与评论()人") and _a_counter("评论(3)") and _a_counter("转发：12")
    assert not _a_counter("评论") and not _a_counter("分享")  # the word alone: a button or a column


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("出版：2026-Mar-10 04:00", "2026-03-10T04:00"),  # a Hong Kong paper's stamps
        ("更新：2026-03-10 04:00", "2026-03-10T04:00"),
        ("出版：中信出版社", None),  # a book's publisher: without a day the label is none
        ("更新：系统维护中", None),
    ],
)
def test_publication_and_update_stamps_are_date_labels_only_before_a_day(line, iso):
    meta = parse_meta_line(line)
    assert (meta.published_at if meta else None) == iso
    assert (meta is None) is (iso is None)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("陈爱 来源：电子银行网 2025-10-16 09:51:48", ("陈爱",)),  # two characters, the source and the day after
        ("陈爱国 来源：电子银行网", ("陈爱国",)),  # three characters: a name before any label
        ("陈爱 来源：电子银行网", ()),  # two, without the day: any word after a surname
        ("原创 来源：电子银行网 2025-10-16", ()),  # a post's label, no one
        ("官微 来源：电子银行网 2025-10-16", ()),  # the site's official account
    ],
)
def test_a_two_character_writer_before_the_source_needs_the_whole_row(line, authors):
    assert parse_meta_line(line).authors == authors


def test_the_meta_reader_is_cached():
    # header, byline and trailer readers ask again for the same lines: without its cache a page of
    # 100,000 trailer lines is read four times over (the decorator once slipped onto a helper above it)
    parse_meta_line.cache_clear()
    first = parse_meta_line("来源：示例日报 2024-05-13")
    assert parse_meta_line("来源：示例日报 2024-05-13") is first
    assert parse_meta_line.cache_info().hits == 1


@pytest.mark.parametrize(
    ("line", "source", "category"),
    [
        ("当前报纸名称:江苏经济报", "江苏经济报", None),  # an e-paper reader names the paper
        ("本文刊登于今日合库,第575期", "今日合库", None),  # the journal, then its issue
        ("本文刊登于今日合库，第575期", "今日合库", None),
        ("来源：示例日报,今日", "示例日报,今日", None),  # no issue after the comma: the value as written
        ("版面:第A03版:江苏农金       上一篇    下一篇", None, "江苏农金"),  # the reader's page and its links
    ],
)
def test_an_e_papers_name_a_journals_issue_and_a_readers_page(line, source, category):
    meta = parse_meta_line(line)
    assert (meta.source_name, meta.category) == (source, category)


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("东吴研究所  · 公众号  ·  · 2020-03-20 07:35", "东吴研究所"),  # a WeChat mirror's account row
        ("东吴研究所 · 微博 · 2020-03-20", "东吴研究所"),
        ("东吴 研究所 · 公众号 · 2020-03-20", None),  # words apart: no one account's name
        ("东吴研究所 · 雪球 · 2020-03-20", None),  # no platform after it
    ],
)
def test_an_account_and_its_platform_before_the_day(line, source):
    assert parse_meta_line(line).source_name == source


def test_an_accounts_name_is_at_most_max_account_chars():
    from cleaner.stages.metadata import _account_on_platform

    assert _account_on_platform("一" * 20 + " · 公众号") == "一" * 20
    assert _account_on_platform("一" * 21 + " · 公众号") is None
    assert _account_on_platform("一 · 公众号") is None  # one character names no account


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("【民眾網編輯劉家瑜/綜合報導】", ("劉家瑜",)),  # the editor who compiled the report wrote it
        ("【民眾網編輯劉家瑜/綜合外電報導】", ("劉家瑜",)),
        ("【民眾網編輯劉家瑜】", None),  # an editor alone: not a writer
        ("【民眾網編輯劉家瑜/台北報導】", None),  # a report from a place: an editor there is no writer
    ],
)
def test_a_compiled_reports_editor_is_its_writer(line, names):
    found = bracketed_reporters(line)
    assert (found[0] if found else None) == names


@pytest.mark.parametrize(
    ("line", "published_at"),
    [
        ("http://finance.sina.com.cn 2006年03月07日 09:50 和讯网", "2006-03-07T09:50"),  # a portal's reprint row
        ("finance.sina.com.cn 2006年04月04日 15:52", "2006-04-04T15:52"),
        ("www.example.com.cn 2006-04-04", "2006-04-04"),
        ("www.example.com 欢迎访问本站", None),  # an address and words, no day: no meta line
        ("example.xyz 2006-04-04 示例网", None),  # no domain we know the ending of: the line's own words
    ],
)
def test_a_portals_address_before_the_day_of_a_reprint(line, published_at):
    meta = parse_meta_line(line)
    assert (meta.published_at if meta else None) == published_at


@pytest.mark.parametrize(
    ("line", "editor"),
    [
        ("蔡百灵／核稿编辑", "蔡百灵"),  # a Taiwan paper signs the name, then the role after a slash
        ("蔡百灵/编辑", "蔡百灵"),
        ("核稿编辑：蔡百灵", "蔡百灵"),  # the label first, as any editor's
        ("本周／编辑", None),  # no person's name before the slash
        ("蔡百灵／核稿编辑 张三", None),  # more after the role: no signature alone
    ],
)
def test_an_editor_signed_name_first(line, editor):
    assert parse_editor(line) == editor  # in the trailer
    meta = parse_meta_line(line) or parse_byline(line)  # in the header
    assert (meta.editor if meta else None) == editor


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("来源:金融虎APP  作者:樂金 雄飛", ("樂金", "雄飛")),  # two pen names on a byline row
        ("作者:樂金 雄飛", ("樂金",)),  # no row: the label alone vouches for no pen name
        ("来源:金融虎 作者:甲乙 丙丁 戊己", ("甲乙", "丙丁", "戊己")),  # MAX_PEN_NAMES
        ("来源:金融虎 作者:甲乙 丙丁 戊己 庚辛", ("甲乙",)),  # four: only the first, as before
        ("来源:金融虎 作者:樂金 雄飛宇航", ("樂金",)),  # a longer word: no pen name beside it
    ],
)
def test_short_pen_names_apart_on_a_byline_row(line, authors):
    assert parse_meta_line(line).authors == authors


@pytest.mark.parametrize(
    ("line", "published_at"),
    [
        ("星期五，04 03月 2022 13:01", "2022-03-04T13:01"),  # a CMS prints the weekday first, then a comma
        ("星期五，2022年3月4日", "2022-03-04"),
        ("今天，2022年3月4日", None),  # another word before the comma: a sentence's date
    ],
)
def test_a_weekday_and_its_comma_before_the_date(line, published_at):
    meta = parse_meta_line(line)
    assert (meta.published_at if meta else None) == published_at
