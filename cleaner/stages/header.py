"""Reading an article's header: which line is the title, and what the lines around it say.

The title is the line with the most evidence, not simply the first: echoes of it further down, a
meta line or byline right after it, agreement with the page's own metadata (``og:title``,
``<title>``), an ``<h1>``. Bylines, breadcrumbs, meta lines, site names and notices are never the
title. Header lines — above the title or between it and the first paragraph — become fields.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from difflib import SequenceMatcher
from functools import cache, lru_cache

from ..article import Change
from ..config import StructureConfig
from ..document import Candidate, Line
from ..han import HAN_RUN_RE, han_count, is_han
from ..lexicon import boilerplate_phrases
from . import bylines, metadata
from .boilerplate import is_weather
from .crumbs import BREADCRUMB_PREFIX_RE, MAX_CRUMB_CHARS, is_root, parse_breadcrumb
from .metadata import Meta
from .names import (
    MAX_RECOGNISED_CHARS,
    is_outlet_name,
    is_person_name,
    known_outlets,
    names_in,
    recognition_form,
    with_plain_slashes,
    without_joined_names,
)
from .outline import heading_style, list_item, numbered_section
from .title_shapes import (
    AFFILIATION_RE,
    BAR_SPLIT_RE,
    CAPTION_RE,
    MAX_MENU_CHARS,
    ORIGINAL_TITLE_RE,
    SENTENCE_MARK_RE,
    URL_RE,
    _bracketed_label,
    _broken_sentence,
    _first_half,
    _is_menu_line,
    _menu_items,
    _menus_last_words,
    _names_column,
    _second_half,
    echo_forms,
    is_echo,
    is_prose,
    is_title_like,
    original_title_of,
)
from .titles import (
    COLUMN_PREFIX_RE,
    MIN_TITLE_CHARS,
    NAME,
    PAGE_TITLE_ORIGINS,
    SITE_NAME_RE,
    ranked,
)

STRONG_EVIDENCE = 3
# 15:48【headline】text, 2025-09-03 15:48【headline】: a flash's time, then its headline in brackets
FLASH_HEADLINE_RE = re.compile(
    r"^(?:(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*)?\d{1,2}:\d{2}(?::\d{2})?\s*)?【(?P<headline>[^【】]{1,80})】"
)
CLAUSE_MARK_RE = re.compile(r"[，,。；;！!]")
# words only a site's reprint notice says (an article may report 未经授权 trades, never forbid copying itself)
REPRINT_NOTICE_RE = re.compile(
    r"(?:不得|禁止|严禁|嚴禁|谢绝|謝絕|请勿|請勿)(?:转载|轉載|复制|複製)|转载请注明|轉載請註明"
)
# a headline off the story's topic: under a tenth of its character pairs anywhere in the story, while
# a line below it, above the story, has at least half of its own in the story's first lines
MAX_OFF_TOPIC_SHARE = 0.1
MIN_ON_TOPIC_SHARE = 0.5
MIN_TOPIC_PAIRS = 4
MIN_OFF_TOPIC_PAIRS = 8  # a full headline's worth: a short one may say its story in a figure of speech
MIN_STORY_HAN = 200  # the story's words the verdict needs: a cut-off page's last lines say too few
TOPIC_LINES = 500  # the story, as far as a page's cost allows
TOPIC_CHARS = 50000
OPENING_LINES = 10
AFFILIATED_NAMES_RE = re.compile(
    r"(?P<affiliation>[\u4e00-\u9fff]{2,30}?(?:研究所|研究院|研究中心|大学|学院|研究部|课题组|研究會|研究会))\s+"
    r"(?P<names>[\u4e00-\u9fff][\u4e00-\u9fff\s,，、]{1,30})$"
)
# Mazdabate 2025-06-26 10:23:21: a forum post's header, its poster and its time
POST_ROW_RE = re.compile(r"[^\s:：]{1,20}[ \t]+(?:19|20)\d{2}-\d{1,2}-\d{1,2}[ \t]+\d{1,2}:\d{2}(?::\d{2})?")
MIN_THREAD_POSTS = 3
THREAD_STATS_RE = re.compile(r"[回囘][复覆][:：\s]*\d")  # 回复: 14 beside the views: a thread's counts
LETTER_RE = re.compile(r"[^\W\d_]")
LETTER_OR_DIGIT_RE = re.compile(r"[^\W_]")  # what _normal keeps  # a letter of any script (a Chinese character is one)
DATELINE_ENDINGS = ("讯", "电", "报道", "报导")
LIST_NUMBER_RE = re.compile(r"\s*\d{1,2}[.、．]\s*(?=\S)")
LIST_BULLET_RE = re.compile(r"^[•●◆▪◦·\-*]\s*(?=\S)")  # not ■: ■胡建辉 is a byline
LONE_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,3}")
# 标题 首页 >> 业务宣传: the page's path run on after its title, from its home crumb
# ((?<!\s): tried once a run of blanks, so a line of a million blanks costs one pass)
# 来源 ending a word is not the source's label: （资料来源：…）, 数据来源, 图片来源 credit a chart or a photo
GLUED_LABEL_RE = re.compile(
    r"(?<=[^\s:：（(【\[])(?<!资料|資料|数据|數據|图片|圖片|图表|圖表|信息|資訊|资讯)(?:发布时间|发布日期|发表时间|发表日期|更新时间|發布時間|發佈時間|来源|來源)\s*[:：]"
)
OUTLET_KICKER_RE = re.compile(r"【(?P<outlet>[^【】\s]{2,10})】\s*(?P<names>[\u4e00-\u9fff、，, ]{2,20}?)[：:]")
SPEAKER_RE = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3})[：:]")
MAX_INTRODUCTION_CHARS = 40  # the post named near the start of the writer's introduction
MIN_CREDIT_REPEATS = 2  # an outlet alone on this many header lines is the template's credit, not a heading
COLUMN_WRITER_RE = re.compile(r"《[^《》]{2,12}?\s*[－—–\-]\s*(?P<name>[\u4e00-\u9fff]{2,4})》(?=\S)")
REGISTERED_ADDRESS_RE = re.compile(r"[（(]\s*(?:住所|注册地址|注册地|办公地址|地址)\s*[:：][^（）()]{2,60}[）)]")
GLUED_CRUMB_RE = re.compile(r"(?<!\s)\s+(?=(?:首页|首頁|主页|主頁|Home)\s*(?:>|»|＞|→|›|/))")
# 特朗普提高对中国的关税：… 2025-06-16: a blog's headline with its day after it, the line's end
# … (2025-02-17 19:19:23), …规则2023-12-14: in brackets with its time, or run on to the headline's last word
_DAY = r"(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
# …-港股通月流入创新高-20200403: a research report's name, its day last in digits after a dash
_COMPACT_DAY = r"[-_]\s*(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
TRAILING_DATE_RE = re.compile(
    rf"(?:(?:\s|(?<=[\u4e00-\u9fff]))(?:[（(]{_DAY}[）)]|{_DAY})|(?<=[\u4e00-\u9fff]){_COMPACT_DAY})$"
)
COMPANY_RE = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|集团|銀行|银行)$")
DOCUMENT_NAME_RE = re.compile(
    # (公开发行A股可转换公司债券上市公告书: a share class's letter, a 书 after 公告)
    r"(?:(?:19|20)\d{2}\s*年(?:度|第[一二三四1-4]季度|半年度)?)?[\u4e00-\u9fff（）()、ABH]{0,24}"
    r"(?:公告书?|报告书?|摘要|决议|通知|说明书|意见书)"
)
ABSTRACT_RE = re.compile(r"^[【\[]?\s*(?:内容)?(?:摘\s*要|提\s*要)\s*[】\]]?\s*[:：]?\s*\S")  # 摘要：…, 【摘要】…
FIRST_LINE_SCORE = 2  # scraped text mostly starts with its title; a meta line after another beats it
ECHO_SCORE = 3  # the line said again further down the header
DOUBLED_LINE_SCORE = 1  # the line said twice in a row: less than the first line's place
META_AFTER_SCORE = 3  # a byline or meta line right after the line (or after its echoes)
CRUMB_ABOVE_SCORE = 3  # the page's breadcrumb right above: a site's path leads to its headline
SAME_TITLE_RATIO = 0.8
MAX_ECHO_ADDED_CHARS = 1  # a copy of the title above it may differ by a typo, never by a word
MAX_MASTHEAD_CHARS = 12
EMPTY_SOURCE_LABEL_RE = re.compile(r"(?:^|\s)(?:来源|文章来源|稿件来源|新闻来源)\s*[:：]\s*$")
WECHAT_ACCOUNT_RE = re.compile(r"(?<=\s)(?P<account>[^\s:：|｜]{2,20})\s+(?:微信号|微信號)\s*[:：]?\s*$")
# (not 报道: a column is named so, 苏皖城市报道)
WRITER_TAIL_RE = re.compile(r"\s*(?:访问|采访|撰文|整理)$")
STACKED_YEAR_RE = re.compile(r"(?:19|20)\d{2}")
STACKED_DAY_RE = re.compile(r"\d{1,2}[/\-.月]\d{1,2}日?")
STACKED_TIME_RE = re.compile(r"\d{1,2}:\d{2}")
STAMP_RE = re.compile(r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s*\d{1,2}:\d{2}")  # a post's date and time
MIN_SHARED_PHRASE_CHARS = 5  # a subtitle says again this much of its headline (两个字 are any two lines')
MAX_HEADLINE_GAPS = 2  # 泰山出現4次重大違規 遭提高監理等級: a headline parts its phrases with a blank or two
MAX_CAPTIONS = 2  # captions of a headline's pictures (or its empty tools) between it and its byline
MAX_OUTLET_CHARS = 16
# 中国证券报·中证网: an outlet's brands joined
OUTLET_WORD_RE = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]+(?:·[\u4e00-\u9fffA-Za-z0-9]+)*$")
ECHO_SPAN = 2  # two lines that say the title again are at most twice its length (spaces, marks); longer ones are prose
MAX_SKIPPED_LIST_LINES = 60
NAMES_SPLIT_RE = re.compile(r"[\s,，、]+")
MAX_SPLIT_VALUE = 24  # a field's value on the line under its label is short
MIN_MENU_RUN = 3
KICKER_MARKS_RE = re.compile(r"[：:“”「」《》？！?!]")
# the glue around a headline's copy: a separator, then a site's name or tagline — or a column, then a blank or mark
MAX_GLUE_CHARS = 24
# (or, after a blank alone, one short word: 标题 抚顺特钢案, a tag the page links beside its <title>)
MAX_TAG_CHARS = 6
GLUE_AFTER_RE = re.compile(
    rf"\s*[-_|｜—–－]+\s*(?P<glue>[^\s\-_|｜—–－][^|｜]{{0,{MAX_GLUE_CHARS - 1}}})"
    rf"|\s+(?P<tag>[^\W\d_]{{2,{MAX_TAG_CHARS}}})"
)
# the column before is a column's short word (贷款攻略), no kicker's clause (华宝中证触发下折: the
# crawler's title saying more than the headline, the page's words to keep), nor a label (评论：…)
MAX_COLUMN_CHARS = 6
GLUE_BEFORE_RE = re.compile(rf"(?P<glue>[\u4e00-\u9fff]{{2,{MAX_COLUMN_CHARS}}})(?:\s*[-_|｜—–－]\s*|\s+)")
# 119、标题 or 【国君非银|…报告之一】标题 over the headline alone: the copy a list or a series' index printed
COPY_MARK_RE = re.compile(rf"\d{{1,4}}\s*[、.．]\s*|[【\[](?P<glue>[^【】\[\]]{{1,{MAX_GLUE_CHARS}}})[】\]]\s*")
# 某某理财网：标题 — a site's name as the label of its own headline (the <title> printed above the page)
SITE_LABEL_RE = re.compile(rf"(?P<glue>[^\s:：]{{2,{MAX_GLUE_CHARS}}})\s*[:：]\s*")
# an entry's term defined right after it: its name in another language in brackets (not a ticker's
# digits: 腾讯控股（00700）is a company in the news), or "is defined as", "also called"
DEFINITION_RE = re.compile(
    r"\s*(?:[（(]\s*(?:英文|英语|外文|英文名|英文名称|简称|又称|全称|[A-Za-z])|是指|指的是|又称|亦称|也称|简称|全称)"
)
MAX_TERM_CHARS = 16  # an entry's term is a name, not a headline
PATH_ARROWS_RE = re.compile(r"[>＞»›→≫]")  # the separators BREADCRUMB_STRONG_SPLIT_RE splits a path at


@dataclass
class Header:
    """The decided title, what header lines said, and the changes made while reading them."""

    title: str | None = None
    meta: Meta = field(default_factory=Meta)
    taken: dict[int, Change | None] = field(default_factory=dict)  # lines consumed, and why
    glued_tail: str | None = None  # what was cut from the end of the title line
    glued_reason: str = "structure:meta_line"

    @property
    def changes(self) -> list[Change]:
        taken = [change for i, change in sorted(self.taken.items()) if change is not None]
        return [Change(NAME, self.glued_reason, self.glued_tail)] * bool(self.glued_tail) + taken


def header_meta(line: str, reference: date | None) -> tuple[Meta, str] | None:
    """What a byline, meta line or breadcrumb says, and the reason id for taking it out.
    A meta list's bullet (``• 来源：消费周报``) is no part of what it says."""
    line = LIST_BULLET_RE.sub("", line)
    line = with_plain_slashes(line)
    if ("|" in line or "｜" in line) and _is_menu_line(recognition_form(line)):
        return None  # …|名家|记者|简介: a menu's row, its 记者 a link, no label
    if ("?" in line or "？" in line) and (metadata.LABEL_RE.search(line) or STAMP_RE.search(line)):
        # 作者：王彩娜?高焕喜?  文章来源：…, x.com?2009-04-15 17:42? 记者 …: a labelled or stamped line asks
        # nothing — its question marks stand for the blanks the page's encoding lost between its fields
        asked, line = line, line.replace("?", " ").replace("？", " ")
        found = header_meta(line, reference)
        if found is not None and found[0].byline == line:
            found = replace(found[0], byline=asked), found[1]  # the byline as the page printed it
        return found
    crumbs = None if metadata.starts_with_category_label(line) else parse_breadcrumb(line)
    if crumbs is None and (number := LIST_NUMBER_RE.match(line)):
        # 1. 首頁 > 綜合百科 > 标题: the path a page set as its list's first item, from home
        crumbs = parse_breadcrumb(line[number.end() :])
        crumbs = crumbs if crumbs and is_root(crumbs[0]) else None
    if crumbs:
        return Meta(crumbs=crumbs), "structure:breadcrumb"
    if (channel := _site_and_channel(line)) is not None:
        return Meta(site_name=channel[0], category=channel[1]), "structure:masthead"
    if line.lstrip()[:1] in "（(" and (source := metadata.parse_source_line(line.strip())):
        meta = Meta(source_name=source)  # (來源 中央社), (資料來源 : 香港政府新聞網 ): a source line in its bracket
    else:
        meta = metadata.parse_meta_line(line, reference)
    if meta is None:
        meta = metadata.parse_byline(line)
    if meta is None and (bracket := metadata.bracketed_reporters(line)) and bracket[1] == len(line.rstrip()):
        names, _, outlet = bracket  # 【文．林怡妏】, （记者 安然 朱玲） alone on a line: a byline
        outlet = bylines.dateline_outlet(line) or outlet  # 德州新闻网讯(德州晚报记者…): the site that ran it
        # 【希望之声2024年9月20日】(本台记者郑欣综合报导): the dispatch's bracket dates it
        meta = Meta(authors=names, byline=line, source_name=outlet, published_at=bylines.dated_bracket(line))
    if meta is not None and meta.published_at and not meta.source_name and (account := WECHAT_ACCOUNT_RE.search(line)):
        # 2026-01-27 09:11:50 明察宏观 微信号: a WeChat post's account, its id's label left empty
        meta = replace(meta, source_name=account["account"], category=None)
    if meta is not None and meta.category and not meta.authors and (writer := _writer_by_tail(meta.category)):
        meta = replace(meta, category=None, authors=(writer,))  # 2024.08.07 11:00 | 沈志霖访问: who interviewed
    if meta is None:
        return None
    only_author = meta.authors and meta.published_at is None and meta.views is None and not meta.source_name
    if meta.editor is not None and replace(meta, editor=None) == Meta():
        return meta, "structure:editor"  # 责任编辑：… alone, wherever the header reads it
    return meta, "structure:byline" if only_author else "structure:meta_line"


