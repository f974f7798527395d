"""The user's cache folder for derived data (loaded catalog, embedding model, regex prefilter), written
best-effort.

Nothing here is needed for correctness: a missing, stale or unwritable cache only costs time.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def cache_dir() -> Path:
    """``$AICC_CACHE``, else ``$XDG_CACHE_HOME/aicc``, else ``~/.cache/aicc``."""
    base = os.environ.get("AICC_CACHE")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME")
    home = Path(xdg) if xdg else Path.home() / ".cache"
    return home / "aicc"


def store(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` atomically; False (and nothing left behind) if the folder is not writable."""
    tmp = path.with_suffix(f".{os.getpid()}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        return False
    return True
