"""The deal-profile flags shared by ``aicc checklist`` and ``aicc review``.

Use them in a command as ``**`` options::

    def checklist(..., deal_type: DealTypeOpt = None, role: RoleOpt = None, ...):
        profile = build_profile(profile_file, deal_type=deal_type, role=role, ...)

Flags override values read from ``--profile FILE.yaml``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from pydantic import ValidationError

from aicc.catalog.yamlfile import read_yaml, validation_problems
from aicc.errors import AiccError, ValidationFailed
from aicc.models import Profile, ProfileFile
from aicc.vocabulary import DEAL_TYPES, ORG_SIZES, SECTORS

ProfileFileOpt = Annotated[
    Path | None, typer.Option("--profile", help="A profile.yaml (see `aicc interview`); flags override it")
]
DealTypeOpt = Annotated[str | None, typer.Option("--deal-type", help="general-service | customized | new-development")]
RoleOpt = Annotated[str | None, typer.Option("--role", help="Our side: user | vendor (default user)")]
SectorOpt = Annotated[str | None, typer.Option("--sector", help=" | ".join(SECTORS))]
OrgSizeOpt = Annotated[str | None, typer.Option("--org-size", help=" | ".join(ORG_SIZES))]
PersonalDataOpt = Annotated[str | None, typer.Option("--personal-data", help="none | personal | sensitive")]
CrossBorderOpt = Annotated[
    bool | None, typer.Option("--cross-border/--domestic", help="Data is processed or stored abroad")
]
CountriesOpt = Annotated[
    str | None, typer.Option("--countries", help="Comma-separated countries where data goes, e.g. US,IE")
]
HomeOpt = Annotated[
    str | None, typer.Option("--home-jurisdiction", help="Our home jurisdiction for law and forum (default JP)")
]
AiKindOpt = Annotated[
    bool | None, typer.Option("--generative/--discriminative", help="Generative (default) or discriminative AI")
]
ConfidentialOpt = Annotated[
    bool | None, typer.Option("--confidential-input/--no-confidential-input", help="Confidential know-how goes in")
]
ThirdPartyOpt = Annotated[
    bool | None,
    typer.Option("--third-party-content/--no-third-party-content", help="Third-party works or data go in"),
]
PlaybookOpt = Annotated[Path | None, typer.Option("--playbook", help="An organisation playbook (kind: playbook)")]


def _choice(value: str | None, allowed: dict[str, Any] | tuple[str, ...], flag: str) -> str | None:
    if value is None:
        return None
    key = value.strip().lower()
    if key not in allowed:
        raise AiccError(f"unknown {flag} {value!r}; choose one of: {', '.join(allowed)}")
    return key


def read_profile_file(path: Path) -> dict[str, Any]:
    """Read a profile.yaml strictly; errors name the file and line."""
    data, lines = read_yaml(path)
    if not isinstance(data, dict):
        raise AiccError("a profile must be a mapping of keys such as deal_type, role, sector", path, 1)
    if data.get("kind", "profile") != "profile":
        raise AiccError(f"this is a {data.get('kind')!r} file, expected 'kind: profile'", path, 1)
    try:
        ProfileFile.model_validate(data)
    except ValidationError as exc:
        raise ValidationFailed(validation_problems(exc, lines, str(path))) from exc
    data.pop("kind", None)
    return data


PROFILE_FLAGS = (
    "deal_type",
    "role",
    "sector",
    "org_size",
    "personal_data",
    "cross_border",
    "countries",
    "home_jurisdiction",
    "generative",
    "confidential_input",
    "third_party_content",
)


def profile_flags(arguments: dict[str, Any]) -> dict[str, Any]:
    """The profile flags among a command's arguments (pass ``locals()``)."""
    return {name: arguments[name] for name in PROFILE_FLAGS if name in arguments}


def build_profile(
    profile_file: Path | None = None,
    *,
    deal_type: str | None = None,
    role: str | None = None,
    sector: str | None = None,
    org_size: str | None = None,
    personal_data: str | None = None,
    cross_border: bool | None = None,
    countries: str | None = None,
    home_jurisdiction: str | None = None,
    generative: bool | None = None,
    confidential_input: bool | None = None,
    third_party_content: bool | None = None,
) -> Profile:
    """A Profile from an optional file plus flags (flags win). Bad values raise AiccError."""
    values: dict[str, Any] = read_profile_file(profile_file) if profile_file is not None else {}
    flags: dict[str, Any] = {
        "deal_type": _choice(deal_type, DEAL_TYPES, "deal type"),
        "role": _choice(role, ("user", "vendor"), "role"),
        "sector": _choice(sector, SECTORS, "sector"),
        "org_size": _choice(org_size, ORG_SIZES, "organisation size"),
        "personal_data": _choice(personal_data, ("none", "personal", "sensitive"), "personal-data value"),
        "cross_border": cross_border,
        "home_jurisdiction": home_jurisdiction,
        "confidential_input": confidential_input,
        "third_party_content": third_party_content,
    }
    if countries is not None:
        flags["countries"] = [c.strip().upper() for c in countries.split(",") if c.strip()]
    if generative is not None:
        flags["ai_kind"] = "generative" if generative else "discriminative"
    values.update({key: value for key, value in flags.items() if value is not None})
    try:
        return Profile.model_validate(values)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise AiccError(f"bad profile value for {'.'.join(map(str, first['loc']))}: {first['msg']}") from exc
