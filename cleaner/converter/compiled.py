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
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .tables import ChainSpec, Group, Table

PRIVATE_USE = (0xE000, 0xF7FF)  # tokens, then marks (U+F800–U+F8FF: KeepingConverter's holds)
ASTRAL_PRIVATE_USE = (0xF0000, 0xFFFFD)  # used instead when the Basic plane's share is too small
SPECIAL_RE = re.compile("[\ue000-\uf7ff\U00010000-\U0010ffff]")  # our private use, or beyond the Basic plane
ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")
FOLD_SINGLES = 64  # a step with at most this many single characters matches them in its regex


def forward_max_match(group: Group, text: str, longest: int = 0) -> str:
    """OpenCC's conversion of one segment: at each place the longest key of the first table that
    matches, else the character itself. Plain Python, used at build time on dictionary keys.

    >>> forward_max_match(({"干净": "干净"}, {"乾": "干", "淨": "净"}), "乾淨乾")
    '干净干'
    """
    longest = longest or max((len(key) for table in group for key in table), default=1)
    out: list[str] = []
    at, end = 0, len(text)
    while at < end:
        for table in group:
            for length in range(min(longest, end - at), 0, -1):
                value = table.get(text[at : at + length])
                if value is not None:
                    out.append(value)
                    at += length
                    break
            else:
                continue
            break
        else:
            out.append(text[at])
            at += 1
    return "".join(out)


def trie_pattern(keys: Iterable[str]) -> str:
    """A regex matching the longest of ``keys`` at a place, as a trie (shared prefixes once).

    >>> re.fullmatch(trie_pattern(["干", "干净", "干净利落"]), "干净利落") is not None
    True
    >>> re.match(trie_pattern(["干", "干净", "干净利落"]), "干净利索")[0]
    '干净'
    """
    return "(?:" + "|".join(trie_branches(keys)) + ")"


def trie_branches(keys: Iterable[str], counts: bool = False) -> list:
    """The alternatives of ``trie_pattern``, one per first character. Each starts with a literal,
    so that ``re`` can skip to the places where one of these characters stands. With ``counts``:
    (first character, alternative, weight), the weight being how many keys it holds (a single character
    counts as a hundred: it is a conversion that happens wherever the character stands)."""
    root: dict = {}
    weight: dict[str, int] = {}
    for key in keys:
        node = root
        for char in key:
            node = node.setdefault(char, {})
        node[""] = {}
        weight[key[0]] = weight.get(key[0], 0) + (100 if len(key) == 1 else 1)
    branches = [(char, re.escape(char) + _node_pattern(child), weight[char]) for char, child in root.items()]
    return branches if counts else [branch for _, branch, _ in branches]


def _node_pattern(node: dict) -> str:
    leaves = [char for char, child in node.items() if char and list(child) == [""]]
    branches = [re.escape(c) + _node_pattern(child) for c, child in node.items() if c and list(child) != [""]]
    if leaves:
        branches.append(re.escape(leaves[0]) if len(leaves) == 1 else "[" + "".join(map(re.escape, leaves)) + "]")
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if "" in node else "")


def match_order(group: Group, singles: bool = False) -> list[list[str]]:
    """The keys a regex must try, per table in group order: keys of two characters or more, and a
    table's single characters too when a later table has longer keys (the first table to match
    answers, even with one character) or when ``singles``."""
    order: list[list[str]] = []
    for index, table in enumerate(group):
        if singles or any(_parts(later)[0] for later in group[index + 1 :]):
            order.append(list(table))
        else:
            order.append(_parts(table)[0])
    return order


_PARTS: dict[int, tuple[Table, list[str], dict[str, str]]] = {}  # the table is kept, so its id stays its own


def _parts(table: Table) -> tuple[list[str], dict[str, str]]:
    """(keys of two characters or more, single-character keys → values) of a table, once."""
    if id(table) not in _PARTS:
        longer = [key for key in table if len(key) > 1]
        _PARTS[id(table)] = (table, longer, {key: value for key, value in table.items() if len(key) == 1})
    return _PARTS[id(table)][1], _PARTS[id(table)][2]


def group_pattern(order: list[list[str]]) -> re.Pattern[str] | None:
    """One capturing alternation of the tries of ``order``, flat.

    ``re`` tries alternatives one by one, so the order is the speed: alternatives that start with
    the same character keep the tables' order (the first table answers), and characters that start
    many keys, likely common ones, and single-character keys come first.
    """
    by_first: dict[str, list[str]] = {}
    weight: dict[str, int] = {}
    for keys in order:
        for first, branch, key_count in trie_branches(keys, counts=True):
            by_first.setdefault(first, []).append(branch)
            weight[first] = weight.get(first, 0) + key_count
    firsts = sorted(by_first, key=lambda char: -weight[char])
    branches = [branch for char in firsts for branch in by_first[char]]
    return re.compile("(" + "|".join(branches) + ")") if branches else None


def char_class(codes: Iterable[int]) -> str:
    """A regex character class of code points, written as ranges (a long list of astral
    characters would be tried one by one).

    >>> char_class([0x4E00, 0x4E01, 0x4E02, 0x4E05])
    '[一-丂丅]'
    """
    ranges: list[list[int]] = []
    for code in sorted(set(codes)):
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    parts = (re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)
    return "[" + "".join(parts) + "]"


def first_value(group: Group, key: str) -> str:
    return next(table[key] for table in group if key in table)


def single_chars(group: Group) -> dict[str, str]:
    """Each single-character key → the value of the first table that has it."""
    chars: dict[str, str] = {}
    for table in reversed(group):
        chars.update(_parts(table)[1])
    return chars


_IDENTITY = [chr(code) for code in range(0x10000)]


class DenseTable:
    """A ``str.translate`` table as a list over the Basic plane (fast) and as a dict (any text)."""

    def __init__(self, mapping: Mapping[int, str]) -> None:
        self.mapping = dict(mapping)
        basic = _IDENTITY.copy()
        for code, value in self.mapping.items():
            if code < 0x10000:
                basic[code] = value
        self.basic = basic
        self.astral = any(code >= 0x10000 for code in self.mapping)

    def __bool__(self) -> bool:
        return bool(self.mapping)

    def translate(self, text: str, basic_only: bool) -> str:
        return text.translate(self.basic if basic_only or not self.astral else self.mapping)


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


def trigger_chars(keys: Iterable[str], most: int = 128) -> set[str] | None:
    """A few characters such that every key holds one: its single-character keys, then for the
    phrases left the character that most of them share. None if that takes more than ``most``.
    Any such set gives the same output; rarer characters give fewer windows, so faster.

    A step with few single characters (Taiwan's and Hong Kong's variants) has phrases that mostly
    hold one of them: the text between them needs no regex at all.

    >>> sorted(trigger_chars(["著", "著作", "一家三口", "一家五口"]))
    ['口', '著']
    """
    keys = list(keys)
    found = {key for key in keys if len(key) == 1}
    left = [key for key in keys if not found.intersection(key)]
    while left:
        if len(found) >= most:
            return None
        shared: dict[str, list[int]] = {}  # char → [keys holding it, keys ending with it]
        for key in left:
            for char in set(key):
                shared.setdefault(char, [0, 0])[0] += 1
            shared[key[-1]][1] += 1
        # Ties go to a last character: phrases tend to start with common ones (一, 不, 大).
        best = max(sorted(shared), key=lambda char: shared[char])
        found.add(best)
        left = [key for key in left if best not in key]
    return found


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
