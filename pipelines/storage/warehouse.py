"""The DuckDB warehouse: one serialised step rebuilds it from the lake in one transaction.

Tables `<dataset>_records` hold every record ever delivered (withdrawn ones with
`withdrawn_at`); views named exactly like the datasets show the current ones. `rejects`
holds the rejected rows of each partition's latest delivery, `runs` one row per ingestion,
`quality_results` every check of every run (the quality history), `geocode_cache` the
answers of online geocoders (see pipelines/geocoding/online.py), `notifications` the
neighbour notifications about building plans (pipelines/coordination).
Analysts and exports open the file read-only (`connect(path, read_only=True)`).
"""
from __future__ import annotations

import json

import pandas as pd

from pipelines.core.cluster import load_cluster
from pipelines.storage.analysis import load_analysis
from pipelines.storage.notifications import NOTIFICATION_COLUMNS, journal_files
from pipelines.storage.rejects import REJECT_COLUMNS
from pipelines.geocoding.online import absorb, remove_absorbed
from pipelines.quality.history import QUALITY_COLUMNS, quality_rows
from pipelines.core.database import connect
from pipelines.core.settings import Settings
from schemas import DATASET_KEYS, DatasetSchema, load_schemas

RUN_COLUMNS = {
    "run_id": "VARCHAR", "dataset": "VARCHAR", "municipality": "VARCHAR", "source": "VARCHAR",
    "status": "VARCHAR", "started_at": "TIMESTAMPTZ", "finished_at": "TIMESTAMPTZ",
    "read": "BIGINT", "valid": "BIGINT", "rejected": "BIGINT", "geocoded": "BIGINT",
    "precision": "JSON", "delivery_sha256": "VARCHAR", "message": "VARCHAR", "notes": "JSON",
    "held": "BOOLEAN",
}


