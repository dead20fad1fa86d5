"""The Word reader: the shared UN Word files against their answer keys, Word's
counting rules on small hand-made documents, and hostile or foreign zips refused."""

from __future__ import annotations

import importlib.util
import io
import json
import random
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from test_fuzz import run_case

from unfascicle.batch import expand_inputs
from unfascicle.extract.docx_reader import read_docx
from unfascicle.extract.model import Figure, Footnote, Heading, Paragraph, Table, TermList
from unfascicle.output import to_dict, validate

SHARED = Path(__file__).resolve().parent.parent / ".." / "shared"
REAL = SHARED / "corpus" / "real"
WORD_FILES = sorted(REAL.glob("A_8*_6/*.docx"))

# Tables where the answer key itself departs from the Word grid, or the scorer reads a
# key cell as text, so 100 % is not reachable without copying the mistake; every other
# table must be exact.
KEY_DISAGREES = {
    # the key marks part (1) "nolabel" although its first column is the
    # "Component/subprogramme" stub, so it compares labels with figures
    "A_80_6_Sect2": {"2.48"},
    # staggered grid (each value cell a spacer column left of its heading): the key
    # adds a column no cell fills and shifts the volunteers' figures and the total;
    # table 29 prints "7 a", a figure and its note one space apart, which we read as 7
    # (note "a") and the scorer, stripping only a glued letter, as the text "7a"
    "A_80_6_Sect3_Add.2": {"6", "29"},
    # the key's "1 979a,b" carries two footnote marks; the scorer strips one or two
    # letters, not "a,b", so it compares the figure we read (1979, marks "a,b") with
    # the text "1979a,b" (2 cells)
    "A_80_6_Sect24": {"A3"},
}


def _scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scored():
    """Each shared Word file read once; its output and the scorer's verdict."""
    from unfascicle import read

    score = _scorer()
    out = {}
    for path in WORD_FILES:
        doc = path.stem.removesuffix("_en")
        output = json.loads(json.dumps(to_dict(read(path)), ensure_ascii=False))
        truth, blocks = score.load_key(REAL / "keys" / doc)
        out[doc] = (output, score.score_tables(truth, output), score.score_paras(blocks, output))
    return out


def test_shared_word_files_exist():
    assert len(WORD_FILES) >= 20


@pytest.mark.parametrize("path", WORD_FILES, ids=lambda p: p.stem)
def test_word_file_against_key(scored, path):
    doc = path.stem.removesuffix("_en")
    output, tables, paras = scored[doc]
    validate(output)
    assert output["document"]["source"]["format"] == "docx"
    assert tables["missing_tables"] == []
    wrong = {w.split(" ")[0] for w in tables["worst"]}
    assert wrong <= KEY_DISAGREES.get(doc, set()), tables["worst"][:5]
    if doc not in KEY_DISAGREES:
        assert tables["hit"] == tables["cells"]
    assert paras["found"] == paras["paras"]
    assert paras["mean_ratio"] >= 0.995, paras["below"]


def test_pdf_and_word_are_one_document(scored):
    output = scored["A_81_6_Sect15_PartA"][0]
    assert output["document"]["symbol"] == "A/81/6 (Sect. 15)"
    assert output["document"]["language"] == "en"
    assert all(p["page"] is None for p in output["paragraphs"])


# -- small hand-made Word files ---------------------------------------------------------

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
HYPERLINK_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"


