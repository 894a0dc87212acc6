"""People and organisations: the orders in which Vietnamese attaches titles to names, and how bodies
nest. One case a line: (text, expected)."""
from __future__ import annotations

import pytest

from pipeline.extract.organisations import find_organisations
from pipeline.extract.people import find_people


def people(text: str) -> list[tuple[str, str, str]]:
    orgs = find_organisations(text)
    return [(p.name, p.title, p.organisation_surface) for p in find_people(text, [], [(o.start, o.end) for o in orgs])]


@pytest.mark.parametrize("text, expected", [
    ("Thứ trưởng Nguyễn Thị Hà phát biểu.", [("Nguyễn Thị Hà", "Thứ trưởng", "")]),
    ("Báo cáo tại Hội nghị, ông Đặng Hoa Nam – Cục trưởng Cục Trẻ em cho biết, năm 2021 …",
     [("Đặng Hoa Nam", "Cục trưởng", "Cục Trẻ em")]),
    ("Phó Tổng cục trưởng Tổng cục Hải quan Hoàng Việt Cường chủ trì hội nghị.",
     [("Hoàng Việt Cường", "Phó Tổng cục trưởng", "Tổng cục Hải quan")]),
    ("Bộ trưởng Bộ Tài chính Đinh Tiến Dũng nhấn mạnh …", [("Đinh Tiến Dũng", "Bộ trưởng", "Bộ Tài chính")]),
    ("Ủy viên Trung ương Đảng, Bộ trưởng Bộ Tài chính Đinh Tiến Dũng nhấn mạnh …", [("Đinh Tiến Dũng", "Bộ trưởng", "Bộ Tài chính")]),
    ("ông Lê Văn Tám, Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Long An phát biểu.",
     [("Lê Văn Tám", "Phó Chủ tịch", "UBND tỉnh Long An")]),
    ("bà Lê Như Quỳnh, Vụ trưởng Vụ Pháp chế giữ chức Cục trưởng", [("Lê Như Quỳnh", "Vụ trưởng", "Vụ Pháp chế")]),
    ("Cục trưởng Cục Hải quan Quảng Ninh Bùi Văn Khắng đề xuất …", [("Bùi Văn Khắng", "Cục trưởng", "Cục Hải quan Quảng Ninh")]),
    ("Cục trưởng Cục Hải quan TP.HCM Đinh Ngọc Thắng nêu ý kiến.", [("Đinh Ngọc Thắng", "Cục trưởng", "Cục Hải quan TP.HCM")]),
    # Honorifics are not part of the name, at a sentence start either, whatever name follows.
    ("Ông Nguyễn Dương Thái cho biết …", [("Nguyễn Dương Thái", "", "")]),
    ("Ông Glenn Hughes, Trưởng đại diện Tập đoàn Logos cho biết …", [("Glenn Hughes", "Trưởng đại diện", "Tập đoàn Logos")]),
    # One word after the honorific is a name only when no Vietnamese syllable has its shape (two vowel groups:
    # value_rules.json person_name_shape). ../shared/corpus-large/doi-thoai-dn-nhat-ban-phan-hoi-de-phat-huy-hieu-qua-chinh-sach-hai-quan.md:
    ("Ông Hatsushiba, Trưởng nhóm hải quan, JCCI bày tỏ cảm ơn cơ quan Hải quan đã tích cực", [("Hatsushiba", "Trưởng nhóm hải quan", "")]),
    # ../shared/corpus/giai-ngan-von-dau-tu-cong-chuyen-bien-tich-cuc-nhung-van-con-nan-giai.md: one Vietnamese syllable.
    ("Cũng theo ông Long, qua quá trình theo dõi, đánh giá công tác giải ngân", []),
    # A name never crosses a line break: the next paragraph's first word is not its last syllable.
    ("Phó Tổng cục trưởng Tổng cục Hải quan Mai Xuân Thành\n\nSuốt năm 2020 …",
     [("Mai Xuân Thành", "Phó Tổng cục trưởng", "Tổng cục Hải quan")]),
    ("tân Cục trưởng Cục Hải quan Cần Thơ Vũ Anh\n\nNgày 19/1 …", [("Vũ Anh", "Cục trưởng", "Cục Hải quan Cần Thơ")]),
    # Between title and name: the dash is neither's; words ending as no body's name does qualify the title.
    ("Chủ tịch nước Việt Nam – Trần Đại Quang phát biểu.", [("Trần Đại Quang", "Chủ tịch nước", "Việt Nam")]),
    ("Tham dự có Ủy viên Thường trực Nguyễn Văn An.", [("Nguyễn Văn An", "Ủy viên", "")]),
    ("Phó Bí thư Thường trực Nguyễn Hữu Thân ghi nhận.", [("Nguyễn Hữu Thân", "Phó Bí thư Thường trực", "")]),
])
def test_titles_and_names(text, expected):
    assert people(text) == expected


def test_later_mentions_are_the_same_person():
    text = "Thứ trưởng Nguyễn Thị Hà chủ trì. Thứ trưởng Hà nhấn mạnh … Thứ trưởng Nguyễn Thị Hà kết luận."
    found = find_people(text)
    assert [(p.name, len(p.mentions), p.role) for p in found] == [("Nguyễn Thị Hà", 3, "chaired")]


