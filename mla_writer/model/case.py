"""The case file: everything one request needs, in one model."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, Field, model_validator

from mla_writer.model.assistance import ASSISTANCE_MAX, AssistanceItem
from mla_writer.model.common import (
    LIST_MAX,
    Authority,
    Channel,
    ContactPerson,
    CountryCode,
    LanguageCode,
    LongText,
    OptionalLongText,
    OptionalText,
    Stage,
    StrictModel,
    Text,
)
from mla_writer.model.persons import PERSONS_MAX, Person

SCHEMA_VERSION = 1


class RequestingParty(StrictModel):
    state: CountryCode
    authority: Authority


class RequestedParty(StrictModel):
    state: CountryCode
    authority: OptionalText = Field(
        default=None,
        description="The authority the request is addressed to; defaults to the central authority in the profile.",
    )
    address: OptionalText = None


class Proceedings(StrictModel):
    case_number: OptionalText = None
    case_name: OptionalText = Field(default=None, description="Name or title of the case.")
    stage: Stage
    subject: OptionalLongText = Field(default=None, description="Short description of the subject and nature of the proceedings.")
    opened_on: dt.date | None = None
    other_proceedings: list[Text] = Field(
        default_factory=list,
        max_length=20,
        description="Other proceedings in which the evidence will be used (UNTOC art. 18(19)).",
    )


class TraffickingElements(StrictModel):
    """The three elements of trafficking in persons (TIP Protocol art. 3)."""

    act: OptionalText = Field(default=None, description="Recruitment, transportation, transfer, harbouring or receipt.")
    means: OptionalText = Field(default=None, description="Threat, force, deception, abuse of vulnerability, ...")
    purpose: OptionalText = Field(default=None, description="The form of exploitation.")
    child_victim: bool = Field(default=False, description="A victim under 18: no means need be shown.")


class SmugglingElements(StrictModel):
    """Smuggling of migrants (SOM Protocol art. 3(a), 6)."""

    conduct: OptionalText = Field(default=None, description="How illegal entry was procured.")
    benefit: OptionalText = Field(default=None, description="The financial or other material benefit obtained.")


class Offence(StrictModel):
    name: Text = Field(description="Name of the offence, e.g. 'Trafficking in persons'.")
    provision: OptionalText = Field(default=None, description="Article, part and code, e.g. 'Article 171(2) of the Criminal Code'.")
    provision_text: OptionalLongText = Field(default=None, description="The text of the provision.")
    max_penalty: OptionalText = Field(default=None, description="The maximum penalty, in words.")
    max_penalty_years: Decimal | None = Field(default=None, ge=0, le=100,
                                              description="Maximum term of imprisonment in years (for UNTOC art. 2(b)).")
    convention_offence: bool = Field(
        default=False,
        description="An offence established under UNTOC arts. 5, 6, 8 or 23 (participation in an organized criminal "
        "group, money-laundering, corruption, obstruction of justice): covered whatever its penalty.",
    )
    committed_from: dt.date | None = None
    committed_to: dt.date | None = None
    places: list[Text] = Field(default_factory=list, max_length=50)
    damage: OptionalText = Field(default=None, description="The damage caused, if any.")
    trafficking: TraffickingElements | None = None
    smuggling: SmugglingElements | None = None


class Facts(StrictModel):
    summary: OptionalLongText = Field(default=None, description="Summary of the relevant facts (UNTOC art. 18(15)(c)).")
    link_to_requested_state: OptionalLongText = Field(
        default=None, description="Why evidence, persons or proceeds are in the requested State."
    )
    transnational_element: OptionalLongText = Field(default=None, description="UNTOC art. 3(2): why the offence is transnational.")
    organized_group: OptionalLongText = Field(default=None, description="UNTOC art. 2(a): the organized criminal group involved.")


class LegalBasisRef(StrictModel):
    instrument: Text = Field(description="An instrument id from the registry (e.g. UNTOC, MINSK_1993), BILATERAL or RECIPROCITY.")
    articles: OptionalText = Field(default=None, description="Articles relied on, e.g. 'Article 18'.")
    title: OptionalText = Field(default=None, description="For a BILATERAL treaty not in the registry: its title.")
    signed_on: dt.date | None = Field(default=None, description="For a BILATERAL treaty not in the registry: date signed.")

    @model_validator(mode="after")
    def _bilateral_needs_title(self) -> LegalBasisRef:
        if self.instrument.upper() == "BILATERAL" and not (self.title and self.signed_on):
            raise ValueError("a BILATERAL treaty needs its 'title' and 'signed_on' date")
        return self


class Urgency(StrictModel):
    urgent: bool = False
    reason: OptionalText = Field(default=None, description="Why it is urgent: custody, trial date, risk of loss.")
    deadline: dt.date | None = None
    deadline_reason: OptionalText = None


class Confidentiality(StrictModel):
    required: bool | None = Field(default=None, description="Must the request and its content be kept confidential?")
    reason: OptionalText = None
    scope: OptionalText = Field(default=None, description="What must not be disclosed, and to whom.")


class Assurances(StrictModel):
    speciality: bool = Field(default=True, description="Evidence used only in the proceedings named (UNTOC art. 18(19)).")
    reciprocity: bool = Field(default=False, description="An assurance of reciprocity (needed where no treaty applies).")
    return_of_originals: bool = Field(default=False, description="Originals will be returned when no longer needed.")
    other: list[Text] = Field(default_factory=list, max_length=20)


class RelatedRequest(StrictModel):
    kind: Literal["mla", "preservation", "police", "other"] = "mla"
    date: dt.date | None = None
    reference: Text = Field(description="Its reference or ticket number.")
    authority: OptionalText = Field(default=None, description="The authority it was sent to.")
    channel: OptionalText = None


class Signatory(StrictModel):
    name: Text
    position: Text
    place: OptionalText = Field(default=None, description="Where the request is signed, e.g. 'Bishkek'.")
    date: dt.date | None = Field(default=None, description="Date of the request; today's date if empty.")


class Annex(StrictModel):
    title: Text
    pages: int | None = Field(default=None, ge=1, le=100_000)


class Case(StrictModel):
    """One request for mutual legal assistance in a criminal matter."""

    schema_version: Literal[1] = Field(description="Version of this file format; currently 1.")
    requesting: RequestingParty
    conducting_authority: Authority | None = Field(
        default=None, description="The authority conducting the proceedings, if not the requesting authority."
    )
    requested: RequestedParty
    proceedings: Proceedings
    offences: list[Offence] = Field(default_factory=list, max_length=50)
    facts: Facts = Field(default_factory=Facts)
    persons: list[Person] = Field(default_factory=list, max_length=PERSONS_MAX)
    assistance: list[AssistanceItem] = Field(default_factory=list, max_length=ASSISTANCE_MAX)
    legal_basis: list[LegalBasisRef] = Field(default_factory=list, max_length=10)
    channel: Channel | None = Field(default=None, description="How the request will be sent; defaults from the profile.")
    urgency: Urgency = Field(default_factory=Urgency)
    confidentiality: Confidentiality = Field(default_factory=Confidentiality)
    assurances: Assurances = Field(default_factory=Assurances)
    related_requests: list[RelatedRequest] = Field(default_factory=list, max_length=LIST_MAX)
    consultation_contact: ContactPerson | None = Field(
        default=None, description="Who to consult on execution, if not the requesting authority's contact."
    )
    language: LanguageCode = Field(description="The language the request is written in.")
    signatory: Signatory
    annexes: list[Annex] = Field(default_factory=list, max_length=LIST_MAX)
    translations: dict[LanguageCode, dict[str, LongText]] = Field(
        default_factory=dict,
        description="Translations of free-text fields: language -> field path (e.g. 'facts.summary') -> text.",
    )

    @model_validator(mode="after")
    def _references_resolve(self) -> Case:
        seen: set[str] = set()
        for index, person in enumerate(self.persons):
            if person.id in seen:
                raise ValueError(f"persons[{index}].id: the id {person.id!r} is used twice; give each person its own id")
            seen.add(person.id)
        for index, item in enumerate(self.assistance):
            for field, ref in _person_refs(item):
                if ref is not None and ref not in seen:
                    raise ValueError(
                        f"assistance[{index}].{field}: no person with id {ref!r}; add them to 'persons' or fix the id"
                    )
        return self

    def person(self, person_id: str) -> Person | None:
        return next((p for p in self.persons if p.id == person_id), None)


_PERSON_FIELDS = frozenset({"person", "addressee", "holder_person"})
_PERSON_LIST_FIELDS = frozenset({"persons", "suspects"})


def _person_refs(item: object, prefix: str = "") -> list[tuple[str, str | None]]:
    """Every reference to a person in an assistance item, with its path: ``person``,
    ``accounts[0].holder_person``, ``suspects[1]``, ``property[2].holder_person``..."""
    refs: list[tuple[str, str | None]] = []
    if not isinstance(item, BaseModel):
        return refs
    for field in type(item).model_fields:
        value = getattr(item, field)
        path = f"{prefix}{field}"
        if field in _PERSON_FIELDS and (value is None or isinstance(value, str)):
            refs.append((path, value))
        elif field in _PERSON_LIST_FIELDS and isinstance(value, list):
            refs.extend((f"{path}[{i}]", ref) for i, ref in enumerate(value) if isinstance(ref, str))
        elif isinstance(value, list):
            for i, element in enumerate(value):
                refs.extend(_person_refs(element, f"{path}[{i}]."))
        elif isinstance(value, BaseModel):
            refs.extend(_person_refs(value, f"{path}."))
    return refs
