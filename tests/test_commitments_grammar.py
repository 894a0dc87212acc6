"""Tasks and activities: the clause rules added to the aspect grammar of test_aspect.py.

Each case is a small page (its paragraphs), the words of rows that must come out as a task or an
activity, and words that no row may start a row of its own with. Written from how Vietnamese news
reports speech, reports and lists, not from the gold pages."""
from __future__ import annotations

import pytest

from pipeline.extract.commitments import find_commitments
from pipeline.text.blocks import Block, CleanPage
from pipeline.text.segment import sentences_of


def _rows(paragraphs: list[str]) -> list[tuple[str, str]]:
    page = CleanPage(title="Tin", blocks=[Block("title", "Tin")] + [Block("body", p) for p in paragraphs])
    return [(c.kind, c.description) for c in find_commitments(page.text, sentences_of(page), 2024)]


CASES = [
    # What a speaker says is its own clause: a done mark before the verb of speech does not make it a report.
    (["Trước những vướng mắc phát sinh thời gian qua, đại diện Hiệp hội cho rằng, cần sửa đổi quy định về kho ngoại quan."],
     {"cần sửa đổi quy định về kho ngoại quan": "task"}, []),
    # What a report says was done is an activity, "tiếp tục" and all.
    (["Theo báo cáo của Sở Công Thương, quý II, toàn ngành tiếp tục đẩy mạnh cải cách thủ tục hành chính."],
     {"toàn ngành tiếp tục đẩy mạnh": "activity"}, []),
    # "thời gian qua" dates what the meeting heard; the plan it names after it does not make it a task.
    (["Hội nghị cũng nghe Sở Xây dựng đánh giá tình hình thực hiện quy hoạch trong thời gian qua và dự kiến kế hoạch trong thời gian tới."],
     {"Sở Xây dựng đánh giá tình hình": "activity"}, []),
    # A cue inside the title of a document ("Nghị quyết … về tiếp tục …") does not set a task.
    (["Năm 2024, các bộ đã cắt giảm 200 thủ tục, đồng thời thực hiện đơn giản hóa hồ sơ theo Nghị quyết 02/NQ-CP về tiếp tục cải thiện môi trường kinh doanh."],
     {"thực hiện đơn giản hóa hồ sơ": "activity"}, []),
    # "vẫn phải" states a burden borne now, not a task.
    (["Doanh nghiệp cho biết, khi nhập khẩu máy móc, doanh nghiệp vẫn phải nộp thuế giá trị gia tăng theo quy định."],
     {"doanh nghiệp vẫn phải nộp thuế": "activity"}, []),
    # A hope or thanks is neither ("tin tưởng").
    (["Bộ trưởng tin tưởng ngành Thuế sẽ hoàn thành xuất sắc nhiệm vụ được giao trong năm tới."],
     {}, ["Bộ trưởng tin tưởng"]),
    # An expectation of what others will do is a task, whatever was done before it in a relative clause.
    (["Qua lần sửa đổi này, doanh nghiệp kỳ vọng ban soạn thảo bổ sung các quy định về hoàn thuế đã được kiến nghị nhiều lần."],
     {"kỳ vọng ban soạn thảo bổ sung": "task"}, []),
    # An item of a list opened by an ordinal word is a directive of the list, with or without a cue.
    (["Thứ ba, giải pháp về đào tạo nguồn nhân lực cho đội ngũ công chức kiểm tra chất lượng hàng hóa."],
     {"giải pháp về đào tạo nguồn nhân lực": "task"}, []),
    # A sentence that opens with a connective and then its verb goes on with the directive before it.
    (["Chủ tịch tỉnh yêu cầu các sở khẩn trương rà soát hồ sơ đất đai còn tồn đọng. Đồng thời giải quyết dứt điểm các kiến nghị của người dân về bồi thường."],
     {"giải quyết dứt điểm các kiến nghị": "task"}, []),
    # A consequence ("vì vậy", "do đó") opens a clause of its own: the state before it does not report the task.
    (["Chỉ tiêu thu ngân sách đã được giao cụ thể, vì vậy các chi cục phải bám sát tiến độ thu của từng tháng."],
     {"các chi cục phải bám sát tiến độ": "task"}, []),
    # The things a colon lists ("bao gồm: …; …") belong to the row that introduces them.
    (["Thời gian tới, Cục sẽ mở rộng quản lý tuân thủ với các đối tượng khác, bao gồm: đại lý làm thủ tục hải quan; doanh nghiệp chuyển phát nhanh quốc tế; người được chủ phương tiện vận tải ủy quyền."],
     {"người được chủ phương tiện vận tải ủy quyền": "task"}, ["người được chủ phương tiện"]),
    # A clause that only announces the list after it is not a task of its own.
    (["Phát biểu kết luận, Giám đốc Sở yêu cầu các phòng thực hiện nghiêm chỉ đạo của tỉnh, đồng thời quán triệt các nội dung trọng tâm như sau:",
      "Một là, rà soát toàn bộ hồ sơ cấp phép xây dựng còn tồn đọng."],
     {"yêu cầu các phòng thực hiện nghiêm": "task", "rà soát toàn bộ hồ sơ": "task"}, ["đồng thời quán triệt các nội dung"]),
]


@pytest.mark.parametrize("paragraphs, kinds, not_rows", CASES)
def test_clause_rules(paragraphs, kinds, not_rows):
    rows = _rows(paragraphs)
    for words, kind in kinds.items():
        found = [k for k, text in rows if words in text]
        assert found, f"no row holds {words!r}: {rows}"
        assert found[0] == kind, (words, rows)
    for words in not_rows:
        assert not any(text.startswith(words) or text.startswith(words[0].upper() + words[1:]) for _, text in rows), (words, rows)
