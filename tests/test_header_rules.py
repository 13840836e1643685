"""header: each rule at its boundary, one side and the other (the survivors of a mutation run).

``benchmarks/mutation.py --modules header`` changed each comparison, constant and condition of
``cleaner/stages/header.py`` one at a time; a change no test noticed is pinned here, by a test that
fails on it (checked by hand against the mutant) and passes on the real code.
"""

import pytest

from cleaner.config import StructureConfig
from cleaner.document import Candidate, Hint, Line
from cleaner.stages import header, title_shapes, titles
from cleaner.stages.title_shapes import is_title_like

from .header_pages import OTHER, P1, TITLE, recover, removed

# --- is_title_like --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "title_like"),
    [
        ("宏观经济 行业研究 公司调研 基金理财", False),  # words of MAX_MENU_WORD_CHARS: still a menu row
        ("宏观经济学 行业研究 公司调研 基金理财", True),  # one word longer: a headline's phrases
    ],
)
def test_a_menu_rows_words_reach_max_menu_word_chars(line, title_like):
    assert title_shapes.MAX_MENU_WORD_CHARS == 4
    assert is_title_like(line, StructureConfig()) is title_like


def test_a_url_in_a_line_is_no_sites_name():
    # the URL is read apart (a title glued to its reprint's link); the line's own words decide
    assert is_title_like("央行宣布降准 http://finance.example.cn", StructureConfig())


@pytest.mark.parametrize(
    ("line", "title_like"),
    [
        ("股票入门_炒股技巧_怎么买股票 - 股票学习网！", False),  # three keywords, the site's name last
        ("股票入门_炒股技巧 - 股票学习网！", True),  # two: a headline may join two phrases so
    ],
)
def test_a_sites_keyword_title_has_two_underscores_or_more(line, title_like):
    assert is_title_like(line, StructureConfig()) is title_like


# --- agreement with the page's own title ----------------------------------------------------------


@pytest.mark.parametrize(("line", "agrees"), [("理财新规落地", True), ("理财新规落", False)])
def test_a_line_inside_the_page_title_agrees_from_six_characters(line, agrees):
    # 理财新规落地 is inside the og:title: six characters agree, five are too few to say so
    article, _ = recover(OTHER, line, P1, evidence=[Candidate("title", "理财新规落地影响几何", "og")])
    assert article.title == (line if agrees else OTHER)


# --- how far the header's search reaches ----------------------------------------------------------

STUBS = [f"要点{c}：" for c in "甲乙丙丁戊己庚辛壬癸子丑寅卯"]  # not title-like, not meta, no paragraph


@pytest.mark.parametrize("header_lines", [2, StructureConfig().header_lines])
def test_the_title_is_looked_for_in_header_lines_plus_four(header_lines):
    config = StructureConfig(header_lines=header_lines)
    room = header_lines + 4
    article, _ = recover(*STUBS[: room - 1], TITLE, P1, config=config)  # the last line of the search
    assert article.title == TITLE
    article, _ = recover(*STUBS[:room], TITLE, P1, config=config)  # one line further: never looked at
    assert article.title is None
    assert article.lead[-2:] == (TITLE, P1)


def test_echoes_are_looked_for_down_to_the_first_paragraph_at_least():
    # the first paragraph (line 12) at the end of the search (12 lines): the title's echo right
    # under it is no evidence; the first paragraph itself, the title said again as a question, is
    assert StructureConfig().header_lines + 4 == 12
    article, _ = recover(OTHER, TITLE, *STUBS[:10], P1, TITLE)
    assert article.title == OTHER
    question = "银行理财新规落地之后个人投资者的收益与风险究竟会发生怎样的变化"
    assert not title_shapes.is_prose(question) and title_shapes.is_prose(question + "？")
    article, _ = recover(OTHER, question, *STUBS[:10], question + "？", P1)
    assert article.title == question


def test_a_title_that_reads_as_the_first_paragraph_has_its_echoes_counted():
    # the line is the first paragraph by its shape (long, with commas), and title-like (no full
    # stop): its echo under the next paragraph is evidence, as for any line above that paragraph
    title = "随着理财新规落地，收益下行：投资者该怎么办？净值波动加大，银行理财规模一度收缩"
    assert title_shapes.is_prose(title) and is_title_like(title, StructureConfig())
    article, changes = recover(OTHER, title, P1, title, P1[:-1] + "！")
    assert article.title == title
    assert ("structure:title_echo", title) in removed(changes)


def test_a_title_like_first_paragraph_is_a_headline_above_the_lines_below_it():
    # the first line reads as a paragraph and as a headline: a line below it never takes the
    # title, though a meta line follows that one (cleaning twice must change nothing)
    first = "随着理财新规落地，收益下行：投资者该怎么办？净值波动加大，银行理财规模一度收缩"
    article, _ = recover(first, TITLE, "2017-11-08 16:22", P1)
    assert article.title == first
    assert article.lead == (TITLE, P1)


def test_under_a_title_below_the_first_paragraph_a_menu_run_is_body_text():
    # the header ended at the first paragraph above the title: three bare words under the title's
    # meta line are the article's, not a menu between the title and the first paragraph
    menu = ("热点栏目", "资金流向", "千股千评")
    article, changes = recover(P1, OTHER, TITLE, "2017-11-08 16:22", *menu, P1[:-1] + "！")
    assert article.title == TITLE
    assert article.lead[1:4] == menu
    assert all(reason != "structure:menu" for reason, _ in removed(changes))


def test_under_a_title_that_reads_as_a_paragraph_the_header_ends_at_the_next_paragraph():
    # the paragraph straight under the title ends the header: a meta line below it is body text
    title = "随着理财新规落地，收益下行：投资者该怎么办？净值波动加大，银行理财规模一度收缩"
    article, _ = recover(title, P1, "2017-11-08 16:22", P1[:-1] + "！")
    assert article.title == title
    assert article.published_at is None
    assert article.lead[:2] == (P1, "2017-11-08 16:22")


