"""Legal references: every numbering form the press uses, one line each: (text, expected)."""
from __future__ import annotations

import re

import pytest

from pipeline.extract.legal import _DASH, _after_standards_colon, _number_starts, find_legal_references
from pipeline.extract.organisations import resolve_name


def refs(text: str) -> list[tuple[str, str]]:
    found, _ = find_legal_references(text, resolve_name)
    return [(r.reference_id, r.doc_type) for r in found]


@pytest.mark.parametrize("text, expected", [
    ("theo Nghị định số 130/2021/NĐ-CP của Chính phủ", [("130/2021/NĐ-CP", "Nghị định")]),
    ("Chỉ thị số 36/CT-TTg về tăng cường", [("36/CT-TTg", "Chỉ thị")]),
    ("Quyết định 1254/QĐ-TTg phê duyệt", [("1254/QĐ-TTg", "Quyết định")]),
    ("Thông tư số 13/2021/TT-LĐTBXH ngày 30/9/2021", [("13/2021/TT-LĐTBXH", "Thông tư")]),
    ("sửa đổi Nghị định 08/2015/NĐ-CP", [("08/2015/NĐ-CP", "Nghị định")]),
    ("Thông tư số 38/2015/TT- BTC", [("38/2015/TT-BTC", "Thông tư")]),  # a space after the hyphen
    ("Thông tư 39/2018/TT–BTC", [("39/2018/TT-BTC", "Thông tư")]),  # an en dash
    ("Nghị quyết số 01/2021/NQ-CP và số 02/2021/NQ-CP", [("01/2021/NQ-CP", "Nghị quyết"), ("02/2021/NQ-CP", "Nghị quyết")]),
    ("các Nghị định 08/2015/NĐ-CP, 59/2018/NĐ-CP", [("08/2015/NĐ-CP", "Nghị định"), ("59/2018/NĐ-CP", "Nghị định")]),
    ("Nghị quyết số 12-NQ/TW ngày 03/6/2017", [("12-NQ/TW", "Nghị quyết")]),
    ("Luật Quản lý thuế số 38/2019/QH14", [("38/2019/QH14", "Luật")]),
    ("văn bản số 991/TTg-ĐMDN ngày 10/7/2017", [("991/TTg-ĐMDN", "Công văn")]),
    ("Thông tư liên tịch số 19/2018/TTLT-BTC-BCA", [("19/2018/TTLT-BTC-BCA", "Thông tư liên tịch")]),
    ("Nghị quyết 19-2017/NQ-CP của Chính phủ", [("19-2017/NQ-CP", "Nghị quyết")]),
    ("Công điện số 1099/CĐ-TTg", [("1099/CĐ-TTg", "Công điện")]),
    # Not document numbers: dates, ratios, units.
    ("ngày 26/01/2022 tại Hà Nội, tỷ lệ 3/4 và 24/7", []),
    ("giá 100 USD/tấn, tốc độ 60 km/h", []),
    # A committee named after the document that set it up: its name, no reference; the document itself is one.
    ("Ban Chỉ đạo 127/TW họp sơ kết, theo Quyết định 127/CP của Chính phủ.", [("127/CP", "Quyết định")]),
])
def test_numbers(text, expected):
    assert refs(text) == expected


def spans(text: str) -> list[tuple[str, str]]:
    found, _ = find_legal_references(text, resolve_name)
    return [(r.reference_id, text[r.start: r.end]) for r in found]


# A number ends where its code does: a word the page runs on after a hyphen or glues to the last code
# is not part of it (the id and the span both stop before it); mixed-case codes stay whole.
@pytest.mark.parametrize("text, expected", [
    ("Quyết định số 38/QĐ-TTgngày 12/1/2020", [("38/QĐ-TTg", "Quyết định số 38/QĐ-TTg")]),  # a known code, then "ngày"
    ("Thông tư 78/2014/TT-BTCquy định", [("78/2014/TT-BTC", "Thông tư 78/2014/TT-BTC")]),
    ("công văn 6283/TCHQ-TXNKcủa Tổng cục", [("6283/TCHQ-TXNK", "công văn 6283/TCHQ-TXNK")]),  # an unknown code: its capitals
    ("Quyết định 166/QĐ-BHXH-Danh sách", [("166/QĐ-BHXH", "Quyết định 166/QĐ-BHXH")]),  # a capitalised word after a hyphen
    ("Luật số 58/2014/QH13-Luật Bảo hiểm xã hội", [("58/2014/QH13", "Luật số 58/2014/QH13")]),
    ("Bộ luật 10/2012/QH13 - Bộ luật Lao động", [("10/2012/QH13", "Bộ luật 10/2012/QH13")]),
    ("Nghị quyết 12-NQ/TWngày 3/6/2017", [("12-NQ/TW", "Nghị quyết 12-NQ/TW")]),
    ("Quy định số 05/QĐi-TW về kỷ luật", [("05/QĐi-TW", "Quy định số 05/QĐi-TW")]),
    ("Tờ trình số 12/TTr-BTC ngày", [("12/TTr-BTC", "Tờ trình số 12/TTr-BTC")]),
    ("Chương trình số 7/CTr-UBND năm", [("7/CTr-UBND", "Chương trình số 7/CTr-UBND")]),
    ("Quyết định số 15/QĐ-HQĐNg ngày", [("15/QĐ-HQĐNg", "Quyết định số 15/QĐ-HQĐNg")]),
    ("công văn số 9/CNNg-NV về", [("9/CNNg-NV", "công văn số 9/CNNg-NV")]),
    ("theo văn bản số 5/Luật Đất đai", []),  # no code after the slash: not a number
])
def test_a_number_ends_where_its_code_does(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A subject ends with its paragraph (the next is another article's title), and has no space at either end.
    ("Thông tư 68/2019/TT-BTC hướng dẫn Nghị định 119/2018/NĐ-CP về hóa đơn điện tử\n\n15 Điều doanh nghiệp cần biết",
     "hướng dẫn Nghị định 119/2018/NĐ-CP về hóa đơn điện tử"),
    ("Nghị định 152/2020/NĐ-CP quy định về người nước ngoài làm việc tại VN \n\nChính phủ đã ban hành",
     "quy định về người nước ngoài làm việc tại VN"),
])
def test_a_subject_stays_in_its_paragraph(text, expected):
    found, _ = find_legal_references(text, resolve_name)
    assert found[0].subject == expected


