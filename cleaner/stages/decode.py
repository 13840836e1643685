"""decode: bytes to text.

Order of evidence: a byte-order mark; strict UTF-8 (by far the most common, and it almost never
decodes by accident); then GB18030 and Big5, the encodings Chinese pages are written in. Big5 bytes
often also decode as GB18030 (the byte ranges overlap), so when both fit, the decoding that reads as
more common characters wins (网贷 in GB18030 bytes reads as 厙湃 in Big5): charset-normalizer guesses
wrong on short texts. Anything else goes to charset-normalizer.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import replace
from functools import cache

import charset_normalizer

from ..article import Change
from ..config import DecodeConfig
from ..document import Document, lines_of
from ..errors import InputError
from ..han import count_in, han_count
from ..lexicon import common_hanzi
from ..measures import nonblank_chars

NAME = "decode"
REASONS = ("decode:lone_surrogate",)
SURROGATE_RE = re.compile("[\ud800-\udfff]")
SUMMARY = "bytes to text: BOM, UTF-8, GB18030, Big5, else charset-normalizer; refuses binary"

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
CHINESE_ENCODINGS = ("gb18030", "big5", "cp950")
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
_DELETE_CONTROLS = dict.fromkeys(c for c in range(32) if chr(c) not in "\t\n\r\f")


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)`` or raise ``InputError`` saying why the bytes are not text.

    >>> decode_bytes("网贷".encode("gb18030"))
    ('网贷', 'gb18030')
    """
    if not data.strip():
        raise InputError("input:empty", "empty input")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding)), encoding
            except UnicodeDecodeError as exc:
                raise InputError(
                    "input:undecodable",
                    f"starts with a {encoding} byte-order mark but is not {encoding}: bad byte at offset {exc.start}",
                ) from exc
    for signature, what in BINARY_SIGNATURES:
        if data.startswith(signature):
            raise InputError("input:binary", f"binary input ({what}), not text")
    if b"\x00" in data:
        raise InputError("input:binary", "binary input (contains NUL bytes), not text")
    try:
        return _checked(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    decodings = {enc: text for enc in CHINESE_ENCODINGS if (text := _decoded(data, enc))}
    if decodings:
        best = max(decodings, key=lambda enc: common_share(decodings[enc]))  # ties: first listed
        return _checked(decodings[best]), best
    guess = charset_normalizer.from_bytes(data).best()
    if guess is None:
        raise InputError("input:undecodable", "cannot decode: not UTF-8, GB18030 or Big5, and no other encoding fits")
    return _checked(str(guess)), guess.encoding


def _decoded(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


@cache
def _delete_common() -> dict[int, None]:
    return dict.fromkeys(map(ord, common_hanzi()))


def common_share(text: str) -> float:
    """The share of Chinese characters in ``text`` that are common ones; 0 when there are none."""
    han = han_count(text)
    return count_in(text, _delete_common()) / han if han else 0.0


def _checked(text: str) -> str:
    """Refuse text that decoded but is mostly control characters: a binary file in disguise."""
    if not text.strip():
        raise InputError("input:empty", "empty input")
    if "\x00" in text:
        raise InputError("input:binary", "binary input (contains NUL characters), not text")
    controls = len(text) - len(text.translate(_DELETE_CONTROLS))
    if controls > MAX_CONTROL_RATIO * len(text):
        raise InputError("input:binary", "binary input (mostly control characters), not text")
    return text


def run(doc: Document, settings: DecodeConfig) -> Document:
    changes: list[Change] = []
    if isinstance(doc.raw, str):
        # Already text: nothing to decode, but the same emptiness and binary checks apply.
        data, encoding = doc.raw.encode("utf-8", "surrogatepass"), None
        text = _checked(_without_surrogates(doc.raw, changes))
    else:
        data = doc.raw
        if len(data) > settings.max_bytes:
            raise InputError(
                "input:too_large",
                f"input is {len(data):,} bytes, over the limit of {settings.max_bytes:,} "
                "(set [decode] max_bytes to raise it)",
            )
        text, encoding = decode_bytes(data)
    source = replace(doc.source, encoding=encoding, sha256=hashlib.sha256(data).hexdigest())
    return replace(
        doc, source=source, lines=lines_of(text), changes=doc.changes + tuple(changes),
        input_chars=nonblank_chars(text),
    )


def _without_surrogates(text: str, changes: list[Change]) -> str:
    """Lone surrogates (``\\ud800``) cannot be written as UTF-8: each becomes U+FFFD, recorded."""
    if not SURROGATE_RE.search(text):
        return text
    found = SURROGATE_RE.findall(text)
    changes.append(Change(NAME, "decode:lone_surrogate", f"{len(found)} lone surrogate(s)", "\ufffd"))
    return SURROGATE_RE.sub("\ufffd", text)
