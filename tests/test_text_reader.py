"""Tests of the flat-text reader on the sample fascicle and on small snippets."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from unfascicle.errors import UnreadableInput
from unfascicle.extract.model import (
    Figure,
    Footnote,
    Heading,
    Paragraph,
    Signature,
    Table,
    TablePart,
    TermList,
)
from unfascicle.extract.text_columns import Columns, Placed, place
from unfascicle.extract.text_ideographs import ideographs_side_by_side
from unfascicle.extract.text_prose import ProseLine, column_pieces, prose_rows
from unfascicle.extract.text_reader import decode_text, read_text
from unfascicle.extract.text_sidebyside import word_pairs
from unfascicle.extract.text_values import column_count, split_leading, split_row
from unfascicle.extract.text_vocab import vocabulary

SAMPLE = Path("samples/corpus/A_78_6_Sect15_zh.txt")
needs_sample = pytest.mark.skipif(not SAMPLE.exists(), reason="sample fascicle not present")


def write(tmp_path: Path, lines: list[str]) -> Path:
    """A file in the extraction's format: every line followed by a blank line."""
    path = tmp_path / "in.txt"
    path.write_text("".join(f"{ln}\n\n" for ln in lines), encoding="utf-8")
    return path


def tables(layout) -> dict[str, Table]:
    return {b.caption[0]: b for b in layout.blocks if isinstance(b, Table) and b.caption}


# --- decoding ---------------------------------------------------------------

def test_decode_variants() -> None:
    text = "表 15.9\r\n共计 13 465.1"
    assert decode_text(text.encode("utf-8")) == "表 15.9\n共计 13 465.1"
    assert decode_text(codecs.BOM_UTF8 + text.encode("utf-8")).startswith("表")
    assert decode_text(text.encode("utf-16")) == "表 15.9\n共计 13 465.1"
    assert decode_text(text.encode("gb18030")) == "表 15.9\n共计 13 465.1"


@pytest.mark.parametrize("end", ["\u2028", "\u2029", "\v"])
def test_unicode_line_separators_end_lines(end: str) -> None:
    """Regression: a text whose lines end in Unicode's line or paragraph separator (as
    macOS viewers copy it) or a vertical tab read as one line, and the sample so ended
    came out with no table and exit 0."""
    text = end.join(["表 15.9", "共计 13 465.1", ""])
    assert decode_text(text.encode("utf-8")) == "表 15.9\n共计 13 465.1\n"


def test_line_separated_sample_reads_as_the_sample(tmp_path: Path) -> None:
    """The sample text with every LF replaced by U+2028 reads exactly as the sample."""
    seed = SAMPLE.read_text(encoding="utf-8")
    path = tmp_path / "ls.txt"
    path.write_text(seed.replace("\n", "\u2028"), encoding="utf-8")
    assert read_text(path).blocks == read_text(SAMPLE).blocks


@pytest.mark.parametrize("order", ["utf-16-le", "utf-16-be"])
def test_utf16_without_byte_order_mark_is_known_by_its_line_feeds(order: str) -> None:
    """Regression: UTF-16 written without a BOM (some Windows tools) was refused as
    holding NUL bytes."""
    text = "Table 1.2\r\nTotal 13,465.1\n表 15.9\n"
    assert decode_text(text.encode(order)) == "Table 1.2\nTotal 13,465.1\n表 15.9\n"


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_english_text_in_a_one_byte_encoding_is_read(encoding: str) -> None:
    """Regression: English text in Windows-1252 or Latin-1 (Xpdf's pdftotext writes
    Latin-1 by default) was refused as in no known encoding, or where every byte above
    ASCII stood before a letter, read as GB18030 mojibake."""
    text = "Table 1.2\nCafé and Conférence costs 13,465.1\n"
    if encoding == "cp1252":
        text += "The Unit’s reports – “planned”\n"
    assert decode_text(text.encode(encoding)) == text


@pytest.mark.parametrize("language", [None, "en"])
def test_english_text_saved_in_gb18030_is_read_as_such(language: str | None) -> None:
    """English saved by a Chinese Windows (GB18030) reads as English text, not as the
    pairs of Latin-1 letters its curly quotes make in Windows-1252, also where the
    language is given (the other editions' encodings are tried after its own)."""
    text = "Table 1.2\nThe Unit’s reports – “planned” 13,465.1\n"
    assert decode_text(text.encode("gb18030"), language) == text


def test_soft_hyphen_is_a_dash_only_in_text_without_control_codes() -> None:
    """pdftotext's Latin-1 writes each en dash as a soft hyphen and no byte 0x80-0x9F;
    a Windows-1252 text holding such bytes (curly quotes) keeps its soft hyphens."""
    assert decode_text("Total – 13,465.1 café\n".encode("cp1252").replace(b"\x96", b"\xad")) \
        == "Total – 13,465.1 café\n"
    windows = "The Unit’s co\u00adoperation – 13,465.1\n"
    assert decode_text(windows.encode("cp1252")) == windows


def test_two_byte_text_read_a_byte_a_character_is_refused() -> None:
    """Chinese in Big5 decodes without error in Windows-1252 too, into pairs of Latin-1
    letters and signs: refused, not read (and not read as GB18030 either)."""
    with pytest.raises(ValueError, match="private-use"):
        decode_text(("表 15.9 共計 13 465.1 應交付產出 " * 40).encode("big5"))
    with pytest.raises(ValueError, match="in pairs"):
        decode_text(("表 15.9 共計 13 465.1 應交付產出 " * 40).encode("big5"), "en")


def test_nul_bytes_beside_line_feeds_of_another_encoding_are_refused() -> None:
    """A NUL next to each LF of a UTF-8 text falls at either parity: not UTF-16."""
    data = "第一行\nab\n第三行\nabc\n".encode().replace(b"\n", b"\0\n")
    with pytest.raises(ValueError, match="NUL"):
        decode_text(data + b"x" * (len(data) % 2))


def test_empty_input_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("  \n\n", encoding="utf-8")
    with pytest.raises(UnreadableInput):
        read_text(path)


# --- value splitting ----------------------------------------------------------

def test_split_row_thousands_and_label_number() -> None:
    split = split_row(" 小计 (1) 13 313.7 13 385.1 (73.8) 153.8  —    80.0  0.6 13 465.1", 8)
    assert split.label == "小计 (1)"
    assert split.values == ["13 313.7", "13 385.1", "(73.8)", "153.8", "—", "80.0", "0.6",
                            "13 465.1"]


def test_number_after_a_comma_is_the_labels() -> None:
    """A number after a word and a comma ("Subtotal, 1") is the label's: values are
    never set after a comma; so the rows below read as six columns, not seven."""
    split = split_row("Subtotal, 1 6 – – – – 6", 6)
    assert (split.label, split.values) == ("Subtotal, 1", ["6", "–", "–", "–", "–", "6"])
    assert column_count(["Programme of work 6 – – – – 6", "Subtotal, 1 6 – – – – 6"]) == 6


def test_column_count_told_by_rows_read_one_way() -> None:
    """Figures one space apart ("2 130") read as one value at the fewest; rows whose
    values dashes set apart, read only one way, show the table has a column more."""
    lines = ["A. Policymaking organs 1 – – – – 1", "B. Executive direction 51 – – – – 51",
             "1. Human rights 128 – 2 – 2 130", "3. Advisory services 200 – 45 1 46 246",
             "4. Supporting the Council 128 – 12 – 12 140", "Subtotal, C 554 – 60 1 61 615"]
    assert column_count(lines) == 6
    assert split_row(lines[2], 6).values == ["128", "–", "2", "–", "2", "130"]
    # one row read only one way is not enough ("53 00", a misprint of "53 800")
    lines = ["56/7 – – – – 3 300", "56/8 – – – – 5 000", "56/20 – 53 800 – – 53 00"]
    assert column_count(lines) == 5


def test_column_count_no_fewer_than_lines_print_at_their_fewest() -> None:
    """Figures of three digits one space apart ("110 155 160 160") read as two values
    at their fewest, but rows that print more than two however read ("5 890 6 034 4
    900 5 151", "1 1 1 1") show the table has four columns, which every row can be
    read as."""
    lines = ["1. Meetings of a made-up board 110 155 160 160",
             "2. Meetings of a made-up panel 560 554 560 615",
             "3. Meetings of a made-up court 130 127 160 140",
             "Services for meetings (number of meetings) 5 890 6 034 4 900 5 151",
             "4. Calendar of meetings 1 1 1 1"]
    assert column_count(lines) == 4
    assert split_row(lines[0], 4).values == ["110", "155", "160", "160"]


def test_figure_with_its_thousands_space_printed_as_a_point() -> None:
    """A figure whose thousands space is printed as a point ("2.679.6", a misprint)
    is one spoiled value kept as printed, not a label word nor two figures."""
    split = split_row("3. Strengthened climate action   2 054.7   2 679.6   –   2.679.6", 4)
    assert split.label == "3. Strengthened climate action"
    assert split.values == ["2 054.7", "2 679.6", "–", "2.679.6"]


def test_figure_with_a_thousands_group_a_digit_short() -> None:
    """A figure whose last group is printed a digit short ("53 00", a misprint) is
    one spoiled value kept as printed: the group, opening with a nought, is no
    number of its own, and without it the row would read no values at all."""
    for line in ("7/12   –   41 300   –   –   41 00", "7/12 – 41 300 – – 41 00"):
        split = split_row(line, 5)
        assert (split.label, split.values) == ("7/12", ["–", "41 300", "–", "–", "41 00"])


def test_posts_number_with_thousands_before_details_opening_with_a_count() -> None:
    """A posts row set one space apart, its number a thousand or more and its details
    opening with a count ("1 206 1 USG, 5 D-2, 1 200 P-4"): the number is the figure
    the details' counts add up to ("1 206"), not its first group ("1")."""
    split = split_leading("Approved for 2025 1 206 1 USG, 5 D-2, 1 200 P-4", 2)
    assert split is not None
    assert split.values == ["1 206", "1 USG, 5 D-2, 1 200 P-4"]


def test_low_line_printed_for_a_dash() -> None:
    """A low line alone in a value column ("_", a dash misprinted) is a nil cell
    kept as printed, so the row reads all its values."""
    split = split_row("Military and police personnel   –   –   –   –   _", 5)
    assert split.label == "Military and police personnel"
    assert split.values == ["–", "–", "–", "–", "_"]


def test_split_row_earlier_figure_in_brackets() -> None:
    split = split_row("Projects on urban management   15      15 13 [15]       15", 4)
    assert (split.label, split.values) == ("Projects on urban management",
                                           ["15", "15", "13 [15]", "15"])
    assert split_row("Seminars [3] 4 5", 2).values == ["4", "5"]


def test_split_row_footnote_letter_on_a_value() -> None:
    split = split_row("New York     116 000a    106 000    116 000a     108 000", 4)
    assert split.values == ["116 000a", "106 000", "116 000a", "108 000"]


def test_a_year_after_a_label_word_is_the_labels() -> None:
    """Four digits alone after a word, before figures that are no years, are the
    label's year however the line is spaced: a count that large prints its thousands
    apart. Regression: pdftotext -raw's posts tables of A/80/6 (Sect. 3)/Add.2 read
    "Approved 2025" as a label and a ninth value (cells 43.4 %)."""
    rows = ["Approved 2025 – – – – 15 6 – 21", "Proposed 2026 – – – – 14 2 5 21"]
    assert column_count(rows) == 8
    assert split_row(rows[0], 8).label == "Approved 2025"
    assert column_count(["Planned results 2024 2025 2026", "Outputs 2024 2025 2026"]) == 3


def test_split_row_blank_at_wide_gap() -> None:
    split = split_row("专业及以上职类  57 — — — — — 57", 8)
    assert split.values[:2] == ["", "57"]


# --- synthetic snippets ---------------------------------------------------------

def test_split_row_values_alone_blank_first_at_even_gaps() -> None:
    """A line of values alone (its label on the line above), one space apart: the
    blank goes first, as on a line with its label, not after the first value."""
    assert split_row("25 — — 25", 5).values == ["", "25", "—", "—", "25"]
    assert split_row("一般事务 25 — — 25", 5).values == ["", "25", "—", "—", "25"]


def test_split_row_group_opening_with_a_nought_is_a_thousands_group() -> None:
    """Digits opening with a nought ("040") are a thousands group, never a number of
    their own: a row printing fewer values than its columns keeps "2 040" whole and
    leaves a cell blank, rather than reading "2" and "043" apart."""
    assert split_row("Field staff 2 040 – – 3 3 2 043", 7).values == [
        "", "2 040", "–", "–", "3", "3", "2 043"]


def test_split_row_first_value_printed_against_the_label() -> None:
    """An extractor that saw no gap prints the first value against the label's last
    ideograph ("讲习班和25"): parted there the line reads as all its values; a label
    ending in a figure is kept when the line reads as all its values as it is."""
    split = split_row("关于政策对话、研讨会、讲习班和25 25 25 26", 4)
    assert (split.label, split.values) == ("关于政策对话、研讨会、讲习班和", ["25", "25", "25", "26"])
    assert split_row("次级方案1 12 13", 2).label == "次级方案1"


def test_split_row_nil_dash_printed_against_the_label() -> None:
    """A nil dash as the first value printed against the label's last ideograph
    ("服务的研—") is parted there where the line then reads as all its values."""
    split = split_row("生态系统服务的研— — — 5", 4)
    assert (split.label, split.values) == ("生态系统服务的研", ["—", "—", "—", "5"])


def test_split_row_two_figures_printed_against_each_other() -> None:
    """Two figures printed with no gap ("13 598.59.8") are parted where both have as
    many decimals, when the line then reads as all its values."""
    split = split_row("小计 (C) 142 114.6 139 312.1 13 598.59.8 152 910.6", 5)
    assert split.values == ["142 114.6", "139 312.1", "13 598.5", "9.8", "152 910.6"]


def test_wrapped_label_repeated_header_and_blank(tmp_path: Path) -> None:
    header = ["类别和次类别 ", "2022 年 ", "计划 ", "2023 年 ", "计划 ", "   "]
    path = write(tmp_path, [
        "表 9.1 ", "应交付产出 ", *header,
        "A. 协助政府间进程     ",
        "1. 关于城市基本服务的项目：出行、水和环境卫生、能源和固体废物",
        "管理以及安全的公共空间 ",
        "1 234 2 ",
        *header,
        "2. 第五委员会 5  ",
        "  其他标题 ",
    ])
    table = tables(read_text(path))["表 9.1"]
    assert [c.text for c in table.parts[0].header[0]] == ["类别和次类别", "2022 年计划",
                                                          "2023 年计划"]
    rows = table.parts[0].rows
    assert rows[0].cells == ["A. 协助政府间进程", "", ""]
    assert rows[1].cells == ["1. 关于城市基本服务的项目：出行、水和环境卫生、能源和固体废物"
                             "管理以及安全的公共空间", "1 234", "2"]
    assert rows[2].cells[0] == "2. 第五委员会"
    assert len(rows) == 3


def test_group_header_and_two_parts(tmp_path: Path) -> None:
    path = write(tmp_path, [
        " 表 9.2 ", "总表：财政资源 ", "(千美元) ",
        " (1) 经常预算 ",
        "   变动  ", "组成部分 ", "2022 年 ", "支出 ", "技术调整 ", "其他 ", "2024 年 ", "估计 ",
        "     ",
        "A. 决策机关 1 569.4 — (3.1) 1 566.3 ",
        " (2) 预算外 ",
        "组成部分 ", "2022 年 ", "支出 ", "变动 ", "     ",
        "A. 决策机关 389.6 (34.3) ",
        " 9.3 下一段。 ",
    ])
    layout = read_text(path)
    table = tables(layout)["表 9.2"]
    assert table.caption == ["表 9.2", "总表：财政资源", "(千美元)"]
    one, two = table.parts
    assert one.label == "(1) 经常预算" and two.label == "(2) 预算外"
    top = [(c.text, c.colspan, c.rowspan) for c in one.header[0]]
    assert top == [("组成部分", 1, 2), ("2022 年支出", 1, 2), ("变动", 2, 1),
                   ("2024 年估计", 1, 2)]
    assert [c.text for c in one.header[1]] == ["技术调整", "其他"]
    assert one.rows[0].cells == ["A. 决策机关", "1 569.4", "—", "(3.1)", "1 566.3"]
    assert two.rows[0].cells == ["A. 决策机关", "389.6", "(34.3)"]
    assert isinstance(layout.blocks[-1], Paragraph) and layout.blocks[-1].number == "9.3"


def test_table_without_label_column(tmp_path: Path) -> None:
    path = write(tmp_path, [
        "表 9.4 ", "业绩计量 ", "2021(实际) 2022(实际) 2023(计划) ", "     ",
        "— 支持地方当局制定",
        "计划 ",
        "10 个城市实施", "战略 ",
        "批准 3 项计划 ",
        "  成果 2：下一个 ",
    ])
    layout = read_text(path)
    row = tables(layout)["表 9.4"].parts[0].rows[0]
    assert row.cells == ["—", "支持地方当局制定计划", "10 个城市实施战略\n批准 3 项计划"]
    assert isinstance(layout.blocks[-1], Heading)


def _paged(tmp_path: Path, pages: list[list[str]]) -> Path:
    """A text whose pages are separated by form feeds (no block spacing)."""
    path = tmp_path / "paged.txt"
    path.write_text("\f".join("\n".join(page) + "\n" for page in pages), encoding="utf-8")
    return path


def _pdf_pages(tmp_path: Path, pages: list[list[str]]) -> Path:
    """A text whose pages each end with a form feed, as pdftotext and mutool print a
    PDF's: even one page shows a page break, which tells a PDF's text from a word
    processor's (``Paging``: cells wrap over lines only in a PDF's)."""
    path = tmp_path / "paged.txt"
    path.write_text("".join("\n".join(page) + "\n\f" for page in pages), encoding="utf-8")
    return path


def _cells_of_9_6(tmp_path: Path, lines: list[str]) -> list[list[str] | None]:
    """The cells of table 9.6's rows, printed on one page in ``lines`` and closed by
    paragraph 9.2."""
    path = _pdf_pages(tmp_path, [[*lines, "9.2 下一段。"]])
    return [r.cells for r in tables(read_text(path))["表 9.6"].parts[0].rows]


PROSE_INTRO = ["9.1 The subprogramme will measure progress as follows (see table 9.4).",
               "Table 9.4"]


@pytest.mark.parametrize("title", [["Performance measure"],
                                   ["Performance measure: average time taken by", "presidencies"]])
def test_column_aligned_prose_table(tmp_path: Path, title: list[str]) -> None:
    """Cells side by side at the header's column positions, a blank line between
    rows, the header repeated with other spacing on the next page; a title may
    wrap."""
    path = _paged(tmp_path, [PROSE_INTRO + title + [
        "2024 (actual)       2025 (actual)     2026 (planned)",
        "",
        "Three cities        Two plans         –",
        "adopted plans       adopted",
        "",
        "                    A guide issued",
    ], [
        "2024 (actual)    2025 (actual)    2026 (planned)",
        "",
        "                 in four           Ten more",
        "                 languages         cities",
        "Result 2: more housing",
        "9.2 Next paragraph.",
    ]])
    layout = read_text(path)
    table = tables(layout)["Table 9.4"]
    assert table.caption[1] == " ".join(title)
    rows = table.parts[0].rows
    assert [r.cells for r in rows] == [
        ["Three cities adopted plans", "Two plans adopted", "–"],
        ["", "A guide issued in four languages", "Ten more cities"]]
    assert any(isinstance(b, Heading) and b.text.startswith("Result 2") for b in layout.blocks)


@pytest.mark.parametrize("aligned", [True, False], ids=["column-aligned", "plain"])
def test_prose_table_headed_by_years_with_unbracketed_qualifiers(tmp_path: Path,
                                                                 aligned: bool) -> None:
    """Year headings qualified without brackets ("2022 actual", as the edition
    prints them too) head a table of prose cells like "2022 (actual)": its row is
    cells, not label lines, where a heading follows it."""
    header, first, second = (
        ["2022 actual          2023 actual          2024 actual",
         "One round of the     Three rounds of      Three rounds of",
         "made-up talks        the made-up talks    the made-up talks"] if aligned else
        ["2022 actual 2023 actual 2024 actual",
         "One round of the Three rounds of Three rounds of",
         "made-up talks the made-up talks the made-up talks"])
    path = _paged(tmp_path, [[*PROSE_INTRO, "Performance measure", header, "", first, second,
                              "", "Planned result for 2026", "9.2 Next paragraph."]])
    part = tables(read_text(path))["Table 9.4"].parts[0]
    assert [c.text for c in part.header[-1]] == ["2022 actual", "2023 actual", "2024 actual"]
    if aligned:
        assert [r.cells for r in part.rows] == [["One round of the made-up talks",
                                                 "Three rounds of the made-up talks",
                                                 "Three rounds of the made-up talks"]]


def test_column_aligned_prose_cell_ending_in_a_year(tmp_path: Path) -> None:
    """A prose cell whose last lines end in years or numbers of four digits ("its
    resolution 2803", "(2025)") keeps its table one of prose cells: figures print a
    thousands space, so these are no row of figures."""
    path = _paged(tmp_path, [[*PROSE_INTRO, "Performance measure",
                              "2024 (actual)       2025 (actual)     2026 (planned)",
                              "",
                              "Three cities        Steps towards     Council adopts",
                              "adopted plans       a framework       its resolution 2803",
                              "in 2024             (2025)",
                              "Result 2: more housing", "9.2 Next paragraph."]])
    rows = tables(read_text(path))["Table 9.4"].parts[0].rows
    assert [r.cells for r in rows] == [["Three cities adopted plans in 2024",
                                        "Steps towards a framework (2025)",
                                        "Council adopts its resolution 2803"]]


def test_column_aligned_prose_table_whose_first_year_heading_wraps(tmp_path: Path) -> None:
    """A narrow first column (LibreOffice squeezes it) prints its year alone above
    the line where its qualifier opens the other headings ("2023", "(actual)  2024
    (actual) ..."): the year is finished by it and the header read as one line."""
    path = _paged(tmp_path, [[*PROSE_INTRO, "Performance measure",
                              "2023",
                              "(actual)   2024 (actual)      2025 (planned)",
                              "",
                              "Three      Two plans          Ten more",
                              "cities     adopted            cities",
                              "Result 2: more housing", "9.2 Next paragraph."]])
    part = tables(read_text(path))["Table 9.4"].parts[0]
    assert [c.text for c in part.header[0]] == ["2023 (actual)", "2024 (actual)",
                                                "2025 (planned)"]
    assert [r.cells for r in part.rows] == [["Three cities", "Two plans adopted",
                                             "Ten more cities"]]


@pytest.mark.parametrize(("broken", "word"), [(["the Fourt", "h"], "Fourth"),
                                              (["the compre", "hensiv", "e"], "comprehensive")])
def test_column_aligned_prose_cell_with_a_word_broken_before_its_last_letter(
        tmp_path: Path, broken: list[str], word: str) -> None:
    """A narrow column breaks a word before its last letter, left alone on a line
    ("Fourt" / "h", "compre" / "hensiv" / "e"): that letter is no footnote mark
    (neither the table's notes start there nor is it dropped) where with the lines
    above it ends a word the document uses."""
    path = _paged(tmp_path, [[f"9.1 The {word} Conference met with stakeholders.",
                              *PROSE_INTRO, "Performance measure",
                              "2023",
                              "(actual)   2024 (actual)      2025 (planned)",
                              "",
                              "Stakeho    Two plans          Ten more",
                              "lders at   adopted            cities",
                              *broken,
                              "Confere",
                              "nce",
                              "Result 2: more housing", "9.2 Next paragraph."]])
    rows = tables(read_text(path))["Table 9.4"].parts[0].rows
    assert [r.cells for r in rows] == [[f"Stakeholders at the {word} Conference",
                                        "Two plans adopted", "Ten more cities"]]


def test_column_aligned_prose_row_over_a_page_under_a_wrapped_year_heading(
        tmp_path: Path) -> None:
    """The same header repeated on the next page with other spacing, its first year
    again alone above its qualifier: the two lines give that page's columns."""
    path = _paged(tmp_path, [[*PROSE_INTRO, "Performance measure",
                              "2023",
                              "(actual)            2024 (actual)              2025 (planned)",
                              "",
                              "Three               Two plans                  Ten more"],
                             ["2023",
                              "(actual)     2024 (actual)     2025 (planned)",
                              "",
                              "             adopted           cities",
                              "Result 2: more housing", "9.2 Next paragraph."]])
    rows = tables(read_text(path))["Table 9.4"].parts[0].rows
    assert [r.cells for r in rows] == [["Three", "Two plans adopted", "Ten more cities"]]


def test_column_aligned_prose_cells_with_words_broken_in_a_narrow_column(
        tmp_path: Path) -> None:
    """A column too narrow for its words (LibreOffice breaks them anywhere, with no
    hyphen): a word broken over lines is made whole where the document uses it and
    it is as wide as the column, or a part of it is no word the document uses
    elsewhere; a line opening with a slash goes on the word before it; words that
    only meet at a wrap stay apart."""
    path = _paged(tmp_path, [[
        "9.1 The Member States and the organizations provided the plan to provide part D.",
        *PROSE_INTRO, "Performance measure",
        "2023 (actual)   2024 (actual)      2025 (planned)",
        "",
        "Memb            organiz            Ten",
        "er              ations             cities",
        "States          the pla            provide",
        "(A/RES          n                  d",
        "/79)",
        "Result 2: more housing", "9.2 Next paragraph."]])
    rows = tables(read_text(path))["Table 9.4"].parts[0].rows
    assert [r.cells for r in rows] == [["Member States (A/RES/79)", "organizations the plan",
                                        "Ten cities provided"]]


def test_cell_per_line_prose_table_crossing_a_page(tmp_path: Path) -> None:
    """Cells one after another, each ended by a line with room for the next line's
    first word; on a page the row goes on from (the header, a year a line,
    repeated), each open column has an equal share of the lines."""
    header = ["2021(实际)", "2022(实际)", "2023(计划)"]
    path = _paged(tmp_path, [["9.1 本次级方案的工作有助于提高区域当局的能力。",
                              "9.2 进展见下文业绩计量(见表 9.4)。", "表 9.4", "业绩计量", *header,
                              "—", "支持地方当局制定", "区域空间发展计划", "批准三项区域发展",
                              "计划并在十个城市"],
                             [*header, "和地区执行", "实施", "成果 2：下一个", "9.3 下一段。"]])
    row = tables(read_text(path))["表 9.4"].parts[0].rows[0]
    assert row.cells == ["—", "支持地方当局制定区域空间发展计划和地区执行",
                         "批准三项区域发展计划并在十个城市实施"]


def test_cell_per_line_dashes_alone_stay_cells_of_their_own(tmp_path: Path) -> None:
    """Cells one after another, a dash alone on a line for each empty year (mutool):
    where the lines hold more blocks than columns, the shortest blocks are joined to
    those before them, but a dash is a cell of its own and joins no other block."""
    path = _paged(tmp_path, [[*PROSE_INTRO, "Performance measure",
                              "2023 (actual)", "2024 (actual)", "2025 (actual)", "2026 (planned)",
                              "", "–", "–", "Tangible diplomatic", "progress,", "Security Council",
                              "adopted it",
                              "Concrete steps towards the establishment of a political framework",
                              "9.2 Next paragraph."]])
    row = tables(read_text(path))["Table 9.4"].parts[0].rows[0]
    assert row.cells == ["–", "–", "Tangible diplomatic progress, Security Council adopted it",
                         "Concrete steps towards the establishment of a political framework"]


@pytest.mark.parametrize("last", [["Member States adopt", "new practices"],
                                  ["Member States", "(such as tools"]])
def test_cell_per_line_latin_cells_end_only_before_a_line_that_may_open_one(
        tmp_path: Path, last: list[str]) -> None:
    """Latin cells one after another: a line followed by a lower-case word, bracketed
    too ("(such"), goes on its cell even where that word would have fitted after it
    ("United Nations" / "system"), and a cell ending in a full line ends before the
    next line that may open a cell, where the row has fewer ends than columns."""
    path = _paged(tmp_path, [[*PROSE_INTRO, "Performance measure",
                              "2023 (actual) 2024 (actual) 2025 (planned)",
                              "Online organizational", "resilience management", "system repository",
                              "United Nations", "system organizations", "develop and share",
                              *last, "9.2 Next paragraph."]])
    row = tables(read_text(path))["Table 9.4"].parts[0].rows[0]
    assert row.cells == ["Online organizational resilience management system repository",
                         "United Nations system organizations develop and share", " ".join(last)]


def test_cell_per_line_prose_cells_of_a_narrow_column(tmp_path: Path) -> None:
    """A column narrower than the others: its full lines had room for the next word
    only in the widest column, so they do not end its cell."""
    path = _paged(tmp_path, [["9.1 本次级方案的工作有助于提高区域当局的能力。",
                              "9.2 进展见下文业绩计量(见表 9.4)。", "表 9.4", "业绩计量",
                              "2021(实际) 2022(实际) 2023(计划)",
                              "甲乙丙丁戊己庚辛壬癸子丑", "寅卯辰", "一二三四五六", "七八九十百千",
                              "万亿", "天地玄黄宇宙洪荒日月盈昃", "辰宿列张", "9.3 下一段。"]])
    row = tables(read_text(path))["表 9.4"].parts[0].rows[0]
    assert row.cells == ["甲乙丙丁戊己庚辛壬癸子丑寅卯辰", "一二三四五六七八九十百千万亿",
                         "天地玄黄宇宙洪荒日月盈昃辰宿列张"]


