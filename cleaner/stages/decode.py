"""decode: bytes to text — every encoding Chinese pages come in, a few bad bytes never fatal.

Order of evidence: a byte-order mark; what the page declares (``<meta charset>``, HTTP-equiv, the
XML declaration); then detection over the whole input. A declaration is checked, never trusted:
pages lie (``charset=utf-8`` on GBK bytes), so strict UTF-8 (which almost never decodes by
accident) wins when it fits, and otherwise the declared encoding must decode cleanly and read as
common Chinese, or the candidate that does (GB18030, Big5-HKSCS) is taken. GB2312 and GBK are read
as their superset GB18030, Big5 as Big5-HKSCS. UTF-16 without a BOM is told by its NUL bytes.

A few invalid bytes (a truncated download, one corrupt sector) are replaced with U+FFFD and
counted (``decode:invalid_bytes``); only input that is not text at all (empty, a known binary
signature, NULs, mostly control characters, mostly undecodable) is refused with an ``InputError``.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import replace
from functools import cache

from ..article import Change
from ..config import DecodeConfig
from ..dense import DenseTable, delete_table
from ..document import Document, Line, lines_of
from ..errors import InputError
from ..han import han_count
from ..lexicon import common_hanzi
from ..measures import nonblank_chars
from .html_page import is_html_page

NAME = "decode"
REASONS = ("decode:lone_surrogate", "decode:invalid_bytes", "decode:nul_bytes")
SURROGATE_RE = re.compile("[\ud800-\udfff]")
SUMMARY = "bytes to text: BOM, declared charset (checked), UTF-8/GB18030/Big5-HKSCS/UTF-16; bad bytes replaced"

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
CHINESE_ENCODINGS = ("gb18030", "big5hkscs")
# What pages declare, read as the superset that decodes the same bytes and more.
ALIASES = {
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030", "ms936": "gb18030",
    "gb_2312-80": "gb18030", "euc-cn": "gb18030", "hz-gb-2312": "gb18030", "gb18030": "gb18030",
    "big5": "big5hkscs", "big5-hkscs": "big5hkscs", "cp950": "big5hkscs", "x-x-big5": "big5hkscs",
    "utf8": "utf-8", "utf-8": "utf-8", "unicode": "utf-8",
}
DECLARED_RE = re.compile(
    rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_\-]{2,20})|<\?xml[^>]{0,100}?encoding\s*=\s*[\"']([A-Za-z0-9_\-]{2,20})",
    re.IGNORECASE,
)
DECLARATION_SEARCH_BYTES = 16_384
# A decoding with more invalid bytes than this share of the input's non-ASCII bytes is wrong.
MAX_INVALID_SHARE = 0.02
MIN_COMMON_SHARE = 0.8  # a right Chinese decoding reads mostly as common characters
MIN_READABLE_SHARE = 0.5  # below this, a decoding is noise
# File signatures of formats that are often mistaken for text in a scraped folder.
BINARY_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip file"),
    (b"\x7fELF", "an executable"),
)
# Scraped text can carry many stray controls between words (the unicode stage removes them): only
# text that is mostly controls is a binary file in disguise.
MAX_CONTROL_RATIO = 0.5
# A NUL or two in a long article is a stray (a crawler's glitch) and is dropped, recorded; more than
# one in this many bytes is a binary file, refused.
NUL_STRAY_SPACING = 1000
# Counted with a regex, not str.translate: translate costs ~0.3 µs a character on a CJK page.
CONTROLS_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f]")
# The same characters, each looked for with ``in`` before counting: on a page without any (nearly
# every page) these C searches take half the time of the regex, which tests its class per character.
CONTROL_CHARS = tuple(map(chr, (*range(0x09), 0x0B, *range(0x0E, 0x20))))


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)`` or raise ``InputError`` saying why the bytes are not text.

    >>> decode_bytes("网贷".encode("gb18030"))
    ('网贷', 'gb18030')
    """
    text, encoding, _ = decode_counting(data)
    return text, encoding


