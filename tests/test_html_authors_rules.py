"""Rules of `cleaner/stages/html_authors.py` pinned at their boundaries (see benchmarks/mutation.py)."""

from lxml import etree

from cleaner.stages.html_authors import byline_names, marked_authors

BYLINE = "作者：王小五 责任编辑：李小六 来源：示例"


def of_length(chars: int) -> str:
    return BYLINE + "日" * (chars - len(BYLINE))


def test_a_marked_byline_of_40_characters_is_read_and_of_41_is_prose():
    assert byline_names(of_length(40)) == ("王小五",)
    assert byline_names(f"  {of_length(40)}  ") == ("王小五",)  # blanks around it do not count
    assert byline_names(of_length(41)) == ()


def test_the_bound_holds_for_what_a_class_marks():
    def authors(text: str) -> list[str]:
        body = etree.fromstring(f"<html><body><p class='author'>{text}</p></body></html>", etree.HTMLParser())
        return [c.value for c in marked_authors(body.find("body"))]

    assert authors(of_length(40)) == ["王小五"]
    assert authors(of_length(41)) == []
