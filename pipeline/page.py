"""One page in, its rows out: the plain function every path (CLI, UI, tests, benchmark) runs per page.

Rows are plain dicts keyed by the column names of pipeline/schema.py. Every row that comes from the
text carries document_id, sentence_id and the span (char_start, char_end) of its evidence in
documents.text. Organisation rows are per page here; pipeline/tables.py merges them across pages.
"""
from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass
from pathlib import PurePath

from pipeline.contract import enforce
from pipeline.extract import links
from pipeline.extract.commitments import find_commitments
from pipeline.extract.legal import find_legal_references
from pipeline.extract.organisations import find_organisations, resolve_name
from pipeline.extract.people import find_people
from pipeline.extract.vocabulary import gazetteer
from pipeline.errors import InputError
from pipeline.text.clean import CLEANERS, clean_page, unsupported_type
from pipeline.text.decode import decode_bytes
from pipeline.text.segment import sentences_of


MAX_PAGE_BYTES = 5 * 1024 * 1024  # a news page is tens of KB; anything past this is not one page


@dataclass(frozen=True)
class RawPage:
    name: str  # path within the raw folder ("a/b.html"; "crawl.warc.gz#3" for a web archive's record)
    data: bytes
    source: dict  # the page's entry in raw/sources.json, or {}
    read_error: str = ""  # why the file was not read, when it was not
    read_error_code: str = "unreadable"  # the kind of that reason (pipeline/errors.py)
    format: str = ""  # the page's type when its name does not say it (a web archive's records): "html"

    @property
    def suffix(self) -> str:
        return f".{self.format}" if self.format else PurePath(self.name).suffix.lower()

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def process_page(page: RawPage) -> dict[str, list[dict]]:
    """Clean, split and extract one page, then hold its rows to the data contract (pipeline/contract.py).
    Raises InputError (naming the file) for a page it cannot read."""
    suffix = page.suffix
    if page.read_error:
        raise InputError(page.name, page.read_error, page.read_error_code)
    if suffix not in CLEANERS:
        raise unsupported_type(page.name, suffix)
    if len(page.data) > MAX_PAGE_BYTES:
        raise InputError(page.name, f"too large for one news page: {len(page.data) / 1e6:.1f} MB (the limit is {MAX_PAGE_BYTES / 1e6:.1f} MB)", "too_large")
    decoded = decode_bytes(page.data, page.name)
    clean = clean_page(decoded.text, suffix, page.name)
    text = clean.text
    doc_id = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    sentences = sentences_of(clean)
    starts = [s.start for s in sentences]
    sentence_ids = [f"{doc_id}-{i:04d}" for i in range(1, len(sentences) + 1)]

    # The id of the sentence a position is in, by where the sentences start: bisect_right's index k is that of the
    # sentence after it, so this list holds the id of sentence k - 1 at k, and the first sentence's at 0 too (a position
    # before the first sentence is in it), which spares a max() and a subtraction on each of a page's many asks.
    id_after = sentence_ids[:1] + sentence_ids

    def sentence_at(offset: int) -> str:
        return id_after[bisect.bisect_right(starts, offset)]

    published = page.source.get("published_date") or clean.published_date
    rows: dict[str, list[dict]] = {name: [] for name in (
        "documents", "sentences", "organisations", "organisation_mentions", "participants",
        "legal_references", "named_references", "activities", "tasks", "commitment_evidence",
        "commitment_organisations", "commitment_target_groups", "commitment_legal_references")}
    rows["documents"].append({
        "document_id": doc_id, "source_path": page.name, "source_sha256": page.sha256,
        "source_format": suffix.lstrip("."), "source_encoding": decoded.encoding,
        "source_was_nfc": decoded.was_nfc, "source_notes": "; ".join(decoded.notes) or None, "title": page.source.get("title") or clean.title,
        "published_date": published or None, "publisher": page.source.get("publisher", ""),
        "source_url": page.source.get("url") or clean.source_url, "captured_at": page.source.get("captured_at") or None,
        "language": page.source.get("language", "vi"),
        "sentence_count": len(sentences), "text": text,
        "sentence_id": sentence_ids[0], "char_start": 0, "char_end": len(text),
    })
    for sid, s in zip(sentence_ids, sentences):
        rows["sentences"].append({
            "sentence_id": sid, "document_id": doc_id, "paragraph_no": s.paragraph_no, "sentence_no": s.sentence_no,
            "kind": s.kind, "text": s.text, "char_start": s.start, "char_end": s.end, "image": s.image or None,
        })

    refs, named = find_legal_references(text, resolve_name)
    ref_spans = [(r.start, r.end) for r in refs]
    orgs = find_organisations(text, ref_spans)
    blocked = [(s.start, s.end) for s in sentences if s.kind == "byline"]
    people = find_people(text, blocked, [(o.start, o.end) for o in orgs if o.org_type != "state_office"])

    all_orgs = orgs  # state offices ("Thủ tướng Chính phủ") included: they act, and issue documents
    orgs = [o for o in orgs if o.org_type != "state_office"]  # … but are offices of people, not bodies named on the page
    org_at = {o.start: o for o in orgs}
    seen_orgs: dict[str, dict] = {}
    for o in orgs:
        # Each organisation's row points at its first mention on the page.
        if o.organisation_id not in seen_orgs:
            seen_orgs[o.organisation_id] = {**_org_row(o), **_evidence(doc_id, sentence_at, o.start, o.end)}
        rows["organisation_mentions"].append({
            "document_id": doc_id, "organisation_id": o.organisation_id, "sentence_id": sentence_at(o.start),
            "surface": o.surface, "char_start": o.start, "char_end": o.end,
        })
    for r in refs:
        e = gazetteer().get(r.issuer_id)
        if e and r.issuer_id not in seen_orgs:
            # An issuer named only by a document's code ("…/NĐ-CP") points at that citation.
            seen_orgs[e.organisation_id] = {**org_row_from_entry(e), **_evidence(doc_id, sentence_at, r.start, r.end)}
    rows["organisations"] = list(seen_orgs.values())

    seen_refs = set()
    for r in refs:
        if r.reference_id in seen_refs:
            continue
        seen_refs.add(r.reference_id)
        rows["legal_references"].append({
            "document_id": doc_id, "reference_id": r.reference_id, "doc_type": r.doc_type, "doc_type_en": r.doc_type_en,
            "number": r.number, "year": r.year, "type_code": r.type_code or None, "issuer_code": r.issuer_code or None,
            "issuer_organisation_id": r.issuer_id or None, "issued_date": r.issued_date or None,
            "subject": r.subject or None, "surface": r.surface, "sentence_id": sentence_at(r.start),
            "char_start": r.start, "char_end": r.end,
        })
    seen_named = set()
    for n in named:
        key = (n.kind, n.text)
        if key in seen_named:
            continue
        seen_named.add(key)
        rows["named_references"].append({
            "document_id": doc_id, "kind": n.kind, "doc_type": n.doc_type, "text": n.text,
            "resolved_reference_id": n.resolved_reference_id or None, "sentence_id": sentence_at(n.start),
            "char_start": n.start, "char_end": n.end,
        })

    for i, p in enumerate(people, start=1):
        a, b = p.mentions[0]
        org = org_at.get(p.organisation_start)
        org_id = org.organisation_id if org else None
        if org_id is None and p.organisation_surface:
            org_id = resolve_name(p.organisation_surface) or None
        rows["participants"].append({
            "participant_id": f"{doc_id}-p{i:02d}", "document_id": doc_id, "person_name": p.name,
            "title": p.title or None, "title_en": p.title_en or None, "organisation_id": org_id,
            "organisation_text": p.organisation_surface or None, "role": p.role, "mention_count": len(p.mentions),
            "sentence_id": sentence_at(a), "char_start": a, "char_end": b,
        })

    published_year = int(published[:4]) if published else None
    _commitment_rows(rows, doc_id, text, sentences, sentence_at, all_orgs, refs, people, published_year)
    return enforce(rows, page.name)


