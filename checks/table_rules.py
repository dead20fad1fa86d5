"""Identities inside one table: columns add down, changes add across, grade lists
add up to the post count."""

from __future__ import annotations

from collections.abc import Iterator

from unfascicle.checks.findings import Figure, Finding, figure, tidy, verdict
from unfascicle.checks.rules import CheckRules

NUMERIC = ("amount", "count")
CHANGE_PARTS = ("technical_adjustments", "new_expanded_mandates", "other_changes")


class _Table:
    """Accessors over one table dict of the output."""

    def __init__(self, table: dict):
        self.table = table
        self.number = table.get("number")

    def cell(self, part: dict, row: dict, index: int) -> Figure | None:
        column = part["columns"][index]
        exact = column["measure"] == "count" or row.get("unit") == "posts"
        return figure(row["values"][index], row["raw"][index], exact)

    def finding(self, rule: str, part: dict, row: dict, index: int | None, printed: Figure,
                computed: float, tolerance: float, detail: str | None = None) -> Finding:
        column = part["columns"][index]["label"] if index is not None else None
        return Finding(rule, self.number, part.get("label"), row.get("label"), column,
                       printed.value, tidy(computed), verdict(printed, computed, tolerance),
                       round(tolerance, 6), row.get("page"), detail)


def _numeric_columns(part: dict) -> list[int]:
    return [i for i, c in enumerate(part["columns"]) if c["measure"] in NUMERIC]


def _heads(row: dict) -> bool:
    """A section or item row that prints no figure heads the rows below it (a section
    may print dashes beside its blanks); one that prints figures is a member, whatever
    its kind ("Programme of work | 3 399.6")."""
    values = row["values"]
    dashes = row["kind"] == "section" and None in values and all(v in (None, 0) for v in values)
    return row["kind"] in ("section", "item") and (dashes or all(v is None for v in values))


def _member(row: dict) -> bool:
    return row["kind"] in ("section", "item") and not _heads(row)


def _closing_members(rows: list[dict], at: int, cumulative_rows: set[int],
                     rules: CheckRules) -> tuple[list[dict], bool]:
    """The rows a subtotal/total at ``rows[at]`` sums, and whether the sum is
    cumulative (members at its own level, as in a part's "小计 (1)").

    A section's subtotal sums the block of deeper rows right above it; a total passes
    over the headings of blocks that no subtotal closes. A same-level sum walks back
    over rows of its own level, counting a closed section once through its subtotal;
    it closes a section when it reaches that section's heading, and is cumulative
    otherwise, stopping at an earlier cumulative subtotal. A subtotal that names no
    part or section it closes ("Subtotal", not "Subtotal, C" or "小计 (1)") sums only
    the rows back to the previous subtotal when rows of its level come first.
    """
    level = rows[at]["level"]
    before = [r for r in rows[:at] if _heads(r) or any(v is not None for v in r["values"])]
    if not before:
        return [], False
    if before[-1]["level"] > level:
        start = len(before)
        while start and (before[start - 1]["level"] > level or (
                rows[at]["kind"] == "total" and _heads(before[start - 1]))):
            start -= 1
        return _block_members(before[start:], level), False
    members: list[dict] = []
    skipping = None  # skipping: the closing row whose block is walked over
    for row in reversed(before):
        if row["level"] > level:
            continue
        if _heads(row):
            if skipping is None:
                return members, False
            skipping = None
            continue
        closing = row["kind"] in ("subtotal", "total")
        if skipping is not None:
            if not (closing and _block_sum(skipping, rules)):
                continue
            skipping = None
        if closing and _block_sum(rows[at], rules) and any(_member(m) for m in members):
            return members, False  # "Subtotal" under the items it closes, after another
        if closing:
            members.append(row)
            if id(row) in cumulative_rows:
                break
            skipping = row
        elif _member(row):
            members.append(row)
    return members, True


def _block_sum(row: dict, rules: CheckRules) -> bool:
    """Whether a closing row names nothing it sums ("Subtotal", "小计"): it closes the
    rows right above it, not a lettered section or a numbered part."""
    return row["kind"] == "subtotal" and not rules.sum_reference.search(row.get("label") or "")


