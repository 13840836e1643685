"""Issue 5's layouts end to end through ``cleaner.clean``: each in both scripts, with the default
conversion and with ``variant = "none"``, read to the same fields; nothing real lost; idempotent.
"""

import pytest

from cleaner import Config, clean, clean_and_explain
from cleaner.config import ConvertConfig

S_TITLE = "银行理财新规落地影响几何"
T_TITLE = "銀行理財新規落地影響幾何"
S1 = "近年来，商业银行持续加大对小微企业的信贷投放力度，贷款余额同比增长12.5%。"
T1 = "近年來，商業銀行持續加大對小微企業的信貸投放力度，貸款餘額同比增長12.5%。"
S2 = "业内人士指出，贵州茅台(600519)于2023年3月5日公布分红方案，约7.12亿元。"
T2 = "業內人士指出，貴州茅台(600519)於2023年3月5日公佈分紅方案，約7.12億元。"
NONE = Config(convert=ConvertConfig("none"))

# name → (header lines above the title, header lines below it, expected fields)
LAYOUTS = {
    "author_above_title": (
        ["作者：李四"],
        ["2017-11-08 16:22"],
        {"authors": ("李四",), "published_at": "2017-11-08T16:22"},
    ),
    "labels_any_order": (
        [],
        ["瀏覽次數：766 發佈時間：2017-11-08 16:22 來源：金融虎 作者：王小明"],
        {"authors": ("王小明",), "published_at": "2017-11-08T16:22", "source_name": "金融虎", "views": 766},
    ),
    "outlet_reporter": ([], ["每經記者 史青偉 每經編輯 肖芮冬"], {"editor": "肖芮冬"}),
    "date_glued_to_author": (
        [],
        ["2024-03-05 12:41:42张明军"],
        {"authors": ("张明军",), "published_at": "2024-03-05T12:41:42"},
    ),
    "square_bullet_author": ([], ["■胡建辉"], {"authors": ("胡建辉",)}),
    "newspaper_editor": ([], ["报纸编辑：黄旭"], {"editor": "黄旭", "authors": ()}),
    "date_after_unknown_crumb": (
        ["首页 > 理财频道"],
        ["发布时间:2017-11-08 16:22"],
        {"published_at": "2017-11-08T16:22", "category": "理财频道"},
    ),
    "bare_labels": ([], ["日期 2017-11-08 來源 金融虎 瀏覽次數 766"], {"published_at": "2017-11-08", "views": 766}),
    "chinese_date": ([], ["2015年11月30日"], {"published_at": "2015-11-30"}),
    "date_prefix": ([], ["date 2025-12-13"], {"published_at": "2025-12-13"}),
    "count_after": ([], ["2024-01-02 10:00 330 查看"], {"views": 330, "published_at": "2024-01-02T10:00"}),
    "count_people": ([], ["来源：金融虎 阅读:3250人次"], {"views": 3250, "source_name": "金融虎"}),
    "count_traditional": ([], ["閱讀:163"], {"views": 163}),
    "crumb_daohang": (["导航:首页>理财>基金"], [], {"category": "基金"}),
    "crumb_no_spaces": (["首頁>理財>基金"], [], {"category": "基金"}),
    "crumb_slash": (["首页 / 理财 / 基金"], [], {"category": "基金"}),
    "crumb_no_prefix": (["理财 > 基金 > 正文"], [], {"category": "基金"}),
    "several_authors": (
        [],
        ["作者：张三、李四 来源：新华财经"],
        {"authors": ("张三", "李四"), "source_name": "新华财经"},
    ),
    "journal_issue": ([], ["信贷观察 2024年第11期"], {"source_name": "信贷观察"}),
}


def _page(above, below, title=S_TITLE, paragraphs=(S1, S2)):
    return "\n".join([*above, title, *below, *paragraphs])


@pytest.mark.parametrize("name", sorted(LAYOUTS))
@pytest.mark.parametrize("config", [None, NONE], ids=["t2s", "none"])
def test_layout_fields(name, config):
    above, below, expected = LAYOUTS[name]
    article, changes = clean_and_explain(_page(above, below), config)
    assert article.title == S_TITLE
    for field, value in expected.items():
        assert getattr(article, field) == value, field
    assert article.lead == (S1, S2)  # nothing real lost: numbers, date in prose, ticker
    removed = [c.text for c in changes if c.is_removal]
    assert len(removed) == len(above) + len(below)


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_layout_idempotent(name):
    above, below, _ = LAYOUTS[name]
    once = clean(_page(above, below))
    assert clean(once.text).text == once.text
    assert clean(once.text).title == once.title


