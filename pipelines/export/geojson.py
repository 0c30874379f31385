"""GeoJSON (RFC 7946) of the publishable records, the licence as foreign members.

The document is the text `json.dumps(document, ensure_ascii=False)` gives, made column by
column from the export table (`geoarrow_table` of the records): each property's JSON text in
Arrow for the whole column (texts escaped as the json module escapes them, yes/no and point
coordinates by Arrow, repeating values once per distinct value), the features joined in Arrow
(`values.lines`: neighbouring repeating properties once per combination that occurs).
tests/test_export.py compares the bytes with json.dumps of the whole document.

Coordinates are rounded to seven decimals (`pipelines.core.geometry.geojson_rounded`, about a
centimetre). The GeoParquet and GeoPackage files keep them as they are.
"""
from __future__ import annotations

import json
from itertools import chain
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import shapely
from shapely.geometry import mapping

from pipelines.core.files import atomic_write
from pipelines.core.geometry import geojson_rounded
from pipelines.core.german import BERLIN
from pipelines.export.berlin_time import after_arrow_rules
from pipelines.export.delimited import iso_date
from pipelines.export.lines import lines
from pipelines.export.values import (berlin, column, distinct_texts, encoded, per_distinct,
                                     point_coordinates, present, repeating, replaced,
                                     rows_holding, shortest_floats, with_replaced, write_parts)
from schemas import Field

# The json module's escapes (ensure_ascii=False), backslash first; other control characters
# it writes as \u00XX, see _escaped.
_ESCAPES = (("\\", "\\\\"), ('"', '\\"'), ("\n", "\\n"), ("\r", "\\r"), ("\t", "\\t"),
            ("\b", "\\b"), ("\f", "\\f"))
_OTHER_CONTROL = "".join(map(chr, [*range(0x08), 0x0b, *range(0x0e, 0x20)]))
_CONTROL = "".join(map(chr, range(0x20)))


def write_geojson(table: pa.Table, fields: tuple[Field, ...], path: Path, about: dict) -> Path:
    shell = json.dumps({
        "type": "FeatureCollection",
        "name": about["title"],
        # RFC 7946 foreign members, so the licence travels with the file; the licence asks
        # to name the publisher.
        "publisher": about["publisher"], "license": about["license"],
        "license_title": about["license_title"], "attribution": about["attribution"],
        "schema_version": about["schema_version"], "schema_sha256": about["schema_hash"],
        "features": []}, ensure_ascii=False)
    atomic_write(path, lambda partial: write_parts(
        partial, chain([shell[:-len("]}")]], _features(table, fields), ["]}"])))
    return path


def _features(table: pa.Table, fields: tuple[Field, ...]):
    """The features' JSON, a batch of rows at a time (each written before the next is made),
    each ending in ", " but the last; each column's JSON made once for the whole table
    (`_json_parts`), one after the other as `lines` joins them."""
    ids = _json_parts(table, "record_id")

    def pieces():
        yield from ['{"type": "Feature", "id": ', *ids, ', "geometry": ',
                    per_distinct(encoded(table, "geometry"), _geometries, "null"),
                    ', "properties": {']
        for n, f in enumerate(fields):
            yield (", " if n else "") + json.dumps(f.name, ensure_ascii=False) + ": "
            yield from ids if f.name == "record_id" else _json_parts(table, f.name, f)
        yield "}}, "
    features = lines(pieces(), len(table))
    last = next(features, None)
    for following in features:
        yield last
        last = following
    if last is not None:
        yield last[:-len(", ")]