@pytest.mark.parametrize("cells", [
    [["甲乙丙丁戊己庚辛", "壬癸子丑寅卯辰巳"], ["午未"], ["一二三四五六七八九十"], ["百千"],
     ["天地玄黄宇宙洪荒"], ["日月"]],
    [["甲乙丙丁戊己庚辛"], ["壬癸子丑寅卯辰巳"], ["午未"], ["一二三四五六七八九十"], ["百千"],
     ["天地玄黄宇宙洪荒"], ["日月"]],
])
def test_cell_per_line_prose_cells_with_lines_set_apart(tmp_path: Path,
                                                       cells: list[list[str]]) -> None:
    """Blocks that are no cells (an extractor sets each cell's last line, or each
    line, apart by a blank line): a block whose last line had no room for the next
    block's first word runs on into it, and the cells are read by line widths."""
    lines = [ln for block in cells for ln in [*block, ""]]
    path = _paged(tmp_path, [["9.1 进展见下文业绩计量(见表 9.4)。", "表 9.4", "业绩计量", "",
                              "2021(实际)", "2022(实际)", "2023(计划)", "", *lines,
                              "9.2 下一段。"]])
    row = tables(read_text(path))["表 9.4"].parts[0].rows[0]
    assert row.cells == ["甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未", "一二三四五六七八九十百千",
                         "天地玄黄宇宙洪荒日月"]


def test_cell_per_line_prose_cell_of_two_paragraphs_beside_columns_of_other_widths(
        tmp_path: Path) -> None:
    """A cell holding two paragraphs, beside a column a character wider whose cell
    ends with a full line: joining that cell to the narrower column's after it would
    leave its lines short of the wider column, which a line-breaker never does; the
    cell's paragraphs are joined instead."""
    path = _paged(tmp_path, [["9.1 进展见下文业绩计量(见表 9.4)。", "表 9.4", "业绩计量",
                              "2021(实际) 2022(实际) 2023(计划) 2024(计划)",
                              "一二三四五六七八", "九十", "甲乙丙丁戊己庚辛", "壬",
                              "天地玄黄宇宙洪荒日", "月盈昃辰宿列张寒来", "暑往秋收冬藏闰余成",
                              "子丑寅卯辰巳午未", "申酉戌亥金木水火", "土",
                              "春夏秋冬东南西北上下左右前后", "中外", "9.2 下一段。"]])
    row = tables(read_text(path))["表 9.4"].parts[0].rows[0]
    assert row.cells == ["一二三四五六七八九十甲乙丙丁戊己庚辛壬",
                         "天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成",
                         "子丑寅卯辰巳午未申酉戌亥金木水火土", "春夏秋冬东南西北上下左右前后中外"]


def test_cell_per_line_prose_cell_opening_with_a_figure_run_into_ideographs(
        tmp_path: Path) -> None:
    """A cell whose first line opens with a figure printed against the ideographs
    after it ("25个…", the extractor dropped the space): the line above had room for
    the figure, not for the whole line, so its cell ends there."""
    path = _paged(tmp_path, [["9.1 进展见下文业绩计量(见表 9.4)。", "表 9.4", "业绩计量",
                              "2021(实际) 2022(实际) 2023(计划)",
                              "甲乙丙丁戊己庚辛", "壬癸", "子丑寅卯辰巳午未", "申酉",
                              "25个天地玄黄宇宙洪荒日", "月盈", "9.2 下一段。"]])
    row = tables(read_text(path))["表 9.4"].parts[0].rows[0]
    assert row.cells == ["甲乙丙丁戊己庚辛壬癸", "子丑寅卯辰巳午未申酉", "25个天地玄黄宇宙洪荒日月盈"]


def _posts_part(tmp_path: Path, lines: list[str]) -> TablePart:
    """Table 9.10 (posts by year, a text last column), its header and rows printed as
    ``lines`` between two numbered paragraphs of one page, as the text reader reads it."""
    path = _pdf_pages(tmp_path, [["9.1 本次级方案的员额见下表(见表 9.10)。", "表 9.10",
                              "总表：2024 年拟议员额和员额变动", "(员额数目)", *lines,
                              "9.2 下一段。"]])
    return tables(read_text(path))["表 9.10"].parts[0]


@pytest.mark.parametrize("printed", [
    ["数", "目 详情", "2023 年核", "定", "82 1 个 USG、1 个 D-2、5 个 D-1、", "23 个 LL",
     "员额变动 — —", "2024 年拟", "议", "83 1 个 USG、1 个 D-2、6 个 D-1、", "23 个 LL"],
    ["数", "目", "详情", "2023 年核", "定", "82 1 个 USG、1 个 D-2、5 个 D-1、", "23 个 LL",
     "员额变动", "—", "—", "2024 年拟", "议", "83 1 个 USG、1 个 D-2、6 个 D-1、", "23 个 LL"],
])
def test_row_values_below_a_wrapped_label_before_a_text_column(tmp_path: Path,
                                                              printed: list[str]) -> None:
    """A row whose label wrapped prints its values (a count, then a text last column)
    on the line below the label's lines, without a label of its own: the lines above
    are its label, not header, and the next line goes on with its text."""
    part = _posts_part(tmp_path, printed)
    assert [r.cells for r in part.rows] == [
        ["2023 年核定", "82", "1 个 USG、1 个 D-2、5 个 D-1、23 个 LL"],
        ["员额变动", "—", "—"],
        ["2024 年拟议", "83", "1 个 USG、1 个 D-2、6 个 D-1、23 个 LL"]]


def test_row_printed_a_cell_a_line_with_a_text_last_column(tmp_path: Path) -> None:
    """A row printed a cell per line (label lines, its count alone, then its text
    last column wrapped at the widest line of the table, without a mark that it goes
    on): the text is the row's last cell, its wrapped line joined to it."""
    part = _posts_part(tmp_path, ["数", "目", "详情",
                                  "2023 年核", "定", "82", "1 个 USG、1 个 D-2、5 个 D-1、9 个 P-5、2 个",
                                  "GS(OL)、23 个 LL", "员额变动", "—", "—", "2024 年拟", "议", "83",
                                  "1 个 USG、1 个 D-2、6 个 D-1、9 个 P-5、2 个", "GS(OL)、23 个 LL"])
    assert [r.cells for r in part.rows] == [
        ["2023 年核定", "82", "1 个 USG、1 个 D-2、5 个 D-1、9 个 P-5、2 个GS(OL)、23 个 LL"],
        ["员额变动", "—", "—"],
        ["2024 年拟议", "83", "1 个 USG、1 个 D-2、6 个 D-1、9 个 P-5、2 个GS(OL)、23 个 LL"]]


def test_text_column_rows_with_values_printed_one_a_line(tmp_path: Path) -> None:
    """A table with text columns before its year columns, its values printed one a
    line below each row's text: all of them are the row's."""
    path = _paged(tmp_path, [["9.1 决策机关的资源见下表(见表 9.15)。", "表 9.15", "决策机关",
                              "(千美元)", "决策", "机关 说明 补充信息", "2023", "年批款", "2024 年",
                              "估计", "人居大会", "为人类住区提供政策指导。",
                              "授权：大会第 73/239 号决议", "成员：193 名政府官员", "—", "—",
                              "执行局", "监督人居署业务。", "授权：人居大会议事规则", "成员：36",
                              "718.4", "718.4", "9.2 下一段。"]])
    rows = tables(read_text(path))["表 9.15"].parts[0].rows
    assert [r.cells[0] for r in rows] == ["人居大会", "执行局"]
    assert [r.cells[-2:] for r in rows] == [["—", "—"], ["718.4", "718.4"]]


def test_text_column_row_label_a_character_a_line_cut_by_a_page(tmp_path: Path) -> None:
    """A known row label printed a character a line in a narrow column and cut by a
    page break ("常", "驻" | "代", "表", …) is one label; a lone character ending a
    text cell ("员" of "官员") does not start a row though a label starts with it."""
    head = ["决策", "机关 说明 补充信息", "2023", "年批款", "2024 年", "估计"]
    path = _paged(tmp_path, [["9.1 决策机关的资源见下表(见表 9.15)。", "表 9.15", "决策机关",
                              "(千美元)", *head, "人居大会", "为人类住区提供政策指导。",
                              "授权：大会决议", "—", "—", "常", "驻", "闭会期间常驻附属机构，负",
                              "授权：大会第", "—", "—"],
                             [*head, "代", "表", "委", "员", "会", "责中期审查。", "成员：193 名政府官",
                              "员", "执", "行", "局", "监督人居署业务。", "授权：人居大会议事规则",
                              "718.4", "718.4", "9.2 下一段。"]])
    rows = tables(read_text(path))["表 9.15"].parts[0].rows
    assert [r.cells[0] for r in rows] == ["人居大会", "常驻代表委员会", "执行局"]
    assert [r.cells[-2:] for r in rows] == [["—", "—"], ["—", "—"], ["718.4", "718.4"]]


def test_text_column_row_label_run_into_its_text(tmp_path: Path) -> None:
    """Cells centred in their rows and printed against each other (no space): a
    row's label runs into its text on the line of its values, the last of the row
    ("人居大会为…"), or on its first line, wrapped ("常驻代表闭会…" + "委员会 …"); the
    known label is the row's."""
    path = _paged(tmp_path, [["9.1 决策机关的资源见下表(见表 9.15)。", "表 9.15", "决策机关",
                              "(千美元)", "决策机关 说明 补充信息 2023 年批款 2024 年估计",
                              "授权：大会第 73/239 号决议",
                              "人居大会为人类住区提供政策指导。 — —",
                              "常驻代表闭会期间常驻附属机构。 授权：大会第 — —",
                              "委员会 负责中期审查。 73/239 号决议",
                              "执行局 监督人居署业务。 授权：人居大会议事规则 718.4 718.4",
                              "9.2 下一段。"]])
    rows = tables(read_text(path))["表 9.15"].parts[0].rows
    assert [(r.cells[0], r.cells[-2:]) for r in rows] == [
        ("人居大会", ["—", "—"]), ("常驻代表委员会", ["—", "—"]), ("执行局", ["718.4", "718.4"])]


def test_year_headings_wrapped_in_narrow_columns(tmp_path: Path) -> None:
    """Year headings wrapped a few characters a line ("年批" + "款"): the lines no
    wider than the one above go on with the heading, up to its bracketed qualifier,
    so the row below is no header and the table is read by its text columns."""
    path = _paged(tmp_path, [["9.1 决策机关的资源见下表(见表 9.15)。", "表 9.15", "决策机关",
                              "(千美元)", "决策机关 说明 补充信息 2023", "年批", "款", "2024", "年估",
                              "计", "(重", "计费", "用", "前)", "人居大会 为人类住区提供政策指导。",
                              "授权：大会第 73/239 号决议", "— —", "执行局 监督人居署业务。",
                              "授权：人居大会议事规则", "718.4 718.4", "9.2 下一段。"]])
    part = tables(read_text(path))["表 9.15"].parts[0]
    assert [(r.cells[0], r.cells[-2:]) for r in part.rows] == [
        ("人居大会", ["—", "—"]), ("执行局", ["718.4", "718.4"])]


def test_text_column_rows_whose_text_ends_in_a_figure(tmp_path: Path) -> None:
    """The header names two year columns: a figure printed before a row's two
    values, on their line or alone above them, ends its text ("会议次数：2")."""
    path = _paged(tmp_path, [["9.1 决策机关的资源见下表(见表 9.15)。", "表 9.15", "决策机关",
                              "(千美元)", "决策机关 说明 补充信息", "2023 年批款", "2024 年估计",
                              "人居大会 为人类住区提供政策指导。", "授权：大会第 73/239 号决议",
                              "2024 年届会次数：", "0", "— —", "执行局 监督人居署业务。",
                              "授权：人居大会议事规则", "2024 年会议次数：2 718.4 718.4",
                              "9.2 下一段。"]])
    rows = tables(read_text(path))["表 9.15"].parts[0].rows
    assert [(r.cells[0], r.cells[-3][-1], r.cells[-2:]) for r in rows] == [
        ("人居大会", "0", ["—", "—"]), ("执行局", "2", ["718.4", "718.4"])]


@pytest.mark.parametrize("printed", [
    ["小计 (C) 142 114.6 139 312.1 13", "598.5", "9.8 152 910.6"],
    ["小计 (C) 142 114.6 139 312.1 13 9.8 152 910.6", "598.5"],
    ["小计 (C)      142 114.6    139 312.1      13 9.8     152 910.6", "598.5"],
])
def test_row_values_broken_at_a_thousands_space(tmp_path: Path, printed: list[str]) -> None:
    """A number broken at its thousands space in a narrow cell ("13" + "598.5"): the
    row goes on in the lines of values after it, or (the row printed on one line,
    the group wrapped below) the group goes back after its head."""
    path = _paged(tmp_path, [["9.1 所需资源见下表(见表 9.12)。", "表 9.12", "按组成部分列示的资源",
                              "(千美元)", "组成部分 2022 年支出 2023 年批款 变动 百分比 2024 年估计",
                              "A. 决策机关 1 497.4 1 840.2 — — 1 840.2", *printed,
                              "D. 方案支助 5 159.8 4 219.1 772.7 18.3 4 991.8", "9.2 下一段。"]])
    rows = tables(read_text(path))["表 9.12"].parts[0].rows
    assert [r.cells for r in rows] == [
        ["A. 决策机关", "1 497.4", "1 840.2", "—", "—", "1 840.2"],
        ["小计 (C)", "142 114.6", "139 312.1", "13 598.5", "9.8", "152 910.6"],
        ["D. 方案支助", "5 159.8", "4 219.1", "772.7", "18.3", "4 991.8"]]


def test_split_row_figure_against_the_label_heads_the_first_value() -> None:
    split = split_row("1. 减少空间不平等和贫困45 234.0 35 312.2 4 451.9 12.6 39 764.1", 5)
    assert split.label == "1. 减少空间不平等和贫困"
    assert split.values == ["45 234.0", "35 312.2", "4 451.9", "12.6", "39 764.1"]


def test_evenly_spaced_values_are_no_column_aligned_text(tmp_path: Path) -> None:
    """Values two spaces apart throughout (no column positions): a row printing fewer
    values has its blank at the widest gap, not where character positions fall."""
    path = _paged(tmp_path, [["9.1 资源见下表(见表 9.16)。", "表 9.16", "财政资源和员额资源",
                              "(千美元/员额数目)", "2022 年支出 2023 年批款 共计 百分比 2024 年估计",
                              "员额  550.4  669.8  —  —  669.8", "非员额  19.0  48.6  —  —  48.6",
                              "共计  569.4  718.4  —  —  718.4", "专业及以上职类  3  —  —  3",
                              "一般事务及有关职类  3  —  —  3", "9.2 下一段。"]])
    rows = tables(read_text(path))["表 9.16"].parts[0].rows
    assert [r.cells for r in rows][-2:] == [["专业及以上职类", "", "3", "—", "—", "3"],
                                            ["一般事务及有关职类", "", "3", "—", "—", "3"]]


@pytest.mark.parametrize(("first", "tail"), [("2023 年核定", "GS(OL)、23 个 LL"),
                                             ("2023 年核", "定 GS(OL)、23 个 LL")])
def test_text_last_column_wrapped_at_the_widest_line(tmp_path: Path, first: str,
                                                     tail: str) -> None:
    """A row line with a text last column, the widest line of its table, goes on in
    the line below (the rest of its label first where that opens with ideographs)."""
    part = _posts_part(tmp_path, ["数目 详情",
                                  f"{first} 82 1 个 USG、1 个 D-2、5 个 D-1、2 个", tail,
                                  "员额变动 — —"])
    assert [r.cells for r in part.rows] == [
        ["2023 年核定", "82", "1 个 USG、1 个 D-2、5 个 D-1、2 个GS(OL)、23 个 LL"],
        ["员额变动", "—", "—"]]


def test_year_headings_opening_with_a_year_alone(tmp_path: Path) -> None:
    """Headings printed "2020" over "年实际": each names a year column, so "97 100
    100" is three values of five columns, not one number."""
    years = [x for y in ("2020", "2021", "2022") for x in (y, "年实际")]
    path = _paged(tmp_path, [["9.1 合规情况见下表(见表 9.17)。", "表 9.17", "合规率", "(百分比)",
                              *years, "2023", "年计划", "2024", "年计划",
                              "及时提交材料 97 95 97 100 100", "提前购买机票 51 36 34 100 100",
                              "9.2 下一段。"]])
    rows = tables(read_text(path))["表 9.17"].parts[0].rows
    assert [r.cells for r in rows if any(r.cells[1:])] == [
        ["及时提交材料", "97", "95", "97", "100", "100"],
        ["提前购买机票", "51", "36", "34", "100", "100"]]


def test_numbered_paragraph_after_an_unfinished_block(tmp_path: Path) -> None:
    path = write(tmp_path, [" 9.1 This paragraph has no closing space", "Adjustments",
                            " 9.2 The next paragraph. "])
    paras = [b for b in read_text(path).blocks if isinstance(b, Paragraph)]
    assert [(p.number, p.text) for p in paras] == [
        ("9.1", "This paragraph has no closing space Adjustments"), ("9.2", "The next paragraph.")]


def test_wrapped_lines_join_as_the_pdf_reader_joins_them(tmp_path: Path) -> None:
    """An extractor keeps no space at a line's end: the text readers glued the last word
    of one line to the first of the next ("focal pointfor"), in most English
    paragraphs of every extractor's text (the scorer, blind to spaces, never told).
    Words get one space, a compound broken at its hyphen none, ideographs none."""
    path = _pdf_pages(tmp_path, [["9.1 The Office is the focal point for the inter-",
                                  "agency work of the system and",
                                  "reports to the Assembly.",
                                  "9.2 新城市议程的执行工作将继续推进各城市",
                                  "住房和基本服务的支助费用共计(3",
                                  "500 美元)。"]])
    paras = [b for b in read_text(path).blocks if isinstance(b, Paragraph)]
    assert [(p.number, p.text) for p in paras] == [
        ("9.1", "The Office is the focal point for the inter-agency work of the system and "
                "reports to the Assembly."),
        ("9.2", "新城市议程的执行工作将继续推进各城市住房和基本服务的支助费用共计(3 500 美元)。")]


def test_footnote_call_and_page_footer(tmp_path: Path) -> None:
    path = write(tmp_path, [
        " 9.1 这意味着将增加 22 亿城市居民。1 约 90%的城市增长发生在",
        "欠发达区域。 ",
        "__________________ ",
        " 1 人居署，《世界城市报告》(2022 年)。 ",
        "第一编  总论 ",
        "23-01234 7/20 ",
        " 9.2 下一段。 ",
    ])
    layout = read_text(path)
    para = layout.blocks[0]
    assert isinstance(para, Paragraph)
    assert para.text == "这意味着将增加 22 亿城市居民。[^1] 约 90%的城市增长发生在欠发达区域。"
    note = layout.blocks[1]
    assert isinstance(note, Footnote) and note.number == "1"
    assert layout.running == ["第一编  总论", "23-01234 7/20"]
    assert layout.pages == 20
    assert para.prov.page == 7 and layout.blocks[2].prov.page == 8


def test_mandate_list_with_urls(tmp_path: Path) -> None:
    path = write(tmp_path, [
        "  立法授权 ",
        "大会决议",
        "56/206 加强人类住区委员会的任务和地位及联合国",
        "人类住区中心的地位 ",
        "2021/29 科学促进发展 2021/30 开放源码技术 ",
        "https://undocs.org/ch/A/RES/56/206",
        "https://undocs.org/ch/E/RES/2021/30",
    ])
    layout = read_text(path)
    (termlist,) = [b for b in layout.blocks if isinstance(b, TermList)]
    assert termlist.heading == "大会决议"
    assert [(e.term, e.text, e.url) for e in termlist.entries] == [
        ("56/206", "加强人类住区委员会的任务和地位及联合国人类住区中心的地位",
         "https://undocs.org/ch/A/RES/56/206"),
        ("2021/29", "科学促进发展", None),
        ("2021/30", "开放源码技术", "https://undocs.org/ch/E/RES/2021/30"),
    ]


def test_mandate_entry_open_at_a_heading_and_a_paragraph(tmp_path: Path) -> None:
    """An entry ending in a Latin word (its trailing space reads as a wrap) does not
    run on into a heading or a numbered paragraph."""
    path = tmp_path / "plain.txt"
    path.write_text("\n".join([
        "9.19 The list below provides all mandates entrusted to the Unit.",
        "General Assembly resolutions", "31/192 Statute of the Joint Inspection Unit",
        "Deliverables", "9.20 Table 9.3 lists all deliverables of the Unit."]) + "\n",
        encoding="utf-8")
    blocks = read_text(path).blocks
    (termlist,) = [b for b in blocks if isinstance(b, TermList)]
    assert [(e.term, e.text) for e in termlist.entries] == [
        ("31/192", "Statute of the Joint Inspection Unit")]
    assert [(b.number, b.text) for b in blocks if isinstance(b, Paragraph)][1:] == [
        ("9.20", "Table 9.3 lists all deliverables of the Unit.")]


def test_text_columns_of_a_row_crossing_a_page(tmp_path: Path) -> None:
    header = ["2023 年 ", "批款 ", "2024 年 ", "估计 "]
    path = write(tmp_path, [
        "表 9.6 ", "决策机关 ", "(千美元) ", "机关 说明 补充信息 ", *header,
        "     大会 提供政策指导，每四年举行一次", "会议。 ", "授权：大会决议 ", "成员：193 ", " ",
        "— — ",
        "执行局 负责加强对业务的监督，改善问责", "制和透明度，还监督战略计划草案",
        "在大会批准之前的编",
        "授权：大会第 73/239 号决议以及秘书长的", "说明(A/73/726) ", "执行局议事规则 ",
        "718.4 718.4 ",
        " 机关 说明 补充信息 ", *header,
        "     制工作。每年举行两次会议。 ", "成员：36 ",
        " 共计   718.4 718.4 ",
    ])
    rows = tables(read_text(path))["表 9.6"].parts[0].rows
    assert rows[0].cells == ["大会", "提供政策指导，每四年举行一次会议。", "授权：大会决议\n成员：193",
                             "—", "—"]
    assert rows[1].cells == [
        "执行局", "负责加强对业务的监督，改善问责制和透明度，还监督战略计划草案在大会批准之前的编制工作。"
        "每年举行两次会议。",
        "授权：大会第 73/239 号决议以及秘书长的说明(A/73/726)\n执行局议事规则\n成员：36",
        "718.4", "718.4"]
    assert rows[2].cells == ["共计", "", "", "718.4", "718.4"]


def test_captionless_table_after_annex_heading(tmp_path: Path) -> None:
    path = write(tmp_path, [
        " 附件二 ", "  为执行咨询和监督机构相关建议而采取的后续行动汇总 ",
        "建议简述 为执行建议所采取的行动 ",
        "  行政和预算问题咨询委员会 ",
        "A/77/7 第四.140 段 ", "与驻地协调员制度的合作 ", "行预咨委会鼓励人居署继续合作，",
        "并探讨加强合作的机会。 ", "已经制定标准操作程序，以促进", "整个实体的协作。 ",
        "A/77/7 第四.141 段 ", "预算编制 ", "行预咨委会建议改进预算。 ", "已改进。 ", "另见附件。 ",
        " ", "https://undocs.org/ch/A/77/7",
    ])
    heading, table = read_text(path).blocks
    assert isinstance(heading, Heading)
    assert heading.text == "附件二 为执行咨询和监督机构相关建议而采取的后续行动汇总"
    assert isinstance(table, Table) and table.caption == []
    part = table.parts[0]
    assert [c.text for c in part.header[0]] == ["建议简述", "为执行建议所采取的行动"]
    assert part.rows[0].span == "行政和预算问题咨询委员会"
    assert part.rows[1].cells == [
        "A/77/7 第四.140 段\n与驻地协调员制度的合作\n行预咨委会鼓励人居署继续合作，并探讨加强合作的机会。",
        "已经制定标准操作程序，以促进整个实体的协作。"]
    assert part.rows[2].cells == ["A/77/7 第四.141 段\n预算编制\n行预咨委会建议改进预算。",
                                  "已改进。\n另见附件。"]
    assert len(part.rows) == 3


@pytest.mark.parametrize("header", [["建议简述 为执行建议所采取的行动"],
                                    ["建议简述", "为执行建议所采取的行动"]])
def test_captionless_table_in_text_without_spacing(tmp_path: Path, header: list[str]) -> None:
    """The header row on one line or a heading a line; blocks of a text-only table
    end at a line with room for the next line's first word in the block's widest
    line; a known row label is a section row."""
    path = tmp_path / "plain.txt"
    path.write_text("\n".join([
        "9.1 本节说明后续行动。", "附件二 为执行咨询和监督机构相关建议而采取的后续行动汇总",
        *header, "行政和预算问题咨询委员会",
        "A/77/7 第四.140 段", "与驻地协调员制度的合作", "行预咨委会鼓励人居署继续与驻地",
        "协调员系统密切合作，并探讨与其他", "实体加强合作的机会。",
        "已经制定标准操作程序，以促进整个实体的协作，支", "持人居署参与共同国家分析和联合国可持续发展合",
        "作框架进程。"]) + "\n", encoding="utf-8")
    table = next(b for b in read_text(path).blocks if isinstance(b, Table))
    rows = table.parts[0].rows
    assert rows[0].span == "行政和预算问题咨询委员会"
    assert rows[1].cells == [
        "A/77/7 第四.140 段与驻地协调员制度的合作行预咨委会鼓励人居署继续与驻地"
        "协调员系统密切合作，并探讨与其他实体加强合作的机会。",
        "已经制定标准操作程序，以促进整个实体的协作，支持人居署参与共同国家分析和联合国"
        "可持续发展合作框架进程。"]
    assert len(rows) == 2


def test_captionless_table_cell_line_widened_by_spaced_figures(tmp_path: Path) -> None:
    """A line of a text cell widened by the spaces around its figures is no measure
    of the column: the full line after it, all ideographs, is narrower by those
    spaces yet had no room for the next line's first character."""
    path = tmp_path / "plain.txt"
    path.write_text("\n".join([
        "9.1 本节说明后续行动。", "附件二 为执行咨询和监督机构相关建议而采取的后续行动汇总",
        "建议简述 为执行建议所采取的行动", "A/77/7 第四.140 段", "与驻地协调员制度的合作",
        "行预咨委会鼓励人居署继续与驻地", "协调员系统密切合作，并探讨与其他", "实体加强合作的机会。",
        "已经制定标准操作程序，重点是 29 个国家和 2 个", "办事处。与驻地协调员共同组织了一次网络研讨",
        "会，讨论可持续城市化如何能够帮助实现目标。"]) + "\n", encoding="utf-8")
    table = next(b for b in read_text(path).blocks if isinstance(b, Table))
    assert [r.cells for r in table.parts[0].rows] == [[
        "A/77/7 第四.140 段与驻地协调员制度的合作行预咨委会鼓励人居署继续与驻地"
        "协调员系统密切合作，并探讨与其他实体加强合作的机会。",
        "已经制定标准操作程序，重点是 29 个国家和 2 个办事处。与驻地协调员共同组织了一次网络研讨"
        "会，讨论可持续城市化如何能够帮助实现目标。"]]


def test_organization_chart_is_one_figure(tmp_path: Path) -> None:
    path = write(tmp_path, [
        " 附件一 ", "  2024 年组织结构和员额分配 ", " ",
        "缩写：RB，经常预算；XB，", "预算外。 ", "  ",
        "执行主任 ", "(行政领导和管理) ", "RB:1 USG ",
        "对外关系、战略、 ", "知识和创新司 ", "(所有次级方案) ", "RB  XB ", "1 D-1  2 P-4 ",
        "  1 LL ", "1  3 ", "共计：4 ",
        " 附件二 ", "  后续行动 ", " 9.1 下一段。 ",
    ])
    blocks = read_text(path).blocks
    assert [type(b) for b in blocks] == [Heading, Paragraph, Figure, Heading, Paragraph]
    chart = blocks[2]
    assert isinstance(chart, Figure)
    assert chart.caption == ["附件一 2024 年组织结构和员额分配"]
    assert [p.caption for p in chart.panels] == [
        ["执行主任", "(行政领导和管理)", "RB:1 USG"],
        ["对外关系、战略、知识和创新司", "(所有次级方案)", "RB  XB", "1 D-1  2 P-4", "1 LL", "1  3",
         "共计：4"]]
    assert not any(p.data for p in chart.panels)


# --- the sample ---------------------------------------------------------------

@pytest.fixture(scope="module")
def sample():
    return read_text(SAMPLE)


@needs_sample
def test_sample_paragraphs_and_items(sample) -> None:
    numbered = [b for b in sample.blocks if isinstance(b, Paragraph) and b.number]
    assert len(numbered) == 117
    p3 = next(p for p in numbered if p.number == "15.3")
    assert "城市居民。[^1] 约 90%" in p3.text
    p40 = next(p for p in numbered if p.number == "15.40")
    assert [i.marker for i in p40.items] == ["(a)", "(b)", "(c)"]
    assert [i.marker for i in p40.items[1].items] == ["㈠", "㈡"]
    p10 = next(p for p in numbered if p.number == "15.10")
    assert p10.text.endswith("加快实现千年发展目标。")


