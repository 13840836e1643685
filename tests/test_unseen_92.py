"""Shapes from held-out sets 92-94 of unseen pages: a station's dated bracket without its dispatch
word, a subtitle saying its headline's words again, a comment box whose counter sits above its heading,
the masthead's "today is" greeting, the reader's place glued to a path, fields in a row read as a
title's glue, and question marks standing for the blanks a page's encoding lost between its fields —
each at its boundary, and the same article when cleaned again."""

import pytest

from cleaner import clean
from cleaner.config import BoilerplateConfig
from cleaner.stages import boilerplate, bylines, header
from cleaner.stages.boilerplate import line_kind
from cleaner.stages.metadata import bracketed_reporters

from .header_pages import cleaned_twice

P1 = "美国联储局宣布减息0.5厘，本港多家银行随即下调港元最优惠利率，市场关注楼价能否止跌回稳。"
P2 = "分析人士认为，按揭利率回落有助减轻供楼负担，但经济前景未明，买家入市仍会审慎。"
P3 = "地产代理表示，减息消息公布后，周末睇楼量按周增加约两成，部分业主收窄议价空间。"
S = BoilerplateConfig()


# --- a station's dated bracket, its dispatch word left out -----------------------------------------


def test_a_dated_bracket_before_the_reporters_bracket_is_a_dateline():
    line = "【某某之声2024年9月20日】（本台记者李明综合报导）"
    assert bylines.dated_bracket(line) == "2024-09-20"
    assert bylines.dateline_outlet(line) == "某某之声"
    assert bracketed_reporters(line)[0] == ("李明",)


def test_without_the_reporters_bracket_a_bare_dated_bracket_names_no_outlet():
    assert bylines.dated_bracket("【某某之声2024年9月20日】美联储减息") is None
    assert bylines.dated_bracket("【某某之声2024年9月20日讯】美联储减息") == "2024-09-20"


@pytest.mark.parametrize("place", ["above", "below"])
def test_the_stations_dateline_gives_date_source_and_writer(place):
    title, dateline = "联储减息 楼市有救？", "【某某之声2024年9月20日】（本台记者李明综合报导）"
    lines = [dateline, title] if place == "above" else [title, dateline]
    article = cleaned_twice("\n".join([*lines, P1, P2]))
    assert (article.title, article.authors, article.published_at, article.source_name) == (
        title, ("李明",), "2024-09-20", "某某之声"
    )


# --- a subtitle that says its headline's words again ----------------------------------------------


def test_a_subtitle_sharing_the_headlines_words_is_no_title_on_a_second_run():
    title = "货币供应量稳定 二月份居民存款微跌"
    page = f"{title}\n\n2021-04-08 00:41\n\n二月份居民存款及贷款均按月减少\n\n【特讯】{P1}\n{P2}\n"
    assert cleaned_twice(page).title == title


@pytest.mark.parametrize(("subtitle", "shares"), [
    ("二月份居民存款及贷款均减少", True),  # 二月份居民存款: seven characters said again
    ("居民存款及贷款均按月减少", False),  # 居民存款: four
])  # fmt: skip
def test_a_shared_phrase_is_min_shared_phrase_chars_long(subtitle, shares):
    assert header.MIN_SHARED_PHRASE_CHARS == 5
    assert header._shares_a_phrase(subtitle, "货币供应量稳定 二月份居民存款微跌") is shares
    assert header._shares_a_phrase("居民存款及甲", "月居民存款及贷款") is True  # five exactly
    assert header._shares_a_phrase("居民存款甲", "月居民存款及贷款") is False


def test_the_headline_again_with_its_kicker_is_no_subtitle():
    headline = "福建山区县三驾马车跑出经济发展加速度"
    assert not header._shares_a_phrase(f"（新春走基层）{headline}", f"{headline}******")
    page = f"{headline}******\n（新春走基层）{headline}\n某某网宁德2月4日电 （王小明 李大华）{P1}\n{P2}\n"
    assert cleaned_twice(page).title == f"（新春走基层）{headline}"


# --- a comment box read from its counter above its heading -----------------------------------------


