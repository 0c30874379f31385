from datetime import date

import pandas as pd

from pipelines.export.delimited import csv_cell as _csv_cell
from pipelines.storage.lake import geoarrow_table
from schemas import load_schema

events = load_schema("events")


def export_table(frame: pd.DataFrame, fields):
    """The records as the export writes them: one Arrow table typed by the schema."""
    return geoarrow_table(frame if "geometry" in frame else frame.assign(geometry=None),
                          events, fields)


def test_cells_excel_would_run_as_a_formula_are_neutralised():
    title = events.field("title")
    for dangerous in ("=HYPERLINK(\"http://x\")", "+49 631 1234", "-2+3", "@SUM(A1)"):
        assert _csv_cell(dangerous, title) == "'" + dangerous
    assert _csv_cell("Kerwe in Kusel", title) == "Kerwe in Kusel"


def test_values_are_written_the_way_german_excel_reads_them():
    assert _csv_cell(1250.5, events.field("price_eur")) == "1250,5"
    assert _csv_cell(-3.0, events.field("price_eur")) == "-3"  # a number, not a formula
    assert _csv_cell(True, events.field("accessible")) == "ja"
    assert _csv_cell(pd.Timestamp("2026-12-05 18:30", tz="UTC"), events.field("start")) == "2026-12-05 19:30"
    assert _csv_cell(pd.Timestamp("2026-07-01 18:00", tz="UTC"), events.field("start")) == "2026-07-01 20:00"
    assert _csv_cell(date(2027, 1, 31), load_schema("offers").field("valid_from")) == "2027-01-31"
    assert _csv_cell(None, events.field("title")) == ""


