"""Scrapy settings of the newsflow crawl (``SCRAPY_SETTINGS_MODULE=spiders.settings``).

Defaults are for crawling real outlets politely: robots.txt obeyed, an identifying user agent,
AutoThrottle with a per-domain concurrency cap. ``NEWSFLOW_CRAWL_FAST=1`` drops the delays for
the loopback demosite and the tests, where AutoThrottle's start delay would only add waiting.
"""

from __future__ import annotations

from etl.config import get_settings

BOT_NAME = "newsflow"
SPIDER_MODULES = ["spiders.listing"]
NEWSPIDER_MODULE = "spiders"

# Say who we are and where to complain; outlets block anonymous crawlers sooner.
USER_AGENT = "newsflow/0.1 (+https://github.com/newsflow/newsflow)"
ROBOTSTXT_OBEY = True

# A listing page missed is a hole in the day, so transient failures are retried a little
# harder than Scrapy's default (2); 429 is in the list because outlets rate-limit bursts.
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]

DOWNLOAD_TIMEOUT = 30
# News pages are well under a megabyte; anything far larger is a mistake (a video, a dump).
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024

# Politeness: at most two requests in flight per outlet, a base delay, and AutoThrottle
# stretching it when the outlet slows down.
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

if get_settings().crawl_fast:
    AUTOTHROTTLE_ENABLED = False
    DOWNLOAD_DELAY = 0
    CONCURRENT_REQUESTS_PER_DOMAIN = 8

# Listing and article pages need no login state; cookies would only make runs differ.
COOKIES_ENABLED = False
# A mapped Airflow task runs several crawls on one host; a telnet console or remote-control
# server per crawl would only compete for ports, and both let a local user run code in it.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False

# The raw batch: items.jsonl + stats.json, and every response archived for re-parsing.
EXTENSIONS = {"spiders.batch.RawBatchWriter": 500, "spiders.warc.ResponseArchive": 510}
NEWSFLOW_WARC_ENABLED = True

LOG_LEVEL = "INFO"
# The library versions that decide how pages parse; Scrapy's default list adds TLS libraries.
LOG_VERSIONS = ["lxml", "libxml2", "parsel", "Twisted", "Python"]
# stats.json holds every counter; the end-of-crawl dump would repeat it in the log.
STATS_DUMP = False
LOGSTATS_INTERVAL = 60.0
