"""Rules for proceeds and property: tracing, freezing, confiscation, return (legal.md §1.19, §2, R41–R44)."""

from __future__ import annotations

from mla_writer.i18n import N_, msg
from mla_writer.validation.engine import Context, RuleOutput, Severity, rule
from mla_writer.validation.rules_assistance import _items

E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO


def _where_and_value(base: str, item) -> RuleOutput:  # noqa: ANN001 - an item with 'property'
    """UNCAC art. 55(3)(a): the location and estimated value of the property, where possible."""
    for a_index, asset in enumerate(item.property):
        if not asset.location:
            yield f"{base}.property[{a_index}].location", msg(N_("say where '{what}' is (address, register or bank)"),
                                                              what=asset.description), W
        if not asset.estimated_value:
            yield f"{base}.property[{a_index}].estimated_value", msg(N_("give the estimated value of '{what}', where possible"),
                                                                     what=asset.description), W


@rule("R41", E, "UNTOC art. 13(2), 13(3)(c); UNCAC arts. 54(2), 55(3)(c)", N_("Tracing and freezing: actions, property, order"))
def tracing_and_freezing(ctx: Context) -> RuleOutput:
    # The statement of facts is required of every request (R07).
    for index, item in _items(ctx, "asset_tracing"):
        base = f"assistance[{index}]"
        if not item.actions:
            yield f"{base}.actions", msg(N_("describe the actions requested (e.g. which registers to search, for whose property)"))
        if not (item.persons or item.property):
            yield f"{base}.persons", msg(N_("say whose property is to be traced, or describe the property"))
    for index, item in _items(ctx, "freezing"):
        base = f"assistance[{index}]"
        if not item.property:
            yield f"{base}.property", msg(N_("describe each item of property to be frozen or seized"))
        yield from _where_and_value(base, item)
        if not item.domestic_order:
            yield f"{base}.domestic_order", msg(N_("attach the freezing or seizure order issued in your State, if there is one, and name it here")), W


@rule("R42", E, "UNTOC art. 13(3)(b); UNCAC art. 55(3)(b)", N_("Enforcing a confiscation order: the order, its extent, finality, third parties"))
def confiscation_enforcement(ctx: Context) -> RuleOutput:
    uncac = ctx.cites("UNCAC")
    strict = E if uncac else W
    for index, item in _items(ctx, "confiscation"):
        if item.route != "enforcement":
            continue
        base = f"assistance[{index}]"
        if not item.domestic_order:
            yield f"{base}.domestic_order", msg(N_("attach a legally admissible (certified) copy of the confiscation order and name it here"))
        if not item.extent:
            yield f"{base}.extent", msg(N_("say to what extent the order is to be executed: which property, or up to what amount"))
        if item.order_final is None:
            yield f"{base}.order_final", msg(N_("state whether the confiscation order is final")), strict
        elif item.order_final is False:
            yield f"{base}.order_final", msg(N_("the order is not final: a requested State enforces final orders; ask for freezing until it is")), strict
        if not item.third_parties:
            yield f"{base}.third_parties", msg(N_("say how bona fide third parties were notified and their rights protected")), strict
        if not item.property:
            yield f"{base}.property", msg(N_("describe the property the order concerns")), W


@rule("R43", E, "UNTOC art. 13(3)(a); UNCAC art. 55(3)(a)", N_("Confiscation by the requested State: property and facts"))
def confiscation_new_order(ctx: Context) -> RuleOutput:
    for index, item in _items(ctx, "confiscation"):
        if item.route != "new_order":
            continue
        base = f"assistance[{index}]"
        if not item.property:
            yield f"{base}.property", msg(N_("describe each item of property to be confiscated"))
        for a_index, asset in enumerate(item.property):
            if not asset.grounds:
                yield f"{base}.property[{a_index}].grounds", msg(
                    N_("explain why '{what}' is proceeds or an instrumentality of the offence: the requested State needs it to obtain its own order"),
                    what=asset.description)
        if ctx.cites("UNCAC"):
            yield from _where_and_value(base, item)


@rule("R44", I, "UNTOC art. 14(2); UNCAC art. 57", N_("Return of property to victims or owners"))
def asset_return(ctx: Context) -> RuleOutput:
    victims = any(person.role.value == "victim" for person in ctx.case.persons)
    for index, item in _items(ctx, "freezing", "confiscation"):
        base = f"assistance[{index}]"
        if item.return_sought and not item.return_to:
            yield f"{base}.return_to", msg(N_("name the victims or legitimate owners to whom the property should be returned"))
        elif item.return_sought is None and victims:
            yield f"{base}.return_sought", msg(
                N_("the case has victims: say whether you ask that the property be returned to them or to its owners"))
