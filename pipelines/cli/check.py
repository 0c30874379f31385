"""`swdp check`: a member pre-checks a delivery with the ingestion's own checks, storing nothing."""
from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape
from rich.table import Table

from connectors import DeliveryError, is_url
from connectors.delivery import one_line
from connectors.transport import shown
from pipelines.cli.common import (EXIT_HELD, EXIT_OK, EXIT_REJECTED, JsonOption, app, chosen_member,
                                  chosen_sources, context, out, unusable)
from pipelines.cli.refusals import CALL, CONFIGURATION, unreadable, unwritable
from pipelines.cli.startup import loading_modules
from pipelines.core.cluster import ConfigError
from pipelines.core.german import BERLIN
from schemas import DATASET_KEYS, load_schema


# The endings of spreadsheets that Excel or LibreOffice open by their ending as workbooks.
_WORKBOOKS = (".xlsx", ".xlsm", ".xls", ".ods")


def _misnamed_list(csv_file: Path | None, xlsx_file: Path | None) -> str | None:
    """Why a list of rejected rows would get a name of the other format (CSV under .xlsx,
    a workbook under .csv), naming the option that writes what the name promises."""
    if csv_file and csv_file.suffix.lower() in _WORKBOOKS:
        return (f"--csv {csv_file.name}: --csv schreibt eine CSV-Datei, keine "
                f"Arbeitsmappe ({csv_file.suffix}) – für eine Excel-Arbeitsmappe "
                f"„--xlsx {csv_file.with_suffix('.xlsx').name}“ angeben, für CSV einen "
                f"Namen auf .csv; es wurde nichts geprüft")
    if xlsx_file and xlsx_file.suffix.lower() != ".xlsx":
        instead = (f"für eine CSV-Liste „--csv {xlsx_file.name}“ angeben, "
                   if xlsx_file.suffix.lower() in (".csv", ".txt") else "")
        return (f"--xlsx {xlsx_file.name}: --xlsx schreibt eine Excel-Arbeitsmappe (.xlsx) – "
                f"{instead}für die Arbeitsmappe einen Namen auf .xlsx "
                f"(„{xlsx_file.with_suffix('.xlsx').name}“); es wurde nichts geprüft")
    return None


def _list_in_a_folder(csv_file: Path | None, xlsx_file: Path | None) -> str | None:
    return ((csv_file and unwritable(csv_file, "--csv"))
            or (xlsx_file and unwritable(xlsx_file, "--xlsx")) or None)


