"""Bylines from held-out sets 65-67 of unseen pages: a firm's short name is no person, a rare surname,
names spaced to width in a list, a unit then its colleague, a broker's analysts with their licences
under an author label, and a portal's promotion over the story — each at its boundary, and the same
article when the cleaned text is cleaned again."""

import pytest

from cleaner import clean, clean_and_explain
from cleaner.stages.metadata import is_author_label, licensed_analyst, parse_byline, parse_meta_line
from cleaner.stages.names import FIRM_ENDINGS, is_person_name

from .header_pages import cleaned_twice

TITLE = "资管新规后货币基金增长会放缓吗"
P1 = "全部货币基金已披露一季度季报，我们从规模、净申购、收益率、偏离度等多个角度对货基一季度发展进行分析。"
P2 = "按统计，一季度货币基金规模增加8504亿元至7.98万亿元，增速重新攀升，散户是此次规模增加的主要贡献力量。"


@pytest.mark.parametrize(("token", "person"), [
    ("信达证券", False), ("东方财富", False), ("华泰证券", False), ("未来智库", False),
    ("欧阳晓明", True),  # four characters after a compound surname: a person
    ("王证券", True),  # three: a given name may end so (FIRM_ENDINGS count from four)
])  # fmt: skip
def test_a_firms_short_name_is_no_person(token, person):
    assert "证券" in FIRM_ENDINGS
    assert is_person_name(token) is person


def test_a_research_reports_firm_and_writers_give_the_writers_only():
    meta = parse_meta_line("（报告出品方/作者：信达证券，王舫朝、冉兆邦）")
    assert meta.authors == ("王舫朝", "冉兆邦")


def test_a_rare_surname_names_a_writer():
    assert parse_meta_line("文：沐华 屈俊").authors == ("沐华", "屈俊")


@pytest.mark.parametrize(("line", "authors"), [
    ("周琛影，田 发，周 腾", ("周琛影", "田发", "周腾")),
    ("田 发、周 腾", ("田发", "周腾")),
    ("上 海，北 京", None),  # spaced words, no names
    ("周琛影，田 发 周 腾", None),  # a blank inside an item with two spaced pairs: no list of names
])  # fmt: skip
def test_two_character_names_spaced_to_width_in_a_list(line, authors):
    meta = parse_byline(line)
    assert (meta.authors if meta else None) == authors


@pytest.mark.parametrize(("line", "author"), [
    ("工会办公室张耀辉", "张耀辉"),
    ("个人金融部 李明", "李明"),
    ("营业部开业", None),  # no name after the unit
    ("太平区农会新兴办事处揭幕", None),  # two characters glued on: a headline's verb (揭 is a surname too)
    ("新兴办事处 揭幕", "揭幕"),  # spaced off, they stand where a name stands
    ("人民银行总行营业管理部", None),
])  # fmt: skip
def test_a_unit_then_its_colleague_is_a_byline(line, author):
    meta = parse_byline(line)
    assert (meta.authors[0] if meta else None) == author


def test_a_units_byline_under_the_headline_is_no_title():
    page = "\n".join([TITLE, "工会办公室张耀辉", "编辑于2023-12-15", "阅读 2977", P1, P2])
    article = cleaned_twice(page)
    assert (article.title, article.authors, article.views) == (TITLE, ("张耀辉",), 2977)


@pytest.mark.parametrize(("line", "author"), [
    ("陈健恒分析员，SAC执业证书编号：S0080511030011 SFC CE Ref: BBM220", "陈健恒"),
    ("东  旭联系人，SAC执业证书编号：S0080117080019", "东旭"),  # spaced to width; 东 is no common surname
    ("分析师 张三，执业证书编号：S1234567", None),  # the role first: not this shape
])  # fmt: skip
def test_an_analysts_licence_line_names_her(line, author):
    meta = licensed_analyst(line)
    assert (meta.authors[0] if meta else None) == author


ANALYSTS = [
    "陈健恒分析员，SAC执业证书编号：S0080511030011",
    "但堂华联系人，SAC执业证书编号：S0080116080033",
    "东  旭联系人，SAC执业证书编号：S0080117080019",
]


