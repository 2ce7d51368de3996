"""Checks a file before openpyxl sees it, so every bad file gets one clear sentence instead of a traceback.

openpyxl raises the same BadZipFile for an encrypted workbook, an old .xls renamed, an empty file and
random bytes, and has no guard against zip bombs; these checks tell them apart.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from b1docs.errors import WorkbookError

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_COMPRESSION_RATIO = 200
MAX_MEMBERS = 5_000
_DTD_RE = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)

SAVE_AS_XLSX = "Open it in Excel or LibreOffice and use File > Save As > Excel Workbook (.xlsx), then try again"

_OTHER_FORMATS = {
    ".xls": "is an old Excel 97-2003 file (.xls)",
    ".xlsb": "is an Excel binary workbook (.xlsb)",
    ".csv": "is a CSV file, which holds only one sheet",
    ".ods": "is an OpenDocument spreadsheet (.ods)",
    ".numbers": "is an Apple Numbers file",
    ".docx": "is a Word document, not a workbook",
}


def check_workbook_file(path: Path) -> None:
    """Raise WorkbookError with a plain-English reason unless path looks like a safe, readable .xlsx file."""
    if not path.exists():
        raise WorkbookError("file not found. Check the name and the folder, then try again", path=path)
    if path.is_dir():
        raise WorkbookError("this is a folder, not a workbook. Give the path of an .xlsx file", path=path)
    suffix = path.suffix.lower()
    if suffix in _OTHER_FORMATS:
        raise WorkbookError(f"this {_OTHER_FORMATS[suffix]}. {SAVE_AS_XLSX}", path=path)
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as err:
        raise WorkbookError(f"cannot be opened ({err.strerror}). Check you have permission to read it",
                            path=path) from err
    if not head:
        raise WorkbookError("the file is empty (0 bytes). Use a saved copy of the workbook", path=path)
    if head == OLE2_MAGIC:
        if _is_encrypted(path):
            raise WorkbookError(
                "the workbook is protected with a password to open it. In Excel use File > Info > Protect "
                "Workbook > Encrypt with Password, clear the password, save, and try again", path=path)
        raise WorkbookError(f"this is an old Excel 97-2003 file (.xls) with an .xlsx name. {SAVE_AS_XLSX}",
                            path=path)
    if not zipfile.is_zipfile(path):
        raise WorkbookError(
            f"this is not an Excel workbook, or it is damaged or incomplete. {SAVE_AS_XLSX}", path=path)
    _check_zip_contents(path)


def _is_encrypted(path: Path) -> bool:
    try:
        import msoffcrypto

        with path.open("rb") as handle:
            return bool(msoffcrypto.OfficeFile(handle).is_encrypted())
    except Exception:
        # An OLE2 file msoffcrypto cannot parse is most likely a plain old .xls.
        return False


def _check_zip_contents(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            names = {info.filename for info in members}
            if len(members) > MAX_MEMBERS:
                raise WorkbookError(f"the file holds {len(members):,} parts, far more than a workbook should. "
                                    "It may be damaged or unsafe; use a fresh copy", path=path)
            total = sum(info.file_size for info in members)
            packed = sum(info.compress_size for info in members) or 1
            if total > MAX_UNCOMPRESSED_BYTES or (total > 10_000_000 and total / packed > MAX_COMPRESSION_RATIO):
                raise WorkbookError(
                    f"the file would unpack to {total / 1_048_576:,.0f} MB, which is far too large for a careers "
                    "workbook, so b1docs refused to open it (it may be a 'zip bomb')", path=path)
            if "word/document.xml" in names:
                raise WorkbookError("this is a Word document with an .xlsx name, not a workbook. "
                                    "Give the careers workbook instead", path=path)
            if "xl/workbook.xml" not in names:
                raise WorkbookError(f"this is a zip file but not an Excel workbook. {SAVE_AS_XLSX}", path=path)
            for info in members:
                if info.filename.endswith((".xml", ".rels", ".vml")):
                    with archive.open(info) as part:
                        if _DTD_RE.search(part.read(65_536)):
                            raise WorkbookError(
                                f"the part {info.filename} declares XML entities, which b1docs refuses for "
                                "safety. Open the workbook in Excel and save it again as .xlsx", path=path)
    except (zipfile.BadZipFile, EOFError, OSError, RuntimeError, NotImplementedError) as err:
        raise WorkbookError(f"the workbook is damaged or incomplete ({err}). {SAVE_AS_XLSX}", path=path) from err


def has_formulas(path: Path) -> bool:
    """True when any worksheet holds a formula; only then is the slower formula scan worth doing."""
    formula = re.compile(rb"<f[\s>/]")
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml") and formula.search(archive.read(name)):
                return True
    return False
