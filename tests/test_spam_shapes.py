"""spam shapes of issue 5: a keyword list inside a wrapping (bullet, trailing ?, a template's label),
`` I `` separators, and one run of keywords alone on the first or last line.

Nothing real is removed: a mid-body keyword list in the body's script stays, and so do a company
called 无码科技, a labelled meta line and a question.
"""

import pytest

from cleaner import clean, clean_and_explain
from cleaner.config import SpamConfig
from cleaner.document import Document
from cleaner.stages import spam
from cleaner.stages.spam import MIN_SOLE_TERM_COVER, is_sole_keyword, keyword_part

S = SpamConfig()
TITLE = "银行理财规模一季度回升 固收类产品仍占主导"
BODY = [
    "今年一季度，银行理财市场规模止跌回升，理财公司发行的产品占比进一步提高。",
    "从产品结构看，固定收益类产品依旧是绝对主力，规模占比超过九成。",
    "贵州茅台(600519)等高股息标的也受到理财资金关注，约7.12亿元流入。",
    "Analysts expect yields to fall further, she said.",
    "展望后市，分析人士认为，理财产品的净值波动将更加平滑。",
]


def run(lines):
    doc = spam.run(Document.from_text("\n".join(lines)), S)
    return doc.texts, [c.text for c in doc.changes]


# --- keyword_part ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "part"),
    [
        ("• 国产精品_日韩av ?", "国产精品_日韩av"),
        ("● 国产精品,日韩av,亚洲av ？？", "国产精品,日韩av,亚洲av"),
        ("- 国产精品 日韩av", "国产精品 日韩av"),
        ("主站蜘蛛池模板: 欧美一区 | 亚洲av", "欧美一区 | 亚洲av"),
        ("模板：国产精品_日韩av", "国产精品_日韩av"),
        ("国产精品_日韩av", "国产精品_日韩av"),
    ],
)
def test_keyword_part_unwraps(line, part):
    assert keyword_part(line) == part


def test_keyword_part_keeps_a_line_with_a_second_colon():
    line = "时间：10:30 国产精品_日韩av"
    assert keyword_part(line) == line


def test_keyword_part_keeps_a_real_question():
    assert keyword_part("银行理财还能买吗?") == "银行理财还能买吗?"  # no space before the ?


# --- wrapped lists removed at the edges -----------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        "• 国产精品_日韩av_亚洲av ?",
        "主站蜘蛛池模板: 国产精品 | 日韩av | 亚洲av",
        "国产精品 I 日韩av I 亚洲av I 成人视频",
        "● 澳门新葡京,六合彩特码,百家乐官网 ？",
    ],
)
def test_wrapped_keyword_list_at_the_top_is_removed(header):
    texts, removed = run([header, TITLE, *BODY])
    assert removed == [header]
    assert texts == [TITLE, *BODY]


def test_wrapped_keyword_list_at_the_bottom_is_removed():
    footer = "• 国产精品_日韩av_亚洲av ?"
    texts, removed = run([TITLE, *BODY, footer])
    assert removed == [footer]
    assert texts == [TITLE, *BODY]


def test_wrapped_keyword_list_in_the_middle_of_a_same_script_body_stays():
    middle = "• 国产精品_日韩av_亚洲av ?"
    lines = [TITLE, *BODY[:3], middle, *BODY[3:], "补充说明：以上数据来自公开信息。", "风险提示：理财非存款。"]
    texts, removed = run(lines)
    assert removed == []
    assert texts == lines


def test_label_with_plain_words_is_no_spam():
    line = "关键词：基金 | 股票 | 债券 | 理财"
    texts, removed = run([line, TITLE, *BODY])
    assert removed == []
    assert texts[0] == line


def test_meta_line_with_a_label_is_no_spam():
    line = "来源：零壹财经 | 作者：张三 | 浏览：766"
    assert not spam._looks_like_spam(line, S)
    assert run([line, TITLE, *BODY])[1] == []


# --- one keyword run alone on an edge line --------------------------------------------------------


