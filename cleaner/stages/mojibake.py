"""Mojibake that ftfy cannot mend: Chinese bytes read in the wrong encoding somewhere upstream.

* GBK/GB18030 bytes read as Latin-1 or cp1252: ``ÐÂÎÅ±¨µÀ`` is 新闻报道. A run of Latin-1 letters is
  written back to bytes and read as GB18030.
* UTF-8 bytes read as GBK: ``鍗佸ぇ`` is 十大. A run of rare CJK characters is written back as
  GB18030 bytes and read as UTF-8.

A run is repaired only when the bytes decode strictly and read as clearly Chinese (several Han
characters, nearly all of them common), so ``Café résumé`` or a rare name in a real sentence stays.
Text that still looks like mojibake after repair is flagged for the caller (a ``mojibake`` warning).
"""

from __future__ import annotations

import re

from ..han import HAN_CLASS, han_count
from ..lexicon import common_hanzi
from .decode import common_share  # one measure of "reads as Chinese" for decoding and repair

# Every byte 0x80–0xff as Latin-1 reads it (the C1 controls and the no-break space too: GBK's
# extension has them as second bytes, 喆 is 86 B4) or as cp1252 does at 0x80–0x9f.
CP1252_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
LATIN_CLASS = "\u0080-\u00ff" + re.escape(CP1252_EXTRA)
# A run: Latin-1/cp1252 characters, possibly with ASCII between them (ASCII survives GBK unchanged).
LATIN_RUN_RE = re.compile(f"[{LATIN_CLASS}](?:[{LATIN_CLASS}]|[ -~](?=[ -~]*[{LATIN_CLASS}]))+")
LOST_RE = re.compile("\ufffd+")
HAN_CHAR_RE = re.compile(f"[{HAN_CLASS}]")
MIN_HAN = 2
GATE_CHARS = 32
SAMPLE_CHARS = 2_000  # mojibake runs through a page: its beginning tells (a share, read on a sample)
MIN_COMMON_SHARE = 0.9
STILL_BAD_LATIN_RE = re.compile("[\u00a1-\u00ff]{4,}")  # French or German never has 4 in a row


def _clearly_chinese(text: str) -> bool:
    return han_count(text) >= MIN_HAN and common_share(text) >= MIN_COMMON_SHARE and "\ufffd" not in text


def _as_cp1252_bytes(run: str) -> bytes | None:
    out = bytearray()
    for ch in run:
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            if ord(ch) > 0xFF:
                return None
            out.append(ord(ch))  # a C1 control: the byte as Latin-1 reads it (cp1252 has no character there)
    return bytes(out)


def repair_gbk_as_latin(line: str) -> str:
    """``ÐÂÎÅ±¨µÀ`` → ``新闻报道``: Latin-1 runs that are GBK bytes.

    >>> repair_gbk_as_latin("ÐÂÎÅ±¨µÀ：Café")
    '新闻报道：Café'
    """

    def fix(match: re.Match[str]) -> str:
        run = match.group(0)
        data = _as_cp1252_bytes(run)
        if data is None:
            return run
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            return run
        return text if _clearly_chinese(text) else run

    return LATIN_RUN_RE.sub(fix, line)


def repair_utf8_as_gbk(line: str) -> str:
    """``鍗佸ぇ`` → ``十大``: a line of rare CJK that is UTF-8 bytes read as GBK.

    The whole line is written back as GB18030 (ASCII is the same in both), a U+FFFD that the wrong
    decoding left as an invalid byte; the bytes are read as UTF-8, and what UTF-8 cannot read (the
    bytes lost upstream) stays U+FFFD.

    >>> repair_utf8_as_gbk("鍗佸ぇ鑲＄エ鎺ㄨ崘")
    '十大股票推荐'
    >>> repair_utf8_as_gbk("乾照光电的龘字")
    '乾照光电的龘字'
    """
    # mojibake is mojibake from its first characters: a sample of them decides, by set lookups
    sample = HAN_CHAR_RE.findall(line, 0, GATE_CHARS)
    if len(sample) < MIN_HAN:
        return line
    common = common_hanzi()
    if sum(map(common.__contains__, sample)) * 2 >= len(sample):
        return line  # reads as Chinese already
    try:
        data = b"\xff".join(part.encode("gb18030") for part in line.split("\ufffd"))
    except UnicodeEncodeError:
        return line
    text = LOST_RE.sub("\ufffd", data.decode("utf-8", errors="replace"))
    lost = text.count("\ufffd")
    if lost > max(2, len(text) // 4) or not _clearly_chinese(text.replace("\ufffd", "")):
        return line
    return text


def looks_mojibake(text: str) -> bool:
    """Whether ``text`` still reads as mojibake: Latin-1 letter runs, or Han that is mostly rare."""
    latin = sum(map(len, STILL_BAD_LATIN_RE.findall(text)))
    if latin >= 12:
        return True
    sample = text[:SAMPLE_CHARS]  # the share of rare characters is read on a sample
    return han_count(sample) >= 20 and common_share(sample) < 0.5