def _block_members(block: list[dict], level: int) -> list[dict]:
    """The rows one level below ``level`` that a sum over ``block`` adds: members and
    subtotals; a heading that no subtotal closes ("Non-post" over "Other staff
    costs") adds through the rows of its own block."""
    members, i = [], 0
    while i < len(block):
        row, end = block[i], i + 1
        while end < len(block) and block[end]["level"] > row["level"]:
            end += 1
        if row["level"] <= level:  # a heading a total passes over
            end = i + 1
        elif row["level"] == level + 1:
            closed = end < len(block) and block[end]["level"] == row["level"] and \
                block[end]["kind"] == "subtotal"
            if _heads(row) and not closed:
                members += _block_members(block[i + 1:end], level + 1)
            elif _member(row) or row["kind"] == "subtotal":
                members.append(row)
        i = end
    return members


def _header_blocks(rows: list[dict], at: int) -> Iterator[tuple[dict, list[dict]]]:
    """A heading-style subtotal ("Parliamentary documentation (number of documents)"
    above its items) with its members, then each group inside it with its members.

    Deliverables are numbered; an unnumbered row with figures among them heads a group
    of the numbered rows after it (a duty station, or a subcategory the vocabulary
    does not know); the items under a heading without figures ("Publications on
    economic statistics") are the subtotal's own. The subtotal sums its numbered rows
    up to the first group or, when a group comes first, its groups.
    """
    level = rows[at]["level"]
    block, heads = [], {level: True}  # heads: whether the row opening each level heads
    for row in rows[at + 1:]:
        if row["level"] <= level:
            break
        if row["kind"] == "item" and all(heads.get(d, False) for d in range(level, row["level"])):
            block.append(row)
        heads = {d: h for d, h in heads.items() if d < row["level"]} | {row["level"]: _heads(row)}
    groups: list[tuple[dict, list[dict]]] = []
    direct: list[dict] = []
    for row in block:
        if row.get("number") is None and any(v is not None for v in row["values"]):
            groups.append((row, []))
        elif groups:
            groups[-1][1].append(row)
        else:
            direct.append(row)
    yield rows[at], direct or [head for head, _ in groups]
    yield from ((head, members) for head, members in groups if members)


def _sum_finding(t: _Table, rule: str, part: dict, row: dict, members: list[dict],
                 member_part: list[tuple[dict, dict]] | None = None) -> Iterator[Finding]:
    """Compare each numeric column of ``row`` with the sum of ``members``."""
    pairs = member_part or [(part, m) for m in members]
    for i in _numeric_columns(part):
        printed = t.cell(part, row, i)
        if printed is None:
            continue
        column = part["columns"][i]
        parts = []
        for mpart, member in pairs:
            j = _aligned(mpart, column) if mpart is not part else i
            if j is not None and (fig := t.cell(mpart, member, j)) is not None:
                parts.append(fig)
        if not parts:
            continue
        total = sum(p.value for p in parts)
        tolerance = printed.half_unit + sum(p.half_unit for p in parts)
        yield t.finding(rule, part, row, i, printed, total, tolerance,
                        f"sum of {len(parts)} rows")


def _aligned(part: dict, column: dict) -> int | None:
    """The index of the column in ``part`` that matches ``column`` (by year, or by key
    for columns without a year); None when there is none."""
    for j, other in enumerate(part["columns"]):
        if other["measure"] not in NUMERIC:
            continue
        if column["year"] is not None and other["year"] == column["year"]:
            return j
        if column["year"] is None and other["key"] and other["key"] == column["key"]:
            return j
    return None


def column_sums(table: dict, rules: CheckRules) -> Iterator[Finding]:
    """Items add to subtotals, subtotals to totals, parts to the table's grand total."""
    t = _Table(table)
    earlier_parts: list[tuple[dict, dict]] = []  # each part's closing cumulative subtotal
    for part in table["parts"]:
        rows = part["rows"]
        cumulative_rows: set[int] = set()
        last_cumulative = None
        for at, row in enumerate(rows):
            if row["kind"] not in ("subtotal", "total"):
                continue
            if at + 1 < len(rows) and rows[at + 1]["level"] > row["level"]:
                for head, members in _header_blocks(rows, at):
                    yield from _sum_finding(t, "deliverables-add-up", part, head, members)
                continue
            members, cumulative = _closing_members(rows, at, cumulative_rows, rules)
            if row["kind"] == "total" and earlier_parts and (
                    not members or members == [last_cumulative]):
                closers = earlier_parts + ([(part, last_cumulative)] if last_cumulative else [])
                yield from _sum_finding(t, "parts-add-to-total", part, row, [], closers)
                continue
            if cumulative and row["kind"] == "subtotal":
                cumulative_rows.add(id(row))
                last_cumulative = row
            yield from _sum_finding(t, "column-adds-up", part, row, members)
        if last_cumulative is not None:
            earlier_parts.append((part, last_cumulative))


