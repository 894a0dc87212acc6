"""Load the extraction vocabularies kept as data in pipeline/data (read once per process)."""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


def _read(name: str) -> str:
    return resources.files("pipeline.data").joinpath(name).read_text("utf-8")


@lru_cache(maxsize=None)
def data_json(name: str) -> dict:
    return json.loads(_read(name))


@lru_cache(maxsize=None)
def data_csv(name: str) -> tuple[dict, ...]:
    return tuple(csv.DictReader(_read(name).splitlines()))


@dataclass(frozen=True)
class GazetteerEntry:
    organisation_id: str
    name: str
    abbreviations: tuple[str, ...]
    variants: tuple[str, ...]
    name_en: str
    org_type: str
    parent_id: str
    source: str


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, GazetteerEntry]:
    rows = {}
    for r in data_csv("organisations.csv"):
        rows[r["organisation_id"]] = GazetteerEntry(
            r["organisation_id"], r["name"], _split(r["abbreviations"]), _split(r["variants"]),
            r["name_en"], r["org_type"], r["parent_id"], r["source"],
        )
    return rows


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split("|") if v.strip())


# Letters of Vietnamese, for patterns: \w would also take digits and underscores.
UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
LOWER = "a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
