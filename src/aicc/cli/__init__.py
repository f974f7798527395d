"""The ``aicc`` command line. Each command group lives in its own module."""

from __future__ import annotations

import sys

# Importing a module registers its commands on ``app``.
from aicc.cli import catalog_cmds, checklist_cmds, extract_cmd, report_cmd, review_cmds  # noqa: F401  (registration)
from aicc.cli.app import app, run


def main() -> None:
    sys.exit(run(app))


__all__ = ["app", "main"]
