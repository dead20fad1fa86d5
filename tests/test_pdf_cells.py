"""Table cells that sit closer than the gap that splits a line into spans (issue 9).

Word sets header words of neighbouring columns a few points apart, centred over
narrow columns of right-aligned figures, and a wide figure can end a few points short
of the figure before it. Both must stay separate cells; a full-width text row whose
words happen to cross the column gutters must stay whole.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from unfascicle.extract.model import Table
from unfascicle.extract.pdf_reader import read_pdf
from unfascicle.extract.pdf_settings import load_vocab

SIZE = 8.5
WORD_SPACE = 6.0  # extra space per space glyph: header words ~8 pt apart, one span


def _paragraphs(c, section: int, lines: int) -> None:
    """Numbered body paragraphs of three lines, so the page has a body size and a text
    block for the table to sit in."""
    c.setFont("Helvetica", 10)
    for n in range(lines):
        if n % 3 == 0:
            c.drawString(40, 660 - n * 13, f"{section}.{n // 3 + 1}")
        c.drawString(70, 660 - n * 13, "The programme reports on the plans that towns adopted "
                                       "with the support of the office this year.")


def _paragraph_page(path: Path, section: int):
    """A page of three numbered paragraphs of ``section``, the font left at the body's
    size for the lines drawn next."""
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    c = canvas.Canvas(str(path), pagesize=(500, 700))
    _paragraphs(c, section, 9)
    c.setFont("Helvetica", 10)
    return c


def _captioned(path: Path, section: int, lines: int, title: str, top: float):
    """A page of numbered paragraphs, then a table caption "Table N.1" and its title at
    ``top``: the start of every drawing below."""
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    c = canvas.Canvas(str(path), pagesize=(500, 700))
    _paragraphs(c, section, lines)
    c.setFont("Helvetica", SIZE)
    c.drawString(70, top, f"Table {section}.1")
    c.drawString(70, top - 12, title)
    return c


def _draw(path: Path) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth
    c = _captioned(path, 1, 12, "Deliverables by category", 480)
    c.line(70, 460, 440, 460)
    words = ["planned", "actual", "planned", "planned"]
    x, rights = 290.0, []
    for word in words:  # where each header word ends when set as one line of text
        x += stringWidth(word, "Helvetica", SIZE)
        rights.append(x)
        x += stringWidth(" ", "Helvetica", SIZE) + WORD_SPACE
    for right, year in zip(rights, ["2025", "2025", "2026", "2027"], strict=True):
        c.drawRightString(right, 450, year)
    text = c.beginText(290, 440)
    text.setFont("Helvetica", SIZE)
    text.setWordSpace(WORD_SPACE)
    text.textOut(" ".join(words))
    c.saveState()  # word spacing stays in the graphics state: keep it to the header
    c.drawText(text)
    c.restoreState()
    c.drawString(72, 440, "Category")
    c.line(70, 434, 440, 434)
    rows = [("Publications (number)", ["3", "3", "2", "4"]),
            ("1. Reports on urban planning", ["15", "13 [15]", "9", "11"]),
            ("2. Training events", ["–", "–", "1", "2"])]
    y = 422
    for label, values in rows:
        c.drawString(72, y, label)
        for right, value in zip(rights, values, strict=True):
            c.drawRightString(right, y, value)
        y -= 15
    c.drawString(72, y, "Consultation and advice: consultations with Member States on plans,"
                        " policies and reports.")
    c.line(70, y - 6, 440, y - 6)
    c.showPage()
    c.save()


def test_close_cells_stay_apart_and_text_rows_whole(tmp_path):
    pdf = tmp_path / "close.pdf"
    _draw(pdf)
    table = next(b for b in read_pdf(pdf).blocks if isinstance(b, Table))
    part = table.parts[0]
    assert [c.text for c in part.header[-1]][1:] == [
        "2025 planned", "2025 actual", "2026 planned", "2027 planned"]
    assert [r.cells for r in part.rows[:3]] == [
        ["Publications (number)", "3", "3", "2", "4"],
        ["1. Reports on urban planning", "15", "13 [15]", "9", "11"],
        ["2. Training events", "–", "–", "1", "2"]]
    assert part.rows[3].span is not None and part.rows[3].span.endswith("policies and reports.")


def _draw_part_label_in_body_size(path: Path, notes: bool = False) -> None:
    """A caption, then a part label "(1) Regular budget" set in the body size (as
    LibreOffice prints it), then the ruled table of that part; with ``notes``, each
    part has a lettered note under it."""
    c = _captioned(path, 2, 9, "Resources by source of funding", 520)
    c.setFont("Helvetica", 10)
    c.drawString(80, 490, "(1) Regular budget")
    c.setFont("Helvetica", SIZE)
    c.line(70, 480, 440, 480)
    c.drawString(72, 470, "Component")
    c.drawRightString(380, 470, "2025 approved")
    c.drawRightString(438, 470, "2026 estimate")
    c.line(70, 464, 440, 464)
    for i, (label, a, b) in enumerate([("A. Policymaking organs", "560.6", "560.6"),
                                       ("B. Executive direction", "1 877.4", "2 091.4")]):
        c.drawString(72, 452 - 15 * i, label)
        c.drawRightString(380, 452 - 15 * i, a)
        c.drawRightString(438, 452 - 15 * i, b)
    c.line(70, 430, 440, 430)
    if notes:  # each called by a raised letter
        for y, letter, text in [(420, "a", "Net budget of the share of jointly financed "
                                          "activities."),
                                (352, "b", "Includes the posts financed on a cost-shared "
                                           "basis.")]:
            c.setFont("Helvetica", 4.5)
            c.drawString(72, y + 3, letter)
            c.setFont("Helvetica", 7)
            c.drawString(78, y, text)
    c.setFont("Helvetica", 10)
    c.drawString(80, 410, "(2) Extrabudgetary")  # the next part, after the first: body size
    c.setFont("Helvetica", SIZE)
    c.line(70, 400, 440, 400)
    c.drawString(72, 390, "Component")
    c.drawRightString(380, 390, "2025 approved")
    c.drawRightString(438, 390, "2026 estimate")
    c.line(70, 384, 440, 384)
    c.drawString(72, 372, "A. Policymaking organs")
    c.drawRightString(380, 372, "12.0")
    c.drawRightString(438, 372, "14.0")
    c.line(70, 364, 440, 364)
    c.showPage()
    c.save()


def test_part_label_in_body_size_opens_the_part(tmp_path):
    pdf = tmp_path / "part.pdf"
    _draw_part_label_in_body_size(pdf)
    layout = read_pdf(pdf)
    table = next(b for b in layout.blocks if isinstance(b, Table))
    assert table.caption[0] == "Table 2.1"
    assert [p.label for p in table.parts] == ["(1) Regular budget", "(2) Extrabudgetary"]
    assert [r.cells for r in table.parts[1].rows] == [["A. Policymaking organs", "12.0", "14.0"]]
    assert [r.cells for r in table.parts[0].rows] == [
        ["A. Policymaking organs", "560.6", "560.6"],
        ["B. Executive direction", "1 877.4", "2 091.4"]]
    assert not any("no table grid" in w for w in layout.warnings)


def _glyphs(text: str, x: float, advance: float, width: float, font: str) -> list[dict]:
    """Glyph boxes as pdfplumber gives them: each ``width`` wide, ``advance`` apart."""
    return [{"text": t, "x0": x + i * advance, "x1": x + i * advance + width, "top": 100.0,
             "bottom": 108.0, "size": 8.0, "fontname": font, "upright": True}
            for i, t in enumerate(text)]


def test_overhanging_glyph_boxes_keep_cells_apart():
    """Chromium's Type 3 fonts declare glyphs wider than their advance: boxes overlap by
    about a quarter of the size, and two figures 4 pt apart looked like one cell."""
    from unfascicle.extract.pdf_lines import build_lines
    from unfascicle.extract.pdf_settings import PdfSettings, load_vocab

    row = []
    for x in (130.0, 153.6, 177.2):  # "2029" three times, 6 pt between advances
        row += _glyphs("2029", x, 4.4, 6.5, "T3Font")
    row += _glyphs("Label text of some length here", 10.0, 2.9, 5.0, "T3Font")
    lines = build_lines(row, 1, load_vocab("en"), PdfSettings())
    assert [s.text for s in lines[0].spans] == ["Label text of some length here",
                                                 "2029", "2029", "2029"]
    plain = _glyphs("2029" * 6, 100.0, 4.4, 4.4, "Plain")
    before = [c["x1"] for c in plain]
    build_lines(plain, 1, load_vocab("en"), PdfSettings())
    assert [c["x1"] for c in plain] == before  # boxes that abut are left as they are


WORDS = ("plans adopted by cities with the support of the office and its partners in "
         "the region after review of the urban areas and of housing policy").split()


def _fill(width: float, skip: int) -> str:
    """Words from ``skip`` on, as many as fit in ``width`` at 10 pt Helvetica."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = WORDS[skip]
    for word in WORDS[skip + 1:]:
        if stringWidth(f"{text} {word}", "Helvetica", 10) > width:
            break
        text = f"{text} {word}"
    return text


def _draw_text_columns(path: Path) -> list[list[str]]:
    """A performance-measure table: three left-aligned columns of body-size text, each
    line filled to 5.8 pt short of the next column (Word's narrow gutter), so one line
    of three cells is one span as drawn. Returns the cells as set, row by row."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    c = _captioned(path, 3, 9, "Performance measure", 520)
    lefts, width, gutter = [70.0, 190.0, 310.0], 120.0, 5.8
    c.line(70, 500, 430, 500)
    for left, year in zip(lefts, ["2023 (actual)", "2024 (actual)", "2025 (planned)"],
                          strict=True):
        c.drawString(left, 490, year)
    c.line(70, 484, 430, 484)
    lines = []
    for i in range(3):
        row = [_fill(width - gutter, 3 * i + j) for j in range(3)]
        for left, text in zip(lefts, row, strict=True):
            slack = width - gutter - stringWidth(text, "Helvetica", 10)
            t = c.beginText(left, 470 - 12 * i)
            t.setFont("Helvetica", 10)
            t.setCharSpace(slack / (len(text) - 1))  # flush with the column's right edge
            t.textOut(text)
            c.saveState()
            c.drawText(t)
            c.restoreState()
        lines.append(row)
    c.line(70, 428, 430, 428)
    c.showPage()
    c.save()
    return lines


def test_text_columns_with_narrow_gutters_stay_apart(tmp_path):
    pdf = tmp_path / "text.pdf"
    lines = _draw_text_columns(pdf)
    table = next(b for b in read_pdf(pdf).blocks if isinstance(b, Table))
    part = table.parts[0]
    assert [c.text for c in part.header[-1]] == ["2023 (actual)", "2024 (actual)",
                                                 "2025 (planned)"]
    assert [r.cells for r in part.rows] == [[" ".join(col) for col in zip(*lines, strict=True)]]


def test_a_space_of_a_neighbouring_baseline_does_not_cut_a_word():
    """An empty cell line's space glyph, 2 pt below, grouped into this line at the same
    x as a word's first letter: "through", not "t hrough"."""
    from unfascicle.extract.pdf_lines import build_lines
    from unfascicle.extract.pdf_settings import PdfSettings, load_vocab

    word = _glyphs("through the plans", 100.0, 4.5, 4.5, "Plain")
    stray = dict(word[0], text=" ", x1=102.5, top=102.0, bottom=110.0)
    lines = build_lines([*word, stray], 1, load_vocab("en"), PdfSettings())
    assert [s.text for s in lines[0].spans] == ["through the plans"]


def test_a_marker_on_its_own_tab_stop_stays_with_its_label(tmp_path):
    """LibreOffice sets a numbered label's marker ("2.") on a tab stop of its own: the
    marker is a span, but not a column; a first column of dashes stays a column."""
    pdf = tmp_path / "markers.pdf"
    c = _captioned(pdf, 4, 9, "Deliverables", 520)
    c.line(70, 500, 440, 500)
    c.drawString(84, 490, "Category")  # the header starts on the labels' tab stop
    c.drawRightString(380, 490, "2025")
    c.drawRightString(438, 490, "2026")
    c.line(70, 484, 440, 484)
    for i, (marker, label, a, b) in enumerate([("", "Publications (number)", "3", "4"),
                                               ("1.", "Report on housing", "1", "2"),
                                               ("2.", "Report on land", "2", "2")]):
        y = 470 - 15 * i
        if marker:  # the marker at the cell's edge, every label on the tab stop after it
            c.drawString(72, y, marker)
        c.drawString(84, y, label)
        c.drawRightString(380, y, a)
        c.drawRightString(438, y, b)
    c.line(70, 420, 440, 420)
    c.showPage()
    c.save()
    table = next(b for b in read_pdf(pdf).blocks if isinstance(b, Table))
    assert [r.cells for r in table.parts[0].rows] == [
        ["Publications (number)", "3", "4"], ["1. Report on housing", "1", "2"],
        ["2. Report on land", "2", "2"]]


