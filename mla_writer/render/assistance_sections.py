"""The section of the request for each form of assistance.

Each function writes what the requested authority needs to act on one item: the measure asked
for, its object, and the conditions and assurances that go with it. The purpose, relevance,
particular procedures and attendees common to every item are written by the composer after
these. The words come from ``templates/<lang>/request.yaml``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from mla_writer.model import LegalPerson, NaturalPerson
from mla_writer.model.assistance import (
    AccountMonitoringRequest,
    Asset,
    AssetTracingRequest,
    BankAccount,
    BankRecordsRequest,
    ConfiscationRequest,
    ControlledDeliveryRequest,
    DataPreservationRequest,
    DetainedTransferRequest,
    DocumentsRequest,
    DocumentVerificationRequest,
    ExaminationRequest,
    FreezingRequest,
    Identifier,
    InformationRequest,
    JointInvestigationTeamRequest,
    LocatePersonRequest,
    RealtimeDataRequest,
    SearchSeizureRequest,
    ServiceRequest,
    StatementRequest,
    StoredDataRequest,
    TransferOfProceedingsRequest,
    VideoHearingRequest,
    VoluntaryAppearanceRequest,
)
from mla_writer.render.blocks import Paragraph, Run, Table
from mla_writer.render.formatting import language_name

if TYPE_CHECKING:
    from mla_writer.render.compose import _Composer


# --- shared pieces ---------------------------------------------------------------------------


def _text(c: _Composer, path: str, value: str | None) -> str:
    return c.user_text(path, value)[0]


def _items_list(c: _Composer, path: str, values: list[str], style: str = "List Bullet") -> None:
    for index, value in enumerate(values):
        text, untranslated = c.user_text(f"{path}[{index}]", value)
        c.doc.add(Paragraph([Run(text, highlight=untranslated)], style=style))


def _block(c: _Composer, key: str, path: str, value: str | None, **values: Any) -> None:
    """A bold lead-in followed by the user's paragraphs, when there is something to say."""
    if value:
        c.para(c.w(key, **values), bold=True)
        c.free_paragraphs(path, value)


def _names(c: _Composer, person_ids: list[str]) -> str:
    return c.comma.join(name for name in (c.person_name(pid) for pid in person_ids) if name)


def _capacity(c: _Composer, capacity: Any) -> str:
    return c.w.term("capacity", capacity.value) if capacity is not None else ""


def _annex(c: _Composer, key: str, annex: str | None) -> None:
    if annex:
        c.para(c.w(key, annex=annex))


