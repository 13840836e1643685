"""header: the title chosen by evidence, mastheads and menu runs, journal bylines, tidy_title.

Each piece of evidence (first line, echoes, a meta line after it, the page's own title, an h1 hint,
breadcrumb agreement) is tested so that removing it changes the chosen title; each threshold on
both sides of its boundary. Every removal test checks what stays.
"""

from difflib import SequenceMatcher

import pytest

from cleaner import clean, clean_and_explain
from cleaner.article import Article
from cleaner.config import StructureConfig
from cleaner.document import Candidate, Hint, Line
from cleaner.stages import header, title_shapes, titles
from cleaner.stages.header import (
    ECHO_SPAN,
    MAX_MASTHEAD_CHARS,
    MIN_MENU_RUN,
    SAME_TITLE_RATIO,
)
from cleaner.stages.title_shapes import (
    MAX_MENU_CHARS,
    is_echo,
    is_title_like,
)
from cleaner.stages.titles import MIN_GLUED_TITLE_CHARS, MIN_TITLE_CHARS, tidy_title

from .header_pages import OTHER, P1, TITLE, recover, removed

META = "2017-11-08 16:22"
P2 = "业内人士指出，贵州茅台(600519)等龙头公司的分红方案也受到市场关注，约7.12亿元。"


# --- never a title --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "above",
    ["作者：李四", "首页 > 理财 > 基金", "来源：新华财经 2017-11-08", "每经记者 史青伟"],
)
def test_header_lines_above_the_title_are_never_the_title(above):
    article, _ = recover(above, TITLE, P1)
    assert article.title == TITLE
    assert article.lead == (P1,)


@pytest.mark.parametrize(
    "line",
    [
        "财经网",
        "中国理财网",
        "理财资讯",
        "www.example.com",
        "温馨提示：请登录后查看",
        "会员登录",
        "1.",
        "一、总则",
        "• 基金",
        "· 权力结构-美国，金融经济",  # a tag row's bullet
        "·权力结构",
        "聽新聞",  # an audio button, either script
    ],
)
def test_site_names_notices_markers_are_not_title_like(line):
    assert not is_title_like(line, StructureConfig())


@pytest.mark.parametrize(
    ("line", "notice"),
    [
        ("请至Edge官网下载 请至Chrome官网下载", True),
        ("点我下载APP 按我看活动办法", True),
        ("扫码下载财经客户端", True),
        ("立即下载研究报告全文", True),
        ("点击领取下载券", True),  # the prompt reaches its 下载 within a few words
        ("手机银行APP下载量突破一亿次", False),  # a headline about downloads asks nothing of the reader
        ("如何下载个税APP并办理退税", False),
        ("点击率创新高，下载量同比翻番", False),  # a comma ends the prompt's reach
    ],
)
def test_download_prompts_are_notices_not_titles(line, notice):
    assert is_title_like(line, StructureConfig()) is not notice


def test_a_headline_under_download_notices_is_chosen_by_its_meta_line():
    article, _ = recover("请至Edge官网下载 请至Firefox官网下载", "晴时多云", P1, TITLE, META, P2)
    assert article.title == TITLE
    assert article.published_at == "2017-11-08T16:22"


def test_a_title_that_reads_like_prose_does_not_end_the_header():
    # a book's title with a sentence in its brackets: the fields under it are still header lines
    title = "一生的投资理财计划（让理财成为习惯，将梦想照进现实。一本书，带你读懂理财）"
    assert title_shapes.is_prose(title)
    lines = (title, "作者：程超泽 著", "出 版 社：龙门书局", "出版时间：2012年01月", "定价：36.00", P1, P2)
    article, changes = recover(*lines)
    crumb = "您现在的位置：图书 > " + title  # a header line too, however it reads
    assert title_shapes.is_prose(crumb)
    assert recover(crumb, *lines)[0].published_at == "2012-01"
    assert article.title == title
    assert article.published_at == "2012-01"
    assert ("structure:meta_line", "出版时间：2012年01月") in removed(changes)
    assert article.lead == ("出 版 社：龙门书局", "定价：36.00", P1, P2)


@pytest.mark.parametrize(
    ("line", "title_like"),
    [
        ("168炒股学习网 - 专注提供股票金融知识", False),  # a site and its slogan
        ("示例文学网_书友最值得收藏！", False),  # a site's name before an underscore
        ("一二三四五六七网_书友最值得收藏", False),  # eight characters
        ("一二三四五六七八网_书友最值得收藏", True),  # nine: a phrase, not a site's name
        ("信托公司的运作模式_投资论文", True),  # no site before the underscore
        ("理财网——您身边的理财专家", False),
        ("www.example.com | 财经资讯", False),
        ("金融科技平台 - 风控的下一站", True),  # 平台 ends a headline's phrase too
        ("股票入门基础知识_炒股入门与技巧_怎么买股票 - 股票学习网！", False),  # the site's keyword title
        ("股票入门_炒股技巧_怎么买股票 - 入门指南", True),  # keywords, but no site's name after them
        ("股市 - 今日复盘", True),
        ("下一篇 》", False),
        ("上一篇：央行降准", False),
        ("（新乡市卫滨区平原乡财政所 河南·新乡）", False),  # an affiliation under a byline
        ("（附：2024年理财产品收益榜）", True),
        ("市场普遍预期央行利率将连七冻。（中央社资料照）", False),  # a caption: a sentence, then its credit
        ("一生的投资理财计划（让理财成为习惯，将梦想照进现实。一本书）", True),  # 。 inside its brackets
        ("他说“降准了。”央行回应", True),
    ],
)
def test_site_slogans_links_and_affiliations_are_not_title_like(line, title_like):
    assert is_title_like(line, StructureConfig()) is title_like


def test_title_like():
    assert is_title_like(TITLE, StructureConfig())
    assert is_title_like("Fed holds rates steady", StructureConfig())
    assert not is_title_like("央行宣布降准。", StructureConfig())
    assert not is_title_like("作者：张三", StructureConfig())


def test_max_title_chars_boundary():
    assert StructureConfig().max_title_chars == 64
    settings = StructureConfig(max_title_chars=12)
    assert is_title_like(TITLE, settings)  # 12 characters
    assert not is_title_like(TITLE + "呢", settings)


@pytest.mark.parametrize("above", ["APP下载", "1.", "财经网"])
def test_stray_line_above_a_title_with_a_meta_line_is_masthead(above):
    article, changes = recover(above, TITLE, META, P1)
    assert article.title == TITLE
    assert ("structure:masthead", above) in removed(changes)
    assert article.published_at == "2017-11-08T16:22"
    assert article.lead == (P1,)


def test_url_in_the_title_line_is_cut_and_read():
    article, _ = recover(TITLE + " http://www.example.com", P1)
    assert any(TITLE in text for text in (article.title or "", *article.lead))  # never lost


def test_title_with_a_glued_url_and_date():
    article, _ = recover(TITLE + "http://www.example.com 2008年03月31日 02:40 来源", P1)
    assert article.title == TITLE
    assert article.published_at == "2008-03-31T02:40"


# --- evidence -------------------------------------------------------------------------------------


def test_first_line_wins_without_other_evidence():
    article, changes = recover(OTHER, TITLE, P1)
    assert article.title == OTHER
    assert article.lead == (TITLE, P1)  # nothing removed without evidence
    assert removed(changes) == []


def test_meta_line_after_a_line_beats_the_first_line():
    article, changes = recover(OTHER, TITLE, META, P1)
    assert article.title == TITLE
    assert ("structure:masthead", OTHER) in removed(changes)


def test_echo_beats_the_first_line():
    article, changes = recover(OTHER, TITLE, TITLE + "？", P1)
    assert article.title == TITLE
    assert ("structure:title_echo", TITLE + "？") in removed(changes)
    assert article.lead == (P1,)


def test_a_line_doubled_in_a_row_is_weaker_than_the_first_line():
    """A body line scraped twice looks just like a doubled title: DOUBLED_LINE_SCORE (1) is less
    than FIRST_LINE_SCORE (2), so the first line stays the title and nothing is removed."""
    assert header.DOUBLED_LINE_SCORE < header.FIRST_LINE_SCORE
    article, changes = recover(OTHER, TITLE, TITLE, P1)
    assert article.title == OTHER
    assert removed(changes) == []
    assert article.lead == (TITLE, TITLE, P1)