def _writer_by_tail(value: str) -> str | None:
    """``沈志霖访问``, ``王小明整理``: a name and how the writer made the piece, a row's value."""
    tail = WRITER_TAIL_RE.search(value)
    name = value[: tail.start()].strip() if tail else ""
    return name if 2 <= len(name) <= 3 and is_person_name(recognition_form(name)) else None


def _site_and_channel(line: str) -> tuple[str, str] | None:
    """``新浪财经 债券``: a site's name and the channel the page is in, a mobile page's header."""
    parts = line.split()
    if len(parts) != 2 or len(line) > MAX_MENU_CHARS * 2:
        return None
    site, channel = parts
    if recognition_form(channel) in boilerplate_phrases("channel_names") and is_outlet_name(recognition_form(site)):
        return site, channel
    return None


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
    limit = _header_limit(lines, settings.header_lines + 4)
    said = {i: found for i in range(limit) if (found := header_meta(lines[i].text, reference))}
    said.update(_echoed_paths(lines, limit, said))  # (before the first paragraph: a long path reads as prose)
    copies = _glued_copies(lines, limit, settings)
    first_prose = _first_paragraph(lines, {**said, **copies}, 0)
    said.update(_split_fields(lines, limit, said, reference))
    said.update(_stacked_date(lines, limit, said, reference))
    said.update(_journal_bylines(lines, limit, said))
    for i in [i for i, (meta, _) in said.items() if meta.authors and i > 0 and i - 1 not in said]:
        if metadata.is_author_label(lines[i - 1].text):
            said[i - 1] = (Meta(), "structure:byline")  # 作者 alone over the bylines it heads
    lone_outlets = _lone_outlets(lines, limit, said)
    said.update(lone_outlets)
    said.update(_lone_names(lines, limit, said))
    for i in [i for i, (meta, _) in said.items() if _bare_names(lines[i].text, meta) and _in_bullet_run(lines, i)]:
        del said[i]  # ■ 黄金 / ■ 白银 / ■ 原油: a list, not three bylines (a • 来源：… meta list stays meta)
    posts = _thread_posts(lines, said)
    for i in posts:
        del said[i]  # Mazdabate 2025-06-26 10:23:21 over each reply: a thread's posts, not the article's byline
    glued = {i: head for i in said if (head := _before_glued(lines[i].text)) != lines[i].text}
    for i, head in glued.items():
        # (作者：王彩娜 文章来源：… is fields in a row, no title before its second label)
        if is_title_like(head, settings) and not _opens_a_path(head) and header_meta(head, reference) is None:
            del said[i]  # 标题http://www.x.com 2008年03月31日 来源: a title with its meta glued on, read below
    page_titles = [_normal(c.value) for c in evidence if c.field == "title"]
    both_say = _said_by_heading_and_title(evidence)
    candidates = [
        i for i in range(limit)
        if i not in said
        and i not in copies
        and i not in posts
        and (is_title_like(_title_part(lines[i].text), settings) or _said_by_page(lines[i], both_say))
        and not _runs_on_into_prose(lines[i].text)
        and not _menus_last_words(lines, i)
        and not _broken_sentence(lines, i, i - 1 in said)
    ]  # fmt: skip
    if any(han_count(lines[i].text) >= 2 for i in candidates):
        # a Chinese headline beside Latin furniture (Shopping Cart, Visitors : 51583585, an address):
        # a line without a Chinese word is the title only when the page itself says so
        candidates = [i for i in candidates if han_count(lines[i].text) or _said_by_page(lines[i], both_say)]
    # A line above the first paragraph has its echoes looked for to the end of the header's search (a
    # template may say the title again under a member box's paragraph, 很开心您喜欢…的文章); one below
    # it, only up to it: an echo below the first paragraph counts for nothing.
    above, below = max(first_prose + 1, limit), first_prose + 1  # where echoes are looked for, up to
    scores = {
        i: _title_score(i, lines, said, page_titles, candidates, above if i <= first_prose else below, both_say)
        for i in candidates
    }
    for i in scores:
        if i - 1 in copies:
            scores[i] += ECHO_SCORE  # the line above is this one with a site's glue: <title>, then <h1>
    # A title below the first paragraph needs evidence of its own, and no headline-like line above
    # that paragraph: once such a line is the title, a later line with a byline must not take over
    # on the next run (cleaning twice changes nothing).
    headline_above = any(i <= first_prose and len(lines[i].text) >= MIN_TITLE_CHARS for i in candidates)
    valid = [i for i in candidates if i <= first_prose or (scores[i] >= STRONG_EVIDENCE and not headline_above)]
    chosen = max(valid, key=lambda i: (scores[i], -i)) if valid else None
    if chosen is not None:
        # 标题 吉网原创-第一新闻 梁欢欢 3618119 (the <title>, twice) over 标题 alone: the headline itself
        chosen = next((j for j in candidates if j > chosen and _tail_glued(lines[chosen].text, lines[j].text)), chosen)
    original = None if valid else next((i for i in range(limit) if ORIGINAL_TITLE_RE.match(lines[i].text)), None)
    if original is not None and len(original_title_of(lines[original].text)) >= MIN_TITLE_CHARS:
        # （原标题：…） and no headline besides: the page's only words for its title
        chosen, header.glued_reason = original, "structure:title_prefix"
        text = lines[original].text
        # （原标题：）, the note's marks: the label before the headline and the bracket after it
        head = ORIGINAL_TITLE_RE.match(text).end()
        header.glued_tail = (text[:head] + text[head:].replace(original_title_of(text), "", 1)).strip()
    if chosen is not None and chosen == first_prose:
        # a long title with a sentence inside its brackets (…（让理财成为习惯，将梦想照进现实。）) is no
        # paragraph: the header runs on to the first paragraph after it
        first_prose = _first_paragraph(lines, {**said, **copies}, chosen + 1)
    if chosen is not None and chosen != original:
        chosen = _on_topic(chosen, candidates, lines, said, first_prose)
    if chosen is not None:
        header.title = lines[chosen].text if chosen != original else original_title_of(lines[chosen].text)
        header.taken[chosen] = None  # the title line: taken, not removed
        if chosen + 1 < len(lines) and chosen + 1 not in said and _document_of(header.title, lines[chosen + 1].text):
            header.title += lines[chosen + 1].text.strip()  # 某某股份有限公司 / 2007年度报告摘要: one title
            header.taken[chosen + 1] = None
        elif (
            chosen + 2 < len(lines)
            and REGISTERED_ADDRESS_RE.fullmatch(recognition_form(lines[chosen + 1].text.strip()))
            and _document_of(header.title, lines[chosen + 2].text)
        ):
            # 江苏银行股份有限公司 / （住所：…） / 公开发行A股可转换公司债券上市公告书: the company's address
            # between its name and its document's (the address stays, a line of the text)
            header.title += lines[chosen + 2].text.strip()
            header.taken[chosen + 2] = None
        elif chosen > 0 and chosen - 1 not in said and _document_of(lines[chosen - 1].text, header.title):
            header.title = lines[chosen - 1].text.strip() + header.title  # the document chosen (a meta line under it)
            header.taken[chosen - 1] = None
        elif (
            chosen + 2 < len(lines)
            and chosen + 1 not in said
            and chosen + 2 in said
            and _second_half(header.title, lines[chosen + 1].text)
        ):
            # 王国庆：中国经济仍将是世界经济最强劲的 / “发动机” over the meta line: one headline broken
            header.title += lines[chosen + 1].text.strip()
            header.taken[chosen + 1] = None
        elif (
            chosen + 2 < len(lines)
            and chosen + 1 not in said
            and chosen + 2 in said
            and _normal(header.title) not in page_titles  # 主旨：… labelled it whole: nothing to add
            and _first_half(header.title, lines[chosen + 1].text, settings)
        ):
            # 国家统计局局长发文称 / 今年经济运行开局平稳 over the meta line: the headline's two halves, as
            # the rule below joins them once the lines above are gone (cleaning twice changes nothing)
            header.title += lines[chosen + 1].text.strip()
            header.taken[chosen + 1] = None
        elif (
            chosen >= 1
            and chosen - 1 not in said
            and (chosen == 1 or chosen - 1 == _first_place(lines, candidates))
            and _first_half(lines[chosen - 1].text, header.title, settings)
        ):
            # 女子轻信投资骗局 / 警方火速拦截止损 opening the page, over its date line: one headline printed
            # over two lines; further down, only when the line above holds the first line's place (an
            # e-paper's 五大银行去年净利润 / 逾9000亿元 under its menus) — else it is a subject's name or a link
            header.title = lines[chosen - 1].text.strip() + header.title
            header.taken[chosen - 1] = None
        if chosen - 1 in copies:
            header.taken[chosen - 1] = Change(NAME, "structure:title_echo", lines[chosen - 1].text)
            column = copies[chosen - 1][1]
            if column is not None:  # 贷款攻略 标题 over 标题: the column the headline is filed in
                header.meta = header.meta.filled_from(Meta(category=column))
        for i in range(chosen - 1):
            # 标题_某某网 over a breadcrumb or a nav bar over 标题: the <title> printed higher up
            line = lines[i].text.strip()
            if (
                i not in header.taken
                and i not in said
                and (_glue_around(line, header.title, settings) or _tail_glued(line, header.title))
            ):
                header.taken[i] = Change(NAME, "structure:title_echo", lines[i].text)
        head = _title_part(header.title)
        if head != header.title:  # 标题http://www.x.com 2008年03月31日 02:40 来源
            tail = header.title[len(head) :].lstrip()
            header.title = head
            if _site_description_re().match(tail):  # 标题，本文主要内容关键词为：… — nothing about the article
                header.glued_tail, header.glued_reason = tail, "structure:site_description"
            elif crumbs := parse_breadcrumb(tail):  # 标题 首页 >> 业务宣传: the page's path run on
                header.meta = header.meta.filled_from(Meta(crumbs=crumbs))
                header.glued_tail, header.glued_reason = tail, "structure:breadcrumb"
            else:
                meta = metadata.parse_meta_line(URL_RE.sub("", tail), reference) or Meta()
                header.meta = header.meta.filled_from(meta)
                header.glued_tail = tail
        # 杨千 alone right under the headline — or under its meta lines and echoes, which go (a second
        # run finds the name right under it): its writer
        staying = (j for j in range(chosen + 1, first_prose) if j not in said and not _echoes(lines[j], header))
        under = next(staying, None)
        if under is not None and under not in header.taken and (name := _lone_name(lines[under])):
            said[under] = (name, "structure:byline")
        elif (
            under is not None
            and under not in header.taken
            and (outlet := _outlet_under(lines[under]))
            and not any(meta.source_name for meta, _ in said.values())
            and (under + 1 in said or (under + 1 < len(lines) and is_prose(lines[under + 1].text)))
        ):
            # 经济参考报 alone under it, over the first paragraph or a meta line: the paper it credits —
            # unless a line says 来源 (新浪财经 over 关注 and 来源：郁言债市 is the portal's account card, the
            # label names the source); over a menu's links it is one of them (关于某某网)
            said[under] = (outlet, "structure:meta_line")
        column = chosen - 1
        while column in said and said[column][0].is_date_only:
            column -= 1  # 財經 / 出版：… / 更新：… over the headline: the column over the paper's stamps
        if column >= 0 and column not in said and column not in header.taken and _names_column(lines[column].text):
            # 新闻动态 right over the headline: the column it is filed in (a second run, without the line,
            # finds no category there: the category is the page's, the line goes) — read before the
            # masthead goes, which would take it as the site's
            header.taken[column] = Change(NAME, "structure:masthead", lines[column].text)
            if not any(reason == "structure:breadcrumb" for _, reason in said.values()):  # the path's says more
                header.meta = header.meta.filled_from(Meta(category=lines[column].text.strip()))
        if scores.get(chosen, 0) >= STRONG_EVIDENCE:
            _drop_masthead(lines, chosen, said, header)
        # a menu above the headline, whatever its evidence, or below it — or both at once: the text
        # puts what stood above the title right under it, so a second run would see one run
        _drop_link_runs(lines, [*range(chosen), *range(chosen + 1, first_prose)], said, header)
    if chosen is not None:
        # 明報新聞網 / 經濟 / headline / 【明報專訊】…: an outlet alone above the headline is the site's
        # masthead — it goes on the first run: the text puts it right under the headline, where a second
        # run would take it for the source (over the dateline, or alone over the story)
        for i in range(chosen):
            text = lines[i].text.strip()
            alone = len(text) <= MAX_OUTLET_CHARS and OUTLET_WORD_RE.match(text) and i not in header.taken
            if alone and i not in said and _outlet_alone(text, "") is not None:
                said[i] = (Meta(), "structure:masthead")
    block = _block_after(chosen, lines, said, header.title) if chosen is not None else set()
    echoed: set[int] = set()  # a template says the title again with its date under it: that block too
    for echo in _lines_that_stay(lines, chosen, header.taken, settings.header_lines) if chosen is not None else ():
        if echo not in block and echo not in echoed and is_echo(lines[echo].text, header.title):
            after = echo + 1  # its meta lines, read even past the lines read so far (the echo goes, and
            # a second run finds them where the echo was)
            while after < len(lines) and after not in said and (found := header_meta(lines[after].text, reference)):
                said[after], after = found, after + 1
            echoed |= _block_after(echo, lines, said, header.title)
    block |= echoed
    reach = chosen + settings.header_lines if chosen is not None else limit  # how far after the title
    if chosen is not None:
        # counted in lines that stay: a menu taken out above would bring a later line into reach on
        # a second run (cleaning twice must change nothing)
        gone = sum(1 for i in header.taken if chosen < i <= reach)
        for i in range(max(limit, reach + 1), min(len(lines), reach + gone + 1)):
            if i not in said and (found := header_meta(lines[i].text, reference)):
                said[i] = found
        reach += gone
    for i in range(min(len(lines), reach + 1)):
        if i not in header.taken and i <= first_prose and _site_description_re().search(lines[i].text):
            header.taken[i] = Change(NAME, "structure:site_description", lines[i].text)
    above_title: str | None = None  # a date alone above the headline: the site's clock, unless none is below
    unlabelled_source: str | None = None  # an outlet alone on its line: the source, unless a 来源 says another
    for i in sorted(said):
        if i in header.taken or (i > reach and i not in echoed):
            continue
        # right under the standfirst, or under other header lines there (作者：… then the date line): the
        # byline goes, so a second run would see the date line right under the standfirst
        under_standfirst = (
            i > first_prose
            and all(j in said for j in range(first_prose + 1, i))
            and (_is_full_meta_line(said[i][0]) or _signed_editor(lines[i].text))
        )
        if (
            i <= first_prose
            or (chosen is not None and i < chosen)
            or i in block
            or under_standfirst
            or _quoted_byline(lines[i].text)
        ):
            meta, reason = said[i]
            if chosen is not None and i < chosen and meta.is_date_only:
                above_title = above_title or meta.published_at
                meta = Meta()
            if i in lone_outlets:  # (证券时报多媒体数字报 over 2011-12-13 来源：证券时报网: the label's)
                unlabelled_source, meta = unlabelled_source or meta.source_name, replace(meta, source_name=None)
            if reason == "structure:byline" and header.meta.authors and meta.authors:
                # 蔡昌芹/ 某公司 then 庞敏委/ 某分公司: a writer a line, each one more author
                # (陈杰李影 glued to the date line, then 陈杰 李影: the same two, spelt apart)
                merged = without_joined_names(tuple(dict.fromkeys((*header.meta.authors, *meta.authors))))
                header.meta = replace(header.meta, authors=merged)
            header.meta = header.meta.filled_from(meta)
            header.taken[i] = Change(NAME, reason, lines[i].text)
    header.meta = header.meta.filled_from(Meta(published_at=above_title, source_name=unlabelled_source))
    if header.title and not header.meta.authors and chosen is not None:
        credited = _credited_in_title(header.title, lines[chosen + 1 : chosen + 3])
        header.meta = replace(header.meta, authors=credited.authors).filled_from(credited)
    for i in range(min(first_prose, len(lines)) if header.meta.authors else 0):
        # 叶露 alone under the meta lines that named her (2022-06-11 00:47叶露): the writer spelt again.
        # (Left, the next run would find the name right under the headline and take it there.)
        if i not in header.taken and i != chosen and _names_only_of(lines[i].text, header.meta.authors):
            header.taken[i] = Change(NAME, "structure:byline", lines[i].text)
    if header.title:
        # the header's own lines and the echoes taken go: a second run, which no longer sees them,
        # searches as far into the article as this one does
        left = settings.header_lines
        for i in range(chosen + 1, len(lines)):
            if left == 0:
                break
            if i in header.taken:
                continue
            if is_echo(lines[i].text, header.title):
                header.taken[i] = Change(NAME, "structure:title_echo", lines[i].text)
            elif (column := COLUMN_PREFIX_RE.match(lines[i].text)) and is_echo(
                lines[i].text[column.end() :], header.title
            ):
                # [科技新闻]标题 under the headline: the title again, with the column it belongs to
                header.taken[i] = Change(NAME, "structure:title_echo", lines[i].text)
                header.meta = header.meta.filled_from(Meta(category=column["column"] or column["open_column"]))
            elif i + 1 < len(lines) and _echo_over_two_lines(lines[i].text, lines[i + 1].text, header.title):
                # the title said again over two lines
                header.taken[i] = Change(NAME, "structure:title_echo", lines[i].text)
                header.taken[i + 1] = Change(NAME, "structure:title_echo", lines[i + 1].text)
            if i not in header.taken:
                left -= 1
    if header.title is None and chosen is None and first_prose < len(lines):
        header.title = _flash_headline(lines[first_prose].text, settings)
    return header