def test_date_issuer_and_subject():
    text = ("Nghị định số 130/2021/NĐ-CP ngày 30/12/2021 của Chính phủ quy định xử phạt vi phạm hành chính về "
            "lĩnh vực bảo trợ, trợ giúp xã hội và trẻ em và Thông tư số 13/2021/TT-LĐTBXH ngày 30 tháng 9 năm 2021 ban hành Bộ chỉ tiêu.")
    found, _ = find_legal_references(text, resolve_name)
    decree, circular = found
    assert (decree.issued_date, decree.issuer_id) == ("2021-12-30", "chinh-phu")
    assert decree.subject == "quy định xử phạt vi phạm hành chính về lĩnh vực bảo trợ, trợ giúp xã hội và trẻ em"
    assert (circular.issued_date, circular.issuer_id) == ("2021-09-30", "bo-lao-dong-thuong-binh-va-xa-hoi")
    assert circular.subject == "ban hành Bộ chỉ tiêu"


@pytest.mark.parametrize("code, issuer", [
    ("36/CT-TTg", "thu-tuong-chinh-phu"), ("08/2015/NĐ-CP", "chinh-phu"), ("38/2015/TT-BTC", "bo-tai-chinh"),
    ("13/2021/TT-LĐTBXH", "bo-lao-dong-thuong-binh-va-xa-hoi"), ("2566/QĐ-TCHQ", "tong-cuc-hai-quan"),
    ("38/2019/QH14", "quoc-hoi"), ("12-NQ/TW", "ban-chap-hanh-trung-uong-dang"),
])
def test_issuer_from_the_code(code, issuer):
    found, _ = find_legal_references(f"theo văn bản {code} đã nêu", resolve_name)
    assert found[0].issuer_id == issuer


def test_short_forms_resolve_only_when_the_page_gives_one_number():
    text = "Thông tư 39/2018/TT-BTC sửa đổi Thông tư 38/2015/TT-BTC. Theo Thông tư 39, doanh nghiệp … Nghị định 08 quy định."
    _, named = find_legal_references(text, resolve_name)
    short = {n.text: n.resolved_reference_id for n in named if n.kind == "short"}
    assert short == {"Thông tư 39": "39/2018/TT-BTC", "Nghị định 08": ""}


def test_named_documents_are_their_own_kind():
    text = ("năm 2021 thực hiện Kế hoạch Phát triển kinh tế - xã hội 5 năm 2021 – 2025 và Chiến lược Phát triển "
            "kinh tế - xã hội 10 năm 2021 - 2030. Luật Hải quan đã quy định.")
    found, named = find_legal_references(text, resolve_name)
    assert found == []
    assert [n.text for n in named if n.kind == "named"] == [
        "Kế hoạch Phát triển kinh tế - xã hội 5 năm 2021 – 2025",
        "Chiến lược Phát triển kinh tế - xã hội 10 năm 2021 - 2030",
        "Luật Hải quan",
    ]


