"""Rules for the forms that concern a person: hearings at a distance, transfer of a detained person,
voluntary appearance, locating a person, verifying a travel document (R45–R47, R50, M06, M08)."""

from __future__ import annotations

from mla_writer.i18n import N_, msg
from mla_writer.model.common import Channel
from mla_writer.validation.engine import Context, RuleOutput, Severity, rule
from mla_writer.validation.rules_assistance import _items

E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO


@rule("R45", E, "UNTOC art. 18(18); CoE 2nd Add. Protocol art. 9(3), 9(8)", N_("Video conference: reasons, who conducts it, interpreter, contact, consent"))
def video_hearing(ctx: Context) -> RuleOutput:
    for index, item in _items(ctx, "video_hearing"):
        if item.medium != "video":
            continue
        base = f"assistance[{index}]"
        yield from _hearing_basics(base, item)
        if not item.reason_no_appearance:
            yield f"{base}.reason_no_appearance", msg(N_("explain why the person cannot or should not come to your State in person"))
        if not item.conducting_persons:
            yield f"{base}.conducting_persons", msg(N_("name the persons who will conduct the hearing"))
        if not item.interpreter:
            yield f"{base}.interpreter", msg(N_("say in which language the hearing will be held and whether an interpreter is needed"))
        if item.technical_contact is None:
            yield f"{base}.technical_contact", msg(N_("name a technical contact who can test the connection beforehand")), W
        if item.capacity in ("suspect", "accused") and item.consent is not True:
            yield f"{base}.consent", msg(N_("a suspect or accused person is heard by video conference only with his or her consent: state it"))


@rule("R46", E, "CoE 2nd Add. Protocol art. 10(2), 10(4)", N_("Telephone hearing: willingness and conducting authority"))
def telephone_hearing(ctx: Context) -> RuleOutput:
    for index, item in _items(ctx, "video_hearing"):
        if item.medium != "telephone":
            continue
        base = f"assistance[{index}]"
        yield from _hearing_basics(base, item)
        if item.capacity in ("suspect", "accused"):
            yield f"{base}.capacity", msg(N_("only witnesses and experts can be heard by telephone; use a video conference"))
        if item.consent is not True:
            yield f"{base}.consent", msg(N_("a hearing by telephone needs the person's agreement: state that the person is willing"))


def _hearing_basics(base: str, item) -> RuleOutput:  # noqa: ANN001 - a VideoHearingRequest
    if not item.person:
        yield f"{base}.person", msg(N_("say who is to be heard: the id of the person in 'persons'"))
    if item.capacity is None:
        yield f"{base}.capacity", msg(N_("say in what capacity the person is to be heard (witness, victim, expert, suspect...)"))
    if not item.hearing_authority:
        yield f"{base}.hearing_authority", msg(N_("name the judicial authority of your State that will conduct the hearing"))


@rule("R47", E, "UNTOC art. 18(10)-(12); CoE 1959 art. 11; 2nd Add. Protocol art. 13", N_("Transfer of a detained person: consent, dates, custody, return, safe conduct"))
def detained_transfer(ctx: Context) -> RuleOutput:
    for index, item in _items(ctx, "detained_transfer"):
        base = f"assistance[{index}]"
        if not item.person:
            yield f"{base}.person", msg(N_("say who is to be transferred: the id of the person in 'persons'"))
        if item.consent is None:
            yield f"{base}.consent", msg(
                N_("say whether the person has freely given informed consent, or ask the requested State to seek it: no one is transferred without it"))
        if item.transfer_date is None:
            yield f"{base}.transfer_date", msg(N_("say when the person is needed in your State"))
        if item.return_date is None:
            yield f"{base}.return_date", msg(N_("say by when the person will be returned"))
        elif item.transfer_date and item.return_date < item.transfer_date:
            yield f"{base}.return_date", msg(N_("the return date is before the transfer date"))
        if not item.custody:
            yield f"{base}.custody", msg(N_("say where, by whom and on what legal basis the person will be kept in custody"))
        if item.safe_conduct is not True:
            yield f"{base}.safe_conduct", msg(
                N_("give the assurance that the person will not be prosecuted, detained or restricted for acts before the transfer"))
        if not item.escort:
            yield f"{base}.escort", msg(N_("say who will escort the person and how the person will travel")), W


@rule("R50", W, "TIP Protocol art. 13; SOM Protocol art. 13", N_("Verification of travel or identity documents"))
def document_verification(ctx: Context) -> RuleOutput:
    for index, item in _items(ctx, "document_verification"):
        base = f"assistance[{index}]"
        if not item.document_kind:
            yield f"{base}.document_kind", msg(N_("say what document is to be verified (passport, identity card, visa...)"))
        if not item.number:
            yield f"{base}.number", msg(N_("give the number of the document"))
        if not (item.holder_name or item.holder_person):
            yield f"{base}.holder_name", msg(N_("give the name shown on the document"))
        if not item.copy_annex:
            yield f"{base}.copy_annex", msg(N_("attach a copy of the document and name the annex here"))
        if not item.designated_authority:
            yield f"{base}.designated_authority", msg(
                N_("name the authority the requested State designated to verify its travel and identity documents"))


@rule("M06", E, "UNTOC art. 18(3)(h), 18(27); CoE 1959 arts. 10, 12", N_("Voluntary appearance: who, when, where, costs, safe conduct"))
def voluntary_appearance(ctx: Context) -> RuleOutput:
    for index, item in _items(ctx, "voluntary_appearance"):
        base = f"assistance[{index}]"
        if not item.person:
            yield f"{base}.person", msg(N_("say who is invited to appear: the id of the person in 'persons'"))
        if item.appearance_date is None:
            yield f"{base}.appearance_date", msg(N_("say when the person should appear"))
        if not item.place:
            yield f"{base}.place", msg(N_("say before which authority and where the person should appear"))
        if not item.allowances:
            yield f"{base}.allowances", msg(N_("say which travel and subsistence costs and allowances will be paid, and whether in advance")), W
        if item.safe_conduct is not True:
            yield f"{base}.safe_conduct", msg(
                N_("give the assurance of safe conduct: without it a witness abroad is unlikely to come")), W


@rule("M08", E, "UNTOC art. 18(15)(e), 27(1)(b)(i)", N_("Locating a person: who, and where to start"))
def locate_person(ctx: Context) -> RuleOutput:
    items = _items(ctx, "locate_person")
    for index, item in items:
        base = f"assistance[{index}]"
        if not item.person:
            yield f"{base}.person", msg(N_("say who is to be found: the id of the person in 'persons'"))
        if not item.last_known:
            yield f"{base}.last_known", msg(N_("give the last known address, workplace or contacts, with dates: they are where the search starts")), W
    if items and len(items) == len(ctx.case.assistance) and ctx.case.channel is not Channel.INTERPOL:
        yield "assistance", msg(
            N_("locating a person is often quicker through police cooperation (INTERPOL, UNTOC art. 27) than by a formal request")), I
