"""The bundled case library: example case files, each with a scenario sheet for workshops.

``examples/<name>.json`` is the case; ``examples/<name>.yaml`` tells its story (title, level,
topics, scenario in English and Russian) and which deficiencies its exercise gets by default.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from mla_writer.atomic import write_bytes_atomic
from mla_writer.errors import InputError
from mla_writer.i18n import N_
from mla_writer.resources import data_dir
from mla_writer.training.texts import UiText, load_data_file


LEVEL_NAMES = {"basic": N_("basic"), "intermediate": N_("intermediate"), "advanced": N_("advanced")}


class ScenarioSheet(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    title: UiText
    level: Literal["basic", "intermediate", "advanced"]
    topics: list[str] = Field(min_length=1)
    scenario: UiText
    exercise_flaws: list[str] = Field(min_length=1)


@dataclass(frozen=True)
class Example:
    name: str
    case_path: Path
    sheet_path: Path

    @cached_property
    def sheet(self) -> ScenarioSheet:
        return load_data_file(self.sheet_path, ScenarioSheet)

    @cached_property
    def data(self) -> dict:
        return json.loads(self.case_path.read_text(encoding="utf-8"))

    @property
    def route(self) -> str:
        return f"{self.data['requesting']['state']}→{self.data['requested']['state']}"

    @property
    def language(self) -> str:
        return self.data["language"]


def examples_folder() -> Path:
    return data_dir("examples")


def all_examples() -> list[Example]:
    folder = examples_folder()
    return [Example(path.stem, path, path.with_suffix(".yaml")) for path in sorted(folder.glob("*.json"))]


def find_example(name: str) -> Example:
    wanted = name.strip().removesuffix(".json")
    for example in all_examples():
        if example.name == wanted:
            return example
    raise InputError(f"there is no example called {name!r}",
                     fix="run `mla-writer examples` to see the names of the bundled examples")


def copy_example(example: Example, folder: Path, *, overwrite: bool) -> Path:
    """A private copy of the case file to work on; an existing file is never silently replaced."""
    target = folder / example.case_path.name
    write_bytes_atomic(target, example.case_path.read_bytes(), overwrite=overwrite)
    return target
