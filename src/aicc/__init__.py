"""aicc: the AI Contract Checklist (METI, 2025) as data, tailoring and review."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("ai-contract-checklist")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0.0.0+src"

__all__ = ["__version__"]