@pytest.mark.parametrize(("stubs", "read"), [(6, True), (7, False)])
def test_a_template_echo_is_looked_for_header_lines_after_the_title(stubs, read):
    # the title's echo with its meta line under it, below a member box's paragraph: read when the
    # echo is header_lines (8) lines that stay after the title, not one line further (the menu taken
    # out above takes no room: a second run, without it, reads the same lines)
    member = "很开心您喜欢本站的文章，追踪此作者获得第一手的好文吧，每天都有新的内容等着你！"
    menu = ("热点栏目", "资金流向", "千股千评")
    lines = (TITLE, *menu, member, *STUBS[:stubs], TITLE, "2017-11-08 16:22", P1)
    assert lines.index(TITLE, 1) == StructureConfig().header_lines + len(menu) + (stubs - 6)
    article, _ = recover(*lines)
    assert (article.published_at == "2017-11-08T16:22") is read
    assert (TITLE in article.lead) is not read
    again, _ = recover(*article.text.split("\n"))
    assert again.text == article.text


@pytest.mark.parametrize("before", [0, 5])  # the menu straight under the title, or its last word 8 lines after it
@pytest.mark.parametrize(("stubs", "read"), [(7, True), (8, False)])
def test_lines_taken_out_under_the_title_bring_as_many_lines_into_reach(before, stubs, read):
    # a menu of three words goes: the meta line is read up to header_lines + 3 lines after the
    # title (a second run, without the menu, reads the same lines)
    menu = ("热点栏目", "资金流向", "千股千评")
    lines = (TITLE, *STUBS[:before], *menu, *STUBS[before:stubs], "2017-11-08 16:22", P1)
    assert lines.index("2017-11-08 16:22") - StructureConfig().header_lines == len(menu) + (stubs - 7)
    article, changes = recover(*lines)
    assert [r for r, _ in removed(changes)].count("structure:menu") == len(menu)
    assert (article.published_at == "2017-11-08T16:22") is read
    assert ("2017-11-08 16:22" in article.lead) is not read


@pytest.mark.parametrize(("stubs", "read"), [(5, True), (7, True), (8, False)])
def test_past_the_search_lines_brought_into_reach_are_read(stubs, read):
    # the title on line 4: its reach (line 12) ends where the search does; the menu taken out
    # under it brings lines 13 to 15 into reach, and they are read as header lines then
    menu = ("热点栏目", "资金流向", "千股千评")
    lines = (*STUBS[:4], TITLE, *menu, *STUBS[4 : 4 + stubs], "2017-11-08 16:22", P1)
    at = lines.index("2017-11-08 16:22")
    assert at == 4 + StructureConfig().header_lines + len(menu) + (stubs - 7)
    article, _ = recover(*lines)
    assert article.title == TITLE
    assert (article.published_at == "2017-11-08T16:22") is read


def test_a_meta_line_brought_into_reach_is_read_though_shaped_as_a_paragraph():
    # past the search (line 13, the title on line 4): the meta line, long and with commas, is the
    # first line that reads as a paragraph; read in reach, it is a header line all the same
    menu = ("热点栏目", "资金流向", "千股千评")
    meta = "来源：新华财经 作者：张三,李四,王五 发布时间：2017-11-08 16:22 阅读：1000"
    assert title_shapes.is_prose(meta)
    lines = (*STUBS[:4], TITLE, *menu, *STUBS[4:9], meta, P1)
    article, _ = recover(*lines)
    assert (article.published_at, article.authors) == ("2017-11-08T16:22", ("张三", "李四", "王五"))
    assert meta not in article.lead


def test_a_meta_line_between_the_first_paragraph_and_a_title_below_it_is_read():
    lines = [Line(text) for text in (P1, "作者：王五", TITLE, "2017-11-08 16:22", P1[:-1] + "！")]
    read = header.read_header(lines, StructureConfig(), (), None)
    assert read.title == TITLE
    assert read.meta.authors == ("王五",)
    assert sorted(read.taken) == [1, 2, 3]  # the byline, the title, its meta line


def test_a_title_said_again_over_the_last_two_lines_is_its_echo():
    article, changes = recover(TITLE, TITLE[:6], TITLE[6:])
    assert article.title == TITLE
    assert article.lead == ()
    assert removed(changes) == [("structure:title_echo", TITLE[:6]), ("structure:title_echo", TITLE[6:])]


@pytest.mark.parametrize(("kind", "paragraph"), [("quote", True), ("item", False)])
def test_only_a_list_item_hint_makes_a_line_no_paragraph(kind, paragraph):
    # a quoted paragraph on top is the first paragraph: the line under it has only its place (no
    # title); a list item on top is a sidebar's, and the line under it is above the first paragraph
    article, _ = recover(P1, TITLE, P1[:-1] + "！", hints={0: Hint(kind)})
    assert article.title == (None if paragraph else TITLE)


# --- a short title both the <h1> and the page's own title say --------------------------------------

H1 = Candidate("title", "春雨", "h1")
TITLE_TAG = Candidate("title", "春雨_原文、翻译及赏析_示例诗词网", "title-tag")


@pytest.mark.parametrize(
    ("evidence", "level", "short_wins"),
    [
        ((H1, TITLE_TAG), 1, True),  # the <h1> and the <title>'s first part agree: two witnesses
        ((H1,), 1, False),  # the <h1> alone
        ((TITLE_TAG,), 1, False),  # the <title> alone
        ((Candidate("title", "春雨", "title-tag"),), 1, False),  # the <title> alone, saying just the line
        ((H1, TITLE_TAG), 2, False),  # the line is no <h1>
    ],
)
def test_a_short_h1_the_title_tag_agrees_with_beats_the_first_line(evidence, level, short_wins):
    article, _ = recover(OTHER, "春雨", P1, hints={1: Hint("heading", level)}, evidence=evidence)
    assert article.title == ("春雨" if short_wins else OTHER)