def decode_counting(data: bytes) -> tuple[str, str, int]:
    """``(text, encoding, invalid bytes replaced)``, or an ``InputError``."""
    if not data.strip():
        raise InputError("input:empty", "empty input")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            text, invalid = _replacing(data, encoding)
            if invalid <= _allowed_invalid(data):
                return _checked(text), encoding, invalid
            data = data[len(bom) :]  # a byte-order mark that lies: detect as if it were absent
            break
    for signature, what in BINARY_SIGNATURES:
        if data.startswith(signature):
            raise InputError("input:binary", f"binary input ({what}), not text")
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise InputError("input:binary", "binary input (contains NUL bytes), not text")
        text, invalid = _replacing(data, utf16)
        return _checked(text), utf16, invalid
    try:
        return _checked(data.decode("utf-8")), "utf-8", 0
    except UnicodeDecodeError:
        pass
    declared = declared_encoding(data)
    best = _best_decoding(data, declared)
    if best is None:
        import charset_normalizer  # the last resort, rarely reached: not paid for at import (30 ms)

        guess = charset_normalizer.from_bytes(data).best()
        if guess is None:
            raise InputError(
                "input:undecodable", "cannot decode: not UTF-8, GB18030 or Big5, and no other encoding fits"
            )
        return _checked(str(guess)), guess.encoding, 0
    encoding, text, invalid = best
    return _checked(text), encoding, invalid


def declared_encoding(data: bytes) -> str | None:
    """The charset a page declares near its top (``<meta charset>``, HTTP-equiv, ``<?xml encoding>``),
    as the codec we read it with; None when absent or unknown.

    >>> declared_encoding(b'<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
    'gb18030'
    """
    match = DECLARED_RE.search(data, 0, DECLARATION_SEARCH_BYTES)
    if not match:
        return None
    name = (match.group(1) or match.group(2)).decode("ascii").lower()
    if name in ALIASES:
        return ALIASES[name]
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _best_decoding(data: bytes, declared: str | None) -> tuple[str, str, int] | None:
    """The declared encoding if it decodes cleanly and reads as common Chinese; else the candidate
    that reads as Chinese, then with the fewest invalid bytes and the most common characters (UTF-8
    with a few bad bytes too)."""
    allowed = _allowed_invalid(data)
    candidates = [declared] if declared and declared != "utf-8" else []
    candidates += [enc for enc in ("utf-8", *CHINESE_ENCODINGS) if enc not in candidates]
    scored = []
    for encoding in candidates:
        text, invalid = _replacing(data, encoding)
        if invalid > allowed:
            continue
        share = common_share(text)
        if encoding == declared and share >= MIN_COMMON_SHARE:
            return encoding, text, invalid
        if han_count(text) and share < MIN_READABLE_SHARE:
            continue  # decodes, but as rare characters: the wrong encoding, or no text at all
        # reading as Chinese first: a single-byte charset decodes anything cleanly, as no Chinese at all
        # (a page that declares iso-8859-1 over UTF-8 with one stray byte)
        scored.append((share >= MIN_COMMON_SHARE, invalid == 0, share, -invalid, encoding, text))
    if not scored:
        return None
    *_, minus_invalid, encoding, text = max(scored, key=lambda s: s[:4])
    return encoding, text, -minus_invalid


def _allowed_invalid(data: bytes) -> float:
    """How many invalid byte sequences a right decoding of ``data`` may still have."""
    non_ascii = len(data.translate(None, bytes(range(128))))  # ASCII deleted
    return max(3, MAX_INVALID_SHARE * non_ascii)


