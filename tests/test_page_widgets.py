"""A page's widgets and furniture around the story, as real pages print them: a card list of accounts
to follow, an e-paper's jump marks, a content farm's filler, a share box, a picture's address, a
site's greeting, a comment widget. Each goes with its reason; the story's own lines stay."""

import pytest

from cleaner import clean, clean_and_explain
from cleaner.config import BoilerplateConfig
from cleaner.document import Document
from cleaner.stages import boilerplate
from cleaner.stages.boilerplate import MAX_BLURB_CHARS, MAX_CARD_NAME_CHARS, MIN_CARDS, line_kind

S = BoilerplateConfig()
TITLE = "招商银行三季度净利润同比增长5%"
BYLINE = "来源：证券时报 2024-10-30 08:34"
P1 = "招商银行昨晚发布三季报，前三季度实现营业收入2562亿元，同比下降2.91%。"
P2 = "分析人士认为，息差收窄的压力仍在，但资产质量保持稳定。"
CARDS = [
    ("骑牛看熊", "拥有10多年的证券从业投资..."),
    ("牛牛扫板", "高准确率的大盘预判。热点龙..."),
    ("风口财经", "重视风口研究，擅长捕捉短线…"),
    ("短线荣耀", "主攻短线热点龙头为主，坚持..."),
]


def run(texts):
    return boilerplate.run(Document.from_text("\n".join(texts)), S)


@pytest.mark.parametrize(("cards", "widget"), [(MIN_CARDS - 1, False), (MIN_CARDS, True), (len(CARDS), True)])
def test_a_run_of_cards_each_a_name_over_a_cut_off_blurb_is_a_widget(cards, widget):
    lines = [line for card in CARDS[:cards] for line in card]
    texts = ["推荐关注更多", "", *lines, "", P1]
    doc = run(texts)
    assert (doc.texts == ["", "", P1]) is widget  # blank lines are no furniture
    if widget:
        assert {c.reason for c in doc.changes} == {"boilerplate:cards"}
    else:
        assert doc.texts == texts


def test_the_widgets_heading_goes_only_when_it_ends_in_its_more_link():
    lines = [line for card in CARDS for line in card]
    doc = run(["推荐关注", *lines, P1])
    assert doc.texts == ["推荐关注", P1]


@pytest.mark.parametrize(
    ("name", "blurb", "widget"),
    [
        ("甲" * MAX_CARD_NAME_CHARS, "拥有10多年的证券从业投资...", True),
        ("甲" * (MAX_CARD_NAME_CHARS + 1), "拥有10多年的证券从业投资...", False),
        ("骑牛看熊", "甲" * (MAX_BLURB_CHARS - 3) + "...", True),
        ("骑牛看熊", "甲" * (MAX_BLURB_CHARS - 2) + "...", False),
        ("骑牛看熊", "拥有10多年的证券从业投资。", False),  # a sentence, not cut off
        ("骑牛，看熊", "拥有10多年的证券从业投资...", False),  # a clause, no name
    ],
)
def test_a_card_out_of_shape_breaks_the_run(name, blurb, widget):
    texts = [*CARDS[0], name, blurb, *CARDS[2], P1]
    doc = run(texts)
    assert (doc.texts == [P1]) is widget


def test_an_articles_list_of_quotes_cut_off_is_no_widget():
    # quotes the article cuts short, each under its speaker's long line: no name is that short
    texts = [P1, "中信证券首席经济学家明明表示：", "降准之后……", "华泰证券固收团队认为：", "利率仍有下行空间……",
             "招商证券宏观团队指出：", "四季度仍将宽松……"]  # fmt: skip
    assert run(texts).texts == texts


def test_the_headline_under_a_card_widget_is_the_title():
    lines = [line for card in CARDS for line in card]
    article = clean("\n".join(["水晶球APP 高手云集的股票社区", "推荐关注更多", *lines, TITLE, BYLINE, P1, P2]))
    assert article.title == TITLE
    assert "骑牛看熊" not in article.text


