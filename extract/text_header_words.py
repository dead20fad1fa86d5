"""A flat text's header words regrouped into the headings the edition knows.

A text without positions prints a header's words in reading order, the cells of a
line run together ("Policymaking organ Additional information approved estimate"
under "2025 2026", or the same cells with each year and its word a line). Read word
by word, the headings came apart and were joined back by length, giving columns
such as "2026Additionalinformation". Here the words of a worded heading the edition
knows (a label column's, a text column's) are one heading again, and years printed
apart from their qualifiers get them back in order.
"""

from __future__ import annotations

from .text_vocab import Vocabulary
from .text_year_headings import is_year
from .textnorm import join_wrapped


def known_headings_joined(pieces: list[str], voc: Vocabulary) -> list[str]:
    """``pieces`` (a header's words) with each longest run of them that spells a
    worded heading of the edition ("Policymaking", "organ") made one piece, its words
    a space apart (ideographs none)."""
    known = voc.row_label_columns | voc.text_columns
    out: list[str] = []
    i = 0
    while i < len(pieces):
        end = next((j for j in range(len(pieces), i + 1, -1)
                    if "".join("".join(pieces[i:j]).split()) in known), i + 1)
        out.append(join_wrapped(pieces[i:end]))
        i = end
    return out


def years_paired(pieces: list[str], voc: Vocabulary) -> list[str]:
    """Header pieces where each year printed alone has its qualifier printed apart
    ("2025", "2026", ..., "approved", "estimate"): the text columns' headings, then
    each year with its qualifier in order ("2025 approved", "2026 estimate"), the text
    columns last where their heading comes after the qualifiers. Pieces as they were
    where the years and the other words do not pair one to one."""
    years = [p for p in pieces if is_year(p, voc)]
    texts = [k for k, p in enumerate(pieces) if voc.is_text_column(p)]
    words = [k for k, p in enumerate(pieces) if not is_year(p, voc) and k not in texts]
    if not years or len(words) != len(years):
        return pieces
    paired = [join_wrapped([year, pieces[k]]) for year, k in zip(years, words, strict=True)]
    named = [pieces[k] for k in texts]
    return [*named, *paired] if all(k < words[0] for k in texts) else [*paired, *named]
