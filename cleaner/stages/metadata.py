"""Reading the header lines of an article: byline, meta line, breadcrumb; and trailer lines.

Pure functions over one line each, used by the structure stage. They return ``None`` when a line is
not of their kind, so a line is only taken out of the body on positive evidence.
"""

from __future__ import annotations

import re
from dataclasses import astuple, dataclass
from datetime import datetime

from ..lexicon import boilerplate_phrases

DATE_RE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})(?!\d)\s*日?"
    r"(?:\s*(?P<H>\d{1,2})\s*[:：时]\s*(?P<M>\d{2})(?:\s*[:：分]\s*(?P<S>\d{2}))?)?"
)
AUTHOR_LABEL_RE = re.compile(r"(?:作者|文|撰文|记者|本报记者|编者|发布者|作者名)\s*[:：/／|｜]\s*")
REPORTER_RE = re.compile(r"^(?:本报)?记者\s+(?P<name>[\u4e00-\u9fff·]{2,8})(?:\s|$)")
BRACKETED_SUFFIX_RE = re.compile(r"[\[【(（][^\]】)）]{0,12}[\]】)）]$")
MAX_AUTHOR_CHARS = 20
# A forum-style byline: a name followed by a level badge, e.g. "费逸美77级工作室认证".
RANKED_AUTHOR_RE = re.compile(
    r"^(?P<name>[\u4e00-\u9fffA-Za-z·]{2,12}?)\s*(?:\d{1,3}级|[Ll][Vv]\.?\s?\d{1,3})"
    r"[\u4e00-\u9fffA-Za-z]{0,12}$"
)
VIEWS_RE = re.compile(
    r"(?:浏览次数|浏览量|浏览|阅读量|阅读数|阅读|点击量|点击数|点击|人气|热度)\s*[:：]?\s*(?P<n>\d+)"
    r"|(?P<n2>\d+)\s*(?:次浏览|次阅读|人阅读|人浏览|阅读)"
)
CATEGORY_RE = re.compile(r"(?:分类|栏目|类别|频道|所属分类)\s*[:：]\s*(?P<cat>[^\s:：]{1,20})")
LABELLED_FIELD_RE = re.compile(
    r"(?:来源|作者|发布时间|发表时间|时间|日期|编辑|浏览次数|浏览|阅读|分类|栏目|字号)\s*[:：]"
)
SENTENCE_MARKS = frozenset("。，；！？,;!?")
BREADCRUMB_SPLIT_RE = re.compile(r"\s*(?:>|＞|»|›|→)\s*")
EDITOR_RE = re.compile(r"^[（(【\[]?\s*(?:责任编辑|责编|编辑)\s*[:：]\s*(?P<name>[^）)】\]\s]{1,20})")
MAX_META_CHARS = 120


@dataclass(frozen=True, slots=True)
class Meta:
    """What header lines say, named as the Article's fields; None where they do not say it.

    ``byline`` is the line itself when it names the author.
    """

    author: str | None = None
    byline: str | None = None
    published_at: str | None = None
    category: str | None = None
    views: int | None = None

    @property
    def is_byline(self) -> bool:
        return self.byline is not None

    def filled_from(self, other: Meta) -> Meta:
        """This, with the fields still None taken from ``other``: the first line to say wins."""
        return Meta(*(
            mine if mine is not None else theirs
            for mine, theirs in zip(astuple(self), astuple(other), strict=True)
        ))


def iso_datetime(match: re.Match[str]) -> str | None:
    """``2025-04-04T10:31:38``, ``2017-11-08T16:22`` or ``2017-11-08``; None if not a real date."""
    y, m, d = int(match["y"]), int(match["m"]), int(match["d"])
    hour, minute, second = (int(match[k]) if match[k] else None for k in ("H", "M", "S"))
    try:
        stamp = datetime(y, m, d, hour or 0, minute or 0, second or 0)
    except ValueError:
        return None
    if hour is None:
        return stamp.strftime("%Y-%m-%d")
    return stamp.strftime("%Y-%m-%dT%H:%M:%S" if second is not None else "%Y-%m-%dT%H:%M")


