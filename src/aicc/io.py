"""Writing output files safely: all or nothing, with clear errors."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from aicc.errors import AiccError


def check_writable(path: Path) -> None:
    """Fail early, before any work, if ``path`` cannot be written."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.exists():
        raise AiccError("cannot write: the folder does not exist", folder)
    if not folder.is_dir():
        raise AiccError("cannot write: not a folder", folder)
    if path.is_dir():
        raise AiccError("cannot write: this is a folder", path)
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise AiccError("cannot write: permission denied", path)


def write_bytes_atomic(path: str | Path, data: bytes) -> None:
    """Write to a temporary file beside ``path`` and rename it, so no partial file is ever left."""
    path = Path(path)
    check_writable(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent if str(path.parent) else ".")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        # mkstemp creates 0600; give the file the permissions a normal write would (0666 & ~umask).
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise AiccError(f"cannot write: {exc.strerror or exc}", path) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text_atomic(path: str | Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))
