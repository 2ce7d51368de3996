"""What the three default templates share: the cover, the fallback words, common tables, saving.

Used by tools/template_plan.py, template_guide.py and template_policy.py (run tools/make_templates.py).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx_kit import Column, Writer

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "templates"  # tests point this at a temporary folder to compare with the committed files
NOT_RECORDED = "Not yet recorded"
FIXED_TIME = dt.datetime(2026, 1, 1)


def or_not_recorded(value: str, fallback: str = NOT_RECORDED) -> str:
    return f'{{{{ {value} or "{fallback}" }}}}'


def cover(w: Writer, title: str, audience: str, facts: list[tuple[str, str, str]]) -> None:
    w.band([("{{ school.name }}", "Cover School", "CFE2F3"), (title, "Title", "FFFFFF"),
            (f"{{{{ academic_year }}}} | {audience}", "Subtitle", "FFFFFF")])
    w.facts(facts, style="Cover Text")


def activity_columns() -> list[Column]:
    return [
        Column("When", "{{ activity.term }}", 20),
        Column("Activity", "**{{ activity.title }}**\n\n{{ activity.description }}\n\n"
                           "{% if activity.type %}{{ activity.type }}{% endif %}", 62),
        Column("Who it is for", "{{ activity.for_whom }}\n\n{% if activity.adaptations %}Adapted: "
                                "{{ activity.adaptations }}{% endif %}", 38),
        Column("Partner", "{{ activity.partner }}{% if activity.parents_involved %}\n\nFamilies involved"
                          "{% endif %}", 25),
        Column("Links", "{% if activity.benchmarks %}Benchmarks {{ activity.benchmarks }}{% endif %}\n\n"
                        "{% if activity.outcomes %}Outcomes {{ activity.outcomes }}{% endif %}", 25),
    ]


def encounter_columns() -> list[Column]:
    return [
        Column("Date", "{{ e.date }}", 30),
        Column("Year", "{{ e.year_group }}", 18),
        Column("Provider", "**{{ e.provider }}**\n\n{{ e.provider_type }}", 46),
        Column("Format", "{{ e.format }}{% if e.duration %}, {{ e.duration }}{% endif %}", 32),
        Column("In the school day", "{% if e.school_day %}Yes{% else %}No: does not count{% endif %}", 22),
        Column("Pupils", "{% if e.mandatory %}All pupils{% else %}Optional{% endif %}", 22),
    ]


def save(document, name: str) -> None:
    """Save with fixed dates inside, so regenerating unchanged templates leaves git with nothing to commit."""
    core = document.core_properties
    core.author = core.last_modified_by = "b1docs"
    core.title = core.subject = core.comments = core.keywords = ""
    core.created = core.modified = FIXED_TIME
    core.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    path = OUTPUT / name
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            stable = zipfile.ZipInfo(item.filename, date_time=FIXED_TIME.timetuple()[:6])
            stable.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(stable, source.read(item.filename))
    print(f"Wrote {path}")
