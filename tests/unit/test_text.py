"""Text normalisation of titles, leads, bodies and bylines."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.text import (
    byline_names,
    clean_author,
    clean_paragraphs,
    clean_text,
    detect_language,
    extract_byline,
    strip_boilerplate,
    title_labels,
)


def test_entities_tags_invisible_characters_and_whitespace():
    assert clean_text(" S&amp;P 500\u200b <mark>급등</mark>\n\t마감 ") == "S&P 500 급등 마감"


def test_empty_text_is_none():
    assert clean_text(" \u200b ") is None
    assert clean_text(None) is None


def test_decomposed_hangul_is_composed_to_nfc():
    assert clean_text("\u1100\u1161") == "가"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("&amp;quot;반도체&amp;quot; 수출", '"반도체" 수출'),  # double-escaped by the CMS
        ("&lt;속보&gt; 코스피 급락", "<속보> 코스피 급락"),  # not markup: kept as text
        ("3 < 5 > 2", "3 < 5 > 2"),
        ("<b>삼성</b>전자", "삼성전자"),  # inline tags do not split a word
        ("첫 줄<br>둘째 줄", "첫 줄 둘째 줄"),
        ("A&lt;b&gt;굵게&lt;/b&gt;", "A굵게"),  # escaped markup is still markup
        ("제목<!-- ad -->입니다", "제목입니다"),
        ("<script>var a = 1;</script>본문", "본문"),
        ("a\u00a0b\u3000c", "a b c"),  # no-break and ideographic spaces
        ("a\u200e\u202ab\u2060c\ufeff", "abc"),  # bidi marks, word joiner, BOM
        ("a\x00b\x85c", "a b c"),  # C0 and C1 controls
        ("&#8203;제목&#x200B;", "제목"),
    ],
)
def test_clean_text(raw, expected):
    assert clean_text(raw) == expected


_pieces = st.sampled_from(
    ["&amp;", "&lt;", "&gt;", "&#8203;", "&", ";", "lt", "<b>", "</b>", "<br>", "<", ">"]
    + ["\u200b", "\u1100", "\u1161", "가", " ", "\n", "기자", "홍길동", "=", "[", "]", "ⓒ"]
    + ["무단전재", "·", "hong@x.kr", "a"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_pieces, max_size=20).map("".join) | st.text(max_size=20))
def test_cleaning_cleaned_text_changes_nothing(text):
    for clean in (clean_text, clean_paragraphs, strip_boilerplate, clean_author):
        once = clean(text)
        assert clean(once) == once


def test_paragraph_breaks_survive_cleaning():
    assert clean_paragraphs("첫 문단  입니다.\n\n 둘째 문단.") == "첫 문단 입니다.\n둘째 문단."


def test_block_tags_are_paragraph_breaks():
    assert clean_paragraphs("<p>첫 문단</p><p>둘째<br/>셋째</p>") == "첫 문단\n둘째\n셋째"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("첫 문단.\n저작권자 © 데모경제 무단전재 및 재배포 금지", "첫 문단."),
        ("첫 문단. ⓒ 데모경제(www.demo.kr), 무단전재 및 재배포금지", "첫 문단."),
        ("첫 문단.\n<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>", "첫 문단."),
        ("첫 문단.\nCopyright © Demo Daily. All rights reserved.", "첫 문단."),
        ("첫 문단.\n무단 전재 및 재배포 금지", "첫 문단."),
        # A news paragraph about reprinting is news, not a footer.
        (
            "출판계는 무단 전재와 불법 복제가 늘고 있다고 밝혔다. " * 5,
            ("출판계는 무단 전재와 불법 복제가 늘고 있다고 밝혔다. " * 5).strip(),
        ),
        ("저작권자 © 데모경제 무단전재 및 재배포 금지", None),
    ],
)
def test_copyright_footers_leave_the_body(body, expected):
    assert strip_boilerplate(body) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("홍길동 기자 hong@daily.demo.newsflow.test", "홍길동 기자"),
        ("홍길동 기자 (hong@x.kr)", "홍길동 기자"),
        ("[데모경제=홍길동 기자]", "홍길동 기자"),
        ("데모경제 홍길동 기자", "홍길동 기자"),
        ("워싱턴=홍길동 특파원", "홍길동 특파원"),
        ("홍길동·김철수 기자", "홍길동·김철수 기자"),
        ("홍길동ㆍ김철수 기자", "홍길동·김철수 기자"),
        ("홍길동, 김철수 기자", "홍길동·김철수 기자"),
        ("홍길동 선임기자", "홍길동 선임기자"),
        ("홍길동 논설위원", "홍길동 논설위원"),
        ("John Doe", "John Doe"),
        ("hong@x.kr", None),
        (None, None),
    ],
)
def test_byline_normal_form(raw, expected):
    assert clean_author(raw) == expected


@pytest.mark.parametrize(
    ("author", "names"),
    [
        ("홍길동 기자", ["홍길동"]),
        ("홍길동·김철수 기자", ["홍길동", "김철수"]),
        ("John Doe", []),
        (None, []),
    ],
)
def test_byline_names(author, names):
    assert byline_names(author) == names


@pytest.mark.parametrize(
    ("text", "author", "rest"),
    [
        ("[데모경제=홍길동 기자] 코스피가 올랐다.", "홍길동 기자", "코스피가 올랐다."),
        (
            "[데모경제 홍길동·김철수 기자] 코스피가 올랐다.",
            "홍길동·김철수 기자",
            "코스피가 올랐다.",
        ),
        ("(서울=연합뉴스) 홍길동 기자 = 코스피가 올랐다.", "홍길동 기자", "코스피가 올랐다."),
        ("(서울=연합뉴스) 코스피가 올랐다.", None, "코스피가 올랐다."),
        ("코스피가 올랐다.\n홍길동 기자 hong@x.kr", "홍길동 기자", "코스피가 올랐다."),
        ("코스피가 올랐다. /홍길동·김철수 기자", "홍길동·김철수 기자", "코스피가 올랐다."),
        ("코스피가 올랐다. 홍길동 기자 (hong@x.kr)", "홍길동 기자", "코스피가 올랐다."),
        ("코스피가 올랐다.", None, "코스피가 올랐다."),
        ("(주)삼성이 기자간담회를 열었다.", None, "(주)삼성이 기자간담회를 열었다."),
        ("[데모경제=홍길동 기자]", "홍길동 기자", None),
        (None, None, None),
    ],
)
def test_bylines_are_read_off_leads_and_bodies(text, author, rest):
    assert extract_byline(text) == (author, rest)


@pytest.mark.parametrize(
    ("title", "labels"),
    [
        ("[속보] (종합) 코스피 급락", ["속보", "종합"]),
        ("코스피 [속보] 아님", []),
        ("[단독] 데모전자, 신공장 착공", ["단독"]),
        ("코스피 2% 급락(종합)", ["종합"]),
        ("코스피 2% 급락 (종합2보)", ["종합2보"]),
        ("코스피 2% 급락(2보)", ["2보"]),
        ("[단독][포토] 신공장 (종합)", ["단독", "포토", "종합"]),
        ("【속보】 환율 급등", ["속보"]),
        ("<인터뷰> 데모전자 대표", ["인터뷰"]),
        ("[특징주] 데모전자 강세", ["특징주"]),
        ("(주)데모전자 실적 발표", []),  # (주) is a company mark, not a label
        ("데모전자(005930) 강세", []),
        ("제목만 있는 기사", []),
    ],
)
def test_title_labels_are_read_but_title_is_unchanged(title, labels):
    assert title_labels(title) == labels


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("삼성전자 주가 상승", "ko"),
        ("데모전자 AI 투자 韓은 뒷걸음", "ko"),  # Hanja count as Han
        ("Samsung shares rise", "en"),
        ("Samsung 주가 상승", "ko"),  # a fifth of the letters in Hangul is enough
        ("日経平均が上昇した", "ja"),
        ("中国经济增长放缓", "zh"),
        ("2025 1234", "und"),
        ("", "und"),
    ],
)
def test_language_by_script_share(text, language):
    assert detect_language(text) == language
