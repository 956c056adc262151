"""The Scrapy project of newsflow: one ``ListingSpider`` driven by source profiles.

The spider writes a raw batch (``items.jsonl`` of ``etl.records.RawItem``, ``stats.json`` and
``responses.warc.gz`` with every response it received) and never touches the warehouse. Run
it through ``etl.crawl.crawl`` (a subprocess) or ``scrapy crawl listing -a source=CODE -a
start=YYYY-MM-DD`` from the repository root.
"""