def refresh(settings: Settings) -> dict[str, int]:
    """Rebuild dataset tables and rejects from the lake and add new runs; returns row counts."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    counts = {}
    with connect(settings.warehouse_path) as connection:
        connection.execute("BEGIN TRANSACTION")
        for key, schema in load_schemas().items():
            files = sorted(str(p) for p in (settings.lake_dir / key).glob("municipality=*/records.parquet"))
            counts[key] = _load_dataset(connection, schema, files)
        _load_rejects(connection, settings)
        _load_runs(connection, settings)
        _load_quality(connection, settings)
        load_analysis(connection, settings, load_cluster(settings.config_path))
        _load_notifications(connection, settings)
        absorbed = absorb(connection, settings)
        connection.execute("COMMIT")
    remove_absorbed(absorbed)
    return counts


def _load_dataset(connection, schema: DatasetSchema, files: list[str]) -> int:
    table = f"{schema.key}_records"
    columns = schema.duckdb_columns()
    ddl = ", ".join(f'"{name}" {kind}' for name, kind in columns)
    connection.execute(f"CREATE OR REPLACE TABLE {table} ({ddl})")
    names = ", ".join(f'"{name}"' for name, _ in columns)
    if files:
        connection.execute(f"INSERT INTO {table} SELECT {names} FROM read_parquet(?) "
                           f"ORDER BY municipality, record_id", [files])
    connection.execute(f"CREATE OR REPLACE VIEW {schema.key} AS "
                       f"SELECT * FROM {table} WHERE withdrawn_at IS NULL")
    connection.execute(f"COMMENT ON TABLE {table} IS {_literal(schema.title + ' (alle Lieferungen)')}")
    connection.execute(f"COMMENT ON VIEW {schema.key} IS {_literal(schema.title + ' (aktuell)')}")
    for f in schema.stored_fields:
        connection.execute(f'COMMENT ON COLUMN {table}."{f.name}" IS '
                           f'{_literal(f"{f.label}: {f.description}")}')
    return connection.execute(f"SELECT count(*) FROM {schema.key}").fetchone()[0]


def _literal(text: str) -> str:
    """A SQL string literal; COMMENT ON takes no parameters."""
    return "'" + text.replace("'", "''") + "'"


def _load_rejects(connection, settings: Settings) -> None:
    ddl = ", ".join(f'"{name}" VARCHAR' for name in REJECT_COLUMNS)
    connection.execute(f"CREATE OR REPLACE TABLE rejects ({ddl})")
    files = sorted(str(p) for p in settings.rejects_dir.glob("*/municipality=*/rejects.parquet"))
    if files:
        connection.execute("INSERT INTO rejects SELECT * FROM read_parquet(?) "
                           "ORDER BY dataset, municipality, row_ref, field", [files])


def _load_runs(connection, settings: Settings) -> None:
    ddl = ", ".join(f'"{name}" {kind}' for name, kind in RUN_COLUMNS.items())
    connection.execute(f"CREATE TABLE IF NOT EXISTS runs ({ddl}, PRIMARY KEY (run_id, dataset, municipality))")
    # Warehouses built before runs knew their hold get the column (last, as in RUN_COLUMNS).
    connection.execute("ALTER TABLE runs ADD COLUMN IF NOT EXISTS held BOOLEAN")
    journals = sorted(str(p) for p in settings.runs_dir.glob("*/*/*.json"))
    if journals:
        types = "{" + ", ".join(f"'{n}': '{t}'" for n, t in RUN_COLUMNS.items()) + "}"
        connection.execute(f"INSERT OR IGNORE INTO runs SELECT * FROM "
                           f"read_json(?, columns = {types}, format = 'auto')", [journals])


def _load_quality(connection, settings: Settings) -> None:
    """Rebuilt from the quality journals, which are never rewritten: every run stays."""
    ddl = ", ".join(f'"{name}" {kind}' for name, kind in QUALITY_COLUMNS.items())
    connection.execute(f"CREATE OR REPLACE TABLE quality_results ({ddl})")
    rows = pd.DataFrame(quality_rows(settings), columns=list(QUALITY_COLUMNS))
    if len(rows):
        connection.register("quality_rows", rows)
        casts = ", ".join(f'CAST("{name}" AS {kind})' for name, kind in QUALITY_COLUMNS.items())
        connection.execute(f"INSERT INTO quality_results SELECT {casts} FROM quality_rows "
                           f"ORDER BY checked_at, dataset, municipality, \"check\"")
        connection.unregister("quality_rows")
    connection.execute("COMMENT ON TABLE quality_results IS 'Qualitätsprüfungen aller "
                       "Einlesevorgänge (eine Zeile je Lauf und Prüfung)'")


def _load_notifications(connection, settings: Settings) -> None:
    """Rebuilt from the journal, whose files gain their sending time after the mail went out."""
    ddl = ", ".join(f'"{name}" {kind}' for name, kind in NOTIFICATION_COLUMNS.items())
    connection.execute(f"CREATE OR REPLACE TABLE notifications ({ddl})")
    files = [str(path) for path in journal_files(settings)]
    if files:
        types = "{" + ", ".join(f"'{n}': '{t}'" for n, t in NOTIFICATION_COLUMNS.items()) + "}"
        connection.execute(f"INSERT INTO notifications SELECT * FROM read_json(?, columns = "
                           f"{types}, format = 'auto') ORDER BY created_at, to_member", [files])
    connection.execute("COMMENT ON TABLE notifications IS 'Benachrichtigungen der Nachbarn über "
                       "Bebauungspläne in ihrer Nähe (neu, geändert, zurückgezogen)'")


HELD = "angehalten"


def partition_status(settings: Settings, members: list[str]) -> list[dict]:
    """The latest run of each member × dataset (members in configuration order), with its
    share of current records per geocoding precision."""
    with connect(settings.warehouse_path, read_only=True) as connection:
        rows = connection.execute("""
            SELECT municipality, dataset, source, status, read, valid, rejected, geocoded,
                   precision, message, finished_at, coalesce(held, false)
            FROM runs
            QUALIFY row_number() OVER (PARTITION BY municipality, dataset ORDER BY finished_at DESC) = 1
            ORDER BY municipality, dataset""").fetchall()
        shares = precision_shares(connection)
    columns = ["municipality", "dataset", "source", "status", "read", "valid", "rejected",
               "geocoded", "precision", "message", "finished_at", "held"]
    entries = sorted((dict(zip(columns, row)) for row in rows), key=lambda e: (
        members.index(e["municipality"]) if e["municipality"] in members else len(members),
        DATASET_KEYS.index(e["dataset"])))
    for entry in entries:
        entry["precision"] = json.loads(entry["precision"] or "{}")
        entry["finished_at"] = entry["finished_at"].isoformat()
        entry["precision_share"] = shares.get((entry["municipality"], entry["dataset"]), {})
        if entry["held"] and entry["status"] == "ok":  # ingested, but not published
            entry["status"] = HELD
    return entries


def precision_shares(connection) -> dict[tuple[str, str], dict[str, float]]:
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
