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
    "2": ({"document": 1, "figure": 9, "heading": 2, "mandate": 27, "paragraph": 5}, 13),
    "3": ({"figure": 24, "footnote": 1, "heading": 2, "mandate": 177, "paragraph": 29}, 74),
    "5": ({"figure": 11, "mandate": 38, "paragraph": 2}, 13),
    "9": ({"figure": 10, "heading": 6, "mandate": 96, "paragraph": 12}, 31),
    "12": ({"figure": 7, "heading": 1, "mandate": 18, "paragraph": 8}, 32),
    "15": ({"figure": 12, "heading": 1, "mandate": 1, "paragraph": 4}, 20),
    "24": ({"figure": 11, "heading": 2, "mandate": 39, "paragraph": 3}, 25),
    "27": ({"figure": 14, "heading": 4, "mandate": 43, "paragraph": 7}, 9),
    "29A": ({"figure": 8, "heading": 4, "mandate": 17, "paragraph": 16}, 52),
    "31": ({"figure": 2, "heading": 1, "mandate": 2, "paragraph": 4}, 14),
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
