"""Many pages' rows into the published tables: one document per distinct text, one organisation row
per body across pages, one legal document and one person across pages (pipeline/registries.py),
stable row order, types from pipeline/schema.py."""
from __future__ import annotations

import polars as pl

from pipeline.extract.links import target_groups
from pipeline.extract.vocabulary import gazetteer
from pipeline.page import org_row_from_entry
from pipeline.registries import legal_documents, people
from pipeline.schema import EVIDENCE, TABLES

# Row order of each table: by its key, so that a rebuild writes the same bytes.
_SORT = {
    "documents": ["document_id"], "sentences": ["document_id", "char_start"], "organisations": ["organisation_id"],
    "organisation_mentions": ["document_id", "char_start"], "people": ["person_id"], "person_titles": ["person_id", "title_no"],
    "participants": ["participant_id"], "legal_documents": ["legal_document_id"], "legal_references": ["document_id", "reference_id"], "named_references": ["document_id", "char_start"],
    "activities": ["activity_id"], "tasks": ["task_id"], "commitment_evidence": ["commitment_id", "evidence_no"],
    "commitment_organisations": ["commitment_id", "char_start"], "commitment_target_groups": ["commitment_id", "char_start"],
    "commitment_legal_references": ["commitment_id", "reference_id"], "target_groups": ["target_group_id"],
    "rejections": ["source_path"], "quarantine": ["document_id", "quarantine_no"],
}


_ACROSS_PAGES = ("organisations", "target_groups", "rejections", "people", "person_titles", "legal_documents")
PAGE_KEY = "page_key"  # the column that ties a row to the page it came from, until the tables are combined
# Tables whose rows are their page's alone once the page is published: nothing across pages changes
# them, so a large build keeps them as parts, one per partition of pages (pipeline/parts.py), and only
# a changed partition's part is made again. Participants and legal references get their person and
# legal document from every page (registries), and the quarantine is small and read whole by the build
# report: those stay whole, with the tables across pages.
PER_PAGE = ("documents", "sentences", "organisation_mentions", "named_references", "activities", "tasks",
            "commitment_evidence", "commitment_organisations", "commitment_target_groups", "commitment_legal_references")


def rows_frame(name: str, rows: list[dict], page_keys: list[str]) -> pl.DataFrame:
    """typed_frame(), each row tagged with the key of its page."""
    return typed_frame(name, rows).with_columns(pl.Series(PAGE_KEY, page_keys, dtype=pl.String))


def combine(extracted) -> dict[str, pl.DataFrame]:
    """`extracted`: a run_pages.Extracted (every page's rows tagged with its page_key, and a row per
    page). Every published table, whole (pipeline/parts.py makes the same tables a partition at a time)."""
    rank, rejections = published_pages(extracted.pages, extracted.tables["documents"])
    frames = across_pages(extracted.tables, rank, rejections)
    frames.update({table: page_rows(table, extracted.tables[table], rank) for table in PER_PAGE})
    return {table: frames[table] for table in TABLES}


