"""Progress of the page work: a line redrawn on a terminal, log lines in the Dagster run, nothing drawn
when output is not a terminal."""
from __future__ import annotations

import io
import os
import pty
import re
import subprocess
import sys

from dagster import DagsterInstance, mem_io_manager

from conftest import ROOT, need_corpus
from pipeline.progress import Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_line_gives_pages_done_rate_and_time_left():
    clock, screen, logged = Clock(), Terminal(), []
    progress = Progress(log=logged.append, terminal=screen, clock=clock)
    progress.start(1000, 200)
    clock.now += 4
    progress.advance(200)  # 200 processed in 4 s: 50 pages/s, 600 left: 12 s
    assert screen.getvalue().endswith("pages 400/1,000 · 50 pages/s · 12 s left")
    clock.now += 6
    progress.advance(300)
    assert logged[0] == "page work: 1,000 distinct page(s), 200 from the cache, 800 to process"
    assert logged[1] == "pages 700/1,000 · 50 pages/s · 6 s left"  # a log line every 5 s
    clock.now += 6
    progress.advance(300)
    progress.finish()
    assert screen.getvalue().endswith("\r\x1b[K")  # the line is cleared for the summary
    assert logged[-1] == "page work done: 1,000 page(s) in 16 s"


def test_nothing_is_drawn_on_a_pipe_or_a_file():
    clock, stream = Clock(), io.StringIO()
    progress = Progress(terminal=stream, clock=clock)
    progress.start(10, 0)
    clock.now += 1
    progress.advance(10)
    progress.finish()
    assert stream.getvalue() == ""


def _build_command(raw, out) -> list[str]:
    return [sys.executable, "-m", "pipeline", "build", "--raw-dir", str(raw), "--out-dir", str(out), "--cache-dir", "", "--workers", "2"]


def test_the_cli_shows_progress_on_a_terminal_and_stays_quiet_otherwise(tmp_path):
    corpus = need_corpus()
    pages = len(list(corpus.glob("*.md")))
    # On a terminal: stderr is a pseudo-terminal, as when a person runs the command.
    leader, follower = pty.openpty()
    run = subprocess.run(_build_command(corpus, tmp_path / "a"), cwd=ROOT, stdin=subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=follower, timeout=600)
    os.close(follower)
    drawn = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed: everything written has been read
            break
        if not chunk:
            break
        drawn += chunk
    os.close(leader)
    assert run.returncode == 0
    assert re.search(rb"\r\x1b\[Kpages \d+/" + str(pages).encode() + rb" \xc2\xb7 \d+ pages/s", drawn), drawn[-300:]
    assert drawn.endswith(b"\r\x1b[K")  # the line cleared, then the summary
    assert re.search(rb"^published \d+ page\(s\)", run.stdout, re.MULTILINE)
    # On a pipe: no progress line, no carriage returns.
    piped = subprocess.run(_build_command(corpus, tmp_path / "b"), cwd=ROOT, capture_output=True, timeout=600)
    assert piped.returncode == 0 and b"\r" not in piped.stderr and b"pages/s" not in piped.stderr


def test_the_dagster_run_logs_the_counts(tmp_path):
    from pipeline.build import partition_tags
    from pipeline.definitions import defs
    from pipeline.partitions import BUCKETS
    from pipeline.resources import DatasetPaths

    paths = DatasetPaths(raw_dir=str(ROOT / "raw"), out_dir=str(tmp_path / "out"), cache_dir=str(tmp_path / "cache"), workers=1)
    with DagsterInstance.ephemeral() as instance:
        result = defs.resolve_job_def("build_dataset").execute_in_process(
            resources={"paths": paths, "io_manager": mem_io_manager}, instance=instance, tags=partition_tags(list(BUCKETS)))
        messages = [e.user_message for e in instance.all_logs(result.run_id)]
    assert "page work: 1 distinct page(s), 0 from the cache, 1 to process" in messages
    assert any(m.startswith("page work done: 1 page(s) in ") for m in messages)
