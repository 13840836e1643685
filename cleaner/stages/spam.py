"""spam: injected SEO spam lines (porn, gambling, lottery, pharmacy keyword lists).

A keyword alone never convicts a line: ``无码科技`` is a company, ``一区`` an address, and a report
on lottery sales says ``彩票``. A line goes only with evidence of three kinds at once:

* shape — a list of short phrases joined by ``,`` ``_`` ``-`` ``|`` or spaces, no sentence punctuation;
* lexicon — enough distinct terms from ``data/spam/`` across the phrases (weak terms count less, and
  weak terms alone only when there are many and every phrase holds one);
* place — near the top (above the title) or the bottom, or written in a different script from the
  body (a Simplified spam header on a Traditional page).

A hijacked page's headline in Latin letters (``link slot gacor``, ``server 4d slot``) is no list of
Chinese phrases: there a strong term, no Han character on a Han page, and the edge are the three.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from itertools import accumulate

from ..article import Change
from ..config import SpamConfig
from ..document import Document
from ..han import HAN_RUN_RE, han_count
from ..lexicon import spam_terms
from ..script import traditional_share
from . import metadata
from .crumbs import parse_breadcrumb

NAME = "spam"
REASONS = ("spam:keyword_list", "spam:bracket_brand")
SUMMARY = "injected SEO keyword lines: needs list shape + spam lexicon + place (top, end, script)"

# 丨 (U+4E28) stands for a bar in SEO titles, and so does a capital I alone between blanks (… I …)
SEPARATORS_RE = re.compile(r"(?:[,，、_|｜丨/\\\-—–~\s]|(?<=\s)I(?=\s))+")
SENTENCE_PUNCTUATION_RE = re.compile("[。！？；：!?;:]")  # a search stops at the first: cheaper than a set
SCRIPT_SAMPLE_CHARS = 4000
# (?<!\s): a blank run is tried once from its start, not from each blank (quadratic on a long run)
WRAPPING_RE = re.compile(r"^[•●·▪◦\-*]\s*|(?<!\s)\s+[?？]+$")
LABEL_RE = re.compile(r"^[^:：\s]{1,12}[:：]\s*(?=[^:：]*$)")  # one label, and no other colon after it
MIN_SOLE_TERM_COVER = 0.8  # a lone keyword line must be this much spam terms
MAX_CHARS_OUTSIDE_TERMS = 8  # a long keyword phrase: at most this many of its characters are no term
MAX_COLUMN_GAP = 2  # lines in a row with no term end a column of keywords
MAX_GLUED_LEAD = 2  # characters of no term before the spam glued to a headline's front
# 【大澳门威尼斯人赌场官网10月29日报导】(中央社记者…电): a casino's brand put in the reprinting site's
# place in the bracket opening a paragraph — the bracket goes when it holds a strong term
BRACKET_LEAD_RE = re.compile(r"[ \t\u3000]*[【\[〔](?P<inner>[^【】\[\]〔〕\n]{2,30})[】\]〕][ \t\u3000]*(?=\S)")
BRACKET_OPENERS = "【[〔"
ROUND_BRACKET_RE = re.compile(r"\s*[（(](?P<inner>[^（）()\n]{2,40})[)）]")
LATIN_WORD_RE = re.compile(r"[a-z]{2,}")
# 亚洲午夜18???毛片: question marks inside a phrase stand for characters the page's encoding lost — no
# question is asked there (a question mark ends its clause)
LOST_CHARACTERS_RE = re.compile(r"(?<=[^\s?吗呢么吧嘛])\?+(?=[^\s?,，、|])")  # (吗? asks)
MAX_LATIN_KEYWORD_WORDS = 6  # a Latin line longer than this is a sentence, whatever it names
NEAR_EDGE_LINES = 8  # header lines (a byline, a date) the edge's count skips, at most this many looked past
MIN_HAN_PAGE_CHARS = 20  # Han characters in the page's first lines that make it a Chinese page


@dataclass(frozen=True, slots=True)
class Evidence:
    segments: int
    strong_terms: frozenset[str]
    weak_terms: frozenset[str]
    segments_hit: int


@cache
def _terms_re() -> re.Pattern[str]:
    terms = sorted(spam_terms(), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, terms)))


@cache
def _spaced_terms_re() -> re.Pattern[str] | None:
    """The terms of several words (``situs judi``): a list is split at blanks, so these are looked
    for across its phrases."""
    spaced = sorted((t for t in spam_terms() if " " in t), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, spaced))) if spaced else None


def list_shape(line: str, config: SpamConfig) -> list[str] | None:
    """The line's phrases if it is shaped like a keyword list, else None.

    >>> list_shape("国产精品,欧美一区,亚洲无码", SpamConfig())
    ['国产精品', '欧美一区', '亚洲无码']
    >>> list_shape("公司公布了业绩，营收增长：10%。", SpamConfig()) is None
    True
    """
    if len(line) > config.max_line_chars:
        return None
    line = LOST_CHARACTERS_RE.sub("", keyword_part(line))
    if SENTENCE_PUNCTUATION_RE.search(line):
        return None
    segments = [s for s in SEPARATORS_RE.split(line.strip()) if s]
    if len(segments) < config.min_segments:
        return None
    lengths = sorted(len(s) for s in segments)
    if lengths[len(lengths) // 2] > config.max_segment_chars:
        # 久久久久精品亚洲18国产成人精品无码AV综合_…: a phrase run together from terms is still a keyword
        # phrase, if little of it is outside the lexicon's terms (a headline with a brand after it is not)
        lengths = sorted(len(s) - _term_chars(s) for s in segments)
        if lengths[len(lengths) // 2] > MAX_CHARS_OUTSIDE_TERMS:
            return None
    return segments


def _term_chars(phrase: str) -> int:
    """How many characters of ``phrase`` the lexicon's terms make up."""
    return sum(map(len, _terms_re().findall(unicodedata.normalize("NFKC", phrase).lower())))


