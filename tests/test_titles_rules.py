"""titles: each rule at its boundary (the mutation run's survivors), on titles of our own words.

Each test fails if its threshold moves by one or its condition turns; the limits are written as
numbers here, not read from the module, so a moved constant is caught.
"""

import pytest

from cleaner.stages.titles import tidy_title, without_site_suffix


def test_an_outlet_after_a_bar_is_the_sites_name_from_four_characters():
    assert without_site_suffix("示例银行业绩快报 | 示例早报") == ("示例银行业绩快报", " | 示例早报")
    assert without_site_suffix("示例银行业绩快报 | 半年报") == ("示例银行业绩快报 | 半年报", "")  # three: a word


def test_a_sites_name_is_cut_when_five_characters_of_headline_are_left():
    assert without_site_suffix("央行再降准-示例财经网") == ("央行再降准", "-示例财经网")
    assert without_site_suffix("央行降准-示例财经网") == ("央行降准-示例财经网", "")  # four: no headline


def test_the_first_channel_after_an_underscore_is_the_category():
    changes = []
    assert tidy_title("组合基金的运作模式_投资论文_理财", None, changes) == ("组合基金的运作模式", "投资论文")
    assert [c.text for c in changes] == ["_投资论文", "_理财"]


def test_a_column_before_a_bar_is_cut_only_before_a_longer_headline():
    # 示例财经视点 (six characters, ending in the column word 视点) before six characters: kept whole
    assert tidy_title("示例财经视点 | 央行宣布降准", None, []) == ("示例财经视点 | 央行宣布降准", None)
    assert tidy_title("示例财经视点 | 央行宣布再降准", None, []) == ("央行宣布再降准", "示例财经视点")


def test_a_channels_name_after_a_bar_is_the_category():
    changes = []
    headline = "鹏元评级：技术性违约后的风险分析"
    assert tidy_title(headline + "|债券", None, changes) == (headline, "债券")
    assert [(c.reason, c.text) for c in changes] == [("structure:title_suffix", "债券")]
    assert tidy_title("技术性违约分析|债券", None, [])[1] == "债券"  # six characters before it
    assert tidy_title("技术性违约|债券", None, [])[1] is None  # five: too little headline
    assert tidy_title("技术性违约后的风险|违约", None, [])[1] is None  # no channel's name


def test_a_spam_sites_brand_after_the_headline_is_cut():
    changes = []
    assert tidy_title("雪球产品-yb体育官方", None, changes) == ("雪球产品", None)
    assert [(c.reason, c.text) for c in changes] == [("structure:spam_suffix", "-yb体育官方")]
    assert tidy_title("雪球-yb体育官方", None, []) == ("雪球", None)  # two characters of headline: enough
    assert tidy_title("雪-yb体育官方", None, [])[0] == "雪-yb体育官方"  # one: nothing is cut
    assert tidy_title("黄金价格走势-体育产业", None, [])[0] == "黄金价格走势-体育产业"  # no spam term


def test_spam_glued_before_the_headline_is_cut():
    changes = []
    assert tidy_title("今期跑狗玄机图天风：理财子公司", None, changes) == ("天风：理财子公司", None)
    assert [(c.reason, c.text) for c in changes] == [("structure:spam_prefix", "今期跑狗玄机图")]
    assert tidy_title("今期跑狗图天风：理财子公司", None, [])[0] == "天风：理财子公司"  # two before the brand
    assert tidy_title("新今期跑狗图天风：理财子公司", None, [])[0].startswith("新")  # three: the headline's words
    assert tidy_title("开云体育本次分成了", None, []) == ("本次分成了", None)  # five left, no lead
    assert tidy_title("跑狗图澳门新葡京天风：理财", None, [])[0] == "天风：理财"  # brands one after another
    assert tidy_title("开云体育本次分成", None, [])[0] == "开云体育本次分成"  # four left: too little headline
    assert tidy_title("澳门旅游业本季复苏强劲", None, [])[0] == "澳门旅游业本季复苏强劲"  # a weak word: no brand
    assert tidy_title("国产大飞机本季交付提速", None, [])[0] == "国产大飞机本季交付提速"


def test_a_casinos_slogans_between_bars_before_the_headline_go():
    changes = []
    title = "凯发app手机版下载|国美在线优惠券|铝产业链上下游深度解析"
    assert tidy_title(title, None, changes)[0] == "铝产业链上下游深度解析"
    assert [(c.reason, c.text) for c in changes] == [("structure:spam_prefix", "凯发app手机版下载|国美在线优惠券|")]
    assert tidy_title("国美在线优惠券|铝产业链上下游深度解析", None, [])[0].startswith("国美")  # no brand: kept
    assert tidy_title("凯发app手机版下载|铝产业链", None, [])[0] == "凯发app手机版下载|铝产业链"  # four left


