"""Hyphens lost where an extractor joined a word broken at a line end.

``pdftotext`` in its default mode joins a word hyphenated at the end of a line to
its second half and drops the hyphen: "conflict-" / "related" comes out as
"conflictrelated", in prose cells and paragraphs alike. Such a word is given its
hyphen back where the same document prints it hyphenated elsewhere
("conflict-related" in a line of its own; "caseby-case", one of two hyphens lost,
and "electionand", a hanging hyphen lost, as "case-by-case" and "election- and");
a word the document never prints hyphenated is left as it is.
"""

from __future__ import annotations

import re

from .text_grid_entries import PlainLine

# A word of letters with hyphens inside ("conflict-related", "case-by-case"), or a
# hyphen left hanging before the next word ("election- and appointment-related").
_HYPHENATED = re.compile(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)+(?![\w-])"
                         r"|[^\W\d_]+- [^\W\d_]+(?![\w-])")


def rehyphenated(lines: list[PlainLine]) -> list[PlainLine]:
    """``lines`` with each word the document prints elsewhere with a hyphen inside
    given that hyphen back where it is printed solid."""
    forms = {solid: m.group() for ln in lines if "-" in ln.text
             for m in _HYPHENATED.finditer(ln.text) for solid in _joinings(m.group())}
    if not forms:
        return lines
    # (looking ahead at a form's first letter first: a pattern opening with a
    # lookbehind is tried in full at every character of every line)
    firsts = "".join(sorted({re.escape(form[0]) for form in forms}))
    solid = re.compile(rf"(?=[{firsts}])(?<![\w-])(" + "|".join(map(re.escape, forms))
                       + r")(?![\w-])")
    return [ln if (text := solid.sub(lambda m: forms[m.group()], ln.text)) == ln.text
            else PlainLine(ln.no, text, ln.page, ln.indent) for ln in lines]


def _joinings(form: str) -> list[str]:
    """How a line end may print a hyphenated word joined: its hyphen dropped (and the
    space after a hanging one), or one of its hyphens ("caseby-case" for
    "case-by-case": the other was not at the line end)."""
    cuts = [k for k, char in enumerate(form) if char == "-"]
    if len(cuts) == 1:
        return [form.replace("- ", "").replace("-", "")]
    return [form[:k] + form[k + 1:] for k in cuts]
