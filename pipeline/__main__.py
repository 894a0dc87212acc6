"""Command line: `python -m pipeline build [--raw-dir DIR] [--out-dir DIR]`."""
from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from pathlib import Path

from pipeline import PROJECT_ROOT


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build a data package from a folder of pages (.txt, .md, .html)")
    b.add_argument("--raw-dir", type=Path, default=PROJECT_ROOT / "raw")
    b.add_argument("--out-dir", type=Path, default=PROJECT_ROOT / "datapackage")
    b.add_argument("--cache-dir", default=str(PROJECT_ROOT / ".cache" / "pages"), help="per-page cache ('' for none)")
    b.add_argument("--workers", type=int, default=0, help="processes for page work (0: one per core)")
    args = parser.parse_args(argv)

    build = load_build()  # imported here so that --help is fast
    from dagster import DagsterExecutionInterruptedError

    try:
        result = build(args.raw_dir, args.out_dir, Path(args.cache_dir) if args.cache_dir else None, args.workers)
    except Exception as exc:  # the run failed: say why, leave the published package as it was
        print(f"build failed: {exc}", file=sys.stderr)
        return 1
    except (KeyboardInterrupt, DagsterExecutionInterruptedError):  # Ctrl-C, or SIGINT from a supervisor
        print("build interrupted: the published package is as it was; pages already done stay in the cache",
              file=sys.stderr)
        return 130
    from pipeline.report import summary

    print(f"built {args.out_dir}")
    print(summary(*(result.output_for_node("tables", name) for name in ("documents", "rejections", "quarantine"))))
    return 0


def load_build():
    """`pipeline.build.build`, imported the way a build from the command line wants it: most of a small
    build's time is this import (Dagster, SQLAlchemy, Polars: about 1.5 s of one core).
    - Frictionless's check of the descriptor is started first (pipeline/descriptor_check.py), so its
      process loads on the second core while this one imports, which it leaves idle.
    - The import makes some 300,000 objects that live as long as the process, and Python's cyclic
      collector walks them again and again as they are made (a fifth of the import's time). It is off
      while they are made; then they are frozen (gc.freeze: kept out of every later collection, so the
      build's own collections do not walk them either) and it is on again for the build."""
    from pipeline import descriptor_check

    descriptor_check.start()
    gc.disable()
    try:
        from pipeline.build import build
    finally:
        gc.freeze()
        gc.enable()
    return build


def finish(code: int) -> None:
    """End the process once everything is written and flushed, without Python's own finalisation: at
    10,000 pages that tears down some 2,000 modules (Dagster, SQLAlchemy, Polars) and their objects for
    about a second, a tenth of a rebuild for one new page. The package, the cache and the Dagster
    instance are closed by then (their `with` blocks have ended); what the build replaced and is still
    being removed is handed to a process of its own (pipeline/removal.py)."""
    from pipeline import removal

    removal.hand_over()
    sys.stdout.flush()
    sys.stderr.flush()
    logging.shutdown()
    os._exit(code)


if __name__ == "__main__":
    finish(main())
