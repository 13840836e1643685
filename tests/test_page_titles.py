"""Titles decided by the page's own evidence: its <title>, its headings, and what sites glue on.

Pages of our own words; each test fails if its rule goes or its threshold moves.
"""

import pytest

from cleaner import clean
from cleaner.article import Change
from cleaner.document import Candidate
from cleaner.stages.html_meta import split_title
from cleaner.stages.titles import MAX_GLUED_CHARS, as_the_page_words_it

PARAS = (
    "<p>本市今年一季度社会消费品零售总额同比增长百分之六，其中餐饮收入增长较快，线上零售占比继续提高。</p>"
    "<p>业内人士表示，随着促消费政策持续发力，二季度消费市场有望保持平稳增长，服务消费潜力将进一步释放。</p>"
)


def page(title: str, body: str) -> str:
    return f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>{body}</body></html>"


def test_a_suffix_with_no_title_before_it_is_no_title():
    assert split_title("-示例历史网") == ("", "示例历史网")
    assert split_title("春风-示例新闻网") == ("春风-示例新闻网", None)  # too short to cut: stays whole


def test_a_short_heading_that_says_the_first_part_of_the_title_tag():
    body = f"<div class='main'><p>chūn yǔ</p><h1>春雨</h1><p>朝代：宋代</p><p>作者：陆小游</p>{PARAS}</div>"
    assert clean(page("春雨_原文、翻译及赏析_示例诗词网", body)).title == "春雨"


def test_a_fourth_level_heading_that_agrees_with_the_title_tag():
    heading = "本市一季度社会消费市场平稳增长"
    body = f"<div class='cover'><h4>{heading}</h4></div><div class='main'>{PARAS}</div>"
    assert clean(page(f"{heading}-EXAMPLE 设计", body)).title == heading


def test_a_heading_the_site_cut_off_is_still_the_title():
    body = (
        "<h1>定了！本市邮轮母港即将开通！地铁直达+免...</h1><div class='info'>2019-08-13 14:07 来源：示例号</div>"
        f"<p>字号</p><p>本文原标题：《定了！本市邮轮母港即将开通！地铁直达+免税城......》</p>{PARAS}"
    )
    article = clean(page("定了！本市邮轮母港即将开通！地铁直达+免...", body))
    assert article.title == "定了！本市邮轮母港即将开通！地铁直达+免..."
    rest = str(article.to_dict()["lead"]) + str(article.to_dict()["sections"])
    assert "地铁直达+免..." not in rest  # the heading taken as the title, not left as text


@pytest.mark.parametrize(
    ("line", "worded", "expected"),
    [
        ("原创本市消费市场平稳增长", "本市消费市场平稳增长", "本市消费市场平稳增长"),  # a badge
        ("本市消费市场平稳增长播报文章", "本市消费市场平稳增长", "本市消费市场平稳增长"),  # a button
        ("示例新区[编辑]", "示例新区", "示例新区[编辑]"),  # a worded title this short is no evidence
        ("本市消费市场平稳增长[编辑]", "本市消费市场平稳增长", "本市消费市场平稳增长"),
        ("本市消费市场平稳增长2024", "本市消费市场平稳增长", "本市消费市场平稳增长2024"),  # a number is no glue
        ("本市消费市场平稳增长五个百分点", "本市消费市场平稳增长", "本市消费市场平稳增长五个百分点"),  # > 4
        ("本市消费市场平稳增长？", "本市消费市场平稳增长", "本市消费市场平稳增长？"),  # its own punctuation
    ],
)
def test_the_title_as_the_page_words_it(line, worded, expected):
    changes: list[Change] = []
    evidence = (Candidate("title", worded, "title-tag"),)
    assert as_the_page_words_it(line, evidence, changes) == expected
    assert bool(changes) == (expected != line)


def test_a_button_word_alone_is_never_the_title():
    body = f"<div class='main'><p>字号</p><p>打印</p>{PARAS}</div>"
    assert clean(page("-示例网", body)).title is None


def test_glue_limit():
    evidence = (Candidate("title", "本市消费市场平稳增长", "title-tag"),)
    glued = "本市消费市场平稳增长" + "强" * MAX_GLUED_CHARS
    assert as_the_page_words_it(glued, evidence, []) == "本市消费市场平稳增长"
    assert as_the_page_words_it(glued + "强", evidence, []) == glued + "强"


def test_the_h1_is_no_evidence_for_itself():
    evidence = (Candidate("title", "本市消费市场平稳增长", "h1"),)
    assert as_the_page_words_it("原创本市消费市场平稳增长", evidence, []) == "原创本市消费市场平稳增长"


def test_a_sticky_bar_repeating_the_title_is_not_the_title_heading():
    heading = "本市一季度社会消费市场平稳增长"
    body = (
        f"<div class='topNav'><h1>{heading}</h1><div class='topShare'>分享到：</div></div>"
        f"<div class='content'><h1>{heading}</h1><div class='inform'><p>2024-05-13 13:48</p><p>来源：示例网</p>"
        f"<div class='informShare'>分享到：</div></div><div class='text'>{PARAS}</div></div>"
    )
    article = clean(page(f"{heading}_示例网", body))
    assert (article.title, article.source_name) == (heading, "示例网")


def test_a_title_tag_standing_in_for_a_missing_h1_is_no_second_witness():
    # the fuzzer's case: <title>後(hòu)</title> and an <h1> that does not say it; cleaning twice
    # must give the same text, so the one-character stand-in may not outrank the heading
    markup = page("後(hòu)", "<h1>一一一一</h1>")
    once = clean(markup)
    assert clean(once.text).text == once.text


def test_a_byline_under_the_headlines_picture_captions_still_follows_the_headline():
    menu, headline = "两岸 两岸焦点 特派现场", "示例地产集团遭清盘呈请"
    # a photographer's credit: the header's caption (one with 图／ is boilerplate's, gone before it)
    captions = ["▲示例地产集团的大楼。（翻摄示例地产）", "▲示例地产。（翻摄示例地产）", "▲大楼。（示例摄）"]
    body = [
        "持续多年的房企债务危机仍未消除，再有欠债的房企遭清盘呈请。",
        "在香港上市的示例地产集团公布，昨天收到清盘呈请的通知。",
    ]
    two = clean("\n".join((menu, headline, *captions[:2], "文／示例日报", *body)))
    assert two.title == headline and two.source_name == "示例日报"
    three = clean("\n".join((menu, headline, *captions, "文／示例日报", *body)))
    assert three.title != headline  # MAX_CAPTIONS: a third caption parts the byline from the headline


def test_an_outlets_name_cut_from_the_title_is_the_source_when_none_is_said():
    lead = "近年来，商业银行持续加大对小微企业的信贷投放力度，贷款余额同比增长百分之十二。"
    article = clean("\n".join(("上半年表现亮眼的房地产信托|示例早报", lead)))
    assert (article.title, article.source_name) == ("上半年表现亮眼的房地产信托", "示例早报")
    article = clean("\n".join(("上半年表现亮眼的房地产信托|示例早报", "来源：示例日报", lead)))
    assert article.source_name == "示例日报"  # a source the page says beats the title's suffix
    article = clean("\n".join(("上半年表现亮眼的房地产信托 -科技频道-示例财经网", lead)))
    assert article.source_name is None  # a site's name and its channel: no outlet's name
