"""The title as the page words it, without what a site glued to it.

A site dresses its headline: a column before it (``【理财】``, ``观韬视点 | ``), its own name and
channels after it (``标题 -科技频道-某财经网``), a file suffix, an edit link, a category word. These
are cut here, each cut recorded; and the title is worded as the page's own metadata words it when
the chosen line is that wording with a few characters glued on.
"""

from __future__ import annotations

import re

from ..article import Change
from ..document import Candidate
from ..lexicon import boilerplate_phrases
from .dates import whole_date
from .names import is_button, is_outlet_name, known_outlets, recognition_form
from .spam import glued_prefix, has_strong_term  # a brand glued to a title, by the spam stage's lexicon

NAME = "structure"
SITE_NAME_RE = re.compile(
    r"(?:网|網站|网站|在线|在線|频道|頻道|官网|官網|社区|社區|论坛|論壇|门户|资讯|資訊|平台)$"
    r"|(?:www\.|\.com|\.cn|\.net|\.org|\.hk|\.tw)",
    re.IGNORECASE,
)
# time-local: a <time> whose stamp is UTC, read from the clock it prints — the page's own hour
ORIGIN_ORDER = (
    "time-local", "json-ld", "og", "meta", "time", "h1", "title-tag", "title-label", "page-caption", "meta-line",
    "byline", "breadcrumb", "script",
    "stamp",  # date 2025-12-18 glued to a page's first line: the weakest word on the date
)
POST_LABELS = frozenset(  # a column prefix that says what kind of post it is, not its category
    ("原创", "原創", "转载", "轉載", "独家", "獨家", "重磅", "快讯", "快訊", "置顶", "精华", "热门", "图文", "视频")
)
MIN_GLUED_TITLE_CHARS = 6  # a glued category word is cut only when this much title is left
KEYWORD_SEPARATORS = "-_|｜—–"
# a channel or site after _: a word, no number first, or a Latin site's name of up to three words (STA:Learning Star)
UNDERSCORED_RE = re.compile(r"\s*[^\W\d_][^\W_]{1,11}(?:[ :][A-Za-z][A-Za-z0-9]{0,11}){0,2}\s*")
LATIN_WORD_RE = re.compile(r"[A-Za-z]{2,}")
# 【理财】…, and 美股收盘》… (a column closed by a 》 that nothing opened: Taiwan's portals)
COLUMN_PREFIX_RE = re.compile(
    r"^(?:[【\[〈](?P<column>[^】\]〉\d]{2,8})[】\]〉]|(?P<open_column>[^《》【】\[\]\s\d]{2,8})》)\s*(?=\S)"
)
# a content farm's search keywords, an underscore and a blank before the headline it copied
KEYWORD_PREFIX_RE = re.compile(r"[^_\s]{2,16}_\s+(?=\S)")
# 【880】, [00700.HK]: a listed company's code in brackets before the headline (a quote site's tag)
STOCK_CODE_PREFIX_RE = re.compile(r"^[【\[]\s*\d{3,6}(?:\.[A-Za-z]{2})?\s*[】\]]\s*(?=\S)")
FOOTNOTE_MARK_RE = re.compile(r"(?<=[^\s*＊])\s*[*＊]+$")  # (a longer run: a mask or a filler, cut the same)
PAREN_CHANNEL_RE = re.compile(r"^[（(](?P<column>[\u4e00-\u9fff]{2,4})[)）]\s*(?=\S)")
# 观韬视点 | 标题: a short column before a bar, the headline after it (a site's name follows its headline)
BARS = "|｜丨︱"  # 丨 (U+4E28) and ︱ (U+FE31, a vertical form of the dash) drawn as bars
BAR_COLUMN_RE = re.compile(rf"^(?P<column>[^{BARS}\s\d]{{2,8}})\s*[{BARS}]\s*(?=\S)")
# 《港股》标题 (a channel's name in title marks) and 环球要闻：标题 (a column word ending the prefix)
# (世界球精选!…: a mirror site's column before an exclamation mark, as such sites stamp every headline;
# 保險要聞 保單大變革…: before a blank)
NAMED_COLUMN_RE = re.compile(
    r"^(?:《(?P<quoted>[^《》\s\d]{2,6})》|(?P<labelled>[^\s\d:：《》!！]{2,8})(?:[:：!！]|\s+(?![|｜丨︱\-—_:：])))\s*(?=\S)"
)
# a column stamped before an exclamation mark is a short name (世界球精选!); a longer phrase there is a
# headline's own exclaimed clause, even when it ends in a column word (多只个股尾盘异动！)
MAX_EXCLAIMED_COLUMN_CHARS = 6
# …哭 -科技频道-金鱼财经网: a site's name (and its channel) after the headline, one part at a time
SITE_PART_RE = re.compile(r"\s*[-－—_|｜]\s*(?P<part>[^-－—_|｜\s]{2,12})$")
# a spam site's brand a separator puts after the headline (雪球产品-yb体育官方); the headline before it
# may be short, as a content farm's are, but is never under two characters
SPAM_SUFFIX_RE = re.compile(r"\s*[-－—_|｜]\s*(?P<part>[^-－—_|｜]{2,40})$")
MIN_SPAM_SUFFIX_HEAD = 2
MIN_OUTLET_SUFFIX_CHARS = 4  # 联合早报 after a bar is the site's name; 年报 is a headline's word
# …管理制度 下载公告; 更新招募说明书摘要下载: a document named, then the link to fetch it
GLUED_LINK_RE = re.compile(
    r"\s*(?:(?:下载|查看|阅读)(?:PDF|pdf)?(?:公告|原文|全文|附件|报告)|(?<=公告|报告|摘要|年报|季报|全文|明书)下载)$"
)
# 固定收益专题报告：…-20190217-国信证券-11页(.pdf): a research report's file name on a document site —
# the day it was issued, the broker that issued it, its page count
REPORT_FILE_RE = re.compile(r"-(?P<day>(?:19|20)\d{6})-(?P<issuer>[\u4e00-\u9fffA-Za-z]{2,16})-\d{1,4}页$")
# >> 国信证券-海外市场速览：…-231008: a report site's file name the other way round — the broker first,
# the day (YYMMDD or YYYYMMDD) last
ISSUER_PREFIX_RE = re.compile(r"(?:>>\s*)?(?P<issuer>[\u4e00-\u9fff]{2,6}(?:证券|期货|研究所|研究院))-")
REPORT_DAY_SUFFIX_RE = re.compile(r"-(?P<day>(?:19|20)?\d{6})$")
CLOCK_SUFFIX_RE = re.compile(r"\s*[（(]\s*(?:[01]?\d|2[0-3]):[0-5]\d\s*[)）]$")
FILE_SUFFIX_RE = re.compile(r"\.(?:docx?|pdf|pptx?|xlsx?|txt|wps|caj)$", re.IGNORECASE)
# a wiki's edit link after its heading (雄安新区[编辑]): never the title's words, however short the title
EDIT_LINK_RE = re.compile(r"\s*[\[［](?:编辑|編輯|编辑源代码|編輯原始碼|edit|Edit)[\]］]$")
# a page's button in brackets after the headline (…有启示 [打印本页]): the print view's link, glued on
BRACKETED_TOOL_SUFFIX_RE = re.compile(r"\s*[\[［【](?P<tool>[^\[\]［］【】]{2,8})[\]］】]$")
MIN_KICKER_OUTLET_CHARS = 3
MIN_TITLE_CHARS = 5  # a shorter line is a title only when nothing else has evidence (客户端 is no headline)
PAGE_TITLE_ORIGINS = frozenset(("json-ld", "og", "meta", "title-tag"))
MAX_GLUED_CHARS = 4
GLUED_WORD_RE = re.compile(r"[^\W\d_]")


