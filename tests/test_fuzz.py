"""A bounded mutation fuzzer over the sample PDF and text: flipped, cut and
duplicated bytes or lines must end in a valid document or a documented error,
never a crash or a hang past the time limit."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from conftest import SAMPLE_PDF, SAMPLE_TXT

from unfascicle.errors import FascicleError, InvalidOutput, TimeLimitExceeded
from unfascicle.isolate import call_with_time_limit

TIME_LIMIT = 20.0
DOCUMENTED_EXITS = {2, 3}


def mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    """Flip, cut or duplicate a run of bytes somewhere in the file."""
    out = bytearray(data)
    at = rng.randrange(len(out))
    size = rng.choice([1, 8, 256, 4096])
    match rng.choice(["flip", "cut", "duplicate", "truncate"]):
        case "flip":
            for i in range(at, min(len(out), at + size)):
                out[i] ^= 1 << rng.randrange(8)
        case "cut":
            del out[at:at + size]
        case "duplicate":
            out[at:at] = out[at:at + size]
        case "truncate":
            del out[at:]
    return bytes(out)


def mutate_lines(text: str, rng: random.Random) -> str:
    """Drop, duplicate, swap or scramble lines: the damage a bad extraction does."""
    lines = text.split("\n")
    for _ in range(rng.randint(1, 20)):
        at = rng.randrange(len(lines))
        match rng.choice(["drop", "duplicate", "swap", "scramble"]):
            case "drop":
                del lines[at]
            case "duplicate":
                lines.insert(at, lines[at])
            case "swap":
                other = rng.randrange(len(lines))
                lines[at], lines[other] = lines[other], lines[at]
            case "scramble":
                chars = list(lines[at])
                rng.shuffle(chars)
                lines[at] = "".join(chars)
    return "\n".join(lines)


def extract_and_validate(path: str) -> int:
    """All three stages and schema validation; returns the number of tables."""
    from unfascicle import read
    from unfascicle.output import to_dict, validate

    document = to_dict(read(Path(path)))
    validate(document)
    return len(document["tables"])


def run_case(path: Path) -> str:
    """"ok" or the documented error's code; anything else fails the test."""
    try:
        call_with_time_limit(extract_and_validate, (str(path),), TIME_LIMIT, str(path))
    except TimeLimitExceeded:
        pytest.fail(f"{path.name}: hung past {TIME_LIMIT} s")
    except InvalidOutput as exc:
        pytest.fail(f"{path.name}: output broke the schema: {exc.line()}")
    except FascicleError as exc:
        assert exc.exit_code in DOCUMENTED_EXITS, exc.line()
        assert "\n" not in exc.line() and str(path) in exc.line()
        return exc.code
    return "ok"


@pytest.mark.parametrize("seed", range(40))
def test_text_mutations(tmp_path, seed):
    rng = random.Random(seed)
    text = SAMPLE_TXT.read_text(encoding="utf-8")
    path = tmp_path / f"mutant{seed}.txt"
    if seed % 2:
        path.write_bytes(mutate_bytes(text.encode("utf-8"), rng))
    else:
        path.write_text(mutate_lines(text, rng), encoding="utf-8")
    assert run_case(path) in {"ok", "unreadable-input", "not-a-fascicle"}


@pytest.mark.parametrize("seed", range(12))
def test_pdf_mutations(tmp_path, seed):
    rng = random.Random(1000 + seed)
    path = tmp_path / f"mutant{seed}.pdf"
    path.write_bytes(mutate_bytes(SAMPLE_PDF.read_bytes(), rng))
    assert run_case(path) in {"ok", "unreadable-input", "not-a-fascicle"}
