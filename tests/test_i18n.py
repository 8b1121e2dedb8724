"""Every interface message has a Russian translation with the same placeholders."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

import mla_writer
from mla_writer.i18n import Message, catalogue_files, ui_language
from mla_writer.resources import data_dir

PACKAGE = Path(mla_writer.__file__).parent
_PLACEHOLDER = re.compile(r"\{\w+\}")


def _source_messages() -> set[str]:
    found = extract_from_dir(str(PACKAGE), method_map=[("**.py", "python")], keywords={"N_": None})
    return {message for _, _, message, _, _ in found if isinstance(message, str)}


@pytest.fixture(scope="module")
def russian():
    """Every Russian .po file merged, as the tool loads them."""
    merged = None
    for path in catalogue_files("ru"):
        with path.open("rb") as handle:
            catalog = read_po(handle, locale="ru")
        if merged is None:
            merged = catalog
        else:
            for message in catalog:
                if message.id:
                    merged[message.id] = message
    return merged


def test_every_message_in_the_code_is_translated_into_russian(russian):
    missing = sorted(m for m in _source_messages() if m not in russian or not russian[m].string)
    assert not missing, "add these to locales/ru/LC_MESSAGES/mla_writer.po:\n" + "\n".join(missing)


def test_translations_keep_the_placeholders(russian):
    for message in russian:
        if message.id and message.string:
            assert sorted(_PLACEHOLDER.findall(message.id)) == sorted(_PLACEHOLDER.findall(message.string)), message.id


def test_a_message_renders_in_both_languages():
    message = Message("the summary of the relevant facts is missing")
    assert message.render("en") == "the summary of the relevant facts is missing"
    assert message.render("ru") != message.render("en")


@pytest.mark.parametrize("env,expected", [("ru_RU.UTF-8", "ru"), ("en_US.UTF-8", "en"), ("de_DE.UTF-8", "en"), ("C", "en")])
def test_the_interface_language_follows_the_locale(monkeypatch, env, expected):
    monkeypatch.setenv("LANG", env)
    assert ui_language(None) == expected


def test_an_explicit_choice_wins(monkeypatch):
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    assert ui_language("en") == "en"


def test_every_wizard_text_is_in_the_russian_catalogue(russian):
    """Labels and help lines the wizard builds from the case model must be translated too."""
    from mla_writer.model import Case
    from mla_writer.wizard.fields import wizard_texts

    missing = sorted(text for text in wizard_texts([Case]) if text not in russian or not russian[text].string)
    assert not missing, f"{len(missing)} wizard texts lack a Russian translation, e.g.:\n" + "\n".join(missing[:30])
