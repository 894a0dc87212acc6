"""Folders removed in the background, off a build's critical path.

Removing a file whose blocks are freed costs ~3 ms on a file system that discards freed blocks at once
(ext4 mounted with `discard`, as on this project's machines; a hard link costs ~0.01 ms), and a build
that adds a page drops about a hundred such files: the package it replaces (the archive, the whole
tables) and its changed partition's earlier parts. Nothing reads them any more, so they are removed
by a thread while the build goes on. The thread is not a daemon: the interpreter waits for it at exit,
so a CLI build leaves no half-removed folder behind.
"""
from __future__ import annotations

import shutil
import threading
from pathlib import Path

_lock = threading.Lock()
_running: list[threading.Thread] = []


def remove_later(folder: Path) -> None:
    """Remove `folder` and everything in it, in a thread of its own."""
    thread = threading.Thread(target=shutil.rmtree, args=(folder,), kwargs={"ignore_errors": True},
                              name=f"remove {Path(folder).name}")
    thread.start()
    with _lock:
        _running[:] = [t for t in _running if t.is_alive()] + [thread]


def wait() -> None:
    """Until every removal started so far has ended."""
    with _lock:
        threads = list(_running)
    for thread in threads:
        thread.join()
