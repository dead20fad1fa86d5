"""Tables of post changes printed without column positions.

An annex sums up the proposed post changes in a caption-less table of text columns
("Component/subprogramme  Posts  Grade  Description  Reason for change"). Text
without column positions (pdfplumber's ``extract_text``) prints each printed line of
the table as the pieces of the cells at that height, left to right one space apart.
Cells are top-aligned, so a row's first line holds the start of its label (if it has
one), its count of posts and their grade, then the first words of its text cells;
the lines below run the rest of the label and of the text cells together. Other
extractors (``pdftotext -raw``, pypdfium2) print the cells one after another: the
label's lines, the line of the count, the grade and the description's first line,
the rest of the description, the reason. Either way a row is known by its count and
grade ("1 P-4", "(1) GS (OL)", "– D-1", grades from the edition's data) on a line.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .model import HeaderCell, Provenance, TablePart, TableRow
from .text_columns import filled
from .text_grid_entries import PlainLine
from .text_postsides import SideLine, deal, wider_than_reason
from .text_sidebyside import Pairs
from .text_vocab import Vocabulary
from .text_wrap import join
from .textnorm import width

# A count of posts ("1", "(1)", "–": none), as a row of post changes prints it.
POST_COUNT = r"\(\d+\)|\d+|[–-]"
# Columns a header of such a table names at least (label, posts, grade, a text).
_MIN_COLUMNS = 4
# Lines a header row may take (a first heading wrapped: "Component/" + "subprogramme"
# + the other headings).
_HEADER_LINES = 3
# How much wider than the widest description line a row's line prints a label line
# may be (the label column is a little wider than the description column).
_LABEL_SLACK = 1.2


@lru_cache(maxsize=8)
def _count_and_grade(grade: str) -> re.Pattern[str]:
    """A line holding a count of posts ("1", "(1)", "–") and a grade (``grade``),
    the label piece before them and the text piece after."""
    return re.compile(rf"^(?P<label>.*?)\s*(?<!\S)(?P<posts>{POST_COUNT})\s+"
                      rf"(?P<grade>{grade})(?:\s+(?P<text>\S.*))?$")


def _row_line(text: str, voc: Vocabulary, wide: bool = False) -> re.Match[str] | None:
    """A row's line (label piece, count, grade, text piece), unless both pieces go on
    in lower case: "Human rights 1 P-3 Rights Officer The …", "(1) P-3 reassignment
    of 1 Legal Officer …" and "field activities 1 D-1 Redeployment of Chief …" open
    rows, "establishment of 7 P-3 posts to …" is a sentence counting posts; but a
    line too ``wide`` to be a sentence's line in one cell is a row's whose pieces
    both go on so ("research and analysis 5 P-3 field offices, where present, …")."""
    found = _count_and_grade(voc.post_grade).match(text)
    if found and not wide and found["label"][:1].islower() \
            and (found["text"] or "")[:1].islower():
        return None
    if found and _listed(voc.post_grade).search(found["label"]):
        return None
    return found


@lru_cache(maxsize=8)
def _listed(grade: str) -> re.Pattern[str]:
    """A piece ending in a grade and a comma ("(1 D-1, 2 P-5,"): the count after it
    is the next of a sentence's list of posts, not a row's."""
    return re.compile(rf"(?<!\S){grade},$")


def _label_end(label: str, text: str, voc: Vocabulary) -> str:
    """The first words of ``text`` that finish ``label`` as a row label the edition
    knows ("Executive direction and" + "management Conference Services …"), else ""."""
    words = text.split()
    return next((" ".join(words[:j]) for j in range(len(words), 0, -1)
                 if voc.is_row_label(join([label, " ".join(words[:j])]))), "")


def post_header(texts: list[str], voc: Vocabulary) -> tuple[list[str], int] | None:
    """The column headings of a header row of a post changes table printed at the top
    of ``texts``, and how many lines it takes (the fewest that read so, at most
    ``_HEADER_LINES``: a heading ending in a character a heading goes on after takes a
    line of one word below it, "Component/" + "subprogramme", whether the other
    headings follow on its line or the next). Every word is part of a heading the
    edition knows, the first a row label column's and another a text column's; else
    None."""
    words: list[str] = []
    for taken, text in enumerate(texts[:_HEADER_LINES], 1):
        parts = text.split()
        broken = next((i for i, w in enumerate(words) if w.endswith(voc.header_continues_after)),
                      None)
        if broken is not None and len(parts) == 1:
            words[broken] += parts[0]
        else:
            words += parts
        if cols := _headings(words, voc):
            return cols, taken
    return None


def _headings(words: list[str], voc: Vocabulary) -> list[str] | None:
    """``words`` read as the edition's column headings of a post changes table (see
    ``post_header``), else None."""
    cols: list[str] = []
    at = 0
    while at < len(words):
        ends = [j for j in range(len(words), at, -1)
                if "".join(words[at:j]) in voc.column_headings]
        if not ends:
            return None
        cols.append(" ".join(words[at:ends[0]]))
        at = ends[0]
    if len(cols) < _MIN_COLUMNS or "".join(cols[0].split()) not in voc.row_label_columns \
            or not any(voc.is_text_column(c) for c in cols[1:]):
        return None
    return cols


@lru_cache(maxsize=8192)
def _opens_any(word: str, names: frozenset[str]) -> bool:
    """Whether ``word`` opens one of ``names`` (memoised: every line of a text is asked
    whether it opens a post changes header)."""
    return any(name.startswith(word) for name in names)


def is_post_table(texts: list[str], voc: Vocabulary) -> bool:
    """Whether ``texts`` open with a post changes header and a row's line follows
    it (under its label's lines, or a line heading a group of rows)."""
    first = (texts[0].split(None, 1) or [""])[0] if texts else ""
    if not first or not _opens_any(first, voc.row_label_columns):
        return False  # (most lines: no need to read them as headings)
    header = post_header(texts, voc)
    if header is None:
        return False
    return any(_row_line(t, voc) for t in texts[header[1]:])


def post_part(lines: list[PlainLine], voc: Vocabulary, pairs: Pairs) -> TablePart:
    """A part of a post changes table: its header (the first lines) and its rows (a
    repeat of the header on a later page skipped), printed side by side where the
    first row's line holds its label's first words, else a cell after another.
    ``pairs``: the document's wording, which tells side-by-side cells apart."""
    texts = [ln.text for ln in lines]
    cols = (post_header(texts, voc) or ([], 0))[0]
    body: list[PlainLine] = []
    k = 0
    while k < len(lines):
        header = post_header(texts[k:k + _HEADER_LINES], voc)
        body += [] if header else [lines[k]]
        k += header[1] if header else 1
    first = next((f for ln in body if (f := _row_line(ln.text, voc))), None)
    if not (first and first["label"]):
        rows = _stacked_rows(body, len(cols), voc)
    else:
        rows = (len(cols) > _MIN_COLUMNS and _dealt_rows(body, len(cols), voc, pairs)) \
            or _side_rows(body, len(cols), voc)
    return TablePart(None, [[HeaderCell(c) for c in cols]], rows)


def _new_row(ln: PlainLine, found: re.Match[str], ncols: int) -> TableRow:
    """A row of ``ncols`` cells from its line: label blank, its count and grade, its
    line's text in the first text column."""
    return TableRow(Provenance(ln.page, line=ln.no),
                    cells=["", found["posts"], found["grade"], found["text"] or "",
                           *[""] * (ncols - 4)])


def _side_rows(lines: list[PlainLine], ncols: int, voc: Vocabulary) -> list[TableRow]:
    """Rows printed side by side, one text column: a label piece before a row's count starts a label
    where the text above ended a sentence (a new row of the table starts every cell)
    or is a row label the edition knows, else goes on in the label of the rows above
    (a label spanning rows); a line's first words that finish a known row label are
    that label's; the other text is the row's text. Lines before the first row are
    rows of their own, spanning the table (a group's heading)."""
    rows: list[TableRow] = []
    group: TableRow | None = None  # the row whose label the rows below go on in
    ended = True  # whether the text above ended a sentence
    for ln in lines:
        text = ln.text
        if found := _row_line(text, voc):
            row = _new_row(ln, found, ncols)
            if found["label"] and (ended or group is None or voc.is_row_label(found["label"])):
                row.filled[0], group = found["label"], row
            elif found["label"] and group is not None:
                group.filled[0] = join([group.filled[0], found["label"]])
            rows.append(row)
        elif not rows:
            rows.append(TableRow(Provenance(ln.page, line=ln.no), span=text))
        else:
            cells = group.cells if group is not None else None
            if cells is not None and (words := _label_end(cells[0], text, voc)):
                cells[0] = join([cells[0], words])
                text = text[len(words):].strip()
            rows[-1].filled[3] = join([rows[-1].filled[3], text])
        ended = voc.ends_sentence(text)
    return rows


def _dealt_rows(lines: list[PlainLine], ncols: int, voc: Vocabulary,
                pairs: Pairs) -> list[TableRow] | None:
    """Rows printed side by side, a description and a reason column: each line's words
    dealt to label, description and reason (``text_postsides.deal``). A row's label
    opens as ``_side_rows`` tells (the reason above ended a sentence, or a known
    label), the label pieces of other lines go on in it; a description or reason
    piece that opens a cell opens the row's, else goes on in the cell above. None
    where the lines do not show the columns' widths."""
    texts = [ln.text for ln in lines]
    found = [_row_line(text, voc) for text in texts]
    wide = wider_than_reason(texts, [bool(f) for f in found])
    found = [f or _row_line(text, voc, w) for text, f, w in zip(texts, found, wide, strict=True)]
    start = next((k for k, f in enumerate(found) if f), len(lines))
    rows: list[TableRow] = [TableRow(Provenance(ln.page, line=ln.no), span=ln.text)
                            for ln in lines[:start]]
    side = [SideLine(tuple(f["label"].split()), tuple((f["text"] or "").split())) if f
            else SideLine(None, tuple(ln.text.split())) for ln, f in zip(lines, found, strict=True)]
    dealt = deal(side[start:], pairs, voc.sentence_end)
    if dealt is None:
        return None
    group: TableRow | None = None
    owner: list[TableRow | None] = [None, None]  # the rows whose description, reason go on
    ended = True
    for ln, f, (label, desc, reason, d_opens, r_opens) in zip(lines[start:], found[start:], dealt,
                                                              strict=True):
        if f:
            row = _new_row(ln, f, ncols)
            row.filled[3] = ""
            if label and (ended or group is None or voc.is_row_label(label)):
                row.filled[0], group = label, row
            elif label and group is not None:
                group.filled[0] = join([group.filled[0], label])
            rows.append(row)
        elif label and group is not None:
            group.filled[0] = join([group.filled[0], label])
        for k, (piece, opens, cell) in enumerate(((desc, d_opens, 3), (reason, r_opens, -1))):
            if not piece:
                continue
            if opens or owner[k] is None:
                owner[k] = rows[-1]
            cells = owner[k].filled  # type: ignore[union-attr]
            cells[cell] = join([cells[cell], piece])
        if reason:
            ended = voc.ends_sentence(reason)
    return rows


def _stacked_rows(lines: list[PlainLine], ncols: int, voc: Vocabulary) -> list[TableRow]:
    """Rows printed a cell after another (``pdftotext -raw``, pypdfium2): a row's label
    lines, then its line (count, grade, the description's first line), the rest of
    its description, its reason. Between two rows' lines, the first row's description
    goes on while its lines fill the column (``filled``: as wide as the widest
    description line a row's line prints); the lines before the second row's line
    that are no wider and end no sentence (``_no_end``) are its label; the lines between are the
    first row's reason. A piece before a row's count ends its label, or its row
    above's description where that went on to it."""
    found = [_row_line(ln.text, voc) for ln in lines]
    at = [k for k, f in enumerate(found) if f]
    full = max((width(f["text"]) for f in found if f and f["text"]), default=0)
    rows: list[TableRow] = []
    for n, k in enumerate(at):
        row = _new_row(lines[k], found[k], ncols)  # type: ignore[arg-type]
        between = [ln.text for ln in lines[at[n - 1] + 1 if n else 0:k]]
        above = rows[-1] if n else None
        desc = _description(between, above.filled[3] if above else "", full)
        label = len(between)
        while label > desc and width(between[label - 1]) <= _LABEL_SLACK * full \
                and _no_end(between[label - 1], voc):
            label -= 1
        piece = found[k]["label"]  # type: ignore[index]
        if above is None:
            rows += [TableRow(Provenance(ln.page, line=ln.no), span=ln.text)
                     for ln in lines[:label]]  # a group's heading above the first row
        else:
            last = between[desc - 1] if desc else found[at[n - 1]]["text"]  # type: ignore[index]
            above.filled[3] = join([above.filled[3], *between[:desc]])
            above.filled[-1] = join(between[desc:label])
            if piece and desc == len(between) and last and filled(last, piece, full):
                above.filled[3] = join([above.filled[3], piece])
                piece = ""
        row.filled[0] = join([*between[label:], *([piece] if piece else [])])
        rows.append(row)
    if rows:
        tail = [ln.text for ln in lines[at[-1] + 1:]]
        desc = _description(tail, rows[-1].filled[3], full)
        rows[-1].filled[3] = join([rows[-1].filled[3], *tail[:desc]])
        rows[-1].filled[-1] = join(tail[desc:])
    return rows


def _no_end(text: str, voc: Vocabulary) -> bool:
    """Whether a line ends no sentence, or ends in what introduces the next line
    (a label's "New York:" over "Subprogramme 3, …")."""
    return not voc.ends_sentence(text) or text.endswith(tuple(voc.list_intro))


def _description(between: list[str], opened: str, full: int) -> int:
    """How many of ``between`` go on in a description whose last line so far is
    ``opened``'s (none where it is empty): while the line above filled its column."""
    taken, last = 0, opened
    while last and taken < len(between) and width(between[taken]) <= full \
            and filled(last, between[taken], full):
        last = between[taken]
        taken += 1
    return taken
