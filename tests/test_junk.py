"""junk: tag-soup lines, inline tags, stray entities, empty bullets (whole pages: test_extract.py)."""

import time

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from cleaner import Change, Config
from cleaner.config import JunkConfig
from cleaner.document import Document
from cleaner.stages import junk
from cleaner.stages.junk import cut_tags, markup_tags, surely_shown, visible_text

SOUP = '<address id="p94fg"><var id="p94fg"></var></address>'


def run_text(text: str, config: Config | None = None) -> Document:
    return junk.run(Document.from_text(text), (config or Config()).junk)


def reasons(doc: Document) -> list[str]:
    return [c.reason for c in doc.changes]


# --- markup_tags: only tags of real HTML elements -------------------------------------------


def test_markup_tags_finds_the_tag_soup():
    assert markup_tags(SOUP) == ['<address id="p94fg">', '<var id="p94fg">', "</var>", "</address>"]


@pytest.mark.parametrize(
    "line",
    [
        "市盈率<10倍的股票有32只",
        "若A<B and C>D，则结论成立",
        "收益率<5%且回撤>10%",
        "<<证券法>>第十条",
        "使用<foo>占位符与<b and c>",
    ],
)
def test_markup_tags_ignores_comparisons_and_non_tags(line):
    assert markup_tags(line) == []


def test_markup_tags_finds_comments_and_self_closing():
    assert markup_tags("正文<!-- 广告 -->结束<br/>") == ["<!-- 广告 -->", "<br/>"]


def test_visible_text_decodes_entities():
    assert visible_text("<b>A&amp;B</b>公司") == "A&B公司"


# --- run ---------------------------------------------------------------------------------------


def test_tag_soup_line_removed_and_recorded():
    doc = run_text(f"第一段正文。\n{SOUP}\n第二段正文。")
    assert doc.text == "第一段正文。\n第二段正文。"
    assert doc.changes == (Change("junk", "junk:tag_soup", SOUP),)


def test_tag_soup_behind_a_bullet_removed():
    # the seed page's trailer: "  • <address …><var …></var></address>"
    line = f"  • {SOUP}"
    doc = run_text(f'正文。\n{line}\n    <pre id="p94fg"><u id="p94fg"><sup id="p94fg"></sup></u></pre>')
    assert doc.text == "正文。"
    assert reasons(doc) == ["junk:tag_soup", "junk:tag_soup"]
    assert doc.changes[0].text == line.strip()


def test_comment_only_line_removed():
    doc = run_text("正文。\n<!-- google_ad_section_start -->\n结尾。")
    assert doc.text == "正文。\n结尾。"
    assert reasons(doc) == ["junk:tag_soup"]


def test_inline_tags_stripped_keeping_text():
    doc = run_text('据<b>证券时报</b>报道，<a href="https://example.com/a">A股</a>今日上涨。')
    assert doc.text == "据证券时报报道，A股今日上涨。"
    assert len(doc.changes) == 1
    change = doc.changes[0]
    assert change.stage == "junk"
    assert change.reason == "junk:inline_tag"
    assert "<b>" in change.text and '<a href="https://example.com/a">' in change.text
    assert "证券时报" not in change.text


@pytest.mark.parametrize(("line", "kept", "cut"), [
    ("<b>市盈率</b><10倍", "市盈率<10倍", "<b></b>"),  # a comparison right after a tag
    ("<b>甲</b>乙<?丙", "甲乙<?丙", "<b></b>"),  # what a parser reads as a processing instruction
    ("<b>甲</b>乙<!丙", "甲乙<!丙", "<b></b>"),  # … or as a bogus comment
    ("<i>A</i> x<y and y>z", "A x<y and y>z", "<i></i>"),
    ("正文<script>track()</script>继续", "正文继续", "<script>track()</script>"),  # never shown: with its content
    ("正文<STYLE>p{}</STYLE>继续", "正文继续", "<STYLE>p{}</STYLE>"),
    ("正文<script>未结束", "正文未结束", "<script>"),  # no end tag: only the tag
    ("甲<!-- <b>注</b> -->乙<b>丙</b>", "甲乙丙", "<!-- <b>注</b> --><b></b>"),  # a tag in a comment is the comment's
    ("<b>甲</b>乙<!-- 注 -->", "甲乙", "<b></b><!-- 注 -->"),  # a tag before a comment is no part of it
    ("<!-- 注 --><b>丙</b>", "丙", "<!-- 注 --><b></b>"),  # nor one right after its -->
])
def test_only_the_tags_spans_are_cut(line, kept, cut):
    doc = run_text(line)
    assert doc.text == kept
    assert doc.changes == (Change("junk", "junk:inline_tag", cut),)


