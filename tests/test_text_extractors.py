"""The flat-text reader on text that other tools extracted from the sample PDF and
from real English PDFs, scored against the answer keys.

Each extraction is made in the test from the PDF (pdftotext in its three modes,
mutool, pdfplumber, pypdfium2, PyMuPDF, pdfminer.six, pypdf in its two modes, Apache
PDFBox; pypdfium2, PyMuPDF and PDFBox skipped when not installed). The floors asserted are the scores
measured (rounded down), below the targets of issue 10 where not reached yet (cells
and rows >= 99 %, paragraphs >= 98 % on the sample; cells and paragraphs >= 97 % on
English): they guard against regressions, and a failure names the extractor and its
score.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from extractors import EXTRACTORS, missing, pdftotext, pymupdf_sorted

from unfascicle.errors import NotAFascicle, UnreadableInput
from unfascicle.output import to_dict
from unfascicle.pipeline import read

SAMPLE_PDF = Path("samples/corpus/A_78_6_Sect15_zh.pdf")
SAMPLE_TXT = Path("samples/corpus/A_78_6_Sect15_zh.txt")
SCORE = Path("../shared/tools/score.py")
REAL = Path("../shared/corpus/real")


def _scorer():
    spec = importlib.util.spec_from_file_location("score", SCORE)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(path: Path, key: Path | None = None) -> dict[str, float]:
    """Cells, rows and paragraphs (percent) of the pipeline's output for ``path``."""
    module = _scorer()
    document = to_dict(read(path))
    truth, blocks = module.load_key(key or module.DEFAULT_KEY)
    tables = module.score_tables(truth, document)
    paras = module.score_paras(blocks, document)
    return {"cells": 100 * tables["hit"] / max(1, tables["cells"]),
            "rows": 100 * tables["rows_hit"] / max(1, tables["rows"]),
            "paras": 100 * paras["mean_ratio"]}


def _reaches(text: Path, document: str, floors: tuple[float, float]) -> None:
    """Assert that the output for ``text`` reaches its (cells, paragraphs) ``floors``
    against the key of the real ``document``."""
    got = score(text, REAL / "keys" / document)
    cells, paras = floors
    assert got["cells"] >= cells and got["paras"] >= paras, (text.name, got)


def _installed(name: str) -> None:
    """Skip a test of an extractor this machine lacks (``.ci/run`` installs them all)."""
    if reason := missing(name):
        pytest.skip(reason)

# (cells, rows, paragraphs) reached on the sample by each extractor's text.
SAMPLE_FLOORS = {
    "pdftotext": (100.0, 100.0, 99.8),
    "pdftotext-layout": (99.8, 100.0, 99.8),
    "pdftotext-raw": (100.0, 100.0, 99.4),
    "pdfplumber": (99.5, 100.0, 99.8),
    "pdfplumber-layout": (99.0, 100.0, 99.8),
    "pypdfium2": (100.0, 100.0, 99.4),
    "pymupdf": (100.0, 100.0, 98.8),
    "mutool": (100.0, 100.0, 98.8),
    # each layout box a block: a table's labels, then its header cells, then its
    # values a box each, column after column (4.32 cells until such columns were cut
    # by the header's year boxes and the sums; 15.54 until runs of value boxes were
    # dealt to the labels waiting, text_boxes; runs printing some rows a row at a
    # time and others column after column, and the resource tables, are not read yet)
    "pdfminer": (27.7, 76.8, 99.8),
    "pypdf": (100.0, 100.0, 99.4),
    # 43.43 paragraphs until a number printed against its Chinese text opened a
    # paragraph ("15.7为了…"); values printed against each other ("0.531.412.6")
    # are not parted yet
    "pypdf-layout": (97.3, 98.7, 96.4),
    "pdfbox": (100.0, 100.0, 99.4),
}

