"""A page's widgets and an e-paper's marks around the story: a card list of accounts to follow, the
jump marks that send a story to another page, a reprint notice over the headline. Each goes (or is
passed over) with its reason; the story's own lines stay."""

import pytest

from cleaner import clean, clean_and_explain
from cleaner.config import BoilerplateConfig, StructureConfig
from cleaner.document import Document
from cleaner.stages import boilerplate
from cleaner.stages.boilerplate import MAX_BLURB_CHARS, MAX_CARD_NAME_CHARS, MIN_CARDS, line_kind
from cleaner.stages.header import is_title_like
from cleaner.stages.titles import MIN_TITLE_CHARS

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


@pytest.mark.parametrize("line", ["页面二维码", "分享文章到微信", "總網頁瀏覽量", "总访问量"])
def test_a_share_boxs_caption_or_a_visit_counters_label_alone_is_a_page_tool(line):
    assert line_kind(line, S) == "boilerplate:page_tools"


@pytest.mark.parametrize("line", ["网站总访问量达1亿次。", "扫描页面二维码即可参与活动，名额有限。"])
def test_a_sentence_with_those_words_is_text(line):
    assert line_kind(line, S) is None


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


def test_a_closing_source_above_a_pictures_address_and_a_follow_button_is_read():
    tail = ["來源:新華社", "https://res.x.com/2023/8/1/abc.jpg", "掃描二維碼分享到手機", "+關註"]
    page = "\n".join([TITLE, P1, P2, *tail])
    assert clean(page).source_name == "新华社"


@pytest.mark.parametrize(
    ("opening", "outlet"),
    [("FX168财经报社(北美)讯——在美联储主席鲍威尔的谨慎表态下，", "FX168财经报社"),
     ("顶尖财经网(www.58188.com)2018-8-6 7:20:46讯：机构推荐本周金股。", "顶尖财经网")],
)  # fmt: skip
def test_a_dateline_with_a_dash_or_with_the_sites_address_and_stamp_names_the_source(opening, outlet):
    assert clean(f"{TITLE}\n\n{opening}{P2}\n\n{P1}").source_name == outlet


def test_a_column_word_with_a_dash_is_no_dateline():
    assert clean(f"{TITLE}\n\n央行快讯——{P2}\n\n{P1}").source_name is None


# Another story's headline and byline over this one's, as a trending site prints them
OTHER = "甲乙丙丁戊己庚辛壬癸子"  # ten pairs of characters, none of them in the story below
HEADLINE = "储户取款难题调查"
STORY = [
    "储户取款难题再次引发关注，多家银行表示将加快处理，并在营业网点增加人手，方便储户办理业务。",
    "分析人士认为，银行应当完善服务流程，回应储户关切，同时加强与监管部门的沟通。",
]
OTHER_BYLINE = "国内穆羽 2024-10-31 04:02:13"


def titled(first, headline=HEADLINE, story=STORY):
    return clean("\n\n".join([first, OTHER_BYLINE, headline, *story])).title


def test_a_headline_off_the_storys_topic_gives_way_to_the_one_above_the_story():
    assert titled(OTHER) == HEADLINE


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


@pytest.mark.parametrize("row", ["华创证券· 2024-11-10 15:26", "国信证券 2024-11-10 15:26"])
def test_a_brokers_name_before_the_day_is_the_source_not_a_writer(row):
    article = clean("\n\n".join([TITLE, row, P1, P2]))
    assert (article.source_name, article.authors) == (row[:4], ())


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


ABSTRACT = "摘要：“十二五”时期中国的房地产市场形势发生较大变化，房地产市场已从供不应求转向供求基本平衡。"


@pytest.mark.parametrize(
    ("byline", "authors"),
    [("国务院发展研究中心市场经济研究所 邓郁松", ("邓郁松",)), ("厦门大学经济学院 张三 李四", ("张三", "李四")),
     ("国务院发展研究中心市场经济部 邓郁松", ())],
)  # fmt: skip
def test_a_journals_byline_of_an_institute_and_its_writers_over_the_abstract(byline, authors):
    # the institute's word (研究所, 学院 …) ends it; 市场经济部 is no such word
    assert clean("\n".join(["中国房地产形势与展望", byline, ABSTRACT, P1, P2])).authors == authors


def test_an_institute_and_a_name_over_no_abstract_are_no_byline():
    assert clean("\n".join(["中国房地产形势与展望", "国务院发展研究中心市场经济研究所 邓郁松", P1, P2])).authors == ()


@pytest.mark.parametrize(
    ("rows", "source"),
    [(["证券时报", "2011-12-13 来源：证券时报网 作者："], "证券时报网"),  # the label's outlet
     (["证券时报", "2011-12-13 作者：张三"], "证券时报")],  # no label: the outlet alone on its line
)  # fmt: skip
def test_a_labelled_source_outranks_an_outlet_alone_on_its_line(rows, source):
    assert clean("\n".join([TITLE, *rows, P1, P2])).source_name == source


