"""spam: keyword-list lines go only with shape + lexicon + place; one weak signal is never enough."""

import time

import pytest

from cleaner import Change, Config, clean
from cleaner.config import SpamConfig
from cleaner.document import Document
from cleaner.stages import spam
from cleaner.stages.spam import is_spam_by_lexicon, lexicon_evidence, list_shape

SEED_HEADER = "国产成人精品日本亚洲11,欧美不卡一区二区三区,亚洲av永久无码国产精品久久,国产麻豆剧传媒精品国产av"
PORN_SPACES = "成人视频 欧美色情 无码高清 日韩AV在线观看 国产自拍偷拍"
PORN_DASHES = "亚洲色图-成人影院-午夜福利-激情视频-免费黄色网站"
GAMBLING_UNDERSCORES = "澳门新葡京_六合彩特码_太阳城娱乐_皇冠体育投注_百家乐官网"
LOTTERY_PIPES = "金沙娱乐场|六合彩开奖结果|特码资料大全|澳门赌场线上平台"
LOOKALIKE = "鸥美AV在线播放,亚洲Av无码专区,国产aV精品视频,日韩av一区二区,欧羙Av高清"

TITLE = "银行理财规模一季度回升 固收类产品仍占主导"
BODY = [
    "今年一季度，银行理财市场规模止跌回升，理财公司发行的产品占比进一步提高。",
    "从产品结构看，固定收益类产品依旧是绝对主力，规模占比超过九成。",
    "混合类和权益类产品发行节奏明显放缓，部分机构暂停了新发权益类产品。",
    "业内人士分析，去年四季度债市调整引发的赎回潮已基本平息。",
    "一位股份行理财公司人士表示，客户对稳健低波的需求非常明确。",
    "在收益表现方面，一季度理财产品平均年化收益率在2.8%左右。",
    "多家机构在产品说明书中下调了业绩比较基准，以更好地管理投资者预期。",
    "展望后市，分析人士认为，理财产品的净值波动将更加平滑。",
]
TRADITIONAL_TITLE = "銀行理財規模一季度回升 固收類產品仍佔主導"
TRADITIONAL_BODY = [
    "今年一季度，銀行理財市場規模止跌回升，理財公司發行的產品佔比進一步提高。",
    "從產品結構看，固定收益類產品依舊是絕對主力，規模佔比超過九成。",
    "混合類和權益類產品發行節奏明顯放緩，部分機構暫停了新發權益類產品。",
    "業內人士分析，去年四季度債市調整引發的贖回潮已基本平息。",
    "一位股份行理財公司人士表示，客戶對穩健低波的需求非常明確。",
    "在收益表現方面，一季度理財產品平均年化收益率在2.8%左右。",
    "多家機構在產品說明書中下調了業績比較基準，以更好地管理投資者預期。",
    "展望後市，分析人士認為，理財產品的淨值波動將更加平滑。",
]


def run_lines(lines: list[str], config: Config | None = None) -> Document:
    text = "\n\n".join(lines)
    return spam.run(Document.from_text(text), (config or Config()).spam)


def removed(doc: Document) -> list[str]:
    return [c.text for c in doc.changes if c.stage == "spam"]


# --- the three kinds of evidence, one at a time ----------------------------------------------


def test_list_shape_splits_on_every_separator():
    settings = SpamConfig()
    assert list_shape("国产精品,欧美一区,亚洲无码", settings) == ["国产精品", "欧美一区", "亚洲无码"]
    assert list_shape(GAMBLING_UNDERSCORES, settings)[0] == "澳门新葡京"
    assert len(list_shape(LOTTERY_PIPES, settings)) == 4
    assert len(list_shape(PORN_DASHES, settings)) == 5
    assert len(list_shape(PORN_SPACES, settings)) == 5
    # 丨 (U+4E28) for a bar
    assert list_shape("国产精品丨欧美一区丨亚洲无码丨", settings) == ["国产精品", "欧美一区", "亚洲无码"]


@pytest.mark.parametrize(
    "line",
    [
        "公司公布了业绩，营收增长：10%。",
        "警方查处了六合彩、特码、澳门新葡京等非法网站。",  # a sentence, however spammy its words
        "国产精品,亚洲无码",  # two phrases are not a list
        "上海市浦东新区张江一区",
    ],
)
def test_list_shape_rejects_sentences_and_short_lines(line):
    assert list_shape(line, SpamConfig()) is None


