"""names: each rule at its boundary (the mutation run's survivors), on names and lines of our own.

Each test fails if its threshold moves by one or its condition turns; the limits are written as
numbers here, not read from the module, so a moved constant is caught.
"""

from cleaner.stages.metadata import parse_meta_line
from cleaner.stages.names import is_outlet_name, names_in


def test_a_four_character_button_is_no_two_names_run_together():
    # names run together are cut from five characters up; 查看全文 (a button) would cut as 查看 + 全文
    assert names_in("张小三 查看全文") == ("张小三",)


def test_the_newsroom_of_a_two_character_outlet_signs_for_it():
    assert is_outlet_name("虎嗅新闻中心")  # 虎嗅, a known outlet of two characters, and its newsroom


def test_one_name_run_on_after_a_time_has_four_characters_at_most():
    assert parse_meta_line("2024-06-18 10:30Lisa").authors == ("Lisa",)
    assert parse_meta_line("2024-06-18 10:30Video").authors == ()  # five letters: a word, no writer


def test_a_one_character_credit_is_not_joined_to_the_pen_name_after_it():
    # 摄 阿Q: a spaced pair that is no name (摄阿) stays as written, so 阿 stays with its Q
    assert names_in("摄 阿Q") == ("阿Q",)
