"""Rules for examinations, information and expert evaluations, controlled deliveries, joint investigation
teams and transfer of proceedings (R48, R49, M04, M05, M07)."""

from __future__ import annotations

from mla_writer.i18n import N_, msg
from mla_writer.validation.engine import Context, RuleOutput, Severity, rule
from mla_writer.validation.rules_assistance import _items

E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO


@rule("R48", E, "UNTOC arts. 2(i), 20(4); CoE 2nd Add. Protocol art. 18", N_("Controlled delivery: consignment, route, timing, supervision"))
def controlled_delivery(ctx: Context) -> RuleOutput:
    for index, item in _items(ctx, "controlled_delivery"):
        base = f"assistance[{index}]"
        if not item.consignment:
            yield f"{base}.consignment", msg(N_("describe the consignment: goods, quantity, packaging, markings"))
        if not item.route:
            yield f"{base}.route", msg(N_("describe the route: from where, through which border crossings, to where"))
        if not item.transport:
            yield f"{base}.transport", msg(N_("describe the means of transport (vehicle and registration, carrier, container)"))
        if not item.timing:
            yield f"{base}.timing", msg(N_("say when the consignment is expected to enter and leave the requested State"))
        if not item.supervising_authorities:
            yield f"{base}.supervising_authorities", msg(N_("name the authorities of each State that will supervise the delivery"))
        if item.handling is None:
            yield f"{base}.handling", msg(N_("say whether the goods are to continue intact, or be removed or replaced in whole or in part"))
        if ctx.cites("COE_1959", "COE_1959_AP2") and not item.competent_authority:
            yield f"{base}.competent_authority", msg(
                N_("name the authority the requested State declared competent for controlled deliveries (2nd Add. Protocol art. 18(4))")), W


@rule("R49", E, "UNTOC art. 19; CoE 2nd Add. Protocol art. 20(1)-(2)", N_("Joint investigation team: parties, place, leader, members, duration"))
def joint_team(ctx: Context) -> RuleOutput:
    own = {ctx.case.requesting.state, ctx.case.requested.state}
    for index, item in _items(ctx, "joint_investigation_team"):
        base = f"assistance[{index}]"
        if not item.parties:
            yield f"{base}.parties", msg(N_("list the States that would take part in the team"))
        elif not own <= set(item.parties):
            yield f"{base}.parties", msg(N_("the parties to the team should include both the requesting and the requested State")), W
        if item.operating_state is None:
            yield f"{base}.operating_state", msg(N_("say in which State the team would operate"))
        if not item.leader:
            yield f"{base}.leader", msg(N_("propose the leader of the team, from the State where it operates"))
        if not item.composition:
            yield f"{base}.composition", msg(N_("propose the composition of the team: authorities and officers of each State"))
        if not item.duration:
            yield f"{base}.duration", msg(N_("propose the period for which the team is set up"))


@rule("M04", E, "UNTOC art. 18(3)(d), 18(15)(d)", N_("Examination: what, where, what to establish"))
def examination(ctx: Context) -> RuleOutput:
    for index, item in _items(ctx, "examination"):
        base = f"assistance[{index}]"
        if not item.objects:
            yield f"{base}.objects", msg(N_("describe each object or site to be examined"))
        if not item.location:
            yield f"{base}.location", msg(N_("give the exact address or place of the objects or site"))
        if not item.to_establish:
            yield f"{base}.to_establish", msg(N_("say what the examination should establish")), W


@rule("M05", E, "UNTOC art. 18(3)(e), 18(15)(d)", N_("Information, items and expert evaluations: exactly what, from whom"))
def information(ctx: Context) -> RuleOutput:
    for index, item in _items(ctx, "information"):
        base = f"assistance[{index}]"
        if not item.information_sought:
            yield f"{base}.information_sought", msg(N_("say exactly which information, items or expert evaluation you need"))
        if item.kind == "expert_evaluation" and not item.questions:
            yield f"{base}.questions", msg(N_("list the questions the expert should answer"))
        if not item.source:
            yield f"{base}.source", msg(N_("say which authority, register or person is believed to hold it")), W


@rule("M07", E, "UNTOC art. 21; UNCAC art. 47", N_("Transfer of proceedings: whom, why, the file"))
def transfer_of_proceedings(ctx: Context) -> RuleOutput:
    for index, item in _items(ctx, "transfer_of_proceedings"):
        base = f"assistance[{index}]"
        if not item.suspects:
            yield f"{base}.suspects", msg(N_("say whose prosecution is to be taken over: the ids in 'persons'"))
        if not item.reasons:
            yield f"{base}.reasons", msg(N_("explain why the requested State is better placed to prosecute"))
        if not item.case_file:
            yield f"{base}.case_file", msg(N_("attach a certified copy of the case file and name the annex here")), W
        if not item.own_proceedings:
            yield f"{base}.own_proceedings", msg(
                N_("say what happens to your own proceedings once the requested State takes over (suspended or closed)")), W
