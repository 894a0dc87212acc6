"""Turn a decoded page into blocks: title, body paragraphs, headings, captions, bylines.

Three page shapes are known: scraped text (the ministry's SharePoint pages: furniture lines, a
title, a date line, image file names followed by or glued to their captions), markdown reposts
(setext title, a "Xem chi tiết" source link with a teaser, `![alt](url)` images, bold headings and a
bold byline) and HTML. Each becomes the same `CleanPage`; `documents.text` is its blocks joined by
blank lines, and every offset in the dataset points into that text.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from pipeline.errors import InputError


@dataclass(frozen=True)
class Block:
    kind: str  # title | body | heading | caption | byline (quotes are told apart per sentence)
    text: str
    image: str = ""  # for captions: the image file name or address the caption belongs to


@dataclass
class CleanPage:
    title: str
    published_date: str = ""  # ISO date when the page states one
    source_url: str = ""
    blocks: list[Block] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(b.text for b in self.blocks)


@lru_cache(maxsize=1)
def _furniture() -> tuple[frozenset[str], re.Pattern, re.Pattern, re.Pattern]:
    data = json.loads(resources.files("pipeline.data").joinpath("furniture.json").read_text("utf-8"))
    lines = frozenset(s.casefold() for s in data["lines"])
    patterns = re.compile("|".join(f"(?:{p})" for p in data["line_patterns"]))
    ext = "|".join(data["image_extensions"])
    # An image file name at the start of a line, possibly glued to its caption ("02.26.01.22.jpgThứ …").
    image = re.compile(rf"^(?P<file>[\w.\-%]+\.(?:{ext}))(?P<rest>.*)$", re.IGNORECASE)
    lead = re.compile(r"^(?:" + "|".join(re.escape(p) for p in data["lead_prefixes"]) + r")\s*[-–—:]?\s*")
    return lines, patterns, image, lead


_SPACES = re.compile(r"[ \t]{2,}|\t")  # runs and tabs; a single space (most matches of [ \t]+) stays as it is
# A line that is only the page's date: "26/01/2022", "Thứ tư, 26/01/2022 15:30", "Ngày đăng: 26-01-2022",
# "15:30 26/01/2022" (GMT+7 and the like may follow).
_DATE_LINE = re.compile(
    r"^(?:(?:Ngày đăng|Ngày cập nhật|Cập nhật|Đăng ngày|Ngày)\s*:?\s*)?(?:(?:Thứ\s+\w+|Chủ nhật|\w+)\s*,\s*)?"
    r"(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:AM|PM|SA|CH)?\s*[-|,]?\s*)?"
    r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})"
    r"(?:\s*[-|,]?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:AM|PM|SA|CH)?)?(?:\s*\(?GMT\s*[+-]\d{1,2}\)?)?$", re.IGNORECASE)
_MD_IMAGE = re.compile(r'^!\[(?P<alt>[^\]]*)\]\((?P<url>\S*?)(?:\s+"(?P<title>[^"]*)")?\)\s*(?P<rest>.*)$')
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MD_SOURCE = re.compile(r"^\[:gift:[^\]]*\]\((?P<url>[^)]*)\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_BOLD_LINE = re.compile(r"^\*\*(?P<text>[^*]+)\*\*$")
_UNDERLINE = re.compile(r"^(=+|-+)$")
_MAX_CAPTION = 300  # characters; captions are a sentence or two
_CREDIT = re.compile(r"^(?:Ảnh|Nguồn|Theo|Photo)\s*:", re.IGNORECASE)


def _tidy(line: str) -> str:
    if "  " in line or "\t" in line:  # most lines have nothing to tidy: skip the regex
        line = _SPACES.sub(" ", line)
    return line.strip()


def _is_furniture(line: str) -> bool:
    lines, patterns, _, _ = _furniture()
    return line.casefold() in lines or bool(patterns.search(line))


def _iso_date(match: re.Match) -> str:
    day, month, year = (int(g) for g in match.groups()[:3])
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return ""
    return f"{year:04d}-{month:02d}-{day:02d}"


def clean_text_page(text: str) -> CleanPage:
    """Scraped text: one paragraph a line, furniture and image file names among them."""
    _, _, image, _ = _furniture()
    lines = [line.strip() for line in _SPACES.sub(" ", text).split("\n")]
    lines = [line for line in lines if line and not _is_furniture(line)]
    page = CleanPage(title="")
    pending_image = ""
    for line in lines:
        if not page.title:
            page.title = line
            page.blocks.append(Block("title", line))
            continue
        date = _DATE_LINE.match(line)
        if date and not page.published_date:
            page.published_date = _iso_date(date)
            continue
        img = image.match(line)
        if img:
            rest = img["rest"].strip()
            if rest:
                page.blocks.append(Block("caption", rest, img["file"]))
            else:
                pending_image = img["file"]
            continue
        if pending_image and len(line) <= _MAX_CAPTION:
            # The line after a bare image file name is its caption (a long one is a paragraph: the
            # image had no caption).
            page.blocks.append(Block("caption", line, pending_image))
            pending_image = ""
            continue
        pending_image = ""
        page.blocks.append(Block("body", line))
    return page


def _strip_markdown(line: str) -> str:
    if "[" in line:
        line = _MD_LINK.sub(r"\1", line)
    if "*" in line or "__" in line:
        line = _MD_EMPHASIS.sub(r"\2", line)
    return _tidy(line.replace("\\", ""))


def clean_markdown_page(text: str) -> CleanPage:
    """Markdown reposts: setext title, a source link with a teaser, images with captions."""
    lead = _furniture()[3]
    paragraphs = [lead.sub("", line.strip()) for line in _SPACES.sub(" ", text).split("\n") if line.strip()]
    page = CleanPage(title="")
    pending_image = ""
    for i, line in enumerate(paragraphs):
        if not line or _UNDERLINE.match(line):
            continue
        if not page.title:
            page.title = _strip_markdown(line.lstrip("# "))
            page.blocks.append(Block("title", page.title))
            continue
        source = _MD_SOURCE.match(line)
        if source:
            # The link to the original article, followed by a teaser that repeats the article start.
            page.source_url = source["url"]
            continue
        img = _MD_IMAGE.match(line)
        if img:
            pending_image = img["url"]
            continue
        if _is_furniture(line):
            continue
        bold = _BOLD_LINE.match(line)
        if bold:
            words = bold["text"].split()
            # A short bold line at the end of the article is the author's byline; elsewhere a heading.
            is_last = not any(p for p in paragraphs[i + 1:] if not _is_furniture(p) and not _UNDERLINE.match(p))
            kind = "byline" if is_last and len(words) <= 5 else "heading"
            page.blocks.append(Block(kind, _tidy(bold["text"])))
            pending_image = ""
            continue
        clean = _strip_markdown(line.lstrip("#>-* ").strip() if line.startswith(("#", ">")) else line)
        if not clean:
            continue
        if pending_image and len(clean) <= _MAX_CAPTION:
            page.blocks.append(Block("caption", clean, pending_image))
        elif _CREDIT.match(clean) and len(clean) <= 80:
            page.blocks.append(Block("byline", clean))
        else:
            page.blocks.append(Block("body", clean))
        pending_image = ""
    return page


def clean_html_page(text: str) -> CleanPage:
    """HTML: drop scripts, styles, navigation and footers; keep headings, paragraphs and captions."""
    from selectolax.lexbor import LexborHTMLParser  # imported here: only HTML pages need it

    tree = LexborHTMLParser(text)
    for node in tree.css("script, style, noscript, nav, header, footer, aside, form, iframe, svg, button"):
        node.decompose()
    title_node = tree.css_first("h1") or tree.css_first("title")
    title = _tidy(title_node.text(separator=" ")) if title_node else ""
    root = tree.css_first("article") or tree.css_first("main") or tree.body or tree.root
    page = CleanPage(title="")
    if title:
        page.title = title
        page.blocks.append(Block("title", title))
    if root is None:
        return page
    for node in root.css("h2, h3, h4, p, li, figcaption, blockquote"):
        line = _tidy(node.text(separator=" "))
        if not line or line == title or _is_furniture(line):
            continue
        if node.tag == "figcaption":
            img = node.parent.css_first("img") if node.parent else None
            page.blocks.append(Block("caption", line, (img.attributes.get("src") or "") if img else ""))
        elif node.tag in ("h2", "h3", "h4"):
            page.blocks.append(Block("heading", line))
        else:
            page.blocks.append(Block("body", line))
    if not page.published_date:
        for meta in tree.css("meta"):
            if (meta.attributes.get("property") or meta.attributes.get("name") or "") in ("article:published_time", "date", "pubdate"):
                found = re.match(r"(\d{4})-(\d{2})-(\d{2})", meta.attributes.get("content") or "")
                if found:
                    page.published_date = found.group(0)
                    break
    return page


CLEANERS = {".txt": clean_text_page, ".md": clean_markdown_page, ".html": clean_html_page, ".htm": clean_html_page}


def clean_page(text: str, suffix: str, name: str) -> CleanPage:
    """Clean a decoded page by its file type, or raise InputError naming the file and the reason."""
    cleaner = CLEANERS.get(suffix.lower())
    if cleaner is None:
        raise InputError(name, f"unsupported file type '{suffix or '(none)'}': expected one of {', '.join(sorted(CLEANERS))}", "unsupported_type")
    page = cleaner(text)
    if not any(b.kind != "title" for b in page.blocks):
        raise InputError(name, "no article text found after removing page furniture", "no_text")
    return page