def _flash_headline(line: str, settings: StructureConfig) -> str | None:
    """A news flash's headline, in brackets at the start of its text after the time it was filed
    (``15:48【上金所：…比例进行调整】上金所：根据…``), on a page whose lines give no title: the line
    stays, the words in brackets are the title. An outlet's or reporter's bracket is no headline."""
    flash = FLASH_HEADLINE_RE.match(line)
    if flash is None or not line[flash.end() :].strip():
        return None
    bracketed = line[flash.start("headline") - 1 :]  # from the bracket on
    if _bracketed_label(recognition_form(bracketed)):
        return None  # (【中图分类号】F832【文献标识码】A: a row of fields)
    headline = flash["headline"].strip()
    form = recognition_form(headline)
    if len(headline) < MIN_TITLE_CHARS or not is_title_like(headline, settings) or SENTENCE_MARK_RE.search(headline):
        return None
    if form.endswith(DATELINE_ENDINGS) or is_outlet_name(form) or metadata.bracketed_reporters(bracketed):
        return None  # 【香港中通社廿五日電】, 【财华社讯】, 【记者 张三 李四】
    return headline


def _echoes(line: Line, header: Header) -> bool:
    return header.title is not None and is_echo(line.text, header.title)


def _lines_that_stay(lines: list[Line], chosen: int, taken: dict[int, Change | None], count: int) -> list[int]:
    """The first ``count`` lines after the title that no rule has taken: how far a template's echo is
    looked for (a menu taken out under the headline takes no room, as on a second run without it)."""
    staying = (i for i in range(chosen + 1, len(lines)) if i not in taken)
    return list(itertools.islice(staying, count))


