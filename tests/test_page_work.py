"""The page work reads the raw files as it needs them (run_pages.extract_files): once to learn each
page's key, then again batch by batch for the pages the cache does not hold, so the build process
never holds every page's bytes. These tests hold it to the same result as processing the pages held in
memory (extract_pages), on real pages of ../shared/corpus-large, through the process pool."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import polars as pl

from conftest import need_corpus_large
from html_templates.fill import fill, read_source
from pipeline import PROJECT_ROOT, run_pages
from pipeline.ingest import list_raw_dir, read_file
from pipeline.run_pages import IN_PROCESS_BELOW, extract_files, extract_pages, load_pages, store_root
from pipeline.tables import combine

PAGES = 2 * IN_PROCESS_BELOW  # enough for the pool


def _raw(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    for page in sorted(need_corpus_large().glob("*.md"))[:PAGES]:
        shutil.copyfile(page, raw / page.name)
    return raw


def test_reading_files_as_needed_gives_what_reading_them_first_gives(tmp_path):
    files = list_raw_dir(_raw(tmp_path))
    streamed_root, held_root = store_root(tmp_path / "streamed"), store_root(tmp_path / "held")
    manifest, file_of = extract_files(files, streamed_root, workers=2)
    pages = [p for f in files for p in read_file(f)]
    held = extract_pages(pages, held_root, workers=2)
    assert manifest.equals(held)  # the same pages, batches and segments
    assert [files[i].name for i in file_of] == [p.name for p in pages]
    a, b = combine(load_pages(streamed_root, manifest)), combine(load_pages(held_root, held))
    assert all(a[name].equals(b[name]) for name in a)


def test_a_file_changed_between_the_two_reads_is_processed_as_it_now_is(tmp_path, monkeypatch):
    files = list_raw_dir(_raw(tmp_path))
    changed = files[7]
    reads: dict[str, int] = {}

    def read_twice_changed(file):
        reads[file.name] = reads.get(file.name, 0) + 1
        pages = read_file(file)
        if file.name == changed.name and reads[file.name] == 2:  # edited after the first read
            pages = [p.__class__(p.name, p.data + "\n\nMột dòng mới.\n".encode(), p.source) for p in pages]
        return pages

    monkeypatch.setattr(run_pages, "read_file", read_twice_changed)
    manifest, file_of = extract_files(files, store_root(tmp_path / "cache"), workers=2)
    assert max(reads.values()) == 2 and min(reads.values()) == 2  # every page read twice: nothing was cached
    tables = combine(load_pages(store_root(tmp_path / "cache"), manifest))
    text = tables["documents"].filter(pl.col("source_path") == changed.name)["text"].item()
    assert text.rstrip().endswith("Một dòng mới.")
    assert manifest.height == len(files) and sorted(file_of) == list(range(len(files)))


def test_a_script_that_builds_at_import_builds_once_through_the_pool(tmp_path):
    """Python starts forkserver and spawn workers by re-running the caller's main module; a script that
    calls build() with no `if __name__ == "__main__":` then started a build in every pool worker, and
    the pool broke. The page workers take pipeline code only, so they are started without it."""
    raw = _raw(tmp_path)
    script = tmp_path / "build_at_import.py"
    script.write_text(
        "from pathlib import Path\n"
        "from pipeline.build import build\n"
        "print('script run', flush=True)\n"
        f"result = build(Path({str(raw)!r}), Path({str(tmp_path / 'out')!r}), workers=2)\n"
        "print('built', result.success, flush=True)\n", "utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=600,
                          cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])})
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.split("\n").count("script run") == 1  # the workers did not run it
    assert "built True" in done.stdout
    assert (tmp_path / "out" / "datapackage.json").exists()


def test_every_module_the_page_work_loads_is_in_the_cache_key(tmp_path):
    # A fresh interpreter reads and processes the seed page (text) and an HTML page, as a pool worker does;
    # every pipeline module it has loaded then must be hashed into the cache's code version, or an edit
    # to it would leave stale rows in the cache.
    seed = PROJECT_ROOT / "raw" / "molisa-2022-01-26-cuc-tre-em-tong-ket-2021.txt"
    page = fill("news_site", read_source(seed), date(2022, 1, 26))
    (tmp_path / "page.html").write_text(page.html, encoding="utf-8")
    shutil.copy(seed, tmp_path)
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from pipeline.ingest import list_raw_dir, read_file\n"
        "from pipeline.run_pages import _one\n"
        f"for f in list_raw_dir(Path({str(tmp_path)!r})):\n"
        "    for page in read_file(f):\n"
        "        rows, reason, _ = _one(page)\n"
        "        assert rows and rows['documents'], (page.name, reason)\n"
        "print('\\n'.join(m.__file__ for n, m in sys.modules.items() if n.split('.')[0] == 'pipeline'))\n")
    loaded = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                            cwd=PROJECT_ROOT).stdout.split()
    root = PROJECT_ROOT / "pipeline"
    hashed = set(run_pages.page_work_files(root))
    assert len(loaded) > 20 and {Path(f) for f in loaded} <= hashed
    assert {"organisations.csv", "commitments.json"} <= {p.name for p in hashed}


def test_editing_how_tables_are_published_keeps_the_cache_and_editing_a_rule_drops_it(tmp_path):
    root = tmp_path / "pipeline"
    shutil.copytree(PROJECT_ROOT / "pipeline", root, ignore=shutil.ignore_patterns("__pycache__"))
    before = run_pages.code_hash(root)
    assert before == run_pages.code_version()
    for publishing in ("site.py", "datacard.py", "package.py", "release.json"):
        (root / publishing).write_text((root / publishing).read_text("utf-8") + "\n", encoding="utf-8")
    assert run_pages.code_hash(root) == before  # the site, the data card, the package writer: no page re-read
    for rule in ("data/commitments.json", "extract/legal.py", "text/fold.py"):
        copy = tmp_path / rule.replace("/", "_")
        shutil.copytree(root, copy)
        (copy / rule).write_text((copy / rule).read_text("utf-8") + "\n", encoding="utf-8")
        assert run_pages.code_hash(copy) != before, rule