def test_wrapped_label_without_row_padding_joins_its_row(tmp_path):
    """LibreOffice sets rows as close as the lines of one cell, figures on the first line
    of a wrapped label: a label-only line whose first word could not have fitted on the
    line above continues it; a short lead-in line stays a row of its own."""
    pdf = tmp_path / "wrapped.pdf"
    c = _captioned(pdf, 5, 9, "Deliverables", 520)
    c.line(70, 500, 440, 500)
    c.drawString(72, 490, "Category")
    c.drawRightString(380, 490, "2025")
    c.drawRightString(438, 490, "2026")
    c.line(70, 484, 440, 484)
    lines = [("1. Reports of the Secretary-General on the work of the", "2", "3"),
             ("organization in the region", "", ""),
             ("2. Reports to the Economic and Social Council on the", "1", "1"),
             ("results of its review", "", ""),
             ("Meetings of:", "", ""),
             ("3. The Fifth Committee", "4", "4")]
    for i, (label, a, b) in enumerate(lines):
        y = 472 - 13 * i  # one pitch, wider than a line of text, for wrapped lines and rows
        c.drawString(72, y, label)
        c.drawRightString(380, y, a)
        c.drawRightString(438, y, b)
    c.line(70, 400, 440, 400)
    c.showPage()
    c.save()
    table = next(b for b in read_pdf(pdf).blocks if isinstance(b, Table))
    assert [r.cells or [r.span] for r in table.parts[0].rows] == [
        ["1. Reports of the Secretary-General on the work of the organization in the region",
         "2", "3"],
        ["2. Reports to the Economic and Social Council on the results of its review", "1", "1"],
        ["Meetings of:", "", ""],
        ["3. The Fifth Committee", "4", "4"]]


