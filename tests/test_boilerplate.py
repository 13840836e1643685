"""boilerplate: nav bars, more links, app/download/copyright/site notices, page tools, share bars,
ads, comment trailers, repeats and summaries — in both scripts, each with a reason id.

Every removal test checks what stays: numbers, dates in prose, English, tickers and brackets.
Thresholds of ``BoilerplateConfig`` are tested on both sides of their boundary.
"""

import pytest

from cleaner import Config, clean, clean_and_explain
from cleaner.config import BoilerplateConfig, ConvertConfig
from cleaner.document import Document
from cleaner.stages import boilerplate
from cleaner.stages.boilerplate import MAX_SEGMENT_CHARS, is_comment_heading, is_nav_bar, line_kind, repeats

S = BoilerplateConfig()
TITLE = "银行理财新规落地影响几何"
P1 = "近年来，商业银行持续加大对小微企业的信贷投放力度，贷款余额同比增长12.5%。"
P2 = "业内人士指出，贵州茅台(600519)于2023年3月5日公布分红方案，约7.12亿元。"
P3 = "Analysts at Morgan Stanley expect the yield to fall, she said."
P4 = "截至2024年末，理财产品存续规模约为29.95万亿元（同比增长7.8%）。"


def run(*lines, settings=S):
    doc = boilerplate.run(Document.from_text("\n".join(lines)), settings)
    return doc.texts, [(c.reason, c.text) for c in doc.changes]


# --- line kinds -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("首页 | 新闻 | 财经 | 联系我们", "boilerplate:nav"),
        ("首页 · 财经 · 关于我们", "boilerplate:nav"),
        ("首页 | 财经 | 股票 | 基金", "boilerplate:nav"),
        ("首頁 | 會員登錄 | 網站地圖", "boilerplate:nav"),
        ("更多 >", "boilerplate:more_link"),
        ("查看更多>>", "boilerplate:more_link"),
        ("【返回顶部】", "boilerplate:more_link"),
        ("第1页 / 共26页", "boilerplate:pager"),  # a document site's pager
        ("第12页/共120页", "boilerplate:pager"),
        ("示例研究报告.pdf_第3页", "boilerplate:pager"),  # a page's caption: the document, then its page
        ("第二章 第1页", None),
        ("本报告共3页。", None),
        ("标题导航", "boilerplate:page_tools"),  # one tool word of MIN_LONE_TOOL_CHARS alone
        ("资源描述", "boilerplate:page_tools"),
        ("下载 相关 举报", "boilerplate:page_tools"),
        ("评论", None),  # shorter: it may head a paragraph
        ("Advertisement", "boilerplate:ad"),
        ("Ad Block Ad Block", "boilerplate:ad"),  # an ad blocker's placeholder
        ("[ad_1]", "boilerplate:ad"),  # a blog's ad slot left empty
        ("全文预览已结束", "boilerplate:download"),
        ("版权说明：本文档由用户提供并上传，若内容存在侵权，请进行举报", "boilerplate:copyright"),
        ("原文連結", "boilerplate:more_link"),  # a link to the original, Taiwan's word, either script
        ("阅读原文", "boilerplate:more_link"),
        ("回上方", "boilerplate:more_link"),  # back to top
        ("原文链接：央行发布公告", None),  # a link's label with its title: not the link word alone
        ("更多", "boilerplate:more_link"),
        ("下载本文档", "boilerplate:download"),
        ("下載本文檔", "boilerplate:download"),
        ("已阅读5页，还剩22页未读，继续免费阅读", "boilerplate:download"),  # a document site's reading meter
        ("本报告可在官网继续免费阅读全文。", None),  # a sentence that mentions it: prose
        ("APP下载", "boilerplate:app_prompt"),
        ("下载、打开", "boilerplate:page_tools"),  # an app banner's two buttons
        ("跳至主要內容區塊", "boilerplate:site_notice"),  # an accessibility link past the menus
        ("如题所述", "boilerplate:site_notice"),  # a Q&A site's placeholder under the question
        ("织梦内容管理系统", "boilerplate:site_notice"),  # a CMS's name left in the text as a watermark
        ("Powered by Discuz! X3.4", "boilerplate:site_notice"),
        ("更多干货，请关注示例研究中心", "boilerplate:app_prompt"),  # a follow prompt
        ("评论 点击收藏", "boilerplate:page_tools"),
        ("打开App，阅读全文", "boilerplate:app_prompt"),
        ("扫一扫，关注微信公众号", "boilerplate:app_prompt"),
        ("加入Line好友", "boilerplate:app_prompt"),  # Taiwan's messaging app
        ("打开网易新闻 查看更多图片", "boilerplate:app_prompt"),  # a portal's news app over a gallery
        ("请更新您的浏览器", "boilerplate:site_notice"),  # an old browser's notice, which took a title
        ("加入示例题库 LINE 将同步发送重点 LINE ID: abc123", "boilerplate:app_prompt"),  # its account to add
        ("Copyright © 2003-2024 理财网 版权所有", "boilerplate:copyright"),
        ("版權所有 © 理財網", "boilerplate:copyright"),
        ("转载请注明出处", "boilerplate:copyright"),
        ("京ICP备12345678号", "boilerplate:copyright"),
        ("分享到：微信 微博 QQ空间", "boilerplate:share"),
        ("分享到朋友圈", "boilerplate:share"),
        ("微信 微博", "boilerplate:share"),
        ("字号：大 中 小", "boilerplate:page_tools"),
        ("打印本页 关闭窗口", "boilerplate:page_tools"),
        ("收藏 纠错 举报", "boilerplate:page_tools"),
        ("瀏覽模式: 普通 | 列表", "boilerplate:page_tools"),  # a view switch, either script
        ("下载掌阅APP，畅读海量书库", "boilerplate:app_prompt"),  # the app's name inside
        ("扫码下载财经客户端", "boilerplate:app_prompt"),
        ("0:00 / 0:00", "boilerplate:player"),
        ("00:00 / 12:30", "boilerplate:player"),
        ("本篇文章509字，读完约1分钟", "boilerplate:reading_time"),
        ("本篇文章509字,讀完約1分鐘", "boilerplate:reading_time"),
        ("全文共1,234字，阅读大约需要5分钟", "boilerplate:reading_time"),
        ("阅读时间：3分钟", "boilerplate:reading_time"),
        ("预计阅读时长 2 分钟", "boilerplate:reading_time"),
        ("本文共616字", "boilerplate:reading_time"),  # the word count alone: the same badge
        ("全文约2,000字", "boilerplate:reading_time"),
        ("免费预览已结束，剩余201页可下载查看", "boilerplate:download"),  # a document site's preview ends
        ("央行表示，阅读时间约3分钟的报告已发布。", None),  # a sentence that mentions it: prose
        ("本篇文章509字", None),  # no reading time: not the badge
        ("本文共字，预计阅读时间。", "boilerplate:reading_time"),  # the badge, its numbers not rendered
        ("本文共字", None),  # a fragment: no reading time
        ("扫描分享", "boilerplate:page_tools"),  # a QR code's caption
        ("按 Enter 到主內容區", "boilerplate:site_notice"),  # an accessibility link
        ("文章预览", "boilerplate:page_tools"),
        ("论文部分内容阅读", "boilerplate:page_tools"),
        ("随机配图", "boilerplate:page_tools"),
        ("下一篇 》", "boilerplate:prev_next"),
        ("« 上一篇", "boilerplate:prev_next"),
        ("【广告】理财产品限时优惠", "boilerplate:ad"),
        ("广告", "boilerplate:ad"),
        ("赞助商链接", "boilerplate:ad"),
        ("欢迎访问本站", "boilerplate:site_notice"),
        ("歡迎訪問本站", "boilerplate:site_notice"),
    ],
)
def test_line_kinds(line, kind):
    assert line_kind(line, S) == kind