def test_sole_keyword_on_the_last_line_is_removed():
    last = "国产精品久久久久精品麻豆"
    texts, removed = run([TITLE, *BODY, last])
    assert removed == [last]
    assert texts == [TITLE, *BODY]


def test_sole_keyword_on_the_first_line_is_removed():
    first = "国产精品成人视频"
    texts, removed = run([first, TITLE, *BODY])
    assert removed == [first]
    assert texts == [TITLE, *BODY]


def test_sole_keyword_only_on_the_very_first_or_last_line():
    second = "国产精品久久久久精品麻豆"
    lines = [TITLE, second, *BODY]
    texts, removed = run(lines)
    assert removed == []
    assert texts == lines
    penultimate = [TITLE, *BODY, second, "（完）"]
    assert run(penultimate)[1] == []


@pytest.mark.parametrize("line", ["无码科技发布新品", "国产精品牌崛起", "亚洲av", "澳门赌场", "六合彩销量增长"])
def test_real_words_on_an_edge_are_no_sole_keyword(line):
    assert not is_sole_keyword(line, S)
    texts, removed = run([TITLE, *BODY, line])
    assert removed == []
    assert texts[-1] == line


def test_sole_keyword_needs_min_strong_terms():
    assert not is_sole_keyword("国产精品甲乙", S)
    assert is_sole_keyword("国产精品麻豆", S)
    assert not is_sole_keyword("国产精品麻豆", SpamConfig(min_strong_terms=3))


def test_sole_keyword_cover_boundary():
    """Spam terms must cover MIN_SOLE_TERM_COVER of the line: 8 of 10 does, 8 of 11 does not,
    nor do 15 of 19 or 19 of 24 (just under 0.8)."""
    assert MIN_SOLE_TERM_COVER == 0.8
    assert is_sole_keyword("国产精品成人视频甲乙", S)  # 8 / 10
    assert not is_sole_keyword("国产精品成人视频甲乙丙", S)  # 8 / 11
    assert is_sole_keyword("国产精品成人视频六合彩麻豆无码甲乙丙", S)  # 15 / 18
    assert not is_sole_keyword("国产精品成人视频六合彩麻豆无码甲乙丙丁", S)  # 15 / 19 = 0.789
    assert not is_sole_keyword("国产精品成人视频一区二区六合彩麻豆无码甲乙丙丁戊", S)  # 19 / 24 = 0.792


def test_sole_keyword_length_limit():
    at = "国产精品成人视频" * 4  # 32 = 2 * max_segment_chars
    assert len(at) == 2 * S.max_segment_chars
    assert is_sole_keyword(at, S)
    assert not is_sole_keyword(at + "麻豆", S)


def test_two_phrases_of_spam_terms_on_an_edge_are_a_list_cut_short():
    assert is_sole_keyword("国产精品 麻豆", S)
    cut = "久久精品一区二区国产_亚洲国产另类久久久精品"  # a keyword header cut off at the page's end
    texts, removed = run([TITLE, *BODY, cut])
    assert removed == [cut]
    assert texts == [TITLE, *BODY]
    assert run([TITLE, *BODY, cut, "（完）"])[1] == []  # not the last line: real words below it


# --- end to end -----------------------------------------------------------------------------------


def test_wrapped_spam_end_to_end_and_idempotent():
    page = "\n".join(["主站蜘蛛池模板: 国产精品 | 日韩av | 亚洲av", TITLE, *BODY, "国产精品久久久久精品麻豆"])
    article, changes = clean_and_explain(page)
    assert article.title == TITLE
    assert [c.reason for c in changes if c.stage == "spam"] == ["spam:keyword_list"] * 2
    assert "贵州茅台(600519)" in article.text
    assert "Analysts expect yields to fall further, she said." in article.text
    assert clean(article.text).text == article.text


# --- Indonesian slot-gambling spam (hacked pages) ---------------------------------------------


def test_an_indonesian_gambling_keyword_list_at_the_top_is_removed():
    header = "slot gacor | togel online | situs judi | link slot88"
    texts, removed = run([header, TITLE, *BODY])
    assert removed == [header]
    assert texts == [TITLE, *BODY]


