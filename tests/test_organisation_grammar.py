"""The grammar of organisation names the registry does not know: where a discovered name ends, the
places and numbers inside it, the abbreviation a page defines for it, and the names that stand for a
kind of body rather than one. One case a line: (text, the surfaces found). The sentences are written
for these tests from how Vietnamese bodies are named, not copied from a scored page."""
from __future__ import annotations

import pytest

from pipeline.extract.organisations import find_organisations


def surfaces(text: str) -> list[str]:
    return [o.surface for o in find_organisations(text)]


@pytest.mark.parametrize("text, expected", [
    # A place after a locality word may look like a person's name; a rarer family name is the place's.
    ("Lãnh đạo Chi cục Hải quan cửa khẩu Chàng Riệc cho biết.", ["Chi cục Hải quan cửa khẩu Chàng Riệc"]),
    ("Chi cục Hải quan cửa khẩu Trà Linh tiếp nhận hồ sơ.", ["Chi cục Hải quan cửa khẩu Trà Linh"]),
    ("Chủ tịch UBND huyện Nguyễn Văn Bình phát biểu.", []),
    # Locality words follow each other, and a number or a direction names the area.
    ("Chi cục Hải quan cửa khẩu quốc tế Lệ Thanh thông quan 200 tờ khai.", ["Chi cục Hải quan cửa khẩu quốc tế Lệ Thanh"]),
    ("Chi cục Thuế khu vực 7 đôn đốc thu nợ.", ["Chi cục Thuế khu vực 7"]),
    ("Đội Kiểm soát phòng chống ma túy khu vực phía Nam đã bắt giữ.",
     ["Đội Kiểm soát phòng chống ma túy khu vực phía Nam"]),
    ("Chi cục Hải quan khu công nghiệp Tân Phú Trung làm thủ tục.", ["Chi cục Hải quan khu công nghiệp Tân Phú Trung"]),
    ("Đội Kiểm soát chống buôn lậu khu vực miền Trung (Đội 3) đã bắt giữ.", ["Đội Kiểm soát chống buôn lậu khu vực miền Trung", "Đội 3"]),
    # A place's second syllable spelt like a sentence's first word is the place's, after one capitalised word of it.
    ("Chi cục Hải quan cửa khẩu Tân Năm, Cục Hải quan Quảng Trị cho biết.", ["Chi cục Hải quan cửa khẩu Tân Năm", "Cục Hải quan Quảng Trị"]),
    ("Đội Kiểm soát Hải quan cửa khẩu Vĩnh Xương Trong năm qua bắt giữ.", ["Đội Kiểm soát Hải quan cửa khẩu Vĩnh Xương"]),
    # A stop word that starts a word names are made of goes on; alone it is the sentence's.
    ("Trung tâm Dữ liệu thuế trực tuyến (Cục Thuế) đã kết nối.", ["Trung tâm Dữ liệu thuế trực tuyến", "Cục Thuế"]),
    ("Phòng Giám sát thuế trực tiếp chỉ đạo.", ["Phòng Giám sát thuế"]),
    # A lone code after a dash is a system's or the body's abbreviation, not a part of its name.
    ("Đề án “Nâng cấp Hệ thống quản lý Hải quan Hải Phòng – HPMS” đã hoàn thành.", ["Hải quan Hải Phòng"]),
    ("Phòng Tài vụ - Quản trị cho biết.", ["Phòng Tài vụ - Quản trị"]),
    ("Đội Kiểm soát chống buôn lậu khu vực miền Nam – Đội 4 đã bắt giữ.", ["Đội Kiểm soát chống buôn lậu khu vực miền Nam", "Đội 4"]),
    # A project a body works with is a party; a project alone, or one named by a donor's code, is not.
    ("Trường đã phối hợp với Dự án Hỗ trợ cải cách thuế (TRS) ký kết biên bản.", ["Dự án Hỗ trợ cải cách thuế", "TRS"]),
    ("Dự án Hỗ trợ cải cách thuế đã hoàn thành.", []),
    ("Cục đã phối hợp với Dự án GIZ tổ chức hội thảo.", []),
    # Lower-case areas joined by "và" belong to the name; the other party of the sentence does not.
    ("Vụ Giám sát và quản lý nợ công báo cáo.", ["Vụ Giám sát và quản lý nợ công"]),
    ("Quỹ Hỗ trợ sắp xếp và phát triển doanh nghiệp đã chi.", ["Quỹ Hỗ trợ sắp xếp và phát triển doanh nghiệp"]),
    ("Phòng Nghiệp vụ và doanh nghiệp cùng kiểm tra.", ["Phòng Nghiệp vụ"]),
    ("Phòng Tổng hợp và cơ quan thuế phối hợp.", ["Phòng Tổng hợp"]),
    ("Viện Kinh tế và phát hiện mới", ["Viện Kinh tế"]),
    # After a code or a foreign brand the lower-case words are the sentence's, and "và" joins two bodies.
    ("Tập đoàn ABX đầu tư nhà máy mới.", ["Tập đoàn ABX"]),
    ("Tập đoàn Westfield nằm trong danh sách.", ["Tập đoàn Westfield"]),
    ("Tập đoàn KLM và Boeing ký hợp đồng.", ["Tập đoàn KLM"]),
    ("Đội QLTT số 9 và Đồn Công an Bình Minh phối hợp.", ["Đội QLTT số 9", "Đồn Công an Bình Minh"]),
    # Company forms are heads: the words after them are the company's name.
    ("Công ty CP Thủy sản Minh Hải ký hợp đồng.", ["Công ty CP Thủy sản Minh Hải"]),
    ("Công ty Cổ phần Tập đoàn Hoa Sen mở rộng sản xuất.", ["Công ty Cổ phần Tập đoàn Hoa Sen"]),
    ("Tổng Công ty Lương thực miền Nam xuất khẩu gạo.", ["Tổng Công ty Lương thực miền Nam"]),
    ("Ngân hàng TMCP Phương Đông cho vay.", ["Ngân hàng TMCP Phương Đông"]),
    ("Hiệp hội DN cơ khí Hải Phòng kiến nghị.", ["Hiệp hội DN cơ khí Hải Phòng"]),
    # A school is named by its kind ("Trường THPT …"); "Trường" alone starts no name.
    ("Trường THPT Lê Hồng Phong khai giảng.", ["Trường THPT Lê Hồng Phong"]),
    # (A bare "Công ty" and a trade, then a capital: the firm's name, not a school's, see `trades`.)
    ("Công ty ô tô Trường Thịnh xuất khẩu.", ["Công ty ô tô Trường Thịnh"]),
    # A capitalised word that starts a sentence is no part of the name before it.
    ("Viện Vật liệu Xây dựng Đến nay đã có 30 đề tài.", ["Viện Vật liệu Xây dựng"]),
    ("Bộ Luật Lao động quy định", []),
])
def test_where_discovered_names_end(text, expected):
    assert surfaces(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Các Chi cục Hải quan đã triển khai.", []),
    ("Dự kiến giảm 12 Chi cục Hải quan trong năm.", []),
    ("Theo đề nghị của Chi cục Hải quan nơi mở tờ khai.", []),
    ("Mỗi Công ty Điện lực lập biên bản.", []),
    ("những Hiệp hội ngành hàng lớn", []),
    # A count of months or a date before a body is no quantity of it.
    ("Trong tháng 8 Tổng cục Hải quan đã thu 30 nghìn tỷ đồng.", ["Tổng cục Hải quan"]),
])
def test_kinds_of_body_are_not_bodies(text, expected):
    assert surfaces(text) == expected


def test_a_defined_abbreviation_completes_the_name_and_names_it_later():
    text = ("Ông A, Giám đốc Trung tâm Nghiên cứu và Dự báo thị trường nông sản (CRAF), cho biết. "
            "Theo CRAF, giá lúa tăng.")
    found = find_organisations(text)
    assert [o.surface for o in found] == [
        "Trung tâm Nghiên cứu và Dự báo thị trường nông sản", "CRAF", "CRAF"]
    assert {o.organisation_id for o in found} == {found[0].organisation_id}
    assert {o.abbreviation for o in found} == {"CRAF"}


def test_a_parent_in_parentheses_is_no_abbreviation():
    found = find_organisations("Ban Quản lý Dự án Thủy lợi miền Trung (Bộ Nông nghiệp và Môi trường) báo cáo.")
    assert [(o.surface, o.abbreviation) for o in found][0] == ("Ban Quản lý Dự án Thủy lợi miền Trung", "")


def test_a_clause_before_parentheses_is_not_pulled_into_the_name():
    found = find_organisations("Công ty Minh Long đã ký với đối tác (ABCD) hôm qua.")
    assert [o.surface for o in found] == ["Công ty Minh Long"]


@pytest.mark.parametrize("text, expected", [
    # A stop word that completes the capitalised word before it is no end of the name.
    ("Công ty Phát triển công nghệ Hưng Thịnh ký hợp đồng.", ["Công ty Phát triển công nghệ Hưng Thịnh"]),
    ("Ban Nghiên cứu Phát triển nông thôn đề xuất.", ["Ban Nghiên cứu Phát triển nông thôn"]),
    ("Cục Điều tra tội phạm về, theo báo cáo", ["Cục Điều tra tội phạm"]),
    # Right after a firm's head a rarer family name is the brand's; a common one is still a person's.
    ("Công ty TNHH Cao Phong Việt xuất khẩu.", ["Công ty TNHH Cao Phong Việt"]),
    ("Công ty Xây lắp điện Thái Hà trúng thầu.", ["Công ty Xây lắp điện Thái Hà"]),
    ("Bộ trưởng Bộ Công an Tô Lâm phát biểu.", ["Bộ Công an"]),
    # A hyphen joins a lower-case area a name has, after lower-case words only.
    ("Phòng Tổ chức - hành chính tiếp nhận hồ sơ.", ["Phòng Tổ chức - hành chính"]),
    ("Phòng Phân loại hàng hóa- biểu thuế hướng dẫn.", ["Phòng Phân loại hàng hóa- biểu thuế"]),
    ("Sở Y tế - bệnh nhân", []),
])
def test_where_discovered_names_end_after_words_and_hyphens(text, expected):
    assert surfaces(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A registry name bodies of a kind have borne, counted, is the kind.
    ("Tổng cục đã sắp xếp 20/35 Cục Hải quan trong năm.", []),
    ("Doanh nghiệp khai báo tại nhiều Cục Thuế khác nhau.", []),
    # A provincial body with no place, on a page about no province, is every province's.
    ("Việc tuyển dụng do Sở Nội vụ thực hiện.", []),
    # "tỉnh, thành phố" is every province and city, whichever the page is about.
    ("Ban ATGT tỉnh, TP trực thuộc trung ương báo cáo. Tỉnh Ninh Bình.", []),
    ("UBND tỉnh chỉ đạo. Tỉnh Ninh Bình.", ["UBND tỉnh"]),
])
def test_kinds_of_body_named_by_the_registry_or_a_province(text, expected):
    assert surfaces(text) == expected


def test_a_name_in_lower_case_before_the_code_a_page_gives_it():
    found = find_organisations("Các viện sẽ nhập thành Trung tâm nghiên cứu giống cây trồng (SRC) của vùng. "
                               "SRC sẽ đặt tại Cần Thơ.")
    assert [(o.surface, o.abbreviation) for o in found] == [
        ("Trung tâm nghiên cứu giống cây trồng", "SRC"), ("SRC", "SRC"), ("SRC", "SRC")]


def test_a_code_of_the_words_inside_a_name_is_no_code_of_the_body():
    found = find_organisations("Chủ tịch Ủy ban An toàn giao thông (ATGT) quốc gia phát biểu. Trật tự ATGT được giữ.")
    assert [(o.surface, o.name) for o in found] == [
        ("Ủy ban An toàn giao thông (ATGT) quốc gia", "Ủy ban An toàn giao thông Quốc gia")]
    assert surfaces("Ông B, Giám đốc Trung tâm Dịch vụ việc làm (TTDVVL) cho biết. TTDVVL đã giới thiệu") == [
        "Trung tâm Dịch vụ việc làm"]


def test_a_short_form_is_the_body_named_in_full_on_the_page():
    """After "Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia" a page says "Văn phòng Thường trực": the
    same office, its words kept as the surface (cut where it is, the name would end on "Thường trực")."""
    text = ("Ông Lê Văn An, Chánh Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia, cho biết năm nay "
            "Văn phòng Thường trực đã tổ chức ba hội thảo.")
    found = [(m.name, m.surface) for m in find_organisations(text) if m.surface.startswith("Văn phòng")]
    assert found == [("Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia", "Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia"),
                     ("Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia", "Văn phòng Thường trực")]



@pytest.mark.parametrize("text, expected", [
    # A title glues the head of the unit it heads in lower case; the unit is named all the same.
    ("Ông Hà, Trưởng phòng Giám sát, Cục Hải quan Hà Tĩnh cho biết.", ["phòng Giám sát", "Cục Hải quan Hà Tĩnh"]),
    ("Bà Mai, Phó trưởng ban Pháp chế cho biết.", ["ban Pháp chế"]),
    ("Ông Tư, Trưởng ban Tuyên giáo và Dân vận Trung ương, phát biểu.", ["ban Tuyên giáo và Dân vận Trung ương"]),
    # The title's word followed by the unit's own head, or a rank, names no second unit.
    ("Ông Vũ, Phó Trưởng phòng Phòng Tổng hợp, cho biết.", ["Phòng Tổng hợp"]),
    ("Ông Năm, Phó Trưởng ban Thường trực, phát biểu.", []),
    # A foreign body's seat in Vietnam belongs to its name.
    ("Tổng hội trưởng Tổng hội Doanh nghiệp Nhật Bản tại Việt Nam phát biểu.", ["Tổng hội Doanh nghiệp Nhật Bản tại Việt Nam"]),
    # A school named after a person carries the whole name, whatever the family name.
    ("Trường Trung học phổ thông Chu Văn An tuyển sinh.", ["Trường Trung học phổ thông Chu Văn An"]),
])
def test_heads_after_titles_seats_and_schools(text, expected):
    assert surfaces(text) == expected


def test_a_head_glued_to_a_title_is_named_with_a_capital():
    found = find_organisations("Ông Hà, Trưởng phòng Giám sát cho biết.")
    assert [(o.surface, o.name, o.org_type) for o in found] == [("phòng Giám sát", "Phòng Giám sát", "division")]


@pytest.mark.parametrize("text, expected", [
    # A steering committee is named after its task, read after "về" or a title; its parts are joined by
    # commas and "và", and it ends at the sentence's verb, a comma before one, or after a place.
    ("Hôm qua, Ban Chỉ đạo về phòng thủ dân sự thành phố Đà Nẵng tổ chức hội nghị.",
     ["Ban Chỉ đạo về phòng thủ dân sự thành phố Đà Nẵng"]),
    ("Ban chỉ đạo về chuyển đổi số các cấp cho biết, việc đã xong.", ["Ban chỉ đạo về chuyển đổi số các cấp"]),
    ("Ông Lê Văn Nam, Trưởng ban Chỉ đạo thực hiện sắp xếp, tinh gọn bộ máy và xây dựng chính quyền 3 cấp sẽ kiểm tra.",
     ["ban Chỉ đạo thực hiện sắp xếp, tinh gọn bộ máy và xây dựng chính quyền 3 cấp"]),
    ("Ông Lê Văn Nam, Trưởng Ban Chỉ đạo các dự án trọng điểm ngành điện, chủ trì cuộc họp.",
     ["Ban Chỉ đạo các dự án trọng điểm ngành điện"]),
    # A national committee is named after its task the same way; a code inside the task is the task's.
    ("Theo Ủy ban quốc gia về phòng, chống HIV và phòng, chống tệ nạn xã hội để triển khai.",
     ["Ủy ban quốc gia về phòng, chống HIV và phòng, chống tệ nạn xã hội"]),
    ("Ủy ban quốc gia đã họp.", []),
    # Without "về" or a title the lower-case word is the sentence's verb, as is one word after a title.
    ("Ban Chỉ đạo yêu cầu các bộ báo cáo.", ["Ban Chỉ đạo"]),
    ("Các việc Trưởng Ban Chỉ đạo giao, về cơ bản đã xong.", ["Ban Chỉ đạo"]),
])
def test_a_committee_named_after_its_task(text, expected):
    assert surfaces(text) == expected


@pytest.mark.parametrize("text, name", [
    ("Phó Chủ tịch UBND tỉnh Trần Văn An làm việc tại Quảng Trị.", "Ủy ban nhân dân tỉnh Quảng Trị"),  # a person, not a place
    ("Đoàn công tác thăm BV Chợ Rẫy.", "Bệnh viện Chợ Rẫy"),  # "BV" is "Bệnh viện"
    ("Đại diện UB Kiểm tra Trung ương phát biểu.", "Ủy ban Kiểm tra Trung ương"),  # "UB" is "Ủy ban"
    ("Theo Cục Giám sát quản lí về hải quan, việc này đúng quy định.", "Cục Giám sát quản lý về hải quan"),  # "lí" for "lý"
])
def test_abbreviated_heads_and_spellings_name_the_registry_body(text, name):
    assert name in [o.name for o in find_organisations(text)]


def test_a_customs_department_named_short_is_the_same_body():
    ids = {o.organisation_id for o in find_organisations("Hải quan Long An cho biết. Cục Hải quan Long An đã trả lời.")}
    assert len(ids) == 1


@pytest.mark.parametrize("text, expected", [
    # "T.Ư", "TW" and "BCH" inside a Party body's name stand for "Trung ương" and "Ban Chấp hành".
    ("Nghị quyết của BCH T.Ư Đảng khóa XII được quán triệt.", ["BCH T.Ư Đảng"]),
    ("Đoàn công tác của Ủy ban Kiểm tra TW làm việc với tỉnh.", ["Ủy ban Kiểm tra TW"]),
    # "Đảng" that makes a word with the syllable after it names no body.
    ("Đại hội Đảng bộ các cấp được tổ chức trước tháng 9.", []),
    ("Các Đảng viên mới được kết nạp.", []),
    # "Trung ương" alone names the Central Committee in a list with the other central bodies only.
    ("Thực hiện kết luận của Trung ương, Bộ Chính trị về sắp xếp bộ máy.", ["Trung ương", "Bộ Chính trị"]),
    ("Các bộ, ngành Trung ương và địa phương phối hợp.", []),
    ("Các tỉnh, thành phố trực thuộc Trung ương, Chính phủ thống nhất.", ["Chính phủ"]),
])
def test_party_bodies_and_their_abbreviations(text, expected):
    assert surfaces(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Thường trực", "Thường vụ" before a body are its standing organ, not after a title or a comma.
    ("Chế độ cho sĩ quan biệt phái tại Thường trực Ủy ban Kinh tế của Quốc hội được bảo đảm.",
     ["Thường trực Ủy ban Kinh tế của Quốc hội", "Ủy ban Kinh tế của Quốc hội"]),
    ("Phó Thủ tướng Thường trực Chính phủ chủ trì.", ["Thủ tướng", "Chính phủ"]),
    ("Ông Nam, Ủy viên Thường vụ Quân ủy Trung ương, dự họp.", ["Quân ủy Trung ương"]),
    # A committee of the National Assembly is also named with it after, "của" or not.
    ("Ủy ban Quốc phòng và An ninh Quốc hội họp phiên toàn thể.", ["Ủy ban Quốc phòng và An ninh Quốc hội", "Quốc hội"]),
    # A body's web portal is named after the body.
    ("Văn bản được đăng trên Cổng thông tin điện tử Bộ Tài chính.", ["Cổng thông tin điện tử Bộ Tài chính", "Bộ Tài chính"]),
    # An office of a body the registry does not know names that body too.
    ("Theo ông A, Văn phòng Ban Nghiên cứu phát triển kinh tế tư nhân, việc này cần làm ngay.",
     ["Văn phòng Ban Nghiên cứu phát triển kinh tế tư nhân", "Ban Nghiên cứu phát triển kinh tế tư nhân"]),
    ("Tiểu ban Văn kiện Đại hội XIV của Đảng họp phiên thứ ba.", ["Tiểu ban Văn kiện Đại hội XIV của Đảng"]),
])
def test_organs_portals_and_units_named_after_their_body(text, expected):
    assert surfaces(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Lower-case words closed by "quốc gia" name a national body; a function word among them does not.
    ("Chính phủ trình thành lập Quỹ nhà ở quốc gia trong tháng 6.", ["Chính phủ", "Quỹ nhà ở quốc gia"]),
    ("Ông B, Phó Trưởng ban Ủy ban chỉ đạo quốc gia, trả lời phỏng vấn.", ["Ủy ban chỉ đạo quốc gia"]),
    ("Trung tâm của quốc gia về dữ liệu", []),
    # A lower-case word a name has in one word with the one before it goes on ("Kỳ họp", "nghiên cứu phát triển").
    ("Trung tâm Báo chí Kỳ họp mở cửa từ 7 giờ.", ["Trung tâm Báo chí Kỳ họp"]),
    ("Viện Nghiên cứu phát triển kinh tế tư nhân công bố báo cáo.", ["Viện Nghiên cứu phát triển kinh tế tư nhân"]),
    # A sentence that starts after a name lost its break is no part of it.
    ("Lãnh đạo thăm Viện Dinh dưỡng Điều đáng nói là kinh phí còn thiếu.", ["Viện Dinh dưỡng"]),
    ("Bộ Xây dựng - Cơ quan Thường trực tổng hợp báo cáo.", ["Bộ Xây dựng"]),
    # "ĐH" is "Đại học".
    ("ĐH Cần Thơ mở ngành mới.", ["ĐH Cần Thơ"]),
])
def test_national_bodies_words_and_sentence_starts(text, expected):
    assert surfaces(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Firms listed by brand after their kind and "như", and the brand again later on the page.
    ("Doanh nghiệp tham gia chuỗi cung ứng của các tập đoàn như Hanwha, Canon, … Năm nay có 9 nhà cung ứng cho Canon.",
     ["Hanwha", "Canon", "Canon"]),
    ("Các ngân hàng nước ngoài như Citibank, HSBC đều giảm lãi suất.", ["Citibank", "HSBC"]),
    # Lower-case words after the first item, or places, are no firms.
    ("Các doanh nghiệp sản xuất như: Dệt may, da giày đều tăng trưởng.", []),
    ("Các doanh nghiệp của nước thứ ba như Hàn Quốc, Nhật Bản mở rộng đầu tư.", []),
])
def test_firms_listed_by_brand(text, expected):
    assert surfaces(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A unit's number closes lower-case words into its name; a verb among them is the sentence's.
    ("Đội kiểm soát liên hợp số 2 bắt giữ lô hàng.", ["Đội kiểm soát liên hợp số 2"]),
    ("Phòng ra quyết định số 1828 về việc xử phạt.", []),
    # After a number, a bare "tỉnh" is the page's province: the body is that province's.
    ("Ông C, Phó Trưởng ban Thường trực Ban Chỉ đạo 389 tỉnh cho biết.", ["Ban Chỉ đạo 389 tỉnh"]),
    ("Ban Chỉ đạo 389 tỉnh, thành phố báo cáo hằng tháng.", ["Ban Chỉ đạo 389"]),
    # "EU", of two letters, stands for nothing but the European Union.
    ("Hàng xuất khẩu sang EU tăng 12%.", ["EU"]),
])
def test_numbered_units_and_short_codes(text, expected):
    assert surfaces(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Party committees of districts are named like the provinces', and their standing committees after them.
    ("Quận ủy Hoàn Kiếm tổ chức hội nghị.", ["Quận ủy Hoàn Kiếm"]),
    ("Ban Thường vụ Huyện ủy Gia Lâm đã họp.", ["Ban Thường vụ Huyện ủy Gia Lâm", "Huyện ủy Gia Lâm"]),
    ("Ban Thường vụ đã họp.", []),
    # The Front's standing board is an organ of its committee; after a title it is the title's rank.
    ("Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam phát động.",
     ["Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Ủy ban Trung ương MTTQ Việt Nam"]),
    ("Ông D, Phó Trưởng Ban thường trực Ban Tổ chức Trung ương, phát biểu.", ["Ban Tổ chức Trung ương"]),
    # A project board's name goes on with the words such boards are named with, and its province.
    ("Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh Quảng Trị báo cáo.",
     ["Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh Quảng Trị"]),
])
def test_district_party_bodies_front_organs_and_project_boards(text, expected):
    assert surfaces(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "và" before another body's head after lower-case words joins two bodies, not two areas of one name.
    ("Viện Kinh tế và Bộ Tài chính ký biên bản.", ["Viện Kinh tế", "Bộ Tài chính"]),
    ("Trường Đại học Kinh tế Quốc dân và Học viện Ngân hàng ký kết.", ["Trường Đại học Kinh tế Quốc dân", "Học viện Ngân hàng"]),
    # A national body's branch in a province is named with the province.
    ("Bộ đội Biên phòng tỉnh Quảng Bình bắt giữ tàu cá.", ["Bộ đội Biên phòng tỉnh Quảng Bình"]),
    ("Lực lượng Quản lý thị trường tỉnh Long An kiểm tra.", ["Lực lượng Quản lý thị trường tỉnh Long An"]),
])
def test_two_bodies_joined_and_branches_in_a_province(text, expected):
    assert surfaces(text) == expected


