"""The PDF reader on the sample fascicle and on a PDF drawn here with another layout."""

from __future__ import annotations

from pathlib import Path

import pytest

from unfascicle.errors import UnreadableInput
from unfascicle.extract.model import Figure, Footnote, Heading, Paragraph, Table, TermList
from unfascicle.extract.pdf_graphics import Box, Graphics, place_crossed_boxes
from unfascicle.extract.pdf_lines import Line, Span, Word
from unfascicle.extract.pdf_page import Link
from unfascicle.extract.pdf_reader import read_pdf
from unfascicle.extract.pdf_termlist import TermLayout, looks_like_termlist, read_terms

SAMPLE = Path("samples/corpus/A_78_6_Sect15_zh.pdf")  # relative to the repository root
needs_sample = pytest.mark.skipif(not SAMPLE.exists(), reason="sample fascicle not present")


@pytest.fixture(scope="module")
def layout():
    return read_pdf(SAMPLE)


def _table(layout, number: str) -> Table:
    return next(b for b in layout.blocks if isinstance(b, Table) and b.caption
                and b.caption[0].replace(" ", "") == f"表{number}")


def _para(layout, number: str) -> Paragraph:
    return next(b for b in layout.blocks if isinstance(b, Paragraph) and b.number == number)


@needs_sample
def test_running_lines_dropped_and_front_kept(layout):
    assert "A/78/6 (Sect. 15)" in layout.running
    assert "第四编 国际合作促进发展" in layout.running
    assert "23-06934" in layout.running and "2/44" in layout.running
    assert "人类住区" in layout.front
    texts = [b.text for b in layout.blocks if isinstance(b, Paragraph)]
    assert not any("23-06934" in t or "国际合作促进发展" == t for t in texts)


@needs_sample
def test_numbered_paragraphs_and_items(layout):
    numbers = [b.number for b in layout.blocks if isinstance(b, Paragraph) and b.number]
    assert len(numbers) == 117 and numbers[0] == "15.1" and numbers[-1] == "15.117"
    p = _para(layout, "15.6")
    assert [i.marker for i in p.items] == ["(a)", "(b)", "(c)", "(d)", "(e)"]
    # item (b) starts on page 3 and its paragraph's items continue on page 4
    assert p.items[2].text.startswith("“包容性城市")
    sub = _para(layout, "15.22").items[1].items
    assert [i.marker for i in sub] == ["㈠", "㈡"] and sub[0].level == 2


@needs_sample
def test_footnote_calls_linked(layout):
    text = _para(layout, "15.3").text
    assert "[^1]" in text and "[^5]" in text
    notes = {b.number: b for b in layout.blocks if isinstance(b, Footnote)}
    assert set(notes) == {str(n) for n in range(1, 13)}
    assert notes["4"].text.endswith("Geneva, 2021).")


@needs_sample
def test_table_merged_across_pages_without_repeated_header(layout):
    t = _table(layout, "15.9")
    assert [p.page for p in t.prov] == [28, 29]
    part = t.parts[0]
    assert part.ncols == 9
    assert part.header[0][3].text == "变动" and part.header[0][3].colspan == 5
    assert part.header[0][0].rowspan == 2
    labels = [r.cells[0] for r in part.rows]
    assert labels[0] == "员额" and labels[-1] == "共计"
    assert "支出用途" not in labels and len(labels) == 13
    assert part.rows[-1].cells[-1] == "13 465.1" and part.rows[-1].bold


@needs_sample
def test_caption_across_page_break_and_spans(layout):
    t = _table(layout, "15.1")
    assert t.caption == ["表 15.1", "按类别和次类别列示的 2022-2024 年期间共有应交付产出"]
    rows = t.parts[0].rows
    spans = [r for r in rows if r.span]
    assert spans and spans[0].span.startswith("协商、咨询和倡导") and spans[0].indent == 1
    wrapped = next(r for r in rows if r.cells and r.cells[0].startswith("1. 落实"))
    assert wrapped.cells[0].endswith("秘书长的报告") and wrapped.indent == 2


@needs_sample
def test_two_part_table(layout):
    t = _table(layout, "15.12")
    assert [p.label for p in t.parts] == ["(1) 经常预算", "(2) 预算外"]
    assert t.parts[1].ncols == 6 and t.parts[1].rows[-1].cells[0] == "共计"


@needs_sample
def test_mandates_have_links(layout):
    lists = [b for b in layout.blocks if isinstance(b, TermList)]
    first = lists[0]
    assert first.heading == "大会决议"
    assert first.entries[0].term == "3327(XXIX)"
    assert first.entries[0].url == "https://undocs.org/ch/A/RES/3327(XXIX)"
    entry = next(e for e in first.entries if e.term == "56/206")
    assert entry.text.endswith("地位、作用和职能")


@needs_sample
def test_chart_panels_and_headings(layout):
    fig = next(b for b in layout.blocks if isinstance(b, Figure) and b.caption
               and b.caption[0] == "图 15.十四")
    assert fig.panels[0].caption == ["员额分配", "82 个员额"]
    assert ("P-4", "21") in [(d.label, d.value) for d in fig.panels[0].data]
    levels = {b.text: b.level for b in layout.blocks if isinstance(b, Heading)}
    assert levels["前言"] == 1 and levels["总方向"] == 2 and levels["任务和背景"] == 3


