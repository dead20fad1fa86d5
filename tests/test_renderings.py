"""Other renderings of the sample PDF must come out just as right: the pages are
placed, scaled, on other paper sizes (fonts shrink, margins move), so nothing may
depend on the sample's coordinates or sizes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from conftest import ROOT, SAMPLE_PDF

from unfascicle.output import dumps, to_dict

SCORER = ROOT / "samples" / "tools" / "score.py"


def rerender(target: Path, width: float, height: float, scale: float,
             offset: tuple[float, float]) -> Path:
    """Every page of the sample drawn scaled onto a new page size (text stays text)."""
    source, document = pdfium.PdfDocument(SAMPLE_PDF), pdfium.PdfDocument.new()
    for index in range(len(source)):
        placed = source.page_as_xobject(index, document).as_pageobject()
        placed.transform(pdfium.PdfMatrix().scale(scale, scale).translate(*offset))
        page = document.new_page(width, height)
        page.insert_obj(placed)
        page.gen_content()
    document.save(target)
    return target


@pytest.mark.parametrize(("name", "size", "scale", "offset"), [
    ("letter", (612, 792), 0.93, (15, 40)),
    ("a5-ish", (420, 595), 0.70, (2, 3)),
])
def test_scaled_rendering_scores_like_the_original(tmp_path, name, size, scale, offset):
    from unfascicle import read

    pdf = rerender(tmp_path / f"{name}.pdf", *size, scale, offset)
    document = to_dict(read(pdf))
    out = tmp_path / "out.json"
    out.write_text(dumps(document), encoding="utf-8")
    result = json.loads(subprocess.run([sys.executable, str(SCORER), str(out), "--json"],
                                       capture_output=True, text=True, check=True).stdout)
    tables, paras = result["tables"], result["paras"]
    assert (tables["hit"], tables["rows_hit"], tables["span_hit"]) == (
        tables["cells"], tables["rows"], tables["span_total"]), tables["worst"]
    assert paras["found"] == 117 and paras["mean_ratio"] >= 0.99
    failing = {(c["rule"], c["table"]) for c in document["checks"] if c["status"] == "fail"}
    assert failing == {("deliverables-add-up", "15.2"), ("deliverables-add-up", "15.6"),
                       ("deliverables-add-up", "15.8"), ("parts-add-to-total", "15.12")}


def test_another_drawing_order(tmp_path):
    """The same pages with their objects drawn in a shuffled order: reading order
    comes from positions, never from the order of the content stream."""
    import random

    from unfascicle import read

    document, rng = pdfium.PdfDocument(SAMPLE_PDF), random.Random(7)
    for page in document:
        objects = list(page.get_objects())
        for obj in objects:
            page.remove_obj(obj)
        rng.shuffle(objects)
        for obj in objects:
            page.insert_obj(obj)
        page.gen_content()
    shuffled = tmp_path / "shuffled.pdf"
    document.save(shuffled)
    original = json.loads((ROOT / "samples" / "golden" / "A_78_6_Sect15_zh.pdf.json").read_text(
        encoding="utf-8"))
    from unfascicle.diff import diff

    changes = diff(original, to_dict(read(shuffled)))
    assert not changes, [c.line() for c in changes[:10]]
