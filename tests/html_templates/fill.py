"""Real page texts wrapped in the templates of three Vietnamese government CMSs, as crawled HTML.

A source page (the seed's scraped text, a markdown repost, a portal article) is split here into a
title and blocks with simple code of its own, never with the pipeline's cleaner, so the tests compare
the pipeline's HTML path with its text path on the same words. Each template (a file beside this one)
carries its site's furniture: menus naming real units, related news naming people and legal
documents, footers naming the official responsible and the licence, cookie banners, share bars. The
placeholders are {{title}}, {{lead}}, {{body}}, {{date_dmy}}, {{weekday}}, {{date_iso}},
{{modified_iso}} and {{header_date}} (the day the page was crawled, shown in some headers).
"""
from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEMPLATES = ("sharepoint_ministry", "provincial_portal", "news_site")
WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")

# How each CMS marks up a paragraph, a bold heading, an image with its caption and the author line.
MARKUP = {
    "sharepoint_ministry": {
        "body": '<div style="text-align: justify;">{html}</div>',
        "heading": '<div style="text-align: justify;"><strong>{html}</strong></div>',
        "image": '<div style="text-align: center;"><img alt="" src="/tintuc/PublishingImages/2022/{src}" style="width: 600px; height: 400px;" /></div>',
        "caption": '<div style="text-align: center;"><em>{html}</em></div>',
        "byline": '<div style="text-align: right;"><strong>{html}</strong></div>',
    },
    "provincial_portal": {
        "lead": '<div class="news-sapo"><strong>{html}</strong></div>',
        "body": '<p style="text-align: justify;">{html}</p>',
        "heading": '<p style="text-align: justify;"><strong>{html}</strong></p>',
        "image": '<table class="image" align="center"><tbody><tr><td><img src="/documents/20143/0/{src}" width="600" /></td></tr>'
                 '<tr><td class="image_desc">{caption}</td></tr></tbody></table>',
        "byline": '<p style="text-align: right;"><strong>{html}</strong></p>',
    },
    "news_site": {
        "lead": "{html}",
        "body": "<p>{html}</p>",
        "heading": "<h2>{html}</h2>",
        "image": '<figure class="VCSortableInPreviewMode" type="Photo"><div><img src="https://bcp.cdnchinhphu.vn/{src}" alt="{alt}" width="800" /></div>'
                 '<figcaption class="PhotoCMS_Caption"><p data-placeholder="[nhập chú thích]">{caption}</p></figcaption></figure>',
        "byline": '<p style="text-align: right;"><strong>{html}</strong></p>',
    },
}


@dataclass
class SourceBlock:
    kind: str  # body | heading | image | byline
    html: str = ""  # inline markup kept (links, bold)
    text: str = ""  # what a reader sees
    src: str = ""  # images: the file or address
    caption: str = ""  # images: the caption's text (may be empty)


@dataclass
class SourcePage:
    name: str
    title: str
    blocks: list[SourceBlock] = field(default_factory=list)

    @property
    def text(self) -> str:
        """All the words of the page, to tell them from the template's."""
        parts = [self.title] + [b.text or b.caption for b in self.blocks]
        return "\n".join(p for p in parts if p)


# --- splitting the sources -------------------------------------------------------------------------

_SCRAPED_CHROME = {"Skip Ribbon Commands", "Skip to main content", "Sign In", "Xem"}  # the seed scrape kept these
_DATE_ONLY = re.compile(r"^\d{1,2}/\d{1,2}/\d{4}$")
_IMAGE_FILE = re.compile(r"^(\S+?\.(?:jpg|jpeg|png|gif))(.*)$", re.IGNORECASE)
_MD_IMAGE = re.compile(r'^!\[(?P<alt>[^\]]*)\]\((?P<src>\S+?)(?:\s+"[^"]*")?\)\s*(?P<rest>.*)$')
_MD_LINK = re.compile(r'\[([^\]]*)\]\((\S+?)(?:\s+"[^"]*")?\)')
_MD_BOLD = re.compile(r"\*\*(.+?)\*\*")
_LINK_ONLY = re.compile(r"^\[.*\]\([^)]*\)\s*$")  # the reposts' in-article related links
_SITE_MARKER = re.compile(r"^(?:more)?\(HDDTVN\)\s*[-–]?\s*")
# Added by the crawler that collected the portal pages: a heading before the text, the link and time after it.
_AGGREGATOR_LINES = ("### Nội dung chính", "Link bài viết gốc", "Giờ đăng")


