"""Titles on unseen real pages (held-out sets 53-61): the headline among another story's, a reprint
notice, a quotes strip, tags, a search's words and a date label glued on, two halves — and the same
title when the cleaned text is cleaned again."""

import pytest

from cleaner import clean, clean_and_explain
from cleaner.config import BoilerplateConfig, StructureConfig
from cleaner.document import Document
from cleaner.han import han_count
from cleaner.stages import boilerplate
from cleaner.stages.title_shapes import is_title_like
from cleaner.stages.titles import MIN_TITLE_CHARS

S = BoilerplateConfig()
TITLE = "招商银行三季度净利润同比增长5%"
BYLINE = "来源：证券时报 2024-10-30 08:34"
P1 = "招商银行昨晚发布三季报，前三季度实现营业收入2562亿元，同比下降2.91%。"
P2 = "分析人士认为，息差收窄的压力仍在，但资产质量保持稳定。"


def run(texts):
    return boilerplate.run(Document.from_text("\n".join(texts)), S)


NOTICE = "经本报授权，本网独家代理本报信息登载业务。本页内容未经书面授权许可，不得转载、复制或建立镜像。"


def test_a_reprint_notice_over_the_headline_is_not_the_storys_first_paragraph():
    # the notice's heading above it is no title: the headline under the notice, with its meta line, is
    page = "\n\n".join(["某某报多媒体数字报", "某某报网络版郑重声明", NOTICE, TITLE, BYLINE, P1, P2])
    assert clean(page).title == TITLE


@pytest.mark.parametrize(
    "paragraph",
    ["近日，某银行客户的账户遭未经授权的交易，损失3万元。", "该行表示，将对未经许可的代理机构追究责任。"],
)
def test_a_paragraph_that_reports_unauthorised_acts_is_still_the_first(paragraph):
    # 未经授权 in a sentence is news, not a notice: the line above it stays the title and the headline
    # below the paragraph is not taken for it
    page = "\n\n".join([TITLE, paragraph, "银行提示：警惕冒充客服的电话", P1, P2])
    assert clean(page).title == TITLE


HK_BODY = "港股昨日考驗恒指16000點關的支持力，結果最低見16055點之後，就告企定，並緩慢回升。"


@pytest.mark.parametrize("signature", ["\\沈 金", "\\沈金", "＼沈金", " \\ 沈 金"])
def test_a_columns_headline_signed_after_a_backslash_names_its_writer(signature):
    article, changes = clean_and_explain(f"頭牌手記/憧憬地方新規劃 留意「窗口股」{signature}\n\n{HK_BODY}")
    assert article.title == "头牌手记/憧憬地方新规划 留意「窗口股」"
    assert article.authors == ("沈金",)
    assert [c.reason for c in changes if c.text == signature.strip()] == ["structure:byline"]


@pytest.mark.parametrize(
    ("page", "title"),
    [
        (f"頭牌手記/憧憬地方新規劃 留意「窗口股」\\港股\n\n{HK_BODY}", "头牌手记/憧憬地方新规划 留意「窗口股」\\港股"),
        (f"頭牌手記/憧憬地方新規劃\\沈金\n作者：李明\n\n{HK_BODY}", "头牌手记/憧憬地方新规划\\沈金"),
    ],
)
def test_a_backslash_before_no_name_or_beside_a_byline_stays(page, title):
    # 港股 is no person's name; with a byline of its own the page names its writer elsewhere
    assert clean(page).title == title


def test_a_signed_headline_needs_a_headlines_length_before_its_signature():
    head = "甲" * (MIN_TITLE_CHARS - 1)
    assert clean(f"{head}\\沈金\n\n{HK_BODY}").authors != ("沈金",)
    assert clean(f"{head}乙\\沈金\n\n{HK_BODY}").authors == ("沈金",)


