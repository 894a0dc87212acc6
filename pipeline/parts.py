"""The published tables from the page cache, a partition at a time: what the `tables` asset makes.

Most of a package is the tables whose rows are their page's alone (tables.PER_PAGE: the documents'
text, the sentences, the mentions, the activities and tasks). These are made one partition of pages
at a time, as *parts*: each partition's rows in an Arrow file, cached under a name drawn from the
published pages they hold, so a build after one new page makes one part again and reads no other.
The tables across pages (organisations, the registries, the rejections) are made whole, from a light
pass that reads of every page only the columns they use (tables.light_columns()).

Memory stays bounded by the light pass and one partition's rows, not by the whole archive, and the
package is written part by part from the same files (pipeline/package.py).
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from pipeline.partitions import BUCKETS
from pipeline.removal import remove_later
from pipeline.run_pages import Extracted, load_pages
from pipeline.schema import TABLES
from pipeline.tables import PAGE_KEY, PER_PAGE, across_pages, combine, light_columns, light_rows, page_rows, published_pages, sort_key


@dataclass(frozen=True)
class TableParts:
    """A PER_PAGE table as its parts: (partition, Arrow file) in partition order. Stands in for the
    table's frame between the assets: small to hand over, and read a part at a time."""
    table: str
    files: tuple[tuple[str, Path], ...]
    rows: int  # counted when made: a build with a cache of its own removes the files when it ends

    @property
    def height(self) -> int:
        return self.rows

    def parts(self, columns: list[str] | None = None, checked: str | None = None):
        """(partition, frame) for each part, read one at a time; `checked`: leave out the parts a check
        of that name has passed (mark_checked)."""
        for partition, path in self.files:
            if checked is None or not (path.parent / f".checked-{checked}").exists():
                yield partition, pl.read_ipc(path, columns=columns)

    def frame(self, columns: list[str] | None = None) -> pl.DataFrame:
        """The whole table (or those columns of it), in its key order: a page's rows are all in one
        part, so the parts sorted together give the rows the whole table has."""
        key = sort_key(self.table)
        wanted = None if columns is None else list(dict.fromkeys([*columns, *key]))
        frames = [f for _, f in self.parts(wanted)]
        whole = pl.concat(frames) if frames else pl.DataFrame(schema=TABLES[self.table].polars_schema)
        whole = whole.sort(key, maintain_order=True)
        return whole if columns is None else whole.select(columns)

    def head(self, n: int = 5) -> pl.DataFrame:
        for _, path in self.files:
            frame = pl.read_ipc(path, n_rows=n)
            if frame.height:
                return frame
        return pl.DataFrame(schema=TABLES[self.table].polars_schema)


Table = pl.DataFrame | TableParts


def whole(table: Table, columns: list[str] | None = None) -> pl.DataFrame:
    """A table as one frame, whichever form it comes in."""
    if isinstance(table, TableParts):
        return table.frame(columns)
    return table if columns is None else table.select(columns)


def lazy(table: Table) -> pl.LazyFrame:
    """A table, whole or in parts, as one lazy frame."""
    if isinstance(table, TableParts):
        return pl.scan_ipc([str(path) for _, path in table.files])
    return table.lazy()


def parts_of(table: Table, columns: list[str] | None = None, checked: str | None = None):
    """(partition, frame) for each part of a table (only `columns`, when given); a whole frame is one
    part. `checked`: see TableParts.parts."""
    if isinstance(table, TableParts):
        yield from table.parts(columns, checked)
    else:
        yield "", table if columns is None else table.select(columns)


def mark_checked(table: Table, check: str) -> None:
    """Record that every part of `table` passed `check`: a part's rows never change under its name (the
    folder is named after its pages), so a later build need not check it again."""
    if isinstance(table, TableParts):
        for _, path in table.files:
            (path.parent / f".checked-{check}").touch()


_ROWS = "rows.json"  # a part folder's row count per table, written with it (a query per file costs more)