RENDERINGS = Path("samples/renderings")
# (cells, rows, paragraphs) reached by each extractor's text of the sample's key
# rendered by Chromium (A4 and US Letter) and by LibreOffice from Word and from
# HTML (samples/renderings).
RENDERING_FLOORS = {
    ("chromium", "pdftotext"): (99.6, 100.0, 98.2),
    ("chromium", "pdftotext-layout"): (100.0, 100.0, 99.6),
    ("chromium", "pdftotext-raw"): (99.7, 100.0, 99.0),
    ("chromium", "pdfplumber"): (100.0, 100.0, 99.6),
    ("chromium", "pypdfium2"): (100.0, 100.0, 99.7),
    ("chromium", "pymupdf"): (100.0, 100.0, 99.2),
    ("chromium", "mutool"): (100.0, 100.0, 99.1),
    ("chromium-letter", "pdftotext"): (99.1, 99.5, 99.2),
    ("chromium-letter", "pdftotext-layout"): (99.5, 100.0, 98.8),
    ("chromium-letter", "pdftotext-raw"): (100.0, 100.0, 99.1),
    ("chromium-letter", "pdfplumber"): (99.6, 100.0, 99.9),
    ("chromium-letter", "pypdfium2"): (100.0, 100.0, 99.7),
    ("chromium-letter", "pymupdf"): (100.0, 100.0, 99.2),
    ("chromium-letter", "mutool"): (100.0, 100.0, 99.2),
    ("lo-docx", "pdftotext"): (99.5, 99.5, 99.4),
    ("lo-docx", "pdftotext-layout"): (100.0, 100.0, 99.9),
    ("lo-docx", "pdftotext-raw"): (99.5, 100.0, 99.9),
    ("lo-docx", "pdfplumber"): (99.7, 100.0, 99.8),
    ("lo-docx", "pypdfium2"): (99.5, 100.0, 99.9),
    ("lo-docx", "pymupdf"): (99.4, 100.0, 98.8),
    ("lo-docx", "mutool"): (99.4, 100.0, 99.1),
    ("lo-html", "pdftotext"): (99.9, 99.5, 99.9),
    # 96.84 before a page of one full row measured its own columns (chromium-letter
    # -layout +6 cells; here one row of 15.16 on an unevenly spaced page); its cells are
    # centred in their rows (a centred year header, a row whose columns' lines
    # alternate and are squeezed: both read now)
    ("lo-html", "pdftotext-layout"): (99.2, 99.1, 99.9),
    ("lo-html", "pdftotext-raw"): (99.8, 100.0, 99.2),
    ("lo-html", "pdfplumber"): (99.0, 99.5, 99.9),
    ("lo-html", "pypdfium2"): (99.8, 100.0, 99.9),
    ("lo-html", "pymupdf"): (99.7, 100.0, 99.7),
    ("lo-html", "mutool"): (99.7, 100.0, 99.7),
}


@pytest.fixture(scope="session")
def extractions(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("extractions")


def _sample_text(extractions: Path, name: str) -> Path:
    """The sample PDF's text by extractor ``name``, extracted once per session."""
    _installed(name)
    path = extractions / f"{name}.txt"
    return path if path.exists() else EXTRACTORS[name](SAMPLE_PDF, path)


@pytest.mark.parametrize("name", list(EXTRACTORS))
def test_sample_extraction_scores(extractions: Path, name: str) -> None:
    got = score(_sample_text(extractions, name))
    cells, rows, paras = SAMPLE_FLOORS[name]
    assert got["paras"] >= paras and got["cells"] >= cells and got["rows"] >= rows, (name, got)


@pytest.mark.parametrize("name", list(EXTRACTORS))
def test_sample_extraction_without_form_feeds_scores(extractions: Path, name: str) -> None:
    """The same text with its form feeds taken out (as ``pdftotext -nopgbrk`` gives,
    or a tool that joins pages with nothing between: pdfplumber's and pypdfium2's
    footers then run into the next page's first line) reaches the same floors: its
    pages come from the footers' page numbers (``text_pages``)."""
    text = _sample_text(extractions, name).read_text("utf-8")
    path = extractions / f"{name}.noff.txt"
    path.write_text(text.replace("\f", ""), "utf-8")
    got = score(path)
    cells, rows, paras = SAMPLE_FLOORS[name]
    assert got["paras"] >= paras and got["cells"] >= cells and got["rows"] >= rows, (name, got)


@pytest.mark.parametrize(("rendering", "name"), list(RENDERING_FLOORS))
def test_rendering_extraction_scores(extractions: Path, rendering: str, name: str) -> None:
    _installed(name)
    pdf = RENDERINGS / f"A_78_6_Sect15_zh.{rendering}.pdf"
    got = score(EXTRACTORS[name](pdf, extractions / f"{rendering}.{name}.txt"))
    cells, rows, paras = RENDERING_FLOORS[(rendering, name)]
    assert got["paras"] >= paras and got["cells"] >= cells and got["rows"] >= rows, (
        rendering, name, got)


def _copy(tmp_path: Path, name: str, edit) -> Path:
    """The seed text with each line (or the list of lines) edited."""
    path = tmp_path / name
    path.write_text("\n".join(edit(SAMPLE_TXT.read_text(encoding="utf-8").split("\n"))),
                    encoding="utf-8")
    return path


def test_seed_text_scores_in_full() -> None:
    assert score(SAMPLE_TXT) == {"cells": 100.0, "rows": 100.0, "paras": 100.0}


def test_seed_text_without_empty_lines_scores_in_full(tmp_path: Path) -> None:
    path = _copy(tmp_path, "no-empty.txt", lambda lines: [ln for ln in lines if ln])
    assert score(path) == {"cells": 100.0, "rows": 100.0, "paras": 100.0}


@pytest.mark.parametrize(("name", "edit"), [
    ("stripped", lambda lines: [ln.strip() for ln in lines]),
    ("no-blank", lambda lines: [ln for ln in lines if ln.strip()]),
])
def test_seed_text_without_its_spacing_scores_in_full(tmp_path: Path, name: str, edit) -> None:
    assert score(_copy(tmp_path, f"{name}.txt", edit)) == {"cells": 100.0, "rows": 100.0,
                                                           "paras": 100.0}


def test_lines_padded_to_one_width_mark_no_block(extractions: Path, tmp_path: Path) -> None:
    """A tool that pads every line to the page's width marks no line's end: column-aligned
    text so padded reads as it does unpadded (it was taken for the seed's block spacing:
    0 % of cells)."""
    text = EXTRACTORS["pdftotext-layout"](SAMPLE_PDF, extractions / "pdftotext-layout.txt")
    lines = text.read_text(encoding="utf-8").split("\n")
    width = max(len(ln) for ln in lines) + 1
    padded = tmp_path / "padded.txt"
    padded.write_text("\n".join(ln.ljust(width) for ln in lines), encoding="utf-8")
    assert score(padded) == score(text)


def test_text_without_paragraphs_or_tables_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "prose.txt"
    path.write_text("A letter\n\nDear colleagues, thank you for the meeting.\nRegards\n",
                    encoding="utf-8")
    with pytest.raises(NotAFascicle):
        read(path)


@pytest.mark.parametrize(("name", "data"), [
    ("big5", lambda text: text.encode("big5", errors="replace")),
    ("nul-before-newline", lambda text: text.replace("\n", "\x00\n").encode("utf-8")),
])
def test_text_in_a_foreign_encoding_is_refused(tmp_path: Path, name: str, data) -> None:
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data(SAMPLE_TXT.read_text(encoding="utf-8")))
    with pytest.raises(UnreadableInput):
        read(path)


