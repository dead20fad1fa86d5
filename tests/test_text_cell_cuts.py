"""Prose cells printed one after another (``pdftotext -raw``, pypdfium2): where each
cell ends (``extract/text_cell_cuts.py``). Made-up rows."""

from __future__ import annotations

from unfascicle.extract.text_cell_cuts import _CellCosts, cut_pages
from unfascicle.extract.text_prose import ProseLine, prose_rows
from unfascicle.extract.text_sidebyside import printed_size, word_pairs


def _cells(pages: list[list[str]], count: int, wording: list[str] | None = None) -> list[str]:
    pairs = word_pairs([*wording, *(t for page in pages for t in page)]) if wording else None
    cut = cut_pages(pages, count, pairs)
    assert cut is not None
    return [" ".join(cell) for cell in cut]


def test_a_line_full_in_a_proportional_face_ends_no_cell() -> None:
    """"The General" would hold "Assembly" by a count of characters (the widest line
    has 23 of them), not in the face's advance widths (capitals are wide, "i" and "l"
    narrow): it is no cell's last line."""
    lines = ["Stations filled in a", "little while with the", "staff in all the cities",
             "The General", "Assembly approved the", "little plan in all the", "cities",
             "The General", "Assembly noted it"]
    assert _cells([lines], 3) == [
        "Stations filled in a little while with the staff in all the cities",
        "The General Assembly approved the little plan in all the cities",
        "The General Assembly noted it"]


def test_a_cell_ends_with_no_word_the_document_never_ends_a_clause_with() -> None:
    """Where the fill cannot tell (every line about full), a cell does not end with a
    word the document never puts before a stop ("the"), nor part two words it binds."""
    wording = ["The report of the mission was adopted by the Council of the region.",
               "The Council of the region adopted the report of the mission.",
               "Members of the Council noted the plan of the region."]
    lines = ["Eleven reports of", "the Council adopted", "Nine reports of the",
             "Council adopted", "Seven reports of the", "Council adopted"]
    assert _cells([lines], 3, wording) == [
        "Eleven reports of the Council adopted", "Nine reports of the Council adopted",
        "Seven reports of the Council adopted"]


def test_neighbouring_cells_opening_alike_are_cells() -> None:
    """A row whose cells say the same: a cell opens where its words repeat those the
    cell before it opens with, not at a paragraph of its own inside a cell."""
    lines = ["Positive results on", "the plan and its", "reports", "First body: 90 per", "cent",
             "Positive results on", "the plan and its", "reports", "First body: 95 per", "cent",
             "Maintain positive", "results on the plan", "and its reports",
             "Maintain positive", "results on the plan", "and its reports"]
    assert _cells([lines], 4) == [
        "Positive results on the plan and its reports First body: 90 per cent",
        "Positive results on the plan and its reports First body: 95 per cent",
        "Maintain positive results on the plan and its reports",
        "Maintain positive results on the plan and its reports"]


def test_list_items_and_closing_brackets_open_no_cell() -> None:
    """A dash before a lower-case word is a list's item in a cell, and a line opening
    with a bracket that a line above opened ("Add.1)") goes on that line's cell."""
    lines = ["Shared views among", "the organizations on:", "– data at the national",
             "level (CEB/2023/1/", "Add.2)", "– duties to all future", "generations",
             "Collective thinking", "among the members", "(CEB/2024/2/", "Add.1)"]
    assert _cells([lines], 2) == [
        "Shared views among the organizations on: – data at the national level "
        "(CEB/2023/1/ Add.2) – duties to all future generations",
        "Collective thinking among the members (CEB/2024/2/ Add.1)"]


def test_a_line_an_extractor_ran_together_does_not_widen_the_columns() -> None:
    """A line far wider than most (two lines an extractor printed as one) gives the
    columns no measure: the widest of the others does, so full lines stay full."""
    lines = ["Member States have", "access to guidance", "on developing local policies",
             "and practices to", "address the effects", "Member States took",
             "up the guidance and", "developed policies", "Member States use",
             "the guidance to shape", "their own policies"]
    costs = _CellCosts(lines, None)
    assert costs.widest == max(printed_size(t) for t in lines if t != lines[2])


