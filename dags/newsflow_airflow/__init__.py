"""Airflow-side helpers of the newsflow DAG files (this folder is not parsed for DAGs).

The DAG files only wire tasks; each task body calls one function of ``newsflow_airflow.tasks``,
which turns Airflow's world (Connections, the task context) into the plain arguments of an
``etl`` function. Names shared by several DAGs live here.
"""

from __future__ import annotations

import os

from airflow.sdk import Asset

# Updated by every successful load of news_nightly; news_marts is scheduled on it.
ARTICLES = Asset(name="news_articles", uri="newsflow://warehouse/news/articles")

# Bounds concurrent crawls across all runs (scheduled and backfills) so outlets are not hit by
# many crawls at once. Create it before the first run: `airflow pools set newsflow_crawl 4 "…"`;
# the scheduler does not run tasks of a pool that does not exist.
CRAWL_POOL = "newsflow_crawl"
CRAWL_POOL_SLOTS = 4
CRAWL_POOL_DESCRIPTION = "newsflow: concurrent crawls of news sites"

# The executor queue of the crawl tasks (CeleryExecutor: workers started with `--queues`).
# Crawls need outbound network and politeness budgets; the other stages need neither, so a
# deployment may keep crawls on dedicated workers: NEWSFLOW_CRAWL_QUEUE=crawl, crawl workers
# `--queues crawl,default`, the others `--queues default`. Read when the DAG file is parsed.
CRAWL_QUEUE = os.environ.get("NEWSFLOW_CRAWL_QUEUE") or "default"

# When this Connection exists the DAGs load into its database; else NEWSFLOW_WAREHOUSE_URL.
WAREHOUSE_CONN_ID = "newsflow_warehouse"
