"""Header fields as real pages print them: datelines, outlets, pen names, trailing bylines.

Each test is one rule, on lines or small pages of our own words; each fails if its rule goes or
its threshold moves. The shapes were seen on labelled real pages (``benchmarks/quality.py
--only structure``), never copied from them.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import clean
from cleaner.document import Candidate
from cleaner.stages.bylines import (
    dateline_outlet,
    dateline_reporters,
    parse_trailing_byline,
    parse_trailing_editor,
    parse_trailing_meta,
)
from cleaner.stages.header import with_evidence, writers
from cleaner.stages.metadata import Meta, parse_byline, parse_meta_line
from cleaner.stages.names import is_outlet_name, names_in

BODY = (
    "<p>本市今年一季度社会消费品零售总额同比增长百分之六，其中餐饮收入增长较快，线上零售占比继续提高。</p>"
    "<p>业内人士表示，随着促消费政策持续发力，二季度消费市场有望保持平稳增长，服务消费潜力将进一步释放。</p>"
)


def page(header: str = "", body: str = BODY, trailer: str = "", head: str = "") -> str:
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>一季度消费市场平稳增长_示例财经网</title>"
        f"{head}</head><body><div class='nav'><a href='/'>首页</a> <a href='/c'>财经</a></div>"
        f"<h1>一季度消费市场平稳增长</h1>{header}<div class='article'>{body}{trailer}</div></body></html>"
    )


# --- a news agency's dateline names its reporters ------------------------------------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("示例社杭州3月9日电（记者王明远）本市今年", ("王明远",)),
        ("示例网10月4日讯（记者陈小路 整合） 国庆假期", ("陈小路",)),
        ("示例社深圳5月12日电（记者李青、赵远）我国", ("李青", "赵远")),
        ("示例社北京5月19日电（刘小、杨吉）专家介绍", ("刘小", "杨吉")),  # no role: short names only
        ("示例社北京5月19日电（国际频道）专家介绍", ()),  # four characters with a surname: no label, no name
        ("3月9日电（记者王明远）", ()),  # no agency before the date: no dateline
        ("（示例社記者溫貴香台北21日電）行政院今天表示", ("溫貴香",)),  # the name run into the city
        ("（示例社記者王帆台北21日電）今天", ("王帆",)),  # a one-character city is no city: two-character name
        ("（示例社記者李明、張小華台北21日電）今天", ("李明", "張小華")),
        ("（示例社台北21日電）今天", ()),
        ("示例网-新城客户端7月12日15时40分讯(发文人 李青)7月9日下午", ("李青",)),  # a time before 讯
        ("示例网-新城客户端7月12日15时讯(发文人 李青)7月9日下午", ()),  # an hour without its minutes: no time
        ("示例晚报网5月10日讯 (通讯员 李青 赵远 记者 王明远)要贷款", ("李青", "赵远", "王明远")),  # two roles
    ],
)
def test_dateline_reporters(line, names):
    assert dateline_reporters(line) == names


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("【示例新聞台】本港股市連升3個交易日", "示例新聞台"),  # an outlet in a bracket
        ("[Demo新聞] 2026年開年投資人樂觀", "Demo新聞"),  # a Latin brand with 新闻
        ("【财经】今年上半年", None),  # a column
        ("【示例日報訊】記者王明遠報道：今年", "示例日報"),  # the outlet's 讯 inside the bracket
        ("【本报讯】今年上半年", None),  # "this paper"
        ("【国内新闻】今年上半年", None),  # a channel
        ("（示例社記者王明遠台北21日電）台股連創新高", "示例社"),  # the outlet inside a bracketed dateline
        ("示例日报讯：今年上半年", "示例日报"),  # no date: every word before 讯 is the outlet
        ("示例日报讯今年上半年", None),  # 讯 must end the dateline: a colon or a space after it
        ("本报讯：今年上半年", None),  # "this paper"
        ("示例资讯：今年上半年", None),  # 资讯 is a word, 示例资 no outlet
        ("示例广播网北京2月18日消息(记者 王明远)今年", "示例广播网"),  # a radio's dateline says 消息
        ("据示例社2月18日电，今年上半年", "示例社"),  # 据: "according to", no part of the name
        ("据示例社2月18日消息，今年上半年", "示例社"),
        ("据悉2月18日消息，今年上半年", None),  # "it is learned": nobody's name
        ("示例广播网北京消息，今年上半年", None),  # 消息 only after a date
    ],
)
def test_outlets_opening_the_article(line, outlet):
    assert dateline_outlet(line) == outlet


def test_a_dateline_with_its_time_names_its_outlet():
    assert dateline_outlet("示例网-新城客户端7月12日15时40分讯(发文人 李青)7月9日下午") == "示例网-新城客户端"
    assert dateline_outlet("示例网7月12日15:40讯 昨日") == "示例网"


@pytest.mark.parametrize(
    ("line", "authors", "source"),
    [
        ("示例網編譯王明遠 綜合報導 2025-08-08 16:10", ("王明遠",), "示例網"),  # a translating reporter
        ("示例網編譯王明遠 2025-08-08 16:10", ("王明遠",), "示例網"),
        ("示例網編輯王明遠 2025-08-08 16:10", (), "示例網"),  # an editor is no author; the outlet is its own
    ],
)
def test_an_outlet_and_its_translator_before_the_date(line, authors, source):
    meta = parse_meta_line(line)
    assert meta.authors == authors and meta.source_name == source and meta.published_at == "2025-08-08T16:10"
    assert (meta.editor is None) == bool(authors)


def test_a_person_before_bianyi_is_who_compiled_it_not_an_outlet():
    meta = parse_meta_line("原创： 王明远编译 示例研究 2025-08-08")
    assert meta is not None and meta.source_name is None
    assert parse_meta_line("示例网编译 李青 2025-08-08").source_name == "示例网"


@pytest.mark.parametrize(
    ("line", "authors"),
    [("王明远/文", ("王明远",)), ("王明远 / 文", ("王明远",)), ("王明远/图文", ("王明远",)), ("王明远/图", None)],
)
def test_a_name_then_its_role(line, authors):
    meta = parse_byline(line)
    assert (meta.authors if meta else None) == authors


def test_dateline_stays_in_the_article_and_names_the_author():
    lead = "示例社杭州3月9日电（记者王明远）本市今年一季度社会消费品零售总额同比增长百分之六，餐饮收入增长较快。"
    body = f"<p>{lead}</p>" + BODY
    article = clean(page(body=body))
    assert article.authors == ("王明远",)
    assert "示例社杭州3月9日电（记者王明远）" in article.to_dict()["lead"][0]


# --- outlets are sources, never writers ------------------------------------------------------------


@pytest.mark.parametrize(
    ("token", "outlet"), [("证券时报网", True), ("示例日报", True), ("示例社", True), ("EXAMPLE.NET", True),
                          ("王明远", False), ("社", False)],
)  # fmt: skip
def test_outlet_names_by_their_ending(token, outlet):
    assert is_outlet_name(token) is outlet


def test_writers_drop_numbers_outlets_and_the_editor():
    assert writers(("2909",), set(), set()) == ()
    assert writers(("示例财经网",), set(), set()) == ()
    assert writers(("示例通讯",), {"示例通讯 Example Agency"}, set()) == ()  # the page's own source
    assert writers(("倪小轩",), set(), {"倪小轩"}) == ()  # a CMS's author meta naming the editor
    assert writers(("王明远",), {"示例日报"}, {"赵六"}) == ("王明远",)


def test_an_outlet_as_author_gives_way_to_the_reporters_in_the_trailer():
    header = "<div class='info'>2024年05月16日 17:02 示例日报作者：示例日报</div>"
    article = clean(page(header=header, trailer="<p>（示例台记者 王明远 张小青）</p>"))
    assert article.authors == ("王明远", "张小青")


def test_meta_author_that_is_an_outlet_or_a_number_is_dropped():
    head = "<meta name='author' content='示例财经网'>"
    assert clean(page(head=head)).authors == ()
    assert clean(page(head="<meta name='author' content='105464'>")).authors == ()
    assert clean(page(head="<meta name='author' content='王明远'>")).authors == ("王明远",)


def test_with_evidence_takes_writers_in_order():
    evidence = (Candidate("authors", "赵远", "meta"),)
    assert with_evidence(Meta(authors=("示例日报",)), evidence, (("王明远",),)).authors == ("王明远",)
    assert with_evidence(Meta(), evidence).authors == ("赵远",)


# --- labels as pages write them --------------------------------------------------------------------


def test_verb_labels_need_no_colon():
    assert parse_meta_line("2024-05-13 06:16发布于北京示例日报官方账号").published_at == "2024-05-13T06:16"
    assert parse_meta_line("本文来源于示例统计局 2024-05-11 09:36:26").source_name == "示例统计局"
    assert parse_meta_line("来源于：示例办事处").source_name == "示例办事处"
    assert parse_meta_line("该报告发布于去年，引起关注") is None  # inside a sentence: no label


def test_a_date_label_alone_at_the_start():
    assert parse_meta_line("更新时间 2012年12月10日, 格林尼治标准时间10:41").published_at == "2012-12-10"
    assert parse_meta_line("时间 过得真快") is None  # no date after it


def test_bars_part_labelled_fields_without_colons():
    meta = parse_meta_line("发表于2014-08-24 21:30| 1164次阅读| 来源示例网| 0 条评论| 作者魏小星")
    assert (meta.published_at, meta.views, meta.source_name, meta.authors) == (
        "2014-08-24T21:30", 1164, "示例网", ("魏小星",),
    )  # fmt: skip
    assert parse_meta_line("作者魏小星 来源示例网") is None  # no bars: a label needs its colon


def test_a_value_stops_where_the_date_starts():
    assert parse_meta_line("来源：示例日报2024-05-13 08:49").source_name == "示例日报"


def test_an_outlet_beside_an_unlabelled_date_is_the_source():
    assert parse_meta_line("2019-09-26 10:56:28 证券时报网").source_name == "证券时报网"
    assert parse_meta_line("2019-09-26 10:56:28 证券时报网").category is None
    assert parse_meta_line("示例中文站2016年10月14日07:17").source_name == "示例中文站"
    assert parse_meta_line("原创 示例都市报 2019-09-09 16:01:46").source_name == "示例都市报"
    assert parse_meta_line("原创 示例都市报 2019-09-09 16:01:46").authors == ()  # 原创 names nobody
    assert parse_meta_line("2025-04-04 10:31:38 逾期资讯 44").category == "逾期资讯"  # no outlet: category


def test_a_writer_after_the_outlet_in_a_source_value():
    meta = parse_meta_line("2023-06-15 08:10 来源：示例新闻网 王帆")
    assert (meta.source_name, meta.authors) == ("示例新闻网", ("王帆",))
    assert parse_meta_line("2023-06-15 08:10 来源：示例青年报 北京 举报").authors == ()


def test_name_slash_outlet_byline():
    meta = parse_byline("石小佳/示例青年报")
    assert (meta.authors, meta.source_name) == (("石小佳",), "示例青年报")
    assert parse_byline("黄金/白银") is None


def test_a_two_character_name_spaced_to_width():
    assert names_in("王乐文 方 敏") == ("王乐文", "方敏")
    assert names_in("的 方") == ()  # 的 is no surname: the characters stay apart


# --- pen names need a label and a byline row -------------------------------------------------------


def test_pen_name_on_a_byline_row():
    assert parse_meta_line("作者：涅小城 2020年01月12日18:32 浏览：272").authors == ("涅小城",)
    assert parse_meta_line("执笔/叨叨姐、胡一刀&李小飞刀").authors == ("叨叨姐", "胡一刀", "李小飞刀")
    assert parse_meta_line("作者：合同") == Meta()  # a label alone: a content farm's document header
    assert parse_meta_line("作者：新浪财经首席评论员 艾堂明 2020年01月12日").authors == ("艾堂明",)
    assert parse_meta_line("作者：未知 2020年01月12日").authors == ()


# --- the article's last lines ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("作者︱春春", ("春春",)),
        ("作者： 记者王敬小", ("王敬小",)),
        ("（示例台记者 王明远 张小青）", ("王明远", "张小青")),
        ("（记者 王明远）昨日，央行", ()),  # a bracket opening a paragraph is no closing byline
        ("作者：未知", ()),
        ("出品︱示例栏目组 胖胖", ()),
        ("采写：示例见习记者 林小沛", ("林小沛",)),
        ("示例晚报记者 张小楠", ("张小楠",)),
        ("示例报·示例网记者 魏其小 来源：示例青年报", ("魏其小",)),
        ("作者 王之言 高孜然", ("王之言", "高孜然")),  # no colon: names and nothing else
        ("作者 合同 最新", ()),
        ("示例晚报记者 张小楠 2024-05-01", ()),  # a dated line is a meta line, not a closing byline
    ],
)
def test_trailing_bylines(line, names):
    assert parse_trailing_byline(line) == names


def test_trailing_labelled_meta_line():
    meta = parse_trailing_meta("发布日期：2019-03-06 责任编辑：龙小慧")
    assert (meta.published_at, meta.editor) == ("2019-03-06", "龙小慧")
    assert parse_trailing_meta("2019-03-06") is None  # a bare date closing a letter is its signature
    assert parse_trailing_meta("来源：示例数据；截至2018年1月17日周线图") is None  # a chart's note
    assert parse_trailing_meta("时间：2018年1月17日；数据为周线") is None


def test_trailing_meta_fills_the_header_fields():
    trailer = "<p>发布日期：2019-03-06 责任编辑：龙小慧</p><p>作者︱春春</p>"
    article = clean(page(trailer=trailer))
    assert (article.published_at, article.editor, article.authors) == ("2019-03-06", "龙小慧", ("春春",))


def test_a_two_digit_year_only_when_it_cannot_be_a_month():
    assert parse_meta_line("发布时间：18-03-0823:16").published_at == "2018-03-08T23:16"
    assert parse_meta_line("发布时间：10-0812:00").published_at is None  # month-day: needs a reference date


def test_a_post_label_with_its_colon_before_the_outlet():
    meta = parse_meta_line("原创：示例健康网2024-04-23 12:27:25")
    assert (meta.source_name, meta.published_at) == ("示例健康网", "2024-04-23T12:27:25")


def test_seconds_run_into_an_outlet_that_starts_with_digits():
    assert parse_meta_line("2021-01-20 04:29:4439示例网").source_name == "39示例网"


def test_channels_are_no_outlets():
    assert not is_outlet_name("互联网")
    assert parse_meta_line("2019-09-26 10:56 互联网").source_name is None


def test_a_lone_outlet_line_beside_the_date_line_is_the_source():
    body = "<div class='info'><p>示例社</p><p>2020-01-03 18:13</p></div>" + BODY
    assert clean(page(body=body)).source_name == "示例社"
    alone = "<div class='info'><p>示例社</p></div>" + BODY  # no date beside it, but right under the headline
    assert clean(page(body=alone)).source_name == "示例社"
    later = "<p>一季度数据发布</p><div class='info'><p>示例社</p></div>" + BODY  # under another line: a heading's
    assert clean(page(body=later)).source_name is None


def test_a_closing_editor_line_without_its_colon():
    assert parse_trailing_editor("编辑 周小折 ｜ 排版 魏小蔚") == "周小折"
    assert parse_trailing_editor("编辑 部分内容") is None


def test_closing_lines_read_from_the_end():
    trailer = "<p>作者 王之言 高孜然</p><p>编辑 周小折 ｜ 排版 魏小蔚</p>"
    article = clean(page(trailer=trailer))
    assert (article.authors, article.editor) == (("王之言", "高孜然"), "周小折")


def test_a_blog_byline_name_published_on_a_date():
    meta = parse_meta_line("A-肖老师-示例学院 于 2024-05-06 15:47:53 发布")
    assert (meta.authors, meta.published_at) == (("A-肖老师-示例学院",), "2024-05-06T15:47:53")
    other = parse_meta_line("最新推荐文章于 2024-05-07 22:12:13 发布")  # a recommendation's date
    assert other == Meta()
    assert parse_meta_line("本文于 2024-05-06 15:47 发布").authors == ()


def test_a_quoted_outlet_before_the_author_label():
    meta = parse_meta_line("《示例镜》作者 周小纯")
    assert (meta.authors, meta.source_name) == (("周小纯",), "示例镜")
    assert parse_meta_line("儿歌被改写 原作者女儿：这样唱拗口") is None  # 作者 inside prose


def test_a_quoted_byline_below_a_summary_is_still_a_byline():
    summary = (
        "<p>划重点：</p><ol><li>一位接近监管的人士表示，监管方从年初就在酝酿针对数据公司的整顿，这次应该是大动作。</li>"
        "<li>有平台高管表示，每个数据源的价格在几毛钱到几块钱不等，一个用户的数据成本普遍在两元到十元之间。</li></ol>"
    )
    body = summary + "<p>《示例镜》作者 周小纯</p>" + BODY
    article = clean(page(body=body))
    assert (article.authors, article.source_name) == (("周小纯",), "示例镜")


def test_a_source_closing_the_last_paragraph_is_read_and_the_paragraph_stays():
    trailer = "<p>示例创业股份有限公司董事会</p><p>2005年8月25日（来源：示例证券报）</p>"
    article = clean(page(trailer=trailer))
    assert article.source_name == "示例证券报"
    assert "2005年8月25日（来源：示例证券报）" in article.text
    mid = "<p>数据（来源：示例数据）显示，本市指数继续上涨，成交量较前一交易日有所放大。</p>"
    assert clean(page(trailer=mid)).source_name is None  # inside a sentence: a data source


def test_a_portal_disclaimer_in_both_languages_and_its_next_link_close_the_trailer():
    trailer = (
        "<p>文/栗小思 编辑/倪小宁</p><p>特别声明：以上内容为自媒体平台用户上传并发布，本平台仅提供信息存储服务。</p>"
        "<p>Notice: The content above is uploaded and posted by a user of a social media platform.</p>"
        "<p>阅读下一篇 本市将新建两座公园</p>"
    )
    article = clean(page(trailer=trailer))
    assert article.authors == ("栗小思",)
    assert "特别声明" not in article.text and "Notice" not in article.text


def test_an_editor_with_a_slash():
    assert parse_trailing_editor("编辑/倪小宁") == "倪小宁"


def test_a_page_button_is_no_name():
    line = "（本文来源：示例日报 作者：示例中心研究部部长、研究员徐小忱）返回首页，查看更多"
    assert "查看更多" not in (parse_meta_line(line) or Meta()).authors
    assert names_in("查看更多") == ()


# --- the author a page marks in its body ----------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "author"),
    [
        ("<div class='info'><a href='//book.example.com/author/5501/'>山青</a> 2024年05月16日</div>", "山青"),
        ("<div class='info'><a rel='author' href='/u/77'>山~青</a></div>", "山~青"),
        ("<div class='info'><span itemprop='author'>山~青</span></div>", "山~青"),
        ("<div class='info'><a class='post-author' href='/u/77'>晴天ab</a></div>", "晴天ab"),  # a user handle
        ("<div class='info'><span class='authorName'>王明远</span></div>", "王明远"),
        ("<div class='info'><span class='zuozhe'>作者：王明远</span></div>", "王明远"),  # a labelled byline
    ],
)
def test_an_author_the_page_marks_is_the_author(header, author):
    assert clean(page(header=header)).authors == (author,)


def test_an_author_card_gives_its_first_link():
    card = "<div id='author_profile'><a href='/u/77/'>晴天ab</a><br><a href='/u/77/followers'>粉丝 - 3</a></div>"
    assert clean(page(trailer=card)).authors == ("晴天ab",)


@pytest.mark.parametrize(
    "header",
    [
        "<div class='info'><p class='author-name'>财经早知道</p></div>",  # a class marks an account: no person
        "<div class='info'><a href='//news.example.com/omn/author/61'><div>扬帆</div><span>企鹅号</span></a></div>",
        "<div class='info'><a href='/author/8'>示例日报新媒体</a></div>",  # an outlet
        "<div class='info'><span class='author'>佚名</span></div>",  # a placeholder
        "<div class='info'><span class='author'>2909</span></div>",  # a user id
        "<div class='info'><span class='author-avatar'>王明远</span></div>",  # the avatar, not the byline
        "<div class='info'><span class='author'>王明远</span> <span class='author'>张小青</span></div>",  # a list
        "<div class='comment-list'><span class='author'>王明远</span></div>",  # a comment's author
        "<div class='sidebar'><a href='/author/8'>山青</a></div>",  # a list of other writers
        "<div class='info'><a href='/authority/8'>山青</a> <span class='authority'>山青</span></div>",  # no mark
    ],
)
def test_marks_that_name_no_writer_of_this_article_are_not_taken(header):
    assert clean(page(header=header)).authors == ()


def test_the_head_naming_a_writer_leaves_the_body_marks_unread():
    head = "<meta name='author' content='王明远'>"
    header = "<div class='info'><a href='/author/8'>山青</a></div>"
    assert clean(page(header=header, head=head)).authors == ("王明远",)
    assert clean(page(header=header, head="<meta name='author' content='2909'>")).authors == ("山青",)


# --- a trailer box after the article ----------------------------------------------------------------


def boxed(box: str) -> str:
    """The article, then a box of its own after it (tags, the byline): outside the article's container."""
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>一季度消费市场平稳增长_示例财经网</title></head>"
        f"<body><h1>一季度消费市场平稳增长</h1><div class='detail'><div class='article'>{BODY}</div>{box}</div>"
        "</body></html>"
    )


