"""An output without the fields that legitimately differ by source file.

The PDF and the Word file of one document give the same records, but a PDF knows
pages and boxes and a Word file does not, and each names its own file. Removing
those fields before ``fascicle diff --ignore-source`` leaves only real
disagreements: values, labels, numbers, texts.
"""

from __future__ import annotations

from typing import Any

SOURCE_FIELDS = frozenset({"page", "pages", "bbox", "regions", "source"})


def without_source(value: Any) -> Any:
    """A copy of ``value`` with every :data:`SOURCE_FIELDS` key removed, at any depth."""
    if isinstance(value, dict):
        return {k: without_source(v) for k, v in value.items() if k not in SOURCE_FIELDS}
    if isinstance(value, list):
        return [without_source(v) for v in value]
    return value
