"""Hyphens lost where an extractor joined a word broken at a line end.

``pdftotext`` in its default mode joins a word hyphenated at the end of a line to
its second half and drops the hyphen: "conflict-" / "related" comes out as
"conflictrelated", in prose cells and paragraphs alike. Such a word is given its
hyphen back where the same document prints it hyphenated elsewhere
("conflict-related" in a line of its own); a word the document never prints
hyphenated is left as it is.
"""

from __future__ import annotations

import re

from .text_grid_entries import PlainLine

# A word of letters with one hyphen inside ("conflict-related"; "up-to-date",
# whose joining may drop either hyphen, is not taken).
_HYPHENATED = re.compile(r"(?<![\w-])[^\W\d_]+-[^\W\d_]+(?![\w-])")


def rehyphenated(lines: list[PlainLine]) -> list[PlainLine]:
    """``lines`` with each word the document prints elsewhere with a hyphen inside
    given that hyphen back where it is printed solid."""
    forms = {m.group().replace("-", ""): m.group()
             for ln in lines if "-" in ln.text for m in _HYPHENATED.finditer(ln.text)}
    if not forms:
        return lines
    # (looking ahead at a form's first letter first: a pattern opening with a
    # lookbehind is tried in full at every character of every line)
    firsts = "".join(sorted({re.escape(form[0]) for form in forms}))
    solid = re.compile(rf"(?=[{firsts}])(?<![\w-])(" + "|".join(map(re.escape, forms))
                       + r")(?![\w-])")
    return [ln if (text := solid.sub(lambda m: forms[m.group()], ln.text)) == ln.text
            else PlainLine(ln.no, text, ln.page, ln.indent) for ln in lines]
