"""extract: whole HTML pages → the article's lines with the page's hints, header evidence, regions dropped."""

import time

import pytest

from cleaner import Config, clean
from cleaner.document import Candidate, Document, Hint, Line
from cleaner.stages import extract
from cleaner.stages.html_blocks import table_rows
from cleaner.stages.html_meta import iso_date, split_title
from cleaner.stages.html_page import is_html_page
from cleaner.stages.html_tree import parse

PARAGRAPHS = (
    "<p>中国人民银行今天宣布，下调金融机构存款准备金率0.5个百分点，释放长期资金约1万亿元。</p>"
    "<p>分析人士认为，此次降准有助于保持流动性合理充裕，支持实体经济发展，稳定市场预期。</p>"
    "<p>央行有关负责人表示，将继续实施稳健的货币政策，保持货币供应量和社会融资规模合理增长。</p>"
)
NAV = "<div class='nav'><a href='/'>首页</a> <a href='/f'>财经</a> <a href='/s'>股票</a> <a href='/b'>银行</a></div>"
FOOTER = "<footer><a href='/about'>关于我们</a> | <a href='/c'>联系方式</a> | 版权所有</footer>"


def page(body: str, head: str = "<title>央行宣布降准_财经频道_示例网</title>") -> str:
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


def run_page(markup: str, config: Config | None = None) -> Document:
    return extract.run(Document(raw=markup, lines=(Line(markup),)), (config or Config()).extract)


def texts(doc: Document) -> list[str]:
    return [line.text for line in doc.lines]


def by_reason(doc: Document, reason: str) -> list[str]:
    return [c.text for c in doc.changes if c.reason == reason]


def evidence(doc: Document, field: str) -> list[tuple[str, str]]:
    return [(c.value, c.origin) for c in doc.evidence if c.field == field]


# --- which pages ---------------------------------------------------------------------------


def test_text_input_passes_through_unchanged():
    doc = Document.from_text("央行宣布降准\n<b>加粗</b>的正文。")
    assert extract.run(doc, Config().extract) is doc


def test_saved_page_starting_with_a_comment_is_a_page():
    assert is_html_page("<!--http://www.example.com/a.htm-->\n<?xml version='1.0'?>\n<!DOCTYPE HTML>\n<html>")
    assert not is_html_page("<!-- 没有结束的注释 <html><p>正文。</p>")
    assert not is_html_page("正文<b>加粗</b>")


# --- main content: furniture dropped per region --------------------------------------------


def test_article_kept_nav_and_footer_dropped_one_record_each():
    doc = run_page(page(f"{NAV}<h1>央行宣布降准</h1><div class='article'>{PARAGRAPHS}</div>{FOOTER}"))
    assert texts(doc)[0] == "央行宣布降准"
    assert doc.lines[0].hint == Hint("heading", 1)
    assert len(doc.lines) == 4
    assert by_reason(doc, "extract:nav") == ["首页 财经 股票 银行 (8 chars)"]
    assert len(by_reason(doc, "extract:footer")) == 1
    assert all(c.stage == "extract" and c.replacement is None for c in doc.changes)


def test_comments_and_related_blocks_dropped_with_their_reasons():
    comments = "<div id='comment-list'>" + "<p>网友甲：说得好，支持降准！</p>" * 20 + "</div>"
    related = "<ul class='related-news'>" + "<li><a href='/1'>沪指收涨0.5% 券商板块领涨两市</a></li>" * 8 + "</ul>"
    doc = run_page(page(f"<h1>央行宣布降准</h1><div class='content'>{PARAGRAPHS}</div>{related}{comments}"))
    assert len(doc.lines) == 4
    assert len(by_reason(doc, "extract:comments")) == 1  # one record for the whole block
    assert by_reason(doc, "extract:comments")[0].endswith("chars)")
    assert by_reason(doc, "extract:related")


