"""Shapes from held-out sets 62-64 of unseen pages: a headline said again over two lines, a forum's
thread counts over its title, anti-copy noise run into the words, a crumb over a headline that opens
with 与, a wire's dateline with its year, buttons glued after a headline, a headline ending in ……, a
<title> copy with the site's tail over the headline alone, a paper's app's reporter, and 答记者问 — and
the same article when the cleaned text is cleaned again."""

import pytest

from cleaner import clean, clean_and_explain
from cleaner.config import StructureConfig
from cleaner.stages import bylines, crumbs, junk
from cleaner.stages.boilerplate import MIN_TOOLS_TAIL, _tools_tail
from cleaner.stages.header import MAX_GLUE_CHARS, MAX_HEADLINE_GAPS, _tail_glued
from cleaner.stages.metadata import parse_meta_line
from cleaner.stages.title_shapes import is_title_like

from .header_pages import cleaned_twice

P1 = "一名男子早前接获推广电话，到中介公司签约，以为可以取得银行低息贷款，结果被骗走十万元。"
P2 = "警方提醒市民，切勿轻信声称可以代办低息贷款的中介，如有怀疑应立即报警求助。"


def test_a_headline_said_again_over_two_lines_is_the_title_not_its_second_half():
    # the second half has a dateline under it; the whole line above has the two halves as its echo
    page = "\n\n".join(["骗十万保证金中介职员被捕", "骗十万保证金", "中介职员被捕", "【本报讯】" + P1, P2])
    article, changes = clean_and_explain(page)
    assert article.title == "骗十万保证金中介职员被捕"
    assert [c.text for c in changes if c.reason == "structure:title_echo"] == ["骗十万保证金", "中介职员被捕"]
    assert cleaned_twice(page).title == article.title


def test_halves_that_do_not_make_the_headline_are_no_echo():
    # the same lines, the second half different: no echo, the dateline's line stays the title
    page = "\n\n".join(["骗十万保证金中介职员被捕", "骗十万保证金", "中介公司职员被捕", "【本报讯】" + P1, P2])
    assert clean(page).title == "中介公司职员被捕"


FORUM_TOP = ["某某卡论坛 - 信用卡交流社区", "找回密码", "立即加入某某卡"]


@pytest.mark.parametrize(("stats", "title"), [
    ("查看: 7115|回复: 14", "各银行信用卡积分规则汇总"),  # a thread's counts: over its title
    ("浏览: 7115", "立即加入某某卡"),  # views alone under a line: that line's count (the rule is the replies)
])  # fmt: skip
def test_a_forums_thread_counts_vouch_for_no_line_above_them(stats, title):
    page = "\n".join([*FORUM_TOP, stats, "各银行信用卡积分规则汇总", "[复制链接]",
                      "发表于 2011-7-18 12:19:33 | 显示全部楼层 |阅读模式", P1, P2])  # fmt: skip
    assert clean(page).title == title


def test_anti_copy_noise_run_into_a_line_is_cut_and_the_glued_tokens_stay():
    changes = []
    line = "4 X) t' }6 i& Q% ~- i0 H国内各银行信用卡积分规则；- q8 s# M4 n, D! E  Y) U5 i, n, J7 |"
    assert junk._without_glued_jammer(line, changes) == "H国内各银行信用卡积分规则；-"
    assert [c.reason for c in changes] == ["junk:jammer", "junk:jammer"]


@pytest.mark.parametrize("line", [
    "央行公布数据 A B C D E F 均有上升",  # letters apart, no marks: a list, not noise
    "公式为 x = 1 + 2 * 3 / 4，单位为元",  # a formula's tokens
    "代码 600519.SH 收于 1,688.00 元 (+1.2%)",  # figures and a ticker
])  # fmt: skip
def test_ascii_words_inside_a_chinese_line_are_no_noise(line):
    assert junk._without_glued_jammer(line, []) == line


