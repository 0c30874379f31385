"""Open-data exports for citizens, from the warehouse's publishable projection only.

export/<dataset>/<member>.{csv,geojson,parquet} and suedwest-cluster.* for the whole cluster,
events also as .ics; the cluster's events are the regional calendar (an event delivered by
several members once, pipelines/coordination/calendar.py), also per category
(kategorie-<code>.ics) and per member for its surroundings (umkreis-<member>.ics). A member × dataset held back by a failed quality check
(`pipelines.quality.held_partitions`) keeps its last released files (written again from
their records only when the schema publishes other columns since), and the cluster-wide
files carry its last released records. Every file carries its licence and the geodata attribution: GeoJSON and
Parquet inside the file, iCalendar in the calendar description, CSV in a CSV-on-the-Web
sidecar (<file>-metadata.json) and in the read-mes next to it (LIESMICH.txt for the
folder, <scope>-LIESMICH.txt for each file set as the catalogue offers it). CSV is written
for German Excel: UTF-8 with BOM, `;`, decimal comma, and cells that Excel would run as a formula are
neutralised.
"""
from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from functools import cache
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipelines.coordination.calendar import REGIONAL_FIELDS, merge_events
from pipelines.coordination.config import calendar_rules
from pipelines.export.state import (changed_scopes, confirm_exports, export_contents,
                                     remember_exports)
from pipelines.export.metadata import (CLUSTER_SCOPE, dataset_metadata, offered_name,
                                       regional_cuts, schema_note)
from pipelines.core.cluster import Cluster
from pipelines.quality.history import held_partitions
from pipelines.core.settings import Settings
from pipelines.core.files import atomic_write
from pipelines.core.locks import WAREHOUSE, exclusive
from pipelines.core.memory import given_back
from pipelines.storage.lake import columns_of_files, geoarrow_table, write_table
from pipelines.core.database import connect
from pipelines.export.calendar import (member_and_regional_vevents, regional_calendars,
                                       with_unpublished, write_ical)
from pipelines.export.delimited import write_csv
from pipelines.export.geojson import write_geojson
from pipelines.export.geopackage import geopackage_path, write_layer
from pipelines.export.layer_process import layer_process
from pipelines.export.spreadsheet import write_xlsx
from schemas import Field, load_schema


def export_dataset(settings: Settings, cluster: Cluster, dataset: str,
                   on_wait: Callable[[str], None] = lambda text: None) -> list[Path]:
    """Write the exports of one dataset whose content changed since they were last written
    (see `pipelines.export.state`), one writer at a time under the warehouse lock, so they
    always match one state of the warehouse; returns the files written."""
    with exclusive(settings, WAREHOUSE, on_wait), given_back():
        return _export(settings, cluster, dataset)


