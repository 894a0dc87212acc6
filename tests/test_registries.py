"""One row per legal document and per person across pages (pipeline/registries.py): the rules of the
data card, on small pages written here and on the corpus."""
from __future__ import annotations

import shutil
from pathlib import Path

import polars as pl
import pytest

from conftest import CORPUS, need_corpus, read_package
from pipeline.build import build

PORTALS = CORPUS.parent / "corpus-portals"


def _page(title: str, date: str, *paragraphs: str) -> str:
    return "\n\n".join([title, date, *paragraphs]) + "\n"


def _build(tmp_path: Path, pages: dict[str, str]) -> dict[str, pl.DataFrame]:
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, text in pages.items():
        (raw / name).write_text(text, "utf-8")
    out = tmp_path / "out"
    assert build(raw, out, cache_dir=None, workers=1).success
    return read_package(out)


def _person_ids(tables, name: str) -> list[str]:
    return sorted(set(tables["participants"].filter(pl.col("person_name") == name)["person_id"]))


def test_people_across_pages(tmp_path):
    tables = _build(tmp_path, {
        "a.txt": _page("Bộ Tài chính tổng kết năm 2024", "10/01/2025",
                       "Thứ trưởng Bộ Tài chính Nguyễn Văn Thắng chủ trì hội nghị tổng kết công tác năm 2024.",
                       "Giám đốc Sở Y tế tỉnh Nam Định Trần Văn Hùng báo cáo kết quả phòng chống dịch.",
                       "Phó Thủ tướng thường trực Lê Văn Hoà dự và phát biểu chỉ đạo hội nghị."),
        "b.txt": _page("Cục Hải quan triển khai nhiệm vụ năm 2025", "15/02/2025",
                       "Thứ trưởng Nguyễn Văn Thắng yêu cầu Tổng cục Hải quan đẩy mạnh cải cách thủ tục hành chính.",
                       "Chủ tịch Công ty Cổ phần Sông Đà Trần Văn Hùng cho biết doanh nghiệp đã hoàn thành kế hoạch.",
                       "Phó Thủ tướng Lê Văn Hòa đề nghị các bộ, ngành phối hợp chặt chẽ."),
    })
    people = tables["people"]
    # The same official on two pages: one person, with both pages.
    assert _person_ids(tables, "Nguyễn Văn Thắng") == ["nguyen-van-thang"]
    assert people.filter(person_id="nguyen-van-thang")["page_count"].item() == 2
    # One name, two unrelated bodies: two people.
    assert _person_ids(tables, "Trần Văn Hùng") == ["tran-van-hung", "tran-van-hung-2"]
    # Old and new tone-mark placement, and a qualified office: one person, both spellings kept.
    assert len(set(tables["participants"].filter(pl.col("person_name").is_in(["Lê Văn Hoà", "Lê Văn Hòa"]))["person_id"])) == 1
    assert set(people.filter(pl.col("name_key") == "lê văn hòa")["spellings"].str.split("; ").explode()) == {"Lê Văn Hoà", "Lê Văn Hòa"}
    titles = tables["person_titles"].filter(person_id="nguyen-van-thang")
    assert titles["organisation_id"].to_list()[0] == "bo-tai-chinh" and titles["page_count"].sum() == 2
    assert tables["participants"]["person_id"].null_count() == 0


def test_legal_documents_across_pages(tmp_path):
    tables = _build(tmp_path, {
        "a.txt": _page("Chính phủ giao ban", "20/01/2024",
                       "Các bộ triển khai Nghị quyết số 01/NQ-CP về nhiệm vụ, giải pháp chủ yếu năm 2024.",
                       "Thực hiện Nghị định số 130/2021/NĐ-CP ngày 30/12/2021 của Chính phủ."),
        "b.txt": _page("Bộ Tài chính triển khai nhiệm vụ", "12/02/2025",
                       "Bộ Tài chính quán triệt Nghị quyết số 01/NQ-CP về nhiệm vụ, giải pháp chủ yếu năm 2025.",
                       "Thực hiện Nghị định số 130/2021/NĐ-CP ngày 31/12/2021 của Chính phủ."),
        "c.txt": _page("Sơ kết quý I", "05/04/2026",
                       "Đánh giá kết quả thực hiện Nghị quyết số 01/NQ-CP ngày 8/1/2025 của Chính phủ trong năm qua."),
    })
    docs = tables["legal_documents"].sort("legal_document_id")
    ids = docs["legal_document_id"].to_list()
    # A number without a year: one document per year, joined by a page that dates it.
    assert {"01/NQ-CP@2024", "01/NQ-CP@2025", "130/2021/NĐ-CP"} == set(ids)
    assert docs.filter(legal_document_id="01/NQ-CP@2025")["citing_documents"].item() == 2
    assert docs.filter(legal_document_id="01/NQ-CP@2025")["year_source"].item() == "issued_date"
    assert docs.filter(legal_document_id="01/NQ-CP@2024")["year"].item() is None  # grouped by the page's year, not dated by it
    # Pages that disagree on the issue date: flagged, not guessed.
    decree = docs.filter(legal_document_id="130/2021/NĐ-CP").row(0, named=True)
    assert decree["issued_date"] is None and decree["issued_date_conflict"]
    assert decree["issued_dates_stated"] == "2021-12-30; 2021-12-31"
    assert str(decree["first_cited"]) == "2024-01-20" and str(decree["last_cited"]) == "2025-02-12"


