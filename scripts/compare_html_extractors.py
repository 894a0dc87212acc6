"""Measure main-content extractors on crawled HTML: which one the HTML cleaner (pipeline/text/html.py) uses.

Every source page (the seed, the shared corpus, the portal corpus) is wrapped in each CMS template of
tests/html_templates/ and run through pipeline.page.process_page twice: as its text version (the file
itself) and as HTML, with each candidate as the HTML cleaner. Quality per candidate:
  entities equal  pages whose people, legal references and organisations equal the text version's
  furniture rows  rows whose sentence is not the page's own text but the template's menus, related
                  news, footer, …: sentences, and the rows found in them (people, references,
                  organisations, activities, …)
  text kept       share of the page's paragraphs found in the extracted text
  date right      pages whose published_date is the date put in the template
and the cleaner's time per page (decoded text to CleanPage; the rest of process_page is the same for all).

    .venv/bin/pip install trafilatura==2.3.1 htmldate==1.11.0 lxml_html_clean  # the candidates not in the project
    .venv/bin/python scripts/compare_html_extractors.py [--pages N]   # N source pages per corpus folder
"""
from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from html_templates.fill import entities, furniture_rows, html_pages, source_files  # noqa: E402

from pipeline.page import RawPage, process_page  # noqa: E402
from pipeline.text import clean  # noqa: E402
from pipeline.text.decode import decode_bytes  # noqa: E402

SEED = ROOT / "raw" / "molisa-2022-01-26-cuc-tre-em-tong-ket-2021.txt"
CORPUS = ROOT.parent / "shared" / "corpus"
PORTALS = ROOT.parent / "shared" / "corpus-portals"


def _norm(text: str) -> str:
    return " ".join(text.split())


# --- the candidates: each turns decoded HTML into the CleanPage the rest of the pipeline reads ----------

