"""dates: ISO, Chinese dates and times, year-less and relative dates against a reference date.

A date that needs a reference is never guessed without one: its ``iso`` stays ``None``.
"""

from datetime import date

import jsonschema
import pytest

from cleaner import Config, Source, clean
from cleaner.article import json_schema
from cleaner.config import StructureConfig
from cleaner.errors import ConfigError
from cleaner.stages.dates import find_date, reference_date

REF = date(2024, 5, 1)


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("2017-11-08 16:22", "2017-11-08T16:22"),
        ("2017-11-08 16:22:05", "2017-11-08T16:22:05"),
        ("2017-11-08T16:22:05", "2017-11-08T16:22:05"),
        ("2017/11/8", "2017-11-08"),
        ("2017.11.08", "2017-11-08"),
        ("2017年11月08日", "2017-11-08"),
        ("2017年11月8号", "2017-11-08"),
        ("2017年11月08日 09:30", "2017-11-08T09:30"),
        ("2017年11月08日 09时30分", "2017-11-08T09:30"),
        ("2017年11月8日09时30分15秒", "2017-11-08T09:30:15"),
        ("2017-11-08 09：30", "2017-11-08T09:30"),
        ("20171108", "2017-11-08"),
        ("1999-01-01", "1999-01-01"),
        ("發佈時間：2017年11月08日 09時30分", "2017-11-08T09:30"),
        ("示例日报/2025 年/8 月/4 日/第 A07 版", "2025-08-04"),  # an e-paper's slashes between the parts
        ("2025年／8月／4日", "2025-08-04"),
        ("14.09.2016 14:46", "2016-09-14T14:46"),  # day first with dots, as a European template prints it
        ("6 月 7, 2025", "2025-06-07"),  # a WordPress theme's month and day, the year after a comma
        ("12月31，2024", "2024-12-31"),
    ],
)
def test_full_dates_read_as_printed(line, iso):
    assert find_date(line).iso == iso
    assert find_date(line, REF).iso == iso  # a reference changes nothing for a full date


def test_span_of_the_date():
    found = find_date("发布时间：2017-11-08 16:22 来源：新华财经")
    assert (found.start, found.end) == (5, 21)


@pytest.mark.parametrize(
    "line",
    [
        "12.5%", "1899-01-01", "2017-13-01", "编号20171108", "代码 20171108", "No20171108", "2017.11.08.", "03-17",
        "2017年//11月//8日",  # one slash after 年 or 月, never two
        "6月7, 20250",  # no year of four digits after the comma
        "14.09/2016",  # two different separators: no date
        "1.2.2016.5",  # a version's numbers
    ],
)
def test_not_dates(line):
    assert find_date(line, REF) is None


def test_impossible_day_is_found_but_not_read():
    found = find_date("2017-02-30")
    assert found is not None and found.iso is None


def test_hour_out_of_range_is_no_time():
    assert find_date("2017-11-08 24:00").iso == "2017-11-08"


# --- year-less dates ------------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["3月17日", "3月17日 10:31", "03-17 10:31"])
def test_year_less_dates_need_a_reference(line):
    found = find_date(line)
    assert found is not None and found.iso is None


def test_year_less_dates_against_a_reference():
    assert find_date("3月17日", REF).iso == "2024-03-17"
    assert find_date("3月17日 10:31", REF).iso == "2024-03-17T10:31"
    assert find_date("03-17 10:31", REF).iso == "2024-03-17T10:31"


def test_year_less_date_after_the_reference_is_last_year():
    assert find_date("5月1日", REF).iso == "2024-05-01"  # the reference day itself: this year
    assert find_date("5月2日", REF).iso == "2023-05-02"  # one day after: last year


# --- relative dates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("刚刚", "2024-05-01"),
        ("剛剛", "2024-05-01"),
        ("今天 09:05", "2024-05-01T09:05"),
        ("昨天", "2024-04-30"),
        ("昨天 10:31", "2024-04-30T10:31"),
        ("昨天 09时30分", "2024-04-30T09:30"),
        ("前天", "2024-04-29"),
        ("3小时前", "2024-05-01"),
        ("3小時前", "2024-05-01"),
        ("5分钟前", "2024-05-01"),
        ("30秒前", "2024-05-01"),
        ("2天前", "2024-04-29"),
        ("1日前", "2024-04-30"),
    ],
)
def test_relative_dates_against_a_reference(line, iso):
    assert find_date(line, REF).iso == iso
    assert find_date(line).iso is None  # never guessed without one


def test_relative_date_across_a_month_and_a_year():
    assert find_date("昨天", date(2024, 3, 1)).iso == "2024-02-29"
    assert find_date("2天前", date(2024, 1, 1)).iso == "2023-12-30"


# --- the reference date ---------------------------------------------------------------------------