def ranked(evidence: tuple[Candidate, ...], name: str) -> list[str]:
    """The values offered for field ``name``, best origin first (JSON-LD, Open Graph, <meta>, …)."""
    found = [c for c in evidence if c.field == name and c.value]
    found.sort(key=lambda c: ORIGIN_ORDER.index(c.origin) if c.origin in ORIGIN_ORDER else len(ORIGIN_ORDER))
    return [c.value for c in found]


def without_site_suffix(line: str) -> tuple[str, str]:
    """The line without the site's name a separator put after it (and the site's channels before that
    name): ``标题 -科技频道-某财经网`` → (``标题``, `` -科技频道-某财经网``). Nothing is cut unless the last
    part names a site, nor when less than a headline would be left."""
    head = line
    while (part := SITE_PART_RE.search(head)) and _names_a_site(part["part"], last=head == line):
        if len(head[: part.start()]) < MIN_TITLE_CHARS:
            break
        head = head[: part.start()]
    return head, line[len(head) :]


def _glued_spam(title: str) -> str | None:
    """A spam brand glued before the headline (``今期跑狗玄机图…``), or a casino's slogans before it
    between bars (``凯发app手机版下载|国美在线优惠券|…``: every part before the last goes when one
    names a brand), when a headline is left after it."""
    *before, last = re.split(f"[{BARS}]", title)
    spam = title[: len(title) - len(last)] if any(map(has_strong_term, before)) else glued_prefix(title)
    return spam if spam and len(title) - len(spam) >= MIN_TITLE_CHARS else None


