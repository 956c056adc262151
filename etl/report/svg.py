"""Small inline SVG charts for the run report: vertical bars (grouped or stacked), horizontal bars.

Why hand-written SVG and not a plotting library: the report must open offline from a file, so
charts are inlined; SVG text stays text, so Korean labels render with the reader's own fonts
(a raster or a library without a CJK font would show boxes) and remain searchable; the output
is byte-for-byte deterministic, which keeps report tests exact; and the three chart kinds the
report needs fit in this module without another dependency.

Every piece of text that reaches the markup goes through ``html.escape``; callers may pass
anything (section labels, error kinds) without escaping it first. Each chart carries an ``id``
so tests and links can find it, ``role="img"`` with an ``aria-label``, and a ``<title>`` per bar
(the browser's native tooltip, no script).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

WIDTH = 760
HEIGHT = 280
# Colour-blind safe (Okabe-Ito, then greys); series beyond them reuse the last colour.
PALETTE = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#D55E00",
    "#CC79A7",
    "#56B4E9",
    "#F0E442",
    "#000000",
    "#999999",
    "#BBBBBB",
)
MARKER_COLOUR = "#C00000"
_MARGIN_LEFT, _MARGIN_RIGHT, _MARGIN_TOP, _MARGIN_BOTTOM = 56, 16, 40, 48
_LEGEND_ROW = 18
_FONT = 'font-family="system-ui, sans-serif" font-size="11"'


@dataclass(frozen=True)
class Series:
    """One named row of values, one value per category (None: no value, nothing drawn)."""

    name: str
    values: Sequence[float | None]


def colour(index: int) -> str:
    return PALETTE[min(index, len(PALETTE) - 1)]


def nice_ticks(top: float, count: int = 5) -> list[float]:
    """Axis ticks from 0 to at least ``top`` in steps of 1, 2 or 5 times a power of ten.

    >>> nice_ticks(87)
    [0.0, 20.0, 40.0, 60.0, 80.0, 100.0]
    """
    if top <= 0:
        return [0.0, 1.0]
    raw = top / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    steps = math.ceil(top / step - 1e-9)
    return [round(i * step, 10) for i in range(steps + 1)]


def _number(value: float, percent: bool) -> str:
    if percent:
        return f"{value:.0%}" if value * 100 == int(value * 100) else f"{value:.1%}"
    return f"{value:g}" if value != int(value) else str(int(value))


def _open(chart_id: str, label: str, height: int) -> list[str]:
    return [
        f'<svg id="{escape(chart_id)}" class="chart" xmlns="http://www.w3.org/2000/svg" '
        f'viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" role="img" '
        f'aria-label="{escape(label)}" {_FONT}>'
    ]


def _legend(names: Sequence[str], marker: str | None) -> tuple[list[str], int]:
    """Legend entries in rows that wrap at the chart's width; (markup, rows used)."""
    parts, x, row = [], _MARGIN_LEFT, 0
    entries = [(name, colour(i), "rect") for i, name in enumerate(names)]
    if marker is not None:
        entries.append((marker, MARKER_COLOUR, "line"))
    for name, fill, shape in entries:
        # The label's width is estimated (7 px a character): enough to lay out a legend.
        advance = 28 + 7 * len(name)
        if x > _MARGIN_LEFT and x + advance > WIDTH - _MARGIN_RIGHT:
            x, row = _MARGIN_LEFT, row + 1
        y = 10 + row * _LEGEND_ROW
        if shape == "rect":
            parts.append(f'<rect x="{x}" y="{y}" width="10" height="10" fill="{fill}"/>')
        else:
            parts.append(
                f'<line x1="{x}" y1="{y + 5}" x2="{x + 10}" y2="{y + 5}" stroke="{fill}" '
                'stroke-width="3"/>'
            )
        parts.append(f'<text x="{x + 14}" y="{y + 9}">{escape(name)}</text>')
        x += advance
    return parts, row + 1


def empty_chart(chart_id: str, message: str, *, height: int = 80) -> str:
    """A chart box that says why there is nothing to draw (keeps the report's layout)."""
    parts = _open(chart_id, message, height)
    parts.append(
        f'<text x="{WIDTH // 2}" y="{height // 2}" text-anchor="middle" fill="#666">'
        f"{escape(message)}</text></svg>"
    )
    return "".join(parts)


