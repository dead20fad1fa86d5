"""The bundled sample, end to end: answer-key score, golden files, determinism."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import ANSWER_KEY, CORPUS, GOLDEN, ROOT

from unfascicle.diff import diff
from unfascicle.output import dumps, to_dict, validate

SCORER = ROOT / "samples" / "tools" / "score.py"


def score(document: dict, tmp_path) -> dict:
    """Run the shared scorer (unchanged copy) on an output."""
    out = tmp_path / "out.json"
    out.write_text(dumps(document), encoding="utf-8")
    result = subprocess.run([sys.executable, str(SCORER), str(out), "--json"],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


@pytest.fixture(params=["pdf", "txt"])
def sample(request, pdf_fascicle, txt_fascicle):
    return request.param, to_dict(pdf_fascicle if request.param == "pdf" else txt_fascicle)


def test_answer_key_score_is_perfect(sample, tmp_path):
    kind, document = sample
    result = score(document, tmp_path)
    tables, paras = result["tables"], result["paras"]
    assert tables["missing_tables"] == [], kind
    assert tables["worst"] == [], kind
    assert (tables["hit"], tables["rows_hit"]) == (tables["cells"], tables["rows"]), kind
    assert tables["span_hit"] == tables["span_total"], kind
    assert paras["found"] == paras["paras"] == 117, kind
    assert paras["mean_ratio"] >= 0.99, (kind, paras["below"])


def test_output_validates(sample):
    validate(sample[1])


def test_matches_golden_file(sample):
    kind, document = sample
    golden_path = GOLDEN / f"A_78_6_Sect15_zh.{kind}.json"
    golden = json.loads(golden_path.read_text(encoding="utf-8"))
    changes = diff(golden, document)
    assert not changes, "differs from the reviewed golden file:\n" + "\n".join(
        c.line() for c in changes[:40])
    assert dumps(document) == golden_path.read_text(encoding="utf-8"), (
        "same records but different bytes: run `fascicle extract` and review `git diff`")


def test_document_metadata(sample):
    doc = sample[1]["document"]
    assert (doc["symbol"], doc["section"], doc["part"], doc["language"], doc["job_number"]) == (
        "A/78/6 (Sect. 15)", 15, 4, "zh", "23-06934")


def test_both_inputs_give_the_same_tables(pdf_fascicle, txt_fascicle):
    """The PDF and the flat text are two renderings of one document: every table
    value, label and key agrees (pages differ, so they are left out)."""
    def squeeze(value):  # line breaks inside a text cell are layout, not content
        return "".join(value.split()) if isinstance(value, str) else value

    def cells(fascicle):
        return {t.number: [[(squeeze(r.label), r.key, r.kind, [squeeze(v) for v in r.values])
                            for r in p.rows] for p in t.parts] for t in fascicle.tables}
    assert cells(pdf_fascicle) == cells(txt_fascicle)


def test_table_to_dataframe_has_typed_columns(pdf_fascicle):
    frame = pdf_fascicle.table("15.9").to_dataframe()
    total = frame[frame["kind"] == "total"].iloc[0]
    assert total["estimate_before_recosting_2024"] == pytest.approx(13465.1)
    assert str(frame["estimate_before_recosting_2024"].dtype) == "Float64"
    deliverables = pdf_fascicle.table("15.1").to_dataframe()
    assert str(deliverables["planned_2024"].dtype) == "Int64"


def test_pdf_rows_carry_page_and_box(pdf_fascicle):
    rows = [r for t in pdf_fascicle.tables for p in t.parts for r in p.rows]
    assert all(r.page >= 1 and r.bbox is not None for r in rows)
    assert all(p.bbox is not None for p in pdf_fascicle.paragraphs)


def test_cli_extract_writes_valid_json(tmp_path):
    target = tmp_path / "sub dir" / "样本.json"
    result = subprocess.run([sys.executable, "-m", "unfascicle.cli", "extract",
                             str(CORPUS / "A_78_6_Sect15_zh.txt"), "-o", str(target)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    validate(json.loads(target.read_text(encoding="utf-8")))


def answer_blocks(kind: str) -> list[dict]:
    blocks = []
    for part in sorted((ANSWER_KEY / "blocks").glob("part*.json")):
        blocks += [b for b in json.loads(part.read_text(encoding="utf-8")) if b["type"] == kind]
    return blocks


def flat(text) -> str:
    return "".join((text or "").split())


def test_mandates_match_the_answer_key(sample):
    want = sorted((b["body"], e["symbol"], flat(e["title"]), e.get("url"))
                  for b in answer_blocks("mandates") for e in b["entries"])
    got = sorted((m["body"], m["symbol"], flat(m["title"]), m["url"])
                 for m in sample[1]["mandates"])
    assert got == want


def test_footnotes_match_the_answer_key(sample):
    want = [(b["number"], flat(b["text"])) for b in answer_blocks("footnote")]
    assert [(f["number"], flat(f["text"])) for f in sample[1]["footnotes"]] == want


def test_figures_match_the_answer_key(sample):
    want = [(b["number"], flat(b["title"]), [(p["caption"], p["total"], [
        (d["value"]) for d in p.get("data", [])]) for p in b.get("panels", [])])
        for b in answer_blocks("figure")]
    got = [(f["number"], flat(f["title"]), [(p["caption"], p["total"], [
        d["raw"] for d in p["data"]]) for p in f["panels"]])
        for f in sample[1]["figures"] if "." in (f["number"] or "")]
    assert got == want


def test_headings_match_the_answer_key(sample):
    want = [(b["level"], flat(b["text"])) for b in answer_blocks("heading")]
    assert [(h["level"], flat(h["text"])) for h in sample[1]["headings"]] == want
