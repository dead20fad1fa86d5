"""Cells of a row printed side by side one space apart (pdfplumber's flat text of a
performance measure table), read back by column width and word wrap.

The synthetic rows are set as a word processor sets them: each cell wrapped
greedily at one column width in a proportional face (the standard Times advance
widths), the cells' lines printed side by side, top-aligned.
"""

from __future__ import annotations

import numpy as np
import pytest
from pdfminer.fontmetrics import FONT_METRICS

from unfascicle.extract.text_sidebyside import split_side_by_side, word_pairs

_ADVANCE = FONT_METRICS["Times-Roman"][1]


def _width(text: str) -> float:
    return sum(_ADVANCE.get(ch, 500) for ch in text) / 1000


def _wrap(text: str, column: float) -> list[str]:
    """``text`` wrapped greedily in a column ``column`` ems wide."""
    lines: list[str] = []
    for word in text.split():
        if lines and _width(f"{lines[-1]} {word}") <= column:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


def _side_by_side(cells: list[str], column: float) -> list[str]:
    """The lines a flat-text extractor prints of ``cells`` set side by side."""
    wrapped = [_wrap(cell, column) for cell in cells]
    return [" ".join(c[k] for c in wrapped if k < len(c))
            for k in range(max(len(c) for c in wrapped))]


HEADER = "2023 (actual) 2024 (actual) 2025 (planned)"
CELLS = [
    "Informal discussions and consultations resulting in at least three countries "
    "expressing interest in being involved in the pilot initiative",
    "Improved reporting by two countries of debt data to public and international "
    "institutions, including submission to the quarterly database",
    "Improved interactions between at least three developing countries and credit "
    "rating agencies on the quality of their sovereign ratings",
    "Three developing countries expand coverage of their debt bulletin",
]


def test_cells_are_read_back_by_column_width() -> None:
    lines = _side_by_side(CELLS, 8.5)
    assert len(lines) > 5 and all(len(line.split()) > 3 for line in lines[:3])
    assert split_side_by_side(HEADER, lines, len(CELLS)) == CELLS


def test_cells_of_another_width_and_count() -> None:
    cells = CELLS[:3]
    assert split_side_by_side(HEADER, _side_by_side(cells, 10.5), 3) == cells


def test_a_lone_dash_on_the_first_line_is_a_cell() -> None:
    lines = _side_by_side(CELLS[:3], 8.5)
    lines[0] = "– " + lines[0]
    header = "2023 (actual) 2024 (actual) 2025 (actual) 2026 (planned)"
    assert split_side_by_side(header, lines, 4) == ["–", *CELLS[:3]]


def test_two_cells_after_two_dashes_are_split() -> None:
    # the two cells' first line is narrower than the whole header: read all the same
    lines = _side_by_side(CELLS[2:], 8.5)
    lines[0] = "– – " + lines[0]
    header = "2023 (actual) 2024 (actual) 2025 (actual) 2026 (planned)"
    assert split_side_by_side(header, lines, 4) == ["–", "–", *CELLS[2:]]


@pytest.mark.parametrize("dashes", [1, 2])
def test_cells_printed_a_cell_per_line_after_dashes_are_left_unsplit(dashes: int) -> None:
    lines = [line for cell in CELLS[dashes:] for line in _wrap(cell, 8.5)]
    lines[0] = "– " * dashes + lines[0]
    header = "2023 (actual) 2024 (actual) 2025 (actual) 2026 (planned)"
    assert split_side_by_side(header, lines, 4) is None


def test_text_printed_a_cell_per_line_is_left_unsplit() -> None:
    lines = [line for cell in CELLS for line in _wrap(cell, 8.5)]
    assert split_side_by_side(HEADER, lines, len(CELLS)) is None


def test_ideographs_are_left_to_the_other_readers() -> None:
    assert split_side_by_side("2023 2024 2025", ["项目 进展 目标", "完成 实施 评估"], 3) is None


# Cells whose wrap alone leaves the column boundaries open: a short word ending one
# column's line fits as well at the start of the next column's.
AMBIGUOUS = [
    "Online resilience management system repository available to enhance information "
    "sharing",
    "United Nations system organizations develop and share software for automated "
    "business continuity planning",
    "United Nations system organizations adopt new practices such as tools and "
    "procedures for responding to medical emergencies",
]


def test_the_documents_own_wording_places_the_column_boundaries() -> None:
    lines = _side_by_side(AMBIGUOUS, 9.0)
    # the narrative says what the table says, as a fascicle's paragraphs do
    document = [*lines, "The plan for the year: " + " ".join(AMBIGUOUS) + "."]
    assert split_side_by_side(HEADER, lines, 3, word_pairs(document)) == AMBIGUOUS


def test_wording_met_only_on_the_rows_own_lines_counts_for_nothing() -> None:
    # pairs joined only by side-by-side printing ("enhance United") are no evidence
    lines = _side_by_side(AMBIGUOUS, 9.0)
    assert split_side_by_side(HEADER, lines, 3, word_pairs(lines)) \
        == split_side_by_side(HEADER, lines, 3)


def test_the_documents_wording_does_not_split_text_printed_a_cell_per_line() -> None:
    lines = [line for cell in CELLS for line in _wrap(cell, 8.5)]
    document = [*lines, " ".join(CELLS)]
    assert split_side_by_side(HEADER, lines, len(CELLS), word_pairs(document)) is None



def test_two_of_three_columns_printed_a_cell_per_line_are_left_unsplit() -> None:
    # a line of one column alone is as wide as two columns' share of the header
    lines = [line for cell in CELLS[:2] for line in _wrap(cell, 12.0)]
    lines[0] = "– " + lines[0]
    assert split_side_by_side("2023 (actual) 2024 (actual) 2025 (actual)", lines, 3) is None


def test_a_one_letter_prefix_is_not_a_place_to_wrap() -> None:
    # "e-" would fit at the end of a line, but a word is not broken after a lone letter
    cells = ["Countries adopt policies for measuring e-commerce and the digital economy",
             "Statistical offices publish e-commerce statistics from business surveys in "
             "three regions",
             "Member States use the e-deleGATE portal for all the e-meetings of the Committee"]
    assert split_side_by_side(HEADER, _side_by_side(cells, 10.0), 3) == cells


def _wrap_at_hyphens(text: str, column: float) -> list[str]:
    """``text`` wrapped greedily, a word also broken after any of its inner hyphens."""
    lines: list[str] = []
    for word in text.split():
        parts = [part + "-" for part in word.split("-")]
        parts[-1] = parts[-1][:-1]
        for k, part in enumerate(parts):
            joined = f"{lines[-1]}{'' if k else ' '}{part}" if lines else part
            if lines and _width(joined) <= column:
                lines[-1] = joined
            else:
                lines.append(part)
    return lines


