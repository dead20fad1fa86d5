"""Caption lines and column headers to numbers, titles, units and typed columns."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from unfascicle.extract.model import HeaderCell
from unfascicle.extract.textnorm import join_wrapped
from unfascicle.normalize.records import Unit
from unfascicle.normalize.vocab import Vocabulary

_UNIT_SEPARATOR = regex.compile(r"[/／]")
_PARENTHESISED = regex.compile(r"[(（]([^()（）]*)[)）]")


@dataclass(frozen=True)
class Caption:
    """A parsed caption: printed number, title and unit line."""

    number: str | None
    title: str | None
    unit: Unit | None
    notes: tuple[str, ...] = ()  # note lines set among the caption lines


def parse_unit(line: str, vocab: Vocabulary) -> Unit | None:
    """"(千美元/员额数目)" → Unit with keys ["thousands_usd", "posts"]; None if the line
    is not a parenthesised unit line."""
    match = vocab.patterns["unit_line"].match(line.strip())
    if not match:
        return None
    words = [w for w in _UNIT_SEPARATOR.split(match["units"]) if w.strip()]
    units = [vocab.unit(w) for w in words]
    if not any(units):
        return None
    return Unit(line.strip(), [u.key if u else None for u in units])


def parse_caption(lines: list[str], pattern: regex.Pattern[str], vocab: Vocabulary) -> Caption:
    """Split caption lines into the number (matched by ``pattern``), the title, the
    unit and any note line (the edition's ``caption_note``: "Note: The following
    abbreviations are used …" set between a posts table's number and title). Title
    lines wrapped over several lines are joined."""
    number, title_lines, unit, notes = None, [], None, []
    for line in (s.strip() for s in lines):
        if not line:
            continue
        match = pattern.match(line) if number is None else None
        if vocab.patterns["caption_note"].match(line):
            notes.append(line)
        elif match:
            number = match["number"]
            if match["rest"]:
                title_lines.append(match["rest"])
        elif unit is None and (parsed := parse_unit(line, vocab)):
            unit = parsed
        else:
            title_lines.append(line)
    return Caption(number, join_wrapped(title_lines) or None, unit, tuple(notes))




@dataclass(frozen=True)
class HeaderColumn:
    """One grid column of a header: its bottom-most label, the spanning group above
    it, every text above the label (a bare year over "Appropriation"), and the
    column reference printed under it ("(5)=(4)-(3)"), if any."""

    label: str
    group: str | None
    above: tuple[str, ...] = ()
    reference: str | None = None


def header_columns(header: list[list[HeaderCell]], reference: regex.Pattern[str] | None = None
                   ) -> list[HeaderColumn]:
    """Resolve row/column spans into one label (and group) per grid column; a cell
    matching the ``reference`` pattern is the column's reference, never its label."""
    grid: dict[tuple[int, int], HeaderCell] = {}
    for r, row in enumerate(header):
        c = 0
        for cell in row:
            while (r, c) in grid:
                c += 1
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    grid[(r + dr, c + dc)] = cell
            c += cell.colspan
    ncols = max((c for _, c in grid), default=-1) + 1
    columns = []
    for c in range(ncols):
        stack: list[HeaderCell] = []  # top to bottom, a cell spanning rows once
        for cell in (grid.get((r, c)) for r in range(len(header))):
            if cell is not None and (not stack or stack[-1] is not cell):
                stack.append(cell)
        ref = next((cell.text.strip() for cell in stack if reference and cell.text.strip()
                    and reference.match(cell.text.strip())), None)
        named = [cell for cell in stack if cell.text.strip() != ref or ref is None]
        leaf = named[-1] if named else HeaderCell("")
        group = next((cell.text for cell in named if cell.colspan > 1 and cell is not leaf), None)
        above = tuple(cell.text.strip() for cell in named[:-1] if cell.text.strip())
        columns.append(HeaderColumn(leaf.text.strip(), group, above, ref))
    return columns


@dataclass(frozen=True)
class ColumnMeaning:
    """What a header label means: canonical key, year and measure (None if unknown)."""

    key: str | None
    year: int | None
    measure: str | None


def split_year(label: str, vocab: Vocabulary) -> tuple[int | None, str]:
    """"2024 年估计" → (2024, "估计"), "2020(实际)" → (2020, "实际"), "Approved for 2025"
    → (2025, "Approved"); a label without a year → (None, label)."""
    rest = label.strip()
    match = vocab.patterns["year_label"].match(rest)
    if not match:
        return None, rest
    rest = match["rest"].strip()
    inner = _PARENTHESISED.fullmatch(rest)
    return int(match["year"]), inner.group(1) if inner else rest


def column_meaning(label: str, group: str | None, vocab: Vocabulary,
                   marked: bool = True) -> ColumnMeaning:
    """"2024 年估计(重计费用前)" → (estimate_before_recosting, 2024); "2020(实际)" →
    (actual, 2020); "技术调整" under "变动" → technical_adjustments."""
    year, rest = split_year(label, vocab)
    entry = vocab.column(rest, group, marked) if rest else None
    return ColumnMeaning(entry.key if entry else None, year, entry.measure if entry else None)
