"""plan_page: which items of a listing page are emitted, and when the walk stops;
newer_than_window: whether a page lies wholly before the window."""

from __future__ import annotations

from datetime import datetime

from etl.window import KST, Window
from spiders.walk import (
    EMPTY_PAGE,
    NO_TIMES,
    OLD_ITEMS,
    OLDER_THAN_WINDOW,
    PagePlan,
    newer_than_window,
    plan_page,
)

WINDOW = Window.parse("2025-04-08")  # [2025-04-08 00:00, 2025-04-09 00:00) KST


def kst(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2025, 4, day, hour, minute, tzinfo=KST)


def test_empty_page_stops_the_walk() -> None:
    assert plan_page([], WINDOW) == PagePlan(stop=EMPTY_PAGE)


def test_page_newer_than_the_window_emits_nothing_and_goes_on() -> None:
    plan = plan_page([kst(9, 8), kst(9, 1)], WINDOW)
    assert (plan.emit, plan.newer, plan.stop) == ((), 2, None)


def test_items_inside_the_window_are_emitted_and_the_bounds_are_half_open() -> None:
    times = [kst(9, 0), kst(8, 23, 59), kst(8, 0), kst(7, 23, 59)]
    plan = plan_page(times, WINDOW)
    assert (plan.emit, plan.newer, plan.in_window, plan.older) == ((1, 2), 1, 2, 1)


def test_page_straddling_the_window_start_goes_on() -> None:
    assert plan_page([kst(8, 1), kst(7, 22)], WINDOW).stop is None


def test_page_wholly_older_than_the_window_stops_the_walk() -> None:
    plan = plan_page([kst(7, 23), kst(7, 9)], WINDOW)
    assert (plan.emit, plan.older, plan.stop) == ((), 2, OLDER_THAN_WINDOW)


def test_unparsed_item_on_a_page_overlapping_the_window_is_emitted() -> None:
    plan = plan_page([kst(8, 9), None, kst(8, 7)], WINDOW)
    assert (plan.emit, plan.unparsed, plan.unparsed_emitted) == ((0, 1, 2), 1, 1)


def test_unparsed_item_between_newer_and_older_items_is_emitted() -> None:
    # The window may fall in the gap between the two parsed times.
    plan = plan_page([kst(9, 1), None, kst(7, 23)], WINDOW)
    assert (plan.emit, plan.stop) == ((1,), None)


def test_unparsed_item_on_a_page_newer_than_the_window_is_not_emitted() -> None:
    plan = plan_page([kst(9, 9), None], WINDOW)
    assert (plan.emit, plan.unparsed, plan.unparsed_emitted) == ((), 1, 0)


def test_unparsed_item_on_a_page_older_than_the_window_is_not_emitted() -> None:
    plan = plan_page([None, kst(7, 9)], WINDOW)
    assert (plan.emit, plan.stop) == ((), OLDER_THAN_WINDOW)


def test_page_without_any_parsed_time_is_emitted_and_ends_the_walk() -> None:
    plan = plan_page([None, None], WINDOW)
    assert (plan.emit, plan.stop) == ((0, 1), NO_TIMES)


def test_a_page_ending_in_old_items_to_stop_older_items_ends_the_walk() -> None:
    times = [kst(8, 1), kst(8, 0, 30), kst(7, 23), kst(7, 22)]
    plan = plan_page(times, WINDOW, old_items_to_stop=2)
    assert (plan.emit, plan.older, plan.old_run, plan.stop) == ((0, 1), 2, 2, OLD_ITEMS)


def test_older_items_followed_by_an_item_in_the_window_do_not_stop_the_walk() -> None:
    times = [kst(8, 1), kst(7, 23), kst(7, 22), kst(8, 0, 30), kst(7, 21)]
    plan = plan_page(times, WINDOW, old_items_to_stop=2)
    assert (plan.emit, plan.older, plan.old_run, plan.stop) == ((0, 3), 3, 1, None)


def test_pinned_older_stories_at_the_top_of_a_page_do_not_stop_the_walk() -> None:
    # Two of an earlier day's top stories pinned above the window's items.
    times = [kst(6, 9), kst(6, 8), kst(8, 23), kst(8, 22), kst(8, 21)]
    plan = plan_page(times, WINDOW, old_items_to_stop=2)
    assert (plan.emit, plan.older, plan.stop) == ((2, 3, 4), 2, None)


def test_old_items_run_carries_over_from_the_previous_page() -> None:
    plan = plan_page([kst(7, 20)], WINDOW, old_run=2, old_items_to_stop=3)
    assert (plan.emit, plan.old_run, plan.stop) == ((), 3, OLDER_THAN_WINDOW)
    plan = plan_page([kst(7, 20), kst(8, 5), kst(7, 19)], WINDOW, old_run=2, old_items_to_stop=3)
    assert (plan.emit, plan.old_run, plan.stop) == ((1,), 1, None)


def test_a_run_carried_over_and_continued_ends_the_walk() -> None:
    plan = plan_page([kst(8, 5), kst(7, 20)], WINDOW, old_run=0, old_items_to_stop=1)
    assert (plan.emit, plan.stop) == ((0,), OLD_ITEMS)


def test_an_item_inside_the_window_resets_the_old_items_run() -> None:
    plan = plan_page([kst(7, 20), kst(8, 5), kst(7, 19)], WINDOW, old_items_to_stop=2)
    assert (plan.emit, plan.old_run, plan.stop) == ((1,), 1, None)


def test_old_items_to_stop_zero_only_stops_on_a_whole_old_page() -> None:
    plan = plan_page([kst(8, 5), kst(7, 20), kst(7, 19)], WINDOW, old_items_to_stop=0)
    assert (plan.emit, plan.old_run, plan.stop) == ((0,), 2, None)


def test_a_page_whose_bottom_item_is_newer_than_the_window_lies_before_it() -> None:
    assert newer_than_window([kst(9, 8), kst(9, 0)], WINDOW) is True


def test_a_page_reaching_into_the_window_does_not_lie_before_it() -> None:
    assert newer_than_window([kst(9, 8), kst(8, 23)], WINDOW) is False


def test_pinned_older_stories_do_not_make_a_newer_page_reach_the_window() -> None:
    assert newer_than_window([kst(7, 9), kst(9, 8), kst(9, 1), None], WINDOW) is True


def test_empty_and_timeless_pages_do_not_lie_before_the_window() -> None:
    assert (newer_than_window([], WINDOW), newer_than_window([None], WINDOW)) == (False, False)
