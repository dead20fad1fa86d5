"""Reading a text file into the reader's lines, whatever extracted it.

Text that marks block ends with trailing spaces is read by its spacing
(``text_lines``); any other text gets its blocks from its content (``text_blocks``),
with pages from form feeds or else from the page numbers its footers print
(``text_pages``). A text with neither is a word processor's plain text (a cell a
line) where it prints paragraphs a line, else a PDF's text of one page (lines wrapped
at a measure). The vocabulary of the edition (given, or detected from the script of
the text) travels with the lines.
"""

from __future__ import annotations

import re
from pathlib import Path

from unfascicle.editions import detect_language
from unfascicle.errors import UnreadableInput

from .text_blocks import drop_running, has_block_spacing, reblock
from .text_boxes import boxed_rows
from .text_decoding import decode_text
from .text_empty_cells import mark_empty_cells
from .text_grid_entries import Paging, PlainLine
from .text_lines import FULL_SHARE, URL_LINE, Source, SrcLine, split_source
from .text_pages import paginate
from .text_prose import line_measure
from .text_stacked import restack
from .text_values import NOTE_MARKS, values_of
from .text_vocab import Vocabulary, vocabulary
from .text_year_headings import is_year_heading
from .textnorm import LINE_END_HYPHEN, clean, width

# A figure alone with its footnote letter one space after it, as a word processor
# prints a cell's raised mark and pdftotext a table's printed a value a line ("7 a"):
# one value ("7a").
_MARKED_FIGURE = re.compile(rf"^(\(?\d[\d ,.]*\)?) ({NOTE_MARKS})$")
# A page break inside a line: a form feed after anything but a line feed. (The pattern
# opens with the form feed and looks behind it there, so only form feeds are tried: a
# pattern opening with the look behind is tried at every character of the text.)
_INNER_BREAK = re.compile(r"\f(?<=[^\n]\f)")
# A line this many measures wide is a paragraph printed whole (no page prints it);
# a word processor's text has such lines by the score, a PDF's at most a stray one.
_PARAGRAPH_MEASURES = 3
_PARAGRAPH_LINES_SHARE = 0.01
# A text wrapped at a measure has this many full lines (``FULL_SHARE``) at least
# (a few made-up lines show no measure).
_WRAPPED_MIN = 20


def read_source(path: Path, language: str | None = None) -> tuple[Source, Vocabulary]:
    """Read a file into body lines, URLs, running lines and page numbers, with the
    vocabulary of edition ``language`` (detected from the text when None)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableInput(path, f"cannot read file: {exc.strerror}") from exc
    try:
        text = decode_text(data, language)
    except UnicodeDecodeError as exc:
        raise UnreadableInput(path, "not a text file in a known encoding") from exc
    except ValueError as exc:
        raise UnreadableInput(path, f"not a text file in a known encoding: {exc}") from exc
    if not text.strip():
        raise UnreadableInput(path, "the file is empty")
    # a page break inside a line ("footer\fheading") starts the next page's line, and
    # pypdfium2's hyphen ending a printed line, the next printed line run on to it
    # ("Counter\ufffeTerrorism"), ends the line again (the hyphen kept, see ``clean``)
    text = _INNER_BREAK.sub("\n\f", text).replace(LINE_END_HYPHEN, f"{LINE_END_HYPHEN}\n")
    raws = [clean(raw) for raw in text.split("\n")]
    try:
        edition = vocabulary(language or detect_language(raws))
    except ValueError as exc:
        raise UnreadableInput(path, str(exc)) from None
    margins = edition.numbered_through(raws)
    voc = edition.numbered_as(raws, margins)
    if has_block_spacing(raws, voc):
        src = split_source([SrcLine(no, raw) for no, raw in enumerate(raws, 1) if raw], voc)
    else:
        src = _content_source(paginate(raws, voc), voc, margins)
    if not src.lines:
        raise UnreadableInput(path, "no text lines besides page headers and footers")
    return src, voc


def _content_source(raws: list[str], voc: Vocabulary, margins: Vocabulary) -> Source:
    """Body lines of a text without block spacing: pages from form feeds (else from
    footers), running lines out (by ``margins``, the vocabulary of the text's own
    numbering, an annex's aside), blocks found from the content. A text with neither
    that does not wrap at a measure (``_wrapped``: a word processor's,
    ``Paging.UNPAGED``) prints each table cell on a line."""
    pages, page = [], 1
    for raw in raws:
        page += raw.count("\f")
        pages.append(page)
    paging = Paging.PAGED
    plain = [PlainLine(no, _mark_joined(text), pages[no - 1], _indent(raw))
             for no, raw in enumerate(raws, 1) if (text := raw.strip())]
    if page == 1:
        marked = mark_empty_cells(raws, lambda text: values_of(text) is not None,
                                  lambda text: is_year_heading(text, voc))
        split = split_source([SrcLine(no, raw) for no, raw in enumerate(marked, 1)
                              if raw.strip()], voc)
        footed = [PlainLine(ln.no, _mark_joined(ln.text), ln.page)
                  for ln in [*split.lines, *split.urls]]
        if max((ln.page for ln in footed), default=1) > 1:  # pages from footers
            plain = footed
        elif not _wrapped([ln.text for ln in plain]):
            paging = Paging.UNPAGED
            plain = footed
    plain, running = drop_running(plain, margins)
    plain = restack(boxed_rows(plain, margins), running, margins)
    is_url = [bool(URL_LINE.match(ln.text)) for ln in plain]
    urls = [SrcLine(ln.no, ln.text, ln.page) for ln, url in zip(plain, is_url, strict=True) if url]
    body, tables = reblock([ln for ln, url in zip(plain, is_url, strict=True) if not url], voc,
                           paging)
    return Source(body, urls, running, max((ln.page for ln in plain), default=1), tables)


def _mark_joined(text: str) -> str:
    """A line of a figure alone and its footnote letter (``_MARKED_FIGURE``) as one
    value ("7 a" -> "7a"); any other line as it is. (Matched, not substituted: a
    substitution by group references calls back into Python for every line.)"""
    marked = _MARKED_FIGURE.match(text)
    return marked[1] + marked[2] if marked else text


def _wrapped(texts: list[str]) -> bool:
    """Whether a text wraps its paragraphs at a measure, as any text of a PDF does
    (form feeds and footers kept or not): many of its lines fill the width most full
    lines reach, and next to none runs several times that width, as a paragraph
    printed whole on a line does in a word processor's plain text."""
    measure = line_measure(texts)
    full = sum(FULL_SHARE * measure <= width(text) <= measure for text in texts)
    wide = sum(width(text) > _PARAGRAPH_MEASURES * measure for text in texts)
    return full >= _WRAPPED_MIN and wide <= _PARAGRAPH_LINES_SHARE * len(texts)


def _indent(raw: str) -> int:
    """The spaces before a line's text (a page break mark not counted)."""
    text = raw.lstrip("\f")
    return len(text) - len(text.lstrip())
