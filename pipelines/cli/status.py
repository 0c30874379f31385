"""`swdp status`: the latest state of each member × dataset, from the warehouse."""
from __future__ import annotations

import json
from datetime import datetime, timezone

import typer
from rich.markup import escape

from pipelines.cli.common import (EXIT_OK, EXIT_UNUSABLE, PRECISION_LABELS, Column, DatasetOption,
                                  JsonOption, MunicipalityOption, app, by_member, chosen_sources,
                                  context, local_time, out, print_runs, told)
from pipelines.cli.refusals import WAREHOUSE, Refused
from schemas import DATASET_KEYS, load_schema


@app.command()
def status(municipality: MunicipalityOption = None, dataset: DatasetOption = None,
           as_json: JsonOption = False):
    """Stand je Mitglied und Datensatzart aus dem Warehouse (mit -m/-d nur diese)."""
    from pipelines.coordination.usable import coordination_problem
    from pipelines.core.locks import announce_waits
    from pipelines.ingest.freshness import overdue_sources
    from pipelines.ingest.upstream import upstream_status
    from pipelines.orchestration.pending import catalog_pending
    from pipelines.quality.report import report_path
    from pipelines.storage.reading import readable

    settings, cluster = context()
    chosen_sources(cluster, municipality, dataset)  # an unknown member or dataset is named
    members = municipality or list(cluster.members)
    datasets = dataset or DATASET_KEYS

    def chosen(member: str, key: str) -> bool:
        return member in members and key in datasets
    # The data office reads the status to learn what needs doing. A coordination entry that
    # `swdp run` and the Dagster definitions refuse stops every ingestion of every member
    # until it is corrected – the partitions' state stays worth reading, so it is shown
    # first, above that state, and the call ends with exit 2 as `swdp run` would.
    broken = coordination_problem(settings, cluster)
    if broken and not as_json:
        out.print(f"[red]Konfiguration nicht verwendbar:[/] {escape(broken)}\n[red]Bis der Eintrag "
                  f"korrigiert ist, liest weder „swdp run“ noch Dagster eine Lieferung ein.[/]",
                  soft_wrap=True)
    # A warehouse that a killed first run left empty is rebuilt from the lake here – after
    # the run that builds it, if one does: the wait is said.
    announce_waits(told)
    if not readable(settings.warehouse_path) and not _built_from_lake(settings):
        raise Refused(WAREHOUSE, f"Noch kein Warehouse unter {settings.warehouse_path} – zuerst "
                                 f"„swdp run“ ausführen.", EXIT_UNUSABLE,
                      **({"configuration_error": broken} if broken else {}))
    entries = [e for e in _partition_status(settings, list(cluster.members))
               if chosen(e["municipality"], e["dataset"])]
    upstream = [e for e in upstream_status(settings, cluster)
                if chosen(e["municipality"], e["dataset"])]
    overdue = [entry.as_json() for entry in overdue_sources(settings, cluster,
                                                            datetime.now(timezone.utc))
               if chosen(entry.member, entry.dataset)]
    # Datasets whose last publication to CKAN failed (the next run publishes them again).
    unpublished = [key for key in datasets if catalog_pending(settings, key).exists()]
    if as_json:
        print(json.dumps({"partitions": entries, "upstream": upstream, "overdue": overdue,
                          "catalog_pending": unpublished, "configuration_error": broken,
                          "exit_code": EXIT_UNUSABLE if broken else EXIT_OK},
                         ensure_ascii=False, indent=2))
        raise typer.Exit(EXIT_UNUSABLE if broken else EXIT_OK)
    print_runs(entries, "Stand der letzten Lieferungen", cluster, delivered=True)
    _print_attention(entries, cluster, lambda e: report_path(settings, e["municipality"],
                                                             e["dataset"], ".html"))
    _print_schema_versions(entries, datasets, cluster)
    for key in unpublished:
        out.print(f"[yellow]Veröffentlichung in CKAN ausstehend[/] {load_schema(key).title}: "
                  f"der letzte Versuch ist fehlgeschlagen – der nächste Lauf oder „swdp "
                  f"publish“ holt sie nach")
    if overdue:
        _print_overdue(overdue, cluster)
    _print_precision_shares(entries, cluster)
    if upstream:
        _print_upstream(upstream, cluster)
    raise typer.Exit(EXIT_UNUSABLE if broken else EXIT_OK)


def _built_from_lake(settings) -> bool:
    """The warehouse built from the lake; False when the lake has no run yet."""
    # The build needs pandas and the geodata libraries, which reading the warehouse does not.
    from pipelines.storage.warehouse import build_from_lake
    return build_from_lake(settings)


