"""Screenshot a run report with headless Chromium, to look at what operators will see.

Run ``python -m bench.report_screenshot [--report PAGE] [--out PNG] [--height PX]``. Without
``--report`` it first builds one: the bundled demosite on loopback with its clock fixed at
2025-04-10 09:00 KST, a 2-day backfill of ``demo-daily`` (2025-04-08 and 2025-04-09) into a
fresh SQLite warehouse in a temporary folder, and the backfill's report.

Chromium runs with a throw-away profile, no network side traffic and no GPU, so the
screenshot shows only what the self-contained page renders offline
(``apt-get install -y chromium`` on Debian; add ``fonts-nanum`` for Hangul glyphs).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
DEMO_NOW = "2025-04-10T09:00:00+09:00"
DEMO_DAYS = (date(2025, 4, 8), date(2025, 4, 9))


def find_browser() -> str:
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    raise SystemExit("no Chromium found: apt-get install -y chromium (Debian), then re-run")


def build_demo_report(workdir: Path) -> Path:
    """A 2-day backfill of demo-daily into ``workdir``; returns the backfill report's path."""
    from demosite.server import serve_background
    from etl.backfill import backfill, plan_backfill
    from etl.config import get_settings
    from etl.progress import LinesView

    site = serve_background(now=datetime.fromisoformat(DEMO_NOW))
    try:
        os.environ |= {
            "NEWSFLOW_DEMOSITE_URLS": json.dumps(site.urls),
            "NEWSFLOW_CRAWL_FAST": "1",
            "NEWSFLOW_DATA_DIR": str(workdir / "data"),
            "NEWSFLOW_WAREHOUSE_URL": f"sqlite:///{workdir / 'warehouse.db'}",
            "NEWSFLOW_SOURCES_DIR": str(REPO / "sources"),
        }
        get_settings.cache_clear()
        plan = plan_backfill(["demo-daily"], DEMO_DAYS[0], DEMO_DAYS[-1])
        outcomes, report = backfill(plan, LinesView(len(plan.jobs)))
    finally:
        site.stop()
    failed = [o.failure_line() for o in outcomes if not o.ok]
    if failed:
        raise SystemExit("demo backfill failed:\n" + "\n".join(failed))
    return report


def screenshot(page: Path, out: Path, *, width: int, height: int) -> Path:
    """Render ``page`` in headless Chromium into ``out`` (PNG); returns ``out``."""
    with tempfile.TemporaryDirectory(prefix="newsflow-chromium-") as profile:
        command = [
            find_browser(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
            f"--user-data-dir={profile}",
            f"--window-size={width},{height}",
            f"--screenshot={out.resolve()}",
            page.resolve().as_uri(),
        ]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    if done.returncode != 0 or not out.is_file():
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        raise SystemExit(f"chromium exited {done.returncode}: {' | '.join(tail)}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", type=Path, help="report page (default: build a demo one)")
    parser.add_argument("--out", type=Path, default=Path("report.png"), help="PNG to write")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=3000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="newsflow-report-") as workdir:
        page = args.report or build_demo_report(Path(workdir))
        out = screenshot(page, args.out, width=args.width, height=args.height)
        print(f"report: {page}\nscreenshot: {out.resolve()} ({out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
