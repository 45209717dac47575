"""Hostile and broken inputs through `analyze` and `report` as a user runs them (a separate process):
exit status 2, one message naming the file and what to do, no traceback, earlier outputs intact, no
junk left, time and peak memory bounded (measured with ``resource`` inside the child process)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import hostile_corpus as corpus

ROOT = Path(__file__).resolve().parents[1]
PEAK_MB = 400            # analyze and report of an honest file take about 250 MB; a bomb read takes gigabytes
SECONDS = 45             # generous for a loaded 2-core machine; an unguarded bomb takes minutes or forever

# The commands run in a grandchild: Linux counts the memory of the process that forked into a child's
# peak (ru_maxrss survives exec), so the small middle process keeps pytest's own memory out of the figure.
_COMMANDS = """
import os, sys
from ceo_desk.cli import main
codes = [main(argv) for argv in [a.split("\\x1f") for a in sys.argv[1:]]]
with open(os.environ["PEAK_FILE"], "w") as fh:
    fh.write(" ".join(map(str, codes)))
"""
_MEASURE = """
import os, resource, subprocess, sys
done = subprocess.run([sys.executable, "-c", os.environ["COMMANDS"], *sys.argv[1:]])
codes = open(os.environ["PEAK_FILE"]).read()
with open(os.environ["PEAK_FILE"], "w") as fh:
    fh.write(f"{resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss} {codes}")
