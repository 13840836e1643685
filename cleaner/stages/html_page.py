"""Whether a text is a whole HTML page (the extract stage's input) rather than text with some tags."""

from __future__ import annotations

import re

PAGE_START_RE = re.compile(r"(?:<!doctype\s+html|<html[\s>]|<head[\s>])", re.IGNORECASE)


def is_html_page(text: str) -> bool:
    """Whether ``text`` is a whole HTML page: a doctype, <html> or <head> first, after any XML
    declaration and comments (saved pages often start with ``<!-- saved from url=… -->``).

    >>> is_html_page('<!--http://example.com/a.htm-->\\n<!DOCTYPE HTML>\\n<html>')
    True
    >>> is_html_page("正文<b>加粗</b>")
    False
    """
    position = 0
    while True:
        while position < len(text) and text[position].isspace():
            position += 1
        if text.startswith("<!--", position):
            end = text.find("-->", position + 4)
        elif text.startswith("<?xml", position):
            end = text.find("?>", position + 5)
        else:
            return PAGE_START_RE.match(text, position) is not None
        if end == -1:
            return False
        position = end + 3 if text[end] == "-" else end + 2
