"""Where a block of flat text ends (``extract.text_blocks``): made-up lines."""

from __future__ import annotations

from pathlib import Path

from unfascicle.extract.model import Paragraph
from unfascicle.extract.text_reader import read_text


def test_a_word_broken_at_a_short_lines_end_goes_on_below(tmp_path: Path) -> None:
    full = "the widget office will keep its registers of parts and makers in good order over"
    page = ["1.1 To reach the objective, " + full, full, full,
            "the year, with help from the gear- and sprocket-", "making firms of the region;",
            full, "the last year.", "1.2 The office will report on its work."]
    path = tmp_path / "broken.txt"
    path.write_text("\n".join(page) + "\n\f", encoding="utf-8")
    paras = {b.number: b.text for b in read_text(path, "en").blocks
             if isinstance(b, Paragraph) and b.number}
    assert "sprocket-making firms" in paras["1.1"]
    assert paras["1.1"].endswith("the last year.")

