"""Extractors: plain functions from a cleaned page to rows. No Dagster here.

Each extractor takes a `Page` (the cleaned text and its sentences) and returns dataclass rows whose
`start`/`end` are character offsets into the page text, so every row can be traced to its words.
"""