@needs_sample
def test_sample_tables(sample) -> None:
    t = tables(sample)
    t9 = t["表 15.9"]
    assert t9.caption == ["表 15.9", "总表：按支出用途列示的财政资源演变情况", "(千美元)"]
    assert t9.parts[0].ncols == 9
    assert t9.parts[0].header[0][3].text == "变动" and t9.parts[0].header[0][3].colspan == 5
    rows = {r.cells[0]: r.cells for r in t9.parts[0].rows if r.cells}
    assert rows["咨询人"] == ["咨询人", "208.6", "181.0", "(73.8)", "31.4", "—", "(42.4)",
                             "(23.4)", "138.6"]
    assert rows["共计"][-1] == "13 465.1"
    assert [p.label for p in t["表 15.12"].parts] == ["(1) 经常预算", "(2) 预算外"]
    spans = [r.span for r in t["表 15.1"].parts[0].rows if r.span]
    assert spans[0].startswith("协商、咨询和倡导：")
    t14 = {r.cells[0]: r.cells for r in t["表 15.14"].parts[0].rows if r.cells}
    assert t14["专业及以上职类"][1:3] == ["", "57"]
    assert t["表 15.10"].parts[0].rows[0].cells[1] == "82"
    t15 = {r.cells[0]: r.cells for r in t["表 15.15"].parts[0].rows if r.cells}
    assert t15["执行局"][1].endswith("预算以及资源调动战略。根据议事规则的规定，执行局每年举行两至"
                                     "三次会议。执行局 2024 年会议定于 3 月底至 4 月初和 10 月底至 "
                                     "11 月初举行。")
    assert t15["执行局"][2].split("\n")[-3:] == ["执行局议事规则", "成员：36", "2024 年会议次数：2"]
    annex = next(b for b in sample.blocks if isinstance(b, Table) and not b.caption)
    assert [r.span for r in annex.parts[0].rows][0] == "行政和预算问题咨询委员会"
    assert annex.parts[0].rows[1].cells[0].startswith("A/77/7 第四.140 段\n与驻地协调员制度的合作\n")


@needs_sample
def test_sample_other_blocks(sample) -> None:
    lists = [b for b in sample.blocks if isinstance(b, TermList)]
    assert len(lists) == 16
    entry = next(e for e in lists[0].entries if e.term == "56/206")
    assert entry.url == "https://undocs.org/ch/A/RES/56/206"
    figs = {b.caption[0]: b for b in sample.blocks if isinstance(b, Figure)}
    assert len(figs) == 22
    chart = figs["附件一 2024 年组织结构和员额分配"]
    assert len(chart.panels) == 9 and chart.panels[5].caption[0] == "对外关系、战略、知识和创新司"
    f14 = figs["图 15.十四"]
    assert f14.caption[2] == "(员额数目/千美元)"
    assert f14.panels[0].caption == ["员额分配", "82 个员额"]
    assert f14.panels[0].data[1].label == "GS (OL)" and f14.panels[0].data[0].label is None
    sig = next(b for b in sample.blocks if isinstance(b, Signature))
    assert sig.lines[1] == "迈穆娜·穆赫德·谢里夫(签名)"
    assert sum(isinstance(b, Footnote) for b in sample.blocks) == 12
    heads = {b.text: b.level for b in sample.blocks if isinstance(b, Heading)}
    assert heads["次级方案 1 在城乡连续体的各社区中减少空间不平等和贫困"] == 2
    assert "第四编  国际合作促进发展" in sample.running


def test_url_index_finds_urls_by_symbol_tail() -> None:
    from unfascicle.extract.text_lines import SrcLine
    from unfascicle.extract.text_termlists import index_urls

    url = SrcLine(3, "https://undocs.org/ch/A/RES/56/206")
    index = index_urls([url])
    assert index["56/206"] == [url] and "6/206" not in index


@pytest.mark.parametrize(("align", "widths", "rows", "want"), [
    # values set flush right: a row printing fewer values has its blank under the column
    # its values leave empty (where the full rows' values end on the page), not before
    # the value after its widest gap (the last column here)
    (">", (6, 10, 10, 40),
     [("Professional", "12", "14", "2", "16"), ("General", "10", "10", "–", "10"),
      ("Other", "", "5", "–", "5"), ("Total", "22", "29", "2", "31")],
     ["Other", "", "5", "–", "5"]),
    # values set flush left (as some producers set every cell): the full rows' values
    # start at one place per column, so the blank is where no value starts (the first
    # column here), not where the ends of shorter figures happen to lie nearest
    ("<", (10, 10, 10, 10),
     [("Professional", "11 565.7", "11 896.4", "–", "11 896.4"),
      ("General", "1 748.0", "1 488.7", "80.0", "1 568.7"),
      ("Other", "", "57", "–", "57"), ("Total", "13 313.7", "13 385.1", "80.0", "13 465.1")],
     ["Other", "", "57", "–", "57"]),
], ids=["flush-right", "flush-left"])
def test_column_aligned_blank_under_its_column(tmp_path: Path, align: str,
                                               widths: tuple[int, ...],
                                               rows: list[tuple[str, ...]],
                                               want: list[str]) -> None:
    """In column-aligned text a row printing fewer values has its blank under the
    column the full rows' values leave empty, measured by the edge they agree on."""
    def line(label: str, *values: str) -> str:
        return f"          {label:<14}" + "".join(
            f"{v:{align}{w}}" for v, w in zip(values, widths, strict=True))

    path = _paged(tmp_path, [[
        "9.1 The resources are shown in table 9.5.", "Table 9.5", "Posts",
        line("Category", "2024", "2025", "Change", "2026"),
        *(line(*r) for r in rows),
        "9.2 Next paragraph.",
    ]])
    got = tables(read_text(path))["Table 9.5"].parts[0].rows
    assert got[2].cells == want


def test_lone_paragraph_numbers_at_page_tops_are_body(tmp_path: Path) -> None:
    """A paragraph number printed alone at the top of many pages is body text, not
    a running line (digits ignored it reads like "2/4"); the job and page numbers
    printed alone at the page foot are running lines."""
    texts = ["The office plans its work.", "Staff travel less.", "Costs fall a little.",
             "Reports go out on time.", "Two posts move.", "A new unit opens.",
             "The guide is revised.", "Work ends in May."]
    pages = [[f"9.{2 * p - 1}", texts[2 * p - 2], f"9.{2 * p} {texts[2 * p - 1]}",
              "24-01234", f"{p}/4"] for p in range(1, 5)]
    layout = read_text(_paged(tmp_path, pages))
    paras = [b for b in layout.blocks if isinstance(b, Paragraph)]
    assert [(p.number, p.text) for p in paras] == [
        (f"9.{k}", text) for k, text in enumerate(texts, 1)]


def test_wrapped_label_with_values_on_its_first_line(tmp_path: Path) -> None:
    """A label wrapped in its column with the values on its first line: the lines
    below it (no values, no wider than the column) end it, up to the next row; a
    label wrapped with its values on the last line still takes the lines above."""
    assert _cells_of_9_6(tmp_path, [
        "9.1 本次级方案的应交付产出见表 9.6。", "表 9.6", "应交付产出",
        "类别和次类别 计划 实际",
        "1. 关于城市基本服务的项目：出行水和环境卫生 12 14",
        "能源和固体废物管理",
        "2. 关于制定国家和地方城市遗产历史景观与文化政策 1 1",
        "关于住房贫民窟改造住房和土地调整创新筹资以及城",
        "市更新 2 3",
        "共计 15 18",
    ]) == [
        ["1. 关于城市基本服务的项目：出行水和环境卫生能源和固体废物管理", "12", "14"],
        ["2. 关于制定国家和地方城市遗产历史景观与文化政策", "1", "1"],
        ["关于住房贫民窟改造住房和土地调整创新筹资以及城市更新", "2", "3"],
        ["共计", "15", "18"]]


def test_wrapped_label_with_values_on_a_line_of_their_own_in_its_middle(
        tmp_path: Path) -> None:
    """A row set in the middle of its cell height: the label's first line, the
    values alone on the next line, then the rest of the label; the rest is the
    row's label, not a section row."""
    assert _cells_of_9_6(tmp_path, [
        "9.1 本次级方案的应交付产出见表 9.6。", "表 9.6", "应交付产出",
        "类别和次类别 计划 实际",
        "1. 关于城市基本服务的项目：出行水和环境卫生",
        "12 14",
        "能源和固体废物管理",
        "2. 关于制定国家和地方城市遗产历史景观与文化政策 1 1",
        "共计 13 15",
    ]) == [
        ["1. 关于城市基本服务的项目：出行水和环境卫生能源和固体废物管理", "12", "14"],
        ["2. 关于制定国家和地方城市遗产历史景观与文化政策", "1", "1"],
        ["共计", "13", "15"]]


def test_printed_line_broken_before_a_raised_footnote_call(tmp_path: Path) -> None:
    """Some extractors break a printed line where a raised footnote call stands:
    "…八十五，" then "1 估计…" on a line of its own. The two fit in one line of the
    measure and the second goes on past the line's end, so the paragraph goes on; a
    footnote at the page foot whose number was called above stays a footnote."""
    full = "人居署将继续加强能力建设举措工具数字化和虚拟电子学习方案根据其执行可持续"
    path = _paged(tmp_path, [
        ["9.1 " + full, full, "城市化率为百分之八十五，", "1 估计人口超过两亿一千万有五千五百七十个城市其规模",
         full, "挑战。", "9.2 " + full, full, "第二段结束。", "1 联合国人居署，《世界城市报告》。"],
        ["9.3 下一页。"]])
    blocks = read_text(path).blocks
    paras = {b.number: b.text for b in blocks if isinstance(b, Paragraph)}
    assert paras["9.1"].endswith("八十五，[^1] 估计人口超过两亿一千万有五千五百七十个城市其规模"
                                 + full + "挑战。")
    assert [b.text for b in blocks if isinstance(b, Footnote)] == ["联合国人居署，《世界城市报告》。"]


def test_letter_spaced_label_wrapped_above_its_values(tmp_path: Path) -> None:
    """A label stretched to its cell's width ("一 般 事 务 及 有 关", the ideographs
    one space apart) is as wide as its column once the spacing is taken out: it
    wraps into the line below, whose values are the row's."""
    assert _cells_of_9_6(tmp_path, [
        "9.1 员额见表 9.6。", "表 9.6", "员额", "类别 2023 年 2024 年",
        "专业及以上职类 57 57",
        "一 般 事 务 及 有 关",
        "职类",
        "25 25",
        "共计 82 82",
    ]) == [["专业及以上职类", "57", "57"],
                                       ["一般事务及有关职类", "25", "25"], ["共计", "82", "82"]]


def test_wrapped_label_with_values_on_its_first_line_before_a_subtotal(
        tmp_path: Path) -> None:
    """In a table shown to set values on a wrapped label's first line, the rest of
    the last label before a subtotal (a label and values the edition does not
    know) is that label's, not a section row."""
    assert _cells_of_9_6(tmp_path, [
        "9.1 资源见表 9.6。", "表 9.6", "资源", "组成部分 2023 年 2024 年",
        "1. 在城乡连续体的各 2 460.7 2 222.4",
        "社区中减少空间不平等",
        "2. 有效预防和应对城 2 387.8 2 444.7",
        "市危机",
        "小计 (C) 4 848.5 4 667.1",
    ]) == [
        ["1. 在城乡连续体的各社区中减少空间不平等", "2 460.7", "2 222.4"],
        ["2. 有效预防和应对城市危机", "2 387.8", "2 444.7"],
        ["小计 (C)", "4 848.5", "4 667.1"]]


def test_table_keeps_a_later_lettered_group_it_skips_to(tmp_path: Path) -> None:
    """A deliverables table that prints only some of its lettered groups ("A." then
    "E.") keeps the later group and its text rows; the heading after it ends it."""
    path = _paged(tmp_path, [[
        "9.1 The deliverables are listed in table 9.7.", "Table 9.7", "Deliverables",
        "Category Planned Actual",
        "A. Facilitation of the intergovernmental process",
        "Parliamentary documentation (number of documents) 1 1",
        "E. Enabling deliverables",
        "Administration: meetings of the Management Client Board.",
        "Evaluation activities",
        "9.2 Next paragraph.",
    ]])
    layout = read_text(path)
    texts = [r.cells[0] if r.cells else r.span for r in tables(layout)["Table 9.7"].parts[0].rows]
    assert "E. Enabling deliverables" in texts
    assert any(isinstance(b, Heading) and b.text == "Evaluation activities" for b in layout.blocks)


def test_text_column_table_with_values_on_the_first_line(tmp_path: Path) -> None:
    """A table with text columns printed a row per line, the values on the row's
    first line: the lines below continue its text, their first word its label
    where that goes on to a known label ("人居" + "大会"); a year inside a header
    line is no value."""
    path = _pdf_pages(tmp_path, [[
        "9.1 决策机关见表 9.8。", "表 9.8", "决策机关", "(千美元)",
        "2024 年", "估计(重", "决策 2023 计费用", "机关 说明 补充信息 年批款 前)",
        "人居 提供政策指导。每 4 年举行一次会议。 授权：大会第 — —",
        "大会 核准战略计划。 73/239 号决议",
        "执行 负责监督业务。 授权：大会第 12.5 12.5",
        "局 审查工作方案。 73/239 号决议",
        "共计 12.5 12.5",
        "9.2 下一段。",
    ]])
    rows = tables(read_text(path))["表 9.8"].parts[0].rows
    assert [(r.cells[0], r.cells[-2:]) for r in rows] == [
        ("人居大会", ["—", "—"]), ("执行局", ["12.5", "12.5"]), ("共计", ["12.5", "12.5"])]


def test_prose_cells_side_by_side_one_space_apart(tmp_path: Path) -> None:
    """Prose cells printed side by side one space apart (no column positions): the
    column width that packs the lines most consistently splits them; a dash opening
    a line, where its row's middle is, is the first column's cell."""
    path = _paged(tmp_path, [[
        "9.1 进展见下文业绩计量(见表 9.4)。", "表 9.4", "业绩计量",
        "2021(实际) 2022(实际) 2023(计划)",
        "支持地方当局制定区 批准三项区域发展计",
        "— 域空间发展计划和地 划并在十个城市实施",
        "区执行 地方经济和空间研究",
        "的能力得到加强并扩",
        "大到更多城市",
        "成果 2：下一个", "9.2 下一段。"]])
    row = tables(read_text(path))["表 9.4"].parts[0].rows[0]
    assert row.cells == ["—", "支持地方当局制定区域空间发展计划和地区执行",
                         "批准三项区域发展计划并在十个城市实施地方经济和空间研究的能力得到加强并扩大到更多城市"]


def test_column_pieces_part_ideographs_one_space_apart() -> None:
    """Cells printed one space apart: a space between ideographs parts them, unless it
    letter-spaces a run of single ideographs; a space beside a figure is the text's."""
    assert column_pieces(2, "甲 乙 丙 丁 天地玄黄 一二三  10 个城市") == [
        (2, "甲乙丙丁"), (10, "天地玄黄"), (15, "一二三"), (20, "10 个城市")]


@pytest.mark.parametrize("rows", [
    ["A/77/7 第四.1 段 已经制定标准操作程序，以促进整个实", "与驻地协调员制度的合作 体的协作。",
     "行预咨委会鼓励人居署继续", "与驻地协调员系统密切合作。", "A/77/7 第四.2 段 另一项行动已经完成。",
     "与其他实体的合作", "行预咨委会请人居署报告。"],
    [f"    {ln}" for ln in [
        "A/77/7 第四.1 段        已经制定标准操作程序，以促进整个实",
        "与驻地协调员制度的合作    体的协作。", "行预咨委会鼓励人居署继续", "与驻地协调员系统密切合作。",
        "A/77/7 第四.2 段        另一项行动已经完成，", "与其他实体的合作",
        "                        其余行动正在进行。", "行预咨委会请人居署报告。"]],
])
def test_headed_text_table_with_cells_side_by_side(tmp_path: Path, rows: list[str]) -> None:
    """A table known by its header row, its two text columns printed side by side
    (one space apart between ideographs, or column-aligned): each row is read cell
    after cell; a line of one piece goes on the column still open (or, where the
    text keeps positions, the column it starts under); a first column that ended a
    sentence starts the next row with its next piece."""
    path = _paged(tmp_path, [["9.1 本次级方案的工作有助于提高区域当局的能力。"],
                             ["附件二", "为执行咨询和监督机构相关建议而采取的后续行动汇总",
                              "建议简述 为执行建议所采取的行动", "行政和预算问题咨询委员会", *rows]])
    table = next(b for b in read_text(path).blocks if isinstance(b, Table))
    got = [(r.span, [c.replace("\n", "") for c in r.cells or []]) for r in table.parts[0].rows]
    second = "另一项行动已经完成。" if rows[4].endswith("。") else "另一项行动已经完成，其余行动正在进行。"
    assert got == [("行政和预算问题咨询委员会", []),
                   (None, ["A/77/7 第四.1 段与驻地协调员制度的合作行预咨委会鼓励人居署继续与驻地协调员系统密切合作。",
                           "已经制定标准操作程序，以促进整个实体的协作。"]),
                   (None, ["A/77/7 第四.2 段与其他实体的合作行预咨委会请人居署报告。", second])]


def test_headed_text_table_line_wider_than_the_first_column_is_the_next_ones(
        tmp_path: Path) -> None:
    """A line of one piece wider than the first column by more than a glyph (its
    widest piece on the lines holding both, or its widest line since) goes on the
    second, though the first is still open."""
    rows = ["A/77/7 第四.1 段", "已经制定标准操作程序，以促进整个实体的协作，支持人居署", "与驻地协调员制度的合作",
            "参与共同国家分析和联合国可持续发展合作框架进程。此外，",
            "行预咨委会鼓励人居署继续 与负责监督驻地协调员制度的纽约发展协调办公室达成协",
            "与驻地协调员系统密切合作。 议，并组织了研讨会。"]
    path = _paged(tmp_path, [["9.1 本次级方案的工作有助于提高区域当局的能力。"],
                             ["附件二", "为执行咨询和监督机构相关建议而采取的后续行动汇总",
                              "建议简述 为执行建议所采取的行动", "行政和预算问题咨询委员会", *rows]])
    table = next(b for b in read_text(path).blocks if isinstance(b, Table))
    got = [[c.replace("\n", "") for c in r.cells] for r in table.parts[0].rows[1:]]
    assert got == [["A/77/7 第四.1 段与驻地协调员制度的合作行预咨委会鼓励人居署继续与驻地协调员系统密切合作。",
                    "已经制定标准操作程序，以促进整个实体的协作，支持人居署参与共同国家分析和联合国可持续发展合作框架"
                    "进程。此外，与负责监督驻地协调员制度的纽约发展协调办公室达成协议，并组织了研讨会。"]]


@pytest.mark.parametrize("dash", [[], ["—"]])
def test_ideograph_cells_side_by_side_in_columns_of_their_own_widths(
        tmp_path: Path, dash: list[str]) -> None:
    """Prose cells of ideographs printed side by side one space apart, each column
    its own width: a space between ideographs parts columns; one beside a figure is
    read by the columns' widths (each line but a cell's last filled its column)."""
    years = ["2021(实际)", "2022(实际)", "2023(计划)", "2024(计划)"][:3 + len(dash)]
    path = _paged(tmp_path, [[
        "9.1 进展见下文业绩计量(见表 9.4)。", "表 9.4", "业绩计量", " ".join(years),
        " ".join([*dash, "10 个城市受益 5 个地方政府采取以人 30 个地方政府采取"]),
        "于以人为中心 为中心的数字转型战略 并从解决数字鸿沟的",
        "方案 问题 受益",
        "成果 2：下一个", "9.2 下一段。"]])
    row = tables(read_text(path))["表 9.4"].parts[0].rows[0]
    assert row.cells == [*dash, "10 个城市受益于以人为中心方案",
                         "5 个地方政府采取以人为中心的数字转型战略问题",
                         "30 个地方政府采取并从解决数字鸿沟的受益"]


@pytest.mark.parametrize("header", [
    ["2021(实", "际) 2022(实际) 2023(计划)"],
    ["202", "1(", "实", "际)", "2022(实际) 2023(计划)"],
])
def test_year_heading_wrapped_in_a_narrow_column(tmp_path: Path, header: list[str]) -> None:
    """A first column holding only a dash is narrow, and its year heading wraps
    ("2021(实" then "际)"), a few characters a line in the narrowest: the lines that
    finish the heading are header, not the table's first row."""
    path = _paged(tmp_path, [[
        "9.1 进展见下文业绩计量(见表 9.4)。", "表 9.4", "业绩计量", *header,
        "支持地方当局制定区 批准三项区域发展计",
        "— 域空间发展计划和地 划并在十个城市实施",
        "区执行 地方经济和空间研究",
        "的能力得到加强并扩",
        "大到更多城市",
        "成果 2：下一个", "9.2 下一段。"]])
    part = tables(read_text(path))["表 9.4"].parts[0]
    assert [c.text for c in part.header[0]] == ["2021(实际)", "2022(实际)", "2023(计划)"]
    assert part.rows[0].cells == [
        "—", "支持地方当局制定区域空间发展计划和地区执行",
        "批准三项区域发展计划并在十个城市实施地方经济和空间研究的能力得到加强并扩大到更多城市"]


def test_text_cells_side_by_side_one_space_apart(tmp_path: Path) -> None:
    """Two text cells printed side by side one space apart: the first line is cut
    where the second cell's opening word ("授权：") stands, the lines below within
    the first cell's width so measured, and after the first cell's last sentence
    whole lines are the second cell's."""
    path = _paged(tmp_path, [[
        "9.1 决策机关见表 9.8。", "表 9.8", "决策机关", "(千美元)",
        "决策机关 说明 补充信息 2023 年批款 2024 年估计",
        "人居 为人类住区提供政策指导并对人居署进行 授权：大会第 — —",
        "大会 战略监督。每四年举行一次会议。 73/239 号决议",
        "人居大会议事规则",
        "共计 12.5 12.5",
        "9.2 下一段。",
    ]])
    row = tables(read_text(path))["表 9.8"].parts[0].rows[0]
    assert row.cells[:3] == ["人居大会", "为人类住区提供政策指导并对人居署进行战略监督。每四年举行一次会议。",
                             "授权：大会第73/239 号决议人居大会议事规则"]


def test_dash_cells_at_page_edges_are_not_running_lines() -> None:
    """A dash alone on a line (a blank cell of a table printed a cell per line) at
    the foot of many pages is body text; the page numbers there are running."""
    from unfascicle.extract.text_blocks import drop_running
    from unfascicle.extract.text_grid_entries import PlainLine
    from unfascicle.extract.text_vocab import vocabulary

    lines = [PlainLine(3 * p + k, text, p) for p in range(1, 5)
             for k, text in enumerate([f"Row {'abcd'[p - 1]}", "—", f"{p}/4"])]
    kept, running = drop_running(lines, vocabulary("en"))
    assert [ln.text for ln in kept if ln.text == "—"] == ["—"] * 4
    assert not any("/" in ln.text for ln in kept)


def test_lone_lettered_paragraph_numbers_at_page_tops_are_not_running_lines() -> None:
    """A paragraph number with a letter ("29A.12") printed alone at the top of many
    pages looks like a running line once its digits are masked ("##A.##"); it is
    body when it continues the numbering. The section header there is running."""
    from unfascicle.extract.text_blocks import drop_running
    from unfascicle.extract.text_grid_entries import PlainLine
    from unfascicle.extract.text_vocab import vocabulary

    lines = [PlainLine(4 * p + k, text, p) for p in range(1, 6)
             for k, text in enumerate(["Section 29A", f"29A.{2 * p - 1}",
                                       f"Body text {'abcde'[p - 1]}.",
                                       f"29A.{2 * p} Next one {'fghij'[p - 1]}."])]
    kept, running = drop_running(lines, vocabulary("en"))
    assert [ln.text for ln in kept if " " not in ln.text] == [f"29A.{2 * p - 1}"
                                                              for p in range(1, 6)]
    assert running == ["Section 29A"]


def test_captions_at_page_tops_are_not_running_lines() -> None:
    """A caption ("Table 15.7") printed near the top of many pages looks like a running
    line once its digits are masked ("Table ##.#"); it is body. Regression: pypdfium2
    prints a page's footer on one line, so the next page's header sits nearer its
    caption; A/80/6 Sect. 15 lost 16 tables' captions (cells 20.87 %)."""
    from unfascicle.extract.text_blocks import drop_running
    from unfascicle.extract.text_grid_entries import PlainLine
    from unfascicle.extract.text_vocab import vocabulary

    lines = [PlainLine(4 * p + k, text, p) for p in range(1, 7)
             for k, text in enumerate(["Section 15 Human settlements", f"Table 15.{p}",
                                       f"Rows of table {'abcdef'[p - 1]}",
                                       f"{p}/6 25-04996"])]
    kept, running = drop_running(lines, vocabulary("en"))
    assert [ln.text for ln in kept if ln.text.startswith("Table")] == [
        f"Table 15.{p}" for p in range(1, 7)]
    assert "Section 15 Human settlements" in running


def test_running_head_printed_a_word_a_line_on_a_sideways_page() -> None:
    """A page set sideways prints its running head up its edge, which some
    extractors give a word a line ("Part", "IX", "Made-up", "affairs") at the page's
    end or start: those lines are running too; words alone that are not all the
    head's are body."""
    from unfascicle.extract.text_blocks import drop_running
    from unfascicle.extract.text_grid_entries import PlainLine
    from unfascicle.extract.text_vocab import vocabulary

    head = "Part IX Made-up affairs"
    pages = [[head, f"Body text {'abcde'[p - 1]}.", f"{p}/7 25-01234"] for p in range(1, 6)]
    pages.append(["Rows of a wide table 1 2", *head.split(), "6/7 25-01234"])
    pages.append([*head.split()[1:], "Rows of a wide table 3 4", "7/7 25-01234"])
    lines = [PlainLine(10 * p + k, text, p + 1) for p, page in enumerate(pages)
             for k, text in enumerate(page)]
    kept, running = drop_running(lines, vocabulary("en"))
    assert head in running
    assert [ln.text for ln in kept if ln.page == 6] == ["Rows of a wide table 1 2"]
    assert [ln.text for ln in kept if ln.page == 7] == [*head.split()[1:],
                                                        "Rows of a wide table 3 4"]


def test_job_and_page_numbers_amid_a_page_are_running_lines() -> None:
    """The job number and the page number printed at the foot of many pages are
    running also where the extractor put them amid the page's text."""
    from unfascicle.extract.text_blocks import drop_running
    from unfascicle.extract.text_grid_entries import PlainLine
    from unfascicle.extract.text_vocab import vocabulary

    def page(p: int) -> list[str]:
        body = [f"Text {c} of page {'abcdef'[p - 1]}." for c in "opqrstuvwxyz"]
        marks = ["26-04819", f"{p}/6"]
        return body[:6] + marks + body[6:] if p % 2 else body + marks

    lines = [PlainLine(20 * p + k, text, p) for p in range(1, 7)
             for k, text in enumerate(page(p))]
    kept, running = drop_running(lines, vocabulary("en"))
    assert [ln.text for ln in kept] == [t for p in range(1, 7) for t in page(p)
                                        if t.startswith("Text")]


def test_line_opening_with_a_comma_continues_the_line_above(tmp_path: Path) -> None:
    """A short line followed by one opening with a comma (the extractor broke the
    printed line after a closing bracket) does not end its paragraph."""
    path = _paged(tmp_path, [[
        "9.1 本次级方案将继续支持会员国制定和执行可持续城市发展的政策和计划。",
        "9.2 根据《2030 年议程》",
        "，特别是可持续发展目标中鼓励各组织将可持续性信息纳入各自报告周期的具体",
        "目标，人居署继续以多种方式逐步改善其业务和设施管理的环境管理业绩和能力。",
        "9.3 本次级方案的预算外资源将用于与提出请求的会员国开展技术合作项目。",
    ]])
    paras = [b for b in read_text(path).blocks if isinstance(b, Paragraph)]
    assert [p.number for p in paras] == ["9.1", "9.2", "9.3"]
    assert paras[1].text.startswith("根据《2030 年议程》，特别是")


def test_text_last_column_wrapped_under_itself(tmp_path: Path) -> None:
    """Column-aligned text: a line standing under a row's text last column (at or
    right of where that text starts) is that text wrapped, not a row label; a
    piece left of it on the line ends the row's label."""
    path = _paged(tmp_path, [[
        "9.1 员额见表 9.10。",
        "          表 9.10",
        "          总表：拟议员额",
        "          (员额数目)",
        "                    数",
        "                    目                                         详情",
        "          2023 年核定   82     1 个 USG、1 个 D-2、5 个 D-1、9 个 P-5、2 个",
        "                                                GS(OL)、23 个 LL",
        "          员额变动       —                                      —",
        "          2024 年拟     82     1 个 USG、1 个 D-2、5 个 D-1、9 个 P-5、2 个",
        "          议                                    GS(OL)、23 个 LL",
        "9.2 下一段。",
    ], ["9.3 再一段。"]])
    rows = tables(read_text(path))["表 9.10"].parts[0].rows
    assert [r.cells for r in rows] == [
        ["2023 年核定", "82", "1 个 USG、1 个 D-2、5 个 D-1、9 个 P-5、2 个GS(OL)、23 个 LL"],
        ["员额变动", "—", "—"],
        ["2024 年拟议", "82", "1 个 USG、1 个 D-2、5 个 D-1、9 个 P-5、2 个GS(OL)、23 个 LL"]]


