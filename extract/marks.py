"""Printed marks every reader recognises in an edition: caption words and numbers, the
labels of a table's parts, unit lines, the words that open a table's notes and the
marks after which a header cell's wrapped fragment runs on unspaced.

The PDF, flat-text and Word readers read them from one data file (``data/marks.yaml``),
so that all three find the same captions, parts, units and notes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from unfascicle.editions import EDITIONS, read_yaml


@dataclass(frozen=True)
class Marks:
    """Compiled marks of one edition."""

    table_caption: re.Pattern[str]  # a line that is only "Table 15.9"; group 1 is the number
    figure_caption: re.Pattern[str]
    table_caption_opening: re.Pattern[str]  # a paragraph opening with one (caption and title)
    figure_caption_opening: re.Pattern[str]
    part_label: re.Pattern[str]
    part_mark: re.Pattern[str]  # a part's number alone, "(1)"
    unit_line: re.Pattern[str]
    note_start: re.Pattern[str]  # a note under a table: its word, then a colon
    header_runs_on: tuple[str, ...]  # a header fragment ending so goes on unspaced


def edition_section(name: str, language: str) -> dict:
    """The section of the packaged data file ``name`` for edition ``language`` (its
    words merged over the keys common to every edition)."""
    if language not in EDITIONS:
        raise ValueError(f"unknown language edition {language!r} (known: {', '.join(EDITIONS)})")
    raw = read_yaml(
        resources.files("unfascicle.extract").joinpath("data", name).read_text("utf-8"))
    return raw[language]


def _caption(words: list[str], number: str, end: str) -> re.Pattern[str]:
    alt = "|".join(re.escape(w) for w in words)
    return re.compile(rf"^(?:{alt})\s*({number}){end}")


@lru_cache(maxsize=len(EDITIONS))
def load_marks(language: str) -> Marks:
    """The marks of edition ``language`` (read once per edition)."""
    raw = edition_section("marks.yaml", language)
    number, words = raw["caption_number"], raw["caption_words"]
    notes = "|".join(re.escape(w) for w in raw["note_words"])
    return Marks(
        table_caption=_caption(words["table"], number, "$"),
        figure_caption=_caption(words["figure"], number, "$"),
        table_caption_opening=_caption(words["table"], number, r"(?:\s|$)"),
        figure_caption_opening=_caption(words["figure"], number, r"(?:\s|$)"),
        part_label=re.compile(raw["part_label"]),
        part_mark=re.compile(raw["part_mark"]),
        unit_line=re.compile(raw["unit_line"]),
        note_start=re.compile(rf"^(?:{notes})\s*[:：]"),
        header_runs_on=tuple(raw["header_runs_on"]),
    )
