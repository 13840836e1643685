"""Shapes from held-out sets 77-79 of unseen pages: two writers' roles run together in a reporters'
bracket, a paper's outlet with its group's name before a dot, the site that ran a story over the paper
its reporter writes for, a scholar under her school after a journal's bullet, a company's document
named on two lines around its address — each at its boundary, and the same article when cleaned again."""

import pytest

from cleaner.stages.dates import find_date
from cleaner.stages.header import header_meta
from cleaner.stages.metadata import bracketed_reporters, parse_byline, parse_meta_line

from .header_pages import cleaned_twice

P1 = "截至5月末，全省小微企业贷款余额达4668.65亿元，占全省各项贷款比重的23.08%，小微企业贷款利率稳步下降。"
P2 = "全省金融系统把支持民营和小微企业发展作为服务实体经济的重点领域，注重发挥好货币政策工具的作用。"


@pytest.mark.parametrize(("line", "names"), [
    ("德州新闻网讯(德州晚报全媒体记者王南通讯员宋开峰)23日", ("王南", "宋开峰")),
    ("本报讯（记者张三实习生李四）近日", ("张三", "李四")),
    ("本报兰州讯(新甘肃·甘肃日报记者沈丽莉)来自", ("沈丽莉",)),  # the paper's group before a dot
    ("本报讯（记者 张三 通讯员 李四）", ("张三", "李四")),
    ("本报讯（记者王通讯）近日", ("王通讯",)),  # a role's word inside a name is no role: two characters after it
])  # fmt: skip
def test_writers_of_two_roles_run_together_in_a_bracket(line, names):
    assert bracketed_reporters(line)[0] == names


def test_the_site_that_ran_the_story_is_its_source_over_the_reporters_paper():
    meta, _ = header_meta("德州新闻网讯(德州晚报全媒体记者王南通讯员宋开峰)", None)
    assert (meta.authors, meta.source_name) == (("王南", "宋开峰"), "德州新闻网")
    meta, _ = header_meta("（德州晚报全媒体记者王南）", None)
    assert meta.source_name == "德州晚报"  # no dateline: the bracket's paper
    article = cleaned_twice(f"小微企业贷款利率稳步下降\n德州新闻网讯(德州晚报记者王南){P1}\n{P2}\n")
    assert (article.authors, article.source_name) == (("王南",), "德州新闻网")


@pytest.mark.parametrize(("line", "authors"), [
    ("◎云南大学 姚艷艷", ("姚艷艷",)),
    ("云南大学 姚艷艷", None),  # no bullet and no abstract under it: no evidence it is a byline
    ("◎清华大学 经济", None),  # no name after the school
])  # fmt: skip
def test_a_scholar_under_her_school_needs_a_journals_mark(line, authors):
    meta = parse_byline(line)
    assert (meta.authors if meta and meta.authors else None) == authors


def test_a_companys_document_named_on_two_lines_around_its_address():
    page = (
        "江苏银行股份有限公司\n(住所:江苏省南京市中华路26号)\n公开发行A股可转换公司债券上市公告书\n"
        f"{P1}\n{P2}\n"
    )
    article = cleaned_twice(page)
    assert article.title == "江苏银行股份有限公司公开发行A股可转换公司债券上市公告书"
    assert "（住所：江苏省南京市中华路26号）" in article.text  # the address stays
    other = cleaned_twice(f"江苏银行股份有限公司\n(住所:江苏省南京市中华路26号)\n{P1}\n{P2}\n")
    assert other.title == "江苏银行股份有限公司"  # no document under the address: the name alone


@pytest.mark.parametrize(("line", "day"), [
    ("中央银行新闻稿 103年10月23日发布", "2014-10-23"),  # Taiwan's era year without the era's name
    ("发布日期：113年5月2日", "2024-05-02"),
    ("民国103年10月23日", "2014-10-23"),
    ("98年10月23日", None),  # two digits may be 1998: not guessed
    ("2103年10月23日", None),  # inside a longer number
])  # fmt: skip
def test_an_era_year_of_three_digits_is_taiwans(line, day):
    found = find_date(line)
    assert (found.iso if found else None) == day


@pytest.mark.parametrize(("line", "day", "category"), [
    ("中央银行新闻稿 103年10月23日发布", "2014-10-23", None),
    ("2024年3月5日發布", "2024-03-05", None),
    ("2024-03-05 10:00 更新", "2024-03-05T10:00", None),
    ("今天2024年3月5日发布了新规", None, None),  # a sentence goes on after the word
    ("2024年3月5日发布，央行宣布", None, None),
])  # fmt: skip
def test_the_day_then_the_word_that_says_it_was_published(line, day, category):
    meta = parse_meta_line(line)
    assert ((meta.published_at, meta.category) if meta else (None, None)) == (day, category)


@pytest.mark.parametrize(("line", "outlet"), [
    ("中经联播讯( 通讯员刘和云)每一寸乡土", "中经联播"),  # the name a dispatch goes out under
    ("本报兰州讯(新甘肃·甘肃日报记者沈丽莉)来自", None),  # 本报: this paper, naming none
    ("讯（记者张三）近日", None),
])  # fmt: skip
def test_a_dispatch_names_its_outlet_known_or_not(line, outlet):
    assert bracketed_reporters(line)[2] == outlet


@pytest.mark.parametrize(("line", "day", "authors"), [
    ("Posted on 2025 年 6 月 13 日 by blacklistedbroke", "2025-06-13", ("blacklistedbroke",)),
    ("Posted on June 13, 2025 by John Smith", "2025-06-13", ("John Smith",)),
    ("Posted on 2025-06-13 by admin", "2025-06-13", ()),  # a placeholder names nobody
    ("2025-06-13 by 王小明", "2025-06-13", ("王小明",)),  # no verb, but the day is all before by
    ("他说 by the way 2025-06-13 by me", None, None),  # words before the day, no verb: a sentence
])  # fmt: skip
def test_an_english_blog_templates_posted_on_by_row(line, day, authors):
    meta = parse_meta_line(line)
    assert ((meta.published_at, meta.authors) if meta else (None, None)) == (day, authors)


@pytest.mark.parametrize(("title", "authors"), [
    ("《运筹帷幄－梁业豪》港股市场指数", ("梁业豪",)),
    ("《运筹帷幄-梁业豪》港股市场指数", ("梁业豪",)),
    ("《运筹帷幄－梁业豪》", ()),  # the brackets alone: no headline after them, no column of one
    ("《运筹帷幄－港股》市场指数", ()),  # no person's name after the dash
])  # fmt: skip
def test_a_columns_name_and_its_writers_opening_the_headline(title, authors):
    article = cleaned_twice(f"{title}\n2025-10-30 09:05\n{P1}\n{P2}\n")
    assert article.title == title
    assert article.authors == authors