def test_a_comment_box_goes_from_its_counter_above_its_heading():
    box = ["评论一下", "评论 0人参与，0条评论", "还没有评论，快来抢沙发吧！", "最热评论", "最新评论", "已有0人参与"]
    body = ["一季度全市经济增速居全省第2位", *[P1, P2, P3] * 3]
    article = cleaned_twice("\n".join([*body, *box]))
    assert not any(line in article.text for line in box)
    assert article.text.endswith(P3)


@pytest.mark.parametrize(("line", "opens"), [
    ("评论 0人参与，0条评论", True),
    ("还没有评论，快来抢沙发吧！", True),
    ("网友评论", True),  # a heading itself
    ("欢迎在评论区留言交流", False),  # no count, no sofa: the article's own words
    ("本次评论共有12位专家参与，分析了今年以来的市场变化", False),  # over MAX_COMMENT_WIDGET_CHARS
])  # fmt: skip
def test_what_opens_a_comment_box(line, opens):
    assert boilerplate.MAX_COMMENT_WIDGET_CHARS == 30
    assert boilerplate._opens_comments(line) is opens


def test_a_comment_widget_line_alone_is_no_heading():
    """The counter only extends a box upward: alone, without a heading below it, it stays."""
    body = ["一季度全市经济增速居全省第2位", *[P1, P2, P3] * 3]
    article = clean("\n".join([*body, "评论 0人参与，0条评论"]))
    assert article.text.endswith("评论 0人参与，0条评论")


# --- the masthead's greeting with today's date ----------------------------------------------------


@pytest.mark.parametrize(("line", "kind"), [
    ("您好！今天是", "boilerplate:site_notice"),
    ("今天是2024年3月5日 星期二", "boilerplate:site_notice"),
    ("您好，今天是：2024年3月5日", "boilerplate:site_notice"),
    ("今天是国庆节", None),  # a sentence of the article's
    ("今天是央行降准的第一天", None),
])  # fmt: skip
def test_todays_greeting_is_the_mastheads(line, kind):
    assert line_kind(line, S) == kind


def test_a_greeting_above_the_headline_does_not_take_the_title_on_a_second_run():
    title = "去年十二月居民存款8,196亿元"
    article = cleaned_twice(f"您好！今天是\n设为主页收藏本页\n{title}\n\n【特讯】{P1}\n{P2}\n")
    assert article.title == title
    assert "今天是" not in article.text


# --- the reader's place before a path from its site ------------------------------------------------


def test_the_readers_place_glued_to_a_path_is_no_title():
    page = f"您现在的位置：乡村发现 > 首页 > 三农资讯\n\n重塑县域经济增长新格局\n\n{P1}\n{P2}\n"
    article = cleaned_twice(page)
    assert article.title == "重塑县域经济增长新格局"
    assert article.category == "三农资讯"
    assert "位置" not in article.text


@pytest.mark.parametrize(("head", "opens"), [
    ("您现在的位置：乡村发现 >", True),
    ("当前位置: 财经", True),
    ("您现在的位置：？台海网 >>", True),  # a lost blank after the colon
    ("位置决定一切的楼市", False),  # no colon: a headline's word
])  # fmt: skip
def test_opens_a_path_needs_the_colon(head, opens):
    assert header._opens_a_path(head) is opens


# --- fields in a row, and question marks for lost blanks -------------------------------------------


def test_lost_blanks_between_labelled_fields():
    meta_line = "[ 作者：王小明?李大华?  文章来源：某某乡村网  点击数： 更新时间：2017-09-01 录入：张三 ]"
    article = cleaned_twice(f"重塑县域经济增长新格局\n\n{meta_line}\n\n{P1}\n{P2}\n")
    assert article.authors == ("王小明", "李大华")
    assert (article.published_at, article.source_name) == ("2017-09-01", "某某乡村网")
    assert "王小明？李大华？" in article.byline  # the byline as the page printed it


def test_lost_blanks_around_a_stamp():
    meta_line = "www.example.com?2009-04-15 17:42? 记者 王小明 李大华?来源：某某日报"
    article = cleaned_twice(f"共同的使命 共同的责任\n——十九城市党报协作会侧记\n{meta_line}\n\n{P1}\n{P2}\n")
    assert article.title == "共同的使命 共同的责任"
    assert (article.authors, article.published_at, article.source_name) == (
        ("王小明", "李大华"), "2009-04-15T17:42", "某某日报"
    )


