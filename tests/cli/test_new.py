"""b1docs new: writes the blank workbook, and never replaces a file without --force."""

from __future__ import annotations

from conftest import file_digest, run_cli

from b1docs.workbook.reader import load_workbook


def test_new_writes_a_readable_blank(tmp_path):
    path = tmp_path / "careers.xlsx"
    result = run_cli("new", path)
    assert result.exit_code == 0, result.stderr
    assert str(path) in result.stdout
    assert load_workbook(path).problems == ()


def test_new_twice_refuses_without_force_and_leaves_the_file_alone(tmp_path):
    path = tmp_path / "careers.xlsx"
    assert run_cli("new", path).exit_code == 0
    before = file_digest(path)
    result = run_cli("new", path)
    assert result.exit_code == 2
    assert "already exists" in result.stderr and "--force" in result.stderr
    assert result.stderr.strip().count("\n") == 0 and "Traceback" not in result.stderr
    assert file_digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["careers.xlsx"]


def test_new_with_force_replaces_the_file(tmp_path):
    path = tmp_path / "careers.xlsx"
    path.write_bytes(b"an old file the user chose to replace")
    result = run_cli("new", path, "--force")
    assert result.exit_code == 0, result.stderr
    assert load_workbook(path).problems == ()


def test_new_adds_the_xlsx_extension(tmp_path):
    result = run_cli("new", tmp_path / "careers")
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "careers.xlsx").is_file()


def test_new_into_a_folder_is_refused(tmp_path):
    folder = tmp_path / "plans.xlsx"
    folder.mkdir()
    result = run_cli("new", folder)
    assert result.exit_code == 2
    assert "folder" in result.stderr and "Traceback" not in result.stderr


def test_new_help_has_an_example():
    result = run_cli("new", "--help")
    assert result.exit_code == 0
    assert "Example: b1docs new" in result.stdout
