"""Workbook and report in, Word documents out: the library behind `b1docs build` and `b1docs batch`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from b1docs.benchmark.findings import Report
from b1docs.errors import OutputError, UsageError
from b1docs.files import atomic_write, safe_filename
from b1docs.render.context import build_context
from b1docs.render.engine import DOCUMENTS, TemplateSet
from b1docs.workbook.model import CareersWorkbook


@dataclass
class Built:
    """What a build wrote, and anything the user should be told about it."""

    paths: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def parse_only(text: str | None) -> list[str] | None:
    """"plan,guide" -> ["plan", "guide"]; None means the default set."""
    if text is None:
        return None
    keys = [part.strip().lower() for part in text.split(",") if part.strip()]
    unknown = [key for key in keys if key not in DOCUMENTS]
    if unknown or not keys:
        raise UsageError(f"--only takes one or more of {', '.join(DOCUMENTS)}, separated by commas "
                         f"(got {text!r})")
    return list(dict.fromkeys(keys))


def document_path(out_dir: Path, school: str, key: str, academic_year: str) -> Path:
    """oakfield-academy-strategic-careers-plan-2026-27.docx: nothing from the name can leave out_dir."""
    return Path(out_dir) / f"{safe_filename(school)}-{DOCUMENTS[key].slug}-{academic_year}.docx"


def build_documents(
    workbook: CareersWorkbook,
    report: Report,
    out_dir: Path,
    *,
    only: Iterable[str] | None = None,
    template_set: TemplateSet | None = None,
    force: bool = False,
    as_of: dt.date | None = None,
    pdf: bool = False,
) -> Built:
    """Render the documents and write them atomically; refuse to replace any file unless force.

    With only=None every document that applies is written: the provider access policy is left out, with a
    note, when the duty does not apply (FE and sixth-form colleges). Asked for by name, it is written and
    explains that the duty does not apply.
    """
    as_of = as_of or report.as_of
    if Path(out_dir).exists() and not Path(out_dir).is_dir():
        raise OutputError("is a file, not a folder. Give a folder for the documents", path=out_dir)
    template_set = template_set or TemplateSet.load()
    context = build_context(workbook, report, as_of)
    built = Built(notes=list(template_set.fallbacks))
    keys = list(dict.fromkeys(only)) if only is not None else list(DOCUMENTS)
    unknown = [key for key in keys if key not in DOCUMENTS]
    if unknown:
        raise UsageError(f"there is no document called {', '.join(unknown)}; choose from {', '.join(DOCUMENTS)}")
    if only is None and not context["provider_access"]["applies"]:
        keys.remove("policy")
        built.notes.append("No provider access policy written: the duty does not apply to this institution. "
                           "Use --only policy to write a statement that says so.")
    paths = {key: document_path(out_dir, context["school"]["name"], key, context["academic_year"])
             for key in keys}
    existing = [path for path in paths.values() if path.exists()]
    if existing and not force:
        names = ", ".join(path.name for path in existing)
        raise OutputError(f"already has {names}. Nothing was written. Use --force to replace, or choose another "
                          "--out folder", path=out_dir)
    # Render everything before writing anything, so a broken template leaves no half-finished set.
    rendered = {key: template_set.render(key, context, as_of=as_of) for key in keys}
    for key, data in rendered.items():
        with atomic_write(paths[key], force=force) as temporary:
            temporary.write_bytes(data)
        built.paths.append(paths[key])
    if pdf:
        from b1docs.render.pdf import convert_to_pdf

        built.paths.extend(convert_to_pdf(list(built.paths), force=force))
    return built


def render_documents(
    workbook: CareersWorkbook,
    report: Report,
    out_dir: Path,
    *,
    only: Iterable[str] | None = None,
    template_set: TemplateSet | None = None,
    force: bool = False,
    as_of: dt.date | None = None,
    pdf: bool = False,
) -> list[Path]:
    """Like build_documents, returning only the paths written (the .docx files, then any PDFs)."""
    return build_documents(workbook, report, out_dir, only=only, template_set=template_set, force=force,
                           as_of=as_of, pdf=pdf).paths
