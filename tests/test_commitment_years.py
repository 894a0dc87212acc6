"""The year of an activity and the target year of a task, as the grammar of a page states them.

An activity happened in the year its clause or sentence states, else in the year the page's activity
clauses state most, which is the year the page reviews; a comparison's year ("so với … năm 2023") only
measures it. A task is for the year its clause states, else the year a frame names ("nhiệm vụ năm
2025"), else, on a page with no date, the year its task clauses name most. Each case is a small page
written for this test, not taken from the gold pages."""
from __future__ import annotations

import pytest

from pipeline.extract.commitments import find_commitments
from pipeline.text.blocks import Block, CleanPage
from pipeline.text.segment import sentences_of

# These test the rules; the learned second opinion on a clause's kind is off (see conftest.rules_alone).
pytestmark = pytest.mark.usefixtures("rules_alone")


def _rows(paragraphs: list[str], published_year: int | None) -> list[tuple[str, int | None, str]]:
    page = CleanPage(title="Tin", blocks=[Block("title", "Tin")] + [Block("body", p) for p in paragraphs])
    return [(c.kind, c.year, c.description) for c in find_commitments(page.text, sentences_of(page), published_year)]


def _row(rows, words: str) -> tuple[str, int | None]:
    found = [(kind, year) for kind, year, text in rows if words in text]
    assert found, f"no row holds {words!r}: {rows}"
    return found[0]


CASES = [
    # An undated page that sets next year's tasks names that year more often than the one it reviews:
    # the year its activity clauses state is the one reviewed.
    (["Năm 2023, Cục Thuế tỉnh đã thu ngân sách đạt 12 nghìn tỷ đồng, vượt 8% dự toán.",
      "Cục đã triển khai nhiều giải pháp hỗ trợ người nộp thuế trong bối cảnh khó khăn.",
      "Năm 2024 là năm có ý nghĩa quan trọng. Về nhiệm vụ năm 2024, Cục trưởng yêu cầu các phòng tăng cường quản lý nợ thuế.",
      "Trong năm 2024, toàn Cục cần đẩy mạnh chuyển đổi số trong quản lý thuế."], None,
     {"Cục đã triển khai nhiều giải pháp": ("activity", 2023), "tăng cường quản lý nợ thuế": ("task", 2024)}),
    # The year of a comparison, however long its term, does not date the result.
    (["Trong 6 tháng đầu năm 2024, toàn tỉnh thu hút 35 dự án đầu tư; giảm 3 dự án so với 6 tháng đầu năm 2023.",
      "Dịp Tết, doanh thu bán lẻ đạt 900 tỷ đồng, tăng 12% so với kế hoạch dự trữ hàng hóa Tết năm 2023."], None,
     {"giảm 3 dự án": ("activity", 2024), "doanh thu bán lẻ đạt 900": ("activity", 2024)}),
    # A page that names no year of its own is dated by how long a document it reviews has been in force.
    (["Qua 3 năm thực hiện Nghị định 15/2021/NĐ-CP, các doanh nghiệp đã phản ánh nhiều vướng mắc về thủ tục."], None,
     {"các doanh nghiệp đã phản ánh": ("activity", 2024)}),
    # On an undated page with no frame year, the tasks are for the year their own clauses name most.
    (["Năm 2024, Bộ đã hoàn thành kết nối 30 thủ tục hành chính với Cổng thông tin một cửa quốc gia.",
      "Các giải pháp đột phá sẽ được triển khai ngay sau khi Kế hoạch hành động giai đoạn 2024 – 2026 được ban hành.",
      "Thời gian tới, các bộ phải kết nối và chia sẻ dữ liệu quản lý qua một cổng duy nhất."], None,
     {"các bộ phải kết nối và chia sẻ": ("task", 2026), "Bộ đã hoàn thành kết nối": ("activity", 2024)}),
    # On a dated page a task keeps the year it states, even when another task names a later one.
    (["Dự thảo bảng giá đất sẽ được trình Hội đồng nhân dân tỉnh thông qua trước ngày 31-12-2025.",
      "Khi có bảng giá đất năm 2026, Ủy ban nhân dân tỉnh sẽ tổ chức triển khai đồng bộ trên toàn tỉnh."], 2025,
     {"trước ngày 31-12-2025": ("task", 2025), "sẽ tổ chức triển khai đồng bộ": ("task", 2026)}),
    # A past year in a task names what it builds on: the task is for the year the page sets.
    (["Về nhiệm vụ năm 2025, các đơn vị cần phát huy những kết quả đạt được trong năm 2023 để hoàn thành chỉ tiêu.",
      "Năm 2024, ngành đã giải quyết 1.200 hồ sơ đúng hạn cho người dân và doanh nghiệp."], None,
     {"cần phát huy những kết quả": ("task", 2025)}),
]


CASES += [
    # A review frame names the year reviewed; the year a plan is for does not date an activity of its clause.
    (["Tại Hội nghị tổng kết công tác năm 2022, triển khai nhiệm vụ năm 2023 của Cục Thuế, Thứ trưởng đánh giá cao kết quả thu ngân sách.",
      "Cục đã triển khai nhiều giải pháp hỗ trợ người nộp thuế trong năm 2023 và những năm tới."], None,
     {"Thứ trưởng đánh giá cao": ("activity", 2022)}),
    # A year that opens a span reaching the present tells when the work began; an undated page is no
    # older than the documents it cites.
    (["Từ năm 2019 đến nay, Cục Hải quan đã tổ chức 12 hội nghị đối thoại với doanh nghiệp.",
      "Cục đã hướng dẫn doanh nghiệp thực hiện Nghị định 45/2023/NĐ-CP về thủ tục hải quan."], None,
     {"đã tổ chức 12 hội nghị": ("activity", 2023)}),
    # A dated page reports the events of its date unless a review frame names an earlier year.
    (["Bộ Chính trị đã ban hành Nghị quyết số 57-NQ/TW, ngày 22/12/2024 về phát triển khoa học.",
      "Chiều 28/3, Tổng Bí thư đã gặp mặt cán bộ lão thành cách mạng tại Đà Nẵng."], 2025,
     {"đã gặp mặt cán bộ": ("activity", 2025), "đã ban hành Nghị quyết": ("activity", 2024)}),
    # Tasks set for the rest of the year are for the year the page reports on, the year before the one
    # its plans are for.
    (["Sơ kết 6 tháng đầu năm, ngành Thanh tra đã triển khai 261 cuộc thanh tra.",
      "Triển khai nhiệm vụ 6 tháng cuối năm, Thanh tra tỉnh cần tập trung đôn đốc xử lý sau thanh tra.",
      "Các đơn vị phải xây dựng kế hoạch thanh tra năm 2019 đảm bảo chất lượng."], None,
     {"đã triển khai 261 cuộc": ("activity", 2018), "cần tập trung đôn đốc": ("task", 2018)}),
    # An opening verb phrase that a comma and a subject follow only frames the report after it.
    (["Thủ tướng giao Bộ Tài chính sửa đổi Nghị định về thủ tục hải quan.",
      "Thực hiện chỉ đạo, Tổng cục Hải quan đã xây dựng dự thảo Nghị định sửa đổi trong năm 2022."], None,
     {"Tổng cục Hải quan đã xây dựng dự thảo": ("activity", 2022)}),
    # What is said or done at the event a dated page reports happened on its date, not in the year the
    # event reviews; without the frame, the reviewed year stands.
    (["Hội nghị tổng kết công tác năm 2023 của Cục Hải quan tỉnh đã diễn ra sáng nay.",
      "Năm 2023, Cục đã thu ngân sách đạt 105% dự toán.",
      "Tại hội nghị, các doanh nghiệp đã kiến nghị giảm thời gian thông quan.",
      "Cục cũng đã hoàn thành việc số hóa hồ sơ."], 2024,
     {"các doanh nghiệp đã kiến nghị": ("activity", 2024), "đã hoàn thành việc số hóa": ("activity", 2023)}),
]


