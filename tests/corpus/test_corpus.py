"""The bad-input corpus (issue 8): every case through every command that reads it.

For every case and command: no traceback; the documented exit code; the expected gist on one line (for exit
code 2, stderr is exactly that one line); the input byte-identical afterwards; nothing half-written or
unreadable under a final name; bounded time (an alarm in-process, a timeout for child processes) and, for the
heavy cases (zip bomb, entities, the 10,000-row sheet, the 30,000-character cell, runaway templates),
bounded memory: they run in a child process under a 1 GiB address-space limit.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from corpus_inputs import CASES, Case, build, limited, write_base
from corpus_running import (
    Outcome,
    check_outputs,
    command_args,
    one_line_with,
    run_in_process,
    run_limited,
    snapshot,
)
from corpus_text import docx_text, page_text, squeeze

from b1docs.workbook.normalise import clean_text

RUNS = [(case, command) for case in CASES for command in case.expect]


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every case's input, made once per session; the digests are taken before any command runs."""
    folder = tmp_path_factory.mktemp("corpus")
    base = write_base(folder / "_base.xlsx")
    for case in CASES:
        build(case, folder, base)
    return folder


@pytest.fixture(scope="session")
def digests(corpus: Path) -> dict[str, dict[str, str] | None]:
    return {case.name: snapshot(corpus / case.filename) for case in CASES}


@pytest.fixture(scope="session")
def heavy_outcomes(corpus: Path, digests: dict, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The heavy runs, two child processes at a time (CI has two cores)."""
    jobs = [(case, command) for case, command in RUNS if limited(case, command)]
    work = tmp_path_factory.mktemp("heavy")

    def run(job: tuple[Case, str]) -> tuple[tuple[str, str], tuple[Outcome, Path]]:
        case, command = job
        out = work / f"{case.name}-{command}"
        out.mkdir()
        args = command_args(command, corpus / case.filename, corpus / "_base.xlsx", out / "out")
        return (case.name, command), (run_limited(args, cwd=out), out / "out")

    with ThreadPoolExecutor(2) as pool:
        return dict(pool.map(run, jobs))


def _id(run: tuple[Case, str]) -> str:
    return f"{run[0].name}/{run[1]}"


def test_the_corpus_is_big_enough():
    assert len(CASES) >= 40
    assert {case.kind for case in CASES} == {"workbook", "template", "page"}
    assert len({case.name for case in CASES}) == len(CASES)


@pytest.mark.parametrize("run", RUNS, ids=_id)
def test_corpus_case(run: tuple[Case, str], corpus: Path, digests: dict, heavy_outcomes: dict, tmp_path: Path):
    case, command = run
    expect = case.expect[command]
    target = corpus / case.filename
    if limited(case, command):
        outcome, out = heavy_outcomes[(case.name, command)]
    else:
        out = tmp_path / "out"
        outcome = run_in_process(command_args(command, target, corpus / "_base.xlsx", out))
    text = outcome.stdout + outcome.stderr
    assert outcome.exit_code == expect.exit_code, f"{case.name}/{command}: exit {outcome.exit_code}\n{text[-3000:]}"
    assert "Traceback" not in text
    line = one_line_with(text, expect.gist)
    assert line is not None, f"{case.name}/{command}: no line says {expect.gist!r}:\n{text[-3000:]}"
    if expect.exit_code == 2:
        message = outcome.stderr.strip()
        assert message.startswith("b1docs: ") and "\n" not in message, message
        assert expect.gist.lower() in message.lower()
    assert snapshot(target) == digests[case.name], f"{case.name}: the input changed"
    outputs = check_outputs(out)
    if expect.exit_code == 2 or outcome.exit_code not in (0, 1):
        assert outputs == [], f"{case.name}/{command} failed but wrote {outputs}"
    if command == "build" and expect.exit_code == 0:
        assert len([path for path in outputs if path.suffix == ".docx"]) == 3
        _literals_in_documents(case, outputs)
    if command == "publish" and expect.exit_code == 0:
        page = (out / "careers.html").read_text(encoding="utf-8")
        for literal in case.literal:
            assert squeeze(clean_text(literal)) in squeeze(page_text(page)), f"{case.name}: {literal[:40]!r}"


def _literals_in_documents(case: Case, outputs: list[Path]) -> None:
    if not case.literal:
        return
    texts = [squeeze(docx_text(path)) for path in outputs if path.suffix == ".docx"]
    for literal in case.literal:
        assert any(squeeze(clean_text(literal)) in text for text in texts), f"{case.name}: {literal[:40]!r}"


def test_batch_over_the_corpus(corpus: Path, digests: dict, tmp_path: Path):
    """A trust runs batch over a folder nobody checked: every workbook case at once, two workers, memory-limited.

    Each unreadable workbook is a row with its one-line reason; the others are built; exit code 1; the lock
    file is skipped; nothing is written to the inputs. (The 10,000-row sheet is left out to keep this quick.)
    """
    import csv
    import shutil

    folder = tmp_path / "trust"
    folder.mkdir()
    chosen = [case for case in CASES if case.kind == "workbook" and (corpus / case.filename).is_file()
              and case.filename.endswith(".xlsx") and case.name != "ten-thousand-rows"]
    for case in chosen:
        shutil.copy(corpus / case.filename, folder / case.filename)
    outcome = run_limited(["batch", str(folder), "--out", str(tmp_path / "out"), "--workers", "2",
                           "--as-of", "2026-12-01"], cwd=tmp_path)
    text = outcome.stdout + outcome.stderr
    assert outcome.exit_code == 1, text[-3000:]
    assert "Traceback" not in text
    with (tmp_path / "out" / "summary.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = {row["File"]: row for row in csv.DictReader(handle)}
    expected = [case for case in chosen if not case.filename.startswith("~$")]
    assert {Path(name).name for name in rows} == {case.filename for case in expected}
    for case in expected:
        row = next(row for name, row in rows.items() if Path(name).name == case.filename)
        if case.expect["check"].exit_code == 2:
            assert case.expect["check"].gist.lower() in row["Error"].lower(), (case.name, row["Error"])
            assert "\n" not in row["Error"]
        else:
            assert not row["Error"], (case.name, row["Error"])
    for case in chosen:
        assert snapshot(corpus / case.filename) == digests[case.name]
