"""``aicc catalog validate|show|export|schema``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from aicc.catalog import file_kind, load_catalog, load_playbook, unused_profile_values
from aicc.cli.app import app, resolve_lang
from aicc.errors import AiccError

catalog_app = typer.Typer(help="Check, show and export the checklist catalog and playbooks.", no_args_is_help=True)
app.add_typer(catalog_app, name="catalog")

LangOpt = Annotated[str | None, typer.Option("--lang", help="ja or en (default: from the locale)")]


@catalog_app.command("validate")
def validate(
    path: Annotated[Path | None, typer.Argument(help="A catalog folder, catalog.yaml or playbook file")] = None,
    catalog: Annotated[Path | None, typer.Option(help="Catalog a playbook is checked against")] = None,
) -> None:
    """Validate a catalog or a playbook strictly (default: the bundled catalog). Exit 2 on any problem."""
    console = Console()
    if path is not None and not path.exists():
        raise AiccError("file not found", path)
    kind = "catalog" if path is None else file_kind(path)
    if kind == "playbook":
        assert path is not None
        base = load_catalog(catalog)
        playbook = load_playbook(path, base)
        console.print(
            f"[green]ok[/] playbook {playbook.id}: {len(playbook.add)} house item(s), "
            f"{len(playbook.modify)} change(s), against catalog {base.meta.id} {base.meta.version}"
        )
        return
    if kind != "catalog":
        raise AiccError(f"a {kind!r} file is not a catalog or playbook", path)
    loaded = load_catalog(path, strict=True)
    unused = unused_profile_values(loaded) if path is None else []
    if unused:
        raise AiccError("profile values that change nothing in the catalog: " + ", ".join(unused))
    tests = sum(len(item.tests) for item in loaded.items)
    console.print(
        f"[green]ok[/] catalog {loaded.meta.id} {loaded.meta.version}: {len(loaded.items)} items, "
        f"{len(loaded.meta.sources)} sources, {tests} test clauses"
    )


@catalog_app.command("show")
def show(
    item_id: Annotated[str, typer.Argument(help="Item id, e.g. IN-USE-02")],
    lang: LangOpt = None,
    fmt: Annotated[str, typer.Option("--format", help="text or yaml or json")] = "text",
    playbook: Annotated[Path | None, typer.Option(help="Show the item as a playbook changes it")] = None,
) -> None:
    """Print one item in full."""
    from aicc.catalog.render import item_as_text

    catalog = load_catalog()
    items = {item.id: item for item in catalog.items}
    if playbook is not None:
        from aicc.models import Profile
        from aicc.tailor import tailor

        overlay = load_playbook(playbook, catalog)
        items.update({entry.item.id: entry.item for entry in tailor(catalog, Profile(), overlay)})
    key = item_id.strip().upper()
    if key not in items:
        close = [known for known in items if known.startswith(key.rsplit("-", 1)[0])][:5]
        hint = f"; did you mean {', '.join(close)}?" if close else "; list them with `aicc checklist`"
        raise AiccError(f"unknown item id {item_id!r}{hint}")
    item = items[key]
    if fmt == "json":
        typer.echo(item.model_dump_json(indent=2, exclude_none=True))
    elif fmt == "yaml":
        import yaml

        typer.echo(yaml.safe_dump(item.model_dump(mode="json", exclude_none=True), allow_unicode=True, sort_keys=False))
    elif fmt == "text":
        Console().print(item_as_text(item, catalog, resolve_lang(lang)))
    else:
        raise AiccError(f"unknown format {fmt!r}; use text, yaml or json")


@catalog_app.command("export")
def export(
    out: Annotated[Path, typer.Option("--out", help="Output file (.md)")] = Path("docs/catalog.md"),
) -> None:
    """Write the catalog reference for lawyers (Markdown, both languages)."""
    from aicc.catalog.reference import catalog_reference
    from aicc.io import write_text_atomic

    text = catalog_reference(load_catalog())
    write_text_atomic(out, text)
    Console(stderr=True).print(f"wrote {out}")


@catalog_app.command("schema")
def schema(
    out_dir: Annotated[
        Path | None, typer.Option("--out-dir", help="Write the schemas here instead of printing")
    ] = None,
    name: Annotated[str, typer.Argument(help="item, catalog, playbook, profile, checklist or review")] = "item",
) -> None:
    """Print a JSON Schema generated from the models (or write them all with --out-dir)."""
    from aicc.schemas import SCHEMAS, schema_text, write_schemas

    if out_dir is not None:
        for path in write_schemas(out_dir):
            Console(stderr=True).print(f"wrote {path}")
        return
    if name not in SCHEMAS:
        raise AiccError(f"unknown schema {name!r}; choose from {', '.join(SCHEMAS)}")
    typer.echo(schema_text(name))
