"""Building blocks shared by the parts of the case model."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

# Stated limits: a case file is typed by people, so anything far beyond these is a mistake
# (or an attack) and is refused with a clear message rather than slowing everything down.
SHORT_TEXT_MAX = 2_000
LONG_TEXT_MAX = 200_000
LIST_MAX = 500


class StrictModel(BaseModel):
    """Unknown keys are refused: a misspelt key must not silently vanish from a request."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, validate_assignment=True)


def _blank_to_none(value: Any) -> Any:
    if isinstance(value, str) and not value.strip():
        return None
    return value


def _upper(value: Any) -> Any:
    return value.strip().upper() if isinstance(value, str) else value


def _lower(value: Any) -> Any:
    return value.strip().lower() if isinstance(value, str) else value


Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=SHORT_TEXT_MAX)]
"""A required piece of short text (a name, a title, an address)."""

LongText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=LONG_TEXT_MAX)]
"""A required piece of long free text (the summary of facts)."""

OptionalText = Annotated[Text | None, BeforeValidator(_blank_to_none)]
OptionalLongText = Annotated[LongText | None, BeforeValidator(_blank_to_none)]

CountryCode = Annotated[
    str,
    BeforeValidator(_upper),
    StringConstraints(pattern=r"^[A-Z]{2}$"),
    Field(description="ISO 3166-1 alpha-2 code of a State, e.g. KG, TR, RU."),
]
LanguageCode = Annotated[
    str,
    BeforeValidator(_lower),
    StringConstraints(pattern=r"^[a-z]{2,3}$"),
    Field(description="ISO 639-1 language code, e.g. en, ru, tr."),
]
PersonId = Annotated[
    str,
    StringConstraints(strip_whitespace=True, pattern=r"^[A-Za-z0-9_.-]{1,40}$"),
    Field(description="A short local reference for a person in this case file, e.g. 'p1' or 'victim-1'."),
]

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ()./-]{5,40}$")


def _check_email(value: str | None) -> str | None:
    if value is not None and not _EMAIL.match(value):
        raise ValueError("not an e-mail address (expected name@domain)")
    return value


def _check_phone(value: str | None) -> str | None:
    if value is not None and not _PHONE.match(value):
        raise ValueError("not a telephone number (digits, spaces and + ( ) - only, e.g. +996 312 000000)")
    return value


Email = Annotated[OptionalText, AfterValidator(_check_email)]
Phone = Annotated[OptionalText, AfterValidator(_check_phone)]


class Stage(StrEnum):
    INVESTIGATION = "investigation"
    PROSECUTION = "prosecution"
    TRIAL = "trial"
    POST_CONVICTION = "post_conviction"


class Channel(StrEnum):
    CENTRAL_AUTHORITY = "central_authority"
    DIRECT = "direct"
    DIPLOMATIC = "diplomatic"
    INTERPOL = "interpol"


class ContactPerson(StrictModel):
    name: Text = Field(description="Full name of the person the requested State can contact.")
    position: OptionalText = Field(default=None, description="Position or rank.")
    phone: Phone = None
    email: Email = None
    languages: list[LanguageCode] = Field(default_factory=list, max_length=10,
                                          description="Languages the contact person can work in.")


class Authority(StrictModel):
    name: Text = Field(description="Full official name of the authority.")
    address: OptionalText = Field(default=None, description="Full postal address.")
    function: OptionalText = Field(
        default=None,
        description="What the authority does in these proceedings (e.g. 'investigating authority').",
    )
    contact: ContactPerson | None = None
    time_zone: OptionalText = Field(default=None, description="e.g. 'UTC+6 (Asia/Bishkek)'.")