def test_split_row_prefers_values_of_fewer_groups() -> None:
    """Figures one space apart with a space as thousands separator: of the readings
    with the columns' count, the one whose longest figure has the fewest groups."""
    split = split_row("10. Meetings of the Committee 3 130 762 2 250 2 250", 4)
    assert split.label == "10. Meetings of the Committee"
    assert split.values == ["3 130", "762", "2 250", "2 250"]


def test_paragraphs_numbered_without_a_section_are_read(tmp_path: Path) -> None:
    """A document numbered "1.", "2." (no section number; the text perhaps run into
    the number) has those paragraphs; a contents entry "1. … 8" and a heading
    "1. Office …" between paragraphs 2 and 3 are none, and so is a table's list."""
    path = _paged(tmp_path, [[
        "Contents",
        "1. Office of the Special Adviser on Cyprus............................ 8",
        "2. Office of the Special Adviser on Genocide.......................... 14",
    ], [
        "I. Resource overview",
        "1.The proposed resources for the missions amount to $52,138,800 in all.",
        "2.The overall increase of $5.1 million is attributable primarily to posts.",
        "1. Office of the Special Adviser on Cyprus",
        "3. The mandate of the Mission derives from the Security Council.",
        "4. In its resolution 2771 (2025), the Council supported the good offices.",
    ], [
        "5. The objective is to achieve a comprehensive settlement.",
        "6. To contribute to the objective, the Mission will work with the parties.",
    ]])
    paras = [b for b in read_text(path).blocks if isinstance(b, Paragraph)]
    assert [p.number for p in paras if p.number] == ["1", "2", "3", "4", "5", "6"]
    assert paras[0].text.startswith("The proposed resources")


def test_tables_captioned_without_a_section_are_read(tmp_path: Path) -> None:
    """"Table 1" (no section number, as in a document numbered "1.", "2.") captions
    a table."""
    path = _paged(tmp_path, [[
        "1.The proposed resources for the missions are shown in table 1.",
        "Table 1",
        "Financial resources",
        "(Thousands of United States dollars)",
        "Mission 2024 2025 2026",
        "Office of the Special Adviser on Cyprus 3 056.5 2 901.0 2 979.4",
        "Total 3 056.5 2 901.0 2 979.4",
        "2.The overall increase is attributable primarily to posts.",
    ]])
    table = tables(read_text(path))["Table 1"]
    assert [row.cells[-1] for row in table.parts[0].rows][-2:] == ["2 979.4", "2 979.4"]


# --- English column-aligned text (pdftotext -layout of full A/80/6 fascicles) ---------

def _aligned(label: str, *values: str, width: int = 8) -> str:
    """A row of column-aligned text: the label in a 30-character column, each value
    set flush right in a column ``width`` wide."""
    return f"    {label:<30}" + "".join(f"{v:>{width}}" for v in values)


_RESOLUTION_LINES = [
    ["Resolution", "Posts", "Other", "Total"], ["General Assembly resolutions"],
    ["75/314", "–", "37 800", "37 800"], ["79/1", "3 500", "(25 800)", "(22 300)"],
    ["Total", "3 500", "12 000", "15 500"]]


@pytest.mark.parametrize("aligned", [True, False], ids=["column-aligned", "plain"])
def test_rows_labelled_by_symbols_under_a_list_named_section_row(tmp_path: Path,
                                                                 aligned: bool) -> None:
    """A section row named like a mandate list ("General Assembly resolutions") over
    rows labelled by resolution symbols that print values is part of the table, not
    a mandate list that ends it; in text without column positions too, where that
    list heading just above the first row names the rows below, not the columns."""
    lines = [_aligned(*cells, width=12) if aligned else " ".join(cells)
             for cells in _RESOLUTION_LINES]
    path = _paged(tmp_path, [[
        "9.1 The requirements are shown in table 9.7.", "Table 9.7",
        "Requirements by resolution", "(United States dollars)", *lines,
        "9.2 Next paragraph.",
    ], ["9.3 Last paragraph."]])
    rows = tables(read_text(path))["Table 9.7"].parts[0].rows
    assert [r.cells for r in rows] == [
        ["General Assembly resolutions", "", "", ""],
        ["75/314", "–", "37 800", "37 800"], ["79/1", "3 500", "(25 800)", "(22 300)"],
        ["Total", "3 500", "12 000", "15 500"]]


def test_many_value_columns_and_a_year_in_the_label(tmp_path: Path) -> None:
    """A posts table of 16 value columns is read whole, and in column-aligned text a
    year one space after a label word ("Approved 2025") is the label's, not a value."""
    grades = ["USG", "ASG", "D-2", "D-1", "P-5", "P-4", "P-3", "P-2", "FS", "Sub",
              "NPO", "GS", "LL", "Sub", "UNV", "Total"]
    approved = ["1", "–", "–", "1", "3", "5", "1", "–", "4", "15", "–", "1", "5", "6", "–", "21"]
    proposed = ["1", "–", "1", "1", "3", "5", "1", "–", "4", "16", "–", "1", "5", "6", "–", "22"]
    change = ["–", "–", "1", "–", "–", "–", "–", "–", "–", "1", "–", "–", "–", "–", "–", "1"]
    path = _paged(tmp_path, [[
        "9.1 The posts are shown in table 9.8.", "Table 9.8", "Human resources",
        _aligned("", *grades, width=6),
        _aligned("Approved 2025", *approved, width=6),
        _aligned("Proposed 2026", *proposed, width=6),
        _aligned("Change", *change, width=6),
        "9.2 Next paragraph.",
    ]])
    rows = tables(read_text(path))["Table 9.8"].parts[0].rows
    assert [r.cells for r in rows] == [["Approved 2025", *approved],
                                       ["Proposed 2026", *proposed], ["Change", *change]]


def _aligned_posts_rows(tmp_path: Path, heads: list[str], approved: list[str]) -> list:
    """The rows read from a column-aligned posts table under ``heads``: two rows of
    ``approved`` and a row of changes, all dashes, one more printed between the
    first group's subtotal and the next column (a spacer only that row fills)."""
    change = _aligned("Change", *["–"] * len(heads), width=6)
    change = change[:52] + " –" + change[54:]  # the spacer's dash, right of Sub's
    path = _paged(tmp_path, [[
        "9.1 The posts are shown in table 9.8.", "Table 9.8", "Human resources",
        _aligned("", *heads, width=6),
        _aligned("Approved 2025", *approved, width=6),
        _aligned("Proposed 2026", *approved, width=6),
        change,
        "9.2 Next paragraph.",
    ], ["9.3 Last paragraph."]])
    return tables(read_text(path))["Table 9.8"].parts[0].rows


def test_column_only_a_change_row_prints(tmp_path: Path) -> None:
    """In column-aligned text a row printing one value more than the others, the
    extra one between two columns (a spacer column where only the row of changes
    prints its dash), adds a column there: the other rows are blank in it."""
    heads = ["P-5", "P-4", "Sub", "NPO", "GS", "Sub", "Total"]
    approved = ["1", "2", "3", "–", "4", "4", "7"]
    rows = _aligned_posts_rows(tmp_path, heads, approved)
    spaced = [*approved[:3], "", *approved[3:]]
    assert [r.cells for r in rows] == [["Approved 2025", *spaced], ["Proposed 2026", *spaced],
                                       ["Change", *["–"] * 8]]


def test_row_broken_at_a_raised_mark(tmp_path: Path) -> None:
    """Column-aligned text (two pages: lines keep their indents) of a row whose first
    figure bears a raised footnote mark set apart ("1   a"), the row's other values
    on the next line at their columns, is one row, the mark against its figure."""
    values = ["–", "2", "3", "–", "5"]
    raised = _aligned("Proposed 2026", "1", width=8) + "   a"
    path = _paged(tmp_path, [[
        "9.1 The posts are shown in table 9.8.", "Table 9.8", "Human resources",
        _aligned("", "USG", "P-5", "P-4", "Sub", "GS", "Total", width=8),
        _aligned("Approved 2025", "1a", *values, width=8),
        raised,
        _aligned("", "", *values, width=8),
        _aligned("Change", *["–"] * 6, width=8),
        "9.2 Next paragraph.",
    ], ["9.3 Last paragraph."]])
    rows = tables(read_text(path))["Table 9.8"].parts[0].rows
    assert [r.cells for r in rows] == [["Approved 2025", "1a", *values],
                                       ["Proposed 2026", "1a", *values],
                                       ["Change", *["–"] * 6]]


def test_heading_wrapped_in_lower_case_above_the_first_row(tmp_path: Path) -> None:
    """The rest of a heading word wrapped onto a line of its own ("Nationa" + "l"),
    just above the first row, is header, not a section row."""
    values = ["1", "2", "3", "6"]
    path = _paged(tmp_path, [[
        "9.1 The posts are shown in table 9.8.", "Table 9.8", "Human resources",
        _aligned("", "", "", "Nationa", width=10),
        _aligned("", "P-5", "P-4", "GS", "Total", width=10),
        _aligned("", "", "", "l", width=10),
        _aligned("Approved 2025", *values, width=10),
        _aligned("Proposed 2026", *values, width=10),
        "9.2 Next paragraph.",
    ], ["9.3 Last paragraph."]])
    rows = tables(read_text(path))["Table 9.8"].parts[0].rows
    assert [r.cells for r in rows] == [["Approved 2025", *values], ["Proposed 2026", *values]]


def test_lettered_note_under_the_last_row(tmp_path: Path) -> None:
    """A note lettered to the table's figures under its last row ("a Excludes …",
    or its letter set raised on a line of its own) is the table's note, not the rest
    of that row's label."""
    path = _paged(tmp_path, [[
        "9.1 The resources are shown in table 9.8.", "Table 9.8", "Resources",
        "Object of expenditure 2024 expenditurea 2025 approved",
        "Posts 48 984.4 53 346.3", "Total 51 649.6 108 109.0",
        "a Excludes expenditure in an amount of $1,658,200 incurred under the authority",
        "granted to the Secretary-General.",
        "9.2 Next paragraph.",
    ], ["9.3 Last paragraph."]])
    table = tables(read_text(path))["Table 9.8"]
    assert [r.cells for r in table.parts[0].rows] == [["Posts", "48 984.4", "53 346.3"],
                                                      ["Total", "51 649.6", "108 109.0"]]
    assert table.notes == ["a Excludes expenditure in an amount of $1,658,200 incurred under "
                           "the authority granted to the Secretary-General."]


def test_enumerated_label_wrapped_over_the_value_columns(tmp_path: Path) -> None:
    """Text without column positions: an enumerated row label printed over three
    lines, values on the last, runs wider than the labels printed beside values
    (the lines above the last have the value columns free); its last line opens
    with a capital ("Assembly 1 1 1 1") and is still the label's end."""
    path = _paged(tmp_path, [[
        "9.1 The deliverables are listed in table 9.8.", "Table 9.8",
        "Deliverables for the period 2025-2027", "2025 2025 2026 2027",
        "Category and subcategory planned actual planned planned",
        "A. Facilitation of the intergovernmental process and expert bodies",
        "Parliamentary documentation (number of documents) 1 1 1 1",
        "1. Progress report of the Board of the Register of Damage on the work it did in",
        "the year under review and on its plans for the coming years, for the General",
        "Assembly 1 1 1 1",
        "Substantive services for meetings (number of three-hour meetings) 3 3 3 3",
        "9.2 Next paragraph.",
    ], ["9.3 Last paragraph."]])
    rows = tables(read_text(path))["Table 9.8"].parts[0].rows
    assert [r.cells[0] for r in rows] == [
        "A. Facilitation of the intergovernmental process and expert bodies",
        "Parliamentary documentation (number of documents)",
        "1. Progress report of the Board of the Register of Damage on the work it did in the "
        "year under review and on its plans for the coming years, for the General Assembly",
        "Substantive services for meetings (number of three-hour meetings)"]
    assert rows[2].cells[1:] == ["1", "1", "1", "1"]


def test_known_label_qualified_after_a_comma(tmp_path: Path) -> None:
    """A label the edition knows and a comma ("Subtotal,") takes the figure after
    the comma ("Subtotal, 1") where the rest still reads as all the values, though
    "1 325 587.7" would read as one figure."""
    path = _paged(tmp_path, [[
        "9.1 The resources are shown in table 9.8.", "Table 9.8", "Resources",
        "Component expenditure approved estimate",
        "A. Policymaking organs 207.6 560.6 560.6",
        "D. Programme support 2 604.5 3 363.0 3 194.3",
        "Subtotal, 1 325 587.7 401 021.5 397 216.2",
        "9.2 Next paragraph.",
    ], ["9.3 Last paragraph."]])
    rows = tables(read_text(path))["Table 9.8"].parts[0].rows
    assert rows[-1].cells == ["Subtotal, 1", "325 587.7", "401 021.5", "397 216.2"]


def test_lettered_note_opening_with_a_figure(tmp_path: Path) -> None:
    """A lettered note under the last row may open with a figure ("a 2024
    expenditure reflects …"): it is the table's note, not the row's label."""
    path = _paged(tmp_path, [[
        "9.1 The resources are shown in table 9.8.", "Table 9.8", "Resources",
        "Object of expenditure 2024 expenditurea 2025 approved",
        "Posts 48 984.4 53 346.3", "Total 51 649.6 108 109.0",
        "a 2024 expenditure reflects the cost-saving measures.",
        "9.2 Next paragraph.",
    ], ["9.3 Last paragraph."]])
    table = tables(read_text(path))["Table 9.8"]
    assert table.parts[0].rows[-1].cells == ["Total", "51 649.6", "108 109.0"]
    assert table.notes == ["a 2024 expenditure reflects the cost-saving measures."]


def test_lettered_note_opening_with_an_ideograph(tmp_path: Path) -> None:
    """A lettered note of the Chinese edition opens with an ideograph ("a 不包括…"):
    it is the table's note, not the rest of the total row's label."""
    path = _paged(tmp_path, [[
        "9.1 所需资源见表9.8。", "表 9.8", "资源",
        "支出用途 2024年支出a 2025年批款",
        "员额 48 984.4 53 346.3", "共计 51 649.6 108 109.0",
        "a 不包括根据秘书长授权支出的1 658 200美元。",
        "9.2 下一段。",
    ], ["9.3 最后一段。"]])
    table = tables(read_text(path))["表 9.8"]
    assert [r.cells for r in table.parts[0].rows] == [["员额", "48 984.4", "53 346.3"],
                                                      ["共计", "51 649.6", "108 109.0"]]
    assert table.notes == ["a 不包括根据秘书长授权支出的1 658 200美元。"]


def test_section_row_running_over_the_first_value_column(tmp_path: Path) -> None:
    """Column-aligned text: a line just above the first row, set where the rows'
    labels start and printed in one piece, is a section row though it runs on over
    the first value column; header lines are pieces parted by gutters."""
    path = _paged(tmp_path, [[
        "9.1 The resources are shown in table 9.8.", "Table 9.8", "Resources",
        _aligned("", "2024", "2025", "2026", width=12),
        _aligned("", "expenditure", "approved", "estimate", width=12),
        "    Financial resources by main category of expenditure",
        _aligned("Posts", "4 271.6", "4 474.1", "4 474.1", width=12),
        _aligned("Non-post", "115.8", "92.0", "92.0", width=12),
        "9.2 Next paragraph.",
    ], ["9.3 Last paragraph."]])
    rows = tables(read_text(path))["Table 9.8"].parts[0].rows
    assert [r.cells for r in rows] == [
        ["Financial resources by main category of expenditure", "", "", ""],
        ["Posts", "4 271.6", "4 474.1", "4 474.1"], ["Non-post", "115.8", "92.0", "92.0"]]


def test_enumerated_section_row_wrapped_above_the_first_row(tmp_path: Path) -> None:
    """Column-aligned text: an enumerated section row whose label wraps onto a line
    in lower case ("bodies", set where the label starts, as LibreOffice prints it)
    just above the first row is a row, both lines of it, not header."""
    path = _paged(tmp_path, [[
        "9.1 The deliverables are listed in table 9.5.", "Table 9.5",
        "Deliverables for the period 2025–2027, by category and subcategory",
        _aligned("", "2025", "2025", "2026", width=12),
        _aligned("Category and subcategory", "planned", "actual", "planned", width=12),
        "A.     Facilitation of the intergovernmental process and expert",
        "bodies",
        _aligned("    Parliamentary documentation", "4", "4", "3", width=12),
        _aligned("    1.     Reports to the General Assembly", "2", "2", "1", width=12),
        "9.2 Next paragraph.",
    ], ["9.3 Last paragraph."]])
    rows = tables(read_text(path))["Table 9.5"].parts[0].rows
    assert [r.cells for r in rows][:2] == [
        ["A.     Facilitation of the intergovernmental process and expert bodies", "", "", ""],
        ["Parliamentary documentation", "4", "4", "3"]]


def test_known_group_row_over_the_first_row_of_plain_text(tmp_path: Path) -> None:
    """Text without column positions: a row label the edition knows heading a group
    of rows ("Professional and higher") just above the first row is a row."""
    path = _paged(tmp_path, [[
        "9.1 The posts are shown in table 9.8.", "Table 9.8", "Posts by grade",
        "(Number of posts)",
        "Category and grade 2025 approved Change 2026 proposed",
        "Professional and higher",
        "D-2 1 – 1", "P-4 11 – 11", "Subtotal 12 – 12",
        "9.2 Next paragraph.",
    ], ["9.3 Last paragraph."]])
    rows = tables(read_text(path))["Table 9.8"].parts[0].rows
    assert [r.cells for r in rows] == [
        ["Professional and higher", "", "", ""], ["D-2", "1", "–", "1"],
        ["P-4", "11", "–", "11"], ["Subtotal", "12", "–", "12"]]


def test_numbered_label_wrapped_under_its_number(tmp_path: Path) -> None:
    """Column-aligned text: a line without values set where the text of a numbered
    label above starts ("4. Coordination meetings … Security  5 10", "   Council") is
    the end of that label; one set at the number's column is a section row."""
    def row(label: str, *values: str) -> str:
        return f"    {label:<60}" + "".join(f"{v:>8}" for v in values)

    path = _paged(tmp_path, [[
        "9.1 The deliverables are shown in table 9.5.", "Table 9.5", "Deliverables",
        " " * 64 + "    2025    2026",
        row("Substantive services for meetings", "16", "16"),
        row("4. Coordination meetings of the Security Council and the", "5", "10"),
        "       African Union Peace and Security Council",
        row("5. Meetings of the Fifth Committee", "1", "1"),
        "    Publications on statistics",
        row("6. Demographic Yearbook", "1", "1"),
        "9.2 Next paragraph.",
    ], ["9.3 Last paragraph."]])
    rows = tables(read_text(path))["Table 9.5"].parts[0].rows
    assert [r.cells for r in rows] == [
        ["Substantive services for meetings", "16", "16"],
        ["4. Coordination meetings of the Security Council and the African Union Peace and "
         "Security Council", "5", "10"],
        ["5. Meetings of the Fifth Committee", "1", "1"],
        ["Publications on statistics", "", ""], ["6. Demographic Yearbook", "1", "1"]]


def test_captionless_annex_table_under_its_title_and_unit(tmp_path: Path) -> None:
    """An annex's summary table printed without caption is known by its title with a
    unit line under it and rows of values below: the title and unit are its caption
    (the annex heading above is not run on into it, nor into a job number printed
    alone on a page set sideways, which is a running line); a line of years over
    some columns only is header, and a footnote letter one space after a figure
    stays with it."""
    footer = ["", "24-01234   3/4"]
    path = _paged(tmp_path, [
        ["9.1 The summary is given in annex III.", "9.2 Other resources are shown there.",
         *footer],
        ["Annex III", " 24-01234", "",
         "            Overall summary of financial and post resources",
         "(Thousands of United States dollars)", "",
         _aligned("", "2025", "2026", "", "2025", "2026", "", width=10),
         _aligned("", "approved", "estimate", "Variance", "estimate", "estimate", "Variance",
                  width=10),
         _aligned("Financial resources"),
         _aligned("Office of the Commissioner", "246 472.0", "249 426.7", "2 954.7",
                  "2 503.3", "3 175.1", "671.8", width=10),
         _aligned("Committee on Missing Persons", "694.5", "694.5", "–", "–", "–", "–",
                  width=10),
         _aligned("Post resources"),
         _aligned("Office of the Commissioner", "641 a", "702a", "61", "10b", "13b", "3",
                  width=10),
         *footer],
    ])
    layout = read_text(path)
    heading = next(b for b in layout.blocks if isinstance(b, Heading) and "Annex" in b.text)
    assert heading.text == "Annex III"
    table = next(b for b in layout.blocks if isinstance(b, Table))
    assert table.caption == ["Overall summary of financial and post resources",
                             "(Thousands of United States dollars)"]
    assert [r.cells for r in table.parts[0].rows] == [
        ["Financial resources", "", "", "", "", "", ""],
        ["Office of the Commissioner", "246 472.0", "249 426.7", "2 954.7", "2 503.3",
         "3 175.1", "671.8"],
        ["Committee on Missing Persons", "694.5", "694.5", "–", "–", "–", "–"],
        ["Post resources", "", "", "", "", "", ""],
        ["Office of the Commissioner", "641a", "702a", "61", "10b", "13b", "3"]]


def test_prose_lines_full_to_the_measure_beside_wide_table_lines(tmp_path: Path) -> None:
    """In column-aligned text a paragraph's lines run on to its end although wide
    table lines (text columns parted by gutters) outnumber them, and although facing
    pages indent the text differently: full lines are measured on prose lines, from
    each page's body indent."""
    def wrapped(subject: str) -> list[str]:
        """A paragraph's lines, the first ending in a figure (no Latin word wrap)."""
        return [f"The {subject} will support the implementation of the Agenda for 2030",
                f"in the region with advice on the planning of cities; the {subject} will",
                f"train its {subject} staff on data about housing, land and services (the",
                f"{subject} will publish guidance on each of these subjects next year)."]

    subjects = ["office", "division", "unit", "service"]

    def para(indent: int, k: int) -> list[str]:
        first, *rest = wrapped(subjects[k - 1])
        return [f"{' ' * indent}9.{k}   {first}", *(f"{' ' * (indent + 7)}{ln}" for ln in rest)]

    wide = [f"    Mandate: resolution {k} of the General Assembly on housing      "
            f"Membership: 15 government officials and observers      Sessions: continuous"
            for k in range(30)]
    path = _paged(tmp_path, [[*para(10, 1), *para(10, 2)],
                             [*para(24, 3), "Table 9.9", "Policymaking organs", *wide,
                              *para(24, 4)]])
    # (lines are joined as the reader joins them; spacing between them not asserted)
    paras = {b.number: "".join(b.text.split())
             for b in read_text(path).blocks if isinstance(b, Paragraph)}
    assert [paras.get(f"9.{k}") for k in range(1, 5)] == [
        "".join("".join(wrapped(subject)).split()) for subject in subjects]


def test_annex_numbering_its_own_paragraphs(tmp_path: Path) -> None:
    """A document numbered by section whose annex numbers its paragraphs "1.", "2."
    has those as numbered paragraphs; rows numbered so in a table before the annex
    (deliverables) stay rows of their table."""
    path = _paged(tmp_path, [[
        "9.1 The deliverables are listed in table 9.2.", "Table 9.2", "Deliverables",
        _aligned("", "2025", "2026", width=10), _aligned("Category", "actual", "planned", width=10),
        _aligned("1. Reports to the Assembly", "4", "5", width=10),
        _aligned("2. Notes to the Assembly", "1", "2", width=10),
        "9.2 The office will report on its work.",
    ], [
        "Annex I", "Background and methodology",
        "1. In its resolution the Assembly asked for an assessment.",
        "2. The assessment covers the regional offices.",
    ]])
    layout = read_text(path)
    rows = tables(layout)["Table 9.2"].parts[0].rows
    assert [r.cells[0] for r in rows] == ["1. Reports to the Assembly",
                                          "2. Notes to the Assembly"]
    paras = [(b.number, b.text) for b in layout.blocks if isinstance(b, Paragraph)]
    assert paras[-2:] == [("1", "In its resolution the Assembly asked for an assessment."),
                          ("2", "The assessment covers the regional offices.")]


def test_footnote_letter_alone_on_a_line_makes_no_cell(tmp_path: Path) -> None:
    """A raised footnote letter the extraction set on a line of its own below a row
    is no part of the row's label nor a row of its own."""
    path = _paged(tmp_path, [[
        "9.1 The deliverables are listed in table 9.3.", "Table 9.3", "Deliverables",
        _aligned("", "2025", "2026", "2027", width=10),
        _aligned("Category", "actual", "planned", "planned", width=10),
        _aligned("8. Meetings of the Committee", "52", "24 c", "26", width=10),
        " " * 52 + "d",
        _aligned("9. Meetings of the Board", "21", "16", "21", width=10),
        "9.2 Next paragraph.",
    ]])
    rows = tables(read_text(path))["Table 9.3"].parts[0].rows
    assert [r.cells for r in rows] == [["8. Meetings of the Committee", "52", "24c", "26"],
                                       ["9. Meetings of the Board", "21", "16", "21"]]


def test_column_aligned_text_column_beside_values(tmp_path: Path) -> None:
    """A table of column-aligned text with a text column between labels and values
    (policymaking organs): a line with a label and all its values starts a row, label
    pieces below go on in its label, text pieces in its text, a piece opening a field
    ("Membership:") is a row of its own; the header repeated on the next page, with
    the text column elsewhere, is skipped."""
    def line(label: str, text: str, *values: str, at: int = 30) -> str:
        return f"{label:<{at}}{text:<48}" + "".join(f"{v:>10}" for v in values)

    head = [" " * 82 + "2025      2026", line("Policymaking organ", "Additional information",
                                                "approved", "estimate")]
    path = _paged(tmp_path, [[
        "9.1 The organs are listed in table 9.4.", "Table 9.4", "Policymaking organs",
        "(Thousands of United States dollars)", *head,
        line("Security Council", "Mandate: Article 7 of the Charter", "95.9", "95.9"),
        line("", "Membership: 15 government officials"),
        line("Committee on the Exercise of", "Mandate: General Assembly resolution", "33.5", "33.5"),
        line("the Rights of the People", "3376 (XXX)"),
        line("", "Number of sessions in 2026: 7"),
    ], [
        " " * 84 + "2025      2026", line("Policymaking organ", "Additional information",
                                           "approved", "estimate", at=32),
        line("Military Staff Committee", "Mandate: Article 47 of the Charter", "–", "–", at=32),
        line("", "Membership: 5", at=32),
        "9.2 Next paragraph.",
    ]])
    part = tables(read_text(path))["Table 9.4"].parts[0]
    assert [c.text for c in part.header[0]] == [
        "Policymaking organ", "Additional information", "2025 approved", "2026 estimate"]
    assert [r.cells for r in part.rows] == [
        ["Security Council", "Mandate: Article 7 of the Charter", "95.9", "95.9"],
        ["", "Membership: 15 government officials", "", ""],
        ["Committee on the Exercise of the Rights of the People",
         "Mandate: General Assembly resolution 3376 (XXX)", "33.5", "33.5"],
        ["", "Number of sessions in 2026: 7", "", ""],
        ["Military Staff Committee", "Mandate: Article 47 of the Charter", "–", "–"],
        ["", "Membership: 5", "", ""]]


def test_paragraph_number_left_out_in_print(tmp_path: Path) -> None:
    """A document that leaves one paragraph number out ("9.2", then "9.4") goes on
    with the next where the number after it starts a line too."""
    path = _paged(tmp_path, [[
        "9.1 The resources are shown in table 9.5.", "Table 9.5", "Resources",
        _aligned("", "2025", "2026", width=10), _aligned("Posts", "12.0", "14.0", width=10),
        _aligned("Total", "12.0", "14.0", width=10),
        "9.3 Staff travel less than before.", "9.4 Costs fall a little.",
    ]])
    layout = read_text(path)
    assert [r.cells[0] for r in tables(layout)["Table 9.5"].parts[0].rows] == ["Posts", "Total"]
    paras = [b.number for b in layout.blocks if isinstance(b, Paragraph)]
    assert paras == ["9.1", "9.3", "9.4"]


def test_column_aligned_details_column_after_the_values(tmp_path: Path) -> None:
    """A posts table whose text column comes last ("Number", "Details"), under a note
    on abbreviations printed above its header: a line with a label starts a row; a
    details line alone goes on in the details above where that line was full, else is
    a row of its own."""
    def line(label: str, number: str, details: str) -> str:
        return f"{label:<24}{number:>6}    {details}"

    path = _paged(tmp_path, [[
        "9.1 The posts are shown in table 9.6.", "Table 9.6", "Proposed posts",
        "(Number of posts)",
        "     Note: The following abbreviations are used in the tables: GS, General Service;",
        "     USG, Under-Secretary-General.",
    ], [
        " " * 24 + "Number    Details",
        line("Approved for 2025", "641", "1 USG, 2 ASG, 3 D-2, 12 D-1, 47 P-5, 158 P-4, 230 P-3, 52 P-2,"),
        line("", "", "26 NPO"),
        line("Establishment", "59", "2 D-1, 6 P-4, 29 P-3"),
        line("", "", "1 D-1 Bangkok, 1 D-1 Beirut"),
        line("", "", "5 P-3 Addis Ababa, 2 P-3 Bangkok, 3 P-3 Beirut, 4 P-3 Dakar, 7 P-3"),
        line("", "", "Geneva"),
        line("Proposed for 2026", "702", "1 USG, 2 ASG, 3 D-2, 14 D-1"),
        "9.2 Next paragraph.",
    ]])
    table = tables(read_text(path))["Table 9.6"]
    part = table.parts[0]
    assert [c.text for c in part.header[0]] == ["", "Number", "Details"]
    assert [r.cells for r in part.rows] == [
        ["Approved for 2025", "641",
         "1 USG, 2 ASG, 3 D-2, 12 D-1, 47 P-5, 158 P-4, 230 P-3, 52 P-2, 26 NPO"],
        ["Establishment", "59", "2 D-1, 6 P-4, 29 P-3"],
        ["", "", "1 D-1 Bangkok, 1 D-1 Beirut"],
        ["", "", "5 P-3 Addis Ababa, 2 P-3 Bangkok, 3 P-3 Beirut, 4 P-3 Dakar, 7 P-3 Geneva"],
        ["Proposed for 2026", "702", "1 USG, 2 ASG, 3 D-2, 14 D-1"]]
    assert table.notes[0].startswith("Note: The following abbreviations")