@pytest.mark.parametrize(
    "line",
    [
        P1,
        P2,
        P3,
        P4,
        "A股",
        "下载",
        "打印",
        "推荐",
        "分享经济模式让更多人受益。",
        "更多新闻资讯请关注本站的每日推送，感谢支持",
        "新闻 | 财经 | 股票",  # channel names alone: a category line, not a nav bar
        "首页 | 新闻 | 财经",  # three segments, one nav word
        "Hello, world: it works!",
        "9:30 / 15:00",  # a trading session: a player not yet played shows 0:00 first
        "下载招商银行APP后，登录并点击理财频道即可购买",  # how-to prose: more than a slogan after it
        "下载个税APP办理退税",
        "如何下载个税APP",
        "本文共616字，分三个部分介绍基金定投",  # the count inside a sentence
        "上一篇：央行宣布降准",  # a link with its title: the trailer reader's, not a bare link
        "下一篇文章将介绍基金定投。",
        "比分 2:1 / 3:0",
    ],
)
def test_article_text_is_no_furniture(line):
    assert line_kind(line, S) is None


def test_two_word_nav_bar_from_the_issue():
    assert line_kind("| 会员登录 | 站点地图 |", S) == "boilerplate:nav"


@pytest.mark.parametrize(
    "line",
    [
        "该行推出的手机银行APP下载量已突破一亿次。",
        "律师指出，未经许可转载他人文章可能构成侵权。",
        "投资者可在官网免费下载年报全文。",
        "用户扫一扫即可完成支付，这一功能推动了移动支付普及。",
    ],
)
def test_short_sentence_mentioning_a_prompt_word_stays(line):
    assert line_kind(line, S) is None


