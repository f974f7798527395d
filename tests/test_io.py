"""Atomic output: all or nothing, normal permissions, clear errors."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from aicc.errors import AiccError
from aicc.io import write_bytes_atomic, write_text_atomic


def test_writes_whole_file_with_normal_permissions(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    write_text_atomic(target, "# 結果\n")
    assert target.read_text(encoding="utf-8") == "# 結果\n"
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]


def test_missing_folder_is_a_clear_error_and_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(AiccError, match="folder does not exist"):
        write_bytes_atomic(tmp_path / "nope" / "x.bin", b"data")
    assert list(tmp_path.iterdir()) == []


def test_target_that_is_a_folder(tmp_path: Path) -> None:
    with pytest.raises(AiccError, match="this is a folder"):
        write_bytes_atomic(tmp_path, b"data")
