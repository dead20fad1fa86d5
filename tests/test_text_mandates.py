"""Legislative mandate lists of an English flat text (issue 10: "mandate lists, with URLs
where the text has them"). English lines end a block only with two trailing spaces
(one after a Latin word is a wrapped phrase's), so a list written back by the
reblocker lost its entries into the heading above it; a symbol printed "3327 (XXIX)",
or symbols a semicolon apart ("49/37; 79/296"), or a decision among resolutions
("Decision 2/102"), opened no entry; and a list printed in two columns by ``pdftotext -layout`` ran the
second column's titles into the first's. Lists of bare terms (Security Council
resolutions "1325 (2000)", no titles) were read as headings and prose."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from extractors import EXTRACTORS, missing

from unfascicle.extract.model import TermList
from unfascicle.extract.text_grid_entries import PlainLine
from unfascicle.extract.text_reader import read_text
from unfascicle.extract.text_termlists import bare_heading_end, bare_order, columns_apart
from unfascicle.extract.text_vocab import vocabulary
from unfascicle.output import to_dict
from unfascicle.pipeline import read

_OPENING = ["15.1 The programme's mandates are listed below, by subprogramme, as reviewed "
            "for the proposed programme budget.", "Subprogramme 1",
            "Housing, land, basic services and urban environment"]
_CLOSING = ["Deliverables", "15.2 The next paragraph closes the list."]


def _lists(tmp_path: Path, lines: list[str]) -> list[TermList]:
    path = tmp_path / "flat.txt"
    path.write_text("\n".join([*_OPENING, *lines, *_CLOSING]) + "\n", encoding="utf-8")
    return [b for b in read_text(path, "en").blocks if isinstance(b, TermList)]


def _entries(lists: list[TermList]) -> list[tuple[str, str]]:
    return [(e.term, e.text) for t in lists for e in t.entries]


def test_a_list_printed_a_column_at_a_time_is_read_entry_by_entry(tmp_path: Path) -> None:
    lists = _lists(tmp_path, [
        "General Assembly resolutions",
        "3327 (XXIX) Establishment of the United Nations Habitat",
        "and Human Settlements Foundation",
        "69/213 Role of transport and transit corridors in",
        "ensuring international cooperation for",
        "sustainable development",
        "49/37; 79/296 Comprehensive review of the whole question of",
        "peacekeeping operations",
        "Decision 2/102 Reports and studies of mechanisms and",
        "mandates",
        "UN-Habitat Assembly resolution",
        "1/5 Enhancing urban-rural linkages"])
    assert [t.heading for t in lists] == ["General Assembly resolutions",
                                          "UN-Habitat Assembly resolution"]
    assert _entries(lists) == [
        ("3327 (XXIX)", "Establishment of the United Nations Habitat and Human Settlements "
                        "Foundation"),
        ("69/213", "Role of transport and transit corridors in ensuring international "
                   "cooperation for sustainable development"),
        ("49/37; 79/296", "Comprehensive review of the whole question of peacekeeping "
                          "operations"),
        ("Decision 2/102", "Reports and studies of mechanisms and mandates"),
        ("1/5", "Enhancing urban-rural linkages")]


def test_a_list_printed_in_two_columns_reads_each_column_whole() -> None:
    """Lines as the reader keeps column-aligned text (``pdftotext -layout``: each line's
    spaces before its text as its indent): the first column's parts, then the
    second's."""
    def at(indent: int, *pieces: tuple[int, str]) -> str:
        """A line's text with each piece set at its column, less its ``indent``."""
        line = ""
        for col, text in pieces:
            line = line.ljust(col) + text
        return line[indent:]

    lines = [PlainLine(1, at(1, (1, "69/213"), (17, "Role of transport and corridors in"),
                             (58, "79/208"), (67, "Implementation of the")), 1, 1),
             PlainLine(2, at(17, (17, "ensuring cooperation for"), (67, "Convention on")), 1, 17),
             PlainLine(3, at(17, (17, "sustainable development"), (58, "80/137"),
                             (67, "Disaster risk")), 1, 17),
             PlainLine(4, at(1, (1, "76/255"), (17, "Integration of bicycling")), 1, 1)]
    assert [text for _, text in columns_apart(lines)] == [
        "69/213          Role of transport and corridors in", "ensuring cooperation for",
        "sustainable development", "76/255          Integration of bicycling",
        "79/208   Implementation of the", "Convention on", "80/137   Disaster risk"]
    # a text that keeps no positions prints the columns' lines in turn: as printed
    unplaced = [PlainLine(k, ln.text, 1) for k, ln in enumerate(lines)]
    assert [text for _, text in columns_apart(unplaced)] == [ln.text for ln in lines]