def test_removed_records_stay_short():
    menu = "".join(f"<div class='menu'><a href='/{i}'>栏目{i}号频道</a></div>" for i in range(40))
    doc = run_page(page(f"{menu}<h1>央行宣布降准</h1><article>{PARAGRAPHS}</article>"))
    assert len(doc.changes) <= 8
    assert all(len(c.text) <= 80 for c in doc.changes)


def test_link_farm_hidden_at_the_end_is_spam():
    farm = "<div style='display:none'>" + "".join(
        f"<a href='http://x{i}.example'>{w}</a> " for i, w in enumerate(["澳门新葡京", "华体会", "开云体育", "六合彩"])
    ) + "</div>"
    doc = run_page(page(f"<h1>央行宣布降准</h1><div>{PARAGRAPHS}</div>{farm}"))
    assert "澳门新葡京" not in "\n".join(texts(doc))
    assert by_reason(doc, "extract:hidden_spam")


def test_hidden_block_that_reads_as_the_article_is_kept():
    # WeChat hides #js_content until a script shows it: hidden is evidence, not a verdict.
    body = (
        "<h1 class='rich_media_title'>央行宣布降准</h1>"
        f"<div class='rich_media_content' id='js_content' style='visibility: hidden;'>{PARAGRAPHS}</div>"
        "<div hidden>登录 注册</div>"
    )
    doc = run_page(page(body))
    assert len(doc.lines) == 4
    assert by_reason(doc, "extract:hidden") == ["登录 注册 (4 chars)"]


def test_scripts_and_styles_summed_up_in_one_record():
    body = f"<script>var a = '无码';</script><style>p {{}}</style><h1>央行宣布降准</h1><div>{PARAGRAPHS}</div>"
    doc = run_page(page(body))
    assert "无码" not in "\n".join(texts(doc))
    assert len(by_reason(doc, "extract:script")) == 1


def test_short_article_followed_by_longer_teasers():
    short = "<p>本报讯，今日沪深两市小幅高开，银行板块走强，截至收盘，沪指涨0.3%，成交额较昨日有所放大。</p>"
    teasers = "".join(
        f"<div class='item'><a href='/n{i}'>第{i}条新闻标题关于市场的最新动态</a>"
        "<p>这是一段很长的摘要，讲述了另一篇文章的内容，市场人士认为，后市仍有上涨空间，投资者应保持理性。</p></div>"
        for i in range(12)
    )
    body = f"<h1>沪指小幅高开</h1><div class='main'><div class='text'>{short}</div><div>{teasers}</div></div>"
    doc = run_page(page(body, "<title>沪指小幅高开_证券_示例网</title>"))
    assert texts(doc) == ["沪指小幅高开", short[3:-4]]


def test_main_content_off_keeps_all_visible_text():
    doc = run_page(page(f"{NAV}<h1>央行宣布降准</h1><div>{PARAGRAPHS}</div>"), Config.from_dict(
        {"extract": {"main_content": False}}))
    assert "首页" in texts(doc)[1] or "首页" in "\n".join(texts(doc))


# --- hints ---------------------------------------------------------------------------------

P1 = "今年以来，多家银行下调了存款挂牌利率，三年期定期存款利率普遍降至2%以下。"
P2 = "业内人士认为，负债成本下降有助于缓解银行净息差压力"
P3 = "但也会促使部分储蓄资金流向理财和基金产品。"


def test_headings_paragraphs_br_quote_and_caption():
    body = (
        f"<article><h1>标题</h1><p>{P1}</p><h2>一、背景</h2><p>{P2}<br>{P3}</p>"
        "<blockquote><p>引用的话。</p></blockquote><figure><figcaption>图为会场。</figcaption></figure></article>"
    )
    lines = run_page(page(body, "<title>标题</title>")).lines
    assert [(line.text, line.hint) for line in lines] == [
        ("标题", Hint("heading", 1)),
        (P1, None),
        ("一、背景", Hint("heading", 2)),
        (P2, None),
        (P3, None),
        ("引用的话。", Hint("quote")),
        ("图为会场。", Hint("caption")),
    ]


