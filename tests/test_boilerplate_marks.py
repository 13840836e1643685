"""boilerplate: a picture's mark, the page's keyword line and a journal's library codes — lines
with no words of the article, each taken out with its reason (the keywords moved, not lost)."""

import pytest

from cleaner import clean
from cleaner.config import BoilerplateConfig
from cleaner.document import Document
from cleaner.stages import boilerplate
from cleaner.stages.boilerplate import line_kind

S = BoilerplateConfig()
TITLE = "银行理财新规落地影响几何"
P1 = "近年来，商业银行持续加大对小微企业的信贷投放力度，贷款余额同比增长12.5%。"


@pytest.mark.parametrize(
    "line",
    ["（資料圖）", "(资料图片)", "【资料图】", "【图】", "(图1)", "(图片来源：某网)", "（摄影 张三）",
     "（本报记者 张三 摄）", "(图／AI生成)", "（资料图片：某某）", "图片", "配图", "Image 9", "Pexels Photo 1769544",
     "圖片來源:某銀行APP截圖"],
)  # fmt: skip
def test_a_pictures_mark_alone_is_furniture(line):
    assert line_kind(line, S) == "boilerplate:picture"


@pytest.mark.parametrize(
    "line",
    ["【短视频文化现象观察】", "（图表）", "【图解】", "（照常营业）", "图片展示了近十年的走势。",
     "(图1：近十年走势。)", "Image processing stocks rallied"],
)  # fmt: skip
def test_a_bracket_holding_a_pictures_word_or_a_sentence_about_one_stays(line):
    assert line_kind(line, S) is None


@pytest.mark.parametrize(
    ("line", "terms"),
    [
        ("关键词：数字普惠金融；融资约束", ("数字普惠金融", "融资约束")),
        ("[關鍵詞] 黃金現貨延遲交易;雙向交易;金融", ("黃金現貨延遲交易", "雙向交易", "金融")),
        ("【关键词】理财", ("理财",)),
        ("本文关键词：A股", ("A股",)),
        ("Keywords: gold, bank", ("gold", "bank")),
        ("关键词：", ()),
    ],
)
def test_a_keyword_line_goes_and_its_terms_are_the_keywords(line, terms):
    doc = boilerplate.run(Document.from_text("\n".join((TITLE, line, P1))), S)
    assert [(c.reason, c.text) for c in doc.changes] == [("boilerplate:keywords", line)]
    assert tuple(c.value for c in doc.evidence if c.field == "keywords") == terms


@pytest.mark.parametrize(
    "line",
    ["关键词解读", "关键词是什么？", "关键词：理财。本文介绍银行理财产品的五大要点。",
     "本文关键词不多，读者可自行检索"],
)
def test_a_line_about_keywords_is_no_keyword_line(line):
    assert line_kind(line, S) is None


def test_the_keyword_lines_terms_reach_the_article():
    article = clean("\n".join((TITLE, "关键词：理财；小微企业", P1)))
    assert article.keywords == ("理财", "小微企业")
    assert "关键词" not in article.text


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("[中图分类号]F291[文献标识码]A[文章编号]1006-480X(2009)04-0042-09", "boilerplate:classification"),
        ("中圖分類號:F299 文獻標識碼:A", "boilerplate:classification"),
        ("DOI:10.3969/j.issn.1006-480X.2009.04.005", "boilerplate:classification"),
        ("中图分类号的用法与检索技巧", None),  # about the codes, no code: a headline
    ],
)
def test_a_journals_library_codes_are_furniture(line, kind):
    assert line_kind(line, S) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("中央內容區塊", "boilerplate:site_notice"),  # an accessibility anchor
        (":::主要內容區", "boilerplate:site_notice"),
        ("開通VIP，暢享免費電子書等14項超值服", "boilerplate:app_prompt"),  # a membership upsell
        ("回到頁首", "boilerplate:more_link"),  # a link back to the page's top
        ("爱奇艺开通VIP会员数同比增长两成。", None),  # a sentence that mentions it is prose
    ],
)
def test_page_anchors_and_upsells_are_furniture(line, kind):
    assert line_kind(line, S) == kind


@pytest.mark.parametrize(
    "line",
    [
        "央行利率連七凍，維持重貼現率各為2％。圖／本報資料照片",  # a picture's word and a slash
        "台股衝破3萬2大關，散戶笑看法人追高。（示意圖／PIXABAY）",
        "台股今天收盤再刷新高紀錄，微貶0.9分。聯合報系資料照／記者黃仲明攝影",  # a file photo's credit
        "台股基金，績效傲人。聯合報系資料照",
        "新闻发布会现场。 国新网 图",  # a source and 图 after a sentence
    ],
)
def test_a_caption_closed_by_a_pictures_credit_is_furniture(line):
    assert line_kind(line, S) == "boilerplate:caption"


@pytest.mark.parametrize(
    "line",
    [
        "新华社发（刘满仓摄）",  # a photographer's credit alone is no caption's evidence (galleries)
        "随风摇摆的大月亮【延时拍摄】",
        "本文分析了资产配置的问题（见图1）",
        "市场人士表示，如下图",
        "央行今日宣布降准。资金面将更宽松。市场反应积极。券商普遍看好。（图／示例）",  # four sentences
        "示" * 116 + "。图／示例",  # 121 characters: over MAX_CAPTION_CHARS
    ],
)
def test_prose_and_a_photographers_credit_are_no_caption(line):
    assert line_kind(line, S) != "boilerplate:caption"


def test_caption_limits():
    assert (boilerplate.MAX_CAPTION_CHARS, boilerplate.MAX_CAPTION_SENTENCES) == (120, 3)
    three = "央行今日宣布降准。资金面将更宽松。市场反应积极。（图／示例）"
    assert line_kind(three, S) == "boilerplate:caption"
    assert line_kind("示" * 115 + "。图／示例", S) == "boilerplate:caption"  # 120 characters: the limit


def test_a_credit_inside_a_bracket_that_opens_the_line_is_no_caption():
    assert line_kind("（记者 张莉萍 图/文）", S) is None  # the writers' bracket closing an article
