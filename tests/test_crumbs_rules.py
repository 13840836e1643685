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