def names(text: str) -> list[tuple[str, str]]:
    return [(o.name, o.surface) for o in find_organisations(text)]


@pytest.mark.parametrize("text, expected", [
    # A stop word that ends a word of `name_words` ends the name with it; a function word does not.
    ("Cục Điện lực và Năng lượng tái tạo (Bộ Công Thương) đã có văn bản.",
     [("Cục Điện lực và Năng lượng tái tạo", "Cục Điện lực và Năng lượng tái tạo"), ("Bộ Công Thương", "Bộ Công Thương")]),
    # Bodies named after a country: an embassy, a consulate; a lower-case verb after them is the sentence's.
    ("Đại sứ quán Na Uy cung cấp thông tin.", [("Đại sứ quán Na Uy", "Đại sứ quán Na Uy")]),
    ("Tổng lãnh sự quán Vương quốc Bỉ tại TP.HCM tổ chức hội thảo.",
     [("Tổng lãnh sự quán Vương quốc Bỉ", "Tổng lãnh sự quán Vương quốc Bỉ")]),
    # A cooperative: its trade in lower case, then its name, which may be a person's.
    ("Mô hình HTX trồng rau Phú Lộc (Lâm Đồng) và HTX Lan Anh đạt hiệu quả.",
     [("Hợp tác xã trồng rau Phú Lộc", "HTX trồng rau Phú Lộc"), ("Hợp tác xã Lan Anh", "HTX Lan Anh")]),
    ("Các HTX mới thành lập tại Bình Phước.", []),
    # An association of makers: "các nhà", their trade and the country; "và" before it joins two bodies.
    ("Cục Hóa chất và Hiệp hội các nhà sản xuất Phân bón Việt Nam ký kết.",
     [("Cục Hóa chất", "Cục Hóa chất"), ("Hiệp hội các nhà sản xuất Phân bón Việt Nam", "Hiệp hội các nhà sản xuất Phân bón Việt Nam")]),
    # A steering committee named after a parent company: "Công ty mẹ –" goes on with the group's name.
    ("Ban chỉ đạo CPH Công ty mẹ – Tổng công ty Lương thực miền Bắc đã họp.",
     [("Ban chỉ đạo cổ phần hóa Công ty mẹ – Tổng công ty Lương thực miền Bắc",
       "Ban chỉ đạo CPH Công ty mẹ – Tổng công ty Lương thực miền Bắc")]),
    # A registry body's branch in a city is named with both; a national body's seat is not its name.
    ("Giám đốc Chi nhánh VCCI Cần Thơ cho biết.",
     [("Chi nhánh Phòng Thương mại và Công nghiệp Việt Nam tại Cần Thơ", "Chi nhánh VCCI Cần Thơ")]),
    ("Hội thảo diễn ra tại Trung tâm Hội nghị Quốc gia Hà Nội hôm qua.",
     [("Trung tâm Hội nghị Quốc gia", "Trung tâm Hội nghị Quốc gia")]),
    # A firm named by its foreign brand after its kind in lower case; a code or a quantifier makes a kind.
    ("Dự án của tập đoàn Heineken tại Vũng Tàu, hãng Airbus và các tập đoàn Fintech lớn.",
     [("Tập đoàn Heineken", "tập đoàn Heineken"), ("Airbus", "Airbus")]),
    ("Các tập đoàn FDI và tập đoàn Nhà nước.", []),
    # A name after a slash is one more of the kinds before it.
    ("Các Tổng công ty Điện lực/Công ty Điện lực sẽ chốt danh sách.", []),
    # A ministry list may name the ministries' area after "liên quan như:".
    ("Bên cạnh đó, các bộ, ngành liên quan như: Y tế, Công Thương, Tư pháp cũng cần ban hành danh mục.",
     [("Bộ Y tế", "Y tế"), ("Bộ Công Thương", "Công Thương")]),
    # A long official name with lower-case words is the registry's.
    ("Phó Vụ trưởng Vụ Tài chính các ngân hàng và tổ chức tài chính phát biểu.",
     [("Vụ Tài chính ngân hàng", "Vụ Tài chính các ngân hàng và tổ chức tài chính")]),
])
def test_embassies_cooperatives_branches_and_brands(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A unit named by its function in lower case after its head is a name before the service it belongs to;
    # alone it is a kind.
    ("Phó Đội trưởng Đội kiểm soát Hải quan cho biết đơn vị đã bắt giữ 5 vụ.", [("Đội kiểm soát Hải quan", "Đội kiểm soát Hải quan")]),
    ("Đội nghiệp vụ Hải quan Tân Thanh phát hiện lô hàng.", [("Đội nghiệp vụ Hải quan Tân Thanh", "Đội nghiệp vụ Hải quan Tân Thanh")]),
    ("Các đội kiểm soát đã tăng cường tuần tra.", []),
    # The investigation agencies every police force has, named alone.
    ("Đơn vị chuyển hồ sơ cho Cơ quan Cảnh sát điều tra đề nghị khởi tố.", [("Cơ quan Cảnh sát điều tra", "Cơ quan Cảnh sát điều tra")]),
    # "Công an" alone is the people's police; before a locality or a place it is a local force, and on a
    # page naming one, or after "cơ quan", no national body.
    ("Hải quan đã phối hợp với các lực lượng Công an, Biên phòng bắt giữ 12 vụ.",
     [("Công an nhân dân", "Công an"), ("Bộ đội Biên phòng", "Biên phòng")]),
    ("Công an xã Tân Hòa đã lập biên bản.", [("Công an xã Tân Hòa", "Công an xã Tân Hòa")]),
    ("Công an huyện Gò Dầu bắt giữ xe tải; khi làm việc với Công an, đối tượng khai nhận.", [("Công an huyện Gò Dầu", "Công an huyện Gò Dầu")]),
    ("Vụ việc đã được chuyển cơ quan Công an xử lý theo quy định.", []),
    # An abbreviation inside a programme's name names no body; elsewhere it does.
    ("Doanh nghiệp thực hiện thủ tục qua Cơ chế một cửa ASEAN và Cơ chế một cửa quốc gia.", []),
    ("Việt Nam đã trao đổi C/O mẫu D điện tử với các nước ASEAN.", [("Hiệp hội các quốc gia Đông Nam Á", "ASEAN")]),
    # A committee named after the document that set it up carries its number and code.
    ("Ban chỉ đạo 127/TW tỉnh Nam Định đã họp.", [("Ban chỉ đạo 127/TW tỉnh Nam Định", "Ban chỉ đạo 127/TW tỉnh Nam Định")]),
])
def test_units_named_by_function_and_short_names(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # An initial standing for a withheld name keeps its full stop; a code after it goes on the name, "DN" does not.
    ("Công ty TNHH K. cũng xuất khẩu lô hàng đi Mỹ.", ["Công ty TNHH K."]),
    ("Điển hình như Công ty B. VN có hành vi gian lận xuất xứ.", ["Công ty B. VN"]),
    ("Cơ quan hải quan đã xử phạt Công ty TNHH P. DN này đã nộp phạt.", ["Công ty TNHH P."]),
    # A stop word names have right after "và" closes the pair before a place.
    ("Hiệp hội Doanh nghiệp nhỏ và vừa TP Đà Nẵng kiến nghị.", ["Hiệp hội Doanh nghiệp nhỏ và vừa TP Đà Nẵng"]),
    # After "và" a registry body, or a firm's code, is another party.
    ("Chi cục Hải quan cửa khẩu Tịnh Biên và Bộ đội Biên phòng phối hợp tuần tra.",
     ["Chi cục Hải quan cửa khẩu Tịnh Biên", "Bộ đội Biên phòng"]),
    ("Gia hạn chế độ ưu tiên với Công ty Phú Mỹ và KLM.", ["Công ty Phú Mỹ"]),
    # A head with a capitalised title word is a title; a country's name is no body.
    ("Cục Trưởng Lê Văn Tư trao giấy khen cho các đơn vị.", []),
    ("Đoàn doanh nghiệp Tây Ban Nha thăm cảng.", []),
    # Words firms are named with go on the name ("giao nhận", "tiêu dùng"), a verb after it does not ("cam kết").
    ("Công ty TNHH Thương mại giao nhận Phú An ký hợp đồng.", ["Công ty TNHH Thương mại giao nhận Phú An"]),
    ("Trường ĐH Kinh tế TPHCM cam kết cung cấp nhân lực.", ["Trường ĐH Kinh tế TPHCM"]),
    # A team every branch has is named when the page names the branch's teams.
    ("Chi cục được tổ chức thành hai đội là Đội Nghiệp vụ và Đội Tổng hợp.", ["Đội Nghiệp vụ", "Đội Tổng hợp"]),
])
def test_initials_pairs_and_second_parties(text, expected):
    assert surfaces(text) == expected


@pytest.mark.parametrize("text, name", [
    # A head and a registry body's abbreviation name that body; banks are in the registry with their brands.
    ("Tập đoàn VNPT vừa công bố quyết định bổ nhiệm.", "Tập đoàn Bưu chính Viễn thông Việt Nam"),
    ("Ngân hàng Techcombank tăng vốn điều lệ.", "Ngân hàng Thương mại cổ phần Kỹ thương Việt Nam"),
    ("Sacombank và các ngân hàng khác giảm lãi suất.", "Ngân hàng Thương mại cổ phần Sài Gòn Thương Tín"),
    # A unit of one ministry's organisation decree, written in lower case after its head.
    ("Ông A, Vụ trưởng Vụ kế hoạch và Đầu tư (Bộ Giao thông vận tải), cho biết.", "Vụ Kế hoạch - Đầu tư"),
    # An organ named alone between a Party title and the office stacked after it is that body's.
    ("Bí thư Đảng ủy, Cục trưởng Cục Hải quan Đồng Nai Lê Văn Tư phát biểu.", "Đảng ủy Cục Hải quan Đồng Nai"),
])
def test_registry_bodies_named_by_head_abbreviation_and_organ(text, name):
    assert name in [o.name for o in find_organisations(text)]


@pytest.mark.parametrize("text, expected", [
    # A university's generic first word in lower case belongs to its name, capitalised; a kind of school
    # with only a place after it is no name.
    ("Hội thảo do trường Đại học Ngân hàng TPHCM tổ chức.", [("Trường Đại học Ngân hàng Thành phố Hồ Chí Minh", "trường Đại học Ngân hàng TPHCM")]),
    ("Dự có các trường ĐH, trường THPT thành phố Đà Nẵng.", []),
    # A registry name written without the commas of its official form.
    ("Ông A, Phó chánh Thanh tra, Cơ quan Thanh tra Giám sát ngân hàng cho biết.",
     [("Cơ quan Thanh tra, giám sát ngân hàng", "Cơ quan Thanh tra Giám sát ngân hàng")]),
    # A provincial Party committee named alone is the one of the province the page is about; a member is not.
    ("Cục Hải quan Quảng Ninh tham mưu cho Tỉnh ủy về cơ chế.",
     [("Cục Hải quan Quảng Ninh", "Cục Hải quan Quảng Ninh"), ("Tỉnh ủy Quảng Ninh", "Tỉnh ủy")]),
    ("Ông A, Tỉnh ủy viên, Giám đốc Sở Tài chính Quảng Ninh phát biểu.", [("Sở Tài chính Quảng Ninh", "Sở Tài chính Quảng Ninh")]),
    # A post office named with its city.
    ("Ông từng công tác tại Bưu điện TPHCM.", [("Bưu điện Thành phố Hồ Chí Minh", "Bưu điện TPHCM")]),
])
def test_lower_case_heads_comma_less_names_level_heads_and_post_offices(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Sentences from corpus-large and corpus pages.
    # A registry military body with a region's ordinal, Roman or Arabic: its regional command.
    ("2 đơn vị khách mời là Bộ tư lệnh Cảnh sát biển vùng I và X 48-Hải quân, với gần 300 vận động viên.",
     ["Bộ tư lệnh Cảnh sát biển vùng I"]),
    ("Đoàn trinh sát số 1 (Bộ tư lệnh Cảnh sát biển Vùng 1) phát hiện bắt giữ lô hàng vi phạm nêu trên.",
     ["Bộ tư lệnh Cảnh sát biển Vùng 1"]),
    # A firm's spelt-out legal form, its trade in lower-case words ("và" between two), then its own name.
    ("Theo Tổng cục Hải quan, liên quan đến chính sách ưu đãi thuế NK đối với dự án của Công ty TNHH gang thép Hưng Nghiệp Formosa Hà Tĩnh, ngày 11/9/2020.",
     ["Tổng cục Hải quan", "Công ty TNHH gang thép Hưng Nghiệp Formosa Hà Tĩnh"]),
    ("Công ty TNHH sản xuất và thương mại Anh Đức (DN chuyên sản xuất và cung cấp linh kiện điện tử) cho biết.",
     ["Công ty TNHH sản xuất và thương mại Anh Đức"]),
    # A platform's web address names its firm, with its national arm's seat; a credit closing a line does not.
    ("ông Roger, Tổng Giám đốc Alibaba.com Việt Nam cho biết.", ["Alibaba.com Việt Nam"]),
    ("Theo số liệu của trang Statista.com; các dự án sử dụng công nghệ.", ["Statista.com"]),
    ("rủi ro cho nền kinh tế.\n\nTHANH HẢI (Vneconomy.vn)\n\nĐiều quan trọng", []),
    ("Theo Batdongsan.com.vn, dịch Covid-19 tái phát vào cuối tháng 7.", []),
    # A unit named by its function in lower-case words after a title, its parent after a comma; a title
    # spelt like a head and a word ("Cục trưởng") is no unit.
    ("Phát biểu tại hội thảo, ông Phạm Hoàng Tiến, Giám đốc Trung tâm hỗ trợ doanh nghiệp nhỏ và vừa, VCCI cho hay.",
     ["Trung tâm hỗ trợ doanh nghiệp nhỏ và vừa", "VCCI"]),
    ("Phát biểu tại hội thảo, ông Lê Thanh Hòa, Phó Cục trưởng, Cục Chế biến và Phát triển thị trường nông sản cho biết.",
     ["Cục Chế biến và Phát triển thị trường nông sản"]),
    # A one-syllable head before a lower-case word starts a word ("Hội nhập"): the title's unit is named.
    ("Bà Phạm Thị Hồng Hạnh, Trưởng phòng Hội nhập và đầu tư (Vụ Hợp tác quốc tế, Bộ NN&PTNT) cho rằng.",
     ["phòng Hội nhập và đầu tư", "Vụ Hợp tác quốc tế", "Bộ NN&PTNT"]),
])
def test_regional_commands_firm_forms_web_brands_and_titled_units(text, expected):
    assert surfaces(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Sentences from corpus-large pages.
    # A foreign firm named in English: its generic head last, or first ("Bank of …").
    ("HDBank được vinh danh cùng với các ngân hàng đến từ nhiều quốc gia trên thế giới như Standard Chartered, CIMB Bank, Bank of the Philippines, CTBC Bank… Cụ thể.",
     # (Standard Chartered, beside the English-named banks in a list of examples: see test_bodies_listed_as_examples…)
     ["HDBank", "Standard Chartered", "CIMB Bank", "Bank of the Philippines", "CTBC Bank"]),
    # A capitalised word after the head goes on with the name, a year after it makes an award; a name that
    # starts with Vietnamese words is not cut to its English ones.
    ("Mới đây, MSB vừa được Tạp chí uy tín Global Finance vinh danh trong danh sách “World’s Best Bank 2020” – những ngân hàng tốt nhất.",
     ["MSB"]),
    ("ông Lê Đăng Khoa, Chủ tịch Le Group Ventures cho biết, doanh nghiệp.", []),
    ("Ông Võ Quốc Thắng- Chủ tịch HĐQT Đồng Tâm Group- Chủ đầu tư dự án Cảng Quốc tế.", []),
    # The Eurasian Economic Union, in the registry, whichever dash the page writes.
    ("FTA Việt Nam – Liên minh Kinh tế Á-Âu được ký kết ngày 29/5/2015.", ["Liên minh Kinh tế Á-Âu"]),
    ("Theo cam kết tại Hiệp định thương mại tự do giữa Việt Nam và Liên minh Kinh tế Á – Âu (EAEU), ngày 8/9/2020.",
     ["Liên minh Kinh tế Á – Âu", "EAEU"]),
])
def test_english_named_firms_and_the_eurasian_union(text, expected):
    assert surfaces(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Sentences from corpus-large pages.
    # A general corporation names its trade in lower-case words, then its own name.
    ("các DNNN lớn như Tập đoàn xăng dầu Việt Nam, Tổng công ty rượu bia nước giải khát Hà Nội (Habeco), Tổng công ty Máy động lực.",
     ["Tập đoàn xăng dầu Việt Nam", "Tổng công ty rượu bia nước giải khát Hà Nội", "Tổng công ty Máy động lực"]),
])
def test_firms_closed_by_their_name(text, expected):
    # (The brand in brackets, "Habeco", spells no initials of the name: whether it is read is another rule's.)
    found = surfaces(text)
    assert [s for s in found if s in expected] == expected


@pytest.mark.parametrize("text, party_bodies", [
    # Sentences from corpus-large and portal pages. A Party committee's word ("Tỉnh ủy", "Đảng bộ") is
    # closed by its lower-case syllable: the name goes on with a place or a body, never a lower-case verb.
    ("Theo đó, Ban Thường vụ Tỉnh ủy biểu dương cấp ủy, chỉ huy các đơn vị: Bộ đội Biên phòng, Công an và Cục Hải quan Hà Tĩnh đã lãnh đạo.",
     ["Ban Thường vụ Tỉnh ủy", "Tỉnh ủy"]),  # the committee it serves, the page's province's, a mention too
    # The Army's Party organisation, named by a body, and a city's, named by a place.
    ("Quân ủy Trung ương, Thường vụ Quân ủy Trung ương cũng nghiêm túc, tập trung chỉ đạo quyết liệt công tác chuẩn bị "
     "Đại hội đai biểu Đảng bộ Quân đội lần thứ XII, nhiệm kỳ 2025 - 2030 và tích cực tham gia góp ý.",
     ["Quân ủy Trung ương", "Quân ủy Trung ương", "Đảng bộ Quân đội"]),
    ("Đại hội đại biểu Đảng bộ TPHCM thông qua 26 chỉ tiêu phát triển chủ yếu trong nhiệm kỳ 2020-2025.", ["Đảng bộ TPHCM"]),
    # A congress's ordinal after the body ends its name.
    ("được lãnh đạo Phòng QLRR thông tin tại Đại hội Đảng bộ Cục Hải quan Hải Phòng lần thứ II (nhiệm kỳ 2020-2025) ngày 4/7 vừa qua.",
     ["Đảng bộ Cục Hải quan Hải Phòng"]),
    # A Party unit of a department, the department's name with its lower-case words.
    ("Chi bộ Phòng Giám sát quản lý về hải quan đã tổ chức đại hội.", ["Chi bộ Phòng Giám sát quản lý về hải quan"]),
])
def test_party_committees_close_their_word(text, party_bodies):
    assert [s for s in surfaces(text) if s.split()[0] in ("Ban", "Quân", "Đảng", "Chi", "Tỉnh")] == party_bodies