@pytest.mark.parametrize(
    "line",
    [
        "judicial review | court ruling | time slot",  # judi inside judicial; slot an English word
        "booking slot | meeting slot | time slot",
    ],
)
def test_english_words_that_hold_a_gambling_word_are_no_spam(line):
    texts, removed = run([line, TITLE, *BODY])
    assert removed == []
    assert texts[0] == line


# --- phrases run together from terms -------------------------------------------------------------

FILLER = "甲乙丙丁戊己庚辛壬"  # 9 characters, no term of the lexicon


@pytest.mark.parametrize(("outside", "shaped"), [(8, True), (9, False)])
def test_a_long_phrase_counts_by_its_characters_outside_the_lexicons_terms(outside, shaped):
    # each phrase is terms (无码, 国产精品 …, 14 characters) plus `outside` characters that are none:
    # longer than max_segment_chars (16), it is a keyword phrase while at most 8 are outside the terms
    assert S.max_segment_chars == 16
    phrase = "无码国产精品无码国产精品" + FILLER[:outside]
    assert spam._term_chars(FILLER) == 0
    assert (spam.list_shape("_".join([phrase] * 3), S) is not None) is shaped


def test_a_keyword_list_of_phrases_run_together_on_the_first_line_is_removed():
    first = "久久久久精品亚洲18国产成人精品无码AV综合_亚洲国产成人精品久久久久av无码综合色_亚洲精品国产无码午"
    texts, removed = run([first, TITLE, *BODY])
    assert removed == [first]
    assert texts == [TITLE, *BODY]


def test_a_headline_with_a_brand_after_it_is_no_keyword_list():
    # two strong terms, but the headline is 16 characters outside them: not a phrase of terms
    line = "开云体育本次分红为2025年度第1次分红-开云体育赞助商(2025已更新(最新/官方/入口)"
    assert spam.list_shape(line, S) is None


@pytest.mark.parametrize(
    ("paragraph", "kept"),
    [
        # the brand in the outlet's place: it goes, the reprinting site's date stays for the header
        ("【大澳门威尼斯人赌场官网10月29日报导】（中央社记者程韵璇台北29日电）金管会今天发布逾期放款统计。",
         "【10月29日报导】（中央社记者程韵璇台北29日电）金管会今天发布逾期放款统计。"),
        ("【乐虎国际】央行今天宣布下调存款准备金率0.5个百分点。", "央行今天宣布下调存款准备金率0.5个百分点。"),
        ("【澳门威尼斯人】金沙中国旗下度假村第三季度收入增长。", None),  # weak terms only: a casino in the news
        ("【中央社10月29日报导】金管会今天发布逾期放款统计。", None),  # no brand at all
        ("央行今天宣布下调存款准备金率【乐虎国际】0.5个百分点。", None),  # not opening the paragraph
    ],
)
def test_a_spam_brand_in_the_bracket_opening_a_paragraph_goes(paragraph, kept):
    doc = spam.run(Document.from_text(paragraph), SpamConfig())
    assert doc.text == (kept or paragraph)
    assert [c.reason for c in doc.changes] == (["spam:bracket_brand"] if kept else [])


def test_a_capital_i_between_blanks_parts_a_keyword_list():
    terms = ["无码人妻久久", "亚洲小视频在线观看", "一级片特级片", "丁香五月欧美成人", "手机看片日韩国产"]
    doc = spam.run(Document.from_text(" I ".join(terms) + "\n示例标题\n正文第一段，说明情况。"), SpamConfig())
    assert [c.reason for c in doc.changes] == ["spam:keyword_list"]
    assert spam.SEPARATORS_RE.split("亚洲 I 欧美") == ["亚洲", "欧美"]
    assert spam.SEPARATORS_RE.split("iPhone Air") == ["iPhone", "Air"]  # an I inside a word is the word's


# --- a sole keyword of one strong term and weak ones; a spam site's number --------------------------