def test_details_table_label_wrapped_in_lower_case(tmp_path: Path) -> None:
    """In a table whose text column comes last, a label piece alone in lower case on
    the line below a row ("Reassignment/" + "redeployment") goes on in its label."""
    def line(label: str, number: str, details: str) -> str:
        return f"{label:<24}{number:>6}    {details}"

    path = _paged(tmp_path, [[
        "9.1 The posts are shown in table 9.6.", "Table 9.6", "Proposed posts",
        "(Number of posts)",
    ], [
        " " * 24 + "Number    Details",
        line("Approved for 2025", "641", "1 USG, 2 ASG, 3 D-2"),
        line("Reassignment/", "–", "1 GS (PL) from subprogramme 3 to programme support"),
        line("redeployment", "", ""),
        line("Proposed for 2026", "641", "1 USG, 2 ASG, 3 D-2"),
        "9.2 Next paragraph.",
    ]])
    rows = tables(read_text(path))["Table 9.6"].parts[0].rows
    assert [r.cells for r in rows] == [
        ["Approved for 2025", "641", "1 USG, 2 ASG, 3 D-2"],
        ["Reassignment/redeployment", "–", "1 GS (PL) from subprogramme 3 to programme support"],
        ["Proposed for 2026", "641", "1 USG, 2 ASG, 3 D-2"]]


def test_split_leading_year_after_a_label_word() -> None:
    """A row whose text column comes last: a year after a label word is the label's
    where figures follow it ("Approved for 2025 283 1 USG, …")."""
    split = split_leading("Approved for 2025 283 1 USG, 3 ASG", 2)
    assert split is not None
    assert (split.label, split.values) == ("Approved for 2025", ["283", "1 USG, 3 ASG"])


def test_details_table_without_column_positions(tmp_path: Path) -> None:
    """Text without column positions of a table whose text column comes last (its
    first line "Number Details", no line ending in values): a line opening with a
    capitalised label and a number starts a row; other lines go on in its text, or
    in its label where that ends as a word broken over lines ("Reassignment/")."""
    path = _paged(tmp_path, [[
        "9.1 The posts are shown in table 9.6.", "Table 9.6", "Proposed posts",
        "(Number of posts)", "Number Details",
        "Approved for 2025 283 1 USG, 3 ASG, 9 D-2",
        "Establishment 8 1 P-5 under Executive direction and management",
        "3 P-4, 3 P-3, and 1 GS (OL) under subprogramme 1",
        "Reassignment/ – 1 GS (PL) from subprogramme 3",
        "redeployment",
        "Proposed for 2026 291 1 USG, 3 ASG, 9 D-2",
        "9.2 Next paragraph.",
    ], ["9.3 Last paragraph."]])
    part = tables(read_text(path))["Table 9.6"].parts[0]
    assert [c.text for c in part.header[0]] == ["", "Number", "Details"]
    assert [r.cells for r in part.rows] == [
        ["Approved for 2025", "283", "1 USG, 3 ASG, 9 D-2"],
        ["Establishment", "8", "1 P-5 under Executive direction and management 3 P-4, 3 P-3, "
                               "and 1 GS (OL) under subprogramme 1"],
        ["Reassignment/redeployment", "–", "1 GS (PL) from subprogramme 3"],
        ["Proposed for 2026", "291", "1 USG, 3 ASG, 9 D-2"]]


def test_details_table_without_positions_broken_heading_and_listed_lines(
        tmp_path: Path) -> None:
    """A text-last table without column positions whose "Number" heading is broken
    over two lines by a narrow column ("Numbe" + "r Details", repeated on the next
    page): the header is read whole and its repeat skipped. A text line after a
    short one (room left for its first word) is a row of its own, text only; after a
    full one, or one ending in a comma (a footnote mark after it aside), it goes on
    in the text above."""
    path = _paged(tmp_path, [[
        "9.1 The posts are shown in table 9.6.", "Table 9.6", "Proposed posts",
        "(Number of posts)", "Numbe", "r Details",
        "Approved for 2025 641 1 USG, 2 ASG, 3 D-2, 12 D-1, 47 P-5, 158 P-4, 230 P-3, 52 P-2/1,",
        "4 GS (PL)",
        "Establishment 59 2 D-1, 6 P-4, 29 P-3, 10 P-2/1",
    ], ["Numbe", "r Details",
        "1 D-1 Bangkok, 1 D-1 Beirut",
        "1 P-4 Addis Ababa, 1 P-4 Beirut, 2 P-4 Geneva, 2 P-4 Vienna, 2 P-3 Bangkok,",
        "3 P-3 Beirut",
        "1 NPO Addis Ababa, 2 NPO Dakar",
        "Proposed for 2026 702 1 USG, 2 ASG, 3 D-2, 14 D-1, 47 P-5, 164 P-4, 261 P-3, 62 P-2/1,a",
        "4 GS (PL)",
        "9.2 Next paragraph.",
    ], ["9.3 Last paragraph."]])
    part = tables(read_text(path))["Table 9.6"].parts[0]
    assert [c.text for c in part.header[0]] == ["", "Number", "Details"]
    assert [r.cells for r in part.rows] == [
        ["Approved for 2025", "641", "1 USG, 2 ASG, 3 D-2, 12 D-1, 47 P-5, 158 P-4, 230 P-3, "
                                     "52 P-2/1, 4 GS (PL)"],
        ["Establishment", "59", "2 D-1, 6 P-4, 29 P-3, 10 P-2/1"],
        ["", "", "1 D-1 Bangkok, 1 D-1 Beirut"],
        ["", "", "1 P-4 Addis Ababa, 1 P-4 Beirut, 2 P-4 Geneva, 2 P-4 Vienna, 2 P-3 Bangkok, "
                 "3 P-3 Beirut"],
        ["", "", "1 NPO Addis Ababa, 2 NPO Dakar"],
        ["Proposed for 2026", "702", "1 USG, 2 ASG, 3 D-2, 14 D-1, 47 P-5, 164 P-4, 261 P-3, "
                                     "62 P-2/1,a 4 GS (PL)"]]


def test_spacer_column_printed_only_by_the_row_of_changes_without_positions(
        tmp_path: Path) -> None:
    """Text without column positions of a posts table whose row of changes prints
    one dash more than the other rows (a spacer column between column groups): the
    spacer follows the first group, as the figures show it (each group closed by its
    subtotal, the last value their total), blank in the other rows."""
    path = _paged(tmp_path, [[
        "9.1 The posts are shown in table 9.6.", "Table 9.6", "Human resources",
        "International staff National staff",
        "USG D-1 P-4 Subtotal NPO GS Subtotal Total",
        "Approved 2025 1 – 3 4 1a 2 3 7",
        "Proposed 2026 1 2 4 7 1a 2 3 10",
        "Change – 2 1 3 – – – – 3",
        "9.2 Next paragraph.",
    ], ["9.3 Last paragraph."]])
    rows = tables(read_text(path))["Table 9.6"].parts[0].rows
    assert [r.cells for r in rows] == [
        ["Approved 2025", "1", "–", "3", "4", "", "1a", "2", "3", "7"],
        ["Proposed 2026", "1", "2", "4", "7", "", "1a", "2", "3", "10"],
        ["Change", "–", "2", "1", "3", "–", "–", "–", "–", "3"]]


def test_spacer_after_the_first_group_is_set_after_every_group_but_the_last(
        tmp_path: Path) -> None:
    """A posts table whose row of changes prints the spacer after its first column
    group has one after each later group but the last too, though no row prints it
    (LibreOffice prints nothing in a spacer no row fills): blank in every row, the
    groups read from the rows' subtotals (a footnote letter after a count kept)."""
    path = _paged(tmp_path, [[
        "9.1 The posts are shown in table 9.6.", "Table 9.6", "Human resources",
        "International staff National staff Volunteers",
        "USG P-4 Subtotal NPO GS Subtotal International National Subtotal Total",
        "Approved 2025 1 3 4 1 2c 3 – 5 5 12",
        "Proposed 2026 1 4b 5 1 2c 3 1 5 6 14",
        "Change – 1 1 – – – – 1 – 1 2",
        "9.2 Next paragraph.",
    ], ["9.3 Last paragraph."]])
    rows = tables(read_text(path))["Table 9.6"].parts[0].rows
    assert [r.cells for r in rows] == [
        ["Approved 2025", "1", "3", "4", "", "1", "2c", "3", "", "–", "5", "5", "12"],
        ["Proposed 2026", "1", "4b", "5", "", "1", "2c", "3", "", "1", "5", "6", "14"],
        ["Change", "–", "1", "1", "–", "–", "–", "–", "", "1", "–", "1", "2"]]


def test_later_spacers_stay_out_where_the_groups_read_in_doubt(tmp_path: Path) -> None:
    """Where the later groups hold only nils, their ends read several ways, and the
    header prints no subtotal headings to tell how many groups there are: the spacer
    the row of changes prints is the only one added."""
    path = _paged(tmp_path, [[
        "9.1 The posts are shown in table 9.6.", "Table 9.6", "Human resources",
        "International staff National staff Volunteers",
        "Approved 2025 1 3 4 – – – – – – 4",
        "Proposed 2026 1 4 5 – – – – – – 5",
        "Change – 1 1 – – – – – – – 1",
        "9.2 Next paragraph.",
    ], ["9.3 Last paragraph."]])
    rows = tables(read_text(path))["Table 9.6"].parts[0].rows
    assert [r.cells for r in rows] == [
        ["Approved 2025", "1", "3", "4", "", *["–"] * 6, "4"],
        ["Proposed 2026", "1", "4", "5", "", *["–"] * 6, "5"],
        ["Change", "–", "1", "1", *["–"] * 7, "1"]]


@pytest.mark.parametrize("grade", ["GS", "GS (OL)"])
def test_later_spacers_follow_the_headers_subtotals_where_nils_leave_groups_in_doubt(
        tmp_path: Path, grade: str) -> None:
    """Later groups of nils read several ways (two groups or three, the second
    closing at either of two nils): the header's three subtotal headings tell three
    groups, and their places on its line where the second ends (a heading wrapped
    over the lines around it, "Nationa" + "l", moves only the last group's, which
    the total fixes; a grade of two words, "GS (OL)", is one heading)."""
    path = _paged(tmp_path, [[
        "9.1 The posts are shown in table 9.6.", "Table 9.6", "Human resources",
        "International staff National staff Volunteers", "Nationa",
        f"USG P-4 Subtotal NPO {grade} LL Subtotal International Subtotal Total", "l",
        "Approved 2025 1 3 4 – – – – – – – 4",
        "Proposed 2026 1 4 5 – – – – – – – 5",
        "Change – 1 1 – – – – – – – – 1",
        "9.2 Next paragraph.",
    ], ["9.3 Last paragraph."]])
    rows = tables(read_text(path))["Table 9.6"].parts[0].rows
    assert [r.cells for r in rows] == [
        ["Approved 2025", "1", "3", "4", "", *["–"] * 4, "", *["–"] * 3, "4"],
        ["Proposed 2026", "1", "4", "5", "", *["–"] * 4, "", *["–"] * 3, "5"],
        ["Change", "–", "1", "1", *["–"] * 5, "", *["–"] * 3, "1"]]


def test_later_spacers_in_column_aligned_text(tmp_path: Path) -> None:
    """Column-aligned text: the spacer the row of changes prints between two columns
    is followed by one after each later group but the last, blank in every row."""
    heads = ["P-5", "P-4", "Sub", "NPO", "GS", "Sub", "Int", "Nat", "Sub", "Total"]
    approved = ["1", "2", "3", "–", "4", "4", "1", "2", "3", "10"]
    rows = _aligned_posts_rows(tmp_path, heads, approved)
    spaced = [*approved[:3], "", *approved[3:6], "", *approved[6:]]
    assert [r.cells for r in rows] == [["Approved 2025", *spaced], ["Proposed 2026", *spaced],
                                       ["Change", *["–"] * 7, "", *["–"] * 4]]


def test_value_printed_on_a_wrapped_labels_first_line_fills_its_blank(tmp_path: Path) -> None:
    """Column-aligned text of a row whose label wraps, one value set on the label's
    first line (at the top of its cell) and the others on its last: the value fills
    the row's blank cell, and the label keeps only its words."""
    wrapped = _aligned("2. Workshops on subjects relating to the", "–", width=10)
    path = _paged(tmp_path, [[
        "9.1 The deliverables are shown in table 9.6.", "Table 9.6", "Deliverables",
        _aligned("Category and subcategory", "2024", "2024", "2025", "2026", width=10),
        _aligned("", "planned", "actual", "planned", "planned", width=10),
        _aligned("1. Meetings of the Board", "3", "4", "3", "3", width=10),
        wrapped,
        _aligned("process of peace", "", "20", "30", "30", width=10),
        _aligned("3. Meetings of the Committee", "5", "5", "6", "6", width=10),
        "9.2 Next paragraph.",
    ], ["9.3 Last paragraph."]])
    rows = tables(read_text(path))["Table 9.6"].parts[0].rows
    assert [r.cells for r in rows][-2:] == [
        ["2. Workshops on subjects relating to the process of peace", "–", "20", "30", "30"],
        ["3. Meetings of the Committee", "5", "5", "6", "6"]]


def _deliverables_rows(tmp_path: Path, wrapped_row: list[str]) -> list[list[str]]:
    """The rows of a deliverables table without column positions whose header
    prints a heading a line, the ``wrapped_row`` lines between two rows."""
    path = _paged(tmp_path, [[
        "9.1 The deliverables are shown in table 9.6.", "Table 9.6", "Deliverables",
        "Category and subcategory", "2024", "planned", "2024", "actual", "2025", "planned",
        "2026", "planned", "B. Generation and transfer of knowledge",
        "Seminars and training events (number of days) – 20 30 30",
        *wrapped_row,
        "3. Meetings of the Committee 5 5 6 6",
        "9.2 Next paragraph.",
    ], ["9.3 Last paragraph."]])
    return [r.cells for r in tables(read_text(path))["Table 9.6"].parts[0].rows]


def test_values_alone_over_two_lines_under_a_wrapped_label_are_one_rows(
        tmp_path: Path) -> None:
    """A wrapped label's row whose value printed at the top of its cell comes on a
    line of its own under the label, the others on the next line: the two lines of
    values alone, four together, are the row's four values, no blank guessed."""
    rows = _deliverables_rows(tmp_path, [
        "2. Workshops on subjects relating to the", "process of peace", "–", "20 30 30"])
    assert rows[-2:] == [
        ["2. Workshops on subjects relating to the process of peace", "–", "20", "30", "30"],
        ["3. Meetings of the Committee", "5", "5", "6", "6"]]


def test_value_alone_right_above_a_wrapped_label_fills_its_rows_blank(
        tmp_path: Path) -> None:
    """The value printed at the top of a wrapped label's cell, given by the
    extraction on a line of its own right above the label's first line (its
    baseline a little higher): it fills the blank left by the values beside the
    label's last line."""
    rows = _deliverables_rows(tmp_path, [
        "–", "2. Workshops on subjects relating to the", "process of peace 20 30 30"])
    assert rows[-2:] == [
        ["2. Workshops on subjects relating to the process of peace", "–", "20", "30", "30"],
        ["3. Meetings of the Committee", "5", "5", "6", "6"]]


def test_year_columns_split_small_figures_despite_a_sentence_with_a_figure(
        tmp_path: Path) -> None:
    """Figures that also read as fewer values by thousands groups ("110 155" as one)
    are split into the four year columns the header names; a row of words whose
    sentence holds a figure ("... for 152 permanent missions.") is no row of values
    that must read so."""
    path = _paged(tmp_path, [[
        "9.1 The deliverables are shown in table 9.6.", "Table 9.6", "Deliverables",
        "2024 2024 2025 2026", "Category and subcategory planned actual planned planned",
        "A. Facilitation of the intergovernmental process",
        "1. Meetings of the Board 110 155 160 160",
        "2. Meetings of the Committee 560 554 560 615",
        "C. Substantive deliverables",
        "Consultation and advice: informational session for 152 permanent missions.",
        "9.2 Next paragraph.",
    ], ["9.3 Last paragraph."]])
    rows = tables(read_text(path))["Table 9.6"].parts[0].rows
    assert {r.cells[0]: r.cells[1:] for r in rows if r.cells and r.cells[0][:1] in "12"} == {
        "1. Meetings of the Board": ["110", "155", "160", "160"],
        "2. Meetings of the Committee": ["560", "554", "560", "615"]}
    # the sentence wider than the label column is text across the row, as a PDF's
    # merged cell is (here run on from the heading above it, as wide as this narrow
    # label column)
    assert rows[-1].span is not None and rows[-1].span.endswith(
        "Consultation and advice: informational session for 152 permanent missions.")


def test_labels_wrapped_in_a_narrow_label_column_without_positions(tmp_path: Path) -> None:
    """Text without column positions of a table whose label column is narrow, each
    label wrapped with its values on its last line: the column is as wide as a label
    line that goes on in lower case beside the next row's values ("Committee on
    Missing Persons" over "in Cyprus"), so lines as wide wrap into the row below;
    the lines under a row label the edition knows ("Financial resources") and above
    the first values, naming no column, are rows, not header."""
    path = _paged(tmp_path, [[
        "9.1 The resources are shown in table 9.6.", "Table 9.6", "Overall summary",
        "(Thousands of United States dollars)", "2025 2026", "approved estimate Variance",
        "Financial resources",
        "Office of the United Nations", "High Commissioner for Human",
        "Rights 246 472.0 249 426.7 2 954.7",
        "Committee on Missing Persons", "in Cyprus 694.5 694.5 –",
        "Independent Institution on", "Missing Persons in the Syrian",
        "Arab Republic 11 057.5 12 834.2 1 776.7",
        "Total 258 224.0 262 955.4 4 731.4",
        "9.2 Next paragraph.",
    ], ["9.3 Last paragraph."]])
    rows = tables(read_text(path))["Table 9.6"].parts[0].rows
    assert [r.cells for r in rows] == [
        ["Financial resources", "", "", ""],
        ["Office of the United Nations High Commissioner for Human Rights",
         "246 472.0", "249 426.7", "2 954.7"],
        ["Committee on Missing Persons in Cyprus", "694.5", "694.5", "–"],
        ["Independent Institution on Missing Persons in the Syrian Arab Republic",
         "11 057.5", "12 834.2", "1 776.7"],
        ["Total", "258 224.0", "262 955.4", "4 731.4"]]


def test_policymaking_organs_without_column_positions(tmp_path: Path) -> None:
    """Text without column positions of a table whose header names a text column
    between the label and the year columns ("Additional information"): a row's line
    opening its text with a word that starts a text cell ("Mandate:") has its label
    before that word; a line opening a field ("Membership: 5") is a text row of its
    own; a row without such text ("Total") has its values only; a line going on in
    the text is the text's, though it reads as ending in a figure ("... dated 31")."""
    path = _paged(tmp_path, [[
        "9.1 The resources are shown in table 9.6.", "Table 9.6", "Policymaking organs",
        "(Thousands of United States dollars)", "2025 2026",
        "Policymaking organ Additional information approved estimate",
        "Security Council Mandate: Article 7 of the Charter of the United Nations 95.9 95.9",
        "Membership: 15 government officials",
        "Number of sessions in 2026: continuous",
        "Military Staff Committee Mandate: Article 47 of the Charter – –",
        "Membership: 5",
        "Working Group on Peacekeeping Operations Mandate: statement by the President – –",
        "of the Security Council dated 31 January 2001 (S/PRST/2001/3)",
        "Total 95.9 95.9",
        "9.2 Next paragraph.",
    ], ["9.3 Last paragraph."]])
    rows = tables(read_text(path))["Table 9.6"].parts[0].rows
    assert [r.cells for r in rows] == [
        ["Security Council", "Mandate: Article 7 of the Charter of the United Nations",
         "95.9", "95.9"],
        ["", "Membership: 15 government officials", "", ""],
        ["", "Number of sessions in 2026: continuous", "", ""],
        ["Military Staff Committee", "Mandate: Article 47 of the Charter", "–", "–"],
        ["", "Membership: 5", "", ""],
        ["Working Group on Peacekeeping Operations", "Mandate: statement by the President of "
         "the Security Council dated 31 January 2001 (S/PRST/2001/3)", "–", "–"],
        ["Total", "", "95.9", "95.9"]]


def test_policymaking_organs_each_on_a_line_with_its_text_and_values(tmp_path: Path) -> None:
    """Rows each printing label, text and values on one line, and no text cell
    opening a line of its own: no row reads as a text cell's fields a line each
    (``_fields_then_values``), so each line's text is its text cell."""
    path = _paged(tmp_path, [[
        "9.1 The resources are shown in table 9.6.", "Table 9.6", "Policymaking organs",
        "(Thousands of United States dollars)",
        "Policymaking organ Additional information 2025 approved 2026 estimate",
        "Made-up Assembly Mandate: Articles 10 to 17 of the Charter 175.4 222.7",
        "Made-up Council Mandate: Article 7 of the Charter – –",
        "Total 175.4 222.7", "9.2 Next paragraph.",
    ], ["9.3 Last paragraph."]])
    rows = tables(read_text(path))["Table 9.6"].parts[0].rows
    assert [r.cells for r in rows] == [
        ["Made-up Assembly", "Mandate: Articles 10 to 17 of the Charter", "175.4", "222.7"],
        ["Made-up Council", "Mandate: Article 7 of the Charter", "–", "–"],
        ["Total", "", "175.4", "222.7"]]


def _item_labels(tmp_path: Path, first: str, label_lines: list[str]) -> list[str]:
    """The labels of the rows after the first two of a deliverables table whose item
    4 prints its values after its label's ``first`` line and ``label_lines`` under it,
    item 5 after them ("Security Council" printed together in the paragraph above)."""
    path = _paged(tmp_path, [[
        "9.1 The Security Council met (see table 9.6).", "Table 9.6", "Deliverables",
        "2024 2024 2025 2026", "Category and subcategory planned actual planned planned",
        "A. Facilitation of the intergovernmental process",
        "3. Annual joint consultative meetings with the Peace and Security Council 1 1 1 1",
        f"{first} 5 10 6 9",
        *label_lines,
        "5. Meetings of the Fifth Committee 1 1 1 1",
        "9.2 Next paragraph.",
    ], ["9.3 Last paragraph."]])
    rows = tables(read_text(path))["Table 9.6"].parts[0].rows
    return [r.cells[0] for r in rows][2:]


@pytest.mark.parametrize(("tail", "joined"), [("Council", True), ("Publications", False)])
def test_numbered_label_ending_under_its_values_opening_with_a_capital(
        tmp_path: Path, tail: str, joined: bool) -> None:
    """A numbered row printing its values on its label's first line and, alone on
    the next, a line opening with a capital ("Council"): it is the label's rest where
    the next item is numbered next and the document prints the two words met there
    together elsewhere ("Security Council"); else ("Publications") a row of its own."""
    label = ("4. Coordination meetings of the Security Council and the African Union Peace and "
             "Security")
    assert _item_labels(tmp_path, label, [tail]) == (
        [f"{label} {tail}", "5. Meetings of the Fifth Committee"] if joined
        else [label, tail, "5. Meetings of the Fifth Committee"])


@pytest.mark.parametrize(("tail", "joined"), [("Council", True), ("Publications", False)])
def test_numbered_label_rest_opening_with_a_capital_after_lower_lines(
        tmp_path: Path, tail: str, joined: bool) -> None:
    """A numbered row's label going on under its values in lower case and ending on
    a line opening with a capital ("Council"), the next item numbered next: the
    capital line is the label's rest where the document prints the word above it and
    its own together elsewhere ("Security Council"), as it is right under the row's
    line; else ("Publications") a row of its own."""
    label = ("4. Coordination meetings of the Security Council and the African Union Peace and "
             "member States of the Peace and Security")
    first = "4. Coordination meetings of the Security Council and the African Union Peace and"
    assert _item_labels(tmp_path, first, ["member States of the Peace and Security", tail]) == (
        [f"{label} {tail}", "5. Meetings of the Fifth Committee"] if joined
        else [label, tail, "5. Meetings of the Fifth Committee"])


def test_figures_one_space_apart_read_the_way_the_sums_across_hold(tmp_path: Path) -> None:
    """Values all set one space apart ("641 702 61 1 328 1 264 (64)") may read as six
    values more ways than one ("641 702" a number, or "1 264" two); the reading is
    the one holding the sums across that the rows read one way only show (the
    estimate is the approved plus the variance)."""
    path = _paged(tmp_path, [[
        "9.1 The posts are shown in table 9.7.", "Table 9.7", "Overall summary of posts",
        "(Number of posts)", "Regular budget Extrabudgetary",
        "2025 2026 2025 2026",
        "approved estimate Variance estimate estimate Variance",
        "Office A 641 702 61 1 328 1 264 (64)",
        "Office B 45 48 3 12 10 (2)",
        "Office C 8 10 2 30 33 3",
        "Total 694 760 66 1 370 1 307 (63)",
        "9.2 Next paragraph.",
    ], ["9.3 Last paragraph."]])
    rows = tables(read_text(path))["Table 9.7"].parts[0].rows
    assert [r.cells for r in rows if r.cells[0] in ("Office A", "Total")] == [
        ["Office A", "641", "702", "61", "1 328", "1 264", "(64)"],
        ["Total", "694", "760", "66", "1 370", "1 307", "(63)"]]


@pytest.mark.parametrize(("end", "joined"), [("for the", True), ("in full", False)])
def test_label_line_ending_with_a_word_that_ends_no_clause_goes_on(
        tmp_path: Path, end: str, joined: bool) -> None:
    """A label wrapped wider than the label column, its first line ending with a word
    the document never ends a sentence or clause with ("… for the"), goes on into
    the line below, though that opens with a capital and holds the values; a line
    ending otherwise ("… in full") is a row of its own."""
    prose = [f"9.{k} The board met. The staff of the fund served the region. "
             f"The fund grew. The office of the board closed." for k in range(1, 7)]
    path = _paged(tmp_path, [[
        *prose, "Table 9.7", "Requirements on a gross and net basis",
        "(Thousands of United States dollars)", "2024 2025 2026",
        "Made-up services (gross budget) 12 287.5 13 765.9 14 105.1",
        f"Reimbursement by the partner agencies and the standing committee {end}",
        "Governing Board of the Made-up Fund 1 659.0 1 851.0 1 851.0",
        "Made-up services (net budget) 10 628.5 11 914.9 12 254.1",
        "9.7 Next paragraph.",
    ], ["9.8 Last paragraph."]])
    rows = tables(read_text(path))["Table 9.7"].parts[0].rows
    first = f"Reimbursement by the partner agencies and the standing committee {end}"
    assert [r.cells[0] for r in rows][1:3] == (
        [f"{first} Governing Board of the Made-up Fund", "Made-up services (net budget)"]
        if joined else [first, "Governing Board of the Made-up Fund"])


def test_figures_one_space_apart_read_at_the_size_of_their_columns(tmp_path: Path) -> None:
    """Values all set one space apart ("800 542 1 250 550") may read as four values
    more ways than one, no sums across telling which: the reading is the one whose
    figures are of the size of their columns' in the rows read one way ("800",
    "542", "1 250", "550"), not "800 542", "1", "250", "550"."""
    path = _paged(tmp_path, [[
        "9.1 The deliverables are shown in table 9.8.", "Table 9.8",
        "Deliverables for the period 2024–2026, by category and subcategory",
        "2024 2024 2025 2026", "Category and subcategory planned actual planned planned",
        "Documentation services for meetings (thousands of words) 900 805 950 800",
        "1. Made-up assembly and its bodies 600 982 100 900",
        "2. Made-up council and its bodies 800 542 1 250 550",
        "3. Made-up panel on chemicals 800 365 800 350",
        "4. Made-up committee on plastics 700 620 – 600",
        "9.2 Next paragraph.",
    ], ["9.3 Last paragraph."]])
    rows = tables(read_text(path))["Table 9.8"].parts[0].rows
    assert [r.cells for r in rows if r.cells[0].startswith("2.")] == [
        ["2. Made-up council and its bodies", "800", "542", "1 250", "550"]]


