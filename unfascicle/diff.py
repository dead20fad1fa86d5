"""Semantic diff of two outputs: what changed in the budget, not in the bytes.

Headings are matched by text, tables by number, parts by position, columns and rows by
printed label (the n-th repeat of a label matches the n-th), cells by column; paragraphs
and footnotes by number, mandates by symbol, figures by number, checks by rule and place,
warnings by content. Every semantic field is compared: a row's key, kind, level, number,
year and unit, a column's key, year, measure and group, a table's title, family and unit,
a mandate's issuing body, title and link, a check's status. Whitespace is not content:
line breaks and spaces next to digits are layout in Chinese text. Changed text is shown
edit by edit (difflib), in context.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from difflib import SequenceMatcher
from typing import Any

import regex

ROW_FIELDS = ("key", "kind", "level", "number", "year", "unit")
COLUMN_FIELDS = ("key", "year", "measure", "group")
TABLE_FIELDS = ("family", "unit", "notes")
PART_FIELDS = ("label", "key", "stub")
CHECK_KEY = ("rule", "table", "part", "row", "column")


@dataclass(frozen=True)
class Place:
    """Where a change is, as keys a program can use: table number, part and row by index
    (in the old output; in the new one for an addition) with their keys, the column's key
    and year, the field that changed, and for other records their number or symbol."""

    table: str | None = None
    part: int | None = None
    part_key: str | None = None
    row: int | None = None
    row_key: str | None = None
    row_label: str | None = None
    column: int | None = None
    column_key: str | None = None
    column_year: int | None = None
    column_label: str | None = None
    record: str | None = None  # heading, paragraph, footnote, mandate, figure, check, …
    item: Any = None  # its number, symbol or text
    field: str | None = None

    def plain(self) -> dict:
        """The place without its empty parts."""
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass(frozen=True)
class Change:
    """One difference. ``what`` says what kind; ``where`` locates it in words, ``place``
    in keys."""

    what: str  # value, field, text, row-added, row-removed, table-added, …
    where: str
    old: Any = None
    new: Any = None
    place: Place = field(default_factory=Place)

    def line(self) -> str:
        """A readable one-line form."""
        if self.what.endswith("-added"):
            return f"+ {self.where}"
        if self.what.endswith("-removed"):
            return f"- {self.where}"
        if isinstance(self.old, str) and isinstance(self.new, str):
            return f"~ {self.where}: {edits(self.old, self.new)}"
        return f"~ {self.where}: {_short(self.old)} → {_short(self.new)}"


# Words of letters are compared whole, everything else one character at a time;
# whitespace is never a token, so it never makes a difference.
_TOKEN = regex.compile(r"[\p{Latin}]+|\S")


def edits(old: str, new: str, context: int = 12) -> str:
    """Each separate edit between two texts as "…context[-old-]{+new+}context…"."""
    a, b = list(_TOKEN.finditer(old)), list(_TOKEN.finditer(new))
    matcher = SequenceMatcher(None, [m[0] for m in a], [m[0] for m in b], autojunk=False)
    shown = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        start = a[i1].start() if i1 < len(a) else len(old)
        end = a[i2 - 1].end() if i2 > i1 else start
        removed = old[start:end]
        added = new[b[j1].start():b[j2 - 1].end()] if j2 > j1 else ""
        head = ("…" if start > context else "") + old[max(0, start - context):start]
        tail = old[end:end + context] + ("…" if len(old) - end > context else "")
        shown.append(f"{head}[-{_short(removed, 60)}-]{{+{_short(added, 60)}+}}{tail}")
    return " ".join(shown)


def _short(value: Any, limit: int = 80) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def squeeze(value: Any) -> Any:
    """Text without its whitespace: line breaks and spaces around digits are layout in
    Chinese text, so a change of whitespace alone is not a change."""
    if isinstance(value, str):
        return "".join(value.split())
    if isinstance(value, list | tuple):
        return type(value)(squeeze(v) for v in value)
    if isinstance(value, dict):
        return {k: squeeze(v) for k, v in value.items()}
    return value


def _keyed(items: list[dict], key) -> dict[Any, tuple[int, dict]]:
    """Index items (with their positions) by ``key(item)``, whitespace ignored, numbering
    repeats so none is lost."""
    seen: Counter = Counter()
    out = {}
    for index, item in enumerate(items):
        k = squeeze(key(item))
        seen[k] += 1
        out[(k, seen[k]) if seen[k] > 1 else k] = (index, item)
    return out


def _name(label: str, key: Any) -> str:
    if isinstance(key, tuple):
        return f"{label} {key[0]} (#{key[1]})"
    return f"{label} {key}"


def _matched(old: list[dict], new: list[dict], key, label: str, out: list[Change],
             place, show=None):
    """Yield (old index, old, new) for items matched by ``key``; record the unmatched as
    ``label``-added/removed, named by ``show(item)`` (the printed text) or their key.
    ``place(index, item)`` locates an item."""
    a, b = _keyed(old, key), _keyed(new, key)
    kind = label.split()[-1]

    def name(k, item) -> str:
        return _name(label, show(item) if show else k)

    for k, (i, item) in a.items():
        if k not in b:
            out.append(Change(f"{kind}-removed", name(k, item), place=place(i, item)))
    for k, (i, item) in b.items():
        if k not in a:
            out.append(Change(f"{kind}-added", name(k, item), place=place(i, item)))
    for k, (i, item) in a.items():
        if k in b:
            yield i, item, b[k][1]


def _fields(a: dict, b: dict, names: tuple[str, ...], where: str, place: Place,
            out: list[Change]) -> None:
    """A change per semantic field that differs."""
    for name in names:
        if squeeze(a.get(name)) != squeeze(b.get(name)):
            out.append(Change("field", f"{where} {name}", a.get(name), b.get(name),
                              _with(place, field=name)))


def _with(place: Place, **changes) -> Place:
    return Place(**(asdict(place) | changes))


def _row_label(row: dict) -> str:
    return row.get("label") or row.get("key") or "(no label)"


def _tables(old: list[dict], new: list[dict], out: list[Change]) -> None:
    def place(_, t):
        return Place(table=t.get("number"))

    for _, a, b in _matched(old, new, lambda t: t.get("number"), "table", out, place):
        number = a.get("number")
        here = Place(table=number)
        if squeeze(a.get("title")) != squeeze(b.get("title")):
            out.append(Change("text", f"table {number} title", a.get("title"), b.get("title"),
                              _with(here, field="title")))
        _fields(a, b, TABLE_FIELDS, f"table {number}", here, out)
        parts_a, parts_b = a.get("parts", []), b.get("parts", [])
        several = len(parts_a) > 1 or len(parts_b) > 1
        for i in range(max(len(parts_a), len(parts_b))):
            where = f"table {number}" + (f" part {i + 1}" if several else "")
            if i >= len(parts_a) or i >= len(parts_b):
                added = i >= len(parts_a)
                part = (parts_b if added else parts_a)[i]
                out.append(Change("part-added" if added else "part-removed", where,
                                  place=_with(here, part=i, part_key=part.get("key"))))
                continue
            _part(parts_a[i], parts_b[i], where,
                  _with(here, part=i, part_key=parts_a[i].get("key")), out)


def _column_place(here: Place, index: int, column: dict) -> Place:
    return _with(here, column=index, column_key=column.get("key"),
                 column_year=column.get("year"), column_label=column.get("label"))


def _row_place(here: Place, index: int, row: dict) -> Place:
    return _with(here, row=index, row_key=row.get("key"), row_label=_row_label(row))


def _part(a: dict, b: dict, where: str, here: Place, out: list[Change]) -> None:
    _fields(a, b, PART_FIELDS, where, here, out)
    label = lambda c: c.get("label")  # noqa: E731
    pairs = []  # (old index, new index) of matched columns
    new_index = {k: i for k, (i, _) in _keyed(b.get("columns", []), label).items()}
    old_keys = _keyed(a.get("columns", []), label)
    for i, ca, cb in _matched(a.get("columns", []), b.get("columns", []), label,
                              f"{where} column", out,
                              lambda i, c: _column_place(here, i, c),
                              show=lambda c: repr(c.get("label"))):
        _fields(ca, cb, COLUMN_FIELDS, f"{where} column {ca['label']!r}",
                _column_place(here, i, ca), out)
        key = next(k for k, (j, _) in old_keys.items() if j == i)
        pairs.append((i, new_index[key]))
    columns = a.get("columns", [])
    for r, ra, rb in _matched(a.get("rows", []), b.get("rows", []), _row_label,
                              f"{where} row", out, lambda i, row: _row_place(here, i, row),
                              show=_row_label):
        row_here = _row_place(here, r, ra)
        _fields(ra, rb, ROW_FIELDS, f"{where} row {_row_label(ra)!r}", row_here, out)
        for i, j in pairs:
            va = ra["values"][i] if i < len(ra["values"]) else None
            vb = rb["values"][j] if j < len(rb["values"]) else None
            if squeeze(va) != squeeze(vb):
                out.append(Change(
                    "value", f"{where} row {_row_label(ra)!r} column {columns[i]['label']!r}",
                    va, vb, _column_place(row_here, i, columns[i])))


def _texts(old: list[dict], new: list[dict], label: str, key, text, out: list[Change]) -> None:
    """Items matched by ``key`` whose ``text`` changed; named as printed."""
    def place(_, item):
        return Place(record=label, item=key(item))

    for _, a, b in _matched(old, new, key, label, out, place, show=key):
        if squeeze(text(a)) != squeeze(text(b)):
            out.append(Change("text", _name(label, key(a)), text(a), text(b), place(0, a)))


def _paragraph_text(p: dict) -> str:
    parts = [p.get("text", "")]
    stack = list(p.get("items", []))
    while stack:
        item = stack.pop(0)
        parts.append(f"{item['marker']} {item['text']}")
        stack[:0] = item.get("items", [])
    return "\n".join(parts)


def _check_key(check: dict) -> tuple:
    return tuple(check.get(k) for k in CHECK_KEY)


def _check_name(check: dict) -> str:
    where = ", ".join(str(v) for v in _check_key(check)[1:] if v is not None)
    return f"{check.get('rule')} ({where})"


def _checks(old: list[dict], new: list[dict], out: list[Change]) -> None:
    """Checks whose verdict changed, and checks that appeared or disappeared."""
    def place(_, c):
        return Place(table=c.get("table"), row_label=c.get("row"), column_label=c.get("column"),
                     record="check", item=c.get("rule"))

    for _, a, b in _matched(old, new, _check_key, "check", out, place, show=_check_name):
        if a.get("status") != b.get("status"):
            out.append(Change("field", f"check {_check_name(a)} status", a.get("status"),
                              b.get("status"), _with(place(0, a), field="status")))


def _warnings(old: list[dict], new: list[dict], out: list[Change]) -> None:
    def key(w):
        return (w.get("code"), w.get("message"), w.get("table"), w.get("row"), w.get("column"))

    def place(_, w):
        return Place(table=w.get("table"), row_label=w.get("row"), column_label=w.get("column"),
                     record="warning", item=w.get("code"))

    list(_matched(old, new, key, "warning", out, place,
                  show=lambda w: f"{w.get('code')}: {w.get('message')}"))


def diff(old: dict, new: dict) -> list[Change]:
    """All semantic differences between two outputs, in document order."""
    out: list[Change] = []
    doc_a, doc_b = old.get("document", {}), new.get("document", {})
    for name in sorted(set(doc_a) | set(doc_b)):
        if name != "source" and squeeze(doc_a.get(name)) != squeeze(doc_b.get(name)):
            out.append(Change("document", f"document {name}", doc_a.get(name), doc_b.get(name),
                              Place(record="document", field=name)))
    _texts(old.get("headings", []), new.get("headings", []), "heading",
           lambda h: h.get("text"), lambda h: h.get("level"), out)
    _tables(old.get("tables", []), new.get("tables", []), out)
    _texts(old.get("paragraphs", []), new.get("paragraphs", []), "paragraph",
           lambda p: p.get("number"), _paragraph_text, out)
    _texts(old.get("footnotes", []), new.get("footnotes", []), "footnote",
           lambda f: f.get("number"), lambda f: f.get("text"), out)
    _texts(old.get("mandates", []), new.get("mandates", []), "mandate",
           lambda m: m.get("symbol"), lambda m: (m.get("body"), m.get("title"), m.get("url")),
           out)
    _texts(old.get("figures", []), new.get("figures", []), "figure",
           lambda f: f.get("number"),
           lambda f: (f.get("title"), f.get("unit"), f.get("panels")), out)
    _checks(old.get("checks", []), new.get("checks", []), out)
    _warnings(old.get("warnings", []), new.get("warnings", []), out)
    return out


def as_json(changes: list[Change]) -> list[dict]:
    """The changes for ``--json``: kind, words, structured place, old and new."""
    return [{"what": c.what, "where": c.where, "place": c.place.plain(), "old": c.old,
             "new": c.new} for c in changes]