def test_a_bracketed_byline_beside_the_tags_in_a_box_after_the_article():
    tags = "<div class='title'><a>消费</a><a>零售</a></div>"
    box = f"<div class='edit'>{tags}<span>[作者: 王明远 责任编辑: 赵小六 ]</span></div>"
    article = clean(boxed(box))
    assert article.authors == ("王明远",)
    assert "王明远" not in article.text


@pytest.mark.parametrize(
    "box",
    [
        "<div class='edit'><div class='title'><a>消费</a></div><span>作者王明远的更多文章</span></div>",  # no label
        "<div class='edit'><a>消费</a><a>零售</a> [作者: 王明远]</div>",  # the box's own text, after its tags
    ],
)
def test_a_box_after_the_article_without_a_labelled_child_names_no_one(box):
    assert clean(boxed(box)).authors == ()


def test_the_cheap_gate_lets_every_author_word_through():
    # the gate before the word split must pass every word the split looks for, in any case
    from cleaner.stages import html_authors

    for word in html_authors.AUTHOR_WORDS:
        assert html_authors.MAYBE_AUTHOR_RE.search(word.upper())
    assert html_authors.MAYBE_AUTHOR_RE.search("post-meta") is None


@pytest.mark.parametrize(
    "text", ["post-author", "POST-AUTHOR", "Writer", "zuoZhe", "by-line", "bylines", "post-meta", "", "/u/123",
             "wrİter", "wrıter", "作者 author", "作者", "AUTHOR_İ"],
)
def test_the_ascii_fast_path_of_the_gate_agrees_with_its_regex(text):
    # ASCII is lowered and searched with ``in``; the rest goes to the case-blind regex
    from cleaner.stages import html_authors

    assert html_authors._may_name_author(text) is (html_authors.MAYBE_AUTHOR_RE.search(text) is not None)


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["rel", "itemprop", "class", "id", "href", "title"]),
        st.lists(st.sampled_from(["Author", "post", "/zuozhe/12", "WRITER", "by-line", "meta", "作者", "İ", "x"]),
                 max_size=3).map(" ".join),
        max_size=4,
    ),
    st.sampled_from(["a", "span", "div"]),
)
def test_the_gate_over_an_elements_attributes_never_skips_a_mark(attributes, tag):
    # marked_authors asks _mark only about the elements _may_mark lets through
    from lxml import etree

    from cleaner.stages import html_authors

    el = etree.Element(tag, attributes)
    if html_authors._mark(el) is not None:
        assert html_authors._may_mark(el)


