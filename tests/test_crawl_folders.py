"""Crawls as they come: a tree of folders as a crawler saves a site, and web archives (WARC) holding
many pages each. Inputs are written here: the archive by warcio, the library the pipeline reads it with."""
from __future__ import annotations

import gzip
import html
import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conftest import SEED, read_package
from pipeline.build import build
from pipeline.page import RawPage, process_page

SEED_TEXT = SEED.read_text("utf-8")
SECOND = ("Bộ Tài chính tổ chức hội nghị tổng kết\n\n"
          "Thứ trưởng Bộ Tài chính Vũ Thị Mai chủ trì hội nghị. Tổng cục Hải quan đã triển khai Thông tư số 38/2015/TT-BTC "
          "và Nghị định số 08/2015/NĐ-CP ngày 21/01/2015 của Chính phủ.\n\n"
          "Năm 2022, Tổng cục Hải quan tiếp tục đẩy mạnh cải cách thủ tục hành chính.\n")


def _html(text: str, published: str) -> bytes:
    """A page as a ministry's site serves it: menu and footer around the article, the date in a meta tag."""
    title, *paragraphs = [p for p in text.split("\n") if p.strip()]
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f'<meta property="article:published_time" content="{published}T08:00:00+07:00"></head><body>'
            f'<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li></ul></nav>'
            f'<article><h1>{html.escape(title)}</h1>{body}</article>'
            f'<footer><p>Cổng thông tin điện tử. Bản quyền thuộc về cơ quan chủ quản.</p></footer></body></html>').encode("utf-8")


def _pages_of(text: str) -> dict[str, set]:
    rows = process_page(RawPage("page.txt", text.encode("utf-8"), {}))
    return {"people": {r["person_name"] for r in rows["participants"]},
            "references": {r["reference_id"] for r in rows["legal_references"]}}


