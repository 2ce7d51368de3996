"""run_batch with light jobs: the pool, the order, error rows, crashes, and the once-per-worker setup."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import openpyxl
import pytest
from batch_jobs import SETUP_LOG, buggy_job, crashing_job, failing_setup, read_only_job, record_setup
from conftest import SAMPLES

from b1docs.batch import BatchOptions, run_batch
from b1docs.batch.runner import CRASHED
from b1docs.errors import B1DocsError, OutputError, UsageError
from b1docs.workbook.writer import write_filled_workbook

OPTIONS = BatchOptions(as_of=dt.date(2026, 12, 1))


def run(folder: Path, out: Path, **kwargs: object):
    kwargs.setdefault("job", read_only_job)
    kwargs.setdefault("setup", record_setup)
    return run_batch(folder, out, OPTIONS, **kwargs)  # type: ignore[arg-type]


def copy_sample(name: str, folder: Path) -> Path:
    """A real, filled-in workbook (Oakfield's sample) at folder/name: quicker than writing a new one."""
    target = folder / name
    target.parent.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copyfile(SAMPLES / "oakfield-academy.xlsx", target))


def school_data(name: str) -> dict:
    return {"school": {"name": name, "institution_type": "11–16 school", "year_groups": "7-11"},
            "publication": {"next_review_date": dt.date(2027, 7, 1)},
            "leadership": {"governors_approval_date": dt.date(2026, 10, 3)}}


def with_literal_name(path: Path, name: str) -> Path:
    """Store the school name as text even when it looks like a formula, as Excel does for '=text."""
    book = openpyxl.load_workbook(path)
    cell = book["School"]["B2"]
    cell.value = name
    cell.data_type = "s"
    book.save(path)
    return path


def renamed_sheet(source: Path, target: Path) -> Path:
    book = openpyxl.load_workbook(source)
    book["Programme"].title = "Programme old"
    book.save(target)
    return target


