"""What the text readers count of a whole document, and weigh of its lines, only
when a reader needs it, and the answers unchanged for it. Made-up text."""

from __future__ import annotations

from collections import Counter

import pytest

from unfascicle.extract import text_stacked
from unfascicle.extract.text_columnar import figure
from unfascicle.extract.text_grid_entries import PlainLine
from unfascicle.extract.text_ideographs import GlyphPairs, glyph_pairs, known_pairs
from unfascicle.extract.text_sidebyside import Pairs, pair_counts, pair_uses, word_pairs
from unfascicle.extract.text_values import other_readings, summed_reading
from unfascicle.extract.text_vocab import vocabulary


def test_a_table_without_a_header_in_pieces_counts_no_glyph_pairs(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Only a table whose header the mode printed in pieces reads its cells by the
    document's pairs of glyphs: a document of other tables leaves them uncounted."""
    made: list[Pairs] = []

    def kept(texts: list[str]) -> Pairs:
        made.append(word_pairs(texts))
        return made[-1]

    monkeypatch.setattr(text_stacked, "word_pairs", kept)
    texts = ["1.1 本款说明所需资源。", "表 1.1", "所需资源", "(千美元)", "项目 2030 2031",
             "甲类 1.0 2.0", "乙类 3.0 4.0", "1.2 本款的拟议资源不变。"]
    lines = [PlainLine(no, text, 1) for no, text in enumerate(texts, 1)]
    text_stacked.restack(lines, [], vocabulary("zh"))
    assert made and "glyphs" not in vars(made[0])


def test_known_pairs_are_those_printed_beyond_the_lines_read() -> None:
    """A pair of ideographs is known where the document prints it more often than
    the lines read do, asked pair by pair."""
    known = known_pairs(["甲乙 丙丁"], glyph_pairs(["丙丁子丑", "甲乙 丙丁"]))
    assert known.holds(("丙", "丁")) and known.holds(("丁", "子"))
    assert not known.holds(("甲", "乙")) and not known.holds(("乙", "丙"))


def test_glyph_pairs_are_counted_pair_by_pair_when_asked() -> None:
    """A document's pairs of ideographs are counted only as each is asked (none
    when none is), and count as the whole document's count does: a run of one glyph
    repeated holds its pair once a glyph after the first; glyphs apart (a space, a
    line's end, a letter) or not ideographs make no pair."""
    texts = ["甲甲甲乙，丙丁 甲乙", "乙丙ab丁丁", "甲", "乙"]
    glyphs = Pairs(tuple(texts)).glyphs
    assert not glyphs
    want = glyph_pairs(texts)
    for pair in [("甲", "甲"), ("甲", "乙"), ("乙", "，"), ("丁", "甲"), ("甲", "乙"),
                 ("丁", "丁"), ("b", "丁"), ("a", "b"), ("甲", ""), ("甲乙", "丙")]:
        assert glyphs[pair] == want[pair], pair
    assert isinstance(glyphs, GlyphPairs) and glyphs[("甲", "甲")] == 2


def test_a_word_is_weighed_only_when_asked() -> None:
    """How surely a word ends no clause is weighed for the words asked of: "the"
    never ends one, "done." does; a word the document does not use weighs nothing."""
    pairs = Pairs(("the plan of the work is done.", "the review of the plan is done.",
                   "the budget of the office"))
    assert pairs.unended.get("the", 0.0) > pairs.unended.get("done", 0.0)
    assert pairs.unended.get("never-used", -1.0) == -1.0
    assert set(pairs.unended.weights) == {"the", "done", "never-used"}


def test_a_hyphenated_word_is_also_its_parts_pair() -> None:
    """A hyphenated word counts as the pair of its parts at each hyphen, lines
    without one as their words' pairs alone."""
    counts = pair_counts(["a decision-making body", "plain words here"])
    assert counts[("decision-", "making")] == 1
    assert counts == Counter({("a", "decision-making"): 1, ("decision-making", "body"): 1,
                              ("decision-", "making"): 1, ("plain", "words"): 1,
                              ("words", "here"): 1})


def test_figures_read_one_way_only_have_no_other_reading() -> None:
    """Figures set apart by gutters read one way only; one space apart, a number's
    thousands group or a number of its own, more ways than one."""
    assert other_readings("Travel   689   753   64", 3, 16) == []
    assert other_readings("Travel 689 753 640 12", 3, 16) == [["689", "753 640", "12"]]


def test_a_words_uses_are_its_places_in_the_pairs() -> None:
    """A word's uses, counted from the lines, are its places in the lines' pairs
    (the pairs uncounted): first or second, a hyphenated word's parts too."""
    texts = ["A decision-making body of the plan", "the plan", "alone", "self-made, the plan",
             "well-known"]
    want: Counter[str] = Counter()
    for (a, b), count in pair_counts(texts).items():
        want[a] += count
        want[b] += count
    assert pair_uses(texts) == want
    assert want["the"] == 5 and want["decision-"] == 1 and "alone" not in want
    assert want["well-"] == 1 and "well-known" not in want


def test_a_total_is_read_again_only_where_figures_read_more_ways() -> None:
    """Figures one space apart read again so that the last is the sum of the others;
    set apart by gutters they read one way only, and are left as read."""
    assert summed_reading("Travel 500 600 1 100", 3, figure) == ["500", "600", "1 100"]
    assert summed_reading("Travel   500   600   1 100", 3, figure) is None
