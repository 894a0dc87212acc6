"""Write the tables as a Frictionless data package: CSV and Parquet per table, a descriptor generated
from pipeline/schema.py, validated, then published atomically (built aside, swapped in whole)."""
from __future__ import annotations

import ctypes
import fcntl
import hashlib
import io
import json
import os
import shutil
import tempfile
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import polars as pl
from isal import isal_zlib

from pipeline import descriptor_check
from pipeline.constraints import violations
from pipeline.datacard import render_datacard
from pipeline.parts import Table, TableParts, whole
from pipeline.removal import remove_later
from pipeline.schema import TABLES
from pipeline.site import render_index
from pipeline.ziparchive import DEFLATED, STORED, Member, deflate, member, write_zip

PACKAGE_NAME = "molisa-news-extractions"
# The release: version (semantic) and the fingerprint of the tables it was made with. A change to the
# data changes the fingerprint; tests/test_release.py then asks for a new version here.
RELEASE = json.loads((Path(__file__).parent / "release.json").read_text("utf-8"))
VERSION = RELEASE["version"]


def data_fingerprint(frames: dict[str, pl.DataFrame]) -> str:
    """SHA-256 over every table's CSV bytes, in table order: what a version number stands for."""
    h = hashlib.sha256()
    for name in sorted(frames):
        h.update(name.encode())
        h.update(frames[name].write_csv(date_format="%Y-%m-%d", null_value="").encode("utf-8"))
    return h.hexdigest()


def _field_descriptor(f) -> dict:
    d = {"name": f.name, "type": f.type, "title": f.title, "description": f.description}
    constraints = {}
    if f.required:
        constraints["required"] = True
    if f.unique:
        constraints["unique"] = True
    if f.enum:
        constraints["enum"] = list(f.enum)
    if f.pattern:
        constraints["pattern"] = f.pattern
    if constraints:
        d["constraints"] = constraints
    return d


def _schema_descriptor(table) -> dict:
    schema = {"fields": [_field_descriptor(f) for f in table.fields], "missingValues": [""], "primaryKey": list(table.primary_key)}
    if table.foreign_keys:
        schema["foreignKeys"] = [
            {"fields": list(fields), "reference": {"resource": "" if ref == table.name else ref, "fields": list(ref_fields)}}
            for fields, ref, ref_fields in table.foreign_keys
        ]
    return schema


@dataclass(frozen=True)
class Written:
    """A table file as written: its size and hash for the descriptor, and its bytes as they go into the
    archive (deflated for CSV; Parquet is compressed already and goes in as it is), held in memory or,
    for a part, in the cache file that holds them."""
    path: Path
    size: int
    sha256: str
    crc: int
    archived: bytes | Path
    deflated: bool


def _finish(path: Path, data: bytes, compress: bool) -> Written:
    path.write_bytes(data)
    archived = data
    if compress:
        # Raw deflate, as a zip member holds it, from ISA-L (the isal package): at 10,000 pages it
        # compresses the tables' CSV 3.5 times as fast as zlib at level 1, and 6 % smaller. Done here so
        # that the tables are compressed side by side, not one after another inside the zip.
        archived = deflate(data)
    return Written(path, len(data), hashlib.sha256(data).hexdigest(), isal_zlib.crc32(data), archived, compress)


def _write_csv(name: str, frame: pl.DataFrame, data: Path) -> Written:
    csv = io.BytesIO()
    frame.write_csv(csv, date_format="%Y-%m-%d", null_value="")
    return _finish(data / f"{name}.csv", csv.getvalue(), True)


def _write_parquet(name: str, frame: pl.DataFrame, data: Path) -> Written:
    parquet = io.BytesIO()
    # Polars' own writer (no pyarrow to import, ~0.15 s of a small build), with fixed settings: no
    # timestamps, same bytes from the same rows.
    frame.write_parquet(parquet, compression="zstd", statistics=True)
    return _finish(data / f"{name}.parquet", parquet.getvalue(), False)


