"""How ``make bench`` turns the benchmarks' output into BENCHMARKS.md's targets table."""

from __future__ import annotations

import pytest

from bench.crawl_bench import scrapy_bench_rate
from bench.run_all import extraction_targets, section_targets, targets_table
from bench.targets import Target, marker, split

SCRAPY_BENCH_LOG = """\
2026-11-24 13:18:32 [scrapy.extensions.logstats] INFO: Crawled 0 pages (at 0 pages/min), \
scraped 0 items (at 0 items/min)
2026-11-24 13:18:33 [scrapy.extensions.logstats] INFO: Crawled 175 pages (at 10500 pages/min), \
scraped 0 items (at 0 items/min)
2026-11-24 13:18:34 [scrapy.extensions.logstats] INFO: Crawled 324 pages (at 8940 pages/min), \
scraped 0 items (at 0 items/min)
2026-11-24 13:18:35 [scrapy.extensions.logstats] INFO: Crawled 461 pages (at 8220 pages/min), \
scraped 0 items (at 0 items/min)
"""

EXTRACTION_TABLE = """\
| page | items (gold/auto) | P | R | F1 | timestamps | summaries | naive F1 | naive timestamps \
| extract ms | parse ms | ratio |
|---|---|---|---|---|---|---|---|---|---|---|---|
| a.html | 20/20 | 1.000 | 1.000 | 1.000 | 1.000 | n/a | 0.400 | n/a | 4.0 | 2.0 | 2.0x |
| b.html | 10/11 | 0.909 | 1.000 | 0.952 | n/a | n/a | 0.300 | n/a | 9.0 | 1.5 | 6.0x |

Mean F1: automatic 0.976, naive baseline 0.350.
"""


def test_a_targets_line_round_trips_and_leaves_the_markdown_without_it():
    targets = [Target("load: first load vs raw COPY", ">= 0.5x", "0.61x", True)]
    output = f"| a | b |\n|---|---|\n| 1 | 2 |\n{marker(targets)}\n"

    text, found = split(output)

    assert found == targets
    assert text == "| a | b |\n|---|---|\n| 1 | 2 |"


def test_output_without_a_targets_line_gives_none():
    assert split("just a table") == ("just a table", None)


def test_scrapy_bench_rate_is_the_median_interval_rate_without_the_first_line():
    assert scrapy_bench_rate(SCRAPY_BENCH_LOG) == pytest.approx(8940 / 60)


def test_scrapy_bench_without_rates_is_an_error():
    with pytest.raises(ValueError, match="no 'Crawled N pages"):
        scrapy_bench_rate("Scrapy 2.19.0 started (bot: scrapybot)\n")


def test_extraction_targets_judge_the_worst_page():
    f1, ratio = extraction_targets(EXTRACTION_TABLE) or []

    assert (f1.measured, f1.passed) == ("0.952 (mean 0.976, 2 pages)", True)
    assert (ratio.measured, ratio.passed) == ("6.0x (median page 4.0x)", False)


def test_a_failed_benchmark_leaves_its_expected_targets_not_measured_and_missed():
    text, found = section_targets("load_bench", "_timed out after 1800 s_", ok=False)

    assert text == "_timed out after 1800 s_"
    assert [(t.name, t.measured, t.passed) for t in found] == [
        ("load: first load vs raw COPY", "not measured", False),
        ("load: first load vs pandas.to_sql", "not measured", False),
        ("load: re-load vs first load", "not measured", False),
    ]


def test_targets_table_marks_misses_and_counts_them():
    table = targets_table(
        [
            ("quality_bench", Target("quality: 100k rows", "< 5 s", "3.20 s", True)),
            ("backfill_growth", Target("backfill: peak RSS", "< 1 GB", "1,200 MiB", False)),
            ("crawl_bench", Target("crawl: pages/s", "reported", "199 pages/s", None)),
        ]
    )

    assert table.splitlines()[2:5] == [
        "| quality: 100k rows | < 5 s | 3.20 s | pass | `quality_bench` |",
        "| backfill: peak RSS | < 1 GB | 1,200 MiB | **MISS** | `backfill_growth` |",
        "| crawl: pages/s | reported | 199 pages/s | reported | `crawl_bench` |",
    ]
    assert table.splitlines()[-1] == "1 of 3 targets missed."
