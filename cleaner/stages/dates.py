"""Dates and times as Chinese pages print them, to ISO 8601 — never guessed.

``2017-11-08 16:22``, ``2017/11/8``, ``2017.11.08``, ``2017年11月08日 09:30``, ``09时30分``,
``20171108`` are read as printed, and so are Taiwan's era dates (``民國112年6月28日``,
``112/06/28``). Dates without a year (``3月17日``, ``03-17 10:31``) and relative ones (``3小时前``,
``昨天 10:31``, ``刚刚``) need a reference date — the record's crawl date, or the configured one — and
stay ``None`` without it. No time zone is guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

# 2025-04-02 HKT 12:58: a zone's name between the date and its time is read past (the time as printed)
TIME = (
    r"(?:\s*|T)(?:(?:HKT|CST|BJT|GMT|UTC)\s+)?(?P<H>[01]?\d|2[0-3])\s*[:：时時]\s*(?P<M>[0-5]\d)"
    r"(?:\s*[:：分]\s*(?P<S>[0-5]\d)(?:\s*秒)?|\s*分)?"
)
FULL_DATE_RE = re.compile(
    # 2025 年/8 月/4 日: an e-paper's slashes between the parts of a written date
    r"(?<![\d.])(?P<y>(?:19|20)\d{2})\s*(?P<sep>[-/.]|年\s*[/／]?)\s*(?P<m>1[0-2]|0?[1-9])\s*(?:[-/.]|月\s*[/／]?)\s*"
    r"(?P<d>3[01]|[12]\d|0?[1-9])(?![\d.])\s*[日号]?(?:" + TIME + r")?(?!\d)"
)
# Taiwan's Republic era (民国 year 1 is 1912): 民國112年6月28日, and the numeric form its exchange
# filings print, 112/06/28 — three digits, slashes, month and day of two (a fraction is no date)
ROC_YEAR_OFFSET = 1911
ROC_DATE_RE = re.compile(
    r"(?:(?:中华|中華)?(?:民国|民國)\s*(?P<y>\d{1,3})\s*年\s*(?P<m>1[0-2]|0?[1-9])\s*月\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*日"
    r"|(?<![\d/.])(?P<y2>0[5-9]\d|1\d{2})/(?P<m2>1[0-2]|0[1-9])/(?P<d2>3[01]|[12]\d|0[1-9])"
    # 103年10月23日發布: a government's page without the era's name — three digits only (98年 may be 1998)
    r"|(?<![\d.])(?P<y3>1[0-4]\d)\s*年\s*(?P<m3>1[0-2]|0?[1-9])\s*月\s*(?P<d3>3[01]|[12]\d|0?[1-9])\s*日)"
    r"(?:" + TIME + r")?(?!\d)"
)
ROC_YEAR3_RE = re.compile(r"(?<![\d.])1[0-4]\d\s*年")  # the start of ROC_DATE_RE's third form, alone
# date 2025-12-18 (…): the crawler's stamp glued to a page's first line, the weakest word on its date
CRAWLER_STAMP_RE = re.compile(
    r"^[Dd]ate\s+(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})(?P<day>-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?)?\s+(?=\S)"
)
# 週四 下午7:52, 上午 11:05, PM 7:52: a twelve-hour clock after the date, perhaps after its weekday
AFTERNOON = ("下午", "晚上", "晚间", "傍晚", "pm", "PM")
MORNING = ("上午", "凌晨", "早上", "清晨", "am", "AM")
TWELVE_HOUR_RE = re.compile(
    r"\s*(?:(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]\s*)?(?P<half>上午|下午|中午|晚上|晚间|傍晚|凌晨|早上|清晨|[AaPp][Mm])"
    r"\s*(?P<H>1[0-2]|0?\d)\s*[:：]\s*(?P<M>[0-5]\d)(?:\s*[:：]\s*(?P<S>[0-5]\d))?(?!\d)"
)


def _twenty_four(half: str, hour: int) -> str:
    """The hour of a twelve-hour clock on a twenty-four-hour one: 下午7 is 19, 中午1 is 13, 凌晨12 is 0."""
    if (half in AFTERNOON or (half == "中午" and hour < 11)) and hour < 12:
        hour += 12
    elif half in MORNING and hour == 12:
        hour = 0
    return str(hour)


TIME_BEFORE_RE = re.compile(r"(?<![\d:])(?P<H>[01]?\d|2[0-3]):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?\s+$")
COMPACT_DATE_RE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<m>1[0-2]|0[1-9])(?P<d>3[01]|[12]\d|0[1-9])(?!\d)")
# 18-03-08 23:16: a two-digit year, read only when it cannot be a month (13–49 → 2013–2049)
SHORT_YEAR_RE = re.compile(
    r"(?<![\d\-/.])(?P<y>1[3-9]|[2-4]\d)-(?P<m>1[0-2]|0[1-9])-(?P<d>3[01]|[12]\d|0[1-9])"
    r"(?:\s*(?P<H>[01]\d|2[0-3]):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?)?(?![\d\-/])"
)
# 23/3/2023 16:45, 14.09.2016 14:46: day first (or month first, 3/23/2023) — read only when one of the
# two cannot be a month; 3/4/2023 is either, and is never guessed
SLASHED_YEAR_LAST_RE = re.compile(
    r"(?<![\d/.])(?P<a>3[01]|[12]\d|0?[1-9])(?P<sep>[/.])(?P<b>3[01]|[12]\d|0?[1-9])(?P=sep)(?P<y>(?:19|20)\d{2})"
    r"(?![\d/]|\.\d)"
    r"(?:\s+(?P<H>[01]?\d|2[0-3]):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?(?!\d))?"
)
# English month names, as English page templates print dates on Chinese sites: 12-Apr-2017,
# 12 April 2017, April 12, 2017, 2026-Mar-10, and a forum's ctime stamp (Wed Jan 17 10:12:34 2024)
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(?P<mon>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6})\.?"
ENGLISH_DATE_RE = re.compile(
    r"(?<![\w])(?:(?P<d1>3[01]|[12]\d|0?[1-9])[- ]" + _MONTH + r"[- ,]\s*(?P<y1>(?:19|20)\d{2})"
    r"|" + _MONTH.replace("mon", "mon2") + r"\s+(?P<d2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?:,?\s+|\s+-\s+)"
    r"(?:(?P<H>[01]?\d|2[0-3]):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?\s+)?(?P<y2>(?:19|20)\d{2})"
    # 2026-Mar-10 04:00: the year first, as a Hong Kong paper's template prints its 出版 stamp
    r"|(?P<y3>(?:19|20)\d{2})-" + _MONTH.replace("mon", "mon3") + r"-(?P<d3>3[01]|[12]\d|0?[1-9])"
    r"(?:\s+(?P<H3>[01]?\d|2[0-3]):(?P<M3>[0-5]\d)(?::(?P<S3>[0-5]\d))?)?)(?![\w])",
    re.IGNORECASE,
)
# 6 月 7, 2025: a WordPress theme's month and day in Chinese, then the year as English writes it
MONTH_DAY_COMMA_YEAR_RE = re.compile(
    r"(?<![\d\-/.])(?P<m>1[0-2]|0?[1-9])\s*月\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*[,，]\s*(?P<y>(?:19|20)\d{2})(?!\d)"
)
# 22 二月, 2024 and 二月 22, 2024: an English template's date with the month's Chinese name (a
# WordPress theme in a Chinese locale); with no year (8 五月 02:00) it is no date
_MONTH_WORD = r"(?P<{}>十[一二]|[一二三四五六七八九十])月"
MONTH_WORD_DATE_RE = re.compile(
    r"(?<![\d\u4e00-\u9fff])(?:(?P<d1>3[01]|[12]\d|0?[1-9])\s+" + _MONTH_WORD.format("w1") + r"\s*[,，]?\s*"
    r"(?P<y1>(?:19|20)\d{2})|" + _MONTH_WORD.format("w2") + r"\s+(?P<d2>3[01]|[12]\d|0?[1-9])\s*[,，]\s*"
    r"(?P<y2>(?:19|20)\d{2}))(?!\d)"
)
DAY_MONTH_YEAR_RE = re.compile(
    r"(?<![\d\-/.])(?P<d>3[01]|[12]\d|0?[1-9])\s+(?P<m>1[0-2]|0?[1-9])\s*月\s+(?P<y>(?:19|20)\d{2})(?!\d)"
    r"(?:" + TIME + r")?"
)
MONTH_WORDS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")
LATIN_WORD_RE = re.compile(r"[A-Za-z]{3}")
MONTH_DAY_RE = re.compile(
    r"(?<![\d\-/.年])(?P<m>1[0-2]|0?[1-9])\s*(?:月\s*(?P<d1>3[01]|[12]\d|0?[1-9])\s*[日号]"
    r"|-(?P<d2>3[01]|[12]\d|0[1-9])(?=\s+\d{1,2}:\d{2}))(?:" + TIME + r")?(?![\d\-/])"
)
RELATIVE_RE = re.compile(
    r"(?P<n>\d{1,3})\s*(?P<unit>秒|分钟|分鐘|小时|小時|天|日)前"
    # a word of time opens its phrase (after a blank, a mark, 于): after another Chinese character it is
    # part of a word or a name (李刚刚, 每天)
    r"|(?:(?<![\u4e00-\u9fff])|(?<=于))(?P<word>刚刚|剛剛|今天|昨天|前天)(?:" + TIME + r")?"
)


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date found in a line: ``iso`` (None when it needs a reference date we lack) and its span."""

    iso: str | None
    start: int
    end: int