# --- names alone, brackets opening the article, closing credits (text pages) ----------------------

LEAD = "本市今年一季度社会消费品零售总额同比增长百分之六，其中餐饮收入增长较快，线上零售占比继续提高。"
MORE = "业内人士表示，随着促消费政策持续发力，二季度消费市场有望保持平稳增长，服务消费潜力将进一步释放。"


def text_page(*header: str, lead: str = LEAD) -> str:
    return "\n".join(("一季度消费市场平稳增长", *header, lead, MORE))


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        (("杨千",), ("杨千",)),  # right under the headline: its writer
        (("欧阳明远",), ()),  # four characters could be any phrase after a surname
        (("合同",), ()),  # no surname
        (("本文转自：示例日报", "王明远"), ("王明远",)),  # three characters beside a meta line
        (("本文转自：示例日报", "黄金"), ()),  # two beside a meta line: a word after a surname
        (("2024-05-01 10:00", "王明远"), ("王明远",)),
    ],
)
def test_a_name_alone_in_the_header(header, authors):
    article = clean(text_page(*header))
    assert article.authors == authors
    assert article.title == "一季度消费市场平稳增长"
    assert (header[-1] in article.text) == (not authors)  # a byline goes; anything else stays


def test_a_three_character_name_right_above_the_first_paragraph_is_its_writer():
    # under a list's leftover markers no headline is read, yet the name over the article is its byline
    page = "\n".join(("1.", "2. 一季度消费市场平稳增长", "王明远", LEAD, MORE))
    assert clean(page).authors == ("王明远",)
    page = "\n".join(("1.", "2. 一季度消费市场平稳增长", "王明远", "要点甲：", LEAD, MORE))
    assert clean(page).authors == ()  # not right above a paragraph: nothing says it is a byline
    # a picture's mark between them is furniture (boilerplate:picture), gone before the header is read
    page = "\n".join(("1.", "2. 一季度消费市场平稳增长", "王明远", "（资料图）", LEAD, MORE))
    assert clean(page).authors == ("王明远",)


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        ("据示例日报，" + LEAD, "示例日报"),  # the outlet the article relays
        ("12月12日|據示例日報," + LEAD, "示例日报"),  # after a date and a bar (the stray Traditional converted)
        ("据示例社报道，" + LEAD, "示例社"),
        ("据悉，" + LEAD, None),  # "it is learned": nobody's name
        ("据本报记者了解，" + LEAD, None),  # "this paper"
    ],
)
def test_a_paragraph_opened_by_the_outlet_it_relays_names_the_source(lead, source):
    assert clean(text_page(lead=lead)).source_name == source
    assert clean(text_page("来源：另一日报", lead=lead)).source_name == "另一日报"  # a 来源 line says first


