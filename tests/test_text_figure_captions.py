"""A figure's caption read from a flat text: its number as printed ("Figure 15.I"), its
title on the next line. (An ideographic label printed against its number, "图15.I", is
set a space apart; a Latin one was split after its first letter: "F igure 15.I", which
numbers no figure. The sample's tests hold the Chinese edition's figures.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from unfascicle.output import to_dict
from unfascicle.pipeline import read


@pytest.mark.parametrize(("language", "lines", "number", "title"), [
    ("en", ["15.1 Progress is presented in the performance measure below (see figure 15.I).",
            "Figure 15.I", "Performance measure: number of cities with plans (cumulative)",
            "15.2 The next paragraph closes the section."],
     "15.I", "Performance measure: number of cities with plans (cumulative)"),
])
def test_a_figure_caption_gives_its_number_and_title(tmp_path: Path, language: str,
                                                     lines: list[str], number: str,
                                                     title: str) -> None:
    path = tmp_path / f"{language}.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (figure,) = to_dict(read(path))["figures"]
    assert (figure["number"], figure["title"]) == (number, title)