def test_nav_bar_segment_length_boundary():
    assert MAX_SEGMENT_CHARS == 8
    at = "首页 | 会员登录 | " + "理" * MAX_SEGMENT_CHARS
    over = "首页 | 会员登录 | " + "理" * (MAX_SEGMENT_CHARS + 1)
    assert is_nav_bar(at)
    assert not is_nav_bar(over)


def test_nav_bar_mostly_known_needs_four_segments():
    assert is_nav_bar("首页 | 财经 | 股票 | 基金")
    assert not is_nav_bar("首页 | 财经 | 股票")
    assert is_nav_bar("首页 | 财经 | 甲乙 | 丙丁")  # one nav word, half the segments known
    assert not is_nav_bar("首页 | 财经 | 甲乙 | 丙丁 | 戊己")  # less than half known


def test_nav_bar_with_sentence_marks_is_prose():
    assert not is_nav_bar("首页，会员登录，站点地图，联系我们")


def test_more_link_arrow_allowance():
    assert line_kind("更多" + " >>>>>", S) == "boilerplate:more_link"  # six more characters
    assert line_kind("更多" + " >>>>>>", S) is None  # seven


def test_ad_prefix_forms():
    for prefix in ("【广告】", "[广告]", "（广告）", "(广告)"):
        assert line_kind(prefix + "低息贷款", S) == "boilerplate:ad"
    assert line_kind("广告业收入增长显著", S) is None


# --- thresholds -----------------------------------------------------------------------------------


def test_max_prompt_chars_boundary():
    assert S.max_prompt_chars == 40
    at = "APP下载" + "理" * (S.max_prompt_chars - 5)
    assert len(at) == S.max_prompt_chars
    assert line_kind(at, S) == "boilerplate:app_prompt"
    assert line_kind(at + "理", S) is None
    at_share = "分享到" + "理" * (S.max_prompt_chars - 3)
    assert line_kind(at_share, S) == "boilerplate:share"
    assert line_kind(at_share + "理", S) is None


def test_max_prompt_chars_is_configurable():
    line = "下载本文档" + "理" * 10
    assert line_kind(line, BoilerplateConfig(max_prompt_chars=15)) == "boilerplate:download"
    assert line_kind(line, BoilerplateConfig(max_prompt_chars=14)) is None


def test_max_notice_chars_boundary():
    assert S.max_notice_chars == 120
    at = "版权所有" + "理" * (S.max_notice_chars - 4)
    assert len(at) == S.max_notice_chars
    assert line_kind(at, S) == "boilerplate:copyright"
    assert line_kind(at + "理", S) is None
    notice = "订阅本站" + "理" * (S.max_notice_chars - 4)
    assert line_kind(notice, S) == "boilerplate:site_notice"
    assert line_kind(notice + "理", S) is None
    texts, _ = run(TITLE, at + "理", P1)
    assert texts == [TITLE, at + "理", P1]


def test_min_repeat_chars_boundary():
    assert S.min_repeat_chars == 20
    at = "理" * (S.min_repeat_chars - 1) + "。"
    short = at[1:]
    assert len(at) == S.min_repeat_chars
    texts, changes = run(TITLE, at, P1, at)
    assert texts == [TITLE, at, P1]
    assert changes == [("boilerplate:repeat", at)]
    texts, changes = run(TITLE, short, P1, short)
    assert texts == [TITLE, short, P1, short]
    assert changes == []


def test_repeat_without_a_full_stop_needs_twice_the_length():
    at = "理" * (2 * S.min_repeat_chars)
    short = at[1:]
    texts, _ = run(TITLE, at, P1, at)
    assert texts == [TITLE, at, P1]
    texts, _ = run(TITLE, short, P1, short)
    assert texts == [TITLE, short, P1, short]  # a title echo, perhaps: left for structure


def test_repeat_ignores_a_leading_tag_and_spaces():
    texts, changes = run(TITLE, "【电脑报在线】" + P1, P2, P1.replace("，", "， "))
    assert texts == [TITLE, "【电脑报在线】" + P1, P2]
    assert [r for r, _ in changes] == ["boilerplate:repeat"]


def test_summary_cut_off_with_an_ellipsis():
    summary = "【电脑报在线】" + P1[:25] + "…"
    texts, changes = run(TITLE, summary, P1, P2)
    assert texts == [TITLE, P1, P2]
    assert changes == [("boilerplate:summary", summary)]


@pytest.mark.parametrize("ending", ["…", "……", "...", "......", "。。。", "… \t"])
def test_every_ellipsis_ends_a_summary(ending):
    summary = P1[:25] + ending
    texts, _ = run(TITLE, summary, P1)
    assert texts == [TITLE, P1]


