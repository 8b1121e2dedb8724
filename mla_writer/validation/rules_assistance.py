"""Rules for each form of assistance (legal.md §10.2)."""

from __future__ import annotations

from mla_writer.i18n import N_, msg
from mla_writer.model import NaturalPerson
from mla_writer.profiles.schema import Family
from mla_writer.validation.engine import Context, RuleOutput, Severity, rule

E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO


def _items(ctx: Context, *kinds: str):  # noqa: ANN202 - (index, item) pairs
    return [(index, item) for index, item in enumerate(ctx.case.assistance) if item.type in kinds]


@rule("R25", E, "UNTOC art. 18(3)(a), 18(15)(e); EIO section E", N_("Statements: the person, where to find them, the questions"))
def statement_person(ctx: Context) -> RuleOutput:
    for index, item in _items(ctx, "statement"):
        base = f"assistance[{index}]"
        person = ctx.case.person(item.person)
        if isinstance(person, NaturalPerson):
            if not (item.location or person.addresses or person.whereabouts):
                yield f"{base}.location", msg(N_("say where {name} can be found"), name=person.id)
            if not person.languages:
                yield f"persons[{ctx.case.persons.index(person)}].languages", msg(
                    N_("say which language {name} speaks, so an interpreter can be arranged"), name=person.id), W
        if not (item.questions or item.questions_annex):
            yield f"{base}.questions", msg(N_("list the questions to be asked, or name the annex that holds them"))


@rule("R26", W, "CoE 1959 art. 3(2); Model Treaty art. 5(1)(e)", N_("Statements: oath and caution"))
def statement_oath(ctx: Context) -> RuleOutput:
    for index, item in _items(ctx, "statement"):
        if item.sworn is None:
            yield f"assistance[{index}].sworn", msg(N_("say expressly whether sworn evidence is required"))
        if item.capacity in ("suspect", "accused") and not item.caution:
            yield f"assistance[{index}].caution", msg(N_("give the rights and warnings to be read to a suspect or accused person"))


@rule("R27", W, "CoE 1959 art. 4; 2nd Add. Protocol art. 2", N_("Presence of officials"))
def presence(ctx: Context) -> RuleOutput:
    for index, item in enumerate(ctx.case.assistance):
        wants_presence = any(p.kind in ("presence_of_officials", "presence_of_defence") for p in item.special_procedures)
        if wants_presence and not item.attendees:
            yield f"assistance[{index}].attendees", msg(N_("name the officials or counsel who ask to be present, with their functions"))
        if (item.attendees or wants_presence) and not item.notify_time_and_place:
            yield f"assistance[{index}].notify_time_and_place", msg(N_("ask to be told the date and place, so those attending can travel"))


@rule("R28", E, "CoE 1959 art. 14(2); UNTOC art. 18(3)(c)", N_("Search and seizure: place, items, grounds, handover"))
def search(ctx: Context) -> RuleOutput:
    for index, item in _items(ctx, "search_seizure"):
        base = f"assistance[{index}]"
        if item.target == "person" and not item.person:
            yield f"{base}.person", msg(N_("say which person is to be searched"))
        elif item.target != "person" and not item.place:
            yield f"{base}.place", msg(N_("give the exact address and description of the place to be searched"))
        if not item.items:
            yield f"{base}.items", msg(N_("list the items to be seized"))
        if not item.grounds:
            yield f"{base}.grounds", msg(N_("say why the items are believed to be there"))
        if item.handover is None:
            yield f"{base}.handover", msg(N_("say whether the items are to be handed over or kept pending a decision"))


@rule("R29", E, "CoE 1959 art. 5 declarations", N_("Search and seizure: the requested State's conditions"))
def search_conditions(ctx: Context) -> RuleOutput:
    needs_order = [rule for rule in ctx.requested.requirements.attachments if "search_seizure" in rule.applies_to]
    for index, item in _items(ctx, "search_seizure"):
        if needs_order and not item.domestic_order:
            severity = E if ctx.family(Family.COE) else W
            yield f"assistance[{index}].domestic_order", msg(
                N_("{state} asks for {what}; name the annexed order"), state=ctx.requested.names,
                what=needs_order[0].description), severity


@rule("R30", E, "UNTOC art. 18(3)(f); EIO arts. 26, 28; OAS form", N_("Bank records: bank, account, holder, period, documents"))
def bank(ctx: Context) -> RuleOutput:
    for index, item in _items(ctx, "bank_records", "account_monitoring"):
        base = f"assistance[{index}]"
        if not item.accounts:
            yield f"{base}.accounts", msg(N_("list the accounts to be monitored, with their bank and number"))
        for a_index, account in enumerate(item.accounts):
            where = f"{base}.accounts[{a_index}]"
            if not (account.bank or account.grounds):
                yield f"{where}.bank", msg(N_("name the bank, or say why the account is believed to be held in the requested State"))
            if not (account.account_number or account.holder or account.holder_person):
                yield f"{where}.account_number", msg(N_("give the account number or the account holder"))
        if item.type != "bank_records":
            continue
        if item.period_from is None or item.period_to is None:
            yield f"{base}.period_from", msg(N_("give the period the records should cover (from and to)"))
        if not (item.documents or item.other_documents):
            yield f"{base}.documents", msg(N_("say which documents are needed (statements, account opening file, signature cards...)"))


