"""The bundled demo news network: deterministic outlets served over HTTP, and their oracle.

It is the crawl target of the tests and of ``newsflow demo`` (there is no internet there), and
an independent judge of the pipeline: it imports nothing from ``etl`` or ``spiders``.

Six outlets (:data:`demosite.outlets.OUTLETS`, in port order), each its own CMS look under
:mod:`demosite.templates`, misbehave the way real Korean news sites do: pinned top stories,
ads among the items, wire copy republished with small edits, cross-listed sections, updates,
tracking parameters, entities and inline tags in titles, a CP949 outlet, a lying meta tag.

- :func:`demosite.server.serve_background` serves outlets on loopback ports, optionally
  busier (``volume_scale``), with a stepping clock (``clock_step``) and injected faults
  (:class:`demosite.faults.FaultPlan`) — all off by default;
- :func:`demosite.oracle.published` says exactly what an outlet published on a KST day;
- ``python -m demosite serve|oracle`` (or ``newsflow demosite …``) does both from a shell.
"""