@pytest.mark.parametrize("text, expected", [
    # Sentences from corpus-large pages. A name's scope ("quốc gia", "trung ương") closes its lower-case
    # words: a lower-case verb after it is the sentence's; its remit after "về" goes on.
    ("kịp thời đề xuất Trưởng Ban chỉ đạo 389 quốc gia khen thưởng các tập thể, cá nhân có thành tích xuất sắc.",
     ["Ban chỉ đạo 389 quốc gia"]),
    ("Ông Nguyễn Văn Cẩn, Ủy viên Ban Chỉ đạo 389 quốc gia giới thiệu tới hội nghị báo cáo bằng hình ảnh.",
     ["Ban Chỉ đạo 389 quốc gia"]),
    ("Thượng tướng Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an, Phó Trưởng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng; "
     "Nguyễn Hòa Bình, Bí thư Trung ương Đảng.",
     ["Bộ Chính trị", "Bộ Công an", "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng"]),
])
def test_a_names_scope_closes_it(text, expected):
    assert [s for s in surfaces(text) if s.startswith(("Ban", "Bộ"))] == expected


def test_an_organ_of_a_bodys_own_office():
    # From a corpus-large page: "Đảng ủy cơ quan X" is the Party committee of X's own staff, one name; X a
    # mention of its own, and the person after it keeps the name and title.
    text = ("Hội nghị đã nghe Phó Bí thư Đảng ủy cơ quan Tổng cục Hải quan Nguyễn Xuân Phương báo cáo sơ kết công tác "
            "xây dựng Đảng 6 tháng đầu năm 2018.")
    assert surfaces(text)[:2] == ["Đảng ủy cơ quan Tổng cục Hải quan", "Tổng cục Hải quan"]


@pytest.mark.parametrize("text, expected", [
    # From a corpus-large page: a place in one word or its code ends the name; the lower-case verb after
    # it is the sentence's.
    ("Ông Chu Tiến Dũng, Chủ tịch Hiệp hội Doanh nghiệp TPHCM phác thảo bức tranh chung của doanh nghiệp TPHCM gồm 4 nhóm.",
     ["Hiệp hội Doanh nghiệp TPHCM"]),
])
def test_a_one_word_seat_ends_the_name(text, expected):
    assert surfaces(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Sentences from corpus-large and portal pages. After a steering committee's scope ("quốc gia", "nhà
    # nước", "trung ương", "liên ngành") its lower-case task is its name, as after a title.
    ("ACV đã quyết liệt triển khai các biện pháp phòng chống dịch theo đúng chỉ đạo của Chính phủ, Ban chỉ đạo quốc gia "
     "phòng chống dịch, Bộ Y tế, Bộ Giao thông vận tải nhằm bảo đảm an toàn.", ["Ban chỉ đạo quốc gia phòng chống dịch"]),
    ("Tổng cục Hải quan đã được Chính phủ giao trọng trách là Cơ quan Thường trực Ban Chỉ đạo quốc gia chống buôn lậu, "
     "gian lận thương mại và hàng giả (Ban chỉ đạo 389 Quốc gia) từ năm 2013.",
     ["Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả", "Ban chỉ đạo 389 Quốc gia"]),
    ("Theo thông tin mới nhất từ Ban chỉ đạo trung ương về phòng chống thiên tai, trong 24 giờ tới dự báo bão Molave sẽ đi vào đất liền.",
     ["Ban chỉ đạo trung ương về phòng chống thiên tai"]),
    # An ordinal before the name is no count of a kind of body ("Phiên họp thứ 19").
    ("khẩn trương thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ tại Phiên họp thứ 19 Ban chỉ đạo nhà nước các công trình "
     "trọng điểm, dự án quan trọng quốc gia ngành giao thông vận tải (Thông báo số 401/TB-VPCP ngày 06 tháng 6 năm 2025), chủ trì.",
     ["Ban chỉ đạo nhà nước các công trình trọng điểm, dự án quan trọng quốc gia ngành giao thông vận tải"]),
])
def test_a_steering_committees_scope_and_task(text, expected):
    assert [s for s in surfaces(text) if s.lower().startswith("ban chỉ đạo")] == expected


@pytest.mark.parametrize("text, expected", [
    # A bare "Công ty" names a firm when only trades (`trades`) stand between it and its own name.
    # ../shared/corpus-large/tam-biet-2020-gia-vang-sjc-vuot-56-trieu-dong-luong.md
    ("Cụ thể, Công ty vàng bạc đá quý Sài Gòn niêm yết giá vàng SJC ở mức 55,55 – 56,12 triệu đồng/lượng.",
     ["Công ty vàng bạc đá quý Sài Gòn"]),
    # ../shared/corpus-large/doanh-nghiep-gao-lai-lon-trong-quy-3.md
    ("Công ty chứng khoán SSI đánh giá, Lộc Trời, NSC và Trung An là các doanh nghiệp đã.", ["Công ty chứng khoán SSI"]),
    # A verb after the bare head is the sentence's (a tax guide on corpus-large).
    ("Do Công ty sử dụng Quỹ không hết 70% và không nộp về Quỹ phát triển khoa học công nghệ tỉnh nên.", []),
])
def test_a_bare_firm_head_and_its_trades(text, expected):
    assert [s for s in surfaces(text) if s.startswith("Công ty")] == expected


@pytest.mark.parametrize("text, expected", [
    # An English head last ("Management", "Finance") or an English seat ("Vietnam") names a foreign firm;
    # a title before it, or a Vietnamese code ("THQG"), is no part of the name.
    # ../shared/corpus-large/tim-giai-phap-hoa-giai-xung-dot-trong-quan-ly-chung-cu.md
    ("Đó là thông tin được DKRA Vietnam đưa ra tại báo cáo thị trường bất động sản.", ["DKRA Vietnam"]),
    ("Để giải quyết các xung đột ông Vũ Tiến Thành – CEO DKRA Property Management cho rằng, trước hết.",
     ["DKRA Property Management"]),
    # ../shared/corpus-large/de-hang-viet-xuat-khau-khong-con-vo-danh.md
    ("Trong giai đoạn 2016 – 2020, theo đánh giá của Tổ chức định giá THQG Brand Finance, giá trị thương hiệu Việt Nam tăng 175%.",
     ["Brand Finance"]),
    # A brand before a country in Vietnamese spelling: the firm's arm there, the person after it no part of it
    # (../shared/corpus page nghi-dinh-116-giua-bai-toan-nk-hay-san-xuat-trong-nuoc).
    ("Trả lời phóng viên, Tổng giám đốc Ford Việt Nam Phạm Văn Dũng cho biết: Ford Việt Nam đang nỗ lực.",
     ["Ford Việt Nam", "Ford Việt Nam"]),
    # ../shared/corpus-large/sun-life-viet-nam-tang-von-dieu-le-len-14-380-ty-dong.md
    ("Ông Larry Madge, Tổng Giám đốc Sun Life Việt Nam cho biết: “Việt Nam là một thị trường tăng trưởng.", ["Sun Life Việt Nam"]),
    # A trade, a count or a year before the country is no brand (../shared/corpus-large/fintech-tai-viet-nam-….md).
    ("47% số công ty và 98% số vốn đầu tư vào Fintech Việt Nam năm 2019.", []),
    ("Theo thống kê, 29 DN Việt Nam đã tham gia.", []),
    # A foreign legal form last closes a longer name (../shared/corpus-large/pvep-chuyen-nhuong-5-quyen-loi-….md); the
    # brand in brackets after it is the firm's short name (_BRAND_DEFINED), a mention of the same firm.
    ("Tháng 8/2015, PVEP và Murphy Cuu Long Bac Oil Co. Ltd.(Murphy) đã ký Thỏa thuận chuyển nhượng quyền lợi.",
     ["PVEP", "Murphy Cuu Long Bac Oil Co. Ltd.", "Murphy"]),
    # A name the page gives an event is no firm anywhere on it
    # (../shared/corpus-large/doanh-nghiep-ngoai-o-at-gioi-thieu-may-moc-cong-nghe-linh-vuc-nong-nghiep.md).
    ("Thiết bị được giới thiệu tại triển lãm ILDEX Vietnam. Cùng với đó, ILDEX Vietnam có quy mô lớn.", []),
])
def test_english_heads_seats_and_events(text, expected):
    assert surfaces(text) == expected


def test_firms_listed_by_brand_after_a_count_and_gom():
    # ../shared/corpus page nghi-dinh-116-giua-bai-toan-nk-hay-san-xuat-trong-nuoc: a count, a kind of firm
    # and "gồm" lead a list of brands as "các … như" does.
    text = "Được biết, 4 nhà sản xuất gồm Toyota, Suzuki, Daihatsu và Hino đã ngừng XK 9.337 xe sang Việt Nam."
    assert surfaces(text) == ["Toyota", "Suzuki", "Daihatsu", "Hino"]
    # A first item the sentence goes on after in lower case is no brand (a tax guide on corpus-large).
    assert surfaces("Hồ sơ của các DN gồm: Bảng Cân đối kế toán, Báo cáo kết quả hoạt động.") == []


def test_a_university_department_and_its_name_words():
    # ../shared/corpus-large/de-hang-viet-xuat-khau-khong-con-vo-danh.md: "Bộ môn" heads a department;
    # "thương hiệu" is a word of names ("Viện Nghiên cứu Chiến lược Thương hiệu và Cạnh tranh").
    text = ("PGS.TS Nguyễn Quốc Thịnh, Trưởng Bộ môn Quản trị thương hiệu (trường Đại học Thương mại), Chủ tịch Hội đồng "
            "cố vấn Viện Nghiên cứu Chiến lược Thương hiệu và Cạnh tranh nhấn mạnh.")
    found = surfaces(text)
    assert "Bộ môn Quản trị thương hiệu" in found and "trường Đại học Thương mại" in found


@pytest.mark.parametrize("text, expected", [
    # "&" between capitalised words joins one firm's name (../shared/corpus-large/scb-thay-doi-nhan-su-cap-cao.md).
    ("Trước đó, vào ngày 27/7/2020, SCB và McKinsey & Company Vietnam cũng đã chính thức ký kết hợp tác.",
     ["McKinsey & Company Vietnam"]),
    # A name that runs on in English past the seat is a fund's or a tournament's
    # (../shared/corpus-large/ma-linh-vuc-ngan-hang-thay-doi-theo-xu-huong-nao.md, ../shared/corpus-large/san-hio-tai-flc-amd-tournament-….md).
    ("Thương vụ MB phát hành riêng lẻ hơn 64,3 triệu cổ phiếu cho 8 nhà đầu tư nước ngoài như: KIM Vietnam Growth Equity, "
     "ITMC Worldwide Vietnam RSP Balance Fund, Fiera Capital…", ["Fiera Capital"]),
    ("Sân từng ghi dấu ấn ở các giải uy tín như FLC Golf Championship 2018, FLC Vietnam Master.", []),
    # A name the page writes with a year after it is an event held yearly, no firm
    # (../shared/corpus-large/nganh-bong-my-ho-tro-doanh-nghiep-det-may-viet-nam-nang-cao-chat-luong.md).
    ("Đặc biệt Cotton Day Vietnam được tổ chức vào tháng 9 hàng năm. Tại Cotton Day Vietnam 2020, CCI đã cập nhật thông tin.",
     []),
    # A department's function after a title is the title's, not the brand's
    # (../shared/corpus-large/thi-truong-bat-dong-san-tu-phuc-hoi-sau-dich.md).
    ("Ông Nguyễn Hoàng, Giám đốc R&D DKRA Vietnam cho biết.", ["DKRA Vietnam"]),
    # An English name glossing a Vietnamese one names a show, no firm
    # (../shared/corpus-large/shark-do-lien-hien-thuc-hoa-cac-thuong-vu-bac-ty-tren-truyen-hinh.md).
    ("Thương vụ Bạc tỷ (tên tiếng Anh: Shark Tank Vietnam) là phiên bản tiếng Việt của chương trình truyền hình.", []),
])
def test_english_names_that_join_run_on_or_name_no_firm(text, expected):
    assert surfaces(text) == expected


def test_a_name_word_ends_only_after_its_first_syllable():
    # ../shared/corpus-large/hdbank-tiep-tuc-vao-top-nhung-cong-ty-kinh-doanh-hieu-qua-nhat-viet-nam.md: "hiệu" goes on a
    # name only after "thương" ("Bộ môn Quản trị thương hiệu"); a ranking's "TOP50 Công ty …" is a kind of firm.
    assert surfaces("Đại diện HDBank nhận danh hiệu TOP50 Công ty Kinh doanh hiệu quả nhất Việt Nam.") == ["HDBank"]
    assert "Công ty Kinh doanh hiệu" not in surfaces("Danh hiệu Công ty Kinh doanh hiệu quả nhất Việt Nam.")


def test_a_provincial_head_shared_by_a_list_of_places():
    # ../shared/corpus-large/hai-quan-lap-to-chuyen-gia-phan-loai-hang-hoa-xuat-nhap-khau.md: after "các" and a colon,
    # each place names the head's body there, by the place alone.
    found = find_organisations("Các thành viên là cán bộ Cục Kiểm tra sau thông quan và các Cục Hải quan: Hà Nội, "
                               "Hải Phòng, Quảng Ninh, TP Hồ Chí Minh, Bắc Ninh.")
    assert [(o.surface, o.name) for o in found][1:] == [
        ("Hà Nội", "Cục Hải quan Hà Nội"), ("Hải Phòng", "Cục Hải quan Hải Phòng"), ("Quảng Ninh", "Cục Hải quan Quảng Ninh"),
        ("TP Hồ Chí Minh", "Cục Hải quan thành phố Hồ Chí Minh"), ("Bắc Ninh", "Cục Hải quan Bắc Ninh")]
    # ../shared/corpus-large/xu-ly-nghiem-viec-loi-dung-mua-lu-de-dau-co-gam-hang.md: the head's abbreviation, and "và".
    found = find_organisations("Tổng cục QLTT vừa yêu cầu các Cục QLTT: Nghệ An, Hà Tĩnh và Quảng Bình tăng cường kiểm tra.")
    assert [o.name for o in found][1:] == ["Cục Quản lý thị trường Nghệ An", "Cục Quản lý thị trường Hà Tĩnh",
                                          "Cục Quản lý thị trường Quảng Bình"]
    # The port authority of a province with a seaport is a head of the provincial table
    # (../shared/corpus-large/day-nhanh-tien-do-xu-ly-phe-lieu-ton-dong-tai-cang-cat-lai.md).
    found = find_organisations("… với đoàn công tác của Bộ Tài nguyên và Môi trường, Tổng cục Hải quan, Cảng vụ Hàng hải TP.HCM, "
                               "các bên cũng đã bàn thảo và thống nhất phương án đẩy nhanh tiến độ xử lý hàng tồn đọng tại cảng")
    assert [(o.surface, o.name) for o in found][2:] == [("Cảng vụ Hàng hải TP.HCM", "Cảng vụ Hàng hải thành phố Hồ Chí Minh")]
    # One place is no list, and a colon with no "các" before the head opens none.
    assert surfaces("Theo các Cục Hải quan: Hà Nội đã thu 100 tỷ đồng.") == []


@pytest.mark.parametrize("text, expected", [
    # A national body's code and a province name its arm there, as written
    # (../shared/corpus-large/ong-pham-duc-long-duoc-bo-nhiem-chu-tich-hoi-dong-thanh-vien-vnpt.md).
    ("Ông trải qua nhiều vị trí công tác tại Bưu điện TPHCM như Trưởng phòng Viễn thông, Phó Giám đốc rồi Giám đốc VNPT TPHCM.",
     ["Bưu điện TPHCM", "phòng Viễn thông", "VNPT TPHCM"]),
    # ../shared/corpus-large/hai-quan-ha-tinh-phoi-hop-bat-doi-tuong-van-chuyen-11-kg-ma-tuy.md
    ("Theo tin từ Cục Hải quan Hà Tĩnh, đơn vị vừa phối hợp với BĐBP Hà Tĩnh và các lực lượng chức năng.",
     ["Cục Hải quan Hà Tĩnh", "BĐBP Hà Tĩnh"]),
])
def test_a_code_and_a_province_name_the_bodys_arm(text, expected):
    assert surfaces(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "trường" in lower case before a school's level (../shared/corpus-portals/bm_chu-tich-ubnd-tp-ha-noi-nguyen-duc-chung-chan-chin.txt).
    ("Chủ tịch UBND TP Hà Nội đã đến thăm trường THPT Chu Văn An.", ["UBND TP Hà Nội", "trường THPT Chu Văn An"]),
    # A legal form alone is a kind of firm (../shared/corpus-large/nhieu-co-hoi-cho-logistics-tu-cac-fta-the-he-moi.md) …
    ("Có tới 50% số DN trong lĩnh vực logistics đăng ký ở loại hình Công ty TNHH một thành viên.", []),
    # … unless the page gives it an abbreviation (../shared/corpus-large/xuat-khau-ca-phe-sut-giam-gia-tiep-tuc-lao-doc.md).
    ("Ông là Tổng giám đốc Tổng công ty Cà phê Việt Nam – Công ty TNHH MTV (VINACAFE) cho rằng.",
     ["Tổng công ty Cà phê Việt Nam", "Công ty TNHH MTV", "VINACAFE"]),
    # A firm's board alone is every firm's (../shared/corpus-large/don-xin-nghi…-viet-tay.md).
    ("Rất mong Ban Giám đốc xem xét và chấp thuận cho tôi được phép thôi việc.", []),
])
def test_lower_case_school_levels_and_kinds_of_firm(text, expected):
    assert surfaces(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Areas of one name listed with commas, the last after "và"
    # (../shared/corpus-large/nganh-da-giay-dan-xam-nhap-sau-hon-vao-chuoi-cung-ung-toan-cau.md) …
    ("Ông Nguyễn Đức Thuấn, Chủ tịch Hiệp hội Da, Giày và Túi xách Việt Nam cho biết, trong thời gian dịch.",
     [("Hiệp hội Da, Giày và Túi xách Việt Nam", "Hiệp hội Da, Giày và Túi xách Việt Nam")]),
    # … the registry's name written with a comma for its dash (../shared/corpus-large/doanh-nghiep-cho-doi-dieu-gi-goi-ho-tro-lan-2.md) …
    ("Theo Bộ Lao động, Thương binh và Xã hội, nguyên nhân doanh nghiệp chưa chủ động lập hồ sơ.",
     [("Bộ Lao động, Thương binh và Xã hội", "Bộ Lao động - Thương binh và Xã hội")]),
    # … but not bodies, places or ministries' areas listed (see the ministry lists above), nor countries.
    ("Đại diện các Bộ Tài chính, Công Thương và Y tế dự họp.", [("Bộ Tài chính", "Bộ Tài chính")]),
    ("Cục Hải quan Huế, Đà Nẵng và Quảng Nam đã thống nhất.",
     [("Cục Hải quan Huế", "Cục Hải quan Huế"), ("Đà Nẵng", "Cục Hải quan Đà Nẵng"), ("Quảng Nam", "Cục Hải quan Quảng Nam")]),
    ("Hàng xuất khẩu sang Tây Ban Nha, Ý và Pháp tăng mạnh.", []),
])
def test_areas_listed_with_commas_inside_one_name(text, expected):
    assert [(o.surface, o.name) for o in find_organisations(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # A head and its place, then more places joined by "và": one body of that head for each
    # (../shared/corpus-large/hai-quan-tp-ho-chi-minh-da-nang-va-dong-nai-dan-dau-bang-xep-hang-chi-so-cai-cach-hanh-chinh.md); "TP" goes with its own city only.
    ("Cục Hải quan TP Hồ Chí Minh, Đà Nẵng và Đồng Nai dẫn đầu bảng xếp hạng.",
     [("Cục Hải quan TP Hồ Chí Minh", "Cục Hải quan thành phố Hồ Chí Minh"), ("Đà Nẵng", "Cục Hải quan Đà Nẵng"),
      ("Đồng Nai", "Cục Hải quan Đồng Nai")]),
    # "tỉnh" goes for each province after the first (../shared/corpus-large/usaid-dau-tu-239-trieu-usd-hoan-thanh-du-an-truong-son-xanh.md).
    ("Sự phối hợp chặt chẽ giữa UBND tỉnh Quảng Nam và Thừa Thiên-Huế trong việc thực hiện.",
     [("UBND tỉnh Quảng Nam", "Ủy ban nhân dân tỉnh Quảng Nam"), ("Thừa Thiên-Huế", "Ủy ban nhân dân tỉnh Thừa Thiên-Huế")]),
    # A place after a comma with no "và" locates the body; a place going on is another's.
    ("Công an huyện Đô Lương, Nghệ An bắt giữ 2 đối tượng.", [("Công an huyện Đô Lương", "Công an huyện Đô Lương")]),
    ("Cục Hải quan Hà Nội, Hải Phòng cho biết.", [("Cục Hải quan Hà Nội", "Cục Hải quan Hà Nội")]),
])
def test_a_placed_head_shared_by_places_joined_by_va(text, expected):
    assert [(o.surface, o.name) for o in find_organisations(text)] == expected



def test_a_head_of_các_tỉnh_names_no_body_of_the_places_listed():
    # ../shared/corpus-large/khoi-cong-3-du-an-thanh-phan-thuoc-du-an-cao-toc-bac-nam.md (its gold names none): after
    # "các tỉnh" the head is every province's, a kind.
    text = ("Ngày 30/9/2020, Bộ Giao thông vận tải đã phối hợp với UBND các tỉnh: Ninh Bình, Thanh Hóa, Bình Thuận, Đồng Nai "
            "đồng loạt tổ chức lễ khởi công.")
    assert surfaces(text) == ["Bộ Giao thông vận tải"]


