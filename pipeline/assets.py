"""Dagster assets: thin wrappers that call the plain functions and report what they made."""

import sys
import warnings
from pathlib import Path

import polars as pl
from dagster import (
    AssetCheckResult, AssetCheckSpec, AssetExecutionContext, AssetIn, AssetOut, BackfillPolicy, BetaWarning, InputContext, IOManager,
    MaterializeResult, MetadataValue, Output, OutputContext, ResourceParam, StaticPartitionsDefinition, TableColumn,
    TableSchema, asset, io_manager, multi_asset,
)

from pipeline.ingest import list_raw_dir
from pipeline.partitions import BUCKETS, by_bucket, files_of, inventory, read_partition, store_dir, write_partition
from pipeline.package import publish
from pipeline.progress import Progress
from pipeline.report import summary
from pipeline.resources import DatasetPaths, RawListing
from pipeline.parts import mark_checked, parts_of, published_tables
from pipeline.run_pages import extract_files, store_root
from pipeline.schema import TABLES

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


# A backfill policy is "beta" in Dagster's words; it is what lets one run take a range of partitions.
warnings.filterwarnings("ignore", category=BetaWarning)

PAGE_PARTITIONS = StaticPartitionsDefinition(list(BUCKETS))


class PartitionStore(IOManager):
    """Keeps each partition of raw_pages and page_extractions as a small Arrow file in the page cache
    (pipeline/partitions.py), where any process that sees the cache folder reads it: the other steps of
    a run on Dask workers, and the next build, which re-runs only the partitions whose files changed.
    A step that ran several partitions at once (a range) hands over one frame per partition."""

    def __init__(self, paths: DatasetPaths):
        self.store = store_dir(paths.cache_path, Path(paths.raw_dir))

    def handle_output(self, context: OutputContext, obj: dict[str, pl.DataFrame]) -> None:
        for partition in context.asset_partition_keys:
            write_partition(self.store, context.asset_key.path[-1], partition, obj[partition])

    def load_input(self, context: InputContext) -> dict[str, pl.DataFrame]:
        stage = context.upstream_output.asset_key.path[-1]
        frames = {p: read_partition(self.store, stage, p) for p in context.asset_partition_keys}
        missing = sorted(p for p, f in frames.items() if f is None)
        if missing:
            raise FileNotFoundError(f"{stage}: partitions {', '.join(missing)} have not been materialised for "
                                    f"{context.resources.paths.raw_dir}; materialise them first")
        return frames


@io_manager(required_resource_keys={"paths"})
def partition_store(init_context) -> PartitionStore:
    return PartitionStore(init_context.resources.paths)


# One run can take any range of partitions in one step (a cold build takes all 16: one process pool,
# not 16 runs); the page work is not parallel across partitions inside a step, across steps it is.
_PARTITIONED = dict(partitions_def=PAGE_PARTITIONS, backfill_policy=BackfillPolicy.single_run(), io_manager_key="partition_store")


# raw_pages and page_extractions go unannotated: Dagster type-checks an annotated value element by
# element.
@asset(group_name="ingest", **_PARTITIONED)
def raw_pages(context: AssetExecutionContext, paths: DatasetPaths, raw_listing: ResourceParam[RawListing]):
    """The raw folder's files, partitioned by a hash of their name: name, size, modification time and
    sources.json entry of each (what tells a changed file from an unchanged one); nothing is read yet."""
    listed = raw_listing.of(paths.raw_dir)
    buckets = by_bucket(listed if listed is not None else inventory(list_raw_dir(Path(paths.raw_dir))))
    parts = {p: buckets[p] for p in context.partition_keys}
    context.add_output_metadata({"dagster/row_count": sum(f.height for f in parts.values()), "raw_dir": paths.raw_dir})
    return parts


@asset(group_name="extract", **_PARTITIONED)
def page_extractions(context: AssetExecutionContext, paths: DatasetPaths, raw_pages):
    """Each page of the partition's files cleaned, split into sentences and searched for entities; the
    rows are cached by content hash, and the partition's value is its manifest (the segment of each page)."""
    files, buckets = [], []
    for partition, listed in raw_pages.items():
        # Read as raw_pages listed them: a file changed since is read as it is, and the next build sees
        # the change in its listing and runs the partition again.
        for file in files_of(listed):
            files.append(file)
            buckets.append(partition)
    # Pages done, rate and time left: in the run's log, and drawn on the CLI's terminal when there is one.
    progress = Progress(log=context.log.info, terminal=sys.stderr)
    manifest, file_of = extract_files(files, store_root(paths.cache_path), paths.workers, progress)
    manifest = manifest.with_columns(bucket=pl.Series([buckets[f] for f in file_of], dtype=pl.String))
    context.add_output_metadata({"pages": manifest.height})
    return {p: manifest.filter(pl.col("bucket") == p).drop("bucket") for p in context.partition_keys}