@pytest.mark.parametrize("name", ["pdftotext-layout", "pypdfium2", "pdfplumber"])
def test_a_texts_mandates_are_the_pdfs(tmp_path: Path, name: str) -> None:
    """A/81/6 Sect. 15's lists, read from its text: nearly every entry the PDF reading
    finds, by list and symbol (before: 1 of 74), and by the extractors that keep the
    columns apart (positions, or a column at a time) most titles too."""
    if (why := missing(name)) is not None:
        pytest.skip(why)
    pdf = Path("../shared/corpus/real/A_81_6/A_81_6_Sect15_PartA_en.pdf")
    by_pdf = to_dict(read(pdf))["mandates"]
    by_text = to_dict(read(EXTRACTORS[name](pdf, tmp_path / f"{name}.txt")))["mandates"]

    def found(key) -> int:
        return sum((Counter(map(key, by_pdf)) & Counter(map(key, by_text))).values())

    assert found(lambda m: (m["body"], m["symbol"])) >= 0.9 * len(by_pdf)
    if name != "pdfplumber":  # (its lines interleave the two columns' titles)
        assert found(lambda m: (m["symbol"], " ".join(m["title"].split()))) \
            >= 0.65 * len(by_pdf)


def test_a_list_of_bare_terms_reads_a_column_at_a_time(tmp_path: Path) -> None:
    """Two columns of bare terms side by side, under a heading wrapped over two lines:
    the first column's terms, then the second's, each an entry without a symbol (as
    the PDF reader gives them); the list ends at its first line of anything else."""
    lists = _lists(tmp_path, [
        "Security Council resolutions pertaining to the establishment of subsidiary organs",
        "created by the Council, including:",
        "1267 (1999) 1970 (2011)", "1373 (2001) S/PRST/2013/4", "1518 (2003)",
        "General Assembly resolutions", "69/213 Role of transport and transit corridors"])
    assert [t.heading for t in lists] == [
        "Security Council resolutions pertaining to the establishment of subsidiary organs "
        "created by the Council, including:", "General Assembly resolutions"]
    assert _entries(lists) == [("", "1267 (1999)"), ("", "1373 (2001)"), ("", "1518 (2003)"),
                               ("", "1970 (2011)"), ("", "S/PRST/2013/4"),
                               ("69/213", "Role of transport and transit corridors")]


@pytest.mark.parametrize(("texts", "end"), [
    (["Security Council resolutions", "1325 (2000) 2419 (2018)"], 1),
    (["Security Council resolutions", "1325 (2000)", "1645 (2005)"], 1),
    # the nearest heading: the text above it is no part of it
    (["Muslims and other minorities in Myanmar", "Security Council resolutions",
      "1325 (2000) 2419 (2018)"], None),
    # a sentence's end, a figure opening a line, or one term alone opens no list
    (["The Council adopted resolutions.", "1325 (2000) 2419 (2018)"], None),
    (["2023 figures", "1325 (2000) 2419 (2018)"], None),
    (["In line with Security Council resolution", "1325 (2000)", "the Office supports"],
     None),
])
def test_a_bare_lists_heading_is_the_nearest_and_opens_terms(texts: list[str],
                                                             end: int | None) -> None:
    assert bare_heading_end(texts, vocabulary("en")) == end


def test_bare_terms_are_ordered_column_by_column_page_by_page() -> None:
    lines = [PlainLine(1, "1209 (1998)   2493 (2019)", 4), PlainLine(2, "1318 (2000)", 4),
             PlainLine(3, "2553 (2020)   S/PRST/2020/1", 5)]
    assert [term for _, term in bare_order(lines)] == [
        "1209 (1998)", "1318 (2000)", "2493 (2019)", "2553 (2020)", "S/PRST/2020/1"]


_SECT3 = Path("../shared/corpus/real/A_81_6/A_81_6_Sect3_PartA_en.pdf")


def _bare(mandates: list[dict]) -> list[tuple[str, str]]:
    """The entries listing Security Council resolutions and statements, without titles."""
    return [(m["body"], m["title"]) for m in mandates
            if not m["symbol"] and (m["title"][:1].isdigit() or "PRST" in m["title"])]


@pytest.fixture(scope="module")
def sect3_bare() -> list[tuple[str, str]]:
    return _bare(to_dict(read(_SECT3))["mandates"])


@pytest.mark.parametrize("name", ["pdftotext-layout", "pdfplumber", "pypdfium2"])
def test_a_texts_bare_lists_are_the_pdfs(tmp_path: Path, name: str,
                                         sect3_bare: list[tuple[str, str]]) -> None:
    """A/81/6 Sect. 3's Security Council lists (four lists, over 90 bare terms), read
    from its text: every term the PDF reading lists, under the same heading and in
    the same order (before: none)."""
    if (why := missing(name)) is not None:
        pytest.skip(why)
    assert len(sect3_bare) > 90
    text = EXTRACTORS[name](_SECT3, tmp_path / f"{name}.txt")
    assert _bare(to_dict(read(text))["mandates"]) == sect3_bare


def test_a_documents_symbol_opens_an_entry(tmp_path: Path) -> None:
    """Entries listing documents by their symbols, the series' letters before the
    number ("S/2024/507", "TD/500/Add.1"), as the PDF reader reads them (before: the
    list was read as prose)."""
    lists = _lists(tmp_path, [
        "Security Council decisions",
        "S/2024/507 Note by the President of the Security Council of",
        "13 December 2024",
        "TD/500/Add.1 Report of the United Nations Conference on Trade and",
        "Development on its fifteenth session"])
    assert [t.heading for t in lists] == ["Security Council decisions"]
    assert _entries(lists) == [
        ("S/2024/507", "Note by the President of the Security Council of 13 December 2024"),
        ("TD/500/Add.1", "Report of the United Nations Conference on Trade and Development "
                         "on its fifteenth session")]
