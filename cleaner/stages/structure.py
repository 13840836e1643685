"""structure: recover the article — title, header fields, lead, sections, lists, tables, trailers.

Works on the clean lines the earlier stages leave, with the hints a page gave (heading levels, list
items, table rows) and the header evidence of its metadata. The title is chosen by evidence and its
echoes go; bylines, meta lines and breadcrumbs become fields; trailing boilerplate (``相关文章`` and
its links, ``上一篇/下一篇``, ``免责声明``, ``责任编辑`` → ``editor``, ``来源：`` → ``source_name``) goes.
Every line taken out of the text is recorded; every other line ends up in the lead or a section.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import chain

from ..article import Change
from ..config import StructureConfig
from ..document import Candidate, Document, Line, Outline
from ..han import is_han
from . import boilerplate, bylines, metadata
from .crumbs import category_of
from .dates import CRAWLER_STAMP_RE, find_date, reference_date
from .header import evidence_title, read_header, with_evidence
from .metadata import Meta
from .names import MAX_RECOGNISED_CHARS, is_outlet_name, is_person_name, recognition_form
from .outline import BULLET_RE, BULLETS, build_sections
from .title_shapes import URL_RE, is_prose, is_title_like
from .titles import (
    ISSUER_PREFIX_RE,
    MIN_TITLE_CHARS,
    REPORT_DAY_SUFFIX_RE,
    REPORT_FILE_RE,
    as_the_page_words_it,
    ranked,
    report_day,
    tidy_title,
)

NAME = "structure"
SUMMARY = "title by evidence, byline/meta/breadcrumb → fields, lead, sections, lists, tables; drops echoes, trailers"
REASONS = (
    "structure:breadcrumb", "structure:byline", "structure:affiliation", "structure:meta_line",
    "structure:title_echo", "structure:masthead", "structure:menu", "structure:title_prefix",
    "structure:title_suffix", "structure:editor", "structure:source_line", "structure:prev_next",
    "structure:disclaimer", "structure:trailer", "structure:site_description", "structure:field_mark",
    "structure:spam_suffix", "structure:spam_prefix",
)  # fmt: skip

STRIP = " \t\u3000\xa0"
MAX_TRAILER_LINES = 30
CLOSING_EDITOR_LINES = 10  # an editor's bracket ends the article, above the page's related links and tags
SENTENCE_ENDS = ("。", "！", "？", "”")
MAX_LINK_CHARS = 64  # a longer line under 相关文章 is prose, not a link to another article
MAX_TEASER_CHARS = 200  # a teaser under a related link is a paragraph of a few lines at most
MIN_TEASERS = 2  # links with teasers: two at least, a list's shape (one could be the article's own words)
MAX_COUNT_LINE_CHARS = 30
CLOSING_LINES = 3  # a writer's credit closing a paragraph is looked for in this many last lines
# 自由時報 2023/06/09 公股四金…: a forum post opens with the outlet it copies and the day, glued on
OUTLET_STAMP_RE = re.compile(
    r"^(?P<outlet>[\u4e00-\u9fffA-Za-z]{2,10})\s+"
    r"(?P<date>(?:19|20)\d{2}[/.\-]\d{1,2}[/.\-]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?+)\s+(?=\S)"
)
# [2001-12-11] 工聯會認同…: an archive's list prints each headline after its day, the day in brackets or not
DATED_HEADLINE_RE = re.compile(
    r"^(?P<open>[\[【〔(（])?\s*(?P<date>(?:19|20)\d{2}\s*[/.\-年]\s*\d{1,2}\s*[/.\-月]\s*\d{1,2}\s*日?"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?+)(?(open)\s*[\]】〕)）]\s*|\s+)(?=\S)"
)
SIGNED_TITLE_RE = re.compile(r"\s*[\\＼]\s*(?P<name>[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3})$")
BRACKETED_TAIL_RE = re.compile(r"\s*[（(](?P<name>[^（）()]{2,16})[)）]$")
MIN_DATED_HEADLINE_HAN = 6  # 2025-04-04 10:31:38 逾期资讯 44: a short word after the day is a meta line's
FIELD_MARK_RE = re.compile(r"^-- (?=\S)")
MIN_FIELD_MARKS = 2
# 标题：…, 标题[新闻] …, 标题 …: a colon, a tag or a blank after it (标题党横行 is a headline's word);
# 主旨：…, an exchange filing's subject, with its colon only
# 名  称：…, a government notice's name in its header block of labelled fields (its colon only)
# a list's or a paper's mark before a byline in the body (◆, ■): read with or without a blank after it
# (not ▲: it marks a picture's caption, ▲…图片记者黎旭阳摄)
BODY_BYLINE_BULLET_RE = re.compile(rf"^[•▪◦·\-*{metadata.BYLINE_BULLETS.replace('▲', '')}]\s*(?=\S)")
WIDE_GAP_RE = re.compile(r"[ \u3000]{3,}")  # the blanks a flattened page leaves where its cells or lines were
MAX_FLATTENED_FIELDS = 6
TITLE_LABEL_RE = re.compile(
    r"^(?:(?:标\s{0,3}题|標\s{0,3}題)(?:\s*[:：|｜]\s*|\s*[\[【][^\]】]{1,6}[\]】]\s*|\s+)"  # 标 题: spaced to width
    # 发文标题：… — a regulation database's record names the document it holds
    r"|(?:主旨|主题|主題|名\s{0,3}称|名\s{0,3}稱|发文标题|發文標題|文件标题|文件標題|法规标题|法規標題|Title|TITLE)\s*[:：]\s*)(?=\S)"
)
# 标题:揭秘…：…的影响 :铁矿石作为…: a labelled title with the article run on after a colon (its blank
# gone with the punctuation's repair): the last colon a title's length in
RUN_ON_RE = re.compile(r"\s*[:：]\s*")
# 新华社北京7月15日电 题：稳中有进坚定前行——…: a wire's feature, its headline given after its dateline
DATELINE_TITLE_RE = re.compile(r"\s*(?P<label>题\s*[:：])\s*(?=\S)")
# a labelled field after a blank, in a page flattened into one line: …发行公告 主承销商:国融证券…
FIELD_OPENING_RE = re.compile(r"\s(?=[\u4e00-\u9fff]{2,6}[:：]\S)")
DATE_PREPOSITIONS = ("于", "於", "在", "至", "自", "从", "從", "截至", "到")  # a date they govern is a clause's
FIELD_LOOKAHEAD_CHARS = 32  # enough to read a date or label that opens right after a headline
CLAUSE_MARKS = (",", "，", "、", ";", "；")  # after a date: the date opens a sentence, its words
HEAD_SENTENCE_RE = re.compile(r"[，,。；;！!？?]")  # a headline's question mark may end it, nothing more
RELEASE_LINES = 6  # the day and the hour, perhaps over 列印此页 and the page's links
SIGNATURE_LINES = 3  # a notice's signer and date close its text, perhaps over a note (注：…)
READER_LINES = 3  # a （记者 安然 朱玲） bracket is looked for at the start of this many paragraphs


def cut_trailer(lines: list[str]) -> tuple[int, Meta, list[Change]]:
    """Where trailing boilerplate starts, what it said (editor, source), and a change per piece."""
    end = len(lines)
    said = Meta()
    changes: list[Change] = []
    reviewer: str | None = None  # 审核：陈晓军 under 编辑：翟存鸣: the editor only when no 编辑 is named
    while end > 0:
        line = lines[end - 1]
        if metadata.is_empty_credit(line):  # （责任编辑：）: the field, its name never filled in
            changes.append(Change(NAME, "structure:editor", line))
            end -= 1
            continue
        if (reviewed := metadata.review_credit(line)) is not None:
            # 审读, 审核, 校对, 签发…: the desk's other credits, a line each — they go with the editor's
            # (left, the next run would read the next as the editor and take it)
            reviewer = reviewer or reviewed
            changes.append(Change(NAME, "structure:editor", line))
            end -= 1
            continue
        editor = metadata.parse_editor(line)
        source = metadata.parse_source_line(line)
        trailing = bylines.parse_trailing_meta(line)
        named = editor or bylines.parse_trailing_editor(line) or (trailing.editor if trailing else None)
        if (named and said.editor not in (None, named)) or (source and said.source_name not in (None, source)):
            break  # a second, different editor (校对：… under 责任编辑：…) or source: no field holds it, it stays
        if editor:
            said = said.filled_from(Meta(editor=editor))
            changes.append(Change(NAME, "structure:editor", line))
        elif source:
            said = said.filled_from(Meta(source_name=source))
            changes.append(Change(NAME, "structure:source_line", line))
        elif editor := bylines.parse_trailing_editor(line):
            said = said.filled_from(Meta(editor=editor))
            changes.append(Change(NAME, "structure:editor", line))
        elif writers := bylines.parse_trailing_byline(line):
            said = said.filled_from(Meta(authors=writers, byline=line))
            changes.append(Change(NAME, "structure:byline", line))
        elif (trailing := bylines.parse_trailing_meta(line)) is not None:
            said = said.filled_from(trailing)
            changes.append(Change(NAME, "structure:meta_line", line))
        elif (count := _trailing_count(line)) is not None:
            said = said.filled_from(Meta(views=count))
            changes.append(Change(NAME, "structure:meta_line", line))
        elif metadata.starts_with_any(line, "prev_next"):
            changes.append(Change(NAME, "structure:prev_next", line))
        elif end >= 2 and URL_RE.fullmatch(line.strip()) and metadata.parse_source_line(lines[end - 2]):
            # 文章来源：某网站 / https://www.x.gov.cn/…: the source's address under its line, with it
            changes.append(Change(NAME, "structure:source_line", line))
        elif metadata.starts_with_any(line, "disclaimer"):
            changes.append(Change(NAME, "structure:disclaimer", line))
        else:
            start = _trailer_heading_above(lines, end)
            if start is None:
                break
            changes.append(Change(NAME, "structure:trailer", "\n".join(lines[start:end])))
            said = said.filled_from(Meta(source_name=metadata.more_from_outlet(lines[start])))
            end = start
            continue
        end -= 1
    changes.reverse()
    return end, said.filled_from(Meta(editor=reviewer)), changes


def _closing_source(body: list[Line], end: int) -> str | None:
    """The outlet a bracket closing the article's last paragraph credits (``…需求。（中央社）``): the
    last line before ``end``, or one above the short lines of the page's promos and links under it —
    never above a line that ends a sentence (the article's last)."""
    for at in range(end - 1, max(0, end - CLOSING_EDITOR_LINES) - 1, -1):
        text = body[at].text
        if (source := bylines.closing_source(text)) is not None:
            return source
        if text.rstrip().endswith(SENTENCE_ENDS) and is_prose(text) and not boilerplate.mentions_page_notice(text):
            return None  # (★加入我们的Line，和我们做好友！ is a promo's line, short)
    return None


def _editor_line(body: list[Line], end: int) -> tuple[int, str] | None:
    """The last of the closing lines that is an editor's field alone, and the editor it names; only
    below the article's last sentence (a line ending in 。 that is no page notice: the page's promos,
    tags and copyright paragraph may follow the editor, the article's text may not)."""
    for at in range(end - 1, max(0, end - CLOSING_EDITOR_LINES) - 1, -1):
        if (editor := metadata.editor_line(body[at].text)) is not None:
            return at, editor
        if body[at].text.rstrip().endswith("。") and not boilerplate.mentions_page_notice(body[at].text):
            return None
    return None


def _trailing_count(line: str) -> int | None:
    """``本文已被阅读 2046 次`` at the end: a view count alone (a bare date there may be a signature)."""
    if len(line) > MAX_COUNT_LINE_CHARS:
        return None
    meta = metadata.parse_meta_line(line)
    return meta.views if meta is not None and meta.views is not None and meta.published_at is None else None


def _trailer_heading_above(lines: list[str], end: int) -> int | None:
    """The index of a ``相关文章`` line above ``end`` with only short link lines between — each link
    may have its teaser under it (a headline, then a paragraph of at most ``MAX_TEASER_CHARS``)."""
    index, teasers = end - 1, 0
    while index >= max(0, end - MAX_TRAILER_LINES):
        if metadata.is_trailer_heading(lines[index]):
            return index if teasers == 0 or teasers >= MIN_TEASERS else None  # one paragraph may be the article's
        if _is_link_line(lines[index]):
            index -= 1
        elif len(lines[index]) <= MAX_TEASER_CHARS and index > 0 and _is_link_line(lines[index - 1]):
            if metadata.is_trailer_heading(lines[index - 1]):
                return None  # a heading's paragraph is the article's, not a teaser
            index, teasers = index - 2, teasers + 1  # a teaser and its headline
        else:
            return None
    return None


def _is_link_line(line: str) -> bool:
    return len(line) <= MAX_LINK_CHARS and not line.endswith("。")


def _report_file_fields(meta: Meta, cuts: list[Change]) -> Meta:
    """The day and the issuer a report's file name gave, cut from the title (…-20190217-国信证券-11页),
    where the page's own lines said neither."""
    for cut in cuts:
        report = REPORT_FILE_RE.fullmatch(cut.text) if cut.reason == "structure:title_suffix" else None
        if report:
            day = find_date(report["day"])
            return meta.filled_from(Meta(published_at=day.iso if day else None, source_name=report["issuer"]))
    # >> 国信证券-…-231008: the broker cut from the front, the day from the end
    issuers = (m for c in cuts if c.reason == "structure:title_prefix" and (m := ISSUER_PREFIX_RE.fullmatch(c.text)))
    days = (m for c in cuts if c.reason == "structure:title_suffix" and (m := REPORT_DAY_SUFFIX_RE.fullmatch(c.text)))
    issuer, day = next(issuers, None), next(days, None)
    if issuer and day:
        return meta.filled_from(Meta(published_at=report_day(day["day"]), source_name=issuer["issuer"]))
    return meta


def _outlet_cut_from_title(cuts: list[Change]) -> str | None:
    """The outlet's name a site put after its headline, as the title's cut suffix says it."""
    for cut in cuts:
        name = cut.text.strip(" -_|｜—–").strip("《》")
        if cut.reason == "structure:title_suffix" and is_outlet_name(name) and not re.search(r"[-_|｜—–]", name):
            return name
    return None


def _reader_window(body: list[Line], after_header: int) -> list[int]:
    """The paragraphs a dateline or a reporters' bracket may open: the body's first few, and the first
    few after the header's last line (a privacy notice or an app's prompt above the headline stays in
    the body, ahead of the article's own first words)."""
    starts = (*range(READER_LINES), *range(after_header, after_header + READER_LINES))
    return [i for i in dict.fromkeys(starts) if i < len(body)]


def _reporters(body: list[Line], changes: list[Change], window: list[int]) -> tuple[list[Line], Meta]:
    """Names in a ``（记者 安然 朱玲）`` or ``【财讯快报/陈孟朔】`` bracket opening one of the first
    paragraphs, moved to the header with the outlet it names; or the reporters of a dateline."""
    for index in window:
        line = body[index]
        text = _unbulleted(line.text)  # • 株洲日报讯（通讯员/沈青秀）…: the first paragraph scraped as a list's item
        found = metadata.bracketed_reporters(text)
        if found:
            names, end, outlet = found
            changes.append(Change(NAME, "structure:byline", text[:end]))
            rest = text[end:].strip(STRIP)
            updated = [*body[:index], *([Line(rest, line.hint)] if rest else []), *body[index + 1 :]]
            dated = find_date(recognition_form(text[:end]))  # 【2023年09月25日讯】（记者…）
            # 北京商报讯(记者董亮): the dateline's; 德州新闻网讯(德州晚报记者…): the site that ran it, not its paper
            outlet = bylines.dateline_outlet(text[:end]) or outlet
            return updated, Meta(authors=names, source_name=outlet, published_at=dated.iso if dated else None)
    for index in window:
        text = _unbulleted(body[index].text)
        names = bylines.dateline_reporters(text)
        if names:  # the dateline is the article's own first words: read, not removed
            return body, Meta(authors=names, published_at=bylines.dateline_day(text))
    return body, Meta()


def _unbulleted(text: str) -> str:
    """The line without a list's bullet before it (``• 新华社北京…电``)."""
    bullet = BULLET_RE.match(text) if text[:1] in BULLETS else None
    return text[bullet.end() :] if bullet else text


def _body_byline(body: list[Line], changes: list[Change]) -> tuple[list[Line], Meta]:
    """The first line of the body that is a labelled byline and nothing else (``记者：黄鑫宇``,
    ``記者仝澤蓉/即時報導/經濟日報``, ``杨千/文``): moved to the header — also when the header named its
    authors already: a second run, the header's byline gone, would take it, so it goes on the first
    (the caller decides whose names stand). A line that also carries a date or a count is a meta line
    the header did not reach; it stays."""
    # A list item or table row is read like any line: the article's text does not keep the page's
    # marks, so a second run could not tell an item from a line (cleaning twice must change nothing).
    for index, line in enumerate(body):
        meta = _byline_alone(line.text)
        if meta is None:
            continue
        # 作者 alone over 陈健恒分析员，SAC执业证书编号… then 但堂华联系人，…: the label and the team, a line
        # each, go at once (taken one a run, each run would find the next)
        start = index - 1 if index > 0 and metadata.is_author_label(body[index - 1].text) else index
        end, authors = index + 1, list(meta.authors)
        while end < len(body) and (more := _byline_alone(body[end].text)) is not None:
            authors += [name for name in more.authors if name not in authors]
            end += 1
        # the same writers credited again further down (文：沐华 屈俊, then 来源：… 作者：沐华 屈俊 under a note):
        # a second run would take that line as the first, so it goes now
        again = {j for j in range(end, len(body)) if _credits_again(body[j].text, authors)}
        taken = [*range(start, end), *sorted(again)]
        changes.extend(Change(NAME, "structure:byline", body[j].text) for j in taken)
        kept = [line for j, line in enumerate(body) if not (start <= j < end or j in again)]
        return kept, Meta(authors=tuple(authors), source_name=meta.source_name)
    return body, Meta()


def _credits_again(text: str, authors: list[str]) -> bool:
    """A byline line alone naming writers already credited, none besides."""
    if not any(name in text for name in authors):
        return False  # nearly every line: no writer's name in it, no meta reader asked
    meta = _byline_alone(text)
    return meta is not None and set(meta.authors) <= set(authors)


def _byline_alone(text: str) -> Meta | None:
    """What a line that is a labelled byline and nothing else says (or an analyst's licence line)."""
    if len(text) > metadata.MAX_META_CHARS or metadata.SENTENCE_END_RE.search(text):
        return None  # a paragraph (the meta reader refuses it too, at a higher price)
    # ◆香港文汇报记者 周绍基: a list's bullet is no part of the byline, as the header reads it (the text
    # writes the bullet with a blank after it, and a second run must read the line the same)
    text = BODY_BYLINE_BULLET_RE.sub("", text)
    meta = (
        metadata.parse_meta_line(text)
        or metadata.name_then_role(text)
        or metadata.licensed_analyst(text)
        or metadata.professional_signature(text)
    )
    if meta is None or not meta.authors or not meta.byline or meta.published_at or meta.views or meta.crumbs:
        return None
    return None if metadata.names_a_handle_only(meta) else meta


def _closing_writers(body: list[Line]) -> tuple[tuple[str, ...], str | None]:
    """The writers (and outlet) the article's end credits, in its last ``CLOSING_LINES`` lines or its
    last paragraph of prose however many short lines of page furniture follow it; those lines stay.
    In turn: ``…（编译卢永山）``, a byline above trailer lines the trailer reader stopped at (``作者 王之言
    高孜然`` over a second editor it cannot hold), ``…（北京晚报 张品秋）`` (the outlet too)."""
    last_prose = next((line for line in reversed(body) if is_prose(line.text)), None)
    closing = [line.text for line in reversed(body[-CLOSING_LINES:])] + ([last_prose.text] if last_prose else [])
    for read in (bylines.closing_writers, bylines.parse_trailing_byline):
        if names := next(filter(None, map(read, closing)), ()):
            return names, None
    credit = next(filter(None, map(bylines.closing_credit, closing)), None)
    if credit:
        return credit[1], credit[0]
    fields = next(filter(None, map(bylines.closing_fields, closing)), None)  # …。(作者:勾明扬 来源:经济日报)
    return (fields.authors, fields.source_name) if fields else ((), None)


Stamped = tuple[list[Line], tuple[Candidate, ...]]  # the lines with a stamp taken off, and what it said


def _stamp_apart(lines: list[Line], changes: list[Change], settings: StructureConfig) -> Stamped:
    """A day (and an outlet) glued before the page's first line, taken off it: the crawler's stamp, a
    forum post's outlet and day, an archive's day before its headline — the first shape that is there."""
    if not lines:
        return lines, ()
    found = (
        _crawler_stamp_apart(lines, changes)
        or _outlet_stamp_apart(lines, changes)
        or _dated_headline_apart(lines, changes, settings)
    )
    return found or (lines, ())


def _crawler_stamp_apart(lines: list[Line], changes: list[Change]) -> Stamped | None:
    """``date 2025-12-18 市场普遍预期…`` opening the page: a date stamp glued to the first line's text
    goes (recorded) and is the weakest evidence of the date — a date the page prints in its header
    wins (``25/02/2026 16:21`` under ``date 2026-02-26``); the text after it stays as it was."""
    stamp = CRAWLER_STAMP_RE.match(lines[0].text)
    if stamp is None:
        return None
    if stamp["day"]:
        found = find_date(stamp.group(0))
        iso = found.iso if found else None
    else:  # date 2020-08: the scraper's label on a month, as a page prints a book's or journal's issue
        iso = f"{stamp['y']}-{stamp['m']}" if 1 <= int(stamp["m"]) <= 12 else None
    if iso is None:
        return lines, ()  # the crawler's label on no day: nothing read, and no other shape tried
    changes.append(Change(NAME, "structure:meta_line", stamp.group(0).strip()))
    rest = lines[0].text[stamp.end() :]
    return [Line(rest, lines[0].hint), *lines[1:]], (Candidate("published_at", iso, "stamp"),)


def _outlet_stamp_apart(lines: list[Line], changes: list[Change]) -> Stamped | None:
    """``自由時報 2023/06/09 公股四金…`` opening the page: the outlet a post copies and its day, glued to
    the first line's text — they go (recorded) and are the weakest evidence of source and date."""
    stamp = OUTLET_STAMP_RE.match(lines[0].text)
    found = find_date(stamp["date"]) if stamp and is_outlet_name(recognition_form(stamp["outlet"])) else None
    if found is None:
        return None
    changes.append(Change(NAME, "structure:meta_line", stamp.group(0).strip()))
    rest = lines[0].text[stamp.end() :]
    evidence = (Candidate("published_at", found.iso, "stamp"), Candidate("source_name", stamp["outlet"], "stamp"))
    return [Line(rest, lines[0].hint), *lines[1:]], evidence


def _flattened_head(lines: list[Line], settings: StructureConfig) -> list[Line]:
    """A page flattened into one line (its line breaks lost upstream): the headline before the first
    field it runs into — a date (``…金管局买入94.2亿港元 Jun 26, 2025 港元汇价…``) or a labelled field
    (``…首次公开发行A股发行公告 主承销商:…``), after a blank and a title's length at most — is a line of
    its own, read as any line is; nothing is removed. Only when what precedes it reads as a headline
    (no sentence inside it) and what follows as prose; a page's structure (``hint``) is never split."""
    first = lines[0] if lines else None
    if first is None or first.hint is not None or len(first.text) <= settings.max_title_chars:
        return lines
    window = first.text[: settings.max_title_chars + FIELD_LOOKAHEAD_CHARS]  # a field opening after a title's length
    field = FIELD_OPENING_RE.search(window)
    cuts = [field.start()] if field else []
    found = find_date(window)
    # (香港联交所于 2022 年 10 月 19 日就…: the date a preposition governs is the clause's own)
    before = window[: found.start] if found is not None else ""
    if before and before[-1].isspace() and not before.rstrip().endswith(DATE_PREPOSITIONS):
        cuts.append(found.start)
    if not cuts:
        return lines
    cut = min(cuts)
    head, rest = first.text[:cut].strip(), first.text[cut:].strip()
    if HEAD_SENTENCE_RE.search(head.rstrip("？?")) or not is_title_like(head, settings) or not is_prose(rest):
        return lines
    if bylines.dateline_outlet(first.text) is not None:
        return lines  # [汽車之家 資訊] 4月1日，…: the outlet's dispatch opening the first paragraph, no headline
    after = first.text[found.end :].lstrip() if found is not None else ""
    if found is not None and cut == found.start and not after.startswith(CLAUSE_MARKS):
        # the date the headline runs into: the page's, a line apart (2024年10月9日，中芯国际股价…: a comma
        # after it makes it the first sentence's own words, which stay with it)
        dated = first.text[found.start : found.end].strip()
        return [Line(head), Line(dated), Line(first.text[found.end :].strip()), *lines[1:]]
    return [Line(head), Line(rest), *lines[1:]]


def _meta_run_on(lines: list[Line], reach: int) -> list[Line]:
    """``作者：趙一帆 羅石玲 2023-04-03香港聯合交易所…`` near the top: a labelled byline row with the
    article's first sentence run on after its date, no blank between — the row becomes a line of its
    own, read as any meta line, and the sentence the next; nothing is removed."""
    for i, line in enumerate(lines[:reach]):
        text = line.text
        if line.hint is not None:
            continue
        form = recognition_form(text[:MAX_RECOGNISED_CHARS])
        gap = WIDE_GAP_RE.search(text, 0, MAX_RECOGNISED_CHARS) if metadata.LABEL_RE.match(form) else None
        if gap is not None and metadata.parse_meta_line(text[: gap.start()]) is not None:
            # 来源:华夏时报   作者:李明会   “突然被银行短信通知…”: a flattened page's labelled row, wide blanks
            # between its fields and the article's first paragraph after them
            head, rest = _fields_then_prose(text)
            if head and is_prose(rest):
                return [*lines[:i], Line(head), Line(rest), *lines[i + 1 :]]
        found = find_date(form) if metadata.LABEL_RE.match(form) else None
        if found is None or found.end >= len(form) or not is_han(form[found.end]):
            continue
        head, rest = text[: found.end], text[found.end :]
        if metadata.parse_meta_line(head) is not None and is_prose(rest):
            return [*lines[:i], Line(head), Line(rest), *lines[i + 1 :]]
    return lines


def _fields_then_prose(text: str) -> tuple[str, str]:
    """A flattened row of labelled fields parted by wide blanks, and what follows the last field that
    is one: (``来源:华夏时报   作者:李明会``, ``“突然被…”   …``); ("", text) if the first part is none."""
    parts = WIDE_GAP_RE.split(text)
    fields = 0
    while fields < len(parts) and fields < MAX_FLATTENED_FIELDS and metadata.LABEL_RE.match(
        recognition_form(parts[fields])
    ):
        fields += 1
    if fields == 0:
        return "", text
    return "   ".join(parts[:fields]), "   ".join(parts[fields:])


def _unmarked_fields(lines: list[Line], changes: list[Change], reach: int) -> list[Line]:
    """``-- 作者:mao5127`` / ``-- 發布時間:…`` / ``-- 标题``: a forum's print view marks each header field;
    two or more such lines at the top lose their marks (recorded once), so each is read as it says."""
    marked = [i for i, line in enumerate(lines[:reach]) if FIELD_MARK_RE.match(line.text)]
    if len(marked) < MIN_FIELD_MARKS:
        return lines
    changes.append(Change(NAME, "structure:field_mark", "\n".join(lines[i].text[:3] for i in marked)))
    return [Line(FIELD_MARK_RE.sub("", line.text), line.hint) if i in marked else line for i, line in enumerate(lines)]


def _unlabelled_title(
    lines: list[Line], changes: list[Change], reach: int, longest: int, page_titles: tuple[str, ...] = ()
) -> tuple[list[Line], tuple[Candidate, ...]]:
    """``标题[新闻] 主管机关严重失职？…`` among the first lines: a forum's header labels its title (and
    tags its kind); the label and tag go, recorded, and the title is read like any other line — with
    the page's own word for it as evidence (a filing's ``主旨：`` line beats a clause number over its
    date). A value longer than a title with a colon inside is the title with the article run on: the
    article goes to a line of its own. A wire's feature gives its headline after its dateline
    (``新华社北京7月15日电 题：…``): the headline is read so too, the dateline kept under it."""
    for i, line in enumerate(lines[:reach]):
        dateline = bylines.DATELINE_RE.match(recognition_form(line.text))
        label = DATELINE_TITLE_RE.match(line.text, dateline.end()) if dateline is not None else None
        title = line.text[label.end() :] if label is not None else ""
        if label is not None and dateline is not None and not any(title in said for said in page_titles):
            # the dateline stays, a line of its own under the headline it gave (and names the wire);
            # a page whose own title says it has its headline already: the line is the article's
            changes.append(Change(NAME, "structure:title_prefix", label["label"]))
            return [*lines[:i], Line(title, line.hint), Line(line.text[: dateline.end()]), *lines[i + 1 :]], (
                Candidate("title", title, "title-label", line.text),
            )
        label = TITLE_LABEL_RE.match(line.text)
        if label is not None:
            changes.append(Change(NAME, "structure:title_prefix", label.group(0).strip()))
            title, rest = line.text[label.end() :].rstrip(" \t|｜"), []  # 标题 | … | ||||: a table's cells
            if len(title) > longest and (colons := list(RUN_ON_RE.finditer(title, 0, longest + 1))):
                title, rest = title[: colons[-1].start()], [Line(title[colons[-1].end() :], line.hint)]
            return [*lines[:i], Line(title, line.hint), *rest, *lines[i + 1 :]], (
                Candidate("title", title, "title-label", line.text),
            )
    return lines, ()


def _without_bracketed_source(title: str, source: str | None, changes: list[Change]) -> str:
    """``…行业发展之探讨（今日合庫）`` over ``本文刊登於今日合庫``: the outlet the page credits, in brackets
    after the headline — the outlet's, not the headline's words (a bracket naming anything else stays)."""
    bracket = BRACKETED_TAIL_RE.search(title) if source else None
    if bracket is None or bracket["name"].strip() != source or len(title) - len(bracket[0]) < MIN_TITLE_CHARS:
        return title
    changes.append(Change(NAME, "structure:title_suffix", bracket[0].strip()))
    return title[: bracket.start()].rstrip()


def _signed_title(title: str, meta: Meta, changes: list[Change]) -> tuple[str, Meta]:
    """``头牌手记/憧憬地方新规划 留意「窗口股」\\沈 金``: a column's headline signed after a backslash, as
    Hong Kong papers print it — the columnist, when the page names no other writer (a backslash before
    anything but a person's name stays)."""
    signed = SIGNED_TITLE_RE.search(title) if "\\" in title or "＼" in title else None
    name = "".join(signed["name"].split()) if signed else ""
    if not signed or meta.authors or signed.start() < MIN_TITLE_CHARS or not is_person_name(name):
        return title, meta
    changes.append(Change(NAME, "structure:byline", signed.group(0).strip()))
    return title[: signed.start()].rstrip(), replace(meta, authors=(name,))


def _dated_headline_apart(lines: list[Line], changes: list[Change], settings: StructureConfig) -> Stamped | None:
    """``[2001-12-11] 工聯會認同供款上限不變`` opening the page: a headline with its day printed before it.
    Read whole as a meta line, the headline would go with the day; the day goes (recorded) and is weak
    evidence of the date, the headline stays. What follows the day must be a headline's words, not a
    meta line's (``2016-06-08 08:56:30 新华社 作者：…``) nor a sentence."""
    stamp = DATED_HEADLINE_RE.match(lines[0].text)
    found = find_date(stamp["date"]) if stamp else None
    if found is None:
        return None
    rest = lines[0].text[stamp.end() :]
    if (
        sum(map(is_han, rest)) < MIN_DATED_HEADLINE_HAN
        or not is_title_like(rest, settings)
        or metadata.parse_meta_line(rest) is not None
        or is_prose(rest)
    ):
        return None
    changes.append(Change(NAME, "structure:meta_line", stamp.group(0).strip()))
    return [Line(rest, lines[0].hint), *lines[1:]], (Candidate("published_at", found.iso, "stamp"),)


def outline_article(
    lines: list[Line], settings: StructureConfig, evidence: tuple[Candidate, ...] = (), fetched_at: str | None = None
) -> tuple[Outline, list[Change]]:
    """The header fields, lead and sections of the article in ``lines``, and what was taken out."""
    lines = [line if line.text == (text := line.text.strip(STRIP)) else Line(text, line.hint) for line in lines]
    labelled: list[Change] = []
    lines, stamped = _stamp_apart([line for line in lines if line.text], labelled, settings)
    lines = _flattened_head(lines, settings)
    lines = _meta_run_on(lines, settings.header_lines)
    lines = _unmarked_fields(lines, labelled, settings.header_lines)
    page_titles = tuple(c.value for c in evidence if c.field == "title")
    lines, said_title = _unlabelled_title(lines, labelled, settings.header_lines, settings.max_title_chars, page_titles)
    header = read_header(lines, settings, (*evidence, *said_title), reference_date(fetched_at, settings.reference_date))
    evidence = (*evidence, *stamped)
    changes = labelled + header.changes
    body = [line for i, line in enumerate(lines) if i not in header.taken]
    after_header = sum(1 for i in range(max(header.taken, default=-1)) if i not in header.taken)
    window = _reader_window(body, after_header)
    body, bracketed = _reporters(body, changes, window)
    reporters = bracketed.authors
    known = header.meta.authors or reporters
    body, in_body = _body_byline(body, changes)
    if known and set(in_body.authors) > set(known):
        header.meta = replace(header.meta, authors=in_body.authors)  # 作者：张三, then 记者：张三 李四: all of them
    if known:
        in_body = Meta()  # a repeat, or another's byline: removed, the header's authors stand
    reporters = reporters or in_body.authors
    body_end, trailer_said, trailer_changes = cut_trailer([line.text for line in body])
    said = header.meta.filled_from(replace(trailer_said, authors=(), byline=None)).filled_from(in_body)
    said = said.filled_from(Meta(published_at=bracketed.published_at))
    if said.published_at is None:  # 【大纪元2023年03月13日讯】 opening one of the first paragraphs: read, it stays
        dated = (bylines.dated_bracket(body[i].text) for i in window if i < len(body))
        said = replace(said, published_at=next(filter(None, dated), None))
    # 深圳证券交易所 / 2022年5月20日 closing a notice: who signed it and when, the last of the text's words
    signed = bylines.closing_signature([line.text for line in body[max(0, body_end - SIGNATURE_LINES) : body_end]])
    if signed is not None:
        said = said.filled_from(Meta(published_at=signed[1]))
    if said.published_at is None:  # 2014年9月30日（星期二） / 香港时间16时48分: a government release's close
        tail = [line.text for line in body[max(0, body_end - RELEASE_LINES) :]]
        said = said.filled_from(Meta(published_at=bylines.closing_release_time(tail)))
    if said.published_at is None:  # …（编辑：潘羿菁）1130321: a Taiwan wire's story code, its day
        closing = [line.text for line in body[max(0, body_end - RELEASE_LINES) : body_end]]
        said = said.filled_from(Meta(published_at=bylines.closing_story_day(closing)))
    if said.source_name is None:
        # in turn: 【财讯快报/陈孟朔】, the outlet beside its reporter; …（来源：上海证券报） closing the last
        # paragraph; 中新社香港6月24日電 opening one of the first (those two stay: read, not removed)
        closing = _closing_source(body, body_end)
        datelines = (bylines.dateline_outlet(_unbulleted(body[i].text)) for i in window if i < len(body))
        dateline = next(filter(None, datelines), None)
        said = replace(said, source_name=bracketed.source_name or closing or dateline or (signed and signed[0]))
    if said.editor is None:
        # a dateline's （编辑 胡家荣）; the last paragraph's （编辑：谢怡璇）, perhaps above the page's links
        closing_lines = body[max(0, body_end - CLOSING_EDITOR_LINES) : body_end]
        editors = chain(
            (bylines.dateline_editor(body[i].text) for i in window if i < len(body)),
            (bylines.closing_editor(line.text) for line in reversed(closing_lines)),
        )  # lazily: the first editor found ends the search
        editor = next(filter(None, editors), None)
        if editor is None and (found := _editor_line(body, body_end)) is not None:
            # 责任编辑：张迪 alone above the page's promos and tags, which are no trailer we know
            at, editor = found
            changes.append(Change(NAME, "structure:editor", body[at].text))
            body, body_end = body[:at] + body[at + 1 :], body_end - 1
        said = replace(said, editor=editor)
    if not (said.authors or reporters or trailer_said.authors):
        reporters, outlet = _closing_writers(body[:body_end])
        said = said if said.source_name or outlet is None else replace(said, source_name=outlet)
    meta = with_evidence(said, evidence, (reporters, trailer_said.authors))
    title = header.title or evidence_title(evidence)
    category = meta.category or category_of(meta.crumbs, title)
    if title and header.title:
        title = as_the_page_words_it(title, evidence, changes)
        before_tidy = len(changes)
        # a section the page's breadcrumb names is no glue: a headline may end in its section's word
        # (…第二场新闻发布会 under 首页 > 专题报道 > 新闻发布会); one the text's lines said may be (…一环金融)
        crumbed = said.category is None and category in {c.value for c in evidence if c.origin == "breadcrumb"}
        stated = tuple(c.value for c in evidence if c.field == "original_title")
        keywords = tuple(ranked(evidence, "keywords"))
        title, tidied = tidy_title(title, None if crumbed else category, changes, keywords, stated)
        category = category if crumbed else tidied
        category = category or category_of(meta.crumbs, title)
        if meta.source_name is None and (outlet := _outlet_cut_from_title(changes[before_tidy:])):
            meta = replace(meta, source_name=outlet)  # …投资信托表现亮眼|联合早报: the outlet the page names
        meta = _report_file_fields(meta, changes[before_tidy:])
        title = _without_bracketed_source(title, meta.source_name, changes)
        title, meta = _signed_title(title, meta, changes)
    if meta.source_name is None:
        # last of all: 据中证报，… opening a paragraph names the outlet the article relays (a page's own
        # metadata, read first, names its publisher: 新京报's 据央视新闻消息 is still 新京报's)
        relayed = (bylines.according_to_outlet(body[i].text) for i in window if i < len(body))
        meta = replace(meta, source_name=next(filter(None, relayed), None))
    if title != header.title and body_end and body[0].text == title:
        # the headline again, as the text says it once the site's glue is cut (…监察法-纪检, then …监察法)
        changes.append(Change(NAME, "structure:title_echo", body[0].text))
        body, body_end = body[1:], body_end - 1
    lead, sections = build_sections(body[:body_end], settings.max_heading_chars)
    fields = {
        "title": title,
        "author": meta.author,
        "authors": meta.authors,
        "byline": meta.byline,
        "published_at": meta.published_at,
        "source_name": meta.source_name,
        "site_name": meta.site_name,
        "category": category,
        "views": meta.views,
        "editor": meta.editor,
        **_page_fields(evidence),
    }
    return Outline(fields, tuple(lead), tuple(sections)), changes + trailer_changes


def _page_fields(evidence: tuple[Candidate, ...]) -> dict[str, object]:
    """Fields only a page's own metadata gives: keywords, description, canonical url."""
    keywords = tuple(dict.fromkeys(ranked(evidence, "keywords")))
    first = {name: next(iter(ranked(evidence, name)), None) for name in ("description", "url")}
    return {"keywords": keywords, **first}


def run(doc: Document, settings: StructureConfig) -> Document:
    outline, changes = outline_article(list(doc.lines), settings, doc.evidence, doc.source.fetched_at)
    return replace(doc.recorded(changes), outline=outline)
