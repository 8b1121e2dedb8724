"""Rules on the legal basis (legal.md §10.3, R04 and R51–R60) and on unconfirmed facts."""

from __future__ import annotations

from mla_writer.i18n import N_, msg
from mla_writer.model import NaturalPerson
from mla_writer.model.assistance import COERCIVE_TYPES
from mla_writer.model.common import Channel
from mla_writer.profiles.schema import Family, FactStatus, Sourced
from mla_writer.validation.engine import Context, RuleOutput, Severity, rule

E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO
UNTOC_SERIOUS_CRIME_YEARS = 4


@rule("R04", E, "UNTOC art. 18(6)-(7); PC-OC Guidelines", N_("Legal basis stated and in force for both States"))
def legal_basis(ctx: Context) -> RuleOutput:
    if not ctx.case.legal_basis:
        suggestion = ", ".join(a.instrument.id for a in ctx.available) or "RECIPROCITY"
        yield "legal_basis", msg(N_("no legal basis is cited; between these States on this date: {suggestion}"), suggestion=suggestion)
        return
    for index, instrument in ctx.cited:
        ref = ctx.case.legal_basis[index]
        path = f"legal_basis[{index}].instrument"
        if instrument is None:
            if ref.instrument.upper() != "BILATERAL":
                yield path, msg(N_("'{id}' is not in the registry of instruments; use an id listed by `mla-writer countries` or BILATERAL"),
                                id=ref.instrument)
            continue
        result = ctx.applicability(instrument)
        # Minsk displaced by Chisinau has its own rule (R54).
        if not result.applies and not (instrument.family is Family.CIS and ctx.applicability_displaced(instrument)):
            yield path, msg(N_("{treaty} cannot be relied on: {reason}"), treaty=instrument.short_title, reason=result.reason)
    cited_ids = {i.id for i in ctx.instruments}
    for option in ctx.available:
        inst = option.instrument
        if inst.family is Family.BILATERAL and inst.id not in cited_ids:
            if option.unconfirmed or inst.unconfirmed:
                text = N_("{treaty} may bind both States (its details are not confirmed): check whether it should be cited")
            elif ctx.cites("UNTOC", "UNCAC"):
                text = N_("{treaty} binds both States: check whether it should be cited (UNTOC art. 18(7))")
            else:
                text = N_("{treaty} binds both States: check whether it should be cited")
            yield "legal_basis", msg(text, treaty=inst.title), I


@rule("R51", E, "UNTOC arts. 2(a)-(b), 3, 18(1)", N_("UNTOC: serious crime, transnational, organized group"))
def untoc_scope(ctx: Context) -> RuleOutput:
    if not ctx.cites("UNTOC", "UNTOC_TIP", "UNTOC_SOM"):
        return
    protocol_offence = any(o.trafficking or o.smuggling or o.convention_offence for o in ctx.case.offences)
    years = [o.max_penalty_years for o in ctx.case.offences if o.max_penalty_years is not None]
    if not protocol_offence:
        if not years:
            yield "offences", msg(N_("give max_penalty_years: UNTOC covers serious crime, punishable by at least {years} years"),
                                  years=UNTOC_SERIOUS_CRIME_YEARS), W
        elif max(years) < UNTOC_SERIOUS_CRIME_YEARS:
            yield "offences", msg(N_("no offence carries at least {years} years' imprisonment, so it is not a 'serious crime' under UNTOC art. 2(b)"),
                                  years=UNTOC_SERIOUS_CRIME_YEARS)
    if not ctx.case.facts.transnational_element:
        yield "facts.transnational_element", msg(N_("explain why the offence is transnational in nature (UNTOC art. 3(2))"))
    if not ctx.case.facts.organized_group:
        yield "facts.organized_group", msg(N_("describe the organized criminal group involved, or the grounds to suspect one (UNTOC art. 2(a), 18(1))"))


