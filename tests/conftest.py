"""Shared fixtures: the bundled profiles, the examples, and case dictionaries to break."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

import pytest

from mla_writer.model import Case
from mla_writer.profiles.loader import ProfileSet, load_profile_set
from mla_writer.resources import data_dir

# Validation depends on the date (deadlines, dates in the future): tests fix it.
TODAY = dt.date(2026, 11, 22)
EXAMPLES = sorted(data_dir("examples").glob("*.json"))
# One case per family of legal basis and language (UNTOC and its TIP Protocol in English, Minsk in Russian,
# the SOM Protocol in English): the costly every-language tests run on these; the whole library on the rest.
CORE_EXAMPLES = [data_dir("examples") / name
                 for name in ("kg-tr-trafficking.json", "kg-ru-labour-exploitation.json", "kz-de-smuggling.json")]


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never see the developer's own profiles or interface language."""
    for name in ("MLA_WRITER_PROFILES", "MLA_WRITER_UI_LANG", "LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def profiles() -> ProfileSet:
    return load_profile_set(None)


def example_data(name: str) -> dict:
    path = data_dir("examples") / name
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture
def trafficking_case() -> dict:
    """KG→TR under UNTOC and its Trafficking Protocol, in English: a valid case to break."""
    return copy.deepcopy(example_data("kg-tr-trafficking.json"))


@pytest.fixture
def minsk_case() -> dict:
    """KG→RU under the Minsk Convention, in Russian."""
    return copy.deepcopy(example_data("kg-ru-labour-exploitation.json"))


def to_case(data: dict) -> Case:
    return Case.model_validate(data)
