"""Light per-school jobs for batch tests: the real reader, but no check or Word rendering.

They live in a module (not inside a test) so that worker processes can find them by name.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Any

from b1docs.batch import BatchOptions
from b1docs.workbook.reader import load_workbook

# Tests point this at a folder; each call of record_setup leaves a file there, so a test can count them.
SETUP_LOG = "B1DOCS_TEST_SETUP_LOG"


def record_setup(options: BatchOptions) -> dict[str, Any]:
    folder = os.environ.get(SETUP_LOG)
    if folder:
        (Path(folder) / f"setup-{os.getpid()}-{uuid.uuid4().hex}").write_text("loaded", encoding="utf-8")
    return {"pid": os.getpid()}


def read_only_job(path: Path, out_dir: Path, options: BatchOptions, resources: Any) -> dict[str, Any]:
    """Read the workbook and write one small file, reporting which process did it."""
    workbook = load_workbook(path)
    name = workbook.school.name.text()
    (out_dir / "school.txt").write_text(f"{name}\n{options.as_of.isoformat()}\n", encoding="utf-8")
    (out_dir / "worker.txt").write_text(str(resources["pid"]), encoding="utf-8")
    return {
        "school": name,
        "institution_type": workbook.institution_type,
        "benchmark1_status": "in_progress" if name else "not_achieved",
        "parts": [{"id": "S1", "title": "Leadership and backing", "status": "achieved", "met": 3, "total": 3},
                  {"id": "S2", "title": "Programme design", "status": "not_achieved", "met": 1, "total": 5}],
        "must": 0 if name else 2,
        "expect": 1,
        "good": 0,
        "next_review_date": workbook.publication.next_review_date.value,
        "governors_approval_date": workbook.leadership.governors_approval_date.value,
        "documents": ["school.txt"],
    }


def crashing_job(path: Path, out_dir: Path, options: BatchOptions, resources: Any) -> dict[str, Any]:
    """Kill the worker outright for one workbook, as a crash inside a library would."""
    if "crash" in path.name:
        os._exit(1)
    return read_only_job(path, out_dir, options, resources)


def buggy_job(path: Path, out_dir: Path, options: BatchOptions, resources: Any) -> dict[str, Any]:
    if "bug" in path.name:
        raise KeyError("missing-part")
    return read_only_job(path, out_dir, options, resources)


def failing_setup(options: BatchOptions) -> Any:
    from b1docs.errors import TemplateError

    raise TemplateError("the template has a syntax error near '{% if'", path="custom/plan.docx")
