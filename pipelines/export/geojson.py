"""GeoJSON (RFC 7946) of the publishable records, the licence as foreign members.

The document is the text `json.dumps(document, ensure_ascii=False)` gives, made column by
column: each property's JSON text in Arrow (texts escaped as the json module escapes them,
every other value converted once per distinct value), the features joined in Arrow.
tests/test_export.py compares the bytes with json.dumps of the whole document.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import shapely
from shapely.geometry import mapping

from pipelines.core.files import atomic_write
from pipelines.export.delimited import iso_date
from pipelines.export.values import (berlin, each_distinct, joined, present, replaced,
                                     write_parts)
from schemas import Field

# The json module's escapes (ensure_ascii=False), backslash first; other control characters
# it writes as \u00XX, see _json_texts.
_ESCAPES = (("\\", "\\\\"), ('"', '\\"'), ("\n", "\\n"), ("\r", "\\r"), ("\t", "\\t"),
            ("\b", "\\b"), ("\f", "\\f"))
_OTHER_CONTROL = "[\x00-\x07\x0b\x0e-\x1f]"


def write_geojson(frame: pd.DataFrame, fields: tuple[Field, ...], path: Path, about: dict) -> Path:
    shell = json.dumps({
        "type": "FeatureCollection",
        "name": about["title"],
        # RFC 7946 foreign members, so the licence travels with the file.
        "license": about["license"], "license_title": about["license_title"],
        "attribution": about["attribution"],
        "features": []}, ensure_ascii=False)
    parts = ['{"type": "Feature", "id": ', _json_texts(frame["record_id"]), ', "geometry": ',
             pa.array(_geometries(frame["geometry"]), pa.string()), ', "properties": {']
    for n, f in enumerate(fields):
        parts += [(", " if n else "") + json.dumps(f.name, ensure_ascii=False) + ": ", _json_column(frame[f.name], f)]
    features = pc.binary_join_element_wise(*parts, "}}, ", "")  # the last ", " is cut off
    atomic_write(path, lambda partial: write_parts(
        partial, [shell[:-len("]}")], joined(features)[:-len(", ")] if len(features) else b"",
                  "]}"]))
    return path


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


def _json_column(values: pd.Series, f: Field) -> pa.Array:
    """The JSON text of `json_value` of every value."""
    if f.type == "string":
        return _json_texts(values)
    return pa.array(each_distinct(values, lambda value: json.dumps(
        json_value(value, f), ensure_ascii=False), "null"), pa.string())


def _json_texts(values: pd.Series) -> pa.Array:
    """Texts as JSON strings (null where missing), escaped in Arrow; the rare text with
    another control character through the json module itself."""
    try:
        texts = pa.array(values.astype(object), pa.string(), from_pandas=True)
    except (pa.ArrowTypeError, pa.ArrowInvalid):  # not texts only: each value as json writes it
        return pa.array(each_distinct(values, lambda value: json.dumps(
            _plain(value), ensure_ascii=False), "null"), pa.string())
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


def _geometries(geometries: pd.Series) -> list[str]:
    """The JSON of the GeoJSON geometries `shapely.geometry.mapping` gives; points straight
    from their coordinates (a million events need not pass through shapely one by one)."""
    shapes = geometries.to_numpy()
    kinds = shapely.get_type_id(shapes)
    if (len(shapes) and (kinds == 0).all() and not shapely.has_z(shapes).any()
            and not shapely.is_empty(shapes).any()):
        return [f'{{"type": "Point", "coordinates": [{x!r}, {y!r}]}}'
                for x, y in shapely.get_coordinates(shapes).tolist()]
    return [json.dumps(mapping(shape), ensure_ascii=False) if shape is not None else "null"
            for shape in shapes]
