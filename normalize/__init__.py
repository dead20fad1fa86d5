"""Stage two: turn a stage-one :class:`~unfascicle.extract.model.Layout` into a typed
:class:`~unfascicle.normalize.records.Fascicle`."""

from __future__ import annotations

from unfascicle.editions import detect_language
from unfascicle.extract import model
from unfascicle.normalize import blocks
from unfascicle.normalize.captions import Caption, parse_caption
from unfascicle.normalize.document import document_info
from unfascicle.normalize.numerals import to_int
from unfascicle.normalize.records import Fascicle, Notice, Source
from unfascicle.normalize.tables import normalize_table
from unfascicle.normalize.vocab import Vocabulary, vocabulary


def layout_language(layout: model.Layout) -> str:
    """The edition a layout is printed in, from the script of its text."""
    texts = [*layout.front, *layout.running]
    for b in layout.blocks:
        if isinstance(b, model.Paragraph | model.Heading):
            texts.append(b.text)
        elif isinstance(b, model.Table | model.Figure):
            texts.extend(b.caption)
    return detect_language(texts)


def normalize(layout: model.Layout, source: Source, language: str | None = None) -> Fascicle:
    """Type every block of the layout in the vocabulary of its edition (``language``, or
    the one its text is printed in); unknown labels become warnings, never gaps."""
    vocab = vocabulary(language or layout_language(layout))
    warnings = [Notice("layout", text) for text in layout.warnings]
    out = Fascicle(document_info(layout, source, vocab), [], [], [], [], [], [], warnings)
    annex: Caption | None = None  # the annex being read, for tables and figures without "表 N"
    for block in layout.blocks:
        match block:
            case model.Heading():
                out.headings.append(blocks.heading(block))
                annex = _annex(block.text, vocab) or (
                    Caption(annex.number, block.text, None) if annex and not annex.title
                    else annex)
            case model.Paragraph():
                out.paragraphs.append(blocks.paragraph(block, vocab))
            case model.Footnote():
                out.footnotes.append(blocks.footnote(block, vocab))
            case model.TermList():
                out.mandates.extend(blocks.mandates(block))
            case model.Figure():
                caption = _caption(block.caption, "figure_caption", annex, vocab)
                out.figures.append(blocks.figure(block, caption, vocab))
            case model.Table():
                caption = _caption(block.caption, "table_caption", annex, vocab)
                out.tables.append(normalize_table(block, caption, vocab, out.warnings))
    return out


def _annex(line: str, vocab: Vocabulary) -> Caption | None:
    """"附件二 为执行…汇总" → number "A2" and the title printed with it, if any."""
    match = vocab.patterns["annex_heading"].match(line.strip())
    if not match:
        return None
    ordinal = to_int(match["ordinal"] or "1", vocab.numerals)
    return Caption(f"A{ordinal}", match["rest"] or None, None)


def _caption(lines: list[str], pattern: str, annex: Caption | None,
             vocab: Vocabulary) -> Caption:
    """A caption; a table or figure printed without "表 N"/"图 N" inside an annex takes
    the annex's number ("A2") and, when it prints no title of its own, its title."""
    own = _annex(lines[0], vocab) if lines else None
    if own:
        annex, lines = own, lines[1:]
    caption = parse_caption(lines, vocab.patterns[pattern], vocab)
    if caption.number or annex is None:
        return caption
    return Caption(annex.number, caption.title or annex.title, caption.unit, caption.notes)