@pytest.mark.parametrize(
    "mark", ["（上接C1版）", "(下转C3版)", "（下轉第3版）", "（转A2版）", "(续第十二版)", "（上接 D4 版）"]
)
def test_an_e_papers_jump_mark_alone_is_a_pager(mark):
    assert line_kind(mark, S) == "boilerplate:pager"


@pytest.mark.parametrize("line", ["（上接C1版面）", "（见C1版）", "（上接C1）", "（第3版）", "上接C1版"])
def test_other_brackets_are_no_jump_mark(line):
    assert line_kind(line, S) is None


def test_jump_marks_at_a_lines_ends_go_and_the_line_stays():
    texts = [f"（上接C1版）{TITLE}（下转C3版）", P1, f"{P2}(下转A2版)"]
    doc = run(texts)
    assert doc.texts == [TITLE, P1, P2]
    marks = [(c.reason, c.text) for c in doc.changes]
    assert marks == [("boilerplate:pager", mark) for mark in ("（上接C1版）", "（下转C3版）", "(下转A2版)")]


def test_a_jump_mark_inside_a_sentence_stays():
    line = "该公司（上接C1版）的说法并不准确。"  # never written so by a paper: left as it is
    assert run([TITLE, line]).texts == [TITLE, line]


def test_an_e_papers_title_loses_its_jump_marks():
    page = "\n\n".join(["稿件搜索", f"（上接C1版）{TITLE}（下转C3版）", "（上接C1版）", P1, P2])
    article, changes = clean_and_explain(page)
    assert article.title == TITLE
    assert "上接" not in article.text and "下转" not in article.text
    assert sum(c.reason == "boilerplate:pager" for c in changes) == 3


@pytest.mark.parametrize("line", ["页面二维码", "分享文章到微信", "總網頁瀏覽量", "总访问量"])
def test_a_share_boxs_caption_or_a_visit_counters_label_alone_is_a_page_tool(line):
    assert line_kind(line, S) == "boilerplate:page_tools"


@pytest.mark.parametrize("line", ["网站总访问量达1亿次。", "扫描页面二维码即可参与活动，名额有限。"])
def test_a_sentence_with_those_words_is_text(line):
    assert line_kind(line, S) is None


@pytest.mark.parametrize(
    "line",
    ["https://res.youuu.com/zjres/2023/8/1/cLdsvBIYXigCEcfIvxGDpzmNM2Nb7VxqlaC.jpg",
     "src=http___qqpublic.qpic.cn_qq_public_0_0-2462844161_0_fmt=jpg&size=54&refer=http___qqpublic.qpic.jpg",
     "//img.example.com/a/b.PNG", "www.example.com/pic/1.webp?w=900"],
)  # fmt: skip
def test_a_pictures_address_alone_is_a_picture(line):
    assert line_kind(line, S) == "boilerplate:picture"


@pytest.mark.parametrize(
    "line",
    ["详见 https://x.com/a.jpg 的图表。", "https://www.example.com/report.pdf", "https://x.com/a.jpg说明",
     "logo.png"],
)  # fmt: skip
def test_an_address_in_a_sentence_or_of_no_picture_stays(line):
    assert line_kind(line, S) is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [("+关注", "boilerplate:app_prompt"), ("＋關註", "boilerplate:app_prompt"),
     ("Hi, This website does not supports IFrame", "boilerplate:site_notice")],
)  # fmt: skip
def test_a_follow_button_and_a_frames_fallback_text(line, kind):
    assert line_kind(line, S) == kind


FILLER = "各位卡友都还不是很清楚吧，今天小编给大家带来详细的介绍，大家可以阅读一下，希望能给你带来参考价值。"


@pytest.mark.parametrize(
    "filler",
    [FILLER, "今天小编给大家带来详细的介绍。", "相信很多朋友都不太了解，下面就由小编为大家解答！",
     "很多人想知道信用卡逾期怎么办，小编为你整理了相关内容。"],
)  # fmt: skip
def test_a_content_farms_filler_sentence_goes_and_its_line_stays(filler):
    doc = run([TITLE + filler, P1 + filler + P2])
    assert doc.texts == [TITLE, P1 + P2]
    assert [(c.reason, c.text) for c in doc.changes] == [("boilerplate:filler", filler)] * 2