@pytest.fixture(scope="module")
def trust(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A trust folder: repeated and missing names, subfolders, two broken workbooks and a lock file."""
    folder = tmp_path_factory.mktemp("trust")
    oakfield = write_filled_workbook(folder / "oakfield.xlsx", school_data("Oakfield Academy"))
    shutil.copy(oakfield, folder / "oakfield-copy.xlsx")
    write_filled_workbook(folder / "north" / "riverside.xlsx", school_data("Riverside School"))
    write_filled_workbook(folder / "north" / "No Name Yet.xlsx", school_data(""))
    with_literal_name(write_filled_workbook(folder / "south" / "odd.xlsx", school_data("Odd")),
                      '=HYPERLINK("http://x")')
    (folder / "south" / "random.xlsx").write_bytes(os.urandom(2048))
    renamed_sheet(oakfield, folder / "south" / "renamed.xlsx")
    (folder / "~$oakfield.xlsx").write_bytes(b"\x00lock")
    return folder


@pytest.fixture
def schools(trust: Path, tmp_path: Path) -> Path:
    """A fresh copy of the trust folder for each test, so an output folder written inside it stays private."""
    return Path(shutil.copytree(trust, tmp_path / "trust"))


def tree(out: Path) -> dict[str, str]:
    """Every file under out except the summary workbook, with its text."""
    return {path.relative_to(out).as_posix(): path.read_text(encoding="utf-8-sig")
            for path in sorted(out.rglob("*")) if path.is_file() and path.name not in {"summary.xlsx", "worker.txt"}}


def test_one_and_two_workers_give_identical_results(schools: Path, tmp_path: Path) -> None:
    """Verify the folders, files and summary are the same with one worker and with two."""
    one = run(schools, tmp_path / "one", workers=1)
    two = run(schools, tmp_path / "two", workers=2)
    assert one.workers == 1 and two.workers == 2
    assert tree(tmp_path / "one") == tree(tmp_path / "two")
    assert one.schools == two.schools
    assert [school.folder for school in one.schools] == [
        "no-name-yet", "riverside-school", "oakfield-academy", "oakfield-academy-2", "hyperlink-http-x", "", ""]
    assert [school.file for school in one.schools] == [
        "north/No Name Yet.xlsx", "north/riverside.xlsx", "oakfield-copy.xlsx", "oakfield.xlsx", "south/odd.xlsx",
        "south/random.xlsx", "south/renamed.xlsx"]
    assert one.schools[4].school == '=HYPERLINK("http://x")'



def test_broken_workbooks_become_error_rows_and_the_others_carry_on(schools: Path, tmp_path: Path) -> None:
    """Verify random bytes and a renamed sheet each give an error row with the reason, and exit code 1."""
    result = run(schools, tmp_path / "out", workers=2)
    errors = {school.file: school.error for school in result.failed}
    assert set(errors) == {"south/random.xlsx", "south/renamed.xlsx"}
    assert "not an Excel workbook" in errors["south/random.xlsx"]
    assert "'Programme' is missing" in errors["south/renamed.xlsx"]
    assert not any(str(tmp_path) in error for error in errors.values())  # the file column already says where
    assert len(result.schools) == 7
    assert sorted(path.name for path in (tmp_path / "out").iterdir() if path.is_dir()) == [
        "hyperlink-http-x", "no-name-yet", "oakfield-academy", "oakfield-academy-2", "riverside-school"]
    assert result.exit_code("never") == 1


def test_exit_code_follows_fail_on(tmp_path: Path) -> None:
    """Verify must findings fail by default, expect findings only with --fail-on expect, nothing with never."""
    copy_sample("one/oakfield.xlsx", tmp_path)  # the light job: 0 must, 1 expect
    result = run(tmp_path / "one", tmp_path / "out", workers=1)
    assert (result.exit_code("must"), result.exit_code("expect"), result.exit_code("never")) == (0, 1, 0)


def test_templates_are_loaded_once_per_worker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Verify the once-per-process setup runs once in each worker, not once per school."""
    first = copy_sample("many/school-00.xlsx", tmp_path)
    for number in range(1, 12):
        shutil.copy(first, tmp_path / "many" / f"school-{number:02d}.xlsx")
    log = tmp_path / "setup-log"
    log.mkdir()
    monkeypatch.setenv(SETUP_LOG, str(log))
    run(tmp_path / "many", tmp_path / "out", workers=2)
    setups = sorted(path.name.split("-")[1] for path in log.iterdir())
    workers = {path.read_text() for path in (tmp_path / "out").rglob("worker.txt")}
    assert len(setups) <= 2
    assert set(setups) == workers
    assert str(os.getpid()) not in workers  # the schools were built in worker processes


def test_a_crashed_worker_fails_only_its_own_school(tmp_path: Path) -> None:
    """Verify a workbook that kills its worker gets an error row while every other school is built."""
    first = copy_sample("crashy/a.xlsx", tmp_path)
    for name in ("b.xlsx", "crash.xlsx", "d.xlsx", "e.xlsx", "f.xlsx"):
        shutil.copy(first, tmp_path / "crashy" / name)
    result = run(tmp_path / "crashy", tmp_path / "out", workers=2, job=crashing_job)
    assert [(school.file, school.error) for school in result.failed] == [("crash.xlsx", CRASHED)]
    assert len([school for school in result.schools if school.folder]) == 5


def test_an_unexpected_exception_names_its_type_and_message(tmp_path: Path) -> None:
    """Verify a bug while building one school becomes that school's error row, with the exception's type."""
    first = copy_sample("bugs/a.xlsx", tmp_path)
    shutil.copy(first, tmp_path / "bugs" / "bug.xlsx")
    result = run(tmp_path / "bugs", tmp_path / "out", workers=1, job=buggy_job)
    assert [school.file for school in result.failed] == ["bug.xlsx"]
    assert "KeyError" in result.failed[0].error and "missing-part" in result.failed[0].error


def test_templates_that_cannot_load_stop_the_batch(tmp_path: Path) -> None:
    """Verify a setup failure (say a broken custom template) stops the batch with its one reason."""
    copy_sample("one/a.xlsx", tmp_path)
    with pytest.raises(B1DocsError, match="syntax error"):
        run(tmp_path / "one", tmp_path / "out", workers=1, setup=failing_setup)
    assert [path.name for path in (tmp_path / "out").iterdir()] == []  # the temporary folder is gone


def test_usage_problems_stop_before_any_work(tmp_path: Path, schools: Path) -> None:
    """Verify --workers 0, an empty folder and an output path that is a file are refused up front."""
    with pytest.raises(UsageError, match="--workers"):
        run(schools, tmp_path / "out", workers=0)
    (tmp_path / "empty").mkdir()
    with pytest.raises(UsageError, match="no workbooks"):
        run(tmp_path / "empty", tmp_path / "out")
    (tmp_path / "a-file").write_text("x")
    with pytest.raises(OutputError, match="not a folder"):
        run(schools, tmp_path / "a-file")
    with pytest.raises(OutputError, match="cannot be written"):
        run(schools, tmp_path / "a-file" / "out")
    with pytest.raises(UsageError, match="must not be the workbooks folder"):
        run(schools, schools / "north" / "..")


def test_rerun_needs_force(schools: Path, tmp_path: Path) -> None:
    """Verify an earlier summary, or earlier documents, are replaced only with force."""
    out = schools / "results"  # inside the input folder: the summary there must not be taken for a school
    first = run(schools, out, workers=1)
    with pytest.raises(OutputError, match=r"summary\.xlsx"):
        run(schools, out, workers=1)
    (out / "summary.xlsx").unlink()
    (out / "summary.csv").unlink()
    kept = run(schools, out, workers=1)
    assert {school.error for school in kept.schools if school.file == "oakfield.xlsx"} == {
        "the output folder oakfield-academy-2 already holds school.txt. Use --force to replace it, "
        "or choose another --out folder"}
    again = run(schools, out, workers=1, force=True)
    assert again.schools == first.schools


def test_stopping_midway_leaves_nothing_half_written(schools: Path, tmp_path: Path) -> None:
    """Verify Ctrl-C during a batch removes the temporary folder and writes no summary and no school folder."""
    def press_ctrl_c(done: int, total: int) -> None:
        if done:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run(schools, tmp_path / "out", workers=2, progress=press_ctrl_c)
    assert list((tmp_path / "out").iterdir()) == []


def test_pdf_without_libreoffice_stops_before_any_work(schools: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Verify --pdf on a computer without LibreOffice is one usage error, not an error row for every school."""
    monkeypatch.setattr("b1docs.render.pdf.find_soffice", lambda: None)
    with pytest.raises(UsageError, match="needs LibreOffice"):
        run_batch(schools, tmp_path / "out", BatchOptions(as_of=OPTIONS.as_of, pdf=True), job=read_only_job,
                  setup=record_setup)
    assert not (tmp_path / "out").exists()


def test_spawned_workers_as_on_windows_and_macos(schools: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Verify the batch also works, with the same results, when workers start fresh (spawn) instead of by fork."""
    import multiprocessing

    forked = run(schools, tmp_path / "forked", workers=2)
    monkeypatch.setattr("b1docs.batch.runner._context", lambda: multiprocessing.get_context("spawn"))
    spawned = run(schools, tmp_path / "spawned", workers=2)
    assert spawned.schools == forked.schools


def test_chunks_hold_every_school_once_biggest_first(tmp_path: Path) -> None:
    """Verify the work is split into small chunks that hold each school exactly once, largest files first."""
    from b1docs.batch.runner import _chunks, chunk_size

    items = []
    for index in range(30):
        path = tmp_path / f"{index:02d}.xlsx"
        path.write_bytes(b"x" * (index % 7 + 1))
        items.append((index, str(path), path.name))
    chunks = _chunks(items, chunk_size(len(items), 1))
    assert sorted(item for chunk in chunks for item in chunk) == items
    assert all(len(chunk) == 1 for chunk in chunks)  # 30 schools: with one worker, still one per message
    assert chunks[0][0][1].endswith("06.xlsx")  # a 7-byte file, and the first of them by path
    assert (chunk_size(50, 2), chunk_size(200, 2), chunk_size(10_000, 2)) == (1, 2, 8)
