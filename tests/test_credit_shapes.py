"""Writers and sources as real pages credit them, gathered from the misses over all held-out sets
(62-109): a news dateline with a blank before its place or without a date (``某网-四川讯（记者 …）``),
a magazine's ``文．`` / ``撰文‧`` byline, ``报道：`` and ``供稿：`` labels, a handle alone after ``作者：``,
names alone closing the last paragraph, and a source line under the story in any source label's words —
each at its boundary, and the same article when cleaned again."""

import pytest

from cleaner.stages import bylines
from cleaner.stages.metadata import (
    MAX_LONE_PEN_NAME_CHARS,
    MIN_LONE_PEN_NAME_CHARS,
    Meta,
    bracketed_reporters,
    parse_meta_line,
    parse_source_line,
)
from cleaner.stages.names import is_outlet_name, recognition_form

from .header_pages import cleaned_twice

TITLE = "农发行某县支行贷款余额突破50亿元"
P1 = "近日，随着某县茶产业示范基地建设项目1亿元贷款成功投放，该支行贷款余额突破50亿元大关。"
P2 = "该支行全力服务国家粮食安全，发挥支持粮食收购资金供应主渠道作用，保障储备粮轮换。"


# --- a dateline's reporters ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "writers", "outlet"),
    [
        ("示例网 北京7月16日电 （记者 梁晓辉 张素）外交部发言人16日主持例行记者会。", ("梁晓辉", "张素"), "示例网"),
        ("示例网北京7月16日电（记者 梁晓辉 张素）外交部发言人16日主持例行记者会。", ("梁晓辉", "张素"), "示例网"),
        ("示例网（湖北日报网）讯（通讯员段俊杰、杨虎翼）近日，随着项目贷款投放", ("段俊杰", "杨虎翼"), "示例网"),
        ("农村金融时报网-四川讯（记者 余连斌 通讯员 徐鹏）近年来", ("余连斌", "徐鹏"), "农村金融时报网"),
        ("商洛日报 - 商洛之窗讯 （周烨明 贺晶晶）近日，商南县", ("周烨明", "贺晶晶"), "商洛日报"),
    ],
)
def test_a_dateline_with_a_blank_or_without_a_date_names_its_reporters(line, writers, outlet):
    assert bylines.dateline_reporters(line) == writers
    assert bylines.dateline_outlet(line) == outlet


def test_the_blank_before_the_place_is_one_blank_before_a_chinese_word():
    assert bylines.dateline_reporters("示例网  北京7月16日电（记者 梁晓辉）外交部") == ()
    assert bylines.dateline_reporters("示例网 2024 北京7月16日电（记者 梁晓辉）外交部") == ()


def test_an_undated_dispatch_needs_its_dispatch_word_before_the_bracket():
    assert bylines.dateline_reporters("资金情况（记者 梁晓辉）外交部") == ()
    assert bylines.dateline_outlet("某时报网-四川省成都市讯（记者 余连斌）近年来") is None  # a place: 2-4 characters


def test_the_undated_dateline_fills_writers_and_source():
    article = cleaned_twice(f"{TITLE}\n示例网（湖北日报网）讯（通讯员段俊杰、杨虎翼）{P1}\n{P2}")
    assert (article.title, article.authors, article.source_name) == (TITLE, ("段俊杰", "杨虎翼"), "示例网")


# --- a magazine's dot after 文 -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [("文．洪宝山", "洪宝山"), ("文•楚寒石", "楚寒石"), ("文 ‧ 韩风", "韩风"), ("撰文‧黄浚玮", "黄浚玮"),
     ("文・李明", "李明")],
)
def test_a_dot_after_wen_opens_a_byline(line, name):
    assert parse_meta_line(line).authors == (name,)


def test_a_dot_after_wen_inside_a_word_is_no_label():
    assert parse_meta_line("中文•李明") is None
    assert parse_meta_line("作者•李明") is None  # only 文 and 撰文 take the dot


def test_the_dotted_byline_leaves_the_text():
    article = cleaned_twice(f"{TITLE}\n文．洪宝山\n{P1}\n{P2}")
    assert (article.title, article.authors) == (TITLE, ("洪宝山",))
    assert "洪宝山" not in article.text


# --- labels that are words too: 报道, 供稿 ----------------------------------------------------------


@pytest.mark.parametrize("label", ["报道", "报导", "供稿"])
def test_a_word_label_credits_a_name(label):
    assert parse_meta_line(f"{label}：谢悦汉").authors == ("谢悦汉",)