def _draw(path: Path) -> None:
    """A two-page letter-size-ish PDF in Helvetica: other page size, fonts, producer;
    the table rules are thin filled rectangles and numbers use no-break spaces."""
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    w, h = 500.0, 700.0
    c = canvas.Canvas(str(path), pagesize=(w, h))
    body = ("Member States asked for more data on housing and on the services cities provide "
            "to their residents, and the programme answered with new tools.")
    for page in (1, 2):
        c.setFont("Helvetica", 7)
        c.drawString(40, h - 25, "DOC/99/1")
        c.drawRightString(w - 40, 25, f"{page}/2")
        y = h - 60
        if page == 1:
            c.setFont("Helvetica-Bold", 13)
            c.drawString(40, y, "Overview")
            y -= 24
        for n in range(3):
            c.setFont("Helvetica", 9.5)
            c.drawString(40, y, f"{page}.{n + 1}")
            for k in range(3):
                c.drawString(70, y, body[k * 50:(k + 1) * 50])
                y -= 13
            y -= 6
        if page == 1:
            c.setFont("Helvetica", 8)
            c.drawString(70, y, "Table 1.1")
            c.setFont("Helvetica-Bold", 8)
            c.drawString(70, y - 11, "Resources by object")
            c.setFont("Helvetica", 8)
            c.drawString(70, y - 22, "(thousands)")
            top = y - 28
            for ry in (top, top - 14, top - 56):
                c.rect(70, ry - 0.3, 390, 0.6, stroke=0, fill=1)
            c.setFont("Helvetica", 7.5)
            c.drawString(72, top - 10, "Object")
            c.drawRightString(380, top - 10, "2022")
            c.drawRightString(458, top - 10, "2023")
            rows = [("Posts", "1\u00a0234.5", "2\u00a0000.0"), ("Travel", "(3.1)", "\u2014")]
            for i, (label, a, b) in enumerate(rows):
                yy = top - 26 - i * 14
                c.drawString(72, yy, label)
                c.drawRightString(380, yy, a)
                c.drawRightString(458, yy, b)
        c.showPage()
    c.save()


def test_other_rendering(tmp_path):
    pdf = tmp_path / "other.pdf"
    _draw(pdf)
    lay = read_pdf(pdf)
    assert "DOC/99/1" in lay.running and "2/2" in lay.running
    assert [b.number for b in lay.blocks if isinstance(b, Paragraph)] == [
        "1.1", "1.2", "1.3", "2.1", "2.2", "2.3"]
    assert any(isinstance(b, Heading) and b.text == "Overview" for b in lay.blocks)
    table = next(b for b in lay.blocks if isinstance(b, Table))
    assert table.caption == ["Table 1.1", "Resources by object", "(thousands)"]
    part = table.parts[0]
    assert [c.text for c in part.header[0]] == ["Object", "2022", "2023"]
    assert [r.cells for r in part.rows] == [["Posts", "1 234.5", "2 000.0"],
                                            ["Travel", "(3.1)", "\u2014"]]


def test_errors(tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_text("hello, not a pdf")
    with pytest.raises(UnreadableInput, match="not a readable PDF"):
        read_pdf(bad)
    with pytest.raises(UnreadableInput, match="not found"):
        read_pdf(tmp_path / "missing.pdf")
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    blank = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(blank))
    c.rect(50, 50, 200, 200, fill=1)
    c.showPage()
    c.save()
    with pytest.raises(UnreadableInput, match="no text layer"):
        read_pdf(blank)


@needs_sample
def test_no_label_tables_follow_their_header(layout):
    for number in ("15.4", "15.7"):
        part = _table(layout, number).parts[0]
        assert part.ncols == 5 and len(part.rows) == 1
        cells = part.rows[0].cells
        assert cells[0] == "—" and all(len(c) > 10 for c in cells[1:])
    # the 15.7 row crosses a page break: its halves are one row again
    assert _table(layout, "15.7").parts[0].rows[0].cells[1].endswith("制定居民区行动计划")


@needs_sample
def test_rows_cut_by_a_page_break_rejoined(layout):
    rows = _table(layout, "15.2").parts[0].rows
    row = next(r for r in rows if r.cells and r.cells[0].startswith("1. 关于城市基本服务"))
    assert row.cells[1:] == ["12", "12", "12", "14"] and row.indent == 2
    assert not any(r.cells and r.cells[0] == "" for t in ("15.2", "15.6")
                   for r in _table(layout, t).parts[0].rows)


@needs_sample
def test_every_chart_bar_read(layout):
    fig = next(b for b in layout.blocks if isinstance(b, Figure) and b.caption
               and b.caption[0] == "图 15.二十一")
    panel = fig.panels[-1]
    assert panel.caption == ["非员额财政资源分配", "47.9"]
    assert [d.value for d in panel.data] == ["10.6", "0.6", "13.3", "20.1", "3.3"]


@needs_sample
def test_org_chart_stays_in_its_figure(layout):
    start = next(i for i, b in enumerate(layout.blocks)
                 if isinstance(b, Heading) and b.text.startswith("附件一"))
    end = next(i for i, b in enumerate(layout.blocks)
               if isinstance(b, Heading) and b.text.startswith("附件二"))
    between = layout.blocks[start + 1:end]
    figures = [b for b in between if isinstance(b, Figure)]
    assert len(figures) == 1 and len(figures[0].panels) == 9
    assert not any(isinstance(b, Heading) for b in between)
    assert [type(b) for b in between] == [Paragraph, Figure]  # the abbreviations, the chart
    titles = [p.caption[0] for p in figures[0].panels]
    assert "全球解决方案司" in titles and "执行主任" in titles


