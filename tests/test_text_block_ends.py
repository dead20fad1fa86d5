"""Where a block or a table row of flat text ends (``extract.text_blocks``,
``text_grid_rows``): made-up lines."""

from __future__ import annotations

from pathlib import Path

from unfascicle.extract.model import Paragraph, Table
from unfascicle.extract.text_reader import read_text


def _paragraphs(tmp_path: Path, page: list[str]) -> dict[str, str]:
    """The numbered paragraphs read from one page of ``page``'s lines."""
    path = tmp_path / "page.txt"
    path.write_text("\n".join(page) + "\n\f", encoding="utf-8")
    return {b.number: b.text for b in read_text(path, "en").blocks
            if isinstance(b, Paragraph) and b.number}


# A full line of the made-up paragraphs below.
_FULL = "the widget office will keep its registers of parts and makers in good order over"


def _first_paragraph(tmp_path: Path, middle: list[str]) -> str:
    """Paragraph 1.1 read from full lines, then ``middle``, then its last lines, with
    paragraph 1.2 after it."""
    page = ["1.1 To reach the objective, " + _FULL, _FULL, _FULL, *middle, _FULL,
            "the last year.", "1.2 The office will report on its work."]
    return _paragraphs(tmp_path, page)["1.1"]


def test_a_word_broken_at_a_short_lines_end_goes_on_below(tmp_path: Path) -> None:
    first = _first_paragraph(tmp_path, [
        "the year, with help from the gear- and sprocket-making Widget-", "Makers Guild;"])
    assert "Widget-Makers Guild" in first
    assert first.endswith("the last year.")


_HEAD = ["Category and subcategory", "2025", "planned", "2025", "actual", "2026", "planned",
         "2027", "planned"]


def test_a_line_below_the_header_repeated_is_no_rest_of_the_last_pages_label(
        tmp_path: Path) -> None:
    """An extractor indenting every line a little (pypdf): a line on the next page,
    below the header repeated, set where the last numbered label's text starts,
    opens a row of its own, not the end of that label wrapped under its number."""
    first = ["1.1 The office will serve the widget committees in 2027.", "Table 1.1",
             "Deliverables for the period 2025–2027, by category and subcategory", *_HEAD,
             "     A. Facilitation of the intergovernmental process and expert bodies     ",
             " Parliamentary documentation (number of documents) 1 1 – – ",
             " 1. Report to the widget committee on widgets 1 1 – – ",
             " 2. Note on widget makers 2 2 1 1 "]
    second = [*_HEAD, "     E. Enabling deliverables     ",
              " Administration: meetings with widget makers.",
              "1.2 The office will report on its work."]
    path = tmp_path / "pages.txt"
    path.write_text("\n".join(first) + "\n\f" + "\n".join(second) + "\n\f", encoding="utf-8")
    table = next(b for b in read_text(path, "en").blocks if isinstance(b, Table))
    labels = [row.cells[0] for part in table.parts for row in part.rows]
    assert "2. Note on widget makers" in labels
    assert "E. Enabling deliverables" in labels


def test_a_line_ending_in_a_broken_word_goes_on_before_a_capital(tmp_path: Path) -> None:
    page = ["1.1 To reach the objective, the office will:",
            "(a) Work with the makers, " + _FULL, "the year, to end the long Widget-",
            "Sprocket dispute on the basis of a fair rule;", "(b) Report on its work."]
    path = tmp_path / "capital.txt"
    path.write_text("\n".join(page) + "\n\f", encoding="utf-8")
    para = next(b for b in read_text(path, "en").blocks
                if isinstance(b, Paragraph) and b.number == "1.1")
    assert [item.marker for item in para.items] == ["(a)", "(b)"]
    assert "Widget-Sprocket dispute" in para.items[0].text


def test_a_line_pypdfium2_ran_on_at_a_hyphen_is_two_printed_lines(tmp_path: Path) -> None:
    """pypdfium2 runs the next printed line on at a hyphen ending a line
    ("Counter\\ufffeWidget"): the lines are parted there again, or the label column
    would look as wide as two lines, and a label wrapped below would not."""
    rows = ["A. Facilitation of the intergovernmental process and expert bodies",
            "Parliamentary documentation (number of documents) 2 2 3 2",
            "1. The widget committee on the implementation of the United Nations Global "
            "Counter\ufffeWidget Strategy by the widget system – – 1 –",
            "2. The widget council on the threat posed by widget makers in the regions of the",
            "(world, also known as Earth) 2 2 2 2", "3. Meetings of the widget committee 1 1 1 1"]
    page = ["1.1 The office will serve the widget committees in 2027.", "Table 1.1",
            "Deliverables for the period 2025–2027, by category and subcategory", *_HEAD, *rows,
            "1.2 The office will report on its work."]
    path = tmp_path / "pdfium.txt"
    path.write_text("\n".join(page) + "\n\f", encoding="utf-8")
    table = next(b for b in read_text(path, "en").blocks if isinstance(b, Table))
    cells = [row.cells for part in table.parts for row in part.rows]
    assert ["2. The widget council on the threat posed by widget makers in the regions of the "
            "(world, also known as Earth)", "2", "2", "2", "2"] in cells


def test_a_short_line_before_one_opening_in_lower_case_ends_no_block(tmp_path: Path) -> None:
    first = _first_paragraph(tmp_path, [
        "the year, with the Widget Makers Board (WMB)", "secretariat. The office will also"])
    assert "(WMB) secretariat." in first
    assert first.endswith("the last year.")


def test_a_short_line_ending_a_sentence_ends_its_block_before_lower_case(
        tmp_path: Path) -> None:
    """A sideways chart's words printed a word a line after a paragraph's last line:
    a line in lower case goes on a short line only where that line ends no sentence."""
    page = ["1.1 To reach the objective, " + _FULL, _FULL, "the last year.",
            "widgets", "gears", "sprockets", "1.2 The office will report on its work."]
    paras = _paragraphs(tmp_path, page)
    assert paras["1.1"].endswith("the last year.")
