"""Writing outputs safely: a temporary file renamed into place, never a half-written document."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from b1docs.errors import OutputError

# Names Windows refuses whatever the extension.
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(1, 10)), *(f"lpt{n}" for n in range(1, 10))}
MAX_STEM = 80


@contextlib.contextmanager
def atomic_write(path: Path, *, force: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside `path`; on success rename it into place.

    Refuses to replace an existing file unless force. On any failure the temporary file is removed, so
    a crash or a full disk never leaves a half-written file under the final name.
    """
    path = Path(path)
    if path.is_dir():
        raise OutputError("is a folder. Give a file name for the output", path=path)
    if path.exists() and not force:
        raise OutputError("already exists. Use --force to replace it, or choose another name", path=path)
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary_name = tempfile.mkstemp(prefix=f".{path.stem[:40]}-", suffix=".part", dir=folder)
        os.close(handle)
    except OSError as err:
        raise _output_error(err, folder) from err
    temporary = Path(temporary_name)
    try:
        yield temporary
        # mkstemp makes owner-only files; give the output the permissions any new file would get, so
        # colleagues on a shared drive can open it.
        os.chmod(temporary, 0o666 & ~_current_umask())
        os.replace(temporary, path)
    except OSError as err:
        raise _output_error(err, path) from err
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _output_error(err: OSError, path: Path) -> OutputError:
    if isinstance(err, PermissionError):
        return OutputError("cannot be written: permission denied. If the file is open in Word or Excel, "
                           "close it and try again; otherwise choose a folder you can write to", path=path)
    if err.errno == errno.ENOSPC:
        return OutputError("cannot be written: the disk is full. Free some space and try again", path=path)
    if err.errno == errno.EROFS:
        return OutputError("cannot be written: the drive is read-only. Choose another folder", path=path)
    return OutputError(f"cannot be written ({err.strerror or err}). Choose another folder", path=path)


def safe_filename(text: str, *, fallback: str = "school") -> str:
    """A lower-case, hyphenated file-name stem safe on Windows, macOS and Linux.

    Nothing from a school name can add a folder, a reserved device name or a forbidden character.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    ascii_text = ascii_text.replace("&", " and ")
    stem = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:MAX_STEM].strip("-")
    if not stem:
        stem = fallback
    if stem.split("-")[0] in _RESERVED or stem in _RESERVED:
        stem = f"{fallback}-{stem}"
    return stem
