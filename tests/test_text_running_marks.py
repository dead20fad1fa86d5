"""Page marks met inside a table dropped, resolution numbers (row labels) kept."""

from __future__ import annotations

from unfascicle.extract.text_grid_entries import PlainLine
from unfascicle.extract.text_margins import mask, running_masks
from unfascicle.extract.text_stacked import restack
from unfascicle.extract.text_vocab import vocabulary

_RUNNING = ["25-05856", "60/104", "61/104", "11/12"]


def test_page_marks_agree_and_resolution_numbers_are_none() -> None:
    junk = running_masks(_RUNNING, vocabulary("en"))
    assert mask("62/104") in junk and mask("25-05856") in junk
    assert mask("57/12") not in junk and mask("75/314") not in junk


def test_a_tables_rows_labelled_by_resolution_keep_their_labels() -> None:
    texts = ("Table 9.2", "Requirements by mandate", "(United States dollars)", "Resolution",
             "Posts", "Total", "75/314", "1 000", "1 000", "", "63/104", "", "79/1", "2 000",
             "2 000", "57/12", "3 500", "3 500", "Total", "6 500", "6 500")
    lines = [PlainLine(no, text, 1) for no, text in enumerate(texts, 1) if text]
    got = [ln.text for ln in restack(lines, _RUNNING, vocabulary("en"))]
    assert "63/104" not in got
    assert got[-4:] == ["75/314  1 000  1 000", "79/1  2 000  2 000", "57/12  3 500  3 500",
                        "Total  6 500  6 500"]
