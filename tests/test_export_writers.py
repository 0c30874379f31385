"""The export writers built in Arrow give the files of the reference writers (tests/support:
CSV as pandas writes `csv_cell` of every cell, GeoJSON as the json module writes the whole
document, GeoPackage as geopandas hands the layer to GDAL) – on every dataset and scope of
the bundled demo and on hostile values, across the writers' batches of rows."""
import math
import sqlite3

import numpy as np
import pandas as pd
import pyarrow as pa
import pyogrio
import pytest
import shapely

from pipelines.coordination.calendar import merge_events
from pipelines.coordination.config import calendar_rules
from pipelines.core.database import connect
from pipelines.core.settings import Settings
from pipelines.export import lines, values
from pipelines.export.delimited import write_csv
from pipelines.export.files import _by_member_and_id, _released_records, exported_fields
from pipelines.export.geojson import write_geojson
from pipelines.export.geopackage import write_layer
from pipelines.export.metadata import CLUSTER_SCOPE, dataset_metadata
from pipelines.quality.history import held_partitions
from pipelines.storage.lake import from_arrow, geoarrow_table
from schemas import DATASET_KEYS, load_schema
from support.csv_reference import reference_csv
from support.geojson_reference import reference_geojson
from support.geopackage_reference import reference_layer

ABOUT = {"title": "Veranstaltungen – Kusel", "description": "d", "publisher": "p",
         "license": "l", "license_title": "DL-DE-BY 2.0", "attribution": ["© GeoBasis-DE"],
         "schema_version": "1.0", "schema_hash": "0" * 64}
UTC = "UTC"


def test_the_demo_exports_are_the_reference_files(demo_run, cluster):
    data_dir, _ = demo_run
    settings = Settings(data_dir=data_dir)
    checked = 0
    for dataset in DATASET_KEYS:
        schema = load_schema(dataset)
        folder = settings.export_dir / dataset
        held = {member for held_dataset, member in held_partitions(settings)
                if held_dataset == dataset}
        table = _released_records(settings, dataset, folder, held)
        records = from_arrow(table)
        regional = (from_arrow(merge_events(table, cluster, calendar_rules(cluster)).events)
                    if dataset == "events" else records)
        scopes = {CLUSTER_SCOPE: (None, regional)}
        scopes |= {key: (member, records[records["municipality"] == key])
                   for key, member in cluster.members.items() if key not in held}
        for scope, (member, frame) in scopes.items():
            fields = exported_fields(schema, scope)
            about = dataset_metadata(cluster, schema, member)
            csv, geojson = (folder / f"{scope}.csv", folder / f"{scope}.geojson")
            assert csv.read_bytes() == reference_csv(frame, fields), (dataset, scope)
            assert geojson.read_bytes() == reference_geojson(frame, fields, about), (dataset, scope)
            checked += len(frame)
    assert checked > 100


def test_the_records_to_export_are_the_warehouse_records_with_their_labels(demo_run):
    """The records come over Arrow in the schema's types, each code's label looked up once;
    they are the warehouse's publishable records, in the order DuckDB sorts them."""
    settings = Settings(data_dir=demo_run[0])
    for dataset in DATASET_KEYS:
        schema = load_schema(dataset)
        records = _released_records(settings, dataset, settings.export_dir / dataset, set())
        assert records.schema.equals(schema.arrow_schema(exported_fields(schema))), dataset
        columns = ", ".join(f'"{f.name}"' for f in schema.publishable_fields)
        with connect(settings.warehouse_path, read_only=True) as connection:
            expected = connection.execute(
                f"SELECT {columns}, ST_AsWKB(geometry) AS geometry FROM {dataset} "
                f"ORDER BY municipality, record_id").to_arrow_table().to_pylist()
        for row in expected:
            for f in schema.publishable_fields:
                if f.code_list:
                    row[f"{f.name}_label"] = (None if row[f.name] is None
                                              else f.code_list.label(row[f.name]))
        assert len(records) > 0, dataset
        assert records.to_pylist() == expected, dataset