CASES += [
    # A task is due in the first year its clause states; a later one names what follows from it.
    (["Thủ tướng yêu cầu tổ chức khởi công dự án vào dịp 19/8/2025 để hoàn thành chậm nhất vào cuối năm 2026."], 2025,
     {"tổ chức khởi công dự án": ("task", 2025)}),
    # A deadline's date keeps its year, though the page's tasks are for the year after the one reviewed.
    (["Năm 2020, ngân hàng đã cơ cấu lại nợ cho 5.000 khách hàng.", "Về nhiệm vụ năm 2021, ngân hàng cần tiếp tục hỗ trợ doanh nghiệp.",
      "Khẩn trương hoàn thành sửa đổi Thông tư số 01/2020/TT-NHNN trước ngày 30/9/2020."], None,
     {"hoàn thành sửa đổi Thông tư": ("task", 2020), "ngân hàng cần tiếp tục hỗ trợ": ("task", 2021)}),
    # A clause with no aspect word that places its event after the page's year is planned: a task for that
    # year. A term ("nhiệm kỳ 2025-2030") is no date.
    (["Theo kế hoạch của Bộ, Hội nghị toàn quốc của ngành tổ chức vào đầu năm 2026 tại Hà Nội."], 2025,
     {"Hội nghị toàn quốc của ngành tổ chức": ("task", 2026)}),
    (["Đại hội Hội Nông dân tỉnh nhiệm kỳ 2025-2030 diễn ra trong hai ngày với sự tham dự của 300 đại biểu."], 2025,
     {"Đại hội Hội Nông dân tỉnh": ("activity", 2025)}),
]


CASES += [
    # The end a plan reaches ("quy hoạch … đến năm 2020 và tầm nhìn đến năm 2030") and the year its name starts
    # from ("… năm 2017, định hướng đến năm 2020") are what it is for: they do not date the activity that issued it.
    (["Năm 2015, Bộ Tài chính đã trình Thủ tướng ban hành quy hoạch dịch vụ xếp hạng tín nhiệm đến năm 2020 và tầm nhìn đến năm 2030."], None,
     {"Bộ Tài chính đã trình Thủ tướng": ("activity", 2015)}),
    (["Trong năm 2017, Bộ đã cắt giảm 50 điều kiện kinh doanh theo Nghị quyết về cải thiện môi trường kinh doanh năm 2017, định hướng đến năm 2020."], 2018,
     {"Bộ đã cắt giảm 50 điều kiện": ("activity", 2017)}),
    # A change or a span from one year to a later one reports where it reached.
    (["Theo báo cáo, tỷ lệ doanh nghiệp có lãi đã tăng từ 36,7% năm 2015 lên 46% năm 2019."], 2021,
     {"tỷ lệ doanh nghiệp có lãi": ("activity", 2019)}),
    # A tie between the years the page's activity clauses state goes to the year the page names most.
    (["Đến ngày 25/12/2020, đã có 83.000 công trình được đấu nối vào hệ thống điện.", "Kể từ ngày 1/1/2021, giá mua bán điện đã được bỏ ngỏ.",
      "Các công ty điện lực sẽ dừng tiếp nhận hồ sơ đấu nối sau ngày 31/12/2020.", "Cục Điện lực đã có văn bản hướng dẫn các công ty điện lực."], None,
     {"Cục Điện lực đã có văn bản": ("activity", 2020)}),
    # The lead of an undated conference page reviews one year and sets the tasks of the next: the year after "và
    # triển khai nhiệm vụ" is what the plan is for, not a second year reviewed.
    (["Tại hội nghị tổng kết công tác năm 2022 và triển khai nhiệm vụ năm 2023, Cục trưởng cho biết, năm 2022 tình hình gặp nhiều khó khăn.",
      "Số doanh nghiệp làm thủ tục tăng 5% so với cùng kỳ năm trước."], None,
     {"Số doanh nghiệp làm thủ tục tăng 5%": ("activity", 2022)}),
    # "trong năm 2022" on a page that reviews 2022 says when its results came, not what its tasks are for.
    (["Hội nghị tổng kết công tác năm 2022, triển khai nhiệm vụ năm 2023.", "Trong năm 2022, nhiều dự án lớn đã đem lại số thu cao.",
      "Trong năm 2022, Cục đã phát hiện 50 vụ vi phạm.", "Phó Chủ tịch tỉnh đề nghị Cục cần nâng cao chất lượng nhân lực."], None,
     {"cần nâng cao chất lượng nhân lực": ("task", 2023)}),
    # A target assigned for a year is for that year; a clause that opens with a year before the one the page's plans
    # are for, with only a manner cue ("tiếp tục"), reports what went on in it.
    (["Hội nghị tổng kết công tác năm 2022, triển khai nhiệm vụ năm 2023.", "Về thu ngân sách, năm 2022, Cục được giao chỉ tiêu thu ngân sách 6.700 tỷ đồng.",
      "Năm 2022, Cục Hải quan tỉnh tiếp tục đẩy mạnh cải cách thủ tục hành chính.", "Năm 2023, Cục cần đẩy mạnh chuyển đổi số."], None,
     {"giao chỉ tiêu thu ngân sách 6.700": ("task", 2022), "tiếp tục đẩy mạnh cải cách": ("activity", 2022), "đẩy mạnh chuyển đổi số": ("task", 2023)}),
    # An undated page is no older than the first date by which it sets a task to be done ("đến 30/4/2023").
    (["Bệnh viện được khởi công từ cuối năm 2021 để giảm tải cho tuyến trên.", "Bộ trưởng đã kiểm tra tiến độ xây dựng tại công trường.",
      "Theo kế hoạch, đến 30/4/2023, khu khám bệnh phải hoàn thành để đưa vào sử dụng."], None,
     {"Bộ trưởng đã kiểm tra tiến độ": ("activity", 2023)}),
]


