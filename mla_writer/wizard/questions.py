"""What one question is, and the checks an answer must pass before it is kept."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

Kind = Literal["text", "long_text", "select", "confirm", "autocomplete", "checkbox"]


@dataclass(frozen=True)
class Choice:
    value: Any
    title: str
    checked: bool = False


@dataclass
class Question:
    key: str                     # where the answer goes in the case, e.g. "requesting.authority.name"
    message: str                 # the question, in the interface language
    kind: Kind = "text"
    help: str = ""               # why it is asked, with its source
    explain: str = ""            # the longer explanation shown with --explain
    default: Any = None
    choices: list[Choice] = field(default_factory=list)
    required: bool = False
    check: Callable[[str], str | None] | None = None      # message when the answer is wrong
    convert: Callable[[str], Any] | None = None           # text -> stored value
    error: str = ""              # why the previous answer was refused (shown when re-asking)


# --- checks: each returns None when the answer is acceptable, else the reason -------------

def parse_date(text: str) -> dt.date:
    return dt.date.fromisoformat(text.strip())


def check_date(text: str, *, not_future: bool = False, today: dt.date | None = None) -> str | None:
    if not text.strip():
        return None
    try:
        day = parse_date(text)
    except ValueError:
        return "date"
    if not_future and day > (today or dt.date.today()):
        return "future"
    return None


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ()./-]{5,40}$")
_IBAN = re.compile(r"^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$")


def check_email(text: str) -> str | None:
    return None if not text.strip() or _EMAIL.match(text.strip()) else "email"


def check_phone(text: str) -> str | None:
    return None if not text.strip() or _PHONE.match(text.strip()) else "phone"


def iban_is_valid(text: str) -> bool:
    """ISO 13616: the country code and check digits move to the end; the number mod 97 is 1."""
    compact = text.replace(" ", "").upper()
    if not _IBAN.match(compact):
        return False
    rearranged = compact[4:] + compact[:4]
    digits = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(digits) % 97 == 1


def check_account(text: str) -> str | None:
    """An account number is free text, but one that looks like an IBAN must be a valid IBAN."""
    compact = text.replace(" ", "").upper()
    if compact[:2].isalpha() and compact[2:4].isdigit() and len(compact) >= 15 and not iban_is_valid(compact):
        return "iban"
    return None


def check_number(text: str) -> str | None:
    if not text.strip():
        return None
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        return "number"
    return None if value >= 0 else "number"
