"""`swdp publish`: bring the CKAN catalogue to the state of the exports (as the Dagster job
`swdp_publish_katalog`, so the run shows in the Dagster UI)."""
from __future__ import annotations

import json
import time
from typing import Annotated, Optional

import typer
from rich.markup import escape
from rich.table import Table

from pipelines.cli.common import (EXIT_HELD, EXIT_OK, EXIT_REJECTED, EXIT_UNUSABLE, DatasetOption, JsonOption,
                                  MunicipalityOption, app, chosen_sources, context, err, out,
                                  told)
from pipelines.cli.refusals import CATALOG, CONFIGURATION, Refused
from pipelines.core.cluster import ConfigError
from pipelines.core.locks import WAREHOUSE, announce_waits, exclusive
from pipelines.core.german import german_number


@app.command()
def publish(ckan_url: Annotated[Optional[str], typer.Option(
                "--ckan-url", metavar="URL", help="CKAN-Adresse (sonst CKAN_URL oder ckan_url in cluster.yaml)")] = None,
            municipality: MunicipalityOption = None, dataset: DatasetOption = None,
            as_json: JsonOption = False):
    """Die Exporte im CKAN-Katalog veröffentlichen; geschrieben wird nur, was sich geändert hat.

    Das API-Token kommt nur aus der Umgebungsvariablen CKAN_API_TOKEN.
    """
    from catalog.publish import NOT_CONFIGURED, CatalogError, configured_catalog
    from pipelines.cli.instance import prepared_instance
    from pipelines.orchestration.runner import publish_catalog
    from pipelines.quality.history import held_partitions

    settings, cluster = context()
    chosen_sources(cluster, municipality, dataset)
    try:
        catalog = configured_catalog(settings, cluster, ckan_url)
        if catalog is None:
            if as_json:
                print(json.dumps({"skipped": NOT_CONFIGURED}, ensure_ascii=False))
            else:
                out.print(NOT_CONFIGURED)
            raise typer.Exit(0)
        started = time.monotonic()
        announce_waits(told)
        # Under the warehouse lock, as a run publishes: a run still writing the exports
        # finishes first, so the catalogue never gets some files of its state and some of the
        # last, nor a file's checksum taken before the run replaced the file uploaded.
        with err.status("Veröffentliche in CKAN …") as status, exclusive(settings, WAREHOUSE):
            prepared_instance(settings)
            summary = publish_catalog(settings, cluster, catalog, municipality, dataset,
                                      on_progress=lambda step: status.update(f"CKAN: {escape(step)} …"),
                                      on_outage=told)
    except (CatalogError, ConfigError) as error:
        raise Refused(CONFIGURATION if isinstance(error, ConfigError) else CATALOG, str(error),
                      EXIT_UNUSABLE,
                      line=f"Veröffentlichung fehlgeschlagen: {error}") from None
    seconds = round(time.monotonic() - started, 1)
    held = sorted((member, key) for key, member in held_partitions(settings)
                  if (not municipality or member in municipality) and (not dataset or key in dataset))
    code = EXIT_REJECTED if summary.failed else EXIT_HELD if held else EXIT_OK
    if as_json:
        print(json.dumps(summary.as_json() | {"ckan_url": catalog.url, "seconds": seconds,
                                              "held": [f"{member}/{key}" for member, key in held],
                                              "exit_code": code},
                         ensure_ascii=False, indent=2))
    else:
        _print_publication(summary, catalog.url, seconds)
        for member, key in held:
            out.print(f"[yellow]Veröffentlichung angehalten[/] "
                      f"{escape(cluster.partition_name(member, key))}: im Katalog "
                      f"bleiben die zuletzt freigegebenen Daten (Prüfbericht im Datenordner).")
    raise typer.Exit(code)


def _print_publication(summary, url: str, seconds: float) -> None:
    """Each dataset by its title, as the catalogue shows it, beside its name in CKAN (its
    address there, …/dataset/<Name>), which never wraps so that it can be searched."""
    table = Table(title=f"Veröffentlichung in {escape(url)}")
    table.add_column("Datensatz", overflow="fold")
    table.add_column("Name in CKAN", no_wrap=True)
    table.add_column("Ergebnis")
    outcomes = {"created": "[green]neu angelegt[/]", "updated": "[green]aktualisiert[/]",
                "unchanged": "unverändert", "deleted": "[yellow]zurückgezogen[/]"}
    for status, label in outcomes.items():
        for name in getattr(summary, status):
            table.add_row(escape(summary.title(name)), escape(name), label)
    for name, reason in summary.failed.items():
        table.add_row(escape(summary.title(name)), escape(name),
                      f"[red]fehlgeschlagen:[/] {escape(str(reason))}")
    out.print(table)
    for name in summary.kept:  # on a line of its own each, never broken: it may be searched
        out.print(f"[yellow]{escape(summary.title(name))} ({escape(name)}):[/] "
                  f"{escape(summary.kept_note(name))}", soft_wrap=True)
    out.print(f"neu: {len(summary.created)}   aktualisiert: {len(summary.updated)}   "
              f"unverändert: {len(summary.unchanged)}   zurückgezogen: {len(summary.deleted)}   "
              f"fehlgeschlagen: {len(summary.failed)}   Dauer: {german_number(seconds, 1)} s")