@pytest.mark.parametrize("text, reference_id, issued", [
    ("Nghị quyết số 01/NQ-CP của Chính phủ ngày 8/1/2025 về nhiệm vụ, giải pháp chủ yếu.", "01/NQ-CP", "2025-01-08"),  # after the issuer
    ("Ngày 14/4/2025, Bộ Chính trị ban hành Chỉ thị số 45-CT/TW về đại hội đảng bộ các cấp.", "45-CT/TW", "2025-04-14"),  # before the number
    ("Ngày 11/4/2025, Thủ tướng Chính phủ đã ký Quyết định số 751/QĐ-TTg về việc thành lập Ban Chỉ đạo.", "751/QĐ-TTg", "2025-04-11"),
    ("Thông tư số 38/2015/TT-BTC ngày 25/3 của Bộ Tài chính quy định về thủ tục hải quan.", "38/2015/TT-BTC", "2015-03-25"),  # year from the number
    ("Kết luận số 127-KL/TW ngày 28/2 của Bộ Chính trị.", "127-KL/TW", ""),  # no year anywhere: not guessed
    ("Ngày 5/3/2025, đoàn công tác làm việc tại tỉnh theo Quyết định số 12/QĐ-UBND.", "12/QĐ-UBND", ""),  # a date of something else
    ("Quyết định số 1254/QĐ-TTg (ngày 26/9/2018) về Kế hoạch hành động.", "1254/QĐ-TTg", "2018-09-26"),  # in brackets
    ("Thông tư 95/2016/TT-BTC vào ngày 28/6/2016 của Bộ Tài chính.", "95/2016/TT-BTC", "2016-06-28"),
    # A full date in brackets before the issuer and the verb of issuing stands for "ngày …"; a part of one does not.
    ("Ngay cuối năm 2019 (20/12/2019), Bộ Công Thương ban hành Thông tư số 40/2019/TT-BCT về xuất xứ.", "40/2019/TT-BCT", "2019-12-20"),
    ("Trong quý (3/2), Bộ Công Thương ban hành Quyết định số 7/QĐ-BCT về xuất xứ.", "7/QĐ-BCT", ""),
    # The issuer and the verb of issuing in the passive, then the date.
    ("Thông tư 48/2019/TT-BTC được Bộ Tài chính ban hành ngày 08/08/2019 nhằm hướng dẫn.", "48/2019/TT-BTC", "2019-08-08"),
    ("Luật số 38/2019/QH14 được Quốc hội thông qua vào ngày 13 tháng 6 năm 2019.", "38/2019/QH14", "2019-06-13"),
    ("Nghị quyết 68/NQ-CP của Chính phủ, được Thủ tướng ký ban hành ngày 12/5/2020.", "68/NQ-CP", "2020-05-12"),
    ("Nghị định 46/2020/NĐ-CP được ban hành ngày 8/5/2020.", "46/2020/NĐ-CP", "2020-05-08"),
    ("Nghị định 46/2020/NĐ-CP được ban hành và có hiệu lực kể từ ngày 1/6/2020.", "46/2020/NĐ-CP", ""),  # in force from, not issued
    # In force from the signing day, which the page gives: that day is the issue date.
    ("Có hiệu lực thực hiện ngay từ ngày ký (17/10/2017), nhưng đến nay Nghị định 116/2017/NĐ-CP quy định", "116/2017/NĐ-CP", "2017-10-17"),
    ("Nghị định 116/2017/NĐ-CP quy định điều kiện kinh doanh có hiệu lực từ ngày ký (17/10/2017).", "116/2017/NĐ-CP", "2017-10-17"),
    ("Luật có hiệu lực từ ngày ký (17/10/2017). Nghị định 116/2017/NĐ-CP quy định", "116/2017/NĐ-CP", ""),  # another sentence's
    # A mistyped year stays in the number as written; the year is not taken from it.
    ("theo nghị định 28/3015/NĐ-CP, người khai hải quan", "28/3015/NĐ-CP", ""),
    # The date, the issuer and the verb before the document's title, its number in brackets closing the title.
    ("Ngày 5/10/2021, Cục Hải quan tỉnh ban hành Kế hoạch tăng cường, nâng cao hiệu quả công tác chống buôn lậu (theo Công văn 512/KH-HQ).",
     "512/KH-HQ", "2021-10-05"),
    ("Ngày 5/10/2021, Cục Hải quan tỉnh ban hành Kế hoạch thực hiện Nghị quyết 68/NQ-CP về hỗ trợ doanh nghiệp.", "68/NQ-CP", ""),  # the one the title cites
    # A short name in brackets between the number and its date.
    ("Năm 2009, Bộ Tài chính ban hành Thông tư số 210/2009/TT-BTC (Thông tư 210) ngày 06/11/2009 về việc hướng dẫn.",
     "210/2009/TT-BTC", "2009-11-06"),
    # After the verb of issuing, a whole date without "ngày" (gia-tri-thoi-diem-va-cach-tinh-thue-xuat-nhap-khau, the customs
    # site's large corpus); a month and year so placed is no day of issue.
    ("Kế toán có thể dựa vào Luật Thuế xuất nhập khẩu 107/2016/QH13 ban hành 06/04/2016.", "107/2016/QH13", "2016-04-06"),
    ("Kế toán có thể dựa vào Luật Thuế xuất nhập khẩu 107/2016/QH13 ban hành 04/2016.", "107/2016/QH13", ""),
])
def test_issue_dates_where_the_page_gives_them(text, reference_id, issued):
    found, _ = find_legal_references(text, resolve_name)
    assert [(r.reference_id, r.issued_date) for r in found] == [(reference_id, issued)]


@pytest.mark.parametrize("text, expected", [
    # Numbers of one kind listed before one date share it.
    ("Bộ trưởng đã ký các Quyết định số 2801/QĐ-BTC, 2802/QĐ-BTC và 2808/QĐ-BTC ngày 31/12/2019 về việc hợp nhất.",
     [("2801/QĐ-BTC", "2019-12-31"), ("2802/QĐ-BTC", "2019-12-31"), ("2808/QĐ-BTC", "2019-12-31")]),
    ("theo Nghị quyết số 892/NQ-UBTVQH14, Nghị quyết số 893/NQ-UBTVQH14 ngày 11/02/2020 của Ủy ban Thường vụ Quốc hội",
     [("892/NQ-UBTVQH14", "2020-02-11"), ("893/NQ-UBTVQH14", "2020-02-11")]),
    # Not a number of another year, nor one that has a date of its own.
    ("Thông tư 38/2015/TT-BTC và Thông tư 39/2018/TT-BTC ngày 20/4/2018 của Bộ Tài chính",
     [("38/2015/TT-BTC", ""), ("39/2018/TT-BTC", "2018-04-20")]),
    ("Quyết định 15/QĐ-TCHQ ngày 5/1/2020 và Quyết định 20/QĐ-TCHQ ngày 9/1/2020",
     [("15/QĐ-TCHQ", "2020-01-05"), ("20/QĐ-TCHQ", "2020-01-09")]),
])
def test_a_list_of_numbers_shares_the_date_after_it(text, expected):
    found, _ = find_legal_references(text, resolve_name)
    assert [(r.reference_id, r.issued_date) for r in found] == expected


def test_a_number_has_the_date_any_mention_gives():
    text = ("Thông tư 141/2013/TT-BTC hướng dẫn thi hành luật thuế\n\nNgày 16 tháng 10 năm 2013 Bộ Tài chính ban hành "
            "Thông tư 141/2013/TT-BTC hướng dẫn thi hành. Nghị định 12/2015/NĐ-CP ngày 12/2/2015 và Nghị định 12/2015/NĐ-CP "
            "ngày 1/3/2015 nêu trên.")
    found, _ = find_legal_references(text, resolve_name)
    # The headline's mention gets the body's date; a number given two dates gets neither's guessed.
    assert [(r.reference_id, r.issued_date) for r in found] == [
        ("141/2013/TT-BTC", "2013-10-16"), ("141/2013/TT-BTC", "2013-10-16"),
        ("12/2015/NĐ-CP", "2015-02-12"), ("12/2015/NĐ-CP", "2015-03-01")]


