"""Is an email address or a UK phone number usable? Real libraries, not home-made patterns."""

from __future__ import annotations

import phonenumbers
from email_validator import EmailNotValidError, validate_email

# Ofcom reserves these ranges for drama and training material (the schema's own example is 01632 960123).
# phonenumbers rightly calls them "not valid", but b1docs' sample workbooks and trainers' copies use them.
_OFCOM_DRAMA_PREFIXES = ("1632960", "7700900")


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
    national = str(number.national_number)
    if phonenumbers.is_possible_number(number) and national.startswith(_OFCOM_DRAMA_PREFIXES):
        return None
    return "it has the wrong number of digits or is not a real UK dialling code"
