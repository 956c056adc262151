"""Run reports: one self-contained HTML page per run and per backfill, with charts.

A page shows articles per day by source and by section, volume against the trailing median,
the quality pass rate and quarantine reasons, duplicate and story rates, crawl errors by kind,
and links to each run's Great Expectations Data Docs. It works offline (inline CSS and SVG, no
script) and escapes every text that came from the web.

- ``write``   ``write_run_report`` / ``write_range_report``, ``runs.report_path``, the DAG task
- ``data``    what a page shows, read from the warehouse and the run folders
- ``volume``  daily volume and trailing median (also behind ``newsflow status``' drift alarms)
- ``render``  charts + page; ``svg`` draws the charts; ``template`` is the page

Importing this package is cheap; the modules load on use.
"""
