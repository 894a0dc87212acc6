"""A large package publishes the per-page tables in parts, one per partition of pages
(pipeline/parts.py, pipeline/package.py): the parts hold the same rows as the whole tables, the package
validates with frictionless, and a build after one new page writes only that page's partition's parts.

Built on 120 real pages of ../shared/corpus-large with the size past which tables are published in
parts (DatasetPaths.whole_up_to_pages) set to 0, so that a small build takes the large builds' path.
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import zipfile
from pathlib import Path

import polars as pl
import pytest

from conftest import need_corpus_large, read_package
from pipeline import package, removal
from pipeline.build import build
from pipeline.constraints import violations
from pipeline.parts import TableParts
from pipeline.partitions import BUCKETS, bucket_of
from pipeline.schema import TABLES
from pipeline.ingest import read_raw_dir
from pipeline.run_pages import process_pages
from pipeline.tables import PER_PAGE, across_pages, light_rows, published_pages

PAGES = 120


@pytest.fixture(scope="module")
def raw(tmp_path_factory) -> Path:
    names = sorted(p.name for p in need_corpus_large().glob("*.md"))[:PAGES + 1]
    folder = tmp_path_factory.mktemp("raw")
    for name in names[:PAGES]:
        shutil.copyfile(need_corpus_large() / name, folder / name)
    assert {bucket_of(n) for n in names[:PAGES]} == set(BUCKETS)  # every partition has pages
    return folder


@pytest.fixture(scope="module")
def parted(raw, tmp_path_factory) -> tuple[Path, Path]:
    """(the package built in parts, its cache)."""
    cache, out = tmp_path_factory.mktemp("cache"), tmp_path_factory.mktemp("parted") / "datapackage"
    assert build(raw, out, cache_dir=cache, workers=1, whole_up_to_pages=0).success
    return out, cache


def _descriptor(folder: Path) -> dict:
    return json.loads((folder / "datapackage.json").read_text("utf-8"))


def _resource(desc: dict, name: str) -> dict:
    return next(r for r in desc["resources"] if r["name"] == name)


def test_per_page_tables_are_one_part_per_partition(parted):
    out, _ = parted
    desc = _descriptor(out)
    for name in TABLES:
        csv, parquet = _resource(desc, name), _resource(desc, f"{name}-parquet")
        if name in PER_PAGE:
            assert csv["path"] == [f"data/{name}/{b}.csv" for b in BUCKETS]
            assert parquet["path"] == [f"data/{name}/{b}.parquet" for b in BUCKETS]
            for part in csv["parts"] + parquet["parts"]:
                data = (out / part["path"]).read_bytes()
                assert part["bytes"] == len(data)
                assert part["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
        else:
            assert csv["path"] == f"data/{name}.csv" and (out / csv["path"]).is_file()


def test_the_parts_hold_the_rows_of_the_whole_tables(parted, raw, tmp_path):
    out, _ = parted
    whole = tmp_path / "whole"
    assert build(raw, whole, cache_dir=None, workers=1).success  # 120 pages: published whole
    assert not (whole / "data" / "sentences").exists()
    tables = read_package(whole)
    for name in TABLES:
        files = sorted((out / "data" / name).glob("*.parquet")) or [out / "data" / f"{name}.parquet"]
        together = pl.concat([pl.read_parquet(f) for f in files])
        key = list(TABLES[name].primary_key)
        assert together.height == tables[name].height, name
        assert together.sort(key).equals(tables[name].sort(key)), name
        if name in PER_PAGE and "document_id" in together.columns:  # a page's rows are all in its partition's part
            for f in files:
                ids = pl.read_parquet(f, columns=["document_id"])["document_id"].unique()
                names = tables["documents"].filter(pl.col("document_id").is_in(ids.implode()))["source_path"]
                assert names.len() == ids.len() and {bucket_of(n) for n in names} <= {f.stem}, (name, f.name)


def test_a_package_in_parts_validates_with_frictionless(parted):
    out, _ = parted
    assert package.validate(out) == []


def test_the_archive_holds_every_part(parted):
    out, _ = parted
    with zipfile.ZipFile(next(out.glob("*.zip"))) as archive:
        for info in archive.infolist():
            path = out / info.filename.split("/", 1)[1]
            assert archive.read(info) == path.read_bytes(), info.filename
        names = {i.filename.split("/", 1)[1] for i in archive.infolist()}
    assert {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file() and p.suffix != ".zip"} == names


def test_the_data_card_and_index_show_how_to_read_parts(parted):
    out, _ = parted
    card = (out / "README.md").read_text("utf-8")
    assert "### Tables in parts" in card
    snippet = re.search(r'pl\.read_parquet\("(data/\w+/\*\.parquet)"\)', card)
    assert snippet and pl.read_parquet(out / snippet.group(1)).height > 0  # the snippet reads a table whole
    assert "`data/sentences/*.csv`" in card
    index = (out / "index.html").read_text("utf-8")
    for href in set(re.findall(r'href="([^"#][^"]*)"', index)):
        assert (out / href).exists(), href  # every link points into the folder
    assert 'href="data/sentences/0.csv"' in index


def test_one_new_page_writes_only_its_partitions_parts(raw, tmp_path):
    grown, cache, out = tmp_path / "raw", tmp_path / "cache", tmp_path / "datapackage"
    shutil.copytree(raw, grown)
    new = sorted(p.name for p in need_corpus_large().glob("*.md"))[PAGES]
    assert build(grown, out, cache_dir=cache, workers=1, whole_up_to_pages=0).success
    before, parts_before = _descriptor(out), _part_folders(cache)
    shutil.copyfile(need_corpus_large() / new, grown / new)
    assert build(grown, out, cache_dir=cache, workers=1, whole_up_to_pages=0).success
    removal.wait()  # the partition's earlier part goes in the background
    after, parts_after = _descriptor(out), _part_folders(cache)
    cold = tmp_path / "cold"
    assert build(grown, cold, cache_dir=None, workers=1, whole_up_to_pages=0).success
    # One part folder made again, the new page's partition's; the other 15 taken as they were.
    assert len(parts_after) == len(parts_before) == len(BUCKETS)
    assert [m.split("-")[0] for m in parts_after - parts_before] == [bucket_of(new)]
    changed = {p["path"].split("/")[-1].split(".")[0] for name in PER_PAGE
               for p, q in zip(_resource(before, name)["parts"], _resource(after, name)["parts"]) if p != q}
    assert changed == {bucket_of(new)}
    assert _files(out) == _files(cold)  # and the package is what a cold build makes


def _in_parts(out: Path, cache: Path) -> dict:
    """The package's tables as the build hands them to publishing: the PER_PAGE ones as their parts in
    the cache, the others whole."""
    frames = read_package(out)
    folders = {p.name.split("-")[0]: p for p in cache.rglob("parts/*") if p.is_dir() and not p.name.startswith(".")}
    for name in PER_PAGE:
        files = tuple((b, folders[b] / f"{name}.arrow") for b in BUCKETS)
        frames[name] = TableParts(name, files, sum(pl.read_ipc(f).height for _, f in files))
    return frames


def _with_part(frames: dict, table: str, partition: str, rows: pl.DataFrame, folder: Path) -> dict:
    """`frames` with one part of `table` replaced by `rows` (in a folder no check has seen)."""
    folder.mkdir()
    rows.write_ipc(folder / f"{table}.arrow")
    parts = frames[table]
    files = tuple((p, folder / f"{table}.arrow" if p == partition else f) for p, f in parts.files)
    return {**frames, table: TableParts(table, files, parts.rows - pl.read_ipc(dict(parts.files)[partition]).height + rows.height)}


def test_each_part_is_checked_once_and_a_broken_part_is_named(parted, tmp_path):
    out, cache = parted
    frames = _in_parts(out, cache)
    assert violations(frames) == []
    assert all((f.parent / ".checked-constraints-tasks").exists() for _, f in frames["tasks"].files)
    with_tasks = [(p, f) for p, f in frames["tasks"].files if pl.read_ipc(f)["sentence_id"].drop_nulls().len()]
    (a, file_a), (b, file_b) = with_tasks[:2]
    # A task of a page in partition a that points at a sentence of a page in partition b: the sentence
    # exists, but not on the task's page, which only the check of part a alone can see.
    other = pl.read_ipc(dict(frames["sentences"].files)[b])["sentence_id"][0]
    tasks_a = pl.read_ipc(file_a)
    first = tasks_a["sentence_id"].is_not_null().arg_max()
    moved = tasks_a.with_columns(sentence_id=pl.when(pl.int_range(pl.len()) == first).then(pl.lit(other)).otherwise("sentence_id"))
    found = violations(_with_part(frames, "tasks", a, moved, tmp_path / "moved"))
    assert found == [f"tasks: 1 row(s) whose ['sentence_id'] is not in sentences['sentence_id'], e.g. ('{other}',) (part {a})"]
    # A task in two parts: its key repeats across parts. Part a's check finds it, as a row whose
    # document is not in part a: keys begin with their document's id, so no pass over every part's
    # keys is needed to find a repeat.
    copied = pl.read_ipc(file_b).head(1)
    found = violations(_with_part(frames, "tasks", a, pl.concat([tasks_a, copied]), tmp_path / "twice"))
    assert f"tasks: 1 row(s) whose ['document_id'] is not in documents['document_id'], e.g. ('{copied['document_id'][0]}',) (part {a})" in found
    # A key that does not begin with its row's document id breaks that rule, and is named.
    renamed = tasks_a.with_columns(task_id=pl.when(pl.int_range(pl.len()) == 0).then(pl.lit("t-0001")).otherwise("task_id"))
    found = violations(_with_part(frames, "tasks", a, renamed, tmp_path / "renamed"))
    assert f"tasks: 1 row(s) whose ['task_id'] does not begin with the row's document_id (part {a})" in found


def _part_folders(cache: Path) -> set[str]:
    return {p.name for p in cache.rglob("parts/*") if p.is_dir() and not p.name.startswith(".")}


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_references_from_a_whole_table_are_checked_by_partition_and_remembered(parted, tmp_path):
    """A table made whole (participants) points at sentences in parts: each row's sentence is looked up in
    its document's partition only, and keys that passed are remembered beside the part, so a second
    check reads no sentence part; a sentence that is not there, or lies in another partition than its
    row's document, is reported."""
    out, cache = parted
    frames = _in_parts(out, cache)
    participants = frames["participants"]
    assert isinstance(participants, pl.DataFrame) and participants["sentence_id"].drop_nulls().len()
    assert violations(frames) == []
    markers = [m for _, f in frames["sentences"].files for m in f.parent.glob(".checked-refs-participants-sentence_id-*")]
    assert markers, "no partition remembered the participants' sentences it holds"

    read = []
    real_read = pl.read_ipc
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(pl, "read_ipc", lambda source, *a, **k: read.append(Path(source).name) or real_read(source, *a, **k))
        assert violations(frames) == []
    assert "sentences.arrow" not in read

    # A participant whose sentence is made up, and one whose sentence is a real one of another
    # partition than its document's: both reported.
    by_doc = dict(pl.concat([d.with_columns(p=pl.lit(p)) for p, d in frames["documents"].parts(["document_id"])]).iter_rows())
    first = participants.filter(pl.col("sentence_id").is_not_null()).row(0, named=True)
    elsewhere = next(f for p, f in frames["sentences"].files if p != by_doc[first["document_id"]])
    foreign = pl.read_ipc(elsewhere, columns=["sentence_id"])["sentence_id"][0]
    for sentence in (f"{first['document_id']}-9999", foreign):
        broken = participants.with_columns(sentence_id=pl.when(pl.col("participant_id") == first["participant_id"])
                                           .then(pl.lit(sentence)).otherwise("sentence_id"))
        assert violations({**frames, "participants": broken}) == [
            "participants: 1 row(s) whose ['sentence_id'] is not in sentences['sentence_id'] of their document's partition"]