def test_all_day_events_show_their_first_and_last_day_in_csv(tmp_path):
    import csv
    import json

    from pipelines.export.delimited import write_csv as _write_csv
    from pipelines.export.files import exported_fields
    fields = exported_fields(events)
    rows = [{"title": "Kerwe", "all_day": True,  # 3 July, stored as [3 July 00:00, 4 July 00:00) Berlin
             "start": pd.Timestamp("2026-07-02 22:00", tz="UTC"),
             "end": pd.Timestamp("2026-07-03 22:00", tz="UTC")},
            {"title": "Markt", "all_day": True, "start": pd.Timestamp("2026-12-04 23:00", tz="UTC"),
             "end": pd.Timestamp("2026-12-06 23:00", tz="UTC")},  # 5 and 6 December
            {"title": "Konzert", "all_day": False, "start": pd.Timestamp("2026-07-03 17:30", tz="UTC"),
             "end": pd.Timestamp("2026-07-03 20:00", tz="UTC")}]
    frame = pd.DataFrame([{f.name: row.get(f.name) for f in fields} for row in rows], dtype=object)
    about = {"title": "t", "description": "d", "publisher": "p", "license": "l", "attribution": "a",
             "schema_version": "1.0", "schema_hash": "0" * 64}
    path = _write_csv(export_table(frame, fields), fields, tmp_path / "v.csv", about)
    table = list(csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert [(r["Beginn"], r["Ende"]) for r in table] == [
        ("2026-07-03", "2026-07-03"), ("2026-12-05", "2026-12-06"),
        ("2026-07-03 19:30", "2026-07-03 22:00")]
    columns = json.loads(path.with_name("v.csv-metadata.json").read_text())["tableSchema"]["columns"]
    assert next(c for c in columns if c["name"] == "end")["datatype"]["base"] == "string"


def test_the_csv_file_is_that_pandas_writes_cell_by_cell(tmp_path):
    """Quotes, semicolons, line breaks, formulas, umlauts, missing values, all-day events
    (also over a change to summer time and without an end), numbers and dates."""
    from pipelines.export.delimited import write_csv
    from pipelines.export.files import exported_fields
    from support.csv_reference import reference_csv

    fields = exported_fields(events)
    base = {"record_id": "r", "title": "Kerwe", "all_day": False, "price_eur": 12.5,
            "start": pd.Timestamp("2026-07-03 17:30", tz="UTC"),
            "end": pd.Timestamp("2026-07-03 20:00", tz="UTC"), "accessible": True}
    variants = [{}, {"title": 'Fest "im Hof"; mit Musik'}, {"title": "Zeile 1\r\nZeile 2\nZeile 3"},
                {"title": "=SUMME(A1)", "description": "-2+3"}, {"title": "\tTab", "place": "@Ort"},
                {"title": None, "price_eur": None, "accessible": None, "end": None},
                {"all_day": True, "start": pd.Timestamp("2026-03-28 23:00", tz="UTC"),
                 "end": pd.Timestamp("2026-03-29 22:00", tz="UTC")},
                {"all_day": True, "start": pd.Timestamp("2026-12-04 23:00", tz="UTC"), "end": None},
                {"title": "Ä" * 40 + ";", "price_eur": -3.0, "accessible": False}]
    rows = [{**base, **variant, "record_id": f"r{n}"} for n, variant in enumerate(variants)]
    frame = pd.DataFrame([{f.name: row.get(f.name) for f in fields} for row in rows], dtype=object)
    about = {"title": "t", "description": "d", "publisher": "p", "license": "l", "attribution": "a",
             "schema_version": "1.0", "schema_hash": "0" * 64}
    for name, part in {"alle": frame, "leer": frame.iloc[:0]}.items():
        path = write_csv(export_table(part, fields), fields, tmp_path / f"{name}.csv", about)
        assert path.read_bytes() == reference_csv(part, fields), name


def test_the_geojson_file_is_that_json_dumps_writes(tmp_path):
    """Escapes (quotes, backslashes, line breaks, other control characters), umlauts, missing
    values, numbers, times and dates, points and other geometries, the empty collection."""
    import shapely

    from pipelines.export.files import exported_fields
    from pipelines.export.geojson import write_geojson
    from support.geojson_reference import reference_geojson

    fields = exported_fields(events)
    base = {"record_id": "r", "title": "Kerwe", "price_eur": 12.5, "accessible": True,
            "start": pd.Timestamp("2026-07-03 17:30", tz="UTC"), "geometry": shapely.Point(7.39, 49.5)}
    variants = [{}, {"title": 'Fest "im Hof" \\ Zeile 1\r\nZeile 2\tTab\b\f'},
                {"title": "Glocke\x07 und Ä€ 😀", "description": "\x1f"},
                {"title": None, "price_eur": None, "accessible": None, "start": None},
                {"price_eur": 3.0, "geometry": shapely.Point(7.0, 49.123456789012)}]
    rows = [{**base, **variant, "record_id": f"r{n}"} for n, variant in enumerate(variants)]
    frame = pd.DataFrame([{f.name: row.get(f.name) for f in fields} for row in rows], dtype=object)
    frame["geometry"] = [row["geometry"] for row in rows]
    polygons = frame.iloc[:2].assign(geometry=[shapely.box(7, 49, 7.1, 49.1), None])
    about = {"title": "Veranstaltungen – Kusel", "license": "l", "publisher": "Landkreis Kusel",
             "license_title": "DL-DE-BY 2.0",
             "attribution": ["© GeoBasis-DE"], "schema_version": "1.0", "schema_hash": "0" * 64}
    for name, part in {"punkte": frame, "flaechen": polygons, "leer": frame.iloc[:0]}.items():
        path = write_geojson(export_table(part, fields), fields, tmp_path / f"{name}.geojson", about)
        assert path.read_bytes() == reference_geojson(part, fields, about), name


def test_geojson_coordinates_carry_seven_decimals_and_geoparquet_all(tmp_path):
    """A reprojected building plan read 7.453231999999999 in the GeoJSON (citizen trial):
    seven decimals, about a centimetre, as the workbook keeps them, each without float
    noise; the GeoParquet keeps the coordinates as they are."""
    import json

    import pyarrow.parquet as pq
    import shapely
    import numpy as np
    from pyproj import Transformer

    from pipelines.export.files import exported_fields
    from pipelines.export.geojson import write_geojson

    to_wgs84 = Transformer.from_crs("EPSG:25832", "EPSG:4326", always_xy=True)
    plan = shapely.transform(shapely.box(390000.1, 5480000.2, 390123.3, 5480234.4),
                             lambda xy: np.column_stack(to_wgs84.transform(xy[:, 0], xy[:, 1])))
    fields = exported_fields(events)
    about = {"title": "t", "license": "l", "publisher": "Landkreis Kusel",
             "license_title": "L", "attribution": [], "schema_version": "1.0", "schema_hash": "0" * 64}
    for name, shape in {"plan": plan, "punkt": shapely.Point(7.453231999999999,
                                                             49.46858559999998)}.items():
        frame = pd.DataFrame([{f.name: None for f in fields} | {"record_id": name}], dtype=object)
        table = export_table(frame.assign(geometry=[shape]), fields)
        text = write_geojson(table, fields, tmp_path / f"{name}.geojson", about).read_text()
        numbers = [c for point in shapely.get_coordinates(shape) for c in point]
        written = json.loads(text)["features"][0]["geometry"]["coordinates"]
        flat = shapely.get_coordinates(shapely.geometry.shape(
            {"type": shape.geom_type, "coordinates": written})).ravel().tolist()
        assert flat == [round(c, 7) for c in numbers], name
        assert all(len(repr(c).split(".")[1]) <= 7 for c in flat) and any(
            len(repr(c).split(".")[1]) > 7 for c in numbers), name
        assert "7.453231999999999" not in text and "49.46858559999998" not in text
        pq.write_table(table, tmp_path / f"{name}.parquet")
        kept = shapely.from_wkb(pq.read_table(tmp_path / f"{name}.parquet")["geometry"][0].as_py())
        assert kept.equals_exact(shape, 0), name
