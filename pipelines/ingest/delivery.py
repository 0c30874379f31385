"""One delivery from file to lake: archive → read → map → normalise → geocode → validate
(the schema's Great Expectations suite) → store, then the quality journal and the report.
`check_delivery` is the part without side effects that `swdp check` also uses; the run's
completion (journal, marker, quality history) is `pipelines.ingest.completion`.

Longer than 350 lines: the rows of erased records (Art. 17 DSGVO) are set aside between
reading and storing, named like rejected rows (`_row_ref`), and decide what is archived.
"""
from __future__ import annotations

import json
import tempfile
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa

from connectors import Delivery, DeliveryError, read_delivery
from connectors.column_rows import rows_at
from connectors.delivery import names_id
from pipelines.ingest.archive import archive_delivery, sha256_of
from pipelines.ingest.upstream import fetch_source, save_state, within_member_area
from pipelines.core.cluster import Cluster, Source
from pipelines.geocoding.gazetteer import MemberArea, member_area
from pipelines.geocoding.locate import fill_place, geocode, unlocated
from pipelines.geocoding.postcodes import postcode_notes
from pipelines.ingest.day_numbers import day_number_notes
from pipelines.core.german import BERLIN, rows
from pipelines.core.problems import Problem
from pipelines.ingest.completion import IngestResult, complete_ingestion, record_run
from pipelines.ingest.connector_rows import row_problems
from pipelines.ingest.columns import column_sources, map_columns
from pipelines.ingest.normalise import normalise
from pipelines.ingest.privacy import erased_note, expire_archive, forget_delivery, set_aside_erased
from pipelines.ingest.runs import FAILED, UNCHANGED
from pipelines.ingest.unchanged import fingerprint, last_ingestion, unmailed_ingestion
from pipelines.geocoding.online import OnlineGeocoder, online_geocoder
from pipelines.quality.history import suite_options
from pipelines.quality.report import previous_report, quality_report
from pipelines.core.settings import Settings
from pipelines.core.memory import cycles_collected_afterwards, given_back
from pipelines.core.locks import exclusive
from pipelines.storage import ducklake
from pipelines.storage.privacy import erased_ids
from pipelines.storage.rejects import REJECT_COLUMNS, write_rejects
from pipelines.storage.lake import merge, partition_path, read_table, record_ids, write_table
from pipelines.quality.contacts import contact_notes, free_text_fields
from pipelines.quality.validate import CheckResult, SuiteOptions, assess, duplicate_problems, shown
from schemas import DatasetSchema, fold, load_schema

@dataclass
class CheckedDelivery:
    """A delivery after all checks: the accepted records and every problem, row by row."""
    delivery: Delivery
    records: pd.DataFrame          # accepted rows: stored fields (without seen times) + geometry
    problems: list[Problem]
    rejected_ids: set[str]         # record ids of rejected rows, where they could be derived
    notes: list[str]
    checks: list[CheckResult] = field(default_factory=list)
    erased: int = 0                # rows of records erased on request (Art. 17 DSGVO)

    @property
    def held(self) -> bool:
        """A failed dataset-level check of severity error holds back publication."""
        return any(c.level == "dataset" and c.severity == "error" and not c.passed
                   for c in self.checks)

    @property
    def read(self) -> int:
        return len(self.delivery.rows)

    @property
    def rejected_rows(self) -> list[int]:
        return sorted({problem.row for problem in self.problems})

    @property
    def precision_counts(self) -> dict[str, int]:
        return dict(Counter(self.records["geocode_precision"])) if len(self.records) else {}

    @property
    def geocoded(self) -> int:
        return int((self.records["geocode_precision"] != "none").sum()) if len(self.records) else 0


