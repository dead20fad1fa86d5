"""The PDF reader on the sample fascicle and on a PDF drawn here with another layout."""

from __future__ import annotations

from pathlib import Path

import pytest

from unfascicle.errors import UnreadableInput
from unfascicle.extract.model import Figure, Footnote, Heading, Paragraph, Table, TermList
from unfascicle.extract.pdf_reader import read_pdf

SAMPLE = Path("/work/shared/corpus/A_78_6_Sect15_zh.pdf")
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