def test_lexicon_needs_two_strong_terms():
    settings = SpamConfig()
    one_strong = lexicon_evidence(["无码科技", "浦东新区", "张江一区"])
    assert not is_spam_by_lexicon(one_strong, settings)
    weak_only = lexicon_evidence(["彩票", "体育", "娱乐", "澳门"])
    assert not weak_only.strong_terms
    assert not is_spam_by_lexicon(weak_only, settings)
    spam_list = lexicon_evidence(list_shape(SEED_HEADER, settings))
    assert len(spam_list.strong_terms) >= 2
    assert is_spam_by_lexicon(spam_list, settings)


def test_adult_video_app_names_are_strong_but_their_words_alone_are_not():
    assert {"蜜桃视频", "福利视频", "热久久", "午夜拍拍"} <= lexicon_evidence(
        ["蜜桃视频", "福利视频", "热久久", "午夜拍拍"]
    ).strong_terms
    assert not lexicon_evidence(["蜜桃", "员工福利", "拍拍贷"]).strong_terms  # a fruit, a benefit, a lender


def test_lexicon_is_case_insensitive_and_knows_lookalikes():
    evidence = lexicon_evidence(list_shape(LOOKALIKE, SpamConfig()))
    assert is_spam_by_lexicon(evidence, SpamConfig())


# --- run: what goes ---------------------------------------------------------------------------


def test_seed_like_header_removed_and_recorded():
    doc = run_lines([SEED_HEADER, TITLE, *BODY])
    assert doc.text.strip().split("\n\n") == [TITLE, *BODY]
    assert doc.changes == (Change("spam", "spam:keyword_list", SEED_HEADER),)


@pytest.mark.parametrize("header", [GAMBLING_UNDERSCORES, LOTTERY_PIPES, PORN_DASHES, LOOKALIKE])
def test_headers_of_other_shapes_removed(header):
    doc = run_lines([header, TITLE, *BODY])
    assert removed(doc) == [header]
    assert header not in doc.text
    assert doc.text.strip().startswith(TITLE)


def test_two_header_lines_removed():
    doc = run_lines([GAMBLING_UNDERSCORES, LOTTERY_PIPES, TITLE, *BODY])
    assert removed(doc) == [GAMBLING_UNDERSCORES, LOTTERY_PIPES]
    assert doc.text.strip().split("\n\n") == [TITLE, *BODY]


def test_spam_at_the_end_removed():
    doc = run_lines([TITLE, *BODY, PORN_SPACES, PORN_DASHES])
    assert removed(doc) == [PORN_SPACES, PORN_DASHES]
    assert doc.text.strip().split("\n\n") == [TITLE, *BODY]


def test_traditional_spam_header_on_traditional_page_removed():
    header = "國產精品,歐美一區二區,亞洲無碼,澳門新葡京"
    doc = run_lines([header, TRADITIONAL_TITLE, *TRADITIONAL_BODY])
    assert removed(doc) == [header]


def test_simplified_spam_in_the_middle_of_a_traditional_body_removed():
    # not at an edge, but written in another script than the body around it
    lines = [TRADITIONAL_TITLE, *TRADITIONAL_BODY[:4], SEED_HEADER, *TRADITIONAL_BODY[4:]]
    doc = run_lines(lines)
    assert removed(doc) == [SEED_HEADER]


def test_edge_lines_boundary_at_the_top_and_the_bottom():
    """The default three lines at each edge: the third line is at the edge, the fourth is not."""
    edge = SpamConfig().edge_lines
    assert edge == 3
    top = [TITLE, *BODY[: edge - 2], PORN_SPACES, *BODY[edge - 2 :]]
    assert removed(run_lines(top)) == [PORN_SPACES]
    assert run_lines([TITLE, *BODY[: edge - 1], PORN_SPACES, *BODY[edge - 1 :]]).changes == ()
    bottom = [TITLE, *BODY, PORN_SPACES, BODY[0], BODY[1]]
    assert removed(run_lines(bottom)) == [PORN_SPACES]
    assert run_lines([TITLE, *BODY, PORN_SPACES, BODY[0], BODY[1], BODY[2]]).changes == ()


