"""Read a folder of raw pages and their sources sidecar (raw/sources.json)."""
from __future__ import annotations

import json
import os
from pathlib import Path

from pipeline.page import RawPage

SIDECAR = "sources.json"


def read_sources(raw_dir: Path) -> dict[str, dict]:
    path = Path(raw_dir) / SIDECAR
    if not path.exists():
        return {}
    return {s["file"]: s for s in json.loads(path.read_text("utf-8")).get("sources", [])}


def read_raw_dir(raw_dir: Path) -> list[RawPage]:
    """Every regular file of the folder but the sidecar and hidden files, in name order."""
    raw_dir = Path(raw_dir)
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"{raw_dir}: the raw folder does not exist")
    sources = read_sources(raw_dir)
    pages = []
    # scandir: the entry's type comes with the listing, without a stat call per file.
    with os.scandir(raw_dir) as listing:
        entries = sorted(listing, key=lambda e: e.name)
    for entry in entries:
        if entry.name == SIDECAR or entry.name.startswith("."):
            continue
        if entry.is_dir():
            pages.append(RawPage(entry.name, b"", {}, read_error="it is a folder; subfolders are not read"))
            continue
        try:
            with open(entry.path, "rb") as handle:
                pages.append(RawPage(entry.name, handle.read(), sources.get(entry.name, {})))
        except OSError as exc:  # unreadable: reported as a rejection, the other pages go on
            pages.append(RawPage(entry.name, b"", sources.get(entry.name, {}), read_error=exc.strerror or str(exc)))
    return pages
