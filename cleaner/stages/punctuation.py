"""punctuation: restore full-width Chinese punctuation that was folded to ASCII.

``发展,网络`` → ``发展，网络`` and ``(简称网贷)`` → ``（简称网贷）``, but only where the mark sits in
Chinese text: never between digits (``10:31:38``, ``1,000``), inside URLs or e-mail addresses, in
English (``Hello, world``), or in brackets that hold no Chinese (``收益率(r)``, ``(600519)``).
``.`` is never touched, so decimals (``7.12亿``) and list markers (``1. ``) are safe.
"""

from __future__ import annotations

import bisect
import re

from ..article import Change
from ..config import PunctuationConfig
from ..document import Document
from ..han import HAN_CLASS, han_count, is_han

NAME = "punctuation"
REASONS = ("punctuation:full_width", "punctuation:placeholder")
SUMMARY = "ASCII , : ; ? ! ( ) in Chinese text → ，：；？！（）; numbers, URLs, English untouched"

FULL_WIDTH = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！"}
MARK_RE = re.compile(r"[,:;?!]")
BLANKS = " \t"
# Each branch may only start where its first run of characters starts (the lookbehinds): otherwise
# a long run of letters is rescanned from every letter, and cost grows with its square.
PROTECTED_RE = re.compile(
    r"(?<![A-Za-z0-9+.\-])[A-Za-z][A-Za-z0-9+.\-]*://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+"  # URLs
    r"|(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}"  # e-mail addresses
)
BRACKET_RE = re.compile(r"[()]")
HAN = f"[{HAN_CLASS}]"
PLACEHOLDER_START_RE = re.compile(rf"^(?:\d{{1,2}}|{HAN}{{1,3}})\?(?={HAN}{{1,6}}(?:$|[\s:：,，]))")
PLACEHOLDER_INSIDE_RE = re.compile(rf"(?<={HAN})\?(?={HAN})")
MAX_PLACEHOLDER_LINE = 8
BETWEEN_HAN_RE = re.compile(rf"(?<={HAN})[,:;](?={HAN})")
CJK_PUNCTUATION = frozenset("，。、；：？！“”‘’（）《》〈〉【】「」『』…—～·")


def is_chinese(ch: str) -> bool:
    """A Han character or a mark that only Chinese text uses."""
    return is_han(ch) or ch in CJK_PUNCTUATION


def _converts(mark: str, left: str, right: str) -> bool:
    """Whether ``mark`` between ``left`` and ``right`` is Chinese punctuation.

    The left neighbour may be Chinese punctuation (already full-width, or just restored), the right
    one must be a Han character: so the decision is the same on a second run, and ``,,“`` does not
    turn into ``，，“`` one mark per run.
    """
    if mark in "?!":
        # A question or exclamation ends the clause on its left.
        return is_chinese(left)
    if left.isdigit() and right.isdigit():  # 1,000  10:31  3;4
        return False
    return is_chinese(left) or is_han(right)


def placeholders(line: str) -> list[int]:
    """Where a ``?`` stands for a lost character rather than a question: inside the first word of a
    line (``摘?要``, ``0?引言``, ``1?文献综述``), or between two Han characters on a line too short
    to ask anything (``关?键?词``). A real question mark ends a clause: ``能否改变?这是…``.

    >>> placeholders("摘?要:本文…"), placeholders("0?引言"), placeholders("能否改变这一局面?这是本文的问题")
    ([1], [1], [])
    """
    if "?" not in line:
        return []
    first = PLACEHOLDER_START_RE.match(line)
    if first:
        return [first.end() - 1]
    if len(line) <= MAX_PLACEHOLDER_LINE:
        return [m.start() for m in PLACEHOLDER_INSIDE_RE.finditer(line)]
    return []


def _protected_spans(line: str) -> tuple[list[int], list[int]]:
    spans = [m.span() for m in PROTECTED_RE.finditer(line)] + [(at, at + 1) for at in placeholders(line)]
    spans.sort()
    return [s for s, _ in spans], [e for _, e in spans]


def _full_width(match: re.Match[str]) -> str:
    return FULL_WIDTH[match[0]]


def restore_marks(line: str) -> str:
    """Full-width , : ; ? ! where they sit in Chinese text; the spaces around them go too.

    >>> restore_marks("发展, 网络:时间10:31:38, see https://a.com/?q=1,2 网址,好吗?")
    '发展，网络：时间10:31:38, see https://a.com/?q=1,2 网址，好吗？'
    """
    # The common case first, in C: , : ; between two Han characters always turn (no URL, e-mail,
    # number or placeholder holds Han), and their neighbours are no marks the loop below looks at.
    line = BETWEEN_HAN_RE.sub(_full_width, line)
    if not MARK_RE.search(line):
        return line
    starts, ends = _protected_spans(line)
    pieces: list[str] = []
    copied = 0  # line[:copied] is in pieces already
    restored_at = -1  # where the last restored mark ended, spaces after it included
    for match in MARK_RE.finditer(line):
        at = match.start()
        span = bisect.bisect_right(starts, at) - 1
        if at < copied or (span >= 0 and at < ends[span]):
            continue
        # Neighbours are the nearest characters that are not blanks. Each scan stops at the
        # previous mark (left) or runs over blanks no other mark will scan (right): linear.
        before = at
        while before > copied and line[before - 1] in BLANKS:
            before -= 1
        after = at + 1
        while after < len(line) and line[after] in BLANKS:
            after += 1
        left = "，" if before == restored_at else (line[before - 1] if before > 0 else "")
        right = line[after] if after < len(line) else ""
        if not _converts(match.group(), left, right):
            continue
        pieces.append(line[copied:before])
        pieces.append(FULL_WIDTH[match.group()])
        copied = restored_at = after
    pieces.append(line[copied:])
    return "".join(pieces)


def restore_brackets(line: str) -> str:
    """``(…)`` → ``（…）`` when the brackets enclose Chinese; one pass with a stack, so linear.

    >>> restore_brackets("贷款(简称网贷)与收益率(r)、茅台(600519)")
    '贷款（简称网贷）与收益率(r)、茅台(600519)'
    """
    if "(" not in line:
        return line
    chars = list(line)
    han_so_far = 0  # Han characters before the current bracket, counted a stretch at a time
    previous = 0
    opened: list[tuple[int, int]] = []  # (position, Han characters before it)
    for match in BRACKET_RE.finditer(line):
        index = match.start()
        han_so_far += han_count(line, previous, index)
        previous = index
        if line[index] == "(":
            opened.append((index, han_so_far))
        elif opened:
            start, han_before_start = opened.pop()
            if han_so_far > han_before_start:
                chars[start], chars[index] = "（", "）"
    return "".join(chars)


def run(doc: Document, settings: PunctuationConfig) -> Document:
    changes: list[Change] = []
    texts = doc.texts
    for index, line in enumerate(texts):
        fixed = restore_punctuation(line)
        if fixed != line:
            if doc.record_replacements:
                changes.append(Change(NAME, "punctuation:full_width", line, fixed))
            texts[index] = fixed
        if doc.record_replacements and placeholders(fixed):  # kept as written, but said
            changes.append(Change(NAME, "punctuation:placeholder", fixed, fixed))
    return doc.with_texts(texts, changes).map_evidence(restore_punctuation)


def restore_punctuation(line: str) -> str:
    """Brackets, then marks (``）!`` reads as Chinese once the bracket is restored)."""
    if not any(mark in line for mark in ",:;?!()"):
        return line
    return restore_marks(restore_brackets(line))