def test_records_out_of_order_are_sorted_as_duckdb_sorts_them():
    """The warehouse hands its records over sorted by member and id, so they are only
    checked; records in another order (a held member's from its file, after the others)
    come out as DuckDB's ORDER BY municipality, record_id gives them."""
    rows = [("mayen-koblenz", "b"), ("kusel", "z"), ("kusel", "a"), ("kusel", "Z"),
            ("bad-duerkheim", "c"), ("kusel", "ä"), ("kusel", "a1")]
    records = pa.table({"municipality": [m for m, _ in rows], "record_id": [i for _, i in rows],
                        "n": list(range(len(rows)))})
    with connect() as connection:
        expected = connection.execute("SELECT * FROM records ORDER BY municipality, record_id"
                                      ).to_arrow_table()
    assert _by_member_and_id(records).to_pylist() == expected.to_pylist()
    in_order = _by_member_and_id(records)
    assert _by_member_and_id(in_order) is in_order  # nothing to sort


def _hostile_events() -> pd.DataFrame:
    """Every kind of awkward value the writers meet, one variant per row."""
    fields = exported_fields(load_schema("events"), CLUSTER_SCOPE)
    base = {"record_id": "r", "municipality": "kusel", "title": "Kerwe", "all_day": False,
            "price_eur": 12.5, "accessible": True, "category": "fest", "category_label": "Fest",
            "start": pd.Timestamp("2026-07-03 17:30", tz=UTC), "members": "kusel",
            "end": pd.Timestamp("2026-07-03 20:00", tz=UTC), "geometry": shapely.Point(7.39, 49.5)}
    long = '=WENN(A1;"x";"y")' + "Ää ß; \"lang\"\r\n" * 20_000
    variants = [
        {}, {"title": "=1+1"}, {"title": "+49 6381 1234", "place": "-5"}, {"title": "@Ort"},
        {"title": "\tTab", "description": "\rWagenrücklauf"}, {"title": 'Fest "im Hof"; mit Musik'},
        {"title": "Zeile 1\r\nZeile 2\nZeile 3\r", "venue": "Backslash \\ und /"},
        {"title": "Größenwahn in der Straße", "street": "Fußgängerzone Ää Öö Üü ß"},
        {"title": "", "description": None, "venue": float("nan"), "price_eur": float("nan")},
        {"title": None, "price_eur": None, "accessible": None, "all_day": None, "start": None,
         "end": None, "category": None, "category_label": None, "geometry": None},
        {"title": long, "description": long},
        {"title": "Glocke\x07, Null\x00 und \x1f, Linientrenner \u2028 😀", "organiser": "\b\f"},
        {"price_eur": 0.0, "title": "frei"}, {"price_eur": -3.0}, {"price_eur": 1e-7},
        {"price_eur": 12.3456789}, {"price_eur": 1e12},
        # summer time begins and ends; a fraction of a second; all-day events over the change
        {"start": pd.Timestamp("2026-03-29 00:59:59.123789", tz=UTC),
         "end": pd.Timestamp("2026-03-29 01:00", tz=UTC)},
        {"start": pd.Timestamp("2026-10-25 00:30", tz=UTC),
         "end": pd.Timestamp("2026-10-25 01:30", tz=UTC)},
        {"all_day": True, "start": pd.Timestamp("2026-03-28 23:00", tz=UTC),
         "end": pd.Timestamp("2026-03-29 22:00", tz=UTC)},
        {"all_day": True, "start": pd.Timestamp("2026-12-04 23:00", tz=UTC), "end": None},
        {"all_day": True, "start": pd.Timestamp("2026-07-02 22:00", tz=UTC),
         "end": pd.Timestamp("2026-07-02 22:00", tz=UTC)},
        # after 2037, where Arrow's rules of the zone end (summer in winter time, apache/arrow#36110)
        {"start": pd.Timestamp("2041-07-20 16:00", tz=UTC), "end": pd.Timestamp("2041-10-27 00:30", tz=UTC)},
        {"all_day": True, "start": pd.Timestamp("2040-06-30 22:00", tz=UTC),
         "end": pd.Timestamp("2040-07-02 22:00", tz=UTC)},
        {"accessible": False, "members": "kusel, mayen-koblenz", "delivered_by": "Kusel; Mayen"},
        {"geometry": shapely.Point(7.0, 49.0)}, {"geometry": shapely.Point(-0.0, 1e-5)},
        {"geometry": shapely.Point(1e12, 49.123456789012345)},
    ]
    rows = [{**base, **variant, "record_id": f"r{n}"} for n, variant in enumerate(variants)]
    frame = pd.DataFrame([{f.name: row.get(f.name) for f in fields} for row in rows], dtype=object)
    frame["geometry"] = [row["geometry"] for row in rows]
    return frame


