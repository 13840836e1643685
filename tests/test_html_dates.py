"""html_dates: the page's date row found where real pages print it, away from the title.

Pages of our own words. Each test fails if its rule goes: the row noted before furniture is cut,
labelled rows inside an info box or footer, a teaser's date never taken, other posts' dates never.
"""

from cleaner import clean
from cleaner.stages import html_dates

TITLE = "<title>本市一季度消费市场平稳增长_示例财经网</title>"
BODY = (
    "<div class='article'><h1>本市一季度消费市场平稳增长</h1>"
    "<p>本市今年一季度社会消费品零售总额同比增长百分之六，其中餐饮收入增长较快，线上零售占比继续提高。</p>"
    "<p>业内人士表示，随着促消费政策持续发力，二季度消费市场有望保持平稳增长，服务消费潜力将进一步释放。</p>"
    "<p>有关部门表示，将继续优化消费环境，加大对新型消费的支持力度，推动线上线下融合发展。</p></div>"
)


def page(before: str = "", after: str = "") -> str:
    return f"<html><head><meta charset='utf-8'>{TITLE}</head><body>{before}{BODY}{after}</body></html>"


def test_a_date_in_a_share_bar_is_read_before_the_bar_goes():
    share = "<div class='share-box'><p class='time'><span>2024-03-18</span></p><a href='#'>分享到微博</a></div>"
    article = clean(page(before=share))
    assert article.published_at == "2024-03-18"


def test_a_labelled_row_gives_its_other_fields_too():
    row = "<div class='info-aside'><b>发布时间：2024-03-18</b> <i>来源：示例统计局</i></div>"
    article = clean(page(after=row))
    assert (article.published_at, article.source_name) == ("2024-03-18", "示例统计局")


def test_a_teaser_date_is_no_page_date():
    teasers = (
        "<ul class='related-list'><li><a href='/a'>去年消费市场回顾？</a> <span class='date'>2023-12-30</span></li>"
        "<li><a href='/b'>假日经济观察？</a> <span class='date'>2023-10-08</span></li></ul>"
    )
    assert clean(page(before=teasers)).published_at is None


def test_comment_times_are_no_page_date():
    comments = (
        "<div class='comments'><div class='comment'><span class='post-time'>2024-03-19 10:28</span>"
        "<p>写得很好，支持一下。</p></div></div>"
    )
    assert clean(page(after=comments)).published_at is None


def test_an_unlabelled_date_in_a_sidebar_is_not_taken_but_a_labelled_one_is():
    bare = "<aside class='sidebar'><div><span class='time'>2023-12-30 10:20</span></div></aside>"
    labelled = "<aside class='sidebar'><span>发布日期：2024-03-18</span></aside>"
    assert clean(page(after=bare)).published_at is None
    assert clean(page(after=labelled)).published_at == "2024-03-18"


def test_rows_are_noted_in_page_order_and_only_when_they_read_as_meta():
    from cleaner.stages.html_tree import parse

    body = parse(
        "<html><body><p class='date'>假日经济观察？ 2023-10-08</p><p><span>时间：2024-03-18</span></p></body></html>"
    )[0].find("body")
    noted = html_dates.note_dates(body)
    assert [text for _, text, _ in noted] == ["时间：2024-03-18"]
    assert noted[0][2] is True  # labelled


# --- a UTC stamp beside the page's own clock; the date a page's script states -----------------------


def test_the_printed_clock_beats_a_utc_stamp():
    time = "<time datetime='2024-05-22T00:21:04.000Z'>2024年5月22日週三 上午8:21</time>"
    ld = '{"@type": "NewsArticle", "datePublished": "2024-05-22T00:21:04.000Z"}'
    head = f"<script type='application/ld+json'>{ld}</script>"
    markup = page(before=time).replace("</head>", head + "</head>")
    assert clean(markup).published_at == "2024-05-22T08:21"


def test_a_stamp_with_the_page_zone_is_read_as_stamped():
    time = "<time datetime='2024-05-22T08:21:04+08:00'>2024年5月22日 上午8:21</time>"
    assert clean(page(before=time)).published_at == "2024-05-22T08:21:04"


def test_afternoon_clock():
    from cleaner.stages.html_meta import printed_local_time

    assert printed_local_time("2024年5月20日週一 下午2:05") == "2024-05-20T14:05"
    assert printed_local_time("2024年5月20日 上午12:05") == "2024-05-20T00:05"
    assert printed_local_time("2024年5月20日 下午13:05") is None  # no 12-hour clock


def test_a_publish_time_the_page_script_states_once():
    script = "<script>window.DATA = {\"title\": \"x\", \"pubtime\": \"2019-09-07 19:02:26\"};</script>"
    assert clean(page(before=script)).published_at == "2019-09-07T19:02:26"


def test_several_script_times_are_a_list_of_other_posts():
    script = (
        "<script>var list = [{\"site\": \"示例网\", \"publishDate\": \"2024-05-09 10:00\"},"
        "{\"site\": \"示例社\", \"publishDate\": \"2024-05-10 11:00\"}];</script>"
    )
    assert clean(page(before=script)).published_at is None
