"""The sample workbooks: they load cleanly, match their sources, and hold the facts the check relies on.

The check's own tests (issue 3) assert which findings each sample gets. These tests pin the data itself, so
that a change to a sample that would quietly break those expectations fails here first, with a plain reason.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path
from typing import Any

import email_validator
import phonenumbers
import pytest
from conftest import AS_OF, SAMPLES, run_cli
from libreoffice import convert

from b1docs import load_workbook
from b1docs.workbook.export import workbook_to_dict
from b1docs.workbook.model import CareersWorkbook
from b1docs.workbook.schema import CDI_AREAS, PAL_CONTENT_POINTS

FILLED = ("oakfield-academy.xlsx", "riverside-school.xlsx", "meadowbank-special-school.xlsx",
          "northgate-college.xlsx")
BLANK = "blank-careers-workbook.xlsx"
ALL_SAMPLES = (*FILLED, BLANK)
KEY_STAGES = {"KS3": {7, 8, 9}, "KS4": {10, 11}, "KS5": {12, 13, 14}}
TERM_ORDER = {"All year": 0, "Autumn 1": 1, "Autumn": 1.5, "Autumn 2": 2, "Spring 1": 3, "Spring": 3.5,
              "Spring 2": 4, "Summer 1": 5, "Summer": 5.5, "Summer 2": 6}
YEAR_START = dt.date(2026, 9, 1)
YEAR_END = dt.date(2027, 7, 31)


def _build_module() -> Any:
    spec = importlib.util.spec_from_file_location("build_samples", SAMPLES / "build_samples.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_samples", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def books() -> dict[str, CareersWorkbook]:
    return {name: load_workbook(SAMPLES / name) for name in ALL_SAMPLES}


def _comparable(path: Path) -> dict[str, Any]:
    data = workbook_to_dict(load_workbook(path))
    data.pop("file")
    return data


# --- loading and regenerating -------------------------------------------------------------------------


@pytest.mark.parametrize("name", ALL_SAMPLES)
def test_sample_loads(books: dict[str, CareersWorkbook], name: str) -> None:
    """Verify every sample reads with no data problems, apart from riverside's planted impossible date."""
    problems = [(p.code, p.ref) for p in books[name].problems]
    expected = [("DATA.DATE", "Action plan!F4")] if name == "riverside-school.xlsx" else []
    assert problems == expected


def test_committed_samples_match_their_sources(tmp_path: Path) -> None:
    """Verify the committed .xlsx files are what build_samples.py writes now."""
    _build_module().build_all(tmp_path)
    for name in ALL_SAMPLES:
        assert _comparable(tmp_path / name) == _comparable(SAMPLES / name), f"{name} is stale: run build_samples.py"


def test_blank_sample_is_what_b1docs_new_writes(tmp_path: Path) -> None:
    """Verify the blank sample equals a fresh `b1docs new` workbook."""
    fresh = tmp_path / "new.xlsx"
    assert run_cli("new", fresh).exit_code == 0
    assert _comparable(fresh) == _comparable(SAMPLES / BLANK)


# --- facts every filled sample shares -----------------------------------------------------------------


def _activity_years(book: CareersWorkbook) -> set[int]:
    return set().union(*(record.year_groups.value or set() for record in book.programme))


def _valid_phone(text: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, "GB"))
    except phonenumbers.NumberParseException:
        return False


def _valid_email(text: str) -> bool:
    try:
        email_validator.validate_email(text, check_deliverability=False)
    except email_validator.EmailNotValidError:
        return False
    return True


@pytest.mark.parametrize("name", FILLED)
def test_contacts_are_fictional_and_valid(books: dict[str, CareersWorkbook], name: str) -> None:
    """Verify web and email addresses use .example domains, and phones are valid (except riverside's gap)."""
    book = books[name]
    forms = (book.school, book.leadership, book.publication, book.provider_access)
    for record in forms:
        for value in record.values.values():
            text = value.text()
            if "@" in text or text.startswith("http"):
                assert ".example." in text, value.ref
            if "@" in text:
                assert _valid_email(text), value.ref
    phones = [v for v in (book.leadership.leader_phone, book.provider_access.contact_phone) if v]
    invalid = [v.ref for v in phones if not _valid_phone(v.value)]
    assert invalid == (["Leadership!B7"] if name == "riverside-school.xlsx" else [])