def test_the_analysts_under_an_author_label_in_the_body_go_at_once():
    promo = "本报告由某某研究所发布，仅供机构投资者参考使用，请勿转发，转载请注明出处并保留完整内容。"
    page = "\n".join([TITLE, promo, "某某固定收益研究", "作者", *ANALYSTS, "摘要", P1, P2])
    article, changes = clean_and_explain(page)
    assert article.authors == ("陈健恒", "但堂华", "东旭")
    assert [c.text for c in changes if c.reason == "structure:byline"] == ["作者", *ANALYSTS]
    assert "摘要" in article.text  # a part's label, no menu word
    assert cleaned_twice(page).authors == article.authors


@pytest.mark.parametrize(("line", "label"), [("作者", True), ("作者：", True), ("记者", True), ("摘要", False)])
def test_an_author_label_alone(line, label):
    assert is_author_label(line) is label


def test_a_portals_complaints_desk_promotion_is_a_site_notice():
    promo = ("【金融曝光台】近年来，银行卡被盗刷、买理财遇飞单的案例屡见不鲜，金融消费者维权举步维艰，"
             "新浪金融曝光台将履行媒体监督职责，帮助消费者解决金融纠纷。 【黑猫投诉】")  # fmt: skip
    _, changes = clean_and_explain("\n".join([TITLE, promo, P1, P2]))
    assert [c.reason for c in changes if c.text == promo] == ["boilerplate:site_notice"]


def test_the_same_writers_credited_again_further_down_the_body_go_too():
    note = "原标题：【某某银行业沐华 屈俊】零售银行专题系列之信用卡"
    page = "\n".join([TITLE, P1, "文：沐华 屈俊", note, "来源：某某证券 作者：沐华 屈俊", P2])
    article, changes = clean_and_explain(page)
    credits = ["文：沐华 屈俊", "来源：某某证券 作者：沐华 屈俊"]
    assert ([c.text for c in changes if c.reason == "structure:byline"], article.authors) == (credits, ("沐华", "屈俊"))
    assert cleaned_twice(page).authors == ("沐华", "屈俊")


def test_other_writers_further_down_stay():
    # a line naming someone else is no credit said again (a book's author in a review, say)
    p3 = "该书作者在书中回顾了中国银行业三十年的改革历程，对利率市场化的路径提出了独到的见解。"
    p4 = "业内人士认为，货币基金收益率仍将跟随市场利率波动，投资者应关注流动性风险。"
    page = "\n".join([TITLE, P1, "文：沐华 屈俊", P2, "作者：王小波", p3, p4])
    assert "作者：王小波" in clean(page).text


@pytest.mark.parametrize(("line", "name"), [
    ("审读：何海荣", "何海荣"), ("校对：孙七、李八", "孙七"), ("（签发：陈晓军）", "陈晓军"),
    ("審讀：何海榮", "何海荣"), ("簽發：陳曉軍", "陈晓军"),  # Traditional, read whatever the variant
    ("审核通过后方可发布", None),  # words, no credit
])  # fmt: skip
def test_a_review_credit_names_its_reviewer(line, name):
    from cleaner.stages.metadata import review_credit

    assert review_credit(line) == name


def test_a_column_cut_from_the_title_leaves_its_echo_over_two_lines_an_echo():
    page = "\n".join(["政策解读|《互联网保险业务监管办法》重点条文解读（二）", "作者：陈禹彦、梁日升",
                      "《互联网保险业务监管办法》", "重点条文解读（二）", P1, P2])  # fmt: skip
    article, changes = clean_and_explain(page)
    assert article.title == "《互联网保险业务监管办法》重点条文解读（二）"
    echoes = ["《互联网保险业务监管办法》", "重点条文解读（二）"]
    assert [c.text for c in changes if c.reason == "structure:title_echo"] == echoes
    assert cleaned_twice(page).title == article.title


HIJACKED = """<html><head><title>[某某化妆品]江门七旬阿婆接来电称其涉黑被骗上百万</title></head><body>
<h1>[某某化妆品]江门七旬阿婆接来电称其涉黑被骗上百万</h1>
<div style="display:none">原标题：江门七旬阿婆接来电称其涉黑被骗上百万</div>
<div class="content"><p>{p1}</p><p>{p2}</p><p>{p1}警方提醒，接到自称公检法的电话要提高警惕。</p></div>
</body></html>"""


