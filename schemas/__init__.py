"""The published JSON Schema of unfascicle's output (draft 2020-12)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

SCHEMA_FILE = "fascicle.schema.json"


@cache
def fascicle_schema() -> dict:
    """The schema as a dict (loaded once)."""
    text = resources.files("unfascicle.schemas").joinpath(SCHEMA_FILE).read_text("utf-8")
    return json.loads(text)


def schema_id() -> str:
    """The schema's ``$id``, written into every output."""
    return fascicle_schema()["$id"]


def schema_version() -> str:
    """The schema's version, written into every output."""
    return fascicle_schema()["version"]