@pytest.mark.parametrize("label", ["报道", "报导", "供稿"])
def test_a_word_label_without_a_name_is_no_meta_line(label):
    assert parse_meta_line(f"{label}：本次会议") is None  # a heading: it stays in the text
    assert parse_meta_line("作者：合同") is not None  # 作者 alone is a label still


def test_a_word_label_inside_a_sentence_is_no_label():
    assert parse_meta_line("据报道：李明") is None
    assert parse_meta_line("新华社报道：李明") is None


def test_a_heading_opened_by_a_word_label_stays():
    article = cleaned_twice(f"{TITLE}\n{P1}\n报道：本次会议\n{P2}")
    assert "报道：本次会议" in article.text


# --- a handle alone after 作者 ---------------------------------------------------------------------


def test_a_lone_handle_is_as_long_as_the_bounds():
    shortest, longest = "里" * MIN_LONE_PEN_NAME_CHARS, "里约热泪奴" + "奴" * (MAX_LONE_PEN_NAME_CHARS - 5)
    assert parse_meta_line(f"作者：{shortest}").authors == (shortest,)
    assert parse_meta_line(f"作者：{longest}").authors == (longest,)
    assert parse_meta_line(f"作者：{shortest[:-1]}").authors == ()  # 作者：合同: a word, no handle
    assert not parse_meta_line(f"作者：{longest}奴").authors  # a phrase


@pytest.mark.parametrize("value", ["工商评级三部", "国金固收团队", "匿名网友", "某某网", "中国人民银行"])
def test_a_lone_value_that_is_a_desk_team_placeholder_or_outlet_is_no_handle(value):
    assert parse_meta_line(f"作者：{value}").authors == ()


def test_a_lone_handle_with_the_bar_after_it():
    assert parse_meta_line("作者：疯癫尐女 |").authors == ("疯癫尐女",)


def test_a_lone_handle_above_the_title_is_the_author():
    article = cleaned_twice(f"作者：里约热泪奴\n{TITLE}\n{P1}\n{P2}")
    assert (article.title, article.authors) == (TITLE, ("里约热泪奴",))


# --- the article's last sentence, then its writers in a bracket -----------------------------------

END = "截至11月末，累计发放涉农贷款1354亿元，实现县域全覆盖。"


@pytest.mark.parametrize(
    ("bracket", "writers"),
    [
        ("（章臣林 胡黎明）", ("章臣林", "胡黎明")),
        ("（章臣林、胡黎明、李之永）", ("章臣林", "胡黎明", "李之永")),
        ("(刘焕彦/台北报导)", ("刘焕彦",)),
        ("（刘焕彦、李之永／台北综合报导）", ("刘焕彦", "李之永")),
    ],
)
def test_names_alone_closing_the_last_paragraph_are_its_writers(bracket, writers):
    assert bylines.closing_writers(END + bracket) == writers


def test_names_alone_closing_need_every_one_a_name_and_three_at_most():
    assert bylines.closing_writers(END + "（上海 浦东）") == ()
    assert bylines.closing_writers(END + "（章臣林 胡黎明 李之永 王明）") == ()
    assert bylines.closing_writers("累计发放涉农贷款（章臣林 胡黎明）") == ()  # no sentence closed before it


def test_an_outlet_a_blank_then_its_reporter_closes_the_article():
    assert bylines.closing_credit(END + "（经济日报 记者邹斌）") == ("经济日报", ("邹斌",))
    article = cleaned_twice(f"{TITLE}\n{P1}\n{END}（经济日报 记者邹斌）")
    assert (article.authors, article.source_name) == (("邹斌",), "经济日报")


# --- a byline with no bracket: names, then 报道 ------------------------------------------------------


def test_names_then_report_without_a_place_is_a_byline():
    article = cleaned_twice(f"{TITLE}\n郭倩婷 报道\n{P1}\n{P2}")
    assert (article.title, article.authors) == (TITLE, ("郭倩婷",))
    assert "报道" not in article.text
    assert "市场 报道" in cleaned_twice(f"{TITLE}\n市场 报道\n{P1}\n{P2}").text  # 市场 is no one's name


