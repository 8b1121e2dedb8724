"""The checklist a request must pass: every rule with its drafting stage, graded area and reason.

The texts live in ``training/checklist.yaml``; the rules themselves (title, severity, source)
come from the validation engine, so the handout and the grading can never list a rule the
tool does not apply.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pydantic import BaseModel, ConfigDict, model_validator

from mla_writer.resources import data_dir
from mla_writer.training.texts import UiText, load_data_file
from mla_writer.validation.engine import Rule, iter_rules

AREAS = ("contents", "basis", "language", "assistance", "assurances")


class Stage(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    title: UiText
    intro: UiText


class Area(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    title: UiText


class RuleNotes(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    stage: str
    area: str
    why: UiText
    graded: bool = True


class ChecklistFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    stages: list[Stage]
    areas: list[Area]
    rules: dict[str, RuleNotes]

    @model_validator(mode="after")
    def _consistent(self) -> ChecklistFile:
        if tuple(area.id for area in self.areas) != AREAS:
            raise ValueError(f"the areas must be, in this order: {', '.join(AREAS)}")
        stages = {stage.id for stage in self.stages}
        for rule_id, notes in self.rules.items():
            if notes.stage not in stages:
                raise ValueError(f"{rule_id}: unknown stage {notes.stage!r}")
            if notes.area not in AREAS:
                raise ValueError(f"{rule_id}: unknown area {notes.area!r}")
        return self


@dataclass(frozen=True)
class ChecklistItem:
    rule: Rule
    notes: RuleNotes


@dataclass(frozen=True)
class Checklist:
    stages: list[Stage]
    areas: dict[str, Area]
    items: dict[str, ChecklistItem]

    def item(self, rule_id: str) -> ChecklistItem:
        return self.items[rule_id]

    def by_stage(self) -> list[tuple[Stage, list[ChecklistItem]]]:
        return [(stage, [item for item in self.items.values() if item.notes.stage == stage.id])
                for stage in self.stages]


@cache
def load_checklist() -> Checklist:
    path = data_dir("training") / "checklist.yaml"
    data = load_data_file(path, ChecklistFile)
    rules = {rule.id: rule for rule in iter_rules()}
    missing = sorted(set(rules) - set(data.rules))
    unknown = sorted(set(data.rules) - set(rules))
    if missing or unknown:
        # A developer's mistake, caught by the test suite; never a user's.
        raise RuntimeError(f"{path}: rules missing {missing}, unknown {unknown}")
    items = {rule_id: ChecklistItem(rules[rule_id], data.rules[rule_id]) for rule_id in sorted(rules)}
    return Checklist(stages=data.stages, areas={area.id: area for area in data.areas}, items=items)
