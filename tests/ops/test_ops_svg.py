"""The report's SVG charts: axis ticks, escaping, empty states, legends that wrap."""

from __future__ import annotations

import re

from etl.report import svg


def test_ticks_are_round_steps_reaching_the_top():
    assert svg.nice_ticks(87) == [0.0, 20.0, 40.0, 60.0, 80.0, 100.0]
    assert svg.nice_ticks(1.0) == [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]
    assert svg.nice_ticks(0) == [0.0, 1.0]


def test_bar_chart_escapes_every_label():
    chart = svg.bar_chart(
        "chart-x", "a<b", ["<i>day</i>"], [svg.Series('"s"&<script>', [3])], stacked=True
    )
    assert "<script>" not in chart and "<i>" not in chart
    assert "&lt;i&gt;day&lt;/i&gt;" in chart
    assert "&quot;s&quot;&amp;&lt;script&gt;" in chart
    assert 'aria-label="a&lt;b"' in chart


def test_bar_chart_draws_one_bar_per_value_and_a_marker_per_slot():
    chart = svg.bar_chart(
        "chart-v",
        "volume",
        ["04-08", "04-09"],
        [svg.Series("articles", [45, 36])],
        marker=svg.Series("trailing median", [None, 45.0]),
    )
    assert re.findall(r"<title>([^<]+)</title>", chart) == [
        "04-08 · articles: 45",
        "04-09 · articles: 36",
        "04-09 · trailing median: 45",
    ]


def test_percent_chart_labels_shares_as_percentages():
    chart = svg.bar_chart(
        "chart-p", "pass rate", ["04-08"], [svg.Series("pass", [0.875])], percent=True
    )
    assert "<title>04-08 · pass: 87.5%</title>" in chart
    assert ">100%</text>" in chart


def test_a_chart_without_data_says_so():
    chart = svg.hbar_chart("chart-q", "Quarantine reasons", [], empty="Nothing was quarantined.")
    assert chart.startswith('<svg id="chart-q"')
    assert ">Nothing was quarantined.</text>" in chart


def test_a_long_legend_wraps_and_the_chart_grows():
    names = [f"economy.section{n}" for n in range(10)]
    one_row = svg.bar_chart("c1", "x", ["d"], [svg.Series("a", [1])])
    wrapped = svg.bar_chart("c2", "x", ["d"], [svg.Series(n, [1]) for n in names], stacked=True)
    assert 'height="280"' in one_row
    assert 'height="316"' in wrapped  # two extra legend rows of 18 px
