"""Page breaks found from footers in a text that marks none (``text_pages``)."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from unfascicle.extract.model import Table
from unfascicle.extract.text_blocks import drop_running
from unfascicle.extract.text_grid_entries import PlainLine
from unfascicle.extract.text_lines import SrcLine, split_source
from unfascicle.extract.text_pages import paginate
from unfascicle.extract.text_reader import read_text
from unfascicle.extract.text_source import read_source
from unfascicle.extract.text_vocab import Footer, vocabulary

EN = vocabulary("en")


def test_a_page_starts_after_each_footer_page_number() -> None:
    raws = ["Lead paragraph one.", "31-00042 1/3", "Running head", "Body two.",
            "4/3", "Body of the page.", "31-00042 2/3", "Running head", "Body three.",
            "31-00042 3/3"]
    got = paginate(raws, EN)
    assert [at for at, raw in enumerate(got) if raw.startswith("\f")] == [2, 7]
    assert [raw.lstrip("\f") for raw in got] == raws


def test_a_page_starts_at_its_footer_where_footers_head_the_pages() -> None:
    raws = ["Cover.", "Body one.", "Head", "31-00042 2/3", "Body two.", "Body two.", "Head",
            "3/3", "31-00042", "Body three."]
    got = paginate(raws, EN)
    assert [at for at, raw in enumerate(got) if raw.startswith("\f")] == [3, 7]


def test_pages_whose_number_is_printed_on_top_break_after_the_job_number() -> None:
    body = [f"Body line {n} of the made-up page, long enough to be text." for n in range(4)]
    raws = ["Cover.", *body, "31-00042", "1/4", "2/4", *body, "31-00042", "Head", *body,
            "31-00042", "3/4", "4/4", *body, "31-00042"]
    got = paginate(raws, EN)
    assert [at for at, raw in enumerate(got) if raw.startswith("\f")] == [7, 13, 20]


def test_a_text_with_form_feeds_keeps_its_own() -> None:
    raws = ["Body one.", "31-00042 1/3", "\fBody two.", "31-00042 2/3", "Body three."]
    assert paginate(raws, EN) == raws


def test_a_lone_fraction_is_no_page_number() -> None:
    raws = ["Body one.", "1/2", "Body two.", "31-00042 1/3", "Body three."]
    assert paginate(raws, EN) == raws


def test_a_footer_run_into_the_next_page_is_put_on_its_own_line() -> None:
    raws = ["Body one.", "31-00042 1/32031 plan", "Body two.", "31-00042 2/3Head",
            "Body three.", "3/3 31-00042"]
    assert [raw.lstrip("\f") for raw in paginate(raws, EN)] == [
        "Body one.", "31-00042 1/3", "2031 plan", "Body two.", "31-00042 2/3", "Head",
        "Body three.", "3/3 31-00042"]


def test_a_footer_run_into_the_page_before_is_put_on_its_own_line() -> None:
    raws = ["Body one.", "Body ends.2/3 31-00042", "Body two.", "3/3 31-00042Head", "Body."]
    assert [raw.lstrip("\f") for raw in paginate(raws, EN)] == [
        "Body one.", "Body ends.", "2/3 31-00042", "Body two.", "3/3 31-00042", "Head", "Body."]


def test_a_footer_set_apart_by_a_space_stays_on_its_line() -> None:
    raws = ["31-00042 1/3 Head", "Body.", "31-00042 2/3 Head", "Body."]
    assert paginate(raws, EN) == raws


def test_running_heads_come_out_of_a_text_without_form_feeds(tmp_path) -> None:
    words = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima".split()
    pages = [[f"{n}.{k} The {words[(n + k) % 12]} clause of the made-up plan, {words[k]} part."
              for k in range(1, 9)] + ["31-00042", f"{n}/4"] for n in range(1, 5)]
    path = tmp_path / "plan.txt"
    path.write_text("\n".join("\n".join(["A made-up head", *page] if n else page)
                              for n, page in enumerate(pages)), encoding="utf-8")
    src, _ = read_source(path, "en")
    assert "A made-up head" in src.running
    assert not any("made-up head" in ln.text for ln in src.lines)


def test_a_fraction_without_the_job_number_beside_it_is_no_page_number() -> None:
    raws = ["Body one.", "1/3", "Body two.", "Body three.", "Body four.", "Body five.", "2/3",
            "Body six.", "31-00042", "Body seven."]
    assert paginate(raws, EN) == raws


def test_a_text_with_footers_on_few_of_its_pages_is_not_parted_at_them() -> None:
    raws = ["Body one.", "31-00042 4/9", "Body two.", "31-00042 7/9", "Body three."]
    assert paginate(raws, EN) == raws


def test_footers_are_left_run_into_lines_where_no_pages_are_found() -> None:
    raws = ["Body one.", "31-00042 1/9Body two.", "31-00042 3/9Body three.", "Body four."]
    assert paginate(raws, EN) == raws


def test_a_pages_margin_printed_after_its_footer_stays_on_the_page() -> None:
    """pdftotext may print a page's margin numbers as a block of its own after the
    footer: followed by the running head that opens the next pages, they are the
    page's; a number followed by its paragraph's text opens the next page."""
    raws = ["Cover.", "31-00042 1/4", "Head", "The page's text.", "31-00042 2/4", "",
            "1.1", "1.2", "", "Head", "The next page's text.", "31-00042 3/4",
            "1.3", "Its text opens the last page.", "31-00042 4/4"]
    got = paginate(raws, EN)
    assert [at for at, raw in enumerate(got) if raw.startswith("\f")] == [2, 8, 12]


def test_margins_after_footers_stay_on_their_pages_under_alternating_heads() -> None:
    """Odd and even pages may open with two running heads: each, opening several
    pages, keeps the margin numbers printed before it on the page they follow (a
    regression: only the commonest head did, so half the pages lost theirs)."""
    raws = ["Cover.", "31-00042 1/6"]
    for n in range(2, 7):
        raws += ["Even head" if n % 2 == 0 else "Odd head", f"Text of page {n}.",
                 f"31-00042 {n}/6", f"{n}.1"]
    raws = raws[:-1]
    got = paginate(raws, EN)
    opened = [raw for raw in got if raw.startswith("\f")]
    assert opened == ["\fEven head", "\fOdd head"] * 2 + ["\fEven head"]


def test_a_job_number_on_every_other_page_still_parts_the_text() -> None:
    """A document may print its job number on odd pages' footers only (the cover's
    none): fewer than half its pages print it."""
    raws = [line for n in range(1, 9)
            for line in ["Head", f"Body of page {n}.",
                         f"31-00042 {n}/8" if n % 2 and n > 1 else f"{n}/8"]]
    got = paginate(raws, EN)
    assert [at for at, raw in enumerate(got) if raw.startswith("\f")] == [3, 6, 9, 12, 15, 18, 21]


_CLAUSE = "本次级方案将与伙伴城市合作推进规划和复兴举措并支持社区主导的项目和知识产品"


def test_a_pdfs_text_without_page_marks_joins_its_wrapped_labels(tmp_path: Path) -> None:
    """A text with neither form feeds nor footers, its paragraphs wrapped at a measure,
    is a PDF's (not a word processor's, a cell a line): a label wrapped over lines, its
    values on a line of their own, is one row."""
    prose = [_CLAUSE[k % 7:] + _CLAUSE[:k % 7] for k in range(30)]
    lines = ["1.1 " + prose[0], *prose[1:], "这是一段的结尾。",
             "1.2 表 1.1 列示本次级方案的所有应交付产出。", "表 1.1", "次级方案 1：应交付产出",
             "类别和次类别", "2022 年", "计划", "2022 年", "实际", "2023 年", "计划",
             "外地和技术合作项目(项目数目) 36 36 36",
             "1. 关于城市基本服务的项目：出行、水和环境卫生、能源和固体废物",
             "管理以及安全、包容和无障碍的公共空间", "12 12 14",
             "2. 关于制定国家和地方城市遗产、历史景观与文化政策的项目 1 1 1",
             "1.3 " + prose[0], *prose[1:4], "这是一段的结尾。"]
    path = tmp_path / "flat.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    table = next(b for b in read_text(path, "zh").blocks if isinstance(b, Table))
    rows = [row.cells for part in table.parts for row in part.rows]
    assert ["1. 关于城市基本服务的项目：出行、水和环境卫生、能源和固体废物管理以及安全、包容和"
            "无障碍的公共空间", "12", "12", "14"] in rows
    assert len(rows) == 3


# An edition that printed its footers otherwise: "JOB 0042" and "3 of 9".
_OTHER = replace(EN, job_number=re.compile(r"(?<!\w)(?P<job>JOB \d{4})(?!\w)"),
                 page_number=re.compile(r"(?P<page>\d+) of (?P<pages>\d+)"))


def test_footers_are_read_by_the_editions_job_and_page_numbers() -> None:
    """Every reader of footers (the page breaker, the line splitter, the running lines'
    dropper) knows them by the edition's patterns, not by patterns of its own."""
    assert _OTHER.footer("JOB 0042 3 of 9") == Footer(3, "9", True)
    assert _OTHER.footer("3 of 9") == Footer(3, "9", False)
    assert _OTHER.footer("31-00042 3/9") is None
    raws = [line for n in range(1, 4)
            for line in ["Head", f"Body of page {n}.", f"JOB 0042 {n} of 3"]]
    assert [at for at, raw in enumerate(paginate(raws, _OTHER)) if raw.startswith("\f")] \
        == [3, 6]
    split = split_source([SrcLine(no, raw) for no, raw in enumerate(raws, 1)], _OTHER)
    assert [(ln.text, ln.page) for ln in split.lines if "Body" in ln.text] == [
        (f"Body of page {n}.", n) for n in range(1, 4)]
    assert not any("JOB" in ln.text for ln in split.lines) and split.pages == 3
    # a page set sideways prints its page number amid its lines, apart from the job number
    words = "alpha bravo charlie delta echo foxtrot golf hotel india juliet".split()
    sideways = ["Head", *[f"The {word} line." for word in words[:5]], "2 of 3",
                *[f"The {word} line." for word in words[5:]], "JOB 0042"]
    pages = [raws[:3], sideways, raws[6:]]
    plain = [PlainLine(no, text, page) for no, (page, text) in enumerate(
        ((page, text) for page, texts in enumerate(pages, 1) for text in texts), 1)]
    kept, _ = drop_running(plain, _OTHER)
    assert [ln.text for ln in kept] == [
        "Body of page 1.", *[f"The {word} line." for word in words], "Body of page 3."]


def test_a_job_number_printed_against_the_page_number_is_read() -> None:
    """Regression: PDFBox prints the two without a space between ("31-000422/3",
    "3/331-00042"); the text was one page (and reading it slow: footnote calls
    were looked up over the whole text at every line)."""
    assert EN.footer("31-000422/3") == Footer(2, "3", True)
    assert EN.footer("3/331-00042") == Footer(3, "3", True)
    assert EN.footer("12-345678") is None  # a longer number is none
    raws = ["Lead paragraph one.", "31-000421/3", "Running head", "Body two.",
            "2/331-00042", "Running head", "Body three.", "31-000423/3"]
    assert [at for at, raw in enumerate(paginate(raws, EN)) if raw.startswith("\f")] \
        == [2, 5]