def test_a_hidden_original_title_says_the_kicker_glued_to_a_hijacked_headline_is_no_part_of_it():
    article, changes = clean_and_explain(HIJACKED.format(p1=P1, p2=P2).encode())
    assert article.title == "江门七旬阿婆接来电称其涉黑被骗上百万"
    assert ("structure:title_prefix", "[某某化妆品]") in [(c.reason, c.text) for c in changes]


def test_without_the_original_title_the_bracketed_words_stay_the_headlines():
    page = HIJACKED.replace('<div style="display:none">原标题：江门七旬阿婆接来电称其涉黑被骗上百万</div>', "")
    assert clean(page.format(p1=P1, p2=P2).encode()).title == "[某某化妆品]江门七旬阿婆接来电称其涉黑被骗上百万"


@pytest.mark.parametrize(("line", "authors", "category"), [
    ("说楼解按 王美鳯 2020-10-07", ("王美鳯",), "说楼解按"),  # a column, its writer, the day
    ("新华社 王明 2024-01-01", (), None),  # an outlet first: no column
    ("央行 降准 2024-01-01", (), None),  # no person's name
])  # fmt: skip
def test_a_column_and_its_writer_before_a_date(line, authors, category):
    meta = parse_meta_line(line)
    assert (meta.authors, meta.category) == (authors, category)


@pytest.mark.parametrize(("line", "authors", "source"), [
    ("商传媒|记者陈宜靖/综合外电报导", ("陈宜靖",), "商传媒"),  # the outlet before a bar, then its reporter
    ("经济日报/记者陈宜靖/台北报导", ("陈宜靖",), "经济日报"),
    ("娄媛媛 本报记者 贺艳", ("娄媛媛", "贺艳"), None),  # a writer credited first stays one
])  # fmt: skip
def test_a_reporters_outlet_before_a_bar_or_slash(line, authors, source):
    meta = parse_meta_line(line)
    assert (meta.authors, meta.source_name) == (authors, source)


@pytest.mark.parametrize(("line", "author"), [
    ("张凯执业律师", "张凯"), ("李明 注册会计师", "李明"), ("刘强资深理财师", "刘强"),
    ("王律师", None),  # a surname and the profession: no one named
    ("如何找律师", None),
])  # fmt: skip
def test_a_professionals_signature_names_the_answerer(line, author):
    from cleaner.stages.metadata import professional_signature

    meta = professional_signature(line)
    assert (meta.authors[0] if meta else None) == author


def test_a_qa_sites_answerer_under_the_question_is_the_author():
    question = "我每个月工资里都正常扣了个税，但是到了年度汇算的时候却被告知要补税，这是为什么呢？"
    page = "\n".join(["每月扣了个税为什么还要补税？", question, "张凯执业律师", P1, P2])
    article = cleaned_twice(page)
    assert article.authors == ("张凯",) and "张凯执业律师" not in article.text


FURNITURE = [
    ("讀畢需時 2 分鐘", "boilerplate:reading_time"),
    ("Skip to Content", "boilerplate:site_notice"),
    ("THE END", "boilerplate:page_tools"),
    ("字体大小:", "boilerplate:page_tools"),
    ("分享給朋友:", "boilerplate:share"),
    ("本文標簽: 恒指交易時間", "boilerplate:keywords"),
    ("标签：同比增长 医药工业 上海医药", "boilerplate:keywords"),
]


@pytest.mark.parametrize(("line", "reason"), FURNITURE)
def test_page_furniture_from_sets_65_67(line, reason):
    article, changes = clean_and_explain("\n".join([TITLE, P1, line, P2]))
    assert reason in [c.reason for c in changes if c.is_removal]
    assert article.text == clean("\n".join([TITLE, P1, P2])).text


@pytest.mark.parametrize("line", [
    "分享给朋友们一个好消息：央行降准了",  # a sentence that starts like the label
    "微信",  # one share word alone may be the article's (shorter than MIN_LONE_TOOL_CHARS)
    "标签化管理是银行风控的新趋势",  # 标签 as a word, no colon
])  # fmt: skip
def test_words_like_furniture_stay(line):
    assert line in clean("\n".join([TITLE, P1, line, P2])).text


