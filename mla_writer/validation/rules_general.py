"""Rules on the contents every request needs (legal.md §10.1, R01–R24) and on dates."""

from __future__ import annotations

import re

from mla_writer.i18n import N_, msg
from mla_writer.model import LegalPerson, NaturalPerson
from mla_writer.model.assistance import COERCIVE_TYPES
from mla_writer.model.common import Channel
from mla_writer.profiles.schema import Family
from mla_writer.validation.engine import Context, RuleOutput, Severity, rule

E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO
MIN_FACTS_LENGTH = 300
CIS_STATES = frozenset({"AM", "AZ", "BY", "KG", "KZ", "MD", "RU", "TJ", "TM", "UA", "UZ"})
_YEAR = re.compile(r"(19|20)\d\d")


@rule("R01", E, "UNTOC art. 18(15)(a); UNCAC art. 46(15)(a); CoE 1959 art. 14(1)(a)",
      N_("Requesting authority with address and a named contact"))
def requesting_authority(ctx: Context) -> RuleOutput:
    authority = ctx.case.requesting.authority
    base = "requesting.authority"
    if not authority.address:
        yield f"{base}.address", msg(N_("the requesting authority's postal address is missing"))
    contact = authority.contact or ctx.case.consultation_contact
    if contact is None:
        yield f"{base}.contact", msg(N_("no contact person is named; the requested State needs someone to consult on execution"))
        return
    if not contact.phone:
        yield f"{base}.contact.phone", msg(N_("the contact person's telephone number is missing"))
    if not contact.email:
        yield f"{base}.contact.email", msg(N_("the contact person's e-mail address is missing"))
    if ctx.case.urgency.urgent and not authority.time_zone:
        yield f"{base}.time_zone", msg(N_("an urgent request must give the requesting authority's time zone"))


@rule("R02", E, "UNTOC art. 18(15)(b); UNCAC art. 46(15)(b)",
      N_("Authority conducting the proceedings, with its function"))
def conducting_authority(ctx: Context) -> RuleOutput:
    if ctx.case.conducting_authority is not None:
        if not ctx.case.conducting_authority.function:
            yield "conducting_authority.function", msg(N_("say what the conducting authority does in these proceedings"))
    elif not ctx.case.requesting.authority.function:
        yield "requesting.authority.function", msg(
            N_("say what the requesting authority does in these proceedings (e.g. 'conducts the pre-trial investigation'), "
               "or name the conducting authority in conducting_authority"))


@rule("R03", E, "UNTOC art. 18(13); Chisinau art. 7(1)(a); Minsk art. 7",
      N_("Requested authority identified"))
def requested_authority(ctx: Context) -> RuleOutput:
    if ctx.case.requested.authority:
        return
    if ctx.requested.authority_for(ctx.case.proceedings.stage, [i.id for i in ctx.instruments]) is None:
        yield "requested.authority", msg(
            N_("the profile of {state} names no authority for the {stage} stage; name the requested authority yourself"),
            state=ctx.requested.names, stage=ctx.case.proceedings.stage.value)


@rule("R05", W, "Chisinau art. 7(1)(c); T-CY template field 2", N_("Case number"))
def case_number(ctx: Context) -> RuleOutput:
    if not ctx.case.proceedings.case_number:
        severity = E if ctx.cites("CHISINAU_2002") else W
        yield "proceedings.case_number", msg(N_("the case number is missing; the requested authority quotes it in every reply")), severity


@rule("R06", E, "UNTOC art. 18(15)(b)", N_("Subject, nature and stage of the proceedings"))
def proceedings_subject(ctx: Context) -> RuleOutput:
    if not ctx.case.proceedings.subject:
        yield "proceedings.subject", msg(N_("describe the subject matter and nature of the proceedings"))


@rule("R07", E, "UNTOC art. 18(15)(c); CoE 1959 art. 14(2)", N_("Summary of the facts"))
def facts_summary(ctx: Context) -> RuleOutput:
    summary = ctx.case.facts.summary
    if ctx.only_service and not summary:
        return
    if not summary:
        yield "facts.summary", msg(N_("the summary of the relevant facts is missing"))
    elif len(summary) < MIN_FACTS_LENGTH:
        yield "facts.summary", msg(
            N_("the summary of facts has {length} characters; say who did what, when and where (at least {minimum})"),
            length=len(summary), minimum=MIN_FACTS_LENGTH)
    elif not _YEAR.search(summary):
        yield "facts.summary", msg(N_("the summary of facts gives no dates; say when the acts took place")), W


