"""Text as pypdf extracts it: its plain mode keeps the space of every soft line break
(so trailing spaces mark no block ends), its layout mode may set a paragraph's number
against the Chinese text that follows it. Both with made-up text."""

from __future__ import annotations

from pathlib import Path

from unfascicle.extract.model import Paragraph
from unfascicle.extract.text_blocks import has_block_spacing
from unfascicle.extract.text_reader import read_text
from unfascicle.extract.text_vocab import vocabulary

# pypdf's plain mode: a space after nearly every line, a soft line break's included,
# a leading space before a paragraph's number, a line of spaces here and there; no
# empty lines.
_PLAIN = [
    " 1.1 The made-up programme helps its members to plan their work and to ",
    "report on it, and it publishes a short review of what was done each ",
    "year. ",
    " 1.2 The review covers the plans, the work done and what is left for the ",
    "next year, with an account of the resources spent. ",
    "  ",
    "Table 1.1 ",
    "Outputs of the made-up programme ",
    "Category 2025 2026 ",
    " Reports 3 4 ",
    " 1.3 The outputs are counted by the secretariat, which keeps the records ",
    "of every meeting held. ",
]


def test_spaces_of_soft_line_breaks_mark_no_blocks() -> None:
    """Regression: pypdf's plain text was taken for the seed's marked block ends
    (12.9-31.6 % of the cells of English PDFs)."""
    assert not has_block_spacing(_PLAIN, vocabulary("en"))


def test_spaces_that_close_blocks_still_mark_them() -> None:
    # the same lines with a space only after each block's last line
    closed = [ln if not ln.strip() or ln.rstrip().endswith((".", "2026", "4", "programme"))
              or ln.startswith("Table") else ln.rstrip() for ln in _PLAIN]
    assert has_block_spacing(closed, vocabulary("en"))


def test_paragraph_number_against_chinese_text_opens_its_paragraph(tmp_path: Path) -> None:
    """Regression: "9.7为了…" (pypdf's layout mode) was read as running text, not
    paragraph 9.7 (43 % of the sample's paragraphs found)."""
    path = tmp_path / "zh.txt"
    path.write_text("9.6 本方案将继续编写年度报告，并向成员提供咨询。\n"
                    "9.7为了回应成员的要求，本方案将继续收集资料并整理数\n"
                    "据和记录。\n"
                    "9.8作为协调中心，本方案将召集各方开展审查。\n", "utf-8")
    numbers = [b.number for b in read_text(path, "zh").blocks if isinstance(b, Paragraph)]
    assert numbers == ["9.6", "9.7", "9.8"]


def test_a_reference_opening_a_line_continues_no_series(tmp_path: Path) -> None:
    """Regression (review): a paragraph wrapped so that a line opens with a reference
    to later paragraphs ("9.5至9.6段…") made the numbering jump there, and 9.2 to 9.4
    were lost: a number further on continues a series only over numbers that start
    no line."""
    path = tmp_path / "zh.txt"
    lines = ["9.1 本方案的工作分为几个部分，下文", "9.5至9.6段说明了其中的审查工作。",
             *[f"9.{n} 第{n}段说明本方案的一项工作。" for n in range(2, 8)]]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    numbers = [b.number for b in read_text(path, "zh").blocks if isinstance(b, Paragraph)]
    assert numbers == [f"9.{n}" for n in range(1, 8)]


def test_numbering_goes_on_after_numbers_the_extractor_garbled(tmp_path: Path) -> None:
    """Regression: pypdf's layout mode spaced one page's letters apart ("1 .  3"), so
    paragraphs 1.3 and 1.4 were lost, and with them every paragraph after (a number
    had to follow the last one found)."""
    text = ["1.1 The made-up programme helps its members to plan their work.",
            "1.2 The review covers the plans and the work done.",
            "1 .  3      T h e   l e s s o n   f o r   t h e   p r o g r a m m e .",
            "1 .  4      E x p e c t e d   p r o g r e s s   i s   s h o w n .",
            *[f"1.{n} Paragraph {n} of the made-up programme goes on here." for n in (5, 6, 7)]]
    path = tmp_path / "en.txt"
    path.write_text("\n".join(text) + "\n", "utf-8")
    numbers = [b.number for b in read_text(path, "en").blocks if isinstance(b, Paragraph)]
    assert numbers == ["1.1", "1.2", "1.5", "1.6", "1.7"]
