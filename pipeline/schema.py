"""The data contract: every published table, its columns, keys and descriptions, in one place.

This module is the single source for the Frictionless descriptor (pipeline/package.py), the Parquet
and Polars types, and the column schemas Dagster shows in the UI (pipeline/assets.py).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import polars as pl

from pipeline.errors import REJECTION_CODES
from pipeline.extract.vocabulary import data_json

# A document's number (130/2021/NĐ-CP), a Party document's (12-NQ/TW), a technical regulation's (QCVN11-MT:2015/BTNMT:
# its prefix, number, the year after a colon, the issuer; legal.json `regulations`).
REFERENCE_ID_PATTERN = (r"^[0-9]{1,5}[a-z]?([/-][0-9]{4})?/[A-Za-zĐđƯ0-9&]+(-[A-Za-zĐđƯ0-9&]+)*$|^[0-9]{1,4}-[A-Za-zĐƯ]+/[A-Za-zĐƯ]+$"
                        rf"|^(?:{'|'.join(data_json('legal.json')['regulations'])})[0-9]{{1,3}}(-[0-9A-ZĐ]{{1,4}})*:[0-9]{{4}}/[A-Za-zĐđƯ0-9&]+(-[A-Za-zĐđƯ0-9&]+)*$")
ROLES = ["chaired", "directed", "reported", "spoke", "represented", "attended", "mentioned"]
SENTENCE_KINDS = ["title", "body", "quote", "heading", "caption", "byline"]


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # frictionless type: string, integer, boolean, date
    title: str
    description: str
    required: bool = False
    unique: bool = False
    enum: tuple[str, ...] = ()
    pattern: str = ""
    rules: tuple[str, ...] = ()  # sanity rules of pipeline/data/value_rules.json ("trimmed" holds for every text field)

    @property
    def polars_type(self):
        return {"string": pl.String, "integer": pl.Int64, "boolean": pl.Boolean, "date": pl.Date}[self.type]


@dataclass(frozen=True)
class Table:
    name: str
    title: str
    description: str
    fields: tuple[Field, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...] = field(default=())

    @property
    def polars_schema(self) -> dict:
        return {f.name: f.polars_type for f in self.fields}


def F(name, type_, title, description, **kw) -> Field:  # noqa: N802 - reads as a table row below
    return Field(name, type_, title, description, **kw)


EVIDENCE = ("document_id", "sentence_id", "char_start", "char_end")  # where a row's evidence is, in every table drawn from text


def _evidence(owner: str) -> tuple[Field, ...]:
    return (
        F("sentence_id", "string", "Sentence", f"Sentence (câu) in which the {owner} is stated; key into sentences.", required=True),
        F("char_start", "integer", "Evidence start", "Offset of the first character of the evidence in documents.text (0-based, Unicode code points).", required=True),
        F("char_end", "integer", "Evidence end", "Offset just past the last character of the evidence in documents.text.", required=True),
    )


def _seen() -> tuple[Field, ...]:
    return (
        F("first_seen", "date", "First seen", "Earliest published date of those documents, when they state one."),
        F("last_seen", "date", "Last seen", "Latest published date of those documents, when they state one."),
    )


_DOC_FK = ((("document_id",), "documents", ("document_id",)),)
_SENT_FK = ((("sentence_id",), "sentences", ("sentence_id",)),)
_ORG_FK = ((("organisation_id",), "organisations", ("organisation_id",)),)
_DIRECTOR_FK = ((("directed_by_participant_id",), "participants", ("participant_id",)),)
COMMITMENT_ID_PATTERN = "^[0-9a-f]{16}-[at][0-9]{3}$"
# A legal document across pages: its official number, and for a number without a year the year it was
# resolved to ("01/NQ-CP@2025"), or the citing page when nothing dates it ("01/NQ-CP@undated-<document>").
LEGAL_DOCUMENT_ID_PATTERN = ("^(?:" + "|".join(p.strip("^$") for p in REFERENCE_ID_PATTERN.split("$|^")) + ")"
                             "(?:@(?:[0-9]{4}|undated-[0-9a-f]{16}))?$")
_LEGAL_DOC_FK = ((("legal_document_id",), "legal_documents", ("legal_document_id",)),)
_PERSON_FK = ((("person_id",), "people", ("person_id",)),)


# Every table's name (the quarantine table names the table a row was meant for) and every rule a value
# can break: the schema's own constraints, the sanity rules kept as data, and the rule that takes a row
# out with the row it depends on.
TABLE_NAMES = ("documents", "sentences", "organisations", "organisation_mentions", "people", "person_titles", "participants",
               "legal_documents", "legal_references",
               "named_references", "activities", "tasks", "commitment_evidence", "commitment_organisations",
               "target_groups", "commitment_target_groups", "commitment_legal_references", "rejections", "quarantine")
QUARANTINE_RULES = ("type", "required", "enum", "pattern", "unique", "primary_key", "trimmed",
                    *(r for r in data_json("value_rules.json")["rules"] if r != "trimmed"), "depends_on_quarantined_row")


def _categories() -> tuple[str, ...]:
    return tuple(data_json("commitments.json")["category_descriptions"])


TABLES: dict[str, Table] = {t.name: t for t in (
    Table("documents", "Documents", "One row per source page: where it came from and its cleaned text (văn bản đã làm sạch), into which every offset of every table points.", (
        F("document_id", "string", "Document", "Identifier: the first 16 hex digits of the SHA-256 of the cleaned text.", required=True, unique=True, pattern="^[0-9a-f]{16}$"),
        F("source_path", "string", "Source file", "Path of the raw page from the raw folder, with / between folders; for a page of a web archive, the archive's path and '#' with the record's place in it (crawl.warc.gz#3).", required=True),
        F("source_sha256", "string", "Source SHA-256", "SHA-256 of the raw file's bytes.", required=True, pattern="^[0-9a-f]{64}$"),
        F("source_format", "string", "Source format", "File type of the raw page (txt, md, html, htm).", required=True, enum=("txt", "md", "html", "htm")),
        F("source_encoding", "string", "Source encoding", "Character encoding the raw bytes were found in.", required=True),
        F("source_was_nfc", "boolean", "Source was NFC", "Whether the raw text was already in Unicode NFC (some pages are NFD); the published text always is.", required=True),
        F("source_notes", "string", "Normalisation notes", "What reading the page changed: byte order mark, NFD to NFC, line endings, no-break and zero-width spaces."),
        F("title", "string", "Title", "Title of the page (tiêu đề).", required=True),
        F("published_date", "date", "Published date", "Date the page was published (ngày đăng), when the page or its sources entry states it.", rules=("date_in_range",)),
        F("publisher", "string", "Publisher", "Publisher of the page (cơ quan đăng tin), from raw/sources.json."),
        F("source_url", "string", "Source address", "Address of the original page, when known."),
        F("captured_at", "string", "Captured", "When a crawler captured the page (the web archive's WARC-Date, ISO 8601 UTC), for pages read from a web archive or whose sources entry gives it.", pattern=r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$"),
        F("language", "string", "Language", "Language of the text (BCP 47).", required=True),
        F("sentence_count", "integer", "Sentences", "Number of sentences of the document.", required=True),
        F("text", "string", "Cleaned text", "Cleaned text: Unicode NFC, site furniture removed, paragraphs separated by a blank line.", required=True),
        *_evidence("document (its title sentence; the span is the whole text)"),
    ), ("document_id",), _SENT_FK),
    Table("sentences", "Sentences", "Sentences (câu) of the cleaned documents with their paragraph, kind and character span.", (
        F("sentence_id", "string", "Sentence", "Identifier: document_id and the sentence's number in the document.", required=True, unique=True),
        F("document_id", "string", "Document", "Document the sentence belongs to.", required=True),
        F("paragraph_no", "integer", "Paragraph", "Number of the paragraph in the document, from 1.", required=True),
        F("sentence_no", "integer", "Sentence in paragraph", "Number of the sentence within its paragraph, from 1.", required=True),
        F("kind", "string", "Kind", "title, body, quote (quoted speech), heading, caption (of an image) or byline (author or photo credit).", required=True, enum=tuple(SENTENCE_KINDS)),
        F("text", "string", "Text", "Text of the sentence; equals documents.text[char_start:char_end].", required=True),
        F("char_start", "integer", "Start", "Offset of the sentence's first character in documents.text.", required=True),
        F("char_end", "integer", "End", "Offset just past the sentence's last character in documents.text.", required=True),
        F("image", "string", "Image", "For captions: the image file name or address the caption belongs to (ảnh)."),
    ), ("sentence_id",), _DOC_FK),
    Table("organisations", "Organisations", "Organisations (cơ quan, tổ chức) named in any document, one row each, with type and parent.", (
        F("organisation_id", "string", "Organisation", "Identifier: a slug of the Vietnamese name; units with generic names are prefixed by their parent's id.", required=True, unique=True),
        F("name", "string", "Name", "Full Vietnamese name (tên đầy đủ), abbreviations expanded.", required=True, rules=("organisation_name_shape",)),
        F("abbreviation", "string", "Abbreviation", "Usual abbreviation (tên viết tắt), or the short form used on the page."),
        F("name_en", "string", "English name", "English name, for bodies in the gazetteer."),
        F("org_type", "string", "Type", "Kind of body (loại hình): ministry, department, party_body, mass_organisation, international, …", required=True),
        F("parent_organisation_id", "string", "Parent", "Body this one belongs to (cơ quan chủ quản), when known."),
        F("source", "string", "Source", "Where the row comes from: the gazetteer entry and its reference, or 'discovered' from the pages' text.", required=True),
        F("document_id", "string", "First document", "Document of the first evidence of the organisation (its first mention, or the row that implies it).", required=True),
        *_evidence("organisation's first evidence"),
    ), ("organisation_id",), _DOC_FK + _SENT_FK + ((("parent_organisation_id",), "organisations", ("organisation_id",)),)),
    Table("organisation_mentions", "Organisation mentions", "Every place a document names an organisation, with the words it uses.", (
        F("document_id", "string", "Document", "Document of the mention.", required=True),
        F("organisation_id", "string", "Organisation", "Organisation mentioned.", required=True),
        F("surface", "string", "Surface text", "The words on the page (tên xuất hiện trong văn bản).", required=True, rules=("organisation_name_shape",)),
        *_evidence("mention"),
    ), ("document_id", "char_start"), _DOC_FK + _SENT_FK + ((("organisation_id",), "organisations", ("organisation_id",)),)),
    Table("people", "People", "One row per person across documents (người), resolved conservatively: the same name (case and tone-mark placement folded) and a compatible organisation or title; see the data card.", (
        F("person_id", "string", "Person", "Identifier: a slug of the name; a second person of the same name gets -2, -3 … in order of first appearance.", required=True, unique=True, pattern="^[a-z0-9]+(-[a-z0-9]+)*$"),
        F("name", "string", "Name", "Canonical spelling: the one most pages use (ties: the first seen).", required=True, rules=("person_name_shape",)),
        F("name_key", "string", "Name key", "The name folded for matching: lower case, tone marks on the first vowel of oa/oe/uy (Hoà and Hòa alike).", required=True),
        F("spellings", "string", "Spellings", "Every spelling the pages use, separated by '; '.", required=True),
        F("page_count", "integer", "Pages", "Number of documents naming the person.", required=True),
        *_seen(),
        F("document_id", "string", "First document", "Document of the person's first mention (in document order).", required=True),
        *_evidence("person's first mention"),
    ), ("person_id",), _DOC_FK + _SENT_FK),
    Table("person_titles", "Titles held", "Each title a person is named with across documents, with its organisation and when it was seen.", (
        F("person_id", "string", "Person", "The person.", required=True),
        F("title_no", "integer", "Number", "Number of the title among the person's, in order of first appearance.", required=True),
        F("title", "string", "Title", "Position (chức vụ) as the pages give it; empty when they name the person without one."),
        F("organisation_id", "string", "Organisation", "Organisation of the title, when the pages name it."),
        F("page_count", "integer", "Pages", "Number of documents giving the person this title and organisation.", required=True),
        *_seen(),
        F("seen_on", "string", "Seen on", "Every published date of those documents, separated by '; '."),
        F("document_id", "string", "First document", "Document of the first mention with this title.", required=True),
        *_evidence("first mention with this title"),
    ), ("person_id", "title_no"), _DOC_FK + _SENT_FK + _PERSON_FK + _ORG_FK),
    Table("participants", "Participants", "People named in a document (người tham dự, phát biểu), with title, organisation and role in the event.", (
        F("participant_id", "string", "Participant", "Identifier: document_id and the person's number in the document.", required=True, unique=True),
        F("document_id", "string", "Document", "Document naming the person.", required=True),
        F("person_name", "string", "Name", "Full name (họ tên) without honorifics such as ông, bà, đồng chí.", required=True, rules=("person_name_shape",)),
        F("title", "string", "Title", "Position (chức vụ), without the organisation: Thứ trưởng, Cục trưởng, …"),
        F("title_en", "string", "Title (English)", "English rendering of the title."),
        F("organisation_id", "string", "Organisation", "Organisation of the title, when the page names it."),
        F("organisation_text", "string", "Organisation as written", "The words naming the title's organisation on the page.", rules=("organisation_name_shape",)),
        F("role", "string", "Role", "Role in the event, from the verbs around the mentions (vai trò).", required=True, enum=tuple(ROLES)),
        F("mention_count", "integer", "Mentions", "Number of mentions of the person in the document, short forms included.", required=True),
        F("person_id", "string", "Person", "The person across pages (people.person_id); set for every participant when the pages are combined.", pattern="^[a-z0-9]+(-[a-z0-9]+)*$"),
        *_evidence("person's first mention"),
    ), ("participant_id",), _DOC_FK + _SENT_FK + ((("organisation_id",), "organisations", ("organisation_id",)),) + _PERSON_FK),
    Table("legal_documents", "Legal documents", "One row per legal document cited anywhere in the package (văn bản được viện dẫn), with what the citing pages state about it.", (
        F("legal_document_id", "string", "Legal document", "Identifier: the official number; a number without a year gets the year it resolves to (01/NQ-CP@2025), see the data card.", required=True, unique=True, pattern=LEGAL_DOCUMENT_ID_PATTERN),
        F("reference_id", "string", "Reference", "Official number as issued (số ký hiệu).", required=True, pattern=REFERENCE_ID_PATTERN),
        F("doc_type", "string", "Type", "Type in Vietnamese (loại văn bản).", required=True),
        F("doc_type_en", "string", "Type (English)", "Type in English.", required=True),
        F("number", "string", "Number", "The number part (số).", required=True),
        F("year", "integer", "Year", "Year of the document: from its number, else from an issue date a page states; empty when only the citing pages' date groups it.", rules=("year_in_range",)),
        F("year_source", "string", "Year from", "How the document was told apart: number (its number has a year), issued_date (a page states its issue date), citing_page (a number without a year, grouped with the citations of pages of the same year: issued then or before), unknown (no date anywhere: the citing page's own).", required=True, enum=("number", "issued_date", "citing_page", "unknown")),
        F("issuer_organisation_id", "string", "Issuer", "Issuing body (cơ quan ban hành), the first the citations give."),
        F("issued_date", "date", "Issued", "Date of issue when the pages that state one agree; empty when none states it or they disagree.", rules=("date_in_range",)),
        F("issued_date_conflict", "boolean", "Dates disagree", "Whether the citing pages state different issue dates (then issued_dates_stated lists them).", required=True),
        F("issued_dates_stated", "string", "Dates stated", "Every issue date the pages state, separated by '; '."),
        F("subject", "string", "Subject", "The most complete subject phrase (trích yếu) a citation gives."),
        F("citing_documents", "integer", "Citing documents", "Number of documents (pages) citing it.", required=True),
        F("first_cited", "date", "First cited", "Earliest published date of the citing documents, when they state one."),
        F("last_cited", "date", "Last cited", "Latest published date of the citing documents, when they state one."),
        F("document_id", "string", "First citing document", "Document of the first citation (in document order).", required=True),
        *_evidence("first citation"),
    ), ("legal_document_id",), _DOC_FK + _SENT_FK + ((("issuer_organisation_id",), "organisations", ("organisation_id",)),)),
    Table("legal_references", "Legal references", "Numbered legal documents cited (văn bản quy phạm pháp luật, văn bản hành chính, quy chuẩn kỹ thuật quốc gia), one row per document and number.", (
        F("document_id", "string", "Document", "Document citing the reference.", required=True),
        F("reference_id", "string", "Reference", "Official number as issued (số ký hiệu): NFC, no spaces, plain hyphens, e.g. 130/2021/NĐ-CP; a national technical regulation's with its year after a colon, QCVN20:2019/BKHCN.", required=True, pattern=REFERENCE_ID_PATTERN, rules=("reference_id_ends_at_code",)),
        F("doc_type", "string", "Type", "Type in Vietnamese (loại văn bản): Nghị định, Thông tư, Chỉ thị, …", required=True),
        F("doc_type_en", "string", "Type (English)", "Type in English: Decree, Circular, Directive, …", required=True),
        F("number", "string", "Number", "The number part (số).", required=True),
        F("year", "integer", "Year", "Year in the number, when it has one.", rules=("year_in_range",)),
        F("type_code", "string", "Type code", "Code of the type in the number (NĐ, TT, QĐ, CT, NQ…)."),
        F("issuer_code", "string", "Issuer code", "Code of the issuer in the number (CP, TTg, BTC, LĐTBXH…)."),
        F("issuer_organisation_id", "string", "Issuer", "Issuing body (cơ quan ban hành), from the text or from the code."),
        F("issued_date", "date", "Issued", "Date of issue (ngày ban hành), when the text gives it with the number.", rules=("date_in_range",)),
        F("subject", "string", "Subject", "Subject phrase (trích yếu) that follows the number, when there is one."),
        F("surface", "string", "Surface text", "The words of the citation on the page.", required=True),
        F("legal_document_id", "string", "Legal document", "The document across pages (legal_documents.legal_document_id); set for every reference when the pages are combined.", pattern=LEGAL_DOCUMENT_ID_PATTERN),
        *_evidence("first citation"),
    ), ("document_id", "reference_id"), _DOC_FK + _SENT_FK + ((("issuer_organisation_id",), "organisations", ("organisation_id",)),) + _LEGAL_DOC_FK),
    Table("named_references", "Named and short references", "Documents cited without a full number: short forms (Thông tư 39), resolved when the page gives the full number, and laws, strategies and plans named without one.", (
        F("document_id", "string", "Document", "Document citing it.", required=True),
        F("kind", "string", "Kind", "short (a number without year or code) or named (a title without number).", required=True, enum=("short", "named")),
        F("doc_type", "string", "Type", "Type word the citation starts with (Luật, Chiến lược, Thông tư…).", required=True),
        F("text", "string", "Text", "The citation as written.", required=True),
        F("resolved_reference_id", "string", "Resolved reference", "For short forms: the full number the same page gives for it, when exactly one fits."),
        *_evidence("first citation"),
    ), ("document_id", "char_start"), _DOC_FK + _SENT_FK),
    Table("activities", "Activities", "What a document reports as done in the reviewed period (hoạt động đã thực hiện), one clause each.", (
        F("activity_id", "string", "Activity", "Identifier: document_id and the activity's number.", required=True, unique=True),
        F("document_id", "string", "Document", "Document reporting it.", required=True),
        F("year", "integer", "Year", "Year the activity took place (from the clause, else the year the page reviews).", rules=("year_in_range",)),
        F("description", "string", "Description", "The clause that states the activity; equals documents.text[char_start:char_end].", required=True),
        F("category", "string", "Category", "Area of work; the vocabulary is documented in the data package README.", required=True, enum=_categories()),
        F("organisation_id", "string", "Actor", "Organisation that did it: the first named in the clause that is not a partner, else the body the page is mostly about."),
        F("directed_by_participant_id", "string", "Directed by", "Participant named in the sentence or nearest before it in the paragraph (who reported or directed it)."),
        *_evidence("activity"),
    ), ("activity_id",), _DOC_FK + _SENT_FK + _ORG_FK + _DIRECTOR_FK),
    Table("tasks", "Tasks", "What a document sets to do in the coming period (nhiệm vụ), one clause each; the seed's 2022 tasks have target_year 2022.", (
        F("task_id", "string", "Task", "Identifier: document_id and the task's number.", required=True, unique=True),
        F("document_id", "string", "Document", "Document setting the task.", required=True),
        F("target_year", "integer", "Target year", "Year the task is for (from the clause, else the page's framing).", rules=("year_in_range",)),
        F("description", "string", "Description", "The clause that states the task; equals documents.text[char_start:char_end].", required=True),
        F("category", "string", "Category", "Area of work; the vocabulary is documented in the data package README.", required=True, enum=_categories()),
        F("organisation_id", "string", "Responsible", "Organisation responsible: the first named in the clause that is not a partner, else the body the page is mostly about."),
        F("directed_by_participant_id", "string", "Directed by", "Participant who set the task: named in its sentence, or nearest before it in the paragraph."),
        *_evidence("task"),
    ), ("task_id",), _DOC_FK + _SENT_FK + _ORG_FK + _DIRECTOR_FK),
    Table("commitment_evidence", "Evidence of activities and tasks", "Every passage that states an activity or task: a task quoted in the lead and repeated in the body has two.", (
        F("commitment_id", "string", "Activity or task", "activity_id or task_id.", required=True, pattern=COMMITMENT_ID_PATTERN),
        F("document_id", "string", "Document", "Document of the passage.", required=True),
        F("evidence_no", "integer", "Evidence number", "Number of the passage for this activity or task, from 1.", required=True),
        *_evidence("passage"),
    ), ("commitment_id", "evidence_no"), _DOC_FK + _SENT_FK),
    Table("commitment_organisations", "Organisations of activities and tasks", "Each organisation an activity or task names: its actor, its partners (phối hợp với …) and others mentioned.", (
        F("commitment_id", "string", "Activity or task", "activity_id or task_id.", required=True, pattern=COMMITMENT_ID_PATTERN),
        F("document_id", "string", "Document", "Document of the clause.", required=True),
        F("organisation_id", "string", "Organisation", "Organisation named in the clause.", required=True),
        F("role", "string", "Role", "actor (does it), partner (named after với / cùng / phối hợp với) or mentioned.", required=True, enum=("actor", "partner", "mentioned")),
        *_evidence("organisation's mention"),
    ), ("commitment_id", "char_start"), _DOC_FK + _SENT_FK + _ORG_FK),
    Table("target_groups", "Target groups", "Groups of people activities and tasks are for (đối tượng), from the vocabulary in pipeline/data/target_groups.json.", (
        F("target_group_id", "string", "Target group", "Identifier.", required=True, unique=True),
        F("name", "string", "Name", "Vietnamese name.", required=True),
        F("name_en", "string", "English name", "English name.", required=True),
    ), ("target_group_id",)),
    Table("commitment_target_groups", "Target groups of activities and tasks", "Each target group an activity or task names.", (
        F("commitment_id", "string", "Activity or task", "activity_id or task_id.", required=True, pattern=COMMITMENT_ID_PATTERN),
        F("document_id", "string", "Document", "Document of the clause.", required=True),
        F("target_group_id", "string", "Target group", "The group.", required=True),
        F("surface", "string", "Surface text", "The words naming the group.", required=True),
        *_evidence("group's mention"),
    ), ("commitment_id", "char_start"), _DOC_FK + _SENT_FK + ((("target_group_id",), "target_groups", ("target_group_id",)),)),
    Table("commitment_legal_references", "Legal references of activities and tasks", "Legal documents an activity or task implements or cites.", (
        F("commitment_id", "string", "Activity or task", "activity_id or task_id.", required=True, pattern=COMMITMENT_ID_PATTERN),
        F("document_id", "string", "Document", "Document of the clause.", required=True),
        F("reference_id", "string", "Reference", "Official number; with document_id a key into legal_references.", required=True),
        *_evidence("citation"),
    ), ("commitment_id", "reference_id"), _DOC_FK + _SENT_FK + ((("document_id", "reference_id"), "legal_references", ("document_id", "reference_id")),)),
    Table("rejections", "Rejected files", "Files of the raw folder that were not published, and why (a build report).", (
        F("source_path", "string", "File", "Path of the file from the raw folder, as in documents.source_path (a web archive's record: the archive's path, # and its place).", required=True, unique=True),
        F("source_sha256", "string", "SHA-256", "SHA-256 of the file's bytes.", required=True),
        F("reason", "string", "Reason", "Why the file was not published, in words.", required=True),
        F("reason_code", "string", "Kind of reason", "The kind of reason, for counting: " + "; ".join(f"{k}: {v}" for k, v in REJECTION_CODES.items()) + ".", required=True, enum=tuple(REJECTION_CODES)),
        F("duplicate_of", "string", "Duplicate of", "For a page already published under another name: that document."),
    ), ("source_path",), ((("duplicate_of",), "documents", ("document_id",)),)),
    Table("quarantine", "Quarantined rows", "Rows of published pages left out of the tables because a value broke the data contract (a schema constraint or a sanity rule of pipeline/data/value_rules.json), and the rows left out or changed with them: the build report of values, so the source can be fixed.", (
        F("document_id", "string", "Document", "Published document the row came from.", required=True),
        F("quarantine_no", "integer", "Number", "Number of the entry within the document, from 1.", required=True),
        F("source_path", "string", "File", "Path of the page from the raw folder, as in documents.source_path.", required=True),
        F("table_name", "string", "Table", "Table the row was meant for.", required=True, enum=tuple(TABLE_NAMES)),
        F("row_key", "string", "Row", "The row's key in that table (its identifier, or its position char_start=… in documents.text).", required=True),
        F("field", "string", "Field", "Field whose value broke the rule (for a row left out with another: the field that points to it).", required=True),
        F("value", "string", "Value", "The value as the extractor made it, as text."),
        F("rule", "string", "Rule", "The rule broken: a schema constraint (type, required, enum, pattern, unique, primary_key), a sanity rule of value_rules.json, or depends_on_quarantined_row.", required=True, enum=tuple(QUARANTINE_RULES)),
        F("action", "string", "Action", "row_left_out (the row is not published) or value_cleared (an optional reference to a row left out is emptied; the row is published).", required=True, enum=("row_left_out", "value_cleared")),
        F("detail", "string", "Detail", "What is wrong, in words.", required=True),
        F("char_start", "integer", "Evidence start", "Where the row's evidence starts in documents.text, when it has one."),
        F("char_end", "integer", "Evidence end", "Where the row's evidence ends in documents.text, when it has one."),
    ), ("document_id", "quarantine_no"), _DOC_FK),
)}
assert tuple(TABLES) == TABLE_NAMES, "TABLE_NAMES (the quarantine's vocabulary) must list the tables in order"