sys.exit(done.returncode)
"""


def run_cli(folder: Path, *commands: list[str]) -> tuple[list[int], str, float, float]:
    """Run the commands in one process; returns (exit codes, stderr, seconds, peak MB)."""
    peak_file = folder.parent / f".peak-{folder.name}"
    env = {**os.environ, "PEAK_FILE": str(peak_file), "PYTHONPATH": str(ROOT), "COMMANDS": _COMMANDS}
    start = time.monotonic()
    child = subprocess.Popen([sys.executable, "-c", _MEASURE, *["\x1f".join(c) for c in commands]], cwd=folder,
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        _, stderr = child.communicate(timeout=SECONDS * 2)
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)          # the whole group: a command stuck on a pipe goes too
        child.communicate()
        raise AssertionError(f"still running after {SECONDS * 2} s: {commands}") from None
    seconds = time.monotonic() - start
    assert child.returncode == 0, stderr
    peak_kb, *codes = peak_file.read_text().split()
    peak_file.unlink()
    return [int(c) for c in codes], stderr, seconds, int(peak_kb) / 1024


HOSTILE = corpus.HOSTILE_FILES


@pytest.mark.parametrize("make, name, words", HOSTILE, ids=[h[1] for h in HOSTILE])
def test_hostile_file_is_refused_quickly_through_analyze_and_report(tmp_path, make, name, words):
    folder = tmp_path / "werk"
    folder.mkdir()
    make(folder)
    reference = corpus.honest_reference(folder)
    (folder / "resultaten.csv").write_text("eerdere resultaten\n", encoding="utf-8")
    (folder / "rapport.pdf").write_bytes(b"%PDF-1.4 eerder rapport\n")
    before = {p.name: (p.lstat().st_mtime_ns, p.lstat().st_size) for p in folder.iterdir()}
    codes, err, seconds, peak = run_cli(
        folder, ["analyze", name, "-r", reference.name, "-o", "resultaten.csv"],
        ["report", name, "-r", reference.name, "-o", "rapport.pdf"])
    assert codes == [2, 2], err
    problems = [line for line in err.splitlines() if line.startswith("fout:")]
    assert len(problems) == 2 and all(name in p and words in p for p in problems), err
    assert all(("Kies" in p or "Controleer" in p or "Open" in p or "Bewaar" in p) for p in problems), err
    assert "Traceback" not in err and len(err.splitlines()) == 2, err
    after = {p.name: (p.lstat().st_mtime_ns, p.lstat().st_size) for p in folder.iterdir()}
    assert after == before                                    # earlier outputs intact, nothing left behind
    assert (folder / "resultaten.csv").read_text(encoding="utf-8") == "eerdere resultaten\n"
    assert seconds < SECONDS and peak < PEAK_MB, (seconds, peak)


def test_english_messages_for_refused_files(tmp_path):
    corpus.fifo(tmp_path)
    codes, err, _, _ = run_cli(tmp_path, ["analyze", "pijp.csv", "--lang", "en"])
    assert codes == [2] and "named pipe" in err and "wait for data forever" in err and "Traceback" not in err


def test_honest_large_files_pass_the_guards_quickly(tmp_path):
    """A survey of 20,000 respondents passes the checks in well under the time its reading takes."""
    import pandas as pd
    from ceo_desk.io.guards import check_input
    frame = corpus.honest_frame(n=20_000)
    for i in range(20):
        frame[f"Vraag {i}: de hulp die ik krijg past bij mij"] = frame[corpus.Q1]
    csv, xlsx = tmp_path / "groot_2023.csv", tmp_path / "groot_2023.xlsx"
    frame.to_csv(csv, sep=";", index=False)
    with pd.ExcelWriter(xlsx, engine="xlsxwriter", engine_kwargs={"options": {"constant_memory": True}}) as writer:
        frame.to_excel(writer, index=False)
    for path in (csv, xlsx):
        start = time.monotonic()
        check_input(path)
        assert time.monotonic() - start < 2.0


def test_guard_limits_are_what_they_say(tmp_path, monkeypatch):
    """Just over each limit is refused, just under passes (limits made small for the test)."""
    from ceo_desk.io import guards
    from ceo_desk.model.errors import InputError
    monkeypatch.setattr(guards, "MAX_LINE_BYTES", 1000)
    line = tmp_path / "regel.csv"
    line.write_bytes(b"a;b\n" + b"x" * 999 + b"\n")
    guards.check_input(line)
    line.write_bytes(b"a;b\n" + b"x" * 1001 + b"\n")
    with pytest.raises(InputError, match="regel van meer dan"):
        guards.check_input(line)
    line.write_bytes(b"a;b\r" + b"x" * 1001 + b"\r")              # old Mac line ends count as line ends too
    with pytest.raises(InputError):
        guards.check_input(line)
    monkeypatch.setattr(guards, "MAX_COLUMNS", 3)
    cols = tmp_path / "kolommen.csv"
    cols.write_text("a;b;c\n1;2;3\n", encoding="utf-8")
    guards.check_input(cols)
    cols.write_text("a;b;c;d\n1;2;3;4\n", encoding="utf-8")
    with pytest.raises(InputError, match="4 kolommen"):
        guards.check_input(cols)
    monkeypatch.setattr(guards, "MAX_XLSX_PART_BYTES", 4000)
    with pytest.raises(InputError, match="uitgepakt"):
        guards.check_input(corpus.honest_xlsx(tmp_path))


# --- never over an input; no leftovers ---------------------------------------------------------------

@pytest.mark.parametrize("command", ["analyze", "report"])
@pytest.mark.parametrize("which", ["survey", "reference", "link"])
def test_output_never_overwrites_an_input(tmp_path, command, which):
    survey = corpus.honest_csv(tmp_path)
    reference = corpus.honest_reference(tmp_path)
    if which == "link":
        (tmp_path / "uitvoer.csv").symlink_to(survey.name)
    target = {"survey": survey.name, "reference": reference.name, "link": "uitvoer.csv"}[which]
    contents = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    codes, err, _, _ = run_cli(tmp_path, [command, survey.name, "-r", reference.name, "-o", target])
    assert codes == [2] and "nooit over de gegevens heen" in err and "Traceback" not in err
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == contents


def test_report_via_a_dotted_path_is_still_the_input(tmp_path):
    survey = corpus.honest_csv(tmp_path)
    (tmp_path / "sub").mkdir()
    codes, err, _, _ = run_cli(tmp_path, ["report", survey.name, "-o", f"sub/../{survey.name}"])
    assert codes == [2] and survey.name in err


def test_stale_part_of_a_killed_process_goes_on_the_next_write(tmp_path):
    from ceo_desk.atomic_write import write_atomic
    target = tmp_path / "rapport.pdf"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale = tmp_path / f".rapport.pdf.{dead.stdout.strip()}-0123abcd.part"
    stale.write_bytes(b"half")
    alive = tmp_path / f".rapport.pdf.{os.getppid()}-0123abcd.part"     # a live process: not ours to remove
    alive.write_bytes(b"busy")
    foreign = tmp_path / ".rapport.pdf.notes.part"                        # not our naming: left alone
    foreign.write_bytes(b"x")
    write_atomic(target, lambda p: p.write_bytes(b"new"))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([alive.name, foreign.name, "rapport.pdf"])


def test_new_file_gets_the_umask_and_the_umask_is_never_changed(tmp_path, monkeypatch):
    from ceo_desk import atomic_write
    calls = []
    monkeypatch.setattr(os, "umask", lambda *a: calls.append(a) or 0o022)
    atomic_write.write_atomic(tmp_path / "r.json", lambda p: p.write_text("{}"))
    assert calls == []
    monkeypatch.undo()
    old = os.umask(0o027)
    try:
        atomic_write.write_atomic(tmp_path / "s.json", lambda p: p.write_text("{}"))
    finally:
        os.umask(old)
    assert (tmp_path / "s.json").stat().st_mode & 0o777 == 0o640


_SLOW_WRITE = """
import sys, time
from pathlib import Path
from ceo_desk.atomic_write import write_atomic
def slow(p):
    p.write_bytes(b"half")
    print("writing", flush=True)
    time.sleep(60)
