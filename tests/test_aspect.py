"""Tasks and activities by the grammar of aspect: what a page reports as done and what it sets to do.

Each case is a small page (its paragraphs) and words of the clauses that must come out as tasks or as
activities. Written from how Vietnamese news states directives and
results, not from the gold pages."""
from __future__ import annotations

import pytest

from pipeline.extract.commitments import find_commitments
from pipeline.text.blocks import Block, CleanPage
from pipeline.text.clean import clean_page
from pipeline.text.segment import sentences_of

# These test the rules; the learned second opinion on a clause's kind is off (see conftest.rules_alone).
pytestmark = pytest.mark.usefixtures("rules_alone")


def _kinds(paragraphs: list[str], published_year: int | None = 2025) -> dict[str, tuple[str, int | None]]:
    page = CleanPage(title="Tin", blocks=[Block("title", "Tin")] + [Block("body", p) for p in paragraphs])
    return {c.description: (c.kind, c.year) for c in find_commitments(page.text, sentences_of(page), published_year)}


def _kind_of(kinds: dict, words: str) -> tuple[str, int | None]:
    found = [v for k, v in kinds.items() if words in k]
    assert found, f"no row holds {words!r}: {sorted(kinds)}"
    return found[0]


CASES = [
    # A directive to named addressees frames the passage; an imperative item after it is a task.
    (["Thủ tướng Chính phủ yêu cầu Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh tổ chức quán triệt sâu sắc các chỉ đạo về tháo gỡ vướng mắc.",
      "Đồng thời, rà soát toàn diện danh mục các dự án có khó khăn, vướng mắc trong phạm vi quản lý."],
     {"Thủ tướng Chính phủ yêu cầu Bộ": "task", "rà soát toàn diện danh mục các": "task"}),
    # An aspect word inside a later relative clause does not make a directive a report.
    (["Bộ trưởng đề nghị các đơn vị tập trung xử lý dứt điểm các vướng mắc của doanh nghiệp.",
      "Bên cạnh đó, tăng cường tổ chức kiểm tra, giám sát, không để tái phạm các sai phạm đã tồn tại."],
     {"tăng cường tổ chức kiểm tra, gi": "task"}),
    # A frame named inside a report does not make the results after it tasks.
    (["Sáng 13/7, Tập đoàn tổ chức hội nghị sơ kết 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2017 tại Hà Nội. "
      "Sản lượng khai thác dầu thô đạt 7,9 triệu tấn, vượt 6% kế hoạch. Doanh thu toàn Tập đoàn tăng 13% so với cùng kỳ."],
     {"Sản lượng khai thác dầu thô đạt": "activity", "Doanh thu toàn Tập đoàn tăng 1": "activity"}),
    # A frame opening its sentence governs what follows; a result with its figure ends it.
    (["Về nhiệm vụ năm 2026, các đơn vị tiếp tục đẩy mạnh cải cách thủ tục hành chính. Tập trung hoàn thiện hệ thống dữ liệu dùng chung của ngành.",
      "Năm 2025, toàn ngành đã thu ngân sách đạt 420 nghìn tỷ đồng, vượt 8% dự toán."],
     {"Tập trung hoàn thiện hệ thống d": "task", "toàn ngành đã thu ngân sách đạ": "activity"}),
    # A numbered item that reports nothing done is a directive of the list.
    (["8. Xác định rõ trách nhiệm cá nhân, tổ chức trong việc để chậm trễ công tác cổ phần hóa."],
     {"Xác định rõ trách nhiệm cá nhân": "task"}),
    # Reminding and assigning named bodies are directives; a result with its figure is a thing done.
    (["Do đó, Thủ tướng Chính phủ nhắc nhở Ban Chỉ đạo đôn đốc, thống nhất chủ trương triển khai các dự án.",
      "Đường sắt xảy ra 76 vụ tai nạn trong 6 tháng đầu năm, giảm 5 vụ so với cùng kỳ."],
     {"nhắc nhở Ban Chỉ đạo đôn đốc": "task", "Đường sắt xảy ra 76 vụ": "activity"}),
    # "đang" marks work in progress: a report, even with an urgency word after it.
    (["Sở Nông nghiệp và Môi trường cho biết, đơn vị đang khẩn trương hoàn tất các ý kiến góp ý của địa phương đối với bảng giá đất năm 2026."],
     {"Sở Nông nghiệp và Môi trường c": "activity"}),
    # A directive after an aspect word or a result with its figure is part of what was done.
    (["Sở Tài chính đã có văn bản đề nghị các doanh nghiệp bổ sung hồ sơ quyết toán."], {"Sở Tài chính đã có văn bản đề": "activity"}),
    (["Lực lượng chức năng bắt giữ 45 vụ, chuyển cơ quan điều tra kiến nghị khởi tố 12 vụ buôn lậu."], {"Lực lượng chức năng bắt giữ 4": "activity"}),
    (["Tại phiên họp, Bộ trưởng chỉ ra 4 nhiệm vụ trọng tâm của ngành trong quý tới."], {"Tại phiên họp, Bộ trưởng chỉ r": "activity"}),
    # A year or a span of months is not a result's figure: the directive after it stands.
    (["Trong những tháng còn lại của năm 2025, Chủ tịch yêu cầu các sở khẩn trương hoàn thiện hồ sơ dự án."], {"Trong những tháng còn lại của": "task"}),
    # A comparison with an earlier period reports a measured change, even far from its verb.
    (["Về nhiệm vụ năm 2026, Sở cần tiếp tục kiềm chế tai nạn giao thông.",
      "Năm 2025, toàn tỉnh giảm cả về số vụ, số người chết và số người bị thương so với cùng kỳ năm trước."],
     {"toàn tỉnh giảm cả về số vụ": "activity"}),
    # "yêu cầu" as a noun (the requirements met or served), "phải" in a relative clause of a thing, and
    # "quyết liệt" qualifying a past direction set nothing to do.
    (["Công tác tổ chức bộ máy tiếp tục được hoàn thiện, phục vụ yêu cầu nhiệm vụ chính trị của ngành."], {"Công tác tổ chức bộ máy tiếp t": "activity"}),
    (["Danh mục các mặt hàng phải kiểm tra chuyên ngành được công bố trên Cổng thông tin một cửa quốc gia."], {"Danh mục các mặt hàng phải kiể": "activity"}),
    (["Với sự chỉ đạo quyết liệt của Ủy ban nhân dân tỉnh, các sở ngành đã giải ngân 85% kế hoạch vốn."], {"Với sự chỉ đạo quyết liệt của": "activity"}),
    # A subjectless sentence opening with its verb goes on with the directive before it, in the same
    # paragraph or in the next one of a passage of tasks.
    (["Theo ông Hùng, một trong những giải pháp là các đơn vị cần rà soát toàn bộ hồ sơ tồn đọng. Tăng cường kiểm tra việc chấp hành quy định tại các cửa hàng xăng dầu."],
     {"Tăng cường kiểm tra việc chấp": "task"}),
    (["Thời gian tới, Sở sẽ tập trung số hóa hồ sơ đất đai của tỉnh.", "Mở rộng việc tiếp nhận hồ sơ trực tuyến tại tất cả các xã, phường."],
     {"Mở rộng việc tiếp nhận hồ sơ t": "task"}),
    # "có kết quả" reports, and ends a passage of tasks.
    (["Thời gian tới, các chi cục cần tiếp tục cải cách thủ tục hải quan. Một số chi cục có kết quả thu tốt như Chi cục Hải quan Móng Cái, Chi cục Hải quan Lào Cai."],
     {"Một số chi cục có kết quả thu": "activity"}),
    # A clause with no cue that opens with a year before the page's reports that year's work, after a task too.
    (["Sở Công Thương cho biết, trong năm 2025 sẽ mở rộng mạng lưới chợ đầu mối. "
      "Trong năm 2024, Sở cũng thực hiện thẩm định 45 hồ sơ cấp phép kinh doanh xăng dầu."],
     {"Trong năm 2024, Sở cũng thực": "activity"}),
    # The hour or the day of an event narrates it: no task carries over to it ("sau đó tiếp tục" is a sequence).
    (["Kế hoạch yêu cầu các lực lượng tăng cường tuần tra tại các tuyến biên giới trọng điểm.",
      "Theo Công an huyện, tổ công tác phát hiện một nhóm đối tượng vận chuyển pháo nổ, sau đó tiếp tục theo dõi hành trình của nhóm này.",
      "Đến khoảng 21 giờ 30 phút ngày 12/12, tổ công tác bắt giữ 3 đối tượng cùng tang vật tại bến đò."],
     {"tổ công tác phát hiện một nhóm": "activity", "tổ công tác bắt giữ 3 đối tượng": "activity"}),
    # After a sentence of results that ends with a forecast, a clause with no cue goes on reporting.
    (["Thu từ kiểm tra sau thông quan đạt 12 tỷ đồng; dự kiến thu từ các dự án điện gió là 30 tỷ đồng. "
      "Ngoài số thu này, các chi cục thực hiện xác minh xuất xứ đối với 40 lô hàng nhập khẩu từ các nước."],
     {"các chi cục thực hiện xác minh": "activity"}),
    # A subjectless sentence going on with a report: a directive inside it was given as part of that work.
    # It opens no passage of tasks either: the paragraph after it that goes on with "Bên cạnh đó" reports too.
    (["Chi cục đã kiểm tra 120 tờ khai có dấu hiệu rủi ro về trị giá.",
      "Bên cạnh đó, kiểm tra thực tế hàng hóa tại cửa khẩu, khi nghi vấn thì yêu cầu doanh nghiệp xuất trình chứng từ gốc.",
      "Bên cạnh đó, các đội tiến hành kiểm tra tại cơ sở sản xuất của doanh nghiệp có dấu hiệu gian lận xuất xứ."],
     {"kiểm tra thực tế hàng hóa tại": "activity", "các đội tiến hành kiểm tra tại": "activity"}),
    # A document issued with its number reports it, as a figure does; one a task is about, named further on, does not.
    (["Thủ tướng yêu cầu các bộ rà soát các văn bản hướng dẫn. "
      "Bộ Tài chính ban hành Quyết định số 215/QĐ-BTC về kế hoạch cải cách thủ tục thuế của ngành tài chính."],
     {"Bộ Tài chính ban hành Quyết đị": "activity"}),
    (["Thủ tướng yêu cầu các bộ rà soát các văn bản hướng dẫn. "
      "Bộ Tài chính ban hành Thông tư thay thế Thông tư 38/2015/TT-BTC trong quý III."],
     {"Bộ Tài chính ban hành Thông tư": "task"}),
    # A manner cue made a noun ("sự nhanh chóng") or after the verb of a clause made a noun ("việc triển khai quyết
    # liệt") says how a thing went.
    (["Kỳ thi được tổ chức đúng quy định, nhận được phản hồi tích cực của thí sinh vì sự nhanh chóng, minh bạch của khâu chấm thi."],
     {"Kỳ thi được tổ chức đúng quy đ": "activity"}),
    (["Với việc triển khai quyết liệt nhiều giải pháp chống thất thu, Cục Thuế tỉnh vẫn hoàn thành vượt mức dự toán năm 2024."],
     {"Với việc triển khai quyết liệt": "activity"}),
    # "Cần" closing a person's name is no modal verb.
    (["Theo đánh giá của ông Lê Văn Cần, Giám đốc Sở Tài chính, tình hình thu ngân sách của tỉnh khả quan, vượt 5% dự toán."],
     {"Theo đánh giá của ông Lê Văn C": "activity"}),
    # A directive reported as given, whose content carries a cue of its own, sets what is still to do; one whose
    # content has none reports what was told.
    (["Trước tình hình đó, lãnh đạo Cục đã chỉ đạo sát sao, yêu cầu các chi cục tiếp tục rà soát các tờ khai có rủi ro cao về trị giá."],
     {"Trước tình hình đó, lãnh đạo Cục": "activity", "yêu cầu các chi cục tiếp tục rà": "task"}),
    (["Giám đốc Sở đã yêu cầu các phòng chuyên môn cần kiểm tra lại toàn bộ hồ sơ đấu thầu của dự án."],
     {"yêu cầu các phòng chuyên môn cầ": "task"}),
    (["Lãnh đạo Cục đã yêu cầu các chi cục thống kê số tờ khai phát sinh trong quý III."],
     {"Lãnh đạo Cục đã yêu cầu các chi": "activity"}),
    (["Một số doanh nghiệp đã nộp hồ sơ sai nơi tiếp nhận hoặc yêu cầu cơ quan quản lý tiếp tục công bố sản phẩm thay mình."],
     {"Một số doanh nghiệp đã nộp hồ s": "activity"}),
    # A figure after a modal verb is what is still to be reached, not a result.
    (["Từ nay đến cuối năm, Cục Hải quan tỉnh còn phải thu thêm 1.200 tỷ đồng để hoàn thành dự toán."],
     {"Từ nay đến cuối năm, Cục Hải qu": "task"}),
    # A body's target is a task: "đặt mục tiêu".
    (["Năm nay, ngân hàng đặt mục tiêu tăng trưởng tín dụng 12% và giữ tỷ lệ nợ xấu dưới 1,5%."],
     {"Năm nay, ngân hàng đặt mục tiêu": "task"}),
    # In a passage of tasks, an item that opens with its verb is a directive, whatever "đã" a relative clause holds.
    (["Thời gian tới, Sở cần nâng cấp hệ thống một cửa điện tử của tỉnh.",
      "Kết nối dữ liệu của các phần mềm chuyên ngành đã triển khai với Cổng dịch vụ công quốc gia."],
     {"Kết nối dữ liệu của các phần mề": "task"}),
    # A day and month after a result verb is no figure: "thu 24/7" names a service.
    (["Tổng cục yêu cầu các cục hải quan tập trung thực hiện các giải pháp tăng thu ngân sách.",
      "Theo đó, thường xuyên cập nhật chính sách mới, tổ chức tập huấn cho doanh nghiệp, mở rộng chương trình phối hợp thu 24/7 với các ngân hàng."],
     {"thường xuyên cập nhật chính sách": "task"}),
    # A verb of speech after a modal verb, its object right after it, is part of what the modal sets.
    (["Bộ trưởng tin rằng Tập đoàn sẽ bứt phá mạnh mẽ, khẳng định vị thế dẫn đầu mà ngành đã dày công xây dựng."],
     {"Bộ trưởng tin rằng Tập đoàn sẽ": "task"}),
]

