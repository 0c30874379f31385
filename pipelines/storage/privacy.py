"""Erased records (Art. 17 DSGVO): the register that keeps them out, and their removal from
the lake and the rejected rows.

The register (`Settings.erasures_path`) lists per erasure the record id (a UUID derived
from member, dataset and the member's id, no personal data), member, dataset and when: what
the controller must be able to show (Art. 5 Abs. 2 DSGVO), and what keeps a record a
member still delivers from entering the lake again (`erased_ids`, read by the ingestion).
"""
from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipelines.core.files import atomic_write
from pipelines.core.settings import Settings
from pipelines.storage import ducklake
from pipelines.storage.lake import geo_metadata, partition_path, read_table, write_table
from pipelines.storage.rejects import rejects_path
from schemas import load_schema


def erasures(settings: Settings) -> list[dict]:
    path = settings.erasures_path
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else []


def erased_ids(settings: Settings, dataset: str, member: str) -> set[str]:
    """The record ids of the member's records of this dataset that were erased."""
    return {entry["record_id"] for entry in erasures(settings)
            if entry["dataset"] == dataset and entry["municipality"] == member}


def register_erasure(settings: Settings, entry: dict) -> None:
    """Add an erasure to the register (once per record: an erasure repeated adds nothing)."""
    entries = [known for known in erasures(settings) if known["record_id"] != entry["record_id"]]
    text = json.dumps([*entries, entry], ensure_ascii=False, indent=1)
    atomic_write(settings.erasures_path,
                 lambda partial: Path(partial).write_text(text, encoding="utf-8"),
                 private=True, durable=True)


def drop_from_lake(settings: Settings, dataset: str, member: str, record_id: str) -> int:
    """Remove the record, current or withdrawn, from the member's lake partition and the
    shared lake where one is set (the next ingestion merges into that); how many rows were
    removed (0 or 1)."""
    shared = (ducklake.erase_records(settings, load_schema(dataset), member, [record_id])
              if settings.ducklake else 0)
    path = partition_path(settings.lake_dir, dataset, member)
    table = read_table(path)
    if table is None:
        return shared
    kept = table.filter(pc.not_equal(table["record_id"], record_id))
    if kept.num_rows == table.num_rows:
        return shared
    write_table(kept.replace_schema_metadata(geo_metadata(kept["geometry"])), path,
                private=True, durable=True)
    return table.num_rows - kept.num_rows


def rejected_rows(settings: Settings, dataset: str, member: str, source_id: str,
                  id_columns: list[str]) -> dict[str, dict]:
    """The record's rejected rows as delivered, by their reference („Zeile 41 (Nummer
    WND-LS-9003)“): each holds the member's id in one of `id_columns` (the column the source
    maps to `source_id`, or the field's name or label)."""
    table = _rejects(settings, dataset, member)
    if table is None:
        return {}
    return {ref: row for ref, row in zip(table["row_ref"].to_pylist(), _raw_rows(table))
            if _names(row, source_id, id_columns)}


def drop_from_rejects(settings: Settings, dataset: str, member: str, source_id: str,
                      id_columns: list[str]) -> list[str]:
    """Remove the record's rejected rows (see `rejected_rows`); their references."""
    table = _rejects(settings, dataset, member)
    if table is None:
        return []
    keep = [not _names(row, source_id, id_columns) for row in _raw_rows(table)]
    if all(keep):
        return []
    kept = table.filter(keep)
    atomic_write(rejects_path(settings, dataset, member),
                 lambda partial: pq.write_table(kept, partial), private=True)
    return sorted({ref for ref, kept_row in zip(table["row_ref"].to_pylist(), keep)
                   if not kept_row})


def _rejects(settings: Settings, dataset: str, member: str) -> pa.Table | None:
    path = rejects_path(settings, dataset, member)
    return pq.read_table(path) if path.is_file() else None


def _raw_rows(table: pa.Table) -> list[dict]:
    return [json.loads(row) if row else {} for row in table["raw_row"].to_pylist()]


def _names(row: dict, source_id: str, id_columns: list[str]) -> bool:
    return any(str(row.get(column)) == source_id for column in id_columns)


def forget_withdrawn_contacts(settings: Settings, dataset: str, member: str,
                              before: datetime) -> int:
    """Empty the personal fields of the member's records withdrawn before `before` (the house
    is let or sold: its owner's contacts have served their purpose); how many records."""
    path = partition_path(settings.lake_dir, dataset, member)
    table = read_table(path)
    personal = [f.name for f in load_schema(dataset).personal_fields]
    if table is None or not personal:
        return 0
    withdrawn = table["withdrawn_at"]
    held = pc.is_valid(table[personal[0]])  # a contact left to empty
    for name in personal[1:]:
        held = pc.or_(held, pc.is_valid(table[name]))
    old = pc.fill_null(pc.and_(pc.less(withdrawn, pa.scalar(before, withdrawn.type)), held), False)
    count = pc.sum(old).as_py() or 0
    if count:
        for name in personal:
            position = table.schema.get_field_index(name)
            table = table.set_column(position, table.schema.field(position), pc.if_else(
                old, pa.nulls(len(table), table.schema.field(position).type), table[name]))
        write_table(table, path, private=True, durable=True)
    return count
