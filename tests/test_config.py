"""Config: one frozen object, built from a dict or TOML; every mistake is a ConfigError naming the key."""

import dataclasses

import pytest

from cleaner import CleanerError, Config, ConfigError, clean
from cleaner.config import ConvertConfig, SpamConfig
from cleaner.pipeline import STAGE_NAMES, check_skip


def test_defaults():
    config = Config()
    assert config.skip == frozenset()
    assert config.convert.variant == "t2s"
    assert config.pinyin.min_toneless_notes == 3
    assert config.spam.min_strong_terms == 2
    assert config.unicode.use_ftfy is True
    assert config.junk.unescape_entities is True


def test_stage_names_in_order():
    assert STAGE_NAMES == (
        "decode", "extract", "unicode", "junk", "spam", "pinyin", "convert", "punctuation", "boilerplate", "structure",
    )  # fmt: skip


def test_config_is_frozen_and_hashable():
    config = Config()
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.skip = frozenset({"spam"})  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.convert.variant = "none"  # type: ignore[misc]
    assert hash(config) == hash(Config())
    assert config == Config()


def test_config_error_is_a_cleaner_error():
    assert issubclass(ConfigError, CleanerError)


# --- from_dict -------------------------------------------------------------------------------------


def test_from_dict_empty_is_default():
    assert Config.from_dict({}) == Config()


def test_from_dict_sets_nested_options_and_keeps_other_defaults():
    config = Config.from_dict(
        {
            "skip": ["punctuation", "spam"],
            "convert": {"variant": "tw2s"},
            "spam": {"min_strong_terms": 3, "edge_lines": 5},
            "unicode": {"use_ftfy": False},
        }
    )
    assert config.skip == frozenset({"punctuation", "spam"})
    assert config.convert.variant == "tw2s"
    assert config.spam.min_strong_terms == 3
    assert config.spam.edge_lines == 5
    assert config.spam.min_segments == SpamConfig().min_segments
    assert config.unicode.use_ftfy is False
    assert config.pinyin == Config().pinyin


def test_unknown_top_level_key_is_named():
    with pytest.raises(ConfigError, match="colour"):
        Config.from_dict({"colour": {"x": 1}})


def test_unknown_option_is_named_with_its_section():
    with pytest.raises(ConfigError) as info:
        Config.from_dict({"spam": {"min_strong_term": 2}})
    assert "min_strong_term" in str(info.value)
    assert "spam" in str(info.value)


def test_option_in_a_section_without_options():
    with pytest.raises(ConfigError, match="anything"):
        Config.from_dict({"punctuation": {"anything": True}})


@pytest.mark.parametrize(
    ("data", "key"),
    [
        ({"spam": {"min_strong_terms": "2"}}, "min_strong_terms"),
        ({"spam": {"min_strong_terms": 2.0}}, "min_strong_terms"),
        ({"spam": {"min_strong_terms": True}}, "min_strong_terms"),  # bool is not an int here
        ({"unicode": {"use_ftfy": 1}}, "use_ftfy"),
        ({"unicode": {"use_ftfy": "yes"}}, "use_ftfy"),
        ({"convert": {"variant": 1}}, "variant"),
        ({"decode": {"max_bytes": "64MB"}}, "max_bytes"),
        ({"structure": {"max_title_chars": None}}, "max_title_chars"),
    ],
)
def test_wrong_type_is_named(data, key):
    with pytest.raises(ConfigError, match=key):
        Config.from_dict(data)


def test_section_that_is_not_a_table_is_named():
    with pytest.raises(ConfigError, match="spam"):
        Config.from_dict({"spam": 3})


def test_skip_that_is_not_a_list_is_named():
    with pytest.raises(ConfigError, match="skip"):
        Config.from_dict({"skip": "spam"})


def test_invalid_convert_variant_is_named():
    with pytest.raises(ConfigError, match="variant") as info:
        Config.from_dict({"convert": {"variant": "s2t"}})
    assert "t2s" in str(info.value)  # says what it accepts


# --- skip --------------------------------------------------------------------------------------------


def test_skip_unknown_stage_is_named_where_the_stages_are_run():
    # config does not know the stages (no import cycle); the stage list checks the names
    with pytest.raises(ConfigError, match="spellcheck"):
        check_skip(Config(skip=frozenset({"spellcheck"})))
    with pytest.raises(ConfigError, match="spellcheck"):
        clean("网贷", Config.from_dict({"skip": ["spam", "spellcheck"]}))


@pytest.mark.parametrize("stage", ["decode", "structure"])
def test_skip_required_stage_fails(stage):
    with pytest.raises(ConfigError, match=stage):
        check_skip(Config(skip=frozenset({stage})))
    with pytest.raises(ConfigError, match=stage):
        clean("网贷", Config.from_dict({"skip": [stage]}))