def published_pages(pages: pl.DataFrame, documents: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(the published pages' page_key and _rank, the rejections table). `pages` has a row per raw file,
    `documents` (any columns with page_key and document_id) a row per page read. Pages are taken in
    file-name order: the first file with a given text is published, later ones are recorded as
    duplicates."""
    pages = (pages.with_row_index("_order")
             .join(documents.select(PAGE_KEY, "document_id"), on=PAGE_KEY, how="left")
             .sort("name", "_order"))
    read = pages.filter(pl.col("reason") == "")
    kept = read.unique("document_id", keep="first", maintain_order=True)
    first_name = kept.select("document_id", pl.col("name").alias("first_name"))
    duplicates = (read.join(kept.select(PAGE_KEY), on=PAGE_KEY, how="anti").join(first_name, on="document_id")
                  .select(source_path="name", source_sha256="sha256",
                          reason=pl.format("same text as {}, published once", "first_name"), reason_code=pl.lit("duplicate"),
                          duplicate_of="document_id"))
    rejected = pages.filter(pl.col("reason") != "").select(
        source_path="name", source_sha256="sha256", reason="reason", reason_code="reason_code", duplicate_of=pl.lit(None, pl.String))
    rejections = _sorted("rejections", pl.concat([rejected, duplicates]).cast(TABLES["rejections"].polars_schema))
    return kept.select(PAGE_KEY, _rank=pl.int_range(pl.len())), rejections


def page_rows(table: str, frame: pl.DataFrame, rank: pl.DataFrame, partial: bool = False) -> pl.DataFrame:
    """The rows of `frame` (rows of `table` with page_key; with `partial`, only some of its columns) of
    the published pages in `rank`, in the table's key order; rows that tie on the key keep their page's order."""
    return _sorted(table, _published(frame, rank), partial)


def _published(frame: pl.DataFrame, rank: pl.DataFrame) -> pl.DataFrame:
    """The rows of the published pages, in page then row order."""
    return (frame.with_row_index("_row").join(rank, on=PAGE_KEY, how="inner", maintain_order="left")
            .sort("_rank", "_row").drop(PAGE_KEY, "_row", "_rank"))


def across_pages(tables: dict[str, pl.DataFrame], rank: pl.DataFrame, rejections: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """Every table but the PER_PAGE ones: one organisation row per body across pages (the first page
    that names a body gives its row), the registries of legal documents and people, the rejections and
    the quarantine. `tables` holds every page's rows: whole for these tables, and of the PER_PAGE ones
    at least the columns light_columns() names."""
    frames = {table: page_rows(table, tables[table], rank, partial=table in PER_PAGE)
              for table in TABLES if table not in _ACROSS_PAGES and table in tables}
    # In page order: the first page that names a body gives its row, and a parent named on no page
    # takes the evidence of its first child.
    named = _published(tables["organisations"], rank).unique("organisation_id", keep="first", maintain_order=True)
    orgs = {row["organisation_id"]: row for row in named.to_dicts()}
    frames["organisations"] = _sorted("organisations", typed_frame("organisations", list(_close_over_parents(orgs, frames).values())))
    frames["target_groups"] = _sorted("target_groups", typed_frame("target_groups", [
        {"target_group_id": gid, "name": g["name"], "name_en": g["name_en"]} for gid, g in target_groups().items()]))
    frames["rejections"] = rejections
    registries = dict(zip(("legal_documents", "legal_references"), legal_documents(frames["legal_references"], frames["documents"])))
    registries.update(zip(("people", "person_titles", "participants"),
                          people(frames["participants"], frames["documents"], frames["organisations"])))
    for table, frame in registries.items():
        frames[table] = _sorted(table, frame.cast(TABLES[table].polars_schema))  # _sorted keeps the schema's columns
    return {table: frames[table] for table in TABLES if table not in PER_PAGE}


# Every column that points at organisations (from the schema's foreign keys), the tables of people and
# commitments first: the first reference found gives a body's evidence. A state office ("Chủ tịch
# nước") is an actor or issuer without being a body named on the page, so only these references bring
# its row in.
_FIRST = ("participants", "activities", "tasks")
_ORG_REFERENCES = sorted(
    ((name, fields[0]) for name, table in TABLES.items() if name != "organisations"
     for fields, ref, _ in table.foreign_keys if ref == "organisations"),
    key=lambda ref: _FIRST.index(ref[0]) if ref[0] in _FIRST else len(_FIRST))


def light_columns() -> dict[str, list[str]]:
    """What across_pages() reads of every page: the tables it makes whole, and of the PER_PAGE ones the
    columns it uses (documents without its text; the keys, organisation and evidence of the tables that
    point at organisations)."""
    columns = {table: list(TABLES[table].polars_schema) for table in TABLES if table not in PER_PAGE}
    columns["documents"] = [c for c in TABLES["documents"].polars_schema if c != "text"]
    for table, column in _ORG_REFERENCES:
        if table in PER_PAGE:
            columns[table] = list(dict.fromkeys([*_SORT[table], column, *EVIDENCE]))
    return columns


def light_rows(tables: dict[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    """Of `tables` (every page's rows, at least light_columns()), the rows across_pages() can use: of
    the PER_PAGE tables that point at organisations, those that may bring a body in (_close_over_parents).
    A row whose body is empty, or one its own page's organisations rows name, never does: when the row
    is published its page is, and that page's rows name the body. These are most rows, and all the
    bytes of a partition's light copy (pipeline/parts.py) that every build reads again."""
    named = tables["organisations"].select(PAGE_KEY, "organisation_id")
    out = dict(tables)
    for table, column in _ORG_REFERENCES:
        if table in PER_PAGE and table in tables:
            out[table] = (tables[table].drop_nulls(column)
                          .join(named.rename({"organisation_id": column}), on=[PAGE_KEY, column], how="anti", maintain_order="left"))
    return out


def _close_over_parents(orgs: dict[str, dict], frames: dict[str, pl.DataFrame]) -> dict[str, dict]:
    """Every organisation a row points to (a parent, a title's body) gets a row too, with the evidence
    of the row that points to it."""
    entries = gazetteer()
    pending: list[tuple[str, dict]] = []
    for table, column in _ORG_REFERENCES:
        if table not in frames:
            continue  # a registry across pages: its bodies are those of the rows it is made from
        referring = (frames[table].select(pl.col(column).alias("organisation_id"), *EVIDENCE).drop_nulls("organisation_id")
                     .filter(~pl.col("organisation_id").is_in(list(orgs)))
                     .unique("organisation_id", keep="first", maintain_order=True))
        pending += [(r["organisation_id"], r) for r in referring.to_dicts()]
    pending += [(o["parent_organisation_id"], o) for o in orgs.values() if o["parent_organisation_id"]]
    pending.reverse()  # popped from the end: the first reference gives the evidence
    while pending:
        oid, child = pending.pop()
        if oid in orgs or oid not in entries:
            continue
        orgs[oid] = {**org_row_from_entry(entries[oid]), **{k: child[k] for k in EVIDENCE}}
        if orgs[oid]["parent_organisation_id"]:
            pending.append((orgs[oid]["parent_organisation_id"], orgs[oid]))
    for o in orgs.values():
        if o["parent_organisation_id"] and o["parent_organisation_id"] not in orgs:
            o["parent_organisation_id"] = None
    return orgs


def typed_frame(name: str, rows: list[dict]) -> pl.DataFrame:
    """Rows of a table (dicts keyed by the columns of pipeline/schema.py, as process_page makes them;
    a missing key is an empty cell) with the schema's types. Polars reads the dicts in Rust: no Python
    loop per row and column."""
    schema = TABLES[name].polars_schema
    as_read = {c: (pl.String if t == pl.Date else t) for c, t in schema.items()}  # dates come as ISO text
    frame = pl.DataFrame(rows, schema=as_read) if rows else pl.DataFrame(schema=as_read)
    return frame.with_columns([pl.col(c).str.to_date("%Y-%m-%d") for c, t in schema.items() if t == pl.Date])


def _sorted(name: str, frame: pl.DataFrame, partial: bool = False) -> pl.DataFrame:
    # Stable: rows that tie on the key keep their order within the page. The schema's columns, in its
    # order; `partial`: only those of them `frame` has (across_pages() reads the PER_PAGE tables in part).
    columns = [c for c in TABLES[name].polars_schema if not partial or c in frame.columns]
    return frame.select(columns).sort(_SORT[name], maintain_order=True)


def sort_key(name: str) -> list[str]:
    """The columns a table's rows are ordered by."""
    return _SORT[name]