def docx(body: str, numbering: str = "", footnotes: str = "", links: dict | None = None,
         document: str | None = None, styles: str = "") -> bytes:
    """A minimal Word package around ``body`` (the XML inside ``w:body``)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", document if document is not None else
                   f'<?xml version="1.0"?><w:document {NS}><w:body>{body}</w:body></w:document>')
        if numbering:
            z.writestr("word/numbering.xml", f"<w:numbering {NS}>{numbering}</w:numbering>")
        if styles:
            z.writestr("word/styles.xml", f"<w:styles {NS}>{styles}</w:styles>")
        if footnotes:
            z.writestr("word/footnotes.xml", f"<w:footnotes {NS}>{footnotes}</w:footnotes>")
        rels = "".join(f'<Relationship Id="{k}" Type="{HYPERLINK_REL}" Target="{v}" '
                       'TargetMode="External"/>' for k, v in (links or {}).items())
        z.writestr("word/_rels/document.xml.rels",
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                   f'relationships">{rels}</Relationships>')
    return buf.getvalue()


def p(text: str, extra: str = "", style: str = "") -> str:
    pstyle = f'<w:pStyle w:val="{style}"/>' if style else ""
    ppr = f"<w:pPr>{pstyle}{extra}</w:pPr>"
    runs = "".join("<w:r><w:tab/></w:r>" if part == "\t" else f"<w:r><w:t xml:space=\"preserve\">"
                   f"{part}</w:t></w:r>" for part in _split_tabs(text))
    return f"<w:p>{ppr}{runs}</w:p>"


def _split_tabs(text: str) -> list[str]:
    out: list[str] = []
    for i, piece in enumerate(text.split("\t")):
        if i:
            out.append("\t")
        if piece:
            out.append(piece)
    return out


def numbered(text: str, num: int, lvl: int = 0) -> str:
    return p(text, f'<w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="{num}"/></w:numPr>')


def read_bytes(tmp_path: Path, data: bytes, name: str = "doc.docx"):
    path = tmp_path / name
    path.write_bytes(data)
    return read_docx(path)


NUMBERING = (
    '<w:abstractNum w:abstractNumId="0">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="7.%1"/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
    '<w:lvlText w:val="(%2)"/></w:lvl></w:abstractNum>'
    '<w:abstractNum w:abstractNumId="1">'
    '<w:lvl w:ilvl="0"><w:start w:val="4"/><w:numFmt w:val="upperRoman"/>'
    '<w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="3"><w:abstractNumId w:val="1"/>'
    '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>')


def test_automatic_numbering_counts_like_word(tmp_path):
    """Lists sharing one definition share its counters; a deeper level restarts
    under each new higher one; a start override restarts its list."""
    body = (numbered("First", 1) + numbered("Item", 1, 1) + numbered("Item", 1, 1)
            + numbered("Second, other list, same definition", 2) + numbered("Item", 2, 1)
            + numbered("Roman", 3))
    layout = read_bytes(tmp_path, docx(body, NUMBERING))
    paras = [b for b in layout.blocks if isinstance(b, Paragraph)]
    assert [q.number for q in paras] == ["7.1", "7.2", None]
    assert [i.marker for i in paras[0].items] == ["(a)", "(b)"]
    assert [i.marker for i in paras[1].items] == ["(a)"]
    assert paras[2].text == "I. Roman"  # "%1." with start 4 overridden to 1


def test_seq_fields_are_counted(tmp_path):
    """Caption numbers from SEQ fields are recomputed, not taken from a stale cache."""
    def caption(cached: str) -> str:
        return ('<w:p><w:r><w:t xml:space="preserve">Table 3.</w:t></w:r>'
                '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                '<w:r><w:instrText> SEQ Table \\* ARABIC </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                f'<w:r><w:t>{cached}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    grid = ('<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc>' + p("Item") + '</w:tc><w:tc>'
            + p("2024") + '</w:tc></w:tr><w:tr><w:tc>' + p("Posts") + '</w:tc><w:tc>'
            + p("1.5") + '</w:tc></w:tr></w:tbl>')
    layout = read_bytes(tmp_path, docx(caption("9") + grid + caption("9") + grid))
    tables = [b for b in layout.blocks if isinstance(b, Table)]
    assert [t.caption[0] for t in tables] == ["Table 3.1", "Table 3.2"]


def test_revisions_comments_and_footnote_numbers(tmp_path):
    body = ('<w:p><w:r><w:t xml:space="preserve">\t</w:t></w:r><w:r><w:t>1.1</w:t></w:r>'
            '<w:r><w:tab/><w:t xml:space="preserve">Kept </w:t></w:r>'
            '<w:ins w:id="1"><w:r><w:t xml:space="preserve">inserted </w:t></w:r></w:ins>'
            '<w:del w:id="2"><w:r><w:delText>deleted </w:delText></w:r></w:del>'
            '<w:commentRangeStart w:id="3"/><w:r><w:t>text.</w:t></w:r>'
            '<w:r><w:commentReference w:id="3"/></w:r>'
            '<w:r><w:footnoteReference w:id="7"/></w:r></w:p>')
    notes = ('<w:footnote w:type="separator" w:id="-1"><w:p/></w:footnote>'
             '<w:footnote w:id="7"><w:p><w:r><w:footnoteRef/></w:r>'
             '<w:r><w:t xml:space="preserve"> A source.</w:t></w:r></w:p></w:footnote>')
    layout = read_bytes(tmp_path, docx(body, footnotes=notes))
    para = next(b for b in layout.blocks if isinstance(b, Paragraph))
    assert (para.number, para.text) == ("1.1", "Kept inserted text.[^1]")
    note = next(b for b in layout.blocks if isinstance(b, Footnote))
    assert (note.number, note.text) == ("1", "A source.")
    assert para.prov.page is None and para.prov.paragraph is not None


def test_sub_items_go_on_past_a_footnote_call(tmp_path):
    """An item calling a footnote does not end its list: the items after it stay in the
    paragraph (the footnote is a block of its own, not a break)."""
    call = '<w:r><w:footnoteReference w:id="2"/></w:r></w:p>'
    body = (p("\t12.38\tThe work is expected to result in:") + p("\t(a)\tMore capacity;")
            + p("\t(b)\tGreen claims checked;")[:-len("</w:p>")] + call
            + p("\t(c)\tMore investment."))
    notes = ('<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r>'
             '<w:r><w:t xml:space="preserve"> Green claims.</w:t></w:r></w:p></w:footnote>')
    layout = read_bytes(tmp_path, docx(body, footnotes=notes))
    paras = [b for b in layout.blocks if isinstance(b, Paragraph)]
    assert [q.number for q in paras] == ["12.38"]
    assert [i.marker for i in paras[0].items] == ["(a)", "(b)", "(c)"]
    assert paras[0].items[1].text == "Green claims checked;[^1]"


def test_a_footnote_called_from_a_caption_is_kept(tmp_path):
    """Regression (A/81/6 Sect. 3): a figure's caption calling a footnote lost the
    footnote (only body paragraphs emitted the notes they call)."""
    call = '<w:r><w:footnoteReference w:id="3"/></w:r></w:p>'
    body = (p("\t3.78\tProgress is shown below.") + p("Figure 3.I.XII")
            + p("Performance measure: percentage of members satisfied")[:-len("</w:p>")]
            + call)
    notes = ('<w:footnote w:id="3"><w:p><w:r><w:footnoteRef/></w:r>'
             '<w:r><w:t xml:space="preserve"> Based on a survey.</w:t></w:r></w:p></w:footnote>')
    layout = read_bytes(tmp_path, docx(body, footnotes=notes))
    assert [(b.number, b.text) for b in layout.blocks if isinstance(b, Footnote)] == [
        ("1", "Based on a survey.")]


def test_an_autocorrected_c_marker_is_an_item_marker(tmp_path):
    """Word's AutoCorrect turns a typed "(c)" into "©": the item is still the third of
    its list, not unnumbered text swallowing the items after it (A/81/6 Sect. 29A)."""
    body = (p("\t29A.5\tThe Office will:") + p("\t(a)\tAdvise;") + p("\t(b)\tTrain;")
            + p("\t©\tPromote awareness;") + p("\t(d)\tReport."))
    layout = read_bytes(tmp_path, docx(body))
    paras = [b for b in layout.blocks if isinstance(b, Paragraph)]
    assert [q.number for q in paras] == ["29A.5"]
    assert [i.marker for i in paras[0].items] == ["(a)", "(b)", "©", "(d)"]


def test_merged_cells_and_header_rows(tmp_path):
    def tc(text: str, pr: str = "") -> str:
        return f"<w:tc><w:tcPr>{pr}</w:tcPr>{p(text)}</w:tc>"
    head = "<w:trPr><w:tblHeader/></w:trPr>"
    restart, cont = '<w:vMerge w:val="restart"/>', "<w:vMerge/>"
    span2, span4 = '<w:gridSpan w:val="2"/>', '<w:gridSpan w:val="4"/>'
    grid = ("<w:tbl><w:tblGrid>" + '<w:gridCol w:w="1000"/>' * 4 + "</w:tblGrid>"
            f"<w:tr>{head}{tc('Item', restart)}{tc('Changes', span2)}{tc('Total', restart)}</w:tr>"
            f"<w:tr>{head}{tc('', cont)}{tc('Technical')}{tc('Other')}{tc('', cont)}</w:tr>"
            f"<w:tr>{tc('A. Section', span4)}</w:tr>"
            f"<w:tr>{tc('Posts')}{tc('1.0')}{tc('–')}{tc('1.0')}</w:tr></w:tbl>")
    layout = read_bytes(tmp_path, docx(p("Table 1.1") + p("Title") + grid))
    table = next(b for b in layout.blocks if isinstance(b, Table))
    part = table.parts[0]
    assert [(c.text, c.colspan, c.rowspan) for c in part.header[0]] == [
        ("Item", 1, 2), ("Changes", 2, 1), ("Total", 1, 2)]
    assert [c.text for c in part.header[1]] == ["Technical", "Other"]
    assert part.rows[0].span == "A. Section"
    assert part.rows[1].cells == ["Posts", "1.0", "–", "1.0"]


def test_row_a_spacer_column_off_its_header_reads_cell_by_cell(tmp_path):
    """Word sets each row's cells at their own widths: a value row whose cells each
    start one narrow spacer column left of their heading's still prints its n-th
    figure under the n-th heading (read by overlap, "1" fell into the spacer column
    and "6" joined "–" in the subtotal column)."""
    def tc(text: str, span: int = 1) -> str:
        pr = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
        return f"<w:tc><w:tcPr>{pr}</w:tcPr>{p(text)}</w:tc>"
    widths = [1440, 91, 363, 91, 363, 91, 448, 81, 91, 500]
    grid = ("<w:tbl><w:tblGrid>" + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
            + "</w:tblGrid>"
            f"<w:tr><w:trPr><w:tblHeader/></w:trPr>{tc('')}{tc('NPO', 2)}{tc('GS', 2)}"
            f"{tc('Subtotal', 2)}{tc('')}{tc('Total', 2)}</w:tr>"
            f"<w:tr>{tc('Approved')}{tc('–')}{tc('1', 2)}{tc('6', 2)}{tc('–')}{tc('7', 3)}"
            "</w:tr></w:tbl>")
    layout = read_bytes(tmp_path, docx(p("Table 1.1") + p("Title") + grid))
    part = next(b for b in layout.blocks if isinstance(b, Table)).parts[0]
    assert part.rows[0].cells == ["Approved", "–", "1", "6", "–", "7"]


def test_mandate_list_keeps_links(tmp_path):
    row = ('<w:tr><w:tc><w:p><w:hyperlink r:id="rId9"><w:r><w:t>79/1</w:t></w:r></w:hyperlink>'
           '</w:p></w:tc><w:tc>' + p("A resolution") + "</w:tc></w:tr>")
    body = p("General Assembly resolutions", style="H4") + f"<w:tbl>{row}</w:tbl>"
    layout = read_bytes(tmp_path, docx(body, links={"rId9": "https://undocs.org/A/RES/79/1"}))
    terms = next(b for b in layout.blocks if isinstance(b, TermList))
    assert terms.heading == "General Assembly resolutions"
    assert [(e.term, e.text, e.url) for e in terms.entries] == [
        ("79/1", "A resolution", "https://undocs.org/A/RES/79/1")]


def test_single_entry_list_marked_as_header_row_is_a_term_list(tmp_path):
    """A one-row mandate list whose row is marked as a repeated header row: a header
    with nothing under it heads nothing, so it is the list's entry, not a table."""
    row = ("<w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc>" + p("2025/32") + "</w:tc><w:tc>"
           + p("Support to Non-Self-Governing Territories") + "</w:tc></w:tr>")
    body = p("Economic and Social Council resolution", style="H4") + f"<w:tbl>{row}</w:tbl>"
    layout = read_bytes(tmp_path, docx(body))
    assert not any(isinstance(b, Table) for b in layout.blocks)
    terms = next(b for b in layout.blocks if isinstance(b, TermList))
    assert terms.heading == "Economic and Social Council resolution"
    assert [(e.term, e.text) for e in terms.entries] == [
        ("2025/32", "Support to Non-Self-Governing Territories")]


