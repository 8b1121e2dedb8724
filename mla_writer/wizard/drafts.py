"""Where the wizard keeps its answers: a draft case file, saved after every answer.

The file is written whole (temporary file + rename), readable by its owner only, and the
previous version is kept beside it as ``.bak`` so a crash while writing loses nothing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
import sys
from pathlib import Path

from mla_writer.atomic import OWNER_ONLY, write_text_atomic
from mla_writer.errors import InputError


def drafts_dir() -> Path:
    """The user's data folder for drafts, as each operating system expects it."""
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "mla-writer" / "drafts"


def new_draft_path(now: dt.datetime | None = None) -> Path:
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    return drafts_dir() / f"case-{stamp}.json"


def prepare_folder(path: Path) -> None:
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            if folder == drafts_dir():
                os.chmod(folder, 0o700)
    except OSError as exc:
        raise InputError(f"cannot create the folder ({exc.strerror})", file=str(folder),
                         fix="choose another file with --out") from None


class DraftFile:
    def __init__(self, path: Path) -> None:
        self.path = path

    def save(self, data: dict) -> None:
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        if self.path.exists():
            backup = self.path.with_suffix(self.path.suffix + ".bak")
            with contextlib.suppress(OSError):
                shutil.copyfile(self.path, backup)
                os.chmod(backup, OWNER_ONLY)
        write_text_atomic(self.path, text, overwrite=True)


def load_partial(path: Path) -> dict:
    """A case file that may be incomplete: only its JSON must be readable."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", file=str(path), fix="check the path given to --from") from None
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror})", file=str(path), fix="check the permissions") from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InputError("the file is not UTF-8 text", file=str(path), fix="save it as UTF-8") from None
    except (json.JSONDecodeError, ValueError) as exc:
        raise InputError(f"invalid JSON ({exc})", file=str(path), fix="correct it, or start again without --from") from None
    if not isinstance(data, dict):
        raise InputError("a case file must hold one JSON object", file=str(path), fix="start again without --from")
    return data
