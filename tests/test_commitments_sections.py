"""Tasks and activities: a heading that gives a directive heads a section of tasks, and the one pass that
finds every phrase list on a page finds what each list's own pass does.

Paragraphs of real pages, each named where it is used: how Vietnamese news lays out a leader's directives under a bold line."""
from __future__ import annotations

import pytest

from pipeline.extract.commitments import _vocab, find_commitments
from pipeline.text.blocks import Block, CleanPage
from pipeline.text.segment import sentences_of

# These test the rules; the learned second opinion on a clause's kind is off (see conftest.rules_alone).
pytestmark = pytest.mark.usefixtures("rules_alone")


def _rows(blocks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    page = CleanPage(title="Tin", blocks=[Block("title", "Tin")] + [Block(kind, text) for kind, text in blocks])
    return [(c.kind, c.description) for c in find_commitments(page.text, sentences_of(page), 2024)]


# A heading that directs others, two paragraphs of its section, a paragraph that reports and three headings that only name a topic
# (tnt_thu-tuong-trien-khai-ngay-co-che-dac-thu-voi-nha-o, ../shared/corpus-portals).
DIRECTIVES = ("heading", "Để khẩn trương triển khai Nghị quyết của Quốc hội và Chính phủ, Thủ tướng đề nghị các bộ, ngành, địa phương, cơ quan "
                         "tiếp tục lãnh đạo, chỉ đạo một số nhiệm vụ.")
FUNDS = ("body", "Bộ Tài chính rà soát, bố trí, cân đối nguồn vốn cấp cho Quỹ nhà ở; chủ trì, đề xuất nguồn vốn để thực hiện các chính sách "
                 "phát triển nhà ở xã hội. Bộ Nông nghiệp và Môi trường rà soát chính sách về đất đai, môi trường có liên quan.")
LOANS = ("body", "NHNN hướng dẫn về điều kiện vay vốn mua nhà ở xã hội theo hướng đơn giản, dễ tiếp cận, cân đối có lợi cho cả người mua, "
                 "người bán và người cho vay, đặc biệt là triển khai gói tín dụng cho người trẻ tuổi.")
BUILT = ("body", "Riêng 5 tháng đầu năm 2025, cả nước khởi công, đang triển khai đầu tư xây dựng 159 dự án với 135.563 căn; trong đó khởi "
                 "công 21 dự án với 20.428 căn; 22.649 căn hộ đã hoàn thành.")
TOPICS = ["Triển khai 686 dự án nhà ở xã hội với 627.651 căn", "Cắt giảm được ít nhất 350 ngày làm thủ tục",
          "Thành lập Quỹ nhà ở quốc gia trong tháng 6 năm 2025"]
# A directive to others and the next paragraphs (thu-tuong-chi-thi-day-manh-ho-tro-thao-go-vuong-mac-cho-doanh-nghiep, the customs
# site's large corpus; a paragraph of gioi-thieu-mo-hinh-moi-ve-kiem-tra-chat-luong-kiem-tra-an-toan-thuc-pham, the same corpus,
# follows it in the second case).
TAXES = ("body", "Thủ tướng Chính phủ giao Bộ Tài chính khẩn trương xây dựng, trình các dự án Luật sửa đổi các Luật về thuế, tháo gỡ ngay "
                 "những vướng mắc cho DN về thuế; tiếp tục quản lý chặt chẽ, thu thuế đúng, đủ, kịp thời đối với hộ kinh doanh lớn; chống "
                 "thất thu đối với hộ khoán; nghiên cứu, đề xuất chính sách thu thuế và chế độ kế toán đơn giản, phù hợp với DN nhỏ, đặc "
                 "biệt là DN được chuyển đổi từ hộ kinh doanh.")
INVOICES = ("body", "Bộ Tài chính xây dựng Nghị định về hóa đơn, chứng từ điện tử để cơ bản thực hiện trong năm 2018 đối với toàn bộ nền "
                    "kinh tế; nghiên cứu triển khai thí điểm mô hình hóa đơn điện tử, hóa đơn điện tử có mã của cơ quan thuế, kết nối thông "
                    "tin để quản lý doanh thu bán lẻ của các hộ kinh doanh; thí điểm thực hiện tại thành phố Hà Nội, thành phố Hồ Chí Minh "
                    "trong năm 2018.")
CASES = [
    # (None: no task row holds the words.) The paragraphs under a heading that directs others are its
    # tasks, each with its own subject and no cue.
    ([DIRECTIVES, FUNDS, LOANS], {"Bộ Tài chính rà soát": "task", "NHNN hướng dẫn": "task"}),
    # A paragraph that reports ends the section, and so does the next heading.
    ([DIRECTIVES, FUNDS, BUILT, LOANS], {"Bộ Tài chính rà soát": "task", "cả nước khởi công": "activity", "NHNN hướng dẫn": None}),
    *[([DIRECTIVES, FUNDS, ("heading", topic), LOANS], {"NHNN hướng dẫn": None}) for topic in TOPICS],
    # A heading that names a form or a label addresses no one ("đề nghị" is a noun there: mau-to-khai-thue-gia-tri-gia-tang-mau-so-01-
    # gtgt-theo-tt-156, the customs site's large corpus).
    ([("heading", "Tổng số thuế GTGT đề nghị hoàn"), LOANS], {"NHNN hướng dẫn": None}),
    # Without a heading, a directive to others goes on into the next paragraph only where that one opens with a body's name and a
    # verb of directives, one more addressee's item (see test_commitments_grammar.py); a paragraph that opens otherwise is not.
    ([TAXES, INVOICES], {"Bộ Tài chính xây dựng Nghị định": "task"}),
    ([TAXES, ("body", "Tại buổi giới thiệu đề án, các nội dung quan trọng được đại diện Cục Giám sát quản lý về hải quan thông tin tới đại "
                      "biểu.")],
     {"Tại buổi giới thiệu đề án": None}),
]

# After two paragraphs in a row that set tasks and report nothing, a paragraph with no mark of aspect is an item of their list,
# whatever its subject; one whose clause carries an aspect word is not, and a paragraph that reports breaks the run (the
# Government's directives of chinh-phu-du-kien-toc-do-tang-truong-gdp-nam-2021-khoang-6-65, ../shared/corpus; "Biểu dương …" and the
# report: tnt_thu-tuong-trien-khai-ngay-co-che-dac-thu-voi-nha-o, ../shared/corpus-portals).
MONETARY = ("body", "Chính phủ yêu cầu Ngân hàng Nhà nước Việt Nam tiếp tục điều hành chính sách tiền tệ chủ động linh hoạt, phối hợp hài "
                    "hòa với chính sách tài khóa và các chính sách khác để vừa hỗ trợ kích thích nền kinh tế, vừa bảo đảm kiểm soát lạm "
                    "phát, ổn định kinh tế vĩ mô.")
MOBILE = ("body", "Khẩn trương trình Thủ tướng Chính phủ dự thảo Quyết định về thí điểm dùng tài khoản viễn thông để thanh toán cho các "
                  "dịch vụ, hàng hóa có giá trị nhỏ (mobile money); hoàn thiện, trình Chính phủ Đề nghị xây dựng Nghị định về cơ chế thử "
                  "nghiệm có kiểm soát hoạt động công nghệ tài chính trong lĩnh vực ngân hàng trong tháng 10/2020.")
TRADE = ("body", "Bộ Công Thương phối hợp xây dựng chương trình hành động, kế hoạch xúc tiến thương mại, đẩy mạnh xuất khẩu vào các thị "
                 "trường tiềm năng; đồng thời kích cầu tiêu dùng nội địa, phát triển mạnh thị trường trong nước; tăng cường phòng chống "
                 "buôn lậu, gian lận thương mại dưới mọi hình thức, góp phần bảo vệ sản xuất và tiêu dùng trong nước.")
CASES += [
    ([MONETARY, MOBILE, TRADE], {"Bộ Công Thương phối hợp xây dựng": "task"}),
    ([MONETARY, MOBILE, ("body", "Biểu dương nhiều địa phương như Bắc Ninh, Bắc Giang, Hà Nội, TPHCM đã có rất nhiều nỗ lực, cố gắng, Thủ "
                                 "tướng cũng chỉ rõ những tỉnh, thành phố cần cố gắng, nỗ lực nhiều hơn nữa.")],
     {"Biểu dương nhiều địa phương": "activity"}),
    ([MONETARY, ("body", "Về công tác chỉ đạo điều hành, Chính phủ đã ban hành 22 nghị quyết, Thủ tướng Chính phủ đã ban hành 12 chỉ thị, "
                         "quyết định, công điện; Thủ tướng Chính phủ chủ trì nhiều hội nghị trực tiếp kết hợp trực tuyến toàn quốc với các "
                         "địa phương, doanh nghiệp… với nhiều giải pháp, nhiệm vụ cụ thể, quyết liệt nhằm tháo gỡ khó khăn, thúc đẩy phát "
                         "triển nhà ở xã hội."), TRADE],
     {"Bộ Công Thương phối hợp xây dựng": "activity"}),
]


# A heading that announces a number of goals before its colon heads their list, and the figures of targets listed under it
# are to be reached, not results; a paragraph that reports ends it (tre-hen-muc-tieu-phat-trien-1-trieu-doanh-nghiep, ../shared/corpus).
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
    # So is a caption of three sentences or more, though none runs to thirty words: its "phải" binds a firm as in any paragraph
    # (vai-tro-cua-thue-doi-voi-ca-nhan-va-doanh-nghiep, the customs site's large corpus).
    ([("caption", "Thuế môn bài cũng là một loại thuế mà doanh nghiệp cần phải đóng hàng năm. Doanh nghiệp sau khi đăng ký kinh doanh "
                  "phải đóng thuế môn bài. Cần phải đóng ngay trong tháng đăng ký kinh doanh.")],
     {"Doanh nghiệp sau khi đăng ký kinh doanh phải đóng thuế môn bài": "task", "Cần phải đóng ngay trong tháng": "task"}),
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


# Sentences of real pages in which the lists' phrases overlap: "đóng góp" / "góp ý" (hai-quan-luon-dong-hanh-voi-cong-dong-doanh-
# nghiep-nhat-ban, ../shared/corpus), "tiếp tục tăng" / "tăng cường" and "giải quyết" (doanh-nghiep-viet-nam-da-dung-len-sau-dai-dich-
# nhung-khong-dong-deu), "dự kiến" / "kiến nghị" (tinh-toan-them-uu-dai-thue-thu-nhap-doanh-nghiep-cho-cac-du-an-phat-trien-cong-
# nghiep-ho-tro), "được tiếp tục" / "tiếp tục triển khai" (tac-dong-co-do-tre-ngan-hang-van-hy-sinh-loi-nhuan-cho-doanh-nghiep),
# "đã qua sử dụng" / "đã" (hai-quan-dong-thap-de-nghi-khoi-to-vu-nhap-lau-may-moc-tri-gia-gan-nua-ty-dong): the last four of the
# customs site's large corpus.
LEXICON_TEXTS = [
    "Cơ quan Hải quan cũng đề nghị các DN tích cực tham gia đóng góp ý kiến xây dựng và hoàn thiện các văn bản pháp luật trong lĩnh vực "
    "hải quan.",
    "Để giải quyết những khó khăn do tác động từ dịch bệnh, các DN cho biết vẫn tiếp tục tăng cường sử dụng các nền tảng số.",
    "Dự kiến Nghị định này áp dụng từ kỳ tính thuế TNDN năm 2020 và đã được Chính phủ đồng ý trình và ban hành theo hình thức rút gọn để "
    "kịp thời giải quyết các vướng mắc phát sinh.",
    "***Với sự ảnh hưởng như vậy, các hoạt động hỗ trợ doanh nghiệp sẽ được tiếp tục triển khai như thế nào, thưa ông?***",
    "Theo Cục Hải quan Đồng Tháp, vụ buôn lậu nêu trên có trị giá hàng hoá lớn, hàng hoá đã qua sử dụng… có dấu hiệu của tội “buôn lậu”, "
    "nên đơn vị trao đổi với Viện Kiểm sát nhân dân đề xuất xử lý theo hướng khởi tố vụ án hình sự.",
]


@pytest.mark.parametrize("text", LEXICON_TEXTS)
def test_one_pass_finds_what_each_list_finds(text):
    # The phrases overlap across lists ("đóng góp"/"góp ý", "dự kiến"/"kiến nghị"): the union's longest match must not hide a
    # list's phrase that starts inside it or runs past it.
    low = text.lower()
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