@pytest.mark.parametrize("ending", ["..", "。。", "…。", "-"])
def test_other_endings_make_no_summary(ending):
    line = P1[:25] + ending
    texts, _ = run(TITLE, line, P1)
    assert line in texts


def test_summary_stem_boundary():
    stem_at = P1[: S.min_repeat_chars]
    texts, _ = run(TITLE, stem_at + "...", P1)
    assert texts == [TITLE, P1]
    stem_short = P1[: S.min_repeat_chars - 1]
    texts, _ = run(TITLE, stem_short + "...", P1)
    assert texts == [TITLE, stem_short + "...", P1]


def test_summary_only_before_its_paragraph_nearby():
    summary = P1[:25] + "……"
    texts, _ = run(TITLE, summary, P2, P3, P4, "补充说明。", P1)
    assert summary in texts  # the paragraph it begins is more than three lines on


def test_repeats_function():
    assert repeats([P1, P2, P1], S) == {2: "boilerplate:repeat"}
    assert repeats([P1, P2], S) == {}


# --- comments -------------------------------------------------------------------------------------


def test_comment_headings():
    for line in ("发表评论", "网友评论", "網友評論", "已有 3 条评论", "共12条留言", "【我要评论】"):
        assert is_comment_heading(line), line
    assert not is_comment_heading("评论员认为")
    assert not is_comment_heading("业内评论认为市场将回暖。")


def test_comment_count_in_brackets():
    assert is_comment_heading("评论(12)")


def test_comment_trailer_goes_with_everything_after_it():
    texts, changes = run(TITLE, P1, P2, P4, "网友评论", "说得好", "学习了")
    assert texts == [TITLE, P1, P2, P4]
    assert changes == [("boilerplate:comments", "网友评论\n说得好\n学习了")]


def test_comment_heading_at_the_top_is_text():
    texts, changes = run(TITLE, "网友评论", P1, P2, P3, P4)
    assert texts == [TITLE, "网友评论", P1, P2, P3, P4]
    assert changes == []


def test_comments_tail_share_boundary():
    """With 100 lines and a share of 0.4, the tail starts at line 60: a heading there counts, at 59 not."""
    assert S.comments_tail_share == 0.4
    lines = [f"段落{i:03d}" for i in range(100)]
    at = lines.copy()
    at[60] = "发表评论"
    texts, _ = run(*at)
    assert texts == lines[:60]
    before = lines.copy()
    before[59] = "发表评论"
    texts, changes = run(*before)
    assert texts == before
    assert changes == []


def test_long_comment_heading_is_no_heading():
    texts, _ = run(TITLE, P1, P2, "评论" * 11)
    assert texts == [TITLE, P1, P2, "评论" * 11]


# --- end to end -----------------------------------------------------------------------------------


def test_furniture_removed_end_to_end_and_the_article_stays():
    page = "\n".join(
        [
            "首页 | 新闻 | 财经 | 联系我们",
            TITLE,
            "2024-03-15 09:30 来源：零壹财经",
            "分享到：微信 微博 QQ空间",
            P1,
            "【广告】低息贷款限时申请",
            P2,
            P3,
            "更多 >",
            P4,
            "下载本文档",
            "Copyright © 2003-2024 理财网 版权所有",
        ]
    )
    article, changes = clean_and_explain(page)
    assert article.title == TITLE
    assert article.source_name == "零壹财经"
    assert article.lead == (P1, P2, P3, P4)
    reasons = {c.reason for c in changes if c.is_removal}
    assert {
        "boilerplate:nav", "boilerplate:share", "boilerplate:ad", "boilerplate:more_link",
        "boilerplate:download", "boilerplate:copyright",
    } <= reasons  # fmt: skip


TRADITIONAL_PAGE = "\n".join(
    [
        "首頁 | 會員登錄 | 網站地圖",
        "銀行理財新規落地影響幾何",
        "發佈時間：2024-03-15 09:30 來源：零壹財經 瀏覽次數：766",
        "近年來，商業銀行持續加大對小微企業的信貸投放力度，貸款餘額同比增長12.5%。",
        "下載本文檔",
        "業內人士指出，貴州茅台(600519)於2023年3月5日公佈分紅方案，約7.12億元。",
        "網友評論",
        "說得好",
    ]
)


@pytest.mark.parametrize("variant", ["t2s", "none"])
def test_traditional_furniture_whatever_the_variant(variant):
    article, changes = clean_and_explain(TRADITIONAL_PAGE, Config(convert=ConvertConfig(variant)))
    reasons = [c.reason for c in changes if c.is_removal]
    assert "boilerplate:nav" in reasons
    assert "boilerplate:download" in reasons
    assert "boilerplate:comments" in reasons
    assert article.views == 766
    assert article.published_at == "2024-03-15T09:30"
    assert len(article.lead) == 2
    assert "(600519)" in article.lead[1]
    assert "7.12" in article.lead[1]
    if variant == "none":
        assert article.title == "銀行理財新規落地影響幾何"
        assert article.source_name == "零壹財經"
    else:
        assert article.title == "银行理财新规落地影响几何"


