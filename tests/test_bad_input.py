"""Every kind of file a person may point the pipeline at: each page publishes or is rejected with a
reason, one bad page never stops the rest, and a failed or killed build leaves the old package intact.
Inputs are generated here, not committed."""
from __future__ import annotations

import codecs
import os
import re
import signal
import subprocess
import sys
import threading
import time
import unicodedata
from pathlib import Path

import polars as pl
import pytest

from conftest import RAW, SEED, read_package
from pipeline import removal
from pipeline.build import build
from pipeline.text.clean import clean_page
from pipeline.text.decode import decode_bytes

PAGE = ("Bộ Tài chính tổ chức hội nghị\n\n26/01/2022\n\n"
        "Thứ trưởng Bộ Tài chính Vũ Thị Mai chủ trì hội nghị. Tổng cục Hải quan đã triển khai Thông tư số 38/2015/TT-BTC.\n")


_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def _cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows wrote it: letters with ^, ˘ and ơ/ư precomposed, tone marks combining."""
    out = []
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        tones = "".join(c for c in parts if c in _TONE_MARKS)
        out.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONE_MARKS)) + tones)
    return "".join(out).encode("cp1258")


def _build(tmp_path: Path, files: dict[str, bytes]) -> tuple[dict[str, pl.DataFrame], Path]:
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, data in files.items():
        (raw / name).write_bytes(data)
    out = tmp_path / "out"
    assert build(raw, out, cache_dir=None, workers=1).success
    return read_package(out), out


def _rejected(tables) -> dict[str, str]:
    return dict(zip(tables["rejections"]["source_path"], tables["rejections"]["reason"]))


@pytest.mark.parametrize("encoded, encoding", [
    (PAGE.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + PAGE.encode("utf-8"), "utf-8-sig"),
    (PAGE.encode("utf-16"), "utf-16"),  # with BOM
    (_cp1258(PAGE), "cp1258"),
    (unicodedata.normalize("NFD", PAGE).encode("utf-8"), "utf-8"),
    (PAGE.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
    (PAGE.replace("hội nghị.", "hội\u00a0nghị.\u200b").encode("utf-8"), "utf-8"),
])
def test_encodings_become_the_same_text(encoded, encoding):
    decoded = decode_bytes(encoded, "page.txt")
    assert decoded.encoding == encoding
    assert clean_page(decoded.text, ".txt", "page.txt").text == clean_page(PAGE, ".txt", "page.txt").text


def test_mixed_line_endings_and_notes():
    data = "Tiêu đề\r\n\r\nĐoạn một.\rĐoạn hai.\n".encode("utf-8")
    decoded = decode_bytes(data, "mixed.txt")
    assert "\r" not in decoded.text
    assert "CRLF line endings" in decoded.notes and "CR line endings" in decoded.notes


@pytest.mark.parametrize("name, data, reason", [
    ("empty.txt", b"", "empty page"),
    ("blank.txt", b"  \n\t\n  ", "empty page"),
    ("image.txt", bytes(range(256)) * 8, "binary data"),
    ("cut.txt", "Thứ trưởng Nguyễn Thị Hà".encode("utf-8")[:-1], "truncated UTF-8"),
    ("report.pdf", b"%PDF-1.4 ...", "unsupported file type '.pdf'"),
    ("notes", b"text without extension", "unsupported file type '(none)'"),
    ("huge.txt", ("Đoạn văn. " * 5_300_000).encode("utf-8")[: 52 * 1024 * 1024], "too large for one news page"),
    ("furniture.txt", b"Skip Ribbon Commands\nSign In\nXem\n", "no article text"),
])
def test_bad_files_are_rejected_with_a_reason_and_the_rest_publishes(tmp_path, name, data, reason):
    tables, _ = _build(tmp_path, {name: data, "good.txt": PAGE.encode("utf-8")})
    assert tables["documents"]["source_path"].to_list() == ["good.txt"]
    assert reason in _rejected(tables)[name]
    assert tables["legal_references"]["reference_id"].to_list() == ["38/2015/TT-BTC"]


def test_a_page_with_no_entities_publishes(tmp_path):
    tables, _ = _build(tmp_path, {"plain.txt": "Thời tiết\n\nHôm nay trời nắng đẹp, gió nhẹ.\n".encode("utf-8")})
    assert tables["documents"].height == 1
    assert tables["sentences"].height == 2
    for name in ("participants", "legal_references", "organisations", "tasks"):
        assert tables[name].height == 0


def test_the_same_page_twice_is_one_document(tmp_path):
    tables, _ = _build(tmp_path, {"a.txt": PAGE.encode("utf-8"), "b copy.txt": codecs.BOM_UTF8 + PAGE.encode("utf-8")})
    assert tables["documents"]["source_path"].to_list() == ["a.txt"]
    dup = tables["rejections"].to_dicts()[0]
    assert dup["source_path"] == "b copy.txt"
    assert dup["duplicate_of"] == tables["documents"]["document_id"][0]
    assert "same text as a.txt" in dup["reason"]


def test_awkward_file_names(tmp_path):
    names = ["tin tức mới.txt", "Bộ Tài chính (2022).md", "a;b&c$(echo x)`id`.txt", "'quoted' \"name\".htm"]
    files = {n: (f"Tiêu đề {i}\n\nThứ trưởng Nguyễn Văn An {i} phát biểu.\n" if not n.endswith(".htm") else
                 f"<html><body><h1>Tiêu đề {i}</h1><p>Thứ trưởng Nguyễn Văn An phát biểu {i}.</p></body></html>").encode()
             for i, n in enumerate(names)}
    tables, out = _build(tmp_path, files)
    assert sorted(tables["documents"]["source_path"].to_list()) == sorted(names)
    csv = pl.read_csv(out / "data" / "documents.csv")
    assert sorted(csv["source_path"].to_list()) == sorted(names)


def test_html_page_main_content(tmp_path):
    html = """<!doctype html><html><head><title>Bộ LĐTBXH</title><style>.x{color:red}</style>
      <script>var tracking = "Bộ Công an";</script></head><body>
      <nav><a href="/">Trang chủ</a> <a href="/tin">Tin tức</a></nav><header>Cổng thông tin điện tử</header>
      <article><h1>Hội nghị tổng kết</h1><p>Thứ trưởng Nguyễn Thị Hà chủ trì hội nghị.</p>
      <figure><img src="a.jpg"><figcaption>Toàn cảnh hội nghị.</figcaption></figure>
      <p>Cục Trẻ em đã tham mưu Nghị định số 130/2021/NĐ-CP.</p></article>
      <aside>Tin liên quan: Bộ Y tế</aside><footer>© Bộ LĐTBXH</footer></body></html>"""
    tables, _ = _build(tmp_path, {"page.html": html.encode("utf-8")})
    doc = tables["documents"].to_dicts()[0]
    assert doc["title"] == "Hội nghị tổng kết"
    for furniture in ("Trang chủ", "tracking", "Cổng thông tin", "Tin liên quan", "©", "color:red"):
        assert furniture not in doc["text"]
    kinds = dict(zip(tables["sentences"]["text"], tables["sentences"]["kind"]))
    assert kinds["Toàn cảnh hội nghị."] == "caption"
    assert tables["legal_references"]["reference_id"].to_list() == ["130/2021/NĐ-CP"]
    assert tables["participants"]["person_name"].to_list() == ["Nguyễn Thị Hà"]


def test_unreadable_entries_are_rejected(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "good.txt").write_bytes(PAGE.encode())
    (raw / "gone.txt").symlink_to(raw / "nowhere.txt")  # a link to a file that is not there
    (raw / "empty-folder.txt").mkdir()  # a folder is walked; an empty one holds no page
    (raw / "loop").symlink_to(raw)  # a link to a folder is not followed: it could lead in circles
    out = tmp_path / "out"
    assert build(raw, out, cache_dir=None, workers=1).success
    rejected = _rejected(read_package(out))
    assert "could not be read: No such file or directory" in rejected["gone.txt"]
    assert "a symbolic link to a folder; not followed" in rejected["loop"]
    assert sorted(rejected) == ["gone.txt", "loop"]
    assert read_package(out)["documents"]["source_path"].to_list() == ["good.txt"]


def _validate(package: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(Path(sys.executable).parent / "frictionless"), "validate", str(package / "datapackage.json")],
                          capture_output=True, text=True)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_killed_build_leaves_the_old_package(tmp_path):
    out = tmp_path / "package"
    assert build(RAW, out, cache_dir=None, workers=1).success
    before = _snapshot(out)
    big = tmp_path / "big"
    big.mkdir()
    text = SEED.read_text("utf-8")
    for i in range(400):
        (big / f"page-{i:04d}.txt").write_text(text + f"\nBản sao số {i}.\n", "utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "build", "--raw-dir", str(big), "--out-dir", str(out),
                             "--cache-dir", "", "--workers", "1"], start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(4)  # part-way: the pages are being processed
    assert proc.poll() is None, "the build finished before it could be killed; make the input larger"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert _snapshot(out) == before
    assert _validate(out).returncode == 0
    assert build(RAW, out, cache_dir=None, workers=1).success  # and the next build cleans up and publishes
    removal.wait()  # the package it replaced goes in the background
    assert not list(tmp_path.glob(".package.new-*"))


def test_a_build_that_fails_validation_leaves_the_old_package(tmp_path, monkeypatch):
    out = tmp_path / "package"
    assert build(RAW, out, cache_dir=None, workers=1).success
    before = _snapshot(out)
    from pipeline import descriptor_check

    monkeypatch.setattr(descriptor_check, "ask", lambda folder: lambda: ["documents: a broken descriptor"])
    with pytest.raises(Exception, match="does not validate"):
        build(RAW, out, cache_dir=None, workers=1)
    assert _snapshot(out) == before


def test_two_builds_at_once_do_not_interleave(tmp_path):
    out = tmp_path / "package"
    results = []

    def run():
        results.append(build(RAW, out, cache_dir=None, workers=1).success)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [True, True]
    assert _validate(out).returncode == 0
    removal.wait()  # the package the second one replaced goes in the background
    assert not list(tmp_path.glob(".package.new-*"))


def test_nothing_from_outside_the_folder_is_read(tmp_path):
    """A link in the raw folder to a file elsewhere on the machine must not publish that file."""
    secret = tmp_path / "elsewhere" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("Thư riêng\n\nMật khẩu của Nguyễn Văn Bí là HOA-SEN-1234.\n", "utf-8")
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "good.txt").write_bytes(PAGE.encode())
    (raw / "link.txt").symlink_to(secret)
    (raw / "relative.txt").symlink_to(Path("..") / "elsewhere" / "secret.txt")
    (raw / "folder-link").symlink_to(secret.parent)
    (raw / "same.txt").symlink_to(raw / "good.txt")  # inside the folder: read like any page
    out = tmp_path / "out"
    assert build(raw, out, cache_dir=None, workers=1).success
    tables = read_package(out)
    codes = dict(zip(tables["rejections"]["source_path"], tables["rejections"]["reason_code"]))
    assert codes == {"link.txt": "outside_link", "relative.txt": "outside_link", "folder-link": "outside_link", "same.txt": "duplicate"}
    assert "outside the raw folder" in _rejected(tables)["link.txt"]
    for path in out.rglob("*"):
        if path.is_file() and path.suffix != ".zip":
            assert b"HOA-SEN" not in path.read_bytes(), path


def test_hidden_files_and_litter_never_publish(tmp_path):
    tables, _ = _build(tmp_path, {
        "good.txt": PAGE.encode(), ".DS_Store": b"\0\0\0\1Bud1" + bytes(64), "Thumbs.db": bytes(range(256)),
        "desktop.ini": b"[.ShellClassInfo]\r\nIconResource=x\r\n", "~$bao-cao.txt": PAGE.encode("utf-16"),
    })
    (tmp_path / "raw" / ".git").mkdir()
    assert tables["documents"]["source_path"].to_list() == ["good.txt"]
    codes = dict(zip(tables["rejections"]["source_path"], tables["rejections"]["reason_code"]))
    assert codes == {"Thumbs.db": "not_a_page", "desktop.ini": "not_a_page", "~$bao-cao.txt": "not_a_page"}


def test_control_characters_in_file_names_are_reported_safely(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "good.txt").write_bytes(PAGE.encode())
    (raw / "tin\x1b[2Jđỏ.txt").write_bytes(PAGE.replace("hội nghị", "hội thảo").encode())
    (raw / "dòng\nmới.txt").write_bytes(PAGE.encode())
    with open(os.path.join(os.fsencode(raw), b"caf\xe9.txt"), "wb") as handle:  # a Latin-1 name, not UTF-8
        handle.write(PAGE.encode())
    out = tmp_path / "out"
    cli = subprocess.run([sys.executable, "-m", "pipeline", "build", "--raw-dir", str(raw), "--out-dir", str(out), "--cache-dir", ""],
                         capture_output=True, text=True, errors="strict")
    assert cli.returncode == 0, cli.stderr
    assert "\x1b" not in cli.stdout + cli.stderr
    tables = read_package(out)
    codes = dict(zip(tables["rejections"]["source_path"], tables["rejections"]["reason_code"]))
    assert codes == {"tin\\x1b[2Jđỏ.txt": "bad_file_name", "dòng\\nmới.txt": "bad_file_name", "caf\\udce9.txt": "bad_file_name"}
    assert "3  bad_file_name" in cli.stdout
    assert tables["documents"]["source_path"].to_list() == ["good.txt"]


def test_the_cli_ends_with_a_build_report(tmp_path):
    """Pages published, files rejected by reason, rows quarantined by rule with examples; one screen."""
    from test_quarantine import PAGE as TYPO_PAGE  # a page whose own typo breaks a reference

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_bytes(PAGE.encode())
    (raw / "b.txt").write_bytes(PAGE.encode())
    (raw / "c.txt").write_bytes(TYPO_PAGE.encode())
    (raw / "d.pdf").write_bytes(b"%PDF-1.4")
    cli = subprocess.run([sys.executable, "-m", "pipeline", "build", "--raw-dir", str(raw), "--out-dir", str(tmp_path / "out"),
                          "--cache-dir", ""], capture_output=True, text=True)
    assert cli.returncode == 0, cli.stderr
    lines = cli.stdout.splitlines()
    assert "published 2 page(s); rejected 2 file(s); quarantined 2 row(s) and cleared 0 value(s)" in lines
    assert any(re.fullmatch(r"\s+1  duplicate: .*, e\.g\. b\.txt", line) for line in lines), lines
    assert any(re.fullmatch(r"\s+1  unsupported_type: .*, e\.g\. d\.pdf", line) for line in lines), lines
    assert any(re.fullmatch(r"\s+1  date_in_range", line) for line in lines), lines
    assert any("legal_references.issued_date '2019-08-30' (left out; issued in 2019, but the number carries 2014) in c.txt" in line
               for line in lines), lines
    assert len(lines) < 40
