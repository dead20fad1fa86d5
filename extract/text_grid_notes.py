"""Footnote marks and notes printed with a table's figures, told from its rows.

A footnote letter set one space after its figure or raised at a line's end is
the figure's mark, not a column; a note lettered to the figures ("a Excludes …")
opens like a sentence and ends the table's rows; a note at the table's head is
kept apart from the header; values wrapped under their label's line go back on it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .text_grid_entries import PlainLine
from .text_ideographs import word_uses
from .text_sidebyside import Pairs
from .text_values import NOTE_MARKS, column_count, fewest_values, holds_values, split_row, values_of
from .text_vocab import Vocabulary
from .text_wrap import BROKEN_MOST, bare_word

# A footnote letter (or letters, "a,b") one space after the figure it marks.
_MARK_APART = re.compile(rf"(?<=\d) (?={NOTE_MARKS}(?:\s|$))")
MARKS_ALONE = re.compile(rf"^{NOTE_MARKS}$")
# A note lettered to a table's figures: its letter, then its text ("a Excludes …"),
# which opens like a sentence (``opens_note``); a word processor's text parts the two
# by a tab ("a<TAB>Excludes …", "a <TAB>Excludes …"), some extractors by two spaces.
_NOTE_MARK = re.compile(rf"^{NOTE_MARKS}[ \t]+(?=\S)")
# A line ending in a figure and, spaces after it, a footnote mark set raised.
_RAISED_END = re.compile(rf"(?<=\d)( +)({NOTE_MARKS})$")
# A figure of four digits or more at a line's end, its thousands not parted: a year
# ("resolutions 1267 (1999), 1989" + "(2011) and 2253 (2015)"), not a table's figure.
_UNPARTED = re.compile(r"(?<!\S)\(?\d{4,}\)?$")


def head_note(lines: list[PlainLine], voc: Vocabulary) -> tuple[list[PlainLine], list[str]]:
    """A note printed above the table's header ("Note: The following abbreviations are
    used …", set under the caption): its lines (on its page, at its indent) taken out
    as a note, the table's lines after it kept; else the lines as they are."""
    at = next((k for k, ln in enumerate(lines) if voc.table_note.match(ln.text)), None)
    if at is None or any(holds_values(ln.text) for ln in lines[:at]):
        return lines, []
    first = lines[at]
    end = at + 1
    while end < len(lines) and lines[end].page == first.page\
            and lines[end].indent == first.indent:
        end += 1
    if end == len(lines):
        return lines, []
    return [*lines[:at], *lines[end:]], [" ".join(ln.text for ln in lines[at:end])]


def lettered_notes(lines: list[PlainLine], pairs: Pairs | None = None) -> int:
    """Where the notes lettered to the table's figures start: the first line after
    the last row of values that opens with a note letter, alone (set raised on a
    line of its own; not the last letter of a word a narrow column broke, "Fourt" /
    "h", ``word_ended``) or before text opening like a sentence (``opens_note``:
    "a Excludes …", "a 2024 expenditure reflects …"); in a table without figures,
    the first such line, or letter alone before such text (``_note_at``), whose
    letter marks a word above (``_marked_above``);
    ``len(lines)`` where none does."""
    last = max((k for k, ln in enumerate(lines) if holds_values(ln.text)), default=None)
    if last is None:
        return _letters_before(lines, next((k for k in range(1, len(lines))
                                            if _note_at(lines, k)
                                            and _marked_above(lines, k, pairs)), len(lines)))
    return next((k for k in range(last + 1, len(lines))
                 if MARKS_ALONE.match(lines[k].text)
                 and not word_ended(lines, k, pairs)
                 or opens_note(lines[k].text)),
                len(lines))


def _note_at(lines: list[PlainLine], k: int) -> bool:
    """Whether a note opens at line ``k``: a line opening like one, or its letter
    alone on the line, its text on the next (an extractor printing the raised
    letter apart, "a" / "Percentage of …")."""
    return opens_note(lines[k].text) or bool(MARKS_ALONE.match(lines[k].text)) \
        and k + 1 < len(lines) and opens_note(f"{lines[k].text} {lines[k + 1].text}")


def _letters_before(lines: list[PlainLine], k: int) -> int:
    """Where notes lettered in turn start, the note at ``k`` found among them: the
    lines right above it that open like notes, each lettered one before the next
    ("a See …" over "b See …"), are notes too, though no word above shows their
    letter (a mark set on a word used nowhere else, "(GDP)a")."""
    while 1 < k < len(lines) and opens_note(lines[k - 1].text) \
            and ord(_letter(lines[k - 1].text)) + 1 == ord(_letter(lines[k].text)):
        k -= 1
    return k


def _letter(text: str) -> str:
    """The letter a line opening like a note opens with (its last, "a,b": "b")."""
    return text.split(maxsplit=1)[0][-1]


def _marked_above(lines: list[PlainLine], k: int, pairs: Pairs | None) -> bool:
    """Whether a line above ``k``, which opens like a lettered note, holds a word
    carrying that note's letter ("materialsa"): a word the document uses only on
    those lines, and without the letter elsewhere too. In a table of prose, with no
    figures to mark, a line opening with a lone letter may be a cell's ("a United
    Nations …"); only its mark set against a word above shows it a note."""
    if pairs is None:
        return False
    mark = lines[k].text.split(maxsplit=1)[0]
    own = word_uses(ln.text for ln in lines[:k])
    return any(len(word) > len(mark) + 1 and word.endswith(mark)
               and pairs.words[bare_word(word)] <= own[bare_word(word)]
               and pairs.words[stem] > own[stem]
               for ln in lines[:k] for word in ln.text.split()
               for stem in [bare_word(word[:-len(mark)])])


