"""Loading and validating catalogs and playbooks."""

from aicc.catalog.loader import (
    DEFAULT_CATALOG,
    bundled_catalog_dir,
    file_kind,
    load_catalog,
    load_playbook,
    unused_profile_values,
)

__all__ = [
    "DEFAULT_CATALOG",
    "bundled_catalog_dir",
    "file_kind",
    "load_catalog",
    "load_playbook",
    "unused_profile_values",
]