# (cells, paragraphs) reached by text of real English PDFs, per document and extractor.
# pdfplumber prints the cells of a performance measure table side by side one space
# apart, with no column positions: read back by column width and word wrap
# (extract/text_sidebyside.py), and where the wrap leaves the split ambiguous (a word
# at a column boundary that fits either side) by the document's own word pairs; cells
# whose wording the document does not repeat are still misread there.
ENGLISH_FLOORS = {
    ("A_81_6_Sect2_PartA", "pdftotext-layout"): (100.0, 100.0),
    ("A_81_6_Sect2_PartA", "pdfplumber"): (99.7, 100.0),  # 99.43 (see Sect. 31)
    ("A_81_6_Sect3_PartA", "pdftotext-layout"): (100.0, 99.9),
    # 97.99 until marked pairs; 98.28 until a wider edge column was tried at widths
    # read almost as cheaply as the best (one cell lost, two gained in 29A, three in 9)
    ("A_81_6_Sect3_PartA", "pdfplumber"): (98.1, 99.9),
    ("A_81_6_Sect5_PartA", "pdftotext-layout"): (100.0, 99.9),
    ("A_81_6_Sect5_PartA", "pdfplumber"): (96.5, 99.9),  # 96.31 (see Sect. 31)
    ("A_81_6_Sect9_PartA", "pdftotext-layout"): (100.0, 99.8),
    # 95.11 until a lettered note under a prose table ended it (table 9.20's note had
    # been read as cell lines) and a cell no longer ended with a comma (95.41), and
    # until a wrap earned no credit for words met far more seldom than chance (96.11),
    # and until a pair printed on two of a row's lines was not parted (96.21), a
    # boundary after a year cost nothing and a wrap joined no two references (96.71),
    # and a wider edge column was tried at near widths
    ("A_81_6_Sect9_PartA", "pdfplumber"): (97.0, 99.9),
    ("A_81_6_Sect12_PartA", "pdftotext-layout"): (99.8, 99.2),
    ("A_81_6_Sect12_PartA", "pdfplumber"): (98.2, 99.6),  # 98.00 until baselines met
    ("A_81_6_Sect15_PartA", "pdftotext-layout"): (100.0, 99.3),
    ("A_81_6_Sect15_PartA", "pdfplumber"): (98.2, 99.9),  # 98.11 until seldom pairs
    # pdfplumber's layout mode: 5.49 while its padding to the page width was taken for
    # block marks, 89.58 while values pushed one space after a long label were read
    # by their spacing (a number one space after a word the label's) and not their
    # count, 97.92 while prose cells pushed off their columns were read by position
    ("A_81_6_Sect15_PartA", "pdfplumber-layout"): (98.2, 99.9),
    # mutool ends each soft-wrapped line with a space: once read as the seed's block ends
    ("A_81_6_Sect15_PartA", "mutool"): (99.0, 99.9),
    ("A_81_6_Sect24_PartA", "pdftotext-layout"): (100.0, 99.9),
    ("A_81_6_Sect24_PartA", "pdfplumber"): (98.8, 99.9),
    ("A_81_6_Sect27_PartA", "pdftotext-layout"): (100.0, 99.9),
    ("A_81_6_Sect27_PartA", "pdfplumber"): (98.3, 99.9),  # 97.94 (see Sect. 31)
    ("A_81_6_Sect29A_PartA", "pdftotext-layout"): (100.0, 99.7),
    # 29A 94.25 and 31 90.95 until a prose table's lettered note ("a See CEB/2025/1 ...")
    # ended its rows, "Planned result for 2027" was a heading, a year bound no word
    # after it and twin cells' endings were charged once; 95.40 until two frequent
    # words met far more seldom than chance were not bound
    # 96.17 until baselines met, 96.74 until a wider edge column was tried at near widths
    ("A_81_6_Sect29A_PartA", "pdfplumber"): (97.1, 99.7),
    ("A_81_6_Sect31_PartA", "pdftotext-layout"): (100.0, 99.6),
    # 91.43 while list items' dashes were cells; 91.90 until the side-by-side search
    # also kept each state's best path as if the row ended there (a cell's last word)
    # 92.86 until baselines met, 94.29 until a boundary after a year cost nothing;
    # 95.71 while a wrap joining words met far more seldom than chance earned full credit
    ("A_81_6_Sect31_PartA", "pdfplumber"): (96.6, 99.6),
    # -raw and pypdfium2 print a prose cell per line: a cell ends only before a line
    # that may open one (not lower-case), and where a row shows fewer ends than
    # columns, before such lines with most room (29A: 84.10 -> 87.36 and 79.50 -> 84.10;
    # 87.74 and 84.48 once a bracketed lower-case word, "(such", goes on its cell);
    # then cut by one search over fill in Times widths, the document's wording, twin
    # openings and even cells (extract/text_cell_cuts.py; -raw / pypdfium2 were 98.29 /
    # 98.15, 94.99 / 93.41, 91.89 / 93.37, 94.31 / 93.61, 97.72 / 97.72, 98.11 / 97.73
    # (Sect. 15 -raw down: repeated paragraphs inside cells draw cuts), 95.54 / 95.87,
    # 97.94 / 97.94, 89.27 / 87.93, 85.71 / 86.67)
    ("A_81_6_Sect2_PartA", "pdftotext-raw"): (99.2, 98.9),
    ("A_81_6_Sect2_PartA", "pypdfium2"): (99.2, 98.9),
    ("A_81_6_Sect3_PartA", "pdftotext-raw"): (98.7, 99.8),
    ("A_81_6_Sect3_PartA", "pypdfium2"): (98.7, 99.8),
    ("A_81_6_Sect5_PartA", "pdftotext-raw"): (98.5, 99.6),
    ("A_81_6_Sect5_PartA", "pypdfium2"): (98.5, 99.6),
    ("A_81_6_Sect9_PartA", "pdftotext-raw"): (98.5, 98.8),
    ("A_81_6_Sect9_PartA", "pypdfium2"): (98.5, 98.8),
    ("A_81_6_Sect12_PartA", "pdftotext-raw"): (98.6, 99.2),
    ("A_81_6_Sect12_PartA", "pypdfium2"): (98.6, 99.0),
    ("A_81_6_Sect15_PartA", "pdftotext-raw"): (98.8, 99.1),
    ("A_81_6_Sect15_PartA", "pypdfium2"): (98.8, 98.8),
    ("A_81_6_Sect24_PartA", "pdftotext-raw"): (98.3, 98.9),
    ("A_81_6_Sect24_PartA", "pypdfium2"): (98.3, 98.9),
    ("A_81_6_Sect27_PartA", "pdftotext-raw"): (100.0, 99.9),
    ("A_81_6_Sect27_PartA", "pypdfium2"): (100.0, 99.9),
    ("A_81_6_Sect29A_PartA", "pdftotext-raw"): (97.1, 99.7),
    ("A_81_6_Sect29A_PartA", "pypdfium2"): (97.1, 99.7),
    ("A_81_6_Sect31_PartA", "pdftotext-raw"): (98.5, 98.0),
    ("A_81_6_Sect31_PartA", "pypdfium2"): (98.5, 98.0),  # 85.71 while cells ended in commas
    # pypdfium2 prints a page's footer on one line ("10/48 25-04996"), so a caption
    # opening the next page sat among the page-top lines that repeat (digits aside)
    # and went out as a running header with every caption like it: cells were 20.87
    ("A_80_6_Sect15", "pypdfium2"): (98.5, 98.7),
    # pdfplumber text of the A/80/6 LibreOffice renderings (documents not tuned on);
    # below 97 % where its posts tables' spacer columns (no positions to place them)
    # and side-by-side prose cells are misread
    # (90.2 and 88.0 until the annex's post changes table, printed without column
    # positions, was read by its rows' counts and grades: extract/text_posts.py)
    # (91.1, and -raw 89.2, pypdfium2 89.1, Sect. 24 -raw 95.4 and pypdfium2 95.9,
    # until digits opening with a nought, "1 007", were a thousands group only)
    # (91.3 until the post changes table's lines were dealt to label, description and
    # reason: extract/text_postsides.py; Sect. 3 96.9, Sect. 24 91.0)
    # 93.1 until rows set one space apart were read as the sums across and the columns'
    # sizes tell (extract/text_across.py) and a label line ending in "… for the" went on
    ("A_80_6_Sect2", "pdfplumber"): (93.9, 99.5),  # 92.86, 92.95 (seldom pairs, ends)
    # (94.8 until a line below a policymaking organ's first line was parted between
    # its label and its text, printed side by side: extract/text_beside.py; 96.5
    # while a text ending in "(2015)" was taken for unfinished; 97.62 while a field,
    # "Membership: 15", went on in a label left unfinished above it)
    ("A_80_6_Sect3", "pdfplumber"): (98.3, 99.7),
    ("A_80_6_Sect15", "pdfplumber"): (98.9, 99.9),  # 98.5 until "… Sustainable" / "Development Goals"
    # 87.6 until whole dollars one space apart were read so that a row adds up to
    # its total ("19 800 135 700" is 19 800 and 135 700, not 19 800 135 and 700)
    # 90.2 until organs' labels going on beside their text were parted from it
    # 95.0 until a sideways page's running head printed a word a line was dropped and
    # "53 00" (a misprint) kept as one spoiled figure
    # 96.48 until the post changes' label and description widths were fitted apart
    # (annex II's second table prints its description ~30 % wider than its label);
    # 97.15 while a part wider than its column's measure cost nothing more
    ("A_80_6_Sect24", "pdfplumber"): (97.2, 99.3),  # 94.83 until paths kept by their ends
    # -raw and pypdfium2 print the post changes table a cell after another (86.2,
    # 86.6, 86.8, 86.8, 92.9 and 92.4 before text_posts read it), and policymaking
    # organs' values on a line of their own below the organ's text (Sect24 93.6 and
    # 94.0, Sect3 93.5 and 93.0 before text_grid read them so)
    ("A_80_6_Sect24", "pdftotext-raw"): (97.3, 99.9),
    ("A_80_6_Sect24", "pypdfium2"): (97.3, 99.9),
    # Sect. 2: 89.3 until the column count was no fewer than rows print at their
    # fewest ("5 890 6 034 4 900 5 151" shows "110 155 160 160" four values)
    ("A_80_6_Sect2", "pdftotext-raw"): (93.7, 99.5),
    ("A_80_6_Sect2", "pypdfium2"): (93.9, 99.5),
    ("A_80_6_Sect3", "pdftotext-raw"): (96.3, 98.6),
    # 96.26 before the label column's heading was read: pypdfium2 prints another
    # table's year headings among table 3.IV.4's rows, above this table's header
    # repeated at a page's top; that repeat is now skipped, and the stray headings,
    # before section rows of their own, run into the row label above them (4 cells)
    ("A_80_6_Sect3", "pypdfium2"): (96.1, 98.6),
    # 96.90 on its branch; 96.797 with the side-by-side search that keeps a path per
    # set of columns printed lately (A/81/6 Sect. 2, 5, 9, 29A up): row 31.III.2, misread
    # before and after, now finds a cheaper wrong reading (one cell fewer); 96.90 again
    # once a wrap earned no credit for words met far more seldom than chance; 96.80
    ("A_80_6_Sect31", "pdfplumber"): (97.1, 99.0),  # 96.80 until baselines met
    # pdftotext's default mode and mutool print a table's cells as blocks (a label, then
    # its values a line each, or a column's values stacked): before the part number
    # printed alone ("(1)") opened its part, a part label printed after all its values
    # went before its header, resolutions labelling rows ("57/12") were told from page
    # marks, staff rows under a blank first year were cut in rows of their own count,
    # and a label ended before "Subtotal, 1", these read (default ; mutool) Sect. 2
    # 65.2 ; 83.0, Sect. 3 78.9 ; 86.8, Sect. 15 80.8 ; 87.9, Sect. 24 55.6 ; 63.7,
    # Sect. 31 78.9. Paragraphs (default ; mutool) Sect. 24 88.1 ; 87.3 and Sect. 31
    # 94.5 ; 94.9 until an annex's own numbers printed alone ("1.") were read, Sect. 2
    # 95.9 ; 91.7 until a number alone one past the next ("2.217" after "2.215")
    # opened its paragraph, Sect. 3 98.9 ; 98.2 until a part of one paragraph
    # ("3.VI.1" after "3.V.32") opened its series.
    ("A_80_6_Sect2", "pdftotext"): (72.6, 99.1),
    ("A_80_6_Sect2", "mutool"): (91.3, 99.6),
    ("A_80_6_Sect3", "pdftotext"): (85.6, 99.3),
    ("A_80_6_Sect3", "mutool"): (92.2, 98.6),
    ("A_80_6_Sect15", "pdftotext"): (95.3, 99.1),
    ("A_80_6_Sect15", "mutool"): (98.2, 99.0),
    ("A_80_6_Sect24", "pdftotext"): (71.4, 97.1),
    ("A_80_6_Sect24", "mutool"): (84.5, 98.7),
    ("A_80_6_Sect31", "pdftotext"): (79.9, 99.6),
    ("A_80_6_Sect31", "mutool"): (95.9, 99.6),
    # 93.87 and 99.29 while a figure parted from its note letter ("24 c") was a label
    ("A_81_6_Sect29A_PartA", "pdftotext"): (94.6, 99.0),
    ("A_81_6_Sect2_PartA", "pdftotext"): (99.7, 99.9),
    # 0.0 paragraphs while a space padding nearly every line was taken for the
    # seed's block ends (a blank line closes pdfminer's boxes); 6.25 cells until values
    # printed a box each, column after column, were cut into the header's columns;
    # 37.69 until runs of value boxes were dealt to the labels waiting (text_boxes)
    ("A_81_6_Sect15_PartA", "pdfminer"): (74.4, 99.9),
    ("A_81_6_Sect31_PartA", "pdfminer"): (90.9, 98.9),  # 20.48 cells (see Sect. 15)
    # 31.63 cells and 95.52 paragraphs while a space after every soft line break was
    # taken for the seed's block ends
    ("A_81_6_Sect15_PartA", "pypdf"): (98.8, 99.9),
    ("A_81_6_Sect15_PartA", "pypdf-layout"): (99.6, 99.9),
    ("A_81_6_Sect31_PartA", "pypdf"): (98.5, 98.0),  # 29.52 cells (see Sect. 15)
    ("A_81_6_Sect15_PartA", "pdfbox"): (98.8, 99.9),
    ("A_81_6_Sect31_PartA", "pdfbox"): (98.5, 98.0),
}


