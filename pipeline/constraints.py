"""The schema's constraints checked on the tables themselves, vectorised with Polars.

Frictionless validates a package row by row in Python, about 3,000 rows a second here: right for the
seed and for CI, minutes for a ten-thousand-page archive. These checks test the same rules that
pipeline/schema.py declares (required, unique, enum, pattern, primary and foreign keys) in well under
a second per million rows, so every build is checked before it is published, whatever its size.
"""
from __future__ import annotations

import hashlib
from functools import cache

import polars as pl

from pipeline.parts import TableParts, lazy, mark_checked, parts_of
from pipeline.schema import TABLES


def violations(frames: dict) -> list[str]:
    """Every broken constraint, one line each, naming the table, the field and how many rows. A table
    may come whole or as parts (pipeline/parts.py); either way it is scanned lazily, one table at a
    time with Polars' streaming engine, so a large package is checked without being held in memory (an
    example is looked up only for a rule that is broken)."""
    scans = {name: lazy(value) for name, value in frames.items()}
    # Tables held whole are in memory already, and the default engine is quicker on a few rows.
    engine = "streaming" if any(isinstance(v, TableParts) for v in frames.values()) else "auto"
    keys: dict[tuple, pl.LazyFrame] = {}  # each referenced key made unique once (most tables point at sentences)

    def missing(name: str, frame: pl.LazyFrame, fields: tuple, ref: str, ref_fields: tuple, ref_scan: pl.LazyFrame | None = None) -> list[str]:
        if ref_scan is None:
            if (ref, ref_fields) not in keys:
                keys[ref, ref_fields] = scans[ref].select(list(ref_fields)).unique().collect(engine=engine).lazy()
            ref_scan = keys[ref, ref_fields]
        rows = (frame.select(list(fields)).drop_nulls()
                .join(ref_scan, left_on=list(fields), right_on=list(ref_fields), how="anti").collect(engine=engine))
        return [f"{name}: {rows.height} row(s) whose {list(fields)} is not in {ref}{list(ref_fields)}, e.g. {rows.row(0)}"] if rows.height else []

    @cache  # each document's partition, read once for every table that needs it
    def partition_of_documents() -> pl.DataFrame:
        return pl.concat([part.with_columns(partition=pl.lit(partition, pl.String))
                          for partition, part in parts_of(frames["documents"], ["document_id"])])

    out: list[str] = []
    for name, table in TABLES.items():
        value = frames[name]
        if isinstance(value, TableParts):
            out += _parts_violations(name, value, frames, missing, engine)
            continue
        frame = scans[name]
        out += _row_violations(name, frame, _rules(table.fields, table.primary_key), "auto")
        for fields, ref, ref_fields in table.foreign_keys:
            if ref != "documents" and isinstance(frames[ref], TableParts) and isinstance(frames["documents"], TableParts) \
                    and "document_id" in table.polars_schema:
                out += _references_by_partition(name, value, fields, frames[ref], ref_fields, partition_of_documents())
            else:
                out += missing(name, frame, fields, ref, ref_fields)
    return out


def _references_by_partition(name: str, frame: pl.DataFrame, fields: tuple, parts: TableParts, ref_fields: tuple,
                             where: pl.DataFrame) -> list[str]:
    """References from a table made whole (one organisation row per body across pages) into a table in
    parts (the sentences), checked a partition at a time: each row's key against the part of its own
    document's partition (`where`: document_id, partition), where its page's rows are. What a
    partition's rows point at seldom changes from one build to the next (only where pages came or
    went), so the keys checked against a part are remembered beside it by their hash, and a build after
    one new page reads one part, not every partition's hundred sentences a page. A key outside its
    document's partition is reported."""
    refs = (frame.select("document_id", *fields).drop_nulls(list(fields))
            .join(where, on="document_id", how="inner").drop("document_id").unique())  # no such document: the documents check names it
    # Each partition's keys as one sorted text, hashed: what names the check of that part.
    texts = (refs.select("partition", _key=pl.concat_str(list(fields), separator="\x1f"))
             .group_by("partition").agg(pl.col("_key").sort().str.join("\n")))
    files, bad = dict(parts.files), 0
    for partition, text in texts.iter_rows():
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]
        marker = files[partition].parent / f".checked-refs-{name}-{'-'.join(fields)}-{digest}"
        if marker.exists():
            continue
        keys = refs.filter(pl.col("partition") == partition).drop("partition")
        absent = keys.join(pl.read_ipc(files[partition], columns=list(ref_fields)), left_on=list(fields),
                           right_on=list(ref_fields), how="anti")
        if absent.height:
            bad += absent.height
        else:
            marker.touch()
    return [f"{name}: {bad} row(s) whose {list(fields)} is not in {parts.table}{list(ref_fields)} of their "
            f"document's partition"] if bad else []


