"""Reading an article's header: which line is the title, and what the lines around it say.

The title is the line with the most evidence, not simply the first: echoes of it further down, a
meta line or byline right after it, agreement with the page's own metadata (``og:title``,
``<title>``), an ``<h1>``. Bylines, breadcrumbs, meta lines, site names and notices are never the
title. Header lines — above the title or between it and the first paragraph — become fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from difflib import SequenceMatcher

from ..article import Change
from ..config import StructureConfig
from ..document import Candidate, Line
from . import metadata
from .metadata import Meta, recognition_form
from .outline import heading_style, list_item

NAME = "structure"
ECHO_MARKS = "？?！! "  # an echo may add a question mark; a sentence ending 。 is no echo
NOT_TITLE_ENDINGS = ("。", "；", "，", "：", ";", ",", ":", "…", "...")
PROSE_MIN_CHARS = 30
SITE_NAME_RE = re.compile(
    r"(?:网|網站|网站|在线|在線|频道|頻道|官网|官網|社区|社區|论坛|論壇|门户|资讯|資訊|平台)$"
    r"|(?:www\.|\.com|\.cn|\.net|\.org|\.hk|\.tw)",
    re.IGNORECASE,
)
NOTICE_RE = re.compile(r"^(?:公告|通知|提示|温馨提示|溫馨提示|注意|友情提示|声明|聲明)[:：\s]|登录|登錄|注册|註冊")
STRONG_EVIDENCE = 3
FIRST_LINE_SCORE = 2  # scraped text mostly starts with its title; a meta line after another beats it
SAME_TITLE_RATIO = 0.8
MAX_MASTHEAD_CHARS = 12
MIN_TITLE_CHARS = 5  # a shorter line is a title only when nothing else has evidence (客户端 is no headline)
MIN_MENU_RUN = 3
MAX_MENU_CHARS = 8


@dataclass
class Header:
    """The decided title, what header lines said, and the changes made while reading them."""

    title: str | None = None
    meta: Meta = field(default_factory=Meta)
    taken: dict[int, Change | None] = field(default_factory=dict)  # lines consumed, and why

    @property
    def changes(self) -> list[Change]:
        return [change for i, change in sorted(self.taken.items()) if change is not None]


def header_meta(line: str, reference: date | None) -> tuple[Meta, str] | None:
    """What a byline, meta line or breadcrumb says, and the reason id for taking it out."""
    crumbs = metadata.parse_breadcrumb(line)
    if crumbs:
        return Meta(crumbs=crumbs), "structure:breadcrumb"
    meta = metadata.parse_meta_line(line, reference)
    if meta is None:
        meta = metadata.parse_byline(line)
    if meta is None:
        return None
    only_author = meta.authors and meta.published_at is None and meta.views is None and not meta.source_name
    return meta, "structure:byline" if only_author else "structure:meta_line"


def is_title_like(line: str, settings: StructureConfig) -> bool:
    return (
        len(line) <= settings.max_title_chars
        and not line.endswith(NOT_TITLE_ENDINGS)
        and heading_style(line, settings.max_heading_chars) is None
        and list_item(line) is None
        and not SITE_NAME_RE.search(recognition_form(line))
        and not NOTICE_RE.search(recognition_form(line))
        and not metadata.LABEL_RE.match(recognition_form(line))
    )


def is_prose(line: str) -> bool:
    return len(line) >= PROSE_MIN_CHARS and bool(re.search(r"[。，；！？,;]", line))


def is_echo(line: str, title: str) -> bool:
    return line.rstrip(ECHO_MARKS) == title.rstrip(ECHO_MARKS)


def _normal(text: str) -> str:
    return re.sub(r"[\s\W_]+", "", recognition_form(text)).lower()


def _agrees(line: str, evidence: list[str]) -> bool:
    """Whether ``line`` says the same as one of the (normalised) evidence titles: equal, one inside
    the other, or nearly the same (``…三任联储主席…`` and ``…三任美联储主席的…``)."""
    mine = _normal(line)
    return bool(mine) and any(e and (mine == e or (len(mine) >= 6 and _close(mine, e))) for e in evidence)


def _close(a: str, b: str) -> bool:
    if a in b or b in a:
        return True
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= SAME_TITLE_RATIO


def read_header(
    lines: list[Line], settings: StructureConfig, evidence: tuple[Candidate, ...], reference: date | None
) -> Header:
    """Choose the title among the top lines by evidence and read the header lines around it."""
    header = Header()
    limit = min(len(lines), settings.header_lines + 4)
    said: dict[int, tuple[Meta, str]] = {}
    first_prose = next((i for i, line in enumerate(lines) if is_prose(line.text)), len(lines))
    for i in range(limit):
        if i > first_prose:
            break
        found = header_meta(lines[i].text, reference)
        if found:
            said[i] = found
    page_titles = [_normal(c.value) for c in evidence if c.field == "title"]
    candidates = [
        i for i in range(min(limit, first_prose + 1))
        if i not in said and is_title_like(lines[i].text, settings)
    ]
    scores = {i: _title_score(i, lines, said, page_titles, candidates, first_prose + 1) for i in candidates}
    chosen = max(candidates, key=lambda i: (scores[i], -i)) if candidates else None
    if chosen is not None and first_prose < chosen and scores[chosen] < STRONG_EVIDENCE:
        chosen = None  # a title below the first paragraph needs evidence
    if chosen is not None:
        header.title = lines[chosen].text
        header.taken[chosen] = None  # the title line: taken, not removed
        if scores[chosen] >= STRONG_EVIDENCE:
            _drop_masthead(lines, chosen, said, header)
        _drop_link_runs(lines, chosen + 1, first_prose, said, header)
    end = (chosen if chosen is not None else -1) + settings.header_lines + 1
    for i in range(min(len(lines), end)):
        if i in header.taken:
            continue
        if i in said and (chosen is None or i < chosen or i <= first_prose):
            meta, reason = said[i]
            header.meta = header.meta.filled_from(meta)
            header.taken[i] = Change(NAME, reason, lines[i].text)
        elif header.title and chosen is not None and i > chosen and is_echo(lines[i].text, header.title):
            header.taken[i] = Change(NAME, "structure:title_echo", lines[i].text)
    return header


def _title_score(
    i: int,
    lines: list[Line],
    said: dict[int, tuple[Meta, str]],
    page_titles: list[str],
    candidates: list[int],
    end_of_header: int,
) -> int:
    """Evidence that line ``i`` is the title: place, echoes, a meta line after it, the page's own
    metadata, an ``<h1>``."""
    text = lines[i].text
    score = FIRST_LINE_SCORE if i == candidates[0] else 0
    if len(text) < MIN_TITLE_CHARS:
        return score  # too short to earn evidence: only the first line's place counts
    # Echoes count in the header only: a subheading said again further down is no title.
    window = lines[i + 1 : max(i + 1, end_of_header)]
    if any(is_echo(line.text, text) for line in window):
        score += 3
    after = i + 1
    while after < len(lines) and is_echo(lines[after].text, text):
        after += 1
    if after in said or (i + 1) in said:
        score += 3
    if page_titles and _agrees(text, page_titles):
        score += 4
    hint = lines[i].hint
    if hint is not None and hint.kind == "heading" and hint.level == 1:
        score += 2
    return score


def _drop_masthead(lines: list[Line], chosen: int, said: dict[int, tuple[Meta, str]], header: Header) -> None:
    """Short non-prose lines above a well-evidenced title are the site's masthead, not article text;
    one that says the title again (the crawler's copy, without ``（附榜单）``) is an echo."""
    title = [_normal(lines[chosen].text)]
    for i in range(chosen):
        text = lines[i].text
        if i in said or is_prose(text):
            continue
        if _agrees(text, title):
            header.taken[i] = Change(NAME, "structure:title_echo", text)
        elif len(text) <= MAX_MASTHEAD_CHARS or not is_title_like(text, StructureConfig(max_title_chars=999)):
            header.taken[i] = Change(NAME, "structure:masthead", text)
        # a longer title-like line is another headline: without evidence it stays, in the lead


def _drop_link_runs(
    lines: list[Line], start: int, end: int, said: dict[int, tuple[Meta, str]], header: Header
) -> None:
    """A run of tiny lines between the title and the first paragraph (热点栏目 / 资金流向 / 千股千评 …)
    is the site's menu: article text does not come as three or more bare words in a row."""
    run: list[int] = []
    for i in [*range(start, min(end, len(lines))), None]:
        tiny = i is not None and i not in said and _is_menu_word(lines[i])
        if tiny:
            run.append(i)
            continue
        if len(run) >= MIN_MENU_RUN:
            for j in run:
                header.taken[j] = Change(NAME, "structure:menu", lines[j].text)
        run = []


def _is_menu_word(line: Line) -> bool:
    text = line.text
    return (
        line.hint is None
        and len(text) <= MAX_MENU_CHARS
        and not re.search(r"[\W\d_]", text.replace(" ", ""))
        and heading_style(text, MAX_MENU_CHARS) is None
    )


def with_evidence(meta: Meta, evidence: tuple[Candidate, ...]) -> Meta:
    """Fields from the page's own metadata where the lines said nothing, or where they agree."""
    by_field: dict[str, list[Candidate]] = {}
    for candidate in evidence:
        by_field.setdefault(candidate.field, []).append(candidate)
    updates: dict[str, object] = {}
    authors = [c.value for c in by_field.get("authors", [])]
    if authors and not meta.authors:
        updates["authors"] = tuple(dict.fromkeys(authors))
    for name in ("published_at", "source_name", "site_name", "category", "editor"):
        values = [c.value for c in by_field.get(name, [])]
        if values and getattr(meta, name) is None:
            updates[name] = values[0]
    return replace(meta, **updates) if updates else meta
