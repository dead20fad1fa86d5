"""The command line's conventions: -o -, --quiet/--verbose through logging, --debug on
either side of the subcommand, python -m unfascicle, check --json, the summary line on a
terminal, and help for every argument."""

from __future__ import annotations

import argparse
import json
import logging
import os
import pty
import re
import subprocess
import sys

import pytest
from conftest import GOLDEN, SAMPLE_TXT

from unfascicle import __version__, cli

GOLDEN_PDF = GOLDEN / "A_78_6_Sect15_zh.pdf.json"


def run(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "unfascicle", *args], capture_output=True,
                          text=True, cwd=cwd)


def test_python_dash_m_unfascicle_is_the_command():
    result = run("--version")
    assert (result.returncode, result.stdout.strip()) == (0, f"fascicle {__version__}")


def test_dash_o_dash_writes_the_json_to_stdout(tmp_path):
    result = run("extract", str(SAMPLE_TXT.resolve()), "-o", "-", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    golden = json.loads((GOLDEN / "A_78_6_Sect15_zh.txt.json").read_text("utf-8"))
    assert document == golden
    assert list(tmp_path.iterdir()) == []  # no file called "-"
    assert result.stderr == ""  # not a terminal: no summary line


@pytest.mark.parametrize("flag", ["--check", "--strict"])
def test_dash_o_dash_keeps_the_findings_off_standard_output(tmp_path, flag):
    """The failing checks went to standard output after (or, with --strict, instead of)
    the JSON, so `extract -o - --check | jq` read a broken document."""
    result = run("extract", str(SAMPLE_TXT.resolve()), "-o", "-", flag, cwd=tmp_path)
    assert result.returncode == 1
    summary = result.stderr.splitlines()[-1 if flag == "--check" else -2]
    assert re.fullmatch(r"\d+ checks, [1-9]\d* failed", summary), result.stderr
    if flag == "--check":
        assert json.loads(result.stdout)["document"]["source"]["format"] == "text"
    else:
        assert result.stdout == ""  # refused: nothing written


@pytest.mark.parametrize("where", ["before", "after"])
def test_debug_is_accepted_before_and_after_the_subcommand(tmp_path, where):
    args = ["extract", str(tmp_path / "missing.pdf"), "-o", str(tmp_path / "x.json")]
    args = ["--debug", *args] if where == "before" else [*args, "--debug"]
    result = run(*args)
    assert result.returncode == 2
    assert "Traceback" in result.stderr and "missing.pdf: no such file" in result.stderr


def test_without_debug_an_error_is_one_line(tmp_path):
    result = run("extract", str(tmp_path / "missing.pdf"), "-o", str(tmp_path / "x.json"))
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(("flags", "pdfminer_shown", "warning_shown"), [
    ([], False, True), (["--verbose"], True, True), (["--quiet"], False, False),
    (["check", "-v"], True, True), (["check", "-q"], False, False)])
def test_logging_levels_and_pdfminer_noise(capsys, flags, pdfminer_shown, warning_shown):
    before, command = [f for f in flags if f != "check"], ["check", str(GOLDEN_PDF)]
    argv = [*before, *command] if "check" not in flags else [*command, *before]
    assert cli.main(argv) == 1  # the sample prints four wrong figures
    capsys.readouterr()
    logging.getLogger("pdfminer.pdffont").warning("Could not get FontBBox from font descriptor")
    logging.getLogger("unfascicle.test").warning("a warning of ours")
    logging.getLogger("unfascicle.test").error("an error of ours")
    err = capsys.readouterr().err
    assert ("FontBBox" in err) == pdfminer_shown
    assert ("a warning of ours" in err) == warning_shown
    assert "an error of ours" in err
    logging.getLogger("pdfminer").setLevel(logging.NOTSET)


def test_check_json_gives_counts_and_failures():
    result = run("check", str(GOLDEN_PDF), "--json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert (report["checks"], report["failed"]) == (749, 4)
    assert {f["table"] for f in report["failures"]} == {"15.2", "15.6", "15.8", "15.12"}
    assert all(f["status"] == "fail" for f in report["failures"])


def on_a_terminal(*args: str, cwd) -> tuple[int, str]:
    """Run the command with stderr on a pseudo-terminal; its exit code and what it printed
    there."""
    leader, follower = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "unfascicle", *args], cwd=cwd,
                               stdout=subprocess.DEVNULL, stderr=follower)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closed: the command is done
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    return process.wait(), b"".join(chunks).decode()


def test_extract_prints_a_summary_line_on_a_terminal(tmp_path):
    code, printed = on_a_terminal("extract", str(SAMPLE_TXT.resolve()), "-o", "out.json",
                                  cwd=tmp_path)
    assert code == 0
    out = json.loads((tmp_path / "out.json").read_text("utf-8"))
    counts = (f"{out['document']['source']['pages']} pages, {len(out['tables'])} tables, "
              f"{len(out['paragraphs'])} paragraphs, 4 checks failed, "
              f"{len(out['warnings'])} warnings, ")
    assert re.fullmatch(re.escape(f"A_78_6_Sect15_zh.txt: {counts}") + r"\d+\.\d\d s",
                        printed.strip()), printed
    code, printed = on_a_terminal("extract", str(SAMPLE_TXT.resolve()), "-o", "out.json",
                                  "--quiet", cwd=tmp_path)
    assert (code, printed) == (0, "")


def _arguments(parser: argparse.ArgumentParser):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from ((f"{name} {a}", h) for a, h in _arguments(sub))
        elif not isinstance(action, argparse._HelpAction):
            yield "/".join(action.option_strings) or action.dest, action.help


def test_every_argument_has_help_and_help_lists_the_exit_codes():
    missing = [name for name, text in _arguments(cli._parser()) if not text]
    assert missing == []
    for args in (["--help"], ["extract", "--help"], ["diff", "--help"]):
        result = run(*args)
        assert result.returncode == 0
        codes = result.stdout.split("exit codes:")[1]
        assert [line.split()[0] for line in codes.strip().splitlines()] == list("012345")