def test_boilerplate_can_be_skipped():
    article = clean(f"{TITLE}\n{P1}\n下载本文档\n{P2}", Config(skip={"boilerplate"}))
    assert "下载本文档" in article.lead


def test_boilerplate_is_idempotent():
    page = f"首页 | 新闻 | 财经 | 联系我们\n{TITLE}\n{P1}\n更多 >\n{P2}\n{P1}"
    once = clean(page)
    assert clean(once.text).text == once.text


# --- the phrase gate ------------------------------------------------------------------------------


def _lines_from_every_phrase() -> list[str]:
    from cleaner.lexicon import boilerplate_phrases

    kinds = ("more_links", "ads", "nav_words", "share", "page_tools", "app_prompts", "download",
             "copyright", "site_notices", "channel_names", "comment_headings")  # fmt: skip
    lines = ["【广告】理财产品限时优惠", "分享至：微信", P1, P2, P3, P4]
    for kind in kinds:
        phrases = boilerplate_phrases(kind)
        for n, phrase in enumerate(phrases):
            other = phrases[(n + 1) % len(phrases)]
            lines += [phrase, f"{phrase} >>", f"| {phrase} | {other} |", f"{phrase} {other}", f"{phrase}，{P1}"]
    return lines


def test_the_phrase_gate_changes_no_decision(monkeypatch):
    # The gate clears lines that hold no phrase of any kind before the kinds are tried; with a gate
    # that lets every line through, every line must get the same kind: a kind the gate forgot fails.
    lines = _lines_from_every_phrase()
    gated = [line_kind(line, S) for line in lines]
    assert sum(kind is not None for kind in gated) > len(lines) // 3  # the lines do reach the kinds
    monkeypatch.setattr(boilerplate, "_any_phrase_re", lambda: __import__("re").compile(""))
    assert [line_kind(line, S) for line in lines] == gated


# --- hostile input --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["…" * 200_000 + "中", "." * 200_000 + "中", "中" + "…" * 200_000 + " " * 1000 + "中"],
    ids=["ellipsis-run", "dot-run", "ellipsis-then-blanks"],
)
def test_a_long_run_of_ellipses_is_linear(line):
    import time

    start = time.perf_counter()
    run(P1, line, P2, line)
    assert time.perf_counter() - start < 10


# --- edges the mutation run found unpinned ----------------------------------------------------------


def test_a_notice_sentence_must_open_with_the_phrase():
    assert line_kind("本文来源于网络，如有侵权请联系删除。", S) == "boilerplate:copyright"
    assert line_kind("即本文来源于网络，如有侵权请联系删除。", S) is None  # one character before it: prose


def test_only_a_bar_drawn_round_both_ends_makes_two_segments_a_nav_bar():
    assert is_nav_bar("| 会员登录 | 站点地图 |")
    assert not is_nav_bar("| 会员登录 | 站点地图")
    assert not is_nav_bar("会员登录 | 站点地图 |")
    assert not is_nav_bar("会员登录 | 站点地图")  # unbarred, two segments are too few
    assert is_nav_bar("会员登录 | 站点地图 | 联系我们")


def test_channel_names_alone_make_no_nav_bar():
    assert is_nav_bar("首页 | 股票 | 基金 | 证券")  # one nav word, the rest known
    assert not is_nav_bar("财经 | 股票 | 基金 | 证券")  # known, but no nav word: a breadcrumb's job


def test_one_share_word_is_no_share_bar():
    assert line_kind("微信 微博", S) == "boilerplate:share"
    assert line_kind("微信", S) is None


def test_only_a_line_cut_off_with_an_ellipsis_is_a_summary():
    texts, changes = run(TITLE, P1[:25], P1)  # the words a later paragraph begins with, but no …
    assert texts == [TITLE, P1[:25], P1]
    assert changes == []


def test_a_summary_needs_a_longer_paragraph_after_it():
    stem = P1[:25]
    texts, _ = run(TITLE, stem + "…", stem)
    assert texts == [TITLE, stem + "…", stem]  # the same words without the ellipsis: no summary


def test_a_summary_looks_three_lines_ahead():
    summary = P1[:25] + "……"
    texts, _ = run(TITLE, summary, P2, P4, P1)
    assert summary not in texts  # its paragraph is the third line on
    texts, _ = run(TITLE, summary, P2, P3, P4, P1)
    assert summary in texts  # the fourth: too far


