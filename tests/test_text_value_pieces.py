"""How a line's tokens read as printed numbers (``text_values``): a token's readings
as part of a number (``_Piece``: a number alone, a thousands head or group, a bracket
opened or closed, an earlier figure) are found once per token, and the readings built
of them must stay those of the patterns read token by token. Made-up lines."""

from __future__ import annotations

import pytest

from unfascicle.extract.text_values import fewest_values, is_numeric, other_readings, split_row


@pytest.mark.parametrize(("line", "values"), [
    ("(1 234.5) 678", ["(1 234.5)", "678"]),  # brackets around a number of two groups
    ("(1 234 567.8)", ["(1 234 567.8)"]),
    ("13 [15] 2 250", ["13 [15]", "2 250"]),  # an earlier figure in brackets is the value's
    ("1 000a,b 2", ["1 000a,b", "2"]),  # footnote letters after a group
    ("2.679.6 12", ["2.679.6", "12"]),  # thousands printed as points: spoiled, one value
    ("46S.1 7", ["46S.1", "7"]),  # a letter for a digit: spoiled, one value
    ("53 00 12", ["53 00", "12"]),  # a group a digit short goes with the figure before it
    ("— 1 200.5 (3.2)", ["—", "1 200.5", "(3.2)"]),
    ("1 200 300", ["1 200 300"]),  # the fewest values
    ("(12 345 6", None),  # a bracket opened and never closed
    ("007 12", None),  # a nought-led figure is no number of its own
])
def test_fewest_values(line: str, values: list[str] | None) -> None:
    assert fewest_values(line) == values


def test_split_and_other_readings() -> None:
    assert split_row("Label 12 345) 6", 2).values == ["", "6"]  # a bracket closed, not opened
    assert split_row("Label 1 200 300", 2).values == ["1 200", "300"]
    assert other_readings("Label 1 200 300", 2, 5) == [["1", "200 300"]]
    assert other_readings("Label 100 200 300 400", 2, 5) == []


@pytest.mark.parametrize(("token", "numeric"), [
    ("0", True), ("00", True), ("[15]", True), ("(12", True), ("12)", True), ("2024", True),
    ("1O5", True), ("a", False), ("S", False), ("USG", False),
])
def test_is_numeric(token: str, numeric: bool) -> None:
    assert is_numeric(token) is numeric