def test_reference_date_prefers_the_crawl_date():
    assert reference_date("2024-05-01T10:00:00Z", "2023-01-01") == date(2024, 5, 1)
    assert reference_date(None, "2023-01-01") == date(2023, 1, 1)
    assert reference_date("not a date", "2023-01-01") == date(2023, 1, 1)
    assert reference_date(None, "") is None


def test_reference_date_option_is_validated():
    with pytest.raises(ConfigError):
        StructureConfig(reference_date="2024/05/01")
    with pytest.raises(ConfigError):
        Config.from_dict({"structure": {"reference_date": "2024-5-1"}})


# --- end to end -----------------------------------------------------------------------------------

TITLE = "银行理财新规落地影响几何"
PARA = "近年来，商业银行持续加大对小微企业的信贷投放力度，贷款余额同比增长百分之十二。"


def _page(meta_line: str) -> str:
    return "\n".join([TITLE, meta_line, PARA])


def test_year_less_date_is_null_without_a_reference_end_to_end():
    article = clean(_page("3月17日 10:31 来源：金融虎"))
    assert article.published_at is None
    assert article.source_name == "金融虎"
    assert article.lead == (PARA,)


def test_configured_reference_date_end_to_end():
    config = Config.from_dict({"structure": {"reference_date": "2024-05-01"}})
    assert clean(_page("3月17日 10:31 来源：金融虎"), config).published_at == "2024-03-17T10:31"
    assert clean(_page("发布时间：昨天 10:31"), config).published_at == "2024-04-30T10:31"


def test_crawl_date_beats_the_configured_reference_end_to_end():
    config = Config.from_dict({"structure": {"reference_date": "2020-01-01"}})
    article = clean(_page("发布时间：3小时前"), config, source=Source(fetched_at="2024-05-01T08:00:00"))
    assert article.published_at == "2024-05-01"


def test_chinese_date_and_time_end_to_end():
    article = clean(_page("2017年11月08日 09时30分 来源：零壹财经"))
    assert article.published_at == "2017-11-08T09:30"
    assert article.source_name == "零壹财经"


def test_a_date_in_prose_stays_in_the_text():
    prose = "公司于2017年11月08日发布公告，称净利润同比增长百分之十五，约7.12亿元。"
    article = clean("\n".join([TITLE, "2023-06-01 10:00", prose]))
    assert article.published_at == "2023-06-01T10:00"
    assert article.lead == (prose,)


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("出版时间：2012年01月", "2012-01"),
        ("出版日期：2012年1月", "2012-01"),
        ("出版時間：2012年12月", "2012-12"),
        ("出版时间：2012年13月", None),  # no such month: the line reads no date
    ],
)
def test_a_date_label_with_a_month_alone_gives_the_month(line, iso):
    article = clean(_page(line))
    assert article.published_at == iso
    jsonschema.validate(article.to_dict(), json_schema())


@pytest.mark.parametrize("line", ["2023年12月 市场回顾", "2023年12月", "截至2023年12月，贷款余额增长。"])
def test_a_month_without_a_date_label_is_no_date(line):
    article = clean("\n".join([TITLE, line, PARA]))
    assert article.published_at is None
    assert line in article.text


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("23/3/2023 16:45", "2023-03-23T16:45"),  # day first: 23 is no month
        ("3/23/2023", "2023-03-23"),  # month first: 23 is no month either way round
        ("12/31/2019 08:00:01", "2019-12-31T08:00:01"),
        ("13/12/2019", "2019-12-13"),
        ("12/12/2019", "2019-12-12"),  # the same either way
    ],
)
def test_slashed_dates_with_the_year_last(line, iso):
    assert find_date(line).iso == iso


@pytest.mark.parametrize("line", ["3/4/2023", "12/11/2019 10:00"])
def test_a_slashed_date_that_could_be_either_way_is_never_guessed(line):
    found = find_date(line)
    assert found is not None and found.iso is None


@pytest.mark.parametrize("line", ["32/3/2023", "1/2/20234", "3/13/13/2023"])
def test_not_slashed_dates(line):
    found = find_date(line)
    assert found is None or found.iso is None


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Post on 12-Apr-2017", "2017-04-12"),
        ("12 April 2017", "2017-04-12"),
        ("Posted on April 12, 2017 by admin", "2017-04-12"),
        ("Sept 3rd, 2019", "2019-09-03"),
        ("時間 Wed Jan 17 10:12:34 2024", "2024-01-17T10:12:34"),  # a forum's ctime stamp
        ("31-Feb-2017", None),  # found, but no such day
        ("出版：2026-Mar-10 04:00", "2026-03-10T04:00"),  # the year first, a Hong Kong paper's stamp
        ("2026-Sept-3", "2026-09-03"),
    ],
)
def test_english_month_names(line, iso):
    assert find_date(line).iso == iso