@pytest.mark.parametrize("header_line", ["作者：张三", "2024-03-15 09:30 来源：证券时报", "首页 > 理财 > 基金"])
def test_header_lines_do_not_count_toward_the_edge(header_line):
    """Structure takes bylines, meta lines and breadcrumbs out, so a spam line beyond them is still
    at the page's edge (else it would go only on a second run)."""
    bottom = [TITLE, *BODY, PORN_SPACES, BODY[0], header_line, BODY[1]]
    assert removed(run_lines(bottom)) == [PORN_SPACES]
    top = [TITLE, header_line, BODY[0], PORN_SPACES, *BODY[1:]]
    assert removed(run_lines(top)) == [PORN_SPACES]
    # a line of prose in the same place does count: the spam line is inside the body and stays
    assert run_lines([TITLE, *BODY, PORN_SPACES, BODY[0], BODY[2], BODY[1]]).changes == ()


# --- run: what stays ----------------------------------------------------------------------------


def test_keyword_list_in_the_middle_of_a_same_script_body_stays():
    lines = [TITLE, *BODY[:4], PORN_SPACES, *BODY[4:]]
    doc = run_lines(lines)
    assert doc.changes == ()
    assert PORN_SPACES in doc.text


LEGITIMATE_LINES = [
    "专注于无代码开发平台的无码科技一季度实现营业收入3.6亿元，同比增长41%。",
    "无码科技位于上海市浦东新区张江一区的研发中心今年初投入使用",
    "上海市 浦东新区 张江一区 研发中心",
    "报告期内全国彩票销售额同比增长约12%，带动公司彩票相关业务收入增长18%。",
    "体育彩票,福利彩票,即开型彩票,视频彩票",  # a list, at the edge, but only weak terms
    "无码科技,浦东新区,张江一区,研发中心",  # a list, at the edge, but one strong term
    "股票,基金,债券,理财",
    "伟哥概念股异动 某药企称产品尚在临床阶段",  # a headline that names a strong term
    "标签：无码科技 浦东新区 张江一区",
]


@pytest.mark.parametrize("line", LEGITIMATE_LINES)
@pytest.mark.parametrize("place", ["top", "end"])
def test_legitimate_line_at_an_edge_stays(line, place):
    lines = [line, TITLE, *BODY] if place == "top" else [TITLE, *BODY, line]
    doc = run_lines(lines)
    assert doc.changes == ()
    assert doc.text == "\n\n".join(lines)


def test_text_without_spam_is_returned_unchanged():
    text = "\n".join([TITLE, *BODY])
    doc = spam.run(Document.from_text(text), Config().spam)
    assert doc.text == text
    assert doc.changes == ()


# --- config ---------------------------------------------------------------------------------------


def test_min_strong_terms_raises_the_bar():
    line = "六合彩,特码,澳门,彩票"  # two strong terms and two weak ones
    assert removed(run_lines([line, TITLE, *BODY])) == [line]
    strict = Config(spam=SpamConfig(min_strong_terms=4))
    assert run_lines([line, TITLE, *BODY], strict).changes == ()


def test_edge_lines_one_only_looks_at_the_first_and_last_line():
    config = Config(spam=SpamConfig(edge_lines=1))
    doc = run_lines([TITLE, PORN_SPACES, *BODY], config)  # second line, same script
    assert doc.changes == ()
    assert removed(run_lines([PORN_SPACES, TITLE, *BODY], config)) == [PORN_SPACES]


def test_edge_lines_zero_means_no_line_is_at_an_edge():
    # With no edge positions, a same-script keyword list has no place evidence anywhere.
    config = Config(spam=SpamConfig(edge_lines=0))
    lines = [TITLE, *BODY[:4], PORN_SPACES, *BODY[4:]]
    doc = run_lines(lines, config)
    assert doc.changes == ()


# --- through the pipeline ----------------------------------------------------------------------


