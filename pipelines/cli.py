"""`swdp`: the command line of the Südwest-Cluster data platform (messages in German)."""
from __future__ import annotations

import json
import sys
import time
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from connectors import DeliveryError, connector_for
from pipelines.cluster import ConfigError, load_cluster
from pipelines.normalise import BERLIN, german_number
from pipelines.settings import Settings
from schemas import DATASET_KEYS, load_schema

app = typer.Typer(help="Datenplattform des Südwest-Clusters: Lieferungen einlesen, prüfen, "
                       "veröffentlichen.", no_args_is_help=True, add_completion=False,
                  # Rich tracebacks with locals would print whole data frames (and later tokens).
                  pretty_exceptions_enable=False)
out = Console()
if not out.is_terminal:  # piped or logged (make demo in CI): wide enough for the summary table
    out = Console(width=120)
err = Console(stderr=True)

MunicipalityOption = Annotated[Optional[list[str]], typer.Option(
    "--municipality", "-m", help="Mitglied (mehrfach möglich), z. B. kaiserslautern")]
DatasetOption = Annotated[Optional[list[str]], typer.Option(
    "--dataset", "-d", help=f"Datensatzart (mehrfach möglich): {', '.join(DATASET_KEYS)}")]
JsonOption = Annotated[bool, typer.Option("--json", help="Ergebnis als JSON ausgeben")]


def _context():
    settings = Settings.from_env()
    try:
        return settings, load_cluster(settings.config_path)
    except (OSError, ConfigError, KeyError) as error:
        err.print(f"[red]Konfiguration {settings.config_path} nicht verwendbar:[/] {error}")
        raise typer.Exit(2) from None


