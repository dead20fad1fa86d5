"""A table's label column printed a glyph a line, glued back into its words.

Where a table's label column is about one glyph wide, each label wraps a glyph
to a line, and ``pdftotext`` in its default mode prints the column of a page as
one block of lines one glyph each ("决", "策", "机", "关", "人", "居", ...): the
label column's heading, then the page's row labels top down, apart from the
rows' other cells. A total's label may print so after its figures, as a block
of its own ("718.4 718.4", "共", "计"), or around them ("共", "718.4 718.4", "计").
A label broken over a page prints its first glyphs on the page before, and the
block of the next page opens with its rest (after the column's heading).

Such a block is parted into the words the edition knows (the label column's
headings, its row labels and totals), whole or not at all. The heading goes back
where the block was, a line of its own (the header then reads as printed at the
top of every page); the row labels are set apart, by page, in order, each the
label of the next row its page opens; a total's label printed right after a line
of figures alone, or around it, goes before them, the line its row's. The rest of
a label the edition knows, opening a block before words it parts into, is set
apart by page (``carried``), to go on the label the page before began. A block
opening with the label column's heading whose rest the edition's words do not
part is kept whole, to be cut into as many labels as its page has rows where the
document prints the glyphs together least (``cut_labels``).
"""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

from .text_grid_entries import PlainLine, one_page
from .text_values import values_of
from .text_vocab import Vocabulary
from .textnorm import is_cjk

# The fewest lines of one glyph a block of a label column holds.
_LEAST_BLOCK = 2


class GlyphColumn(NamedTuple):
    """A table's lines with its label column's blocks glued, the row labels each
    page printed in such a block, in order, the labels of each page the
    edition's words do not part (glued), and the rest of a label each page's
    block opens with, carried over from the page before."""

    lines: list[PlainLine]
    labels: dict[int, tuple[str, ...]]
    unparted: dict[int, str]
    carried: dict[int, str]


def glyph_column(body: list[PlainLine], voc: Vocabulary) -> GlyphColumn:
    """``body`` (a table's lines) with each block of lines one glyph each that parts
    whole into the edition's words of a label column glued (see the module)."""
    lines: list[PlainLine] = []
    labels: dict[int, tuple[str, ...]] = {}
    unparted: dict[int, str] = {}
    carried: dict[int, str] = {}
    k = 0
    while k < len(body):
        if (total := _total_around(body[k:k + 3], voc)) is not None:
            lines.append(total)
            k += 3
            continue
        end = _block_end(body, k)
        text = "".join(ln.text for ln in body[k:end]) if end - k >= _LEAST_BLOCK else ""
        words = _parted(text, voc)
        first = body[k]
        head = _heading(text, voc) if words is None else ""
        if words is None and text and (over := _carried(text[len(head):], voc)) is not None:
            carried[first.page], words = over
            words = [head, *words] if head else words
        if words is None and head:
            words = [head]
            unparted[first.page] = text[len(head):]
        if not text or words is None:
            lines.append(first)
            k += 1
            continue
        for word in words:
            if word in voc.row_label_columns:
                lines.append(PlainLine(first.no, word, first.page, first.indent))
            elif word in voc.total_labels and lines and lines[-1].page == first.page \
                    and values_of(lines[-1].text) is not None:
                lines[-1] = _total_line(word, lines[-1], lines[-1].indent)
            elif word in voc.total_labels:
                lines.append(PlainLine(first.no, word, first.page, first.indent))
            else:
                labels[first.page] = (*labels.get(first.page, ()), word)
        k = end
    return GlyphColumn(lines, labels, unparted, carried)


def _total_around(lines: list[PlainLine], voc: Vocabulary) -> PlainLine | None:
    """A total's label printed a glyph a line around its figures ("共", "718.4
    718.4", "计": the label's two lines beside the figures' one), as one line of
    the label and figures; None for other lines."""
    if len(lines) < 3 or not one_page(lines)\
            or any(b.no != a.no + 1 for a, b in zip(lines, lines[1:], strict=False)):
        return None
    head, figures, tail = lines
    word = head.text + tail.text
    if not (lone_glyph(head.text) and lone_glyph(tail.text) and word in voc.total_labels
            and values_of(figures.text) is not None):
        return None
    return _total_line(word, figures, head.indent)


def _total_line(word: str, figures: PlainLine, indent: int) -> PlainLine:
    """A total's label ``word`` written before its ``figures`` on their line, at
    ``indent``."""
    return PlainLine(figures.no, f"{word} {figures.text}", figures.page, indent)


def _carried(rest: str, voc: Vocabulary) -> tuple[str, list[str]] | None:
    """A block's text after the label column's heading it may open with (``rest``)
    parted into the rest of a row label whose first glyphs the page before printed
    (the end of a label the edition knows) and the edition's words after it; None
    when it does not part so."""
    for cut in range(1, len(rest) + 1):
        tail = rest[:cut]
        if tail in voc.label_tails and (words := _parted(rest[cut:], voc)) is not None:
            return tail, words
    return None


def cut_labels(text: str, rows: int, glyphs: Counter[tuple[str, str]]) -> tuple[str, ...]:
    """A page's labels printed glued (``text``) cut into ``rows`` labels where the
    document prints the glyphs on either side together least (``glyphs``); none
    when there are more rows than glyphs."""
    if not 0 < rows <= len(text):
        return ()
    cuts = sorted(sorted(range(1, len(text)),
                         key=lambda k: (glyphs[(text[k - 1], text[k])], k))[:rows - 1])
    return tuple(text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True))


def _block_end(body: list[PlainLine], k: int) -> int:
    """The index after the block of lines one glyph each from ``k`` (the lines
    printed one after another on one page)."""
    end = k
    while end < len(body) and lone_glyph(body[end].text) and (
            end == k or body[end].no == body[end - 1].no + 1
            and body[end].page == body[end - 1].page):
        end += 1
    return end


def lone_glyph(text: str) -> bool:
    """Whether a line or word is one ideograph alone (a glyph of a label column
    printed a line each, or of a justified line printed a word each)."""
    return len(text) == 1 and is_cjk(text)


def _heading(text: str, voc: Vocabulary) -> str:
    """The longest heading of a label column ``text`` opens with, if any, with some
    text after it."""
    return max((h for h in voc.row_label_columns if text.startswith(h) and len(h) < len(text)),
               key=len, default="")


def _parted(text: str, voc: Vocabulary) -> list[str] | None:
    """``text`` parted whole into the edition's words of a label column (its
    headings, row labels and totals); None when it does not part so."""
    partings: list[list[str] | None] = [[]] + [None] * len(text)
    for end in range(1, len(text) + 1):
        for start in range(end):
            head = partings[start]
            if head is not None and text[start:end] in voc.label_column_words:
                partings[end] = [*head, text[start:end]]
                break
    return partings[-1]
