"""The DuckDB warehouse: one serialised step builds it anew from the lake in one transaction.

Tables `<dataset>_records` hold every record ever delivered (withdrawn ones with
`withdrawn_at`); views named exactly like the datasets show the current ones. `rejects`
holds the rejected rows of each partition's latest delivery, `runs` one row per ingestion,
`quality_results` every check of every run (the quality history), `geocode_cache` the
answers of online geocoders (a copy of their own files, see pipelines/geocoding/online.py),
`notifications` the neighbour notifications about building plans (pipelines/coordination).
Analysts and exports open the file read-only (`connect(path, read_only=True)`).

A refresh builds a new file next to the old one and renames it over it, under the warehouse
lock: readers (analysts, `swdp status`, exports) keep reading the old file meanwhile, a crash
leaves only a temporary file (removed by the next run), and an empty or half-built warehouse
is simply replaced. Only a process holding the old file open for writing defers the refresh:
the lake keeps everything, the next refresh catches up. The new file takes over from the old
one what did not change – lake partitions whose file is the same, journals already loaded –
and reads only the rest (pipelines/storage/carried.py): the same tables as a full build. A
previous file that cannot be opened, or fails while a table is taken over from it (damaged on
disk), gives nothing: the refresh logs why and builds everything from the lake.
"""
from __future__ import annotations

import logging
import os
import secrets
from collections.abc import Callable
from itertools import groupby
from pathlib import Path

import duckdb
import pandas as pd

from pipelines.core.cluster import load_cluster
from pipelines.storage.analysis import load_analysis
from pipelines.storage.lake import columns_of_files
from pipelines.storage.carried import PREVIOUS, Carried, damaged_message, previous_tables
from pipelines.storage.reading import RUN_COLUMNS, WarehouseHeld, held, held_message, unreadable
from pipelines.storage.notifications import NOTIFICATION_COLUMNS, journal_files
from pipelines.storage.rejects import REJECT_COLUMNS
from pipelines.geocoding.online import CACHE_TABLE, absorb, remove_absorbed
from pipelines.quality.history import QUALITY_COLUMNS, quality_rows
from pipelines.core.database import connect, sql_literal
from pipelines.core.faults import explain_text
from pipelines.core.files import PRIVATE
from pipelines.core.locks import WAREHOUSE, exclusive
from pipelines.core.settings import Settings
from schemas import DatasetSchema, load_schemas

log = logging.getLogger(__name__)

