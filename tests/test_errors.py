"""Bad input: one clear line naming the file, a documented exit code, no output."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from store_contract import WORD_FILE


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "unfascicle.cli", *args],
                          capture_output=True, text=True)


def extract(source: Path, tmp_path: Path) -> tuple[subprocess.CompletedProcess, Path]:
    target = tmp_path / "out.json"
    return run("extract", str(source), "-o", str(target)), target


@pytest.mark.parametrize(("name", "content", "code", "message"), [
    ("empty.txt", b"", 2, "the file is empty"),
    ("page.pdf", b"<!DOCTYPE html><html><body>hi</body></html>", 2, "HTML page"),
    ("image.pdf", b"\x89PNG\r\n\x1a\n" + b"\0" * 64, 2, "PNG image"),
    ("archive.pdf", b"PK\x03\x04" + b"\0" * 64, 2, "ZIP archive"),
    ("notes.txt", "这是一份会议记录，没有编号段落，也没有表格。\n".encode(), 3,
     "expected a UN proposed programme budget fascicle"),
])
def test_bad_inputs(tmp_path, name, content, code, message):
    source = tmp_path / name
    source.write_bytes(content)
    result, target = extract(source, tmp_path)
    assert result.returncode == code
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(source) in lines[0] and message in lines[0]
    assert "Traceback" not in result.stderr
    assert not target.exists()


def test_missing_file(tmp_path):
    result, target = extract(tmp_path / "nope.pdf", tmp_path)
    assert result.returncode == 2 and "no such file" in result.stderr
    assert not target.exists()


def test_usage_error_is_exit_4():
    assert run("extract").returncode == 4
    assert run("frobnicate").returncode == 4


def test_debug_shows_traceback(tmp_path):
    source = tmp_path / "empty.txt"
    source.write_bytes(b"")
    result = run("--debug", "extract", str(source), "-o", str(tmp_path / "o.json"))
    assert result.returncode == 2 and "Traceback" in result.stderr


@pytest.mark.parametrize("name", ["word.pdf", "word.txt"])
def test_the_kind_of_input_is_read_from_its_content_not_its_name(tmp_path, name):
    """Issue 13: a Word file under another name is read as Word, not refused as a
    damaged PDF or read as text."""
    if not WORD_FILE.is_file():
        pytest.skip(f"{WORD_FILE} (the shared corpus) is not beside the repository")
    source = tmp_path / name
    source.write_bytes(WORD_FILE.read_bytes())
    result = run("extract", str(source), "-o", "-")
    assert result.returncode == 0, result.stderr
    assert '"format": "docx"' in result.stdout