CASES += [
    # The frame of a conference's name, however worded and wherever it stands (here last, as a summary, after the
    # page's lead): a review word and its year, a link, a plan noun and the year the tasks are for.
    (["Cục đã hoàn thành thu ngân sách vượt 10% dự toán trong một năm đầy khó khăn."]
     + [f"Chi cục số {n} đã tiếp nhận và xử lý hàng nghìn tờ khai, bảo đảm thông quan nhanh hàng hóa xuất nhập khẩu qua "
        f"các cửa khẩu trên địa bàn, không để ùn tắc, đồng thời phát hiện nhiều vụ vi phạm về trị giá và xuất xứ." for n in range(1, 9)]
     + ["Thời gian tới, Cục cần đẩy mạnh kiểm tra sau thông quan.",
      "Đó là ý kiến của Thứ trưởng tại hội nghị sơ kết công tác năm 2022 và định hướng kế hoạch năm 2023 của Cục."], None,
     {"Cục đã hoàn thành thu ngân sách": ("activity", 2022), "đẩy mạnh kiểm tra sau thông quan": ("task", 2023)}),
    # What the review names after its year, up to the plan, is reviewed too, and reaches the later year; the plan
    # after a semicolon is for that year.
    (["Các lực lượng đã bắt giữ 120 vụ vận chuyển hàng cấm.", "Lãnh đạo tỉnh đề nghị các lực lượng tăng cường tuần tra biên giới.",
      "Tại hội nghị nhìn lại công tác năm 2018 và đợt cao điểm trước, trong Tết Kỷ Hợi 2019; đề ra mục tiêu năm 2019, Ban Chỉ đạo đã nêu rõ nhiều khó khăn."], None,
     {"đã bắt giữ 120 vụ": ("activity", 2019), "tăng cường tuần tra biên giới": ("task", 2019)}),
    # The period of a plan an item names ("giai đoạn 2024-2028") does not date the items after it in its sentence.
    (["Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024 của Sở.",
      "Sở cần xây dựng Đề án chuyển đổi số giai đoạn 2024-2028; các phòng phải rà soát quy trình tiếp nhận hồ sơ trực tuyến."], None,
     {"rà soát quy trình tiếp nhận": ("task", 2024)}),
    # A year that opens a predicate after a comma turns to another period: each part has its own year.
    (["Nếu như năm 2005, Chi cục mới làm thủ tục cho 300 tờ khai, với kim ngạch đạt 2 triệu USD, thì đến năm 2024, Chi cục đã làm thủ tục cho 180.000 tờ khai.",
      "Số thu tăng nhanh, từ số thu năm 2005 đạt 900 triệu đồng, năm 2024, số thu của chi cục đã đạt 2.100 tỷ đồng."], 2025,
     {"Chi cục mới làm thủ tục cho 300": ("activity", 2005), "Chi cục đã làm thủ tục cho 180.000": ("activity", 2024),
      "số thu năm 2005 đạt 900": ("activity", 2005), "số thu của chi cục đã đạt 2.100": ("activity", 2024)}),
    # A year a person was born in dates nothing that person did.
    (["Công an tỉnh đã bắt giữ đối tượng Nguyễn Văn A, sinh năm 1990, trú tại xã Tân Lập, cùng 2 kg ma túy."], 2025,
     {"bắt giữ đối tượng Nguyễn Văn A": ("activity", 2025)}),
    (["Tổ công tác đã bắt giữ đối tượng Hoàng Văn B, sinh ngày 2/3/1988, thu giữ 500 viên ma túy tổng hợp."], 2025,
     {"bắt giữ đối tượng Hoàng Văn B": ("activity", 2025)}),
    # "cùng kỳ năm 2022" is the same period a year before the one an undated page reports.
    (["Kim ngạch xuất khẩu qua cửa khẩu đạt 320 triệu USD, tăng 12% so với cùng kỳ năm 2022."], None,
     {"Kim ngạch xuất khẩu qua cửa khẩu": ("activity", 2023)}),
    # So is the whole year a figure is compared with ("so với năm 2019": doanh-nhan-cung-ca-nuoc-vuot-kho, ../shared/corpus-large, a
    # page of 2020 whose only year is that of its comparison).
    (["Nhờ chuyển đổi sản xuất, so với năm 2019 lượng hàng tồn kho giảm ngay trên 40%.",
      "Công ty đã ủng hộ tỉnh Thái Nguyên 1 tỷ đồng cho công tác phòng chống dịch."], None,
     {"Công ty đã ủng hộ tỉnh Thái Nguyên": ("activity", 2020)}),
    # A year that opens a clause earlier in the paragraph is its topic; a year inside a clause dates that clause alone.
    (["Các chuyên gia đánh giá, năm 2022 khép lại với nhiều thành tựu. Theo đó, kim ngạch xuất khẩu đạt 370 tỷ USD."], 2023,
     {"kim ngạch xuất khẩu đạt 370": ("activity", 2022)}),
    (["Bệnh viện khởi công năm 2019 với tổng vốn 2.000 tỷ đồng. Hiện khối nhà chính đã hoàn thành 95% khối lượng."], 2023,
     {"Hiện khối nhà chính đã hoàn thành": ("activity", 2023)}),
    # A period that ended by the page's date reports its end; a plan's period does not.
    (["Tốc độ tăng trưởng giai đoạn 2016 – 2019 đạt bình quân 6,8%/năm.", "Năm 2021, doanh nghiệp cần chủ động thích ứng với dịch bệnh."], None,
     {"Tốc độ tăng trưởng giai đoạn": ("activity", 2019)}),
    # A paragraph that opens with a year after the one reported, with no report of its own, sets that year's plans.
    (["Năm 2023, Tổng công ty đã đạt doanh thu 5.000 tỷ đồng, tăng 10% so với năm trước.",
      "Năm 2024, Tổng công ty sẵn sàng mở rộng sang các tuyến vận tải mới ở miền Trung. Phát triển đồng bộ dịch vụ kho bãi tại các cảng biển lớn."], None,
     {"đã đạt doanh thu 5.000": ("activity", 2023), "sẵn sàng mở rộng sang các tuyến": ("task", 2024),
      "Phát triển đồng bộ dịch vụ kho bãi": ("task", 2024)}),
]


