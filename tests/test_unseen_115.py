"""Shapes from held-out sets 110-118 of unseen pages: an editor's label over the lead (【导语】) that is
no outlet's dispatch — each at its boundary, and the same article when cleaned again."""

import pytest

from cleaner.config import BoilerplateConfig
from cleaner.stages import boilerplate, bylines, header
from cleaner.stages.metadata import bracketed_reporters, parse_meta_line
from cleaner.stages.names import recognition_form

from .header_pages import cleaned_twice

P1 = "央行今日宣布下调存款准备金率0.5个百分点，释放长期资金约1万亿元，市场普遍认为此举有助稳定预期。"
P2 = "分析人士指出，降准落地后银行负债成本下降，有望带动贷款利率继续下行，支持实体经济融资。"
P3 = "业内人士表示，后续政策仍有空间，货币政策将保持稳健，并更加注重精准有效。"


# --- an editor's label over the lead is no dispatch ------------------------------------------------------


@pytest.mark.parametrize("label", ["导语", "摘要", "编者按"])
def test_an_editors_label_in_brackets_vouches_for_no_headline(label):
    keywords, headline = "某某股票价格，某某股价走势", "《某某股票深度解析：市场表现与投资策略》"
    lead = f"【{label}】 {P1}"
    assert not header._opens_with_dateline([header.Line(t) for t in (keywords, headline, lead)], 2)
    article = cleaned_twice("\n".join(["首页 股票 正文", keywords, "股票 2天前 4", headline, lead, P2, P3]))
    assert article.title == "某某股票价格，某某股价走势"


def test_an_outlets_bracket_over_the_lead_still_vouches_for_the_headline_above():
    lines = [header.Line(t) for t in ("某某股票价格，某某股价走势", "降准落地 银行负债成本下降", f"【大公報訊】 {P1}")]
    assert header._opens_with_dateline(lines, 2)


# --- an outlet's bracket with a blank before its dispatch's word ---------------------------------------


def test_a_name_a_blank_and_the_dispatchs_word_in_a_bracket_name_the_outlet():
    assert bylines.dateline_outlet(f"[某某之家 資訊] {P1}") == "某某之家"
    assert bylines.dateline_outlet(f"[某某之家 报道] {P1}") == "某某之家"
    assert bylines.dateline_outlet(f"[某某之家资讯] {P1}") is None  # no blank: 资讯 may be the name's own word
    assert bylines.dateline_outlet(f"[某某之家 新闻] {P1}") is None  # no dispatch's word after the blank


def test_the_bracket_opening_the_first_paragraph_is_no_headline_run_into_it():
    article = cleaned_twice("\n".join([f"[某某之家 資訊] 4月1日，{P1}", P2, P3]))
    assert article.source_name == "某某之家"
    assert article.title is None  # the page shows no headline; the bracket was split off as one
    assert article.text.startswith("[某某之家 资讯] 4月1日，央行")


# --- a list's bullet before the first paragraph's dateline, and before furniture ---------------------------


@pytest.mark.parametrize("bullet", ["• ", "● ", "- "])
def test_a_bullet_before_the_dateline_hides_neither_reporter_nor_outlet(bullet):
    title = "某某农商银行成功拦截一起电信诈骗"
    links = [f"{bullet}上一篇", f"{bullet}下一篇"]
    article = cleaned_twice("\n".join([title, *links, f"{bullet}某某日报讯(通讯员/沈青秀) {P1}", P2, P3]))
    assert article.authors == ("沈青秀",)
    assert article.source_name == "某某日报"
    assert "上一篇" not in article.text and "下一篇" not in article.text
    assert article.text.split("\n")[1] == P1


def test_a_slash_after_the_role_in_a_reporters_bracket_is_a_colons():
    assert bracketed_reporters(f"某某日报讯(通讯员/沈青秀) {P1}")[0] == ("沈青秀",)
    assert bracketed_reporters(f"某某日报讯(记者／王芳) {P1}")[0] == ("王芳",)
    assert bracketed_reporters(f"某某日报讯(通讯员|沈青秀) {P1}") is None


# --- an outlet closing the story in a bracket --------------------------------------------------------------


@pytest.mark.parametrize(("closing", "outlet"), [
    ("（中央社）", "中央社"),
    ("(新聞來源 : 工商時報)", "工商時報"),
    ("(新聞來源 : 工商時報一呂淑美/台北報導)", "工商時報"),
    ("（资料来源：某某新闻网）", "某某新闻网"),
])  # fmt: skip
def test_an_outlet_in_the_bracket_closing_the_story_is_its_source(closing, outlet):
    assert bylines.closing_source(P3 + closing) == outlet


@pytest.mark.parametrize("closing", ["（资料来源：国家统计局）", "（张三）", "（完）", "（中央社）补充说明"])
def test_a_bracket_naming_no_outlet_or_not_closing_the_line_is_no_source(closing):
    assert bylines.closing_source(P3 + closing) is None


def test_the_closing_outlet_is_read_above_the_pages_promos_but_not_above_a_later_paragraph():
    title = "央行宣布降准0.25个百分点"
    promos = ["某某新闻网-投诉爆料", "爆料信箱：news@example.com", "★加入某某Line，和我们做好友！", "阅读下一则"]
    assert cleaned_twice("\n".join([title, P1, P2 + "（中央社）", *promos])).source_name == "中央社"
    assert cleaned_twice("\n".join([title, P1 + "（中央社）", P2, *promos])).source_name is None


# --- a source line in its bracket, an outlet alone under the headline ---------------------------------------


