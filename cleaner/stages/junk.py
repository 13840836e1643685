"""junk: leftover HTML in text input — tag soup, inline tags, stray entities, empty bullets, and a
forum's anti-copy noise lines.

A line is only treated as markup when it holds a tag of a real HTML element (``lxml``'s list), so
``市盈率<10倍`` and ``A<B股`` are text. Such lines are parsed with BeautifulSoup (lxml parser), never
taken apart with regular expressions: a line whose text is empty once parsed is tag soup and goes;
otherwise only its tags go. Whole HTML pages are the extract stage's (it runs before this one).
"""

from __future__ import annotations

import html
import re
import warnings
from functools import cache

from ..article import Change
from ..config import ExtractConfig, JunkConfig
from ..document import Document, Line
from .html_page import is_html_page

NAME = "junk"
REASONS = (
    "junk:tag_soup", "junk:inline_tag", "junk:entity",
    "junk:empty_bullet", "junk:empty_markup", "junk:empty_field", "junk:rule", "junk:jammer", "junk:markdown",
)
SUMMARY = (
    "leftover HTML in text lines: tag-soup lines, inline tags, stray entities, empty bullets, empty images and "
    "table cells, rules, jammer lines, Markdown's bold marks"
)

# An opening or closing tag; attributes must have values, so "<B and C>" in prose is not a tag.
TAG_RE = re.compile(
    r"<(/?)([A-Za-z][A-Za-z0-9]{0,15})"
    r"((?:\s+[^\s<>=\"']+\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s<>\"']+))*)\s*/?>"
)


# "> runs at a line's start or between two non-ASCII characters: the tail of <a href="…"> left behind
TAG_REMNANT_RE = re.compile(r'(?:^|(?<=[^\x00-\x7f]))(?:"\s*>)+(?=[^\x00-\x7f])')
# <{股票配资开户}>标题{股票配资开户}>: a spinner template's keyword tags left around a headline (Chinese
# words in braces closed by >, no prose's and no code's)
TEMPLATE_TAG_RE = re.compile(r"<?\{[\u4e00-\u9fff]{2,12}\}>")


@cache
def known_tags() -> frozenset[str]:
    """The names of real HTML elements (lxml's list), loaded when a line first holds a ``<``."""
    from lxml.html import defs

    return frozenset(defs.tags)
ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
WORD_CHAR_RE = re.compile(r"[^\W_]")  # a letter, a digit or an ideograph
# Elements whose content a parser hides (script, ruby notes), reads raw, or keeps out of the body's text
# whatever their tags look like when unclosed: with one of them in a line, the parser is asked.
SPECIAL_CONTENT = frozenset((
    "script", "style", "template", "noscript", "rt", "rp", "textarea", "title", "xmp", "plaintext",
    "iframe", "noembed", "noframes", "object", "applet", "head", "html", "frameset", "frame", "svg",
    "math", "select", "option", "optgroup", "datalist",
))  # fmt: skip
BULLETS = "•●○■□◆◇▪▫◦‣∙·"
BULLETS_AND_BLANKS = BULLETS + " \t\u3000\xa0"
# A forum's anti-copy noise (Discuz's "jammer"): a line of tokens of one to three ASCII characters,
# half holding punctuation, several a letter or digit glued to a mark (``; i3 _6 A% ^9 m/ t/``).
# Words, numbers and formulas (``x = 1 + 2``) have too few such tokens.
ASCII_MARK = r"[!-/:-@\[-`{-~]"  # printable ASCII that is neither letter, digit nor blank
JAMMER_TOKEN_RE = re.compile(r"[!-~]{1,3}")
JAMMER_MIXED_RE = re.compile(rf"[A-Za-z0-9]{ASCII_MARK}|{ASCII_MARK}[A-Za-z0-9]")
JAMMER_MARK_RE = re.compile(ASCII_MARK)
LETTER_DIGIT_RE = re.compile(r"[A-Za-z][0-9]|[0-9][A-Za-z]")
JAMMER_DOMAIN_RE = re.compile(r"[!-~]{0,6}www\d?\.[a-z0-9\-]+\.[a-z]{2,}[!-~]{0,3}")  # Swww2.tvboxnow.com9
MIN_JAMMER_TOKENS = 6
MIN_JAMMER_MIXED = 3
MIN_JAMMER_MARKS = 3  # different marks: a numbered row (1. 2. 3. 4. 5.) repeats one
ASCII_RUN_RE = re.compile(rf"[ -~]{{{2 * MIN_JAMMER_TOKENS - 1},}}")  # six tokens and the blanks between
MAX_JAMMER_CHARS = 200  # the noise comes a short line at a time; a longer ASCII line is code or data