@rule("R08", W, "CoE 1959 art. 14(2); Minsk art. 7; Model Treaty art. 5(1)(c)",
      N_("Offences with their provisions, text and maximum penalty"))
def offences(ctx: Context) -> RuleOutput:
    strict = ctx.family(Family.CIS) or ctx.family(Family.COE)
    severity = E if strict else W
    if not ctx.case.offences:
        yield "offences", msg(N_("name at least one offence and the provision that makes it an offence")), E
        return
    for index, offence in enumerate(ctx.case.offences):
        base = f"offences[{index}]"
        if not offence.provision:
            yield f"{base}.provision", msg(N_("give the article of the criminal law for '{name}'"), name=offence.name), severity
        if not offence.provision_text:
            yield f"{base}.provision_text", msg(N_("quote the text of the provision for '{name}'"), name=offence.name), severity
        if not (offence.max_penalty or offence.max_penalty_years is not None):
            yield f"{base}.max_penalty", msg(N_("state the maximum penalty for '{name}'"), name=offence.name), severity


_FISHING = re.compile(
    r"\b(all|any)\s+(and\s+all\s+)?(documents?|records?|accounts?|information|data|files)\b"
    r"|\bвсе\s+(документы|счета|сведения|материалы|записи|данные)\b"
    r"|\bлюбые\s+(документы|счета|сведения|материалы|записи|данные)\b"
    r"|\bвсю\s+(информацию|документацию)\b"
    r"|\b(alle|sämtliche|jegliche)\s+(Unterlagen|Dokumente|Akten|Aufzeichnungen|Informationen|Daten|Konten)\b"
    r"|\b(tüm|bütün|her\s+türlü)\s+(belge|kayıt|bilgi|hesap|veri|evrak)\w*"
    r"|\b(tous|toutes)\s+(les\s+)?(documents|pièces|informations|données|comptes)\b"
    r"|\b(todos|todas)\s+(los\s+|las\s+)?(documentos|registros|informaciones|datos|cuentas)\b"
    r"|(جميع|كافة)\s+(ال)?(مستندات|وثائق|سجلات|معلومات|حسابات|بيانات)",
    re.IGNORECASE,
)


@rule("R09", W, "UNTOC art. 18(15)(d); practitioners' guides (legal.md §8)", N_("Specific, not open-ended, requests"))
def specificity(ctx: Context) -> RuleOutput:
    for index, item in enumerate(ctx.case.assistance):
        texts: list[tuple[str, str]] = []
        if item.type == "documents" and item.period_from is None and item.period_to is None:
            yield f"assistance[{index}].period_from", msg(N_("say which period the documents should cover"))
        # Every text of the item and every list of texts: what is sought, where, for what.
        for name in type(item).model_fields:
            value = getattr(item, name)
            if isinstance(value, str) and name not in ("relevance", "grounds"):
                texts.append((f"assistance[{index}].{name}", value))
            elif isinstance(value, list):
                texts += [(f"assistance[{index}].{name}[{i}]", v) for i, v in enumerate(value) if isinstance(v, str)]
        for path, text in texts:
            if _FISHING.search(text):
                yield path, msg(N_("open-ended wording ('{words}') reads as a fishing expedition; say exactly which items and which period"),
                                words=_FISHING.search(text).group(0))


@rule("R10", E, "UNTOC art. 18(15)(f), 18(1); US DOJ CRM 281", N_("Purpose and relevance of each measure"))
def purpose_and_relevance(ctx: Context) -> RuleOutput:
    if not ctx.case.assistance:
        yield "assistance", msg(N_("the request asks for no assistance; add at least one item"))
        return
    for index, item in enumerate(ctx.case.assistance):
        if not item.purpose:
            yield f"assistance[{index}].purpose", msg(N_("say what this evidence or action is needed for"))
        if item.type != "service" and not item.relevance:
            yield f"assistance[{index}].relevance", msg(N_("explain how this is linked to the offence"))
    if not ctx.only_service and not ctx.case.facts.link_to_requested_state:
        yield "facts.link_to_requested_state", msg(N_("explain why the evidence, persons or proceeds are in the requested State"))