@pytest.mark.parametrize("line", ["(資料來源 : 某某新聞網 )", "(來源 中央社)", "（来源：某某日报）"])
def test_a_source_line_in_its_bracket_in_the_header_is_read_and_goes(line):
    article = cleaned_twice("\n".join(["新闻稿", line, "财政预算案演辞（十四）", P1, P2, P3]))
    assert article.source_name is not None and article.source_name in recognition_form(line)
    assert "来源" not in article.text


def test_an_outlet_alone_right_under_the_headline_is_its_source():
    article = cleaned_twice("\n".join(["恒指收跌2.28% 南向净买入近30亿港元", "某某参考报", P1, P2]))
    assert article.source_name == "某某参考报"
    assert "某某参考报" not in article.text


@pytest.mark.parametrize(("under", "then"), [
    ("某某参考报", "关注"),  # over a follow button: a portal's account card
    ("关于某某网", "联系我们"),  # over a menu's links: one of them
    ("即时财经", P1),  # a word like 财经 ends a column's name too
])  # fmt: skip
def test_an_outlet_alone_under_the_headline_needs_the_story_or_a_meta_line_under_it(under, then):
    article = cleaned_twice("\n".join(["恒指收跌2.28% 南向净买入近30亿港元", under, then, P1, P2]))
    assert article.source_name is None


def test_a_source_label_in_the_header_outranks_an_outlet_alone_under_the_headline():
    article = cleaned_twice("\n".join(["恒指收跌2.28% 南向净买入近30亿港元", "某某参考报", "来源：某某证券报", P1, P2]))
    assert article.source_name == "某某证券报"


# --- page tools: a font-size switch, a version and language switch ------------------------------------------


@pytest.mark.parametrize("line", ["• 還原字體", "• 較大字體", "桌面版 English", "繁體 简体 English"])
def test_a_font_size_version_or_language_switch_is_page_furniture(line):
    assert boilerplate.line_kind(recognition_form(line), BoilerplateConfig()) == "boilerplate:page_tools"


# --- an outlet's name and a blank opening the first paragraph -------------------------------------------------


def test_a_sites_name_and_a_blank_opening_the_paragraph_is_its_dispatch():
    assert bylines.dateline_outlet(f"觀點網 開年第一周，{P1}") == "觀點網"
    assert bylines.dateline_outlet(f"即时财经 开年第一周，{P1}") is None  # 财经 may end a column's word
    assert bylines.dateline_outlet(f"觀點網開年第一周，{P1}") is None  # no blank: the sentence's own words


# --- dates: under the headline's caption, in the crawler's stamp before furniture, a bare label after ---------


def test_the_headlines_picture_caption_does_not_open_the_story_the_date_line_under_it_is_read():
    title = "行政院会明将通过某某特别预算案"
    caption = "行政院会明天将通过某某特别预算案，包括普发现金2360亿元。（资料照）"
    article = cleaned_twice("\n".join([title, caption, "2025/09/10 18:46", P1, P2]))
    assert article.published_at == "2025-09-10T18:46"
    assert "2025/09/10" not in article.text and caption in article.text


@pytest.mark.parametrize("notice", ["我是廣告 請繼續往下閱讀", "为达最佳浏览效果，建议使用 Chrome 的浏览器。"])
def test_the_crawlers_stamp_stays_when_the_furniture_after_it_goes(notice):
    article = cleaned_twice("\n".join([f" date 2025-10-17 {notice}", P1, P2]))
    assert article.published_at == "2025-10-17"
    assert any(c.reason == "boilerplate:site_notice" and c.text == recognition_form(notice) for c in article.removed)


@pytest.mark.parametrize(("line", "field", "value"), [
    ("2025/7/8 作者 赵漾", "authors", ("赵漾",)),
    ("2025-07-08 来源 某某日报", "source_name", "某某日报"),
])  # fmt: skip
def test_one_bare_label_after_the_date_opening_the_line_is_read(line, field, value):
    meta = parse_meta_line(line)
    assert (meta.published_at, getattr(meta, field)) == ("2025-07-08", value)


@pytest.mark.parametrize("line", ["作者 赵漾", "2025/7/8 评论 3", "据悉 2025/7/8 作者 赵漾", "2025/7/8 作者"])
def test_a_bare_label_needs_the_date_first_and_a_value(line):
    meta = parse_meta_line(line)
    assert meta is None or not meta.authors


# --- a page's description, cut off, printed above the story -----------------------------------------------


def test_a_cut_off_copy_of_the_first_paragraph_above_the_headline_goes_and_the_headline_is_the_title():
    title, teaser = "某某农商银行 成功拦截一起电信诈骗", (P1 + P2)[:45]
    assert not teaser.endswith("。")
    article = cleaned_twice("\n".join([teaser, title, "2025/7/8 作者 赵漾", P1 + P2, P3]))
    assert (article.title, article.authors) == (title, ("赵漾",))
    assert ("boilerplate:summary", teaser) in [(c.reason, c.text) for c in article.removed]


@pytest.mark.parametrize("cut", [39, 80])
def test_a_copy_is_cut_off_mid_sentence_and_twice_a_repeats_length(cut):
    settings = BoilerplateConfig()
    assert settings.min_repeat_chars == 20
    copy = (P1 + P2)[:cut]
    found = boilerplate.repeats([copy, "标题", P1 + P2], settings)
    assert (0 in found) == (cut >= 2 * settings.min_repeat_chars)
    assert 0 not in boilerplate.repeats([P1, "标题", P1 + P2], settings)  # a whole sentence: a paragraph's own