@pytest.mark.parametrize("skip", [[1], ["spam", 1], [None]])
def test_skip_with_non_string_entries_is_a_config_error(skip):
    # e.g. `skip = [1]` in a TOML file: a ConfigError, not a TypeError from inside the check
    with pytest.raises(ConfigError, match="skip"):
        Config.from_dict({"skip": skip})


def test_skip_takes_any_iterable_and_freezes_it():
    config = Config(skip=["spam"])  # type: ignore[arg-type]
    assert config.skip == frozenset({"spam"})


def test_skip_really_skips_the_stage():
    raw = "网贷逾期会不会找上门\n\n随着发展,逾期增多"
    assert clean(raw).lead == ("随着发展，逾期增多",)
    assert clean(raw, Config(skip=frozenset({"punctuation"}))).lead == ("随着发展,逾期增多",)


def test_replace():
    config = Config().replace(skip={"spam"}, convert=ConvertConfig("none"))
    assert config.skip == frozenset({"spam"})
    assert config.convert.variant == "none"
    with pytest.raises(ConfigError, match="decode"):
        check_skip(Config().replace(skip={"decode"}))


# --- from_toml ---------------------------------------------------------------------------------------


def test_from_toml(tmp_path):
    path = tmp_path / "cleaner.toml"
    path.write_text(
        'skip = ["punctuation"]\n\n[convert]\nvariant = "hk2s"\n\n[spam]\nmin_strong_terms = 3\n',
        encoding="utf-8",
    )
    config = Config.from_toml(path)
    assert config.skip == frozenset({"punctuation"})
    assert config.convert.variant == "hk2s"
    assert config.spam.min_strong_terms == 3


def test_from_toml_accepts_a_str_path(tmp_path):
    path = tmp_path / "cleaner.toml"
    path.write_text("[pinyin]\nmin_toneless_notes = 5\n", encoding="utf-8")
    assert Config.from_toml(str(path)).pinyin.min_toneless_notes == 5


def test_from_toml_unknown_key_is_named(tmp_path):
    path = tmp_path / "cleaner.toml"
    path.write_text("[spam]\nthreshold = 2\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="threshold"):
        Config.from_toml(path)


def test_from_toml_wrong_type_is_named(tmp_path):
    path = tmp_path / "cleaner.toml"
    path.write_text('[spam]\nmin_strong_terms = "two"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="min_strong_terms"):
        Config.from_toml(path)


def test_from_toml_invalid_toml_names_the_file(tmp_path):
    path = tmp_path / "broken.toml"
    path.write_text("[spam\nmin_strong_terms = ", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"broken\.toml"):
        Config.from_toml(path)


def test_from_toml_missing_file_names_the_file(tmp_path):
    with pytest.raises(ConfigError, match=r"missing\.toml"):
        Config.from_toml(tmp_path / "missing.toml")


def test_from_toml_skip_required_stage_fails(tmp_path):
    path = tmp_path / "cleaner.toml"
    path.write_text('skip = ["structure"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="structure"):
        check_skip(Config.from_toml(path))


def test_whole_number_for_a_float_option_is_accepted():
    assert Config.from_dict({"convert": {"stray_share": 0}}).convert.stray_share == 0.0


# --- merged: one path for TOML and flags --------------------------------------------------------


def test_merged_changes_only_the_options_named():
    base = Config.from_dict({"convert": {"stray_share": 0.2, "min_traditional_chars": 7}})
    merged = base.merged({"convert": {"variant": "tw2s"}})
    assert merged.convert == ConvertConfig("tw2s", 0.2, 7)
    assert base.convert.variant == "t2s"  # frozen: the original is unchanged


def test_merged_rejects_what_from_dict_rejects():
    with pytest.raises(ConfigError, match="colour"):
        Config().merged({"convert": {"colour": "red"}})
    with pytest.raises(ConfigError, match="a table"):
        Config().merged(["skip"])  # type: ignore[arg-type]


def test_cli_flag_keeps_the_config_files_other_options(tmp_path):
    from cleaner.cli import build_config

    path = tmp_path / "cleaner.toml"
    path.write_text('skip = ["spam"]\n[convert]\nstray_share = 0.2\n', encoding="utf-8")
    config = build_config(path, "tw2s", ("pinyin",))
    assert config.convert.variant == "tw2s"
    assert config.convert.stray_share == 0.2
    assert config.skip == frozenset({"spam", "pinyin"})


def test_a_config_file_that_is_not_utf8_is_a_config_error(tmp_path):
    # Was: UnicodeDecodeError from tomllib, a traceback from `cleaner clean --config`.
    path = tmp_path / "binary.toml"
    path.write_bytes(b"\x80\x04\x95 not toml")
    with pytest.raises(ConfigError, match="not valid TOML"):
        Config.from_toml(path)