def read_source(path: Path) -> SourcePage:
    text = unicodedata.normalize("NFC", path.read_text("utf-8"))
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    if path.suffix == ".md":
        return _from_markdown(path.name, lines)
    return _from_text(path.name, lines)


def _from_text(name: str, lines: list[str]) -> SourcePage:
    lines = [line for line in lines if line not in _SCRAPED_CHROME and not _DATE_ONLY.match(line)]
    page = SourcePage(name, lines[0])
    rest = lines[1:]
    i = 0
    while i < len(rest):
        line = rest[i]
        image = _IMAGE_FILE.match(line)
        if image:
            caption = image[2].strip()
            if not caption and i + 1 < len(rest) and len(rest[i + 1]) < 200:
                caption = rest[i + 1]
                i += 1
            page.blocks.append(SourceBlock("image", src=image[1], caption=caption))
        else:
            page.blocks.append(SourceBlock("body", html.escape(line), line))
        i += 1
    return page


def _inline(line: str) -> tuple[str, str]:
    """Markdown inline markup to (HTML, plain text)."""
    line = line.replace("\\", "")
    text = _MD_BOLD.sub(r"\1", _MD_LINK.sub(r"\1", line))
    markup = html.escape(line, quote=False)
    markup = _MD_LINK.sub(lambda m: f'<a href="{m[2]}">{m[1]}</a>', markup)
    markup = _MD_BOLD.sub(r"<strong>\1</strong>", markup)
    return markup, text


def _from_markdown(name: str, lines: list[str]) -> SourcePage:
    title = _inline(lines[0].lstrip("# "))[1]
    page = SourcePage(name, title)
    rest = [line for line in lines[1:] if not re.match(r"^[=-]{3,}$", line) and not line.startswith("[:gift:")
            and not line.startswith(_AGGREGATOR_LINES) and not _LINK_ONLY.match(line)]
    # The repost's "more(HDDTVN) – …" line, at its end, is the article's lead: on the site it stands first.
    rest = [line for line in rest if _SITE_MARKER.match(line)] + [line for line in rest if not _SITE_MARKER.match(line)]
    i = 0
    while i < len(rest):
        line = _SITE_MARKER.sub("", rest[i])
        image = _MD_IMAGE.match(line)
        bold = re.fullmatch(r"\*\*([^*]+)\*\*|#{2,6}\s+(.+)", line)
        if image:
            caption = image["rest"]
            if not caption and i + 1 < len(rest) and len(rest[i + 1]) < 200 and not rest[i + 1].startswith(("!", "**")):
                caption = rest[i + 1]
                i += 1
            page.blocks.append(SourceBlock("image", src=image["src"], caption=_inline(caption)[1], html=image["alt"]))
        elif bold:
            words = (bold[1] or bold[2]).strip()
            kind = "byline" if bold[1] and i == len(rest) - 1 and len(words.split()) <= 5 else "heading"
            page.blocks.append(SourceBlock(kind, html.escape(words), words))
        else:
            markup, text = _inline(line.lstrip("#>*- ").strip() if line.startswith(("#", ">", "* ", "- ")) else line)
            page.blocks.append(SourceBlock("body", markup, text))
        i += 1
    return page


# --- filling the templates -------------------------------------------------------------------------

@dataclass(frozen=True)
class HtmlPage:
    template: str
    source: SourcePage
    published: str  # ISO date put in the template
    html: str


KNOWN_DATES = {"molisa-2022-01-26-cuc-tre-em-tong-ket-2021.txt": date(2022, 1, 26)}  # the seed's, from its page