def bar_chart(
    chart_id: str,
    label: str,
    categories: Sequence[str],
    series: Sequence[Series],
    *,
    stacked: bool = False,
    percent: bool = False,
    marker: Series | None = None,
) -> str:
    """Vertical bars, one slot per category, series grouped side by side or stacked.

    ``marker`` (e.g. a trailing median) is drawn as a short red line across each slot.
    ``percent`` formats the axis and tooltips as percentages of 1.0 (values are shares).
    An empty ``categories`` gives ``empty_chart`` with ``label``.
    """
    if not categories or not series:
        return empty_chart(chart_id, f"{label}: no data")
    plot_w = WIDTH - _MARGIN_LEFT - _MARGIN_RIGHT
    plot_h = HEIGHT - _MARGIN_TOP - _MARGIN_BOTTOM
    legend, rows = _legend([s.name for s in series], marker.name if marker else None)
    top_margin = _MARGIN_TOP + (rows - 1) * _LEGEND_ROW
    height = HEIGHT + (rows - 1) * _LEGEND_ROW
    heights = [
        sum(v or 0 for v in column) if stacked else max((v or 0 for v in column), default=0)
        for column in zip(*(s.values for s in series), strict=True)
    ]
    marks = [v or 0 for v in marker.values] if marker else []
    top = max([*heights, *marks, 1.0 if percent else 0.0])
    ticks = nice_ticks(top)
    scale = plot_h / ticks[-1]
    base_y = top_margin + plot_h

    parts = _open(chart_id, label, height) + legend
    for tick in ticks:
        y = base_y - tick * scale
        parts.append(
            f'<line x1="{_MARGIN_LEFT}" y1="{y:.1f}" x2="{WIDTH - _MARGIN_RIGHT}" '
            f'y2="{y:.1f}" stroke="#e3e3e3"/>'
        )
        parts.append(
            f'<text x="{_MARGIN_LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" '
            f'fill="#555">{_number(tick, percent)}</text>'
        )

    slot = plot_w / len(categories)
    bar_w = slot * 0.7 if stacked else slot * 0.7 / len(series)
    # Thin out x labels so they never overlap (about 45 px per label).
    every = max(1, math.ceil(len(categories) * 45 / plot_w))
    for i, category in enumerate(categories):
        x0 = _MARGIN_LEFT + i * slot + slot * 0.15
        stack_y = float(base_y)
        for j, one in enumerate(series):
            value = one.values[i]
            if value is None:
                continue
            h = value * scale
            x = x0 if stacked else x0 + j * bar_w
            y = stack_y - h if stacked else base_y - h
            tip = f"{category} · {one.name}: {_number(value, percent)}"
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" '
                f'fill="{colour(j)}"><title>{escape(tip)}</title></rect>'
            )
            if stacked:
                stack_y -= h
        if marker is not None and marker.values[i] is not None:
            y = base_y - (marker.values[i] or 0) * scale
            tip = f"{category} · {marker.name}: {_number(marker.values[i] or 0, percent)}"
            parts.append(
                f'<line x1="{x0 - 4:.1f}" y1="{y:.1f}" x2="{x0 + slot * 0.7 + 4:.1f}" '
                f'y2="{y:.1f}" stroke="{MARKER_COLOUR}" stroke-width="3">'
                f"<title>{escape(tip)}</title></line>"
            )
        if i % every == 0:
            cx = _MARGIN_LEFT + (i + 0.5) * slot
            parts.append(
                f'<text x="{cx:.1f}" y="{base_y + 16}" text-anchor="middle" '
                f'fill="#333">{escape(category)}</text>'
            )
    parts.append(
        f'<line x1="{_MARGIN_LEFT}" y1="{base_y}" x2="{WIDTH - _MARGIN_RIGHT}" '
        f'y2="{base_y}" stroke="#888"/></svg>'
    )
    return "".join(parts)


def hbar_chart(chart_id: str, label: str, items: Sequence[tuple[str, float]], *, empty: str) -> str:
    """Horizontal bars, one per (name, value), in the given order; ``empty`` when none."""
    if not items:
        return empty_chart(chart_id, empty)
    row, label_w = 22, 220
    height = _MARGIN_TOP // 2 + row * len(items) + 10
    top = max(value for _, value in items) or 1.0
    scale = (WIDTH - label_w - 70) / top
    parts = _open(chart_id, label, height)
    for i, (name, value) in enumerate(items):
        y = _MARGIN_TOP // 2 + i * row
        w = value * scale
        parts.append(
            f'<text x="{label_w - 8}" y="{y + 14}" text-anchor="end" fill="#333">'
            f"{escape(name)}</text>"
        )
        parts.append(
            f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row - 6}" '
            f'fill="{colour(0)}"><title>{escape(f"{name}: {_number(value, False)}")}</title></rect>'
        )
        parts.append(
            f'<text x="{label_w + w + 6:.1f}" y="{y + 14}" fill="#333">'
            f"{_number(value, False)}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)
