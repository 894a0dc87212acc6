"""Folders removed in the background, off a build's critical path.

Removing a file whose blocks are freed costs ~3 ms on a file system that discards freed blocks at once
(ext4 mounted with `discard`, as on this project's machines; a hard link costs ~0.01 ms), and a build
that adds a page drops about a hundred such files: the package it replaces (the archive, the whole
tables) and its changed partition's earlier parts. Nothing reads them any more, so they are removed
by a thread while the build goes on. The thread is not a daemon: an interpreter that ends the usual way
waits for it. The CLI ends its process at once (`pipeline.__main__.finish`, which skips Python's own
teardown), so it first hands the folders still being removed to a process of their own (`hand_over`):
the command returns when the package is published, and no half-removed folder stays behind.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import threading
from pathlib import Path

_lock = threading.Lock()
_running: list[tuple[threading.Thread, Path]] = []

# What the process hand_over starts runs: nothing of the pipeline, no site packages (-I -S), so it starts in milliseconds.
_REMOVE = "import shutil, sys\nfor folder in sys.argv[1:]:\n    shutil.rmtree(folder, ignore_errors=True)"


def remove_later(folder: Path) -> None:
    """Remove `folder` and everything in it, in a thread of its own."""
    thread = threading.Thread(target=shutil.rmtree, args=(folder,), kwargs={"ignore_errors": True},
                              name=f"remove {Path(folder).name}")
    thread.start()
    with _lock:
        _running[:] = [(t, f) for t, f in _running if t.is_alive()] + [(thread, Path(folder))]


def wait() -> None:
    """Until every removal started so far has ended."""
    with _lock:
        threads = [t for t, _ in _running]
    for thread in threads:
        thread.join()


def hand_over() -> subprocess.Popen | None:
    """For a process about to end without waiting for its threads: the folders still being removed are
    removed by a new process, in a session of its own (it outlives this one and ignores its terminal's
    Ctrl-C). Both may remove the same files; each ignores what the other removed first. Returns that
    process, or None when nothing was left to remove."""
    with _lock:
        pending = [str(f) for t, f in _running if t.is_alive()]
    if not pending:
        return None
    return subprocess.Popen([sys.executable, "-I", "-S", "-c", _REMOVE, *pending], stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
