"""Hypothesis strategies that reach cleaner's stages: not random code points only, but the shapes
scraped pages have — Chinese prose in both scripts, pinyin notes, spam keyword lines, tag soup,
bylines, meta lines, breadcrumbs, headings, list markers, trailers and whole HTML pages.

Shared by tests/test_properties.py and fuzz/ (which seeds its corpus with them).
"""

from __future__ import annotations

from hypothesis import strategies as st

from cleaner.converter import get_converter
from cleaner.lexicon import spam_terms

# Common Simplified characters that t2s leaves alone, so text drawn from them is clean Simplified.
SIMPLIFIED = "".join(
    ch for ch in "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动"
    "同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小"
    "物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全"
    "表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系"
    "军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边"
    "流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处"
    if get_converter("t2s").convert(ch) == ch
)
TRADITIONAL = "網貸發隨著聯會與銀行機構還現後這實際經濟證券報導說關於體價額務"
# Traditional characters with a tone-marked reading each, as the seed page writes its notes.
NOTES = {
    "網": ("wǎng", "wang3"), "貸": ("dài", "dai4"), "發": ("fā", "fa1"), "銀": ("yín", "yin2"),
    "還": ("huán", "huan2"), "與": ("yǔ", "yu3"), "機": ("jī", "ji1"), "後": ("hòu", "hou4"),
}
TONELESS = {"烟": "yan", "台": "tai", "市": "shi", "银": "yin", "行": "hang", "州": "zhou"}
SPAM_TERMS = sorted(term for term, (_, strong) in spam_terms().items() if strong)
HTML_TAGS = ["p", "b", "i", "span", "div", "address", "var", "pre", "dl", "a", "em", "strong", "font"]
BULLETS = "•●○■◆▪·"
STRIP_NAMES = ["张三", "李四", "王五", "赵六", "费逸美", "郝旭光"]

words = st.text(alphabet=SIMPLIFIED, min_size=2, max_size=8)
sentence = st.lists(words, min_size=1, max_size=4).map("，".join).map(lambda s: s + "。")
paragraph = st.lists(sentence, min_size=1, max_size=4).map("".join)
title = st.text(alphabet=SIMPLIFIED, min_size=4, max_size=20)
numbers = st.integers(0, 9_999_999).map(str)


@st.composite
def noted_text(draw) -> str:
    """Traditional text with pinyin notes (`網(wǎng)`, `網(wang3)`, `網（wǎng）`) and toneless ones."""
    parts = []
    for _ in range(draw(st.integers(1, 8))):
        kind = draw(st.sampled_from(["marked", "numbered", "full", "toneless", "plain", "bracket"]))
        if kind in ("marked", "numbered", "full"):
            char = draw(st.sampled_from(sorted(NOTES)))
            marked, numbered = NOTES[char]
            note = {"marked": f"({marked})", "numbered": f"({numbered})", "full": f"（{marked}）"}[kind]
            parts.append(char + note)
        elif kind == "toneless":
            char = draw(st.sampled_from(sorted(TONELESS)))
            parts.append(f"{char}({TONELESS[char]})")
        elif kind == "bracket":  # real brackets the stage must keep
            parts.append(draw(st.sampled_from(["收益率(r)", "值(gdp)", "(600519)", "(一般为几天)", "没(mo)"])))
        else:
            parts.append(draw(st.text(alphabet=TRADITIONAL + SIMPLIFIED[:40], min_size=1, max_size=6)))
        parts.append(draw(st.sampled_from(["", ",", "，", "。", ":", "?", " "])))
    return "".join(parts)


@st.composite
def spam_line(draw) -> str:
    terms = draw(st.lists(st.sampled_from(SPAM_TERMS), min_size=2, max_size=6))
    separator = draw(st.sampled_from([",", "_", "|", " ", "-", "，", "、"]))
    return separator.join(terms)


@st.composite
def tag_line(draw) -> str:
    """Tag soup with random ids, inline tags around text, entities, unclosed tags and comments."""
    tag = draw(st.sampled_from(HTML_TAGS))
    ident = draw(st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=6))
    kind = draw(st.sampled_from(["soup", "inline", "entity", "unclosed", "comment", "bullet", "compare"]))
    text = draw(words)
    if kind == "soup":
        return f'<{tag} id="{ident}"><var id="{ident}"></var></{tag}>'
    if kind == "inline":
        return f"<{tag}>{text}<b>{draw(words)}</b></{tag}>"
    if kind == "entity":
        return text + draw(st.sampled_from(["&nbsp;", "&amp;", "&#12288;", "&lt;", "&#x4e2d;", "&bogus;"])) + text
    if kind == "unclosed":
        return f'<{tag} id="{ident}">{text}' + draw(st.sampled_from(["", "<", "</", f"<{tag}", "<!--"]))
    if kind == "comment":
        return f"<!-- {text} -->{draw(words)}"
    if kind == "bullet":
        return draw(st.sampled_from(BULLETS)) + draw(st.sampled_from(["", " ", f"<{tag} id=\"{ident}\"></{tag}>"]))
    return f"市盈率<{draw(numbers)}倍，A<B"


