"""Post changes tables printed side by side without column positions (``text_postsides``)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from unfascicle.extract.model import Table
from unfascicle.extract.text_postsides import SideLine, _Bound, _Cut, _cuts, _Splits
from unfascicle.extract.text_reader import read_text
from unfascicle.extract.text_sidebyside import Pairs
from unfascicle.extract.text_sidebyside import printed_size as size

# Column widths in half ems (label, description, reason), as a table sets them.
_WIDTHS = (24.0, 24.0, 56.0)

# Made-up groups of rows: a label, a reason, and the rows (count, grade, description,
# the group's line its count prints on).
_GROUPS = [
    ("Subprogramme 1 Research and analysis of regional economic trends",
     "The incumbents would support the analysis of regional development trends and "
     "advise the member countries on policy options for sustainable growth, drawing on "
     "the regional statistics and on the surveys conducted by the commission across the "
     "region. The posts would also strengthen the regional cooperation among the member "
     "countries.",
     [("2", "P-4", "Establishment of Economic Affairs Officer", 0), ("1", "P-3", "", 2)]),
    ("Subprogramme 2 Statistics and the review of national accounts",
     "The proposed abolishment results from the consolidation of the data processing "
     "functions and the wider use of automated tools in the production of the "
     "statistical tables, which reduces the manual work required of the section. The "
     "remaining staff of the section would review the national accounts submitted by the "
     "member countries and prepare the regional estimates published by the commission.",
     [("1", "GS (OL)", "Abolishment of Research Assistant in the Statistics Division", 0)]),
    ("Programme support",
     "The proposed reassignment reflects the growing demand for the editing of the "
     "statistical publications of the programme and for the review of the data released "
     "by the commission to the member countries and to the public. The incumbent would "
     "edit the statistical yearbook and the regional economic survey and would maintain "
     "the style guides used across the programme.",
     [("(1)", "P-2", "Reassignment of Associate Programme Officer as Associate Statistics "
       "Editor", 0)]),
]

# Paragraphs using the table's wording elsewhere, as a document does.
_PROSE = [
    "9.1 The Economic Affairs Officer posts support the analysis of regional economic "
    "trends and of development trends; the Research Assistant and the Associate Programme Officer support the statistics of "
    "the programme, the Statistics Division and the review of national accounts.",
    "9.2 The Reassignment of posts and the Abolishment of posts for the production of "
    "the statistical tables are summarized below.",
]


def _wrapped(text: str, width: float) -> list[str]:
    """``text`` wrapped greedily at ``width`` half ems."""
    lines: list[str] = []
    for word in text.split():
        if lines and size(f"{lines[-1]} {word}") <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


def _renumbered(times: int) -> list[tuple[str, str, list[tuple[str, str, str, int]]]]:
    """The groups ``times`` over, their subprogrammes numbered on (a longer table)."""
    return [(label.replace("Subprogramme 2", f"Subprogramme {2 * k + 2}")
             .replace("Subprogramme 1", f"Subprogramme {2 * k + 1}"), reason, rows)
            for k in range(times) for label, reason, rows in _GROUPS]


def _side_by_side(widths: tuple[float, float, float] = _WIDTHS,
                  groups: list[tuple[str, str, list[tuple[str, str, str, int]]]] = _GROUPS
                  ) -> list[str]:
    """The groups as pdfplumber prints them: each printed line the pieces of the cells at
    that height one space apart, a row's count and grade after the label's piece."""
    out = []
    for label, reason, rows in groups:
        labels, reasons = _wrapped(label, widths[0]), _wrapped(reason, widths[2])
        descs = {at: _wrapped(desc, widths[1]) for _, _, desc, at in rows}
        starts = {at: f"{posts} {grade}" for posts, grade, _, at in rows}
        for k in range(max(len(labels), len(reasons))):
            at = max(a for a in descs if a <= k)
            pieces = [labels[k] if k < len(labels) else "", starts.get(k, ""),
                      descs[at][k - at] if k - at < len(descs[at]) else "",
                      reasons[k] if k < len(reasons) else ""]
            out.append(" ".join(p for p in pieces if p))
    return out


def _expected(groups: list[tuple[str, str, list[tuple[str, str, str, int]]]] = _GROUPS
              ) -> list[list[str]]:
    """The rows' cells: a group's label and reason in its first row."""
    return [[label if not k else "", posts, grade, desc, reason if not k else ""]
            for label, reason, rows in groups
            for k, (posts, grade, desc, _) in enumerate(rows)]


def test_post_changes_side_by_side_dealt_to_label_description_and_reason(
        tmp_path: Path) -> None:
    """Each line's words go to the label, the description and the reason, each column
    as wide as the table sets it: greedy wrap left no room on a column's line for the
    next line's first word, and two words the document puts together elsewhere are
    one cell's (the earlier reader left description and reason together). A line
    whose pieces both go on in lower case around a count and a grade is a row's when
    it is too wide to be a reason's line ("trends 1 P-3 sustainable growth, …")."""
    assert [r.cells for r in _read(tmp_path, _side_by_side()).parts[0].rows] == _expected()


def test_post_changes_side_by_side_with_a_description_wider_than_the_label(
        tmp_path: Path) -> None:
    """The label's and the description's widths are fitted each to the other a step at
    a time for as long as a step reads the lines at less cost: a description set far
    wider than the label (here by more than half) is read at its own width."""
    groups = _renumbered(3)
    rows = _read(tmp_path, _side_by_side((16.0, 26.0, 56.0), groups)).parts[0].rows
    assert [r.cells for r in rows] == _expected(groups)


def test_splits_worked_out_once_deal_lines_as_at_each_width() -> None:
    """A line's splits are worked out once, for the widest label and description
    tried (``_Splits``): at any narrower widths they give the ways to deal the line
    that working them out at those widths gives, none lost and none kept that does
    not fit, on a row's line (its label before the count) as on any other."""
    bound = _Bound(Pairs(tuple(_PROSE)), Counter())
    lines = [SideLine(tuple(text.split()[:2]) if k % 3 == 0 else None, tuple(text.split()))
             for k, text in enumerate(_side_by_side())]
    for line in lines:
        widest = _Splits(line, bound)
        widest.upto(40.0, 40.0)
        for widths in [(16.0, 20.0, 56.0), (24.0, 24.0, 56.0), (40.0, 12.0, 50.0)]:
            assert _dealt(_cuts(widest, widths)) == _dealt(_cuts(_Splits(line, bound), widths))


def _dealt(cuts: list[_Cut]) -> list[tuple[tuple[str, ...], float]]:
    """Each cut's pieces and cost alone."""
    return [(cut.pieces, cut.cost) for cut in cuts]


def _read(tmp_path: Path, table: list[str]) -> Table:
    """The post changes table read from the document's paragraphs and ``table``'s lines."""
    lines = [*_PROSE, "Annex II", "Summary of proposed post changes",
             "Component/subprogramme Posts Grade Description Reason for change",
             *table, "9.3 Next paragraph."]
    path = tmp_path / "posts.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return next(b for b in read_text(path).blocks if isinstance(b, Table)
                and b.parts[0].header[0][0].text == "Component/subprogramme")