def test_an_undated_dispatch_then_reporters_and_a_blank_opens_the_paragraph():
    line = f"本网讯 记者雷和平 通讯员韩荣胜 陈静雅报道 {P1}"
    assert bracketed_reporters(line)[0] == ("雷和平", "韩荣胜", "陈静雅")
    article = cleaned_twice(f"{TITLE}\n{line}\n{P2}")
    assert article.authors == ("雷和平", "韩荣胜", "陈静雅")
    assert article.text.split("\n")[1] == P1  # the byline is cut from the paragraph, its sentence stays


def test_the_report_word_needs_a_blank_or_a_colon_after_it():
    assert bracketed_reporters("本网讯 记者雷和平报道称，今年以来") is None


# --- the source under the story, in any source label's words ----------------------------------------


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("转自：新华社", "新华社"),
        ("信息来源：安徽日报", "安徽日报"),
        ("轉載自: 晴報", "晴報"),
        ("(來源 中央社)", "中央社"),
        ("(新聞資料來源 : 中央社)", "中央社"),
        ("资料来源：新华社", "新华社"),  # data credited to an outlet: its name says it
    ],
)
def test_a_source_line_in_any_source_labels_words(line, outlet):
    assert parse_source_line(line) == outlet


def test_a_source_line_needs_its_colon_out_of_a_bracket_and_a_data_credit_an_outlet():
    assert parse_source_line("来源 中央社") is None
    assert parse_source_line("资料来源：国家统计局") is None  # a figure's data, no outlet


@pytest.mark.parametrize(
    "after",
    ["", "\n【版權及免責聲明】凡本網所屬版權作品，轉載時須獲得授權。", "\n評論被關閉。"],
)
def test_the_source_line_under_the_story_is_read_over_a_disclaimer_or_a_shut_comment_box(after):
    article = cleaned_twice(f"{TITLE}\n{P1}\n{P2}\n轉自:新華社{after}")
    assert (article.source_name, article.text.split("\n")[-1]) == ("新华社", P2)


def test_a_bar_or_slash_after_source_only_where_the_line_opens():
    assert parse_meta_line("来源 | 香港证监会网站").source_name == "香港证监会网站"
    assert parse_meta_line("来源/新华社").source_name == "新华社"
    assert parse_meta_line("资金来源/运用") is None  # a table's heading
    assert parse_meta_line("财经网 / 来源 / 2024-01-02").source_name is None  # a site's empty slot


def test_a_traditional_label_with_yu_is_read():
    meta = parse_meta_line("原文刊於晴報 2013年4月30日")
    assert (meta.source_name, meta.published_at) == ("晴報", "2013-04-30")
    assert recognition_form("於梨华") == "于梨华"  # the form only: the text keeps 於


def test_an_outlet_compiling_the_story_is_the_outlet():
    assert is_outlet_name("新浪财经综合")
    assert not is_outlet_name("综合") and not is_outlet_name("本报综合")


def test_an_outlets_editor_needs_a_name_after_the_role():
    assert parse_meta_line("示例日报社编辑李明").source_name == "示例日报社"
    assert parse_meta_line("示例日报社编辑记者到我市开发区采风") is None  # a headline: its outlet is no source


def test_fields_run_together_after_a_label_are_no_headline_with_its_meta_glued_on():
    line = "文章作者：武夷山某某合作联社文章发布时间：2016年10月28日"
    assert parse_meta_line(line).published_at == "2016-10-28"
    article = cleaned_twice(f"{TITLE}\n{line}\n{P1}\n{P2}")
    assert (article.title, article.published_at) == (TITLE, "2016-10-28")
    assert "文章作者" not in article.text


# --- sets 110-112 -------------------------------------------------------------------------------


def test_the_papers_own_reporter_opens_the_first_paragraph():
    assert bracketed_reporters(f"本报记者辛宏 {P1}")[0] == ("辛宏",)
    article = cleaned_twice(f"{TITLE}\n本报记者辛宏 {P1}\n{P2}")
    assert (article.authors, article.text.split("\n")[1]) == (("辛宏",), P1)


def test_the_papers_own_reporters_alone_on_their_line_are_no_paragraph():
    assert bracketed_reporters("本刊记者 段宏庆 于宁 何华峰 郭琼") is None  # no sentence after the first name
    article = cleaned_twice(f"{TITLE}\n本刊记者 段宏庆 于宁 何华峰 郭琼\n{P1}\n{P2}")
    assert article.authors == ("段宏庆", "于宁", "何华峰", "郭琼")