@pytest.fixture
def small_batches(monkeypatch):
    """Batches of a few rows, so a file is made of several (a real one: of 4 MiB): the
    first of 4 rows, the further ones of as many rows as made 1 KiB before."""
    monkeypatch.setattr(values, "ROWS_AT_ONCE", 4)
    monkeypatch.setattr(values, "BATCH_BYTES", 1024)


@pytest.mark.parametrize("repeated", [1, 3])
@pytest.mark.parametrize("shapes", ["points", "mixed"])
def test_hostile_values_give_the_reference_csv_and_geojson(tmp_path, small_batches, shapes,
                                                           repeated):
    """Once each (texts each different, escaped as they are) and each row three times (every
    column repeats: its distinct values escaped once, neighbouring columns joined once per
    combination)."""
    schema = load_schema("events")
    fields = exported_fields(schema, CLUSTER_SCOPE)
    frame = _hostile_events()
    if shapes == "points":  # points only, read straight from their bytes
        frame["geometry"] = [shapely.Point(8.25, 50) if shape is None else shape
                              for shape in frame["geometry"]]
    else:  # shapes of every kind, empty shapes, no shape
        frame["geometry"] = [_SHAPES[n % len(_SHAPES)] if n % 5 else shape
                             for n, shape in enumerate(frame["geometry"])]
    frame = pd.concat([frame] * repeated, ignore_index=True)
    table = geoarrow_table(frame, schema, fields)
    # the points are read from their bytes, the mixed shapes through shapely
    assert (values.point_coordinates(values.column(table, "geometry")) is None) == (shapes == "mixed")
    for part, rows in {"alle": (table, frame), "leer": (table.slice(0, 0), frame.iloc[:0])}.items():
        part_table, part_frame = rows
        csv = write_csv(part_table, fields, tmp_path / f"{part}.csv", ABOUT)
        assert csv.read_bytes() == reference_csv(part_frame, fields), part
        geojson = write_geojson(part_table, fields, tmp_path / f"{part}.geojson", ABOUT)
        assert geojson.read_bytes() == reference_geojson(part_frame, fields, ABOUT), part


_SHAPES = [shapely.box(7, 49, 7.1, 49.1), shapely.Point(), shapely.Polygon(),
           shapely.MultiPolygon([shapely.box(7, 49, 7.01, 49.01)]),
           shapely.LineString([(7, 49), (7.5, 49.25)]), shapely.MultiPoint([(7, 49), (8, 50)]),
           shapely.MultiLineString([[(7, 49), (7.1, 49)], [(8, 50), (8.1, 50.2)]]),
           shapely.GeometryCollection([shapely.Point(7, 49),
                                       shapely.LineString([(7, 49), (8, 50)])]),
           shapely.Point(7.25, 49.5, 312.5),
           shapely.Polygon([(7, 49), (8, 49), (8, 50), (7, 49)],
                           [[(7.6, 49.1), (7.9, 49.1), (7.9, 49.2)]])]