def test_a_date_of_another_year_than_the_number_is_lent_to_no_other_mention():
    # The date after 60/2020 reaches the later 73/2018 through the verb of issuing ("ban hành kèm"); the
    # number says 2018, so the first mention of 73/2018 is not given 2020's date.
    text = ("Hóa chất này chưa được quản lý theo Nghị định 82/2013/NĐ-CP và Nghị định 73/2018/NĐ-CP. Mới đây, tại "
            "Nghị định 60/2020/NĐ-CP ngày 29/5/2020, sửa đổi, bổ sung danh mục các chất ma túy và tiền chất ban hành "
            "kèm Nghị định 73/2018/NĐ-CP, chất này đã được bổ sung.")
    found, _ = find_legal_references(text, resolve_name)
    first = {}
    for r in found:
        first.setdefault(r.reference_id, r.issued_date)
    assert first == {"82/2013/NĐ-CP": "", "73/2018/NĐ-CP": "", "60/2020/NĐ-CP": "2020-05-29"}


@pytest.mark.parametrize("text, reference_id, issued", [
    # A body that "has", "puts out" a document on a day issued it then: the date before the issuer, the
    # verb right before the document's type word (sentences from corpus-large pages).
    ("Ngày 19/12/2019, Văn phòng Chính phủ có văn bản số 11547/VPCP-CN thông báo ý kiến của Phó Thủ tướng Trịnh Đình Dũng.",
     "11547/VPCP-CN", "2019-12-19"),
    ("Ngày 13/8/2020, Tổng cục Hải quan ra Thông báo số 5344/TB-TCHQ về kết quả phân loại đối với hàng hoá xuất nhập khẩu.",
     "5344/TB-TCHQ", "2020-08-13"),
    ("ngày 23/5/2018, Bộ Tài chính đã có Quyết định 768/QĐ-BTC giải thể Chi cục Hải quan KKT cửa khẩu Cầu Treo.",
     "768/QĐ-BTC", "2018-05-23"),
    # No year in the date nor in the number: not guessed.
    ("ngày 16/7, Tổng cục Hải quan có Công văn 4747/TCHQ-GSQL chỉ đạo các cục hải quan địa phương tăng cường.",
     "4747/TCHQ-GSQL", ""),
])
def test_issue_date_before_an_issuer_that_has_the_document(text, reference_id, issued):
    found, _ = find_legal_references(text, resolve_name)
    assert [(r.reference_id, r.issued_date) for r in found] == [(reference_id, issued)]


def test_new_years_day_and_documents_issued_together():
    # From ../shared/corpus (2019-san-sang-cho-su-but-pha): "ngày đầu năm 2019" is the 1st of January, the
    # day of the first Resolution; "cùng với việc ban hành A …, Chính phủ cũng đã ban hành B": B of the same day.
    text = ("Khác với các năm trước, ngay trong ngày đầu năm 2019, cùng với việc ban hành Nghị quyết 01/NQ-CP về nhiệm vụ, "
            "giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế – xã hội và Dự toán ngân sách nhà nước năm 2019, Chính phủ "
            "cũng đã ban hành Nghị quyết 02/NQ-CP về tiếp tục thực hiện những nhiệm vụ, giải pháp chủ yếu cải thiện môi trường kinh doanh.")
    found, _ = find_legal_references(text, resolve_name)
    assert [(r.reference_id, r.issued_date) for r in found] == [("01/NQ-CP", "2019-01-01"), ("02/NQ-CP", "2019-01-01")]


@pytest.mark.parametrize("text", [
    # The first days of a year are a span, no date (the lead words from corpus-large pages: "chỉ trong 8 ngày
    # đầu năm 2021", "những ngày đầu năm 2018"), nor does a New Year's Day of another year date a numbered one.
    "chỉ trong 8 ngày đầu năm 2021, Tổng cục Hải quan ban hành Quyết định 12/QĐ-TCHQ về kiểm tra.",
    "ngay từ những ngày đầu năm 2018, Tổng cục Hải quan ban hành Quyết định 12/QĐ-TCHQ về kiểm tra.",
    "ngay trong ngày đầu năm 2019, Chính phủ ban hành Nghị quyết 01/2018/NQ-CP về nhiệm vụ.",
])
def test_no_new_years_day_here(text):
    found, _ = find_legal_references(text, resolve_name)
    assert [r.issued_date for r in found] == [""]


def test_a_consolidated_text_is_numbered_as_an_act():
    # ../shared/corpus-large/tai-ve-van-ban-hop-nhat-so-10-vbhn-btc-huong-dan-ve-thue-su-dung-dat-phi-nong-nghiep.md: "văn bản hợp nhất" and its code VBHN (Pháp lệnh
    # Hợp nhất văn bản quy phạm pháp luật 2012): the ministry that consolidated its acts is the issuer.
    found, _ = find_legal_references("Các bạn có thể tải về văn bản hợp nhất số 10/VBHN-BTC hướng dẫn về thuế sử dụng đất.",
                                     resolve_name)
    assert [(r.reference_id, r.doc_type, r.issuer_id) for r in found] == [("10/VBHN-BTC", "Văn bản hợp nhất", "bo-tai-chinh")]


def test_a_documents_own_header_dates_it():
    # ../shared/corpus-large/thong-tu-so-178-tt-btc-ap-du%cc%a3ng-ba%cc%89o-hie%cc%89m-xa%cc%83-ho%cc%a3i-vie%cc%a3t-nam.md:
    # the number after "Số:", then the place and the day in words, two lines down.
    text = ("—————**\n\nSố: 178/2012/TT-BTC\n\n*Hà Nội, ngày 23 tháng 10 năm 2012*\n\nTHÔNG TƯ\n\n"
            "HƯỚNG DẪN KẾ TOÁN ÁP DỤNG CHO BẢO HIỂM XÃ HỘI VIỆT NAM")
    found, _ = find_legal_references(text, resolve_name)
    assert [(r.reference_id, r.issued_date) for r in found] == [("178/2012/TT-BTC", "2012-10-23")]
    # Past the national motto (../shared/corpus-large/mau-quyet-dinh-cua-giam-doc-ve-viec-di-nghi-mat.md).
    text = ("CÔNG TY HDDTVN\n\n*Số: 001/2016/QĐ/KTTU*\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐỘC LẬP, TỰ DO, HẠNH PHÚC\n\n"
            "*Hà Nội, ngày 28 tháng 06 năm 2016*")
    found, _ = find_legal_references(text, resolve_name)
    assert [r.issued_date for r in found] == ["2016-06-28"]


