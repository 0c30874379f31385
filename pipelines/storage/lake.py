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
from datetime import date, datetime
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import shapely

from pipelines.core.files import atomic_write
from schemas import DatasetSchema, Field

RECORD_NAMESPACE = uuid.UUID("5d1c7a52-63c1-4f4e-9d0e-2b8f5a3c6e71")
_SEEN = ("first_seen", "last_seen", "withdrawn_at")


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


def merge(existing: pd.DataFrame | None, incoming: pd.DataFrame, keep_ids: set[str],
          semantics: str, delivered_at: datetime) -> pd.DataFrame:
    """The partition after a delivery.

    incoming: the delivery's valid records. keep_ids: records whose new version was rejected;
    their stored version stays as it was, so a bad row never costs good data.
    """
    stamp = pd.Timestamp(delivered_at)
    incoming = incoming.copy()
    previous_first = (existing.set_index("record_id")["first_seen"]
                      if existing is not None and len(existing) else pd.Series(dtype=object))
    known = incoming["record_id"].isin(previous_first.index)
    incoming["first_seen"] = (incoming["record_id"].map(previous_first).where(known, stamp)
                              if known.any() else stamp)
    incoming["last_seen"] = stamp
    incoming["withdrawn_at"] = pd.NaT
    if existing is None or existing.empty:
        merged = incoming
    else:
        kept = existing[~existing["record_id"].isin(incoming["record_id"])].copy()
        if semantics == "snapshot":
            missing = kept["withdrawn_at"].isna() & ~kept["record_id"].isin(keep_ids)
            kept.loc[missing, "withdrawn_at"] = stamp
        merged = pd.concat([kept, incoming], ignore_index=True) if len(kept) else incoming
    for column in _SEEN:
        merged[column] = pd.to_datetime(merged[column], utc=True).astype("datetime64[us, UTC]")
    return merged.sort_values("record_id", ignore_index=True)


def read_partition(path: Path) -> pd.DataFrame | None:
    if not path.exists():
        return None
    return from_arrow(pq.read_table(path))


def from_arrow(table: pa.Table) -> pd.DataFrame:
    """Stored records (as `geoarrow_table` makes them) as the frame `merge` works on."""
    frame = table.to_pandas(integer_object_nulls=True, date_as_object=True)
    frame["geometry"] = shapely.from_wkb(frame["geometry"])
    return frame


def geoarrow_table(frame: pd.DataFrame, schema: DatasetSchema,
                   fields: tuple[Field, ...] | None = None, metadata: dict | None = None) -> pa.Table:
    """Records as an Arrow table with the types derived from schemas/ and the geometry as WKB.

    The Arrow types come from the schema rather than from pandas' inference, so an all-empty
    column keeps its type; the small GeoParquet "geo" metadata block is therefore made here.
    """
    fields = fields or schema.stored_fields
    arrow_schema = schema.arrow_schema(fields)
    geometries = frame["geometry"].to_numpy() if len(frame) else np.array([], dtype=object)
    table = pa.Table.from_arrays([_arrow_column(frame[f.name], arrow_schema.field(f.name).type)
                                  for f in fields], schema=arrow_schema.remove(len(fields)))
    table = table.append_column(arrow_schema.field("geometry"),
                                pa.array(shapely.to_wkb(geometries), type=pa.binary()))
    present = geometries[~shapely.is_missing(geometries)] if len(geometries) else geometries
    # one geometry of each kind names it (Point, MultiPolygon, …)
    _, first = np.unique(shapely.get_type_id(present), return_index=True)
    geo = {"version": "1.1.0", "primary_column": "geometry", "columns": {"geometry": {
        "encoding": "WKB",
        "geometry_types": sorted(present[i].geom_type for i in first),
        **({"bbox": list(shapely.total_bounds(present))} if len(present) else {}),
    }}}
    extra = {"geo": json.dumps(geo), **(metadata or {})}
    return table.replace_schema_metadata({k.encode(): str(v).encode() for k, v in extra.items()})


def _arrow_column(values: pd.Series, kind: pa.DataType) -> pa.Array:
    """A column in its Arrow type, converted by Arrow as a whole; values Arrow does not take
    that way (a float column of gaps in a text or time field) as Python objects, gaps None."""
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
    table = geoarrow_table(frame, schema, fields, metadata)
    atomic_write(path, lambda partial: pq.write_table(table, partial, compression="zstd"),
                 private=private)