@pytest.mark.parametrize("dataset", ["vacancies", "offers"])
def test_numbers_of_every_kind_give_the_reference_csv_and_geojson(tmp_path, small_batches, dataset):
    """Whole numbers beyond 2⁵³ and negative ones, decimals tiny, huge, negative, NaN and
    missing, dates, in the datasets that hold them."""
    schema = load_schema(dataset)
    fields = exported_fields(schema)
    numbers = [0, -3, 2**53 + 1, -(2**62), 7, None]
    decimals = [0.0, -0.0, -12.5, 1e-7, 1.23456789e20, float("nan"), None, 0.1 + 0.2]
    rows = []
    for n in range(24):
        row = {f.name: None for f in fields}
        for f in fields:
            if f.type == "integer":
                row[f.name] = numbers[n % len(numbers)]
            elif f.type == "decimal":
                row[f.name] = decimals[(n + len(f.name)) % len(decimals)]
            elif f.type == "date":
                row[f.name] = [pd.Timestamp("2027-02-28"), None, pd.Timestamp("1999-12-31")][n % 3]
            elif f.type == "string":
                row[f.name] = ["Ä;ö", None, "=2*3", "Zeile\nzwei 😀"][(n + len(f.name)) % 4]
        rows.append({**row, "record_id": f"r{n}", "geometry": shapely.Point(7 + n / 100, 49)})
    frame = pd.DataFrame(rows, dtype=object)
    table = geoarrow_table(frame, schema, fields)
    about = {**ABOUT, "title": f"{dataset} – Kusel"}
    assert write_csv(table, fields, tmp_path / "z.csv", about).read_bytes() == \
        reference_csv(frame, fields)
    assert write_geojson(table, fields, tmp_path / "z.geojson", about).read_bytes() == \
        reference_geojson(frame, fields, about)


@pytest.mark.parametrize("run_bytes", [lines.RUN_BYTES, 64])
def test_lines_join_the_pieces_of_each_row(small_batches, monkeypatch, run_bytes):
    """Texts, text columns with gaps (empty) and dictionary arrays, among them runs of more
    combinations than 63 bits count, of about as many combinations as rows and (64 bytes)
    of more text than a run may hold."""
    monkeypatch.setattr(lines, "RUN_BYTES", run_bytes)
    rng = np.random.default_rng(7)
    rows = 40
    plain = pa.array([None if n % 7 == 0 else f"t{n}ä" for n in range(rows)])
    few = [pa.DictionaryArray.from_arrays(pa.array(rng.integers(0, 3, rows), pa.int32()),
                                          pa.array([f"<{k}a>", f"<{k}b>", ""]))
           for k in range(70)]  # 3⁷⁰ combinations
    many = pa.DictionaryArray.from_arrays(pa.array(rng.permutation(rows), pa.int32()),
                                          pa.array([f"#{n}" for n in range(rows)]))
    pieces = ["Anfang ", plain, "|", *few[:40], ";", *few[40:], many, few[0], plain, few[1],
              "-", few[2], "\r\n"]  # the last run: 9 combinations at most
    expected = "".join(
        "".join(piece if isinstance(piece, str) else piece[row].as_py() or "" for piece in pieces)
        for row in range(rows))
    made = b"".join(bytes(part) for part in lines.lines(pieces, rows))
    assert made.decode("utf-8") == expected
    assert list(lines.lines([piece if isinstance(piece, str) else piece.slice(0, 0)
                              for piece in pieces], 0)) == []


def test_batches_hold_about_as_many_bytes_as_asked_and_every_row_once(monkeypatch):
    """The first batch of ROWS_AT_ONCE rows, each further one of as many rows as would have
    made BATCH_BYTES in the batch before: rows of 10 octets, then of 100 from row 30 on."""
    monkeypatch.setattr(values, "ROWS_AT_ONCE", 4)
    monkeypatch.setattr(values, "BATCH_BYTES", 200)
    made = []

    def make(first, count):
        made.append((first, count))
        return b"".join(b"x" * (10 if row < 30 else 100) for row in range(first, first + count))

    assert b"".join(values.made_in_batches(make, 60)) == b"x" * (300 + 3000)
    # 20 rows made 1,460 octets: the next batches of 2 rows
    assert made == [(0, 4), (4, 20), (24, 20), *((first, 2) for first in range(44, 60, 2))]
    assert list(values.made_in_batches(make, 0)) == []


