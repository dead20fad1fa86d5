"""Identities across tables and charts: the same figure printed twice must agree.

Every numeric cell of a resource table becomes a *fact* keyed by what it is about:
(context, scope, budget, unit, row, column). The scope is the whole section for
"总表"/"Overall" tables, the component a table's title names ("决策机关：…"), or, in
a table by component, the component the row names; the context is the part of the
section and the basis of the figures (see ``_context``). Facts with the same key
that come from different tables (or charts) are compared.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from typing import NamedTuple

import regex

from unfascicle.checks.findings import Figure, Finding, figure, verdict
from unfascicle.checks.rules import CheckRules
from unfascicle.normalize.numbers import parse_number
from unfascicle.normalize.vocab import Vocabulary

FACT_FAMILIES = ("financial_resources", "financial_and_post_resources", "posts")
WHOLE = ("section", None)
_PANEL_TOTAL = regex.compile(r"^\s*([\d\s.,]+?)\s*(?:[^\d\s.,].*)?$")
_PREFIX_END = regex.compile(r"[：:]")
_NUMBERED = regex.compile(r"^(.*?)\s*(\d+)$")
_BASIS = regex.compile(r"[(（]([^()（）]+)[)）]\s*$")


class Fact(NamedTuple):
    """One printed figure and where it was printed (a named tuple, as Figure is: one
    per numeric cell of every resource table)."""

    figure: Figure
    source: str  # "table 15.9" / "figure 15.十四"
    table: str | None
    part: str | None
    row: str | None
    column: str | None
    page: int | None


Key = tuple  # (context, scope, budget, unit, row key, column id)


def _scope_of_title(title: str | None, vocab: Vocabulary, rules: CheckRules,
                    untitled=None) -> tuple[str, str | None] | None:
    """"决策机关：…" (or just "决策机关") → ("policymaking_organs", None); "次级方案 1：…"
    → ("subprogramme", "1"); "总表：…" → the whole section; None when the title names
    no scope. A title without a prefix names ``untitled`` when given (charts of the
    whole section are titled without one)."""
    if not title:
        return None
    if not _PREFIX_END.search(title) and untitled is not None:
        return untitled
    prefix = _PREFIX_END.split(title, maxsplit=1)[0].strip()
    if prefix in rules.whole_section_prefixes:
        return WHOLE
    match = _NUMBERED.match(prefix)
    label, number = (match.group(1), match.group(2)) if match else (prefix, None)
    entry = vocab.row(label)
    # "Financial resources" names what a table shows, not whose figures they are
    return (entry.key, number) if entry and entry.key in rules.components else None


def _column_id(column: dict):
    return ("year", column["year"]) if column["year"] is not None else ("key", column["key"])


def _row_unit(table: dict, row: dict) -> str | None:
    keys = (table.get("unit") or {}).get("keys") or []
    return row.get("unit") or (keys[0] if len(keys) == 1 else None)


def _closed_section(rows: list[dict], at: int) -> str | None:
    """The key of the section a subtotal closes ("小计" under "专业及以上职类"); None
    for a subtotal of rows at its own level."""
    level = rows[at]["level"]
    if at == 0 or rows[at - 1]["level"] <= level:
        return None
    for row in reversed(rows[:at]):
        if row["kind"] == "section" and row["level"] <= level:
            return row["key"]
        if row["level"] < level:
            return None
    return None


def _row_facts(table: dict, part: dict, rows: list[dict], at: int, scope, budget,
               rules: CheckRules) -> Iterator[tuple[Key, Fact]]:
    row = rows[at]
    components = rules.components
    row_key = row["key"]
    row_scope = scope
    if row["kind"] == "subtotal":
        row_key = _closed_section(rows, at) or ("total" if at == len(rows) - 1 else None)
        if row_key in components:
            row_scope, row_key = (row_key, None), "total"
    elif row_key in components and scope == WHOLE:
        number = row.get("number")  # "1." names subprogramme 1; "A." only orders rows
        numbered = number and number.isdigit() and row_key in rules.numbered_components
        row_scope, row_key = (row_key, number if numbered else None), "total"
    if row_key is None:
        return
    unit = _row_unit(table, row)
    for i, column in enumerate(part["columns"]):
        if column["measure"] not in ("amount", "count"):
            continue
        fig = figure(row["values"][i], row["raw"][i], unit == "posts")
        if fig is None:
            continue
        key = (row_scope, budget, unit, row_key, _column_id(column))
        if row.get("year") is not None and column["year"] is None and column["measure"] == "count":
            # "2024 年拟议 | 82": the row names the year, the count is that year's total
            key = (row_scope, budget, unit, "total", ("year", row["year"]))
        fact = Fact(fig, f"table {table['number']}", table["number"], part.get("label"),
                    row.get("label"), column["label"], row.get("page"))
        yield key, fact


def _context(number: str | None, title: str | None) -> tuple[str | None, str | None]:
    """What qualifies every figure of a table or chart beyond its scope: the part of
    a section printed in parts ("27.II.6" → "II"; each part has its own "Overall"),
    and the basis a closing parenthesis of the title states ("… (jointly financed)"
    and "… (United Nations share)" give different figures for the same rows)."""
    segments = (number or "").split(".")
    basis = _BASIS.search(title or "")
    return (segments[1] if len(segments) > 2 else None,
            basis.group(1).strip().casefold() if basis else None)


def table_scope(table: dict, vocab: Vocabulary, rules: CheckRules) -> tuple | None:
    """(context, scope) of a resource table, or None when its title names no scope."""
    if table.get("family") not in FACT_FAMILIES:
        return None
    scope = _scope_of_title(table.get("title"), vocab, rules)
    return None if scope is None else (_context(table.get("number"), table.get("title")), scope)


def table_facts(table: dict, scoped: tuple, rules: CheckRules) -> Iterator[tuple[Key, Fact]]:
    """Every keyed figure of a resource table of (context, scope) ``scoped``, leaving
    out keys the table states more than once: those rows differ by a grouping the key
    does not hold ("2." under "Conference management, Geneva" and again under "…,
    Nairobi")."""
    context, scope = scoped
    facts = [((context, *key), fact) for part in table["parts"]
             for at in range(len(part["rows"]))
             for key, fact in _row_facts(table, part, part["rows"], at, scope,
                                         part.get("key") or rules.default_budget, rules)]
    counts = Counter(key for key, _ in facts)
    yield from ((key, fact) for key, fact in facts if counts[key] == 1)


def _ambiguous_scopes(scoped: list[tuple[dict, tuple]]) -> set[tuple]:
    """Scopes with two tables of one title (among the tables ``scoped`` with their
    (context, scope)): the document states that scope more than once (one
    "Subprogramme 2: …" table per duty station, one "Overall: …" per entity of the
    section), under headings the output does not tie to the tables."""
    titles = Counter((scope, t.get("title")) for t, scope in scoped)
    return {scoped for (scoped, _), n in titles.items() if n > 1}


def _panel_total(text: str | None) -> Figure | None:
    """"82 个员额" → 82; "13 465.1" → 13465.1: the figure a panel's total prints before
    any words."""
    if not text:
        return None
    match = _PANEL_TOTAL.match(text)
    parsed = parse_number(match.group(1)) if match else None
    return figure(parsed.value, match.group(1), False) if parsed and parsed.ok else None


def figure_facts(fig: dict, vocab: Vocabulary, rules: CheckRules) -> Iterator[tuple[Key, Fact]]:
    """The figures a chart prints: panel totals and labelled bars."""
    scope = _scope_of_title(fig.get("title"), vocab, rules, untitled=WHOLE)
    year = rules.chart_year.search(fig.get("title") or "")
    if scope is None or year is None:
        return
    col = ("year", int(year.group(1)))
    budget = rules.default_budget
    context = _context(fig.get("number"), fig.get("title"))
    for panel in fig.get("panels", []):
        conf = rules.chart_panels.get(panel.get("caption"))
        if conf is None:
            continue
        exact = conf.unit == "posts"
        where = dict(source=f"figure {fig['number']}", table=None, part=panel["caption"],
                     page=fig.get("page"))
        total = _panel_total(panel.get("total"))
        if total is not None:
            fact = Fact(Figure(total.value, 0.0 if exact else total.half_unit), row="(total)",
                        column=None, **where)
            yield (context, scope, budget, conf.unit, conf.total_row, col), fact
        for datum in panel.get("data", []):
            value = figure(datum.get("value"), datum.get("raw", ""), exact)
            if datum.get("key") and value is not None:
                fact = Fact(value, row=datum.get("label"), column=None, **where)
                yield (context, scope, budget, conf.unit, datum["key"], col), fact


def chart_sums(document: dict, rules: CheckRules) -> Iterator[Finding]:
    """A chart panel's bars add up to the total it prints."""
    for fig in document.get("figures", []):
        for panel in fig.get("panels", []):
            total = _panel_total(panel.get("total"))
            conf = rules.chart_panels.get(panel.get("caption"))
            exact = conf is not None and conf.unit == "posts"
            values = [figure(d.get("value"), d.get("raw", ""), exact)
                      for d in panel.get("data", [])]
            values = [v for v in values if v is not None]
            if total is None or len(values) < 2:
                continue
            computed = sum(v.value for v in values)
            tolerance = total.half_unit + sum(v.half_unit for v in values)
            yield Finding("chart-adds-up", None, panel.get("caption"), "(total)", None,
                          total.value, round(computed, 6), verdict(total, computed, tolerance),
                          round(tolerance, 6), fig.get("page"), f"figure {fig.get('number')}")


def agreement(document: dict, vocab: Vocabulary, rules: CheckRules) -> Iterator[Finding]:
    """Figures stated in several tables or charts agree with the first statement."""
    facts: dict[Key, list[Fact]] = defaultdict(list)
    scoped = [(t, scope) for t in document.get("tables", [])
              if (scope := table_scope(t, vocab, rules)) is not None]
    ambiguous = _ambiguous_scopes(scoped)
    for table, scope in scoped:
        if scope in ambiguous:
            continue
        for key, fact in table_facts(table, scope, rules):
            facts[key].append(fact)
    for fig in document.get("figures", []):
        for key, fact in figure_facts(fig, vocab, rules):
            facts[key].append(fact)
    for key, group in facts.items():
        sources = {f.source for f in group}
        if len(sources) < 2:
            continue
        reference = group[0]
        for fact in group[1:]:
            if fact.source == reference.source:
                continue
            tolerance = fact.figure.half_unit + reference.figure.half_unit
            if fact.figure.half_unit == reference.figure.half_unit:
                tolerance = 0.0  # the same figure rounded the same way prints the same
            yield Finding("tables-agree", fact.table, fact.part, fact.row, fact.column,
                          fact.figure.value, reference.figure.value,
                          verdict(fact.figure, reference.figure.value, tolerance), tolerance,
                          fact.page, f"{fact.source} vs {reference.source} "
                                     f"({_describe(key)})")


def _describe(key: Key) -> str:
    (division, basis), scope, budget, unit, row, col = key
    scope_text = "section" if scope == WHOLE else "/".join(str(s) for s in scope if s)
    scope_text = f"part {division}, {scope_text}" if division else scope_text
    scope_text = f"{scope_text} ({basis})" if basis else scope_text
    return f"{scope_text}, {budget}, {unit}, {row}, {col[1]}"

