"""Describe the template context for people editing templates; docs/templates.md is generated from this."""

from __future__ import annotations

from typing import Any

# What a section or a field means, where its name alone does not say. Paths use [] for "each item of".
# tests/render/test_describe.py fails when a path here no longer exists in the context.
DESCRIPTIONS: dict[str, str] = {
    "academic_year": 'The school year the documents are for, September to August, e.g. "2026-27".',
    "generated_on": 'The date the documents were made (--as-of), e.g. "1 December 2026".',
    "school": "The School sheet.",
    "school.is_college": "True for an FE or sixth-form college (the provider access duty does not apply).",
    "school.has_sixth_form": "True when the school teaches Year 12 or Year 13.",
    "school.year_groups": 'The year groups on roll in words, e.g. "Years 7 to 13".',
    "words": 'Words that differ for a college: institution ("school" or "college"), pupil, pupils.',
    "leader": "The careers leader (Leadership sheet).",
    "leader.on_slt": "True when the careers leader is on the senior leadership team.",
    "leader.has_training": "True when any training detail is recorded.",
    "leader.annual_budget": 'The budget in pounds, e.g. "£4,500".',
    "adviser": "The independent careers adviser (Leadership sheet).",
    "backing": "Who has backed the programme, and when (Leadership sheet).",
    "plan": "The strategic plan's own details (Leadership sheet).",
    "plan.sdp_priorities": "The school development plan priorities, one item per line of the cell.",
    "plan.risks": "Risks and support needed, one item per line of the cell.",
    "check": "The Benchmark 1 check on the --as-of date.",
    "check.status_words": 'Benchmark 1 as a whole in Compass\'s words: "Achieved", "In progress", "Not achieved".',
    "check.parts": "Each part of the check: leadership, programme, publication, evaluation, provider access...",
    "check.parts[].applies": "False when the part does not apply to this school; reason says why.",
    "open_actions": "The check's findings, required by law first, then expected, then good practice.",
    "open_actions[].severity_words": '"Required by law", "Expected by the benchmark" or "Good practice".',
    "open_actions[].place": 'Where to fix it in the workbook, e.g. "Leadership sheet, cell B6".',
    "has_open_actions": "True when the check found anything to do.",
    "actions": "The Action plan sheet, one item per row.",
    "has_actions": "True when the Action plan sheet has rows.",
    "programme": "The Programme sheet.",
    "programme.years": "Each year group the school teaches, with its activities in term order.",
    "programme.years[].decision": "A sentence about the big decision that year (options, post-16, post-18), or \"\".",
    "programme.years[].activities": "The activities for that year; an activity for several years is in each.",
    "programme.unplaced": "Activities with no year group the school teaches.",
    "programme.activities": "Every activity once, in term order.",
    "outcomes": "The Learning outcomes sheet, grouped by the six CDI learning areas.",
    "outcomes.all": "Every outcome once, in the framework's order of areas, each with its area.",
    "parents": "The Parents and carers sheet.",
    "parents.years": "Each year group that has parent and carer engagement, with its items.",
    "parents.all": "Every engagement row once, in term order.",
    "publication": "The Publication sheet.",
    "publication.audiences": "Each audience (pupils, parents and carers, staff...) with how and where it is told.",
    "provider_access": "The Provider access sheet and the Provider encounters sheet.",
    "provider_access.applies": "False for colleges: the provider access duty covers schools and academies only.",
    "provider_access.reason": "Why provider access does not apply, or \"\".",
    "provider_access.phases": "The key phases that apply (key phase 3 only with a sixth form), with encounters.",
    "provider_access.entitled_years": 'The years the entitlement covers, e.g. "Years 8 to 11" with no sixth form.',
    "provider_access.phases[].window": 'When encounters must happen, for use mid-sentence: "any time in Year 8, ...".',
    "provider_access.phases[].window_capitalised": 'The same, starting with a capital: "Any time in Year 8, ...".',
    "provider_access.phases[].attendance": "The attendance rule: mandatory in key phases 1 and 2, optional in 3.",
    "provider_access.phases[].counted": "How many encounters count towards the two needed (school day, in window).",
    "provider_access.phases[].encounters[].counts": "True when the encounter counts towards the phase's two.",
    "provider_access.other_encounters": "Encounters for year groups outside the key phases (e.g. Year 7).",
    "provider_access.encounters": "Every encounter once, in sheet order.",
    "evaluation": "The Feedback and Evaluation sheets.",
    "evaluation.groups_heard": 'The groups feedback came from, e.g. "Pupils, Employers and Careers advisers".',
    "send": "Special educational needs and disabilities (SEND).",
    "send.applies": "True for special schools and schools with pupils who have EHC plans.",
    "send.adapted_activities": "Activities for SEND pupils or with adaptations or a preparing-for-adulthood outcome.",
}