def test_a_short_title_both_witnesses_say_scores_strong_evidence_and_its_place():
    # 3 for the two witnesses, and 2 more only as the first candidate: first, it ties a title with
    # a meta line after it that has the first line's place (5, the earlier wins)
    hint = Hint("heading", 1)
    article, _ = recover("春雨", TITLE, "2017-11-08 16:22", P1, hints={0: hint}, evidence=(H1, TITLE_TAG))
    assert article.title == "春雨"
    # second: 3, as much as a meta line after the next line gives it (the earlier wins)
    article, _ = recover(OTHER, "春雨", TITLE, "2017-11-08 16:22", P1, hints={1: hint}, evidence=(H1, TITLE_TAG))
    assert article.title == "春雨"
    # second: 3, less than the og:title's agreement (4)
    og = Candidate("title", TITLE, "og")
    article, _ = recover(OTHER, "春雨", TITLE, P1, hints={1: hint}, evidence=(H1, TITLE_TAG, og))
    assert article.title == TITLE


# --- a run of bulleted names is a list, not bylines -------------------------------------------------


def test_two_bulleted_names_are_a_list():
    # the second's neighbour above is the first line of the text: it counts
    article, _ = recover("■ 黄金", "■ 白银", TITLE, P1)
    assert article.title == TITLE
    assert article.authors == ()
    # two names under the title: the first's neighbour is the line right after it
    article, _ = recover(TITLE, "■ 王芳", "■ 李强", P1)
    assert article.authors == ()
    assert article.sections[0].blocks[0].items == ("王芳", "李强")


def test_a_bulleted_byline_is_no_run_with_the_last_line():
    # the line before the first is none (not the text's last line, though that has the same bullet)
    article, _ = recover("■胡建辉", TITLE, P1, "■ 完")
    assert article.authors == ("胡建辉",)
    article, _ = recover(TITLE, "■胡建辉")  # nor after the last line
    assert article.authors == ("胡建辉",)


@pytest.mark.parametrize(
    ("byline", "below"),
    [("李袁木（北京市）", "李家的故事很长"), ("《财经》记者 李袁木", "《财经》推出理财专题")],
)
def test_a_name_line_is_no_bullet_run_with_a_line_of_the_same_first_character(byline, below):
    # a letter or an opening bracket is no bullet: a byline over a line that starts alike stays one
    article, _ = recover(TITLE, byline, below, P1)
    assert article.authors == ("李袁木",)
    assert article.lead == (below, P1)


def test_the_meta_line_under_a_glued_title_below_the_first_paragraph_is_read():
    # the title line runs on into a URL (cut off the title): the meta line straight under it is
    # its header line all the same, though below the first paragraph
    article, changes = recover(P1, OTHER, TITLE + "http://www.example.com", "2017-11-08 16:22", P1[:-1] + "！")
    assert article.title == TITLE
    assert article.published_at == "2017-11-08T16:22"
    assert ("structure:meta_line", "2017-11-08 16:22") in removed(changes)


@pytest.mark.parametrize("last", ["2017-11-08 16:22", TITLE + "？"])
def test_a_header_block_may_run_to_the_texts_end(last):
    # a title with only its meta line, or its echo, under it: nothing past the last line is read
    article, changes = recover(TITLE, last)
    assert article.title == TITLE
    assert article.lead == ()
    assert [text for _, text in removed(changes)] == [last]


def test_every_meta_line_of_the_block_under_a_title_below_the_first_paragraph_is_read():
    lines = [Line(text) for text in (P1, OTHER, TITLE, "2017-11-08 16:22", "来源：新华财经", P1[:-1] + "！")]
    read = header.read_header(lines, StructureConfig(), (), None)
    assert read.title == TITLE
    assert (read.meta.published_at, read.meta.source_name) == ("2017-11-08T16:22", "新华财经")
    assert sorted(read.taken) == [1, 2, 3, 4]  # the masthead, the title, its two meta lines


# --- fields over two lines, journal bylines ---------------------------------------------------------


@pytest.mark.parametrize("after", [(), ("2017-11-08 16:22", P1)])
@pytest.mark.parametrize(
    ("label", "value", "field"), [("来源：", "新华社", "source_name"), ("Category:", "Economy", "category")]
)
def test_a_label_over_its_value_is_read_at_the_texts_end_and_over_a_meta_line(after, label, value, field):
    # the pair as the text's last two lines; or with a meta line under the value (the line after
    # the value being a header line too changes nothing)
    article, changes = recover(TITLE, label, value, *after)
    assert getattr(article, field) == value
    assert removed(changes)[:2] == [("structure:meta_line", label), ("structure:meta_line", value)]
    assert value not in article.lead


def test_a_label_over_a_value_that_says_nothing_leaves_the_value():
    # 类型：原创 reads as no field: the label alone goes (it says nothing), the word under it stays
    article, changes = recover(TITLE, "类型：", "原创", P1)
    assert article.lead == ("原创", P1)
    assert removed(changes) == [("structure:meta_line", "类型：")]


def test_a_bare_label_over_its_value_is_a_field_of_a_two_column_header():
    # 文章来源 then 房感知识库, no colon: a table's label and value cells flattened into lines; 作者
    # over another label is a field the page left empty, a row of the header all the same
    article, changes = recover(TITLE, "2024-02-17", "作者", "文章来源", "房感知识库", P1)
    assert article.source_name == "房感知识库" and article.authors == ()
    assert article.lead == (P1,)
    assert ("structure:meta_line", "作者") in removed(changes)