OTHER = "甲乙丙丁戊己庚辛壬癸子"  # ten pairs of characters, none of them in the story below
HEADLINE = "储户取款难题调查"
STORY = [
    "储户取款难题再次引发关注，多家银行表示将加快处理，并在营业网点增加人手，方便储户办理业务。",
    "分析人士认为，银行应当完善服务流程，回应储户关切，同时加强与监管部门的沟通。",
    "记者走访了多家银行网点发现，排队等候的储户明显增多，部分网点的等候时间超过一个小时。",
    "银行工作人员解释说，近期业务量上升，加之系统升级，办理速度有所放慢，请储户耐心等待。",
    "业内人士建议，储户可以通过手机银行预约办理，避开业务高峰时段，减少在网点等候的时间。",
    "监管部门表示，将督促银行改进服务。",
]  # (MIN_STORY_HAN characters or more: a story long enough for a verdict)
OTHER_BYLINE = "国内穆羽 2024-10-31 04:02:13"


def titled(first, headline=HEADLINE, story=STORY):
    return clean("\n\n".join([first, OTHER_BYLINE, headline, *story])).title


def test_a_headline_off_the_storys_topic_gives_way_to_the_one_above_the_story():
    assert titled(OTHER) == HEADLINE


def test_a_story_cut_short_gives_no_verdict():
    # MIN_STORY_HAN: a page cut off after its first lines (an excerpt) says too few words for one
    from cleaner.stages.header import MIN_STORY_HAN

    assert han_count("".join(STORY)) >= MIN_STORY_HAN == 200
    cut = "储户取款难题再次引发关注。" + "银行" * ((MIN_STORY_HAN - 12) // 2)
    assert han_count(cut) == MIN_STORY_HAN
    assert titled(OTHER, story=[cut]) == HEADLINE
    assert titled(OTHER, story=[cut[:-1]]) == OTHER


def test_a_headline_said_again_above_the_story_is_the_pages_own():
    page = "\n\n".join([OTHER, OTHER_BYLINE, OTHER, HEADLINE, *STORY])
    assert clean(page).title == OTHER


def test_a_headline_with_a_tenth_of_its_pairs_in_the_story_stays():
    # MAX_OFF_TOPIC_SHARE: one pair of ten said anywhere in the story is enough
    assert titled(OTHER, story=[*STORY, "附：甲乙两方的意见。"]) == OTHER


def test_the_later_line_needs_half_of_its_pairs_in_the_storys_opening():
    # MIN_ON_TOPIC_SHARE: of the eight pairs of 储户取款难辰巳午未 the story says four (储户 户取 取款
    # 款难): half; of 储户取款辰巳午未申's eight, three
    assert titled(OTHER, headline="储户取款难辰巳午未") == "储户取款难辰巳午未"
    assert titled(OTHER, headline="储户取款辰巳午未申") == OTHER


def test_a_title_of_few_pairs_gets_no_verdict():
    # MIN_OFF_TOPIC_PAIRS: 甲乙丙丁戊己庚辛壬 (eight pairs) is judged, 甲乙丙丁戊己庚辛 (seven) is not
    assert titled("甲乙丙丁戊己庚辛壬") == HEADLINE
    assert titled("甲乙丙丁戊己庚辛") == "甲乙丙丁戊己庚辛"


def test_the_storys_headline_needs_pairs_enough_for_a_verdict():
    # MIN_TOPIC_PAIRS: 储户取款难 (four pairs, all in the story) takes the place; 储户取款 OK (three) not
    assert titled(OTHER, headline="储户取款难") == "储户取款难"
    assert titled(OTHER, headline="储户取款 OK") == OTHER


def test_a_figurative_headline_over_its_deck_stays():
    # no meta line under the headline: the line under it is its deck, not another story's headline
    page = "\n\n".join([OTHER, "——" + HEADLINE, OTHER_BYLINE, *STORY])
    assert clean(page).title == OTHER


def test_a_digests_headline_says_words_its_stories_say_further_down():
    digest = "9月26日盘中重要资讯汇总 准确把握市场走向"
    story = [*STORY, *["银行股走强，" * 3 + "市场情绪回暖。"] * 3, "以上为今日盘中重要资讯汇总。"]
    assert titled(digest, story=story) == digest


def test_a_line_of_few_pairs_under_an_off_topic_headline_does_not_take_its_place():
    # 出 版 社：龙门书局 has three pairs (龙门 门书 书局): too few to say it is on the story's topic
    assert titled(OTHER, headline="出 版 社：龙门书局") == OTHER


FIGURES = ["26,570.81", "-461.73", "(-1.71%)", "957.66", "+304.4900", "(0.459%)"] * 3


def test_a_quotes_strip_of_figures_takes_none_of_the_headers_room():
    assert clean("\n".join([*FIGURES, TITLE, BYLINE, P1, P2])).title == TITLE


def test_lines_with_words_take_the_headers_room():
    # the same strip with a letter on every line (高水3): the headline is past the header's reach
    worded = [f"高水{i}" for i in range(len(FIGURES))]
    assert clean("\n".join([*worded, TITLE, BYLINE, P1, P2])).title != TITLE


@pytest.mark.parametrize(
    ("line", "title_like"),
    [("深交所副总经理 王红", False), ("招商银行首席经济学家 丁安华", False), ("专访深交所副总经理 王红", True),
     ("深交所副总经理王红谈创业板改革", True), ("深交所副总经理 创业板", True)],
)  # fmt: skip
def test_a_speakers_post_and_name_is_no_headline(line, title_like):
    assert is_title_like(line, StructureConfig()) is title_like


def test_copies_of_the_headline_do_not_break_a_run_of_menu_words_under_it():
    # a channel's link under each of three copies of the headline: one run, as a second run sees it
    page = "\n\n".join([TITLE, "视频专区", TITLE, "视频专区", "视频专区", TITLE, "2025年10月28日 11:46", P1, P2])
    article, changes = clean_and_explain(page)
    assert "视频专区" not in article.text
    assert [c.reason for c in changes if c.text == "视频专区" and c.is_removal] == ["structure:menu"] * 3
    assert clean(article.text).text == article.text


def test_two_menu_words_between_copies_of_the_headline_stay():
    page = "\n\n".join([TITLE, "视频专区", TITLE, "视频专区", TITLE, "2025年10月28日 11:46", P1, P2])
    assert clean(page).text.count("视频专区") == 2


def test_an_outlet_between_copies_of_the_headline_is_their_credit():
    # 香港電台 under copies of the headline (three held-out sets): the source, however many times said
    credit = "香港電台"
    for copies in ([TITLE, credit, TITLE, credit, credit, TITLE], [TITLE, credit, TITLE, credit, TITLE]):
        article, changes = clean_and_explain("\n\n".join([*copies, "2025年10月28日 11:46", P1, P2]))
        assert (article.source_name, article.text.count("香港电台")) == ("香港电台", 0)
        assert {c.reason for c in changes if c.text == "香港电台" and c.is_removal} == {"structure:meta_line"}
        assert clean(article.text).text == article.text


@pytest.mark.parametrize(
    ("line", "title_like"),
    [("（组长：张书献副总经理 副组长：黄浩歌 成员：尹向锐、梁锐）", False), ("(来源：新华社 记者：张三)", False),
     ("（附：2024年小微企业贷款统计表）", True), ("（上）理财新规落地影响几何", True)],
)  # fmt: skip
def test_a_line_of_fields_in_one_bracket_is_no_headline(line, title_like):
    # a label of two to four characters opens the bracket (附 alone may open a title's note)
    assert is_title_like(line, StructureConfig()) is title_like


def test_a_headline_with_its_date_label_run_on_is_the_title_and_its_fields_are_read():
    article = clean("\n".join(["服務中心", "2020年04月13日保證金調整說明發布時間:2020-04-13    來源:結算部", P1, P2]))
    assert article.title == "2020年04月13日保证金调整说明"
    assert (article.published_at, article.source_name) == ("2020-04-13", "结算部")


@pytest.mark.parametrize(
    ("line", "glued"),
    [("理财新规落地影响几何来源：新华社", True), ("理财新规落地影响几何发布时间：2020-04-13", True),
     ("女民警1天拨100个电话，被电信停机 （来源：梨视频）", False),  # a caption's bracketed credit: its own
     ("理财新规落地影响几何来源：", False),  # a label with nothing after it: no meta line
     ("理财新规落地影响几何 来源：新华社", False)],  # a blank before it: the header's other readers' case
)  # fmt: skip
def test_a_label_glued_to_a_headline_needs_a_meta_line_after_it_and_no_bracket_or_blank_before(line, glued):
    from cleaner.stages.header import _glued_label

    assert (_glued_label(line) is not None) is glued


@pytest.mark.parametrize(
    ("line", "title_like"),
    [("深度 香港", False), ("指数/外汇", False), ("宏观 | 利率", False), ("中美 贸易战", True),
     ("深度 香港 楼市", True),  # three words: a headline may part its phrases so (test_header's menu boundary)
     ("明报APP", False), ("新浪财经客户端", False), ("央行数字人民币APP", True), ("数字人民币上线", True)],
)  # fmt: skip
def test_a_pair_of_tags_or_the_link_to_the_sites_app_is_no_headline(line, title_like):
    assert is_title_like(line, StructureConfig()) is title_like


@pytest.mark.parametrize(
    ("line", "title"),
    [("外资买入a股前十_ 安信策略陈果：外资进入A股还有4倍以上增长空间", "安信策略陈果：外资进入A股还有4倍以上增长空间"),
     ("外资买入_安信策略陈果谈外资", "外资买入_安信策略陈果谈外资"),  # no blank after the underscore: left
     ("外资买入a股前十_ 甲乙，丙", "外资买入a股前十_ 甲乙，丙"),  # too little headline after it (MIN_TITLE_CHARS)
     ("外资买入a股前十_ 甲乙，丙丁", "甲乙，丙丁")],
)  # fmt: skip
def test_a_farms_search_words_before_an_underscore_and_a_blank_are_cut(line, title):
    assert clean("\n".join([line, P1, P2])).title == title


def test_a_headline_in_two_halves_over_its_meta_line_is_one_title_on_every_run():
    page = "\n".join(["当前位置：首页 > 大众日报 > 国际国内", "国家统计局局长发文称", "今年经济运行开局平稳",
                      "2016-03-16 作者： 来源： 大众日报", P1, P2])  # fmt: skip
    article = clean(page)
    assert article.title == "国家统计局局长发文称今年经济运行开局平稳"
    assert clean(article.text).text == article.text


POSTS = ["Mazdabate 2025-06-26 10:23:21", "就算full pay 都要比几千管理费啦", "Tunisia 2025-06-26 10:27:47",
         "可以做逆按揭，退休生活过得再好啲", "淫丝搏队 2025-06-26 10:32:51", P1]  # fmt: skip


def test_a_threads_post_headers_are_no_byline_and_stay_on_every_run():
    # each post opens with its poster and time: three of them make a thread, not the article's byline
    article = clean("\n".join(["新地雷霆：「与其帮人供楼，不如自己供楼」", "193 回复", *POSTS, P2]))
    assert article.title == "新地雷霆：「与其帮人供楼，不如自己供楼」"
    assert article.authors == () and "Tunisia 2025-06-26 10:27:47" in article.text
    assert clean(article.text).text == article.text


def test_two_post_headers_are_still_read_as_bylines():
    # MIN_THREAD_POSTS: with two such rows the first under the title is the article's byline
    article = clean("\n".join([TITLE, *POSTS[:4], P1, P2]))
    assert article.authors == ("Mazdabate",)
