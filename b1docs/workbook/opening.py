"""Checks a file before openpyxl sees it, so every bad file gets one clear sentence instead of a traceback.

openpyxl raises the same BadZipFile for an encrypted workbook, an old .xls renamed, an empty file and
random bytes, and has no guard against zip bombs; these checks tell them apart. The file is read once,
into memory, and never opened for writing.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from b1docs.errors import WorkbookError

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# A filled careers workbook is well under 5 MB; these limits leave room for pictures and logos.
MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_COMPRESSION_RATIO = 200
MAX_MEMBERS = 5_000
_STRICT_NS = b"http://purl.oclc.org/ooxml/spreadsheetml/main"
_DTD_RE = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)
# A formula element, with or without a namespace prefix (some tools write <x:f>).
_FORMULA_RE = re.compile(rb"<(?:\w+:)?f[\s>/]")

SAVE_AS_XLSX = "Open it in Excel or LibreOffice and use File > Save As > Excel Workbook (.xlsx), then try again"

_OTHER_FORMATS = {
    ".xls": "is an old Excel 97-2003 file (.xls)",
    ".xlsb": "is an Excel binary workbook (.xlsb)",
    ".csv": "is a CSV file, which holds only one sheet",
    ".ods": "is an OpenDocument spreadsheet (.ods)",
    ".numbers": "is an Apple Numbers file",
    ".docx": "is a Word document, not a workbook",
}


@dataclass(frozen=True)
class WorkbookFile:
    """The bytes of a workbook that passed every check, and whether any sheet holds a formula."""

    data: bytes
    has_formulas: bool


def read_workbook_file(path: Path) -> WorkbookFile:
    """Read path once and raise WorkbookError with a plain-English reason unless it is a safe .xlsx file."""
    if not path.exists():
        raise WorkbookError("file not found. Check the name and the folder, then try again", path=path)
    if path.is_dir():
        raise WorkbookError("this is a folder, not a workbook. Give the path of an .xlsx file", path=path)
    suffix = path.suffix.lower()
    if suffix in _OTHER_FORMATS:
        raise WorkbookError(f"this {_OTHER_FORMATS[suffix]}. {SAVE_AS_XLSX}", path=path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise WorkbookError(f"the file is {path.stat().st_size / 1_048_576:,.0f} MB, far larger than a careers "
                                "workbook should be. Check you chose the right file", path=path)
        data = path.read_bytes()
    except OSError as err:
        raise WorkbookError(f"cannot be opened ({err.strerror or err}). Check you have permission to read it",
                            path=path) from err
    if not data:
        raise WorkbookError("the file is empty (0 bytes). Use a saved copy of the workbook", path=path)
    if data.startswith(OLE2_MAGIC):
        if _is_encrypted(data):
            raise WorkbookError(
                "the workbook is protected with a password to open it. Remove the password: in Excel use File > "
                "Info > Protect Workbook > Encrypt with Password, clear the password, save, and try again",
                path=path)
        raise WorkbookError(f"this is an old Excel 97-2003 file (.xls) with an .xlsx name. {SAVE_AS_XLSX}",
                            path=path)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, EOFError, OSError, ValueError) as err:
        raise WorkbookError(
            f"this is not an Excel workbook, or it is damaged or incomplete. {SAVE_AS_XLSX}", path=path) from err
    with archive:
        return WorkbookFile(data, _check_zip_contents(path, archive))


def check_workbook_file(path: Path) -> None:
    """Raise WorkbookError unless path looks like a safe, readable .xlsx file."""
    read_workbook_file(path)


def _is_encrypted(data: bytes) -> bool:
    try:
        import msoffcrypto

        return bool(msoffcrypto.OfficeFile(io.BytesIO(data)).is_encrypted())
    except Exception:
        # An OLE2 file msoffcrypto cannot parse is most likely a plain old .xls.
        return False


def _check_zip_contents(path: Path, archive: zipfile.ZipFile) -> bool:
    """Refuse bombs, entity declarations and zips that are not workbooks; return whether any formula exists."""
    try:
        members = archive.infolist()
        names = {info.filename for info in members}
        if len(members) > MAX_MEMBERS:
            raise WorkbookError(f"the file holds {len(members):,} parts, far more than a workbook should. "
                                "It may be damaged or unsafe; use a fresh copy", path=path)
        # Sizes come from the zip's own directory, so a bomb is refused before anything is unpacked.
        total = sum(info.file_size for info in members)
        packed = sum(info.compress_size for info in members) or 1
        if total > MAX_UNCOMPRESSED_BYTES or (total > 10_000_000 and total / packed > MAX_COMPRESSION_RATIO):
            raise WorkbookError(
                f"the file would unpack to {total / 1_048_576:,.0f} MB, which is far too large for a careers "
                "workbook, so b1docs refused to open it (it may be a 'zip bomb')", path=path)
        _check_is_excel(path, archive, names)
        formulas = False
        for info in members:
            if not info.filename.endswith((".xml", ".rels", ".vml")):
                continue
            is_sheet = info.filename.startswith("xl/worksheets/")
            with archive.open(info) as part:
                # Each part is read whole (the size limits above bound it): a DOCTYPE may follow a comment of
                # any length, so looking only at the start of a part would miss it.
                content = part.read()
            if _DTD_RE.search(content):
                raise WorkbookError(
                    f"the part {info.filename} declares XML entities, which b1docs refuses for "
                    "safety. Open the workbook in Excel and save it again as .xlsx", path=path)
            if is_sheet and not formulas:
                formulas = bool(_FORMULA_RE.search(content))
        return formulas
    except (zipfile.BadZipFile, EOFError, OSError, RuntimeError, NotImplementedError, ValueError) as err:
        raise WorkbookError(f"the workbook is damaged or incomplete. {SAVE_AS_XLSX}", path=path) from err


def _check_is_excel(path: Path, archive: zipfile.ZipFile, names: set[str]) -> None:
    if "word/document.xml" in names:
        raise WorkbookError("this is a Word document with an .xlsx name, not a workbook. "
                            "Give the careers workbook instead", path=path)
    if "mimetype" in names and b"opendocument.spreadsheet" in archive.read("mimetype")[:200]:
        raise WorkbookError(f"this is an OpenDocument spreadsheet (.ods) with an .xlsx name. {SAVE_AS_XLSX}",
                            path=path)
    if "xl/workbook.bin" in names:
        raise WorkbookError(f"this is an Excel binary workbook (.xlsb) with an .xlsx name. {SAVE_AS_XLSX}",
                            path=path)
    content_types = archive.read("[Content_Types].xml")[:65_536] if "[Content_Types].xml" in names else b""
    # Most workbooks keep xl/workbook.xml; the content types say where any other producer put it.
    if "xl/workbook.xml" not in names and b"spreadsheetml" not in content_types.lower():
        raise WorkbookError(f"this is a zip file but not an Excel workbook. {SAVE_AS_XLSX}", path=path)
    if "xl/workbook.xml" in names and _STRICT_NS in archive.read("xl/workbook.xml")[:4_096]:
        # openpyxl reads Strict Open XML files as if they were empty.
        raise WorkbookError("this workbook was saved as 'Strict Open XML Spreadsheet', which b1docs cannot read. "
                            f"{SAVE_AS_XLSX}", path=path)


def has_formulas(path: Path) -> bool:
    """True when any worksheet holds a formula; only then is the slower formula scan worth doing."""
    return read_workbook_file(path).has_formulas