def test_a_ministry_list_split_by_semicolons():
    # ../shared/corpus-large/pho-thu-tuong-truong-hoa-binh-cong-tac-chong-buon-lau-con-chua-tuong-xung-voi-thuc-te.md:
    # the areas after "các Bộ:" may be split by semicolons as by commas.
    found = find_organisations("Tham dự có đại diện các Bộ: Công an, Quốc phòng, Công Thương; Y tế; Khoa học và Công nghệ; "
                               "cùng đại diện các cơ quan.")
    assert [o.name for o in found] == ["Bộ Công an", "Bộ Quốc phòng", "Bộ Công Thương", "Bộ Y tế", "Bộ Khoa học và Công nghệ"]


def test_a_list_of_places_goes_on_past_a_city_no_table_has():
    # ../shared/corpus-large/tu-1-7-trien-khai-mo-rong-nsw-tai-cang-bien-cang-dau-khi-ngoai-khoi.md: after "các" and a head
    # and a colon each item names the head's body there, the port cities too ("Vũng Tàu", "Quy Nhơn", "Nha Trang"),
    # and a body is written as the page writes it, its head with the item ("Cảng vụ Hàng hải TP. Hồ Chí Minh").
    found = find_organisations("Theo đó, kể từ 9h ngày 1/7/2018, Bộ Giao thông vận tải sẽ triển khai mở rộng NSW tại các Cảng vụ "
                               "Hàng hải: Hải Phòng; Quảng Ninh; Đà Nẵng; TP. Hồ Chí Minh; Vũng Tàu; Quy Nhơn; Nha Trang; Quảng "
                               "Ngãi; Đồng Nai; Quảng Nam; Quảng Bình; Quảng Trị; Thừa Thiên Huế. ")
    assert [o.name for o in found][1:] == [f"Cảng vụ Hàng hải {p}" for p in (
        "Hải Phòng", "Quảng Ninh", "Đà Nẵng", "thành phố Hồ Chí Minh", "Vũng Tàu", "Quy Nhơn", "Nha Trang", "Quảng Ngãi",
        "Đồng Nai", "Quảng Nam", "Quảng Bình", "Quảng Trị", "Thừa Thiên Huế")]
    assert found[4].abbreviation == "Cảng vụ Hàng hải TP. Hồ Chí Minh"
    # ../shared/corpus-large/kiem-soat-rui-ro-phat-hien-nhieu-sai-pham.md: a head after "và" ends the list.
    found = find_organisations("Theo các Cục Hải quan: TP Hà Nội, Hải Phòng, TP HCM và Cục Điều tra chống buôn lậu thông tin về 3 lô hàng.")
    assert [o.surface for o in found] == ["TP Hà Nội", "Hải Phòng", "TP HCM", "Cục Điều tra chống buôn lậu"]


@pytest.mark.parametrize("text, expected", [
    # A port authority ("Cảng vụ") is a head: named after its port or its waters
    # (../shared/corpus-large/hai-quan-van-gia-phoi-hop-cuu-ho-tau-cho-117-tan-thit-trau-dong-lanh.md,
    # ../shared/corpus-large/them-13-thu-tuc-thuoc-linh-vuc-hang-hai-va-duong-thuy-noi-dia-tham-gia-nsw-tu-1-7.md).
    # ("Biên phòng Van Gia" is the local post, no mention of the national border guard: see `short_names`.)
    ("Tính đến sáng nay, các lực lượng: Hải quan-Biên phòng Van Gia và Cảng vụ Móng Cái đã phối hợp đưa 2 thuyền viên vào bờ an toàn.",
     ["Cảng vụ Móng Cái"]),
    ("… và sẽ tiếp tục triển khai tại các cảng vụ Hàng hải còn lại và Cảng vụ Đường thủy nội địa khu vực 3 từ ngày 25/7/2018.",
     ["Cảng vụ Đường thủy nội địa khu vực 3"]),
    # "giải quyết" is the sentence's verb, no word of the name before it
    # (../shared/corpus-large/tu-1-7-trien-khai-mo-rong-nsw-tai-cang-bien-cang-dau-khi-ngoai-khoi.md).
    ("Và tổng hợp các ý kiến góp ý, vướng mắc trong quá trình triển khai, phối hợp với Trung tâm CNTT giải quyết (hoặc báo "
     "cáo Bộ Giao thông vận tải các nội dung vượt thẩm quyền).", ["Trung tâm CNTT", "Bộ Giao thông vận tải"]),
    # A seat after "tại" goes on no name that a registry name has "tại" in: "và" and a title after it are the sentence's
    # (../shared/corpus-large/hai-quan-viet-nam-tiep-nhan-thiet-bi-dao-tao-nhan-dien-hang-hoa-luong-dung-do-hoa-ky-tai-tro.md).
    ("Ông Christopher Klein – Phó Đại sứ, Đại sứ quán Hoa Kỳ tại Hà Nội và Phó Tổng cục trưởng Tổng cục Hải quan Lưu Mạnh "
     "Tưởng cắt băng bàn giao thiết bị.", ["Đại sứ quán Hoa Kỳ", "Tổng cục Hải quan"]),
    # A unit named by its function in lower-case words, "thuộc" and its parent: "thuộc" says the words are a name
    # (../shared/corpus-large/nong-san-viet-tray-trat-vao-sieu-thi.md) …
    ("Theo đánh giá báo cáo của Viện nghiên cứu dư luận xã hội thuộc Ban Tuyên giáo Trung ương vừa ban hành tháng 7/2020 vừa qua.",
     ["Viện nghiên cứu dư luận xã hội", "Ban Tuyên giáo Trung ương"]),
    # … but not a head that makes a word with the word after it ("Phòng chống")
    # (../shared/corpus-large/nhung-diem-can-ghi-nho-cua-luat-xu-ly-vi-pham-hanh-chinh-sua-doi.md).
    ("Đội trưởng Đội đặc nhiệm Phòng chống ma túy và tội phạm thuộc Bộ đội Biên phòng…", ["Bộ đội Biên phòng"]),
])
def test_port_authorities_verbs_seats_and_units_of_a_parent(text, expected):
    assert surfaces(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A head written twice is a slip: the name starts at the second
    # (../shared/corpus-large/hai-quan-hon-gai-doi-moi-cach-ho-tro-doanh-nghiep.md, ../shared/corpus-large/tap-huan-ve-kiem-soat-xnk-mat-hang-ruou.md).
    ("Bà Nguyễn Thị Hoàn, Giám đốc Công ty Công ty CP đầu tư và XNK Song Hành (doanh nghiệp thường xuyên làm thủ tục xuất "
     "khẩu dăm gỗ) cho biết.", ["Công ty CP đầu tư và XNK Song Hành"]),
    ("Đại diện Công ty Công ty TNHH Penord Recard Việt Nam hướng dẫn dấu hiệu nhận biết các loại rượu.",
     ["Công ty TNHH Penord Recard Việt Nam"]),
])
def test_a_head_written_twice(text, expected):
    assert surfaces(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A bare head listed with a level head ("Tỉnh ủy") is a body of that level, of the page's province
    # (../shared/corpus-large/quang-ninh-kim-ngach-xuat-nhap-khau-giam-73.md; the page names Quảng Ninh).
    ("Thời gian qua, Hải quan Quảng Ninh đã tham mưu đề xuất về cơ chế chính sách với UBND, Tỉnh ủy phối hợp tổ chức gặp mặt.",
     ["Hải quan Quảng Ninh", "Ủy ban nhân dân tỉnh Quảng Ninh", "Tỉnh ủy Quảng Ninh"]),
    # (../shared/corpus-large/hai-quan-quang-ninh-chuyen-dong-tu-cac-nguon-thu-chu-luc.md)
    ("Hải quan Quảng Ninh đạt 87,1% chỉ tiêu do Tỉnh ủy, HĐND, UBND tỉnh Quảng Ninh giao.",
     ["Hải quan Quảng Ninh", "Tỉnh ủy Quảng Ninh", "Hội đồng nhân dân tỉnh Quảng Ninh", "Ủy ban nhân dân tỉnh Quảng Ninh"]),
])
def test_a_bare_head_listed_with_a_level_head(text, expected):
    assert [o.name for o in find_organisations(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # A letter before a slash abbreviates a letter's subject ("V/v": về việc), no word of the name before it
    # (../shared/corpus-large/huong-dan-dang-ky-ma-so-thue-ca-nhan-tren-htkk-va-trang-thuedientu-gdt-gov-vn.md).
    ("Theo công văn 7040/CT-TNCN ngày 22/02/2019 của Cục Thuế TP. Hà Nội V/v quyết toán thuế TNCN năm 2018 và cấp MST NPT.",
     ["Cục Thuế TP. Hà Nội"]),
    # A task force named by its number (`numbered_only_heads`) (../shared/corpus-large/hiem-hoa-tu-thuoc-la-dien-tu.md) …
    ("Mới đây nhất, ngày 17/12, Đội QLTT số 1, Cục QLTT Hà Nội đã phối hợp với thành viên Tổ công tác 368, Tổng cục QLTT "
     "kiểm tra cơ sở kinh doanh tại địa chỉ số 102 ngõ 259 phố Vọng, Hai Bà Trưng, Hà Nội do ông Vũ Văn Đô làm chủ.",
     ["Đội QLTT số 1", "Cục QLTT Hà Nội", "Tổ công tác 368", "Tổng cục QLTT"]),
    # … but a task team of a body named after it is that body's
    # (../shared/corpus-large/hai-quan-quang-ninh-tich-thu-hang-vi-pham-tri-gia-hon-96-ty-dong.md).
    ("Ngày 17/4, trong quá trình thực hiện nhiệm vụ kiểm tra, giám sát hành lý của khách xuất cảnh thuộc Cảng Hàng không quốc "
     "tế Vân Đồn, Tổ công tác Hải quan Vân Đồn, Chi cục Hải quan cửa khẩu cảng Cẩm Phả (Cục Hải quan Quảng Ninh) chủ trì phối hợp",
     ["Hải quan Vân Đồn", "Chi cục Hải quan cửa khẩu cảng Cẩm Phả", "Cục Hải quan Quảng Ninh"]),
    # Two ministries acting jointly ("Liên Bộ") are one party, the fund they draw on an account, no body
    # (../shared/corpus-large/giam-51-dong-lit-gia-xang-ve-hon-14-000-dong-lit.md).
    ("Trong các kỳ điều hành gần đây, nhằm hỗ trợ cho nền kinh tế đang phục hồi, hạn chế mức tăng, nỗ lực giữ ổn định hoặc "
     "giảm giá xăng dầu, Liên Bộ Công Thương – Tài chính đã thực hiện chi sử dụng liên tục Quỹ Bình ổn giá xăng dầu ở mức khá cao",
     ["Liên Bộ Công Thương – Tài chính"]),
])
def test_subject_lines_numbered_task_forces_and_joint_ministries(text, expected):
    assert surfaces(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A firm's kind and its trade in lower case before its foreign brand (`trades`, `brand_leads`): the brand names it
    # (../shared/corpus-large/mua-sam-online-tac-dong-cuoc-dua-thi-phan-ban-le.md; "Aeon" is no Vietnamese syllable: no
    # syllable has "ae") …
    ("Cụ thể, hãng bán lẻ Aeon của Nhật cũng đang khảo sát để xây dựng trung tâm thương mại thứ ba ở TPHCM trong năm 2021",
     [("Aeon", "Aeon")]),
    # (../shared/corpus-large/hon-20-container-roi-xuong-song-khi-dang-boc-hang-tai-cang-cai-mep.md)
    ("Được biết, toàn bộ 22 container này là bông gòn nhập khẩu do hãng tàu Maersk vận chuyển về cảng Cái Mép – Thị Vải, "
     "sau đó đi bằng sà lan để về cảng đích là cảng Cát Lái.",
     [("Maersk", "Maersk")]),
    # … and after "tập đoàn" the group, named by its brand (../shared/corpus-large/ma-bat-dong-san-cong-nghiep-van-dien-ra-soi-dong.md).
    ("Trong lĩnh vực sản xuất, tập đoàn điện tử Pegatron (Đài Loan), nhà cung ứng linh kiện cho Apple, đã đầu tư hơn "
     "19 triệu USD vào Hải Phòng cho giai đoạn đầu trong chuỗi kế hoạch mở rộng tại Việt Nam.",
     [("Tập đoàn Pegatron", "Pegatron")]),
    # A head, lower-case words and the capitalised place the body is of, then the code the page defines for it
    # (../shared/corpus-large/doanh-nghiep-hai-san-dong-loat-treo-bien-cam-ket-chong-khai-thac-iuu.md).
    ("Được biết, ngày 23/10/2017, Ủy ban châu Âu (EC) cảnh báo “thẻ vàng” đối với hoạt động khai thác hải sản bất hợp pháp, "
     "không khai báo và không theo quy định (IUU Fishing) đối với Việt Nam.",
     [("Ủy ban châu Âu", "Ủy ban châu Âu"), ("Ủy ban châu Âu", "EC")]),
])
def test_brands_after_a_kind_and_trade_and_names_before_a_code(text, expected):
    assert names(text) == expected


def test_a_board_after_a_title_is_the_titles():
    # "Chủ tịch Hội đồng quản trị" is the chairman of the board (`boards_after_title`): the group is the body named,
    # its board no organ of its own (../shared/corpus-large/xuat-khau-det-may-se-ve-dich-34-ty-usd.md).
    text = ("Theo ông Lê Tiến Trường, Chủ tịch Hội đồng quản trị Tập đoàn Dệt may Việt Nam (Vinatex), năm 2020, đại dịch "
            "Covid-19 bùng nổ trên toàn cầu khiến các chuỗi cung ứng đứt gãy, cầu hàng hoá sụt giảm.")
    assert names(text) == [("Tập đoàn Dệt May Việt Nam", "Tập đoàn Dệt may Việt Nam"), ("Tập đoàn Dệt May Việt Nam", "Vinatex")]


@pytest.mark.parametrize("text, expected", [
    # A firm named by a stock code (`placeholders`) is an example's
    # (../shared/corpus-large/dinh-khoan-ke-toan-la-gi-nguyen-tac-khi-dinh-khoan-ke-toan.md) …
    ("Bán hàng cho Công ty XYZ chưa thu tiền với tổng giá bán chưa thuế là 50.000.000, thuế GTGT 10%.", []),
    # … and one named by a letter on a page that gives examples
    # (../shared/corpus-large/tien-lai-vay-co-phai-nop-thue-tncn-co-chiu-thue-gtgt.md; two letters are a name all the same) …
    ("Ví dụ 5: Công ty cổ phần VC có tiền nhàn rỗi tạm thời chưa phục vụ hoạt động kinh doanh, Công ty cổ phần VC ký hợp đồng "
     "cho Công ty T vay tiền trong thời hạn 6 tháng", ["Công ty cổ phần VC", "Công ty cổ phần VC"]),
    # (../shared/corpus-large/nhung-thoi-diem-ghi-vao-so-ke-toan-nhieu-nguoi-con-nham-lan.md: "Tình huống 1")
    ("Tình huống 1\n\nNgày 1/1/2019 Công ty A bán hàng cho Công ty B nhưng chưa xuất hóa đơn đã có biên bản bàn giao giữa 2 bên "
     "và Công ty B chưa thanh toán.", []),
    # … but news naming a real firm by its initial names a firm (../shared/corpus-large/tiep-tuc-dieu-tra-vu-hon-nua-tan-can-sa-o-hai-phong.md).
    ("Vỏ container dùng chứa nguyên liệu sản xuất thức ăn chăn nuôi cho lợn, gia cầm, do Công ty T nhập khẩu ngày 12/12/2020 "
     "(lô hàng đến khu vực cảng Hải Phòng ngày 11/12/2020).", ["Công ty T"]),
])
def test_placeholder_firms_of_examples(text, expected):
    assert surfaces(text) == expected


def test_a_foreign_body_named_in_lower_case_with_its_country():
    # A head, lower-case words and a foreign country (`closed_names`, `foreign_countries`) name that country's body
    # (../shared/corpus-large/hiem-hoa-tu-thuoc-la-dien-tu.md) …
    text = ("Theo báo cáo của Trung tâm kiểm soát bệnh tật Mỹ – CDC, đến tháng 2/2020, tại Mỹ có trên 2.800 trường hợp nhập viện "
            "vì hội chứng viêm phổi và nhiều loại bệnh khác do hút thuốc lá điện tử, trong đó có 68 trường hợp đã tử vong.")
    assert surfaces(text) == ["Trung tâm kiểm soát bệnh tật Mỹ"]
    # … which is no unit of the ministry the page names (two paragraphs of
    # ../shared/corpus-large/gia-vang-bat-dong-cho-thong-tin-tu-fed.md).
    text = ("Hiện tài, giá vàng giao dịch biên độ nhẹ do giới đầu tư và chuyên gia đều đang theo dõi thông tin từ cuộc họp chính "
            "sách tiền tệ của Cục Dự trữ liên bang Mỹ (FED).\n\nTỷ giá trung tâm giữa đồng VND và USD ngày 16/9 được Ngân hàng "
            "Nhà nước niêm yết ở mức 23.198 VND/USD, giảm tiếp 5 đồng so với ngày 15/9.")
    assert [(o.organisation_id, o.surface) for o in find_organisations(text)][:2] == [
        ("cuc-du-tru-lien-bang-my", "Cục Dự trữ liên bang Mỹ"), ("cuc-du-tru-lien-bang-my", "FED")]


def test_a_head_inside_a_place_name_starts_no_body():
    # A head after a locality word and a capitalised syllable is a syllable of the place: "xã Vĩnh Hội Đông" names a
    # commune, no "Hội Đông" (../shared/corpus-large/tich-thu-25-tan-lua-tuoi-nhap-lau-qua-bien-gioi.md) …
    text = ("Qua làm việc, người điều khiển phương tiện khai nhận tên Đinh Thanh Hùng, là chủ phương tiện, hàng hóa trên ghe "
            "là lúa hạt còn tươi, do ông Hùng chở thuê cho bà Huề ở xã Vĩnh Hội Đông, An Phú, An Giang từ Tà Keo, Campuchia "
            "về Việt Nam.")
    assert surfaces(text) == []
    # … and "khu vực Chợ Trung tâm Móng Cái" a market, no "Trung tâm Móng Cái"
    # (../shared/corpus-large/tri-gia-hang-vi-pham-do-hai-quan-quang-ninh-bat-giu-tang-33.md).
    text = ("Mới đây, ngày 6/9, tại khu vực Chợ Trung tâm Móng Cái thuộc Khu I, phường Trần Phú, TP. Móng Cái, Tổ Kiểm soát "
            "cơ động Đội Kiểm soát Hải quan số 1 (Cục Hải quan Quảng Ninh) phát hiện đối tượng")
    assert "Trung tâm Móng Cái" not in surfaces(text)


@pytest.mark.parametrize("text, expected", [
    # "năng lực cạnh tranh" (`name_words`) is a word official names are made of, after "và" too
    # (../shared/corpus-large/hai-quan-ap-dung-toan-dien-quan-ly-rui-ro.md).
    ("Theo Trưởng Ban Môi trường kinh doanh và năng lực cạnh tranh, Viện Quản lý kinh tế trung ương (CIEM), Bộ Kế hoạch và "
     "Đầu tư Nguyễn Minh Thảo, ngành Hải quan là ngành đầu tiên áp dụng phương thức quản lý hiện đại",
     ["Ban Môi trường kinh doanh và năng lực cạnh tranh", "Viện Quản lý kinh tế trung ương", "CIEM", "Bộ Kế hoạch và Đầu tư"]),
    # A shop named by its own capitalised name ("Cửa hàng", a head)
    # (../shared/corpus-large/tam-giu-800-binh-ac-quy-nhap-lau-tu-trung-quoc.md).
    ("Theo tin từ Tổng cục QLTT, trong quá trình thực hiện công tác quản lý địa bàn, Đội QLTT số 2, Cục QLTT Bình Dương phát "
     "hiện Cửa hàng Reng Feng có địa chỉ tại khu phố 4, phường An Phú, TP Thuận An, tỉnh Bình Dương",
     ["Tổng cục QLTT", "Đội QLTT số 2", "Cục QLTT Bình Dương", "Cửa hàng Reng Feng"]),
    # English heads last ("News", "Traders") and a legal form in capitals ("CORP")
    # (../shared/corpus-large/vang-sjc-nguoc-chieu-da-tang-cua-gia-vang-the-gioi.md) …
    ("Các nhà phân tích tại ANG Traders dự đoán, giá vàng có thể tăng lên 1.900 USD/ounce", ["ANG Traders"]),
    ("Trên trang Kitco News, các chuyên gia cho hay, giá vàng thế giới vẫn chịu áp lực", ["Kitco News"]),
    # … (../shared/corpus-large/xuat-khau-ca-tra-sang-mexico-giam-gan-60.md).
    ("Có khoảng hơn 25 doanh nghiệp cá tra tham gia XK cá tra sang thị trường Mexico, lớn nhất là hai doanh nghiệp IDI CORP "
     "(Đồng Tháp) và MEKONGFISH CO (Cần Thơ).", ["IDI CORP"]),
    # A code of capitals before "Việt Nam" names a firm's arm where an office is held at it, a department's
    # function between or not (../shared/corpus-large/khu-vuc-phia-dong-se-la-dong-luc-phat-trien-cho-thi-truong-bat-dong-san-tphcm.md).
    ("Ông Võ Huỳnh Tuấn Kiệt, Giám đốc CBRE Việt Nam cho biết, cùng với việc thành lập TP Thủ Đức", ["CBRE Việt Nam"]),
    ("Tương tự, ông Nguyễn Hoàng, Giám đốc Bộ phận R&D DKRA Việt Nam dự báo, các dự án sắp được ra mắt vẫn tập trung ở khu Đông",
     ["DKRA Việt Nam"]),
])
def test_name_words_shops_english_heads_and_codes_with_an_office(text, expected):
    assert surfaces(text) == expected


