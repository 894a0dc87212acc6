"""HTML pages: resiliparse finds the article, the page's markup says what each of its lines is.

Crawled ministry and provincial portals wrap a few paragraphs in hundreds of lines of furniture:
ribbons, mega-menus listing every unit, related news naming people and decrees, footers naming the
official responsible. resiliparse's main-content extraction (chosen with scripts/compare_html_extractors.py)
drops those, and the lines it keeps become the page's blocks. What each line is comes from the element
that holds it, read with selectolax (resiliparse's own DOM is slow to iterate from Python: about 0.3 ms
an element): h2–h6 and bold-only paragraphs are headings; figcaption, a caption class, the text cell
of an image table and an italic line under a photo are captions; a last short bold or right-aligned
line is the byline. The title is the first h1 or CMS title element the article keeps, and what comes
before it is the site's header. The date comes from the page's metadata, else from the short line
under the title that shows it.
"""
from __future__ import annotations

import json
import re

from resiliparse.extract.html2text import extract_plain_text
from resiliparse.parse.html import HTMLTree
from selectolax.lexbor import LexborHTMLParser, LexborNode

from pipeline.text.blocks import DATE_LINE, MAX_CAPTION, Block, CleanPage, is_furniture, iso_date, tidy

# Metadata naming the publication date: Open Graph article, schema.org microdata, Dublin Core, news CMSs.
_DATE_META = frozenset({
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
    "date", "dc.date", "dc.date.issued", "dcterms.issued", "dcterms.created", "citation_publication_date",
    "sailthru.date", "parsely-pub-date",
})
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# A short line that starts with a date's label, a weekday, a time or a date, and shows the date further on:
# "Ngày đăng: 26/01/2022 Lượt xem: 1.245", "Cập nhật lúc 08:30 ngày 12/03/2022", "26/01/2022 15:30 | 1.245 lượt xem".
# (A heading that cites a document of a given date, "Kết luận số 157-KL/TW ngày 25/5/2025", is no date line.)
_DATE_LABEL = re.compile(r"^(?:(?:Ngày|Thời gian|Giờ) (?:đăng|cập nhật|xuất bản)|Cập nhật|Đăng ngày|Đăng lúc|Ngày|"
                         r"Thứ (?:hai|ba|tư|năm|sáu|bảy|[2-7])\b|Chủ nhật|\d{1,2}:\d{2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4})",
                         re.IGNORECASE)
_DATE_IN_LINE = re.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)")
_DATE_LINE_MAX = 120  # characters; a longer line is a paragraph that cites a date
_BYLINE_WORDS = 5
_CAPTION_CLASS = re.compile(r"caption|desc|image|photo|img", re.IGNORECASE)  # PhotoCMS_Caption, image_desc, …
_SAPO_CLASS = re.compile(r"sapo|lead|summary|intro|description|chapeau", re.IGNORECASE)  # a bold lead is body text
_TITLE_CLASS = re.compile(r"title|headline|tieu-?de", re.IGNORECASE)
_RIGHT = re.compile(r"text-align\s*:\s*right", re.IGNORECASE)
_BLOCKS = frozenset({"p", "div", "td", "th", "li", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "blockquote",
                     "section", "article", "dd", "dt", "body"})