# Sentences of real pages (the customs site's large corpus, through ../shared/corpus-large).
CASES += [
    # A paragraph that "Theo đó" opens spells out the plan the paragraph before set: its bare clauses are tasks too
    # (hai-quan-nghe-an-trien-khai-do-thoi-gian-giai-phong-hang-tu-ngay-19-den-ngay-24). "Ngoài ra" only adds, and
    # what it adds keeps its own aspect (see test_an_added_paragraph_keeps_its_aspect).
    (["Từ dữ liệu, kết quả đo, Hải quan Nghệ An sẽ có các phân tích, đánh giá so sánh kết quả đo giữa các năm nhằm đánh giá hiệu quả "
      "việc thực hiện các giải pháp giảm thời gian thông quan của đơn vị trong toàn Cục.",
      "Theo đó, Hải quan Nghệ An tổ chức triển khai thực hiện đo đối với tất cả các loại hình hàng hóa XNK được thực hiện thủ tục tại "
      "Chi cục Hải quan Vinh."],
     {"Theo đó, Hải quan Nghệ An tổ chức": "task"}),
    # A verb that performs its act ("ghi nhận") opening a subjectless item after the steps of a plan is that item's bare verb
    # (the same page).
    (["Trong đó, đơn vị sẽ thu thập dữ liệu đối với 100% các tờ khai hải quan thực hiện đăng ký chính thức trong 6 ngày làm việc "
      "liên tục, từ ngày 19-24/10. Đồng thời, ghi nhận thường xuyên, đầy đủ thời điểm bắt đầu kiểm tra hồ sơ, bắt đầu kiểm tra thực "
      "tế hàng hóa trên hệ thống Ecus theo yêu cầu của Tổng cục Hải quan."],
     {"Đồng thời, ghi nhận thường xuyên": "task"}),
    # A done mark just after "sau khi" tells what comes first; the modal after it decides (the same page).
    (["Trường hợp tờ khai được giải phóng hàng, chưa được xác nhận hoàn thành kiểm tra (CEA) do phải chờ kết quả phân tích, giám "
      "định… công chức thực hiện sau khi ghi nhận kết quả kiểm tra hồ sơ trên hệ thống VNACCS sẽ đề xuất chấp nhận cho DN được giải "
      "phóng hàng."],
     {"Trường hợp tờ khai được giải phóng": "task"}),
    # A state or a movement that goes on ("tiếp tục giảm", "tiếp tục xuống") is no task: it reports how things went
    # (tam-biet-2020-gia-vang-sjc-vuot-56-trieu-dong-luong).
    (["Trong phiên giao dịch cuối cùng của năm 2020, chỉ số USD tiếp tục giảm mạnh, giúp giá vàng thế giới tiếp tục đi lên, đẩy giá "
      "vàng trong nước cũng tăng khá mạnh."],
     {"Trong phiên giao dịch cuối cùng": "activity"}),
]