def _part_files(table: str, partition: str, arrow: Path, data: Path) -> list[Written]:
    """One part of a table as CSV and Parquet in the package (data/<table>/<partition>.csv|.parquet),
    written once beside the part's Arrow file in the cache and linked from there: the part's name
    changes with its rows, so its files never change once written."""
    cache = arrow.parent
    done = cache / f"{table}.files.json"
    if not done.exists():
        frame = pl.read_ipc(arrow)
        # Written aside and moved in: a file another build has linked into its package is replaced,
        # never written into.
        with tempfile.TemporaryDirectory(prefix=f".{table}.", dir=cache) as tmp:
            written = [_write_csv(table, frame, Path(tmp)), _write_parquet(table, frame, Path(tmp))]
            (Path(tmp) / f"{table}.csv.deflate").write_bytes(written[0].archived)
            facts = {w.path.suffix[1:]: {"size": w.size, "sha256": w.sha256, "crc": w.crc} for w in written}
            (Path(tmp) / done.name).write_text(json.dumps(facts), encoding="utf-8")
            for file in (f"{table}.csv", f"{table}.parquet", f"{table}.csv.deflate", done.name):  # the list last:
                os.replace(Path(tmp) / file, cache / file)  # a part's files are complete once it is there
    facts = json.loads(done.read_text("utf-8"))
    out = []
    for fmt, fact in facts.items():
        target = data / table / f"{partition}.{fmt}"
        target.parent.mkdir(parents=True, exist_ok=True)
        source = cache / f"{table}.{fmt}"
        try:
            os.link(source, target)  # the published package is swapped in whole, never written into
        except OSError:
            shutil.copyfile(source, target)  # another file system
        archived = cache / f"{table}.csv.deflate" if fmt == "csv" else source
        out.append(Written(target, fact["size"], fact["sha256"], fact["crc"], archived, fmt == "csv"))
    return out


def _whole_file(write, name: str, frame: pl.DataFrame, data: Path) -> list[Written]:
    return [write(name, frame, data)]


def write_tables(frames: dict, folder: Path, pool: ThreadPoolExecutor) -> dict[Path, Future]:
    """CSV and Parquet per table, each file written, hashed and compressed for the archive in one go, by
    `pool`, side by side (Polars, hashlib and ISA-L let go of the GIL while they work). Returns at once,
    with the future of each file (written() gives its Written). A table given as parts (TableParts) is
    written part by part, each part once (_part_files)."""
    data = folder / "data"
    data.mkdir(parents=True, exist_ok=True)
    whole_frames = {n: f for n, f in frames.items() if not isinstance(f, TableParts)}
    # Largest first, so that the last one to finish is a small one; each job gives its files.
    jobs = [([data / f"{name}.{fmt}"], partial(_whole_file, write, name, frame, data))
            for name, frame in sorted(whole_frames.items(), key=lambda kv: -kv[1].estimated_size())
            for fmt, write in (("csv", _write_csv), ("parquet", _write_parquet))]
    jobs += [([data / name / f"{partition}.{fmt}" for fmt in ("csv", "parquet")], partial(_part_files, name, partition, path, data))
             for name, parts in frames.items() if isinstance(parts, TableParts) for partition, path in parts.files]
    files = {}
    for paths, job in jobs:
        future = pool.submit(job)
        files.update((path, future) for path in paths)
    return files


def written(path: Path, future: Future) -> Written:
    """The file at `path`, once the job of write_tables() that writes it has."""
    return next(w for w in future.result() if w.path == path)


# Up to this many pages, the descriptor lists each as a source; past it, one source per publisher (with
# its page count and dates), as a list of ten thousand pages helps no reader of datapackage.json, the
# data card or index.html, and costs seconds to validate. The documents table lists every page either way.
SOURCES_LISTED_MAX = 50


_SOURCE_COLUMNS = ["title", "source_url", "source_path", "publisher", "published_date", "source_sha256"]


def _sources(documents: pl.DataFrame) -> list[dict]:
    if documents.height <= SOURCES_LISTED_MAX:
        return [
            {"title": r["title"], "path": r["source_url"] or f"raw/{r['source_path']}", "publisher": r["publisher"] or None,
             "published": str(r["published_date"]) if r["published_date"] else None, "sha256": r["source_sha256"]}
            for r in documents.select("title", "source_url", "source_path", "publisher", "published_date", "source_sha256").to_dicts()
        ]
    by_publisher = (documents.group_by(pl.col("publisher").fill_null(""))
                    .agg(pl.len().alias("pages"), pl.col("published_date").min().alias("first"), pl.col("published_date").max().alias("last"))
                    .sort("publisher"))
    return [
        {"title": f"{r['pages']:,} pages from {r['publisher'] or 'an unnamed publisher'} (each in the documents table, with its file, address and SHA-256)",
         "path": "raw/", "publisher": r["publisher"] or None,
         "published": (f"{r['first']} to {r['last']}" if r["first"] != r["last"] else str(r["first"])) if r["first"] else None}
        for r in by_publisher.to_dicts()
    ]