def test_entities_in_a_tagged_line_are_decoded_and_recorded_one_by_one():
    doc = run_text("<b>沪深300</b>&amp;中证500&#x4e2d;")
    assert doc.text == "沪深300&中证500中"
    assert [(c.reason, c.text, c.replacement) for c in doc.changes] == [
        ("junk:inline_tag", "<b></b>", None), ("junk:entity", "&amp;", "&"), ("junk:entity", "&#x4e2d;", "中"),
    ]
    config = Config(junk=JunkConfig(unescape_entities=False))
    assert run_text("<b>甲</b>&amp;乙", config).text == "甲&amp;乙"


@pytest.mark.parametrize(
    "line",
    ["市盈率<10倍的股票有32只。", "若A<B and C>D，则结论成立。", "收益率<5%且回撤>10%"],
)
def test_comparisons_untouched(line):
    doc = run_text(line)
    assert doc.text == line
    assert doc.changes == ()


def test_entities_unescaped_and_recorded():
    doc = run_text("沪深300&nbsp;指数&amp;基金&#8220;稳健&#x201D;&lt;5%")
    assert doc.text == "沪深300 指数&基金“稳健”<5%"
    assert Change("junk", "junk:entity", "&amp;", "&") in doc.changes
    assert Change("junk", "junk:entity", "&#8220;", "“") in doc.changes
    assert Change("junk", "junk:entity", "&#x201D;", "”") in doc.changes
    assert all(c.reason == "junk:entity" for c in doc.changes)
    assert len(doc.changes) == 5


def test_text_that_only_looks_like_an_entity_stays():
    line = "AT&T与P&G的合作&未知实体;R&D"
    doc = run_text(line)
    assert doc.text == line
    assert doc.changes == ()


def test_entities_kept_when_unescaping_is_off():
    config = Config(junk=JunkConfig(unescape_entities=False))
    assert run_text("指数&amp;基金", config).text == "指数&amp;基金"


@pytest.mark.parametrize("bullet", ["•", "  ●  ", "\u3000·\u3000", "■", "◆ ◆"])
def test_empty_bullets_removed(bullet):
    doc = run_text(f"第一段。\n{bullet}\n第二段。")
    assert doc.text == "第一段。\n第二段。"
    assert doc.changes == (Change("junk", "junk:empty_bullet", bullet.strip()),)


def test_bullet_with_text_and_interpuncts_in_text_stay():
    text = "• 第一条：按时还款\n3·15晚会曝光了多家平台\n克里斯托弗·诺兰"
    doc = run_text(text)
    assert doc.text == text
    assert doc.changes == ()


def test_blank_lines_are_not_bullets():
    assert run_text("第一段。\n\n第二段。").text == "第一段。\n\n第二段。"


def test_plain_text_with_no_markup_is_unchanged():
    text = "网贷逾期会不会找上门\n\n随着互联网金融的快速发展，网贷增加。"
    doc = run_text(text)
    assert doc.text == text
    assert doc.changes == ()


# --- linear time on hostile input ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "<a " * 700_000,  # 2.1 MB, one line
        "<p>" + "<a " * 200_000,
        "<b" + " x=1" * 200_000,
        "&#" * 500_000,
        "<!--" * 30_000,  # 120 KB of unclosed comment openers
    ],
    ids=["a-open", "p-then-a-open", "many-attributes", "entity-openers", "comment-openers"],
)
def test_hostile_line_is_linear(text):
    start = time.perf_counter()
    run_text(text)
    assert time.perf_counter() - start < 10


def test_a_whole_page_left_by_a_skipped_extract_becomes_its_blocks():
    # decode keeps a page one line; without the extract stage, junk hands it to extract (all of it)
    page = (
        "<!DOCTYPE html><html><head><title>降准_新闻网</title></head><body>"
        "<h1>央行宣布降准</h1><p>央行今日宣布降准。</p><p>市场反应积极。</p></body></html>"
    )
    doc = run_text(page)
    assert "央行今日宣布降准。" in doc.texts and "市场反应积极。" in doc.texts  # a line a block
    assert not any("<" in line for line in doc.texts)


