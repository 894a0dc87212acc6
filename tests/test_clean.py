"""Cleaning: page furniture out, captions apart from body text, NFC, offsets that point into the text."""
from __future__ import annotations

import unicodedata

import pytest

from conftest import SEED
from pipeline.errors import InputError
from pipeline.text.clean import clean_page
from pipeline.text.decode import decode_bytes
from pipeline.text.segment import sentences_of, split_sentences


def _seed():
    decoded = decode_bytes(SEED.read_bytes(), SEED.name)
    return clean_page(decoded.text, ".txt", SEED.name)


def test_seed_furniture_is_gone():
    page = _seed()
    lines = page.text.split("\n")
    for furniture in ("Skip Ribbon Commands", "Skip to main content", "Sign In", "Xem"):
        assert furniture not in lines
    assert not page.text.rstrip().endswith("Xem")


def test_seed_title_and_date_from_the_page():
    page = _seed()
    assert page.title == ("Thứ trưởng Nguyễn Thị Hà: Công tác phối hợp liên ngành về trẻ em cần được "
                          "triển khai thực hiện sâu rộng hơn nữa")
    assert page.published_date == "2022-01-26"
    assert "26/01/2022" not in page.text  # the date line is metadata, not body text


def test_seed_images_become_captions():
    captions = [(b.image, b.text) for b in _seed().blocks if b.kind == "caption"]
    assert captions == [
        ("9d3de1190c8bc1d5989a.jpg", "Toàn cảnh Hội nghị."),
        ("02.26.01.22.jpg", "Thứ trưởng Nguyễn Thị Hà phát biểu chỉ đạo Hội nghị."),
        ("03.26.01.22.jpg", "Ông Đặng Hoa Nam, Cục trưởng Cục Trẻ em bày tỏ lòng biết ơn tới sự quan tâm của "
                            "Đảng và Nhà nước tới công tác trẻ em trong năm qua."),
    ]
    body = " ".join(b.text for b in _seed().blocks if b.kind != "caption")
    assert ".jpg" not in body


def test_seed_sentences_point_into_the_text():
    page = _seed()
    sentences = sentences_of(page)
    assert all(page.text[s.start:s.end] == s.text for s in sentences)
    assert sentences[0].kind == "title"
    first_body = [s for s in sentences if s.kind in ("body", "quote")][0]
    assert first_body.text.startswith("“Trong năm 2022, công tác phối hợp liên ngành")
    assert first_body.kind == "quote"
    # The sentence after the closing quote is the journalist's, not the quote.
    after = [s for s in sentences if s.text.startswith("Đây là một trong những nội dung")][0]
    assert after.kind == "body"


@pytest.mark.parametrize("paragraph, expected", [
    ("Cục đã tham mưu. Thủ tướng đã ban hành.", ["Cục đã tham mưu.", "Thủ tướng đã ban hành."]),
    ("Hội nghị tại TP. Hồ Chí Minh diễn ra sáng nay. Ông A phát biểu.", ["Hội nghị tại TP. Hồ Chí Minh diễn ra sáng nay.", "Ông A phát biểu."]),
    ("1. Quán triệt sâu sắc các quan điểm.", ["1. Quán triệt sâu sắc các quan điểm."]),
    ("“Trẻ em là tương lai.” Ông Nam nói.", ["“Trẻ em là tương lai.”", "Ông Nam nói."]),
    ("Tăng 5,5% so với năm 2020. Tổng thu đạt 300.000 tỷ đồng.", ["Tăng 5,5% so với năm 2020.", "Tổng thu đạt 300.000 tỷ đồng."]),
])
def test_sentence_split(paragraph, expected):
    assert [paragraph[a:b] for a, b in split_sentences(paragraph)] == expected


def test_nfd_text_becomes_nfc():
    nfd = unicodedata.normalize("NFD", "Tổng cục Hải quan\n\nBộ Tài chính chỉ đạo.")
    decoded = decode_bytes(nfd.encode("utf-8"), "nfd.txt")
    assert decoded.text == unicodedata.normalize("NFC", nfd)
    assert decoded.was_nfc is False


def test_markdown_repost_shape():
    md = ("Tiêu đề bài\n===========\n\n[:gift:Xem chi tiết ở đây:gift:](https://example.org/a/)Đoạn mở đầu …\n"
          "-----------\n\nĐoạn thân bài thứ nhất.\n\n![Ảnh](https://example.org/a.jpg \"Ảnh\")\n\n"
          "Tổng cục trưởng phát biểu tại hội nghị.\n\n**Tiêu đề phụ**\n\nĐoạn cuối.\n\n**Nụ Bùi**\n")
    page = clean_page(md, ".md", "a.md")
    assert page.title == "Tiêu đề bài"
    assert page.source_url == "https://example.org/a/"
    assert [(b.kind, b.text) for b in page.blocks] == [
        ("title", "Tiêu đề bài"), ("body", "Đoạn thân bài thứ nhất."),
        ("caption", "Tổng cục trưởng phát biểu tại hội nghị."), ("heading", "Tiêu đề phụ"),
        ("body", "Đoạn cuối."), ("byline", "Nụ Bùi"),
    ]


