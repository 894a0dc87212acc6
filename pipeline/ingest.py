"""Read a folder of raw pages and their sources sidecar (raw/sources.json).

The folder is read whole, subfolders included, as a crawler saves a site (site/2022/01/page.html): a
page's name is its path from the raw folder, with "/" between folders, and that is the key of its
entry in sources.json. A web archive (.warc, .warc.gz) holds many pages (pipeline/warc.py).

Only the folder's own pages are read: a symbolic link that leads outside it is refused unread (a link
to /etc/passwd must not land in a published dataset), and so is a file whose name cannot be shown
safely. Hidden entries (.DS_Store, .git/) are skipped, as every tool skips them; other operating-system
and editor litter (Thumbs.db, ~$ lock files) is listed as rejected, so the user sees it was not a page.
"""
from __future__ import annotations

import json
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from pipeline.page import RawPage
from pipeline.warc import is_archive, pages_of

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
    if not _UNSAFE.search(name):  # nearly every name: one regex scan instead of a Python step per character
        return name
    return "".join(
        c.encode("unicode_escape").decode("ascii") if unicodedata.category(c) in ("Cc", "Cs") else c for c in name)


# Unicode's control characters (category Cc: C0, DEL, C1) and surrogates (Cs: what os.fsdecode makes of
# bytes that are not UTF-8).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def _refusal(entry: os.DirEntry, target: str, root: str) -> tuple[str, str] | None:
    """(why, the kind of reason) when the entry (whose links lead to `target`) is not to be read as a
    page, else None."""
    if safe_name(entry.name) != entry.name:
        return "the file name holds control characters or bytes that are not UTF-8; rename it to be read", "bad_file_name"
    if entry.name.lower() in LITTER_NAMES or entry.name.startswith(LITTER_PREFIXES):
        return "operating-system or editor file, not a page", "not_a_page"
    if entry.is_symlink() and not Path(target).is_relative_to(root):
        return "a symbolic link to a file outside the raw folder; not read", "outside_link"
    if entry.is_dir():  # a real folder is walked before this is asked: this is a link to one
        return "a symbolic link to a folder; not followed (links can lead in circles)", "folder"
    return None


def _entries(folder: str, prefix: str):
    """(name from the raw folder, entry) of every entry under `folder`, folders walked in name order."""
    # scandir: the entry's type comes with the listing, without a stat call per file.
    with os.scandir(folder) as listing:
        entries = sorted(listing, key=lambda e: e.name)
    for entry in entries:
        if entry.name.startswith("."):
            continue
        name = prefix + entry.name
        if entry.is_dir(follow_symlinks=False) and safe_name(entry.name) == entry.name:
            yield from _entries(entry.path, name + "/")
        else:
            yield name, entry


@dataclass(frozen=True)
class RawFile:
    """A file of the raw folder as listed, before it is read: what tells a changed file from an unchanged
    one (size, modification time and its entry in sources.json), and why it is not to be read, if so."""
    name: str  # path from the raw folder, "/" between folders (escaped by safe_name when refused for it)
    path: str  # where to open it (a link resolved)
    size: int
    mtime_ns: int
    source: dict
    refusal: tuple[str, str] | None = None  # (why, the kind of reason)


def list_raw_dir(raw_dir: Path) -> list[RawFile]:
    """Every file of the folder and its subfolders but the sidecar and hidden files, in name order,
    without reading one (a stat each)."""
    raw_dir = Path(raw_dir)
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"{raw_dir}: the raw folder does not exist")
    root = os.path.realpath(raw_dir)
    under_root = os.path.join(root, "")  # root and its separator: a file's path is one concatenation away
    sources = read_sources(raw_dir)
    files = []
    for name, entry in _entries(str(raw_dir), ""):
        if name == SIDECAR:
            continue
        # The folders walked are real ones (links to folders are refused): only a link needs resolving,
        # and resolving every path costs a system call per folder of it, per file.
        target = os.path.realpath(entry.path) if entry.is_symlink() else under_root + name
        refusal = _refusal(entry, target, root)
        if refusal:
            files.append(RawFile(safe_name(name), "", 0, 0, {}, refusal))  # never opened
            continue
        try:
            stat = os.stat(target)
            size, mtime_ns = stat.st_size, stat.st_mtime_ns
        except OSError:  # gone or unreadable: read_file says why
            size, mtime_ns = -1, 0
        files.append(RawFile(name, target, size, mtime_ns, sources.get(name, {})))
    return files


def read_file(file: RawFile) -> list[RawPage]:
    """The file's pages (one, or a web archive's records); a file that is not to be read, or cannot be,
    comes as a page with its reason, reported as a rejection."""
    if file.refusal:
        return [RawPage(file.name, b"", {}, read_error=file.refusal[0], read_error_code=file.refusal[1])]
    try:
        # The resolved path, opened without following a link: one put in its place after the check is
        # refused, not followed.
        fd = os.open(file.path, os.O_RDONLY | os.O_NOFOLLOW)
        with open(fd, "rb") as handle:
            if is_archive(file.name):
                return list(pages_of(file.name, handle, file.source))
            return [RawPage(file.name, handle.read(), file.source)]
    except OSError as exc:  # unreadable: reported as a rejection, the other pages go on
        return [RawPage(file.name, b"", file.source, read_error=f"could not be read: {exc.strerror or exc}")]


def read_raw_dir(raw_dir: Path) -> list[RawPage]:
    """Every page of the folder (see list_raw_dir and read_file), in name order."""
    return [page for file in list_raw_dir(raw_dir) for page in read_file(file)]
