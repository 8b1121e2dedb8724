"""Turns pydantic's validation errors into lines a prosecutor can act on."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from pydantic import ValidationError

# Discriminator values appear in pydantic's error locations; they are not part of the
# path a user sees in the file.
_UNION_TAGS = frozenset(
    {"natural", "legal", "statement", "documents", "bank_records", "search_seizure", "service",
     "examination", "information", "account_monitoring", "asset_tracing", "freezing", "confiscation",
     "voluntary_appearance", "detained_transfer", "video_hearing", "data_preservation", "stored_data",
     "realtime_data", "controlled_delivery", "joint_investigation_team", "transfer_of_proceedings",
     "locate_person", "document_verification"}
)


def format_path(loc: Sequence[Any]) -> str:
    parts: list[str] = []
    previous: Any = None
    for element in loc:
        if isinstance(element, int):
            parts.append(f"[{element}]")
        elif isinstance(previous, int) and element in _UNION_TAGS:
            pass
        elif element.startswith(("function-", "function_")) or element in ("json-or-python[json=", "lax-or-strict"):
            pass
        else:
            parts.append(("." if parts else "") + element)
        previous = element
    return "".join(parts) or "(top level)"


def _expected(ctx: dict[str, Any]) -> str:
    return str(ctx.get("expected", "")).replace("'", "")


def explain(error: dict[str, Any]) -> tuple[str, str]:
    """(message, fix) for one pydantic error."""
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return "required field is missing", "add it"
    if kind == "extra_forbidden":
        return "unknown key", "check its spelling against `mla-writer schema`, or remove it"
    if kind == "string_too_short":
        return "must not be empty", "fill it in or remove the key"
    if kind == "string_too_long":
        return f"is too long (at most {ctx.get('max_length')} characters)", "shorten it or move the detail to an annex"
    if kind == "too_long":
        return f"has too many entries (at most {ctx.get('max_length')})", "split the case or move the list to an annex"
    if kind == "too_short":
        return f"needs at least {ctx.get('min_length')} entries", "add them"
    if kind == "string_pattern_mismatch":
        pattern = str(ctx.get("pattern", ""))
        if "A-Z]{2}" in pattern:
            return "is not a two-letter country code", "use an ISO 3166 code such as KG, TR or RU"
        if "a-z]{2,3}" in pattern:
            return "is not a language code", "use an ISO 639-1 code such as en, ru or tr"
        if "A-Za-z0-9_.-" in pattern:
            return "is not a valid id", "use letters, digits, '.', '_' or '-' only, e.g. p1"
        return f"does not have the expected form ({pattern})", "correct it"
    if kind.startswith("datetime_"):
        return "is not a valid date and time", "write it as YYYY-MM-DDTHH:MM, e.g. 2025-03-07T14:30"
    if kind.startswith("date_"):
        return "is not a valid date", "write it as YYYY-MM-DD, e.g. 2025-03-07"
    if kind in ("literal_error", "enum"):
        return f"is not allowed here (expected {_expected(ctx)})", "use one of the listed values"
    if kind == "union_tag_invalid":
        expected = str(ctx.get("expected_tags", "")).replace("'", "")
        return (f"unknown type {ctx.get('tag')!r} (expected one of: {expected})", "use one of the listed types")
    if kind == "union_tag_not_found":
        return f"the {ctx.get('discriminator', 'type')} key is missing", "add it"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return "expected an object ({...})", "write it as a JSON object"
    if kind == "list_type":
        return "expected a list ([...])", "write it as a JSON list"
    if kind in ("string_type",):
        return "expected text", "write it in double quotes"
    if kind in ("bool_type", "bool_parsing"):
        return "expected true or false", "write true or false without quotes"
    if kind.startswith(("int_", "decimal_", "float_")):
        return "expected a number", "write a number without quotes"
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        return error["msg"].lower(), "correct the number"
    if kind == "value_error":
        message = str(ctx.get("error", error["msg"]))
        return message, ""
    return error["msg"], ""


def describe(exc: ValidationError) -> Iterable[tuple[str, str, str]]:
    """(path, message, fix) for each problem."""
    for error in exc.errors(include_url=False):
        message, fix = explain(error)
        path = format_path(error["loc"])
        if error["type"] in ("union_tag_invalid", "union_tag_not_found"):
            key = str((error.get("ctx") or {}).get("discriminator", "type")).strip("'")
            path = f"{path}.{key}"
        # Whole-model checks put the precise path in their message: "persons[1].id: ...".
        if path == "(top level)" and ": " in message and message.split(": ", 1)[0].replace(".", "").replace("[", "").replace("]", "").replace("_", "").isalnum():
            path, message = message.split(": ", 1)
            if "; " in message:
                message, fix = message.split("; ", 1)
        yield path, message, fix
