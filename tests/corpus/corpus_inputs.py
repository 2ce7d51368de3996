"""The bad-input corpus: every case is built here, in code, once per test session. Nothing binary is committed.

A case is a file (a workbook, a folder of templates or a web page), the commands it is run through, and for
each command the exit code and a distinctive piece of the one-line message the user must see. See
test_corpus.py for what is asserted, and docs/security.md for why each case exists.
"""

from __future__ import annotations

import copy
import io
import os
import re
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl

from b1docs.render.engine import DOCUMENTS, default_template_bytes
from b1docs.workbook.schema import SCHEMA_VERSION_LABEL, START_SHEET
from b1docs.workbook.writer import write_filled_workbook

WORKBOOK_COMMANDS = ("check", "inspect", "build", "publish")
TEMPLATE_COMMANDS = ("templates-check", "build-templates")
PAGE_COMMANDS = ("audit-site",)
PLAN = DOCUMENTS["plan"].template
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass(frozen=True)
class Expect:
    """What one command must do with one case: its exit code and a gist of the line that says why."""

    exit_code: int
    gist: str


@dataclass(frozen=True)
class Case:
    name: str
    kind: str  # "workbook", "template" or "page"
    filename: str  # the input's file (or folder) name inside the corpus folder
    make: Callable[[Path, Path], None]  # make(target, base_workbook)
    expect: dict[str, Expect]
    # Run in a child process under a memory limit (zip bomb, entities, very large sheets): True for every
    # command, or the commands that do (one is enough where every command fails at the same early check).
    heavy: bool | tuple[str, ...] = False
    # Text that must appear literally in the documents and the page built from this workbook.
    literal: tuple[str, ...] = field(default=())


def limited(case: Case, command: str) -> bool:
    """Whether this run goes to a child process under the memory limit."""
    return case.heavy is True or (isinstance(case.heavy, tuple) and command in case.heavy)


def base_data() -> dict[str, Any]:
    """A complete, plausible workbook: the Oakfield Academy sample's data, deep-copied for editing."""
    from sample_workbooks.data.oakfield import DATA

    return copy.deepcopy(DATA)


def write_base(path: Path) -> Path:
    return write_filled_workbook(path, base_data())


# ---------------------------------------------------------------- helpers that edit a workbook's zip


def _rewrite(path: Path, change: Callable[[str, bytes], bytes]) -> None:
    """Rewrite every member of the zip at path through change(name, data)."""
    with zipfile.ZipFile(path) as source:
        items = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in items:
            target.writestr(info, change(info.filename, data))


def _sheet_part(path: Path, title: str) -> str:
    with zipfile.ZipFile(path) as archive:
        workbook = archive.read("xl/workbook.xml").decode()
        rels = archive.read("xl/_rels/workbook.xml.rels").decode()
    rid = re.search(rf'<sheet[^>]*name="{re.escape(title)}"[^>]*r:id="([^"]+)"', workbook).group(1)
    target = re.search(rf'<Relationship[^>]*Id="{rid}"[^>]*Target="([^"]+)"', rels) or re.search(
        rf'<Relationship[^>]*Target="([^"]+)"[^>]*Id="{rid}"', rels)
    return "xl/" + target.group(1).lstrip("/").removeprefix("xl/")


def _copy_base(target: Path, base: Path) -> None:
    target.write_bytes(base.read_bytes())


def _edited(change: Callable[[Any], None]) -> Callable[[Path, Path], None]:
    """A case made by opening the base workbook in openpyxl, changing it and saving it."""

    def make(target: Path, base: Path) -> None:
        book = openpyxl.load_workbook(base)
        change(book)
        book.save(target)

    return make


def _from_data(change: Callable[[dict[str, Any]], None]) -> Callable[[Path, Path], None]:
    """A case made by writing the base data after changing it (values typed the way people type them)."""

    def make(target: Path, base: Path) -> None:
        data = base_data()
        change(data)
        write_filled_workbook(target, data)

    return make


def _bytes(content: bytes) -> Callable[[Path, Path], None]:
    def make(target: Path, base: Path) -> None:
        target.write_bytes(content)

    return make


BILLION_LAUGHS = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 2 else "") + ";") * 10}">' for n in range(2, 10))
    + "]>\n"
)
EXTERNAL_ENTITY = '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'