def test_a_notice_line_of_exactly_max_notice_chars_goes():
    at = "版权所有" + "理" * (S.max_notice_chars - 4)
    texts, changes = run(TITLE, P1, at)
    assert texts == [TITLE, P1]
    assert changes == [("boilerplate:copyright", at)]


def test_blank_lines_do_not_count_in_the_comment_tail():
    texts, _ = run(TITLE, P1, P2, "网友评论", "说得好", *[""] * 10)
    assert "网友评论" not in texts and "说得好" not in texts


def test_comment_heading_length_boundary():
    at = "已有3条评论" + "理" * 14
    assert len(at) == 20 and is_comment_heading(at) and is_comment_heading(at + "理")
    texts, _ = run(TITLE, P1, P2, at, "说得好")
    assert texts == [TITLE, P1, P2]
    texts, _ = run(TITLE, P1, P2, at + "理", "说得好")
    assert texts == [TITLE, P1, P2, at + "理", "说得好"]


def test_a_comment_block_is_one_change_whatever_its_lines_repeat():
    texts, changes = run(TITLE, P1, P2, P4, "发表评论", "顶", "顶", "发表评论")
    assert texts == [TITLE, P1, P2, P4]
    assert changes == [("boilerplate:comments", "发表评论\n顶\n顶\n发表评论")]


def test_a_comment_heading_closing_the_page_goes_alone():
    texts, changes = run(TITLE, P1, P2, P4, "网友评论")
    assert texts == [TITLE, P1, P2, P4]
    assert changes == [("boilerplate:comments", "网友评论")]


def test_a_lone_tool_word_needs_min_lone_tool_chars():
    assert boilerplate.MIN_LONE_TOOL_CHARS == 4
    settings = BoilerplateConfig()
    assert boilerplate.line_kind("收藏文章", settings) == "boilerplate:page_tools"  # four characters
    assert boilerplate.line_kind("打印本页", settings) == "boilerplate:page_tools"
    assert boilerplate.line_kind("纠错", settings) is None  # two: only beside another tool word
    assert boilerplate.line_kind("« 返回前頁列印", settings) == "boilerplate:page_tools"  # a link's arrow
    assert boilerplate.line_kind("« 纠错", settings) is None
    assert boilerplate.line_kind("A+ A A-", settings) == "boilerplate:page_tools"  # a font-size widget
    assert boilerplate.line_kind("A股", settings) is None


def test_a_document_sites_page_captions_go_and_name_the_title_as_evidence():
    lines = [
        "季度存款报告", "第1页 / 共3页", "季度存款报告_第2页", "正文第一段。", "季度存款报告_第3页", "正文第二段。"
    ]
    doc = boilerplate.run(Document.from_text("\n".join(lines)), BoilerplateConfig())
    assert doc.texts == ["季度存款报告", "正文第一段。", "正文第二段。"]
    assert [(c.field, c.value, c.origin) for c in doc.evidence] == [("title", "季度存款报告", "page-caption")]


@pytest.mark.parametrize(
    ("line", "tools"),
    [
        ("【字号】", True),  # a short button alone: its brackets make it one
        ("[关闭窗口]", True),
        ("【打印】 【关闭】", True),
        ("【评论】", True),
        ("评论", False),  # bare, it may head a paragraph
        ("【重磅】", False),  # not a button's word
        ("【字号】央行宣布降准", False),  # text after it
    ],
)
def test_buttons_in_brackets_are_page_tools(line, tools):
    from cleaner.config import BoilerplateConfig
    from cleaner.stages.boilerplate import line_kind

    assert (line_kind(line, BoilerplateConfig()) == "boilerplate:page_tools") is tools


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("首页 | 电子报首页 | 版面导航 | 标题导航", "boilerplate:nav"),  # an e-paper's navigation
        ("上一篇  下一篇 放大 缩小 默认", "boilerplate:page_tools"),  # buttons, links to the next story among them
        ("上一期  下一期", "boilerplate:page_tools"),
        ("上一篇 央行宣布降准", None),  # a link with the story's title: prev_next's own rule, not a button row
    ],
)
def test_an_epapers_navigation_and_button_rows(line, kind):
    from cleaner.config import BoilerplateConfig
    from cleaner.stages.boilerplate import line_kind

    assert line_kind(line, BoilerplateConfig()) == kind


def _run(lines):
    from cleaner.config import BoilerplateConfig
    from cleaner.document import Document
    from cleaner.stages import boilerplate

    return [t for t in boilerplate.run(Document.from_text("\n".join(lines)), BoilerplateConfig()).texts if t.strip()]


LAST = "这一出人意料的举动预计将在周一欧洲债券市场开盘时引发动荡。"


