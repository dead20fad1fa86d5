"""How printed lines wrap: a line's width set tight or spaced, the room it left
for the next line's first word, wrapped lines joined, letter-spacing taken out, and
a piece of column-aligned text cut at the column starts it runs over. The prose,
stacked, columnar and block readers all ask these of lines, so they sit below them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from .textnorm import CJK_CLASS, is_cjk, width

# Characters of slack in column-aligned text: pieces print at least this far apart,
# and a column start this near a piece's start is the piece's own.
ALIGN = 2

# Marks that may open a line before its first letter (a cell opens so too).
OPENING = "([{“‘\"'"

# Where an ideograph meets a figure or a Latin letter without a space.
SPACING = re.compile(r"(?<=[\u3400-\u9fff])(?=[0-9A-Za-z])|(?<=[0-9A-Za-z])(?=[\u3400-\u9fff])")

# Punctuation that may not open a line: closing brackets and quotes, and the stops
# and commas (Unicode general categories Pe, Pf and Po, less the opening-only ones).
CLOSING = re.compile(r"[)\]}）》」』】〕〉”’、，。；：！？,.;:!?]*")
# A line ending in a word broken at its hyphen ("police-", "Israeli-"): the word
# goes on on the next line (a compound joined there with no space).
BROKEN_WORD = re.compile(r"[^\W\d_]-$")
# A word's characters up to a space or an ideograph ("25" of "25个").
_RUN = re.compile(rf"[^\s{CJK_CLASS}]+")

# Ideographs one space apart, this many or more in a run, are letter-spaced text.
SPACED_RUN = 3

# The most lines (or line pieces) a word a narrow column broke without a hyphen is
# looked for over ("compre" / "hensiv" / "e").
BROKEN_MOST = 3

# A space next to a CJK character (``tightened`` takes it out).
_BESIDE_CJK = re.compile(f"(?<=[{CJK_CLASS}]) | (?=[{CJK_CLASS}])")
# The CJK characters that may be punctuation: all but the ideographs (letters).
_CJK_MARKS = re.compile("[\u2e80-\u33ff\u4dc0-\u4dff\uf900-\ufaff\uff00-\uffef]")

# Marks around a word, left out where it is looked up among the document's words.
_WORD_MARKS = "\"'“”‘’()[]{},.;:!?"


@lru_cache(maxsize=16384)
def unspaced(label: str) -> str:
    """A label with its letter-spacing taken out: a run of three or more ideographs
    one space apart (a cell's text stretched to its width) is one word, joined to
    the ideograph before it."""
    out: list[str] = []
    toks = label.split(" ")
    k = 0
    while k < len(toks):
        end = k
        while end < len(toks) and len(toks[end]) == 1 and is_cjk(toks[end]):
            end += 1
        if end - k < SPACED_RUN:
            out.append(toks[k])
            k += 1
            continue
        run = "".join(toks[k:end])
        if out and out[-1][-1:] and is_cjk(out[-1][-1]):
            out[-1] += run
        else:
            out.append(run)
        k = end
    return " ".join(out)


def bare_word(word: str) -> str:
    """A word in lower case without the marks around it."""
    return word.lower().strip(_WORD_MARKS)


def cut_at_starts(pos: int, piece: str, starts: list[int]) -> list[tuple[int, str]]:
    """A piece cut at the spaces nearest to the column starts it runs over."""
    out: list[tuple[int, str]] = []
    for start in starts:
        spaces = [k for k, ch in enumerate(piece) if ch == " "]
        if not spaces or not pos + ALIGN < start < pos + len(piece):
            continue
        k = min(spaces, key=lambda j: abs(pos + j + 1 - start))
        out.append((pos, piece[:k]))
        pos, piece = pos + k + 1, piece[k + 1:]
    return [*out, (pos, piece)]


@lru_cache(maxsize=8192)
def least_width(text: str) -> int:
    """The narrowest a printed line may be: without the spaces beside ideographs,
    its full-width punctuation set narrow (a typesetter compresses or hangs it)."""
    return width(tightened(text)) - _punctuation(text)


@lru_cache(maxsize=16384)
def ends_short(text: str, below: str, col: int) -> bool:
    """Whether a line had room for the first word of the line below in a column
    ``col`` wide (measured by ``least_width``): a typesetter may space figures and
    letters from ideographs, and an extractor keep that space or not, so the line
    is taken with such spaces, and the word set close to it."""
    word = first_word(below)
    space = 0 if is_cjk(text[-1]) or is_cjk(word[0]) else 1
    return width(_spaced(text)) + space + width(word) <= col


def _punctuation(text: str) -> int:
    """The full-width punctuation marks of a line (a typesetter may set each in half
    its width)."""
    return sum(1 for ch in _CJK_MARKS.findall(text) if unicodedata.category(ch)[0] == "P")


def _spaced(text: str) -> str:
    """A line with a space wherever an ideograph meets a figure or a Latin letter."""
    return SPACING.sub(" ", text)


def tightened(text: str) -> str:
    """A line without the spaces next to an ideograph."""
    return _BESIDE_CJK.sub("", text)


def tight_width(text: str) -> int:
    """A line's width without the spaces next to its ideographs (an extractor's
    rendering of a typesetter's figure spacing, which another extractor drops)."""
    return width(tightened(text))


@lru_cache(maxsize=16384)
def first_word(text: str) -> str:
    """What a line-breaker keeps together at a line's start: an ideograph with the
    punctuation after it that may not open a line ("据、"), or the
    characters up to a space or an ideograph ("25" of "25个", as some extractors
    drop the space between them)."""
    if is_cjk(text[0]):
        return text[0] + _matched(CLOSING, text[1:])
    return _matched(_RUN, text)


def _matched(pattern: re.Pattern[str], text: str) -> str:
    """What ``pattern`` matches at the start of ``text`` ("" where nothing does)."""
    found = pattern.match(text)
    return found.group() if found else ""


def room(text: str, below: str, full: int) -> int:
    """Room left in a column ``full`` wide after ``text`` and the first word of
    ``below`` (its first character, if an ideograph): negative if it did not fit."""
    word = first_word(below)
    space = 0 if is_cjk(word[0]) and is_cjk(text[-1]) else 1
    return full - width(text) - space - width(word)


def join(parts: Iterable[str]) -> str:
    """Wrapped lines joined: a space between Latin words, none between ideographs."""
    out = ""
    for text in parts:
        if out and (out[-1].isascii() and out[-1].isalnum() or out[-1] in ",;:)") \
                and text[:1].isascii():
            out += " "
        out += text
    return out
