"""Data files of the training features: loaded and checked the same way everywhere."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

from mla_writer.errors import InputError
from mla_writer.safe_yaml import YamlProblem, load_yaml_file

Model = TypeVar("Model", bound=BaseModel)


class UiText(BaseModel):
    """A text in every interface language (English and Russian)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    en: str
    ru: str

    def pick(self, lang: str) -> str:
        return self.ru if lang == "ru" else self.en


def load_data_file(path: Path, model: type[Model]) -> Model:
    """A bundled YAML data file, as ``model``; a broken one is named with the field to fix."""
    try:
        raw: Any = load_yaml_file(path)
    except YamlProblem as exc:
        where = f" (line {exc.line})" if exc.line else ""
        raise InputError(f"{exc.message}{where}", file=str(path), fix="repair the YAML") from None
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(part) for part in first["loc"]) or None
        raise InputError(first["msg"], file=str(path), field=field, fix="correct this entry") from None
