"""Text normalisation of titles, leads, bodies and bylines."""

from etl.text import clean_author, clean_paragraphs, clean_text, detect_language, title_labels


def test_entities_tags_invisible_characters_and_whitespace():
    assert clean_text(" S&amp;P 500\u200b <mark>급등</mark>\n\t마감 ") == "S&P 500 급등 마감"


def test_empty_text_is_none():
    assert clean_text(" \u200b ") is None
    assert clean_text(None) is None


def test_decomposed_hangul_is_composed_to_nfc():
    assert clean_text("\u1100\u1161") == "가"


def test_paragraph_breaks_survive_cleaning():
    assert clean_paragraphs("첫 문단  입니다.\n\n 둘째 문단.") == "첫 문단 입니다.\n둘째 문단."


def test_byline_loses_its_email():
    assert clean_author("홍길동 기자 hong@daily.demo.newsflow.test") == "홍길동 기자"


def test_title_labels_are_read_but_title_is_unchanged():
    assert title_labels("[속보] (종합) 코스피 급락") == ["속보", "종합"]
    assert title_labels("코스피 [속보] 아님") == []


def test_language_by_script_share():
    assert detect_language("삼성전자 주가 상승") == "ko"
    assert detect_language("Samsung shares rise") == "en"
    assert detect_language("2025 1234") == "und"
