"""The pipeline lets the collector's young generation grow while it reads any kind of
input, types it and checks it (each allocates many short-lived objects), and puts the
setting back after."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

import unfascicle.extract.text_reader as text_reader
import unfascicle.output as output
import unfascicle.pipeline as pipeline

_TEXT = "1. A first numbered paragraph of made-up text.\n2. A second one, also made up.\n"


def test_text_is_read_and_typed_with_fewer_collections(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, int] = {}
    read_text, normalize = text_reader.read_text, pipeline.normalize

    def reading(*args, **kwargs):
        seen["read"] = gc.get_threshold()[0]
        return read_text(*args, **kwargs)

    def typing(*args, **kwargs):
        seen["typed"] = gc.get_threshold()[0]
        return normalize(*args, **kwargs)

    monkeypatch.setattr(text_reader, "read_text", reading)
    monkeypatch.setattr(pipeline, "normalize", typing)
    path = tmp_path / "made_up.txt"
    path.write_text(_TEXT, encoding="utf-8")
    before = gc.get_threshold()
    pipeline.read(path)
    assert gc.get_threshold() == before
    assert seen["read"] > before[0]
    assert seen["typed"] > before[0]


def test_checks_run_with_fewer_collections(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, int] = {}
    run_checks = output.run_checks

    def checking(document: dict) -> list:
        seen["checked"] = gc.get_threshold()[0]
        return run_checks(document)

    monkeypatch.setattr(output, "run_checks", checking)
    path = tmp_path / "made_up.txt"
    path.write_text(_TEXT, encoding="utf-8")
    fascicle = pipeline.read(path)
    before = gc.get_threshold()
    output.to_dict(fascicle)
    assert gc.get_threshold() == before
    assert seen["checked"] > before[0]
