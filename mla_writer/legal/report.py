"""The `basis` report: which instruments apply between two States, why, and what they demand."""

from __future__ import annotations

import datetime as dt

from mla_writer.i18n import N_, translate
from mla_writer.legal.basis import applicable
from mla_writer.profiles.schema import CountryProfile, Family, FactStatus, InstrumentRegistry


def basis_report(requesting: CountryProfile, requested: CountryProfile, day: dt.date,
                 registry: InstrumentRegistry, lang: str) -> str:
    t = lambda text: translate(lang, text)  # noqa: E731 - a local shorthand
    found = applicable(requesting, requested, day, registry)
    heading = t(N_("Legal basis for a request from {requesting} to {requested} on {date}")).format(
        requesting=requesting.names.pick(lang).short, requested=requested.names.pick(lang).short, date=day.isoformat())
    lines = [heading, ""]
    if len(found) == 1 and found[0].instrument.family is Family.NONE:
        lines.append(t(N_("No treaty applies between the two States on this date.")))
    for number, option in enumerate(found, start=1):
        instrument = option.instrument
        lines.append(f"{number}. {instrument.title.pick(lang)} [{instrument.id}]")
        why = t(N_("why"))
        lines.append(f"   {why}: {option.reason.render(lang)}")
        for label, text in ((N_("cite"), instrument.mla_articles), (N_("contents of the request"), instrument.content_rule),
                            (N_("language"), instrument.language_rule), (N_("channel"), instrument.channel_rule)):
            if text is not None:
                lines.append(f"   {t(label)}: {text.pick(lang)}")
        if instrument.seal_required:
            form, sealed = t(N_("form")), t(N_("signed and sealed with the official seal bearing the State emblem"))
            lines.append(f"   {form}: {sealed}")
        for fact in option.relied_on:
            relies = t(N_("relies on"))
            lines.append(f"   {relies} {_status(fact, t)}")
        lines.append("")
    accepted = sorted({entry.language for entry in requested.accepted_languages
                       if not entry.instruments or {o.instrument.id for o in found} & set(entry.instruments)})
    if accepted:
        label = t(N_("Languages accepted by the requested State on this basis"))
        lines.append(f"{label}: {', '.join(accepted)}")
    lines += _addressing(requested, lang, t)
    return "\n".join(lines).rstrip()


def _status(fact, t) -> str:  # noqa: ANN001 - a Sourced fact and the translator
    status = {FactStatus.CONFIRMED: N_("confirmed"), FactStatus.PARTIAL: N_("partly confirmed"),
              FactStatus.UNCONFIRMED: N_("UNCONFIRMED")}[fact.status]
    where = f" — {fact.source}" if fact.source else ""
    return f"({t(status)}{where})"


def _addressing(requested: CountryProfile, lang: str, t) -> list[str]:  # noqa: ANN001
    """Whom to address and what to attach: the requested State's side of the answer."""
    lines: list[str] = []
    if requested.central_authorities:
        lines += ["", t(N_("Address the request to"))]
        for authority in requested.central_authorities:
            stages = ", ".join(stage.value for stage in authority.stages)
            address = f"; {authority.address.pick(lang)}" if authority.address else ""
            if authority.instruments:
                stages += " — " + ", ".join(authority.instruments)
            lines.append(f"  - {authority.name.pick(lang)} [{stages}]{address} {_status(authority, t)}")
    if requested.requirements.attachments:
        lines += ["", t(N_("Attach"))]
        for rule in requested.requirements.attachments:
            scope = f" [{', '.join(rule.applies_to)}]" if rule.applies_to else ""
            lines.append(f"  - {rule.description.pick(lang)}{scope} {_status(rule, t)}")
    return lines