def test_row_one_space_apart_read_with_a_blank_where_the_sums_across_hold(
        tmp_path: Path) -> None:
    """A row set one space apart that prints one value fewer than the columns, its
    first cell blank ("Total 1 186 – – (7) (7) (0.6) 1 179"), could still read as all
    eight with a figure's groups parted ("1", "179"); the sums across that the rows
    read one way only hold (approved plus change is the estimate) show the blank."""
    path = _paged(tmp_path, [[
        "9.1 The resources are shown in table 9.9.", "Table 9.9",
        "Overall: evolution of financial and post resources",
        "(Thousands of United States dollars/number of posts)",
        "2024 2025 Technical New 2026",
        "expenditure approved adjustments mandates Other Total Percentage estimate",
        "Financial resources by main category of expenditure",
        "Posts 100 028.8 120 411.8 – – (808.0) (808.0) (0.7) 119 603.8",
        "Non-post 50 558.9 60 609.7 (1 382.7) 1 163.4 (222.0) (441.3) (0.7) 60 168.4",
        "Total 150 587.7 181 021.5 (1 382.7) 1 163.4 (1 030.0) (1 249.3) (0.7) 179 772.2",
        "Post resources by category",
        "Professional and higher 607 – – – – – 607",
        "General Service and related 579 – – (7) (7) (1.2) 572",
        "Total 1 186 – – (7) (7) (0.6) 1 179",
        "9.2 Next paragraph.",
    ], ["9.3 Last paragraph."]])
    rows = tables(read_text(path))["Table 9.9"].parts[0].rows
    assert rows[-1].cells == ["Total", "", "1 186", "–", "–", "(7)", "(7)", "(0.6)", "1 179"]


def test_words_a_label_line_cannot_end_with_are_common_ones() -> None:
    """The words a label line cannot end with are the document's common words it
    never ends a clause with ("the"), not a rarer word that only happens never to
    end one in its text ("deliverables", which may end a heading), nor a token of
    marks and letters ("(actual)", which a header repeats before each year)."""
    from unfascicle.extract.text_sidebyside import Pairs

    texts = [*(f"The staff of the fund number {k} served the region." for k in range(1200)),
             *(f"The deliverables of office {k} grew." for k in range(40)),
             *(f"2023 (actual) 2024 (actual) {k} (planned)." for k in range(200))]
    words = Pairs(tuple(texts)).unfinished_words
    assert "the" in words
    assert "deliverables" not in words
    assert "(actual)" not in words


def test_details_table_without_positions_lettered_note(tmp_path: Path) -> None:
    """A lettered note under a text-last table without column positions ("a Includes
    …") is the table's note, not the last row's details."""
    path = _paged(tmp_path, [[
        "9.1 The posts are shown in table 9.6.", "Table 9.6", "Proposed posts",
        "(Number of posts)", "Number Details",
        "Approved for 2025 32 12 D-2,a 2 P-5",
        "Proposed for 2026 32 12 D-2,a 2 P-5",
        "a Includes 11 temporary posts for inspectors at the D-2 level.",
        "9.2 Next paragraph.",
    ], ["9.3 Last paragraph."]])
    table = tables(read_text(path))["Table 9.6"]
    assert table.parts[0].rows[-1].cells == ["Proposed for 2026", "32", "12 D-2,a 2 P-5"]
    assert table.notes == ["a Includes 11 temporary posts for inspectors at the D-2 level."]


def test_split_row_keeps_thousands_whole_in_column_aligned_text() -> None:
    """Where values are parted by gutters, a figure one space before a thousands
    group is one value with it ("54 200"), not two that make up the count; the row
    has a blank instead."""
    split = split_row("75/314    –    –    37 800    5 500    –          10 900    54 200", 8)
    assert split.label == "75/314" and not split.exact
    assert [v for v in split.values if v] == ["–", "–", "37 800", "5 500", "–", "10 900",
                                              "54 200"]



def test_label_wrapped_in_column_aligned_text_above_its_values(tmp_path: Path) -> None:
    """In column-aligned text a label wrapped over lines of the label column, its
    values beside its last line, is one label although that line is short; a known
    section label and a line running past where the values start stay rows of
    their own."""
    def line(label: str, *values: str) -> str:
        return f"    {label:<34}" + "".join(f"{v:>12}" for v in values)

    path = _paged(tmp_path, [[
        "9.1 The resources are shown in table 9.8.", "Table 9.8", "Overall summary",
        "(Thousands of United States dollars)",
        line("", "2025", "2026"), line("", "approved", "estimate"),
        line("Financial resources"),
        line("Office of the United Nations"), line("High Commissioner for Human"),
        line("Rights", "246 472.0", "249 426.7"),
        line("Committee on Missing Persons", "694.5", "694.5"),
        "    Regular budget (United Nations share): financial resources",
        line("Joint Inspection Unit", "2 397.1", "2 635.0"),
        "9.2 Next paragraph.",
    ]])
    rows = tables(read_text(path))["Table 9.8"].parts[0].rows
    assert [r.cells[0] for r in rows] == [
        "Financial resources", "Office of the United Nations High Commissioner for Human Rights",
        "Committee on Missing Persons", "Regular budget (United Nations share): financial resources",
        "Joint Inspection Unit"]


def test_numbered_label_hanging_under_its_number_over_a_page_in_column_aligned_text(
        tmp_path: Path) -> None:
    """In column-aligned text a numbered label printed with its values wraps under its
    number's text; its rest, set there, is the label's also where it goes on past the
    page break below the header printed again; a line set there that opens as a row
    does ("E. Enabling deliverables") is a row of its own."""
    def line(label: str, *values: str) -> str:
        return f"  {label:<60}" + "".join(f"{v:>9}" for v in values)

    head = [line("", "2025", "2025", "2026", "2027"),
            line("Category and subcategory", "planned", "actual", "planned", "planned")]
    path = _paged(tmp_path, [[
        "9.1 The deliverables are listed in table 9.8.", "  Table 9.8",
        "  Deliverables for the period 2025-2027", *head,
        line("A. Facilitation of the intergovernmental process"),
        line("Parliamentary documentation (number of documents)", "1", "1", "1", "1"),
        line("1. Report of the Board of the Register on its work, for", "1", "1", "1", "1"),
        line("   the General Assembly"),
        line("2. Report on the progress made in the period, for the", "2", "2", "2", "2"),
    ], [
        *head, line("   Security Council"),
        line("3. Note on the coordination of the work of the body", "3", "3", "3", "3"),
        line("   E. Enabling deliverables"),
        line("Administration: the office provides services to staff."),
        "9.2 Next paragraph.",
    ]])
    rows = tables(read_text(path))["Table 9.8"].parts[0].rows
    assert [r.cells[0] for r in rows][2:] == [
        "1. Report of the Board of the Register on its work, for the General Assembly",
        "2. Report on the progress made in the period, for the Security Council",
        "3. Note on the coordination of the work of the body", "E. Enabling deliverables",
        "Administration: the office provides services to staff."]
    assert rows[3].cells[1:] == ["2", "2", "2", "2"]


def test_figure_and_its_note_letter_printed_a_space_apart_in_stream_order(
        tmp_path: Path) -> None:
    """Text printing a table's values a line each (``pdftotext``'s default mode) may
    part a figure from its raised note letter ("24 c"): the line is one value, "24c",
    not a label, even where the rows after it go on past a page break."""
    head = ["Category and subcategory", "2025", "planned", "2025", "actual", "2026", "planned",
            "2027", "planned"]
    path = _paged(tmp_path, [[
        "9.1 The deliverables are listed in table 9.8.", "Table 9.8",
        "Deliverables for the period 2025-2027", *head,
        "A. Facilitation of the intergovernmental process",
        "Parliamentary documentation (number of documents)", "9", "8", "7", "7",
        "1. Reports to the Assembly on the budget of the operations", "–", "6", "4b", "2",
        "Substantive services for meetings (number of three-hour meetings)", "73", "51", "40", "47",
        "1. Meetings of the Board of Auditors", "52", "28", "24 c", "26", "23", "d", "21",
    ], [
        "Part VIII", *head, "A. Facilitation of the intergovernmental process",
        "2. Meetings of the Committee on Contributions", "21", "16",
        "C. Substantive deliverables", "9.2 Next paragraph.",
    ], ["9.3 Last paragraph."]])
    rows = {r.cells[0]: r.cells[1:] for r in tables(read_text(path))["Table 9.8"].parts[0].rows}
    assert rows["1. Meetings of the Board of Auditors"] == ["52", "28", "24c", "26"]


def _post_line(label: str = "", posts: str = "", grade: str = "", desc: str = "",
               reason: str = "") -> str:
    """A line of an annex table of proposed post changes as ``pdftotext -layout``
    prints it: component, posts, grade, description and reason at their columns."""
    return f"{label:<26}{posts:>5}   {grade:<8}{desc:<27}{reason}"


_POST_HEAD = _post_line("Component/subprogramme", "Posts", "Grade", "Description",
                        "Reason for change")


def test_annex_table_of_text_columns_read_by_position(tmp_path: Path) -> None:
    """An annex table of proposed post changes (component, posts, grade, description,
    reason), its columns side by side: a row a line with posts; a component set on a
    row's line after lines without one starts a group whose component and reason
    span its rows; a description ends at a line leaving its column empty; a line of
    the description printed below a row's own line (between two rows) still goes on
    in it; the header repeated on the next page is skipped."""
    path = _paged(tmp_path, [[
        "9.1 The post changes are summarized in annex II.", "Annex II",
        "Summary of proposed post changes", _POST_HEAD,
        _post_line("Subprogramme 1", "1", "P-4", "Establishment of Human", "New mandates: Pact"),
        _post_line("Human rights", "1", "P-3", "Rights Officer", "The incumbents would provide"),
        _post_line("mainstreaming, right to", "", "", "", "thematic expertise in the"),
        _post_line("", "4", "P-4", "Redeployment of Human"),
        _post_line("development", "", "", "", "region."),
        _post_line("", "5", "P-3", "Rights Officer"),
    ], [
        _POST_HEAD,
        _post_line("Subprogramme 2", "1", "P-3", "Establishment of Human", "New mandates: Pact"),
        _post_line("Supporting treaty bodies", "", "", "Rights Officer", "The incumbent would help."),
        "Annex III",
    ]])
    table = next(b for b in read_text(path).blocks if isinstance(b, Table))
    assert [c.text for c in table.parts[0].header[0]] == [
        "Component/subprogramme", "Posts", "Grade", "Description", "Reason for change"]
    assert [r.cells for r in table.parts[0].rows] == [
        ["Subprogramme 1 Human rights mainstreaming, right to development", "1", "P-4",
         "Establishment of Human Rights Officer",
         "New mandates: Pact The incumbents would provide thematic expertise in the region."],
        ["", "1", "P-3", "", ""],
        ["", "4", "P-4", "Redeployment of Human Rights Officer", ""],
        ["", "5", "P-3", "", ""],
        ["Subprogramme 2 Supporting treaty bodies", "1", "P-3",
         "Establishment of Human Rights Officer", "New mandates: Pact The incumbent would help."]]


def test_column_aligned_headings_by_position(tmp_path: Path) -> None:
    """In column-aligned text each value column's heading is read from the pieces set
    over it, top down ("2024" over "expenditure"), not from the order words follow
    each other in a line: a year over one column never joins its neighbour's words."""
    def line(label: str, *cells: str) -> str:
        return f"    {label:<26}" + "".join(f"{c:>14}" for c in cells)

    path = _paged(tmp_path, [[
        "9.1 The resources are shown in table 9.9.", "Table 9.9", "Evolution of resources",
        "(Thousands of United States dollars)",
        line("", "2024", "2025", "", "2026"),
        line("Component", "expenditure", "approved", "Percentage", "estimate"),
        line("Posts", "95 740.2", "120 997.3", "6.3", "128 531.0"),
        line("Non-post", "72 738.3", "125 474.7", "(3.6)", "120 895.7"),
        line("Total", "168 478.5", "246 472.0", "1.2", "249 426.7"),
        "9.2 Next paragraph.",
    ], ["9.3 The text goes on."]])
    part = tables(read_text(path))["Table 9.9"].parts[0]
    assert [c.text for c in part.header[-1]][1:] == [
        "2024 expenditure", "2025 approved", "Percentage", "2026 estimate"]
    assert part.rows[0].cells == ["Posts", "95 740.2", "120 997.3", "6.3", "128 531.0"]


def test_column_aligned_prose_table_with_a_year_heading_wrapped_in_its_column(
        tmp_path: Path) -> None:
    """A narrow first column wraps its year heading over lines below the others
    ("202", "0(", "实", "际)"): those lines finish it and are header, also where the
    header is repeated on the next page; a short line centred in a column belongs to
    it, not to the column whose text starts nearer, as it ends before that text."""
    header = ["202             2021(实际)        2022(实际)", "0(", "实", "际)"]
    path = _paged(tmp_path, [["9.1 进展见下文业绩计量(见表 9.4)。", "表 9.4", "业绩计量", *header,
                              "—               支持地方当局制定        批准三项区域发展",
                              "                区域空间发展          计划并在十个城市",
                              "                          计划    实施"],
                             [*header,
                              "                并推广             和评估",
                              "成果 2：下一个", "9.2 下一段。"]])
    part = tables(read_text(path))["表 9.4"].parts[0]
    assert [c.text for c in part.header[0]] == ["2020(实际)", "2021(实际)", "2022(实际)"]
    assert [r.cells for r in part.rows] == [
        ["—", "支持地方当局制定区域空间发展计划并推广", "批准三项区域发展计划并在十个城市实施和评估"]]


@pytest.mark.parametrize("years", ["2年 3年", "2 年 3 年"])
def test_label_wrapped_over_a_page_break_under_years_wrapped_in_narrow_columns(
        tmp_path: Path, years: str) -> None:
    """Year headings wrapped in narrow columns ("202" over "2年") are header, not a
    row of values, so that their repeat on the next page is skipped; a label that
    fills its column with its values on its first line, its page ending there, goes
    on in the first line of the next page."""
    header = ["类别和次类别 202 202", years, "计 计", "划 划"]
    path = _paged(tmp_path, [["9.1 本次级方案的应交付产出见表 9.6。", "表 9.6", "应交付产出", *header,
                              "1. 关于城市基本服务的项目：出行水和环境卫生 12 14",
                              "能源和固体废物管理",
                              "2. 关于制定国家和地方城市遗产历史景观与文化政 1 1"],
                             [*header, "策的项目", "3. 关于住房 2 3", "共计 15 18", "9.2 下一段。"]])
    part = tables(read_text(path))["表 9.6"].parts[0]
    assert [r.cells for r in part.rows] == [
        ["1. 关于城市基本服务的项目：出行水和环境卫生能源和固体废物管理", "12", "14"],
        ["2. 关于制定国家和地方城市遗产历史景观与文化政策的项目", "1", "1"],
        ["3. 关于住房", "2", "3"],
        ["共计", "15", "18"]]


def test_row_ending_its_page_takes_no_header_line_repeated_on_the_next(tmp_path: Path) -> None:
    """A row's label filling its column at the foot of a page does not take a line of
    the header repeated on the next page as its tail, even where the header's last
    line ("计" of "共计" wrapped in a narrow column) was not read as header."""
    header = ["组成部分/次级方案", "2022 年核", "定", "2023 年核", "定", "共", "计"]
    path = _paged(tmp_path, [["9.1 本次级方案的员额见表 9.6。", "表 9.6", "员额", *header,
                              "A. 决策机关 5 6 6", "1. 在城乡连续体的各社区中减少空间", "不平等和贫困",
                              "13 13 13", "2. 促进城市和区域共同繁荣 16 16 16"],
                             [*header, "3. 加强气候行动 13 14 14", "共计 47 49 49", "9.2 下一段。"]])
    rows = tables(read_text(path))["表 9.6"].parts[0].rows
    assert ["2. 促进城市和区域共同繁荣", "16", "16", "16"] in [r.cells for r in rows]


def test_year_headings_a_word_a_column_over_more_columns_than_a_row_seems_to_hold(
        tmp_path: Path) -> None:
    """A header printed a word a column on each line ("2020 … 2024", "年实 … 年计",
    "际 … 划") names five columns; rows whose last values could read as one grouped
    number ("97 100 100") hold five values, and each heading is its column's words."""
    path = _paged(tmp_path, [["9.1 信息见表 9.17。", "表 9.17", "遵守率", "(百分比)",
                              "2020 2021 2022 2023 2024", "年实 年实 年实 年计 年计",
                              "际 际 际 划 划", "及时提交材料 97 95 97 100 100",
                              "提前购买机票 51 36 34 100 100", "9.2 下一段。"]])
    part = tables(read_text(path))["表 9.17"].parts[0]
    assert [c.text for c in part.header[-1]][1:] == ["2020年实际", "2021年实际", "2022年实际",
                                                     "2023年计划", "2024年计划"]
    assert [r.cells for r in part.rows] == [["及时提交材料", "97", "95", "97", "100", "100"],
                                            ["提前购买机票", "51", "36", "34", "100", "100"]]


def test_year_headings_wrapped_in_narrow_columns_above_text_columns(tmp_path: Path) -> None:
    """Years printed after the text columns' headings, each finished on the lines
    below ("2023" over "年批" over "款"), are header, not a row's values."""
    path = _pdf_pages(tmp_path, [["9.1 决策机关见表 9.15。", "表 9.15", "决策机关", "(千美元)",
                              "决策机关 说明 补充信息 2023 2024", "年批 年估", "款 计",
                              "人居大会 提供政策指导。 授权：大会第 73/239 号决议 — —",
                              "执行局 监督人居署业务。 授权：大会第 73/239 号决议 718.4 718.4",
                              "共计 718.4 718.4", "9.2 下一段。"]])
    part = tables(read_text(path))["表 9.15"].parts[0]
    assert [r.cells[0] for r in part.rows] == ["人居大会", "执行局", "共计"]
    assert part.rows[1].cells[-2:] == ["718.4", "718.4"]


@pytest.mark.parametrize("printed", [
    ["1. 在城乡连续体的各社区中减", "少空间不平等和贫困", "2 460.7 2 239.3 (73.8)", "(16.9", ")",
     "(0.8) 2 222.4"],
    ["1. 在城乡连续体的各社区中减", "少空间不平等和贫困 2 460.7 2 239.3 (73.8)", "(16.9", ")",
     "(0.8)", "2 222.4"],
])
def test_row_values_going_on_over_lines_below(tmp_path: Path, printed: list[str]) -> None:
    """A row's values printed over several lines (a narrow cell wrapped, even its
    closing bracket, "(16.9" + ")") are read with the fewest values each, thousands
    groups merged, where together they make the row's values."""
    assert _cells_of_9_6(tmp_path, [
        "9.1 本次级方案的资源见表 9.6。", "表 9.6", "财政资源", "(千美元)",
        "组成部分 2022 年支出 2023 年批款 变动 百分比 共计 2024 年估计",
        "A. 决策机关 569.4 718.4 — — — 718.4", *printed,
        "2. 促进城市和区域共同繁荣 2 971.3 2 442.5 — 1.8 42.9 2 485.4",
    ])[1:] == [
        ["1. 在城乡连续体的各社区中减少空间不平等和贫困", "2 460.7", "2 239.3", "(73.8)", "(16.9)",
         "(0.8)", "2 222.4"],
        ["2. 促进城市和区域共同繁荣", "2 971.3", "2 442.5", "—", "1.8", "42.9", "2 485.4"]]


@pytest.mark.parametrize(("head", "change"), [(["数目 详情"], ["员额变动 — —"]),
                                             (["数目", "详情"], ["员额变动", "—", "—"])])
def test_row_text_last_column_on_the_lines_below_its_values(tmp_path: Path, head: list[str],
                                                            change: list[str]) -> None:
    """Under a header whose last column is text ("详情"), a row printing its count
    alone after its label has its text on the lines below, up to the next row (a
    row per line, or a cell per line; a figure opening the text is the text's)."""
    part = _posts_part(tmp_path, [*head,
                                  "2023 年核定 82", "1 个 USG、1 个 D-2、5 个 D-1、2 个", "GS(OL)、23 个 LL",
                                  *change, "2024 年拟议 83", "1 个 USG、1 个 D-2、6 个 D-1、2 个",
                                  "GS(OL)、23 个 LL"])
    assert [r.cells for r in part.rows] == [
        ["2023 年核定", "82", "1 个 USG、1 个 D-2、5 个 D-1、2 个GS(OL)、23 个 LL"],
        ["员额变动", "—", "—"],
        ["2024 年拟议", "83", "1 个 USG、1 个 D-2、6 个 D-1、2 个GS(OL)、23 个 LL"]]


def test_text_column_cell_start_letter_spaced(tmp_path: Path) -> None:
    """A text cell whose opening word is letter-spaced ("授 权 ： 大 会 第", a justified
    narrow cell) still starts the row's second text cell."""
    path = _paged(tmp_path, [["9.1 决策机关的资源见下表(见表 9.15)。", "表 9.15", "决策机关",
                              "(千美元)", "决策机关 说明 补充信息", "2023 年批款", "2024 年估计",
                              "人居大会 为人类住区提供政策指导。", "授 权 ： 大 会 第",
                              "73/239 号决议", "— —", "执行局 监督人居署业务。",
                              "授权：人居大会议事规则 718.4 718.4", "9.2 下一段。"]])
    rows = tables(read_text(path))["表 9.15"].parts[0].rows
    assert [r.cells for r in rows] == [
        ["人居大会", "为人类住区提供政策指导。", "授权：大会第73/239 号决议", "—", "—"],
        ["执行局", "监督人居署业务。", "授权：人居大会议事规则", "718.4", "718.4"]]


# Rows of policymaking organs as pdftotext -layout prints them (Chromium's rendering).
_ORGANS_ROWS = [
    '      决                                                                 2024 年',
    '      策                                                                 估计(重',
    '      机                                                            2023 计费用',
    '      关                                        说明         补充信息 年批款          前)',
    '      人     为人类住区和可持续城市化提供政策指导，并对人居署进行战略               授权：大会第 —              —',
    '      居     监督。核准人居署四年战略计划。人居大会每 4 年通过经济及社 73/239 号决议以及',
    '      大     会理事会实质性会议向大会报告工作。每四年举行一次会议，为               秘书长的说明',
    '      会      期五天。第一届会议于2019 年 5 月举行。最近一届会议于 2023        (A/73/726)',
    '                                         年6 月举行。 人居大会议事规则',
    '                                                  成员：193 名政府官',
    '                                                                员',
    '                                                  2024 年届会次数：',
    '                                                                 0',
    '      常     人居大会闭会期间常驻附属机构。负责对人居大会各项决定和决               授权：大会第 —              —',
    '      驻     议的执行情况和人居署战略计划进行高级别中期审查。 73/239 号决议',
    '      代',
    '      表',
    '      委',
    '      员',
    '      会',
]


# The cells of the first policymaking organ's row, spaces aside, however printed.
_ORGAN_CELLS = [
    "人居大会",
    "为人类住区和可持续城市化提供政策指导，并对人居署进行战略监督。核准人居署四年战略计划。人居大会每4年通过"
    "经济及社会理事会实质性会议向大会报告工作。每四年举行一次会议，为期五天。第一届会议于2019年5月举行。"
    "最近一届会议于2023年6月举行。",
    "授权：大会第73/239号决议以及秘书长的说明(A/73/726)人居大会议事规则成员：193名政府官员2024年届会次数：0",
    "—", "—"]


def test_text_cells_going_on_after_the_rows_values(tmp_path: Path) -> None:
    """Rows of policymaking organs (column-aligned text), labels wrapped a character a
    line, two text cells side by side, going on after the line with the row's values:
    the label's characters stand apart from the text by a gutter; the
    first cell's last sentence ends at a full stop followed by a space (no cell's
    text of ideographs holds one), the rest is the second cell's, and a count
    wrapped under its text ("次数：", "0") is that text's, not a value."""
    path = _paged(tmp_path, [["9.1 决策机关的资源见表 9.15。"],
                             ["表 9.15", "决策机关", "(千美元)", *_ORGANS_ROWS, "9.2 下一段。"]])
    row = tables(read_text(path))["表 9.15"].parts[0].rows[0]
    assert [c.replace(" ", "") for c in row.cells] == _ORGAN_CELLS


# A row of a policymaking organ under a header whose last heading wraps a few
# characters a line, as pdftotext -layout prints LibreOffice's rendering of Word.
_NARROW_HEADED_ROWS = [
    "      决策机关                           说明                   补充信息        2023    2024",
    "                                                                      年批      年估",
    "                                                                        款       计",
    "                                                                               (重",
    "                                                                              计费",
    "                                                                                用",
    "                                                                               前)",
    "      人居大会      为人类住区和可持续城市化提供政策指           授权：大会第 73/239 号决议以及"
    "          —       —",
    "                导，并对人居署进行战略监督。核准人               秘书长的说明(A/73/726)",
    "                居署四年战略计划。人居大会每 4 年通                  人居大会议事规则",
    "                过经济及社会理事会实质性会议向大会                 成员：193 名政府官员",
    "                报告工作。每四年举行一次会议，为期                  2024 年届会次数：0",
    "                五天。第一届会议于 2019 年 5 月举行。",
    "                  最近一届会议于 2023 年 6 月举行。",
]


def test_text_row_under_a_heading_wrapped_in_a_narrow_column(tmp_path: Path) -> None:
    """The header's last line closes a bracket opened above it ("(重" … "前)"): it is
    header, not the first row's label; a line of the first text cell whose figures
    make it longer in characters, not wider, is not cut."""
    path = _paged(tmp_path, [["9.1 决策机关的资源见表 9.15。"],
                             ["表 9.15", "决策机关", "(千美元)", *_NARROW_HEADED_ROWS,
                              "9.2 下一段。"]])
    row = tables(read_text(path))["表 9.15"].parts[0].rows[0]
    assert [c.replace(" ", "") for c in row.cells] == _ORGAN_CELLS


_FIGURES_HEADER = "          2022 年支 2023 年批 技术调 新的/扩大的任 其他 共计 百分 2024 年估计"


@pytest.mark.parametrize(("rows", "blank"), [
    # column-aligned text squeezes a run of dashes ("— — — —") away from their
    # columns: the columns are measured on the figures
    (["  员额        2 060.2 1 885.5     —    — — — —                    1 885.5",
      "  非员额         400.5   353.8 (73.8) 46.0 10.9 (16.9) (4.8)         336.9",
      "  共计        2 460.7 2 239.3 (73.8) 46.0 10.9 (16.9) (0.8)       2 222.4",
      "  专业及以上职类                 9     —    — — — —                          9"],
     ["专业及以上职类", "", "9", "—", "—", "—", "—", "—", "9"]),
    # a page printing a single row with every value still shows where its columns end
    (["  共计         2 971.3 2 442.5 —      46.0 (3.1) 42.9 1.8         2 485.4",
      "  按职类列示的员额资源",
      "  专业及以上职类                 11 —        — — — —                        11"],
     ["专业及以上职类", "", "11", "—", "—", "—", "—", "—", "11"]),
])
def test_blank_cell_placed_by_the_figures_of_column_aligned_rows(
        tmp_path: Path, rows: list[str], blank: list[str]) -> None:
    """A row printing fewer values than columns has its blank where the figures of
    the page's column-aligned rows leave it."""
    path = _paged(tmp_path, [["9.1 本次级方案的资源见表 9.6。", "表 9.6", "财政资源", "(千美元/员额数目)",
                              _FIGURES_HEADER, *rows, "9.2 下一段。"]])
    assert tables(read_text(path))["表 9.6"].parts[0].rows[-1].cells == blank


def test_blank_cell_placed_by_the_side_the_tables_figures_align_on(tmp_path: Path) -> None:
    """Figures set flush left (LibreOffice's HTML): the rows of one page show it, so a
    later page, whose single full row shows no side, places a row's blank by the
    figures' starts too."""
    header = ["                                                   变动",
              "            2022 年支 2023 年批                                              2024 年估计(重计费",
              "                                      技术调 新的/扩大的任",
              "                  出          款                          其他 共计 百分比                 用前)",
              "                                       整       务"]
    path = _paged(tmp_path, [
        ["9.1 本次级方案的资源见表 9.6。", "表 9.6", "财政资源", "(千美元/员额数目)", *header,
         "员额         550.4      669.8       —        —            —   —   —        669.8",
         "非员额        19.0       48.6        —        —            —   —   —        48.6"],
        [*header, "共计           569.4   718.4     —       —            —   —   —   718.4",
         "专业及以上职类              3         —       —            —   —   —   3", "9.2 下一段。"]])
    assert tables(read_text(path))["表 9.6"].parts[0].rows[-1].cells == [
        "专业及以上职类", "", "3", "—", "—", "—", "—", "—", "3"]


def test_blank_column_kept_where_a_squeezed_grid_aligns_on_neither_side(
        tmp_path: Path) -> None:
    """A grid of one glyph a cell (pdfplumber's layout mode) squeezes wide glyphs, so
    the full rows' figures spread as far from their columns' starts as from their
    ends; a posts row's first figure, nearest the end of the first column, lies past
    every end of that column's figures: it is the second column's, the first left
    blank (not every value moved one column left)."""
    header = ["                        2022 年支 2023 年批 技术调 新的/扩大的任 其     百分  2024 年估计",
              "                            出      款 整           务  他 共计   比"]
    rows = ["  员额         21 465.3 21 796.2 —     —  —   —   —        21 796.2",
            "  非员额         2 648.0 2 388.5 (63.2) 143.6 — 70.0 4.4    2 538.9",
            "  共计         24 113.3 24 184.7 (63.2) 143.6 — 70.0 0.6  24 335.1",
            "  按职类列示的员额资源",
            "  专业及以上职类              47    —       —  —   —   —           47"]
    path = _paged(tmp_path, [["9.1 本次级方案的资源见表 9.6。", "表 9.6", "财政资源", "(千美元/员额数目)",
                              *header, *rows, "9.2 下一段。"]])
    assert tables(read_text(path))["表 9.6"].parts[0].rows[-1].cells == [
        "专业及以上职类", "", "47", "—", "—", "—", "—", "—", "47"]