@rule("R52", E, "TIP Protocol arts. 1, 3, 5; SOM Protocol arts. 1, 3, 6", N_("Protocols: the offence and its elements"))
def protocols(ctx: Context) -> RuleOutput:
    for protocol_id in ("UNTOC_TIP", "UNTOC_SOM"):
        if ctx.cites(protocol_id) and not ctx.cites("UNTOC"):
            yield "legal_basis", msg(N_("a Protocol is applied together with the Convention: cite UNTOC too")), W
    if ctx.cites("UNTOC_TIP"):
        trafficking = [(i, o.trafficking) for i, o in enumerate(ctx.case.offences) if o.trafficking]
        if not trafficking:
            yield "offences", msg(N_("the Trafficking Protocol is cited but no offence sets out its elements (act, means, purpose) in 'trafficking'"))
        for index, elements in trafficking:
            if not elements.act:
                yield f"offences[{index}].trafficking.act", msg(N_("describe the act (recruitment, transport, transfer, harbouring or receipt)"))
            if not elements.means and not elements.child_victim:
                yield f"offences[{index}].trafficking.means", msg(N_("describe the means (threat, force, deception, abuse of vulnerability...), unless the victim is a child"))
            if not elements.purpose:
                yield f"offences[{index}].trafficking.purpose", msg(N_("describe the purpose of exploitation"))
    if ctx.cites("UNTOC_SOM"):
        smuggling = [(i, o.smuggling) for i, o in enumerate(ctx.case.offences) if o.smuggling]
        if not smuggling:
            yield "offences", msg(N_("the Smuggling Protocol is cited but no offence describes the smuggling in 'smuggling'"))
        for index, elements in smuggling:
            if not elements.conduct:
                yield f"offences[{index}].smuggling.conduct", msg(N_("describe how the illegal entry was procured"))
            if not elements.benefit:
                yield f"offences[{index}].smuggling.benefit", msg(N_("describe the financial or other material benefit"))


@rule("R53", W, "UNCAC arts. 43(2), 46(9)", N_("UNCAC: coercive measures and dual criminality"))
def uncac(ctx: Context) -> RuleOutput:
    required = ctx.requirement("dual_criminality_coercive")
    coercive = any(item.type in COERCIVE_TYPES for item in ctx.case.assistance)
    if ctx.cites("UNCAC") and coercive and required is not None and required.value:
        yield "assistance", msg(N_("under UNCAC art. 46(9)(b) non-coercive assistance is given even without dual criminality, "
                                   "coercive measures are not: show that the conduct is an offence in both States"))


@rule("R54", E, "Minsk arts. 5, 7; Chisinau art. 120(3)-(4)", N_("Minsk Convention: the right convention and its contents"))
def minsk(ctx: Context) -> RuleOutput:
    if not ctx.cites("MINSK_1993", "MINSK_1997_PROTOCOL"):
        return
    for index, instrument in ctx.cited:
        if instrument is not None and instrument.id in ("MINSK_1993", "MINSK_1997_PROTOCOL") and ctx.applicability_displaced(instrument):
            yield f"legal_basis[{index}].instrument", msg(
                N_("both States are parties to the Chisinau Convention, which replaces the Minsk Convention between them (art. 120(3)): cite CHISINAU_2002"))
    for index, person in enumerate(ctx.case.persons):
        if isinstance(person, NaturalPerson) and person.role.value in ("suspect", "accused", "convicted", "victim", "witness"):
            if not (person.father_name or person.mother_name):
                yield f"persons[{index}].father_name", msg(N_("the Minsk Convention asks for the names of the parents of {name}, where possible"),
                                                           name=person.id), W
            if not person.occupation:
                yield f"persons[{index}].occupation", msg(N_("the Minsk Convention asks for the occupation of {name}"), name=person.id), W


@rule("R55", E, "Chisinau art. 7(1)", N_("Chisinau Convention: complete article 7 contents"))
def chisinau(ctx: Context) -> RuleOutput:
    if not ctx.cites("CHISINAU_2002"):
        return
    if not ctx.case.proceedings.case_name:
        yield "proceedings.case_name", msg(N_("article 7(1)(c) requires the name of the case as well as its number"))
    for index, person in enumerate(ctx.case.persons):
        for r_index, representative in enumerate(person.representatives):
            if not representative.address:
                yield f"persons[{index}].representatives[{r_index}].address", msg(N_("article 7(1)(e) requires the address of each representative"))


@rule("R56", I, "Bilateral treaty's own contents article", N_("Bilateral treaty: its own rules"))
def bilateral(ctx: Context) -> RuleOutput:
    for index, ref in enumerate(ctx.case.legal_basis):
        instrument = ctx.registry.get(ref.instrument.upper())
        if ref.instrument.upper() == "BILATERAL" or (instrument is not None and instrument.family is Family.BILATERAL):
            yield f"legal_basis[{index}]", msg(N_("check the treaty's own article on the contents, language and channel of requests"))