def test_a_headline_opening_with_yu_under_a_crumb_is_no_broken_sentence():
    crumb = "当前位置：首页 » 交易行情 » 与市盈率无关的参数"
    page = "\n\n".join([crumb, "与市盈率无关的参数", "发布时间：2021-08-17 08:28:13", P1, P2])
    article = cleaned_twice(page)
    assert (article.title, article.category) == ("与市盈率无关的参数", "交易行情")


def test_under_a_slogan_a_line_opening_with_yu_still_goes_on_from_it():
    # the rule's other side: a line of words above with no sentence mark, 与… goes on from it
    page = "\n\n".join(["专注于财经知识", "与理财有关的一切问题", P1, P2])
    assert clean(page).title != "与理财有关的一切问题"


@pytest.mark.parametrize(("line", "day"), [
    ("（中央社记者潘明台北2020年3月26日电）证交所统计，外资今天买超。", "2020-03-26"),
    ("（中央社记者潘明台北3月26日电）证交所统计，外资今天买超。", None),  # no year: no day
    ("（中央社记者潘明台北26日电）证交所统计，外资今天买超。", None),
])  # fmt: skip
def test_a_wires_dateline_gives_its_day_only_with_the_year(line, day):
    assert bylines.dateline_reporters(line) == ("潘明",)
    assert bylines.dateline_day(line) == day


def test_a_wires_full_dateline_dates_the_article():
    page = "\n\n".join(["外资买超86亿 台积电最多", "（中央社记者潘明台北2020年3月26日电）" + P1, P2])
    article = cleaned_twice(page)
    assert (article.authors, article.published_at) == (("潘明",), "2020-03-26")


@pytest.mark.parametrize(("line", "tail"), [
    ("网络银行 发表评论(0) 编辑词条", "发表评论(0) 编辑词条"),
    ("某公司发布年报 分享 收藏 打印", "分享 收藏 打印"),
    ("某公司发布年报 收藏", ""),  # one button's word: too little
    ("打印 关闭", ""),  # buttons alone: the line's own rule, not a tail
    ("posted @ 2024-05-09 14:45 某某 阅读(430) 评论(2) 编辑 收藏 举报", ""),  # a post's meta line: read whole
])  # fmt: skip
def test_buttons_run_on_after_a_line_are_cut_two_or_more(line, tail):
    assert _tools_tail(line) == tail


def test_the_buttons_tail_needs_min_tools_tail_words():
    assert MIN_TOOLS_TAIL == 2
    assert _tools_tail("网络银行 编辑词条") == ""


def test_an_encyclopedia_entrys_buttons_leave_its_name_as_the_title():
    entry = "网络银行又称网上银行，是指银行利用互联网技术向客户提供服务。"
    article, changes = clean_and_explain("网络银行 发表评论(0) 编辑词条\n" + entry)
    assert article.title == "网络银行"
    assert ("boilerplate:page_tools", "发表评论(0) 编辑词条") in [(c.reason, c.text) for c in changes]


@pytest.mark.parametrize(("line", "title_like"), [
    ("今天，4000亿元“麻辣粉”上了桌……", True),  # the six-dot mark: a headline's pause
    ("今天，4000亿元“麻辣粉”上了桌…", False),  # one …: a teaser cut off
    ("今天，4000亿元“麻辣粉”上了桌...", False),
    ("今天，4000亿元“麻辣粉”上了桌，……", False),  # after a comma: cut off mid-sentence
])  # fmt: skip
def test_a_headline_may_end_in_the_whole_ellipsis_only(line, title_like):
    assert is_title_like(line, StructureConfig()) is title_like


@pytest.mark.parametrize("prefix", ["当前位置：", "您当前的位置：", "您所在的位置：", "你现在的位置：", "位置："])
def test_the_readers_place_said_every_way_opens_a_breadcrumb(prefix):
    assert crumbs.parse_breadcrumb(prefix + "首页 > 第一新闻 > 吉网原创") == ("首页", "第一新闻", "吉网原创")


