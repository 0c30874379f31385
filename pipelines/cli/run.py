"""`swdp run`: ingest the deliveries, refresh the warehouse, export and publish."""
from __future__ import annotations

import json
import sys
from contextlib import redirect_stderr
from dataclasses import asdict
from typing import Annotated

import typer
from rich.markup import escape

from pipelines.cli.common import (EXIT_BUSY, EXIT_HELD, EXIT_INTERNAL, EXIT_OK, EXIT_STORAGE,
                                  EXIT_UNUSABLE, DatasetOption, JsonOption, MunicipalityOption,
                                  app, chosen_sources, context, err, out, print_runs, told)
from pipelines.core.locks import announce_waits
from pipelines.core.faults import BUSY, CONFIGURATION, STORAGE


@app.command()
def run(municipality: MunicipalityOption = None, dataset: DatasetOption = None,
        as_json: JsonOption = False,
        parallel: Annotated[int, typer.Option(
            "--parallel", "-p", min=1, metavar="ANZAHL",
            help="So viele Mitglieder gleichzeitig einlesen (je ein Prozess; Warehouse und "
                 "Exporte danach einmal)")] = 1):
    """Lieferungen einlesen, Warehouse aktualisieren und offene Daten exportieren.

    Exit-Code 0: verarbeitet (einzeln abgewiesene Zeilen stehen in den Prüfberichten; ein
    wegen eines Lesers zurückgestelltes Warehouse holt der nächste Lauf nach), 2: eine
    Lieferung nicht verwendbar oder der Katalog nicht erreichbar, 3: Veröffentlichung
    angehalten, 70: interner Fehler, 74: Datenordner voll/schreibgeschützt, 75: belegt.
    """
    settings, cluster = context()  # first: the Dagster definitions load the configuration too
    from catalog.publish import NOT_CONFIGURED, ckan_url
    from pipelines.cli.instance import prepared_instance
    from pipelines.coordination.usable import check_coordination
    from pipelines.orchestration.outage import named
    from pipelines.orchestration.runner import run_cluster
    from pipelines.quality.report import report_path

    chosen_sources(cluster, municipality, dataset)
    # before any delivery is read, not after the whole ingestion: a ConfigError is one German
    # line „Konfiguration nicht verwendbar: …“ (with --json also a JSON object) and exit 2
    # (pipelines.cli.main)
    check_coordination(settings, cluster)
    with err.status("Lieferungen werden verarbeitet …") as status:
        announce_waits(told)
        prepared_instance(settings)
        # A fault outside the steps (Dagster's own storage full or locked) ends the call in
        # `pipelines.cli.main`: one German line, a log, and for --json the JSON object.
        with redirect_stderr(WithoutStorageNoise(sys.stderr)):
            result = run_cluster(settings, cluster, municipality, dataset,
                                 on_progress=lambda step: status.update(f"Verarbeite {escape(step)} …"),
                                 workers=parallel)
    if result.outage:  # the all-clear sent, or what of a mailed outage is still open
        told(result.outage)
    code = exit_code(result)
    if as_json:
        url = ckan_url(settings, cluster)
        print(json.dumps({"runs": [asdict(r) for r in result.results],
                          "warehouse": result.counts, "errors": result.publication_errors,
                          "deferred": result.deferred, "exit_code": code,
                          "data_dir": str(settings.data_dir),
                          "catalog": {"ckan_url": url} if url else {"skipped": NOT_CONFIGURED}},
                         ensure_ascii=False, indent=2))
        raise typer.Exit(code)
    print_runs([asdict(r) for r in result.results], "Ergebnis der Verarbeitung", cluster)
    out.print(f"Warehouse: {escape(str(settings.warehouse_path))}   "
              f"Exporte: {escape(str(settings.export_dir))}")
    if not ckan_url(settings, cluster):
        out.print(NOT_CONFIGURED)
    if any(r.rejected for r in result.results):
        out.print("Abgewiesene Zeilen mit Grund: Prüfberichte in "
                  f"{escape(str(settings.reports_dir))}, Tabelle „rejects“ im Warehouse; "
                  "Vorabprüfung einer Datei: swdp check DATEI -d … -m …")
    for held in (r for r in result.results if r.held):
        out.print(f"[yellow]Veröffentlichung angehalten[/] "
                  f"{escape(cluster.partition_name(held.municipality, held.dataset))}: "
                  f"die zuletzt veröffentlichten Daten bleiben online – Prüfbericht "
                  f"{escape(str(report_path(settings, held.municipality, held.dataset, '.html')))}")
    for failed in result.failed:
        out.print(f"[red]Fehlgeschlagen[/] "
                  f"{escape(cluster.partition_name(failed.municipality, failed.dataset))}: "
                  f"{escape(failed.message or '')}")
    if result.deferred:
        out.print(f"[yellow]Warehouse-Aktualisierung zurückgestellt:[/] {escape(result.deferred)}")
    for error in result.publication_errors:
        step, _, reason = error.partition(": ")  # Dagster's step key, as the outage mail names it
        out.print(f"[red]Fehlgeschlagen:[/] {escape(named([step]))} – {escape(reason.rstrip('.'))}. Die "
                  f"eingelesenen Daten liegen im Lake; „swdp run“ erneut ausführen, sobald die "
                  f"Ursache behoben ist.")
    raise typer.Exit(code)


def exit_code(result) -> int:
    """The most pressing outcome of a run, for schedulers (README „Exit-Codes“). Rejected
    rows alone leave 0: the run did its work, the members find them in their reports."""
    if STORAGE in result.faults:
        return EXIT_STORAGE
    if BUSY in result.faults:
        return EXIT_BUSY
    if CONFIGURATION in result.faults:
        return EXIT_UNUSABLE
    if any(not error.split(":")[0].endswith("_catalog") for error in result.publication_errors):
        return EXIT_INTERNAL
    if result.failed or result.publication_errors:
        return EXIT_UNUSABLE
    if any(r.held for r in result.results):
        return EXIT_HELD
    return EXIT_OK


class WithoutStorageNoise:
    """stderr without what Dagster writes there when its own storage fails (a full disk):
    the error itself ends the run as one German line, its traceback goes to the log."""

    _NOISE = "Exception while writing logger call to event log"

    def __init__(self, stream):
        self._stream = stream

    def write(self, text: str) -> int:
        return len(text) if text.startswith(self._NOISE) else self._stream.write(text)

    def __getattr__(self, name):  # flush, isatty, fileno, encoding … as the stream has them
        return getattr(self._stream, name)
