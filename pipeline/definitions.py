"""Assemble the Dagster definitions: assets, checks, the build job and the paths resource."""
from dagster import AssetSelection, Definitions, define_asset_job

from pipeline import assets
from pipeline.resources import default_paths

build_dataset = define_asset_job("build_dataset", selection=AssetSelection.all(), description="Raw pages to a validated data package.")

defs = Definitions(
    assets=[assets.raw_pages, assets.page_extractions, assets.tables, assets.data_package, assets.build_report],
    asset_checks=[assets.sentences_offsets_match_text, assets.participants_organisation_id_resolves,
                  assets.legal_references_reference_id_canonical],
    jobs=[build_dataset],
    resources={"paths": default_paths()},
)
