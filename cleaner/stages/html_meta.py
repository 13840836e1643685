"""Header evidence a page states about itself: JSON-LD, Open Graph, ``<meta>``, ``<time>``, ``<title>``.

Each value becomes a ``Candidate(field, value, origin)``; ``structure`` decides between them (evidence
order, agreement). Values are only tidied, never guessed: dates are ISO as printed (``2017-11-08T16:22``,
no time zone invented, an offset dropped), keywords one candidate each, ``<title>`` without its site
suffix (``_新浪财经_新浪网``, ``| 蘋果日報``; the cut is recorded and the suffix is a ``site_name``
candidate). Spam is never evidence: a ``<title>`` or ``<meta>`` that is a list of spam keywords is
dropped, and a gambling brand prefixed to a title (``[乐虎国际]…``) is cut — both recorded.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache

from lxml import etree

from ..article import Change
from ..config import SpamConfig
from ..document import Candidate
from . import titles
from .html_tree import text_of
from .title_shapes import ORIGINAL_TITLE_RE, original_title_of  # the note read as the text's header reads it

NAME = "extract"
DATE_RE = re.compile(
    r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*T?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?)?"
)
SUFFIX_SEPARATORS_RE = re.compile(r"\s*(?:_|\||｜|--| - | — | – |::)\s*")
SITE_SUFFIX_RE = re.compile(
    r"[-－—]\s*([^-－—\s]{1,10}(?:网|網|报|報|频道|頻道|在线|在線|新闻|新聞|财经|財經|日报|日報|时报|時報|\.com|\.cn))\s*$"
)
BRACKET_PREFIX_RE = re.compile(r"^\s*[\[【(（]([^\]】)）]{1,16})[\]】)）]\s*")
KEYWORD_SPLIT_RE = re.compile(r"\s*[,，、;；|]\s*")
MIN_TITLE_CHARS = 4
SCRIPT_DATE_RE = re.compile(
    r"""(?i)\b_*\$?(?:pub_?time|publish_?time|pub_?date|publish_?date)["']?\s*[:=]\s*["']"""
    r"""((?:19|20)\d{2}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?)"""
)
UTC_RE = re.compile(r"(?:Z|[+-]00:?00)$")  # a stamp in UTC: the page prints its own clock beside it
CLOCK_RE = re.compile(r"(?P<half>上午|下午|中午|晚上|傍晚|凌晨|早上)\s*(?P<h>\d{1,2})\s*[:：]\s*(?P<m>\d{2})")
META_FIELDS = {
    "og:title": ("title", "og"), "og:site_name": ("site_name", "og"), "og:description": ("description", "og"),
    "og:url": ("url", "og"), "article:published_time": ("published_at", "og"), "article:author": ("authors", "og"),
    "article:section": ("category", "og"), "article:tag": ("keywords", "og"),
    "og:release_date": ("published_at", "og"),
    "author": ("authors", "meta"), "keywords": ("keywords", "meta"), "description": ("description", "meta"),
    "publishdate": ("published_at", "meta"), "pubdate": ("published_at", "meta"),
    "publish_date": ("published_at", "meta"), "publishtime": ("published_at", "meta"),
    "dc.date": ("published_at", "meta"), "dc.date.issued": ("published_at", "meta"), "date": ("published_at", "meta"),
    "weibo: article:create_at": ("published_at", "meta"), "article:published": ("published_at", "meta"),
    "source": ("source_name", "meta"), "mediaid": ("source_name", "meta"), "dc.creator": ("authors", "meta"),
    "dc.title": ("title", "meta"), "application-name": ("site_name", "meta"), "editor": ("editor", "meta"),
    "category": ("category", "meta"), "contentsource": ("source_name", "meta"),
}
# schema.org's Article and every subtype of it: a post on a social site or a forum is an article too
# (a douban note is a SocialMediaPosting whose author is a Person)
ARTICLE_TYPES = frozenset((
    "article", "advertisercontentarticle", "newsarticle", "analysisnewsarticle", "askpublicnewsarticle",
    "backgroundnewsarticle", "opinionnewsarticle", "reportagenewsarticle", "reviewnewsarticle", "report",
    "satiricalarticle", "scholarlyarticle", "medicalscholarlyarticle", "socialmediaposting", "blogposting",
    "liveblogposting", "discussionforumposting", "techarticle", "apireference",
))  # fmt: skip


