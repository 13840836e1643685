"""Text pages of our own words read by the structure stage alone, for the header's tests: a title,
another headline-like line, a paragraph, and the article and changes the stage makes of lines."""

from __future__ import annotations

from cleaner.config import StructureConfig
from cleaner.document import Document, Line
from cleaner.pipeline import assemble
from cleaner.stages import structure

TITLE = "银行理财新规落地影响几何"
OTHER = "小微企业信贷观察"
P1 = "近年来，商业银行持续加大对小微企业的信贷投放力度，贷款余额同比增长百分之十二。"


def recover(*lines, evidence=(), hints=None, config=None):
    """The article and every change of the structure stage over ``lines`` (``hints``: index → Hint)."""
    doc = Document(
        raw="",
        lines=tuple(Line(text, (hints or {}).get(i)) for i, text in enumerate(lines)),
        evidence=tuple(evidence),
    )
    done = structure.run(doc, config or StructureConfig())
    return assemble(done), list(done.changes)


def removed(changes):
    return [(c.reason, c.text) for c in changes if c.is_removal]


def cleaned_twice(page: str | bytes):
    """The article ``clean`` makes of ``page``, checked to be the one a second run makes of its text."""
    from cleaner import clean

    article = clean(page)
    assert clean(article.text).text == article.text
    return article
