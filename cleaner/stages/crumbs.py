"""Reading breadcrumbs: ``首页 > 财经 > 股票`` into its crumbs, and the category a breadcrumb names.

Pure functions over one line each, used by the header and structure stages; ``None`` when a line is
not a breadcrumb.
"""

from __future__ import annotations

import re

from ..han import is_han
from ..lazy import lazy_re
from ..lexicon import boilerplate_phrases
from .metadata import BREADCRUMB_STRONG_SPLIT_RE, MAX_META_CHARS, SENTENCE_END_RE
from .names import known_outlets, recognition_form

# 当前位置, 您的位置, 您当前的位置, 你现在所在的位置, 所在位置, 本页位置, 位置: the reader's place, said
# the ways sites say it (a prefix the page's path follows)
_WHERE = r"(?:[您你]?的?(?:当前|现在|目前)?(?:所在)?的?|本页)位置"  # (您的当前位置: 的 before 当前 too)
# (您現在的位置:?台海網 >> …: a blank the page's encoding lost, a question mark in its place)
BREADCRUMB_PREFIX_RE = lazy_re(rf"^(?:导航|{_WHERE})\s*[:：]?\s*(?:[?？]\s*)?")
# (after a site's name, only a whole phrase: 您当前的位置 must not read as the site 您当前 and 的位置)
_WHOLE_WHERE = (
    r"(?:[您你](?:当前|现在|目前)?(?:所在)?的|[您你]的(?:当前|现在|目前)(?:所在)?|(?:当前|现在|目前)(?:所在)?的?|所在的?)位置"
)
SITE_THEN_PREFIX_RE = lazy_re(rf"^(?P<site>[^\s:：>]{{2,12}}?){_WHOLE_WHERE}\s*[:：]\s*")
BREADCRUMB_WEAK_SPLIT_RE = lazy_re(r"\s*[/／\-—|｜]\s*")  # only with a home crumb or a prefix
# 首頁 ? 財經 ? 投資理財: the arrows lost to question marks — a path only when its first crumb is home itself
LOST_ARROW_SPLIT_RE = lazy_re(r"\s*[?？]\s*")
NOT_CATEGORIES = frozenset((
    "正文", "内容", "详情", "文章", "正文内容", "详细内容", "阅读文章", "内容页", "当前页",
    "阅读详细", "文章详情", "内容详情", "新闻详情", "详细信息", "文章正文",  # the page itself, by a CMS's word for it
))  # fmt: skip
SITE_ENDINGS = ("网", "網")  # 新华网 > 正文: the site's name is the path's root
GLUED_LEAF_RE = re.compile(r"(?P<root>首页|主页)(?P<section>[\u4e00-\u9fff]{2,4})(?P<leaf>正文|详情|内容页)")
MAX_PATH_CRUMBS = 6  # a path is a few levels deep: a row of more links from home is the site's menu
FIGURE_RE = re.compile(
    r"(?<![A-Za-z\d])\d+(?:\.\d+)?(?:\s*[%％‰倍元亿万千百成个点年月日天只家股]|(?![A-Za-z\d\u4e00-\u9fff]))"
)
MAX_CRUMB_CHARS = 16  # the last crumb may be longer: it is often the title itself
MAX_LAST_CRUMB_CHARS = 80
MAX_SITE_HOME_CHARS = 8  # 中国证券网首页: a site's name and its home
CUT_OFF_SHARE = 0.6  # a crumb this long a start of the title is the title, cut off


BACK_LINK_RE = re.compile(r"\s+(?:返回|返回上一页|返回上页|返回列表)$")


def parse_breadcrumb(line: str) -> tuple[str, ...] | None:
    """``首页 > 财经 > 股票`` → its crumbs; None if the line is not a breadcrumb.

    A prefix (``当前位置：``) or a home crumb (``首页``) is evidence enough with any separator;
    without either, it takes two or more arrow separators (``财经 > 股票 > 正文``).

    >>> parse_breadcrumb("导航:首页>財經>股票")
    ('首页', '財經', '股票')
    >>> parse_breadcrumb("收益率 > 5% 的基金")
    """
    if len(line) > MAX_META_CHARS:
        return None
    form = recognition_form(line.strip())
    prefixed = BREADCRUMB_PREFIX_RE.match(form) or _after_site_name(form)
    body = form[prefixed.end() :] if prefixed else form
    body = body.rstrip(" /／|｜>＞")  # 首页/资讯中心/…/, 首頁 → 經濟新聞 |: a separator closing the path
    offset = len(form) - len(body)
    back = BACK_LINK_RE.search(body)  # 地產博客 > 文亮語 返回: the path with its back link, a page's own
    body = body[: back.start()] if back else body
    closing = body.find("】")
    if closing >= 0 and "【" not in body[:closing]:
        # 首页 ->> 深度分析 】 【打 印】: the page's tool buttons in brackets after the path (a crumb in its
        # own brackets, 首页 > 【专题】, stays whole)
        body = body[:closing].rstrip(" 【")
    strong = BREADCRUMB_STRONG_SPLIT_RE.split(body)
    crumbs = strong if len(strong) >= 2 else BREADCRUMB_WEAK_SPLIT_RE.split(body)
    crumbs = [c.strip() for c in crumbs if c.strip()]
    roots = boilerplate_phrases("breadcrumb_roots")
    # (? 首頁 ? 理論教育 ?…: the arrow before home lost too; 首页改版了？… opens with more than home: a question)
    if len(crumbs) < 2 and (lost := [c.strip() for c in LOST_ARROW_SPLIT_RE.split(body.lstrip(" ?？"))])[0] in roots:
        crumbs = [c for c in lost if c]
    glued = len(crumbs) == 1 and crumbs[0].startswith(roots) and crumbs[0] not in roots
    if glued and (leaf := GLUED_LEAF_RE.fullmatch(crumbs[0])) and leaf["root"] in roots:
        # 首页快讯正文: home, one section and the article's leaf, their arrows lost — the section is
        # a word between two the path always holds
        text = line.strip()[offset:].strip()  # as the page writes them
        return tuple(text[leaf.start(g) : leaf.end(g)] for g in ("root", "section", "leaf"))
    if prefixed and glued and len(crumbs[0]) <= MAX_CRUMB_CHARS:
        # 您的位置：首页资讯国内行业资讯正文: the arrows were pictures, lost; a path still, not to be split
        return (line.strip()[offset:].strip(),)
    if len(crumbs) < 2 or len(crumbs[-1]) > MAX_LAST_CRUMB_CHARS:
        return None
    if any(len(c) > MAX_CRUMB_CHARS or SENTENCE_END_RE.search(c) for c in crumbs[:-1]):
        return None
    rooted = crumbs[0].startswith(roots) or crumbs[0].lower() == "home" or _site_home(crumbs[0])
    # 金融界 > 债券频道 > 债券公告, 百花范文网 > 实用范文 > …: a site's name as the root, two arrows after it
    rooted = rooted or (len(strong) >= 3 and is_root(crumbs[0]))
    last, _, action = crumbs[-1].partition(" ")
    if action and last in NOT_CATEGORIES:  # 正文 申请入驻: the page's own link glued after the last crumb
        crumbs[-1] = last
    linked_back = back is not None and not any(FIGURE_RE.search(c) for c in crumbs)
    if not (prefixed or rooted or linked_back) and not _unrooted_path(crumbs, len(strong)):
        return None
    if any(c.startswith(boilerplate_phrases("prev_next")) for c in crumbs):
        return None  # 首页 | 上一页 | 下一页 | 尾页: a pager's links, not a path
    original = line.strip()[offset:]
    original = original[: len(original) - len(back.group())] if back else original
    return tuple(_original_crumbs(original, crumbs))