# (cells, paragraphs) reached by PyMuPDF's get_text(sort=True) text of A/81/6 PDFs: 88.89
# and 86.67 cells while its performance measure rows, spaced only roughly by their
# gaps, were read by character position and a blank line between a cell's paragraphs
# started a row (text_rough).
SORTED_FLOORS = {
    "A_81_6_Sect29A_PartA": (100.0, 99.7),
    "A_81_6_Sect31_PartA": (100.0, 98.0),
}


@pytest.mark.parametrize("document", list(SORTED_FLOORS))
def test_pymupdf_sorted_text_scores(extractions: Path, document: str) -> None:
    _installed("pymupdf")
    pdf = REAL / "A_81_6" / f"{document}_en.pdf"
    _reaches(pymupdf_sorted(pdf, extractions / f"{document}.pymupdf-sort.txt"), document,
             SORTED_FLOORS[document])


@pytest.mark.parametrize(("document", "name"), list(ENGLISH_FLOORS))
def test_english_extraction_scores(extractions: Path, document: str, name: str) -> None:
    _installed(name)
    pdf = REAL / document[:6] / f"{document}_en.pdf"  # the budget's folder: "A_81_6"
    _reaches(EXTRACTORS[name](pdf, extractions / f"{document}.{name}.txt"), document,
             ENGLISH_FLOORS[(document, name)])


