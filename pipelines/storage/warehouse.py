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

from pathlib import Path

import pandas as pd

from pipelines.core.cluster import load_cluster
from pipelines.storage.analysis import load_analysis
from pipelines.storage.notifications import NOTIFICATION_COLUMNS, journal_files
from pipelines.storage.rejects import REJECT_COLUMNS
from pipelines.geocoding.online import absorb, remove_absorbed
from pipelines.quality.history import QUALITY_COLUMNS, quality_rows
from pipelines.core.database import connect
from pipelines.core.settings import Settings
from schemas import DatasetSchema, load_schemas

RUN_COLUMNS = {
    "run_id": "VARCHAR", "dataset": "VARCHAR", "municipality": "VARCHAR", "source": "VARCHAR",
    "status": "VARCHAR", "started_at": "TIMESTAMPTZ", "finished_at": "TIMESTAMPTZ",
    "read": "BIGINT", "valid": "BIGINT", "rejected": "BIGINT", "geocoded": "BIGINT",
    "precision": "JSON", "delivery_sha256": "VARCHAR", "message": "VARCHAR", "notes": "JSON",
}


# The lake files each dataset table was last loaded from: a partition whose file is unchanged
# (same size, modification time and inode) is not loaded again.
PARTITIONS_DDL = ("CREATE TABLE IF NOT EXISTS lake_partitions (dataset VARCHAR, municipality "
                  "VARCHAR, file_state VARCHAR, table_ddl VARCHAR, "
                  "PRIMARY KEY (dataset, municipality))")


def refresh(settings: Settings) -> dict[str, int]:
    """Bring dataset tables up to date with the lake (only partitions whose file changed),
    rebuild rejects and quality results and add new runs; returns row counts."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    counts = {}
    with connect(settings.warehouse_path) as connection:
        connection.execute("BEGIN TRANSACTION")
        connection.execute(PARTITIONS_DDL)
        for key, schema in load_schemas().items():
            counts[key] = _load_dataset(connection, schema, settings.lake_dir / key)
        _load_rejects(connection, settings)
        _load_runs(connection, settings)
        _load_quality(connection, settings)
        load_analysis(connection, settings, load_cluster(settings.config_path))
        _load_notifications(connection, settings)
        absorbed = absorb(connection, settings)
        connection.execute("COMMIT")
    remove_absorbed(absorbed)
    return counts


def _load_dataset(connection, schema: DatasetSchema, folder: Path) -> int:
    """Reload the partitions whose lake file changed since the last refresh; a new table
    layout (schema change) reloads them all."""
    table = f"{schema.key}_records"
    columns = schema.duckdb_columns()
    ddl = ", ".join(f'"{name}" {kind}' for name, kind in columns)
    files = {path.parent.name.removeprefix("municipality="): path
             for path in folder.glob("municipality=*/records.parquet")}
    now = {member: _file_state(path) for member, path in files.items()}
    loaded = dict(connection.execute(
        "SELECT municipality, file_state FROM lake_partitions WHERE dataset = ? AND table_ddl = ?",
        [schema.key, ddl]).fetchall())
    if not loaded:
        _create_dataset(connection, schema, table, ddl)
    stale = sorted({m for m in now if now[m] != loaded.get(m)} | (loaded.keys() - now.keys()))
    if stale:
        connection.execute(f"DELETE FROM {table} WHERE municipality IN (SELECT unnest(?::VARCHAR[]))",
                           [stale])
        connection.execute("DELETE FROM lake_partitions WHERE dataset = ? AND "
                           "municipality IN (SELECT unnest(?::VARCHAR[]))", [schema.key, stale])
    fresh = [member for member in stale if member in now]
    if fresh:
        names = ", ".join(f'"{name}"' for name, _ in columns)
        connection.execute(f"INSERT INTO {table} SELECT {names} FROM read_parquet(?) "
                           f"ORDER BY municipality, record_id", [[str(files[m]) for m in fresh]])
        connection.executemany("INSERT INTO lake_partitions VALUES (?, ?, ?, ?)",
                               [[schema.key, member, now[member], ddl] for member in fresh])
    return connection.execute(f"SELECT count(*) FROM {schema.key}").fetchone()[0]


def _file_state(path: Path) -> str:
    stat = path.stat()  # files are replaced atomically, never changed in place
    return f"{stat.st_size}-{stat.st_mtime_ns}-{stat.st_ino}"


def _create_dataset(connection, schema: DatasetSchema, table: str, ddl: str) -> None:
    connection.execute("DELETE FROM lake_partitions WHERE dataset = ?", [schema.key])
    connection.execute(f"CREATE OR REPLACE TABLE {table} ({ddl})")
    connection.execute(f"CREATE OR REPLACE VIEW {schema.key} AS "
                       f"SELECT * FROM {table} WHERE withdrawn_at IS NULL")
    connection.execute(f"COMMENT ON TABLE {table} IS {_literal(schema.title + ' (alle Lieferungen)')}")
    connection.execute(f"COMMENT ON VIEW {schema.key} IS {_literal(schema.title + ' (aktuell)')}")
    for f in schema.stored_fields:
        connection.execute(f'COMMENT ON COLUMN {table}."{f.name}" IS '
                           f'{_literal(f"{f.label}: {f.description}")}')


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
