"""Scores a case per area, so a trainer sees at a glance where a participant's request falls short.

Each area starts at 10 points; an error costs 3, a warning 1; notes and findings about the
tool's own data (rules marked ``graded: false``) cost nothing; an area never goes below 0.
Every item of assistance is its own area. The total is the share of all points kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mla_writer.i18n import N_, translate
from mla_writer.model import Case
from mla_writer.training.checklist import Checklist
from mla_writer.validation.engine import Finding, Severity

AREA_POINTS = 10
COST = {Severity.ERROR: 3, Severity.WARNING: 1, Severity.INFO: 0}
_ITEM = re.compile(r"^assistance\[(\d+)\]")


@dataclass
class AreaScore:
    key: str  # an area id, or assistance[N] for one item
    findings: list[Finding] = field(default_factory=list)
    graded: list[Finding] = field(default_factory=list)

    @property
    def points(self) -> int:
        return max(0, AREA_POINTS - sum(COST[finding.severity] for finding in self.graded))


@dataclass
class CaseGrade:
    areas: list[AreaScore]

    @property
    def points(self) -> int:
        return sum(area.points for area in self.areas)

    @property
    def out_of(self) -> int:
        return AREA_POINTS * len(self.areas)

    @property
    def percent(self) -> int:
        return round(100 * self.points / self.out_of) if self.out_of else 0

    def area(self, key: str) -> AreaScore:
        return next(area for area in self.areas if area.key == key)

    def items(self) -> list[AreaScore]:
        return [area for area in self.areas if area.key.startswith("assistance")]


def grade(case: Case, findings: list[Finding], checklist: Checklist) -> CaseGrade:
    item_keys = [f"assistance[{index}]" for index in range(len(case.assistance))] or ["assistance"]
    areas = {key: AreaScore(key) for key in ("contents", "basis", "language", *item_keys, "assurances")}
    for finding in findings:
        notes = checklist.item(finding.rule).notes
        key = notes.area
        if key == "assistance":
            match = _ITEM.match(finding.path)
            # A finding about the measures as a whole (e.g. the link to the requested State) is about the
            # facts the request states, not about one item.
            key = f"assistance[{match.group(1)}]" if match and f"assistance[{match.group(1)}]" in areas else (
                "assistance" if "assistance" in areas else "contents")
        areas[key].findings.append(finding)
        if notes.graded:
            areas[key].graded.append(finding)
    return CaseGrade(list(areas.values()))


def area_title(key: str, case: Case | None, checklist: Checklist, lang: str) -> str:
    match = _ITEM.match(key)
    if match is None:
        return checklist.areas[key].title.pick(lang)
    from mla_writer.wizard.fields import humanize

    index = int(match.group(1))
    kind = case.assistance[index].type if case is not None and index < len(case.assistance) else "?"
    label = translate(lang, N_("Assistance item {number}: {form}"))
    return label.format(number=index + 1, form=translate(lang, humanize(kind)).lower())
