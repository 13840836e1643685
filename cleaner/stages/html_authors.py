"""The author a page marks in its body: ``rel=author``, ``itemprop=author``, a link to the author's
page (``/author/…``), a class or id that names the author (``note-author``, ``author_profile``, ``zuozhe``).

The mark is the evidence, so a user name no text rule would take (``远瞳``, ``好看的hk``) is taken:
the page says it is the author. What is marked must still read as a byline — a name, or a labelled
byline (``作者：张三``) — never an outlet, a self-media account (``扬眼企鹅号``), a number or a
placeholder (``佚名``, ``admin``). A class is the weakest mark — self-media platforms mark their
accounts' names so (``加拿大必读``) — so what a class marks must look like a person: a name after a
surname, or a user handle (``好看的hk``). Marks inside comments, related lists, sidebars, share bars,
ads, navigation or footers name someone else (a comment's author, a list of other writers); marks
that name different people are a list of posts, each with its author, and name none.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree

from ..document import Candidate
from ..lexicon import boilerplate_phrases
from . import metadata
from .html_regions import class_reason
from .html_tree import text_of
from .names import NICKNAME_RE, is_outlet_name, is_person_name

ORIGIN = "byline"
# whole words of a class or id (split at - _ spaces and camelCase): author, post-author, authorName,
# the misspelt auther, zuozhe (作者 in pinyin)
AUTHOR_WORDS = frozenset(("author", "authors", "auther", "writer", "zuozhe", "byline"))
# an author's avatar, a comment's author, the author's follow button or honours: not the byline
NOT_BYLINE_WORDS = frozenset(("avatar", "comment", "comments", "reply", "follow", "honor", "say", "says", "photo"))
OTHER_PEOPLE = frozenset((
    "extract:comments", "extract:related", "extract:share", "extract:ads", "extract:sidebar", "extract:nav",
    "extract:footer",
))  # fmt: skip
OTHER_PEOPLE_TAGS = frozenset(("aside", "nav", "footer"))
AUTHOR_PATH_RE = re.compile(r"^(?:[a-z]+:)?(?://[^/]+)?(?:/[^/?#]+)*?/(?:author|authors|zuozhe)/[^/?#]+", re.I)
WORD_RE = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
MAX_BYLINE_CHARS = 40
LETTER_RE = re.compile(r"[^\W\d_]")
MAYBE_AUTHOR_WORDS = ("auth", "writer", "zuozhe", "byline")
MAYBE_AUTHOR_RE = re.compile("|".join(MAYBE_AUTHOR_WORDS), re.IGNORECASE)  # a cheap test before the word split


def marked_authors(body: etree._Element) -> list[Candidate]:
    """The one author the page marks in its body, as ``byline`` candidates; none when the marks
    disagree or sit in furniture."""
    names: dict[str, None] = {}
    for el in body.iter(etree.Element):
        mark = _mark(el) if _may_mark(el) else None
        if mark is None or _among_other_people(el, body):
            continue
        found = _names_in(el)
        if mark == "class":
            found = tuple(name for name in found if _looks_like_a_person(name))
        names.update(dict.fromkeys(found))
        if len(names) > 1:
            return []  # different people marked: a list of posts, not this one's byline
    return [Candidate("authors", name, ORIGIN) for name in names]


def names_a_writer(evidence: list[Candidate]) -> bool:
    """Whether the page's head already names a writer: then its body's marks add nothing (and a
    second spelling of the same person would make two authors of one)."""
    return any(c.field == "authors" and _writers((c.value,)) for c in evidence)


def _mark(el: etree._Element) -> str | None:
    """How the element marks an author: ``semantic`` (``rel``, ``itemprop``, a link to an author's
    page) or ``class`` (its class or id); None when it does not."""
    get = el.get  # the hot loop of the page's authors: each attribute read once, absent ones cheaply
    rel, itemprop = get("rel"), get("itemprop")
    if (rel and "author" in rel.lower().split()) or (itemprop and itemprop.lower() == "author"):
        return "semantic"
    if el.tag == "a" and _may_name_author(href := get("href") or "") and AUTHOR_PATH_RE.match(href.strip()):
        return "semantic"
    classes, ident = get("class"), get("id")
    if classes is None and ident is None:
        return None
    named = f"{classes or ''} {ident or ''}"
    if not _may_name_author(named):
        return None  # nearly every element: no word of AUTHOR_WORDS can be in it
    words = _words(named)
    return "class" if words & AUTHOR_WORDS and not words & NOT_BYLINE_WORDS else None


def _may_mark(el: etree._Element) -> bool:
    """False only when ``_mark(el)`` is None: every mark needs one of MAYBE_AUTHOR_WORDS in an attribute
    ``_mark`` reads, so one test of all the values together settles nearly every element (five reads
    of single attributes did, at twice the cost)."""
    return _may_name_author(" ".join(el.values()))


def _may_name_author(text: str) -> bool:
    """``MAYBE_AUTHOR_RE.search(text)``, faster on the ASCII of nearly every class, id and link: a
    case-blind regex tries every place in turn, while lowered ASCII is searched by ``in`` (ignoring
    case differs from lowering only outside ASCII: ``İ`` and ``ı`` also match ``i``)."""
    if text.isascii():
        lowered = text.lower()
        # a loop, not any() over a generator (SIM110): this runs once an element, and the generator is
        # a third of its cost
        for word in MAYBE_AUTHOR_WORDS:  # noqa: SIM110
            if word in lowered:
                return True
        return False
    return MAYBE_AUTHOR_RE.search(text) is not None


def _looks_like_a_person(name: str) -> bool:
    """A name after a common surname, a Latin name, or a user handle (``好看的hk``)."""
    return is_person_name(name) or bool(NICKNAME_RE.match(name))


@lru_cache(maxsize=4096)
def _words(names: str) -> frozenset[str]:
    return frozenset(word.lower() for word in WORD_RE.findall(names))


def _among_other_people(el: etree._Element, body: etree._Element) -> bool:
    """Inside (or itself) a comment, related list, sidebar, share bar, ad, nav or footer."""
    node = el
    while node is not None and node is not body:
        if node.tag in OTHER_PEOPLE_TAGS or class_reason(node) in OTHER_PEOPLE:
            return True
        node = node.getparent()
    return False


def _names_in(el: etree._Element) -> tuple[str, ...]:
    """The name the marked element says: its whole text, else its first link's (an author card with
    the name over a follower count)."""
    found = byline_names(text_of(el))
    if found:
        return found
    link = next(el.iter("a"), None)
    return byline_names(text_of(link)) if link is not None and link is not el else ()


def byline_names(text: str) -> tuple[str, ...]:
    """The authors a marked element's text names: a labelled byline's names, or the text itself
    when it is one name or pen name.

    >>> byline_names("作者：张三"), byline_names("好看的hk"), byline_names("新华社"), byline_names("2909")
    (('张三',), ('好看的hk',), (), ())
    """
    text = text.strip()
    if not text or len(text) > MAX_BYLINE_CHARS:
        return ()
    meta = metadata.parse_byline(text)
    if meta is not None and meta.authors:
        return _writers(meta.authors)
    bare = metadata.PEN_NAME_RE.match(text) or is_person_name(text)
    return _writers((text,)) if bare else ()


def _writers(names: tuple[str, ...]) -> tuple[str, ...]:
    not_names = boilerplate_phrases("not_names")
    accounts = boilerplate_phrases("account_platforms")
    return tuple(
        name for name in names
        if LETTER_RE.search(name) and name not in not_names and name.lower() not in not_names
        and not is_outlet_name(name) and not name.endswith(accounts)
    )  # fmt: skip