def test_a_word_broken_at_its_hyphen_is_joined_as_the_document_prints_it() -> None:
    cells = ["Member States have better evidence for decision-making on the budget",
             "Member States have near-real-time data for decision-making on debt",
             "Member States have on-demand reports for decision-making in all regions"]
    wrapped = [_wrap_at_hyphens(cell, 11.0) for cell in cells]
    lines = [" ".join(c[k] for c in wrapped if k < len(c))
             for k in range(max(map(len, wrapped)))]
    assert any(word.endswith("-") for line in lines for word in line.split())
    document = [*lines, "decision-making and near-real-time data on-demand"]
    got = split_side_by_side(HEADER, lines, 3, word_pairs(document))
    assert got is not None and [cell.replace("- ", "-") for cell in got] == cells


def _searched(width: float, narrowest: bool = False):
    """What a search of ``AMBIGUOUS`` printed side by side ``width`` wide starts from:
    its lines' words, the words' known pairs, the plain widths tried and each line's
    splits, no column wider than the widest width tried (``narrowest``: the narrowest)."""
    from unfascicle.extract import text_sidebyside as sbs

    lines = [line.split() for line in _side_by_side(AMBIGUOUS, width)]
    ids = {w: k + 1 for k, w in enumerate(dict.fromkeys(w.lower() for ws in lines for w in ws))}
    known = sbs._known(*sbs._odds(lines, ids, word_pairs([" ".join(AMBIGUOUS)])))
    widths = sbs._widths(lines, 3)
    unended = np.zeros(len(ids) + 1, dtype=bool)
    figures = np.array([False, *map(sbs._figure, ids)])
    limit = np.full(3, widths[0 if narrowest else -1] * sbs._OVERFLOW)
    going = np.zeros(len(ids) + 1, dtype=bool)
    dealt = [sbs._Line.of(words, limit, ids, known, unended, (figures, going), i == 0)
             for i, words in enumerate(lines)]
    return lines, known, widths, dealt


def test_widths_searched_together_read_as_each_searched_alone() -> None:
    # the search shares each line's work among the widths tried, never their states
    from unfascicle.extract import text_sidebyside as sbs

    lines, known, widths, dealt = _searched(9.0)
    cols = np.repeat(np.array(widths)[:, None], 3, axis=1)
    cols[1::2, 0] += 1.0  # widths of their own for the first column too
    together = sbs._Search.of(lines, dealt, cols, known)
    found = 0
    for k, col in enumerate(cols):
        alone = sbs._Search.of(lines, dealt, col[None], known)
        assert alone.cost[0] == together.cost[k]
        if np.isfinite(alone.cost[0]):
            assert alone.reading(0) == together.reading(k)
            found += 1
    assert found > 3 and len(set(together.cost[np.isfinite(together.cost)])) > 3


def test_widths_searched_coarse_to_fine_read_as_all_searched() -> None:
    # every third width first, then those beside the cheap ones: the best width, and
    # every width read almost as cheaply, are found as a search of all finds them,
    # and wide widths far dearer than the best are left unsearched
    from unfascicle.extract import text_sidebyside as sbs

    lines, known, widths, dealt = _searched(12.0)
    full = sbs._Search.of(lines, dealt, np.repeat(np.array(widths)[:, None], 3, axis=1), known)
    coarse = sbs._Widths.of(lines, dealt, widths, 3, known)
    at = full.best()
    assert at is not None and coarse.best() == at
    assert coarse.reading(at) == full.reading(at)
    near = full.cost <= full.cost[at] + sbs._NEAR_WIDTH
    assert (coarse.cost[near] == full.cost[near]).all()
    assert (coarse.cost[~near] > full.cost[at] + sbs._NEAR_WIDTH).all()
    assert np.isinf(coarse.cost[np.isfinite(full.cost)]).sum() >= 5


def test_a_width_between_coarse_ones_too_narrow_is_searched() -> None:
    # no coarse width holds the longest word: the widths between are searched too
    from unfascicle.extract import text_sidebyside as sbs

    lines, known, tried, dealt = _searched(9.0, narrowest=True)
    low = tried[0]
    widths = [1.0, 1.5, 2.0, 2.5, low]  # only the last holds every word
    full = sbs._Search.of(lines, dealt, np.full((1, 3), low), known)
    found = sbs._Widths.of(lines, dealt, widths, 3, known)
    assert found.best() == 4 and found.cost[4] == full.cost[0]
    assert found.reading(4) == full.reading(0)


def test_a_cell_does_not_end_with_a_word_the_document_never_ends_a_clause_with() -> None:
    # "Office" fits the third column's last line as well as the second's; the
    # document uses "the" often and never before a stop or comma, so a cell ending
    # "of the" is the wrong reading
    cells = [CELLS[0],
             "Improved access of small island developing States to the services of the Office",
             "The secretariat publishes the results of the survey of the member States"]
    lines = _side_by_side(cells, 9.0)
    document = [*lines, *(cell + "." for cell in [*cells, *CELLS, *AMBIGUOUS])]
    assert split_side_by_side(HEADER, lines, 3, word_pairs(document)) == cells


@pytest.mark.parametrize(("words", "least"), [
    (["(1", "project)"], "(1 project)"),
    (["$9.3", "million"], "$9.3 million"),
    (["1,250", "staff"], "1,250 staff"),
    (["(A/12/34", "and"], "(A/12/34"),
    (["2024", "appropriation"], "2024"),
    (["(2025)", "annex"], "(2025)"),
])
def test_a_bracketed_or_signed_figure_wraps_with_its_noun(words: list[str], least: str) -> None:
    # house style binds a number to its noun, whatever bracket or sign it carries;
    # a year (four figures, no thousands separator) is no quantity and binds nothing
    from unfascicle.extract.text_sidebyside import least_part

    assert least_part(words) == least


def _set_at(cells: list[str], columns: list[float]) -> list[str]:
    """The lines a flat-text extractor prints of ``cells`` set side by side, each in
    its own column ``columns`` ems wide."""
    wrapped = [_wrap(cell, column) for cell, column in zip(cells, columns, strict=True)]
    return [" ".join(c[k] for c in wrapped if k < len(c)) for k in range(max(map(len, wrapped)))]


def test_the_tables_first_column_may_be_set_wider() -> None:
    # a table's columns are set by hand: here the first is an em wider than the rest
    lines = _set_at(CELLS, [11.0, 10.0, 10.0, 10.0])
    document = [*lines, "The plan: " + " ".join(CELLS) + "."]
    assert split_side_by_side(HEADER, lines, len(CELLS), word_pairs(document)) == CELLS


