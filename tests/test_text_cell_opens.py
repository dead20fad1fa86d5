"""Whether a line may open a prose cell (extract/text_cell_opens.py): one rule for
the readers that deal a row's lines to its cells, a list's item weighed as each
needs (made-up lines)."""

from __future__ import annotations

import pytest

from unfascicle.extract.text_cell_opens import DashItem, opens_cell


@pytest.mark.parametrize("dash", list(DashItem))
def test_cells_open_like_sentences(dash: DashItem) -> None:
    """A capital, a figure, an opening mark or a bracketed item marker opens a cell;
    a lower-case word (bracketed or quoted too) or a bracket a line above opened
    does not; a dash alone (a value with no figure) is a cell of its own."""
    for text in ["Widgets sold", "12 widgets", "(a) Widgets", "“Widgets”", "–"]:
        assert opens_cell(text, dash), text
    for text in ["widgets sold", "(such as widgets)", "“widgets”", "Add.7) and more"]:
        assert not opens_cell(text, dash), text


def test_a_lists_item_opens_a_cell_as_each_reader_weighs_it() -> None:
    """An item ("– sprockets") ends a paragraph where lines are breaks in a cell's
    text, heads a cell as the word after its dash would, and goes on the cell of the
    line leading into its list where each line is a paragraph."""
    assert opens_cell("– sprockets and gears") and opens_cell("– Sprockets")
    assert not opens_cell("– sprockets and gears", DashItem.WORD)
    assert opens_cell("– Sprockets", DashItem.WORD)
    assert not opens_cell("– Sprockets", DashItem.GOES_ON)