@pytest.mark.parametrize("line", ["央行会降息吗？", "2024年央行会降息吗？市场在等待"])
def test_a_question_without_a_label_or_stamp_asks(line):
    assert header.header_meta(line, None) is None
    assert header.STAMP_RE.search(line) is None


# --- sources: 消息 for the dispatch word, a wire's dash, the source's address, 原文刊于 ----------------


@pytest.mark.parametrize(("line", "outlet"), [
    ("长江商报消息 一季度全市生产总值增长8%", "长江商报"),
    ("央视网消息：国庆假期即将来临", "央视网"),
    ("【澳门日报消息】澳门金融管理局今日发布统计", "澳门日报"),
    ("路透上海10月23日 - 东南亚股市周四多数上涨", "路透"),
    ("最新消息：央行宣布降准", None),  # 最新 is no outlet's name
    ("市场消息，多家银行下调利率", None),
    ("2024年10月23日 - 东南亚股市周四多数上涨", None),  # a date and a dash: no wire named
    ("路透上海10月23日-东南亚股市", None),  # the wire's dash stands between blanks
])  # fmt: skip
def test_a_dispatch_said_with_xiaoxi_or_a_wires_dash(line, outlet):
    assert bylines.dateline_outlet(line) == outlet


def test_the_sources_address_under_its_line_goes_with_it():
    closing = ["某市监管局网站", "2025年3月21日", "文章来源：国家金融监督管理总局网站", "https://www.example.gov.cn/a"]
    article = cleaned_twice("\n".join(["关于警惕保险诈骗的风险提示", P1, P2, *closing]))
    assert article.source_name == "国家金融监督管理总局网站"
    assert "https://www.example.gov.cn/a" not in article.text
    gone = [c for c in article.removed if c.text == "https://www.example.gov.cn/a"]
    assert [c.reason for c in gone] == ["structure:source_line"]


def test_an_address_without_a_source_line_above_stays():
    article = clean("\n".join(["关于警惕保险诈骗的风险提示", P1, P2, "https://www.example.gov.cn/a"]))
    assert article.text.endswith("https://www.example.gov.cn/a")


@pytest.mark.parametrize(("line", "source", "day"), [
    ("原文刊于某某日报 2013年4月30日", "某某日报", "2013-04-30"),
    ("本文来源于新华社", "新华社", None),  # an outlet's name: the verb is label enough
    ("本文来源于网络", None, None),  # no outlet: no field
])  # fmt: skip
def test_a_closing_line_labelled_by_its_verb(line, source, day):
    meta = bylines.parse_trailing_meta(line)
    assert (meta.source_name if meta else None, meta.published_at if meta else None) == (source, day)


def test_according_to_an_outlets_xiaoxi_is_a_relay_not_a_dispatch():
    assert bylines.dateline_outlet("据长江商报消息，一季度全市生产总值增长8%") is None


# --- sets 95-97: a bar menu, a path's buttons, page links, a masked suffix, Taiwan brackets ----------


MENU = "人物|文萃|图片|文化|娱乐|评论|社评|快评|观察|专论|网评|外电|名家|记者|简介"


def test_a_menu_row_of_bars_is_no_title_and_its_jizhe_no_label():
    from cleaner.config import StructureConfig
    from cleaner.stages.title_shapes import is_title_like

    assert not is_title_like(MENU, StructureConfig())
    assert header.header_meta(MENU, None) is None  # …|记者|简介: a link, not a byline of 简介
    article = cleaned_twice(f"{MENU}\n某某网路报：大陆是台湾经济成长动力源泉\n2020-12-09 09:56:51\n{P1}\n{P2}\n")
    assert article.title == "某某网路报：大陆是台湾经济成长动力源泉"
    assert article.authors == ()


