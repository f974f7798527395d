from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session", autouse=True)
def _own_cache_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The suite's caches (checked catalogs, rule literals and programs, model weights) go to a
    folder of its own, as on a fresh machine, and never into the user's ``~/.cache/aicc``."""
    import os

    before = os.environ.get("AICC_CACHE")
    os.environ["AICC_CACHE"] = str(tmp_path_factory.mktemp("aicc-cache"))
    yield
    if before is None:
        os.environ.pop("AICC_CACHE", None)
    else:
        os.environ["AICC_CACHE"] = before


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def good_catalog(tmp_path: Path) -> Path:
    """A writable copy of the small good catalog fixture."""
    target = tmp_path / "catalog"
    shutil.copytree(FIXTURES / "catalog" / "good", target)
    return target


def run_cli(*args: str, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed ``aicc`` as a user would (a real process, real exit code)."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "AICC_LANG": "en", "COLUMNS": "200", "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "aicc", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=300,
    )


def review_text(folder: Path, text: str, name: str) -> Any:
    """Review one contract written to ``folder/name`` (rules only, default profile)."""
    from aicc.catalog import load_catalog
    from aicc.ingest import load_document
    from aicc.models import Profile
    from aicc.review import review_documents

    path = folder / name
    path.write_text(text, encoding="utf-8")
    return review_documents([load_document(path)], load_catalog(), Profile(), use_embeddings=False)