def _set_apart(first: str, second: str, others: list[str], column: float) -> list[str]:
    """The lines of a row whose first cell's second paragraph is set a little apart:
    below the first paragraph that cell prints on a baseline of its own, its lines
    alternating with the other cells' lines."""
    own, apart = _wrap(first, column), _wrap(second, column)
    wrapped = [_wrap(cell, column) for cell in others]
    lines = [" ".join([own[k], *(c[k] for c in wrapped if k < len(c))]) for k in range(len(own))]
    rest = [" ".join(c[k] for c in wrapped if k < len(c))
            for k in range(len(own), max(map(len, wrapped)))]
    for k in range(max(len(rest), len(apart))):
        lines += [*rest[k:k + 1], *apart[k:k + 1]]
    return lines


def test_a_paragraph_set_apart_on_its_own_baseline_stays_in_its_column() -> None:
    first = "Member States adopt the plan"
    second = ("Member States report on the implementation of the plan to the Commission "
              "at its next session in the capital")
    lines = _set_apart(first, second, CELLS[1:3], 8.5)
    assert "Member States" in lines  # the paragraph's first line between the others'
    cells = [f"{first} {second}", *CELLS[1:3]]
    document = [*lines, "The plan: " + " ".join(cells) + "."]
    assert split_side_by_side(HEADER, lines, 3, word_pairs(document)) == cells


def test_two_words_the_document_never_puts_together_are_not_joined_by_a_wrap() -> None:
    # "of" and "the" are so frequent that chance alone would join them to "and" and
    # "of" many times; a document that never writes "of and" or "the of" says a
    # wrap joining them is the wrong reading
    cells = ["Member States adopt the joint staff of the review and the annual session of "
             "the budget",
             "Member States adopt the full data of the session and the joint travel of the rules",
             "Entities publish the joint mandate of the staff and the new staff of the board"]
    lines = _side_by_side(cells, 9.0)
    prose = ("The plan of the year and the work of the staff and the report of the Board and "
             "the review of the rules and the use of the funds and the cost of the travel and "
             "the size of the team and the scope of the study.")
    assert split_side_by_side(HEADER, lines, 3, word_pairs([*lines, *[prose] * 4])) == cells
    # the row's own lines alone say nothing of "the of" (the cells' ends read it
    # right all the same: "of" and "the" never end a clause there either)
    from unfascicle.extract.text_sidebyside import _known, _odds

    words = [line.split() for line in lines]
    ids = {w: k + 1 for k, w in enumerate(dict.fromkeys(w.lower() for ws in words for w in ws))}
    for document, bound in (([*lines, *[prose] * 4], -1.0), (lines, 0.0)):
        assert _known(*_odds(words, ids, word_pairs(document)))[ids["the"], ids["of"]] == bound


def test_words_met_far_more_seldom_than_chance_earn_a_wrap_no_credit() -> None:
    # another side-by-side row of the document met "the" and "and" at a column
    # boundary once; frequent words that rarely follow each other ("the and") are
    # such meetings, not the document's wording: a wrap joining them earns nothing
    cells = ["A political declaration with commitments was adopted by Member States at "
             "the third conference",
             "Member States advance the objectives contained in the political declaration "
             "and support the implementation of commitments",
             "Member States negotiate and adopt a resolution on the modalities for the "
             "fourth conference, and preparations commence"]
    lines = _side_by_side(cells, 10.5)
    assert lines[2].endswith("the modalities for the") and "the third and" in lines[3]
    prose = ("The plan of the year and the work of the staff and the report of the Board and "
             "the review of the rules and the use of the funds and the cost of the travel and "
             "the size of the team and the scope of the study.")
    document = [*lines, *[prose] * 4, "the and"]
    assert split_side_by_side(HEADER, lines, 3, word_pairs(document)) == cells


def test_a_wrap_earns_less_credit_the_more_seldom_than_chance_its_words_meet() -> None:
    # frequent words meet all kinds of words, many less often than chance would have
    # it ("of staff", a third as often): a wrap joining them earns full credit; two
    # frequent words the document puts together once where chance would seven times
    # ("regional and") are more likely a column boundary's meeting than one cell's
    # wording, and earn a wrap less than half; ten times more seldom, nothing
    from unfascicle.extract.text_sidebyside import _odds, _wrap_credit

    prose = ("The offices and the agencies of the regional system. The funds and the staff "
             "of the regional system and the offices.")
    lines = [["regional", "of", "the"], ["and", "staff"]]
    ids = {w: k + 1 for k, w in enumerate(w for words in lines for w in words)}
    odds, _ = _odds(lines, ids, word_pairs([*[prose] * 12, "regional and", "of staff", "the and"]))
    credit = _wrap_credit(odds)
    assert credit[ids["of"], ids["staff"]] == 1.0
    assert 0.0 < credit[ids["regional"], ids["and"]] < 0.5
    assert credit[ids["the"], ids["and"]] == 0.0


def test_the_tables_last_column_may_be_set_wider() -> None:
    # the other edge of a table set by hand: its last column an em wider than the rest
    lines = _set_at(CELLS, [10.0, 10.0, 10.0, 11.0])
    document = [*lines, "The plan: " + " ".join(CELLS) + "."]
    assert split_side_by_side(HEADER, lines, len(CELLS), word_pairs(document)) == CELLS


def test_neighbouring_cells_saying_the_same_print_twin_fragments() -> None:
    # "programmes programmes them": the two twins are the two cells' last lines, and
    # the third cell's last word is a line of its own
    cells = ["Three in the region by Member States stakeholder policies or programmes",
             "Four in the region by Member States stakeholder policies or programmes",
             "Member States adopt new plans for the regions and report on them"]
    lines = _side_by_side(cells, 10.0)
    assert lines[-1] == "programmes programmes them"
    document = [*lines, "The plans: " + " ".join(cells) + "."]
    assert split_side_by_side(HEADER, lines, 3, word_pairs(document)) == cells


def _set_on_baselines(cells: list[str], column: float) -> list[str]:
    """The lines of a row whose cells' later paragraphs (after a line break in the
    cell) are set half a line apart: each prints on baselines of its own, its lines
    alternating with the other cells' lines where those run on."""
    at: dict[float, list[str]] = {}
    for cell in cells:
        y = 0.0
        for k, paragraph in enumerate(cell.split("\n")):
            y += 0.5 if k else 0.0
            for line in _wrap(paragraph, column):
                at.setdefault(y, []).append(line)
                y += 1.0
    return [" ".join(at[y]) for y in sorted(at)]


def test_a_column_resuming_later_is_read_on_the_path_that_lets_it() -> None:
    # the third cell's paragraph set apart alternates with the second cell's last
    # lines: each resumes after a line of the other's, which costs nothing only on
    # the path where the lines before printed those columns, not the cheapest so far
    cells = ["Online resilience management system repository available to enhance "
             "information sharing",
             "Enhanced regional liaison through diversified and increased engagement with "
             "partners, including Member States, donor countries, research institutes and "
             "academia",
             "Increased engagement by research institutes and academics, enabling better "
             "analysis of national and regional dynamics\nEnhanced regional liaison through "
             "expanded engagement at the strategic level and"]
    lines = _set_on_baselines(cells, 9.0)
    assert "Enhanced regional" in lines  # the paragraph's first line between the others'
    want = [cell.replace("\n", " ") for cell in cells]
    document = [*lines, "The plan: " + " ".join(want) + "."]
    assert split_side_by_side(HEADER, lines, 3, word_pairs(document)) == want


