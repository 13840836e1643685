"""bylines: each rule at its boundary — the outlet a dateline names, the reporters an unlabelled or
bracketed dateline names, and the closing lines' limits (the mutation run's survivors).

Lines of our own words; each test fails if its threshold moves by one.
"""

import pytest

from cleaner.stages.bylines import (
    closing_credit,
    closing_editor,
    closing_writers,
    dateline_outlet,
    dateline_reporters,
    parse_trailing_byline,
    parse_trailing_meta,
)
from cleaner.stages.metadata import MAX_META_CHARS


def test_a_two_character_outlet_opens_a_dateline():
    assert dateline_outlet("晶报深圳3月1日讯 本市今年一季度消费市场平稳增长") == "晶报"


def test_every_start_of_the_dateline_is_tried_longest_first():
    # 新华社石家庄: six characters, the outlet the first three — an odd length under an even one
    assert dateline_outlet("新华社石家庄3月1日电 河北省今年一季度外贸进出口增长") == "新华社"


def test_an_unlabelled_dateline_bracket_names_names_of_up_to_three_characters():
    line = "新华社北京5月19日电（刘小艺、杨吉）科研人员19日介绍"
    assert dateline_reporters(line) == ("刘小艺", "杨吉")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("（中央社记者温小香乌鲁木齐21日电）今年一季度", ("温小香",)),  # a four-character city
        ("（中央社记者温小香呼和浩特市21日电）今年一季度", ()),  # five characters: no city we cut at
    ],
)
def test_a_bracketed_dateline_cuts_the_name_before_a_city_of_two_to_four_characters(line, names):
    assert dateline_reporters(line) == names


def test_a_closing_byline_is_read_up_to_the_meta_line_limit():
    line = "作者：王小明"
    padded = line + " " * (MAX_META_CHARS - len(line))  # trailing blanks count in a line's length
    assert len(padded) == MAX_META_CHARS
    assert parse_trailing_byline(padded) == ("王小明",)
    assert parse_trailing_byline(padded + " ") == ()


def test_a_closing_credit_with_a_word_that_is_no_name_is_none():
    assert closing_credit("市场仍在观望。（示例晚报 张小秋）") == ("示例晚报", ("张小秋",))
    assert closing_credit("市场仍在观望。（示例晚报 张小秋 摄影）") is None  # 摄影 is no name


@pytest.mark.parametrize(
    "line",
    [
        "发布时间：待定。",  # a sentence: no meta line at all
        "日期：不详",  # a label and a value that reads as nothing
    ],
)
def test_a_closing_label_with_nothing_read_is_no_meta_line(line):
    assert parse_trailing_meta(line) is None


def test_a_datelines_bracket_may_name_its_editor():
    from cleaner.stages.bylines import dateline_editor

    assert dateline_editor("示例社3月23日讯（编辑 胡小荣）隔夜美联储宣布") == "胡小荣"
    assert dateline_editor("示例社3月23日讯（编辑：胡小荣）") == "胡小荣"
    assert dateline_editor("示例社3月23日讯（记者 胡小荣）") is None  # a writer, not the editor
    assert dateline_editor("示例社3月23日讯（编辑 合同）") is None  # no name


# --- a wire's closing bracket: the translator, the copy's checker, the story's code -------------------


@pytest.mark.parametrize(
    ("line", "writers", "editor"),
    [
        ("储户存款都能取回。（译者：纪锦玲/核稿：刘文瑜）1120313", ("纪锦玲",), "刘文瑜"),
        ("储户存款都能取回。（編譯：紀錦玲／核稿：劉文瑜）", ("紀錦玲",), "劉文瑜"),
        ("储户存款都能取回。（核稿：刘文瑜）1120313", (), "刘文瑜"),
        ("储户存款都能取回。（编辑：陈政伟）11203131", (), "陈政伟"),  # a code of 8 digits
        ("储户存款都能取回。（编辑：陈政伟）112031311", (), None),  # 9: no story code
        ("储户存款都能取回。（译者：纪锦玲）1120313", ("纪锦玲",), None),
        ("储户存款都能取回。（译者：纪锦玲）112031311", (), None),
        ("储户存款都能取回。（校对：刘文瑜）", (), None),  # a proofreader names no editor
    ],
)
def test_a_wires_closing_bracket_names_its_translator_and_editor(line, writers, editor):
    assert closing_writers(line) == writers
    assert closing_editor(line) == editor


@pytest.mark.parametrize(
    ("line", "outlet", "names"),
    [
        # a reprinting site's dated bracket, then the wire's whole dateline in a bracket: the wire's
        ("【大纪元7月3日报导】(中央社记者黄淑芳台北三日电)经济部今天颁奖", "中央社", ("黄淑芳",)),
        ("【大紀元2005年7月3日報導】(中央社記者黃淑芳台北三日電)經濟部", "中央社", ("黃淑芳",)),
        # the wire's own dated bracket with its reporter after it: nothing to take off
        ("【中新社澳门2月2日电】(记者 王国安)澳门博彩收入", "中新社", ("王国安",)),
        # a site's bracket without the wire's dateline after it: no outlet, no writer
        ("【大纪元7月3日报导】经济部今天颁奖(中央社记者)", None, ()),
    ],
)
def test_a_sites_dated_bracket_before_a_wires_dateline_is_taken_off(line, outlet, names):
    assert dateline_outlet(line) == outlet
    assert dateline_reporters(line) == names