def _partition_status(settings, members: list[str]) -> list[dict]:
    """The state of each partition; a warehouse damaged on disk (a block overwritten, the
    file broken off) is rebuilt from the lake first, as the next refresh would – the
    status is read from what the lake holds, not ended by an internal error."""
    import duckdb

    from pipelines.storage.reading import unreadable
    from pipelines.storage.status import partition_status
    try:
        return partition_status(settings, members)
    except duckdb.Error:
        if not unreadable(settings.warehouse_path):
            raise
    # The build needs pandas and the geodata libraries, which reading the warehouse does not.
    from pipelines.storage.warehouse import refresh
    refresh(settings, on_wait=told, on_damaged=told)
    return partition_status(settings, members)


def _print_attention(entries, cluster, report) -> None:
    """Why a delivery failed or its publication is held: the table shows only the status,
    and the data office has to know what to tell the member."""
    for entry in entries:
        where = escape(cluster.partition_name(entry["municipality"], entry["dataset"]))
        if entry["status"] in ("ok", "unverändert"):
            continue
        if entry["held"]:  # read and kept, but not published
            out.print(f"[yellow]Veröffentlichung angehalten[/] {where}: die zuletzt "
                      f"veröffentlichten Daten bleiben online – Prüfbericht "
                      f"{escape(str(report(entry)))}")
        else:
            out.print(f"[red]Fehlgeschlagen[/] {where}: {escape(entry['message'] or '')} – die "
                      f"zuletzt übernommenen Daten bleiben unverändert")


def _print_schema_versions(entries, datasets, cluster) -> None:
    """Each dataset's schema version, and the partitions last read under another state of
    their schema: a version set anew, or a schema changed with its version left as it was."""
    current = {key: load_schema(key) for key in datasets}
    out.print("Schemaversion: " + ", ".join(f"{escape(schema.title)} {escape(schema.version)}"
                                             for schema in current.values()))
    for entry in entries:
        schema = current[entry["dataset"]]
        if entry["schema_hash"] in (None, schema.content_hash):
            continue
        where = escape(cluster.partition_name(entry["municipality"], entry["dataset"]))
        if entry["schema_version"] == schema.version:
            out.print(f"[yellow]Schemaversion nicht neu gesetzt[/] {where}: schemas/{schema.key}.yaml "
                      f"oder common.yaml wurde seit dem letzten Lauf geändert, nennt aber noch "
                      f"Schemaversion {escape(schema.version)} – bitte „version:“ in "
                      f"schemas/{schema.key}.yaml neu setzen")
        else:
            out.print(f"[yellow]Schemaversion geändert[/] {where}: zuletzt mit Schemaversion "
                      f"{escape(entry['schema_version'])} gelesen, aktuell "
                      f"{escape(schema.version)} – der nächste Lauf liest die Lieferung neu")


def _print_overdue(overdue, cluster) -> None:
    out.print(by_member(
        overdue, lambda e: e["member"], "Überfällige Lieferungen (laut Zeitplan)", cluster,
        [Column("Datensatz"), Column("Quelle", fold=True), Column("Zeitplan", fold=True),
         Column("überfällig seit"), Column("zuletzt erfolgreich")],
        lambda e: (load_schema(e["dataset"]).title, escape(e["source"]), escape(e["schedule"]),
                   f"[yellow]{local_time(e['since'])}[/]", local_time(e["last_success"]))))


def _print_upstream(upstream, cluster) -> None:
    out.print(by_member(
        upstream, lambda e: e["municipality"], "Quellen auf Servern: zuletzt geändert", cluster,
        [Column("Datensatz"), Column("Adresse", fold=True), Column("zuletzt geändert"),
         Column("zuletzt geprüft")],
        lambda e: (load_schema(e["dataset"]).title, escape(e["location"]),
                   local_time(e["changed_at"]) if e["changed_at"] else "–",
                   local_time(e["checked_at"]) if e["checked_at"] else "noch nie")))


def _print_precision_shares(entries, cluster) -> None:
    shares = lambda entry: (f"{entry['precision_share'][level] * 100:.0f} %"
                            if level in entry["precision_share"] else "–"
                            for level in PRECISION_LABELS)
    out.print(by_member(
        entries, lambda e: e["municipality"],
        "Verortung: Anteil der aktuellen Datensätze je Genauigkeit", cluster,
        [Column("Datensatz"),
         *(Column(level, justify="right", no_wrap=True) for level in PRECISION_LABELS.values())],
        lambda e: (load_schema(e["dataset"]).title, *shares(e))))