def _glued_copies(lines: list[Line], limit: int, settings: StructureConfig) -> dict[int, tuple[Meta, str | None]]:
    """Lines that are the next line with a site's glue on one side: ``标题 - 某某知识分享`` over
    ``标题`` (the page's <title> printed above its headline), ``贷款攻略 标题`` over ``标题`` (a column
    before it). Each maps to an empty meta (for the searches that skip header lines) and the column
    the glue before the headline names, if it reads as one."""
    found: dict[int, tuple[Meta, str | None]] = {}
    for i in range(min(limit, len(lines)) - 1):
        glue = _glue_around(lines[i].text.strip(), lines[i + 1].text.strip(), settings)
        if glue is not None:
            found[i] = (Meta(), glue[0])
    return found


def _glue_around(line: str, headline: str, settings: StructureConfig) -> tuple[str | None] | None:
    """When ``line`` is ``headline`` with a site's glue on one side (``标题 - 某某知识分享``,
    ``贷款攻略 标题``, ``某某网：标题``), a one-tuple of the column the glue before it names, if it
    reads as one; else None."""
    if len(headline) < MIN_TITLE_CHARS or len(line) <= len(headline) or headline not in line:
        return None
    if line.startswith(headline) and (glue := GLUE_AFTER_RE.fullmatch(line, len(headline))):
        # (标题 抚顺特钢案 over 标题: a tag beside the copy, no site's glue, but glue all the same)
        if glue["glue"] and any(c.isdigit() for c in glue["glue"]) and not SITE_NAME_RE.search(glue["glue"]):
            return None  # 央行降准 - 释放资金1万亿元: a subtitle with its figures, the page's words
        column = None
    elif line.endswith(headline) and (glue := GLUE_BEFORE_RE.fullmatch(line, 0, len(line) - len(headline))):
        column = glue["glue"]
    elif line.endswith(headline) and (glue := COPY_MARK_RE.fullmatch(line, 0, len(line) - len(headline))):
        column = None  # 119、标题 over 标题, 【某某系列报告之一】标题 over 标题: a list's number, a series' name
    elif line.endswith(headline) and (glue := SITE_LABEL_RE.fullmatch(line, 0, len(line) - len(headline))):
        if not SITE_NAME_RE.search(glue["glue"]):
            return None  # 评论：标题 — a label, the page's words; 某某网：标题 is the site's
        column = None
    else:
        return None
    if SENTENCE_MARK_RE.search(glue["glue"] or "") or not is_title_like(headline, settings):
        return None
    return (column,)


def _tail_glued(line: str, headline: str) -> bool:
    """``line`` is ``headline``, a blank, then a short tail of a site's words, more of them than a
    headline parts with blanks (its column, channel, editor and page number: ``吉网原创-第一新闻 梁欢欢
    3618119``), no sentence of the article's. (One word or a subtitle after the headline may be the
    page's own: ``_glue_around`` decides those.)"""
    if len(headline) < MIN_TITLE_CHARS or not line.startswith(headline):
        return False
    if not line[len(headline) : len(headline) + 1].isspace():
        return False
    tail = line[len(headline) :].strip()
    return (
        len(tail) <= MAX_GLUE_CHARS
        and len(tail.split()) > MAX_HEADLINE_GAPS
        and not SENTENCE_MARK_RE.search(tail)
        and not GLUE_AFTER_RE.match(tail)
    )


def _first_paragraph(lines: list[Line], said: dict[int, tuple[Meta, str]], start: int) -> int:
    """The first line from ``start`` that reads as a paragraph. A header line is none (a breadcrumb
    ending in a long title, 您现在的位置：图书 > …。…), nor a list item (a sidebar's - 07-20 … of
    other stories)."""
    paragraphs = (i for i in range(start, len(lines)) if i not in said and not _is_list_line(lines[i]))
    return next((i for i in paragraphs if _opens_the_story(lines[i].text)), len(lines))


def _opens_the_story(text: str) -> bool:
    # (十二月 20, 2025 星期六 天色大致良好 22° 68%: the masthead's weather is no paragraph, its comma aside)
    prose = is_prose(text) and not _is_bar_row(text) and not _reprint_notice(text)
    # (…包括普发现金2360亿元。（资料照）: the headline's picture's caption, its date line under it)
    return prose and not is_weather(recognition_form(text)) and not _is_caption(text)