def test_an_empty_editors_field_at_the_end_goes():
    article, changes = clean_and_explain("\n".join([TITLE, P1, P2, "（责任编辑：）"]))
    assert ([c.reason for c in changes if c.text == "（责任编辑：）"], article.editor) == (["structure:editor"], None)


def test_a_portals_back_link_glued_to_the_closing_credit_is_cut_and_the_credit_read():
    credit = "（本文来源：经济日报 作者：某某研究中心世界经济研究部部长、研究员徐占忱）"
    article, changes = clean_and_explain("\n".join([TITLE, P1, P2, credit + "返回搜狐，查看更多", "责任编辑："]))
    assert ("boilerplate:more_link", "返回搜狐，查看更多") in [(c.reason, c.text) for c in changes]
    assert (article.authors, article.source_name) == (("徐占忱",), "经济日报")


@pytest.mark.parametrize(("line", "authors", "source"), [
    ("图文／镜周刊", (), "镜周刊"),  # the pictures and the words, credited to the magazine
    ("图文：张三", ("张三",), None),
])  # fmt: skip
def test_a_pictures_and_words_credit(line, authors, source):
    meta = parse_meta_line(line)
    assert (meta.authors, meta.source_name) == (authors, source)


def test_picture_and_text_words_in_prose_are_no_credit():
    assert parse_meta_line("图文并茂地介绍了理财知识") is None


@pytest.mark.parametrize(("line", "authors", "source"), [
    ("实习生 鲁玉梅", ("鲁玉梅",), None),
    ("记者 张三 实习生 李四", ("张三", "李四")  , None),  # writers of two roles, each a writer
    ("2021-06-18 21:49:35 21世纪经济报道 实习生/鲁玉梅，阳子", ("鲁玉梅", "阳子"), "21世纪经济报道"),
])  # fmt: skip
def test_an_interns_credit(line, authors, source):
    meta = parse_meta_line(line)
    assert (meta.authors, meta.source_name) == (authors, source)


def test_an_intern_in_a_sentence_is_no_credit():
    assert parse_meta_line("他是一名实习生。") is None


@pytest.mark.parametrize(("line", "title_like"), [
    ("天弘云商宝(001529)", False),  # a fund's page label
    ("腾讯控股(00700.HK)", False),
    ("贵州茅台(600519)：一季度净利润增长18%", True),  # a headline about the stock
])  # fmt: skip
def test_a_securitys_name_and_code_alone_is_no_headline(line, title_like):
    from cleaner.config import StructureConfig
    from cleaner.stages.title_shapes import is_title_like

    assert is_title_like(line, StructureConfig()) is title_like


def test_a_fund_pages_label_gives_way_to_the_announcements_headline():
    page = "\n".join(["天弘云商宝(001529)", "", "天弘云商宝：更新招募说明书摘要（2017年8月）查看PDF公告", P1, P2])
    assert cleaned_twice(page).title == "天弘云商宝：更新招募说明书摘要（2017年8月）"


def test_a_quotes_widgets_header_row_with_no_quotes_under_it_goes():
    _, changes = clean_and_explain("\n".join([TITLE, P1, "• 股票名稱 最新價 漲跌幅", P2]))
    assert [c.reason for c in changes if c.is_removal and "最新" in c.text] == ["boilerplate:quotes"]


def test_a_tables_header_row_over_its_figures_stays():
    rows = ["股票名称 最新价 涨跌幅", "贵州茅台 1688.00 +1.2%", "招商银行 35.20 -0.5%"]
    assert "股票名称 最新价 涨跌幅" in clean("\n".join([TITLE, P1, *rows, P2])).text


def test_a_quotes_header_needs_min_quote_columns_words():
    from cleaner.stages.boilerplate import MIN_QUOTE_COLUMNS

    assert MIN_QUOTE_COLUMNS == 3
    assert "最新价 涨跌幅" in clean("\n".join([TITLE, P1, "最新价 涨跌幅", P2])).text
