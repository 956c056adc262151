"""The section taxonomy: its data file, and outlet labels mapped onto it."""

import pytest

from etl.taxonomy import UNCLASSIFIED, label_key, load_taxonomy, parse_taxonomy

DEMO_ALIASES = {"증권": "economy.markets", "마켓&머니": "economy.finance", "IT·과학": "tech"}


@pytest.mark.parametrize(
    ("label", "code"),
    [
        ("경제", "economy"),
        ("금융", "economy.finance"),
        ("증시", "economy.markets"),
        ("IT/과학", "tech"),
        ("IT·과학", "tech"),
        ("IT ㆍ 과학", "tech"),
        ("ＩＴ·과학", "tech"),  # full-width letters
        ("북한", "politics.northkorea"),
        ("연예", "culture.entertainment"),
        ("오피니언", "opinion"),
        ("사설", "opinion"),
        # English labels, any case.
        ("Business", "economy"),
        ("Markets", "economy.markets"),
        ("Real Estate", "economy.realestate"),
        ("Tech & Science", "tech"),
        ("WORLD NEWS", "world"),
        ("Opinion", "opinion"),
        # Codes are labels too.
        ("economy.finance", "economy.finance"),
    ],
)
def test_shared_labels(label, code):
    assert load_taxonomy().classify(label) == code


@pytest.mark.parametrize(
    ("label", "code"),
    [
        ("경제 > 금융", "economy.finance"),
        ("뉴스 › 증권", "economy.markets"),
        ("홈 > 경제 > 부동산", "economy.realestate"),
        ("경제/금융", "economy.finance"),
        ("World | Asia", "world"),  # the deepest part nobody knows: its parent's
        ("경제 > 연예가 소식", "economy"),
    ],
)
def test_breadcrumb_labels_take_their_most_specific_known_part(label, code):
    assert load_taxonomy().classify(label) == code


@pytest.mark.parametrize(
    ("label", "code"),
    [
        ("증권", "economy.markets"),
        ("마켓&머니", "economy.finance"),  # only this outlet says so
        ("마켓 & 머니", "economy.finance"),
        ("경제 > 마켓&머니", "economy.finance"),
    ],
)
def test_outlet_aliases_win_over_shared_ones(label, code):
    assert load_taxonomy().classify(label, DEMO_ALIASES) == code


@pytest.mark.parametrize("label", ["연예가 소식", "기타", "   ", "", None, ">"])
def test_unknown_or_empty_labels_are_unclassified(label):
    assert load_taxonomy().classify(label, DEMO_ALIASES) == UNCLASSIFIED


def test_label_key_ignores_case_width_spaces_and_dot_variants():
    assert {label_key(s) for s in ["IT·과학", "it · 과학", "ＩＴㆍ과학", "IT・과학"]} == {"it·과학"}


def test_hierarchy_paths_and_children():
    taxonomy = load_taxonomy()
    assert taxonomy.path("economy.finance") == ["economy", "economy.finance"]
    assert taxonomy.path("tech") == ["tech"]
    assert taxonomy.children("economy") == [
        "economy.finance",
        "economy.industry",
        "economy.markets",
        "economy.realestate",
    ]


def test_the_data_file_has_the_top_level_sections_with_both_names():
    sections = load_taxonomy().sections
    top = {code for code, s in sections.items() if s.parent is None}
    assert top == {
        "unclassified",
        "economy",
        "tech",
        "politics",
        "society",
        "world",
        "culture",
        "sports",
        "opinion",
    }
    assert (sections["economy.finance"].name_ko, sections["economy.finance"].name_en) == (
        "금융",
        "Finance",
    )
    assert all(s.name_ko and s.name_en for s in sections.values())


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        (
            '[[section]]\ncode = "a"\nname_ko = "가"\nname_en = "A"\naliases = ["x"]\n'
            '[[section]]\ncode = "b"\nname_ko = "나"\nname_en = "B"\naliases = ["X"]\n',
            "t.toml: label 'X' names both a and b",
        ),
        (
            '[[section]]\ncode = "a.b"\nparent = "a"\nname_ko = "가"\nname_en = "A"\n',
            "t.toml: a.b has unknown parent a",
        ),
        (
            '[[section]]\ncode = "a"\nname_ko = "가"\nname_en = "A"\n'
            '[[section]]\ncode = "b"\nparent = "a"\nname_ko = "나"\nname_en = "B"\n',
            "t.toml: b is not named under a",
        ),
        (
            '[[section]]\ncode = "a"\nname_ko = "가"\nname_en = "A"\n'
            '[[section]]\ncode = "a"\nname_ko = "나"\nname_en = "B"\n',
            "t.toml: section a is defined twice",
        ),
    ],
)
def test_an_inconsistent_taxonomy_file_is_refused(toml, message):
    with pytest.raises(ValueError) as err:
        parse_taxonomy(toml, "t.toml")
    assert str(err.value) == message