@rule("R11", W, "UNTOC art. 18(15)(e); CoE 1959 art. 14(1)(c); Chisinau art. 7(1)(d)", N_("Identity of the persons concerned"))
def persons(ctx: Context) -> RuleOutput:
    strict = ctx.strict_personal_data
    severity = E if strict else W
    for index, person in enumerate(ctx.case.persons):
        base = f"persons[{index}]"
        if isinstance(person, NaturalPerson):
            name = person.id  # the id, never the name: findings may end up in logs
            if person.date_of_birth is None:
                yield f"{base}.date_of_birth", msg(N_("the date of birth of {name} is missing"), name=name), severity
            if not person.place_of_birth:
                yield f"{base}.place_of_birth", msg(N_("the place of birth of {name} is missing"), name=name), severity
            if not person.nationality:
                yield f"{base}.nationality", msg(N_("the nationality of {name} is missing"), name=name), severity
            if not (person.addresses or person.whereabouts):
                yield f"{base}.addresses", msg(N_("no address or whereabouts for {name}"), name=name), severity
            if strict and not person.occupation:
                yield f"{base}.occupation", msg(N_("the occupation of {name} is missing"), name=name), severity
            if strict and not person.patronymic and CIS_STATES.intersection(person.nationality):
                yield f"{base}.patronymic", msg(N_("the patronymic of {name} is missing (write 'none' in notes if the person has none)"),
                                                name=name), W
        elif isinstance(person, LegalPerson):
            if not person.seat:
                yield f"{base}.seat", msg(N_("the registered address of {name} is missing"), name=person.id), severity
            if not person.registration_number:
                yield f"{base}.registration_number", msg(N_("the registration number of {name} is missing"), name=person.id), severity
            if strict and not person.bank_details:
                yield f"{base}.bank_details", msg(N_("the bank details of {name} are missing"), name=person.id), severity
            if strict and not person.fiscal_code:
                yield f"{base}.fiscal_code", msg(N_("the fiscal code of {name} is missing"), name=person.id), severity


@rule("R12", W, "UNTOC art. 18(15)(d), 18(17); CoE 2nd Add. Protocol art. 8", N_("Special procedures with their reasons"))
def special_procedures(ctx: Context) -> RuleOutput:
    for index, item in enumerate(ctx.case.assistance):
        for p_index, procedure in enumerate(item.special_procedures):
            if not procedure.reason:
                yield (f"assistance[{index}].special_procedures[{p_index}].reason",
                       msg(N_("say why the requesting State's law needs this procedure ({kind})"), kind=procedure.kind.value))


@rule("R13", E, "UNTOC art. 18(24); PC-OC Guidelines", N_("Reasons for urgency"))
def urgency_reason(ctx: Context) -> RuleOutput:
    if ctx.case.urgency.urgent and not ctx.case.urgency.reason:
        yield "urgency.reason", msg(N_("the request is marked urgent but gives no reason (custody, trial date, risk of loss)"))


@rule("R14", W, "UNTOC art. 18(24)", N_("Deadline in the future, with a reason"))
def deadline(ctx: Context) -> RuleOutput:
    urgency = ctx.case.urgency
    if urgency.deadline is None:
        return
    if urgency.deadline <= ctx.request_date:
        yield "urgency.deadline", msg(N_("the deadline {date} is not after the date of the request"), date=urgency.deadline.isoformat())
    if not urgency.deadline_reason:
        yield "urgency.deadline_reason", msg(N_("a deadline carries weight only with its reason (e.g. the date of the trial)"))


@rule("R15", W, "UNTOC art. 18(20); Chisinau art. 7(1)(f)", N_("Confidentiality stated"))
def confidentiality(ctx: Context) -> RuleOutput:
    conf = ctx.case.confidentiality
    severity = E if ctx.cites("CHISINAU_2002") else W
    if conf.required is None:
        yield "confidentiality.required", msg(N_("say whether the request must be kept confidential (true or false)")), severity
    elif conf.required:
        if not conf.reason:
            yield "confidentiality.reason", msg(N_("say why confidentiality is needed")), severity
        if not conf.scope:
            yield "confidentiality.scope", msg(N_("say what must be kept confidential, and from whom (e.g. the account holder)"))


