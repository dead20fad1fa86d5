"""Page breaks for a text that marks none, from the page numbers its footers print.

Some extractions join pages with a plain newline (``pdftotext -nopgbrk``, a tool
that concatenates pages): no form feed says where a page ends, and the reader's
page-wise work (running lines at page edges, stacked columns restored a page at a
time) would take the whole text as one page. Every page past the cover prints its
number as page of pages ("3/44") and the document's job number ("25-07123"), on one
line or two, among the running lines the extractor puts at the page's top or foot
(or one of them amid the page's lines). A break after the later of the two parts
the text at those running lines, whichever end the extractor put them at: they stay
at page edges and each page's body stays whole. A page's margin numbers printed
after its footer, before the next page's running head, stay on the page. Some
documents print the job number on every other page only; the page number alone
then ends the others. An extractor's pages joined with nothing between run a footer
into the next page's first line (or the page before's last): it is put back on a
line of its own first.
"""

from __future__ import annotations

import bisect
import itertools
import re
import sys
from collections import Counter
from dataclasses import dataclass

from .text_margins import lone_number
from .text_vocab import Footer, Vocabulary

# Page numbers that make a text paged: fewer could be a figure in a table.
_MIN_MARKS = 2
# Share of its pages a text must print page numbers on to be parted at them: a text
# with a footer kept on a few pages only keeps its pages as ``text_lines`` spreads them.
_PAGES_SHARE = 0.5
# Share of its pages it must print the job number on besides: a document may print it
# on every other page only (odd pages' footers).
_JOBS_SHARE = 0.25


def paginate(raws: list[str], voc: Vocabulary) -> list[str]:
    """``raws`` with page breaks from their footers (``_break_pages``), footers run
    into lines put on their own first (``_unglued``), where the text has no form feed
    at all. Returned unchanged where no pages are found, footers left glued: a footer
    on a line of its own in a text left unpaged would have ``text_lines`` spread
    pages between footers. The lines are read for footers once: a line cut in pieces
    has its pieces read."""
    if any("\f" in raw for raw in raws):
        return raws
    footers, glued = _scan(raws, voc)
    unglued, footers = _unglued(raws, footers, glued, voc)
    paged = _break_pages(unglued, footers, voc)
    return paged if any(raw.startswith("\f") for raw in paged) else raws


def _scan(raws: list[str], voc: Vocabulary) -> tuple[list[Footer | None], list[_Glued]]:
    """The footer marks each line prints alone (``Vocabulary.footer``), and the footers
    run into lines' text: the text is searched once for the edition's job and page
    numbers, and only the lines holding one are read."""
    page = voc.page_number.pattern
    then_page = re.compile(rf"\s+(?:{page})")
    page_then = re.compile(rf"(?:{page})\s+$")
    starts = list(itertools.accumulate((len(raw) + 1 for raw in raws), initial=0))
    marked = dict.fromkeys(bisect.bisect_right(starts, m.start()) - 1
                           for m in voc.footer_numbers.finditer("\n".join(raws)))
    footers: list[Footer | None] = [None] * len(raws)
    glued: list[_Glued] = []
    for at in marked:
        footers[at] = footer = voc.footer(raws[at])
        if footer is None or footer.job:
            glued.extend(_glued_footers(at, raws[at], voc, then_page, page_then))
    return footers, glued


def _break_pages(raws: list[str], footers: list[Footer | None], voc: Vocabulary) -> list[str]:
    """``raws`` with a form feed opening the line after each page's footer (its page
    number and job number; ``footers``, the marks each line prints)."""
    found = [(at, f.page, f.pages) for at, f in enumerate(footers) if f and f.pages]
    count = _page_count(found)
    marks = _page_number_lines(found, count)
    jobs = {at for at, f in enumerate(footers) if f and f.job}
    pages = int(count or "0")
    if len(marks) < max(_MIN_MARKS, _PAGES_SHARE * pages) \
            or len(jobs) < max(_MIN_MARKS, _JOBS_SHARE * pages):
        return raws
    last = max((at for at, raw in enumerate(raws) if raw.strip()), default=0)
    if last in marks | jobs:  # footers at the pages' feet: a page ends after its footer
        ends = _margins_kept(raws, _page_ends(sorted(marks), sorted(jobs)), voc)
        return [f"\f{raw}" if at - 1 in ends else raw for at, raw in enumerate(raws)]
    # footers at the pages' tops (the last page ends in its text): a page starts at its
    # footer, found as a page's end is in the text read backwards
    size = len(raws)
    starts = {size - 1 - end for end in _page_ends(sorted(size - 1 - at for at in marks),
                                                    sorted(size - 1 - at for at in jobs))}
    return [f"\f{raw}" if at in starts else raw for at, raw in enumerate(raws)]


def _page_ends(marks: list[int], jobs: list[int]) -> set[int]:
    """The last footer line of each page: of its page number (``marks``, in page
    order) and the first job number after the page before's end (``jobs``), the
    later, where that job number comes before the next page's number (else the
    page number; the last page's job number is any after it). An extractor prints
    a page's two numbers together at its top or foot, or one at its top or amid
    its lines and the other at its foot (pdftotext): the page ends after both."""
    ends: set[int] = set()
    end = -1
    for mark, nxt in itertools.pairwise([*marks, sys.maxsize]):
        after = bisect.bisect_right(jobs, end)
        job = jobs[after] if after < len(jobs) else sys.maxsize
        end = max(mark, job) if job < nxt else mark
        ends.add(end)
    return ends