def test_a_bare_label_over_a_line_that_is_not_its_value_stays():
    # 编辑 (a wiki's edit link) over a birth date in an infobox: with a colon put in, the pair would
    # read as a date; the label gets no value of its own, so both stay; 评论 labels no field we read
    birth = "1975年1月28日（农历1974年腊月十七）"
    article, _ = recover(TITLE, "编辑", birth, P1)
    assert article.published_at is None and article.editor is None
    assert article.lead == ("编辑", birth, P1)
    article, _ = recover(TITLE, "评论", "张三", P1)
    assert article.authors == () and article.lead == ("评论", "张三", P1)


@pytest.mark.parametrize(
    ("names", "taken"),
    [
        ("叶露", True),  # the writer the date line named, spelt again under the keywords
        ("专题", False),  # no name: a word of the text
    ],
)
def test_the_writer_named_again_under_the_meta_lines_is_the_byline(names, taken):
    article, changes = recover(TITLE, "2022-06-11 00:47叶露", "南都周刊 2022年7期", names, P1)
    assert article.authors == ("叶露",)
    assert (("structure:byline", names) in removed(changes)) is taken
    assert (article.lead == (P1,)) is taken
    again, _ = recover(*article.text.split("\n"))  # cleaning the clean text changes nothing
    assert again.text == article.text


@pytest.mark.parametrize(
    "names",
    ["童 元 松", "曾剑秋,谢嘉润"],  # spaced characters; names a byline reads already
)
def test_a_journal_byline_is_read_over_its_affiliation_however_the_names_read(names):
    affiliation = "（北京大学 经济学院，北京 100871）"
    for after in ((), (P1,)):  # the affiliation the text's last line, or a paragraph under it
        article, changes = recover(OTHER, names, affiliation, *after)
        assert ("structure:affiliation", affiliation) in removed(changes)
        assert article.lead == after


def test_an_outlet_alone_under_a_dated_meta_line_is_the_source():
    article, _ = recover(TITLE, "2017-11-08 16:22", "新华社", P1)
    assert article.source_name == "新华社"
    assert article.lead == (P1,)


@pytest.mark.parametrize("line", ["童元松与谢嘉润合著", "童元松 等"])
def test_a_line_that_says_more_than_names_is_no_journal_byline(line):
    # a name is found in it, but the line is more than its names: it stays, and so does the bracket
    affiliation = "（北京大学 经济学院，北京 100871）"
    article, _ = recover(OTHER, line, affiliation, P1)
    assert article.authors == ()
    assert article.lead == (line, affiliation, P1)


# --- the weights of the evidence ------------------------------------------------------------------

LATER = "央行降准释放流动性"  # another headline-like line


def test_a_meta_line_counts_only_straight_after_the_line():
    # a line between them: the meta line is no evidence for the line above that one
    article, _ = recover(OTHER, TITLE, "要点甲：", "2017-11-08 16:22", P1)
    assert article.title == OTHER


def test_the_page_titles_agreement_weighs_four():
    og = (Candidate("title", TITLE, "og"),)
    # the first line with an <h1> (2 + 2) against it: a tie, and the earlier line wins
    article, _ = recover(OTHER, TITLE, P1, hints={0: Hint("heading", 1)}, evidence=og)
    assert article.title == OTHER
    # an <h1> said twice (2 + 1) before it: less
    article, _ = recover(OTHER, LATER, LATER, TITLE, P1, hints={1: Hint("heading", 1)}, evidence=og)
    assert article.title == TITLE


def test_a_breadcrumbs_agreement_weighs_three():
    # an <h1> said twice (2 + 1) before the line the last crumb says: a tie, and the earlier wins
    crumbs = f"首页 > 理财 > {TITLE}"
    article, _ = recover(crumbs, OTHER, LATER, LATER, TITLE, P1, hints={2: Hint("heading", 1)})
    assert article.title == LATER


def test_a_short_line_earns_nothing_not_even_against_a_doubled_paragraph():
    # 客户端 (too short) scores 0; a title-like line shaped as a paragraph has no first line's place,
    # but said twice in a row it earns 1: it is the title
    doubled = "随着理财新规落地，收益下行：投资者该怎么办？净值波动加大，银行理财规模一度收缩"
    article, _ = recover("客户端", doubled, doubled, P1)
    assert article.title == doubled
    assert article.lead == ("客户端", P1)


def test_after_a_short_first_candidate_a_five_character_line_has_the_first_lines_place():
    article, _ = recover("客户端", "理财新规落", P1)
    assert article.title == "理财新规落"


# --- the masthead above a well-evidenced title -----------------------------------------------------


@pytest.mark.parametrize(
    ("above", "kept"),
    [
        ("理" * 999, True),  # title-like at any length a masthead may have (999): another headline, kept
        ("理" * 1000, False),  # longer: no headline, the site's
        ("理" * 500 + "：" + "理" * 499, False),  # a kicker's colon, but 1000 characters: no kicker
    ],
)
def test_a_long_line_above_the_title_is_another_headline_up_to_999_characters(above, kept):
    article, changes = recover(above, TITLE, "2017-11-08 16:22", P1)
    assert article.title == TITLE
    assert (above in article.lead) is kept
    assert (("structure:masthead", above) in removed(changes)) is not kept


# --- the page's own metadata ----------------------------------------------------------------------


def test_the_best_ranked_page_date_fills_or_refines_the_date():
    evidence = (
        Candidate("published_at", "2017-11-08T16:22:05", "og"),  # ranked first
        Candidate("published_at", "2017-11-09T10:00", "time"),
    )
    article, _ = recover(TITLE, "2017-11-08", P1, evidence=evidence)
    assert article.published_at == "2017-11-08T16:22:05"
    article, _ = recover(TITLE, P1, evidence=evidence)
    assert article.published_at == "2017-11-08T16:22:05"
    # the line's date-time refined by the first page date; the second, shorter, is not asked
    evidence = (evidence[0], Candidate("published_at", "2017-11-08", "time"))
    article, _ = recover(TITLE, "2017-11-08 16:22", P1, evidence=evidence)
    assert article.published_at == "2017-11-08T16:22:05"