def test_english_text_in_windows_1252_reads_as_in_utf8(extractions: Path) -> None:
    """The UN's English text as Xpdf's pdftotext or a Windows tool writes it (Windows-1252:
    curly quotes and en dashes a byte each) reads as the same characters in UTF-8 do.
    (It was refused as in no known encoding.)"""
    document = "A_81_6_Sect15_PartA"
    text = EXTRACTORS["pdftotext-layout"](REAL / "A_81_6" / f"{document}_en.pdf",
                                          extractions / f"{document}.cp1252-source.txt")
    legacy = text.read_text("utf-8").encode("cp1252", errors="replace")  # "−" has no byte
    assert b"\x96" in legacy and b"\x92" in legacy  # its dashes and apostrophes
    one_byte, utf8 = extractions / "cp1252.txt", extractions / "cp1252-as-utf8.txt"
    one_byte.write_bytes(legacy)
    utf8.write_text(legacy.decode("cp1252"), "utf-8")
    assert to_dict(read(one_byte))["tables"] == to_dict(read(utf8))["tables"]


def test_pdftotext_latin1_text_reads_as_its_utf8_text(extractions: Path) -> None:
    """pdftotext's Latin-1 text (Xpdf's default encoding) scores as its UTF-8 text does:
    it writes each en dash, nil cells among them, as a soft hyphen (0xAD), read back
    as the dash (cells were 59 % while soft hyphens were dropped as invisible)."""
    document = "A_81_6_Sect15_PartA"
    pdf, key = REAL / "A_81_6" / f"{document}_en.pdf", REAL / "keys" / document
    latin1 = pdftotext(pdf, extractions / "latin1.txt", "-layout", "-enc", "Latin1")
    assert b"\xad" in latin1.read_bytes()
    utf8 = EXTRACTORS["pdftotext-layout"](pdf, extractions / "latin1-as-utf8.txt")
    got, want = score(latin1, key), score(utf8, key)
    # (Latin-1 has no minus sign or non-breaking hyphen: a paragraph or two loses one)
    assert got["cells"] == want["cells"] and got["paras"] == pytest.approx(want["paras"], abs=0.01)