def _files(folder: Path, name: str, parts: TableParts | None, fmt: str, written: dict[Path, Written]) -> dict:
    """A resource's path, size and hash: one file, or a part per partition (a Frictionless multipart
    resource, whose size and hash are each part's, under "parts")."""
    if parts is None:
        w = written[folder / "data" / f"{name}.{fmt}"]
        return {"path": f"data/{name}.{fmt}", "bytes": w.size, "hash": f"sha256:{w.sha256}"}
    paths = [f"data/{name}/{partition}.{fmt}" for partition, _ in parts.files]
    return {"path": paths, "parts": [{"path": p, "bytes": written[folder / p].size, "hash": f"sha256:{written[folder / p].sha256}"}
                                     for p in paths]}


def descriptor(frames: dict, folder: Path, documents: pl.DataFrame, written: dict[Path, Written]) -> dict:
    resources = []
    for name, value in frames.items():
        table = TABLES[name]
        parts = value if isinstance(value, TableParts) else None
        csv_files, parquet_files = (_files(folder, name, parts, fmt, written) for fmt in ("csv", "parquet"))
        same_rows = f"{name}.csv" if parts is None else f"the parts of {name} in CSV"
        resources.append({
            "name": name, "type": "table", "title": table.title, "description": table.description,
            "path": csv_files.pop("path"), "scheme": "file", "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
            **csv_files, "dialect": {"header": True, "delimiter": ","}, "schema": _schema_descriptor(table),
        })
        resources.append({
            "name": f"{name}-parquet", "type": "file", "title": f"{table.title} (Parquet)",
            "description": f"The {name} table as Parquet, with typed columns (dates as dates, years as integers); same rows as {same_rows}.",
            "path": parquet_files.pop("path"), "scheme": "file", "format": "parquet", "mediatype": "application/vnd.apache.parquet",
            **parquet_files,
        })
    dates = sorted(d for d in documents["published_date"].drop_nulls().cast(pl.String).to_list())
    sources = _sources(documents)
    return {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": PACKAGE_NAME,
        "id": f"urn:{PACKAGE_NAME}:{VERSION}",
        "title": "Vietnamese government news, extracted: participants, organisations, legal references, activities and tasks",
        "description": (
            "Structured data extracted from Vietnamese government news pages: the people and organisations they name, "
            "the legal documents they cite, what they report as done and what they set to do, each row traced to its "
            "sentence and character span. / Dữ liệu có cấu trúc trích xuất từ tin tức của cơ quan nhà nước Việt Nam: "
            "người tham dự, cơ quan, văn bản pháp luật được viện dẫn, hoạt động đã thực hiện và nhiệm vụ năm tới."
        ),
        "version": VERSION,
        "created": f"{dates[-1]}T00:00:00Z" if dates else "1970-01-01T00:00:00Z",
        "homepage": "",
        "licenses": [
            {"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/", "title": "Creative Commons Attribution 4.0 (the extracted data)"},
            {"path": "https://www.molisa.gov.vn", "title": ("Source pages: © their publishers. Reuse of their text requires naming the source, "
                                                          "e.g. 'Nguồn: Bộ Lao động - Thương binh và Xã hội (molisa.gov.vn)'")},
        ],
        "contributors": [{"title": "Open-data team", "roles": ["creator"]}],
        "keywords": ["Vietnam", "government", "legal references", "organisations", "open data", "Việt Nam", "văn bản pháp luật"],
        "sources": [{k: v for k, v in s.items() if v} for s in sources],
        "resources": resources,
    }


# Frictionless reads every row in Python (about 3,000 rows a second here, and 0.6 s of its own set-up
# for the seed's 19 tables, a quarter of a small build): a build checks every row with
# pipeline/constraints.py (the same rules, vectorised; tests/test_constraints.py holds them equal) and
# has frictionless check the descriptor. `frictionless validate` reads the rows too: CI runs it on the
# packages the tests build, and a user can on any package.
def validate(folder: Path) -> list[str]:
    """Errors frictionless finds in the package, every row read (empty when valid). A build checks the
    rows with pipeline/constraints.py and the descriptor with frictionless (pipeline/descriptor_check.py)."""
    from frictionless import Package, system

    with system.use_context(trusted=True):
        report = Package(str(folder / "datapackage.json")).validate()
    return [f"{task.name}: {err.message}" for task in report.tasks for err in task.errors][:50] + [
        e.message for e in report.errors
    ]


