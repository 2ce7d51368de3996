"""docs/workbook.md, generated from the schema so the guide cannot drift from the writer and the reader.

Regenerate with: python -m b1docs.workbook.guide > docs/workbook.md
"""

from __future__ import annotations

from b1docs.workbook.schema import (
    LISTS,
    LISTS_SHEET,
    SCHEMA_VERSION,
    SCHEMA_VERSION_LABEL,
    SHEETS,
    START_SHEET,
    Field,
    Kind,
    Sheet,
)

REGENERATE = "python -m b1docs.workbook.guide > docs/workbook.md"

# How the reader understands each kind of cell, in the words a careers leader needs.
KIND_HELP: dict[Kind, str] = {
    Kind.TEXT: "Any text. Spaces at the start and end are ignored.",
    Kind.LONG_TEXT: "Any text; press Alt+Enter in Excel for a new line.",
    Kind.DATE: "A date cell, or text such as 14/03/2025, 14 March 2025 or 2025-03-14. Dates are read day first "
               "(03/04/2025 is 3 April). Two-digit years, dates with no day and impossible dates are reported.",
    Kind.YES_NO: "Yes or No from the drop-down. Y, TRUE, ✓ and x also mean Yes; N and FALSE mean No.",
    Kind.WHOLE_NUMBER: "A whole number, as a number or as text such as 12.",
    Kind.MONEY: "An amount in pounds, such as 2500 or £2,500.",
    Kind.PERCENT: "A percentage such as 64 or 64%.",
    Kind.YEAR_GROUPS: "Year groups such as 8, Y8, Year 8, Years 8-9, 7–11, 8, 10 and 11, KS4 or All. "
                      "All means the year groups on roll given on the School sheet.",
    Kind.CHOICE: "One choice from the drop-down list.",
    Kind.CHOICES: "One or more choices from the list, separated by commas, or All.",
    Kind.BENCHMARKS: "Gatsby benchmark numbers from 1 to 8, separated by commas, such as 1, 4.",
    Kind.IDS: "Outcome ids from the Learning outcomes sheet, separated by commas, such as LO1, LO4.",
    Kind.EMAIL: "An email address.",
    Kind.PHONE: "A UK phone number. If Excel dropped the leading 0, b1docs puts it back.",
    Kind.URL: "A full web address starting https://.",
}


def render_workbook_guide() -> str:
    """The whole of docs/workbook.md."""
    lines = [
        "# The careers workbook",
        "",
        f"<!-- Generated from b1docs/workbook/schema.py; do not edit by hand. Regenerate with: {REGENERATE} -->",
        "",
        "One Excel workbook holds everything b1docs needs. Make a blank one with `b1docs new careers.xlsx`, "
        "fill it in, and check what b1docs read with `b1docs inspect careers.xlsx`.",
        "",
        f"This page describes workbook schema version {SCHEMA_VERSION}, shown on the '{START_SHEET}' sheet as "
        f"'{SCHEMA_VERSION_LABEL}'. The '{LISTS_SHEET}' sheet is hidden and holds the drop-down lists.",
        "",
        "## How b1docs finds things",
        "",
        "- Sheets are found by name; case and spacing do not matter, but a renamed sheet is an error.",
        "- On question sheets, each question's label is in column A and the answer in column B.",
        "- On table sheets, columns are found by their heading in the header row (any of the first 10 rows), "
        "in any order; case and spacing do not matter. Extra columns are ignored; blank rows are skipped.",
        "- Merged cells count as if each cell held the merged value.",
        "- A formula counts only if its result was saved (Excel and LibreOffice save it; some other tools do not).",
        "- Anything b1docs cannot understand is reported with its cell, for example Programme!D14.",
        "",
        "## Kinds of answer",
        "",
        "| Kind | How to write it |",
        "| --- | --- |",
        *(f"| {kind.value} | {_cell(text)} |" for kind, text in KIND_HELP.items()),
        "",
        "## Sheets",
        "",
        *(f"- [{sheet.title}](#{_anchor(sheet.title)}): {sheet.purpose}" for sheet in SHEETS),
    ]
    for sheet in SHEETS:
        lines.extend(["", *_sheet_section(sheet)])
    lines.extend(["", "## Drop-down lists", "", f"These lists are on the hidden '{LISTS_SHEET}' sheet.", ""])
    for key, options in LISTS.items():
        lines.append(f"- `{key}`: {'; '.join(options)}")
    return "\n".join(lines) + "\n"


def _sheet_section(sheet: Sheet) -> list[str]:
    if sheet.layout == "form":
        layout = "A question sheet: one question a row, label in column A, answer in column B."
        heading = "Question (column A)"
    else:
        layout = (f"A table sheet (Excel Table `{sheet.table_name}`): one row for each item, under a header row "
                  "holding these column headings.")
        heading = "Column heading"
    lines = [f"## {sheet.title}", "", sheet.purpose, "", layout, "",
             f"| {heading} | Kind | What to write | Choices |", "| --- | --- | --- | --- |"]
    lines.extend(_field_row(field) for field in sheet.fields)
    return lines


def _field_row(field: Field) -> str:
    help_text = field.help + (f" Example: {field.example}." if field.example else "")
    choices = "; ".join(LISTS[field.choices]) if field.choices else ""
    return f"| {_cell(field.label)} | {field.kind.value} | {_cell(help_text)} | {_cell(choices)} |"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _anchor(title: str) -> str:
    """The anchor GitHub gives a heading."""
    return "".join(ch for ch in title.lower().replace(" ", "-") if ch.isalnum() or ch in "-_")


if __name__ == "__main__":
    print(render_workbook_guide(), end="")