def test_a_writer_inside_an_outlets_name_is_no_writer_from_two_characters():
    assert header.writers(("王府",), {"王府井日报"}, set()) == ()
    assert header.writers(("王",), {"王府井日报"}, set()) == ("王",)  # one character: too little to tell


# --- the title as the page words it, and tidy_title ------------------------------------------------


@pytest.mark.parametrize(
    ("line", "worded"),
    [
        ("示例新区域[编辑]", "示例新区域"),  # the page's wording at MIN_TITLE_CHARS is evidence
        ("本市消费市场平稳增长强", "本市消费市场平稳增长"),  # one character glued on is cut too
    ],
)
def test_the_page_wording_cuts_what_is_glued_on(line, worded):
    changes = []
    assert titles.as_the_page_words_it(line, (Candidate("title", worded, "title-tag"),), changes) == worded
    assert [c.text for c in changes] == [line[len(worded) :]]


def test_the_column_cut_from_a_title_is_recorded_with_its_brackets():
    changes = []
    assert titles.tidy_title("【理财】小微信贷报", None, changes) == ("小微信贷报", "理财")
    assert [c.text for c in changes] == ["【理财】"]


@pytest.mark.parametrize(
    ("title", "tidy"),
    [
        ("涨[编辑]", "涨"),  # a wiki's edit link after a one-character title
        ("理财新规落下载公告", "理财新规落"),  # the link glued on after MIN_TITLE_CHARS of title
        ("理财新规下载公告", "理财新规下载公告"),  # after fewer: the title's own words
        ("某基金更新招募说明书摘要下载", "某基金更新招募说明书摘要"),  # a document named, then its link
        ("某公司2023年年报下载", "某公司2023年年报"),
        ("某某软件免费下载", "某某软件免费下载"),  # no document before it: the headline's word
        ("年度报告下载", "年度报告下载"),  # too little title before it
    ],
)
def test_links_glued_to_short_titles(title, tidy):
    changes = []
    assert titles.tidy_title(title, None, changes) == (tidy, None)
    assert len(changes) == (tidy != title)


def test_the_first_candidate_has_the_first_lines_place_though_shaped_as_a_paragraph():
    # both below the first paragraph, each with a meta line after it: the first candidate (long,
    # with commas, yet title-like) has the first line's place too, and wins 5 to 3
    first = "随着理财新规落地，收益下行：投资者该怎么办？净值波动加大，银行理财规模一度收缩"
    article, _ = recover(P1, first, "2017-11-08 16:22", TITLE, "作者：王五", P1[:-1] + "！")
    assert article.title == first
    assert TITLE in article.lead


def test_an_echo_weighs_three():
    # the first line said twice in a row (2 + 1) against a line with its echo (3): a tie, and the
    # earlier line wins
    article, _ = recover(OTHER, OTHER, TITLE, TITLE + "？", P1)
    assert article.title == OTHER


def test_a_meta_line_after_a_lines_copies_counts_for_it():
    # 1 for the copy right after it, 3 for the meta line after the copies (not right after the line)
    lines = [Line(text) for text in (OTHER, TITLE, TITLE, "2017-11-08 16:22", P1)]
    said = {3: header.header_meta("2017-11-08 16:22", None)}
    assert header._title_score(1, lines, said, [], [0, 1, 2], 5) == header.DOUBLED_LINE_SCORE + 3


def test_the_last_crumb_is_the_one_that_agrees():
    # 基金, the crumb before it, is no part of the title: only the last crumb counts
    article, _ = recover(f"首页 > 基金 > {TITLE}", OTHER, TITLE, P1)
    assert article.title == TITLE
    article, _ = recover(f"首页 > {TITLE} > 基金", OTHER, TITLE, P1)
    assert article.title == OTHER


@pytest.mark.parametrize(("stubs", "taken"), [(7, True), (8, False)])
def test_a_site_description_line_goes_up_to_header_lines_after_the_title(stubs, taken):
    line = "组合基金的发展与运作模式，本文主要内容关键词为：组合论文，基金论文，此文献不代表本站观点，内容供学术参考。"
    article, changes = recover(TITLE, *STUBS[:stubs], line, P1)
    assert (("structure:site_description", line) in removed(changes)) is taken
    assert (line in article.lead) is not taken


def test_a_page_keyword_after_a_dash_needs_six_characters_of_title():
    # with no underscore (the channels' own rule): the keyword rule alone decides
    assert titles.tidy_title("小微信贷一环-纪检", None, [], ("纪检",)) == ("小微信贷一环", "纪检")
    assert titles.tidy_title("小微信贷一-纪检", None, [], ("纪检",)) == ("小微信贷一-纪检", None)


def test_a_short_last_crumb_said_again_is_the_columns_heading_not_the_headline():
    # the column's name (eight characters) under the crumbs, then the headline with its meta line: the
    # column earns no crumb's agreement, and the meta line's 3 beats its first place's 2
    column = "示例宏观经济研究"
    meta = "来源：示例财富 发布时间：2018-09-11"
    article, _ = recover(f"首页 >> 研究资讯 >> {column}", column, TITLE, meta, P1)
    assert article.title == TITLE
    longer = "示例宏观经济研究所"  # nine: a last crumb this long may be the headline itself
    article, _ = recover(f"首页 >> 研究资讯 >> {longer}", longer, TITLE, meta, P1)
    assert article.title == longer


