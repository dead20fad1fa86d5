"""A line's atoms (``text_values.atoms``): each token with the spaces before it and
where it starts, as every value reader splits a line."""

from __future__ import annotations

import pytest

from unfascicle.extract.text_values import atoms


@pytest.mark.parametrize("text, expected", [
    ("Posts   12 345.6  (3.4)", [("Posts", 0, 0), ("12", 3, 8), ("345.6", 1, 11), ("(3.4)", 2, 18)]),
    ("  lead\ttab\u3000wide  ", [("lead", 2, 2), ("tab", 1, 7), ("wide", 1, 11)]),
    ("   ", []),
    ("", []),
])
def test_atoms_count_gaps_and_starts(text, expected):
    """Atoms' positions, counted from the lengths of the spaces and tokens before
    them, are where each token starts in the line."""
    found = [(a.text, a.gap, a.start) for a in atoms(text)]
    assert found == expected
    assert all(text[start:start + len(tok)] == tok for tok, _, start in found)