def test_a_run_of_button_words_alone_is_a_widget():
    widget = ["设置字型大小×", "最小", "较小", "默认", "较大", "最大", "分享×"]
    assert _run([LAST, *widget]) == [LAST]
    assert _run([LAST, "最小", "", "最大", "分享×"]) == [LAST]  # three, a blank line between


def test_a_widgets_bulleted_buttons_under_its_label_are_a_run():
    # 字級： / • 大字 / • 中字 / • 小字: the bullets and the label's colon are no words of the buttons
    assert _run(["字級：", "• 大字", "• 中字", "• 小字", LAST]) == [LAST]
    assert _run(["• 大字", "• 中字", LAST]) == ["• 大字", "• 中字", LAST]  # two: MIN_TOOL_RUN is three


def test_two_button_words_alone_stay():
    # MIN_TOOL_RUN is three: 推荐 or 评论 alone, or two of them, may be the text's own words
    first = "瑞信170亿美元债券的持有者的投资将被抹去。"
    assert _run([first, "推荐", "评论", LAST]) == [first, "推荐", "评论", LAST]


NEWS = [("沪深股市初段造好", "2025-04-14 HKT 09:39"), ("台股开市后上升", "2025-04-14 HKT 09:11"),
        ("韩股初段升逾1%", "2025-04-14 08:24")]  # fmt: skip


def test_headlines_each_over_its_time_three_in_a_row_are_a_news_list():
    lines = [LAST, *(line for pair in NEWS for line in (pair[0], "", pair[1]))]
    assert _run(lines) == [LAST]


def test_two_headlines_over_their_times_or_a_timeline_stay():
    two = [LAST, *(line for pair in NEWS[:2] for line in pair)]
    assert _run(two) == two  # MIN_NEWS_PAIRS is three
    timeline = [LAST, "央行宣布降准", "2025-04-14", "市场应声上涨", "2025-04-15", "成交额放大", "2025-04-16"]
    assert _run(timeline) == timeline  # dates without their times: an article's own timeline


@pytest.mark.parametrize(("size", "listed"), [(40, True), (41, False)])
def test_a_news_lists_headline_is_forty_characters_at_most(size, listed):
    head = ("沪深股市初段造好" * 6)[:size]
    lines = [LAST, head, "2025-04-14 HKT 09:39", *(line for pair in NEWS[1:] for line in pair)]
    assert (_run(lines) == [LAST]) is listed


@pytest.mark.parametrize(
    ("line", "nav"),
    [
        ("首页财经股票大盘个股新股行情港股美股基金理财黄金银行保险私募信托期货我的金融界", True),
        ("首页新闻财经股票基金理财", True),  # six words read off it, 首页 among them
        ("首页新闻财经股票基金", False),  # five: MIN_GLUED_NAV_WORDS is six
        ("新闻财经股票基金理财保险银行", False),  # channel words only: no navigation word among them
        ("首页新闻财经股票基金理财的一些看法和建议", False),  # under MIN_GLUED_NAV_SHARE of it read
        ("黄金期货行情", False),
        # a single blank here and there is no separator: a Hong Kong site's footer
        ("回主页 关于我们使用条款及细则版权及免责声明私隐政策 联络我们", True),
        ("新闻 财经 股票 基金 关于我们", False),  # five words, blanks between: still five
    ],
)
def test_a_nav_bar_whose_separators_were_lost(line, nav):
    assert boilerplate.MIN_GLUED_NAV_WORDS == 6
    assert (boilerplate.line_kind(line, BoilerplateConfig()) == "boilerplate:nav") is nav


@pytest.mark.parametrize(
    ("line", "tools"),
    [
        ("【字体：打印", True),  # a bracket cut off: still the buttons
        ("【字体：大 中 小】【打印】【关闭】", True),
        ("字号：默认 超大", True),
        ("【推荐】好文", False),  # a word besides the buttons
        ("打印", False),  # one short button word alone, unbracketed, may head a paragraph
    ],
)
def test_buttons_with_their_brackets_kept_or_lost(line, tools):
    assert (boilerplate.line_kind(line, BoilerplateConfig()) == "boilerplate:page_tools") is tools