def markup_tags(line: str) -> list[str]:
    """The tags of real HTML elements (and comments) in ``line``, in order.

    >>> markup_tags('<address id="p94fg"><var id="p94fg"></var></address>')
    ['<address id="p94fg">', '<var id="p94fg">', '</var>', '</address>']
    >>> markup_tags("市盈率<10倍, A<B and C>D")
    []
    """
    return [tag for _, tag in _tag_spans(line)]


def _tag_spans(line: str) -> list[tuple[int, str]]:
    """Each tag of a real element and each comment with its offset, in order; a tag inside a
    comment belongs to the comment."""
    comments = html_comments(line)
    inside = [(start, start + len(text)) for start, text in comments]
    found = [
        (m.start(), m.group(0))
        for m in TAG_RE.finditer(line)
        if m.group(2).lower() in known_tags() and not any(a <= m.start() < b for a, b in inside)
    ]
    return sorted(found + comments)


HIDDEN_ELEMENTS = frozenset(("script", "style", "template", "noscript"))  # never shown: cut with their content
LINE_BREAKING_ELEMENTS = frozenset(("br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"))


def cut_tags(line: str) -> tuple[str, str]:
    """``line`` with its tags and comments cut out, and what was cut. Everything else stays as it
    was: a stray ``<`` (``x<y``, ``<?``), an entity (decoded apart, and recorded), the text between
    tags; a ``<script>`` or ``<style>`` goes with its content, as a browser never shows it.

    >>> cut_tags("<b>正文</b>说<?明白了")
    ('正文说<?明白了', '<b></b>')
    >>> cut_tags("正文<script>track()</script>继续")
    ('正文继续', '<script>track()</script>')
    """
    kept: list[str] = []
    cut: list[str] = []
    at = 0
    for start, tag in _tag_spans(line):
        if start < at:
            continue  # inside a hidden element already cut
        kept.append(line[at:start])
        end = start + len(tag)
        name = TAG_RE.match(tag)
        if name and not name.group(1) and name.group(2).lower() in HIDDEN_ELEMENTS:
            close = re.compile(rf"</{name.group(2)}\s*>", re.IGNORECASE).search(line, end)
            end = close.end() if close else end
        cut.append(line[start:end])
        if name and name.group(2).lower() in LINE_BREAKING_ELEMENTS and kept[-1].strip():
            kept.append("\n")  # 蘋果綠葉<br>融創…: a break the page drew, not words run together
        at = end
    return "".join(kept) + line[at:], "".join(cut)


def html_comments(line: str) -> list[tuple[int, str]]:
    """``<!-- … -->`` comments with their offsets. Found with ``str.find`` rather than a lazy
    regex, which would rescan to the end of the line from every unclosed ``<!--``."""
    comments: list[tuple[int, str]] = []
    start = line.find("<!--")
    while start != -1:
        end = line.find("-->", start + 4)
        if end == -1:
            break
        comments.append((start, line[start : end + 3]))
        start = line.find("<!--", end + 3)
    return comments


def visible_text(fragment: str) -> str:
    """The text a browser would show for an HTML fragment (entities decoded)."""
    from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, XMLParsedAsHTMLWarning  # on first use

    # A scraped line is HTML whatever it looks like (an <?xml …?> left in it, a lone URL): bs4's
    # advice to parse it otherwise is for its caller, and must not reach a batch's stderr per line.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        return BeautifulSoup(fragment, "lxml").get_text()


