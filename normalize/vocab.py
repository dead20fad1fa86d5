"""The budget vocabulary, loaded from the package's data files.

Row labels, column labels, units, table families and document patterns live in
``normalize/data`` so a domain expert can extend them without touching code.
Labels are matched on a folded form (no whitespace, ASCII parentheses, no
trailing colon or full stop, no leading enumerator) and reported as printed.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache
from importlib import resources

import regex
import yaml

_ENUMERATOR = regex.compile(
    r"^\s*(?:(?P<letter>[A-Z])[.．、]|(?P<digit>\d{1,3})[.．、](?!\d)|[(（](?P<paren>[a-z])[)）])\s*")
_FOLD = str.maketrans({"（": "(", "）": ")", "／": "/", "：": ":"})


def fold(label: str) -> str:
    """The form labels are compared in."""
    text = regex.sub(r"\s+", "", label.translate(_FOLD))
    return text.rstrip(":。.")


def split_enumerator(label: str) -> tuple[str | None, str]:
    """"C. 工作方案" → ("C", "工作方案"); "1. …" → ("1", "…"); no enumerator → (None, label)."""
    match = _ENUMERATOR.match(label)
    if not match:
        return None, label
    marker = match["letter"] or match["digit"] or match["paren"]
    return marker, label[match.end():]


@dataclass(frozen=True)
class RowLabel:
    """One row-label entry: its canonical key, role in the table and what it implies."""

    key: str
    english: str
    role: str  # item, section, subcategory, subtotal, total, group, part
    child_key: str | None
    unit: str | None


@dataclass(frozen=True)
class ColumnLabel:
    """One column-label entry; ``group`` is the spanning header it sits under."""

    key: str
    english: str
    measure: str | None


@dataclass(frozen=True)
class Unit:
    """A unit of measure printed in a caption."""

    key: str
    english: str
    measure: str


def _read(name: str) -> str:
    return resources.files("unfascicle.normalize").joinpath("data", name).read_text("utf-8")


def _csv(name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(_read(name))))


def _none(text: str) -> str | None:
    return text or None


@dataclass(frozen=True)
class Vocabulary:
    """All label maps, keyed by folded label."""

    rows: dict[str, RowLabel]
    columns: dict[tuple[str, str], ColumnLabel]
    units: dict[str, Unit]
    families: list[dict]
    patterns: dict[str, str]

    def row(self, label: str) -> RowLabel | None:
        """The entry for a printed row label, ignoring its enumerator and a trailing
        "(X)" reference as in "小计 (C)"."""
        _, bare = split_enumerator(label)
        folded = fold(bare)
        hit = self.rows.get(folded)
        if hit is None:
            trimmed = regex.sub(r"\([A-Z0-9]{1,2}\)$", "", folded)
            hit = self.rows.get(trimmed) if trimmed != folded else None
        return hit

    def column(self, label: str, group: str | None) -> ColumnLabel | None:
        """The entry for a column measure word under a spanning ``group`` header."""
        folded = fold(label)
        for key in ((fold(group) if group else "", folded), ("*", folded), ("", folded)):
            if key in self.columns:
                return self.columns[key]
        return None

    def unit(self, printed: str) -> Unit | None:
        """The unit for one printed unit word ("千美元")."""
        return self.units.get(fold(printed))


@cache
def vocabulary() -> Vocabulary:
    """Load the vocabulary once per process (it is immutable)."""
    rows = {fold(r["label"]): RowLabel(r["key"], r["english"], r["role"],
                                       _none(r["child_key"]), _none(r["unit"]))
            for r in _csv("row_labels.csv")}
    columns = {(fold(r["group"]) if r["group"] != "*" else "*", fold(r["label"])):
               ColumnLabel(r["key"], r["english"], _none(r["measure"]))
               for r in _csv("column_labels.csv")}
    units = {fold(r["printed"]): Unit(r["key"], r["english"], r["measure"])
             for r in _csv("units.csv")}
    families = yaml.safe_load(_read("families.yaml"))
    patterns = yaml.safe_load(_read("document.yaml"))
    return Vocabulary(rows, columns, units, families, patterns)