# (cells, paragraphs) reached by each extractor's text of A/80/6 (Sect. 3)/Add.2, a
# document whose paragraphs are numbered "1.", "2." and tables "Table 1", without a
# section. Its tables are read poorly yet: mission names wrapped over two lines
# before the values, and header columns ("(1)" … "(5)=(4)-(3)"). -raw, pdfplumber and
# pypdfium2 rose 20-26 points when "Approved 2025" no longer gave its posts tables a
# ninth column (a year after a label word is the label's).
UNSECTIONED_FLOORS = {
    # 54.3 on the -layout branch alone; merged with the default-mode restacking, table
    # 6's "Change" row takes its footnote letter into its label ("Change a"): 53.2;
    # 54.3 with wrapped labels measured against their own block
    # 59.9 until an "Approved 2025" over the first values took them (stacked tables)
    "pdftotext": (69.4, 99.0),
    # 93.9: its posts tables' spacer column (printed by the "Change" row only), rows
    # broken at a raised footnote mark, and "Nationa"+"l" headings read; 94.8 until a
    # spacer after the first column group meant one after each later group but the
    # last, 96.7 until a value on a wrapped label's first line filled its row's blank
    # and "2022 actual" headed a table of prose cells
    "pdftotext-layout": (97.3, 99.3),
    # 64.8, 70.9, 62.5 until the spacer column printed only by the "Change" row was
    # placed after the first column group, as the rows' subtotals show it; 71.8 and
    # 70.0 until a row line whose values go on in lines of values alone (broken after
    # a raised footnote mark) was joined to them
    "pdftotext-raw": (96.2, 98.7),  # 94.0 until the later groups' spacers
    # pdfplumber 91.8, pypdfium2 91.9, -raw 91.5, mutool 60.9 until "Planned result for
    # 2026" (singular) and "Programme performance in 2024 and target for 2026" were
    # headings ending the performance measure table above them
    "pdfplumber": (95.2, 99.3),  # 92.6 until the later groups' spacers; 92.44, 92.50 (seldom pairs) until paths kept by ends;
    # 92.57 until a pair printed on two of a row's lines was not parted
    "pypdfium2": (96.2, 98.7),  # 93.8 until the later groups' spacers
    "pymupdf": (62.9, 98.9),
    "mutool": (80.2, 98.9),  # 61.1 until "Approved 2025" over the first values took them
}