@app.command()
def check(file: Annotated[str, typer.Argument(
              metavar="DATEI", help="Zu prüfende Lieferung (Datei oder http(s)-Adresse)")],
          dataset: Annotated[str, typer.Option(
              "--dataset", "-d", metavar="DATENSATZART",
              help=f"Datensatzart: {', '.join(DATASET_KEYS)}")],
          municipality: Annotated[Optional[str], typer.Option(
              "--municipality", "-m", metavar="MITGLIED",
              help="Mitglied: nutzt dessen Spaltenzuordnung und prüft die Lage")] = None,
          csv_file: Annotated[Optional[Path], typer.Option(
              "--csv", metavar="DATEI",
              help="Abgewiesene Zeilen zusätzlich als CSV-Datei für Excel schreiben "
                   "(Excel zeigt darin „06844“ als 6844 und „3-7“ als Datum)")] = None,
          xlsx_file: Annotated[Optional[Path], typer.Option(
              "--xlsx", metavar="DATEI",
              help="Abgewiesene Zeilen zusätzlich als Excel-Arbeitsmappe schreiben, "
                   "jeder Wert genau wie geliefert")] = None,
          as_json: JsonOption = False):
    """Eine Lieferung vorab prüfen, ohne etwas zu speichern.

    Exit-Code 0: alle Zeilen gültig, 1: einzelne Zeilen abgewiesen, 2: Datei nicht
    verwendbar, 3: Veröffentlichung würde angehalten. Dieselben Prüfungen wie beim Einlesen.
    """
    with loading_modules():  # half of the command's modules: pandas, geopandas, the checks
        from pipelines.coordination.usable import coordination_problem
        from pipelines.ingest.precheck import precheck
        from pipelines.quality.report import (PROBLEM_COLUMNS, problem_lines,
                                              rejected_events_text, write_problems_csv)

    # Refused before the check: a list under the other format's name, or a folder's name,
    # is written after it, and opening it, Excel would call the file damaged.
    if refused := _list_in_a_folder(csv_file, xlsx_file) or _misnamed_list(csv_file, xlsx_file):
        unusable(one_line(str(csv_file or xlsx_file)), refused, CALL)
    settings, cluster = context()
    # A URL is never shown with user info; a name with undecodable bytes or line breaks
    # is shown escaped, so output can be encoded and stays one line.
    where = shown(file) if is_url(file) else one_line(file)
    title = where if is_url(file) else one_line(Path(file).name)
    member = chosen_member(cluster, municipality)
    chosen_sources(cluster, None, [dataset])
    if not is_url(file) and (refused := unreadable(Path(file))):
        unusable(where, one_line(refused))
    schema = load_schema(dataset)
    try:
        result = precheck(settings, cluster, file, dataset, municipality, datetime.now(BERLIN))
    except (DeliveryError, KeyError) as error:
        unusable(where, str(error).strip("'\""))
    except ConfigError as error:  # e.g. a member's ARS the boundaries do not know
        unusable(where, str(error), CONFIGURATION)
    checked, problems, report = result.checked, result.problems, result.report
    # The file is the member's; the coordination settings are the data office's, and the
    # check reads none of them, so the file is checked all the same. But a coordination entry
    # that `swdp run` and the Dagster definitions refuse stops the ingestion of every member's
    # deliveries, this one's too, until the data office corrects it – the member is told, so
    # that a valid file that does not show up is no mystery.
    if broken := coordination_problem(settings, cluster):
        report = {**report, "configuration_error": broken}
    verdict = EXIT_HELD if checked.held else EXIT_REJECTED if len(problems) else EXIT_OK
    if csv_file:
        write_problems_csv(csv_file, report)
    if xlsx_file:  # openpyxl (70 ms to import) only for a workbook asked for
        from pipelines.export.text_sheet import write_text_sheet

        write_text_sheet(xlsx_file, "Abgewiesene Zeilen", list(PROBLEM_COLUMNS), [24, 30, 30, 80],
                         problem_lines(report))
    if as_json:
        print(json.dumps({"file": where, **report, "exit_code": verdict},
                         ensure_ascii=False, indent=2))
        raise typer.Exit(verdict)
    out.print(f"[bold]Prüfbericht[/] {escape(title)} – {schema.title}"
              + (f" – {escape(member.name)}" if member else ""))
    events = rejected_events_text(report["rejected_events"])
    out.print(f"gelesen: {checked.read}   gültig: {len(checked.records)}   "
              f"abgewiesen: {len(checked.rejected_rows)}" + (f" ({events})" if events else ""))
    if len(problems):
        table = Table(title="Abgewiesene Zeilen – bitte korrigieren")
        for heading in PROBLEM_COLUMNS:
            table.add_column(heading, overflow="fold")
        for line in problem_lines(report):  # a recurring event's dates in one line, as in the report
            table.add_row(*(escape(text or "") for text in line))
        out.print(table)
    if report["checks"]:
        table = Table(title="Prüfungen der ganzen Lieferung")
        for heading in ("Prüfung", "Schweregrad", "Ergebnis", "Befund"):
            table.add_column(heading, overflow="fold")
        for c in report["checks"]:
            table.add_row(c["label"], "Fehler" if c["severity"] == "error" else "Warnung",
                          "[green]bestanden[/]" if c["passed"] else "[red]nicht bestanden[/]",
                          escape(c["message"]))
        out.print(table)
    if municipality:
        out.print(escape(report["verdict"]))
    for note in checked.notes:
        out.print(f"Hinweis: {escape(note)}")
    for listed in filter(None, (csv_file, xlsx_file)):
        out.print(f"Abgewiesene Zeilen für Excel: {escape(str(listed))}")
    if not municipality:
        out.print("Hinweis: ohne --municipality wird die Lage nicht geprüft.")
    if broken:
        out.print(f"[yellow]Hinweis: Die Konfiguration des Clusters hat einen Fehler[/] "
                  f"({escape(broken)}). Bis die Datenstelle des Clusters ihn korrigiert, wird "
                  f"keine Lieferung eingelesen – auch diese nicht; die Prüfung der Datei gilt.",
                  soft_wrap=True)
    raise typer.Exit(verdict)
