"""b1docs batch from the command line: usage errors, exit codes, the summary, and identical results per worker count."""

from __future__ import annotations

import csv
import random
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import openpyxl
import pytest
from conftest import AS_OF, SAMPLES, require_program, run_cli


@pytest.fixture
def one_school(tmp_path: Path, make_workbook: Callable[..., Path]) -> Path:
    make_workbook({"school": {"name": "Oakfield Academy"}}, name="trust/oakfield.xlsx")
    return tmp_path / "trust"


@pytest.mark.parametrize(("args", "message"), [
    (["--workers", "0"], "--workers must be 1 or more"),
    (["--as-of", "31/02/2026"], "is not a date"),
    (["--only", "plan,letter"], "--only takes one or more of plan, guide, policy"),
])
def test_bad_options_are_usage_errors(one_school: Path, tmp_path: Path, args: list[str], message: str) -> None:
    """Verify bad options exit 2 with one plain line and write nothing."""
    result = run_cli("batch", one_school, "--out", tmp_path / "out", *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert not (tmp_path / "out").exists()


def test_missing_or_empty_folder_is_a_usage_error(tmp_path: Path) -> None:
    """Verify a folder that does not exist, or holds no workbooks, exits 2 and says so."""
    result = run_cli("batch", tmp_path / "nowhere", "--out", tmp_path / "out")
    assert result.exit_code == 2 and "folder not found" in result.stderr
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "~$lock.xlsx").write_bytes(b"lock")
    result = run_cli("batch", tmp_path / "empty", "--out", tmp_path / "out")
    assert result.exit_code == 2 and "no workbooks" in result.stderr


def test_out_that_cannot_be_written_is_a_usage_error(one_school: Path, tmp_path: Path) -> None:
    """Verify an --out that is a file, or lies under one, exits 2."""
    (tmp_path / "a-file").write_text("x")
    assert run_cli("batch", one_school, "--out", tmp_path / "a-file").exit_code == 2
    result = run_cli("batch", one_school, "--out", tmp_path / "a-file" / "out")
    assert result.exit_code == 2 and "cannot be written" in result.stderr


def test_existing_summary_without_force_is_a_usage_error(one_school: Path, tmp_path: Path) -> None:
    """Verify an earlier summary stops the batch (exit 2) unless --force is given."""
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "summary.csv").write_text("old")
    result = run_cli("batch", one_school, "--out", tmp_path / "out")
    assert result.exit_code == 2 and "--force" in result.stderr
    assert (tmp_path / "out" / "summary.csv").read_text() == "old"


# --- End to end: real check, real Word documents ---------------------------------------------------------------

HYPERLINK = '=HYPERLINK("http://x")'


def with_literal_name(source: Path, target: Path, name: str) -> Path:
    """A copy of a sample whose school name is text that looks like a formula (typed as '=... in Excel)."""
    book = openpyxl.load_workbook(source)
    cell = book["School"]["B2"]
    cell.value = name
    cell.data_type = "s"
    target.parent.mkdir(parents=True, exist_ok=True)
    book.save(target)
    return target


def renamed_sheet(source: Path, target: Path) -> Path:
    book = openpyxl.load_workbook(source)
    book["Programme"].title = "Our programme"
    target.parent.mkdir(parents=True, exist_ok=True)
    book.save(target)
    return target