def _page(c, w: float, h: float, page: int, pages: int, paragraphs: int = 2) -> float:
    """Running lines and a few two-line body paragraphs; returns the y under them."""
    c.setFont("Helvetica", 7)
    c.drawString(40, h - 25, "DOC/99/2")
    c.drawRightString(w - 40, 25, f"{page}/{pages}")
    y = h - 60
    for n in range(paragraphs):
        c.setFont("Helvetica", 9.5)
        c.drawString(40, y, f"{page}.{n + 1}")
        c.drawString(70, y, "The programme reports on the plans that towns adopted")
        c.drawString(70, y - 13, "with its support this year.")
        y -= 32
    return y


def _rules(c, x0: float, x1: float, *ys: float) -> None:
    for y in ys:
        c.line(x0, y, x1, y)


def _draw_split_tables(path: Path) -> None:
    """Two tables that cross a page break: one with no label column (a left-aligned first
    header, a right-aligned "—", text cells cut mid-row), one whose wrapped row has its
    values above the break and its label below it."""
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    w, h = 500.0, 700.0
    x0, x1 = 70.0, 450.0
    cols = [x0 + i * (x1 - x0) / 3 for i in range(4)]
    c = canvas.Canvas(str(path), pagesize=(w, h))

    def no_label_header(top: float) -> None:
        _rules(c, x0, x1, top, top - 14)
        c.setFont("Helvetica", 7.5)
        c.drawString(cols[0] + 3, top - 10, "2021 (actual)")
        c.drawRightString(cols[2] - 3, top - 10, "2022 (actual)")
        c.drawRightString(cols[3] - 3, top - 10, "2023 (plan)")

    def labelled_header(top: float) -> None:
        _rules(c, x0, x1, top, top - 14)
        c.setFont("Helvetica", 7.5)
        c.drawString(x0 + 3, top - 10, "Category")
        c.drawRightString(390, top - 10, "2022")
        c.drawRightString(447, top - 10, "2023")

    y = _page(c, w, h, 1, 3, paragraphs=15)
    c.setFont("Helvetica", 8)
    c.drawString(70, y, "Table 1.1")
    c.setFont("Helvetica-Bold", 8)
    c.drawString(70, y - 11, "Towns with plans")
    top = y - 18
    no_label_header(top)
    c.setFont("Helvetica", 7.5)
    for i, (a, b) in enumerate([("Ten towns adopt", "Twelve towns"), ("local plans", "adopt plans")]):
        c.drawString(cols[1] + 3, top - 24 - i * 9, a)
        c.drawString(cols[2] + 3, top - 24 - i * 9, b)
    c.drawRightString(cols[1] - 3, top - 42, "\u2014")
    c.showPage()

    top = _page(c, w, h, 2, 3, paragraphs=0)
    no_label_header(top)
    c.setFont("Helvetica", 7.5)
    c.drawString(cols[1] + 3, top - 24, "with support")
    c.drawString(cols[2] + 3, top - 24, "with support")
    _rules(c, x0, x1, top - 30)
    y = top - 60
    for n in range(12):
        c.setFont("Helvetica", 9.5)
        c.drawString(40, y, f"2.{n + 1}")
        c.drawString(70, y, "The programme reports on the plans that towns adopted")
        c.drawString(70, y - 13, "with its support this year.")
        y -= 32
    c.setFont("Helvetica", 8)
    c.drawString(70, y - 10, "Table 1.2")
    c.setFont("Helvetica-Bold", 8)
    c.drawString(70, y - 21, "Projects by category")
    top = y - 28
    labelled_header(top)
    c.setFont("Helvetica", 7.5)
    c.drawString(73, top - 24, "Projects (number)")
    c.drawRightString(390, top - 24, "36")
    c.drawRightString(447, top - 24, "38")
    c.drawRightString(390, top - 38, "12")
    c.drawRightString(447, top - 38, "14")
    c.showPage()

    top = _page(c, w, h, 3, 3, paragraphs=0)
    labelled_header(top)
    c.setFont("Helvetica", 7.5)
    c.drawString(80, top - 24, "1. Projects on basic urban services:")
    c.drawString(80, top - 33, "water and energy")
    c.drawString(80, top - 47, "2. Other projects")
    c.drawRightString(390, top - 47, "24")
    c.drawRightString(447, top - 47, "24")
    _rules(c, x0, x1, top - 53)
    c.showPage()
    c.save()


def test_split_rows_and_no_label_columns(tmp_path):
    pdf = tmp_path / "split.pdf"
    _draw_split_tables(pdf)
    tables = [b for b in read_pdf(pdf).blocks if isinstance(b, Table)]
    assert [t.caption[0] for t in tables] == ["Table 1.1", "Table 1.2"]
    first, second = (t.parts for t in tables)
    assert len(first) == 1 and [c.text for c in first[0].header[0]] == [
        "2021 (actual)", "2022 (actual)", "2023 (plan)"]
    assert [r.cells for r in first[0].rows] == [
        ["\u2014", "Ten towns adopt local plans with support",
         "Twelve towns adopt plans with support"]]
    assert len(second) == 1 and [r.cells for r in second[0].rows] == [
        ["Projects (number)", "36", "38"],
        ["1. Projects on basic urban services: water and energy", "12", "14"],
        ["2. Other projects", "24", "24"]]
    assert second[0].rows[1].indent == 1