def page_date(name: str, index: int) -> date:
    """The page's own date when known, else a different, deterministic one for each page, later than anything
    the pages cite (a page cannot cite a decree issued after it was published)."""
    return KNOWN_DATES.get(name) or date(2025, 9, 1) + timedelta(days=3 * index)


def fill(template: str, page: SourcePage, published: date) -> HtmlPage:
    markup = MARKUP[template]
    raw = (HERE / f"{template}.html").read_text("utf-8")
    blocks = list(page.blocks)
    lead = ""
    if "lead" in markup and blocks and blocks[0].kind == "body":
        lead = markup["lead"].format(html=blocks.pop(0).html)
    body = "\n".join(_render(markup, b) for b in blocks)
    crawled = published + timedelta(days=1)
    values = {
        "title": html.escape(page.title), "lead": lead, "body": body, "date_iso": published.isoformat(),
        "date_dmy": published.strftime("%d/%m/%Y"), "weekday": WEEKDAYS[published.weekday()],
        "modified_iso": crawled.isoformat(), "header_date": f"{WEEKDAYS[crawled.weekday()]}, {crawled.strftime('%d/%m/%Y')}",
    }
    out = re.sub(r"\{\{(\w+)\}\}", lambda m: values[m[1]], raw)
    return HtmlPage(template, page, published.isoformat(), out)


def _render(markup: dict, block: SourceBlock) -> str:
    if block.kind != "image":
        return markup[block.kind].format(html=block.html)
    src = html.escape(block.src.rsplit("/", 1)[-1] if "://" in block.src else block.src)
    caption = html.escape(block.caption)
    if "caption" in markup:  # the caption is a paragraph of its own under the image
        image = markup["image"].format(src=src, alt=html.escape(block.html))
        return image + ("\n" + markup["caption"].format(html=caption) if caption else "")
    return markup["image"].format(src=src, alt=html.escape(block.html), caption=caption)


def source_files(seed: Path, corpus: Path, portals: Path, per_folder: int | None = None) -> list[Path]:
    """The seed page, then the corpus pages and the portal pages (the first `per_folder` of each, by name)."""
    pages = sorted(p for p in corpus.glob("*.md") if p.name != "SOURCE.md")
    others = sorted(p for p in portals.iterdir() if p.suffix in (".md", ".txt") and p.name != "SOURCE.md")
    if per_folder is not None:
        # Both kinds of portal page: the 2025 markdown and the 2017 one-line text.
        pages = pages[:per_folder]
        md, txt = [p for p in others if p.suffix == ".md"], [p for p in others if p.suffix == ".txt"]
        others = md[: (per_folder + 1) // 2] + txt[: per_folder // 2]
    return [seed, *pages, *others]


def html_pages(sources: list[Path]) -> list[HtmlPage]:
    """Every template filled with every source page."""
    out = []
    for index, path in enumerate(sources):
        page = read_source(path)
        out.extend(fill(t, page, page_date(path.name, index)) for t in TEMPLATES)
    return out


# --- comparing the HTML version with the text version ----------------------------------------------------

ENTITIES = {"participants": "person_name", "legal_references": "reference_id", "organisations": "organisation_id"}


def entities(rows: dict) -> dict[str, set]:
    """The people, legal references and organisations of a page's rows (process_page's output)."""
    return {table: {r[column] for r in rows[table]} for table, column in ENTITIES.items()}


def furniture_rows(rows: dict, own_text: str) -> list[tuple[str, str]]:
    """(table, sentence) for every row whose sentence is not the page's own text: the template's menus,
    related news, footer, … (sentences themselves included)."""
    own = _norm(own_text)
    sentence = {s["sentence_id"]: s["text"] for s in rows["sentences"]}
    return [(table, sentence[row["sentence_id"]]) for table, table_rows in rows.items() if table != "documents"
            for row in table_rows if row.get("sentence_id") in sentence and _norm(sentence[row["sentence_id"]]) not in own]


def _norm(text: str) -> str:
    return " ".join(text.split())
