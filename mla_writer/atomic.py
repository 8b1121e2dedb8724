"""Writing files whole or not at all, readable by their owner only.

Everything mla-writer writes (case files, drafts, documents) goes to a temporary file in
the target folder and is renamed into place, so a crash or a kill leaves either the old
file or the new one, never half of one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from mla_writer.errors import OutputError

OWNER_ONLY = 0o600


def write_atomic(path: Path, write: Callable[[BinaryIO], None], *, overwrite: bool) -> None:
    """Writes the file by calling ``write`` with a binary stream; the file appears whole or not at all."""
    folder = path.parent
    if not folder.is_dir():
        raise OutputError("the output folder does not exist", file=str(folder),
                          fix="create it first or choose another folder")
    if path.exists() and not overwrite:
        raise OutputError("the file already exists", file=str(path), fix="use --force to replace it, or choose another folder")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(f"cannot write in this folder ({exc.strerror})", file=str(folder),
                          fix="choose a folder you can write to") from exc
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        with contextlib.suppress(OSError):  # not every file system keeps POSIX modes
            os.chmod(temp_name, OWNER_ONLY)
        if not overwrite and path.exists():
            raise OutputError("the file already exists", file=str(path), fix="use --force to replace it")
        os.replace(temp_name, path)
    except OSError as exc:
        raise OutputError(f"cannot write the file ({exc.strerror})", file=str(path),
                          fix="check the folder's permissions and free space") from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)


def write_bytes_atomic(path: Path, data: bytes, *, overwrite: bool) -> None:
    write_atomic(path, lambda stream: stream.write(data), overwrite=overwrite)


def write_text_atomic(path: Path, text: str, *, overwrite: bool) -> None:
    write_bytes_atomic(path, text.encode("utf-8"), overwrite=overwrite)