def _margins_kept(raws: list[str], ends: set[int], voc: Vocabulary) -> set[int]:
    """``ends`` moved past the paragraph numbers printed alone right after a footer
    where the line after them opens pages (a line several footers are followed by, a
    running head; odd and even pages may print two): an extractor that prints a
    page's margin as a block of its own (``pdftotext``) may print it last, after the
    footer, and the numbers are that page's. Numbers followed by text open the next
    page's paragraph."""
    follows = {end: _margin_after(raws, end, voc) for end in ends}
    opening = Counter(raws[after].strip() for _, after in follows.values() if after < len(raws))
    heads = {text for text, count in opening.items() if count >= 2}
    return {margin if margin != end and after < len(raws) and raws[after].strip() in heads
            else end for end, (margin, after) in follows.items()}


def _margin_after(raws: list[str], end: int, voc: Vocabulary) -> tuple[int, int]:
    """The last of the lines after ``end`` that hold a paragraph number alone (blank
    lines between; ``end`` itself when none do), and the first line with other text
    after them."""
    margin = end
    at = end + 1
    while at < len(raws) and (not (text := raws[at].strip()) or lone_number(text, voc)):
        margin = at if text else margin
        at += 1
    return margin, at


@dataclass(frozen=True)
class _Glued:
    """A footer (job number and page number) run into a line's text: where it
    starts and ends in the line, and its page count's digits as printed; where the
    count ends the footer and the next page's text follows (``runs_on``), these
    may run on into that text's figures."""

    at: int
    start: int
    end: int
    page: int
    pages: str
    runs_on: bool


def _unglued(raws: list[str], footers: list[Footer | None], glued: list[_Glued],
             voc: Vocabulary) -> tuple[list[str], list[Footer | None]]:
    """``raws`` with each footer run into a line without a space (``glued``: "23-06934
    2/44前言", "the Assembly.2/49 26-04819": a tool that joins pages without a line
    break) put on a line of its own, and the footer marks of the lines so made (a
    piece's read, the other lines' as ``footers`` has them). The page count is the
    one most footers agree with, so figures the page's first line opens with
    ("2/442024") are not taken for it."""
    if not glued:
        return raws, footers
    votes = [_counts(g) for g in glued] + [{f.pages} for f in footers if f and f.pages]
    pages = max(set().union(*votes), key=lambda n: (sum(n in v for v in votes), -len(n), n))
    if sum(pages in v for v in votes) < _MIN_MARKS:
        return raws, footers
    cuts: dict[int, tuple[int, int]] = {}
    for g in glued:
        end = g.end - len(g.pages) + len(pages) if g.runs_on else g.end
        if pages in _counts(g) and not raws[g.at][end:end + 1].isspace():
            cuts[g.at] = (g.start, end)
    out: list[str] = []
    marks: list[Footer | None] = []
    for at, raw in enumerate(raws):
        if at in cuts:
            start, end = cuts[at]
            pieces = [part for part in (raw[:start], raw[start:end], raw[end:]) if part]
            out.extend(pieces)
            marks.extend(map(voc.footer, pieces))
        else:
            out.append(raw)
            marks.append(footers[at])
    return out, marks


def _counts(glued: _Glued) -> set[str]:
    """The page counts a glued footer can print: its digits, or where they run on
    into the next page's text, any of their beginnings not below the page number."""
    if not glued.runs_on:
        return {glued.pages}
    return {glued.pages[:n] for n in range(1, len(glued.pages) + 1)
            if int(glued.pages[:n]) >= glued.page}


def _glued_footers(at: int, raw: str, voc: Vocabulary, then_page: re.Pattern[str],
                   page_then: re.Pattern[str]) -> list[_Glued]:
    """Footers opening line ``at`` with text run into their end, or closing it with
    text run into their start: the job number then the page number ("23-06934
    2/44", ``then_page`` after the job number), or the page number then the job
    number ("2/49 26-04819", ``page_then`` before it)."""
    found: list[_Glued] = []
    for job in voc.job_number.finditer(raw):
        m = then_page.match(raw, job.end())
        if m and job.start() == 0 and m.end() < len(raw):
            found.append(_Glued(at, 0, m.end(), int(m["page"]), m["pages"], True))
        elif m and m.end() == len(raw) and _runs_into(raw, job.start()):
            found.append(_Glued(at, job.start(), len(raw), int(m["page"]), m["pages"], False))
        elif m := page_then.search(raw, 0, job.start()):
            if m.start() == 0 and job.end() < len(raw) or \
                    job.end() == len(raw) and _runs_into(raw, m.start()):
                found.append(_Glued(at, m.start(), job.end(), int(m["page"]), m["pages"],
                                    False))
    return found


def _runs_into(raw: str, start: int) -> bool:
    """Whether text runs into ``raw`` at ``start`` with no space between."""
    return start > 0 and not raw[start - 1].isspace()


def _page_number_lines(found: list[tuple[int, int, str]], count: str) -> set[int]:
    """Indexes of the page-number lines ``found`` that print the text's page count,
    each page once and in page order (a figure "2/3" in a table counts other pages,
    or breaks the order)."""
    marks: set[int] = set()
    last = 0
    for at, page, pages in found:
        if pages == count and last < page <= int(pages):
            marks.add(at)
            last = page
    return marks


def _page_count(found: list[tuple[int, int, str]]) -> str:
    """The page count most of the page-number lines ``found`` print ("" for none)."""
    counts = Counter(pages for _, _, pages in found)
    return counts.most_common(1)[0][0] if counts else ""
