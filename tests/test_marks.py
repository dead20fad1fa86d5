"""The printed marks every reader shares (extract/marks.py, data/marks.yaml), and the
header rows every reader builds the same way (extract/table_core.py)."""

from __future__ import annotations

import pytest

from unfascicle.extract.docx_reader import load_vocab as docx_vocab
from unfascicle.extract.marks import load_marks
from unfascicle.extract.model import HeaderCell, Provenance, Table, TablePart, TableRow
from unfascicle.extract.pdf_settings import load_vocab as pdf_vocab
from unfascicle.extract.table_core import drop_repeated_heads, spanned_header
from unfascicle.extract.text_vocab import vocabulary as text_vocab

CAPTIONS = {"zh": ["表 15.9", "表15.9", "表 A.2", "表 A2"],
            "en": ["Table 15.9", "Table 29A.3", "Table 3.I.12", "Table A.2", "Table A2"]}
FIGURES = {"zh": ["图 15.十四", "图 十四"], "en": ["Figure 15.I", "Figure 9.III"]}


@pytest.mark.parametrize("language", sorted(CAPTIONS))
def test_every_reader_finds_the_same_captions_parts_and_units(language: str) -> None:
    """The PDF, flat-text and Word readers take their caption, part-label, unit and
    note marks from one data file, so none of them misses a caption another finds
    (the text reader once missed "Table A2": its own pattern wanted a dot)."""
    marks = load_marks(language)
    pdf, text, docx = pdf_vocab(language), text_vocab(language), docx_vocab(language)
    for caption in CAPTIONS[language]:
        assert pdf.table_caption.match(caption) and text.table_caption.match(caption)
        assert docx.table_caption.match(f"{caption} Title")
    for figure in FIGURES[language]:
        assert pdf.figure_caption.match(figure) and text.figure_caption.match(figure)
    assert marks.table_caption.match(CAPTIONS[language][0]).group(1) == "15.9"
    unit = "(千美元)" if language == "zh" else "(Thousands of United States dollars)"
    part = "(1) 经常预算" if language == "zh" else "(1) Regular budget"
    for vocab in (pdf, docx):
        assert vocab.unit_line.match(unit) and vocab.part_label.match(part)
    assert text.unit_line.match(unit) and text.table_part_label.match(part)
    assert not marks.part_label.match("(2001) 15.4") and not marks.unit_line.match(part + ")")
    # a part's number alone, its label on the next line; not a year, nor with its label
    assert text.table_part_mark.match(part.split()[0])
    assert not any(text.table_part_mark.match(t) for t in ["(2001)", part, "(1)x"])
    note = "注：" if language == "zh" else "Note:"
    assert pdf.note_start.match(note) and text.table_note.match(note)


def test_grouped_columns_share_a_spanning_header_cell() -> None:
    """"Changes" spans its four columns; the other columns span both header rows."""
    texts = ["", "2023 approved", "Technical", "New", "Other", "Total", "%", "2024 estimate"]
    rows = spanned_header(texts, [(range(2, 7), "Changes")])
    assert rows[0] == [HeaderCell("", rowspan=2), HeaderCell("2023 approved", rowspan=2),
                       HeaderCell("Changes", colspan=5), HeaderCell("2024 estimate", rowspan=2)]
    assert [c.text for c in rows[1]] == ["Technical", "New", "Other", "Total", "%"]
    assert spanned_header(["a", "b"], []) == [[HeaderCell("a"), HeaderCell("b")]]


def _row(page: int, *cells: str) -> TableRow:
    return TableRow(Provenance(page), cells=list(cells))


def test_rows_a_page_repeats_under_its_header_are_dropped_once() -> None:
    """Regression (A/80/6 Sect. 3/Add.2, PDF and text): the column references under the
    header, printed again first on the next page, were a row there, and the totals
    counted "(1)", "(2)" as figures. A row like the first one elsewhere stays."""
    refs = _row(1, "Category", "(1)", "(2)")
    rows = [refs, _row(1, "Civilian personnel", "337.4", "133.0"),
            _row(1, "Category", "(1)", "(2)"),
            _row(2, "Category", "(1)", "(2)"), _row(2, "Operational costs", "76.8", "39.1"),
            _row(3, "Total", "414.2", "172.1")]
    table = Table(["Table 1"], [TablePart(None, [], rows)], [])
    drop_repeated_heads([table])
    assert [(r.prov.page, r.cells[0]) for r in table.parts[0].rows] == [
        (1, "Category"), (1, "Civilian personnel"), (1, "Category"),
        (2, "Operational costs"), (3, "Total")]