def test_a_portals_clock_is_no_meta_line_under_a_headline():
    # 新闻源 财富源 (two words, the first line's 2) over today's date with its weekday: no 3 for the clock,
    # so the headline with its labelled meta line wins, and that line's date beats the clock's
    meta = "发布时间：2015-10-03 09:37:00 来源：示例新闻网"
    article, _ = recover("示例源 财富源", "2024年05月22日 星期三", "财经 > 彩票 > 正文", TITLE, meta, P1)
    assert (article.title, article.published_at) == (TITLE, "2015-10-03T09:37:00")
    article, _ = recover("示例源 财富源", "2024年05月22日 09:30", "财经 > 彩票 > 正文", TITLE, meta, P1)
    assert article.title == "示例源 财富源"  # a date with its time under it: the line's meta line


def test_a_date_alone_above_the_headline_yields_to_one_below_it():
    article, _ = recover("2024-05-22", TITLE, "发布时间：2015-10-03 09:37", P1)
    assert article.published_at == "2015-10-03T09:37"
    article, _ = recover("2024-05-22", TITLE, "来源：示例日报", P1)
    assert article.published_at == "2024-05-22"  # none below: the one above is the article's


def test_an_empty_label_between_headline_and_meta_line_is_passed_over():
    meta = "发布时间：2015-10-03 09:37 来源：示例新闻网"
    article, _ = recover(OTHER, "2024年05月22日 星期三", TITLE, "字号：", meta, P1)
    assert article.title == TITLE


@pytest.mark.parametrize(
    ("first_words", "title_wins"),
    [
        ("【示例报专讯】", True),  # an outlet's bracket opening the paragraph under the line
        ("示例社北京5月19日电 ", True),  # a dateline
        ("本报讯（记者 王小明）", True),  # a reporters' bracket
        ("示例报称，", False),  # the outlet's name in a sentence: no dateline
    ],
)
def test_a_dateline_opening_the_paragraph_under_a_line_makes_it_the_headline(first_words, title_wins):
    article, _ = recover(OTHER, TITLE, first_words + P1)
    assert (article.title == TITLE) is title_wins
    assert article.title in (OTHER, TITLE)


def test_a_dateline_opening_a_long_traditional_paragraph_is_read_in_both_scripts():
    paragraph = "【示例報專訊】" + "積金局昨公布強積金總資產創新高，" * 20  # longer than a recognised line
    article, _ = recover(OTHER, TITLE, paragraph)
    assert article.title == TITLE


def test_a_full_meta_line_under_the_standfirst_is_the_articles():
    full = "发布时间：2025年11月7日 分类：金融分析"
    article, _ = recover(TITLE, P1, full, P1 + "另外")
    assert (article.published_at, article.category) == ("2025-11-07", "金融分析")
    assert full not in article.text
    bare = "发布时间：2025年11月7日"  # a date alone could be a paragraph's own line: it stays
    article, _ = recover(TITLE, P1, bare, P1 + "另外")
    assert bare in article.text
    article, _ = recover(TITLE, P1, P1 + "另外", full, P1 + "再者")  # under a second paragraph: the body's
    assert full in article.text


def test_a_dateline_vouches_for_a_headline_not_for_a_row_of_words():
    dated = "【示例报专讯】" + P1
    article, _ = recover(OTHER, "央行降准 银行股拉升 券商跟涨", dated)  # two blanks: a headline's phrases
    assert article.title == "央行降准 银行股拉升 券商跟涨"
    article, _ = recover(OTHER, "央行降准 银行股拉升 券商跟涨 保险股", dated)  # three: a row of words
    assert article.title == OTHER


@pytest.mark.parametrize(
    ("company", "document", "joined"),
    [
        ("示例银行股份有限公司", "2007年度报告摘要", True),
        ("示例科技集团", "董事会决议公告", True),
        ("示例科技集团", "2024年第三季度报告", True),
        ("示例科技集团", "关于累计诉讼、仲裁情况的公告", True),  # a list inside the document's name
        ("示例科技集团", "公司召开年度股东大会", False),  # a sentence's words, no document's name
        ("示例科技研究", "董事会决议公告", False),  # no company's name above it
    ],
)
def test_a_companys_name_and_its_documents_name_on_two_lines_are_one_title(company, document, joined):
    article, _ = recover(company, document, P1)
    assert (article.title == company + document) is joined


def test_an_original_title_note_gives_the_title_only_when_no_headline_is_there():
    note = "（原标题：示例矿业2024年年度业绩预增公告）"
    article, changes = recover(note, P1)
    assert article.title == "示例矿业2024年年度业绩预增公告"
    assert ("structure:title_prefix", "（原标题：）") in removed(changes)
    article, _ = recover(TITLE, note, P1)  # a headline besides: the note stays a note
    assert article.title == TITLE
    article, _ = recover("（原标题：示例公告）", P1)  # four characters: too short for a headline
    assert article.title is None
    article, _ = recover("（原标题：示例新公告）", P1)  # five: a headline's least
    assert article.title == "示例新公告"


# --- the title as the text's last line, a document's name under a company's, a name under the title ---


@pytest.mark.parametrize("above", [(), ("要点甲：",)])
def test_a_title_on_the_texts_last_line_is_read_with_nothing_under_it(above):
    # no line after the title: neither a document's name nor a writer's is looked for past the end
    article, _ = recover(*above, "示例银行股份有限公司")
    assert article.title == "示例银行股份有限公司"
    assert article.lead == above


def test_a_documents_name_joined_to_the_title_leaves_the_lead_over_a_header_line():
    # the document's line goes with the title, though a header line is under it (字号：, a label that
    # says nothing and goes too): only the paragraph stays
    article, changes = recover("示例银行股份有限公司", "2007年度报告摘要", "字号：", P1)
    assert article.title == "示例银行股份有限公司2007年度报告摘要"
    assert article.lead == (P1,)
    assert removed(changes) == [("structure:meta_line", "字号：")]