@rule("R16", W, "UNTOC art. 18(19)", N_("Use limited to the proceedings named (speciality)"))
def speciality(ctx: Context) -> RuleOutput:
    if not ctx.case.assurances.speciality:
        yield "assurances.speciality", msg(
            N_("the request does not undertake to use the evidence only in these proceedings; "
               "list any other proceedings in proceedings.other_proceedings and give the undertaking"))


@rule("R17", E, "UNTOC art. 18(14); CoE 1959 art. 16(2); Minsk art. 17", N_("Language accepted by the requested State"))
def language(ctx: Context) -> RuleOutput:
    from mla_writer.validation.languages import accepted_languages

    accepted = accepted_languages(ctx)
    if ctx.case.language not in accepted:
        yield "language", msg(
            N_("{state} does not accept requests in '{lang}'; accepted: {accepted}"),
            state=ctx.requested.names, lang=ctx.case.language, accepted=", ".join(sorted(accepted)) or "?")


@rule("R18", W, "CoE 1959 art. 16; legal.md §8", N_("Translation certified where required"))
def translation(ctx: Context) -> RuleOutput:
    from mla_writer.validation.languages import accepted_entry

    entry = accepted_entry(ctx)
    if entry is not None and entry.translation_only:
        yield "language", msg(N_("'{lang}' is accepted only as a translation: attach the original in your own language"),
                              lang=ctx.case.language)
    if entry is not None and entry.condition is not None:
        yield "language", msg(N_("{state} accepts '{lang}' on a condition: {condition}"),
                              state=ctx.requested.names, lang=ctx.case.language, condition=entry.condition)
    cert = ctx.requirement("certified_translation")
    if cert is not None and cert.value and ctx.case.language not in ctx.requested.official_languages:
        yield "language", msg(N_("{state} requires translations to be certified; have the translation certified"),
                              state=ctx.requested.names), I


@rule("R19", W, "UNTOC art. 18(14); Budapest art. 25(3)", N_("Written form and confirmation of urgent requests"))
def written_form(ctx: Context) -> RuleOutput:
    if ctx.case.channel is Channel.INTERPOL:
        yield "channel", msg(N_("a request sent through INTERPOL must be confirmed in writing through the central authority forthwith"))


@rule("R20", I, "UNTOC art. 18(14); Minsk/Chisinau art. 7", N_("Signature, date and seal"))
def signature_and_seal(ctx: Context) -> RuleOutput:
    seal_by_treaty = [i for i in ctx.applying if i.seal_required]
    seal_profile = ctx.requesting.requirements.seal_required
    if seal_by_treaty or (seal_profile is not None and seal_profile.value):
        yield "signatory", msg(N_("sign the request and affix the official seal bearing the State emblem"))
    if ctx.case.signatory.date and ctx.case.signatory.date > ctx.today:
        yield "signatory.date", msg(N_("the request is dated in the future ({date})"), date=ctx.case.signatory.date.isoformat()), W


@rule("R21", E, "UNTOC art. 18(13); CoE 1959 art. 15; Minsk art. 5", N_("Channel of transmission"))
def channel(ctx: Context) -> RuleOutput:
    chosen = ctx.case.channel
    if chosen is None:
        return
    if chosen is Channel.INTERPOL and not ctx.case.urgency.urgent:
        yield "channel", msg(N_("INTERPOL may be used only for urgent requests"))
        return
    cited = {i.id for i in ctx.instruments}
    allowed = [rule for rule in ctx.requested.channels
               if rule.channel is chosen and (not rule.instruments or cited.intersection(rule.instruments))]
    if ctx.requested.channels and not allowed:
        usable = sorted({rule.channel.value for rule in ctx.requested.channels
                         if not rule.instruments or cited.intersection(rule.instruments)})
        yield "channel", msg(N_("{state} does not receive requests through '{channel}' on this legal basis; use {usable}"),
                             state=ctx.requested.names, channel=chosen.value, usable=", ".join(usable) or "?")


@rule("R22", W, "T-CY template fields 9-10", N_("Earlier related requests referenced"))
def related_requests(ctx: Context) -> RuleOutput:
    for index, related in enumerate(ctx.case.related_requests):
        if related.date is None:
            yield f"related_requests[{index}].date", msg(N_("give the date of the earlier request {reference}"), reference=related.reference)


