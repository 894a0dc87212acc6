"""Crawled HTML gives the rows of the same page as text: furniture never yields rows, the date is the page's.

Real page texts (the seed, corpus reposts, portal articles) are wrapped in the templates of three
government CMSs (tests/html_templates/: a SharePoint ministry portal like molisa.gov.vn, a provincial
Liferay portal, a news site like baochinhphu.vn), each with its menus of real units, related news naming
people and decrees, footers naming the official responsible and the licence, cookie banners, share bars.
Below them, one line per case, what the HTML cleaner makes of each markup pattern.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from conftest import CORPUS, SEED, need_corpus
from html_templates.fill import TEMPLATES, HtmlPage, entities, fill, furniture_rows, page_date, read_source
from pipeline.page import RawPage, process_page
from pipeline.text.clean import clean_page

PORTALS = CORPUS.parent / "corpus-portals"
# Pages with many people, legal references and organisations, and with photos, headings and bylines.
CORPUS_PAGES = [
    "hoi-nghi-can-bo-cong-chuc-vien-chuc-nganh-hai-quan-nam-2020.md",
    "tong-cuc-hai-quan-dieu-dong-bo-nhiem-5-lanh-dao-vu-cuc.md",
    "nganh-hai-quan-ban-giai-phap-trien-khai-cac-nhiem-vu-6-thang-cuoi-nam.md",
    "hai-quan-dong-nai-go-vuong-cho-doanh-nghiep-dai-loan-ve-phan-tich-phan-loai-thu-tuc-nhap-khau-thep.md",
    "thuc-day-tinh-minh-bach-qua-hoat-dong-xep-hang-tin-nhiem.md",
]
PORTAL_PAGES = [
    "tnt_thu-tuong-trien-khai-ngay-co-che-dac-thu-voi-nha-o.md",
    "tnt_thong-qua-du-thao-bao-cao-ket-qua-kiem-tra-doi-voi.md",
    "tnt_bo-noi-vu-chi-dao-tam-dung-to-chuc-dai-hoi-thi-dua.md",
    "bm_phai-giam-cho-duoc-so-vu-so-nguoi-thuong-vong-vi-t.txt",
    "bm_be-mac-phien-hop-thu-12-cua-uy-ban-thuong-vu-quoc.txt",
]
PAGES = [SEED.name, *CORPUS_PAGES, *PORTAL_PAGES]
CASES = [pytest.param(template, name, id=f"{template}-{name[:40]}") for name in PAGES for template in TEMPLATES]
# Text that only the templates' furniture has: the footer's official and licence, related news, menus, banners.
FURNITURE_WORDS = ["Nguyễn Văn A", "Nguyễn Văn B", "Chịu trách nhiệm chính", "123/GP-TTĐT", "15/2021/NĐ-CP",
                   "Tin liên quan", "Tin đọc nhiều", "Trang chủ", "cookie", "Chia sẻ", "In bài", "Gửi email", "Lượt xem"]


def _source(name: str) -> Path:
    if name == SEED.name:
        return SEED
    if name in CORPUS_PAGES:
        return need_corpus() / name
    if not (PORTALS / name).exists():
        pytest.skip(f"the portal corpus is not at {PORTALS}: these tests need ../shared/corpus-portals beside the checkout")
    return PORTALS / name


@lru_cache(maxsize=None)
def _text_rows(name: str) -> dict:
    path = _source(name)
    return process_page(RawPage(name=path.name, data=path.read_bytes(), source={}))


@lru_cache(maxsize=None)
def _html(template: str, name: str) -> tuple[HtmlPage, dict]:
    page = fill(template, read_source(_source(name)), page_date(name, PAGES.index(name)))
    return page, process_page(RawPage(name="x.html", data=page.html.encode("utf-8"), source={}))


@pytest.mark.parametrize("template, name", CASES)
def test_html_gives_the_people_references_and_organisations_of_the_text(template, name):
    _, rows = _html(template, name)
    assert entities(rows) == entities(_text_rows(name))


@pytest.mark.parametrize("template, name", CASES)
def test_furniture_yields_no_row(template, name):
    page, rows = _html(template, name)
    assert furniture_rows(rows, page.source.text) == []
    text = rows["documents"][0]["text"]
    assert [w for w in FURNITURE_WORDS if w in text and w not in page.source.text] == []


@pytest.mark.parametrize("template, name", CASES)
def test_published_date_is_the_pages(template, name):
    page, rows = _html(template, name)
    assert rows["documents"][0]["published_date"] == page.published


@pytest.mark.parametrize("template", TEMPLATES)
def test_seed_blocks_from_html(template):
    page, rows = _html(template, SEED.name)
    kinds = [(s["kind"], s["text"]) for s in rows["sentences"]]
    assert kinds[0] == ("title", "Thứ trưởng Nguyễn Thị Hà: Công tác phối hợp liên ngành về trẻ em cần được "
                                 "triển khai thực hiện sâu rộng hơn nữa")
    assert [t for k, t in kinds if k == "caption"] == [
        "Toàn cảnh Hội nghị.", "Thứ trưởng Nguyễn Thị Hà phát biểu chỉ đạo Hội nghị.",
        "Ông Đặng Hoa Nam, Cục trưởng Cục Trẻ em bày tỏ lòng biết ơn tới sự quan tâm của Đảng và Nhà nước tới "
        "công tác trẻ em trong năm qua."]
    assert rows["documents"][0]["title"] == page.source.title


# --- one markup pattern per line -----------------------------------------------------------------------

_PARA = "Thứ trưởng Nguyễn Văn An chủ trì hội nghị tổng kết công tác năm 2021 với đại diện các bộ, ngành và địa phương."


def _clean(head: str, article: str):
    html = (f"<!doctype html><html><head><title>Tổng kết năm 2021 - Cổng TTĐT</title>{head}</head><body>"
            f"<header><a href='/'>Trang chủ</a> Thứ năm, 27/01/2022</header><div class='content'>{article}</div>"
            "<footer>Chịu trách nhiệm chính: Ông Nguyễn Văn B - Chánh Văn phòng</footer></body></html>")
    return clean_page(html, ".html", "x.html")


@pytest.mark.parametrize("head, article, expected", [
    ('<meta property="article:published_time" content="2022-01-26T15:30:00+07:00">', f"<h1>Tổng kết năm 2021</h1><p>{_PARA}</p>", "2022-01-26"),
    ('<meta itemprop="datePublished" content="2022-01-26">', f"<h1>Tổng kết năm 2021</h1><p>{_PARA}</p>", "2022-01-26"),
    ('<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "datePublished": "2022-01-26T08:00:00Z"}]}</script>', f"<h1>Tổng kết năm 2021</h1><p>{_PARA}</p>", "2022-01-26"),
    ("", f'<h1>Tổng kết năm 2021</h1><time itemprop="datePublished" datetime="2022-01-26">26/01</time><p>{_PARA}</p>', "2022-01-26"),
    ("", f"<h1>Tổng kết năm 2021</h1><div>Thứ tư, 26/01/2022 15:30</div><p>{_PARA}</p>", "2022-01-26"),
    ("", f"<h1>Tổng kết năm 2021</h1><span>Ngày đăng: 26/01/2022</span> <span>Lượt xem: 1.245</span><p>{_PARA}</p>", "2022-01-26"),
    ("", f"<div class='date'>26/01/2022</div><h1>Tổng kết năm 2021</h1><p>{_PARA}</p>", "2022-01-26"),
    ("", f"<h1>Tổng kết năm 2021</h1><p><b>Kết luận số 157-KL/TW ngày 25/5/2021</b></p><p>{_PARA}</p>", ""),
])
def test_published_date(head, article, expected):
    assert _clean(head, article).published_date == expected


@pytest.mark.parametrize("article, expected", [
    (f"<h1>Tổng kết năm 2021</h1><p>{_PARA}</p>", [("title", "Tổng kết năm 2021"), ("body", _PARA)]),
    (f"<div class='title-news'>Tổng kết năm 2021</div><p>{_PARA}</p>", [("title", "Tổng kết năm 2021"), ("body", _PARA)]),
    (f"<h1>Tổng kết năm 2021</h1><h2>Nhiệm vụ năm 2022</h2><p>{_PARA}</p>", [("title", "Tổng kết năm 2021"), ("heading", "Nhiệm vụ năm 2022"), ("body", _PARA)]),
    (f"<h1>Tổng kết năm 2021</h1><p><strong>Nhiệm vụ năm 2022</strong></p><p>{_PARA}</p>", [("title", "Tổng kết năm 2021"), ("heading", "Nhiệm vụ năm 2022"), ("body", _PARA)]),
    (f"<h1>Tổng kết năm 2021</h1><div class='sapo'><strong>{_PARA}</strong></div>", [("title", "Tổng kết năm 2021"), ("body", _PARA)]),
    (f"<h1>Tổng kết năm 2021</h1><figure><img src='a.jpg'><figcaption>Toàn cảnh hội nghị.</figcaption></figure><p>{_PARA}</p>", [("title", "Tổng kết năm 2021"), ("caption", "Toàn cảnh hội nghị."), ("body", _PARA)]),
    (f"<h1>Tổng kết năm 2021</h1><table class='image'><tr><td><img src='a.jpg'></td></tr><tr><td class='image_desc'>Toàn cảnh hội nghị.</td></tr></table><p>{_PARA}</p>", [("title", "Tổng kết năm 2021"), ("caption", "Toàn cảnh hội nghị."), ("body", _PARA)]),
    (f"<h1>Tổng kết năm 2021</h1><p><img src='a.jpg'></p><p class='PhotoCMS_Caption'>Toàn cảnh hội nghị.</p><p>{_PARA}</p>", [("title", "Tổng kết năm 2021"), ("caption", "Toàn cảnh hội nghị."), ("body", _PARA)]),
    (f"<h1>Tổng kết năm 2021</h1><div style='text-align:center'><img src='a.jpg'></div><div style='text-align:center'><em>Toàn cảnh hội nghị.</em></div><p>{_PARA}</p>", [("title", "Tổng kết năm 2021"), ("caption", "Toàn cảnh hội nghị."), ("body", _PARA)]),
    (f"<h1>Tổng kết năm 2021</h1><div>{_PARA}<br><img src='a.jpg'><br><i>Toàn cảnh hội nghị.</i></div>", [("title", "Tổng kết năm 2021"), ("body", _PARA), ("caption", "Toàn cảnh hội nghị.")]),
    (f"<h1>Tổng kết năm 2021</h1><p>{_PARA}</p><p style='text-align: right;'><strong>Minh Châu</strong></p>", [("title", "Tổng kết năm 2021"), ("body", _PARA), ("byline", "Minh Châu")]),
    (f"<h1>Tổng kết năm 2021</h1><p>{_PARA}</p><p align='right'>Minh Châu</p>", [("title", "Tổng kết năm 2021"), ("body", _PARA), ("byline", "Minh Châu")]),
    (f"<h1>Tổng kết năm 2021</h1><p>{_PARA}</p><p>In bài</p><p>Gửi email</p>", [("title", "Tổng kết năm 2021"), ("body", _PARA)]),
])
def test_blocks(article, expected):
    assert [(b.kind, b.text) for b in _clean("", article).blocks] == expected
