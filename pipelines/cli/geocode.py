"""`swdp geocode`: locate the addresses or coordinates of a CSV file."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape
from rich.table import Table

from pipelines.cli.common import (PRECISION_LABELS, JsonOption, app, chosen_member, context, err,
                                  out, unusable)
from pipelines.cli.refusals import CALL, CONFIGURATION, unreadable, unwritable
from pipelines.core.cluster import ConfigError
from pipelines.core.german import german_number, rows


@app.command()
def geocode(file: Annotated[Path, typer.Argument(metavar="DATEI", help="CSV mit id und street, housenumber, "
                                                     "postcode, city oder x, y, crs")],
            output: Annotated[Path, typer.Option("--out", "-o", metavar="DATEI", help="Ergebnis-CSV")],
            municipality: Annotated[Optional[str], typer.Option(
                "--municipality", "-m", metavar="MITGLIED", help="Mitglied, in dessen Gebiet verortet wird "
                                             "(sonst der ganze Cluster)")] = None,
            as_json: JsonOption = False):
    """Adressen oder Koordinaten einer CSV-Datei verorten (WGS84, Genauigkeit, Sicherheit, AGS)."""
    from pipelines.geocoding.gazetteer import member_area
    from pipelines.geocoding.online import online_geocoder
    from pipelines.geocoding.table import InputError, geocode_frame, read_input, summary, write_output

    settings, cluster = context()
    if refused := unreadable(file):
        unusable(file, refused)
    if refused := unwritable(output, "--out"):
        unusable(output, refused, CALL)
    member = chosen_member(cluster, municipality)
    try:
        frame = read_input(file)
        with err.status("Verortung läuft …"):
            area = member_area(settings, cluster, member)
            online = online_geocoder(cluster.geodata.get("online_geocoder"), settings)
            result = geocode_frame(frame, area, online)
            write_output(result, output)
    except InputError as error:
        unusable(file, str(error))
    except UnicodeDecodeError:  # neither UTF-8 nor Windows-1252: a workbook, a binary file
        unusable(file, f"{file.name}: keine CSV-Datei (Zeichensatz weder UTF-8 noch Windows-1252) – "
                       f"bitte in Excel als „CSV UTF-8 (durch Trennzeichen getrennt)“ speichern")
    except ConfigError as error:
        unusable(file, str(error), CONFIGURATION)
    report = {"file": str(file), "out": str(output), "area": area.name, **summary(result),
              "online_requests": online.requests if online else None}
    if as_json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return
    table = Table(title=f"Verortung {escape(file.name)} – {escape(area.name)}")
    table.add_column("Genauigkeit")
    table.add_column("Zeilen", justify="right")
    table.add_column("Anteil", justify="right")
    for level, count in report["precision"].items():
        table.add_row(PRECISION_LABELS[level], str(count),
                      f"{german_number(report['share'][level] * 100, 1)} %")
    out.print(table)
    out.print(f"{rows(report['rows'])}, {report['with_ags']} mit Gemeindeschlüssel (AGS); "
              f"Ergebnis: {escape(str(output))}")
    for crs, count in report["crs_detected"].items():
        out.print(f"Bezugssystem erkannt: {escape(str(crs))} ({rows(count)})")
    if report["swapped"]:
        out.print(f"{rows(report['swapped'])} mit vertauschten Achsen – korrigiert")
    if report["notes"]:
        out.print(f"{rows(report['notes'])} mit Hinweis (Spalte „note“)")
    if online:
        out.print(f"Online-Geocoder: {online.requests} Anfragen (der Rest aus dem Zwischenspeicher)")
