"""The one code path that builds a package: the Dagster job, materialised in-process.

The CLI, the tests and the benchmark call `build()`; the UI materialises the same job with the same
resource, configured through DATASET_RAW_DIR / DATASET_OUT_DIR.
"""
from __future__ import annotations

from pathlib import Path

from dagster import DagsterInstance, mem_io_manager

from pipeline.definitions import defs
from pipeline.resources import DatasetPaths


def build(raw_dir: Path, out_dir: Path, cache_dir: Path | None = None, workers: int = 0, log_level: str = "WARNING"):
    """Materialise every asset into `out_dir`; returns Dagster's result (raises if a step fails)."""
    paths = DatasetPaths(raw_dir=str(raw_dir), out_dir=str(out_dir), cache_dir=str(cache_dir) if cache_dir else "", workers=workers)
    job = defs.resolve_job_def("build_dataset")
    with DagsterInstance.ephemeral() as instance:
        return job.execute_in_process(
            # In one process the assets hand their values over in memory; the UI's runs persist them.
            resources={"paths": paths, "io_manager": mem_io_manager}, instance=instance,
            run_config={"loggers": {"console": {"config": {"log_level": log_level}}}},
        )
