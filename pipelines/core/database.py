"""DuckDB connections with the spatial extension loaded from its wheel (works offline) and
times shown in Europe/Berlin. Every room that queries DuckDB connects here."""
from __future__ import annotations

from pathlib import Path

import duckdb
import duckdb_extension_spatial


def spatial_extension() -> str:
    """The spatial extension shipped in the duckdb-extension-spatial wheel (works offline)."""
    files = sorted(Path(duckdb_extension_spatial.__file__).parent.glob(
        f"extensions/v{duckdb.__version__}/spatial.duckdb_extension"))
    if not files:
        raise RuntimeError(f"duckdb-extension-spatial passt nicht zu duckdb {duckdb.__version__}")
    return str(files[0])


def connect(path: Path | str = ":memory:", read_only: bool = False) -> duckdb.DuckDBPyConnection:
    # Checking the extension's signature takes 2–3 s per connection (an RSA check over 80 MB),
    # longer than a whole `swdp check` of a small file. The file is the one installed with the
    # pinned wheel in this environment – as trusted as duckdb's own binary beside it – and it
    # is the only extension loaded here.
    connection = duckdb.connect(str(path), read_only=read_only,
                                config={"allow_unsigned_extensions": True})
    connection.execute(f"LOAD '{spatial_extension()}'")
    connection.execute("SET TimeZone = 'Europe/Berlin'")
    return connection