@pytest.mark.parametrize(("row", "menu"), [
    ("人物|文萃|图片|文化|娱乐|评论|社评|快评", True),  # eight words: twice MIN_MENU_WORDS
    ("人物|文萃|图片|文化|娱乐|评论|社评", False),  # seven
    ("财经早报｜央行降准 A股大涨", False),  # a headline's bar
    ("人物|文萃|图片|文化|娱乐|评论|社评|快评与时评", False),  # a word over MAX_MENU_WORD_CHARS
])  # fmt: skip
def test_a_bar_menu_is_twice_min_menu_words(row, menu):
    from cleaner.stages.title_shapes import MAX_MENU_WORD_CHARS, MIN_MENU_WORDS, _is_menu_line

    assert (MIN_MENU_WORDS, MAX_MENU_WORD_CHARS) == (4, 4)
    assert _is_menu_line(row) is menu


@pytest.mark.parametrize(("line", "crumbs"), [
    ("您的位置:首页 ->> 评论世界 ->> 深度分析 】 【打 印】", ("首页", "评论世界", "深度分析")),
    ("首页 > 【专题】 > 正文", ("首页", "【专题】", "正文")),  # a crumb in its own brackets stays whole
])  # fmt: skip
def test_a_paths_buttons_after_a_closing_bracket_are_no_crumb(line, crumbs):
    from cleaner.stages.crumbs import parse_breadcrumb

    assert parse_breadcrumb(line) == crumbs


@pytest.mark.parametrize(("line", "kind"), [
    ("【 第1页 第2页 】", "boilerplate:pager"),
    ("第1页 第2页 第3页", "boilerplate:pager"),
    ("第1页", None),  # one page's number: a caption's or a document's
])  # fmt: skip
def test_a_storys_page_links(line, kind):
    assert line_kind(line, S) == kind


def test_a_run_of_asterisks_after_the_title_is_cut_and_recorded():
    article = cleaned_twice(f"台湾2022年通胀率达14年来新高******\n{P1}\n{P2}\n")
    assert article.title == "台湾2022年通胀率达14年来新高"
    assert [c.text for c in article.removed if c.reason == "structure:title_suffix"] == ["******"]


@pytest.mark.parametrize(("line", "authors", "outlet"), [
    ("某时报【洪小音╱台北报导】", ("洪小音",), "某时报"),  # a box-drawing diagonal for the slash
    ("【洪小音／台北报导】", ("洪小音",), None),
    ("【王小明、李大华／台北综合报导】", ("王小明", "李大华"), None),
    ("【台股／台北报导】", None, None),  # no name before the slash
])  # fmt: skip
def test_names_a_slash_and_where_they_filed_from(line, authors, outlet):
    found = bracketed_reporters(line)
    assert ((found[0], found[2]) if found else None) == ((authors, outlet) if authors else None)


def test_a_names_report_with_the_place_after_a_slash():
    meta, _ = header.header_meta("吴小达 综合报导  / 台北市", None)
    assert meta.authors == ("吴小达",)


@pytest.mark.parametrize(("line", "names"), [
    ("（通讯员：张璨）6月26日，某县支行投放贷款1.5亿元", ("张璨",)),
    ("（记者：王小明 李大华）今日", ("王小明", "李大华")),
    ("（编辑：王小明）今日", None),  # an editor's bracket is no writers'
])  # fmt: skip
def test_a_colon_after_the_reporters_role(line, names):
    found = bracketed_reporters(line)
    assert (found[0] if found else None) == names


def test_a_date_widget_a_part_a_line():
    page = f"某某快报网\n\n农发行某县支行：引政策性金融活水\n\n资讯\n2024\n07/11\n09:20\n\n（通讯员：张璨）{P1}\n{P2}\n"
    article = cleaned_twice(page)
    assert (article.published_at, article.authors) == ("2024-07-11T09:20", ("张璨",))
    assert "07/11" not in article.text


@pytest.mark.parametrize("lines", [["2024", "销售额"], ["2024", "07/11/2023"], ["1999年", "07/11"]])
def test_a_year_alone_needs_a_day_under_it(lines):
    page = "\n".join(["某县支行投放贷款1.5亿元支持高标准农田", *lines, P1, P2])
    assert clean(page).published_at is None


# --- furniture seen again and again across the sets ------------------------------------------------