def keyword_part(line: str) -> str:
    """The keyword list inside its wrapping: a bullet before it (``• ``), a stray ``?`` after it, a
    template's label in front (``主站蜘蛛池模板: ``).

    >>> keyword_part("• 国产精品_日韩av ?"), keyword_part("主站蜘蛛池模板: 欧美一区 | 亚洲av")
    ('国产精品_日韩av', '欧美一区 | 亚洲av')
    """
    line = WRAPPING_RE.sub("", line.strip())
    label = LABEL_RE.match(line)
    return line[label.end() :] if label else line


def lexicon_evidence(segments: list[str]) -> Evidence:
    terms = spam_terms()
    strong: set[str] = set()
    weak: set[str] = set()
    # NFKC for matching only: spammers write ＡＶ in full-width letters to dodge filters.
    forms = [unicodedata.normalize("NFKC", segment).lower() for segment in segments]
    hit = set()
    for index, form in enumerate(forms):
        found = _terms_re().findall(form)
        if found:
            hit.add(index)
        for term in found:
            (strong if terms[term][1] else weak).add(term)
    spaced = _spaced_terms_re()
    if spaced is not None and len(forms) > 1 and any(form.isascii() for form in forms):
        joined = " ".join(forms)
        ends = list(accumulate(len(form) + 1 for form in forms))  # each phrase's end, blank included
        for match in spaced.finditer(joined):
            term = match.group()
            # one term, not two: "slot gacor" replaces the "gacor" found in its phrase
            strong -= {t for t in strong if t in term}
            weak -= {t for t in weak if t in term}
            (strong if terms[term][1] else weak).add(term)
            first = bisect_right(ends, match.start())
            hit.update(range(first, bisect_right(ends, match.end() - 1) + 1))
    return Evidence(len(segments), frozenset(strong), frozenset(weak), len(hit))


def has_strong_term(text: str) -> bool:
    """Whether ``text`` holds a strong term of the lexicon: a gambling or adult site's brand
    (``[乐虎国际]`` before a title, ``-yb体育官方`` after one)."""
    return bool(lexicon_evidence([text]).strong_terms)


def glued_prefix(title: str) -> str | None:
    """The strong terms a hijacked page glued before a headline, one after another from its start
    (``今期跑狗玄机图`` in ``今期跑狗玄机图天风：…``); at most ``MAX_GLUED_LEAD`` characters of no term
    before the first (the tip site's ``今期``, this draw). None without a strong term there."""
    end = _opening_terms_end(title, strong_only=True)
    return title[:end] or None


def _opening_terms_end(text: str, strong_only: bool) -> int:
    """Where the run of spam terms that opens ``text`` ends (terms one after another, at most
    ``MAX_GLUED_LEAD`` characters of no term before the first; with ``strong_only``, ended by a weak
    one); 0 when no term opens it, or when it holds no strong term."""
    form = unicodedata.normalize("NFKC", text).lower()
    if len(form) != len(text):
        return 0  # a character NFKC spells in two would move every offset after it
    terms, end, strong = spam_terms(), 0, False
    for term in _terms_re().finditer(form):
        is_strong = terms[term.group()][1]
        if term.start() > (end or MAX_GLUED_LEAD) or (strong_only and not is_strong):
            break
        end, strong = term.end(), strong or is_strong
    return end if strong else 0