@pytest.mark.parametrize(
    "line", ["Mayor 12, 2017", "12 Marching 2017", "March 2017", "12-Apr-20171", "2017-Marching-12", "2017-Mar-123"]
)
def test_words_that_start_like_a_month_are_no_date(line):
    assert find_date(line) is None


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("发布时间：17:45 2026-02-10 HKT", "2026-02-10T17:45"),  # the clock printed before the date
        ("17:45:09 2026-02-10", "2026-02-10T17:45:09"),
        ("比分3:1 2026-02-10", "2026-02-10"),  # a score, no clock
        ("12:30 到 2026-02-10", "2026-02-10"),  # a word between them: not its time
    ],
)
def test_a_time_printed_before_the_date(line, iso):
    assert find_date(line).iso == iso


# --- boundaries the mutation run showed unpinned --------------------------------------------------


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("更新于 13-01-02", "2013-01-02"),  # the smallest two-digit year that cannot be a month
        ("发布时间：18-03-08 23:16", "2018-03-08T23:16"),
        ("49-12-31 08:05:09", "2049-12-31T08:05:09"),  # the largest
    ],
)
def test_a_two_digit_year_is_this_century(line, iso):
    assert find_date(line).iso == iso


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("17:45:09    2026-02-10", "2026-02-10T17:45:09"),  # the clock starts 12 characters before
        ("发布：17:45:09     2026-02-10", "2026-02-10"),  # 13 characters before: too far to be its time
    ],
)
def test_a_clock_before_the_date_is_read_within_twelve_characters(line, iso):
    assert find_date(line).iso == iso


def test_a_slashed_date_is_month_first_from_a_second_number_of_13():
    assert find_date("3/13/2023").iso == "2023-03-13"
    found = find_date("11/12/2019")  # 12 can be a month: either way round, never guessed
    assert found is not None and found.iso is None


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("发布日期 民国112年6月28日", "2023-06-28"),  # Taiwan's era: year 1 is 1912
        ("中華民國112年6月28日總統令", "2023-06-28"),
        ("民國1年1月1日", "1912-01-01"),
        ("发言时间 101/07/1120:27:47", "2012-07-11T20:27:47"),  # a filing's numeric form, its clock glued on
        ("事实发生日112/06/28", "2023-06-28"),
        ("050/01/02", "1961-01-02"),  # the numeric form's first year
        ("049/01/02", None),  # before it: no date
        ("比例 112/6/28", None),  # month and day of two digits, as filings print them
        ("1/10/2", None),
        ("民国112年13月1日", None),
    ],
)
def test_republic_era_dates(line, iso):
    found = find_date(line)
    assert (found.iso if found else None) == iso


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("刚刚 5", True),
        ("发布于 刚刚", True),
        ("发布于刚刚", True),  # after 于: the phrase's own word
        ("发布时间：昨天10:31", True),
        ("作者：李刚刚", False),  # a name with 刚刚 in it (the mutation run of metadata found it)
        ("李刚刚 5", False),
        ("王今天的文章", False),
    ],
)
def test_a_word_of_time_opens_its_phrase(line, found):
    assert (find_date(line, date(2024, 5, 1)) is not None) is found


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2025-04-02 HKT 12:58", "2025-04-02T12:58"),  # a zone's name between the date and its time
        ("2026年1月2日 CST 11:42", "2026-01-02T11:42"),
        ("2025-04-02 XYZ 12:58", "2025-04-02"),  # no zone's name: the time is not the date's
    ],
)
def test_a_zones_name_between_the_date_and_its_time_is_read_past(text, iso):
    assert find_date(text).iso == iso


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("2025年9月18日 週四 下午7:52", "2025-09-18T19:52"),  # a weekday, then the afternoon's clock
        ("2025/9/18 上午 11:05", "2025-09-18T11:05"),
        ("2025-09-18 PM 7:52", "2025-09-18T19:52"),
        ("2025-09-18 下午12:30", "2025-09-18T12:30"),  # noon is 12 either way
        ("2025-09-18 中午1:05", "2025-09-18T13:05"),
        ("2025-09-18 凌晨12:10", "2025-09-18T00:10"),  # the first hour after midnight
        ("2025-09-18 下午13:10", "2025-09-18"),  # no twelve-hour clock reads 13: no time guessed
    ],
)
def test_a_twelve_hour_clock_after_the_date(line, iso):
    assert find_date(line).iso == iso


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("星期五，04 03月 2022 13:01", "2022-03-04T13:01"),  # a CMS's European order with the month's 月
        ("04 03月 2022", "2022-03-04"),
        ("04 13月 2022", None),  # no thirteenth month
        ("共3 03月 2022年", "2022-03-03"),
    ],
)
def test_the_day_before_the_months_number_and_the_year(line, iso):
    found = find_date(line)
    assert (found.iso if found else None) == iso