def word_ended(lines: list[PlainLine], k: int, pairs: Pairs | None) -> bool:
    """Whether the letter alone on line ``k`` ends the word the lines above it broke
    off: the line above ends in letters, and with them, or with the last word of a
    line further up through lines of one word each, it is a word the document uses
    ("Fourt" / "h", "compre" / "hensiv" / "e"; ``pairs``: its wording; a mark after
    a figure, "48" / "a", is a note's)."""
    word = lines[k].text
    for above in reversed(lines[max(0, k - BROKEN_MOST):k]):
        words = above.text.split()
        if not (pairs and words and words[-1].isalpha()):
            return False
        word = words[-1] + word
        if pairs.uses[word.lower()]:
            return True
        if len(words) > 1:
            return False
    return False


def opens_note(text: str) -> bool:
    """Whether a line opens a lettered note: its letter, spaces or tabs, then text that
    opens like a sentence, not in lower case (a capital, a figure, an ideograph:
    "a Excludes …", "a 不包括…"; "a of the …" goes on a line above)."""
    mark = _NOTE_MARK.match(text)
    return mark is not None and not text[mark.end()].islower()


def raised_rows(lines: list[PlainLine]) -> list[PlainLine]:
    """Rows of column-aligned text broken at a raised footnote mark put back on one
    line: the extraction sets the row's text up to the mark ("1   a") on one line and
    its values right of it on the next, each piece at its column. The lower line,
    values alone (up to a raised mark of its own) and starting right of the mark, is
    laid into the row line at its column, the mark set against its figure."""
    out: list[PlainLine] = []
    for ln in lines:
        above = out[-1] if out else None
        end = above.indent + len(above.text) if above else 0
        raised = _RAISED_END.search(above.text) if above and ln.indent else None
        if above and raised and ln.page == above.page and ln.indent > end\
                and fewest_values(_RAISED_END.sub("", ln.text)):
            gap, mark = raised.groups()
            text = f"{above.text[:raised.start()]}{mark}{gap}"
            out[-1] = replace(above, text=f"{text}{' ' * (ln.indent - end)}{ln.text}")
        else:
            out.append(ln)
    return out


def marks_joined(ln: PlainLine) -> PlainLine:
    """A line with the footnote letters set one space after a figure joined to it
    ("641 a" -> "641a", "1 979 a,b" -> "1 979a,b"), as most rows print them. (A
    line of footnote letters alone, a raised mark the extraction set on a line of
    its own, is left out of the table: no cell is made of it.)"""
    text = _MARK_APART.sub("", ln.text)
    return ln if text == ln.text else PlainLine(ln.no, text, ln.page, ln.indent)


def wrapped_values(lines: list[PlainLine]) -> list[PlainLine]:
    """Row lines whose values go on in lines of values alone below them, on their
    page, joined to those lines (an extraction breaking a row's line after a raised
    footnote mark: "Approved 2025 1 1a" + "– – 2 4b" + "3 3b" + "– 14 … 21"; a mark
    set raised opening the next line, "c – 2 …", goes back to the figure it marks)
    where the row line alone reads as fewer values than the table's column count
    (counted with such rows joined), joined as all of them with the label it reads
    alone (no figure of its own taken into it), and no line below holds
    that many (a row of its own). A table printed a cell per line (up to its last
    line of a label and values, more lines of one value alone than such lines) is
    left as it is."""
    alone = [fewest_values(ln.text) for ln in lines]
    rows = [k for k, ln in enumerate(lines) if not alone[k] and holds_values(ln.text)]
    if not rows or sum(len(v) == 1 for v in alone[:rows[-1]] if v) >= len(rows):
        return lines
    spans: list[tuple[int, int, str, int]] = []
    k = 0
    while k < len(lines):
        text, end, most = lines[k].text, k + 1, 0
        if holds_values(text) and values_of(text) is None and not _UNPARTED.search(text):
            while end < len(lines) and lines[end].page == lines[k].page\
                    and (more := _values_below(text, lines[end].text)):
                most = max(most, len(fewest_values(_NOTE_MARK.sub("", lines[end].text)) or []))
                text, end = text + more, end + 1
        if end > k + 1:
            spans.append((k, end, text, most))
        k = end
    if not spans:
        return lines
    joined = {k: text for k, _, text, _ in spans}
    n = column_count([joined.get(k, ln.text) for k, ln in enumerate(lines)])
    out = list(lines)
    for k, end, text, most in reversed(spans):
        whole, first = split_row(text, n), split_row(lines[k].text, n)
        if whole.exact and len(whole.values) == n and not first.exact and most < n\
                and whole.label == first.label:
            out[k:end] = [replace(lines[k], text=text)]
    return out


def _values_below(text: str, below: str) -> str:
    """What a line of values alone under row line ``text`` adds to it: a space and
    its values, its opening footnote mark set against the figure ending ``text``
    ("2" + "c – 2 – 5" is "2c – 2 – 5"); "" when it is no such line."""
    if fewest_values(below):
        return f" {below}"
    mark = _NOTE_MARK.match(below)
    if mark and text[-1:].isdigit() and fewest_values(below[mark.end():]):
        return below.rstrip()[:mark.end() - 1] + " " + below[mark.end():]
    return ""