def _export(settings: Settings, cluster: Cluster, dataset: str) -> list[Path]:
    schema = load_schema(dataset)
    folder = settings.export_dir / dataset
    held = {member for held_dataset, member in held_partitions(settings) if held_dataset == dataset}
    contents = export_contents(settings, cluster, schema, folder, held)
    due = changed_scopes(folder, contents) | _released_unlike_schema(folder, schema, held)
    if not due:
        confirm_exports(folder)  # up to date with the lake as it is now
        return []
    records = _released_records(settings, dataset, folder, held)
    fields = exported_fields(schema)
    cluster_records = records
    if dataset == "events":
        # One regional calendar: an event several members delivered appears once, naming them.
        regional = merge_events(with_unpublished(records), cluster, calendar_rules(cluster))
        cluster_records = regional.events
        # Each event's VEVENT is written once: for the members' calendars, and for the
        # cluster's calendar and the regional calendars cut from it (made together).
        made = cache(lambda: member_and_regional_vevents(records, regional))
        events = {"members": lambda: made()[0], CLUSTER_SCOPE: lambda: made()[1]}
    # The records are sorted by member: each member's are a view of them.
    by_member = _member_rows(records)
    scopes = [(CLUSTER_SCOPE, None, cluster_records, exported_fields(schema, CLUSTER_SCOPE)), *[
        (key, member, records[by_member.get(key, slice(0, 0))], fields)
        for key, member in cluster.members.items() if key not in held or key in due]]
    due_scopes = [scope for scope in scopes if scope[0] in due]
    largest = max((len(scope[2]) for scope in due_scopes), default=0)
    written, layers = [], []
    # The files made in Arrow and zstd, which let go of the GIL, are written in a second
    # thread while this one writes the calendars and workbooks; the GeoPackages too, or, in a
    # large export, a process of their own (GDAL holds the GIL: layer_process.py).
    with (layer_process(largest >= settings.geopackage_apart_rows) as apart,
          ThreadPoolExecutor(max_workers=1) as beside):
        for name, member, scope_records, columns in due_scopes:
            about = dataset_metadata(cluster, schema, member)
            # one Arrow table of the scope, typed by the schema, for the formats built in Arrow
            table = geoarrow_table(scope_records, schema, columns, _file_metadata(about))
            # GeoParquet first: the process writing the layer reads the table from it
            parquet = beside.submit(_write_parquet, table, folder / f"{name}.parquet")
            in_arrow = [beside.submit(write_csv, table, columns, folder / f"{name}.csv", about),
                        beside.submit(write_geojson, table, columns, folder / f"{name}.geojson",
                                      about), parquet]
            in_python = []
            if dataset == "events":
                in_python.append(write_ical(table, folder / f"{name}.ics", about, events[
                    CLUSTER_SCOPE if name == CLUSTER_SCOPE else "members"]()))
            # the layer alone, for the catalogue, and in the scope's file with every layer
            alone, combined = folder / f"{name}.gpkg", geopackage_path(settings.export_dir, name)
            if apart:
                layers.append(apart.write_layer(parquet.result(), dataset, columns, alone,
                                                about, combined))
            else:
                in_python += write_layer(table, schema, columns, alone, about, combined)
            in_python.append(write_xlsx(table, schema, columns, folder / f"{name}.xlsx", about))
            written += [future.result() for future in in_arrow] + in_python
        if dataset == "events" and CLUSTER_SCOPE in due:
            written += regional_calendars(settings, cluster, folder, regional,
                                           dataset_metadata(cluster, schema, None),
                                           events[CLUSTER_SCOPE]())
        written += _layers_written(layers)
    written += _write_readmes(folder, cluster, schema)
    remember_exports(folder, contents)
    return written


def _released_unlike_schema(folder: Path, schema, held: set[str]) -> set[str]:
    """Held members whose released files have other columns than the schema publishes now
    (a field added, or newly marked personal, since they were written): their files are
    written again from their released records."""
    names = [f.name for f in exported_fields(schema)] + ["geometry"]
    return {member for member in held if (path := folder / f"{member}.parquet").is_file()
            and pq.read_schema(path).names != names}


def _layers_written(layers: list[Future]) -> list[Path]:
    """The GeoPackages written in the process apart, once they are (what the export waits
    for them at its end)."""
    return [path for layer in layers for path in layer.result()]


def _released_records(settings: Settings, dataset: str, folder: Path,
                      held: set[str]) -> pa.Table:
    """The records to export in the columns of `exported_fields` (the publishable fields with
    the code labels beside them, typed by the schema) and the geometry as WKB, sorted by
    member and record id: the warehouse's current records, except for held members: for them
    the records of their last released export file (their own files are not rewritten while
    held)."""
    schema = load_schema(dataset)
    fields = schema.publishable_fields
    columns = ", ".join(f'"{f.name}"' for f in fields)
    released = [str(folder / f"{member}.parquet") for member in sorted(held)
                if (folder / f"{member}.parquet").exists()]
    query = (f"SELECT {columns}, ST_AsWKB(geometry) AS geometry FROM {dataset} "
             f"WHERE NOT list_contains(?::VARCHAR[], municipality)")  # keeps their order
    with connect(settings.warehouse_path, read_only=True) as connection:
        if released:  # a field the schema gained since is empty in them
            kept = columns_of_files(connection, [(f.name, f.duckdb_type) for f in fields],
                                    released)
            query += (f" UNION ALL SELECT {kept}, ST_AsWKB(geometry) AS geometry "
                      f"FROM read_parquet(?, union_by_name = true)")
        table = connection.execute(query, [sorted(held), *([released] if released else [])]
                                   ).to_arrow_table()
    return _with_code_labels(_by_member_and_id(table).cast(schema.arrow_schema(fields)), schema)


