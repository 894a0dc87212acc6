"""Generate the organisation registry the extractor reads, from the sourced tables beside it.

    python scripts/generate_registry.py           # rewrite the generated files
    python scripts/generate_registry.py --check   # exit 1 if a generated file is out of date

Inputs (written by hand, one fact a row, each with the act or document it comes from in `source`):
  pipeline/data/registry_bodies.csv            national bodies: Party, State, Government, Front, media, courts,
                                               state groups, associations, international bodies
  pipeline/data/registry_units.csv             units of ministries and general departments, from each body's
                                               organisation decree; `parent_id` may list several bodies
  pipeline/data/registry_provincial_bodies.csv bodies every province has ("Sở Y tế", "Công an", "UBND")
  pipeline/data/registry_place_aliases.csv     other spellings of province names (read by the extractor as is)

Outputs (never edited by hand):
  pipeline/data/organisations.csv      every national body and unit, one id each
  pipeline/data/provincial_bodies.csv  the provincial bodies with the abbreviations their area is written with
  pipeline/data/places.csv             the provinces and centrally-run cities before and after the 2025
                                       merger (63 -> 34), from the `vietnam-provinces` package

Only places.csv needs `vietnam-provinces` (Python >= 3.12 for 2026.9.0): run this script with an
interpreter that has it; the pipeline reads the committed CSV and never imports the package.
"""
from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.extract.organisations import slug  # noqa: E402  (the ids the extractor gives)
from pipeline.text.fold import fold_tone_marks  # noqa: E402

DATA = ROOT / "pipeline" / "data"
ORG_COLUMNS = ["organisation_id", "name", "abbreviations", "variants", "name_en", "org_type", "parent_id",
               "valid_from", "valid_to", "source"]
PROVINCIAL_COLUMNS = ["name", "abbreviations", "variants", "name_en", "org_type", "parent_id", "valid_from",
                      "valid_to", "source"]
PLACE_COLUMNS = ["place", "division_until_2025", "division_since_2025", "merged_into", "source"]
MERGER_DATE = "2025-07-01"  # Nghị quyết 202/2025/QH15: 63 provinces and cities become 34


def read(name: str) -> list[dict]:
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


def joined(values) -> str:
    seen: list[str] = []
    for v in values:
        if v and v not in seen:
            seen.append(v)
    return "|".join(seen)


def initials(area: str) -> list[str]:
    """The abbreviations Vietnamese writes for an area of government: the first letter of each syllable,
    "và" as "&" or left out, a hyphen kept or left out ("Giáo dục và Đào tạo" -> GD&ĐT, GDĐT;
    "Lao động - Thương binh và Xã hội" -> LĐ-TB&XH, LĐTBXH). Only from three letters up: two letters
    ("Tư pháp" -> TP) collide with common abbreviations ("TP" is thành phố)."""
    parts = re.split(r"\s+(và|-)\s+", area)
    words, joins = parts[0::2], parts[1::2]
    letters = ["".join(s[0].upper() for s in w.replace(",", "").split()) for w in words]
    if len("".join(letters)) < 3:
        return []
    forms = {"".join(letters)}
    if joins:
        forms.add(letters[0] + "".join(("&" if j == "và" else "-") + l for j, l in zip(joins, letters[1:])))
        forms.add(letters[0] + "".join("-" + l for l in letters[1:]))
    return sorted(forms)


def joined_variants(name: str) -> list[str]:
    """Other ways pages join the areas of a name: "Kế hoạch và Đầu tư" as "Kế hoạch - Đầu tư" or
    "Kế hoạch Đầu tư"; "Văn hóa, Thể thao" as "Văn hóa - Thể thao". Only where a capitalised word
    follows, so that a lower-case "và" inside an area ("nhỏ và vừa") is left alone."""
    cap = r"(?=[A-ZĐÀ-Ỹ])"
    out = []
    for joiner in (" - ", " "):
        v = re.sub(r" và " + cap, joiner, name)
        if v != name:
            out.append(v)
    dashed = re.sub(r", " + cap, " - ", name)
    if dashed != name:
        out.append(dashed)
    return out