def check_delivery(path: Path, schema: DatasetSchema, connector: str, options: dict,
                   mapping: dict, member: str, area: MemberArea | None,
                   online: OnlineGeocoder | None = None,
                   suite_options: SuiteOptions = SuiteOptions(),
                   file_name: str | None = None, member_name: str = "",
                   erased: set[str] = frozenset()) -> CheckedDelivery:
    """Everything but storing. Without an area (no member given) records are not located:
    they carry the geocoding columns with precision "none". `file_name`: the file as the member
    named it (not the archive's copy), for notes naming it; `member_name`: whose entry in
    cluster.yaml `mapping` is, for notes on the columns it expects; `erased`: ids of records
    erased on request (Art. 17 DSGVO), left out without a word on their values."""
    delivery = read_delivery(path, connector, options)
    mapped, notes = map_columns(delivery, schema, mapping, member_name)
    values, problems = normalise(mapped, schema, options)
    ids = record_ids(values, schema, member)
    problems += duplicate_problems(ids, delivery.refs)
    values.insert(0, "record_id", ids)
    gone = set_aside_erased(values, schema, erased)  # Art. 17 DSGVO
    # One shape with or without a member: records always carry the geocoding columns.
    located = (geocode(values, delivery.geometries, options.get("crs") or delivery.crs, area,
                       schema, online) if area is not None else unlocated(values.index))
    problems += located.problems
    notes += located.notes
    for name, column in located.frame.items():  # added column by column: join would copy all
        values[name] = column
    filled = fill_place(values, area) if area is not None else np.zeros(len(values), dtype=bool)
    problems += row_problems(delivery, values, schema, problems, notes)
    assessment = assess(values, schema, suite_options,
                        unreadable={(problem.row, problem.field) for problem in problems},
                        located=area is not None)
    problems += assessment.problems
    accepted = np.ones(len(values), dtype=bool)
    naming = _naming(delivery, schema, mapping)
    if gone:
        problems = [problem for problem in problems if problem.row not in gone]
        accepted[gone] = False
        notes.append(erased_note([_row_ref(delivery.refs[row], delivered, naming) for row, delivered
                                  in zip(gone, rows_at(delivery.rows, gone))]))
    bad = {problem.row for problem in problems}
    accepted[list(bad)] = False  # rows are positions in the delivery
    if kept_filled := int((filled & accepted).sum()):  # a rejected row goes on to no place
        notes.append(f"Ort aus der Lage ({schema.geometry_label}) ergänzt: {rows(kept_filled)}")
    notes += day_number_notes(mapped, np.flatnonzero(accepted), delivery.refs, schema,
                              lambda name: _label(schema, name, naming))
    if area is not None:
        notes += postcode_notes(values, np.flatnonzero(accepted), delivery.refs,
                                delivery.occurrence_of, area, file_name or path.name,
                                _label(schema, "postcode", naming))
    notes += contact_notes(values, np.flatnonzero(accepted), delivery.refs, delivery.occurrence_of,
                           schema, file_name or path.name,
                           {name: _label(schema, name, naming) for name in free_text_fields(schema)})
    records = values.take(np.flatnonzero(accepted))
    records.index = pd.RangeIndex(len(records))
    records["municipality"] = member
    records["source_ref"] = np.asarray(delivery.refs, dtype=object)[accepted]
    return CheckedDelivery(delivery=delivery, records=records,
                           problems=sorted(problems, key=lambda p: p.row),
                           rejected_ids=set(ids[ids.index.isin(list(bad))]),
                           notes=notes + delivery.notes, checks=assessment.checks,
                           erased=len(gone))


def ingest_source(settings: Settings, cluster: Cluster, source: Source,
                  run_id: str | None = None) -> IngestResult:
    """Ingest one member's delivery of one dataset into the lake and record the run. Two
    runs of the same member × dataset take turns; other partitions go on in parallel."""
    with (exclusive(settings, f"lake-{source.dataset}-{source.member}"), given_back(),
          cycles_collected_afterwards()):
        return _ingest(settings, cluster, source, run_id)


