"""The package's landing page (index.html) and data card (README.md), as a person opens them.

A built package is copied aside (the session's seed build stays untouched for the byte-for-byte tests),
then index.html and README.md are written with pipeline.site / pipeline.datacard unless the build
already wrote them (once publish() writes them, these tests check what publish() wrote). The page is
opened in headless Chromium over file://: every link must point to a file of the package, each preview
must equal the first rows of its CSV, nothing may load from elsewhere, and text from the data must be
shown as text, never run as markup.
"""
from __future__ import annotations

import csv
import json
import shutil
import zipfile
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from conftest import need_chromium
from pipeline.datacard import render_datacard
from pipeline.site import MAX_GRAPH_NODES, PREVIEW_ROWS, render_index

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]

ESCAPE_PAGE = (
    "Bộ Tài chính ban hành Thông tư <script>window.__pwned = 2</script>\n\n"
    "Bộ Tài chính đã ban hành Thông tư số 38/2015/TT-BTC. <script>window.__pwned = 1</script> và <b>bold</b>.\n"
)


def _descriptor(folder: Path) -> dict:
    return json.loads((folder / "datapackage.json").read_text("utf-8"))


def _archive_name(descriptor: dict) -> str:
    return f"{descriptor['name']}-{descriptor['version']}.zip"


def _site(folder: Path) -> Path:
    """index.html and README.md of the package, written here when the build did not write them."""
    descriptor = _descriptor(folder)
    if not (folder / "README.md").exists():
        (folder / "README.md").write_text(render_datacard(descriptor), encoding="utf-8")
    if not (folder / "index.html").exists():
        archive = _archive_name(descriptor)
        (folder / "index.html").write_text(render_index(folder, descriptor, archive), encoding="utf-8")
        # Until publish() writes the archive beside index.html, stand in a dummy zip so the link check
        # below tests the page's links rather than the missing integration. When publish() writes
        # index.html itself, no dummy is made: its archive link must then resolve to the real file.
        if not (folder / archive).exists():
            with zipfile.ZipFile(folder / archive, "w") as z:
                z.writestr("README.txt", "placeholder written by tests/test_site.py")
    return folder / "index.html"


def _csv_head(path: Path, n: int = PREVIEW_ROWS) -> tuple[list[str], list[list[str]], int]:
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    # An HTML parser turns CR and CRLF into LF; the cleaned text has none, but compare as a browser shows it.
    norm = [[c.replace("\r\n", "\n").replace("\r", "\n") for c in r] for r in rows]
    return norm[0], norm[1:n + 1], len(rows) - 1


def _tables(descriptor: dict) -> list[str]:
    return [r["name"] for r in descriptor["resources"] if r.get("type") == "table"]


@pytest.fixture(scope="module")
def site(seed_build, tmp_path_factory) -> Path:
    """The seed package, copied aside so that adding the page leaves the session's build as it was."""
    folder = tmp_path_factory.mktemp("site") / "datapackage"
    shutil.copytree(seed_build, folder)
    _site(folder)
    return folder


@pytest.fixture(scope="module")
def escape_site(tmp_path_factory) -> Path:
    """A package built from one page whose text holds markup."""
    from pipeline.build import build

    raw = tmp_path_factory.mktemp("escape-raw")
    (raw / "escape.txt").write_text(ESCAPE_PAGE, encoding="utf-8")
    out = tmp_path_factory.mktemp("escape") / "datapackage"
    assert build(raw, out, cache_dir=None, workers=1).success
    _site(out)
    return out


@pytest.fixture(scope="module")
def browser(site, escape_site):
    """Headless Chromium; the packages are built first, outside Playwright's event loop."""
    chromium = need_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(chromium), headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


def _open(browser, index: Path):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(index.as_uri(), wait_until="load")
    return page, requests


# ---------------------------------------------------------------------------------------------- no browser

def test_renderers_are_deterministic(site):
    descriptor = _descriptor(site)
    archive = _archive_name(descriptor)
    assert render_index(site, descriptor, archive) == render_index(site, descriptor, archive)
    assert render_datacard(descriptor) == render_datacard(descriptor)


