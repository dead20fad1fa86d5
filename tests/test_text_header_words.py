"""A flat text's header words regrouped into the edition's headings (text_header_words):
a policymaking-organs table printed without positions, its header's cells run together,
reads "Additional information" as the text column and each year with its qualifier, each
heading's words a space apart as printed."""

from __future__ import annotations

from pathlib import Path

import pytest

from unfascicle.extract.model import Table
from unfascicle.extract.text_header_words import known_headings_joined, years_paired
from unfascicle.extract.text_reader import read_text
from unfascicle.extract.text_vocab import vocabulary

_BODY = [
    "Made-up Council Mandate: Article 7 of the Charter 95.9 95.9",
    "Membership: 15 government officials",
    "Number of sessions in 2026: continuous",
    "Other Made-up Committee Mandate: resolution 3376 (XXX) 33.5 33.5",
    "Membership: 26 government delegations",
    "Number of sessions in 2026: 7",
    "Total 129.4 129.4",
    "1.3 The next paragraph closes the section.",
]
_OPENING = ["1.1 The organs are served by the made-up office, whose work is set out below.",
            "1.2 The resources of the organs are shown in table 1.1.",
            "Table 1.1", "Policymaking organs", "(Thousands of United States dollars)"]


@pytest.mark.parametrize("header", [
    ["2025 2026", "Policymaking organ Additional information approved estimate"],
    ["Policymaking organ Additional information", "2025", "approved", "2026", "estimate"],
], ids=["years above their words", "each year and its word a line"])
def test_an_organs_header_run_together_names_its_columns(tmp_path: Path,
                                                          header: list[str]) -> None:
    path = tmp_path / "flat.txt"
    path.write_text("\n".join([*_OPENING, *header, *_BODY]) + "\n", encoding="utf-8")
    table = next(b for b in read_text(path, "en").blocks if isinstance(b, Table))
    head = table.parts[0].header
    assert [c.text for c in head[-1]] == [
        "Policymaking organ", "Additional information", "2025 approved", "2026 estimate"]


def test_words_of_a_known_heading_are_one_piece_and_others_stay() -> None:
    voc = vocabulary("en")
    assert known_headings_joined(["Policymaking", "organ", "Additional", "information", "2025"],
                                 voc) == ["Policymaking organ", "Additional information", "2025"]
    assert known_headings_joined(["Made-up", "heading"], voc) == ["Made-up", "heading"]


def test_years_pair_with_their_words_only_one_to_one() -> None:
    voc = vocabulary("en")
    assert years_paired(["2025", "2026", "Additional information", "approved", "estimate"],
                        voc) == ["Additional information", "2025 approved", "2026 estimate"]
    assert years_paired(["2025", "2026", "approved"], voc) == ["2025", "2026", "approved"]