# (Sentences of the corpora's pages.) A directive that a notice conveys was set on the notice's date: on an undated page that
# plans for a later year, it keeps the notice's year, and so does the item after it.
CASES += [
    (["Ngày 19/12/2019, Văn phòng Chính phủ có văn bản số 11547/VPCP-CN thông báo ý kiến của Phó Thủ tướng Trịnh Đình Dũng giao Bộ KH&ĐT "
      "tiếp tục giám sát Dự án; chủ trì, phối hợp với UBND TP.Hà Nội và các cơ quan liên quan chuẩn bị báo cáo Quốc hội về tình hình triển "
      "khai thực hiện Dự án.",
      "Đến nay, khối lượng thi công đạt 75%, dự kiến hoàn thành đưa vào khai thác, sử dụng trong năm 2021."], None,
     {"giao Bộ KH&ĐT tiếp tục giám sát": ("task", 2019), "chuẩn bị báo cáo Quốc hội": ("task", 2019),
      "dự kiến hoàn thành đưa vào khai thác": ("task", 2021)}),
    # A target with its figure measured over a period is reached at the period's end: the span nearest its figure, not
    # its label's ("Mục tiêu 2021-2025:"), and not its first year (sentences of the customs site's pages, undated).
    (["Mục tiêu 2021-2025: Trung bình giai đoạn 2021-2030 tốc độ tăng số DN hoạt động đạt khoảng 15%/năm.",
      "Tuy vậy, con số này chưa đạt được yêu cầu của Chính phủ đặt ra là phải giảm được dưới mức 10% đối với hàng nhập khẩu vào năm 2018-2019."],
     None, {"tốc độ tăng số DN hoạt động đạt khoảng 15%": ("task", 2030), "phải giảm được dưới mức 10%": ("task", 2019)}),
    # … but a year of its own beside the period is when the target is due ("năm 2025 phấn đấu … đạt 8% trở lên").
    (["Về kinh tế, năm 2025 phấn đấu tốc độ tăng trưởng kinh tế đạt 8% trở lên và hai con số trong giai đoạn 2026 – 2030."], 2025,
     {"năm 2025 phấn đấu tốc độ tăng trưởng": ("task", 2025)}),
    # A period the tasks are done in that starts after the year the page reviews: the page's tasks are for its first
    # year, not its end (a page that reviews 2020 and calls for the emulation movement of 2021 – 2025).
    (["Trước đó, ngày 19/8/2020, Chủ tịch nước đã ký Quyết định 1456/QĐ-CTN tặng thưởng Huân chương Lao động hạng Nhất cho "
      "Tổng cục Hải quan, đã có thành tích xuất sắc trong công tác từ năm 2015-2019.",
      "Trong giai đoạn 2015 – 2020, các phong trào thi đua của ngành Hải quan đã được phát động với nhiều chủ đề thiết thực, góp phần "
      "tạo động lực hoàn thành xuất sắc các nhiệm vụ được giao.",
      "Những tấm gương điển hình tiên tiến của ngành Hải quan đã được tuyên dương trong “Bảng vàng ghi danh các điển hình tiên tiến ngành "
      "Hải quan giai đoạn 2015-2020”.",
      "Tổng cục trưởng chỉ đạo cán bộ, công chức tiếp tục nêu cao tinh thần thi đua yêu nước, vượt qua mọi khó khăn, thực hiện "
      "thắng lợi nhiệm vụ được giao mà Hội nghị đã xác định trong “Phát động phong trào thi đua giai đoạn 2021 – 2025 của Tổng cục Hải quan”.",
      "Tổng cục trưởng mong rằng các đại biểu sẽ tiếp tục phát huy những thành tích đã đạt được, đóng góp tích cực cho sự nghiệp hiện đại hóa hải quan."],
     None, {"thực hiện thắng lợi nhiệm vụ được giao": ("task", 2021), "đóng góp tích cực cho sự nghiệp": ("task", 2021)}),
    # The year of a law's name ("Luật Đất đai năm 2024") names the law: the task is due when its date says (a page of 2025).
    (["Luật Đất đai năm 2024 quy định BGĐ được xây dựng hằng năm (thay vì 5 năm như hiện nay) và BGĐ đầu tiên sẽ được áp dụng từ ngày 1-1-2026."],
     2025, {"BGĐ đầu tiên sẽ được áp dụng": ("task", 2026)}),
    # The deadline of an earlier item of a list ("… đến năm 2021; tiếp tục …") is that item's own: the items after it are
    # for the year the page's tasks are for (an undated page that reviews 2017 and sets the tasks of 2018).
    (["Năm 2017, Chính phủ đã cắt giảm nhiều chi phí cho doanh nghiệp.",
      "Về nhiệm vụ năm 2018, Chính phủ yêu cầu các bộ, ngành:",
      "Giảm đơn vị sự nghiệp công lập bảo đảm mục tiêu giảm 10% đơn vị sự nghiệp "
      "công lập đến năm 2021; tiếp tục triển khai có hiệu quả các chính sách về tinh giản biên chế; rà soát, kiện toàn chức năng, nhiệm vụ "
      "và cơ cấu tổ chức của các cơ quan, đơn vị trực thuộc bộ, ngành, địa phương."], None,
     {"mục tiêu giảm 10%": ("task", 2021), "chính sách về tinh giản biên chế": ("task", 2018), "kiện toàn chức năng": ("task", 2018)}),
]

CASES += [
    # A year that opens a quotation is its topic, as one that opens a paragraph is: the sentence after it took place that year
    # (de-hang-viet-xuat-khau-khong-con-vo-danh, the customs site's large corpus: an undated page that reviews 2020).
    (["Cụ thể, số lượng các DN có sản phẩm đạt THQG tăng dần qua các thời kỳ, từ con số 30 DN năm 2008 lên 124 DN năm 2020.",
      "“Năm 2019, các DN có sản phẩm đạt THQG đã XK hàng hóa với giá trị gần 123 nghìn tỷ đồng (tương đương khoảng 5,3 tỷ USD), tăng "
      "203% so với năm 2016 (đạt mức 60 nghìn tỷ đồng). Các DN này đã tạo việc làm cho trên 350 nghìn lao động, nộp ngân sách nhà nước "
      "trên 197 nghìn tỷ đồng”, ông Hoàng Minh Chiến nói."], None,
     {"Các DN này đã tạo việc làm": ("activity", 2019)}),
]


@pytest.mark.parametrize("paragraphs, published_year, expected", CASES)
def test_years(paragraphs, published_year, expected):
    rows = _rows(paragraphs, published_year)
    for words, kind_year in expected.items():
        assert _row(rows, words) == kind_year, words


def test_a_forecast_does_not_date_the_page():
    # A forecast ("nhiều khả năng": likely) is no activity and does not tell the year a page reviews, nor does "tiếp tục" before the
    # movement of an index make a task: an undated page on the last session of 2020 names 2021 only in its forecast
    # (tam-biet-2020-gia-vang-sjc-vuot-56-trieu-dong-luong, the customs site's large corpus).
    title = "“Tạm biệt” 2020, giá vàng SJC vượt 56 triệu đồng/lượng"
    page = CleanPage(title=title, blocks=[Block("title", title)] + [Block("body", p) for p in [
        "Tỷ giá trung tâm giữa VND và USD ngày 31/12 được Ngân hàng Nhà nước công bố ở mức 23.131 VND/USD, tiếp tục giảm 10 đồng so "
        "với ngày 30/12.",
        "Trong phiên giao dịch cuối cùng của năm 2020, chỉ số USD tiếp tục giảm mạnh, giúp giá vàng thế giới tiếp tục đi lên, đẩy giá "
        "vàng trong nước cũng tăng khá mạnh.",
        "Giới phân tích thị trường nhận định, nhiều khả năng giá vàng đạt đỉnh cao trong những ngày đầu năm mới 2021."]])
    rows = [(c.kind, c.year, c.description) for c in find_commitments(page.text, sentences_of(page), None)]
    assert _row(rows, "ngày 31/12 được Ngân hàng Nhà nước công bố") == ("activity", 2020)
    assert not any("nhiều khả năng" in text or kind == "task" for kind, _, text in rows), rows


