"""What a warehouse refresh takes over from the previous warehouse instead of reading it again.

The refresh builds a new file (pipelines/storage/warehouse.py) with the previous one attached
read-only as `previous`. Every table loaded from files notes in `loaded_files` each file it
holds and the file's state (size, modification time in ns, inode: lake partitions, reject
files and journals are replaced by rename, never changed in place). The new file copies the
rows of each file whose state is the one noted, from a table whose columns are the new
table's, and reads every other file; a file noted before but gone is not carried. A missing
previous file, one from before these notes, a table whose columns changed (schema change, or
altered by hand) or another lake (other paths, other inodes) give nothing to carry: the full
build. So does a damaged one, failing to open or while read (pipelines/storage/warehouse.py
builds again without it and says why).
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

PREVIOUS = "previous"


def file_state(path: Path) -> str:
    stat = path.stat()
    return f"{stat.st_size}-{stat.st_mtime_ns}-{stat.st_ino}"


class Carried:
    """The previous warehouse's notes, and the new file's, written by `note_all`."""

    def __init__(self, connection, attached: bool):
        self.connection = connection
        self.files: dict[str, dict[str, str]] = {}
        self.noted: list[tuple[str, str, str]] = []
        self.registered: list[str] = []
        if attached and "loaded_files" in previous_tables(connection):
            for table, path, state in connection.execute(
                    f"SELECT table_name, path, state FROM {PREVIOUS}.loaded_files").fetchall():
                self.files.setdefault(table, {})[path] = state

    def split(self, table: str, files: list[Path]
              ) -> tuple[dict[Path, str], list[Path], list[Path]]:
        """(state of each file, files whose rows the previous warehouse holds as they are,
        files to read) for `table`, already created in the new file. States are taken before
        reading: a file replaced meanwhile is read again by the next refresh."""
        states = {path: file_state(path) for path in files}
        same = self.files.get(table) and _columns(self.connection, PREVIOUS, table) == _columns(
            self.connection, None, table)
        before = self.files[table] if same else {}
        kept = [path for path in files if before.get(str(path)) == states[path]]
        fresh = [path for path in files if before.get(str(path)) != states[path]]
        return states, kept, fresh

    def previously_loaded(self, table: str) -> list[str]:
        """Paths of the files the previous warehouse's `table` was loaded from."""
        return list(self.files.get(table, {}))

    def rows(self, table: str, keys: list[tuple], columns: list[str]) -> str:
        """A query for the previous warehouse's rows of `table` whose `columns` are one of
        `keys` (those of the files kept); the keys stay registered until `note_all`."""
        name = f"kept_{table}"
        self.connection.register(name, pd.DataFrame(keys, columns=columns, dtype=str))
        self.registered.append(name)
        joined = ", ".join(f'"{column}"' for column in columns)
        return f"SELECT * FROM {PREVIOUS}.{table} SEMI JOIN {name} USING ({joined})"

    def note(self, table: str, states: dict[Path, str]) -> None:
        self.noted += [(table, str(path), state) for path, state in states.items()]

    def note_all(self) -> None:
        """Write the notes into the new file (inside the refresh's transaction)."""
        self.connection.execute("CREATE TABLE loaded_files (table_name VARCHAR, path VARCHAR, "
                                "state VARCHAR)")
        self.connection.register("noted_files", pd.DataFrame(
            self.noted, columns=["table_name", "path", "state"]))
        self.connection.execute("INSERT INTO loaded_files SELECT * FROM noted_files")
        self.connection.execute("COMMENT ON TABLE loaded_files IS 'Aus welchen Dateien (Lake, "
                                "Zurückweisungen, Journale) das Warehouse geladen ist und in "
                                "welchem Stand: die nächste Aktualisierung übernimmt Unverändertes'")
        for name in ["noted_files", *self.registered]:
            self.connection.unregister(name)


def _columns(connection, database: str | None, table: str) -> list[tuple[str, str]]:
    """The columns of `table` in `database` (None: the new file), with their types."""
    where = "current_database()" if database is None else "?"
    return connection.execute(
        f"SELECT column_name, data_type FROM duckdb_columns() WHERE database_name = {where} "
        f"AND schema_name = 'main' AND table_name = ? ORDER BY column_index",
        [table] if database is None else [database, table]).fetchall()


def previous_tables(connection) -> list[str]:
    return [name for (name,) in connection.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = ?", [PREVIOUS]).fetchall()]


def damaged_message(path: Path, reason: str) -> str:
    return (f"Das bisherige Warehouse {path} ist nicht lesbar ({reason}) – nichts wird daraus "
            f"übernommen, das Warehouse wird vollständig aus dem Lake neu aufgebaut. Antworten "
            f"der Online-Geocoder, die nur dort lagen, werden bei Bedarf neu erfragt.")