def test_a_short_form_with_its_date_dates_the_full_number():
    # ../shared/corpus-large/tai-mien-phi-thong-tu-200-2014-tt-btc-che-do-ke-toan-doanh-nghiep.md
    text = ("Thông tư 200 ban hành ngày 22/12/2014 và bắt đầu có hiệu lực từ ngày 5/5/2015. Cho đến nay thông tư vẫn còn "
            "hiệu lực thi hành. Bạn đọc quan tâm có thể tải miễn phí Thông tư 200/2014/TT-BTC tại đây.")
    found, _ = find_legal_references(text, resolve_name)
    assert [(r.reference_id, r.issued_date) for r in found] == [("200/2014/TT-BTC", "2014-12-22")]


@pytest.mark.parametrize("text, expected", [
    # "Ngày" capitalised on the number's line, as forms write it.
    # ../shared/corpus-large/mau-bao-cao-luu-chuyen-tien-te-theo-thong-tu-200-va-133.md
    ("(Theo phương pháp trực tiếp)\n\n*(Ban hành theo Thông tư số 133/2016/TT-BTC Ngày 26/08/2016 của Bộ trưởng BTC)*\n\nNăm …",
     [("133/2016/TT-BTC", "2016-08-26")]),
    # … and on the next line, a form's basis kept in two lines.
    # ../shared/corpus-large/mau-thuyet-minh-bao-cao-tai-chinh-excel-theo-tt-200-va-133.md
    ("Mẫu số B 09 – DN\n\nĐịa chỉ:…………………………………..\n\n*(Ban hành theo Thông tư số 200/2014/TT-BTC\n\nNgày 22/12/2014 của "
     "Bộ Tài chính)*\n\nBẢN THUYẾT MINH BÁO CÁO TÀI CHÍNH", [("200/2014/TT-BTC", "2014-12-22")]),
    # "ngày ngày": a slip of the keyboard (../shared/corpus-large/nguyen-tac-ghi-nhan-doanh-thu-dich-vu-moi-nhat.md).
    ("Theo Công văn Số 13675/BTC-CST ngày ngày 14/10/2013 của Bộ tài chính gửi cho hội kiểm toán Việt Nam:",
     [("13675/BTC-CST", "2013-10-14")]),
    # A list of numbers whose last has "số" again before it shares the date written after it.
    # ../shared/corpus-large/sap-xep-lai-cap-to-doi-tai-cac-chi-cuc-thuoc-4-cuc-hai-quan-mien-trung-va-tay-nguyen.md
    ("Tổng cục Hải quan vừa ban hành 4 Quyết định số 1852/QĐ-TCHQ, 1853/QĐ-TCHQ, 1854/QĐ-TCHQ và số 1855/QĐ-TCHQ ngày "
     "22/6/2018 quy định lại cơ cấu tổ chức của các chi cục hải quan",
     [("1852/QĐ-TCHQ", "2018-06-22"), ("1853/QĐ-TCHQ", "2018-06-22"), ("1854/QĐ-TCHQ", "2018-06-22"),
      ("1855/QĐ-TCHQ", "2018-06-22")]),
    # The date after the subject, no other document named before it.
    # ../shared/corpus-large/moi-ban-doc-tai-ve-mau-cong-van-xin-lui-thoi-han-kiem-tra-thue.md
    ("Căn cứ theo hướng dẫn tại Điều 62,Thông tư 156/2013/TT-BTC hướng dẫn thi hành luật thuế, ban hành ngày 06/11/2013.",
     [("156/2013/TT-BTC", "2013-11-06")]),
])
def test_dates_of_forms_lists_and_subjects(text, expected):
    found, _ = find_legal_references(text, resolve_name)
    assert [(r.reference_id, r.issued_date) for r in found] == expected


def test_a_capitalised_ngay_opening_the_next_paragraph_is_that_paragraphs():
    # A heading that ends on a number, then a paragraph opening on a day: the paragraph's date, read by the
    # rules of a date before a document (here no verb of issuing names the number: no date).
    # ../shared/corpus-large/nghi-dinh-983-qd-btc-cong-bo-danh-muc-che-do-bao-cao-dinh-ky-trong-linh-vuc-ke-toan-kiem-toan-doc-lap.md
    text = ("Một số điểm quan trọng trong Nghị định 983/QĐ-BTC\n\nNgày 29/6/2020, Bộ tài chính công bố danh mực chế độ báo "
            "cáo định kỳ trong lĩnh vực kế toán")
    found, _ = find_legal_references(text, resolve_name)
    assert [(r.reference_id, r.issued_date) for r in found] == [("983/QĐ-BTC", "")]


