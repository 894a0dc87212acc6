"""Process many pages: each page's result is cached by the hash of its bytes (and of the code's
vocabulary), so a rebuild only processes new or changed pages; the work is spread over processes."""
from __future__ import annotations

import hashlib
import os
import pickle
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from importlib import resources
from pathlib import Path

from pipeline.errors import InputError
from pipeline.page import RawPage, process_page
from pipeline.tables import Columns, columnar

Result = tuple[str, str, Columns | None, str]  # file name, sha256, the page's rows as columns or None, rejection reason


@lru_cache(maxsize=1)
def code_version() -> str:
    """Hash of the pipeline's source and data files: a change to any rule invalidates the cache."""
    h = hashlib.sha256()
    root = resources.files("pipeline")
    for path in sorted(Path(str(root)).rglob("*")):
        if path.suffix in (".py", ".json", ".csv") and "__pycache__" not in path.parts:
            h.update(path.relative_to(Path(str(root))).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


def _one(page: RawPage) -> Result:
    try:
        return page.name, page.sha256, columnar(process_page(page)), ""
    except InputError as exc:
        return page.name, page.sha256, None, exc.reason
    except Exception as exc:  # noqa: BLE001 - a fault on one page must not stop the others
        return page.name, page.sha256, None, f"could not be processed ({type(exc).__name__}: {exc}); please report it"


def _key(page: RawPage) -> str:
    meta = repr((sorted(page.source.items()), page.read_error)).encode()
    return hashlib.sha256(page.data + b"\0" + page.name.encode() + b"\0" + meta).hexdigest()


def _one_cached(job: tuple[RawPage, Path | None]) -> Result:
    """Process a page and, in the same (worker) process, store its result: the parent then only
    receives results, which keeps its serial share of the work small."""
    page, cache_file = job
    result = _one(page)
    if cache_file is not None:
        tmp = cache_file.with_name(f".{cache_file.stem}.{os.getpid()}.tmp")
        tmp.write_bytes(pickle.dumps(result, protocol=5))
        os.replace(tmp, cache_file)  # atomic: a killed build never leaves half a cache entry
    return result


def process_pages(pages: list[RawPage], cache_dir: Path | None = None, workers: int = 0) -> list[Result]:
    """Results in the order of `pages`. `workers` 0 means one per core; 1 runs in this process."""
    cache = Path(cache_dir) / code_version() if cache_dir else None
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
    results: dict[int, Result] = {}
    todo: list[tuple[int, Path | None]] = []
    for i, page in enumerate(pages):
        hit = cache / f"{_key(page)}.pickle" if cache else None
        if hit is not None and hit.exists():
            results[i] = pickle.loads(hit.read_bytes())
        else:
            todo.append((i, hit))
    jobs = [(pages[i], hit) for i, hit in todo]
    workers = workers or os.cpu_count() or 1
    if len(jobs) < 50 or workers == 1:
        fresh = [_one_cached(job) for job in jobs]
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            fresh = list(pool.map(_one_cached, jobs, chunksize=max(1, len(jobs) // (workers * 8))))
    for (i, _), result in zip(todo, fresh):
        results[i] = result
    return [results[i] for i in range(len(pages))]
