"""The page workers' fork server: the pool's workers are forked from a server process that imports
this module (and pipeline.run_pages) once, before it forks any of them.

Python's rule for forkserver and spawn workers is that each re-runs the caller's main module before it
takes work, so that functions defined there can be unpickled. The page workers run pipeline code only,
and a caller's script that builds at import (no `if __name__ == "__main__":`) would start a build in
every worker, which breaks the pool. So a page worker is started without the main module: this server
drops it from the start-up data of the processes named as page workers (pipeline.run_pages.PageWorker),
and of no other process it may serve.
"""
from __future__ import annotations

from multiprocessing import spawn

WORKER_NAME = "PageWorker-"  # the default name of a PageWorker process: its class name, then its number
_MAIN = ("init_main_from_name", "init_main_from_path")


def _prepare(data: dict, _prepare=spawn.prepare) -> None:
    if str(data.get("name", "")).startswith(WORKER_NAME):
        data = {key: value for key, value in data.items() if key not in _MAIN}
    _prepare(data)


spawn.prepare = _prepare  # spawn._main, run in each forked child, calls prepare by this module attribute