# Sentences of real pages: after what an expert says firms need, a condition and what would follow from it, and "là" as the verb
# of a clause (what a thing is), state how things are or would be, no task (de-hang-viet-xuat-khau-khong-con-vo-danh, the customs
# site's large corpus); a condition whose consequence a modal opens is a rule, a task (tnt_se-to-chuc-hoi-nghi-toan-quoc-trien-khai…,
# ../shared/corpus-portals: there the cue "phải xử lý" is masked as the noun phrase it often is).
# (None: no task row holds the words.)
@pytest.mark.parametrize("paragraphs, words, kind", [
    (["Bà Phạm Thị Kim Loan cho rằng, để xây dựng được một thương hiệu tốt phải đi từ nền móng vững chắc, phải có sản phẩm tốt, chăm "
      "sóc khách hàng tốt, marketting tốt… Nếu chỉ người Việt phát triển thì năng lực không chạy kịp với thế giới."],
     "Nếu chỉ người Việt phát triển", None),
    (["Muốn xây dựng thương hiệu, DN rất cần ý chí, quyết tâm và tri thức của ban lãnh đạo. Các DN cần cách tiếp cận mạch lạc hơn, nên "
      "theo học các khóa đào tạo, tiếp cận chia sẻ với các chuyên gia về thương hiệu, cập nhật kiến thức. Đây là những vấn đề đóng vai "
      "trò nòng cốt, không phải cứ có tiền là DN làm được."],
     "Đây là những vấn đề", None),
    (["Phó Thủ tướng sẽ có chỉ đạo gấp để tất cả các bộ, cơ quan ngang bộ rà soát lại toàn bộ văn bản pháp luật (luật, nghị định). "
      "Nếu các luật chuyên ngành liên quan đến thẩm quyền của đơn vị hành chính cấp huyện thì phải xử lý bằng một nghị quyết."],
     "Nếu các luật chuyên ngành", "task"),
    # "nên" right after the subject that opens its clause advises (should): a modal verb (the same large-corpus page); after a
    # clause, it links a consequence (so: "… (FTA) nên nguy cơ vi phạm vẫn rất cao", ../shared/corpus).
    (["Mỗi thị trường, mỗi khu vực có sự khắc nghiệt khác nhau. Các DN nên tìm kiếm thị trường ngách, phù hợp với năng lực của DN "
      "và thị hiếu thị trường."],
     "Các DN nên tìm kiếm thị trường ngách", "task"),
    (["Việt Nam tham gia nhiều Hiệp định Thương mại tự do (FTA) nên nguy cơ vi phạm vẫn rất cao."], "Việt Nam tham gia nhiều", None),
])
def test_what_is_or_would_be_is_no_task(paragraphs, words, kind):
    found = [k for d, (k, _) in _kinds(paragraphs).items() if words in d]
    assert (found[0] if found else None) == kind if kind else "task" not in found, found


