"""The one code path that builds a package: the Dagster job, materialised in-process.

The CLI, the tests and the benchmark call `build()`; the UI materialises the same job with the same
resource, configured through DATASET_RAW_DIR / DATASET_OUT_DIR. Only the partitions whose files changed
since the last build with the same cache are run again (pipeline/partitions.py).
"""
from __future__ import annotations

import tempfile
from contextlib import nullcontext
from pathlib import Path

from dagster import mem_io_manager

from pipeline import descriptor_check
from pipeline.definitions import defs
from pipeline.instance import ephemeral_instance
from pipeline.ingest import list_raw_dir
from pipeline.partitions import inventory, settle_empty, stale_buckets, store_dir
from pipeline.resources import DatasetPaths, RawListing

RANGE_START, RANGE_END = "dagster/asset_partition_range_start", "dagster/asset_partition_range_end"


def partition_tags(buckets: list[str]) -> dict[str, str]:
    """The run tags that make one run take the partitions from the first to the last of `buckets`."""
    return {RANGE_START: min(buckets), RANGE_END: max(buckets)}


def stale_partitions(paths: DatasetPaths) -> tuple[list[str], RawListing]:
    """The partitions to run: those whose files changed since they were last processed with this cache
    (an empty one gets its files written here, with no run); and the listing they were found from."""
    raw_dir = Path(paths.raw_dir)
    store, listed = store_dir(paths.cache_path, raw_dir), inventory(list_raw_dir(raw_dir))
    return settle_empty(store, listed, stale_buckets(store, listed)), RawListing(paths.raw_dir, listed)


def build(raw_dir: Path, out_dir: Path, cache_dir: Path | None = None, workers: int = 0, log_level: str = "WARNING",
          whole_up_to_pages: int = DatasetPaths().whole_up_to_pages):
    """Materialise every asset into `out_dir`; returns Dagster's result (raises if a step fails).
    `cache_dir` None: a cache for this build only. `whole_up_to_pages`: see DatasetPaths."""
    with (nullcontext(cache_dir) if cache_dir else tempfile.TemporaryDirectory(prefix="pipeline-cache-")) as cache:
        paths = DatasetPaths(raw_dir=str(raw_dir), out_dir=str(out_dir), cache_dir=str(cache), workers=workers,
                             whole_up_to_pages=whole_up_to_pages)
        # Frictionless loads in its own process while this one works (pipeline/descriptor_check.py).
        descriptor_check.start()
        try:
            stale, listing = stale_partitions(paths)
            # Nothing changed: the page work is not run at all, and the package is made again from its
            # partitions (publish_dataset is the same graph without the page work).
            job = defs.resolve_job_def("build_dataset" if stale else "publish_dataset")
            with ephemeral_instance() as instance:
                return job.execute_in_process(
                    # In one process the tables are handed over in memory; the UI's runs persist them.
                    resources={"paths": paths, "io_manager": mem_io_manager, "raw_listing": listing}, instance=instance,
                    tags=partition_tags(stale) if stale else None,
                    run_config={"loggers": {"console": {"config": {"log_level": log_level}}}},
                )
        finally:
            descriptor_check.stop()  # a build that failed before its package was checked
