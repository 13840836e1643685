"""crumbs: each rule at its boundary (the mutation run's survivors), on lines of our own words."""

from cleaner.stages.crumbs import parse_breadcrumb


def test_a_home_crumb_roots_a_breadcrumb_only_where_it_stands_first():
    assert parse_breadcrumb("首页 | 关于我们") == ("首页", "关于我们")
    assert parse_breadcrumb("关于我们 | 首页") is None  # a menu row that ends on the home link


def test_a_sites_home_starts_with_a_chinese_character_not_only_its_second():
    assert parse_breadcrumb("示例网首页 / 理财") == ("示例网首页", "理财")
    assert parse_breadcrumb("e示例网首页 / 理财") is None  # a Latin letter first, though Chinese follows


def test_a_pagers_links_after_the_home_crumb_are_no_breadcrumb():
    assert parse_breadcrumb("首页 | 上一页 | 下一页 | 尾页") is None
    assert parse_breadcrumb("首页 | 下一篇：示例文章") is None
    assert parse_breadcrumb("首页 | 财经 | 正文") == ("首页", "财经", "正文")
    assert parse_breadcrumb("上一页 > 财经 > 正文") is None  # first or not, a pager's word is no crumb


def test_arrows_lost_to_question_marks_part_a_path_that_opens_with_home_itself():
    assert parse_breadcrumb("首頁  ?  財經  ?  投資理財") == ("首頁", "財經", "投資理財")
    assert parse_breadcrumb("首页？财经") == ("首页", "财经")
    assert parse_breadcrumb("首页改版了？用户怎么看？") is None  # more than home before the mark: a question
    assert parse_breadcrumb("财经？投资理财") is None  # no home: a question mark is no arrow


def test_an_arrow_lost_before_home_too_still_opens_the_path():
    # the first pass reads the line; its cleaned form (？ for ?) must read the same, or a second clean changes it
    assert parse_breadcrumb("? 首頁 ? 理論教育 ?示例標題") == ("首頁", "理論教育", "示例標題")
    assert parse_breadcrumb("? 首页？理论教育？示例标题") == ("首页", "理论教育", "示例标题")
    assert parse_breadcrumb("? 首页改版了？用户怎么看？") is None
    assert parse_breadcrumb("? 财经？投资理财") is None


def test_ascii_drawn_arrows_part_crumbs_without_their_shafts():
    assert parse_breadcrumb("您的位置:首 页 ->> 政策法规 ->> 阅读详细") == ("首 页", "政策法规", "阅读详细")
    assert parse_breadcrumb("首页 --> 财经") == ("首页", "财经")


def test_a_cms_word_for_the_page_itself_is_no_category():
    from cleaner.stages.crumbs import category_of

    assert category_of(("首页", "政策法规", "阅读详细"), "标题") == "政策法规"
    assert category_of(("首页", "政策法规", "阅读心得"), "标题") == "阅读心得"


def test_a_known_sites_name_roots_a_path_of_two_arrows():
    # 金融界 is a portal's name (known_outlets.txt); 债券公告 is no channel word, so only the root says path
    assert parse_breadcrumb("金融界 > 债券频道 > 债券公告") == ("金融界", "债券频道", "债券公告")
    assert parse_breadcrumb("金融界 > 债券公告") is None  # one arrow: a comparison as well as a path
    assert parse_breadcrumb("示例界 > 债券频道 > 债券公告") is None  # a name the lexicon does not know


def test_more_prefixes_and_a_separator_closing_the_path():
    assert parse_breadcrumb("当前所在位置:首页/资讯中心/示例办法/") == ("首页", "资讯中心", "示例办法")
    assert parse_breadcrumb("现在位置:示例网>经济论文>证券论文") == ("示例网", "经济论文", "证券论文")
    assert parse_breadcrumb("本页位置: 首页 → 新闻中心 → 经济新闻 |") == ("首页", "新闻中心", "经济新闻")


def test_a_sites_name_roots_a_path_of_two_arrows():
    assert parse_breadcrumb("示例范文网 > 实用范文 > 其他范文") == ("示例范文网", "实用范文", "其他范文")
    assert parse_breadcrumb("示例范文网 > 实用范文") is None  # one arrow: a comparison as well as a path
