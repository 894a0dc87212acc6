"""The same assets on a real Dask cluster: a scheduler and two workers, each its own process on loopback,
build 240 real pages of ../shared/corpus-large in 16 partitions (4 runs of 4 partitions at once, every
step a task on a worker) and publish a package byte-identical to the in-process build, its per-page
tables in parts (the layout of large builds: the parts' files are made by one worker and published by
another, through the shared cache); one page more re-runs one partition only."""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CORPUS_LARGE, ROOT

PAGES = 240


def _corpus_large() -> Path:
    if any(CORPUS_LARGE.glob("*.md")):
        return CORPUS_LARGE
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true but the large corpus is not at {CORPUS_LARGE}")
    pytest.skip(f"the large corpus is not at {CORPUS_LARGE}: this test needs ../shared/corpus-large beside the checkout")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def cluster(tmp_path):
    """A Dask scheduler and two single-threaded workers, as separate processes on 127.0.0.1; stopped
    (their whole process groups) at the end. Yields (address, the workers' process ids)."""
    from distributed import Client

    dask = str(Path(sys.executable).parent / "dask")
    address = f"tcp://127.0.0.1:{_free_port()}"
    commands = [[dask, "scheduler", "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1], "--no-dashboard"]] + [
        [dask, "worker", address, "--nworkers", "1", "--nthreads", "1", "--host", "127.0.0.1", "--no-dashboard",
         "--name", f"worker-{i}", "--local-directory", str(tmp_path / f"worker-{i}")] for i in (1, 2)]
    logs = [open(tmp_path / f"dask-{i}.log", "w") for i in range(len(commands))]
    started = []
    try:
        for command, log in zip(commands, logs):
            started.append(subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True))
        with Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=120)
            pids = set(client.run(os.getpid).values())
        yield address, pids
    finally:
        for process in reversed(started):
            os.killpg(process.pid, signal.SIGTERM)
        for process in started:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        for log in logs:
            log.close()


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _step_pids(results) -> set[int]:
    return {e.pid for r in results for e in r.all_events if e.event_type_value == "STEP_START"}


def test_dask_build_equals_the_in_process_build(tmp_path, cluster):
    from pipeline.build import build
    from pipeline.distributed import build_on_dask
    from pipeline.partitions import BUCKETS, bucket_of

    address, worker_pids = cluster
    names = sorted(p.name for p in _corpus_large().glob("*.md"))
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in names[:PAGES]:
        shutil.copyfile(CORPUS_LARGE / name, raw / name)
    assert {bucket_of(n) for n in names[:PAGES]} == set(BUCKETS)  # every partition has pages

    cache = tmp_path / "cache"
    results = build_on_dask(raw, tmp_path / "dask", cache, address, tmp_path / "dagster", runs=4, whole_up_to_pages=0)
    extract_runs = [r for r in results if r.job_def.name == "extract_pages"]
    assert len(extract_runs) == 4 and all(r.success for r in results)
    # Every step ran on a worker, and both workers took steps (4 runs' steps were queued at once).
    assert _step_pids(results) <= worker_pids and len(_step_pids(results)) == 2
    assert build(raw, tmp_path / "local", cache_dir=None, workers=1, whole_up_to_pages=0).success
    local = _files(tmp_path / "local")
    assert len(local) > 40 and _files(tmp_path / "dask") == local

    # One page more: its partition only is processed again, and the package is again the in-process one.
    added = names[PAGES]
    shutil.copyfile(CORPUS_LARGE / added, raw / added)
    results = build_on_dask(raw, tmp_path / "dask", cache, address, tmp_path / "dagster", runs=4, whole_up_to_pages=0)
    extract_runs = [r for r in results if r.job_def.name == "extract_pages"]
    assert [r.dagster_run.tags.get("dagster/asset_partition_range_start") for r in extract_runs] == [bucket_of(added)]
    assert build(raw, tmp_path / "local", cache_dir=None, workers=1, whole_up_to_pages=0).success
    assert _files(tmp_path / "dask") == _files(tmp_path / "local") != local