def copy_to(source: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return target


@pytest.fixture(scope="module")
def trust_of_50(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """48 good workbooks (the samples under varied names, in subfolders), two broken ones and a lock file."""
    folder = tmp_path_factory.mktemp("trust-of-50")
    samples = sorted(SAMPLES.glob("*.xlsx"))
    places = ["", "north/", "south/east/", "Trust schools/"]
    for number in range(48):
        sample = samples[number % len(samples)]
        copy_to(sample, folder / f"{places[number % 4]}{number:02d} {sample.stem}.xlsx")
    (folder / "broken").mkdir()
    (folder / "broken" / "random-bytes.xlsx").write_bytes(random.Random(6).randbytes(4096))
    renamed_sheet(samples[0], folder / "broken" / "renamed-sheet.xlsx")
    (folder / "~$lock.xlsx").write_bytes(b"\x00owner")
    (folder / "north" / ".hidden.xlsx").write_bytes(b"hidden")
    return folder


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def xlsx_rows(path: Path) -> list[tuple[object, ...]]:
    return list(openpyxl.load_workbook(path)["Summary"].iter_rows(values_only=True))


def test_a_trust_of_50_workbooks(trust_of_50: Path, tmp_path: Path) -> None:
    """Verify 50 workbooks give 48 school folders, a 50-row summary naming the two failures, and exit 1."""
    out = tmp_path / "results"
    result = run_cli("batch", trust_of_50, "--out", out, "--only", "plan", "--workers", "2", "--as-of", AS_OF)
    assert result.exit_code == 1, result.stderr
    folders = sorted(path for path in out.iterdir() if path.is_dir())
    assert len(folders) == 48
    assert all(len(list(folder.glob("*.docx"))) == 1 for folder in folders)
    rows = read_csv(out / "summary.csv")
    headings, body = rows[0], rows[1:]
    assert len(body) == 50 and len(xlsx_rows(out / "summary.xlsx")) == 51
    errors = {row[headings.index("File")]: row[headings.index("Error")] for row in body if row[-1]}
    assert set(errors) == {"broken/random-bytes.xlsx", "broken/renamed-sheet.xlsx"}
    assert "not an Excel workbook" in errors["broken/random-bytes.xlsx"]
    assert "'Programme' is missing" in errors["broken/renamed-sheet.xlsx"]
    assert [line for line in result.stderr.splitlines() if line.startswith("b1docs: broken/")] == [
        f"b1docs: {name}: {errors[name]}" for name in sorted(errors)]
    assert {row[headings.index("Output folder")] for row in body if not row[-1]} == {f.name for f in folders}
    assert "Checked 50 workbooks" in result.stdout
    assert "Building schools" not in result.stderr  # no progress bar when no one watches a terminal


@pytest.fixture(scope="module")
def small_trust(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("small-trust")
    for sample in sorted(SAMPLES.glob("*.xlsx")):
        copy_to(sample, folder / "schools" / sample.name)
    copy_to(SAMPLES / "oakfield-academy.xlsx", folder / "copies" / "oakfield-again.xlsx")
    with_literal_name(SAMPLES / "riverside-school.xlsx", folder / "odd-name.xlsx", HYPERLINK)
    (folder / "schools" / "empty.xlsx").write_bytes(b"")
    return folder


def document_text(path: Path) -> list[str]:
    document = docx.Document(str(path))
    lines = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        lines += [" | ".join(cell.text for cell in row.cells) for row in table.rows]
    return lines


def outputs(out: Path) -> dict[str, object]:
    found: dict[str, object] = {}
    for path in sorted(out.rglob("*")):
        name = path.relative_to(out).as_posix()
        if path.suffix == ".docx":
            found[name] = document_text(path)
        elif path.name == "summary.csv":
            found[name] = path.read_bytes()
        elif path.name == "summary.xlsx":
            found[name] = xlsx_rows(path)
        elif path.is_file():
            found[name] = path.read_bytes()
    return found


def test_one_and_two_workers_give_the_same_documents_and_summary(small_trust: Path, tmp_path: Path) -> None:
    """Verify every document's text and both summaries are identical with --workers 1 and --workers 2."""
    one = run_cli("batch", small_trust, "--out", tmp_path / "one", "--workers", "1", "--as-of", AS_OF)
    two = run_cli("batch", small_trust, "--out", tmp_path / "two", "--workers", "2", "--as-of", AS_OF)
    assert one.exit_code == two.exit_code == 1
    first, second = outputs(tmp_path / "one"), outputs(tmp_path / "two")
    assert first == second
    assert sorted({name.split("/")[0] for name in first if "/" in name}) == [
        "blank-careers-workbook", "hyperlink-http-x", "meadowbank-school", "northgate-college", "oakfield-academy",
        "oakfield-academy-2", "riverside-school"]
    # Three documents each, except the FE college, which has no provider access duty and so no policy.
    assert len([name for name in first if name.endswith(".docx")]) == 3 * 7 - 1


def test_a_formula_school_name_is_neutralised_in_both_summaries(small_trust: Path, tmp_path: Path) -> None:
    """Verify a school named =HYPERLINK("http://x") appears literally, as text, in summary.xlsx and summary.csv."""
    out = tmp_path / "out"
    run_cli("batch", small_trust, "--out", out, "--only", "guide", "--as-of", AS_OF)
    sheet = openpyxl.load_workbook(out / "summary.xlsx")["Summary"]
    cells = [row[0] for row in sheet.iter_rows(min_row=2)]
    odd = [cell for cell in cells if "HYPERLINK" in str(cell.value)]
    assert [(cell.value, cell.data_type) for cell in odd] == [("'" + HYPERLINK, "s")]
    assert [row[0] for row in read_csv(out / "summary.csv") if "HYPERLINK" in row[0]] == ["'" + HYPERLINK]
    assert "<f>" not in zipfile.ZipFile(out / "summary.xlsx").read("xl/worksheets/sheet1.xml").decode()


def test_a_second_run_needs_force(small_trust: Path, tmp_path: Path) -> None:
    """Verify a second batch into the same folder exits 2 without --force and leaves the summary alone."""
    out = tmp_path / "out"
    assert run_cli("batch", small_trust, "--out", out, "--only", "policy", "--as-of", AS_OF).exit_code == 1
    before = (out / "summary.csv").read_bytes()
    again = run_cli("batch", small_trust, "--out", out, "--only", "policy", "--as-of", AS_OF)
    assert again.exit_code == 2 and "--force" in again.stderr
    assert (out / "summary.csv").read_bytes() == before
    forced = run_cli("batch", small_trust, "--out", out, "--only", "policy", "--as-of", AS_OF, "--force")
    assert forced.exit_code == 1


@pytest.mark.slow
def test_pdf_copies_land_in_each_school_folder(tmp_path: Path) -> None:
    """Verify --pdf with two workers gives each school its PDF beside its Word document (LibreOffice needed)."""
    require_program("soffice")
    for name in ("oakfield-academy.xlsx", "riverside-school.xlsx"):
        copy_to(SAMPLES / name, tmp_path / "in" / name)
    result = run_cli("batch", tmp_path / "in", "--out", tmp_path / "out", "--only", "guide", "--pdf",
                     "--workers", "2", "--as-of", AS_OF)
    assert result.exit_code == 1, result.stderr  # Riverside has must findings
    for folder in ("oakfield-academy", "riverside-school"):
        assert sorted(path.suffix for path in (tmp_path / "out" / folder).iterdir()) == [".docx", ".pdf"]


def test_custom_templates_are_used_and_a_broken_one_stops_the_batch(tmp_path: Path) -> None:
    """Verify --templates takes the trust's own templates, and an unusable template exits 2 with one line."""
    copy_to(SAMPLES / "oakfield-academy.xlsx", tmp_path / "in" / "oakfield.xlsx")
    assert run_cli("templates", "export", tmp_path / "ours").exit_code == 0
    good = run_cli("batch", tmp_path / "in", "--out", tmp_path / "out", "--templates", tmp_path / "ours",
                   "--only", "plan", "--as-of", AS_OF)
    assert good.exit_code == 0, good.stderr
    plan = next((tmp_path / "ours").glob("strategic-careers-plan*.docx"))
    plan.write_bytes(b"not a Word document")
    broken = run_cli("batch", tmp_path / "in", "--out", tmp_path / "out2", "--templates", tmp_path / "ours",
                     "--as-of", AS_OF)
    assert broken.exit_code == 2
    assert len(broken.stderr.strip().splitlines()) == 1 and "strategic-careers-plan" in broken.stderr
    assert not (tmp_path / "out2" / "summary.xlsx").exists()


@pytest.mark.parametrize(("tty", "env", "expected"), [
    (True, {"TERM": "xterm-256color"}, True),
    (True, {"TERM": "xterm-256color", "NO_COLOR": "1"}, False),
    (True, {"TERM": "dumb"}, False),
    (False, {"TERM": "xterm-256color"}, False),
])
def test_progress_bar_only_for_a_person_at_a_terminal(monkeypatch: pytest.MonkeyPatch, tty: bool,
                                                      env: dict[str, str], expected: bool) -> None:
    """Verify the bar shows on a terminal, and not with NO_COLOR, TERM=dumb or output going to a file."""
    import sys

    from b1docs.cli.batch_cmd import _ProgressBar

    monkeypatch.delenv("NO_COLOR", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: tty, raising=False)
    assert _ProgressBar().enabled is expected