def test_qltt_inside_a_name_is_spelt_out():
    # "QLTT" (`expansions`) inside a name is "Quản lý thị trường": the registry's body
    # (../shared/corpus-large/tam-giu-800-binh-ac-quy-nhap-lau-tu-trung-quoc.md).
    text = "Lực lượng chức năng kiểm tra lô hàng ắc quy vi phạm. Nguồn Tổng cục QLTT"
    assert [(o.surface, o.organisation_id) for o in find_organisations(text)] == [("Tổng cục QLTT", "tong-cuc-quan-ly-thi-truong")]


def test_a_firm_named_with_its_trade_and_by_its_code():
    # One firm named with its line of business, without it, and by the code its name ends with (three paragraphs of
    # ../shared/corpus-large/tphcm-khong-gian-lam-viec-linh-hoat-chiem-22-giao-dich-thi-truong-van-phong.md).
    text = ("Trong Q4/2018, tỷ lệ lấp đầy trung bình của không gian làm việc chung tại TP.HCM đạt xấp xỉ 80%, theo một khảo sát "
            "của CBRE.\n\nTheo thống kê của Công ty CBRE Việt Nam, trong năm 2018, thị trường văn phòng TPHCM chỉ tiếp nhận thêm "
            "một nguồn cung hạng B duy nhất với tổng diện tích cho thuê ngoài là 3.600 m2.\n\nTheo Công ty tư vấn bất động sản "
            "CBRE Việt Nam, sự nổi lên của các không gian làm việc linh hoạt đang dần thay đổi cơ cấu khách thuê của khối văn "
            "phòng truyền thống.")
    found = find_organisations(text)
    assert [o.surface for o in found] == ["CBRE", "Công ty CBRE Việt Nam", "Công ty tư vấn bất động sản CBRE Việt Nam"]
    assert {o.organisation_id for o in found} == {"cong-ty-cbre-viet-nam"}


def test_an_advisory_council_of_the_prime_minister():
    # "cải cách thủ tục hành chính" (`name_words`) and "của Thủ tướng Chính phủ" (`name_continuations`) belong to the
    # council's official name (../shared/corpus/nganh-hai-quan-no-luc-ket-noi-cai-cach-kiem-tra-chuyen-nganh.md).
    text = ("Bà Phạm Thị Ngọc Thủy, Phó Giám đốc thường trực Văn phòng Ban Nghiên cứu Phát triển kinh tế tư nhân (Ban IV, "
            "thuộc Hội đồng Tư vấn cải cách thủ tục hành chính của Thủ tướng Chính phủ) là người theo sát đề án từ những ngày "
            "đâu tiên")
    assert "Hội đồng Tư vấn cải cách thủ tục hành chính của Thủ tướng Chính phủ" in surfaces(text)


@pytest.mark.parametrize("text, expected", [
    # After a firm's legal form the lower-case words are its trade, whatever it is, up to the capital of its own name
    # (../shared/corpus-large/tphcm-phat-hien-xu-ly-116-nguoi-nhap-canh-trai-phep.md;
    # nhom-hang-may-moc-thiet-bi-giup-hai-quan-ha-noi-tang-so-thu-trong-thang-9.md;
    # ra-soat-lam-ro-dau-hieu-gian-lan-doi-voi-mat-hang-da-voi-xuat-khau.md, the form in lower case).
    ("Công an Quận 11 kiểm tra, phát hiện Công ty TNHH phát sáng Đại Tín vi phạm về kinh doanh hàng hóa nhập lậu, "
     "niêm phong tạm giữ 48.", ["Công an Quận 11", "Công ty TNHH phát sáng Đại Tín"]),
    ("Máy móc, thiết bị dự án điện rác Nam Sơn; hay thiết bị điện của Công ty TNHH hệ thống truyền tải và phân phối "
     "Toshiba; linh kiện ô tô, xe máy nhập khẩu", ["Công ty TNHH hệ thống truyền tải và phân phối Toshiba"]),
    ("trên cơ sở kết quả giám định ngày 25/12/2020 của Chi nhánh công ty cổ phần giám định và khử trùng FCC tại Hải Phòng, "
     "thông báo kết quả", ["Chi nhánh công ty cổ phần giám định và khử trùng FCC tại Hải Phòng"]),  # (its branch: see below)
    # A function word among the words says they are the sentence's; so does a title after them
    # (../shared/corpus-large/evn-la-doanh-nghiep-do-nha-nuoc-lam-chu-so-huu.md; lua%cc%a3t-doanh-nghie%cc%a3p-lua%cc%a3t-so-68-2014-qh13.md;
    # tai-ve-quyet-dinh-bo-nhiem-nhan-su-dung-cho-moi-chuc-vu.md).
    ("EVN là công ty TNHH MTV do Nhà nước làm chủ sở hữu.", ["EVN"]),
    ("Cổ phần, trái phiếu của công ty cổ phần có thể được mua bằng Đồng Việt Nam, ngoại tệ tự do chuyển đổi, vàng", []),
    ("Hội đồng quản trị công ty cổ phần bổ nhiệm Giám đốc/Tổng Giám đốc, Kế toán trưởng và người quản lý khác", []),
    # The codes of trades (`expansions`) are words of the name, "và" between them
    # (../shared/corpus-large/ra-soat-lam-ro-dau-hieu-gian-lan-doi-voi-mat-hang-da-voi-xuat-khau.md).
    ("số vận đơn 122000013130121 của Công ty TNHH SX và TM Toàn Cầu Thành Đạt, khai báo: Đá xây dựng",
     ["Công ty TNHH SX và TM Toàn Cầu Thành Đạt"]),
])
def test_a_firms_trade_after_its_legal_form(text, expected):
    assert surfaces(text) == expected


@pytest.mark.parametrize("text, expected", [
    # An association's field, in any case, runs to its scope, the country or a province
    # (../shared/corpus-large/doanh-nghiep-go-chung-tay-chinh-thuc-ra-mat-quy-viet-nam-xanh.md; fresh14's
    # xuat-khau-ca-tra-sang-mexico-giam-gan-60.md, typo as printed).
    ("Hiệp hội Chế biến gỗ tỉnh Bình Dương, Hiệp hội Gỗ và Thủ công mỹ nghệ tỉnh Đồng Nai, Hiệp hội Gỗ và Lâm sản Bình Định, "
     "Chi hội dăm", ["Hiệp hội Chế biến gỗ tỉnh Bình Dương", "Hiệp hội Gỗ và Thủ công mỹ nghệ tỉnh Đồng Nai",
                     "Hiệp hội Gỗ và Lâm sản Bình Định"]),
    ("Chế biến cá tra xuất khẩu Theo Hiệp hội Chế biến và Xuất khẩu thỷ sản Việt Nam, ngay từ đầu năm nay, XK cá tra sang "
     "thị trường Bắc Mỹ này đã liên tục giảm sút.", ["Hiệp hội Chế biến và Xuất khẩu thỷ sản Việt Nam"]),
    # A function word before the scope leaves the name to the grammar, which reads a foreign body's seat
    # (../shared/corpus-large/doanh-nghiep-chau-au-da-duoc-huong-loi-tu-viec-hoan-thue-giam-tien-thue-dat.md).
    ("Ảnh: Internet Hiệp hội Doanh nghiệp châu Âu tại Việt Nam (EuroCham) vừa công bố báo cáo",
     ["Hiệp hội Doanh nghiệp châu Âu tại Việt Nam", "EuroCham"]),
])
def test_an_associations_field_before_its_scope(text, expected):
    assert surfaces(text) == expected


def abbreviated(text: str) -> list[tuple[str, str, str]]:
    return [(o.surface, o.name, o.abbreviation) for o in find_organisations(text)]


@pytest.mark.parametrize("text, expected", [
    # A capitalised "Hãng" with its trade before a foreign brand names the firm by the brand, as "hãng" does
    # (../shared/corpus-large/flc-chi-3-ty-usd-mua-24-may-bay-airbus-cho-bamboo-airways.md).
    ("Ngày 6/3, Tập đoàn FLC và Hãng sản xuất máy bay Airbus của Pháp có buổi làm việc tại trụ sở FLC, xoay quanh thỏa "
     "thuận hợp tác mua máy bay.",
     [("Tập đoàn FLC", "Tập đoàn FLC", ""), ("Airbus", "Airbus", ""), ("FLC", "Tập đoàn FLC", "")]),
    # A brand in brackets after a firm's full name is its short name on the page
    # (../shared/corpus-large/vinamilk-thang-kien-vu-sua-hoc-duong.md).
    ("Chiều ngày 30/9, HĐXX Tòa án Nhân dân quận Hoàn Kiếm (Hà Nội) đã tuyên án sơ thẩm vụ kiện dân sự giữa nguyên đơn là "
     "Công ty Cổ phần Sữa Việt Nam (Vinamilk) và bị đơn là báo điện tử Giáo dục Việt Nam. Tại phiên tòa, HĐXX chấp nhận đơn "
     "khởi kiện của Vinamilk.",
     [("Công ty Cổ phần Sữa Việt Nam", "Công ty Cổ phần Sữa Việt Nam", "Vinamilk"),
      ("Vinamilk", "Công ty Cổ phần Sữa Việt Nam", "Vinamilk"), ("Vinamilk", "Công ty Cổ phần Sữa Việt Nam", "Vinamilk")]),
    # An association with no place in its name runs to the code in brackets after it, its fields listed with
    # commas (../shared/corpus-large/doanh-nghiep-bia-ruou-doi-mat-kho-khan-lon.md), a "Hội" from a capitalised word
    # (../shared/corpus-large/tphcm-ho-tro-chuyen-doi-so-cho-doanh-nghiep-vua-va-nho.md) …
    ("Theo PGS.TS. Nguyễn Văn Việt, Chủ tịch Hiệp hội Bia, rượu, nước Giải Khát (VBA), từ đầu năm 2020, ngành bị ảnh hưởng "
     "bởi tác động kép do dịch Covid-19.",
     [("Hiệp hội Bia, rượu, nước Giải Khát", "Hiệp hội Bia, rượu, nước Giải Khát", "VBA"),
      ("VBA", "Hiệp hội Bia, rượu, nước Giải Khát", "VBA")]),
    ("Hai gói ứng dụng do các đơn vị uy tín lâu năm và là thành viên của Hội Tin học (HCA) cung cấp.",
     [("Hội Tin học", "Hội Tin học", "HCA"), ("HCA", "Hội Tin học", "HCA")]),
    # … but a code of words in brackets is inside the name, not after it
    # (../shared/corpus-large/doanh-nghiep-phai-di-tung-buoc-de-phat-trien-ben-vung.md).
    ("Trao đổi với phóng viên Tạp chí Hải quan, ông Nguyễn Văn Thân, Chủ tịch Hiệp hội doanh nghiệp (DN) nhỏ và vừa Việt "
     "Nam cho rằng, bối cảnh hiện nay đặt ra nhiều bài học.", [("Tạp chí Hải quan", "Tạp chí Hải quan", "")]),
    # A firm's own name right after its legal form may look like a person's: two syllables are the brand's
    # (../shared/corpus-large/tam-dung-hoat-dong-dai-ly-lam-thu-tuc-hai-quan-do-khong-du-dieu-kien-nhan-vien.md,
    # ../shared/corpus-large/doanh-nghiep-mong-muon-keo-dai-thoi-gian-gian-hoan-no.md); "và" joins two trades' codes,
    # some joined by a hyphen, before the firm's own name (../shared/corpus-large/lop-xe-dung-cho-khai-thac-mo-phu-hop-phan-loai-nhom-4011.md).
    ("Công ty cổ phần Mai Thành bị tạm dừng hoạt động đại lý làm thủ tục hải quan 6 tháng (từ ngày 13/11/2020).",
     [("Công ty cổ phần Mai Thành", "Công ty cổ phần Mai Thành", "")]),
    ("Đồng quan điểm, theo đại diện Công ty TNHH Hoàng Hà (DN chuyên về dịch vụ thương mại, xuất nhập khẩu), trong những "
     "tháng còn lại của năm 2020, DN đang đẩy mạnh xuất khẩu.", [("Công ty TNHH Hoàng Hà", "Công ty TNHH Hoàng Hà", "")]),
    ("Theo Cục Hải quan Hải Phòng, trong quá trình áp mã HS đối với mặt hàng lốp xe chuyên dụng đối với Công ty TNHH TM-DV "
     "và XD Phương Thảo, đơn vị gặp nhiều vướng mắc.",
     [("Cục Hải quan Hải Phòng", "Cục Hải quan Hải Phòng", ""),
      ("Công ty TNHH TM-DV và XD Phương Thảo", "Công ty TNHH thương mại-dịch vụ và xây dựng Phương Thảo",
       "Công ty TNHH TM-DV và XD Phương Thảo")]),
])
def test_brands_after_hang_brands_in_brackets_coded_associations_and_person_like_firms(text, expected):
    assert abbreviated(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A capitalised stop word right after a locality word, before a capitalised second word, is the place's first
    # (../shared/corpus-large/phan-mem-ho-tro-ke-khai-thue-htkk-4-1-1-moi-nhat-2019.md, fresh15).
    ("Cập nhật tên Chi cục Thuế huyện Năm Căn trực thuộc Cục Thuế tỉnh Cà Mau trong danh mục cơ quan thuế.",
     ["Chi cục Thuế huyện Năm Căn", "Cục Thuế tỉnh Cà Mau"]),
    # A unit's short name in brackets, its head and number, closes its name: the lower-case words before it are
    # the name's (../shared/corpus-large/khai-bao-van-phong-pham-nhung-lai-nhap-khau-vay-te-te.md, fresh15).
    ("Cục Điều tra chống buôn lậu-Tổng cục Hải quan (Đội Kiểm soát chống buôn lậu khu vực miền Bắc (Đội 1); Phòng Thu thập "
     "xử lý thông tin nghiệp vụ hải quan (Phòng 2); Phòng Giám sát Hải quan trực tuyến (Phòng 3), phối hợp",
     ["Cục Điều tra chống buôn lậu", "Tổng cục Hải quan", "Đội Kiểm soát chống buôn lậu khu vực miền Bắc", "Đội 1",
      "Phòng Thu thập xử lý thông tin nghiệp vụ hải quan", "Phòng Giám sát Hải quan trực tuyến"]),
    # A code after a name-like pair inside a firm's name ends the brand, the pair its words
    # (../shared/corpus-large/fecon-trung-thau-nhieu-du-an-lon.md, fresh15).
    ("Chủ đầu tư dự án là Công ty CP Tập đoàn Phượng Hoàng Xanh A&A. FECON đảm nhiệm phần cung cấp",
     ["Công ty CP Tập đoàn Phượng Hoàng Xanh A&A"]),
    # A foreign firm's German legal form closes its English name, "&" joining its words, after "hãng" and a trade
    # (../shared/corpus-large/quy-di%cc%a3nh-cong-tac-phi-ho%cc%a3p-ly-cua-cong-ty-moi-nhat.md, fresh15).
    ("Công ty mua vé máy bay khứ hồi cho nhân viên đi công tác tại nước ngoài (Đức) của hãng hàng không East Sea Travel & Air "
     "Service GmBH thông qua Website của Hãng hàng không", ["East Sea Travel & Air Service GmBH"]),
    # A teaser cut after a word's first letter names no body
    # (../shared/corpus-large/mau-bang-ke-hoa-don-chung-tu-hang-hoa-dich-vu-ban-ra-mau-so-01-1-gtgt-theo-tt-156.md, fresh15).
    ("(Ban hành kèm theo Thông tư số 156/2013/TT-BTC ngày 06/11/2013 của Bộ T…", []),
    # A fund that is money set aside, an insurance scheme's or a levy's, is an account, no body
    # (../shared/corpus-large/noi-dung-va-cac-khoan-trich-theo-quy-tien-luong-ban-nen-ghi-nho.md, fresh15;
    # ../shared/corpus-large/giam-51-dong-lit-gia-xang-ve-hon-14-000-dong-lit.md) …
    ("Trong doanh nghiệp có các khoản trích theo quỹ tiền lương, bao gồm 4 khoản như sau. Quỹ Bảo hiểm Y tế, Bảo hiểm thất "
     "nghiệp, Bảo hiểm xã hội", []),
    ("Trong kỳ điều hành này, Liên Bộ không trích lập Quỹ Bình ổn giá xăng dầu đối với xăng E5RON92 và dầu mazut", []),
    # … a fund set up as a body is one
    # (../shared/corpus/thu-tuong-chi-thi-day-manh-co-phan-hoa-thoai-von-nha-nuoc-tai-dn.md).
    ("nộp tiền thu phát sinh từ cổ phần hóa, thoái vốn về Quỹ Hỗ trợ sắp xếp và phát triển doanh nghiệp (Quỹ) theo quy định.",
     ["Quỹ Hỗ trợ sắp xếp và phát triển doanh nghiệp"]),
])
def test_places_after_localities_short_names_in_brackets_codes_ending_brands_legal_forms_cut_names_and_funds(text, expected):
    assert surfaces(text) == expected


@pytest.mark.parametrize("text, expected", [
    # The scope of a unit's trade policy in lower case goes on its name ("đa biên", "đa phương", "song phương": `name_words`)
    # (../shared/corpus-large/rcep-khong-tao-ra-cu-soc-ve-giam-thue-quan-doi-voi-viet-nam.md, fresh17).
    ("Đây là thông tin được ông Lương Hoàng Thái, Vụ trưởng Vụ Chính sách thương mại đa biên (Bộ Công Thương) chia sẻ",
     ["Vụ Chính sách thương mại đa biên", "Bộ Công Thương"]),
    # … and so do a trade's or a field's words official names are made of (`name_words`: "chế biến gỗ", "chuyên dụng",
    # "chuyển giao công nghệ", "sinh thái") (../shared/corpus-large/doanh-nghiep-che-bien-go-no-luc-thay-doi-de-phat-trien-ben-vung.md,
    # …/lop-xe-dung-cho-khai-thac-mo-phu-hop-phan-loai-nhom-4011.md, …/khai-bao-van-phong-pham-nhung-lai-nhap-khau-vay-te-te.md).
    ("Ông Nguyễn Quốc Khanh, Chủ tịch Hội Mỹ nghệ và Chế biến gỗ TP.HCM (HAWA) cho biết, trong vài năm gần đây",
     ["Hội Mỹ nghệ và Chế biến gỗ TP.HCM", "HAWA"]),
    ("xe ô tô tải tự đổ dùng trong khai thác mỏ đối với Công ty CP Thiết bị chuyên dụng và chuyển giao công nghệ, Công ty CP "
     "Du lịch và Thương mại – Vinacomin", ["Công ty CP Thiết bị chuyên dụng và chuyển giao công nghệ",
                                          "Công ty CP Du lịch và Thương mại – Vinacomin"]),
    ("Hiện lực lượng chức năng đã phối hợp với Viện Sinh sinh thái và tài nguyên sinh vật lấy mẫu để giám định",
     ["Viện Sinh sinh thái và tài nguyên sinh vật"]),
    # A unit, a dash and the registry body it belongs to are two bodies, the unit named alone
    # (../shared/corpus-large/kienlongbank-bo-nhiem-3-pho-tong-giam-doc-moi.md, fresh17).
    ("ông Nguyễn Văn Minh, sinh năm 1977, cử nhân điện tử viễn thông, trường Đại học Khoa học Tự nhiên – Đại học Quốc gia "
     "Hà Nội, với kinh nghiệm 20 năm", ["trường Đại học Khoa học Tự nhiên", "Đại học Quốc gia Hà Nội"]),
    # A firm's board before the firm's code or brand is a body of its own, the firm named too (fresh17:
    # ../shared/corpus-large/scb-thay-doi-nhan-su-cap-cao.md, …/kienlongbank-bo-nhiem-3-pho-tong-giam-doc-moi.md) …
    ("Ngân hàng Sài Gòn (SCB) vừa có thông tin về việc thay đổi nhân sự cấp cao. Theo đó, Hội đồng quản trị SCB đã quyết "
     "định bổ nhiệm ông Hoàng Minh Hoàn", ["Ngân hàng Sài Gòn", "SCB", "Hội đồng quản trị SCB", "SCB"]),
    ("Ban điều hành Kienlongbank có 8 thành viên, gồm Tổng Giám đốc và 7 Phó Tổng Giám đốc.",
     ["Ban điều hành Kienlongbank", "Kienlongbank"]),
    # … but the title's after a title (the same page).
    ("ông Võ Quốc Thắng (nguyên Chủ tịch HĐQT Kienlongbank, hiện là Chủ tịch Hội đồng quản trị Dongtam Group, cố vấn Kienlongbank).",
     ["Kienlongbank", "Dongtam Group", "Kienlongbank"]),
    # A bare provincial head before "các tỉnh" (no province named after) is every province's, a kind
    # (../shared/corpus-large/thong-tu-03-2015-tt-bldtbxh-dieu-chi%cc%89nh-tien-luong-da%cc%83-dong-bhxh.md, fresh17) …
    ("UBND tỉnh Hà Nam ban hành. – Sở LĐ-TBXH các tỉnh, thành phố trực thuộc TƯ;", ["UBND tỉnh Hà Nam"]),
    # A code right after a photo's credit names the agency that took it, no party of the page
    # (../shared/corpus-portals/tnt_tong-bi-thu-to-lam-du-kien-sap-xep-don-vi-hanh-chi.md,
    # ../shared/corpus-portals/bm_neu-dn-bi-thanh-tra-qua-nhieu-chu-tich-tinh-phai-v.txt).
    ("Tổng Bí thư Tô Lâm chủ trì buổi gặp mặt - Ảnh: TTXVN\n\nTại cuộc gặp mặt", []),
    ("nhiều doanh nghiệp bất động sản kiến nghị thanh tra - ảnh VGP Bộ này cũng", []),
])
def test_lower_case_scopes_units_before_their_body_and_firms_boards(text, expected):
    assert surfaces(text) == expected


def test_a_provincial_head_before_the_provinces_it_names_is_no_kind():
    # "các tỉnh" and the provinces named: their bodies, not every province's
    # (../shared/corpus-large/hai-quan-bac-ninh-co-nhieu-dau-an-tang-truong-trong-nam-covid.md).
    text = ("trao đổi thông tin với Ban Quản lý các khu công nghiệp, Sở Kế hoạch và Đầu tư các tỉnh Bắc Ninh, Bắc Giang, "
            "Thái Nguyên để nắm tình hình đầu tư mới")
    assert "Sở Kế hoạch và Đầu tư" in surfaces(text)


