"""Page breaks found from footers in a text that marks none (``text_pages``)."""

from __future__ import annotations

from unfascicle.extract.text_pages import break_pages, paginate, unglue_footers
from unfascicle.extract.text_source import read_source
from unfascicle.extract.text_vocab import vocabulary

EN = vocabulary("en")


def test_a_page_starts_after_each_footer_page_number() -> None:
    raws = ["Lead paragraph one.", "31-00042 1/3", "Running head", "Body two.",
            "4/3", "Body of the page.", "31-00042 2/3", "Running head", "Body three.",
            "31-00042 3/3"]
    got = break_pages(raws, EN)
    assert [at for at, raw in enumerate(got) if raw.startswith("\f")] == [2, 7]
    assert [raw.lstrip("\f") for raw in got] == raws


def test_a_page_starts_at_its_footer_where_footers_head_the_pages() -> None:
    raws = ["Cover.", "Body one.", "Head", "31-00042 2/3", "Body two.", "Body two.", "Head",
            "3/3", "31-00042", "Body three."]
    got = break_pages(raws, EN)
    assert [at for at, raw in enumerate(got) if raw.startswith("\f")] == [3, 7]


def test_pages_whose_number_is_printed_on_top_break_after_the_job_number() -> None:
    body = [f"Body line {n} of the made-up page, long enough to be text." for n in range(4)]
    raws = ["Cover.", *body, "31-00042", "1/4", "2/4", *body, "31-00042", "Head", *body,
            "31-00042", "3/4", "4/4", *body, "31-00042"]
    got = break_pages(raws, EN)
    assert [at for at, raw in enumerate(got) if raw.startswith("\f")] == [7, 13, 20]


def test_a_text_with_form_feeds_keeps_its_own() -> None:
    raws = ["Body one.", "31-00042 1/3", "\fBody two.", "31-00042 2/3", "Body three."]
    assert break_pages(raws, EN) == raws
    assert unglue_footers(raws, EN) == raws


def test_a_lone_fraction_is_no_page_number() -> None:
    raws = ["Body one.", "1/2", "Body two.", "31-00042 1/3", "Body three."]
    assert break_pages(raws, EN) == raws


def test_a_footer_run_into_the_next_page_is_put_on_its_own_line() -> None:
    raws = ["Body one.", "31-00042 1/32031 plan", "Body two.", "31-00042 2/3Head",
            "Body three.", "3/3 31-00042"]
    assert unglue_footers(raws, EN) == ["Body one.", "31-00042 1/3", "2031 plan", "Body two.",
                                        "31-00042 2/3", "Head", "Body three.", "3/3 31-00042"]


def test_a_footer_run_into_the_page_before_is_put_on_its_own_line() -> None:
    raws = ["Body one.", "Body ends.2/3 31-00042", "Body two.", "3/3 31-00042Head", "Body."]
    assert unglue_footers(raws, EN) == ["Body one.", "Body ends.", "2/3 31-00042", "Body two.",
                                        "3/3 31-00042", "Head", "Body."]


def test_a_footer_set_apart_by_a_space_stays_on_its_line() -> None:
    raws = ["31-00042 1/3 Head", "Body.", "31-00042 2/3 Head", "Body."]
    assert unglue_footers(raws, EN) == raws


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
    assert break_pages(raws, EN) == raws


def test_a_text_with_footers_on_few_of_its_pages_is_not_parted_at_them() -> None:
    raws = ["Body one.", "31-00042 4/9", "Body two.", "31-00042 7/9", "Body three."]
    assert break_pages(raws, EN) == raws


def test_footers_are_left_run_into_lines_where_no_pages_are_found() -> None:
    raws = ["Body one.", "31-00042 1/9Body two.", "31-00042 3/9Body three.", "Body four."]
    assert paginate(raws, EN) == raws
