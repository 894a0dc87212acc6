"""The download zip is written from the format itself (pipeline/ziparchive.py): every reader must take it."""
import errno
import io
import os
import zipfile
import zlib
from pathlib import Path

from pipeline.ziparchive import STORED, Member, member, write_zip


def _zip(members) -> bytes:
    out = io.BytesIO()
    write_zip(out, members)
    return out.getvalue()


def test_members_read_back_with_their_bytes_names_and_attributes():
    text = "Hội nghị tổng kết công tác năm 2021\n".encode() * 500
    data = _zip([member("pkg/data/documents.csv", text), member("pkg/data/bảng.parquet", b"PAR1\x00\x01", compress=False)])
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert zf.testzip() is None
        assert zf.namelist() == ["pkg/data/documents.csv", "pkg/data/bảng.parquet"]
        assert zf.read("pkg/data/documents.csv") == text
        info = zf.getinfo("pkg/data/documents.csv")
        assert info.compress_type == zipfile.ZIP_DEFLATED and info.compress_size < len(text) / 10
        assert zf.getinfo("pkg/data/bảng.parquet").compress_type == zipfile.ZIP_STORED
        assert info.date_time == (1980, 1, 1, 0, 0, 0) and info.external_attr >> 16 == 0o100644


def test_the_same_members_give_the_same_bytes():
    members = [member(f"m{i}.csv", f"row {i}\n".encode() * i) for i in range(20)]
    assert _zip(members) == _zip(list(members))


def test_more_members_than_the_classic_format_counts_use_zip64_records():
    members = [member(f"m{i:05d}", b"x", compress=False) for i in range(70_000)]  # the classic count stops at 65,535
    data = _zip(members)
    assert b"PK\x06\x06" in data[-200:]
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert len(zf.infolist()) == 70_000 and zf.read("m69999") == b"x"


def _file_members(tmp_path: Path) -> list[Member]:
    """Members whose bytes are in files (a package's cached parts), between members held in memory."""
    out = []
    for i in range(3):
        data = os.urandom(300_000 + i)  # stored as they are
        (tmp_path / f"part{i}.bin").write_bytes(data)
        out += [Member(f"pkg/data/part{i}.bin", len(data), zlib.crc32(data), tmp_path / f"part{i}.bin", STORED),
                member(f"pkg/small{i}.csv", f"row {i}\n".encode() * 100)]
    return out


def _zip_file(members, path: Path) -> bytes:
    with open(path, "wb") as out:  # a real file: the kernel copies the parts into it where it can
        write_zip(out, members)
    return path.read_bytes()


def test_members_from_files_are_copied_whole_into_a_file(tmp_path):
    members = _file_members(tmp_path)
    data = _zip_file(members, tmp_path / "a.zip")
    assert data == _zip(members)  # the same bytes as written through Python's buffers into memory
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert zf.testzip() is None
        assert zf.read("pkg/data/part2.bin") == (tmp_path / "part2.bin").read_bytes()


def test_a_copy_the_kernel_stops_part_way_is_finished_through_a_buffer(tmp_path, monkeypatch):
    members = _file_members(tmp_path)
    expected = _zip(members)
    real = os.copy_file_range

    def stops_after_a_block(src, dst, count, *args):
        if os.lseek(src, 0, os.SEEK_CUR) > 0:
            raise OSError(errno.EXDEV, "not across these files")
        return real(src, dst, min(count, 4096), *args)

    monkeypatch.setattr(os, "copy_file_range", stops_after_a_block)
    assert _zip_file(members, tmp_path / "b.zip") == expected