def test_pipeline_drops_header_and_lists_it_in_removed():
    article = clean("\n\n".join([SEED_HEADER, TITLE, *BODY]))
    assert article.title == TITLE
    assert SEED_HEADER not in article.text
    assert any(c.stage == "spam" and c.text == SEED_HEADER for c in article.removed)


def test_pipeline_keeps_legitimate_spamlike_words():
    lines = [
        TITLE,
        "专注于无代码开发平台的无码科技一季度实现营业收入3.6亿元。",
        "无码科技位于上海市浦东新区张江一区的研发中心今年初投入使用。",
        "报告期内全国彩票销售额同比增长约12%。",
        "股票,基金,债券,理财",
    ]
    article = clean("\n\n".join(lines))
    assert not [c for c in article.removed if c.stage == "spam"]
    for line in lines[1:4]:
        assert line in article.text


# --- hostile input -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [",".join(["国产精品"] * 400_000), "," * 2_000_000, "_-|" * 600_000, "中" + " " * 200_000 + "中,"],
    ids=["long-keyword-line", "commas", "separators", "blank-run"],
)
def test_long_hostile_line_is_linear(text):
    start = time.perf_counter()
    spam.run(Document.from_text(text), Config().spam)
    assert time.perf_counter() - start < 10


def test_many_keyword_lines_in_the_middle_are_fast():
    # A content-farm page: thousands of keyword lines that are not at an edge and are in the body's
    # script, so each must be checked for place; about 60 KB in all.
    middle = ["国产精品,欧美一区二区,亚洲无码,六合彩特码"] * 2_500
    text = "\n".join([*BODY, *middle, *BODY])
    start = time.perf_counter()
    doc = spam.run(Document.from_text(text), Config().spam)
    assert time.perf_counter() - start < 10
    assert doc.changes == ()


def test_full_width_letters_are_matched_like_ascii():
    # Every strong term here is spelled with full-width ＡＶ: the line goes only if they match.
    header = "国产ＡＶ,日韩ＡＶ,亚洲ＡＶ,ＡＶ电影"
    assert removed(run_lines([header, TITLE, *BODY])) == [header]


# --- each threshold at its boundary (benchmarks/mutation.py found these unpinned) ----------------


def test_max_line_chars_boundary():
    config = SpamConfig()
    at = ("特码," * config.max_line_chars)[: config.max_line_chars]
    assert len(at) == config.max_line_chars
    assert list_shape(at, config) is not None
    assert list_shape(at + "x", config) is None


def test_the_median_segment_decides_the_list_shape():
    config = SpamConfig()
    longest = config.max_segment_chars
    assert list_shape(f"ab,{'x' * longest},{'y' * (longest + 1)}", config) is not None  # the median is at the limit
    assert list_shape(f"ab,cd,{'x' * (longest + 1)},{'y' * (longest + 1)}", config) is None  # the median is over it


@pytest.mark.parametrize(("line", "spam_like"), [
    ("六合彩,特码,股票", True),  # two strong terms: the minimum
    ("六合彩,股票,基金", False),  # one
    ("六合彩,特码,股票,基金", True),  # half the segments hit
    ("六合彩,特码,股票,基金,债券", False),  # fewer than half
    ("六合彩,金沙,永利,新濠", True),  # one strong + three weak (three weak count as one strong)
    ("六合彩,金沙,永利,股票", False),  # one strong + two weak
])
def test_lexicon_evidence_at_its_boundaries(line, spam_like):
    config = SpamConfig()
    assert is_spam_by_lexicon(lexicon_evidence(list_shape(line, config)), config) is spam_like


@pytest.mark.parametrize(("line", "spam_like"), [
    ("国产视频,欧美日韩,亚洲娱乐", True),  # six weak terms weigh as two strong, every phrase holds one
    ("国产视频,欧美日韩,亚洲", False),  # five
    ("国产视频,欧美日韩,亚洲娱乐,股票", False),  # six, but one phrase holds none
])
def test_weak_terms_alone_need_two_strong_terms_weight_in_every_phrase(line, spam_like):
    config = SpamConfig()
    evidence = lexicon_evidence(list_shape(line, config))
    assert not evidence.strong_terms
    assert is_spam_by_lexicon(evidence, config) is spam_like


