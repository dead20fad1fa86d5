"""Read a flat text extraction of a fascicle into a stage-one :class:`Layout`.

Lines come from ``text_source`` in the spacing convention of ``text_lines`` (a
block starts on a line with a leading space and ends on a line with a trailing
space), whatever extracted them: text without that spacing gets it from its
content (``text_blocks``).
Prose blocks become headings, numbered paragraphs with their lettered items,
footnotes and the foreword signature; captions start tables and figures; short
list headings start legislative mandate lists; runs of bare numbers and short
labels are chart labels. A known header row starts a table without caption, and
the lines under an organization chart annex heading are one figure.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .model import (
    Block,
    Figure,
    Footnote,
    Heading,
    Item,
    Layout,
    Paragraph,
    Provenance,
    Signature,
    Table,
)
from .table_core import drop_repeated_heads
from .text_decoding import decode_text
from .text_empty_cells import blank_marked
from .text_figures import attach_residue, axis_labels, is_residue_start, read_figure, read_residue
from .text_lines import SUBITEM_INDENT, SrcLine
from .text_orgchart import ends_orgchart, read_orgchart
from .text_source import read_source
from .text_tables import is_numbered_paragraph, read_headed_table, read_table
from .text_termlists import index_urls, is_termlist_heading, read_termlists
from .text_vocab import Vocabulary
from .text_wrap import BROKEN_WORD
from .textnorm import is_cjk

__all__ = ["decode_text", "read_text"]

_PUNCT = "\u3000-\u303f\uff00-\uffef”’)"
_CJK = "\u4e00-\u9fff"
# Put where a wrapped line starting with a digit was joined on, so that "1 月\n1 日"
# is not read as a footnote call after "月"; removed once calls are marked.
_JOIN = "\u2063"


@dataclass
class _Prose:
    """A block of prose lines being classified."""

    lines: list[SrcLine]
    text: str
    closed: bool

    @property
    def first(self) -> SrcLine:
        return self.lines[0]

    @property
    def prov(self) -> Provenance:
        return Provenance(self.first.page, line=self.first.no)


@dataclass
class _State:
    """What the reader has built so far."""

    blocks: list[Block] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    level: int = 0
    open_text: Paragraph | Item | None = None
    last_para: Paragraph | None = None
    last_item: Item | None = None
    chart_caption: list[str] | None = None
    wordless: list[int] = field(default_factory=list)  # lines of blocks of figures alone


def read_text(source: Path, language: str | None = None) -> Layout:
    """Read a flat text extraction (any of the encodings ``decode_text`` knows) of the
    edition ``language`` ("zh", "en"; detected from the text's script when None)."""
    src, voc = read_source(source, language)
    state = _State()
    lines = src.lines
    urls = index_urls(src.urls)
    i = 0
    while i < len(lines):
        i = _step(lines, i, state, voc, urls, src.tables)
    if state.wordless:
        state.warnings.append(f"{len(state.wordless)} blocks of figures without words dropped"
                              f" (a chart's labels, a barcode), the first at line"
                              f" {state.wordless[0]}")
    _mark_footnote_calls(state.blocks)
    blank_marked(state.blocks)
    drop_repeated_heads(state.blocks)
    return Layout(str(source), "text", src.pages, state.blocks, running=src.running,
                  warnings=state.warnings)


def _step(lines: list[SrcLine], i: int, state: _State, voc: Vocabulary,
          urls: dict[str, list[SrcLine]], tables: dict[int, Table]) -> int:
    """Read the block starting at ``lines[i]`` (a table read already, by the
    line number of its caption, in ``tables``); return the index after it."""
    ln = lines[i]
    text = ln.text
    if ln.spacer:
        return i + 1
    if ln.no in tables:
        return _put(state, [tables[ln.no]], i + 1)
    if voc.table_caption.match(text):
        table, i, warnings = read_table(lines, i, voc)
        state.warnings += warnings
        return _put(state, [table], i)
    if voc.is_header_row(text):
        table, i = read_headed_table(lines, i, voc)
        return _put(state, [table], i)
    if voc.figure_caption.match(text):
        figure, i = read_figure(lines, i, voc)
        state.figures.append(figure)
        return _put(state, [figure], i)
    if state.chart_caption and not ends_orgchart(ln, voc):
        chart, i = read_orgchart(lines, i, state.chart_caption, voc)
        state.chart_caption = None
        return _put(state, [chart], i)
    if voc.footnote_separator.match(text):
        return _read_footnotes(lines, i + 1, state, voc)
    if is_termlist_heading(lines, i, voc):
        blocks, i = read_termlists(lines, i, voc, urls, state.level + 1)
        return _put(state, blocks, i)
    if state.open_text is None and is_residue_start(lines, i):
        segments, j = read_residue(lines, i)
        if not segments or not attach_residue(state.figures, segments):
            state.warnings.append(f"line {ln.no}: stray chart labels dropped")
        return j
    prose, i = _read_prose(lines, i, state.open_text is not None, voc, tables)
    _classify(prose, state, voc)
    return i


def _put(state: _State, blocks: Sequence[Block], i: int) -> int:
    """Append blocks that close any open paragraph; return ``i``."""
    state.blocks += blocks
    state.open_text = None
    return i


def _read_prose(lines: list[SrcLine], i: int, continuing: bool, voc: Vocabulary,
                tables: Container[int] = ()) -> tuple[_Prose, int]:
    """Lines of one prose block: up to the line that closes it, or before a line
    that must start a block of its own (such a line is never joined on to an
    unfinished block, nor is the first line of a table read already, by its line
    number in ``tables``); an annex heading is a block of its own (its title, on the
    line below, is joined to it as a heading's)."""
    taken = [lines[i]]
    i += 1
    closed = taken[-1].closes  # (read once a line: a line's ``closes`` reads its end)
    while not (closed or voc.annex_heading.match(taken[-1].text)) \
            and i < len(lines) and not _starts_block(lines[i], voc) \
            and lines[i].no not in tables:
        taken.append(lines[i])
        closed = taken[-1].closes
        i += 1
    own = not continuing or _starts_block(taken[0], voc)
    text = taken[0].raw.strip() if own else _joined(taken[0].raw)
    for ln in taken[1:]:
        text = _appended(text, _joined(ln.raw))
    return _Prose(taken, text.strip(), closed), i


def _joined(raw: str) -> str:
    """A continuation line as appended: no leading space, a join mark before a
    leading digit."""
    text = raw.lstrip()
    return _JOIN + text if text[:1].isdigit() else text


def _appended(text: str, more: str) -> str:
    """``more``, a wrapped line's continuation (``_joined``), appended to ``text``
    as the PDF reader joins wrapped lines: one space between two words, none next to
    an ideograph, nor after a word's hyphen (a compound broken there: "inter-" over
    "agency"; the documents are not hyphenated). An extractor keeps no space at a
    line's end; where it does (the seed text's convention), that space is the one."""
    first = more.lstrip(_JOIN)[:1]
    if text and first and not text[-1].isspace() and not is_cjk(text[-1]) \
            and not is_cjk(first) and not BROKEN_WORD.search(text[-2:]):
        return f"{text} {more}"
    return text + more


def _starts_block(ln: SrcLine, voc: Vocabulary) -> bool:
    """Lines that start a block even after an unfinished line (an annex heading
    alone on its line among them: "Annex II" under a page's running head)."""
    text = ln.text
    return (ln.spacer or bool(voc.footnote_separator.match(text) or voc.table_caption.match(text)
                              or voc.figure_caption.match(text) or voc.item_level1.match(text)
                              or voc.item_level2.match(text) or is_numbered_paragraph(ln, voc)
                              or _annex_alone(text, voc)))


def _annex_alone(text: str, voc: Vocabulary) -> bool:
    """Whether text opens with an annex heading alone on its line ("Annex II", its
    title perhaps joined on below): never the rest of a block above it."""
    annex = voc.annex_heading.match(text.split("\n")[0])
    return annex is not None and not annex["rest"]


def _classify(prose: _Prose, state: _State, voc: Vocabulary) -> None:
    """Turn a prose block into a paragraph, item, signature or heading."""
    text = prose.text
    number = voc.paragraph_number.match(text) if is_numbered_paragraph(prose.first, voc) else None
    item = voc.item_level1.match(text) or voc.item_level2.match(text)
    if state.open_text is not None and not number and not item \
            and not _annex_alone(prose.first.text, voc):
        state.open_text.text = _appended(state.open_text.text, text)
        state.open_text = state.open_text if not prose.closed else None
        return
    state.open_text = None
    if number:
        para = Paragraph(number.group(1), number.group(2), prose.prov)
        _add_paragraph(para, prose, state)
    elif item or (state.last_item and prose.first.indent >= SUBITEM_INDENT
                  and voc.ends_sentence(text[-1:]) and isinstance(state.blocks[-1], Paragraph)):
        _add_item(item, prose, state, voc)
    elif voc.signature_marker in text:
        _add_signature(prose, state)
    elif voc.ends_sentence(text):
        _add_paragraph(Paragraph(None, text, prose.prov), prose, state)
    elif axis_labels(text) or not any(ch.isalpha() for ch in text):
        state.wordless.append(prose.first.no)  # no heading prints only figures and marks
    else:
        _add_heading(prose, state, voc)


def _add_paragraph(para: Paragraph, prose: _Prose, state: _State) -> None:
    state.blocks.append(para)
    state.last_para = para
    state.last_item = None
    state.open_text = None if prose.closed else para


def _add_item(match: re.Match[str] | None, prose: _Prose, state: _State,
              voc: Vocabulary) -> None:
    """Attach an item to the last paragraph: "(a)" level 1, "㈠" or an unmarked
    indented line level 2 under the last level-1 item."""
    marker, text = (match.group(1), match.group(2)) if match else ("", prose.text)
    level = 1 if match and voc.item_level1.match(prose.text) else 2
    item = Item(marker, text, level, prose.prov)
    parent_items = (state.last_item.items if level == 2 and state.last_item
                    and state.last_item.level == 1 else None)
    if parent_items is not None:
        parent_items.append(item)
    else:
        if state.last_para is None or state.blocks[-1] is not state.last_para:
            state.last_para = Paragraph(None, "", prose.prov)
            state.blocks.append(state.last_para)
        state.last_para.items.append(item)
        if level == 1:
            state.last_item = item
    state.open_text = None if prose.closed else item


def _add_signature(prose: _Prose, state: _State) -> None:
    """Signature lines: this block and an unindented heading just before it."""
    lines = [prose.text]
    prev = state.blocks[-1] if state.blocks else None
    if isinstance(prev, Heading) and prev.prov.line and prose.first.indent == 0:
        lines.insert(0, prev.text)
        state.blocks.pop()
    state.blocks.append(Signature(lines, prose.prov))


def _add_heading(prose: _Prose, state: _State, voc: Vocabulary) -> None:
    """A heading; joined to the previous one when that is only a label. An
    organization chart annex heading becomes the caption of the chart below it."""
    prev = state.blocks[-1] if state.blocks else None
    if isinstance(prev, Heading) and voc.takes_title(prev.text):
        prev.text = f"{prev.text} {prose.text}"
    else:
        prev = Heading(voc.parted_heading(prose.text), voc.heading_level(prose.text, state.level),
                       prose.prov)
        state.level = prev.level
        state.blocks.append(prev)
        state.last_para = None
        state.last_item = None
    state.chart_caption = [prev.text] if voc.orgchart_heading.search(prev.text) else None


def _read_footnotes(lines: list[SrcLine], i: int, state: _State, voc: Vocabulary) -> int:
    """Footnotes after a separator line: " 1 text", numbered one after another."""
    expected = None
    while i < len(lines):
        ln = lines[i]
        m = voc.footnote_start.match(ln.text)
        if ln.spacer or not m or ln.indent < 1 or (expected and int(m.group(1)) != expected):
            break
        prose, i = _read_prose(lines, i, False, voc)
        body = voc.footnote_start.match(prose.text)
        state.blocks.append(Footnote(m.group(1), body.group(2) if body else prose.text,
                                     prose.prov))
        expected = int(m.group(1)) + 1
    return i


def _mark_footnote_calls(blocks: list[Block]) -> None:
    """Write footnote calls as ``[^N]``: the next footnote number, printed as a
    bare number before a space, right after punctuation, or after a Chinese
    character on the same printed line. Then drop the join marks. (A text is
    searched for a call only where it holds the number's digits: most hold none.)"""
    numbers = sorted({int(b.number) for b in blocks if isinstance(b, Footnote)})
    want = numbers[0] if numbers else None
    rest = iter(numbers[1:])
    for holder in _texts(blocks):
        while want is not None and str(want) in holder.text:
            # (opening at the join mark or digit it starts with: see text_blocks._CALLED)
            pattern = re.compile(rf"(?=[{_JOIN}\d])(?:(?<=[{_PUNCT}]){_JOIN}?|(?<=[{_CJK}]))"
                                 rf"{want}(?=\s|$)")
            m = pattern.search(holder.text)
            if m is None:
                break
            holder.text = f"{holder.text[:m.start()]}[^{want}]{holder.text[m.end():]}"
            want = next(rest, None)
    for b in blocks:
        _drop_join_marks(b)


def _drop_join_marks(block: Block) -> None:
    """Remove join marks from every text a prose block carries."""
    if isinstance(block, Heading | Footnote):
        block.text = block.text.replace(_JOIN, "")
    elif isinstance(block, Signature):
        block.lines = [ln.replace(_JOIN, "") for ln in block.lines]
    elif isinstance(block, Paragraph):
        for holder in _texts([block]):
            holder.text = holder.text.replace(_JOIN, "")


def _texts(blocks: list[Block]) -> list[Paragraph | Item]:
    """Paragraphs and their items in reading order."""
    out: list[Paragraph | Item] = []

    def items(its: list[Item]) -> None:
        for it in its:
            out.append(it)
            items(it.items)

    for b in blocks:
        if isinstance(b, Paragraph):
            out.append(b)
            items(b.items)
    return out