def _after_site_name(form: str) -> re.Match[str] | None:
    """``中国基因网您的位置：首页>…``: the site's name glued before a location's prefix (a bare 位置
    or 导航 after other words is a sentence's word, never a prefix)."""
    found = SITE_THEN_PREFIX_RE.match(form)
    return found if found is not None and is_root(found["site"]) else None


def is_root(crumb: str) -> bool:
    """Whether a path's first crumb is its root — home (``首页``, ``Home``, ``网易首页``) or the site
    (``新华网``) — and so no section of the page."""
    roots = boilerplate_phrases("breadcrumb_roots")
    form = recognition_form(crumb)
    return (
        form.startswith(roots) or form.lower() == "home" or _site_home(form) or form.endswith(SITE_ENDINGS)
        or form in known_outlets()
    )  # fmt: skip


def _site_home(crumb: str) -> bool:
    """``网易首页``, ``新浪网首页``: a site's name before its home, as the first crumb."""
    return crumb.endswith(("首页", "主页")) and len(crumb) <= MAX_SITE_HOME_CHARS and is_han(crumb[0])


def _unrooted_path(crumbs: list[str], strong_parts: int) -> bool:
    """Crumbs with no home and no prefix: arrows, three or more, a channel name or 正文 among them;
    or two, the last 正文 and the first one word (``热门资讯> 正文``: the page's own place in its
    channel; ``新闻中心 国内新闻>正文`` is read by the page's crumbs). ``营收 > 预期 >
    去年`` and ``收益率 > 5% > 3%`` are comparisons, not paths."""
    # a figure is a comparison's (收益率 > 5%, 市盈率 > 20倍); digits in a brand are a name's (米乐m6平台,
    # 51好读 › 专栏 › …)
    if strong_parts < 2 or any(FIGURE_RE.search(c) for c in crumbs):
        return False
    if strong_parts == 2:
        return len(crumbs) == 2 and crumbs[-1] in NOT_CATEGORIES and not re.search(r"\s", crumbs[0])
    channels = boilerplate_phrases("channel_names")
    return any(c in channels or c in NOT_CATEGORIES for c in crumbs)


def _original_crumbs(original: str, crumbs: list[str]) -> list[str]:
    """The crumbs as written (a Traditional page keeps its script)."""
    out: list[str] = []
    position = 0
    form = recognition_form(original)
    for crumb in crumbs:
        at = form.find(crumb, position)
        out.append(original[at : at + len(crumb)] if at >= 0 else crumb)
        position = at + len(crumb) if at >= 0 else position
    return out


def category_of(crumbs: tuple[str, ...], title: str | None) -> str | None:
    """The last crumb that is not the title (nor a cut-off copy of it) nor a word such as 正文; none
    in a menu (``百万首页 |新闻 |产品 |…`` twelve links: its last link is no section of this page)."""
    if not crumbs or len(crumbs) > MAX_PATH_CRUMBS:
        return None
    for crumb in reversed(crumbs[1:] if is_root(crumbs[0]) else crumbs):  # 热门资讯 > 正文: a channel first
        bare = crumb.rstrip(".…:： ")
        if recognition_form(crumb) in NOT_CATEGORIES:
            continue
        cut_off = bare != crumb.rstrip(":： ") or len(bare) >= CUT_OFF_SHARE * len(title or "")
        if title and (bare == title or (cut_off and len(bare) >= 4 and title.startswith(bare))):
            continue  # the title, or a copy of it cut off with …
        if len(bare) > MAX_CRUMB_CHARS:
            continue  # a long last crumb is another title, not a category
        return bare
    return None