@pytest.mark.parametrize("text, expected", [
    # A form is named by "mẫu" and its own code, shaped like a document's number: no reference; the act it
    # comes with is one (../shared/corpus-large/to-khai-thue-gtgt-ma%cc%83u-01-gtgt-theo-thong-tu-26.md) …
    ("Tờ khai thuế GTGT mẫu 01/GTGT theo Thông tư 26\n\nTờ khai thuế giá trị gia tăng Mẫu 01/GTGT Ban hành kèm theo Thông tư "
     "số 26/2015/TT-BTC ngày 27/02/2015 của Bộ Tài chính", [("26/2015/TT-BTC", "Thông tư")]),
    # … even when the code holds a type's code, "TB" (../shared/corpus-large/nghi-dinh-123-2020-nd-cp-quy-dinh-ve-hoa-don-dien-tu.md).
    ("Trường hợp cơ quan thuế phát hiện hóa đơn điện tử có mã của cơ quan thuế hoặc hóa đơn điện tử không có mã của cơ quan "
     "thuế đã lập có sai sót thì cơ quan thuế thông báo cho người bán theo Mẫu số 01/TB-RSĐT Phụ lục IB ban hành kèm theo "
     "Nghị định này để người bán kiểm tra sai sót.", []),
])
def test_a_forms_own_code_is_no_reference(text, expected):
    assert refs(text) == expected


@pytest.mark.parametrize("text", [
    # (../shared/corpus/toan-nganh-hai-quan-da-giam-209-doi-to.md: a Party number, a number, a date)
    "Ông Thọ nhấn mạnh, dự kiến sẽ giảm tối thiểu 10 chi cục hải quan theo Kế hoạch hành động của Bộ Tài chính thực hiện "
    "Nghị Quyết 18-NQ/TW được ban hành kèm theo Quyết định 444/QĐ-BTC ngày 30/3/2018 của Bộ trưởng Bộ Tài chính.",
    # (../shared/corpus/tong-cuc-hai-quan-vinh-du-nhan-huan-chuong-lao-dong-hang-nhat.md: a span of years)
    "Trước đó, ngày 19/8/2020, Chủ tịch nước đã ký Quyết định 1456/QĐ-CTN tặng thưởng Huân chương Lao động hạng Nhất cho "
    "Tổng cục Hải quan, đã có thành tích xuất sắc trong công tác từ năm 2015-2019, góp phần vào sự nghiệp xây dựng",
    # (../shared/corpus/cach-lap-the-tai-san-co-dinh-va-mau-the-tai-san-co-dinh-moi-nhat.md: a letter before the hyphen)
    "Mẫu thẻ tài sản cố định là Mẫu số S11-DNN ban hành theo Thông tư số 133/2016/TT-BTC ngày 26/8/2016 của Bộ Tài chính.",
])
def test_number_starts_are_the_digit_runs_before_a_separator(text):
    # The runs found back from each slash and hyphen are the matches of the pattern they stand for.
    assert _number_starts(text) == [m.start() for m in re.finditer(rf"\d+(?=[a-z]?\s?[/{_DASH}])", text)]


@pytest.mark.parametrize("text, expected", [
    # A later sentence gives the signing day of the decisions named before it, without brackets; a decision's own
    # day and month after its number, written without the year, is that day (fresh19,
    # tong-cuc-hai-quan-cong-nhan-moi-3-dai-ly-lam-thu-tuc-hai-quan.md).
    ("Cụ thể, tại Quyết định 3504/QĐ-TCHQ, ngày 23/12, Tổng cục Hải quan công nhận hoạt động đại lý làm thủ tục hải quan "
     "đối với Công ty TNHH Xuất nhập khẩu Song Toàn. Tại Quyết định 3507/QĐ-TCHQ công nhận hoạt động đại lý làm thủ tục hải "
     "quan đối với Công ty TNHH Giao nhận Quốc tế G.S.A. Cùng ngày 23/12, Tổng cục Hải quan cũng công nhận hoạt động đại lý "
     "làm thủ tục hải quan đối với Công ty TNHH Thương mại Dịch vụ Vận tải 2-9, tại Quyết định 3508/QĐ-TCHQ.\n\nCác quyết "
     "định trên có hiệu lực từ ngày ký 23/12/2020.\n\nCác công ty trên có trách nhiệm thực hiện đúng quy định của Thông tư "
     "12/2015/TT-BTC của Bộ Tài chính",
     [("3504/QĐ-TCHQ", "2020-12-23"), ("3507/QĐ-TCHQ", "2020-12-23"), ("3508/QĐ-TCHQ", "2020-12-23"), ("12/2015/TT-BTC", "")]),
    # … not a decision whose own day and month are another day's, nor one whose number carries another year.
    ("Cụ thể, tại Quyết định 3504/QĐ-TCHQ, ngày 22/12, Tổng cục Hải quan công nhận hoạt động đại lý. Tại Quyết định "
     "3507/2019/QĐ-TCHQ công nhận hoạt động đại lý. Các quyết định trên có hiệu lực từ ngày ký 23/12/2020.",
     [("3504/QĐ-TCHQ", ""), ("3507/2019/QĐ-TCHQ", "")]),
    # One decision "trên" is the last one named.
    ("Tại Quyết định 3504/QĐ-TCHQ công nhận hoạt động đại lý. Tại Quyết định 3507/QĐ-TCHQ công nhận hoạt động đại lý. "
     "Quyết định trên có hiệu lực từ ngày ký 23/12/2020.", [("3504/QĐ-TCHQ", ""), ("3507/QĐ-TCHQ", "2020-12-23")]),
    # A day they take effect on is no signing day (tong-cuc-hai-quan-dieu-dong-bo-nhiem-5-lanh-dao-vu-cuc.md, corpus-large).
    ("Cùng ngày, Tổng cục trưởng Nguyễn Văn Cẩn đã ký Quyết định 2588/QĐ-TCHQ điều động và bổ nhiệm có thời hạn ông Trịnh "
     "Quang Huy.\n\nCác quyết định trên có hiệu lực kể từ ngày 1/11/2020.", [("2588/QĐ-TCHQ", "")]),
])
def test_a_signing_day_given_for_the_documents_named_before(text, expected):
    found, _ = find_legal_references(text, resolve_name)
    assert [(r.reference_id, r.issued_date) for r in found] == expected