def _moment(c: _Composer, when: dt.datetime | None) -> str:
    if when is None:
        return ""
    text = f"{c.date(when.date())}, {when:%H:%M:%S}"
    offset = when.utcoffset()
    if offset is not None:
        minutes = int(offset.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "-"
        text += f" (UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d})"
    return text


def _identifiers(c: _Composer, base: str, identifiers: list[Identifier]) -> None:
    if not identifiers:
        return
    header = [c.w("labels.identifier"), c.w("labels.identifier_kind"), c.w("labels.date_time"), c.w("labels.time_zone")]
    rows = [[identifier.value, c.w.term("identifier_kind", identifier.kind.value), _moment(c, identifier.date_time),
             _text(c, f"{base}.identifiers[{i}].time_zone", identifier.time_zone)]
            for i, identifier in enumerate(identifiers)]
    if not any(row[2] or row[3] for row in rows):
        header, rows = header[:2], [row[:2] for row in rows]
    c.doc.add(Table(rows=rows, header=header))


def _identifier_links(c: _Composer, base: str, identifiers: list[Identifier]) -> None:
    linked = [(i, identifier) for i, identifier in enumerate(identifiers) if identifier.relevance]
    if not linked:
        return
    c.para(c.w("stored.links"), bold=True)
    for i, identifier in linked:
        c.labelled(identifier.value, _text(c, f"{base}.identifiers[{i}].relevance", identifier.relevance))


def _assets(c: _Composer, base: str, assets: list[Asset]) -> None:
    if not assets:
        return
    header = [c.w("labels.asset"), c.w("labels.asset_location"), c.w("labels.estimated_value"),
              c.w("labels.asset_holder"), c.w("labels.asset_grounds")]
    rows = []
    for i, asset in enumerate(assets):
        where = f"{base}.property[{i}]"
        kind = c.w.term("asset_kind", asset.kind.value)
        holder = _text(c, f"{where}.holder", asset.holder) or c.person_name(asset.holder_person)
        rows.append([f"{kind}: {_text(c, f'{where}.description', asset.description)}",
                     _text(c, f"{where}.location", asset.location),
                     _text(c, f"{where}.estimated_value", asset.estimated_value),
                     holder,
                     _text(c, f"{where}.grounds", asset.grounds)])
    c.doc.add(Table(rows=rows, header=header))


def _accounts(c: _Composer, base: str, accounts: list[BankAccount]) -> None:
    header = [c.w("labels.bank"), c.w("labels.account_number"), c.w("labels.account_holder"), c.w("labels.grounds")]
    rows = []
    for a_index, account in enumerate(accounts):
        holder = account.holder or c.person_name(account.holder_person)
        bank = c.comma.join(p for p in (account.bank, account.bank_address) if p)
        rows.append([bank, account.account_number or "", holder,
                     _text(c, f"{base}.accounts[{a_index}].grounds", account.grounds)
                     or _text(c, f"{base}.accounts[{a_index}].relevance", account.relevance)])
    if rows:
        c.doc.add(Table(rows=rows, header=header))
    if len(accounts) > 1:
        for a_index, account in enumerate(accounts):
            if account.relevance and account.grounds:
                c.labelled(account.account_number or account.bank or str(a_index + 1),
                           _text(c, f"{base}.accounts[{a_index}].relevance", account.relevance))


def _asset_return(c: _Composer, base: str, item: FreezingRequest | ConfiscationRequest) -> None:
    if item.return_sought:
        c.para(c.w("asset_return.sought", to=_text(c, f"{base}.return_to", item.return_to)))


def _where_is(c: _Composer, person_id: str | None) -> str:
    person = c.case.person(person_id) if person_id else None
    if isinstance(person, NaturalPerson):
        return person.whereabouts or c.semicolon.join(person.addresses)
    if isinstance(person, LegalPerson):
        return person.seat or ""
    return ""


# --- the five forms of the core ----------------------------------------------------------------


def statement(c: _Composer, item: StatementRequest, base: str) -> None:
    person = c.case.person(item.person)
    where = item.location or _where_is(c, item.person)
    c.para(c.w("statement.ask", name=c.person_name(item.person),
               capacity=c.w.term("capacity", item.capacity.value), location=where))
    _sworn(c, item.sworn)
    if item.caution:
        c.para(c.w("statement.caution"), bold=True)
        c.free_paragraphs(f"{base}.caution", item.caution)
    _interpreter(c, person)
    _questions(c, base, item.questions, item.questions_annex)


def _sworn(c: _Composer, sworn: bool | None) -> None:
    if sworn is True:
        c.para(c.w("statement.sworn"))
    elif sworn is False:
        c.para(c.w("statement.unsworn"))


def _interpreter(c: _Composer, person: object) -> None:
    if isinstance(person, NaturalPerson) and person.languages:
        # An interpreter is needed only if the person speaks none of the requested State's languages.
        understood = set(c.data.requested.official_languages)
        if not understood.intersection(person.languages):
            c.para(c.w("statement.interpreter", languages=c.comma.join(language_name(code, c.lang) for code in person.languages)))


def _questions(c: _Composer, base: str, questions: list[str], annex: str | None) -> None:
    if questions:
        c.para(c.w("statement.questions"), bold=True)
        _items_list(c, f"{base}.questions", questions, style="List Number")
    if annex:
        c.para(c.w("statement.questions_annex", annex=annex))


def documents(c: _Composer, item: DocumentsRequest, base: str) -> None:
    c.para(c.w("documents.ask", form=c.w.term("document_form", item.form.value),
               holder=_text(c, f"{base}.holder", item.holder), period=c.period(item.period_from, item.period_to)))
    _items_list(c, f"{base}.documents", item.documents)
    if item.category is not None:
        c.para(c.w("documents.category", category=c.w.term("record_category", item.category.value)))
    if item.publicly_available is True:
        c.para(c.w("documents.public"))
    elif item.publicly_available is False:
        c.para(c.w("documents.not_public"))
    if item.certification:
        c.labelled(c.w("labels.certification"), _text(c, f"{base}.certification", item.certification))


def bank_records(c: _Composer, item: BankRecordsRequest, base: str) -> None:
    c.para(c.w("bank.ask", period=c.period(item.period_from, item.period_to), count=len(item.accounts)))
    _accounts(c, base, item.accounts)
    records = [c.w.term("bank_document", d.value) for d in item.documents]
    records += [_text(c, f"{base}.other_documents[{i}]", d) for i, d in enumerate(item.other_documents)]
    if records:
        c.para(c.w("bank.documents"))
        for record in records:
            c.bullet(record)


def search(c: _Composer, item: SearchSeizureRequest, base: str) -> None:
    target = c.w.term("search_target", item.target.value)
    c.para(c.w("search.ask", target=target, target_key=item.target.value,
               place=_text(c, f"{base}.place", item.place), person=c.person_name(item.person)))
    if item.items:
        c.para(c.w("search.items"))
        _items_list(c, f"{base}.items", item.items)
    _block(c, "search.grounds", f"{base}.grounds", item.grounds)
    if item.handover:
        c.para(c.w(f"search.handover_{item.handover.value}"))
    _annex(c, "search.domestic_order", item.domestic_order)


def service(c: _Composer, item: ServiceRequest, base: str) -> None:
    person = c.case.person(item.addressee)
    address = item.address or ""
    if not address and isinstance(person, NaturalPerson) and person.addresses:
        address = person.addresses[0]
    if not address and isinstance(person, LegalPerson):
        address = person.seat or ""
    c.para(c.w("service.ask", name=c.person_name(item.addressee), address=address,
               manner=c.w.term("service_manner", item.manner.value)))
    for document in item.documents:
        parts = [document.title]
        if document.date:
            parts.append(c.w("service.dated", date=c.date(document.date)))
        line = " ".join(parts)
        if document.translated_into:
            line += f", {c.w('service.translation', language=language_name(document.translated_into, c.lang))}"
        if document.summary_in:
            line += f", {c.w('service.summary', language=language_name(document.summary_in, c.lang))}"
        c.bullet(line)
    if item.appearance_date:
        c.para(c.w("service.appearance", date=c.date(item.appearance_date)))
    if item.allowances:
        c.labelled(c.w("labels.allowances"), _text(c, f"{base}.allowances", item.allowances))
    if item.proof_of_service:
        c.para(c.w("service.proof"))


# --- examining, informing, monitoring ---------------------------------------------------------


def examination(c: _Composer, item: ExaminationRequest, base: str) -> None:
    c.para(c.w("examination.ask", count=len(item.objects), location=_text(c, f"{base}.location", item.location)))
    _items_list(c, f"{base}.objects", item.objects)
    if item.to_establish:
        c.para(c.w("examination.establish"))
        _items_list(c, f"{base}.to_establish", item.to_establish)
    if item.records:
        c.para(c.w("examination.records"))
        for record in item.records:
            c.bullet(c.w.term("examination_record", record.value))
    c.para(c.w("examination.report"))


def information(c: _Composer, item: InformationRequest, base: str) -> None:
    c.para(c.w(f"information.ask_{item.kind.value}", source=_text(c, f"{base}.source", item.source),
               period=c.period(item.period_from, item.period_to)))
    c.free_paragraphs(f"{base}.information_sought", item.information_sought)
    if item.questions:
        c.para(c.w("information.questions"), bold=True)
        _items_list(c, f"{base}.questions", item.questions, style="List Number")


def account_monitoring(c: _Composer, item: AccountMonitoringRequest, base: str) -> None:
    c.para(c.w("monitoring.ask", period=c.period(item.period_from, item.period_to), count=len(item.accounts)))
    _accounts(c, base, item.accounts)
    _block(c, "monitoring.operations", f"{base}.operations", item.operations)
    _block(c, "monitoring.reporting", f"{base}.reporting", item.reporting)
    c.para(c.w("monitoring.no_disclosure"))


# --- proceeds and property ---------------------------------------------------------------------


def asset_tracing(c: _Composer, item: AssetTracingRequest, base: str) -> None:
    c.para(c.w("tracing.ask", names=_names(c, item.persons)))
    _block(c, "tracing.actions", f"{base}.actions", item.actions)
    if item.property:
        c.para(c.w("tracing.known"))
        _assets(c, base, item.property)


def freezing(c: _Composer, item: FreezingRequest, base: str) -> None:
    c.para(c.w(f"freezing.ask_{item.measure.value}"))
    _assets(c, base, item.property)
    _annex(c, "freezing.order", item.domestic_order)
    c.para(c.w("freezing.inform"))
    _asset_return(c, base, item)


def confiscation(c: _Composer, item: ConfiscationRequest, base: str) -> None:
    c.para(c.w(f"confiscation.ask_{item.route.value}"))
    _assets(c, base, item.property)
    _annex(c, "confiscation.order", item.domestic_order)
    if item.order_final is True:
        c.para(c.w("confiscation.final"))
    elif item.order_final is False:
        c.para(c.w("confiscation.not_final"))
    _block(c, "confiscation.extent", f"{base}.extent", item.extent)
    _block(c, "confiscation.third_parties", f"{base}.third_parties", item.third_parties)
    _asset_return(c, base, item)


# --- persons -------------------------------------------------------------------------------------


def voluntary_appearance(c: _Composer, item: VoluntaryAppearanceRequest, base: str) -> None:
    c.para(c.w("voluntary.ask", name=c.person_name(item.person), capacity=_capacity(c, item.capacity),
               place=_text(c, f"{base}.place", item.place), date=c.date(item.appearance_date)))
    c.para(c.w("voluntary.not_compelled"))
    if item.allowances:
        c.labelled(c.w("labels.allowances"), _text(c, f"{base}.allowances", item.allowances))
    if item.safe_conduct:
        c.para(c.w("voluntary.safe_conduct"))


def detained_transfer(c: _Composer, item: DetainedTransferRequest, base: str) -> None:
    c.para(c.w("transfer.ask", name=c.person_name(item.person), date=c.date(item.transfer_date)))
    if item.consent is not None:
        c.para(c.w(f"transfer.consent_{item.consent.value}"))
    _block(c, "transfer.custody", f"{base}.custody", item.custody)
    _block(c, "transfer.escort", f"{base}.escort", item.escort)
    c.para(c.w("transfer.return", date=c.date(item.return_date)))
    c.para(c.w("transfer.credit"))
    if item.safe_conduct:
        c.para(c.w("transfer.safe_conduct"))


def video_hearing(c: _Composer, item: VideoHearingRequest, base: str) -> None:
    medium = item.medium.value
    c.para(c.w(f"hearing.ask_{medium}", name=c.person_name(item.person), capacity=_capacity(c, item.capacity),
               date=c.date(item.proposed_date)))
    if medium == "video":
        c.para(c.w("hearing.presence"))
    _block(c, "hearing.reason", f"{base}.reason_no_appearance", item.reason_no_appearance)
    if item.hearing_authority:
        persons = c.comma.join(_text(c, f"{base}.conducting_persons[{i}]", p) for i, p in enumerate(item.conducting_persons))
        c.para(c.w("hearing.conducted_by", authority=_text(c, f"{base}.hearing_authority", item.hearing_authority),
                   persons=persons))
    if item.consent:
        c.para(c.w(f"hearing.consent_{medium}"))
    _sworn(c, item.sworn)
    c.labelled(c.w("labels.interpreter"), _text(c, f"{base}.interpreter", item.interpreter))
    if item.technical_contact:
        contact = item.technical_contact
        details = c.comma.join(p for p in (contact.name, contact.position, contact.phone, contact.email) if p)
        c.para(c.w("hearing.technical_contact", contact=details))
    c.para(c.w("hearing.rights"))
    c.para(c.w("hearing.minutes"))
    _questions(c, base, item.questions, item.questions_annex)


def locate_person(c: _Composer, item: LocatePersonRequest, base: str) -> None:
    person = c.case.person(item.person) if item.person else None
    role = c.w.term("role", person.role.value) if person is not None else ""
    c.para(c.w("locate.ask", name=c.person_name(item.person), role=role))
    _block(c, "locate.last_known", f"{base}.last_known", item.last_known)
    _block(c, "locate.identifying", f"{base}.identifying_details", item.identifying_details)
    _block(c, "locate.when_found", f"{base}.when_found", item.when_found)


def document_verification(c: _Composer, item: DocumentVerificationRequest, base: str) -> None:
    c.para(c.w("verification.ask", state=c.state_name(c.data.requested)))
    holder = _text(c, f"{base}.holder_name", item.holder_name) or c.person_name(item.holder_person)
    rows = [
        (c.w("labels.travel_document"), _text(c, f"{base}.document_kind", item.document_kind)),
        (c.w("labels.document_number"), item.number or ""),
        (c.w("labels.issued_by"), _text(c, f"{base}.issued_by", item.issued_by)),
        (c.w("labels.issued_on"), c.date(item.issued_on)),
        (c.w("labels.holder_name"), holder),
    ]
    rows = [[label, value] for label, value in rows if value]
    if rows:
        c.doc.add(Table(rows=rows, label_column=True))
    c.para(c.w("verification.checks"))
    for key in ("issued", "holder", "valid"):
        c.bullet(c.w(f"verification.check_{key}"))
    _items_list(c, f"{base}.to_verify", item.to_verify)
    _annex(c, "verification.copy", item.copy_annex)
    if item.designated_authority:
        c.para(c.w("verification.designated", authority=_text(c, f"{base}.designated_authority", item.designated_authority)))


# --- electronic evidence ---------------------------------------------------------------------------


def data_preservation(c: _Composer, item: DataPreservationRequest, base: str) -> None:
    c.para(c.w("preservation.ask", provider=_text(c, f"{base}.provider", item.provider),
               location=_text(c, f"{base}.location", item.location), period=c.period(item.period_from, item.period_to)))
    if item.categories:
        c.para(c.w("preservation.categories"))
        for category in item.categories:
            c.bullet(c.w.term("data_category", category.value))
    if item.identifiers:
        c.para(c.w("preservation.identifiers"))
        _identifiers(c, base, item.identifiers)
    _block(c, "preservation.necessity", f"{base}.necessity", item.necessity)
    if item.extension_of:
        c.para(c.w("preservation.extension", reference=item.extension_of, date=c.date(item.preserved_until)))
    if item.request_to_follow:
        c.para(c.w("preservation.follow_up", date=c.date(item.follow_up_by)))
    if c.case.confidentiality.required is not False:
        c.para(c.w("preservation.no_disclosure"))


def stored_data(c: _Composer, item: StoredDataRequest, base: str) -> None:
    c.para(c.w(f"stored.ask_{item.category.value}", provider=_text(c, f"{base}.provider", item.provider),
               period=c.period(item.period_from, item.period_to)))
    _identifiers(c, base, item.identifiers)
    if item.subscriber_fields:
        c.para(c.w("stored.fields"))
        for detail in item.subscriber_fields:
            c.bullet(c.w.term("subscriber_field", detail.value))
    if item.other_data:
        c.para(c.w("stored.other"))
        _items_list(c, f"{base}.other_data", item.other_data)
    _identifier_links(c, base, item.identifiers)
    if item.preservation_reference:
        c.para(c.w("stored.preserved", reference=item.preservation_reference, date=c.date(item.preserved_on)))
    _block(c, "stored.vulnerability", f"{base}.vulnerability", item.vulnerability)
    if item.authenticity_certificate:
        c.para(c.w("stored.certificate"))


def realtime_data(c: _Composer, item: RealtimeDataRequest, base: str) -> None:
    c.para(c.w(f"realtime.ask_{item.kind.value}", provider=_text(c, f"{base}.provider", item.provider),
               period=c.period(item.period_from, item.period_to)))
    _identifiers(c, base, item.identifiers)
    _annex(c, "realtime.order", item.domestic_order)
    if item.transmission is not None:
        c.para(c.w(f"realtime.transmission_{item.transmission.value}"))
    _block(c, "realtime.transcription", f"{base}.transcription", item.transcription)


# --- special techniques and cooperation ------------------------------------------------------------


def controlled_delivery(c: _Composer, item: ControlledDeliveryRequest, base: str) -> None:
    c.para(c.w("delivery.ask"))
    for field in ("consignment", "route", "transport", "timing", "supervising_authorities"):
        c.labelled(c.w(f"labels.{field}"), _text(c, f"{base}.{field}", getattr(item, field)))
    if item.handling is not None:
        c.para(c.w(f"delivery.handling_{item.handling.value}"))
    if item.persons:
        c.para(c.w("delivery.persons"))
        for person_id in item.persons:
            c.bullet(c.person_name(person_id))
    if item.competent_authority:
        c.para(c.w("delivery.competent_authority",
                   authority=_text(c, f"{base}.competent_authority", item.competent_authority)))
    c.para(c.w("delivery.direction"))


def joint_investigation_team(c: _Composer, item: JointInvestigationTeamRequest, base: str) -> None:
    c.para(c.w("jit.ask", parties=[c.nationality(code) for code in item.parties]))
    c.labelled(c.w("labels.operating_state"), c.nationality(item.operating_state) if item.operating_state else "")
    c.labelled(c.w("labels.leader"), _text(c, f"{base}.leader", item.leader))
    c.labelled(c.w("labels.composition"), _text(c, f"{base}.composition", item.composition))
    c.labelled(c.w("labels.duration"), _text(c, f"{base}.duration", item.duration))
    c.para(c.w("jit.law"))
    _annex(c, "jit.draft", item.draft_agreement)


def transfer_of_proceedings(c: _Composer, item: TransferOfProceedingsRequest, base: str) -> None:
    c.para(c.w("transfer_proceedings.ask", names=_names(c, item.suspects)))
    _block(c, "transfer_proceedings.reasons", f"{base}.reasons", item.reasons)
    _annex(c, "transfer_proceedings.file", item.case_file)
    if item.evidence:
        c.para(c.w("transfer_proceedings.items"))
        _items_list(c, f"{base}.evidence", item.evidence)
    _block(c, "transfer_proceedings.own", f"{base}.own_proceedings", item.own_proceedings)
    c.para(c.w("transfer_proceedings.inform"))


SECTIONS: dict[str, Callable[[Any, Any, str], None]] = {
    "statement": statement,
    "documents": documents,
    "bank_records": bank_records,
    "search_seizure": search,
    "service": service,
    "examination": examination,
    "information": information,
    "account_monitoring": account_monitoring,
    "asset_tracing": asset_tracing,
    "freezing": freezing,
    "confiscation": confiscation,
    "voluntary_appearance": voluntary_appearance,
    "detained_transfer": detained_transfer,
    "video_hearing": video_hearing,
    "data_preservation": data_preservation,
    "stored_data": stored_data,
    "realtime_data": realtime_data,
    "controlled_delivery": controlled_delivery,
    "joint_investigation_team": joint_investigation_team,
    "transfer_of_proceedings": transfer_of_proceedings,
    "locate_person": locate_person,
    "document_verification": document_verification,
}
"""The writer of each form's section, by ``type``."""
