"""GeoJSON (RFC 7946) of the publishable records, the licence as foreign members.

The document is the text `json.dumps(document, ensure_ascii=False)` gives, made column by
column from the export table (`geoarrow_table` of the records): each property's JSON text in
Arrow (texts escaped as the json module escapes them, yes/no and point coordinates by Arrow,
every other value converted once per distinct value), the features joined in Arrow.
tests/test_export.py compares the bytes with json.dumps of the whole document.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import shapely
from shapely.geometry import mapping

from pipelines.core.files import atomic_write
from pipelines.core.german import BERLIN
from pipelines.export.delimited import iso_date
from pipelines.export.values import (batches, berlin, column, distinct_texts, holds_any, joined,
                                     per_distinct, point_coordinates, present, replaced,
                                     shortest_floats, write_parts)
from schemas import Field

# The json module's escapes (ensure_ascii=False), backslash first; other control characters
# it writes as \u00XX, see _json_texts.
_ESCAPES = (("\\", "\\\\"), ('"', '\\"'), ("\n", "\\n"), ("\r", "\\r"), ("\t", "\\t"),
            ("\b", "\\b"), ("\f", "\\f"))
_OTHER_CONTROL = "[\x00-\x07\x0b\x0e-\x1f]"
_CONTROL = "".join(map(chr, range(0x20)))


def write_geojson(table: pa.Table, fields: tuple[Field, ...], path: Path, about: dict) -> Path:
    shell = json.dumps({
        "type": "FeatureCollection",
        "name": about["title"],
        # RFC 7946 foreign members, so the licence travels with the file.
        "license": about["license"], "license_title": about["license_title"],
        "attribution": about["attribution"],
        "features": []}, ensure_ascii=False)
    atomic_write(path, lambda partial: write_parts(
        partial, [shell[:-len("]}")], *_features(table, fields), "]}"]))
    return path


def _features(table: pa.Table, fields: tuple[Field, ...]):
    """The features' JSON, a batch of rows at a time (a million features at once would take
    gigabytes), each ending in ", " but the last."""
    for start, batch in batches(table):
        parts = ['{"type": "Feature", "id": ', _json_texts(column(batch, "record_id")),
                 ', "geometry": ', _geometries(column(batch, "geometry")), ', "properties": {']
        for n, f in enumerate(fields):
            parts += [(", " if n else "") + json.dumps(f.name, ensure_ascii=False) + ": ",
                      _json_column(column(batch, f.name), f)]
        features = joined(pc.binary_join_element_wise(*parts, "}}, ", ""))
        yield features if start + len(batch) < len(table) else features[:-len(", ")]


def json_value(value, f: Field):
    """A value as GeoJSON carries it: times in Berlin time with offset, dates ISO."""
    if not present(value):
        return None
    if f.type == "datetime":
        return berlin(value).isoformat()
    if f.type == "date":
        return iso_date(value)
    return _plain(value)


def _plain(value):
    """A NumPy scalar as the Python value the json module writes."""
    return value.item() if hasattr(value, "item") else value


def _json_column(values: pa.Array, f: Field) -> pa.Array:
    """The JSON text of `json_value` of every value."""
    if f.type == "string":
        return _json_texts(values)
    if f.type == "boolean":
        return pc.fill_null(pc.if_else(values, "true", "false"), "null")
    if f.type == "datetime":
        return per_distinct(values, lambda distinct: _json_times(distinct, f), "null")
    return distinct_texts(values, lambda value: json.dumps(json_value(value, f),
                                                           ensure_ascii=False), "null")


def _json_times(instants: pa.Array, f: Field) -> pa.Array:
    """Instants as `json_value` gives them (ISO in Berlin time, offset `+02:00`), by Arrow;
    instants with fractions of a second (never delivered) by Python."""
    try:
        seconds = instants.cast(pa.timestamp("s", tz=BERLIN.key))  # refuses to cut fractions
    except pa.ArrowInvalid:
        return pa.array([json.dumps(json_value(value, f)) for value in instants.to_pylist()],
                        pa.string())
    texts = pc.strftime(seconds, '"%Y-%m-%dT%H:%M:%S%z"')
    return pc.replace_substring_regex(texts, r'(\d\d)"$', r':\1"')


def _json_texts(texts: pa.Array) -> pa.Array:
    """Texts as JSON strings (null where missing), escaped in Arrow; the rare text with
    another control character through the json module itself."""
    if not holds_any(texts, '"\\' + _CONTROL):  # most columns: quoted as they are
        return pc.fill_null(pc.binary_join_element_wise('"', texts, '"', ""), "null")
    escaped = replaced(texts, _ESCAPES)
    encoded = pc.binary_join_element_wise('"', escaped, '"', "")
    rare = pc.fill_null(pc.match_substring_regex(texts, _OTHER_CONTROL), False)
    if pc.any(rare).as_py():
        where = np.flatnonzero(rare.to_numpy(zero_copy_only=False))
        fixed = encoded.to_numpy(zero_copy_only=False).astype(object)
        fixed[where] = [json.dumps(text, ensure_ascii=False) for text in
                        texts.take(pa.array(where)).to_pylist()]
        encoded = pa.array(fixed, pa.string())
    return pc.fill_null(encoded, "null")


def _geometries(wkb: pa.Array) -> pa.Array:
    """The JSON of the GeoJSON geometries `shapely.geometry.mapping` gives; points straight
    from their coordinates in Arrow (a million events need not pass through shapely one by
    one)."""
    points = point_coordinates(wkb)
    if points is not None:
        x, y = points
        return pc.binary_join_element_wise('{"type": "Point", "coordinates": [', shortest_floats(x),
                                           ", ", shortest_floats(y), "]}", "")
    return pa.array([json.dumps(mapping(shape), ensure_ascii=False) if shape is not None
                     else "null" for shape in shapely.from_wkb(wkb.to_numpy(zero_copy_only=False))],
                    pa.string())
