"""Stage three: schema-valid, deterministic JSON, written atomically or not at all."""

import enum
import json
import os

import pytest
from jsonschema import Draft202012Validator
from test_normalize import money_table, row, run

from unfascicle.checks.findings import Finding
from unfascicle.errors import InvalidOutput, OutputError
from unfascicle.output import dumps, plain, to_dict, valid_json, validate, write_json
from unfascicle.schemas import fascicle_schema


def sample_document():
    return to_dict(run(money_table([row("员额", "1 569.4", "—", "(2.0)", "1 567.4")])))


def test_schema_is_draft_2020_12_with_id_and_version():
    schema = fascicle_schema()
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"].startswith("https://") and schema["version"] == "1.1.0"


def test_output_validates_and_names_its_schema():
    doc = sample_document()
    validate(doc)
    assert doc["schema"] == fascicle_schema()["$id"]
    assert doc["tables"][0]["parts"][0]["rows"][0]["values"] == [1569.4, 0, -2.0, 1567.4]


def test_schema_violation_is_refused():
    doc = sample_document()
    doc["tables"][0]["parts"][0]["rows"][0]["kind"] = "banana"
    with pytest.raises(InvalidOutput, match="tables/0/parts/0/rows/0/kind"):
        validate(doc)


def test_same_input_gives_byte_identical_json():
    assert dumps(sample_document()) == dumps(sample_document())


@pytest.mark.parametrize("document", [
    {"records": [[], {}, [{}], {"a": [1, -0.0, 1e16, 1.5e-07, True, False, None, 10**30]}],
     "text": "员额 é\u2028\x00\"\\ \t", "nested": {"x": {"y": [["z"]]}}},
    {"enum": enum.IntEnum("E", "A").A, "tuple": (1, 2), "1": {1: "key", 2.5: None, None: 0}},
    {"lone surrogate": "\ud800 员额"},  # no UTF-8 for the formatter: the library writes it
])
def test_json_is_written_as_the_library_writes_it(document):
    """``dumps`` writes the same text as ``json.dumps``: a plain document, what the C
    encoder writes as the library does (a tuple, an int subclass, a key that is no
    string) and what it leaves to the library (a lone surrogate)."""
    assert dumps(document) == json.dumps(document, ensure_ascii=False, indent=1) + "\n"
    assert dumps(sample_document()) == json.dumps(sample_document(), ensure_ascii=False,
                                                  indent=1) + "\n"


@pytest.mark.parametrize("finding", [
    Finding("column-adds-up", "1.1", None, "Total", "2025", 3.5, 3, "fail", 0.1),
    Finding("tables-agree", None, "Posts", None, None, None, 2.0, "pass", 0.0, 4, "a vs b"),
])
def test_a_finding_is_written_as_plain_makes_it(finding):
    """The checks are written by ``Finding.as_dict``: the same keys, in the same order,
    with the same values as ``plain`` makes of a finding."""
    assert list(finding.as_dict().items()) == list(plain(finding).items())


def test_plain_makes_records_what_json_holds():
    """``plain`` makes a record a dict of its fields in declaration order, nested records
    too, and keeps strings, numbers (an int stays an int, -0.0 a float) and None as
    they are; a tuple (no record holds one) is written as the list it holds: the JSON
    written from it is the records' own."""
    from dataclasses import dataclass, field

    @dataclass
    class Inner:
        z: float
        a: tuple

    @dataclass
    class Outer:
        name: str
        count: int
        inner: list = field(default_factory=list)
        missing: None = None

    record = Outer("员额", 3, [Inner(-0.0, (1, "x", None)), Inner(2.5, ())])
    made = plain(record)
    assert made == {"name": "员额", "count": 3, "missing": None,
                    "inner": [{"z": -0.0, "a": (1, "x", None)}, {"z": 2.5, "a": ()}]}
    assert list(made) == ["name", "count", "inner", "missing"]
    assert list(made["inner"][0]) == ["z", "a"]
    assert dumps(made) == dumps({"name": "员额", "count": 3,
                                 "inner": [{"z": -0.0, "a": [1, "x", None]},
                                           {"z": 2.5, "a": []}], "missing": None})
    assert type(made["count"]) is int and type(made["inner"][0]["z"]) is float


@pytest.mark.parametrize("tolerance", [0.05, 5e-05, 1.5e-07, 0.0001, 1e16, 12345.6])
def test_a_valid_document_is_written_as_the_library_writes_it(tolerance):
    """``valid_json`` writes a valid document's JSON as ``json.dumps`` does, floats
    past the range where msgspec prints them as Python does (5e-05, 1e+16) too."""
    doc = sample_document()
    doc["checks"][0]["tolerance"] = tolerance
    assert valid_json(doc) == json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def test_an_invalid_document_is_not_written():
    doc = sample_document()
    doc["tables"][0]["parts"][0]["rows"][0]["values"][0] = float("nan")
    with pytest.raises(InvalidOutput):
        valid_json(doc)


@pytest.mark.parametrize("bad, error", [({"a": float("nan")}, ValueError),
                                        ({"a": object()}, TypeError)])
def test_json_refuses_what_the_library_refuses(bad, error):
    with pytest.raises(error):
        dumps(bad)


def test_write_is_atomic_and_leaves_no_partial_file(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("earlier good output", encoding="utf-8")
    doc = sample_document()
    doc["document"]["language"] = 5  # invalid: must not replace the earlier file
    with pytest.raises(InvalidOutput):
        write_json(doc, target)
    assert target.read_text(encoding="utf-8") == "earlier good output"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]
    write_json(sample_document(), target)
    assert json.loads(target.read_text(encoding="utf-8"))["tables"][0]["number"] == "27.4"


def test_missing_output_folder_is_created(tmp_path):
    target = tmp_path / "a" / "b" / "out.json"
    write_json(sample_document(), target)
    assert target.exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_folder_is_a_clear_error(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    with pytest.raises(OutputError, match="cannot write"):
        write_json(sample_document(), folder / "out.json")
    assert list(folder.iterdir()) == []


def test_disk_full_leaves_nothing(tmp_path, monkeypatch):
    """A write error mid-file (ENOSPC) removes the temporary file."""
    target = tmp_path / "out.json"

    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OutputError, match="No space left"):
        write_json(sample_document(), target)
    assert list(tmp_path.iterdir()) == []


def test_output_under_a_file_is_a_clear_error(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(OutputError, match="cannot write into"):
        write_json(sample_document(), blocker / "out.json")