@pytest.mark.parametrize("dataset", ["events", "building_plans"])
def test_hostile_values_give_the_reference_geopackage_layer(tmp_path, dataset):
    """The same layer as geopandas wrote: columns, types, values, geometries and the declared
    geometry type (plans: multipolygons, single polygons promoted, points beside them make
    the layer GEOMETRY)."""
    schema = load_schema(dataset)
    fields = exported_fields(schema)
    if dataset == "events":
        frame = _hostile_events()
    else:
        frame = pd.DataFrame([{f.name: None for f in fields} for _ in range(3)], dtype=object)
        frame["record_id"] = ["p1", "p2", "p3"]
        frame["title"] = ["=Plan", "Plan \"Süd\"; Teil 2", None]
        frame["geometry"] = [shapely.box(7, 49, 7.1, 49.1),
                             shapely.MultiPolygon([shapely.box(7, 49, 7.01, 49.01)]), None]
    cases = {"gleich": frame}
    if dataset == "building_plans":
        cases["gemischt"] = frame.assign(geometry=[shapely.box(7, 49, 7.1, 49.1),
                                                   shapely.Point(7, 49), None])
    for name, part in cases.items():
        new, old = tmp_path / f"{name}-neu.gpkg", tmp_path / f"{name}-alt.gpkg"
        write_layer(geoarrow_table(part, schema, fields), schema, fields, new, ABOUT)
        reference_layer(part, schema, fields, old)
        assert _layer(new, dataset) == _layer(old, dataset), name


def test_layers_put_into_an_existing_geopackage_are_whole_and_indexed(tmp_path):
    """Every export after the first puts its layer, written alone (GDAL without SQLite's
    rollback journal), into the scope's file that holds the other datasets' layers, in place
    of its own: each layer there is still the reference layer, the file passes SQLite's
    check, and the spatial index finds the events the geometries say."""
    events, plans = load_schema("events"), load_schema("building_plans")
    event_fields, plan_fields = exported_fields(events), exported_fields(plans)
    frame = _hostile_events()
    plan_frame = pd.DataFrame([{f.name: None for f in plan_fields}] * 2, dtype=object)
    plan_frame["record_id"] = ["p1", "p2"]
    plan_frame["geometry"] = [shapely.box(7, 49, 7.1, 49.1), shapely.Point(7.39, 49.5)]
    path = tmp_path / "kusel.gpkg"
    steps = [(events, event_fields, frame, ABOUT),
             (plans, plan_fields, plan_frame, {**ABOUT, "title": "Bebauungspläne – Kusel"}),
             (events, event_fields, frame.iloc[::2], ABOUT)]
    for n, (schema, fields, part, about) in enumerate(steps):
        write_layer(geoarrow_table(part, schema, fields), schema, fields,
                    tmp_path / f"{schema.key}.gpkg", about, path)
        reference = tmp_path / f"referenz-{n}.gpkg"
        reference_layer(part, schema, fields, reference)
        assert _layer(path, schema.key) == _layer(reference, schema.key), n
    assert {name for name, _ in pyogrio.list_layers(path)} == {"events", "building_plans"}
    with sqlite3.connect(path) as database:
        assert database.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        # the schema extension (aliases) is both its tables, each registered once
        assert sorted(database.execute("SELECT table_name FROM gpkg_extensions WHERE "
                                       "extension_name = 'gpkg_schema'")) == [
            ("gpkg_data_column_constraints",), ("gpkg_data_columns",)]
    area = (7.3, 49.4, 7.5, 49.6)
    _, found = pyogrio.read_arrow(path, layer="events", bbox=area)
    inside = shapely.intersects(frame.iloc[::2]["geometry"].to_numpy(), shapely.box(*area))
    assert sorted(found["record_id"].to_pylist()) == sorted(frame.iloc[::2]["record_id"][inside])
    assert 0 < len(found) < len(frame.iloc[::2])


