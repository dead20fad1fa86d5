"""Tolerances and vocabulary for the PDF reader.

Every geometric threshold is a ratio of something measured on the page (font size,
body font size, page height), so another page size, font or producer reads the
same way. Words that mark captions, parts, units and notes live in ``data/marks.yaml``,
shared with the other readers; the PDF reader's own words in ``data/pdf_layout.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from unfascicle.editions import EDITIONS, load_edition

from .marks import edition_section, load_marks


@dataclass(frozen=True)
class PdfSettings:
    """Tolerances, pdfplumber style; ``*_ratio`` values multiply a font size."""

    span_gap_ratio: float = 0.6  # horizontal gap between glyphs that splits a line into spans
    space_gap_ratio: float = 1.5  # the same next to a space glyph (justified text stretches it)
    word_gap_ratio: float = 0.25  # gap between Latin letters that reads as a space
    cell_gap_ratio: float = 0.5  # narrowest gap between two table cells set on one span
    align_ratio: float = 0.1  # x positions this close (x size) are one column edge
    justified_gap_ratio: float = 1.0  # widest word gap a justified line of prose stretches to
    baseline_ratio: float = 0.3  # baseline difference still on the same line
    superscript_size: float = 0.85  # glyph smaller than this share of the line size
    size_tolerance: float = 0.3  # points: two sizes this close are equal
    rule_thickness_ratio: float = 0.25  # thickest stroke (x body size) read as a rule
    rule_min_length_ratio: float = 2.0  # shortest rule (x body size)
    rule_join_ratio: float = 0.6  # widest gap (x body size) between segments of one rule
    margin_band: float = 0.12  # share of page height where running lines sit
    running_share: float = 0.4  # share of pages a running line must repeat on
    hanging_ratio: float = 0.5  # a span this far left of the text edge hangs
    indent_ratio: float = 0.5  # x positions closer than this (x size) are one indent
    column_edge_lines: int = 3  # lines whose spans start at one x make a column's edge
    even_gap_ratio: float = 0.1  # letter gaps this close (x size) are set evenly apart
    centre_ratio: float = 0.5  # cells of a row centred within this (x size) share a centre
    wrap_pitch_ratio: float = 1.4  # a baseline pitch (x size) up to this can wrap one cell
    # a wider pitch, up to this (x size), wraps a cell where the table's rows are set
    # at least ``loose_row_ratio`` times as far apart (an HTML table's line height)
    loose_wrap_ratio: float = 1.8
    loose_row_ratio: float = 1.5
    char_width_ratio: float = 0.5  # a Latin letter's mean width (x size), for "would it fit"
    row_baseline_ratio: float = 0.08  # cells of one row share a baseline this close (x size)
    row_margin_ratio: float = 0.1  # least step (x size) that cell margins add between rows
    row_pitch_step: float = 0.15  # a pitch this much (x size) above the wrap pitch: new row
    # the step from a cell's paragraph to its next (x the table's wrap pitch), at most:
    # a paragraph's own space after it; a new row adds the cells' margins to that
    cell_paragraph_ratio: float = 1.58
    signature_share: float = 0.25  # lines starting this far right (share of text width)
    paragraph_gap_ratio: float = 0.4  # extra vertical space (x body size) ending a paragraph
    note_gap_ratio: float = 1.0  # blank space (x body size) setting off page notes with no rule
    caption_max_lines: int = 6  # longest caption above a table or figure


@dataclass(frozen=True)
class PdfVocab:
    """Compiled patterns and word lists of one edition from ``data/pdf_layout.yaml``."""

    bold_words: tuple[str, ...]
    italic_words: tuple[str, ...]
    table_caption: re.Pattern[str]
    figure_caption: re.Pattern[str]
    part_label: re.Pattern[str]
    unit_line: re.Pattern[str]
    note_start: re.Pattern[str]
    paragraph_number: re.Pattern[str]
    item_markers: tuple[re.Pattern[str], ...]
    footnote_start: re.Pattern[str]
    table_note: re.Pattern[str]
    data_cell: re.Pattern[str]
    figure_word: re.Pattern[str]
    entry_runs_on: str  # a term-list title ending in one of these goes on
    orgchart_title: re.Pattern[str]  # a heading naming the organization chart annex
    annex_heading: re.Pattern[str]  # "Annex II": the next annex, which ends a chart
    no_line_start: str  # punctuation a line never starts with
    header_runs_on: tuple[str, ...]  # a header cell's line ending so goes on unspaced


@lru_cache(maxsize=len(EDITIONS))
def load_vocab(language: str) -> PdfVocab:
    """The PDF reader's words of edition ``language`` (read once per edition)."""
    raw = edition_section("pdf_layout.yaml", language)
    marks = load_marks(language)
    return PdfVocab(
        bold_words=tuple(raw["bold_words"]),
        italic_words=tuple(raw["italic_words"]),
        table_caption=marks.table_caption,
        figure_caption=marks.figure_caption,
        part_label=marks.part_label,
        unit_line=marks.unit_line,
        note_start=marks.note_start,
        paragraph_number=re.compile(raw["paragraph_number"]),
        item_markers=tuple(re.compile(p) for p in raw["item_markers"]),
        footnote_start=re.compile(raw["footnote_start"]),
        table_note=re.compile(raw["table_note"]),
        data_cell=re.compile(raw["data_cell"]),
        figure_word=re.compile(raw["figure_word"]),
        entry_runs_on=raw["entry_runs_on"],
        orgchart_title=re.compile(raw["orgchart_title"]),
        annex_heading=re.compile(load_edition(language).patterns["annex_heading"]),
        no_line_start=raw["no_line_start"],
        header_runs_on=marks.header_runs_on,
    )