def organisations() -> list[dict]:
    bodies, units = read("registry_bodies.csv"), read("registry_units.csv")
    rows = []
    for r in bodies:
        variants = split(r["variants"])
        if r["org_type"] == "ministry":
            variants += joined_variants(r["name"])
        rows.append({**r, "name": fold_tone_marks(r["name"]), "variants": joined(variants)})
    # A unit name found under several parents ("Vụ Pháp chế") is a different body in each: its id
    # carries the parent's, as the extractor's ids for such units do.
    parents_of: dict[str, int] = {}
    for r in units:
        parents_of[r["name"]] = parents_of.get(r["name"], 0) + len(split(r["parent_id"]))
    for r in units:
        for parent in split(r["parent_id"]):
            oid = slug(r["name"]) if parents_of[r["name"]] == 1 else f"{parent}--{slug(r['name'])}"
            rows.append({"organisation_id": oid, "name": fold_tone_marks(r["name"]), "abbreviations": r["abbreviations"],
                         "variants": r["variants"], "name_en": r["name_en"], "org_type": r["org_type"],
                         "parent_id": parent, "valid_from": r["valid_from"], "valid_to": r["valid_to"],
                         "source": r["source"]})
    ids = [r["organisation_id"] for r in rows]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    missing = sorted({r["parent_id"] for r in rows if r["parent_id"] and r["parent_id"] not in ids})
    unsourced = [r["organisation_id"] for r in rows if not r["source"].strip()]
    if duplicates or missing or unsourced:
        sys.exit(f"registry: duplicate ids {duplicates}, unknown parents {missing}, rows without a source {unsourced}")
    return rows


def provincial_bodies(national: list[dict]) -> list[dict]:
    by_id = {r["organisation_id"]: r for r in national}
    rows = []
    for r in read("registry_provincial_bodies.csv"):
        abbreviations = split(r["abbreviations"])
        ministry = by_id.get(r["area_of"])
        if r["area_of"] and not ministry:
            sys.exit(f"registry: {r['name']} names an unknown ministry {r['area_of']}")
        if ministry:  # "Sở GD&ĐT", "Sở LĐTBXH": the ministry's abbreviations for the same area
            area = r["name"].split(" ", 1)[1]
            abbreviations += ["Sở " + a for a in [*split(ministry["abbreviations"]), *initials(area)]
                              if not a.startswith("B")]
        rows.append({"name": fold_tone_marks(r["name"]), "abbreviations": joined(abbreviations),
                     "variants": joined([*split(r["variants"]), *joined_variants(r["name"])]),
                     **{k: r[k] for k in ("name_en", "org_type", "parent_id", "valid_from", "valid_to", "source")}})
    return rows


def places() -> list[dict]:
    """Every province and centrally-run city before and after 1 July 2025, by its bare name, with the
    word that goes before it then ("tỉnh", "thành phố") and, for the merged ones, the new province."""
    import vietnam_provinces
    from vietnam_provinces import Province
    from vietnam_provinces.legacy import Province as LegacyProvince

    def bare(name: str) -> str:
        return fold_tone_marks(re.sub(r"^(Tỉnh|Thành phố) ", "", name))

    def division(p) -> str:
        return "tỉnh" if p.division_type.value == "tỉnh" else "thành phố"

    source = f"vietnam-provinces {vietnam_provinces.__version__} (data {vietnam_provinces.__data_version__})"
    before = {bare(p.name): division(p) for p in LegacyProvince.iter_all()}
    after, merged_into = {}, {}
    for p in Province.iter_all():
        after[bare(p.name)] = division(p)
        for old in p.get_legacy_sources():
            if bare(old.name) != bare(p.name):
                merged_into[bare(old.name)] = bare(p.name)
    return [{"place": name, "division_until_2025": before.get(name, ""), "division_since_2025": after.get(name, ""),
             "merged_into": merged_into.get(name, ""), "source": source}
            for name in [*before, *(n for n in after if n not in before)]]


def as_csv(columns: list[str], rows: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="report out-of-date files instead of writing them")
    args = parser.parse_args(argv)
    national = organisations()
    outputs = {"organisations.csv": as_csv(ORG_COLUMNS, national),
               "provincial_bodies.csv": as_csv(PROVINCIAL_COLUMNS, provincial_bodies(national))}
    try:
        outputs["places.csv"] = as_csv(PLACE_COLUMNS, places())
    except ImportError:
        print("vietnam-provinces is not installed: places.csv left as it is", file=sys.stderr)
    stale = [n for n, text in outputs.items() if not (DATA / n).exists() or (DATA / n).read_text("utf-8") != text]
    if args.check:
        for n in stale:
            print(f"out of date: pipeline/data/{n}")
        return 1 if stale else 0
    for n in stale:
        (DATA / n).write_text(outputs[n], "utf-8")
        print(f"wrote pipeline/data/{n} ({outputs[n].count(chr(10)) - 1} rows)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