def test_an_undated_page_that_names_no_year_reviews_the_year_of_its_photos():
    # The address of a photo tells when it was put online ("…/102020/13/…", "?rt=20201013…"): a page whose text names no year is
    # of that year, its report and its tasks (de-an-cai-cach-mo-hinh-kiem-tra-chat-luong-se-tao-du-dia-rat-lon-cho-tang-truong,
    # ../shared/corpus).
    page = CleanPage(title="Tin", blocks=[
        Block("title", "Tin"),
        Block("caption", "Bộ trưởng Chủ nhiệm Văn phòng Chính phủ Mai Tiến Dũng phát biểu tại cuộc họp, Ảnh: Quang Hùng",
              image="https://haiquanonline.com.vn/stores/news_dataimages/linhntn/102020/13/15/in_article/3230_IMG_6730.jpg?rt=20201013153232"),
        Block("body", "Tại cuộc họp với các bộ, ngành cơ quan liên quan ngày 13/10 về Đề án Cải cách mô hình kiểm tra chất lượng, các ý "
                      "kiến của các bộ, cơ quan đều đánh giá cao sự chuẩn bị của Bộ Tài chính (Tổng cục Hải quan)."),
        Block("body", "Đại diện Bộ Công Thương đề nghị Bộ Tài chính rà soát kỹ, phân tích kỹ cơ sở khoa học, hiện trạng kiểm tra chuyên "
                      "ngành hiện nay.")])
    rows = [(c.kind, c.year, c.description) for c in find_commitments(page.text, sentences_of(page), None)]
    assert _row(rows, "các ý kiến của các bộ") == ("activity", 2020)
    assert _row(rows, "đề nghị Bộ Tài chính rà soát kỹ") == ("task", 2020)


def test_a_span_to_the_present_and_its_length_date_an_undated_page():
    # "từ năm 2008 đến nay đã gần 10 năm" (nearly ten years since 2008): the page is of 2017, not of the 2015 its documents
    # are dated (bm_be-mac-phien-hop-thu-12-cua-uy-ban-th…, ../shared/corpus-portals).
    rows = _rows(["Thừa Ủy quyền của Thủ tướng Chính phủ, Bộ trưởng Bộ Kế hoạch và Đầu tư Nguyễn Chí Dũng đã báo cáo Ủy ban Thường vụ "
                  "Quốc hội về tình hình giao kế hoạch vốn trái phiếu Chính phủ dự phòng giai đoạn 2012- 2015 theo Nghị quyết số "
                  "1096/NQ- UBTVQH13 ngày 22/12/2015 của Ủy ban Thường vụ Quốc hội.",
                  "Một số đại biểu đề nghị có đánh giá chi tiết Chương trình kiên cố hóa trường lớp, vì việc thực hiện Chương trình từ "
                  "năm 2008 đến nay đã gần 10 năm, tình hình đã có nhiều thay đổi.",
                  "Tiếp đó, dưới sự chủ trì của Chủ tịch Quốc hội Nguyễn Thị Kim Ngân, Ủy ban Thường vụ Quốc hội đã tiến hành bế mạc "
                  "Phiên họp."], None)
    assert _row(rows, "Ủy ban Thường vụ Quốc hội đã tiến hành bế mạc") == ("activity", 2017)


def test_a_year_of_birth_dates_no_action():
    # "sinh 1991" (born in 1991), with no "năm", dates the driver, not the seizure
    # (bm_tay-ninh-van-de-lot-nhieu-vu-buon-lau-lon-qua-bien, ../shared/corpus-portals: a page of 2017).
    rows = _rows(["Ông Thắng dẫn chứng, vào ngày 26/5, Công an huyện Trảng Bàng bắt giữ xe ô tô biển số 61A-052.87 (do Văn Công Nhật "
                  "Trường sinh 1991, ngụ ấp 3, xã Núi Tượng, huyện Tân Phú, tỉnh Đồng Nai điều khiển) chở 11.700 bao thuốc lá nhập lậu."],
                 2017)
    assert _row(rows, "Công an huyện Trảng Bàng bắt giữ") == ("activity", 2017)



def test_a_modal_after_a_comma_between_two_years_opens_a_target_of_its_own():
    # (tre-hen-muc-tieu-phat-trien-1-trieu-doanh-nghiep, ../shared/corpus)
    # (Under a target's label its figures are no results, so no report mark splits it as one does after "cần tăng … đạt …".)
    rows = _rows(["Mục tiêu 2021-2025: Trung bình giai đoạn 2021-2030 tốc độ tăng số DN hoạt động đạt khoảng 15%/năm; tăng tỷ lệ DN vừa "
                  "và lớn chiếm khoảng 5-6% trong tổng số DN vào năm 2025, phấn đấu đạt 8% vào năm 2030."], 2020)
    assert _row(rows, "chiếm khoảng 5-6% trong tổng số DN vào năm 2025") == ("task", 2025)
    assert _row(rows, "phấn đấu đạt 8% vào năm 2030") == ("task", 2030)
    assert not any("vào năm 2025" in text and "vào năm 2030" in text for _, _, text in rows), rows


def test_an_event_dated_by_day_and_month_is_of_the_year_after_the_one_it_reviews():
    # A review of 2016 held on 25/5 is held in 2017, on an undated page that sets 2017's tasks; so is the next clause of its
    # paragraph, which states no year (bm_bao-dam-tuyet-doi-an-ninh-trat-tu-dia…, ../shared/corpus-portals).
    rows = _rows(["Chiều 25/5, tại Hà Nội, Ban Chỉ đạo về khu vực phòng thủ thành phố Hà Nội tổ chức hội nghị đánh giá kết quả thực hiện "
                  "nhiệm vụ về khu vực phòng thủ năm 2016, triển khai nhiệm vụ năm 2017. Chủ tịch UBND thành phố Hà Nội Nguyễn Đức Chung "
                  "chủ trì hội nghị. Ban Chỉ đạo cho biết, năm 2016, thành phố đã quán triệt sâu sắc các văn bản chỉ đạo của Chính phủ.",
                  "Năm 2017, thành phố cần tiếp tục xây dựng khu vực phòng thủ vững chắc."], None)
    assert _row(rows, "tổ chức hội nghị đánh giá kết quả") == ("activity", 2017)
    assert _row(rows, "Nguyễn Đức Chung chủ trì hội nghị") == ("activity", 2017)
    assert _row(rows, "thành phố đã quán triệt sâu sắc") == ("activity", 2016)