def test_a_headline_glued_to_the_farms_filler_is_the_title():
    article = clean(f"男子短信提示信用卡透支 求助“警察”被骗4800{FILLER}\n{P1}\n{P2}")
    assert article.title == "男子短信提示信用卡透支 求助“警察”被骗4800"
    assert "小编" not in article.text


@pytest.mark.parametrize(
    "sentence",
    ["小编认为这只股票值得关注。", "该报小编张三给大家介绍了理财知识的重要性，这是他的专栏。",
     "今天小编给大家带来" + "甲" * 61 + "。"],
)  # fmt: skip
def test_a_sentence_about_an_editor_or_longer_than_the_filler_stays(sentence):
    assert run([TITLE, P1 + sentence]).texts == [TITLE, P1 + sentence]


def test_a_page_idle_too_long_asks_for_a_reload():
    assert line_kind("網頁已經閒置了一段時間，為確保不會錯過最新的內容。請重新載入頁面。立即重新載入", S) == (
        "boilerplate:site_notice"
    )


def test_a_crawlers_stamp_stays_and_the_caption_after_it_goes():
    # the stamp is evidence structure reads; the caption goes now, not on a second run
    line = " date 2026-01-12 央行打炒房嚴控信用管制下，各建商一片哀嚎。圖為央行總裁楊金龍。（圖／報系資料庫）"
    doc = run([line, P1, P2])
    assert doc.texts == ["date 2026-01-12", P1, P2]
    assert [c.reason for c in doc.changes] == ["boilerplate:caption"]
    article = clean("\n".join([line, TITLE, P1, P2]))
    assert article.published_at == "2026-01-12" and "杨金龙" not in article.text
    assert clean(article.text).text == article.text


@pytest.mark.parametrize(
    ("line", "notice"),
    [("欢迎进入无为徽银村镇银行官方网站！", True), ("欢迎访问中国人民银行网站", True), ("欢迎光临本站", True),
     ("欢迎来到本次发布会，我们将介绍新产品。", False), ("各位嘉宾，欢迎来到2024陆家嘴论坛。", False)],
)  # fmt: skip
def test_a_sites_greeting_is_a_site_notice(line, notice):
    # the site's word must close it: a speech's 欢迎来到… is the article's
    assert (line_kind(line, S) == "boilerplate:site_notice") is notice


@pytest.mark.parametrize(
    ("line", "kind"),
    [("专家建议使用信用卡分期付款时注意手续费。", None), ("理财专家建议使用定投方式", None),
     ("为达最佳浏览效果，建议使用IE8以上版本浏览器", "boilerplate:site_notice")],
)  # fmt: skip
def test_advice_to_use_something_is_text_and_a_browser_notice_is_not(line, kind):
    # 建议使用 alone made a site notice of any short line that gave advice
    assert line_kind(line, S) == kind


def test_a_column_label_and_a_comment_forms_buttons():
    assert clean("\n".join([TITLE, "欄名:2014施政報告", P1, P2])).category == "2014施政报告"
    assert [line_kind(line, S) for line in ("我要回應", "我的稱呼", "驗証文字")] == ["boilerplate:page_tools"] * 3


def test_a_comment_widget_opened_by_its_button_goes_whole_and_the_byline_above_it_is_read():
    widget = ["评论一下", "评论 0人参与，0条评论", "最热评论", "最新评论"]
    page = "\n".join([TITLE, P1, P2, "（作者：程思思 熊思琪）", *widget])
    article = clean(page)
    assert article.authors == ("程思思", "熊思琪")
    assert article.text.endswith(P2)
    assert clean(article.text).text == article.text


def test_a_comment_heading_is_no_page_tool():
    # 我要留言 opens the readers' comments: dropped as a button, it would leave them all in
    page = "\n".join([TITLE, P1, P2, "我要留言", "网友甲：说得好", "网友乙：同意"])
    assert clean(page).text.endswith(P2)
