"""Process many pages: results are cached by the hash of each page's bytes (and of the code and its
rules), so a rebuild only processes new or changed pages; the work is spread over processes.

The cache is a folder of *segments*, one per batch of pages processed together: each holds an Arrow
file per table (every row tagged with the `page_key` of its page) and `pages.arrow` (one row per page:
key, file name, sha256, rejection reason). Loading 10,000 cached pages is then a few dozen memory
reads of typed columns, not 10,000 unpickled Python objects, and the worker processes hand the parent
nothing but a segment's name.
"""
from __future__ import annotations

import hashlib
import multiprocessing
import multiprocessing.context
import os
import re
import shutil
import tempfile
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from contextlib import nullcontext
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import polars as pl

from pipeline.errors import InputError
from pipeline.ingest import RawFile, read_file
from pipeline.page import RawPage, process_page
from pipeline.progress import Progress
from pipeline.schema import TABLES
from pipeline.tables import PAGE_KEY, rows_frame
from pipeline.text import compiled_patterns

PAGES_SCHEMA = {PAGE_KEY: pl.String, "name": pl.String, "sha256": pl.String, "reason": pl.String, "reason_code": pl.String}
SEGMENT_MAX_PAGES = 250  # one worker's batch: small enough to share the pages out evenly over the cores
SEGMENT_MIN_PAGES = 10  # the last batches are this small
SEGMENT_NAME = re.compile(r"[0-9a-f]{24}")  # beside the segments: a hidden one being written, the partitions' files
IN_PROCESS_BELOW = 50  # fewer new pages than this are processed without starting a pool


@dataclass
class Extracted:
    """Every page's rows: `pages` has a row per raw file (page_key, name, sha256, reason: empty unless the
    page was rejected, and reason_code its kind); `tables` the rows of every table, each with the page_key of its page."""
    pages: pl.DataFrame
    tables: dict[str, pl.DataFrame]

    @property
    def rejected(self) -> pl.DataFrame:
        return self.pages.filter(pl.col("reason") != "")


# A page's rows depend on the modules the page work imports and on the rules' data, not on how the tables
# are published: an edit to the site, the data card or the package writer must not re-extract a million pages.
PAGE_WORK = ("pipeline.page", "pipeline.run_pages")
_IMPORT = re.compile(r"^[ \t]*(?:from[ \t]+(pipeline[\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n#]*)|import[ \t]+(pipeline[\w.]*))", re.M)


def page_work_files(root: Path) -> list[Path]:
    """The files the page work's rows depend on, under the package folder `root`: the modules `PAGE_WORK`
    imports, directly or through others (every import of a pipeline module, at the top or inside a
    function, read from the source), their packages' `__init__.py`, and every rule file in `data/`."""
    def source(module: str) -> Path | None:
        rel = "/".join(module.split(".")[1:])
        for path in (root / f"{rel}.py", root / rel / "__init__.py"):
            if path.is_file():
                return path
        return None

    seen: dict[str, Path] = {}
    todo = list(PAGE_WORK)
    while todo:
        module = todo.pop()
        path = source(module)
        if module in seen or path is None:
            continue
        seen[module] = path
        parts = module.split(".")
        todo += [".".join(parts[:i]) for i in range(1, len(parts))]  # the packages it lives in
        for m in _IMPORT.finditer(path.read_text("utf-8")):
            if m[3]:
                todo.append(m[3])
            else:  # "from pipeline.x import y": y may be a module of package pipeline.x
                todo.append(m[1])
                todo += [f"{m[1]}.{name.split()[0]}" for name in m[2].strip("() \n").replace("\n", " ").split(",") if name.strip()]
    data = [path for path in (root / "data").rglob("*") if path.suffix in (".json", ".csv", ".py")]
    return sorted(set(seen.values()) | set(data))