def test_the_pages_own_source_beats_the_outlet_a_paragraph_relays():
    body = "".join(f"<p>{p}</p>" for p in ("据示例社消息，" + LEAD, MORE))
    head = '<head><meta name="source" content="示例晚报"></head>'
    page = "<html>{}<body><h1>一季度消费市场平稳增长</h1>" + body + "</body></html>"
    assert clean(page.format(head).encode()).source_name == "示例晚报"
    assert clean(page.format("").encode()).source_name == "示例社"


def test_a_bracket_opening_the_article_gives_its_reporter_and_outlet():
    article = clean(text_page(lead="【示例晚报/王明远】" + LEAD))
    assert article.authors == ("王明远",) and article.source_name == "示例晚报"
    assert "\n本市今年" in article.text and "【" not in article.text and "王明远" not in article.text


def test_a_closing_credit_before_a_stray_bar_of_markup():
    page = "\n".join(("一季度消费市场平稳增长", LEAD, MORE + " （记者 王明远） |"))
    assert clean(page).authors == ("王明远",)
    page = "\n".join(("一季度消费市场平稳增长", LEAD, MORE + " （记者 王明远） | 更多"))
    assert clean(page).authors == ()  # something after the bar: the bracket does not close the article


def test_a_dateline_a_few_lines_down_still_names_the_outlet():
    dateline = "示例社北京5月1日电 " + LEAD
    intros = [f"第{n}段引子，说明本文的来由与背景，篇幅不长但也成段落。" for n in "一二三"]
    assert clean(text_page("（资料图片）", lead=dateline)).source_name == "示例社"  # under a picture's mark
    third, fourth = (clean(text_page(lead="\n".join([*intros[:n], dateline]))) for n in (2, 3))
    assert third.source_name == "示例社"
    assert fourth.source_name is None  # READER_LINES: the first three paragraphs only


