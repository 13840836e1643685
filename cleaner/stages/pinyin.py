"""pinyin: strip reading notes such as ``網(wǎng)貸`` → ``網貸``.

Content farms also inject labelled aids, in any bracket: ``什(pinyin:shén)么``, ``就[拼音:jiù]``,
``期{读:qī}``, ``是【shì】``, a syllable run into the text (``现xiàn 金``, only with its tone mark), and
the Traditional form of a character (``价[繁:價]``, kept only when it is not that character's form).

A bracketed syllable after a Chinese character is removed only when it is a reading of that very
character in pypinyin's dictionary (looked up directly, one dictionary read per note). So
``收益率(r)``, ``值(gdp)``, ``(600519)`` and ``天空实验室(skylab)`` stay. Tone-marked (``wǎng``) and
tone-numbered (``wang3``) notes are evidence enough on their own; toneless ones (``烟(yan)``) only
when the document has several, so an author's single ``没(mo)`` survives.
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from ..article import Change
from ..config import PinyinConfig
from ..converter import get_converter
from ..document import Document
from ..han import HAN_CLASS

NAME = "pinyin"
REASONS = ("pinyin:note", "pinyin:script_note")
SUMMARY = "strip reading notes 網(wǎng), 就[拼音:jiù] and script notes 价[繁:價] that read the character before them"

OPENERS = "(（[【{《"
SYLLABLE = r"(?P<syllable>[a-zA-Zü\u00e0-\u01dc\u1e3f\u0144\u0148\u01f9]{1,7}[1-5]?)"
# 網(wǎng), 是【shì】, and a content farm's labelled aids: 什(pinyin:shén), 就[拼音:jiù], 期{读:qī}
NOTE_RE = re.compile(
    f"(?P<char>[{HAN_CLASS}])"
    r"(?P<note>[(（【\[{《](?:(?P<label>pinyin|拼音|读音|讀音|读|讀)\s*[:：]\s*)?" + SYLLABLE + r"\s*[)）】\]}》])"
)
# 现xiàn 金: a tone-marked syllable run into the text between two characters (a mark is required: a
# bare Latin word between characters is left alone)
BARE_NOTE_RE = re.compile(
    f"(?P<char>[{HAN_CLASS}])(?P<note>(?P<syllable>[a-zü]{{0,6}}[\u00e0-\u00fc\u0101-\u01dc][a-zü]{{0,6}}) ?)"
    f"(?=[{HAN_CLASS}])"
)
# 价[繁:價], 变《繁体:變》, 会(繁:會): a character's Traditional form, labelled, after it
SCRIPT_NOTE_RE = re.compile(
    f"(?P<char>[{HAN_CLASS}])(?P<note>[(（【\\[{{《]\\s*(?:繁体字|繁體字|繁体|繁體|繁)\\s*[:：]\\s*(?P<form>[{HAN_CLASS}])\\s*[)）】\\]}}》])"
)
TONE_DIGITS = "12345"
TONE_MARKS = {"\u0304": "1", "\u0301": "2", "\u030c": "3", "\u0300": "4"}


def _strip_tone(syllable: str) -> str:
    """``lǜ`` → ``lü``, ``wǎng`` → ``wang``: only tone marks go; the diaeresis of ü is a letter.

    >>> _strip_tone("lǜ"), _strip_tone("wǎng")
    ('lü', 'wang')
    """
    decomposed = unicodedata.normalize("NFD", syllable)
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in TONE_MARKS))


def _tone_number(syllable: str) -> str:
    for ch in unicodedata.normalize("NFD", syllable):
        if ch in TONE_MARKS:
            return TONE_MARKS[ch]
    return "5"


@cache
def _pinyin_dict() -> dict[int, str]:
    """pypinyin's table of each character's readings, loaded from its module file alone.

    ``import pypinyin`` also loads its phrase tables (about 0.4 s) that we never use, so the one
    module we need is executed by itself, on first use, not at ``import cleaner``.
    """
    spec = importlib.util.find_spec("pypinyin")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("pypinyin is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / "pinyin_dict.py"
    module_spec = importlib.util.spec_from_file_location("cleaner._pypinyin_dict", path)
    assert module_spec is not None and module_spec.loader is not None
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return module.pinyin_dict


@cache
def readings(char: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The character's readings as (tone-marked, toneless, tone-numbered) spellings.

    >>> sorted(readings("網")[0]), sorted(readings("網")[2])
    (['wǎng'], ['wang3'])
    """
    table = _pinyin_dict()
    # 績(jì): pages note a Traditional character with its Simplified form's readings, which the table
    # may list more fully (績 has only jī there, 绩 jì and jī)
    simplified = get_converter("t2s").convert(char)
    forms = {char, simplified} if len(simplified) == 1 else {char}
    marked = frozenset(reading for form in forms for reading in table.get(ord(form), "").split(",")) - {""}
    toneless: set[str] = set()
    numbered: set[str] = set()
    for reading in marked:
        bare = _strip_tone(reading)
        # ü is typed as v or u when a keyboard has no ü.
        spellings = {bare, bare.replace("ü", "v"), bare.replace("ü", "u")}
        toneless |= spellings
        tone = _tone_number(reading)
        numbered |= {spelling + tone for spelling in spellings}
        if tone == "5":
            numbered |= spellings  # a neutral tone is also written without a digit
    return marked, frozenset(toneless), frozenset(numbered)