def _year_columns(part: dict) -> tuple[int | None, int | None, dict[str, int]]:
    """Base column (last year column before the changes), target column (first year
    column after them), and the change columns by key."""
    keys = {c["key"]: i for i, c in enumerate(part["columns"]) if c["key"]}
    changes = [i for k, i in keys.items() if k in (*CHANGE_PARTS, "total_changes")]
    if not changes:
        return None, None, keys
    first, last = min(changes), max(changes)
    years = [i for i, c in enumerate(part["columns"]) if c["year"] is not None
             and c["measure"] in NUMERIC]
    base = max((i for i in years if i < first), default=None)
    target = min((i for i in years if i > last), default=None)
    return base, target, keys


def changes_across(table: dict, rules: CheckRules) -> Iterator[Finding]:
    """Change components add to the total change; base + change = estimate; the
    percentage is the change over the base."""
    t = _Table(table)
    for part in table["parts"]:
        base, target, keys = _year_columns(part)
        total = keys.get("total_changes")
        if total is None:
            continue
        for row in part["rows"]:
            if row["kind"] in ("section", "text"):
                continue
            change = t.cell(part, row, total)
            if change is None:
                continue
            if all(k in keys for k in CHANGE_PARTS):
                found = [t.cell(part, row, keys[k]) for k in CHANGE_PARTS]
                figs = [f for f in found if f is not None]
                if len(figs) == len(found):
                    tol = change.half_unit + sum(f.half_unit for f in figs)
                    yield t.finding("changes-add-up", part, row, total, change,
                                    sum(f.value for f in figs), tol)
            base_fig = t.cell(part, row, base) if base is not None else None
            if base_fig is not None and target is not None:
                target_fig = t.cell(part, row, target)
                if target_fig is not None:
                    tol = target_fig.half_unit + base_fig.half_unit + change.half_unit
                    yield t.finding("base-plus-change", part, row, target, target_fig,
                                    base_fig.value + change.value, tol)
            pct = keys.get("percentage_change")
            if pct is not None and base_fig is not None:
                yield from _percentage(t, part, row, pct, base_fig, change)


def _percentage(t: _Table, part: dict, row: dict, index: int, base: Figure,
                change: Figure) -> Iterator[Finding]:
    printed = t.cell(part, row, index)
    if printed is None:
        return
    if base.value == 0:  # no base: the percentage is printed as nil
        yield t.finding("percentage-of-base", part, row, index, printed, 0, 0.0,
                        "no base: nothing to divide by")
        return
    corners = [100 * (c + dc) / (base.value + db)
               for c, dc in ((change.value, -change.half_unit), (change.value, change.half_unit))
               for db in (-base.half_unit, base.half_unit) if base.value + db != 0]
    low, high = min(corners), max(corners)
    computed = 100 * change.value / base.value
    tolerance = printed.half_unit + max(high - computed, computed - low)
    yield t.finding("percentage-of-base", part, row, index, printed, round(computed, 4),
                    tolerance)


def grade_lists(table: dict, rules: CheckRules) -> Iterator[Finding]:
    """"1 个 USG、1 个 D-2 …" / "1 USG, 6 D-2 …" in a text cell adds up to the row's
    post count. A nil count lists posts that move without changing the count
    (redeployments); a count in brackets lists posts taken away. Only posts tables
    state a count by its grades: elsewhere (annexes) grades are named in prose."""
    if table.get("family") != "posts":
        return
    t = _Table(table)
    grade = rules.grade_count
    for part in table["parts"]:
        counts = [i for i, c in enumerate(part["columns"]) if c["measure"] == "count"]
        texts = [i for i, c in enumerate(part["columns"]) if c["measure"] == "text"]
        if not counts or not texts:
            continue
        for row in part["rows"]:
            printed = t.cell(part, row, counts[0])
            if printed is None or printed.value == 0:
                continue
            for i in texts:
                cell = row["values"][i]
                found = grade.findall(cell) if isinstance(cell, str) else []
                if len(found) >= 2:
                    where = part["columns"][i]["label"]
                    listed = sum(int(n) for n in found)
                    yield t.finding("grades-add-to-posts", part, row, counts[0], printed,
                                    listed if printed.value > 0 else -listed, 0.0,
                                    f"{len(found)} grades listed in {where!r}")
