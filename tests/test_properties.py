"""Properties over generated text: cleaning is idempotent, and clean Simplified text passes through
unchanged (but for whitespace)."""

import jsonschema
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from cleaner import InputError, clean
from cleaner.article import json_schema
from cleaner.converter import get_converter

# Common Simplified characters that t2s leaves alone, so generated text is clean Simplified.
POOL = "".join(
    ch for ch in "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动"
    "同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小"
    "物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全"
    "表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系"
    "军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边"
    "流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处"
    if get_converter("t2s").convert(ch) == ch
)
words = st.text(alphabet=POOL, min_size=2, max_size=8)
sentence = st.lists(words, min_size=1, max_size=4).map("，".join).map(lambda s: s + "。")
paragraph = st.lists(sentence, min_size=1, max_size=4).map("".join)
title = st.text(alphabet=POOL, min_size=4, max_size=20)
CN_NUMBERS = "一二三四五六七八九"
SCHEMA = json_schema()


@st.composite
def clean_articles(draw) -> str:
    """A clean Simplified article: a title, a lead, then numbered sections with lists."""
    lines = [draw(title), *draw(st.lists(paragraph, min_size=1, max_size=3))]
    for number in CN_NUMBERS[: draw(st.integers(0, 4))]:
        lines.append(f"{number}、{draw(title)}")
        lines.extend(draw(st.lists(paragraph, min_size=1, max_size=2)))
        items = draw(st.lists(paragraph, max_size=3))
        marker = draw(st.sampled_from(["{}. ", "{}．", "{}、", "（{}）", "({}) ", "{}) ", "{}）"]))
        lines.extend(marker.format(n) + item for n, item in enumerate(items, 1))
    assume(len(set(lines)) == len(lines))  # a paragraph said twice is kept once, by design
    return "\n".join(lines)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(clean_articles())
def test_clean_simplified_text_passes_unchanged(text):
    article = clean(text)
    assert article.text == text
    assert article.removed == ()


# Dirty text: Chinese (both scripts), ASCII punctuation, brackets, digits, letters, tags, newlines.
DIRTY_ALPHABET = (
    POOL[:60] + "網貸發隨著聯會" + "，。：；？！（）“”、 \n\n" + ",.:;?!()<>/&#" + "0123456789" + "abyanwǎg"
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=DIRTY_ALPHABET, min_size=1, max_size=300))
def test_cleaning_is_idempotent_and_output_fits_the_schema(text):
    try:
        article = clean(text)
    except InputError:
        assume(False)
    jsonschema.validate(article.to_dict(), SCHEMA)
    once = article.text
    assume(once.strip())
    assert clean(once).text == once