def _on_topic(
    chosen: int, candidates: list[int], lines: list[Line], said: dict[int, tuple[Meta, str]], first_prose: int
) -> int:
    """The headline the story is about: a trending site prints another story's headline and its
    byline above this one's (``中国高铁进入400公里时代…`` / ``国内穆羽 2024-10-31`` over ``…钱，为何取不
    出来了？`` and a story of bank deposits). A chosen headline with a meta line under it that shares
    almost none of its words with the story gives way to the line right above the story when that line
    shares most of its words with the story's first paragraphs. A digest's headline (9月26日盘中重要资讯
    汇总) says words its stories say further down; a short or figurative headline (春江水暖鸭先知) has
    too few pairs for a verdict, and its deck under it no meta line."""
    if first_prose >= len(lines) or chosen + 1 not in said:
        return chosen
    if any(is_echo(lines[j].text, lines[chosen].text) for j in range(chosen + 1, first_prose)):
        return chosen  # the headline said again above the story: this page's own
    story = "".join(itertools.islice((line.text for line in lines[first_prose:]), TOPIC_LINES))[:TOPIC_CHARS]
    if han_count(story) < MIN_STORY_HAN:
        return chosen  # a story cut short (an excerpt, a teaser) says too little for a verdict
    share = _share_in(lines[chosen].text, story, MIN_OFF_TOPIC_PAIRS)
    if share is None or share >= MAX_OFF_TOPIC_SHARE:
        return chosen
    opening = "".join(line.text for line in lines[first_prose : first_prose + OPENING_LINES])
    above = first_prose - 1  # the story's own headline, right above it
    on_topic = above in candidates and above > chosen + 1 and len(lines[above].text) >= MIN_TITLE_CHARS
    return above if on_topic and (_share_in(lines[above].text, opening) or 0.0) >= MIN_ON_TOPIC_SHARE else chosen


def _share_in(title: str, story: str, minimum: int = MIN_TOPIC_PAIRS) -> float | None:
    """The share of the title's pairs of Chinese characters the story says too; None (no verdict) for
    a title with fewer than ``minimum`` of them."""
    pairs = {a + b for a, b in itertools.pairwise(title) if is_han(a) and is_han(b)}
    if len(pairs) < minimum:
        return None
    return sum(pair in story for pair in pairs) / len(pairs)


def _reprint_notice(text: str) -> bool:
    """``本页内容未经书面授权许可，不得转载、复制…``: an e-paper's notice over its story, not the story's
    first paragraph (a headline under it is still the page's title)."""
    return REPRINT_NOTICE_RE.search(text) is not None


def _is_bar_row(line: str) -> bool:
    """``金币中心|设首页|收藏|可做？|帮助|手机版``: short items between bars, a row of a site's links (or
    a table's cells), never the article's first paragraph — whatever marks an item holds."""
    if "|" not in line and "｜" not in line:
        return False
    return _menu_items([item.strip() for item in BAR_SPLIT_RE.split(line) if item.strip()])


def _header_limit(lines: list[Line], room: int) -> int:
    """Where the header's search ends: after ``room`` lines that are not list items nor figures
    alone. A sidebar's list of other stories (- 07-20 …, twenty of them) above the headline takes
    none of the room: a title is never a list item, nor a quote's figure. At most
    ``MAX_SKIPPED_LIST_LINES`` are passed over, so a page of a million list lines costs the header no
    more than a page of sixty."""
    end = min(len(lines), room + MAX_SKIPPED_LIST_LINES)
    for i, line in enumerate(lines[:end]):
        if not _is_list_line(line) and not _figures_alone(line.text):
            room -= 1
            if room == 0:
                return i + 1
    return end


def _thread_posts(lines: list[Line], said: dict[int, tuple[Meta, str]]) -> list[int]:
    """The header lines that open a forum thread's posts: a poster's name and the post's time alone on
    a line, a shape the page repeats ``MIN_THREAD_POSTS`` times or more. Taken as the article's
    byline, the first few would go and the rest stay — and a second run would take the next few."""
    rows = [i for i in said if POST_ROW_RE.fullmatch(lines[i].text.strip())]
    if not rows:
        return []  # nearly every page (the whole text is read only for a page with such a row)
    posts = sum(1 for line in lines if POST_ROW_RE.fullmatch(line.text.strip()))
    return rows if posts >= MIN_THREAD_POSTS else []


def _figures_alone(text: str) -> bool:
    """``26,570.81`` / ``-461.73`` / ``(-1.71%)``: a ticker's figures, no word of any headline (a
    quotes strip of forty such lines above the story takes none of the header's room)."""
    return bool(text.strip()) and LETTER_RE.search(text) is None


def _is_list_line(line: Line) -> bool:
    return (line.hint is not None and line.hint.kind == "item") or list_item(line.text) is not None


def _said_by_heading_and_title(evidence: tuple[Candidate, ...]) -> set[str]:
    """The titles the page's ``<h1>`` and its own metadata (``<title>``, og, JSON-LD) both say."""
    headings = {_normal(c.value) for c in evidence if c.field == "title" and c.origin == "h1"}
    if not headings:
        return set()  # text input: no page, no <h1>
    from .html_meta import SUFFIX_SEPARATORS_RE  # pages only: text input never loads lxml

    stated = [c.value for c in evidence if c.field == "title" and c.origin in PAGE_TITLE_ORIGINS]
    # 夜雨_原文、翻译及赏析: the part before the site's words is what the <title> says of the article
    forms = {_normal(form) for value in stated for form in (value, SUFFIX_SEPARATORS_RE.split(value)[0])}
    return (headings & forms) - {""}


def _said_by_page(line: Line, both_say: set[str]) -> bool:
    """The page's ``<h1>`` saying exactly what its ``<title>`` says: the title, however short
    (``夜雨``) or cut off by the site itself (``…无敌免...``). A ``<title>`` standing in for a missing
    ``<h1>`` is no second witness."""
    hint = line.hint
    return hint is not None and hint.kind == "heading" and hint.level == 1 and _normal(line.text) in both_say


def _quoted_byline(text: str) -> bool:
    """``《棱镜》作者 周纯`` alone on a line: a byline even below a summary's first paragraph."""
    return bool(metadata.QUOTED_AUTHOR_RE.match(recognition_form(text)))


def _title_part(text: str) -> str:
    """The part of a title line that may be the title: before anything glued on, and before a day
    after it at the line's end (a blog's ``… 2025-06-16``; on a line the header read as a meta line,
    the same shape is a meta line's, ``赵嘉国 上海证券报 2021-10-08``, which is no candidate)."""
    head = _before_glued(text)
    if not head[-1:].isdigit() and not head.endswith((")", "）", "日")):
        return head  # nearly every line: the regex, tried at every place, is not needed
    day = TRAILING_DATE_RE.search(head)
    return head[: day.start()].rstrip() if day else head


def _runs_on_into_prose(text: str) -> bool:
    """``北京哪有治白癜风 http://…来源:雪球此消息一出，引发…``: words, a URL and then the article itself
    on one line — no title with its source glued on (cutting the rest would lose the article)."""
    head = _title_part(text)
    if head == text:
        return False
    tail = URL_RE.sub("", text[len(head) :]).strip()
    if _site_description_re().match(tail):
        return False  # ，本文主要内容关键词为：…: the site describing the page, however it reads
    return len(tail) > metadata.MAX_META_CHARS or is_prose(tail)


def _before_glued(text: str) -> str:
    """The text before a URL or a site's description glued on at least ``MIN_TITLE_CHARS`` in (a
    reprint's title line runs on into the source's URL, date and name; a document site's into
    ``，本文主要内容关键词为：…``); the whole text when there is none."""
    glued = (
        URL_RE.search(text) or _site_description_re().search(text) or GLUED_CRUMB_RE.search(text)
        or _glued_label(text)
    )  # fmt: skip
    return text[: glued.start()].rstrip() if glued and glued.start() >= MIN_TITLE_CHARS else text


def _opens_a_path(text: str) -> bool:
    """``您现在的位置：乡村发现 >``: the reader's place said with its colon, a path's opening and no
    headline (before 首页 > …, a site's root)."""
    prefix = BREADCRUMB_PREFIX_RE.match(recognition_form(text))
    return prefix is not None and (":" in prefix.group() or "：" in prefix.group())


def _glued_label(text: str) -> re.Match[str] | None:
    """``2020年04月13日保证金调整说明发布时间：2020-04-13 来源：结算部``: a post's date or source label run
    on after its headline, with no blank between — when what follows is a meta line's."""
    if "时间" not in text and "日期" not in text and "来源" not in text and "來源" not in text and "時間" not in text:
        return None  # nearly every line: no label word at all (five C scans, cheaper than the regex's)
    label = GLUED_LABEL_RE.search(text)
    meta = metadata.parse_meta_line(text[label.start() :]) if label else None
    return label if meta is not None and (meta.published_at or meta.source_name) else None


@cache
def _site_description_re() -> re.Pattern[str]:
    """``，本文主要内容关键词为``: a document site describing the page it serves, after the page's title."""
    phrases = sorted(boilerplate_phrases("site_descriptions"), key=len, reverse=True)
    return re.compile("[,，]\\s*(?:" + "|".join(re.escape(p) for p in phrases) + ")")


def _bare_names(text: str, meta: Meta) -> bool:
    """A line that is only names behind a bullet (■胡建辉), with no label, date or count."""
    plain = not metadata.LABEL_RE.search(text) and not re.search(r"\d", text)
    return bool(meta.authors) and meta.published_at is None and plain