def _draw_header_at_page_bottom(path: Path) -> None:
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    w, h = 500.0, 700.0
    c = canvas.Canvas(str(path), pagesize=(w, h))

    def header(top: float) -> None:
        _rules(c, 70, 450, top, top - 14)
        c.setFont("Helvetica", 7.5)
        c.drawString(73, top - 10, "Object")
        c.drawRightString(390, top - 10, "2022")
        c.drawRightString(447, top - 10, "2023")

    y = _page(c, w, h, 1, 2, paragraphs=17)
    c.setFont("Helvetica", 8)
    c.drawString(70, y, "Table 2.1")
    c.setFont("Helvetica-Bold", 8)
    c.drawString(70, y - 11, "Resources")
    header(y - 18)
    c.showPage()
    y = _page(c, w, h, 2, 2, paragraphs=0) - 40  # below the band where running heads sit
    header(y)
    c.setFont("Helvetica", 7.5)
    for i, (label, a, b) in enumerate([("Posts", "1.0", "2.0"), ("Travel", "3.0", "4.0")]):
        c.drawString(73, y - 34 - i * 14, label)
        c.drawRightString(390, y - 34 - i * 14, a)
        c.drawRightString(447, y - 34 - i * 14, b)
    _rules(c, 70, 450, y - 54)
    c.showPage()
    c.save()


def test_header_alone_at_page_bottom_continues(tmp_path):
    pdf = tmp_path / "header.pdf"
    _draw_header_at_page_bottom(pdf)
    table = next(b for b in read_pdf(pdf).blocks if isinstance(b, Table))
    assert len(table.parts) == 1
    assert [c.text for c in table.parts[0].header[0]] == ["Object", "2022", "2023"]
    assert [r.cells for r in table.parts[0].rows] == [["Posts", "1.0", "2.0"],
                                                      ["Travel", "3.0", "4.0"]]


def _draw_chart_and_org_chart(path: Path) -> None:
    """A bar chart whose smallest bar is a sliver, then an organisation chart of three
    boxes side by side whose lines share baselines across the boxes."""
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    w, h = 500.0, 700.0
    c = canvas.Canvas(str(path), pagesize=(w, h))
    y = _page(c, w, h, 1, 2)
    c.setFont("Helvetica", 9)
    c.drawString(70, y, "Figure 3.1")
    c.setFont("Helvetica-Bold", 9)
    c.drawString(70, y - 12, "Distribution of resources")
    c.setFont("Helvetica-Bold", 8)
    c.drawString(70, y - 30, "Non-post resources")
    c.setFont("Helvetica", 8)
    c.drawString(70, y - 41, "120.0")
    yy = y - 55
    for label, value in (("Supplies", "100.0"), ("Travel", "19.7"), ("Hospitality", "0.3")):
        length = 60 * float(value) / 100
        c.rect(140, yy - 1, length, 6, stroke=0, fill=1)
        c.setFont("Helvetica", 5)
        c.drawString(70, yy, label)
        c.drawString(140 + length + 3, yy, value)
        yy -= 10
    c.setFont("Helvetica", 9.5)
    c.drawString(70, yy - 20, "The chart above shows the proposed distribution for the year.")
    c.showPage()
    _page(c, w, h, 2, 2, paragraphs=0)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(40, h - 60, "Annex I")
    top = h - 80
    for i, (title, lines) in enumerate([("Office A", ["RB XB", "1 P-5"]),
                                        ("Division B", ["RB XB", "2 P-4", "Total: 2"]),
                                        ("Service C", ["RB XB"])]):
        bx = 45 + i * 140
        c.rect(bx, top - 60, 130, 60, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(bx + 4, top - 12, title)
        c.setFont("Helvetica", 8)
        for k, text in enumerate(lines):
            c.drawString(bx + 4, top - 24 - k * 11, text)
    c.showPage()
    c.save()


def test_chart_slivers_and_org_chart_boxes(tmp_path):
    pdf = tmp_path / "charts.pdf"
    _draw_chart_and_org_chart(pdf)
    blocks = read_pdf(pdf).blocks
    chart = next(b for b in blocks if isinstance(b, Figure) and b.caption)
    assert chart.panels[0].caption == ["Non-post resources", "120.0"]
    assert [(d.label, d.value) for d in chart.panels[0].data] == [
        ("Supplies", "100.0"), ("Travel", "19.7"), ("Hospitality", "0.3")]
    annex = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text == "Annex I")
    assert [type(b) for b in blocks[annex + 1:]] == [Figure]
    assert [p.caption for p in blocks[annex + 1].panels] == [
        ["Office A", "RB XB", "1 P-5"], ["Division B", "RB XB", "2 P-4", "Total: 2"],
        ["Service C", "RB XB"]]


# -- term lists (legislative mandates), from lines drawn here --------------------------

def _line(page: int, top: float, *spans: tuple[float, str]) -> Line:
    return Line([_span(x, top, t) for x, t in spans], top, top + 9, 9.0, page)


