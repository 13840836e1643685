"""OpenCC's algorithm, compiled to regular expressions and translation tables.

OpenCC converts in two moves. It *segments* the text once with a dictionary (maximum forward
matching: at each place the longest key, else one character; characters no key starts are gathered
into one run), then puts every segment through each *conversion step* in turn; a step again matches
longest-first, but only inside the segment. A group of dictionaries answers with the first member
that matches at all (``short_circuit``).

Done character by character in Python that is slow; here every step is a C pass over the whole text:

1. Segmentation: one regex alternation (a trie, longest first, members in group order) of the
   segmentation keys of two characters or more. Each segment found is replaced by one private-use
   *token* character; its output through the whole chain is computed once, at build time.
2. Each conversion step: a regex of its keys of two characters or more (``re.sub`` with a dict
   lookup), then ``str.translate`` for single characters. A phrase's output must not be translated
   again by the same step, so the characters of it that the step's table would change are written as
   private-use *marks*, which the same ``translate`` call turns back into themselves. A step with
   few single characters (Taiwan's and Hong Kong's variants) matches them in its regex instead,
   and only in windows around the few *trigger* characters that every one of its keys holds.
3. The last step's table also turns tokens into their segments' outputs.

Tokens keep steps from matching across a segment's edge, as OpenCC does. A step whose phrases are all
segmentation keys cannot match between segments at all, so its regex is left out (``t2s``: one regex
pass and one ``translate``). Translation tables are lists indexed by code point (twice as fast as a
dict), with a dict beside them for text beyond the Basic Multilingual Plane. Text that itself holds
the private-use characters in use takes an exact path that splits on matches instead.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass

from ..dense import ASTRAL_RE, DenseTable
from .patterns import (
    char_class,
    first_value,
    forward_max_match,
    group_pattern,
    match_order,
    single_chars,
    trigger_chars,
)
from .tables import ChainSpec, Group

PRIVATE_USE = (0xE000, 0xF7FF)  # tokens, then marks (U+F800–U+F8FF: KeepingConverter's holds)
ASTRAL_PRIVATE_USE = (0xF0000, 0xFFFFD)  # used instead when the Basic plane's share is too small
SPECIAL_RE = re.compile("[\ue000-\uf7ff\U00010000-\U0010ffff]")  # our private use, or beyond the Basic plane
FOLD_SINGLES = 64  # a step with at most this many single characters matches them in its regex


@dataclass(frozen=True)
class Step:
    """One conversion step, compiled: ``pattern`` (or None) whose matches become ``outputs`` (with
    marks; ``plain``: as OpenCC writes them), then ``table`` for single characters, marks and, in
    the last step, tokens. ``chars`` is the single-character table alone, for the exact path."""

    pattern: re.Pattern[str] | None
    outputs: Mapping[str, str]
    plain: Mapping[str, str]
    table: DenseTable | None
    chars: Mapping[int, str]
    triggers: re.Pattern[str] | None = None  # every key holds one of these characters
    reach: int = 0  # how far from a trigger a window reaches: the longest key's length less one
    then: Step | None = None  # the next step, whose regex runs in this step's windows only
    done_before: bool = False  # this step's regex ran in the previous step's windows

    def apply(self, text: str, basic_only: bool) -> str:
        if self.pattern is not None and not self.done_before:
            outputs = self.outputs
            replace = lambda match: outputs[match[0]]  # noqa: E731
            if self.triggers is None:
                text = self.pattern.sub(replace, text)
            else:
                text = "".join(piece if plain else self._in_window(piece) for plain, piece in self._windows(text))
        return self.table.translate(text, basic_only) if self.table else text

    def _in_window(self, piece: str) -> str:
        outputs = self.outputs
        piece = self.pattern.sub(lambda match: outputs[match[0]], piece)
        if self.then is not None:
            then = self.then.outputs
            piece = self.then.pattern.sub(lambda match: then[match[0]], piece)
        return piece

    def _windows(self, text: str):
        """``text`` cut into (True, stretch no key can touch) and (False, window) pieces.

        Every key holds a trigger character, so a key found in the text lies within ``reach`` of a
        trigger; the stretches between windows are stepped over by maximum matching one
        character at a time, so matching each window alone gives what matching the whole would.
        """
        reach, done, start, end = self.reach, 0, 0, -1
        for match in self.triggers.finditer(text):
            low, high = max(match.start() - reach, 0), match.start() + reach + 1
            if low < end:
                end = high
                continue
            if end > start:
                yield True, text[done:start]
                yield False, text[start:end]
                done = end
            start, end = low, high
        if end > start:
            yield True, text[done:start]
            yield False, text[start:end]
            done = end
        yield True, text[done:]

    def apply_exact(self, text: str) -> str:
        if self.pattern is None:
            return text.translate(self.chars)
        parts = self.pattern.split(text)
        parts[0::2] = [part.translate(self.chars) for part in parts[0::2]]
        parts[1::2] = [self.plain[part] for part in parts[1::2]]
        return "".join(parts)


def compile_step(
    group: Group, private: list[int], skip_pattern: bool, extra: Mapping[int, str], dense: bool = True
) -> Step:
    """A step of ``group``; ``private`` hands out private-use code points for marks (``pop``);
    ``extra`` is added to the translation table (the tokens, in the last step); ``dense``: build
    the fast table (not needed where only ``apply_exact`` runs)."""
    chars = {ord(char): value for char, value in single_chars(group).items() if value != char}
    fold = 0 < len(chars) <= FOLD_SINGLES and not extra
    order = [] if skip_pattern else match_order(group, singles=fold)
    plain = {key: first_value(group, key) for keys in order for key in keys if len(key) > 1 or fold}
    marks: dict[str, str] = {}

    def mark(char: str) -> str:
        if char not in marks:
            marks[char] = chr(private.pop())
        return marks[char]

    if fold:
        outputs = plain  # nothing is translated after the regex: no marks needed
        table = dict(extra)
    else:
        outputs = {key: "".join(mark(c) if ord(c) in chars else c for c in value) for key, value in plain.items()}
        table = {**chars, **{ord(m): char for char, m in marks.items()}, **extra}
    pattern = group_pattern(order)
    triggers = trigger_chars(plain) if fold else None
    return Step(
        pattern, outputs, plain, DenseTable(table) if table and dense else None, chars,
        re.compile(char_class(map(ord, triggers))) if triggers else None,
        max(map(len, plain), default=1) - 1,
    )


class CompiledConverter:
    """An OpenCC config compiled; ``convert`` gives what OpenCC gives.

    >>> from cleaner.converter.tables import chain_spec
    >>> CompiledConverter(chain_spec("t2s"), {}).convert("乾淨的資產負債表")
    '干净的资产负债表'
    """

    def __init__(self, spec: ChainSpec, traditional_only: Mapping[str, str]) -> None:
        self.name = spec.name
        self.traditional_only = traditional_only
        self._normalize = [compile_step(group, [], True, {}, dense=False) for group in spec.normalization]
        self._normal_keys = [re.compile(char_class(step.chars)) if step.chars else None for step in self._normalize]
        order = match_order(spec.segmentation)
        keys = list(dict.fromkeys(key for table_keys in order for key in table_keys))
        self._segment = group_pattern(order)
        outputs = {key: key for key in keys}
        for group in spec.steps:
            longest = max((len(key) for table in group for key in table), default=1)
            outputs = {key: forward_max_match(group, value, longest) for key, value in outputs.items()}
        self._segment_outputs = outputs

        try:
            steps = self._compile_steps(spec, keys, PRIVATE_USE)
        except IndexError:  # more tokens and marks than the Basic plane's share: use plane 15
            steps = self._compile_steps(spec, keys, ASTRAL_PRIVATE_USE)
        self._steps = steps
        # One-character segments are not in the regex: harmless unless a step could match across one.
        isolated = sorted(set(single_chars(spec.segmentation)) - set(keys))
        self._fast = not isolated or (len(steps) == 1 and steps[0].pattern is None)
        self._splitter = self._segment
        if not self._fast:  # every segment, one-character ones too, split off for the exact path
            alternatives = [self._segment.pattern[1:-1]] if self._segment is not None else []
            alternatives.append(char_class(map(ord, isolated)))
            self._splitter = re.compile("(" + "|".join(alternatives) + ")")

    def _compile_steps(self, spec: ChainSpec, keys: list[str], private_use: tuple[int, int]) -> list[Step]:
        low, high = private_use
        if len(keys) > high - low:
            raise IndexError("too many segmentation keys for the private-use range")
        self._tokens = {key: chr(low + number) for number, key in enumerate(keys)}
        self._private_re = re.compile(f"[{chr(low)}-{chr(high)}]")
        private = list(range(high, low + len(keys) - 1, -1))  # pop() hands out the lowest first
        first_keys = {key for table_keys in match_order(spec.steps[0]) for key in table_keys}
        steps: list[Step] = []
        for index, group in enumerate(spec.steps):
            last = index == len(spec.steps) - 1
            extra = {ord(token): self._segment_outputs[key] for key, token in self._tokens.items()} if last else {}
            steps.append(compile_step(group, private, index == 0 and first_keys <= set(keys), extra))
        # A step whose keys are all segmentation keys finds nothing between segments that an earlier
        # step did not write: after a windowed step with no table, it runs in that step's windows,
        # widened by its own reach.
        for index in range(1, len(steps)):
            before, step = steps[index - 1], steps[index]
            step_keys = {key for table_keys in match_order(spec.steps[index]) for key in table_keys}
            if before.triggers is not None and before.table is None and step.pattern and step_keys <= set(keys):
                steps[index - 1] = dataclasses.replace(before, then=step, reach=before.reach + step.reach)
                steps[index] = dataclasses.replace(step, done_before=True)
        return steps

    def convert(self, text: str) -> str:
        if not text:
            return text
        for step, keys in zip(self._normalize, self._normal_keys, strict=True):
            if keys is not None and keys.search(text):
                text = step.apply_exact(text)
        special = SPECIAL_RE.search(text) is not None
        basic_only = not special or ASTRAL_RE.search(text) is None
        if not self._fast or (special and self._private_re.search(text)):
            return self._convert_exact(text)
        if self._segment is not None:
            tokens = self._tokens
            text = self._segment.sub(lambda match: tokens[match[0]], text)
        for step in self._steps:
            text = step.apply(text, basic_only)
        return text

    def _convert_exact(self, text: str) -> str:
        """The same result without tokens or marks: split at each segment and match, in Python."""
        parts = self._splitter.split(text) if self._splitter is not None else [text]
        out = []
        for number, part in enumerate(parts):
            if number % 2 and part in self._segment_outputs:
                out.append(self._segment_outputs[part])
                continue
            for step in self._steps:
                part = step.apply_exact(part)
            out.append(part)
        return "".join(out)
