"""Read a folder of raw pages and their sources sidecar (raw/sources.json).

Only the folder's own pages are read: a symbolic link that leads outside it is refused unread (a link
to /etc/passwd must not land in a published dataset), and so is a file whose name cannot be shown
safely. Hidden entries (.DS_Store, .git/) are skipped, as every tool skips them; other operating-system
and editor litter (Thumbs.db, ~$ lock files) is listed as rejected, so the user sees it was not a page.
"""
from __future__ import annotations

import json
import os
import unicodedata
from pathlib import Path

from pipeline.page import RawPage

SIDECAR = "sources.json"
LITTER_NAMES = {"thumbs.db", "ehthumbs.db", "desktop.ini"}  # Windows folder files
LITTER_PREFIXES = ("~$", ".~lock.")  # Office and LibreOffice lock files of an open document


def read_sources(raw_dir: Path) -> dict[str, dict]:
    path = Path(raw_dir) / SIDECAR
    if not path.exists():
        return {}
    return {s["file"]: s for s in json.loads(path.read_text("utf-8")).get("sources", [])}


def safe_name(name: str) -> str:
    """The name with control characters and bytes that are not UTF-8 written as escapes (\\x1b, \\udcff):
    printable in a terminal and storable as UTF-8 text, and different from the real name exactly when
    the real name cannot be shown as it is."""
    return "".join(
        c.encode("unicode_escape").decode("ascii") if unicodedata.category(c) in ("Cc", "Cs") else c for c in name)


def _refusal(entry: os.DirEntry, target: Path, root: Path) -> tuple[str, str] | None:
    """(why, the kind of reason) when the entry (whose links lead to `target`) is not to be read as a
    page, else None."""
    if safe_name(entry.name) != entry.name:
        return "the file name holds control characters or bytes that are not UTF-8; rename it to be read", "bad_file_name"
    if entry.name.lower() in LITTER_NAMES or entry.name.startswith(LITTER_PREFIXES):
        return "operating-system or editor file, not a page", "not_a_page"
    if not target.is_relative_to(root):
        return "a symbolic link to a file outside the raw folder; not read", "outside_link"
    if entry.is_dir():
        return "it is a folder; subfolders are not read", "folder"
    return None


def read_raw_dir(raw_dir: Path) -> list[RawPage]:
    """Every file of the folder but the sidecar and hidden files, in name order; a file that is not to be
    read comes as a page with its reason (see _refusal), reported as a rejection."""
    raw_dir = Path(raw_dir)
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"{raw_dir}: the raw folder does not exist")
    root = Path(os.path.realpath(raw_dir))
    sources = read_sources(raw_dir)
    pages = []
    # scandir: the entry's type comes with the listing, without a stat call per file.
    with os.scandir(raw_dir) as listing:
        entries = sorted(listing, key=lambda e: e.name)
    for entry in entries:
        if entry.name == SIDECAR or entry.name.startswith("."):
            continue
        target = Path(os.path.realpath(entry.path))
        refusal = _refusal(entry, target, root)
        if refusal:
            pages.append(RawPage(safe_name(entry.name), b"", {}, read_error=refusal[0], read_error_code=refusal[1]))
            continue
        try:
            # The resolved path, opened without following a link: one put in its place after the check
            # is refused, not followed.
            fd = os.open(target, os.O_RDONLY | os.O_NOFOLLOW)
            with open(fd, "rb") as handle:
                pages.append(RawPage(entry.name, handle.read(), sources.get(entry.name, {})))
        except OSError as exc:  # unreadable: reported as a rejection, the other pages go on
            pages.append(RawPage(entry.name, b"", sources.get(entry.name, {}), read_error=f"could not be read: {exc.strerror or exc}"))
    return pages