def test_a_second_role_run_on_after_a_name():
    meta = parse_meta_line("温州日报全媒体记者黄荣杰通讯员庄丽")
    assert (meta.authors, meta.source_name) == (("黄荣杰", "庄丽"), "温州日报")


def test_a_writers_note_in_brackets_closes_the_byline():
    note = "（" + "中国社会科学院学部委员" + "、世界经济研究所原所长" + "）"
    assert len(note) - 2 >= 17
    assert parse_meta_line(f"本文作者：余永定{note}").authors == ("余永定",)
    meta = parse_meta_line("作者: 李礼仲 ( 2007年11月13日 11:50)")  # a date in it: a field, read as one
    assert (meta.authors, meta.published_at) == (("李礼仲",), "2007-11-13T11:50")


def test_a_short_note_is_the_values_own_bracket():
    from cleaner.stages.metadata import AFFILIATION_NOTE_RE

    assert AFFILIATION_NOTE_RE.search("余永定（" + "学" * 17 + "）")
    assert not AFFILIATION_NOTE_RE.search("余永定（" + "学" * 16 + "）")


def test_a_bracket_of_names_alone_under_the_last_paragraph_over_a_trailer():
    article = cleaned_twice(f"{TITLE}\n{P1}\n{P2}\n（赵志国）\n新闻推荐\n某地新闻标题之一\n某地新闻标题之二")
    assert article.authors == ("赵志国",)
    assert "新闻推荐" not in article.text


@pytest.mark.parametrize(
    ("line", "source", "column"),
    [("意见领袖 | 《经济学》（季刊）", "经济学（季刊）", "意见领袖"), ("《比较》(双月刊)", "比较(双月刊)", None)],
)
def test_a_journal_named_with_its_frequency_is_a_credit_line(line, source, column):
    meta = parse_meta_line(line)
    assert (meta.source_name, meta.category) == (source, column)


def test_a_quoted_book_without_a_frequency_is_no_credit():
    assert parse_meta_line("书评 | 《置身事内》") is None
    article = cleaned_twice(f"【专题】货币主义之困\n意见领袖 | 《经济学》（季刊）\n本文作者：余永定\n{P1}\n{P2}")
    assert (article.title, article.source_name) == ("【专题】货币主义之困", "经济学（季刊）")
    assert article.authors == ("余永定",)


@pytest.mark.parametrize(
    ("line", "views"), [("本文已影响 2.63W人", 26300), ("本文已影響 1.5万人", 15000), ("本文已影响 2345 人", 2345)]
)
def test_a_reach_counter_alone_is_the_view_count(line, views):
    assert parse_meta_line(line).views == views


def test_a_reach_counter_alone_is_no_title():
    article = cleaned_twice(f"{TITLE}\n本文已影响 2.63W人\n{P1}\n{P2}")
    assert (article.title, article.views) == (TITLE, 26300)


@pytest.mark.parametrize("headline", ["记者兼职送外卖：一晚29元背后的真实与思考", "我在现场丨记者跑外卖，4小时挣88"])
def test_a_reporters_word_in_a_headline_without_a_colon_is_no_field(headline):
    assert parse_meta_line(headline) is None
    assert cleaned_twice(f"{headline}\n{P1}\n{P2}").title == headline


def test_a_reporters_word_with_its_colon_and_no_name_is_still_a_meta_line():
    assert parse_meta_line("记者：2024") == Meta()


def test_a_forum_threads_template_is_furniture():
    page = "\n".join([
        "设为首页收藏本站", "打印 上一主题 下一主题", "[经济] 快枪手", "跳转到指定楼层", "楼主",
        "发表于 2016-3-8 02:28:56 | 只看该作者", "本帖最后由 holycow 于 2016-3-7 15:41 编辑", P1, P2,
    ])  # fmt: skip
    article = cleaned_twice(page)
    assert (article.title, article.published_at, article.category, article.authors) == (
        "[经济] 快枪手", "2016-03-08T02:28:56", None, ()
    )
    assert "本帖最后由" not in article.text and "跳转到指定楼层" not in article.text


def test_a_numbered_section_said_again_by_a_table_of_contents_is_no_title():
    from cleaner.stages.outline import numbered_section

    assert numbered_section("一、国内地产债务危机缘何爆发？") and numbered_section("（二）郑州政府如何纾困地产")
    assert not numbered_section("第三章 逆境求胜的基金经理人") and not numbered_section("1. 电话")
    sections = ["一、国内地产债务危机缘何爆发？", "（一）土地供给畸形注定高负债模式", "二、郑州政府如何纾困地产？"]
    page = "\n".join(["从郑州看出险民营房企如何谢幕", "目录", *sections, sections[0], P1, sections[2], P2])
    assert cleaned_twice(page).title == "从郑州看出险民营房企如何谢幕"


