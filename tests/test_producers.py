"""The PDF reader on the Chinese sample as other producers print it.

`samples/renderings/` holds renderings of the answer key itself (made by
`samples/tools/render_key.py` and `samples/renderings/make.sh`): headless Chromium
printing the HTML, LibreOffice printing the Word file, LibreOffice printing the HTML.
They are not UN documents and the reader was not built on them. Each is scored against
the key; the floors are what the reader reached when the renderings were made (rounded
down), so they guard against regressions and are raised as the reader improves. The
text ceiling is the share of the key's printed figures that `pdftotext -layout` finds
in a rendering at all: the most any reader can score on it.
"""

from __future__ import annotations

import functools
import importlib.util
import re
import shutil
import subprocess
import unicodedata
from collections import Counter
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import pdfplumber
import pytest

from unfascicle.output import to_dict
from unfascicle.pipeline import read

SCORE = Path("../shared/tools/score.py")
KEY = Path("../shared/corpus/answer-key")
RENDERINGS = Path("samples/renderings")
STEM = "A_78_6_Sect15_zh"


@functools.cache
def scorer() -> ModuleType:
    """The shared answer-key scorer, loaded from its file."""
    spec = importlib.util.spec_from_file_location("score", SCORE)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@functools.cache
def scores(name: str) -> dict[str, Any]:
    """Cells, rows and paragraphs (percent), tables and paragraphs found, for a rendering."""
    module = scorer()
    document = to_dict(read(RENDERINGS / f"{STEM}.{name}.pdf"))
    truth, blocks = module.load_key(KEY)
    tables = module.score_tables(truth, document)
    paras = module.score_paras(blocks, document)
    return {"cells": 100 * tables["hit"] / max(1, tables["cells"]),
            "rows": 100 * tables["rows_hit"] / max(1, tables["rows"]),
            "paras": 100 * paras["mean_ratio"],
            "tables_found": tables["found_tables"], "paras_found": paras["found"]}


def key_figures() -> Counter[str]:
    """Every numeric table figure of the key, as printed, counted."""
    module = scorer()
    truth, _ = module.load_key(KEY)
    need: Counter[str] = Counter()
    for table in truth.values():
        for part in table["parts"]:
            for row in part["rows"]:
                if "span" in row:
                    continue
                values = row["cells"] if part.get("nolabel") else row["cells"][1:]
                for cell in values:
                    if isinstance(module.truth_value(cell), Decimal):
                        printed = unicodedata.normalize("NFKC", cell).strip()
                        need[re.sub(r"\s+", " ", printed)] += 1
    return need


def text_ceiling(pdf: Path) -> tuple[int, int]:
    """(figures found, figures in the key): each printed figure matched as a whole
    token in the `pdftotext -layout` text, no more often than it occurs there."""
    layout = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"],
                            capture_output=True, text=True, check=True).stdout
    text = unicodedata.normalize("NFKC", layout)
    need = key_figures()
    found = 0
    for printed, count in need.items():
        pattern = (r"(?<![\d.,])" + re.escape(printed).replace(r"\ ", r"\s?")
                   + r"(?![\d.,])")
        found += min(count, len(re.findall(pattern, text)))
    return found, sum(need.values())


# name: (producer, pages, text ceiling %, cells %, rows %, paragraphs %,
#        tables found, paragraphs found): floors, the scores the reader reaches now
PAPER = {"chromium-letter": (612, 792)}  # points; the others are A4 (595 x 842)
RENDERINGS_MADE = {
    "chromium": ("Skia/PDF", 34, 99, 99.9, 99.9, 99, 24, 117),
    "chromium-letter": ("Skia/PDF", 35, 99, 99.6, 99.5, 99, 24, 117),
    "lo-docx": ("LibreOffice 7.4", 43, 100, 99.9, 100, 99.4, 24, 117),
    "lo-html": ("LibreOffice 7.4", 53, 99, 99.7, 97.4, 99.9, 24, 117),
}


@pytest.mark.parametrize("name", list(RENDERINGS_MADE))
def test_rendering_is_the_fixture_described(name: str) -> None:
    """Each fixture is the producer's A4 PDF with real text on every page but the
    writer's blank ones, small enough to commit."""
    producer, pages = RENDERINGS_MADE[name][:2]
    path = RENDERINGS / f"{STEM}.{name}.pdf"
    assert path.stat().st_size < 3_000_000
    with pdfplumber.open(path) as pdf:
        assert producer in (pdf.metadata.get("Producer") or ""), pdf.metadata
        assert len(pdf.pages) == pages
        width, height = PAPER.get(name, (595, 842))
        assert all(abs(p.width - width) < 1 and abs(p.height - height) < 1 for p in pdf.pages)
        texts = [len(p.chars) for p in pdf.pages]
    assert sum(t > 0 for t in texts) >= pages - 1, texts


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
@pytest.mark.parametrize("name", list(RENDERINGS_MADE))
def test_text_ceiling(name: str) -> None:
    """The key's figures are in each rendering's text (the most a reader can score)."""
    floor = RENDERINGS_MADE[name][2]
    found, total = text_ceiling(RENDERINGS / f"{STEM}.{name}.pdf")
    assert total > 1000 and 100 * found / total >= floor, (name, found, total)


@pytest.mark.parametrize("name", list(RENDERINGS_MADE))
def test_reader_scores_on_rendering(name: str) -> None:
    """The pipeline's output for each rendering, scored against the key, stays at or
    above what it reached when the rendering was made."""
    cells, rows, paras, tables, found = RENDERINGS_MADE[name][3:]
    got = scores(name)
    assert got["cells"] >= cells and got["rows"] >= rows and got["paras"] >= paras, (name, got)
    assert got["tables_found"] >= tables and got["paras_found"] >= found, (name, got)