@pytest.mark.parametrize("under", [(P1,), ("2017-11-08 16:22", P1), ()])
def test_a_two_character_name_right_under_the_title_is_its_writer(under):
    # above the first paragraph, over a meta line, or as the text's last line
    article, changes = recover(TITLE, "杨千", *under)
    assert article.title == TITLE
    assert article.authors == ("杨千",)
    assert ("structure:byline", "杨千") in removed(changes)
    assert "杨千" not in article.lead


def test_a_two_character_name_one_line_below_the_title_stays():
    # a line between them: two characters could be a word after a surname (黄金), so it is no byline
    article, _ = recover(TITLE, "要点甲：", "杨千", P1)
    assert article.authors == ()
    assert "杨千" in article.lead


def test_an_outlet_read_under_the_title_is_not_read_again_as_its_writer():
    # 路透社 has a surname's shape, but beside the dated meta line it was read as the source first
    article, _ = recover(TITLE, "路透社", "2017-11-08 16:22", P1)
    assert (article.source_name, article.authors) == ("路透社", ())


def test_a_name_read_under_a_companys_name_is_not_joined_to_it_as_a_document():
    # 张报告 ends like a document's name (…报告), but over the paragraph it was read as the writer first
    article, _ = recover("示例银行股份有限公司", "张报告", P1)
    assert (article.title, article.authors) == ("示例银行股份有限公司", ("张报告",))


# --- a reporters' bracket alone on its line -----------------------------------------------------------


def test_a_reporters_bracket_alone_on_its_line_is_a_meta_line_after_the_headline():
    # a row of words apart (three blanks) gets no dateline's 3 from the paragraph; the bracket alone
    # under it, read as its byline, gives it the 3 that beats the first line's 2
    row = "央行降准 银行股拉升 券商跟涨 保险股"
    article, _ = recover(OTHER, row, "（记者 安然 朱玲）", P1)
    assert article.title == row
    assert article.authors == ("安然", "朱玲")


def test_a_reporters_bracket_with_words_after_it_is_not_a_byline_line():
    # the bracket opens a line that says more: the bracket goes, the words after it stay
    article, changes = recover(TITLE, "（记者 安然）央行今日宣布降准", P1)
    assert article.authors == ("安然",)
    assert article.lead == ("央行今日宣布降准", P1)
    assert removed(changes) == [("structure:byline", "（记者 安然）")]


# --- a three-character name alone on a line --------------------------------------------------------


@pytest.mark.parametrize(
    "lines",
    [
        (TITLE, "本文转自：示例日报", "王明远", "要点甲：", P1),  # under a meta line
        (TITLE, "要点甲：", "王明远", "2017-11-08 16:22", P1),  # over one
    ],
)
def test_a_three_character_name_right_beside_a_meta_line_is_a_byline(lines):
    # neither under the title nor over the paragraph: the meta line right above or below it says so
    article, changes = recover(*lines)
    assert article.authors == ("王明远",)
    assert ("structure:byline", "王明远") in removed(changes)
    assert article.lead == ("要点甲：", P1)


def test_a_three_character_name_under_a_breadcrumb_is_no_byline():
    # a breadcrumb is a header line, but it says nothing of a writer: the name stays
    article, _ = recover("首页 > 理财 > 正文", "王明远", TITLE, P1)
    assert article.authors == ()
    assert article.lead == ("王明远", P1)


def test_a_three_character_name_on_the_texts_last_line_is_no_byline():
    # nothing under it, no meta line beside it: it stays
    article, _ = recover(TITLE, P1, "王明远")
    assert article.authors == ()
    assert article.lead == (P1, "王明远")


# --- short lines ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("line", "title_like"), [("第一财经", False), ("华尔街见闻", True)])
def test_an_outlets_name_alone_is_a_masthead_below_five_characters(line, title_like):
    # four characters of an outlet's name: its masthead; five may be a headline's words
    assert is_title_like(line, StructureConfig()) is title_like


def test_a_short_first_line_ties_with_a_line_of_no_evidence_and_keeps_its_place():
    # 央行降息 (four characters) earns nothing; the line under it, long and with commas, has no first
    # line's place and nothing else: 0 to 0, and the earlier line is the title
    standfirst = "随着理财新规落地，收益下行：投资者该怎么办？净值波动加大，银行理财规模一度收缩"
    article, _ = recover("央行降息", standfirst, P1)
    assert article.title == "央行降息"


def test_a_documents_name_on_the_texts_last_line_is_joined_to_the_companys():
    article, _ = recover("示例银行股份有限公司", "2007年度报告摘要")
    assert article.title == "示例银行股份有限公司2007年度报告摘要"
    assert article.lead == ()


def test_a_byline_shaped_as_a_caption_right_after_a_line_counts_for_it():
    # （记者 安然 摄） is a picture's credit and a byline: passed over as a caption, it still counts as
    # the meta line right after the headline
    article, _ = recover(OTHER, TITLE, "（记者 安然 摄）", "要点甲：", P1)
    assert article.title == TITLE
    assert article.authors == ("安然",)


# --- the paragraph above that is the line with the page's description run on ---------------------------


def test_the_first_line_has_no_line_above_it_to_be_run_on():
    # the text's last paragraph starts with the first line's words: it is below, not above, and earns
    # the first line nothing (the headline with its meta line wins, 3 to 2)
    later = "央行降准释放流动性"
    article, _ = recover(TITLE, later, "2017-11-08 16:22", P1, TITLE + P1)
    assert article.title == later


def test_the_paragraph_run_on_is_the_line_right_above():
    # 要点甲： two lines up is no paragraph; the line right above is this one with a paragraph run on
    article, _ = recover("要点甲：", TITLE + P1, TITLE, P1)
    assert article.title == TITLE