def test_heading_typed_over_two_paragraphs_is_one(tmp_path):
    """Two adjacent paragraphs of one heading style print as one heading broken over two
    lines ("Subprogramme 1" / its title); a spacer paragraph between keeps them apart."""
    body = (p("Subprogramme 1", style="H23") + p("Housing and land", style="H23")
            + p("Result 1: more housing", style="H1") + p("")
            + p("Programme performance in 2025", style="H1") + p("15.1\tText."))
    layout = read_bytes(tmp_path, docx(body))
    assert [(h.text, h.level) for h in layout.blocks if isinstance(h, Heading)] == [
        ("Subprogramme 1 Housing and land", 3), ("Result 1: more housing", 2),
        ("Programme performance in 2025", 2)]


def _styled(sid: str, outline: int, size: int, based: str = "") -> str:
    base = f'<w:basedOn w:val="{based}"/>' if based else ""
    return (f'<w:style w:type="paragraph" w:styleId="{sid}">{base}<w:pPr>'
            f'<w:outlineLvl w:val="{outline}"/></w:pPr><w:rPr><w:sz w:val="{size}"/></w:rPr>'
            "</w:style>")


def test_heading_formatted_by_hand_takes_the_level_of_the_style_it_copies(tmp_path):
    """A Normal paragraph with an outline level and font set on itself is a heading at
    the level of the heading style with that outline level, nearest in size."""
    styles = _styled("H1", 0, 24) + _styled("HCh", 0, 28, "H1") + _styled("H4", 3, 20)

    def by_hand(text: str, outline: int, size: int) -> str:
        return p(text, f'<w:outlineLvl w:val="{outline}"/><w:rPr><w:sz w:val="{size}"/></w:rPr>')

    body = (by_hand("II. Office", 0, 28) + p("") + by_hand("Mandates and background", 0, 24)
            + p("") + by_hand("Lessons learned", 3, 20) + p("3.II.1\tText."))
    layout = read_bytes(tmp_path, docx(body, styles=styles))
    assert [(h.text, h.level) for h in layout.blocks if isinstance(h, Heading)] == [
        ("II. Office", 1), ("Mandates and background", 2), ("Lessons learned", 4)]


