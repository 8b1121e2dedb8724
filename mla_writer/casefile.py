"""Reading and writing case files (JSON), with messages a user can act on."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from mla_writer.atomic import write_text_atomic
from mla_writer.errors import InputError
from mla_writer.input_errors import describe
from mla_writer.model import SCHEMA_VERSION, Case

MAX_CASE_BYTES = 5_000_000
MAX_PROBLEMS_SHOWN = 20


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def parse_case(data: Any, file: str) -> Case:
    if not isinstance(data, dict):
        kind = type(data).__name__.replace("list", "a list").replace("str", "a string")
        raise InputError(f"a case file must hold one JSON object ({{...}}), not {kind}", file=file,
                         fix="see `mla-writer schema` or the files in examples/")
    version = data.get("schema_version")
    if version is not None and version != SCHEMA_VERSION:
        if isinstance(version, int) and not isinstance(version, bool):
            raise InputError(f"schema_version {version} is not supported (this version reads {SCHEMA_VERSION})",
                             file=file, field="schema_version", fix="upgrade mla-writer or convert the file")
        raise InputError(f"schema_version must be the number {SCHEMA_VERSION}", file=file, field="schema_version",
                         fix=f"write \"schema_version\": {SCHEMA_VERSION} without quotes")
    try:
        return Case.model_validate(data)
    except ValidationError as exc:
        problems = [InputError(message, file=file, field=path, fix=fix or None)
                    for path, message, fix in describe(exc)]
        first, rest = problems[0], problems[1:MAX_PROBLEMS_SHOWN]
        if len(problems) > MAX_PROBLEMS_SHOWN:
            rest.append(InputError(f"... and {len(problems) - MAX_PROBLEMS_SHOWN} more problems", file=file))
        raise InputError(first.message, file=file, field=first.field, fix=first.fix, more=rest) from None


def load_case(path: Path) -> Case:
    file = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError("no such file", file=file, fix="check the path") from None
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror})", file=file, fix="check the path and permissions") from None
    if path.is_dir():
        raise InputError("this is a folder, not a case file", file=file, fix="give the path of a .json file")
    if size > MAX_CASE_BYTES:
        raise InputError(f"the file is too large ({size:,} bytes; at most {MAX_CASE_BYTES:,})", file=file,
                         fix="move long texts into annexes")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror})", file=file, fix="check the permissions") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"the file is not UTF-8 text (byte {exc.start})", file=file,
                         fix="save it as UTF-8 (in Notepad: Save as, Encoding: UTF-8)") from None
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant)
    except _DuplicateKey as exc:
        raise InputError(f"the key {exc.key!r} appears twice in the same object", file=file,
                         fix="keep one of them: otherwise the last one would silently win") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}", file=file,
                         fix="check the commas, quotes and brackets around that place") from None
    except RecursionError:
        raise InputError("the JSON is nested too deeply", file=file, fix="check the brackets") from None
    except ValueError as exc:  # e.g. an integer with thousands of digits, or NaN
        raise InputError(f"a value cannot be read ({exc})", file=file, fix="write ordinary numbers and text") from None
    return parse_case(data, file)


def case_to_json(case: Case) -> str:
    data = case.model_dump(mode="json", exclude_none=True)
    ordered = {"schema_version": data.pop("schema_version"), **data}
    return json.dumps(ordered, ensure_ascii=False, indent=2) + "\n"


def save_case(case: Case, path: Path, *, overwrite: bool) -> None:
    write_text_atomic(path, case_to_json(case), overwrite=overwrite)