def test_a_headline_line_above_is_no_paragraph_run_on_though_it_reads_as_one():
    # the line above starts with this one and reads as a paragraph, but it is title-like itself (a
    # headline set over two lines): no echo's 3 for the line under it
    above = TITLE + "，投资者该怎么办？净值波动加大，银行理财规模一度收缩"
    assert title_shapes.is_prose(above) and is_title_like(above, StructureConfig())
    lines = [Line(text) for text in (P1, above, TITLE, P1)]
    assert header._title_score(2, lines, {}, [], [1, 2], 4) == 0


@pytest.mark.parametrize(
    ("between", "title_wins"),
    [
        ("（资料图片）", True),  # a picture's caption: passed over, the byline under it counts
        ("▲示例大厦外景。（图／翻摄）", True),  # a caption ending the line
        ("（资料图片）示例大厦外景", False),  # a bracket opening a line that says more: no caption
    ],
)
def test_a_byline_under_a_caption_counts_for_the_line_above_it(between, title_wins):
    article, _ = recover(OTHER, TITLE, between, "作者：王五", P1)
    assert (article.title == TITLE) is title_wins


# --- what the header run's survivors showed, fixed ------------------------------------------------


def test_a_companys_name_over_its_document_chosen_for_its_meta_line_opens_the_title():
    # the document's line has the meta line under it (3) against the company's first place (2)
    article, changes = recover("示例银行股份有限公司", "2007年度报告摘要", "2017-11-08 16:22", P1)
    assert article.title == "示例银行股份有限公司2007年度报告摘要"
    assert ("structure:masthead", "示例银行股份有限公司") not in removed(changes)


@pytest.mark.parametrize("outlet", ["路透社", "和讯网", "金融界"])
def test_an_outlet_alone_over_the_first_paragraph_is_no_writer_and_never_lost(outlet):
    # its name starts like a surname (路, 和, 金), but an outlet writes nothing: it is never taken for a
    # byline, and never lost with the line — the line goes only with its name read as the source
    article, changes = recover(TITLE, outlet, P1)
    assert article.authors == ()
    assert outlet in article.text or article.source_name == outlet
    gone = [c for c in changes if c.is_removal and c.text == outlet]
    assert not gone or (article.source_name == outlet and gone[0].reason == "structure:meta_line")


def test_an_original_title_notes_cut_is_its_label_and_marks():
    article, changes = recover("本文原标题：本文原标题", P1)
    assert article.title == "本文原标题"
    assert removed(changes) == [("structure:title_prefix", "本文原标题：")]


def test_a_headline_with_its_day_after_it_is_the_title_and_the_day_its_date():
    line = "特朗普提高对中国的关税：一场深刻改变全球贸易格局的事件 2025-06-16"
    article, changes = recover(line, P1)
    assert article.title == line[: -len(" 2025-06-16")] and article.published_at == "2025-06-16"
    assert ("structure:meta_line", "2025-06-16") in removed(changes)


def test_a_meta_line_with_its_day_at_the_end_is_no_title():
    # the same shape, a name, an outlet and the day: read as a meta line, never a candidate
    article, _ = recover(TITLE, "赵嘉国 上海证券报 2021-10-08", P1)
    assert article.title == TITLE and article.authors == ("赵嘉国",)


def test_the_title_again_under_a_column_tag_is_its_echo_and_the_column_its_category():
    article, changes = recover(TITLE, "2020-04-13 网络", "浏览", f"[科技新闻]{TITLE}", P1)
    assert article.title == TITLE and article.category == "科技新闻" and article.published_at == "2020-04-13"
    assert article.lead == (P1,)  # 浏览, a counter's label with its number not rendered, went too
    assert ("structure:title_echo", f"[科技新闻]{TITLE}") in removed(changes)
    article, _ = recover(TITLE, "浏览", P1)  # the label not under a meta line: a word of the text
    assert article.lead == ("浏览", P1)


SPLIT = "首档ETF分割来了！0050拟「1拆5」每张4万元有找"


@pytest.mark.parametrize(
    ("line", "title", "date"),
    [
        (f"{SPLIT} 4月进行投票 (2025-02-17 19:19:23)", f"{SPLIT} 4月进行投票", "2025-02-17T19:19:23"),  # its time
        ("海程邦达：股东大会议事规则2023-12-14", "海程邦达：股东大会议事规则", "2023-12-14"),  # run on to a word
    ],
)
def test_a_headlines_day_in_brackets_or_run_on_is_cut_off_as_its_date(line, title, date):
    article, _ = recover(line, P1)
    assert (article.title, article.published_at) == (title, date)


def test_a_day_run_on_to_a_latin_word_is_not_cut_off():
    # the run-on day needs a Chinese word before it (ABC2023 may be a code); a blank works for any
    assert header._title_part("报告ABC2023-12-14") == "报告ABC2023-12-14"
    assert header._title_part("报告 ABC 2023-12-14") == "报告 ABC"
    assert header._title_part("报告（2023-12-14）") == "报告"


def test_a_caption_doubled_one_label_apart_does_not_take_the_title_from_the_first_line():
    # a clean article's text: its title first, then a picture's caption printed twice around 目录 —
    # the caption's copy is the line doubled, weaker than the first line's place
    caption = "0050 分割示意图"
    article, _ = recover(TITLE, caption, "目录", caption, P1)
    assert article.title == TITLE
    again, _ = recover(*article.text.split("\n"))
    assert again.title == TITLE and again.text == article.text


def test_a_captions_copy_five_characters_apart_is_an_echo():
    # a line of MIN_TITLE_CHARS (5) between is no label: the copy is a template's echo, strong evidence
    caption = "0050 分割示意图"
    article, _ = recover(TITLE, caption, "图片的说明", caption, P1)
    assert article.title == caption
    article, _ = recover(TITLE, caption, "图片说明", caption, P1)  # four: a label
    assert article.title == TITLE
