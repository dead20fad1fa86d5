"""The number parser: every printed format, and malformed input never becomes a number."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unfascicle.normalize.numbers import Status, format_un, parse_number


@pytest.mark.parametrize(("raw", "value"), [
    ("13 465.1", 13465.1),
    ("13\u00a0465.1", 13465.1),      # no-break space
    ("13\u202f465.1", 13465.1),      # narrow no-break space
    ("13\u2009465.1", 13465.1),      # thin space
    ("1 234 567", 1234567),
    ("(73.8)", -73.8),
    ("（73.8）", -73.8),             # full-width parentheses
    ("(1 442.5)", -1442.5),
    ("-5", -5),
    ("−5", -5),                      # U+2212 minus
    ("18.5", 18.5),
    ("18.5%", 18.5),
    ("0.6", 0.6),
    ("17", 17),
    ("1,234.5", 1234.5),
])
def test_numbers(raw, value):
    parsed = parse_number(raw)
    assert parsed.status is Status.NUMBER
    assert parsed.value == value
    assert parsed.raw == raw


@pytest.mark.parametrize(("raw", "value", "note"), [
    ("12a", 12, "a"),
    ("(3.5)b", -3.5, "b"),
    ("1 979a,b", 1979, "a,b"),  # regression (A/80/6 Sect. 24 table A3): two marks
    ("7 a", 7, "a"),  # regression (A/80/6 Sect. 3/Add.2): the mark one space apart
    ("1 979 b", 1979, "b"),
])
def test_footnote_marks_glued_to_a_figure(raw, value, note):
    parsed = parse_number(raw)
    assert (parsed.status, parsed.value, parsed.note) == (Status.NUMBER, value, note)


def test_counts_stay_integers_and_decimals_are_floats():
    assert isinstance(parse_number("82").value, int)
    assert isinstance(parse_number("82.0").value, float)


@pytest.mark.parametrize("raw", ["—", "–", "-", "－", " — "])
def test_dash_is_nil_zero(raw):
    parsed = parse_number(raw)
    assert (parsed.status, parsed.value) == (Status.NIL, 0)


@pytest.mark.parametrize("raw", ["", "   "])
def test_blank_is_none(raw):
    parsed = parse_number(raw)
    assert (parsed.status, parsed.value) == (Status.BLANK, None)


@pytest.mark.parametrize("raw", [
    "1 1",          # two cells run together, not a thousands group
    "12 34",        # group of two digits
    "13 465 .1",
    "(-5)",         # double negative
    "(73.8",        # unbalanced
    "abc",
    "1.2.3",
    "USG",
    "—5",
    "5 000 00",
])
def test_malformed_is_flagged_not_guessed(raw):
    parsed = parse_number(raw)
    assert parsed.status is Status.MALFORMED
    assert parsed.value is None
    assert not parsed.ok


@pytest.mark.parametrize(("value", "decimals", "printed"), [
    (13465.1, 1, "13 465.1"), (-73.8, 1, "(73.8)"), (0, 1, "—"), (82, None, "82"),
    (1234567, None, "1 234 567"),
])
def test_format_un(value, decimals, printed):
    assert format_un(value, decimals) == printed


@given(st.integers(min_value=-10**12, max_value=10**12))
def test_integers_round_trip(n):
    assert parse_number(format_un(n)).value == n


@given(st.decimals(min_value=-10**9, max_value=10**9, places=1, allow_nan=False,
                   allow_infinity=False))
def test_one_decimal_round_trip(d):
    printed = format_un(float(d), 1)
    assert parse_number(printed).value == pytest.approx(float(d), abs=1e-9)


@given(st.text(max_size=30))
def test_random_text_never_crashes(text):
    parsed = parse_number(text)
    assert parsed.raw == text
    assert parsed.status in Status