def test_rows_holding_finds_each_text_with_one_of_the_characters():
    """The byte look at a column (which texts to quote or escape) against Python's own."""
    column = pa.array(["", None, "schlicht", 'a"b', "ä;ö", "x\r\n", "\x00", "ß" * 3, "Ende;",
                       "\\", "\x1f", "😀\t"] * 3).slice(2, 30)  # a slice: offsets inside
    for characters in ('";', ';"\r\n', '"\\' + "".join(map(chr, range(0x20))), "\x00\x1f"):
        expected = [text is not None and any(c in text for c in characters)
                    for text in column.to_pylist()]
        assert values.rows_holding(column, characters).tolist() == expected, characters


def test_texts_replaced_in_a_batch_hold_only_the_batch_s_text():
    """A batch is a slice of the whole column: the quoted or escaped texts put back into it
    make an array of the batch's texts and only their text (Arrow's replace_with_mask sets
    aside room for all the column's text, 170 MB for a million descriptions)."""
    column = pa.array(["a;b", "x" * 1_000, None] * 1_000)
    batch = column.slice(3, 4)
    where = np.array([True, False, False, True])
    replaced = values.with_replaced(batch, where, pa.array(['"a;b"', '"a;b"']))
    assert replaced.to_pylist() == ['"a;b"', "x" * 1_000, None, '"a;b"']
    assert replaced.buffers()[2].size < 2 * 1_024


def _layer(path, layer):
    info = pyogrio.read_info(path, layer=layer)
    _, table = pyogrio.read_arrow(path, layer=layer)
    rows = table.to_pylist()
    for row in rows:
        row["wkb_geometry"] = (shapely.from_wkb(row.pop("geom")).wkt
                               if row.get("geom") is not None else row.pop("geom", None))
        for key, value in row.items():
            if isinstance(value, float) and math.isnan(value):
                row[key] = "NaN"
    return info["geometry_type"], list(info["fields"]), list(info["dtypes"]), rows


def test_the_hour_shown_twice_says_which_showing_and_other_times_stay(tmp_path):
    """Two events at 02:30 on 25 October 2026, an hour apart (MESZ, then MEZ), were both
    „2026-10-25 02:30“ in the CSV; the times around them and a normal day stay as they were."""
    schema = load_schema("events")
    fields = exported_fields(schema, CLUSTER_SCOPE)
    starts = ["2026-10-25 00:30", "2026-10-25 01:30", "2026-10-24 23:59", "2026-10-25 02:00",
              "2026-10-25 01:00", "2026-07-03 17:30"]
    frame = pd.DataFrame([{f.name: None for f in fields} | {
        "record_id": f"r{n}", "title": f"Nachtwanderung {n}", "all_day": False,
        "start": pd.Timestamp(start, tz=UTC), "geometry": shapely.Point(7.39, 49.5)}
        for n, start in enumerate(starts)], dtype=object)
    table = geoarrow_table(frame, schema, fields)
    csv = write_csv(table, fields, tmp_path / "kusel.csv", ABOUT)
    assert csv.read_bytes() == reference_csv(frame, fields)
    begin = [f.label for f in fields].index("Beginn")
    cells = [line.split(";")[begin] for line in csv.read_text(encoding="utf-8-sig").splitlines()[1:]]
    assert cells == ["2026-10-25 02:30 (MESZ)", "2026-10-25 02:30 (MEZ)", "2026-10-25 01:59",
                     "2026-10-25 03:00", "2026-10-25 02:00 (MEZ)", "2026-07-03 19:30"]
