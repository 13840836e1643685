"""unicode: repair Unicode without touching Chinese punctuation.

ftfy runs only on lines it judges bad (``ftfy.badness.is_bad``), with a configuration safe for
Chinese: ``fix_character_width=False`` (its default folds ``，`` to ``,`` and ``（`` to ``(``, the
very damage we repair later), ``uncurl_quotes=False`` (Chinese uses “” as its quotes) and
``unescape_html=False`` (entities are the junk stage's job, with evidence). Zero-width and control
characters are removed everywhere; U+3000 and full-width punctuation are kept.

Before ftfy, mojibake it cannot mend is repaired (``mojibake``): GBK bytes read as Latin-1
(``ÐÂÎÅ`` → 新闻) and UTF-8 read as GBK (``鍗佸ぇ`` → 十大), only where the bytes read back as clearly
Chinese. A text that still looks like mojibake afterwards gets the ``mojibake`` warning.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from types import ModuleType

from ..article import Change
from ..config import UnicodeConfig
from ..document import Document
from . import mojibake

MOJIBAKE_REPAIRS = (
    (mojibake.repair_gbk_as_latin, "unicode:mojibake_gbk"),
    (mojibake.repair_utf8_as_gbk, "unicode:mojibake_utf8"),
)

NAME = "unicode"
REASONS = (
    "unicode:ftfy", "unicode:invisible_char", "unicode:nfc", "unicode:mojibake_gbk", "unicode:mojibake_utf8",
    "unicode:lost_char",
)  # fmt: skip
SUMMARY = "ftfy (Chinese-safe settings) on bad lines, NFC, drop zero-width and control characters and lost leads"

# Every pattern of ftfy's badness test needs a character outside these: ASCII, CJK punctuation,
# ideographs, full-width forms, and ·—‘’“”… (which occur in its classes, but no sequence of them with
# the others is bad: checked over all triples). A clean Chinese line is thus judged in one C-speed
# search instead of ftfy's long expression; tests/test_unicode.py holds the check.
MAYBE_BAD_RE = re.compile("[^\x00-\x7f\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef·—‘’“”…]")


@cache
def _ftfy() -> ModuleType:
    """ftfy, imported when the first line is repaired: it is a tenth of a second of ``import cleaner``."""
    import ftfy
    import ftfy.badness
    import ftfy.chardata

    return ftfy


@cache
def chinese_safe_ftfy() -> object:
    """ftfy's configuration for Chinese (see the module's docstring)."""
    return _ftfy().TextFixerConfig(
        unescape_html=False, fix_character_width=False, uncurl_quotes=False, normalization="NFC", explain=False
    )


@cache
def invisible_chars() -> dict[int, None]:
    """ftfy's own control-character table (it keeps joiners for emoji), plus the invisible characters
    that scraped Chinese pages carry inside words and that break search and tokenisation."""
    return {
        **_ftfy().chardata.CONTROL_CHARS,
        **dict.fromkeys(range(0x80, 0xA0)),  # C1 controls left over after ftfy
        0x00AD: None,  # soft hyphen
        0x200B: None,  # zero-width space
        0x200C: None,  # zero-width non-joiner
        0x200D: None,  # zero-width joiner
        0x2060: None,  # word joiner
        0xFEFF: None,  # BOM / zero-width no-break space inside text
    }


@cache
def _invisible_re() -> re.Pattern[str]:
    # Most lines hold none of them: a search (no copy of the line) decides whether to translate.
    return re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(invisible_chars())) + "]")


# ftfy's badness patterns name no ideograph and no CJK or full-width mark: such a character stands
# in them only where any ``\w``, ``[^A-Za-z]`` or ``.`` may, and never two in a row. One 中 matches
# wherever any of them does, so a run of them written as one 中 leaves every bad sequence bad; ftfy
# then reads a third of the characters (a line with pinyin notes goes to it, tone marks are Latin).
# (U+3000 is a space, ``\s`` to ftfy, and ·—‘’“”… are in its classes: they are not in the runs.)
SAFE_RUN_RE = re.compile("[\u3001-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]+")


# ``??中房网讯…``, ``??? 新华社…电``, ``?后退``: a paragraph's indent (full-width spaces) or a link's
# arrow written out in an encoding that has no such character, each one a ``?``. Chinese text asks
# with ``？``: ASCII question marks opening a line, right before Han text or an opening bracket, are
# characters lost.
LOST_LEAD_RE = re.compile(r"^\?{1,4}[ \t\u3000]*(?=[\u4e00-\u9fff【（(“「《])")


def _maybe_bad(line: str) -> bool:
    """False only when ``ftfy.badness.is_bad(line)`` is False; cheaper on Chinese lines."""
    return _ftfy().badness.is_bad(SAFE_RUN_RE.sub("中", line))


def repair_line(line: str) -> tuple[str, str | None]:
    """Fix one line with ftfy if it is bad; return the line and the fixes applied (or None).

    >>> repair_line("收益 Ã©")
    ('收益 é', 'unicode:ftfy')
    """
    if not MAYBE_BAD_RE.search(line) or not _maybe_bad(line) or not _ftfy().badness.is_bad(line):
        return line, None
    fixed = _ftfy().fix_text(line, config=chinese_safe_ftfy())
    if fixed == line:
        return line, None
    return fixed, "unicode:ftfy"


def run(doc: Document, settings: UnicodeConfig) -> Document:
    changes: list[Change] = []
    texts = doc.texts
    invisible, invisible_re = invisible_chars(), _invisible_re()
    for index, line in enumerate(texts):
        if line[:1] == "?" and (lost := LOST_LEAD_RE.match(line)):
            changes.append(Change(NAME, "unicode:lost_char", lost.group(0)))
            line = line[lost.end() :]
        line = _without_mojibake(line, changes if doc.record_replacements else None)
        fixed, reason = repair_line(line) if settings.use_ftfy else (line, None)
        if reason and doc.record_replacements:
            changes.append(Change(NAME, reason, line, fixed))
        visible = fixed.translate(invisible) if invisible_re.search(fixed) else fixed
        if len(visible) != len(fixed):
            removed = "".join(ch for ch in fixed if ord(ch) in invisible)
            changes.append(Change(NAME, "unicode:invisible_char", removed))
        if not unicodedata.is_normalized("NFC", visible):
            normalized = unicodedata.normalize("NFC", visible)
            if doc.record_replacements:
                changes.append(Change(NAME, "unicode:nfc", visible, normalized))
            visible = normalized
        texts[index] = visible
    doc = doc.with_texts(texts, changes).map_evidence(_repaired)
    return doc.warned("mojibake") if mojibake.looks_mojibake(doc.text) else doc


def _without_mojibake(line: str, changes: list[Change] | None) -> str:
    if not line.isascii():
        for repair, reason in MOJIBAKE_REPAIRS:
            fixed = repair(line)
            if fixed != line:
                if changes is not None:
                    changes.append(Change(NAME, reason, line, fixed))
                line = fixed
    return line


def _repaired(value: str) -> str:
    value = _without_mojibake(value, None)
    fixed, _ = repair_line(value)
    return unicodedata.normalize("NFC", fixed.translate(invisible_chars()))
