"""The lake: one GeoParquet file per dataset and member, merged delivery by delivery.

Record identity is stable (uuid5 of member, dataset and the member's id or the natural key),
so re-ingesting a delivery changes nothing. Snapshot sources mark records missing from a
delivery as withdrawn; incremental sources only upsert. Files are written under a temporary
name in the same folder and renamed, so readers never see half-written files.
"""
from __future__ import annotations

import hashlib
import json
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import shapely

from pipelines.core.files import atomic_write
from pipelines.core.geometry import to_wkb
from schemas import DatasetSchema, Field

RECORD_NAMESPACE = uuid.UUID("5d1c7a52-63c1-4f4e-9d0e-2b8f5a3c6e71")
# The times the lake keeps of each record; last_withdrawn_at: when a withdrawn record that was
# delivered again had been withdrawn (its latest withdrawal), so that a plan withdrawn and back
# under its old id between two coordination runs is told as re-opened, not as changed.
_SEEN = ("first_seen", "last_seen", "withdrawn_at", "last_withdrawn_at")


# Where an object is: rows that share a natural key but lie elsewhere are distinct objects.
_LOCATION = ("x", "y", "street", "housenumber", "postcode", "place")


def record_ids(frame: pd.DataFrame, schema: DatasetSchema, member: str) -> pd.Series:
    """The member's own id where delivered, else the schema's natural key. Rows of one
    delivery that share a natural key but not their location (two "Holzspalter" of one
    provider in two villages) are distinct objects: their location joins the key."""
    if not len(frame):
        return pd.Series(dtype=object)

    def column(name: str, rows: list[int] | None = None) -> list:
        if name not in frame:
            return [None] * (len(frame) if rows is None else len(rows))
        return frame[name].tolist() if rows is None else frame[name].take(rows).tolist()

    # The member's id where it has one, else the natural key's parts joined by "|" (only
    # rows without an id need theirs).
    identities = [f"id:{own}" if own else None for own in column("source_id")]
    keyed = [row for row, identity in enumerate(identities) if identity is None]
    keys = map("|".join, zip(*(_key_parts(column(name, keyed)) for name in schema.natural_key)))
    for row, key in zip(keyed, keys):
        identities[row] = "key:" + key
    identities = pd.Series(identities, index=frame.index, dtype=object)
    place = [name for name in _LOCATION if name in frame and name not in schema.natural_key]
    # an identity by key can only be shared by another by key
    shared = np.zeros(len(frame), dtype=bool)
    shared[keyed] = identities.iloc[keyed].duplicated(keep=False).to_numpy()
    if place and shared.any():
        rows = frame.loc[shared]
        where = pd.Series(["@" + "|".join(parts) for parts in
                           zip(*(_key_parts(rows[name].tolist()) for name in place))],
                          index=rows.index, dtype=object)
        spread = where.groupby(identities[shared]).transform("nunique") > 1
        identities.loc[spread[spread].index] += where[spread]
    return pd.Series(_uuid5(f"{member}/{schema.key}/", identities.tolist()),
                     index=frame.index, dtype=object)


def _key_parts(values: list) -> list[str]:
    """`_key_part` of each value; texts (nearly all) directly, dates and instants (which
    repeat) once per distinct value and time zone."""
    if all(type(value) is str or value is None for value in values):
        return [value.casefold() if value is not None else "" for value in values]
    known = {}
    parts = []
    for value in values:
        if type(value) in (date, datetime):
            key = (value, value.tzinfo if type(value) is datetime else None)
            part = known.get(key)
            if part is None:
                part = known[key] = value.isoformat()
            parts.append(part)
        else:
            parts.append(_key_part(value))
    return parts