FIGURES = ["26,570.81", "-461.73", "(-1.71%)", "957.66", "+304.4900", "(0.459%)"] * 3


def test_a_quotes_strip_of_figures_takes_none_of_the_headers_room():
    assert clean("\n".join([*FIGURES, TITLE, BYLINE, P1, P2])).title == TITLE


def test_lines_with_words_take_the_headers_room():
    # the same strip with a letter on every line (高水3): the headline is past the header's reach
    worded = [f"高水{i}" for i in range(len(FIGURES))]
    assert clean("\n".join([*worded, TITLE, BYLINE, P1, P2])).title != TITLE


def test_a_page_idle_too_long_asks_for_a_reload():
    assert line_kind("網頁已經閒置了一段時間，為確保不會錯過最新的內容。請重新載入頁面。立即重新載入", S) == (
        "boilerplate:site_notice"
    )


@pytest.mark.parametrize(
    ("line", "title_like"),
    [("深交所副总经理 王红", False), ("招商银行首席经济学家 丁安华", False), ("专访深交所副总经理 王红", True),
     ("深交所副总经理王红谈创业板改革", True), ("深交所副总经理 创业板", True)],
)  # fmt: skip
def test_a_speakers_post_and_name_is_no_headline(line, title_like):
    assert is_title_like(line, StructureConfig()) is title_like


def test_a_crawlers_stamp_stays_and_the_caption_after_it_goes():
    # the stamp is evidence structure reads; the caption goes now, not on a second run
    line = " date 2026-01-12 央行打炒房嚴控信用管制下，各建商一片哀嚎。圖為央行總裁楊金龍。（圖／報系資料庫）"
    doc = run([line, P1, P2])
    assert doc.texts == ["date 2026-01-12", P1, P2]
    assert [c.reason for c in doc.changes] == ["boilerplate:caption"]
    article = clean("\n".join([line, TITLE, P1, P2]))
    assert article.published_at == "2026-01-12" and "杨金龙" not in article.text
    assert clean(article.text).text == article.text


@pytest.mark.parametrize("byline", ["（记者 王淯滢 通讯员 洪恒亮）", "(记者 王淯滢 通讯员 洪恒亮)"])
def test_a_bracketed_byline_of_two_roles_names_both_writers(byline):
    assert clean("\n".join([TITLE, P1, P2, byline])).authors == ("王淯滢", "洪恒亮")


def test_copies_of_the_headline_do_not_break_a_run_of_menu_words_under_it():
    # 香港電台 under each of three copies of the headline: one run, as a second run sees it
    page = "\n\n".join([TITLE, "香港電台", TITLE, "香港電台", "香港電台", TITLE, "2025年10月28日 11:46", P1, P2])
    article, changes = clean_and_explain(page)
    assert "香港电台" not in article.text
    assert [c.reason for c in changes if c.text == "香港电台" and c.is_removal] == ["structure:menu"] * 3
    assert clean(article.text).text == article.text


def test_two_menu_words_between_copies_of_the_headline_stay():
    page = "\n\n".join([TITLE, "香港電台", TITLE, "香港電台", TITLE, "2025年10月28日 11:46", P1, P2])
    assert clean(page).text.count("香港电台") == 2


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
    "line", ["女民警1天拨100个电话，被电信停机 （来源：梨视频）", "理财新规落地影响几何来源：即将公布"]
)
def test_a_bracketed_credit_or_a_label_before_no_field_is_no_glued_label(line):
    # a caption's bracketed credit is its own; 来源：即将公布 names no outlet a meta line reads
    from cleaner.stages.header import _glued_label

    assert (_glued_label(line) is None) is ("（" in line or _meta_of(line) is None)


def _meta_of(line):
    from cleaner.stages import metadata

    return metadata.parse_meta_line(line[line.index("来源") :])


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


@pytest.mark.parametrize(
    ("line", "title_like"),
    [("深度 香港", False), ("指数/外汇", False), ("宏观 | 利率", False), ("中美 贸易战", True),
     ("深度 香港 楼市", True),  # three words: a headline may part its phrases so (test_header's menu boundary)
     ("明报APP", False), ("新浪财经客户端", False), ("央行数字人民币APP", True), ("数字人民币上线", True)],
)  # fmt: skip
def test_a_pair_of_tags_or_the_link_to_the_sites_app_is_no_headline(line, title_like):
    assert is_title_like(line, StructureConfig()) is title_like


