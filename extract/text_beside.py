"""Two cells of a row printed side by side one space apart, each column of its own
width (pdfplumber's ``extract_text`` of a table whose label column stands beside a
text column: "Committee on the Exercise of the Inalienable Mandate: General
Assembly ..." over "Rights of the Palestinian People").

A line below the row's first line runs together what each cell still prints at
that height: the first words the left cell's, the rest the right cell's, either
part possibly empty. Greedy word wrap tells where the parts may meet: each part is
no wider than its column, and a part that goes on in a cell opens with a word that
did not fit after that cell's line above. Where several places fit, the document's
wording decides (``text_sidebyside.Pairs``): two words it prints together elsewhere
are one cell's, not parted here, and a word it never ends a clause with ("the",
"on") leaves its cell unfinished, to go on in this line.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from .text_sidebyside import Pairs
from .text_wrap import ends_short
from .textnorm import width

# A pair of words the document prints together at least this often (the line
# being parted counts once) is bound: a wrap joins it, a column boundary does not
# part it.
_BOUND = 2
# A part may print this many times wider than its column's widest line measures
# (characters are a proxy for the face's widths).
_OVERFLOW = 1.1
# A line ending in a word this surely not ending a clause is unfinished.
_UNFINISHED = 0.5
# The cost of a part wider than its column's widest line measured (within the
# margin ``_OVERFLOW``): less than a pair of words bound or parted.
_WIDER = 0.5
# Closing brackets.
_CLOSING = (")", "]")


class _Part(NamedTuple):
    """Words of a line that go in one column, their text and its width (measured
    once: a line's readings weigh each part twice, for fit and for cost)."""

    words: list[str]
    text: str
    size: int


def _part(words: list[str]) -> _Part:
    """``words`` as a part of a line."""
    text = " ".join(words)
    return _Part(words, text, width(text))


@dataclass(frozen=True)
class Beside:
    """The widths of the two columns (``left``, ``right``, in characters: their
    widest line printed) and the document's wording (``pairs``)."""

    left: int
    right: int
    pairs: Pairs

    def parted(self, words: list[str], above: tuple[str, str]) -> int:
        """How many of a line's ``words`` go on in the left cell, the others in the
        right, under the two cells' lines so far (``above``: the last line each
        printed, "" for none): the reading that fits the columns at least cost
        (``_cost``), the right cell's alone on equal cost, else the most words left
        (two columns saying much the same, "resolution 751 (1992)", bind the same
        words on either side of a boundary)."""
        parts = [(_part(words[:k]), _part(words[k:])) for k in range(len(words) + 1)]
        fits = [k for k in range(len(words) + 1) if self._fits(parts[k], above)]
        return min(fits, key=lambda k: (self._cost(parts[k], above), k != 0, -k), default=0)

    def goes_on_left(self, words: list[str], last: str) -> bool:
        """Whether ``words`` go on in the left column under its line ``last``: they
        fit it, and ``last`` is unfinished or ends in a word bound to their first."""
        end = _last_word(last)
        return bool(end) and self.fits_left(words, last) and (
            self._unfinished(end) or self._bound(end, words[0]))

    def goes_on_beside(self, words: list[str], above: tuple[str, str]) -> bool:
        """Whether ``words`` go on in both cells under their lines ``above`` (the
        last line each printed): the left one is unfinished, and the words part
        into the two columns, some in each (a line ending in what reads as figures,
        "... and 2253 (2015)", may be a label's and a text's wrapped lines)."""
        end = _last_word(above[0])
        return bool(end) and self._unfinished(end) and any(
            self._fits((_part(words[:k]), _part(words[k:])), above)
            for k in range(1, len(words)))

    def fits_left(self, words: list[str], last: str) -> bool:
        """Whether ``words`` fit the left column going on under its line ``last``."""
        return _fits(_part(words), self.left, last)

    def _fits(self, parts: tuple[_Part, _Part], above: tuple[str, str]) -> bool:
        """Whether a line's two parts (left, right) fit their columns."""
        return _fits(parts[0], self.left, above[0]) and _fits(parts[1], self.right, above[1])

    def _cost(self, parts: tuple[_Part, _Part], above: tuple[str, str]) -> float:
        """Bound words parted between a line's two ``parts`` (1), a part's first word
        bound to the last of its column's line above (-1, a wrap joining them), a
        column left unfinished by a word the document surely does not end a clause
        with (1), and a part wider than any line its column printed (``_WIDER``: the
        margin allows it, but a line fitting the measure is likelier)."""
        left, right = parts
        cost = float(bool(left.words and right.words)
                      and self._bound(left.words[-1], right.words[0]))
        for part, last, col in ((left, above[0], self.left), (right, above[1], self.right)):
            cost += _WIDER * (part.size > col)
            end = _last_word(last)
            if part.words and end:
                cost -= self._bound(end, part.words[0])
            elif end:
                cost += self._unfinished(end)
        return cost

    def _unfinished(self, word: str) -> bool:
        """Whether the document's uses of ``word`` show it surely ends no clause; a
        word closing a bracket ("(2015)") closes what it opened, whatever follows
        it elsewhere."""
        return not word.endswith(_CLOSING) and self.pairs.unended_at(word, _UNFINISHED)

    def _bound(self, a: str, b: str) -> bool:
        """Whether the document prints ``a`` and ``b`` together often enough."""
        return self.pairs.counts[(a.lower(), b.lower())] >= _BOUND


def _fits(part: _Part, col: int, last: str) -> bool:
    """Whether a ``part`` (empty: nothing printed) fits a column ``col`` wide under
    its line ``last`` (""  for none): no wider (``_OVERFLOW``), and opening with a
    word ``last`` had no room for, by the same margin: characters stand in for the
    face's widths, so a word that would have made ``last`` nearly as wide as the
    column's widest line may still have wrapped ("... Children and Armed" /
    "Conflict")."""
    return not part.text or (part.size <= _OVERFLOW * col and not (
        last and ends_short(last, part.text, int(col / _OVERFLOW))))


def _last_word(line: str) -> str:
    """A line's last word ("" for an empty line)."""
    words = line.split()
    return words[-1] if words else ""
