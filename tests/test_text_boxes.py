"""Texts that print each layout box as a block of lines closed by a blank line, every
line padded with a trailing space (pdfminer.six's ``extract_text``)."""

from __future__ import annotations

from pathlib import Path

from unfascicle.extract.model import Paragraph
from unfascicle.extract.text_reader import read_text

_TOPICS = ["water", "soil", "forest", "coastal", "urban", "mountain"]


def _boxed_page(n: int) -> str:
    """A made-up page of boxes: a running head, an indented heading, two numbered
    paragraphs whose wrapped lines run on (one broken at a hyphen, so without the
    padding space), and a footer."""
    one, two = _TOPICS[n], _TOPICS[n + 1]
    return "\n".join([
        "Part IX ", "",
        f"  Strategy for {one} surveys ", "",
        f"7.{2 * n + 1}  The  {one}  office  will  advise  member  bodies  on  the  planning ",
        f"of  {two}  surveys  in  {n + 3}  regions  and  will  report  on  their  cross-",
        f"border  effects  on  {one}  in  the  coming  period. ", "",
        f"7.{2 * n + 2}  It  will  also  hold  {n + 2}  workshops  on  {two}  for  the ",
        f"staff  of  regional  {one}  offices  and  publish  a  guide  to  their  methods. ", "",
        f"{n + 1}/9 ", "",
    ])


def _paragraphs(tmp_path: Path) -> list[Paragraph]:
    path = tmp_path / "boxes.txt"
    path.write_text("\f".join(_boxed_page(n) for n in range(5)), encoding="utf-8")
    return [b for b in read_text(path, "en").blocks if isinstance(b, Paragraph)]


def test_padded_lines_run_on_within_a_box(tmp_path: Path) -> None:
    """A space that ends nearly every line, while a blank line closes each box, marks
    no block end: the numbered paragraphs are read as such (they were taken for
    unnumbered blocks of the seed's spacing)."""
    assert [p.number for p in _paragraphs(tmp_path)] == [f"7.{k}" for k in range(1, 11)]

