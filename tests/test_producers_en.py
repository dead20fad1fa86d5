"""The PDF reader on English fascicles as another producer prints them.

`samples/renderings/en/` holds LibreOffice renderings of the shared A/81/6 Word files
(see its README): the same documents as the UN's own PDFs, laid out by another
producer with other fonts, line and page breaks. Nothing in the reader was fitted to
them. Each is scored against its document's key; the floors are the scores the reader
reaches, rounded down, and are raised as it improves. The accounting checks fail where
the document prints figures that do not add up (as on its Word file), and nowhere else.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_real_pdfs import check_english_pdf

RENDERINGS = Path("samples/renderings/en")
KEYS = Path("../shared/corpus/real/keys")

# document: (cells, rows, paragraphs) in percent, as measured
FLOORS = {
    "A_81_6_Sect2_PartA": (100, 100, 99.9),
    "A_81_6_Sect3_PartA": (99.1, 100, 99.2),
    "A_81_6_Sect9_PartA": (99.6, 99.3, 99.4),
    "A_81_6_Sect15_PartA": (100, 100, 100),
    "A_81_6_Sect27_PartA": (100, 100, 100),
    "A_81_6_Sect29A_PartA": (99.8, 100, 99.5),
    "A_81_6_Sect31_PartA": (99.5, 100, 100),
}


@pytest.mark.skipif(not KEYS.exists(), reason="shared real corpus not present")
@pytest.mark.parametrize("doc", sorted(FLOORS))
def test_libreoffice_rendering_against_its_key(doc: str) -> None:
    check_english_pdf(RENDERINGS / f"{doc}_en.lo.pdf", KEYS / doc, FLOORS[doc])