def test_a_headline_that_directs_is_a_task_when_the_body_sets_none():
    # khan-truong-dieu-tra-xu-ly-vi-pham-trong-cap-c-o-cua-cong-ty-dai-minh-viet (the customs site's large corpus): the body reports
    # the case, the headline sets what is to be done; tang-cuong-ky-cuong-ky-luat-cong-vu-trong-thuc-hien-nghiep-vu (../shared/corpus):
    # the body sets its tasks in its own words, which the headline sums up.
    def rows(title, paragraph):
        page = CleanPage(title=title, blocks=[Block("title", title), Block("body", paragraph)])
        return [(c.kind, c.description) for c in find_commitments(page.text, sentences_of(page), 2018)]
    assert ("task", "Khẩn trương điều tra, xử lý vi phạm trong cấp C/O của Công ty Đại Minh Việt") in rows(
        "Khẩn trương điều tra, xử lý vi phạm trong cấp C/O của Công ty Đại Minh Việt",
        "Qua công tác nghiệp vụ, Cục Điều tra chống buôn lậu đã phát hiện hành vi vi phạm liên quan đến lĩnh vực chứng nhận xuất xứ hàng hóa.")
    assert not any(d.startswith("Tăng cường kỷ cương") for _, d in rows(
        "Tăng cường kỷ cương kỷ luật công vụ trong thực hiện nghiệp vụ",
        "Khắc phục thực tế này, Hải quan Hải Phòng sẽ cải tiến công tác quản lý nội bộ, giám sát việc thực thi công vụ của CBCC."))


