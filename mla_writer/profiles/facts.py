"""Walking the facts of a profile: for coverage, for `profile check` and for tests."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from pydantic import BaseModel

from mla_writer.model.common import Stage
from mla_writer.profiles.schema import CountryProfile, FactStatus, Sourced


def iter_facts(value: object, path: str = "") -> Iterator[tuple[str, Sourced]]:
    """Every fact (Sourced object) inside ``value``, with its path in the YAML file."""
    if isinstance(value, Sourced):
        yield path or "(top level)", value
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from iter_facts(getattr(value, name), f"{path}.{name}" if path else name)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from iter_facts(item, f"{path}[{index}]")


# What a complete profile tells a prosecutor; each missing item is counted in the coverage.
def missing_items(profile: CountryProfile) -> list[str]:
    missing: list[str] = []
    for lang in ("en", "ru"):
        if profile.names.get(lang) is None:
            missing.append(f"names.{lang}")
    for stage in Stage:
        if profile.authority_for(stage) is None:
            missing.append(f"central authority for the {stage.value} stage")
    if profile.central_authorities and not any(a.address for a in profile.central_authorities):
        missing.append("central authority address")
    if not profile.accepted_languages:
        missing.append("accepted_languages")
    if not profile.channels:
        missing.append("channels")
    if not any(c.channel.value == "interpol" for c in profile.channels):
        missing.append("whether INTERPOL is accepted for urgent requests")
    if not profile.treaties:
        missing.append("treaties")
    requirements = profile.requirements
    for name in ("dual_criminality_coercive", "seal_required", "certified_translation", "reciprocity_accepted"):
        if getattr(requirements, name) is None:
            missing.append(f"requirements.{name}")
    if not profile.guidelines:
        missing.append("guidelines")
    return missing


@dataclass(frozen=True)
class Coverage:
    sourced: int
    unconfirmed: int
    missing: int


def coverage(profile: CountryProfile) -> Coverage:
    facts = [fact for _, fact in iter_facts(profile)]
    unconfirmed = sum(1 for fact in facts if fact.status is FactStatus.UNCONFIRMED)
    return Coverage(sourced=len(facts) - unconfirmed, unconfirmed=unconfirmed, missing=len(missing_items(profile)))