def _by_member_and_id(records: pa.Table) -> pa.Table:
    """The records sorted by member and record id, as DuckDB's ORDER BY sorts them (bytes,
    gaps last). The warehouse keeps its records in that order (`_load_dataset` in
    pipelines/storage/warehouse.py) and DuckDB hands them over in it: one look at each
    neighbouring pair says so, rather than a sort of all columns; only records of held
    members from their files (or a warehouse in another order) are sorted."""
    members, ids = records["municipality"], records["record_id"]
    if len(records) < 2:
        return records
    before, after = members.slice(0, len(records) - 1), members.slice(1)
    in_order = pc.or_(pc.less(before, after), pc.and_(pc.equal(before, after), pc.less_equal(
        ids.slice(0, len(records) - 1), ids.slice(1))))
    if pc.all(pc.fill_null(in_order, False)).as_py():
        return records
    return records.take(pc.sort_indices(records, [("municipality", "ascending", "at_end"),
                                                  ("record_id", "ascending", "at_end")]))


def _member_rows(records: pa.Table) -> dict[str, slice]:
    """Where each member's records lie in the records, which are sorted by member."""
    counts = pc.value_counts(records["municipality"])  # in the order the members first appear
    ends = np.cumsum(counts.field("counts").to_numpy())
    return {key: slice(int(end - count), int(end)) for key, count, end in zip(
        counts.field("values").to_pylist(), counts.field("counts").to_pylist(), ends)}


def exported_fields(schema, scope: str | None = None) -> tuple[Field, ...]:
    """The columns of an export: the publishable fields, and next to each coded field its
    label from the code list, so "3000" also reads "Vorhabenbezogener Bebauungsplan"; the
    cluster's events (the regional calendar) also name the members that delivered each."""
    extended = []
    for f in schema.publishable_fields:
        extended.append(f)
        if f.code_list:
            extended.append(Field(name=f"{f.name}_label", label=f"{f.label} (Klartext)",
                                  type="string", description=f"Bezeichnung des Codes in "
                                  f"„{f.label}“ laut Codeliste."))
    if schema.key == "events" and scope == CLUSTER_SCOPE:
        extended += REGIONAL_FIELDS
    return tuple(extended)


def _with_code_labels(records: pa.Table, schema) -> pa.Table:
    """The records with the label next to each coded field, as `exported_fields` has them."""
    columns = []
    for f in schema.publishable_fields:
        columns.append(records[f.name])
        if f.code_list:
            codes = pc.unique(records[f.name]).drop_null()
            labels = pa.array([f.code_list.label(code) for code in codes.to_pylist()],
                              pa.string())  # each distinct code looked up once
            columns.append(pc.take(labels, pc.index_in(records[f.name], value_set=codes)))
    return pa.Table.from_arrays([*columns, records["geometry"]],
                                schema=schema.arrow_schema(exported_fields(schema)))


def _file_metadata(about: dict) -> dict:
    """Publisher, licence, attribution, title and schema version, as GeoParquet carries them
    in the file."""
    return {"publisher": about["publisher"], "license": about["license"],
            "license_title": about["license_title"],
            "attribution": "; ".join(about["attribution"]), "title": about["title"],
            "schema_version": about["schema_version"], "schema_sha256": about["schema_hash"]}


def _write_parquet(table: pa.Table, path: Path) -> Path:
    """GeoParquet as the lake writes it, from the scope's table."""
    write_table(table, path)
    return path


# What each kind of file is, in the order the catalogue offers them (catalog/desired.py).
_KINDS = {
    ".xlsx": "Excel-Arbeitsmappe: Zahlen als Zahlen, Datumswerte als Datum, Schlüssel als Text",
    ".csv": "für Excel und andere Programme: Semikolon, Dezimalkomma, UTF-8, deutsche "
            "Spaltenköpfe",
    ".csv-metadata.json": "Spaltenbeschreibungen und Feldnamen der CSV-Datei (CSV on the Web)",
    ".geojson": "für Karten und Webanwendungen (WGS 84)",
    ".parquet": "GeoParquet für Analysen (DuckDB, GeoPandas, QGIS)",
    ".ics": "Kalender (iCalendar) zum Abonnieren",
    ".gpkg": "GeoPackage für QGIS und andere GIS (WGS 84), die Ebene „{layer}“",
}
README = "LIESMICH.txt"