@rule("R31", W, "EIO arts. 26-28; UNTOC art. 18(15)(f)", N_("Bank records: relevance of each account"))
def bank_relevance(ctx: Context) -> RuleOutput:
    for index, item in _items(ctx, "bank_records", "account_monitoring"):
        if len(item.accounts) > 1:
            for a_index, account in enumerate(item.accounts):
                if not account.relevance:
                    yield f"assistance[{index}].accounts[{a_index}].relevance", msg(N_("say why this account matters to the offence"))
        if item.type == "account_monitoring":
            if item.period_from is None or item.period_to is None:
                yield f"assistance[{index}].period_from", msg(
                    N_("say from when and until when the account should be monitored: monitoring without an end date is refused"))
            if not item.operations:
                yield f"assistance[{index}].operations", msg(
                    N_("say which operations the bank should report (e.g. every credit above a sum, every transfer abroad)"))


@rule("R32", E, "UNTOC art. 18(15)(c); CoE 1959 arts. 7, 14(1)(d); Minsk arts. 10-11", N_("Service: addressee, exact address, manner, proof"))
def service(ctx: Context) -> RuleOutput:
    for index, item in _items(ctx, "service"):
        base = f"assistance[{index}]"
        person = ctx.case.person(item.addressee)
        has_address = item.address or (isinstance(person, NaturalPerson) and person.addresses) or getattr(person, "seat", None)
        if not has_address:
            yield f"{base}.address", msg(N_("give the exact address at which the documents are to be served"))
        if not item.proof_of_service:
            yield f"{base}.proof_of_service", msg(N_("ask for proof of service: without it the service cannot be relied on in court")), W


@rule("R33", W, "CoE 1959 arts. 7(3), 8, 10", N_("Service: the requested State's lead time for summonses"))
def summons_lead_time(ctx: Context) -> RuleOutput:
    if ctx.cites("COE_1959"):
        for index, item in _items(ctx, "service"):
            # CoE 1959 art. 10(1): a summons for a personal appearance says what allowances will be paid.
            if item.appearance_date and not item.allowances:
                yield f"assistance[{index}].allowances", msg(
                    N_("the summons asks for a personal appearance: state the approximate allowances and travel costs to be paid"))
    lead = ctx.requirement("summons_lead_time_days")
    if lead is None:
        return
    for index, item in _items(ctx, "service"):
        addressee = ctx.case.person(item.addressee)
        # The declarations (CoE 1959 art. 7(3)) concern summonses for an accused person.
        if addressee is None or addressee.role.value not in ("suspect", "accused"):
            continue
        if item.appearance_date and (item.appearance_date - ctx.request_date).days < lead.value:
            yield f"assistance[{index}].appearance_date", msg(
                N_("{state} needs a summons at least {days} days before the appearance; {date} is too soon"),
                state=ctx.requested.names, days=lead.value, date=item.appearance_date.isoformat())


@rule("R34", W, "CoE 2nd Add. Protocol art. 15", N_("Service: language of the documents, translation and summary"))
def service_language(ctx: Context) -> RuleOutput:
    # Article 15 binds two Parties to the Second Additional Protocol.
    if not ctx.cites("COE_1959", "COE_1959_AP2"):
        return
    if ctx.requesting.membership("COE_1959_AP2") is None or ctx.requested.membership("COE_1959_AP2") is None:
        return
    official = set(ctx.requested.official_languages)
    for index, item in _items(ctx, "service"):
        person = ctx.case.person(item.addressee)
        understood = set(person.languages) if isinstance(person, NaturalPerson) else set()
        for d_index, document in enumerate(item.documents):
            path = f"assistance[{index}].documents[{d_index}]"
            if document.language is None:
                yield f"{path}.language", msg(N_("give the language of '{title}': documents are served in the language they were issued in"),
                                              title=document.title)
                continue
            if understood and document.language not in understood and document.translated_into not in understood:
                yield f"{path}.translated_into", msg(
                    N_("the addressee does not understand the language of '{title}': attach a translation, at least of the important passages"),
                    title=document.title)
            if document.language not in official and document.summary_in not in official and document.translated_into not in official:
                yield f"{path}.summary_in", msg(
                    N_("attach a short summary of '{title}' in the language of {state}"), title=document.title, state=ctx.requested.names)
