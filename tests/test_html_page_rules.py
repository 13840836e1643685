"""Rules of `cleaner/stages/html_page.py` pinned at their boundaries (see benchmarks/mutation.py)."""

import threading

from cleaner.stages.html_page import is_html_page


def answer_within(text: str, seconds: float = 5.0) -> bool | None:
    """``is_html_page(text)``, or None when it has not answered in ``seconds`` (a loop that never ends)."""
    result: list[bool] = []
    worker = threading.Thread(target=lambda: result.append(is_html_page(text)), daemon=True)
    worker.start()
    worker.join(seconds)
    return result[0] if result else None


def test_an_unclosed_comment_after_leading_space_is_no_page_and_ends():
    # the comment never ends, so the page never starts: answered at once, not by scanning again
    assert answer_within(" <!-- 没有结束的注释 <html><p>正文。</p>") is False
    assert answer_within("\n<?xml version='1.0' <html>") is False
