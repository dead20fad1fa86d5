"""Shared paths and the sample runs (each input is read once per test session)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "samples" / "corpus"
ANSWER_KEY = CORPUS / "answer-key"
GOLDEN = ROOT / "samples" / "golden"
SAMPLE_PDF = CORPUS / "A_78_6_Sect15_zh.pdf"
SAMPLE_TXT = CORPUS / "A_78_6_Sect15_zh.txt"


def answer_tables() -> list[dict]:
    """Every table of the hand-built answer key."""
    return [json.loads(p.read_text("utf-8")) for p in sorted((ANSWER_KEY / "tables").glob("*.json"))]


@pytest.fixture(scope="session")
def pdf_fascicle():
    from unfascicle import read

    return read(SAMPLE_PDF)


@pytest.fixture(scope="session")
def txt_fascicle():
    from unfascicle import read

    return read(SAMPLE_TXT)