def code_hash(root: Path) -> str:
    """Hash of `page_work_files(root)`, names and bytes: a change to any rule or to the page work's code
    invalidates the cache."""
    h = hashlib.sha256()
    for path in page_work_files(root):
        h.update(path.relative_to(root).as_posix().encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


@lru_cache(maxsize=1)
def code_version() -> str:
    """`code_hash` of the installed package."""
    return code_hash(Path(str(resources.files("pipeline"))))


def page_key(page: RawPage) -> str:
    """What a page's rows depend on: its bytes, its file name and its entry in sources.json."""
    meta = repr((sorted(page.source.items()), page.read_error, page.read_error_code)).encode()
    return hashlib.sha256(page.data + b"\0" + page.name.encode() + b"\0" + meta).hexdigest()


def _one(page: RawPage) -> tuple[dict[str, list[dict]] | None, str, str]:
    """(the page's rows, table by table, "", "") or (None, why it was rejected, the kind of reason)."""
    try:
        return process_page(page), "", ""
    except InputError as exc:
        return None, exc.reason, exc.code
    except Exception as exc:  # noqa: BLE001 - a fault on one page must not stop the others
        return None, f"could not be processed ({type(exc).__name__}: {exc}); please report it", "fault"


def _write_segment(root: Path, batch: list[tuple[str, RawPage]]) -> str:
    """Process a batch of pages and store their rows as one segment; returns the segment's name."""
    name = hashlib.sha256("\n".join(key for key, _ in batch).encode()).hexdigest()[:24]
    final = root / name
    if final.exists():
        return name  # another build stored these very pages
    info = {c: [] for c in PAGES_SCHEMA}
    rows = {t: [] for t in TABLES}
    keys = {t: [] for t in TABLES}
    for key, page in batch:
        page_rows, reason, code = _one(page)
        for c, v in zip(PAGES_SCHEMA, (key, page.name, page.sha256, reason, code)):
            info[c].append(v)
        for table, table_rows in (page_rows or {}).items():
            rows[table].extend(table_rows)
            keys[table].extend([key] * len(table_rows))
    tmp = Path(tempfile.mkdtemp(prefix=f".{name}.", dir=root))
    pl.DataFrame(info, schema=PAGES_SCHEMA).write_ipc(tmp / "pages.arrow")
    for table in TABLES:
        rows_frame(table, rows[table], keys[table]).write_ipc(tmp / f"{table}.arrow")
    try:
        os.rename(tmp, final)  # whole segments only: a killed build leaves a hidden .tmp folder, never half a segment
    except OSError:  # the same segment appeared meanwhile
        shutil.rmtree(tmp, ignore_errors=True)
    return name


class PageWorker(multiprocessing.context.ForkServerProcess):
    """A pool worker of the page work; its name tells the fork server (pipeline/worker_server.py) not to
    run the caller's main module in it."""


class _WorkersContext(multiprocessing.context.ForkServerContext):
    Process = PageWorker


def _workers_context():
    """Workers forked from a fresh server process, not from this one: this process may already run
    Polars' thread pool, and a fork of a process with threads can deadlock in the child."""
    context = _WorkersContext()
    # Imported once in the server, shared by every worker.
    context.set_forkserver_preload(["pipeline.worker_server", "pipeline.run_pages"])
    return context


def _stop(pool: ProcessPoolExecutor) -> None:
    """Stop a pool's workers now, their batches with them: the page work was interrupted (Ctrl-C, a
    run terminated) or failed. The executor's own shutdown waits for the batches in hand, and a batch
    half-written into a full pipe to a worker held the process at exit for good (a build given SIGINT
    never ended). The executor has no public call for this; `_processes` is its map of workers."""
    workers = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for worker in workers:
        worker.terminate()


def _job(args: tuple[str, list[tuple[str, RawPage]]]) -> str:
    root, batch = args
    name = _write_segment(Path(root), batch)
    compiled_patterns.remember()  # (the rules compile some patterns on their first page)
    return name


def _index(root: Path) -> tuple[dict[str, str], dict[str, int]]:
    """(page_key -> the first segment, in name order, that holds it; segment -> its number of pages)."""
    where: dict[str, str] = {}
    sizes: dict[str, int] = {}
    for seg in sorted(p.name for p in root.iterdir() if SEGMENT_NAME.fullmatch(p.name) and p.is_dir()):
        seg_keys = pl.read_ipc(root / seg / "pages.arrow", columns=[PAGE_KEY])[PAGE_KEY]
        sizes[seg] = seg_keys.len()
        for key in seg_keys:
            where.setdefault(key, seg)
    return where, sizes


def _load(root: Path, keys: list[str], where: dict[str, str], sizes: dict[str, int],
          columns: dict[str, list[str]] | None = None) -> Extracted:
    """The rows of `keys`, each page's from the one segment `where` names, in segment then row order;
    with `columns`, only those tables, and of each only those columns (and the page_key)."""
    distinct = list(dict.fromkeys(keys))
    assigned = pl.DataFrame({"_segment": [where[k] for k in distinct], PAGE_KEY: distinct},
                            schema={"_segment": pl.String, PAGE_KEY: pl.String})
    used = assigned["_segment"].value_counts()
    segments = sorted(used["_segment"])
    # The usual case: every page of every segment read is wanted, and no page is in two of them.
    whole = all(n == sizes[seg] for seg, n in used.iter_rows())

    def read(file: str, empty: pl.DataFrame, wanted: list[str] | None = None) -> pl.LazyFrame:
        if wanted is not None:  # read from the files: Arrow IPC is read column by column
            return read(file, empty.select(wanted)).select(wanted)
        if not segments:
            return empty.lazy()
        # One scan of every segment's file (read side by side by Polars); unless every row is
        # wanted, only those of the pages assigned to each segment, in the order they were stored.
        if whole:
            return pl.scan_ipc([str(root / seg / file) for seg in segments])
        scan = pl.scan_ipc([str(root / seg / file) for seg in segments], row_index_name="_stored", include_file_paths="_path")
        scan = scan.with_columns(pl.col("_path").str.split("/").list.get(-2).alias("_segment"))
        return (scan.join(assigned.lazy(), on=["_segment", PAGE_KEY], how="semi")
                .sort("_stored").drop("_stored", "_path", "_segment"))

    empty_pages = pl.DataFrame(schema=PAGES_SCHEMA)
    tables = list(columns) if columns is not None else list(TABLES)
    lazy = [read("pages.arrow", empty_pages)] + [
        read(f"{table}.arrow", rows_frame(table, [], []), None if columns is None else [PAGE_KEY, *columns[table]])
        for table in tables]
    pages, *frames = pl.collect_all(lazy)
    return Extracted(pages, dict(zip(tables, frames)))


def store_root(cache_dir: Path) -> Path:
    """The folder of segments for this code version under `cache_dir`; the other versions' are removed."""
    root = Path(cache_dir) / code_version()
    root.mkdir(parents=True, exist_ok=True)
    _prune(Path(cache_dir), keep=root.name)
    return root


def _prune(cache_dir: Path, keep: str) -> None:
    """Remove the segments of other code versions: no build of this code reads them again, and at
    10,000 pages each version holds about half a gigabyte."""
    for old in cache_dir.iterdir():
        if old.name != keep and old.is_dir() and re.fullmatch(r"[0-9a-f]{16}", old.name):
            shutil.rmtree(old, ignore_errors=True)


def _batches(todo: list, pool_size: int) -> list[list]:
    """Batches of at most SEGMENT_MAX_PAGES that shrink towards the end (a quarter of what is left per
    worker), so that both cores finish together instead of one waiting on the other's last big batch."""
    if pool_size == 1:
        return [todo[i: i + SEGMENT_MAX_PAGES] for i in range(0, len(todo), SEGMENT_MAX_PAGES)]
    out, i = [], 0
    while i < len(todo):
        size = max(SEGMENT_MIN_PAGES, min(SEGMENT_MAX_PAGES, -(-(len(todo) - i) // (pool_size * 4))))
        out.append(todo[i: i + size])
        i += size
    return out


MANIFEST_SCHEMA = {PAGE_KEY: pl.String, "segment": pl.String, "segment_pages": pl.Int64}


def extract_pages(pages: list[RawPage], root: Path, workers: int = 0, progress: Progress | None = None,
                  keys: list[str] | None = None) -> pl.DataFrame:
    """Process the pages not yet in the store `root` (see store_root); returns their manifest: one row per
    distinct page, in the order given, with the segment that holds its rows and that segment's size.
    `workers` 0 means one process per core; 1 runs in this process. `progress`, when given, is told of
    every batch done (its total and cached counts are set here). `keys`: the pages' page_key, when the
    caller has them already."""
    keys = keys or [page_key(p) for p in pages]
    return _extract(keys, lambda indices: [(keys[i], pages[i]) for i in indices], root, workers, progress)


def extract_files(files: list[RawFile], root: Path, workers: int = 0, progress: Progress | None = None
                  ) -> tuple[pl.DataFrame, list[int]]:
    """extract_pages() for the pages of `files` (ingest.RawFile, as listed), read as the work needs them:
    once to learn each page's key, then, for the pages not in the store, again batch by batch as the
    workers take them. This process never holds more than the batches in the workers' hands, however
    many pages there are. Returns (the manifest, the index in `files` of each manifest row's file)."""
    keys: list[str] = []
    origin: list[tuple[int, int]] = []  # (file, page in the file) of each key
    for f, file in enumerate(files):
        for n, page in enumerate(read_file(file)):
            keys.append(page_key(page))
            origin.append((f, n))

    def fetch(indices: list[int]) -> list[tuple[str, RawPage]]:
        out, held = [], (-1, [])
        for i in indices:
            f, n = origin[i]
            if held[0] != f:
                held = (f, read_file(files[f]))
            page = held[1][n]
            # A file changed since its key was taken is processed as it is now, under its new key
            # (the next build lists the change and runs its partition again).
            keys[i] = page_key(page)
            out.append((keys[i], page))
        return out

    manifest = _extract(keys, fetch, root, workers, progress)
    file_of = {}
    for key, (f, _) in zip(keys, origin):
        file_of.setdefault(key, f)
    return manifest, [file_of[k] for k in manifest[PAGE_KEY]]


def _extract(keys: list[str], fetch, root: Path, workers: int, progress: Progress | None) -> pl.DataFrame:
    """The page work of extract_pages(): `keys` the key of every page, `fetch(indices)` the (key, page)
    pairs of those pages, asked for one batch at a time, just before the batch is processed."""
    progress = progress or Progress()  # without a log or a terminal it shows nothing
    where, sizes = _index(root)
    first = {}
    for i, key in enumerate(keys):
        first.setdefault(key, i)
    todo = [i for key, i in first.items() if key not in where]
    cached = len(first) - len(todo)
    progress.start(cached + len(todo), cached)
    workers = workers or os.cpu_count() or 1
    pool_size = 1 if len(todo) < IN_PROCESS_BELOW else workers
    batches = _batches(todo, pool_size)
    names: list[str] = [""] * len(batches)
    done: list[list[str]] = [[] for _ in batches]
    if pool_size == 1:
        for i, batch in enumerate(batches):
            pairs = fetch(batch)
            names[i], done[i] = _write_segment(root, pairs), [k for k, _ in pairs]
            progress.advance(len(batch))
        compiled_patterns.remember()
    else:
        pool = ProcessPoolExecutor(max_workers=pool_size, mp_context=_workers_context())
        try:
            running: dict = {}
            waiting = list(range(len(batches)))[::-1]  # taken from the end: in order
            while waiting or running:
                # Two batches a worker at most: one at work, one ready for it; the rest are read later.
                while waiting and len(running) < 2 * pool_size:
                    i = waiting.pop()
                    pairs = fetch(batches[i])
                    done[i] = [k for k, _ in pairs]
                    running[pool.submit(_job, (str(root), pairs))] = i
                finished, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in finished:
                    i = running.pop(future)
                    names[i] = future.result()
                    progress.advance(len(batches[i]))
        except BaseException:
            _stop(pool)
            raise
        pool.shutdown()
    progress.finish()
    for batch_keys, name in zip(done, names):
        where.update((key, name) for key in batch_keys)
        sizes[name] = len(batch_keys)
    distinct = list(dict.fromkeys(keys))
    return pl.DataFrame({PAGE_KEY: distinct, "segment": [where[k] for k in distinct], "segment_pages": [sizes[where[k]] for k in distinct]},
                        schema=MANIFEST_SCHEMA)


def load_pages(root: Path, manifest: pl.DataFrame, columns: dict[str, list[str]] | None = None) -> Extracted:
    """The rows of the manifest's pages, each from the segment it names; `columns`: only those tables
    and columns (table -> column names)."""
    where = dict(zip(manifest[PAGE_KEY], manifest["segment"]))
    sizes = dict(zip(manifest["segment"], manifest["segment_pages"]))
    return _load(root, manifest[PAGE_KEY].to_list(), where, sizes, columns)


def process_pages(pages: list[RawPage], cache_dir: Path | None = None, workers: int = 0,
                  progress: Progress | None = None) -> Extracted:
    """Every page's rows (see Extracted), cached under `cache_dir` (None: a folder removed afterwards)."""
    with (nullcontext(cache_dir) if cache_dir else tempfile.TemporaryDirectory(prefix="pipeline-pages-")) as cache:
        root = store_root(Path(cache))
        return load_pages(root, extract_pages(pages, root, workers, progress))
