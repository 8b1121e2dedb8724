"""Property-based tests (hypothesis): whatever the input, a clean answer."""

from __future__ import annotations

import copy
import io
import json
import tempfile
from pathlib import Path

from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from mla_writer.casefile import load_case
from mla_writer.errors import InputError, ValidationFailed
from mla_writer.model import Case
from mla_writer.profiles.loader import load_profile_set
from mla_writer.render.wording import available_languages
from mla_writer.service import render_case
from tests.conftest import TODAY, example_data

PROFILES = load_profile_set(None)
BASE = example_data("kg-tr-trafficking.json")

# Text as users produce it: every plane of Unicode, control characters, right-to-left marks,
# zero-width characters, emoji and template syntax.
_characters = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)) | st.sampled_from(
        ["<", "&", "\x00", "\x07", "\u200f", "\u200b", "😀", "\ufeff"]),
    min_size=1, max_size=200,
)
hostile_text = st.one_of(_characters, st.builds(lambda a, b: a + "{{ 7*7 }}{% for x in y %}" + b, _characters, _characters))
FREE_TEXT_PATHS = [
    ("facts", "summary"), ("facts", "link_to_requested_state"), ("proceedings", "subject"),
    ("proceedings", "case_name"), ("signatory", "name"), ("requesting", "authority", "name"),
]


def _set(data: dict, path: tuple, value: str) -> None:
    node = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(values=st.lists(hostile_text, min_size=len(FREE_TEXT_PATHS), max_size=len(FREE_TEXT_PATHS)),
       surname=hostile_text)
def test_any_case_the_model_accepts_renders_in_every_language(values, surname):
    data = copy.deepcopy(BASE)
    for path, value in zip(FREE_TEXT_PATHS, values, strict=True):
        _set(data, path, value)
    data["persons"][0]["surname"] = surname
    try:
        case = Case.model_validate(data)
    except ValidationError:
        return  # refused by the model: a clean input error, tested elsewhere
    for lang in available_languages():
        content, _ = render_case(case, PROFILES, lang, draft=True, today=TODAY)
        document = Document(io.BytesIO(content))
        assert document.paragraphs


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_give_a_case_or_a_clean_input_error(raw):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "case.json"
        path.write_bytes(raw)
        try:
            load_case(path)
        except InputError as error:
            assert error.file == str(path) and error.message


@settings(max_examples=100, deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
                    max_leaves=20))
def test_any_json_value_gives_a_case_or_a_clean_input_error(value):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "case.json"
        path.write_text(json.dumps(value), encoding="utf-8")
        try:
            load_case(path)
        except InputError as error:
            assert error.message


@settings(max_examples=40, deadline=None)
@given(st.dictionaries(st.sampled_from(list(BASE)), st.none() | st.integers() | st.text(max_size=5), max_size=3))
def test_an_example_with_random_fields_replaced_is_a_case_or_a_clean_error(replacements):
    data = copy.deepcopy(BASE) | replacements
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "case.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        try:
            case = load_case(path)
        except InputError as error:
            assert error.field is not None or error.message
            return
        try:
            render_case(case, PROFILES, case.language, draft=False, today=TODAY)
        except (InputError, ValidationFailed):
            pass
