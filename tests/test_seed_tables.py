"""The seed page's tables, checked against what a reader finds on the page (raw/…cuc-tre-em…txt)."""
from __future__ import annotations

import datetime as dt

import polars as pl


def _one(frame: pl.DataFrame, **where) -> dict:
    rows = frame.filter(pl.all_horizontal([pl.col(k) == v for k, v in where.items()])).to_dicts()
    assert len(rows) == 1, f"expected one row where {where}, found {len(rows)}"
    return rows[0]


def test_all_tables_are_published(seed_tables):
    for name in ("documents", "sentences", "organisations", "participants", "legal_references", "activities", "tasks"):
        assert name in seed_tables
        assert seed_tables[name].height > 0, name


def test_document(seed_tables):
    doc = seed_tables["documents"].to_dicts()
    assert len(doc) == 1
    doc = doc[0]
    assert doc["source_path"] == "molisa-2022-01-26-cuc-tre-em-tong-ket-2021.txt"
    assert doc["source_sha256"] == "7f1d02467fec6ef591f89568fb5e228413af8770faec35b1c455df9f501c0c3b"
    assert doc["published_date"] == dt.date(2022, 1, 26)
    assert doc["title"].startswith("Thứ trưởng Nguyễn Thị Hà: Công tác phối hợp liên ngành về trẻ em")
    assert "Sign In" not in doc["text"]


def test_participants(seed_tables):
    people = seed_tables["participants"]
    assert sorted(people["person_name"].to_list()) == ["Nguyễn Thị Hà", "Đặng Hoa Nam"]
    ha = _one(people, person_name="Nguyễn Thị Hà")
    assert ha["title"] == "Thứ trưởng"
    assert ha["organisation_id"] == "bo-lao-dong-thuong-binh-va-xa-hoi"  # "Thứ trưởng Bộ LĐTBXH Nguyễn Thị Hà"
    assert ha["role"] == "directed"  # "chỉ đạo tại Hội nghị", "phát biểu chỉ đạo"
    assert ha["mention_count"] >= 6  # title, lead, caption and the body's mentions are one person
    nam = _one(people, person_name="Đặng Hoa Nam")
    assert nam["title"] == "Cục trưởng"
    assert nam["organisation_id"] == "cuc-tre-em"  # "ông Đặng Hoa Nam – Cục trưởng Cục Trẻ em"
    assert nam["role"] == "reported"  # "Báo cáo tại Hội nghị, ông Đặng Hoa Nam …"


def test_legal_references(seed_tables):
    refs = seed_tables["legal_references"]
    assert sorted(refs["reference_id"].to_list()) == ["13/2021/TT-LĐTBXH", "130/2021/NĐ-CP", "36/CT-TTg"]
    decree = _one(refs, reference_id="130/2021/NĐ-CP")
    assert (decree["doc_type"], decree["doc_type_en"], decree["year"]) == ("Nghị định", "Decree", 2021)
    assert decree["issued_date"] == dt.date(2021, 12, 30)
    assert decree["issuer_organisation_id"] == "chinh-phu"
    assert decree["subject"] == "quy định xử phạt vi phạm hành chính về lĩnh vực bảo trợ, trợ giúp xã hội và trẻ em"
    circular = _one(refs, reference_id="13/2021/TT-LĐTBXH")
    assert (circular["doc_type"], circular["issued_date"]) == ("Thông tư", dt.date(2021, 9, 30))
    assert circular["issuer_organisation_id"] == "bo-lao-dong-thuong-binh-va-xa-hoi"
    directive = _one(refs, reference_id="36/CT-TTg")
    assert (directive["doc_type"], directive["doc_type_en"]) == ("Chỉ thị", "Directive")
    assert directive["issuer_organisation_id"] == "thu-tuong-chinh-phu"
    assert directive["issued_date"] is None  # the page says only "tháng 12 vừa qua"


def test_named_documents(seed_tables):
    named = seed_tables["named_references"].filter(pl.col("kind") == "named")["text"].to_list()
    assert "Kế hoạch Phát triển kinh tế - xã hội 5 năm 2021 – 2025" in named
    assert "Chiến lược Phát triển kinh tế - xã hội 10 năm 2021 - 2030" in named


def test_organisations(seed_tables):
    orgs = seed_tables["organisations"]
    ids = set(orgs["organisation_id"].to_list())
    for expected in ("cuc-tre-em", "bo-lao-dong-thuong-binh-va-xa-hoi", "unicef", "mat-tran-to-quoc-viet-nam",
                     "hoi-lien-hiep-phu-nu-viet-nam", "doan-thanh-nien-cong-san-ho-chi-minh", "hoi-bao-ve-quyen-tre-em-viet-nam",
                     "cuc-canh-sat-hinh-su", "bo-cong-an", "bo-giao-duc-va-dao-tao", "bo-thong-tin-va-truyen-thong",
                     "van-phong-trung-uong-dang", "ban-tuyen-giao-trung-uong"):
        assert expected in ids, expected
    assert _one(orgs, organisation_id="cuc-tre-em")["parent_organisation_id"] == "bo-lao-dong-thuong-binh-va-xa-hoi"
    assert _one(orgs, organisation_id="cuc-canh-sat-hinh-su")["parent_organisation_id"] == "bo-cong-an"
    # "Vụ Pháp chế, Vụ Hợp tác quốc tế, Trung tâm Thông tin" at a MOLISA meeting are the ministry's own units.
    for unit in ("Vụ Pháp chế", "Vụ Hợp tác quốc tế", "Trung tâm Thông tin"):
        assert _one(orgs, name=unit)["parent_organisation_id"] == "bo-lao-dong-thuong-binh-va-xa-hoi"
    so = _one(orgs, abbreviation="Sở LĐTBXH Hà Nội")
    assert so["name"] == "Sở Lao động - Thương binh và Xã hội Hà Nội"


