"""Shapes held-out sets 37–38 showed: wires' and outlets' datelines, a stock's code before the
headline, a path with its arrows lost, a page's line breaks drawn as tags, a site and its channel.
Each rule at its boundary, one side and the other."""

import pytest

from cleaner import clean
from cleaner.stages.bylines import dateline_outlet, dateline_reporters
from cleaner.stages.crumbs import parse_breadcrumb
from cleaner.stages.junk import cut_tags

from .header_pages import P1, TITLE, recover

P2 = "业内人士认为，监管部门将继续引导银行合理定价，保持信贷总量稳定增长。"


@pytest.mark.parametrize(
    ("line", "outlet", "reporters"),
    [
        ("【星島日報報道】澳博控股(00880)公布，首三季", "星島日報", ()),  # 报道 closing the bracket
        ("（中央社記者林育立柏林13日專電）德國研究機構", "中央社", ("林育立",)),  # 专电, not only 电
        ("格隆匯8月1日丨港股市場信義系股票集體下挫", "格隆匯", ()),  # a bar for the dispatch word
        ("【新唐人2024年11月5日訊】美國大選今天投票", "新唐人", ()),  # a dated bracket's shape names it
        ("【本报2023年03月13日讯】本地消息", None, ()),  # this paper's own: no outlet
        ("【2023年03月13日讯】本地消息", None, ()),
        ("8月1日丨港股市场集体下挫", None, ()),  # no words before the date
    ],
)
def test_an_outlets_dateline_in_the_shapes_wires_print(line, outlet, reporters):
    assert (dateline_outlet(line), dateline_reporters(line)) == (outlet, reporters)


@pytest.mark.parametrize(
    ("title", "headline"),
    [("【880】澳博上季盈利增65.2%", "澳博上季盈利增65.2%"), ("【00700】腾讯控股发布季度业绩", "腾讯控股发布季度业绩")],
)
def test_a_stocks_code_before_the_headline_is_cut(title, headline):
    article = clean(f"{title}\n来源：示例日报\n{P1}")
    assert article.title == headline and article.category is None


def test_a_code_before_a_short_headline_stays():
    assert clean(f"【880】澳博\n来源：示例日报\n{P1}").title == "【880】澳博"  # four characters left: too few


@pytest.mark.parametrize(
    ("line", "crumbs"),
    [
        ("首页快讯正文", ("首页", "快讯", "正文")),  # home, a section, the leaf: arrows lost
        ("首頁快訊正文", ("首頁", "快訊", "正文")),
        ("首页正文", None),  # no section between
        ("首页资讯国内行业资讯正文", None),  # more than one word: no split to guess
        ("首页推荐正文内容", None),
    ],
)
def test_a_path_with_its_arrows_lost_between_home_and_the_leaf(line, crumbs):
    assert parse_breadcrumb(line) == crumbs


def test_a_tag_that_breaks_a_line_parts_it():
    assert cut_tags("蘋果綠葉<br>融創上半年") == ("蘋果綠葉\n融創上半年", "<br>")
    assert cut_tags("正文<b>粗</b>体") == ("正文粗体", "<b></b>")  # an inline tag runs on
    article = clean(f"专栏<br>{TITLE}\n\n专栏\n{TITLE}\n\n{P1}\n{P2}")
    assert article.title == TITLE and f"专栏{TITLE}" not in article.text


def test_a_sites_name_and_its_channel_over_the_headline():
    article, _ = recover("新浪财经 债券", TITLE, "来源：示例日报", P1)
    assert (article.title, article.category, article.site_name) == (TITLE, "债券", "新浪财经")
    article, _ = recover("新浪财经 看点", TITLE, "来源：示例日报", P1)  # no channel's name: no category
    assert article.category is None


def test_a_line_running_on_from_an_address_into_the_article_loses_nothing():
    body = "此消息一出，引发一向依赖银行理财的人群惊恐。" * 8  # longer than a meta line
    line = f"某某咨询热点 http://example.com/a/1.html来源：示例网{body}"
    article = clean(f"{line}\n{P1}")
    assert body in article.text.replace("\n", "")
    article = clean(f"{TITLE} http://example.com/a/1.html 2008年03月31日 02:40 来源：示例网\n{P1}\n{P2}")
    assert (article.title, article.source_name) == (TITLE, "示例网")  # a short tail: the title's glue


def test_an_address_ends_where_chinese_text_runs_on():
    from cleaner.stages.title_shapes import URL_RE

    assert URL_RE.search("见 http://example.com/a.html来源：示例网").group(0) == "http://example.com/a.html"


@pytest.mark.parametrize(
    ("line", "authors", "source"),
    [
        ("文/ 《清华金融评论》兰银帆", ("兰银帆",), "清华金融评论"),  # the outlet in its title marks
        ("文/《中国经济周刊》 张三 李四", ("张三", "李四"), "中国经济周刊"),
        ("作者：《货币战争》读后感", (), None),  # a book's name and words: no writer
    ],
)
def test_an_outlet_in_title_marks_before_the_writers(line, authors, source):
    from cleaner.stages.metadata import parse_meta_line

    meta = parse_meta_line(line)
    assert (meta.authors, meta.source_name) == (authors, source)


@pytest.mark.parametrize(
    ("line", "authors"), [("(记者 张莉萍 文/图)", ("张莉萍",)), ("（记者 张莉萍 图/文）", ("张莉萍",))]
)
def test_a_closing_reporters_bracket_with_its_pictures_credit(line, authors):
    from cleaner.stages.bylines import CLOSING_WRITERS_RE

    assert clean(f"{TITLE}\n{P1}\n{P2}\n{line}").authors == authors
    assert CLOSING_WRITERS_RE.search(line)["names"] == authors[0]