@pytest.mark.parametrize("text", [
    "Tổng cục trưởng phát biểu chỉ đạo. Ảnh: Hải Yến",
    "Đường Hồ Chí Minh được mở rộng tại tỉnh Hà Giang.",
    "Cục Hải quan Hà Tĩnh tổ chức hội nghị.",
])
def test_no_person_here(text):
    assert people(text) == []


def orgs(text: str) -> list[tuple[str, str, str]]:
    return [(o.name, o.org_type, o.parent_id) for o in find_organisations(text)]


@pytest.mark.parametrize("text, expected", [
    ("Bộ LĐTBXH tổ chức hội nghị.", [("Bộ Lao động - Thương binh và Xã hội", "ministry", "chinh-phu")]),
    ("Bộ LĐ-TBXH tổ chức hội nghị.", [("Bộ Lao động - Thương binh và Xã hội", "ministry", "chinh-phu")]),
    ("đại diện Cục Cảnh sát hình sự (Bộ Công an) tham dự",
     [("Cục Cảnh sát hình sự", "department", "bo-cong-an"), ("Bộ Công an", "ministry", "chinh-phu")]),
    ("Vụ trưởng Vụ Pháp chế, Bộ Tài chính cho biết",
     [("Vụ Pháp chế", "department", "bo-tai-chinh"), ("Bộ Tài chính", "ministry", "chinh-phu")]),
    ("Cục Hải quan tỉnh Thanh Hóa đối thoại với doanh nghiệp.", [("Cục Hải quan tỉnh Thanh Hóa", "department", "tong-cuc-hai-quan")]),
    ("Sở LĐTBXH Hà Nội báo cáo.", [("Sở Lao động - Thương binh và Xã hội Hà Nội", "provincial_department", "")]),
    ("Ủy ban nhân dân tỉnh Long An phối hợp.", [("Ủy ban nhân dân tỉnh Long An", "local_government", "")]),
    ("Phối hợp với UNICEF xây dựng tài liệu.", [("Quỹ Nhi đồng Liên Hợp Quốc", "international", "lien-hop-quoc")]),
    ("Hội Bảo vệ quyền trẻ em Việt Nam ghi nhận.", [("Hội Bảo vệ quyền trẻ em Việt Nam", "association", "")]),
    ("Hiệp hội Dệt may Việt Nam kiến nghị.", [("Hiệp hội Dệt may Việt Nam", "association", "")]),
    ("Bộ Kế hoạch và Đầu tư và Bộ Công Thương", [("Bộ Kế hoạch và Đầu tư", "ministry", "chinh-phu"), ("Bộ Công Thương", "ministry", "chinh-phu")]),
    # "xã hội" is not the locality "xã" ("UBND xã Tân Lập"); a list's commas name no parent.
    ("lãnh đạo Cục Bảo trợ xã hội, Vụ Bình đẳng giới, Tổng cục Giáo dục nghề nghiệp.",
     [("Cục Bảo trợ xã hội", "department", "bo-lao-dong-thuong-binh-va-xa-hoi"),
      ("Vụ Bình đẳng giới", "department", "bo-lao-dong-thuong-binh-va-xa-hoi"),
      ("Tổng cục Giáo dục nghề nghiệp", "general_department", "bo-lao-dong-thuong-binh-va-xa-hoi")]),
    ("UBND xã Tân Lập báo cáo.", [("UBND xã Tân Lập", "local_government", "")]),
    # A head and its name stand on one line: a head closing a paragraph names nothing after it.
    ("cán bộ Hải quan\n\nHiện trường vụ việc ở cảng", []),
    ("hạch toán vào Kho bạc\n\nCó TK 111- Tiền mặt", []),
    ("Công ty cổ phần\n\nBáo cáo tình hình thay đổi", []),
    # A name does not end on a joining word or sign: "và", "&" go on only to a capitalised word.
    ("thuộc Bộ Kế hoạch và\n\nĐầu tư", [("Bộ Kế hoạch", "ministry", "")]),
    ("Giám đốc Công ty TNHH Minh&\n\nÔng", [("Công ty TNHH Minh", "enterprise", "")]),
    ("Sở Khoa học & Công nghệ Hà Nội báo cáo.", [("Sở Khoa học & Công nghệ Hà Nội", "provincial_department", "")]),
    ("Theo Bộ Thông tin & Truyền thông, …", [("Bộ Thông tin và Truyền thông", "ministry", "chinh-phu")]),
])
def test_organisations(text, expected):
    assert orgs(text) == expected


def test_bare_areas_after_a_list_of_ministries_are_ministries():
    text = ("Công tác phối hợp liên ngành với các Bộ, ban, ngành như: Giáo dục và Đào tạo, Thông tin và Truyền thông, "
            "Công an, Văn phòng Trung ương Đảng, Ban Tuyên giáo,… được triển khai nhịp nhàng.")
    assert [o.organisation_id for o in find_organisations(text)] == [
        "bo-giao-duc-va-dao-tao", "bo-thong-tin-va-truyen-thong", "bo-cong-an", "van-phong-trung-uong-dang",
        "ban-tuyen-giao-trung-uong"]


def test_units_take_the_pages_ministry_as_parent():
    text = ("Bộ LĐTBXH tổ chức hội nghị của Cục Trẻ em. Đại diện Vụ Pháp chế, Vụ Hợp tác quốc tế tham dự.")
    parents = {o.name: o.parent_id for o in find_organisations(text)}
    assert parents["Vụ Pháp chế"] == parents["Vụ Hợp tác quốc tế"] == "bo-lao-dong-thuong-binh-va-xa-hoi"
