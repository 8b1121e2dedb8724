"""Scripted askers: the wizard driven without a terminal."""

from __future__ import annotations

import copy
import re
from typing import Any

from mla_writer.wizard.questions import Question

_PART = re.compile(r"([A-Za-z_]+)|\[(\d+)\]")


def lookup(data: Any, path: str) -> Any:
    node = data
    for name, index in _PART.findall(path):
        if name:
            if not isinstance(node, dict) or name not in node:
                return None
            node = node[name]
        else:
            if not isinstance(node, list) or int(index) >= len(node):
                return None
            node = node[int(index)]
    return node


CIS_BASES = {"MINSK_1993", "MINSK_1997_PROTOCOL", "CHISINAU_2002"}


def as_the_wizard_writes_it(case: dict) -> dict:
    """The target case as the wizard can produce it: persons numbered p1, p2...; parents' names
    only under the CIS conventions (the only treaties that ask for them)."""
    case = renumber_persons(case)
    if not CIS_BASES & {ref["instrument"] for ref in case.get("legal_basis", [])}:
        for person in case.get("persons", []):
            person.pop("father_name", None)
            person.pop("mother_name", None)
    return case


def renumber_persons(case: dict) -> dict:
    """The wizard names persons p1, p2...: give the target case the same ids to compare."""
    case = copy.deepcopy(case)
    mapping = {p["id"]: f"p{i + 1}" for i, p in enumerate(case.get("persons", []))}
    for person in case.get("persons", []):
        person["id"] = mapping[person["id"]]
    def remap(node):
        # Person references appear under many names (person, addressee, persons, holder_person...).
        if isinstance(node, dict):
            return {key: remap(value) for key, value in node.items()}
        if isinstance(node, list):
            return [remap(value) for value in node]
        return mapping.get(node, node) if isinstance(node, str) else node

    case["assistance"] = remap(case.get("assistance", []))
    return case


class CaseAsker:
    """Answers every question from a finished case, as a user copying it in would."""

    def __init__(self, target: dict, interrupt_at: str | None = None, bad_answers: dict[str, list[str]] | None = None):
        self.target = as_the_wizard_writes_it(target)
        self.wizard = None
        self.interrupt_at = interrupt_at
        self.bad_answers = {k: list(v) for k, v in (bad_answers or {}).items()}
        self.asked: list[str] = []
        self.errors: list[tuple[str, str]] = []
        self.said: list[str] = []

    def say(self, text: str) -> None:
        self.said.append(text)

    def ask(self, question: Question) -> Any:
        key = question.key
        self.asked.append(key)
        if question.error:
            self.errors.append((key, question.error))
            if self.errors.count((key, question.error)) > 20:  # fail, rather than hang, on an answer never accepted
                raise AssertionError(f"the wizard keeps refusing the answer to {key}: {question.error}")
        if key == self.interrupt_at:
            raise KeyboardInterrupt
        if self.bad_answers.get(key):
            return self.bad_answers[key].pop(0)
        if key == "_review":
            return "render"
        if key.startswith("_fill_") or key == "_overwrite":
            return False
        if key == "_translations":
            return bool(self.target.get("translations"))
        if key == "_translation_language":
            return next(iter(self.target.get("translations", {})), None)
        if key.startswith("translations."):
            _, lang, path = key.split(".", 2)
            return self.target.get("translations", {}).get(lang, {}).get(path, "")
        if key == "_conducting":
            return "conducting_authority" in self.target
        if key.endswith("._category"):
            offence = lookup(self.target, key.rsplit(".", 1)[0])
            return "trafficking" if offence.get("trafficking") else "smuggling" if offence.get("smuggling") else "other"
        if key.endswith("+"):
            path = key[:-1]
            have = len(lookup(self.wizard.data, path) or [])
            return have < len(lookup(self.target, path) or [])
        if key.endswith("?"):
            return lookup(self.target, key[:-1]) is not None
        value = lookup(self.target, key)
        if question.kind == "confirm":
            return bool(value) if value is not None else bool(question.default)
        if question.kind == "checkbox":
            if key == "legal_basis":
                return [ref["instrument"] for ref in value or []]
            return list(value or [])
        if question.kind == "select":
            if value is None and not any(c.value is None for c in question.choices):
                return question.default if question.default is not None else question.choices[0].value
            return value
        if question.kind == "autocomplete":
            return value or ""
        if isinstance(value, list):
            return ", ".join(value)
        return "" if value is None else str(value)