def _span(x: float, top: float, text: str) -> Span:
    """A span whose words sit one space (2 pt) apart, 5 pt a character."""
    words = []
    for w in text.split(" "):
        words.append(Word(w, x, x + 5 * len(w)))
        x += 5 * len(w) + 2
    return Span(text, words[0].x0, words[-1].x1, top, top + 9, 9.0, False, False,
                tuple(words))


# a list set in a 540 pt text block (body text from 134 pt, its margin from 60 pt)
TERMS = TermLayout(tolerance=5.0, margin=129.0, right=540.0, gap=4.5, step=1.35)


def test_term_wrapped_over_lines_stays_one_term():
    """A symbol too long for its column wraps in it ("Statistical / Commission /
    decision 53/110"): only a term beside the first line of its text opens an entry."""
    lines = [_line(1, 100, (60, "2025/19"), (135, "Science and technology")),
             _line(1, 112, (60, "Statistical"), (135, "Human settlements statistics")),
             _line(1, 124, (60, "Commission")),
             _line(1, 136, (60, "decision 53/110"))]
    assert [(e.term, e.text) for e in read_terms(lines, {}, TERMS)] == [
        ("2025/19", "Science and technology"),
        ("Statistical Commission decision 53/110", "Human settlements statistics")]


def test_single_entry_list_with_wrapped_title_is_a_term_list():
    """One entry whose title wraps has one line of two spans and more of one: still a
    term list, not a paragraph."""
    lines = [_line(1, 100, (60, "OECPR.2025/7"), (135, "Outcomes of the third open-ended")),
             _line(1, 112, (135, "meeting of the Committee"))]
    assert looks_like_termlist(lines, TERMS)
    paragraph = [_line(1, 100, (72, "Indented first line of a small paragraph")),
                 _line(1, 112, (60, "and its second line"))]
    assert not looks_like_termlist(paragraph, TERMS)


def test_two_column_pairs_over_two_pages_read_page_by_page():
    """Lines of two pages at the same height never interleave: each page's left pair,
    then its right pair, then the next page; a text line before any term on a page goes
    on with the entry left open."""
    lines = [_line(1, 100, (60, "42/34"), (135, "Denuclearization"), (312, "80/1"),
                   (387, "Right column")),
             _line(1, 112, (135, "of Africa")),
             _line(2, 100, (135, "goes on")),
             _line(2, 112, (60, "80/2"), (135, "Next page"))]
    assert [(e.term, e.text) for e in read_terms(lines, {}, TERMS)] == [
        ("42/34", "Denuclearization of Africa"), ("80/1", "Right column goes on"),
        ("80/2", "Next page")]


def test_bare_symbols_in_equal_columns_are_entries_without_terms():
    """Security Council resolutions listed by symbol alone, in two columns that share
    the text block: each symbol is an entry's text (no term), down the left column and
    then the right one, not symbol-title pairs read across."""
    lines = [_line(1, 100, (60, "1325 (2000)"), (312, "2419 (2018)")),
             _line(1, 114, (60, "1645 (2005)"), (312, "2535 (2020)")),
             _line(1, 128, (60, "2250 (2015)"))]
    assert looks_like_termlist(lines, TERMS)
    assert [(e.term, e.text) for e in read_terms(lines, {}, TERMS)] == [
        ("", "1325 (2000)"), ("", "1645 (2005)"), ("", "2250 (2015)"),
        ("", "2419 (2018)"), ("", "2535 (2020)")]


def test_one_column_in_the_margin_under_a_heading_is_a_bare_list():
    """"Charter of the United Nations" over one line in the margin (left of the body
    text): a list of one bare entry, not a paragraph; without the heading it is text."""
    lines = [_line(1, 100, (60, "Articles 33 and 99"))]
    assert looks_like_termlist(lines, TERMS, headed=True)
    assert not looks_like_termlist(lines, TERMS)
    assert [(e.term, e.text) for e in read_terms(lines, {}, TERMS)] == [
        ("", "Articles 33 and 99")]
    assert not looks_like_termlist([_line(1, 100, (134, "Body text"))], TERMS, headed=True)


def test_term_wrapping_beside_its_wrapped_text_stays_one_entry():
    """Entries set apart by space around each row: a term that wraps on the line where
    its text wraps goes on with its entry ("73/267; 77/17; / 79/12")."""
    lines = [_line(1, 100, (60, "73/267; 77/17;"), (135, "Cooperation between")),
             _line(1, 110, (60, "79/12"), (135, "and the League")),
             _line(1, 124, (60, "79/1"), (135, "The Pact")),
             _line(1, 134, (135, "for the Future")),
             _line(1, 148, (60, "80/1"), (135, "Next"))]
    assert [(e.term, e.text) for e in read_terms(lines, {}, TERMS)] == [
        ("73/267; 77/17; 79/12", "Cooperation between and the League"),
        ("79/1", "The Pact for the Future"), ("80/1", "Next")]


