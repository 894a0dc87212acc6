"""Write a zip archive of members compressed beforehand, byte for byte the same on every Python.

The standard library's zipfile compresses each member itself, one after another, with whatever zlib
the interpreter was built with; it has no public call to add bytes deflated elsewhere. The tables are
deflated side by side by ISA-L (pipeline/package.py), so the archive is written here from the format
itself (PKWARE APPNOTE 6.3: local headers, central directory, ZIP64 records past 4 GiB or 65,535
members). Fixed dates, attributes and order make a rebuild byte-identical.
"""
from __future__ import annotations

import os
import shutil
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterable

from isal import isal_zlib

STORED, DEFLATED = 0, 8
_VERSION = 20  # "made by" and "needed": 2.0, deflate
_VERSION_ZIP64 = 45
_UNIX = 3  # the host system field: Unix, so that external_attr holds permission bits
_DOS_DATE = (0 << 9) | (1 << 5) | 1  # 1980-01-01, the earliest date zip can store: no build time leaks in
_DOS_TIME = 0
_PERMISSIONS = 0o100644 << 16  # a regular file, rw-r--r--
_LIMIT = 0xFFFFFFFF


@dataclass(frozen=True)
class Member:
    name: str  # the path inside the archive, with forward slashes
    size: int  # uncompressed
    crc: int
    data: bytes | Path  # as stored: deflated (raw, no zlib header) or the bytes themselves; or a file holding them
    method: int  # STORED or DEFLATED

    @property
    def stored(self) -> int:
        return self.data.stat().st_size if isinstance(self.data, Path) else len(self.data)

    def write_data(self, out: BinaryIO) -> None:
        if isinstance(self.data, Path):
            with open(self.data, "rb") as source:  # streamed: a large package's parts are not held in memory
                _copy(source, out)
        else:
            out.write(self.data)


def _copy(source: BinaryIO, out: BinaryIO) -> None:
    """The rest of `source` onto the end of `out`: copied by the kernel where it can (copy_file_range,
    Linux; 2 to 4 times as fast as through Python's buffers for the 320 MB of parts a 30,000-page
    archive holds), else through a buffer."""
    size, copied = os.fstat(source.fileno()).st_size, 0
    if hasattr(os, "copy_file_range"):
        out.flush()
        try:
            while copied < size:
                n = os.copy_file_range(source.fileno(), out.fileno(), size - copied)
                if n == 0:
                    break
                copied += n
        except OSError:  # not between these files or on this system: the buffer copies the rest
            pass
        out.seek(0, os.SEEK_END)  # the file object follows where the kernel wrote to
    if copied < size:
        source.seek(copied)
        shutil.copyfileobj(source, out, 1 << 20)


def deflate(data: bytes, level: int = 2) -> bytes:
    """Raw deflate as a zip member holds it (ISA-L: the same bytes on every platform for one version)."""
    packer = isal_zlib.compressobj(level, isal_zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush()


def member(name: str, data: bytes, compress: bool = True) -> Member:
    return Member(name, len(data), isal_zlib.crc32(data), deflate(data) if compress else data, DEFLATED if compress else STORED)


def write_zip(out: BinaryIO, members: Iterable[Member]) -> None:
    """The members in the order given (taken one at a time: an iterator may make each when it is wanted),
    then the central directory."""
    directory = []
    offset = 0
    for m in members:
        stored = m.stored  # a file's size asked once
        name = m.name.encode("utf-8")
        flags = 0 if name.isascii() else 0x800  # bit 11: the name is UTF-8
        big = m.size > _LIMIT or stored > _LIMIT
        extra = struct.pack("<HHQQ", 1, 16, m.size, stored) if big else b""
        version = _VERSION_ZIP64 if big else _VERSION
        sizes = (_LIMIT, _LIMIT) if big else (stored, m.size)
        header = struct.pack("<4sHHHHHLLLHH", b"PK\x03\x04", version, flags, m.method, _DOS_TIME, _DOS_DATE,
                             m.crc, *sizes, len(name), len(extra))
        out.write(header + name + extra)
        m.write_data(out)
        directory.append((m, stored, name, flags, offset))
        offset += len(header) + len(name) + len(extra) + stored
    start = offset
    for m, stored, name, flags, at in directory:
        big = m.size > _LIMIT or stored > _LIMIT or at > _LIMIT
        extra = struct.pack("<HHQQQ", 1, 24, m.size, stored, at) if big else b""
        version = _VERSION_ZIP64 if big else _VERSION
        fields = (_LIMIT, _LIMIT, _LIMIT) if big else (stored, m.size, at)
        entry = struct.pack("<4sBBBBHHHHLLLHHHHHLL", b"PK\x01\x02", version, _UNIX, version, 0, flags, m.method,
                            _DOS_TIME, _DOS_DATE, m.crc, fields[0], fields[1], len(name), len(extra), 0, 0, 0,
                            _PERMISSIONS, fields[2])
        out.write(entry + name + extra)
        offset += len(entry) + len(name) + len(extra)
    size = offset - start
    count = len(directory)
    if count > 0xFFFF or size > _LIMIT or start > _LIMIT:
        out.write(struct.pack("<4sQHHLLQQQQ", b"PK\x06\x06", 44, _VERSION_ZIP64, _VERSION_ZIP64, 0, 0, count, count, size, start))
        out.write(struct.pack("<4sLQL", b"PK\x06\x07", 0, offset, 1))
        count, size, start = min(count, 0xFFFF), min(size, _LIMIT), min(start, _LIMIT)
    out.write(struct.pack("<4sHHHHLLH", b"PK\x05\x06", 0, 0, count, count, size, start, 0))
