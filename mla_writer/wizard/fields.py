"""Questions made from the case model itself.

Each field of a model (a person, an assistance item...) becomes a question: its name gives
the label, its description the help line, its type the kind of question and the check. A
new form of assistance added to the model is therefore asked about without touching the
wizard. Every label and description goes through the interface catalogue.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from decimal import Decimal
from enum import Enum
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo


def humanize(name: str) -> str:
    text = name.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def unwrap(annotation: Any) -> tuple[Any, bool]:
    """(the core type, whether None is allowed), looking through Optional and Annotated."""
    optional = False
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
            continue
        if origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            optional = optional or len(args) < len(typing.get_args(annotation))
            if len(args) == 1:
                annotation = args[0]
                continue
            return annotation, optional
        return annotation, optional


def kind_of(annotation: Any) -> str:
    """text | date | datetime | number | bool | enum | literal | list | model | union_model | other."""
    core, _ = unwrap(annotation)
    origin = typing.get_origin(core)
    if origin is list:
        return "list"
    if origin is typing.Literal:
        return "literal"
    if origin in (typing.Union, types.UnionType):
        return "union_model"
    if isinstance(core, type):
        if issubclass(core, bool):
            return "bool"
        if issubclass(core, Enum):
            return "enum"
        if issubclass(core, dt.datetime):
            return "datetime"
        if issubclass(core, dt.date):
            return "date"
        if issubclass(core, (int, float, Decimal)):
            return "number"
        if issubclass(core, BaseModel):
            return "model"
        if issubclass(core, str):
            return "text"
    return "other"


def literal_values(annotation: Any) -> list[Any]:
    core, _ = unwrap(annotation)
    if typing.get_origin(core) is typing.Literal:
        return list(typing.get_args(core))
    if isinstance(core, type) and issubclass(core, Enum):
        return [member.value for member in core]
    return []


def list_item_type(annotation: Any) -> Any:
    core, _ = unwrap(annotation)
    return typing.get_args(core)[0]


def is_required(info: FieldInfo) -> bool:
    return info.is_required()


def model_fields(model: type[BaseModel]) -> list[tuple[str, FieldInfo]]:
    return list(model.model_fields.items())


def wizard_texts(models: list[type[BaseModel]]) -> set[str]:
    """Every label and help text the wizard can show for these models (for the catalogue test)."""
    seen: set[type] = set()
    texts: set[str] = set()

    def visit(model: type[BaseModel]) -> None:
        if model in seen:
            return
        seen.add(model)
        for name, info in model.model_fields.items():
            texts.add(humanize(name))
            if info.description:
                texts.add(info.description)
            for value in literal_values(info.annotation):
                if isinstance(value, str):
                    texts.add(humanize(value))
            kind = kind_of(info.annotation)
            inner = list_item_type(info.annotation) if kind == "list" else info.annotation
            for candidate in _models_in(inner):
                visit(candidate)

    for model in models:
        visit(model)
    return texts


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    core, _ = unwrap(annotation)
    if isinstance(core, type) and issubclass(core, BaseModel):
        return [core]
    found = []
    for arg in typing.get_args(core):
        found += _models_in(arg)
    return found
