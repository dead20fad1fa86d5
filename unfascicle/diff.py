"""Semantic diff of two outputs: what changed in the budget, not in the bytes.

Headings are matched by text, tables by number, parts by position, rows by label (the n-th row of
a label matches the n-th), cells by column; paragraphs and footnotes by number,
mandates by symbol, figures by number. Whitespace is not content: two renderings
that differ only in line breaks or spaces next to digits are equal. Reports values
that changed (old → new), rows, columns, tables and paragraphs added or removed,
and text that changed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Change:
    """One difference. ``what`` says what kind; ``where`` locates it in words."""

    what: str  # value, row-added, row-removed, table-added, …, text
    where: str
    old: Any = None
    new: Any = None

    def line(self) -> str:
        """A readable one-line form."""
        if self.what.endswith("-added"):
            return f"+ {self.where}"
        if self.what.endswith("-removed"):
            return f"- {self.where}"
        if isinstance(self.old, str) and isinstance(self.new, str):
            return f"~ {self.where}: {_focus(self.old, self.new)}"
        return f"~ {self.where}: {_short(self.old)} → {_short(self.new)}"


def _focus(old: str, new: str, context: int = 12) -> str:
    """Show where two texts differ: "…context[-old-]{+new+}context…"."""
    start = 0
    while start < min(len(old), len(new)) and old[start] == new[start]:
        start += 1
    end = 0
    while end < min(len(old), len(new)) - start and old[-1 - end] == new[-1 - end]:
        end += 1
    head = ("…" if start > context else "") + old[max(0, start - context):start]
    tail_at = len(old) - end
    tail = old[tail_at:tail_at + context] + ("…" if end > context else "")
    removed, added = _short(old[start:tail_at], 60), _short(new[start:len(new) - end], 60)
    return f"{head}[-{removed}-]{{+{added}+}}{tail}"


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


def _keyed(items: list[dict], key) -> dict[Any, dict]:
    """Index items by ``key(item)`` (whitespace ignored), numbering repeats so none is lost."""
    seen: Counter = Counter()
    out = {}
    for item in items:
        k = squeeze(key(item))
        seen[k] += 1
        out[(k, seen[k]) if seen[k] > 1 else k] = item
    return out


def _pairs(old: dict, new: dict, label: str, out: list[Change], kind: str | None = None,
           show=None):
    """Yield matched pairs; record the unmatched as ``kind``-added/removed, named by
    ``show(item)`` (the printed text) or else by their key."""
    kind = kind or label

    def name(key, item) -> str:
        return _name(label, show(item) if show else key)

    for k, item in old.items():
        if k not in new:
            out.append(Change(f"{kind}-removed", name(k, item)))
    for k, item in new.items():
        if k not in old:
            out.append(Change(f"{kind}-added", name(k, item)))
    for k in old:
        if k in new:
            yield k, old[k], new[k]


def _name(label: str, key: Any) -> str:
    if isinstance(key, tuple):
        return f"{label} {key[0]} (#{key[1]})"
    return f"{label} {key}"


def _row_label(row: dict) -> str:
    return row.get("label") or row.get("key") or "(no label)"


def _tables(old: list[dict], new: list[dict], out: list[Change]) -> None:
    pairs = _pairs(_keyed(old, lambda t: t.get("number")), _keyed(new, lambda t: t.get("number")),
                   "table", out)
    for number, a, b in pairs:
        if squeeze(a.get("title")) != squeeze(b.get("title")):
            out.append(Change("text", f"table {number} title", a.get("title"), b.get("title")))
        parts_a, parts_b = a.get("parts", []), b.get("parts", [])
        for i in range(max(len(parts_a), len(parts_b))):
            where = f"table {number}" + (f" part {i + 1}" if len(parts_a) > 1 or len(parts_b) > 1
                                         else "")
            if i >= len(parts_a) or i >= len(parts_b):
                out.append(Change("part-added" if i >= len(parts_a) else "part-removed", where))
                continue
            _part(parts_a[i], parts_b[i], where, out)


def _part(a: dict, b: dict, where: str, out: list[Change]) -> None:
    labels_a = [c["label"] for c in a.get("columns", [])]
    cols_a = [squeeze(c) for c in labels_a]
    cols_b = [squeeze(c["label"]) for c in b.get("columns", [])]
    for col, printed in zip(cols_a, labels_a, strict=True):
        if col not in cols_b:
            out.append(Change("column-removed", f"{where} column {printed!r}"))
    for c in b.get("columns", []):
        if squeeze(c["label"]) not in cols_a:
            out.append(Change("column-added", f"{where} column {c['label']!r}"))
    rows = _pairs(_keyed(a.get("rows", []), _row_label), _keyed(b.get("rows", []), _row_label),
                  f"{where} row", out, "row", show=_row_label)
    for _, ra, rb in rows:
        for i, col in enumerate(cols_a):
            if col not in cols_b:
                continue
            j = cols_b.index(col)
            va = ra["values"][i] if i < len(ra["values"]) else None
            vb = rb["values"][j] if j < len(rb["values"]) else None
            if squeeze(va) != squeeze(vb):
                where_cell = f"{where} row {_row_label(ra)!r} column {labels_a[i]!r}"
                out.append(Change("value", where_cell, va, vb))


def _texts(old: list[dict], new: list[dict], label: str, key, text, out: list[Change]) -> None:
    """Items matched by ``key`` whose ``text`` changed; named as printed."""
    for _, a, b in _pairs(_keyed(old, key), _keyed(new, key), label, out, show=key):
        if squeeze(text(a)) != squeeze(text(b)):
            out.append(Change("text", _name(label, key(a)), text(a), text(b)))


def _paragraph_text(p: dict) -> str:
    parts = [p.get("text", "")]
    stack = list(p.get("items", []))
    while stack:
        item = stack.pop(0)
        parts.append(f"{item['marker']} {item['text']}")
        stack[:0] = item.get("items", [])
    return "\n".join(parts)


def diff(old: dict, new: dict) -> list[Change]:
    """All semantic differences between two outputs, in document order."""
    out: list[Change] = []
    doc_a, doc_b = old.get("document", {}), new.get("document", {})
    for field in sorted(set(doc_a) | set(doc_b)):
        if field != "source" and squeeze(doc_a.get(field)) != squeeze(doc_b.get(field)):
            out.append(Change("document", f"document {field}", doc_a.get(field), doc_b.get(field)))
    _texts(old.get("headings", []), new.get("headings", []), "heading",
           lambda h: h.get("text"), lambda h: h.get("level"), out)
    _tables(old.get("tables", []), new.get("tables", []), out)
    _texts(old.get("paragraphs", []), new.get("paragraphs", []), "paragraph",
           lambda p: p.get("number"), _paragraph_text, out)
    _texts(old.get("footnotes", []), new.get("footnotes", []), "footnote",
           lambda f: f.get("number"), lambda f: f.get("text"), out)
    _texts(old.get("mandates", []), new.get("mandates", []), "mandate",
           lambda m: m.get("symbol"), lambda m: (m.get("title"), m.get("url")), out)
    _texts(old.get("figures", []), new.get("figures", []), "figure",
           lambda f: f.get("number"), lambda f: (f.get("title"), f.get("panels")), out)
    return out


def as_json(changes: list[Change]) -> list[dict]:
    """The changes as plain dicts for ``--json``."""
    return [asdict(c) for c in changes]
