"""What `swdp status` shows: the latest run of each member × dataset, read from the warehouse.

Apart from the refresh (`pipelines.storage.warehouse`), so that the status needs DuckDB and
the schemas only – no pandas, no geodata libraries.
"""
from __future__ import annotations

import json

from pipelines.core.database import connect
from pipelines.core.settings import Settings
from schemas import DATASET_KEYS

HELD = "angehalten"


def partition_status(settings: Settings, members: list[str]) -> list[dict]:
    """The latest run of each member × dataset (members in configuration order), with its
    share of current records per geocoding precision."""
    with connect(settings.warehouse_path, read_only=True) as connection:
        rows = connection.execute("""
            SELECT municipality, dataset, source, arrival, status, read, valid, rejected,
                   geocoded, precision, message, finished_at, coalesce(held, false),
                   schema_version, schema_hash
            FROM runs
            QUALIFY row_number() OVER (PARTITION BY municipality, dataset ORDER BY finished_at DESC) = 1
            ORDER BY municipality, dataset""").fetchall()
        shares = precision_shares(connection)
    columns = ["municipality", "dataset", "source", "arrival", "status", "read", "valid",
               "rejected", "geocoded", "precision", "message", "finished_at", "held",
               "schema_version", "schema_hash"]
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
