"""Stage-one text blocks to records: paragraphs, headings, footnotes, mandates, figures."""

from __future__ import annotations

import regex

from unfascicle.extract import model
from unfascicle.normalize.captions import Caption
from unfascicle.normalize.numbers import Status, parse_number
from unfascicle.normalize.numerals import to_int
from unfascicle.normalize.records import (
    Datum,
    FigureRecord,
    FootnoteRecord,
    HeadingRecord,
    Item,
    Mandate,
    Panel,
    ParagraphRecord,
    box_of,
)
from unfascicle.normalize.vocab import Vocabulary

_CALL = regex.compile(r"\[\^(\d+)\]")


def _item(item: model.Item, vocab: Vocabulary) -> Item:
    return Item(item.marker, vocab.prose(item.text), item.level, item.prov.page,
                [_item(i, vocab) for i in item.items])


def _calls(paragraph: model.Paragraph) -> list[str]:
    """Footnote numbers called in a paragraph and its items, in order, once each."""
    texts = [paragraph.text]
    stack = list(paragraph.items)
    while stack:
        item = stack.pop(0)
        texts.append(item.text)
        stack[:0] = item.items
    seen: dict[str, None] = {}
    for text in texts:
        for number in _CALL.findall(text):
            seen.setdefault(number)
    return list(seen)


def paragraph(block: model.Paragraph, vocab: Vocabulary) -> ParagraphRecord:
    """A paragraph with its items and the footnotes it calls."""
    return ParagraphRecord(block.number, vocab.prose(block.text), _calls(block),
                           [_item(i, vocab) for i in block.items], block.prov.page,
                           box_of(block.prov))


def heading(block: model.Heading) -> HeadingRecord:
    """A heading."""
    return HeadingRecord(block.text, block.level, block.prov.page)


def footnote(block: model.Footnote, vocab: Vocabulary) -> FootnoteRecord:
    """A footnote."""
    return FootnoteRecord(block.number, vocab.prose(block.text), block.prov.page,
                          box_of(block.prov))


def mandates(block: model.TermList) -> list[Mandate]:
    """A legislative mandate list: the heading names the issuing body."""
    return [Mandate(block.heading, e.term, e.text, e.url, block.prov.page) for e in block.entries]


def figure(block: model.Figure, caption: Caption, vocab: Vocabulary) -> FigureRecord:
    """A figure with its number ("15.十四" → ordinal 14), title, unit and chart data."""
    ordinal = None
    if caption.number:
        ordinal = to_int(caption.number.rsplit(".", 1)[-1], vocab.numerals)
    panels = [_panel(p, vocab) for p in block.panels]
    return FigureRecord(caption.number, ordinal, caption.title, caption.unit, panels,
                        block.prov.page, box_of(block.prov))


_TOTAL = regex.compile(r"^[(（]?\d[\d\s.,]*[)）]?(?:\s*\p{Han}{1,4})?$")  # "82 个员额", "13 465.1"


def _panel(panel: model.ChartPanel, vocab: Vocabulary) -> Panel:
    """Caption first; the next line is the printed total when it is a figure."""
    lines = [line.strip() for line in panel.caption if line.strip()]
    caption, rest = (lines[0], lines[1:]) if lines else (None, [])
    total = rest.pop(0) if rest and _TOTAL.match(rest[0]) else None
    data = []
    for pair in panel.data:
        parsed = parse_number(pair.value)
        entry = vocab.row(pair.label) if pair.label else None
        value = parsed.value if parsed.status is not Status.MALFORMED else None
        data.append(Datum(pair.label, entry.key if entry else None, value, pair.value))
    return Panel(caption, total, rest, data)
