"""The breadcrumb a page marks (``<div class="breadcrumb">首页 > 财经 > 正文</div>``): its category.

The breadcrumb is navigation, cut with the page's furniture; what it says is read before that, as
evidence (origin ``breadcrumb``, after the page's own metadata and the text's lines). An element
counts when its class or id names a breadcrumb (``breadcrumb``, ``crumbs``, ``path``, ``location``,
``position`` …), its own text holds ``当前位置`` or an arrow, or an arrow stands between its links
(``<a>和讯网</a> > <a>股票</a>``). Its text must read as a breadcrumb as a line would; a marked
element's class stands in for the home crumb or prefix a line needs (``新闻中心 国内新闻>正文``, one
arrow and a blank). The category is the last crumb that is no root, home, ``正文``, words of the title
or longer than a section's name. Of several, the shortest text that names one wins: a site's
``path`` sits inside its ``path-search`` bar with the search links after it.
"""

from __future__ import annotations

import re

from lxml import etree

from ..document import Candidate
from ..lexicon import boilerplate_phrases
from .crumbs import BREADCRUMB_PREFIX_RE, category_of, is_root, parse_breadcrumb
from .names import recognition_form

# the words a breadcrumb's class or id holds, found case by case (…Breadcrumb, MyPosition02): a cheap
# search on each element's class and id, before the words are split and compared
MARK_RE = re.compile("rumb|path|Path|ocation|osition|mianbao|weizhi")
PREFIX_WORD = "位置"  # 当前位置, 您的位置, 所在位置: in the element's own text
BREADCRUMB_WORDS = frozenset((
    "breadcrumb", "breadcrumbs", "crumb", "crumbs", "mianbao", "mbx", "path", "navpath", "location", "position",
    "weizhi", "dqwz",
))  # fmt: skip
WORD_RE = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
ARROW_RE = re.compile(r"\s*(?:>>|>|＞|»|›|→)\s*")
MAX_BREADCRUMB_CHARS = 80  # a longer element is a menu or the page, not its breadcrumb
CRUMB_SPLIT_RE = re.compile(r"\s*(?:>>|>|＞|»|›|→)\s*|\s+")
HOME_WORDS = ("首页", "主页")
MIN_TITLE_CRUMB_CHARS = 6  # a crumb this long found inside the title is the title, not its section
MAX_SECTION_CHARS = 10  # a longer crumb is a headline or the search bar's links, not a section's name


def breadcrumb_category(body: etree._Element, titles: list[str]) -> list[Candidate]:
    """The category the page's marked breadcrumb names, as a ``category`` candidate (none when no
    marked element reads as a breadcrumb naming one)."""
    found: list[tuple[int, str]] = []
    for el in _candidates(body):
        text = _short_text(el)
        if not text:
            continue
        crumbs = parse_breadcrumb(text)
        if crumbs is None and ARROW_RE.search(text) and _names_a_breadcrumb(el, text):
            # 产经 > 正文: the class says it is the path, so its first crumb may be the section, with no
            # root before it — unless it names the site (新华网 > 正文: the root)
            split = tuple(c for c in CRUMB_SPLIT_RE.split(text) if c)
            rooted = bool(split) and is_root(split[0])
            crumbs = (split if rooted else ("", *split)) if len(split) >= 2 else None
        if crumbs is None:
            continue
        # the first crumb is the root (新华网 > 时政 > 正文), the split path's root the "" put first; a
        # path of a channel and 正文 has none (产经 > 正文)
        path = crumbs[1:] if not crumbs[0] or is_root(crumbs[0]) else crumbs
        kept = tuple(c for c in path if len(c) <= MAX_SECTION_CHARS and not _home_or_title(c, titles))
        category = category_of(("", *kept), titles[0] if titles else None) if kept else None
        if category:
            found.append((len(text), category))
    return [Candidate("category", min(found)[1], "breadcrumb")] if found else []


def _candidates(body: etree._Element) -> list[etree._Element]:
    """Elements whose class or id may name a breadcrumb, or whose own text may open with its prefix
    (a loop in Python with one C search each: an XPath of ``contains()`` tests was five times slower)."""
    found: dict[etree._Element, None] = {}
    search = MARK_RE.search
    for el in body.iter(etree.Element):
        names, ident = el.get("class"), el.get("id")
        marked = (names or ident) and search(f"{names or ''} {ident or ''}")
        own = el.text
        if marked or (own and (PREFIX_WORD in own or ">" in own)):
            found[el] = None
        tail = el.tail  # 首页</a> > <a>财经: the arrow between two links, its parent the path
        if tail and (">" in tail or "»" in tail) and (parent := el.getparent()) is not None:
            found[parent] = None
    return list(found)


def _short_text(el: etree._Element) -> str | None:
    """The element's text, blanks collapsed, if it is at most ``MAX_BREADCRUMB_CHARS`` long; None for a
    longer one, found without joining all of a big container's text."""
    parts, filled = [], 0
    for part in el.itertext():
        parts.append(part)
        filled += len(part) - part.count(" ") - part.count("\n") - part.count("\t")
        if filled > MAX_BREADCRUMB_CHARS:
            return None  # more than that without its blanks: longer with them, whatever follows
    text = " ".join("".join(parts).split())
    return text if len(text) <= MAX_BREADCRUMB_CHARS else None


def _home_or_title(crumb: str, titles: list[str]) -> bool:
    """A home crumb (``首页``, ``网易首页``, ``人民网``'s root is kept: it may be the only section
    word before the category) or the article's title said in the path (a crumb inside a title)."""
    form = recognition_form(crumb)
    if form.endswith(HOME_WORDS) or form in boilerplate_phrases("breadcrumb_roots"):
        return True  # 首页, 网易首页
    return len(crumb) >= MIN_TITLE_CRUMB_CHARS and any(crumb in title for title in titles)


def _names_a_breadcrumb(el: etree._Element, text: str) -> bool:
    """Whether the element's class or id has a breadcrumb's word, or its text a breadcrumb's prefix."""
    names = f"{el.get('class') or ''} {el.get('id') or ''}"
    words = {w.lower() for w in WORD_RE.findall(names)}
    return bool(words & BREADCRUMB_WORDS) or bool(BREADCRUMB_PREFIX_RE.match(text))
