"""Scrapy settings of the newsflow crawl (``SCRAPY_SETTINGS_MODULE=spiders.settings``).

Defaults are for crawling real outlets politely: robots.txt obeyed, an identifying user agent,
AutoThrottle with a per-domain concurrency cap, retries spaced out, no private addresses, no
offsite requests (redirects included). ``NEWSFLOW_CRAWL_FAST=1`` drops the delays for the
loopback demosite and the tests, where AutoThrottle's start delay would only add waiting.

The crawl's own settings (``NEWSFLOW_…``):
- ``NEWSFLOW_WARC_ENABLED`` (True): archive every response (``spiders.warc``);
- ``NEWSFLOW_RETRY_BACKOFF`` (1.0 s) and ``NEWSFLOW_RETRY_BACKOFF_MAX`` (30 s): the pause
  before the first retry, doubled for each further one, and its ceiling;
- ``NEWSFLOW_ALLOW_PRIVATE_ADDRESSES`` (False): let requests reach loopback and private
  addresses (demosite profiles always may);
- ``NEWSFLOW_MAX_SEEK_PAGES`` (10000): next-link pages a crawl may fetch to reach its window.
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
NEWSFLOW_RETRY_BACKOFF = 1.0
NEWSFLOW_RETRY_BACKOFF_MAX = 30.0

DOWNLOADER_MIDDLEWARES = {
    "spiders.middlewares.PublicAddressesOnly": 40,
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "spiders.middlewares.OffsiteToErrback": 50,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "spiders.middlewares.BackoffRetryMiddleware": 550,
    # Between the download and redirects/decompression/retries: sees answers as sent.
    "spiders.warc.ResponseArchive": 610,
}
NEWSFLOW_ALLOW_PRIVATE_ADDRESSES = False
# The spider emits each item once by canonical URL and fetches each article once; Scrapy's
# fingerprint filter would also refuse the deliberate second fetch of a listing page (a
# seek probe re-read as the first page of the walk).
DUPEFILTER_CLASS = "scrapy.dupefilters.BaseDupeFilter"
NEWSFLOW_MAX_SEEK_PAGES = 10_000

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
    NEWSFLOW_RETRY_BACKOFF = 0.05
    NEWSFLOW_RETRY_BACKOFF_MAX = 0.2

# Scrapy checks every callback for a generator returning a value by reading and parsing its
# source; bound methods miss the check's cache, so it runs again for every response and costs
# more than extracting the page. The spider's callbacks return no values.
WARN_ON_GENERATOR_RETURN_VALUE = False

# Listing and article pages need no login state; cookies would only make runs differ.
COOKIES_ENABLED = False
# A mapped Airflow task runs several crawls on one host; a telnet console or remote-control
# server per crawl would only compete for ports, and both let a local user run code in it.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False

# The raw batch: items.jsonl + stats.json; every response is archived for re-parsing by
# spiders.warc.ResponseArchive (a downloader middleware, above).
EXTENSIONS = {"spiders.batch.RawBatchWriter": 500}
NEWSFLOW_WARC_ENABLED = True

LOG_LEVEL = "INFO"
# The library versions that decide how pages parse; Scrapy's default list adds TLS libraries.
LOG_VERSIONS = ["lxml", "libxml2", "parsel", "Twisted", "Python"]
# stats.json holds every counter; the end-of-crawl dump would repeat it in the log.
STATS_DUMP = False
LOGSTATS_INTERVAL = 60.0
