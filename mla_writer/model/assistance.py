"""The forms of assistance a request can ask for.

Each form is its own model, told apart by ``type``; adding a form means adding a model
here and to ``AssistanceItem``, its rules and its wording.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field

from mla_writer.model.common import LIST_MAX, LanguageCode, OptionalText, PersonId, StrictModel, Text


class ProcedureKind(StrEnum):
    OATH = "oath"
    CAUTION = "caution"
    PRESENCE_OF_OFFICIALS = "presence_of_officials"
    PRESENCE_OF_DEFENCE = "presence_of_defence"
    RECORDING = "recording"
    CERTIFICATION = "certification"
    OTHER = "other"


class SpecialProcedure(StrictModel):
    kind: ProcedureKind
    description: Text = Field(description="What exactly should be done.")
    reason: OptionalText = Field(default=None, description="Why the requesting State's law needs it (UNTOC art. 18(17)).")


class Attendee(StrictModel):
    name: Text
    function: Text = Field(description="Position and authority, e.g. 'Investigator, Ministry of Internal Affairs'.")


class _AssistanceBase(StrictModel):
    purpose: OptionalText = Field(default=None, description="What the evidence or action is needed for (UNTOC art. 18(15)(f)).")
    relevance: OptionalText = Field(
        default=None,
        description="How it is linked to the offence and why it is in the requested State.",
    )
    special_procedures: list[SpecialProcedure] = Field(default_factory=list, max_length=20)
    attendees: list[Attendee] = Field(default_factory=list, max_length=20,
                                      description="Officials or counsel who ask to be present.")
    notify_time_and_place: bool = Field(default=False, description="Ask to be told when and where it will be done.")


class Capacity(StrEnum):
    WITNESS = "witness"
    VICTIM = "victim"
    SUSPECT = "suspect"
    ACCUSED = "accused"
    EXPERT = "expert"


class StatementRequest(_AssistanceBase):
    """Taking evidence or a statement from a person (UNTOC art. 18(3)(a))."""

    type: Literal["statement"]
    person: PersonId = Field(description="The id of the person in 'persons'.")
    capacity: Capacity = Field(description="In what procedural capacity the person is to be heard.")
    questions: list[Text] = Field(default_factory=list, max_length=200)
    questions_annex: OptionalText = Field(default=None, description="Title of an annex holding the questions.")
    sworn: bool | None = Field(default=None, description="Whether sworn evidence is required (CoE 1959 art. 3(2)).")
    caution: OptionalText = Field(default=None, description="Rights and warnings to be read to the person.")
    location: OptionalText = Field(default=None, description="Where the person can be found, if not their address.")


class DocumentForm(StrEnum):
    CERTIFIED_COPIES = "certified_copies"
    ORIGINALS = "originals"


class DocumentsRequest(_AssistanceBase):
    """Originals or certified copies of documents and records (UNTOC art. 18(3)(f))."""

    type: Literal["documents"]
    documents: list[Text] = Field(min_length=1, max_length=100, description="Each document or record sought.")
    holder: OptionalText = Field(default=None, description="Who holds them, with address.")
    period_from: dt.date | None = None
    period_to: dt.date | None = None
    form: DocumentForm = DocumentForm.CERTIFIED_COPIES
    certification: OptionalText = Field(default=None, description="How they should be certified.")


class BankDocument(StrEnum):
    ACCOUNT_OPENING = "account_opening"
    SIGNATURE_CARDS = "signature_cards"
    STATEMENTS = "statements"
    TRANSACTION_RECORDS = "transaction_records"
    CARDS = "cards"
    ONLINE_BANKING_LOGS = "online_banking_logs"
    CORRESPONDENCE = "correspondence"
    SAFE_DEPOSIT = "safe_deposit"


class BankAccount(StrictModel):
    bank: OptionalText = Field(default=None, description="Name of the bank.")
    bank_address: OptionalText = None
    account_number: OptionalText = Field(default=None, description="Account number or IBAN.")
    holder: OptionalText = Field(default=None, description="Name of the account holder.")
    holder_person: PersonId | None = Field(default=None, description="The holder's id in 'persons', if listed there.")
    grounds: OptionalText = Field(
        default=None,
        description="If the bank or number is unknown: why the account is believed to be held in the requested State.",
    )
    relevance: OptionalText = Field(default=None, description="Why this account matters to the offence.")


class BankRecordsRequest(_AssistanceBase):
    """Bank and financial records (UNTOC art. 18(3)(f), 18(8))."""

    type: Literal["bank_records"]
    accounts: list[BankAccount] = Field(min_length=1, max_length=100)
    period_from: dt.date | None = None
    period_to: dt.date | None = None
    documents: list[BankDocument] = Field(default_factory=list, max_length=20)
    other_documents: list[Text] = Field(default_factory=list, max_length=20)


class SearchTarget(StrEnum):
    PREMISES = "premises"
    PERSON = "person"
    VEHICLE = "vehicle"
    OTHER = "other"


class Handover(StrEnum):
    TRANSFER = "transfer"
    RETAIN = "retain"


class SearchSeizureRequest(_AssistanceBase):
    """Search and seizure (UNTOC art. 18(3)(c))."""

    type: Literal["search_seizure"]
    target: SearchTarget
    place: OptionalText = Field(default=None, description="Exact address and description of the place or vehicle.")
    person: PersonId | None = Field(default=None, description="The person to be searched, or who controls the place.")
    items: list[Text] = Field(default_factory=list, max_length=100, description="What is to be seized.")
    grounds: OptionalText = Field(default=None, description="Why the items are believed to be there.")
    handover: Handover | None = Field(default=None, description="Transfer the items, or keep them pending a decision.")
    domestic_order: OptionalText = Field(default=None, description="Title of the annexed domestic order, if any.")


class ServiceManner(StrEnum):
    SIMPLE = "simple"
    FORMAL = "formal"


class DocumentToServe(StrictModel):
    title: Text
    date: dt.date | None = None
    language: LanguageCode | None = None


class ServiceRequest(_AssistanceBase):
    """Service of judicial documents (UNTOC art. 18(3)(b))."""

    type: Literal["service"]
    addressee: PersonId
    address: OptionalText = Field(default=None, description="Exact address for service; defaults to the person's first address.")
    documents: list[DocumentToServe] = Field(min_length=1, max_length=50)
    manner: ServiceManner = ServiceManner.SIMPLE
    proof_of_service: bool = True
    appearance_date: dt.date | None = Field(default=None, description="If a summons: the date of appearance.")
    allowances: OptionalText = Field(default=None, description="Allowances and costs, if personal appearance is sought.")


AssistanceItem = Annotated[
    StatementRequest | DocumentsRequest | BankRecordsRequest | SearchSeizureRequest | ServiceRequest,
    Field(discriminator="type"),
]

ASSISTANCE_MAX = LIST_MAX
COERCIVE_TYPES = frozenset({"search_seizure", "bank_records"})