def _names_a_site(part: str, last: bool) -> bool:
    """A site's or channel's name (``某财经网``, ``科技频道``); last on the line, an outlet's name too
    (``…|联合早报``), if it is long enough not to be a word (``年报``) or is a known one (``新京报``)."""
    form = recognition_form(part).strip("《》")  # -《华尔街日报》: the outlet in its title marks
    if SITE_NAME_RE.search(form):
        return True
    return last and is_outlet_name(form) and (len(form) >= MIN_OUTLET_SUFFIX_CHARS or form in known_outlets())


def as_the_page_words_it(title: str, evidence: tuple[Candidate, ...], changes: list[Change]) -> str:
    """The title as the page's own metadata words it, when the chosen line is that wording with a few
    characters glued on — a badge (``原创``), a button (``播报文章``), a wiki's ``[编辑]`` link, a verb
    run on from the subtitle (``…座谈会强调``); the cut is recorded. Never a number, never more than
    ``MAX_GLUED_CHARS``, never punctuation alone (the heading's own ``？`` stays)."""
    for worded in ranked(tuple(c for c in evidence if c.origin in PAGE_TITLE_ORIGINS), "title"):
        worded = worded.strip()
        if len(worded) < MIN_TITLE_CHARS or worded == title:
            continue
        if title.startswith(worded):
            glued, reason = title[len(worded) :], "structure:title_suffix"
        elif title.endswith(worded):
            glued, reason = title[: -len(worded)], "structure:title_prefix"
        else:
            continue
        if 0 < len(glued.strip()) <= MAX_GLUED_CHARS and GLUED_WORD_RE.search(glued) and not re.search(r"\d", glued):
            changes.append(Change(NAME, reason, glued.strip()))
            return worded
    return title


