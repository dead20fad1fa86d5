"""What the grid reader and restacking read of a line once and share, or leave unread
where a cheaper test already tells: the answers must stay those of reading it all.
Made-up lines."""

from __future__ import annotations

from collections import Counter
from itertools import combinations

import pytest

from unfascicle.extract.text_columnar import figure
from unfascicle.extract.text_grid_entries import Entry, PlainLine, _added_up
from unfascicle.extract.text_grid_header import years_alone, years_wrapped
from unfascicle.extract.text_ideographs import (
    _BEAM,
    KnownPairs,
    _Ideographs,
    _Partial,
    _words,
    row_tail,
)
from unfascicle.extract.text_regather import first_values_parted
from unfascicle.extract.text_values import _ways, other_readings, summed_reading
from unfascicle.extract.text_vocab import vocabulary


def test_a_row_read_more_ways_than_one_shares_its_run() -> None:
    """The run of a line that reads more ways than one, and where each value may end,
    are what both the sums and the other readings walk; a line read one way only
    (gutters part its values) or no exact reading of ``n`` has none."""
    assert _ways("Travel 689 753 640 12", 3) == (("689", "753", "640", "12"),
                                                 ((3, 2, 1), (3, 2), (3,), (4,)))
    assert _ways("Travel   689   753   64", 3) is None
    assert _ways("Travel 1.5 2.5", 3) is None
    assert other_readings("Travel 689 753 640 12", 3, 16) == [["689", "753 640", "12"]]
    assert other_readings("Travel   689   753   64", 3, 16) == []
    assert summed_reading("Travel 500 600 1 100", 3, figure) == ["500", "600", "1 100"]


@pytest.mark.parametrize(("line", "values", "guessed", "read"), [
    # read again as a sum: values no longer the split's
    ("Travel 500 600 1 100", ["500 600", "1", "100"], False, (["500", "600", "1 100"], False)),
    # values other than the split's (read before): not asked again
    ("Travel 500 600 1 100", ["500", "600", "1 100"], False, (["500", "600", "1 100"], False)),
    ("Travel 5 6 11", ["5", "6", "11"], False, (["5", "6", "11"], True)),
    ("Travel 5 11", ["", "5", "11"], True, (["", "5", "11"], False)),  # a blank guessed
])
def test_values_added_up_tell_whether_they_are_the_split(
        line: str, values: list[str], guessed: bool, read: tuple[list[str], bool]) -> None:
    """``_added_up`` says, with the values it reads, whether they are those the line
    splits into (what the reading across the table asks next), as asking again would."""
    assert _added_up(Entry(PlainLine(1, line, 1), "Travel", values, guessed), 3) == read


def test_years_wrapped_read_only_under_short_figures() -> None:
    """Years a narrow column wrapped ("202" over "4年") are told; a line of other
    figures is not, nor the last line, which has none below it."""
    voc = vocabulary("zh")
    top = Entry(PlainLine(1, "202 202", 1), "", ["202", "202"])
    below = Entry(PlainLine(2, "4年 5年", 1), "4年 5年", [])
    row = Entry(PlainLine(3, "差旅 12.5 13.0", 1), "差旅", ["12.5", "13.0"])
    assert years_wrapped([top, below], 0, voc)
    assert not years_wrapped([row, below], 0, voc)
    assert not years_wrapped([below, top], 1, voc)
    assert years_alone(Entry(PlainLine(4, "2024 2025", 1), "", ["2024", "2025"]), voc)
    assert years_alone(Entry(PlainLine(5, "2024 2025", 1), "2024 2025", []), voc)
    assert not years_alone(row, voc)


def test_a_label_amid_values_parted_only_before_a_short_run() -> None:
    """An enumerated label printed with its row's first value ("2. 讲习班 25") is
    parted where the run after it is one short of whole rows; an unnumbered one, or
    one before whole rows, stays."""
    def lines(label: str, after: int) -> list[PlainLine]:
        texts = ["1. 会议", "10", "20", label, *[str(30 + k) for k in range(after)], "3. 报告"]
        return [PlainLine(k + 1, t, 1) for k, t in enumerate(texts)]

    def alone(body: list[PlainLine]) -> list[list[str] | None]:
        return [[ln.text] if ln.text.isdigit() else None for ln in body]

    body = lines("2. 讲习班 25", 1)
    parted, values = first_values_parted(body, alone(body), 2)
    assert [ln.text for ln in parted] == ["1. 会议", "10", "20", "2. 讲习班", "25", "30",
                                          "3. 报告"]
    assert values[4] == ["25"]
    for body in (lines("讲习班 25", 1), lines("2. 讲习班 25", 2)):
        assert first_values_parted(body, alone(body), 2)[0] == body


def _all_steps(search: _Ideographs, beam: list[_Partial], k: int, n: int) -> list[_Partial]:
    """Every dealing of line ``k`` to every reading of ``beam``, sorted: what the
    beam keeps the first ``_BEAM`` of (made one by one, the costs added as the search
    adds them)."""
    steps = []
    for cost, columns, widths in beam:
        for count in range(1, min(n, len(search.lines[k][0])) + 1):
            for split in search.splits(k, count):
                for cols in combinations(range(n), count):
                    out, wide, more = list(columns), list(widths), cost
                    for c, piece in zip(cols, split, strict=True):
                        joined, across = search._placed(columns, widths, c, (k, piece))
                        more += joined
                        more += across
                        out[c] = (*columns[c], (k, piece))
                        wide[c] = max(widths[c], search.width((k, piece)))
                    steps.append((more, tuple(out), tuple(wide)))
    return sorted(steps)


@pytest.mark.parametrize("texts", [
    ["1 甲乙 2 丙丁 3 戊己", "4 庚辛 5 壬癸 6 子丑", "7 寅卯 8 辰巳", "9 午未"],
    ["1 甲 2 乙 3 丙 4 丁", "5 戊 6 己 7 庚", "8 辛 9 壬", "10 癸"],  # costs that tie
])
def test_beam_keeps_the_cheapest_dealings_costed_first(texts: list[str]) -> None:
    """The readings the beam keeps at each line are the ``_BEAM`` first of all the
    dealings sorted, ties among them too, though only those no dearer than the
    ``_BEAM``-th are made readings."""
    lines = [_words(text) for text in texts]
    search = _Ideographs(lines, row_tail(lines), KnownPairs(Counter(), Counter()))
    beam = [search.first(split) for split in search.splits(0, 3)]
    for k in range(1, len(texts)):
        every = _all_steps(search, beam, k, 3)
        kept = search.kept_steps(beam, k, 3)
        assert len(every) > _BEAM and kept == every[:_BEAM]
        beam = kept
