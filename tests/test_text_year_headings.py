"""The one place a header line's years are read (``text_year_headings``): a year
keeps the edition's suffix after it, and a line holds a year, is a year alone, or
finishes a year a narrow column broke. Made-up header lines."""

from __future__ import annotations

from unfascicle.extract.text_vocab import vocabulary
from unfascicle.extract.text_year_headings import (
    bare_year,
    holds_year,
    is_year,
    is_year_heading,
    joins_into_year,
    opens_with_year_suffix,
    year_pieces,
)

ZH = vocabulary("zh")
EN = vocabulary("en")


def test_a_year_keeps_the_suffix_printed_after_it_and_nothing_more() -> None:
    words = "1999 年 预计 2000 年 年 合计".split()
    assert year_pieces(words, ZH) == ["1999 年", "预计", "2000 年", "年", "合计"]


def test_only_a_whole_year_keeps_a_suffix_unless_parts_of_years_are_asked_for() -> None:
    words = "9 年 8 年".split()
    assert year_pieces(words, ZH) == words
    assert year_pieces(words, ZH, partial=True) == ["9 年", "8 年"]


def test_an_edition_printing_no_suffix_keeps_the_words_apart() -> None:
    words = "1999 estimate 2000 estimate".split()
    assert year_pieces(words, EN) == words
    assert year_pieces(words, EN, partial=True) == words


def test_an_unbracketed_qualifier_joins_its_year_on_a_line_of_several_years() -> None:
    """"2022 actual 2023 actual" prints two headings; a line of one heading ("2025
    planned", a word processor's header a heading a line) is left as it is, and so
    is a qualifier after a word that is no year."""
    words = "2022 actual 2023 actual 2024 planned".split()
    assert year_pieces(words, EN) == ["2022 actual", "2023 actual", "2024 planned"]
    assert year_pieces(["2025", "planned"], EN) == ["2025", "planned"]
    assert year_pieces("Category planned 2024 2025".split(), EN) == [
        "Category", "planned", "2024", "2025"]
    assert year_pieces(words, ZH) == words


def test_a_line_holds_a_year_opening_it_or_among_its_words() -> None:
    assert holds_year("1999年预计", ZH)
    assert holds_year("项目 1999 2000", ZH)
    assert not holds_year("项目 199", ZH)
    assert holds_year("1999 estimate", EN)
    assert not holds_year("Posts 12", EN)


def test_a_bare_year_is_one_the_editions_heading_goes_on_after() -> None:
    assert bare_year("1999", ZH)
    assert not bare_year("1999年", ZH)
    assert not bare_year("1999", EN)  # a year alone is a whole heading in English


def test_pieces_of_a_broken_year_join_into_a_year_heading() -> None:
    assert joins_into_year("199", "9年", ZH)
    assert not joins_into_year("199", "9", ZH)
    assert joins_into_year("19", "99 estimate", EN)
    assert opens_with_year_suffix("年预计", ZH)
    assert not opens_with_year_suffix("预计", ZH)


def test_a_year_heading_is_a_year_columns_or_a_year_alone() -> None:
    assert is_year_heading("1999", ZH)
    assert is_year_heading("1999(预计)", ZH)
    assert not is_year_heading("预计", ZH)
    assert is_year_heading("1999 estimate", EN)
    assert not is_year_heading("estimate", EN)


def test_a_year_alone_is_four_digits_and_nothing_more() -> None:
    """A year alone, as both editions print one: not a year with its suffix, a
    heading after it, a shorter run of digits or a figure."""
    for voc in (ZH, EN):
        assert is_year("2031", voc)
        assert not any(is_year(t, voc) for t in ["2031年", "2031 est.", "203", "12 345"])