def test_an_added_paragraph_keeps_its_aspect():
    # "Ngoài ra" adds what the cells reported to the rule they described, which a "phải" states
    # (se-bo-sung-tinh-nang-he-thong-cntt-phu-hop-voi-quy-dinh-moi, ../shared/corpus).
    kinds = _kinds(["Về quy định 1 giờ làm việc sau khi nhận được chứng từ mà người khai hải quan gửi qua hệ thống, công chức hải quan "
                    "phải kiểm tra và phản hồi qua hệ thống về việc đã nhận đủ hồ sơ.",
                    "Ngoài ra, các cục hải quan tỉnh, thành phố còn phản ánh các khó khăn bất cập khác liên quan đến việc kiểm hóa hộ, "
                    "thủ tục hải quan đối với hàng hóa quá cảnh."])
    assert _kind_of(kinds, "Ngoài ra, các cục hải quan")[0] == "activity"


@pytest.mark.parametrize("paragraphs, expected", CASES, ids=lambda v: v[0][:40] if isinstance(v, list) else "")
def test_aspect_decides_task_or_activity(paragraphs, expected):
    kinds = _kinds(paragraphs)
    for start, kind in expected.items():
        assert _kind_of(kinds, start)[0] == kind, (start, kinds)


@pytest.mark.parametrize("paragraph", [
    # "tiếp tục" before a state ("thấp", "gặp khó khăn") says the state goes on: nothing is set to do.
    "Bộ Tài chính nhận thấy kết quả giải ngân vốn vay ưu đãi vẫn tiếp tục thấp do chưa có khối lượng.",
    "Theo Hiệp hội, các doanh nghiệp dệt may tiếp tục gặp nhiều khó khăn về đơn hàng xuất khẩu.",
    # … and so does "tiếp tục" before a movement of a price or an index (tam-biet-2020-gia-vang-sjc-vuot-56-trieu-dong-luong, the
    # customs site's large corpus), and "được tiếp tục", a passive of what went on ("Đà tăng nay được tiếp tục tới phiên sáng nay").
    "Trên thị trường tiền tệ, tính đến 9 giờ sáng nay, chỉ số đồng DXY đo lường biến động của đồng USD so với 6 đồng tiền chủ chốt "
    "khác tiếp tục xuống “đáy” của hơn 2 năm, ở mức 89,54 điểm.",
    "Trong phiên giao dịch cuối cùng của năm 2020, chỉ số USD tiếp tục giảm mạnh, giúp giá vàng thế giới tiếp tục đi lên, đẩy giá "
    "vàng trong nước cũng tăng theo.",
    "Giá vàng thế giới đã tăng mạnh trong phiên trước. Đà tăng nay được tiếp tục tới phiên sáng nay.",
    # … and before an effect that goes on ("ảnh hưởng", "tác động", "diễn ra", "lan rộng"): pmi-lui-ve-duoi-nguong-50-diem-do-bao-lu-va-dich-benh,
    # evfta-cuu-xuat-khau-ca-ngu-khong-bi-giam-sau, the customs site's large corpus.
    "Cùng với việc làm tổn hại hoạt động sản xuất, thời tiết mưa bão và đại dịch Covid-19 tiếp tục ảnh hưởng đến hoạt động giao hàng "
    "cho các nhà sản xuất.",
    "Hiệp định Thương mại Tự do giữa Liên minh châu Âu và Việt Nam (EVFTA) tiếp tục tác động tốt tới xuất khẩu (XK) cá ngừ của Việt "
    "Nam sang thị trường EU.",
    # … and before a trend or a record that goes on ("tiếp tục đà tăng trưởng", "tiếp tục xác lập kỷ lục"): a report of how the
    # figures went (xuat-nhap-khau-dat-gan-389-ty-usd, the customs site's large corpus, fresh15).
    "Dữ liệu thống kê sơ bộ mới nhất của Tổng cục Hải quan cho thấy, tháng 9, tổng trị giá xuất nhập khẩu của Việt Nam tiếp tục xác "
    "lập kỷ lục mới và là tháng thứ hai liên tiếp kể từ đầu năm ghi nhận dấu mốc trên 50 tỷ USD.",
    "Trong khi đó, hoạt động nhập khẩu tiếp tục đà tăng trưởng với trị giá đạt 24,2 tỷ USD, tăng 6,5% so với tháng trước.",
])
def test_a_state_that_goes_on_is_no_task(paragraph):
    assert all(kind != "task" for kind, _ in _kinds([paragraph]).values())