def test_wrapped_right_aligned_text_cell_without_row_padding_joins_its_row(tmp_path):
    """LibreOffice sets rows as close as the lines of one cell: a line of a right-aligned
    text cell alone continues the row above when that row's cell fills the column (it
    wrapped); under a cell that stops short, it is a row of its own."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    pdf = tmp_path / "details.pdf"
    c = _captioned(pdf, 4, 9, "Posts", 520)
    c.line(70, 500, 440, 500)
    c.drawString(72, 490, "Posts")
    c.drawRightString(438, 490, "Details")
    c.line(70, 484, 440, 484)
    full = "1 USG, 1 D-2, 5 D-1, 9 P-5, 21 P-4, 15 P-3, 5 P-2/1, 2"
    left = 438 - stringWidth(full, "Helvetica", SIZE)
    rows = [("Approved", "82", full), ("", "", "GS (OL), 23 LL"), ("Changes", "-", "-"),
            ("Proposed", "80", "1 USG, 1 D-2"), ("", "", "2 GS (OL)")]
    for i, (label, n, details) in enumerate(rows):
        y = 472 - 13 * i
        c.drawString(72, y, label)
        c.drawRightString(150, y, n)
        c.drawRightString(438, y, details)
    c.line(70, 400, 440, 400)
    c.showPage()
    c.save()
    assert left > 160  # the details column starts right of the figures
    table = next(b for b in read_pdf(pdf).blocks if isinstance(b, Table))
    assert [r.cells or [r.span] for r in table.parts[0].rows] == [
        ["Approved", "82", full + " GS (OL), 23 LL"], ["Changes", "-", "-"],
        ["Proposed", "80", "1 USG, 1 D-2"], ["", "", "2 GS (OL)"]]


def test_a_page_of_text_rows_continues_the_part_whose_header_it_repeats():
    """A table's last page can hold only full-width text rows: with no figures to show
    the columns, its repeated header groups its words differently, and is still the
    same header (not a second part)."""
    from unfascicle.extract.model import HeaderCell, Provenance, TablePart, TableRow
    from unfascicle.extract.table_core import continue_part

    def part() -> TablePart:
        return TablePart(None, [[HeaderCell(t) for t in ("Category", "2025 planned",
                                                          "2025 actual")]],
                         [TableRow(Provenance(1), cells=["Reports", "2", "3"])])

    header = [[HeaderCell("Category 2025 2025 planned actual")]]
    figure = load_vocab("en").data_cell
    texts = part()
    assert continue_part(texts, header, [TableRow(Provenance(2), span="Outreach: booklets.")],
                         figure, 0.5)
    assert [r.cells or [r.span] for r in texts.rows] == [["Reports", "2", "3"],
                                                          ["Outreach: booklets."]]
    # figures in other columns: a new part
    assert not continue_part(part(), header, [TableRow(Provenance(2), cells=["Reports", "2 3"])],
                             figure, 0.5)


def test_a_category_label_on_a_page_of_text_rows_keeps_the_table_columns():
    """A deliverables table's last page can open with a category heading ("E. Enabling
    deliverables", a label over empty cells) above full-width text rows: still no figure
    on the page, so the header it repeats is the same header, and the heading takes the
    table's number of cells, not the page's own guess at its columns."""
    from unfascicle.extract.model import HeaderCell, Provenance, TablePart, TableRow
    from unfascicle.extract.table_core import continue_part

    part = TablePart(None, [[HeaderCell(t) for t in ("Category", "2025 planned",
                                                      "2025 actual")]],
                     [TableRow(Provenance(1), cells=["Reports", "2", "3"])])
    header = [[HeaderCell("Category"), HeaderCell("2025 2025 planned actual")]]
    rows = [TableRow(Provenance(2), cells=["E. Enabling deliverables", ""]),
            TableRow(Provenance(2), span="Administration: summaries of the sessions.")]
    assert continue_part(part, header, rows, load_vocab("en").data_cell, 0.5)
    assert [r.cells or [r.span] for r in part.rows] == [
        ["Reports", "2", "3"], ["E. Enabling deliverables", "", ""],
        ["Administration: summaries of the sessions."]]


def test_rules_around_no_text_are_not_a_table():
    """A frame of rules with no text inside (the cover's symbol box, once the cover's
    text is set apart as front matter) is not a table region."""
    from unfascicle.extract.pdf_graphics import Rule
    from unfascicle.extract.pdf_settings import PdfSettings, load_vocab
    from unfascicle.extract.pdf_tables import find_regions

    rules = [Rule(400.0, 550.0, 65.0), Rule(400.0, 550.0, 210.0)]
    assert find_regions([], rules, 1, 10.0, load_vocab("en"), PdfSettings()) == []


def _years_table(path: Path, section: int, lefts: list[float], closed: float | None):
    """A performance-measure table under its caption: a rule, year headers over columns
    starting at ``lefts``, the rule under them at 484, and a closing rule at ``closed``
    (none: a page break cut the table). Returns the canvas for the body."""
    c = _captioned(path, section, 9, "Performance measure", 520)
    c.line(70, 500, 440, 500)
    for i, left in enumerate(lefts):
        c.drawString(left, 490, f"{2023 + i} (actual)")
    c.line(70, 484, 440, 484)
    if closed is not None:
        c.line(70, closed, 440, closed)
    c.setFont("Helvetica", 10)
    return c


def test_paragraphs_of_one_cell_stay_one_row(tmp_path):
    """Word sets space after each paragraph of a cell: the results a year lists, one
    paragraph each, read as rows of their own under a row of nil dashes."""
    pdf = tmp_path / "paragraphs.pdf"
    c = _years_table(pdf, 6, [70, 170, 270], 360)
    c.drawString(70, 470, "–")
    c.drawString(170, 470, "–")
    for y, text in [(470, "Chad adopted its"), (458, "strategy in 2025"),
                    (440, "Mauritania adopted"), (428, "its strategy")]:
        c.drawString(270, y, text)
    c.showPage()
    c.save()
    table = next(b for b in read_pdf(pdf).blocks if isinstance(b, Table))
    assert [r.cells for r in table.parts[0].rows] == [
        ["–", "–", "Chad adopted its strategy in 2025 Mauritania adopted its strategy"]]


def _second_paragraphs(path: Path, section: int, step: float) -> list[list[str]]:
    """A table of years whose cells each set two wrapped paragraphs, the second of each
    starting on one line across the columns, ``step`` points under the first's last
    line (wrap pitch 12): its rows as read."""
    c = _years_table(path, section, [70, 170, 270], 300)
    for x in (70, 170, 270):
        for y, text in [(470, "Positive survey"), (458, "results"),
                        (458 - step, "Committee A:"), (446 - step, "100 per cent")]:
            c.drawString(x, y, text)
    c.showPage()
    c.save()
    table = next(b for b in read_pdf(path).blocks if isinstance(b, Table))
    return [r.cells or [r.span] for r in table.parts[0].rows]


def test_second_paragraphs_on_one_line_stay_in_their_cells(tmp_path):
    """Paragraphs of one cell are set a paragraph's space apart (18 on a pitch of 12):
    second paragraphs starting on one line in several columns stay in their cells; a
    genuine row sits further down (the cells' margins on top: 20 on 12)."""
    one = ["Positive survey results Committee A: 100 per cent"] * 3
    assert _second_paragraphs(tmp_path / "p.pdf", 8, 18) == [one]
    assert _second_paragraphs(tmp_path / "r.pdf", 9, 20) == [
        ["Positive survey results"] * 3, ["Committee A: 100 per cent"] * 3]


def test_cells_off_each_others_baseline_stay_one_row(tmp_path):
    """Word can set one column of a row on a pitch a little wider than the others: its
    lines drift below theirs and read as one line with them until they part, and the
    lowest glyph of such a line says nothing of the pitch of either column."""
    pdf = tmp_path / "drift.pdf"
    c = _years_table(pdf, 7, [70, 240], 380)
    for i, (a, b) in enumerate([("Representatives of", "Representatives of"),
                                ("the region met to", "the region agreed"),
                                ("agree on a plan", "on a plan for"),
                                ("for the climate", "their cooperation"),
                                ("", "in the region")]):
        if a:
            c.drawString(70, 470 - 11.7 * i - 2, a)
        c.drawString(240, 470 - 11.5 * i, b)
    c.showPage()
    c.save()
    table = next(b for b in read_pdf(pdf).blocks if isinstance(b, Table))
    assert [r.cells for r in table.parts[0].rows] == [
        ["Representatives of the region met to agree on a plan for the climate",
         "Representatives of the region agreed on a plan for their cooperation in the region"]]


def test_rows_a_page_break_cut_run_to_the_page_end(tmp_path):
    """A table with no rule under its rows (the page break cut it) takes every line down
    to the page's end, also a narrow line of one text column alone."""
    pdf = tmp_path / "cut.pdf"
    c = _years_table(pdf, 8, [70, 170, 270], None)
    for y, a, b in [(470, "Progress on the", "Enhanced capacity"), (458, "network", "of officials in"),
                    (446, "", "mediation and"), (434, "", "analysis")]:
        if a:
            c.drawString(70, y, a)
        c.drawString(170, y, b)
    c.drawString(270, 470, "Further progress")
    c.showPage()
    c.save()
    table = next(b for b in read_pdf(pdf).blocks if isinstance(b, Table))
    assert [r.cells for r in table.parts[0].rows] == [
        ["Progress on the network", "Enhanced capacity of officials in mediation and analysis",
         "Further progress"]]


def test_figures_one_space_apart_are_two_cells(tmp_path):
    """Word sets a wide figure ("400 [425]") right-aligned in a narrow column one space
    after the figure before it, each cell's text ending in a space glyph: two cells."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    pdf = tmp_path / "figures.pdf"
    c = _captioned(pdf, 9, 9, "Deliverables", 520)
    c.line(70, 500, 440, 500)
    c.drawString(72, 490, "Category")
    rights = [330.0, 364.0, 403.0, 437.0]
    for right, year in zip(rights, ["2025", "2025", "2026", "2027"], strict=True):
        c.drawRightString(right, 490, year + " ")
    c.line(70, 484, 440, 484)
    rows = [("1. Reports", ["1", "2", "3 [4]", "1"]), ("2. Briefings", ["2", "–", "4", "2"]),
            ("3. Training", ["502", "584", "400 [425]", "400"])]
    for i, (label, values) in enumerate(rows):
        y = 470 - 15 * i
        c.drawString(72, y, label)
        if label.startswith("3."):  # one run of text, as Word sets it: "584 400 [425] "
            text = f"{values[1]} {values[2]} "
            c.drawString(rights[1] - stringWidth(values[1] + " ", "Helvetica", SIZE), y, text)
            values = [values[0], "", "", values[3]]
        for right, value in zip(rights, values, strict=True):
            if value:
                c.drawRightString(right, y, value + " ")
    c.line(70, 420, 440, 420)
    c.showPage()
    c.save()
    table = next(b for b in read_pdf(pdf).blocks if isinstance(b, Table))
    assert [r.cells for r in table.parts[0].rows] == [
        ["1. Reports", "1", "2", "3 [4]", "1"], ["2. Briefings", "2", "–", "4", "2"],
        ["3. Training", "502", "584", "400 [425]", "400"]]


def test_a_note_letter_joins_the_word_it_follows():
    """A raised note letter ends a cell's line; a line of the next column sits so close
    under its baseline that the letter grouped with that line ("control a and")."""
    from unfascicle.extract.pdf_lines import build_lines
    from unfascicle.extract.pdf_settings import PdfSettings, load_vocab

    def at(text: str, x: float, top: float, size: float) -> list[dict]:
        return [dict(g, top=top, bottom=top + size, size=size)
                for g in _glyphs(text, x, 0.5 * size, 0.45 * size, "Plain")]

    chars = [*at("compliance", 100.0, 100.0, 10.0), *at("a", 150.2, 99.3, 6.5),
             *at("other cell", 200.0, 94.0, 10.0)]
    lines = build_lines(chars, 1, load_vocab("en"), PdfSettings())
    assert [ln.text for ln in lines] == ["other cell", "compliancea"]


def test_header_closed_by_its_cells_borders_alone(tmp_path):
    """LibreOffice can rule a table only at its top and bottom, the header closed by the
    bottom borders of its sub-header cells: the header ends at the lowest such border
    above the first line of figures, not at the table's top."""
    pdf = tmp_path / "borders.pdf"
    c = _captioned(pdf, 10, 9, "Posts", 520)
    c.line(70, 500, 440, 500)
    c.drawString(72, 490, "Component")
    c.drawRightString(300, 490, "2023")
    c.drawString(340, 490, "Changes")
    c.line(320, 486, 410, 486)  # the group's border, under "Changes"
    c.drawRightString(360, 476, "Technical")
    c.drawRightString(405, 476, "Other")
    c.drawRightString(300, 476, "approved")
    c.drawRightString(438, 476, "2024")
    c.line(320, 470, 410, 470)  # the sub-header cells' bottom border, not the header's
    for i, (label, *values) in enumerate([("A. Policymaking organs", "5", "–", "–", "6"),
                                          ("B. Executive direction", "7", "–", "(1)", "9")]):
        y = 456 - 15 * i
        c.drawString(72, y, label)
        for right, value in zip([300, 360, 405, 438], values, strict=True):
            c.drawRightString(right, y, value)
    c.line(70, 420, 440, 420)
    c.showPage()
    c.save()
    table = next(b for b in read_pdf(pdf).blocks if isinstance(b, Table))
    part = table.parts[0]
    assert [c.text for c in part.header[-1]] == ["Technical", "Other"]
    assert [r.cells for r in part.rows] == [["A. Policymaking organs", "5", "–", "–", "6"],
                                            ["B. Executive direction", "7", "–", "(1)", "9"]]


def test_text_cells_cut_mid_sentence_by_a_page_break_are_one_row():
    """A row of text cells that a page break cuts goes on, in every cell, in lower case:
    one row; a row whose cells start anew (capitals) is a row of its own."""
    from unfascicle.extract.model import Provenance, TableRow
    from unfascicle.extract.pdf_settings import load_vocab
    from unfascicle.extract.table_core import continue_rows

    def row(*cells: str) -> TableRow:
        return TableRow(Provenance(1), cells=list(cells))

    en = load_vocab("en")
    rows = [row("Member States provide", "Member States give")]
    continue_rows(rows, [row("feedback on quality", "feedback in a survey"),
                         row("Responses received", "Responses received")], en.data_cell, 0.5)
    assert [r.cells for r in rows] == [
        ["Member States provide feedback on quality", "Member States give feedback in a survey"],
        ["Responses received", "Responses received"]]
    rows = [row("Member States provide", "Member States give")]
    continue_rows(rows, [row("Responses received", "feedback in a survey")], en.data_cell, 0.5)
    assert len(rows) == 2


def test_text_starting_a_page_in_capitals_goes_on_where_its_word_did_not_fit():
    """A table of text whose first column is empty on the new page: the text there goes
    on with the cell above when its first word would not have fitted on that cell's
    last line ("... issued by the United" / "Nations ..."), and is a row of its own
    when the cell above ended with room to spare ("... rules of origin" / "States ...");
    under a row that prints a number it is that cell's next paragraph (such a row has
    no figure of its own)."""
    from unfascicle.extract.model import Provenance, TableRow
    from unfascicle.extract.table_core import continue_rows

    en = load_vocab("en")
    full = TableRow(Provenance(1), cells=["–", "Member States have access through the United"],
                    room=[9.0, 1.2])
    rows = [full]
    continue_rows(rows, [TableRow(Provenance(2), cells=["", "Nations Panel"])], en.data_cell, 0.5)
    assert [r.cells for r in rows] == [["–", "Member States have access through the United "
                                             "Nations Panel"]]
    ended = TableRow(Provenance(1), cells=["–", "Delegates presented rules of origin"],
                     room=[9.0, 8.0])
    rows = [ended]
    continue_rows(rows, [TableRow(Provenance(2), cells=["", "States members converged"])],
                  en.data_cell, 0.5)
    assert [r.cells for r in rows] == [["–", "Delegates presented rules of origin"],
                                       ["", "States members converged"]]
    counted = TableRow(Provenance(1), cells=["", "1", "New mandates"], room=[9.0, 9.0, 8.0])
    rows = [counted]
    continue_rows(rows, [TableRow(Provenance(2), cells=["", "", "The officer would"])], en.data_cell, 0.5)
    assert [r.cells for r in rows] == [["", "1", "New mandates The officer would"]]
    figures = TableRow(Provenance(1), cells=["Posts", ""], room=[9.0, 8.0])
    rows = [figures]
    continue_rows(rows, [TableRow(Provenance(2), cells=["", "1.0"])], en.data_cell, 0.5)
    assert [r.cells for r in rows] == [["Posts", "1.0"]]


def test_lettered_notes_neither_caption_a_part_nor_read_as_rows(tmp_path):
    """A note called by a raised letter under a part ("a Net budget ...") is no caption
    of a new table: the next part stays in the table and the note goes to its notes; a
    note under the last rule, the last line of the page, is no row but a note too."""
    pdf = tmp_path / "notes.pdf"
    _draw_part_label_in_body_size(pdf, notes=True)
    tables = [b for b in read_pdf(pdf).blocks if isinstance(b, Table)]
    assert len(tables) == 1
    table = tables[0]
    assert [p.label for p in table.parts] == ["(1) Regular budget", "(2) Extrabudgetary"]
    assert table.notes == ["a Net budget of the share of jointly financed activities.",
                           "b Includes the posts financed on a cost-shared basis."]
    assert [r.cells for r in table.parts[1].rows] == [["A. Policymaking organs", "12.0", "14.0"]]


def test_overprinted_figures_part_where_their_header_cells_do(tmp_path):
    """LibreOffice can set the figures of two narrow columns closer than a span gap in
    every row: no body line shows the gutter, the header cells above them do."""
    pdf = tmp_path / "overprinted.pdf"
    c = _captioned(pdf, 12, 9, "Resources", 520)
    c.line(70, 500, 440, 500)
    c.drawString(72, 490, "Component")
    for right, text in [(300, "2024"), (337, "2025"), (438, "2026")]:
        c.drawRightString(right, 490, text)
    c.line(70, 484, 440, 484)
    rows = [("A. Policymaking organs", "9 115.0", "13 132.9", "13 132.9"),
            ("B. Executive direction", "10 413.6", "10 529.9", "10 438.1")]
    for i, (label, *values) in enumerate(rows):
        y = 470 - 15 * i
        c.drawString(72, y, label)
        for right, value in zip([300, 337, 438], values, strict=True):
            c.drawRightString(right, y, value)
    c.line(70, 440, 440, 440)
    c.showPage()
    c.save()
    table = next(b for b in read_pdf(pdf).blocks if isinstance(b, Table))
    assert [r.cells for r in table.parts[0].rows] == [list(r) for r in rows]


def _draw_header_ruled(path: Path) -> None:
    """LibreOffice from HTML: rules over and under the header only, figures set left in
    their columns, rows a paragraph apart, and a wrapped label whose figures are centred
    between its lines (its lines a text line apart, wider than 1.4 times the size)."""
    c = _captioned(path, 13, 9, "Deliverables", 520)
    c.setFont("Helvetica", 10)  # the body size: a wide line of it can be prose
    c.line(70, 500, 440, 500)
    for x, text in [(72, "Category"), (330, "2025"), (390, "2026")]:
        c.drawString(x, 490, text)
    c.line(70, 484, 440, 484)
    label = "1. Reports of the Secretary-General on the work of the"
    assert 330 - 72 > c.stringWidth(label, "Helvetica", 10) > (440 - 70) / 2
    rows = [(470, "Publications (number)", ["3", "4"]), (444, label, []),
            (436, "", ["2", "5"]), (428, "organization", []), (402, "2. Training events",
                                                                 ["–", "1"])]
    for y, text, values in rows:
        c.drawString(72, y, text)
        for x, value in zip([330, 390], values, strict=False):
            c.drawString(x, y, value)
    c.drawString(70, 370, "The programme reports on the plans that towns adopted this year.")
    c.showPage()
    c.save()


def _draw_merged_cells(path: Path) -> None:
    """A table of post changes whose label, description and reason cells are merged
    down over several rows of posts (as LibreOffice renders a Word table): no rule and
    no row gap between the rows, and the merged cells' paragraphs set 12.5 pt apart,
    between the 10.5 pt of a wrapped line and the 14.5 pt of a row. A cell of another
    font sits 0.4 pt off its row's baseline (a bold face's other descent)."""
    c = _captioned(path, 24, 9, "Summary of proposed post changes", 530)
    c.line(70, 510, 460, 510)
    for x, text in [(72, "Component"), (210, "Grade"), (250, "Description"),
                    (340, "Reason for change")]:
        c.drawString(x, 500, text)
    c.drawRightString(200, 500, "Posts")
    c.line(70, 494, 460, 494)
    cells = [(72, 480, "Subprogramme 1"), (72, 467.5, "Human rights"),
             (250, 480, "Establishment of"), (250, 469.5, "Rights Officer"),
             (340, 480, "New mandates"), (340, 467.5, "The incumbents would"),
             (340, 457, "provide thematic"), (340, 446.5, "expertise to the"),
             (340, 436, "field offices."),
             (250, 451, "Redeployment of"), (250, 440.5, "Human Rights Officer"),
             (72, 409.5, "Subprogramme 2"), (250, 409.5, "Establishment of"),
             (340, 409.1, "New mandates")]
    for x, y, text in cells:
        c.drawString(x, y, text)
    for y, posts, grade in [(480, "1", "P-4"), (465.5, "1", "P-3"), (451, "4", "P-4"),
                            (436.5, "5", "P-3"), (409.5, "2", "P-5")]:
        c.drawRightString(200, y, posts)
        c.drawString(210, y, grade)
    c.line(70, 400, 460, 400)
    c.showPage()
    c.save()


def test_a_wrapped_label_within_its_column_does_not_end_a_header_ruled_table(tmp_path):
    """Under a table ruled over its header only, a label line wider than half the table
    is a row's as long as it stays under one header cell; a line of prose under both
    ends the table."""
    pdf = tmp_path / "header-ruled.pdf"
    _draw_header_ruled(pdf)
    table = next(b for b in read_pdf(pdf).blocks if isinstance(b, Table))
    labels = [(r.cells or [r.span])[0] for r in table.parts[0].rows]
    assert labels[0] == "Publications (number)" and labels[-1] == "2. Training events"


def test_figures_centred_beside_a_wrapped_label_join_its_row(tmp_path):
    """A line of figures between the two lines of a wrapped label (cells centred
    vertically) makes their pitch a wrap, even one wider than 1.4 times the size: the
    label's lines and the figures are one row; rows a paragraph apart stay apart."""
    pdf = tmp_path / "centred.pdf"
    _draw_header_ruled(pdf)
    table = next(b for b in read_pdf(pdf).blocks if isinstance(b, Table))
    assert [r.cells for r in table.parts[0].rows] == [
        ["Publications (number)", "3", "4"],
        ["1. Reports of the Secretary-General on the work of the organization", "2", "5"],
        ["2. Training events", "–", "1"]]


def _set(pieces: list[tuple[str, float]], top: float, size: float = 10.0,
         space: float = 5.0) -> list[dict]:
    """Glyphs of each (text, x) piece on one baseline, each glyph a CJK em (a figure half
    of it, a space ``space``) wide and abutting the next: text with no letter spacing."""
    out = []
    for text, x in pieces:
        for t in text:
            width = space if t == " " else size / 2 if t.isascii() else size
            out.append({"text": t, "x0": x, "x1": x + width, "top": top, "bottom": top + size,
                        "size": size, "fontname": "SongStd", "upright": True})
            x += width
    return out


def test_cjk_header_words_set_close_part_narrow_columns():
    """LibreOffice sets the header words of narrow columns ("其他", "共计", "百分比") and
    the figures under them 4.7 pt apart, closer than a span gap, with no space glyph:
    beside CJK glyphs, which abut, such a gap parts cells; the header cells part the
    figures that no body line prints apart. Evenly letter-spaced CJK stays one word."""
    from unfascicle.extract.pdf_graphics import Rule
    from unfascicle.extract.pdf_lines import build_lines
    from unfascicle.extract.pdf_settings import PdfSettings, load_vocab
    from unfascicle.extract.pdf_tables import TableRegion, read_grid

    vocab, settings = load_vocab("zh"), PdfSettings()
    chars = (_set([("其他", 100.0), ("共计", 124.7), ("百分比", 149.4)], 10.0)
             + _set([("员额", 20.0), ("—", 100.0), ("—", 124.7), ("—", 149.4)], 30.0)
             + _set([("非员额", 20.0), ("—", 100.0), ("80.0", 124.7), ("5.4", 149.4)], 50.0)
             + _set([("共计", 20.0), ("—", 100.0), ("80.0", 124.7), ("0.6", 149.4)], 70.0))
    lines = build_lines(chars, 1, vocab, settings)
    assert [s.text for s in lines[0].spans] == ["其他共计百分比"]  # one span, as printed
    region = TableRegion(1, [Rule(15.0, 185.0, 5.0), Rule(15.0, 185.0, 25.0),
                             Rule(15.0, 185.0, 85.0)], [], lines)
    grid = read_grid(region, settings, vocab)
    assert [c.text for c in grid.header[-1]][1:] == ["其他", "共计", "百分比"]
    assert [r.cells for r in grid.rows] == [["员额", "—", "—", "—"],
                                            ["非员额", "—", "80.0", "5.4"],
                                            ["共计", "—", "80.0", "0.6"]]
    spaced = build_lines(_set([(t, 20.0 + 13.0 * i) for i, t in enumerate("一般事务")], 10.0),
                         1, vocab, settings)
    assert [p.text for s in spaced[0].spans for p in s.split_glued()] == ["一般事务"]


def test_a_label_wrapped_over_three_lines_keeps_its_centred_figures(tmp_path):
    """Figures centred beside a label of three lines share the middle line's baseline,
    2.6 pt after its last CJK glyph: the gap parts the label from the figure, and the
    label's lines, as far apart as those of a two-line label with figures between them,
    are one row (that pitch is a wrap, and no row is as close)."""
    from unfascicle.extract.pdf_graphics import Rule
    from unfascicle.extract.pdf_lines import build_lines
    from unfascicle.extract.pdf_settings import PdfSettings, load_vocab
    from unfascicle.extract.pdf_tables import TableRegion, read_grid

    vocab, settings = load_vocab("zh"), PdfSettings()
    chars = _set([("类别", 20.0), ("2022", 150.0), ("2023", 190.0)], 10.0)
    chars += _set([("出版物", 20.0), ("5", 150.0), ("3", 190.0)], 30.0)
    chars += _set([("一二三四五六七八九十", 20.0)], 56.0) + _set([("1", 150.0), ("2", 190.0)], 65.7)
    chars += _set([("十一", 20.0)], 75.4)
    chars += _set([("甲乙丙丁戊己庚辛壬癸", 20.0)], 101.5)
    chars += _set([("子丑寅卯辰巳午未申酉戌", 37.4), ("7", 150.0), ("8", 190.0)], 120.9)
    chars += _set([("亥", 20.0)], 140.3)
    chars += _set([("小计", 20.0), ("13", 150.0), ("13", 190.0)], 166.4)
    lines = build_lines(chars, 1, vocab, settings)
    region = TableRegion(1, [Rule(15.0, 215.0, 5.0), Rule(15.0, 215.0, 25.0),
                             Rule(15.0, 215.0, 185.0)], [], lines)
    grid = read_grid(region, settings, vocab)
    assert [r.cells for r in grid.rows] == [
        ["出版物", "5", "3"], ["一二三四五六七八九十十一", "1", "2"],
        ["甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥", "7", "8"], ["小计", "13", "13"]]


def test_a_header_repeated_after_a_page_break_is_closed_by_its_cell_borders():
    """LibreOffice repeats a table's header at the top of the next page with no caption
    over it and no full rule under it, only the bottom borders of the sub-header cells:
    with a row of figures under that border, the rule and the border enclose a header.
    A rule over text, or over rows of figures (a total's border further down), is no
    header."""
    from unfascicle.extract.pdf_graphics import Rule
    from unfascicle.extract.pdf_lines import build_lines
    from unfascicle.extract.pdf_settings import PdfSettings, load_vocab
    from unfascicle.extract.pdf_tables import find_regions

    vocab, settings = load_vocab("zh"), PdfSettings()
    header = _set([("变动", 120.0)], 10.0) + _set([("支出", 20.0), ("技术", 100.0),
                                                 ("其他", 140.0)], 30.0)
    rows = (_set([("员额", 20.0), ("1.5", 100.0), ("2.5", 140.0)], 55.0)
            + _set([("共计", 20.0), ("3.0", 100.0), ("4.0", 140.0)], 75.0))
    rules = [Rule(15.0, 185.0, 5.0), Rule(95.0, 185.0, 47.0)]
    lines = build_lines(header + rows, 2, vocab, settings)
    regions = find_regions(lines, rules, 2, 10.0, vocab, settings)
    assert [[r.y for r in g.rules] for g in regions] == [[5.0, 47.0]]
    section = build_lines(header + _set([("专业及以上职类", 20.0)], 52.0)
                          + _set([("员额", 20.0), ("1.5", 100.0), ("2.5", 140.0)], 72.0),
                          2, vocab, settings)  # a section's label, then the row of figures
    assert [[r.y for r in g.rules] for g in find_regions(section, rules, 2, 10.0, vocab,
                                                         settings)] == [[5.0, 47.0]]
    text = build_lines(header + _set([("这是一段正文", 20.0)], 55.0), 2, vocab, settings)
    assert find_regions(text, rules, 2, 10.0, vocab, settings) == []
    total = [Rule(15.0, 185.0, 50.0), Rule(95.0, 185.0, 70.0)]  # over figures: no header
    lines = build_lines(rows + _set([("小计", 20.0), ("5.0", 100.0)], 95.0), 2, vocab, settings)
    assert find_regions(lines, total, 2, 10.0, vocab, settings) == []


def test_a_label_filling_its_column_parts_from_the_figure_after_it():
    """A label that fills its column ends 1.4 pt short of the figure after it, closer
    than a word space: beside a CJK glyph, which abuts the next, any gap parts words, and
    one in a column gutter parts cells unless the line's other CJK gaps are as wide (its
    letter spacing)."""
    from unfascicle.extract.pdf_graphics import Rule
    from unfascicle.extract.pdf_lines import build_lines
    from unfascicle.extract.pdf_settings import PdfSettings, load_vocab
    from unfascicle.extract.pdf_tables import TableRegion, read_grid

    vocab, settings = load_vocab("zh"), PdfSettings()
    chars = _set([("支出", 20.0), ("2023", 121.4), ("2024", 160.0)], 10.0)
    chars += _set([("员额", 20.0), ("1.5", 121.4), ("2.5", 160.0)], 30.0)
    chars += _set([("一二三四五六七八九十", 20.0), ("3.5", 121.4), ("4.5", 160.0)], 50.0)
    chars += _set([("共计", 20.0), ("5.0", 121.4), ("7.0", 160.0)], 70.0)
    lines = build_lines(chars, 1, vocab, settings)
    region = TableRegion(1, [Rule(15.0, 185.0, 5.0), Rule(15.0, 185.0, 25.0),
                             Rule(15.0, 185.0, 85.0)], [], lines)
    assert [r.cells for r in read_grid(region, settings, vocab).rows] == [
        ["员额", "1.5", "2.5"], ["一二三四五六七八九十", "3.5", "4.5"], ["共计", "5.0", "7.0"]]
    spaced = build_lines(_set([(t, 20.0 + 11.4 * i) for i, t in enumerate("一二三四五")], 10.0),
                         1, vocab, settings)[0].spans[0]
    assert spaced.split_at([(64.0, 66.0)], 5.0) == [spaced]  # letter spacing: no gutter


def test_a_group_label_without_its_rule_does_not_join_its_columns():
    """A group label ("变动") over two header cells whose rule the producer left out is no
    column: the cells under it stay two columns."""
    from unfascicle.extract.pdf_graphics import Rule
    from unfascicle.extract.pdf_lines import build_lines
    from unfascicle.extract.pdf_settings import PdfSettings, load_vocab
    from unfascicle.extract.pdf_tables import TableRegion, read_grid

    vocab, settings = load_vocab("zh"), PdfSettings()
    chars = _set([("变动", 130.0)], 5.0) + _set([("支出", 20.0), ("技术调整", 100.0),
                                                ("其他", 146.0)], 17.0)
    chars += _set([("员额", 20.0), ("1.5", 100.0), ("2.5", 146.0)], 35.0)
    chars += _set([("共计", 20.0), ("3.0", 100.0), ("4.0", 146.0)], 55.0)
    lines = build_lines(chars, 1, vocab, settings)
    region = TableRegion(1, [Rule(15.0, 185.0, 2.0), Rule(15.0, 185.0, 30.0),
                             Rule(15.0, 185.0, 70.0)], [], lines)
    assert [r.cells for r in read_grid(region, settings, vocab).rows] == [
        ["员额", "1.5", "2.5"], ["共计", "3.0", "4.0"]]


def test_close_cjk_header_cells_between_two_rules_are_no_prose():
    """LibreOffice sets a header of year cells ("2020 年实际", "2021 年实际") 4.6 pt apart
    with 2.5 pt spaces inside them, one line between the table's two rules: the gaps
    beside CJK glyphs wider than its spaces make it table text, not a paragraph between
    two tables. A label 3.2 pt short of a figure that starts where a header cell starts
    parts from it."""
    from unfascicle.extract.pdf_graphics import Rule
    from unfascicle.extract.pdf_lines import build_lines
    from unfascicle.extract.pdf_settings import PdfSettings, load_vocab
    from unfascicle.extract.pdf_tables import find_regions, read_grid

    vocab, settings = load_vocab("zh"), PdfSettings()
    years = [(f"{2020 + i} 年实际", 130.0 + 57.1 * i) for i in range(5)]  # 52.5 wide each
    chars = _set(years, 10.0, space=2.5)
    chars += _set([("在旅行开始前购买机票", 26.8), ("51", 130.0), ("36", 187.1), ("34", 244.2),
                   ("100", 301.3), ("100", 358.4)], 35.0)
    lines = build_lines(chars, 1, vocab, settings)
    assert len(lines[0].spans) == 1 and lines[0].spans[0].has_gutter(5.0, 10.0)
    regions = find_regions(lines, [Rule(20.0, 440.0, 5.0), Rule(20.0, 440.0, 25.0)], 1, 10.0,
                           vocab, settings)
    assert [r.cells for r in read_grid(regions[0], settings, vocab).rows] == [
        ["在旅行开始前购买机票", "51", "36", "34", "100", "100"]]


def test_a_label_cut_by_a_page_break_goes_on_on_the_next_page():
    """LibreOffice keeps a row's figures with the first lines of its label and sets the
    rest of the label at the top of the next page: a label-only first row there goes on
    with the last row's label when that label ran to the margin where the table's labels
    wrap, in the same weight; after a label that stops short it is a row of its own."""
    from unfascicle.extract.model import Provenance, TableRow
    from unfascicle.extract.pdf_graphics import Rule
    from unfascicle.extract.pdf_lines import build_lines
    from unfascicle.extract.pdf_settings import PdfSettings, load_vocab
    from unfascicle.extract.pdf_tables import TableRegion, read_grid
    from unfascicle.extract.table_core import continue_rows

    vocab, settings = load_vocab("zh"), PdfSettings()

    def grid(last: str):
        chars = _set([("类别", 20.0), ("2022", 150.0), ("2023", 190.0)], 10.0)
        chars += _set([("一二三四五六七八九十", 20.0), ("5", 150.0), ("3", 190.0)], 30.0)
        chars += _set([("十一", 20.0)], 40.0)  # a label that wrapped at the margin
        chars += _set([(last, 20.0), ("1", 150.0), ("2", 190.0)], 60.0)
        region = TableRegion(1, [Rule(15.0, 215.0, 5.0), Rule(15.0, 215.0, 25.0)], [],
                             build_lines(chars, 1, vocab, settings))
        return read_grid(region, settings, vocab)

    assert grid("甲乙丙丁戊己庚辛壬癸").open_label and not grid("甲乙").open_label
    prov = Provenance(1, None)
    for open_label, want in ((True, 1), (False, 2)):
        rows = [TableRow(prov, cells=["甲乙丙丁戊己庚辛壬癸", "1", "2"])]
        continue_rows(rows, [TableRow(prov, cells=["子丑", "", ""])], vocab.data_cell, 0.5, open_label)
        assert len(rows) == want
    section = [TableRow(prov, cells=["甲乙丙丁戊己庚辛壬癸", "1", "2"], bold=False)]
    continue_rows(section, [TableRow(prov, cells=["B. 子丑", "", ""], bold=True)], vocab.data_cell, 0.5,
                  True)
    assert len(section) == 2  # a bold section's label opens a row of its own
    joined = [TableRow(prov, cells=["甲乙丙丁戊己庚辛壬癸", "1", "2"])]
    continue_rows(joined, [TableRow(prov, cells=["子丑", "", ""])], vocab.data_cell, 0.5, True)
    assert joined[0].cells == ["甲乙丙丁戊己庚辛壬癸子丑", "1", "2"]


def test_the_only_wrapped_label_without_row_padding_joins_its_row(tmp_path):
    """With one label alone running to its column's edge there is no margin that several
    label lines share: the middle of the gutter before the first column of figures is
    the margin its next word could not have crossed."""
    pdf = tmp_path / "one-wrapped.pdf"
    c = _captioned(pdf, 5, 9, "Deliverables", 520)
    c.line(70, 500, 440, 500)
    c.drawString(72, 490, "Category")
    c.drawRightString(380, 490, "2025")
    c.drawRightString(438, 490, "2026")
    c.line(70, 484, 440, 484)
    label = "1. Reports of the Secretary-General on the work of the regions and"
    assert 72 + c.stringWidth(label, "Helvetica", SIZE) < 330  # the figures start at 375
    lines = [(label, "2", "3"), ("organization", "", ""), ("Meetings of:", "", ""),
             ("3. The Fifth Committee", "4", "4")]
    for i, (text, a, b) in enumerate(lines):
        y = 472 - 13 * i  # one pitch, wider than a line of text, for wrapped lines and rows
        c.drawString(72, y, text)
        c.drawRightString(380, y, a)
        c.drawRightString(438, y, b)
    c.line(70, 400, 440, 400)
    c.showPage()
    c.save()
    table = next(b for b in read_pdf(pdf).blocks if isinstance(b, Table))
    assert [r.cells or [r.span] for r in table.parts[0].rows] == [
        ["1. Reports of the Secretary-General on the work of the regions and organization",
         "2", "3"], ["Meetings of:", "", ""], ["3. The Fifth Committee", "4", "4"]]


def test_a_cjk_label_wraps_with_the_punctuation_that_cannot_start_a_line():
    """In a table whose rows are as close as the lines of a cell, a label-only line goes
    on with the label above when that label could not have taken its first glyph: with
    the comma after it ("会、"), which no line starts with, the two wrap together."""
    from unfascicle.extract.pdf_graphics import Rule
    from unfascicle.extract.pdf_lines import build_lines
    from unfascicle.extract.pdf_settings import PdfSettings, load_vocab
    from unfascicle.extract.pdf_tables import TableRegion, read_grid

    vocab, settings = load_vocab("zh"), PdfSettings()

    def rows(second: str) -> list[list[str] | None]:
        chars = _set([("类别", 20.0), ("2022", 150.0), ("2023", 190.0)], 10.0)
        chars += _set([("一二三四五六七八九", 20.0), ("5", 150.0), ("3", 190.0)], 30.0)
        chars += _set([(second, 20.0)], 45.0)
        chars += _set([("丙丁", 20.0), ("1", 150.0), ("2", 190.0)], 60.0)
        region = TableRegion(1, [Rule(15.0, 215.0, 5.0), Rule(15.0, 215.0, 25.0),
                                 Rule(15.0, 215.0, 75.0)], [],
                             build_lines(chars, 1, vocab, settings))
        return [r.cells for r in read_grid(region, settings, vocab).rows]

    assert rows("十、甲乙") == [["一二三四五六七八九十、甲乙", "5", "3"], ["丙丁", "1", "2"]]
    assert rows("十甲乙") == [["一二三四五六七八九", "5", "3"], ["十甲乙", "", ""],
                           ["丙丁", "1", "2"]]  # "十" alone would have fitted


def test_rows_under_cells_merged_down_are_told_by_their_figures(tmp_path):
    """Figures do not wrap: each figure of a column starts a row, though cells merged
    down beside it run on with no row gap; a merged cell's wrapped lines and further
    paragraphs stay in the row it began in, and a cell that starts on a row's baseline
    is that row's."""
    pdf = tmp_path / "merged.pdf"
    _draw_merged_cells(pdf)
    table = next(b for b in read_pdf(pdf).blocks if isinstance(b, Table))
    assert [r.cells for r in table.parts[0].rows] == [
        ["Subprogramme 1 Human rights", "1", "P-4", "Establishment of Rights Officer",
         "New mandates The incumbents would provide thematic expertise to the field "
         "offices."],
        ["", "1", "P-3", "", ""],
        ["", "4", "P-4", "Redeployment of Human Rights Officer", ""],
        ["", "5", "P-3", "", ""],
        ["Subprogramme 2", "2", "P-5", "Establishment of", "New mandates"]]


def test_a_merged_cell_cut_by_a_page_break_goes_on_in_the_row_it_began_in():
    """After a page break, the text of a cell merged down several rows goes on in the
    row that prints that cell, not in the last row (whose cell there is empty); two
    rows that each print a figure in one column are never one row cut in two."""
    from unfascicle.extract.model import Provenance, TableRow
    from unfascicle.extract.pdf_settings import load_vocab
    from unfascicle.extract.table_core import continue_rows

    def row(*cells: str) -> TableRow:
        return TableRow(Provenance(1), cells=list(cells))

    en = load_vocab("en")
    rows = [row("Subprogramme 3", "2", "D-1", "Establishment", "The representatives would"),
            row("", "1", "D-1", "Redeployment", "")]
    continue_rows(rows, [row("", "", "", "", "oversee the presences."),
                         row("", "2", "P-4", "Establishment", "New mandates")], en.data_cell, 0.5)
    assert [r.cells for r in rows] == [
        ["Subprogramme 3", "2", "D-1", "Establishment",
         "The representatives would oversee the presences."],
        ["", "1", "D-1", "Redeployment", ""],
        ["", "2", "P-4", "Establishment", "New mandates"]]
    rows = [row("", "1", "P-4", "Establishment", "New mandates")]
    continue_rows(rows, [row("", "7", "P-3", "Establishment", "New mandates")], en.data_cell, 0.5)
    assert len(rows) == 2


@pytest.mark.parametrize("note", [False, True])
def test_an_uncaptioned_table_parted_by_headings_is_one_table(tmp_path, note):
    """An annex table printed in one piece per entity, a heading over each piece and the
    same columns past the first: the later piece is a part of the table (as the Word
    reader reads it), and the rows of the next page go on in that part. With nothing
    between the pieces, the rule over the second header opens a table of its own (a
    table repeats its header on one page never); a note under the first piece
    ("Abbreviation: ...") is the table's."""
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    pdf = tmp_path / "pieces.pdf"
    c = canvas.Canvas(str(pdf), pagesize=(500, 700))
    _paragraphs(c, 3, 9)

    def piece(top: float, heading: str, first: str, rows: list[tuple[str, str, str]]) -> None:
        if heading:
            c.setFont("Helvetica-Bold", 10)
            c.drawString(70, top + 20, heading)
        c.setFont("Helvetica", SIZE)
        c.line(70, top, 440, top)
        c.drawString(72, top - 10, first)
        c.drawRightString(300, top - 10, "Posts")
        c.drawString(320, top - 10, "Grade")
        c.line(70, top - 16, 440, top - 16)
        for i, (label, posts, grade) in enumerate(rows):
            c.drawString(72, top - 30 - 15 * i, label)
            c.drawRightString(300, top - 30 - 15 * i, posts)
            c.drawString(320, top - 30 - 15 * i, grade)
        c.line(70, top - 22 - 15 * len(rows), 440, top - 22 - 15 * len(rows))

    piece(520, "A. Office of the High Commissioner", "Component",
          [("Subprogramme 1", "1", "P-4")])
    if note:
        c.drawString(72, 460, "Abbreviation: GS, General Service.")
    piece(420, "B. Independent Institution", "Office", [("Data Section", "2", "P-3")])
    c.showPage()
    _paragraphs(c, 3, 3)
    piece(600, "", "Office", [("Search Section", "1", "P-5")])
    c.showPage()
    c.save()
    tables = [b for b in read_pdf(pdf).blocks if isinstance(b, Table)]
    assert len(tables) == 1
    assert [[r.cells for r in p.rows] for p in tables[0].parts] == [
        [["Subprogramme 1", "1", "P-4"]],
        [["Data Section", "2", "P-3"], ["Search Section", "1", "P-5"]]]
    assert tables[0].notes == (["Abbreviation: GS, General Service."] if note else [])


def test_a_text_row_cut_by_a_wide_word_gap_makes_no_column(tmp_path):
    """A row of justified text that a wide word gap cuts into two spans, the second
    running under several header cells, is no cell of the figure columns it crosses:
    the figures keep one column each."""
    pdf = tmp_path / "justified.pdf"
    c = _captioned(pdf, 4, 9, "Deliverables", 520)
    c.line(70, 500, 440, 500)
    c.drawString(72, 490, "Category")
    for right, year in [(300, "2024"), (350, "2025"), (400, "2026")]:
        c.drawRightString(right, 490, year)
    c.line(70, 484, 440, 484)
    rows = [("Reports", "2", "3", "4"), ("Meetings", "5", "6", "7")]
    for i, (label, *values) in enumerate(rows):
        c.drawString(72, 470 - 15 * i, label)
        for right, value in zip([300, 350, 400], values, strict=True):
            c.drawRightString(right, 470 - 15 * i, value)
    c.drawString(72, 440, "Consultation: provision of advice on legal")
    c.drawString(262, 440, "and substantive issues of the process")
    c.line(70, 430, 440, 430)
    c.showPage()
    c.save()
    table = next(b for b in read_pdf(pdf).blocks if isinstance(b, Table))
    assert [r.cells for r in table.parts[0].rows[:2]] == [list(r) for r in rows]


def test_a_row_opening_with_a_bracketed_figure_is_no_part_label(tmp_path):
    """Under a header ruled alone, a row that opens with a negative figure "(1)" beside
    more cells is a row of the table, not the label "(1) Regular budget" of a new part:
    the rows under it stay in the table."""
    pdf = tmp_path / "bracketed.pdf"
    c = _captioned(pdf, 5, 9, "Post changes", 520)
    c.line(70, 500, 440, 500)
    c.drawString(72, 490, "Office")
    c.drawRightString(220, 490, "Posts")
    c.drawString(240, 490, "Grade")
    c.drawString(300, 490, "Description")
    c.line(70, 484, 440, 484)
    rows = [("Search Section", "1", "P-5", "Reassignment"), ("", "(1)", "P-3", "Abolishment"),
            ("Data Section", "2", "P-4", "Establishment")]
    for i, (label, posts, grade, text) in enumerate(rows):
        y = 470 - 15 * i
        c.drawString(72, y, label)
        c.drawRightString(220, y, posts)
        c.drawString(240, y, grade)
        c.drawString(300, y, text)
    c.showPage()
    c.save()
    table = next(b for b in read_pdf(pdf).blocks if isinstance(b, Table))
    assert [r.cells for r in table.parts[0].rows] == [list(r) for r in rows]


def test_a_piece_cut_from_a_span_keeps_its_own_baseline():
    """Two cells of neighbouring baselines (2 pt apart) that a space glyph joins into one
    span: each piece cut at the gutter keeps the height of its own glyphs, which tells
    the rows of cells merged down apart."""
    from unfascicle.extract.pdf_lines import build_lines
    from unfascicle.extract.pdf_settings import PdfSettings, load_vocab

    left = _glyphs("Officer ", 100.0, 4.5, 4.5, "Plain")
    right = [dict(g, top=98.0, bottom=106.0) for g in _glyphs("The proposal", 145.0, 4.5, 4.5,
                                                               "Plain")]
    lines = build_lines(left + right, 1, load_vocab("en"), PdfSettings())
    assert [s.text for ln in lines for s in ln.spans] == ["Officer The proposal"]
    pieces = lines[0].spans[0].split_at([(136.0, 145.0)], 3.0)
    assert [(p.text, p.top, p.bottom) for p in pieces] == [
        ("Officer", 100.0, 108.0), ("The proposal", 98.0, 106.0)]


def test_a_cell_paragraph_set_closer_than_the_rows_joins_its_cell(tmp_path):
    """A further paragraph of a text cell beside a label and figures ("Membership: 18
    experts" under "Mandate: ...") is set 12.5 pt under the line above, closer than the
    14.5 pt at which every row of the table opens: it is the cell's, not a row."""
    pdf = tmp_path / "paragraphs.pdf"
    c = _captioned(pdf, 6, 9, "Policymaking organs", 520)
    c.line(70, 500, 440, 500)
    c.drawString(72, 490, "Organ")
    c.drawString(180, 490, "Information")
    c.drawRightString(438, 490, "2026 estimate")
    c.line(70, 484, 440, 484)
    y = 470.0
    for organ, lines, value in [("Committee", ["Mandate: resolution 2200", "Membership: 18",
                                               "Sessions: 3"], "1 873.4"),
                                ("Council", ["Mandate: resolution 60/251",
                                             "Membership: 47"], "270.9")]:
        c.drawString(72, y, organ)
        c.drawRightString(438, y, value)
        for i, text in enumerate(lines):
            c.drawString(180, y - 12.5 * i, text)
        y -= 12.5 * (len(lines) - 1) + 14.5
    c.line(70, y, 440, y)
    c.showPage()
    c.save()
    table = next(b for b in read_pdf(pdf).blocks if isinstance(b, Table))
    assert [r.cells for r in table.parts[0].rows] == [
        ["Committee", "Mandate: resolution 2200 Membership: 18 Sessions: 3", "1 873.4"],
        ["Council", "Mandate: resolution 60/251 Membership: 47", "270.9"]]


def test_a_row_under_a_label_merged_down_keeps_its_own_pitch(tmp_path):
    """A label cell merged down over two rows wraps past the next row's first line: the
    line of "Membership" lies under no column of the label's wrapped line just above
    it, and takes its pitch from "Mandate" above it in its own column (a row's 14.5 pt,
    more than a wrap): a row of its own, the label's wrapped line staying with the
    label."""
    pdf = tmp_path / "label_merged.pdf"
    c = _captioned(pdf, 7, 9, "Policymaking organs", 520)
    c.line(70, 500, 440, 500)
    c.drawString(72, 490, "Organ")
    c.drawString(180, 490, "Information")
    c.drawRightString(438, 490, "2026 estimate")
    c.line(70, 484, 440, 484)
    c.drawString(72, 470, "Security Council")
    c.drawString(180, 470, "Mandate: Article 7")
    c.drawRightString(438, 470, "95.9")
    c.drawString(180, 455.5, "Membership: 15")
    c.drawString(72, 441, "Committee on the")
    c.drawString(72, 430.5, "Rights of the People")
    c.drawString(180, 441, "Mandate: resolution 3376")
    c.drawRightString(438, 441, "33.5")
    c.drawString(180, 426.5, "Membership: 26")
    c.line(70, 415, 440, 415)
    c.showPage()
    c.save()
    table = next(b for b in read_pdf(pdf).blocks if isinstance(b, Table))
    assert [r.cells for r in table.parts[0].rows] == [
        ["Security Council", "Mandate: Article 7", "95.9"], ["", "Membership: 15", ""],
        ["Committee on the Rights of the People", "Mandate: resolution 3376", "33.5"],
        ["", "Membership: 26", ""]]


# --- A/80/6 LibreOffice renderings (wt-a80b) ---------------------------------------


def test_text_cells_of_a_table_with_no_label_column_go_on_where_no_word_fitted():
    """A performance measure whose columns are years prints text in every cell, the
    first included: a page break that cuts its row goes on in every cell whose last
    line had no room for the next word (one row); cells that ended with room to spare
    leave the text under them a row of its own."""
    from unfascicle.extract.model import Provenance, TableRow
    from unfascicle.extract.table_core import continue_rows

    en = load_vocab("en")
    cut = TableRow(Provenance(1), cells=["Discussions on the reports partly",
                                         "Council consultations account for"],
                   room=[1.5, 0.8])
    rows = [cut]
    continue_rows(rows, [TableRow(Provenance(2), cells=["reflected the outcome",
                                                        "Lebanese positions"])], en.data_cell, 0.5)
    assert [r.cells for r in rows] == [["Discussions on the reports partly reflected the "
                                        "outcome", "Council consultations account for "
                                        "Lebanese positions"]]
    ended = TableRow(Provenance(1), cells=["Reports issued", "Talks held"], room=[9.0, 9.0])
    rows = [ended]
    continue_rows(rows, [TableRow(Provenance(2), cells=["Meetings held", "Visits paid"])],
                  en.data_cell, 0.5)
    assert len(rows) == 2


def _text_rows_under_header(path: Path, section: int, doubled: bool, label: bool) -> None:
    """A table ruled over and under its header alone, its rows two columns of text: the
    top rule ``doubled`` by an empty one above it (a page-head rule), and the first
    section's ``label`` in bold right under the header."""
    c = _captioned(path, section, 9, "Summary of follow-up action", 540)
    if doubled:
        c.line(70, 520, 440, 520)
    c.line(70, 510, 440, 510)
    c.setFont("Helvetica", 7)
    c.drawString(72, 500, "Brief description of the recommendation")
    c.drawString(260, 500, "Action taken to implement the recommendation")
    c.line(70, 494, 440, 494)
    y = 480.0
    if label:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(72, y, "Advisory Committee on Administrative and Budgetary Questions")
        y -= 18
    c.setFont("Helvetica", 10)
    for left, right in [(["The Committee trusts that", "updates will follow."],
                         ["The Office set out its", "plans in the report."]),
                        (["The Committee requests posts."],
                         ["Posts are filled as", "planned this year."])]:
        for x, cell in ((72, left), (260, right)):
            for i, text in enumerate(cell):
                c.drawString(x, y - 12 * i, text)
        y -= 40
    c.showPage()
    c.save()


@pytest.mark.parametrize(("doubled", "label"), [(True, False), (False, True)])
def test_text_rows_under_a_header_ruled_alone_are_read(tmp_path, doubled, label):
    """The rows of a table whose rules enclose only its header are the lines under it:
    also when an empty rule doubles its top rule (the rule under a page's running head,
    which would make the header the table's only row), and when the first section's
    bold label, as wide as a line of prose, opens them."""
    pdf = tmp_path / "header_ruled.pdf"
    _text_rows_under_header(pdf, 8, doubled, label)
    table = next(b for b in read_pdf(pdf).blocks if isinstance(b, Table))
    rows = [r.cells or [r.span] for r in table.parts[0].rows]
    assert rows[-2:] == [
        ["The Committee trusts that updates will follow.",
         "The Office set out its plans in the report."],
        ["The Committee requests posts.", "Posts are filled as planned this year."]]
    if label:
        assert "Advisory Committee" in (rows[0][0] or "")


def _posts_table(c, top: float, rows: list[tuple[str, list[str | None]]],
                 spacer: float = 348.2) -> None:
    """A posts table at ``top``: a narrow spacer column (blank header, right edge at
    ``spacer``), by default one that LibreOffice overprints beside the "Subtotal"
    column's figures, 3.5 pt after them: closer than a span gap, so "– –" reads as one
    span."""
    c.setFont("Helvetica", SIZE)
    c.line(70, top, 440, top)
    c.drawString(72, top - 10, "Category")
    for right, text in [(300, "P-4"), (340, "Subtotal"), (400, "NPO"), (438, "Total")]:
        c.drawRightString(right, top - 10, text)
    c.line(70, top - 16, 440, top - 16)
    for i, (label, values) in enumerate(rows):
        y = top - 30 - 15 * i
        c.drawString(72, y, label)
        for right, value in zip([300, 340, spacer, 400, 438], values, strict=True):
            if value:
                c.drawRightString(right, y, value)
    c.line(70, top - 30 - 15 * len(rows) + 6, 440, top - 30 - 15 * len(rows) + 6)


@pytest.mark.parametrize("spacer", [365, 348.2], ids=["apart", "overprinted"])
def test_a_spacer_column_filled_in_one_row_is_a_column(tmp_path, spacer: float):
    """LibreOffice prints the cell of a narrow spacer column (blank header) in one row
    only: a dash between two header cells, beside cells in both neighbouring columns,
    is a column of its own, blank in the other rows. So it is when the dash is set
    closer to its neighbour's than a span gap ("– –", overprinted): a nil dash is a
    cell of its own."""
    pdf = tmp_path / "spacer.pdf"
    c = _captioned(pdf, 11, 9, "Posts", 520)
    _posts_table(c, 500, [("Approved 2025", ["4", "14", None, "2", "16"]),
                          ("Change", ["–", "–", "–", "–", "–"])], spacer=spacer)
    c.showPage()
    c.save()
    table = next(b for b in read_pdf(pdf).blocks if isinstance(b, Table))
    assert [r.cells for r in table.parts[0].rows] == [
        ["Approved 2025", "4", "14", "", "2", "16"], ["Change", "–", "–", "–", "–", "–"]]


def test_a_spacer_column_printed_on_the_next_page_only_widens_the_table(tmp_path):
    """A page break parts a posts table's rows from its "Change" row, the only one that
    prints the spacer column: the next page repeats the header with one more column,
    blank in the header, which the rows above take, empty, and the table goes on."""
    pdf = tmp_path / "spacer_next_page.pdf"
    c = _captioned(pdf, 14, 9, "Posts", 290)
    _posts_table(c, 270, [("Approved 2025", ["4", "14", None, "2", "16"]),
                          ("Proposed 2026", ["4", "14", None, "2", "16"])])
    c.showPage()
    _posts_table(c, 660, [("Change", ["–", "–", "–", "–", "–"])])
    c.showPage()
    c.save()
    tables = [b for b in read_pdf(pdf).blocks if isinstance(b, Table)]
    assert len(tables) == 1 and len(tables[0].parts) == 1
    assert [r.cells for r in tables[0].parts[0].rows] == [
        ["Approved 2025", "4", "14", "", "2", "16"], ["Proposed 2026", "4", "14", "", "2", "16"],
        ["Change", "–", "–", "–", "–", "–"]]


def _component_table(c, top: float, rows: list[tuple[float, str, list[str]]]) -> None:
    """A table of components at ``top``: a narrow label column and three figures; each
    row is (indent, label, figures)."""
    c.setFont("Helvetica", SIZE)
    c.line(70, top, 440, top)
    c.drawString(72, top - 10, "Component")
    for right, text in [(300, "2024"), (370, "2025"), (438, "2026")]:
        c.drawRightString(right, top - 10, text)
    c.line(70, top - 16, 440, top - 16)
    for i, (indent, label, values) in enumerate(rows):
        y = top - 30 - 12 * i
        c.drawString(72 + indent, y, label)
        for right, value in zip([300, 370, 438], values, strict=True):
            c.drawRightString(right, y, value)
    c.line(70, top - 30 - 12 * len(rows) + 6, 440, top - 30 - 12 * len(rows) + 6)


def test_a_label_going_on_in_lower_case_across_a_page_break_joins_its_row(tmp_path):
    """Regression (A/80/6 Sect. 24, table 24.24): a row cut by a page break, its figures
    on its first line, goes on at the top of the next page with the rest of its label,
    set deeper and wide enough to read as text across the table: it is that row's
    label, not a row of its own (which made the next row its child)."""
    pdf = tmp_path / "label_on_next_page.pdf"
    c = _captioned(pdf, 21, 9, "Resources by component", 240)
    _component_table(c, 220, [(0, "A. Policymaking organs", ["339.5", "303.4", "288.3"]),
                              (0, "3. Advisory services,", ["174 463.6", "157 209.2",
                                                            "149 348.8"])])
    c.showPage()
    _component_table(c, 660, [(14, "technical cooperation and field activities in every region",
                               ["", "", ""]),
                              (0, "4. Supporting the Council", ["16 121.0", "14 407.3",
                                                               "13 687.0"])])
    c.showPage()
    c.save()
    tables = [b for b in read_pdf(pdf).blocks if isinstance(b, Table)]
    assert len(tables) == 1
    assert [(r.cells or [r.span])[0] for r in tables[0].parts[0].rows] == [
        "A. Policymaking organs",
        "3. Advisory services, technical cooperation and field activities in every region",
        "4. Supporting the Council"]


def test_a_blank_column_at_the_edge_of_the_next_page_is_no_spacer():
    """Only a blank column between two headed columns is a spacer the rows above lack: a
    blank column at the table's left edge (a label's wrapped lines hanging left of the
    label column on the next page) must not shift every label above into the values."""
    from unfascicle.extract.model import HeaderCell, Provenance, TablePart, TableRow
    from unfascicle.extract.table_core import _blank_columns

    def header(*texts: str) -> list[list[HeaderCell]]:
        return [[HeaderCell(t) for t in texts]]

    part = TablePart(None, header("Category", "2024", "2025"),
                     [TableRow(Provenance(1), cells=["Posts", "4", "5"])])
    hanging = header("", "Category", "2024", "2025")
    spacer = header("Category", "2024", "", "2025")
    two = header("Category", "", "2024", "", "2025")
    assert _blank_columns(part, hanging) is None
    assert _blank_columns(part, spacer) == [2]
    assert _blank_columns(part, two) == [1, 3]


def test_a_note_with_its_number_raised_apart_under_a_table_is_a_page_note(tmp_path):
    """A page-bottom note whose number is raised and set apart from its text
    (LibreOffice: "¹" then "See https://…" at the text's tab) is a footnote, not a row
    of the table that ends right above it."""
    from unfascicle.extract.model import Footnote

    pdf = tmp_path / "raised_note.pdf"
    c = _captioned(pdf, 15, 9, "Performance measure", 360)
    c.line(70, 340, 440, 340)
    c.drawString(72, 330, "2024 (actual)")
    c.drawString(260, 330, "2025 (planned)")
    c.line(70, 324, 440, 324)
    c.setFont("Helvetica", 10)
    for i, (left, right) in enumerate([("Delegates have", "Delegates have"),
                                       ("access to data", "access to reports")]):
        c.drawString(72, 310 - 12 * i, left)
        c.drawString(260, 310 - 12 * i, right)
    c.line(70, 290, 440, 290)
    c.line(70, 282, 170, 282)
    c.setFont("Helvetica", 5.5)
    c.drawString(94, 275, "1")
    c.setFont("Helvetica", SIZE)
    c.drawString(147, 272, "See https://igov.un.org/.")
    c.showPage()
    c.save()
    blocks = read_pdf(pdf).blocks
    table = next(b for b in blocks if isinstance(b, Table))
    assert [r.cells for r in table.parts[0].rows] == [
        ["Delegates have access to data", "Delegates have access to reports"]]
    notes = [b for b in blocks if isinstance(b, Footnote)]
    assert [(n.number, n.text) for n in notes] == [("1", "See https://igov.un.org/.")]


def test_a_paragraph_indented_less_than_the_body_keeps_its_wrapped_lines(tmp_path):
    """A part of a document can set its paragraphs left of the body's usual edge (an
    addendum's sections): under a hanging number, the lines that start where the text
    after the number started are that paragraph's wrapped lines, not paragraphs."""
    from unfascicle.extract.model import Paragraph

    pdf = tmp_path / "indented_less.pdf"
    c = _paragraph_page(pdf, 16)
    c.drawString(40, 520, "16.4")
    c.drawString(62, 520, "The proposed requirements for the Office amount to $3,198,900")
    for i, text in enumerate(["and would provide for salaries and common staff costs",
                              "for the continuation of 21 posts."], start=1):
        c.drawString(62, 520 - 13 * i, text)
    c.showPage()
    c.save()
    paras = [b for b in read_pdf(pdf).blocks if isinstance(b, Paragraph)]
    assert [p.number for p in paras] == ["16.1", "16.2", "16.3", "16.4"]
    assert paras[-1].text == ("The proposed requirements for the Office amount to $3,198,900 "
                              "and would provide for salaries and common staff costs for the "
                              "continuation of 21 posts.")


def test_group_rules_a_few_points_apart_are_two_groups(tmp_path):
    """LibreOffice draws the bottom borders of two neighbouring header groups a few
    points apart (wider than a stroke, close enough to read as one rule): two groups,
    each over its own columns, since the full rules run on unbroken there (a gap that
    every rule shares is where Word crosses them with a vertical border)."""
    pdf = tmp_path / "groups_apart.pdf"
    c = _captioned(pdf, 18, 9, "Financial resources", 520)
    c.line(70, 500, 440, 500)
    c.drawCentredString(295, 490, "2024")
    c.drawCentredString(385, 490, "2025")
    c.line(230, 484, 355, 484)
    c.line(360, 484, 412, 484)
    c.drawString(72, 474, "Category")
    for right, text in [(290, "Appropriation"), (350, "Expenditure"), (410, "Appropriation")]:
        c.drawRightString(right, 474, text)
    c.line(70, 468, 440, 468)
    for i, (label, values) in enumerate([("Civilian personnel", ["2 260.8", "2 485.5", "2 819.8"]),
                                         ("Operational costs", ["554.9", "411.4", "566.9"])]):
        c.drawString(72, 455 - 15 * i, label)
        for right, value in zip([290, 350, 410], values, strict=True):
            c.drawRightString(right, 455 - 15 * i, value)
    c.line(70, 425, 440, 425)
    c.showPage()
    c.save()
    table = next(b for b in read_pdf(pdf).blocks if isinstance(b, Table))
    part = table.parts[0]
    assert [(h.text, h.colspan) for h in part.header[0]] == [("Category", 1), ("2024", 2),
                                                             ("2025", 1)]
    assert [r.cells for r in part.rows][0] == ["Civilian personnel", "2 260.8", "2 485.5",
                                               "2 819.8"]


def test_a_spacer_between_two_groups_is_one_between_every_two(tmp_path):
    """Word sets a posts table's groups apart with narrow spacer columns; LibreOffice
    draws their group rules a gap apart and prints a spacer only where a row fills it
    (the "Change" row's dash after the first group). The gap between the next two
    groups, which no row fills, is a spacer column too: the columns after it keep their
    places."""
    pdf = tmp_path / "two_spacers.pdf"
    c = _captioned(pdf, 20, 9, "Human resources", 520)
    c.line(70, 500, 440, 500)
    groups = [(150, 250, "International"), (255, 345, "National"), (350, 408, "Volunteers")]
    for x0, x1, label in groups:
        c.drawCentredString((x0 + x1) / 2, 490, label)
        c.line(x0, 484, x1, 484)
    c.drawString(72, 474, "Category")
    heads = [(200, "P-4"), (248, "Subtotal"), (300, "NPO"), (343, "Subtotal"),
             (375, "Intl"), (405, "Natl"), (438, "Total")]
    for right, text in heads:
        c.drawRightString(right, 474, text)
    c.line(70, 468, 440, 468)
    rights = [200, 248, 258, 300, 343, 375, 405, 438]
    rows = [("Approved 2025", ["4", "14", None, "2", "16", "–", "5", "35"]),
            ("Change", ["–", "–", "–", "–", "–", "–", "–", "–"])]
    for i, (label, values) in enumerate(rows):
        c.drawString(72, 455 - 15 * i, label)
        for right, value in zip(rights, values, strict=True):
            if value:
                c.drawRightString(right, 455 - 15 * i, value)
    c.line(70, 425, 440, 425)
    c.showPage()
    c.save()
    part = next(b for b in read_pdf(pdf).blocks if isinstance(b, Table)).parts[0]
    assert [r.cells for r in part.rows] == [
        ["Approved 2025", "4", "14", "", "2", "16", "", "–", "5", "35"],
        ["Change", "–", "–", "–", "–", "–", "", "–", "–", "–"]]
    assert [(h.text, h.colspan) for h in part.header[0]] == [
        ("Category", 1), ("International", 2), ("", 1), ("National", 2), ("", 1),
        ("Volunteers", 2), ("Total", 1)]


def test_a_gap_every_rule_shares_keeps_one_group(tmp_path):
    """Word leaves a gap in every rule where a vertical border crosses the table: a
    group rule broken there, like the full rules, is still one group."""
    pdf = tmp_path / "crossed_groups.pdf"
    c = _captioned(pdf, 19, 9, "Financial resources", 520)

    def rule(x0: float, x1: float, y: float) -> None:
        c.line(x0, y, 323, y)
        c.line(327, y, x1, y)

    rule(70, 440, 500)
    c.drawCentredString(321, 490, "Resources")
    rule(230, 412, 484)
    c.drawString(72, 474, "Category")
    for right, text in [(290, "Appropriation"), (350, "Expenditure"), (410, "Appropriation")]:
        c.drawRightString(right, 474, text)
    rule(70, 440, 468)
    c.drawString(72, 455, "Civilian personnel")
    for right, value in zip([290, 350, 410], ["2 260.8", "2 485.5", "2 819.8"], strict=True):
        c.drawRightString(right, 455, value)
    rule(70, 440, 440)
    c.showPage()
    c.save()
    table = next(b for b in read_pdf(pdf).blocks if isinstance(b, Table))
    assert [(h.text, h.colspan) for h in table.parts[0].header[0]] == [("Category", 1),
                                                                       ("Resources", 3)]


def _text_grid(chars: list[dict], head: float, bottom: float):
    """The rows read from a table of ``chars`` ruled at its top, under its header (at
    ``head``) and at ``bottom``, all 215 pt wide."""
    from unfascicle.extract.pdf_graphics import Rule
    from unfascicle.extract.pdf_lines import build_lines
    from unfascicle.extract.pdf_settings import PdfSettings, load_vocab
    from unfascicle.extract.pdf_tables import TableRegion, read_grid

    vocab, settings = load_vocab("zh"), PdfSettings()
    region = TableRegion(1, [Rule(15.0, 230.0, 5.0), Rule(15.0, 230.0, head),
                             Rule(15.0, 230.0, bottom)], [],
                         build_lines(chars, 1, vocab, settings))
    return read_grid(region, settings, vocab)


def test_lines_of_wrapped_text_cells_without_row_padding_join_their_row():
    """LibreOffice sets the rows of a performance-measure table as close as the lines
    of one cell: a line whose every cell goes on under a cell of the line above that
    fills its column (it wrapped), keeping that cell's edge, continues the row; a line
    under a cell that stops short is a row of its own."""
    def rows(first: str, last: str) -> list[list[str] | None]:
        chars = _set([("甲年", 20.0), ("乙年", 60.0), ("丙年", 140.0)], 10.0)
        chars += _set([("—", 24.0), (first, 60.0), ("七八九十一二", 140.0)], 30.0)
        chars += _set([("甲乙丙丁戊己", 60.0), ("庚辛壬癸子丑", 140.0)], 46.0)
        chars += _set([(last, 60.0), (last, 140.0)], 62.0)
        return [r.cells for r in _text_grid(chars, 25.0, 80.0).rows]

    assert rows("一二三四五六", "午未") == [
        ["—", "一二三四五六甲乙丙丁戊己午未", "七八九十一二庚辛壬癸子丑午未"]]
    assert rows("一二三", "") == [["—", "一二三", "七八九十一二"],
                                ["", "甲乙丙丁戊己", "庚辛壬癸子丑"]]


def test_a_number_cut_by_a_narrow_header_cell_stays_one_word():
    """LibreOffice breaks a header word wider than its column anywhere ("202" /
    "0(实际)"): a line ending in a digit that runs to the cell's widest line goes on
    with no space before the digit that opens the next line; a line that stops short
    of it ended at a space ("12" / "345")."""
    def header(first: str) -> str:
        chars = _set([(first, 20.0), ("2021(实际)", 60.0), ("2022(实际)", 140.0)], 10.0)
        chars += _set([("0(实", 20.0)], 22.0) + _set([("际)", 20.0)], 34.0)
        chars += _set([("—", 24.0), ("一二三", 60.0), ("四五六", 140.0)], 52.0)
        return _text_grid(chars, 47.0, 70.0).header[-1][0].text

    assert header("202") == "2020(实际)"
    assert header("2") == "2 0(实际)"


def _open_region(chars: list[dict]) -> list[str]:
    """The texts of the lines a table ruled only above and under its header (at 5 and
    25, 15 to 240 pt wide) takes from ``chars``."""
    from unfascicle.extract.pdf_graphics import Rule
    from unfascicle.extract.pdf_lines import build_lines
    from unfascicle.extract.pdf_settings import PdfSettings, load_vocab
    from unfascicle.extract.pdf_tables import find_regions

    vocab, settings = load_vocab("zh"), PdfSettings()
    lines = build_lines(chars, 1, vocab, settings)
    region, = find_regions(lines, [Rule(15.0, 240.0, 5.0), Rule(15.0, 240.0, 25.0)], 1, 10.0,
                           vocab, settings)
    return [ln.text for ln in sorted(region.lines, key=lambda ln: ln.top)]


def test_a_wide_text_line_inside_the_middle_columns_is_a_row_of_an_open_table():
    """Under a table ruled only at its header, a line of text wider than half the table
    is a row's when it lies clear of the first and the last header cells (a description
    cell of its own column); body text running from the margin ends the table."""
    header = _set([("机关", 20.0), ("说明", 110.0), ("年度", 215.0)], 10.0)
    cell = _set([("甲", 20.0), ("一二三四五六七八九十一二", 60.0), ("—", 225.0)], 30.0)
    wide = _set([("一二三四五六七八九十一二三", 60.0)], 45.0)
    prose = _set([("一二三四五六七八九十一二三四五六七八九十一二", 16.0)], 70.0)
    assert _open_region(header + cell + wide + prose)[1:] == [
        "甲 一二三四五六七八九十一二 —", "一二三四五六七八九十一二三"]


def test_lines_closer_than_their_height_are_rows_of_an_open_table():
    """Cells centred beside each other at different heights set their lines closer than
    a line's height, which lines of prose never are: under a table ruled only at its
    header, such a wide line is a row's; the same line a prose pitch away ends the
    table."""
    def taken(pitch: float) -> int:
        header = _set([("数目", 60.0), ("详情", 150.0)], 10.0)
        top = _set([("一二三四五六七八九十一二三四", 90.0)], 30.0)
        label = _set([("甲乙丙", 20.0), ("82", 65.0)], 30.0 + pitch)
        return len(_open_region(header + top + label)) - 1

    assert taken(8.0) == 2
    assert taken(14.0) == 0


def test_a_label_set_against_its_description_parts_where_the_column_starts():
    """LibreOffice sets a label 1.5 pt from the description beside it, closer than a span
    gap, under a centred header cell: the run of glyphs that starts where the lines of
    the description column start (the left edge of three lines or more) opens a cell,
    however much wider the letter spacing of glyphs after it is."""
    chars = _set([("机关", 20.0), ("说明", 100.0), ("金额", 200.0)], 10.0)
    chars += _set([("为人类住区和城市", 61.5)], 30.0)
    chars += _set([("人居大会", 20.0), ("及社会理事会", 61.5), ("授", 124.5), ("权", 138.1),
                   ("—", 205.0)], 44.0)
    chars += _set([("于二〇一九年举行", 61.5)], 58.0)
    chars += _set([("最近一届会议", 61.5)], 72.0)
    assert [r.cells for r in _text_grid(chars, 25.0, 90.0).rows] == [
        ["人居大会", "为人类住区和城市及社会理事会授权于二〇一九年举行最近一届会议", "—"]]


def test_cells_centred_vertically_are_told_into_rows_column_by_column():
    """LibreOffice from HTML centres each cell vertically in its row: the lines of
    neighbouring cells interleave, closer than a line's height, and a row whose first
    line prints one cell alone reads as a row of its own by the pitch. Each column's
    cells part where a step exceeds the column's wrap pitch, and cells whose heights
    overlap are one row. A header cell's glyphs spread evenly ("2 0 2 0") are one word."""
    from unfascicle.extract.pdf_graphics import Rule
    from unfascicle.extract.pdf_lines import build_lines
    from unfascicle.extract.pdf_settings import PdfSettings, load_vocab
    from unfascicle.extract.pdf_tables import TableRegion, read_grid

    chars = _set([(t, 75.0 + 7.7 * i) for i, t in enumerate("2020")], 10.0)
    chars += _set([("乙年", 160.0), ("丙年", 250.0), ("丁年", 340.0), ("戊年", 450.0)], 10.0)
    pitch = 9.7
    chars += _set([("一" * 9, 122.0)], 30.0)
    for k in (1, 3, 5, 7, 9):
        chars += _set([("二" * 8, 312.0), ("三" * 14, 397.0)], 30.0 + pitch * k)
    for k in (2, 4, 6, 8):
        chars += _set([("四" * 6, 58.0), ("五" * 9, 122.0), ("六" * 9, 216.0)], 30.0 + pitch * k)
    chars += _set([("五" * 4, 122.0)], 30.0 + pitch * 10)
    vocab, settings = load_vocab("zh"), PdfSettings()
    region = TableRegion(1, [Rule(55.0, 540.0, 5.0), Rule(55.0, 540.0, 25.0),
                             Rule(55.0, 540.0, 140.0)], [], build_lines(chars, 1, vocab, settings))
    grid = read_grid(region, settings, vocab)
    assert grid.header[-1][0].text == "2020"
    assert [r.cells for r in grid.rows] == [
        ["四" * 24, "一" * 9 + "五" * 40, "六" * 36, "二" * 40, "三" * 70]]


def test_cjk_text_cells_run_together_part_under_the_header_gutter():
    """LibreOffice justifies CJK text cells to their columns' edges, 3 pt from the next
    cell, under header cells centred over them: a gap beside a CJK glyph where the
    header's gutter runs, wider than the line's other such gaps, parts two cells; so
    does a narrower one before a run of glyphs set solid after letter-spaced ones (a
    short line justified to its column's width)."""
    chars = _set([("甲", 35.0), ("乙", 100.0), ("丙", 170.0)], 10.0)
    chars += _set([("一二三四", 20.0), ("五六七八", 63.0), ("子丑", 150.0)], 30.0)
    chars += _set([("九十百千", 20.0), ("天地玄黄", 63.0), ("寅卯", 150.0)], 50.0)
    chars += _set([("宇", 20.0), ("宙", 35.0), ("洪", 50.0), ("日月盈昃", 63.0),
                   ("辰宿", 150.0)], 70.0)
    assert [r.cells for r in _text_grid(chars, 25.0, 85.0).rows] == [
        ["一二三四", "五六七八", "子丑"], ["九十百千", "天地玄黄", "寅卯"],
        ["宇宙洪", "日月盈昃", "辰宿"]]


def test_a_header_line_opening_with_a_bracket_around_cjk_text_takes_no_space():
    """A header cell wrapped before its bracketed CJK word ("2020" / "(实际)") goes on
    with no space, as CJK text does; a bracket around Latin text keeps its space."""
    def header(second: str) -> str:
        chars = _set([("2020", 20.0), ("2021", 80.0), ("2022", 160.0)], 10.0)
        chars += _set([(second, 20.0)], 20.0)
        chars += _set([("一二三", 20.0), ("四五六", 80.0), ("七八九", 160.0)], 40.0)
        return _text_grid(chars, 35.0, 55.0).header[-1][0].text

    assert header("(实际)") == "2020(实际)"
    assert header("(actual)") == "2020 (actual)"


def test_letter_spaced_cjk_glyphs_after_a_solid_run_part_at_a_column_edge():
    """A cell's short line justified over its column sets its glyphs apart, wider than
    the gap before it that parts it from the run of the cell beside it ("心的智慧城市"
    then "决 数 字"): at a column's left edge, that gap parts the cells; glyphs evenly
    letter-spaced on both sides of the edge stay whole."""
    from unfascicle.extract.pdf_lines import build_lines
    from unfascicle.extract.pdf_settings import PdfSettings, load_vocab

    def pieces(first: list[tuple[str, float]]) -> list[str]:
        chars = _set([*first, ("决", 61.5), ("数", 75.0), ("字", 88.5)], 10.0)
        span, = build_lines(chars, 1, load_vocab("zh"), PdfSettings())[0].spans
        return [p.text for p in span.split_before([61.5], 1.0, 5.0)]

    assert pieces([("委员会议", 20.0)]) == ["委员会议", "决数字"]
    assert pieces([("委", 21.0), ("员", 34.5), ("会", 48.0)]) == ["委员会决数字"]


def test_centred_cells_on_one_baseline_grid_are_told_into_rows_column_by_column():
    """Lines of centred cells can share one baseline grid, a pitch wider than a wrap
    making every line a row: a label set a line or more inside both ends of its row
    shows the cells are centred, and each column's cells are read by its own pitch
    (the row below steps further). A column of figures, one a line, is rows."""
    def rows(third: list[str]) -> list[list[str] | None]:
        chars = _set([("甲年", 20.0), ("乙年", 60.0), ("丙年", 120.0)], 10.0)
        for k, top in enumerate((30.0, 49.0, 68.0)):
            chars += _set([("一二三"[k] * 4, 60.0), (third[k], 120.0)], top)
        chars += _set([("甲", 20.0)], 49.0)
        chars += _set([("乙", 20.0), ("四", 60.0), ("9.5", 120.0)], 94.0)
        return [r.cells for r in _text_grid(chars, 25.0, 110.0).rows]

    assert rows(["六六六六", "七七七七", "八八"]) == [
        ["甲", "一一一一二二二二三三三三", "六六六六七七七七八八"], ["乙", "四", "9.5"]]
    assert rows(["5", "6", "7"]) == [["", "一一一一", "5"], ["甲", "二二二二", "6"],
                                    ["", "三三三三", "7"], ["乙", "四", "9.5"]]


def test_cells_run_together_between_two_rules_keep_the_table_whole():
    """Text cells run together across narrow gutters read as one line of prose wider
    than half the table; between two rules of one table, beside a line that prints
    three cells or more, they are a row's and the rules stay one table; a line of
    prose alone between two rules parts two tables, and so does a caption in their
    band, even beside the rules (two tables whose group rules line up)."""
    from unfascicle.extract.pdf_graphics import Rule
    from unfascicle.extract.pdf_lines import build_lines
    from unfascicle.extract.pdf_settings import PdfSettings, load_vocab
    from unfascicle.extract.pdf_tables import find_regions

    vocab, settings = load_vocab("zh"), PdfSettings()

    def bottoms(with_cells: bool, caption: bool = False) -> list[float]:
        chars = _set([("甲年", 20.0), ("乙年", 90.0), ("丙年", 160.0)], 10.0)
        chars += _set([("一二三四五六七八九十一二三四五六七八", 20.0)], 30.0)
        if with_cells:
            chars += _set([("一二", 20.0), ("三四", 90.0), ("五六", 160.0)], 45.0)
        if caption:
            chars += _set([("表 1.2", 250.0)], 38.0)
        rules = [Rule(15.0, 230.0, 5.0), Rule(15.0, 230.0, 25.0), Rule(15.0, 230.0, 60.0)]
        return [r.bottom for r in find_regions(build_lines(chars, 1, vocab, settings), rules,
                                               1, 10.0, vocab, settings)]

    assert bottoms(True) == [60.0]
    assert bottoms(False) == [25.0]  # the header's rules alone (the prose is no row)
    assert bottoms(True, caption=True) == [25.0]


def test_a_paragraph_with_its_number_in_the_margin_breaks_an_open_table():
    """A line of prose under a table is a paragraph, not a row, also where the section's
    paragraph number hangs in the margin as a span of its own ("27.I.22" then the text):
    the number is no cell. A row's enumerator ("1.") still is one."""
    from unfascicle.extract.pdf_lines import Line, Span, Word
    from unfascicle.extract.pdf_settings import PdfSettings
    from unfascicle.extract.pdf_tables import _breaks_table

    def span(x: float, text: str) -> Span:
        words, at = [], x
        for w in text.split():
            words.append(Word(w, at, at + 5 * len(w)))
            at += 5 * len(w) + 2.5
        return Span(text, x, words[-1].x1, 100, 110, 10.0, False, False, tuple(words))

    prose = "The work contributed to the adoption of improved listening approaches"
    for number, breaks in [("27.I.22", True), ("1.", False)]:
        line = Line([span(20, number), span(63, prose)], 100, 110, 10.0, 1)
        assert _breaks_table(line, 10.0, load_vocab("en"), PdfSettings(), 480) is breaks


@pytest.mark.parametrize(("number", "last", "follows"), [
    ("15.43", "15.42", True), ("3.II.1", "3.I.25", True), ("A.1", "15.76", True),
    ("15.1", None, True), ("15.44", "15.42", False),
    ("1.1", "15.42", False),  # regression: "1.1 billion people …" opening a line of 15.42
])
def test_paragraph_numbers_follow_in_sequence(number: str, last: str | None, follows: bool):
    from unfascicle.extract.pdf_flow import _next_in_sequence

    assert _next_in_sequence(number, last) is follows


def test_page_notes_set_off_by_a_blank_line_without_a_rule(tmp_path):
    """LibreOffice can print a Word file's page notes with no separator rule, a blank
    line under the text: they are footnotes still, and a paragraph cut by the page break
    goes on with its text on the next page (the notes had been a paragraph between)."""
    from unfascicle.extract.model import Footnote, Paragraph

    pdf = tmp_path / "unruled_notes.pdf"
    c = _paragraph_page(pdf, 17)
    c.drawString(40, 130, "17.4")
    c.drawString(72, 130, "The proposed programme plan is guided by the strategic plan, which")
    c.drawString(72, 118, "was approved by the Assembly in May 2025. The")
    c.setFont("Helvetica", 5)
    c.drawString(50, 96, "1")
    c.setFont("Helvetica", 8.5)
    c.drawString(90, 92, "Global Urban Indicators database (2025).")
    c.showPage()
    c.setFont("Helvetica", 10)
    c.drawString(72, 640, "programme structure follows the strategic focus.")
    c.drawString(40, 620, "17.5")
    c.drawString(72, 620, "The structure distinguishes the areas of work.")
    c.showPage()
    c.save()
    blocks = read_pdf(pdf).blocks
    paras = [b for b in blocks if isinstance(b, Paragraph)]
    assert [p.number for p in paras][-2:] == ["17.4", "17.5"]
    assert paras[-2].text.endswith("May 2025. The programme structure follows the strategic "
                                   "focus.")
    notes = [b for b in blocks if isinstance(b, Footnote)]
    assert [(n.number, n.text) for n in notes] == [
        ("1", "Global Urban Indicators database (2025).")]


def test_an_item_wrapped_back_to_its_marker_goes_on_in_lower_case(tmp_path):
    """Regression (A/80/6 Sect. 31, paragraph 31.I.3, LibreOffice): an item's wrapped
    line set back at its marker's edge, opening in lower case under text that ended
    mid-sentence, goes on with the item; the items after it stay in the paragraph."""
    from unfascicle.extract.model import Paragraph

    pdf = tmp_path / "item_wrapped_back.pdf"
    c = _paragraph_page(pdf, 18)
    c.drawString(40, 530, "18.4")
    c.drawString(70, 530, "To contribute to the objective, the Commission will:")
    lines = [(70, "(a)"), (100, "Develop a common system of salaries and benefits;"),
             (70, "(b)"), (100, "Apply the methodologies for determining post adjustment"),
             (70, "classifications;"),
             (70, "(c)"), (100, "Provide guidance on human resources policies.")]
    y = 517
    for x, text in lines:
        c.drawString(x, y, text)
        if x == 100 or text == "classifications;":
            y -= 13
    c.showPage()
    c.save()
    paras = [b for b in read_pdf(pdf).blocks if isinstance(b, Paragraph)]
    assert [p.number for p in paras] == ["18.1", "18.2", "18.3", "18.4"]
    assert [(i.marker, i.text) for i in paras[-1].items] == [
        ("(a)", "Develop a common system of salaries and benefits;"),
        ("(b)", "Apply the methodologies for determining post adjustment classifications;"),
        ("(c)", "Provide guidance on human resources policies.")]


def _loose_table(path: Path) -> None:
    """A deliverables table set as an HTML table prints: its rows 22 pt apart, a label
    wrapped at a line height of 1.5 with its figures on its last line."""
    c = _captioned(path, 1, 12, "Deliverables by category", 480)
    c.line(70, 460, 440, 460)
    rights = [320.0, 360.0, 400.0, 440.0]
    c.setFont("Helvetica", 8)

    def line(y: float, label: str, cells: list[str]) -> None:
        c.drawString(72 if label[:1].isupper() or label[:1].isdigit() else 80, y, label)
        for right, cell in zip(rights, cells, strict=True):
            c.drawRightString(right, y, cell)

    line(448, "", ["2025", "2025", "2026", "2027"])
    line(440, "Category", ["planned", "actual", "planned", "planned"])
    c.line(70, 434, 440, 434)
    c.drawString(72, 418, "1. Projects on land tenure security and land-based financing")
    line(406, "on land and conflict", ["6", "6", "6", "7"])
    line(384, "2. Training events", ["–", "–", "–", "2"])
    line(362, "3. Publications on urban planning", ["3", "3", "2", "4"])
    c.line(70, 354, 440, 354)
    c.showPage()
    c.save()


def test_loosely_set_rows_keep_their_wrapped_labels(tmp_path):
    """Wrapped lines 1.5 sizes apart in rows 2.7 sizes apart are one cell's lines: the
    table's own pitches tell wraps from rows, not a fixed line height. Regression:
    LibreOffice's HTML of A/81/6 Sect. 15 printed by Chromium (every wrapped label's
    first line was a row of its own, its figures on the next)."""
    pdf = tmp_path / "loose.pdf"
    _loose_table(pdf)
    table = next(b for b in read_pdf(pdf).blocks if isinstance(b, Table))
    assert [r.cells for r in table.parts[0].rows] == [
        ["1. Projects on land tenure security and land-based financing on land and conflict",
         "6", "6", "6", "7"],
        ["2. Training events", "–", "–", "–", "2"],
        ["3. Publications on urban planning", "3", "3", "2", "4"]]


def _draw_annex_box(path: Path, title: str) -> None:
    """Numbered paragraphs, then an annex heading and its title (bold), then the small
    ruled post table one box of an organization chart sets (RB and XB posts side by
    side), as LibreOffice prints a Word chart's boxes."""
    c = _paragraph_page(path, 3)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(70, 520, "Annex I")
    c.drawString(70, 500, title)
    c.setFont("Helvetica", SIZE)
    c.line(70, 480, 250, 480)
    c.drawString(72, 470, "RB")
    c.drawString(170, 470, "XB")
    c.line(70, 464, 250, 464)
    for i, (rb, xb) in enumerate([("1 D-2", "1 P-5"), ("4 P-4", "2 P-3"), ("Total: 5", "Total: 3")]):
        c.drawString(72, 452 - 13 * i, rb)
        c.drawString(170, 452 - 13 * i, xb)
    c.line(70, 420, 250, 420)
    c.showPage()
    c.save()


def test_boxes_of_the_organization_chart_annex_are_a_figure_not_tables(tmp_path):
    """Regression (A/80/6 Sect. 2 and 3, LibreOffice): the post tables ruled inside the
    chart's boxes came out as tables numbered "A1", one per box; they are panels of the
    annex's chart. The same grid under another heading stays a table."""
    from unfascicle.extract.model import Figure

    chart = tmp_path / "chart.pdf"
    _draw_annex_box(chart, "Organizational structure and post distribution for 2026")
    blocks = read_pdf(chart).blocks
    assert not any(isinstance(b, Table) for b in blocks)
    figure = next(b for b in blocks if isinstance(b, Figure))
    assert "Total: 5" in " ".join(figure.panels[0].caption)
    other = tmp_path / "other.pdf"
    _draw_annex_box(other, "Posts by office and source of funding")
    assert any(isinstance(b, Table) for b in read_pdf(other).blocks)


@pytest.mark.parametrize(("lines", "joined"), [
    # a compound wrapped at its slash or hyphen (the edition's header_runs_on)
    ([("New/", 20.0), ("expanded", 20.0), ("mandates", 20.0)], "New/expanded mandates"),
    ([("Government-", 20.0), ("provided", 20.0)], "Government-provided"),
    # a word LibreOffice cut at the edge of a column narrower than itself
    ([("Nationa", 20.0), ("l", 20.0)], "National"),
    ([("(decrease", 20.0), (")", 20.0)], "(decrease)"),
    # a line that stops short of the edge ended at a space; a capital opens a word
    ([("Resources", 20.0), ("for", 20.0), ("a", 20.0)], "Resources for a"),
    ([("Category", 20.0), ("A", 20.0)], "Category A"),
])
def test_a_header_cell_runs_on_unspaced_only_across_a_cut_word(lines, joined):
    """A header cell's lines join with a space, as wrapped words do, except after a
    line ending in a slash or hyphen, and where a line running to the cell's edge
    ends in a word cut there: "New/" over "expanded mandates" is "New/expanded
    mandates" in the Word file, "Nationa" over "l" a squeezed "National"."""
    from unfascicle.extract.pdf_lines import build_lines
    from unfascicle.extract.pdf_settings import PdfSettings
    from unfascicle.extract.pdf_tables import _header_cell_text

    vocab, settings = load_vocab("en"), PdfSettings()
    chars = [g for k, piece in enumerate(lines) for g in _set([piece], 10.0 + 12 * k)]
    spans = [s for ln in build_lines(chars, 1, vocab, settings) for s in ln.spans]
    assert len(spans) == len(lines)
    assert _header_cell_text(spans, settings, vocab.header_runs_on) == joined