def test_corpus_and_portals_build_with_registries(tmp_path):
    corpus = need_corpus()
    if not any(PORTALS.glob("*.md")):
        pytest.skip(f"the portal corpus is not at {PORTALS}: this test needs ../shared/corpus-portals beside the checkout")
    raw = tmp_path / "raw"
    shutil.copytree(corpus, raw / "corpus")
    shutil.copytree(PORTALS, raw / "portals")
    out = tmp_path / "out"
    assert build(raw, out, cache_dir=None, workers=2).success  # the build validates the package before publishing it
    tables = read_package(out)
    refs, docs = tables["legal_references"], tables["legal_documents"]
    counted = refs.group_by("legal_document_id").agg(pl.col("document_id").n_unique().alias("pages"))
    joined = docs.join(counted, on="legal_document_id", how="full", coalesce=True)
    assert joined.filter(pl.col("citing_documents") != pl.col("pages")).height == 0
    assert refs["legal_document_id"].null_count() == 0 and tables["participants"]["person_id"].null_count() == 0
    # The Director General of Customs is named on several customs pages, always the same person.
    can = tables["participants"].filter(pl.col("person_name") == "Nguyễn Văn Cẩn")
    assert can["document_id"].n_unique() >= 3 and can["person_id"].unique().to_list() == ["nguyen-van-can"]
    # A decree cited by several pages is one document.
    assert docs.filter(legal_document_id="59/2018/NĐ-CP")["citing_documents"].item() >= 3


def test_one_organisation_across_pages_and_spellings(tmp_path):
    tables = _build(tmp_path, {
        "a.txt": _page("Nam Định tổng kết năm 2024", "10/01/2025",
                       "Uỷ ban nhân dân tỉnh Nam Định tổ chức hội nghị tổng kết công tác năm 2024."),
        "b.txt": _page("Nam Định triển khai nhiệm vụ", "12/02/2025",
                       "Ủy ban nhân dân tỉnh Nam Định yêu cầu các sở, ngành đẩy mạnh cải cách hành chính.",
                       "UBND tỉnh Nam Định giao Sở Tài chính rà soát dự toán ngân sách."),
    })
    mentions = tables["organisation_mentions"].filter(pl.col("surface").str.contains("Nam Định"))
    assert set(mentions["surface"]) >= {"Uỷ ban nhân dân tỉnh Nam Định", "Ủy ban nhân dân tỉnh Nam Định", "UBND tỉnh Nam Định"}
    assert mentions["organisation_id"].n_unique() == 1 and mentions["document_id"].n_unique() == 2
    assert tables["organisations"].filter(organisation_id=mentions["organisation_id"][0]).height == 1


def test_a_bare_name_is_not_joined_to_an_official(tmp_path):
    tables = _build(tmp_path, {
        "a.txt": _page("Bắt giữ xe chở hàng lậu", "03/03/2017",
                       "Lực lượng chức năng đã bắt giữ ông Nguyễn Minh Tiến, 45 tuổi, khi đang vận chuyển hàng lậu qua biên giới."),
        "b.txt": _page("Hà Giang chọn đề tài nghiên cứu", "10/03/2017",
                       "Phó Chủ tịch UBND tỉnh Hà Giang Nguyễn Minh Tiến chủ trì cuộc họp về lựa chọn đề tài nghiên cứu."),
    })
    assert _person_ids(tables, "Nguyễn Minh Tiến") == ["nguyen-minh-tien", "nguyen-minh-tien-2"]
