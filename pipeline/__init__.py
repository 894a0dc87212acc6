"""The pipeline that builds the data package (see README.md)."""
from pathlib import Path

# The checkout's root (raw/, datapackage/ and .cache/ are found from it). Kept here, in a module that
# imports nothing heavy, so that the command line can name its defaults before Dagster is loaded.
PROJECT_ROOT = Path(__file__).resolve().parent.parent
