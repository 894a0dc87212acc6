"""The download zip is written from the format itself (pipeline/ziparchive.py): every reader must take it."""
import io
import zipfile

from pipeline.ziparchive import member, write_zip


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
