"""structure's trailer and reporters: editor, source line, a trailing view count, prev/next,
disclaimer, the 相关文章 trailer; （记者 …） brackets opening the first paragraphs.

Every cut is checked against what stays: the last real paragraph, numbers, dates in prose.
"""

import pytest

from cleaner import Config, clean, clean_and_explain
from cleaner.config import ConvertConfig, StructureConfig
from cleaner.document import Document
from cleaner.pipeline import assemble
from cleaner.stages import structure
from cleaner.stages.structure import (
    MAX_COUNT_LINE_CHARS,
    MAX_LINK_CHARS,
    MAX_TRAILER_LINES,
    READER_LINES,
    cut_trailer,
)

TITLE = "银行理财新规落地影响几何"
P1 = "近年来，商业银行持续加大对小微企业的信贷投放力度，贷款余额同比增长12.5%。"
P2 = "业内人士指出，贵州茅台(600519)于2023年3月5日公布分红方案，约7.12亿元。"
P3 = "分析人士认为，明年信贷增速有望保持平稳，利率仍将下行。"
P4 = "截至2024年末，理财产品存续规模约为29.95万亿元（同比增长7.8%）。"


def recover(*lines):
    doc = structure.run(Document.from_text("\n".join(lines)), StructureConfig())
    return assemble(doc), [(c.reason, c.text) for c in doc.changes if c.is_removal]


def test_a_second_different_editor_or_source_stays_in_the_text():
    """One field holds one editor and one source: a trailer line naming a second, different one is
    not removed (nothing would hold it), and the trailer ends there; the same name twice goes."""
    article, removed = recover(TITLE, P1, P2, "（编辑：孙七）", "责任编辑：赵六")
    assert article.editor == "赵六"
    assert article.lead == (P1, P2, "（编辑：孙七）")
    assert removed == [("structure:editor", "责任编辑：赵六")]
    article, removed = recover(TITLE, P1, P2, "（编辑：赵六）", "责任编辑：赵六")
    assert article.lead == (P1, P2)
    assert [r for r, _ in removed] == ["structure:editor", "structure:editor"]
    article, removed = recover(TITLE, P1, P2, "（来源：新华社）", "（来源：证券时报）")
    assert article.source_name == "证券时报"
    assert article.lead == (P1, P2, "（来源：新华社）")
    # a proofreader's credit is no second editor: the desk's credits go together (kept, a second run
    # would read 校对 as the editor), and the editor the page names as such stands
    article, removed = recover(TITLE, P1, P2, "校对：孙七", "责任编辑：赵六")
    assert article.editor == "赵六"
    assert article.lead == (P1, P2)
    assert removed == [("structure:editor", "校对：孙七"), ("structure:editor", "责任编辑：赵六")]


@pytest.mark.parametrize("order", [("编辑：翟存鸣", "审读：何海荣", "审核：陈晓军"), ("审核：陈晓军", "编辑：翟存鸣")])
def test_the_desks_credits_go_together_and_the_editor_is_the_one_named_so(order):
    article, removed = recover(TITLE, P1, P2, "记者：赵锐", *order)
    assert (article.editor, article.lead) == ("翟存鸣", (P1, P2))
    assert [text for reason, text in removed if reason == "structure:editor"] == list(order)


def test_a_review_credit_alone_gives_the_editor():
    article, _ = recover(TITLE, P1, P2, "审读：何海荣")
    assert (article.editor, article.lead) == ("何海荣", (P1, P2))


def test_a_reviewing_editor_above_the_topic_links_is_the_editor():
    article, removed = recover(TITLE, P1, P2, "审校：徐耀辉", "相关话题", "房地产", "债券")
    assert article.editor == "徐耀辉"
    assert ("structure:editor", "审校：徐耀辉") in removed
    article, _ = recover(TITLE, P1, P2, "审阅：徐耀辉", "相关话题", "房地产", "债券")
    assert article.editor is None  # 审阅 (read over) names no editor


