"""One crafted page per listing template the demo network's outlets use (JSON-LD lists are in
test_auto_jsonld): the same extractor, no selectors, reads each of them."""

from datetime import datetime
from html import escape

from listing_pages import FETCHED_AT, NAVIGATION, document

from etl.window import KST
from spiders.extract.auto import extract_listing

BOARD = [
    (20250408005, '정부, 반도체 지원 예산 3조원 추가 편성…업계 "환영"', "2025.04.08"),
    (20250408004, "지방소멸 대응기금 배분 결과 발표…최고 등급 12곳", "2025.04.08"),
    (20250407021, "고속도로 휴게소 음식값 인상 자제 요청", "2025.04.07"),
    (20250407020, "문화재청, 국가유산청으로 새 출발", "2025.04.07"),
]


def board_page() -> bytes:
    """A bulletin-board table in EUC-KR: numbers count down, titles are cut with '..' and the
    full title sits in the link's title attribute, dates as [YYYY.MM.DD]."""
    rows = "".join(
        f'<tr><td class="num">{120 - n}</td>'
        f'<td class="subject"><a href="/board/view.php?no={no}" title="{escape(title)}">'
        f"{title[:14]}..</a></td>"
        f'<td class="writer">편집부</td><td class="date">[{day}]</td></tr>'
        for n, (no, title, day) in enumerate(BOARD)
    )
    table = (
        '<table class="board_list"><thead><tr><th>번호</th><th>제목</th><th>글쓴이</th>'
        f"<th>날짜</th></tr></thead><tbody>{rows}</tbody></table>"
    )
    head = '<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">'
    return document(NAVIGATION + table, head=head, charset="euc-kr").encode("cp949")


def test_a_euc_kr_board_table_gives_full_titles_and_bracketed_dates():
    result = extract_listing(board_page(), "http://board.example.co.kr/board/list.php?page=1")

    assert result.encoding == "cp949"
    assert [(i.title, i.published_raw, i.published_at) for i in result.items] == [
        (title, f"[{day}]", datetime(*map(int, day.split(".")), tzinfo=KST))
        for _, title, day in BOARD
    ]
    assert result.items[0].url == "http://board.example.co.kr/board/view.php?no=20250408005"


CARDS = [
    ("economy/bok-holds-rate-steady", "경제", "한은, 기준금리 연 3.00% 동결",
     "2025-04-08T12:00:00+09:00", "3시간 전"),
    ("society/cherry-blossom-festival-crowds", "사회", "여의도 벚꽃축제 첫 주말 인파 몰려", None,
     "54분 전"),
    ("world/us-tariff-talks-resume", "국제", "한미 통상협의 재개…관세 유예 논의", None, "어제"),
]  # fmt: skip


SUMMARY_TAIL = " 관련 소식을 전해드립니다. 자세한 내용은 기사에서 확인하세요."


def card_page() -> bytes:
    """A card grid: each card is one link wrapping image, section, heading, summary and a
    <time> that carries a datetime attribute or only a relative label."""
    cards = "".join(
        f'<article class="card"><a class="card__link" href="/{slug}">'
        f'<div class="card__media"><img src="/img/{n}.webp" alt=""></div>'
        f'<div class="card__body"><span class="card__section">{section}</span>'
        f'<h3 class="card__title">{title}</h3>'
        f'<p class="card__summary">{title}{SUMMARY_TAIL}</p>'
        + (f'<time datetime="{stamp}">{label}</time>' if stamp else f"<time>{label}</time>")
        + "</div></a></article>"
        for n, (slug, section, title, stamp, label) in enumerate(CARDS)
    )
    return document(
        NAVIGATION + f'<main><section class="card-grid">{cards}</section></main>'
    ).encode()


def test_cards_give_heading_titles_sections_and_their_times():
    result = extract_listing(card_page(), "https://cards.example.com/latest", FETCHED_AT)

    assert [
        (i.title, i.section, i.published_raw, i.published_at, i.url) for i in result.items
    ] == [
        ("한은, 기준금리 연 3.00% 동결", "경제", "2025-04-08T12:00:00+09:00",
         datetime(2025, 4, 8, 12, 0, tzinfo=KST), "https://cards.example.com/economy/bok-holds-rate-steady"),
        ("여의도 벚꽃축제 첫 주말 인파 몰려", "사회", "54분 전",
         datetime(2025, 4, 8, 14, 6, tzinfo=KST),
         "https://cards.example.com/society/cherry-blossom-festival-crowds"),
        ("한미 통상협의 재개…관세 유예 논의", "국제", "어제",
         datetime(2025, 4, 7, 0, 0, tzinfo=KST), "https://cards.example.com/world/us-tariff-talks-resume"),
    ]  # fmt: skip
    assert [i.summary for i in result.items] == [
        title + SUMMARY_TAIL for _, _, title, _, _ in CARDS
    ]


WIRE = [
    ("AKR20251231154051098", "신년 특별사면 대상자 발표…경제인 다수 포함", "12-31 23:26"),
    ("AKR20260101000100001", "[속보] 새해 첫 해돋이, 독도에서 오전 7시 26분", "01-01 07:26"),
    ("AKR20251231101500002", "서울 보신각 제야의 종 타종 행사 인파 10만 명", "12-31 10:15"),
]


def wire_page() -> bytes:
    """A wire-service list: headline link, then 'MM-DD HH:MM' with no year."""
    rows = "".join(
        f'<li><div class="news-con"><a href="https://wire.example.co.kr/view/{aid}" '
        f'class="tit-wrap"><strong class="tit-news">{title}</strong></a>'
        f'<p class="lead">{title}에 관한 기사입니다. 자세한 내용은 본문을 참조하세요.</p></div>'
        f'<span class="txt-time">{stamp}</span></li>'
        for aid, title, stamp in WIRE
    )
    return document(f'<div class="list-type038"><ul class="list01">{rows}</ul></div>').encode()


def test_wire_times_without_a_year_take_it_from_the_article_id():
    fetched = datetime(2026, 1, 1, 8, 0, tzinfo=KST)

    items = extract_listing(wire_page(), "https://wire.example.co.kr/news/latest", fetched).items

    assert [(i.title, i.published_raw, i.published_at) for i in items] == [
        (WIRE[0][1], "12-31 23:26", datetime(2025, 12, 31, 23, 26, tzinfo=KST)),
        (WIRE[1][1], "01-01 07:26", datetime(2026, 1, 1, 7, 26, tzinfo=KST)),
        (WIRE[2][1], "12-31 10:15", datetime(2025, 12, 31, 10, 15, tzinfo=KST)),
    ]
