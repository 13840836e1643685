"""junk: tag-soup lines, inline tags, stray entities, empty bullets, whole HTML pages."""

import time

import pytest

from cleaner import Change, Config, clean
from cleaner.config import JunkConfig
from cleaner.document import Document
from cleaner.stages import junk
from cleaner.stages.junk import markup_tags, page_to_text, visible_text

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


def test_whole_html_page_reduced_to_text():
    page = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>网贷逾期会不会找上门</title>"
        "<script>var spam = '无码';</script><style>p { color: red }</style></head>"
        "<body><h1>网贷逾期会不会找上门</h1>"
        "<p>随着互联网金融的发展，网贷&amp;小贷增多。</p>"
        "<div>第二段<b>加粗</b>文字。</div><!-- 注释 -->"
        "<ul><li>电话</li><li>短信</li></ul></body></html>"
    )
    doc = run_text(page)
    assert doc.text.split("\n") == [
        "网贷逾期会不会找上门",
        "随着互联网金融的发展，网贷&小贷增多。",
        "第二段加粗文字。",
        "电话",
        "短信",
    ]
    dropped = [c.text for c in doc.changes if c.reason == "junk:html_element"]
    assert dropped[0].startswith("<head>")  # the head holds the title, the script and the style
    assert "var spam" in dropped[0]
    assert [c.text for c in doc.changes if c.reason == "junk:html_comment"] == ["<!-- 注释 -->"]
    assert all(c.stage == "junk" for c in doc.changes)


def test_html_page_without_h1_leads_with_its_title():
    page = "<html><head><title>央行降准</title></head><body><p>央行宣布降准。</p></body></html>"
    assert page_to_text(page).split("\n") == ["央行降准", "央行宣布降准。"]


def test_page_through_the_pipeline_has_no_tags():
    page = (
        "<!doctype html><html><head><title>理财规模回升</title></head><body>"
        "<article><h1>理财规模回升</h1><p>今年一季度，理财规模止跌回升。</p>"
        f"<div>{SOUP}</div></article></body></html>"
    )
    article = clean(page)
    assert article.title == "理财规模回升"
    assert article.lead == ("今年一季度，理财规模止跌回升。",)
    assert "<" not in article.text


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


def test_saved_page_starting_with_a_comment_is_still_a_page():
    page = (
        "<!--http://www.example.com/2019/a.htm-->\n<?xml version='1.0'?>\n<!DOCTYPE HTML>\n"
        "<html><head><title>标题</title><meta name='keywords' content='甲，乙'/></head>"
        "<body><h1>标题</h1><p>正文。</p></body></html>"
    )
    doc = run_text(page)
    assert doc.text == "标题\n正文。"


def test_unclosed_leading_comment_is_not_a_page():
    text = "<!-- 没有结束的注释 <html><p>正文。</p>"
    assert not junk.is_html_page(text)