def test_a_year_in_particular_turns_the_period_and_dates_its_clause():
    # ", riêng trong năm 2017, …" (in 2017 alone) opens a clause of its own year, whatever span it compares with
    # (thu-tuong-chi-thi-day-manh-co-phan-hoa-thoai-von-nha-nuoc-tai-dn, ../shared/corpus).
    rows = _rows(["DNNN đã giảm mạnh về số lượng, từ năm 2016 đến tháng 11 năm 2018, cả nước đã cổ phần hóa được 147 doanh nghiệp trong "
                  "đó có nhiều doanh nghiệp quy mô vốn nhà nước lớn, riêng trong năm 2017, tổng quy mô vốn nhà nước được xác định lại tại "
                  "các doanh nghiệp thực hiện cổ phần hóa đạt trên 160.000 tỷ đồng, bằng 81,5% tổng giá trị phần vốn nhà nước ở các doanh "
                  "nghiệp được cổ phần hóa giai đoạn 2011 – 2015."], 2019)
    assert _row(rows, "cả nước đã cổ phần hóa được 147 doanh nghiệp") == ("activity", 2018)
    assert _row(rows, "riêng trong năm 2017, tổng quy mô vốn nhà nước") == ("activity", 2017)


def test_an_anniversary_and_its_span_date_an_undated_page():
    # "Lễ kỷ niệm 25 năm thành lập … (9/6/1993- 9/6/2018)": the page is of 2018, its lasting state too, "từ … năm 1993, đến nay …"
    # (hai-quan-kcx-tan-thuan-25-nam-dong-hanh-cung-cac-doanh-nghiep-fdi, the customs site's large corpus).
    rows = _rows(["Theo Chi cục Hải quan KCX Tân Thuận, tháng 3/1993 công ty đầu tiên trong KCX Tân Thuận được cấp giấy phép đầu tư, chỉ 3 "
                  "tháng sau, Chi cục Hải quan KCX Tân Thuận được thành lập theo Quyết định số 223/TCHQ-TCCB ngày 9/6/1993 của Tổng cục Hải quan.",
                  "Từ 1 doanh nghiệp chế xuất được cấp Giấy chứng nhận đầu tư năm 1993, đến nay KCX Tân Thuận đã có 199 nhà đầu tư đến từ 20 "
                  "quốc gia và vùng lãnh thổ, với tổng vốn đầu tư trên 1.690 tỷ USD.",
                  "Tại Lễ kỷ niệm 25 năm thành lập Chi cục Hải quan khu chế xuất (KCX) Tân Thuận (9/6/1993- 9/6/2018) vào tối 8/6, ông Marvin "
                  "Tsao, Tổng Giám đốc Công ty TNHH Tân Thuận nhấn mạnh, 25 năm qua, cơ quan Hải quan luôn đồng hành cùng sự phát triển của "
                  "các doanh nghiệp FDI."], None)
    assert _row(rows, "Chi cục Hải quan KCX Tân Thuận được thành lập") == ("activity", 1993)
    assert _row(rows, "KCX Tân Thuận đã có 199 nhà đầu tư") == ("activity", 2018)
    assert _row(rows, "Tại Lễ kỷ niệm 25 năm thành lập") == ("activity", 2018)


def test_a_contract_month_dates_nothing():
    # "giá vàng giao tháng 2/2021" names the contract the price is quoted for, not when it rose: on an undated page of October 2020
    # the activity takes no year from it (gia-vang-the-gioi-bien-dong-kho-luong-usd-on-dinh, the customs site's large corpus).
    from pipeline.extract.years import year_roles, year_spans
    from pipeline.text.phrases import lower
    sentence = ("Trong phiên giao dịch sáng 16/10 theo giờ Việt Nam, so với cùng thời điểm ngày hôm qua, giá vàng thế giới tiếp tục tăng "
                "nhẹ hơn 10 USD/ounce, lên mức 1.909 USD/ounce trên sàn Comex, giá vàng giao tháng 2/2021 cũng tăng nhẹ lên mức 1.921 USD/ounce.")
    assert year_roles(lower(sentence), year_spans(sentence)) == ["term"]
    assert all(year != 2021 for _, year, _ in _rows([sentence], None)), _rows([sentence], None)


def test_a_superlative_since_dates_nothing():
    # "tăng mạnh nhất kể từ tháng 7/2018" (the strongest rise since July 2018) compares with that month: the rise is of the page's
    # own time (so-luong-don-dat-hang-moi-tang-nhanh-trong-thang-12, the customs site's large corpus).
    rows = _rows(["Giá cả đầu ra cũng tăng nhanh hơn trong tháng 12, mặc dù mức tăng vẫn yếu hơn nhiều so với chi phí đầu vào. Giá bán "
                  "hàng đã tăng mạnh nhất kể từ tháng 7/2018."], 2020)
    assert _row(rows, "Giá bán hàng đã tăng mạnh nhất") == ("activity", 2020)


def test_the_feast_of_the_coming_season_is_what_an_undated_pages_tasks_are_for():
    # tp-ho-chi-minh-doanh-nghiep-san-sang-hang-hoa-phuc-vu-tet-tan-suu (the customs site's large corpus, fresh15): a page of late
    # 2020 that prepares for the Tết of 2021 sets its tasks for 2021, what is left of 2020 notwithstanding; its reports stay in 2020.
    rows = _rows(["Chỉ hơn 3 tháng nữa là tới tết Nguyên đán Tân Sửu 2021, hiện các doanh nghiệp trên địa bàn TPHCM đã và đang sẵn "
                  "sàng chuẩn bị cho mùa kinh doanh cao điểm nhất trong năm.",
                  "Theo Sở Công Thương TPHCM, các DN chuẩn bị sản xuất, dự trữ cung ứng cho 2 tháng tết Tân Sửu là hơn 19.600 tỷ đồng, "
                  "tăng 3,43% so với nguồn vốn chuẩn bị tết 2020.",
                  "Ngoài các DN sản xuất, các DN phân phối lớn trên địa bàn thành phố cũng đã có kế hoạch khá chi tiết cho thị trường "
                  "cuối năm 2020. Thiết kế giảm giá sớm và khoa học để giảm áp lực mua sắm cho người dân từ nay đến cuối năm.",
                  "Bên cạnh đó, trong tháng cận tết nhằm kích thích mua sắm tiêu dùng, DN trên địa bàn thành phố sẽ thực hiện nhiều "
                  "chương trình khuyến mại, tập trung vào các mặt hàng tết."], None)
    assert _row(rows, "sẽ thực hiện nhiều chương trình khuyến mại") == ("task", 2021)
    assert _row(rows, "cũng đã có kế hoạch khá chi tiết") == ("activity", 2020)