def test_a_figure_past_the_last_columns_figures_stays_in_the_last_column() -> None:
    """A figure lying past the last column's figures has no column beyond it to be
    in: it stays there rather than move left into a column the full rows fill with
    dashes only (no figures, so no bound to keep to)."""
    columns = Columns([10, 20, 30, 40], by_start=False, bounds=[10, 20, None, 40])
    row = Placed(["5", "–", "7"], starts=[10, 20, 49], ends=[11, 21, 50])
    assert place(row, columns) == ["5", "–", "", "7"]


def test_text_cell_printed_around_its_centred_row(tmp_path: Path) -> None:
    """Rows whose cells are centred (column-aligned text of LibreOffice's HTML): a
    row's text cell, the last column, prints a line above its label and a line
    below; the line above, which no row above takes, begins that row's text."""
    text = "1 个 USG、1 个 D-2、5 个 D-1、9 个 P-5"
    path = _paged(tmp_path, [["9.1 本次级方案的员额见表 9.10。"], [
        "         表 9.10", "         总表：2024 年拟议员额和员额变动", "         (员额数目)",
        "         数目                                              详情",
        f"               {text}", "2023 年核定 82", "               GS(OL)、23 个 LL",
        "员额变动     —     —",
        f"               {text}", "2024 年拟议 82", "               GS(OL)、23 个 LL",
        "9.2 下一段。"]])
    rows = tables(read_text(path))["表 9.10"].parts[0].rows
    assert [r.cells for r in rows] == [["2023 年核定", "82", f"{text} GS(OL)、23 个 LL"],
                                       ["员额变动", "—", "—"],
                                       ["2024 年拟议", "82", f"{text} GS(OL)、23 个 LL"]]


def test_text_cell_printed_around_its_centred_row_without_positions(tmp_path: Path) -> None:
    """The same without column positions (pdfplumber), each row's figure printed
    against its label ("核定82"): the text line above the first row, which reads as
    a figure opening a line, is no row of its own; each row takes the text line
    above it and the one below."""
    text = "1 个 USG、1 个 D-2、5 个 D-1、9 个 P-5、21 个 P-4、15 个 P-3"
    path = _paged(tmp_path, [["9.1 本次级方案的员额见表 9.10。"], [
        "表 9.10", "总表：2024 年拟议员额和员额变动", "(员额数目)", "数目 详情",
        text, "2023 年核定82", "GS(OL)、23 个 LL", "员额变动 — —",
        text, "2024 年拟议82", "GS(OL)、23 个 LL", "9.2 下一段。"]])
    rows = tables(read_text(path))["表 9.10"].parts[0].rows
    assert [r.cells for r in rows] == [["2023 年核定", "82", f"{text} GS(OL)、23 个 LL"],
                                       ["员额变动", "—", "—"],
                                       ["2024 年拟议", "82", f"{text} GS(OL)、23 个 LL"]]


def test_negative_figure_wrapped_around_a_centred_row(tmp_path: Path) -> None:
    """A row whose cells are centred (column-aligned text of LibreOffice's HTML): its
    label wraps around the line of values, and a negative figure wrapped in its
    narrow cell prints "(16.9" above that line and ")" below; the figure goes in its
    place among the values."""
    rows = ["B. 行政领导和管理          1 497.4   1 840.2    —          —             —      —"
            "        —          1 840.2",
            "1. 在城乡连续体的各社区中减                                                          (16.9",
            "                    2 460.7   2 239.3    (73.8) 46.0              10.9            (0.8)"
            "      2 222.4",
            "少空间不平等和贫困                                                                )",
            "2. 促进城市和区域共同繁荣      2 971.3   2 442.5    —          46.0          (3.1) 42.9 1.8"
            "             2 485.4"]
    path = _paged(tmp_path, [["9.1 本次级方案的资源见表 9.6。"],
                             ["表 9.6", "财政资源", "(千美元)", _FIGURES_HEADER, *rows, "9.2 下一段。"]])
    assert tables(read_text(path))["表 9.6"].parts[0].rows[1].cells == [
        "1. 在城乡连续体的各社区中减少空间不平等和贫困", "2 460.7", "2 239.3", "(73.8)", "46.0", "10.9",
        "(16.9)", "(0.8)", "2 222.4"]


def test_negative_figure_wrapped_around_a_centred_row_without_positions(tmp_path: Path) -> None:
    """The same centred row in text whose cells are one space apart (pdfplumber's):
    the figure goes where the table's sums say, the place among the values where
    more cells are the sums of the rows next to them (the subtotal's "(其他)" and
    "共计" add up with the figure as the row's "共计")."""
    rows = ["1. 在城乡连续体的各社区中减 (16.9",
            "2 460.7 2 239.3 (73.8) 46.0 10.9 (0.8) 2 222.4",
            "少空间不平等和贫困 )",
            "2. 促进城市和区域共同繁荣 2 971.3 2 442.5 — 46.0 (3.1) 42.9 1.8 2 485.4",
            "小计 5 432.0 4 681.8 (73.8) 92.0 7.8 26.0 0.6 4 707.8"]
    path = _paged(tmp_path, [["9.1 本次级方案的资源见表 9.6。"],
                             ["表 9.6", "财政资源", "(千美元)", _FIGURES_HEADER.strip(), *rows,
                              "9.2 下一段。"]])
    assert tables(read_text(path))["表 9.6"].parts[0].rows[0].cells == [
        "1. 在城乡连续体的各社区中减少空间不平等和贫困", "2 460.7", "2 239.3", "(73.8)", "46.0", "10.9",
        "(16.9)", "(0.8)", "2 222.4"]


@pytest.mark.parametrize(("texts", "least", "cells"), [
    # one set of lines: the last line's spaces part its cells, the lines above are
    # cut where each column's lines are as wide, no narrower than its heading
    (["子丑寅卯辰一二三四五六七东南西北", "巳午未申酉八九十百千万亿春夏秋冬", "戌亥 甲乙丙 日月"], [10, 14, 8],
     ["子丑寅卯辰巳午未申酉戌亥", "一二三四五六七八九十百千万亿甲乙丙", "东南西北春夏秋冬日月"]),
    # lines alternating between the cells of three lines and the cell of two printed
    # half a line apart between them (the space after a full line shows it)
    (["子丑寅卯辰 一二三四五东南西北中", "甲乙丙丁", "巳午未申酉 六七八九十春夏秋冬日", "戊己", "戌亥 百千 月星"],
     [0, 0, 10, 10],
     ["子丑寅卯辰巳午未申酉戌亥", "甲乙丙丁戊己", "一二三四五六七八九十百千", "东南西北中春夏秋冬日月星"]),
])
def test_ideographic_cells_run_together(texts: list[str], least: list[int],
                                        cells: list[str]) -> None:
    """Cells of ideographs printed against each other with no space (LibreOffice's
    HTML table as pdfplumber prints it), centred in their row: each column's lines
    are as wide as the column, the row's last lines short and parted by spaces."""
    assert ideographs_side_by_side(texts, len(cells), least) == cells


def test_ideographic_cells_side_by_side_leave_the_documents_pairs_uncounted() -> None:
    """Cells of ideographs printed side by side one space apart are read without the
    document's pairs of ideographs: only cells run together ask for them, and
    counting them reads every line of the document."""
    texts = ["甲乙丙丁戊 子丑寅卯辰 东南西北中", "己庚 巳午 春夏"]
    header = ProseLine("2022(实际) 2023(计划) 2024(估计)", 1, 0, 1)
    pairs = word_pairs([header.text, *texts])
    rows = prose_rows([header], [ProseLine(t, 1, 0, 2 + i) for i, t in enumerate(texts)], 3,
                      pairs)
    assert [r.cells for r in rows] == [["甲乙丙丁戊己庚", "子丑寅卯辰巳午", "东南西北中春夏"]]
    assert "glyphs" not in vars(pairs)  # the cached property never asked


def test_ideographic_cells_run_together_cut_where_the_document_words_them(
        tmp_path: Path) -> None:
    """Cells of ideographs run together whose lines could be cut at more than one
    place with every line filling its column (columns 14 and 10 wide, or 12 and 12):
    the cut that joins each cell's lines as the document's own text words them
    elsewhere (a paragraph saying the same), and parts none of its pairs, is taken."""
    path = _paged(tmp_path, [[
        "9.1 本次级方案有助于甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳，并东南西北中天春夏秋冬日地。",
        "9.2 进展见下文业绩计量(见表 9.4)。", "表 9.4", "业绩计量", "2022(实际) 2023(计划)",
        "甲乙丙丁戊己庚东南西北中", "辛壬癸子丑寅卯天春夏秋冬", "辰巳 日地", "9.3 下一段。"]])
    assert [r.cells for r in tables(read_text(path))["表 9.4"].parts[0].rows] == [
        ["甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳", "东南西北中天春夏秋冬日地"]]


def test_label_wrapped_with_its_values_on_its_first_line_goes_on_over_a_page(
        tmp_path: Path) -> None:
    """A label wrapped with its values on its first line, its lines going on past
    the page's end, ends at the top of the next page (after the repeated header)."""
    header = ["类别和次类别 2022 年计划 2023 年计划"]
    path = _paged(tmp_path, [["9.1 本次级方案的应交付产出见表 9.6。", "表 9.6", "应交付产出", *header,
                              "1. 关于城市基本服务的项目：出行水和环境卫生 12 14",
                              "能源和固体废物管理",
                              "2. 关于利用前沿技术和创新最佳做法法律和治理框架 3 3",
                              "促进城市可持续发展落实新城市议程的技术"],
                             [*header, "材料", "3. 关于住房 2 3", "共计 17 20", "9.2 下一段。"]])
    part = tables(read_text(path))["表 9.6"].parts[0]
    assert [r.cells for r in part.rows] == [
        ["1. 关于城市基本服务的项目：出行水和环境卫生能源和固体废物管理", "12", "14"],
        ["2. 关于利用前沿技术和创新最佳做法法律和治理框架促进城市可持续发展落实新城市议程的技术材料",
         "3", "3"],
        ["3. 关于住房", "2", "3"],
        ["共计", "17", "20"]]


def test_cell_per_line_prose_table_whose_wrapped_year_heading_repeats_on_the_next_page(
        tmp_path: Path) -> None:
    """A prose table whose first year heading wraps in its narrow column ("202",
    "0(", "实", "际)") repeats that header on the next page: "202" there is header,
    not a row of figures, and the table stays one of prose cells."""
    header = ["202", "0(", "实", "际)", "2021(实际) 2022(实际)"]
    path = _paged(tmp_path, [["9.1 进展见下文业绩计量(见表 9.4)。", "表 9.4", "业绩计量", *header,
                              "— 支持地方当局制定", "区域空间发展计划", "批准三项区域发展",
                              "计划并在十个城市"],
                             [*header, "和地区执行", "实施", "成果 2：下一个", "9.2 下一段。"]])
    part = tables(read_text(path))["表 9.4"].parts[0]
    assert [c.text for c in part.header[0]] == ["2020(实际)", "2021(实际)", "2022(实际)"]
    [row] = part.rows
    assert row.cells[:2] == ["—", "支持地方当局制定区域空间发展计划"]
    assert row.cells[2].startswith("批准三项区域发展计划并在十个城市")


def test_cell_per_line_prose_cell_letter_spaced_line(tmp_path: Path) -> None:
    """A justified line of a narrow prose cell printed letter-spaced ("决 数 字 鸿 沟")
    is read without the spacing, in the cell's text and in its width."""
    path = _paged(tmp_path, [["9.1 进展见下文业绩计量(见表 9.4)。", "表 9.4", "业绩计量",
                              "2021(实际) 2022(实际) 2023(计划)",
                              "甲乙丙丁戊己庚辛", "壬 癸 子 丑", "天地玄黄宇宙洪荒", "日月",
                              "25个寒来暑往秋收冬藏", "闰余", "9.2 下一段。"]])
    row = tables(read_text(path))["表 9.4"].parts[0].rows[0]
    assert row.cells == ["甲乙丙丁戊己庚辛壬癸子丑", "天地玄黄宇宙洪荒日月", "25个寒来暑往秋收冬藏闰余"]


def test_text_cells_side_by_side_cut_within_the_first_cell_width_without_figure_spacing(
        tmp_path: Path) -> None:
    """Two text cells printed side by side one space apart: a line is cut at the last
    space that keeps the first cell's part within its column, measured without the
    spaces an extractor sets beside figures among ideographs ("每 4 年")."""
    path = _paged(tmp_path, [["9.1 决策机关的资源见下表(见表 9.15)。", "表 9.15", "决策机关",
                              "(千美元)", "决策机关 说明 补充信息", "2023 年批款", "2024 年估计",
                              "人居大会 为人类住区和可持续城市化提供政策指导，并对人居署进行战略监"
                              "               授权：大会第 — —",
                              "督。核准人居署四年战略计划。人居大会每 4 年通过经济及社会理事 73/239 号决议",
                              "会实质性会议向大会报告工作。",
                              "9.2 下一段。"]])
    rows = tables(read_text(path))["表 9.15"].parts[0].rows
    assert rows[0].cells[1].startswith("为人类住区和可持续城市化提供政策指导，并对人居署进行战略监"
                                       "督。核准人居署四年战略计划。人居大会每 4 年通过经济及社会理事")
    assert rows[0].cells[2].startswith("授权：大会第73/239 号决议")


def test_annex_heading_printed_against_its_title(tmp_path: Path) -> None:
    """An extractor may print an annex's title against its number ("附件一2024年…"):
    still the annex heading, not the end of the paragraph above it, its number
    parted from the title as the edition prints it (which numbers the annex)."""
    path = _paged(tmp_path, [["9.1 预计增加 772 700 美元，主要原因是加强了支助。",
                              "附件一2024年组织结构和员额分配", "9.2 下一段。"]])
    blocks = read_text(path).blocks
    assert [b.text for b in blocks if isinstance(b, Heading)] == ["附件一 2024年组织结构和员额分配"]
    assert next(b for b in blocks if isinstance(b, Paragraph)).text.endswith("支助。")


def test_annex_text_columns_cells_start_on_row_lines(tmp_path: Path) -> None:
    """In an annex table of post changes each row's description starts on its own
    line when it opens with a post change the edition knows ("Establishment of"),
    although the line above left no room for its first word; a reason starts on a
    row's line after a reason's last sentence, and a piece in lower case goes on in
    the cell above; a line opening a note ends the rows and is the table's note."""
    path = _paged(tmp_path, [[
        "9.1 The post changes are summarized in annex II.", "Annex II",
        "Summary of proposed post changes", _POST_HEAD,
        _post_line("Subprogramme 1", "6", "P-3", "Establishment of", "New mandates: Pact"),
        _post_line("Human rights", "", "", "Administrative Officer", "The incumbents would advise on"),
        _post_line("mainstreaming,", "2", "NPO", "Establishment of Finance", "compliance with controls."),
        _post_line("right to", "", "", "and Budget Officer"),
        _post_line("development", "1", "P-4", "Reclassification and", "Other changes"),
        _post_line("and research", "", "", "", "The post is reclassified."),
        _post_line("and analysis", "(1)", "P-3", "reassignment of Officer", "The incumbent would help."),
        "Abbreviation: NPO, National Professional Officer.",
        "Annex III",
    ]])
    table = next(b for b in read_text(path).blocks if isinstance(b, Table))
    assert [r.cells for r in table.parts[0].rows] == [
        ["Subprogramme 1 Human rights mainstreaming, right to development and research and "
         "analysis", "6", "P-3", "Establishment of Administrative Officer",
         "New mandates: Pact The incumbents would advise on compliance with controls."],
        ["", "2", "NPO", "Establishment of Finance and Budget Officer", ""],
        ["", "1", "P-4", "Reclassification and reassignment of Officer",
         "Other changes The post is reclassified."],
        ["", "(1)", "P-3", "", "The incumbent would help."]]
    assert table.notes == ["Abbreviation: NPO, National Professional Officer."]


def test_annex_text_columns_next_part_under_part_label(tmp_path: Path) -> None:
    """A second table of text columns printed just under the first, after only a
    part label and a title ("B. ..."), is the first table's next part, and the
    annex heading after it stays a heading of its own."""
    def head(label: str) -> str:
        return _post_line(label, "Posts", "Grade", "Description", "Reason for change")

    path = _paged(tmp_path, [[
        "9.1 The post changes are summarized in annex II.", "Annex II",
        "Summary of proposed post changes", "A. Office of the High Commissioner",
        head("Component/subprogramme"),
        _post_line("Subprogramme 1", "1", "P-4", "Establishment of Officer", "New mandates."),
        "B. Committee on Missing Persons", "Summary of proposed post changes",
        head("Office"),
        _post_line("Search Section", "1", "P-3", "Redeployment of Officer", "Other changes."),
        "Annex III", "Overall summary of resources",
    ]])
    layout = read_text(path)
    grids = [b for b in layout.blocks if isinstance(b, Table)]
    assert len(grids) == 1
    assert [[r.cells for r in p.rows] for p in grids[0].parts] == [
        [["Subprogramme 1", "1", "P-4", "Establishment of Officer", "New mandates."]],
        [["Search Section", "1", "P-3", "Redeployment of Officer", "Other changes."]]]
    assert [c.text for c in grids[0].parts[1].header[0]][0] == "Office"
    assert any(getattr(b, "text", "").startswith("Annex III") for b in layout.blocks)


def test_annex_text_columns_section_rows_and_own_labels(tmp_path: Path) -> None:
    """A header whose label heading goes on in a line of its own ("Component/" +
    "subprogramme", repeated so on the next page) heads a table of text columns whose
    first line is a section row (a label alone running across the value columns); a
    figure and its grade set one space apart ("1 P-5") are two cells; a capitalized
    label on a row's line where the label above had room for its first word is the
    row's own; a reason goes on in lower case under the next group's first line."""
    def line(label: str = "", posts: str = "", grade: str = "", desc: str = "",
             reason: str = "") -> str:
        return f"{label:<24}{posts:>4} {grade:<9}{desc:<26}{reason}"

    head = f"{'Component/':<22}{'Posts':<8}{'Grade':<8}{'Description':<26}Reason for change"
    path = _paged(tmp_path, [[
        "9.1 The post changes are summarized in annex II.", "Annex II",
        "Summary of proposed post changes", head, "subprogramme",
        "Department of Political and Peacebuilding Affairs",
        line("Executive direction and", "1", "P-5", "Establishment of Senior", "The post would advise"),
        line("management", "", "", "Officer", "the Under-Secretary-"),
        line("Programme support", "(1)", "P-5", "", "General on strategy."),
        line("Subprogramme 1", "1", "P-3", "Establishment of Officer", "The post would support"),
        line("Americas Division", "", "", "", "the Division in"),
        line("Nairobi:", "(1)", "P-3", "", ""),
        line("", "", "", "", "mediation."),
    ], [
        head, "subprogramme",
        line("Subprogramme 2", "1", "P-4", "Reclassification of post", "The post is needed."),
        "Annex III",
    ]])
    table = next(b for b in read_text(path).blocks if isinstance(b, Table))
    assert [c.text for c in table.parts[0].header[0]][0] == "Component/subprogramme"
    assert [r.cells for r in table.parts[0].rows] == [
        ["Department of Political and Peacebuilding Affairs", "", "", "", ""],
        ["Executive direction and management", "1", "P-5", "Establishment of Senior Officer",
         "The post would advise the Under-Secretary-General on strategy."],
        ["Programme support", "(1)", "P-5", "", ""],
        ["Subprogramme 1 Americas Division", "1", "P-3", "Establishment of Officer",
         "The post would support the Division in mediation."],
        ["Nairobi:", "(1)", "P-3", "", ""],
        ["Subprogramme 2", "1", "P-4", "Reclassification of post", "The post is needed."]]


def test_cell_opening_with_a_known_post_change() -> None:
    """A cell opens with a post change the edition knows, whole ("Establishment of")
    or broken where the label goes on ("Reassignment/" of "Reassignment/redeployment");
    a wrapped description's next line ("Officer (P-3), 1 Data") does not."""
    voc = vocabulary("en")
    assert voc.opens_row_label("Establishment of Finance Officer")
    assert voc.opens_row_label("Reassignment/")
    assert not voc.opens_row_label("Officer (P-3), 1 Data Analyst")
    assert not voc.opens_row_label("Assignment/")


def test_lone_page_number_of_a_sideways_page_is_running() -> None:
    """A page number printed alone ("3/6", apart from its job number, as on a page
    set sideways) where the footers number that page is a running line; a
    resolution symbol of the same form ("56/20") in a row is body."""
    from unfascicle.extract.text_blocks import drop_running
    from unfascicle.extract.text_grid_entries import PlainLine

    def page(p: int) -> list[str]:
        body = [f"Text {c} of page {'abcdef'[p - 1]}." for c in "opqrstuvw"]
        if p == 3:
            return [*body, "56/20    53 800", "Total    53 800", "3/6"]
        return [*body, f"26-04819 {p}/6"]

    lines = [PlainLine(20 * p + k, text, p) for p in range(1, 7)
             for k, text in enumerate(page(p))]
    kept, _ = drop_running(lines, vocabulary("en"))
    texts = [ln.text for ln in kept]
    assert "3/6" not in texts and "56/20    53 800" in texts and "Total    53 800" in texts


def test_reference_wrapped_to_line_start_is_no_paragraph(tmp_path: Path) -> None:
    """A paragraph number at a line's start whose text goes on in lower case ("9.3
    and annex IV") is a reference wrapped there: the real 9.3 below still starts
    its paragraph; and a lettered item resuming the paragraph's list after a table
    ("(c)") ends the table."""
    path = _paged(tmp_path, [[
        "9.2 The changes are as follows:",
        "(a) Executive direction (increase of $1,000), as explained in paragraph",
        "9.3 and annex IV;",
        "(b) Subprogramme 1 (increase of $2,000), as shown in table 9.8:",
        "Table 9.8", "Requirements", "(United States dollars)",
        "Resolution        Posts      Total",
        "57/19             –          3 600",
        "Total             –          3 600",
        "(c) Subprogramme 2 (increase of $3,000).",
        "9.3 The remaining requirements are shown in annex IV.",
    ]])
    layout = read_text(path)
    numbers = [b.number for b in layout.blocks if isinstance(b, Paragraph)]
    assert "9.3" in numbers
    para = next(b for b in layout.blocks if isinstance(b, Paragraph) and b.number == "9.3")
    assert para.text.startswith("The remaining")
    rows = tables(layout)["Table 9.8"].parts[0].rows
    assert [r.cells[0] for r in rows] == ["57/19", "Total"]


def test_a_table_of_words_only_joins_lines_wrapped_at_the_full_measure(tmp_path: Path) -> None:
    """A deliverables table with no value column (every row words) is one row per
    entry: a line that follows a line run to the full measure, without a sentence end,
    goes on that row, unless it opens a row of its own (lettered); the label column's
    heading printed above is the header, not a row."""
    prose = ["9.1 The subprogramme will deliver what table 9.11 lists, in line with the",
             "mandates entrusted to it by the General Assembly and by the Economic and",
             "Social Council, as the plan for the year sets them out and as reported."]
    path = _paged(tmp_path, [[
        *prose, "Table 9.11", "Subprogramme 4: deliverables, by category and subcategory",
        "Category and subcategory",
        "C. Substantive deliverables",
        "Consultation, advice and advocacy: shared public advocacy with humanitarian",
        "partners, to strengthen consistency in messaging.",
        "Databases and substantive digital materials: field guides and maps for more",
        "than one thousand operational partners.",
        "D. Communication deliverables",
        "External and media relations: daily media updates.",
        "9.2 Next paragraph of the fascicle, with a full line of words to set the measure",
        "of the page, and another."]])
    part = tables(read_text(path))["Table 9.11"].parts[0]
    assert [[c.text for c in row] for row in part.header] == [["Category and subcategory"]]
    assert [r.cells for r in part.rows] == [
        ["C. Substantive deliverables"],
        ["Consultation, advice and advocacy: shared public advocacy with humanitarian "
         "partners, to strengthen consistency in messaging."],
        ["Databases and substantive digital materials: field guides and maps for more "
         "than one thousand operational partners."],
        ["D. Communication deliverables"],
        ["External and media relations: daily media updates."]]


def _set_at(*pieces: tuple[int, str]) -> str:
    """A line of column-aligned text: each piece from its character position."""
    line = ""
    for at, piece in pieces:
        line += " " * (at - len(line)) + piece
    return line


@pytest.mark.parametrize("wrapped", [("2020(实", "际)"), ("2020", "(实际)")])
def test_column_aligned_prose_table_with_a_year_heading_centred_beside_the_others(
        tmp_path: Path, wrapped: tuple[str, str]) -> None:
    """Cells centred in the header row: a narrow first column's year heading wraps
    over two lines and the one-line headings sit beside its middle, between them
    ("2020(实", "2021(实际) 2022(实际)", "际)"; or the year alone above its
    qualifier). The lines finish the heading, which keeps its column's place."""
    top, rest = wrapped
    path = _paged(tmp_path, [["9.1 进展见下文业绩计量(见表 9.4)。", "表 9.4", "业绩计量",
                              top,
                              _set_at((14, "2021(实际)"), (34, "2022(实际)")),
                              _set_at((2, rest)),
                              _set_at((10, "支持地方当局制定"), (30, "批准三项区域发展")),
                              _set_at((0, "—"), (10, "区域空间发展计划"), (30, "计划并在十个城市")),
                              _set_at((10, "并推广"), (30, "实施和评估"))],
                             ["成果 2：下一个", "9.2 下一段。"]])
    part = tables(read_text(path))["表 9.4"].parts[0]
    assert [c.text for c in part.header[0]] == ["2020(实际)", "2021(实际)", "2022(实际)"]
    assert [r.cells for r in part.rows] == [
        ["—", "支持地方当局制定区域空间发展计划并推广", "批准三项区域发展计划并在十个城市实施和评估"]]


def test_column_aligned_prose_cells_centred_in_their_row(tmp_path: Path) -> None:
    """Cells centred in their row: a cell of three lines prints between the lines of
    its neighbours of two and four, each line of its own; an extractor squeezing
    ideographs sets the text after a short cell's line right after it, nearer to
    that column's start than to its own. A line's pieces go to the columns in
    order, none wider than its column: the cells are read whole."""
    path = _paged(tmp_path, [["9.1 进展见下文业绩计量(见表 9.4)。", "表 9.4", "业绩计量",
                              _set_at((0, "2020(实际)"), (16, "2021(实际)"), (32, "2022(实际)")),
                              _set_at((14, "支持地方当局制定")),
                              _set_at((30, "批准三项区域发展")),
                              _set_at((0, "十个城市"), (5, "区域空间发展规划")),
                              _set_at((30, "计划并在十个城市")),
                              _set_at((0, "受益"), (3, "并推广到其他地区")),
                              _set_at((30, "实施")),
                              _set_at((14, "和国家"))],
                             ["成果 2：下一个", "9.2 下一段。"]])
    part = tables(read_text(path))["表 9.4"].parts[0]
    assert [r.cells for r in part.rows] == [
        ["十个城市受益", "支持地方当局制定区域空间发展规划并推广到其他地区和国家",
         "批准三项区域发展计划并在十个城市实施"]]


def test_column_aligned_prose_text_as_near_to_the_next_heading_as_to_its_own(
        tmp_path: Path) -> None:
    """Headings centred over their columns, a column's text (set flush left) may
    start as near to the heading before as to its own: it is its own column's."""
    path = _paged(tmp_path, [["9.1 进展见下文业绩计量(见表 9.4)。", "表 9.4", "业绩计量",
                              _set_at((0, "2020(实际)"), (14, "2021(实际)"), (30, "2022(实际)")),
                              _set_at((0, "—"), (10, "支持地方当局"), (22, "在阿拉伯叙利亚")),
                              _set_at((10, "制定计划"), (22, "共和国的城市")),
                              _set_at((22, "并改善状况"))],
                             ["成果 2：下一个", "9.2 下一段。"]])
    part = tables(read_text(path))["表 9.4"].parts[0]
    assert [r.cells for r in part.rows] == [
        ["—", "支持地方当局制定计划", "在阿拉伯叙利亚共和国的城市并改善状况"]]


def test_values_alone_centred_in_a_wrapped_label_keep_their_indent(tmp_path: Path) -> None:
    """Column-aligned text, no row printing every column on the page: a line of values
    alone, its label wrapped around it (cells centred in their row), has its blank
    where the spaces before its first value show one, as a labelled row has it
    where the gap after its label does."""
    header = "                2022 年核定   2023 年核定   2024 年拟议"
    path = _paged(tmp_path, [["9.1 下文列示资源。", "表 9.6", "资源", "(千美元/员额数目)", header,
                              "员额            2 629.7       2 210.1       2 210.1",
                              "非员额          341.6         232.4         275.3",
                              "差旅            12.1          10.4          11.0",
                              "共计            2 982.9       2 452.9       2 496.4"],
                             [header,
                              "专业及以上职类                11            11",
                              "一般事务及有关",
                              "                              5             5",
                              "职类",
                              "共计                          16            16",
                              "9.2 下一段。"]])
    rows = {r.cells[0]: r.cells[1:] for r in tables(read_text(path))["表 9.6"].parts[0].rows}
    assert rows["一般事务及有关职类"] == ["", "5", "5"]
    assert rows["专业及以上职类"] == ["", "11", "11"]