def surely_shown(untagged: str, tags: list[str]) -> bool:
    """Whether a browser surely shows text for a line whose ``tags`` ``cut_tags`` cut, leaving
    ``untagged``: a letter, digit or ideograph with no ``<`` or ``&`` left around it, which no parser
    could take for markup, and no tag of an element whose content a parser hides or moves. Then the
    parser is not asked (importing it is a fifth of a second of a process's start); when unsure it is.

    >>> surely_shown("正文说", ["<b>", "</b>"]), surely_shown("正文", ["<script>"]), surely_shown("&nbsp;", [])
    (True, False, False)
    """
    if "<" in untagged or "&" in untagged or WORD_CHAR_RE.search(untagged) is None:
        return False
    names = (TAG_RE.match(tag) for tag in tags)
    return not any(name and name.group(2).lower() in SPECIAL_CONTENT for name in names)


def is_empty_bullet(line: str) -> bool:
    """A line of bullets with nothing after them: ``•``."""
    return bool(line.strip()) and not line.strip(BULLETS_AND_BLANKS)


# ``![]()`` and ``|``: a Markdown image and table cells whose content the scraper lost, nothing else
EMPTY_MARKUP_RE = re.compile(r"(?:!\[\]\(\)|[|｜])(?:!\[\]\(\)|[|｜ \t\u3000])*")
# ``----------``, ``══════``: a horizontal rule typed out, one mark repeated (with blanks between);
# ``:::``, the access key Taiwan's government sites put before each region (read aloud, never shown)
RULE_RE = re.compile(r"([-=_*—─━═:])(?:[ \t\u3000]*\1){2,}")
EMPTY_OR_RULE_MARKS = frozenset("!|｜-=_*—─━═:")  # what such a line opens with
# ``收件人姓名: | |``: a form's field flattened to text, its label and the empty cells of its input
MAX_FIELD_LABEL_CHARS = 12
EMPTY_FIELD_RE = re.compile(rf"[^\s:：|｜]{{1,{MAX_FIELD_LABEL_CHARS}}}\s*[:：](?:[ \t\u3000]*[|｜])+[ \t\u3000]*")


# **标准答案**: Markdown's bold marks around words (an AI-written page pasted as its source); a line
# opened by ** and closed nowhere lost its closing marks to the line's end. A bold run holds no
# sentence's end but its last, and then its closing marks end the line or come before a mark
# (比如说**公司，…利润。**公司: a name hidden by asterisks, twice); no run of four is two of them (****).
BOLD_RE = re.compile(
    r"(?<!\*)\*\*(?=[^\s*])(?:(?P<words>[^*。！？!?]+?)(?<=[^\s*])\*\*(?!\*)"
    r"|(?P<sentence>[^*。！？!?]+?[。！？!?])\*\*(?=$|[\s，。！？；：、”’）》】,.;:!?)]))"
)
OPEN_BOLD_RE = re.compile(r"^(\s*)\*\*(?=[^\s*])(?!.*\*\*)")
# The page's evidence that it is written in Markdown: a line opened by bold words, closed on the line
# (**要点**, **提示**：…) or a short line with no sentence in it (a heading whose marks were cut).
# Without it, ** stands for hidden characters (**公司, ****) and stays.
MARKDOWN_LINE_RE = re.compile(r"\s*\*\*(?=[^\s*])(?:[^*]+\*\*|[^*。！？!?]{1,40}$)")


def without_bold_marks(line: str) -> str:
    """``line`` without Markdown's ``**`` around its words.

    >>> without_bold_marks("看完这篇**银行信用卡逾期清收方案**，你有啥疑问"), without_bold_marks("**标题")
    ('看完这篇银行信用卡逾期清收方案，你有啥疑问', '标题')
    >>> without_bold_marks("2**10 = 1024")
    '2**10 = 1024'
    """
    return OPEN_BOLD_RE.sub(r"\1", BOLD_RE.sub(lambda bold: bold["words"] or bold["sentence"], line))