def _ingest(settings: Settings, cluster: Cluster, source: Source, run_id: str | None) -> IngestResult:
    digest, skipped = _unchanged_run(settings, cluster, source, run_id)
    if skipped:
        return skipped
    result = _started(source, run_id)
    started = datetime.fromisoformat(result.started_at)
    schema = load_schema(source.dataset)
    lake_file = partition_path(settings.lake_dir, source.dataset, source.member)
    upstream = None
    try:
        with tempfile.TemporaryDirectory(prefix="swdp-fetch-") as scratch:
            if source.remote:
                source = within_member_area(settings, cluster, source)
                upstream = fetch_source(settings, source, Path(scratch))
                if upstream.unchanged:
                    save_state(settings, source, upstream.state)
                    result.status, result.delivery_sha256 = UNCHANGED, upstream.state.get("sha256")
                    result.message = "Quelle seit dem letzten Abruf unverändert"
                    return record_run(settings, result)
                # downloaded, but the bytes may still be those the partition holds
                digest, kept = _kept(settings, cluster, source, upstream.path)
                if kept is not None:
                    save_state(settings, source, upstream.state)
                    return record_run(settings, _unchanged(result, kept, digest))
            elif not source.location.is_file():
                raise DeliveryError(source.location, "Datei nicht gefunden")
            archived = archive_delivery(settings.raw_dir, source.member, source.dataset,
                                        upstream.path if upstream else source.location,
                                        digest=digest)
        result.delivery_sha256 = archived.sha256
        area = member_area(settings, cluster, cluster.member(source.member))
        checked = check_delivery(archived.path, schema, source.connector, source.options,
                                 source.mapping, source.member, area,
                                 online_geocoder(cluster.geodata.get("online_geocoder"), settings),
                                 suite_options(settings, cluster, source.dataset, source.member,
                                               archived.received_at), source.name,
                                 cluster.member(source.member).name,
                                 erased_ids(settings, source.dataset, source.member))
    except DeliveryError as error:
        error.path = source.name  # as the member sent it, not the archive copy
        result.status, result.message = FAILED, str(error)
        result.mapped_columns_missing = error.mapped_columns_missing
        return record_run(settings, result)
    expire_archive(settings, cluster, source.member, source.dataset)  # Löschfrist
    checked.records["delivery_sha256"] = archived.sha256  # a column added, nothing copied
    # with a shared lake, its partition is the state the delivery is merged into
    existing = (ducklake.read_table(settings, schema, source.member) if settings.ducklake
                else read_table(lake_file))
    merged = merge(existing, checked.records, checked.rejected_ids, source.semantics,
                   archived.received_at, schema)
    del existing
    with ThreadPoolExecutor(max_workers=1) as beside:
        # The partition is written while the rejects and the report are made (Parquet and
        # DuckDB let go of Python's lock); they are stored only once the partition is.
        stored = beside.submit(_store_partition, settings, schema, source.member, merged,
                               lake_file)
        del merged
        rejects = reject_table(checked, schema, source.dataset, source.member, source.name,
                               archived.sha256, source.mapping)
        report = quality_report(checked, schema, rejects, member=source.member,
                                member_name=cluster.member(source.member).name,
                                source=source.name, checked_at=started,
                                previous=previous_report(settings, source.member, source.dataset))
        stored.result()
    write_rejects(settings, source.dataset, source.member, rejects)
    if checked.erased:  # not kept (README „Datenschutz“); the lake holds the other records
        forget_delivery(archived.path)
    result.read, result.valid = checked.read, len(checked.records)
    result.rejected, result.geocoded = len(checked.rejected_rows), checked.geocoded
    result.precision, result.notes = checked.precision_counts, checked.notes
    result.held = checked.held
    return complete_ingestion(settings, cluster, source, result, checked.checks, report, upstream)


def _store_partition(settings: Settings, schema: DatasetSchema, member: str,
                     partition: pa.Table, lake_file: Path) -> None:
    if settings.ducklake:
        ducklake.commit_partition(settings, schema, member, partition)
    write_table(partition, lake_file, private=True, durable=True)  # holds personal data


def skip_unchanged(settings: Settings, cluster: Cluster, source: Source,
                   run_id: str | None = None) -> IngestResult | None:
    """The run of a local delivery its partition already holds (same bytes, configuration
    and schema; see `pipelines.ingest.unchanged`), recorded as „unverändert“ without reading
    it; None when the delivery has to be ingested (a source on a server is fetched first) or
    the mail of its last ingestion is still to be sent, which the ingestion's Dagster run does."""
    partition = partition_path(settings.lake_dir, source.dataset, source.member).parent
    if unmailed_ingestion(settings, partition):
        return None
    return _unchanged_run(settings, cluster, source, run_id)[1]


def _unchanged_run(settings: Settings, cluster: Cluster, source: Source, run_id: str | None
                   ) -> tuple[str | None, IngestResult | None]:
    """A local delivery's SHA-256 (read once: the archive takes it too) and its run as in
    `skip_unchanged`; no SHA-256 for a source on a server or a missing file."""
    if source.remote or not source.location.is_file():
        return None, None
    digest, kept = _kept(settings, cluster, source, source.location)
    if kept is None:
        return digest, None
    return digest, record_run(settings, _unchanged(_started(source, run_id), kept, digest))


def _kept(settings: Settings, cluster: Cluster, source: Source, path: Path):
    """The delivery's SHA-256 and the figures of the partition's last ingestion if that was
    of the same delivery (else None)."""
    digest = sha256_of(path)
    partition = partition_path(settings.lake_dir, source.dataset, source.member).parent
    return digest, last_ingestion(settings, partition, fingerprint(digest, cluster, source))


def _started(source: Source, run_id: str | None) -> IngestResult:
    schema = load_schema(source.dataset)
    return IngestResult(run_id=run_id or str(uuid.uuid4()), dataset=source.dataset,
                        municipality=source.member, source=source.name, arrival=source.arrival,
                        status="ok", started_at=datetime.now(timezone.utc).isoformat(), finished_at="",
                        schema_version=schema.version, schema_hash=schema.content_hash)


