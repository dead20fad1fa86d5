"""A column-aligned text line as the prose-table readers take it, for the tests that
build made-up rows of prose cells."""

from __future__ import annotations

from unfascicle.extract.text_prose import ProseLine


def prose_line(text: str, no: int) -> ProseLine:
    """``text`` as printed on page 1, line ``no``: its leading spaces its indent."""
    body = text.lstrip()
    return ProseLine(body, 1, len(text) - len(body), no)