@pytest.mark.parametrize("name", FILLED)
def test_programme_is_in_year_and_term_order(books: dict[str, CareersWorkbook], name: str) -> None:
    """Verify activities are listed by first year group, then term: the sequence pupils meet them in."""
    keys = [(min(r.year_groups.value), TERM_ORDER[r.term.value]) for r in books[name].programme]
    assert keys == sorted(keys)


@pytest.mark.parametrize("name", FILLED)
def test_every_key_stage_covers_all_six_cdi_areas(books: dict[str, CareersWorkbook], name: str) -> None:
    """Verify activities in each key stage the school teaches are mapped to outcomes in all six CDI areas."""
    book = books[name]
    areas = {r.id.value: r.area.value for r in book.outcomes}
    for stage, years in KEY_STAGES.items():
        if not years & book.school_years:
            continue
        covered = {areas[i] for r in book.programme if r.year_groups.value & years
                   for i in r.outcome_ids.value if i in areas}
        assert covered == set(CDI_AREAS), (name, stage)


@pytest.mark.parametrize("name", FILLED)
def test_programme_covers_apprenticeships_t_levels_and_target_groups(books: dict[str, CareersWorkbook],
                                                                     name: str) -> None:
    """Verify the independent-guidance and tailoring evidence: apprenticeships, T Levels, SEND, disadvantaged."""
    book = books[name]
    text = " ".join(f"{r.title.text()} {r.description.text()}" for r in book.programme).lower()
    assert "apprenticeship" in text and "t level" in text
    groups = {r.for_whom.value for r in book.programme}
    assert {"SEND", "Disadvantaged"} <= groups or name == "meadowbank-special-school.xlsx"
    tailored = [r for r in book.programme if r.for_whom.value != "All pupils"]
    assert tailored and all(r.adaptations for r in tailored)
    assert all(r.pfa_outcome for r in book.programme if r.for_whom.value == "SEND")


@pytest.mark.parametrize("name", FILLED)
def test_dates_fit_the_2026_27_year_as_of_1_december_2026(books: dict[str, CareersWorkbook], name: str) -> None:
    """Verify past things are past, future things future, and encounters fall inside the academic year."""
    book = books[name]
    lead, pub, evaluation = book.leadership, book.publication, book.evaluation
    past = [lead.training_completed, lead.head_backing_date, lead.slt_backing_date, lead.governors_approval_date,
            lead.governors_review_date, pub.published_date, evaluation.last_full_evaluation,
            evaluation.compass_date, book.provider_access.policy_approved_date,
            *(r.date for r in book.feedback)]
    assert all(v.value <= AS_OF for v in past if v.value)
    assert evaluation.next_full_evaluation.value > AS_OF
    assert all(YEAR_START <= r.date.value <= YEAR_END for r in book.encounters)
    for record in book.actions:
        if record.status.value == "Done":
            assert record.due.value <= AS_OF, record.due.ref
        if record.start.value and record.due.value:
            assert record.start.value < record.due.value, record.start.ref
    assert evaluation.last_full_evaluation.value > AS_OF - dt.timedelta(days=3 * 365)


# --- the complete samples -----------------------------------------------------------------------------

COMPLETE = ("oakfield-academy.xlsx", "meadowbank-special-school.xlsx", "northgate-college.xlsx")


def _in_key_phase(record: Any, years_any_time: int) -> bool:
    """Key phase n: the first year any time, or the next year from 1 September to 28 February."""
    year, when = min(record.year_group.value), record.date.value
    if year == years_any_time:
        return True
    return year == years_any_time + 1 and (when.month >= 9 or when.month <= 2)