def test_editor_source_and_count_lines_become_fields():
    article, removed = recover(TITLE, P1, P2, "（来源：证券时报）", "责任编辑：赵六", "本文已被阅读 2046 次")
    assert (article.editor, article.source_name, article.views) == ("赵六", "证券时报", 2046)
    assert article.lead == (P1, P2)
    assert [r for r, _ in removed] == ["structure:source_line", "structure:editor", "structure:meta_line"]


def test_traditional_trailer_read_without_conversion():
    page = "\n".join(
        ["銀行理財新規落地影響幾何", "近年來，商業銀行持續加大信貸投放。", "責任編輯：趙六", "相關文章", "基金定投技巧"]
    )
    article = clean(page, Config(convert=ConvertConfig("none")))
    assert article.editor == "趙六"
    assert article.lead == ("近年來，商業銀行持續加大信貸投放。",)


def test_prev_next_and_disclaimer():
    disclaimer = "免责声明：本文仅供参考，不构成投资建议。"
    article, removed = recover(TITLE, P1, P2, disclaimer, "上一篇：基金定投技巧", "下一篇：债券入门")
    assert article.lead == (P1, P2)
    assert [r for r, _ in removed] == ["structure:disclaimer", "structure:prev_next", "structure:prev_next"]


def test_related_articles_trailer():
    article, removed = recover(TITLE, P1, P2, "相关文章", "基金定投技巧", "债券入门指南")
    assert article.lead == (P1, P2)
    assert removed == [("structure:trailer", "相关文章\n基金定投技巧\n债券入门指南")]


def test_a_bare_date_at_the_end_is_a_signature_and_stays():
    article, removed = recover(TITLE, P1, P2, "2024年1月2日")
    assert article.lead == (P1, P2, "2024年1月2日")
    assert removed == []


def test_a_last_paragraph_that_mentions_a_source_stays():
    last = "来源：多家银行的公开数据显示，贷款利率仍在下行。"
    article, removed = recover(TITLE, P1, last)
    assert article.lead == (P1, last)
    assert removed == []
    assert article.source_name is None


def test_max_count_line_chars_boundary():
    assert MAX_COUNT_LINE_CHARS == 30
    at = "所属栏目：" + "理" * (MAX_COUNT_LINE_CHARS - 14) + " 浏览次数：766"
    assert len(at) == MAX_COUNT_LINE_CHARS
    end, said, changes = cut_trailer([P1, at])
    assert (end, said.views) == (1, 766)
    over = "所属栏目：" + "理" * (MAX_COUNT_LINE_CHARS - 13) + " 浏览次数：766"
    end, said, changes = cut_trailer([P1, over])
    assert (end, said.views, changes) == (2, None, [])


def test_max_link_chars_boundary():
    assert MAX_LINK_CHARS == 64
    at = "基" * MAX_LINK_CHARS
    end, _, _ = cut_trailer([P1, "相关文章", at])
    assert end == 1
    end, _, changes = cut_trailer([P1, "相关文章", at + "金"])
    assert (end, changes) == (3, [])


def test_prose_under_a_trailer_heading_keeps_it():
    end, _, changes = cut_trailer([P1, "相关文章", "银行理财新规落地。"])
    assert (end, changes) == (3, [])


def test_max_trailer_lines_boundary():
    assert MAX_TRAILER_LINES == 30
    links = [f"基金定投技巧第{i}讲" for i in range(MAX_TRAILER_LINES)]
    end, _, _ = cut_trailer([P1, "相关文章", *links[: MAX_TRAILER_LINES - 1]])
    assert end == 1
    end, _, changes = cut_trailer([P1, "相关文章", *links])
    assert (end, changes) == (MAX_TRAILER_LINES + 2, [])


# --- bracketed reporters --------------------------------------------------------------------------


