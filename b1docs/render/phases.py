"""The provider access key phases (s42B Education Act 1997, as strengthened in 2023) and who they apply to.

Each key phase needs at least two encounters with providers of technical education or apprenticeships. A
phase is the first of its two years at any time, or the second year from 1 September to 28 February.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# Institutions the provider access duty does not cover: it applies to schools, academies and PRUs only.
NO_PROVIDER_ACCESS = {"FE college", "Sixth-form college"}
SPECIAL = {"Special school"}
ENCOUNTERS_NEEDED = 2


@dataclass(frozen=True)
class KeyPhase:
    id: str
    name: str
    years: tuple[int, int]
    window: str
    attendance: str
    mandatory: bool

    def in_window(self, year: int, day: dt.date | None) -> bool:
        """Whether an encounter for this year group on this day falls in the phase's window."""
        if year == self.years[0]:
            return True
        if year == self.years[1]:
            return day is not None and (day.month >= 9 or day.month <= 2)
        return False


KEY_PHASES = (
    KeyPhase("KP1", "Key phase 1", (8, 9), "any time in Year 8, or from 1 September to 28 February in Year 9",
             "All pupils must attend.", True),
    KeyPhase("KP2", "Key phase 2", (10, 11), "any time in Year 10, or from 1 September to 28 February in Year 11",
             "All pupils must attend.", True),
    KeyPhase("KP3", "Key phase 3", (12, 13), "any time in Year 12, or from 1 September to 28 February in Year 13",
             "The school must offer these encounters; going is optional for students, and we encourage them "
             "to attend.", False),
)


def phases_for(years: frozenset[int]) -> tuple[KeyPhase, ...]:
    """The key phases that apply: a phase counts when the school teaches one of its years.

    Key phase 3 therefore only appears for a school with a sixth form. With no year groups recorded, the two
    phases every secondary school has are shown.
    """
    if not years:
        return KEY_PHASES[:2]
    return tuple(phase for phase in KEY_PHASES if set(phase.years) & years)


def phase_of(year: int) -> KeyPhase | None:
    for phase in KEY_PHASES:
        if year in phase.years:
            return phase
    return None
