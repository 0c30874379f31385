"""The optional shared lake: a DuckLake catalogue that ingestion on several machines commits
to while analysts read it.

Selected by configuration (`Settings.ducklake`, e.g. SWDP_DUCKLAKE="postgres:dbname=swdp
host=db.example user=swdp"); the catalogue lives in PostgreSQL, the Parquet files under
`Settings.ducklake_data`. Each dataset is one table; an ingestion replaces its member's rows
in one DuckLake transaction, so readers see either the old or the new partition. DuckLake
commits optimistically: two machines writing other members' rows both succeed, and a commit
that lost a race (e.g. both created the table) is retried. The local GeoParquet lake stays
the default and this machine's warehouse is still built from it.
"""
from __future__ import annotations

import time

import duckdb
import pandas as pd
import pyarrow as pa

from pipelines.core.database import connect, load_extension, sql_literal
from pipelines.core.settings import Settings
from pipelines.storage.lake import from_arrow, geoarrow_table
from schemas import DatasetSchema

ATTEMPTS = 8


def attach(settings: Settings) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with the shared lake attached as `lake` (the first attach creates
    the catalogue, so it is never attached read-only here)."""
    connection = connect()
    load_extension(connection, "postgres_scanner")
    load_extension(connection, "ducklake")
    data = settings.ducklake_data or settings.data_dir / "ducklake"
    connection.execute(f"ATTACH {sql_literal('ducklake:' + settings.ducklake)} AS lake "
                       f"(DATA_PATH {sql_literal(str(data) + '/')})")
    return connection


def read_table(settings: Settings, schema: DatasetSchema, member: str) -> pa.Table | None:
    """The member's records in the shared lake as stored (None before its first commit)."""
    with attach(settings) as connection:
        if not _exists(connection, schema.key):
            return None
        table = connection.execute(f"SELECT * FROM lake.{schema.key} WHERE municipality = ?",
                                   [member]).to_arrow_table()
    return table if table.num_rows else None


def read_partition(settings: Settings, schema: DatasetSchema, member: str) -> pd.DataFrame | None:
    """The member's records in the shared lake as a frame (None before its first commit)."""
    table = read_table(settings, schema, member)
    return from_arrow(table) if table is not None else None


def commit_partition(settings: Settings, schema: DatasetSchema, member: str,
                     records: pd.DataFrame | pa.Table) -> None:
    """Replace the member's rows of the dataset's table in one transaction; `records` as a
    frame or as the Arrow table `pipelines.storage.lake.merge` makes."""
    partition = records if isinstance(records, pa.Table) else geoarrow_table(records, schema)
    # geometry as WKB, as in the GeoParquet lake: readers need no spatial extension
    columns = ", ".join(f'"{name}" {"BLOB" if name == "geometry" else kind}'
                        for name, kind in schema.duckdb_columns())
    with attach(settings) as connection:
        connection.register("partition_rows", partition)
        for attempt in range(ATTEMPTS):
            try:
                connection.execute("BEGIN TRANSACTION")
                connection.execute(f"CREATE TABLE IF NOT EXISTS lake.{schema.key} ({columns})")
                _add_new_fields(connection, schema)
                connection.execute(f"DELETE FROM lake.{schema.key} WHERE municipality = ?", [member])
                # by name: a column of a field gone from the schema stays empty
                connection.execute(f"INSERT INTO lake.{schema.key} BY NAME "
                                   f"SELECT * FROM partition_rows")
                connection.execute("COMMIT")
                return
            except (duckdb.TransactionException, duckdb.CatalogException):
                try:
                    connection.execute("ROLLBACK")
                except duckdb.TransactionException:
                    pass  # the failed COMMIT already ended the transaction
                if attempt == ATTEMPTS - 1:
                    raise
                time.sleep(0.1 * 2 ** attempt)  # another machine committed first: try again


def erase_records(settings: Settings, schema: DatasetSchema, member: str,
                  record_ids: list[str]) -> int:
    """Delete the member's records from the shared lake, and the snapshots that still hold
    them: DuckLake keeps deleted rows for time travel, an erasure (Art. 17 DSGVO) wants them
    gone. The platform reads no older snapshot; how many records were deleted."""
    with attach(settings) as connection:
        if not _exists(connection, schema.key):
            return 0
        [(count,)] = connection.execute(
            f"DELETE FROM lake.{schema.key} WHERE municipality = ? AND list_contains(?, record_id)",
            [member, record_ids]).fetchall()
        connection.execute("CALL ducklake_expire_snapshots('lake', older_than => now())")
        connection.execute("CALL ducklake_cleanup_old_files('lake', cleanup_all => true)")
    return count


def _add_new_fields(connection, schema: DatasetSchema) -> None:
    """The columns of fields the schema gained since the table was made (DuckLake's schema
    evolution; the records committed before have them empty)."""
    present = {name for (name,) in connection.execute(
        "SELECT column_name FROM duckdb_columns() WHERE database_name = 'lake' "
        "AND table_name = ?", [schema.key]).fetchall()}
    for name, kind in schema.duckdb_columns():
        if name not in present:
            connection.execute(f'ALTER TABLE lake.{schema.key} ADD COLUMN "{name}" {kind}')


def _exists(connection, table: str) -> bool:
    return bool(connection.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE database_name = 'lake' AND table_name = ?",
        [table]).fetchone()[0])
