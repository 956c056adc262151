"""The crafted layout gallery (``bench.layouts``): one page per markup family news sites use,
each held to the extraction targets, and the rules those families taught the extractor, each
on a page of its own."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from html import escape
from zoneinfo import ZoneInfo

import pytest
from listing_pages import (
    FETCHED_AT,
    LISTING_URL,
    MAIN_ITEMS,
    SITE,
    article_url,
    document,
    main_list,
)

from bench.layouts import Layout, all_layouts
from etl.window import KST
from spiders.extract.auto import extract_listing
from spiders.extract.auto.evaluation import TARGET_F1, TARGET_TIMESTAMPS, Predicted, score_page

LAYOUTS = all_layouts()


@pytest.mark.parametrize("layout", LAYOUTS, ids=[layout.name for layout in LAYOUTS])
def test_every_layout_reaches_the_targets(layout: Layout):
    result = extract_listing(
        layout.body, layout.page_url, layout.fetched_at, tz=ZoneInfo(layout.timezone)
    )
    got = score_page(
        [Predicted(i.title, i.url, i.summary, i.published_at) for i in result.items],
        layout.labels(),
    )

    assert got.f1 >= TARGET_F1, f"P={got.precision:.3f} R={got.recall:.3f}"
    assert got.timestamps is None or got.timestamps >= TARGET_TIMESTAMPS
    assert got.summaries is None or got.summaries >= TARGET_TIMESTAMPS


def test_the_gallery_spans_both_languages_and_has_gold_for_every_page():
    names = [layout.name for layout in LAYOUTS]

    assert len(set(names)) == len(names) >= 16
    assert {name.split("-")[0] for name in names} == {"ko", "en"}
    assert all(layout.items for layout in LAYOUTS)
    json.dumps([layout.labels() for layout in LAYOUTS])  # the labels.json schema, serialisable


def extract(html: str):  # type: ignore[no-untyped-def]
    return extract_listing(html.encode("utf-8"), LISTING_URL, FETCHED_AT)


ARTICLES = [
    (
        "/world/2025/apr/08/storm-coast-evacuations",
        "Weather",
        "Coastal towns evacuate as storm nears",
    ),
    ("/world/2025/apr/08/port-strike-talks", "Live", "Port strike talks resume after two days"),
    ("/world/2025/apr/08/rail-fares-freeze", "Transport", "Rail fares frozen for another year"),
]


def test_a_kicker_inside_the_title_link_is_the_section_not_part_of_the_title():
    cards = "".join(
        f'<li class="fc-item"><h3 class="fc-item__title"><a href="{href}">'
        f'<span class="fc-item__kicker">{kicker}</span> <span class="headline">{title}</span>'
        f'</a></h3><div class="fc-item__standfirst">{title}, officials said on Tuesday.</div></li>'
        for href, kicker, title in ARTICLES
    )
    result = extract(document(f'<ul class="fc-slice">{cards}</ul>'))

    assert [(i.title, i.section) for i in result.items] == [(t, k) for _, k, t in ARTICLES]


def test_a_ranking_box_does_not_retitle_an_article_with_its_rank_number_or_badge():
    idxno, title = MAIN_ITEMS[0][0], MAIN_ITEMS[0][1]
    ranking = (
        '<div class="aside"><h3>많이 본 뉴스</h3><ol class="rank">'
        f'<li><a href="/news/articleView.html?idxno={idxno}">'
        f'<span class="num">1</span>{title}</a></li>'
        f'<li><a href="/news/articleView.html?idxno=1004">[단독] {MAIN_ITEMS[1][1]}</a></li>'
        "</ol></div>"
    )
    result = extract(document(main_list() + ranking))

    assert [i.title for i in result.items][:2] == [MAIN_ITEMS[0][1], MAIN_ITEMS[1][1]]


def test_a_numbered_most_viewed_box_of_full_cards_is_still_a_ranking():
    cards = "".join(
        f'<li class="popular-item"><span class="rank">{n}</span>'
        f'<a href="/2025/04/0{n}/popular-story-{n}/">'
        f"<h4>많이 본 기사 제목 그 {n}번째 이야기</h4></a>"
        f'<p class="summary">많이 본 기사의 요약문이 여기에 길게 들어가 있습니다 {n}.</p>'
        f'<span class="date">2025.04.0{n} 10:00</span></li>'
        for n in range(1, 6)
    )
    box = (
        '<section class="widget"><h3>많이 본 기사</h3>'
        f'<ol class="popular-list">{cards}</ol></section>'
    )
    result = extract(document(main_list() + box))

    assert len(result.items) == len(MAIN_ITEMS)
    assert not any("popular-story" in i.url for i in result.items)
    assert any(b.kind == "ranking" and not b.kept for b in result.blocks)


def test_classed_labels_in_one_line_are_read_apart_lead_press_and_time():
    rows = "".join(
        f'<li><dl><dt><a href="/mnews/article/021/000269881{n}">{title}</a></dt>'
        f'<dd><span class="lede">{lead}</span> <span class="writing">누리일보</span> '
        f'<span class="date">{n + 1}시간전</span></dd></dl></li>'
        for n, (_, title, lead, _) in enumerate(MAIN_ITEMS)
    )
    result = extract(document(f'<ul class="type06_headline">{rows}</ul>'))

    assert [(i.summary, i.published_raw) for i in result.items] == [
        (lead, f"{n + 1}시간전") for n, (_, _, lead, _) in enumerate(MAIN_ITEMS)
    ]
    assert result.items[0].published_at == datetime(2025, 4, 8, 5, 0, tzinfo=UTC)


def board(notice_row: str) -> str:
    rows = "".join(
        f'<tr><td class="num">{100 - n}</td><td class="subject">'
        f'<a href="/board/view.php?no={idxno}">{title}</a></td>'
        '<td class="date">[2025.04.08]</td></tr>'
        for n, (idxno, title, _, _) in enumerate(MAIN_ITEMS)
    )
    return document(f'<table class="board_list">{notice_row}{rows}</table>')


def test_a_boards_own_notice_is_not_an_article():
    notice = (
        '<tr class="notice"><td class="num">공지</td><td class="subject">'
        '<a href="/board/view.php?no=7990">[공지] 홈페이지 시스템 점검 안내 (4월 10일)</a></td>'
        '<td class="date">[2025.04.01]</td></tr>'
    )
    result = extract(board(notice))

    assert [i.title for i in result.items] == [i[1] for i in MAIN_ITEMS]


def test_an_article_pinned_in_a_notice_classed_row_is_still_an_article():
    pinned = (
        '<tr class="notice"><td class="num">주요</td><td class="subject">'
        '<a href="/board/view.php?no=999">여야, 추경 처리 합의…본회의 오후 개의</a></td>'
        '<td class="date">[2025.04.08]</td></tr>'
    )
    result = extract(board(pinned))

    assert result.items[0].title == "여야, 추경 처리 합의…본회의 오후 개의"


def test_a_sponsored_card_does_not_take_the_article_beside_it_down_with_it():
    hero = (
        '<div class="hero"><a href="/local-news/2025/04/07/reservoir-levels-rebound/">'
        "<h2>Reservoir levels rebound as the county lifts restrictions</h2></a>"
        "<p>Water officials said the wet spring refilled the county's reservoirs.</p></div>"
        '<div class="strip"><span>Sponsored</span><a href="https://ads.example.net/adclick?c=1">'
        "<h3>Refinance your home loan at this week's lowest rates</h3></a></div>"
    )
    stories = "".join(
        f'<article><a href="/local-news/2025/04/0{n}/council-story-{n}/">'
        f"<h3>Council approves budget item number {n} after long debate</h3></a>"
        f"<p>The vote followed a two-hour public hearing on item {n}.</p></article>"
        for n in range(1, 5)
    )
    page = document(f'<main>{hero}<div class="latest">{stories}</div></main>')
    result = extract_listing(page.encode(), "https://valley.example/local-news/", FETCHED_AT)

    urls = [i.url for i in result.items]
    assert "https://valley.example/local-news/2025/04/07/reservoir-levels-rebound/" in urls
    assert not any("adclick" in url for url in urls)


def test_a_newsroom_promo_module_is_not_an_advert():
    promos = "".join(
        f'<div class="PagePromo"><h3 class="PagePromo-title"><a class="Link" '
        f'href="/article/{n}f3c2a9b8e7d6c5b4a39281706f5e4d3c">'
        f"<span>Wildfire smoke triggers air quality alerts across region {n}</span></a></h3>"
        f'<div class="PagePromo-description">Officials urged residents to stay indoors {n}.</div>'
        "</div>"
        for n in range(1, 5)
    )
    page = document(f'<div class="PageList-items">{promos}</div>')
    result = extract_listing(page.encode(), "https://press.example/hub/us-news", FETCHED_AT)

    assert len(result.items) == 4


def test_a_time_attribute_without_an_offset_takes_the_zone_its_text_prints():
    posts = "".join(
        '<div class="post-block"><h2 class="post-block__title">'
        f'<a href="/2025/04/07/startup-{n}-raises/">'
        f"Startup number {n} raises a new round of seed funding</a></h2>"
        f'<time class="river-byline__time" datetime="2025-04-07T2{n}:41:00">'
        f"{n + 8}:41 PM PDT • April 7, 2025</time></div>"
        for n in range(3)
    )
    result = extract_listing(document(posts).encode(), "https://tech.example/", FETCHED_AT)

    assert [i.published_at for i in result.items] == [
        datetime(2025, 4, 8, 3 + n, 41, tzinfo=UTC) for n in range(3)
    ]


def test_screen_reader_labels_and_a_comment_count_are_not_part_of_the_title():
    rows = "".join(
        f'<li><div class="wr_subject"><a href="/bbs/board.php?bo_table=news&wr_id={idxno}">'
        f'{title}<span class="sound_only">댓글</span><span class="cnt_cmt">{n + 2}</span>'
        '<span class="sound_only">개</span></a></div>'
        f'<span class="wr_date">14:{10 + n}</span></li>'
        for n, (idxno, title, _, _) in enumerate(MAIN_ITEMS)
    )
    result = extract(document(f'<div class="list_01"><ul>{rows}</ul></div>'))

    assert [i.title for i in result.items] == [i[1] for i in MAIN_ITEMS]


def test_a_lead_linked_as_a_paragraph_does_not_take_the_headlines_place():
    rows = "".join(
        f'<div class="article-area"><h4 class="article-title">'
        f'<a href="/arti/society/{idxno}.html">{title}</a></h4>'
        f'<div class="article-prologue"><a href="/arti/society/{idxno}.html"><p>{lead}</p></a>'
        '<span class="date">2025-04-08 14:20</span></div></div>'
        for idxno, title, lead, _ in MAIN_ITEMS
    )
    result = extract(document(f'<div class="section-list-area">{rows}</div>'))

    assert [(i.title, i.summary) for i in result.items] == [(t, ld) for _, t, ld, _ in MAIN_ITEMS]


MORE = [(idxno + 50, f"{title} (후속)", lead, stamp) for idxno, title, lead, stamp in MAIN_ITEMS]


def test_lists_in_inactive_tab_panels_are_not_the_pages_items():
    def panel(n: int, style: str) -> str:
        rows = "".join(
            f'<li><a href="/news/articleView.html?idxno={n * 100 + k}">'
            f"탭 {n}번 지역 소식 기사 제목 {k}번째</a><span>2025-04-08 1{k}:00</span></li>"
            for k in range(4)
        )
        return f'<div id="tab-{n}" class="tab_cont"{style}><ul class="type2">{rows}</ul></div>'

    box = panel(1, "") + panel(2, ' style="display: none"') + panel(3, " hidden")
    # Hidden but no tab: shown by the page's script later (a cluster's further articles).
    more = '<div class="cluster_more" style="display:none">' + main_list(MORE) + "</div>"
    result = extract(document(main_list() + box + more))

    assert not any("idxno=2" in i.url or "idxno=3" in i.url for i in result.items)
    assert [b.kind for b in result.blocks].count("hidden") == 2
    assert {f"idxno={idxno}" for idxno, _, _, _ in MORE} <= {
        i.url.split("?")[1] for i in result.items
    }


def test_a_title_attribute_that_only_adds_what_the_link_does_does_not_retitle():
    rows = "".join(
        f'<tr><td>{1990 - n}</td><td class="subject">'
        f'<a href="/news/articleView.html?idxno={idxno}" title="{title} {hint}">{title}</a>'
        f'</td><td class="date">2025-04-0{n + 1}</td></tr>'
        for n, ((idxno, title, _, _), hint) in enumerate(
            zip(
                MAIN_ITEMS[:4],
                ["상세보기", "새창열림", "(opens in a new window)", "- 바로가기"],
                strict=True,
            )
        )
    )
    cut = (  # a title attribute that completes a cut headline still does
        '<tr><td>1980</td><td class="subject"><a href="/news/articleView.html?idxno=999" '
        'title="지역 상권 살리기 예산 두 배로 늘린다">지역 상권 살리기 예산..</a></td>'
        '<td class="date">2025-04-01</td></tr>'
    )
    result = extract(document(f'<table class="board"><tbody>{rows}{cut}</tbody></table>'))

    assert [i.title for i in result.items] == [
        *(title for _, title, _, _ in MAIN_ITEMS[:4]),
        "지역 상권 살리기 예산 두 배로 늘린다",
    ]


def test_the_right_column_of_a_left_right_pair_is_a_sidebar():
    side = (
        '<div class="box"><h3>섹션 주요뉴스</h3><ul>'
        + "".join(
            f'<li><a href="/news/articleView.html?idxno={900 + k}">'
            f"섹션 주요뉴스 목록에 걸린 다른 기사 제목 {k}</a> <span>2025.04.08 1{k}:00</span></li>"
            for k in range(4)
        )
        + "</ul></div>"
    )
    page = (
        f'<div id="container"><div class="content-left">{main_list()}</div>'
        f'<div class="content-right">{side}</div></div>'
    )
    result = extract(document(page))

    assert [i.url for i in result.items] == [article_url(n) for n, _, _, _ in MAIN_ITEMS]
    assert "sidebar" in [b.kind for b in result.blocks]


def test_a_live_or_new_badge_inside_the_title_link_is_not_part_of_the_title():
    badges = ["LIVE", "라이브", "New", "HOT"]
    rows = "".join(
        f'<li><strong class="tit"><a href="/news/articleView.html?idxno={idxno}">'
        f'<em class="badge">{badge}</em> {title}</a></strong><p class="lead">{lead}</p>'
        f'<span class="time">{stamp}</span></li>'
        for (idxno, title, lead, stamp), badge in zip(MAIN_ITEMS[:4], badges, strict=True)
    )
    result = extract(document(f'<ul class="list_news">{rows}</ul>'))

    assert [i.title for i in result.items] == [t for _, t, _, _ in MAIN_ITEMS[:4]]


def test_a_ranking_box_rewording_a_headline_does_not_retitle_but_a_fuller_one_does():
    (first, title, _, _), (second, cut_title, _, _) = MAIN_ITEMS[0], MAIN_ITEMS[1]
    listed = [
        (idxno, cut_title[:12] + ".." if idxno == second else t, lead, stamp)
        for idxno, t, lead, stamp in MAIN_ITEMS
    ]
    ranking = (
        '<div class="aside"><h3>많이 본 뉴스</h3><ol class="rank">'
        f'<li><a href="/news/articleView.html?idxno={first}">'
        '한은 총재 "물가 경로 불확실" 기준금리 또 묶어 시장 실망</a></li>'
        f'<li><a href="/news/articleView.html?idxno={second}">{cut_title}</a></li>'
        "</ol></div>"
    )
    result = extract(document(main_list(listed) + ranking))

    titles = {i.url: i.title for i in result.items}
    assert titles[article_url(first)] == title
    assert titles[article_url(second)] == cut_title


def test_a_bare_media_length_yields_to_the_records_own_time():
    rows = "".join(
        f'<li><a href="/news/endPage.do?news_id=N10079120{k:02d}"><div class="thumb">'
        f'<img src="/b.gif" alt=""><span class="ico_play"><em>0{k}:52</em></span></div>'
        f'<strong class="title">{title}</strong><span class="time">{k + 1}시간 전</span></a></li>'
        for k, (_, title, _, _) in enumerate(MAIN_ITEMS[:4])
    )
    result = extract(document(f'<ul class="list">{rows}</ul>'))

    assert [i.published_raw for i in result.items] == [
        "1시간 전",
        "2시간 전",
        "3시간 전",
        "4시간 전",
    ]


def test_a_query_id_with_a_letter_prefix_names_an_article():
    slides = "".join(
        f'<div class="swiper-slide"><a href="/news/endPage.do?news_id=N10079120{k:02d}">'
        f'<img src="/b.gif" alt=""><strong class="title">{title}</strong></a></div>'
        for k, (_, title, _, _) in enumerate(MAIN_ITEMS[:4])
    )
    result = extract(document(f'<div class="swiper-wrapper">{slides}</div>' + main_list()))

    assert [i.url for i in result.items[:4]] == [
        f"{SITE}/news/endPage.do?news_id=N10079120{k:02d}" for k in range(4)
    ]


def test_other_sites_coverage_nested_under_a_search_result_is_not_the_pages_items():
    def result_item(n: int, title: str, lead: str, nested: bool) -> str:
        cluster = (
            '<div class="news_cluster"><ul class="list_cluster">'
            + "".join(
                f'<li class="sub_bx"><a class="sub_tit" href="https://{host}.example/view/{n}{k}7">'
                f"{host} 신문이 같은 소식을 다룬 관련 기사 제목 {k}</a><span>1시간 전</span></li>"
                for k, host in enumerate(("beta", "gamma", "delta"))
            )
            + "</ul></div>"
        )
        return (
            f'<li class="bx"><div class="news_area"><a class="press" href="https://alpha.example/">'
            f'알파일보</a><span class="info">3시간 전</span><a class="news_tit" '
            f'href="https://alpha.example/article/{n}123456">{title}</a>'
            f'<div class="dsc">{lead}</div></div>{cluster if nested else ""}</li>'
        )

    rows = "".join(
        result_item(n, title, lead, nested=n % 2 == 0)
        for n, (_, title, lead, _) in enumerate(MAIN_ITEMS)
    )
    result = extract(document(f'<ul class="list_news">{rows}</ul>'))

    assert [i.url for i in result.items] == [
        f"https://alpha.example/article/{n}123456" for n in range(len(MAIN_ITEMS))
    ]
    assert "related" in [b.kind for b in result.blocks]


def test_an_empty_link_over_a_card_is_named_by_its_aria_label():
    cards = "".join(
        f'<li><div class="dcr-card"><a href="/uk-news/2025/apr/0{k + 1}/story-{k}" '
        f'aria-label="{escape(title)}" data-link-name="card-@{k}"></a>'
        f'<h3 class="card-headline"><span class="show-underline">{title}</span></h3>'
        f"<p>{lead}</p></div></li>"
        for k, (_, title, lead, _) in enumerate(MAIN_ITEMS)
    )
    # Beside a link that shows the headline itself, the overlay is not the article's link.
    shown = (
        '<div class="promo"><a href="/uk-news/2025/apr/09/shown" aria-label="Overlay name"></a>'
        '<h3><a href="/uk-news/2025/apr/09/shown">Headline the page shows as a link</a></h3>'
        "<p>A lead for the shown story, long enough to be read as one.</p></div>"
    )
    result = extract(document(f'<ul class="dcr-list">{cards}</ul>{shown}'))

    titles = {i.url.rsplit("/", 1)[1]: i.title for i in result.items}
    assert [titles.get(f"story-{k}") for k in range(len(MAIN_ITEMS))] == [
        title for _, title, _, _ in MAIN_ITEMS
    ]
    assert "Overlay name" not in titles.values()


def test_a_bare_box_after_the_list_that_mostly_repeats_it_is_a_digest():
    digest = (
        '<div class="col-three"><section class="headlineStack"><h1>Top Headlines</h1><ul>'
        + "".join(
            f'<li><a href="/news/articleView.html?idxno={idxno}">{title}</a></li>'
            for idxno, title, _, _ in MAIN_ITEMS[:3]
        )
        + '<li><a href="/news/articleView.html?idxno=4001">다른 면의 기사 제목이 걸린다</a></li>'
        + '<li><a href="/news/articleView.html?idxno=4002">또 다른 면의 기사 제목이 걸린다</a></li>'
        + "</ul></section></div>"
    )
    result = extract(document(main_list() + digest))

    assert [i.url for i in result.items] == [article_url(n) for n, _, _, _ in MAIN_ITEMS]


def _card(k: int, title: str, lead: str, css: str = "c-card", hidden: str = "") -> str:
    """A card whose one link holds its label, headline and lead (a whole-card link)."""
    return (
        f'<div class="{css}"><a class="c-card__link" href="/canada/article-story-{k}/">'
        f'<span class="c-card__label">Canada</span><h3 class="c-card__hed">{hidden}{title}</h3>'
        f'<p class="c-card__dek">{lead}</p></a><span class="c-card__ts">7 April 2025 9:4{k} p.m. ET'
        "</span></div>"
    )


def test_whole_card_links_of_another_class_are_not_folded_into_the_card_before():
    cards = "".join(
        _card(k, title, f"{lead} {lead}", "c-card c-card--lead" if k == 0 else "c-card")
        for k, (_, title, lead, _) in enumerate(MAIN_ITEMS)
    )
    result = extract(document(f'<section class="list">{cards}</section>'))

    assert [i.title for i in result.items] == [t for _, t, _, _ in MAIN_ITEMS]


def test_text_hidden_by_a_prefixed_helper_class_is_not_part_of_a_card_title():
    hidden = '<span class="u-visually-hidden">Subscriber content</span>'
    cards = "".join(
        _card(k, title, lead, hidden=hidden) for k, (_, title, lead, _) in enumerate(MAIN_ITEMS)
    )
    result = extract(document(f'<section class="list">{cards}</section>'))

    assert [i.title for i in result.items] == [t for _, t, _, _ in MAIN_ITEMS]


def test_a_list_headed_as_recommendations_beside_the_pages_own_list_is_related():
    recommended = "".join(
        _card(
            90 + k,
            f"추천 기사 제목 {k}번: 다른 필자가 쓴 인기 글",
            "추천 글의 부제가 여기에 붙는다. " * 3,
        )
        for k in range(3)
    )
    page = (
        main_list()
        + f'<section class="feed"><h2>Recommended from BlogNet</h2>{recommended}</section>'
    )
    result = extract(document(page))

    assert [i.url for i in result.items] == [article_url(n) for n, _, _, _ in MAIN_ITEMS]


def test_a_badge_drawn_behind_an_icon_is_not_part_of_the_title():
    rows = "".join(
        f'<li><h3><a href="/news/articleView.html?idxno={idxno}"><span class="live-label">'
        f'<span class="pulse" aria-hidden="true"></span>LIVE</span> <span>{title}</span></a>'
        f'</h3><p class="lead">{lead}</p></li>'
        for idxno, title, lead, _ in MAIN_ITEMS
    )
    result = extract(document(f'<ul class="stories">{rows}</ul>'))

    assert [i.title for i in result.items] == [t for _, t, _, _ in MAIN_ITEMS]


def test_a_list_of_two_articles_inside_a_section_box_gives_both():
    def section(n: int, count: int) -> str:
        rows = "".join(
            f'<li{" class=top" if k == 0 else ""}><a href="/article/2025040800{n}0{k}">'
            f"지면 {n}면에 실린 기사 제목 {k}번째 이야기</a></li>"
            for k in range(count)
        )
        return (
            f'<div class="paper_section"><h3>A{n}면</h3><a href="/viewer?page=A0{n}">'
            f'<img src="/thumb/A0{n}.jpg" alt="A{n}면 PDF 보기"></a><ul>{rows}</ul></div>'
        )

    result = extract(document(section(1, 3) + section(2, 2) + section(3, 3)))

    assert sorted(i.url.rsplit("/", 1)[1] for i in result.items) == sorted(
        f"2025040800{n}0{k}" for n, count in ((1, 3), (2, 2), (3, 3)) for k in range(count)
    )


def test_a_class_saying_how_a_block_is_paged_does_not_make_it_a_menu():
    page = main_list().replace(
        '<ul class="list-block">', '<ul class="list-block jeg_pagination_nav_1">'
    )
    result = extract(document(f'<div class="td_block_wrap td_with_ajax_pagination">{page}</div>'))

    assert [i.url for i in result.items] == [article_url(n) for n, _, _, _ in MAIN_ITEMS]


def test_a_list_inside_an_element_named_footer_is_not_the_pages():
    picks = "".join(
        f'<div class="m"><h3><a href="/news/articleView.html?idxno={900 + k}">편집자가 고른 '
        f'다른 기사 제목 {k}번째</a></h3><time datetime="2025-04-0{k + 1}T09:00:00+09:00">'
        f"2025-04-0{k + 1}</time></div>"
        for k in range(3)
    )
    inner = f'<div class="block">{picks}</div>'
    footer = (
        f'<div class="td-footer-wrap"><div><div><div><div>{inner}</div></div></div></div></div>'
    )
    result = extract(document(main_list() + footer))

    assert [i.url for i in result.items] == [article_url(n) for n, _, _, _ in MAIN_ITEMS]


def test_a_time_printed_as_a_link_to_the_article_itself_is_its_time():
    rows = "".join(
        f'<article class="jeg_post"><h3 class="jeg_post_title"><a href="/news/articleView.html?'
        f'idxno={idxno}">{title}</a></h3><div class="jeg_meta_date"><a href="/news/articleView'
        f'.html?idxno={idxno}">{k + 1} hours ago</a></div><p>{lead}</p></article>'
        for k, (idxno, title, lead, _) in enumerate(MAIN_ITEMS)
    )
    result = extract(document(f'<div class="jeg_posts">{rows}</div>'))

    assert [i.published_raw for i in result.items] == [
        f"{k + 1} hours ago" for k in range(len(MAIN_ITEMS))
    ]


def test_stories_with_no_element_of_their_own_keep_their_dates_and_leads():
    stories = "".join(
        f'<a class="headline" href="/news/articleView.html?idxno={idxno}"><b>{title}</b></a><br>'
        f'<font size="1">April {k + 1}, 2025</font><br>{lead}<br><br>'
        for k, (idxno, title, lead, _) in enumerate(MAIN_ITEMS)
    )
    result = extract(document(f"<table><tr><td>{stories}</td></tr></table>"))

    assert [(i.title, i.summary, i.published_raw) for i in result.items] == [
        (title, lead, f"April {k + 1}, 2025") for k, (_, title, lead, _) in enumerate(MAIN_ITEMS)
    ]


def test_a_table_caption_row_names_its_box():
    obits = "<br>".join(
        f'<a href="/obits/obit.asp?id=99{k}">{name}</a>'
        for k, name in enumerate(["Olsen, Raymond E.", "Petersen, Marjorie L.", "Hughes, Betty"])
    )
    box = (
        '<table><tr><td bgcolor="#003366"><font size="2"><b>Obituaries</b></font></td></tr>'
        f"<tr><td>{obits}</td></tr></table>"
    )
    result = extract(document(main_list() + box))

    assert [i.url for i in result.items] == [article_url(n) for n, _, _, _ in MAIN_ITEMS]
    assert "Obituaries" in [b.label for b in result.blocks]


def test_a_card_link_of_inline_wrappers_around_lines_gives_title_lead_and_time():
    rows = "".join(
        f'<li><a class="box-content" href="/news/view.do?ncd={idxno}"><span class="thumbnail">'
        f'<img src="/t/{idxno}.jpg" alt=""></span><span class="txt-wrapper"><p class="title">'
        f'{title}</p><p class="txt">{lead}</p><p class="date">2025.04.08 (1{k}:05)</p></span>'
        "</a></li>"
        for k, (idxno, title, lead, _) in enumerate(MAIN_ITEMS)
    )
    result = extract(document(f'<ul class="box-contents">{rows}</ul>'))

    assert [(i.title, i.summary, i.published_raw) for i in result.items] == [
        (title, lead, f"2025.04.08 (1{k}:05)") for k, (_, title, lead, _) in enumerate(MAIN_ITEMS)
    ]


def test_an_inline_card_link_with_a_lead_part_is_titled_by_the_part_before_it():
    rows = "".join(
        f'<li><a href="/news/view.do?newsId=1489412{k:02d}"><span class="thumb"><img src="/t.jpg"'
        f' alt=""></span><span class="text"><strong>{title}</strong><span class="lead">{lead}'
        f'</span><span class="info"><span class="source">문화체육관광부</span>'
        f'<span class="date">2025.04.0{k + 1}</span></span></span></a></li>'
        for k, (_, title, lead, _) in enumerate(MAIN_ITEMS)
    )
    result = extract(document(f'<ul class="list">{rows}</ul>'))

    assert [(i.title, i.summary) for i in result.items] == [
        (title, lead) for _, title, lead, _ in MAIN_ITEMS
    ]


def test_a_table_row_story_keeps_the_lead_in_the_link_less_row_after_it():
    rows = "".join(
        f'<tr><td><a href="news_view.asp?nidx={idxno}" class="news_title"><b>{title}</b></a></td>'
        f"<td>2025-04-08 오후 {k + 1}:05:31</td></tr>"
        f'<tr><td colspan="2">{lead}</td></tr><tr><td colspan="2" height="1"></td></tr>'
        for k, (idxno, title, lead, _) in enumerate(MAIN_ITEMS)
    )
    result = extract(document(f"<table>{rows}</table>"))

    assert [(i.title, i.summary) for i in result.items] == [
        (title, lead) for _, title, lead, _ in MAIN_ITEMS
    ]


def test_attributes_the_stylesheet_prints_are_the_records_text():
    style = (
        "<style>.flm[data-c-br]::after{content:attr(data-c-br)}"
        ".sbt::before{content: attr(data-c-dt)}</style>"
    )
    links = "".join(
        f'<a class="flm" href="/story/news/2025/04/07/story-{k}/{idxno}/" '
        f'data-c-br="{escape(lead)}">'
        f'{title}<div class="sbt" data-c-dt="{k + 1}:05 p.m. ET April 7"></div></a>'
        for k, (idxno, title, lead, _) in enumerate(MAIN_ITEMS)
    )
    result = extract(document(f'<div class="flm-list">{links}</div>', head=style))

    assert [(i.summary, i.published_raw) for i in result.items] == [
        (lead, f"{k + 1}:05 p.m. ET April 7") for k, (_, _, lead, _) in enumerate(MAIN_ITEMS)
    ]


def test_a_pro_pill_inside_the_title_link_is_not_part_of_the_title():
    rows = "".join(
        f'<div class="Card"><a class="Card-title" href="/2025/04/07/story-{idxno}.html">'
        f'<div class="Card-titleContainer"><span class="ProPill"><span class="ProPill-pill">PRO'
        f'</span></span>{title}</div></a><span class="Card-time">{k + 1} Hours Ago</span></div>'
        for k, (idxno, title, _, _) in enumerate(MAIN_ITEMS)
    )
    result = extract(document(f'<div class="River">{rows}</div>'))

    assert [i.title for i in result.items] == [t for _, t, _, _ in MAIN_ITEMS]


def test_a_cards_section_link_and_picture_link_are_parts_of_the_card_not_items():
    def card(n: int, title: str, lead: str) -> str:
        return (
            f'<div class="css-1r6ldj1"><div class="css-1n1zzm0">'
            f'<a class="css-a8kbby" href="/news/hong-kong/law-and-crime">Law and Crime</a>'
            f'<h2 class="css-1pv1rx1"><a class="css-1t8pnct" href="/news/hong-kong/article/{n}/'
            f'story-number-{n}">{title}</a></h2><p class="css-ogzmly">{lead}</p>'
            f'<span class="css-1kvodfw">8 Apr 2025 - 1:{n}PM</span></div>'
            f'<div class="css-1bw5rni"><a class="css-1ngbwxy" href="/news/hong-kong/article/{n}/'
            f'story-number-{n}"><img src="/i/{n}.jpg" alt=""></a></div></div>'
        )

    cards = "".join(card(10 + k, t, ld) for k, (_, t, ld, _) in enumerate(MAIN_ITEMS))
    result = extract(document(f'<main><div class="css-1iv6p6w">{cards}</div></main>'))

    assert [i.title for i in result.items] == [t for _, t, _, _ in MAIN_ITEMS]


def test_one_class_name_and_the_next_never_run_together_into_a_vocabulary_word():
    rows = "".join(
        f'<li><a href="/news/articleView.html?idxno={idxno}">{title}</a>'
        f"<span>2025-04-08 1{k}:00</span></li>"
        for k, (idxno, title, _, _) in enumerate(MAIN_ITEMS)
    )
    # "square" + "latest" holds "relate": a related-links box it is not.
    page = f'<section class="article-square"><h2>Latest in Tech</h2><ul>{rows}</ul></section>'
    result = extract(document(page))

    assert [i.url for i in result.items] == [article_url(n) for n, _, _, _ in MAIN_ITEMS]


def test_a_card_link_of_short_labels_around_its_title_part_is_titled_by_that_part():
    rows = "".join(
        f'<li><a href="/vod/view.html?clip=2025040800{k}"><span class="thumb"><img src="x.jpg" '
        f'alt=""><span class="ico_play">재생</span><span class="time">0{k}:31</span></span>'
        f'<strong class="tit">{title}</strong><span class="date">방송일 2025.04.0{k + 1}</span>'
        "</a></li>"
        for k, (_, title, _, _) in enumerate(MAIN_ITEMS)
    )
    result = extract(document(f'<ul class="vod_list">{rows}</ul>'))

    assert [(i.title, i.published_raw) for i in result.items] == [
        (title, f"2025.04.0{k + 1}") for k, (_, title, _, _) in enumerate(MAIN_ITEMS)
    ]


def test_a_bracketed_tag_classed_as_a_category_stays_in_the_title():
    rows = "".join(
        f'<li><a href="/news/articleView.html?idxno={idxno}"><span class="cate">[SE★포토]</span> '
        f'{title}</a> <span class="date">2025.04.08 14:1{k}</span></li>'
        for k, (idxno, title, _, _) in enumerate(MAIN_ITEMS)
    )
    result = extract(document(f'<ul class="photo_list">{rows}</ul>'))

    assert [(i.title, i.section) for i in result.items] == [
        (f"[SE★포토] {title}", "SE★포토") for _, title, _, _ in MAIN_ITEMS
    ]


def test_the_publication_time_beats_an_updated_line():
    rows = "".join(
        f'<article class="item"><h2><a href="/news/articleView.html?idxno={idxno}">{title}</a>'
        f'</h2><p class="lead">{lead}</p><span class="date">Published: 7 April 2025 10:0{k} CEST'
        f'</span><span class="date">Updated: 7 April 2025 10:4{k} CEST</span></article>'
        for k, (idxno, title, lead, _) in enumerate(MAIN_ITEMS)
    )
    result = extract(document(f'<div class="list">{rows}</div>'))

    assert [i.published_raw for i in result.items] == [
        f"7 April 2025 10:0{k} CEST" for k in range(len(MAIN_ITEMS))
    ]


def test_the_sites_own_story_inside_a_paid_recommendation_widget_is_not_an_item():
    widget = (
        '<div class="OUTBRAIN"><div class="ob-widget-header">Recommended</div><ul>'
        '<li class="rec"><a class="rec-link" href="https://paid.outbrain.example/network/redir'
        '?p=1"><span>Doctors stunned by this simple knee trick</span><span>Sponsored | JointWell'
        '</span></a></li><li class="rec"><a class="rec-link" href="https://paid.outbrain.example'
        '/network/redir?p=2"><span>Homeowners could get solar panels for nothing</span><span>'
        'Sponsored | Solar</span></a></li><li class="rec"><a class="rec-link" href="/news/'
        'articleView.html?idxno=31352207&amp;obOrigUrl=true"><span>Beloved old bakery to close '
        "after ninety years</span></a></li></ul></div>"
    )
    result = extract(document(main_list() + widget))

    assert [i.url for i in result.items] == [article_url(n) for n, _, _, _ in MAIN_ITEMS]


def test_a_more_from_another_desk_box_beside_the_pages_list_is_not_its_items():
    more = (
        '<section class="more-from"><h2>More from Bits &amp; Atoms</h2><ul>'
        + "".join(
            f'<li><h3><a href="/news/articleView.html?idxno={800 + k}">다른 코너의 기사 제목 '
            f"{k}번째 이야기</a></h3><p>다른 코너의 기사를 소개하는 짧은 요약 문장이 여기에 "
            f"붙는다 {k}.</p></li>"
            for k in range(3)
        )
        + "</ul></section>"
    )
    result = extract(document(main_list() + more))

    assert [i.url for i in result.items] == [article_url(n) for n, _, _, _ in MAIN_ITEMS]


def test_a_permalink_printed_as_a_time_dates_a_story_linking_elsewhere():
    clusters = "".join(
        f'<div class="clus"><div class="item"><span class="pml"><a href="/250407/p{k}#a">'
        f'{k + 1}:41 PM</a></span><cite>Jane / <a href="https://out{k}.example/">Outlet</a>:'
        f'</cite><div class="ii"><strong><a href="https://out{k}.example/2025/04/07/story-{k}/">'
        f"{title}</a></strong> — {lead}</div></div></div>"
        for k, (_, title, lead, _) in enumerate(MAIN_ITEMS)
    )
    result = extract(document(f'<div class="pagecont">{clusters}</div>'))

    assert [i.published_raw for i in result.items] == [
        f"{k + 1}:41 PM" for k in range(len(MAIN_ITEMS))
    ]


def test_a_mastheads_subscription_mark_opening_the_title_link_is_not_part_of_the_title():
    marks = [
        '<span class="premium-badge">Post+</span> ',
        '<span class="tag">Herald+</span> ',
        "",
        "",
    ]
    rows = "".join(
        f'<article class="story-teaser"><h3><a href="/news/articleView.html?idxno={idxno}">'
        f"{mark}{title}</a></h3><p>{lead}</p></article>"
        for (idxno, title, lead, _), mark in zip(MAIN_ITEMS[:4], marks, strict=True)
    )
    # A plus inside the headline is the headline's own ("Students earn A+ …").
    grade = (
        '<article class="story-teaser"><h3><a href="/news/articleView.html?idxno=5001">'
        "Students earn <b>A+</b> grades in record numbers this spring</a></h3><p>"
        "More pupils than ever reached the top grade, the exam board said on Tuesday.</p></article>"
    )
    result = extract(document(f'<div class="teasers">{rows}{grade}</div>'))

    assert [i.title for i in result.items] == [
        *(t for _, t, _, _ in MAIN_ITEMS[:4]),
        "Students earn A+ grades in record numbers this spring",
    ]


def test_day_lines_inside_a_list_date_the_bare_clocks_after_them():
    entries = [("4월 8일 (화)", None), ("14:05", 1187321), ("00:42", 1187300)]
    entries += [("4월 7일 (월)", None), ("12:50", 1187119), ("09:10", 1187001)]
    rows = "".join(
        f'<li class="date_line"><strong>{text}</strong></li>'
        if idxno is None
        else f'<li><span class="time">{text}</span> <a href="/news/article/{idxno}">'
        f"[속보] 속보 목록에 올라온 기사 제목 {idxno}번</a></li>"
        for text, idxno in entries
    )
    result = extract(document(f'<ul class="breaking_list">{rows}</ul>'))

    assert [i.published_at for i in result.items] == [
        datetime(2025, 4, 8, 14, 5, tzinfo=KST),
        datetime(2025, 4, 8, 0, 42, tzinfo=KST),
        datetime(2025, 4, 7, 12, 50, tzinfo=KST),
        datetime(2025, 4, 7, 9, 10, tzinfo=KST),
    ]


def test_a_pinned_announcement_on_a_link_board_is_not_an_article():
    pinned = (
        '<div class="thing stickied"><div class="score">512</div><p class="title"><a class="title"'
        ' href="/r/x/comments/1a2b3c4d5e/rules_reminder_for_everyone/">r/x rules reminder: no '
        'editorialised titles</a> <span class="linkflairlabel">Announcement</span></p></div>'
    )
    rows = "".join(
        f'<div class="thing"><div class="score">4.1k</div><p class="title"><a class="title" '
        f'href="https://news{k}.example/world/2025/04/08/story-{k}">{title}</a></p></div>'
        for k, (_, title, _, _) in enumerate(MAIN_ITEMS)
    )
    result = extract(document(f'<div id="siteTable">{pinned}{rows}</div>'))

    assert [i.title for i in result.items] == [t for _, t, _, _ in MAIN_ITEMS]


def test_counters_and_new_icons_with_screen_reader_words_are_not_part_of_titles():
    rows = "".join(
        f'<li><a href="/bbs/board.php?bo_table=news&amp;wr_id={idxno}">{title} '
        f'<span class="cnt_cmt"><span class="sound_only">댓글</span>{k + 3}'
        f'<span class="sound_only">개</span></span>'
        f'<span class="new_icon">N<span class="sound_only">새글</span></span></a>'
        f"<p>{lead}</p><span>14:2{k}</span></li>"
        for k, (idxno, title, lead, _) in enumerate(MAIN_ITEMS)
    )
    result = extract(document(f'<ul class="webzine_list">{rows}</ul>'))

    assert [i.title for i in result.items] == [t for _, t, _, _ in MAIN_ITEMS]


def test_a_ranking_box_adding_an_update_tag_does_not_retitle():
    ranking = (
        '<div class="ranking_box"><h3>많이 본 기사</h3><ol>'
        + "".join(
            f'<li><em>{n}</em><a href="/news/articleView.html?idxno={idxno}">'
            f"{title} (종합)</a></li>"
            for n, (idxno, title, _, _) in enumerate(MAIN_ITEMS[:3], start=1)
        )
        + "</ol></div>"
    )
    result = extract(document(main_list() + ranking))

    assert [i.title for i in result.items] == [t for _, t, _, _ in MAIN_ITEMS]


def test_an_unlinked_heading_titles_an_item_whose_only_link_is_read_more():
    rows = "".join(
        f'<div class="post"><h3>{title}</h3><p class="date">2025-04-08 1{k}:05</p><p>{lead}</p>'
        f'<a href="/news/articleView.html?idxno={idxno}">{more}</a></div>'
        for k, ((idxno, title, lead, _), more) in enumerate(
            zip(
                MAIN_ITEMS[:4],
                ["Read more", "Continue reading →", "기사 더보기", "Read more »"],
                strict=True,
            )
        )
    )
    result = extract(document(f'<div class="posts">{rows}</div>'))

    assert [(i.title, i.url) for i in result.items] == [
        (title, article_url(idxno)) for idxno, title, _, _ in MAIN_ITEMS[:4]
    ]


def test_a_short_lead_in_a_lead_classed_element_is_the_lead():
    stories = [
        ("best-cheap-earbuds", "The best budget wireless earbuds to buy right now",
         "Good sound need not cost a lot."),
        ("phone-review", "The new folding phone is lighter and cheaper", "Cheaper, lighter, late."),
        ("chip-plant", "Chipmaker breaks ground on its second plant in Arizona", ""),
        ("rail-strike", "Rail workers vote to strike over pay and staffing", ""),
    ]  # fmt: skip
    rows = "".join(
        f'<div class="entry"><h2 class="title"><a href="/2025/4/{k + 1}/{slug}">{title}</a></h2>'
        + (f'<p class="c-entry-box--compact__dek">{dek}</p>' if dek else "")
        + f'<time datetime="2025-04-0{k + 1}T14:05:00-04:00">Apr {k + 1}, 2025</time></div>'
        for k, (slug, title, dek) in enumerate(stories)
    )
    result = extract(document(f'<div class="c-compact-river">{rows}</div>'))

    assert [i.summary for i in result.items] == [dek or None for _, _, dek in stories]


def test_the_right_column_of_a_camel_case_pair_is_a_sidebar():
    side = (
        '<div class="primeWidget"><h2>Prime Stories</h2><ul>'
        + "".join(
            f'<li><a href="/news/articleView.html?idxno={900 + k}">프라임 기사로 걸린 다른 '
            f"기사 제목 {k}</a> <span>2025.04.08 1{k}:00</span></li>"
            for k in range(3)
        )
        + "</ul></div>"
    )
    page = (
        f'<div class="mainContainer"><div class="leftContent">{main_list()}</div>'
        f'<div class="rightContent">{side}</div></div>'
    )
    result = extract(document(page))

    assert [i.url for i in result.items] == [article_url(n) for n, _, _, _ in MAIN_ITEMS]


def test_a_breaking_news_ticker_is_not_the_pages_list():
    ticker = (
        '<div class="breaking_news" id="breakingTicker"><strong class="breaking_tit">실시간 속보'
        '</strong><ul class="breaking_list">'
        + "".join(
            f'<li><a href="/news/articleView.html?idxno={700 + k}">[속보] 다른 부서에서 나온 속보 '
            f'제목 {k}</a><span class="time">14:5{k}</span></li>'
            for k in range(4)
        )
        + "</ul></div>"
    )
    result = extract(document(ticker + main_list()))

    assert [i.url for i in result.items] == [article_url(n) for n, _, _, _ in MAIN_ITEMS]


def test_a_box_that_rewrites_a_titles_marks_does_not_retitle_it():
    (first, title, _, _), *others = MAIN_ITEMS[:3]
    entries = [(first, f"{title.replace(',', '')}: our review")]
    entries += [(idxno, other) for idxno, other, _, _ in others]
    ranking = (
        "<aside><h2>Most Popular</h2><ol>"
        + "".join(
            f'<li><a href="/news/articleView.html?idxno={idxno}">{text}</a></li>'
            for idxno, text in entries
        )
        + "</ol></aside>"
    )
    result = extract(document(main_list() + ranking))

    assert result.items[0].title == title


def test_tab_panels_the_stylesheet_hides_by_class_are_not_the_pages_items():
    def panel(n: int, on: bool) -> str:
        rows = "".join(
            f'<li><a href="/news/articleView.html?idxno={n * 100 + k}">지역 {n}번 탭 소식 기사 '
            f"제목 {k}번째</a><p>지역 {n}번 탭의 기사를 소개하는 요약 문장이 여기에 붙는다.</p>"
            f"<span>2025.04.08 1{k}:35</span></li>"
            for k in range(4)
        )
        return f'<div class="tab_cont{" on" if on else ""}"><ul>{rows}</ul></div>'

    style = "<style>.tab_cont{display:none} .tab_cont.on{display:block}</style>"
    page = panel(1, True) + panel(2, False) + panel(3, False)
    result = extract(document(f'<div class="tab_area">{page}</div>', head=style))

    assert {i.url.rsplit("=", 1)[1][0] for i in result.items} == {"1"}


def test_a_bracketed_status_badge_in_its_own_element_is_not_part_of_the_title():
    prefixes = ["[LIVE]", "[영상]", "[속보]", ""]
    rows = "".join(
        f'<li><a href="/news/articleView.html?idxno={idxno}"><strong class="tit-news">'
        + (f'<span class="prefix">{prefix}</span> ' if prefix else "")
        + f'<span class="title01">{title}</span></strong></a><p class="lead">{lead}</p></li>'
        for (idxno, title, lead, _), prefix in zip(MAIN_ITEMS[:4], prefixes, strict=True)
    )
    result = extract(document(f'<ul class="list">{rows}</ul>'))

    assert [i.title for i in result.items] == [
        title if prefix in ("", "[LIVE]") else f"{prefix} {title}"
        for (_, title, _, _), prefix in zip(MAIN_ITEMS[:4], prefixes, strict=True)
    ]
