"""Shared paths and the sample runs (each input is read once per test session)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "samples" / "corpus"
ANSWER_KEY = CORPUS / "answer-key"
GOLDEN = ROOT / "samples" / "golden"
SAMPLE_PDF = CORPUS / "A_78_6_Sect15_zh.pdf"
SAMPLE_TXT = CORPUS / "A_78_6_Sect15_zh.txt"


def key_scores(document: dict, key: Path) -> tuple[float, float, float]:
    """Cells, rows and paragraphs (percent) of an output against an answer key, by the
    shared scorer (../shared/tools/score.py, loaded by relative path)."""
    spec = importlib.util.spec_from_file_location("score", Path("../shared/tools/score.py"))
    assert spec and spec.loader
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    truth, blocks = score.load_key(key)
    tables = score.score_tables(truth, document)
    paras = score.score_paras(blocks, document)
    return (100 * tables["hit"] / max(1, tables["cells"]),
            100 * tables["rows_hit"] / max(1, tables["rows"]), 100 * paras["mean_ratio"])


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