def test_the_years_of_an_undated_pages_plans_are_not_the_year_it_reviews():
    # An undated page names 2021, 2022 and 2023 only in what a firm plans ("sẽ khởi công vào đầu năm 2021", "Đến năm 2023, … đặt mục
    # tiêu"): it reviews the year its comparison reports on, the one after "so với 6 tháng đầu năm 2019"
    # (tim-kiem-thi-truong-ngach-de-phuc-hoi, the customs site's large corpus, fresh16).
    rows = _rows(["Số liệu của Tổng cục Thống kê cho thấy, nửa đầu năm, cả nước có hơn 62 nghìn DN đăng ký thành lập mới, giảm 7,3% về "
                  "số DN, nhưng số DN quay trở lại hoạt động lại tăng 16,4% so với 6 tháng đầu năm 2019, lên tới 25,2 nghìn DN.",
                  "Trong đó, có nhiều DN đã tìm ra chiến lược đi vào thị trường ngách, tận dụng “miếng bánh” tuy nhỏ hơn nhưng cơ hội lại cao hơn.",
                  "Dự kiến nhà máy nguyên liệu sẽ khởi công vào đầu năm 2021, xây dựng trong khoảng 18 tháng, hoàn thiện vào năm 2022, công "
                  "suất 20.000 tấn sản phẩm/năm với vốn đầu tư gần 1.500 tỷ đồng. Đến năm 2023, An Phát đặt mục tiêu các sản phẩm sinh học "
                  "phân hủy hoàn toàn sẽ đóng góp 40-50% trong cơ cấu doanh thu của DN."], None)
    assert _row(rows, "nhiều DN đã tìm ra chiến lược") == ("activity", 2020)
    assert _row(rows, "khởi công vào đầu năm 2021") == ("task", 2021)


@pytest.mark.parametrize("paragraphs, words, year", [
    # … but a date in a task clause is when a thing was done, the directive sent with it: "Ngày 22/9/2020, … đã gửi Thư tham vấn …
    # và đề nghị DTI …" (de-nghi-philippines-dua-viet-nam-ra-khoi-danh-sach-dieu-tra-tu-ve-nhua, corpus-large).
    (["Giai đoạn điều tra (POI): Từ 2015 đến 2019.",
      "Ngày 22/9/2020, Cục Phòng vệ thương mại đã gửi Thư tham vấn tới DTI bày tỏ ý kiến về vụ việc và đề nghị DTI loại trừ Việt Nam "
      "ra khỏi phạm vi áp dụng của biện pháp tự vệ.",
      "Thời gian vừa qua, Cục Phòng vệ thương mại nhận được thông tin từ Thương vụ Việt Nam tại Philippines về việc Bộ Công Thương "
      "Philippines tiến hành điều tra."], "Thời gian vừa qua", 2020),
    # … nor is a year a comparison measures against the page's: the page names 2017 only in its tasks and reviews it
    # (bm_chu-tich-ubnd-tp-ha-noi-nguyen-duc-chung-chan-chinh…, ../shared/corpus-portals).
    (["Tổng trị giá hàng hóa dự trữ tăng thêm của hệ thống phân phối, bán lẻ trên địa bàn đạt khoảng 23.000 tỷ đồng, tăng khoảng 10% so "
      "với kế hoạch dự trữ hàng hóa Tết năm 2016. Thành phố Hà Hội tổ chức 18 phiên chợ Việt.",
      "Chủ tịch UBND TP yêu cầu các sở ngành khẩn trương thực hiện. Trong đó, một trong những nhiệm vụ quan trong là thực hiện hiệu "
      "quả “Năm Kỷ cương hành chính 2017”."], "Thành phố Hà Hội tổ chức 18 phiên chợ Việt", 2017),
])
def test_a_date_or_a_comparison_is_no_plan_year(paragraphs, words, year):
    assert _row(_rows(paragraphs, None), words) == ("activity", year)


def test_the_year_in_a_standards_number_dates_nothing():
    # "TCVN 6072:2013" is the standard's number and the year it was set, not when the page's work was done: the meeting of a page of
    # 2020 is of 2020 (hai-quan-cuong-quyet-kiem-soat-chat-mat-hang-da-voi-xuat-khau, fresh18).
    rows = _rows(["Ngày 22/12/2020, Tổng cục Hải quan ban hành công văn 8019/TCHQ-TXNK về việc phân loại mặt hàng đá.",
                  "Tại buổi họp diễn ra chiều 30/12 giữa đại diện Lãnh đạo Tổng cục Hải quan với đại diện Vụ Vật liệu xây dựng (cơ quan xây "
                  "dựng các quy định, hướng dẫn XK khoáng sản làm vật liệu xây dựng) và đại diện Viện Tiêu chuẩn Chất lượng Việt Nam "
                  "(đơn vị thẩm định Tiêu chuẩn Việt Nam TCVN 6072:2013 về đá vôi để sản xuất clanhke xi măng Pooc lăng), đại diện các đơn vị "
                  "đều thống nhất và cho ý kiến đối với điểm g khoản 1 Điều 64 Luật Khoáng sản quy định.",
                  "Đồng thời, Tổng cục Hải quan cũng tiến hành kiểm tra một số hồ sơ XK do Cục Hải quan Quảng Ninh cung cấp."], None)
    assert _row(rows, "đều thống nhất và cho ý kiến") == ("activity", 2020)


def test_a_statistic_stated_year_by_year_is_one_activity_a_year():
    # Alike in words, the figures of three years are three activities, each of its own year, not one stated three times
    # (hoat-dong-ma-gia-tang-va-nguy-co-tiem-an, fresh18).
    rows = _rows(["Số liệu từ Bộ KH&ĐT cho thấy, trong năm 2019 đã có gần 10 nghìn lượt góp vốn, mua cổ phần của nhà đầu tư nước ngoài "
                  "với tổng giá trị vốn góp 15,5 tỷ USD, tăng 56,4% so với cùng kỳ 2018. Con số này của năm 2018 là gần 6,5 nghìn lượt góp "
                  "vốn, mua cổ phần với tổng giá trị vốn góp gần 10 tỷ USD, tăng gần 60% so với năm 2017. Trong 10 tháng năm 2020, có gần "
                  "5,5 nghìn lượt góp vốn mua cổ phần của nhà đầu tư nước ngoài, giảm 27,4% so với cùng kỳ với giá trị vốn góp đạt 6,1 tỷ USD."],
                 None)
    assert _row(rows, "trong năm 2019 đã có") == ("activity", 2019)
    assert _row(rows, "Con số này của năm 2018") == ("activity", 2018)
    assert _row(rows, "Trong 10 tháng năm 2020") == ("activity", 2020)