_TYPE_WORDS = {"str": "text", "bool": "yes/no", "int": "number", "dict": "group", "list": "list"}


def describe_context(context: dict[str, Any]) -> list[tuple[str, str, str]]:
    """Every path in the context as (path, type, description), depth first in context order.

    Lists are described by the merged shape of all their items, so an empty first item hides nothing.
    """
    from b1docs.render.checker import shape_of

    rows: list[tuple[str, str, str]] = []

    def walk(shape: Any, path: str) -> None:
        if isinstance(shape, dict):
            if path and not path.endswith("[]"):
                rows.append((path, "group", DESCRIPTIONS.get(path, "")))
            for key, item in shape.items():
                walk(item, f"{path}.{key}" if path else key)
        elif isinstance(shape, list):
            rows.append((path, "list", DESCRIPTIONS.get(path, "")))
            if isinstance(shape[0], dict | list):
                walk(shape[0], f"{path}[]")
        else:
            rows.append((path, _TYPE_WORDS.get(shape, shape), DESCRIPTIONS.get(path, "")))

    walk(shape_of(context), "")
    return rows


def templates_markdown() -> str:
    """docs/templates.md: how to customise templates and every variable of the context."""
    from b1docs.render.engine import DOCUMENTS
    from b1docs.render.example import example_context

    out = [
        "# Customising the Word templates",
        "",
        "<!-- Generated by `python tools/make_templates.py` from b1docs/render/describe.py. Do not edit. -->",
        "",
        "b1docs writes three documents from Word templates:",
        "",
        *(f"- `{kind.template}`: {kind.title.lower()} (`--only {kind.key}`)." for kind in DOCUMENTS.values()),
        "",
        "`b1docs build` writes all three. For an FE or sixth-form college the provider access duty does not",
        "apply, so the policy is left out with a note; `--only policy` writes a short statement saying so.",
        "Files are named from the school and the academic year, e.g.",
        "`oakfield-academy-strategic-careers-plan-2026-27.docx`, and existing files are never replaced without",
        "`--force`.",
        "",
        "To change them:",
        "",
        "1. `b1docs templates export my-templates` copies the default templates into the folder `my-templates`.",
        "2. Open a template in Word and change the wording, layout, colours or logo. Keep the tags: text inside",
        "   `{{ ... }}` is replaced by your workbook's data, and `{% ... %}` tags repeat or hide parts.",
        "3. `b1docs templates check my-templates` lists any problem, one line each: a tag Word has broken, a name",
        "   b1docs does not know (checked along its whole path, such as `school.name`), or a tag that tries to",
        "   reach inside b1docs. It exits with 1 when it finds a problem and 0 when the templates are fine.",
        "4. `b1docs build careers.xlsx --templates my-templates` uses your templates. A template missing from the",
        "   folder is replaced by the default one, and build says so.",
        "",
        "Rules for tags (from docxtpl, the library b1docs uses):",
        "",
        "- Type each tag in one go, with one formatting for the whole tag, and with track changes off.",
        "- `{%p if ... %}`, `{%p for ... %}` and `{%p endif %}` each go in a paragraph of their own: the whole",
        "  paragraph holding them is removed. In tables use `{%tr for ... %}` in a row of its own.",
        "- Never make a `{%p if %}` the only content of a table cell; put the condition inside the text instead.",
        "- Values are shown as typed: `&`, `<` and `{{` in the workbook appear as they are.",
        "- Templates run in a sandbox: they can use the values below and ordinary Jinja filters, nothing else.",
        "- Title, subject, author and language (English, UK) are set by b1docs after filling in, so do not put",
        "  tags in File > Properties.",
        "",
        "## Variables",
        "",
        "`[]` means each item of a list: `{%tr for activity in programme.activities %}` gives `activity.title`.",
        "A blank cell gives empty text, never \"None\"; each optional section has a `has_...` yes/no to test.",
        "Dates are written like \"14 March 2026\".",
        "",
        "| variable | type | meaning |",
        "| --- | --- | --- |",
    ]
    for path, kind, description in describe_context(example_context()):
        out.append(f"| `{path}` | {kind} | {description} |")
    return "\n".join(out) + "\n"