def test_traditional_page_reads_the_same_in_both_variants():
    page = _page([], ["發佈時間：2017-11-08 16:22 來源：金融虎 瀏覽次數：766"], T_TITLE, (T1, T2))
    converted = clean(page)
    kept = clean(page, NONE)
    assert converted.title == S_TITLE and kept.title == T_TITLE
    assert converted.lead == (S1, S2)
    assert kept.lead == (T1, T2)
    for article in (converted, kept):
        assert (article.published_at, article.views) == ("2017-11-08T16:22", 766)
    assert (converted.source_name, kept.source_name) == ("金融虎", "金融虎")


def test_traditional_reporter_bracket_in_both_variants():
    page = _page([], [], T_TITLE, ("(記者安然 朱玲)" + T1, T2))
    for config in (None, NONE):
        article = clean(page, config)
        assert article.authors == ("安然", "朱玲")
        assert len(article.lead) == 2
        assert article.lead[0].endswith("12.5%。")


def test_traditional_outlet_reporter_in_both_variants():
    page = _page([], ["每經記者 史青偉"], T_TITLE, (T1, T2))
    assert clean(page).authors == ("史青伟",)
    assert clean(page, NONE).authors == ("史青偉",)


def test_traditional_trailer_and_editor_with_variant_none():
    page = "\n".join([T_TITLE, T1, T2, "責任編輯：趙六", "相關文章", "基金定投的三個誤區", "債券基金怎麼選"])
    article, changes = clean_and_explain(page, NONE)
    assert article.editor == "趙六"
    assert article.lead == (T1, T2)
    assert {"structure:editor", "structure:trailer"} <= {c.reason for c in changes}


def test_lead_repeated_as_a_summary_is_kept_once():
    lead = "3月17日，多家银行下调了存款利率，幅度在十个基点左右，引发市场关注。"
    page = "\n".join([S_TITLE, "【电脑报在线】" + lead[:30] + "…", lead, S2])
    article, changes = clean_and_explain(page)
    assert article.lead == (lead, S2)
    assert [c.reason for c in changes if c.is_removal] == ["boilerplate:summary"]


def test_app_prompt_is_never_the_title():
    article = clean("\n".join(["APP下载", S_TITLE, "2017-11-08 16:22", S1, S2]))
    assert article.title == S_TITLE
    assert article.lead == (S1, S2)


def test_simplified_page_keeps_its_zhe():
    line = "这位著名学者在著作中写道，部分产品打著创新旗号。"
    assert clean(f"{S_TITLE}\n{line}").lead == (line,)


def test_traditional_zhe_particle_in_listed_words():
    article = clean(f"{T_TITLE}\n隨著市場發展，這意味著著作權保護更顯著。")
    assert article.lead == ("随着市场发展，这意味着著作权保护更显著。",)


@pytest.mark.parametrize(
    ("traditional", "simplified"),
    [
        ("監管部門打著創新旗號。", "监管部门打着创新旗号。"),
        ("投資者行使著自己的權利。", "投资者行使着自己的权利。"),
        ("每份合同都標著到期日。", "每份合同都标着到期日。"),
    ],
)
def test_traditional_zhe_after_any_verb(traditional, simplified):
    assert clean(f"{T_TITLE}\n{traditional}").lead == (simplified,)


def test_clean_simplified_page_changes_nothing():
    page = "\n".join([S_TITLE, S1, "一、市场概况", S2, "1. 银行", "2. 券商"])
    article = clean(page)
    assert article.text == page
    assert article.removed == ()


def test_comparison_is_no_breadcrumb_end_to_end():
    line = "营收 > 预期 > 去年"
    article = clean("\n".join([S_TITLE, line, S1]))
    assert article.lead == (line, S1)
    assert article.category is None


@pytest.mark.parametrize(
    "lines",
    [[S_TITLE, "见习记者 李丽", S1], [S_TITLE, *(f"{S1[:-1]}第{i}段。" for i in range(14)), "特约记者 孟子衿"]],
    ids=["top", "end"],
)
def test_trainee_reporter_line_does_not_crash_clean(lines):
    article = clean("\n".join(lines))
    assert article.title == S_TITLE
    assert lines[2] in article.lead