def is_spam_by_lexicon(evidence: Evidence, config: SpamConfig) -> bool:
    """Enough terms, in at least half the phrases. Weak terms count ``1 / weak_per_strong`` each;
    without a strong term they convict only when they alone weigh enough and every phrase holds one
    (``久久国产午夜视频,日韩欧美一区不卡,…``): a real list of lottery or market words has a few, not six."""
    score = len(evidence.strong_terms) + len(evidence.weak_terms) / config.weak_per_strong
    if evidence.strong_terms:
        return score >= config.min_strong_terms and evidence.segments_hit * 2 >= evidence.segments
    return score >= config.min_strong_terms and evidence.segments_hit == evidence.segments


def run(doc: Document, settings: SpamConfig) -> Document:
    return _without_keyword_lines(_without_bracket_brands(doc), settings)


def _without_bracket_brands(doc: Document) -> Document:
    """Each paragraph opened by a bracket that names a spam brand, without that bracket."""
    texts = doc.texts
    changes: list[Change] = []
    for i, line in enumerate(texts):
        opener = line.lstrip(" \t\u3000")[:1]
        if not opener or opener not in BRACKET_OPENERS:
            continue  # nearly every line: no bracket opens it
        bracket = BRACKET_LEAD_RE.match(line)
        if not bracket or not has_strong_term(bracket["inner"]):
            continue
        brand = brand_run(bracket["inner"])
        if brand is None or len(brand) == len(bracket["inner"].strip()):
            changes.append(Change(NAME, "spam:bracket_brand", bracket.group(0).strip()))
            texts[i] = line[bracket.end() :]
            continue
        # 【大澳门威尼斯人赌场官网2017年09月14日讯】(大澳门威尼斯人赌场官网记者…): a hijacker's brand put in
        # the outlet's place, in the dateline and the reporters' bracket — the brand goes, the date and
        # the byline stay
        line = line[: bracket.start("inner")] + bracket["inner"][len(brand) :] + line[bracket.end("inner") :]
        changes.append(Change(NAME, "spam:bracket_brand", brand))
        after = ROUND_BRACKET_RE.match(line, line.index(bracket.group(0)[-1], bracket.start("inner")) + 1)
        if after and (again := brand_run(after["inner"])) and len(again) < len(after["inner"]):
            line = line[: after.start("inner")] + after["inner"][len(again) :] + line[after.end("inner") :]
            changes.append(Change(NAME, "spam:bracket_brand", again))
        texts[i] = line
    return doc.with_texts(texts, changes) if changes else doc


def brand_run(text: str) -> str | None:
    """The spam terms run together opening ``text``, weak ones among them, one strong: a casino's
    brand (``大澳门威尼斯人赌场官网``); None without one."""
    return text[:end] if (end := _opening_terms_end(text, strong_only=False)) else None


def _without_keyword_lines(doc: Document, settings: SpamConfig) -> Document:
    lines = doc.texts
    filled = [i for i, line in enumerate(lines) if line.strip()]
    candidates = [i for i in filled if _looks_like_spam(lines[i], settings)]
    candidates += [i for i in filled[-1:] + filled[:1] if i not in candidates and is_sole_keyword(lines[i], settings)]
    columns = [i for order in (filled, filled[::-1]) for i in _keyword_column(lines, order, settings)]
    # (only lines near an edge can be judged so: the page's middle is never read for them)
    reach = NEAR_EDGE_LINES + settings.edge_lines
    near_edges = dict.fromkeys(filled[:reach] + filled[-reach:])
    latin = [i for i in near_edges if i not in candidates and is_latin_keyword_line(lines[i])]
    if not candidates and not columns and not latin:
        return doc
    edges = _edge_lines(lines, filled, settings.edge_lines)  # only now: it reads the header lines
    spam = {i for i in candidates if i in edges} | set(columns)
    latin = [i for i in latin if i in edges]
    if latin and han_count("".join(lines[i] for i in filled[: reach + settings.edge_lines])) >= MIN_HAN_PAGE_CHARS:
        spam.update(latin)  # a Latin keyword line on a Chinese page: another script, at the edge
    inside = [i for i in candidates if i not in edges]
    if inside:
        # The body's script is measured once, on the lines that are not candidates.
        others = set(candidates)
        body = "\n".join(line for i, line in enumerate(lines) if i not in others)
        body_share = traditional_share(body[:SCRIPT_SAMPLE_CHARS])
        spam.update(i for i in inside if abs(traditional_share(lines[i]) - body_share) >= 0.1)
    if not spam:
        return doc
    changes = [Change(NAME, "spam:keyword_list", lines[i].strip()) for i in sorted(spam)]
    return doc.keeping(lambda i: i not in spam, changes)