@pytest.mark.parametrize(("line", "kind"), [
    ("广告 广告", "boilerplate:ad"),  # an ad slot's label said twice
    ("广告 新闻", None),  # a label and another word: no slot's
    ("请开启JavaScript！", "boilerplate:site_notice"),
    ("抱歉，我们并不支援你正使用的浏览器。", "boilerplate:site_notice"),
    ("浏览提示：您当前使用的浏览器为旧版的", "boilerplate:site_notice"),
    ("★ 无法正常浏览内容，请按这里线上阅读", "boilerplate:site_notice"),
    ("微软宣布IE浏览器停止更新", None),  # a headline about a browser
    ("View All Result", "boilerplate:page_tools"),
    ("Table of Contents", "boilerplate:page_tools"),
    ("跳过导航", "boilerplate:page_tools"),
    ("Print shares rose", None),  # a button's word in a sentence
])  # fmt: skip
def test_furniture_seen_across_the_sets(line, kind):
    assert line_kind(line, S) == kind


@pytest.mark.parametrize(("line", "heading"), [
    ("你 或 有 兴 趣 的 文 章", True),  # spaced out a character apart
    ("你或有兴趣的文章", True),
    ("相关 文章", False),  # two words apart is no letter-spaced heading
])  # fmt: skip
def test_a_letter_spaced_trailer_heading(line, heading):
    from cleaner.stages.metadata import is_trailer_heading

    assert is_trailer_heading(line) is heading


@pytest.mark.parametrize(("line", "title_like"), [
    ("十二月 20, 2025 星期六 天色大致良好 22° 68% 黄色火灾危险警告", False),
    ("4月19日 周五 28°C", False),
    ("高温40℃下的电力市场", True),  # a temperature without the day or the sky: a headline's
])  # fmt: skip
def test_the_mastheads_weather_is_no_title(line, title_like):
    from cleaner.config import StructureConfig
    from cleaner.stages.title_shapes import is_title_like

    assert is_title_like(line, StructureConfig()) is title_like


WEATHER = "十二月 20, 2025 星期六 天色大致良好 22° 68% 黄色火灾危险警告"


def test_the_mastheads_weather_is_furniture_up_to_its_length():
    from cleaner.stages.boilerplate import MAX_WEATHER_CHARS

    padded = WEATHER + " " * (MAX_WEATHER_CHARS - len(WEATHER) - 1) + "警"
    assert len(padded) == MAX_WEATHER_CHARS and line_kind(padded, S) == "boilerplate:weather"
    assert line_kind(padded + "告", S) is None  # longer: a paragraph that says the weather


@pytest.mark.parametrize("line", ["今日天色大致良好，气温22°。", "高温40℃下的电力市场", "星期六 股市 22点 68%"])
def test_a_sentence_a_headline_or_a_row_without_a_temperature_is_no_weather(line):
    assert line_kind(line, S) is None


def test_the_headline_under_the_weather_is_the_title():
    title = "美联：35屋苑交投 按周减4成"
    article = cleaned_twice(f"{WEATHER}\n{title}\n{P1}\n{P2}")
    assert (article.title, article.text.split("\n")[:2]) == (title, [title, P1])


# --- sets 98-100: lost characters inside a spam list, 快讯, the paper's own dateline ---------------------


def test_question_marks_for_lost_characters_do_not_hide_a_keyword_list():
    from cleaner.config import SpamConfig
    from cleaner.stages import spam

    header_spam = "一区二区成人经典在线视频,亚洲午夜18???毛片在线看,丰韵犹存熟妇成人视频在线观看,啪啪导航"
    assert spam._looks_like_spam(header_spam, SpamConfig())
    article = cleaned_twice(f"{header_spam}\n\n曾某：银行零售不良资产转让市场的发展\n\n{P1}\n{P2}\n")
    assert article.title == "曾某：银行零售不良资产转让市场的发展"
    assert "毛片" not in article.text


@pytest.mark.parametrize(("line", "shaped"), [
    ("亚洲午夜18???毛片在线看,成人视频,啪啪导航", True),  # inside a phrase: lost characters
    ("央行会降息吗?市场怎么看,专家,观点", False),  # after 吗: a question asked
    ("降息? 专家,观点,分析", False),  # before a blank: a question's end
])  # fmt: skip
def test_lost_characters_are_no_sentence_mark(line, shaped):
    from cleaner.config import SpamConfig
    from cleaner.stages import spam

    assert (spam.list_shape(line, SpamConfig()) is not None) is shaped