@pytest.mark.parametrize("name", COMPLETE)
def test_complete_samples_have_no_gaps(books: dict[str, CareersWorkbook], name: str) -> None:
    """Verify the complete samples give the check nothing to find."""
    book = books[name]
    years = book.school_years
    assert _activity_years(book) >= years
    parent_years = set().union(*(r.year_groups.value for r in book.parents))
    assert parent_years >= years
    outcome_ids = {r.id.value for r in book.outcomes}
    used = {i for r in book.programme for i in r.outcome_ids.value}
    assert used == outcome_ids
    assert all(r.outcome_ids for r in book.programme)
    assert book.school.link_governor and book.school.mission
    lead = book.leadership
    assert AS_OF - dt.timedelta(days=365) < lead.governors_approval_date.value
    assert AS_OF - dt.timedelta(days=365) < lead.governors_review_date.value
    assert _valid_phone(lead.leader_phone.value) and _valid_email(lead.leader_email.value)
    pub = book.publication
    assert pub.impact_measures and pub.summary
    assert AS_OF < pub.next_review_date.value <= AS_OF + dt.timedelta(days=365)
    for audience in ("pupils", "parents", "staff", "employers", "governors", "agencies"):
        assert pub[f"{audience}_how"] and pub[f"{audience}_url"], audience
    recent = {r.group.value for r in book.feedback if r.date.value > AS_OF - dt.timedelta(days=365)}
    assert recent >= {"Pupils", "Parents and carers", "Teachers and staff", "Careers advisers", "Employers"}
    assert all(r.respondents and r.findings and r.changes for r in book.feedback)
    sdp = lead.sdp_priorities.text().split("\n")
    assert all(r.sdp_link.value in sdp and r.owner and r.due and r.status for r in book.actions)


@pytest.mark.parametrize("name", ("oakfield-academy.xlsx", "meadowbank-special-school.xlsx"))
def test_provider_encounters_meet_every_key_phase(books: dict[str, CareersWorkbook], name: str) -> None:
    """Verify at least two in-day encounters in each key phase, mandatory in phases 1 and 2, all content."""
    book = books[name]
    encounters = list(book.encounters)
    assert all(r.school_day.value and r.content_covered.value == frozenset(PAL_CONTENT_POINTS) for r in encounters)
    assert all(r.send_adjustments for r in encounters)
    assert len({r.provider_type.value for r in encounters}) >= 3
    for phase, first_year in ((1, 8), (2, 10), (3, 12)):
        counted = [r for r in encounters if _in_key_phase(r, first_year)]
        assert len(counted) >= 2, phase
        if phase < 3:
            assert all(r.mandatory.value for r in counted), phase
    access = book.provider_access
    assert all(access.values.values()), [v.ref for v in access.values.values() if not v]
    assert book.publication.pal_url


def test_oakfield_has_activities_in_every_year_7_to_13(books: dict[str, CareersWorkbook]) -> None:
    """Verify the 11–18 academy runs activities in every year, delivered ones included."""
    book = books["oakfield-academy.xlsx"]
    assert book.school_years == set(range(7, 14)) == _activity_years(book)
    assert len(book.programme) >= 55
    assert any(r.delivered.value for r in book.programme)
    assert len(book.actions) == 8
    assert book.evaluation.compass_b1_percent.value == 100
    assert book.school.is_academy.value is True


def test_meadowbank_is_send_aware(books: dict[str, CareersWorkbook]) -> None:
    """Verify the special school fills in every SEND field and ties careers to EHC plan reviews from Year 9."""
    book = books["meadowbank-special-school.xlsx"]
    school = book.school
    assert school.institution_type.value == "Special school"
    assert school.ehcp_pupils.value > 0 and school.post19_ehcp.value is True
    assert all(school[key] for key in ("senco", "senco_email", "sen_report_url", "local_offer_url", "send_cohort"))
    assert all(r.pfa_outcome and r.adaptations for r in book.programme)
    reviews = [r for r in book.programme if "annual review" in r.description.text().lower()]
    assert reviews and min(min(r.year_groups.value) for r in reviews) == 9
    assert book.school_years == set(range(7, 15))


