"""Legal references: every numbering form the press uses, one line each: (text, expected)."""
from __future__ import annotations

import pytest

from pipeline.extract.legal import find_legal_references
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
])
def test_numbers(text, expected):
    assert refs(text) == expected


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
