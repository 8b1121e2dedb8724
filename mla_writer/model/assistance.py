"""The forms of assistance a request can ask for.

Each form is its own model, told apart by ``type``; adding a form means adding a model
here and to ``AssistanceItem``, its rules and its wording.

The wizard asks about each field using its description, so descriptions are written as the
short question or explanation a prosecutor needs, with the legal source where one applies.
Fields whose absence a rule reports are optional here, so a partial case can be saved.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field

from mla_writer.model.common import (
    LIST_MAX,
    ContactPerson,
    CountryCode,
    LanguageCode,
    OptionalText,
    PersonId,
    StrictModel,
    Text,
)


class ProcedureKind(StrEnum):
    OATH = "oath"
    CAUTION = "caution"
    PRESENCE_OF_OFFICIALS = "presence_of_officials"
    PRESENCE_OF_DEFENCE = "presence_of_defence"
    RECORDING = "recording"
    CERTIFICATION = "certification"
    OTHER = "other"


class SpecialProcedure(StrictModel):
    kind: ProcedureKind = Field(description="What kind of procedure: oath, caution, presence, recording, certification...")
    description: Text = Field(description="What exactly should be done.")
    reason: OptionalText = Field(default=None, description="Why the requesting State's law needs it (UNTOC art. 18(17)).")


class Attendee(StrictModel):
    name: Text = Field(description="Full name of the official or counsel who asks to be present.")
    function: Text = Field(description="Position and authority, e.g. 'Investigator, Ministry of Internal Affairs'.")


class _AssistanceBase(StrictModel):
    purpose: OptionalText = Field(default=None, description="What the evidence or action is needed for (UNTOC art. 18(15)(f)).")
    relevance: OptionalText = Field(
        default=None,
        description="How it is linked to the offence and why it is in the requested State.",
    )
    special_procedures: list[SpecialProcedure] = Field(
        default_factory=list, max_length=20,
        description="Particular procedures your law needs (oath, recording, certification...), each with its reason.")
    attendees: list[Attendee] = Field(default_factory=list, max_length=20,
                                      description="Officials or counsel who ask to be present.")
    notify_time_and_place: bool = Field(default=False, description="Ask to be told when and where it will be done.")


class Capacity(StrEnum):
    WITNESS = "witness"
    VICTIM = "victim"
    SUSPECT = "suspect"
    ACCUSED = "accused"
    EXPERT = "expert"


# --- the five forms of the core -------------------------------------------------------------


class StatementRequest(_AssistanceBase):
    """Taking evidence or a statement from a person (UNTOC art. 18(3)(a))."""

    type: Literal["statement"]
    person: PersonId = Field(description="The id of the person in 'persons'.")
    capacity: Capacity = Field(description="In what procedural capacity the person is to be heard.")
    questions: list[Text] = Field(default_factory=list, max_length=200,
                                  description="The questions to be put to the person, one by one.")
    questions_annex: OptionalText = Field(default=None, description="Title of an annex holding the questions.")
    sworn: bool | None = Field(default=None, description="Whether sworn evidence is required (CoE 1959 art. 3(2)).")
    caution: OptionalText = Field(default=None, description="Rights and warnings to be read to the person.")
    location: OptionalText = Field(default=None, description="Where the person can be found, if not their address.")


class DocumentForm(StrEnum):
    CERTIFIED_COPIES = "certified_copies"
    ORIGINALS = "originals"


class RecordCategory(StrEnum):
    GOVERNMENT = "government"
    CORPORATE = "corporate"
    BUSINESS = "business"
    OTHER = "other"


class DocumentsRequest(_AssistanceBase):
    """Originals or certified copies of documents and records, including government, corporate and business
    records (UNTOC art. 18(3)(f), 18(29))."""

    type: Literal["documents"]
    documents: list[Text] = Field(min_length=1, max_length=100, description="Each document or record sought.")
    category: RecordCategory | None = Field(
        default=None,
        description="What kind of records: government (a public authority's), corporate (a company's register "
        "file), business (kept in the course of business) or other.")
    publicly_available: bool | None = Field(
        default=None,
        description="For government records: are they open to the public? Public records must be provided; others "
        "may be (UNTOC art. 18(29)).")
    holder: OptionalText = Field(default=None, description="Who holds them, with address.")
    period_from: dt.date | None = Field(default=None, description="First day of the period the records should cover.")
    period_to: dt.date | None = Field(default=None, description="Last day of the period the records should cover.")
    form: DocumentForm = Field(default=DocumentForm.CERTIFIED_COPIES,
                               description="Certified copies (the rule) or originals (CoE 1959 art. 3(3)).")
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
    bank_address: OptionalText = Field(default=None, description="Address of the bank or branch.")
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
    accounts: list[BankAccount] = Field(min_length=1, max_length=100, description="Each account whose records are sought.")
    period_from: dt.date | None = Field(default=None, description="First day of the period the records should cover.")
    period_to: dt.date | None = Field(default=None, description="Last day of the period the records should cover.")
    documents: list[BankDocument] = Field(default_factory=list, max_length=20,
                                          description="Which records: statements, account opening file, signature cards...")
    other_documents: list[Text] = Field(default_factory=list, max_length=20, description="Any other records, described precisely.")


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
    target: SearchTarget = Field(description="What is to be searched: premises, a person, a vehicle or something else.")
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
    title: Text = Field(description="Title of the document to be served, e.g. 'Summons to appear as a witness'.")
    date: dt.date | None = Field(default=None, description="Date of the document.")
    language: LanguageCode | None = Field(default=None, description="Language the document is written in.")
    translated_into: LanguageCode | None = Field(
        default=None, description="If a translation is attached: its language (CoE 2nd Add. Protocol art. 15(2)).")
    summary_in: LanguageCode | None = Field(
        default=None,
        description="If a short summary of the document is attached: its language; it should be the requested State's "
        "(CoE 2nd Add. Protocol art. 15(3)).")


class ServiceRequest(_AssistanceBase):
    """Service of judicial documents (UNTOC art. 18(3)(b))."""

    type: Literal["service"]
    addressee: PersonId = Field(description="The id in 'persons' of the person on whom the documents are to be served.")
    address: OptionalText = Field(default=None, description="Exact address for service; defaults to the person's first address.")
    documents: list[DocumentToServe] = Field(min_length=1, max_length=50, description="Each document to be served.")
    manner: ServiceManner = Field(default=ServiceManner.SIMPLE,
                                  description="Simple delivery, or the formal service of the requested State's law (CoE 1959 art. 7(1)).")
    proof_of_service: bool = Field(default=True, description="Ask for proof of service (a dated receipt or a statement).")
    appearance_date: dt.date | None = Field(default=None, description="If a summons: the date of appearance.")
    allowances: OptionalText = Field(default=None, description="Allowances and costs, if personal appearance is sought.")


# --- examining, informing, records ---------------------------------------------------------


class ExaminationRecord(StrEnum):
    REPORT = "report"
    PHOTOGRAPHS = "photographs"
    VIDEO = "video"
    PLAN = "plan"
    SAMPLES = "samples"


class ExaminationRequest(_AssistanceBase):
    """Examining objects and sites (UNTOC art. 18(3)(d); UNCAC art. 46(3)(d))."""

    type: Literal["examination"]
    objects: list[Text] = Field(default_factory=list, max_length=50,
                                description="Each object or site to be examined, described precisely.")
    location: OptionalText = Field(default=None, description="Where the objects or the site are: exact address or place.")
    to_establish: list[Text] = Field(
        default_factory=list, max_length=50,
        description="What the examination should establish, e.g. 'whether the door can be locked from outside'.")
    records: list[ExaminationRecord] = Field(
        default_factory=list, max_length=5,
        description="How the results should be recorded: written report, photographs, video, plan, samples.")


class InformationKind(StrEnum):
    INFORMATION = "information"
    EVIDENTIARY_ITEMS = "evidentiary_items"
    EXPERT_EVALUATION = "expert_evaluation"


class InformationRequest(_AssistanceBase):
    """Providing information, evidentiary items and expert evaluations (UNTOC art. 18(3)(e); UNCAC art. 46(3)(e))."""

    type: Literal["information"]
    kind: InformationKind = Field(description="Information, evidentiary items (things) or an expert evaluation.")
    information_sought: OptionalText = Field(
        default=None, description="Exactly what is sought: which information, which items, or which expert evaluation.")
    source: OptionalText = Field(default=None, description="Which authority, register, laboratory or person holds it, if known.")
    questions: list[Text] = Field(default_factory=list, max_length=100,
                                  description="For an expert evaluation: the questions the expert should answer.")
    period_from: dt.date | None = Field(default=None, description="First day of the period the information should cover, if any.")
    period_to: dt.date | None = Field(default=None, description="Last day of the period the information should cover, if any.")


class AccountMonitoringRequest(_AssistanceBase):
    """Monitoring of banking operations on specified accounts (UNTOC art. 18(3)(i); EIO art. 28; UNCAC art. 46(3))."""

    type: Literal["account_monitoring"]
    accounts: list[BankAccount] = Field(default_factory=list, max_length=50, description="Each account to be monitored.")
    period_from: dt.date | None = Field(default=None, description="From when the operations should be monitored.")
    period_to: dt.date | None = Field(default=None, description="Until when the operations should be monitored.")
    operations: OptionalText = Field(
        default=None,
        description="Which operations to report, e.g. 'every credit above USD 1,000 and every transfer abroad'.")
    reporting: OptionalText = Field(
        default=None, description="How often and how the bank's reports should reach you, e.g. 'weekly, by secure e-mail'.")


# --- proceeds and property -----------------------------------------------------------------


class AssetKind(StrEnum):
    BANK_ACCOUNT = "bank_account"
    REAL_ESTATE = "real_estate"
    VEHICLE = "vehicle"
    COMPANY_SHARES = "company_shares"
    CASH = "cash"
    VIRTUAL_ASSETS = "virtual_assets"
    OTHER = "other"


class Asset(StrictModel):
    """Property that is, or is believed to be, proceeds or an instrumentality of the offence (UNTOC arts. 2(d), 12, 13)."""

    kind: AssetKind = Field(default=AssetKind.OTHER,
                            description="What kind of property: bank account, real estate, vehicle, shares, cash, virtual assets...")
    description: Text = Field(
        description="What the property is, precisely, e.g. 'apartment No. 7, title deed No. ...' or the bank and account number.")
    location: OptionalText = Field(default=None, description="Where it is: address, register, bank (UNCAC art. 55(3)(a)).")
    estimated_value: OptionalText = Field(default=None, description="Its estimated value, with the currency (UNCAC art. 55(3)(a)).")
    holder: OptionalText = Field(default=None, description="Who owns or holds it, if not a person listed in 'persons'.")
    holder_person: PersonId | None = Field(default=None, description="The owner's or holder's id in 'persons', if listed there.")
    grounds: OptionalText = Field(
        default=None, description="Why it is proceeds or an instrumentality of the offence (UNTOC art. 13(3)).")


class AssetTracingRequest(_AssistanceBase):
    """Identifying or tracing proceeds of crime, property and instrumentalities (UNTOC arts. 13(2), 18(3)(g);
    UNCAC arts. 46(3)(j), 55(2))."""

    type: Literal["asset_tracing"]
    persons: list[PersonId] = Field(default_factory=list, max_length=50,
                                    description="Whose property is to be traced: the ids in 'persons'.")
    property: list[Asset] = Field(default_factory=list, max_length=100, description="Property already known, if any.")
    actions: OptionalText = Field(
        default=None,
        description="What the requested authorities should do, e.g. 'search the land, vehicle and company registers "
        "for property of the persons named' (UNTOC art. 13(3)(c)).")


class FreezingMeasure(StrEnum):
    FREEZING = "freezing"
    SEIZURE = "seizure"


class FreezingRequest(_AssistanceBase):
    """Freezing or seizure of property for eventual confiscation (UNTOC arts. 13(2), 18(3)(c); UNCAC arts. 54(2), 55(2))."""

    type: Literal["freezing"]
    measure: FreezingMeasure = Field(
        default=FreezingMeasure.FREEZING,
        description="Freeze it (no transfer or disposal) or seize it (taken into custody).")
    property: list[Asset] = Field(default_factory=list, max_length=100, description="Each item of property to be frozen or seized.")
    domestic_order: OptionalText = Field(
        default=None,
        description="Title of the annexed freezing or seizure order of your court or authority, if there is one "
        "(UNCAC art. 55(3)(c)).")
    return_sought: bool | None = Field(
        default=None,
        description="Do you ask that the property be returned to victims or legitimate owners? (UNTOC art. 14(2); UNCAC art. 57)")
    return_to: OptionalText = Field(default=None, description="To whom it should be returned: the victims or owners concerned.")


class ConfiscationRoute(StrEnum):
    ENFORCEMENT = "enforcement"
    NEW_ORDER = "new_order"


class ConfiscationRequest(_AssistanceBase):
    """Confiscation: enforcing a confiscation order of the requesting State, or obtaining one in the requested State
    (UNTOC art. 13(1), 13(3)(a)-(b); UNCAC art. 55(1), 55(3)(a)-(b))."""

    type: Literal["confiscation"]
    route: ConfiscationRoute = Field(
        description="Enforce the confiscation order of your court (UNTOC art. 13(1)(b)), or ask the requested State "
        "to obtain an order of its own (art. 13(1)(a)).")
    property: list[Asset] = Field(default_factory=list, max_length=100, description="Each item of property to be confiscated.")
    domestic_order: OptionalText = Field(
        default=None, description="Title of the annexed legally admissible (certified) copy of the confiscation order.")
    order_final: bool | None = Field(
        default=None, description="Is the order final, with no appeal possible or pending? (UNCAC art. 55(3)(b))")
    extent: OptionalText = Field(
        default=None,
        description="To what extent execution is requested: which of the property, or up to what amount (UNTOC art. 13(3)(b)).")
    third_parties: OptionalText = Field(
        default=None,
        description="How bona fide third parties were notified and their rights protected (UNTOC art. 13(8); "
        "UNCAC art. 55(3)(b)).")
    return_sought: bool | None = Field(
        default=None,
        description="Do you ask that the property be returned to victims or legitimate owners? (UNTOC art. 14(2); UNCAC art. 57)")
    return_to: OptionalText = Field(default=None, description="To whom it should be returned: the victims or owners concerned.")


# --- persons: appearance, transfer, hearing at a distance ----------------------------------


class VoluntaryAppearanceRequest(_AssistanceBase):
    """Facilitating the voluntary appearance of a person in the requesting State (UNTOC art. 18(3)(h), 18(27);
    CoE 1959 arts. 10, 12)."""

    type: Literal["voluntary_appearance"]
    person: PersonId | None = Field(default=None, description="The id in 'persons' of the person invited to appear.")
    capacity: Capacity | None = Field(default=None, description="In what capacity: witness, victim, expert...")
    appearance_date: dt.date | None = Field(default=None, description="When the person should appear.")
    place: OptionalText = Field(default=None, description="Before which authority and at what address the person should appear.")
    allowances: OptionalText = Field(
        default=None,
        description="Travel, accommodation and allowances your State will pay, and whether an advance is offered "
        "(CoE 1959 arts. 9, 10).")
    safe_conduct: bool | None = Field(
        default=None,
        description="Do you assure that the person will not be prosecuted or detained for earlier acts while in your "
        "State? (UNTOC art. 18(27); CoE 1959 art. 12)")


class TransferConsent(StrEnum):
    GIVEN = "given"
    TO_BE_SOUGHT = "to_be_sought"


class DetainedTransferRequest(_AssistanceBase):
    """Temporary transfer of a person in custody in the requested State to give evidence or assist in the requesting
    State (UNTOC art. 18(10)-(12); CoE 1959 art. 11; 2nd Add. Protocol art. 13)."""

    type: Literal["detained_transfer"]
    person: PersonId | None = Field(default=None, description="The id in 'persons' of the detained person.")
    consent: TransferConsent | None = Field(
        default=None,
        description="Has the person freely given informed consent, or should the requested State ask the person? "
        "(UNTOC art. 18(10)(a))")
    transfer_date: dt.date | None = Field(default=None, description="When the person is needed in your State.")
    return_date: dt.date | None = Field(default=None, description="By when the person will be returned (UNTOC art. 18(11)(b)).")
    custody: OptionalText = Field(
        default=None,
        description="Where and by whom the person will be held in custody in your State, and on what legal basis "
        "(UNTOC art. 18(11)(a)).")
    escort: OptionalText = Field(default=None, description="Who will escort the person, and how the person will travel.")
    safe_conduct: bool | None = Field(
        default=None,
        description="Do you assure that the person will not be prosecuted, detained or restricted for acts before the "
        "transfer? (UNTOC art. 18(12))")


class HearingMedium(StrEnum):
    VIDEO = "video"
    TELEPHONE = "telephone"


class VideoHearingRequest(_AssistanceBase):
    """Hearing of a person in the requested State by video conference (UNTOC art. 18(18); CoE 2nd Add. Protocol
    art. 9) or by telephone conference (2nd Add. Protocol art. 10)."""

    type: Literal["video_hearing"]
    medium: HearingMedium = Field(default=HearingMedium.VIDEO,
                                  description="Video conference, or telephone (telephone: witnesses and experts only).")
    person: PersonId | None = Field(default=None, description="The id in 'persons' of the person to be heard.")
    capacity: Capacity | None = Field(default=None, description="In what capacity the person is to be heard.")
    reason_no_appearance: OptionalText = Field(
        default=None,
        description="Why the person cannot or should not come to your State (UNTOC art. 18(18); 2nd Add. Protocol art. 9(3)).")
    hearing_authority: OptionalText = Field(
        default=None, description="The judicial authority of your State that will conduct the hearing.")
    conducting_persons: list[Text] = Field(
        default_factory=list, max_length=10,
        description="Names and positions of the persons who will conduct the hearing and put the questions.")
    proposed_date: dt.date | None = Field(default=None, description="Proposed date of the hearing; the time is agreed later.")
    interpreter: OptionalText = Field(
        default=None,
        description="Language of the hearing, whether an interpreter is needed and which State provides one.")
    technical_contact: ContactPerson | None = Field(
        default=None, description="Who the requested State can call to test the connection: name, phone, e-mail.")
    consent: bool | None = Field(
        default=None,
        description="Has the person agreed to be heard this way? Needed for a suspect or accused by video, and for "
        "anyone by telephone (2nd Add. Protocol arts. 9(8), 10(2)).")
    sworn: bool | None = Field(default=None, description="Whether the person is to be heard under oath.")
    questions: list[Text] = Field(default_factory=list, max_length=200, description="The questions, if you list them here.")
    questions_annex: OptionalText = Field(default=None, description="Title of an annex holding the questions.")


# --- electronic evidence -------------------------------------------------------------------


class IdentifierKind(StrEnum):
    IP = "ip"
    EMAIL = "email"
    PHONE = "phone"
    ACCOUNT = "account"
    URL = "url"
    IMEI = "imei"
    OTHER = "other"


class Identifier(StrictModel):
    """An identifier of electronic evidence (T-CY templates; Budapest art. 29(2)(c))."""

    value: Text = Field(description="The identifier exactly as it appears: IP address, e-mail, phone number, user name, URL, IMEI.")
    kind: IdentifierKind = Field(description="What kind of identifier it is.")
    date_time: dt.datetime | None = Field(
        default=None,
        description="For an IP address: the date and time it was used, e.g. 2026-05-14T10:22:13 (with the seconds).")
    time_zone: OptionalText = Field(
        default=None,
        description="The time zone of that date and time, e.g. 'UTC+3': without it the address cannot be traced.")
    relevance: OptionalText = Field(
        default=None, description="Why this account or address matters to the offence (needed for content data).")


class DataCategory(StrEnum):
    SUBSCRIBER = "subscriber"
    TRAFFIC = "traffic"
    CONTENT = "content"


class DataPreservationRequest(_AssistanceBase):
    """Expedited preservation of stored computer data (Budapest art. 29; 2nd Add. Protocol to ETS 30 art. 24)."""

    type: Literal["data_preservation"]
    provider: OptionalText = Field(
        default=None,
        description="The service provider or other custodian of the data, with its address if known (Budapest art. 29(2)(d)).")
    location: OptionalText = Field(default=None, description="Where the computer system is, if known.")
    identifiers: list[Identifier] = Field(default_factory=list, max_length=100,
                                          description="The accounts, addresses or numbers whose data are to be preserved.")
    categories: list[DataCategory] = Field(default_factory=list, max_length=3,
                                           description="Which data: subscriber information, traffic data, content.")
    period_from: dt.date | None = Field(default=None, description="First day of the period the data should cover.")
    period_to: dt.date | None = Field(default=None, description="Last day of the period the data should cover.")
    necessity: OptionalText = Field(
        default=None,
        description="Why the data must be preserved now: risk of deletion, the provider's retention period "
        "(Budapest art. 29(2)(e)).")
    request_to_follow: bool | None = Field(
        default=None,
        description="Will you send a request for the search, seizure or disclosure of the data? It must be stated "
        "(Budapest art. 29(2)(f)).")
    follow_up_by: dt.date | None = Field(
        default=None, description="When that request will be sent: within 60 days (Budapest art. 29(7)).")
    extension_of: OptionalText = Field(
        default=None, description="If this extends an earlier preservation: its reference or ticket number.")
    preserved_until: dt.date | None = Field(default=None, description="If an extension: when the earlier preservation expires.")


class SubscriberField(StrEnum):
    IDENTITY = "identity"
    ADDRESS = "address"
    PHONE = "phone"
    BILLING = "billing"
    SERVICE_TYPE = "service_type"
    SERVICE_PERIOD = "service_period"
    EQUIPMENT_SITE = "equipment_site"


class StoredDataRequest(_AssistanceBase):
    """Disclosure of stored computer data: subscriber information, traffic data or content (Budapest arts. 18(3), 31)."""

    type: Literal["stored_data"]
    category: DataCategory = Field(description="Subscriber information, traffic data or content data.")
    provider: OptionalText = Field(default=None, description="The service provider that holds the data, with its address.")
    identifiers: list[Identifier] = Field(default_factory=list, max_length=100,
                                          description="The accounts, addresses or numbers concerned.")
    period_from: dt.date | None = Field(default=None, description="First day of the period: keep it as narrow as the facts allow.")
    period_to: dt.date | None = Field(default=None, description="Last day of the period.")
    subscriber_fields: list[SubscriberField] = Field(
        default_factory=list, max_length=7,
        description="For subscriber information: which details (identity, address, phone, billing, service...), "
        "Budapest art. 18(3).")
    other_data: list[Text] = Field(default_factory=list, max_length=20, description="Any other data sought, described precisely.")
    preservation_reference: OptionalText = Field(
        default=None, description="Reference of the earlier preservation request, if the data were preserved.")
    preserved_on: dt.date | None = Field(default=None, description="Date of that preservation.")
    authenticity_certificate: bool | None = Field(
        default=None, description="Ask the provider for a certificate of authenticity of the records, for use in court?")
    vulnerability: OptionalText = Field(
        default=None,
        description="If the data may soon be lost or altered: why, so they are handled quickly (Budapest art. 31(3)(a)).")


class RealtimeKind(StrEnum):
    TRAFFIC = "traffic"
    INTERCEPTION = "interception"


class Transmission(StrEnum):
    IMMEDIATE = "immediate"
    RECORDED = "recorded"


class RealtimeDataRequest(_AssistanceBase):
    """Real-time collection of traffic data (Budapest art. 33) or interception of content data (art. 34)."""

    type: Literal["realtime_data"]
    kind: RealtimeKind = Field(description="Collection of traffic data, or interception of the content of communications.")
    provider: OptionalText = Field(default=None, description="The service provider through which the data pass.")
    identifiers: list[Identifier] = Field(default_factory=list, max_length=50,
                                          description="The target numbers, accounts or addresses.")
    period_from: dt.date | None = Field(default=None, description="From when collection or interception is needed.")
    period_to: dt.date | None = Field(default=None, description="Until when.")
    domestic_order: OptionalText = Field(
        default=None, description="Title of the annexed authorisation (court order) issued in your State.")
    transmission: Transmission | None = Field(
        default=None, description="Send the data to you immediately as they are collected, or record them and send them later.")
    transcription: OptionalText = Field(
        default=None,
        description="For interception: whether transcripts, translation or decryption are needed, and in which language.")


# --- special investigative techniques and cooperation -----------------------------------------


class DeliveryHandling(StrEnum):
    INTACT = "intact"
    REMOVED = "removed"
    REPLACED_IN_PART = "replaced_in_part"
    REPLACED_IN_WHOLE = "replaced_in_whole"


class ControlledDeliveryRequest(_AssistanceBase):
    """Controlled delivery (UNTOC arts. 2(i), 20; UNCAC art. 50; CoE 2nd Add. Protocol art. 18)."""

    type: Literal["controlled_delivery"]
    consignment: OptionalText = Field(
        default=None, description="What is being moved: goods, quantity, packaging, markings.")
    route: OptionalText = Field(
        default=None, description="The route: from where, through which places and border crossings, to where.")
    transport: OptionalText = Field(
        default=None, description="Means of transport: vehicle and its registration, carrier, flight, container number.")
    timing: OptionalText = Field(
        default=None, description="When the consignment is expected to enter and leave the requested State.")
    supervising_authorities: OptionalText = Field(
        default=None, description="Which authorities of each State will supervise the delivery, with 24-hour contacts.")
    handling: DeliveryHandling | None = Field(
        default=None,
        description="Let the consignment continue intact, or remove or replace the goods in whole or in part (UNTOC art. 20(4)).")
    persons: list[PersonId] = Field(default_factory=list, max_length=20,
                                    description="Persons expected to accompany or receive the consignment: ids in 'persons'.")
    competent_authority: OptionalText = Field(
        default=None,
        description="The authority the requested State designated for controlled deliveries, if not the addressee "
        "(2nd Add. Protocol art. 18(4)).")


class JointInvestigationTeamRequest(_AssistanceBase):
    """A proposal to set up a joint investigation team (UNTOC art. 19; UNCAC art. 49; CoE 2nd Add. Protocol art. 20)."""

    type: Literal["joint_investigation_team"]
    parties: list[CountryCode] = Field(default_factory=list, max_length=10,
                                       description="The States that would take part, as ISO codes, e.g. KG, TR.")
    operating_state: CountryCode | None = Field(default=None, description="The State where the team would mainly operate.")
    leader: OptionalText = Field(
        default=None,
        description="Who would lead the team: a representative of the State where it operates (2nd Add. Protocol art. 20(3)(a)).")
    composition: OptionalText = Field(
        default=None, description="Proposed members from each State: authorities and officers (2nd Add. Protocol art. 20(2)).")
    duration: OptionalText = Field(default=None, description="For how long, e.g. '12 months from signature, extendable by agreement'.")
    draft_agreement: OptionalText = Field(default=None, description="Title of the annexed draft agreement, if any.")


class TransferOfProceedingsRequest(_AssistanceBase):
    """Transfer of criminal proceedings to the requested State (UNTOC art. 21; UNCAC art. 47)."""

    type: Literal["transfer_of_proceedings"]
    suspects: list[PersonId] = Field(default_factory=list, max_length=20,
                                     description="Whose prosecution is to be taken over: the ids in 'persons'.")
    reasons: OptionalText = Field(
        default=None,
        description="Why the requested State is better placed to prosecute, e.g. the suspect is its national or lives "
        "there, most of the evidence is there.")
    case_file: OptionalText = Field(default=None, description="Title of the annexed certified copy of the case file.")
    evidence: list[Text] = Field(default_factory=list, max_length=100,
                                 description="Evidence and items to be handed over with the file.")
    own_proceedings: OptionalText = Field(
        default=None,
        description="What will happen to the proceedings in your State once the requested State takes over: suspended, "
        "or closed.")


class LocatePersonRequest(_AssistanceBase):
    """Locating and identifying a person: suspect, victim or witness (UNTOC arts. 18(3)(i), 18(15)(e), 27(1)(b)(i))."""

    type: Literal["locate_person"]
    person: PersonId | None = Field(default=None, description="The id in 'persons' of the person to be found.")
    last_known: OptionalText = Field(
        default=None, description="Last known address, place of work, phone numbers or contacts, with their dates.")
    identifying_details: OptionalText = Field(
        default=None, description="Photographs, fingerprints, identity numbers or other details that help identify the person.")
    when_found: OptionalText = Field(
        default=None, description="What to do once the person is found, e.g. 'report the address only'.")


class DocumentVerificationRequest(_AssistanceBase):
    """Verification of the legitimacy and validity of travel or identity documents issued in the requested State's
    name (TIP Protocol art. 13; SOM Protocol art. 13)."""

    type: Literal["document_verification"]
    document_kind: OptionalText = Field(
        default=None, description="What document: passport, identity card, visa, residence permit...")
    number: OptionalText = Field(default=None, description="Its number.")
    issued_by: OptionalText = Field(default=None, description="The authority that issued it, as shown on it.")
    issued_on: dt.date | None = Field(default=None, description="Date of issue, as shown on it.")
    holder_name: OptionalText = Field(default=None, description="The name shown on the document.")
    holder_person: PersonId | None = Field(default=None, description="The holder's id in 'persons', if listed there.")
    copy_annex: OptionalText = Field(default=None, description="Title of the annexed copy of the document (all pages with entries).")
    to_verify: list[Text] = Field(
        default_factory=list, max_length=20,
        description="What to verify, if more than whether it was issued, to whom, and whether it is genuine and valid.")
    designated_authority: OptionalText = Field(
        default=None,
        description="The authority the requested State designated to answer such requests, or 'central authority'.")


AssistanceItem = Annotated[
    StatementRequest
    | DocumentsRequest
    | BankRecordsRequest
    | SearchSeizureRequest
    | ServiceRequest
    | ExaminationRequest
    | InformationRequest
    | AccountMonitoringRequest
    | AssetTracingRequest
    | FreezingRequest
    | ConfiscationRequest
    | VoluntaryAppearanceRequest
    | DetainedTransferRequest
    | VideoHearingRequest
    | DataPreservationRequest
    | StoredDataRequest
    | RealtimeDataRequest
    | ControlledDeliveryRequest
    | JointInvestigationTeamRequest
    | TransferOfProceedingsRequest
    | LocatePersonRequest
    | DocumentVerificationRequest,
    Field(discriminator="type"),
]

ASSISTANCE_TYPES: tuple[str, ...] = (
    "statement", "documents", "bank_records", "search_seizure", "service",
    "examination", "information", "account_monitoring", "asset_tracing", "freezing", "confiscation",
    "voluntary_appearance", "detained_transfer", "video_hearing",
    "data_preservation", "stored_data", "realtime_data",
    "controlled_delivery", "joint_investigation_team", "transfer_of_proceedings",
    "locate_person", "document_verification",
)
"""Every form, in the order a request usually lists them."""

ASSISTANCE_MAX = LIST_MAX
COERCIVE_TYPES = frozenset({
    "search_seizure", "bank_records", "account_monitoring", "freezing", "confiscation",
    "stored_data", "realtime_data", "controlled_delivery",
})
"""Forms that compel someone or interfere with property or privacy: the ones a requested State may refuse
without dual criminality (UNTOC art. 18(9); UNCAC art. 46(9)(b)). Preservation is not among them
(Budapest art. 29(3))."""