def _trailer(teaser_chars):
    teaser = "由示例银行总行联合主办的企业合作对接会在南宁成功举办" + "示" * (teaser_chars - 27) + "。"
    assert len(teaser) == teaser_chars
    other = "年度品牌专项研究项目近日正式启动旨在挖掘过去一年卓越的品牌" + "研" * (teaser_chars - 30) + "。"
    assert len(other) == teaser_chars
    return [TITLE, P1, P2, "相关推荐", "示例银行连续七年举办企业对接会", teaser, "示例研究院启动年度专项研究", other]


def test_related_links_with_their_teasers_are_a_trailer():
    from cleaner.stages import structure

    assert structure.MAX_TEASER_CHARS == 200
    article = clean("\n".join(_trailer(200)))
    assert "相关推荐" not in article.text and "示例银行连续七年" not in article.text
    assert P2 in article.text
    article = clean("\n".join(_trailer(201)))  # a longer paragraph is the article's
    assert "相关推荐" in article.text


def test_a_paragraph_right_under_a_related_heading_is_no_teaser():
    article = clean("\n".join((TITLE, P1, "相关推荐", "示例研究院启动年度专项研究的意义在于推动品牌出海。")))
    assert "相关推荐" in article.text


def test_one_link_with_a_teaser_is_no_trailer():
    from cleaner.stages import structure

    assert structure.MIN_TEASERS == 2
    article = clean("\n".join(_trailer(120)[:-2]))  # one headline and its teaser under the heading
    assert "相关推荐" in article.text


@pytest.mark.parametrize(
    ("line", "authors", "source"),
    [
        ("文|财新周刊 石睿 刘佳英、陈鑫磊(实习)", ("石睿", "刘佳英", "陈鑫磊"), "财新周刊"),  # a note on one writer
        ("【文/某财经社 倪萍】", ("倪萍",), "某财经社"),  # the byline's own bracket
        ("文|财新周刊 张三 合同", ("张三",), None),  # a word that is no name: no outlet before writers
    ],
)
def test_an_outlet_before_writers_listed_any_way(line, authors, source):
    from cleaner.stages.metadata import parse_meta_line

    meta = parse_meta_line(line)
    assert (meta.authors, meta.source_name) == (authors, source)


@pytest.mark.parametrize(
    ("title", "headline", "category"),
    [
        ("（经济）农发行贷款余额超2500亿元", "农发行贷款余额超2500亿元", "经济"),  # a wire's channel
        ("（独家）农发行贷款余额超2500亿元", "（独家）农发行贷款余额超2500亿元", None),  # the headline's own
    ],
)
def test_a_channel_in_round_brackets_before_the_headline(title, headline, category):
    article = clean(f"{title}\n来源：示例日报\n{P1}")
    assert (article.title, article.category) == (headline, category)


@pytest.mark.parametrize(
    ("line", "title_like"),
    [
        ("2011年02月09日台湾", False),  # a stamp and its region's label
        ("2011年02月09日台湾股市开红盘", True),  # five characters after it: words of a headline
        ("颁布日期 |", False),  # a flattened table's cell
        ("颁布日期|发布", True),
    ],
)
def test_a_stamp_with_its_label_and_a_tables_cell_are_no_title(line, title_like):
    from cleaner.config import StructureConfig
    from cleaner.stages.title_shapes import is_title_like

    assert is_title_like(line, StructureConfig()) is title_like


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("智通财经APP讯，东方报业发布公告", "智通财经"),  # the outlet, not its app (no outlet's name with it)
        ("（中央社香港15日綜合外電報導）香港股市", "中央社"),  # a wire's compiled report
        ("北京商報訊(記者 張三)近日", "北京商報"),  # 讯, then the reporters' bracket
        ("资讯，近日", None),
        ("本报讯，近日", None),
    ],
)
def test_more_dateline_shapes_name_the_outlet(line, outlet):
    assert dateline_outlet(line) == outlet


def test_a_closing_credit_with_the_outlets_reporter():
    from cleaner.stages.bylines import closing_credit

    assert closing_credit("收益率将继续下滑。(深圳商报记者 高宇飞)") == ("深圳商报", ("高宇飞",))
    assert closing_credit("如图（上海记者 浦东）") is None  # no outlet's name


def test_an_original_title_note_in_a_farms_words_and_a_footnote_mark():
    article = clean(f"_本文原题为 {TITLE}\n{P1}\n{P2}")
    assert article.title == TITLE
    article = clean(f"{TITLE}：共同维护还是相互伤害？*\n来源：示例日报\n{P1}")
    assert article.title == f"{TITLE}：共同维护还是相互伤害？"
    assert clean(f"央行降准*\n来源：示例日报\n{P1}").title == "央行降准*"  # four characters: too short to cut


@pytest.mark.parametrize(("line", "views"), [("来源：某网 2024/01/02 关注度：261", 261)])
def test_attention_counts_are_views(line, views):
    from cleaner.stages.metadata import parse_meta_line

    assert parse_meta_line(line).views == views


@pytest.mark.parametrize(
    ("paragraph", "source", "authors"),
    [
        ("北京商報訊(記者董亮)新都化工控股股东近日抛出一份减持计划，股价应声下跌。", "北京商报", ("董亮",)),
        ("【看中國2018年8月7日訊】(看中國記者黎小葵綜合報導)中国多地爆发金融风险事件。", "看中国", ("黎小葵",)),
    ],
)
def test_a_datelines_outlet_is_read_before_its_reporters_bracket_goes(paragraph, source, authors):
    article = clean(f"{TITLE}\n{paragraph}\n{P1}\n{P2}")
    assert (article.source_name, article.authors) == (source, authors)