@pytest.mark.parametrize(
    ("line", "authors", "source"),
    [("每經特約評論員 尹中立", ("尹中立",), "每经"), ("本报评论员 张三", ("张三",), None),
     ("长盟法律事务所 实习律师 薛任智 撰", ("薛任智",), None), ("张三 撰文", ("张三",), None)],
)  # fmt: skip
def test_a_commentators_or_a_writers_signature(line, authors, source):
    article = clean("\n".join([TITLE, line, P1, P2]))
    assert (article.authors, article.source_name) == (authors, source)


def test_a_papers_editorial_headline_is_no_byline():
    # 经济日报评论员：… is the paper's editorial: what follows the colon is its headline, not a name
    title = "经济日报评论员：再驳“中国新能源产能过剩论”"
    article = clean("\n".join([title, P1, P2]))
    assert article.title == title and article.authors == ()


def test_an_outlets_bracket_before_the_reporters_bracket():
    article = clean("\n".join([TITLE, "【财新网】（记者 曹文姣 实习记者 张馨梦）" + P1, P2]))
    assert (article.authors, article.source_name) == (("曹文姣", "张馨梦"), "财新网")
    assert article.text.splitlines()[1] == P1


@pytest.mark.parametrize("line", ["2020年06月01日第3期", "2020年06月01日 总第356期"])
def test_a_magazines_day_and_issue_number_is_a_meta_line(line):
    article = clean("\n".join(["财新传媒", TITLE, line, P1, P2]))
    assert (article.title, article.published_at) == (TITLE, "2020-06-01")


def test_an_issue_number_after_words_is_no_date_line():
    from cleaner.stages.metadata import parse_meta_line

    assert parse_meta_line("第3期") is None
    assert parse_meta_line("理财周刊2020年06月01日第3期") is None  # words before the day: not this shape


@pytest.mark.parametrize(
    ("line", "title"),
    [("外资买入a股前十_ 安信策略陈果：外资进入A股还有4倍以上增长空间", "安信策略陈果：外资进入A股还有4倍以上增长空间"),
     ("外资买入_安信策略陈果谈外资", "外资买入_安信策略陈果谈外资"),  # no blank after the underscore: left
     ("外资买入a股前十_ 甲乙，丙", "外资买入a股前十_ 甲乙，丙"),  # too little headline after it (MIN_TITLE_CHARS)
     ("外资买入a股前十_ 甲乙，丙丁", "甲乙，丙丁")],
)  # fmt: skip
def test_a_farms_search_words_before_an_underscore_and_a_blank_are_cut(line, title):
    assert clean("\n".join([line, P1, P2])).title == title


RELEASE = [
    "簡體版 英文版 寄給朋友 政府新聞網", "金管局就銀行體系和金融市場運作的最新公布", "********************",
    "下稿代香港金融管理局發出∶", P1, P2, "完", "2014年9月30日(星期二)", "香港時間16時48分", "", "列印此頁",
]  # fmt: skip


def test_a_hong_kong_government_release_names_its_issuer_and_its_hour():
    article = clean("\n".join(RELEASE))
    assert article.title == "金管局就银行体系和金融市场运作的最新公布"
    assert (article.source_name, article.published_at) == ("香港金融管理局", "2014-09-30T16:48")
    assert "列印此页" not in article.text


def test_a_day_without_the_hour_under_it_is_no_release_time():
    from cleaner.stages.bylines import closing_release_time

    assert closing_release_time(["完", "2014年9月30日（星期二）", "列印此页"]) is None
    assert closing_release_time(["2014年9月30日（星期二）", "北京时间16时48分"]) is None
    assert closing_release_time(["2014年9月30日", "香港時間16時48分"]) == "2014-09-30T16:48"


@pytest.mark.parametrize(
    ("line", "crumbs"),
    [("地產博客 > 文亮語 返回", ("地產博客", "文亮語")), ("地产博客 > 文亮语", None), ("收益率 > 5% 返回", None),
     ("首页 > 地产博客 > 文亮语 返回", ("首页", "地产博客", "文亮语"))],
)  # fmt: skip
def test_a_path_with_its_back_link_is_a_breadcrumb(line, crumbs):
    # one arrow and no root is no path, unless the page's back link follows it; a figure never is
    from cleaner.stages.crumbs import parse_breadcrumb

    assert parse_breadcrumb(line) == crumbs


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


def test_a_headline_in_two_halves_over_its_meta_line_is_one_title_on_every_run():
    page = "\n".join(["当前位置：首页 > 大众日报 > 国际国内", "国家统计局局长发文称", "今年经济运行开局平稳",
                      "2016-03-16 作者： 来源： 大众日报", P1, P2])  # fmt: skip
    article = clean(page)
    assert article.title == "国家统计局局长发文称今年经济运行开局平稳"
    assert clean(article.text).text == article.text