def clean_html_page(text: str) -> CleanPage:
    """Crawled HTML: the article's lines as blocks, with its title, its date and what each line is."""
    markup = LexborHTMLParser(text)
    page = CleanPage(title="")
    if markup.body is None:
        return page
    # Images are skipped: their alt texts repeat the title or the caption. (alt_texts=False would be the
    # obvious way, but resiliparse then drops figure captions too.)
    extracted = extract_plain_text(HTMLTree.parse(text), preserve_formatting=True, main_content=True, list_bullets=False,
                                   alt_texts=True, links=False, form_fields=False, noscript=False, comments=False,
                                   skip_elements=["img"])
    lines = [line for line in (tidy(x) for x in extracted.split("\n")) if line]
    meta_title = _meta_title(markup)
    at = _title_line(lines, _title_candidates(markup), meta_title)
    page.title = lines[at] if at is not None else meta_title
    if page.title:
        page.blocks.append(Block("title", page.title))
    header: list[str] = []
    if at is not None:
        # Before the title: the site's header (breadcrumbs, today's date, the section's name), short lines.
        header = [line for line in lines[:at] if len(line) <= _DATE_LINE_MAX]
        lines = [line for line in lines[:at] if len(line) > _DATE_LINE_MAX] + lines[at + 1:]
    kinds = _line_kinds(markup)
    visible_date = ""
    body: list[tuple[str, str, str]] = []
    for line in lines:
        if not body and not visible_date and len(line) <= _DATE_LINE_MAX:
            # The short lines between the title and the first paragraph show the date, views, font size.
            visible_date = _date_in(line)
            if visible_date:
                continue
        if line == page.title or is_furniture(line):
            continue
        kind, image = kinds.get(_norm(line), ("body", ""))
        body.append((kind, line, image))
    for i, (kind, line, image) in enumerate(body):
        if kind in ("bold", "right") and i == len(body) - 1 and len(line.split()) <= _BYLINE_WORDS:
            page.blocks.append(Block("byline", line))
        elif kind == "bold" and len(line) <= MAX_CAPTION:
            page.blocks.append(Block("heading", line))
        elif kind in ("heading", "caption"):
            page.blocks.append(Block(kind, line, image))
        else:
            page.blocks.append(Block("body", line))
    # Else the date shown just above the title (a header's "today" is further up, above the breadcrumbs).
    page.published_date = _meta_date(markup) or visible_date or (_date_in(header[-1]) if header else "")
    return page


def _date_in(line: str) -> str:
    """The ISO date a short line shows ("Thứ tư, 26/01/2022 15:30", "Ngày đăng: 26/01/2022 | Lượt xem: 9"), or ""."""
    date = DATE_LINE.match(line) or (_DATE_IN_LINE.search(line) if _DATE_LABEL.match(line) else None)
    return iso_date(date) if date else ""


def _norm(text: str) -> str:
    return " ".join(text.split())


def _class(node: LexborNode) -> str:
    return node.attributes.get("class") or ""


def _title_candidates(tree: LexborHTMLParser) -> list[str]:
    """Texts that may be the article's title, the likeliest first: h1s, then elements of a title class."""
    nodes = tree.css("h1") + [n for n in tree.body.css("[class]") if _TITLE_CLASS.search(_class(n))]
    return [t for t in (_norm(n.text()) for n in nodes) if t and len(t) <= MAX_CAPTION]


def _title_line(lines: list[str], candidates: list[str], meta_title: str) -> int | None:
    """Where the article's title is among its lines: the first candidate that the page's <title> or
    og:title names (a site's logo can be its h1 too), else the first candidate the article keeps."""
    kept = [c for c in candidates if c in lines]
    named = [c for c in kept if meta_title and (c in meta_title or meta_title in c)]
    best = (named or kept or [None])[0]
    return lines.index(best) if best is not None else None


def _meta_title(tree: LexborHTMLParser) -> str:
    """The title a page's metadata gives, for an article that shows none."""
    for meta in tree.css('meta[property="og:title"], meta[name="title"]'):
        if _norm(meta.attributes.get("content") or ""):
            return _norm(meta.attributes["content"])
    title = tree.css_first("title")
    return _norm(title.text()) if title else ""


def _line_kinds(tree: LexborHTMLParser) -> dict[str, tuple[str, str]]:
    """What the markup says a line of text is: (heading | caption | bold | right, the caption's image)."""
    kinds: dict[str, tuple[str, str]] = {}

    def mark(node: LexborNode, kind: str, image: str = "") -> None:
        text = _norm(node.text())
        if text:
            kinds.setdefault(text, (kind, image))

    body = tree.body
    for node in body.css("figcaption"):
        figure = node.parent
        while figure is not None and figure.tag != "figure":
            figure = figure.parent
        mark(node, "caption", _image_in(figure))
    for table in body.css("table"):
        image = _image_in(table)
        if image and len(table.css("tr")) <= 3:  # an image table: the photo, then its caption
            for cell in table.css("td, th"):
                if cell.css_first("img") is None:
                    mark(cell, "caption", image)
    for node in body.css("p[class], div[class], span[class], td[class]"):
        cls = _class(node)
        if _CAPTION_CLASS.search(cls) and not _SAPO_CLASS.search(cls) and not _has_blocks(node):
            image = _image_in(node) or _image_before(node)
            if image and len(_norm(node.text())) <= MAX_CAPTION:
                mark(node, "caption", image)
    for node in body.css("h2, h3, h4, h5, h6"):
        if not _SAPO_CLASS.search(_class(node)):
            mark(node, "heading")
    for block, tag in _emphasised_blocks(body):
        if tag == "b" and not _SAPO_CLASS.search(_class(block)):
            mark(block, "right" if _right_aligned(block) else "bold")
        elif tag == "em" and _image_before(block) and len(_norm(block.text())) <= MAX_CAPTION:
            mark(block, "caption", _image_before(block))  # an italic line under a photo is its caption
    for node in body.css("em, i"):
        image = _image_before(node)
        if image and len(_norm(node.text())) <= MAX_CAPTION:  # … also a run of its own after <img><br>
            mark(node, "caption", image)
    for node in body.css("[style], [align]"):
        if _right_aligned(node):
            mark(node, "right")
    return kinds


