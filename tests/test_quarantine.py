"""The data contract where each page is processed (pipeline/contract.py): a value that breaks it costs
its row (and the rows that need that row), is recorded in the quarantine table, and never the build."""
from __future__ import annotations

import copy
import dataclasses
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import need_corpus, read_package
from pipeline.build import build
from pipeline.contract import enforce
from pipeline.errors import InputError
from pipeline.page import RawPage, process_page

# A page as the customs site prints them, with the kinds of rows every table holds; its last paragraph
# cites a circular with a date four years after the year in its number (the site's own typo, seen on
# a real page): that reference cannot be right as printed.
PAGE = ("Bộ Tài chính tổ chức hội nghị tổng kết năm 2021\n\n"
        "Thứ trưởng Bộ Tài chính Vũ Thị Mai chủ trì hội nghị. Năm 2021, Tổng cục Hải quan đã triển khai "
        "Thông tư số 38/2015/TT-BTC ngày 25/3/2015 của Bộ Tài chính.\n\n"
        "Thứ trưởng Vũ Thị Mai yêu cầu năm 2022 Tổng cục Hải quan cần tiếp tục thực hiện Thông tư số "
        "38/2015/TT-BTC, phối hợp với Tổng cục Thuế.\n\n"
        "Theo khoản 5 Điều 1 Thông tư 60/2014/TT-BTC ngày 30/8/2019 của Bộ Tài chính, trị giá hải quan được "
        "xác định theo hợp đồng.\n")


@pytest.fixture(scope="module")
def page_rows() -> dict[str, list[dict]]:
    return process_page(RawPage("hoi-nghi.txt", PAGE.encode("utf-8"), {"published_date": "2022-01-26"}))


def _with(rows: dict, table: str, field: str, value) -> dict:
    """The page's rows (quarantine emptied) with one value of the first row of `table` replaced."""
    changed = copy.deepcopy({t: r for t, r in rows.items() if t != "quarantine"})
    changed[table][0][field] = value
    return changed


def test_the_page_s_own_typo_is_quarantined_with_what_depends_on_it(page_rows):
    assert [r["reference_id"] for r in page_rows["legal_references"]] == ["38/2015/TT-BTC"]
    entries = [(q["table_name"], q["field"], q["value"], q["rule"], q["action"]) for q in page_rows["quarantine"]]
    assert entries[0] == ("legal_references", "issued_date", "2019-08-30", "date_in_range", "row_left_out")
    assert entries[1][0] == "commitment_legal_references" and entries[1][3:] == ("depends_on_quarantined_row", "row_left_out")
    assert {r["reference_id"] for r in page_rows["commitment_legal_references"]} == {"38/2015/TT-BTC"}
    first = page_rows["quarantine"][0]
    assert page_rows["documents"][0]["text"][first["char_start"]:first["char_end"]] == "Thông tư 60/2014/TT-BTC"


@pytest.mark.parametrize("table, field, value, rule", [
    # reference ids end at the code
    ("legal_references", "reference_id", "38/QĐ-TTgngày", "pattern"),  # "à" is no letter of a code
    ("legal_references", "reference_id", "78/2014/TT-BTCquy", "reference_id_ends_at_code"),
    ("legal_references", "reference_id", "166/QĐ-BHXH-Danh", "reference_id_ends_at_code"),
    ("legal_references", "reference_id", "58/2014/QH13-Luật", "pattern"),
    ("legal_references", "reference_id", "36 /CT-TTg", "pattern"),
    # people: 2-5 capitalised syllables, no honorific, digit, punctuation or line break
    ("participants", "person_name", "Ông Tim Evans", "person_name_shape"),
    ("participants", "person_name", "Mai Xuân Thành\n\nSuốt", "person_name_shape"),
    ("participants", "person_name", "Nguyễn Văn 2", "person_name_shape"),
    ("participants", "person_name", "Nguyễn", "person_name_shape"),
    ("participants", "person_name", "Madam", "person_name_shape"),  # two vowel groups, but an honorific
    ("participants", "person_name", "Vũ Thị Mai, Thứ", "person_name_shape"),
    ("participants", "person_name", "Vũ thị Mai", "person_name_shape"),
    ("participants", "person_name", "Công Ty Cổ Phần Đầu Tư Xây Dựng", "person_name_shape"),
    # organisations: one line, single spaces, nothing dangling, trimmed
    ("organisations", "name", "Hải quan\n\nHiện trường vụ việc ở", "organisation_name_shape"),
    ("organisations", "name", "Sở Kế hoạch và", "organisation_name_shape"),
    ("organisations", "name", "Bộ  Tài chính", "organisation_name_shape"),
    ("organisations", "name", "Bộ Tài chính ", "trimmed"),
    ("organisation_mentions", "surface", "Việt Nam –", "organisation_name_shape"),
    # dates and years a page can state
    ("legal_references", "issued_date", "2015-02-30", "date_in_range"),
    ("legal_references", "issued_date", "2015-13-01", "date_in_range"),
    ("legal_references", "issued_date", "2023-03-25", "date_in_range"),  # after the page citing it
    ("tasks", "target_year", 1900, "year_in_range"),
    ("activities", "year", 2023, "year_in_range"),  # done after the page was published
    # the schema's own constraints
    ("participants", "role", "sang", "enum"),
    ("participants", "mention_count", "2", "type"),
    ("tasks", "description", None, "required"),
    ("commitment_organisations", "role", "boss", "enum"),
])
def test_a_bad_value_costs_its_row(page_rows, table, field, value, rule):
    rows = _with(page_rows, table, field, value)
    kept = enforce(rows, "hoi-nghi.txt")
    first = kept["quarantine"][0]
    assert (first["table_name"], first["field"], first["value"], first["rule"]) == (
        table, field, None if value is None else str(value), rule)
    assert len(kept[table]) == len(page_rows[table]) - 1
    assert kept["documents"] == page_rows["documents"]


