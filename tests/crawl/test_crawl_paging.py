"""The three walks through a listing and the page-number seek, on simulated listings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from etl.window import KST, Window
from spiders.paging import ArchiveWalk, LinkWalk, ListingFetch, PageWalk, Walk
from spiders.seek import PageSeek
from spiders.walk import ARCHIVE_DONE, LAST_PAGE, MAX_PAGES, OLDER_THAN_WINDOW, SEEK_LIMIT

DAY = Window.parse("2025-04-08")
NOW = datetime(2025, 4, 10, 9, 0, tzinfo=KST)


def listing(per_page: int, minutes_apart: int = 30) -> Callable[[int], list[datetime | None]]:
    """Page ``page`` of a newest-first listing with an item every ``minutes_apart`` before NOW."""

    def page(number: int) -> list[datetime | None]:
        first = (number - 1) * per_page
        return [NOW - timedelta(minutes=minutes_apart * n) for n in range(first, first + per_page)]

    return page


def run(walk: Walk, times_of: Callable[[ListingFetch], list[datetime | None]]) -> list[str]:
    """Drive ``walk`` to its end; the fetched pages as ``seek:N``/``walk:N`` plus the stop."""
    fetched: list[str] = []
    fetch: ListingFetch | None = walk.start()
    while fetch is not None:
        step = walk.observe(fetch, times_of(fetch), None)
        fetched.append(f"{'walk' if step.plan else 'seek'}:{fetch.page}")
        if step.stop:
            fetched.append(step.stop)
        fetch = step.next
    return fetched


def test_seek_brackets_the_first_page_reaching_the_window_then_halves_the_bracket() -> None:
    seek = PageSeek()
    probes = []
    while (page := seek.next_probe()) is not None:
        probes.append(page)
        seek.record(page, newer=page < 11)
    assert (probes, seek.answer) == ([1, 2, 4, 8, 16, 12, 10, 11], 11)


def test_seek_ends_at_once_when_page_one_reaches_the_window() -> None:
    seek = PageSeek()
    seek.record(seek.next_probe() or 0, newer=False)
    assert (seek.next_probe(), seek.answer, seek.probes) == (None, 1, 1)


def test_seek_probes_stay_within_twice_log2_of_the_depth() -> None:
    for depth in (2, 3, 7, 64, 65, 900, 20_000):
        seek = PageSeek()
        while (page := seek.next_probe()) is not None:
            seek.record(page, newer=page < depth)
        assert seek.answer == depth
        assert seek.probes <= 2 * (depth - 1).bit_length(), depth


def test_seek_respects_a_listing_that_starts_at_page_zero() -> None:
    seek = PageSeek(first_page=0)
    probes = []
    while (page := seek.next_probe()) is not None:
        probes.append(page)
        seek.record(page, newer=page < 2)
    assert (probes, seek.answer) == ([0, 1, 3, 2], 2)


def test_seek_gives_up_after_its_limit() -> None:
    seek = PageSeek(limit=5)
    while (page := seek.next_probe()) is not None:
        seek.record(page, newer=True)
    assert (seek.probes, seek.answer) == (5, None)


def test_page_walk_seeks_then_walks_from_the_first_page_reaching_the_window() -> None:
    # An item every 30 minutes, 20 a page: 2025-04-08 is items 67..114, pages 4 to 6. Page 4
    # is probed before page 3, so it is fetched again to be walked.
    page = listing(20)
    walk = PageWalk(lambda n: f"/list?page={n}", DAY)
    fetched = run(walk, lambda fetch: page(fetch.page))
    assert fetched == [
        "seek:1", "seek:2", "seek:4", "seek:3",
        "walk:4", "walk:5", "walk:6", "walk:7", OLDER_THAN_WINDOW,
    ]  # fmt: skip
    assert (walk.seek_pages, walk.walk_pages) == (4, 4)


def test_page_walk_walks_the_last_probe_without_fetching_it_again() -> None:
    page = listing(20)
    walk = PageWalk(lambda n: f"/list?page={n}", Window.parse("2025-04-09"))
    assert run(walk, lambda fetch: page(fetch.page))[:3] == ["walk:1", "walk:2", "walk:3"]
    assert walk.seek_pages == 0


def test_page_walk_ends_at_max_pages_counting_walked_pages_only() -> None:
    page = listing(20)
    walk = PageWalk(lambda n: f"/list?page={n}", DAY, max_pages=2)
    assert run(walk, lambda fetch: page(fetch.page))[-3:] == ["walk:4", "walk:5", MAX_PAGES]


def test_page_walk_ends_when_the_seek_finds_no_page_reaching_the_window() -> None:
    walk = PageWalk(lambda n: f"/list?page={n}", DAY, seek_limit=3)
    assert run(walk, lambda fetch: [NOW]) == ["seek:1", "seek:2", "seek:4", SEEK_LIMIT]


def test_link_walk_skips_pages_before_the_window_and_ends_after_it() -> None:
    page = listing(20)
    walk = LinkWalk("/latest", DAY)
    fetch: ListingFetch | None = walk.start()
    fetched = []
    while fetch is not None:
        step = walk.observe(fetch, page(fetch.page), f"/latest?before={fetch.page}")
        fetched.append((fetch.url, step.plan is not None, step.stop))
        fetch = step.next
    assert [url for url, walked, _ in fetched if walked] == [
        "/latest?before=3",
        "/latest?before=4",
        "/latest?before=5",
        "/latest?before=6",
    ]
    assert (walk.seek_pages, fetched[-1][2]) == (3, OLDER_THAN_WINDOW)


def test_link_walk_without_a_next_link_ends_at_the_last_page() -> None:
    walk = LinkWalk("/latest", DAY)
    step = walk.observe(walk.start(), [NOW], None)
    assert (step.plan, step.next, step.stop) == (None, None, LAST_PAGE)


def test_archive_walk_reads_each_day_newest_first_until_a_page_shows_nothing_of_it() -> None:
    window = Window.parse("2025-04-07", "2025-04-09")
    walk = ArchiveWalk(lambda day, n: f"/archive?date={day:%Y%m%d}&page={n}", window, KST)

    def archive(fetch: ListingFetch) -> list[datetime | None]:
        assert fetch.day is not None
        noon = datetime(fetch.day.year, fetch.day.month, fetch.day.day, 12, tzinfo=KST)
        return [noon, None] if fetch.page == 1 else []

    fetched = []
    fetch: ListingFetch | None = walk.start()
    while fetch is not None:
        step = walk.observe(fetch, archive(fetch), None)
        fetched.append((fetch.url, step.plan.emit if step.plan else None, step.stop))
        fetch = step.next
    assert fetched == [
        ("/archive?date=20250408&page=1", (0, 1), None),
        ("/archive?date=20250408&page=2", (), None),
        ("/archive?date=20250407&page=1", (0, 1), None),
        ("/archive?date=20250407&page=2", (), ARCHIVE_DONE),
    ]


def test_archive_walk_leaves_out_items_of_other_days() -> None:
    walk = ArchiveWalk(lambda day, n: f"/a?date={day}&page={n}", DAY, KST)
    most_read = datetime(2025, 4, 9, 10, tzinfo=KST)
    step = walk.observe(walk.start(), [datetime(2025, 4, 8, 9, tzinfo=KST), most_read], None)
    assert step.plan is not None
    assert (step.plan.emit, step.next) == (
        (0,),
        ListingFetch("/a?date=2025-04-08&page=2", 2, date(2025, 4, 8)),
    )


def test_archive_walk_of_part_of_a_day_stops_below_the_window() -> None:
    morning = Window(datetime(2025, 4, 8, 6, tzinfo=KST), datetime(2025, 4, 8, 12, tzinfo=KST))
    walk = ArchiveWalk(lambda day, n: f"/a?page={n}", morning, KST)
    at = [datetime(2025, 4, 8, hour, tzinfo=KST) for hour in (5, 4)]
    step = walk.observe(walk.start(), list(at), None)
    assert (step.plan.emit if step.plan else None, step.stop) == ((), OLDER_THAN_WINDOW)