def test_bracketed_reporters_become_authors_and_the_paragraph_stays():
    article, removed = recover(TITLE, "（记者 安然 朱玲）" + P1, P2)
    assert article.authors == ("安然", "朱玲")
    assert article.lead == (P1, P2)
    assert removed == [("structure:byline", "（记者 安然 朱玲）")]


def test_bracket_alone_on_its_line():
    article, _ = recover(TITLE, "（记者 安然）", P1, P2)
    assert article.authors == ("安然",)
    assert article.lead == (P1, P2)


def test_reader_lines_boundary():
    assert READER_LINES == 3
    paragraphs = [P1, P2, P3, P4]
    at = paragraphs.copy()
    at[READER_LINES - 1] = "本报讯（记者 安然）" + at[READER_LINES - 1]
    article, _ = recover(TITLE, *at)
    assert article.authors == ("安然",)
    over = paragraphs.copy()
    over[READER_LINES] = "本报讯（记者 安然）" + over[READER_LINES]
    article, _ = recover(TITLE, *over)
    assert article.authors == ()
    assert article.lead[READER_LINES] == over[READER_LINES]


def test_a_bracket_that_names_no_reporter_stays():
    line = "（一般为几天至一周）" + P1
    article, removed = recover(TITLE, line, P2)
    assert article.lead == (line, P2)
    assert removed == []


@pytest.mark.parametrize("variant", ["t2s", "none"])
def test_traditional_reporters(variant):
    page = "銀行理財新規落地影響幾何\n(記者安然 朱玲)近年來，商業銀行持續加大信貸投放。"
    article = clean(page, Config(convert=ConvertConfig(variant)))
    assert article.authors == ("安然", "朱玲")


def test_trailer_end_to_end_idempotent():
    page = "\n".join([TITLE, P1, P2, "责任编辑：赵六", "相关阅读 更多 >", "基金定投技巧", "债券入门指南"])
    article, _ = clean_and_explain(page)
    assert article.editor == "赵六"
    assert article.lead == (P1, P2)
    assert clean(article.text).text == article.text


def test_a_body_of_only_trailer_lines_is_cut_to_the_first():
    line = "上一篇：央行开展2000亿元逆回购操作"
    article, removed = recover(TITLE, line)
    assert article.lead == ()
    assert removed == [("structure:prev_next", line)]


def test_a_title_from_page_metadata_is_not_tidied_nor_recorded():
    """Only a title line of the text is tidied (its column prefix cut and recorded): a title taken
    from the page's metadata was never in the text, so no record may say it was removed from it."""
    from cleaner.document import Candidate, Line

    title = "【推荐阅读】" + TITLE
    doc = Document(raw="", lines=(Line(P1),), evidence=(Candidate("title", title, "og"),))
    done = structure.run(doc, StructureConfig())
    assert assemble(done).title == title
    assert [c for c in done.changes if c.is_removal] == []


def test_the_search_for_a_trailer_heading_stops_at_the_first_line():
    """A short line above a 相关文章 heading that ends the page is looked at, and nothing above the
    first line: no empty trailer is recorded, the line stays."""
    article, removed = recover(TITLE, "链接甲", "相关文章")
    assert article.lead == ("链接甲",)
    assert removed == [("structure:trailer", "相关文章")]


def test_a_trailer_heading_on_the_bodys_first_line_is_found():
    article, removed = recover(TITLE, "相关文章", "链接甲")
    assert article.lead == ()
    assert removed == [("structure:trailer", "相关文章\n链接甲")]


def test_a_byline_shaped_list_item_names_the_author_as_a_line_would():
    # the article's text keeps no list marks: a second run sees a plain line, so the first must read
    # the item as it would read that line (tests/test_properties.py: cleaning twice changes nothing)
    from cleaner.document import Hint, Line

    lines = (Line(TITLE), Line(P1), Line("作者：张三", Hint("item", 1, ordered=False)),
             Line("编辑：李四", Hint("item", 1, ordered=False)), Line(P2))
    done = structure.run(Document(raw="", lines=lines), StructureConfig())
    article = assemble(done)
    assert article.authors == ("张三",)
    assert [b.items for s in article.sections for b in s.blocks if b.type == "list"] == [("编辑：李四",)]
    plain = structure.run(Document(raw="", lines=tuple(Line(line.text) for line in lines)), StructureConfig())
    assert assemble(plain).authors == article.authors


