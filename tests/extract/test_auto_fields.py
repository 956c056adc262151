"""What automatic extraction reads inside one record: title, URL, lead, time and section."""

from datetime import UTC, datetime

from listing_pages import FETCHED_AT, LISTING_URL, document

from spiders.extract.auto import extract_listing


def items_of(rows: str):  # type: ignore[no-untyped-def]
    html = document(f'<div class="news"><ul class="news-list">{rows}</ul></div>')
    return extract_listing(html.encode("utf-8"), LISTING_URL, FETCHED_AT).items


def row(idxno: int, title_html: str, extra: str = "") -> str:
    return (
        f'<li><a class="tit" href="/news/articleView.html?idxno={idxno}">{title_html}</a>'
        f"{extra}</li>"
    )


PLAIN = [
    row(5001, "국회, 본회의 열어 민생법안 30건 처리"),
    row(5002, "서울시, 심야 자율주행버스 노선 확대 운영"),
    row(5003, "교육부, 늘봄학교 전국 초등학교로 확대 시행"),
]


def test_inline_tags_inside_a_title_become_plain_text():
    rows = row(5000, "<b>[단독]</b> 공정위, <mark>플랫폼</mark> 수수료\n  실태 조사 착수")

    assert items_of(rows + "".join(PLAIN))[0].title == "[단독] 공정위, 플랫폼 수수료 실태 조사 착수"


def test_a_truncated_title_is_replaced_by_the_full_title_attribute():
    rows = (
        '<li><a href="/news/articleView.html?idxno=5000" '
        'title="정부, 반도체 지원 예산 3조원 추가 편성…업계 &quot;환영&quot;">'
        "정부, 반도체 지원 예산 3조원 추가..</a></li>"
    )

    assert (
        items_of(rows + "".join(PLAIN))[0].title
        == '정부, 반도체 지원 예산 3조원 추가 편성…업계 "환영"'
    )


def test_a_title_attribute_that_is_not_the_headline_is_ignored():
    rows = (
        '<li><a href="/news/articleView.html?idxno=5000" title="새 창으로 열기">'
        "여야, 연금개혁 특위 구성 합의</a></li>"
    )

    assert items_of(rows + "".join(PLAIN))[0].title == "여야, 연금개혁 특위 구성 합의"


def test_a_lead_the_site_truncates_is_kept_as_shown():
    lead = (
        '<p class="desc">국회는 8일 본회의를 열어 민생법안 30건을 처리했다. '
        "여야는 쟁점 법안을 두고 …</p>"
    )
    items = items_of(row(5000, "국회, 본회의 열어 민생법안 30건 처리", lead) + "".join(PLAIN[1:]))

    assert (
        items[0].summary
        == "국회는 8일 본회의를 열어 민생법안 30건을 처리했다. 여야는 쟁점 법안을 두고 …"
    )
    assert items[1].summary is None


def test_the_longest_of_several_links_to_one_article_is_its_title():
    rows = (
        '<li><a href="/news/articleView.html?idxno=5000"><img src="/p/5000.jpg" alt="사진"></a>'
        '<a href="/news/articleView.html?idxno=5000">검찰, 전세사기 일당 42명 무더기 기소</a>'
        '<a class="more" href="/news/articleView.html?idxno=5000">더보기</a></li>'
    )

    assert items_of(rows + "".join(PLAIN))[0].title == "검찰, 전세사기 일당 42명 무더기 기소"


def test_a_heading_names_an_image_only_link():
    rows = "".join(
        f'<li><a href="/news/articleView.html?idxno={n}"><img src="/p/{n}.jpg" alt=""></a>'
        f"<h3>{title}</h3></li>"
        for n, title in [(5101, "봄꽃 축제 주말 인파 몰려"), (5102, "남부지방 황사 위기경보 발령")]
    )

    titles = [item.title for item in items_of(rows)]

    assert titles == ["봄꽃 축제 주말 인파 몰려", "남부지방 황사 위기경보 발령"]


def test_the_section_label_is_read_from_a_section_classed_element():
    extra = '<span class="category">경제</span><span class="date">2025.04.08 10:00</span>'
    items = items_of(row(5000, "수출 물가 석 달 만에 하락 전환", extra) + "".join(PLAIN))

    assert (items[0].section, items[0].published_raw) == ("경제", "2025.04.08 10:00")
    assert items[0].published_at == datetime(2025, 4, 8, 1, 0, tzinfo=UTC)


def test_a_dated_data_attribute_gives_the_time():
    extra = '<span class="info" data-published="2025-04-08T10:15:00+09:00">오전 10:15</span>'
    items = items_of(row(5000, "수출 물가 석 달 만에 하락 전환", extra) + "".join(PLAIN))

    assert items[0].published_raw == "2025-04-08T10:15:00+09:00"
    assert items[0].published_at == datetime(2025, 4, 8, 1, 15, tzinfo=UTC)


def test_an_epoch_data_attribute_gives_the_time():
    extra = '<span class="ago" data-timestamp="1744074000">2시간 전</span>'
    items = items_of(row(5000, "수출 물가 석 달 만에 하락 전환", extra) + "".join(PLAIN))

    assert (items[0].published_raw, items[0].published_at) == (
        "1744074000",
        datetime(2025, 4, 8, 1, 0, tzinfo=UTC),
    )


def test_a_byline_with_a_time_is_not_taken_for_a_lead():
    extra = '<span class="byline">김철수 기자 2025-04-08 14:20</span>'
    items = items_of(row(5000, "수출 물가 석 달 만에 하락 전환", extra) + "".join(PLAIN))

    assert (items[0].summary, items[0].published_raw) == (None, "2025-04-08 14:20")


def test_a_linked_lead_is_the_summary_not_the_title():
    leads = {
        5201: (
            "복지부, 필수의료 수가 인상안 발표",
            "보건복지부가 8일 필수의료 분야의 수가를 올리는 방안을 발표했다.",
        ),
        5202: (
            "경찰, 보이스피싱 조직 총책 검거",
            "경찰이 해외에 거점을 둔 보이스피싱 조직의 총책을 붙잡았다.",
        ),
    }
    rows = "".join(
        f'<li><dl><dt><a href="/news/articleView.html?idxno={n}">{title}</a></dt>'
        f'<dd><a href="/news/articleView.html?idxno={n}">{lead}</a></dd></dl></li>'
        for n, (title, lead) in leads.items()
    )

    assert [(i.title, i.summary) for i in items_of(rows)] == list(leads.values())


def test_brackets_around_a_section_label_are_decoration():
    extra = '<span class="sec">[국제]</span>'
    items = items_of(row(5000, "美 연준, 기준금리 동결 결정", extra) + "".join(PLAIN))

    assert items[0].section == "국제"


def test_a_section_label_with_a_link_is_the_links_text():
    extra = '<span class="cat-links">Posted in <a href="/category/world/">World</a></span>'
    items = items_of(row(5000, "美 연준, 기준금리 동결 결정", extra) + "".join(PLAIN))

    assert items[0].section == "World"
