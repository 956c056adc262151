"""The bundled demo news network: deterministic outlets served over HTTP, and their oracle.

It is the crawl target of the tests and of ``newsflow demo`` (there is no internet there), and
an independent judge of the pipeline: it imports nothing from ``etl`` or ``spiders``.

- :func:`demosite.server.serve_background` serves outlets on loopback ports;
- :func:`demosite.oracle.published` says exactly what an outlet published on a KST day;
- ``python -m demosite serve|oracle`` (or ``newsflow demosite …``) does both from a shell.
"""
