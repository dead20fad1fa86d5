"""A bounded mutation fuzzer over the sample PDF and text and one real English PDF:
flipped, cut and duplicated bytes, tokens or lines must end in a valid document or a
documented error in one line, never a traceback or a hang past the time limit. The
counts of each outcome are printed at the end of the module."""

from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLE_PDF, SAMPLE_TXT

from unfascicle.cli import main
from unfascicle.errors import FascicleError, InvalidOutput, TimeLimitExceeded
from unfascicle.isolate import call_with_time_limit

TIME_LIMIT = 20.0
DOCUMENTED_EXITS = {2, 3}
# the smallest real English fascicle of the shared corpus (read by relative path)
REAL_PDF = Path("../shared/corpus/real/A_81_6/A_81_6_Sect31_PartA_en.pdf")
COUNTS: Counter = Counter()
_TOKEN = re.compile(rb"/[A-Za-z]+|-?\d+(?:\.\d+)?|\b(?:obj|endobj|stream|endstream|R|BT|ET|"
                    rb"Tf|Tj|TJ|re|cm|xref|trailer)\b|[\[\]<>()]")


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


def mutate_tokens(data: bytes, rng: random.Random) -> bytes:
    """Structure-aware damage to a PDF: replace, drop or repeat a few of its tokens
    (names, numbers, operators, brackets), so the file still parses far enough to reach
    deeper code than random bytes do."""
    tokens = list(_TOKEN.finditer(data))
    out, last = [], 0
    chosen = sorted(rng.sample(range(len(tokens)), k=min(len(tokens), rng.randint(1, 6))))
    for index in chosen:
        m = tokens[index]
        other = tokens[rng.randrange(len(tokens))].group()
        out += [data[last:m.start()], rng.choice([other, b"", m.group() * 2, b"-1", b"999999"])]
        last = m.end()
    return b"".join(out) + data[last:]


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
        COUNTS[exc.code] += 1
        return exc.code
    COUNTS["ok"] += 1
    return "ok"


def run_cli_case(path: Path, tmp_path: Path, capfd) -> int:
    """The command as a user runs it: one line on a refusal, never a traceback or a
    hang; returns the exit code."""
    target = tmp_path / "out.json"
    code = main(["extract", str(path), "-o", str(target), "--time-limit", str(TIME_LIMIT)])
    err = capfd.readouterr().err
    COUNTS[f"exit {code}"] += 1
    lines = err.strip().splitlines()
    if "Traceback" in err:
        COUNTS["tracebacks"] += 1
    if "[time-limit]" in err:
        COUNTS["hangs"] += 1
    if len(lines) > 1:
        COUNTS["multi-line refusals"] += 1
    assert "Traceback" not in err and "[time-limit]" not in err, err
    named = len(lines) == 1 and (str(path) in lines[0] or str(target) in lines[0])
    assert (len(lines), code) == (0, 0) or named, err
    assert not target.exists() or (code == 0 and target.stat().st_size < 2 << 30)
    return code


@pytest.mark.parametrize("seed", range(8))
def test_real_pdf_mutations(tmp_path, capfd, seed):
    """Mutants of a real English fascicle, byte-level (even seeds) and token-level (odd
    seeds): a valid output or a documented one-line refusal, never an internal error,
    a traceback, a hang or a second line."""
    real = ROOT / REAL_PDF
    if not real.is_file():
        pytest.skip(f"{REAL_PDF} (the shared corpus) is not beside the repository")
    rng = random.Random(2000 + seed)
    path = tmp_path / f"real{seed}.pdf"
    mutate = mutate_tokens if seed % 2 else mutate_bytes
    path.write_bytes(mutate(real.read_bytes(), rng))
    assert run_cli_case(path, tmp_path, capfd) in {0, *DOCUMENTED_EXITS}


@pytest.mark.parametrize("seed", range(6))
def test_pdf_token_mutations(tmp_path, capfd, seed):
    rng = random.Random(3000 + seed)
    path = tmp_path / f"tokens{seed}.pdf"
    path.write_bytes(mutate_tokens(SAMPLE_PDF.read_bytes(), rng))
    assert run_cli_case(path, tmp_path, capfd) in {0, *DOCUMENTED_EXITS}


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


def test_print_the_counts(capsys):
    """Runs last in this module: the outcome counts of every mutant above."""
    with capsys.disabled():
        zeros = {k: COUNTS[k] for k in ("tracebacks", "hangs", "multi-line refusals")}
        print("\nfuzz outcomes:", ", ".join(f"{k} {v}" for k, v in sorted(COUNTS.items())),
              "|", ", ".join(f"{k} {v}" for k, v in zeros.items()))
