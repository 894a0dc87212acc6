"""Turn a decoded page into blocks: title, body paragraphs, headings, captions, bylines.

Three page shapes are known: scraped text (the ministry's SharePoint pages: furniture lines, a
title, a date line, image file names followed by or glued to their captions), markdown reposts
(setext title, a "Xem chi tiết" source link with a teaser, `![alt](url)` images, bold headings and a
bold byline) and HTML (pipeline/text/html.py). Each becomes the same `CleanPage` (pipeline/text/blocks.py);
`documents.text` is its blocks joined by blank lines, and every offset in the dataset points into that text.
"""
from __future__ import annotations

import re

from pipeline.errors import InputError
from pipeline.text.blocks import DATE_LINE, LABELLED_DATE_LINE, MAX_CAPTION, Block, CleanPage, collapse_spaces, furniture, is_furniture, iso_date, tidy
from pipeline.text.html import clean_html_page


_MD_IMAGE = re.compile(r'^!\[(?P<alt>[^\]]*)\]\((?P<url>\S*?)(?:\s+"(?P<title>[^"]*)")?\)\s*(?P<rest>.*)$')
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MD_SOURCE = re.compile(r"^\[:gift:[^\]]*\]\((?P<url>[^)]*)\)")
# A line that is nothing but a link to another page, its text or a linked image: the reposts' "related
# articles" under the text ("[Giá vàng, USD vẫn chưa có “bàn đạp” để bứt phá](https://…)"), navigation, not
# what the page reports.
_MD_LINK_LINE = re.compile(r'^\[(?:!\[[^\]]*\]\([^)]*\)|[^\]]*)\]\(https?://[^\s)]+(?:\s+"[^"]*")?\)$')


def _is_navigation(line: str) -> bool:
    """A line of the page's frame, not of its text: furniture, a setext underline, a line that is only a link."""
    return bool(is_furniture(line) or _UNDERLINE.match(line) or _MD_LINK_LINE.match(line))


_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_BOLD_LINE = re.compile(r"^\*\*(?P<text>[^*]+)\*\*$")
_UNDERLINE = re.compile(r"^(=+|-+)$")
# The original's address on a line of its own, labelled or not, or after the outlet's credit ("Theo Báo
# điện tử Chính phủ https://…").
_ORIGIN_LINE = re.compile(r"^(?:(?:Link bài viết gốc|Link bài gốc|Nguồn bài viết|URL)\s*:\s*|(?P<credit>Theo [^,.;:]{3,80}?)\s*)?(?P<url>https?://\S+)$", re.IGNORECASE)
# Credits: photo, source and author lines ("Ảnh: …", "Tác giả: …", "Theo Cổng thông tin điện tử Chính phủ").
_CREDIT = re.compile(r"^(?:(?:Ảnh|Nguồn|Theo|Photo|Tác giả)\s*:|Theo [A-ZĐ][^,.;:]{0,80}$)")


def clean_text_page(text: str) -> CleanPage:
    """Scraped text: one paragraph a line, furniture and image file names among them."""
    _, _, image, _ = furniture()
    lines = [line.strip() for line in collapse_spaces(text).split("\n")]
    lines = [line for line in lines if line and not is_furniture(line)]
    page = CleanPage(title="")
    pending_image = ""
    for line in lines:
        if not page.title:
            page.title = line
            page.blocks.append(Block("title", line))
            continue
        date = DATE_LINE.match(line)
        if date and not page.published_date:
            page.published_date = iso_date(date)
            continue
        img = image.match(line)
        if img:
            rest = img["rest"].strip()
            if rest:
                page.blocks.append(Block("caption", rest, img["file"]))
            else:
                pending_image = img["file"]
            continue
        if pending_image and len(line) <= MAX_CAPTION:
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
    return tidy(line.replace("\\", ""))


def clean_markdown_page(text: str) -> CleanPage:
    """Markdown reposts: setext title, a source link with a teaser, images with captions."""
    lead = furniture()[3]
    paragraphs = [stripped for line in collapse_spaces(text).split("\n") if (stripped := line.strip())]
    # The site's lead ("more(HDDTVN) – Tạo điều kiện … là một trong những mục tiêu … năm 2021.") is printed after the byline, at
    # the foot of the page; it opens the article, framing what the body reports or sets, so it is read right after the title.
    moved = [lead.sub("", line) for line in paragraphs if lead.match(line)]
    if moved:
        paragraphs = [line for line in paragraphs if not lead.match(line)]
        first = next((i for i, line in enumerate(paragraphs) if not _UNDERLINE.match(line)), len(paragraphs))
        paragraphs[first + 1:first + 1] = moved
    page = CleanPage(title="")
    pending_image = ""
    last_text = None  # index of the page's last line that is text (not furniture), found at the first bold line
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
        if _is_navigation(line):
            continue
        # The page's date and the original's address, each a line of its own (bold or not): records of
        # the page, not of what it reports.
        plain = _strip_markdown(line.replace("**", " ").strip("#>-* "))
        date = LABELLED_DATE_LINE.match(plain) or DATE_LINE.match(plain)
        if date:
            page.published_date = page.published_date or iso_date(date)
            continue
        origin = _ORIGIN_LINE.match(plain)
        if origin:
            page.source_url = page.source_url or origin["url"]
            if origin["credit"]:
                page.blocks.append(Block("byline", origin["credit"]))
            continue
        bold = _BOLD_LINE.match(line)
        if bold and _CREDIT.match(plain):
            page.blocks.append(Block("byline", plain))
            continue
        if bold:
            words = bold["text"].split()
            # A short bold line at the end of the article is the author's byline; elsewhere a heading.
            if last_text is None:
                last_text = next((j for j in range(len(paragraphs) - 1, -1, -1)
                                  if paragraphs[j] and not _is_navigation(paragraphs[j])), -1)
            is_last = i >= last_text
            kind = "byline" if is_last and len(words) <= 5 else "heading"
            page.blocks.append(Block(kind, tidy(bold["text"])))
            pending_image = ""
            continue
        clean = _strip_markdown(line.lstrip("#>-* ").strip() if line.startswith(("#", ">")) else line)
        if not clean:
            continue
        if pending_image and len(clean) <= MAX_CAPTION:
            page.blocks.append(Block("caption", clean, pending_image))
        elif _CREDIT.match(clean) and len(clean) <= 80:
            page.blocks.append(Block("byline", clean))
        else:
            page.blocks.append(Block("body", clean))
        pending_image = ""
    return page


CLEANERS = {".txt": clean_text_page, ".md": clean_markdown_page, ".html": clean_html_page, ".htm": clean_html_page}


def unsupported_type(name: str, suffix: str) -> InputError:
    """The error for a file no cleaner reads (web archives are opened before this: pipeline/warc.py)."""
    return InputError(name, f"unsupported file type '{suffix or '(none)'}': expected one of {', '.join(sorted(CLEANERS))}, "
                            "or a web archive (.warc, .warc.gz)", "unsupported_type")


def clean_page(text: str, suffix: str, name: str) -> CleanPage:
    """Clean a decoded page by its file type, or raise InputError naming the file and the reason."""
    cleaner = CLEANERS.get(suffix.lower())
    if cleaner is None:
        raise unsupported_type(name, suffix)
    page = cleaner(text)
    if not any(b.kind != "title" for b in page.blocks):
        raise InputError(name, "no article text found after removing page furniture", "no_text")
    return page