def test_nested_lists_carry_depth_and_order():
    body = (
        f"<article><h1>标题</h1><p>{P1}</p><ol><li>达到退休年龄；<ul><li>按月领取；</li><li>一次性领取。</li></ul></li>"
        "<li>出国定居。</li></ol></article>"
    )
    lines = run_page(page(body, "<title>标题</title>")).lines[2:]
    assert [(line.text, line.hint) for line in lines] == [
        ("达到退休年龄；", Hint("item", 1, ordered=True)),
        ("按月领取；", Hint("item", 2, ordered=False)),
        ("一次性领取。", Hint("item", 2, ordered=False)),
        ("出国定居。", Hint("item", 1, ordered=True)),
    ]


def test_table_rows_spread_merged_cells():
    table = parse(
        "<table><thead><tr><th rowspan='2'>指标</th><th colspan='2'>2024年</th></tr>"
        "<tr><th>一季度</th><th>二季度</th></tr></thead>"
        "<tr><td>营收（亿元）</td><td>12.5</td><td>13.1</td></tr>"
        "<tr><td rowspan='2'>净利润</td><td>1.2</td><td>1.4</td></tr>"
        "<tr><td>-3.5%</td><td>2.0%</td></tr></table>"
    )[0].find(".//table")
    rows = table_rows(table)
    assert [(line.text.split("\t"), line.hint.header) for line in rows] == [
        (["指标", "2024年", "2024年"], True),
        (["指标", "一季度", "二季度"], True),
        (["营收（亿元）", "12.5", "13.1"], False),
        (["净利润", "1.2", "1.4"], False),
        (["净利润", "-3.5%", "2.0%"], False),
    ]
    assert all(line.hint.kind == "row" for line in rows)


def test_layout_table_is_walked_as_containers():
    body = f"<table><tr><td><h1>央行宣布降准</h1>{PARAGRAPHS}</td></tr></table>"
    doc = run_page(page(body))
    assert all(line.hint is None or line.hint.kind != "row" for line in doc.lines)
    assert len(doc.lines) == 4


# --- header evidence -----------------------------------------------------------------------


def test_evidence_from_json_ld_og_meta_time_h1_and_title():
    head = (
        "<title>央行宣布降准_财经频道_示例网</title>"
        "<meta property='og:title' content='央行宣布降准'><meta property='og:site_name' content='示例网'>"
        "<meta name='keywords' content='降准,央行，货币政策'>"
        "<meta name='description' content='央行宣布降准0.5个百分点。'>"
        "<meta name='author' content='张三'><link rel='canonical' href='https://example.com/a/1.html'>"
        "<meta property='article:published_time' content='2024-02-05T16:22:05+08:00'>"
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
        '"headline": "央行宣布降准", "datePublished": "2024/02/05 16:22", '
        '"author": [{"@type": "Person", "name": "张三"}, {"name": "李四"}], "publisher": {"name": "示例网"}}</script>'
    )
    body = f"<h1>央行宣布降准</h1><time datetime='2024-02-05'>2月5日</time><div>{PARAGRAPHS}</div>"
    doc = run_page(page(body, head))
    assert evidence(doc, "title") == [
        ("央行宣布降准", "json-ld"), ("央行宣布降准", "og"), ("央行宣布降准", "title-tag"), ("央行宣布降准", "h1"),
    ]
    assert evidence(doc, "published_at") == [
        ("2024-02-05T16:22", "json-ld"), ("2024-02-05T16:22:05", "og"), ("2024-02-05", "time"),
    ]
    assert evidence(doc, "authors") == [("张三", "json-ld"), ("李四", "json-ld"), ("张三", "meta")]
    assert evidence(doc, "keywords") == [("降准", "meta"), ("央行", "meta"), ("货币政策", "meta")]
    assert evidence(doc, "url") == [("https://example.com/a/1.html", "meta")]
    assert ("示例网", "og") in evidence(doc, "site_name")
    assert by_reason(doc, "extract:title_suffix") == ["财经频道_示例网"]
    assert all(isinstance(c, Candidate) for c in doc.evidence)


