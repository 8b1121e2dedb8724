"""Where the bundled data folders are.

In a checkout (or an editable install) they sit at the top of the repository; in a wheel
they are copied into ``mla_writer/_data``. Both layouts are looked up the same way so the
tool behaves identically wherever it was installed.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
DATA_FOLDERS = ("templates", "country_requirements", "locales", "examples", "training")

PROFILES_ENV = "MLA_WRITER_PROFILES"


@cache
def data_dir(name: str) -> Path:
    if name not in DATA_FOLDERS:
        raise ValueError(f"unknown data folder {name!r}")
    for candidate in (_PACKAGE_DIR / "_data" / name, _PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"the bundled folder {name!r} is missing from this installation; reinstall mla-writer"
    )


def user_profiles_dir(explicit: str | os.PathLike[str] | None = None) -> Path | None:
    """The user's own profile folder, from ``--profiles`` or the environment."""
    value = explicit if explicit is not None else os.environ.get(PROFILES_ENV)
    return Path(value) if value else None