def _iso(y: int, m: int, d: int, hour: str | None, minute: str | None, second: str | None) -> str | None:
    try:
        stamp = datetime(y, m, d, int(hour or 0), int(minute or 0), int(second or 0))
    except ValueError:
        return None
    if hour is None:
        return stamp.strftime("%Y-%m-%d")
    return stamp.strftime("%Y-%m-%dT%H:%M:%S" if second is not None else "%Y-%m-%dT%H:%M")


def whole_date(text: str) -> str | None:
    """The ISO date of ``text`` when a date (and its time) is all of it: ``2022年5月20日`` under a
    notice's signer, ``2025-04-14 HKT 09:39`` under a news list's headline; None otherwise.

    >>> whole_date("2022年5月20日"), whole_date("2022年5月20日 发布")
    ('2022-05-20', None)
    """
    found = find_date(text)
    return found.iso if found is not None and found.start == 0 and found.end == len(text) else None


def find_date(line: str, reference: date | None = None) -> FoundDate | None:
    """The first date in ``line`` with its span; relative and year-less ones need ``reference``.

    >>> find_date("发布时间：2017年11月08日 09:30").iso
    '2017-11-08T09:30'
    >>> find_date("2025-04-04 10:31:38 逾期资讯 44").iso
    '2025-04-04T10:31:38'
    >>> find_date("3月17日 10:31", date(2024, 5, 1)).iso, find_date("3月17日", None).iso
    ('2024-03-17T10:31', None)
    >>> find_date("昨天 09时30分", date(2024, 5, 1)).iso
    '2024-04-30T09:30'
    >>> find_date("发布时间：18-03-0823:16").iso, find_date("03-08-18")
    ('2018-03-08T23:16', None)
    """
    match = FULL_DATE_RE.search(line)
    if match:
        hour, minute, second, start = match["H"], match["M"], match["S"], match.start()
        before = TIME_BEFORE_RE.search(line, max(0, start - 12), start) if hour is None else None
        if before:  # 发布时间：17:45 2026-02-10 HKT — the clock printed first
            hour, minute, second, start = before["H"], before["M"], before["S"], before.start()
        end = match.end()
        clock = TWELVE_HOUR_RE.match(line, end) if hour is None and not before else None
        if clock:  # 2025年9月18日 週四 下午7:52: a weekday, then the half of the day and its clock
            hour, minute, second = _twenty_four(clock["half"], int(clock["H"])), clock["M"], clock["S"]
            end = clock.end()
        iso = _iso(int(match["y"]), int(match["m"]), int(match["d"]), hour, minute, second)
        return FoundDate(iso, start, end)
    # (a line with 年 is searched only when an era's three-digit year stands before it: most say 2024年,
    # and the whole pattern over each of them was a fifth of this function's time)
    roc = "/" in line or "民" in line or ("年" in line and ROC_YEAR3_RE.search(line) is not None)
    match = ROC_DATE_RE.search(line) if roc else None
    if match:
        year = int(match["y"] or match["y2"] or match["y3"]) + ROC_YEAR_OFFSET
        month, day = int(match["m"] or match["m2"] or match["m3"]), int(match["d"] or match["d2"] or match["d3"])
        return FoundDate(_iso(year, month, day, match["H"], match["M"], match["S"]), match.start(), match.end())
    match = COMPACT_DATE_RE.search(line)
    if match and not line[: match.start()].rstrip().endswith(("编号", "代码", "No", "no")):
        return FoundDate(_iso(int(match["y"]), int(match["m"]), int(match["d"]), None, None, None),
                         match.start(), match.end())
    match = SHORT_YEAR_RE.search(line)
    if match:
        year, month, day = 2000 + int(match["y"]), int(match["m"]), int(match["d"])
        return FoundDate(_iso(year, month, day, match["H"], match["M"], match["S"]), match.start(), match.end())
    match = SLASHED_YEAR_LAST_RE.search(line)
    if match:
        a, b = int(match["a"]), int(match["b"])
        day, month = (a, b) if a > 12 or a == b else (b, a) if b > 12 else (0, 0)  # 0: either way round
        iso = _iso(int(match["y"]), month, day, match["H"], match["M"], match["S"]) if day else None
        return FoundDate(iso, match.start(), match.end())
    match = MONTH_DAY_COMMA_YEAR_RE.search(line)
    if match:
        iso = _iso(int(match["y"]), int(match["m"]), int(match["d"]), None, None, None)
        return FoundDate(iso, match.start(), match.end())
    match = DAY_MONTH_YEAR_RE.search(line) if "月" in line else None
    if match:  # 星期五，04 03月 2022 13:01: a CMS's European order with the month's 月
        iso = _iso(int(match["y"]), int(match["m"]), int(match["d"]), match["H"], match["M"], match["S"])
        return FoundDate(iso, match.start(), match.end())
    match = MONTH_WORD_DATE_RE.search(line) if "月" in line else None
    if match:
        month = MONTH_WORDS.index(match["w1"] or match["w2"]) + 1
        iso = _iso(int(match["y1"] or match["y2"]), month, int(match["d1"] or match["d2"]), None, None, None)
        return FoundDate(iso, match.start(), match.end())
    match = ENGLISH_DATE_RE.search(line) if _has_latin_month(line) else None
    if match and (month := _month_number(match["mon"] or match["mon2"] or match["mon3"])):
        day, year = int(match["d1"] or match["d2"] or match["d3"]), int(match["y1"] or match["y2"] or match["y3"])
        clock = ("H", "M", "S") if match["H"] else ("H3", "M3", "S3")
        hour, minute, second = (match[group] for group in clock)
        return FoundDate(_iso(year, month, day, hour, minute, second), match.start(), match.end())
    match = MONTH_DAY_RE.search(line)
    if match:
        iso = None
        if reference is not None:
            month, day = int(match["m"]), int(match["d1"] or match["d2"])
            year = reference.year
            if (month, day) > (reference.month, reference.day):
                year -= 1  # a date after the crawl is last year's
            iso = _iso(year, month, day, match["H"], match["M"], match["S"])
        return FoundDate(iso, match.start(), match.end())
    match = RELATIVE_RE.search(line)
    if match:
        return FoundDate(_relative(match, reference), match.start(), match.end())
    return None


