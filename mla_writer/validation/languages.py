"""Which languages the requested State accepts for a request on the cited legal basis."""

from __future__ import annotations

from mla_writer.profiles.schema import AcceptedLanguage
from mla_writer.validation.engine import Context


def _entries(ctx: Context) -> list[AcceptedLanguage]:
    cited = {i.id for i in ctx.instruments}
    return [entry for entry in ctx.requested.accepted_languages
            if not entry.instruments or cited.intersection(entry.instruments)]


def accepted_languages(ctx: Context) -> set[str]:
    accepted = {entry.language for entry in _entries(ctx)}
    for instrument in ctx.applying:
        accepted.update(instrument.fixed_languages)
    if not ctx.requested.accepted_languages:
        accepted.update(ctx.requested.official_languages)
    return accepted


def accepted_entry(ctx: Context) -> AcceptedLanguage | None:
    """The profile fact the request's language relies on, if it relies on one."""
    if any(ctx.case.language in i.fixed_languages for i in ctx.applying):
        return None
    return next((e for e in _entries(ctx) if e.language == ctx.case.language), None)