def iso_date(value: str) -> str | None:
    """A printed date as ISO, to the precision printed; no time zone guessed.

    >>> iso_date("2023/02/21 21:20"), iso_date("2017-11-08T16:22:05+08:00"), iso_date("2017年11月8日")
    ('2023-02-21T21:20', '2017-11-08T16:22:05', '2017-11-08')
    """
    match = DATE_RE.search(value or "")
    if not match:
        return None
    year, month, day, hour, minute, second = match.groups()
    if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
        return None
    text = f"{year}-{int(month):02d}-{int(day):02d}"
    if hour is not None and int(hour) < 24 and int(minute) < 60:
        text += f"T{int(hour):02d}:{minute}" + (f":{second}" if second else "")
    return text


def split_title(title: str) -> tuple[str, str | None]:
    """``<title>`` text and its site suffix: the longest leading part before ``_`` ``|`` `` - ``.

    >>> split_title("A股三大指数集体收涨_新浪财经_新浪网")
    ('A股三大指数集体收涨', '新浪财经_新浪网')
    >>> split_title("港股收評 | 蘋果日報")
    ('港股收評', '蘋果日報')
    >>> split_title("武汉的声音：有英勇的你-新华网")
    ('武汉的声音：有英勇的你', '新华网')
    """
    text = title.strip()
    separators = list(SUFFIX_SEPARATORS_RE.finditer(text))
    if not separators:
        site = SITE_SUFFIX_RE.search(text)  # 武汉的声音-新华网: a hyphen without spaces, before a site's name
        if site and (site.start() >= MIN_TITLE_CHARS or not text[: site.start()].strip()):
            return text[: site.start()].strip(), site.group(1).strip()  # -铜雀历史网: a suffix and no title
        return text, None
    parts = SUFFIX_SEPARATORS_RE.split(text)
    best = max(range(len(parts)), key=lambda i: len(parts[i]))
    if best == len(parts) - 1:
        return text, None  # the longest part is last: what precedes it is no site suffix
    cut = separators[best]
    return text[: cut.start()].strip(), text[cut.end() :].strip() or None


@cache
def _strong_terms_re() -> re.Pattern[str]:
    from ..lexicon import spam_terms

    strong = sorted((t for t, (_, is_strong) in spam_terms().items() if is_strong), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, strong)))


def is_spam(text: str) -> bool:
    """A list of spam keywords (our lexicon), as the spam stage judges a line."""
    from .spam import is_spam_by_lexicon, lexicon_evidence

    if not _strong_terms_re().search(unicodedata.normalize("NFKC", text).lower()):
        return False  # no strong term at all: no spam list (one regex, before splitting anything)
    segments = [s for s in re.split(r"[,，、_|｜/\\\-—–~\s]+", text) if s]
    return len(segments) >= 2 and is_spam_by_lexicon(lexicon_evidence(segments), SpamConfig())


def spam_prefix(title: str) -> str | None:
    """A bracketed spam brand before a title: ``[乐虎国际]`` in ``[乐虎国际]央行降准``."""
    from .spam import has_strong_term

    match = BRACKET_PREFIX_RE.match(title)
    if match and has_strong_term(match.group(1)):
        return match.group(0)
    return None