@pytest.mark.parametrize("table, field, value", [
    ("legal_references", "reference_id", "38/QĐ-TTg"),
    ("legal_references", "reference_id", "08-QĐi/TW"),
    ("legal_references", "reference_id", "1234/HQĐNg-NV"),
    ("legal_references", "reference_id", "17/2021/QH15"),
    ("participants", "person_name", "Tim Evans"),
    ("participants", "person_name", "Nguyễn Thị Hà"),
    ("participants", "person_name", "Tôn Nữ Thị Ninh"),
    ("participants", "person_name", "Hatsushiba"),  # one foreign word: two vowel groups, no Vietnamese syllable's shape
    ("organisations", "name", "Sở Kế hoạch và Đầu tư"),
    ("organisations", "name", "Cục Quản lý khám, chữa bệnh"),
    ("organisations", "name", "Vụ Kế hoạch - Tài chính"),
    ("tasks", "target_year", 2030),  # "đến năm 2030": a task far ahead is still a task
])
def test_a_good_value_keeps_its_row(page_rows, table, field, value):
    kept = enforce(_with(page_rows, table, field, value), "hoi-nghi.txt")
    assert [q for q in kept["quarantine"] if q["table_name"] == table] == []
    assert kept[table][0][field] == value


def test_rows_that_need_a_left_out_row_go_with_it_and_optional_references_are_cleared(page_rows):
    kept = enforce(_with(page_rows, "participants", "person_name", "Ông Vũ Thị Mai"), "hoi-nghi.txt")
    assert kept["participants"] == []
    directed = [r for t in ("activities", "tasks") for r in page_rows[t] if r["directed_by_participant_id"]]
    assert directed, "the page's tasks should be directed by the Deputy Minister"
    assert all(r["directed_by_participant_id"] is None for t in ("activities", "tasks") for r in kept[t])
    cleared = [q for q in kept["quarantine"] if q["action"] == "value_cleared"]
    assert len(cleared) == len(directed) and {q["field"] for q in cleared} == {"directed_by_participant_id"}

    kept = enforce(_with(page_rows, "tasks", "category", "nothing"), "hoi-nghi.txt")
    task_id = page_rows["tasks"][0]["task_id"]
    for table in ("commitment_evidence", "commitment_organisations", "commitment_legal_references"):
        assert task_id not in {r["commitment_id"] for r in kept[table]}
        assert task_id in {r["commitment_id"] for r in page_rows[table]}


def test_a_sentence_left_out_takes_the_rows_stated_in_it(page_rows):
    sentence = page_rows["tasks"][0]["sentence_id"]
    rows = copy.deepcopy({t: r for t, r in page_rows.items() if t != "quarantine"})
    next(s for s in rows["sentences"] if s["sentence_id"] == sentence)["kind"] = "footer"
    kept = enforce(rows, "hoi-nghi.txt")
    for table, table_rows in kept.items():
        if table != "quarantine":
            assert sentence not in {r.get("sentence_id") for r in table_rows if table != "documents"}, table