@pytest.mark.parametrize(("line", "outlet", "bracket"), [
    ("新京报快讯（记者 王小明）商务部专题新闻发布会今天上午举行", "新京报", (("王小明",), "新京报")),
    ("新京报快讯 商务部专题新闻发布会今天上午举行", "新京报", None),  # no reporters' bracket
])  # fmt: skip
def test_kuaixun_is_a_dispatch_word(line, outlet, bracket):
    assert bylines.dateline_outlet(line) == outlet
    found = bracketed_reporters(line)
    assert ((found[0], found[2]) if found else None) == bracket


@pytest.mark.parametrize(("line", "title_like"), [
    ("本报新加坡电", False),
    ("本报讯", False),
    ("本报记者走访小微企业", True),  # the paper's reporters in a headline
])  # fmt: skip
def test_the_papers_own_dateline_alone_is_no_title(line, title_like):
    from cleaner.config import StructureConfig
    from cleaner.stages.title_shapes import is_title_like

    assert is_title_like(line, StructureConfig()) is title_like


@pytest.mark.parametrize(("line", "authors"), [
    ("2013年03月20日 13:17   来源：某某晚报   李自成 尼玛扎西", ("李自成", "尼玛扎西")),  # no surname, beside one
    ("来源：某某晚报 李自成 王小明", ("李自成", "王小明")),
    ("来源：新华网 北京 上海", ()),  # no surnamed name among them: places
    ("来源：某某晚报 尼玛扎西 次仁", ()),  # none surnamed: nothing to vouch for the others
])  # fmt: skip
def test_writers_listed_after_the_source(line, authors):
    assert header.header_meta(line, None)[0].authors == authors


@pytest.mark.parametrize(("line", "authors"), [
    ("蔡小明/中国社会科学院学部委员、人口与劳动经济研究所研究员", ("蔡小明",)),
    ("王小明/某某证券首席经济学家", ("王小明",)),
    ("降息/降准的影响分析研究所", None),  # no name before the slash
    ("王小明/李大华", None),  # a name after the slash: no post (and unlabelled, no byline)
])  # fmt: skip
def test_a_name_then_its_posts_after_a_slash(line, authors):
    found = header.header_meta(line, None)
    assert (found[0].authors if found else None) == authors


def test_an_editors_note_label_is_no_title():
    from cleaner.config import StructureConfig
    from cleaner.stages.title_shapes import is_title_like

    assert not is_title_like("【编者按】", StructureConfig())


def test_a_rows_last_label_with_its_value_on_the_next_line():
    page = "\n".join([
        "某某国际 www.example.com 2007年01月08日 14:47 来源：", "《某某》杂志",
        "本刊记者 王小明 李大华", "银行汇票离奇被盗", P1, P2,
    ])
    article = cleaned_twice(page)
    assert (article.source_name, article.published_at) == ("《某某》杂志", "2007-01-08T14:47")
    assert "《某某》杂志" not in article.text


def test_a_value_too_long_for_a_label_stays_text():
    value = "某某杂志社主办的财经新闻周刊，创刊于一九九八年，长期关注金融改革与资本市场的发展变化"
    page = "\n".join(["某某国际 2007年01月08日 14:47 来源：", value, "银行汇票离奇被盜", P1, P2])
    assert value in clean(page).text


@pytest.mark.parametrize(("line", "authors", "category", "day"), [
    ("2024.08.07 11:00 (2024.08.07更新) | 沈小霖访问", ("沈小霖",), None, "2024-08-07T11:00"),
    ("2024.08.07 11:00 | 王小明整理", ("王小明",), None, "2024-08-07T11:00"),
    ("2024.08.07 11:00 | 苏皖城市报道", (), "苏皖城市报道", "2024-08-07T11:00"),  # a column's name
    ("2024.08.07 11:00 | 市场整理", (), "市场整理", "2024-08-07T11:00"),  # no name before the tail
])  # fmt: skip
def test_a_rows_value_naming_who_made_the_piece(line, authors, category, day):
    meta, _ = header.header_meta(line, None)
    assert (meta.authors, meta.category, meta.published_at) == (authors, category, day)