def _replacing(data: bytes, encoding: str) -> tuple[str, int]:
    """``data`` decoded, each undecodable byte sequence replaced with U+FFFD; and how many."""
    try:
        return data.decode(encoding), 0
    except UnicodeDecodeError:
        pass
    text = data.decode(encoding, errors="replace")
    # A U+FFFD the input already holds decodes as one in both readings; the encoded bytes of one
    # need not (a character's first byte can take the sequence's first), so they are not counted.
    # Only pages with bad bytes pay for the second decoding.
    already = data.decode(encoding, errors="ignore").count("\ufffd")
    return text, text.count("\ufffd") - already


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when the NUL bytes fall on one side of every pair, as in UTF-16 text
    with ASCII in it (digits, spaces, line breaks); else None."""
    if len(data) < 4:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    pairs = len(data) // 2
    if odd >= 0.05 * pairs and even * 4 <= odd:
        encoding = "utf-16-le"
    elif even >= 0.05 * pairs and odd * 4 <= even:
        encoding = "utf-16-be"
    else:
        return None
    text, invalid = _replacing(data, encoding)
    readable = not han_count(text) or common_share(text) >= 0.5
    return encoding if invalid <= max(2, 0.01 * pairs) and readable else None


@cache
def _common_table() -> DenseTable:
    return delete_table(common_hanzi())


def common_share(text: str) -> float:
    """The share of Chinese characters in ``text`` that are common ones; 0 when there are none."""
    han = han_count(text)
    # a delete table beats a regular expression over a class of thousands of characters (2×)
    return _common_table().count(text) / han if han else 0.0


def _checked(text: str) -> str:
    """Refuse text that decoded but is mostly control characters: a binary file in disguise."""
    if not text.strip():
        raise InputError("input:empty", "empty input")
    if "\x00" in text:
        raise InputError("input:binary", "binary input (contains NUL characters), not text")
    controls = len(CONTROLS_RE.findall(text)) if any(char in text for char in CONTROL_CHARS) else 0
    if controls > MAX_CONTROL_RATIO * len(text):
        raise InputError("input:binary", "binary input (mostly control characters), not text")
    return text


def run(doc: Document, settings: DecodeConfig) -> Document:
    changes: list[Change] = []
    if isinstance(doc.raw, str):
        # Already text: nothing to decode, but the same emptiness and binary checks apply.
        data, encoding = doc.raw.encode("utf-8", "surrogatepass"), None
        text = _checked(_without_stray_nuls(_without_surrogates(doc.raw, changes), changes))
    else:
        data = doc.raw
        if len(data) > settings.max_bytes:
            raise InputError(
                "input:too_large",
                f"input is {len(data):,} bytes, over the limit of {settings.max_bytes:,} "
                "(set [decode] max_bytes to raise it)",
            )
        text, encoding, invalid = decode_counting(_bytes_without_stray_nuls(data, changes))
        if invalid:
            changes.append(Change(NAME, "decode:invalid_bytes", f"{invalid} invalid byte sequence(s) in {encoding}"))
    source = replace(doc.source, encoding=encoding, sha256=hashlib.sha256(data).hexdigest())
    # A whole page stays one line: the extract stage parses it, and splitting 30,000 lines of markup
    # into Line objects only to join them again costs more than extracting.
    page = is_html_page(text)
    lines = (Line(text),) if page else lines_of(text)
    return replace(
        doc, source=source, lines=lines, changes=doc.changes + tuple(changes),
        input_chars=0 if page else nonblank_chars(text),  # a page's visible text is counted by extract
    )


def _without_surrogates(text: str, changes: list[Change]) -> str:
    """Lone surrogates (``\\ud800``) cannot be written as UTF-8: each becomes U+FFFD, recorded."""
    if not SURROGATE_RE.search(text):
        return text
    found = SURROGATE_RE.findall(text)
    changes.append(Change(NAME, "decode:lone_surrogate", f"{len(found)} lone surrogate(s)", "\ufffd"))
    return SURROGATE_RE.sub("\ufffd", text)


def _is_stray(nuls: int, size: int) -> bool:
    return nuls > 0 and nuls * NUL_STRAY_SPACING <= size


def _bytes_without_stray_nuls(data: bytes, changes: list[Change]) -> bytes:
    """``data`` without its NUL bytes when they are strays (one a kilobyte at most) and the rest
    reads as text (UTF-8, or a Chinese encoding as common characters); else ``data`` as it was, for
    the binary and UTF-16 checks. A stray NUL never splits a character in these encodings."""
    nuls = data.count(0) if 0 in data else 0  # "in" is a memchr, 10x a byte-by-byte count: most pages have none
    if not _is_stray(nuls, len(data)) or _utf16_without_bom(data) is not None:
        return data
    rest = data.replace(b"\x00", b"")
    try:
        rest.decode("utf-8")
    except UnicodeDecodeError:
        if _best_decoding(rest, declared_encoding(rest)) is None:
            return data
    changes.append(Change(NAME, "decode:nul_bytes", f"{nuls} stray NUL byte(s) removed"))
    return rest


def _without_stray_nuls(text: str, changes: list[Change]) -> str:
    """Text input without its NUL characters when they are strays (one in a thousand at most)."""
    nuls = text.count("\x00")
    if not _is_stray(nuls, len(text)):
        return text
    changes.append(Change(NAME, "decode:nul_bytes", f"{nuls} stray NUL character(s) removed"))
    return text.replace("\x00", "")