def test_a_row_that_repeats_a_key_goes_and_the_first_stays(page_rows):
    rows = copy.deepcopy({t: r for t, r in page_rows.items() if t != "quarantine"})
    rows["organisation_mentions"].append(dict(rows["organisation_mentions"][0]))
    rows["participants"].append({**rows["participants"][0], "person_name": "Nguyễn Văn An"})
    kept = enforce(rows, "hoi-nghi.txt")
    assert [(q["table_name"], q["rule"]) for q in kept["quarantine"] if q["table_name"] != "commitment_legal_references"] == [
        ("organisation_mentions", "primary_key"), ("participants", "unique")]
    assert kept["organisation_mentions"] == page_rows["organisation_mentions"]
    assert [p["person_name"] for p in kept["participants"]] == ["Vũ Thị Mai"]


def test_a_page_whose_document_row_breaks_the_contract_is_rejected_with_the_reason(page_rows):
    with pytest.raises(InputError, match=r"published_date '1890-01-01'") as caught:
        enforce(_with(page_rows, "documents", "published_date", "1890-01-01"), "hoi-nghi.txt")
    assert caught.value.code == "contract" and caught.value.file == "hoi-nghi.txt"
    with pytest.raises(InputError, match=r"sentence_id .*points to a sentences row that was left out"):
        enforce(_with(page_rows, "sentences", "kind", "footer"), "hoi-nghi.txt")  # the title sentence


def test_fault_injection_an_extractor_bug_costs_one_row_and_the_package_validates(tmp_path, monkeypatch):
    """An extractor patched to put an honorific into one person's name on one page of a small corpus:
    that row is quarantined and reported, the build succeeds, and frictionless validates the package."""
    import pipeline.page as page_module

    corpus = need_corpus()
    raw = tmp_path / "raw"
    raw.mkdir()
    names = sorted(p.name for p in corpus.glob("*.md") if p.name != "SOURCE.md")[:6]
    for name in names:
        shutil.copyfile(corpus / name, raw / name)
    clean = read_package(_built(raw, tmp_path / "clean"))
    victim = clean["participants"].row(0, named=True)  # the first person of the first page that names one

    real = page_module.find_people

    def buggy(text, *args, **kwargs):
        people = real(text, *args, **kwargs)
        return [dataclasses.replace(p, name=f"Ông {p.name}") if p.name == victim["person_name"] else p for p in people]

    monkeypatch.setattr(page_module, "find_people", buggy)
    out = _built(raw, tmp_path / "buggy")  # workers=1: the patch is in this process
    tables = read_package(out)
    quarantined = tables["quarantine"].filter(tables["quarantine"]["table_name"] == "participants").to_dicts()
    assert [(q["value"], q["rule"], q["document_id"]) for q in quarantined] == [
        (f"Ông {victim['person_name']}", "person_name_shape", victim["document_id"])]
    assert quarantined[0]["source_path"] in names
    assert tables["participants"].height == clean["participants"].height - 1
    assert tables["documents"].height == clean["documents"].height == len(names)
    cli = subprocess.run([str(Path(sys.executable).parent / "frictionless"), "validate", str(out / "datapackage.json")],
                         capture_output=True, text=True)
    assert cli.returncode == 0, cli.stdout[-2000:]


def _built(raw: Path, out: Path) -> Path:
    assert build(raw, out, cache_dir=None, workers=1).success
    return out


def test_the_dagster_run_shows_the_build_report(tmp_path):
    """The build_report materialisation, the last of the run, carries the report the CLI prints."""
    from pipeline.report import summary

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "hoi-nghi.txt").write_bytes(PAGE.encode())
    (raw / "ban-sao.txt").write_bytes(PAGE.encode())
    result = build(raw, tmp_path / "out", cache_dir=None, workers=1)
    metadata = result.asset_materializations_for_node("build_report")[0].metadata
    tables = read_package(tmp_path / "out")
    report = summary(tables["documents"], tables["rejections"], tables["quarantine"])
    assert metadata["build report"].value == f"```\n{report}\n```"
    assert "date_in_range" in report and "duplicate" in report
    assert (metadata["pages published"].value, metadata["files rejected"].value, metadata["rows quarantined"].value) == (1, 1, 2)


def test_a_standing_office_ends_its_name_whole():
    """"trực" left from "trực thuộc" cut short dangles; "Thường trực" (standing) ends a name."""
    from pipeline.contract import _checks

    check = next(c for name, _, _, c, _ in _checks()["organisations"] if name == "name")
    assert check("Cục Kiểm định hải quan trực", {}, None)[0] == "organisation_name_shape"
    assert check("Văn phòng Thường trực", {}, None) is None