def test_a_round_bracket_of_a_name_a_slash_and_where_it_was_filed():
    assert bracketed_reporters("（徐小君/台北报导）")[0] == ("徐小君",)
    assert bracketed_reporters("(徐小君/台北报导)")[0] == ("徐小君",)


def test_a_cells_closing_border_on_a_page_of_lone_borders():
    from cleaner.stages import junk

    assert junk.MIN_BORDER_LINES == 3
    title = "新加坡股市启用新版海峡时报指数"
    page = f"|\n{title} |\n|\n|\n2008-01-11 记者：王小明 来源：某某参考报 |\n{P1}\n{P2}\n"
    article = cleaned_twice(page)
    assert (article.title, article.authors) == (title, ("王小明",))
    two = f"|\n{title} |\n|\n{P1}\n{P2}\n"  # two lone borders: too few to read the page as cells
    assert f"{title} |" in clean(two).text
    row = "| 指标 | 数值 |"  # a table's row keeps its bars
    assert row.strip("| ") in clean(f"|\n|\n|\n{title}\n{row}\n{P1}\n{P2}\n").text


# --- set 106: commentary bylines ---------------------------------------------------------------------


@pytest.mark.parametrize(("line", "names"), [
    ("陈小伟/文 当地时间3月27日，普林斯顿大学发布讣告", ("陈小伟",)),  # before the first sentence
    ("货币/文 化产业", None),  # no name before the slash
    ("陈小伟/文件", None),  # no blank after 文: a word
])  # fmt: skip
def test_a_name_slash_wen_opening_the_first_paragraph(line, names):
    found = bracketed_reporters(line)
    assert (found[0] if found else None) == names


@pytest.mark.parametrize(("line", "authors"), [
    ("蔡小昉1 陆小旸2", ("蔡小昉", "陆小旸")),  # each with its affiliation's number, from 1
    ("王小明1,2 李大华2", ("王小明", "李大华")),
    ("王者2 荣耀3", None),  # numbered, but not from 1: no paper's list
    ("张小三1", None),  # one name: a list needs two
    ("文 某某研究院宏观团队 李小沫 胡小艳 伍小明", ("李小沫", "胡小艳", "伍小明")),
    ("文 李小沫 胡小艳", ("李小沫", "胡小艳")),
    ("文 化 产业", None),
])  # fmt: skip
def test_a_papers_numbered_authors_and_a_teams_writers(line, authors):
    found = header.header_meta(line, None)
    assert (found[0].authors if found else None) == authors


def test_a_wechat_posts_account_before_its_empty_id_label():
    meta, _ = header.header_meta("2026-01-27 09:11:50 明察宏观 微信号", None)
    assert (meta.source_name, meta.published_at, meta.category) == ("明察宏观", "2026-01-27T09:11:50", None)
    meta, _ = header.header_meta("2026-01-27 09:11:50 明察宏观", None)
    assert meta.source_name is None  # without the label, a column's name as before


# --- sets 104-105: a casino's brand in the dateline's place, a lost blank after the place's colon ------


def test_a_brand_in_the_outlets_place_goes_and_the_dateline_stays():
    lead = "【大澳门威尼斯人赌场官网2017年09月14日讯】（大澳门威尼斯人赌场官网记者王小玲台湾台北报导）" + P1
    article = cleaned_twice(f"台湾推出薪资行情查询网\n{lead}\n{P2}\n")
    assert (article.published_at, article.authors) == ("2017-09-14", ("王小玲",))
    assert "赌场" not in article.text
    assert [c.text for c in article.removed if c.reason == "spam:bracket_brand"] == ["大澳门威尼斯人赌场官网"] * 2