@pytest.mark.parametrize("mark_below", [False, True], ids=["mark-on-figure", "mark-opens-line"])
def test_row_values_going_on_in_lines_of_values_alone(tmp_path: Path,
                                                       mark_below: bool) -> None:
    """Plain text (``pdftotext -raw``, pypdfium2) breaking a row's line after a raised
    footnote mark: the row's label and first figures, then its other values on lines
    of values alone. Joined, each row reads as the count the table's rows print; a
    mark printed opening the next line goes back to its figure."""
    values = ["–", "2", "4", "3", "–", "14", "–", "2", "5", "21"]
    first = ["Approved 2025 1 1", "c – 2 4 3" if mark_below else "– 2 4 3"]
    if not mark_below:
        first[0] += "c"
    path = _paged(tmp_path, [[
        "9.1 The posts are shown in table 9.8.", "Table 9.8", "Human resources",
        "USG ASG D-2 D-1 P-5 P-4 P-3 Sub GS LL Sub Total",
        *first, "– 14 – 2 5 21",
        "Proposed 2026 1 1", "– 2 4", "3 – 14 – 2", "5 21",
        "Change " + " ".join(["–"] * 12),
        "9.2 Next paragraph.",
    ], ["9.3 Last paragraph."]])
    rows = tables(read_text(path))["Table 9.8"].parts[0].rows
    assert [r.cells for r in rows] == [["Approved 2025", "1", "1c", *values],
                                       ["Proposed 2026", "1", "1", *values],
                                       ["Change", *["–"] * 12]]


def test_figures_one_space_apart_read_so_that_the_row_adds_up(tmp_path: Path) -> None:
    """Whole dollars one space apart, no column positions: "19 800 135 700" is two
    figures or "19 800 135" and "700" as far as the text tells (each reading has no
    figure longer than "1 256 800"); the one whose last value, the row total, is the
    sum of the others is the row's. A row whose reading adds up keeps it."""
    path = _paged(tmp_path, [[
        "9.1 The requirements are shown in table 9.8.", "Table 9.8",
        "Requirements to implement new mandates", "(United States dollars)",
        "Resolution Posts Other staff costs Consultants Travel of representatives "
        "Travel of staff Total",
        "56/10 – 1 256 800 192 400 19 800 135 700 1 604 700",
        "56/11 – 12 500 – 4 100 – 16 600",
        "57/6 – – – – 4 100 4 100",
        "57/10 – 71 800 – 6 100 – 77 900",
        "Total – 1 341 100 192 400 30 000 139 800 1 703 300",
        "9.2 Next paragraph.",
    ], ["9.3 Last paragraph."]])
    rows = tables(read_text(path))["Table 9.8"].parts[0].rows
    assert [r.cells for r in rows] == [
        ["56/10", "–", "1 256 800", "192 400", "19 800", "135 700", "1 604 700"],
        ["56/11", "–", "12 500", "–", "4 100", "–", "16 600"],
        ["57/6", "–", "–", "–", "–", "4 100", "4 100"],
        ["57/10", "–", "71 800", "–", "6 100", "–", "77 900"],
        ["Total", "–", "1 341 100", "192 400", "30 000", "139 800", "1 703 300"]]


_POST_CHANGES = [
    "9.1 The post changes are summarized in annex II.", "Annex II",
    "Summary of proposed post changes, by component and subprogramme",
    "Component/subprogramme Posts Grade Description Reason for change",
    "Subprogramme 1 1 P-4 Establishment of Human New/expanded mandates: Pact for the Future",
    "Human rights 1 P-3 Rights Officer The incumbents would provide thematic expertise",
    "mainstreaming 4 P-4 Redeployment of Human in support of the field offices and the",
    "Rights Officer",
    "establishment of 7 P-3 posts in the regions.",
    "Executive direction (1) GS (OL) Abolishment of The proposed abolishment results",
    "and management Administrative from synergies.",
    "Assistant",
    "Component/subprogramme Posts Grade Description Reason for change",
    "Programme support – D-1 Reassignment of Chief The function has evolved.",
]


def test_post_changes_printed_side_by_side(tmp_path: Path) -> None:
    """An annex's post changes table without column positions (pdfplumber): a row is
    a line holding a count of posts and a grade; the label piece before them starts a
    label after text that ended a sentence, or goes on in the label of the rows above;
    a line's first words that finish a known row label are its; a sentence counting
    posts ("… of 7 P-3 posts …") opens no row; the header repeated on a page is
    skipped. The table is numbered after its annex."""
    path = _paged(tmp_path, [_POST_CHANGES[:12], [*_POST_CHANGES[12:], "9.2 Next."]])
    table = next(b for b in read_text(path).blocks if isinstance(b, Table)
                 and b.parts[0].header[0][0].text == "Component/subprogramme")
    assert [r.cells[:3] for r in table.parts[0].rows] == [
        ["Subprogramme 1 Human rights mainstreaming", "1", "P-4"], ["", "1", "P-3"],
        ["", "4", "P-4"], ["Executive direction and management", "(1)", "GS (OL)"],
        ["Programme support", "–", "D-1"]]
    assert [c.text for c in table.parts[0].header[0]] == [
        "Component/subprogramme", "Posts", "Grade", "Description", "Reason for change"]
    assert table.parts[0].rows[2].cells[3].endswith("posts in the regions.")


def test_annex_heading_alone_starts_a_block_after_an_unfinished_line(tmp_path: Path) -> None:
    """A page's running head left in the text runs on from the last note of the page
    above ("… located in Madrid." + "Part" + "II" …): an annex heading alone on its
    line still starts a heading of its own, which numbers the annex's tables."""
    lines = ["9.1 The posts are shown below.", "h Regular budget posts located in Madrid.",
             "Part", "II", "Annex II", "Summary of proposed post changes", "9.2 Next."]
    layout = read_text(_paged(tmp_path, [lines]))
    assert "Annex II Summary of proposed post changes" in [
        b.text for b in layout.blocks if isinstance(b, Heading)]


def test_post_changes_printed_a_cell_after_another(tmp_path: Path) -> None:
    """The same table as ``pdftotext -raw`` and pypdfium2 print it: a row's label
    lines, its line (count, grade, the description's first line), the rest of the
    description while its lines fill the column, then the reason (a label's line
    ending in a colon ends no reason); the header's first heading wrapped over two
    lines above the others."""
    lines = ["9.1 The post changes are summarized in annex II.", "Annex II",
             "Summary of proposed post changes", "Component/", "subprogramme",
             "Posts Grade Description Reason for change",
             "Subprogramme 1", "Human rights", "1 P-4 Establishment of Human", "Rights Officer",
             "New/expanded mandates: Pact for the Future. The incumbents would provide "
             "thematic expertise to the regional offices.",
             "1 P-3", "4 P-4 Redeployment of Human", "Rights Officer 5 P-3",
             "Geneva:", "programme support", "(1) D-1 Abolishment of Chief",
             "The proposed abolishment results from synergies across the offices.", "9.2 Next."]
    table = next(b for b in read_text(_paged(tmp_path, [lines])).blocks
                 if isinstance(b, Table) and b.parts[0].rows)
    assert [r.cells for r in table.parts[0].rows] == [
        ["Subprogramme 1 Human rights", "1", "P-4", "Establishment of Human Rights Officer",
         lines[10]],
        ["", "1", "P-3", "", ""],
        ["", "4", "P-4", "Redeployment of Human Rights Officer", ""],
        ["", "5", "P-3", "", ""],
        ["Geneva: programme support", "(1)", "D-1", "Abolishment of Chief", lines[17]]]


def test_policymaking_organs_with_values_below_their_text(tmp_path: Path) -> None:
    """Policymaking organs as ``pdftotext -raw`` prints them: a row's label (beside
    its text's first line, or on lines of its own above it), its text ("Mandate: …",
    then its fields), then its values on a line of their own, centred in the row: the
    fields are lines of the row's text, a field's figure ("… in 2026: 3") no head of
    a number broken over the values below."""
    mandate = ["Mandate: article 28 of the Covenant, adopted by the",
               "General Assembly in its resolution 2200 (XXI)", "Membership: 18 experts",
               "Number of sessions in 2026: 3"]
    other = ["Mandate: Economic and Social Council resolution 1985/17",
             "Membership: 18 experts", "Number of sessions in 2026: 2"]
    path = _paged(tmp_path, [[
        "9.1 The resources are shown in table 9.29.", "Table 9.29", "Policymaking organs",
        "(Thousands of United States dollars)", "Policymaking organ Additional information",
        "2025", "approved", "2026", "estimate", f"Human Rights Committee {mandate[0]}",
        *mandate[1:], "873.4 873.4", "Committee on Economic, Social and", "Cultural Rights",
        *other, "1 125.8 1 125.8", "Total 1 999.2 1 999.2", "9.2 Next paragraph."]])
    rows = tables(read_text(path))["Table 9.29"].parts[0].rows
    assert [r.cells for r in rows] == [
        ["Human Rights Committee", " ".join(mandate), "873.4", "873.4"],
        ["Committee on Economic, Social and Cultural Rights", " ".join(other),
         "1 125.8", "1 125.8"],
        ["Total", "", "1 999.2", "1 999.2"]]


def test_lettered_note_under_prose_cells_side_by_side(tmp_path: Path) -> None:
    """A table of prose cells (no values) with a note lettered to a cell's word
    ("networksa") under it: the note is the table's, not the last lines of
    its cells."""
    path = _paged(tmp_path, [[
        *PROSE_INTRO, "Performance measure",
        "2024 (actual) 2025 (planned)",
        "Three regional More cities",
        "networks share taking part in",
        "a common agenda the networksa",
        "a Measured by the number of cities taking part in two or more meetings.",
        "9.2 The networks will meet every year.",
    ], ["9.3 Last paragraph."]])
    table = tables(read_text(path))["Table 9.4"]
    assert [r.cells for r in table.parts[0].rows] == [[
        "Three regional networks share a common agenda",
        "More cities taking part in the networksa"]]
    assert table.notes == ["a Measured by the number of cities taking part in two or more "
                           "meetings."]


def test_singular_planned_result_heading_ends_a_prose_table(tmp_path: Path) -> None:
    """"Planned result for 2027" (one result) is a heading as "Planned results for
    2027" is: it ends the prose table above it rather than print as its last line."""
    path = _paged(tmp_path, [[
        *PROSE_INTRO, "Performance measure",
        "2024 (actual)       2025 (actual)     2026 (planned)",
        "",
        "Three cities        Two plans         –",
        "adopted plans       adopted",
        "Planned result for 2027",
        "Result 1: more housing",
        "9.2 Next paragraph.",
    ]])
    layout = read_text(path)
    rows = tables(layout)["Table 9.4"].parts[0].rows
    assert [r.cells for r in rows] == [["Three cities adopted plans", "Two plans adopted", "–"]]
    assert any(isinstance(b, Heading) and b.text.startswith("Planned result for 2027")
               for b in layout.blocks)


@pytest.mark.parametrize("heading", ["Planned result for 2027",
                                     "Programme performance in 2025 and target for 2027"])
def test_side_by_side_prose_table_ends_at_a_result_heading(tmp_path: Path, heading: str) -> None:
    """A heading of the family's result sections, in its singular ("Planned result
    for 2027") or with its target year ("Programme performance in 2025 and target
    for 2027"), ends a performance measure table printed side by side above it."""
    path = _paged(tmp_path, [[
        "9.1 Progress is presented in table 9.4.", "Table 9.4", "Performance measure",
        "2023 (actual) 2024 (actual) 2025 (actual)",
        "Two rounds of talks Three rounds of talks Four rounds of talks",
        "held with the parties held with the parties held with the parties",
        heading,
        "Wider support for the talks among the parties",
        "9.2 Next paragraph."]])
    row = tables(read_text(path))["Table 9.4"].parts[0].rows[-1]
    assert row.cells == ["Two rounds of talks held with the parties",
                         "Three rounds of talks held with the parties",
                         "Four rounds of talks held with the parties"]


def _organ_cells(tmp_path: Path, opening: list[str], rows: list[str]) -> list[list[str]]:
    """The cells of a policymaking-organs table (label, additional information, two
    years) printed on one page after the paragraphs ``opening``, its lines ``rows``."""
    path = _paged(tmp_path, [[
        *opening,
        "Table 9.6", "Policymaking organs", "(Thousands of United States dollars)", "2025 2026",
        "Policymaking organ Additional information approved estimate",
        *rows,
        "9.2 Next paragraph.",
    ], ["9.3 Last paragraph."]])
    return [r.cells for r in tables(read_text(path))["Table 9.6"].parts[0].rows]


def test_policymaking_organs_label_going_on_beside_the_text(tmp_path: Path) -> None:
    """Text without column positions of a table printing a row's label beside its
    text ("Additional information"): a line below a row's first line parts between
    the label and the text, each part no wider than its column and opening with a
    word its column's line above had no room for, where the document's wording
    binds no two words parted ("Migrant Workers and Their" + "later amendments");
    a line that fits only the label goes on in it ("Families")."""
    cells = _organ_cells(tmp_path, [
        "9.1 The Committee on the Protection of Migrant Workers and Their Families met "
        "twice, under resolution 45/67 and its later amendments of 1990; the Protection of "
        "Migrant Workers and Their Families is its mandate.",
    ], [
        "Committee on the Protection of Mandate: General Assembly resolution 45/67 and its "
        "12.0 12.0",
        "Migrant Workers and Their later amendments",
        "Families",
        "Membership: 14 experts",
        "Standing Group on Water Resources Mandate: resolution 8/9 – –",
        "Total 12.0 12.0",
    ])
    assert cells == [
        ["Committee on the Protection of Migrant Workers and Their Families",
         "Mandate: General Assembly resolution 45/67 and its later amendments", "12.0", "12.0"],
        ["", "Membership: 14 experts", "", ""],
        ["Standing Group on Water Resources", "Mandate: resolution 8/9", "–", "–"],
        ["Total", "", "12.0", "12.0"]]


def test_post_changes_side_by_side_with_a_list_of_posts_in_a_reason(tmp_path: Path) -> None:
    """A reason listing posts ("(1 D-1, 2 P-5, 3 P-4 and 1 General") counts them after
    a grade and a comma: that count opens no row."""
    lines = [*_POST_CHANGES[:12],
             "Programme support – D-1 Reassignment of Chief The Office has six posts",
             "(1 D-1, 2 P-5, 3 P-4 and 1 General",
             "Service (Other level)).", "9.2 Next."]
    table = next(b for b in read_text(_paged(tmp_path, [lines])).blocks if isinstance(b, Table)
                 and b.parts[0].header[0][0].text == "Component/subprogramme")
    assert [r.cells[:3] for r in table.parts[0].rows][-1] == ["Programme support", "–", "D-1"]
    assert table.parts[0].rows[-1].cells[3].endswith("(Other level)).")


def test_policymaking_organs_label_going_on_in_a_line_of_figures_or_a_field(
        tmp_path: Path) -> None:
    """Text without column positions of a table printing a row's label beside its
    text: a line below a row's first line that reads as a row of figures ("pursuant
    to resolution 1518 (2003)") or as a field ("Cultural Rights Membership: 18
    experts") goes on in the label where it fits the label column and the label's
    line above ends in a word the document binds to its first; a field opening in it
    is a text row of its own."""
    cells = _organ_cells(tmp_path, [
        "9.1 The committee established pursuant to resolution 1518 (2003) and the committee "
        "established pursuant to resolution 1636 (2005) report to the Committee on Economic, "
        "Social and Cultural Rights, as the Social and Cultural Rights Committee asks.",
    ], [
        "Sanctions Committee established Mandate: Security Council resolution 1518 (2003) – –",
        "pursuant to resolution 1518 (2003)",
        "Membership: 15",
        "Committee on Economic, Social and Mandate: Council resolution 1985/17 12.0 12.0",
        "Cultural Rights Membership: 18 experts",
        "Total 12.0 12.0",
    ])
    assert cells == [
        ["Sanctions Committee established pursuant to resolution 1518 (2003)",
         "Mandate: Security Council resolution 1518 (2003)", "–", "–"],
        ["", "Membership: 15", "", ""],
        ["Committee on Economic, Social and Cultural Rights",
         "Mandate: Council resolution 1985/17", "12.0", "12.0"],
        ["", "Membership: 18 experts", "", ""],
        ["Total", "", "12.0", "12.0"]]


def test_policymaking_organs_label_ending_in_a_bracket_beside_the_text(tmp_path: Path) -> None:
    """Text without column positions of a table printing a row's label beside its
    text: a text ending in a closing bracket ("Mandate: ... resolution 2206 (2015)")
    is no unfinished cell, however often the document goes on after that word
    elsewhere ("(2015) on ..."), so a line below may go on in the label alone, to its
    last word ("... (2015) concerning"), and the label's last line below a field
    ("South Sudan") is the label's too."""
    topics = ", ".join(f"2206 (2015) on topic {k}" for k in range(12))
    cells = _organ_cells(tmp_path, [
        "9.1 The committee established pursuant to resolution 2206 (2015) and the committee "
        f"established pursuant to it report under resolutions {topics}.",
    ], [
        "Committee on Peaceful Uses of the Deep Seabed Mandate: resolution 1/2 1.0 1.0",
        "Security Council Sanctions Committee established Mandate: Council resolution 2206 (2015) "
        "– –",
        "pursuant to resolution 2206 (2015) concerning",
        "Membership: 15",
        "South Sudan",
        "Total 1.0 1.0",
    ])
    assert cells == [
        ["Committee on Peaceful Uses of the Deep Seabed", "Mandate: resolution 1/2", "1.0", "1.0"],
        ["Security Council Sanctions Committee established pursuant to resolution 2206 (2015) "
         "concerning South Sudan", "Mandate: Council resolution 2206 (2015)", "–", "–"],
        ["", "Membership: 15", "", ""],
        ["Total", "", "1.0", "1.0"]]


def test_policymaking_organs_label_wrapped_between_the_fields_beside_it(tmp_path: Path) -> None:
    """Text without column positions of a table printing a row's label beside its
    text, where the extractor sets a wrapped label's lines between the fields beside
    them: a line that is a field from its first word ("Membership: 3 Member States")
    is a text row of its own, though the label's line above ends in a word the
    document never ends a clause with ("... the Human", before "Rights" below)."""
    cells = _organ_cells(tmp_path, [
        "9.1 " + " ".join(f"The Human Rights body {k} met." for k in range(12)),
    ], [
        ("Committee on the Rights of the Child Mandate: article 17 of the Convention "
         "against Torture and Other Cruel 1.0 1.0"),
        "Special Committee to Investigate Mandate: General Assembly resolution 2443 (XXIII) "
        "2.0 2.0",
        "Israeli Practices Affecting the Human",
        "Membership: 3 Member States",
        "Rights of the Palestinian People and",
        "Number of sessions in 2026: 1",
        "Other Arabs of the Occupied",
        "Territories",
        "Total 3.0 3.0",
    ])
    assert cells == [
        ["Committee on the Rights of the Child",
         "Mandate: article 17 of the Convention against Torture and Other Cruel", "1.0", "1.0"],
        ["Special Committee to Investigate Israeli Practices Affecting the Human Rights of the "
         "Palestinian People and Other Arabs of the Occupied Territories",
         "Mandate: General Assembly resolution 2443 (XXIII)", "2.0", "2.0"],
        ["", "Membership: 3 Member States", "", ""],
        ["", "Number of sessions in 2026: 1", "", ""],
        ["Total", "", "3.0", "3.0"]]


def test_policymaking_organs_label_and_text_going_on_in_a_line_of_figures(
        tmp_path: Path) -> None:
    """Text without column positions of a table printing a row's label beside its
    text: a line below a row's first line that ends in what reads as figures ("...
    and 2253 (2011) and 2253 (2015)") parts between the label and the text where the
    label's line above is unfinished ("... pursuant to") and the line parts into the
    two columns; the label's line below it goes on in the label."""
    cells = _organ_cells(tmp_path, [
        "9.1 " + " ".join(f"Report {k} was issued pursuant to decision {k}." for k in range(12)),
    ], [
        "Special Committee on the Situation with regard Mandate: article 17 of the Convention "
        "1.0 1.0",
        "Security Council Committee pursuant to Mandate: Security Council resolutions 1267 "
        "(1999), 1989 – –",
        "resolutions 1267 (1999), 1989 (2011) and 2253 (2011) and 2253 (2015)",
        "(2015) concerning Islamic State",
        "Membership: 15",
        "Total 1.0 1.0",
    ])
    assert cells[1:] == [
        ["Security Council Committee pursuant to resolutions 1267 (1999), 1989 (2011) and "
         "2253 (2015) concerning Islamic State",
         "Mandate: Security Council resolutions 1267 (1999), 1989 (2011) and 2253 (2015)",
         "–", "–"],
        ["", "Membership: 15", "", ""],
        ["Total", "", "1.0", "1.0"]]


def test_policymaking_organs_label_before_a_field_after_a_page_break(tmp_path: Path) -> None:
    """Text without column positions of a table printing a row's label beside its
    text: words fitting the label column before a field in one line ("Mali Number of
    sessions ...") are the label's, a field opening a line of the text cell, whatever
    word the label's line above ends in (here after a page break and the repeated
    header)."""
    path = _paged(tmp_path, [[
        "9.1 The Council acts under resolution 2374 (2017) concerning its sanctions.",
        "Table 9.6", "Policymaking organs", "(Thousands of United States dollars)", "2025 2026",
        "Policymaking organ Additional information approved estimate",
        ("Special Committee on the Situation with regard Mandate: article 17 of the Convention "
         "against Torture and Other Cruel 1.0 1.0"),
        "Security Council Committee established Mandate: Security Council resolution 2374 "
        "(2017) – –",
        "pursuant to resolution 2374 (2017) concerning",
        "Membership: 15",
    ], ["2025 2026", "Policymaking organ Additional information approved estimate",
        "Mali Number of sessions in 2026: continuous",
        "Total 1.0 1.0",
        "9.2 Next paragraph."]])
    rows = tables(read_text(path))["Table 9.6"].parts[0].rows
    assert [r.cells for r in rows][1:] == [
        ["Security Council Committee established pursuant to resolution 2374 (2017) "
         "concerning Mali", "Mandate: Security Council resolution 2374 (2017)", "–", "–"],
        ["", "Membership: 15", "", ""],
        ["", "Number of sessions in 2026: continuous", "", ""],
        ["Total", "", "1.0", "1.0"]]


def test_policymaking_organs_label_wrapped_short_of_its_measured_width(tmp_path: Path) -> None:
    """Text without column positions of a table printing a row's label beside its
    text: characters only stand in for a face's widths, so a word that would have
    made a label's line no wider than the widest the column printed may still have
    wrapped ("Working Group on Children and Armed" / "Conflict", the document binding
    the two words): it goes on in the label, not in the text."""
    cells = _organ_cells(tmp_path, [
        "9.1 Children and Armed Conflict, and children in armed conflict, are a topic; "
        "Children and Armed Conflict is its name.",
    ], [
        ("Special Committee on the Situation with regard Mandate: article 17 of the Convention "
         "against Torture and Other Cruel 1.0 1.0"),
        "Working Group on Children and Armed Mandate: Security Council resolution 1612 (2005) "
        "– –",
        "Conflict",
        "Membership: 15",
        "Total 1.0 1.0",
    ])
    assert cells[1:] == [
        ["Working Group on Children and Armed Conflict",
         "Mandate: Security Council resolution 1612 (2005)", "–", "–"],
        ["", "Membership: 15", "", ""],
        ["Total", "", "1.0", "1.0"]]


def test_policymaking_organs_line_parted_where_its_text_keeps_to_the_measure(
        tmp_path: Path) -> None:
    """Text without column positions of a table printing a row's label beside its
    text: where two ways to part a line below a row's first line cost the same, the
    one whose parts are no wider than their columns' widest lines is read ("Committee
    on Enforced" + "Disappearances", the text going on "adopted by ..."), not the
    whole line going on in the text, wider than any line the text column printed."""
    cells = _organ_cells(tmp_path, [
        "9.1 " + " ".join(f"Treaty {k} was adopted by the General Assembly in its resolution "
                          f"{k}/1." for k in range(6)),
    ], [
        "Committee on the Rights of the Child Mandate: article 17 of the Convention against "
        "Torture and Other 1.0 1.0",
        "Committee on Enforced Mandate: article 29 of the Convention on Enforced "
        "Disappearances, 2.0 2.0",
        "Disappearances adopted by the General Assembly in its resolution 61/177",
        "Membership: 10 experts",
        "Total 3.0 3.0",
    ])
    assert cells[1:] == [
        ["Committee on Enforced Disappearances",
         "Mandate: article 29 of the Convention on Enforced Disappearances, adopted by the "
         "General Assembly in its resolution 61/177", "2.0", "2.0"],
        ["", "Membership: 10 experts", "", ""],
        ["Total", "", "3.0", "3.0"]]


def test_side_by_side_prose_table_keeps_its_lettered_note_out(tmp_path: Path) -> None:
    """Cells side by side one space apart, the last marked for a note ("materialsa")
    printed under the table: the line opening with that letter is the table's note,
    not a line of its cells, as the mark set against a word above shows (in a table
    of prose no figure carries it)."""
    path = _paged(tmp_path, [[
        "9.1 National offices use training materials drafted for national statistical "
        "offices and tested in two pilot countries in their daily work (see table 9.4).",
        "Table 9.4", "Performance measure", "2023 (actual) 2024 (actual) 2025 (planned)",
        "Training modules Modules were National offices use",
        "were drafted for tested in two pilot the revised training",
        "national statistical countries materialsa in their", "offices daily work",
        "a The revision of the modules has been postponed to 2027, in line with the estimates.",
        "9.2 Next paragraph."]])
    table = tables(read_text(path))["Table 9.4"]
    assert table.parts[0].rows[0].cells == [
        "Training modules were drafted for national statistical offices",
        "Modules were tested in two pilot countries",
        "National offices use the revised training materialsa in their daily work"]
    assert table.notes == ["a The revision of the modules has been postponed to 2027, in line "
                           "with the estimates."]


def test_annex_numbering_its_own_paragraphs_alone_on_their_lines(tmp_path: Path) -> None:
    """pdftotext's default mode and mutool print a paragraph's number on a line of
    its own: an annex numbering its paragraphs "1.", "2." so still has them as
    numbered paragraphs, while a table's rows numbered "1.", "2." and printed alone
    before the annex stay rows and the sectioned paragraphs around them keep their
    numbers."""
    path = _pdf_pages(tmp_path, [[
        "9.1", "The resources are shown in table 9.2 below, by component.", "",
        "Table 9.2", "Deliverables by category", "", "Category", "", "2025", "", "planned", "",
        "2026", "", "planned", "", "Documents (number)", "13", "14", "",
        "1.", "Reports to the Assembly", "1", "2", "",
        "2.", "Reports to the Council", "2", "2", "",
        "9.2", "The office will report on its work in the next budget.", "",
    ], [
        "Annex I", "", "Background and methodology", "",
        "1.", "", "In its resolution the Assembly asked for an assessment of needs.", "",
        "2.", "", "The assessment covers the regional offices and their staff.", "",
    ]])
    layout = read_text(path)
    rows = tables(layout)["Table 9.2"].parts[0].rows
    assert [r.cells for r in rows[-2:]] == [["1. Reports to the Assembly", "1", "2"],
                                            ["2. Reports to the Council", "2", "2"]]
    paras = [(b.number, b.text) for b in layout.blocks if isinstance(b, Paragraph)]
    assert [number for number, _ in paras] == ["9.1", "9.2", "1", "2"]
    assert paras[-2:] == [("1", "In its resolution the Assembly asked for an assessment of needs."),
                          ("2", "The assessment covers the regional offices and their staff.")]


def test_paragraph_number_alone_after_a_number_left_out(tmp_path: Path) -> None:
    """A document may leave a paragraph number out ("9.2", "9.4", "9.5"): printed
    alone on its line (pdftotext's default mode, mutool), the number one past the
    next still opens its paragraph, as it does printed before its text, where the
    number after it starts a line too."""
    path = _pdf_pages(tmp_path, [[
        "9.1", "", "The office supports the meetings of the Assembly.", "",
        "9.3", "", "The office also supports the meetings of the Council.", "",
        "9.4", "", "The resources proposed are shown in the tables below.", "",
    ]])
    paras = [(b.number, b.text) for b in read_text(path).blocks if isinstance(b, Paragraph)]
    assert [number for number, _ in paras] == ["9.1", "9.3", "9.4"]


def test_part_of_one_paragraph_opens_its_series(tmp_path: Path) -> None:
    """A section divided in parts numbers each part's paragraphs ("9.I.1", "9.I.2");
    a part of one paragraph has no second number, yet its "9.II.1" after "9.I.2" opens
    the next part's series, printed alone on its line as the default mode prints it
    (here with the page's footer between it and its text)."""
    path = _pdf_pages(tmp_path, [[
        "9.I.1", "", "The office supports the meetings of the Assembly.", "",
        "9.I.2", "", "The office also supports the meetings of the Council.", "",
        "25-00001", "", "1/2", "",
    ], [
        "Part II", "", "Special missions", "",
        "II. Special missions", "Resource requirements: $1,500", "9.II.1", "", "2/2", "",
        "The resources proposed for the missions are shown in the reports.", "",
        "25-00001", "", "Part II", "", "Special missions", "",
    ]])
    paras = [(b.number, b.text) for b in read_text(path).blocks if isinstance(b, Paragraph)]
    assert [number for number, _ in paras] == ["9.I.1", "9.I.2", "9.II.1"]