def test_an_activity_is_not_dated_after_its_page():
    kinds = _kinds(["Sở Nông nghiệp và Môi trường cho biết, đơn vị đang khẩn trương hoàn tất các ý kiến góp ý của địa phương đối với bảng giá đất năm 2026."], 2025)
    assert _kind_of(kinds, "Sở Nông nghiệp và Môi trường c") == ("activity", 2025)


@pytest.mark.parametrize("paragraph, year", [
    # The year of a document's number is when the document was issued, not when the page's work is done.
    ("Hội thảo góp ý sửa đổi Nghị định 08/2015/NĐ-CP đã thu hút hơn 200 doanh nghiệp tham dự.", None),
    ("Năm 2024, Cục đã hướng dẫn doanh nghiệp thực hiện Nghị định 08/2015/NĐ-CP trên toàn quốc.", 2024),
])
def test_a_document_numbers_year_is_not_the_activitys(paragraph, year):
    assert _kind_of(_kinds([paragraph], None), paragraph[:30]) == ("activity", year)


@pytest.mark.parametrize("line, date, url, credit", [
    ("Giờ đăng: 11:57 ngày 26/05/2025", "2025-05-26", "", ""),
    ("**Giờ đăng bài viết gốc: 16/03/2025 17:47**", "2025-03-16", "", ""),
    ("Ngày đăng bài viết gốc: 14:30 | 17/03/2025", "2025-03-17", "", ""),
    ("Giờ đăng: Thứ tư - 29/10/2025 15:33", "2025-10-29", "", ""),
    ("Link bài viết gốc: https://baochinhphu.vn/bai-viet-102250820195427407.htm", "", "https://baochinhphu.vn/bai-viet-102250820195427407.htm", ""),
    ("**Theo Báo điện tử Chính phủ****https://xaydungchinhsach.chinhphu.vn/bai-viet.htm**", "", "https://xaydungchinhsach.chinhphu.vn/bai-viet.htm", "Theo Báo điện tử Chính phủ"),
])
def test_a_reposts_record_lines_are_not_article_text(line, date, url, credit):
    text = f"# Tiêu đề bài viết\n\nBộ Tài chính tổ chức hội nghị tổng kết công tác năm 2024.\n\n{line}\n"
    page = clean_page(text, ".md", "x.md")
    assert (page.published_date, page.source_url) == (date, url)
    assert [b.text for b in page.blocks if b.kind == "byline"] == ([credit] if credit else [])
    assert all("đăng" not in b.text and "http" not in b.text for b in page.blocks)