def _with_doctype(part: str | Callable[[Path], str], doctype: str, *, padding: int = 0,
                  use: str | None = None) -> Callable[[Path, Path], None]:
    """A copy of the base workbook whose part (a name, or a function of the file) starts with doctype.

    padding puts that many bytes of an XML comment before the DOCTYPE, which the XML rules allow.
    use replaces the first text node with that entity reference, so a parser that resolves it would act.
    """

    def make(target: Path, base: Path) -> None:
        _copy_base(target, base)
        name = part(target) if callable(part) else part

        def change(member: str, data: bytes) -> bytes:
            if member != name:
                return data
            text = data.decode("utf-8")
            body = text.split("?>", 1)[1] if text.startswith("<?xml") else text
            if use:
                body = re.sub(r"<t>[^<]*</t>|<t xml:space=\"preserve\">[^<]*</t>", f"<t>{use}</t>", body, count=1)
                body = re.sub(r"(<dc:title>)[^<]*(</dc:title>)|(<dc:creator>)[^<]*(</dc:creator>)",
                              lambda m: f"{m.group(1) or m.group(3)}{use}{m.group(2) or m.group(4)}", body, count=1)
            comment = f"<!--{'x' * padding}-->\n" if padding else ""
            head, rest = doctype.split("\n", 1)
            return (head + "\n" + comment + rest + body).encode("utf-8")

        _rewrite(target, change)

    return make


def _shared_strings(doctype: str = "", text: str = "Oakfield Academy", *,
                    padding: int = 0) -> Callable[[Path, Path], None]:
    """The base workbook with the school's name moved into a shared-strings part, as Excel saves text.

    openpyxl writes text inline, so the part is added here: with doctype (and a comment of padding bytes
    before it) it carries the attack; without, it is the control that shows the part is really read.
    """

    def make(target: Path, base: Path) -> None:
        _copy_base(target, base)
        school = _sheet_part(target, "School")
        comment = f"<!--{'x' * padding}-->\n" if padding else ""
        head, _, rest = doctype.partition("\n")
        prolog = (head + "\n" + comment + rest) if doctype else '<?xml version="1.0" encoding="UTF-8"?>\n'
        strings = (prolog + '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" '
                   f'uniqueCount="1"><si><t>{text}</t></si></sst>')

        def change(member: str, data: bytes) -> bytes:
            if member == "[Content_Types].xml":
                return data.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                                    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
            if member == "xl/_rels/workbook.xml.rels":
                return data.replace(b"</Relationships>", b'<Relationship Id="rIdStrings" Type="http://schemas.'
                                    b'openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
                                    b'Target="sharedStrings.xml"/></Relationships>')
            if member == school:
                new, count = re.subn(rb'<c r="B2"([^>]*?) t="inlineStr"><is><t>Oakfield Academy</t></is></c>',
                                     rb'<c r="B2"\1 t="s"><v>0</v></c>', data)
                assert count == 1
                return new
            return data

        _rewrite(target, change)
        with zipfile.ZipFile(target, "a", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("xl/sharedStrings.xml", strings)

    return make


BOMB_CHUNKS = 1536  # of 1 MiB: the bomb's worksheet unpacks to 1.5 GiB


def bomb_zip(small: dict[str, bytes], big: str) -> bytes:
    """A zip of the small members plus `big`, which unpacks to 1.5 GiB of zeros (about 1.5 MB packed).

    Made in a fraction of a second: after a full flush a deflate stream starts afresh, so each MiB of zeros
    compresses to the same bytes; compress one, repeat it, and write the zip's headers by hand.
    """
    chunk = 1 << 20
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(bytes(chunk)) + compressor.flush(zlib.Z_FULL_FLUSH)
    assert compressor.compress(bytes(chunk)) + compressor.flush(zlib.Z_FULL_FLUSH) == block
    stream = block * BOMB_CHUNKS + zlib.compressobj(9, zlib.DEFLATED, -15).flush()
    # zlib.crc32 of 1536 MiB of zeros, worked out once (it takes seconds): the zip is valid to the last byte.
    crc = 0x400AE278
    members = [(name, zlib.compress(data)[2:-4], zlib.crc32(data), len(data)) for name, data in small.items()]
    members.append((big, stream, crc, chunk * BOMB_CHUNKS))
    local, central = bytearray(), bytearray()
    for name, data, member_crc, size in members:
        encoded = name.encode()
        offset = len(local)
        local += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, member_crc, len(data), size,
                             len(encoded), 0) + encoded + data
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, member_crc, len(data),
                               size, len(encoded), 0, 0, 0, 0, 0, offset) + encoded
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), len(local), 0)
    return bytes(local + central + end)