@pytest.mark.parametrize(("line", "sole"), [
    ("久久久欧美国产", True),  # one strong term and two weak ones, all of the line
    ("久久久欧美", True),  # one strong and one weak: two distinct terms
    ("久久久", False),  # one term alone
    ("欧美国产", False),  # weak terms only
    ("999国产精品视频| 亚洲", True),  # the site's number counts as covered
    ("国产精品视频|亚洲甲乙", True),  # 8 of 10 without digits
    ("国产精品视频|亚洲甲乙丙", False),  # 8 of 11
])
def test_sole_keyword_of_one_strong_term_among_weak_ones(line, sole):
    assert is_sole_keyword(line, S) is sole


def test_sole_keyword_of_one_strong_term_follows_min_strong_terms():
    assert is_sole_keyword("久久久欧美国产", SpamConfig(min_strong_terms=3))  # three distinct terms
    assert not is_sole_keyword("久久久欧美", SpamConfig(min_strong_terms=3))


def test_sole_keyword_of_weak_terms_goes_on_the_last_line_only():
    last = "久久久欧美国产"
    assert run([TITLE, *BODY, last]) == ([TITLE, *BODY], [last])
    assert run([TITLE, *BODY[:3], last, *BODY[3:]])[1] == []


# --- a hijacker's headline in Latin letters on a Chinese page ---------------------------------------


@pytest.mark.parametrize("line", ["link slot gacor", "server 4d slot", "pyramid slot login", "Situs Judi Online"])
def test_latin_keyword_line_at_the_top_is_removed(line):
    assert spam.is_latin_keyword_line(line)
    assert run([line, TITLE, *BODY]) == ([TITLE, *BODY], [line])


@pytest.mark.parametrize("line", [
    "slot machine sales rose",  # "slot" is weak: an English word
    "Reuters",
    "situs judi online 甲",  # a Han character: not a Latin line
    "a b c d e f slot gacor",  # eight words: a sentence
])
def test_latin_line_without_evidence_is_no_keyword_line(line):
    assert not spam.is_latin_keyword_line(line)


def test_latin_keyword_line_word_limit():
    assert spam.MAX_LATIN_KEYWORD_WORDS == 6
    assert spam.is_latin_keyword_line("a b c d slot gacor")  # six words
    assert not spam.is_latin_keyword_line("a b c d e slot gacor")  # seven


def test_latin_keyword_line_needs_the_edge():
    line = "server 4d slot"
    lines = [TITLE, *BODY[:3], line, *BODY[3:], *BODY]
    assert run(lines)[1] == []


def test_latin_keyword_line_needs_a_chinese_page():
    """On a page of Latin text the line is in the page's own script: no evidence of a hijacker."""
    english = ["Slots revenue rose in Macau.", "The casino operators gained."]
    assert run(["server 4d slot", *english])[1] == []  # one strong term: no list's evidence
    # the Han characters of the page's first lines decide: MIN_HAN_PAGE_CHARS of them
    assert spam.MIN_HAN_PAGE_CHARS == 20
    assert run(["server 4d slot", "甲" * 20, *english])[1] == ["server 4d slot"]
    assert run(["server 4d slot", "甲" * 19, *english])[1] == []


def test_spaced_terms_count_in_a_keyword_list():
    """``situs judi`` is one strong term across the blank a list is split at."""
    evidence = spam.lexicon_evidence(["situs", "judi", "gacor"])
    assert evidence.strong_terms == {"situs judi", "gacor"}
    assert spam._looks_like_spam("situs judi gacor", S)
    assert not spam._looks_like_spam("situs gacor", S)


def test_a_latin_keyword_line_is_looked_for_near_the_edges_only():
    """Header lines the edge's count skips are looked past up to NEAR_EDGE_LINES + edge_lines lines."""
    assert spam.NEAR_EDGE_LINES == 8 and S.edge_lines == 3
    meta = "来源：新华社"
    reach = spam.NEAR_EDGE_LINES + S.edge_lines
    inside = [meta] * (reach - 1) + ["server 4d slot", TITLE, *BODY]  # the line at index reach - 1: near
    assert run(inside)[1] == ["server 4d slot"]
    beyond = [meta] * reach + ["server 4d slot", TITLE, *BODY * 3]  # at index reach: not looked at
    assert run(beyond)[1] == []