def test_a_cell_does_not_end_with_a_word_the_document_uses_seldom_and_never_ends_on() -> None:
    # "related" fits the second column's last line or the first's; the document uses
    # it twice, never before a stop or comma, and ends its clauses often: too seldom
    # a word to count among the words that never end one, yet unlikely to end a cell
    cells = ["Users continue to gain from upgrades, including the new package and related "
             "dependencies",
             "Users gained from upgrades that protect assets and improve the widespread "
             "availability of data",
             "Users will gain from the upgrade of the system for the year",
             "Users will gain from the upgrade of the system for the year"]
    lines = _side_by_side(cells, 10.0)
    document = [*lines, cells[0] + ".", *["The report was issued on time."] * 1000]
    header = "2023 (actual) 2024 (actual) 2025 (actual) 2026 (planned)"
    assert split_side_by_side(header, lines, 4, word_pairs(document)) == cells


def test_a_wrap_joins_words_a_neighbouring_cell_prints_together() -> None:
    # the document has no other wording; the second cell says what the first says, so
    # "policies and" printed in the first cell's line marks the second's wrap there
    cells = ["Burkina Faso equipped with tailored analysis of sectoral policies and their "
             "impact on poverty and inequality",
             "Chad and Mali equipped with tailored analysis of sectoral policies and their "
             "impact on poverty and inequality reduction",
             "An additional country is equipped with policy options to address inequality "
             "and reduce poverty"]
    lines = _side_by_side(cells, 9.5)
    assert split_side_by_side(HEADER, lines, 3, word_pairs(lines)) == cells


def test_cells_with_short_first_lines_after_dashes_are_split() -> None:
    # "Three policy" and "Four policy" wrap before a long word: their first line is
    # narrower than the two planned years' headings, yet holds both cells' first lines
    header = "2023 (actual) 2024 (actual) 2025 (actual) 2026 (planned) 2027 (planned)"
    cells = ["Three policy recommendations from regional discussions adopted or reflected "
             "in national policies or programmes",
             "Four policy recommendations from regional discussions adopted or reflected in "
             "national policies or programmes"]
    lines = _side_by_side(cells, 8.5)
    lines[0] = "– – – " + lines[0]
    assert lines[0] == "– – – Three policy Four policy"
    assert split_side_by_side(header, lines, 5) == ["–", "–", "–", *cells]


def test_a_lone_dash_between_cells_is_a_cell_one_line_tall() -> None:
    # the middle year has nothing to report: its dash sits between the other two
    # cells' first lines, and those two run on below without it
    cells = [AMBIGUOUS[0], AMBIGUOUS[2]]
    wrapped = [_wrap(cell, 12.0) for cell in cells]
    lines = [" ".join(c[k] for c in wrapped if k < len(c))
             for k in range(max(map(len, wrapped)))]
    first = lines[0].split()
    lines[0] = " ".join([*first[:len(wrapped[0][0].split())], "–",
                         *first[len(wrapped[0][0].split()):]])
    assert "–" in lines[0].split()[1:-1]
    document = [*lines, "The plan: " + " ".join(cells) + "."]
    got = split_side_by_side(HEADER, lines, 3, word_pairs(document))
    assert got == [cells[0], "–", cells[1]]


def test_neighbouring_cells_wrapping_alike_keep_their_columns() -> None:
    # the first two years say the same with another figure: their lines wrap alike,
    # "misconduct / was" in both columns, and that marks where each column goes on
    # (the row's own lines are all the document has)
    cells = ["The average age of cases closed with outcomes given to victims of misconduct "
             "was 16.2 months",
             "The average age of cases closed with outcomes given to victims of misconduct "
             "was 15.8 months",
             "Piloted tools enhance case processing capacity, leading to a reduction in the "
             "average time taken"]
    lines = _side_by_side(cells, 9.0)
    assert split_side_by_side(HEADER, lines, 3, word_pairs(lines)) == cells


def _paragraphs_side_by_side(cells: list[str], column: float) -> list[str]:
    """The lines of ``cells`` set side by side, each paragraph of a cell (after a
    line break) starting a line of its own."""
    wrapped = [[line for paragraph in cell.split("\n") for line in _wrap(paragraph, column)]
               for cell in cells]
    return [" ".join(c[k] for c in wrapped if k < len(c)) for k in range(max(map(len, wrapped)))]


def test_cells_of_several_paragraphs_keep_them_in_their_columns() -> None:
    # three years report per committee in paragraphs of their own, the two planned
    # years in one: the second paragraphs start where the first ones left room
    cells = ["Overall satisfaction with the services provided\nFifth Committee of the "
             "General Assembly: 95 per cent\nCommittee for Programme and Coordination: 97 "
             "per cent",
             "Overall satisfaction with the services provided\nFifth Committee of the "
             "General Assembly: 100 per cent\nCommittee for Programme and Coordination: 97 "
             "per cent",
             "Overall satisfaction with services provided\nFifth Committee of the General "
             "Assembly: 89 per cent\nCommittee for Programme and Coordination: 93 per cent",
             "Maintain overall satisfaction with the services provided",
             "Maintain overall satisfaction with the services provided"]
    lines = _paragraphs_side_by_side(cells, 9.5)
    document = [*lines, *(cell.replace("\n", ". ") + "." for cell in cells)]
    header = "2023 (actual) 2024 (actual) 2025 (actual) 2026 (planned) 2027 (planned)"
    assert split_side_by_side(header, lines, 5, word_pairs(document)) \
        == [cell.replace("\n", " ") for cell in cells]


def test_two_frequent_words_are_bound_only_as_far_as_beyond_chance() -> None:
    # "of the" follows as often as two such frequent words would by chance: a column
    # boundary parting them says little; "social development" is bound for sure
    from unfascicle.extract.text_sidebyside import _LEAST_BOUND, _known, _odds

    prose = ("The review of the plan and the report of the Board and the work of the staff "
             "and the use of the funds for social development in the region.")
    lines = [["work", "of"], ["the", "social"], ["development"]]
    ids = {w: k + 1 for k, w in enumerate(["work", "of", "the", "social", "development"])}
    known = _known(*_odds(lines, ids, word_pairs([prose] * 5)))
    assert _LEAST_BOUND <= known[ids["of"], ids["the"]] < 0.75
    assert known[ids["social"], ids["development"]] == 1.0


