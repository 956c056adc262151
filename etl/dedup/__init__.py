"""Dedup: exact duplicates (``exact``) and near-duplicate story clusters (``stories``).

``dedup`` is the pipeline's dedup stage function: one Article per article, classified against
the warehouse. Story clusters are assigned once articles are recorded: the load stage calls
``etl.warehouse.stories.index_stories`` right after ``load_batch``, because deciding them needs
every other outlet's articles in the warehouse — including those a concurrent run of another
source loaded a moment before (deciding in the dedup stage, two outlets' runs of one night
would each miss the other's copies).
"""

from etl.dedup.exact import DedupResult, dedup, merge_sightings
from etl.dedup.stories import StoryConfig

__all__ = ["DedupResult", "StoryConfig", "dedup", "merge_sightings"]
