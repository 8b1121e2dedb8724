"""The legal wording of one language: ``templates/<lang>/request.yaml``.

Each entry is a small Jinja template. What the user typed is only ever passed in as a
variable, never compiled as a template, so ``{{ 7*7 }}`` in the facts comes out as typed.
Undefined variables are errors, so a missing value fails loudly instead of leaving a gap
in a request.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any


from jinja2 import StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment

from mla_writer.errors import InputError
from mla_writer.resources import data_dir
from mla_writer.safe_yaml import YamlProblem, load_yaml_file


class WordingError(Exception):
    """A broken or incomplete template: a bug in the bundled data, not the user's fault."""


def available_languages() -> list[str]:
    return sorted(p.name for p in data_dir("templates").iterdir() if (p / "request.yaml").is_file())


@cache
def _load(lang: str, name: str = "request.yaml") -> dict[str, Any]:
    path = data_dir("templates") / lang / name
    if not path.is_file():
        raise InputError(f"no request wording in the language {lang!r}",
                         fix=f"use one of: {', '.join(available_languages())}")
    try:
        data = load_yaml_file(path)
    except YamlProblem as exc:
        raise WordingError(f"{path}: {exc.message}") from exc
    if not isinstance(data, dict):
        raise WordingError(f"{path}: expected a mapping")
    return data


_SYNTAX = re.compile(r"\{[{%#]")  # what Jinja reads as an expression, a statement or a comment


@dataclass(frozen=True)
class _Text:
    """An entry with no template syntax: its text as rendered."""

    text: str


class _Compiled:
    """One wording file's Jinja environment and its entries compiled so far, shared by every case.

    Bounded: one per bundled wording file (language x file), each holding at most its entries.
    Nothing of a case is kept here; the per-case globals are passed to each render.
    """

    def __init__(self) -> None:
        self.env = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False,
                                        trim_blocks=True, lstrip_blocks=True)
        self.env.filters["definite"] = _definite
        self.env.filters["capfirst"] = _capfirst
        self.templates: dict[str, Any] = {}


@cache
def _compiled(lang: str, name: str) -> _Compiled:
    return _Compiled()


class Wording:
    def __init__(self, lang: str, name: str = "request.yaml") -> None:
        self.lang = lang
        self.name = name
        self._data = _load(lang, name)
        shared = _compiled(lang, name)  # after _load: only for wording files that exist
        self._env = shared.env
        self._compiled = shared.templates
        self._globals: dict[str, Any] = {}

    def set_globals(self, **values: Any) -> None:
        """Values every entry may use (e.g. the right noun for this kind of request)."""
        self._globals.update(values)

    def raw(self, key: str) -> Any:
        node: Any = self._data
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                raise WordingError(f"templates/{self.lang}/{self.name} has no entry {key!r}")
            node = node[part]
        return node

    def has(self, key: str) -> bool:
        try:
            self.raw(key)
        except WordingError:
            return False
        return True

    def __call__(self, key: str, **values: Any) -> str:
        template = self._compiled.get(key)
        if template is None:
            source = self.raw(key)
            if not isinstance(source, str):
                raise WordingError(f"templates/{self.lang}/{self.name}: {key!r} is not text")
            if not _SYNTAX.search(source):
                # Plain text: what Jinja would render (it only drops a final newline, and the
                # result is stripped anyway), without a template to run.
                template = _Text(source.strip())
            else:
                try:
                    template = self._env.from_string(source)
                except TemplateError as exc:
                    raise WordingError(f"templates/{self.lang}/{self.name}: {key}: {exc}") from exc
                # The environment's globals never change: a plain dict is quicker to start a render from.
                template.globals = dict(template.globals)
            self._compiled[key] = template
        if isinstance(template, _Text):
            return template.text
        try:
            return template.render({**self._globals, **values}).strip() if self._globals else \
                template.render(**values).strip()
        except TemplateError as exc:
            raise WordingError(f"templates/{self.lang}/{self.name}: {key}: {exc}") from exc

    def term(self, group: str, key: str) -> str:
        return self(f"terms.{group}.{key}")


def _definite(text: str) -> str:
    """English: 'the' before a name in Latin script, unless it already has it."""
    if text[:4].lower() == "the " or not text[:1].isascii():
        return text
    return f"the {text}"


def _capfirst(text: str) -> str:
    return text[:1].upper() + text[1:]
