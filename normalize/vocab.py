"""The budget vocabulary, loaded from the package's data files.

Row labels, column labels, units and document patterns live per language edition in
``editions/`` (aliases onto canonical keys), table families in ``normalize/data``, so
a domain expert can extend them without touching code.
Labels are matched on a folded form (no whitespace, ASCII parentheses, no
trailing colon or full stop, no leading enumerator) and reported as printed.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex

from unfascicle.editions import EDITIONS, load_edition, read_csv, read_yaml

_ENUMERATOR = regex.compile(
    r"^\s*(?:(?P<letter>[A-Z])[.．、]|(?P<digit>\d{1,3})[.．、](?!\d)|[(（](?P<paren>[a-z])[)）])\s*")
_UNPOINTED = regex.compile(r"^\s*(?P<digit>\d{1,3})\s+(?=\p{L})")
_REFERENCE = regex.compile(r"(?:\([a-z0-9]{1,2}\)|,[a-z0-9]{1,2}|\(\d(?:\+\d)+\))$")
_SPACES = regex.compile(r"\s+")
_FOLD = str.maketrans({"（": "(", "）": ")", "／": "/", "：": ":"})


@lru_cache(maxsize=8192)
def fold(label: str) -> str:
    """The form labels are compared in (memoised: a label is looked up in several
    maps, each folding it again)."""
    text = _SPACES.sub("", label.translate(_FOLD)).casefold()
    return text.rstrip(":。.")


def split_enumerator(label: str, expected: int | None = None) -> tuple[str | None, str]:
    """"C. 工作方案" → ("C", "工作方案"); "1. …" → ("1", "…"); no enumerator → (None, label).
    The ``expected`` next item number is read even without its point ("18 Building on
    Monterrey" after item 17), as a paragraph number glued to its text is."""
    match = _ENUMERATOR.match(label)
    if not match:
        unpointed = _UNPOINTED.match(label)
        if unpointed and expected is not None and int(unpointed["digit"]) == expected:
            return unpointed["digit"], label[unpointed.end():]
        return None, label
    marker = match["letter"] or match["digit"] or match["paren"]
    return marker, label[match.end():]


@dataclass(frozen=True)
class RowLabel:
    """One row-label entry: its canonical key, role in the table and what it implies."""

    key: str
    english: str
    role: str  # item, section, subcategory, subtotal, total, group, part
    child_key: str | None
    unit: str | None


@dataclass(frozen=True)
class ColumnLabel:
    """One column-label entry; ``group`` is the spanning header it sits under."""

    key: str
    english: str
    measure: str | None


@dataclass(frozen=True)
class Unit:
    """A unit of measure printed in a caption."""

    key: str
    english: str
    measure: str


def _none(text: str) -> str | None:
    return text or None


@dataclass(frozen=True)
class Vocabulary:
    """All label maps, keyed by folded label."""

    language: str
    rows: dict[str, RowLabel]
    columns: dict[tuple[str, str], ColumnLabel]
    units: dict[str, Unit]
    families: list[dict]
    patterns: dict[str, regex.Pattern[str]]  # the edition's patterns, compiled once
    numerals: tuple[str, ...]
    names: dict[str, str]  # every canonical key (row, column) → its English name
    of_posts: dict[str, str]  # column key → the key it takes in a table counting posts

    def english(self, key: str | None) -> str | None:
        """The English name of a canonical key, the same in every edition."""
        return self.names[key] if key else None

    def prose(self, text: str) -> str:
        """Running text as written: a word the line broke at its hyphen is one word
        again ("capacity- building" → "capacity-building"; the edition's
        ``wrapped_hyphen`` says where: not before "and" in "low- and middle-income")."""
        return self.patterns["wrapped_hyphen"].sub("", text)

    def _forms(self, folded: str) -> tuple[str, ...]:
        """A folded label, then the same without a footnote mark glued to its end
        ("postsa", "2024expenditurea": the edition's ``label_footnote`` pattern)."""
        bare = self.patterns["label_footnote"].sub("", folded)
        return (folded, bare) if bare != folded else (folded,)

    def footnote_mark(self, label: str) -> tuple[str, str | None]:
        """A printed label and the footnote mark glued to its end, apart: "2024
        expenditurea" → ("2024 expenditure", "a"); (label, None) when it has none."""
        folded = fold(label)
        bare = self.patterns["label_footnote"].sub("", folded)
        if bare == folded:
            return label, None
        text = label.rstrip().rstrip(":。.")
        cut = len(folded) - len(bare)
        return text[:-cut].rstrip(), text[-cut:]

    def row(self, label: str) -> RowLabel | None:
        """The entry for a printed row label, ignoring its enumerator, a glued footnote
        mark and a trailing reference to what it sums: "小计 (C)", "Subtotal, C",
        "Total (1+2)"; a label numbered by a known word ("Component 1. Finance") is
        one of what the word names."""
        _, bare = split_enumerator(label)
        folded = fold(bare)
        for form in (*self._forms(folded), _REFERENCE.sub("", folded)):
            if form in self.rows:
                return self.rows[form]
        named = self.patterns["named_number"].match(bare)
        return self.rows.get(fold(named["word"])) if named else None

    def column(self, label: str, group: str | None, marked: bool = True) -> ColumnLabel | None:
        """The entry for a column measure word under a spanning ``group`` header (also
        read without a glued footnote mark unless ``marked`` is False)."""
        within = fold(group) if group else ""
        for folded in self._forms(fold(label)) if marked else (fold(label),):
            for key in ((within, folded), ("*", folded), ("", folded)):
                if key in self.columns:
                    return self.columns[key]
        return None

    def unit(self, printed: str) -> Unit | None:
        """The unit for one printed unit word ("千美元")."""
        return self.units.get(fold(printed))


@lru_cache(maxsize=len(EDITIONS))
def vocabulary(language: str) -> Vocabulary:
    """The vocabulary of one language edition: its aliases resolved to the canonical
    keys of ``editions/keys`` (immutable, so loaded once per edition and process).
    An alias naming a key that is not declared is a data error, raised here."""
    edition = load_edition(language)
    row_keys = {r["key"]: r for r in read_csv("keys", "rows.csv")}
    column_keys = {r["key"]: r for r in read_csv("keys", "columns.csv")}
    unit_keys = {r["key"]: r for r in read_csv("keys", "units.csv")}

    def declared(table: dict[str, dict[str, str]], key: str, name: str) -> dict[str, str]:
        if key not in table:
            raise ValueError(f"edition {language}: {name} alias names undeclared key {key!r}")
        return table[key]

    rows = {}
    for alias in edition.aliases("row_labels.csv"):
        k = declared(row_keys, alias["key"], "row_labels.csv")
        rows[fold(alias["label"])] = RowLabel(k["key"], k["english"], k["role"],
                                              _none(k["child_key"]), _none(k["unit"]))
    columns = {}
    for alias in edition.aliases("column_labels.csv"):
        k = declared(column_keys, alias["key"], "column_labels.csv")
        group = fold(alias["group"]) if alias["group"] != "*" else "*"
        columns[(group, fold(alias["label"]))] = ColumnLabel(k["key"], k["english"],
                                                             _none(k["measure"]))
    units = {}
    for alias in edition.aliases("units.csv"):
        k = declared(unit_keys, alias["key"], "units.csv")
        units[fold(alias["printed"])] = Unit(k["key"], k["english"], k["measure"])
    families = read_yaml(
        resources.files("unfascicle.normalize").joinpath("data", "families.yaml")
        .read_text("utf-8"))
    names = {k: r["english"] for k, r in (*column_keys.items(), *row_keys.items())}
    implied = {r["child_key"] for r in row_keys.values() if r["child_key"]} | {
        f["row_key"] for f in families if f.get("row_key", "stub") != "stub"}
    if undeclared := sorted(implied - names.keys()):
        raise ValueError(f"keys given to rows are not declared in editions/keys: {undeclared}")
    of_posts = {k: r["of_posts"] for k, r in column_keys.items() if r["of_posts"]}
    patterns = {name: regex.compile(source) for name, source in edition.patterns.items()}
    return Vocabulary(language, rows, columns, units, families, patterns,
                      edition.numerals, names, of_posts)


def document_vocabulary(document: dict) -> Vocabulary:
    """The vocabulary of an output document's edition (its ``document.language``); a
    document in a language without an edition of its own is read with the first."""
    language = (document.get("document") or {}).get("language")
    return vocabulary(language if language in EDITIONS else EDITIONS[0])