def test_tasks_for_2022(seed_tables):
    tasks = seed_tables["tasks"].filter(pl.col("target_year") == 2022)
    text = " | ".join(tasks["description"].to_list())
    # The four tasks the Deputy Minister set for 2022 (the last two paragraphs but one of the page).
    for phrase in ("công tác phối hợp liên ngành về trẻ em", "phối hợp với Mặt trận Tổ quốc Việt Nam",
                   "nhanh chóng đưa ra kế hoạch phục hồi", "phát triển hệ thống dịch vụ bảo vệ trẻ em"):
        assert phrase.casefold() in text.casefold(), phrase
    assert tasks.height <= 5
    # The lead quotes two of them and the body repeats them: each is one task with two evidence passages.
    evidence = seed_tables["commitment_evidence"]
    repeated = evidence.filter(pl.col("evidence_no") == 2)["commitment_id"].to_list()
    assert len(set(repeated) & set(tasks["task_id"].to_list())) == 2


def test_activities_of_2021(seed_tables):
    acts = seed_tables["activities"]
    # What the Department did in the year under review …
    for phrase in ("tham mưu các quy định về xử phạt vi phạm hành chính", "Phối hợp với UNICEF xây dựng tài liệu",
                   "triển khai dich vụ chăm sóc sức khỏe tâm thần", "Thủ tướng Chính phủ đã ban hành Chỉ thị số 36/CT-TTg"):
        rows = acts.filter(pl.col("description").str.contains(phrase, literal=True))
        assert rows["year"].to_list() == [2021], phrase
    # … and what happened at the conference itself, on 26/01/2022 (the photo captions).
    rows = acts.filter(pl.col("description").str.contains("phát biểu chỉ đạo Hội nghị", literal=True))
    assert rows["year"].to_list() == [2022]


def test_every_span_is_its_evidence(seed_tables):
    texts = dict(zip(seed_tables["documents"]["document_id"], seed_tables["documents"]["text"]))
    checks = {"sentences": "text", "activities": "description", "tasks": "description",
              "organisation_mentions": "surface", "legal_references": "surface", "named_references": "text"}
    for table, column in checks.items():
        for row in seed_tables[table].iter_rows(named=True):
            assert texts[row["document_id"]][row["char_start"]:row["char_end"]] == row[column], (table, row)
    for row in seed_tables["participants"].iter_rows(named=True):
        assert texts[row["document_id"]][row["char_start"]:row["char_end"]] == row["person_name"]


def _task(seed_tables, phrase: str) -> dict:
    rows = seed_tables["tasks"].filter(pl.col("description").str.contains(phrase, literal=True)).to_dicts()
    assert len(rows) == 1, phrase
    return rows[0]


def test_task_partners_groups_and_director(seed_tables):
    links = seed_tables["commitment_organisations"]
    # "Tăng cường phối hợp với Mặt trận Tổ quốc Việt Nam, Hội Liên hiệp Phụ nữ, Đoàn Thanh niên, Hội Luật sư,
    # Hội Bảo vệ quyền trẻ em…": five partners of the Department's task.
    task = _task(seed_tables, "phối hợp với Mặt trận Tổ quốc Việt Nam")
    partners = links.filter((pl.col("commitment_id") == task["task_id"]) & (pl.col("role") == "partner"))
    assert sorted(partners["organisation_id"].unique().to_list()) == sorted([
        "mat-tran-to-quoc-viet-nam", "hoi-lien-hiep-phu-nu-viet-nam", "doan-thanh-nien-cong-san-ho-chi-minh",
        "lien-doan-luat-su-viet-nam", "hoi-bao-ve-quyen-tre-em-viet-nam"])
    assert task["organisation_id"] == "cuc-tre-em"
    ha = seed_tables["participants"].filter(pl.col("person_name") == "Nguyễn Thị Hà")["participant_id"][0]
    assert task["directed_by_participant_id"] == ha  # the Deputy Minister set the 2022 tasks
    # "ưu tiên nhóm trẻ em mồ côi và trẻ em rơi vào hoàn cảnh đặc biệt do đại dịch COVID-19"
    recovery = _task(seed_tables, "kế hoạch phục hồi")
    groups = seed_tables["commitment_target_groups"].filter(pl.col("commitment_id") == recovery["task_id"])
    assert {"orphaned-children", "children-in-special-circumstances"} <= set(groups["target_group_id"])


def test_activity_partner_and_references(seed_tables):
    acts = seed_tables["activities"]
    unicef = acts.filter(pl.col("description").str.starts_with("Phối hợp với UNICEF")).to_dicts()[0]
    links = seed_tables["commitment_organisations"].filter(pl.col("commitment_id") == unicef["activity_id"])
    assert links.filter(pl.col("organisation_id") == "unicef")["role"].to_list() == ["partner"]
    decree = acts.filter(pl.col("description").str.contains("130/2021/NĐ-CP", literal=True)).to_dicts()[0]
    refs = seed_tables["commitment_legal_references"].filter(pl.col("commitment_id") == decree["activity_id"])
    assert sorted(refs["reference_id"]) == ["13/2021/TT-LĐTBXH", "130/2021/NĐ-CP"]
    directive = acts.filter(pl.col("description").str.contains("36/CT-TTg", literal=True)).to_dicts()[0]
    assert directive["organisation_id"] == "thu-tuong-chinh-phu"  # "Thủ tướng Chính phủ đã ban hành Chỉ thị …"