def _written_in_markdown(lines: tuple[Line, ...]) -> bool:
    """The page's evidence that ``**`` are Markdown's bold marks (see ``MARKDOWN_LINE_RE``)."""
    return any("**" in line.text and MARKDOWN_LINE_RE.match(line.text) for line in lines)


def is_empty_markup(line: str) -> bool:
    """A line of empty Markdown images and table bars only: ``![]() |``, ``||``."""
    return EMPTY_MARKUP_RE.fullmatch(line.strip()) is not None


def is_empty_field(line: str) -> bool:
    """A label and empty cells only: ``收件人姓名: | |`` (a value in a cell, ``币种: | 港元 |``, is a row)."""
    return EMPTY_FIELD_RE.fullmatch(line.strip()) is not None


def is_rule(line: str) -> bool:
    """A horizontal rule: one of ``-=_*—─━═:`` three times or more, nothing else on the line."""
    return RULE_RE.fullmatch(line.strip()) is not None


def is_jammer(line: str) -> bool:
    """A line of anti-copy noise: ``MIN_JAMMER_TOKENS`` short ASCII tokens or more, half of them with
    a punctuation mark, ``MIN_JAMMER_MIXED`` of them a letter or digit glued to a mark, and
    ``MIN_JAMMER_MARKS`` different marks; or half of them a letter glued to a digit or a mark, each
    way at least once.

    >>> is_jammer("; i3 _6 A% ^9 m/ t/ {9 ^1 J"), is_jammer("x = 1 + 2"), is_jammer("1. 2. 3. 4. 5.")
    (True, False, False)
    """
    tokens = line.split()
    longer = [t for t in tokens if not JAMMER_TOKEN_RE.fullmatch(t)]
    if len(longer) == 1 and JAMMER_DOMAIN_RE.fullmatch(longer[0]):  # the forum's own address, run into noise
        tokens.remove(longer[0])
    elif longer:
        return False
    if len(tokens) < MIN_JAMMER_TOKENS:
        return False
    marked = sum(1 for t in tokens if JAMMER_MARK_RE.search(t))
    mixed = sum(1 for t in tokens if JAMMER_MIXED_RE.search(t))
    marks = set(JAMMER_MARK_RE.findall(line))
    if marked * 2 >= len(tokens) and mixed >= MIN_JAMMER_MIXED and len(marks) >= MIN_JAMMER_MARKS:
        return True
    # the other recipe: letters glued to digits as much as to marks (5 n7 n5 c" t" x) — half the
    # tokens mixed, both ways at least once (a grid's A1 B2 C3 or a row's 1. 2. 3. mixes one way)
    spelled = sum(1 for t in tokens if LETTER_DIGIT_RE.search(t))
    return spelled > 0 and mixed > 0 and (spelled + mixed) * 2 >= len(tokens)


def _without_glued_jammer(line: str, changes: list[Change]) -> str:
    """``4 X) t' }6 i& Q% ~- i0 H国内各银行…``: the noise run into the article's words on one line,
    cut. The token glued to a word on either side stays (``…不积分;- q8 s#``: the ``;`` is the
    article's, ``N1.中国工商银行``: the ``1.`` is): only whole tokens between blanks are noise."""
    pieces, end = [], 0
    for run in ASCII_RUN_RE.finditer(line):
        start, stop = run.span()
        if " " not in run[0]:
            continue  # an address or a code, one token
        head = start + (run[0].find(" ") if start > 0 else 0)  # a token glued to the word before
        tail = stop - (len(run[0]) - run[0].rfind(" ") - 1 if stop < len(line) else 0)
        noise = line[head:tail]
        if head < tail and len(noise) <= MAX_JAMMER_CHARS and is_jammer(noise):
            pieces.append(line[end:head])
            changes.append(Change(NAME, "junk:jammer", noise.strip()))
            end = tail
    return "".join(pieces) + line[end:] if pieces else line


MIN_BORDER_LINES = 3
CELL_BORDER_RE = re.compile(r"(?<=\S)\s+[|｜]\s*$")


