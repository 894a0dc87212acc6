"""From pages to registries: one row per legal document and per person across all documents.

A page's citations and participants say what that page states; the questions a dataset answers run
across pages (which decrees are cited most, and since when; what a deputy minister was seen doing over
the years). These functions resolve them, conservatively: two citations are one document only when
their numbers agree and nothing dates them apart, two participants one person only when their names
agree and nothing places them in unrelated bodies. The rules are written out in the data card.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache

import polars as pl

from pipeline.extract.organisations import slug
from pipeline.extract.vocabulary import data_csv, data_json
from pipeline.schema import EVIDENCE
from pipeline.text.fold import match_key

# Bodies above whole branches of the state: sharing one of them says nothing about two people.
_ROOTS = frozenset(data_json("registries.json")["root_bodies"])


# --- legal documents -------------------------------------------------------------------------------

def legal_document_ids(references: pl.DataFrame, documents: pl.DataFrame) -> pl.DataFrame:
    """`references` with legal_document_id, year_source and resolved_year: a number with a year is one
    document; a number without one ("01/NQ-CP": the Government's resolution of every January) is the
    document of the year of the issue date its page states, else it is grouped with the citations of
    pages of the same year (issued then or before: the year stays unknown), else it stays the page's own."""
    dated = references.join(documents.select("document_id", "published_date"), on="document_id", how="left")
    issued_year = pl.col("issued_date").dt.year()
    page_year = pl.col("published_date").dt.year()
    return dated.with_columns(
        year_source=pl.when(pl.col("year").is_not_null()).then(pl.lit("number"))
        .when(issued_year.is_not_null()).then(pl.lit("issued_date"))
        .when(page_year.is_not_null()).then(pl.lit("citing_page")).otherwise(pl.lit("unknown")),
        group_year=pl.coalesce(pl.col("year"), issued_year, page_year),
    ).with_columns(
        legal_document_id=pl.when(pl.col("year_source") == "number").then(pl.col("reference_id"))
        .when(pl.col("year_source") == "unknown").then(pl.format("{}@undated-{}", "reference_id", "document_id"))
        .otherwise(pl.format("{}@{}", "reference_id", pl.col("group_year").cast(pl.String))),
        # A citing page's year groups citations but does not date the document: it may be older.
        resolved_year=pl.when(pl.col("year_source") == "citing_page").then(None).otherwise(pl.col("group_year")),
    ).drop("group_year")


def legal_documents(references: pl.DataFrame, documents: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(one row per legal document, `references` with their legal_document_id). Issue dates the pages
    state are kept when they agree; when they disagree the date is left empty and the conflict flagged."""
    resolved = legal_document_ids(references, documents)
    stated = pl.col("issued_date").drop_nulls().unique().sort()
    # The most complete subject: the longest stated (ties: the first in document order).
    subject = pl.col("subject").sort_by(pl.col("subject").str.len_chars().fill_null(-1), descending=True, maintain_order=True).first()
    grouped = resolved.group_by("legal_document_id", maintain_order=True).agg(
        pl.col("reference_id", "doc_type", "doc_type_en", "number").first(),
        year=pl.col("resolved_year").first(),
        year_source=pl.col("year_source").first(),
        issuer_organisation_id=pl.col("issuer_organisation_id").drop_nulls().first(),
        _dates=stated,
        subject=subject,
        citing_documents=pl.col("document_id").n_unique(),
        first_cited=pl.col("published_date").min(),
        last_cited=pl.col("published_date").max(),
        **{c: pl.col(c).first() for c in EVIDENCE},
    )
    table = grouped.with_columns(
        issued_date=pl.when(pl.col("_dates").list.len() == 1).then(pl.col("_dates").list.first()),
        issued_date_conflict=pl.col("_dates").list.len() > 1,
        issued_dates_stated=pl.when(pl.col("_dates").list.len() > 0).then(
            pl.col("_dates").list.eval(pl.element().dt.to_string("%Y-%m-%d")).list.join("; ")),
    ).drop("_dates")
    return table, resolved.drop("year_source", "resolved_year", "published_date")


# --- people ----------------------------------------------------------------------------------------

def _ranks() -> frozenset[str]:
    return frozenset(t["title"].casefold() for t in data_csv("titles.csv") if t["kind"] == "rank")


def _offices(title: str | None, ranks: frozenset[str]) -> set[str]:
    """The offices a title names, case folded: "Tổng Bí thư, Chủ tịch nước" is two; a military rank is
    held beside an office, so it tells nothing about which one."""
    parts = {p.strip() for p in (title or "").casefold().split(",")}
    return {p for p in parts if p and p not in ranks}


def _same_office(a: set[str], b: set[str]) -> bool:
    """Whether two sets of offices share one, a qualified form counting as its office ("Phó Thủ tướng
    thường trực" is a "Phó Thủ tướng")."""
    return any(x == y or x.startswith(y + " ") or y.startswith(x + " ") for x in a for y in b)


class _Cluster:
    def __init__(self, number: int):
        self.number = number
        self.participants: list[str] = []
        self.organisations: set[str] = set()
        self.titles: set[str] = set()
        self.bare = True  # every participant so far named without title or body


def _lineages(parents: dict[str, str | None]):
    """lineage(id): the body and the bodies above it, the roots of whole branches of the state left
    out; worked out once a body (the same few bodies come up for every namesake)."""
    @lru_cache(maxsize=None)
    def lineage(organisation_id: str | None) -> frozenset[str]:
        out: set[str] = set()
        while organisation_id and organisation_id not in out:
            if organisation_id not in _ROOTS:
                out.add(organisation_id)
            organisation_id = parents.get(organisation_id)
        return frozenset(out)
    return lineage


def _compatible(org: str | None, offices: set[str], cluster: _Cluster, lineage) -> bool:
    """Whether a participant can be the person of a cluster: a body of the same branch (the same, one
    under the other, or both under one ministry or province body: a Cục of the Bộ the other page
    names), or, where either names no body below the state's top ones, an office already seen."""
    if cluster.bare:
        return False  # a person named only bare: nothing to match a body or an office with
    if org and cluster.organisations:
        mine = lineage(org)
        return any(mine & lineage(o) for o in cluster.organisations)
    return not offices or not cluster.titles or _same_office(offices, cluster.titles)


def resolve_people(participants: pl.DataFrame, organisations: pl.DataFrame) -> dict[str, str]:
    """participant_id -> person_id, for participants with their page's published_date. They are taken
    in document order (published date, then document); each joins the first person of the same name key
    it is compatible with, else starts one. A participant named without body or title joins only a
    person named so bare, when there is one."""
    lineage = _lineages(dict(zip(organisations["organisation_id"], organisations["parent_organisation_id"])))
    ranks = _ranks()
    ordered = participants.sort("published_date", "document_id", "participant_id", nulls_last=True)
    clusters: dict[str, list[_Cluster]] = defaultdict(list)
    for row in ordered.iter_rows(named=True):
        same_name = clusters[match_key(row["person_name"])]
        # A body at the top of the state (Chính phủ) places no one: the office says more.
        org = row["organisation_id"] if lineage(row["organisation_id"]) else None
        offices = _offices(row["title"], ranks)
        bare = not row["organisation_id"] and not row["title"]
        if bare:
            # A bare name says too little to join a titled person (a namesake in a court report is not
            # the vice-chairman of a province): it joins only a person as bare as itself, if one.
            alike = [c for c in same_name if c.bare]
            fits = alike if len(alike) == 1 else []
        elif not org and not offices:  # a rank alone, or a top body alone: the one namesake, if one
            fits = same_name if len(same_name) == 1 and not same_name[0].bare else []
        else:
            fits = [c for c in same_name if _compatible(org, offices, c, lineage)]
        cluster = fits[0] if fits else None
        if cluster is None:
            cluster = _Cluster(len(same_name) + 1)
            same_name.append(cluster)
        cluster.participants.append(row["participant_id"])
        if org:
            cluster.organisations.add(org)
        cluster.titles |= offices
        cluster.bare = cluster.bare and bare
    out: dict[str, str] = {}
    for key, group in clusters.items():
        base = slug(key) or "person"
        for cluster in group:
            person_id = base if cluster.number == 1 else f"{base}-{cluster.number}"
            out.update(dict.fromkeys(cluster.participants, person_id))
    return out


def people(participants: pl.DataFrame, documents: pl.DataFrame, organisations: pl.DataFrame
           ) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """(people, person_titles, `participants` with their person_id)."""
    dated = participants.join(documents.select("document_id", "published_date"), on="document_id", how="left")
    ids = resolve_people(dated, organisations)
    seen = dated.with_columns(person_id=pl.col("participant_id").replace_strict(ids, default=None, return_dtype=pl.String))
    linked = seen.drop("published_date")
    seen = seen.sort("document_id", "participant_id")
    spellings = {pid: Counter(names) for pid, names in
                 seen.group_by("person_id", maintain_order=True).agg("person_name").iter_rows()}
    # The canonical spelling is the one most documents use; Counter keeps first-seen order for ties.
    canonical = {pid: counts.most_common(1)[0][0] for pid, counts in spellings.items()}
    people_table = seen.group_by("person_id", maintain_order=True).agg(
        spellings=pl.col("person_name").unique(maintain_order=True).str.join("; "),
        page_count=pl.col("document_id").n_unique(),
        first_seen=pl.col("published_date").min(),
        last_seen=pl.col("published_date").max(),
        **{c: pl.col(c).first() for c in EVIDENCE},
    ).with_columns(
        name=pl.col("person_id").replace_strict(canonical, return_dtype=pl.String),
    ).with_columns(name_key=pl.col("name").map_elements(match_key, return_dtype=pl.String))
    titles = (seen.group_by("person_id", "title", "organisation_id", maintain_order=True).agg(
        page_count=pl.col("document_id").n_unique(),
        first_seen=pl.col("published_date").min(),
        last_seen=pl.col("published_date").max(),
        seen_on=pl.col("published_date").drop_nulls().unique().sort().dt.to_string("%Y-%m-%d").str.join("; "),
        **{c: pl.col(c).first() for c in EVIDENCE},
    ).with_columns(title_no=pl.int_range(1, pl.len() + 1).over("person_id"),
                   seen_on=pl.when(pl.col("seen_on") != "").then(pl.col("seen_on"))))
    return people_table, titles, linked
