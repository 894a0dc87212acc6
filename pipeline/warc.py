"""Pages inside a web archive (WARC, ISO 28500, as crawlers such as wget, Heritrix and Browsertrix
write them): each HTML response record is one page.

A record's page is named `<archive path>#<n>`, n the record's place in the archive counting every
record from 1, and its source is the record's target address and capture date (WARC-Date). Records
that are not pages say why: a revisit (the capture repeats an earlier one), a redirect, an HTTP error,
content that is not HTML. Requests, metadata and warcinfo records describe the crawl and are passed
over. Read with warcio (Webrecorder's reader): see the README for the measurements behind the choice.
"""
from __future__ import annotations

from typing import BinaryIO

from pipeline.page import RawPage

SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")
PAGE_RECORDS = ("response", "resource", "revisit")  # the others describe the crawl, not a page


def is_archive(name: str) -> bool:
    return name.lower().endswith(SUFFIXES)


def _refused(name: str, source: dict, reason: str, code: str) -> RawPage:
    return RawPage(name, b"", source, read_error=reason, read_error_code=code)


def _page(record, name: str, source: dict) -> RawPage:
    """The record as a page, or as a page refused with its reason."""
    if record.rec_type == "revisit":
        return _refused(name, source, "a revisit record: the capture repeats an earlier one, whose record holds the page", "warc_revisit")
    http = record.http_headers
    status = http.get_statuscode() if http is not None and record.rec_type == "response" else "200"
    if status.startswith("3"):
        where = http.get_header("Location") or "an address it does not give"
        return _refused(name, source, f"an HTTP redirect ({status}) to {where}, not a page", "warc_redirect")
    if status != "200":
        return _refused(name, source, f"HTTP status {status}: the server sent no page", "warc_http_error")
    content_type = (http.get_header("Content-Type") if http is not None else record.rec_headers.get_header("Content-Type")) or ""
    mime = content_type.split(";")[0].strip().lower()
    if mime not in HTML_TYPES:
        return _refused(name, source, f"not an HTML page ({mime or 'no content type'})", "warc_not_html")
    # content_stream() undoes the transfer's chunking and compression: the page's bytes as served.
    return RawPage(name, record.content_stream().read(), source, format="html")


def pages_of(name: str, stream: BinaryIO, source: dict) -> list[RawPage]:
    """Every page record of the archive `name` (read from `stream`); `source` is the archive's own entry
    in sources.json (a publisher, say), which each page's address and capture date complete. A damaged
    archive keeps the pages read before the damage and adds one refusal naming the place."""
    from warcio.archiveiterator import ArchiveIterator  # imported here: only archives need it

    pages: list[RawPage] = []
    n = 0
    try:
        # check_digests: a record whose bytes do not match its recorded digest is damage, not a page.
        for n, record in enumerate(ArchiveIterator(stream, check_digests="raise"), start=1):
            if record.rec_type not in PAGE_RECORDS:
                continue
            headers = record.rec_headers
            page_source = {**source, "url": headers.get_header("WARC-Target-URI") or "",
                           "captured_at": headers.get_header("WARC-Date") or ""}
            page = _page(record, f"{name}#{n}", page_source)
            missing = 0 if page.read_error else getattr(record.raw_stream, "limit", 0)  # a refused record is not read
            if missing:  # the archive ends inside the record (a download cut short): warcio reads what is there
                raise EOFError(f"record {n} is cut off, {missing:,} of its {record.length:,} bytes missing")
            pages.append(page)
    except Exception as exc:  # noqa: BLE001 - warcio raises several kinds (ArchiveLoadFailed, zlib, EOF) for one cause
        pages.append(_refused(name, source, f"a damaged web archive: from record {n} on it cannot be read ({type(exc).__name__}: {exc})", "bad_archive"))
    return pages
