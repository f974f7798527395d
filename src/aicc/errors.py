"""Errors that the CLI reports as one clear line and exit code 2."""

from __future__ import annotations

from pathlib import Path


class AiccError(Exception):
    """A user-facing error: bad input, a missing file, an unknown id."""

    exit_code = 2

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None) -> None:
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = self.path if self.line is None else f"{self.path}:{self.line}"
            where += ": "
        return f"{where}{self.message}"


class ValidationFailed(AiccError):
    """Several problems found while validating a catalog or playbook."""

    def __init__(self, problems: list[AiccError]) -> None:
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) found")

    def __str__(self) -> str:
        return "\n".join(str(problem) for problem in self.problems)


class IngestError(AiccError):
    """A document could not be read: corrupt, encrypted, empty, too large, unsupported."""
