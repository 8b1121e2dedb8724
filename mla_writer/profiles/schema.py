"""What a requirement profile and the instrument registry may contain.

Every fact carries where it comes from: a ``source`` (URL or treaty article), or the status
``unconfirmed``. A fact without either is refused, so nobody can add an authority, an
address or a treaty membership without saying how they know it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

from mla_writer.model.common import Channel, Stage

Lang = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")]
Code = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
InstrumentId = Annotated[str, StringConstraints(pattern=r"^[A-Z0-9_]{2,60}$")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FactStatus(StrEnum):
    CONFIRMED = "confirmed"
    PARTIAL = "partial"
    UNCONFIRMED = "unconfirmed"


class Sourced(_Strict):
    source: str | None = Field(default=None, description="URL, treaty article or document the fact comes from.")
    status: FactStatus = FactStatus.CONFIRMED
    note: str | None = None

    @model_validator(mode="after")
    def _needs_provenance(self) -> Sourced:
        if self.status is not FactStatus.UNCONFIRMED and not (self.source and self.source.strip()):
            raise ValueError("a fact needs a 'source' (URL or article) or 'status: unconfirmed'")
        return self

    @property
    def unconfirmed(self) -> bool:
        return self.status is FactStatus.UNCONFIRMED


class Localized(_Strict):
    """Text in several languages; English is required as the fallback."""

    model_config = ConfigDict(extra="allow", frozen=True)
    en: str

    @model_validator(mode="after")
    def _language_keys(self) -> Localized:
        for key, value in (self.model_extra or {}).items():
            if not (2 <= len(key) <= 3 and key.isalpha() and key.islower()):
                raise ValueError(f"{key!r} is not a language code (use ISO 639-1, e.g. 'ru')")
            if not isinstance(value, str):
                raise ValueError(f"{key}: expected text")
        return self

    def get(self, lang: str) -> str | None:
        if lang == "en":
            return self.en
        return (self.model_extra or {}).get(lang)

    def pick(self, lang: str) -> str:
        return self.get(lang) or self.en

    @property
    def languages(self) -> list[str]:
        return ["en", *(self.model_extra or {})]


class StateName(_Strict):
    formal: str
    short: str


class StateNames(Sourced):
    """Official names of the State in each language: ``en: {formal: ..., short: ...}``."""

    model_config = ConfigDict(extra="allow", frozen=True)

    @model_validator(mode="before")
    @classmethod
    def _parse_names(cls, data: object) -> object:
        if isinstance(data, dict):
            data = dict(data)
            for key, value in list(data.items()):
                if key not in ("source", "status", "note") and isinstance(value, dict):
                    data[key] = StateName.model_validate(value)
        return data

    @model_validator(mode="after")
    def _english_required(self) -> StateNames:
        if "en" not in (self.model_extra or {}):
            raise ValueError("the English name ('en') is required")
        return self

    def get(self, lang: str) -> StateName | None:
        return (self.model_extra or {}).get(lang)

    def pick(self, lang: str) -> StateName:
        return self.get(lang) or (self.model_extra or {})["en"]


class TextFact(Sourced):
    value: str
    translations: dict[Lang, str] = Field(default_factory=dict,
                                          description="The same fact written in other languages or scripts.")

    def pick(self, lang: str) -> str:
        return self.translations.get(lang, self.value)


class _Scoped(Sourced):
    instruments: list[InstrumentId] = Field(
        default_factory=list, description="Applies only to requests under these instruments; empty = any basis.")

    def applies_to(self, cited: Iterable[str]) -> bool:
        return not self.instruments or bool(set(self.instruments).intersection(cited))


class FlagFact(_Scoped):
    value: bool


class NumberFact(_Scoped):
    value: int


class CentralAuthority(Sourced):
    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9-]{2,40}$")]
    name: Localized
    stages: list[Stage] = Field(min_length=1, description="Stages of proceedings whose requests it receives.")
    address: TextFact | None = None
    phone: TextFact | None = None
    email: TextFact | None = None
    instruments: list[InstrumentId] = Field(default_factory=list,
                                            description="Only for requests under these instruments; empty = any.")


class AcceptedLanguage(Sourced):
    language: Lang
    instruments: list[InstrumentId] = Field(default_factory=list,
                                            description="Accepted under these instruments only; empty = any basis.")
    translation_only: bool = Field(default=False,
                                   description="Accepted as a translation attached to an original in another language.")
    condition: Localized | None = Field(default=None, description="A condition on accepting it, shown to the user.")


class ChannelRule(Sourced):
    channel: Channel
    instruments: list[InstrumentId] = Field(default_factory=list)
    urgent_only: bool = False


class Membership(Sourced):
    instrument: InstrumentId
    in_force: dt.date | None = Field(default=None, description="Date it entered into force for this State.")
    until: dt.date | None = Field(default=None, description="Date it stopped applying to this State.")
    not_before: dt.date | None = Field(
        default=None,
        description="When the date of entry into force is unknown: a date before which it cannot have applied "
        "(e.g. the date of the ratification law).",
    )
    suspended_with: list[Code] = Field(default_factory=list, description="States with which it is suspended.")
    suspended_from: dt.date | None = Field(default=None, description="Date the suspension took effect.")

    def suspended_for(self, other: str, day: dt.date) -> bool:
        return other in self.suspended_with and (self.suspended_from is None or day >= self.suspended_from)

    def applies_on(self, day: dt.date) -> bool:
        start = self.in_force or self.not_before
        if start is not None and day < start:
            return False
        return not (self.until is not None and day >= self.until)


class AttachmentRule(Sourced):
    description: Localized
    applies_to: list[str] = Field(default_factory=list, description="Assistance types; empty = every request.")


class Requirements(_Strict):
    dual_criminality_coercive: FlagFact | None = Field(
        default=None, description="Dual criminality is required for coercive measures (search, seizure, bank records)."
    )
    seal_required: FlagFact | None = None
    certified_translation: FlagFact | None = None
    legalisation_required: FlagFact | None = None
    summons_lead_time_days: NumberFact | None = None
    treaty_required: FlagFact | None = Field(default=None, description="Assistance only on a treaty basis (no reciprocity).")
    reciprocity_accepted: FlagFact | None = None
    attachments: list[AttachmentRule] = Field(default_factory=list)


class Link(Sourced):
    title: str
    url: str | None = None


class Note(Sourced):
    text: Localized
    instruments: list[InstrumentId] = Field(
        default_factory=list,
        description="Shown as a warning when a request cites one of these instruments with this State.",
    )


class CountryProfile(_Strict):
    iso2: Code
    names: StateNames
    official_languages: list[Lang] = Field(min_length=1)
    central_authorities: list[CentralAuthority] = Field(default_factory=list)
    accepted_languages: list[AcceptedLanguage] = Field(default_factory=list)
    channels: list[ChannelRule] = Field(default_factory=list)
    treaties: list[Membership] = Field(default_factory=list)
    requirements: Requirements = Field(default_factory=Requirements)
    guidelines: list[Link] = Field(default_factory=list)
    notes: list[Note] = Field(default_factory=list)
    updated: dt.date | None = Field(default=None, description="When the profile was last checked.")

    @field_validator("treaties")
    @classmethod
    def _one_entry_per_instrument(cls, value: list[Membership]) -> list[Membership]:
        ids = [m.instrument for m in value]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"listed more than once: {', '.join(duplicates)}")
        return value

    def membership(self, instrument_id: str) -> Membership | None:
        return next((m for m in self.treaties if m.instrument == instrument_id), None)

    def authority_for(self, stage: Stage, instrument_ids: Iterable[str] = ()) -> CentralAuthority | None:
        """The authority for a stage: one designated for a cited instrument first, else a general one."""
        cited = set(instrument_ids)
        candidates = [a for a in self.central_authorities if stage in a.stages]
        specific = [a for a in candidates if a.instruments and cited.intersection(a.instruments)]
        general = [a for a in candidates if not a.instruments]
        return (specific or general or [None])[0]


class DocumentKind(StrEnum):
    MLA_REQUEST = "mla_request"
    CIS_COMMISSION = "cis_commission"
    LETTER_OF_REQUEST = "letter_of_request"
    LEGAL_ASSISTANCE_REQUEST = "legal_assistance_request"


class Family(StrEnum):
    UN = "un"
    CIS = "cis"
    COE = "coe"
    BILATERAL = "bilateral"
    NONE = "none"


class Instrument(Sourced):
    id: InstrumentId
    family: Family
    title: Localized
    short_title: Localized
    title_genitive: dict[Lang, str] = Field(
        default_factory=dict, description="The title as it reads after 'on the basis of' in inflected languages (ru: 'Конвенции ...').")
    signed: dt.date | None = None
    in_force: dt.date | None = Field(default=None, description="General entry into force.")
    supplements: InstrumentId | None = Field(default=None, description="The convention a protocol supplements.")
    displaces: list[InstrumentId] = Field(default_factory=list,
                                          description="Instruments it replaces between two States that are both party.")
    preference: int = Field(description="Lower is preferred when several instruments apply.")
    mla_articles: Localized | None = Field(default=None, description="The articles a request cites, e.g. 'article 18'.")
    content_rule: Localized | None = Field(default=None, description="Where the required contents of a request are set.")
    language_rule: Localized | None = None
    channel_rule: Localized | None = None
    document_kind: DocumentKind = DocumentKind.MLA_REQUEST
    seal_required: bool = False
    parents_names: bool = Field(default=False, description="Asks for the names of the parents of persons.")
    strict_personal_data: bool = Field(default=False,
                                       description="Full personal data, case number and confidentiality are mandatory.")
    fixed_languages: list[Lang] = Field(default_factory=list,
                                        description="Languages every party accepts under this instrument.")
    parties: list[Code] = Field(default_factory=list, description="Bilateral treaties only: the two States.")
    until: dt.date | None = None

    @model_validator(mode="after")
    def _bilateral_has_parties(self) -> Instrument:
        if self.family is Family.BILATERAL and len(self.parties) != 2:
            raise ValueError("a bilateral treaty needs exactly two 'parties'")
        return self


class InstrumentRegistry(_Strict):
    instruments: list[Instrument]

    @field_validator("instruments")
    @classmethod
    def _unique_ids(cls, value: list[Instrument]) -> list[Instrument]:
        ids = [i.id for i in value]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"instrument ids listed more than once: {', '.join(duplicates)}")
        return value

    def get(self, instrument_id: str) -> Instrument | None:
        return next((i for i in self.instruments if i.id == instrument_id), None)