@rule("R23", W, "UNTOC art. 18(9); UNCAC art. 43(2); CoE 1959 art. 5", N_("Conduct described for the dual-criminality test"))
def dual_criminality(ctx: Context) -> RuleOutput:
    required = ctx.requirement("dual_criminality_coercive")
    coercive = [i for i, item in enumerate(ctx.case.assistance) if item.type in COERCIVE_TYPES]
    if not coercive or required is None or not required.value:
        return
    summary = ctx.case.facts.summary or ""
    if len(summary) < 2 * MIN_FACTS_LENGTH or any(not o.provision_text for o in ctx.case.offences):
        yield "facts.summary", msg(
            N_("{state} requires dual criminality for coercive measures: describe the conduct fully and quote the provisions"),
            state=ctx.requested.names)


@rule("R24", W, "EIO closing line; practice", N_("Annexes listed"))
def annexes(ctx: Context) -> RuleOutput:
    titles = {annex.title.casefold() for annex in ctx.case.annexes}
    for index, item in enumerate(ctx.case.assistance):
        for field in ("questions_annex", "domestic_order"):
            title = getattr(item, field, None)
            if title and title.casefold() not in titles:
                yield f"assistance[{index}].{field}", msg(N_("the annex '{title}' is referred to but not listed in annexes"), title=title)
    for index, annex in enumerate(ctx.case.annexes):
        if annex.pages is None:
            yield f"annexes[{index}].pages", msg(N_("state the number of pages of the annex '{title}'"), title=annex.title), I


@rule("M03", W, "case file consistency (mla-writer)", N_("Translations refer to fields that exist"))
def translation_paths(ctx: Context) -> RuleOutput:
    data = ctx.case.model_dump(mode="json")
    for lang, fields in ctx.case.translations.items():
        for path in fields:
            if not isinstance(_resolve(data, path), str):
                yield f"translations.{lang}.{path}", msg(
                    N_("there is no text field '{path}' in this case: the translation would never be used; check the path"),
                    path=path)


_PATH_PART = re.compile(r"([A-Za-z_]+)|\[(\d+)\]")


def _resolve(data: object, path: str) -> object:
    node = data
    for name, index in _PATH_PART.findall(path):
        if name:
            if not isinstance(node, dict) or name not in node:
                return None
            node = node[name]
        else:
            if not isinstance(node, list) or int(index) >= len(node):
                return None
            node = node[int(index)]
    return node


@rule("M01", E, "plausibility check (mla-writer)", N_("Dates are possible"))
def dates(ctx: Context) -> RuleOutput:
    today = ctx.today
    case = ctx.case
    for index, person in enumerate(case.persons):
        if isinstance(person, NaturalPerson) and person.date_of_birth:
            if person.date_of_birth > today:
                yield f"persons[{index}].date_of_birth", msg(N_("the date of birth {date} is in the future"), date=person.date_of_birth.isoformat())
            elif person.date_of_birth.year < 1900:
                yield f"persons[{index}].date_of_birth", msg(N_("the date of birth {date} is before 1900"), date=person.date_of_birth.isoformat()), W
        if isinstance(person, NaturalPerson):
            for d_index, document in enumerate(person.id_documents):
                if document.issued_on and document.issued_on > today:
                    yield f"persons[{index}].id_documents[{d_index}].issued_on", msg(N_("the document is issued in the future"))
    for index, offence in enumerate(case.offences):
        for field in ("committed_from", "committed_to"):
            day = getattr(offence, field)
            if day and day > today:
                yield f"offences[{index}].{field}", msg(N_("the offence cannot be committed in the future ({date})"), date=day.isoformat())
        if offence.committed_from and offence.committed_to and offence.committed_from > offence.committed_to:
            yield f"offences[{index}].committed_to", msg(N_("the period ends before it starts"))
    for index, item in enumerate(case.assistance):
        start, end = getattr(item, "period_from", None), getattr(item, "period_to", None)
        if start and end and start > end:
            yield f"assistance[{index}].period_to", msg(N_("the period ends before it starts"))
    if case.proceedings.opened_on and case.proceedings.opened_on > today:
        yield "proceedings.opened_on", msg(N_("the proceedings cannot be opened in the future ({date})"), date=case.proceedings.opened_on.isoformat())
    for index, related in enumerate(case.related_requests):
        if related.date and related.date > today:
            yield f"related_requests[{index}].date", msg(N_("an earlier request cannot be dated in the future ({date})"), date=related.date.isoformat())
