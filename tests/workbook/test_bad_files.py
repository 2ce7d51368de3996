"""Files b1docs cannot read end in one plain-English line and exit code 2, and are never written to."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import docx
import msoffcrypto.format.ooxml
import openpyxl
import pytest
from conftest import file_digest, run_cli
from xlsx_edit import edit_workbook, rewrite_part, sheet_part

from b1docs.errors import WorkbookError
from b1docs.workbook.reader import load_workbook
from b1docs.workbook.schema import SCHEMA_VERSION_LABEL, START_SHEET
from b1docs.workbook.writer import write_blank_workbook


def refused(path: Path, *gists: str) -> str:
    """Run `b1docs inspect path`; assert one line on stderr naming the file, exit 2, input untouched."""
    before = file_digest(path) if path.is_file() else None
    result = run_cli("inspect", path)
    assert result.exit_code == 2, result.stdout + result.stderr
    message = result.stderr.strip()
    assert "Traceback" not in result.stdout + result.stderr
    assert message.count("\n") == 0, message
    assert message.startswith(f"b1docs: {path}: ")
    assert result.stdout == ""
    for gist in gists:
        assert gist.lower() in message.lower(), message
    if before is not None:
        assert file_digest(path) == before
    return message


@pytest.fixture
def blank(tmp_path: Path) -> Path:
    return write_blank_workbook(tmp_path / "blank.xlsx")


def test_missing_file(tmp_path):
    refused(tmp_path / "nowhere.xlsx", "not found")


def test_folder(tmp_path):
    folder = tmp_path / "careers.xlsx"
    folder.mkdir()
    refused(folder, "folder")


@pytest.mark.parametrize(("name", "content", "gist"), [
    ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504, "97-2003"),
    ("binary.xlsb", b"PK\x03\x04binary", ".xlsb"),
    ("export.csv", b"School name,Oakfield\n", "CSV"),
    ("calc.ods", b"PK\x03\x04mimetypeapplication/vnd.oasis.opendocument.spreadsheet", ".ods"),
])
def test_other_spreadsheet_formats_say_how_to_save_as_xlsx(tmp_path, name, content, gist):
    path = tmp_path / name
    path.write_bytes(content)
    refused(path, gist, "Save As", ".xlsx")


def test_ods_content_named_xlsx(tmp_path):
    path = tmp_path / "calc.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    refused(path, ".ods", "Save As")


def test_old_xls_named_xlsx(tmp_path):
    path = tmp_path / "old.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(1024))
    refused(path, "97-2003", "Save As")


def test_password_encrypted_workbook(blank, tmp_path):
    path = tmp_path / "locked.xlsx"
    with blank.open("rb") as plain, path.open("wb") as locked:
        msoffcrypto.format.ooxml.OOXMLFile(plain).encrypt("Secret123", locked)
    refused(path, "password", "remove the password")


def test_empty_file(tmp_path):
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    refused(path, "empty")


def test_truncated_workbook(blank, tmp_path):
    path = tmp_path / "truncated.xlsx"
    path.write_bytes(blank.read_bytes()[: blank.stat().st_size // 2])
    refused(path, "damaged or incomplete")


def test_random_bytes_named_xlsx(tmp_path):
    path = tmp_path / "random.xlsx"
    path.write_bytes(os.urandom(4096))
    refused(path, "not an Excel workbook")


def test_word_document_named_xlsx(tmp_path):
    source = tmp_path / "letter.docx"
    document = docx.Document()
    document.add_paragraph("Dear parents and carers")
    document.save(source)
    path = tmp_path / "letter.xlsx"
    path.write_bytes(source.read_bytes())
    refused(path, "Word document")


def test_strict_open_xml_workbook(blank):
    strict = "http://purl.oclc.org/ooxml/spreadsheetml/main"
    rewrite_part(blank, "xl/workbook.xml",
                 lambda xml: xml.replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main", strict))
    refused(blank, "Strict Open XML", "Excel Workbook (.xlsx)")


def test_zip_bomb_is_refused_before_unzipping(tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            chunk = b"\0" * (1 << 20)
            for _ in range(300):
                member.write(chunk)
    assert path.stat().st_size < 2_000_000
    refused(path, "zip bomb", "300 MB")


BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
)


def test_billion_laughs_in_workbook_xml(blank):
    rewrite_part(blank, "xl/workbook.xml", lambda xml: BILLION_LAUGHS + xml.split("?>", 1)[-1])
    refused(blank, "xl/workbook.xml", "entities")


def test_external_entity_in_a_sheet(blank):
    part = sheet_part(blank, "School")
    doctype = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    rewrite_part(blank, part, lambda xml: doctype + xml.split("?>", 1)[-1].replace("Oakfield", "&xxe;"))
    refused(blank, part, "entities")


def test_workbook_that_is_not_a_b1docs_workbook_names_the_missing_sheets(tmp_path):
    path = tmp_path / "budget.xlsx"
    book = openpyxl.Workbook()
    book.active["A1"] = "Budget"
    book.save(path)
    message = refused(path, "not a b1docs careers workbook", "'School'", "'Programme'", "'Action plan'",
                      "b1docs new")
    assert "Sheet" not in message.split("sheets", 1)[1].split(".")[0]


def test_newer_schema_version(blank):
    def newer(book):
        sheet = book[START_SHEET]
        for row in sheet.iter_rows(max_col=1):
            if row[0].value == SCHEMA_VERSION_LABEL:
                sheet.cell(row[0].row, 2, "2.0")

    edit_workbook(blank, newer)
    refused(blank, "schema version 2.0", "newer b1docs", "upgrade")


def test_newer_schema_version_wins_over_unknown_sheets(blank):
    def newer(book):
        sheet = book[START_SHEET]
        for row in sheet.iter_rows(max_col=1):
            if row[0].value == SCHEMA_VERSION_LABEL:
                sheet.cell(row[0].row, 2, "2.1")
        book["Programme"].title = "Programme plan"

    edit_workbook(blank, newer)
    refused(blank, "schema version 2.1", "newer b1docs")


def test_renamed_sheet(blank):
    edit_workbook(blank, lambda book: setattr(book["Programme"], "title", "Activities"))
    refused(blank, "'Programme'", "missing", "'Activities'", "change its name back")


def test_missing_required_column(blank):
    def drop_term(book):
        sheet = book["Programme"]
        del sheet.tables["tblProgramme"]
        sheet["B1"] = None

    edit_workbook(blank, drop_term)
    refused(blank, "sheet 'Programme'", "headed 'Term'")


def test_missing_question_row(blank):
    def drop_label(book):
        book["Leadership"]["A7"] = "Phone"

    edit_workbook(blank, drop_label)
    refused(blank, "sheet 'Leadership'", "'Careers leader phone'")


def test_library_raises_workbook_error_not_an_openpyxl_one(tmp_path):
    path = tmp_path / "random.xlsx"
    path.write_bytes(os.urandom(100))
    with pytest.raises(WorkbookError):
        load_workbook(path)


def test_unreadable_styles_part_is_one_line(blank):
    # A zip that passes the checks but that openpyxl cannot parse: a broken styles part.
    rewrite_part(blank, "xl/styles.xml", lambda xml: xml[: len(xml) // 2])
    refused(blank, "could not be read", "save it again")


def test_inspect_in_memory_workbook_untouched(blank):
    """A good workbook: exit 0 and the same bytes afterwards."""
    before = file_digest(blank)
    result = run_cli("inspect", blank)
    assert result.exit_code == 0, result.stderr
    assert file_digest(blank) == before
    assert io.StringIO(result.stdout).readline().startswith(str(blank))
