"""`swdp publish`: bring the CKAN catalogue to the state of the exports."""
from __future__ import annotations

import json
import time
from typing import Annotated, Optional

import typer
from rich.table import Table

from pipelines.cli.common import (DatasetOption, JsonOption, MunicipalityOption, app, context, err,
                                  out)
from pipelines.core.cluster import ConfigError
from pipelines.core.german import german_number


@app.command()
def publish(ckan_url: Annotated[Optional[str], typer.Option(
                "--ckan-url", help="CKAN-Adresse (sonst CKAN_URL oder ckan_url in cluster.yaml)")] = None,
            municipality: MunicipalityOption = None, dataset: DatasetOption = None,
            as_json: JsonOption = False):
    """Die Exporte im CKAN-Katalog veröffentlichen; geschrieben wird nur, was sich geändert hat.

    Das API-Token kommt nur aus der Umgebungsvariablen CKAN_API_TOKEN.
    """
    from catalog.publish import NOT_CONFIGURED, CatalogError, configured_catalog
    from catalog.publish import publish as publish_catalog

    settings, cluster = context()
    try:
        cluster.sources(municipality, dataset)
        catalog = configured_catalog(settings, cluster, ckan_url)
        if catalog is None:
            if as_json:
                print(json.dumps({"skipped": NOT_CONFIGURED}, ensure_ascii=False))
            else:
                out.print(NOT_CONFIGURED)
            raise typer.Exit(0)
        started = time.monotonic()
        with err.status("Veröffentliche in CKAN …") as status:
            summary = publish_catalog(settings, cluster, catalog, municipality, dataset,
                                      on_progress=lambda step: status.update(f"CKAN: {step} …"))
    except (CatalogError, ConfigError) as error:
        err.print(f"[red]Veröffentlichung fehlgeschlagen:[/] {error}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    seconds = round(time.monotonic() - started, 1)
    if as_json:
        print(json.dumps(summary.as_json() | {"ckan_url": catalog.url, "seconds": seconds},
                         ensure_ascii=False, indent=2))
    else:
        _print_publication(summary, catalog.url, seconds)
    raise typer.Exit(1 if summary.failed else 0)


def _print_publication(summary, url: str, seconds: float) -> None:
    table = Table(title=f"Veröffentlichung in {url}")
    table.add_column("Datensatz", no_wrap=True)
    table.add_column("Ergebnis")
    outcomes = {"created": "[green]neu angelegt[/]", "updated": "[green]aktualisiert[/]",
                "unchanged": "unverändert", "deleted": "[yellow]zurückgezogen[/]"}
    for status, label in outcomes.items():
        for name in getattr(summary, status):
            table.add_row(name, label)
    for name, reason in summary.failed.items():
        table.add_row(name, f"[red]fehlgeschlagen:[/] {reason}")
    out.print(table)
    out.print(f"neu: {len(summary.created)}   aktualisiert: {len(summary.updated)}   "
              f"unverändert: {len(summary.unchanged)}   zurückgezogen: {len(summary.deleted)}   "
              f"fehlgeschlagen: {len(summary.failed)}   Dauer: {german_number(seconds, 1)} s")
