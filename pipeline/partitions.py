"""The page work split into partitions: which partition a raw file falls in, what each partition holds
(its inventory of files, its manifest of processed pages), and where they are kept between runs.

A file's partition is a bucket of the hash of its name in the raw folder, not of its bytes: the name is
known from the listing, without reading the file, so a build finds the partitions a new or changed
file touches from one `scandir`; and an edited page stays in its partition, where a content-hash bucket
would move it and leave its old rows behind in another (see docs/scaling.md).

Each partition keeps two small Arrow files (`pipeline/run_pages.py` keeps the pages' rows, as cached
segments): the inventory its files had when it was last processed, and its manifest, the segment that
holds each page's rows. They sit in the page cache beside the segments, under the code version (a
change of rules starts afresh) and the raw folder (two folders may share one cache).
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

import polars as pl

from pipeline.ingest import RawFile
from pipeline.run_pages import MANIFEST_SCHEMA, store_root

# 16 buckets: a new page re-reads a sixteenth of the folder; a cold build still runs the 16 as one range
# (one step, one process pool), and a cluster gets 16 units of work to spread.
BUCKETS = tuple("0123456789abcdef")

INVENTORY_SCHEMA = {"name": pl.String, "size": pl.Int64, "mtime_ns": pl.Int64, "source": pl.String,
                    "path": pl.String, "refusal": pl.String, "refusal_code": pl.String}


def bucket_of(name: str) -> str:
    """The partition of the file named `name` (its path from the raw folder)."""
    return hashlib.sha256(name.encode("utf-8", "backslashreplace")).hexdigest()[0]


def inventory(files: list[RawFile]) -> pl.DataFrame:
    """One row per file: what tells a changed file from an unchanged one, where it is, why it is not to
    be read (if so), and its bucket."""
    return pl.DataFrame({
        "name": [f.name for f in files],
        "size": [f.size for f in files],
        "mtime_ns": [f.mtime_ns for f in files],
        "source": [json.dumps(f.source, sort_keys=True, ensure_ascii=False) if f.source else "" for f in files],
        "path": [f.path for f in files],
        "refusal": [f.refusal[0] if f.refusal else "" for f in files],
        "refusal_code": [f.refusal[1] if f.refusal else "" for f in files],
        "bucket": [bucket_of(f.name) for f in files],
    }, schema={**INVENTORY_SCHEMA, "bucket": pl.String})


def by_bucket(listed: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """An inventory split by bucket, every bucket present (an empty inventory where no file falls)."""
    parts = {key[0]: frame for key, frame in listed.partition_by("bucket", as_dict=True, include_key=False).items()}
    return {bucket: parts.get(bucket, pl.DataFrame(schema=INVENTORY_SCHEMA)) for bucket in BUCKETS}


def files_of(listed: pl.DataFrame) -> list[RawFile]:
    """The files an inventory lists, as list_raw_dir gave them (no second walk of the folder)."""
    return [RawFile(r["name"], r["path"], r["size"], r["mtime_ns"], json.loads(r["source"]) if r["source"] else {},
                    (r["refusal"], r["refusal_code"]) if r["refusal"] else None) for r in listed.iter_rows(named=True)]


def store_dir(cache_dir: Path, raw_dir: Path) -> Path:
    """The folder of one raw folder's partition files (and parts) in the cache, under this code
    version's folder (run_pages.store_root)."""
    key = hashlib.sha256(os.fsencode(os.path.realpath(raw_dir))).hexdigest()[:16]
    return store_root(cache_dir) / "partitions" / key


def partition_file(store: Path, stage: str, partition: str) -> Path:
    return store / stage / f"{partition}.arrow"


def write_partition(store: Path, stage: str, partition: str, frame: pl.DataFrame) -> None:
    """Written aside and renamed: a reader sees the old file or the new one, never half of one."""
    path = partition_file(store, stage, partition)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{partition}.", dir=path.parent)
    os.close(fd)
    frame.write_ipc(tmp)
    os.replace(tmp, path)


def read_partition(store: Path, stage: str, partition: str) -> pl.DataFrame | None:
    path = partition_file(store, stage, partition)
    return pl.read_ipc(path) if path.exists() else None


def stale_buckets(store: Path, listed: pl.DataFrame) -> list[str]:
    """The buckets whose files differ from the inventory they were last processed with (a file added,
    removed, resized, touched, or its sources.json entry changed), or that were never processed."""
    stale = []
    for bucket, now in by_bucket(listed).items():
        kept = read_partition(store, "raw_pages", bucket)
        if kept is None or not partition_file(store, "page_extractions", bucket).exists() or not kept.equals(now):
            stale.append(bucket)
    return stale


def settle_empty(store: Path, listed: pl.DataFrame, stale: list[str]) -> list[str]:
    """Write the partition files of the stale buckets that hold no file (an empty inventory and manifest:
    nothing to run), and return the stale buckets left to run. A folder of a few pages then runs a few
    partitions, not all 16 (each costs Dagster some 10 ms of bookkeeping per asset)."""
    present = set(listed["bucket"])
    for bucket in stale:
        if bucket not in present:
            write_partition(store, "raw_pages", bucket, pl.DataFrame(schema=INVENTORY_SCHEMA))
            write_partition(store, "page_extractions", bucket, pl.DataFrame(schema=MANIFEST_SCHEMA))
    return [bucket for bucket in stale if bucket in present]
