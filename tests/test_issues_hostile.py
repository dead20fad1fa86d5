"""One regression test per fault of the hostile-input sweep (issue 11), in the issue's
order: data loss, silently wrong, wrong refusal or code, tracebacks, hangs."""

from __future__ import annotations

import json
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import threading
import time
import zlib
from pathlib import Path

import pytest
from conftest import SAMPLE_PDF, SAMPLE_TXT
from hostile import simple_pdf
from store_contract import sample, write
from test_store_postgres import PG_URL, pg_schema  # noqa: F401  the fixture

from unfascicle.batch import plan_names
from unfascicle.cli import _parser


def fascicle(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "unfascicle.cli", *args], capture_output=True,
                          text=True, timeout=120, **kw)


def one_line(result: subprocess.CompletedProcess, code: int, *words: str) -> str:
    """The refusal: exit ``code``, one stderr line holding ``words``, no traceback."""
    lines = result.stderr.strip().splitlines()
    assert result.returncode == code, result.stderr
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert all(w in lines[0] for w in words), lines[0]
    return lines[0]


def visible(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# ---------------------------------------------------------------- data loss

@pytest.mark.parametrize("how", ["same", "symlink", "hardlink"])
def test_output_equal_to_the_input_is_refused(tmp_path, how):
    source = tmp_path / "in.txt"
    shutil.copy(SAMPLE_TXT, source)
    target = {"same": source, "symlink": tmp_path / "link.txt",
              "hardlink": tmp_path / "hard.txt"}[how]
    if how == "symlink":
        target.symlink_to(source)
    elif how == "hardlink":
        os.link(source, target)
    result = fascicle("extract", str(source), "-o", str(target))
    assert result.returncode in (2, 4) and len(result.stderr.strip().splitlines()) == 1
    assert source.read_bytes() == SAMPLE_TXT.read_bytes()


def test_two_inputs_never_get_one_name_when_a_stem_is_another_inputs_name():
    """a.pdf and a.txt share the stem, so a.pdf would be named "a.pdf", which is also the
    stem of a.pdf.txt: both wrote a.pdf.json."""
    inputs = [Path("in/a.pdf"), Path("in/a.txt"), Path("in/a.pdf.txt")]
    names = plan_names(inputs)
    assert len(set(names.values())) == 3, names
    assert (names[inputs[1]], names[inputs[2]]) == ("a.txt", "a.pdf.txt")


def test_a_batch_into_its_input_folder_does_not_read_its_own_report(tmp_path):
    """The second run found report.txt in the folder and failed on it (exit 2)."""
    shutil.copy(SAMPLE_TXT, tmp_path / "a.txt")
    assert fascicle("batch", str(tmp_path), "-o", str(tmp_path)).returncode == 0
    again = fascicle("batch", str(tmp_path), "-o", str(tmp_path))
    assert again.returncode == 0 and "0 ok, 1 skipped, 0 failed" in again.stdout, again.stdout


def test_batch_names_come_from_the_inputs_not_from_timing(tmp_path):
    """The PDF, then the text of one document, then the PDF again, into one folder:
    both outputs stay, each from its own input, and the third run skips the PDF."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    pdf, txt = shutil.copy(SAMPLE_PDF, inputs), shutil.copy(SAMPLE_TXT, inputs)
    out = tmp_path / "out"
    assert fascicle("batch", pdf, "-o", str(out)).returncode == 0
    assert fascicle("batch", txt, "-o", str(out)).returncode == 0
    third = fascicle("batch", pdf, "-o", str(out))
    assert third.returncode == 0 and "0 ok, 1 skipped" in third.stdout
    formats = {p.name: json.loads(p.read_text("utf-8"))["document"]["source"]["format"]
               for p in out.glob("A_*.json")}
    assert formats == {"A_78_6_Sect15_zh.json": "pdf", "A_78_6_Sect15_zh.txt.json": "text"}
    states = {s["output"]: s["source"] for s in
              (json.loads(p.read_text("utf-8")) for p in (out / ".state").glob("*.json"))}
    assert states == {"A_78_6_Sect15_zh.json": os.path.realpath(pdf),
                      "A_78_6_Sect15_zh.txt.json": os.path.realpath(txt)}


@pytest.mark.parametrize("kind", ["symlink", "fifo"])
def test_output_that_is_a_symlink_or_fifo_is_not_replaced(tmp_path, kind):
    target = tmp_path / "out.json"
    other = tmp_path / "other.json"
    other.write_text("someone else's file", "utf-8")
    if kind == "symlink":
        target.symlink_to(other)
    else:
        os.mkfifo(target)
    one_line(fascicle("extract", str(SAMPLE_TXT), "-o", str(target)), 2, str(target),
             "refusing to replace it")
    assert target.is_symlink() if kind == "symlink" else not target.is_file()
    assert other.read_text("utf-8") == "someone else's file"


def test_export_switches_the_whole_set_in_one_rename(tmp_path):
    """A killed export leaves the earlier set whole, and nothing in the temp folder;
    the next export clears the killed one's hidden folder."""
    outputs = tmp_path / "outputs"
    outputs.mkdir()
    write(sample(), outputs / "sample.json")
    target, scratch = tmp_path / "export", tmp_path / "tmp"
    scratch.mkdir()
    env = {**os.environ, "TMPDIR": str(scratch)}
    assert fascicle("export", str(outputs), "-o", str(target), "--format", "csv",
                    env=env).returncode == 0
    before = {p.name: p.read_bytes() for p in target.iterdir()}
    proc = subprocess.Popen([sys.executable, "-m", "unfascicle.cli", "export", str(outputs),
                             "-o", str(target), "--format", "parquet"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".export.export-*/*.parquet")):
        assert time.monotonic() < deadline and proc.poll() is None, "no staging folder seen"
        time.sleep(0.01)
    proc.kill()
    proc.wait()
    assert {p.name: p.read_bytes() for p in target.iterdir()} == before
    assert visible(scratch) == []
    assert fascicle("export", str(outputs), "-o", str(target), env=env).returncode == 0
    relations = len(before) - 1  # every relation, and the datapackage.json
    assert sorted(p.suffix for p in target.iterdir()) == [".json"] + [".parquet"] * relations
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


_WRITER = """
import sys
from pathlib import Path
from unfascicle.output import write_atomic
data = b"x" * (32 << 20)
print("ready", flush=True)
while True:
    write_atomic(data, Path(sys.argv[1]))
"""


def test_a_write_killed_midway_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "out.json"
    rng = random.Random(11)
    for _ in range(5):
        proc = subprocess.Popen([sys.executable, "-c", _WRITER, str(target)],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline() == "ready\n"
        time.sleep(rng.uniform(0.05, 0.3))
        proc.kill()
        proc.wait()
        proc.stdout.close()
        assert visible(tmp_path) in ([], ["out.json"])


# ---------------------------------------------------------------- silently wrong

def test_big5_text_is_refused_not_read_as_gb18030(tmp_path):
    source = tmp_path / "big5.txt"
    source.write_bytes(SAMPLE_TXT.read_text("utf-8").encode("big5", errors="replace"))
    one_line(fascicle("extract", str(source), "-o", str(tmp_path / "o.json")), 2,
             str(source), "private-use", "[unreadable-input]")
    assert not (tmp_path / "o.json").exists()


def test_text_with_nul_bytes_is_refused(tmp_path):
    source = tmp_path / "nul.txt"
    source.write_bytes(SAMPLE_TXT.read_bytes().replace(b"\n", b"\0\n"))
    one_line(fascicle("extract", str(source), "-o", str(tmp_path / "o.json")), 2,
             str(source), "NUL bytes")


# ---------------------------------------------------------------- wrong refusal or code

@pytest.mark.parametrize("args", [
    ["extract", "IN", "-o", "OUT", "--time-limit", "0"],
    ["extract", "IN", "-o", "OUT", "--time-limit", "-1"],
    ["extract", "IN", "-o", "OUT", "--time-limit", "nan"],
    ["extract", "IN", "-o", "OUT", "--time-limit", "inf"],
    ["extract", "IN", "-o", "OUT", "--max-pages", "-1"],
    ["extract", "IN", "-o", "OUT", "--memory-limit", "0"],
    ["batch", "IN", "-o", "OUTDIR", "--time-limit", "inf"],
    ["batch", "IN", "-o", "OUTDIR", "--jobs", "-1"],
])
def test_out_of_range_options_are_usage_errors(tmp_path, args):
    names = {"IN": str(SAMPLE_TXT), "OUT": str(tmp_path / "o.json"),
             "OUTDIR": str(tmp_path / "out")}
    result = fascicle(*(names.get(a, a) for a in args))
    one_line(result, 4, "must be", "[usage]")  # one line, like every other error
    assert visible(tmp_path) == []


@pytest.mark.parametrize("args", [
    ["check", ""], ["diff", "", "x.json"], ["load", ""], ["load", "x.json", "--db", ""],
    ["export", "", "-o", "x"], ["batch", "", "-o", "x"],
])
def test_empty_paths_are_usage_errors_in_every_command(tmp_path, args):
    """An empty name would silently mean the current folder (load, export and batch would
    take in every file below it) or the default database."""
    write(sample(), tmp_path / "x.json")
    one_line(fascicle(*args, cwd=tmp_path), 4, "an empty path", "[usage]")
    assert visible(tmp_path) == ["x.json"]


def pdf_of(objects: list[bytes]) -> bytes:
    """A PDF of the given objects (numbered from 1, the first the catalog), with its
    cross-reference table."""
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % at for at in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n%s\nendstream" % (len(data), extra, data)


def one_page(content: bytes, *more: bytes, resources: bytes = b"") -> list[bytes]:
    """The objects of a one-page PDF: catalog, pages, page, its content (object 4), then
    ``more`` (objects 5, 6, …, for ``resources`` to refer to)."""
    return [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << %s >> >>" % resources, content, *more]


def bomb_pdf(megabytes: int) -> bytes:
    """A one-page PDF whose content stream inflates to ``megabytes`` MB."""
    packer = zlib.compressobj(9)
    chunk = b"0 0 m\n" * (1 << 16)
    data = b"".join(packer.compress(chunk) for _ in range((megabytes << 20) // len(chunk)))
    return pdf_of(one_page(stream(data + packer.flush(), b"/Filter /FlateDecode ")))


LIGATURE_CMAP = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap "
                 b"/CMapName /Ligatures def 1 begincodespacerange <00> <FF> endcodespacerange "
                 b"1 beginbfchar <7E> <00660069> endbfchar endcmap "
                 b"CMapName currentdict /CMap defineresource pop end end")
CID_FONT = (b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /NoMap /DW 500 "
            b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>")


def several_character_glyphs_pdf(kind: str) -> bytes:
    """A page whose glyphs each stand for several characters: a ligature ("~" mapped to
    "fi" by the font's ToUnicode map, as real "fi" glyphs are) or a glyph without any
    Unicode mapping, which pdfminer reads as "(cid:65)"."""
    if kind == "ligature":
        text = b"BT /F1 12 Tf 72 720 Td (15.1 The ~eld of ~nance.) Tj ET"
        font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>"
        more = [font, stream(LIGATURE_CMAP)]
    else:
        text = b"BT /F1 12 Tf 72 720 Td <00410042> Tj ET"
        more = [b"<< /Type /Font /Subtype /Type0 /BaseFont /NoMap /Encoding /Identity-H "
                b"/DescendantFonts [6 0 R] >>", CID_FONT]
    return pdf_of(one_page(stream(text), *more, resources=b"/Font << /F1 5 0 R >>"))


@pytest.mark.parametrize("kind", ["ligature", "cid"])
def test_glyphs_of_several_characters_are_read_not_refused_as_damage(tmp_path, kind):
    """Not a fascicle (exit 3), and not "the PDF is damaged (ord() expected a character)";
    the ligature reads as its letters."""
    from unfascicle.extract.pdf_reader import read_pdf

    source = tmp_path / f"{kind}.pdf"
    source.write_bytes(several_character_glyphs_pdf(kind))
    one_line(fascicle("extract", str(source), "-o", str(tmp_path / "o.json")), 3, str(source),
             "[not-a-fascicle]")
    text = " ".join(getattr(b, "text", "") for b in read_pdf(source).blocks)
    assert ("field of finance" in text) if kind == "ligature" else "(cid:65)" in text


def test_decompression_bomb_stops_at_the_memory_limit(tmp_path):
    source = tmp_path / "bomb.pdf"
    source.write_bytes(bomb_pdf(200))
    one_line(fascicle("extract", str(source), "-o", str(tmp_path / "o.json"),
                      "--memory-limit", "100"), 2, str(source),
             "memory limit of 100 MB", "[memory-limit]")


def hand_edited(tmp_path: Path) -> Path:
    document = sample()
    document["tables"][0]["parts"][0]["rows"][0]["kind"] = "banana"
    return write(document, tmp_path / "edited.json")


def test_check_of_a_hand_edited_json_is_bad_input(tmp_path):
    path = hand_edited(tmp_path)
    one_line(fascicle("check", str(path)), 2, str(path), "tables/0/parts/0/rows/0/kind",
             "[unreadable-input]")


def test_load_of_a_hand_edited_json_is_bad_input(tmp_path):
    path = hand_edited(tmp_path)
    one_line(fascicle("load", str(path), "--db", str(tmp_path / "f.duckdb")), 2, str(path),
             "tables/0/parts/0/rows/0/kind", "[unreadable-input]")


def test_empty_output_path_is_a_usage_error(tmp_path):
    result = fascicle("extract", str(SAMPLE_TXT), "-o", "", cwd=tmp_path)
    assert result.returncode == 4 and "empty path" in result.stderr
    assert "busy" not in result.stderr and visible(tmp_path) == []


def test_nan_in_a_hand_edited_json_is_named_not_shown_as_null(tmp_path):
    """Python reads NaN, which JSON does not have; the schema error then spoke of null."""
    document = sample()
    document["tables"][8]["parts"][0]["rows"][0]["values"][0] = float("nan")
    path = tmp_path / "nan.json"
    path.write_text(json.dumps(document), "utf-8")
    for command in (["check", str(path)], ["diff", str(path), str(path)],
                    ["load", str(path), "--db", str(tmp_path / "f.duckdb")]):
        one_line(fascicle(*command), 2, str(path), "NaN is not a JSON value",
                 "[unreadable-input]")


def test_a_250_character_output_name_is_written(tmp_path):
    target = tmp_path / ("n" * 245 + ".json")
    result = fascicle("extract", str(SAMPLE_TXT), "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert visible(tmp_path) == [target.name]


def test_pdfminer_logging_stays_behind_debug(tmp_path):
    """A page without a MediaBox makes pdfminer log a warning, then the read fails."""
    source = tmp_path / "nobox.pdf"
    source.write_bytes(simple_pdf("15.1 Text").replace(b"/MediaBox", b"/MediaBoy"))
    one_line(fascicle("extract", str(source), "-o", str(tmp_path / "o.json")), 2, str(source))


# ---------------------------------------------------------------- tracebacks

@pytest.mark.parametrize("where", ["/proc/unfascicle-x", "a regular file", "under a file"])
def test_batch_into_an_unusable_folder_is_one_line(tmp_path, where):
    blocker = tmp_path / "file"
    blocker.write_text("x", "utf-8")
    out = {"a regular file": blocker, "under a file": blocker / "sub"}.get(where, Path(where))
    one_line(fascicle("batch", str(SAMPLE_TXT), "-o", str(out)), 2, str(out),
             "[output-not-written]")


def test_batch_takes_absolute_globs(tmp_path):
    shutil.copy(SAMPLE_TXT, tmp_path / "a.txt")
    result = fascicle("batch", str(tmp_path.resolve() / "*.txt"), "-o", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "a.json").is_file()


def _tiny_files() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (512, 512))


def test_batch_on_a_full_disk_is_one_line_and_leaves_no_temporary_file(tmp_path):
    """Files cannot grow past 512 bytes (the disk is as good as full): the output and
    the report fail to be written, and say so in one line."""
    out = tmp_path / "out"
    result = fascicle("batch", str(SAMPLE_TXT), "-o", str(out), preexec_fn=_tiny_files)
    errors = [ln for ln in result.stderr.splitlines() if ln.startswith("fascicle:")]
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
    assert len(errors) == 1 and "report.json" in errors[0] and "[output-not-written]" in errors[0]
    assert not [p for p in out.rglob("*") if p.is_file()]


@pytest.mark.parametrize("command", ["check", "diff", "load", "export"])
def test_deeply_nested_json_is_bad_input(tmp_path, command):
    path = tmp_path / "deep.json"
    path.write_text('{"tables": ' + "[" * 100_000 + "]" * 100_000 + "}", "utf-8")
    args = {"check": [str(path)], "diff": [str(path), str(path)],
            "load": [str(path), "--db", str(tmp_path / "f.duckdb")],
            "export": [str(path), "-o", str(tmp_path / "x")]}[command]
    one_line(fascicle(command, *args), 2, str(path), "[unreadable-input]")


def test_malformed_postgres_url_is_a_usage_error(tmp_path):
    path = write(sample(), tmp_path / "sample.json")
    one_line(fascicle("load", str(path), "--db", "postgresql://::::"), 4, "[usage]")


@pytest.mark.skipif(not PG_URL, reason='UNFASCICLE_TEST_PG_URL is not set: run eval '
                                       '"$(.ci/postgres.sh)" first')
def test_concurrent_postgres_loads_of_one_document_queue(tmp_path, pg_schema):  # noqa: F811
    from sqlalchemy.engine import make_url

    from unfascicle.store import load

    url = make_url(PG_URL).update_query_dict({"options": f"-csearch_path={pg_schema}"})
    path = write(sample(), tmp_path / "sample.json")
    def one(start: threading.Barrier, errors: list) -> None:
        start.wait()
        try:
            load([path], url.render_as_string(hide_password=False))
        except Exception as exc:  # collected and asserted below
            errors.append(exc)

    for _ in range(3):  # the first pair also races to create the schema
        start, errors = threading.Barrier(2), []
        threads = [threading.Thread(target=one, args=(start, errors)) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []


# ---------------------------------------------------------------- hangs, resources

@pytest.mark.parametrize("kind", ["/dev/zero", "fifo", "folder"])
def test_special_file_inputs_are_refused_before_reading(tmp_path, kind):
    source = {"/dev/zero": Path("/dev/zero"), "fifo": tmp_path / "in.txt",
              "folder": tmp_path / "dir.txt"}[kind]
    if kind == "fifo":
        os.mkfifo(source)
    elif kind == "folder":
        source.mkdir()
    one_line(fascicle("extract", str(source), "-o", str(tmp_path / "o.json")), 2, str(source))
    if kind == "folder":  # batch reads a folder's files
        return
    result = fascicle("batch", str(source), str(SAMPLE_TXT), "-o", str(tmp_path / "out"))
    assert result.returncode == 2 and "1 ok, 0 skipped, 1 failed" in result.stdout


@pytest.mark.parametrize("command", ["check", "diff", "load"])
@pytest.mark.parametrize("kind", ["/dev/zero", "fifo"])
def test_outputs_that_are_special_files_are_refused_before_reading(tmp_path, command, kind):
    """check and diff read a FIFO (blocked for ever) or /dev/zero (memory without end)."""
    source = Path("/dev/zero") if kind == "/dev/zero" else tmp_path / "out.json"
    if kind == "fifo":
        os.mkfifo(source)
    args = {"check": [str(source)], "diff": [str(source), str(source)],
            "load": [str(source), "--db", str(tmp_path / "f.duckdb")]}[command]
    one_line(fascicle(command, *args), 2, str(source), "not a regular file")


def test_extract_has_a_default_time_limit_and_a_size_limit(tmp_path):
    args = _parser().parse_args(["extract", "in.txt", "-o", "o.json"])
    assert args.time_limit == 300 and args.max_size == 100
    one_line(fascicle("extract", str(SAMPLE_TXT), "-o", str(tmp_path / "o.json"),
                      "--max-size", "0.01"), 2, str(SAMPLE_TXT), "more than the limit of 0.01 MB")


def _descendants(pid: int) -> set[int]:
    """Every live process below ``pid`` (read from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        try:
            stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if entry.name.isdigit() and stat[0] != "Z":
            children.setdefault(int(stat[1]), []).append(int(entry.name))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def _alive(pids: set[int]) -> set[int]:
    return {p for p in pids if Path(f"/proc/{p}").exists()
            and Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"}


@pytest.mark.parametrize("command", ["extract", "batch"])
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_workers_die_with_their_parent(tmp_path, command, sig):
    source = tmp_path / "long.txt"
    source.write_text(SAMPLE_TXT.read_text("utf-8") * 64, "utf-8")  # a minute or more
    args = ["-o", str(tmp_path / "o.json")] if command == "extract" else [
        "-o", str(tmp_path / "out"), "--jobs", "1"]
    proc = subprocess.Popen([sys.executable, "-m", "unfascicle.cli", command, str(source),
                             *args, "--time-limit", "120"])
    want = 1 if command == "extract" else 2  # batch: the pool worker and its document
    deadline = time.monotonic() + 30
    while len(workers := _descendants(proc.pid)) < want:
        assert time.monotonic() < deadline and proc.poll() is None
        time.sleep(0.05)
    time.sleep(0.3)
    workers = _descendants(proc.pid)
    proc.send_signal(sig)
    proc.wait()
    deadline = time.monotonic() + 10
    while _alive(workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _alive(workers) == set()