def published_tables(root: Path, store: Path, manifest: pl.DataFrame, whole_up_to_pages: int) -> dict[str, Table]:
    """Every published table: the PER_PAGE ones as TableParts, the others whole. `root`: the segment
    store (run_pages.store_root); `store`: the raw folder's partition store (partitions.store_dir),
    where the parts are kept; `manifest`: every page's segment (run_pages.MANIFEST_SCHEMA) and its
    partition (`bucket`). Up to `whole_up_to_pages` pages (files read) every table is made whole: one
    CSV and one Parquet file each when published, and no parts to write for a handful of pages."""
    if manifest.height <= whole_up_to_pages:
        return combine(load_pages(root, manifest))
    by_bucket = {bucket: manifest.filter(pl.col("bucket") == bucket) for bucket in BUCKETS}
    light = _light(root, store, by_bucket)
    rank, rejections = published_pages(light.pages, light.tables["documents"])
    out: dict[str, Table] = across_pages(light.tables, rank, rejections)
    del light
    with _side_by_side() as pool:
        folders = dict(zip(by_bucket, pool.map(lambda bucket, pages: _part(root, store, bucket, pages, rank), by_bucket, by_bucket.values())))
    _prune(store / "parts", keep={f.name for f in folders.values()})
    rows = {bucket: json.loads((folder / _ROWS).read_text("utf-8")) for bucket, folder in folders.items()}
    for table in PER_PAGE:
        files = tuple((b, folders[b] / f"{table}.arrow") for b in BUCKETS)
        out[table] = TableParts(table, files, sum(rows[b][table] for b in BUCKETS))
    return {table: out[table] for table in TABLES}


def _light(root: Path, store: Path, by_bucket: dict[str, pl.DataFrame]) -> Extracted:
    """What across_pages() reads of every page (tables.light_columns()), kept a partition at a time in
    a folder named after the partition's pages (all of them, published or not), so that after one new
    page only that partition's is read from the segments again. The partitions' rows come one
    partition after another, each in the order load_pages() gives them: what the tables across pages
    take from the order is a page's rows in order, and those are in one partition. Of the tables that
    point at organisations, only the rows that may bring a body in are kept (tables.light_rows).
    `by_bucket`: each partition's rows of the manifest."""
    columns = light_columns()

    def made(bucket: str, pages: pl.DataFrame) -> Path:
        folder = store / "light" / f"{bucket}-{_digest(pages[PAGE_KEY])}"
        if not folder.exists():
            extracted = load_pages(root, pages, columns)
            _write_folder(folder, {"pages": extracted.pages, **light_rows(extracted.tables)})
        return folder

    with _side_by_side() as pool:
        folders = list(pool.map(made, by_bucket, by_bucket.values()))
    _prune(store / "light", keep={f.name for f in folders})
    # One scan of the partitions' files per table, all collected side by side (a read per file costs more).
    pages, *frames = pl.collect_all([pl.scan_ipc([str(f / f"{name}.arrow") for f in folders]) for name in ["pages", *columns]])
    return Extracted(pages, dict(zip(columns, frames)))


def _side_by_side() -> ThreadPoolExecutor:
    """Threads that make the partitions' folders two at a time (results in partition order): a
    partition's reads, joins and writes are Polars work on a few thousand rows, which keeps about one
    core busy, so on two cores a cold build's partitions took a third longer one at a time. Memory holds
    two partitions' rows instead of one."""
    return ThreadPoolExecutor(max_workers=2)


def _digest(page_keys: pl.Series) -> str:
    """A folder's name drawn from the pages it is made from, in order."""
    return hashlib.sha256("\n".join(page_keys).encode()).hexdigest()[:24]


def _write_folder(folder: Path, frames: dict[str, pl.DataFrame], notes: dict[str, str] | None = None) -> None:
    """An Arrow file per frame (and a text file per note) in `folder`, whole or not at all: written aside
    and renamed, so a build that is killed leaves a hidden folder, never half of one."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    for name, frame in frames.items():
        frame.write_ipc(tmp / f"{name}.arrow")
    for name, text in (notes or {}).items():
        (tmp / name).write_text(text, encoding="utf-8")
    try:
        os.rename(tmp, folder)
    except OSError:  # another build made the same one meanwhile
        shutil.rmtree(tmp, ignore_errors=True)


def _part(root: Path, store: Path, bucket: str, manifest: pl.DataFrame, rank: pl.DataFrame) -> Path:
    """The folder of one partition's part of every PER_PAGE table, made unless a build made it already.
    Its name is drawn from the partition's published pages in publishing order (their page keys hold
    the file's bytes and name; the store is per code version), so it changes exactly when its rows do."""
    ranked = manifest.join(rank, on=PAGE_KEY, how="inner").sort("_rank")
    folder = store / "parts" / f"{bucket}-{_digest(ranked[PAGE_KEY])}"
    if folder.exists():
        return folder
    extracted = load_pages(root, ranked.drop("_rank"), {t: list(TABLES[t].polars_schema) for t in PER_PAGE})
    frames = {table: page_rows(table, extracted.tables[table], rank) for table in PER_PAGE}
    _write_folder(folder, frames, {_ROWS: json.dumps({table: frame.height for table, frame in frames.items()})})
    return folder


def _prune(folder: Path, keep: set[str]) -> None:
    """Folders of the store no table of this raw folder is made from any more (a partition's earlier ones)."""
    for old in folder.iterdir():
        if old.name not in keep and not old.name.startswith("."):
            remove_later(old)