def run(doc: Document, settings: JunkConfig) -> Document:
    if len(doc.lines) == 1 and is_html_page(doc.lines[0].text):
        # the extract stage was skipped: the page still becomes text, all of it (no content choice)
        from . import extract

        doc = extract.run(doc, ExtractConfig(main_content=False))
    changes: list[Change] = []
    kept: list[Line] = []
    markdown: bool | None = None  # asked of the whole page only once a line holds ** (few pages do)
    # a page of table cells whose borders came through as lone | lines: a line's closing " |" is one too
    # (counted once, and only on a page with a line that ends in a bar: every other page skips it)
    bordered: bool | None = None
    for original in doc.lines:
        line = original.text
        if line.rstrip()[-1:] in ("|", "｜") and bordered is None:
            bordered = sum(other.text.strip() in ("|", "｜") for other in doc.lines) >= MIN_BORDER_LINES
        if bordered and (border := CELL_BORDER_RE.search(line)) and line.count("|") + line.count("｜") == 1:
            changes.append(Change(NAME, "junk:empty_markup", border.group(0).strip()))
            line = line[: border.start()]
        tags = markup_tags(line) if "<" in line else []
        if tags:
            untagged, cut = cut_tags(line)  # not the parser's text, which loses what follows a stray "<"
            if not surely_shown(untagged, tags) and not visible_text(line).strip(BULLETS_AND_BLANKS):
                changes.append(Change(NAME, "junk:tag_soup", line.strip()))
                continue
            line = untagged
            changes.append(Change(NAME, "junk:inline_tag", cut))
        if "}>" in line and TEMPLATE_TAG_RE.search(line):
            changes.extend(Change(NAME, "junk:inline_tag", tag) for tag in TEMPLATE_TAG_RE.findall(line))
            line = TEMPLATE_TAG_RE.sub("", line)
        if '">' in line and (remnant := TAG_REMNANT_RE.search(line)):
            # ">">消费者如何应对…: the ends of link tags whose starts were cut off — a line break where one
            # stood between two links' words, nothing at the line's start
            changes.append(Change(NAME, "junk:inline_tag", remnant.group(0)))
            line = TAG_REMNANT_RE.sub(lambda m: "" if m.start() == 0 else "\n", line).strip("\n") or line
        if settings.unescape_entities and "&" in line:
            line = _unescape_entities(line, changes if doc.record_replacements else None)
        if "**" in line and markdown is None:
            markdown = _written_in_markdown(doc.lines)
        if markdown and "**" in line and (bare := without_bold_marks(line)) != line:
            if doc.record_replacements:
                changes.append(Change(NAME, "junk:markdown", line.strip(), bare.strip()))
            line = bare
        if is_empty_bullet(line):
            changes.append(Change(NAME, "junk:empty_bullet", line.strip()))
            continue
        empty = None
        if line.lstrip()[:1] in EMPTY_OR_RULE_MARKS:  # nearly every line opens with a word: no regex
            empty = "junk:empty_markup" if is_empty_markup(line) else "junk:rule" if is_rule(line) else None
        elif line.rstrip()[-1:] in "|｜" and is_empty_field(line):
            empty = "junk:empty_field"
        if empty:
            changes.append(Change(NAME, empty, line.strip()))
            continue
        if len(line) <= MAX_JAMMER_CHARS and line.isascii() and is_jammer(line):
            changes.append(Change(NAME, "junk:jammer", line.strip()))
            continue
        line = line.replace("\xa0", " ")
        if line.count(" ") >= MIN_JAMMER_TOKENS - 1 and not line.isascii():
            line = _without_glued_jammer(line, changes)
        if "\n" in line:  # a tag that broke the line: its parts are lines of their own
            kept.extend(Line(part, original.hint) for part in line.split("\n") if part.strip())
            continue
        kept.append(original if line == original.text else Line(line, original.hint))
    return doc.with_lines(kept, changes)


def _unescape_entities(line: str, changes: list[Change] | None) -> str:
    def unescape(match: re.Match[str]) -> str:
        entity = match.group(0)
        char = html.unescape(entity)
        if char != entity and changes is not None:
            changes.append(Change(NAME, "junk:entity", entity, char))
        return char

    return ENTITY_RE.sub(unescape, line)