@pytest.mark.parametrize(
    ("line", "nav"),
    [
        ("网站首页 证券欺诈维权征集及进展 上市公司问题发布", True),  # home, then sections between blanks
        ("首页 新闻 财经", True),  # MIN_MENU_ITEMS: three
        ("首页 新闻", False),  # two
        ("网站首页 证券欺诈维权征集及进展汇 上市公司问题发布", True),  # an item of twelve characters
        ("网站首页 证券欺诈维权征集及进展汇总 上市公司问题发布", False),  # thirteen: a phrase
        ("首页改版了 大家怎么看 欢迎留言", False),  # no home link alone first
        ("首页 > 财经 > 正文", False),  # a breadcrumb, read by structure
    ],
)
def test_a_menu_after_the_home_link_between_single_blanks(line, nav):
    assert (boilerplate.line_kind(line, BoilerplateConfig()) == "boilerplate:nav") is nav


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("(资料图片仅供参考)", "boilerplate:picture"),
        ("(相关资料图)", "boilerplate:picture"),
        ("（记者苏健忠／摄影）", "boilerplate:picture"),
        ("示例人寿遭金管会开罚120万元。（资料照，业者提供）", "boilerplate:caption"),  # a file photo's credit
        ("示例银行前10月获利仅24.8亿元。（记者王孟伦摄）", "boilerplate:caption"),  # a staff photographer's
        ("大埔林村河接近泛滥。（夏家朗摄）", None),  # a bare name's: a gallery prints its pictures' words so
        ("央行今天宣布降准。（记者王孟伦）", None),  # the writer's credit: no picture named
        ("date 2025-12-04 示例银行前10月获利仅24.8亿元。（记者王孟伦摄）", None),  # the crawler's stamp: its date
        ("请继续往下阅读...", "boilerplate:site_notice"),
    ],
)
def test_picture_credits_and_the_read_on_prompt(line, reason):
    assert boilerplate.line_kind(line, BoilerplateConfig()) == reason


def _ticker(rows):
    return [f"00:5{i} | {row} |" for i, row in enumerate(rows)]


@pytest.mark.parametrize(("rows", "listed"), [(3, True), (2, False)])
def test_a_news_tickers_timed_rows(rows, listed):
    # MIN_NEWS_PAIRS rows or more: the ticker; fewer may be a table's
    heads = ["示例基金获准设立财富管理子公司", "美债市场面临三重风险", "多地打出提振消费组合拳"][:rows]
    texts = ["央行今天宣布降准，市场反应积极。", *_ticker(heads)]
    doc = boilerplate.run(Document.from_text("\n".join(texts)), BoilerplateConfig())
    assert (doc.texts == [texts[0]]) is listed


def test_a_live_blogs_timed_sentences_are_no_ticker():
    texts = ["09:30 | 沪指高开0.5%。", "10:00 | 创业板指翻红。", "10:30 | 北向资金净流入20亿元。"]
    doc = boilerplate.run(Document.from_text("\n".join(texts)), BoilerplateConfig())
    assert doc.texts == texts


@pytest.mark.parametrize("line", ["读取中，请稍候", "加载中，请稍候...", "数据加载中...", "若长时间无响应，请刷新"])
def test_a_widgets_loading_placeholder(line):
    assert boilerplate.line_kind(line, BoilerplateConfig()) == "boilerplate:site_notice"


QUOTES = [("• 恒指", "21,251.98", "+614.74 (+2.98%)"), ("• 国指", "7,620.74", "+255.15 (+3.46%)"),
          ("• 美元", "7.7694", "-0.0010 (-0.01%)")]  # fmt: skip


@pytest.mark.parametrize(("quotes", "widget"), [(3, True), (2, False)])
def test_a_market_quotes_widget(quotes, widget):
    # MIN_QUOTES quotes or more, each a name, its price and its move a line each, under the widget's
    # heading: the widget goes; fewer may be the article's own table
    lines = [line for quote in QUOTES[:quotes] for line in quote]
    texts = ["香港股市 已收市", *lines, "央行今天宣布降准，市场反应积极。"]
    doc = boilerplate.run(Document.from_text("\n".join(texts)), BoilerplateConfig())
    assert (doc.texts == [texts[-1]]) is widget
    if widget:
        assert {c.reason for c in doc.changes} == {"boilerplate:quotes"}


@pytest.mark.parametrize(
    "broken",
    [
        ("• 恒指", "+614.74 (+2.98%)", "21,251.98"),  # the move before the price: no quote's order
        ("21,251.98", "21,251.98", "+614.74 (+2.98%)"),  # a figure for its name
        ("• 恒指", "21,251.98", "+614.74"),  # a move without its share
    ],
)
def test_a_quote_out_of_shape_breaks_the_widget(broken):
    texts = ["香港股市 已收市", *QUOTES[0], *broken, *QUOTES[2], "央行今天宣布降准，市场反应积极。"]
    doc = boilerplate.run(Document.from_text("\n".join(texts)), BoilerplateConfig())
    assert doc.texts == texts


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("访问手机端", "boilerplate:app_prompt"),
        ("敬爱的用户，您的浏览器版本过低，会导致页面浏览异常，建议您升级浏览器版本。", "boilerplate:site_notice"),
    ],
)
def test_a_mobile_site_link_and_an_old_browser_notice(line, reason):
    assert boilerplate.line_kind(line, BoilerplateConfig()) == reason
