"""Made-up lines of text over pages, as the flat-text readers take them."""

from __future__ import annotations

from collections.abc import Sequence

from unfascicle.extract.text_grid_entries import PlainLine


def paged(*pages: Sequence[str]) -> list[PlainLine]:
    """Lines numbered in order, page by page; an empty string is a blank line (a gap
    in numbers: the default mode prints a blank line between blocks)."""
    out: list[PlainLine] = []
    no = 0
    for page, texts in enumerate(pages, 1):
        for text in texts:
            no += 1
            if text:
                out.append(PlainLine(no, text, page))
    return out