def _keyword_column(lines: list[str], order: list[int], settings: SpamConfig) -> list[int]:
    """A keyword list printed a phrase a line from the page's edge inward (a spider pool's link farm
    under ``主站蜘蛛池模板：``, ``精品四虎…`` / ``亚洲综合色播`` / …): short lines, no sentence among them,
    judged together as one list's phrases, with the label right inside it. The run stops at
    ``MAX_COLUMN_GAP`` lines in a row with no term, and ends at its innermost line with one, so the
    article's own short last lines (``（完）``, a byline) never join it."""
    run: list[int] = []
    gap = termed = 0  # lines in a row with no term; the run's length up to its last line with one
    for i in order:
        phrase = keyword_part(lines[i])
        if len(phrase) > settings.max_segment_chars or SENTENCE_PUNCTUATION_RE.search(phrase):
            break
        has_term = _terms_re().search(unicodedata.normalize("NFKC", phrase).lower()) is not None
        gap = 0 if has_term else gap + 1
        if gap >= MAX_COLUMN_GAP:
            break
        run.append(i)
        termed = len(run) if has_term else termed
    run = run[:termed]
    if len(run) < settings.min_segments or not is_spam_by_lexicon(lexicon_evidence([lines[i] for i in run]), settings):
        return []
    inner = order[len(run)] if len(run) < len(order) else None
    if inner is not None and LABEL_RE.fullmatch(lines[inner].strip()):  # 主站蜘蛛池模板： over the list
        run.append(inner)
    return run


def _edge_lines(lines: list[str], filled: list[int], edge: int) -> set[int]:
    """The first and last ``edge`` lines of text, not counting the header lines between (a byline,
    a date, a breadcrumb): structure takes those out, so a spam line above a byline is at the
    page's edge on the first run as on every later one."""
    found: set[int] = set()
    for order in (filled, filled[::-1]):
        counted = 0
        for i in order:
            if counted >= edge:
                break
            found.add(i)
            counted += not _is_header_line(lines[i])
    return found


def _is_header_line(line: str) -> bool:
    line = line.strip()
    return bool(parse_breadcrumb(line) or metadata.parse_byline(line) or metadata.parse_meta_line(line))


def is_sole_keyword(line: str, settings: SpamConfig) -> bool:
    """A line that is spam terms and nothing else, in one run or in fewer phrases than a list has
    (``国产精品久久久久精品麻豆``, a list cut short: ``久久精品一区二区_亚洲国产久久久精品``): it counts only
    as a page's very first or last line, with strong terms covering nearly all of it.

    >>> is_sole_keyword("国产精品久久久久精品麻豆", SpamConfig()), is_sole_keyword("无码科技发布新品", SpamConfig())
    (True, False)
    """
    text = unicodedata.normalize("NFKC", keyword_part(line)).lower()
    phrases = [p for p in SEPARATORS_RE.split(text) if p]
    chars = sum(map(len, phrases))
    if not phrases or len(phrases) >= settings.min_segments or chars > settings.max_segment_chars * 2:
        return False
    found = [term for phrase in phrases for term in _terms_re().findall(phrase)]
    terms = spam_terms()
    strong = {t for t in found if terms[t][1]}
    # a spam site's number (999国产精品视频) is no word of the line: digits count as covered
    covered = sum(len(t) for t in found) + sum(ch.isdigit() for phrase in phrases for ch in phrase)
    # strong terms enough, or one with weak ones (久久久欧美国产): distinct terms as many as strong ones
    termed = len(strong) >= settings.min_strong_terms or (strong and len(set(found)) >= settings.min_strong_terms)
    return bool(termed) and covered >= MIN_SOLE_TERM_COVER * chars


def is_latin_keyword_line(line: str) -> bool:
    """A few Latin words, no Han character, holding a strong spam term (``link slot gacor``,
    ``server 4d slot``): on a Chinese page's edge, a hijacker's headline. The caller judges place
    and the page's script.

    >>> is_latin_keyword_line("link slot gacor"), is_latin_keyword_line("Reuters slot machine sales")
    (True, False)
    """
    if HAN_RUN_RE.search(line):
        return False
    text = unicodedata.normalize("NFKC", keyword_part(line)).lower()
    words = LATIN_WORD_RE.findall(text)
    if not words or len(text.split()) > MAX_LATIN_KEYWORD_WORDS:
        return False
    return any(spam_terms()[term][1] for term in _terms_re().findall(text))


def _looks_like_spam(line: str, settings: SpamConfig) -> bool:
    """Shape and lexicon evidence; place is judged by the caller."""
    segments = list_shape(line, settings)
    return segments is not None and is_spam_by_lexicon(lexicon_evidence(segments), settings)