def test_a_doubled_line_counts_with_other_evidence():
    # 1 (doubled) + 3 (a meta line after its copies) beats the first line's 2
    article, changes = recover(OTHER, TITLE, TITLE, META, P1)
    assert article.title == TITLE
    assert ("structure:title_echo", TITLE) in removed(changes)
    # 1 + 2 (an <h1>) = 3 beats the first line's 2; an <h1> alone (2) only ties it (and loses)
    article, _ = recover(OTHER, TITLE, TITLE, P1, hints={1: Hint("heading", 1)})
    assert article.title == TITLE


def test_a_doubled_line_is_weaker_than_an_h1():
    # neither in the first line's place: the doubled line earns 1, the <h1> line 2
    lines = [Line("本期导读内容一览"), Line(OTHER), Line(OTHER), Line(TITLE, Hint("heading", 1)), Line(P1)]
    candidates = [0, 1, 2, 3]
    scores = [header._title_score(i, lines, {}, [], candidates, 5) for i in (1, 3)]
    assert scores == [header.DOUBLED_LINE_SCORE, 2]


def test_an_echo_further_down_or_in_another_form_is_strong():
    # the copy straight after it with a ？ is a template's echo, not a doubled line: 3
    article, _ = recover(OTHER, TITLE, TITLE + "？", P1)
    assert article.title == TITLE
    # the same copy one line further down, after another line: 3
    article, _ = recover(OTHER, TITLE, P2[:10], TITLE, P1)
    assert article.title == TITLE


def test_a_short_first_line_earns_nothing_not_even_its_place():
    """A line shorter than MIN_TITLE_CHARS is the title only when no other line could be: the first
    line's place goes to the first line long enough to be a headline."""
    short = "客户端"
    assert len(short) < MIN_TITLE_CHARS
    article, _ = recover(short, TITLE, TITLE, P1)
    assert article.title == TITLE
    article, _ = recover(short, TITLE, P1)  # the first headline-length line has the first line's place
    assert article.title == TITLE
    assert article.lead == (short, P1)
    article, _ = recover(short, P1)  # nothing else could be the title
    assert article.title == short
    unended = "随着网贷发展，逾期增多：平台会上门吗？时间10:31:38，金额7.12亿，涉及借款人一万余名"
    assert title_shapes.is_prose(unended) and is_title_like(unended, StructureConfig())
    article, _ = recover(short, unended, P1)  # a paragraph without its full stop takes no place
    assert article.title == short
    at_limit = TITLE[:MIN_TITLE_CHARS]
    assert recover(at_limit, TITLE, P1)[0].title == at_limit  # long enough: it keeps its place


def test_an_editor_line_after_a_line_is_no_title_evidence():
    """``（责任编辑：…）`` closes an article: the last paragraph above it is no headline."""
    last = "新的一年市场仍有机会，让我们共同学习吧！"
    article, _ = recover(TITLE, P1, last, "（责任编辑：王五）")
    assert article.title == TITLE
    assert article.lead == (P1, last)
    assert article.editor == "王五"
    # a byline after it is evidence (3): such a line below the first paragraph may be the title
    article, _ = recover(P1, OTHER, TITLE, "作者：王五", P2)
    assert article.title == TITLE


def test_page_title_evidence_beats_the_first_line():
    article, changes = recover(OTHER, TITLE, P1, evidence=[Candidate("title", TITLE, "og")])
    assert article.title == TITLE
    assert ("structure:masthead", OTHER) in removed(changes)


def test_h1_hint_counts_as_evidence():
    # line 0: first line (2) + h1 (2) beats line 1: meta line after it (3)
    article, _ = recover(OTHER, TITLE, META, P1, hints={0: Hint("heading", 1)})
    assert article.title == OTHER
    # without the hint the meta line decides
    article, _ = recover(OTHER, TITLE, META, P1)
    assert article.title == TITLE


def test_h1_hint_alone_ties_with_the_first_line_and_the_first_line_wins():
    """FIRST_LINE_SCORE equals an h1's weight (2); a tie goes to the earlier line."""
    assert header.FIRST_LINE_SCORE == 2
    article, _ = recover(OTHER, TITLE, P1, hints={1: Hint("heading", 1)})
    assert article.title == OTHER
    assert article.sections[0].heading == TITLE  # the h1 line stays, as a heading


def test_h2_hint_is_no_title_evidence():
    article, _ = recover(OTHER, TITLE, META, P1, hints={0: Hint("heading", 2)})
    assert article.title == TITLE


def test_breadcrumb_agreement_is_evidence():
    article, changes = recover(f"首页 > 理财 > {TITLE}", OTHER, TITLE, P1)
    assert article.title == TITLE
    assert article.category == "理财"  # the last crumb is the title, not the category
    assert ("structure:masthead", OTHER) in removed(changes)
    assert ("structure:breadcrumb", f"首页 > 理财 > {TITLE}") in removed(changes)


def test_no_title_line_falls_back_to_page_evidence():
    article, _ = recover(P1, P2, evidence=[Candidate("title", TITLE, "og")])
    assert article.title == TITLE
    assert article.lead == (P1, P2)


def test_min_title_chars_boundary():
    """A line shorter than MIN_TITLE_CHARS earns no evidence beyond the first line's place."""
    assert MIN_TITLE_CHARS == 5
    short = "理财新规落地"[: MIN_TITLE_CHARS - 1]
    at = "理财新规落地"[:MIN_TITLE_CHARS]
    # candidate A: first line + meta after it; candidate B: a doubled line (1)
    article, _ = recover(at, META, OTHER, OTHER, P1)
    assert article.title == at
    article, _ = recover(short, META, OTHER, OTHER, P1)
    assert article.title == OTHER


def _variant(text: str, changed: int, extra: str = "") -> str:
    chars = list(text)
    for k in range(changed):
        chars[1 + 3 * k] = "甲乙丙丁戊己"[k]
    return "".join(chars) + extra


def test_same_title_ratio_boundary():
    """A page title SAME_TITLE_RATIO alike agrees with a line; a little less does not."""
    base = "理财新规落地影响几何"  # 10 characters
    at = _variant(base, 2)  # 8 of 10 the same: 16 / 20
    assert SequenceMatcher(None, base, at).ratio() == SAME_TITLE_RATIO
    long_base = "银行理财新规正式落地后对个人投资者的收益影响几何"  # 24 characters
    below = _variant(long_base, 5)  # 19 of 24 the same: 38 / 48
    ratio = SequenceMatcher(None, long_base, below).ratio()
    assert SAME_TITLE_RATIO - 0.01 < ratio < SAME_TITLE_RATIO
    article, _ = recover(OTHER, base, P1, evidence=[Candidate("title", at, "og")])
    assert article.title == base
    article, _ = recover(OTHER, long_base, P1, evidence=[Candidate("title", below, "og")])
    assert article.title == OTHER


def test_title_below_the_first_paragraph_needs_strong_evidence():
    article, _ = recover(P1, TITLE, P2)  # place alone (2) is not enough
    assert article.title is None
    assert article.lead == (P1, TITLE, P2)
    article, _ = recover(P1, TITLE, TITLE, P2)  # an echo below the first paragraph counts for nothing
    assert article.title is None
    article, _ = recover(P1, OTHER, TITLE, META, P2)  # a meta line after it: 3, just enough
    assert article.title == TITLE
    assert article.published_at == "2017-11-08T16:22"
    assert article.lead == (P1, P2)  # prose above the title stays; the short line is masthead


def test_no_title_below_the_first_paragraph_under_a_headline_above_it():
    """With a headline-like line (MIN_TITLE_CHARS or more) above the first paragraph, a line below
    that paragraph never takes the title, whatever its evidence; a shorter line above does not count."""
    above = "理财新规落地"[:MIN_TITLE_CHARS]
    article, _ = recover(above, P1, TITLE, META, P2)
    assert article.title == above
    assert TITLE in article.lead
    short = above[: MIN_TITLE_CHARS - 1]
    article, _ = recover(short, P1, TITLE, META, P2)
    assert article.title == TITLE


# --- echoes ---------------------------------------------------------------------------------------


def test_is_echo():
    assert is_echo(TITLE + "?", TITLE)
    assert is_echo(TITLE + "！", TITLE)
    assert is_echo(TITLE, TITLE + ".docx")
    assert is_echo(TITLE, "【推荐阅读】" + TITLE)
    assert not is_echo(TITLE + "。", TITLE)
    assert not is_echo(TITLE[:-1], TITLE)


def test_echo_over_two_lines():
    article, changes = recover(TITLE, TITLE[:6], TITLE[6:], P1)
    assert article.title == TITLE
    assert ("structure:title_echo", TITLE[:6]) in removed(changes)
    assert ("structure:title_echo", TITLE[6:]) in removed(changes)
    assert article.lead == (P1,)


