"""Is an email address or a UK phone number usable? Real libraries, not home-made patterns."""

from __future__ import annotations

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from b1docs.benchmark.context import Gap, gap_at
from b1docs.workbook.model import Value


def email_problem(text: str) -> str | None:
    """Why an email address cannot be used, in plain English; None when it is fine."""
    try:
        validate_email(text, check_deliverability=False)
    except EmailNotValidError as err:
        return str(err)
    return None


def uk_phone_problem(text: str) -> str | None:
    """Why text is not a UK phone number, in plain English; None when it is fine."""
    try:
        number = phonenumbers.parse(text, "GB")
    except phonenumbers.NumberParseException:
        return "it does not look like a phone number"
    if number.country_code != 44:
        return "it is not a UK number"
    if phonenumbers.is_valid_number(number):
        return None
    return "it has the wrong number of digits or is not a real UK dialling code"


def contact_gaps(who: str, email: Value, phone: Value) -> list[Gap]:
    """A gap at each of a contact's email address and phone number that is filled in but cannot be used."""
    gaps = []
    if email and (problem := email_problem(email.value)):
        gaps.append(gap_at(email, f"The {who} email '{email.value}' is not a usable email address: {problem}",
                           "Correct the email address."))
    if phone and (problem := uk_phone_problem(phone.value)):
        gaps.append(gap_at(phone, f"The {who} phone '{phone.value}' is not a UK phone number: {problem}.",
                           "Type the full number with its area code, for example 0113 496 0123."))
    return gaps
