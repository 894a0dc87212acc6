"""Frictionless's check of a package's descriptor, in a process of its own.

The check costs a build ~0.5 s of CPU, all of it Python holding the GIL: ~0.3 s to load frictionless
(its plugins, the JSON Schema validators), ~0.2 s to check the descriptor; a fifth of the seed's whole
build. Started when a build starts (`start`), the process loads frictionless on the second core while
the first reads the pages, then waits for the folder to check; `errors` hands it over and reads the
answer. Where no process was started, or it died, the check runs in the caller's process.

This file imports nothing of the pipeline: the process runs it as a script, so it finds the same
frictionless whatever path the caller imported the pipeline from.
"""
from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

_lock = threading.Lock()
_process: subprocess.Popen | None = None


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
            _process = None  # errors() checks here instead


def stop() -> None:
    """End the waiting process, if any (a build that failed before its package was checked)."""
    global _process
    with _lock:
        process, _process = _process, None
    if process is not None and process.poll() is None:
        process.kill()
        process.wait()


def errors(folder: Path) -> list[str]:
    """check(folder), by the waiting process when there is one (it is used once), else here."""
    global _process
    with _lock:
        process, _process = _process, None
    if process is not None:
        try:
            out, _ = process.communicate(f"{Path(folder).resolve()}\n", timeout=300)
            if process.returncode == 0:
                return json.loads(out)
        except (OSError, ValueError, subprocess.TimeoutExpired):
            process.kill()
            process.wait()
    return check(folder)


def _main() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # a Ctrl-C is the build's to handle; it stops this process
    _load()
    folder = sys.stdin.readline().strip()
    if folder:  # an empty line, or none: the build ended without a package to check
        sys.stdout.write(json.dumps(check(Path(folder))))


if __name__ == "__main__":
    _main()