def test_a_sites_name_before_the_place_is_cut_whole_but_no_half_of_the_phrase_is_a_site():
    assert crumbs.SITE_THEN_PREFIX_RE.match("中国基因网您的位置：首页>资讯")["site"] == "中国基因网"
    assert crumbs.SITE_THEN_PREFIX_RE.match("您当前的位置：首页>资讯") is None


TITLE = "今天，4000亿元“麻辣粉”上了桌……"


def test_the_headline_alone_wins_over_its_title_copy_with_the_sites_tail():
    copy = f"{TITLE} 吉网原创-第一新闻 梁欢欢 3618119"
    page = "\n\n".join([copy, "有思想 / 有温度 / 有品质", copy, "您当前的位置：首页 > 第一新闻 > 吉网原创", TITLE,
                        "2022-08-15 16:48 | 来源：中国吉林网", P1, P2])  # fmt: skip
    article, changes = clean_and_explain(page)
    assert (article.title, article.category, article.source_name) == (TITLE, "吉网原创", "中国吉林网")
    assert [c.reason for c in changes if c.text == copy] == ["structure:title_echo"] * 2
    assert cleaned_twice(page).title == TITLE


def test_a_glued_tail_is_at_most_max_glue_chars_of_more_words_than_a_headlines_and_no_sentence():
    assert (MAX_GLUE_CHARS, MAX_HEADLINE_GAPS) == (24, 2)
    words = "字" * 9 + " " + "字" * 6 + " " + "3618119"  # three words, 24 characters
    assert _tail_glued(f"{TITLE} {words}", TITLE)
    assert not _tail_glued(f"{TITLE} {words}9", TITLE)  # 25
    assert not _tail_glued(f"{TITLE} 吉网原创 3618119", TITLE)  # two words: a headline's phrases may be so
    assert not _tail_glued(f"{TITLE} 记者 表示，市场 仍将保持稳定。", TITLE)  # the article's words
    assert not _tail_glued(f"{TITLE} - 释放资金 1万亿元 首日", TITLE)  # after a bar: a subtitle (_glue_around's)
    assert not _tail_glued(f"{TITLE}吉网原创 第一新闻 梁欢欢", TITLE)  # no blank: the line's own words


@pytest.mark.parametrize(("line", "authors", "source"), [
    ("吉刻APP记者 栾喜良", ("栾喜良",), "吉刻APP"),  # the app is the outlet
    ("中国吉林网记者 栾喜良", ("栾喜良",), "中国吉林网"),
    ("证监会新闻发言人邓舸答记者问", None, None),  # a headline's words: no credit, no outlet
    ("央行行长接受记者采访", None, None),
])  # fmt: skip
def test_reporters_credited_by_a_papers_app_and_headlines_that_mention_reporters(line, authors, source):
    meta = parse_meta_line(line)
    if authors is None:
        assert meta is None
    else:
        assert (meta.authors, meta.source_name) == (authors, source)


def test_an_answers_to_reporters_headline_is_the_title():
    meta = "- 发布时间：2016-02-26 07:45:00 来源：中国广播网"
    page = "\n".join(["证监会新闻发言人答记者问", meta, "1、问：" + P1, "答：" + P2])
    article = cleaned_twice(page)
    assert (article.title, article.source_name) == ("证监会新闻发言人答记者问", "中国广播网")


SPIDER_POOL = ["精品四虎免费观看国产高清", "亚洲综合色播", "成人欧美一区二区三区白人", "牛牛影视在线", "日本一本久",
               "国产精品高清全国免费观看"]  # fmt: skip
ARTICLE = ["外汇交易注意事项", "发布时间：2012年05月21日", P1, P2, "（完）"]


def test_a_keyword_list_printed_a_phrase_a_line_at_the_pages_end_is_spam_with_its_label():
    article, changes = clean_and_explain("\n".join([*ARTICLE, "主站蜘蛛池模板：", *SPIDER_POOL]))
    assert [c.text for c in changes if c.reason == "spam:keyword_list"] == ["主站蜘蛛池模板：", *SPIDER_POOL]
    assert article.text.endswith("（完）")  # the article's own short last line stays