def test_a_header_of_weak_terms_only_goes_at_the_top_of_a_page():
    header = "久久国产午夜视频影院,日韩欧美一区不卡,成人在线观看视频播放,伊人久99精品视频"
    assert removed(run_lines([header, TITLE, *BODY])) == [header]
    assert removed(run_lines([TITLE, *BODY[:4], header, *BODY[4:]])) == []  # mid-body, same script: no place


@pytest.mark.parametrize(("line", "sole"), [
    ("六合彩特码", True),  # two strong terms, all of the line
    ("六合彩", False),  # one strong term
    ("金沙永利", False),  # weak terms only
    ("赌球特码三肖六肖一二", True),  # terms cover 8 of 10 characters: MIN_SOLE_TERM_COVER exactly
    ("赌球特码三肖一二", False),  # 6 of 8: below it
    ("赌球特码" * 8, True),  # 32 characters: twice max_segment_chars
    ("赌球特码" * 8 + "三", False),  # 33: too long for one keyword run
    ("赌球,特码", True),  # two phrases: a list cut short
    ("赌球,特码,三肖", False),  # three: a list, the list rule's question
    ("赌球特码,甲乙", False),  # 4 of 6 characters
    ("赌球特码三肖,六肖一二", True),  # 8 of 10: the separator is not counted (8 of 11 would be under)
    ("赌球特码" * 4 + ",", True),  # 16 characters and a separator
    ("赌球特码" * 4 + "," + "赌球特码" * 4, True),  # 32 characters in two phrases
    ("赌球特码" * 4 + "," + "赌球特码" * 4 + "三", False),  # 33
])
def test_sole_keyword_at_its_boundaries(line, sole):
    assert spam.MIN_SOLE_TERM_COVER == 0.8
    assert spam.is_sole_keyword(line, SpamConfig()) is sole


@pytest.mark.parametrize(("line", "removed_inside"), [
    ("六合彩,特码,赌球,三肖,網", True),  # one Traditional-only character in ten: 0.1 from the body's 0
    ("六合彩,特码,赌球,三肖,網一", False),  # one in eleven: less than 0.1
])
def test_script_difference_boundary_inside_the_body(line, removed_inside):
    lines = [TITLE, *BODY[:4], line, *BODY[4:]]
    assert removed(run_lines(lines)) == ([line] if removed_inside else [])


@pytest.mark.parametrize("inside", [True, False])
def test_the_body_script_is_sampled_over_script_sample_chars(inside):
    """The body's script is measured on its first SCRIPT_SAMPLE_CHARS characters: one Traditional
    character at the sample's last place moves the body's share enough to keep a spam line whose
    own share is 0.1 (the difference falls below 0.1); one just after the sample does not."""
    spam_line = "六合彩,特码,赌球,三肖,網"  # 0.1 of its Chinese characters Traditional-only
    top, bottom = BODY[:3], BODY[3:6]
    body_before = "\n".join(top) + "\n"
    sample = 4000  # the documented sample, written out: the test must not follow the constant
    where = sample - 1 if inside else sample
    long_line = "网" * (where - len(body_before)) + "網" + "网" * 20
    body = "\n".join([*top, long_line, *bottom])
    assert body[where] == "網" and body.count("網") == 1
    doc = spam.run(Document.from_text("\n".join([*top, spam_line, long_line, *bottom])), SpamConfig())
    assert removed(doc) == ([] if inside else [spam_line])


@pytest.mark.parametrize(
    ("term", "strong"),
    [("精品国产", True), ("精品國產", True), ("这里只有精品", True), ("久久久", True), ("人伦", True),
     ("久久", False), ("精品", False)],
)
def test_turned_round_and_site_name_terms_are_strong(term, strong):
    assert (term in lexicon_evidence([term]).strong_terms) is strong


def test_a_list_of_weak_words_with_turned_round_terms_is_spam():
    line = "久久久国产这里有的是精品，国产人伦激情在线观看，99这里只有精品6，91精品国产闺蜜国产在线闺蜜"
    assert spam._looks_like_spam(line, SpamConfig())
    weak_only = "国产这里有的是精品，国产激情在线观看，99精品6，91国产闺蜜国产在线闺蜜"
    assert not spam._looks_like_spam(weak_only, SpamConfig())  # weak words alone never remove a line