def test_datacard_covers_tables_joins_categories_and_loading(site):
    descriptor = _descriptor(site)
    card = render_datacard(descriptor)
    from pipeline.extract.vocabulary import data_json

    assert card.startswith(f"# {descriptor['title']}")
    assert "```mermaid\nerDiagram" in card
    for name in _tables(descriptor):
        assert f"### `{name}`" in card
    assert "organisations |o--o{ organisations" in card  # the parent self-join
    for category in data_json("commitments.json")["category_descriptions"]:
        assert f"| `{category}` |" in card
    for needle in ("python3 project.py build", "pl.read_parquet", "pd.read_parquet", "FROM 'data/tasks.parquet'",
                   "arrow::read_parquet", descriptor["version"], descriptor["created"][:4], "CC-BY-4.0"):
        assert needle in card


def test_graph_is_limited(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    with (data / "organisations.csv").open("w", newline="", encoding="utf-8") as handle:
        w = csv.writer(handle)
        w.writerow(["organisation_id", "name", "abbreviation", "name_en", "org_type", "parent_organisation_id", "source"])
        for i in range(100):
            w.writerow([f"org-{i:03d}", f"Cục số {i:03d}", "", "", "department", "org-000" if i else "", "discovered"])
    with (data / "participants.csv").open("w", newline="", encoding="utf-8") as handle:
        w = csv.writer(handle)
        w.writerow(["participant_id", "document_id", "person_name", "title", "organisation_id"])
        for i in range(40):
            w.writerow([f"d-p{i:02d}", "d", f"Người {i:02d}", "Cục trưởng", f"org-{99 - i:03d}"])
    page = render_index(tmp_path, {"name": "x", "resources": []}, "x.zip")
    svg = page[page.index("<svg"):page.index("</svg>")]
    assert svg.count("<circle") + svg.count("<rect") <= MAX_GRAPH_NODES
    assert "Truncated" in page


# ---------------------------------------------------------------------------------------------- browser

def test_links_resolve_and_nothing_loads_from_elsewhere(browser, site):
    page, requests = _open(browser, site / "index.html")
    try:
        hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
        assert hrefs
        descriptor = _descriptor(site)
        for href in ("datapackage.json", "README.md", _archive_name(descriptor)):
            assert href in hrefs, f"no link to {href}"
        for name in _tables(descriptor):
            assert f"data/{name}.csv" in hrefs and f"data/{name}.parquet" in hrefs
        for href in sorted(set(hrefs)):
            parts = urlsplit(href)
            if href.startswith("#"):
                assert page.locator(f'[id="{href[1:]}"]').count() == 1, f"no element for {href}"
                continue
            assert not parts.scheme and not parts.netloc, f"link leaves the package: {href}"
            target = (site / unquote(parts.path)).resolve()
            assert target.is_relative_to(site.resolve()) and target.is_file(), f"{href} does not resolve to a file"
        assert all(url.startswith("file://") for url in requests), requests
        assert page.locator("script").count() == 0
        assert page.locator("link[rel=stylesheet], img, iframe").count() == 0
        page.screenshot(path=str(site.parent / "index.png"))
    finally:
        page.close()


def test_previews_equal_the_first_csv_rows(browser, site):
    page, _ = _open(browser, site / "index.html")
    try:
        for name in _tables(_descriptor(site)):
            header, rows, count = _csv_head(site / "data" / f"{name}.csv")
            assert page.locator(f"section#{name}").count() == 1
            table = page.locator(f'table.preview[data-table="{name}"]')
            assert table.count() == 1, f"no preview for {name}"
            shown_header, shown_rows = table.evaluate(
                "t => [Array.from(t.tHead.rows[0].cells, c => c.textContent),"
                " Array.from(t.tBodies[0].rows, r => Array.from(r.cells, c => c.textContent))]")
            assert shown_header == header, name
            assert shown_rows == rows, name
            assert page.locator(f"section#{name} p.meta strong").first.text_content() == str(count)
        graph = page.locator("#organisation-graph svg")
        assert graph.count() == 1
        people = [r[2] for r in _csv_head(site / "data" / "participants.csv", 10**6)[1]]
        svg_text = graph.text_content()
        assert all(person in svg_text for person in people)
    finally:
        page.close()


def test_text_from_the_data_is_shown_not_run(browser, escape_site):
    documents = (escape_site / "data" / "documents.csv").read_text("utf-8")
    assert "<script>window.__pwned = 1</script>" in documents, "the pipeline no longer keeps the markup as text"
    page, requests = _open(browser, escape_site / "index.html")
    try:
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert page.locator("script").count() == 0
        assert page.locator("main b").count() == 0
        body = page.locator("body").inner_text()
        assert "<script>" in body
        assert "<script>window.__pwned = 1</script> và <b>bold</b>" in body
        assert all(url.startswith("file://") for url in requests), requests
    finally:
        page.close()