def tidy_title(
    title: str,
    category: str | None,
    changes: list[Change],
    keywords: tuple[str, ...] = (),
    stated: tuple[str, ...] = (),
) -> tuple[str, str | None]:
    """The title without what a site glued to it, each cut recorded; and a category it revealed.

    ``【要闻】标题`` loses its column (which becomes the category when none is known; a publisher's own
    kicker, ``【新股潜水】标题``, stays and names the category all the same), ``….docx``
    its file suffix, and ``…一环金融`` the category word glued to its end — only when that word is
    this page's category, said elsewhere, so ``发展普惠金融`` keeps its ``金融``.
    """
    code = STOCK_CODE_PREFIX_RE.match(title)
    if code and len(title) - code.end() >= MIN_TITLE_CHARS:  # 【880】澳博上季盈利增65.2%: the stock's code
        changes.append(Change(NAME, "structure:title_prefix", code.group(0).strip()))
        title = title[code.end() :]
    column = _column_prefix(title)
    name = next(n for n in column.groups() if n) if column else None
    # A bracketed kicker (【新股潜水】, 〈港股盘后〉) is the headline's own unless something says it is the
    # site's: a column's or channel's word, a post's label — or the headline without it, as the page
    # states it elsewhere (its 原标题)
    bracketed = column is not None and column.re is COLUMN_PREFIX_RE
    evidence = not bracketed or title[column.end() :].strip() in stated or _sites_column(name)
    kicker = None  # a kicker kept in the headline names the column too — after the glue is cut, for its
    # word is no evidence of glue at the headline's end (【资讯汇总】…盘中重要资讯汇总 keeps its last word)
    if column and evidence:
        changes.append(Change(NAME, "structure:title_prefix", column.group(0).strip()))
        title = title[column.end() :]
        if name not in POST_LABELS:
            category = category or name
    elif column and name not in POST_LABELS and not (len(name) >= MIN_KICKER_OUTLET_CHARS and is_outlet_name(name)):
        # (【端傳媒】趙燕婷：…: an outlet's bracket names its source, read by the header, no column; [年报]
        # ends like a paper's name and is a filing's kind)
        kicker = name
    keyword = KEYWORD_PREFIX_RE.match(title)
    if keyword and len(title) - keyword.end() >= MIN_TITLE_CHARS:  # 外资买入a股前十_ 安信策略陈果：…: a search's words
        changes.append(Change(NAME, "structure:title_prefix", keyword.group(0).strip()))
        title = title[keyword.end() :]
    spam = _glued_spam(title)
    if spam:
        changes.append(Change(NAME, "structure:spam_prefix", spam))  # 今期跑狗玄机图 before the headline
        title = title[len(spam) :].lstrip()
    mark = FOOTNOTE_MARK_RE.search(title)
    if mark and mark.start() >= MIN_TITLE_CHARS:  # …相互伤害？*: a journal's footnote mark on its title
        changes.append(Change(NAME, "structure:title_suffix", mark.group(0).strip()))
        title = title[: mark.start()]
    title, site = without_site_suffix(title)
    if site:
        changes.append(Change(NAME, "structure:title_suffix", site.strip()))
    brand = SPAM_SUFFIX_RE.search(title)
    if brand and brand.start() >= MIN_SPAM_SUFFIX_HEAD and has_strong_term(brand["part"]):
        changes.append(Change(NAME, "structure:spam_suffix", brand.group(0).strip()))  # 雪球产品-yb体育官方
        title = title[: brand.start()]
    edit_link = EDIT_LINK_RE.search(title)
    if edit_link and edit_link.start() > 0:
        changes.append(Change(NAME, "structure:title_suffix", edit_link.group(0).strip()))
        title = title[: edit_link.start()]
    tool = BRACKETED_TOOL_SUFFIX_RE.search(title)
    if tool and tool.start() >= MIN_TITLE_CHARS and is_button(recognition_form(tool["tool"].strip())):
        changes.append(Change(NAME, "structure:title_suffix", tool.group(0).strip()))
        title = title[: tool.start()]
    link = GLUED_LINK_RE.search(title)
    if link and link.start() >= MIN_TITLE_CHARS:  # …管理制度 下载公告: the page's link, glued on
        changes.append(Change(NAME, "structure:title_suffix", link.group(0).strip()))
        title = title[: link.start()].rstrip()
    suffix = FILE_SUFFIX_RE.search(title)
    if suffix and suffix.start() >= MIN_TITLE_CHARS:
        changes.append(Change(NAME, "structure:title_suffix", suffix.group(0)))
        title = title[: suffix.start()]
    clock = CLOCK_SUFFIX_RE.search(title)
    if clock and clock.start() >= MIN_TITLE_CHARS:  # 港股半日彈344點… (12:07): the hour a live page filed it
        changes.append(Change(NAME, "structure:title_suffix", clock.group(0).strip()))
        title = title[: clock.start()]
    report = REPORT_FILE_RE.search(title)
    if report and report.start() >= MIN_TITLE_CHARS:  # …-20190217-国信证券-11页: a report's file name
        changes.append(Change(NAME, "structure:title_suffix", report.group(0)))
        title = title[: report.start()]
    issuer, day = ISSUER_PREFIX_RE.match(title), REPORT_DAY_SUFFIX_RE.search(title)
    if issuer and day and report_day(day["day"]) and day.start() - issuer.end() >= MIN_TITLE_CHARS:
        changes.append(Change(NAME, "structure:title_prefix", issuer.group(0)))
        changes.append(Change(NAME, "structure:title_suffix", day.group(0)))
        title = title[issuer.end() : day.start()]
    head, *channels = title.split("_")
    if channels and len(head) >= MIN_GLUED_TITLE_CHARS and all(UNDERSCORED_RE.fullmatch(c) for c in channels):
        # 组合基金的运作模式_投资论文(_某某网): a headline has no underscore; the site joins its channels so
        changes.extend(Change(NAME, "structure:title_suffix", "_" + c) for c in channels)
        channel = channels[0].strip()  # a Latin site's name (STA:Learning Star) is no category
        title, category = head.rstrip(), category or (None if LATIN_WORD_RE.search(channel) else channel)
    glued = _glued_word(title, category) or _glued_keyword(title, keywords) or _barred_channel(title)
    if glued:
        changes.append(Change(NAME, "structure:title_suffix", glued))
        title = title[: -len(glued)].rstrip(" " + KEYWORD_SEPARATORS)
        category = category or glued
    return title, category or kicker


def report_day(digits: str) -> str | None:
    """``231008`` or ``20231008`` → ``2023-10-08``; None when no such day."""
    return whole_date(digits if len(digits) == 8 else "20" + digits)


def _sites_column(name: str) -> bool:
    """Evidence that a bracketed kicker is the site's column, not the headline's own words: it names a
    column or channel (``【理财】``, ``【要闻】``) or is a post's label (``[原创]``). A publisher's own
    kicker (``【新股潜水】``, ``〈港股盘后〉``, ``【资讯汇总】``) is printed as part of the headline, and
    readers quote the headline with it — even where its byline row repeats the column's name."""
    form = recognition_form(name.strip())
    return _names_a_column(form) or form in POST_LABELS or name in POST_LABELS


