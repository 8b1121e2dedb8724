"""Characters a .docx cannot hold.

XML 1.0 allows tab, newline and carriage return but no other control character, and no
unpaired surrogates or U+FFFE/U+FFFF. python-docx would raise on them, so they are
dropped from the user's text before composing, and the user is told where.
"""

from __future__ import annotations

import re
from typing import Any, TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> tuple[str, bool]:
    cleaned = _ILLEGAL.sub("", text)
    if text and not cleaned.strip():
        # Nothing but illegal characters: keep a visible mark rather than an empty required field.
        cleaned = "\ufffd"
    return cleaned, cleaned != text


def clean_model(model: M) -> tuple[M, list[str]]:
    """A copy of ``model`` with illegal characters removed, and the paths where any were."""
    dropped: list[str] = []

    def walk(value: Any, path: str) -> Any:
        if isinstance(value, str):
            cleaned, changed = clean_text(value)
            if changed:
                dropped.append(path)
            return cleaned
        if isinstance(value, dict):
            return {key: walk(item, f"{path}.{key}" if path else str(key)) for key, item in value.items()}
        if isinstance(value, list):
            return [walk(item, f"{path}[{index}]") for index, item in enumerate(value)]
        return value

    data = walk(model.model_dump(mode="python"), "")
    if not dropped:
        return model, []
    return type(model).model_validate(data), dropped
