"""Page furniture: which regions of a page are not the article, and why.

A region goes when the page says what it is — its tag (``nav``, ``aside``, ``footer``), its class or
id (``comment``, ``related``, ``share``, ``pinglun``, ``xiangguan`` …), code (``script``, ``style``),
or hiding (``display:none``, ``hidden``, off-screen). Two kinds of evidence can save it:

* hidden is evidence, not a verdict: a hidden block that reads as an article (long, Chinese sentence
  punctuation, few links) stays — WeChat hides ``#js_content`` until a script shows it;
* a region named only by a layout word (nav, footer, sidebar, header) that holds most of the
  page's prose is the article whatever its class says (``<div class="main sidebar-layout">``);
  comments, related lists, share bars and ads are dropped however long (a long comment thread).

Each region is recorded once, with an excerpt and its size, never line by line; a region whose text
is spam (lexicon terms in a link list or a hidden block) says so in its reason, so a footer of
ordinary links (boilerplate) is told apart from a link farm (spam).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree

from .html_tree import DROPPED_CODE, Stats, is_hidden, text_of

# Class or id words, matched as whole tokens (split at - _ space and camelCase is not split).
STRONG_WORDS = {
    "extract:comments": ("comment", "comments", "pinglun", "reply", "replies", "discuss", "cmt", "disqus", "gentie"),
    "extract:related": (
        "related", "relate", "recommend", "recommended", "xiangguan", "tuijian", "hotnews", "morenews",
        "read-more", "readmore", "guess", "also", "rank", "ranking", "paihang", "hot",
    ),
    "extract:share": ("share", "sharing", "social", "fenxiang", "bdshare", "jiathis", "bshare"),
    "extract:ads": ("ad", "ads", "adv", "advert", "advertisement", "guanggao", "sponsor", "banner", "promo"),
}
WEAK_WORDS = {
    "extract:nav": ("nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "crumb", "daohang",
                    "pagination", "pager", "toolbar", "topbar", "tabs", "mianbao"),
    "extract:footer": ("footer", "foot", "copyright", "bottom", "dibu", "site-info"),
    "extract:sidebar": ("sidebar", "side", "aside", "rightbar", "leftbar", "right-side", "col-right", "widget"),
    "extract:header": ("header", "masthead", "logo", "login", "search", "topnav"),
}
TAG_REASONS = {"nav": "extract:nav", "aside": "extract:sidebar", "footer": "extract:footer", "menu": "extract:nav"}
POSITIVE_RE = re.compile(r"article|content|main|body|text|post|entry|detail|story|zhengwen|neirong|column")
TOKEN_RE = re.compile(r"[a-z0-9]+(?:-(?=more))?[a-z0-9]*")
WORD_REASONS = {word: reason for table in (STRONG_WORDS, WEAK_WORDS) for reason, words in table.items()
                for word in words}
WEAK_REASONS = frozenset(WEAK_WORDS)
EXCERPT_CHARS = 60
PROTECT_SHARE = 0.5  # a region with this share of the page's sentence punctuation is the article
PROTECT_MIN_PUNCT = 6


def in_furniture(el: etree._Element) -> bool:
    """Whether an ancestor's class or id names page furniture (``<div class="topNav"><h1>…``)."""
    for node in el.iterancestors():
        names = f"{node.get('class') or ''} {node.get('id') or ''}".lower()
        if names.strip() and any(token in WORD_REASONS for token in TOKEN_RE.findall(names)):
            return True
    return False


@dataclass(frozen=True, slots=True)
class Region:
    """A dropped part of the page: why, a short excerpt of its text, and its size in characters."""

    reason: str
    excerpt: str
    chars: int

    def describe(self) -> str:
        return f"{self.excerpt} ({self.chars} chars)" if self.excerpt else f"({self.chars} chars)"


def class_reason(el: etree._Element) -> str | None:
    """The furniture a class or id names, if any: ``comment-list`` → ``extract:comments``."""
    names = el.get("class"), el.get("id")
    return _names_reason(f"{names[0] or ''} {names[1] or ''}".lower()) if names != (None, None) else None


@lru_cache(maxsize=4096)
def _names_reason(names: str) -> str | None:
    reason = None
    for token in TOKEN_RE.findall(names.replace("_", "-")):
        found = WORD_REASONS.get(token)
        if found is None:
            for part in token.split("-"):
                found = WORD_REASONS.get(part) or found
        if found and (reason is None or reason in WEAK_REASONS):
            reason = found
    if reason in WEAK_REASONS and POSITIVE_RE.search(names):
        return None  # article-header, main-nav-content …: readability's rule, weak words yield
    return reason


def looks_like_article(stats: Stats) -> bool:
    """Prose, not furniture: long, with Chinese sentence punctuation, few of its characters in links."""
    return stats.chars >= 100 and stats.link_density < 0.3 and stats.punct * 40 >= stats.chars


def furniture_reason(el: etree._Element, stats: Stats, page: Stats) -> str | None:
    """Why ``el`` is not article text, or None. ``page`` is the body's stats."""
    tag = el.tag
    if tag in DROPPED_CODE:
        return "extract:script"
    if is_hidden(el):
        return None if looks_like_article(stats) else "extract:hidden"
    reason = TAG_REASONS.get(tag) or class_reason(el)
    if reason is None:
        return None
    layout = reason in WEAK_REASONS or reason in TAG_REASONS.values()
    if layout and stats.punct >= PROTECT_MIN_PUNCT and stats.punct >= PROTECT_SHARE * page.punct:
        return None  # a layout word on the article's own wrapper
    return reason


def prune(
    body: etree._Element, stats: dict[etree._Element, Stats], keep: etree._Element | None = None
) -> list[tuple[str, etree._Element]]:
    """Find the furniture under ``body``, outermost first; nothing inside a found region is visited.

    ``keep`` (the title's heading) and the elements around it are never furniture.
    """
    page = stats[body]
    kept = set()
    node = keep
    while node is not None:
        kept.add(node)
        node = node.getparent()
    found: list[tuple[str, etree._Element]] = []
    stack = [body]
    while stack:
        el = stack.pop()
        for child in reversed(el):
            if not isinstance(child.tag, str):
                continue
            reason = None if child in kept else furniture_reason(child, stats[child], page)
            if reason:
                found.append((reason, child))
            else:
                stack.append(child)
    return found


def region_of(reason: str, el: etree._Element, is_spam) -> Region:
    """The record of a dropped region; code is summarised by size only."""
    if reason == "extract:script":
        return Region(reason, "", sum(len("".join(part.split())) for part in el.itertext()))
    text = text_of(el)
    return text_region(reason, text, is_spam, len("".join(text.split())))


def text_region(reason: str, text: str, is_spam, size: int) -> Region:
    """The record of dropped ``text``; its reason says spam when the text is a list of spam terms."""
    if is_spam(text):
        reason = "extract:hidden_spam" if reason == "extract:hidden" else "extract:link_farm"
    excerpt = text if len(text) <= EXCERPT_CHARS else text[: EXCERPT_CHARS - 1] + "…"
    return Region(reason, excerpt, size)