@st.composite
def meta_line(draw) -> str:
    """Bylines, date/category/views lines, source lines, breadcrumbs."""
    name = draw(st.sampled_from(STRIP_NAMES))
    date = f"20{draw(st.integers(0, 29)):02d}-{draw(st.integers(1, 12)):02d}-{draw(st.integers(1, 28)):02d}"
    clock = f"{draw(st.integers(0, 23)):02d}:{draw(st.integers(0, 59)):02d}:{draw(st.integers(0, 59)):02d}"
    return draw(st.sampled_from([
        f"作者：{name}",
        f"作者:{name}",
        f"文/{name}",
        f"{name}77级工作室认证",
        f"{date} {clock} 分类 {draw(st.integers(0, 9999))}",
        f"{date} {clock} 逾期資訊 {draw(st.integers(0, 9999))}",
        f"来源：新浪财经 作者：{name} 发布时间：{date} {clock[:5]} 浏览次数：{draw(st.integers(0, 9999))}",
        f"{date[:4]}年{int(date[5:7])}月{int(date[8:])}日 {clock[:5]} 来源：证券时报",
        f"中国财经网 / 来源 / {date} {clock[:5]}",
        "首页 > 财经 > 股票",
        f"责任编辑：{name}",
    ]))


@st.composite
def structure_line(draw) -> str:
    """Headings, list items with every marker style, trailers."""
    number = draw(st.integers(1, 12))
    cn = "一二三四五六七八九十"[draw(st.integers(0, 9))]
    return draw(st.sampled_from([
        f"{cn}、{draw(title)}",
        f"第{cn}章 {draw(title)}",
        f"（{cn}）{draw(title)}",
        f"{number}、{draw(title)}",
        f"{number}. {draw(paragraph)}",
        f"{number}．{draw(paragraph)}",
        f"（{number}）{draw(paragraph)}",
        f"({number}) {draw(paragraph)}",
        f"{number}) {draw(paragraph)}",
        f"{'①②③④⑤'[number % 5]}{draw(paragraph)}",
        "相关文章",
        "上一篇：" + draw(title),
        "免责声明：本文仅供参考。",
    ]))


def page_line() -> st.SearchStrategy[str]:
    return st.one_of(
        paragraph, paragraph, title, noted_text(), spam_line(), tag_line(), meta_line(), structure_line(),
        st.sampled_from(["", " ", "\u3000\u3000", "\t"]),
        st.text(max_size=20),  # anything at all
    )


@st.composite
def text_pages(draw) -> str:
    """A scraped text page: lines of every kind above, joined by any line break."""
    lines = draw(st.lists(page_line(), min_size=1, max_size=14))
    return draw(st.sampled_from(["\n", "\n", "\r\n", "\n\n"])).join(lines)


@st.composite
def html_pages(draw) -> str:
    """A whole HTML page (doctype, head, title, h1, blocks) or an HTML fragment."""
    head_title = draw(st.one_of(title, noted_text(), st.builds(lambda t, s: f"{t}_{s}", title, spam_line())))
    blocks = draw(st.lists(st.one_of(paragraph, noted_text(), meta_line(), structure_line(), tag_line()),
                           min_size=0, max_size=8))
    tag = draw(st.sampled_from(["p", "div", "li", "h2", "td", "span"]))
    body = "".join(f"<{tag}>{block}</{tag}>" for block in blocks)
    h1 = draw(st.sampled_from(["", f"<h1>{draw(title)}</h1>"]))
    prefix = draw(st.sampled_from(["<!DOCTYPE html>", "<!-- saved from url=(0014)about:internet -->\n<html>",
                                   "<?xml version=\"1.0\"?><html>", "<html>", ""]))
    extra = draw(st.sampled_from(["", "<script>var a = 1 < 2;</script>", "<style>p{}</style>", "<!-- c -->"]))
    return (f"{prefix}<head><meta charset=\"utf-8\"><title>{head_title}</title>{extra}</head>"
            f"<body>{h1}{body}</body></html>")


ENCODINGS = ["utf-8", "utf-8-sig", "gb18030", "big5", "utf-16", "latin-1"]


@st.composite
def encoded_pages(draw) -> bytes:
    """A page as bytes in one of the encodings pages are saved in (what cannot be encoded is lost)."""
    text = draw(st.one_of(text_pages(), html_pages()))
    encoding = draw(st.sampled_from(ENCODINGS))
    return text.encode(encoding, errors="ignore")


any_input = st.one_of(
    text_pages(), html_pages(), encoded_pages(),
    st.text(), st.binary(max_size=200),
    st.text(alphabet=st.characters(codec=None), max_size=60),  # surrogates included
)
