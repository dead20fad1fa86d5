"""What a fascicle says about itself: symbol, session, section, part, title, job number.

Read from the cover page and the running headers/footers that stage one set
aside; a flat text without a cover falls back on the file name for the symbol
(UN file names spell it, "A_78_6_Sect15_zh") and on paragraph numbers for the
section.
"""

from __future__ import annotations

import regex

from unfascicle.extract import model
from unfascicle.normalize.numerals import to_int
from unfascicle.normalize.records import DocumentInfo, Source
from unfascicle.normalize.vocab import Vocabulary

_FILE_SYMBOL = regex.compile(r"A[_/](?P<session>\d+)[_/]6[_ ]*\(?Sect\.?[_ ]*(?P<section>\d+)\)?",
                             regex.IGNORECASE)


def _first(pattern: regex.Pattern[str], lines: list[str]) -> regex.Match | None:
    for line in lines:
        match = pattern.search(line.strip())
        if match:
            return match
    return None


def _section_from_numbers(blocks: list[model.Block]) -> int | None:
    numbers = [b.number for b in blocks if isinstance(b, model.Paragraph) and b.number]
    heads = {n.split(".")[0] for n in numbers if "." in n}
    return int(heads.pop()) if len(heads) == 1 and next(iter(heads)).isdigit() else None


def _title(front: list[str], vocab: Vocabulary) -> str | None:
    """The section's title: the cover line after "第 15 款" ("Section 2"), with the
    lines it wraps onto (a line opening in lower case goes on: "… affairs" /
    "and conference management")."""
    for i, line in enumerate(front):
        if vocab.patterns["section_heading"].match(line.strip()) and i + 1 < len(front):
            lines = [front[i + 1].strip()]
            for more in front[i + 2:]:
                if not more.strip()[:1].islower():
                    break
                lines.append(more.strip())
            return " ".join(lines) or None
    return None


def document_info(layout: model.Layout, source: Source, vocab: Vocabulary) -> DocumentInfo:
    """Assemble the document metadata from every place that states it."""
    pats = vocab.patterns
    lines = layout.front + layout.running
    symbol_match = _first(pats["symbol"], lines)
    session = section = None
    symbol = None
    if symbol_match:
        symbol = symbol_match.group(0)
        session, section = int(symbol_match["session"]), int(symbol_match["section"])
    else:
        file_match = _FILE_SYMBOL.search(source.file)
        if file_match:
            session, section = int(file_match["session"]), int(file_match["section"])
            symbol = f"A/{session}/6 (Sect. {section})"
    if section is None:
        section = _section_from_numbers(layout.blocks)
    if session is None and (m := _first(pats["session_heading"], layout.front)):
        session = to_int(m["session"], vocab.numerals)
    part = part_title = None
    if m := _first(pats["part_heading"], lines):
        part, part_title = to_int(m["part"], vocab.numerals), m["title"].strip()
    job = _first(pats["job_number"], lines)
    return DocumentInfo(symbol, session, section, part, part_title,
                        _title(layout.front, vocab),
                        vocab.language,
                        job["job"] if job else None, source)
