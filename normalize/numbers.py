"""Printed numbers to typed values, the way UN budget tables print them.

"13 465.1" (space, no-break or thin space between thousands) is 13465.1, "(73.8)" is
-73.8, a dash "—" is nil (zero), a blank cell is no value. A figure without a
decimal point is a count and stays an integer. Anything else is not silently
coerced: it comes back as :attr:`Status.MALFORMED` with the printed text kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache

import regex

DASHES = frozenset("—–-−－‒―")

# Digit groups separated by one space-like character or a comma, optional decimals.
_NUMBER = regex.compile(
    r"""^(?P<neg>[-−－])?
        (?P<int>\d{1,3}(?:[ \u00a0\u2009\u202f,]\d{3})+|\d+)
        (?:\.(?P<frac>\d+))?
        (?P<pct>\s?[%％])?$""",
    regex.VERBOSE,
)

_NOT_DIGIT = regex.compile(r"\D")
# Footnote letters after a printed figure, glued or one space apart as a Word source
# may set a superscript: "12a", "(3.5)b", "1 979a,b", "7 a".
_NOTE = regex.compile(r"^(?P<figure>.*[\d)）])\s?(?P<note>[a-h](?:,[a-h])*)$")


class Status(StrEnum):
    """What kind of cell a printed string is."""

    NUMBER = "number"
    NIL = "nil"  # printed as a dash: zero, not missing
    BLANK = "blank"  # nothing printed: not applicable
    MALFORMED = "malformed"  # looks numeric but is not a valid UN-format number


@dataclass(frozen=True)
class Parsed:
    """A parsed cell: the value (int, float, or None) with the printed text and the
    footnote mark glued to the figure ("12a" → 12, "a"), if any."""

    raw: str
    status: Status
    value: int | float | None
    note: str | None = None

    @property
    def ok(self) -> bool:
        """True unless the printed text could not be read as a number."""
        return self.status is not Status.MALFORMED


@lru_cache(maxsize=8192)
def parse_number(raw: str) -> Parsed:
    """Parse one printed cell of a numeric column (memoised, bounded: a document's
    cells are parsed again by the rows, the columns and the checks, and most print
    one of a few hundred figures; a Parsed is frozen, so sharing it is safe)."""
    text = raw.strip()
    if not text:
        return Parsed(raw, Status.BLANK, None)
    marked = _NOTE.match(text)
    if marked:
        parsed = parse_number(marked["figure"])
        return Parsed(raw, parsed.status, parsed.value, marked["note"]) if parsed.ok else \
            Parsed(raw, Status.MALFORMED, None)
    if len(text) == 1 and text in DASHES:
        return Parsed(raw, Status.NIL, 0)
    negative = False
    if text.startswith("(") and text.endswith(")") or text.startswith("（") and text.endswith("）"):
        negative, text = True, text[1:-1].strip()
    match = _NUMBER.match(text)
    if not match:
        return Parsed(raw, Status.MALFORMED, None)
    if match["neg"]:
        if negative:  # "(-5)" is not a UN format: refuse to guess
            return Parsed(raw, Status.MALFORMED, None)
        negative = True
    digits = _NOT_DIGIT.sub("", match["int"])
    if match["frac"] is None:
        value: int | float = int(digits)
    else:
        value = float(Decimal(f"{digits}.{match['frac']}"))
    if negative:
        value = -value
    return Parsed(raw, Status.NUMBER, value)


def format_un(value: int | float, decimals: int | None = None) -> str:
    """Print a number the UN way: thousands separated by spaces, negatives in
    parentheses, zero as a dash. Inverse of :func:`parse_number`."""
    if value == 0:
        return "—"
    body = f"{abs(value):,.{decimals}f}" if decimals is not None else f"{abs(value):,}"
    body = body.replace(",", " ")
    return f"({body})" if value < 0 else body