def _unchanged(result: IngestResult, kept: dict, digest: str) -> IngestResult:
    """This run's identity and times with the figures of the ingestion it repeats."""
    result.status, result.delivery_sha256 = UNCHANGED, digest
    for name in ("read", "valid", "rejected", "geocoded", "held", "precision", "notes"):
        setattr(result, name, kept[name])
    result.message = (f"Lieferung unverändert seit {_berlin(kept['started_at'])} (gleiche "
                      f"Datei, Konfiguration und Schemaversion {result.schema_version}) – nicht "
                      f"erneut verarbeitet")
    return result


def _berlin(instant: str) -> str:
    return datetime.fromisoformat(instant).astimezone(BERLIN).strftime("%d.%m.%Y %H:%M")


def reject_table(checked: CheckedDelivery, schema: DatasetSchema, dataset: str, member: str,
                 source: str, sha256: str | None, mapping: dict | None = None) -> pd.DataFrame:
    """One row per problem, with the delivered row kept in full as JSON. The delivery's
    SHA-256 links it to its run and its archived file. Rows and fields are named in the
    member's words: the column the field was read from (the platform's field in brackets
    where its name differs) and their own id beside the row – by the source's `mapping`
    where the file has its columns, else by the schema's names and labels."""
    naming = _naming(checked.delivery, schema, mapping)
    problems = checked.problems
    # rows with several problems, and fields of many rows, are spelled out once; the
    # delivered rows are fetched all at once (rows kept column by column: a take per column)
    positions = sorted({p.row for p in problems})
    delivered = dict(zip(positions, rows_at(checked.delivery.rows, positions)))
    encode = json.JSONEncoder(ensure_ascii=False, default=shown).encode  # made once, not per row
    raw = {row: encode(values) for row, values in _as_delivered(delivered).items()}
    refs = {row: _row_ref(checked.delivery.refs[row], values, naming)
            for row, values in delivered.items()}
    labels = {name: _label(schema, name, naming) for name in {p.field for p in problems}}
    return pd.DataFrame({
        "dataset": dataset, "municipality": member, "source": source,
        "row_ref": [refs[p.row] for p in problems], "field": [p.field for p in problems],
        "field_label": [labels[p.field] for p in problems],
        "value": [p.value for p in problems], "reason": [p.reason for p in problems],
        "raw_row": [raw[p.row] for p in problems], "delivery_sha256": sha256,
    }, columns=REJECT_COLUMNS)


def _row_ref(ref: str, row: dict, naming: dict[str, list[str]]) -> str:
    """"Zeile 7" or "Objekt 38", with the member's own id where the reference lacks it."""
    columns = naming.get("source_id") or []
    column = columns[0] if len(columns) == 1 else None  # an id of several columns: not named
    own_id = row.get(column) if column else None
    if own_id in (None, "") or names_id(ref, str(own_id)):
        return ref
    return f"{ref} ({column} {shown(own_id)})"


def _as_delivered(rows: dict[int, dict]) -> dict[int, dict]:
    """The rows without the fields a connector adds for itself ("__…"). Rows of one
    delivery mostly share their fields (every row of a CSV file), so the fields to keep are
    found once per set of fields, not once per row."""
    kept_of: dict[tuple, list[str]] = {}
    delivered = {}
    for row, values in rows.items():
        names = tuple(values)
        kept = kept_of.get(names)
        if kept is None:
            kept = kept_of[names] = [name for name in names if not name.startswith("__")]
        delivered[row] = (values if len(kept) == len(names)
                          else {name: values[name] for name in kept})
    return delivered


def _naming(delivery: Delivery, schema: DatasetSchema, mapping: dict | None) -> dict:
    """The columns each field was read from, as the delivery spells them: the mapping's only
    where the file has them (a GeoJSON source's „preis“ is not in her spreadsheet with „Preis in
    Euro“), none of a connector that names its fields itself (a calendar has no „Datum + bis“)."""
    return {} if delivery.schema_named else column_sources(delivery, schema, mapping or {})


def _label(schema: DatasetSchema, name: str, naming: dict[str, list[str]]) -> str:
    """Her column's name, with the platform's label in brackets where it differs."""
    if name == "geometry":
        return "Lage"
    try:
        label = schema.field(name).label
    except StopIteration:
        return name
    own = " + ".join(naming.get(name) or [])
    if not own:  # a fixed value, or a field no column fed
        return label
    return own if fold(own) == fold(label) else f"{own} [{label}]"
