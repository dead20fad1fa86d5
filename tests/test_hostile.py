"""Bad input and hostile PDFs: a clear line, a documented exit code, no output,
an earlier output untouched, and the batch goes on."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SAMPLE_PDF, SAMPLE_TXT
from hostile import corrupt_xref, garbage_streams, image_only_pdf, simple_pdf, write


def fascicle(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "unfascicle.cli", *args], capture_output=True,
                          text=True)


def assert_refused(source: Path, tmp_path: Path, code: int, words: str, *extra: str) -> None:
    """Exit ``code``, one stderr line naming the file and saying ``words``, and the
    earlier output left exactly as it was."""
    target = tmp_path / "out.json"
    target.write_text("earlier output", encoding="utf-8")
    result = fascicle("extract", str(source), "-o", str(target), *extra)
    lines = result.stderr.strip().splitlines()
    assert result.returncode == code, result.stderr
    assert len(lines) == 1, result.stderr
    assert str(source) in lines[0] and words in lines[0], lines[0]
    assert target.read_text(encoding="utf-8") == "earlier output"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == []


def test_truncated_pdf(tmp_path):
    data = SAMPLE_PDF.read_bytes()
    source = write(tmp_path, "half.pdf", data[: len(data) // 2])
    assert_refused(source, tmp_path, 2, "PDF")


def test_garbage_in_streams(tmp_path):
    source = write(tmp_path, "garbage.pdf", garbage_streams(simple_pdf()))
    assert_refused(source, tmp_path, 2, "")


def test_corrupted_xref_is_repaired_or_refused(tmp_path):
    source = write(tmp_path, "xref.pdf", corrupt_xref(simple_pdf("15.1 Text")))
    target = tmp_path / "out.json"
    result = fascicle("extract", str(source), "-o", str(target))
    assert result.returncode in (2, 3), result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_encrypted_pdf_needs_its_password(tmp_path):
    source = write(tmp_path, "locked.pdf", simple_pdf(encrypt="s3cret"))
    assert_refused(source, tmp_path, 2, "password")
    assert_refused(source, tmp_path, 2, "password", "--password", "wrong")
    # with the right password it opens, and is then judged on its content
    assert_refused(source, tmp_path, 3, "expected a UN proposed programme budget fascicle",
                   "--password", "s3cret")


def test_image_only_pdf_says_ocr_is_needed(tmp_path):
    source = write(tmp_path, "scan.pdf", image_only_pdf())
    assert_refused(source, tmp_path, 2, "OCR")


def test_valid_pdf_that_is_not_a_fascicle(tmp_path):
    source = write(tmp_path, "letter.pdf", simple_pdf("Dear colleague, see you on Monday."))
    assert_refused(source, tmp_path, 3, "expected a UN proposed programme budget fascicle")


def test_page_limit(tmp_path):
    assert_refused(SAMPLE_PDF, tmp_path, 2, "more than the limit of 10", "--max-pages", "10")


def test_time_limit(tmp_path):
    assert_refused(SAMPLE_PDF, tmp_path, 2, "time limit", "--time-limit", "0.05")


@pytest.mark.parametrize(("encoding", "newline"), [
    ("gb18030", "\n"), ("utf-16", "\n"), ("utf-8", "\r\n"), ("utf-8-sig", "\n")])
def test_text_encodings_give_the_same_document(tmp_path, encoding, newline, txt_fascicle):
    from unfascicle import read

    text = SAMPLE_TXT.read_text(encoding="utf-8").replace("\n", newline)
    source = tmp_path / f"A_78_6_Sect15_zh.{encoding}.txt"
    source.write_bytes(text.encode(encoding))
    got = read(source)
    assert [t.number for t in got.tables] == [t.number for t in txt_fascicle.tables]
    assert [p.text for p in got.paragraphs] == [p.text for p in txt_fascicle.paragraphs]


def test_unreadable_number_is_reported_not_guessed(tmp_path):
    text = SAMPLE_TXT.read_text(encoding="utf-8")
    assert text.count("13 465.1") >= 1
    source = tmp_path / "A_78_6_Sect15_zh 坏.txt"
    source.write_text(text.replace("13 465.1", "13 46S.1", 1), encoding="utf-8")
    target = tmp_path / "输出 目录" / "out.json"
    result = fascicle("extract", str(source), "-o", str(target))
    assert result.returncode == 0, result.stderr
    document = json.loads(target.read_text(encoding="utf-8"))
    unreadable = [w for w in document["warnings"] if w["code"] == "unreadable-number"]
    assert unreadable and unreadable[0]["table"] and unreadable[0]["page"]
    flagged = [v for t in document["tables"] for p in t["parts"] for r in p["rows"]
               for v in r["values"] if v == "13 46S.1"]
    assert flagged == ["13 46S.1"]


def test_lost_column_is_reported_with_table_and_page(tmp_path):
    """A row that lost a value still comes out, but the doubt is in the warnings with
    its table, row and page, and the arithmetic check on its column fails."""
    from unfascicle import read
    from unfascicle.output import to_dict

    text = SAMPLE_TXT.read_text(encoding="utf-8")
    row = next(line for line in text.split("\n") if line.startswith("咨询人 ") and "(23.4)" in line)
    source = tmp_path / "A_78_6_Sect15_zh.txt"
    source.write_text(text.replace(row, row.replace("(23.4) ", "", 1), 1), encoding="utf-8")
    document = to_dict(read(source))
    doubts = [w for w in document["warnings"] if w["code"] == "blank-cell-guessed"]
    assert [(w["table"], w["row"]) for w in doubts] == [("15.9", "咨询人")]
    assert doubts[0]["page"] >= 1
    assert any(c["status"] == "fail" and c["table"] == "15.9" for c in document["checks"])