@pytest.mark.parametrize("text, expected", [
    # A sentence whose subject is the type word alone gives the issue date of the last number of that type
    # (../shared/corpus-large/tai-ve-mien-phi-luat-pha-san-moi-nhat.md; thong-tu-31-2019-tt-nhnn-quy-dinh-he-thong-tai-khoan-ke-toan-
    # ap-dung-cho-to-chuc-tai-chinh-vi-mo.md of the large folder, gold-annotated) …
    ("Luật phá sản hiện hành là Luật phá sản 51/2014/QH13. Luật này được ban hành ngày 19/6/2014 và có hiệu lực từ ngày 1/1/2015.",
     [("51/2014/QH13", "2014-06-19")]),
    ("Thông tư 31/2019/TT-NHNN áp dụng cho các tổ chức tài chính vi mô (TCTCVM) được thành lập và hoạt động theo quy định của "
     "Luật Các tổ chức tín dụng.\n\nThông tư ban hành ngày 30/12/2019 và có hiệu lực thi hành kể từ ngày 01/03/2020.",
     [("31/2019/TT-NHNN", "2019-12-30")]),
    # … not when that number carries another year (another document, unnumbered, may be meant), nor mid-sentence.
    ("Thông tư 39/2018/TT-BTC sửa đổi Thông tư 38/2015/TT-BTC. Thông tư được ban hành ngày 20/4/2018.",
     [("39/2018/TT-BTC", ""), ("38/2015/TT-BTC", "")]),
    ("Doanh nghiệp áp dụng Thông tư 31/2019/TT-NHNN, còn Thông tư ban hành ngày 30/12/2019 thì chưa.", [("31/2019/TT-NHNN", "")]),
])
def test_a_bare_type_word_with_its_issue_date_dates_the_last_number(text, expected):
    found, _ = find_legal_references(text, resolve_name)
    assert [(r.reference_id, r.issued_date) for r in found] == expected


@pytest.mark.parametrize("text, expected", [
    # A space typed for the hyphen between a type's code and a known issuer's: the number as issued, dated as usual
    # (../shared/corpus-large/mau-bien-ban-bao-mat-hoa-don-gtgt-lien-2-dau-vao.md,
    # ../shared/corpus-large/nguy-co-gian-lan-khi-luu-giu-chung-giua-hang-hoa-xnk-qua-canh-voi-hang-hoa-noi-dia.md).
    ("*– Căn cứ Thông tư số 39/2014/TT BTC ngày 31/03/2014 hướng dẫn thi hành Nghị định số 51/2010/NĐ-CP",
     [("39/2014/TT-BTC", "2014-03-31", "bo-tai-chinh"), ("51/2010/NĐ-CP", "", "chinh-phu")]),
    ("khoản 2 Điều 1 Nghị định số 67/2020/NĐ CP ngày 15/6/2020 của Chính phủ quy định về thủ tục công nhận kho, bãi",
     [("67/2020/NĐ-CP", "2020-06-15", "chinh-phu")]),
    # Not a word after the type's code that is no issuer's code.
    ("theo Quyết định 12/QĐ TP Hà Nội", [("12/QĐ", "", "")]),
])
def test_a_space_for_the_hyphen_before_the_issuer(text, expected):
    found, _ = find_legal_references(text, resolve_name)
    assert [(r.reference_id, r.issued_date, r.issuer_id) for r in found] == expected


# A national technical regulation binds by law (legal.json `_about_regulations`): one reference, numbered as the ministry
# issued it with no spaces, its year the one after the colon; never the tail of its number ("2015/BTNMT"), read before
# as an official letter of its own. Pages of corpus-large, each named.
@pytest.mark.parametrize("text, expected", [
    # nhung-dieu-kien-con-lam-kho-doanh-nghiep.md: a part code after the number, the type words before it.
    ("Theo ông Nam, Quy chuẩn Kỹ thuật Quốc gia QCVN 11-MT:2015/BTNMT về nước thải chế biến thủy sản có thêm chỉ tiêu "
     "phốt-pho (trước đó không có)",
     [("QCVN11-MT:2015/BTNMT", "Quy chuẩn Kỹ thuật Quốc gia QCVN 11-MT:2015/BTNMT", 2015, "bo-tai-nguyen-va-moi-truong")]),
    # pha-kho-chua-hang-gia-dung-dom.md: a part number, no type words.
    ("mã số vạch 8938504329 và dấu hợp quy Vietcret 15.600-HQ-15 QCVN 12-3:2011/BYT của Công ty TNHH Tân Hợp Thành",
     [("QCVN12-3:2011/BYT", "QCVN 12-3:2011/BYT", 2011, "bo-y-te")]),
    # tra-loi-doanh-nghiep-ve-phan-tich-phan-loai-hang-hoa-2.md: the prefix glued to the number.
    ("là mặt hàng thuộc phạm vi quy chuẩn quốc gia về an toàn đồ chơi trẻ em theo QCVN3:2019/BKHCN.",
     [("QCVN3:2019/BKHCN", "QCVN3:2019/BKHCN", 2019, "bo-khoa-hoc-va-cong-nghe")]),
])
def test_a_regulations_number_is_one_reference(text, expected):
    found, _ = find_legal_references(text, resolve_name)
    assert [(r.reference_id, r.surface, r.year, r.issuer_id) for r in found] == expected
    assert all(r.doc_type == "Quy chuẩn kỹ thuật quốc gia" and r.type_code == "QCVN" for r in found)


def test_a_regulation_is_issued_on_its_circulars_day():
    # tiep-tuc-ra-soat-quy-dinh-ve-quy-chuan-ky-thuat-quoc-gia-lien-quan-den-thep-khong-gi.md: the circular of that day
    # issues the regulation, both numbers whole, and the circular's subject reads past the regulation's colon.
    text = ("Thông tư 15/2019/TT-BKHCN ngày 15/11/2019 của Bộ trưởng Bộ Khoa học và Công nghệ ban hành Quy chuẩn kỹ thuật quốc "
            "gia QCVN 20:2019/BKHCN về thép không gỉ (sau đây viết tắt là Thông tư 15).")
    found, _ = find_legal_references(text, resolve_name)
    assert [(r.reference_id, r.issued_date, r.subject) for r in found] == [
        ("15/2019/TT-BKHCN", "2019-11-15", "ban hành Quy chuẩn kỹ thuật quốc gia QCVN 20:2019/BKHCN về thép không gỉ"),
        ("QCVN20:2019/BKHCN", "2019-11-15", "về thép không gỉ")]


