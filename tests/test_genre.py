"""The genre test read from a page's content (pipeline/extract/genre.py, reads_as_rules; words in pipeline/data/genre.json):
each rule on a real sentence, quoted from the corpus-large page named beside it, and a near miss that must not change."""
import pytest

from pipeline.extract.genre import _events, _rules, reads_as_rules

# A generic class opening its clause, then a modal (at most two adverbs or demonstratives between): one rule each.
RULES = [
    # nhung-quyen-loi-thuong-bi-xam-pham-nhat-cua-nguoi-lao-dong.md
    ("Doanh nghiệp phải trả lương chậm nhất trong vòng 1 tháng.", 1),
    ("Theo như quy định của pháp luật, người lao động phải được doanh nghiệp trả đầy đủ lương và đúng hạn.", 1),
    # dieu-kien-phuong-phap-trich-lap-va-hach-toan-du-phong-giam-gia-hang-ton-kho.md (a determiner and a demonstrative)
    ("Những doanh nghiệp này cần phải lập và hoàn nhập dự phòng vào giữ niên độ.", 1),
    # hach-toan-tai-khoan-812-chi-phi-thue-tndn-theo-thong-tu-133.md ("viên" between the class and its modal)
    ("Kế toán viên cần phải tiến hành điều chính hồi tố.", 1),
    # Near misses. The class as an object (diem-danh-nhung-phan-mem-ke-toan-xin-nhat-hien-nay.md):
    ("Qua đó giúp các doanh nghiệp có thể kịp thời cập nhật.", 0),
    # … as the head of a longer noun (mua-hang-tu-hoa-ky-nhieu-doanh-nghiep-viet-mac-lua.md):
    ("Trước khi giao dịch, các doanh nghiệp Việt Nam cần tìm hiểu kỹ thông tin đăng ký.", 0),
    # … with no modal after it (nhung-quyen-loi-thuong-bi-xam-pham-nhat-cua-nguoi-lao-dong.md):
    ("Tuy nhiên, có không ít những trường hợp doanh nghiệp trả lương không đúng hạn.", 0),
    # … and an abbreviation, which the customs news writes in every other clause (doanh-nghiep-kien-nghi-rut-ngan-thoi-gian-phan-tich-phan-loai-2.md):
    ("DN đề nghị rút ngắn thời gian phân tích phân loại xuống nhanh nhất có thể.", 0),
]


@pytest.mark.parametrize("text,expected", RULES)
def test_rules(text, expected):
    assert _rules(text) == expected


# What news reports: a dated act, a recent one, someone's words, a named person, a body as a source.
EVENTS = [
    # thong-tu-31-2019-tt-nhnn-quy-dinh-he-thong-tai-khoan-ke-toan-ap-dung-cho-to-chuc-tai-chinh-vi-mo.md
    ("Ngày 30/12/2019, Ngân hàng Nhà nước ban hành Thông tư 31/2019/TT-NHNN.", 1),
    # doanh-nghiep-kien-nghi-rut-ngan-thoi-gian-phan-tich-phan-loai-2.md: a gathering, just held
    ("Tại hội nghị Cục Hải quan Hà Nội đối thoại với DN mới đây, Công ty CP Sohaco phản ánh.", 2),
    # lam-sao-tan-dung-tot-cac-fta-khi-day-khong-phai-tiec-don-san.md: a named person, a body as the source, a speech verb
    ("Theo Bộ trưởng Bộ Công Thương Trần Tuấn Anh, cơ hội lớn nhất là mở rộng thị trường xuất khẩu.", 2),
    ("Người đứng đầu ngành Công Thương nhấn mạnh, ký kết các FTA đồng nghĩa với việc hội nhập.", 1),
    # Near misses: the day a rule starts (thong-tu-31-2019-…), a law as the source (nhung-quyen-loi-…), a city that reads as a name.
    ("Thông tư có hiệu lực thi hành kể từ ngày 01/03/2020.", 0),
    ("Theo Bộ luật Lao động 2012, thời gian thử việc được quy định rõ.", 0),
    ("Doanh nghiệp tại TP Hồ Chí Minh phải đăng ký.", 0),
]


@pytest.mark.parametrize("text,expected", EVENTS)
def test_events(text, expected):
    assert _events(text, 10) == expected


# The page: three rules and no event (nhung-quyen-loi-…) is rules; with the minister's words around them it is news.
GUIDE = ("Doanh nghiệp phải trả lương chậm nhất trong vòng 1 tháng. "
         "Sau khi đã hết thời hạn hoãn, người lao động phải quay trở lại công ty để nhận công việc trong vòng 15 ngày. "
         "Theo như quy định của pháp luật, người lao động phải được doanh nghiệp trả đầy đủ lương và đúng hạn.")
NEWS = ("Theo Bộ trưởng Bộ Công Thương Trần Tuấn Anh, cơ hội lớn nhất là mở rộng thị trường xuất khẩu. " + GUIDE
        + " Người đứng đầu ngành Công Thương nhấn mạnh, ký kết các FTA đồng nghĩa với việc hội nhập.")


def test_page_of_rules_is_a_guide():
    assert _rules(GUIDE) == 3
    assert reads_as_rules(GUIDE)


def test_rules_among_events_are_news():
    assert not reads_as_rules(NEWS)
    assert not reads_as_rules(GUIDE.split(". ", 1)[1])  # two rules are not enough


def test_a_guide_gives_no_rows():
    # The whole page: find_commitments gives no task for the rules (dieu-kien-phuong-phap-… had 12 task rows).
    from pipeline.extract.commitments import find_commitments
    from pipeline.text.clean import clean_page
    from pipeline.text.segment import sentences_of
    page = clean_page("Quyền lợi của người lao động\n=====\n\n" + GUIDE.replace(". ", ".\n\n"), ".md", "x.md")
    assert find_commitments(page.text, sentences_of(page), 2021) == []
