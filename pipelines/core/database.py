"""DuckDB connections with the spatial extension loaded from its wheel (works offline) and
times shown in Europe/Berlin. Every room that queries DuckDB connects here."""
from __future__ import annotations

import importlib
from pathlib import Path

import duckdb


def extension_file(name: str) -> str:
    """An extension shipped in its duckdb-extension-<name> wheel, version-matched with duckdb
    (works offline): spatial, ducklake, postgres_scanner."""
    wheel = importlib.import_module(f"duckdb_extension_{name}")
    files = sorted(Path(wheel.__file__).parent.glob(
        f"extensions/v{duckdb.__version__}/{name}.duckdb_extension"))
    if not files:
        raise RuntimeError(f"duckdb-extension-{name} passt nicht zu duckdb {duckdb.__version__}")
    return str(files[0])


def load_extension(connection: duckdb.DuckDBPyConnection, name: str) -> None:
    connection.execute(f"LOAD '{extension_file(name)}'")


def connect(path: Path | str = ":memory:", read_only: bool = False) -> duckdb.DuckDBPyConnection:
    # Checking the extension's signature takes 2–3 s per connection (an RSA check over 80 MB),
    # longer than a whole `swdp check` of a small file. The file is the one installed with the
    # pinned wheel in this environment – as trusted as duckdb's own binary beside it – and
    # only such files are loaded (`load_extension`).
    reader = read_only and str(path) != ":memory:"
    connection = duckdb.connect(":memory:" if reader else str(path),
                                read_only=read_only and not reader,
                                config={"allow_unsigned_extensions": True})
    load_extension(connection, "spatial")
    if reader:
        # DuckDB keeps one database per path in a process: connecting to a path still open
        # hands back that database, on the file a refresh has since replaced
        # (duckdb/duckdb#15912) – a notebook re-run in its kernel showed the old warehouse.
        # A reader gets a database of its own, the file attached under its usual name.
        name = Path(path).stem.replace('"', '""')
        connection.execute(f'ATTACH {sql_literal(str(path))} AS "{name}" (READ_ONLY)')
        connection.execute(f'USE "{name}"')
    # No progress bar: DuckDB draws it on stdout for queries over 2 s, into `--json` output.
    # (In Jupyter DuckDB refuses the setting without ipywidgets; there it harms nothing.)
    try:
        connection.execute("SET enable_progress_bar = false")
    except duckdb.InvalidInputException:
        pass
    connection.execute("SET TimeZone = 'Europe/Berlin'")
    return connection


def sql_literal(text: str) -> str:
    """A SQL string literal, for statements that take no parameters (ATTACH, COMMENT ON)."""
    return "'" + text.replace("'", "''") + "'"
