"""``aicc checklist`` (tailor the checklist to a deal) and ``aicc interview`` (write profile.yaml)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from aicc.catalog import load_catalog, load_playbook
from aicc.cli.app import app, resolve_lang
from aicc.cli.profile_opts import (
    AiKindOpt,
    ConfidentialOpt,
    CountriesOpt,
    CrossBorderOpt,
    DealTypeOpt,
    HomeOpt,
    OrgSizeOpt,
    PersonalDataOpt,
    PlaybookOpt,
    ProfileFileOpt,
    RoleOpt,
    SectorOpt,
    ThirdPartyOpt,
    build_profile,
    profile_flags,
)
from aicc.errors import AiccError
from aicc.io import check_writable, write_bytes_atomic, write_text_atomic
from aicc.vocabulary import DEAL_TYPES, ORG_SIZES, SECTORS

FORMATS = ("table", "md", "json", "csv", "xlsx")


@app.command("checklist")
def checklist(
    profile_file: ProfileFileOpt = None,
    deal_type: DealTypeOpt = None,
    role: RoleOpt = None,
    sector: SectorOpt = None,
    org_size: OrgSizeOpt = None,
    personal_data: PersonalDataOpt = None,
    cross_border: CrossBorderOpt = None,
    countries: CountriesOpt = None,
    home_jurisdiction: HomeOpt = None,
    generative: AiKindOpt = None,
    confidential_input: ConfidentialOpt = None,
    third_party_content: ThirdPartyOpt = None,
    playbook: PlaybookOpt = None,
    fmt: Annotated[str, typer.Option("--format", help="table | md | json | csv | xlsx")] = "table",
    out: Annotated[Path | None, typer.Option("--out", help="Write to this file (required for xlsx)")] = None,
    lang: Annotated[str | None, typer.Option("--lang", help="ja or en (default: from the locale)")] = None,
) -> None:
    """Tailor the checklist to a deal: the items that apply, in priority order, with the reasons."""
    from aicc import checklist_formats as formats
    from aicc.tailor import tailor

    if fmt not in FORMATS:
        raise AiccError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    language = resolve_lang(lang)
    if fmt == "xlsx" and out is None:
        raise AiccError("--format xlsx needs --out FILE.xlsx")
    if out is not None:
        check_writable(out)
    profile = build_profile(profile_file, **profile_flags(locals()))
    catalog = load_catalog()
    overlay = load_playbook(playbook, catalog) if playbook is not None else None
    entries = tailor(catalog, profile, overlay)
    if fmt == "xlsx":
        assert out is not None
        write_bytes_atomic(out, formats.to_xlsx(catalog, profile, entries, language))
        Console(stderr=True).print(f"wrote {out} ({len(entries)} items)")
        return
    if fmt == "table" and out is None:
        title = (
            f"AI契約チェックリスト: {len(entries)}項目"
            if language == "ja"
            else f"AI contract checklist: {len(entries)} items"
        )
        Console().print(formats.to_table(entries, language, title))
        return
    if fmt == "json":
        text = formats.to_json(formats.checklist_output(catalog, profile, entries, overlay))
    elif fmt == "csv":
        text = formats.to_csv(entries, language)
    else:
        text = formats.to_markdown(catalog, profile, entries, language)
    if out is not None:
        write_text_atomic(out, text)
        Console(stderr=True).print(f"wrote {out} ({len(entries)} items)")
    else:
        sys.stdout.write(text)


def _ask_choice(console: Console, question: str, options: dict[str, tuple[str, str]], default: str, lang: str) -> str:
    from rich.prompt import Prompt

    keys = list(options)
    for number, key in enumerate(keys, start=1):
        label = options[key][0] if lang == "ja" else options[key][1]
        console.print(f"  {number}. {key}  [dim]{label}[/]")
    while True:
        answer = Prompt.ask(question, default=default, console=console).strip().lower()
        if answer.isdigit() and 1 <= int(answer) <= len(keys):
            return keys[int(answer) - 1]
        if answer in options:
            return answer
        console.print(
            "[red]?[/] " + ("番号か値を入力してください" if lang == "ja" else "type a number or one of the values")
        )


@app.command("interview")
def interview(
    out: Annotated[Path, typer.Option("--out", help="Where to write the profile")] = Path("profile.yaml"),
    lang: Annotated[str | None, typer.Option("--lang", help="ja or en (default: from the locale)")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file")] = False,
) -> None:
    """Ask the deal-profile questions one by one and write profile.yaml."""
    import yaml
    from rich.prompt import Confirm, Prompt

    from aicc.models import ProfileFile

    language = resolve_lang(lang)
    if out.exists() and not force:
        raise AiccError("file exists; use --force to overwrite it", out)
    check_writable(out)
    console = Console()
    ja = language == "ja"
    console.print("[bold]" + ("取引プロファイルの作成" if ja else "Deal profile") + "[/]")
    deal = _ask_choice(console, "取引類型" if ja else "Deal type", DEAL_TYPES, "general-service", language)
    role = _ask_choice(
        console,
        "当方の立場" if ja else "Our role",
        {
            "user": ("ユーザ(AIを利用する側)", "user (uses the AI)"),
            "vendor": ("ベンダ(提供する側)", "vendor (provides it)"),
        },
        "user",
        language,
    )
    sector = _ask_choice(console, "業種" if ja else "Sector", SECTORS, "general", language)
    size = _ask_choice(console, "組織規模" if ja else "Organisation size", ORG_SIZES, "large", language)
    personal = _ask_choice(
        console,
        "個人情報" if ja else "Personal data",
        {
            "none": ("含まない", "none"),
            "personal": ("個人情報を含む", "personal data"),
            "sensitive": ("要配慮個人情報を含む", "sensitive personal data"),
        },
        "none",
        language,
    )
    cross = Confirm.ask(
        "データは国外で処理・保存されるか" if ja else "Is data processed or stored abroad?", default=False
    )
    countries: list[str] = []
    if cross:
        raw = Prompt.ask("国(カンマ区切り、例 US,IE)" if ja else "Countries (comma-separated, e.g. US,IE)", default="")
        countries = [c.strip().upper() for c in raw.split(",") if c.strip()]
    home = Prompt.ask("当方の本拠地の法域" if ja else "Our home jurisdiction", default="JP").strip().upper() or "JP"
    generative = Confirm.ask("生成AIか(いいえ=識別系)" if ja else "Generative AI? (no = discriminative)", default=True)
    confidential = Confirm.ask(
        "秘密のノウハウ等を入力するか" if ja else "Does confidential know-how go in?", default=False
    )
    third = Confirm.ask("第三者のコンテンツを入力するか" if ja else "Does third-party content go in?", default=False)
    profile = ProfileFile(
        deal_type=deal,
        role=role,
        sector=sector,
        org_size=size,
        personal_data=personal,
        cross_border=cross,
        countries=countries,
        home_jurisdiction=home,
        ai_kind="generative" if generative else "discriminative",
        confidential_input=confidential,
        third_party_content=third,
    )
    data = profile.model_dump(mode="json")
    text = "# aicc deal profile (aicc interview)\n" + yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    write_text_atomic(out, text)
    console.print(("書き出しました: " if ja else "wrote ") + str(out))
