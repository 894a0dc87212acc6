"""Text handling with no Dagster in it: decoding bytes, cleaning pages, splitting sentences."""
