"""Dates and names in the document's language, through babel (CLDR)."""

from __future__ import annotations

import datetime as dt
from functools import cache

from babel import Locale
from babel.dates import format_date


# British usage ("5 September 2026") is what central authorities write in English.
_DATE_LOCALES = {"en": "en_GB"}


@cache
def _locale(lang: str) -> Locale:
    return Locale.parse(lang)


def long_date(day: dt.date, lang: str) -> str:
    text = format_date(day, "long", locale=_locale(_DATE_LOCALES.get(lang, lang)))
    if lang == "fr" and day.day == 1:
        text = "1er" + text[1:]  # French writes the first day of a month as an ordinal
    return text


def territory_name(code: str, lang: str) -> str:
    """A State's everyday name in ``lang`` (for nationality lines; official names come from profiles)."""
    return _locale(lang).territories.get(code.upper(), code.upper())


def language_name(code: str, lang: str) -> str:
    return _locale(lang).languages.get(code, code)


def text_direction(lang: str) -> str:
    return _locale(lang).text_direction
