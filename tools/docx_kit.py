"""A small kit for writing docxtpl templates with python-docx: house styles, tables, tag paragraphs.

Used by tools/make_templates.py. Everything here makes ordinary Word structure (real Heading styles, table
header rows that repeat, en-GB language), so a school can keep editing the templates in Word.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

FONT = "Arial"  # a plain sans serif that every school computer has; recommended for readability
NAVY = "1F3A5F"
ACCENT = "2A7AB0"
LIGHT = "E8F0F7"
GREY = "BFC8D2"
TEXT = "222222"


def _rgb(hex_colour: str) -> RGBColor:
    return RGBColor.from_string(hex_colour)


def _plain_fonts(style_or_run_element: object) -> None:
    """Drop theme font references so the named font is used in Word and LibreOffice alike."""
    rpr = style_or_run_element.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attribute), None)
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), FONT)


# Word is strict about the order of child elements; these list what must come after each one we add.
_AFTER_PBDR = ("shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct",
               "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind",
               "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment",
               "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange")
_AFTER_TC_SHD = ("noWrap", "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark")
_AFTER_TBL_BORDERS = ("shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription")


def insert_in_order(parent, child, successors: tuple[str, ...]) -> None:
    """Insert child before the first existing element that the schema puts after it."""
    for element in parent:
        if element.tag in {qn(f"w:{name}") for name in successors}:
            element.addprevious(child)
            return
    parent.append(child)


def _shade(tc, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    insert_in_order(tc.get_or_add_tcPr(), shading, _AFTER_TC_SHD)


def _border(paragraph_format_element: object, side: str, colour: str, size: int, space: int = 4) -> None:
    ppr = paragraph_format_element.get_or_add_pPr()  # type: ignore[attr-defined]
    borders = ppr.find(qn("w:pBdr"))
    if borders is None:
        borders = OxmlElement("w:pBdr")
        insert_in_order(ppr, borders, _AFTER_PBDR)
    edge = OxmlElement(f"w:{side}")
    for key, value in (("w:val", "single"), ("w:sz", str(size)), ("w:space", str(space)), ("w:color", colour)):
        edge.set(qn(key), value)
    borders.append(edge)


def _paragraph_style(styles, name, base, size, *, bold=False, colour=TEXT, before=0, after=6, keep=False):
    try:
        style = styles[name]
    except KeyError:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    if base:
        style.base_style = styles[base]
    style.font.name = FONT
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.italic = False
    style.font.color.rgb = _rgb(colour)
    style.paragraph_format.space_before = Pt(before)
    style.paragraph_format.space_after = Pt(after)
    style.paragraph_format.keep_with_next = keep
    _plain_fonts(style.element)
    return style


def _language(document: Document) -> None:
    """en-GB in the style defaults: Word's spell-check and screen readers read it from here."""
    styles = document.styles.element
    for lang in styles.iter(qn("w:lang")):
        lang.set(qn("w:val"), "en-GB")
        lang.set(qn("w:eastAsia"), "en-GB")
    document.core_properties.language = "en-GB"


