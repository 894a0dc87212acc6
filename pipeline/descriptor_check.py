"""Frictionless's check of a package's descriptor, in a process of its own.

The check costs a build ~0.5 s of CPU, all of it Python holding the GIL: ~0.3 s to load frictionless
(its plugins, the JSON Schema validators), ~0.2 s to check the descriptor; a fifth of the seed's whole
build. Started when a build starts (`start`), the process loads frictionless on the second core while
the first reads the pages, then waits for the folder to check: `ask` hands it over as soon as the
descriptor is written, and the answer it returns is called once the rest of the package is made.
Where no process was started, or it died, the check runs in the caller's process.

This file imports nothing of the pipeline: the process runs it as a script, so it finds the same
frictionless whatever path the caller imported the pipeline from.
"""
from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path
from typing import Callable

_lock = threading.Lock()
_process: subprocess.Popen | None = None  # started, waiting for a folder
_asked: subprocess.Popen | None = None  # handed a folder; its answer not read yet


def check(folder: Path) -> list[str]:
    """Frictionless's errors in folder/datapackage.json's descriptor (empty when valid): the descriptor
    against the Data Package profile, without building the package's objects or reading a row."""
    from frictionless import Package, system

    with system.use_context(trusted=True):
        descriptor = json.loads((Path(folder) / "datapackage.json").read_text("utf-8"))
        return [e.message for e in Package.validate_descriptor(descriptor, basepath=str(folder)).errors]


def _load() -> None:
    """Check a one-field descriptor: the first check loads what frictionless loads lazily."""
    from frictionless import Package, system

    with system.use_context(trusted=True):
        Package.validate_descriptor({"name": "warm-up", "resources": [
            {"name": "warm-up", "path": "warm-up.csv", "schema": {"fields": [{"name": "a", "type": "string"}]}}]})


def start() -> None:
    """Start the checking process, unless one is waiting already."""
    global _process
    with _lock:
        if _process is not None and _process.poll() is None:
            return
        try:
            # -I: the script's folder (pipeline/, whose module names are no concern of frictionless's) and the
            # user's site are left off sys.path.
            _process = subprocess.Popen([sys.executable, "-I", __file__], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL, text=True, encoding="utf-8")
        except OSError:
            _process = None  # ask() checks here instead


def stop() -> None:
    """End the process, if any, waiting or asked (a build that failed before its package was checked,
    or before the answer was read)."""
    global _process, _asked
    with _lock:
        processes, _process, _asked = (_process, _asked), None, None
    for process in processes:
        if process is not None and process.poll() is None:
            _end(process)


def ask(folder: Path) -> Callable[[], list[str]]:
    """Hand `folder` to the waiting process, if there is one (it is used once), and return what gives
    the answer: the check runs there while the caller goes on (the data card and the index are made
    meanwhile). Without a process, or if it fails, the answer is check(folder), made here when asked."""
    global _process, _asked
    with _lock:
        process, _process = _process, None
        _asked = process
    if process is not None:
        try:
            process.stdin.write(f"{Path(folder).resolve()}\n")
            process.stdin.flush()  # not closed: communicate() closes it
        except (OSError, ValueError):
            _end(process)
            process = None

    def answer() -> list[str]:
        global _asked
        with _lock:
            if _asked is process:
                _asked = None
        if process is not None:
            try:
                out, _ = process.communicate(timeout=300)
                if process.returncode == 0:
                    return json.loads(out)
            except (OSError, ValueError, subprocess.TimeoutExpired):
                _end(process)
        return check(folder)

    return answer


def _end(process: subprocess.Popen) -> None:
    process.kill()
    process.wait()


def _main() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # a Ctrl-C is the build's to handle; it stops this process
    _load()
    folder = sys.stdin.readline().strip()
    if folder:  # an empty line, or none: the build ended without a package to check
        sys.stdout.write(json.dumps(check(Path(folder))))


if __name__ == "__main__":
    _main()
