"""The flat-text reader's vocabulary, loaded from ``data/text_layout.yaml``.

Words that mark headings, paragraph numbers, header rows and mandate lists depend on
the language edition (captions, part labels, units and notes are every reader's:
``data/marks.yaml``); the file has one section per edition code, so that
another edition is read by editing data, not code.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from pathlib import Path

import regex

from unfascicle.editions import EDITIONS, load_edition, read_csv, read_yaml

from .marks import load_marks

_DATA = Path(__file__).resolve().parent / "data" / "text_layout.yaml"
# A named group's opening in a pattern's source.
_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


def _unnamed(pattern: re.Pattern[str]) -> str:
    """A pattern's source with its groups unnamed, to be used in a larger pattern
    more than once or beside another that may name its groups alike."""
    return _NAMED_GROUP.sub("(?:", pattern.pattern)


@dataclass(frozen=True)
class Footer:
    """What a line printing a page's footer marks and nothing else shows: its page
    number and page count as printed (0 and "" where it prints none: the job number
    alone), and whether it prints the job number."""

    page: int
    pages: str
    job: bool

    @property
    def whole(self) -> bool:
        """Whether it prints both, the job number and the page number (either first),
        as a footer line does."""
        return self.job and bool(self.pages)


@dataclass(frozen=True)
class Vocabulary:
    """Compiled patterns and word lists used by the ``text_*`` modules."""

    language: str
    paragraph_number: re.Pattern[str]
    unsectioned_paragraph_number: re.Pattern[str]
    item_level1: re.Pattern[str]
    item_level2: re.Pattern[str]
    footnote_separator: re.Pattern[str]
    footnote_start: re.Pattern[str]
    heading_levels: tuple[tuple[re.Pattern[str], int], ...]
    max_heading_level: int
    heading_with_title: tuple[re.Pattern[str], ...]
    number_against_title: re.Pattern[str]
    sentence_end: str
    footnote_end: str
    list_intro: str
    signature_marker: str
    table_caption: re.Pattern[str]
    figure_caption: re.Pattern[str]
    table_part_label: re.Pattern[str]
    table_part_mark: re.Pattern[str]  # a part's number alone on its line, "(1)"
    table_note: re.Pattern[str]
    unit_line: re.Pattern[str]
    header_words: frozenset[str]
    post_grade: str  # a post grade (pattern), which a count before it makes a post row
    orgchart_heading: re.Pattern[str]
    annex_heading: re.Pattern[str]
    year_label: regex.Pattern[str]  # a label with its year ("Approved for 2025", "2025 approved")
    job_number: re.Pattern[str]
    page_number: re.Pattern[str]  # a footer's page number ("3/44"), matched whole
    text_field: re.Pattern[str]
    termlist_heading: re.Pattern[str]
    termlist_heading_max_chars: int
    symbol_prefixes: tuple[str, ...]
    symbol_reference_before: tuple[str, ...]
    symbol_reference_after: tuple[str, ...]
    header_continues_after: tuple[str, ...]
    header_continues_before: tuple[str, ...]
    header_before_gap: str  # what joins a fragment opening so to the one before it
    year_column: re.Pattern[str]
    year_token: re.Pattern[str]
    year_suffix: re.Pattern[str]
    year_qualifier: re.Pattern[str]
    group_labels: frozenset[str]
    row_labels: frozenset[str]  # the edition's known row labels, without spaces
    section_labels: frozenset[str]  # known row labels that head rows and hold no values
    total_labels: frozenset[str]  # known row labels of totals
    group_rows: frozenset[str]  # known row labels heading a group of rows (grades)
    text_columns: frozenset[str]  # headings of columns holding text, without spaces
    row_label_columns: frozenset[str]  # headings of the row label column
    column_headings: frozenset[str]  # every column heading the edition knows, without spaces
    dated_columns: frozenset[str]  # headings printed after a year ("approved"), without spaces
    # headings under a group label ("Changes"), without spaces, in the edition's order
    grouped_columns: tuple[str, ...]
    subtotal_columns: frozenset[str]  # headings of subtotal columns, without spaces
    text_cell_starts: tuple[str, ...]
    text_continues_after: tuple[str, ...]
    line_continues_before: str

    @cached_property
    def worded_columns(self) -> frozenset[str]:
        """The headings of the label and text columns (those of no figures)."""
        return self.row_label_columns | self.text_columns

    @cached_property
    def figure_columns(self) -> frozenset[str]:
        """The headings of the other columns (of figures: "批款", after a year)."""
        return self.column_headings - self.worded_columns

    @cached_property
    def worded_starts(self) -> frozenset[str]:
        """Every start of a heading of ``worded_columns`` (a heading printed in pieces
        is told piece by piece)."""
        return _starts(self.worded_columns)

    @cached_property
    def text_column_starts(self) -> frozenset[str]:
        """Every start of a heading of ``text_columns`` but the empty one."""
        return _starts(self.text_columns) - {""}

    @cached_property
    def dated_starts(self) -> frozenset[str]:
        """Every start of a heading of ``dated_columns``."""
        return _starts(self.dated_columns)

    @cached_property
    def figure_starts(self) -> frozenset[str]:
        """Every start of a heading of ``figure_columns``."""
        return _starts(self.figure_columns)

    @cached_property
    def label_tails(self) -> frozenset[str]:
        """Every proper ending of a row label (not empty, not the label whole): the
        rest of a label a page carries over from the page before."""
        return frozenset(w[k:] for w in self.row_labels for k in range(1, len(w)))

    @cached_property
    def label_column_words(self) -> frozenset[str]:
        """The words a label column prints: its headings and the row labels."""
        return self.row_label_columns | self.row_labels

    def is_text_column(self, text: str) -> bool:
        """Whether a column heading names a column of text ("说明")."""
        return "".join(text.split()) in self.text_columns

    def starts_row_label(self, text: str) -> bool:
        """Whether a line's first word is a known row label or the start of one
        ("常驻" of "常驻代表委员会", wrapped in a narrow column)."""
        words = text.split()
        return bool(words) and any(label.startswith(words[0]) for label in self.row_labels)

    def is_dated_row_label(self, text: str) -> bool:
        """Whether a line is a row label the edition knows, then a year ("Approved
        2025", "Proposed for 2026": a row of a posts table; a column heading puts the
        year first, "2025 approved")."""
        found = self.year_label.fullmatch(text)
        return bool(found and found["rest"] and not text[:1].isdigit()
                    and self.is_row_label(found["rest"]))

    def is_row_label_or_dated(self, text: str) -> bool:
        """Whether a line is a row label the edition knows, perhaps with its year
        ("Approved 2025", ``is_dated_row_label``)."""
        return self.is_row_label(text) or self.is_dated_row_label(text)

    def is_row_label(self, text: str) -> bool:
        """Whether a line is a whole row label the edition knows ("专业及以上职类")."""
        return "".join(text.split()) in self.row_labels

    def opens_row_label(self, text: str) -> bool:
        """Whether text opens with a whole row label the edition knows, a word or more
        ("Redeployment of ..."), as a cell naming such a row does, or is the start of
        one wrapped where a fragment goes on ("Reassignment/")."""
        words = text.split()
        whole = "".join(words)
        return any("".join(words[:k]) in self.row_labels for k in range(1, len(words) + 1)) \
            or (whole.endswith(self.header_continues_after)
                and any(label.startswith(whole) for label in self.row_labels))

    def footer(self, text: str) -> Footer | None:
        """The footer marks a line prints, the edition's job number ("25-05954"), page
        number ("3/44") or both, and nothing else; None for any other line."""
        m = self._footer_line.fullmatch(text)
        if m is None or not text.strip():
            return None
        if m["page"] is None:
            return Footer(0, "", True)
        job = bool(text[:m.start("page")].strip() or text[m.end("pages"):].strip())
        return Footer(int(m["page"]), m["pages"], job)

    @cached_property
    def _footer_line(self) -> re.Pattern[str]:
        """A line of footer marks only: a page number with job numbers before or after
        it, or job numbers alone (the job pattern's groups unnamed: it is used twice)."""
        job = _unnamed(self.job_number)
        return re.compile(rf"\s*(?:(?:{job})\s*)*"
                          rf"(?:(?:{self.page_number.pattern})\s*(?:(?:{job})\s*)*)?")

    @cached_property
    def footer_numbers(self) -> re.Pattern[str]:
        """A job number or a page number anywhere in a text (``text_pages`` searches a
        whole text for them at once; the groups unnamed, so the two may share names)."""
        job, page = _unnamed(self.job_number), _unnamed(self.page_number)
        return re.compile(rf"(?:{job})|(?:{page})")

    def heading_level(self, text: str, previous: int) -> int:
        """Level of a heading: from the patterns, else one below the previous one."""
        for pattern, level in self.heading_levels:
            if pattern.search(text):
                return level
        return min(previous + 1, self.max_heading_level)

    def is_heading(self, text: str) -> bool:
        """Whether text reads as a heading of the edition (matches a level pattern),
        its words one space apart: type larger than the pitch of a column-aligned
        text (``pdftotext -fixed``) prints a heading's words several spaces apart."""
        return self._headings.search(text) is not None or (
            "  " in text and self._headings.search(" ".join(text.split())) is not None)

    @cached_property
    def _headings(self) -> re.Pattern[str]:
        """The level patterns as one, searched once per line asked (no memo: hashing a
        compiled pattern as a memo's key hashes its code, and costs more than the
        search)."""
        return re.compile("|".join(f"(?:{p.pattern})" for p, _ in self.heading_levels))

    def is_top_heading(self, text: str) -> bool:
        """Whether text reads as a level-1 heading ("附件二"), which no table or
        chart runs across."""
        return any(level == 1 and pattern.search(text)
                   for pattern, level in self.heading_levels)

    def is_header_cell(self, text: str, beside: Sequence[str]) -> bool:
        """Whether a line is a column heading printed a cell a line (a header
        some texts print so, "技术调整", may read as a heading): the edition names a
        column so, and so one of the lines ``beside`` it (above and below)."""
        def named(line: str) -> bool:
            return "".join(line.split()) in self.column_headings

        return named(text) and any(named(line) for line in beside)

    def headings_only(self, text: str) -> bool:
        """Whether a line holds column headings (``header_words``) and nothing else: a
        line of a caption-less table's header. (The block readers ask it of every line,
        and most open with another word: the first word is asked first, the line split
        only where it is one.)"""
        first = text.split(None, 1)
        return bool(first) and first[0] in self.header_words \
            and self.header_words.issuperset(text.split())

    def is_header_row(self, text: str) -> bool:
        """Whether a line is a header row of a caption-less table: two or more
        column headings and nothing else."""
        words = text.split()
        return len(words) >= 2 and all(w in self.header_words for w in words)

    def parted_heading(self, text: str) -> str:
        """A heading with its number parted from a title printed against it."""
        return self.number_against_title.sub(lambda number: f"{number.group()} ", text, count=1)

    def takes_title(self, text: str) -> bool:
        """Whether a heading is only a label ("次级方案 1") whose title follows."""
        return any(p.search(text) for p in self.heading_with_title)

    def continues_line(self, text: str) -> bool:
        """Whether a line opens with punctuation that no block starts with (an
        extractor broke the printed line before it)."""
        return bool(text) and text[0] in self.line_continues_before

    def ends_sentence(self, text: str) -> bool:
        """Whether text ends with sentence-final punctuation."""
        return bool(text) and text[-1] in self.sentence_end

    def numbered_as(self, raws: list[str], whole: Vocabulary | None = None) -> Vocabulary:
        """This vocabulary for a text whose paragraphs are numbered "1.", "2."
        (``numbered_through``, or ``whole`` where the caller has it already) or whose
        annexes number theirs so, else itself."""
        whole = whole or self.numbered_through(raws)
        if whole is self and self._annex_numbered(raws):
            return replace(self, paragraph_number=self.unsectioned_paragraph_number)
        return whole

    def numbered_through(self, raws: list[str]) -> Vocabulary:
        """This vocabulary for a text whose paragraphs are numbered "1.", "2." from
        its start (those numbers run in sequence further than lines start with a
        sectioned number; a list numbered so, in a table, restarts at 1), else
        itself: the vocabulary a page's margins are read by, where a table's rows
        numbered "1.", "2." and printed alone are no margin of an annex's numbers."""
        # a number alone counts too; an empty line holds none (a text's blank lines
        # are many: a mode's spacing)
        texts = [f"{text} x" for raw in raws if (text := raw.strip())]
        sectioned = sum(map(bool, map(self.paragraph_number.match, texts)))
        reached = 0
        for m in map(self.unsectioned_paragraph_number.match, texts):
            if m and m.group(1) == str(reached + 1):
                reached += 1
        if reached > sectioned:
            return replace(self, paragraph_number=self.unsectioned_paragraph_number)
        return self

    def _annex_numbered(self, raws: list[str]) -> bool:
        """Whether an annex numbers its own paragraphs: "1.", "2." open lines of text
        in sequence under an annex heading, before any table of the annex (whose rows
        may be numbered so); the sectioned numbers are read as well. (A number alone
        on its line, as mutool and pdftotext's default mode print them, is left to
        the restacking of such texts.)"""
        reached = None  # the last number of the series under the current annex heading
        for text in filter(None, map(str.strip, raws)):  # (a blank line holds none)
            if self.annex_heading.match(text) or self.table_caption.match(text):
                reached = 0 if self.annex_heading.match(text) else None
                continue
            if reached is not None \
                    and (m := self.unsectioned_paragraph_number.match(f"{text} x")) \
                    and m.group(1) == str(reached + 1):
                reached += 1
                if reached >= 2:
                    return True
        return False


def _section(language: str) -> dict:
    """Edition ``language``'s section of the vocabulary file; ValueError for an
    edition the file has no section for."""
    sections = read_yaml(_DATA.read_text(encoding="utf-8"))
    if language == "common" or language not in sections:
        raise ValueError(f"no flat-text vocabulary for language edition {language!r}")
    return sections[language]


def _starts(words: frozenset[str]) -> frozenset[str]:
    """Every start of each of ``words`` (the empty one and each word whole included)."""
    return frozenset(w[:k] for w in words for k in range(len(w) + 1))


@lru_cache(maxsize=len(EDITIONS))
def vocabulary(language: str) -> Vocabulary:
    """Load and compile the vocabulary of edition ``language`` (once per edition)."""
    raw = _section(language)
    marks = load_marks(language)
    return Vocabulary(
        language=language,
        paragraph_number=re.compile(raw["paragraph_number"], re.S),
        unsectioned_paragraph_number=re.compile(raw["unsectioned_paragraph_number"], re.S),
        item_level1=re.compile(raw["item_level1"], re.S),
        item_level2=re.compile(raw["item_level2"], re.S),
        footnote_separator=re.compile(raw["footnote_separator"]),
        footnote_start=re.compile(raw["footnote_start"]),
        heading_levels=tuple((re.compile(h["pattern"]), int(h["level"]))
                             for h in raw["heading_levels"]),
        max_heading_level=int(raw["max_heading_level"]),
        heading_with_title=tuple(re.compile(p) for p in raw["heading_with_title"]),
        number_against_title=re.compile(raw["number_against_title"]),
        sentence_end=raw["sentence_end"],
        footnote_end=raw["footnote_end"],
        list_intro=raw["list_intro"],
        signature_marker=raw["signature_marker"],
        table_caption=marks.table_caption,
        figure_caption=marks.figure_caption,
        table_part_label=marks.part_label,
        table_part_mark=marks.part_mark,
        table_note=marks.note_start,
        unit_line=marks.unit_line,
        header_words=frozenset(raw["header_words"]),
        post_grade=raw["post_grade"],
        orgchart_heading=re.compile(raw["orgchart_heading"]),
        annex_heading=re.compile(load_edition(language).patterns["annex_heading"]),
        year_label=regex.compile(load_edition(language).patterns["year_label"]),
        job_number=re.compile(load_edition(language).patterns["job_number"]),
        page_number=re.compile(load_edition(language).patterns["page_number"]),
        text_field=re.compile(raw["text_field"]),
        termlist_heading=re.compile(raw["termlist_heading"]),
        termlist_heading_max_chars=int(raw["termlist_heading_max_chars"]),
        symbol_prefixes=tuple(raw["symbol_prefixes"]),
        symbol_reference_before=tuple(raw["symbol_reference_before"]),
        symbol_reference_after=tuple(raw["symbol_reference_after"]),
        header_continues_after=marks.header_runs_on,
        header_continues_before=tuple(raw["header_continues_before"]),
        header_before_gap=raw["header_before_gap"],
        year_column=re.compile(raw["year_column"]),
        year_token=re.compile(raw["year_token"]),
        year_suffix=re.compile(raw["year_suffix"]),
        year_qualifier=re.compile(raw["year_qualifier"]),
        group_labels=frozenset(raw["group_labels"]),
        row_labels=_row_labels(language),
        section_labels=_row_labels(language, "section"),
        total_labels=_row_labels(language, "total"),
        group_rows=_row_labels(language, "group"),
        text_columns=_column_labels(language, "text"),
        row_label_columns=_column_labels(language, "label"),
        column_headings=_column_labels(language),
        dated_columns=_column_labels(language, "yes", "dated"),
        grouped_columns=_grouped_labels(language, frozenset(raw["group_labels"])),
        subtotal_columns=frozenset(label for label, key in _aliases(language, "column_labels.csv")
                                   if key == "subtotal") if language in EDITIONS else frozenset(),
        text_cell_starts=tuple(raw["text_cell_starts"]),
        text_continues_after=tuple(raw["text_continues_after"]),
        line_continues_before=raw["line_continues_before"],
    )


def _column_labels(language: str, role: str | None = None,
                   field: str = "measure") -> frozenset[str]:
    """Column headings of the edition whose key has ``role`` in ``field`` of
    ``editions/keys/columns.csv`` (a measure: "text", "label"; ``dated``: "yes"), all
    of them where no role is given."""
    if language not in EDITIONS:
        return frozenset()
    keys = {key for key, value in _key_fields("columns.csv", field) if value == role}
    return frozenset(label for label, key in _aliases(language, "column_labels.csv")
                     if role is None or key in keys)


def _row_labels(language: str, role: str | None = None) -> frozenset[str]:
    """Row labels of the edition's alias table (``editions/<code>/row_labels.csv``),
    only those whose key has ``role`` in ``editions/keys/rows.csv`` when given."""
    if language not in EDITIONS:
        return frozenset()
    keys = {key for key, kind in _key_fields("rows.csv", "role") if kind == role}
    return frozenset(label for label, key in _aliases(language, "row_labels.csv")
                     if role is None or key in keys)


def _grouped_labels(language: str, groups: frozenset[str]) -> tuple[str, ...]:
    """Column headings of the edition's alias table printed under one of the group
    labels ``groups`` ("Technical adjustments" under "Changes"), in the table's order
    (the order a fascicle prints them in)."""
    if language not in EDITIONS:
        return ()
    return tuple(dict.fromkeys("".join(row["label"].split())
                               for row in load_edition(language).aliases("column_labels.csv")
                               if row["group"] in groups))


@lru_cache(maxsize=8)
def _aliases(language: str, name: str) -> tuple[tuple[str, str], ...]:
    """The labels (without spaces) and keys of the edition's alias table ``name``,
    read once for the three label sets made of each table."""
    return tuple(("".join(row["label"].split()), row["key"])
                 for row in load_edition(language).aliases(name))


@lru_cache(maxsize=8)
def _key_fields(name: str, field: str) -> tuple[tuple[str, str], ...]:
    """Each key of ``editions/keys/<name>`` with its ``field``, read once for the
    label sets made of it."""
    return tuple((row["key"], row[field]) for row in read_csv("keys", name))