@pytest.mark.parametrize("name", list(UNSECTIONED_FLOORS))
def test_unsectioned_numbering_extraction_scores(extractions: Path, name: str) -> None:
    document = "A_80_6_Sect3_Add.2"
    pdf = REAL / "A_80_6" / f"{document}_en.pdf"
    _reaches(EXTRACTORS[name](pdf, extractions / f"{document}.{name}.txt"), document,
             UNSECTIONED_FLOORS[name])


# (cells, paragraphs) reached by `pdftotext -layout` text of the complete A/80/6
# fascicles rendered by LibreOffice (resource tables in Part B, annex tables without
# caption, pages set sideways). Below the targets (cells >= 97 %, paragraphs >= 98 %)
# where not reached yet: in Sect. 2, the first part of table 2.48 that its key holds
# without a label column.
A80_LAYOUT_FLOORS = {
    "A_80_6_Sect2": (95.7, 98.9),
    "A_80_6_Sect3": (99.8, 98.4),
    "A_80_6_Sect15": (99.7, 99.1),
    # 94.1 before figures with two footnote marks parsed: the scorer reads the key's
    # "1 979a,b" (table A3) as text, so our figure 1979 no longer matches it (2 cells)
    "A_80_6_Sect24": (99.1, 98.9),  # 98.7 until "53 00" (a misprint) read as one figure
    "A_80_6_Sect31": (98.2, 99.8),
}


