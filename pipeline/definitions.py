"""Assemble the Dagster definitions: assets, checks, the build job and the paths resource."""
from dagster import AssetSelection, Definitions, define_asset_job

from pipeline import assets
from pipeline.resources import RawListing, default_paths

PAGE_WORK = AssetSelection.assets(assets.raw_pages, assets.page_extractions)
PUBLISH = AssetSelection.all() - PAGE_WORK
DESCRIPTIONS = {"build_dataset": "Raw pages to a validated data package.",
                "extract_pages": "The page work of the partitions asked for.",
                "publish_dataset": "The tables and the package, from every partition's page work."}

build_dataset = define_asset_job("build_dataset", selection=AssetSelection.all(), description=DESCRIPTIONS["build_dataset"])
# The same assets in two jobs, for an engine that spreads partitions over runs (pipeline/distributed.py):
# the page work of some partitions, then the tables and the package from every partition.
extract_pages = define_asset_job("extract_pages", selection=PAGE_WORK, description=DESCRIPTIONS["extract_pages"])
publish_dataset = define_asset_job("publish_dataset", selection=PUBLISH, description=DESCRIPTIONS["publish_dataset"])

defs = Definitions(
    assets=[assets.raw_pages, assets.page_extractions, assets.tables, assets.data_package, assets.build_report],
    jobs=[build_dataset, extract_pages, publish_dataset],
    resources={"paths": default_paths(), "partition_store": assets.partition_store, "raw_listing": RawListing()},
)