def test_span_running_into_the_next_pair_is_cut_at_its_column_start():
    """A title whose last word runs into the right pair's symbol (a gutter narrower than
    a span gap) is cut where that column starts, as on the lines where it stands alone."""
    title = [Word("Revitalization", 135, 205), Word("of", 207, 217), Word("it", 219, 229)]
    merged = Span("Revitalization of it 79/264", 135, 342, 100, 109, 9.0, False, False,
                  (*title, Word("79/264", 312, 342)))
    lines = [Line([_span(60, 100, "46/232"), merged], 100, 109, 9.0, 1),
             _line(1, 114, (60, "79/1"), (135, "The Pact"), (312, "80/72"), (387, "Peace"))]
    lines[0].spans.append(_span(387, 100, "Promotion"))
    assert [(e.term, e.text) for e in read_terms(lines, {}, TERMS)] == [
        ("46/232", "Revitalization of it"), ("79/1", "The Pact"),
        ("79/264", "Promotion"), ("80/72", "Peace")]


A81 = Path("../shared/corpus/real/A_81_6")


@pytest.mark.skipif(not A81.exists(), reason="shared A/81/6 corpus not present")
def test_cover_and_contents_pages_are_front_matter():
    """The cover and the contents (two pages in Sect. 24) precede the first numbered
    paragraph; they are front matter, as in the Word file, not paragraphs or mandates."""
    layout = read_pdf(A81 / "A_81_6_Sect24_PartA_en.pdf")
    assert "Contents" in layout.front
    assert any(t.startswith("Subprogramme 4.") for t in layout.front)
    texts = [b.text for b in layout.blocks if isinstance(b, Paragraph | Heading)]
    assert not any(". . . . ." in t for t in texts)
    terms = [e.term for b in layout.blocks if isinstance(b, TermList) for e in b.entries]
    assert not any(". . . . ." in t for t in terms)
    first = next(b for b in layout.blocks if isinstance(b, Paragraph))
    assert first.number == "24.1"


def _justified(c, y: float, text: str, x0: float = 70, x1: float = 450) -> None:
    """One line of prose set from ``x0`` to ``x1``, its word spaces stretched alike, as
    Word justifies a line that wraps."""
    words = text.split()
    font, size = c._fontname, c._fontsize
    gap = (x1 - x0 - sum(c.stringWidth(w, font, size) for w in words)) / (len(words) - 1)
    x = x0
    for word in words:
        c.drawString(x, y, word)
        x += c.stringWidth(word, font, size) + gap


def _draw_run_on_markers(path: Path) -> None:
    """Word's layout: justified paragraphs at 13 pt pitch, 6 pt apart; a paragraph whose
    running "(b) …" wraps to the start of a line; one whose sub-items are paragraphs of
    their own (marker, tab, text); a bold heading that wraps, one that fills its line
    and the heading 6 pt under it, and "Annex" in the margin over its title."""
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    w, h = 500.0, 700.0
    c = canvas.Canvas(str(path), pagesize=(w, h))
    prose = ["The programme helped towns plan their growth this year in three ways which",
             "were: (a) it trained planners in the regions that asked for help with plans;",
             "(b) it drafted model rules on land for the towns that had none at all; and",
             "(c) it reviewed plans that towns sent to it before they were adopted and",
             "published the reviews for all to read and use."]
    y = h - 60
    c.setFont("Helvetica-Bold", 9.5)
    _justified(c, y, "Result 1: towns plan their growth with the rules and the data that")
    c.drawString(70, y - 13, "they need")
    _justified(c, y - 32, "Result 2: the towns that adopted plans report on them each year in")
    c.drawString(70, y - 51, "Programme performance in 2025")
    c.drawString(40, y - 70, "Annex")
    c.drawString(70, y - 89, "Overall orientation")
    y -= 108
    c.setFont("Helvetica", 9.5)
    c.drawString(40, y, "1.1")
    for text in prose[:-1]:
        _justified(c, y, text)
        y -= 13
    c.drawString(70, y, prose[-1])
    y -= 13
    y -= 6
    c.drawString(40, y, "1.2")
    c.drawString(70, y, "The programme will:")
    for marker, text in (("(a)", "Train planners;"), ("(b)", "Draft model rules.")):
        y -= 19
        c.drawString(70, y, marker)
        c.drawString(94, y, text)
    for n in range(3, 6):
        y -= 19
        c.drawString(40, y, f"1.{n}")
        for _ in range(3):
            _justified(c, y, "Each town reports on its plan to the programme once a year and")
            y -= 13
        c.drawString(70, y, "the programme sums the reports.")
    c.showPage()
    c.save()


def test_marker_wrapped_to_a_line_start_and_close_headings(tmp_path):
    """A marker the running text wrapped to the start of a line stays in its paragraph
    ("(b) it drafted …" under a line that ran to the right edge, at the line pitch);
    markers set apart as paragraphs are sub-items. A heading line filled to the edge
    takes the line under it at the line pitch, not the heading a paragraph space below;
    "Annex" in the margin is a heading of its own."""
    pdf = tmp_path / "markers.pdf"
    _draw_run_on_markers(pdf)
    blocks = read_pdf(pdf).blocks
    paras = [b for b in blocks if isinstance(b, Paragraph)]
    assert [p.number for p in paras] == ["1.1", "1.2", "1.3", "1.4", "1.5"]
    assert not paras[0].items and "land for the towns that had none at all; and (c) it " \
        "reviewed plans" in paras[0].text and paras[0].text.endswith("to read and use.")
    assert [(i.marker, i.text) for i in paras[1].items] == [
        ("(a)", "Train planners;"), ("(b)", "Draft model rules.")]
    assert [b.text for b in blocks if isinstance(b, Heading)] == [
        "Result 1: towns plan their growth with the rules and the data that they need",
        "Result 2: the towns that adopted plans report on them each year in",
        "Programme performance in 2025", "Annex", "Overall orientation"]