def refresh(settings: Settings, on_wait: Callable[[str], None] = lambda text: None,
            on_damaged: Callable[[str], None] = log.warning) -> dict[str, int]:
    """Build the warehouse anew from the lake, the reject files and the journals (taking over
    what is unchanged from the previous one); returns the current records per dataset. Raises
    WarehouseHeld while another program writes it. A previous file that is damaged is told
    to `on_damaged` (why, in German) and replaced by a full build."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    with exclusive(settings, WAREHOUSE, on_wait):
        try:
            counts, absorbed = _replace(settings, carry=True)
        except PreviousDamaged as damaged:
            on_damaged(str(damaged))
            counts, absorbed = _replace(settings, carry=False)
    remove_absorbed(absorbed)
    return counts


class PreviousDamaged(Exception):
    """The previous warehouse fails to open or while read from; the message is German."""


def _replace(settings: Settings, carry: bool) -> tuple[dict[str, int], list[str]]:
    """Build the new file beside the warehouse and rename it over it; `carry`: take over from
    the previous file what is unchanged. Raises PreviousDamaged when that file fails to open
    or while being read: the new file must not take over what reading it still allowed."""
    target = settings.warehouse_path
    building = target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.part")
    try:
        try:
            counts, absorbed = _build(settings, building, carry)
        except duckdb.Error as error:
            if carry and (damage := unreadable(target)):
                raise PreviousDamaged(damaged_message(target, damage)) from error
            if explain_text(str(error), str(target)) is None:
                raise
            # DuckDB names the temporary file in its text alone; the fault is the
            # warehouse's, and its message names the warehouse (full, read-only, …).
            raise OSError(0, str(error), str(target)) from error
        building.chmod(PRIVATE)  # personal data: for the platform's account only
        # A log left by a writer that died would be replayed into the new file.
        target.with_name(target.name + ".wal").unlink(missing_ok=True)
        os.replace(building, target)
    finally:
        for leftover in (building, building.with_name(building.name + ".wal")):
            leftover.unlink(missing_ok=True)
    return counts, absorbed


def _build(settings: Settings, path: Path, carry: bool) -> tuple[dict[str, int], list[str]]:
    counts = {}
    with connect(path) as connection:
        # Texts that hardly repeat (record ids, titles, line references) would be compressed
        # with FSST: a fifth of a refresh's time for half the file size, while reading them
        # back is no faster. Repeating texts keep their dictionaries.
        connection.execute("SET disabled_compression_methods = 'fsst'")
        attached = carry and _attach_previous(connection, settings.warehouse_path)
        carried = Carried(connection, attached)
        connection.execute("BEGIN TRANSACTION")
        for key, schema in load_schemas().items():
            counts[key] = _load_dataset(connection, schema, settings.lake_dir / key, carried)
        _load_rejects(connection, settings, carried)
        _load_runs(connection, settings, carried)
        _load_quality(connection, settings, carried)
        load_analysis(connection, settings, load_cluster(settings.config_path))
        _load_notifications(connection, settings, carried)
        # the online geocoder's answers are kept in files of their own; a previous table may
        # hold some they lack (written before they were kept)
        absorbed = absorb(connection, settings, f"{PREVIOUS}.{CACHE_TABLE}" if attached and
                          CACHE_TABLE in previous_tables(connection) else None)
        carried.note_all()
        connection.execute("COMMIT")
        if attached:
            connection.execute(f"DETACH {PREVIOUS}")
        # Closing checkpoints too, but keeps silent when that finds the disk full: the records
        # would be only in the write-ahead log, which the refresh discards with the new file.
        connection.execute("CHECKPOINT")
    return counts, absorbed


def _attach_previous(connection, previous: Path) -> bool:
    """Attach the previous warehouse read-only as `previous`, for what the new file takes
    over (pipelines/storage/carried.py); False when there is none. Raises PreviousDamaged
    when it cannot be opened (empty, damaged)."""
    if not previous.exists():
        return False
    try:
        connection.execute(f"ATTACH {sql_literal(str(previous))} AS {PREVIOUS} (READ_ONLY)")
    except duckdb.Error as error:
        if held(error):
            raise WarehouseHeld(held_message(previous)) from None
        raise PreviousDamaged(damaged_message(previous, str(error))) from error
    return True


def build_from_lake(settings: Settings) -> bool:
    """Build the warehouse that is not readable (`pipelines.storage.reading.readable`:
    missing, empty, half-built, or built before the table of runs had all its columns) from
    the lake; False when the lake has no run to build it from."""
    if not any(settings.runs_dir.glob("*/*/*.json")):
        return False
    refresh(settings)
    return True


def _load_dataset(connection, schema: DatasetSchema, folder: Path, carried: Carried) -> int:
    table = f"{schema.key}_records"
    columns = schema.duckdb_columns()
    ddl = ", ".join(f'"{name}" {kind}' for name, kind in columns)
    connection.execute(f"CREATE OR REPLACE TABLE {table} ({ddl})")
    names = ", ".join(f'"{name}"' for name, _ in columns)
    files = {_member(path): path for path in folder.glob("municipality=*/records.parquet")}
    states, kept, _ = carried.split(table, list(files.values()))
    kept_members = {_member(path) for path in kept}
    # Ordered by municipality, record_id without sorting: DuckDB keeps the order it reads in,
    # each lake file is sorted by record id (`pipelines.storage.lake.merge`), and the members
    # come in order – runs of members kept from the previous warehouse as one range of its
    # table (in the same order), the others read from their files. A member gone from the
    # lake ends a run, so that its old rows fall outside every range.
    members = sorted(files.keys() | {_member(Path(p)) for p in carried.previously_loaded(table)})
    for kept_run, run in groupby(members, key=lambda member: member in kept_members):
        run = list(run)
        if kept_run:
            connection.execute(f"INSERT INTO {table} SELECT {names} FROM {PREVIOUS}.{table} "
                               f"WHERE municipality BETWEEN ? AND ?", [run[0], run[-1]])
        elif paths := [str(files[member]) for member in run if member in files]:
            stored = columns_of_files(connection, columns, paths)
            connection.execute(f"INSERT INTO {table} SELECT {stored} "
                               f"FROM read_parquet(?, union_by_name = true)", [paths])
    carried.note(table, states)
    connection.execute(f"CREATE OR REPLACE VIEW {schema.key} AS "
                       f"SELECT * FROM {table} WHERE withdrawn_at IS NULL")
    connection.execute(f"COMMENT ON TABLE {table} IS {sql_literal(schema.title + ' (alle Lieferungen)')}")
    connection.execute(f"COMMENT ON VIEW {schema.key} IS {sql_literal(schema.title + ' (aktuell)')}")
    for f in schema.stored_fields:
        connection.execute(f'COMMENT ON COLUMN {table}."{f.name}" IS '
                           f'{sql_literal(f"{f.label}: {f.description}")}')
    return connection.execute(f"SELECT count(*) FROM {schema.key}").fetchone()[0]


def _member(partition: Path) -> str:
    return partition.parent.name.split("=", 1)[1]


def _load_rejects(connection, settings: Settings, carried: Carried) -> None:
    """The latest rejects of each partition: its file is replaced by each delivery."""
    ddl = ", ".join(f'"{name}" VARCHAR' for name in REJECT_COLUMNS)
    connection.execute(f"CREATE OR REPLACE TABLE rejects ({ddl})")
    files = sorted(settings.rejects_dir.glob("*/municipality=*/rejects.parquet"))
    states, kept, fresh = carried.split("rejects", files)
    _insert(connection, "rejects", [
        kept and carried.rows("rejects", [(p.parent.parent.name, _member(p)) for p in kept],
                              ["dataset", "municipality"]),
        fresh and _from_files("read_parquet", fresh)],
        "ORDER BY dataset, municipality, row_ref, field")
    carried.note("rejects", states)


def _from_files(reader: str, files: list[Path], columns: dict[str, str] | None = None
                ) -> tuple[str, list]:
    """A query reading `files` with DuckDB's `reader` (with the given column types), and its
    parameter."""
    types = "" if columns is None else (", columns = {" + ", ".join(
        f"'{n}': '{t}'" for n, t in columns.items()) + "}, format = 'auto'")
    return f"SELECT * FROM {reader}(?{types})", [[str(path) for path in files]]


def _insert(connection, table: str, sources: list, tail: str = "", verb: str = "INSERT") -> None:
    """Insert the rows of `sources` – queries, or (query, parameters) – into `table`; empty
    sources are left out."""
    sources = [source if isinstance(source, tuple) else (source, [])
               for source in sources if source]
    if sources:
        union = " UNION ALL ".join(f"({query})" for query, _ in sources)
        connection.execute(f"{verb} INTO {table} SELECT * FROM ({union}) {tail}",
                           [parameter for _, parameters in sources for parameter in parameters])


def _load_runs(connection, settings: Settings, carried: Carried) -> None:
    ddl = ", ".join(f'"{name}" {kind}' for name, kind in RUN_COLUMNS.items())
    connection.execute(f"CREATE TABLE runs ({ddl}, PRIMARY KEY (run_id, dataset, municipality))")
    journals = sorted(settings.runs_dir.glob("*/*/*.json"))
    states, kept, fresh = carried.split("runs", journals)
    _insert(connection, "runs", [
        kept and carried.rows("runs", _journal_keys(kept), ["dataset", "municipality", "run_id"]),
        fresh and _from_files("read_json", fresh, RUN_COLUMNS)], verb="INSERT OR IGNORE")
    carried.note("runs", states)


def _journal_keys(journals: list[Path]) -> list[tuple[str, str, str]]:
    """(dataset, member, run id) of journals at `<dataset>/<member>/<run id>.json`."""
    return [(path.parent.parent.name, path.parent.name, path.stem) for path in journals]


def _load_quality(connection, settings: Settings, carried: Carried) -> None:
    """From the quality journals, which are never rewritten: every run stays – every run that
    finished: a run killed after its checks but before its journal (`runs`) would count twice
    beside the rerun of its delivery. A journal whose run has not finished yet is not noted
    as loaded, so the refresh after its run journal reads it."""
    ddl = ", ".join(f'"{name}" {kind}' for name, kind in QUALITY_COLUMNS.items())
    connection.execute(f"CREATE OR REPLACE TABLE quality_results ({ddl})")
    journals = sorted(settings.quality_dir.glob("*/*/*.json"))
    states, kept, fresh = carried.split("quality_results", journals)
    rows = pd.DataFrame(quality_rows(fresh), columns=list(QUALITY_COLUMNS))
    connection.register("quality_rows", rows)
    casts = ", ".join(f'CAST("{name}" AS {kind}) AS "{name}"'
                      for name, kind in QUALITY_COLUMNS.items())
    _insert(connection, "quality_results", [
        kept and carried.rows("quality_results", _journal_keys(kept),
                              ["dataset", "municipality", "run_id"]),
        len(rows) and f"SELECT {casts} FROM quality_rows"],
        'WHERE run_id IN (SELECT run_id FROM runs) '
        'ORDER BY checked_at, dataset, municipality, "check"')
    connection.unregister("quality_rows")
    finished = {run_id for (run_id,) in connection.execute("SELECT run_id FROM runs").fetchall()}
    carried.note("quality_results", {path: state for path, state in states.items()
                                     if path.stem in finished})
    connection.execute("COMMENT ON TABLE quality_results IS 'Qualitätsprüfungen aller "
                       "Einlesevorgänge (eine Zeile je Lauf und Prüfung)'")


def _load_notifications(connection, settings: Settings, carried: Carried) -> None:
    """From the journal, whose files gain their sending time after the mail went out: such
    a file is read again."""
    ddl = ", ".join(f'"{name}" {kind}' for name, kind in NOTIFICATION_COLUMNS.items())
    connection.execute(f"CREATE OR REPLACE TABLE notifications ({ddl})")
    states, kept, fresh = carried.split("notifications", journal_files(settings))
    _insert(connection, "notifications", [
        kept and carried.rows("notifications", [(path.stem,) for path in kept],
                              ["notification_id"]),
        fresh and _from_files("read_json", fresh, NOTIFICATION_COLUMNS)],
        "ORDER BY created_at, to_member")
    carried.note("notifications", states)
    connection.execute("COMMENT ON TABLE notifications IS 'Benachrichtigungen der Nachbarn über "
                       "Bebauungspläne in ihrer Nähe (neu, geändert, zurückgezogen)'")