def _emphasised_blocks(body: LexborNode) -> list[tuple[LexborNode, str]]:
    """Blocks (paragraphs, cells, …) all of whose text is bold, or all italic: (block, "b" or "em")."""
    runs: dict[int, tuple[LexborNode, str, list[str]]] = {}
    for node in body.css("strong, b, em, i"):
        block = node.parent
        while block is not None and block.tag not in _BLOCKS:
            if block.tag in ("strong", "b", "em", "i"):
                break  # inside another run: counted with it
            block = block.parent
        if block is None or block.tag not in _BLOCKS:
            continue
        tag = "b" if node.tag in ("strong", "b") else "em"
        runs.setdefault(block.mem_id, (block, tag, []))[2].append(node.text())
    out = []
    for block, tag, texts in runs.values():
        if "".join(texts).split() and "".join("".join(texts).split()) == "".join(block.text().split()):
            out.append((block, tag))
    return out


def _right_aligned(node: LexborNode) -> bool:
    return bool(_RIGHT.search(node.attributes.get("style") or "")) or (node.attributes.get("align") or "").lower() == "right"


def _image_in(node: LexborNode | None) -> str:
    img = node.css_first("img") if node is not None else None
    return (img.attributes.get("src") or "") if img is not None else ""


def _has_blocks(node: LexborNode) -> bool:
    """Whether paragraphs or divisions sit inside the node (selectolax's css() includes the node itself)."""
    return any(n.mem_id != node.mem_id for n in node.css("p, div"))


def _image_before(node: LexborNode) -> str:
    """The photo just above a block or a run: the previous element, when it holds an image and no text."""
    before = node.prev
    while before is not None and (before.tag == "br" or before.tag == "-text" and not before.text().strip()):
        before = before.prev
    if before is None or before.tag == "-text" or _norm(before.text()):
        return ""
    return (before.attributes.get("src") or "") if before.tag == "img" else _image_in(before)


def _meta_date(tree: LexborHTMLParser) -> str:
    """The publication date the page's metadata gives: meta tags, microdata, JSON-LD."""
    for node in tree.css("meta[content]"):
        attrs = node.attributes
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        found = _iso(attrs.get("content") or "") if key in _DATE_META else ""
        if found:
            return found
    for node in tree.css('[itemprop="datePublished"]'):
        found = _iso(node.attributes.get("datetime") or node.attributes.get("content") or _norm(node.text()))
        if found:
            return found
    for node in tree.css('script[type="application/ld+json"]'):
        try:
            found = _iso(_json_date(json.loads(node.text())))
        except (ValueError, RecursionError):  # broken or absurdly nested JSON: no date from it
            continue
        if found:
            return found
    return ""


def _iso(value: str) -> str:
    """The date at the start of an ISO timestamp ("2022-01-26T15:30:00+07:00"), when it is a real day."""
    found = _ISO_DATE.match(value.strip())
    if found is None:
        return ""
    year, month, day = (int(g) for g in found.groups())
    return found.group(0) if 1 <= month <= 12 and 1 <= day <= 31 and year >= 1900 else ""


def _json_date(data) -> str:
    """datePublished anywhere in a JSON-LD document (a list, an @graph, a nested NewsArticle)."""
    if isinstance(data, dict):
        if isinstance(data.get("datePublished"), str):
            return data["datePublished"]
        data = list(data.values())
    if isinstance(data, list):
        for item in data:
            found = _json_date(item)
            if found:
                return found
    return ""
