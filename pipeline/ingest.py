"""Read a folder of raw pages and their sources sidecar (raw/sources.json)."""
from __future__ import annotations

import json
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
    for path in sorted(raw_dir.iterdir(), key=lambda p: p.name):
        if path.name == SIDECAR or path.name.startswith("."):
            continue
        if path.is_dir():
            pages.append(RawPage(path.name, b"", {}, read_error="it is a folder; subfolders are not read"))
            continue
        try:
            pages.append(RawPage(path.name, path.read_bytes(), sources.get(path.name, {})))
        except OSError as exc:  # unreadable: reported as a rejection, the other pages go on
            pages.append(RawPage(path.name, b"", sources.get(path.name, {}), read_error=exc.strerror or str(exc)))
    return pages