# A standard (TCVN) is voluntary: no reference, as the gold of hai-quan-cuong-quyet-kiem-soat-chat-mat-hang-da-voi-xuat-khau
# lists none for its "TCVN 6072:2013"; the document cited beside it stays (tphcm-thuc-pham-dong-lanh-nhap-khau-an-toan-
# voi-virus-sars-cov2.md).
@pytest.mark.parametrize("text, expected", [
    ("đáp ứng Tiêu chuẩn quốc gia TCVN 6072:2013 thì thuộc nhóm 25.21", []),
    ("Quy trình lấy mẫu theo quy định của Bộ Y tế tại Thông tư số 14/2011/TT-BYT và Tiêu chuẩn Việt Nam TCVN 8129:2019 về "
     "phương pháp lấy mẫu bề mặt để xét nghiệm vi sinh vật.", [("14/2011/TT-BYT", "Thông tư")]),
])
def test_a_standard_is_no_reference(text, expected):
    assert refs(text) == expected


@pytest.mark.parametrize("text, number, expected", [
    # The year after a standard's colon, whatever its prefix (tra-loi-doanh-nghiep-ve-phan-tich-phan-loai-hang-hoa-2.md,
    # nhung-dieu-kien-con-lam-kho-doanh-nghiep.md), and after a spaced colon.
    ("kiểm định theo QCVN 3:2019/BKHCN", "2019/BKHCN", True),
    ("Quốc gia QCVN 11-MT:2015/BTNMT", "2015/BTNMT", True),
    ("theo QCVN 20 : 2019/BKHCN", "2019/BKHCN", True),
    # A document's number after a word's colon (the headers of corpus-large's thong-tu-so-178-tt-btc-… and
    # mau-quyet-dinh-cua-giam-doc-ve-viec-di-nghi-mat.md) is one.
    ("—————**\n\nSố: 178/2012/TT-BTC", "178/2012/TT-BTC", False),
    ("CÔNG TY HDDTVN\n\n*Số: 001/2016/QĐ/KTTU*", "001/2016/QĐ/KTTU", False),
])
def test_the_tail_of_a_standards_number_is_no_document(text, number, expected):
    assert _after_standards_colon(text, text.index(number)) is expected


def test_a_regulation_without_its_issuer_is_a_short_form():
    # (No page of the corpora cites one so; the brief's example.) Resolved only when the page gives one full number.
    _, named = find_legal_references("theo QCVN 11:2017 và QCVN 11:2017/BTC", resolve_name)
    assert [(n.kind, n.text, n.resolved_reference_id) for n in named] == [("short", "QCVN 11:2017", "QCVN11:2017/BTC")]
    _, named = find_legal_references("theo QCVN 11:2017 về an toàn", resolve_name)
    assert [(n.kind, n.doc_type, n.text, n.resolved_reference_id) for n in named] == [
        ("short", "Quy chuẩn kỹ thuật quốc gia", "QCVN 11:2017", "")]


def test_a_regulations_number_keeps_to_the_contract():
    # Its id as issued passes the schema's pattern and the contract's rules (the year after the colon too) and publishes;
    # the page's sentence: tra-loi-doanh-nghiep-ve-phan-tich-phan-loai-hang-hoa-2.md.
    from pipeline.page import RawPage, process_page
    from pipeline.schema import REFERENCE_ID_PATTERN
    text = ("# Trả lời doanh nghiệp\n\nCông ty TNHH R Star nêu vướng mắc liên quan đến kiểm định theo QCVN 3:2019/BKHCN đối "
            "với mặt hàng đất sét nặn. Quy chuẩn Kỹ thuật Quốc gia QCVN 11-MT:2015/BTNMT về nước thải.\n")
    rows = process_page(RawPage("qcvn.md", text.encode(), {"published_date": "2020-10-20"}))
    assert [(r["reference_id"], r["year"]) for r in rows["legal_references"]] == [("QCVN3:2019/BKHCN", 2019), ("QCVN11-MT:2015/BTNMT", 2015)]
    assert not rows["quarantine"]
    assert not re.match(REFERENCE_ID_PATTERN, "QCVN 3:2019/BKHCN")  # spaces: not as issued


# A named document's name ends before a standard or a regulation joined to it by "và" (legal.json `heads_after_and`):
# hai-quan-cuong-quyet-kiem-soat-chat-mat-hang-da-voi-xuat-khau.md and lo-da-voi-xuat-khau-dang-giu-tai-cang-….md;
# the law on them keeps its whole name (nhieu-chuyen-bien-tich-cuc-ve-kiem-tra-chuyen-nganh-tai-tp-hcm.md).
@pytest.mark.parametrize("text, expected", [
    ("nên theo quy định tại điểm g khoản 1 Điều 64 Luật Khoáng sản và Tiêu chuẩn quốc gia TCVN 6072:2013 thì mặt hàng này "
     "phải được áp mã số 2521.00.00", ["Luật Khoáng sản"]),
    ("bổ sung Khoản 1 Điều 47 và Khoản 1 Điều 48 Luật Tiêu chuẩn và Quy chuẩn kỹ thuật) theo hướng cho phép",
     ["Luật Tiêu chuẩn và Quy chuẩn kỹ thuật"]),
])
def test_a_named_document_ends_before_a_standard(text, expected):
    _, named = find_legal_references(text, resolve_name)
    assert [n.text for n in named if n.kind == "named"] == expected