def test_spam_title_is_no_evidence_and_a_brand_prefix_is_cut():
    doc = run_page(page(f"<div>{PARAGRAPHS}</div>", "<title>澳门新葡京_六合彩_一肖中特_华体会</title>"))
    assert evidence(doc, "title") == []
    assert by_reason(doc, "extract:spam_title") == ["澳门新葡京_六合彩_一肖中特_华体会"]
    doc = run_page(page(f"<div>{PARAGRAPHS}</div>", "<title>[乐虎国际]央行宣布降准</title>"))
    assert evidence(doc, "title") == [("央行宣布降准", "title-tag")]
    assert by_reason(doc, "extract:spam_title") == ["[乐虎国际]"]


@pytest.mark.parametrize("control", ["\x01", "\x0b", "\x1f", "\x00"])
def test_control_characters_go_before_parsing_so_no_edit_of_the_tree_can_fail(control):
    # lxml keeps the control characters it parses, then refuses them when an edit sets text: here
    # the spam brand cut from the <h1>, and the tail moved when the nav before it is dropped
    heading = f"<h1>[乐虎国际]央行宣布降准{control}</h1>"
    doc = run_page(page(f"{NAV}{control}{heading}<div>{PARAGRAPHS}</div>", "<title>央行宣布降准</title>"))
    assert texts(doc)[0] == "央行宣布降准"
    assert by_reason(doc, "extract:control_char") == [control * 2]
    assert not any(control in line for line in texts(doc))


@pytest.mark.parametrize(
    ("printed", "iso"),
    [("2017-11-08 16:22", "2017-11-08T16:22"), ("2017/11/08 16:22:05", "2017-11-08T16:22:05"),
     ("2017年11月8日", "2017-11-08"), ("2017-11-08T16:22:05+08:00", "2017-11-08T16:22:05"), ("昨天", None)],
)
def test_dates_as_printed(printed, iso):
    assert iso_date(printed) == iso


@pytest.mark.parametrize(
    ("title", "parts"),
    [
        ("A股收涨_新浪财经_新浪网", ("A股收涨", "新浪财经_新浪网")),
        ("港股收評 | 蘋果日報", ("港股收評", "蘋果日報")),
        ("央行宣布降准", ("央行宣布降准", None)),
        ("财经 - 央行宣布降准0.5个百分点", ("财经 - 央行宣布降准0.5个百分点", None)),
    ],
)
def test_site_suffix_cut(title, parts):
    assert split_title(title) == parts


# --- through the pipeline, and cost ----------------------------------------------------------


def test_page_through_the_pipeline():
    article = clean(page(f"{NAV}<h1>央行宣布降准</h1><div class='article'>{PARAGRAPHS}</div>{FOOTER}").encode())
    assert article.title == "央行宣布降准"
    assert len(article.lead) == 3
    assert "<" not in article.text and "首页" not in article.text
    assert {c.reason for c in article.removed} >= {"extract:nav", "extract:footer", "extract:title_suffix"}


def test_skipping_extract_still_turns_the_page_into_text():
    article = clean(page(f"<h1>央行宣布降准</h1><div>{PARAGRAPHS}</div>"), Config(skip=frozenset({"extract"})))
    assert "<" not in article.text
    assert "下调金融机构存款准备金率" in article.text


@pytest.mark.parametrize("shape", ["nested", "siblings"])
def test_200000_tags_cost_linear_time(shape):
    if shape == "nested":
        body = "<div>" * 200_000 + PARAGRAPHS + "</div>" * 200_000
    else:
        body = "<div><span>甲</span></div>" * 200_000 + PARAGRAPHS
    start = time.perf_counter()
    doc = run_page(page(body))
    assert time.perf_counter() - start < 30
    assert doc.lines


