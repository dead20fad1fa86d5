"""Stage-one tables (grids of printed strings) to typed budget tables.

Here the budget knowledge lives: which column is the label column, what each
column measures (key, year, unit), which rows are sections, subtotals and totals,
how deep each row sits, and what each printed number is worth.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from unfascicle.extract import model
from unfascicle.extract.model import HeaderCell
from unfascicle.normalize.captions import (
    Caption,
    HeaderColumn,
    column_meaning,
    header_columns,
    split_year,
)
from unfascicle.normalize.numbers import Status, parse_number
from unfascicle.normalize.records import (
    Column,
    Notice,
    Part,
    Region,
    Row,
    TableRecord,
    Unit,
    Value,
    box_of,
)
from unfascicle.normalize.vocab import RowLabel, Vocabulary, split_enumerator

_SUM_REFERENCE = regex.compile(r"[(（]\s*([A-Z0-9]{1,2})\s*[)）]\s*$")


@dataclass
class _Context:
    """What the rows of one table share while they are typed."""

    number: str | None
    unit: Unit | None
    vocab: Vocabulary
    warnings: list[Notice]
    family: dict = field(default_factory=dict)


def normalize_table(table: model.Table, caption: Caption, vocab: Vocabulary,
                    warnings: list[Notice]) -> TableRecord:
    """Type one table; problems go to ``warnings`` and never drop a row or cell."""
    ctx = _Context(caption.number, caption.unit, vocab, warnings)
    split = [_header(p, vocab) for p in table.parts]
    shapes = [_columns(header, body, ctx) for header, body in split]
    ctx.family = _family(shapes, caption.unit, vocab)
    parts = [_part(p, body, stub, cols, ctx)
             for p, (_, body), (stub, cols) in zip(table.parts, split, shapes, strict=True)]
    pages = sorted({p.page for p in table.prov})
    return TableRecord(caption.number, caption.title, caption.unit, ctx.family["family"], parts,
                       [*caption.notes, *table.notes], pages,
                       [Region(p.page, box_of(p)) for p in table.prov])


def _header(part: model.TablePart, vocab: Vocabulary
            ) -> tuple[list[list[HeaderCell]], list[model.TableRow]]:
    """A part's header rows and body rows. Leading rows that print only column
    references ("(1)", "(5)=(4)-(3)") are header, whatever the reader took them for;
    a header row wider than the body loses empty cells (Word's gutter cells) so its
    spans stand over the columns they head."""
    pattern = vocab.patterns["column_reference"]
    header, rows = [list(h) for h in part.header], list(part.rows)
    while rows and rows[0].cells and _references(rows[0].cells[1:], pattern):
        header.append([HeaderCell(c) for c in rows.pop(0).cells])
    width = max((len(r.cells) for r in rows if r.cells), default=0)
    return [_fit(h, width) for h in header], rows


def _references(cells: list[str], pattern: regex.Pattern[str]) -> bool:
    """Whether value cells print column references and nothing else."""
    printed = [c.strip() for c in cells if c.strip()]
    return len(printed) > 1 and all(pattern.match(c) for c in printed)


def _fit(row: list[HeaderCell], width: int) -> list[HeaderCell]:
    """A header row without the empty one-cell fillers that make it wider than
    ``width``; the first cell (the stub's) is kept."""
    excess = sum(c.colspan for c in row) - width
    kept = []
    for i, cell in enumerate(row):
        if width and excess > 0 and i and not cell.text.strip() and (
                cell.colspan, cell.rowspan) == (1, 1):
            excess -= 1
            continue
        kept.append(cell)
    return kept


def _columns(header: list[list[HeaderCell]], body: list[model.TableRow], ctx: _Context
             ) -> tuple[Column | None, list[Column]]:
    """The stub (label column) and the value columns of a part; a column without a
    year of its own takes the bare year printed above it ("2025" over "Appropriation")."""
    heads = header_columns(header, ctx.vocab.patterns["column_reference"])
    width = max((len(r.cells) for r in body if r.cells), default=0)
    heads += [HeaderColumn("", None)] * (width - len(heads))
    columns = []
    for head in heads:
        label, note = _unmarked(head.label, head.group, ctx.vocab)
        meaning = column_meaning(label, head.group, ctx.vocab)
        year = meaning.year or next((y for y, rest in (split_year(a, ctx.vocab)
                                                       for a in head.above) if y and not rest),
                                    None)
        key = ctx.vocab.of_posts.get(meaning.key, meaning.key) if _counts_posts(ctx.unit) \
            else meaning.key
        columns.append(Column(label, key, year, meaning.measure or "",
                              head.group, head.reference, note))
    first = columns[0] if columns else None
    if first is not None and first.year is None and first.measure in ("label", ""):
        first.measure = "label"
        if first.key is None and first.label:
            _warn(ctx, "unknown-column-label", f"unknown column label {first.label!r}",
                  column=first.label)
        return first, columns[1:]
    return None, columns


def _counts_posts(unit: Unit | None) -> bool:
    """Whether a table counts posts only: its "approved" column is the posts approved
    for a year (English "2025 approved", Chinese "2023 年核定"), where a table of money
    prints the appropriation (English "2025 approved", Chinese "2023 年批款")."""
    return unit is not None and unit.keys == ["posts"]


def _unmarked(label: str, group: str | None, vocab: Vocabulary) -> tuple[str, str | None]:
    """A column label and its glued footnote mark ("2024 expenditurea" → "2024
    expenditure", "a"), split only when the label is known without the mark alone."""
    bare, mark = vocab.footnote_mark(label)
    if mark is None or column_meaning(label, group, vocab, marked=False).key or \
            not column_meaning(bare, group, vocab).key:
        return label, None
    return bare, mark


def _family(shapes: list[tuple[Column | None, list[Column]]], unit: Unit | None,
            vocab: Vocabulary) -> dict:
    """The first family in ``families.yaml`` whose conditions hold."""
    stubs = {(stub.key or "") if stub else "none" for stub, _ in shapes}
    units = set(unit.keys) if unit else set()
    for rule in vocab.families:
        if "stub" in rule and not stubs & set(rule["stub"]):
            continue
        if "units_all" in rule and not set(rule["units_all"]) <= units:
            continue
        if "units_any" in rule and not set(rule["units_any"]) & units:
            continue
        return rule
    return {"family": "text"}


def _measure(column: Column, cells: list[str], ctx: _Context) -> str:
    """amount, count, percentage or text: from the column vocabulary, else the table
    family, else the caption's unit, else the cells themselves. A numeric column
    keeps its measure when a cell is unreadable, so the cell gets reported."""
    if column.measure:
        return column.measure
    if ctx.family.get("measure"):
        return ctx.family["measure"]
    unit, vocab = ctx.unit, ctx.vocab
    by_key = {u.key: u for u in vocab.units.values()}
    known = [by_key[k].measure for k in (unit.keys if unit else []) if k in by_key]
    if known:
        return known[0]
    printed = [c for c in cells if c.strip()]
    if any(not parse_number(c).ok for c in printed):
        return "text"
    values = [parse_number(c).value for c in printed]
    return "amount" if any(isinstance(v, float) for v in values) else "count"


def _part(part: model.TablePart, body: list[model.TableRow], stub: Column | None,
          columns: list[Column], ctx: _Context) -> Part:
    label_key = None
    if part.label:
        match = ctx.vocab.patterns["part_label"].match(part.label.strip())
        entry = ctx.vocab.row(match["text"] if match else part.label)
        label_key = entry.key if entry else None
        if entry is None:
            _warn(ctx, "unknown-part-label", f"unknown part label {part.label!r}",
                  part=part.label)
    offset = 1 if stub else 0
    for i, column in enumerate(columns):
        cells = [r.cells[i + offset] for r in body
                 if r.cells is not None and i + offset < len(r.cells)]
        column.measure = _measure(column, cells, ctx)
        if column.key is None and column.label:
            _warn(ctx, "unknown-column-label", f"unknown column label {column.label!r}",
                  part=part.label, column=column.label)
    typer = _RowTyper(ctx, part.label, columns, stub.key if stub else None)
    rows = [typer.row(r, stub is not None) for r in body]
    _doubt_guessed_blanks(part.label, body, columns, rows, ctx)
    return Part(part.label, label_key, stub, columns, rows)


def _doubt_guessed_blanks(label: str | None, body: list[model.TableRow], columns: list[Column],
                          rows: list[Row], ctx: _Context) -> None:
    """Report a blank cell the reader placed by spacing alone when no other row of the
    part is blank in that column: most likely a lost value, and the values around it
    may have shifted."""
    numeric = [i for i, c in enumerate(columns) if c.measure in ("amount", "count",
                                                                  "percentage")]
    filled = [r for r in rows if r.kind not in ("section", "text")]
    for source, row in zip(body, rows, strict=True):
        if not source.guessed_blanks:
            continue
        for i in numeric:
            if row.values[i] is None and sum(r.values[i] is None for r in filled) == 1:
                _warn(ctx, "blank-cell-guessed", f"row {row.label!r} printed fewer values "
                      f"than the table has columns; the blank in {columns[i].label!r} was "
                      "placed by spacing and the values beside it may be shifted",
                      page=row.page, part=label, row=row.label, column=columns[i].label)


@dataclass
class _Scope:
    """An open section (or deliverable subcategory) that following rows nest in."""

    rank: int
    entry: RowLabel | None
    role: str | None  # the entry's role, or what the row was read as when unknown
    child_key: str | None  # the key of the unlabelled rows it holds


class _RowTyper:
    """Types the rows of one part in order, tracking the open sections for nesting."""

    def __init__(self, ctx: _Context, part_label: str | None, columns: list[Column],
                 stub_key: str | None):
        self.ctx, self.part_label, self.columns = ctx, part_label, columns
        self.stub_key = stub_key
        self.scopes: list[_Scope] = []
        self.last_number = 0  # the last item number printed, for "18 Building …"

    def row(self, row: model.TableRow, has_stub: bool) -> Row:
        """One typed row."""
        if row.span is not None:
            label, cells = row.span.strip(), []
        elif has_stub:
            label, cells = (row.cells[0].strip() if row.cells else ""), list(row.cells[1:])
        else:
            label, cells = None, list(row.cells or [])
        cells += [""] * (len(self.columns) - len(cells))
        values = [self._value(c, col, label, row) for c, col in zip(cells, self.columns,
                                                                    strict=False)]
        number, bare = split_enumerator(label, self._next_number()) if label else (None, "")
        if number and number.isdigit():
            self.last_number = int(number)
        entry, described = self._entry(label, bare)
        if number and number.isdigit() and self._child_key():
            entry = None  # "4. 某委员会" under a subcategory is a numbered item, whatever its name
        role = entry.role if entry else None
        if entry is None and number is None and self._names_measure(label, values):
            role = "subcategory"
        kind = "text" if described and all(v is None for v in values) else \
            self._kind(role, row, values, cells, label)
        enclosing_unit = self._unit()
        level = self._level(kind, role, entry, number, label or "")
        key, year = self._key(label, entry, kind, row.prov.page)
        unit = enclosing_unit if kind in ("total", "subtotal") else self._unit()
        return Row(label, key, self.ctx.vocab.english(key), kind, level, values, cells,
                   row.prov.page, number, year, unit, box_of(row.prov))

    def _entry(self, label: str | None, bare: str) -> tuple[RowLabel | None, bool]:
        """The vocabulary entry of a label, and whether only the label's lead-in
        matched ("协商、咨询和倡导：…" is descriptive text about that subcategory)."""
        if not label:
            return None, False
        entry = self.ctx.vocab.row(label)
        if entry is None:
            head, colon, rest = bare.replace(":", "：").partition("：")
            if colon and rest.strip():
                lead = self.ctx.vocab.row(head)
                return lead, lead is not None
        return entry, False

    def _next_number(self) -> int | None:
        """The item number that would continue the part's numbering, once it has one."""
        return self.last_number + 1 if self.last_number else None

    def _names_measure(self, label: str | None, values: list[Value]) -> bool:
        """Whether an unknown, unnumbered row with figures is a subcategory of a table
        whose family has them: its label names what it counts in parentheses
        ("Conference and secretariat services for meetings (number of three-hour
        meetings)"), as every subcategory of deliverables does."""
        return bool(label) and self.ctx.family.get("measured_subcategories", False) and \
            any(v is not None for v in values) and \
            self.ctx.vocab.patterns["subcategory_measure"].search(label) is not None

    def _kind(self, role: str | None, row: model.TableRow, values: list[Value],
              cells: list[str], label: str | None) -> str:
        if role in ("total", "subtotal"):
            return role
        if role == "subcategory" and row.span is None:
            return "subtotal"
        if row.span is not None:  # a label across the row: inside a subcategory, a
            # heading of its items, as when printed beside blank cells
            grouping = role is None and self._subcategory_rank() is not None
            return "section" if role in ("section", "group") or grouping else "text"
        heads = _heading(role, self.columns, values, cells) and not (
            role == "item" and _leads_in(label))  # "Meetings of:" is an item itself
        if role == "section" or heads:
            return "section"
        return "item"

    def _level(self, kind: str, role: str | None, entry: RowLabel | None, number: str | None,
               label: str) -> int:
        letter = number is not None and number.isalpha() and number.isupper()
        if kind == "total":
            self.scopes.clear()
            return 0
        if kind == "subtotal" and role != "subcategory":
            if _closes_part(label):
                self.scopes.clear()
            elif self.scopes:
                self.scopes.pop()
            return len(self.scopes)
        if kind == "section" and _leads_in(label) and self._in_subcategory():
            return len(self.scopes)  # "Summary records of:" introduces items of its level
        if kind == "section" and role == "item":  # "Non-post" heading its objects
            return self._open(self._heading_rank(), entry, role)
        within = self._subcategory_rank()
        if kind == "section" and role is None and not letter and within is not None:
            # "Publications on economic statistics" groups items of "Publications"
            return self._open(within + 1, entry, "group")
        if kind == "section":  # under "C. 工作方案", a section not lettered is one of its children
            child = not letter and self._child_key() is not None
            return self._open(1 if child else 0, entry, role)
        if role == "subcategory" or kind == "text":
            return self._open(1, entry, role)
        if letter:  # "D. 方案支助" is a sibling of "C. 工作方案", not its child
            self._close(0)
        return len(self.scopes)

    def _heading_rank(self) -> int:
        """The rank of an item heading ("Posts", "Non-post" printed without figures):
        inside the innermost open section, beside an earlier item heading."""
        outer = [s for s in self.scopes if s.role != "item"]
        return outer[-1].rank + 1 if outer else 0

    def _subcategory_rank(self) -> int | None:
        """The rank of the open subcategory of counted items ("Publications"), if any;
        one described in words ("Outreach programmes: …") holds none."""
        return next((s.rank for s in reversed(self.scopes)
                     if s.role == "subcategory" and s.child_key), None)

    def _open(self, rank: int, entry: RowLabel | None, role: str | None) -> int:
        self._close(rank)
        level = len(self.scopes)
        child = entry.child_key if entry else None
        if role == "subcategory" and entry is None:  # unknown: its items are the family's
            child = self.ctx.family.get("row_key")
        self.scopes.append(_Scope(rank, entry, role, child))
        return level

    def _close(self, rank: int) -> None:
        while self.scopes and self.scopes[-1].rank >= rank:
            self.scopes.pop()

    def _key(self, label: str | None, entry: RowLabel | None, kind: str, page: int
             ) -> tuple[str | None, int | None]:
        if entry is not None:
            return entry.key, None
        if label:  # a row for a year ("2023 年核定", "Approved for 2025")
            year, rest = split_year(label, self.ctx.vocab)
            known = self.ctx.vocab.row(rest) if year and rest else None
            key = known.key if known else column_meaning(label, None, self.ctx.vocab).key
            if key and year:
                return key, year
        child = self._child_key()
        if child and kind in ("item", "section"):
            return child, None
        default = self.ctx.family.get("row_key")
        if default == "stub":
            default = self.stub_key
        if default and (kind in ("item", "text") or _leads_in(label)):
            return default, None
        if label and self.ctx.family.get("report_unknown"):
            _warn(self.ctx, "unknown-row-label", f"unknown row label {label!r}",
                  page=page, part=self.part_label, row=label)
        return None, None

    def _in_subcategory(self) -> bool:
        """Whether the innermost open scope is a deliverable subcategory."""
        return bool(self.scopes) and self.scopes[-1].role == "subcategory"

    def _child_key(self) -> str | None:
        """The key an open section gives its unlabelled children ("subprogramme")."""
        return next((s.child_key for s in reversed(self.scopes) if s.child_key), None)

    def _unit(self) -> str | None:
        if not self.ctx.unit or len(self.ctx.unit.keys) < 2:
            return None
        return next((s.entry.unit for s in reversed(self.scopes) if s.entry and s.entry.unit),
                    None)

    def _value(self, cell: str, column: Column, label: str | None, row: model.TableRow) -> Value:
        if column.measure in ("text", "label"):  # a label column past the stub ("Grade")
            text = self.ctx.vocab.prose(cell.strip())
            return text or None
        parsed = parse_number(cell)
        if parsed.status is Status.MALFORMED:
            _warn(self.ctx, "unreadable-number",
                  f"cell {cell!r} is not a number; kept as printed", page=row.prov.page,
                  part=self.part_label, row=label, column=column.label)
            return cell.strip()
        return parsed.value


def _heading(role: str | None, columns: list[Column], values: list[Value],
             cells: list[str]) -> bool:
    """Whether a row heads the rows under it: it prints no figure at all ("Posts" over
    "Establishment", "Redeployment"), or, when the vocabulary knows it as a group of
    rows ("General Service and related"), nothing in any column of a year and only
    dashes in the others (a heading whose change columns are dash-filled; a group
    row with figures or dashes for its years is a member with zero posts)."""
    if not values:
        return False
    if all(v is None for v in values):
        return True
    if role != "group":
        return False
    printed = [(c.year, parse_number(cell).status) for c, cell in zip(columns, cells,
                                                                       strict=False)]
    dated = [status for year, status in printed if year is not None]
    return bool(dated) and all(s is Status.BLANK for s in dated) and all(
        s in (Status.BLANK, Status.NIL) for _, s in printed)


def _leads_in(label: str | None) -> bool:
    """Whether a row only introduces the rows under it ("Reports to:", "下列机构会议：")."""
    return label is not None and label.rstrip().endswith((":", "："))


def _closes_part(label: str) -> bool:
    """"小计 (1)" closes a whole part (or a subtotal without reference closes all the
    open sections); "小计 (C)" closes only section C."""
    ref = _SUM_REFERENCE.search(label)
    return ref is None or ref.group(1).isdigit()


def _warn(ctx: _Context, code: str, message: str, **where) -> None:
    ctx.warnings.append(Notice(code, message, table=ctx.number, **where))
