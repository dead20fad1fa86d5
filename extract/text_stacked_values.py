"""Which lines of a stacked table hold values, and how its runs of them cut into rows.

``text_stacked`` and the modules that put its cells back share these readings: a
line's values (a header's years, broken or not, are header, and so is a line
repeating the header), the runs of value lines, the column count most runs hold
and the spans of the runs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from .text_bands import gap_blocks
from .text_grid_entries import PlainLine
from .text_prose import leading_years, year_columns, year_header
from .text_tables import is_unit
from .text_values import fewest_values, split_row, values_of
from .text_vocab import Vocabulary
from .text_year_headings import holds_year, is_year, joins_into_year, year_column_start

# The most lines a header cell printed as a block of its own takes ("2025", "planned").
_CELL_LINES = 3


def year_counts(body: list[PlainLine], voc: Vocabulary) -> tuple[int, int]:
    """How many columns the first lines of years alone above the first values name
    (the labels' block may come before them; 0 for none): first only where the
    years are the whole header over the values (the first values follow them, or
    they are printed broken a column a line, see ``_broken_span``), then wherever
    they are. (The stacked reader asks both of a part's lines: one reading of
    its header answers them.)"""
    texts = [ln.text for ln in body]
    broken = _broken_span(texts, _header_years([fewest_values(t) for t in texts], voc), voc)
    named, whole = _leading_years(texts, voc)
    return len(broken) if broken else named if whole else 0, named


def year_count(body: list[PlainLine], voc: Vocabulary) -> int:
    """How many columns the first lines of years alone above the first values name
    (``year_counts``'s second count), for lines read again after the first count."""
    return _leading_years([ln.text for ln in body], voc)[0]


def _leading_years(texts: list[str], voc: Vocabulary) -> tuple[int, bool]:
    """How many columns the first lines of years alone above the first values name
    (0 for none), and whether the first values follow them."""
    texts = texts[:next((k for k, text in enumerate(texts)
                         if values_of(text) and not is_year(text, voc)), len(texts))]
    for skip in range(len(texts)):
        if top := leading_years(texts[skip:], voc):
            columns = year_columns(texts[skip:skip + top], voc)
            return len(columns) if year_header(columns, voc) else 0, skip + top == len(texts)
    return 0, False


def boxed_year_count(body: list[PlainLine], voc: Vocabulary) -> int:
    """How many header cells right above the first values open with a year, each
    cell a block of its own (a tool printing every layout box apart: "2025", then
    "planned" below it, a blank line, the next cell); 0 for fewer than two."""
    first = next((k for k, ln in enumerate(body)
                  if values_of(ln.text) and not year_column_start(ln.text, voc)), 0)
    cells = 0
    for block in reversed(gap_blocks(body[:first])):
        if len(block) > _CELL_LINES or not year_column_start(block[0].text, voc):
            break
        cells += 1
    return cells if cells >= 2 else 0


def value_spans(alone: list[list[str] | None]) -> list[range]:
    """Index ranges of consecutive value lines."""
    spans: list[range] = []
    start = None  # where the run being read opened
    for k, vals in enumerate(alone):
        if vals and start is None:
            start = k
        elif not vals and start is not None:
            spans.append(range(start, k))
            start = None
    return spans if start is None else [*spans, range(start, len(alone))]


def span_values(alone: list[list[str] | None], span: range) -> int:
    """How many values the lines of ``span`` hold."""
    return sum(len(alone[k] or []) for k in span)


def put_back(alone: list[list[str] | None], lines: Iterable[int], values: list[str]) -> int:
    """``values`` put back on ``lines`` in order, each line as many as it held (the
    lines stay, their values moved among them); how many went back."""
    at = 0
    for k in lines:
        size = len(alone[k] or [])
        alone[k] = values[at:at + size]
        at += size
    return at


def values_alone(body: list[PlainLine], voc: Vocabulary) -> list[list[str] | None]:
    """The values of each line that holds only values (else None); lines of years
    above the first other value, and the header's lines repeated below, hold none."""
    alone = _header_years([fewest_values(ln.text) for ln in body], voc)
    alone = _broken_years([ln.text for ln in body], alone, voc)
    first = next((k for k, vals in enumerate(alone) if vals), len(alone))
    header = header_texts(body[:first])
    if not header:
        return alone
    return [None if vals and repeats_header(body, k, header) else vals
            for k, vals in enumerate(alone)]


def _header_years(alone: list[list[str] | None], voc: Vocabulary) -> list[list[str] | None]:
    """Values read from lines of years above the first other value are header."""
    first = next((k for k, vals in enumerate(alone)
                  if vals and not all(is_year(v, voc) for v in vals)), len(alone))
    return [None] * first + alone[first:]


def _broken_years(texts: list[str], alone: list[list[str] | None],
                  voc: Vocabulary) -> list[list[str] | None]:
    """Years of a header too narrow for them, printed broken (see ``_broken_span``),
    are header too."""
    span = _broken_span(texts, alone, voc)
    return [None if k in span else vals for k, vals in enumerate(alone)]


def _broken_span(texts: list[str], alone: list[list[str] | None], voc: Vocabulary) -> range:
    """The first value lines when they are years of a header too narrow for them,
    printed broken a column a line ("202" four times, then "2年", "2年", "3年",
    "4年"): one value each, each a year with the line as far after it as they are
    many (empty when they are not)."""
    first = next((k for k, vals in enumerate(alone) if vals), len(alone))
    size = 0
    while first + size < len(alone) and len(alone[first + size] or []) == 1:
        size += 1
    tails = texts[first + size:first + 2 * size]
    if size and len(tails) == size and all(
            joins_into_year(head, tail, voc)
            for head, tail in zip(texts[first:first + size], tails, strict=True)):
        return range(first, first + size)
    return range(0)


def value_runs(body: list[PlainLine],
          alone: list[list[str] | None]) -> list[tuple[list[PlainLine], list[list[str]]]]:
    """Runs of consecutive value lines (blank lines between them do not end a run)."""
    runs: list[tuple[list[PlainLine], list[list[str]]]] = []
    prev = False
    for ln, vals in zip(body, alone, strict=True):
        if vals:
            if not prev:
                runs.append(([], []))
            runs[-1][0].append(ln)
            runs[-1][1].append(vals)
        prev = bool(vals)
    return runs


def column_count(runs: list[list[str]], named: int = 0) -> int:
    """The number of value columns: the count most runs of values hold (the larger
    on a tie; where no two runs hold as many, a run of twice a count votes for it
    too: two rows whose labels were printed together), or one more when several
    runs hold that (rows with a blank cell, as staff rows under a financial table's
    first year, print one value fewer and may be the most). A run that holds more
    than most do but reads as that many with numbers broken over two lines joined
    counts as that many. When the header is years alone naming ``named`` columns
    (``year_count``) and every run is a whole number of rows of that many, that is
    the count."""
    if named > 1 and runs and all(len(run) % named == 0 for run in runs):
        return named
    most = Counter(len(run) for run in runs).most_common(1)[0][0] if runs else 0
    counts = [most if len(run) > most and len(whole_rows(run, most)) == most else len(run)
              for run in runs]
    votes = Counter(c for c in counts if c >= 2)
    if not votes:
        return 0
    if max(votes.values()) == 1:  # no two runs alike: a run of twice a count is two rows
        votes = Counter({c: 1 + votes[2 * c] for c in votes})
    best = max(votes.values())
    n = max(c for c, v in votes.items() if v == best)
    return n + 1 if votes[n + 1] >= 2 else n


def whole_rows(flat: list[str], n: int) -> list[str]:
    """Values of a run that does not hold a whole number of rows re-read with numbers
    broken over two lines joined ("13" above "598.5"), as far as that makes it whole."""
    if len(flat) % n == 0:
        return flat
    text = " ".join(flat)
    for count in range(len(flat) // n * n, 0, -n):
        split = split_row(text, count)
        if split.exact and not split.label and len(split.values) == count:
            return split.values
    return flat


def names_column(text: str, voc: Vocabulary) -> bool:
    """Whether a header line holds a year, a group label or a unit."""
    return holds_year(text, voc) or is_unit(text, voc) or text in voc.group_labels


def header_texts(header: list[PlainLine]) -> set[str]:
    """A header's lines as ``repeats_header`` compares them (spacing ignored): made
    once for all the lines of a table that are asked."""
    return {" ".join(ln.text.split()) for ln in header}


@lru_cache(maxsize=8192)
def _single_spaced(text: str) -> str:
    """A line's text with its spacing made single, as ``header_texts`` keeps it
    (memoised: each line of values is compared with the header by every reader
    that drops the repeated header)."""
    return " ".join(text.split())


def repeats_header(body: list[PlainLine], k: int, texts: set[str]) -> bool:
    """Whether a line is part of the header repeated on a later page (``texts``: the
    header's, ``header_texts``): a header line next to another one (a single line
    such as "共计" may be a row label)."""

    def repeated(j: int) -> bool:
        return 0 <= j < len(body) and _single_spaced(body[j].text) in texts

    return repeated(k) and (repeated(k - 1) or repeated(k + 1))