def test_stats_updated_for_dropped_regions_equal_a_fresh_measure():
    from cleaner.stages.html_regions import prune
    from cleaner.stages.html_tree import drop, measure, without_regions

    body = parse(page(
        f"{NAV}<h1>央行宣布降准</h1><div><p>正文<span style='display:none'>隐<b>藏</b></span>，继续。</p>"
        f"<a href='/x'>链接<span hidden>甲乙</span>文字</a>{PARAGRAPHS}</div>{FOOTER}"
    ))[0].find("body")
    stats = measure(body)
    pruned = [el for _, el in prune(body, stats)]
    assert len(pruned) >= 3
    assert without_regions(stats, pruned, budget=len(stats))
    for el in pruned:
        drop(el)
    fresh = measure(body)
    assert all(
        (stats[el].chars, stats[el].link_chars, stats[el].punct, stats[el].own_chars, stats[el].own_punct)
        == (f.chars, f.link_chars, f.punct, f.own_chars, f.own_punct)
        for el, f in fresh.items()
    )


def test_visible_link_farm_around_the_article_is_spam_and_a_footer_is_boilerplate():
    words = ["澳门新葡京", "华体会", "开云体育", "六合彩"]
    farm = "<p>" + " ".join(f"<a href='/{i}'>{w}</a>" for i, w in enumerate(words))
    doc = run_page(page(f"<h1>央行宣布降准</h1><div>{PARAGRAPHS}</div>{farm}</p>"))
    assert "澳门新葡京" not in "\n".join(texts(doc))
    assert by_reason(doc, "extract:link_farm")
    links = "<p><a href='/a'>关于我们</a> <a href='/b'>联系方式</a></p>"
    doc = run_page(page(f"<h1>央行宣布降准</h1><div>{PARAGRAPHS}</div>{links}"))
    assert by_reason(doc, "extract:link_farm") == []
    assert by_reason(doc, "extract:boilerplate") == ["关于我们 联系方式 (8 chars)"]


def test_json_ld_organisation_is_a_source_and_a_profile_link_no_author():
    head = (
        "<title>蛋荒预估3月初缓解</title><meta property='article:author' content='https://www.facebook.com/x'>"
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "蛋荒预估3月初缓解", '
        '"author": {"@type": "Organization", "name": "中央通讯社"}}</script>'
    )
    doc = run_page(page(f"<h1>蛋荒预估3月初缓解</h1><div>{PARAGRAPHS}</div>", head))
    assert evidence(doc, "authors") == []
    assert evidence(doc, "source_name") == [("中央通讯社", "json-ld")]


def test_ad_card_link_inside_the_article_is_an_ad():
    card = "<a href='http://ad.example/'><i>广告</i><span>留学生注意了，这些问题没准备好先别留学！</span><div>×</div></a>"
    body = f"<h1>央行宣布降准</h1><div class='content'>{PARAGRAPHS}{card}<p>尾段正文，继续报道。</p></div>"
    doc = run_page(page(body))
    assert "留学" not in "\n".join(texts(doc))
    assert by_reason(doc, "extract:ads")


@pytest.mark.parametrize("kind", ["SocialMediaPosting", "DiscussionForumPosting", "OpinionNewsArticle"])
def test_json_ld_posts_and_every_article_subtype_name_their_author(kind):
    head = (
        "<title>读书笔记：月下小记</title>"
        f'<script type="application/ld+json">{{"@type": "{kind}", "headline": "读书笔记：月下小记", '
        '"author": {"@type": "Person", "name": "山~青"}}</script>'
    )
    doc = run_page(page(f"<h1>读书笔记：月下小记</h1><div>{PARAGRAPHS}</div>", head))
    assert evidence(doc, "authors") == [("山~青", "json-ld")]