def _candidates_from_value(field: str, value: str, origin: str) -> list[Candidate]:
    value = " ".join(str(value).split())
    if not value:
        return []
    if field == "published_at":
        value = iso_date(value) or ""
        return [Candidate(field, value, origin)] if value else []
    if field == "keywords":
        return [Candidate(field, k, origin) for k in KEYWORD_SPLIT_RE.split(value) if k]
    if field in ("authors", "source_name", "site_name") and "://" in value:
        return []  # a profile link (article:author of Facebook pages) is no name
    return [Candidate(field, value, origin)]


def _names(value: object) -> list[str]:
    """Author or publisher names in JSON-LD: a string, an object with ``name``, or a list of them."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip():
            names.append(name.strip())
    return names


def _authors(value: object) -> tuple[list[str], list[str]]:
    """JSON-LD ``author``: people's names, and organisations' (an agency is a source, not an author)."""
    items = value if isinstance(value, list) else [value]
    people = [n for item in items if not _is_organization(item) for n in _names(item)]
    outlets = [n for item in items if _is_organization(item) for n in _names(item)]
    return people, outlets


def _is_organization(item: object) -> bool:
    kind = item.get("@type") if isinstance(item, dict) else None
    return isinstance(kind, str) and kind.lower() in ("organization", "newsmediaorganization", "corporation")


def json_ld(root: etree._Element) -> list[Candidate]:
    found: list[Candidate] = []
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text, strict=False)
        except (ValueError, RecursionError):  # broken, or nested deeper than Python's parser recurses
            continue
        todo = [data]
        while todo:
            item = todo.pop()
            if isinstance(item, list):
                todo.extend(reversed(item))
                continue
            if not isinstance(item, dict):
                continue
            todo.extend(reversed(item.get("@graph", [])) if isinstance(item.get("@graph"), list) else ())
            kinds = item.get("@type")
            kinds = [kinds] if isinstance(kinds, str) else kinds if isinstance(kinds, list) else []
            if not any(isinstance(k, str) and k.lower() in ARTICLE_TYPES for k in kinds):
                continue
            for key, field in (("headline", "title"), ("name", "title"), ("datePublished", "published_at"),
                               ("articleSection", "category"), ("description", "description"), ("url", "url")):
                if isinstance(item.get(key), str):
                    found += _candidates_from_value(field, item[key], "json-ld")
            people, outlets = _authors(item.get("author"))
            found += [Candidate("authors", name, "json-ld") for name in people]
            found += [Candidate("source_name", name, "json-ld") for name in outlets]
            found += [Candidate("site_name", name, "json-ld") for name in _names(item.get("publisher"))]
            keywords = item.get("keywords")
            if isinstance(keywords, list):
                keywords = ",".join(k for k in keywords if isinstance(k, str))
            if isinstance(keywords, str):
                found += _candidates_from_value("keywords", keywords, "json-ld")
    return found


def script_date(root: etree._Element) -> list[Candidate]:
    """The publication time a page's own script data states (``"pubtime": "2019-09-07 19:02:26"``,
    ``var __$pubtime='…'``) — only when the page's scripts state one such key once: several are a
    list of other posts (``"site":"新华社","publishDate":…`` per teaser)."""
    found: list[str] = []
    for script in root.iter("script"):
        text = script.text
        if not text or script.get("src") or (script.get("type") or "").strip().lower() == "application/ld+json":
            continue
        if "pub" not in text and "Pub" not in text and "PUB" not in text:
            continue  # a substring test in C spares most scripts the regex
        found += SCRIPT_DATE_RE.findall(text)
        if len(found) > 1:
            return []
    value = iso_date(found[0]) if found else None
    return [Candidate("published_at", value, "script")] if value else []


def head_evidence(root: etree._Element, changes: list[Change]) -> list[Candidate]:
    """Candidates from JSON-LD, ``<meta>``, ``<link rel=canonical>``, ``<title>`` and script data."""
    found = json_ld(root)
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        target = META_FIELDS.get(key)
        content = meta.get("content")
        if not target or not content or not content.strip():
            continue
        if target[0] in ("title", "keywords", "description") and is_spam(content):
            changes.append(Change(NAME, "extract:spam_meta", f"<meta {key}> {content.strip()[:120]}"))
            continue
        found += _candidates_from_value(target[0], content, target[1])
    for link in root.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            found.append(Candidate("url", link.get("href").strip(), "meta"))
    title = next((t for t in root.iter("title")), None)
    if title is not None:
        found += title_evidence(text_of(title), changes)
    if not any(c.field == "published_at" for c in found):
        found += script_date(root)
    return found


def title_evidence(raw: str, changes: list[Change]) -> list[Candidate]:
    """The ``<title>``: spam keywords dropped, a spam brand prefix and the site suffix cut."""
    if not raw:
        return []
    if is_spam(raw):
        changes.append(Change(NAME, "extract:spam_title", raw))
        return []
    prefix = spam_prefix(raw)
    if prefix:
        changes.append(Change(NAME, "extract:spam_title", prefix.strip()))
        raw = raw[len(prefix):]
    title, suffix = split_title(raw)
    found = [Candidate("title", title, "title-tag")] if len(title) >= 2 else []
    if suffix:
        changes.append(Change(NAME, "extract:title_suffix", suffix))
        found.append(Candidate("site_name", SUFFIX_SEPARATORS_RE.split(suffix)[-1], "title-tag"))
    return found


def printed_local_time(text: str) -> str | None:
    """A date and a 12-hour clock as pages print them, to ISO: ``2024年5月20日週一 下午2:05`` →
    ``2024-05-20T14:05``; a 24-hour time is read by ``iso_date``; no clock, no value.

    >>> printed_local_time("2024年5月22日週三 上午8:21"), printed_local_time("2024年5月22日")
    ('2024-05-22T08:21', None)
    """
    day = iso_date(text)
    if day is None:
        return None
    if "T" in day:
        return day
    clock = CLOCK_RE.search(text)
    if clock is None:
        return None
    hour, minute = int(clock["h"]), int(clock["m"])
    if hour > 12 or minute > 59:
        return None
    if clock["half"] in ("下午", "晚上", "傍晚") and hour < 12:
        hour += 12
    elif clock["half"] in ("上午", "凌晨", "早上") and hour == 12:
        hour = 0
    return f"{day[:10]}T{hour:02d}:{minute:02d}"


def original_title(body: etree._Element) -> list[Candidate]:
    """``原标题：…`` anywhere on the page, hidden too (a hijacked page hides the real headline's note
    under a headline it glued a brand to): the headline the story first ran under, as evidence of
    what the title's own words are (``original_title``, never a title candidate itself)."""
    for text in body.xpath('.//text()[contains(., "原标题") or contains(., "原標題")]'):
        note = text.strip()
        if ORIGINAL_TITLE_RE.match(note) and len(title := original_title_of(note)) >= titles.MIN_TITLE_CHARS:
            return [Candidate("original_title", title, "original-title")]
    return []


def body_evidence(body: etree._Element, heading: etree._Element | None) -> list[Candidate]:
    """``<time datetime>`` (the first one) and the title's ``<h1>``."""
    found: list[Candidate] = []
    for time in body.iter("time"):
        stamp = time.get("datetime") or ""
        local = printed_local_time(text_of(time)) if UTC_RE.search(stamp.strip()) else None
        if local:  # 2024-05-22T00:21:04.000Z printed as 2024年5月22日週三 上午8:21: the page's own clock
            found.append(Candidate("published_at", local, "time-local"))
        value = iso_date(stamp) or iso_date(text_of(time))
        if value:
            found.append(Candidate("published_at", value, "time"))
            break
    if heading is not None:
        text = text_of(heading)
        if text:
            found.append(Candidate("title", text, heading.tag if heading.tag == "h1" else "h1", text))
    return found
