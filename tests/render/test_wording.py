"""The wording files: same entries in every language, glossary respected, all entries render."""

from __future__ import annotations

import pytest
import yaml

from mla_writer.render.wording import Wording, available_languages
from mla_writer.resources import data_dir


def _keys(node, prefix=""):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _keys(value, f"{prefix}.{key}" if prefix else key)
    else:
        yield prefix


def _load(lang, name):
    return yaml.safe_load((data_dir("templates") / lang / name).read_text(encoding="utf-8"))


def test_english_and_russian_are_available():
    assert {"en", "ru"} <= set(available_languages())


@pytest.mark.parametrize("lang", available_languages())
def test_every_language_has_the_same_entries_as_english(lang):
    optional = lambda keys: {k for k in keys if k == "language" or k.startswith("punctuation.")}  # noqa: E731
    english = set(_keys(_load("en", "request.yaml")))
    english -= optional(english)
    other = set(_keys(_load(lang, "request.yaml")))
    other -= optional(other)
    assert not english - other, f"missing in {lang}: {sorted(english - other)}"
    assert not other - english, f"only in {lang}: {sorted(other - english)}"


@pytest.mark.parametrize("lang", available_languages())
def test_the_wording_follows_the_glossary(lang):
    text = (data_dir("templates") / lang / "request.yaml").read_text(encoding="utf-8").lower()
    glossary = _load(lang, "glossary.yaml")["terms"]
    for name, entry in glossary.items():
        for avoided in entry.get("avoid", []):
            assert avoided.lower() not in text, f"{lang}: '{avoided}' is used; the glossary ({name}) says '{entry['term']}'"


@pytest.mark.parametrize("lang", available_languages())
def test_every_entry_compiles(lang):
    wording = Wording(lang)
    for key in _keys(_load(lang, "request.yaml")):
        if key != "language":
            assert isinstance(wording.raw(key), str), key
            wording._env.from_string(wording.raw(key))


def test_documents_wording_has_the_same_entries_wherever_it_exists():
    english = set(_keys(_load("en", "documents.yaml"))) - {"language"}
    for lang in available_languages():
        if (data_dir("templates") / lang / "documents.yaml").is_file():
            other = set(_keys(_load(lang, "documents.yaml"))) - {"language"}
            assert other == english, (lang, sorted(english ^ other))
