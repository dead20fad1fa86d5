"""Label lines a stacked table prints late, put back in their rows.

Label lines printed after a page's values, the wrapped rests of labels whose
first line was printed full with the values and items missing from the series
of those printed in place ("3.", "5.": "4."), go back in their rows
(``late_labels``); a label ending a page goes after the next page's header when
its rest opens that page (``rest_over_page``); a rest printed among late labels,
apart from its own, goes after the full label it goes on (``rest_among_labels``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text_grid_entries import PlainLine, one_page
from .text_stacked_rows import heads_label, section
from .text_stacked_values import header_texts, names_column, repeats_header, value_spans
from .text_values import holds_values
from .text_vocab import Vocabulary
from .text_wrap import ends_short, least_width
from .textnorm import ideographic, width

_ITEM = re.compile(r"^(\d{1,2})[.．]")  # a row's item number, "4. 关于…"


@dataclass
class _Label:
    """An enumerated row label printed in its place: its item number, the indices of
    its first and last lines, of the value lines right after it, and whether its
    wrapped rest follows those (a line opening no label)."""

    number: int
    first: int
    last: int
    values: range
    rest_after: bool


def late_labels(body: list[PlainLine], alone: list[list[str] | None], n: int,
                 voc: Vocabulary) -> tuple[list[PlainLine], list[list[str] | None]]:
    """Label lines printed after a page's values put back in their rows: the wrapped
    rest of labels whose first line was printed with the values (that line full,
    no room for the rest's first word), and whole items missing from the series of
    enumerated labels printed in place ("3.", "5.": "4." printed later), whose
    values are the second row of those printed after the item before them. A block
    of label lines after values is read so when its first labels are such rests
    and missing items, in order, one missing item at least (the series tells
    where each goes), or rests of the label whose values the block follows only;
    known labels among them (a subtotal printed late) keep their place, and no
    missing item follows one (its items come after it). A rest goes before the
    values of the first unfinished label after the one the block last placed, a
    missing item before the row after the values of the item before it (its row,
    as many rows as missing items after it)."""
    spans = value_spans(alone)
    enumerated = [least_width(ln.text) for k, ln in enumerate(body)
                  if not alone[k] and _ITEM.match(ln.text)]
    if not spans or not enumerated:
        return body, alone
    col = max(enumerated)
    wrapped = max((least_width(body[k].text) for piece in _pieces(
        body, [k for k in range(len(body)) if not alone[k]], col, voc)
        if _ITEM.match(body[piece[0]].text) for k in piece[:-1]), default=0)
    inserted: dict[int, list[int]] = {}
    runs = (spans, header_texts(body[:spans[0].start]))
    low = 0
    # the labels from ``low`` on: those before a run are the labels of the lines from
    # ``low`` to it (a label's lines run on with no value line among them)
    placed = _placed_labels(body, (alone, runs), range(low, len(body)), col, voc)
    for span, following in zip(spans, [*spans[1:], range(len(body), len(body))], strict=True):
        block = range(span.stop, following.start)
        if not block:
            continue
        labels = [lab for lab in placed if lab.last < span.stop
                  and body[lab.first].page == body[block.start].page]
        # the rests go to labels the series places, else to the label the block
        # follows, full as the label column's wrapped lines are
        moves = _late_moves(body, alone, (block, col, n), labels, voc) or (wrapped and _late_moves(
            body, alone, (block, wrapped, n),
            [lab for lab in labels if lab.values.stop == block.start], voc, own=True))
        if moves:
            for at, lines in moves.items():
                inserted.setdefault(at, []).extend(lines)
            low = block.stop
            placed = _placed_labels(body, (alone, runs), range(low, len(body)), col, voc)
    if not inserted:
        return body, alone
    moved = {k for lines in inserted.values() for k in lines}
    order = [j for k in range(len(body)) if k not in moved for j in [k, *inserted.get(k, [])]]
    return [body[k] for k in order], [alone[k] for k in order]


def _placed_labels(body: list[PlainLine],
                   values: tuple[list[list[str] | None], tuple[list[range], set[str]]],
                   span: range, col: int, voc: Vocabulary) -> list[_Label]:
    """The enumerated labels in ``span`` with values printed right after them (or
    after the header repeated on a later page: a label printed above it); ``values``:
    each line's values alone, and the runs of value lines with the header's texts,
    made once by the caller."""
    alone, (spans, header) = values
    lines = [k for k in span if not alone[k]
             and not (k > spans[0].start and repeats_header(body, k, header))]
    out = []
    for piece in _pieces(body, lines, col, voc):
        m = _ITEM.match(body[piece[0]].text)
        # the first run after the piece, where only the repeated header parts them (a
        # later run has the same lines between, and more)
        after = next((s for s in spans if s.start > piece[-1]), None)
        if m and after is not None and all(repeats_header(body, k, header)
                                           for k in range(piece[-1] + 1, after.start)):
            below = body[after.stop].text if after.stop < len(body) else ""
            out.append(_Label(int(m[1]), piece[0], piece[-1], after,
                              bool(below) and not heads_label(below, voc)))
    return out


def _pieces(body: list[PlainLine], lines: list[int], col: int,
            voc: Vocabulary) -> list[list[int]]:
    """Label lines (indices) cut into labels: a new one at a line that opens a
    label (enumerated, a known row label or section, a list's introduction), after
    a line that had room for its first word or a line apart (not the next)."""
    pieces: list[list[int]] = []
    for k in lines:
        text = body[k].text
        above = body[pieces[-1][-1]] if pieces else None
        if above is None or pieces[-1][-1] + 1 != k or heads_label(text, voc)\
                or above.text[-1:] in voc.list_intro\
                or ends_short(above.text, text, col):
            pieces.append([k])
        else:
            pieces[-1].append(k)
    return pieces


def _late_moves(body: list[PlainLine], alone: list[list[str] | None],
                at: tuple[range, int, int], labels: list[_Label],
                voc: Vocabulary, own: bool = False) -> dict[int, list[int]]:
    """Where the first labels of a ``block`` of label lines printed after values go
    (``late_labels``), by the index of the line they go after; empty when the
    block's first labels are not rests and missing items in order, one missing
    item at least, or rests of the label the block follows. A label whose rest
    follows its values is one of ``labels`` only when ``own`` (``labels`` then
    the label the block follows, a line of ideographs: wrapped at any character,
    a full line of them goes on; words wrap short of the column)."""
    block, col, n = at
    numbers = {lab.number: lab for lab in labels}
    moves: dict[int, list[int]] = {}
    fillers: dict[int, int] = {}  # missing items placed after a label, by its number
    place = 0  # the series' number the block placed last
    continued: set[int] = set()
    sure = True  # each rest goes to the label whose values the block follows
    skipped = False  # a known label (a subtotal, its items after it) passed
    page = body[block.start].page
    for piece in _pieces(body, [k for k in block if body[k].page == page], col, voc):
        text = body[piece[0]].text
        m = _ITEM.match(text)
        if m is None and not (heads_label(text, voc) or names_column(text, voc)
                              or holds_values(text) or _introduces(text, voc)
                              or "".join(text.split()) in voc.row_label_columns):
            open_ = [lab for lab in labels if lab.number > place and lab.first == lab.last
                     and lab.number not in continued and (own or not lab.rest_after)
                     and not _whole(body, lab)
                     and not ends_short(body[lab.last].text, text, col)
                     and not (own and not ideographic(body[lab.last].text))]
            # a label's own rest is followed by one opening another label (values
            # after it are the next row's: the line is a label of its own)
            if not open_ or (own and not (piece[-1] + 1 < block.stop
                                          and heads_label(body[piece[-1] + 1].text, voc))):
                break
            lab = open_[0]
            sure = sure and (lab.values.stop == block.start or all(
                _whole(body, other) for other in labels if other.first > lab.last))
            if lab.values.start == lab.last + 1:
                moves.setdefault(lab.last, []).extend(piece)
            else:  # printed above the header repeated on a later page: both after it
                moves.setdefault(lab.values.start - 1, []).extend([lab.last, *piece])
            continued.add(lab.number)
            place = lab.number
            continue
        if m is None and voc.is_row_label(text) and not section(text, voc):
            skipped = True  # a known label printed late stays: it takes a row waiting
            continue
        number = int(m[1]) if m else 0
        anchor = number - 1
        while anchor in fillers:
            anchor -= 1
        if not m or skipped or number <= place or number in numbers or anchor not in numbers\
                or number > max(numbers):  # not missing: the series goes on
            break
        fillers[number] = anchor
        boundary = _row_boundary(alone, numbers[anchor].values, n,
                                 sum(f == anchor for f in fillers.values()))
        if boundary is None:
            return {}
        moves.setdefault(boundary, []).extend(piece)
        place = number
    return moves if fillers or sure else {}


def _introduces(text: str, voc: Vocabulary) -> bool:
    """Whether a label line introduces the rows after it ("Meetings of:"): the
    edition's list introduction ends it, which no label's wrapped rest does."""
    end = text.rstrip()[-1:]
    return bool(end) and end in voc.list_intro


def _whole(body: list[PlainLine], lab: _Label) -> bool:
    """Whether a label is one line printed with its row's first value at its end
    (parted from it: the value's line has the label's number): the line on the
    values' baseline, an enumerated one is the whole label, no rest wraps from it."""
    return body[lab.last].no == body[lab.values.start].no


def _row_boundary(alone: list[list[str] | None], span: range, n: int, rows: int) -> int | None:
    """The index of the value line of ``span`` that ends its first ``rows`` rows of
    ``n`` values, when that line ends them and more values follow; else None."""
    count = 0
    for k in span:
        count += len(alone[k] or [])
        if count == rows * n:
            return k if k + 1 < span.stop else None
        if count > rows * n:
            return None
    return None


def rest_among_labels(body: list[PlainLine], alone: list[list[str] | None],
                       voc: Vocabulary) -> tuple[list[PlainLine], list[list[str] | None]]:
    """The wrapped rest of a label printed among other labels, apart from its own:
    a block of label lines printed after a page's values holds a line opening no
    label, no values after it (it holds none), after an enumerated label ending
    short (room left for its first word in the narrowest line a label wrapped
    at). It goes after the enumerated label of its page printed on one line as
    full as that, its values right after it, the widest of them (the likeliest to
    have wrapped), with its own rest from the next page (``rest_over_page``);
    with none, or several as wide, it stays."""
    lines = [k for k in range(len(body)) if not alone[k]]
    items = [least_width(body[k].text) for k in lines if _ITEM.match(body[k].text)]
    if not items or not any(alone):
        return body, alone
    wrapped = min((width(body[k].text) for piece in _pieces(body, lines, max(items), voc)
                   if _ITEM.match(body[piece[0]].text) for k in piece[:-1]), default=0)
    order = list(range(len(body)))
    for k in range(1, len(body) - 1):
        text = body[k].text
        if alone[k] or alone[k + 1] or heads_label(text, voc) or names_column(text, voc)\
                or holds_values(text) or not _after_label(body, alone, k, wrapped, voc):
            continue
        owners = [j for j in range(k) if not alone[j] and alone[j + 1]
                  and body[j].page == body[k].page and _ITEM.match(body[j].text)
                  and (j == 0 or alone[j - 1]) and not ends_short(body[j].text, text, wrapped)]
        widths = sorted((least_width(body[j].text), j) for j in owners)
        if widths and (len(widths) == 1 or widths[-1][0] > widths[-2][0]):
            piece = _rest_lines(body, alone, k, voc)
            order = [j for j in order if j not in piece]
            at = order.index(widths[-1][1]) + 1
            order[at:at] = piece
    return [body[j] for j in order], [alone[j] for j in order]


def _rest_lines(body: list[PlainLine], alone: list[list[str] | None], k: int,
                voc: Vocabulary) -> list[int]:
    """Line ``k`` (a rest printed apart), and the line after it when that is its
    own rest, put after it from the next page (``rest_over_page``: no values, no
    label opening)."""
    j = k + 1
    if j < len(body) and not alone[j] and body[j].page != body[k].page\
            and not heads_label(body[j].text, voc) and not names_column(body[j].text, voc)\
            and not holds_values(body[j].text):
        return [k, j]
    return [k]


def _after_label(body: list[PlainLine], alone: list[list[str] | None], k: int, col: int,
                 voc: Vocabulary) -> bool:
    """Whether line ``k`` follows an enumerated label printed without values on its
    page whose last line ends short of ``col`` (had room for ``k``'s first word; a
    line of ideographs, wrapped at any character: words wrap short of the column)."""
    above = k - 1
    while above >= 0 and not alone[above] and body[above].page == body[k].page\
            and not heads_label(body[above].text, voc):
        above -= 1
    return above >= 0 and not alone[above] and body[above].page == body[k].page\
        and bool(_ITEM.match(body[above].text)) and ideographic(body[k - 1].text)\
        and ends_short(body[k - 1].text, body[k].text, col)


def rest_over_page(body: list[PlainLine], alone: list[list[str] | None], voc: Vocabulary
                    ) -> tuple[list[PlainLine], list[list[str] | None]]:
    """An enumerated label ending a page, its last line as full as the label
    column's wrapped lines, whose rest opens the next page after the header
    repeated there (a line opening no label): the label goes after the header,
    right before its rest (the header read between them joined a heading to it).
    The label's lines run back from the page's last line to a line opening a
    label, not past a line ending short (the last of another label: what
    follows it is a rest printed apart, late at the page's foot); when the page
    ends so with a rest, the rest opening the next page goes after it instead
    (``rest_among_labels`` takes both to their label)."""
    if one_page(body):
        return body, alone  # no page to end
    spans = value_spans(alone)
    lines = [k for k in range(len(body)) if not alone[k]]
    if not spans or not any(_ITEM.match(body[k].text) for k in lines):
        return body, alone  # no enumerated label: none wraps
    header = header_texts(body[:spans[0].start])
    pieces = _pieces(body, lines, 0, voc)
    wrapped = max((least_width(body[k].text) for piece in pieces
                   if len(piece) > 1 and _ITEM.match(body[piece[0]].text)
                   for k in piece[:-1]), default=0)
    order = list(range(len(body)))
    for k in range(spans[0].stop, len(body) - 1):
        if body[k + 1].page == body[k].page or alone[k] or not wrapped:
            continue
        first = k
        while first > 0 and not alone[first - 1] and not heads_label(body[first].text, voc)\
                and body[first - 1].page == body[k].page\
                and not ends_short(body[first - 1].text, body[first].text, wrapped):
            first -= 1
        r = k + 1
        while r < len(body) and not alone[r] and (
                repeats_header(body, r, header) or names_column(body[r].text, voc)
                or "".join(body[r].text.split()) in voc.row_label_columns):
            r += 1
        if r == len(body) or alone[r] or r == k + 1\
                or heads_label(body[r].text, voc) or holds_values(body[r].text)\
                or ends_short(body[k].text, body[r].text, wrapped):
            continue
        if not _ITEM.match(body[first].text):
            if not any(voc.text_field.match(body[j].text) for j in (first, r)):
                # a rest printed late (no label opening "Name: …"): its own rest joins it
                order.remove(r)
                order.insert(order.index(k) + 1, r)
            continue
        order = [j for j in order if not first <= j <= k]
        at = order.index(r)
        order[at:at] = list(range(first, k + 1))
    return [body[j] for j in order], [alone[j] for j in order]