def test_a_keyword_column_at_the_pages_top_is_spam_too():
    article = clean("\n".join([*SPIDER_POOL[:3], *ARTICLE]))
    assert article.title == "外汇交易注意事项"
    assert not any(line in article.text for line in SPIDER_POOL[:3])


def test_a_column_needs_min_segments_lines():
    # two lines of terms: fewer phrases than a list has, and neither alone is a sole keyword's run
    from cleaner.config import SpamConfig

    assert SpamConfig().min_segments == 3
    article = clean("\n".join([*ARTICLE, "四虎影视", "综合色播"]))
    assert "综合色播" in article.text  # (the last line alone is one term: no sole keyword's run)
    # a third line of terms makes the column a list's length
    assert "综合色播" not in clean("\n".join([*ARTICLE, "四虎影视", "久久热", "综合色播"])).text


def test_max_column_gap_lines_without_a_term_end_the_column():
    # two short lines of the article's between two runs of the list: the column from the end stops
    # there (MAX_COLUMN_GAP), and the run above them is inside the page, no edge's
    from cleaner.stages.spam import MAX_COLUMN_GAP

    assert MAX_COLUMN_GAP == 2
    lines = [*ARTICLE[:-1], *SPIDER_POOL[:3], "本文仅供参考", "不构成投资建议", *SPIDER_POOL[3:]]
    article = clean("\n".join(lines))
    assert "本文仅供参考" in article.text and "不构成投资建议" in article.text
    assert not any(line in article.text for line in SPIDER_POOL[3:])


@pytest.mark.parametrize("line", ["特色播报：今日财经要闻", "某银行推出特色网站服务", "这一数据啪啪打脸了空头"])
def test_compounds_inside_news_words_are_no_strong_terms(line):
    from cleaner.stages.spam import has_strong_term

    assert not has_strong_term(line)


def test_a_keyword_header_parted_by_dashes_is_spam():
    spam = "人人爽天天爽夜夜爽qc-人人爽天天爽夜夜爽曰-人人天天爱天天做天天摸-人人天天夜夜-色网站在线"
    article, changes = clean_and_explain("\n".join([spam, *ARTICLE]))
    assert (article.title, [c.reason for c in changes if c.text == spam]) == ("外汇交易注意事项", ["spam:keyword_list"])


def test_an_old_cms_article_buttons_are_page_tools():
    article, changes = clean_and_explain("\n".join([*ARTICLE, "【字体：】【打印文章】【查看评论"]))
    assert "打印文章" not in article.text
    assert [c.reason for c in changes if c.text.startswith("【字体")] == ["boilerplate:page_tools"]


DOC_TITLE = "露笑科技：露笑科技股份有限公司信息披露管理制度"
DOC_BODY = ["第一章 总则", "第一条 为规范公司的信息披露行为，根据有关法律、法规和公司章程，制定本制度。", P2]


def test_a_companys_document_under_its_short_name_headline_is_the_titles_echo():
    spaced = "露笑科技股份有限公司          信息披露管理制度"
    page = "\n".join([DOC_TITLE, "来源：证券之星 2025-11-28 23:08:33", "关注证券之星官方微博：", spaced,
                      "露笑科技股份有限公司", "信息披露管理制度", *DOC_BODY])  # fmt: skip
    article, changes = clean_and_explain(page)
    assert article.title == DOC_TITLE
    echoes = [c.text for c in changes if c.reason == "structure:title_echo"]
    assert echoes == [spaced, "露笑科技股份有限公司", "信息披露管理制度"]
    assert [c.reason for c in changes if "官方微博" in c.text] == ["boilerplate:app_prompt"]
    assert cleaned_twice(page).title == DOC_TITLE


@pytest.mark.parametrize(("title", "document"), [
    (DOC_TITLE, "露笑科技股份有限公司信息披露管理制度"),
    ("央行：下调存款准备金率0.5个百分点", None),  # a speaker's kicker, no company's document
    ("露笑科技：关于召开股东大会的通知", None),  # the document does not open with the name
])  # fmt: skip
def test_a_named_document_is_one_the_kickers_name_opens(title, document):
    from cleaner.stages.title_shapes import named_document

    assert named_document(title) == document


