"""Dagster assets: thin wrappers that call the plain functions and report what they made."""

import sys
from pathlib import Path

import polars as pl
from dagster import (
    AssetCheckResult, AssetExecutionContext, AssetIn, AssetOut, MaterializeResult, MetadataValue, Output,
    TableColumn, TableSchema, asset, asset_check, multi_asset,
)

from pipeline.ingest import read_raw_dir
from pipeline.package import publish
from pipeline.progress import Progress
from pipeline.report import summary
from pipeline.resources import DatasetPaths
from pipeline.run_pages import process_pages
from pipeline.schema import TABLES
from pipeline.tables import combine

# The UI's groups follow the data one way: ingest (the raw files) -> extract (the page work) -> tables
# (every published table, the rejections and quarantine included: they are made from the page work)
# -> publish (the package, then the build report).


def _column_schema(name: str) -> TableSchema:
    return TableSchema(columns=[TableColumn(f.name, f.type, description=f.description) for f in TABLES[name].fields])


def _preview(frame: pl.DataFrame) -> str:
    head = frame.head(5).with_columns(pl.col(pl.String).str.slice(0, 60))
    if head.is_empty():
        return "_(no rows)_"
    cols = head.columns
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for row in head.iter_rows():
        lines.append("| " + " | ".join("" if v is None else str(v).replace("|", "\\|").replace("\n", " ") for v in row) + " |")
    return "\n".join(lines)


# raw_pages and page_extractions go unannotated: Dagster type-checks an annotated list element by
# element, down to every cell, which cost 35 s per step at 10,000 pages.
@asset(group_name="ingest")
def raw_pages(context: AssetExecutionContext, paths: DatasetPaths):
    """The raw pages of the raw folder (bytes as found) with their origin from sources.json."""
    pages = read_raw_dir(Path(paths.raw_dir))
    context.add_output_metadata({"dagster/row_count": len(pages), "raw_dir": paths.raw_dir})
    return pages


@asset(group_name="extract")
def page_extractions(context: AssetExecutionContext, paths: DatasetPaths, raw_pages):
    """Each page cleaned, split into sentences and searched for entities; cached by content hash."""
    # Pages done, rate and time left: in the run's log, and drawn on the CLI's terminal when there is one.
    progress = Progress(log=context.log.info, terminal=sys.stderr)
    extracted = process_pages(raw_pages, Path(paths.cache_dir) if paths.cache_dir else None, paths.workers, progress)
    context.add_output_metadata({"pages": extracted.pages.height, "rejected": extracted.rejected.height})
    return extracted


@multi_asset(
    outs={name: AssetOut(group_name="tables", description=t.description,
                         metadata={"dagster/column_schema": _column_schema(name)}) for name, t in TABLES.items()},
)
def tables(page_extractions):
    """The published tables, built from all pages at once (one organisation row per body across pages)."""
    for name, frame in combine(page_extractions).items():
        yield Output(frame, output_name=name, metadata={
            "dagster/row_count": frame.height, "preview": MetadataValue.md(_preview(frame)),
        })


@asset(group_name="publish", ins={name: AssetIn(name) for name in TABLES})
def data_package(paths: DatasetPaths, **frames: pl.DataFrame) -> MaterializeResult:
    """The Frictionless data package: CSV and Parquet per table, validated, then swapped in whole."""
    out = publish(dict(frames), Path(paths.out_dir))
    return MaterializeResult(metadata={
        "path": MetadataValue.path(str(out / "datapackage.json")),
        "tables": len(frames), "rows": sum(f.height for f in frames.values()),
    })


@asset(group_name="publish", deps=[data_package],
       ins={name: AssetIn(name) for name in ("documents", "rejections", "quarantine")})
def build_report(context: AssetExecutionContext, documents: pl.DataFrame, rejections: pl.DataFrame,
                 quarantine: pl.DataFrame) -> MaterializeResult:
    """What the build published and what it left out: pages published, files rejected by reason, rows
    quarantined by rule with examples (the text the CLI prints at the end)."""
    report = summary(documents, rejections, quarantine)
    context.log.info(report)
    return MaterializeResult(metadata={
        "pages published": documents.height, "files rejected": rejections.height,
        "rows quarantined": quarantine.filter(pl.col("action") == "row_left_out").height,
        "build report": MetadataValue.md(f"```\n{report}\n```"),
    })


def _offsets_ok(frame: pl.DataFrame, documents: pl.DataFrame, text_col: str) -> int:
    joined = frame.join(documents.select("document_id", "text"), on="document_id")
    return joined.filter(
        pl.col("text").str.slice(pl.col("char_start"), pl.col("char_end") - pl.col("char_start")) != pl.col(text_col)
    ).height


@asset_check(asset="sentences", blocking=True, additional_ins={"documents": AssetIn("documents")})
def sentences_offsets_match_text(sentences: pl.DataFrame, documents: pl.DataFrame) -> AssetCheckResult:
    """Every sentence's text is documents.text[char_start:char_end]."""
    bad = _offsets_ok(sentences.rename({"text": "sentence_text"}), documents, "sentence_text")
    return AssetCheckResult(passed=bad == 0, metadata={"mismatches": bad})


@asset_check(asset="participants", blocking=True, additional_ins={"organisations": AssetIn("organisations")})
def participants_organisation_id_resolves(participants: pl.DataFrame, organisations: pl.DataFrame) -> AssetCheckResult:
    """Every participant's organisation_id is a row of organisations."""
    missing = participants.filter(pl.col("organisation_id").is_not_null() & ~pl.col("organisation_id").is_in(organisations["organisation_id"].implode()))
    return AssetCheckResult(passed=missing.height == 0, metadata={"unresolved": missing.height})


@asset_check(asset="legal_references", blocking=True)
def legal_references_reference_id_canonical(legal_references: pl.DataFrame) -> AssetCheckResult:
    """reference_id has no spaces and only plain hyphens."""
    bad = legal_references.filter(pl.col("reference_id").str.contains(r"[\s–—]"))
    return AssetCheckResult(passed=bad.height == 0, metadata={"not_canonical": bad.height})