def test_a_fragment_that_looks_like_xml_or_a_url_warns_nobody():
    # bs4 warns its caller when markup looks like XML or a file name; a scraped line is HTML
    # whatever it looks like, and a batch's stderr must not fill with that advice, line after line
    import warnings

    from cleaner.stages.junk import visible_text

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert visible_text('<?xml version="1.0"?><p>正文</p>') == "正文"
        assert visible_text("http://example.com/a.html").strip() == "http://example.com/a.html"


# --- the parser is asked only when the answer is unsure ------------------------------------------

FRAGMENT_PIECES = st.sampled_from([
    "<b>", "</b>", '<span class="x">', "</span>", "<br/>", "<p>", "</p>", '<a href="/x">', "</a>",
    "<script>", "</script>", "<style>", "</style>", "<noscript>", "</noscript>", "<template>",
    "</template>", "<rt>", "</rt>", "<rp>", "</rp>", "<textarea>", "</textarea>", "<title>", "</title>",
    "<head>", "</head>", "<table>", "<tr>", "<td>", "<!-- ", " -->", "<!--", "<![CDATA[", "]]>", "<?",
    "&nbsp;", "&amp;", "&#12288;", "&lt;", "正文", "A", "7", "_", " ", "\u3000", "\xa0", "•", "·", "，",
    "<", ">", "\x0b", "\u200b",
])  # fmt: skip


@given(st.lists(FRAGMENT_PIECES, min_size=1, max_size=12).map("".join))
@example('<div class="a"> <!--图注--> <span>图1</span></div>')
@example("<script>var a = 1</script>")
@example("<script>正文")
def test_a_line_surely_shown_is_shown_by_the_parser(line):
    untagged, _ = cut_tags(line)
    if surely_shown(untagged, markup_tags(line)):
        assert visible_text(line).strip(junk.BULLETS_AND_BLANKS)


@pytest.mark.parametrize(
    ("untagged", "tags", "shown"),
    [
        ("图1", ["<b>", "</b>"], True),
        ("_ ", ["<b>"], False),  # an underscore is no word character here
        ("图1 <", ["<b>"], False),  # a "<" left: a parser may read a tag or comment from it
        ("图1 &nbsp;", ["<b>"], False),  # an entity: the parser decodes it
        ("\u3000•", ["<b>"], False),
        ("图1", ["<b>", "<!-- 注 -->"], True),  # a comment is cut whole
        ("图1", ["<style>"], False),  # unclosed: the parser hides what follows
        ("图1", ["<RT>"], False),  # any case
        ("图1", ["<select>"], False),  # the last of SPECIAL_CONTENT
    ],
)
def test_surely_shown_needs_a_word_character_and_no_tag_a_parser_reads_apart(untagged, tags, shown):
    assert surely_shown(untagged, tags) is shown


def test_a_line_of_tags_and_an_entity_asks_the_parser_and_goes():
    doc = run_text('<span class="sep">&nbsp;</span><span class="sep">&#12288;</span>')
    assert reasons(doc) == ["junk:tag_soup"]


# --- a forum's anti-copy noise ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "jammer"),
    [
        ("; i3 _6 A% ^9 m/ t/ {9 ^1 J", True),
        ("# k* g% @, ^* @8 |", True),  # seven tokens, three of them a letter or digit glued to a mark
        ("k* g% @8 ^, #", False),  # five tokens: fewer than MIN_JAMMER_TOKENS
        ("k* g% @8 ^, # |", True),  # six
        ("k* g% @8 a b c", True),  # three of six with a mark: half
        ("k* g% @8 a b c d", False),  # three of seven: under half
        ("k* g% ^^ ,, @@ ##", False),  # two glued to a letter or digit: under MIN_JAMMER_MIXED
        ("k. g. x. 1. 2. 3.", False),  # one mark, repeated: a numbered row, under MIN_JAMMER_MARKS
        ("k. g, x; 1. 2. 3.", True),  # three marks
        ("k* g% @8 ^, # abcd", False),  # a token of four characters: a word
        ("x = 1 + 2 = 3", False),  # a formula
        # the other recipe: letters glued to digits and to marks, half the tokens, each way once
        ('5 n7 n5 c" t" x', True),
        ('5 n7 c" t" x y', True),  # three of six
        ('5 n7 c" t x y', False),  # two of six: under half
        ("5 n7 n5 c t x", False),  # glued to digits only: one way
        ("A1 B2 C3 D4 E5 F6", False),  # a grid's cells
        ("* z3 V4 l( R2 Swww2.example.com9 i& G8", True),  # the forum's address run into the noise
        ("* z3 V4 l( R2 Swww2.example.com9 i& G8 www.example.com", False),  # two long tokens
        ("* z3 V4 l( R2 Sexample9 i& G8", False),  # a long token that is no address
    ],
)
def test_a_jammer_line_at_its_boundaries(line, jammer):
    assert (junk.MIN_JAMMER_TOKENS, junk.MIN_JAMMER_MIXED, junk.MIN_JAMMER_MARKS) == (6, 3, 3)
    assert junk.is_jammer(line) is jammer