@pytest.mark.parametrize("text, expected", [
    # A firm's legal form inside its name goes on with the name, past another head
    # (../shared/corpus-large/fe-credit-mot-thap-ky-dong-hanh-cung-11-trieu-khach-hang.md, fresh18) …
    ("Ngày 2/11/2020 vừa qua, Công ty Tài chính TNHH MTV Ngân hàng Việt Nam Thịnh Vượng (“FE CREDIT”) chính thức kỷ niệm",
     ["Công ty Tài chính TNHH MTV Ngân hàng Việt Nam Thịnh Vượng"]),
    # … and a legal form in other case opens a firm's trade and name as "CP" does
    # (../shared/corpus-large/hoat-dong-ma-gia-tang-va-nguy-co-tiem-an.md, fresh18).
    ("vụ việc tại Công ty Cp xây dựng Coteccons vừa qua là điển hình.", ["Công ty Cp xây dựng Coteccons"]),
    # A code of dotted initials keeps its stop before the firm's seat; before a sentence it ends the name, the stop
    # the initials' and the sentence's at once (../shared/corpus-large/doanh-nghiep-san-xuat-thuc-an-chan-nuoi-duoi-
    # tren-san-nha.md, fresh18; "Công ty TNHH K.M." in fresh28's gold).
    ("3 vị trí dẫn đầu top 10 lần lượt thuộc về: Công ty CP Chăn nuôi C.P. Việt Nam, Công ty TNHH DES HEUS",
     ["Công ty CP Chăn nuôi C.P. Việt Nam", "Công ty TNHH DES HEUS"]),
    ("sản lượng của Công ty CP Chăn nuôi C.P. Trong khi đó", ["Công ty CP Chăn nuôi C.P."]),
    # A firm's branch: "Chi nhánh" before the firm, its seat after "tại"; or the firm, a dash and "Chi
    # nhánh" (../shared/corpus-large/hai-quan-cuong-quyet-kiem-soat-chat-mat-hang-da-voi-xuat-khau.md,
    # …/nhieu-doanh-nghiep-nhan-quyet-dinh-moi-ve-hoat-dong-dai-ly-lam-thu-tuc-hai-quan.md,
    # …/khoi-dong-von-cho-doanh-nghiep-thoi-vu-cuoi-nam.md, fresh18;
    # ../shared/corpus-large/mat-hang-xylene-xuat-ban-cho-dn-che-xuat-khong-chiu-thue-xk-2.md) …
    ("Cũng trên cơ sở kết quả giám định ngày 25/12/2020 của Chi nhánh Công ty Cổ phần Giám định và Khử trùng FCC tại Hải "
     "Phòng, thông báo kết quả", ["Chi nhánh Công ty Cổ phần Giám định và Khử trùng FCC tại Hải Phòng"]),
    ("là nhân viên đại lý làm thủ tục hải quan của Chi nhánh Công ty Cổ phần Giao nhận Toàn cầu DHL Việt Nam, việc thu hồi",
     ["Chi nhánh Công ty Cổ phần Giao nhận Toàn cầu DHL Việt Nam"]),
    ("Công ty TNHH Bệnh viện đa khoa Nhi Sài Gòn – Chi nhánh tại Đồng Nai đã làm hồ sơ đề nghị",
     ["Công ty TNHH Bệnh viện đa khoa Nhi Sài Gòn – Chi nhánh tại Đồng Nai"]),
    ("Công ty TNHH Hóa chất và môi trường Aureole Mitani – chi nhánh Hải Dương (gọi tắt là DN) nêu",
     ["Công ty TNHH Hóa chất và môi trường Aureole Mitani – chi nhánh Hải Dương"]),
    # … but a firm "tại" a place with no "Chi nhánh" before it is the firm, and where it acts.
    ("Công ty Cổ phần Giám định và Khử trùng FCC tại Hải Phòng đã lấy mẫu", ["Công ty Cổ phần Giám định và Khử trùng FCC"]),
    # A field written with its capital and a lower-case syllable ("Dự báo", "Bến tầu") is one word of the
    # name; in lower case after a name it is the sentence's verb
    # (../shared/corpus-large/khoi-dong-von-cho-doanh-nghiep-thoi-vu-cuoi-nam.md,
    # …/my-pham-cao-cap-nhap-lau-giau-tren-xe-khach.md, fresh18).
    ("Khảo sát mới nhất của Vụ Dự báo-Thống kê, Ngân hàng Nhà nước (NHNN) cho thấy",
     ["Vụ Dự báo-Thống kê", "Ngân hàng Nhà nước", "NHNN"]),
    ("vừa bị lực lượng Trạm Kiểm soát liên hợp Km15-Bến tầu Dân Tiến (Quảng Ninh) bắt giữ.",
     ["Trạm Kiểm soát liên hợp Km15-Bến tầu Dân Tiến"]),
    ("Công ty Chứng khoán dự báo tăng trưởng", ["Công ty Chứng khoán"]),
    # The smuggling police's numbered flotillas (../shared/corpus-large/lam-ro-khai-niem-ve-phao-de-tao-thuan-loi-trong-xu-ly-vi-pham.md,
    # fresh18; ../shared/corpus-large/lien-tiep-bat-giu-tau-cho-dau-lau-tren-vung-bien-vung-tau.md).
    ("Pháo nổ và pháo hoa do Hải đội 1 (Cục Điều tra chống buôn lậu) phối hợp với lực lượng Công an bắt giữ",
     ["Hải đội 1", "Cục Điều tra chống buôn lậu", "Công an"]),
    # A foreign legal form glued to its stop closes an English name (../shared/corpus-large/hoat-dong-ma-gia-tang-va-nguy-co-tiem-an.md, fresh18).
    ("Coteccons đã đặt câu hỏi về mối liên hệ giữa Kusto với THE8TH, Ma Dao Trading Pte.Ltd cùng một số cổ đông",
     ["Ma Dao Trading Pte.Ltd"]),
    # Bodies two countries set up together, named by both ("Việt Nam – New Zealand")
    # (../shared/corpus-large/hang-hoa-nao-duoc-trao-doi-chung-nhan-kiem-dich-dien-tu-voi-new-zealand-2.md, fresh18;
    # ../shared/corpus-large/ky-hop-lan-thu-41-uy-ban-lien-chinh-phu-viet-nam-lao.md).
    ("Để kịp thời chuẩn bị cho Phiên họp lần thứ 3 của Tổ công tác chung Việt Nam – New Zealand liên quan đến nội dung nêu trên",
     ["Tổ công tác chung Việt Nam – New Zealand"]),
    ("Ngày 6/1/2019 tại Hà Nội, đã diễn ra Kỳ họp lần thứ 41 Ủy ban liên Chính phủ Việt Nam-Lào do", ["Ủy ban liên Chính phủ Việt Nam-Lào"]),
    # A steering committee named after its remit, the codes of the systems it is about listed after "về"
    # (../shared/corpus-large/day-manh-dien-tu-hoa-cac-thu-tuc-thuc-hien-tren-cong-thong-tin-mot-cua-quoc-gia.md, fresh18).
    ("Phó Thủ tướng Phạm Bình Minh- Chủ tịch Ủy ban chỉ đạo quốc gia về ASW, NSW và tạo thuận lợi thương mại (Ủy ban 1899) "
     "nhấn mạnh", ["Thủ tướng", "Ủy ban chỉ đạo quốc gia về ASW, NSW và tạo thuận lợi thương mại"]),
    ("Ủy ban chỉ đạo yêu cầu các bộ, ngành khẩn trương", []),
    # … the task's last word before the sentence's stop is the task's
    # (../shared/corpus-large/pho-tong-cuc-truong-tong-cuc-hai-quan-nguyen-cong-binh-100-thu-tuc-hai-quan-duoc-ket-noi-nsw.md).
    ("thực hiện vai trò Cơ quan Thường trực của Ủy ban chỉ đạo quốc gia về ASW, NSW và tạo thuận lợi thương mại. Xin Phó",
     ["Ủy ban chỉ đạo quốc gia về ASW, NSW và tạo thuận lợi thương mại"]),
    # A firm named by a number after its legal form (../shared/corpus-large/them-loi-the-cho-doanh-nghiep-khi-chu-dong-nam-bat-xu-the-kinh-doanh-moi.md).
    ("ông Dương Viết Lĩnh, Phòng kinh doanh, Công ty TNHH MTV 176 cho biết, trước đây", ["Công ty TNHH MTV 176"]),
])
def test_firms_legal_forms_codes_branches_and_numbered_flotillas(text, expected):
    assert surfaces(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A foreign country after "Chính phủ" names that country's government, not Vietnam's
    # (../shared/corpus-large/vuong-quoc-anh-va-viet-nam-ky-y-dinh-thu-xay-dung-kho-du-lieu-thuong-mai-viet-nam.md, fresh19;
    # ../shared/corpus-large/hai-quan-viet-nam-tiep-nhan-thiet-bi-dao-tao-nhan-dien-hang-hoa-luong-dung.md) …
    ("Kho dữ liệu Thương mại Việt Nam là dự án hỗ trợ kĩ thuật không hoàn lại mà Chính phủ Anh dành cho Việt Nam",
     [("Chính phủ Anh", "Chính phủ Anh")]),
    ("Theo đó, Chính phủ Hoa Kỳ bàn giao thiết bị đào tạo gồm: máy tính", [("Chính phủ Hoa Kỳ", "Chính phủ Hoa Kỳ")]),
    # … Vietnam's own is the registry's, and a ministry named with its country is the ministry (the fresh19 page above).
    ("Chính phủ Việt Nam cam kết", [("Chính phủ", "Chính phủ")]),
    ("Bộ Công Thương Việt Nam và Bộ Thương mại quốc tế Anh đã ký Ý định thư",
     [("Bộ Công Thương Việt Nam", "Bộ Công Thương"), ("Bộ Thương mại quốc tế Anh", "Bộ Thương mại quốc tế Anh")]),
    # The border guard and a province with no locality word: its command there, as "Bộ đội Biên phòng tỉnh …"
    # (../shared/corpus-large/triet-pha-thanh-cong-duong-day-ma-tuy-xuyen-quoc-gia-cuc-lon.md, fresh19;
    # ../shared/corpus-large/ha-tinh-pha-duong-day-dua-nguoi-vuot-bien-trai-phep.md).
    ("Công an tinh Đồng Nai, Biên Phòng Kiên Giang đã phối hợp triệt phá",
     [("Công an", "Công an nhân dân"), ("Biên Phòng Kiên Giang", "Bộ đội Biên phòng Kiên Giang")]),
    # (The unit before its parent in brackets is named too: see test_units_before_their_parent_and_bodies_of_every_province.)
    ("đồng chủ trì với Phòng phòng chống ma túy (Bộ đội Biên phòng Hà Tĩnh), phối hợp với Bộ đội Biên phòng Quảng Trị",
     [("Phòng phòng chống ma túy", "Phòng phòng chống ma túy"),
      ("Bộ đội Biên phòng Hà Tĩnh", "Bộ đội Biên phòng Hà Tĩnh"), ("Bộ đội Biên phòng Quảng Trị", "Bộ đội Biên phòng Quảng Trị")]),
    # A unit, a dash and a provincial body with its place are two bodies, as before a registry body (the fresh19
    # page above; ../shared/corpus-large/tieu-huy-hon-45-000-san-pham-ruou-ngoai-my-pham-nhap-lau.md) …
    ("Phòng Cảnh sát điều tra tội phạm về ma tuý, Công an quận Bình Thạnh – Công an TPHCM, Công an tinh Đồng Nai",
     [("Phòng Cảnh sát điều tra tội phạm về ma tuý", "Phòng Cảnh sát điều tra tội phạm về ma tuý"),
      ("Công an quận Bình Thạnh", "Công an quận Bình Thạnh"), ("Công an TPHCM", "Công an thành phố Hồ Chí Minh")]),
    # … but a place after the dash is the same body's ("Gia Lai - Kon Tum").
    ("Cục Hải quan Gia Lai - Kon Tum cho biết", [("Cục Hải quan Gia Lai - Kon Tum", "Cục Hải quan Gia Lai - Kon Tum")]),
    # A steering committee "của" the ministry that set it up is one name, the ministry a mention too
    # (../shared/corpus-large/quyet-liet-trien-khai-cac-nhiem-vu-trong-6-thang-dau-nam-2018-nganh-hai-quan-thu-duoc-nhung-ket-qua-kha-quan.md, fresh19).
    ("Riêng trong công tác chống buôn lậu, với vai trò là Cơ quan Thường trực Ban chỉ đạo 389 của Bộ Tài chính, Tổng cục "
     "Hải quan đã tham mưu", [("Ban chỉ đạo 389 của Bộ Tài chính", "Ban chỉ đạo 389 của Bộ Tài chính"),
                              ("Bộ Tài chính", "Bộ Tài chính"), ("Tổng cục Hải quan", "Tổng cục Hải quan")]),
    ("Ban Chỉ đạo yêu cầu của Bộ Tài chính", [("Ban Chỉ đạo", "Ban Chỉ đạo"), ("Bộ Tài chính", "Bộ Tài chính")]),
    # A committee's remit after "về" names programmes with their capital, listed with commas (the same page;
    # corpus-large: "Ban Chỉ đạo Trung ương về Phòng chống thiên tai") …
    ("Với vai trò là Cơ quan Thường trực của Ủy ban chỉ đạo quốc gia về Cơ chế một cửa ASEAN, Cơ chế một cửa quốc gia và "
     "tạo thuận lợi thương mại, Tổng cục Hải quan đã phối hợp",
     [("Ủy ban chỉ đạo quốc gia về Cơ chế một cửa ASEAN, Cơ chế một cửa quốc gia và tạo thuận lợi thương mại",
       "Ủy ban chỉ đạo quốc gia về Cơ chế một cửa ASEAN, Cơ chế một cửa quốc gia và tạo thuận lợi thương mại"),
      ("Tổng cục Hải quan", "Tổng cục Hải quan")]),
    ("Ban Chỉ đạo Trung ương về Phòng chống thiên tai đã họp khẩn",
     [("Ban Chỉ đạo Trung ương về Phòng chống thiên tai", "Ban Chỉ đạo Trung ương về Phòng chống thiên tai")]),
    # … but a place after "về" is where one goes, and a body's head there is the next party.
    ("Ban Chỉ đạo về Hà Nội làm việc", []),
    # A traffic police or joint control station is named by its function, then its place
    # (../shared/corpus-large/tam-giu-tren-1-500-san-pham-hang-hoa-tri-gia-75-trieu-dong.md, fresh19;
    # ../shared/corpus-large/hai-quan-quang-nam-bat-giu-ba-ca-the-te-te.md); alone it is a kind.
    # ("lực lượng Quản lý thị trường" is the force in general: see test_localities_in_general_forces_in_general_….)
    ("lực lượng Quản lý thị trường và Trạm cảnh sát giao thông Tùng Diễn tiếp tục phát hiện",
     [("Trạm cảnh sát giao thông Tùng Diễn", "Trạm cảnh sát giao thông Tùng Diễn")]),
    ("Trạm kiểm soát liên hợp cửa khẩu Nam Giang bắt giữ", [("Trạm kiểm soát liên hợp cửa khẩu Nam Giang",
                                                             "Trạm kiểm soát liên hợp cửa khẩu Nam Giang")]),
    ("các trạm cảnh sát giao thông trên tuyến", []),
])
def test_foreign_governments_border_commands_dashed_bodies_committees_of_ministries_and_stations(text, expected):
    assert [(o.surface, o.name) for o in find_organisations(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # A kind of firm written with its capital, a foreign country and the words of the sentence before
    # "như" lead a list of brands too (../shared/corpus-large/huong-toi-tam-cao-moi-trong-quan-he-hop-tac-
    # thuong-mai-viet-nam-hoa-ky.md, fresh20; ../shared/corpus-large/viet-nam-han-quoc-trien-vong-hop-tac-kinh-doanh.md).
    ("Hầu hết các Tập đoàn lớn nhất của Hoa Kỳ đều đã có mặt tại Việt Nam như Exxon Mobil, Murphy Oil, Chevron, Boeing, "
     "Ford, Intel, Wal-Mart, Nike, Coca-Cola và P&G… Ông",
     [("Exxon Mobil", "Exxon Mobil"), ("Murphy Oil", "Murphy Oil"), ("Chevron", "Chevron"), ("Boeing", "Boeing"), ("Ford", "Ford"),
      ("Intel", "Intel"), ("Wal-Mart", "Wal-Mart"), ("Nike", "Nike"), ("Coca-Cola", "Coca-Cola"), ("P&G", "P&G")]),
    # … but not where the sentence names another plural thing before "như": its items are that thing's.
    ("các doanh nghiệp xuất khẩu sang Mỹ phải đáp ứng các tiêu chuẩn như ISO, HACCP.", []),
    # The levels after a bare head ("tỉnh, thành phố:") share it with the places listed, as "các" does, and
    # the dash of a double name may be spaced on one side only (../shared/corpus-large/quyet-liet-trien-khai-
    # cac-nhiem-vu-trong-6-thang-dau-nam-2018.md, fresh19; ../shared/corpus-large/hon-9-500-doanh-nghiep-su-dung-dich-vu-cong-truc-tuyen*).
    ("tại các đơn vị đã triển khai thí điểm Cục hải quan tỉnh, thành phố: Hải Phòng, Hồ Chí Minh, Bà Rịa -Vũng Tàu và Hà Nội. Công tác",
     [("Hải Phòng", "Cục hải quan Hải Phòng"), ("Hồ Chí Minh", "Cục hải quan Hồ Chí Minh"),
      ("Bà Rịa -Vũng Tàu", "Cục hải quan Bà Rịa - Vũng Tàu"), ("Hà Nội", "Cục hải quan Hà Nội")]),
    ("Cục Hải quan Bà Rịa- Vũng Tàu phát hiện", [("Cục Hải quan Bà Rịa- Vũng Tàu", "Cục Hải quan Bà Rịa - Vũng Tàu")]),
])
def test_firms_after_a_foreign_country_lists_sharing_levels_and_one_sided_dashes(text, expected):
    assert [(o.surface, o.name) for o in find_organisations(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # A unit named by its function in lower case right before its parent in brackets or after a dash
    # (../shared/corpus-large/thay-doi-ve-chung-thu-so-cua-viettel-tro-thanh*, fresh19;
    # ../shared/corpus-large/nang-cao-nang-luc-kiem-soat-ma-tuy-cua-nganh-hai-quan*, fresh20;
    # ../shared/corpus-large/phat-hien-hang-cam-trong-hang-tram-lo-hang-bi*).
    ("Theo Trung tâm quản lý vận hành hệ thống CNTT hải quan (Cục CNTT và Thống kê hải quan, Tổng cục Hải quan), hiện hệ thống",
     [("Trung tâm quản lý vận hành hệ thống CNTT hải quan", "Trung tâm quản lý vận hành hệ thống CNTT hải quan"),
      ("Cục CNTT và Thống kê hải quan", "Cục Công nghệ thông tin và Thống kê hải quan"), ("Tổng cục Hải quan", "Tổng cục Hải quan")]),
    ("Phòng trinh sát nội biên, Cục phòng chống ma túy và tội phạm – Bộ tư lệnh Bộ đội biên phòng, Phòng",
     [("Cục phòng chống ma túy và tội phạm", "Cục phòng chống ma túy và tội phạm"),
      ("Bộ tư lệnh Bộ đội biên phòng", "Bộ Tư lệnh Bộ đội Biên phòng")]),
    ("mẫu được gửi đến Trung tâm giám định ma túy (Bộ Công an) để giám định",
     [("Trung tâm giám định ma túy", "Trung tâm giám định ma túy"), ("Bộ Công an", "Bộ Công an")]),
    # … not a sentence's words ("Phòng phối hợp với …"), nor prevention ("phòng chống") written with a capital
    # (../shared/corpus-large/hang-nhap-khau-vien-tro-cac-tinh-mien-trung*).
    ("Phòng phối hợp với Chi cục Hải quan cửa khẩu cảng Đình Vũ (Cục Hải quan Hải Phòng) kiểm tra",
     [("Chi cục Hải quan cửa khẩu cảng Đình Vũ", "Chi cục Hải quan cửa khẩu cảng Đình Vũ"), ("Cục Hải quan Hải Phòng", "Cục Hải quan Hải Phòng")]),
    ("Ban chỉ đạo trung ương Phòng chống thiên tai – Tổng cục Phòng chống thiên tai",
     [("Tổng cục Phòng chống thiên tai", "Tổng cục Phòng chống thiên tai")]),
    # A registry body's name or a short name before "các tỉnh", "các địa phương" is every province's, a kind
    # (fresh20's page on drug control: "Cục Hải quan các địa phương"; ../shared/corpus-large/so-lieu-hang-hoa-ton-dong*).
    ("đại diện các vụ, cục thuộc Tổng cục Hải quan, Cục Hải quan các địa phương đã trình bày", [("Tổng cục Hải quan", "Tổng cục Hải quan")]),
    ("Cục Hải quan các tỉnh, thành phố chỉ đạo các chi cục", []),
    ("Cảnh sát điều tra tội phạm về ma túy của Bộ Công an và Công an các địa phương, Bộ đội Biên phòng",
     [("Bộ Công an", "Bộ Công an"), ("Bộ đội Biên phòng", "Bộ đội Biên phòng")]),
])
def test_units_before_their_parent_and_bodies_of_every_province(text, expected):
    assert [(o.surface, o.name) for o in find_organisations(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # A brand the sentence says is a firm, and the brand again (../shared/corpus-large/dieu-chinh-so-lieu-kim-ngach-
    # cua-doanh-nghiep-fdi-tang-hon-26-ty-usd.md, fresh20; ../shared/corpus-large/pnj-nhan-giai-thuong-doanh-nghiep-xuat-sac-nh*).
    ("Samsung là doanh nghiệp có quy mô kim ngạch xuất nhập khẩu lớn nhất Việt Nam. Số liệu của Samsung tăng.",
     [("Samsung", "Samsung"), ("Samsung", "Samsung")]),
    ("Năm 2019, PNJ cũng là doanh nghiệp dẫn đầu thị trường trang sức.", [("PNJ", "PNJ")]),
    # … not a Vietnamese word, a code of words, or a brand the page has already named a firm with.
    ("Việt Nam là công ty lớn", []),
    ("Công ty CP Sữa Việt Nam (Vinamilk) cho biết. Vinamilk là doanh nghiệp đầu tiên.",
     [("Công ty CP Sữa Việt Nam", "Công ty CP Sữa Việt Nam"), ("Vinamilk", "Công ty CP Sữa Việt Nam"),
      ("Vinamilk", "Công ty CP Sữa Việt Nam")]),
])
def test_a_brand_the_sentence_says_is_a_firm(text, expected):
    assert [(o.surface, o.name) for o in find_organisations(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # Heads a list shares, written in lower case after "các", and a colon: each place names the head's body there
    # (../shared/corpus-large/nhan-dien-hang-hoa-trong-nganh-o-to.md; ../shared/corpus-large/tong-cuc-hai-quan-tap-trung-doi-pho-voi-mua-bao-lu.md),
    # and each item with one of the heads a registry name (the Cục of the item): ../shared/corpus-large/nhan-dien-hang-hoa-
    # trong-nganh-o-to.md, ../shared/corpus-large/sua-doi-bo-sung-quyet-dinh-thanh-lap-ban-chi-dao-389-quoc-gia*.
    ("Hội thảo thu hút sự tham gia của đại diện các đơn vị vụ, cục: Thuế xuất nhập khẩu, Giám sát quản lý về hải quan, "
     "Kiểm tra sau thông quan, Quản lý rủi ro thuộc Tổng cục Hải quan và các cục hải quan: Hải Phòng, Lạng Sơn, Hà Nội, "
     "Quảng Ninh, Bắc Ninh, Hà Nam Ninh; đại diện",
     [("Thuế xuất nhập khẩu", "Cục Thuế xuất nhập khẩu"), ("Giám sát quản lý về hải quan", "Cục Giám sát quản lý về hải quan"),
      ("Kiểm tra sau thông quan", "Cục Kiểm tra sau thông quan"), ("Quản lý rủi ro", "Cục Quản lý rủi ro"),
      ("Tổng cục Hải quan", "Tổng cục Hải quan"), ("Hải Phòng", "Cục Hải quan Hải Phòng"), ("Lạng Sơn", "Cục Hải quan Lạng Sơn"),
      ("Hà Nội", "Cục Hải quan Hà Nội"), ("Quảng Ninh", "Cục Hải quan Quảng Ninh"), ("Bắc Ninh", "Cục Hải quan Bắc Ninh"),
      ("Hà Nam Ninh", "Cục Hải quan Hà Nam Ninh")]),
    ("Bộ trưởng các bộ: Công Thương, Quốc phòng, Công an làm Phó Trưởng Ban.",
     [("Công Thương", "Bộ Công Thương"), ("Quốc phòng", "Bộ Quốc phòng"), ("Công an", "Bộ Công an")]),
    ("vừa có điện gửi các cục hải quan tỉnh, thành phố: Khánh Hoà, Đắk Lắk, Gia Lai – Kon Tum tập trung đối phó với mưa, bão, lũ.",
     [("Khánh Hoà", "Cục Hải quan Khánh Hoà"), ("Đắk Lắk", "Cục Hải quan Đắk Lắk"), ("Gia Lai – Kon Tum", "Cục Hải quan Gia Lai - Kon Tum")]),
    # … a region named after the provinces it covers, one of them its first words, is an item too
    # (../shared/corpus-large/nang-cao-nang-luc-nhan-dien-nhom-cho-can-bo-cong-chuc-hai-quan*).
    ("và các Cục Hải quan: Lạng Sơn, Quảng Ninh, Hà Nội, Bắc Ninh, Hải Phòng, Hà Nam Ninh; cùng đại diện",
     [("Lạng Sơn", "Cục Hải quan Lạng Sơn"), ("Quảng Ninh", "Cục Hải quan Quảng Ninh"), ("Hà Nội", "Cục Hải quan Hà Nội"),
      ("Bắc Ninh", "Cục Hải quan Bắc Ninh"), ("Hải Phòng", "Cục Hải quan Hải Phòng"), ("Hà Nam Ninh", "Cục Hải quan Hà Nam Ninh")]),
    # … not a generic plural with no list after it, nor one item.
    ("các cục hải quan cần tăng cường kiểm tra, kiểm soát", []),
    ("lấy ý kiến các cục: Thuế xuất nhập khẩu cho biết", []),
])
def test_units_and_places_listed_after_shared_heads_in_lower_case(text, expected):
    assert [(o.surface, o.name) for o in find_organisations(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # After a firm's trades alone, capitalised or coded, two syllables are its own name whatever the family name
    # (../shared/corpus-large/hai-quan-an-giang-tao-thuan-loi-toi-da-thong-quan-hang-hoa*; ../shared/corpus-large/ha-noi-phat-
    # hien-co-so-san-xuat-quan-ao-co-dau-hieu-vi-pham*) …
    ("9 tháng đầu năm 2020, gồm: Công ty CP Tập đoàn Lộc Trời, Công ty TNHH XNK Gỗ Hoàng Khải, Công ty TNHH Kim Thanh.",
     [("Công ty CP Tập đoàn Lộc Trời", "Công ty CP Tập đoàn Lộc Trời"),
      ("Công ty TNHH XNK Gỗ Hoàng Khải", "Công ty TNHH xuất nhập khẩu Gỗ Hoàng Khải"), ("Công ty TNHH Kim Thanh", "Công ty TNHH Kim Thanh")]),
    ("hàng hóa của Công ty TNHH May mặc Hoàng Nga.", [("Công ty TNHH May mặc Hoàng Nga", "Công ty TNHH May mặc Hoàng Nga")]),
    # … but after its own name a person is the title's holder (../shared/corpus-large/hai-quan-mong-cai-som-vuot-moc-thu-ngan*).
    ("Giám đốc Công ty TNHH Texhong Ngân Hà Ngô Văn Hùng cho biết,", [("Công ty TNHH Texhong Ngân Hà", "Công ty TNHH Texhong Ngân Hà")]),
    # "WB" is the World Bank (../shared/corpus-large/kha-nang-thich-ung-suc-chong-chiu-cua-nen-kinh-te*; giai-ngan-hon-321-nghin-ty-dong*).
    ("Tốc độ tăng trưởng kinh tế có thể là trong khoảng 6,8-7% theo dự báo được WB, IMF và ADB đưa ra",
     [("WB", "Ngân hàng Thế giới"), ("IMF", "Quỹ Tiền tệ Quốc tế"), ("ADB", "Ngân hàng Phát triển châu Á")]),
    # … not a two-letter code of a document's number.
    ("Công văn số 15/WB-TCHQ đã hướng dẫn", []),
])
def test_firms_named_after_their_trades_and_the_world_bank(text, expected):
    assert [(o.surface, o.name) for o in find_organisations(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # Brands listed as partners beside a body the page names are firms too: one list, one kind
    # (../shared/corpus-large/hang-loat-uu-dai-khi-thanh-toan-bang-the-chip-noi-dia-napas.md; tong-cuc-hai-quan-tap-huan-ma-hs-cho-doanh-nghiep*) …
    ("Ngoài ra, NAPAS phối hợp với Vietnam Airlines, Lazada và FPT Telecom triển khai các hoạt động ưu đãi",
     [("Vietnam Airlines", "Tổng công ty Hàng không Việt Nam"), ("Lazada", "Lazada"), ("FPT Telecom", "FPT Telecom")]),
    ("đơn vị này phối hợp với Tổng cục Hải quan và WWF tổ chức khoá tập huấn",
     [("Tổng cục Hải quan", "Tổng cục Hải quan"), ("WWF", "WWF")]),
    # … not a list with no body in it, nor one a comma alone may end (a clause: hdbank-bat-tay-misa*), nor a
    # place after the item "và" closes the list with (thu-giu-hon-3-400-san-pham-quan-ao-nghi-gia-nhan-hieu*).
    ("Ngoài ra, NAPAS phối hợp với Lazada và FPT Telecom triển khai các hoạt động ưu đãi", []),
    ("Theo đó, thông qua hợp tác với MISA, HDBank đã và đang triển khai", [("HDBank", "Ngân hàng Thương mại cổ phần Phát triển Thành phố Hồ Chí Minh")]),
    ("chủ trì phối hợp Đội Cảnh sát kinh tế, Công an TP Thuận An và Công an phường Vĩnh Phú, TP Thuận An tiến hành kiểm tra",
     [("Đội Cảnh sát kinh tế", "Đội Cảnh sát kinh tế"), ("Công an TP Thuận An", "Công an TP Thuận An"),
      ("Công an phường Vĩnh Phú", "Công an phường Vĩnh Phú")]),
    # A province's police division by its code alone: the ministry's department's code after "P", "Phòng" for "Cục"
    # (../shared/corpus-large/hoan-thanh-cong-tac-hai-quan-trong-nam-dai-dich-covid-19*; ha-noi-lai-phat-hien-diem-tap-ket-my-pham*) …
    ("Đội Kiểm soát Hải quan Hải Phòng phối hợp với PC04, PC03 (Công an TP Hải Phòng) phát hiện",
     [("Đội Kiểm soát Hải quan Hải Phòng", "Đội Kiểm soát Hải quan Hải Phòng"),
      ("PC04", "Phòng Cảnh sát điều tra tội phạm về ma túy"),
      ("PC03", "Phòng Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu"),
      ("Công an TP Hải Phòng", "Công an thành phố Hải Phòng")]),
    # … but the name the page gives a code stands (thu-giu-50-chiec-dien-thoai-iphone-khong-giay-to*), and a code
    # of no department's is none.
    ("Phòng Cảnh sát kinh tế (PC03) Công an tỉnh phát hiện. Sau đó PC03 đã chuyển hồ sơ",
     [("Phòng Cảnh sát kinh tế", "Phòng Cảnh sát kinh tế"), ("PC03", "Phòng Cảnh sát kinh tế"), ("PC03", "Phòng Cảnh sát kinh tế")]),
    ("mẫu PC99 và PC045", []),
])
def test_partners_listed_with_a_named_body_and_police_divisions_by_code(text, expected):
    assert [(o.surface, o.name) for o in find_organisations(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "Biên phòng" alone is the national border guard, as "Công an" is the police (../shared/corpus-large/
    # hai-quan-chu-dong-dau-tranh-pha-nhieu-vu-vi-pham*) …
    ("phối hợp với các lực lượng chức năng ở khu vực biên giới như Biên phòng, Công an bắt giữ nhiều vụ việc.",
     [("Biên phòng", "Bộ đội Biên phòng"), ("Công an", "Công an nhân dân")]),
    # … but on a page that names a local body of it, a post named after it too, it is that body again
    # (hai-quan-tan-thanh-thu-giu-13-000-chiec-khau-trang-y-te*; kien-giang-buon-lau-chuyen-huong-sang-duong-bien*).
    ("phối hợp với lực lượng Biên phòng kiểm tra. Hàng được đưa về trụ sở Đồn Biên phòng Tân Thanh để kiểm đếm.",
     [("Đồn Biên phòng Tân Thanh", "Đồn Biên phòng Tân Thanh")]),
    # A border post named with its capitalised "Cửa khẩu Quốc tế": the place after it is the post's, a
    # person-like one too (kien-giang-buon-lau-chuyen-huong-sang-duong-bien*; "Mộc Bài": the Tây Ninh pages).
    ("tổ công tác của Đồn Biên phòng Cửa khẩu Quốc tế Hà Tiên trong quá trình thực hiện nhiệm vụ",
     [("Đồn Biên phòng Cửa khẩu Quốc tế Hà Tiên", "Đồn Biên phòng Cửa khẩu Quốc tế Hà Tiên")]),
    ("phối hợp với Đồn Biên phòng Cửa khẩu Quốc tế Mộc Bài kiểm tra",
     [("Đồn Biên phòng Cửa khẩu Quốc tế Mộc Bài", "Đồn Biên phòng Cửa khẩu Quốc tế Mộc Bài")]),
    # A provincial head named with a district is shared by the district after "và" (kien-giang-buon-lau-chuyen-huong-sang-duong-bien*) …
    ("Riêng UBND thành phố Hà Tiên và huyện Giang Thành, chỉ đạo các lực lượng địa phương",
     [("UBND thành phố Hà Tiên", "UBND thành phố Hà Tiên"), ("huyện Giang Thành", "UBND huyện Giang Thành")]),
    # … not by a place with no locality word, which the sentence has.
    ("Riêng UBND thành phố Hà Tiên và Giang Thành, chỉ đạo các lực lượng địa phương",
     [("UBND thành phố Hà Tiên", "UBND thành phố Hà Tiên")]),
    # A steering committee's task closed by "của" and the ministry that set it up is the name's
    # (hoan-thanh-cong-tac-hai-quan-trong-nam-dai-dich-covid-19*; hai-quan-viet-nam-chia-se-bai-hoc-ung-pho-truoc-dai-dich*) …
    ("báo cáo tình hình hàng ngày đến Ban Chỉ đạo phòng chống dịch của Bộ Tài chính và Chính phủ.",
     [("Ban Chỉ đạo phòng chống dịch của Bộ Tài chính", "Ban Chỉ đạo phòng chống dịch của Bộ Tài chính"),
      ("Bộ Tài chính", "Bộ Tài chính"), ("Chính phủ", "Chính phủ")]),
    # … not a verb of the sentence after the bare head.
    ("Ban Chỉ đạo yêu cầu các đơn vị của Bộ Tài chính thực hiện", [("Ban Chỉ đạo", "Ban Chỉ đạo"), ("Bộ Tài chính", "Bộ Tài chính")]),
    # A name ending in a code glued to the next word ends at the code (hai-duong-quang-ninh-ha-noi-giam-sat-chat-viec-dau-co*).
    ("Tại Quảng Ninh, Cục QLTTđã chỉ đạo các Đội QLTT nắm bắt tình hình", [("Cục QLTT", "Cục Quản lý thị trường")]),
    # "Viện Kiểm sát" with no level or place is the kind every level has (hai-quan-ha-noi-phat-hien-bat-giu-14-vu*).
    ("phối hợp các lực lượng chức năng thuộc Tổng cục Hải quan hay Viện Kiểm sát để cung cấp thông tin",
     [("Tổng cục Hải quan", "Tổng cục Hải quan")]),
    ("Viện Kiểm sát nhân dân tỉnh Lào Cai truy tố", [("Viện Kiểm sát nhân dân tỉnh Lào Cai", "Viện Kiểm sát nhân dân tỉnh Lào Cai")]),
])
def test_border_guard_short_name_border_posts_districts_sharing_a_head_committees_of_a_ministry_and_glued_codes(text, expected):
    assert [(o.surface, o.name) for o in find_organisations(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # A unit named by its number alone and the bodies written right after it, each the parent of the one before, make
    # one name; each parent is a mention too (../shared/corpus-large/hai-quan-ha-noi-chu-tri-pha-thanh-cong-chuyen-an-
    # ma-tuy-lon-bat-giu-6-doi-tuong.md and gan-75-000-khau-trang-y-te-de-le-duong*, fresh23).
    ("phối hợp với các lực lượng chức năng: Đội 5 Cục Điều tra chống buôn lậu (Tổng cục Hải quan), Phòng 7 – C04 Bộ Công an, …",
     [("Đội 5 Cục Điều tra chống buôn lậu", "Đội 5 Cục Điều tra chống buôn lậu"),
      ("Cục Điều tra chống buôn lậu", "Cục Điều tra chống buôn lậu"), ("Tổng cục Hải quan", "Tổng cục Hải quan"),
      ("Phòng 7 – C04 Bộ Công an", "Phòng 7 – C04 Bộ Công an"), ("C04", "Cục Cảnh sát điều tra tội phạm về ma túy"),
      ("Bộ Công an", "Bộ Công an")]),
    # … not after a comma, where the body is another one or the parent said apart, nor as the short name in brackets
    # of the unit before (ha-noi-lai-phat-hien-diem-tap-ket-my-pham*, hoan-thanh-cong-tac-hai-quan-trong-nam-dai-dich*).
    ("Đội 7, PC03 Công an TP Hà Nội kiểm tra cơ sở kinh doanh",
     [("Đội 7", "Đội 7"), ("PC03", "Phòng Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu"),
      ("Công an TP Hà Nội", "Công an thành phố Hà Nội")]),
    ("Đội Kiểm soát chống buôn lậu khu vực miền Nam (Đội 3- Cục Điều tra chống buôn lậu, Tổng cục Hải quan) đã bắt giữ",
     [("Đội Kiểm soát chống buôn lậu khu vực miền Nam", "Đội Kiểm soát chống buôn lậu khu vực miền Nam"), ("Đội 3", "Đội 3"),
      ("Cục Điều tra chống buôn lậu", "Cục Điều tra chống buôn lậu"), ("Tổng cục Hải quan", "Tổng cục Hải quan")]),
    # A provincial head before a colon is shared by the provinces listed after it, "các" before it or not; the
    # police's name has the province's locality word (hai-quan-ha-noi-chu-tri-pha-thanh-cong-chuyen-an*, fresh23;
    # "Công an tỉnh Nghệ An": hai-quan-nghe-an-dau-tranh-hieu-qua-doi-*) …
    ("Phòng PC04 Công an Hà Nội, PC04 Công an: Thái Nguyên, Nghệ An, Thanh Hóa tham gia chuyên án.",
     [("Phòng PC04 Công an Hà Nội", "Phòng PC04 Công an Hà Nội"), ("PC04", "Phòng Cảnh sát điều tra tội phạm về ma túy"),
      ("Thái Nguyên", "Công an tỉnh Thái Nguyên"), ("Nghệ An", "Công an tỉnh Nghệ An"), ("Thanh Hóa", "Công an tỉnh Thanh Hóa")]),
    # … a customs office's has none; and one place after the colon is no list.
    ("Kết quả gửi tới Cục Hải quan: Hải Phòng, Quảng Ninh để phối hợp.",
     [("Hải Phòng", "Cục Hải quan Hải Phòng"), ("Quảng Ninh", "Cục Hải quan Quảng Ninh")]),
    ("Theo Cục Hải quan: Hải Phòng là địa bàn trọng điểm.", [("Cục Hải quan", "Cục Hải quan")]),
    # A count before the head ranks offices of a kind (nganh-hai-quan-tien-phong-ap-dung-chi-so*, fresh14).
    ("Vị trí dẫn đầu thuộc về 3 Cục Hải quan: TP Hồ Chí Minh, Đà Nẵng và Đồng Nai.", []),
])
def test_numbered_units_with_their_parents_and_heads_shared_by_a_list_after_a_colon(text, expected):
    assert [(o.surface, o.name) for o in find_organisations(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # Two verbs of one task joined by a comma go on with the name (../shared/corpus-large/hai-quan-dien-bien-phoi-hop-
    # bat-8-vu-ma-tuy-trong-thang-6*, fresh24; don-dap-bat-ma-tuy-trong-thang-cao-diem*, and some thirty pages more) …
    ("Đội Kiểm soát phòng, chống ma túy (Cục Hải quan Điện Biên) phá thành công chuyên án 1313M.",
     ["Đội Kiểm soát phòng, chống ma túy", "Cục Hải quan Điện Biên"]),
    # … a comma before another word ends it, as before.
    ("Đội Kiểm soát phòng, Cục Hải quan Điện Biên phá thành công chuyên án 1313M.",
     ["Đội Kiểm soát phòng", "Cục Hải quan Điện Biên"]),
    # A body, a dash, then its role in another body: two names (hai-quan-kiem-soat-chat-thuc-pham-tu-nuoc-dang-co-*,
    # fresh24; lay-mau-xet-nghiem-covid-19-tren-thuc-pham-nhap-kh*, xet-nghiem-covid-19-voi-thuc-pham-nhap-khau*) …
    ("Trước đó, tại công văn 6487/BYT-ATTP, Bộ Y tế- Thường trực Ban chỉ đạo Liên ngành Trung ương về An toàn thực phẩm "
     "đề nghị các cơ quan chức năng", ["Bộ Y tế", "Ban chỉ đạo Liên ngành Trung ương về An toàn thực phẩm"]),
    # … the hyphen inside one name is not (tong-cuc-hai-quan-dieu-dong-bo-nhiem-5-lanh-dao-vu*).
    ("Ông Nguyễn Văn A, Cục trưởng Cục Tài vụ- Quản trị đã ký.", ["Cục Tài vụ- Quản trị"]),
])
def test_commas_between_verbs_of_a_task_and_a_role_after_a_dash(text, expected):
    assert surfaces(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A list of examples after "như" with a body the page names in it, closed by an ellipsis: the brands and codes
    # beside it are bodies too (../shared/corpus-large/han-muc-tin-dung-adb-cap-cho-hdbank-tang-tren-3-lan.md, fresh25;
    # dien-dan-kinh-te-viet-nam-2019-se-thu-hut-khoang-2000-dai-bieu-tham-gia.md, fresh23, the body's code in brackets) …
    ("hợp tác chiến lược với nhiều đối tác hàng đầu trên thế giới như ICBC, JP Morgan Chase, ADB, KFW, Proparco, Commerzbank, ANZ, MUFG,… HDBank hiện cũng là",
     ["ICBC", "JP Morgan Chase", "ADB", "KFW", "Proparco", "Commerzbank", "ANZ", "MUFG", "HDBank"]),
    ("ứng dụng IoT và AI trong phát triển công nghiệp năng lượng như Tập đoàn Điện lực Việt Nam (EVN), Siemens, ABB, SolarBK, TokyoGas, Intel, CocaCola….",
     ["Tập đoàn Điện lực Việt Nam", "EVN", "Siemens", "ABB", "SolarBK", "TokyoGas", "Intel", "CocaCola"]),
    # … not a list with no named body in it, nor a list of places with a body's code read as the market
    # (dien-mao-hoi-nhap-kinh-te-quoc-te-2019.md), nor trademarks (mo-rong-dieu-tra-kho-chua-thuoc-la-xi-ga-lau.md).
    ("hợp tác chiến lược với nhiều đối tác hàng đầu trên thế giới như ICBC, JP Morgan Chase, KFW, Proparco,… HDBank hiện cũng là", ["HDBank"]),
    ("sang các thị trường lớn như EU, Nhật Bản, Australya, Canada, Mexico…, đặc biệt là những mặt hàng", ["EU"]),
    ("hơn 55.000 gói thuốc lá ngoại đắt tiền với các nhãn hiệu như Cohiba, Tycoon, Balmoral, OCB, SYN Privada N01… với tổng trị giá", ["OCB"]),
    # A coast guard region's command, the region's word first and the ordinal after the force
    # (quang-ninh-len-day-cot-chong-buon-lau-thuoc-la.md, fresh25; tam-giu-tau-cho-70-000-lit-dau-do-tren-vung-bien-tay-nam.md) …
    ("cần tăng cường phối hợp với các lực lượng chức năng Trung ương như Vùng Cảnh sát biển 1, Cục Điều tra chống buôn lậu (Tổng cục Hải quan)",
     ["Vùng Cảnh sát biển 1", "Cục Điều tra chống buôn lậu", "Tổng cục Hải quan"]),
    ("trên khu vực vùng biển Tây Nam cách đảo Thổ Chu khoảng 35 hải lý, tổ công tác Bộ Tư lệnh Vùng Cảnh sát biển 4 phát hiện",
     ["Bộ Tư lệnh Vùng Cảnh sát biển 4"]),
    # … not the force with no ordinal after it.
    ("phối hợp với lực lượng Vùng Cảnh sát biển tuần tra", ["Cảnh sát biển"]),
])
def test_bodies_listed_as_examples_and_coast_guard_regions(text, expected):
    assert surfaces(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A firm's trade, its first word capitalised and its nouns after in lower case, then its brand: the name ends at
    # the brand (../shared/corpus-large/hoa-phat-ung-ho-6-ty-dong-chong-covid-19.md and generali-viet-nam-voi-chuong-
    # trinh-sinh-con-sinh-cha.md, fresh26; doanh-nghiep-du-lich-gong-minh-ung-pho-voi-lan-song-covid-19-lan-2.md,
    # dich-covid-19-phoi-bay-cac-diem-yeu-cua-nganh-thuc-pham-do-uong.md, and some thirty pages more) …
    ("Mới đây nhất, Công ty CP Phát triển chăn nuôi Hòa Phát đã ủng hộ huyện Thái Thụy, tỉnh Thái Bình 2 tỷ đồng",
     ["Công ty CP Phát triển chăn nuôi Hòa Phát"]),
    ("Công ty TNHH Bảo hiểm nhân thọ Generali Việt Nam (“Generali Việt Nam”) và Quỹ Bảo trợ trẻ em Việt Nam (“Quỹ BTTEVN”) vừa triển khai",
     ["Công ty TNHH Bảo hiểm nhân thọ Generali Việt Nam", "Generali Việt Nam", "Quỹ Bảo trợ trẻ em Việt Nam", "Quỹ BTTEVN"]),
    ("bà Đoàn Thị Thanh Trà, Giám đốc truyền thông của Công ty Dịch vụ lữ hành Saigontourist cho biết",
     ["Công ty Dịch vụ lữ hành Saigontourist"]),
    ("Đáng chú ý, Công ty CP Thực phẩm dinh dưỡng NutiFood đứng vị trí thứ 4 trong bảng xếp hạng",
     ["Công ty CP Thực phẩm dinh dưỡng NutiFood"]),
    # … not over a function word (thanh-tra-viec-thoai-von-nha-nuoc-va-sat-nhap-cong-ty-co-phan-nhua-y-t*), nor to a
    # verb's object of one capitalised syllable (thoi-han-nop-bao-cao-tai-chinh-nop-cho-nhung-co-quan-nao.md) or a number
    # (se-sua-doi-mot-so-quy-dinh-ve-hoat-dong-cua-doanh-nghiep-quoc-phong-an*).
    ("Thanh tra việc thoái vốn Nhà nước và sát nhập Công ty cổ phần Nhựa y tế vào VINAMED", ["Công ty cổ phần Nhựa y tế"]),
    ("Đơn vị kế toán trực thuộc doanh nghiệp, Tổng công ty Nhà nước nộp Báo cáo tài chính quý cho công ty mẹ",
     ["Tổng công ty Nhà nước"]),
    ("(thuộc Tập đoàn Viễn thông quân đội nắm giữ 100% vốn điều lệ)", ["Tập đoàn Viễn thông quân đội"]),
])
def test_a_firms_trade_in_lower_case_runs_to_its_brand(text, expected):
    assert surfaces(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A school by its level, written in lower case, and its own name or its commune's (../shared/corpus-large/generali-
    # viet-nam-voi-chuong-trinh-sinh-con-sinh-cha.md, fresh26; hai-quan-dong-thap-lien-tuc-bat-giu-thuoc-la-lau.md) …
    ("đến từ trường mầm non thị trấn Thới Lai, trường mầm non Xuân Thắng và trường mầm non Trường Thắng thuộc huyện Thới Lai",
     ["trường mầm non thị trấn Thới Lai", "trường mầm non Xuân Thắng", "trường mầm non Trường Thắng"]),
    ("bắt giữ 1.000 báo thuốc lá lậu được để trong các túi ni-lon tại hẻm Nguyễn Văn Bánh bên cạnh Trường tiểu học An Thạnh 1 thuộc khóm 3",
     ["Trường tiểu học An Thạnh 1"]),
    # … not the schools of a city, a kind (../shared/corpus-portals/bm_bo-truong-phung-xuan-nha-da-nang-phai*).
    ("và đông đảo lãnh đạo các sở, ban, ngành, các trường ĐH, trường THPT thành phố Đà Nẵng.", []),
    # A firm's works by its kind in lower case and its own name (vong-tay-yeu-thuong-cua-vinamilk-den-voi-nhung-la-chua-
    # lanh-mien-trung.md; hoa-phat-ung-ho-6-ty-dong-chong-covid-19.md and hai-thai-cuc-trong-buc-tranh-ket-qua-kinh-
    # doanh-quy-2-2020.md, fresh26; hai-quan-ha-nam-ninh-chu-dong-gap-doanh-nghiep-de-thao-go-kho-khan-vuo*) …
    ("Ông Ngô Công Thắng, Giám đốc Nhà máy sữa Vinamilk Nghệ An trao tặng học bổng trị giá 50 triệu đồng",
     ["Nhà máy sữa Vinamilk Nghệ An"]),
    ("Ngoài ra, tại Khu liên hợp gang thép Hòa Phát Dung Quất còn chủ động rà soát các cán bộ công nhân viên",
     ["Khu liên hợp gang thép Hòa Phát Dung Quất"]),
    ("Điển hình như Công viên nước Đầm Sen bị sụt giảm tới 85% doanh thu quý 2/2020", ["Công viên nước Đầm Sen"]),
    # … not a project (singapore-tiep-tuc-dan-dau-tong-von-dau-tu-vao-viet-nam*, fecon-trung-thau-nhieu-du-an-lon.md).
    ("do tháng 1/2020 có dự án Nhà máy điện khí tự nhiên hóa lỏng (LNG) Bạc Liêu với tổng vốn đầu tư 4 tỷ USD", []),
    ("Dự án thứ nhất là Nhà máy điện gió Quốc Vinh Sóc Trăng có tổng thầu là", []),
    # A national centre named by its function in lower case, "sáng tạo" a word of names (evfta-thuc-day-doanh-nghiep-
    # phuc-hoi-nhanh-sau-dai-dich.md, fresh26; thuc-day-giai-ngan-von-dau-tu-ngan-sach-nha-nuoc.md) …
    ("đồng thời khẩn trương đưa vào vận hành Trung tâm đổi mới sáng tạo quốc gia", ["Trung tâm đổi mới sáng tạo quốc gia"]),
    ("Đẩy nhanh tiến độ xây dựng Trung tâm đổi mới sáng tạo quốc gia (NIC) tại Khu công nghệ cao Hòa Lạc",
     ["Trung tâm đổi mới sáng tạo quốc gia", "NIC"]),
    # … a function word among the words still ends it (the sentence's: "Trung tâm của quốc gia").
    ("Hà Nội sẽ là Trung tâm đổi mới của quốc gia", []),
])
def test_schools_by_level_and_works_by_kind_in_lower_case(text, expected):
    assert surfaces(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A kind of firm and the words saying which, then "là" and the brand: the brand is a firm, wherever the page names
    # it (../shared/corpus-large/hai-thai-cuc-trong-buc-tranh-ket-qua-kinh-doanh-quy-2-2020.md, fresh26; doanh-nghiep-
    # gap-han-vi-doi-tac-nuoc-ngoai-pha-san.md) …
    ("Một DN khác chuyên sản xuất bột giặt là LIX cũng nhanh nhạy cho ra mắt dòng sản phẩm dung dịch rửa tay. "
     "Theo đó, doanh thu thuần quý 2/2020 của LIX đạt 690 tỷ đồng", ["LIX", "LIX"]),
    ("Tại thời điểm đó, Sears thông qua hai công ty con là Roebuck & Co và Kmart Corporation đã", ["Roebuck", "Kmart Corporation"]),
    # … not after a clause with a function word in it (huong-dan-hach-toan-tai-khoan-213-tai-san-co-dinh-vo-hinh-th*),
    # nor after a kind that is a preposition's object (thi-truong-thit-the-gioi-duoi-anh-huong-cua-covid-*).
    ("các khoản mục tương tự được hình thành trong nội bộ doanh nghiệp không được ghi nhận là TSCĐ vô hình.", []),
    ("Ireland còn có 1 bộ tiêu chuẩn quốc gia riêng dành cho các nhà sản xuất thịt lợn là PQAS (Chương trình đảm bảo chất lượng", []),
])
def test_a_kind_of_firm_said_to_be_a_brand(text, expected):
    assert surfaces(text) == expected