def scope_readme(folder: Path, scope: str) -> Path:
    """The read-me of one file set (a member's, the cluster's), which the catalogue offers
    with the set's files: the folder's LIESMICH.txt speaks of the folder, which a citizen
    downloading one dataset from the catalogue does not have."""
    return folder / f"{scope}-{README}"


def _write_readmes(folder: Path, cluster: Cluster, schema) -> list[Path]:
    """The folder's LIESMICH.txt and each file set's `scope_readme`, for the sets lying in
    the folder (a held member's too: its publisher and files are the same); only those whose
    text changed are written, so a rerun leaves the others (and the catalogue) untouched."""
    scopes = [(CLUSTER_SCOPE, None), *cluster.members.items()]
    abouts = {name: dataset_metadata(cluster, schema, member) for name, member in scopes
              if (folder / f"{name}.parquet").exists()}
    texts = {folder / README: _readme_text(abouts[CLUSTER_SCOPE], [
        "Herausgeber:", *[f"  {name}.*: {about['publisher']}" for name, about in abouts.items()]],
        _folder_files(folder.name))} if CLUSTER_SCOPE in abouts else {}
    for name, about in abouts.items():
        offered = {offered_name(name, schema, ending): _KINDS[ending].format(layer=folder.name)
                   for ending in _KINDS if (folder / f"{name}{ending}").exists()}
        # the regional calendars the catalogue offers with the set (catalog/desired.py)
        offered |= {offered_name(name, schema, cut.ending): f"Kalender „{cut.subject}“ zum "
                    f"Abonnieren" for cut in regional_cuts(cluster, schema, name)
                    if (folder / cut.file).exists()}
        width = max(map(len, offered))
        texts[scope_readme(folder, name)] = _readme_text(
            about, [f"Herausgeber: {about['publisher']}"], ["Dateien dieses Datensatzes:", *[
                f"  {offered_as:<{width}}  {kind}" for offered_as, kind in offered.items()]])
    changed = {path: text for path, text in texts.items()
               if not path.exists() or path.read_text(encoding="utf-8") != text}
    for path, text in changed.items():
        atomic_write(path, lambda partial, text=text: Path(partial).write_text(
            text, encoding="utf-8"))
    return list(changed)


def _folder_files(layer: str) -> list[str]:
    """The files of the export folder, by kind: a file set per member and the cluster's."""
    return [f"Dateien je Mitglied (<Mitglied>.*), {CLUSTER_SCOPE}.* enthält alle Mitglieder;",
            f"<Mitglied>-{README} beschreibt die Dateien eines Mitglieds, wie der Datenkatalog",
            "sie anbietet:",
            *[f"  {ending:<19}{_KINDS[ending].format(layer=layer)}" for ending in _KINDS
              if ending != ".ics" or layer == "events"],
            *(["  dazu kategorie-<Code>.ics je Kategorie und umkreis-<Mitglied>.ics mit den",
               "  Veranstaltungen im Umkreis eines Mitglieds"] if layer == "events" else []),
            "  Alle Datensatzarten als Ebenen einer Datei im Ordner ../geopackage daneben",
            f"  (eine Datei je Mitglied und {CLUSTER_SCOPE}.gpkg)"]


def _readme_text(about: dict, publisher: list[str], files: list[str]) -> str:
    return "\n".join([
        about["description"], "", *publisher,
        f"Lizenz: {about['license_title']} – {about['license']}",
        schema_note(about["schema_version"], about["schema_hash"]),
        "Quellenvermerke der verwendeten Geodaten:",
        *[f"  {line}" for line in about["attribution"]], "", *files,
        "Zeitangaben in CSV und Excel sind Ortszeit Europe/Berlin.",
        "Hinweis für Excel: Die .xlsx-Datei öffnet ohne Import-Schritte. Wer die CSV öffnet, liest",
        "Schlüsselspalten wie „Amtlicher Gemeindeschlüssel“ über Daten → Aus Text/CSV als Text",
        "ein, sonst entfällt die führende Null (07… → 7…).", ""])