def _in_bullet_run(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` starts with a bullet that the line before or after it starts with too."""
    first = lines[i].text[:1]
    if not first or first.isalnum() or first in "（(【[《":
        return False
    return any(0 <= j < len(lines) and lines[j].text[:1] == first for j in (i - 1, i + 1))


def _names_only_of(text: str, authors: tuple[str, ...]) -> bool:
    """Whether ``text`` is nothing but names among ``authors`` (``叶露``, ``陈杰 李影``)."""
    names = [name for name in NAMES_SPLIT_RE.split(text.strip()) if name]
    return bool(names) and all(name in authors for name in names)


def _block_after(chosen: int, lines: list[Line], said: dict[int, tuple[Meta, str]], title: str | None) -> set[int]:
    """The header lines straight after the title: its echoes and meta lines, up to the first other line."""
    block: set[int] = set()
    i = chosen + 1
    while i < len(lines) and (i in said or (title and is_echo(lines[i].text, title))):
        block.add(i)
        i += 1
    return block


def _split_fields(
    lines: list[Line], limit: int, said: dict[int, tuple[Meta, str]], reference: date | None
) -> dict[int, tuple[Meta, str]]:
    """A label alone on its line with its value on the next (``来源：`` then ``新华社``, ``Category:``
    then ``Economy & Finance``, a two-column layout's ``文章来源`` then ``房感知识库`` without a colon):
    one field over two lines, both taken as it reads. A value that is itself a label is none."""
    found: dict[int, tuple[Meta, str]] = {}
    for i in range(min(limit, len(lines) - 1)):
        text, value = lines[i].text.strip(), lines[i + 1].text.strip()
        label = metadata.LABEL_RE.match(recognition_form(text))
        bare = metadata.bare_label_field(recognition_form(text)) if label is None else None
        empty = i not in said or said[i][0] == Meta()  # 类型： alone reads as a field that says nothing
        if not empty and i + 1 not in said and _ends_with_empty_label(text):
            # 央视国际 2007年01月08日 14:47 来源： / 《财经》杂志: the row's last label, its value below
            read = header_meta(f"{text}{value}", reference) if len(value) <= MAX_SPLIT_VALUE else None
            if read is not None and read[0].source_name:
                found[i], found[i + 1] = read, (Meta(), read[1])
            continue
        if not empty or i + 1 in said or not (bare or (label and label.end() == len(text))):
            continue
        if bare and (metadata.bare_label_field(recognition_form(value)) or (i - 1 in said and bare == "views")):
            # 作者 over 文章来源, 浏览 under the date line: a field left empty (a counter's number not
            # rendered), a row of the header all the same
            found[i] = (Meta(), "structure:meta_line")
            continue
        if len(value) > MAX_SPLIT_VALUE or metadata.bare_label_field(recognition_form(value)):
            continue
        read = header_meta(text + "：" * bool(bare) + value, reference)
        if bare and read is not None and not getattr(read[0], bare):
            continue  # 编辑 (a wiki's edit link) over a date: without a colon the label must get its value
        if read is not None and read[0] != Meta():
            found[i], found[i + 1] = read, (Meta(), read[1])
    return found


def _stacked_date(
    lines: list[Line], limit: int, said: dict[int, tuple[Meta, str]], reference: date | None
) -> dict[int, tuple[Meta, str]]:
    """A date widget's parts a line each: ``2024`` over ``07/11`` (over ``09:20``) — the year, the
    month and day, the time, read as one stamp."""
    for i in range(min(limit, len(lines) - 1)):
        if i in said or i + 1 in said or not STACKED_YEAR_RE.fullmatch(lines[i].text.strip()):
            continue
        day = lines[i + 1].text.strip()
        if not STACKED_DAY_RE.fullmatch(day):
            continue
        parts = [i, i + 1]
        if i + 2 < len(lines) and i + 2 not in said and STACKED_TIME_RE.fullmatch(lines[i + 2].text.strip()):
            parts.append(i + 2)
        month, _, day_of_month = re.split(r"([/\-.月])", day.rstrip("日"))
        clock = "".join(f" {lines[j].text.strip()}" for j in parts[2:])
        stamp = f"{lines[i].text.strip()}-{month}-{day_of_month}{clock}"
        read = header_meta(stamp, reference)
        if read is not None and read[0].published_at:
            return {j: (read[0] if j == i else Meta(), "structure:meta_line") for j in parts}
    return {}


def _ends_with_empty_label(text: str) -> bool:
    """A meta row that closes with a source's label and no value (``… 來源:``)."""
    return EMPTY_SOURCE_LABEL_RE.search(recognition_form(text)) is not None


def _journal_bylines(lines: list[Line], limit: int, said: dict[int, tuple[Meta, str]]) -> dict[int, tuple[Meta, str]]:
    """A journal's author line: names (``童 元 松``, ``曾剑秋,谢嘉润``) over an affiliation in brackets
    (``（北京邮电大学 经济管理学院，北京 100876）``) or right over the abstract (``摘要：…``)."""
    found: dict[int, tuple[Meta, str]] = {}
    for i in range(min(limit, len(lines) - 1)):
        named = i in said and said[i][1] == "structure:byline"  # a line of names, read: it still owns
        below = recognition_form(lines[i + 1].text)
        affiliation = AFFILIATION_RE.match(below) is not None
        if (i in said and not named) or not (affiliation or ABSTRACT_RE.match(below)):
            continue
        text = lines[i].text
        spaced = text.split()
        joined = "".join(spaced) if all(len(part) == 1 for part in spaced) else None
        names = (joined,) if joined and is_person_name(joined) else names_in(text)
        if not _all_names(names, text) and (affiliated := AFFILIATED_NAMES_RE.match(text)):
            text = affiliated["names"]  # 国务院发展研究中心市场经济研究所 邓郁松: the institute, then its writer
            names = names_in(text)
        if _all_names(names, text):
            found[i] = (Meta(authors=names, byline=lines[i].text), "structure:byline")
            if affiliation:  # the abstract is the article's own text
                found[i + 1] = (Meta(), "structure:affiliation")
    return found


def _all_names(names: tuple[str, ...], text: str) -> bool:
    """Whether ``names`` are all of ``text`` but its blanks and commas."""
    return bool(names) and len("".join(names)) >= len(re.sub(r"[\s,，、]", "", text))


def _lone_outlets(lines: list[Line], limit: int, said: dict[int, tuple[Meta, str]]) -> dict[int, tuple[Meta, str]]:
    """An outlet's name alone on a line (``新华社``) right above or below a dated meta line: the
    source, as the page lays out 来源 without its label. Alone it could be a masthead or a heading."""
    found: dict[int, tuple[Meta, str]] = {}
    # 香港電台 alone three times among a template's copies of the headline: said again and again, a credit
    # — when another line, the headline, is said again too (各方大佬激辩中的乐视网 twice is a headline whose
    # last word ends like an outlet's name, said twice, and no credit)
    said_again = Counter(lines[i].text.strip() for i in range(min(limit, len(lines))) if i not in said)
    repeated = [text for text, count in said_again.items() if count >= MIN_CREDIT_REPEATS]
    for i in range(min(limit, len(lines))):
        text = LIST_BULLET_RE.sub("", lines[i].text.strip())  # • 第一财经 in a bulleted meta list
        if text.startswith("《") and text.endswith("》"):
            text = text[1:-1].strip()  # 《人民日报》: the paper, named as a title is
        if i in said or lines[i].hint is not None or len(text) > MAX_OUTLET_CHARS or not OUTLET_WORD_RE.match(text):
            continue  # a heading, or a line with separators (新闻动态--某某官网), is no bare outlet
        meta = _outlet_alone(text, lines[i + 1].text if i + 1 < len(lines) else "")
        if meta is None:
            continue
        # beside a dated meta line, or right over the article's dateline (中证网讯（记者 张军）…)
        dated = any(j in said and said[j][0].published_at for j in (i - 1, i + 1))
        credit = lines[i].text.strip()
        among_copies = said_again[credit] >= MIN_CREDIT_REPEATS and any(
            other != credit and len(other) >= MIN_TITLE_CHARS for other in repeated
        )
        if dated or _opens_with_dateline(lines, i + 1) or among_copies:
            found[i] = (meta, "structure:meta_line")
    return found


def _echoed_paths(lines: list[Line], limit: int, said: dict[int, tuple[Meta, str]]) -> dict[int, tuple[Meta, str]]:
    """``1500字范文 > 晨会0822 | …`` over the headline ``晨会0822 | …``: a path whose last crumb is a line
    further down the header, word for word — the page's breadcrumb, whatever its root (a site's name
    no list knows). Its other crumbs are short, as a path's sections are."""
    found: dict[int, tuple[Meta, str]] = {}
    arrowed = [i for i in range(min(limit, len(lines))) if i not in said and PATH_ARROWS_RE.search(lines[i].text)]
    if not arrowed:
        return found  # nearly every page: no arrow in its header, no path to read (and no line to normalise)
    below = [_normal(line.text) for line in lines[: min(limit, len(lines))]]
    for i in arrowed:
        text = lines[i].text.strip()
        if lines[i].hint is not None or len(text) > metadata.MAX_META_CHARS:
            continue
        crumbs = [crumb.strip() for crumb in metadata.BREADCRUMB_STRONG_SPLIT_RE.split(text)]
        if len(crumbs) < 2 or not all(crumbs) or any(len(c) > MAX_CRUMB_CHARS for c in crumbs[:-1]):
            continue
        last = _normal(crumbs[-1])
        if len(crumbs[-1]) >= MIN_TITLE_CHARS and last in below[i + 1 :]:
            found[i] = (Meta(crumbs=tuple(crumbs)), "structure:breadcrumb")
    return found


def _outlet_alone(text: str, below: str) -> Meta | None:
    """``中国证券报·中证网`` alone: the source; ``昝秀丽中国证券报·中证网``: its writer's name glued before
    it — a name the line below says too (``中证网讯（记者 昝秀丽）``): 齐鲁晚报网 starts like a name."""
    for cut in (3, 2):  # the longer name first: 昝秀丽, not 昝秀 and an outlet 丽中国证券报
        name, outlet = text[:cut], text[cut:]
        if name in below and len(outlet) >= 3 and is_person_name(recognition_form(name)) and is_outlet_name(outlet):
            return Meta(authors=(name,), byline=text, source_name=outlet)
    return Meta(source_name=text) if is_outlet_name(text) else None


COLUMN_LIKE_OUTLET_ENDINGS = ("财经", "财讯", "在线")


def _outlet_under(line: Line) -> Meta | None:
    """An outlet's name and nothing else on a line of text (no page's heading): the source, when it
    stands right under the headline."""
    text = line.text.strip()
    if line.hint is not None or len(text) > MAX_OUTLET_CHARS or not OUTLET_WORD_RE.match(text):
        return None
    meta = _outlet_alone(text, "")
    if meta is None or not meta.source_name:
        return None
    form = recognition_form(meta.source_name)
    # (即時財經 under a headline is the page's column: a word like 财经 ends an outlet's name only when
    # the name is known — 第一财经 — or says more)
    return None if form.endswith(COLUMN_LIKE_OUTLET_ENDINGS) and form not in known_outlets() else meta


def _lone_name(line: Line) -> Meta | None:
    """A person's name and nothing else on the line (two or three characters after a surname)."""
    text = line.text.strip()
    form = recognition_form(text)
    if line.hint is not None or not LONE_NAME_RE.fullmatch(form) or not is_person_name(form):
        return None
    if is_outlet_name(form):
        return None  # 路透社, 和讯网: an outlet whose name starts like a surname is no writer
    return Meta(authors=(text,), byline=text)


def _lone_names(lines: list[Line], limit: int, said: dict[int, tuple[Meta, str]]) -> dict[int, tuple[Meta, str]]:
    """A name of three characters alone on a line right above or below a meta line (``本文转自：…``
    then ``宋佳航``), or right above the article's first paragraph: the writer, as a
    reprint lays out its byline. Two characters could be a word after a surname (``黄金`` beside a
    date): only right under the headline is such a line a name."""
    found: dict[int, tuple[Meta, str]] = {}
    for i in range(min(limit, len(lines))):
        if i in said or len(lines[i].text.strip()) != 3 or (meta := _lone_name(lines[i])) is None:
            continue
        beside_meta = any(j in said and said[j][1] != "structure:breadcrumb" for j in (i - 1, i + 1))
        # 袁露华, then the article: opening the page, or under lines no headline is in (a list's markers)
        over_the_article = i + 1 < len(lines) and is_prose(lines[i + 1].text)
        if beside_meta or over_the_article:
            found[i] = (meta, "structure:byline")
    return found


def _echo_over_two_lines(first: str, second: str, title: str) -> bool:
    """The title said again broken over two lines (骗145万保证金 / 20岁吸血中介被捕 under the headline
    whole): a template's echo, as strong as one on a line."""
    if len(first) + len(second) > ECHO_SPAN * len(title):
        return False
    wholes, starts = _normal_forms(echo_forms(title))
    lead = LETTER_OR_DIGIT_RE.search(first)
    if lead is not None and _normal(lead.group()) not in starts:
        return False  # nearly every pair of lines: its first word character opens no form of the title
    return _normal(first + second) in wholes


@lru_cache(maxsize=64)
def _normal_forms(forms: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The normalised forms of a title long enough to be said again, and the characters they open
    with (worked out once per title, not once per pair of lines)."""
    wholes = frozenset(whole for form in forms if len(whole := _normal(form)) >= MIN_TITLE_CHARS)
    return wholes, frozenset(whole[0] for whole in wholes)


def _title_score(
    i: int,
    lines: list[Line],
    said: dict[int, tuple[Meta, str]],
    page_titles: list[str],
    candidates: list[int],
    end_of_header: int,
    both_say: set[str] = frozenset(),
) -> int:
    """Evidence that line ``i`` is the title: place, echoes, a meta line after it, the page's own
    metadata, an ``<h1>``."""
    text = lines[i].text
    defined = _defined_below(lines, i, end_of_header)
    if len(text) < MIN_TITLE_CHARS:
        if _said_by_page(lines[i], both_say) or defined:  # 夜雨: short, but the page's <h1> and <title> agree
            return STRONG_EVIDENCE + (FIRST_LINE_SCORE if i == candidates[0] else 0)
        return 0  # too short to earn evidence, or the first line's place: the title only if no line has any
    score = FIRST_LINE_SCORE if i == _first_place(lines, candidates) else 0
    if defined:
        score += ECHO_SCORE
    # Echoes count in the header only: a subheading said again further down is no title. An echo
    # further down, or in another form (with a ？, without a file suffix), is a template's echo:
    # strong evidence. The same line merely doubled is weak: a body line scraped twice looks so too.
    after = i + 1
    while after < len(lines) and is_echo(lines[after].text, text):
        after += 1
    # a caption's copy one label away (图 / 目录 / 图) is the line doubled too, not a template's echo
    if after + 1 < len(lines) and len(lines[after].text) < MIN_TITLE_CHARS and is_echo(lines[after + 1].text, text):
        after += 2
    window = lines[after : max(after, end_of_header)]
    doubled = [line.text for line in lines[i + 1 : min(after, end_of_header)]]
    reworded = any(copy != text and is_echo(copy, text) for copy in doubled)  # 标题 then 标题？: a template's
    broken = any(_echo_over_two_lines(a.text, b.text, text) for a, b in itertools.pairwise(window))
    if numbered_section(text):
        pass  # 一、… said again: a table of contents lists the sections, it echoes no headline
    elif any(is_echo(line.text, text) for line in window) or reworded or broken:
        score += ECHO_SCORE
    elif doubled:
        score += DOUBLED_LINE_SCORE
    elif i > 0 and i - 1 not in candidates and is_prose(lines[i - 1].text) and lines[i - 1].text.startswith(text):
        # 标题标题说明…: the paragraph above is this line with the page's description run on (a headline
        # split over two lines is no paragraph)
        score += ECHO_SCORE
    below = _past_captions(lines, after, said)
    # a dateline vouches for a headline, not for a row of words apart (a menu that kept its place above
    # the article once its headline moved up would take it on a second run)
    headline_shaped = len(text.split()) <= MAX_HEADLINE_GAPS + 1
    # …312.74亿元，所有县…全面实现增收 under 泉州市财政收入实现一季度“开门红”: a subtitle's clauses under a
    # headline; the dateline below vouches for the headline over both
    # (分享好资源 over it is a site's slogan, no headline: a headline is longer than a menu's word)
    # 二月份居民存款及贷款均按月减少 under 广义货币供应量稳定 二月份居民存款微跌: a subtitle saying again
    # the headline's words (a site's slogan over a headline shares none)
    subtitle = (
        i - 1 in candidates
        and ("，" in text or _shares_a_phrase(text, lines[i - 1].text))
        and not CLAUSE_MARK_RE.search(lines[i - 1].text)
        and len(lines[i - 1].text) > MAX_MENU_CHARS
    )
    # 沈华 alone between the headline and its date line: the writer's name, as a reprint lays it out
    named = i + 2 < len(lines) and i + 1 not in said and _lone_name(lines[i + 1]) is not None
    if (
        any(_meta_after(lines, j, said) for j in (below, i + 1, *((i + 2,) if named else ())))
        or (headline_shaped and not subtitle and _opens_with_dateline(lines, below))
        or _dated_alone(lines, i)
    ):
        score += META_AFTER_SCORE
    elif _under_crumbs(i, text, said):
        score += CRUMB_ABOVE_SCORE  # 当前位置：铝信>行情>市场分析 over 2008年铝年报
    if page_titles and _agrees(text, page_titles):
        score += 4
    crumbs = [_normal(meta.crumbs[-1]) for meta, _ in said.values() if meta.crumbs]
    if crumbs and _agrees(text, crumbs) and len(text) > MAX_MENU_CHARS:
        score += 3  # a short last crumb said again is the column's heading (用卡知识), not the headline
    hint = lines[i].hint
    if hint is not None and hint.kind == "heading" and hint.level == 1:
        score += 2
    return score


def _shares_a_phrase(text: str, other: str) -> bool:
    """Whether ``text`` says a run of ``MIN_SHARED_PHRASE_CHARS`` Han characters that ``other`` says,
    and is no copy of it (``（新春走基层）标题`` under ``标题******`` is the headline again, with its kicker)."""
    key, other_key = _normal(text), _normal(other)
    if key in other_key or other_key in key:
        return False
    for run in HAN_RUN_RE.findall(text):
        for start in range(len(run) - MIN_SHARED_PHRASE_CHARS + 1):
            if run[start : start + MIN_SHARED_PHRASE_CHARS] in other:
                return True
    return False


def _dated_alone(lines: list[Line], i: int) -> bool:
    """``国联股份：2023年年度报告摘要2024-04-29``: the headline with its day run on, as a meta line would
    follow it — unless a line beside it is dated so too (rows of a list of articles, each with its day)."""
    if not TRAILING_DATE_RE.search(_before_glued(lines[i].text)):
        return False
    beside = (lines[j].text for j in (i - 1, i + 1) if 0 <= j < len(lines))
    return not any(TRAILING_DATE_RE.search(_before_glued(text)) for text in beside)


def _under_crumbs(i: int, text: str, said: dict[int, tuple[Meta, str]]) -> bool:
    """Whether the line right above is the page's breadcrumb alone, ending in a section (a path that
    ends in a headline names its own line) — and this line no repeat of that section (the column's
    heading under its path)."""
    above = said.get(i - 1, (Meta(), ""))[0]
    if not above.crumbs or above.published_at or len(above.crumbs[-1]) > MAX_MENU_CHARS:
        return False
    return _normal(above.crumbs[-1]) != _normal(text)


def _defined_below(lines: list[Line], i: int, end: int) -> bool:
    """Whether a line below ``i`` in the header opens by defining it, as an encyclopedia's entry
    does under its term: ``期权`` then ``期权(英语:Option,…)是一种…`` or ``期权是指…``."""
    term = lines[i].text.strip()
    return len(term) <= MAX_TERM_CHARS and any(
        line.text.startswith(term) and DEFINITION_RE.match(line.text, len(term))
        for line in lines[i + 1 : max(i + 1, end)]
    )


def _past_captions(lines: list[Line], i: int, said: dict[int, tuple[Meta, str]]) -> int:
    """The first line from ``i`` that is no picture's caption (``▲雅居乐。（图／翻摄）``) nor a label that
    says nothing (``字号：``): a byline under a headline's picture or its tools still follows it."""
    end = min(len(lines), i + MAX_CAPTIONS)
    while i < end and (_is_caption(lines[i].text) or (i in said and said[i][0] == Meta())):
        i += 1
    return i


def _is_caption(text: str) -> bool:
    return bool(caption := CAPTION_RE.search(text)) and caption.end() == len(text)


def _first_place(lines: list[Line], candidates: list[int]) -> int | None:
    """The line in the first line's place: the first candidate, unless it is too short to be a
    headline (听新闻, a button) — then the first after it that is long enough and reads as no
    paragraph (a short title over its first paragraph keeps its place). A column's short name over a
    longer line printed twice (投资者教育 over its headline and the headline's copy) gives that line
    the place."""
    if not candidates:
        return None
    first = candidates[0]
    if len(lines[first].text) >= MIN_TITLE_CHARS:
        below = first + 1
        headline = lines[below].text if below + 1 < len(lines) and below in candidates else ""
        # (a clause's comma or a sentence's end in it: a paragraph's line scraped twice, not a headline)
        doubled = bool(headline) and lines[below + 1].text == headline and not CLAUSE_MARK_RE.search(headline)
        if doubled and len(lines[first].text) <= MAX_COLUMN_CHARS < len(headline):
            return below
        return first
    return next((c for c in candidates if len(lines[c].text) >= MIN_TITLE_CHARS and not is_prose(lines[c].text)), None)


def _credited_in_title(title: str, below: list[Line]) -> Meta:
    """The writers (and outlet) a headline credits when no byline did: a column's name and its writer's
    (``《運籌帷幄－梁業豪》港股市場指數``), an outlet's bracket and its writers, every word before the colon
    a name (``【端傳媒】趙燕婷、黃銘浩：澳門賭業大變奏``), or a speaker a line ``below`` introduces by a post
    (``程瑞：…`` over ``程瑞，上海金融与发展实验室特聘高级研究员…``)."""
    column = COLUMN_WRITER_RE.match(title)
    if column and is_person_name(column["name"]):
        return Meta(authors=(column["name"],))
    credited = OUTLET_KICKER_RE.match(title)
    names = names_in(credited["names"]) if credited and is_outlet_name(credited["outlet"]) else ()
    if names and len(names) == len(re.split(r"[、，,\s]+", credited["names"].strip())):
        return Meta(authors=names, source_name=credited["outlet"])
    writer = _introduced_writer(title, below)
    return Meta(authors=(writer,)) if writer else Meta()


def _introduced_writer(title: str, below: list[Line]) -> str | None:
    """The name a headline opens with (``程瑞：…``) when a line right under it introduces that person by
    a post (``程瑞，上海金融与发展实验室特聘高级研究员…``): a signed opinion piece's writer."""
    speaker = SPEAKER_RE.match(title)
    if speaker is None or not is_person_name(speaker["name"]):
        return None
    for line in below:
        text = line.text.strip()
        if text.startswith((speaker["name"] + "，", speaker["name"] + ",")) and metadata.WORKPLACE_WORD_RE.search(
            text[: MAX_INTRODUCTION_CHARS]
        ):
            return speaker["name"]
    return None


def _document_of(company: str, line: str) -> bool:
    """Whether ``line`` names a document of the company named on the line above it (``2007年度报告摘要``
    under ``中国某某银行股份有限公司``): a listed company's announcement sets its title on two lines."""
    return bool(COMPANY_RE.search(company.strip()) and DOCUMENT_NAME_RE.fullmatch(recognition_form(line.strip())))


def _opens_with_dateline(lines: list[Line], j: int) -> bool:
    """Whether line ``j`` is the article's first paragraph by its dateline or reporters' bracket
    (``【明報專訊】…``, ``新华社北京5月19日电…``, ``本报讯（记者 安然）…``): the line above it is the headline."""
    if j >= len(lines):
        return False
    text = lines[j].text
    form = recognition_form(text[:MAX_RECOGNISED_CHARS])  # a long paragraph's start, in both scripts
    bracket = bylines.OUTLET_BRACKET_RE.match(form)
    if bracket and bracket["outlet"] in boilerplate_phrases("section_labels"):
        bracket = None  # 【导语】, 【摘要】: the editor's label over a lead, no outlet's dispatch
    return bool(bylines.DATELINE_RE.match(form) or bracket or metadata.bracketed_reporters(text))


def _signed_editor(line: str) -> bool:
    """``蔡百靈／核稿編輯``: an editor signing name first, role after a slash — a credit, never a paragraph's
    words, even under the standfirst (``编辑：…`` there may open a dialogue's line, and stays)."""
    return metadata.NAME_EDITOR_RE.fullmatch(recognition_form(line.strip())) is not None


def _is_full_meta_line(meta: Meta) -> bool:
    """A date and another field on one line (``发布时间：… 分类：…``): the article's meta line even under
    its standfirst paragraph, where a date alone could be a paragraph's own."""
    others = replace(meta, published_at=None, byline=None, crumbs=())
    return meta.published_at is not None and others != Meta()


def _meta_after(lines: list[Line], j: int, said: dict[int, tuple[Meta, str]]) -> bool:
    """Whether line ``j`` says something of a headline above it — not ``2024年05月22日 星期三`` alone, a
    portal's clock in its masthead (today's date, no article's), nor an e-paper's issue date over its
    page label."""
    if not _says_header(said.get(j)):
        return False
    meta = said[j][0]
    if meta == Meta(views=meta.views) and THREAD_STATS_RE.search(lines[j].text):
        return False  # 查看: 7115|回复: 14: a forum's count of its thread, printed over the thread's title
    if meta.is_date_only and j + 1 < len(lines) and metadata.EPAPER_PAGE_RE.match(recognition_form(lines[j + 1].text)):
        return False  # 2022年08月26日 over 第B13版：港闻: the e-paper's issue and page, heading the page, no line above
    return not meta.is_date_only or not metadata.WEEKDAY_RE.search(lines[j].text)


def _says_header(found: tuple[Meta, str] | None) -> bool:
    """Whether a line read as header evidence follows a headline: any byline, date or source, but
    not an editor alone (``（责任编辑：DF371）`` closes an article, it heads none), nor a breadcrumb
    alone: a site's crumbs come before its headline, so the line above them is the site's (咨询专业老师)."""
    return found is not None and replace(found[0], editor=None, crumbs=()) != Meta()


def _drop_masthead(lines: list[Line], chosen: int, said: dict[int, tuple[Meta, str]], header: Header) -> None:
    """Short non-prose lines above a well-evidenced title are the site's masthead, not article text;
    one that says the title again (the crawler's copy, without ``（附榜单）``) is an echo, unless it
    says more than the title (``华宝中证1000B触发下折`` before it): then no words of it may go, and
    a longer headline-like line stays."""
    title = [_normal(lines[chosen].text)]
    for i in range(chosen):
        text = lines[i].text
        if i in said or i in header.taken or is_prose(text):
            continue  # (a company's name over the document chosen is taken already: the title's first words)
        if _agrees(text, title):
            if _added_chars(_normal(text), title[0]) <= MAX_ECHO_ADDED_CHARS:
                header.taken[i] = Change(NAME, "structure:title_echo", text)
            # else it says more than the title: it stays, whatever its shape
        elif KICKER_MARKS_RE.search(text) and is_title_like(text, StructureConfig(max_title_chars=999)):
            continue  # 中科招商：“壳王”水逆 — a kicker over the headline speaks (a colon, quotes): it stays
        elif len(text) <= MAX_MASTHEAD_CHARS or not is_title_like(text, StructureConfig(max_title_chars=999)):
            header.taken[i] = Change(NAME, "structure:masthead", text)
        # a longer title-like line is another headline: without evidence it stays, in the lead


def _added_chars(line: str, title: str) -> int:
    """How many characters of ``line`` the title does not say (outside their longest common run of
    matching blocks): what would be lost if the line went as the title's echo."""
    matcher = SequenceMatcher(None, line, title, autojunk=False)
    return len(line) - sum(block.size for block in matcher.get_matching_blocks())


def _drop_link_runs(lines: list[Line], order: list[int], said: dict[int, tuple[Meta, str]], header: Header) -> None:
    """A run of tiny lines in ``order`` — above the title and between it and the first paragraph
    (热点栏目 / 资金流向 / 千股千评 …) — is the site's menu: article text does not come as three or more
    bare words in a row."""
    run: list[int] = []
    for i in [*(i for i in order if i < len(lines)), None]:
        if i in said or i in header.taken or (i is not None and _echoes(lines[i], header)):
            # a meta line, a masthead or a copy of the title goes too: it does not break the run (a
            # second run would not see it: 香港電台 under each of three copies of the headline)
            continue
        tiny = i is not None and _is_menu_word(lines[i])
        if tiny:
            run.append(i)
            continue
        if len(run) >= MIN_MENU_RUN:
            for j in run:
                header.taken[j] = Change(NAME, "structure:menu", lines[j].text)
        run = []


def _is_menu_word(line: Line) -> bool:
    """A bare word a menu is made of; not a document's part label (``摘要`` over the abstract, under
    the analysts' byline lines)."""
    text = line.text
    return (
        line.hint is None
        and len(text) <= MAX_MENU_CHARS
        and not re.search(r"[\W\d_]", text.replace(" ", ""))
        and heading_style(text, MAX_MENU_CHARS) is None
        and recognition_form(text.strip()) not in boilerplate_phrases("section_labels")
    )


def evidence_title(evidence: tuple[Candidate, ...]) -> str | None:
    """The page's own title when no line of the text could be chosen: JSON-LD, og:title, <title>."""
    titles = ranked(evidence, "title")
    return titles[0] if titles else None


def with_evidence(meta: Meta, evidence: tuple[Candidate, ...], more_authors: tuple[tuple[str, ...], ...] = ()) -> Meta:
    """Fields from the page's own metadata where the lines said nothing; a page's date-time wins
    over a line's bare date for the same day (it says more, and agrees). Authors come from the
    first source that names a writer: the header's lines, then ``more_authors`` (a reporters'
    bracket, the trailer's byline), then the page's metadata — an outlet or the editor is no writer."""
    updates: dict[str, object] = {}
    outlets = {meta.source_name, meta.site_name, *ranked(evidence, "source_name"), *ranked(evidence, "site_name")}
    editors = {meta.editor, *ranked(evidence, "editor")}
    offered = (meta.authors, *more_authors, tuple(dict.fromkeys(ranked(evidence, "authors"))))
    authors = next((found for names in offered if (found := writers(names, outlets, editors))), ())
    if authors != meta.authors:
        updates["authors"] = authors
    for name in ("published_at", "source_name", "site_name", "category", "editor"):
        values = ranked(evidence, name)
        mine = getattr(meta, name)
        if not values:
            continue
        more_precise = name == "published_at" and mine and len(values[0]) > len(mine) and values[0].startswith(mine)
        if mine is None or more_precise:
            updates[name] = values[0]
    return replace(meta, **updates) if updates else meta


def writers(names: tuple[str, ...], outlets: set[str | None], editors: set[str | None]) -> tuple[str, ...]:
    """The names that can be the article's writers: not a number (``<meta name="author" content="2909">``
    is a user id), not an outlet (``作者：新京报``, ``CSDN.NET``, the page's own source or site name),
    not the page's editor (a CMS fills ``<meta name="author">`` with whoever published the page)."""
    bare = {_normal(o) for o in outlets if o} | {_normal(e) for e in editors if e}
    return tuple(
        name for name in names
        if re.search(r"[^\W\d_]", name) and not is_outlet_name(name)
        and not any(_normal(name) == o or (len(_normal(name)) >= 2 and _normal(name) in o) for o in bare)
    )  # fmt: skip
