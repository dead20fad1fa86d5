"""Findings and the rounding arithmetic every rule shares.

A printed figure with d decimals stands for any true value within half a unit of
its last digit; a count printed without decimals is exact. A sum of printed parts
agrees with a printed total when the two ranges overlap: the tolerance is half a
unit for the total plus half a unit per part.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple


@dataclass(frozen=True)
class Finding:
    """One check: where, what was printed, what the identity gives, and the verdict."""

    rule: str
    table: str | None
    part: str | None
    row: str | None
    column: str | None
    printed: float | int | None
    computed: float | int | None
    status: str  # pass | fail
    tolerance: float
    page: int | None = None
    detail: str | None = None

    def as_dict(self) -> dict:
        """The finding as the output writes it, as ``output.plain`` would make it: its
        fields in order. Every field holds a string, a number or None, and a frozen
        record's attributes are its fields, set in order by its ``__init__``: a copy of
        them is the dict, in a fifth of the time of reading them one by one."""
        return dict(vars(self))


class Figure(NamedTuple):
    """A printed number with its rounding half-unit (a named tuple: the checks make
    one per numeric cell they read, several thousand a document, and a tuple is made
    in a fraction of a frozen dataclass's time)."""

    value: float | int
    half_unit: float


@lru_cache(maxsize=8192, typed=True)
def figure(value, raw: str, exact_integers: bool) -> Figure | None:
    """The printed figure behind a cell, or None when the cell holds no number
    (memoised: the checks read a cell again for each sum it is part of, and a document
    prints a few hundred figures; typed, so that 1 and 1.0, printed apart, stay apart)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    text = raw.strip().strip("()（）%％")
    if "." in text:
        decimals = len(text.rsplit(".", 1)[1])
        return Figure(value, 0.5 * 10 ** -decimals)
    if value == 0 and not any(ch.isdigit() for ch in text):  # a dash: nil
        return Figure(0, 0.0)
    return Figure(value, 0.0 if exact_integers else 0.5)


def verdict(printed: Figure, computed: float, tolerance: float) -> str:
    """pass when the printed figure is within tolerance of the computed one."""
    return "pass" if abs(printed.value - computed) <= tolerance + 1e-9 else "fail"


def tidy(number: float) -> float | int:
    """Round away binary noise so outputs stay readable and stable."""
    rounded = round(number, 6)
    return int(rounded) if float(rounded).is_integer() and isinstance(number, int) else rounded
