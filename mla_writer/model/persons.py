"""Persons concerned by the request: natural and legal persons."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field

from mla_writer.model.common import (
    LIST_MAX,
    CountryCode,
    LanguageCode,
    OptionalText,
    PersonId,
    StrictModel,
    Text,
)


class Role(StrEnum):
    SUSPECT = "suspect"
    ACCUSED = "accused"
    CONVICTED = "convicted"
    VICTIM = "victim"
    WITNESS = "witness"
    EXPERT = "expert"
    OTHER = "other"


class Sex(StrEnum):
    MALE = "male"
    FEMALE = "female"


class IdDocument(StrictModel):
    kind: Text = Field(description="e.g. 'passport', 'national identity card'.")
    number: Text
    issued_by: OptionalText = None
    issued_on: dt.date | None = None
    valid_until: dt.date | None = None


class Representative(StrictModel):
    name: Text
    capacity: OptionalText = Field(default=None, description="e.g. 'defence counsel', 'legal guardian'.")
    address: OptionalText = None


class _PersonBase(StrictModel):
    id: PersonId
    role: Role
    representatives: list[Representative] = Field(default_factory=list, max_length=20)
    notes: OptionalText = Field(default=None, description="Anything else that helps to find or identify the person.")


class NaturalPerson(_PersonBase):
    kind: Literal["natural"]
    surname: Text
    given_names: Text
    patronymic: OptionalText = Field(default=None, description="Required under the Chisinau Convention, art. 7(1)(d).")
    name_latin: OptionalText = Field(default=None, description="The full name in Latin script, as in the passport.")
    other_names: list[Text] = Field(default_factory=list, max_length=20, description="Aliases, former names.")
    sex: Sex | None = None
    date_of_birth: dt.date | None = None
    place_of_birth: OptionalText = None
    father_name: OptionalText = Field(default=None, description="Asked for under the Minsk Convention, art. 7.")
    mother_name: OptionalText = Field(default=None, description="Asked for under the Minsk Convention, art. 7.")
    nationality: list[CountryCode] = Field(default_factory=list, max_length=5)
    id_documents: list[IdDocument] = Field(default_factory=list, max_length=20)
    addresses: list[Text] = Field(default_factory=list, max_length=20)
    whereabouts: OptionalText = Field(default=None, description="Where the person is believed to be now.")
    occupation: OptionalText = None
    languages: list[LanguageCode] = Field(default_factory=list, max_length=10,
                                          description="Languages the person speaks (for interpreters).")

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.surname, self.given_names, self.patronymic) if part)


class LegalPerson(_PersonBase):
    kind: Literal["legal"]
    name: Text
    legal_form: OptionalText = None
    seat: OptionalText = Field(default=None, description="Registered (legal) address.")
    registration_number: OptionalText = None
    fiscal_code: OptionalText = Field(default=None, description="Tax or fiscal identification number.")
    bank_details: OptionalText = Field(default=None, description="Required under the Chisinau Convention, art. 7(1)(d).")
    country: CountryCode | None = Field(default=None, description="State of registration.")

    @property
    def full_name(self) -> str:
        return f"{self.name} ({self.legal_form})" if self.legal_form else self.name


Person = Annotated[NaturalPerson | LegalPerson, Field(discriminator="kind")]

PERSONS_MAX = LIST_MAX
