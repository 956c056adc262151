"""Running expectation suites over pandas frames with Great Expectations 1.x.

GX is imported lazily (it takes seconds) and quietly (its INFO logging is noise next to
Airflow's). One ephemeral context is built per call and thrown away: suites are defined in
code, so nothing needs to persist except the Data Docs, which an ephemeral context writes to a
filesystem site as well as a file-backed one would.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd
    from great_expectations.core import ExpectationValidationResult
    from great_expectations.data_context import AbstractDataContext
    from great_expectations.expectations import Expectation

DOCS_SITE = "newsflow"


def import_gx() -> None:
    """Silence GX's INFO logging, then import it (the first call pays the import)."""
    logging.getLogger("great_expectations").setLevel(logging.WARNING)
    import great_expectations  # noqa: F401


def _context(docs_dir: Path | None) -> AbstractDataContext:
    import great_expectations as gx
    from great_expectations.data_context.types.base import (
        DataContextConfig,
        InMemoryStoreBackendDefaults,
        ProgressBarsConfig,
    )

    # Without an explicit config the ephemeral context adds a default docs site in a fresh
    # temporary folder, which every run would leave behind.
    sites = {}
    if docs_dir is not None:
        sites[DOCS_SITE] = {
            "class_name": "SiteBuilder",
            "show_how_to_buttons": False,
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
            "store_backend": {
                "class_name": "TupleFilesystemStoreBackend",
                "base_directory": str(docs_dir.resolve()),
            },
        }
    config = DataContextConfig(
        store_backend_defaults=InMemoryStoreBackendDefaults(),
        data_docs_sites=sites,
        analytics_enabled=False,
        progress_bars=ProgressBarsConfig(globally=False),
    )
    return gx.get_context(mode="ephemeral", project_config=config)


def run_suites(
    frames: dict[str, pd.DataFrame],
    suites: dict[str, list[Expectation]],
    *,
    suite_prefix: str,
    run_name: str,
    run_time: datetime,
    docs_dir: Path | None,
) -> dict[str, list[ExpectationValidationResult]]:
    """Validate each frame against its suite; frame name -> every expectation's result.

    Results use ``COMPLETE`` format, so each failing expectation lists every failing row in
    ``unexpected_index_list``, as its label in the frame's index. Frames keep pandas' default
    RangeIndex, which GX hands back as a plain list of positions: naming an index column
    instead (``unexpected_index_column_names``) makes GX look up and serialise a dict per
    failing row, seconds for a broken batch of 100k rows. With ``docs_dir``, once every frame
    is validated, HTML Data Docs of every frame's validation are built there at once (``index.html``
    at its root); the run id (``run_name``, ``run_time``) names the validation pages, so
    re-running the same batch at the same time rewrites the same pages.
    """
    import_gx()
    import great_expectations as gx
    from great_expectations.core.run_identifier import RunIdentifier
    from great_expectations.data_context.types.resource_identifiers import (
        ExpectationSuiteIdentifier,
    )

    context = _context(docs_dir)
    source = context.data_sources.add_pandas("newsflow")
    run_id = RunIdentifier(run_name=run_name, run_time=run_time)
    results: dict[str, list[ExpectationValidationResult]] = {}
    rendered: list[Any] = []
    # A Checkpoint feeds the same batch parameters to all its validations, and each frame is
    # its own dataframe: one Checkpoint per frame.
    for name, expectations in suites.items():
        batch = source.add_dataframe_asset(name).add_batch_definition_whole_dataframe(name)
        suite = context.suites.add(
            gx.ExpectationSuite(name=f"{suite_prefix}-{name}", expectations=expectations)
        )
        definition = context.validation_definitions.add(
            gx.ValidationDefinition(name=suite.name, data=batch, suite=suite)
        )
        checkpoint = context.checkpoints.add(
            gx.Checkpoint(
                name=suite.name,
                validation_definitions=[definition],
                result_format={"result_format": "COMPLETE"},
            )
        )
        outcome = checkpoint.run(batch_parameters={"dataframe": frames[name]}, run_id=run_id)
        results[name] = [r for v in outcome.run_results.values() for r in v.results]
        rendered += [*outcome.run_results, ExpectationSuiteIdentifier(name=suite.name)]
    if docs_dir is not None:
        # One incremental build for every frame's validation and suite pages: what an
        # UpdateDataDocsAction per Checkpoint renders, but the index and the site's static
        # assets once rather than once per frame.
        context.build_data_docs(site_names=[DOCS_SITE], resource_identifiers=rendered)
    return results