def test_a_bracketed_datelines_day_may_be_written_in_chinese_numerals():
    assert dateline_reporters("（中央社记者黄淑芳台北三日电）经济部今天颁奖") == ("黄淑芳",)


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("金吾财讯 | 德勤表示，本港今年上半年重登全球首位", "金吾财讯"),  # an outlet and a bar open the paragraph
        ("格隆汇｜美股收盘，三大指数涨跌不一", "格隆汇"),
        ("观点 | 我们认为市场仍将震荡", None),  # a column's word, no outlet
        ("本报 | 今天召开会议", None),  # "this paper" names none
    ],
)
def test_an_outlet_and_a_bar_opening_the_paragraph_is_its_dateline(line, outlet):
    assert dateline_outlet(line) == outlet


def test_a_wire_dateline_may_give_its_day_as_a_compact_date():
    from cleaner.stages.bylines import dateline_outlet, dateline_reporters

    line = "（中央社记者何旭如台北20081030电）行政院金融监督管理委员会今天表示，逾期放款比率持平。"
    assert dateline_reporters(line) == ("何旭如",)
    assert dateline_outlet(line) == "中央社"
    # eight digits that are no date (a month 13) are no dateline's day
    assert dateline_reporters("（中央社记者何旭如台北20081330电）行政院今天表示，逾期放款比率持平。") == ()


def test_a_count_closing_the_article_is_read_in_a_row_with_a_date():
    from cleaner.stages.bylines import parse_trailing_meta

    meta = parse_trailing_meta("浏览人次：8270   更新日期：2023-01-05")
    assert meta is not None and meta.views == 8270 and meta.published_at == "2023-01-05"
    assert parse_trailing_meta("浏览人次：8270") is None  # a count alone is the structure stage's to read


def test_an_outlet_whose_name_ends_in_xun_in_the_opening_bracket():
    from cleaner.stages.bylines import dateline_outlet

    assert dateline_outlet("[示例财讯]美国股市22日在美联储发表声明后收低。") == "示例财讯"  # 财讯: its own word
    assert dateline_outlet("【示例社讯】美国股市22日收低。") == "示例社"  # 讯 after 社: the dispatch's word
    assert dateline_outlet("【示例讯】美国股市22日收低。") is None  # 示例 names no outlet either way


@pytest.mark.parametrize(
    ("paragraph", "writers"),
    [
        ("提升县域综合竞争力。（李之永）", ("李之永",)),  # a name alone after the last sentence
        ("提升县域综合竞争力。(李之永)", ("李之永",)),
        ("提升县域综合竞争力（李之永）", ()),  # no sentence ends before it: the sentence's own bracket
        ("提升县域综合竞争力。（待续）", ()),  # no surname: a note, not a name
        ("提升县域综合竞争力。（李之永等）", ()),  # four characters: a phrase, not a name
    ],
)
def test_a_name_alone_in_brackets_closing_the_article(paragraph, writers):
    from cleaner.stages.bylines import closing_writers

    assert closing_writers(paragraph) == writers


def test_a_dateline_of_an_outlets_two_brands_and_its_reporters_named_by_their_paper():
    from cleaner.stages.bylines import dateline_outlet, dateline_reporters

    line = "示例晚报社·示例通客户端4月25日讯(示例晚报记者 蔡紫旻 通讯员 陈攀鑫 郭智勇)今年以来，全市财政收入增长。"
    assert dateline_outlet(line) == "示例晚报社·示例通客户端"
    assert dateline_reporters(line) == ("蔡紫旻", "陈攀鑫", "郭智勇")


def test_more_dateline_and_bracket_shapes():
    from cleaner.stages.bylines import dateline_outlet, dateline_reporters

    # the place after the date (…4月22日北京电), an outlet in 新闻联播, a site's name with a dot
    line = "示例新闻联播4月22日北京电(记者李龙)国务院新闻办公室今天举行发布会。"
    assert (dateline_outlet(line), dateline_reporters(line)) == ("示例新闻联播", ("李龙",))
    assert dateline_outlet("【on.cc示例网专讯】积金局主席发表网志称，强积金制度实施25年。") == "on.cc示例网"
    assert dateline_outlet("示例日报4月22日北京讯(记者李龙)今天") is None  # a place before 讯 is no dispatch's


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("中国青年报客户端北京1月20日电(中青报·中青网记者 朱彩云)在国新办今天举行的发布会上", ("朱彩云",)),
        ("示例报北京1月20日电(示例报记者 朱彩云)在国新办今天举行的发布会上", ("朱彩云",)),
        # a dot that joins no two brands (one opening the role) leaves no paper's name before 记者
        ("示例报北京1月20日电(·记者 朱彩云)在国新办今天举行的发布会上", ()),
    ],
)
def test_a_datelines_reporter_after_the_papers_brands_joined_by_a_dot(line, names):
    assert dateline_reporters(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("新华社上海7月23日电(采访人员潘清)23日沪深股指涨跌互现", ("潘清",)),  # a reprint farm's word for 记者
        ("新华社上海7月23日电(采访人潘清)23日沪深股指涨跌互现", ()),  # no such role: 采访人潘 is no name
    ],
)
def test_a_reprint_farms_reporter_word_in_the_dateline(line, names):
    assert dateline_reporters(line) == names