def _rules(fields, primary_key: tuple[str, ...], row_rules: bool = True) -> list[tuple]:
    """(a one-value expression, field, rule, the rows that break it) for each rule of the schema's fields;
    without `row_rules`, the rules on keys alone (unique fields, the primary key)."""
    counts = []
    for f in fields:
        column = pl.col(f.name)
        if f.required and row_rules:
            counts.append((column.null_count(), f, "required", None))
        if f.unique:
            counts.append((column.drop_nulls().is_duplicated().any(), f, "unique", None))
        if f.enum and row_rules:
            bad = column.is_not_null() & ~column.is_in(list(f.enum))
            counts.append((bad.sum(), f, "enum", bad))
        if f.pattern and row_rules:
            bad = column.is_not_null() & ~column.cast(pl.String).str.contains(f"(?:{f.pattern})")
            counts.append((bad.sum(), f, "pattern", bad))
    counts.append((pl.struct(list(primary_key)).is_duplicated().any(), None, "primary_key", None))
    return counts


def _row_violations(name: str, frame: pl.LazyFrame, counts: list, engine: str) -> list[str]:
    values = frame.select([c[0].alias(str(i)) for i, c in enumerate(counts)]).collect(engine=engine).row(0)
    return _rule_messages(name, frame, counts, values)


def _parts_violations(name: str, parts: TableParts, frames: dict, missing, engine: str) -> list[str]:
    """A table in parts: what a part alone decides is checked once per part and remembered (a part's rows
    never change under its name, and the parts are kept per code version, schema included): every rule
    of a row, keys unique within the part, and references to the tables whose rows are their page's
    (a page's rows point at its own document and sentences, all in the same partition's parts). Only
    what can change with other pages is checked every build: references to the tables made whole, and
    keys unique across parts, which a part's own checks usually settle (see _keyed_by_document)."""
    table = TABLES[name]
    own = [(fields, ref, ref_fields) for fields, ref, ref_fields in table.foreign_keys if isinstance(frames[ref], TableParts)]
    keyed = _keyed_by_document(name, frames)
    prefixed = [k for k in keyed or () if k != "document_id"]
    check = f"constraints-{name}"
    out: list[str] = []
    for partition, path in parts.files:
        if (path.parent / f".checked-{check}").exists():
            continue
        frame = pl.scan_ipc(path)
        found = _row_violations(name, frame, _rules(table.fields, table.primary_key), "auto")
        for fields, ref, ref_fields in own:
            same = dict(frames[ref].files).get(partition)
            found += missing(name, frame, fields, ref, ref_fields, pl.scan_ipc(same).select(list(ref_fields)) if same else None)
        if prefixed:
            stray = frame.select(pl.any_horizontal(
                [~pl.col(k).cast(pl.String).str.starts_with(pl.col("document_id")) for k in prefixed]).sum()).collect().item()
            if stray:
                found.append(f"{name}: {stray} row(s) whose {prefixed} does not begin with the row's document_id")
        out += [f"{line} (part {partition})" for line in found]
    whole = lazy(parts)
    if keyed is None:
        keys = [f.name for f in table.fields if f.unique]
        out += _row_violations(name, whole.select(list(dict.fromkeys([*keys, *table.primary_key]))),
                               _rules(table.fields, table.primary_key, row_rules=False), engine)
    for fields, ref, ref_fields in table.foreign_keys:
        if not isinstance(frames[ref], TableParts):
            out += missing(name, whole, fields, ref, ref_fields)
    if not out:
        mark_checked(parts, check)
    return out


def _keyed_by_document(name: str, frames: dict) -> list[str] | None:
    """The key fields (the primary key's first, and the unique ones) of a table in parts whose keys
    hold their row's document: each is document_id or begins with it (checked in each part), and the
    row's document is in the same partition's documents (the part's reference check). Then keys unique
    within each part are unique across parts once the documents are, as rows of two parts belong to
    two different documents: the pass over every part's keys is needed for the documents alone (a row
    a page), not for the sentences (a hundred). None when the table is not so keyed."""
    table = TABLES[name]
    points_at_documents = ((("document_id",), "documents", ("document_id",)) in table.foreign_keys
                           and isinstance(frames["documents"], TableParts))
    if name == "documents" or not points_at_documents:
        return None
    return list(dict.fromkeys([table.primary_key[0], *(f.name for f in table.fields if f.unique)]))


def _rule_messages(name: str, frame: pl.LazyFrame, counts: list, values: tuple) -> list[str]:
    out = []
    for (_, f, rule, bad), n in zip(counts, values):
        if not n:
            continue
        if rule == "required":
            out.append(f"{name}.{f.name}: {n} empty value(s) in a required field")
        elif rule == "unique":
            out.append(f"{name}.{f.name}: values repeat in a unique field")
        elif rule == "primary_key":
            table = TABLES[name]
            out.append(f"{name}: primary key {list(table.primary_key)} repeats")
        else:
            example = frame.filter(bad).select(f.name).head(1).collect().item()
            if rule == "enum":
                out.append(f"{name}.{f.name}: {n} value(s) outside {list(f.enum)}, e.g. {example!r}")
            else:
                out.append(f"{name}.{f.name}: {n} value(s) not matching {f.pattern}, e.g. {example!r}")
    return out
