"""Part DATA: what b1docs could not read, and the two scope answers every other rule depends on.

Reader problems become findings here rather than in the part of their sheet: one cell typed wrongly is a
data-entry slip to fix, not a Benchmark 1 gap, so DATA findings never change a part's status. The rule that
needed the value still reports it (as "could not be read").
"""

from __future__ import annotations

from b1docs.benchmark.context import Context, Gap, RuleResult, gap_at

KNOWN_CODES = frozenset({
    "DATA.DATE", "DATA.YES_NO", "DATA.NUMBER", "DATA.YEAR_GROUPS", "DATA.CHOICE", "DATA.BENCHMARKS",
    "DATA.FORMULA",
})


def _problems(ctx: Context, code: str) -> list[Gap]:
    return [Gap(_sentence(p.message), _sentence(p.fix), p.sheet, p.cell)
            for p in ctx.workbook.problems if p.code == code]


def data_date(ctx: Context) -> RuleResult:
    """Every date can be read as a real date (dd/mm/yyyy)."""
    return _problems(ctx, "DATA.DATE")


def data_yes_no(ctx: Context) -> RuleResult:
    """Every yes-or-no cell says Yes or No."""
    return _problems(ctx, "DATA.YES_NO")


def data_number(ctx: Context) -> RuleResult:
    """Every number, amount of money or percentage can be read as a number."""
    return _problems(ctx, "DATA.NUMBER")


def data_year_groups(ctx: Context) -> RuleResult:
    """Every year-groups cell can be read, for example 8, 10-11 or All."""
    return _problems(ctx, "DATA.YEAR_GROUPS")


def data_choice(ctx: Context) -> RuleResult:
    """Every cell with a drop-down list holds one of the choices in the list."""
    return _problems(ctx, "DATA.CHOICE")


def data_benchmarks(ctx: Context) -> RuleResult:
    """Every benchmarks cell lists Gatsby benchmark numbers from 1 to 8."""
    return _problems(ctx, "DATA.BENCHMARKS")


def data_formula(ctx: Context) -> RuleResult:
    """Every formula cell has a saved result (b1docs cannot calculate formulas itself)."""
    return _problems(ctx, "DATA.FORMULA")


def data_value(ctx: Context) -> RuleResult:
    """Any other value b1docs could not understand."""
    return [Gap(_sentence(p.message), _sentence(p.fix), p.sheet, p.cell)
            for p in ctx.workbook.problems if p.code not in KNOWN_CODES]


def _sentence(text: str) -> str:
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def scope_institution(ctx: Context) -> RuleResult:
    """The School sheet says what kind of institution this is, and whether a school is an academy.

    The answers decide which duties apply: provider access does not apply to colleges, and website items
    are required by law of maintained schools but expected of academies (benchmark1-rules.md A1).
    """
    school = ctx.workbook.school
    gaps = []
    if not school.institution_type:
        gaps.append(gap_at(school.institution_type,
                           f"The institution type: {ctx.blank_words(school.institution_type)}. b1docs cannot "
                           "tell which duties apply (it has assumed a school with the provider access duty).",
                           "Choose the institution type from the list on the School sheet."))
    if not ctx.scope.is_college and school.is_academy.value is None:
        gaps.append(gap_at(school.is_academy,
                           "The School sheet does not say whether this is an academy, so b1docs has treated the "
                           "website items as required by law, as they are for maintained schools.",
                           "Answer Yes (academy or free school) or No (maintained school)."))
    return gaps


def scope_years(ctx: Context) -> RuleResult:
    """The School sheet lists the year groups on roll (they decide the key phases and the sixth form)."""
    value = ctx.workbook.school.year_groups
    if value:
        return []
    return [gap_at(value, f"The year groups on roll: {ctx.blank_words(value)}. b1docs has checked every "
                   "year from 7 to 13.", "Write the year groups you teach, for example 7-11 or 7-13.")]


def scope_ehcp(ctx: Context) -> RuleResult:
    """The School sheet says how many pupils have an education, health and care (EHC) plan (0 if none): it decides
    whether the SEND rules apply to a school that is not a special school."""
    value = ctx.workbook.school.ehcp_pupils
    if value.present or ctx.scope.is_special:
        return []
    return [gap_at(value, "The number of pupils with education, health and care (EHC) plans: "
                   f"{ctx.blank_words(value)}. b1docs has assumed there are none and left out the SEND rules.",
                   "Type how many pupils have an EHC plan, or 0.")]
