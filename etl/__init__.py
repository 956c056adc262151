"""newsflow ETL: every stage after the crawl, as plain functions over one record contract."""
