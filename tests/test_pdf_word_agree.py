"""The UN's PDF of a fascicle (made by Word from the .docx) and the .docx itself, read by
their two readers, agree: ``fascicle diff --ignore-source`` finds only what is left.

Counts are measured. Outside the tables they are exact, so a reader change that adds or
removes a disagreement fails here; the table grids are read by code changing on its own
(extract/pdf_tables.py), so their count is a ceiling. What each remaining category is
and why it is left: README, "Comparing outputs".
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from unfascicle import read
from unfascicle.diff import diff
from unfascicle.output import to_dict
from unfascicle.sourcefree import without_source

A81 = Path("../shared/corpus/real/A_81_6")

# section: (differences by record outside the tables, ceiling of table/check/warning ones)
EXPECTED = {
    "2": ({}, 0),
    "3": ({}, 0),
    "5": ({}, 0),
    "9": ({}, 0),
    "12": ({}, 0),
    "15": ({}, 0),
    "24": ({}, 0),
    "27": ({}, 0),
    "29A": ({}, 0),
    "31": ({}, 0),
}
GRID = {"table", "check", "warning"}


def _output(path: Path) -> dict:
    return without_source(json.loads(json.dumps(to_dict(read(path)), ensure_ascii=False)))


@pytest.mark.skipif(not A81.exists(), reason="shared A/81/6 corpus not present")
@pytest.mark.parametrize("section", sorted(EXPECTED))
def test_pdf_and_word_agree(section):
    stem = A81 / f"A_81_6_Sect{section}_PartA_en"
    changes = diff(_output(stem.with_suffix(".docx")), _output(stem.with_suffix(".pdf")))
    kinds = Counter(c.place.record or "table" for c in changes)
    outside, ceiling = EXPECTED[section]
    assert {k: n for k, n in kinds.items() if k not in GRID} == outside
    # every numbered paragraph agrees, number and text: what is left is unnumbered text
    assert [c.where for c in changes if c.place.record == "paragraph"
            and c.place.item is not None] == []
    assert sum(n for k, n in kinds.items() if k in GRID) <= ceiling