def test_a_long_bold_lead_reads_as_a_paragraph():
    # A heading is short; a bold paragraph of the lead set as one still reports what was done.
    lead = ("Theo Ban Chỉ đạo 389 tỉnh, trong đợt cao điểm đấu tranh chống buôn lậu dịp Tết (từ ngày 15/11 đến ngày 15/2), "
            "các lực lượng chức năng của tỉnh đã phát hiện 210 vụ hàng lậu, tạm giữ hơn 30.000 gói thuốc lá ngoại nhập lậu, "
            "xử phạt hành chính hơn 2 tỷ đồng.")
    page = CleanPage(title="Tin", blocks=[Block("title", "Tin"), Block("heading", lead), Block("heading", "Tăng cường kiểm soát biên giới")])
    kinds = {c.description: c.kind for c in find_commitments(page.text, sentences_of(page), 2025)}
    assert [k for d, k in kinds.items() if "phát hiện 210 vụ" in d] == ["activity"]
    assert not any("Tăng cường kiểm soát" in d for d in kinds)


# "chưa" (not yet), the negative of "đã", after its subject named (capitalised) or after a word of going on or of now ("vẫn",
# "hiện"), reports how things stand as the page is written: an activity (ngan-hang-nha-nuoc-chua-cap-phep-cho-bat-cu-san-forex-nao,
# the customs site's large corpus, fresh15; giai-ngan-von-dau-tu-cong-chuyen-bien-tich-cuc, the same corpus).
@pytest.mark.parametrize("paragraph, words", [
    ("“Đến nay, NHNN chưa cấp phép cho bất cứ sàn forex nào.", "NHNN chưa cấp phép"),
    ("Tuy nhiên, hiện Bộ Công Thương chưa cấp giấy chứng nhận bán hàng đa cấp cho đơn vị nào có tên là Liber Forex hay Forex.",
     "Bộ Công Thương chưa cấp giấy"),
    ("Cũng ở địa phương, Thanh Hóa và Bình Dương chưa ưu tiên bố trí vốn cho giải phóng mặt bằng, dồn vốn giải ngân vào cuối năm "
     "nên chậm.", "Bình Dương chưa ưu tiên"),
])
def test_a_state_not_yet_reached_is_reported(paragraph, words):
    assert _kind_of(_kinds([paragraph]), words)[0] == "activity"


# … not in a condition, a relative clause or an alternative a guide lists, nor a noun phrase's "chưa" (quy-dinh-ve-truong-hop-su-dung-
# hoa-don-chung-tu…, doi-tuong-muc-huong-va-ho-so-can-thiet-de-huong-bhxh-mot-lan, hach-toan-tai-khoan-112-tien-gui-ngan-hang…, the
# customs site's large corpus).
@pytest.mark.parametrize("paragraph", [
    "Nếu chưa nộp thuế giá trị gia tăng ở khâu nhập khẩu, khi trả hàng nhập khẩu ủy thác, cơ sở nhận ủy thác lập phiếu xuất kho kiêm "
    "vận chuyển điện tử theo quy định làm chứng từ lưu thông hàng hóa trên thị trường.",
    "Đủ tuổi hưởng lương hưu theo quy định mà chưa đủ 20 năm đóng BHXH. Hoặc chưa đủ 15 năm đóng BHXH đối với lao động nữ là người "
    "hoạt động chuyên trách hoặc không chuyên trách ở xã, phương, thị trấn.",
    "Nợ TK 421 – Lợi nhuận sau thuế chưa phân phối.",
])
def test_a_state_not_yet_in_a_condition_or_a_noun_is_no_activity(paragraph):
    assert not _kinds([paragraph]), _kinds([paragraph])


# A body that has a plan for what it names ("có phương án" and the verb) states what it is to do, as "lên kế hoạch" does; a plan
# reported as made ("đã có phương án") is done (tp-ho-chi-minh-doanh-nghiep-san-sang-hang-hoa-phuc-vu-tet-tan-suu, the customs
# site's large corpus, fresh15).
@pytest.mark.parametrize("paragraph, words, kind", [
    ("Còn tại các chợ truyền thống, Ban quản lý các chợ có phương án tăng cường tuyên truyền, kiểm tra, kiểm soát về việc chấp hành "
     "các quy định pháp luật về giá, niêm yết giá, bán đúng giá niêm yết, không kinh doanh hàng gian, hàng giả, hàng kém chất lượng.",
     "Ban quản lý các chợ có phương án", "task"),
    ("Còn tại các chợ truyền thống, Ban quản lý các chợ đã có phương án tăng cường tuyên truyền, kiểm tra, kiểm soát về việc chấp "
     "hành các quy định pháp luật về giá, niêm yết giá, bán đúng giá niêm yết, không kinh doanh hàng gian, hàng giả, hàng kém chất "
     "lượng.", "Ban quản lý các chợ đã có phương án", "activity"),
])
def test_a_plan_a_body_has_is_a_task(paragraph, words, kind):
    assert _kind_of(_kinds([paragraph]), words)[0] == kind