def test_the_headline_under_its_spam_dressed_line_is_its_echo():
    from cleaner import clean

    lead = "雪球产品是一种挂钩特定标的资产的结构化产品，收益取决于标的价格的走势。"
    article = clean("\n".join(("雪球产品-yb体育官方", "雪球产品", "时间：2021/8/30 17:43:00 来源：华创期货", lead)))
    assert article.title == "雪球产品" and article.lead == (lead,)
    assert article.source_name == "华创期货"


def test_a_column_in_angle_brackets_before_the_headline_is_its_category():
    # the kicker is the headline's own words (no column's or channel's word, not the page's category):
    # it stays, and names the category
    changes, title = [], "〈台积电法说〉Q1美元营收估季增4%"
    assert (tidy_title(title, None, changes), changes) == ((title, "台积电法说"), [])
    # the same name as the page's category (its byline row's column, say) is no evidence it is the site's
    assert tidy_title(title, "台积电法说", changes) == (title, "台积电法说")


@pytest.mark.parametrize(("title", "kept"), [
    ("【新股潜水】两新股首挂齐破发", True),  # a publisher's kicker
    ("【资讯汇总】9月26日盘中重要资讯汇总", True),
    ("【理财】银行理财收益率走低", False),  # a channel's name
    ("【要闻】银行理财收益率走低", False),  # a column's word
    ("[原创]银行理财收益率走低", False),  # a post's label
])  # fmt: skip
def test_a_bracketed_kicker_is_cut_only_with_evidence_it_is_the_sites(title, kept):
    assert (tidy_title(title, None, [])[0] == title) is kept


def test_a_kicker_is_cut_when_the_page_states_the_headline_without_it():
    title = "[诗婷露雅化妆品]江门七旬阿婆接来电称其涉黑被骗上百万"
    assert tidy_title(title, None, [])[0] == title
    bare = "江门七旬阿婆接来电称其涉黑被骗上百万"
    assert tidy_title(title, None, [], stated=(bare,))[0] == bare


def test_a_q_and_a_column_before_a_bar_is_the_titles_column():
    changes = []
    assert tidy_title("热线问答 | 关于半年度业绩预告", None, changes) == ("关于半年度业绩预告", "热线问答")
    assert [c.reason for c in changes] == ["structure:title_prefix"]
    # a word no column ends with stays the title's own
    assert tidy_title("热线答复 | 关于半年度业绩预告", None, []) == ("热线答复 | 关于半年度业绩预告", None)


@pytest.mark.parametrize(
    ("title", "tidy"),
    [
        ("世界球精选!一季度湖南制造业贷款增速再创新高", ("一季度湖南制造业贷款增速再创新高", "世界球精选")),
        ("天天热议！央行宣布降准释放资金", ("央行宣布降准释放资金", "天天热议")),
        ("重磅！央行宣布降准释放长期资金", ("重磅！央行宣布降准释放长期资金", None)),  # a kicker: the headline's own
        ("美国经济！央行宣布降准", ("美国经济！央行宣布降准", None)),  # no column word ends it
        # MAX_EXCLAIMED_COLUMN_CHARS: six characters may be a column, seven are the headline's clause
        ("港股个股异动！这一概念爆发", ("这一概念爆发", "港股个股异动")),
        ("港股尾盘个股异动！这一概念爆发", ("港股尾盘个股异动！这一概念爆发", None)),
    ],
)
def test_a_column_before_an_exclamation_mark(title, tidy):
    assert tidy_title(title, None, []) == tidy


@pytest.mark.parametrize(
    ("title", "tidy"),
    [
        ("港股半日弹344点 长和重返「红底股」 (12:07)", ("港股半日弹344点 长和重返「红底股」", None)),  # the hour filed
        ("央行降准0.5个百分点(25:07)", ("央行降准0.5个百分点(25:07)", None)),  # no hour 25: the headline's own
        ("保险要闻 保单大变革！保费不再锁20年", ("保单大变革！保费不再锁20年", "保险要闻")),  # a column, a blank
        ("美国经济 复苏放缓", ("美国经济 复苏放缓", None)),  # no column word: the headline's subject
    ],
)
def test_a_clock_after_the_title_and_a_column_before_a_blank(title, tidy):
    assert tidy_title(title, None, []) == tidy


@pytest.mark.parametrize(
    ("title", "tidy", "cuts"),
    [
        (">> 国信证券-海外市场速览：看多美股-231008", "海外市场速览：看多美股", [">> 国信证券-", "-231008"]),
        ("国信证券-海外市场速览：看多美股-20231008", "海外市场速览：看多美股", ["国信证券-", "-20231008"]),
        ("国信证券-海外市场速览：看多美股-231308", None, []),  # no 13th month: no report's day
        ("示例公司-海外市场速览：看多美股-231008", None, []),  # no broker's or institute's name
        ("国信证券-速览美港股-231008", "速览美港股", ["国信证券-", "-231008"]),  # five left: MIN_TITLE_CHARS
        ("国信证券-速览美股-231008", None, []),  # four characters left: too few
    ],
)
def test_a_report_sites_file_name_with_the_broker_first(title, tidy, cuts):
    changes = []
    assert tidy_title(title, None, changes)[0] == (tidy or title)
    assert [c.text for c in changes] == cuts
