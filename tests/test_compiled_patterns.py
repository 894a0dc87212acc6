"""The rules' compiled patterns kept between processes (pipeline/text/compiled_patterns.py): a pattern made
from the stored code is the one `re` compiles, and a process that reads the file gives the same rows."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import _sre

from pipeline.page import RawPage, process_page
from pipeline.text import compiled_patterns

ROOT = Path(__file__).resolve().parents[1]
SEED = next(p for p in sorted((ROOT / "raw").iterdir()) if p.suffix == ".txt")

# One page processed in a fresh interpreter: how many patterns it found stored, and its rows.
_CHILD = """
import hashlib, json, sys
from pathlib import Path
from pipeline.page import RawPage, process_page
from pipeline.text import compiled_patterns
loaded = len(compiled_patterns._stored)
path = Path(sys.argv[1])
rows = process_page(RawPage(path.name, path.read_bytes(), {}))
compiled_patterns.remember()
print(json.dumps({"loaded": loaded, "on": compiled_patterns._ON, "rows": hashlib.sha256(json.dumps(rows, sort_keys=True, default=str).encode()).hexdigest()}))
"""


def _child(cache: str) -> dict:
    env = {**os.environ, "PIPELINE_PATTERN_CACHE": cache}
    out = subprocess.run([sys.executable, "-c", _CHILD, str(SEED)], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.splitlines()[-1])


def test_a_pattern_made_from_the_stored_code_is_the_one_re_compiles():
    text = process_page(RawPage(SEED.name, SEED.read_bytes(), {}))["documents"][0]["text"]
    keys = [(pattern, flags) for kind, pattern, flags in list(re._cache) if kind is str]
    assert len(keys) > 300  # the rules' patterns, compiled by the page above
    for pattern, flags in keys:
        made = _sre.compile(pattern, *compiled_patterns._arguments(pattern, flags))
        compiled = re._compiler.compile(pattern, flags)  # (not re.compile: its cache may hold a stored one)
        assert (made.pattern, made.flags, made.groups, made.groupindex) == \
            (compiled.pattern, compiled.flags, compiled.groups, compiled.groupindex)
        assert [m.span() for m in made.finditer(text)] == [m.span() for m in compiled.finditer(text)], pattern[:80]


def test_a_process_reads_what_the_one_before_stored_and_gives_the_same_rows(tmp_path):
    cache = str(tmp_path / "patterns.marshal")
    first = _child(cache)
    assert first["loaded"] == 0 and Path(cache).stat().st_size > 0
    stored = Path(cache).stat().st_mtime_ns
    second = _child(cache)
    assert second["loaded"] > 300
    # Nothing new to store: every pattern's text is the same in every process (none is built from a set's order).
    assert Path(cache).stat().st_mtime_ns == stored
    assert second["rows"] == first["rows"] == _child("0")["rows"]  # "0": no file at all, re compiles everything


def test_a_damaged_file_is_read_as_no_file(tmp_path):
    cache = tmp_path / "patterns.marshal"
    cache.write_bytes(b"\x00not a marshal dump")
    damaged = _child(str(cache))
    assert damaged["loaded"] == 0 and damaged["rows"] == _child("0")["rows"]
    assert _child(str(cache))["loaded"] > 300  # the damaged file was replaced by a good one


def test_a_folder_it_may_not_write_to_costs_nothing_but_the_compiling(tmp_path):
    (tmp_path / "a-file").write_text("not a folder")
    child = _child(str(tmp_path / "a-file" / "patterns.marshal"))  # (its folder cannot be made)
    assert child["loaded"] == 0 and child["on"] is False  # given up for the process: no pattern is made twice
    assert child["rows"] == _child("0")["rows"]