def test_text_box_text_stays_out_of_the_paragraph(tmp_path):
    box = ('<w:r><w:drawing><wps:txbx xmlns:wps="http://schemas.microsoft.com/office/word/2010/'
           'wordprocessingShape"><w:txbxContent>' + p("Boxed words") +
           "</w:txbxContent></wps:txbx></w:drawing></w:r>")
    body = p("Figure 1.I") + p("A chart") + f"<w:p>{box}</w:p>"
    layout = read_bytes(tmp_path, docx(body))
    figure = next(b for b in layout.blocks if isinstance(b, Figure))
    assert figure.caption == ["Figure 1.I", "A chart"]
    assert [panel.caption for panel in figure.panels] == [["Boxed words"]]


def test_text_box_over_a_chart_is_a_label_not_a_panel(tmp_path):
    """A dash set in a text box over a chart (a value not yet known) is one of the
    chart's labels, as the PDF prints it inside the chart area: no panel."""
    chart = ('<w:r><w:drawing><c:chart xmlns:c="http://schemas.openxmlformats.org/'
             'drawingml/2006/chart" r:id="rId7"/></w:drawing></w:r>')
    box = ('<w:r><w:drawing><wps:txbx xmlns:wps="http://schemas.microsoft.com/office/word/2010/'
           'wordprocessingShape"><w:txbxContent>' + p("–") +
           "</w:txbxContent></wps:txbx></w:drawing></w:r>")
    body = p("Figure 1.I") + p("A chart") + f"<w:p>{chart}</w:p><w:p>{box}</w:p>"
    figure = next(b for b in read_bytes(tmp_path, docx(body)).blocks if isinstance(b, Figure))
    assert figure.caption == ["Figure 1.I", "A chart"]
    assert figure.panels == []


