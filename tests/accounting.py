"""Checks that an article is sound and that its changes explain it, shared by the property tests,
the hostile-input tests and the fuzz harness.

* ``check_article``: every string is valid Unicode that UTF-8 can encode, the JSON fits the schema.
* ``invented_chars``: characters of the output found neither in the input nor in a recorded
  replacement (text the cleaner made up).
* ``unaccounted_lines``: input lines that are neither in the output nor explained by the changes of
  ``clean_and_explain`` (text that disappeared without a record).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache

from cleaner.article import Article, Change, json_schema
from cleaner.document import LINE_BREAK_RE

BLANK_RE = re.compile(r"\s+")
TAG_RE = re.compile(r"<[^<>]*>")


@cache
def _validator():
    import jsonschema

    schema = json_schema()
    return jsonschema.validators.validator_for(schema)(schema)


def strings_of(value: object) -> Iterable[str]:
    """Every string inside a JSON-like value, keys included."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from strings_of(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from strings_of(item)


def check_article(article: Article) -> dict:
    """The article's JSON as data, after checking it is encodable and schema-valid."""
    assert isinstance(article, Article), type(article)
    data = article.to_dict()
    for text in strings_of(data):
        text.encode("utf-8")  # strict: a lone surrogate raises here
    encoded = article.to_json().encode("utf-8")
    assert json.loads(encoded) == data
    errors = sorted(_validator().iter_errors(data), key=str)
    assert not errors, errors[0]
    return data


def output_strings(article: Article) -> list[str]:
    """What the article says: its text and every field that holds text read from the page."""
    out = [article.text, *article.authors, *article.keywords]
    out += [
        value for value in (
            article.title, article.author, article.byline, article.published_at, article.source_name,
            article.site_name, article.category, article.editor, article.description, article.url,
        ) if value
    ]
    if article.views is not None:
        out.append(str(article.views))
    return out


def invented_chars(input_text: str, article: Article, changes: list[Change]) -> set[str]:
    """Non-blank characters of the article's text that come from neither the input nor a change."""
    allowed = set(input_text)
    for change in changes:
        if change.replacement is not None:
            allowed.update(change.replacement)
    return {ch for ch in article.text if not ch.isspace() and ch not in allowed}


def _squeeze(text: str) -> str:
    return BLANK_RE.sub("", text)


def unaccounted_lines(input_text: str, article: Article, changes: list[Change]) -> list[str]:
    """Input lines (blanks ignored) that neither reach the output nor are explained by a change.

    A line is explained when, with every change that applies to it replayed in stage order, what is
    left is in the output (or nothing). Also, known text starts as the output and every removal, and
    replacements are walked from the last stage back: one whose result is known makes its original
    known too. Removals of a piece of a line (a pinyin note, an invisible character, inline tags)
    are taken out before a line is looked up.
    """
    known = [_squeeze(s) for s in output_strings(article)]
    known += [_squeeze(c.text) for c in changes if c.is_removal]
    pieces = {c.text for c in changes if c.is_removal and c.text and "\n" not in c.text}
    for change in changes:  # removals recorded as a run of pieces that were apart in the line
        if change.reason == "unicode:invisible_char":
            pieces.update(change.text)
        elif change.reason == "junk:inline_tag":
            pieces.update(TAG_RE.findall(change.text))
    pieces = sorted(pieces, key=len, reverse=True)

    def without_pieces(text: str) -> str:
        for piece in pieces:
            text = text.replace(piece, "")
        return _squeeze(text)

    def replayed(text: str) -> str:
        """``text`` with every change that applies to it made, in stage order."""
        for change in changes:
            if change.text and change.text in text:
                text = text.replace(change.text, change.replacement or "")
        return _squeeze(text)

    def is_known(text: str) -> bool:
        for candidate in (_squeeze(text), without_pieces(text), replayed(text)):
            if not candidate or any(candidate in k for k in known):
                return True
        return False

    for change in reversed(changes):
        if change.replacement is not None and is_known(change.replacement):
            known.append(_squeeze(change.text))
    return [line for line in LINE_BREAK_RE.split(input_text) if not is_known(line)]
