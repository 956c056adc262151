"""Evaluate automatic listing extraction on the hand-labelled real pages (not a test).

Run ``python -m bench.extraction_eval [--fixtures DIR] [--runs N] [--check]``. The pages and
``labels.json`` are read in place from the shared fixtures folder (found beside the
repository, as the tests find it, unless ``--fixtures`` says otherwise); article pages are
skipped.

Per listing page it prints, as a markdown table, item precision / recall / F1, timestamp
accuracy (where the labels carry ``timestamp_iso``), summary presence (where they carry a
summary) and extraction CPU time against a bare ``lxml.html.fromstring`` parse of the same page
(medians of ``--runs`` cold runs), next to the naive baseline of every ``<a>`` with at least 10
characters of text. What counts as a match is ``spiders.extract.auto.evaluation``'s rule, the
one the tests on real pages use. Missed targets are listed under the table; ``--check`` also
makes them the exit status.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import lxml.html

from spiders.extract.auto import clear_caches, extract_listing
from spiders.extract.auto.evaluation import (
    TARGET_F1,
    TARGET_TIMESTAMPS,
    Predicted,
    Score,
    listing_pages,
    score_page,
)

REPO = Path(__file__).resolve().parent.parent
DEFAULT_FIXTURES = REPO.parent / "shared" / "fixtures" / "real"
TARGET_RATIO = 5.0


@dataclass(frozen=True, slots=True)
class PageResult:
    name: str
    auto: Score
    naive: Score
    extract_ms: float
    parse_ms: float

    @property
    def ratio(self) -> float:
        return self.extract_ms / self.parse_ms if self.parse_ms else float("inf")


def collapse(text: str) -> str:
    return " ".join(text.split())


def naive_items(body: bytes, page_url: str, encoding: str) -> list[Predicted]:
    """The floor: every ``<a href>`` with at least 10 characters of text, as an item (the page
    decoded as the extractor decoded it, so the baseline is not judged on charset luck)."""
    root = lxml.html.fromstring(body, parser=lxml.html.HTMLParser(encoding=encoding))
    items = []
    for anchor in root.iter("a"):
        text = collapse(anchor.text_content())
        href = anchor.get("href")
        if href and len(text) >= 10:
            items.append(Predicted(text, urljoin(page_url, href.strip())))
    return items


def timings_ms(
    extract: Callable[[], object], parse: Callable[[], object], runs: int
) -> tuple[float, float]:
    """Median CPU times of ``extract`` and ``parse``, run back to back in each round. CPU time
    (not wall time) so that other work on a shared machine does not colour the ratio. The
    extractor's memo caches are cleared before each run, so every run is cold, as a crawl's
    first sight of a page is."""
    extracted, parsed = [], []
    for _ in range(runs):
        clear_caches()
        start = time.process_time()
        extract()
        extracted.append(time.process_time() - start)
        start = time.process_time()
        parse()
        parsed.append(time.process_time() - start)
    return statistics.median(extracted) * 1000, statistics.median(parsed) * 1000


def bare_parse(body: bytes, encoding: str) -> Callable[[], object]:
    """``lxml.html.fromstring`` of the page. When a lying charset makes libxml2 give up early
    on the raw bytes (a fraction of the elements), it parses the decoded text instead, so the
    ratio compares against parsing the whole page."""
    from_bytes = sum(1 for _ in lxml.html.fromstring(body).iter())
    text = body.decode(encoding, "replace")
    from_text = sum(1 for _ in lxml.html.fromstring(text).iter())
    if from_bytes * 2 >= from_text:
        return lambda: lxml.html.fromstring(body)
    return lambda: lxml.html.fromstring(text)


def evaluate_page(folder: Path, name: str, page: dict[str, Any], runs: int) -> PageResult:
    """Score one labelled listing page (extraction is deterministic; timing takes medians)."""
    body = (folder / name).read_bytes()
    page_url = page["page_url"]
    result = extract_listing(body, page_url)
    auto = [Predicted(i.title, i.url, i.summary, i.published_at) for i in result.items]
    extract_ms, parse_ms = timings_ms(
        lambda: extract_listing(body, page_url), bare_parse(body, result.encoding), runs
    )
    return PageResult(
        name,
        score_page(auto, page),
        score_page(naive_items(body, page_url, result.encoding), page),
        extract_ms,
        parse_ms,
    )


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def markdown(results: list[PageResult]) -> str:
    lines = [
        "| page | items (gold/auto) | P | R | F1 | timestamps | summaries | naive F1 "
        "| naive timestamps | extract ms | parse ms | ratio |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(
            f"| {r.name} | {r.auto.gold}/{r.auto.predicted} | {r.auto.precision:.3f} "
            f"| {r.auto.recall:.3f} | {r.auto.f1:.3f} | {_pct(r.auto.timestamps)} "
            f"| {_pct(r.auto.summaries)} | {r.naive.f1:.3f} | {_pct(r.naive.timestamps)} "
            f"| {r.extract_ms:.1f} | {r.parse_ms:.1f} | {r.ratio:.1f}x |"
        )
    if results:
        mean_f1 = statistics.mean(r.auto.f1 for r in results)
        mean_naive = statistics.mean(r.naive.f1 for r in results)
        lines.append(f"\nMean F1: automatic {mean_f1:.3f}, naive baseline {mean_naive:.3f}.")
    lines.append(
        f"Targets: F1 ≥ {TARGET_F1} per page, timestamp accuracy ≥ {TARGET_TIMESTAMPS} where "
        f"the labels show times, extraction ≤ {TARGET_RATIO:g}× the bare parse."
    )
    return "\n".join(lines)


def failures(results: list[PageResult]) -> list[str]:
    """Targets missed: F1, timestamp accuracy where shown, time against the bare parse."""
    missed = []
    for r in results:
        if r.auto.f1 < TARGET_F1:
            missed.append(f"{r.name}: F1 {r.auto.f1:.3f} < {TARGET_F1}")
        if r.auto.timestamps is not None and r.auto.timestamps < TARGET_TIMESTAMPS:
            missed.append(f"{r.name}: timestamps {r.auto.timestamps:.3f} < {TARGET_TIMESTAMPS}")
        if r.ratio > TARGET_RATIO:
            missed.append(f"{r.name}: {r.ratio:.1f}x the bare parse > {TARGET_RATIO}x")
    return missed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixtures", type=Path, default=DEFAULT_FIXTURES)
    parser.add_argument("--runs", type=int, default=15, help="timing runs per page (median)")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    labels_path = args.fixtures / "labels.json"
    if not labels_path.is_file():
        print(f"error: {labels_path} not found (pass --fixtures DIR)", file=sys.stderr)
        return 2
    labels = json.loads(labels_path.read_text(encoding="utf-8"))
    results = [
        evaluate_page(args.fixtures, name, page, args.runs) for name, page in listing_pages(labels)
    ]
    print(markdown(results))
    missed = failures(results)
    print("\n".join(f"- target missed: {line}" for line in missed) or "All targets met.")
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