# -- table notes with a footnote letter ---------------------------------------------------

def _table_with_letter_note(path: Path) -> None:
    """A captioned table whose note explains a footnote letter ("a Reflects …"), wrapped
    onto an indented second line, with the table's closing rule drawn under the note:
    the note is read as the table's last rows."""
    from test_pdf_cells import SIZE, _captioned

    c = _captioned(path, 1, 12, "Deliverables by category", 480)
    c.line(70, 460, 440, 460)
    for x, year in ((330, "2025"), (400, "2026")):
        c.drawRightString(x, 450, year)
    c.drawString(72, 450, "Category")
    c.line(70, 444, 440, 444)
    for i, (label, a, b) in enumerate([("Reports (number)", "3", "4"),
                                       ("Training events", "1", "2a")]):
        c.drawString(72, 432 - 15 * i, label)
        c.drawRightString(330, 432 - 15 * i, a)
        c.drawRightString(400, 432 - 15 * i, b)
    c.setFont("Helvetica", SIZE - 1)
    c.drawString(70, 384, "a  Reflects updated planned deliverables for 2026. Values in")
    c.drawString(78, 375, "square brackets represent the earlier plan.")
    c.line(70, 368, 440, 368)
    c.showPage()
    c.save()


def test_footnote_letter_note_under_a_table_is_its_note(tmp_path):
    pdf = tmp_path / "note.pdf"
    _table_with_letter_note(pdf)
    blocks = read_pdf(pdf).blocks
    table = next(b for b in blocks if isinstance(b, Table))
    assert [" ".join(n.split()) for n in table.notes] == [
        "a Reflects updated planned deliverables for 2026. Values in square brackets "
        "represent the earlier plan."]
    assert [r.cells[0] if r.cells else r.span for r in table.parts[-1].rows] == [
        "Reports (number)", "Training events"]


def test_letter_notes_under_text_are_a_paragraph_each(tmp_path):
    """Notes with a footnote letter under something that is not a table (a figure's
    notes): one paragraph per note, its wrapped line joined; a note whose letter is set
    a tab apart is not a term list."""
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    from test_pdf_cells import SIZE, _paragraphs

    pdf = tmp_path / "notes.pdf"
    c = canvas.Canvas(str(pdf), pagesize=(500, 700))
    _paragraphs(c, 1, 12)
    c.setFont("Helvetica", SIZE - 1)
    c.drawString(40, 480, "a")
    c.drawString(52, 480, "Data are as of October of each year.")
    c.drawString(40, 471, "b Provision of data is not planned for future years, given")
    c.drawString(48, 462, "the nature of the process.")
    c.showPage()
    c.save()
    texts = [b.text for b in read_pdf(pdf).blocks if isinstance(b, Paragraph)]
    assert texts[-2:] == ["a Data are as of October of each year.",
                          "b Provision of data is not planned for future years, given the "
                          "nature of the process."]
    assert not any(isinstance(b, TermList) for b in read_pdf(pdf).blocks)


def _framed_column_chart(path: Path) -> None:
    """A performance-measure figure as Word prints it: caption and title, then the chart
    in a frame, a unit line level with the frame's top, just left of it, then axis
    ticks, a data label over each column and the categories under them."""
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    w, h = 500.0, 700.0
    c = canvas.Canvas(str(path), pagesize=(w, h))
    y = _page(c, w, h, 1, 1)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(40, y, "Figure 1.I")
    c.drawString(40, y - 12, "Performance measure: number of people with access")
    c.drawString(40, y - 24, "(cumulative)")
    top = y - 32
    c.rect(46, top - 200, 414, 200, stroke=1, fill=0)
    c.setFont("Helvetica", 7)
    c.drawString(40, top - 12, "(Millions)")
    c.setFont("Helvetica", 8.5)
    base = top - 180
    for tick in range(0, 5):
        c.drawRightString(70, base + tick * 35, str(tick * 10))
    for i, (year, value) in enumerate((("2023", 12), ("2024", 25), ("2025", 31))):
        x = 110 + i * 110
        c.rect(x, base, 40, value * 3.5, stroke=0, fill=1)
        c.drawCentredString(x + 20, base + value * 3.5 + 4, str(value))
        c.drawCentredString(x + 20, base - 12, year)
    c.showPage()
    c.save()


def test_chart_in_a_frame_gives_no_text_box_panel(tmp_path):
    """A frame around a chart's columns is the chart area, not a text box: its ticks,
    data labels and categories are no panel caption (as the Word file, whose chart has
    no text boxes); a unit line beside the frame's top is the caption's."""
    pdf = tmp_path / "chart.pdf"
    _framed_column_chart(pdf)
    figure = next(b for b in read_pdf(pdf).blocks if isinstance(b, Figure))
    assert figure.caption[0] == "Figure 1.I"
    assert figure.caption[-1] == "(Millions)"
    assert figure.panels == []