@pytest.mark.parametrize(("line", "prompt"), [
    ("关注证券之星官方微博：", True),
    ("欢迎关注某某财经公众号", True),
    ("关注美联储议息会议", False),  # a headline's 关注
    ("关注某某官方微博，获取更多资讯", False),  # more after it: the line's own rules decide
])  # fmt: skip
def test_a_follow_prompt_names_an_account_and_nothing_after(line, prompt):
    from cleaner.stages.boilerplate import NAMED_FOLLOW_PROMPT_RE

    assert bool(NAMED_FOLLOW_PROMPT_RE.match(line)) is prompt


def test_a_headlines_phrases_before_a_date_are_no_meta_line():
    from cleaner.stages.metadata import MAX_UNLABELLED_META_CHARS

    assert MAX_UNLABELLED_META_CHARS == 20
    words = ["甲" * 8, "乙" * 7, "丙" * 5]  # three words, twenty characters: a meta line's at most
    assert parse_meta_line(" ".join(words) + " 2022年07月06日") is not None
    assert parse_meta_line(" ".join([*words[:2], "丙" * 6]) + " 2022年07月06日") is None
    assert parse_meta_line("赵嘉国 上海证券报 2021-10-08").authors == ("赵嘉国",)  # names and an outlet stay meta


def test_a_headline_with_its_chinese_date_run_on_is_the_title_and_gives_the_date():
    page = "\n\n".join(["假警察说银行卡需被冻结 真警察上门劝阻 挽回5万元 2022年07月06日", P1, P2])
    article = cleaned_twice(page)
    assert (article.title, article.published_at) == ("假警察说银行卡需被冻结 真警察上门劝阻 挽回5万元", "2022-07-06")


@pytest.mark.parametrize(("line", "byline"), [
    ("闫丽君 烟台报道", ("闫丽君",)),
    ("张三 李四 北京报道", ("张三", "李四")),
    ("一季度经济 烟台报道", None),  # no person's name before the place
    ("市场 综合报道", None),
])  # fmt: skip
def test_names_then_the_place_they_report_from_are_a_byline(line, byline):
    from cleaner.stages.metadata import parse_byline

    meta = parse_byline(line)
    assert (meta.authors if meta else None) == byline


@pytest.mark.parametrize(("line", "tool"), [
    ("本文阅读 3 分钟", True),
    ("阅读本文约需5分钟", True),
    ("预计阅读时间：3分钟", True),
    ("阅读 3250", False),  # a count of readers: the meta line's
    ("阅读本文约需5分钟，了解最新政策", False),  # more after it
])  # fmt: skip
def test_a_reading_time_estimate_is_page_furniture(line, tool):
    from cleaner.stages.boilerplate import READING_TIME_RE

    assert bool(READING_TIME_RE.fullmatch(line)) is tool
    if tool:
        _, changes = clean_and_explain("\n".join([TITLE, line, P1, P2]))
        assert [c.reason for c in changes if c.text == line] == ["boilerplate:reading_time"]


def test_noise_after_the_articles_words_goes_and_the_words_before_stay():
    changes = []
    line = "房地产租售以及批发类商户的消费不积分；- q8 s# M4 n, D! E  Y) U5 i, n, J7 |"
    assert junk._without_glued_jammer(line, changes) == "房地产租售以及批发类商户的消费不积分；-"
    assert [c.text for c in changes] == ["q8 s# M4 n, D! E  Y) U5 i, n, J7 |"]


def test_noise_run_into_a_pages_line_is_cut_by_the_stage():
    article, changes = clean_and_explain("\n".join([TITLE, "4 X) t' }6 i& Q% ~- i0 H" + P1, P2]))
    assert [c.reason for c in changes if c.reason == "junk:jammer"] == ["junk:jammer"]
    assert "H" + P1 in article.text and "Q%" not in article.text