def test_jammer_lines_go_with_their_reason_and_text_stays():
    noise = "; i3 _6 A% ^9 m/ t/ {9 ^1 J"
    doc = junk.run(Document.from_text(f"论坛帖子正文第一段。\n{noise}\n正文第二段：A% 的增长。"), JunkConfig())
    assert doc.texts == ["论坛帖子正文第一段。", "正文第二段：A% 的增长。"]
    assert [(c.reason, c.text) for c in doc.changes] == [("junk:jammer", noise)]


def test_a_jammer_line_is_at_most_max_jammer_chars():
    assert junk.MAX_JAMMER_CHARS == 200
    noise = "; i3 _6 A% ^9 m/ t/ {9 ^1 J "
    long_noise = (noise * 8)[:201].rstrip() + "k"  # 201 characters, every token still noise
    assert len(long_noise) == 201 and junk.is_jammer(long_noise)
    short_noise = long_noise[:-1]
    assert len(short_noise) == 200 and junk.is_jammer(short_noise)
    kept = junk.run(Document.from_text(f"{short_noise}\n{long_noise}"), JunkConfig()).texts
    assert kept == [long_noise]  # the longer one stays: only short lines are looked at


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("![]()", "junk:empty_markup"),  # an image the scraper lost, alt and address
        ("![]() |", "junk:empty_markup"),  # in a table's cell
        ("||", "junk:empty_markup"),  # a table row of empty cells
        ("｜", "junk:empty_markup"),
        ("---", "junk:rule"),  # three marks: the shortest rule
        ("- - - - -", "junk:rule"),
        ("══════", "junk:rule"),
        ("———", "junk:rule"),
        ("===", "junk:rule"),
        ("___", "junk:rule"),
        ("***", "junk:rule"),
        ("───", "junk:rule"),
        ("━━━", "junk:rule"),
        (":::", "junk:rule"),  # the access key of a Taiwan government site's region
        ("收件人姓名: | |", "junk:empty_field"),  # a form's field, its input lost
        ("寄件人電話：｜", "junk:empty_field"),
        ("收件人電子郵件地址欄位甲: | |", "junk:empty_field"),  # a label of twelve characters
    ],
)
def test_empty_images_table_bars_and_rules_go(line, reason):
    assert junk.MAX_FIELD_LABEL_CHARS == 12
    doc = run_text(f"第一段。\n{line}\n第二段。")
    assert doc.text == "第一段。\n第二段。"
    assert doc.changes == (Change("junk", reason, line.strip()),)


@pytest.mark.parametrize(
    "line",
    [
        "![图表](https://example.com/a.png)",  # an image with its address: not empty
        "![]() 图为发布会现场",  # a caption after it
        "——",  # two dashes: a Chinese dash, not a rule
        "--",
        "::",  # two colons: no access key
        "-=-",  # different marks
        "---以上为摘要---",
        "| 代码 | 名称 |",  # a table row with its cells
        "币种: | 港元 |",  # a field with its value in a cell
        "收件人電子郵件地址欄位甲乙: | |",  # a label of thirteen: a sentence's clause, not a form's label
        "收件人姓名 | |",  # no colon: a table's row
        "收件人姓名:",  # a label alone (the header reads it)
    ],
)
def test_lines_with_content_or_short_dashes_stay(line):
    doc = run_text(f"第一段。\n{line}\n第二段。")
    assert doc.text == f"第一段。\n{line}\n第二段。"