def test_a_row_s_cells_are_about_as_long_as_each_other() -> None:
    """Where the fill cannot tell a cell's end from a line that filled its column
    ("Development Report" / "2023, giving"), the cells are cut about as long."""
    lines = ["Member States gained", "access to the Global", "Development Report",
             "2023, giving a review", "at the midpoint of", "the Agenda",
             "The Global", "Development Report", "2023 served as a", "resource for Member",
             "States to shape policy",
             "Member States use", "the Global", "Development Report", "2027 for policy",
             "guidance"]
    assert _cells([lines], 3) == [
        "Member States gained access to the Global Development Report 2023, giving a review "
        "at the midpoint of the Agenda",
        "The Global Development Report 2023 served as a resource for Member States to shape "
        "policy", "Member States use the Global Development Report 2027 for policy guidance"]


def test_a_cell_seldom_opens_with_a_bracket() -> None:
    """A full line before a bracketed aside ("(Colombia, …") goes on in it: a cell
    opens like a sentence, seldom with a bracket."""
    lines = ["Stakeholders in the", "humanitarian system,", "including partners",
             "in four countries", "(Colombia, the Niger,", "Peru and Chad), start",
             "a pilot for all the", "responses",
             "Improved listening", "methods adopted in", "four pilot countries",
             "and shared with all", "the partners",
             "Increased local", "participation in the", "design of responses",
             "in the countries of", "the pilot"]
    assert _cells([lines], 3)[0] == (
        "Stakeholders in the humanitarian system, including partners in four countries "
        "(Colombia, the Niger, Peru and Chad), start a pilot for all the responses")


def test_a_row_going_on_at_the_next_page_goes_on_with_its_unfinished_cells() -> None:
    """A row broken by a page: every cell opens on the first page, and the second
    page's lines go on with the cell whose line there ends unfinished ("of")."""
    wording = ["The report of the mission was adopted by the Council of the region.",
               "The needs of the staff of the mission and the plans of the region."]
    pages = [["Progress on the network", "of mediators in the", "region",
              "Enhanced capacity of", "the staff of the region,", "including the plans of",
              "Enhanced capacity", "of the staff of the", "region in mediation"],
             ["building needs of the", "staff of the mission"]]
    assert _cells(pages, 3, wording) == [
        "Progress on the network of mediators in the region",
        "Enhanced capacity of the staff of the region, including the plans of building "
        "needs of the staff of the mission",
        "Enhanced capacity of the staff of the region in mediation"]


def test_a_wide_note_under_cells_printed_one_after_another_is_no_side_by_side_line() -> None:
    """A note under the table, wider than the header of years, is read with the row
    (no blank line ends it): its first line is one cell's first line, narrow, so the
    cells are printed one after another, not side by side."""
    header = ProseLine("2023 (actual) 2024 (actual) 2025 (planned)", 1, 0, 1)
    texts = ["Staff provided views", "on the standards", "Legal offices gave", "their views",
             "Member States adopt", "the standards",
             "a Share of the recommendations accepted by the organizations that receive them."]
    rows = prose_rows([header], [ProseLine(t, 1, 0, 2 + k) for k, t in enumerate(texts)], 3)
    assert [row.cells[:2] for row in rows] == [
        ["Staff provided views on the standards", "Legal offices gave their views"]]


def test_the_last_cell_on_a_row_s_first_page_may_be_the_one_going_on() -> None:
    """The first page's last cell ends at the page's end: where it ends with a word
    the document never ends a clause with ("the"), it is the cell going on, not one
    before it that ended (whose end the page's end does not show either)."""
    wording = ["The staff of the region and the partners of the plan met the Forum.",
               "Adoption of the plan at the session of the Forum in the region."]
    pages = [["–", "Adoption of the plan", "at the first session", "of the Forum",
              "Sustained support,", "including in the", "areas of finance, to",
              "drive the uptake of the"],
             ["implementation of", "the plan"]]
    assert _cells(pages, 3, wording) == [
        "–", "Adoption of the plan at the first session of the Forum",
        "Sustained support, including in the areas of finance, to drive the uptake of the "
        "implementation of the plan"]