def test_a_tags_heading_closes_the_text_and_the_source_above_it_is_read():
    # a wire page's end: its source line, the tags heading (the tag links were links, gone), a LINE prompt
    end, said, changes = cut_trailer([P1, P2, "新闻来源：中央社", "新闻关键字"])
    assert end == 2
    assert said.source_name == "中央社"
    assert [c.reason for c in changes] == ["structure:source_line", "structure:trailer"]
    end, _, _ = cut_trailer([P1, P2, "标签", "降准", "理财新规"])
    assert end == 2


@pytest.mark.parametrize("after", [0, 1, 9])
def test_an_editors_line_alone_among_the_last_ten_is_read_above_promos(after):
    # 责任编辑：张迪 over the page's promos, which are no trailer we know: the editor is read, the
    # line goes, the promos stay; CLOSING_EDITOR_LINES (10) lines are looked at, the editor's among them
    promos = [f"新浪新闻公众号第{n}期" for n in range(after)]
    article, removed = recover(TITLE, P1, P2, "责任编辑：张迪", *promos)
    assert article.editor == "张迪"
    assert article.lead == (P1, P2, *promos)
    assert ("structure:editor", "责任编辑：张迪") in removed


def test_an_editors_line_ten_lines_up_or_with_words_after_it_stays():
    promos = [f"新浪新闻公众号第{n}期" for n in range(10)]
    article, _ = recover(TITLE, P1, P2, "责任编辑：张迪", *promos)  # the eleventh line from the end
    assert article.editor is None and "责任编辑：张迪" in article.lead
    article, _ = recover(TITLE, P1, P2, "责任编辑：张迪 新浪新闻", "新浪新闻公众号")
    assert article.editor is None


def test_a_portals_staff_code_after_its_editors_name_is_not_the_name():
    article, removed = recover(TITLE, P1, P2, "责任编辑：杨倩_NF4425")
    assert article.editor == "杨倩"
    assert removed == [("structure:editor", "责任编辑：杨倩_NF4425")]


def test_a_closing_source_with_its_editor_on_one_line_is_a_meta_row():
    line = "本文来源：证券市场红周刊 责任编辑：杨倩"
    article, removed = recover(TITLE, P1, P2, line)
    assert (article.source_name, article.editor) == ("证券市场红周刊", "杨倩")
    assert article.lead == (P1, P2) and removed == [("structure:meta_line", line)]
    article, _ = recover(TITLE, P1, P2, "来源：新华社 作者：张三")  # no editor, no date: not this row
    assert article.editor is None


def test_an_editors_line_is_read_above_a_copyright_paragraph_not_above_the_articles_text():
    notice = "更多精彩资讯请下载示例网客户端。版权声明：本文版权归示例网所有，未经授权不得转载。"
    article, _ = recover(TITLE, P1, "编辑：杨柳青", notice)
    assert article.editor == "杨柳青" and article.lead == (P1, notice)
    article, _ = recover(TITLE, P1, "编辑：杨柳青", P2)  # a sentence of the article under it
    assert article.editor is None and article.lead == (P1, "编辑：杨柳青", P2)


@pytest.mark.parametrize("heading", ["推荐内容", "同类资讯"])
def test_a_sites_picks_heading_closing_the_text_goes_with_its_links(heading):
    article, removed = recover(TITLE, P1, P2, heading, "示例文章标题一", "示例文章标题二")
    assert article.lead == (P1, P2)
    assert removed[-1][0] == "structure:trailer"