def _offsets_ok(frame: pl.DataFrame, documents: pl.DataFrame, text_col: str) -> int:
    joined = frame.join(documents.select("document_id", "text"), on="document_id")
    return joined.filter(
        pl.col("text").str.slice(pl.col("char_start"), pl.col("char_end") - pl.col("char_start")) != pl.col(text_col)
    ).height


def sentences_offsets_match_text(sentences, documents) -> tuple[bool, dict]:
    """Every sentence's text is documents.text[char_start:char_end]."""
    # A part at a time: a page's sentences are in the part of its document.
    bad = sum(_offsets_ok(s.rename({"text": "sentence_text"}), d, "sentence_text")
              for (_, s), (_, d) in zip(parts_of(sentences, checked="offsets"), parts_of(documents, checked="offsets")))
    if bad == 0:
        mark_checked(sentences, "offsets")
    return bad == 0, {"mismatches": bad}


def participants_organisation_id_resolves(participants: pl.DataFrame, organisations: pl.DataFrame) -> tuple[bool, dict]:
    """Every participant's organisation_id is a row of organisations."""
    missing = participants.filter(pl.col("organisation_id").is_not_null() & ~pl.col("organisation_id").is_in(organisations["organisation_id"].implode()))
    return missing.height == 0, {"unresolved": missing.height}


def legal_references_reference_id_canonical(legal_references: pl.DataFrame) -> tuple[bool, dict]:
    """reference_id has no spaces and only plain hyphens."""
    bad = legal_references.filter(pl.col("reference_id").str.contains(r"[\s–—]"))
    return bad.height == 0, {"not_canonical": bad.height}


# The tables' checks run in the step that makes the tables (a step of its own each cost the seed's build
# a tenth of its time in Dagster's events); blocking: a failed one fails the step, and nothing is published.
# (check, the asset it checks, the tables it reads); the check's name and docstring name and describe it.
_TABLE_CHECKS = (
    (sentences_offsets_match_text, "sentences", ("sentences", "documents")),
    (participants_organisation_id_resolves, "participants", ("participants", "organisations")),
    (legal_references_reference_id_canonical, "legal_references", ("legal_references",)),
)


@multi_asset(
    outs={name: AssetOut(group_name="tables", description=t.description,
                         metadata={"dagster/column_schema": _column_schema(name)}) for name, t in TABLES.items()},
    check_specs=[AssetCheckSpec(check.__name__, asset=target, blocking=True, description=check.__doc__)
                 for check, target, _ in _TABLE_CHECKS],
)
def tables(paths: DatasetPaths, page_extractions):
    """The published tables from every partition's pages: the tables across pages whole (one
    organisation row per body across pages), the per-page ones as a part per partition, made again only
    where the partition's pages changed (pipeline/parts.py); then their checks."""
    root = store_root(paths.cache_path)
    manifest = pl.concat([page_extractions[p].with_columns(bucket=pl.lit(p, pl.String)) for p in BUCKETS])
    made = published_tables(root, store_dir(paths.cache_path, Path(paths.raw_dir)), manifest, paths.whole_up_to_pages)
    for name, table in made.items():
        yield Output(table, output_name=name, metadata={
            "dagster/row_count": table.height, "preview": MetadataValue.md(_preview(table.head(5))),
        })
    for check, target, reads in _TABLE_CHECKS:
        passed, metadata = check(*(made[t] for t in reads))
        yield AssetCheckResult(asset_key=target, check_name=check.__name__, passed=passed, metadata=metadata)


@asset(group_name="publish", ins={name: AssetIn(name) for name in TABLES})
def data_package(paths: DatasetPaths, **frames) -> MaterializeResult:
    """The Frictionless data package: CSV and Parquet per table, validated, then swapped in whole."""
    out = publish(dict(frames), Path(paths.out_dir))
    return MaterializeResult(metadata={
        "path": MetadataValue.path(str(out / "datapackage.json")),
        "tables": len(frames), "rows": sum(f.height for f in frames.values()),
    })


@asset(group_name="publish", deps=[data_package],
       ins={name: AssetIn(name) for name in ("documents", "rejections", "quarantine")})
def build_report(context: AssetExecutionContext, documents, rejections: pl.DataFrame,
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