def _commitment_rows(rows, doc_id, text, sentences, sentence_at, orgs, refs, people, published_year) -> None:
    """activities, tasks and the tables that tie them to organisations, groups, references and people."""
    default_actor = links.main_actor(orgs)
    groups = links.Spans(links.page_groups(text, [(o.start, o.end) for o in orgs]))
    org_spans, mentions = links.Spans(orgs), links.mention_index(people)
    paragraphs: dict[int, tuple[int, int]] = {}
    for s in sentences:
        a, b = paragraphs.get(s.paragraph_no, (s.start, s.end))
        paragraphs[s.paragraph_no] = (min(a, s.start), max(b, s.end))
    sentence_span = {f"{doc_id}-{i:04d}": (s.start, s.end, s.paragraph_no) for i, s in enumerate(sentences, start=1)}
    counters = {"activity": 0, "task": 0}
    for c in find_commitments(text, sentences, published_year):
        counters[c.kind] += 1
        table = "activities" if c.kind == "activity" else "tasks"
        row_id = f"{doc_id}-{'a' if c.kind == 'activity' else 't'}{counters[c.kind]:03d}"
        sid = sentence_at(c.start)
        s_start, s_end, paragraph_no = sentence_span[sid]
        actor, org_links = links.organisations_of(text, org_spans, c.start, c.end, default_actor)
        # A task in a passage that goes on from the paragraph before ("Cùng với đó, …") was set by
        # whoever set the tasks there.
        p_start = paragraphs[paragraph_no - 1][0] if c.kind == "task" and paragraph_no - 1 in paragraphs else paragraphs[paragraph_no][0]
        director = links.director_of(mentions, c.start, p_start, paragraphs[paragraph_no][1], s_start, s_end)
        rows[table].append({
            f"{c.kind}_id": row_id, "document_id": doc_id,
            ("year" if c.kind == "activity" else "target_year"): c.year,
            "description": c.description, "category": c.category, "organisation_id": actor,
            "directed_by_participant_id": f"{doc_id}-p{director + 1:02d}" if director is not None else None,
            "sentence_id": sid, "char_start": c.start, "char_end": c.end,
        })
        for n, (a, b) in enumerate(c.evidence, start=1):
            rows["commitment_evidence"].append({
                "commitment_id": row_id, "document_id": doc_id, "evidence_no": n, "sentence_id": sentence_at(a),
                "char_start": a, "char_end": b,
            })
        for link in org_links:
            rows["commitment_organisations"].append({
                "commitment_id": row_id, "document_id": doc_id, "organisation_id": link.organisation_id, "role": link.role,
                "sentence_id": sentence_at(link.start), "char_start": link.start, "char_end": link.end,
            })
        for g in links.groups_of(groups, c.start, c.end):
            rows["commitment_target_groups"].append({
                "commitment_id": row_id, "document_id": doc_id, "target_group_id": g.group_id, "surface": g.surface,
                "sentence_id": sentence_at(g.start), "char_start": g.start, "char_end": g.end,
            })
        seen = set()
        for r in links.references_of(refs, c.start, c.end, s_start, s_end):
            if r.reference_id in seen:
                continue
            seen.add(r.reference_id)
            rows["commitment_legal_references"].append({
                "commitment_id": row_id, "document_id": doc_id, "reference_id": r.reference_id,
                "sentence_id": sentence_at(r.start), "char_start": r.start, "char_end": r.end,
            })


def _org_row(o) -> dict:
    return {"organisation_id": o.organisation_id, "name": o.name, "abbreviation": o.abbreviation or None,
            "name_en": o.name_en or None, "org_type": o.org_type, "parent_organisation_id": o.parent_id or None,
            "source": o.source}


def _evidence(doc_id: str, sentence_at, start: int, end: int) -> dict:
    return {"document_id": doc_id, "sentence_id": sentence_at(start), "char_start": start, "char_end": end}


def org_row_from_entry(e) -> dict:
    return {"organisation_id": e.organisation_id, "name": e.name, "abbreviation": e.abbreviations[0] if e.abbreviations else None,
            "name_en": e.name_en or None, "org_type": e.org_type, "parent_organisation_id": e.parent_id or None,
            "source": f"gazetteer: {e.source}"}
