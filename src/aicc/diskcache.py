"""The user's cache folder for derived data (loaded catalog, embedding model, regex prefilter), written
best-effort.

Nothing here is needed for correctness: a missing, stale or unwritable cache only costs time.
"""

from __future__ import annotations

import atexit
import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any


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


class FileDict:
    """A dict kept in one file of the cache folder: read on first use, written back at exit when
    changed. An unreadable file counts as empty; past ``max_entries`` the dict starts again (it holds
    rules expanded with each contract's party names, so it grows with every new contract)."""

    def __init__(
        self,
        name: Callable[[], str],
        dumps: Callable[[dict[str, Any]], bytes],
        loads: Callable[[bytes], Any],
        max_entries: int,
    ) -> None:
        self._name = name
        self._dumps = dumps
        self._loads = loads
        self._max = max_entries
        self.data: dict[str, Any] | None = None
        self.dirty = False
        atexit.register(self.save)

    def _path(self) -> Path:
        return cache_dir() / self._name()

    def load(self) -> dict[str, Any]:
        if self.data is None:
            self.data = {}
            try:
                loaded = self._loads(self._path().read_bytes())
            except (OSError, ValueError, EOFError, TypeError):
                loaded = None
            if isinstance(loaded, dict):
                self.data = loaded
        return self.data

    def put(self, key: str, value: Any) -> None:
        data = self.load()
        if len(data) >= self._max:
            data.clear()
        data[key] = value
        self.dirty = True

    def save(self) -> None:
        if self.dirty and self.data is not None and store(self._path(), self._dumps(self.data)):
            self.dirty = False