@pytest.mark.parametrize(("marks", "echo"), [(len(TITLE), True), (len(TITLE) + 1, False)])
def test_two_line_echo_spans_at_most_echo_span_titles(marks, echo):
    # marks between the halves are no words, but two lines longer than ECHO_SPAN titles are prose
    assert ECHO_SPAN == 2
    first, second = TITLE[:6] + "·" * marks, TITLE[6:]
    article, changes = recover(TITLE, first, second, P1)
    assert (("structure:title_echo", first) in removed(changes)) is echo
    assert article.title == TITLE


def test_two_line_echo_needs_min_title_chars():
    short = "理财新规"[: MIN_TITLE_CHARS - 1]
    article, _ = recover(short, short[:2], short[2:], P1)
    assert article.lead == (short[:2], short[2:], P1)
    at = "理财新规落"[:MIN_TITLE_CHARS]
    article, _ = recover(at, at[:2], at[2:], P1)
    assert article.lead == (P1,)


# --- masthead -------------------------------------------------------------------------------------


def test_masthead_length_boundary():
    at = "理财周刊" * 3
    assert len(at) == MAX_MASTHEAD_CHARS
    over = "小微企业金融服务周刊第三期"  # 13 characters, title-like: another headline
    assert len(over) == MAX_MASTHEAD_CHARS + 1
    article, changes = recover(at, TITLE, META, P1)
    assert ("structure:masthead", at) in removed(changes)
    article, changes = recover(over, TITLE, META, P1)
    assert article.title == TITLE
    assert over in article.lead
    assert removed(changes) == [("structure:meta_line", META)]


def test_masthead_copy_of_the_title_is_an_echo():
    # the crawler's copy above the page's headline, saying less than it: an echo
    full = TITLE + "（附榜单）"
    article, changes = recover(TITLE, full, META, P1, evidence=[Candidate("title", full, "og")])
    assert article.title == full
    assert ("structure:title_echo", TITLE) in removed(changes)


def test_a_copy_of_the_title_that_says_more_is_kept():
    """A line above the title that agrees with it but adds words (MAX_ECHO_ADDED_CHARS, one
    character, allows a typo) is no echo: none of its words may go; it stays, in the lead."""
    assert header.MAX_ECHO_ADDED_CHARS == 1
    more = "华宝中证触发下折 " + TITLE  # the title with a clause before it
    article, changes = recover(more, TITLE, META, P1, evidence=[Candidate("title", TITLE, "og")])
    assert article.title == TITLE
    assert more in article.lead
    assert all(reason != "structure:title_echo" for reason, _ in removed(changes))
    one = TITLE[:4] + "甲" + TITLE[4:]  # one character more: a typo, an echo
    article, changes = recover(one, TITLE, META, P1, evidence=[Candidate("title", TITLE, "og")])
    assert ("structure:title_echo", one) in removed(changes)
    two = TITLE[:4] + "甲乙" + TITLE[4:]  # two more: kept
    article, changes = recover(two, TITLE, META, P1, evidence=[Candidate("title", TITLE, "og")])
    assert two in article.lead
    labelled = "评论：" + TITLE  # not title-like (a label), yet it says more than the title: kept too
    article, changes = recover(labelled, TITLE, META, P1, evidence=[Candidate("title", TITLE, "og")])
    assert labelled in article.lead


def test_no_masthead_without_strong_evidence():
    article, changes = recover("理财课堂", TITLE, P1)
    assert article.title == TITLE  # the first headline-length line: first-line place only (2)
    assert article.lead == ("理财课堂", P1)  # above it, kept: no strong evidence to drop a masthead
    assert removed(changes) == []
    # an outlet's name alone there is the site's masthead: kept, it would land right under the headline,
    # where a second run would take it for the source
    article, changes = recover("理财周刊", TITLE, P1)
    assert (article.lead, removed(changes)) == ((P1,), [("structure:masthead", "理财周刊")])


# --- menu runs ------------------------------------------------------------------------------------


MENU = ["热点栏目", "资金流向", "千股千评", "个股诊断"]


def test_menu_run_boundary():
    assert MIN_MENU_RUN == 3
    article, changes = recover(TITLE, *MENU[:MIN_MENU_RUN], P1)
    assert [r for r, _ in removed(changes)] == ["structure:menu"] * MIN_MENU_RUN
    assert article.lead == (P1,)
    article, changes = recover(TITLE, *MENU[: MIN_MENU_RUN - 1], P1)
    assert removed(changes) == []
    assert article.lead == (*MENU[: MIN_MENU_RUN - 1], P1)


@pytest.mark.parametrize(
    ("line", "title_like"),
    [
        ("新闻  健康  示例部落格", False),  # a site's row of channel links, one of them the site
        ("新闻 健康", False),
        ("新闻 示例公司发布年报", True),  # one channel of two words: a kicker and its headline
        ("新闻 健康 示例公司发布年报 全年营收增长", True),  # two of four: a headline's phrases
    ],
)
def test_a_row_of_channel_names_is_no_title(line, title_like):
    assert is_title_like(line, StructureConfig()) is title_like


def test_a_menu_run_above_the_title_goes_whatever_the_titles_evidence():
    # a menu over a headline with no evidence but its place: kept, a second run would see the menu on
    # top of the text and take it out (cleaning twice must change nothing)
    article, changes = recover(*MENU[:MIN_MENU_RUN], TITLE, P1)
    assert article.title == TITLE
    assert [r for r, _ in removed(changes)] == ["structure:menu"] * MIN_MENU_RUN
    assert article.lead == (P1,)
    article, changes = recover(*MENU[: MIN_MENU_RUN - 1], TITLE, P1)
    assert removed(changes) == []


def test_menu_words_on_both_sides_of_the_title_make_one_run():
    # the text puts the word above the title right under it: a second run would see three in a row
    _, changes = recover(MENU[0], TITLE, *MENU[1:MIN_MENU_RUN], P1)
    assert [r for r, _ in removed(changes)] == ["structure:menu"] * MIN_MENU_RUN
    assert clean_twice_same(MENU[0], TITLE, *MENU[1:MIN_MENU_RUN], P1)
    _, changes = recover(MENU[0], "示例长句不是菜单词", TITLE, MENU[1], P1)
    assert removed(changes) == []  # a longer line between: no run


def clean_twice_same(*lines: str) -> bool:
    once = clean("\n".join(lines))
    return clean(once.text).text == once.text


def test_a_meta_line_inside_a_menu_run_does_not_break_it():
    # the meta line goes too, so a second run would see the words as one run: the first must as well
    article, changes = recover(TITLE, *MENU[:2], "2024-03-05 10:00 来源：示例网", MENU[2], P1)
    assert [r for r, _ in removed(changes)].count("structure:menu") == MIN_MENU_RUN
    assert article.lead == (P1,)