def selectolax_before(text: str) -> clean.CleanPage:
    """clean_html_page as it was before pipeline/text/html.py: drop nav/header/footer/aside, keep
    h2-h4/p/li/figcaption/blockquote of <article>, <main> or the body; the date from three meta names."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(text)
    for node in tree.css("script, style, noscript, nav, header, footer, aside, form, iframe, svg, button"):
        node.decompose()
    title_node = tree.css_first("h1") or tree.css_first("title")
    title = clean.tidy(title_node.text(separator=" ")) if title_node else ""
    root = tree.css_first("article") or tree.css_first("main") or tree.body or tree.root
    page = clean.CleanPage(title="")
    if title:
        page.title = title
        page.blocks.append(clean.Block("title", title))
    if root is None:
        return page
    for node in root.css("h2, h3, h4, p, li, figcaption, blockquote"):
        line = clean.tidy(node.text(separator=" "))
        if not line or line == title or clean.is_furniture(line):
            continue
        if node.tag == "figcaption":
            img = node.parent.css_first("img") if node.parent else None
            page.blocks.append(clean.Block("caption", line, (img.attributes.get("src") or "") if img else ""))
        elif node.tag in ("h2", "h3", "h4"):
            page.blocks.append(clean.Block("heading", line))
        else:
            page.blocks.append(clean.Block("body", line))
    for meta in tree.css("meta"):
        if (meta.attributes.get("property") or meta.attributes.get("name") or "") in ("article:published_time", "date", "pubdate"):
            found = re.match(r"(\d{4})-(\d{2})-(\d{2})", meta.attributes.get("content") or "")
            if found:
                page.published_date = found.group(0)
                break
    return page


def trafilatura_htmldate(text: str) -> clean.CleanPage:
    """trafilatura's main content (its XML: head, p, list, table, graphic) and metadata; its date is htmldate's."""
    import trafilatura

    doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False, include_images=True,
                                      include_tables=True, deduplicate=False)
    page = clean.CleanPage(title=clean.tidy(doc.title or "") if doc else "")
    if not doc:
        return page
    page.published_date = doc.date or ""
    if page.title:
        page.blocks.append(clean.Block("title", page.title))
    image = ""
    for node in doc.body:
        if node.tag == "graphic":
            image = node.get("src") or ""
            continue
        for line in "".join(node.itertext()).split("\n"):
            line = clean.tidy(line)
            if not line or line == page.title or clean.is_furniture(line):
                continue
            kind = "heading" if node.tag == "head" else "caption" if image and len(line) <= 300 else "body"
            page.blocks.append(clean.Block(kind, line, image if kind == "caption" else ""))
            image = ""
    return page


def resiliparse_htmldate(text: str) -> clean.CleanPage:
    """resiliparse's main-content plain text, one block a line, the title where the <title> is; htmldate's date."""
    import htmldate
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    tree = HTMLTree.parse(text)
    lines = [clean.tidy(x) for x in extract_plain_text(tree, main_content=True, list_bullets=False, comments=False).split("\n")]
    lines = [x for x in lines if x and not clean.is_furniture(x)]
    title = _norm(tree.title or "")
    page = clean.CleanPage(title=title, published_date=htmldate.find_date(text, extensive_search=True, original_date=True) or "")
    page.blocks.append(clean.Block("title", title))
    page.blocks.extend(clean.Block("body", x) for x in lines if x != title)
    return page


def pipeline_html(text: str) -> clean.CleanPage:
    """This project's cleaner: resiliparse's main content, kinds from the markup, the date from metadata."""
    from pipeline.text.html import clean_html_page

    return clean_html_page(text)


CANDIDATES = {
    "selectolax (old clean_html_page)": selectolax_before,
    "trafilatura 2.3.1 + htmldate 1.11.0": trafilatura_htmldate,
    "resiliparse 2.0.0 + htmldate 1.11.0": resiliparse_htmldate,
    "pipeline/text/html.py (resiliparse)": pipeline_html,
}


# --- measuring ---------------------------------------------------------------------------------------

def measure(pages, text_rows, cleaner) -> dict:
    saved = dict(clean.CLEANERS)
    clean.CLEANERS[".html"] = clean.CLEANERS[".htm"] = cleaner
    result = {"pages": 0, "equal": 0, "furniture": 0, "furniture_sentences": 0, "dates": 0, "kept": [], "ms": [], "failed": []}
    try:
        cleaner(decode_bytes(pages[0].html.encode("utf-8"), "x.html").text)  # warm up imports and caches
        for p in pages:
            data = p.html.encode("utf-8")
            decoded = decode_bytes(data, "x.html").text
            start = time.perf_counter()
            cleaned = cleaner(decoded)
            result["ms"].append((time.perf_counter() - start) * 1000)
            result["pages"] += 1
            try:
                rows = process_page(RawPage(name="x.html", data=data, source={}))
            except Exception as exc:  # noqa: BLE001 - a candidate that finds no text is measured, not fatal
                result["failed"].append(f"{p.template} {p.source.name}: {exc}")
                continue
            ok = entities(rows) == text_rows[p.source.name]
            result["equal"] += ok
            furniture = furniture_rows(rows, p.source.text)
            result["furniture_sentences"] += sum(table == "sentences" for table, _ in furniture)
            result["furniture"] += sum(table != "sentences" for table, _ in furniture)
            result["dates"] += rows["documents"][0]["published_date"] == p.published
            text = _norm(cleaned.text)
            own = [_norm(b.text or b.caption) for b in p.source.blocks if (b.text or b.caption)]
            result["kept"].append(sum(x in text for x in own) / max(1, len(own)))
            if not ok:
                result["failed"].append(f"{p.template} {p.source.name}: entities differ")
    finally:
        clean.CLEANERS.clear()
        clean.CLEANERS.update(saved)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=None, help="source pages per corpus folder (default: all)")
    parser.add_argument("--verbose", action="store_true", help="list the pages each candidate gets wrong")
    args = parser.parse_args()
    if not CORPUS.is_dir() or not PORTALS.is_dir():
        print(f"needs the shared corpora at {CORPUS} and {PORTALS}", file=sys.stderr)
        return 2
    sources = source_files(SEED, CORPUS, PORTALS, args.pages)
    pages = html_pages(sources)
    text_rows = {s.name: entities(process_page(RawPage(name=s.name, data=s.read_bytes(), source={}))) for s in sources}
    print(f"{len(sources)} source pages x {len(pages) // len(sources)} templates = {len(pages)} HTML pages, "
          f"{statistics.mean(len(p.html) for p in pages) / 1000:.0f} kB on average\n")
    print("| candidate | entities equal | furniture sentences | furniture rows found in them | text kept | date right | median ms/page | mean ms/page |")
    print("|---|---|---|---|---|---|---|---|")
    for name, cleaner in CANDIDATES.items():
        try:
            r = measure(pages, text_rows, cleaner)
        except ImportError as exc:
            print(f"| {name} | not installed ({exc.name}) | | | | | | |")
            continue
        n = r["pages"]
        print(f"| {name} | {r['equal']}/{n} | {r['furniture_sentences']} | {r['furniture']} | {statistics.mean(r['kept']) * 100:.1f}% | "
              f"{r['dates']}/{n} | {statistics.median(r['ms']):.1f} | {statistics.mean(r['ms']):.1f} |")
        if args.verbose:
            for line in r["failed"]:
                print(f"    {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
