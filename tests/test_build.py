"""The whole graph: definitions load, a build is reproducible byte for byte, the committed package is
what a build makes, and the package validates with the frictionless CLI as users run it."""
from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import polars as pl
import pytest

from conftest import RAW, ROOT, read_package
from pipeline import removal
from pipeline.build import build
from pipeline.package import PACKAGE_NAME


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _validate_cli(package: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(Path(sys.executable).parent / "frictionless"), "validate", str(package / "datapackage.json")],
                          capture_output=True, text=True)


def test_definitions_load():
    from pipeline.definitions import defs

    graph = defs.resolve_asset_graph()
    keys = {k.to_user_string() for k in graph.get_all_asset_keys()}
    for name in ("raw_pages", "page_extractions", "documents", "sentences", "organisations", "participants",
                 "legal_references", "activities", "tasks", "data_package", "build_report"):
        assert name in keys


def test_groups_follow_the_data_one_way():
    """ingest -> extract -> tables -> publish: no asset depends on an asset of a later group, so the UI's
    lineage never goes back (rejections, made from the page work, is a table, not part of ingest)."""
    from pipeline.definitions import defs

    order = ["ingest", "extract", "tables", "publish"]
    graph = defs.resolve_asset_graph()
    group = {key: graph.get(key).group_name for key in graph.get_all_asset_keys()}
    assert set(group.values()) == set(order)
    backwards = [(up.to_user_string(), key.to_user_string()) for key in group for up in graph.get(key).parent_keys
                 if order.index(group[up]) > order.index(group[key])]
    assert backwards == []
    assert [k.to_user_string() for k in group if not graph.get(k).child_keys] == ["build_report"]


def test_two_builds_are_byte_identical(seed_build, tmp_path):
    again = tmp_path / "again"
    assert build(RAW, again, cache_dir=tmp_path / "cache", workers=1).success
    assert _files(again) == _files(seed_build)


def test_a_rebuild_replaces_the_package_and_its_old_files_go(seed_build, tmp_path):
    """The package a rebuild replaces is removed in the background (pipeline/removal.py); the new one is
    in place, whole, when build() returns, and nothing is left beside it once the removal ends."""
    out = tmp_path / "package"
    assert build(RAW, out, cache_dir=tmp_path / "cache", workers=1).success
    first = {p: p.stat().st_ino for p in out.rglob("*") if p.is_file()}
    assert build(RAW, out, cache_dir=tmp_path / "cache", workers=1).success
    assert _files(out) == _files(seed_build)
    assert all(p.stat().st_ino != ino for p, ino in first.items())  # new files: the old ones were not written into
    removal.wait()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".package.lock", "cache", "package"]