def _key_part(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return str(value).casefold()


_HEX = np.frombuffer(b"0123456789abcdef", dtype=np.uint8)
# Where the 32 hex digits of a UUID go in its 36 characters (8-4-4-4-12).
_DIGITS = np.array([i for i in range(36) if i not in (8, 13, 18, 23)])


def _uuid5(prefix: str, names: list[str]) -> list[str]:
    """`str(uuid.uuid5(RECORD_NAMESPACE, prefix + name))` for each name: one SHA-1 per name,
    the version and variant bits and the hex spelling for all at once."""
    if not names:
        return []
    start = RECORD_NAMESPACE.bytes + prefix.encode()
    digests = b"".join([hashlib.sha1(start + name.encode()).digest() for name in names])
    octets = np.frombuffer(digests, dtype=np.uint8).reshape(-1, 20)[:, :16].copy()
    octets[:, 6] = (octets[:, 6] & 0x0F) | 0x50  # version 5
    octets[:, 8] = (octets[:, 8] & 0x3F) | 0x80  # RFC 4122 variant
    spelled = np.full((len(names), 36), ord("-"), dtype=np.uint8)
    spelled[:, _DIGITS] = _HEX[np.stack([octets >> 4, octets & 0x0F], axis=2).reshape(-1, 32)]
    # Arrow makes the million Python strings fastest
    return pa.Array.from_buffers(pa.binary(36), len(names), [None, pa.py_buffer(spelled)]).cast(
        pa.binary()).cast(pa.string()).to_numpy(zero_copy_only=False).tolist()


def partition_path(lake_dir: Path, dataset: str, member: str) -> Path:
    return lake_dir / dataset / f"municipality={member}" / "records.parquet"


def merge(existing: pa.Table | None, incoming: pd.DataFrame, keep_ids: set[str],
          semantics: str, delivered_at: datetime, schema: DatasetSchema) -> pa.Table:
    """The partition after a delivery, sorted by record id, in the lake's Arrow schema.

    existing: the stored partition (as `read_table` gives it). incoming: the delivery's valid
    records (stored fields without the seen times). keep_ids: records whose new version was
    rejected; their stored version stays as it was, so a bad row never costs good data.
    Arrow all the way: a million records are never copied as pandas objects again.
    """
    arrow_schema = schema.arrow_schema()
    stamp = pa.scalar(pd.Timestamp(delivered_at).tz_convert("UTC"), arrow_schema.field("last_seen").type)
    rows = len(incoming)
    table = geoarrow_table(incoming, schema, tuple(f for f in schema.stored_fields
                                                   if f.name not in _SEEN))
    first_seen, last_withdrawn = pa.repeat(stamp, rows), pa.nulls(rows, stamp.type)
    if existing is not None and existing.num_rows:
        existing = _in_schema(existing, arrow_schema)
        known = pc.index_in(table["record_id"], value_set=existing["record_id"].combine_chunks())
        first_seen = pc.if_else(pc.is_valid(known), existing["first_seen"].take(known), first_seen)
        last_withdrawn = pc.coalesce(existing["withdrawn_at"].take(known),
                                     existing["last_withdrawn_at"].take(known))
    table = (table.append_column(arrow_schema.field("first_seen"), first_seen)
             .append_column(arrow_schema.field("last_seen"), pa.repeat(stamp, rows))
             .append_column(arrow_schema.field("withdrawn_at"), pa.nulls(rows, stamp.type))
             .append_column(arrow_schema.field("last_withdrawn_at"), last_withdrawn)
             .select(arrow_schema.names).cast(arrow_schema))
    if existing is not None and existing.num_rows:
        kept = existing.filter(pc.invert(pc.is_in(existing["record_id"],
                                                  value_set=table["record_id"].combine_chunks())))
        if semantics == "snapshot":
            missing = pc.and_(pc.is_null(kept["withdrawn_at"]), pc.invert(pc.is_in(
                kept["record_id"], value_set=pa.array(sorted(keep_ids), pa.string()))))
            position = kept.schema.get_field_index("withdrawn_at")
            kept = kept.set_column(position, kept.schema.field(position),
                                   pc.if_else(missing, stamp, kept["withdrawn_at"]))
        table = pa.concat_tables([kept, table])
        del kept, existing
    # Sorted in Arrow (converting the records in that order instead reads them all over
    # memory), column by column: each unsorted column is let go as soon as its sorted one is
    # made, so the partition is never held twice. Two columns at a time, one per core:
    # Arrow's take lets go of Python's lock, and the texts' takes were a second per million.
    order = _by_record_id(table["record_id"])
    arrow_schema, columns = table.schema, table.columns
    del table
    with ThreadPoolExecutor(max_workers=_SORTING_THREADS) as sorting:
        for first in range(0, len(columns), _SORTING_THREADS):
            batch = range(first, min(first + _SORTING_THREADS, len(columns)))
            for position, column in zip(batch, list(sorting.map(
                    lambda position: columns[position].take(order), batch))):
                columns[position] = column
    table = pa.Table.from_arrays(columns, schema=arrow_schema)
    return table.replace_schema_metadata(geo_metadata(table["geometry"]))


_SORTING_THREADS = 2


def _by_record_id(record_ids: pa.ChunkedArray) -> np.ndarray:
    """Positions of the records in the order of their ids. The ids are UUIDs, 36 ASCII
    characters each: as bytes of one width NumPy sorts them in half the time Arrow sorts
    texts (in the same order, byte by byte)."""
    ids = record_ids.combine_chunks()
    if not len(ids) or ids.null_count or not pc.all(pc.equal(pc.binary_length(ids), 36)).as_py():
        return pc.sort_indices(ids).to_numpy()
    _, offsets, values = ids.buffers()
    # a slice's values begin inside the buffer
    start = np.frombuffer(offsets, dtype=np.int32, count=1, offset=4 * ids.offset)[0]
    return np.argsort(np.frombuffer(values, dtype="S36", count=len(ids), offset=int(start)),
                      kind="stable")


def _in_schema(table: pa.Table, arrow_schema: pa.Schema) -> pa.Table:
    """A stored partition in the schema's columns and types; a field the schema gained
    since it was written is empty."""
    columns = [table[name] if name in table.column_names else pa.nulls(table.num_rows, kind)
               for name, kind in zip(arrow_schema.names, arrow_schema.types)]
    return pa.Table.from_arrays(columns, names=arrow_schema.names).cast(arrow_schema)


def columns_of_files(connection, columns: list[tuple[str, str]], paths: list[str]) -> str:
    """The select list of the (name, DuckDB type) `columns` from the Parquet files `paths`,
    read with `union_by_name`: a field the schema gained after a file was written is empty
    in its records (NULL), as `merge` makes it at the partition's next delivery."""
    stored = {name for (name, *_) in connection.execute(
        "DESCRIBE SELECT * FROM read_parquet(?, union_by_name = true)", [paths]).fetchall()}
    return ", ".join(f'"{name}"' if name in stored else f'NULL::{kind} AS "{name}"'
                     for name, kind in columns)


def read_table(path: Path) -> pa.Table | None:
    """The stored partition as it is on disk (None before the member's first delivery)."""
    return pq.read_table(path) if path.exists() else None


def read_partition(path: Path, schema: DatasetSchema | None = None) -> pd.DataFrame | None:
    """The stored partition as a frame; with `schema`, in its columns (a field the schema
    gained since the file was written is empty, as `merge` makes it)."""
    table = read_table(path)
    if table is not None and schema is not None:
        table = _in_schema(table, schema.arrow_schema())
    return from_arrow(table) if table is not None else None


def from_arrow(table: pa.Table) -> pd.DataFrame:
    """Stored records (as `geoarrow_table` makes them) as a frame with shapely geometries."""
    frame = table.to_pandas(integer_object_nulls=True, date_as_object=True)
    frame["geometry"] = shapely.from_wkb(frame["geometry"])
    return frame


def geoarrow_table(records: pd.DataFrame | pa.Table, schema: DatasetSchema,
                   fields: tuple[Field, ...] | None = None, metadata: dict | None = None) -> pa.Table:
    """Records as an Arrow table with the types derived from schemas/ and the geometry as WKB.

    The Arrow types come from the schema rather than from pandas' inference, so an all-empty
    column keeps its type; the small GeoParquet "geo" metadata block is therefore made here.
    Records already in Arrow (geometry as WKB) are only cast: a slice stays a view of them.
    """
    fields = fields or schema.stored_fields
    arrow_schema = schema.arrow_schema(fields)
    if isinstance(records, pa.Table):
        table = records.select(arrow_schema.names).cast(arrow_schema)
    else:
        geometries = (records["geometry"].to_numpy() if len(records)
                      else np.array([], dtype=object))
        table = pa.Table.from_arrays([_arrow_column(records[f.name], arrow_schema.field(f.name).type)
                                      for f in fields], schema=arrow_schema.remove(len(fields)))
        table = table.append_column(arrow_schema.field("geometry"),
                                    pa.array(to_wkb(geometries), type=pa.binary()))
    return table.replace_schema_metadata(geo_metadata(table["geometry"], metadata))


def geo_metadata(wkb: pa.ChunkedArray, metadata: dict | None = None) -> dict:
    """The GeoParquet "geo" block (and any further `metadata`) of a WKB column. Records share
    their geometries, so each distinct one is read once."""
    present = shapely.from_wkb(pc.unique(wkb.drop_null()).to_numpy(zero_copy_only=False))
    # one geometry of each kind names it (Point, MultiPolygon, …)
    _, first = np.unique(shapely.get_type_id(present), return_index=True)
    geo = {"version": "1.1.0", "primary_column": "geometry", "columns": {"geometry": {
        "encoding": "WKB",
        "geometry_types": sorted(present[i].geom_type for i in first),
        **({"bbox": list(shapely.total_bounds(present))} if len(present) else {}),
    }}}
    extra = {"geo": json.dumps(geo), **(metadata or {})}
    return {k.encode(): str(v).encode() for k, v in extra.items()}


def _arrow_column(values: pd.Series, kind: pa.DataType) -> pa.Array:
    """A column in its Arrow type, converted by Arrow as a whole; values Arrow does not take
    that way (a float column of gaps in a text or time field) as Python objects, gaps None.
    Dates and instants, which repeat, are converted once per distinct value."""
    if pa.types.is_temporal(kind) and values.dtype == object:
        codes, distinct = pd.factorize(values.to_numpy(), use_na_sentinel=True)
        return _converted(pd.Series(distinct, dtype=object), kind).take(
            pa.array(codes, mask=codes < 0))
    return _converted(values, kind)


def _converted(values: pd.Series, kind: pa.DataType) -> pa.Array:
    try:
        array = pa.array(values, type=kind, from_pandas=True)
    except pa.ArrowException:
        array = None
    if not isinstance(array, pa.Array):  # all gaps can come back as a chunked array
        array = pa.array(values.astype(object).where(values.notna(), None).tolist(), type=kind)
    return array


def write_geoparquet(frame: pd.DataFrame, schema: DatasetSchema, path: Path,
                     fields: tuple[Field, ...] | None = None, metadata: dict | None = None,
                     private: bool = False) -> None:
    """Write records as GeoParquet 1.1 with the Arrow schema derived from schemas/."""
    write_table(geoarrow_table(frame, schema, fields, metadata), path, private)


# Rows per row group of the GeoParquet files, lake partitions and exports: DuckDB's own size.
# DuckDB reads a Parquet file's row groups in parallel; a partition in one row group (Arrow's
# default holds a million rows) is read by one thread, and DuckDB's parallel insert into the
# warehouse then does twice the work. The export's GeoPackage process reads an export file a
# row group at a time (one of a million rows cost it 0.35 GiB more).
ROW_GROUP = 122_880


def write_table(table: pa.Table, path: Path, private: bool = False,
                row_group_size: int = ROW_GROUP, durable: bool = False) -> None:
    """Write a table as `geoarrow_table` or `merge` make it (GeoParquet 1.1), in row groups
    of `row_group_size` rows; `durable` for a lake partition (`atomic_write`), not an export."""
    atomic_write(path, lambda partial: pq.write_table(table, partial, compression="zstd",
                                                      row_group_size=row_group_size),
                 private=private, durable=durable)