def test_the_index_of_a_package_in_parts_is_the_same_whether_the_rows_are_counted_or_given(parted):
    """The build hands the index its row counts and the index then opens only the parts its previews
    need; the page is the one made by counting every part's rows from the files, and the one published."""
    from pipeline.package import archive_name
    from pipeline.site import render_index

    out, _ = parted
    desc = _descriptor(out)
    counts = {name: frame.height for name, frame in read_package(out).items()}
    given = render_index(out, desc, archive_name(), counts)
    assert given == render_index(out, desc, archive_name())
    assert given == (out / "index.html").read_text("utf-8")
    assert f'<td class="num">{counts["sentences"]}</td>' in given


def test_the_light_copy_keeps_every_row_that_brings_a_body_in(raw):
    """Of the tables that point at organisations, the light copies keep only the rows whose body their own
    page does not name (tables.light_rows): the tables across pages are the same from them, and on these
    pages some bodies (a state office, a parent no page names) come in through the rows kept."""
    extracted = process_pages(read_raw_dir(raw), workers=1)
    rank, rejections = published_pages(extracted.pages, extracted.tables["documents"])
    light = light_rows(extracted.tables)
    kept = sum(light[t].height for t in PER_PAGE if t in light and light[t].height < extracted.tables[t].height)
    assert 0 < kept < sum(extracted.tables[t].height for t in ("activities", "tasks", "organisation_mentions"))
    whole, from_light = across_pages(extracted.tables, rank, rejections), across_pages(light, rank, rejections)
    assert all(whole[name].equals(from_light[name]) for name in whole)
    named = set(extracted.tables["organisations"]["organisation_id"])
    assert not set(whole["organisations"]["organisation_id"]) <= named  # some rows bring a body in