@pytest.mark.parametrize("document", list(A80_LAYOUT_FLOORS))
def test_a80_layout_text_scores(extractions: Path, document: str) -> None:
    pdf = REAL / "A_80_6" / f"{document}_en.pdf"
    _reaches(EXTRACTORS["pdftotext-layout"](pdf, extractions / f"{document}.layout.txt"),
             document, A80_LAYOUT_FLOORS[document])



# (cells, paragraphs) reached by `pdftotext -layout` text of LibreOffice's renderings of
# the shared A/81/6 Word files (samples/renderings/en), another producer of the same
# documents: it squeezes a performance measure table's first column to a few
# characters, wrapping its year heading above the line where its qualifier opens the
# other headings ("2023" / "(actual)  2024 (actual) ..."; Sect. 9 and 31 were 96.31 and
# 92.86 until that header was read, on each page it is repeated) and breaking words
# without a hyphen (a last letter alone on a line, "Fourt" / "h", "compre" / "hensiv" / "e",
# is no note mark).
LO_LAYOUT_FLOORS = {
    "A_81_6_Sect2_PartA": (100.0, 98.8),
    "A_81_6_Sect3_PartA": (99.2, 98.8),
    "A_81_6_Sect9_PartA": (99.8, 99.6),
    "A_81_6_Sect15_PartA": (100.0, 98.3),
    "A_81_6_Sect27_PartA": (100.0, 99.2),
    "A_81_6_Sect29A_PartA": (100.0, 99.2),
    "A_81_6_Sect31_PartA": (100.0, 98.9),
}


@pytest.mark.parametrize("document", list(LO_LAYOUT_FLOORS))
def test_libreoffice_rendering_layout_text_scores(extractions: Path, document: str) -> None:
    pdf = Path("samples/renderings/en") / f"{document}_en.lo.pdf"
    _reaches(EXTRACTORS["pdftotext-layout"](pdf, extractions / f"{document}.lo.layout.txt"),
             document, LO_LAYOUT_FLOORS[document])


# (cells, paragraphs) reached by `pdftotext -layout -fixed 3` text of the shared A/81/6
# PDFs: a character pitch finer than the type's spreads a cell's words several spaces
# apart and a heading's in larger type more (80.48 to 98.67 % of cells while two spaces
# ended a cell's piece of a line: a gutter is now only wider than a cell's widest gap,
# see ``text_prose._cell_gap``). Sect. 31 loses table 31.II.3's last row to the
# part heading under it, printed where its labels wrap.
FIXED_FLOORS = {
    "A_81_6_Sect2_PartA": (100.0, 100.0),
    "A_81_6_Sect3_PartA": (100.0, 99.6),
    "A_81_6_Sect5_PartA": (100.0, 99.8),
    "A_81_6_Sect9_PartA": (100.0, 99.8),
    "A_81_6_Sect12_PartA": (99.8, 99.2),
    "A_81_6_Sect15_PartA": (100.0, 99.7),
    "A_81_6_Sect24_PartA": (100.0, 99.9),
    "A_81_6_Sect27_PartA": (100.0, 99.8),
    "A_81_6_Sect29A_PartA": (100.0, 99.7),
    "A_81_6_Sect31_PartA": (98.0, 98.6),
}


@pytest.mark.parametrize("document", list(FIXED_FLOORS))
def test_fixed_pitch_layout_text_scores(extractions: Path, document: str) -> None:
    _installed("pdftotext-layout")
    pdf = REAL / "A_81_6" / f"{document}_en.pdf"
    _reaches(pdftotext(pdf, extractions / f"{document}.fixed3.txt", "-layout", "-fixed", "3"),
             document, FIXED_FLOORS[document])
