"""How many pages a second the demosite serves on loopback.

Starts the whole network in this process (clock frozen at a fixed moment, so every run serves
the same pages), then lets worker threads fetch a mix of listing and article pages over
keep-alive connections for a while, and prints pages per second in total and per outlet.

    .venv/bin/python bench/demosite_throughput.py [--seconds 5] [--workers 8]

The client runs in the same process as the server, so the figure is a floor: a crawler in
another process does not compete with the server for the interpreter.
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import threading
import time
from collections import Counter
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from demosite.oracle import published
from demosite.server import serve_background

NOW = datetime(2025, 4, 10, 9, 0, tzinfo=ZoneInfo("Asia/Seoul"))
LISTINGS = {
    "demo-daily": "/news/latest?page={n}",
    "demo-ilbo": "/news/list.php?page={n}",
    "demo-today": "/news?offset={offset}",
    "demo-wire": "/news/latest",
    "demo-herald": "/list?page={n}",
    "demo-biz": "/list.html?page={n}",
}


def _paths(outlet: str) -> list[str]:
    """Ten listing pages and the articles of the two days before the clock, interleaved."""
    listings = [LISTINGS[outlet].format(n=n, offset=(n - 1) * 24) for n in range(1, 11)]
    days = (NOW.date() - timedelta(days=1), NOW.date() - timedelta(days=2))
    articles = [a.path for day in days for a in published(outlet, day)]
    return [p for pair in itertools.zip_longest(listings, articles) for p in pair if p]


def _get(connection: http.client.HTTPConnection, path: str) -> None:
    connection.request("GET", path)
    response = connection.getresponse()
    response.read()
    if response.status != 200:
        raise RuntimeError(f"{path}: HTTP {response.status}")


def _connect(url: str) -> http.client.HTTPConnection:
    host, port = url.removeprefix("http://").split(":")
    return http.client.HTTPConnection(host, int(port), timeout=10)


def _worker(
    url: str, outlet: str, paths: list[str], stop: threading.Event, served: Counter[str]
) -> None:
    """Fetch ``paths`` round and round over one connection until ``stop``; count the pages."""
    connection = _connect(url)
    count = 0
    for path in itertools.cycle(paths):
        if stop.is_set():
            break
        _get(connection, path)
        count += 1
    connection.close()
    served[outlet] += count  # Counter updates of distinct keys from threads: one per worker


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="how long to measure")
    parser.add_argument("--workers", type=int, default=8, help="concurrent keep-alive clients")
    args = parser.parse_args()

    with serve_background(now=NOW) as site:
        plans = {outlet: _paths(outlet) for outlet in site.urls}
        for outlet, paths in plans.items():  # warm the caches: measure serving, not generating
            connection = _connect(site.urls[outlet])
            for path in paths:
                _get(connection, path)
            connection.close()
        served: Counter[str] = Counter()
        stop = threading.Event()
        outlets = itertools.cycle(site.urls)
        threads = []
        for _ in range(args.workers):
            outlet = next(outlets)
            worker_args = (site.urls[outlet], outlet, plans[outlet], stop, served)
            threads.append(threading.Thread(target=_worker, args=worker_args))
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        time.sleep(args.seconds)
        stop.set()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - started

    total = sum(served.values())
    print(
        f"{total} pages in {elapsed:.1f} s: {total / elapsed:.0f} pages/s ({args.workers} workers)"
    )
    for outlet, count in sorted(served.items()):
        print(f"  {outlet:12} {count / elapsed:7.0f} pages/s")


if __name__ == "__main__":
    main()
