"""A State's profile as text: every fact with where it comes from."""

from __future__ import annotations

from mla_writer.i18n import N_, translate
from mla_writer.profiles.schema import CountryProfile, FactStatus, Sourced


def _provenance(fact: Sourced, lang: str) -> str:
    status = {FactStatus.CONFIRMED: N_("confirmed"), FactStatus.PARTIAL: N_("partly confirmed"),
              FactStatus.UNCONFIRMED: N_("UNCONFIRMED")}[fact.status]
    parts = [translate(lang, status)]
    if fact.source:
        parts.append(fact.source)
    if fact.note:
        parts.append(fact.note)
    return "    [" + " | ".join(parts) + "]"


def profile_report(profile: CountryProfile, lang: str) -> str:
    t = lambda text: translate(lang, text)  # noqa: E731 - a local shorthand
    name = profile.names.pick(lang)
    lines = [f"{profile.iso2} — {name.formal} ({name.short})", _provenance(profile.names, lang)]
    official_label, checked_label = t(N_("Official languages")), t(N_("Last checked"))
    lines.append(f"{official_label}: {', '.join(profile.official_languages)}")
    if profile.updated:
        lines.append(f"{checked_label}: {profile.updated.isoformat()}")

    lines += ["", t(N_("Central authorities"))]
    for authority in profile.central_authorities or []:
        stages = ", ".join(stage.value for stage in authority.stages)
        lines.append(f"  - {authority.name.pick(lang)} ({stages})")
        lines.append(_provenance(authority, lang))
        for label, fact in ((N_("address"), authority.address), (N_("telephone"), authority.phone),
                            (N_("e-mail"), authority.email)):
            if fact is not None:
                lines.append(f"    {t(label)}: {fact.value}")
                lines.append(_provenance(fact, lang))
        if authority.instruments:
            only_under = t(N_("only under"))
            lines.append(f"    {only_under}: {', '.join(authority.instruments)}")
    if not profile.central_authorities:
        lines.append("  " + t(N_("none recorded")))

    lines += ["", t(N_("Accepted languages of requests"))]
    for entry in profile.accepted_languages:
        scope = ", ".join(entry.instruments) if entry.instruments else t(N_("any legal basis"))
        extra = ", " + t(N_("as a translation only")) if entry.translation_only else ""
        lines.append(f"  - {entry.language} ({scope}{extra})")
        lines.append(_provenance(entry, lang))

    lines += ["", t(N_("Channels"))]
    for channel in profile.channels:
        scope = ", ".join(channel.instruments) if channel.instruments else t(N_("any legal basis"))
        urgent = ", " + t(N_("urgent requests only")) if channel.urgent_only else ""
        lines.append(f"  - {channel.channel.value} ({scope}{urgent})")
        lines.append(_provenance(channel, lang))

    lines += ["", t(N_("Treaties in force"))]
    for member in profile.treaties:
        span = member.in_force.isoformat() if member.in_force else t(N_("date unknown"))
        if member.until:
            span += f" – {member.until.isoformat()}"
        suspended = ("; " + t(N_("suspended with")) + " " + ", ".join(member.suspended_with)) if member.suspended_with else ""
        lines.append(f"  - {member.instrument}: {span}{suspended}")
        lines.append(_provenance(member, lang))

    lines += ["", t(N_("Requirements"))]
    for text, fact in requirement_facts(profile, lang):
        lines.append(f"  - {text}")
        lines.append(_provenance(fact, lang))
    requirements = profile.requirements
    for attachment in requirements.attachments:
        scope = ", ".join(attachment.applies_to) or t(N_("every request"))
        attach = t(N_("attach"))
        lines.append(f"  - {attach}: {attachment.description.pick(lang)} ({scope})")
        lines.append(_provenance(attachment, lang))

    if profile.guidelines:
        lines += ["", t(N_("Guidelines for foreign authorities"))]
        for link in profile.guidelines:
            lines.append(f"  - {link.title}" + (f" <{link.url}>" if link.url else ""))
            lines.append(_provenance(link, lang))
    if profile.notes:
        lines += ["", t(N_("Notes"))]
        for note in profile.notes:
            lines.append(f"  - {note.text.pick(lang)}")
            lines.append(_provenance(note, lang))
    return "\n".join(lines)


def requirement_facts(profile: CountryProfile, lang: str) -> list[tuple[str, Sourced]]:
    """Each stated requirement as one line of text ("seal required: yes (only under ...)"), with its fact."""
    t = lambda text: translate(lang, text)  # noqa: E731
    requirements = profile.requirements
    found = []
    for label, fact in ((N_("dual criminality for coercive measures"), requirements.dual_criminality_coercive),
                        (N_("seal required"), requirements.seal_required),
                        (N_("certified translation"), requirements.certified_translation),
                        (N_("legalisation required"), requirements.legalisation_required),
                        (N_("summons lead time (days)"), requirements.summons_lead_time_days),
                        (N_("treaty required"), requirements.treaty_required),
                        (N_("reciprocity accepted"), requirements.reciprocity_accepted)):
        if fact is not None:
            value = fact.value if not isinstance(fact.value, bool) else t(N_("yes") if fact.value else N_("no"))
            scope = f" ({t(N_('only under'))} {', '.join(fact.instruments)})" if fact.instruments else ""
            found.append((f"{t(label)}: {value}{scope}", fact))
    return found