def _zip_bomb(target: Path, base: Path) -> None:
    target.write_bytes(bomb_zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"},
                                "xl/worksheets/sheet1.xml"))


def _lying_sizes(target: Path, base: Path) -> None:
    """The School sheet's zip entry claims to be 100 bytes; it really unpacks to far more."""
    _copy_base(target, base)
    part = _sheet_part(target, "School")
    with zipfile.ZipFile(target) as source:
        items = [(info, source.read(info)) for info in source.infolist()]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in items:
            archive.writestr(info, data)
    raw = bytearray(buffer.getvalue())
    with zipfile.ZipFile(io.BytesIO(bytes(raw))) as archive:
        info = archive.getinfo(part)
    real = info.file_size.to_bytes(4, "little")
    # Patch the uncompressed size in the local header and in the central directory.
    for position in [m.start() for m in re.finditer(re.escape(real), raw)]:
        raw[position:position + 4] = (100).to_bytes(4, "little")
    target.write_bytes(bytes(raw))


def _many_members(target: Path, base: Path) -> None:
    _copy_base(target, base)
    with zipfile.ZipFile(target, "a") as archive:
        for n in range(5_100):
            archive.writestr(f"xl/media/image{n}.png", b"")


def _encrypted(target: Path, base: Path) -> None:
    import msoffcrypto.format.ooxml

    with base.open("rb") as plain, target.open("wb") as locked:
        msoffcrypto.format.ooxml.OOXMLFile(plain).encrypt("Secret123", locked)