def test_a_tree_of_folders_builds_with_paths_from_the_raw_folder(tmp_path):
    raw = tmp_path / "raw"
    (raw / "site" / "2022" / "01").mkdir(parents=True)
    (raw / "site" / "2022" / "02").mkdir(parents=True)
    (raw / "site" / "2022" / "01" / "cuc-tre-em.txt").write_text(SEED_TEXT, "utf-8")
    (raw / "site" / "2022" / "02" / "hai-quan.html").write_bytes(_html(SECOND, "2022-02-10"))
    (raw / "site" / "2022" / "02" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (raw / ".git").mkdir()  # hidden folders are not walked
    (raw / ".git" / "HEAD.txt").write_text("ref: refs/heads/main\n")
    (raw / "sources.json").write_text(json.dumps({"sources": [
        {"file": "site/2022/01/cuc-tre-em.txt", "published_date": "2022-01-26", "publisher": "Bộ LĐTBXH"}]}), "utf-8")
    out = tmp_path / "out"
    assert build(raw, out, cache_dir=None, workers=1).success
    tables = read_package(out)
    documents = {r["source_path"]: r for r in tables["documents"].iter_rows(named=True)}
    assert sorted(documents) == ["site/2022/01/cuc-tre-em.txt", "site/2022/02/hai-quan.html"]
    assert documents["site/2022/01/cuc-tre-em.txt"]["publisher"] == "Bộ LĐTBXH"  # sources.json keyed by the path
    assert str(documents["site/2022/02/hai-quan.html"]["published_date"]) == "2022-02-10"
    assert dict(zip(tables["rejections"]["source_path"], tables["rejections"]["reason_code"])) == {"site/2022/02/logo.png": "unsupported_type"}
    people = tables["participants"].group_by("document_id").agg("person_name")
    assert "Vũ Thị Mai" in people.explode("person_name")["person_name"].to_list()


def _record(writer: WARCWriter, url: str, payload: bytes, status: str = "200 OK", content_type: str = "text/html; charset=utf-8",
            date: str = "2025-08-20T03:14:15Z", extra: list | None = None, kind: str = "response"):
    headers = StatusAndHeaders(status, [("Content-Type", content_type), *(extra or [])], protocol="HTTP/1.1")
    record = writer.create_warc_record(url, kind, payload=io.BytesIO(payload), http_headers=headers,
                                       warc_headers_dict={"WARC-Date": date})
    writer.write_record(record)
    return record


def _archive(path: Path) -> None:
    """A small crawl: warcinfo, a request, two pages, the second page again under another address, an
    image, a redirect, a 404 and a revisit."""
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test crawler", "format": "WARC File Format 1.1"}))
        request = StatusAndHeaders("GET /tin-tuc/cuc-tre-em HTTP/1.1", [("Host", "molisa.gov.vn")], is_http_request=True)
        writer.write_record(writer.create_warc_record("https://molisa.gov.vn/tin-tuc/cuc-tre-em", "request", http_headers=request))
        _record(writer, "https://molisa.gov.vn/tin-tuc/cuc-tre-em", _html(SEED_TEXT, "2022-01-26"), date="2022-01-27T01:02:03Z")  # record 3
        first = _record(writer, "https://customs.gov.vn/tin-tuc/hai-quan", _html(SECOND, "2022-02-10"))  # record 4
        _record(writer, "https://customs.gov.vn/tin-tuc/hai-quan?print=1", _html(SECOND, "2022-02-10"))  # 5: the same page
        _record(writer, "https://customs.gov.vn/logo.png", b"\x89PNG\r\n\x1a\n", content_type="image/png")  # 6
        _record(writer, "https://customs.gov.vn/old", b"", status="301 Moved Permanently",
                extra=[("Location", "https://customs.gov.vn/tin-tuc/hai-quan")])  # 7
        _record(writer, "https://customs.gov.vn/missing", b"<html><body>Not found</body></html>", status="404 Not Found")  # 8
        revisit = writer.create_revisit_record("https://customs.gov.vn/tin-tuc/hai-quan", first.rec_headers.get_header("WARC-Payload-Digest"),
                                               "https://customs.gov.vn/tin-tuc/hai-quan", "2025-08-20T03:14:15Z")
        writer.write_record(revisit)  # 9


def test_a_web_archive_gives_one_page_per_html_response(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    _archive(raw / "crawl.warc.gz")
    out = tmp_path / "out"
    assert build(raw, out, cache_dir=None, workers=1).success
    tables = read_package(out)
    documents = {r["source_path"]: r for r in tables["documents"].iter_rows(named=True)}
    assert sorted(documents) == ["crawl.warc.gz#3", "crawl.warc.gz#4"]
    seed = documents["crawl.warc.gz#3"]
    assert (seed["source_url"], seed["captured_at"], seed["source_format"]) == (
        "https://molisa.gov.vn/tin-tuc/cuc-tre-em", "2022-01-27T01:02:03Z", "html")
    assert str(seed["published_date"]) == "2022-01-26"  # the page's own date, not the capture's
    codes = dict(zip(tables["rejections"]["source_path"], tables["rejections"]["reason_code"]))
    assert codes == {"crawl.warc.gz#5": "duplicate", "crawl.warc.gz#6": "warc_not_html", "crawl.warc.gz#7": "warc_redirect",
                     "crawl.warc.gz#8": "warc_http_error", "crawl.warc.gz#9": "warc_revisit"}
    reasons = dict(zip(tables["rejections"]["source_path"], tables["rejections"]["reason"]))
    assert "image/png" in reasons["crawl.warc.gz#6"] and "https://customs.gov.vn/tin-tuc/hai-quan" in reasons["crawl.warc.gz#7"]
    # A page from the archive yields what its text does.
    for path, text in (("crawl.warc.gz#3", SEED_TEXT), ("crawl.warc.gz#4", SECOND)):
        doc_id = documents[path]["document_id"]
        expected = _pages_of(text)
        assert set(tables["participants"].filter(document_id=doc_id)["person_name"]) == expected["people"]
        assert set(tables["legal_references"].filter(document_id=doc_id)["reference_id"]) == expected["references"]
    assert expected["references"] == {"38/2015/TT-BTC", "08/2015/NĐ-CP"}


def test_an_uncompressed_archive_and_a_damaged_one(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    _archive(tmp_path / "crawl.warc.gz")
    (raw / "plain.warc").write_bytes(gzip.decompress((tmp_path / "crawl.warc.gz").read_bytes()))
    whole = (tmp_path / "crawl.warc.gz").read_bytes()
    (raw / "cut.warc.gz").write_bytes(whole[: len(whole) * 2 // 3])  # a download that stopped part-way
    out = tmp_path / "out"
    assert build(raw, out, cache_dir=None, workers=1).success
    tables = read_package(out)
    paths = tables["documents"]["source_path"].to_list()
    assert "plain.warc#3" in paths or "cut.warc.gz#3" in paths  # the seed page, from one archive or the other
    codes = dict(zip(tables["rejections"]["source_path"], tables["rejections"]["reason_code"]))
    assert codes["cut.warc.gz"] == "bad_archive"
    assert "from record" in dict(zip(tables["rejections"]["source_path"], tables["rejections"]["reason"]))["cut.warc.gz"]
    published_or_rejected = set(paths) | set(codes)
    assert {f"plain.warc#{n}" for n in range(3, 10)} <= published_or_rejected
