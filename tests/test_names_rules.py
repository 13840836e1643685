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


def test_a_name_that_is_two_of_the_others_run_together_goes():
    from cleaner.stages.names import without_joined_names

    assert without_joined_names(("陈杰李影", "陈杰", "李影")) == ("陈杰", "李影")
    assert without_joined_names(("陈杰", "李影", "陈杰李影")) == ("陈杰", "李影")  # in either order
    assert without_joined_names(("陈杰李影", "陈杰")) == ("陈杰李影", "陈杰")  # one piece known: no proof
    assert without_joined_names(("陈杰李影王", "陈杰", "李影")) == ("陈杰李影王", "陈杰", "李影")  # a rest left
    assert without_joined_names(("王小五", "李四")) == ("王小五", "李四")
    assert without_joined_names(("王小五", "")) == ("王小五",)  # an empty name joins nothing (and ends)


def test_writers_glued_to_the_date_line_and_spelt_apart_under_it_are_two_authors():
    from cleaner import clean

    lead = "随着中国老龄化程度加深，如何通过市场化途径丰富养老资源成了全社会关注的话题，本文分析其路径。"
    article = clean("\n".join(("反向按揭与以房养老的契合路径", "2014-07-23 02:32陈杰李影", "陈杰 李影", lead)))
    assert article.authors == ("陈杰", "李影")