def test_northgate_has_no_provider_access(books: dict[str, CareersWorkbook]) -> None:
    """Verify the FE college leaves provider access empty: the duty does not apply to colleges."""
    book = books["northgate-college.xlsx"]
    assert book.institution_type == "FE college"
    assert book.school_years == {12, 13}
    assert len(book.encounters) == 0
    assert not any(book.provider_access.values.values())
    assert not book.publication.pal_url


# --- the gap sample -----------------------------------------------------------------------------------


def test_riverside_planted_gaps_are_where_the_readme_says(books: dict[str, CareersWorkbook]) -> None:
    """Verify each planted gap sits at the cell sample_workbooks/README.md gives for it."""
    book = books["riverside-school.xlsx"]
    assert book.school_years == set(range(7, 12))
    lead = book.leadership
    assert not book.school.link_governor and book.school.link_governor.ref == "School!B11"
    assert lead.governors_approval_date.ref == "Leadership!B20"
    assert lead.governors_approval_date.value < AS_OF - dt.timedelta(days=450)
    assert AS_OF - dt.timedelta(days=365) < lead.governors_review_date.value
    assert lead.leader_phone.ref == "Leadership!B7" and not _valid_phone(lead.leader_phone.value)
    assert lead.training_course and not lead.training_completed and lead.training_completed.ref == "Leadership!B10"

    outcome_ids = {r.id.value for r in book.outcomes}
    unknown = [(r.outcome_ids.ref, i) for r in book.programme for i in r.outcome_ids.value if i not in outcome_ids]
    assert unknown == [("Programme!G22", "LO99")]
    used = {i for r in book.programme for i in r.outcome_ids.value}
    assert [r.id.ref for r in book.outcomes if r.id.value not in used] == ["Learning outcomes!A14"]
    assert book.school_years - _activity_years(book) == {9}
    assert book.programme.first_empty_cell("year_groups") == "A36"

    encounters = list(book.encounters)
    assert [r.year_group.ref for r in encounters if not r.year_group.value <= book.school_years] == [
        "Provider encounters!B6"]
    assert [r.school_day.ref for r in encounters if not r.school_day.value] == ["Provider encounters!F5"]
    in_day_kp2 = [r for r in encounters if r.school_day.value and _in_key_phase(r, 10)]
    assert len(in_day_kp2) == 1
    assert len([r for r in encounters if r.school_day.value and _in_key_phase(r, 8)]) == 2
    assert book.encounters.first_empty_cell("date") == "A7"

    assert [r.date.ref for r in book.feedback if not r.date] == ["Feedback!A5"]
    groups = {r.group.value for r in book.feedback if r.date.value and r.date.value > AS_OF - dt.timedelta(days=365)}
    assert {"Pupils", "Parents and carers", "Teachers and staff"} <= groups
    assert not groups & {"Careers advisers", "Employers"}
    assert book.feedback.first_empty_cell("group") == "B7"

    pub = book.publication
    assert not pub.impact_measures and pub.impact_measures.ref == "Publication!B3"
    assert pub.next_review_date.ref == "Publication!B5" and pub.next_review_date.value < AS_OF
    parent_years = set().union(*(r.year_groups.value for r in book.parents))
    assert book.school_years - parent_years == {10}
    assert not any(r.parents_involved.value for r in book.programme if 10 in r.year_groups.value)
    assert book.parents.first_empty_cell("year_groups") == "A7"


@pytest.mark.slow
def test_samples_read_the_same_after_libreoffice_saves_them(tmp_path: Path) -> None:
    """Verify each sample re-saved by LibreOffice reads into the same model (a school may open and save it)."""
    resaved = convert([SAMPLES / name for name in ALL_SAMPLES], "xlsx:Calc MS Excel 2007 XML", tmp_path / "out")
    for name, path in zip(ALL_SAMPLES, resaved, strict=True):
        assert _comparable(path) == _comparable(SAMPLES / name), name
