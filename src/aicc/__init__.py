"""aicc: the AI Contract Checklist (METI, 2025) as data, tailoring and review."""

# The one place the version is written: pyproject.toml reads it from here (``tool.setuptools.dynamic``).
__version__ = "0.1.0"

__all__ = ["__version__"]