def new_document(footer_label: str, *, cover_page: bool = False) -> Document:
    """A4 document with the house styles and a footer carrying the school, the label and page number.

    With cover_page the first page has no footer (it is a title page of its own).
    """
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin, section.bottom_margin = Mm(18), Mm(18)
    section.different_first_page_header_footer = cover_page
    styles = document.styles
    normal = _paragraph_style(styles, "Normal", None, 11, after=6)
    normal.paragraph_format.line_spacing = 1.15
    _paragraph_style(styles, "Title", "Normal", 30, bold=True, colour=NAVY, after=4)
    title_ppr = styles["Title"].element.get_or_add_pPr()
    for border in title_ppr.findall(qn("w:pBdr")):
        title_ppr.remove(border)
    _paragraph_style(styles, "Subtitle", "Normal", 15, colour=ACCENT, after=18)
    _paragraph_style(styles, "Heading 1", "Normal", 17, bold=True, colour=NAVY, before=18, after=8, keep=True)
    _border(styles["Heading 1"].element, "bottom", ACCENT, 8)
    _paragraph_style(styles, "Heading 2", "Normal", 13.5, bold=True, colour=ACCENT, before=14, after=6, keep=True)
    _paragraph_style(styles, "Heading 3", "Normal", 11.5, bold=True, colour=NAVY, before=10, after=4, keep=True)
    _paragraph_style(styles, "List Bullet", "Normal", 11, after=3)
    _paragraph_style(styles, "Cover School", "Normal", 14, bold=True, colour=ACCENT, before=0, after=18)
    _paragraph_style(styles, "Table Text", "Normal", 9.5, after=2)
    _paragraph_style(styles, "Cover Text", "Normal", 10.5, after=2)
    _paragraph_style(styles, "Table Heading", "Normal", 9.5, bold=True, colour="FFFFFF", after=2)
    _paragraph_style(styles, "Note", "Normal", 9.5, colour="555555", after=6)
    _paragraph_style(styles, "Footer", "Normal", 8.5, colour="555555", after=0)
    for name in ("Heading 1 Char", "Heading 2 Char", "Heading 3 Char", "Title Char", "Subtitle Char"):
        if name in [style.name for style in styles]:
            _plain_fonts(styles[name].element)
    _language(document)
    _footer(document, section, footer_label)
    return document


def _footer(document: Document, section, label: str) -> None:
    paragraph = section.footer.paragraphs[0]
    paragraph.style = document.styles["Footer"]
    run = paragraph.add_run(f"{{{{ school.name }}}} | {label} {{{{ academic_year }}}} | Page ")
    run.font.size = Pt(8.5)
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    inner = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    inner.append(text)
    field.append(inner)
    paragraph._p.append(field)


@dataclass
class Column:
    """A table column: its header, the cell content (tag text; "\n\n" starts a new paragraph), its width."""

    header: str
    cell: str
    width_mm: float


