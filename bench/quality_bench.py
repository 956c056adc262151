"""Quality stage at scale: ``validate`` over 100k articles, against the same rules in bare pandas.

Run ``python -m bench.quality_bench [--rows N] [--runs R]``. Prints a markdown section: per case
the median wall time of ``R`` runs of ``etl.quality.validate`` (Great Expectations row suites,
batch checks, optionally Data Docs) next to a baseline measured in the same run — the row rules
as vectorised pandas expressions over the same frames, which is the floor any validation of
this batch pays — and their ratio. The target is under 5 s for 100k rows with Data Docs.

Cases: a clean batch (1% of rows failing one check), the same with Data Docs written, and a
broken batch (half the rows failing, e.g. a lead selector gone) with Data Docs, which is the
worst case for GX's COMPLETE result format (every failing row is listed).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path

from bench.targets import Target, marker
from etl.quality import validate
from etl.quality.gx_runner import import_gx
from etl.quality.rows import HTTP_URL, MARKUP, build_frames, on_domains_pattern, source_domains
from etl.records import Article
from etl.sources import SourceProfile
from etl.window import KST, Window

WINDOW = Window.parse("2025-04-08")
NOW = datetime(2025, 4, 9, 0, 30, tzinfo=KST)
TARGET_SECONDS = 5.0
PROFILE = SourceProfile.model_validate(
    {
        "code": "bench-daily",
        "name": "벤치경제",
        "base_url": "https://www.bench.example",
        "has_leads": True,
        "listing": {"url": "{base}/news/list?page={page}"},
    }
)


def batch(rows: int, broken_share: float) -> list[Article]:
    """``rows`` articles spread over the window; every 1/``broken_share``-th lacks its lead."""
    step = WINDOW.end - WINDOW.start
    every = max(1, round(1 / broken_share)) if broken_share else 0
    articles = []
    for n in range(rows):
        published = WINDOW.start + step * (n / rows)
        articles.append(
            Article(
                source=PROFILE.code,
                url=f"https://www.bench.example/news/articleView.html?idxno={n}",
                url_hash=f"{n:040x}",
                title=f"한국은행, 기준금리 연 2.75% 동결…{n}번째 기사",
                summary=None
                if every and n % every == 0
                else "금융통화위원회가 기준금리를 동결했다.",
                body=None,
                author=None,
                published_at=published,
                modified_at=None,
                published_raw=published.strftime("%Y-%m-%d %H:%M:%S"),
                sections=["economy.finance"],
                section_labels=["금융"],
                language="ko",
                content_hash=f"{n:040x}",
                first_seen_at=NOW - timedelta(hours=1),
            )
        )
    return articles


def pandas_baseline(articles: list[Article]) -> int:
    """The row rules as bare pandas over the frames ``validate`` builds; failing rows."""
    frames = build_frames(articles, NOW)
    frame, sections = frames["articles"], frames["article_sections"]
    title, url = frame["title"], frame["url"]
    bad = title.isna() | ~title.str.len().between(5, 300) | title.str.contains(MARKUP)
    bad |= ~url.str.contains(HTTP_URL) | ~url.str.contains(
        on_domains_pattern(source_domains(PROFILE))
    )
    bad |= url.duplicated()
    published = frame["published_at"]
    start, end = WINDOW.start.astimezone(KST), WINDOW.end.astimezone(KST)
    bad |= published.isna() | (published < start) | (published >= end)
    bad |= published > frame["published_at_ceiling"]
    bad |= frame["summary"].isna() | (frame["language"] != PROFILE.language)
    bad_sections = sections["section"].isna() | ~sections["section"].isin(["economy.finance"])
    failing = set(frame.loc[bad, "row_id"]) | set(sections.loc[bad_sections, "row_id"])
    return len(failing)


def median_seconds(run: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)

    import_gx()  # the one-off import (seconds) is not what a validation costs
    validate(batch(10, 0.0), PROFILE, WINDOW, now=NOW)
    lines = [
        f"`etl.quality.validate` over {args.rows:,} articles, median of {args.runs} runs; "
        "baseline: the same row rules as bare pandas over the same frames.",
        "",
        "| case | rows failing | validate (s) | pandas baseline (s) | ratio | under 5 s |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
    ]
    worst = 0.0
    for case, broken, docs in (
        ("clean batch (1% failing), no Data Docs", 0.01, False),
        ("clean batch (1% failing), Data Docs", 0.01, True),
        ("broken batch (50% failing), Data Docs", 0.5, True),
    ):
        articles = batch(args.rows, broken)
        with tempfile.TemporaryDirectory() as folder:
            out_dir = Path(folder) if docs else None
            # The whole gate: history and run counts let every batch check judge.
            run = partial(
                validate,
                articles,
                PROFILE,
                WINDOW,
                now=NOW,
                out_dir=out_dir,
                history=[args.rows] * 14,
                run_counts={"items": args.rows, "dedup_exact_merged": 0, "crawl": {}},
            )
            report = run()
            seconds = median_seconds(run, args.runs)
        failing = pandas_baseline(articles)
        if failing != len(report.quarantined):
            print(f"baseline disagrees: {failing} != {len(report.quarantined)}", file=sys.stderr)
            return 1
        baseline = median_seconds(partial(pandas_baseline, articles), args.runs)
        worst = max(worst, seconds)
        ok = "yes" if seconds < TARGET_SECONDS else "**no**"
        lines.append(
            f"| {case} | {failing:,} | {seconds:.2f} | {baseline:.2f} | "
            f"{seconds / baseline:.1f}× | {ok} |"
        )
    lines += ["", f"Slowest case: {worst:.2f} s (target: under {TARGET_SECONDS:g} s)."]
    print("\n".join(lines))
    target = Target(
        f"quality: {args.rows // 1000}k rows, slowest case",
        f"< {TARGET_SECONDS:g} s",
        f"{worst:.2f} s",
        worst < TARGET_SECONDS,
    )
    print(marker([target]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