def test_the_sites_lead_printed_at_the_foot_is_read_after_the_title():
    # The customs site prints its lead after the byline ("more(HDDTVN) – …": hai-quan-thanh-hoa-dong-hanh-cung-doanh-nghiep-vuot-qua-
    # dai-dich-covid-19, ../shared/corpus-large); it opens the article, so it is read right after the title, its prefix gone.
    md = ("Hải quan Thanh Hóa đồng hành cùng doanh nghiệp vượt qua đại dịch Covid-19\n=====\n\n"
          "Song song đó, Cục Hải quan Thanh Hóa tiếp tục tổ chức các hoạt động đối thoại.\n\n**N.Linh**\n\n"
          "more(HDDTVN) – Tạo điều kiện để doanh nghiệp tiếp cận các biện pháp hỗ trợ của cơ quan Hải quan là một trong những mục "
          "tiêu Cục Hải quan Thanh Hóa hướng tới năm 2021.\n")
    page = clean_page(md, ".md", "a.md")
    assert [b.kind for b in page.blocks] == ["title", "body", "body", "byline"]
    assert page.blocks[1].text.startswith("Tạo điều kiện để doanh nghiệp tiếp cận")
    assert page.blocks[2].text.startswith("Song song đó")
    assert "HDDTVN" not in page.text


def test_unsupported_type_is_named():
    with pytest.raises(InputError, match=r"report\.pdf: unsupported file type '\.pdf'"):
        clean_page("x", ".pdf", "report.pdf")


def test_an_image_without_caption_leaves_the_next_paragraph_alone():
    long_paragraph = "Cục Trẻ em đã triển khai nhiều giải pháp hỗ trợ trẻ em trong năm qua. " * 6
    page = clean_page(f"Tiêu đề\n\nanh-hoi-nghi.jpg\n\n{long_paragraph}\n\nĐoạn hai.\n", ".txt", "p.txt")
    assert [b.kind for b in page.blocks] == ["title", "body", "body"]


def test_a_line_that_is_only_a_link_is_navigation():
    # The reposts list related articles above the text, each a linked image and a link: none of it is the page's
    # own text (gia-vang-nhich-nhe-chi-so-usd-lai-giam, the customs site's large corpus). The paragraph after them is the
    # page's, with a link put in to show that a link inside a paragraph keeps its words.
    md = ("Giá vàng nhích nhẹ, chỉ số USD lại giảm\n=======================================\n\n"
          "[![Vàng, USD tiếp tục chững lại](https://hddtvn.com/wp-content/uploads/2021/01/77845956.jpg \"Vàng, USD tiếp tục chững lại\")]"
          "(https://haiquanonline.com.vn/vang-usd-tiep-tuc-chung-lai-140573.html \"Vàng, USD tiếp tục chững lại\")\n"
          "[Giá vàng, USD vẫn chưa có “bàn đạp” để bứt phá](https://haiquanonline.com.vn/gia-vang-usd-van-chua-co-ban-dap-de-but-pha-140635.html"
          " \"Giá vàng, USD vẫn chưa có \")\n\n"
          "Ghi nhận lúc 9 giờ ngày 29/1 theo giờ Việt Nam, giá vàng giao dịch trên sàn điện tử "
          "[Kitco](https://www.kitco.com/) tăng 5 USD/ounce so với cùng thời điểm hôm qua.\n")
    page = clean_page(md, ".md", "gia-vang-nhich-nhe-chi-so-usd-lai-giam.md")
    assert [(b.kind, b.text) for b in page.blocks] == [
        ("title", "Giá vàng nhích nhẹ, chỉ số USD lại giảm"),
        ("body", "Ghi nhận lúc 9 giờ ngày 29/1 theo giờ Việt Nam, giá vàng giao dịch trên sàn điện tử Kitco tăng 5 USD/ounce so với "
                 "cùng thời điểm hôm qua."),
    ]


def test_links_after_the_byline_leave_it_the_last_line_of_text():
    # The related-article links of the reposts are navigation wherever they stand: below the text they must not
    # make the author's short bold line look like a heading in the middle of the page.
    md = ("Giá vàng nhích nhẹ, chỉ số USD lại giảm\n=======================================\n\n"
          "Ghi nhận lúc 9 giờ ngày 29/1 theo giờ Việt Nam, giá vàng giao dịch trên sàn điện tử tăng 5 USD/ounce.\n\n"
          "**Minh Anh**\n\n"
          "[Giá vàng, USD vẫn chưa có “bàn đạp” để bứt phá](https://haiquanonline.com.vn/gia-vang-usd-van-chua-co-ban-dap-de-but-pha-140635.html)\n")
    page = clean_page(md, ".md", "gia-vang-nhich-nhe-chi-so-usd-lai-giam.md")
    assert [(b.kind, b.text) for b in page.blocks][-1] == ("byline", "Minh Anh")
