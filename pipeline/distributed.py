"""The same assets on a Dask cluster, through Dagster's Dask executor (dagster-dask).

`build_on_dask()` runs the page work as a few runs at once, each taking a range of the partitions, and
then the tables and the package in one more run. Every step of every run is a task on the cluster's
workers; steps hand their outputs over through files that any worker reads: the partitions' manifests
and the cached segments in the cache folder (pipeline/partitions.py), the tables through Dagster's
filesystem IO manager in the instance's storage. On one machine these are local folders; on several,
the cache folder and the instance's storage are a shared volume, and the instance is Postgres
(docs/scaling.md gives both as configuration).

`dagster dev -m pipeline.distributed` shows these definitions in the UI: the same assets, whose two
jobs run on the cluster named in their run config.

Kept apart from pipeline/definitions.py so that a build on one machine never imports Dask.
"""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from dagster import DagsterInstance, Definitions, define_asset_job, execute_job
from dagster._core.definitions.reconstruct import build_reconstructable_job
from pipeline.dask_executor import dask_executor

from pipeline import definitions
from pipeline.build import partition_tags, stale_partitions
from pipeline.resources import DatasetPaths

defs = Definitions(
    assets=definitions.defs.assets, asset_checks=definitions.defs.asset_checks, resources=definitions.defs.resources,
    jobs=[define_asset_job(name, selection=selection, executor_def=dask_executor, description=definitions.DESCRIPTIONS[name])
          for name, selection in (("extract_pages", definitions.PAGE_WORK), ("publish_dataset", definitions.PUBLISH))],
)


def job_named(name: str):
    """How a worker finds the job again: it imports this module and calls this (Dagster's reconstructable job)."""
    return defs.resolve_job_def(name)


def ranges(buckets: list[str], runs: int) -> list[list[str]]:
    """`buckets` in at most `runs` contiguous ranges of near-equal length (a run takes a range)."""
    size = -(-len(buckets) // runs) if buckets else 1
    return [buckets[i: i + size] for i in range(0, len(buckets), size)]


def build_on_dask(raw_dir: Path, out_dir: Path, cache_dir: Path, scheduler: str, instance_dir: Path | None = None,
                  runs: int = 4, workers: int = 1, whole_up_to_pages: int = DatasetPaths().whole_up_to_pages) -> list:
    """Build the package on the Dask cluster whose scheduler is at `scheduler` ("tcp://host:port"):
    the page work of the partitions whose files changed, in up to `runs` runs at once, then the
    package. `cache_dir` must be a folder every worker sees. `workers` is the page-work processes per
    step (1: the step's own); `whole_up_to_pages`: see DatasetPaths. Returns the runs' results; raises if
    one failed."""
    paths = DatasetPaths(raw_dir=str(raw_dir), out_dir=str(out_dir), cache_dir=str(cache_dir), workers=workers,
                         whole_up_to_pages=whole_up_to_pages)
    run_config = {
        "execution": {"config": {"cluster": {"existing": {"address": scheduler}}}},
        "resources": {"paths": {"config": paths.model_dump()}},
    }
    stale, _ = stale_partitions(paths)  # the runs list the folder themselves: they are other processes
    with _instance(instance_dir) as instance:
        def run(name: str, tags: dict[str, str] | None = None):
            job = build_reconstructable_job("pipeline.distributed", "job_named", reconstructable_args=(name,))
            result = execute_job(job, instance=instance, run_config=run_config, tags=tags)
            if not result.success:
                raise RuntimeError(f"run {result.run_id} of {name} ({tags or 'all partitions'}) failed")
            return result

        with ThreadPoolExecutor(max_workers=runs) as pool:
            results = list(pool.map(lambda part: run("extract_pages", partition_tags(part)), ranges(stale, runs)))
        return results + [run("publish_dataset")]


@contextmanager
def _instance(instance_dir: Path | None):
    """The Dagster instance the runs are recorded in, which the workers open too: a local one in
    `instance_dir`; with none, the one DAGSTER_HOME configures (Postgres on a cluster, see
    docs/scaling.md), or else a temporary local one."""
    if instance_dir is None and os.environ.get("DAGSTER_HOME"):
        with DagsterInstance.get() as instance:
            yield instance
        return
    with tempfile.TemporaryDirectory(prefix="dagster-instance-") as tmp:
        home = Path(instance_dir or tmp)
        home.mkdir(parents=True, exist_ok=True)
        with DagsterInstance.local_temp(str(home)) as instance:
            yield instance