@pytest.mark.parametrize(("inner", "brand"), [
    ("大澳门威尼斯人赌场官网2017年09月14日讯", "大澳门威尼斯人赌场官网"),  # 大 before the first term: a lead
    ("乐虎国际", "乐虎国际"),
    ("澳门威尼斯人", None),  # weak terms only: real casinos' names
    ("今日大澳门威尼斯人赌场官网", None),  # three characters before the first term: no run opens it
])  # fmt: skip
def test_a_brand_run_opens_the_bracket(inner, brand):
    from cleaner.stages.spam import MAX_GLUED_LEAD, brand_run

    assert MAX_GLUED_LEAD == 2
    assert brand_run(inner) == brand


def test_a_lost_blank_after_the_readers_place():
    from cleaner.stages.crumbs import parse_breadcrumb

    assert parse_breadcrumb("您现在的位置：？台海网 >> 新闻中心 >> 宝岛万象 >> 正文")[-2:] == ("宝岛万象", "正文")


@pytest.mark.parametrize(("line", "kept"), [
    ("<{股票配资开户}>A股散户血泪史：为何总乱买乱卖{股票配资开户}>", "A股散户血泪史：为何总乱买乱卖"),
    ("函数 f{x}>0 时成立", "函数 f{x}>0 时成立"),  # a formula's braces hold no Chinese word
    ("集合{甲乙}与{丙丁}的并集", "集合{甲乙}与{丙丁}的并集"),  # braces without the closing >
])  # fmt: skip
def test_a_spinner_templates_keyword_tags(line, kept):
    from cleaner.config import JunkConfig
    from cleaner.document import Document
    from cleaner.stages import junk

    assert junk.run(Document.from_text(line), JunkConfig()).text == kept


# --- set 107: an e-paper's headline over two lines under its menus; a pager left by a buttons' cut ----


EPAPER_TOP = [
    "第A02版：财经要闻 上一版3  4下一版", "标题导航", "首页 | 电子报首页 | 版面导航 | 标题导航 | 报库检索",
    "2015年03月28日 星期六 上一期  下一期", "3 上一篇  下一篇 4 放大 缩小 默认",
]


def test_an_epapers_headline_over_two_lines_under_its_menus():
    page = "\n".join([*EPAPER_TOP, "五大银行去年净利润", "逾9000亿元", "陈小莹", P1, P2, "3 上一篇  下一篇 4"])
    article = cleaned_twice(page)
    assert article.title == "五大银行去年净利润逾9000亿元"
    assert "上一篇" not in article.text


def test_a_line_above_without_the_first_place_is_no_first_half():
    # the same two lines under another headline-like line, which holds the first line's place: the
    # line above the chosen one is no first half of it (the join needs that place, or the page's top)
    tail = ["五大银行去年利润", "逾9000亿元", "陈小莹", P1, P2]
    assert clean("\n".join(tail)).title == "五大银行去年利润逾9000亿元"
    assert clean("\n".join(["央行发布降准公告通知", *tail])).title == "逾9000亿元"


@pytest.mark.parametrize(("line", "kind"), [
    ("3 上一篇  下一篇 4 放大 缩小 默认", "boilerplate:page_tools"),  # whole: the buttons and the links
])  # fmt: skip
def test_a_pager_left_by_a_buttons_cut_goes_too(line, kind):
    from cleaner import clean_and_explain

    article, changes = clean_and_explain("\n".join(["某某标题说明银行业绩情况", P1, P2, line]))
    assert "上一篇" not in article.text
    assert {c.reason for c in changes if "上一篇" in c.text} <= {kind, "boilerplate:pager", "boilerplate:prev_next"}


@pytest.mark.parametrize(("line", "kind"), [
    ("访问主要内容", "boilerplate:page_tools"),
    ("跳到主要内容", "boilerplate:page_tools"),
    ("Skip to main content", "boilerplate:site_notice"),  # (an earlier set's, read as a site's notice)
])  # fmt: skip
def test_an_accessibility_link_alone_is_furniture(line, kind):
    assert line_kind(line, S) == kind


@pytest.mark.parametrize(("line", "title_like"), [
    ("点击浏览 休斯顿黄页 电子书", False),  # a link's words before what it opens
    ("点击率破亿的理财短视频背后", True),
])  # fmt: skip
def test_a_click_to_browse_link_is_no_title(line, title_like):
    from cleaner.config import StructureConfig
    from cleaner.stages.title_shapes import is_title_like

    assert is_title_like(line, StructureConfig()) is title_like
