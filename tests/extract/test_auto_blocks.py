"""Automatic extraction keeps the page's article lists and drops everything else around them."""

from datetime import UTC, datetime

from listing_pages import (
    FETCHED_AT,
    LISTING_URL,
    MAIN_ITEMS,
    article_url,
    document,
    link_box,
    main_list,
    most_viewed_box,
    portal_page,
)

from spiders.extract.auto import STAGES, ListingItem, extract_listing, listing_rows


def extract(html: str):  # type: ignore[no-untyped-def]
    return extract_listing(html.encode("utf-8"), LISTING_URL, FETCHED_AT)


def test_the_main_list_is_read_in_full_beside_navigation_sidebar_and_footer():
    result = extract(portal_page())

    assert result.items[0] == ListingItem(
        title='한은, 기준금리 연 3.00%로 동결…"물가 불확실성 커"',
        url="https://daily.example.co.kr/news/articleView.html?idxno=1005",
        summary="한국은행 금융통화위원회가 8일 기준금리를 현 수준에서 유지했다. 이창용 총재는 물가 "
        "경로의 불확실성이 여전히 크다고 말했다.",
        published_raw="2025-04-08 14:20",
        published_at=datetime(2025, 4, 8, 5, 20, tzinfo=UTC),
        section=None,
        block=result.items[0].block,
    )
    assert [item.url for item in result.items] == [article_url(i[0]) for i in MAIN_ITEMS]
    assert [item.title for item in result.items] == [i[1] for i in MAIN_ITEMS]
    assert {item.block for item in result.items} == {result.items[0].block}


def test_menus_pagination_and_footer_links_are_not_items():
    titles = {item.title for item in extract(portal_page()).items}

    assert titles.isdisjoint(
        {"정치", "경제", "문화·생활 전체보기", "다음 페이지", "회사소개 및 연혁 안내"}
    )


def test_a_most_viewed_box_in_the_main_column_is_reported_as_a_ranking_and_dropped():
    result = extract(document(main_list() + most_viewed_box()))

    assert len(result.items) == len(MAIN_ITEMS)
    ranking = [b for b in result.blocks if b.kind == "ranking"]
    assert [(b.label, b.records, b.kept) for b in ranking] == [("많이 본 뉴스", 5, False)]


def test_a_most_viewed_box_in_the_sidebar_is_dropped():
    result = extract(portal_page())

    assert '"이 가격 실화?" 벚꽃 축제 바가지 논란에 상인회 사과' not in {
        i.title for i in result.items
    }
    assert [b.kind for b in result.blocks if b.label == "많이 본 뉴스"] == ["ranking"]


def test_a_headline_box_in_the_sidebar_is_not_part_of_the_listing():
    box = link_box(
        "box",
        "분야별 주요뉴스",
        [
            ("/news/articleView.html?idxno=4001", "프로야구 시범경기 관중 역대 최다 기록"),
            ("/news/articleView.html?idxno=4002", "국립중앙박물관 특별전 관람객 50만 돌파"),
            ("/news/articleView.html?idxno=4003", "해외 직구 물품 안전성 검사 결과 공개"),
        ],
    )
    page = document(f'<div class="content">{main_list()}</div><div class="aside">{box}</div>')

    result = extract(page)

    assert len(result.items) == len(MAIN_ITEMS)
    assert [b.kind for b in result.blocks if b.label == "분야별 주요뉴스"] == ["sidebar"]


def test_every_article_list_is_kept_and_tagged_with_its_own_block():
    top = link_box(
        "top-news",
        "주요뉴스",
        [
            ("/news/articleView.html?idxno=2001", '대통령실 "추경 편성 검토"…여야 공방 격화'),
            ("/news/articleView.html?idxno=2002", "의대 증원 갈등 장기화…환자 불편 가중"),
            ("/news/articleView.html?idxno=2003", "산불 피해 복구에 특별교부세 300억원 지원"),
        ],
    )
    result = extract(document(top + main_list()))

    blocks = [item.block for item in result.items]
    assert len(result.items) == 3 + len(MAIN_ITEMS)
    assert len(set(blocks[:3])) == 1
    assert len(set(blocks[3:])) == 1
    assert blocks[0] != blocks[3]


def test_an_advert_slotted_into_the_list_and_a_sponsored_box_are_excluded():
    advert = """
        <li class="article-item">
          <span class="label">AD</span>
          <a href="https://ad.doubleclick.net/clk;2741;?https://shop.example.com/spring-sale-2025">
            봄맞이 특가 최대 70% 할인 이벤트 진행 중</a>
        </li>"""
    sponsored = link_box(
        "ad-box",
        "광고",
        [
            ("https://partner.example.com/landing/20250408001", "무릎 통증, 이것 하나로 해결"),
            ("https://partner.example.com/landing/20250408002", "월 10만원으로 노후 준비하기"),
            ("https://partner.example.com/landing/20250408003", "지금 가입하면 첫 달 무료"),
        ],
    )
    result = extract(portal_page(main_extra=advert, column_extra=sponsored))

    assert [item.url for item in result.items] == [article_url(i[0]) for i in MAIN_ITEMS]
    assert "ads" in {b.kind for b in result.blocks}


def test_related_links_are_not_an_article_list():
    related = link_box(
        "related-news",
        "관련기사",
        [
            ("/news/articleView.html?idxno=3001", '한은 총재 "금리 인하 시점 신중히 판단"'),
            ("/news/articleView.html?idxno=3002", "美 연준, 기준금리 동결…연내 인하 전망 유지"),
            ("/news/articleView.html?idxno=3003", "가계부채 증가세 둔화…주담대는 여전히 증가"),
        ],
    )
    result = extract(document(main_list() + related))

    assert len(result.items) == len(MAIN_ITEMS)
    assert [b.kind for b in result.blocks if b.label == "관련기사"] == ["related"]


def test_a_page_without_links_gives_no_items():
    result = extract(document("<p>준비 중입니다.</p>"))

    assert result.items == []
    assert result.encoding == "utf-8"


def test_an_empty_body_gives_no_items():
    assert extract_listing(b"", LISTING_URL).items == []


def test_rows_for_the_spider_carry_the_selector_extractors_keys():
    rows = listing_rows(portal_page().encode("cp949"), LISTING_URL, FETCHED_AT)

    assert [row["position"] for row in rows] == [1, 2, 3, 4, 5]
    assert rows[0] == {
        "position": 1,
        "title": MAIN_ITEMS[0][1],
        "url": article_url(MAIN_ITEMS[0][0]),
        "summary": MAIN_ITEMS[0][2],
        "published_raw": "2025-04-08 14:20",
        "section_raw": None,
        "published_at": datetime(2025, 4, 8, 5, 20, tzinfo=UTC),
        "block": rows[0]["block"],
    }


def test_timing_the_steps_names_every_step_and_changes_nothing_extracted():
    stages: dict[str, float] = {}

    timed = extract_listing(portal_page().encode("utf-8"), LISTING_URL, FETCHED_AT, stages=stages)

    assert timed == extract(portal_page())
    assert list(stages) == list(STAGES)
    assert all(seconds >= 0 for seconds in stages.values())