def _json_parts(table: pa.Table, name: str, f: Field | None = None) -> list:
    """The JSON texts of a column (`json_value` of each value; texts when no field), as
    pieces of `lines`: each distinct value of a column whose values repeat (times, numbers,
    yes/no, places) once (a dictionary array); texts each different (titles, ids) escaped as
    they are, given between quotes as separate pieces where none is missing, so the quotes
    go in as the lines are joined rather than in a copy of the column."""
    if f is not None and f.type == "boolean":
        return [per_distinct(encoded(table, name),
                             lambda distinct: pc.if_else(distinct, "true", "false"), "null")]
    if f is not None and f.type != "string":
        return [_formatted(encoded(table, name), f)]
    cells = repeating(table, name, _json_texts, "null")
    if cells is not None:
        return [cells]
    values = column(table, name)
    if values.null_count:
        return [pc.fill_null(_json_texts(values), "null")]
    return ['"', _escaped(values), '"']


def _json_texts(texts: pa.Array) -> pa.Array:
    """Texts as JSON strings: escaped, between quotes."""
    return pc.binary_join_element_wise('"', _escaped(texts), '"', "")


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


def _formatted(values: pa.Array, f: Field) -> pa.DictionaryArray:
    """The JSON text of `json_value` of every value of a column of times, dates or numbers,
    each distinct value once for the whole column (a dictionary array)."""
    if f.type == "datetime":
        return per_distinct(values, lambda distinct: _json_times(distinct, f), "null")
    return distinct_texts(values, lambda value: json.dumps(json_value(value, f),
                                                           ensure_ascii=False), "null")


def _json_times(instants: pa.Array, f: Field) -> pa.Array:
    """Instants as `json_value` gives them (ISO in Berlin time, offset `+02:00`), by Arrow;
    instants with fractions of a second (never delivered) and after Arrow's rules of the zone
    by Python."""
    try:
        seconds = instants.cast(pa.timestamp("s", tz=BERLIN.key))  # refuses to cut fractions
    except pa.ArrowInvalid:
        return pa.array([json.dumps(json_value(value, f)) for value in instants.to_pylist()],
                        pa.string())
    texts = pc.replace_substring_regex(pc.strftime(seconds, '"%Y-%m-%dT%H:%M:%S%z"'), r'(\d\d)"$', r':\1"')
    later = after_arrow_rules(instants)  # by Python, as those with fractions
    if pc.any(later).as_py():
        texts = pc.replace_with_mask(texts, later, pa.array(
            [json.dumps(json_value(value, f)) for value in pc.filter(instants, later).to_pylist()], pa.string()))
    return texts


def _escaped(texts: pa.Array) -> pa.Array:
    """Texts as the json module escapes them inside a JSON string: the few with a quote,
    backslash or control character escaped in Arrow (the rare one with another control
    character through the json module itself), the others as they are."""
    special = rows_holding(texts, '"\\' + _CONTROL)
    if not special.any():
        return texts
    some = texts.filter(special)
    escaped = replaced(some, _ESCAPES)
    rare = np.flatnonzero(rows_holding(some, _OTHER_CONTROL))
    if len(rare):
        fixed = escaped.to_numpy(zero_copy_only=False).astype(object)
        fixed[rare] = [json.dumps(text, ensure_ascii=False)[1:-1]
                       for text in some.take(pa.array(rare)).to_pylist()]
        escaped = pa.array(fixed, pa.string())
    return with_replaced(texts, special, escaped)


def _geometries(wkb: pa.Array) -> pa.Array:
    """The JSON of the GeoJSON geometries `shapely.geometry.mapping` gives; points straight
    from their coordinates in Arrow (a million events need not pass through shapely one by
    one)."""
    points = point_coordinates(wkb)
    if points is not None:
        x, y = (geojson_rounded(values) for values in points)
        return pc.binary_join_element_wise('{"type": "Point", "coordinates": [', shortest_floats(x),
                                           ", ", shortest_floats(y), "]}", "")
    shapes = shapely.transform(shapely.from_wkb(wkb.to_numpy(zero_copy_only=False)),
                               geojson_rounded, include_z=None)  # the column's all at once
    return pa.array([json.dumps(mapping(shape), ensure_ascii=False) if shape is not None
                     else "null" for shape in shapes], pa.string())