def test_menu_word_length_boundary():
    assert MAX_MENU_CHARS == 8
    at = "理财" * (MAX_MENU_CHARS // 2)
    over = at + "师"
    article, changes = recover(TITLE, at, *MENU[:2], P1)
    assert ("structure:menu", at) in removed(changes)
    article, changes = recover(TITLE, over, *MENU[:2], P1)
    assert removed(changes) == []
    assert article.lead == (over, *MENU[:2], P1)


def test_menu_words_with_digits_or_marks_are_no_menu():
    article, changes = recover(TITLE, "2023年", "增长5%", "营收", P1)
    assert removed(changes) == []
    assert article.lead == ("2023年", "增长5%", "营收", P1)


def test_hinted_lines_are_no_menu():
    article, _ = recover(TITLE, *MENU[:3], P1, hints={i: Hint("item") for i in (1, 2, 3)})
    assert article.sections[0].blocks[0].items == tuple(MENU[:3])


# --- journal bylines ------------------------------------------------------------------------------


def test_journal_byline_with_spaced_name():
    article, changes = recover(OTHER, "童 元 松", "（北京大学 经济学院，北京 100871）", P1)
    assert article.authors == ("童元松",)
    assert ("structure:affiliation", "（北京大学 经济学院，北京 100871）") in removed(changes)
    assert article.lead == (P1,)


def test_journal_byline_with_several_names():
    article, _ = recover(OTHER, "曾剑秋,谢嘉润", "（北京邮电大学 经济管理学院，北京 100876）", P1)
    assert article.authors == ("曾剑秋", "谢嘉润")


def test_bracket_that_is_no_affiliation_keeps_the_line_above():
    article, _ = recover(OTHER, "童 元 松", "（一般为几天至一周）", P1)
    assert article.authors == ()
    assert "（一般为几天至一周）" in article.lead


# --- tidy_title -----------------------------------------------------------------------------------


def test_column_prefix_becomes_the_category():
    changes = []
    assert tidy_title("【理财】小微信贷报", None, changes) == ("小微信贷报", "理财")
    assert changes[0].reason == "structure:title_prefix"
    assert tidy_title("【理财】小微信贷报", "基金", []) == ("小微信贷报", "基金")


def test_a_column_closed_by_an_unopened_bracket_becomes_the_category():
    # the publisher's kicker stays the headline's (readers quote it so); it names the column all the same
    title = "美股收盘》道琼跌88点台积电ADR反涨"
    assert tidy_title(title, None, []) == (title, "美股收盘")
    assert tidy_title("港股》恒指收盘急弹514点", None, []) == ("恒指收盘急弹514点", "港股")  # a channel's: the site's
    assert tidy_title("《货币战争》读后感与投资启示", None, [])[0] == "《货币战争》读后感与投资启示"  # a book's name
    assert tidy_title("美股 收盘》道琼跌88点台积电ADR反涨", None, [])[1] is None  # a column is one word


def test_a_column_before_a_bar_becomes_the_category_when_it_names_itself_one():
    changes = []
    assert tidy_title("示例视点 | 揭开代理退保的伪装", None, changes) == ("揭开代理退保的伪装", "示例视点")
    assert [(c.reason, c.text) for c in changes] == [("structure:title_prefix", "示例视点 |")]
    assert tidy_title("示例视点 | 揭开代理退保的伪装", "保险", [])[1] == "保险"  # a category known first stays
    assert tidy_title("以案说险 | 揭开代理退保的伪装", None, [])[0] == "以案说险 | 揭开代理退保的伪装"  # a kicker
    assert tidy_title("港股｜恒指收盘急弹514点", None, [])[1] == "港股"  # a channel's name
    assert tidy_title("全民反诈都在要闻｜警惕虚假贷款类诈骗", None, [])[1] == "全民反诈都在要闻"  # eight characters
    assert tidy_title("全民反诈骗都在要闻 | 警惕虚假贷款类的诈骗", None, [])[1] is None  # nine: no column
    assert tidy_title("央行降准要闻 | 示例之家啊", None, [])[1] is None  # what follows is no longer
    assert tidy_title("央行降准快讯 | 示例之家读者们", None, [])[1] == "央行降准快讯"  # longer: the headline
    assert tidy_title("今日要闻 | 示例财经网", None, [])[1] is None  # a site's name after the headline
    assert tidy_title("今日要闻 | 揭开伪装 | 示例网", None, [])[1] is None  # a second bar: the site's parts
    assert tidy_title("今日要闻 | 揭开伪装啊", None, [])[1] == "今日要闻"  # five characters after it
    assert tidy_title("今日要闻 | 揭开伪装", None, [])[1] is None  # four: too little headline
    assert tidy_title("金融·看法丨揭开代理退保的伪装", None, []) == ("揭开代理退保的伪装", "金融·看法")  # 丨 as a bar
    assert tidy_title("今日要闻 | 揭开伪装丨示例网", None, [])[1] is None  # 丨 is a second bar too
    assert tidy_title("港股异动︱示例基金涨超4%", None, []) == ("示例基金涨超4%", "港股异动")  # ︱ (U+FE31) too
    assert tidy_title("今日要闻 | 揭开伪装︱示例网", None, [])[1] is None  # a second bar
    assert tidy_title("港股异常︱示例基金涨超4%", None, [])[1] is None  # 异动 is a column's word, 异常 none


def test_a_named_column_becomes_the_category():
    assert tidy_title("《港股》恒指收盘急弹514点", None, []) == ("恒指收盘急弹514点", "港股")  # a channel
    assert tidy_title("《繁花》热播带火黄河路", None, [])[1] is None  # a work's name, no channel
    assert tidy_title("环球要闻：茅台去年净利增长", None, []) == ("茅台去年净利增长", "环球要闻")
    assert tidy_title("快讯：茅台去年净利增长", None, [])[1] is None  # a post's kind is no category
    assert tidy_title("快讯：茅台去年净利增长", None, [])[0] == "茅台去年净利增长"
    assert tidy_title("美国经济：衰退风险加大", None, [])[1] is None  # a topic heads the headline
    assert tidy_title("世界动态：美联储宣布加息", None, []) == ("美联储宣布加息", "世界动态")


@pytest.mark.parametrize(
    ("line", "title_like"),
    [
        ("（资料图片）", False),
        ("(图片来源：示例网)", False),
        ("【图】", False),
        ("（摄影 王明远）", False),
        ("（附：2024年理财产品收益榜）", True),  # no picture in it: an appendix may be the title
    ],
)
def test_a_bracket_naming_a_picture_is_no_title(line, title_like):
    assert is_title_like(line, StructureConfig()) is title_like


def test_a_pictures_mark_is_short():
    assert title_shapes.CAPTION_RE.fullmatch("（" + "银行产品" * 4 + "图" + "银行产品" * 4 + "）")  # 16 each side
    assert not title_shapes.CAPTION_RE.fullmatch("（" + "银行产品" * 4 + "的图）")  # 17 before it
    assert not title_shapes.CAPTION_RE.fullmatch("（图" + "银行产品" * 4 + "的）")  # 17 after it


def test_post_label_prefix_is_cut_but_no_category():
    assert tidy_title("【原创】小微信贷报告", None, []) == ("小微信贷报告", None)
    assert tidy_title("【獨家】小微信贷报告", None, []) == ("小微信贷报告", None)


def test_column_prefix_needs_min_title_chars_left():
    assert tidy_title("【理财】" + "小微信贷报"[:MIN_TITLE_CHARS], None, [])[0] == "小微信贷报"[:MIN_TITLE_CHARS]
    short = "【理财】" + "小微信贷报"[: MIN_TITLE_CHARS - 1]
    assert tidy_title(short, None, []) == (short, None)


def test_file_suffix_boundary():
    changes = []
    assert tidy_title("小微信贷报.pdf", None, changes) == ("小微信贷报", None)
    assert changes == [header.Change("structure", "structure:title_suffix", ".pdf")]
    assert tidy_title("小微信贷.docx", None, []) == ("小微信贷.docx", None)


@pytest.mark.parametrize(
    ("title", "tidy"),
    [
        ("雄安新区[编辑]", "雄安新区"),  # however short the title
        ("雄安新區 [編輯]", "雄安新區"),
        ("示例[edit]", "示例"),
        ("[编辑]", "[编辑]"),  # nothing before it: no title to free
        ("雄安新区[编辑]规划", "雄安新区[编辑]规划"),  # only at the end
        ("雄安新区[评论]", "雄安新区[评论]"),
    ],
)
def test_a_wiki_edit_link_is_cut_from_the_title(title, tidy):
    changes = []
    assert tidy_title(title, None, changes) == (tidy, None)
    assert [c.reason for c in changes] == ["structure:title_suffix"] * (tidy != title)


def test_a_page_keyword_after_a_separator_is_cut_from_the_title():
    changes = []
    keywords = ("纪检监察", "纪检")
    assert tidy_title("中华人民共和国监察法-纪检", None, changes, keywords) == ("中华人民共和国监察法", "纪检")
    assert [c.text for c in changes] == ["纪检"]
    assert tidy_title("发展农村普惠金融", None, [], ("金融",)) == ("发展农村普惠金融", None)  # no separator
    assert tidy_title("中华人民共和国监察法-纪检", None, [], ()) == ("中华人民共和国监察法-纪检", None)
    left = "小微信贷一环"[:MIN_GLUED_TITLE_CHARS]
    assert tidy_title(left + "_纪检", None, [], ("纪检",))[0] == left
    assert tidy_title(left[:-1] + "_纪检", None, [], ("纪检",))[0] == left[:-1] + "_纪检"


def test_the_headline_under_a_title_with_glue_is_its_echo():
    evidence = (Candidate("keywords", "纪检", "meta"),)
    article, changes = recover("中华人民共和国监察法-纪检", META, "中华人民共和国监察法", P1, evidence=evidence)
    assert article.title == "中华人民共和国监察法"
    assert article.lead == (P1,)
    assert ("structure:title_echo", "中华人民共和国监察法") in removed(changes)
    article, _ = recover("中华人民共和国监察法-纪检", META, "中华人民共和国监察法", P1)
    assert article.lead == ("中华人民共和国监察法", P1)  # no glue cut: the line says more than an echo


@pytest.mark.parametrize(
    ("title", "tidy", "category"),
    [
        ("投资组合基金的发展与运作模式_投资论文", "投资组合基金的发展与运作模式", "投资论文"),
        ("央行宣布降准_股票_新浪财经", "央行宣布降准", "股票"),
        ("央行宣布降准_2024", "央行宣布降准_2024", None),  # a number after it is no channel
        ("央行宣布降_股票", "央行宣布降_股票", None),  # too little title before it
        ("base_rate调整", "base_rate调整", None),
        ("《网格交易》超详细攻略-建议收藏_STA:Learning Star", "《网格交易》超详细攻略-建议收藏", None),  # a site's name
        ("网格交易超详细攻略_A B C D", "网格交易超详细攻略_A B C D", None),  # four words: no site's name
        ("网格交易超详细攻略_股票 基金", "网格交易超详细攻略_股票 基金", None),  # Chinese words apart: a phrase
    ],
)
def test_channels_after_an_underscore_are_cut_from_the_title(title, tidy, category):
    assert MIN_GLUED_TITLE_CHARS == 6
    changes = []
    assert tidy_title(title, None, changes) == (tidy, category)
    assert all(c.reason == "structure:title_suffix" for c in changes) and bool(changes) == (tidy != title)


def test_glued_channel_word_is_cut():
    changes = []
    assert tidy_title("小微信贷一环金融", None, changes) == ("小微信贷一环", "金融")
    assert [c.text for c in changes] == ["金融"]
    assert tidy_title("小微信贷报告 - 财经", None, []) == ("小微信贷报告", "财经")


def test_glued_word_boundary():
    assert MIN_GLUED_TITLE_CHARS == 6
    left = "小微信贷一环"[:MIN_GLUED_TITLE_CHARS]
    assert tidy_title(left + "金融", None, [])[0] == left
    shorter = left[1:]
    assert tidy_title(shorter + "金融", None, []) == (shorter + "金融", None)


def test_owned_compound_keeps_its_word():
    changes = []
    assert tidy_title("数字化转型助力发展普惠金融", None, changes) == ("数字化转型助力发展普惠金融", None)
    assert tidy_title("银行加码布局供应链金融", None, changes)[0] == "银行加码布局供应链金融"
    assert changes == []


def test_category_word_glued_to_the_title_is_cut_only_as_the_category():
    assert tidy_title("小微信贷成为银行转型的一环理财", "理财", [])[0] == "小微信贷成为银行转型的一环"
    assert tidy_title("小微信贷成为银行转型的一环理财", None, [])[0] == "小微信贷成为银行转型的一环理财"


def test_owned_compound_keeps_its_word_when_it_is_the_category():
    article = clean(f"首页 > 金融 > 正文\n数字化转型助力发展普惠金融\n{META}\n{P1}")
    assert article.title == "数字化转型助力发展普惠金融"


def test_glued_category_end_to_end():
    article, changes = clean_and_explain(f"小微信贷成为银行转型的重要一环金融\n{META}\n{P1}\n{P2}")
    assert article.title == "小微信贷成为银行转型的重要一环"
    assert article.category == "金融"
    assert ("structure:title_suffix", "金融") in removed(changes)
    assert "贵州茅台(600519)" in article.lead[1]


# --- evidence from the page's metadata ------------------------------------------------------------


def test_page_evidence_fills_only_empty_fields():
    evidence = [
        Candidate("authors", "王五", "meta"),
        Candidate("published_at", "2020-01-01", "time"),
        Candidate("source_name", "新华财经", "og"),
    ]
    article, _ = recover(TITLE, META, P1, evidence=evidence)
    assert article.published_at == "2017-11-08T16:22"  # the line said it first
    assert article.authors == ("王五",)
    assert article.source_name == "新华财经"


def test_article_type():
    article, _ = recover(TITLE, P1)
    assert isinstance(article, Article)


# --- page evidence ranked by origin ---------------------------------------------------------------


def test_evidence_ranked_by_origin():
    evidence = (
        Candidate("title", "来自标题标签", "title-tag"),
        Candidate("title", "来自未知来源", "somewhere"),
        Candidate("title", "来自OG", "og"),
        Candidate("title", "来自结构化数据", "json-ld"),
        Candidate("title", "", "json-ld"),
    )
    assert titles.ranked(evidence, "title") == ["来自结构化数据", "来自OG", "来自标题标签", "来自未知来源"]
    assert header.evidence_title(evidence) == "来自结构化数据"
    assert header.evidence_title(()) is None


def test_best_ranked_page_title_when_no_line_is_a_title():
    evidence = [Candidate("title", OTHER, "title-tag"), Candidate("title", TITLE, "og")]
    article, _ = recover(P1, P2, evidence=evidence)
    assert article.title == TITLE


def test_page_date_time_refines_a_bare_date_of_the_same_day():
    evidence = [Candidate("published_at", "2017-11-08T16:22:05", "time")]
    article, _ = recover(TITLE, "2017-11-08", P1, evidence=evidence)
    assert article.published_at == "2017-11-08T16:22:05"
    other_day = [Candidate("published_at", "2017-11-09T16:22:05", "time")]
    article, _ = recover(TITLE, "2017-11-08", P1, evidence=other_day)
    assert article.published_at == "2017-11-08"


def test_a_line_date_time_is_not_replaced_by_the_page():
    evidence = [Candidate("published_at", "2017-11-08", "meta")]
    article, _ = recover(TITLE, META, P1, evidence=evidence)
    assert article.published_at == "2017-11-08T16:22"


def test_page_authors_ranked_and_deduplicated():
    evidence = [
        Candidate("authors", "李四", "meta"),
        Candidate("authors", "张三", "json-ld"),
        Candidate("authors", "李四", "og"),
    ]
    article, _ = recover(TITLE, P1, evidence=evidence)
    assert article.authors == ("张三", "李四")


# --- how far after the title header lines are read ------------------------------------------------


def _stubs(n):
    return [f"要点{'甲乙丙丁戊己庚辛壬'[i]}：" for i in range(n)]  # not title-like, not meta


@pytest.mark.parametrize("header_lines", [2, StructureConfig().header_lines])
def test_header_lines_boundary(header_lines):
    assert StructureConfig().header_lines == 8
    config = StructureConfig(header_lines=header_lines)
    at = [TITLE, *_stubs(header_lines - 1), META, P1]  # the meta line header_lines after the title
    article, changes = recover(*at, config=config)
    assert article.published_at == "2017-11-08T16:22"
    assert article.lead == (*_stubs(header_lines - 1), P1)
    over = [TITLE, *_stubs(header_lines), META, P1]
    article, changes = recover(*over, config=config)
    assert article.published_at is None
    assert article.lead == (*_stubs(header_lines), META, P1)
    assert removed(changes) == []


def _sentences(n):
    return [f"第{i + 1}段：" + P1 for i in range(n)]


@pytest.mark.parametrize("header_lines", [3, StructureConfig().header_lines])
def test_the_echo_window_counts_only_the_lines_that_stay(header_lines):
    # the meta line and the first echo go, so a second run (which no longer sees them) reaches
    # header_lines of the article's lines: this run must search the same lines, no more, no fewer
    config = StructureConfig(header_lines=header_lines)
    said = _sentences(header_lines - 1)  # with the echo under them: header_lines lines that stay
    page = [TITLE, META, said[0], TITLE, *said[1:], TITLE, P2]
    article, changes = recover(*page, config=config)
    assert removed(changes).count(("structure:title_echo", TITLE)) == 2
    assert article.lead == (*said, P2)
    again, _ = recover(*article.text.split("\n"), config=config)
    assert again.text == article.text
    said = _sentences(header_lines)
    beyond = [TITLE, META, said[0], TITLE, *said[1:], TITLE, P2]
    article, changes = recover(*beyond, config=config)
    assert removed(changes).count(("structure:title_echo", TITLE)) == 1  # the second is the article's
    assert article.lead == (*said, TITLE, P2)
    again, _ = recover(*article.text.split("\n"), config=config)
    assert again.text == article.text


def test_a_row_of_links_with_a_question_mark_is_no_first_paragraph():
    toolbar = "[]金币中心|设首页|收藏|Eng|XBRL中国|可做？|帮助|         手机版"
    article, _ = recover("微信号：esnaicom", toolbar, TITLE, META, P1)
    assert article.title == TITLE
    assert header._is_bar_row("金币|设首页|收藏|可做？")  # four items of four characters at most
    assert not header._is_bar_row("金币|设首页|可做？")  # three: a sentence's clauses may be so
    assert not header._is_bar_row("金币中心啊|设首页|收藏|可做？")  # an item of five
    assert header._is_bar_row("金币中心啊啊啊|首页|收藏|帮助|可做？|手机版|英文|繁体")  # eight: seven each
    assert not header._is_bar_row("金币中心啊啊啊啊|首页|收藏|帮助|可做？|手机版|英文|繁体")


def test_a_writers_name_between_the_headline_and_its_date_line_vouches_for_the_headline():
    article, _ = recover("社会研究 理论研究", TITLE, "沈华", META, P1)
    assert article.title == TITLE and article.published_at == "2017-11-08T16:22"
    article, _ = recover("社会研究 理论研究", TITLE, "专题稿", META, P1)
    assert article.title != TITLE  # no name between: the first line's place wins
    article, _ = recover("社会研究 理论研究", TITLE, "沈华", P1)
    assert article.title != TITLE  # a name and no meta line under it


def test_an_e_papers_issue_date_over_its_page_label_vouches_for_no_line_above():
    page = ["示例全币种信用卡", "2022年08月26日", "第B13版：港闻", TITLE, "图为协会成立典礼现场。（示例社）", TITLE, P1]
    article, _ = recover(*page)
    assert (article.title, article.published_at, article.category) == (TITLE, "2022-08-26", "港闻")
    again = clean(article.text)
    assert (again.title, again.text) == (article.title, article.text)
    without_page = [line for line in page if not line.startswith("第B13版")]
    assert recover(*without_page)[0].title == "示例全币种信用卡"  # a date under it: the first line's evidence


def test_a_line_opening_with_a_dated_dateline_is_the_articles_first_words_not_a_title():
    wrapped = "《示例通讯社31日专讯》恒生银行公布中期业绩纯"  # a paragraph's first line, wrapped by the page
    assert recover(wrapped, "利为98亿元，按年增长约1%。", P1)[0].title is None
    assert recover("新华社北京5月19日电 中国科学院专家介绍", P1)[0].title is None
    assert recover("央行快讯：降准0.5个百分点", P1)[0].title == "降准0.5个百分点"  # 讯 without a day: a column


def test_the_line_under_the_breadcrumb_is_the_headline_over_the_first_lines_place():
    assert header.CRUMB_ABOVE_SCORE == 3
    article, _ = recover("示例铝网 铝业行情", "其他频道", "当前位置：铝信>行情>市场分析", "2008年铝年报", P1)
    assert (article.title, article.category) == ("2008年铝年报", "市场分析")
    # the column's heading under the crumbs that end with it earns nothing from them
    article, _ = recover("首页 >> 研究资讯 >> 示例宏观研究", "示例宏观研究", TITLE, META, P1)
    assert article.title == TITLE


@pytest.mark.parametrize(
    ("above", "category"),
    [
        ("新闻动态", "新闻动态"),  # ending in a column's word
        ("财经", "财经"),  # a channel's name
        ("听新闻", None),  # an audio button, though it ends in 新闻
        ("示例公司", None),  # no column's word
        ("国内外财经新闻动态", None),  # nine characters: longer than a menu's item
    ],
)
def test_a_columns_name_right_over_the_headline_is_the_category(above, category):
    article, changes = recover(above, TITLE, P1)
    assert article.category == category
    assert (("structure:masthead", above) in removed(changes)) is (category is not None)
    assert article.title == TITLE or category is None  # (a nine-character line may be the headline)


def test_a_headline_printed_over_two_lines_opening_the_page_is_one_title():
    assert title_shapes.MAX_HALF_TITLE_CHARS == 10
    article, _ = recover("女子轻信投资骗局", "警方火速拦截止损", "日期：2024-03-13", P1)
    assert article.title == "女子轻信投资骗局警方火速拦截止损"
    assert clean(article.text).title == article.title  # cleaning twice changes nothing
    ten = "女子轻信网络理财骗局"
    assert recover(ten, "警方火速拦截止损", "日期：2024-03-13", P1)[0].title == ten + "警方火速拦截止损"
    eleven = "女子轻信网络理财骗局了"  # (a whole headline over another, 银行理财新规落地影响几何, is longer)
    assert recover(eleven, "警方火速拦截止损", "日期：2024-03-13", P1)[0].title == "警方火速拦截止损"
    apart = recover("女子 轻信骗局", "警方火速拦截止损", "日期：2024-03-13", P1)[0]
    assert apart.title == "警方火速拦截止损"  # words apart: a menu's or a kicker's
    below = recover("正文复制", "山东示例农商银行", "惠农贷款精准服务田间地头", "本报记者 田耿文", P1)[0]
    assert below.title == "惠农贷款精准服务田间地头"  # not the page's first line: a subject's name above


def test_a_name_alone_under_the_headlines_meta_line_and_echo_is_its_writer():
    # a second run, the meta line and the echo gone, finds the name right under the headline: so
    # the first takes it there too (cleaning twice changes nothing)
    article, _ = recover(TITLE, META, TITLE, "胡经国", "前言", P1)
    assert article.authors == ("胡经国",) and "胡经国" not in article.text
    assert clean(article.text).text == article.text
    article, _ = recover(TITLE, META, TITLE, "胡经国说", "前言", P1)  # no name alone
    assert article.authors == ()


FLASH_TEXT = "上金所：根据有关规定，我所对黄金延期合约的交易保证金水平进行调整。"


@pytest.mark.parametrize("filed", ["15:48", "2025-09-03 15:48", "15:48:02", ""])
def test_a_news_flashs_bracketed_headline_is_the_title_of_a_page_without_one(filed):
    flash = f"{filed}【上金所调整黄金延期合约保证金】{FLASH_TEXT}"
    article, changes = recover("2025/09/03", flash, P1)
    assert article.title == "上金所调整黄金延期合约保证金"
    assert flash in article.lead and removed(changes) == [("structure:meta_line", "2025/09/03")]
    again = clean(article.text)
    assert (again.title, again.text) == (article.title, article.text)  # cleaning twice changes nothing


@pytest.mark.parametrize(
    "bracket",
    [
        "【香港中通社廿五日電】",  # an agency's dateline
        "【财华社讯】",  # an outlet's tag
        "【记者 张三 李四】",  # the reporters
        "【要点】",  # a label: too short for a headline
        "【中图分类号】F832【文献标识码】",  # a row of fields
        "【上金所调整保证金。此前已两次上调】",  # sentences
    ],
)
def test_a_bracket_that_is_no_headline_gives_no_title(bracket):
    article, _ = recover("2025/09/03", "15:48" + bracket + FLASH_TEXT, P1)
    assert article.title is None


def test_a_title_line_wins_over_a_flashs_bracket():
    article, _ = recover(TITLE, "15:48【上金所调整黄金延期合约保证金】" + FLASH_TEXT, P1)
    assert article.title == TITLE


@pytest.mark.parametrize("after", [META, "作者：张三"])
def test_subtitle_does_not_drop_the_headline(after):
    article, changes = recover(TITLE, "——专家解读三大变化", after, P1)
    assert TITLE in (article.title, *article.lead)
    assert ("structure:masthead", TITLE) not in removed(changes)


def test_bulleted_meta_list_is_read_and_removed():
    lines = [TITLE, "• 来源：消费周报", "• 作者：孟子衿", "• 发布时间：2023-06-05 16:08:22", "• 类型：原创", P1]
    article, changes = recover(*lines)
    assert (article.source_name, article.authors, article.published_at) == (
        "消费周报", ("孟子衿",), "2023-06-05T16:08:22",
    )  # fmt: skip
    assert [r for r, _ in removed(changes)] == ["structure:meta_line", "structure:byline"] + ["structure:meta_line"] * 2
    assert article.lead == (P1,)


def test_bulleted_list_after_the_first_paragraph_stays_a_list():
    article, _ = recover(TITLE, P1, "• 基金", "• 股票", P2)
    assert article.lead == (P1,)
    assert article.sections[0].blocks[0].items == ("基金", "股票")


@pytest.mark.parametrize("line", ["记者手记", "记者观察", "编辑点评", "编辑部的话"])
def test_column_heading_starting_with_a_role_word_stays(line):
    article, changes = recover(TITLE, line, P1)
    assert removed(changes) == []
    assert article.lead == (line, P1)


@pytest.mark.parametrize("line", ["2024年3月17日，央行宣布降准", "3月17日，央行宣布降准"])
def test_sentence_opening_with_a_date_stays(line):
    article, changes = recover(TITLE, line, P1)
    assert removed(changes) == []
    assert article.lead == (line, P1)
    assert article.published_at is None


def test_square_bullet_list_after_the_title_stays_a_list():
    article, changes = recover(TITLE, "■ 黄金", "■ 白银", "■ 原油", P1)
    assert article.authors == ()
    assert removed(changes) == []
    assert article.sections[0].blocks[0].items == ("黄金", "白银", "原油")


def test_a_title_glued_to_its_reprint_line_is_the_title():
    # 标题http://… date source: the title runs on into the reprint's URL, date and outlet
    line = f"{TITLE}http://finance.example.cn 2008年03月31日 02:40 示例证券报"
    article, changes = recover("|", line, P1)
    assert article.title == TITLE
    assert (article.published_at, article.source_name) == ("2008-03-31T02:40", "示例证券报")
    assert ("structure:meta_line", "http://finance.example.cn 2008年03月31日 02:40 示例证券报") in removed(changes)


def test_a_glued_title_needs_min_title_chars_before_the_url():
    from cleaner.stages.header import _before_glued

    long_enough, short = TITLE[:MIN_TITLE_CHARS], TITLE[: MIN_TITLE_CHARS - 1]
    assert _before_glued(f"{long_enough}http://x.example.cn 2008年03月31日") == long_enough
    line = f"{short}http://x.example.cn 2008年03月31日"
    assert _before_glued(line) == line


def test_a_document_sites_description_glued_to_the_title_is_cut():
    description = "，本文主要内容关键词为：中美论文，消费信贷论文，此文献不代表本站观点，内容供学术参考。"
    article, changes = recover("个人消费信贷：中美比较与借鉴" + description, "一、国际经验", P1)
    assert article.title == "个人消费信贷：中美比较与借鉴"
    assert ("structure:site_description", description) in removed(changes)


def test_a_document_sites_description_line_under_the_title_goes():
    line = "组合基金的发展与运作模式，本文主要内容关键词为：组合论文，基金论文，此文献不代表本站观点，内容供学术参考。"
    article, changes = recover(TITLE, line, P1)
    assert article.title == TITLE
    assert article.lead == (P1,)
    assert ("structure:site_description", line) in removed(changes)
    prose = "本文主要内容关键词为何如此重要，值得读者细细体会，商业银行持续加大对小微企业的投放。"
    assert recover(TITLE, prose, P1)[0].lead == (prose, P1)  # no comma before it: the article's own words


@pytest.mark.parametrize(
    ("label", "value", "field", "expected"),
    [
        ("来源：", "新华社", "source_name", "新华社"),
        ("Category:", "Economy", "category", "Economy"),
        ("作者：", "张三", "authors", ("张三",)),
    ],
)
def test_a_label_alone_with_its_value_on_the_next_line(label, value, field, expected):
    article, changes = recover(TITLE, label, value, P1)
    assert getattr(article, field) == expected
    assert article.lead == (P1,)
    assert {c.text for c in changes if c.is_removal} >= {label, value}


def test_a_label_alone_over_a_long_line_reads_nothing():
    assert header.MAX_SPLIT_VALUE == 24
    value = "新华社" + "一" * (header.MAX_SPLIT_VALUE - 3)
    assert recover(TITLE, "来源：", value, P1)[0].source_name == value
    longer = value + "一"
    article, _ = recover(TITLE, "来源：", longer, P1)
    assert article.source_name is None and longer in article.lead


@pytest.mark.parametrize(
    ("line", "title_like"),
    [
        ("24h购物| | PChome| 登入", False),  # a login link, as Taiwan writes it
        ("对话 研究 要闻 研报 私募", False),  # a menu row: MIN_MENU_WORDS short words
        ("对话 研究 要闻 研报", False),
        ("对话 研究 要闻", True),  # three words: a headline may part its phrases so
        ("央行降准 银行股集体拉升 券商跟涨", True),  # longer words: a headline's phrases
        ("upload_article_image", False),  # a template's placeholder
        ("base_rate_cut_2024 explained", True),
        ("恢复预设", False),
        ("要闻 港闻 经济 娱乐 副刊 社评 观点 图片看世界", False),  # eight words: an item may be seven long
        ("会员平台 服务一览 付款方法 常见问题 客户已选服务 使用条款细则 更改资料 登出", False),
        ("要闻 港闻 经济 娱乐 副刊 社评 观点 七个字的长栏目", False),
        ("要闻 港闻 经济 娱乐 副刊 社评 观点 八个字的长长栏目", True),  # but not eight
        ("要闻 港闻 经济 娱乐 副刊 社评 图片看世界", True),  # seven words: short items only
    ],
)
def test_menu_rows_logins_and_placeholders_are_not_title_like(line, title_like):
    shapes = title_shapes
    assert (shapes.MIN_MENU_WORDS, shapes.MAX_MENU_WORD_CHARS, shapes.LONG_MENU_EXTRA_CHARS) == (4, 4, 3)
    assert is_title_like(line, StructureConfig()) is title_like


def test_an_echo_under_a_member_box_paragraph_still_counts():
    member = "很开心您喜欢本站的文章，追踪此作者获得第一手的好文吧，每天都有新的内容等着你！"
    assert title_shapes.is_prose(member)
    article, _ = recover("全新任务中心上线了！", TITLE, member, "字体放大", TITLE, P1)
    assert article.title == TITLE


def test_a_name_with_its_place_under_the_title_is_the_byline():
    article, _ = recover("快讯", OTHER, TITLE, "李袁木（北京市）", P1)
    assert article.title == TITLE
    assert article.authors == ("李袁木",)


@pytest.mark.parametrize(
    ("title", "tidy"),
    [
        ("锦州港：信息披露事务管理制度 下载公告", "锦州港：信息披露事务管理制度"),
        ("天弘云商宝：更新招募说明书摘要（2017年8月）查看PDF公告", "天弘云商宝：更新招募说明书摘要（2017年8月）"),
        ("如何下载公告", "如何下载公告"),  # too little title before it
        ("公告下载流程说明", "公告下载流程说明"),
    ],
)
def test_a_link_glued_to_the_title_is_cut(title, tidy):
    changes = []
    assert tidy_title(title, None, changes)[0] == tidy
    assert [c.reason for c in changes] == ["structure:title_suffix"] * (tidy != title)


def test_a_column_word_alone_is_never_the_title():
    assert not is_title_like("快訊", StructureConfig())
    assert recover("快讯", P1)[0].title is None


def test_the_meta_line_under_the_titles_template_echo_is_read():
    member = "很开心您喜欢本站的文章，追踪此作者获得第一手的好文吧，每天都有新的内容等着你！"
    article, _ = recover(TITLE, member, "字体放大", TITLE, "2024 年 3 月 21 日", P1)
    assert article.title == TITLE
    assert article.published_at == "2024-03-21"
    article, _ = recover(TITLE, member, "字体放大", OTHER, "2024 年 3 月 21 日", P1)
    assert article.published_at is None  # under another line, below the first paragraph: body text


def test_a_writer_a_line_makes_one_author_each():
    lines = (TITLE, "蔡昌芹/ 浙商财产保险股份有限公司", "庞敏委/ 浙商财产保险股份有限公司河南分公司", P1)
    assert recover(*lines)[0].authors == ("蔡昌芹", "庞敏委")
    lines = (TITLE, "作者：张三", "作者：张三", P1)
    assert recover(*lines)[0].authors == ("张三",)  # said twice: one author
    lines = (TITLE, "作者：张三 发布时间：2024-01-02", "作者：李四 发布时间：2024-01-03", P1)
    assert recover(*lines)[0].authors == ("张三",)  # a second meta line is no second byline


@pytest.mark.parametrize(
    ("line", "title_like"),
    [("第B086版：信息披露 上一版3  4下一版", False), ("中国经济的下一页", True), ("上一篇与下一篇", False)],
)
def test_a_pager_is_never_the_title(line, title_like):
    assert is_title_like(line, StructureConfig()) is title_like


# --- thresholds at their boundaries (the mutation run found them unpinned) ----------------------


def test_prose_min_chars_boundary():
    assert title_shapes.PROSE_MIN_CHARS == 30
    assert title_shapes.is_prose("一" * 29 + "，")
    assert not title_shapes.is_prose("一" * 28 + "，")
    assert not title_shapes.is_prose("一" * 40)  # long, but no mark a sentence makes


def test_a_title_like_line_needs_two_han_characters_or_two_latin_words():
    assert is_title_like("蛟龙", StructureConfig())
    assert not is_title_like("蛟", StructureConfig())
    assert is_title_like("Fed holds", StructureConfig())
    assert not is_title_like("Fed", StructureConfig())


def test_max_outlet_chars_boundary():
    assert header.MAX_OUTLET_CHARS == 16
    outlet = "某" * 14 + "日报"
    article, _ = recover(TITLE, outlet, META, P1)
    assert article.source_name == outlet
    longer = "某" + outlet
    article, _ = recover(TITLE, longer, META, P1)
    assert article.source_name is None


@pytest.mark.parametrize(("above", "kept"), [("中科招商：“壳王”水逆", True), ("理财频道", False), ("APP下载", False)])
def test_a_kicker_over_a_well_evidenced_title_stays(above, kept):
    article, changes = recover(above, TITLE, META, P1)
    assert article.title == TITLE
    assert (above in article.lead) is kept
    assert (("structure:masthead", above) in removed(changes)) is not kept


def test_a_sidebar_list_above_the_headline_takes_no_room_and_is_no_paragraph():
    teasers = [f"- 07-{day:02d} 美国歌手的真相是什么？某某平台爆雷之后投资人如何维权第{day}期" for day in range(1, 21)]
    assert title_shapes.is_prose(teasers[0][2:])  # each long enough, and marked, to read as a sentence
    article, _ = recover("最新更新", *teasers, TITLE, P1, P2)
    assert article.title == TITLE
    article, _ = recover("最新更新", *[t[2:] for t in teasers], TITLE, P1, P2)  # unmarked: paragraphs
    assert article.title != TITLE


def test_the_list_lines_passed_over_are_bounded():
    assert header.MAX_SKIPPED_LIST_LINES == 60
    room = StructureConfig().header_lines + 4
    lines = [Line(f"- 第{i}条链接") for i in range(200)] + [Line(TITLE)]
    assert header._header_limit(lines, room) == room + header.MAX_SKIPPED_LIST_LINES
    lines = [Line(f"- 第{i}条链接") for i in range(30)] + [Line(TITLE)] * room
    assert header._header_limit(lines, room) == 30 + room


def test_a_headline_under_itself_with_the_description_run_on_is_the_title():
    glued = TITLE + P1
    article, _ = recover(glued, TITLE, P1)
    assert article.title == TITLE
    again = clean(article.text)
    assert again.title == article.title and again.text == article.text  # cleaning twice changes nothing
    article, _ = recover(OTHER + P1, TITLE, P1)
    assert article.title != TITLE  # the line above says something else: no evidence
    article, _ = recover(TITLE + "三个建议！", TITLE, P1)
    assert article.title == TITLE + "三个建议！"  # a headline over its first half: no paragraph above


@pytest.mark.parametrize("label", ["本版新闻列表", "本版标题导航", "版面导航"])
def test_an_e_papers_labels_are_never_the_title(label):
    article, _ = recover("第07版：", label, TITLE, P1)
    assert article.title == TITLE


def test_a_latin_sentence_is_no_title():
    assert not is_title_like("Taking too long? Close loading screen.", StructureConfig())
    assert is_title_like("Morning Call Daily Digest", StructureConfig())  # a Latin headline has no full stop
    assert is_title_like("示例银行发布年报.", StructureConfig())  # with Chinese words: judged as any headline


def test_a_line_wholly_in_quotation_marks_is_someones_words_not_the_title():
    assert not is_title_like("“保险都是坑，买了也赔不了！”", StructureConfig())
    assert not is_title_like("「无需操心，我们全程代办」", StructureConfig())
    assert is_title_like("“保险都是坑”？记者调查代理退保", StructureConfig())  # a quote inside a headline
    assert is_title_like("“保险都是坑”与“理赔难”", StructureConfig())  # two quotes: the headline's words


@pytest.mark.parametrize("label", ["目录", "目錄", "摘要：", "引言", "【正文】"])
def test_a_label_of_a_documents_part_is_no_title(label):
    assert not is_title_like(label, StructureConfig())
    assert is_title_like(label + "的编写方法与示例", StructureConfig())  # a headline about it


@pytest.mark.parametrize(
    ("line", "title_like"),
    [
        ("示例在线02月24日讯", False),  # a dateline alone: the article's first words
        ("示例社北京5月19日电 国务院今日发布通知", False),  # with words after it: the paragraph's start
        ("示例在线讯 国务院今日发布通知", True),  # no day: a column's 讯, judged as any line
        ("香港股市 已收市", False),  # a quotes widget's heading
        ("新闻中心", False),  # a section of the site, alone
        ("只看此人", False),  # a forum thread's filter button
        ("港股已收市后恒指期货走高", True),
        ("2023年 10月", False),  # an issue's month alone
        ("2023年10月份", False),
        ("2023年10月份港股回顾", True),
        ("释义 |", False),  # a part's label, its bar glued on
        ("江南时报讯", False),  # an outlet's dateline alone
        ("【关键词】小微企业；融资约束；供应链金融", False),  # a field, its label in brackets
        ("【中图分类号】F832【文献标识码】A", False),  # a row of bracketed fields
        ("【独家】小微企业融资约束加剧", True),  # one bracket, no label: a column's tag
        ("江南时报讯息", True),
    ],
)
def test_a_dateline_alone_and_a_market_status_are_no_title(line, title_like):
    assert is_title_like(line, StructureConfig()) is title_like


def test_an_outlets_name_last_after_a_separator_is_cut_from_the_title():
    assert tidy_title("上半年表现亮眼的房地产信托|示例早报", None, [])[0] == "上半年表现亮眼的房地产信托"
    assert tidy_title("茅台发布2023年报-年报", None, [])[0] == "茅台发布2023年报-年报"  # a word, no outlet
    assert tidy_title("央行降准释放资金 - 新京报", None, [])[0] == "央行降准释放资金"  # a known outlet
    assert tidy_title("塔塔科技在印度股市首秀-《示例日报》", None, [])[0] == "塔塔科技在印度股市首秀"  # in title marks


# --- an encyclopedia's entry: the term its first lines define -----------------------------------

NOTICE = "本条目介绍的是金融衍生工具的概念与交易规则"  # a headline-like line above the term, no evidence
DEFINITION = "期权(英语:Option)是一种选择交易与否的权利，买方付出权利金后，可在约定时间以约定价格买入或卖出资产。"


@pytest.mark.parametrize(
    ("definition", "defined"),
    [
        (DEFINITION, True),
        ("期权（英文：Option），是一种合约，赋予持有人在某一特定日期或该日之前以固定价格购进或售出资产的权利。", True),
        ("期权是指一种合约，赋予持有人在某一特定日期或该日之前以固定价格购进或售出一种资产的权利。", True),
        ("期权（00700）今日公布季度业绩，收入同比增长百分之十二，净利润增长百分之十五，超出市场预期。", False),
        ("期权交易在本周明显活跃，多只合约成交量创下年内新高，市场人士认为波动仍将加大，需要注意风险。", False),
    ],
)
def test_a_short_term_defined_by_the_line_under_it_is_the_entrys_title(definition, defined):
    # a ticker in brackets is a company in the news; a sentence that merely starts with the word defines nothing
    article, _ = recover(NOTICE, "期权", definition, P1)
    assert (article.title == "期权") is defined


def test_an_entrys_term_is_at_most_16_characters():
    for term, defined in (("期" * 15 + "权", True), ("期" * 16 + "权", False)):
        article, _ = recover(NOTICE, term, term + DEFINITION[2:], P1)
        assert (article.title == term) is defined


def test_an_entrys_definition_is_looked_for_down_to_the_first_paragraph():
    # short lines, no paragraph: the header's search (12 lines) ends, and the window runs on to the first paragraph
    filler = [f"第{n}个短条目名称" for n in range(1, 12)]
    defined, _ = recover(NOTICE, "期权", *filler, DEFINITION, P1)
    after_a_paragraph, _ = recover(NOTICE, "期权", *filler, P1, DEFINITION)
    assert defined.title == "期权"
    assert after_a_paragraph.title != "期权"


@pytest.mark.parametrize(
    ("below", "byline"),
    [
        ("摘要：随着社会财富增长，家族财富的保护与传承日益受到重视。", True),
        ("摘 要:随着社会财富增长，家族财富的保护与传承日益受到重视。", True),
        ("【摘要】随着社会财富增长，家族财富的保护与传承日益受到重视。", True),
        ("内容提要：随着社会财富增长，家族财富的保护与传承日益受到重视。", True),
        ("摘要", False),  # a label alone: what follows it is not the abstract yet
        ("随着社会财富增长，家族财富的保护与传承日益受到重视。", False),
    ],
)
def test_a_journals_author_over_its_abstract_is_a_byline(below, byline):
    # a two-character name opening a paper's text: over its abstract it is the author, not the title
    article, _ = recover("汪密", below, P1)
    assert (article.authors == ("汪密",)) is byline
    assert (article.title == "汪密") is not byline
    assert below in article.text  # the abstract is the paper's own text: never taken with its author