# What a suspect or a firm admits to investigators ("khai nhận", "thừa nhận") is reported, as the seizure is
# (thu-giu-hon-13-tan-cha-muc-xuc-xich-nhap-lau and khan-truong-dieu-tra-xu-ly-vi-pham-trong-cap-c-o-cua-cong-ty-dai-minh-viet,
# the customs site's large corpus, fresh16 and earlier).
@pytest.mark.parametrize("paragraph, words", [
    ("Qua đấu tranh, ông Hùng khai nhận vận chuyển thuê số hàng trên cho một người tên Thăng (không rõ địa chỉ) từ Hoành Mô đến thị "
     "trấn Tiên Yên với số tiền công 1,35 triệu đồng.", "ông Hùng khai nhận vận chuyển thuê"),
    ("Quá trình điều tra, Giám đốc Công ty Cổ phần Giám định Đại Minh Việt thừa nhận hành vi phát hành C/O nêu trên là trái quy định "
     "của pháp luật.", "Đại Minh Việt thừa nhận hành vi"),
])
def test_an_admission_is_reported(paragraph, words):
    assert _kind_of(_kinds([paragraph]), words)[0] == "activity"


# A time of the past or a part of the year counted from its start, opening a sentence with its comma, frames what the sentence
# reports: a cue of manner there says how the work was done (quyet-liet-trien-khai-cac-nhiem-vu-trong-6-thang-dau-nam-2018-nganh-
# hai-quan-thu-duoc-nhung-ket-qua-kha-quan, the customs site's large corpus, fresh19); a modal still sets a task.
@pytest.mark.parametrize("paragraph, words, kind", [
    ("6 tháng đầu năm, Tổng cục Hải quan quyết liệt kiện toàn bộ máy tổ chức, sắp xếp lại các tổ, đội theo hướng tinh gọn, đáp ứng "
     "yêu cầu hiện đại hóa hải quan.", "Tổng cục Hải quan quyết liệt kiện toàn", "activity"),
    ("Trong 6 tháng qua, Tổng cục Hải quan tiếp tục tập trung triển khai nâng cấp các hệ thống CNTT để đáp ứng yêu cầu quản lý tại "
     "Thông tư 39/2018/TT-BTC và Nghị định 59/2018/NĐ-CP.", "tiếp tục tập trung triển khai nâng cấp", "activity"),
    ("6 tháng đầu năm, Tổng cục Hải quan cần quyết liệt kiện toàn bộ máy tổ chức, sắp xếp lại các tổ, đội theo hướng tinh gọn.",
     "Tổng cục Hải quan cần quyết liệt", "task"),
])
def test_a_period_past_frames_a_report(paragraph, words, kind):
    assert _kind_of(_kinds([paragraph], 2018), words)[0] == kind


# A verb phrase that opens a sentence, its object a list, and a subject of its own after the last comma frames the report after
# it (the same page): "Triển khai quyết liệt …, kế hoạch của Bộ Tài chính, Tổng cục Hải quan đã ban hành …" reports.
def test_a_framing_verb_phrase_with_a_listed_object_is_no_directive():
    paragraph = ("Triển khai quyết liệt các nghị quyết của Chính phủ về điều hành kinh tế vĩ mô, kế hoạch của Bộ Tài chính, Tổng cục "
                 "Hải quan đã ban hành các kế hoạch hành động giao nhiệm vụ cho từng đơn vị, đề ra các tiêu chí và thời hạn hoàn thành cụ thể.")
    assert _kind_of(_kinds([paragraph], 2018), "Triển khai quyết liệt các nghị quyết")[0] == "activity"


# What a seizure leaves to do, after "để tiếp tục", is a task of its own; the seizure is reported
# (tam-giu-tren-1-500-san-pham-hang-hoa-tri-gia-75-trieu-dong, fresh19, and tam-giu-800-binh-ac-quy-nhap-lau-tu-trung-quoc,
# the customs site's large corpus); not the results a foundation is laid by (a portal's report on the Ministry of Defence's work).
def test_what_a_seizure_leaves_to_do_is_a_task():
    kinds = _kinds(["Do đó, lực lượng chức năng đã tiến hành tạm giữ toàn bộ phương tiện và hàng hóa để tiếp tục xác minh, làm rõ, "
                    "xử lý theo quy định."], 2021)
    assert _kind_of(kinds, "tạm giữ toàn bộ phương tiện")[0] == "activity"
    assert _kind_of(kinds, "để tiếp tục xác minh, làm rõ")[0] == "task"
    kinds = _kinds(["Sau khi xác nhận vi phạm, đoàn kiểm tra đã tiến hành tạm giữ 800 cái bình ắc quy 6DZF-12 48v; 725 cái giỏ xe đạp "
                    "điện; 250 cục sạc bình ắc quy, loại 36v 12A để tiếp tục xử lý theo quy định."], 2021)
    assert _kind_of(kinds, "để tiếp tục xử lý theo quy định")[0] == "task"
    kinds = _kinds(["Các cơ quan, đơn vị đã tổ chức thực hiện và đạt được những kết quả quan trọng, có ý nghĩa nền tảng để tiếp tục "
                    "triển khai các nhiệm vụ đề ra theo Nghị quyết số 3488."], 2025)
    assert all(kind == "activity" for kind, _ in kinds.values()), kinds