def test_a_birth_year_dates_no_action_nor_page():
    # "tài xế Đào Duy Cường, sinh năm 1975" on an undated page of December: 1975 is a person's birth, not the year the page reports,
    # and no task is for the year "Nguyễn Văn Bảo, sinh năm 1967" was born (ha-tinh-tam-giu-xe-khach-cho-gan-mot-tan-go-trac, fresh22).
    from pipeline.extract.years import year_roles, year_spans
    from pipeline.text.phrases import lower
    sentence = ("Vào lúc 2 giờ 15 phút ngày 26/12, lực lượng Công an Hà Tĩnh đã phát hiện xe ô tô khách BKS 81B-007.89 chạy hướng từ nam "
                "ra bắc, do tài xế Đào Duy Cường, sinh năm 1975, trú tại xã Sông An điều khiển.")
    assert year_roles(lower(sentence), year_spans(sentence)) == ["born"]
    rows = _rows([sentence, "Đối tượng Trần Văn Minh, sinh năm 1971, sẽ vận chuyển số lượng lớn ma túy mua được ra các tỉnh phía Bắc."], None)
    assert all(year not in (1975, 1971) for _, year, _ in rows), rows
    # (A near miss: "phát sinh năm 2020" is what arose that year, which dates its clause.)
    rows = _rows(["Cục Hải quan đã xử lý các vướng mắc phát sinh năm 2020 cho 40 doanh nghiệp."], None)
    assert _row(rows, "xử lý các vướng mắc") == ("activity", 2020)


def test_an_event_later_in_the_year_than_the_photos_upload_month_is_of_the_year_before():
    # Photos put online in January 2021 under a seizure "vào trưa 26/11": the seizure was made in 2020 (hai-quan-an-giang-bat-them-20-kg-ma-tuy,
    # ../shared/corpus-large; so ha-tinh-tam-giu-xe-khach-cho-gan-mot-tan-go-trac, "2 giờ 15 phút ngày 26/12"). The near miss: an event
    # of the upload month itself ("ngày 12/1") is of the upload's year.
    def rows(day: str):
        page = CleanPage(title="Tin", blocks=[
            Block("title", "Tin"),
            Block("caption", "20 kg ma tuý do Hải quan An Giang bắt giữ",
                  image="https://hddtvn.com/wp-content/uploads/2021/01/5407_ma-tuy.jpg"),
            Block("body", f"Trước đó vào khoảng 12 giờ 30 phút ngày {day}, công chức hải quan Chi cục Hải quan cửa khẩu quốc tế Tịnh Biên "
                          "phát hiện một người đàn ông vác theo một cái thùng hàng."),
            Block("body", "Cục Hải quan An Giang đã tạm giữ tang vật hơn 30 kg ma tuý.")])
        return [(c.kind, c.year, c.description) for c in find_commitments(page.text, sentences_of(page), None)]
    assert _row(rows("26/11"), "đã tạm giữ tang vật") == ("activity", 2020)
    assert _row(rows("12/1"), "đã tạm giữ tang vật") == ("activity", 2021)


def test_what_a_page_has_just_done_is_of_its_photos_year_not_of_the_history_it_reviews():
    # "vừa ký Quyết định 2219/QĐ-TCHQ" on a page whose photo went online in August 2020, after the firm's history (2006 … 2017):
    # the signing is the page's news, of 2020 (gia-han-doanh-nghiep-uu-tien-doi-voi-cong-ty-posco-vst, ../shared/corpus-large). The near
    # miss: a photo put online in January may show the news of the December before, and the page keeps its own year
    # (day-manh-doi-moi-nang-cao-hieu-qua-hoat-dong-doanh-nghiep-nha-nuoc: "Chính phủ vừa ban hành Nghị quyết số 161/NQ-CP").
    def rows(address: str):
        page = CleanPage(title="Tin", blocks=[
            Block("title", "Tin"),
            Block("caption", "Thép POSCO được công nhận doanh nghiệp ưu tiên", image=address),
            Block("body", "Tổng cục trưởng Tổng cục Hải quan Nguyễn Văn Cẩn vừa ký Quyết định 2219/QĐ-TCHQ gia hạn áp dụng doanh nghiệp "
                          "ưu tiên đối với Công ty TNHH POSCO VST."),
            Block("body", "Năm 2012, Công ty TNHH POSCO VST hoàn thành nhà máy cán thép không gỉ mới."),
            Block("body", "Công ty TNHH POSCO VST được công nhận doanh nghiệp ưu tiên lần đầu năm 2017.")])
        return [(c.kind, c.year, c.description) for c in find_commitments(page.text, sentences_of(page), None)]
    august = "https://haiquanonline.com.vn/stores/news_dataimages/binhht/082020/27/09/in_article/1145_thep-posco.jpg?rt=20200827094330"
    january = "https://hddtvn.com/wp-content/uploads/2020/01/1145_thep-posco.jpg"
    assert _row(rows(august), "vừa ký Quyết định 2219") == ("activity", 2020)
    assert _row(rows(january), "vừa ký Quyết định 2219") == ("activity", 2017)


def test_a_full_date_in_a_task_is_when_it_is_due():
    # "dự kiến đưa vào khai thác ngày 31/12/2020" sets the task for 2020, as "trước ngày 31/12/2020" does, though the page's tasks
    # are for 2021 (dua-2-du-an-duong-bang-noi-bai-tan-son-nhat-vao-khai-thac-truoc-31-12-2020, ../shared/corpus-large); the near miss:
    # the date of a document the task cites ("theo Quyết định số 1232/QĐ-TTg ngày 17/8/2017", thu-tuong-chi-thi-day-manh-co-phan-hoa-
    # thoai-von-nha-nuoc-tai-dn, ../shared/corpus) dates nothing.
    rows = _rows(["Về nhiệm vụ năm 2021, Bộ Giao thông vận tải cần bảo đảm tiến độ các dự án đường băng.",
                  "Cảng hàng không Tân Sơn Nhất dự kiến đưa vào khai thác ngày 31/12/2020 đường cất hạ cánh 25R/07L.",
                  "Các bộ, ngành cần xây dựng lộ trình, thời gian cụ thể để triển khai việc thoái vốn theo Quyết định số 1232/QĐ-TTg "
                  "ngày 17/8/2017 của Thủ tướng Chính phủ."], None)
    assert _row(rows, "dự kiến đưa vào khai thác ngày 31/12/2020") == ("task", 2020)
    assert _row(rows, "xây dựng lộ trình") == ("task", 2021)


def test_a_quota_cut_from_its_report_is_of_the_reports_year():
    # The quota a revenue report measures its result by is the one of the year reported, not the year of the tasks the page sets
    # (hai-quan-lang-son-hoan-thanh-xuat-sac-nhiem-vu-thu-ngan-sach, ../shared/corpus-large, an undated page that reviews 2020).
    rows = _rows(["Trong năm 2020, Cục Hải quan Lạng Sơn đã làm thủ tục hải quan cho 3.032 doanh nghiệp với 81.845 bộ tờ khai.",
                  "Hải quan Lạng Sơn đã thu đạt 4.290,3 tỷ đồng, bằng 126% dự toán thu NSNN (3.400 tỷ đồng) và tăng 15,8% so với cùng kỳ.",
                  "Năm 2021, Hải quan Lạng Sơn phấn đấu hoàn thành nhiệm vụ thu NSNN năm 2021 được giao là 3.800 tỷ đồng."], None)
    assert [(kind, year) for kind, year, text in rows if text == "dự toán thu NSNN (3.400 tỷ đồng)"] == [("task", 2020)], rows
    assert any(kind == "task" and year == 2021 and "3.800" in text for kind, year, text in rows), rows
