"""Stage two: turn a stage-one :class:`~unfascicle.extract.model.Layout` into a typed
:class:`~unfascicle.normalize.records.Fascicle`."""

from __future__ import annotations

import regex

from unfascicle.extract import model
from unfascicle.normalize import blocks
from unfascicle.normalize.captions import Caption, parse_caption
from unfascicle.normalize.document import document_info
from unfascicle.normalize.numerals import chinese_to_int
from unfascicle.normalize.records import Fascicle, Source, Warning
from unfascicle.normalize.tables import normalize_table
from unfascicle.normalize.vocab import Vocabulary, vocabulary


def normalize(layout: model.Layout, source: Source) -> Fascicle:
    """Type every block of the layout; unknown labels become warnings, never gaps."""
    vocab = vocabulary()
    warnings = [Warning("layout", text) for text in layout.warnings]
    out = Fascicle(document_info(layout, source, vocab), [], [], [], [], [], [], warnings)
    last_headings: list[str] = []
    for block in layout.blocks:
        match block:
            case model.Heading():
                out.headings.append(blocks.heading(block))
                last_headings = [*last_headings[-1:], block.text]
                continue
            case model.Paragraph():
                out.paragraphs.append(blocks.paragraph(block))
            case model.Footnote():
                out.footnotes.append(blocks.footnote(block))
            case model.TermList():
                out.mandates.extend(blocks.mandates(block))
            case model.Figure():
                out.figures.append(blocks.figure(block, vocab))
            case model.Table():
                caption = _table_caption(block, last_headings, vocab)
                out.tables.append(normalize_table(block, caption, vocab, out.warnings))
        last_headings = []
    return out


def _table_caption(table: model.Table, headings: list[str], vocab: Vocabulary) -> Caption:
    """A table's caption; an annex table printed without "表 N" takes its number
    ("A2") and title from the annex heading just above it (a title printed both in
    the heading and above the table counts once)."""
    caption = parse_caption(table.caption, vocab.patterns["table_caption"], vocab)
    if caption.number:
        return caption
    lines = headings + table.caption
    for i, line in enumerate(lines):
        match = regex.match(vocab.patterns["annex_heading"], line.strip())
        if match:
            after = ([match["rest"]] if match["rest"] else []) + lines[i + 1:]
            after = [line for k, line in enumerate(after) if k == 0 or line != after[k - 1]]
            rest = parse_caption(after, vocab.patterns["table_caption"], vocab)
            return Caption(f"A{chinese_to_int(match['ordinal'])}", rest.title, rest.unit)
    return caption
