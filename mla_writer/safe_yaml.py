"""YAML loading that cannot run code or explode in memory.

Profiles may come from a user's own folder, so they are untrusted: only plain YAML types are
built (no ``!!python/...`` tags) and aliases are refused outright, which stops
"billion laughs" anchor bombs before they expand.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

MAX_BYTES = 2_000_000


class _NoAliasLoader(yaml.SafeLoader):
    def compose_node(self, parent: Any, index: Any) -> Any:  # noqa: ANN401 - PyYAML's signature
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None, None, "anchors and aliases (*name) are not allowed in profiles", event.start_mark
            )
        return super().compose_node(parent, index)


class YamlProblem(Exception):
    def __init__(self, message: str, line: int | None = None) -> None:
        self.message = message
        self.line = line
        super().__init__(message)


def load_yaml_file(path: Path) -> Any:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise YamlProblem(f"cannot read the file ({exc.strerror})") from exc
    if size > MAX_BYTES:
        raise YamlProblem(f"the file is too large ({size} bytes; at most {MAX_BYTES})")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise YamlProblem("the file is not UTF-8 text; save it as UTF-8") from exc
    except OSError as exc:
        raise YamlProblem(f"cannot read the file ({exc.strerror})") from exc
    fast = getattr(yaml, "CSafeLoader", None)  # libyaml, ten times quicker, where PyYAML was built with it
    if fast is not None:
        try:
            if not any(isinstance(event, yaml.AliasEvent) for event in yaml.parse(text, Loader=fast)):
                return yaml.load(text, Loader=fast)  # noqa: S506 - libyaml's SafeLoader
        except yaml.YAMLError:
            pass  # the loader below says exactly what is wrong, and where
    try:
        return yaml.load(text, Loader=_NoAliasLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        problem = exc.problem or "invalid YAML"
        if "could not determine a constructor" in str(exc.problem):
            problem = "tags such as !!python/object are not allowed"
        raise YamlProblem(problem, line) from exc
    except yaml.YAMLError as exc:
        raise YamlProblem(f"invalid YAML ({exc})") from exc
