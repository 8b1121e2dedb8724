"""Which instruments apply between two States on a given date, and why.

The same finder serves validation, the ``basis`` command and the wizard, so all three
always agree on the legal basis.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from mla_writer.i18n import Message, N_, msg
from mla_writer.profiles.schema import CountryProfile, Family, Instrument, InstrumentRegistry, Sourced


@dataclass(frozen=True)
class Applicability:
    instrument: Instrument
    applies: bool
    reason: Message
    relied_on: tuple[Sourced, ...] = field(default_factory=tuple)

    @property
    def unconfirmed(self) -> bool:
        return any(fact.unconfirmed for fact in self.relied_on)


def _state(profile: CountryProfile) -> object:
    return profile.names  # rendered in each language by Message


def check(instrument: Instrument, requesting: CountryProfile, requested: CountryProfile,
          day: dt.date, registry: InstrumentRegistry) -> Applicability:
    """Whether one instrument can be relied on between the two States on ``day``."""
    title = instrument.short_title
    if instrument.family is Family.NONE:
        return Applicability(instrument, True, msg(N_("no treaty is needed: assistance is asked on the basis of reciprocity")))
    if instrument.family is Family.BILATERAL:
        if {requesting.iso2, requested.iso2} != set(instrument.parties):
            return Applicability(instrument, False, msg(
                N_("{treaty} binds {parties} only"), treaty=title, parties="–".join(instrument.parties)))
        if instrument.in_force and day < instrument.in_force:
            return Applicability(instrument, False, msg(
                N_("{treaty} enters into force on {date}"), treaty=title, date=instrument.in_force.isoformat()),
                (instrument,))
        if instrument.until and day >= instrument.until:
            return Applicability(instrument, False, msg(
                N_("{treaty} ceased to apply on {date}"), treaty=title, date=instrument.until.isoformat()), (instrument,))
        return Applicability(instrument, True, msg(N_("bilateral treaty between the two States")), (instrument,))

    if instrument.in_force and day < instrument.in_force:
        return Applicability(instrument, False, msg(
            N_("{treaty} enters into force on {date}"), treaty=title, date=instrument.in_force.isoformat()), (instrument,))
    memberships = []
    for profile, other in ((requesting, requested), (requested, requesting)):
        member = profile.membership(instrument.id)
        if member is None:
            return Applicability(instrument, False, msg(
                N_("{state} is not a party to {treaty}"), state=_state(profile), treaty=title))
        if not member.applies_on(day):
            when = member.until if member.until and day >= member.until else (member.in_force or member.not_before)
            text = (N_("{treaty} ceased to apply to {state} on {date}") if member.until and day >= member.until
                    else N_("{treaty} enters into force for {state} only on {date}"))
            return Applicability(instrument, False, msg(
                text, treaty=title, state=_state(profile), date=when.isoformat() if when else "?"), (member,))
        if member.suspended_for(other.iso2, day):
            return Applicability(instrument, False, msg(
                N_("{state} has suspended {treaty} in its relations with {other}"),
                state=_state(profile), treaty=title, other=_state(other)), (member,))
        memberships.append(member)

    if instrument.supplements:
        parent = registry.get(instrument.supplements)
        if parent is not None and not check(parent, requesting, requested, day, registry).applies:
            return Applicability(instrument, False, msg(
                N_("{treaty} is applied together with {parent}, which does not apply"),
                treaty=title, parent=parent.short_title), tuple(memberships))

    for displacing in registry.instruments:
        if instrument.id in displacing.displaces and displacing.id != instrument.id:
            if check(displacing, requesting, requested, day, registry).applies:
                return Applicability(instrument, False, msg(
                    N_("between two parties to {newer}, {treaty} no longer applies ({newer} replaces it)"),
                    newer=displacing.short_title, treaty=title), tuple(memberships))
    return Applicability(instrument, True, msg(N_("both States are parties on this date")), tuple(memberships))


def applicable(requesting: CountryProfile, requested: CountryProfile, day: dt.date,
               registry: InstrumentRegistry) -> list[Applicability]:
    """Instruments that apply, most preferred first; reciprocity only when nothing else does."""
    found = [
        result
        for instrument in sorted(registry.instruments, key=lambda i: (i.preference, i.id))
        if instrument.family is not Family.NONE
        for result in [check(instrument, requesting, requested, day, registry)]
        if result.applies
    ]
    if not found:
        reciprocity = next((i for i in registry.instruments if i.family is Family.NONE), None)
        if reciprocity is not None:
            found.append(Applicability(reciprocity, True, msg(
                N_("no treaty applies between the two States on this date: ask on the basis of reciprocity, "
                   "with a written assurance of reciprocity"))))
    return found