@pytest.mark.parametrize(
    ("end", "writers"),
    [
        ("西安报业全媒体记者 轩辕杨子", ("轩辕杨子",)),
        ("本报记者 张三 李四", ("张三", "李四")),
        ("记者 黄世瑾", ("黄世瑾",)),
    ],
)
def test_a_papers_reporter_run_on_after_the_last_sentence(end, writers):
    assert bylines.closing_writers(END + end) == writers


def test_a_reporters_word_after_the_last_sentence_needs_names():
    assert bylines.closing_writers(END + "据记者了解情况") == ()
    assert bylines.closing_writers(END + "市场记者 不多见了") == ()


@pytest.mark.parametrize(("line", "title_like"), [
    ("日照银行五莲中心支行筑牢金融安全防护网", True),  # a long line ending in a bare 网: a net
    ("各方大佬激辩中的乐视网", True),
    ("中华人民共和国中央人民政府门户网站", False),  # a long site's name says 网站
    ("某某省人民政府新闻网", False),
    ("广东省地方金融监督管理局官网", False),
    ("HI!欢迎登录某某智库网", False),  # a greeting's mark: a site's line
    ("某某财经网", False),  # short: a site's name
])  # fmt: skip
def test_a_headline_ending_in_a_net_is_no_sites_name(line, title_like):
    from cleaner.config import StructureConfig
    from cleaner.stages.title_shapes import is_title_like

    assert is_title_like(line, StructureConfig()) is title_like


def test_an_outlet_a_slash_and_its_writer():
    from cleaner.stages.metadata import parse_byline

    meta = parse_byline("聯合新聞網／ 張紫凌")
    assert (meta.authors, meta.source_name) == (("張紫凌",), "聯合新聞網")
    assert parse_byline("中央社/台北") is None  # a city, no writer
    article = cleaned_twice(f"{TITLE}\n联合新闻网／ 张紫凌\n{P1}\n{P2}")
    assert (article.authors, article.source_name) == (("张紫凌",), "联合新闻网")


@pytest.mark.parametrize(("line", "writers"), [
    ("（中央社记者潘姿羽17日电）中央银行14日晚间与美国财政部发布联合声明", ("潘姿羽",)),  # no city
    ("（中央社记者温贵香台北21日电）", ("温贵香",)),
    ("（中央社记者林克伦17日电）", ("林克伦",)),
    ("（中央社记者综合17日电）", ()),  # no name before the day
])  # fmt: skip
def test_a_wires_bracketed_dateline_without_a_city(line, writers):
    assert bylines.dateline_reporters(line) == writers


@pytest.mark.parametrize("mark", ["（全文完）", "（全文）", "（连载）", "（待续）"])
def test_an_articles_end_mark_in_brackets_names_no_writer(mark):
    assert bylines.closing_writers(END + mark) == ()
    assert bylines.closing_writers(mark) == ()  # alone on its line under the last paragraph


def test_a_handle_alone_inside_the_text_is_a_quotes_credit_and_stays():
    poem = ["《加与不加》", "作者：仓又加错", "你加，或者不加仓，", "仓就在那里，"]
    article = cleaned_twice("\n".join([TITLE, P1, *poem, P2]))
    assert article.authors == ()
    assert "作者：仓又加错" in article.text
    assert cleaned_twice("\n".join([TITLE, "作者：仓又加错", P1, P2])).authors == ("仓又加错",)  # in the header


def test_a_newsletters_issue_row_with_its_links_is_a_date_line():
    from cleaner.stages.metadata import MAX_ISSUE_LINK_CHARS

    assert parse_meta_line("2024/10/28 第1168期  |  訂閱/退訂  |  看歷史報份").published_at == "2024-10-28"
    link = "订" * MAX_ISSUE_LINK_CHARS
    assert parse_meta_line(f"2024/10/28 第1168期 | {link}").published_at == "2024-10-28"
    assert parse_meta_line(f"2024/10/28 第1168期 | {link}阅") is None  # longer: words of a headline
    assert parse_meta_line("2024/10/28 第1168期 | 央行降息，市场热烈") is None