def test_a_name_then_its_role_under_a_standfirst_is_the_byline():
    article = clean("\n".join(("一季度消费市场平稳增长", LEAD, "王明远/文", MORE)))
    assert article.authors == ("王明远",) and "王明远" not in article.text
    article = clean("\n".join(("一季度消费市场平稳增长", LEAD, "合同/文", MORE)))
    assert article.authors == () and "合同/文" in article.text  # no surname: no name


def test_a_source_in_its_title_marks_loses_them():
    assert parse_meta_line("来源：《示例周刊》").source_name == "示例周刊"
    assert parse_meta_line("来源：《示例》周刊").source_name == "《示例》周刊"  # the marks name a part only


def test_a_dateline_is_looked_for_after_the_header_too():
    # Notices above the headline stay in the body, ahead of the article's first words.
    notices = [f"第{n}条站点提示，说明本站如何使用相关技术与隐私规范，关闭视窗即视为同意。" for n in "一二三"]
    dateline = "（示例社记者王明远北京2日电）" + LEAD
    article = clean("\n".join((*notices, "一季度消费市场平稳增长", "2024-05-01 10:00", dateline, MORE)))
    assert article.title == "一季度消费市场平稳增长"
    assert (article.authors, article.source_name) == (("王明远",), "示例社")
    after = [f"第{n}段引子，说明本文的来由与背景，篇幅不长但也成段落。" for n in "一二三"]
    head = (*notices, "一季度消费市场平稳增长", "2024-05-01 10:00")
    third = clean("\n".join((*head, *after[:2], dateline, MORE)))
    fourth = clean("\n".join((*head, *after, dateline, MORE)))
    assert third.authors == ("王明远",)  # the third paragraph after the header
    assert fourth.authors == ()  # the fourth: READER_LINES after the header too


