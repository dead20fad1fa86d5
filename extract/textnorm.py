"""Unicode clean-up at the edge of stage one.

PDF producers emit ideographs as Kangxi radicals or CJK compatibility code points,
and put no-break, thin or ideographic spaces in text and numbers. Both readers pass
every string through :func:`clean` so later stages see one spelling. Full-width Chinese
punctuation ("，", "（", "："), circled/parenthesized markers ("㈠") and dashes are
left exactly as printed: they carry meaning and the output keeps the printed text.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from functools import lru_cache
from importlib import resources

# Code-point ranges whose NFKC form is the ordinary unified ideograph.
_IDEOGRAPH_VARIANTS = (
    (0x2E80, 0x2EFF),  # CJK Radicals Supplement
    (0x2F00, 0x2FDF),  # Kangxi Radicals
    (0xF900, 0xFAFF),  # CJK Compatibility Ideographs
    (0x2F800, 0x2FA1F),  # CJK Compatibility Ideographs Supplement
)

# Spaces that mean "space" (or a digit-group separator) but are not U+0020.
_SPACES = ("\u3000\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
           "\u202f\u205f")
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# pypdfium2 prints a hyphen that ends a line as U+FFFE and joins the two lines
# ("Secretary\ufffeGeneral"): in UN text such a hyphen is printed and kept.
LINE_END_HYPHEN = "\ufffe"

def _folds() -> dict[int, str | None]:
    """One translation table: spaces, zero-widths, pypdfium2's line-end hyphen, and every
    ideograph variant whose NFKC form is a single character (one pass of
    ``str.translate`` per string)."""
    table: dict[int, str | None] = {ord(c): " " for c in _SPACES}
    table |= {ord(c): None for c in _ZERO_WIDTH}
    table[ord(LINE_END_HYPHEN)] = "-"
    for lo, hi in _IDEOGRAPH_VARIANTS:
        for cp in range(lo, hi + 1):
            folded = unicodedata.normalize("NFKC", chr(cp))
            if len(folded) == 1 and folded != chr(cp):
                table[cp] = folded
    return table | _radicals()


def _radicals() -> dict[int, str | None]:
    """Radicals that print a whole ideograph but have no NFKC form (``data/cjk_radicals.csv``)."""
    data = resources.files("unfascicle.extract").joinpath("data/cjk_radicals.csv")
    text = data.read_text("utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    return {int(row["radical"].removeprefix("U+"), 16): row["ideograph"] for row in rows}


def _any_of(chars: list[int]) -> re.Pattern[str]:
    """A character class of ``chars`` (code points), runs written as ranges."""
    runs: list[list[int]] = []
    for cp in sorted(chars):
        if runs and cp == runs[-1][1] + 1:
            runs[-1][1] = cp
        else:
            runs.append([cp, cp])
    body = "".join(re.escape(chr(lo)) + (f"-{re.escape(chr(hi))}" if hi > lo else "")
                   for lo, hi in runs)
    return re.compile(f"[{body}]")


_TABLE = _folds()
_FOLDED = _any_of(list(_TABLE))
# The characters ``is_cjk`` holds, as the body of a regular expression's character
# class (counted in one pass: ``cjk_count``).
CJK_CLASS = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
_CJK_RUN = re.compile(f"[{CJK_CLASS}]+")
# Characters that are all wide (East Asian width W or F): ideographic punctuation,
# kana, the unified ideographs and the full-width forms, which make up most of a
# CJK line (counted in one pass; ``width`` looks up only the other non-ASCII ones).
# (Runs of them, as runs of CJK characters are counted: a match per character costs
# more than the rest of the measuring.)
_WIDE_CLASS = ("\u3000-\u303e\u3041-\u3096\u3099-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
               "\uff01-\uff60\uffe0-\uffe6")
_WIDE_RUN = re.compile(f"[{_WIDE_CLASS}]+")
# A character neither ASCII nor all wide, whose width ``width`` looks up.
_OTHER = re.compile(f"[^\x00-\x7f{_WIDE_CLASS}]")


def clean(text: str) -> str:
    """Fold ideograph variants, turn exotic spaces into U+0020, drop zero-widths.
    (Most lines hold none of them: ``str.translate`` looks up each character of a
    non-ASCII line, a search of the table's characters does not; and an ASCII line,
    which a string knows it is without reading it, holds none, all being beyond ASCII.)"""
    return text if text.isascii() or not _FOLDED.search(text) else text.translate(_TABLE)


def is_cjk(ch: str) -> bool:
    """Ideographs, kana and full-width punctuation: joined without spaces."""
    cp = ord(ch)
    return (0x2E80 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF or 0xFF00 <= cp <= 0xFFEF
            or 0x3000 <= cp <= 0x303F or 0x3200 <= cp <= 0x32FF)


def cjk_count(text: str) -> int:
    """How many of a text's characters ``is_cjk`` holds."""
    return sum(map(len, _CJK_RUN.findall(text)))


@lru_cache(maxsize=8192)
def ideographic(text: str) -> bool:
    """Whether most of a line's characters are ideographs (readers ask it of the
    same lines over and over, hence the memo)."""
    return 2 * cjk_count(text) > len(text)


def join_wrapped(parts: list[str]) -> str:
    """Join wrapped lines: no space next to a CJK character, one space between words."""
    out = ""
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if out and not (is_cjk(out[-1]) or is_cjk(part[0])):
            out += " "
        out += part
    return out


@lru_cache(maxsize=8192)
def width(text: str) -> int:
    """Printed width: two for a wide (CJK) character, one otherwise. (Readers measure
    the same lines many times over, hence the memo; only non-ASCII characters can be
    wide.)"""
    if text.isascii():
        return len(text)
    narrow = _WIDE_RUN.sub("", text)
    wide = len(text) - len(narrow)
    if not narrow.isascii():
        wide += sum(unicodedata.east_asian_width(c) in "WF" for c in _OTHER.findall(narrow))
    return len(text) + wide
