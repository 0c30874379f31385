"""GeoPackage files of the exports (pipelines/export/geopackage.py): a file of another
GeoPackage version than 1.3 becomes 1.3 when one of its layers is replaced; the layer alone
beside the dataset's files is that layer and changes only with it."""
import sqlite3
from contextlib import closing
from datetime import date, datetime, timezone
from pathlib import Path

import pyarrow as pa
import pyogrio
import shapely

from pipelines.export.files import exported_fields
from pipelines.export.geopackage import _describe_columns, write_layer
from schemas import load_schema
from support.geopackages import content, definitions, stated_version

EVENTS = {"title": "Veranstaltungen – Kusel", "license_title": "DL-DE-BY 2.0",
          "attribution": ["© GeoBasis-DE / BKG (2026)", "© GeoNames"]}
PLANS = {**EVENTS, "title": "Bebauungspläne – Kusel"}
# a value of each column type the schemas know, as the export table holds it
EXAMPLES = {pa.string(): "Marktplatz „Süd“; Straße 1", pa.float64(): 49.5372,
            pa.bool_(): True, pa.date32(): date(2026, 12, 6),
            pa.timestamp("us", tz="UTC"): datetime(2026, 12, 6, 21, 30, 15, 250_000,
                                                   tzinfo=timezone.utc)}


def test_a_layer_replaced_in_a_geopackage_1_4_makes_it_a_geopackage_1_3(tmp_path):
    """A GeoPackage as GDAL writes it by default (1.4, as the exports did before they chose
    1.3) is rebuilt as 1.3 when the export replaces one of its layers: the other layers keep
    their rows, types, title, description and German aliases, and the file is the one the
    export writes from scratch (R-tree triggers of 1.3 included); no temporary file stays."""
    events, plans = load_schema("events"), load_schema("building_plans")
    event_fields, plan_fields = exported_fields(events), exported_fields(plans)
    plan_table = _records(plans, plan_fields, [
        shapely.MultiPolygon([shapely.box(7.3, 49.5, 7.31, 49.51)]),
        shapely.MultiPolygon([shapely.box(7.4, 49.6, 7.41, 49.61),
                              shapely.box(7.42, 49.6, 7.43, 49.61)])])
    old_events = _records(events, event_fields, shapely.points([7.38, 7.39], [49.53, 49.54]))
    new_events = _records(events, event_fields, shapely.points([7.2, 7.21, 7.22], [49.4] * 3))
    path = tmp_path / "export" / "kusel.gpkg"
    path.parent.mkdir()
    _as_gdal_writes_by_default(path, [(plans, plan_fields, plan_table, PLANS),
                                      (events, event_fields, old_events, EVENTS)])
    assert stated_version(path) == 10400

    write_layer(new_events, events, event_fields, path, EVENTS)

    reference = tmp_path / "referenz.gpkg"
    write_layer(plan_table, plans, plan_fields, reference, PLANS)
    write_layer(new_events, events, event_fields, reference, EVENTS)
    assert stated_version(path) == stated_version(reference) == 10300
    assert content(path) == content(reference)
    assert definitions(path) == definitions(reference)
    assert [p.name for p in path.parent.iterdir()] == ["kusel.gpkg"]
    # the rebuilt plans' spatial index finds the plan the geometries say
    _, found = pyogrio.read_arrow(path, layer="building_plans", bbox=(7.39, 49.59, 7.45, 49.62))
    assert found["record_id"].to_pylist() == ["R-1"]


def test_the_layer_alone_is_the_scope_s_layer_and_changes_only_with_its_dataset(tmp_path):
    """Beside the scope's GeoPackage with every dataset's layer, each dataset gets its layer
    alone in a GeoPackage of its own (what the catalogue offers with the dataset): the same
    rows, types, title, German aliases and tables as a GeoPackage GDAL writes with that
    layer only, version 1.3, a sound SQLite file whose spatial index finds the rows; a new
    layer of another dataset leaves it byte for byte as it was."""
    events, plans = load_schema("events"), load_schema("building_plans")
    event_fields, plan_fields = exported_fields(events), exported_fields(plans)
    plan_table = _records(plans, plan_fields, [
        shapely.MultiPolygon([shapely.box(7.3, 49.5, 7.31, 49.51)]),
        shapely.MultiPolygon([shapely.box(7.4, 49.6, 7.41, 49.61)])])
    scope = tmp_path / "geopackage" / "kusel.gpkg"
    alone = {key: tmp_path / key / "kusel.gpkg" for key in ("events", "building_plans")}
    for path in (scope, *alone.values()):
        path.parent.mkdir()
    write_layer(plan_table, plans, plan_fields, scope, PLANS, alone["building_plans"])
    write_layer(_records(events, event_fields, shapely.points([7.38, 7.39], [49.53, 49.54])),
                events, event_fields, scope, EVENTS, alone["events"])
    plans_alone = alone["building_plans"].read_bytes()
    new_events = _records(events, event_fields, shapely.points([7.2, 7.21, 7.22], [49.4] * 3))

    write_layer(new_events, events, event_fields, scope, EVENTS, alone["events"])

    assert alone["building_plans"].read_bytes() == plans_alone
    for key, (schema, fields, table, about) in {
            "events": (events, event_fields, new_events, EVENTS),
            "building_plans": (plans, plan_fields, plan_table, PLANS)}.items():
        reference = tmp_path / f"referenz-{key}.gpkg"
        write_layer(table, schema, fields, reference, about)
        assert content(alone[key]) == content(reference), key
        assert definitions(alone[key]) == definitions(reference), key
        assert stated_version(alone[key]) == 10300
        with closing(sqlite3.connect(alone[key])) as database:
            assert database.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert [p.name for p in alone[key].parent.iterdir()] == ["kusel.gpkg"]
    assert {name for name, _ in pyogrio.list_layers(scope)} == set(alone)
    _, found = pyogrio.read_arrow(alone["events"], bbox=(7.205, 49.39, 7.215, 49.41))
    assert found["record_id"].to_pylist() == ["R-1"]


def _records(schema, fields, geometries) -> pa.Table:
    """An export table: a value in every column of the first record, only id and geometry
    in the others."""
    arrow = schema.arrow_schema(fields)
    rows = len(geometries)
    given = {"record_id": pa.array([f"R-{i}" for i in range(rows)]),
             "geometry": pa.array(shapely.to_wkb(geometries), pa.binary())}
    return pa.table([given.get(f.name) or pa.array([EXAMPLES[f.type]] + [None] * (rows - 1),
                                                   f.type) for f in arrow], schema=arrow)


def _as_gdal_writes_by_default(path: Path, layers) -> None:
    """The layers as the export wrote them before it chose GeoPackage 1.3: GDAL's default
    version, the same layer options and German aliases."""
    for schema, fields, table, about in layers:
        pyogrio.write_arrow(table, path, layer=schema.key, driver="GPKG",
                            geometry_name="geometry", geometry_type=schema.geometry_type,
                            crs="EPSG:4326", layer_options={
                                "IDENTIFIER": about["title"],
                                "DESCRIPTION": f"{about['license_title']}; "
                                + "; ".join(about["attribution"])})
        _describe_columns(path, schema.key, [(f.name, f.label, f.label, f.description)
                                             for f in fields])
