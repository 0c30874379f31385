"""`swdp run`: ingest the deliveries, refresh the warehouse, export and publish."""
from __future__ import annotations

import json
from dataclasses import asdict

import typer

from pipelines.cli.common import (DatasetOption, JsonOption, MunicipalityOption, app, context, err,
                                  out, print_runs)
from pipelines.core.cluster import ConfigError


@app.command()
def run(municipality: MunicipalityOption = None, dataset: DatasetOption = None,
        as_json: JsonOption = False):
    """Lieferungen einlesen, Warehouse aktualisieren und offene Daten exportieren."""
    from catalog.publish import NOT_CONFIGURED, ckan_url
    from pipelines.quality.report import report_path
    from pipelines.orchestration.runner import run_cluster

    settings, cluster = context()
    try:
        cluster.sources(municipality, dataset)
    except ConfigError as error:
        err.print(f"[red]{error}[/]")
        raise typer.Exit(2) from None
    with err.status("Lieferungen werden verarbeitet …") as status:
        result = run_cluster(settings, cluster, municipality, dataset,
                             on_progress=lambda step: status.update(f"Verarbeite {step} …"))
    if as_json:
        url = ckan_url(settings, cluster)
        print(json.dumps({"runs": [asdict(r) for r in result.results],
                          "warehouse": result.counts, "errors": result.publication_errors,
                          "data_dir": str(settings.data_dir),
                          "catalog": {"ckan_url": url} if url else {"skipped": NOT_CONFIGURED}},
                         ensure_ascii=False, indent=2))
    else:
        print_runs([asdict(r) for r in result.results], "Ergebnis der Verarbeitung")
        out.print(f"Warehouse: {settings.warehouse_path}   Exporte: {settings.export_dir}")
        if not ckan_url(settings, cluster):
            out.print(NOT_CONFIGURED)
        if any(r.rejected for r in result.results):
            out.print("Abgewiesene Zeilen mit Grund: Prüfberichte in "
                      f"{settings.reports_dir}, Tabelle „rejects“ im Warehouse; "
                      "Vorabprüfung einer Datei: swdp check DATEI -d … -m …")
        for held in (r for r in result.results if r.held):
            out.print(f"[yellow]Veröffentlichung angehalten[/] {held.municipality}/{held.dataset}: "
                      f"die zuletzt veröffentlichten Daten bleiben online – Prüfbericht "
                      f"{report_path(settings, held.municipality, held.dataset, '.html')}")
        for failed in result.failed:
            out.print(f"[red]Fehlgeschlagen[/] {failed.municipality}/{failed.dataset}: {failed.message}")
        for error in result.publication_errors:
            out.print(f"[red]Warehouse/Export fehlgeschlagen[/] {error} – die eingelesenen Daten "
                      f"liegen im Lake; „swdp run“ erneut ausführen, sobald die Ursache behoben ist.")
    raise typer.Exit(0 if result.ok else 1)
