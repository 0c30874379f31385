"""What each export file set (a member's files, the cluster's) was written from, so that a
run rewrites only those whose content changed. The digests are kept in
export/<dataset>/.exportiert.json."""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from pathlib import Path

from pipelines.core.cluster import Cluster
from pipelines.core.database import connect
from pipelines.core.files import atomic_write
from pipelines.core.settings import Settings
from pipelines.export.metadata import CLUSTER_SCOPE, dataset_metadata

EXPORT_STATE = ".exportiert.json"
# Raised whenever a writer puts other bytes into the files from the same records and metadata
# (the calendars' licence and schema lines, say): file sets written before are due again on
# the next run, instead of keeping their old form until their data changes.
WRITERS_VERSION = 2
# Files every file set has: the GeoParquet file, and the GeoPackage with the dataset's layer
# alone (the catalogue offers it).
_EVERY_SCOPE = (".parquet", ".gpkg")


def export_contents(settings: Settings, cluster: Cluster, schema, folder: Path,
                    held: set[str]) -> dict[str, str]:
    """A digest per file set (member key or CLUSTER_SCOPE) of what it would be written from:
    the member's publishable records, its metadata and the published fields as the schema
    defines them (labels are column headers, descriptions column notes, code lists the
    labels beside codes); for the cluster, all of them and the held members' last released
    files and the coordination rules."""
    columns = ", ".join(f'"{f.name}"' for f in schema.publishable_fields)
    with connect(settings.warehouse_path, read_only=True) as connection:
        records = dict(connection.execute(
            f"SELECT municipality, count(*) || '-' || sum(hash({columns}, ST_AsWKB(geometry))) "
            f"FROM {schema.key} GROUP BY municipality").fetchall())

    def digest(*parts) -> str:
        return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()

    fields = [asdict(f) for f in schema.publishable_fields]
    contents = {key: digest(records.get(key), dataset_metadata(cluster, schema, member), fields,
                            WRITERS_VERSION)
                for key, member in cluster.members.items() if key not in held}
    released = {key: (folder / f"{key}.parquet").stat().st_mtime_ns
                for key in sorted(held) if (folder / f"{key}.parquet").is_file()}
    # the cluster's files also follow the coordination rules (which events are merged)
    contents[CLUSTER_SCOPE] = digest(contents, released, dataset_metadata(cluster, schema, None),
                                     cluster.coordination)
    return contents


def changed_scopes(folder: Path, contents: dict[str, str]) -> set[str]:
    """The file sets whose content differs from when they were written, or that miss one of
    the files every file set has (deleted, or from before the set had it)."""
    before = _written(folder)
    return {name for name, content in contents.items()
            if before.get(name) != content
            or not all((folder / f"{name}{ending}").is_file() for ending in _EVERY_SCOPE)}


def remember_exports(folder: Path, contents: dict[str, str]) -> None:
    atomic_write(folder / EXPORT_STATE, lambda partial: Path(partial).write_text(
        json.dumps({**_written(folder), **contents}, indent=1), encoding="utf-8"))


def confirm_exports(folder: Path) -> None:
    """The exports were found up to date: the state file's time says so (a rerun compares it
    with the lake to see whether an export is still owed)."""
    state = folder / EXPORT_STATE
    if state.exists():
        state.touch()


def _written(folder: Path) -> dict[str, str]:
    state = folder / EXPORT_STATE
    return json.loads(state.read_text(encoding="utf-8")) if state.is_file() else {}
