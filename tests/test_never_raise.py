"""Extractors never raise on any text, and every offset they return lies within it (hypothesis)."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.errors import InputError
from pipeline.extract.commitments import find_commitments
from pipeline.extract.legal import find_legal_references
from pipeline.extract.organisations import find_organisations, resolve_name
from pipeline.extract.people import find_people
from pipeline.page import RawPage, process_page
from pipeline.text.clean import CleanPage, Block
from pipeline.text.segment import sentences_of

# Text that looks like the pages: Vietnamese words, titles, numbers and punctuation, mixed with anything.
_WORDS = ["Bộ", "Tài chính", "Cục", "Hải quan", "tỉnh", "Thứ trưởng", "ông", "Nguyễn", "Thị", "Hà", "Nghị định", "số",
          "08/2015/NĐ-CP", "ngày", "30/12/2021", "của", "Chính phủ", "và", "đã", "cần", "năm 2022", "UBND", "LĐTBXH",
          "“", "”", ".", ",", ";", ":", "(", ")", "–", "\n", "\n\n", "Ảnh:", "Vụ", "Phòng", "TP.", "…", "1.", "*"]
vietnamese_like = st.lists(st.one_of(st.sampled_from(_WORDS), st.text(max_size=8)), max_size=60).map(" ".join)
any_text = st.one_of(st.text(max_size=400), vietnamese_like)
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _within(text: str, *spans: tuple[int, int]) -> None:
    for a, b in spans:
        assert 0 <= a <= b <= len(text), (a, b, len(text))


@FAST
@given(any_text)
def test_legal_references(text):
    refs, named = find_legal_references(text, resolve_name)
    _within(text, *[(r.start, r.end) for r in refs], *[(n.start, n.end) for n in named])


@FAST
@given(any_text)
def test_organisations_and_people(text):
    orgs = find_organisations(text)
    _within(text, *[(o.start, o.end) for o in orgs])
    for p in find_people(text, [], [(o.start, o.end) for o in orgs]):
        _within(text, *p.mentions)


@FAST
@given(st.lists(any_text.filter(lambda t: t.strip()), min_size=1, max_size=6))
def test_sentences_and_commitments(paragraphs):
    page = CleanPage(title=paragraphs[0].strip(), blocks=[Block("title", paragraphs[0].strip())] +
                     [Block("body", p.strip()) for p in paragraphs[1:] if p.strip()])
    text = page.text
    sentences = sentences_of(page)
    for s in sentences:
        _within(text, (s.start, s.end))
        assert text[s.start:s.end] == s.text
    for c in find_commitments(text, sentences, 2022):
        _within(text, (c.start, c.end), *c.evidence)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=600), st.sampled_from(["p.txt", "p.md", "p.html", "p.htm"]))
def test_whole_page_from_any_bytes(data, name):
    try:
        rows = process_page(RawPage(name, data, {}))
    except InputError as exc:
        assert exc.file == name and exc.reason
        return
    text = rows["documents"][0]["text"]
    for table, table_rows in rows.items():
        for row in table_rows:
            if row.get("char_start") is not None:
                _within(text, (row["char_start"], row["char_end"]))