# -- refused inputs -------------------------------------------------------------------

def fascicle(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "unfascicle.cli", *args], capture_output=True,
                          text=True)


def assert_refused(path: Path, words: str) -> None:
    target = path.with_suffix(".json")
    result = fascicle("extract", str(path), "-o", str(target))
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2, result.stderr
    assert len(lines) == 1 and str(path) in lines[0] and words in lines[0], result.stderr
    assert not target.exists()


def test_zip_that_is_not_word(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("readme.txt", "hello")
    (tmp_path / "a.docx").write_bytes(buf.getvalue())
    assert_refused(tmp_path / "a.docx", "not a Word document")


def test_truncated_docx(tmp_path):
    data = (REAL / "A_81_6" / "A_81_6_Sect31_PartA_en.docx").read_bytes()
    (tmp_path / "cut.docx").write_bytes(data[: len(data) // 2])
    assert_refused(tmp_path / "cut.docx", "truncated")


def test_zip_bomb_is_capped(tmp_path):
    """A part that inflates past the cap is refused while inflating, not after."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"<a>" + b" " * (80 * 2**20) + b"</a>")
    assert len(buf.getvalue()) < 2**20
    (tmp_path / "bomb.docx").write_bytes(buf.getvalue())
    assert_refused(tmp_path / "bomb.docx", "zip bomb")


def test_external_entities_are_refused(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    document = (f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file://{secret}">]>'
                f"<w:document {NS}><w:body>{p('1.1&x;')}</w:body></w:document>")
    (tmp_path / "xxe.docx").write_bytes(docx("", document=document))
    assert_refused(tmp_path / "xxe.docx", "DTD")


def test_zip_with_an_encrypted_member_is_refused_as_unreadable(tmp_path):
    """Zip encryption (flag bit 0) on word/document.xml: a one-line refusal naming it,
    code unreadable-input, not an "internal error"."""
    data = bytearray(docx(p("1.1 Text")))
    for header, flags in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = 0
        while (at := data.find(header, at)) != -1:
            data[at + flags] |= 1
            at += 4
    (tmp_path / "locked.docx").write_bytes(bytes(data))
    assert_refused(tmp_path / "locked.docx", "[unreadable-input]")


def test_legacy_doc_and_odt_are_named(tmp_path):
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    assert_refused(tmp_path / "old.doc", ".doc")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", "<office:document-content/>")
    (tmp_path / "new.odt").write_bytes(buf.getvalue())
    assert_refused(tmp_path / "new.odt", ".odt")


@pytest.mark.parametrize("seed", range(6))
def test_docx_mutations(tmp_path, seed):
    """Random damage to a real Word file: it reads, or is refused in one documented line."""
    rng = random.Random(2000 + seed)
    data = bytearray((REAL / "A_81_6" / "A_81_6_Sect31_PartA_en.docx").read_bytes())
    for _ in range(rng.randint(1, 20)):
        data[rng.randrange(len(data))] = rng.randrange(256)
    path = tmp_path / f"mutant{seed}.docx"
    path.write_bytes(bytes(data))
    assert run_case(path) in {"ok", "unreadable-input", "not-a-fascicle"}


# -- batch and diff -----------------------------------------------------------------------

def test_batch_takes_word_files(tmp_path):
    (tmp_path / "a.docx").write_bytes(b"PK")
    (tmp_path / "b.xlsx").write_bytes(b"PK")
    assert [q.name for q in expand_inputs([str(tmp_path)])] == ["a.docx"]


def test_diff_can_ignore_source_fields(tmp_path, scored):
    output = scored["A_81_6_Sect31_PartA"][0]
    moved = json.loads(json.dumps(output))
    moved["document"]["source"]["file"] = "other.pdf"
    moved["paragraphs"][0]["page"] = 3
    moved["paragraphs"][0]["bbox"] = [1.0, 2.0, 3.0, 4.0]
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.write_text(json.dumps(output), encoding="utf-8")
    b.write_text(json.dumps(moved), encoding="utf-8")
    assert fascicle("diff", "--ignore-source", str(a), str(b)).returncode == 0
    moved["paragraphs"][0]["text"] += " changed"
    b.write_text(json.dumps(moved), encoding="utf-8")
    assert fascicle("diff", "--ignore-source", str(a), str(b)).returncode == 1