def test_two_frequent_words_met_far_more_seldom_than_chance_are_not_bound() -> None:
    # another side-by-side row met "of" and "and" at a column boundary once: so
    # seldom against chance, a boundary parting them there is the likely reading,
    # as where the document never puts them together
    from unfascicle.extract.text_sidebyside import _known, _odds

    prose = ("The plan of the year and the work of the staff and the report of the Board and "
             "the review of the rules and the use of the funds and the cost of the travel and "
             "the size of the team and the scope of the study.")
    lines = [["review", "of"], ["and", "the"]]
    ids = {w: k + 1 for k, w in enumerate(["review", "of", "and", "the"])}
    for document in ([prose] * 9, [*[prose] * 9, "a basis of and"]):
        assert _known(*_odds(lines, ids, word_pairs(document)))[ids["of"], ids["and"]] == -1.0


def test_a_path_is_kept_for_the_cells_it_would_end_as_well_as_its_cost_so_far() -> None:
    # a cell's last word is charged at the row's end ("of", "the" end no cell); a path
    # costing least so far may leave a column ending on such a word, so the search
    # also keeps each state's best path as if the row ended there
    cells = ["Partners review the shared plan of the framework in mandates in budgets",
             "Three countries support the national platform of the staff and the joint "
             "session of the strategy",
             "Entities expand the digital budget of the report and the technical framework "
             "of the board and the joint session of the session",
             "Entities review the revised session of the session and the national platform "
             "of the region",
             "Three countries support the regional board of the entity and the new plan of "
             "the office"]
    header = f"{HEADER} 2026 (planned) 2027 (planned)"
    lines = _side_by_side(cells, 7.0)
    prose = ("The plan of the year and the work of the staff and the report of the Board and "
             "the review of the rules and the use of the funds and the cost of the travel and "
             "the size of the team and the scope of the study.")
    assert split_side_by_side(header, lines, 5, word_pairs([*lines, *[prose] * 4])) == cells


def test_a_path_costing_more_so_far_is_kept_while_a_column_may_resume() -> None:
    # the second cell's paragraph set apart alternates with the other cells' lines:
    # until they end, the true path costs more than one reading it into the third
    # column, a cost that the resumptions it saves win back only later
    cells = ["Member States used the plan to accelerate collective action towards "
             "sustainable, inclusive, accessible, affordable, safe, low- or zero-emission, "
             "energy-efficient, quality, reliable and resilient transport systems worldwide",
             "Countries report on progress made in the implementation of the plan in the "
             f"region\n{CELLS[2]}",
             "Member States, specialized agencies, funds, programmes and bodies of the United "
             "Nations, other intergovernmental organizations, NGOs and stakeholders carried "
             "out inclusive consultations to inform the implementation plan"]
    lines = _set_on_baselines(cells, 10.0)
    want = [cell.replace("\n", " ") for cell in cells]
    document = [*lines, "The plan: " + " ".join(want) + "."]
    assert split_side_by_side(HEADER, lines, 3, word_pairs(document)) == want


def test_columns_resume_where_the_baselines_meet() -> None:
    # every cell's later paragraphs are set apart: the first cell's lines alternate
    # with the others', and where both baselines meet the flat text joins them in
    # one line ("oversight of the 30 per cent: 35 per cent:"): the other columns
    # resume there with paragraphs of their own, costing nothing more
    cells = ["41 per cent: better planning\n33 per cent: stronger oversight of the funds\n"
             "26 per cent: wider use of the data",
             "60 per cent: planning, oversight and control\n30 per cent: coherence and "
             "harmonization of the work\n10 per cent: efficiency",
             "55 per cent: planning, oversight and control\n35 per cent: coherence and "
             "harmonization of the work\n10 per cent: efficiency"]
    lines = _set_on_baselines(cells, 7.0)
    assert "oversight of the 30 per cent: 35 per cent:" in lines
    want = [cell.replace("\n", " ") for cell in cells]
    document = [*lines, "The plan: " + " ".join(want) + "."]
    assert split_side_by_side(HEADER, lines, 3, word_pairs(document)) == want


@pytest.mark.parametrize(("cells", "column"), [
    (["Implementation of six ongoing capital projects, drawing on lessons learned since "
      "the capital master plan"] * 2
     + ["Major construction projects at two offices were completed, drawing on lessons "
        "learned from other projects"], 7.0),
    (["Three entities adopt the plan"] * 2
     + ["Five more entities report on the plan each year to the committee"], 7.5),
])
def test_neighbouring_cells_saying_the_same_end_alike(cells: list[str], column: float) -> None:
    # the document never ends a clause with "plan"; two neighbouring cells ending
    # with it on the same line are one piece of evidence, not two against the reading
    lines = _side_by_side(cells, column)
    document = [*lines, *(cell + "." for cell in CELLS),
                "The capital master plan for the period was set.",
                "The master plan of the Office and the plan for 2027 and the plan of work are set.",
                "A plan of action and a plan for the review, the plan in place."]
    assert split_side_by_side(HEADER, lines, 3, word_pairs(document)) == cells


def test_a_cell_does_not_end_with_a_comma() -> None:
    # a word with a comma after it ends a clause, and the document's uses of it
    # show that only as far as they are many; but a cell's list goes on after it
    from unfascicle.extract.text_sidebyside import unending

    pairs = word_pairs(["Water, energy and health services, and more services, were "
                        "planned."])
    assert pairs.unended.get("services,", 0.0) < 1.0
    assert unending("services,", pairs) == 1.0


def test_a_cell_may_end_with_a_year_its_tables_print_unpunctuated() -> None:
    # the document prints "2024" most often in its tables' headers, never before a
    # stop: no evidence that a cell does not end with it ("... Prospects 2024")
    from unfascicle.extract.text_sidebyside import unending

    cells = ["Population estimates revised in the World Settlement Prospects 2024",
             "Platforms further enhanced with data for member States and regional commissions"]
    lines = _side_by_side(cells, 10.0)
    headers = ["2023 (actual) 2024 (actual) 2025 (actual) 2026 (planned)"] * 12
    pairs = word_pairs([*headers, *lines, *(cell + "." for cell in CELLS)])
    assert pairs.unended.get("2024", 0.0) > 0.0
    assert unending("2024", pairs) == 0.0 and unending("2024,", pairs) == 1.0
    assert split_side_by_side(HEADER, lines, 2, pairs) == cells


LISTED = ["Closer cooperation among regional commissions on:\n– shared statistical "
          "registers for trade\n– joint training of customs officers",
          "Common positions of the regional commissions on:\n– financing of transport "
          "corridors\n– rules of origin for small producers",
          "Agreed regional frameworks for:\n– digital payments across borders\n– the "
          "sharing of border crossing data"]