class Writer:
    """Appends template content to a document."""

    def __init__(self, document: Document) -> None:
        self.document = document

    def heading(self, text: str, level: int) -> None:
        self.document.add_paragraph(text, style=f"Heading {level}")

    def para(self, *parts: str, style: str = "Normal") -> None:
        """A paragraph; parts wrapped in ** are bold runs (each tag stays inside one run)."""
        paragraph = self.document.add_paragraph(style=style)
        for part in parts:
            if part.startswith("**") and part.endswith("**"):
                paragraph.add_run(part[2:-2]).bold = True
            else:
                paragraph.add_run(part)

    def tag(self, text: str) -> None:
        """A {%p ... %} tag in its own paragraph (docxtpl removes the paragraph)."""
        self.document.add_paragraph(text)

    def bullet(self, *parts: str) -> None:
        self.para(*parts, style="List Bullet")

    def note(self, *parts: str) -> None:
        self.para(*parts, style="Note")

    def page_break(self) -> None:
        self.document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def rule(self) -> None:
        paragraph = self.document.add_paragraph()
        _border(paragraph._p, "bottom", ACCENT, 18, 1)

    def band(self, lines: list[tuple[str, str, str]]) -> None:
        """A full-width coloured cover band; each line is (text, paragraph style, text colour).

        The colour is decoration only: the words carry the meaning, and contrast is above 7:1.
        """
        table = self._table(1, [Mm(170)])
        cell = table.add_row().cells[0]
        _shade(cell._tc, NAVY)
        margins = OxmlElement("w:tcMar")
        for side in ("top", "left", "bottom", "right"):
            edge = OxmlElement(f"w:{side}")
            edge.set(qn("w:w"), "400" if side in ("left", "right") else "500")
            edge.set(qn("w:type"), "dxa")
            margins.append(edge)
        insert_in_order(cell._tc.get_or_add_tcPr(), margins, _AFTER_TC_SHD[1:])
        for index, (text, style, colour) in enumerate(lines):
            paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
            paragraph.style = self.document.styles[style]
            run = paragraph.add_run(text)
            run.font.color.rgb = _rgb(colour)
        self._finish(table)

    def facts(self, rows: list[tuple[str, str, str]], *, style: str = "Table Text") -> None:
        """A two-column label/value table; a row with a condition becomes {%tr if %} ... {%tr endif %}."""
        table = self._table(2, [Mm(55), Mm(115)])
        for label, value, condition in rows:
            if condition:
                self._tag_row(table, f"{{%tr if {condition} %}}")
            cells = table.add_row().cells
            self._cell(cells[0], f"**{label}**", style=style, fill=LIGHT)
            self._cell(cells[1], value, style=style)
            if condition:
                self._tag_row(table, "{%tr endif %}")
        self._finish(table)

    def table(self, columns: list[Column], loop: str, *, empty: str = "") -> None:
        """A table with a repeating header row and one {%tr for %} row per item of loop."""
        table = self._table(len(columns), [Mm(column.width_mm) for column in columns])
        header = table.add_row()
        mark_header(header)
        for cell, column in zip(header.cells, columns, strict=True):
            self._cell(cell, column.header, style="Table Heading", fill=NAVY)
        self._tag_row(table, f"{{%tr for {loop} %}}")
        row = table.add_row()
        keep_together(row)
        for cell, column in zip(row.cells, columns, strict=True):
            self._cell(cell, column.cell)
        self._tag_row(table, "{%tr endfor %}")
        self._finish(table)

    def _table(self, count: int, widths: list[Mm]):
        table = self.document.add_table(rows=0, cols=count)
        table.style = self.document.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        self._widths = widths
        borders = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            edge = OxmlElement(f"w:{side}")
            for key, value in (("w:val", "single"), ("w:sz", "4"), ("w:space", "0"), ("w:color", GREY)):
                edge.set(qn(key), value)
            borders.append(edge)
        insert_in_order(table._tbl.tblPr, borders, _AFTER_TBL_BORDERS)
        margins = OxmlElement("w:tblCellMar")
        for side, width in (("top", 45), ("left", 100), ("bottom", 45), ("right", 100)):
            edge = OxmlElement(f"w:{side}")
            edge.set(qn("w:w"), str(width))
            edge.set(qn("w:type"), "dxa")
            margins.append(edge)
        insert_in_order(table._tbl.tblPr, margins, _AFTER_TBL_BORDERS[3:])
        return table

    def _finish(self, table) -> None:
        grid = table._tbl.tblGrid
        for column, width in zip(grid.findall(qn("w:gridCol")), self._widths, strict=True):
            column.set(qn("w:w"), str(int(width.twips)))
        for row in table.rows:
            for cell, width in zip(row.cells, self._widths, strict=False):
                cell.width = width
        self.document.add_paragraph(style="Note")  # breathing space, and Word needs a paragraph after a table

    def _tag_row(self, table, text: str) -> None:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(text)
        cells[0].paragraphs[0].style = self.document.styles["Table Text"]

    def _cell(self, cell, content: str, *, style: str = "Table Text", fill: str | None = None) -> None:
        first = True
        for block in content.split("\n\n"):
            paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
            paragraph.style = self.document.styles[style]
            first = False
            for part in _split_bold(block):
                if part.startswith("**") and part.endswith("**") and len(part) > 4:
                    paragraph.add_run(part[2:-2]).bold = True
                else:
                    paragraph.add_run(part)
        if fill:
            _shade(cell._tc, fill)


def _split_bold(text: str) -> list[str]:
    parts, rest = [], text
    while "**" in rest:
        before, _, after = rest.partition("**")
        bold, _, rest = after.partition("**")
        parts.extend([before, f"**{bold}**"])
    parts.append(rest)
    return [part for part in parts if part]


def keep_together(row) -> None:
    """Word moves the whole row to the next page rather than splitting it (w:cantSplit)."""
    element = OxmlElement("w:cantSplit")
    element.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(element)


def mark_header(row) -> None:
    """Word repeats this row at the top of each page (w:tblHeader) and never splits it."""
    props = row._tr.get_or_add_trPr()
    for tag in ("w:tblHeader", "w:cantSplit"):
        element = OxmlElement(tag)
        element.set(qn("w:val"), "true")
        props.append(element)


__all__ = ["WD_SECTION", "Column", "Writer", "mark_header", "new_document"]