def parse_byline(line: str) -> Meta | None:
    """An author line: ``作者：张三``, ``文/李四``, ``记者 王五``, ``费逸美77级工作室认证``."""
    if len(line) > MAX_META_CHARS or SENTENCE_MARKS.intersection(line):
        return None
    ranked = RANKED_AUTHOR_RE.match(line)
    if ranked:
        return Meta(author=ranked["name"], byline=line)
    reporter = REPORTER_RE.match(line)
    if reporter:
        return Meta(author=reporter["name"], byline=line)
    labelled = AUTHOR_LABEL_RE.search(line)
    if labelled and (labelled.start() == 0 or LABELLED_FIELD_RE.search(line)):
        return Meta(author=author_name(line[labelled.end() :]), byline=line)
    return None


def author_name(tail: str) -> str | None:
    """The name in what follows an author label, skipping roles and columns; None if unclear.

    >>> author_name("新浪财经首席评论员 艾堂明[微博] 微信公众号：老艾侃股")
    '艾堂明'
    >>> author_name("新浪财经意见领袖专栏（微信公众号kopleader）专栏作家 郝旭光")
    '郝旭光'
    """
    roles = boilerplate_phrases("author_roles")
    for token in tail.split():
        if ":" in token or "：" in token:  # the next labelled field: no name before it
            return None
        token = BRACKETED_SUFFIX_RE.sub("", token)
        if not token or len(token) > MAX_AUTHOR_CHARS or any(b in token for b in "[]【】()（）"):
            continue
        if token.endswith(roles):
            continue
        return token
    return None


def parse_meta_line(line: str) -> Meta | None:
    """A date/category/views line, labelled or not.

    >>> parse_meta_line("2025-04-04 10:31:38 逾期资讯 44")
    Meta(author=None, byline=None, published_at='2025-04-04T10:31:38', category='逾期资讯', views=44)
    """
    if len(line) > MAX_META_CHARS or SENTENCE_MARKS.intersection(line):
        return None
    date = DATE_RE.search(line)
    labelled = LABELLED_FIELD_RE.search(line)
    if not date and not labelled:
        return None
    if not labelled and not _only_meta_words(line, date):
        return None
    views = VIEWS_RE.search(line)
    category = CATEGORY_RE.search(line)
    found = Meta(
        published_at=iso_datetime(date) if date else None,
        category=category["cat"] if category else None,
        views=int(views["n"] or views["n2"]) if views else None,
    ).filled_from(parse_byline(line) or Meta())
    return found if labelled else _unlabelled_tail(line[date.end() :], found)


def _unlabelled_tail(tail: str, found: Meta) -> Meta:
    """``逾期资讯 44`` after a date: the category word, then the view count."""
    tokens = tail.split()
    views = int(tokens.pop()) if tokens and tokens[-1].isdigit() else None
    category = tokens[0] if len(tokens) == 1 and re.fullmatch(r"[\u4e00-\u9fff]{2,10}", tokens[0]) else None
    return found.filled_from(Meta(category=category, views=views))


def _only_meta_words(line: str, date: re.Match[str]) -> bool:
    """An unlabelled line with a date is meta only when little else is on it."""
    rest = (line[: date.start()] + " " + line[date.end() :]).split()
    return len(rest) <= 4 and all(len(token) <= 12 for token in rest)


def parse_breadcrumb(line: str) -> str | None:
    """``首页 > 财经 > 股票`` → ``股票`` (the most specific crumb); None if not a breadcrumb."""
    if len(line) > MAX_META_CHARS:
        return None
    crumbs = [c for c in BREADCRUMB_SPLIT_RE.split(line.strip()) if c]
    if len(crumbs) < 2:
        return None
    first = crumbs[0].rstrip("：:")
    if not any(first.startswith(root) for root in boilerplate_phrases("breadcrumb_roots")):
        return None
    return crumbs[-1]


def parse_editor(line: str) -> str | None:
    """``责任编辑：赵六`` → ``赵六``."""
    match = EDITOR_RE.match(line)
    return match["name"] if match and len(line) <= MAX_META_CHARS else None


def is_trailer_heading(line: str) -> bool:
    return line.strip("：: 【】[]") in boilerplate_phrases("trailer_headings")


def starts_with_any(line: str, kind: str) -> bool:
    return line.startswith(boilerplate_phrases(kind))