def test_json_ld_that_is_no_article_names_no_author():
    head = (  # a picture or a page about a person has an author or a name too: not the article's
        "<title>读书笔记：月下小记</title>"
        '<script type="application/ld+json">[{"@type": "ImageObject", "author": {"@type": "Person", "name": "山~青"}},'
        '{"@type": "ProfilePage", "name": "水~蓝"}]</script>'
    )
    doc = run_page(page(f"<h1>读书笔记：月下小记</h1><div>{PARAGRAPHS}</div>", head))
    assert evidence(doc, "authors") == []
    assert ("水~蓝", "json-ld") not in evidence(doc, "title")


def test_trailer_lines_from_a_child_of_a_box_after_the_article():
    box = (
        "<div class='edit'><div class='title'><a href='/t/1'>降准</a><a href='/t/2'>央行</a></div>"
        "<span>[作者: 王明远 责任编辑: 赵小六 ]</span></div>"
    )
    doc = run_page(page(f"<h1>央行宣布降准</h1><div class='main'><div class='content'>{PARAGRAPHS}</div>{box}</div>"))
    assert texts(doc)[-1] == "[作者: 王明远 责任编辑: 赵小六 ]"
    doc = run_page(page(f"<h1>央行宣布降准</h1><div class='main'><div class='content'>{PARAGRAPHS}</div>"
                        "<div><a href='/t/1'>降准</a> 作者: 王明远</div></div>"))
    assert "作者: 王明远" not in "\n".join(texts(doc))  # the box's own text after its tags: no line of its own


def teaser_box(start: int, count: int, heading: str = "") -> str:
    links = "".join(f"<a href='/n{i}'>第{i}条新闻标题关于市场的最新动态</a>" for i in range(start, start + count))
    return f"<div class='box'>{heading}{links}</div>"


def test_teaser_boxes_among_and_after_the_paragraphs_leave_the_article_whole():
    first = "<p>（示例社记者王明远北京5日电）中国人民银行今天宣布，下调金融机构存款准备金率0.5个百分点。</p>"
    body = (
        f"<h1>央行宣布降准</h1><div class='text'>{first}{teaser_box(0, 2)}{PARAGRAPHS}"
        f"{teaser_box(2, 4, '<div>延伸阅读</div>')}{teaser_box(6, 2)}</div>"
    )
    doc = run_page(page(body))
    assert texts(doc)[:2] == ["央行宣布降准", first[3:-4]]
    assert len(texts(doc)) == 5  # the title, the first paragraph and the three after the box
    assert "新闻标题" not in "\n".join(texts(doc))
    assert by_reason(doc, "extract:related")


def test_stories_outside_link_lists_still_part_the_article_from_its_container():
    long = "<p>" + "央行有关负责人表示，将继续实施稳健的货币政策，保持货币供应量和社会融资规模合理增长，" * 3 + "</p>"
    summary = "另一篇文章的摘要，市场人士认为，后市仍有上涨空间，投资者应保持理性，关注政策变化与资金流向，" * 2
    stories = "".join(  # next stories with their summaries: no link list, so they still count as stories
        f"<div><a href='/s{i}'>第{i}条新闻标题关于市场的最新动态</a><p>{summary}</p></div>" for i in range(4)
    )
    body = f"<h1>央行宣布降准</h1><div class='text'>{long}{teaser_box(0, 8)}{long * 3}{stories}</div>"
    doc = run_page(page(body))
    assert "另一篇文章的摘要" not in "\n".join(texts(doc))


def test_a_lone_paragraph_keeps_a_parent_that_holds_more_furniture_than_prose():
    first = "<p>（示例社记者王明远北京5日电）中国人民银行今天宣布，下调金融机构存款准备金率0.5个百分点。</p>"
    buttons = "".join(f"<div>按钮{i}号功能入口说明</div>" for i in range(6))  # words, no links: no link list
    doc = run_page(page(f"<h1>央行宣布降准</h1><div class='text'>{first}{buttons}</div>"))
    assert "功能入口" not in "\n".join(texts(doc))
