"""Lines of a flat text extraction: running headers/footers, link lists and page
numbers.

The reader's lines mark blocks by spacing: a line that starts a block (paragraph,
heading, row) begins with a space, the last line of a block ends with one (some
extractions print so; for others ``text_blocks`` writes the lines so). Running
headers and footers ("23-06934 4/52") are taken out, pages numbered from the
footers, and link targets printed as bare URL lines kept apart.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Protocol

from .model import Table
from .text_vocab import Vocabulary

URL_LINE = re.compile(r"^\s*(https?://\S+)\s*$")
_LATIN_WRAP = re.compile(r"[A-Za-z,;:]\s$")
_RUNNING_HEADER_MAX_CHARS = 40
_SENTENCE_END = "。；：.;:"
# An unmarked block indented this far under a lettered item is its sub-item.
SUBITEM_INDENT = 4
# A full line of running text is this share of the measure (``text_prose.line_measure``)
# wide or more: a wrapped paragraph's lines but its last.
FULL_SHARE = 0.88


@dataclass(frozen=True)
class SrcLine:
    """One non-empty input line: its 1-based number, cleaned text and page."""

    no: int
    raw: str
    page: int = 1

    @property
    def text(self) -> str:
        """The line without surrounding spaces."""
        return self.raw.strip()

    @property
    def indent(self) -> int:
        """Number of leading spaces."""
        return len(self.raw) - len(self.raw.lstrip())

    @property
    def spacer(self) -> bool:
        """A line of spaces only (an empty cell row, a gap between blocks)."""
        return not self.raw.strip()

    @property
    def trailing(self) -> int:
        """Number of trailing spaces."""
        return len(self.raw) - len(self.raw.rstrip())

    @property
    def closes(self) -> bool:
        """Whether the line ends its block: a trailing space, unless it is the
        space of a wrapped Latin phrase."""
        return self.trailing > 0 and not _LATIN_WRAP.search(self.raw)


class Numbered(Protocol):
    """A line of the text that knows its number (``SrcLine``, ``PlainLine``, ...)."""

    @property
    def no(self) -> int: ...


def blank_between(above: Numbered, below: Numbered) -> bool:
    """Whether an empty line (or more) stands between two lines of the text, ``above``
    before ``below``: the extractor set them apart (a block, a row or a paragraph
    ended), where lines next to each other are numbered one after the other."""
    return below.no > above.no + 1


def block_text(lines: list[SrcLine], i: int) -> tuple[str, int]:
    """The text of the lines from ``i`` up to and including the first that closes its
    block (a line of spaces closes none), and the index after it."""
    parts = []
    while i < len(lines):
        parts.append(lines[i].raw)
        i += 1
        if parts[-1].strip() and lines[i - 1].closes:
            break
    return "".join(parts).strip(), i


@dataclass
class Source:
    """The body lines of a document and what was taken out of them."""

    lines: list[SrcLine]
    urls: list[SrcLine] = field(default_factory=list)
    running: list[str] = field(default_factory=list)
    pages: int = 1
    tables: dict[int, Table] = field(default_factory=dict)  # read already, by caption line


def split_source(lines: list[SrcLine], voc: Vocabulary) -> Source:
    """Take URL lines and running headers/footers (footers by the edition's job and
    page numbers, ``voc``) out of the body; number pages."""
    footers = _footers(lines, voc)
    running_nos = {ln.no for ln, _ in footers} | _running_headers(lines, footers)
    running = list(dict.fromkeys(ln.text for ln in lines if ln.no in running_nos))
    running_set = set(running)
    kept = [ln for ln in lines if ln.no not in running_nos and ln.text not in running_set]
    total = max((t for _, (_, t) in footers), default=0)
    paged = _assign_pages(kept, [(ln.no, p) for ln, (p, _) in footers], total, lines[-1].no)
    body = [ln for ln in paged if not URL_LINE.match(ln.raw)]
    urls = [ln for ln in paged if URL_LINE.match(ln.raw)]
    return Source(body, urls, running, max(total, paged[-1].page if paged else 1))


def _footers(lines: list[SrcLine],
             voc: Vocabulary) -> list[tuple[SrcLine, tuple[int, int]]]:
    """Footer lines (the job number and the page number, either first) with their
    (page, total pages)."""
    return [(ln, (footer.page, int(footer.pages))) for ln in lines
            if (footer := voc.footer(ln.raw)) and footer.whole]


def _running_headers(lines: list[SrcLine],
                     footers: list[tuple[SrcLine, tuple[int, int]]]) -> set[int]:
    """Line numbers of running headers: the short, unpunctuated line printed just
    before a footer (the extraction puts a page's header and footer together)."""
    index = {ln.no: i for i, ln in enumerate(lines)}
    found = set()
    for ln, _ in footers:
        at = index[ln.no]
        before = [c for c in lines[max(0, at - 3):at] if not c.spacer]
        if before and len(before[-1].text) <= _RUNNING_HEADER_MAX_CHARS \
                and before[-1].text[-1] not in _SENTENCE_END:
            found.add(before[-1].no)
    return found


def _assign_pages(body: list[SrcLine], marks: list[tuple[int, int]], total: int,
                  last_no: int) -> list[SrcLine]:
    """Give each line a page: footers fix the page at their line, lines between
    footers are spread evenly over the pages in between, and the rate between
    footers extends before the first and after the last one (with one footer:
    its page before it, the next page after it)."""
    if not marks:
        return body
    if len(marks) > 1:
        rate = (marks[-1][0] - marks[0][0]) / max(1, marks[-1][1] - marks[0][1])
    else:
        rate = float(last_no)
    out = []
    for ln in body:
        out.append(SrcLine(ln.no, ln.raw, _page_at(ln.no, marks, rate, total)))
    return out


def _page_at(no: int, marks: list[tuple[int, int]], rate: float, total: int) -> int:
    """Page of line ``no`` given footer marks (line, page) and lines per page (the
    mark at or after the line found by bisection: linear cost over a document)."""
    at = bisect.bisect_left(marks, no, key=lambda m: m[0])
    if at < len(marks):
        line, page = marks[at]
        if at == 0:
            return max(1, page - int((line - no) / rate))
        prev = marks[at - 1]
        span = (line - prev[0]) / max(1, page - prev[1])
        return min(page, prev[1] + 1 + int((no - prev[0]) / span))
    prev = marks[-1]
    guess = prev[1] + 1 + int((no - prev[0]) / rate)
    return min(guess, total) if total else guess