def _truncated(target: Path, base: Path) -> None:
    data = base.read_bytes()
    target.write_bytes(data[: len(data) // 2])


def _word_named_xlsx(target: Path, base: Path) -> None:
    target.write_bytes(default_template_bytes(PLAN))


def _ods(target: Path, base: Path) -> None:
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")


def _xlsb_named_xlsx(target: Path, base: Path) -> None:
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.bin", b"\x83\x01\x00")


def _not_b1docs(target: Path, base: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "Budget"
    book.active["A1"] = "Careers budget 2026-27"
    book.save(target)


def _delete_sheet(title: str) -> Callable[[Any], None]:
    def change(book: Any) -> None:
        del book[title]

    return change


def _rename_header(sheet: str, old: str, new: str | None) -> Callable[[Any], None]:
    def change(book: Any) -> None:
        worksheet = book[sheet]
        for table in list(worksheet.tables):
            del worksheet.tables[table]
        for cell in worksheet[1]:
            if cell.value == old:
                cell.value = new
                return
        raise AssertionError(f"no header {old!r} on {sheet}")

    return change


def _relabel(sheet: str, old: str, new: str) -> Callable[[Any], None]:
    def change(book: Any) -> None:
        for row in book[sheet].iter_rows(max_col=1):
            if row[0].value == old:
                row[0].value = new
                return
        raise AssertionError(f"no label {old!r} on {sheet}")

    return change


def _newer_schema(book: Any) -> None:
    for row in book[START_SHEET].iter_rows(max_col=1):
        if row[0].value == SCHEMA_VERSION_LABEL:
            book[START_SHEET].cell(row[0].row, 2, "9.0")


def _hide(state: str) -> Callable[[Any], None]:
    def change(book: Any) -> None:
        book["Programme"].sheet_state = state
        book["Provider access"].sheet_state = state

    return change


def _protect(book: Any) -> None:
    for worksheet in book.worksheets:
        worksheet.protection.sheet = True
        worksheet.protection.password = "careers"
    book.security = openpyxl.workbook.protection.WorkbookProtection(workbookPassword="careers", lockStructure=True)


def _merge(book: Any) -> None:
    sheet = book["Programme"]
    # Year groups and term typed once for three rows, merged down (a common way to lay out a programme).
    sheet["A3"] = None
    sheet["A4"] = None
    sheet.merge_cells("A2:A4")
    sheet["B3"] = None
    sheet["B4"] = None
    sheet.merge_cells("B2:B4")


def _formula_without_cache(book: Any) -> None:
    book["School"]["B2"] = '="Oakfield"&" Academy"'
    book["Leadership"].cell(_row_of(book["Leadership"], "Careers leader hours a week"), 2, "=2+3")


def _row_of(sheet: Any, label: str) -> int:
    for row in sheet.iter_rows(max_col=1):
        if row[0].value and str(row[0].value).lower().startswith(label.lower()[:20]):
            return row[0].row
    raise AssertionError(f"no label like {label!r}")


def _formula_error(target: Path, base: Path) -> None:
    """A formula whose saved result is Excel's #REF! error, as Excel writes it."""
    _copy_base(target, base)
    part = _sheet_part(target, "Programme")

    def change(member: str, data: bytes) -> bytes:
        if member != part:
            return data
        text = data.decode("utf-8")
        text, count = re.subn(r'<c r="C3"([^>]*?)(?: t="\w+")?>.*?</c>',
                              r'<c r="C3"\1 t="e"><f>#REF!&amp;" day"</f><v>#REF!</v></c>', text, count=1)
        assert count == 1
        return text.encode("utf-8")

    _rewrite(target, change)


def _set(sheet: str, key: str, value: Any, row: int | None = None) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        if row is None:
            data[sheet][key] = value
        else:
            data[sheet][row][key] = value

    return change


def _many_rows(data: dict[str, Any]) -> None:
    rows = data["programme"]
    data["programme"] = [dict(rows[n % len(rows)], title=f"Activity {n + 1}") for n in range(10_000)]


LONG_TEXT = ("Every pupil meets employers, colleges and universities; " * 600)[:30_000]
WORLD_TEXT = "Ysgol Glan-y-Môr 🎓🚀 مدرسة النور العربية — שלום 👩🏽‍🔬 Zoë’s “Futures” Café"
CONTROL_TEXT = "Holly\x07brook\x1b Academy\x0b"


def _excel_control_escapes(target: Path, base: Path) -> None:
    """Control characters as Excel saves them (_x0007_), and a raw one LibreOffice can leave behind."""
    _copy_base(target, base)

    def change(member: str, data: bytes) -> bytes:
        if member == "xl/sharedStrings.xml" or member.startswith("xl/worksheets/"):
            return data.replace(b"Oakfield Academy", b"Oak_x0007_field_x001B_ Academy", 1)
        return data

    _rewrite(target, change)


def _raw_control_bytes(target: Path, base: Path) -> None:
    _copy_base(target, base)

    def change(member: str, data: bytes) -> bytes:
        if member == "xl/sharedStrings.xml" or member.startswith("xl/worksheets/"):
            return data.replace(b"Oakfield Academy", b"Oak\x01field Academy", 1)
        return data

    _rewrite(target, change)


def _claims_million_rows(target: Path, base: Path) -> None:
    """A sheet whose dimension and a formatted empty row claim a million rows, as some exporters write."""
    _copy_base(target, base)
    part = _sheet_part(target, "Programme")

    def change(member: str, data: bytes) -> bytes:
        if member != part:
            return data
        text = re.sub(r'<dimension ref="[^"]+"', '<dimension ref="A1:XFD1048576"', data.decode("utf-8"))
        text = text.replace("</sheetData>", '<row r="1048576" s="1" customFormat="1"/></sheetData>')
        return text.encode("utf-8")

    _rewrite(target, change)


def _office_lock_file(target: Path, base: Path) -> None:
    # What Excel leaves beside an open workbook: the owner's name in 165 bytes.
    target.write_bytes(b"\x0bRachel Grey" + b"\x00" * 42 + b"R\x00a\x00c\x00h\x00" + b" \x00" * 52)


def _folder(target: Path, base: Path) -> None:
    target.mkdir()


def _nothing(target: Path, base: Path) -> None:
    """The file does not exist."""


# ---------------------------------------------------------------- templates


def template_with(body: str | list[str]) -> bytes:
    """The default plan template with its first paragraph's text replaced by body (one run per paragraph)."""
    from docx import Document

    document = Document(io.BytesIO(default_template_bytes(PLAN)))
    paragraphs = [body] if isinstance(body, str) else body
    anchor = document.paragraphs[0]
    for text in reversed(paragraphs):
        new = anchor.insert_paragraph_before(text)
        new.style = anchor.style
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _template(body: str | list[str]) -> Callable[[Path, Path], None]:
    def make(target: Path, base: Path) -> None:
        target.mkdir()
        (target / PLAN).write_bytes(template_with(body))

    return make


def _template_bytes(data: Callable[[], bytes]) -> Callable[[Path, Path], None]:
    def make(target: Path, base: Path) -> None:
        target.mkdir()
        (target / PLAN).write_bytes(data())

    return make


def _template_doctype(doctype: str, use: str) -> Callable[[], bytes]:
    def data() -> bytes:
        buffer = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(template_with("Our careers plan"))) as source, \
                zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
            for info in source.infolist():
                content = source.read(info)
                if info.filename == "word/document.xml":
                    text = content.decode("utf-8")
                    text = text.split("?>", 1)[1] if text.startswith("<?xml") else text
                    text = text.replace("Our careers plan", use, 1)
                    content = (doctype + text).encode("utf-8")
                target.writestr(info, content)
        return buffer.getvalue()

    return data


def _template_zip_bomb() -> bytes:
    return bomb_zip({"[Content_Types].xml": b"<Types/>"}, "word/document.xml")


# ---------------------------------------------------------------- web pages


def _page(content: bytes) -> Callable[[Path, Path], None]:
    return _bytes(content)


def _deeply_nested() -> bytes:
    return b"<!DOCTYPE html><html lang='en'><body>" + b"<div>" * 200_000 + b"Careers" + b"</div>" * 200_000


# ---------------------------------------------------------------- the corpus


def refused(gist: str, commands: tuple[str, ...] = WORKBOOK_COMMANDS) -> dict[str, Expect]:
    """Every command refuses the file with exit code 2 and the same reason."""
    return {command: Expect(2, gist) for command in commands}


def read_fine(check: Expect | None = None, inspect: str = "Oakfield Academy") -> dict[str, Expect]:
    """Every command reads the workbook: check finds no gaps, build writes three documents, publish a page."""
    return {
        "check": check or Expect(0, "No gaps found"),
        "inspect": Expect(0, inspect),
        "build": Expect(0, "Wrote "),
        "publish": Expect(0, "Wrote the careers page"),
    }


def finding(gist: str, *, inspect: str | None = None) -> dict[str, Expect]:
    """A data problem: check --fail-on expect reports it (exit 1) naming the cell; the rest still work."""
    return {
        "check": Expect(1, gist),
        "inspect": Expect(0, inspect or gist),
        "build": Expect(0, "Wrote "),
        "publish": Expect(0, "Wrote the careers page"),
    }


def template_refused(check_gist: str, build_gist: str, *, check_exit: int = 1) -> dict[str, Expect]:
    return {"templates-check": Expect(check_exit, check_gist), "build-templates": Expect(2, build_gist)}


SAVE_AS = "Save As"
SANDBOX_CHECK = "Python, which templates may not do"
SANDBOX_BUILD = "reach inside b1docs"
TOO_MUCH = "asks for too much work"
TOO_MANY_LOOPS = "loops ran more than 1,000,000 times"
TOO_LARGE = "value too large for a document"

CASES: tuple[Case, ...] = (
    # --- wrong formats, named or renamed
    Case("xls-named", "workbook", "old.xls", _bytes(OLE2 + b"\0" * 1024),
         refused("97-2003")),
    Case("xlsb-named", "workbook", "binary.xlsb", _bytes(b"PK\x03\x04binary"), refused(".xlsb")),
    Case("csv-named", "workbook", "export.csv", _bytes(b"School name,Oakfield Academy\n"), refused("CSV file")),
    Case("ods-named", "workbook", "calc.ods", _ods, refused("OpenDocument")),
    Case("xls-renamed", "workbook", "old-renamed.xlsx", _bytes(OLE2 + os.urandom(512)), refused("97-2003")),
    Case("xlsb-renamed", "workbook", "binary-renamed.xlsx", _xlsb_named_xlsx, refused(".xlsb) with an .xlsx")),
    Case("ods-renamed", "workbook", "calc-renamed.xlsx", _ods, refused(".ods) with an .xlsx name")),
    Case("csv-renamed", "workbook", "export-renamed.xlsx", _bytes(b"School name,Oakfield Academy\n"),
         refused("not an Excel workbook")),
    Case("docx-renamed", "workbook", "letter.xlsx", _word_named_xlsx, refused("Word document")),
    Case("office-lock-file", "workbook", "~$careers.xlsx", _office_lock_file, refused("not an Excel workbook")),
    Case("missing-file", "workbook", "nowhere.xlsx", _nothing, refused("file not found")),
    Case("folder", "workbook", "folder.xlsx", _folder, refused("folder, not a workbook")),
    # --- damaged, encrypted, hostile zips
    Case("encrypted", "workbook", "locked.xlsx", _encrypted, refused("Remove the password")),
    Case("empty", "workbook", "empty.xlsx", _bytes(b""), refused("the file is empty")),
    Case("truncated", "workbook", "truncated.xlsx", _truncated, refused("damaged or incomplete")),
    Case("random-bytes", "workbook", "random.xlsx", _bytes(os.urandom(4096)), refused("not an Excel workbook")),
    Case("zip-bomb", "workbook", "bomb.xlsx", _zip_bomb, refused("zip bomb"), heavy=True),
    Case("lying-zip-sizes", "workbook", "lying.xlsx", _lying_sizes, refused("damaged or incomplete")),
    Case("too-many-parts", "workbook", "parts.xlsx", _many_members, refused("parts, far more")),
    # --- entity expansion and external entities, in every kind of XML part
    Case("entities-workbook-xml", "workbook", "ent-workbook.xlsx",
         _with_doctype("xl/workbook.xml", BILLION_LAUGHS), refused("xl/workbook.xml declares XML entities"),
         heavy=("check",)),
    Case("entities-sheet", "workbook", "ent-sheet.xlsx",
         _with_doctype(lambda p: _sheet_part(p, "School"), BILLION_LAUGHS, use="&lol9;"),
         refused("declares XML entities"), heavy=("check",)),
    Case("shared-strings-control", "workbook", "strings.xlsx", _shared_strings(), read_fine()),
    Case("entities-shared-strings", "workbook", "ent-strings.xlsx", _shared_strings(BILLION_LAUGHS, "&lol9;"),
         refused("xl/sharedStrings.xml declares XML entities"), heavy=("check",)),
    Case("entities-styles", "workbook", "ent-styles.xlsx", _with_doctype("xl/styles.xml", BILLION_LAUGHS),
         refused("xl/styles.xml declares XML entities"), heavy=("check",)),
    Case("entities-content-types", "workbook", "ent-types.xlsx",
         _with_doctype("[Content_Types].xml", BILLION_LAUGHS), refused("[Content_Types].xml declares XML entities"),
         heavy=("check",)),
    Case("entities-core-properties", "workbook", "ent-core.xlsx",
         _with_doctype("docProps/core.xml", BILLION_LAUGHS, use="&lol9;"),
         refused("docProps/core.xml declares XML entities"), heavy=("check",)),
    Case("entities-relationships", "workbook", "ent-rels.xlsx",
         _with_doctype("xl/_rels/workbook.xml.rels", BILLION_LAUGHS), refused("workbook.xml.rels declares XML"),
         heavy=("check",)),
    Case("external-entity-sheet", "workbook", "xxe-sheet.xlsx",
         _with_doctype(lambda p: _sheet_part(p, "School"), EXTERNAL_ENTITY, use="&xxe;"),
         refused("declares XML entities")),
    Case("external-entity-shared-strings", "workbook", "xxe-strings.xlsx",
         _shared_strings(EXTERNAL_ENTITY, "&xxe;"), refused("declares XML entities")),
    # The DOCTYPE may follow a long comment: a check of the first bytes alone would miss it.
    Case("entities-after-long-comment", "workbook", "ent-late.xlsx",
         _shared_strings(BILLION_LAUGHS, "&lol9;", padding=100_000), refused("declares XML entities"),
         heavy=("check",)),
    Case("external-entity-after-long-comment", "workbook", "xxe-late.xlsx",
         _with_doctype(lambda p: _sheet_part(p, "School"), EXTERNAL_ENTITY, padding=100_000, use="&xxe;"),
         refused("declares XML entities")),
    # --- not the b1docs workbook, or one that was edited out of shape
    Case("not-b1docs", "workbook", "budget.xlsx", _not_b1docs, refused("not a b1docs careers workbook")),
    Case("missing-sheet", "workbook", "no-provider-sheet.xlsx", _edited(_delete_sheet("Provider encounters")),
         refused("'Provider encounters' is missing")),
    Case("renamed-sheet", "workbook", "renamed-sheet.xlsx",
         _edited(lambda book: setattr(book["Programme"], "title", "Activities")),
         refused("change its name back")),
    Case("missing-column", "workbook", "no-term.xlsx", _edited(_rename_header("Programme", "Term", None)),
         refused("no column headed 'Term'")),
    Case("renamed-column", "workbook", "renamed-column.xlsx",
         _edited(_rename_header("Provider encounters", "Provider", "Organisation")),
         refused("no column headed 'Provider'")),
    Case("renamed-question", "workbook", "renamed-label.xlsx",
         _edited(_relabel("Leadership", "Careers leader name", "Name")), refused("no row labelled 'Careers leader")),
    Case("newer-schema", "workbook", "newer.xlsx", _edited(_newer_schema), refused("newer b1docs")),
    # --- data people really type: findings that name the cell, never crashes
    Case("text-date-impossible", "workbook", "impossible-date.xlsx",
         _from_data(_set("leadership", "training_completed", "31/02/2026")), finding("Leadership!B")),
    Case("text-date-nonsense", "workbook", "nonsense-date.xlsx",
         _from_data(_set("encounters", "date", "the week after half term", row=0)), finding("Provider encounters!A2")),
    Case("text-date-ambiguous-month", "workbook", "month-13.xlsx",
         _from_data(_set("publication", "next_review_date", "2027-13-45")), finding("Publication!B")),
    Case("formula-no-cached-value", "workbook", "formula.xlsx", _edited(_formula_without_cache),
         finding("no saved result", inspect="School!B2"), ),
    Case("formula-error-value", "workbook", "formula-error.xlsx", _formula_error,
         finding("#REF!", inspect="Programme!C3")),
    Case("merged-cells", "workbook", "merged.xlsx", _edited(_merge), read_fine()),
    Case("hidden-sheets", "workbook", "hidden.xlsx", _edited(_hide("hidden")), read_fine()),
    Case("very-hidden-sheets", "workbook", "very-hidden.xlsx", _edited(_hide("veryHidden")), read_fine()),
    Case("protected-sheets", "workbook", "protected.xlsx", _edited(_protect), read_fine()),
    Case("claims-a-million-rows", "workbook", "million.xlsx", _claims_million_rows, read_fine(), heavy=("check",)),
    Case("ten-thousand-rows", "workbook", "big-programme.xlsx", _from_data(_many_rows),
         read_fine(check=Expect(0, "Oakfield Academy"), inspect="Activity 10000"), heavy=True,
         literal=("Activity 10000",)),
    Case("thirty-thousand-characters", "workbook", "long-cell.xlsx",
         _from_data(_set("programme", "description", LONG_TEXT, row=0)), read_fine(), heavy=("check", "build"),
         literal=(LONG_TEXT,)),
    Case("emoji-and-right-to-left", "workbook", "world.xlsx",
         _from_data(lambda data: (_set("school", "name", WORLD_TEXT)(data),
                                  _set("programme", "title", WORLD_TEXT, row=0)(data))),
         read_fine(check=Expect(0, "No gaps found"), inspect="🎓"), literal=(WORLD_TEXT,)),
    Case("excel-control-escapes", "workbook", "escapes.xlsx", _excel_control_escapes, read_fine(),
         literal=("Oakfield Academy",)),
    Case("raw-control-character", "workbook", "raw-control.xlsx", _raw_control_bytes,
         refused("could not be read")),
    Case("unicode-file-name", "workbook", "مدرسة 🎓 careers.xlsx", _copy_base, read_fine()),
    # --- templates
    Case("template-syntax-error", "template", "tpl-syntax",
         _template("{{ school.name }"), template_refused("Jinja cannot read", "mistake in a tag")),
    Case("template-unclosed-loop", "template", "tpl-unclosed",
         _template("{% for activity in programme.activities %}{{ activity.title }}"),
         template_refused("Jinja cannot read", "mistake in a tag")),
    Case("template-unknown-variable", "template", "tpl-unknown",
         _template("{{ school.nmae }}"), template_refused("unknown variable school.nmae", "does not provide")),
    Case("template-unknown-top-level", "template", "tpl-unknown-top",
         _template("{{ headmaster }}"), template_refused("unknown variable headmaster", "does not provide")),
    Case("template-mro-escape", "template", "tpl-mro",
         _template("{{ ''.__class__.__mro__ }}"), template_refused(SANDBOX_CHECK, SANDBOX_BUILD)),
    Case("template-globals-escape", "template", "tpl-globals",
         _template("{{ cycler.__init__.__globals__ }}"), template_refused(SANDBOX_CHECK, SANDBOX_BUILD)),
    Case("template-self-context", "template", "tpl-self",
         _template("{{ self._TemplateReference__context }}"), template_refused(SANDBOX_CHECK, SANDBOX_BUILD)),
    Case("template-attr-filter-escape", "template", "tpl-attr",
         _template("{{ (''|attr('__class__')).__name__ }}"), template_refused(SANDBOX_CHECK, SANDBOX_BUILD)),
    Case("template-subclasses", "template", "tpl-subclasses",
         _template("{{ ().__class__.__base__.__subclasses__() }}"), template_refused(SANDBOX_CHECK, SANDBOX_BUILD)),
    Case("template-huge-range", "template", "tpl-range",
         _template("{% for i in range(10**9) %}x{% endfor %}"), template_refused(TOO_MUCH, TOO_MUCH)),
    Case("template-nested-runaway-loop", "template", "tpl-nested",
         _template("{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"),
         template_refused(TOO_MANY_LOOPS, TOO_MANY_LOOPS), heavy=True),
    Case("template-huge-power", "template", "tpl-power",
         _template("{{ 10 ** 1000000000 }}"), template_refused(TOO_LARGE, TOO_LARGE), heavy=True),
    Case("template-huge-center", "template", "tpl-center",
         _template("{{ 'x'|center(100000000) }}"), template_refused(TOO_LARGE, TOO_LARGE)),
    Case("template-huge-format-width", "template", "tpl-format-width",
         _template("{{ '{:>100000000}'.format('x') }}"), template_refused(TOO_LARGE, TOO_LARGE)),
    Case("template-huge-percent-width", "template", "tpl-percent-width",
         _template("{{ '%100000000s' % 'x' }}"), template_refused(TOO_LARGE, TOO_LARGE)),
    Case("template-huge-string", "template", "tpl-string",
         _template("{{ 'careers' * 1000000000 }}"), template_refused(TOO_LARGE, TOO_LARGE), heavy=True),
    Case("template-runaway-data-loops", "template", "tpl-data-loops",
         _template("{% for a in programme.activities %}{% for b in programme.activities %}{% for c in "
                   "programme.activities %}{% for d in programme.activities %}{% endfor %}{% endfor %}{% endfor %}"
                   "{% endfor %}"),
         # The example data behind templates check has one activity, so only a real workbook shows the runaway.
         {"templates-check": Expect(0, "The templates are fine"), "build-templates": Expect(2, TOO_MANY_LOOPS)},
         heavy=True),
    Case("template-recursive-macro", "template", "tpl-recursion",
         _template("{% macro again() %}{{ again() }}{% endmacro %}{{ again() }}"),
         template_refused(TOO_MUCH, TOO_MUCH)),
    Case("template-entities", "template", "tpl-entities",
         _template_bytes(_template_doctype(BILLION_LAUGHS, "&lol9;")), template_refused("entit", "entit"),
         heavy=True),
    Case("template-external-entity", "template", "tpl-xxe",
         _template_bytes(_template_doctype(EXTERNAL_ENTITY, "&xxe;")), template_refused("entit", "entit")),
    Case("template-not-docx", "template", "tpl-not-docx", _template_bytes(lambda: b"{{ school.name }}"),
         template_refused("not a Word document", "not a Word document")),
    Case("template-zip-bomb", "template", "tpl-bomb", _template_bytes(_template_zip_bomb),
         template_refused("too large once unzipped", "too large once unzipped"), heavy=True),
    # --- web pages to audit
    Case("page-empty", "page", "empty.html", _page(b""), {"audit-site": Expect(2, "empty")}),
    Case("page-binary", "page", "binary.html", _page(os.urandom(2048).replace(b"\0", b"") + b"\0" * 16),
         {"audit-site": Expect(2, "binary data")}),
    Case("page-pdf", "page", "policy.html", _page(b"%PDF-1.7\n" + os.urandom(512)), {"audit-site": Expect(2, "PDF")}),
    Case("page-huge", "page", "huge.html", _page(b"<p>careers</p>" * 400_000), {"audit-site": Expect(2, "too large")}),
    Case("page-not-utf8", "page", "latin1.html",
         _page("<html><body><h1>Carrières</h1><p>Careers leader: Zoë Brontë, café</p></body></html>"
               .encode("latin-1")), {"audit-site": Expect(1, "missing")}),
    Case("page-deeply-nested", "page", "nested.html", _page(_deeply_nested()), {"audit-site": Expect(1, "missing")},
         heavy=True),
)


def build(case: Case, folder: Path, base: Path) -> Path:
    """Make the case's input inside folder and return its path."""
    target = folder / case.filename
    case.make(target, base)
    return target