def _has_latin_month(line: str) -> bool:
    """A cheap gate: most lines hold no three Latin letters in a row, let alone a month's name."""
    return LATIN_WORD_RE.search(line) is not None


def _month_number(word: str) -> int | None:
    """Jan, Sept, April, december → 1, 9, 4, 12; a word that only starts like a month (Mayor,
    Marching) → None."""
    word = word.lower().rstrip(".")
    number = MONTHS.index(word[:3]) + 1
    full = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december")[number - 1]  # fmt: skip
    return number if word in (full[:3], full, "sept") else None


def _relative(match: re.Match[str], reference: date | None) -> str | None:
    if reference is None:
        return None
    if match["word"]:
        if match["word"] in ("刚刚", "剛剛"):
            return reference.isoformat()
        day = reference - timedelta(days={"今天": 0, "昨天": 1, "前天": 2}[match["word"]])
        return _iso(day.year, day.month, day.day, match["H"], match["M"], match["S"])
    n, unit = int(match["n"]), match["unit"]
    if unit in ("天", "日"):
        return (reference - timedelta(days=n)).isoformat()
    return reference.isoformat()  # seconds, minutes or hours before an unknown time of that day


def reference_date(fetched_at: str | None, configured: str) -> date | None:
    """The date relative and year-less dates are read against: the crawl's, else the configured one."""
    for text in (fetched_at, configured):
        if text:
            try:
                return date.fromisoformat(text[:10])
            except ValueError:
                continue
    return None
