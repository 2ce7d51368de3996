"""One school's work in a batch: check the workbook, write its documents, and describe the result in a small row.

This runs inside a worker process. It returns a plain dict (a few hundred bytes) rather than the workbook
or the report, so nothing big crosses between processes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from b1docs.errors import B1DocsError


@dataclass(frozen=True)
class BatchOptions:
    """What every school in the batch is built with. Small and picklable: it is sent to each worker once."""

    as_of: dt.date
    only: tuple[str, ...] | None = None  # document kinds to build; None builds all three
    pdf: bool = False
    templates: Path | None = None  # custom templates folder; None uses the built-in templates


@dataclass(frozen=True)
class PartSummary:
    """One part of the check, as the summary shows it."""

    id: str
    title: str
    status: str  # a benchmark Status value such as "achieved"
    met: int
    total: int


@dataclass(frozen=True)
class SchoolResult:
    """One row of the summary: where a school stands, or why it could not be checked."""

    index: int  # position in the sorted list of workbooks: the one order every output follows
    file: str  # relative to the input folder, with forward slashes
    school: str = ""
    institution_type: str = ""
    benchmark1_status: str = ""  # a Status value; empty when the school could not be checked
    parts: tuple[PartSummary, ...] = ()
    must: int = 0
    expect: int = 0
    good: int = 0
    next_review_date: dt.date | None = None
    governors_approval_date: dt.date | None = None
    documents: tuple[str, ...] = ()  # names of the files written for this school; they get a folder even with an error
    error: str = ""
    folder: str = ""  # the school's output folder under the output folder; empty when nothing was written

    @property
    def failed(self) -> bool:
        return bool(self.error)

    def count_at_or_above(self, severity: str) -> int:
        """Findings at or above a --fail-on level ("must", "expect", "good"); 0 for "never"."""
        levels = {"must": ("must",), "expect": ("must", "expect"), "good": ("must", "expect", "good")}
        return sum(getattr(self, level) for level in levels.get(severity, ()))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SchoolResult:
        values = dict(data)
        values["parts"] = tuple(PartSummary(**part) for part in values.get("parts", ()))
        values["documents"] = tuple(values.get("documents", ()))
        return cls(**values)


def load_templates(options: BatchOptions) -> Any:
    """Load and compile the Word templates: done once per worker process, then reused for every school."""
    from b1docs.render import TemplateSet

    return TemplateSet.load(options.templates)


def check_and_build(path: Path, out_dir: Path, options: BatchOptions, templates: Any) -> dict[str, Any]:
    """Read, check and render one workbook into out_dir; return the fields of its summary row.

    A workbook that cannot be read raises (the batch turns that into an error row). A failure while writing
    the documents keeps the check's results in the row and adds the reason.
    """
    from b1docs.benchmark import run_check
    from b1docs.render import render_documents
    from b1docs.workbook.reader import load_workbook

    workbook = load_workbook(path)
    report = run_check(workbook, options.as_of)
    row = row_from_report(workbook, report)
    try:
        written = render_documents(workbook, report, out_dir, only=options.only, template_set=templates,
                                   force=True, as_of=options.as_of, pdf=options.pdf)
    except Exception as err:  # the row keeps the check's results; the error column says what went wrong
        # Word documents written before a later step failed (say LibreOffice making the PDFs) are kept.
        row["documents"] = sorted(item.name for item in out_dir.iterdir() if not item.name.startswith("."))
        what = "some documents" if row["documents"] else "the documents"
        row["error"] = f"{what} could not be written: {describe_error(err, path, out_dir)}"
        return row
    row["documents"] = sorted(Path(item).name for item in written)
    return row


def row_from_report(workbook: Any, report: Any) -> dict[str, Any]:
    """The summary fields of one checked workbook, as plain values."""
    from b1docs.benchmark.findings import Severity

    return {
        "school": workbook.school.name.text(),
        "institution_type": workbook.institution_type,
        "benchmark1_status": str(report.benchmark1_status.value),
        "parts": [{"id": part.id, "title": part.title, "status": str(part.status.value), "met": part.met,
                   "total": part.total} for part in report.parts],
        "must": report.count(Severity.MUST),
        "expect": report.count(Severity.EXPECT),
        "good": report.count(Severity.GOOD),
        "next_review_date": _date(workbook.publication.next_review_date.value),
        "governors_approval_date": _date(workbook.leadership.governors_approval_date.value),
    }


def describe_error(err: BaseException, workbook: Path, out_dir: Path | None = None) -> str:
    """One plain-English line for the summary's error column, without the long paths the summary already shows."""
    if isinstance(err, B1DocsError):
        text = str(err)
        if err.path is not None:
            prefix = f"{err.path}: "
            if err.path == workbook and text.startswith(prefix):
                return text[len(prefix):]
            if out_dir is not None and text.startswith(prefix) and err.path.is_relative_to(out_dir):
                # The school's temporary folder means nothing to a reader; the file name does.
                return f"{err.path.name}: {text[len(prefix):]}"
        return text
    return f"unexpected error ({type(err).__name__}: {err}). This is a bug in b1docs; please report it"


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else None