@app.command()
def run(municipality: MunicipalityOption = None, dataset: DatasetOption = None,
        as_json: JsonOption = False):
    """Lieferungen einlesen, Warehouse aktualisieren und offene Daten exportieren."""
    from catalog.publish import NOT_CONFIGURED, ckan_url
    from pipelines.report import report_path
    from pipelines.runner import run_cluster

    settings, cluster = _context()
    try:
        cluster.sources(municipality, dataset)
    except ConfigError as error:
        err.print(f"[red]{error}[/]")
        raise typer.Exit(2) from None
    with err.status("Lieferungen werden verarbeitet …") as status:
        result = run_cluster(settings, cluster, municipality, dataset,
                             on_progress=lambda step: status.update(f"Verarbeite {step} …"))
    if as_json:
        url = ckan_url(cluster)
        print(json.dumps({"runs": [asdict(r) for r in result.results],
                          "warehouse": result.counts, "errors": result.publication_errors,
                          "data_dir": str(settings.data_dir),
                          "catalog": {"ckan_url": url} if url else {"skipped": NOT_CONFIGURED}},
                         ensure_ascii=False, indent=2))
    else:
        _print_runs([asdict(r) for r in result.results], "Ergebnis der Verarbeitung")
        out.print(f"Warehouse: {settings.warehouse_path}   Exporte: {settings.export_dir}")
        if not ckan_url(cluster):
            out.print(NOT_CONFIGURED)
        if any(r.rejected for r in result.results):
            out.print("Abgewiesene Zeilen mit Grund: Prüfberichte in "
                      f"{settings.data_dir / 'reports'}, Tabelle „rejects“ im Warehouse; "
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


@app.command()
def status(as_json: JsonOption = False):
    """Stand je Mitglied und Datensatzart aus dem Warehouse."""
    from pipelines.warehouse import connect

    settings, cluster = _context()
    if not settings.warehouse_path.exists():
        err.print(f"Noch kein Warehouse unter {settings.warehouse_path} – zuerst „swdp run“ ausführen.")
        raise typer.Exit(1)
    with connect(settings.warehouse_path, read_only=True) as connection:
        rows = connection.execute("""
            SELECT municipality, dataset, source, status, read, valid, rejected, geocoded,
                   precision, message, finished_at
            FROM runs
            QUALIFY row_number() OVER (PARTITION BY municipality, dataset ORDER BY finished_at DESC) = 1
            ORDER BY municipality, dataset""").fetchall()
        shares = _precision_shares(connection)
    columns = ["municipality", "dataset", "source", "status", "read", "valid", "rejected",
               "geocoded", "precision", "message", "finished_at"]
    members = list(cluster.members)
    entries = sorted((dict(zip(columns, row)) for row in rows), key=lambda e: (
        members.index(e["municipality"]) if e["municipality"] in members else len(members),
        DATASET_KEYS.index(e["dataset"])))
    for entry in entries:
        entry["precision"] = json.loads(entry["precision"] or "{}")
        entry["finished_at"] = entry["finished_at"].isoformat()
        entry["precision_share"] = shares.get((entry["municipality"], entry["dataset"]), {})
    if as_json:
        print(json.dumps({"partitions": entries}, ensure_ascii=False, indent=2))
        return
    _print_runs(entries, "Stand der letzten Lieferungen")
    _print_precision_shares(entries)


def _precision_shares(connection) -> dict[tuple[str, str], dict[str, float]]:
    """(member, dataset) -> share of current records per geocoding precision."""
    shares = {}
    for dataset in DATASET_KEYS:
        rows = connection.execute(f"""
            SELECT municipality, geocode_precision,
                   count(*) / sum(count(*)) OVER (PARTITION BY municipality)
            FROM {dataset} GROUP BY municipality, geocode_precision""").fetchall()
        for member, precision, share in rows:
            shares.setdefault((member, dataset), {})[precision] = round(share, 4)
    return shares


def _local_time(instant: str) -> str:
    """An ISO instant as a German reads it, in Europe/Berlin."""
    if not instant:
        return ""
    return datetime.fromisoformat(instant).astimezone(BERLIN).strftime("%d.%m.%Y %H:%M")


def _print_runs(results, title: str) -> None:
    table = Table(title=title, show_footer=True)
    counted = {"gelesen": "read", "gültig": "valid", "abgewiesen": "rejected", "verortet": "geocoded"}
    for heading in ("Mitglied", "Datensatz", *counted, "Status", "Zeitpunkt"):
        total = str(sum(r[counted[heading]] or 0 for r in results)) if heading in counted else ""
        table.add_column(heading, footer="Summe" if heading == "Mitglied" else total,
                         justify="right" if heading in counted else "left", no_wrap=True)
    for r in results:
        table.add_row(r["municipality"], load_schema(r["dataset"]).title,
                      *(str(r[key]) for key in ("read", "valid", "rejected", "geocoded")),
                      "[green]ok[/]" if r["status"] == "ok" else f"[red]{r['status']}[/]",
                      _local_time(r["finished_at"]))
    out.print(table)


def _print_precision_shares(entries) -> None:
    table = Table(title="Verortung: Anteil der aktuellen Datensätze je Genauigkeit")
    table.add_column("Mitglied", no_wrap=True)
    table.add_column("Datensatz", no_wrap=True)
    for level in _PRECISION_LABELS.values():
        table.add_column(level, justify="right")
    for entry in entries:
        shares = entry["precision_share"]
        table.add_row(entry["municipality"], load_schema(entry["dataset"]).title,
                      *(f"{shares[level] * 100:.0f} %" if level in shares else "–"
                        for level in _PRECISION_LABELS))
    out.print(table)


@app.command()
def check(file: Annotated[Path, typer.Argument(help="Zu prüfende Lieferung")],
          dataset: Annotated[str, typer.Option("--dataset", "-d", help="Datensatzart")],
          municipality: Annotated[Optional[str], typer.Option(
              "--municipality", "-m", help="Mitglied: nutzt dessen Spaltenzuordnung und prüft die Lage")] = None,
          as_json: JsonOption = False):
    """Eine Lieferung vorab prüfen, ohne etwas zu speichern.

    Exit-Code 0: alle Zeilen gültig, 1: einzelne Zeilen abgewiesen oder Veröffentlichung
    angehalten, 2: Datei nicht verwendbar. Dieselben Prüfungen wie beim Einlesen.
    """
    from pipelines.gazetteer import gazetteer_dir, member_area
    from pipelines.ingest import check_delivery, reject_table
    from pipelines.quality import suite_options
    from pipelines.report import previous_report, quality_report

    settings, cluster = _context()
    now = datetime.now(BERLIN)
    try:
        schema = load_schema(dataset)
        member = cluster.member(municipality) if municipality else None
        connector = connector_for(file)
        source = member.sources.get(dataset) if member else None
        use_source = source is not None and source.connector == connector
        checked = check_delivery(file, schema, connector, source.options if use_source else {},
                                 source.mapping if use_source else {},
                                 municipality or "", member_area(cluster, member, gazetteer_dir(settings))
                                 if member else None,
                                 suite_options=suite_options(settings, cluster, dataset, municipality, now))
    except (DeliveryError, ConfigError, KeyError) as error:
        _unusable(file, str(error).strip("'\""), as_json)
    except Exception as error:  # noqa: BLE001 – a member must never see a traceback
        _unusable(file, f"{file.name}: unerwarteter Fehler beim Lesen ({type(error).__name__}: {error})",
                  as_json)
    problems = reject_table(checked, schema, dataset, municipality or "", file.name, None)
    # The same content as the quality report written at ingestion, so the counts agree.
    report = quality_report(checked, schema, problems, member=municipality or "",
                            member_name=member.name if member else "", source=file.name,
                            checked_at=now, previous=previous_report(settings, municipality, dataset)
                            if municipality else None)
    verdict = 1 if len(problems) or checked.held else 0
    if as_json:
        print(json.dumps({"file": str(file), **report, "exit_code": verdict},
                         ensure_ascii=False, indent=2))
        raise typer.Exit(verdict)
    out.print(f"[bold]Prüfbericht[/] {file.name} – {schema.title}"
              + (f" – {member.name}" if member else ""))
    out.print(f"gelesen: {checked.read}   gültig: {len(checked.records)}   "
              f"abgewiesen: {len(checked.rejected_rows)}")
    if len(problems):
        table = Table(title="Abgewiesene Zeilen – bitte korrigieren")
        for heading in ("Fundstelle", "Feld", "Wert", "Was zu ändern ist"):
            table.add_column(heading, overflow="fold")
        for p in problems.itertuples():
            table.add_row(p.row_ref, p.field_label, p.value or "", p.reason)
        out.print(table)
    if report["checks"]:
        table = Table(title="Prüfungen der ganzen Lieferung")
        for heading in ("Prüfung", "Schweregrad", "Ergebnis", "Befund"):
            table.add_column(heading, overflow="fold")
        for c in report["checks"]:
            table.add_row(c["label"], "Fehler" if c["severity"] == "error" else "Warnung",
                          "[green]bestanden[/]" if c["passed"] else "[red]nicht bestanden[/]",
                          c["message"])
        out.print(table)
    if municipality:
        out.print(report["verdict"])
    for note in checked.notes:
        out.print(f"Hinweis: {note}")
    if not municipality:
        out.print("Hinweis: ohne --municipality wird die Lage nicht geprüft.")
    raise typer.Exit(verdict)


def _unusable(file: Path, message: str, as_json: bool):
    if as_json:
        print(json.dumps({"file": str(file), "exit_code": 2, "error": message}, ensure_ascii=False))
    else:
        err.print(f"Datei nicht verwendbar: {message}", soft_wrap=True, highlight=False)
    raise typer.Exit(2)


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

    settings, cluster = _context()
    try:
        cluster.sources(municipality, dataset)
        catalog = configured_catalog(cluster, ckan_url)
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


ckan_app = typer.Typer(help="Lokaler CKAN-Katalog für Entwicklung, Tests und Vorführungen.",
                       no_args_is_help=True)
app.add_typer(ckan_app, name="ckan")
HomeOption = Annotated[Optional[Path], typer.Option(
    "--home", help="Ordner der CKAN-Instanz (Standard: $SWDP_CKAN_HOME oder .ckan/default)")]


@ckan_app.command("up")
def ckan_up(port: Annotated[Optional[int], typer.Option("--port", help="Port auf 127.0.0.1")] = None,
            home: HomeOption = None):
    """CKAN installieren (einmalig), Instanz anlegen und im Hintergrund starten; gibt JSON aus."""
    from catalog import ckan_server

    try:
        described = ckan_server.up(home, port, progress=lambda message: err.print(message, highlight=False, soft_wrap=True))
    except ckan_server.CkanServerError as error:
        err.print(f"[red]{error}[/]", highlight=False)
        raise typer.Exit(1) from None
    print(json.dumps(described, ensure_ascii=False, indent=2))


@ckan_app.command("down")
def ckan_down(home: HomeOption = None,
              drop: Annotated[bool, typer.Option("--drop", help="auch Datenbank, Redis-Schlüssel, "
                                                 "Uploads und Token der Instanz löschen")] = False,
              as_json: JsonOption = False):
    """Den lokalen CKAN anhalten (mit --drop: Instanz vollständig entfernen)."""
    from catalog import ckan_server

    try:
        result = (ckan_server.drop(home, progress=lambda message: err.print(message, highlight=False, soft_wrap=True))
                  if drop else {"stopped": ckan_server.stop(home)})
    except ckan_server.CkanServerError as error:
        err.print(f"[red]{error}[/]", highlight=False)
        raise typer.Exit(1) from None
    if as_json:
        print(json.dumps(result, ensure_ascii=False))
        return
    out.print("CKAN angehalten." if result["stopped"] else "CKAN lief nicht.")
    if result.get("dropped"):
        out.print(f"Datenbank {result['dropped']} und Dateien der Instanz gelöscht.")


@ckan_app.command("status")
def ckan_status(home: HomeOption = None, as_json: JsonOption = False):
    """Ob der lokale CKAN läuft, unter welcher Adresse und mit welcher Datenbank."""
    from catalog import ckan_server

    described = ckan_server.describe(home)
    if as_json:
        print(json.dumps(described, ensure_ascii=False, indent=2))
    elif described["running"]:
        out.print(f"CKAN läuft unter {described['url']} (PID {described['pid']}, "
                  f"Datenbank {described['database']}, Token in {described['token_file']}).")
    else:
        out.print("CKAN läuft nicht" + (f" (Instanz in {described['home']}, starten mit "
                                        f"„swdp ckan up“)." if described["database"] else "."))
gazetteer_app = typer.Typer(help="Gazetteer: Gemeinden, Postleitzahlen und Adressen für die "
                                 "Verortung.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")


@gazetteer_app.command("build")
def gazetteer_build(addresses: Annotated[Optional[list[Path]], typer.Option(
        "--addresses", "-a", help="Adressverzeichnis (Hauskoordinaten HK-DE, GeoJSON, GeoPackage "
                                  "oder CSV; mehrfach möglich). Ohne: bisher importierte Adressen "
                                  "bleiben.")] = None,
                    as_json: JsonOption = False):
    """Gazetteer aus den amtlichen Geodaten (VG5000, GeoNames) und Adressverzeichnissen neu aufbauen."""
    from pipelines.addresses import RegisterError
    from pipelines.gazetteer import build_gazetteer, gazetteer_dir
    from pipelines.geodata import GeodataError

    settings, cluster = _context()
    folder = gazetteer_dir(settings)
    try:
        with err.status("Gazetteer wird aufgebaut …") as status:
            counts = build_gazetteer(cluster, folder, addresses,
                                     on_progress=lambda step: status.update(f"Lese {step} …"))
    except (RegisterError, GeodataError) as error:
        err.print(f"[red]Gazetteer nicht aufgebaut:[/] {error}", soft_wrap=True, highlight=False)
        raise typer.Exit(2) from None
    if as_json:
        print(json.dumps({"folder": str(folder), **counts}, ensure_ascii=False, indent=2))
        return
    out.print(f"Gazetteer in {folder}: {counts['municipalities']} Gemeinden, "
              f"{counts['associations']} Verbandsgemeinden/Gemeindeverbände, "
              f"{counts['postcodes']} Postleitzahl-Orte, {counts['addresses']} Adressen")


@app.command()
def geocode(file: Annotated[Path, typer.Argument(help="CSV mit id und street, housenumber, "
                                                     "postcode, city oder x, y, crs")],
            output: Annotated[Path, typer.Option("--out", "-o", help="Ergebnis-CSV")],
            municipality: Annotated[Optional[str], typer.Option(
                "--municipality", "-m", help="Mitglied, in dessen Gebiet verortet wird "
                                             "(sonst der ganze Cluster)")] = None,
            as_json: JsonOption = False):
    """Adressen oder Koordinaten einer CSV-Datei verorten (WGS84, Genauigkeit, Sicherheit, AGS)."""
    from pipelines.gazetteer import gazetteer_dir, member_area
    from pipelines.geocode import rows
    from pipelines.geocode_csv import InputError, geocode_frame, read_input, summary, write_output
    from pipelines.online import online_geocoder

    settings, cluster = _context()
    try:
        member = cluster.member(municipality) if municipality else None
        frame = read_input(file)
        with err.status("Verortung läuft …"):
            area = member_area(cluster, member, gazetteer_dir(settings))
            online = online_geocoder(cluster.geodata.get("online_geocoder"), settings)
            result = geocode_frame(frame, area, online)
            write_output(result, output)
    except (InputError, ConfigError) as error:
        _unusable(file, str(error), as_json)
    report = {"file": str(file), "out": str(output), "area": area.name, **summary(result),
              "online_requests": online.requests if online else None}
    if as_json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return
    table = Table(title=f"Verortung {file.name} – {area.name}")
    table.add_column("Genauigkeit")
    table.add_column("Zeilen", justify="right")
    table.add_column("Anteil", justify="right")
    for level, count in report["precision"].items():
        table.add_row(_PRECISION_LABELS[level], str(count),
                      f"{german_number(report['share'][level] * 100, 1)} %")
    out.print(table)
    out.print(f"{rows(report['rows'])}, {report['with_ags']} mit Gemeindeschlüssel (AGS); "
              f"Ergebnis: {output}")
    for crs, count in report["crs_detected"].items():
        out.print(f"Bezugssystem erkannt: {crs} ({rows(count)})")
    if report["swapped"]:
        out.print(f"{rows(report['swapped'])} mit vertauschten Achsen – korrigiert")
    if report["notes"]:
        out.print(f"{rows(report['notes'])} mit Hinweis (Spalte „note“)")
    if online:
        out.print(f"Online-Geocoder: {online.requests} Anfragen (der Rest aus dem Zwischenspeicher)")


_PRECISION_LABELS = {"coordinates": "Koordinaten", "house": "Haus", "street": "Straße",
                     "postcode": "PLZ", "municipality": "Gemeinde", "none": "ohne Lage"}


def main():
    sys.exit(app())