@rule("R57", W, "CoE 1959 arts. 14, 15; 2nd Add. Protocol art. 4", N_("European Convention: channel"))
def coe(ctx: Context) -> RuleOutput:
    if not ctx.cites("COE_1959"):
        return
    both_ap2 = ctx.requesting.membership("COE_1959_AP2") and ctx.requested.membership("COE_1959_AP2")
    if ctx.case.channel is Channel.DIRECT and not both_ap2 and not ctx.case.urgency.urgent:
        yield "channel", msg(N_("under article 15 of the 1959 Convention, letters rogatory go Ministry to Ministry unless urgent or both States are bound by the Second Additional Protocol"))


@rule("R59", I, "Budapest arts. 25, 27, 29", N_("Budapest Convention"))
def budapest(ctx: Context) -> RuleOutput:
    if not ctx.cites("BUDAPEST"):
        return
    treaties = [a for a in ctx.available if a.instrument.family in (Family.BILATERAL, Family.CIS, Family.COE) and a.instrument.id != "BUDAPEST"]
    if not treaties:
        yield "legal_basis", msg(N_("no MLA treaty binds both States: the procedures of Budapest art. 27 apply (central authorities)")), I


@rule("R60", E, "UNODC Manual on MLA (reciprocity); PILON MLA Handbook ch. 3", N_("Reciprocity"))
def reciprocity(ctx: Context) -> RuleOutput:
    if not ctx.cites("RECIPROCITY"):
        return
    if not ctx.case.assurances.reciprocity:
        yield "assurances.reciprocity", msg(N_("a request on the basis of reciprocity must give an assurance of reciprocity"))
    treaty_needed = ctx.requested.requirements.treaty_required
    if treaty_needed is not None and treaty_needed.value:
        yield "legal_basis", msg(N_("{state} assists only on the basis of a treaty"), state=ctx.requested.names)
    accepted = ctx.requested.requirements.reciprocity_accepted
    if accepted is None or accepted.unconfirmed:
        yield "legal_basis", msg(N_("it is not confirmed that {state} accepts requests on reciprocity; ask its central authority first"),
                                 state=ctx.requested.names), W
    others = [a.instrument.id for a in ctx.available if a.instrument.id != "RECIPROCITY"]
    if others:
        yield "legal_basis", msg(N_("a treaty applies between the two States ({treaties}); prefer it to reciprocity"),
                                 treaties=", ".join(others)), W


_WHERE_TO_CHECK = N_("check it in the UNODC directory of competent national authorities, the UN Treaty Collection or with the central authority")


def _unconfirmed(fact: Sourced | None) -> bool:
    return fact is not None and fact.status is FactStatus.UNCONFIRMED


@rule("M02", W, "mla-writer profile facts", N_("Facts the request relies on that are not confirmed"))
def unconfirmed_facts(ctx: Context) -> RuleOutput:
    from mla_writer.validation.languages import accepted_entry

    shown_notes: set[int] = set()
    for index, instrument in ctx.cited:
        if instrument is None:
            continue
        if instrument.family is Family.BILATERAL and _unconfirmed(instrument):
            yield f"legal_basis[{index}]", msg(N_("the details of {treaty} are not confirmed: {note}; {check}"),
                                               treaty=instrument.short_title, note=instrument.note or "", check=msg(_WHERE_TO_CHECK))
        for profile in (ctx.requesting, ctx.requested):
            member = profile.membership(instrument.id)
            if _unconfirmed(member):
                yield f"legal_basis[{index}]", msg(N_("that {state} is bound by {treaty} is not confirmed; {check}"),
                                                   state=profile.names, treaty=instrument.short_title, check=msg(_WHERE_TO_CHECK))
            for note in profile.notes:
                if instrument.id in note.instruments and id(note) not in shown_notes:
                    shown_notes.add(id(note))
                    yield f"legal_basis[{index}]", msg(N_("{state}: {note}"), state=profile.names, note=note.text)
    if not ctx.case.requested.authority:
        authority = ctx.requested.authority_for(ctx.case.proceedings.stage, [i.id for i in ctx.instruments])
        if authority is not None and (_unconfirmed(authority) or _unconfirmed(authority.address)):
            yield "requested.authority", msg(N_("the requested authority ({name}) or its address is not confirmed; {check}"),
                                             name=authority.name, check=msg(_WHERE_TO_CHECK))
    entry = accepted_entry(ctx)
    if _unconfirmed(entry):
        yield "language", msg(N_("that {state} accepts requests in '{lang}' is not confirmed; {check}"),
                              state=ctx.requested.names, lang=ctx.case.language, check=msg(_WHERE_TO_CHECK))