def without_column(title: str) -> str:
    """The headline after the column a site put before it (``政策解读|《…》解读（二）`` → ``《…》解读（二）``)."""
    column = _column_prefix(title)
    return title[column.end() :] if column else title


def _column_prefix(title: str) -> re.Match[str] | None:
    """The column a site put before the headline, when enough headline is left after it: ``【理财】``,
    ``美股收盘》``, ``观韬视点 | ``, ``《港股》`` (a channel's name, so ``《货币战争》读后感`` keeps its
    book) or ``环球要闻：`` (ending in a column word, so ``美国经济：…`` keeps its subject)."""
    column = COLUMN_PREFIX_RE.match(title) or _bar_column(title) or _bracketed_channel(title)
    named = NAMED_COLUMN_RE.match(title)
    if not column and named:
        quoted, labelled = named["quoted"], named["labelled"]
        said = (quoted and recognition_form(quoted) in boilerplate_phrases("channel_names")) or (
            labelled and recognition_form(labelled).endswith(boilerplate_phrases("column_words"))
        )  # 《港股》 a channel; 环球要闻： a column word (美国经济： a subject)
        exclaimed = title[named.end("labelled") : named.end()].strip().startswith(("!", "！")) if labelled else False
        if exclaimed and len(labelled) > MAX_EXCLAIMED_COLUMN_CHARS:
            said = False  # 多只个股尾盘异动！…: a clause of the headline that ends in a column word
        column = named if said else None
    return column if column and len(title) - column.end() >= MIN_TITLE_CHARS else None


def _bracketed_channel(title: str) -> re.Match[str] | None:
    """``（经济）农发行…``: a wire's channel in round brackets before the headline — only a channel's
    name (``（二）`` or ``（独家）`` is the headline's own)."""
    bracketed = PAREN_CHANNEL_RE.match(title)
    if bracketed and recognition_form(bracketed["column"]) in boilerplate_phrases("channel_names"):
        return bracketed
    return None


def _bar_column(title: str) -> re.Match[str] | None:
    """``观韬视点 | 标题``: a column before a bar, naming itself one (ending in a column word, or a
    channel's name), shorter than the headline after it, the only bar, and no site's name after it
    (``央行降准 | 某某网`` is a headline and its site). Any other word before a bar is the publisher's
    own kicker, kept as the headline writes it (``棱镜|…``, ``两万字长文 | …``)."""
    barred = BAR_COLUMN_RE.match(title)
    if not barred or not _names_a_column(barred["column"]):
        return None
    rest = title[barred.end() :]
    if len(rest) <= len(barred["column"]) or re.search(f"[{BARS}]", rest) or SITE_NAME_RE.search(rest):
        return None
    return barred


def _names_a_column(name: str) -> bool:
    form = recognition_form(name.strip())
    return form.endswith(boilerplate_phrases("column_words")) or form in boilerplate_phrases("channel_names")


def _glued_keyword(title: str, keywords: tuple[str, ...]) -> str | None:
    """One of the page's own keywords after a separator at the title's end (``…监察法-纪检`` on a page
    whose ``<meta name="keywords">`` says 纪检): the site's channel, not the title's words. Without the
    separator it stays (``…普惠金融`` keeps its ``金融`` whatever the keywords)."""
    for word in keywords:
        cut = len(title) - len(word)
        if word and title.endswith(word) and cut - 1 >= MIN_GLUED_TITLE_CHARS and title[cut - 1] in KEYWORD_SEPARATORS:
            return word
    return None


def _barred_channel(title: str) -> str | None:
    """A channel's name after a bar or dash at the title's end (``…风险分析|债券``): the site's column,
    named as its menu names it (``channel_names``), with a headline's length left before it."""
    cut = max(title.rfind(mark) for mark in KEYWORD_SEPARATORS)
    channel = title[cut + 1 :].strip()
    if cut < MIN_GLUED_TITLE_CHARS or recognition_form(channel) not in boilerplate_phrases("channel_names"):
        return None
    return channel


def _glued_word(title: str, category: str | None) -> str | None:
    """The word glued to the title's end: this page's category, or a channel word no compound owns."""
    entries = boilerplate_phrases("glued_channels")
    owned = tuple(e[1:] for e in entries if e.startswith("="))
    channels = [e for e in entries if not e.startswith("=")]
    for word in ([category] if category else []) + channels:
        if not title.endswith(word) or len(title) - len(word) < MIN_GLUED_TITLE_CHARS:
            continue
        if title.endswith(owned):
            continue
        return word
    return None
