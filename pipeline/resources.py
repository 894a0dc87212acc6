"""Where the pipeline reads and writes: one configurable resource, set by the UI, the CLI and the tests alike."""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from dagster import ConfigurableResource

from pipeline import PROJECT_ROOT


class DatasetPaths(ConfigurableResource):
    """raw_dir: the folder of pages; out_dir: the data package folder; cache_dir: per-page results
    cached by content hash ("" for none); workers: processes for page work (0 = one per core);
    whole_up_to_pages: up to this many pages every table is published whole, one file each; past it the
    per-page tables are published in parts, one per partition of pages (pipeline/parts.py)."""

    raw_dir: str = str(PROJECT_ROOT / "raw")
    out_dir: str = str(PROJECT_ROOT / "datapackage")
    cache_dir: str = str(PROJECT_ROOT / ".cache" / "pages")
    workers: int = 0
    whole_up_to_pages: int = 1000

    @property
    def cache_path(self) -> Path:
        """The cache folder; with none configured, one in the system's temporary folder, as the steps
        of a run hand the page work over through it."""
        return Path(self.cache_dir) if self.cache_dir else Path(tempfile.gettempdir()) / "molisa-pipeline-cache"


def default_paths() -> DatasetPaths:
    """The resource `dagster dev` uses: the project's folders, or DATASET_RAW_DIR / DATASET_OUT_DIR
    when set (the UI test points them at temporary folders)."""
    defaults = DatasetPaths()
    return DatasetPaths(
        raw_dir=os.environ.get("DATASET_RAW_DIR", defaults.raw_dir),
        out_dir=os.environ.get("DATASET_OUT_DIR", defaults.out_dir),
        cache_dir=os.environ.get("DATASET_CACHE_DIR", defaults.cache_dir),
    )


@dataclass(frozen=True)
class RawListing:
    """The raw folder's inventory (partitions.inventory) as a build saw it when it chose the partitions
    to run, handed to raw_pages so that a build lists the folder once (at 30,000 pages a listing is a
    stat a file, ~0.3 s). Empty in the UI and on other engines, where raw_pages lists the folder itself."""
    raw_dir: str = ""
    frame: object = None  # a polars DataFrame; any other value is ignored

    def of(self, raw_dir: str):
        """The inventory when it is of `raw_dir`, else None."""
        return self.frame if self.frame is not None and self.raw_dir == raw_dir else None
