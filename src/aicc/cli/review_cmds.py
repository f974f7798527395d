"""``aicc review FILE [FILE ...]`` and ``aicc classify [FILE|-]``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from aicc.cli.app import app, err_console, resolve_lang
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
from aicc.io import check_writable, write_text_atomic

REVIEW_FORMATS = ("table", "json")
# Above this many characters a review shows a progress bar on a terminal.
LONG_TEXT = 60_000

EmbeddingsOpt = Annotated[
    bool,
    typer.Option(
        "--embeddings/--no-embeddings",
        help=(
            "Also match sentences to the catalog's exemplar clauses with multilingual sentence embeddings "
            "(slower: seconds per 10 pages). Off by default: rules alone measured as accurate or better"
        ),
    ),
]


def review_json(review: Any) -> str:
    return json.dumps(review.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


@app.command("review")
def review(
    files: Annotated[
        list[Path], typer.Argument(help="The contract: one or more files read together (PDF, DOCX, HTML, text)")
    ],
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
    vendor_name: Annotated[
        str | None, typer.Option("--vendor-name", help="The party that is the vendor (e.g. 乙, Acme)")
    ] = None,
    user_name: Annotated[
        str | None, typer.Option("--user-name", help="The party that is the user (e.g. 甲, Customer)")
    ] = None,
    password: Annotated[str | None, typer.Option(help="Password of protected PDF or DOCX files")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table | json")] = "table",
    out: Annotated[Path | None, typer.Option("--out", help="Write the JSON (or the --report) to this file")] = None,
    report_fmt: Annotated[
        str | None, typer.Option("--report", help="Also render a report: html | pdf | md | xlsx | docx (needs --out)")
    ] = None,
    audience: Annotated[str, typer.Option(help="Report audience: internal | counterparty")] = "internal",
    lang: Annotated[str | None, typer.Option("--lang", help="ja or en (default: from the locale)")] = None,
    embeddings: EmbeddingsOpt = False,
) -> None:
    """Review a contract against the checklist tailored to the deal: status, position, verbatim evidence, suggestions."""
    if fmt not in REVIEW_FORMATS:
        raise AiccError(f"unknown format {fmt!r}; choose one of: {', '.join(REVIEW_FORMATS)}")
    if report_fmt is not None:
        from aicc.report import FORMATS

        if report_fmt not in FORMATS:
            raise AiccError(f"unknown report format {report_fmt!r}; choose one of: {', '.join(FORMATS)}")
        if out is None:
            raise AiccError("--report needs --out PATH")
        if audience not in ("internal", "counterparty"):
            raise AiccError(f"unknown audience {audience!r}; use internal or counterparty")
    elif out is not None and fmt != "json":
        raise AiccError("--out writes JSON: add --format json, or --report FORMAT")
    language = resolve_lang(lang)
    if out is not None:
        check_writable(out)
    profile = build_profile(profile_file, **profile_flags(locals()))
    # Without a deal type from a flag or the profile file, the review infers it (and says so).
    source = "flag" if deal_type is not None else "profile"

    from aicc.catalog import load_catalog, load_playbook
    from aicc.ingest import load_document
    from aicc.review import review_documents

    catalog = load_catalog()
    overlay = load_playbook(playbook, catalog) if playbook is not None else None
    interactive = sys.stderr.isatty()
    documents = [
        load_document(path, password=password, vendor_name=vendor_name, user_name=user_name, progress=interactive)
        for path in files
    ]
    long_input = sum(len(doc.text) for doc in documents) > LONG_TEXT
    options: dict[str, Any] = {
        "playbook": overlay,
        "profile_source": source,
        "vendor_name": vendor_name,
        "user_name": user_name,
        "use_embeddings": embeddings,
    }
    if interactive and long_input:
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

        with Progress(
            TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn(), console=err_console, transient=True
        ) as bar:
            task = bar.add_task("reviewing", total=3)

            def step(stage: str, done: int, total: int) -> None:
                bar.update(task, description=stage, advance=1)

            result = review_documents(documents, catalog, profile, progress=step, **options)
    else:
        result = review_documents(documents, catalog, profile, **options)
    if report_fmt is not None:
        assert out is not None
        from aicc.report import render_report

        render_report(
            result, report_fmt, out, audience=audience, lang=lang, source=files[0] if len(files) == 1 else None
        )
        err_console.print(f"wrote {out} ({len(result.findings)} findings)")
        return
    if fmt == "json":
        text = review_json(result)
        if out is not None:
            write_text_atomic(out, text)
            err_console.print(f"wrote {out} ({len(result.findings)} findings)")
        else:
            sys.stdout.write(text)
        return
    from aicc.review.terminal import render

    render(result, language, Console())


@app.command("classify")
def classify(
    file: Annotated[str, typer.Argument(help="A text file with one clause or sentence per line, or - for stdin")] = "-",
    role: RoleOpt = None,
    home_jurisdiction: HomeOpt = None,
    fmt: Annotated[str, typer.Option("--format", help="jsonl")] = "jsonl",
    embeddings: EmbeddingsOpt = False,
) -> None:
    """Classify single clauses: for each input line, one JSON object with its topics and positions."""
    if fmt != "jsonl":
        raise AiccError(f"unknown format {fmt!r}; classify writes jsonl")
    profile = build_profile(role=role, home_jurisdiction=home_jurisdiction)
    if file == "-":
        data = sys.stdin.buffer.read()
        where: str | Path = "<stdin>"
    else:
        path = Path(file)
        if not path.is_file():
            raise AiccError("file not found" if not path.exists() else "not a file", path)
        data = path.read_bytes()
        where = path
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise AiccError(f"not UTF-8 text (byte {exc.start})", where) from exc
    lines = text.splitlines()

    from aicc.catalog import load_catalog
    from aicc.review import classify_lines
    from aicc.review.embeddings import shared_embedder
    from aicc.review.engine import Engine
    from aicc.review.parties import resolve_names

    engine = Engine(
        items=load_catalog().items,
        names=resolve_names(),
        role=profile.role,
        home=profile.home_jurisdiction,
        embedder=shared_embedder() if embeddings else None,
    )
    out = sys.stdout
    for result in classify_lines(engine, lines):
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
