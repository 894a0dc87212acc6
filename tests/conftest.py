"""Shared fixtures: the project's folders, the shared corpus, and one seed build per session."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import polars as pl
import pytest

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "raw"
SEED = RAW / "molisa-2022-01-26-cuc-tre-em-tong-ket-2021.txt"
CORPUS = ROOT.parent / "shared" / "corpus"
CORPUS_LARGE = ROOT.parent / "shared" / "corpus-large"
CHROMIUM = Path("/usr/bin/chromium")


def need_corpus() -> Path:
    if not any(CORPUS.glob("*.md")):
        pytest.skip(f"the shared corpus is not at {CORPUS}: corpus tests need ../shared/corpus beside the checkout")
    return CORPUS


def need_corpus_large() -> Path:
    if not any(CORPUS_LARGE.glob("*.md")):
        pytest.skip(f"the large corpus is not at {CORPUS_LARGE}: these tests need ../shared/corpus-large beside the checkout")
    return CORPUS_LARGE


def need_chromium() -> Path:
    if CHROMIUM.exists():
        return CHROMIUM
    if os.environ.get("CI") == "true":
        pytest.fail("CI=true but /usr/bin/chromium is missing: .ci/run must install Debian's chromium")
    pytest.skip("no /usr/bin/chromium on this machine (apt-get install chromium); browser tests skipped")


def read_package(folder: Path) -> dict[str, pl.DataFrame]:
    """Every table of a package, from its Parquet files (a table published in parts read whole)."""
    tables = {p.stem: pl.read_parquet(p) for p in sorted((folder / "data").glob("*.parquet"))}
    for part_folder in sorted(p for p in (folder / "data").iterdir() if p.is_dir()):
        tables[part_folder.name] = pl.concat([pl.read_parquet(p) for p in sorted(part_folder.glob("*.parquet"))])
    return tables


@pytest.fixture
def rules_alone():
    """The rules' own kinds, with the learned second opinion (pipeline/extract/kinds.py) off: the tests of the task and
    activity rules test the rules; the model is tested on held-out gold pages in test_kind_model.py."""
    from pipeline.extract import kinds

    with kinds.using({}, 0.0, 0.0):
        yield


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory) -> Path:
    """The seed page built into a temporary package through the CLI's code path."""
    from pipeline.build import build

    out = tmp_path_factory.mktemp("seed") / "datapackage"
    result = build(RAW, out, cache_dir=None, workers=1)
    assert result.success
    return out


@pytest.fixture(scope="session")
def seed_tables(seed_build) -> dict[str, pl.DataFrame]:
    return read_package(seed_build)


@pytest.fixture(scope="session")
def corpus_build(tmp_path_factory) -> Path:
    from pipeline.build import build

    corpus = need_corpus()
    raw = tmp_path_factory.mktemp("corpus-raw")
    for page in corpus.glob("*.md"):
        if page.name != "SOURCE.md":
            shutil.copyfile(page, raw / page.name)
    out = tmp_path_factory.mktemp("corpus") / "datapackage"
    result = build(raw, out, cache_dir=None, workers=0)
    assert result.success
    return out
