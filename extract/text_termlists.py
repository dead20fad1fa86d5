"""Legislative mandate lists of a flat text extraction.

Printed in two columns (symbol, title), they come out as a short heading line
("大会决议") followed by entries "56/206 加强…", long titles wrapped; sometimes two
entries share a line. Lists of bare terms (Security Council resolutions "1325 (2000)",
presidential statements "S/PRST/2013/4") print no titles, in columns of equal width
side by side; their heading may wrap. Subprogramme headings sit between the lists. Link targets
are appended as URL lines after the page; an entry gets the nearest URL, on its page or
the next, that ends with its symbol (URLs are indexed by that ending once, so the
cost stays linear in the length of the document).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from functools import lru_cache

from .model import Heading, Provenance, TermEntry, TermList
from .text_grid_entries import PlainLine
from .text_lines import SrcLine
from .text_tables import is_numbered_paragraph
from .text_vocab import Vocabulary
from .text_wrap import join

# A symbol: a resolution's or decision's ("56/206", "ES-10/20", "3327 (XXIX)"), or
# a document's, its series' letters before its number ("S/2024/507", "E/HLS/2016/1",
# "TD/500/Add.1", "A/520/Rev.21").
_SYMBOL = (r"(?:[A-Z]{1,2}-)?\d+(?:/\d+)+|\d+ ?\([A-Z]+\)"
           r"|[A-Z]{1,6}(?:[./][A-Z0-9]+)*/\d+(?:/\d+)*(?:/(?:Add|Rev|Corr)\.\d+)*")
# An entry's symbols: one, or several a semicolon apart ("49/37; 79/296").
_SYMBOLS = rf"(?:{_SYMBOL})(?:;\s*(?:{_SYMBOL}))*"
_HEADING_LOOKAHEAD = 3
# A bare term: a Security Council resolution ("1325 (2000)") or a statement by its
# President ("S/PRST/2013/4"), listed without titles.
_BARE = r"\d{1,4} ?\(\d{4}\)|S/PRST/\d{4}/\d+"
_BARE_TERM = re.compile(_BARE)
_BARE_LINE = re.compile(rf"(?:{_BARE})(?:\s+(?:{_BARE}))*")
# A bare list's heading wraps over this many lines at most ("Security Council
# resolutions pertaining to the establishment and mandates of existing subsidiary
# organs created / by the Council under the terms of Article 29 of the Charter ...").
_BARE_HEADING_LINES = 3


@lru_cache(maxsize=4)
def entry_start(prefixes: tuple[str, ...]) -> re.Pattern[str]:
    prefix = "|".join(map(re.escape, prefixes))
    return re.compile(rf"^((?:(?:{prefix})\s*)?{_SYMBOLS})\s+(\S.*)$")


_INNER = re.compile(rf"(?<=\S)\s+({_SYMBOL})\s+(?=\S)")
# An entry of a list's second column, printed beside the first's after a gutter of two
# spaces or more (column-aligned text, ``pdftotext -layout``).
_BESIDE = re.compile(rf"\S {{2,}}({_SYMBOLS}) +\S")
# Lines opening a second column at one position: the list is printed in two columns.
_BESIDE_LINES = 2


def columns_apart(lines: list[PlainLine]) -> list[tuple[PlainLine, str]]:
    """A list's lines as read in order: where the text keeps the columns' positions
    and a second column of entries opens at one position on two lines or more, each
    line's part left of it (the first column's lines) before each line's part from
    it on (the second's), each part with its line; a line whose words run across
    that position stays whole in the first column. Elsewhere the lines as printed:
    an extractor that keeps no positions prints the two columns' lines in turn,
    and their entries open at their symbols whatever line they are on."""
    opens = Counter(ln.indent + m.start(1) for ln in lines
                    if (m := _BESIDE.search(ln.text)))
    at, count = opens.most_common(1)[0] if opens else (0, 0)
    if count < _BESIDE_LINES:
        return [(ln, ln.text) for ln in lines]
    first: list[tuple[PlainLine, str]] = []
    second: list[tuple[PlainLine, str]] = []
    for ln in lines:
        cut = at - ln.indent
        head, tail = ln.text[:max(cut, 0)], ln.text[max(cut, 0):]
        if head.strip() and tail.strip() and not head.endswith("  "):
            first.append((ln, ln.text))  # (words across the gutter: not two columns here)
            continue
        first += [(ln, head.strip())] if head.strip() else []
        second += [(ln, tail.strip())] if tail.strip() else []
    return first + second


def bare_terms(text: str) -> list[str]:
    """The bare terms a line prints, where it prints nothing else (every term has a
    bracket or a slash: most lines are told by a look for them)."""
    if "(" not in text and "/" not in text:
        return []
    return _BARE_TERM.findall(text) if _BARE_LINE.fullmatch(text.strip()) else []


def bare_heading_end(texts: list[str], voc: Vocabulary) -> int | None:
    """Where the heading of a list of bare terms that opens ``texts`` ends (the index
    of the list's first line), if it does: up to ``_BARE_HEADING_LINES`` lines, the
    first opening with a capitalised word without figures, none ending a sentence,
    opening with a figure or printing bare terms; followed by bare terms, two or
    more on the first line or on two lines (a line of one term alone may be a
    wrapped sentence's); and no later line opening such a heading."""
    if not texts or not texts[0][:1].isupper() or any(ch.isdigit() for ch in texts[0].split()[0]):
        return None  # (a symbol, "S/2015/1026 Cameroon-Nigeria ...", is an entry's)
    for end in range(1, min(_BARE_HEADING_LINES, len(texts) - 1) + 1):
        line = texts[end - 1].rstrip()
        if bare_terms(line) or _ends_sentence(line, voc) or line[:1].isdigit():
            return None
        first = bare_terms(texts[end])
        if len(first) > 1 or (first and end + 1 < len(texts) and bare_terms(texts[end + 1])):
            # the nearest heading only: lines above it are the text before the list
            later = (bare_heading_end(texts[k:], voc) for k in range(1, end))
            return None if any(e is not None for e in later) else end
    return None


def _ends_sentence(line: str, voc: Vocabulary) -> bool:
    """Whether a line ends a sentence (a list's introduction, "including:", heads it)."""
    return line[-1:] in voc.sentence_end and line[-1:] not in voc.list_intro


def bare_order(lines: list[PlainLine]) -> list[tuple[PlainLine, str]]:
    """The terms of a bare list's lines in reading order, each with its line. Lines
    set side by side hold a term of each column, the columns filled top to bottom,
    the first the longest: so the first term of every line, then the second, and so
    on; page by page (a list running over a page break sets its columns again)."""
    out: list[tuple[PlainLine, str]] = []
    for _, group in itertools.groupby(lines, key=lambda ln: ln.page):
        rows = [(ln, bare_terms(ln.text)) for ln in group]
        for c in range(max(len(terms) for _, terms in rows)):
            out += [(ln, terms[c]) for ln, terms in rows if c < len(terms)]
    return out


def is_termlist_heading(lines: list[SrcLine], i: int, voc: Vocabulary) -> bool:
    """A short line ending like a list name, followed by an entry; or a line over a
    list of bare terms."""
    text = lines[i].text
    ahead = [ln.text for ln in itertools.islice(
        (lines[k] for k in range(i + 1, len(lines)) if not lines[k].spacer), 2)]
    if bare_heading_end([text, *ahead], voc) == 1:
        return True
    if len(text) > voc.termlist_heading_max_chars or not voc.termlist_heading.search(text):
        return False
    return bool(ahead) and bool(entry_start(voc.symbol_prefixes).match(ahead[0]))


def index_urls(urls: list[SrcLine]) -> dict[str, list[SrcLine]]:
    """URL lines under every tail after a slash ("…/RES/56/206" under "56/206",
    "206", …), so an entry finds the URLs ending with its symbol in one look-up; each
    list in page order, for :func:`_entry` to bisect."""
    index: dict[str, list[SrcLine]] = {}
    for u in urls:
        for m in re.finditer("/", u.text):
            index.setdefault(u.text[m.end():], []).append(u)
    for found in index.values():
        found.sort(key=_page)
    return index


def read_termlists(lines: list[SrcLine], i: int, voc: Vocabulary,
                   urls: dict[str, list[SrcLine]],
                   level: int) -> tuple[list[TermList | Heading], int]:
    """Read consecutive term lists and the headings between them (at ``level``)."""
    blocks: list[TermList | Heading] = []
    while i < len(lines):
        if lines[i].spacer:
            i += 1
        elif is_termlist_heading(lines, i, voc):
            termlist, i = _read_list(lines, i, voc, urls)
            blocks.append(termlist)
        elif (heading_end := _subheading_end(lines, i, voc)) is not None:
            text = " ".join(ln.text for ln in lines[i:heading_end] if not ln.spacer)
            blocks.append(Heading(text, level, Provenance(lines[i].page, line=lines[i].no)))
            i = heading_end
        else:
            break
    return blocks, i


def _subheading_end(lines: list[SrcLine], i: int, voc: Vocabulary) -> int | None:
    """End of indented heading lines starting at ``i`` that lead to a list."""
    j = i
    while j < len(lines) and j - i < _HEADING_LOOKAHEAD:
        ln = lines[j]
        if not ln.spacer and (ln.indent < 1 or not ln.closes):
            break
        j += 1
        if j < len(lines) and is_termlist_heading(lines, j, voc):
            return j
    return None


def _read_list(lines: list[SrcLine], i: int, voc: Vocabulary,
               urls: dict[str, list[SrcLine]]) -> tuple[TermList, int]:
    head = lines[i]
    start = entry_start(voc.symbol_prefixes)
    i += 1
    bare: list[TermEntry] = []
    while i < len(lines) and (lines[i].spacer or (listed := bare_terms(lines[i].text))):
        bare += [] if lines[i].spacer else [TermEntry("", term) for term in listed]
        i += 1
    if bare:
        return TermList(head.text, bare, Provenance(head.page, line=head.no)), i
    entries: list[tuple[SrcLine, str]] = []
    open_entry = False
    while i < len(lines):
        ln = lines[i]
        if ln.spacer:
            i += 1
            continue
        if start.match(ln.text) and not open_entry:
            entries.append((ln, ln.text))
        elif open_entry and not (is_numbered_paragraph(ln, voc) or voc.is_heading(ln.text)):
            entries[-1] = (entries[-1][0], join([entries[-1][1].rstrip(), ln.raw.strip()]))
        else:
            break
        open_entry = not ln.closes
        i += 1
    terms = [t for ln, text in entries for t in _entries(ln, text.strip(), voc, urls)]
    return TermList(head.text, terms, Provenance(head.page, line=head.no)), i


def _entries(ln: SrcLine, text: str, voc: Vocabulary,
             urls: dict[str, list[SrcLine]]) -> list[TermEntry]:
    """One or more entries from an entry's text (two may share a printed line)."""
    m = entry_start(voc.symbol_prefixes).match(text)
    if m is None:
        return []
    symbol, title = m.group(1), m.group(2)
    for inner in _INNER.finditer(title):
        before = title[:inner.start()].rstrip()
        after = title[inner.end():]
        if before[-1:] in voc.symbol_reference_before or after.startswith(
                voc.symbol_reference_after):
            continue
        return [_entry(symbol, before, ln, urls),
                *_entries(ln, title[inner.start(1):], voc, urls)]
    return [_entry(symbol, title, ln, urls)]


def _entry(symbol: str, title: str, ln: SrcLine,
           urls: dict[str, list[SrcLine]]) -> TermEntry:
    """An entry with the nearest link target ending in its symbol, looked for on
    the entry's page and the pages next to it."""
    core = re.search(_SYMBOL + "$", symbol)
    key = core.group(0) if core else symbol
    found = urls.get(key, [])
    cands = found[bisect.bisect_left(found, ln.page - 1, key=_page):
                  bisect.bisect_right(found, ln.page + 1, key=_page)]
    best = min(cands, key=lambda u: (u.no < ln.no, abs(u.no - ln.no))) if cands else None
    return TermEntry(symbol, title.strip(), best.text if best else None)


def _page(line: SrcLine) -> int:
    return line.page
