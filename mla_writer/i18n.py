"""Texts shown to users, in the user's interface language.

English text is the message id; translations live in gettext catalogues
(``locales/<lang>/LC_MESSAGES/mla_writer.po``). The .po files are compiled in memory on
first use, so there is no build step and no stale .mo file.
"""

from __future__ import annotations

import gettext as _gettext
import io
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from mla_writer.resources import data_dir

DOMAIN = "mla_writer"
UI_LANGUAGES = ("en", "ru")
UI_LANG_ENV = "MLA_WRITER_UI_LANG"


def N_(message: str) -> str:  # noqa: N802 - the conventional name for "mark for translation"
    """Marks a message for extraction without translating it yet."""
    return message


def ui_language(explicit: str | None = None) -> str:
    """The interface language: the option, then MLA_WRITER_UI_LANG, then the locale."""
    candidates = [explicit, os.environ.get(UI_LANG_ENV)]
    candidates += [os.environ.get(name) for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")]
    for value in candidates:
        if value:
            code = value.split(".")[0].split("_")[0].split("-")[0].split(":")[0].lower()
            if code in UI_LANGUAGES:
                return code
            if explicit and value is explicit:
                break
    return "en"


def catalogue_files(lang: str) -> list:
    """The .po files of one language: mla_writer.po plus one per feature (wizard.po, ...)."""
    folder = data_dir("locales") / lang / "LC_MESSAGES"
    return sorted(folder.glob("*.po")) if folder.is_dir() else []


@cache
def catalogue(lang: str) -> _gettext.NullTranslations:
    files = catalogue_files(lang) if lang != "en" else []
    if not files:
        return _gettext.NullTranslations()
    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    merged = Catalog(locale=lang, domain=DOMAIN)
    for path in files:
        with path.open("rb") as handle:
            for message in read_po(handle, locale=lang):
                if message.id and message.string:
                    merged[message.id] = message
    buffer = io.BytesIO()
    write_mo(buffer, merged)
    buffer.seek(0)
    return _gettext.GNUTranslations(buffer)


def translate(lang: str, message: str) -> str:
    return catalogue(lang).gettext(message)


@dataclass(frozen=True)
class Message:
    """A message id with parameters, rendered in any language on demand.

    A parameter may be a plain value, another Message, or anything with ``pick(lang)``
    (profile texts in several languages).
    """

    msgid: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self, lang: str) -> str:
        values = {key: _param(value, lang) for key, value in self.params.items()}
        text = translate(lang, self.msgid)
        try:
            return text.format(**values)
        except (KeyError, IndexError, ValueError):
            return self.msgid.format(**values)


def _param(value: Any, lang: str) -> str:
    if isinstance(value, Message):
        return value.render(lang)
    if hasattr(value, "pick"):
        picked = value.pick(lang)
        return picked.formal if hasattr(picked, "formal") else str(picked)
    if isinstance(value, (list, tuple)):
        return ", ".join(_param(item, lang) for item in value)
    return str(value)


def msg(msgid: str, **params: Any) -> Message:
    return Message(msgid, params)