@contextmanager
def _lock(out_dir: Path):
    """One build publishes at a time: a second waits instead of interleaving its writes."""
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    with open(out_dir.parent / f".{out_dir.name}.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _write_archive(folder: Path, files: dict[Path, Future], described: Future) -> None:
    """The whole package in one zip for download: the tables as write_tables() compressed them, each
    taken as soon as it is written, then (once `described` is done) the descriptor, data card and index.
    Fixed dates and order (pipeline/ziparchive.py), so a rebuild is byte-identical."""
    def name(path: Path) -> str:
        return f"{PACKAGE_NAME}/{path.relative_to(folder).as_posix()}"

    def members():
        for path in sorted(files):
            w = written(path, files[path])
            yield Member(name(path), w.size, w.crc, w.archived, DEFLATED if w.deflated else STORED)
        described.result()
        yield from (member(name(p), p.read_bytes()) for p in sorted(folder.iterdir()) if p.is_file() and p.name != archive_name())

    with open(folder / archive_name(), "wb") as out:
        write_zip(out, members())


def archive_name() -> str:
    return f"{PACKAGE_NAME}-{VERSION}.zip"


_RENAME_EXCHANGE = 2


def _exchange(a: Path, b: Path) -> bool:
    """Swap two directories in one step (Linux renameat2 RENAME_EXCHANGE): readers see the old package
    or the new one, never neither. False where the system cannot."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    AT_FDCWD = -100
    return renameat2(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0


def _remove_leftovers(out_dir: Path) -> None:
    """Staging folders of builds that were killed part-way (only ever beside the package, never in it),
    and old packages an earlier build of this process may still be removing: nothing reads them."""
    for path in out_dir.parent.glob(f".{out_dir.name}.new-*"):
        remove_later(path)


def publish(frames: dict[str, Table], out_dir: Path) -> Path:
    """Build the package beside `out_dir`, validate it, then swap it in whole. Raises if invalid; a
    build that fails or is killed leaves the published package as it was. `frames`: every table, whole
    or as parts (pipeline/parts.py): a table given in parts is published in parts, a file per part."""
    out_dir = Path(out_dir).resolve()
    with _lock(out_dir):
        _remove_leftovers(out_dir)
        staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.new-", dir=out_dir.parent))
        staging.chmod(0o755)  # mkdtemp makes it private; a published folder is for everyone to read
        published = False
        # Threads, not processes: the heavy parts (Polars, ISA-L, hashlib) run outside the GIL,
        # and the frames are shared without copying.
        try:
            # Two threads that mostly wait (on Polars' threads, on the files being written) beside the
            # pool that writes the files: the rows' check, and the archive, which takes each file as it
            # is written, so that copying a large package's parts into it is not left to the end.
            with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool, ThreadPoolExecutor(max_workers=2) as waiting:
                # Frictionless's check of the descriptor waits in a process of its own, started with the
                # build (or here, in a run of this asset alone), frictionless loaded while the files are written.
                descriptor_check.start()
                checked = waiting.submit(violations, frames)
                files = write_tables(frames, staging, pool)
                described = Future()
                archived = waiting.submit(_write_archive, staging, files, described)
                try:
                    desc = descriptor(frames, staging, whole(frames["documents"], _SOURCE_COLUMNS),
                                      {path: written(path, future) for path, future in files.items()})
                    (staging / "datapackage.json").write_text(json.dumps(desc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
                    checked_descriptor = descriptor_check.ask(staging)  # checked there while the card and index are made
                    (staging / "README.md").write_text(render_datacard(desc), encoding="utf-8")
                    (staging / "index.html").write_text(render_index(staging, desc, archive_name(), {n: f.height for n, f in frames.items()}), encoding="utf-8")
                    described.set_result(None)
                finally:
                    described.cancel()  # done already, or failed: the archive stops waiting for it
                errors = checked_descriptor()
                archived.result()
                # The rows' check ran all along (Polars, outside the GIL, while the descriptor, data card
                # and index were made in Python); nothing is published before it has passed.
                broken = checked.result()
                if broken:
                    raise ValueError("the tables break the schema; the published package is unchanged:\n" + "\n".join(broken[:50]))
                if errors:
                    raise ValueError("the new package does not validate; the published one is unchanged:\n" + "\n".join(errors))
            if out_dir.exists() and _exchange(staging, out_dir):
                published = True
                remove_later(staging)  # it now holds the old package
            else:
                old = staging.with_name(f"{staging.name}-old")  # as unique as staging (another may still be being removed)
                if out_dir.exists():
                    os.rename(out_dir, old)
                os.rename(staging, out_dir)
                published = True
                remove_later(old)
        finally:
            descriptor_check.stop()  # publishing failed before the check was asked, or before its answer was read
            if not published:
                shutil.rmtree(staging, ignore_errors=True)  # a half-made package
    return out_dir
