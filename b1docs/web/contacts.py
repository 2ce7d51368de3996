"""The careers leader's name, email address and phone number, wherever a school page puts them."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote

import phonenumbers

from b1docs.web.document import Document, Line
from b1docs.web.evidence import FOUND, MISSING, UNCLEAR, Detection, in_provider_access, near, where
from b1docs.web.patterns import (
    ADVISER_RE,
    CAREERS_RE,
    CONTACT_RE,
    EMAIL_RE,
    LEADER_RE,
    NAME_RE,
    NOT_NAME_WORDS,
    OBFUSCATED_AT,
    OBFUSCATED_DOT,
    OTHER_ROLE_RE,
    TITLES,
)


def person_names(text: str) -> list[str]:
    """People's names in a piece of text, such as 'Mrs J Smith' or 'Priya Sharma'."""
    names = []
    for match in NAME_RE.finditer(text):
        # Words in brackets are a job's area, as in "Assistant Head (Personal Development)", not a name.
        if text[:match.start()].count("(") > text[:match.start()].count(")"):
            continue
        tokens = match.group(0).split()
        # Cut job-title words off either end; keep at least two name tokens, or a title and a surname.
        while tokens and tokens[-1].lower().strip(".") in NOT_NAME_WORDS:
            tokens.pop()
        while tokens and tokens[0].lower().strip(".") in NOT_NAME_WORDS:
            tokens.pop(0)
        if len(tokens) < 2:
            continue
        if any(token.lower().strip(".") in NOT_NAME_WORDS for token in tokens):
            continue
        real = [token for token in tokens if token.lower().strip(".") not in TITLES]
        if not real or len(real[-1].strip(".")) < 2:
            continue
        names.append(" ".join(tokens))
    return names


def _leader_lines(document: Document) -> list[Line]:
    return [line for line in document.lines if LEADER_RE.search(line.text)]


def _careers_contact_context(document: Document, line: Line) -> bool:
    """Is this line a careers contact detail: labelled as the careers leader's, or under a careers contact heading?"""
    if LEADER_RE.search(line.text):
        return True
    # Walk back to the nearest label: careers-leader wording first means yes, another role first means no.
    # This reads "Careers leader / Mrs X / Email / x@..." lists, tables and footers alike.
    for other in reversed(document.lines[max(0, line.index - 8):line.index]):
        if other.region != line.region:
            break
        if LEADER_RE.search(other.text):
            return True
        if OTHER_ROLE_RE.search(other.text):
            return False
        if other.kind == "heading":
            break
    # Under a careers-leader heading, or a careers contact heading, at any level ("Careers leader" > "Contact").
    for heading in document.heading_texts(line):
        if LEADER_RE.search(heading) or (CAREERS_RE.search(heading) and CONTACT_RE.search(heading)):
            return True
    return bool(CAREERS_RE.search(line.text) and CONTACT_RE.search(line.text))


def leader_name(document: Document) -> Detection:
    for line in _leader_lines(document):
        if ADVISER_RE.search(line.text) and not LEADER_RE.search(ADVISER_RE.sub("", line.text)):
            continue
        # The name usually follows the label ("Careers leader: Mrs J Smith") or comes first ("J Smith,
        # Careers Leader"); a short label line (heading, table header, dt) has it on the next lines.
        candidates = [line]
        if line.words <= 8 or line.kind in {"heading", "label"}:
            candidates += [other for other in near(document, line, before=0, after=3) if other is not line]
        for candidate in candidates:
            if candidate is not line and (OTHER_ROLE_RE.search(candidate.text) or candidate.kind == "heading"):
                continue
            text = LEADER_RE.sub(" | ", candidate.text)
            for name in person_names(text):
                return Detection(FOUND, name, where(document, candidate), name)
    # A name under a careers contact heading with no careers-leader wording: probably, but not surely, them.
    for line in document.lines:
        if line.kind == "heading" or OTHER_ROLE_RE.search(line.text) or in_provider_access(document, line):
            continue
        headings = document.heading_texts(line)
        if headings and CAREERS_RE.search(headings[-1]) and CONTACT_RE.search(headings[-1]):
            names = person_names(line.text)
            if names:
                return Detection(UNCLEAR, f"{names[0]} (named under '{headings[-1]}', but not called the "
                                          "careers leader)", where(document, line), names[0])
    return Detection(MISSING)


def _emails_on(line: Line) -> list[str]:
    found = []
    for link in line.links:
        if link.href.lower().startswith("mailto:"):
            address = unquote(link.href[7:].split("?")[0]).strip()
            if address:
                found.append(address)
    text = OBFUSCATED_DOT.sub(".", OBFUSCATED_AT.sub("@", line.text))
    found += EMAIL_RE.findall(text)
    return list(dict.fromkeys(address.strip(".").lower() for address in found))


def _contact(document: Document, values_on: Any, what: str) -> Detection:
    """Shared by email and phone: the value the page gives for the careers leader, if any."""
    loose: tuple[str, Line] | None = None
    for line in document.lines:
        values = values_on(line)
        if not values:
            continue
        careers_value = next((value for value in values if what == "email" and "careers" in value), None)
        if careers_value or (_careers_contact_context(document, line) and not OTHER_ROLE_RE.search(line.text)
                             and not in_provider_access(document, line)):
            value = careers_value or values[0]
            return Detection(FOUND, value, where(document, line), value)
        if loose is None and not OTHER_ROLE_RE.search(line.text) and not in_provider_access(document, line):
            loose = (values[0], line)
    if loose is not None:
        value, line = loose
        return Detection(UNCLEAR, f"{value} (on the page, but not clearly the careers leader's)",
                         where(document, line), value)
    return Detection(MISSING)


def leader_email(document: Document) -> Detection:
    return _contact(document, _emails_on, "email")


def _phones_on(line: Line) -> list[str]:
    found = []
    for link in line.links:
        if link.href.lower().startswith("tel:"):
            found.append(unquote(link.text or link.href[4:]).strip() or unquote(link.href[4:]))
    for match in phonenumbers.PhoneNumberMatcher(line.text, "GB", leniency=phonenumbers.Leniency.POSSIBLE):
        digits = re.sub(r"\D", "", match.raw_string)
        # POSSIBLE leniency accepts things like '2026-2027'; a UK phone number has ten or more digits.
        if len(digits) >= 10 and (match.raw_string.startswith(("0", "+", "(0"))):
            found.append(match.raw_string)
    return list(dict.fromkeys(found))


def leader_phone(document: Document) -> Detection:
    return _contact(document, _phones_on, "phone")
