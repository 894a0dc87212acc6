"""Text handling with no Dagster in it: decoding bytes, cleaning pages, splitting sentences."""
from pipeline.text import compiled_patterns

# Before any rule module compiles its patterns (they all import this package first): see compiled_patterns.
compiled_patterns.load()
