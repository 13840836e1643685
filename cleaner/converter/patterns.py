"""The pieces the compiled converter is built from: OpenCC's maximum matching in plain Python
(for dictionary keys, at build time), tries of keys written as regular expressions, character
classes, and the trigger characters of a step.

Kept apart from ``compiled`` so that each module reads in one sitting; none of this runs per text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .tables import Group, Table


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
