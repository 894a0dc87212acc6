"""Tasks and activities: a heading that gives a directive heads a section of tasks, and the one pass that
finds every phrase list on a page finds what each list's own pass does.

Pages written for these tests, from how Vietnamese news lays out a leader's directives under a bold line."""
from __future__ import annotations

import pytest

from pipeline.extract.commitments import _vocab, find_commitments
from pipeline.text.blocks import Block, CleanPage
from pipeline.text.segment import sentences_of


def _rows(blocks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    page = CleanPage(title="Tin", blocks=[Block("title", "Tin")] + [Block(kind, text) for kind, text in blocks])
    return [(c.kind, c.description) for c in find_commitments(page.text, sentences_of(page), 2024)]


DIRECTIVES = ("heading", "Để hoàn thành kế hoạch năm nay, Bộ trưởng đề nghị các đơn vị thực hiện một số nhiệm vụ.")
CASES = [
    # (None: no task row holds the words.) The paragraphs under a heading that directs others are its
    # tasks, each with its own subject and no cue.
    ([DIRECTIVES, ("body", "Cục Thuế rà soát, phân loại các khoản nợ đọng theo từng địa bàn."),
      ("body", "Sở Tài chính hướng dẫn các huyện lập dự toán ngân sách cho năm sau.")],
     {"Cục Thuế rà soát": "task", "Sở Tài chính hướng dẫn": "task"}),
    # A paragraph that reports ends the section, and so does the next heading.
    ([DIRECTIVES, ("body", "Cục Thuế rà soát, phân loại các khoản nợ đọng theo từng địa bàn."),
      ("body", "Trong quý I, Cục Hải quan đã phát hiện 120 vụ vi phạm về xuất xứ hàng hóa."),
      ("body", "Sở Tài chính hướng dẫn các huyện lập dự toán ngân sách cho năm sau.")],
     {"Cục Thuế rà soát": "task", "Cục Hải quan đã phát hiện": "activity", "Sở Tài chính hướng dẫn": None}),
    ([DIRECTIVES, ("heading", "Kết quả nổi bật của ngành"),
      ("body", "Sở Tài chính hướng dẫn các huyện lập dự toán ngân sách cho năm sau.")],
     {"Sở Tài chính hướng dẫn": None}),
    # A heading that names a form or a label addresses no one ("đề nghị" is a noun there).
    ([("heading", "Nội dung đề nghị hoàn trả khoản thu ngân sách nhà nước:"),
      ("body", "Sở Tài chính hướng dẫn các huyện lập dự toán ngân sách cho năm sau.")],
     {"Sở Tài chính hướng dẫn": None}),
    # Without a heading, a directive to others goes on into the next paragraph only where that one opens with a body's name and a
    # verb of directives, one more addressee's item ("Thủ tướng Chính phủ giao Bộ Tài chính khẩn trương xây dựng … ." / "Bộ Tài chính
    # xây dựng Nghị định về hóa đơn, chứng từ điện tử …", thu-tuong-chi-thi-day-manh-ho-tro-thao-go-vuong-mac-cho-doanh-nghiep, the
    # customs site's large corpus; see test_commitments_grammar.py); a paragraph that opens otherwise is not.
    ([("body", "Bộ trưởng đề nghị các đơn vị thực hiện một số nhiệm vụ trong năm nay."),
      ("body", "Sở Tài chính hướng dẫn các huyện lập dự toán ngân sách cho năm sau.")],
     {"Sở Tài chính hướng dẫn": "task"}),
    ([("body", "Bộ trưởng đề nghị các đơn vị thực hiện một số nhiệm vụ trong năm nay."),
      ("body", "Trong buổi sáng, các huyện lập dự toán ngân sách cho năm sau.")],
     {"các huyện lập dự toán": None}),
    # After two paragraphs in a row that set tasks and report nothing, a paragraph with no mark of aspect
    # is an item of their list, whatever its subject.
    ([("body", "Chính phủ yêu cầu các bộ giữ vững ổn định kinh tế vĩ mô, kiểm soát lạm phát."),
      ("body", "Khẩn trương trình Thủ tướng dự thảo Quyết định về thí điểm thanh toán di động."),
      ("body", "Bộ Công Thương phối hợp xây dựng chương trình xúc tiến thương mại cho các thị trường mới.")],
     {"Bộ Công Thương phối hợp xây dựng": "task"}),
    # A paragraph whose clause carries an aspect word is no item of the list ("… đã có cách làm sáng tạo").
    ([("body", "Chính phủ yêu cầu các bộ giữ vững ổn định kinh tế vĩ mô, kiểm soát lạm phát."),
      ("body", "Khẩn trương trình Thủ tướng dự thảo Quyết định về thí điểm thanh toán di động."),
      ("body", "Biểu dương nhiều địa phương như Bắc Ninh, Hà Nam đã có cách làm sáng tạo trong giải phóng mặt bằng.")],
     {"Biểu dương nhiều địa phương": "activity"}),
    # A paragraph that reports breaks the run.
    ([("body", "Chính phủ yêu cầu các bộ giữ vững ổn định kinh tế vĩ mô, kiểm soát lạm phát."),
      ("body", "Trong quý I, Bộ Tài chính đã ban hành 12 thông tư hướng dẫn về thuế."),
      ("body", "Bộ Công Thương phối hợp xây dựng chương trình xúc tiến thương mại cho các thị trường mới.")],
     {"Bộ Công Thương phối hợp xây dựng": "activity"}),
]


# A heading that announces a number of goals before its colon heads their list, and the figures of targets listed under it
# are to be reached, not results; a paragraph that reports ends it. (Paragraphs of a page of ../shared/corpus.)
GOALS = ("heading", "6 mục tiêu của Nghị quyết 35:")
CASES += [
    ([("body", "Theo Thứ trưởng Bộ KH&ĐT Trần Duy Đông, nhờ hệ thống chính sách hỗ trợ phát triển doanh nghiệp, tốc độ tăng doanh "
               "nghiệp bình quân giai đoạn 2016-2019 là 14,4%, tăng khoảng 80% so với bình quân giai đoạn 2011-2015."),
      GOALS,
      ("body", "*Đạt 1 triệu DN hoạt động vào năm 2020; Khu vực tư nhân đóng góp 48-49% tư nhân đóng góp; Năng suất lao động tăng 5%/năm.*"),
      ("body", "*Cải cách thủ tục hành chính, tạo thuận lợi cho DN.*"),
      ("body", "Còn theo ông Nguyễn Cường, Phó Giám đốc Sở KH&ĐT Bắc Giang, sau 5 năm triển khai Nghị quyết, thủ tục hành chính đã được "
               "rà soát, cắt giảm được 25-30% thời gian thực hiện."),
      ("body", "Bắc Giang đã thực hiện trung tâm hành chính công, được DN hoan nghênh.")],
     {"tốc độ tăng doanh nghiệp bình quân": "activity", "Đạt 1 triệu DN hoạt động": "task", "Cải cách thủ tục hành chính, tạo thuận lợi": "task",
      "thủ tục hành chính đã được rà soát": "activity", "Bắc Giang đã thực hiện trung tâm": "activity"}),
    # (A target's label and its colon opening a paragraph do the same for its sentence.)
    ([("body", "Mục tiêu 2021-2025: Trung bình giai đoạn 2021-2030 tốc độ tăng số DN hoạt động đạt khoảng 15%/năm; tăng tỷ lệ DN vừa và lớn "
               "chiếm khoảng 5-6% trong tổng số DN vào năm 2025, phấn đấu đạt 8% vào năm 2030.")],
     {"tốc độ tăng số DN hoạt động đạt khoảng 15%": "task", "tăng tỷ lệ DN vừa và lớn chiếm khoảng 5-6%": "task"}),
]

CASES += [
    # A photo's caption between two paragraphs of a plan does not break it: the plan goes on under it
    # (hai-quan-nghe-an-trien-khai-do-thoi-gian-giai-phong-hang-tu-ngay-19-den-ngay-24, the customs site's large corpus).
    ([("body", "Trong đó, đơn vị sẽ thu thập dữ liệu đối với 100% các tờ khai hải quan thực hiện đăng ký chính thức trong 6 ngày làm "
               "việc liên tục, từ ngày 19-24/10."),
      ("caption", "Hoạt động nghiệp vụ tại Chi cục Hải quan Vinh. Ảnh: H.Nụ"),
      ("body", "Tổ chức tuyên truyền, hướng dẫn các nội dung triển khai trước và trong cuộc đo cho cộng đồng DN.")],
     {"đơn vị sẽ thu thập dữ liệu": "task", "Tổ chức tuyên truyền, hướng dẫn": "task"}),
    # A sentence of prose that the cleaning set under a photo as its caption is read as the body it is: its "còn phải thu" sets
    # what is still to be collected (hai-quan-quang-nam-chay-nuoc-rut-hoan-thanh-chi-tieu-thu-thue-2, the customs site's large corpus).
    ([("caption", "Như vậy, để hoàn thành chỉ tiêu thu thuế của Bộ Tài chính, Tổng cục Hải quan giao, từ nay đến hết 31/12/2020, đơn vị "
                  "còn phải thu 515 tỷ (trung bình phải thu hơn 34 tỷ/ngày).")],
     {"đơn vị còn phải thu 515 tỷ": "task"}),
]


@pytest.mark.parametrize("blocks, kinds", CASES)
def test_directive_heading_heads_a_section(blocks, kinds):
    rows = _rows(blocks)
    for words, kind in kinds.items():
        found = [k for k, text in rows if words in text]
        if kind is None:  # outside the section: no task ("hướng dẫn" with no aspect states nothing done either)
            assert "task" not in found, (words, rows)
            continue
        assert found, f"no row holds {words!r}: {rows}"
        assert found[0] == kind, (words, rows)


LEXICON_TEXTS = [
    "bộ trưởng yêu cầu các đơn vị tiếp tục tăng cường kiểm tra, đã phát hiện và xử lý vi phạm.",
    "về tiếp tục thực hiện tốt nhiệm vụ năm qua, ngành đã giao nhiệm vụ trọng tâm cho các cục.",
    "các yêu cầu của doanh nghiệp về thông tin tin tưởng vào chuyển đổi số hóa và công nghệ thông tin tưởng.",
    "giao ban chỉ đạo các đơn vị, thực hiện hiện đại hóa, ghi nhận định hướng; dự kiến nghị định mới.",
    "mặt hàng phải xử lý vi phạm, sẽ có trách nhiệm; tiếp tục tăng cường phối hợp tác.",
]


@pytest.mark.parametrize("low", LEXICON_TEXTS)
def test_one_pass_finds_what_each_list_finds(low):
    # The phrases overlap across lists ("giải quyết"/"quyết liệt", "thông tin"/"tin tưởng"): the union's
    # longest match must not hide a list's phrase that starts inside it or runs past it.
    lexicon = _vocab().lexicon
    found = lexicon.hits(low)
    for name, pattern in zip(lexicon.names, lexicon.own):
        assert found[name] == [m.span() for m in pattern.finditer(low)], name



RUN = [("body", "Chính phủ yêu cầu các bộ, ngành, địa phương, Tập đoàn kinh tế, Tổng công ty nhà nước, DNNN triển khai thực hiện nghiêm túc "
                "các Nghị quyết của Đảng, Quốc hội, Chính phủ và các chỉ đạo của Thủ tướng Chính phủ có liên quan và một số nội dung."),
       ("body", "Khẩn trương chỉ đạo các đơn vị thuộc đối tượng sắp xếp lại, xử lý nhà, đất thực hiện báo cáo kê khai, đề xuất phương án "
                "xử lý nhà, đất, trên cơ sở đó tổng hợp, lập phương án báo cáo cấp có thẩm quyền phê duyệt."),
       ("body", "Quan tâm đối với người lao động, sắp xếp, bố trí lao động hợp lý, bảo đảm công ăn việc làm, thu nhập ổn định, chăm lo "
                "đời sống cho người lao động.")]
AFTER = ("body", "Các địa phương phát huy thế mạnh của các vùng kinh tế trọng điểm, các đô thị lớn là đầu tầu cho phát triển kinh tế – xã "
                 "hội. Xây dựng và thực hiện các chính sách, giải pháp phát triển bền vững, đồng bộ.")


def test_a_heading_that_directs_goes_on_with_a_run_of_tasks():
    # Under a run of directive paragraphs, a heading that directs and reports nothing heads the next part of the same list: the body
    # named with its verb is told to act, whatever "là" follows, and the bare verbs after it are items too
    # (day-manh-doi-moi-nang-cao-hieu-qua-hoat-dong-doanh-nghiep-nha-nuoc, the customs site's large corpus).
    rows = _rows(RUN + [("heading", "Không để xảy ra lợi ích nhóm trong cổ phẩn hóa"), AFTER])
    assert any(kind == "task" and text.startswith("Các địa phương phát huy thế mạnh") for kind, text in rows), rows
    assert any(kind == "task" and text.startswith("Xây dựng và thực hiện các chính sách") for kind, text in rows), rows
    # A heading that only names a topic ends the run (its wording: tnt_thong-cao-bao-chi-ve-chuong-trinh-noi-dung-ky-hop,
    # ../shared/corpus-portals).
    rows = _rows(RUN + [("heading", "2. Công tác thông tin, báo chí tuyên truyền về Kỳ họp"), AFTER])
    assert not any(kind == "task" and text.startswith("Xây dựng và thực hiện các chính sách") for kind, text in rows), rows