def note_kind(char: str, syllable: str) -> str | None:
    """``"marked"``, ``"numbered"``, ``"neutral"`` or ``"toneless"`` if ``syllable`` reads ``char``.

    ``neutral``: the character's neutral-tone reading (們 men, 麼 me), which has no mark to show;
    ``toneless``: one of its toned readings written without its mark (烟 yan). None otherwise.

    >>> note_kind("網", "wǎng"), note_kind("烟", "yan"), note_kind("們", "men"), note_kind("率", "r")
    ('marked', 'toneless', 'neutral', None)
    """
    syllable = syllable.lower()
    marked, toneless, numbered = readings(char)
    if syllable in marked:  # a neutral-tone reading (們 men) is written without a mark
        return "marked" if syllable not in toneless else "neutral"
    if syllable[-1] in TONE_DIGITS:
        return "numbered" if syllable in numbered else None
    return "toneless" if syllable in toneless else None


def run(doc: Document, settings: PinyinConfig) -> Document:
    text = doc.text
    if not any(opener in text for opener in OPENERS):
        return doc
    stripped, notes = strip_notes(text, settings.min_toneless_notes, settings.min_marked_notes)
    stripped, forms = strip_script_notes(stripped)
    if not notes and not forms:
        return doc
    changes = [Change(NAME, "pinyin:note", note) for note in notes]
    changes += [Change(NAME, "pinyin:script_note", note) for note in forms]
    return doc.with_text(stripped, changes).map_evidence(lambda value: strip_script_notes(strip_notes(value)[0])[0])


def strip_script_notes(text: str) -> tuple[str, list[str]]:
    """``text`` without the notes that give a character's Traditional form (``价[繁:價]``), and those
    notes; a note whose character does not convert to the one before it stays.

    >>> strip_script_notes("现金价[繁:價]值与保险（繁：值）")
    ('现金价值与保险（繁：值）', ['[繁:價]'])
    """
    if "繁" not in text:
        return text, []
    convert = get_converter("t2s").convert
    return _cut_notes(text, (m for m in SCRIPT_NOTE_RE.finditer(text) if m["char"] in (m["form"], convert(m["form"]))))


def _cut_notes(text: str, notes: Iterable[re.Match[str]]) -> tuple[str, list[str]]:
    """``text`` without each match's ``note`` group (in order, not overlapping), and those notes."""
    cut: list[str] = []
    pieces: list[str] = []
    position = 0
    for match in notes:
        pieces.append(text[position : match.start("note")])
        position = match.end("note")
        cut.append(match["note"])
    pieces.append(text[position:])
    return "".join(pieces), cut


def _labelled(kind: str | None, label: str | None) -> str | None:
    return "marked" if label and kind is not None else kind


def strip_notes(text: str, min_toneless_notes: int = 1, min_marked_notes: int = 1) -> tuple[str, list[str]]:
    """``text`` without its reading notes, and the notes removed.

    Toneless notes go only when ``text`` has at least ``min_toneless_notes`` of them (counting the
    neutral-tone ones); neutral-tone notes (們(men)) also go when it has ``min_marked_notes``
    tone-marked or tone-numbered ones.

    >>> strip_notes("網(wǎng)貸與收益率(r)")
    ('網貸與收益率(r)', ['(wǎng)'])
    """
    # a label (拼音：, 读：) is evidence of its own: a labelled reading goes as a tone-marked one does
    found = [(m, _labelled(note_kind(m["char"], m["syllable"]), m["label"])) for m in NOTE_RE.finditer(text)]
    # one run into the text goes only with its tone mark (现xiàn 金)
    bare = [m for m in BARE_NOTE_RE.finditer(text) if note_kind(m["char"], m["syllable"]) == "marked"]
    found = sorted(found + [(m, "marked") for m in bare], key=lambda pair: pair[0].start())
    toneless_count = sum(1 for _, kind in found if kind in ("toneless", "neutral"))
    marked_count = sum(1 for _, kind in found if kind in ("marked", "numbered"))
    strip_toneless = toneless_count >= min_toneless_notes
    strip_neutral = strip_toneless or marked_count >= min_marked_notes
    goes = {"marked": True, "numbered": True, "toneless": strip_toneless, "neutral": strip_neutral}
    return _cut_notes(text, (match for match, kind in found if goes.get(kind, False)))
