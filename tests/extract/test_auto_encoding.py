"""Decoding listing pages whose declared charset may lie, and extracting through the lie."""

import codecs

from listing_pages import FETCHED_AT, LISTING_URL, MAIN_ITEMS, document, main_list

from spiders.extract.auto import extract_listing
from spiders.extract.auto.encoding import declared_charset, decode_html

KOREAN = "<p>정부, 반도체 지원 예산 추가 편성</p>"


def test_euc_kr_bytes_under_a_lying_utf8_meta_are_decoded_as_cp949():
    page = decode_html(document(KOREAN, charset="utf-8").encode("cp949"))

    assert (page.encoding, page.declared, page.method) == ("cp949", "utf-8", "cp949")
    assert "정부, 반도체 지원 예산 추가 편성" in page.text


def test_utf8_bytes_under_a_lying_euc_kr_meta_are_decoded_as_utf8():
    page = decode_html(document(KOREAN, charset="euc-kr").encode("utf-8"))

    assert (page.encoding, page.declared, page.method) == ("utf-8", "euc-kr", "utf-8")


def test_an_honest_euc_kr_declaration_is_used():
    page = decode_html(document(KOREAN, charset="euc-kr").encode("cp949"))

    assert (page.encoding, page.method) == ("cp949", "declared")


def test_the_http_header_charset_wins_over_the_meta_tag():
    body = document(KOREAN, charset="utf-8").encode("cp949")

    assert declared_charset(body, "text/html; charset=EUC-KR") == "EUC-KR"
    assert decode_html(body, "text/html; charset=EUC-KR").method == "declared"


def test_a_byte_order_mark_decides():
    page = decode_html(codecs.BOM_UTF8 + document(KOREAN, charset="euc-kr").encode("utf-8"))

    assert (page.encoding, page.method) == ("utf-8", "bom")


def test_a_single_byte_declaration_does_not_hide_utf8():
    page = decode_html(document(KOREAN, charset="iso-8859-1").encode("utf-8"))

    assert (page.encoding, page.method) == ("utf-8", "utf-8")


def test_a_stray_bad_byte_does_not_change_the_encoding():
    body = document(KOREAN).encode("utf-8") + b"\xff\xfe\xfa broken tail"

    page = decode_html(body)

    assert (page.encoding, page.method) == ("utf-8", "fallback")
    assert "정부, 반도체 지원 예산 추가 편성" in page.text


def test_a_cp949_listing_with_a_lying_meta_is_extracted_with_its_korean_intact():
    body = document(main_list(), charset="utf-8").encode("cp949")

    result = extract_listing(body, LISTING_URL, FETCHED_AT)

    assert result.encoding == "cp949"
    assert result.declared_encoding == "utf-8"
    assert [item.title for item in result.items] == [i[1] for i in MAIN_ITEMS]