def test_a_cli_process_leaves_no_half_removed_folder(tmp_path):
    """The CLI ends its process without waiting for its threads (__main__.finish): a folder still being
    removed then (the package a rebuild replaced) is handed to a process of its own, not left half-removed."""
    import time

    folder = tmp_path / ".package.new-old"
    folder.mkdir()
    for i in range(2000):  # far more than a thread unlinks between its start and the process's end
        (folder / f"{i}.csv").write_bytes(b"x" * 4096)
    script = ("import sys\nfrom pathlib import Path\nfrom pipeline import removal\nfrom pipeline.__main__ import finish\n"
              "removal.remove_later(Path(sys.argv[1]))\nfinish(0)\n")
    done = subprocess.run([sys.executable, "-c", script, str(folder)], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    deadline = time.monotonic() + 60
    while folder.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not folder.exists()


def test_committed_package_is_a_fresh_build(seed_build):
    committed = _files(ROOT / "datapackage")
    fresh = _files(seed_build)
    assert sorted(committed) == sorted(fresh), "the committed datapackage/ has other files than a build makes"
    changed = [name for name in fresh if committed[name] != fresh[name]]
    assert not changed, f"datapackage/ is stale, run `python3 project.py build`: {changed}"


def test_package_validates_with_the_cli(seed_build):
    result = _validate_cli(seed_build)
    assert result.returncode == 0, result.stdout[-3000:]


def test_corpus_build_processes_every_page(corpus_build):
    from conftest import CORPUS

    tables = read_package(corpus_build)
    pages = sorted(p.name for p in CORPUS.glob("*.md") if p.name != "SOURCE.md")
    published = set(tables["documents"]["source_path"].to_list())
    rejected = dict(zip(tables["rejections"]["source_path"], tables["rejections"]["reason"]))
    assert sorted(published | set(rejected)) == pages
    assert not rejected, rejected  # every corpus page is a readable article
    assert tables["legal_references"].height > 100
    assert tables["participants"].height > 50
    assert tables["organisations"]["organisation_id"].n_unique() == tables["organisations"].height
    result = _validate_cli(corpus_build)
    assert result.returncode == 0, result.stdout[-3000:]


def test_corpus_spans_are_their_evidence(corpus_build):
    tables = read_package(corpus_build)
    texts = dict(zip(tables["documents"]["document_id"], tables["documents"]["text"]))
    checks = {"sentences": "text", "activities": "description", "tasks": "description",
              "organisation_mentions": "surface", "legal_references": "surface", "named_references": "text",
              "participants": "person_name"}
    for table, column in checks.items():
        frame = tables[table].with_columns(pl.col("document_id").replace_strict(texts, return_dtype=pl.String).alias("_doc"))
        bad = frame.filter(pl.col("_doc").str.slice(pl.col("char_start"), pl.col("char_end") - pl.col("char_start")) != pl.col(column))
        assert bad.height == 0, (table, bad.head(3).to_dicts())


def test_the_zip_holds_the_whole_package_byte_for_byte(corpus_build):
    """The archive is assembled from members compressed beforehand with ISA-L (pipeline/package.py):
    a standard reader must get back every file of the package, unchanged, under the package's name."""
    (archive,) = corpus_build.glob("*.zip")
    files = {p.relative_to(corpus_build).as_posix(): p.read_bytes() for p in corpus_build.rglob("*") if p.is_file() and p != archive}
    with zipfile.ZipFile(archive) as zf:
        assert zf.testzip() is None  # every member's CRC checks out
        members = {name.removeprefix(f"{PACKAGE_NAME}/"): zf.read(name) for name in zf.namelist()}
    assert members.keys() == files.keys()
    assert all(members[name] == data for name, data in files.items())  # read back by zlib, not ISA-L


def test_a_build_runs_only_the_partitions_whose_files_changed(tmp_path):
    """Cold: the buckets that hold files, as one range; one page more: that page's bucket alone, and the
    package equals a build from scratch; nothing changed: no page work at all."""
    import shutil

    from conftest import need_corpus
    from pipeline.partitions import bucket_of

    corpus = sorted(need_corpus().glob("*.md"))
    raw, cache, out = tmp_path / "raw", tmp_path / "cache", tmp_path / "out"
    raw.mkdir()
    for page in corpus[:6]:
        shutil.copyfile(page, raw / page.name)

    def ran(result) -> tuple[set[str], tuple[str | None, str | None]]:
        steps = {e.step_key for e in result.all_events if e.event_type_value == "STEP_SUCCESS"}
        tags = result.dagster_run.tags
        return steps, (tags.get("dagster/asset_partition_range_start"), tags.get("dagster/asset_partition_range_end"))

    steps, span = ran(build(raw, out, cache, workers=1))
    buckets = sorted({bucket_of(p.name) for p in corpus[:6]})
    assert "page_extractions" in steps and span == (buckets[0], buckets[-1])

    added = next(p for p in corpus[6:] if bucket_of(p.name) not in (buckets[0], buckets[-1]))
    shutil.copyfile(added, raw / added.name)
    steps, span = ran(build(raw, out, cache, workers=1))
    assert "page_extractions" in steps and span == (bucket_of(added.name),) * 2
    assert build(raw, tmp_path / "scratch", None, workers=1).success
    assert _files(out) == _files(tmp_path / "scratch")

    steps, span = ran(build(raw, out, cache, workers=1))
    assert "raw_pages" not in steps and "page_extractions" not in steps and "data_package" in steps and span == (None, None)
    assert _files(out) == _files(tmp_path / "scratch")


def _session_processes(session: int) -> list[int]:
    """The processes still running in a session (the build, its pool's fork server and workers)."""
    alive = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # gone meanwhile
            continue
        if int(fields[3]) == session and fields[0] != "Z":
            alive.append(int(stat.parent.name))
    return alive


def test_an_interrupted_build_ends_at_once_and_publishes_nothing(tmp_path):
    """Ctrl-C (or SIGINT from a supervisor) during the page work: the build stops its workers, says
    so and ends with 130, nothing published. It used to end in a traceback, and once (not every time)
    stayed alive for good, its exit blocked on a batch half-written to a worker."""
    import os
    import signal
    import time

    from conftest import need_corpus_large

    raw, cache, out = tmp_path / "raw", tmp_path / "cache", tmp_path / "out"
    raw.mkdir()
    for page in sorted(need_corpus_large().glob("*.md"))[:1500]:  # enough for a pool and a few seconds of work
        (raw / page.name).write_bytes(page.read_bytes())
    build = subprocess.Popen([sys.executable, "-m", "pipeline", "build", "--raw-dir", str(raw), "--out-dir", str(out),
                              "--cache-dir", str(cache), "--workers", "2"],
                             cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + 120
    # Interrupted once the workers have written their first batch: the page work is under way.
    while not any(p.is_dir() and len(p.name) == 24 for p in cache.glob("*/*")) and time.monotonic() < deadline:
        assert build.poll() is None, build.communicate()
        time.sleep(0.05)
    os.kill(build.pid, signal.SIGINT)
    _, stderr = build.communicate(timeout=60)
    assert build.returncode == 130, stderr
    assert "build interrupted" in stderr and "Traceback" not in stderr
    assert not out.exists()
    for _ in range(50):  # the pool's processes are stopped, not left to finish their batches
        if not _session_processes(build.pid):
            break
        time.sleep(0.1)
    assert _session_processes(build.pid) == []


def test_the_tables_checks_run_with_the_tables_and_a_failed_one_publishes_nothing(tmp_path, monkeypatch):
    """The three checks are the tables step's own (no step each); each reports on its asset, and a failed
    one (a sentence whose offsets no longer cut its text out of the page) fails the step before the
    package is written."""
    import pipeline.assets as assets
    from pipeline.definitions import defs

    graph = defs.resolve_asset_graph()
    assert {(k.asset_key.to_user_string(), k.name) for k in graph.asset_check_keys} == {
        ("sentences", "sentences_offsets_match_text"), ("participants", "participants_organisation_id_resolves"),
        ("legal_references", "legal_references_reference_id_canonical")}

    result = build(RAW, tmp_path / "good", cache_dir=tmp_path / "cache-good")
    evaluations = {e.asset_check_evaluation_data.check_name: e.asset_check_evaluation_data.passed
                   for e in result.all_events if e.event_type_value == "ASSET_CHECK_EVALUATION"}
    assert evaluations == dict.fromkeys(("sentences_offsets_match_text", "participants_organisation_id_resolves",
                                         "legal_references_reference_id_canonical"), True)
    assert "tables" in {e.step_key for e in result.all_events if e.event_type_value == "ASSET_CHECK_EVALUATION"}

    made = assets.published_tables

    def shifted(*args, **kwargs):
        tables = made(*args, **kwargs)
        tables["sentences"] = tables["sentences"].with_columns(
            pl.when(pl.int_range(pl.len()) == 3).then(pl.col("char_start") + 1).otherwise(pl.col("char_start")).alias("char_start"))
        return tables

    monkeypatch.setattr(assets, "published_tables", shifted)
    out = tmp_path / "bad"
    with pytest.raises(Exception, match="sentences_offsets_match_text"):
        build(RAW, out, cache_dir=tmp_path / "cache-bad")
    assert not out.exists()


def test_the_parquet_files_read_the_same_with_pyarrow(seed_build):
    """Polars writes the Parquet files; pyarrow (what pandas reads them with) reads the same rows and types."""
    import pyarrow.parquet as pq

    files = sorted((seed_build / "data").glob("*.parquet"))
    assert len(files) == 19
    for path in files:
        ours = pl.read_parquet(path)
        theirs = pq.read_table(path)
        assert theirs.num_rows == ours.height
        assert pl.from_arrow(theirs).equals(ours), path.name