@pytest.mark.parametrize(
    "dateline",
    [
        "【示例社北京十月四日电】﹙记者 王明远﹚",  # Chinese numerals, a bracketed dateline, small brackets
        "示例社北京十月四日电（记者 王明远）",
        "示例社北京10月4日电（记者 王明远）",
    ],
)
def test_a_datelines_day_in_digits_or_numerals_names_its_reporter(dateline):
    article = clean(text_page(lead=dateline + LEAD))
    assert (article.authors, article.source_name) == (("王明远",), "示例社")


def test_a_byline_that_names_only_an_outlet_is_the_source():
    for byline in ("文／示例日报", "作者：示例日报"):
        article = clean(text_page(byline))
        assert (article.authors, article.source_name) == ((), "示例日报")
    assert clean(text_page("文／王明远")).source_name is None  # a person is the writer, no outlet


def test_a_short_outlets_name_alone_is_no_title():
    assert clean("\n".join(("示例日报", LEAD, MORE))).title is None  # four characters: a masthead
    assert clean("\n".join(("示例日报评论", LEAD, MORE))).title == "示例日报评论"  # five may be a headline


def test_an_editor_closing_the_last_paragraph_is_read_and_stays():
    closing = MORE + "（编辑：王明远）1130517"
    article = clean(text_page(lead="\n".join((LEAD, closing))))
    assert article.editor == "王明远" and "（编辑：王明远）" in article.text
    tags = [f"其他报道标题第{n}条" for n in range(1, 10)]  # nine lines of the page's links under it
    assert clean("\n".join(("一季度消费市场平稳增长", LEAD, closing, *tags))).editor == "王明远"
    tags.append("其他报道标题第十条")  # ten: CLOSING_EDITOR_LINES, the bracket is no longer the article's end
    assert clean("\n".join(("一季度消费市场平稳增长", LEAD, closing, *tags))).editor is None
    assert clean(text_page(lead=LEAD + "（编辑：王明远）指出增长较快")).editor is None  # mid-sentence
    assert clean(text_page(lead=LEAD + "（编辑：合同）")).editor is None  # no person's name