@pytest.mark.parametrize("text, expected", [
    # The localities in general after a numbered committee are no word of its name (../shared/corpus-large/kiem-soat-
    # viec-dau-co-thiet-bi-vat-tu-y-te.md, fresh26; kiem-soat-thi-truong-hang-phong-dich-xu-phat-61-ty-dong.md) …
    ("thì báo cáo UBND, Ban Chỉ đạo 389 địa phương và Bộ Công Thương để chỉ đạo, giải quyết kịp thời.",
     [("Ban Chỉ đạo 389", "Ban Chỉ đạo 389"), ("Bộ Công Thương", "Bộ Công Thương")]),
    # A force named by its function is the force in general after "lực lượng" (phat-hon-220-trieu-dong-cac-diem-kinh-
    # doanh-hang-gia-nhan-hieu.md, fresh26; ha-noi-tam-giu-them-500-000-khau-trang-co-dau-hieu*) …
    ("Lực lượng QLTT kiểm tra hàng hoa vi phạm. Đồng thời, tịch thu", []),
    ("Cụ thể, lực lượng QLTT đã tạm giữ 214 sản phẩm trang sức, giày, túi, ví", []),
    # … and alone in a list of forces the national one (../shared/corpus/hoi-nghi-can-bo-cong-chuc-vien-chuc-ngan*).
    ("thực hiện tốt quy chế phối hợp với các lực lượng chức năng như: Biên phòng, Công an, Cảnh sát biển, Quản lý thị trường…",
     [("Biên phòng", "Bộ đội Biên phòng"), ("Công an", "Công an nhân dân"), ("Cảnh sát biển", "Cảnh sát biển Việt Nam"),
      ("Quản lý thị trường", "Quản lý thị trường")]),
    # A provincial body's code between its head and its place is inside its name (phat-hon-220-trieu-dong-cac-diem-
    # kinh-doanh-hang-gia-nhan-hieu.md, fresh26; ha-noi-tam-giu-15-000-xuat-ban-pham-va-27-200-cuon*, tphcm-kinh-te-tang-
    # truong-139-trong-dai-dich-covid*) …
    ("Cục Quản lý thị trường (QLTT) Hà Nội vừa xử phạt vi phạm hành chính đối với 6/",
     [("Cục Quản lý thị trường (QLTT) Hà Nội", "Cục Quản lý thị trường Hà Nội")]),
    # … not a body's code with no place after it (kiem-soat-viec-dau-co-thiet-bi-vat-tu-y-te.md, fresh26).
    ("Ngày 29/1, Tổng cục Quản lý thị trường (QLTT) vừa có văn bản hỏa tốc gửi các Cục QLTT các tỉnh",
     [("Tổng cục Quản lý thị trường", "Tổng cục Quản lý thị trường")]),
])
def test_localities_in_general_forces_in_general_and_codes_before_a_place(text, expected):
    assert [(o.surface, o.name) for o in find_organisations(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # A foreign firm's arm has its country in brackets in its registered name (../shared/corpus-large/doanh-nghiep-quan-
    # tam-thu-tuc-hoan-thue-gtgt-doi-voi-hang-nhap-san-xuat-xuat-khau-2.md, fresh28; phat-mot-doanh-nghiep-cung-cap-thuc-
    # an-thuy-san-vi-ban-gia-cao-hon-ke-khai.md; ngan-hang-nuoc-ngoai-dau-tien-phat-hanh-trai-phieu-tai-viet-nam.md) …
    ("Trước đó, trả lời vướng mắc của các Công ty TNHH Procter&Gamble Đông Dương, Công ty TNHH King Kim (Việt Nam), "
     "Công ty TNHH Dong Jin Leiports Vina",
     [("Công ty TNHH Procter&Gamble Đông Dương", "Công ty TNHH Procter&Gamble Đông Dương"),
      ("Công ty TNHH King Kim (Việt Nam)", "Công ty TNHH King Kim (Việt Nam)"),
      ("Công ty TNHH Dong Jin Leiports Vina", "Công ty TNHH Dong Jin Leiports Vina")]),
    ("Ngân hàng TNHH một thành viên HSBC (Việt Nam) vừa trở thành ngân hàng nước ngoài đầu tiên",
     [("Ngân hàng TNHH một thành viên HSBC (Việt Nam)", "Ngân hàng TNHH một thành viên HSBC (Việt Nam)")]),
    # … not a border gate's country (som-phe-chuan-mo-chinh-thuc-tuyen-duong-chuyen-dung-tan-thanh-po-chai.md), nor a
    # body's that is no firm.
    ("thuộc cửa khẩu quốc tế Hữu Nghị (Việt Nam) – Hữu Nghị Quan (Trung Quốc)", []),
    ("Cục Hải quan Lạng Sơn (Việt Nam) đã làm việc", [("Cục Hải quan Lạng Sơn", "Cục Hải quan Lạng Sơn")]),
    # A quantifier before firms listed each by its legal form and its own name counts them (the page above;
    # thanh-lap-nhieu-doanh-nghiep-lua-dao-hon-10-000-nha-dau-tu.md) …
    ("Theo đó, các Công ty Cổ phần đầu tư Thiên Rồng Việt, Công ty Cổ phần OTCMAX, không hoạt động sản xuất kinh doanh",
     [("Công ty Cổ phần đầu tư Thiên Rồng Việt", "Công ty Cổ phần đầu tư Thiên Rồng Việt"),
      ("Công ty Cổ phần OTCMAX", "Công ty Cổ phần OTCMAX")]),
    # … not a legal form alone (a kind: the gia-tri-hang-hoa… pages on state firms).
    ("các Công ty TNHH MTV, các đơn vị kiểm định công tơ độc lập", []),
])
def test_a_firms_seat_in_brackets_and_firms_listed_after_a_quantifier(text, expected):
    assert [(o.surface, o.name) for o in find_organisations(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # The goods a customs unit clears name it, two kinds together (../shared/corpus-large/hai-quan-hai-phong-xu-ly-hon-
    # 160-000-to-khai-trong-thang-9.md, fresh28; Chi cục Hải quan quản lý hàng đầu tư gia công Hải Phòng on ten pages) …
    ("Chi cục Hải quan quản lý hàng đầu tư gia công cho biết, tháng 9", ["Chi cục Hải quan quản lý hàng đầu tư gia công"]),
    ("Chi cục Hải quan quản lý hàng đầu tư- gia công và Chi cục Hải quan cửa khẩu cảng Hải Phòng",
     ["Chi cục Hải quan quản lý hàng đầu tư- gia công", "Chi cục Hải quan cửa khẩu cảng Hải Phòng"]),
    # … not the sentence's verb after the name.
    ("Chi cục Hải quan quản lý hàng đầu tư đã gia công hàng", ["Chi cục Hải quan quản lý hàng đầu tư"]),
    # Dotted initials keep their last stop (../shared/corpus-large/hai-quan-tp-ho-chi-minh-khoi-to-xu-ly-nhieu-vu-buon-
    # lau-2.md, fresh28; kham-xet-phat-hien-2-container-hang-nhap-lau-qua-cang-cat-lai-2.md writes "G.S.A" with none).
    ("khởi tố hình sự vụ xuất khẩu gỗ trái phép liên quan đến Công ty TNHH K.M. Công ty này khai báo xuất khẩu",
     ["Công ty TNHH K.M."]),
    ("Công ty TNHH Giao nhận Quốc tế G.S.A, địa chỉ tại quận Tân Bình", ["Công ty TNHH Giao nhận Quốc tế G.S.A"]),
    # A name's code after a dash closes the lower-case words before it, as a code in brackets does
    # (../shared/corpus-large/doanh-nhan-cung-ca-nuoc-vuot-kho.md, fresh28) …
    ("Quỹ đổi mới sáng tạo (VINIF), Viện Nghiên cứu dữ liệu lớn – VINBDI (thuộc Tập đoàn Vingroup) đã ký kết",
     ["Quỹ đổi mới sáng tạo", "VINIF", "Viện Nghiên cứu dữ liệu lớn", "Tập đoàn Vingroup"]),
    # … not the parent's code the registry knows.
    ("Vụ trưởng Vụ Tín dụng các ngành kinh tế – NHNN cho biết", ["Vụ Tín dụng các ngành kinh tế", "NHNN"]),
    # A team named by the goods it clears and their direction (the smuggling page above; gan-150-lo-hang-xuat-khau-qua-
    # cang-cat-lai-trong-nhung-ngay-dau-nam.md) …
    ("ngày 10/3/2020, Đội thủ tục hàng hóa xuất khẩu chủ trì, phối hợp với Đội Kiểm soát Giám sát Hải quan",
     ["Đội thủ tục hàng hóa xuất khẩu", "Đội Kiểm soát Giám sát Hải quan"]),
    # … not without its direction or with a function word before it, nor after a quantifier (a kind).
    ("Đội thủ tục đã làm xong việc xuất khẩu", []),
    ("Đội thủ tục đã xuất khẩu", []),
    ("Các Đội thủ tục hàng hóa xuất khẩu đã làm việc", []),
])
def test_goods_a_unit_clears_dotted_initials_and_a_code_after_a_dash(text, expected):
    assert surfaces(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A registry name written with an en dash for its hyphen (../shared/corpus-large/doanh-nhan-cung-ca-nuoc-vuot-kho.md,
    # fresh28) is the registry's, and ends where it does …
    ("Đây cũng là lần đầu tiên Bộ Khoa học – Công nghệ huy động nguồn lực xã hội hóa",
     [("Bộ Khoa học – Công nghệ", "Bộ Khoa học và Công nghệ")]),
    ("Bộ Khoa học - Công nghệ huy động nguồn lực", [("Bộ Khoa học - Công nghệ", "Bộ Khoa học và Công nghệ")]),
    # The police a case is sent to is whichever is competent (../shared/corpus-large/hai-quan-tp-ho-chi-minh-khoi-to-xu-
    # ly-nhieu-vu-buon-lau-2.md, fresh28; xu-ly-hinh-su-nhieu-vu-buon-lau.md) …
    ("Cục Hải quan TPHCM đã khởi tố hình sự về tội buôn lậu, chuyển Công an điều tra theo thẩm quyền.",
     [("Cục Hải quan TPHCM", "Cục Hải quan thành phố Hồ Chí Minh")]),
    # … not a force a body works with.
    ("Cục Hải quan TPHCM phối hợp với Công an điều tra.",
     [("Cục Hải quan TPHCM", "Cục Hải quan thành phố Hồ Chí Minh"), ("Công an", "Công an nhân dân")]),
    # An exchange's head, capitalised or in lower case with "sàn" (han-muc-tin-dung-adb-cap-cho-hdbank-tang*,
    # hdbank-nhan-giai-chat-luong-thanh-toan*; nguon-cung-sut-giam-manh-gia-che-tiep-tuc-tang.md, fresh28) …
    ("HDBank là thành viên của Sàn Giao dịch Điện tử Tài trợ Thương mại TradeAssets do ADB phát triển",
     [("HDBank", "Ngân hàng Thương mại cổ phần Phát triển Thành phố Hồ Chí Minh"),
      ("Sàn Giao dịch Điện tử Tài trợ Thương mại TradeAssets", "Sàn Giao dịch Điện tử Tài trợ Thương mại TradeAssets"),
      ("ADB", "Ngân hàng Phát triển châu Á")]),
    ("Giá chè BP1 giao ngay tại sàn giao dịch Mombasa của Kenya đạt trung bình 3,73 USD/kg",
     [("sàn giao dịch Mombasa", "Sàn giao dịch Mombasa")]),
    # … where "sàn" and another trade name the brand alone.
    ("Giá vàng thế giới đi ngang trên sàn Comex", [("Comex", "Comex")]),
    ("Hàng bán trên sàn thương mại điện tử Lazada tăng", [("Lazada", "Lazada")]),
])
def test_en_dash_in_registry_names_police_a_case_goes_to_and_exchanges(text, expected):
    assert [(o.surface, o.name) for o in find_organisations(text)] == expected