def test_cells_listing_items_after_a_dash_keep_them_in_their_columns() -> None:
    # each cell lists items, each opening a line of its own with a dash: a dash
    # below the first line opens an item within its cell, not a cell of its own
    lines = _paragraphs_side_by_side(LISTED, 9.0)
    assert any(line.split()[0] == "–" for line in lines[1:])
    document = [*lines, *(cell.replace("\n", " ") + "." for cell in LISTED)]
    assert split_side_by_side(HEADER, lines, 3, word_pairs(document)) \
        == [cell.replace("\n", " ") for cell in LISTED]


def test_an_item_starts_a_line_whatever_room_the_line_before_left() -> None:
    # a short line before an item is no sign of a paragraph misread: an item opens a
    # line of its own, so the items stay in their columns, not after longer lines
    cells = ["Improved cooperation on:\n– customs data\n– transit rules for landlocked "
             "countries and ports",
             "Closer coordination on:\n– rules of origin for small producers in least "
             "developed countries\n– trade data",
             "Strengthened support of the least developed countries"]
    lines = _paragraphs_side_by_side(cells, 10.5)
    document = [*lines, *(cell.replace("\n", " ") + "." for cell in cells)]
    assert split_side_by_side(HEADER, lines, 3, word_pairs(document)) \
        == [cell.replace("\n", " ") for cell in cells]


def test_the_search_for_paths_ending_cheaper_keeps_what_a_full_second_pass_keeps() -> None:
    # the least moves were the row to end after them are searched only where one may
    # be kept; what is kept must be what searching every move for them keeps
    from unfascicle.extract.text_sidebyside import _LATER, _kept, _least_per_path

    rng = np.random.default_rng(7)
    for _ in range(40):
        states, nexts, columns = rng.integers(1, 40), rng.integers(1, 12), rng.integers(2, 5)
        moves = rng.integers(0, 12, (states, nexts)) / 2.0  # halves: equal costs happen
        path = np.sort(rng.integers(0, 4, states))  # the rows in order of path
        pending = rng.integers(0, 3, (states, columns)) * 1.0
        silent = rng.random((nexts, columns)) < 0.5
        ended = moves + pending @ silent.T
        found = []
        for p in np.unique(path):
            rows = np.flatnonzero(path == p)
            for least in (moves[rows].argmin(axis=0), ended[rows].argmin(axis=0)):
                found.append((np.arange(nexts), rows[least], moves[rows[least], np.arange(nexts)]))
        nxt, prev, total = (np.concatenate(f) for f in zip(*found, strict=True))
        once = np.unique(nxt * states + prev, return_index=True)[1]
        full = _kept(nxt[once], prev[once], total[once], _LATER)
        s, k = np.arange(states) + 5, np.arange(nexts)
        nxt, prev, total = _kept(*_least_per_path(moves, s, k, path, (pending, silent), _LATER),
                                 _LATER)
        assert (nxt.tolist(), (prev - 5).tolist(), total.tolist()) == tuple(
            f.tolist() for f in full)


def test_kept_moves_are_each_next_states_best_and_those_near_it_in_order() -> None:
    # a next state keeps its best move and any within _LATER of it, ordered by next
    # state, then cost, then the state moved from (equal costs happen: halves)
    from unfascicle.extract.text_sidebyside import _LATER, _kept

    rng = np.random.default_rng(11)
    dropped = 0
    for _ in range(40):
        count = rng.integers(1, 60)
        nxt, prev = rng.integers(0, 6, count), rng.permutation(count)
        total = rng.integers(0, 16, count) / 2.0
        best = {k: total[nxt == k].min() for k in set(nxt.tolist())}
        want = sorted((int(k), float(t), int(s)) for k, s, t in zip(nxt, prev, total, strict=True)
                      if t <= best[k] + _LATER)
        got = _kept(nxt, prev, total, _LATER)
        assert [(int(k), float(t), int(s)) for k, s, t in zip(*got, strict=True)] == want
        dropped += count - len(want)
    assert dropped > 0


def test_pair_odds_leave_out_the_lines_being_read() -> None:
    # a line read side by side joins words of neighbouring cells: its own pairs are
    # no evidence of how the document binds two words (one odds for every reader)
    from unfascicle.extract.text_sidebyside import pair_counts

    pairs = word_pairs(["social development goals", "social development of the plan"])
    own = pair_counts(["social development goals"])
    assert pairs.odds("social", "development", own) \
        == pytest.approx(1 / pairs.chance("social", "development"))
    assert pairs.odds("development", "goals", own) == 0.0
    assert pairs.odds("development", "goals", pair_counts([])) > 1.0


def test_where_baselines_meet_only_a_closed_paragraph_is_followed_by_a_new_one() -> None:
    # line 1 printed the second and third columns, line 2 only the first (apart,
    # going on with its paragraph set apart); line 3 prints all three, the second
    # and third opening fragments: the second column's cell ended its paragraph
    # ("compliance"), so it resumes on the other baseline at no cost; the third's
    # ended on "in", so its opening word goes on that sentence ("in | 2023") and
    # its resumption costs as any other
    from types import SimpleNamespace

    from unfascicle.extract.text_sidebyside import _History, _Turns

    state = _History(line=np.array([[2, 1, 1]]), last=np.zeros((1, 3)),
                     hyphen=np.zeros((1, 3), dtype=bool), tail=np.zeros((1, 3), dtype=int),
                     key=np.zeros((1, 3), dtype=np.int64), unended=np.array([[0.0, 0.0, 1.0]]),
                     apart=np.array([True]), opening=np.array([False]), width=np.array([0]))
    frags = SimpleNamespace(prints=np.array([False, True, True, True]),
                            opens=np.array([False, False, True, True]),
                            capital=np.array([False, False, True, False]),
                            going=np.zeros(1, dtype=bool))
    turns = _Turns.of(state, SimpleNamespace(frags=frags), np.array([[1, 2, 3]]), 3)
    assert turns.resumed(np.array([0]), np.array([0])).tolist() == [1]


def test_a_pair_the_row_prints_on_two_lines_is_not_parted() -> None:
    # the second cell says again what the first says ("quality standards and market
    # access"), which the document prints nowhere else: the same pair on two of the
    # row's lines is a phrase, so a column boundary does not part it
    cells = ["Small producers received training on export quality standards and market "
             "access",
             "Small producers in four countries improved compliance with export quality "
             "standards and market access rules",
             "Producers sell to new markets abroad"]
    lines = _side_by_side(cells, 14.5)
    prose = ["The plan of the Office for the period was approved by the Committee.",
             "Support for the work of the Council and of its subsidiary bodies continued.",
             "The secretariat prepared reports for the meetings of the Commission and for "
             "its bureau.",
             "Member States and other stakeholders were consulted on the design of the "
             "programme."]
    document = [*lines, *(cell + "." for cell in CELLS), *prose]
    assert split_side_by_side(HEADER, lines, 3, word_pairs(document)) == cells