def test_a_dated_reports_bracket_gives_its_date_and_a_lone_bracket_is_a_byline():
    article = clean(text_page(lead="【2023年09月25日讯】（记者王明远综合报导）" + LEAD))
    assert (article.authors, article.published_at) == (("王明远",), "2023-09-25")
    article = clean("\n".join(("【文．王明远】", LEAD, MORE)))  # no headline: the byline is not one
    assert (article.title, article.authors) == (None, ("王明远",))


def test_the_editor_a_dateline_names():
    article = clean(text_page(lead="示例社3月23日讯（编辑 王明远）" + LEAD))
    assert (article.editor, article.authors, article.source_name) == ("王明远", (), "示例社")


def test_a_name_alone_opening_the_page_above_the_article_is_its_writer():
    article = clean("\n".join(("袁小华", LEAD, MORE)))
    assert (article.title, article.authors) == (None, ("袁小华",))
    article = clean("\n".join(("袁小华", "一季度消费市场平稳增长", LEAD, MORE)))
    assert article.authors == ()  # a headline under it: not the article's first words
    assert clean("\n".join(("黄金", LEAD, MORE))).authors == ()  # two characters: a word after a surname


def test_a_dateline_alone_on_the_first_line_names_the_source_and_is_no_title():
    article = clean("\n".join(("示例在线02月24日讯", LEAD, MORE)))
    assert (article.title, article.source_name) == (None, "示例在线")
    assert "示例在线02月24日讯" in article.text  # the article's first words: read, not removed


def test_an_outlet_alone_in_a_bulleted_meta_list_is_the_source():
    article = clean("\n".join(("一季度消费市场平稳增长", "  • 示例日报", "  • 2021-11-13 10:53:28", LEAD, MORE)))
    assert (article.source_name, article.published_at) == ("示例日报", "2021-11-13T10:53:28")


def test_a_column_word_above_the_headline_is_the_category_and_no_writer_when_cleaned_again():
    page = "\n".join(("焦点", "一季度消费市场平稳增长", LEAD, MORE))
    once = clean(page)
    assert (once.authors, once.category) == ((), "焦点") and "焦点" not in once.text
    twice = clean(once.text)
    assert (twice.text, twice.authors) == (once.text, ())
