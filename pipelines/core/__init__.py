"""Core: settings (the whole data layout), cluster configuration, DuckDB connection,
atomic files, German formatting, row problems. Imports nothing else of the project but
connectors/ and schemas/."""