def test_run_in_paragraph_numbers_in_sequence(tmp_path):
    """A page that sets paragraph numbers at the text's left edge, run into the text,
    and indents the wrapped lines (LibreOffice from HTML): a line opening with the next
    number in sequence opens that paragraph; a figure opening a line does not."""
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    pdf = tmp_path / "runin.pdf"
    c = canvas.Canvas(str(pdf), pagesize=(500, 700))
    c.setFont("Helvetica", 10)
    y = 640
    for text, wrapped in (("1.1 The programme reports on the plans that towns adopted",
                           "with the support of the office this year."),
                          ("1.2 The office supports cities in planning their growth",
                           "and in managing land."),
                          ("3.5 million people gained access to housing in the towns that",
                           None)):
        c.drawString(40, y, text)
        if wrapped:
            c.drawString(70, y - 13, wrapped)
            y -= 13
        y -= 20
    for _ in range(4):
        c.drawString(40, y, "Text of the page set at its left edge, as the tables and lists are.")
        y -= 13
    c.showPage()
    c.save()
    paras = [b for b in read_pdf(pdf).blocks if isinstance(b, Paragraph)]
    assert [(p.number, p.text) for p in paras[:2]] == [
        ("1.1", "The programme reports on the plans that towns adopted with the support of "
                "the office this year."),
        ("1.2", "The office supports cities in planning their growth and in managing land.")]
    assert paras[2].number is None and paras[2].text.startswith("3.5 million")


def test_title_ending_in_a_semicolon_runs_on_over_the_row_spacing():
    """Entries set apart: text set apart below an entry with no term beside it is a row
    of its own, but not after a title ending in ';' ("... against Cybercrime;" then the
    entry's second title, a second paragraph of the same Word cell)."""
    layout = TermLayout(tolerance=5.0, margin=129.0, right=540.0, gap=4.5, step=1.35,
                        runs_on=";,")
    lines = [_line(1, 100, (60, "79/243"), (135, "Convention against Cybercrime;")),
             _line(1, 114, (135, "Strengthening International")),
             _line(1, 124, (135, "Cooperation")),
             _line(1, 138, (135, "A further title")),
             _line(1, 152, (60, "80/1"), (135, "Next"))]
    assert [(e.term, e.text) for e in read_terms(lines, {}, layout)] == [
        ("79/243", "Convention against Cybercrime; Strengthening International Cooperation"),
        ("", "A further title"), ("80/1", "Next")]


def test_entry_without_a_term_takes_the_first_link_over_its_text():
    """A row with no term takes the link over a symbol cited in its text, as the Word
    file's row gives the first hyperlink of its cells."""
    lines = [_line(1, 100, (60, "75/290 A;"), (135, "Review of the functioning")),
             _line(1, 114, (135, "Review of resolutions")),
             _line(1, 124, (135, "67/290 and 70/299")),
             _line(1, 138, (60, "80/1"), (135, "Next"))]
    links = {1: [Link(135, 124, 165, 133, "https://docs.un.org/en/A/RES/67/290")]}
    entries = read_terms(lines, links, TERMS)
    assert [(e.term, e.url) for e in entries] == [
        ("75/290 A;", None), ("", "https://docs.un.org/en/A/RES/67/290"), ("80/1", None)]


def test_text_at_a_column_top_is_a_row_of_its_own_where_its_first_word_had_room():
    """Text with no term at the top of a column goes on with the entry left open only
    where its first word would not have fitted on that entry's last line (greedy wrap
    would have put it there): after a short last line it is a row of its own, after a
    full one it is the same title wrapping."""
    def listing(last: str) -> list[Line]:
        return [_line(1, 100, (60, "75/290"), (135, "Review"), (312, "68/1"),
                      (387, "Other title set to the full width")),
                _line(1, 112, (387, last)),
                _line(2, 100, (135, "High-level political forum")),
                _line(2, 114, (60, "80/1"), (135, "Next"))]

    assert [(e.term, e.text) for e in read_terms(listing("ends"), {}, TERMS)][1:] == [
        ("68/1", "Other title set to the full width ends"),
        ("", "High-level political forum"), ("80/1", "Next")]
    wrapped = read_terms(listing("and so does this line too"), {}, TERMS)
    assert [(e.term, e.text) for e in wrapped][1:] == [
        ("68/1", "Other title set to the full width and so does this line too "
                 "High-level political forum"), ("80/1", "Next")]


def test_frame_crossed_by_text_is_placed_on_the_fill_of_its_size():
    """A chart frame drawn at the page origin (its form's offset lost) runs through the
    running head and the caption: it frames the filled chart area of its own size, or,
    with no such fill, nothing; a frame that holds its text or leaves it out is kept."""
    misplaced, kept = Box(0, 0, 492, 192), Box(60, 511, 548, 718)
    graphics = Graphics(rules=[], boxes=[misplaced, kept], bars=[])
    caption = (60, 77, 552, 87)  # crosses the misplaced frame's right side
    inside = (100, 600, 200, 610)  # text within the kept frame
    place_crossed_boxes(graphics, [caption, inside], [(64, 125, 556, 317)], 10.0, 2.5)
    assert graphics.boxes == [Box(64, 125, 556, 317), kept]
    graphics = Graphics(rules=[], boxes=[misplaced, kept], bars=[])
    place_crossed_boxes(graphics, [caption, inside], [(60, 511, 548, 718)], 10.0, 2.5)
    assert graphics.boxes == [kept]
