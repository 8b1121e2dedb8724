"""The rule engine: each rule reads the case and the profiles and reports findings.

A rule is a function registered with ``@rule``; it yields ``(path, message)`` pairs, or
``(path, message, severity)`` where the severity depends on the legal basis (a warning
under UNTOC can be an error under the Chisinau Convention).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

from mla_writer.i18n import Message
from mla_writer.legal.basis import Applicability, applicable, check
from mla_writer.model import Case
from mla_writer.profiles.loader import ProfileSet
from mla_writer.profiles.schema import CountryProfile, Family, Instrument, InstrumentRegistry


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


SEVERITY_ORDER = (Severity.ERROR, Severity.WARNING, Severity.INFO)


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: Severity
    path: str
    message: Message
    source: str

    def text(self, lang: str) -> str:
        return self.message.render(lang)

    def as_dict(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "path": self.path,
            "message": {"en": self.message.render("en"), "ru": self.message.render("ru")},
            "source": self.source,
        }


@dataclass
class Context:
    """Everything a rule may look at, computed once per case."""

    case: Case
    requesting: CountryProfile
    requested: CountryProfile
    registry: InstrumentRegistry
    today: dt.date
    cited: list[tuple[int, Instrument | None]] = field(default_factory=list)

    @property
    def request_date(self) -> dt.date:
        return self.case.signatory.date or self.today

    @cached_property
    def instruments(self) -> list[Instrument]:
        """The cited instruments that are in the registry (bilateral ones not in it are left out)."""
        return [instrument for _, instrument in self.cited if instrument is not None]

    @cached_property
    def applying(self) -> list[Instrument]:
        """The cited instruments that actually apply between the two States."""
        return [i for i in self.instruments if self.applicability(i).applies]

    def applicability(self, instrument: Instrument) -> Applicability:
        return check(instrument, self.requesting, self.requested, self.request_date, self.registry)

    def applicability_displaced(self, instrument: Instrument) -> bool:
        """Whether the instrument is replaced, between these two States, by a newer one that applies."""
        return any(
            instrument.id in other.displaces and self.applicability(other).applies
            for other in self.registry.instruments
        )

    @cached_property
    def available(self) -> list[Applicability]:
        return applicable(self.requesting, self.requested, self.request_date, self.registry)

    def requirement(self, name: str):  # noqa: ANN201 - a FlagFact or NumberFact, or None
        """A requirement of the requested State that applies on the cited legal basis."""
        fact = getattr(self.requested.requirements, name)
        if fact is None or not fact.applies_to(i.id for i in self.instruments):
            return None
        return fact

    def cites(self, *instrument_ids: str) -> bool:
        return any(i.id in instrument_ids for i in self.instruments)

    def family(self, family: Family) -> bool:
        return any(i.family is family for i in self.instruments)

    @property
    def strict_personal_data(self) -> bool:
        return any(i.strict_personal_data for i in self.instruments)

    @property
    def only_service(self) -> bool:
        items = self.case.assistance
        return bool(items) and all(item.type == "service" for item in items)


RuleOutput = Iterable[tuple[str, Message] | tuple[str, Message, Severity]]


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    source: str
    title: str
    check: Callable[[Context], RuleOutput]


RULES: dict[str, Rule] = {}


def rule(rule_id: str, severity: Severity, source: str, title: str) -> Callable[[Callable[[Context], RuleOutput]], Callable[[Context], RuleOutput]]:
    def register(function: Callable[[Context], RuleOutput]) -> Callable[[Context], RuleOutput]:
        if rule_id in RULES:
            raise RuntimeError(f"rule {rule_id} registered twice")
        RULES[rule_id] = Rule(rule_id, severity, source, title, function)
        return function

    return register


def _load_rules() -> None:
    # Imported for their @rule registrations.
    from mla_writer.validation import rules_assistance, rules_assets, rules_basis, rules_cooperation, rules_electronic, rules_general, rules_persons  # noqa: F401


def run_rules(context: Context) -> list[Finding]:
    _load_rules()
    findings: list[Finding] = []
    for current in sorted(RULES.values(), key=lambda r: r.id):
        for output in current.check(context):
            path, message, *rest = output
            severity = rest[0] if rest else current.severity
            findings.append(Finding(current.id, severity, path, message, current.source))
    return sort_findings(findings)


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (SEVERITY_ORDER.index(f.severity), f.rule, f.path))


def build_context(case: Case, profiles: ProfileSet, today: dt.date | None = None) -> Context:
    registry = profiles.registry()
    cited = [(index, registry.get(ref.instrument.upper())) for index, ref in enumerate(case.legal_basis)]
    return Context(
        case=case,
        requesting=profiles.get(case.requesting.state),
        requested=profiles.get(case.requested.state),
        registry=registry,
        today=today or dt.date.today(),
        cited=cited,
    )


def validate(case: Case, profiles: ProfileSet, today: dt.date | None = None) -> list[Finding]:
    """All findings for one case, errors first."""
    return run_rules(build_context(case, profiles, today))


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(f.severity is Severity.ERROR for f in findings)


def iter_rules() -> Iterator[Rule]:
    _load_rules()
    yield from sorted(RULES.values(), key=lambda r: r.id)
