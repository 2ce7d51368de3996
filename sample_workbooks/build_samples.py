"""Regenerate every sample workbook from the Python data in sample_workbooks/data/.

Run from anywhere:  python sample_workbooks/build_samples.py
The .xlsx files are committed too, so users can open them without running anything; a test checks that
they still match what this script writes.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent) not in sys.path:  # so `sample_workbooks.data` imports when run as a script
    sys.path.insert(0, str(HERE.parent))

from b1docs.workbook.writer import write_blank_workbook, write_filled_workbook  # noqa: E402
from sample_workbooks.data import meadowbank, northgate, oakfield, riverside  # noqa: E402

FILLED = {
    "oakfield-academy.xlsx": oakfield.DATA,
    "riverside-school.xlsx": riverside.DATA,
    "meadowbank-special-school.xlsx": meadowbank.DATA,
    "northgate-college.xlsx": northgate.DATA,
}
BLANK = "blank-careers-workbook.xlsx"


def build_all(folder: Path = HERE, report: Callable[[str], None] = lambda _: None) -> list[Path]:
    """Write all five samples into folder, replacing any that are there; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in FILLED.items():
        written.append(write_filled_workbook(folder / name, data, force=True))
        report(f"wrote {folder / name}")
    # Exactly what `b1docs new` writes.
    written.append(write_blank_workbook(folder / BLANK, force=True))
    report(f"wrote {folder / BLANK}")
    return written


if __name__ == "__main__":
    build_all(report=print)
