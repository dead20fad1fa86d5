"""The Unicode edge of stage one: variant ideographs and odd spaces are folded,
punctuation stays as printed, and a whole fascicle written with them reads the same."""

from __future__ import annotations

import json
import unicodedata

import regex
from conftest import GOLDEN, SAMPLE_TXT

from unfascicle.diff import diff
from unfascicle.extract.textnorm import _WIDE_RUN, cjk_count, clean, is_cjk, join_wrapped, width
from unfascicle.output import to_dict


def test_variant_ideographs_fold_to_unified_ones():
    assert clean("\u2f08\u2f00\u2f2f") == "人一工"  # Kangxi radicals
    assert clean("\uf900\U0002f800") == "豈丽"  # compatibility ideographs


def test_radicals_supplement_folds_though_nfkc_leaves_it():
    """Chromium's subset fonts print 移民 with U+2EA0: the key's 移民 must match."""
    assert clean("移\u2ea0、难\u2ea0 \u2ed3期 \u2ee9色") == "移民、难民 长期 黄色"
    assert clean("\u2e8c") == "\u2e8c"  # a radical that is only a component stays


def test_odd_spaces_become_plain_and_zero_widths_go():
    assert clean("13\u00a0465.1 13\u202f465.1 13\u2009465.1 大\u3000会") == (
        "13 465.1 13 465.1 13 465.1 大 会")
    assert clean("A\u200bB\ufeffC\u00adD") == "ABCD"


def test_pdfiums_line_end_hyphen_is_a_hyphen():
    """pypdfium2 prints the hyphen ending a line as U+FFFE and joins the lines; the
    words are the printed "Secretary-General", "system-wide"."""
    assert clean("the Secretary\ufffeGeneral and system\ufffewide action") == (
        "the Secretary-General and system-wide action")


def test_punctuation_and_markers_are_kept_as_printed():
    text = "（注）：１，２。㈠㈡ — “引号”"
    assert clean(text) == text


def test_join_wrapped_lines():
    assert join_wrapped(["于", "2019 年", "World", "Report"]) == "于2019 年World Report"
    assert join_wrapped(["the World", "Report"]) == "the World Report"


def test_fascicle_with_radicals_and_odd_spaces_reads_the_same(tmp_path):
    from unfascicle import read

    text = SAMPLE_TXT.read_text(encoding="utf-8")
    radicals = text.replace("人", "\u2f08").replace("一", "\u2f00")
    spaced = regex.sub(r"(?<=\d) (?=\d{3}\b)", "\u202f", radicals)
    assert spaced != text
    source = tmp_path / "A_78_6_Sect15_zh.txt"
    source.write_text(spaced, encoding="utf-8")
    golden = json.loads((GOLDEN / "A_78_6_Sect15_zh.txt.json").read_text(encoding="utf-8"))
    changes = diff(golden, to_dict(read(source)))
    assert not changes, [c.line() for c in changes[:10]]


def test_every_folded_character_is_found_on_a_plain_line():
    """``clean`` translates only lines where it finds a character its table folds:
    each of them, set among plain text, is still folded."""
    from unfascicle.extract.textnorm import _TABLE

    for cp, folded in _TABLE.items():
        assert clean(f"表 1 {chr(cp)} x") == f"表 1 {folded or ''} x"


def test_width_counts_wide_characters_twice_whatever_their_block():
    """``width`` counts the common wide blocks in one pass: each character it so
    counts is wide, and the width of a line is what the character table says."""
    assert all(unicodedata.east_asian_width(chr(cp)) in "WF"
               for cp in range(0x80, 0x10000) if _WIDE_RUN.match(chr(cp)))
    line = "第15.2段 「和平」，ｶﾀｶﾅ ˉ€ 한글 ２０２４年 \u303f\U00020000 é"
    assert width(line) == sum(2 if unicodedata.east_asian_width(c) in "WF" else 1
                              for c in line)
    assert width("和平——“和平”") == 12 and width("ab—") == 3


def test_cjk_characters_are_counted_in_runs_as_one_by_one():
    """``cjk_count`` counts runs of CJK characters: as many as ``is_cjk`` holds one
    by one, wherever they stand."""
    for line in ["第15.2段 「和平」，ｶﾀｶﾅ ２０２４年", "plain", "和 a 平平 b", ""]:
        assert cjk_count(line) == sum(map(is_cjk, line))