write_atomic(Path(sys.argv[1]), slow)
"""


def test_sigterm_during_a_write_leaves_no_part(tmp_path):
    target = tmp_path / "rapport.pdf"
    target.write_bytes(b"old")
    child = subprocess.Popen([sys.executable, "-c", _SLOW_WRITE, str(target)], stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert child.stdout.readline().strip() == "writing"
    assert any(p.name.endswith(".part") for p in tmp_path.iterdir())
    child.terminate()
    assert child.wait(timeout=30) == -15                       # ended as SIGTERM ends a program
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.pdf"] and target.read_bytes() == b"old"


_FULL_DISK = """
import resource, signal, sys
from ceo_desk.cli import main
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)       # a write past the limit fails with EFBIG, as on a full disk
resource.setrlimit(resource.RLIMIT_FSIZE, (2048, 2048))
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("output", ["resultaten.xlsx", "resultaten.csv", "rapport.pdf"])
def test_full_disk_gives_one_message_and_keeps_the_old_file(tmp_path, output):
    survey = corpus.honest_csv(tmp_path)
    frame = corpus.honest_frame()
    for i in range(30):                                  # enough rows that every output exceeds 2 KB
        frame[f"Vraag {i} over de hulp"] = frame[corpus.Q1]
    frame.to_csv(survey, sep=";", index=False)
    (tmp_path / output).write_bytes(b"old")
    command = "report" if output.endswith(".pdf") else "analyze"
    done = subprocess.run([sys.executable, "-c", _FULL_DISK, command, survey.name, "-o", output], cwd=tmp_path,
                          capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    assert done.returncode == 2, done.stderr
    problems = [line for line in done.stderr.splitlines() if line.startswith("fout:")]
    assert len(problems) == 1 and output in problems[0] and "ongewijzigd" in problems[0], done.stderr
    assert "Traceback" not in done.stderr and "Exception" not in done.stderr, done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([survey.name, output])
    assert (tmp_path / output).read_bytes() == b"old"


# --- formulas ---------------------------------------------------------------------------------------

DANGEROUS = ["=HYPERLINK(\"http://x.example\",\"klik\")", "+1+2", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"]


def _live_formulas_xlsx(path: Path) -> list[str]:
    import zipfile
    with zipfile.ZipFile(path) as archive:
        return [name for name in archive.namelist() if name.startswith("xl/worksheets/")
                and b"<f" in archive.read(name).replace(b"<font", b"")]


def _live_formulas_csv(path: Path) -> list[str]:
    import csv
    text = path.read_text(encoding="utf-8-sig")
    return [cell for row in csv.reader(text.splitlines(), delimiter=",") for cell in row
            if cell[:1] in ("=", "+", "@", "\t", "\r") or (cell[:1] == "-" and not _number(cell))]


def _number(cell: str) -> bool:
    try:
        float(cell)
        return True
    except ValueError:
        return False


def test_every_export_format_is_free_of_live_formulas(tmp_path):
    import pandas as pd
    from ceo_desk.export import EXPORT_FORMATS, export_table
    frame = pd.DataFrame({"question": DANGEROUS, "group": DANGEROUS[::-1], "percent": [76.0, -1.5, 3, 4, 5, 6]})
    frame[DANGEROUS[0]] = "x"                                       # a header too
    for suffix in EXPORT_FORMATS:
        path = export_table(frame, tmp_path / f"uit{suffix}")
        if suffix == ".xlsx":
            assert _live_formulas_xlsx(path) == []
            import openpyxl
            sheet = openpyxl.load_workbook(path).active
            texts = [c.value for row in sheet.iter_rows() for c in row]
            assert DANGEROUS[0] in texts and all(c.data_type != "f" for row in sheet.iter_rows() for c in row)
        elif suffix == ".csv":
            assert _live_formulas_csv(path) == []
            assert "'=HYPERLINK" in path.read_text(encoding="utf-8-sig")
            assert "-1.5" in path.read_text(encoding="utf-8-sig")        # numbers stay numbers
        else:
            assert json.loads(path.read_text(encoding="utf-8"))[0]["question"] == DANGEROUS[0]


def test_cli_exports_of_a_survey_with_formula_texts_carry_no_formula(tmp_path):
    import pandas as pd
    frame = corpus.honest_frame()
    frame = frame.rename(columns={corpus.Q1: "=HYPERLINK(\"http://x.example\",\"Ik kan de hulp krijgen\")"})
    frame["stadsdeel"] = ["=1+1", "@Noord"] * (len(frame) // 2)
    frame.to_csv(tmp_path / "enquete_2023.csv", sep=";", index=False)
    for output in ("r.csv", "r.xlsx", "g.csv", "g.xlsx"):
        extra = ["--by", "stadsdeel", "--min-n-report", "1", "--min-n-test", "1"] if output.startswith("g") else []
        codes, err, _, _ = run_cli(tmp_path, ["analyze", "enquete_2023.csv", "-o", output, *extra])
        assert codes == [0], err
        path = tmp_path / output
        assert (_live_formulas_xlsx(path) if output.endswith("xlsx") else _live_formulas_csv(path)) == []
    assert "'=HYPERLINK" in (tmp_path / "r.csv").read_text(encoding="utf-8-sig")
    assert "'@Noord" in (tmp_path / "g.csv").read_text(encoding="utf-8-sig")
    assert pd.read_excel(tmp_path / "r.xlsx", engine="openpyxl")["question"].str.startswith("=HYPERLINK").any()


def test_every_hostile_text_has_dutch_and_english_with_the_same_values():
    import string
    from ceo_desk.texts.errors_hostile import TEXTS
    fields = lambda text: {f for _, f, _, _ in string.Formatter().parse(text) if f}
    for key, entry in TEXTS.items():
        assert set(entry) == {"nl", "en"}, key
        assert fields(entry["nl"]) == fields(entry["en"]), key
        assert entry["nl"] != entry["en"], key
