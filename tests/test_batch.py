"""Batch runs: parallel, a broken input reported, resumable after a kill, Dask."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SAMPLE_PDF, SAMPLE_TXT
from store_contract import WORD_FILE

from unfascicle.batch import expand_inputs, run_batch


def fascicle(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "unfascicle.cli", *args], capture_output=True,
                          text=True, **kw)


@pytest.fixture
def inputs(tmp_path) -> Path:
    folder = tmp_path / "in put"
    folder.mkdir()
    shutil.copy(SAMPLE_PDF, folder)
    shutil.copy(SAMPLE_TXT, folder)
    (folder / "broken.pdf").write_bytes(SAMPLE_PDF.read_bytes()[:5000])
    return folder


def test_batch_with_two_jobs(inputs, tmp_path):
    out = tmp_path / "out"
    result = fascicle("batch", str(inputs), "-o", str(out), "--jobs", "2")
    assert result.returncode == 2, result.stderr  # one input failed
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    by_name = {Path(r["input"]).name: r for r in report["inputs"]}
    assert report["counts"] == {"ok": 2, "skipped": 0, "failed": 1}
    assert by_name["broken.pdf"]["status"] == "failed"
    assert "broken.pdf" in by_name["broken.pdf"]["error"]
    pdf, txt = by_name["A_78_6_Sect15_zh.pdf"], by_name["A_78_6_Sect15_zh.txt"]
    assert (pdf["pages"], pdf["tables"], pdf["paragraphs"]) == (44, 24, 117)
    assert txt["paragraphs"] == 117
    names = sorted(p.name for p in out.glob("*.json"))
    # the two share a stem, so each keeps its extension, whichever finishes first
    assert names == ["A_78_6_Sect15_zh.pdf.json", "A_78_6_Sect15_zh.txt.json", "report.json"]
    assert (pdf["output"], txt["output"]) == ("A_78_6_Sect15_zh.pdf.json",
                                              "A_78_6_Sect15_zh.txt.json")
    for name in names[:2]:
        doc = json.loads((out / name).read_text(encoding="utf-8"))
        assert doc["document"]["symbol"] == "A/78/6 (Sect. 15)"
    assert "2 ok, 0 skipped, 1 failed" in result.stdout
    assert not list((out / ".work").iterdir())

    again = fascicle("batch", str(inputs), "-o", str(out), "--jobs", "2")
    counts = json.loads((out / "report.json").read_text(encoding="utf-8"))["counts"]
    assert (again.returncode, counts) == (2, {"ok": 0, "skipped": 2, "failed": 1})


def test_time_limit_stops_a_document(tmp_path):
    outcomes = run_batch([SAMPLE_PDF], tmp_path, workers=1, time_limit=0.01)
    assert [(o.status, o.code) for o in outcomes] == [("failed", "time-limit")]
    assert not list(tmp_path.glob("*.json"))


def test_killed_run_resumes_without_partial_files(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(6):
        text = SAMPLE_TXT.read_text(encoding="utf-8")
        (folder / f"copy{i}.txt").write_text(text + f"\n{i}\n", encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "unfascicle.cli", "batch", str(folder),
                             "-o", str(out), "--jobs", "1"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(out.glob(".state/*.json"))) < 2:
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    finished = list(out.glob("*.json"))
    assert 2 <= len(finished) < 6
    for path in finished:  # whatever is there is whole
        json.loads(path.read_text(encoding="utf-8"))
    result = fascicle("batch", str(folder), "-o", str(out), "--jobs", "2")
    assert result.returncode == 0, result.stdout + result.stderr
    counts = json.loads((out / "report.json").read_text(encoding="utf-8"))["counts"]
    assert counts["skipped"] == len(finished) and counts["ok"] == 6 - len(finished)
    assert sorted(p.name for p in out.glob("copy*.json")) == [f"copy{i}.json" for i in range(6)]
    assert not list(out.rglob("*.tmp"))


def test_batch_and_load_take_a_word_file_and_its_pdf_as_one_document(tmp_path):
    """Issue 13: batch reads .docx like the others, and the Word file's and the PDF's
    outputs load as one document (same symbol and language), the later replacing."""
    pdf = WORD_FILE.with_suffix(".pdf")
    if not (WORD_FILE.is_file() and pdf.is_file()):
        pytest.skip(f"{WORD_FILE} (the shared corpus) is not beside the repository")
    import duckdb

    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(WORD_FILE, folder)
    shutil.copy(pdf, folder)
    out, db = tmp_path / "out", tmp_path / "f.duckdb"
    result = fascicle("batch", str(folder), "-o", str(out), "--jobs", "2")
    assert result.returncode == 0 and "2 ok, 0 skipped, 0 failed" in result.stdout, result.stdout
    word_json = out / f"{WORD_FILE.name}.json"
    assert json.loads(word_json.read_text("utf-8"))["document"]["source"]["format"] == "docx"
    loaded = fascicle("load", str(word_json), str(out / f"{pdf.name}.json"), "--db", str(db))
    assert loaded.returncode == 0, loaded.stderr
    assert loaded.stdout.splitlines()[1].startswith("replaced A/81/6 (Sect. 31)|en from ")
    with duckdb.connect(str(db), read_only=True) as conn:
        assert conn.sql("SELECT document_id, source_format FROM documents").fetchall() == [
            ("A/81/6 (Sect. 31)|en", "pdf")]


def test_expand_inputs(inputs):
    assert [p.name for p in expand_inputs([str(inputs)])] == [
        "A_78_6_Sect15_zh.pdf", "A_78_6_Sect15_zh.txt", "broken.pdf"]


def test_dask_local_cluster(tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        outcomes = run_batch([SAMPLE_TXT], tmp_path, executor=client.get_executor())
    assert [o.status for o in outcomes] == ["ok"]
    assert (tmp_path / "A_78_6_Sect15_zh.json").is_file()