def test_a_word_before_a_mark_is_bound_to_the_words_the_document_puts_after_it() -> None:
    # the document never puts "partners," before "including", but puts "including"
    # after a comma far more often than chance: the two are bound as the comma's
    # followers are; "the" follows a comma no more often than any word: no evidence
    from unfascicle.extract.text_sidebyside import _odds

    document = ["Support to Member States, including small island developing States.",
                "Reports were prepared, including the annual report of the Office.",
                "Training reached officials, including planners and statisticians.",
                "Meetings were held, the Council took note of the plans of the bodies.",
                "The plan of the Office for the period was approved by the Committee.",
                "The work of the Council and of the bodies of the Council continued."]
    lines = [["Guidance", "to", "partners,", "including", "the", "regional", "offices"]]
    ids = {w.lower(): k + 1 for k, w in enumerate(lines[0])}
    odds, _ = _odds(lines, ids, word_pairs([*document, " ".join(lines[0])]))
    assert odds[ids["partners,"], ids["including"]] > 2.0
    assert odds[ids["partners,"], ids["the"]] == 0.0


def test_a_column_boundary_parting_a_year_from_a_word_costs_nothing() -> None:
    # the document prints "2024 and" often ("in 2024 and 2025"), but a year ends a
    # phrase and any word may follow it: no evidence for one cell; a four-figure
    # resolution number stays bound to the year in brackets after it
    from unfascicle.extract.text_sidebyside import _after_years, _known, _odds, _repeated

    document = ["Reports were issued in 2024 and 2025 for the Council.",
                "Data for 2024 and for 2025 were compiled.",
                "Estimates for 2024 and revisions were published.",
                "The Council adopted resolution 4321 (2031) on the mission."] * 3
    lines = [["Prospects", "2024", "and", "expanded"], ["resolution", "4321", "(2031)"]]
    ids = {w.lower(): k + 1 for k, w in enumerate(dict.fromkeys(sum(lines, [])))}
    known = _known(*_odds(lines, ids, word_pairs(document)))
    parted = _repeated(known, lines, ids)
    assert parted[ids["2024"], ids["and"]] > 0 and parted[ids["4321"], ids["(2031)"]] > 0
    free = _after_years(parted, ids)
    assert free[ids["2024"], ids["and"]] == 0.0
    assert free[ids["4321"], ids["(2031)"]] == parted[ids["4321"], ids["(2031)"]]


def test_a_wrap_does_not_join_two_references() -> None:
    # "12/345 12/678": two symbols follow each other only with a word or a mark
    # between them; after a comma they may ("12/345, 12/678")
    from unfascicle.extract.text_sidebyside import _OWN, _joined

    lines = [["resolutions", "12/345", "12/678,", "and"], ["A/12/34", "12/345,"]]
    ids = {w.lower(): k + 1 for k, w in enumerate(dict.fromkeys(sum(lines, [])))}
    joined = _joined(np.zeros((len(ids) + 1, len(ids) + 1)), lines, ids)
    assert joined[ids["12/345"], ids["12/678,"]] == -1.0
    assert joined[ids["a/12/34"], ids["12/345,"]] == -1.0
    assert joined[ids["12/345,"], ids["a/12/34"]] == 0.0
    assert joined[ids["12/678,"], ids["and"]] == _OWN


def test_a_cell_ending_with_a_year_leaves_the_word_after_it_to_the_next_cell() -> None:
    # "Prospects 2024 | and expanded tools": the document prints "2024 and" in its
    # prose, yet the boundary parts them, the second cell's wrap goes on with "and"
    cells = ["Platforms enhanced with data from World Settlement Prospects 2024",
             "Platforms further enhanced with multilingual support and expanded tools "
             "enabling users to adjust census age distributions",
             CELLS[1]]
    prose = ["Reports were issued in 2024 and 2025 for the Council.",
             "Data for 2024 and for 2025 were compiled.",
             "Estimates for 2024 and revisions were published.",
             "The plan of the year and the report of the Board."]
    _assert_read_back(cells, 8.5, "Prospects 2024 and expanded tools and international",
                      prose * 2)


def test_a_list_of_two_references_keeps_its_conjunction() -> None:
    # "Social Development | and 12/678": the wrap that would leave "12/345 12/678"
    # in one cell is not read
    cells = ["Member States agreed on the outcome of the Summit for Social Development",
             "The General Assembly adopted resolutions 12/345 and 12/678 on the second "
             "World Summit",
             CELLS[0]]
    prose = ["The General Assembly adopted the report of the Council.",
             "Member States and partners reviewed the plans.",
             "The Council met in the spring and reviewed the report of the Board and the "
             "plan of the year."]
    _assert_read_back(cells, 12.0,
                      "Social Development and 12/678 on the second least three countries", prose)


def _assert_read_back(cells: list[str], column: float, printed: str,
                      prose: list[str]) -> None:
    """``cells`` set side by side at ``column`` print the line ``printed`` (the wrap
    at stake), and read back as ``cells`` in a document that also prints ``prose``
    and the sample cells as sentences (the word pairs it binds)."""
    lines = _side_by_side(cells, column)
    assert printed in lines
    document = [*lines, *prose, *(cell + "." for cell in CELLS)]
    assert split_side_by_side(HEADER, lines, 3, word_pairs(document)) == cells


def test_a_column_silent_two_lines_mid_clause_costs_more_to_resume() -> None:
    # a clause goes on at its column's next baseline: a column whose cell's last
    # word ends no clause ("of") and that resumes two lines later was misread
    # (one line skipped may be a baseline drifted apart, costing no more)
    from unfascicle.extract.text_sidebyside import COSTS, _column, _Fragments, _units

    ids = {"tenders": 1, "of": 2, "plans": 3}
    unended = np.array([0.0, 0.0, 1.0, 0.0])  # by id: "of" surely ends no clause
    now = _Fragments.of(["tenders"], [_units("tenders")], ids, unended,
                        (np.zeros(4, dtype=bool), np.zeros(4, dtype=bool)), np.array([0]),
                        np.array([1]))
    # histories: last printed on line 0 (two lines skipped) or 1 (one), ending "of"
    # or "plans"; each column 20 half ems wide and its last fragment as wide
    printed = np.array([0, 0, 1, 1])
    tail = np.array([2, 3, 2, 3])
    was = [printed, np.full(4, 20.0), np.zeros(4, dtype=bool), tail, np.full(4, 20.0),
           unended[tail]]
    cost = _column(was, now, 3, np.zeros((4, 4)))[:, 1]
    assert cost[0] - cost[1] == pytest.approx(COSTS.stranded) and COSTS.stranded > 0
    assert cost[2] == pytest.approx(cost[3])


