"""The version names the data: a build whose tables differ from the release's needs a new version."""
from __future__ import annotations

import json
from pathlib import Path

from pipeline.package import RELEASE, data_fingerprint


def test_version_is_semantic():
    major, minor, patch = RELEASE["version"].split(".")
    assert all(part.isdigit() for part in (major, minor, patch))


def test_data_unchanged_since_the_release_or_version_bumped(seed_tables, seed_build):
    fingerprint = data_fingerprint(seed_tables)
    assert fingerprint == RELEASE["data_sha256"], (
        "the tables changed: bump the version in pipeline/release.json (patch for fixes, minor for new rows or "
        f"columns, major for changed meanings) and set data_sha256 to {fingerprint}")
    descriptor = json.loads((seed_build / "datapackage.json").read_text("utf-8"))
    assert descriptor["version"] == RELEASE["version"]
    assert (Path(seed_build) / f"molisa-news-extractions-{RELEASE['version']}.zip").exists()
