"""Printed lines of running text that an extractor cut apart, put together again.

``pdftotext`` in its default mode breaks a justified printed line at a wide gap
between two words into two lines: the left piece stops short though its sentence
goes on, and the right piece is short too. Both fill one line of the measure.
Justification stretches a line's spaces, so a gap grows that wide in a line of
few spaces (ideographic text spaced only around figures and Latin words); a line
of many spaces (Latin text) parts no words so, and its short lines end blocks.
A footnote's call raised above the line it belongs to may come out as a line of
its own (its number alone) between two lines of one sentence. Here such pieces
are joined back, and such a call goes into the line below it where that line
left the call's room (punctuation, then a space). Lines of tables stay as they
are.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .text_grid_entries import PlainLine
from .text_margins import NOTE_MARK, region_end, title_at
from .text_termlists import entry_start
from .text_values import holds_values
from .text_vocab import Vocabulary
from .textnorm import width

# Two pieces of one justified printed line: their widths sum to at least the first
# and at most the second share of the measure (the gap between them the rest).
_ONE_LINE = (0.85, 1.05)
# A printed line with at most this many spaces per character of width has few
# enough for justification to stretch one into a gap.
_FEW_SPACES = 0.1
_CALL_OPENS = re.compile(r"\d{1,3}\s+\D")  # a footnote's call opening a line


def gap_pieces_joined(lines: list[PlainLine], measure: int, voc: Vocabulary,
                      is_full: Callable[[PlainLine], bool]) -> list[PlainLine]:
    """``lines`` with the pieces of printed lines cut at a gap joined, and calls
    printed alone between two lines of a sentence put back in it."""
    out: list[PlainLine] = []
    tables = _table_lines(lines, voc)
    call = ""  # a raised call waiting for the line below it
    for k, ln in enumerate(lines):
        prev = out[-1] if out and k - 1 not in tables and k not in tables else None
        if prev is not None and _raised_call(lines, k, prev, voc):
            call = f"{call} {ln.text}".lstrip()  # calls printed one under another
            continue
        if call:
            ln, call = PlainLine(ln.no, _with_call(ln.text, call, voc), ln.page, ln.indent), ""
        if prev is not None and _cut_at_gap(out, lines[k:k + 3], measure, voc, is_full):
            out[-1] = _joined(prev, ln.text)
        else:
            out.append(ln)
    return out


def _joined(line: PlainLine, text: str) -> PlainLine:
    """``line`` with ``text`` (the rest of its printed line) after it."""
    return PlainLine(line.no, f"{line.text} {text}", line.page, line.indent)


def _table_lines(lines: list[PlainLine], voc: Vocabulary) -> set[int]:
    """Indices of the lines of tables (from a caption and its title, or a
    caption-less table's header words, to the first line that cannot belong to a
    table): their cells' lines are no pieces of printed lines of running text."""
    inside: set[int] = set()
    for k, ln in enumerate(lines):
        if k not in inside and (voc.table_caption.match(ln.text) or voc.headings_only(ln.text)):
            start = min(k + title_at(lines, k) + 1, len(lines))
            inside.update(range(k, region_end(lines, start, voc, "")))
    return inside


def _cut_at_gap(out: list[PlainLine], ahead: list[PlainLine], measure: int, voc: Vocabulary,
                is_full: Callable[[PlainLine], bool]) -> bool:
    """Whether the first of ``ahead`` is the right piece of the printed line whose
    left piece ends ``out``: the left piece stops short inside a block (it opens
    with a paragraph number or item marker, or goes on from a full line above
    without a sentence end), on the same page, the right piece is plain text, each
    stops short with the sentence open, the two fill one line of the measure (a
    paragraph number in the margin), as a justified line does, with few spaces,
    and the block goes on below in a full line (a call printed alone between)."""
    left, ln = out[-1], ahead[0]
    if left.page != ln.page or is_full(left) or is_full(ln) or any(
            voc.ends_sentence(t) or t[-1:] in voc.list_intro for t in (left.text, ln.text)):
        return False
    below = ahead[1:2] if ahead[1:2] and not NOTE_MARK.fullmatch(ahead[1].text) else ahead[2:3]
    # (the line below first: the right piece's own reading asks more)
    if not below or below[0].page != ln.page or not is_full(below[0]) \
            or not _plain(ln.text, voc) or _after_call(left.text, ln.text, voc):
        return False
    number = voc.paragraph_number.match(left.text)
    item = voc.item_level1.match(left.text) or voc.item_level2.match(left.text)
    above = out[-2] if len(out) > 1 else None
    inside = bool(number or item) or (
        above is not None and above.page == left.page and is_full(above)
        and not voc.ends_sentence(above.text) and _running(above.text, voc))
    body = number.group(2) if number else left.text
    both = width(body) + width(ln.text)
    spaces = body.count(" ") + ln.text.count(" ") + 1
    return inside and measure > 0 and _ONE_LINE[0] <= both / measure <= _ONE_LINE[1] \
        and spaces <= _FEW_SPACES * both


def _after_call(left: str, right: str, voc: Vocabulary) -> bool:
    """Whether the right piece opens with a number right after the left piece's
    punctuation: a raised footnote call the line was broken at (``text_blocks``
    reads such pieces), no stretched space."""
    return left[-1:] in voc.line_continues_before and _CALL_OPENS.match(right) is not None


def _raised_call(lines: list[PlainLine], k: int, above: PlainLine, voc: Vocabulary) -> bool:
    """Whether line ``k`` is a footnote's call alone between two lines of a sentence
    on one page (the next calls alone perhaps between), its footnote opening further
    down the page or on the next, the line below leaving room for it."""
    ln = lines[k]
    if not NOTE_MARK.fullmatch(ln.text):
        return False
    end = k + 1
    while end < len(lines) and lines[end].page == ln.page\
            and lines[end].text == str(int(lines[end - 1].text) + 1):
        end += 1
    if end >= len(lines):
        return False
    below = lines[end]
    if _with_call(below.text, ln.text, voc) == below.text:
        return False
    if not (above.page == ln.page == below.page) or voc.ends_sentence(above.text) \
            or not _running(above.text, voc) or not _plain(below.text, voc):
        return False
    return any(m is not None and m.group(1) == ln.text
               for later in lines[end + 1:] if later.page <= ln.page + 1
               for m in [voc.footnote_start.match(later.text)])


def _with_call(text: str, call: str, voc: Vocabulary) -> str:
    """``text`` with the call set in the room left for it: right after the first
    punctuation followed by a space (unchanged where there is none)."""
    for k, char in enumerate(text[:-1]):
        if char in voc.line_continues_before and text[k + 1] == " ":
            return f"{text[:k + 1]}{call}{text[k + 1:]}"
    return text


def _running(text: str, voc: Vocabulary) -> bool:
    """Whether a line is running text: no table row (values), heading, caption or
    footnote rule."""
    return not holds_values(text) and not (
        voc.is_heading(text) or voc.table_caption.match(text)
        or voc.figure_caption.match(text) or voc.footnote_separator.match(text))


def _plain(text: str, voc: Vocabulary) -> bool:
    """Whether a line is running text going on from the line above: no paragraph
    number, item marker or mandate list entry's symbol opening it, nor a mandate
    list's heading."""
    return _running(text, voc) and not (
        voc.paragraph_number.match(text) or voc.item_level1.match(text)
        or voc.item_level2.match(text) or entry_start(voc.symbol_prefixes).match(text)
        or (len(text) <= voc.termlist_heading_max_chars and voc.termlist_heading.search(text)))