def test_a_reading_whose_columns_resume_is_searched_again_with_a_wider_margin() -> None:
    # several cells' later paragraphs are set apart, their lines alternating with the
    # others': the true path costs more than the one-column-over reading for longer
    # than the search's margin keeps it, so where the least-cost reading has a column
    # resume, its width is searched again keeping paths a paragraph dearer too
    cells = ["Countries to new reports and regional networks with\nImproved by improved "
             "reports improve the timely plans of global staff through new studies\n"
             "Countries in wider tools strengthen with new systems for shared agencies with "
             "new plans of common",
             "Countries for new regions in new missions in stronger\nEnhanced through "
             "regional offices the common reviews the regional regions apply for new",
             "Enhanced the regional staff report\nAgencies by new networks strengthen of "
             "annual systems support",
             "Enhanced for annual data with\nImproved by the agencies through national "
             "standards in regional tools with timely standards in regional",
             "Member on the data on global agencies develop of regional reports"]
    lines = _set_on_baselines(cells, 7.0)
    assert len(lines) > len(_side_by_side(cells, 7.0))  # paragraphs on baselines apart
    want = [cell.replace("\n", " ") for cell in cells]
    document = [*lines, "The plan: " + " ".join(want) + "."]
    header = f"{HEADER} 2026 (planned) 2027 (planned)"
    assert split_side_by_side(header, lines, 5, word_pairs(document)) == want


def test_columns_each_fitted_to_its_text_are_read_at_the_widths_the_row_sets() -> None:
    # a word processor fits each column to its text: here the fourth is a fifth
    # narrower than the first two, beyond an edge column set wider; read at one
    # width, the first cell's last word ("hollow") went to the fourth
    cells = ["Wider tinder nimbus kelpish hollow of dorvals the ospreys vintrel quarrel bramble "
             "hollow ospreys for quillon sloven quillon rivets and nimbus lattice umbrage of "
             "hollow to dorvals marrows for hollow",
             "Wider umbrage hollow nimbus on saddled nimbus yarrows brindle trellis ambered "
             "bramble on trellis saddled bramble",
             "Greater sloven marrows the corvine to ambered on marrows saddled wicking ospreys "
             "tessans parsons dorvals of granted",
             "Expanded for lattice quarrel dorvals tessans marrows fennick yarrows for mossing "
             "plovers corvine in rivets of wicking quarrel yarrows bramble for ambered granted "
             "to yarrows granted cobbled quillon for tessans",
             "Improved on brindle in brindle in tessans lattice with parsons quillon to saddled "
             "the cobbled lattice umbrage tinder on mossing wistful sloven marrows rivets in "
             "umbrage"]
    lines = _set_at(cells, [10.0, 10.0, 9.0, 8.0, 9.0])
    document = [*lines, "The plan: " + " ".join(cells) + "."]
    header = "2023 (actual) 2024 (actual) 2025 (actual) 2026 (planned) 2027 (planned)"
    assert split_side_by_side(header, lines, len(cells), word_pairs(document)) == cells


def test_a_word_closed_by_a_mark_is_bound_as_the_document_binds_it_bare() -> None:
    # the document puts "Goal 7" together often, "Goal 7," only on the row's own
    # lines: the comma closes a clause, not the bond, so a column boundary between
    # "Goal" and "7," costs as parting "Goal 7" does, and "7," ends the first
    # cell's line rather than opening the second cell's
    from unfascicle.extract.text_sidebyside import _odds

    cells = ["Regional plans reviewed new joint annual towards Goal 7, agreed in cases",
             "Three plans completed their new work reviews agencies groups",
             "Regional plans prepared work Goal 7, in one all"]
    lines = _side_by_side(cells, 8.5)
    assert any(line.split()[-1] == "Goal" for line in lines)  # "7," opens the next line
    prose = ["The plan of the Office for the period was approved by the Committee.",
             "Support for the work of the Council and of its subsidiary bodies continued.",
             "Progress towards Goal 7 was reviewed.", "Countries met Goal 7 in full.",
             "Reports on Goal 7 were issued.", "The review of Goal 7 continued."]
    pairs = word_pairs([*lines, *prose])
    assert split_side_by_side(HEADER, lines, 3, pairs) == cells
    ids = {"goal": 1, "7,": 2}
    odds, _ = _odds([["Goal", "7,"]], ids, pairs)
    assert odds[1, 2] > 1.0


def test_a_paragraph_set_apart_does_not_open_after_a_clause_that_goes_on() -> None:
    # line 1 printed the second column (its cell's last word "vorin" or "from"),
    # line 2 the first and third; line 3 prints only the second again, opening
    # with a capital ("Zelbrick, ..."): a paragraph set apart on a baseline of its
    # own, which resumes the column at no cost where its clause closed, but costs
    # a paragraph more after "from", a word the document never ends a clause with
    # (nor one closed by a comma): the paragraph is then a neighbouring cell's
    from types import SimpleNamespace

    from unfascicle.extract.text_sidebyside import _UNCLOSED, COSTS, _History, _Turns

    going = np.array([False, True, False])  # by id: 1 "from" goes on, 2 "vorin" may end
    state = _History(line=np.array([[2, 1, 2], [2, 1, 2]]), last=np.zeros((2, 3)),
                     hyphen=np.zeros((2, 3), dtype=bool),
                     tail=np.array([[0, 2, 0], [0, 1, 0]]),
                     key=np.zeros((2, 3), dtype=np.int64), unended=np.zeros((2, 3)),
                     apart=np.array([False, False]), opening=np.array([False, False]),
                     width=np.array([0, 0]))
    frags = SimpleNamespace(prints=np.array([False, True]), opens=np.array([False, True]),
                            capital=np.array([False, True]), going=going)
    turns = _Turns.of(state, SimpleNamespace(frags=frags), np.array([[0, 1, 0]]), 3)
    closed, goes_on = turns.resumed(np.array([0, 1]), np.array([0, 0])).tolist()
    assert closed == 1
    assert (closed - goes_on) * (COSTS.resume - COSTS.interleaved) \
        == pytest.approx(COSTS.paragraph) and _UNCLOSED > 0


def test_a_word_broken_at_its_hyphen_is_whole_where_the_document_prints_it_whole() -> None:
    """Regression: a cell's lines were joined one space apart, so a word a line broke
    at its hyphen came out split ("people- centred"); a hyphen that ends a word of its
    own ("low- and middle-income") stays apart."""
    from collections import Counter

    from unfascicle.extract.text_sidebyside import _cell_text

    used = Counter({"people-centred": 2, "low": 1, "and": 3, "middle-income": 1})
    assert _cell_text(["Ferrymen built people-", "centred landings"], used) \
        == "Ferrymen built people-centred landings"
    assert _cell_text(["for low-", "and middle-income towns"], used) \
        == "for low- and middle-income towns"
    assert _cell_text(["Ferrymen built", "landings"], used) == "Ferrymen built landings"
