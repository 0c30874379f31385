"""GeoPackage files of the exports (pipelines/export/geopackage.py): each dataset's layer
alone, and the scope's file with every dataset's layer put together from those; a scope's
file of another GeoPackage version than 1.3 becomes 1.3 when one of its layers is replaced."""
import sqlite3
from contextlib import closing
from datetime import date, datetime, timezone
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyogrio
import pytest
import shapely

from pipelines.export.files import exported_fields
from pipelines.export.geopackage import _describe_columns, write_layer
from pipelines.export.metadata import schema_note
from schemas import load_schema
from support.geopackages import content, definitions, stated_version

EVENTS = {"title": "Veranstaltungen – Kusel", "publisher": "Landkreis Kusel",
          "license_title": "DL-DE-BY 2.0",
          "attribution": ["© GeoBasis-DE / BKG (2026)", "© GeoNames"]}
PLANS = {**EVENTS, "title": "Bebauungspläne – Kusel"}
# a value of each column type the schemas know, as the export table holds it
EXAMPLES = {pa.string(): "Marktplatz „Süd“; Straße 1", pa.float64(): 49.5372,
            pa.bool_(): True, pa.date32(): date(2026, 12, 6),
            pa.timestamp("us", tz="UTC"): datetime(2026, 12, 6, 21, 30, 15, 250_000,
                                                   tzinfo=timezone.utc)}


def test_a_layer_replaced_in_a_geopackage_1_4_makes_it_a_geopackage_1_3(tmp_path):
    """A scope's GeoPackage as GDAL writes it by default (1.4, as the exports did before they
    chose 1.3) is rebuilt as 1.3 when the export replaces one of its layers: the other layers
    keep their rows, types, title, description and German aliases, and the file is the one
    the export puts together from scratch (R-tree triggers of 1.3 included); no temporary
    file stays."""
    events, plans = load_schema("events"), load_schema("building_plans")
    event_fields, plan_fields = exported_fields(events), exported_fields(plans)
    plan_table = _records(plans, plan_fields, [
        shapely.MultiPolygon([shapely.box(7.3, 49.5, 7.31, 49.51)]),
        shapely.MultiPolygon([shapely.box(7.4, 49.6, 7.41, 49.61),
                              shapely.box(7.42, 49.6, 7.43, 49.61)])])
    old_events = _records(events, event_fields, shapely.points([7.38, 7.39], [49.53, 49.54]))
    new_events = _records(events, event_fields, shapely.points([7.2, 7.21, 7.22], [49.4] * 3))
    path = tmp_path / "geopackage" / "kusel.gpkg"
    path.parent.mkdir()
    # as the export wrote them before it chose 1.3: GDAL's default version
    _written_by_gdal(path, [(plans, plan_fields, plan_table, PLANS),
                            (events, event_fields, old_events, EVENTS)], "1.4")
    assert stated_version(path) == 10400

    write_layer(new_events, events, event_fields, tmp_path / "events.gpkg", EVENTS, path)

    reference = tmp_path / "referenz" / "kusel.gpkg"
    reference.parent.mkdir()
    write_layer(plan_table, plans, plan_fields, tmp_path / "plans.gpkg", PLANS, reference)
    write_layer(new_events, events, event_fields, tmp_path / "events.gpkg", EVENTS, reference)
    assert stated_version(path) == stated_version(reference) == 10300
    assert content(path) == content(reference)
    assert definitions(path) == definitions(reference)
    assert [p.name for p in path.parent.iterdir()] == ["kusel.gpkg"]
    _assert_sound(path)
    # the rebuilt plans' spatial index finds the plan the geometries say
    _, found = pyogrio.read_arrow(path, layer="building_plans", bbox=(7.39, 49.59, 7.45, 49.62))
    assert found["record_id"].to_pylist() == ["R-1"]


@pytest.mark.parametrize("changed", ["events", "building_plans"])
def test_the_scope_s_file_takes_each_dataset_s_layer_as_written_alone(tmp_path, changed):
    """Each dataset's layer is written alone (what the catalogue offers) and put into the
    scope's file beside the other datasets' layers. After a change in one dataset – the
    large one (the file is copied from its layer alone) or the small one (the scope's file
    is copied and the layer replaced in it) – the layer alone of the other dataset is byte
    for byte as it was, and every file is a sound GeoPackage 1.3 with the layers, rows,
    types, titles, German aliases and tables GDAL gives a file it writes with those layers,
    whose spatial indexes find the rows; no temporary file stays."""
    events, plans = load_schema("events"), load_schema("building_plans")
    event_fields, plan_fields = exported_fields(events), exported_fields(plans)
    many = np.arange(3000)
    layers = {
        "events": [events, event_fields, _records(events, event_fields, shapely.points(
            7.2 + many % 100 / 1e3, 49.4 + many // 100 / 1e3)), EVENTS],
        "building_plans": [plans, plan_fields, _records(plans, plan_fields, [
            shapely.MultiPolygon([shapely.box(7.3, 49.5, 7.31, 49.51)]),
            shapely.MultiPolygon([shapely.box(7.4, 49.6, 7.41, 49.61)])]), PLANS]}
    scope = tmp_path / "geopackage" / "kusel.gpkg"
    alone = {key: tmp_path / key / "kusel.gpkg" for key in layers}
    for path in (scope, *alone.values()):
        path.parent.mkdir()
    for key, (schema, fields, table, about) in layers.items():
        assert write_layer(table, schema, fields, alone[key], about, scope) == [alone[key],
                                                                                 scope]
    # the scope's file is larger than twice the plans alone, smaller than twice the events
    assert 2 * alone["building_plans"].stat().st_size < scope.stat().st_size < \
        2 * alone["events"].stat().st_size
    unchanged = {key: path.read_bytes() for key, path in alone.items() if key != changed}
    schema, fields, table, about = layers[changed]
    layers[changed][2] = table.slice(1)  # the first record withdrawn

    write_layer(table.slice(1), schema, fields, alone[changed], about, scope)

    assert {key: alone[key].read_bytes() for key in unchanged} == unchanged
    reference = tmp_path / "referenz.gpkg"
    _written_by_gdal(reference, layers.values(), "1.3")
    for key, layer in layers.items():
        _written_by_gdal(tmp_path / f"referenz-{key}.gpkg", [layer], "1.3")
        assert content(alone[key]) == content(tmp_path / f"referenz-{key}.gpkg"), key
        assert definitions(alone[key]) == definitions(tmp_path / f"referenz-{key}.gpkg"), key
        assert stated_version(alone[key]) == 10300
        _assert_sound(alone[key])
    assert content(scope) == content(reference)
    assert definitions(scope) == definitions(reference)
    assert stated_version(scope) == 10300
    _assert_sound(scope)
    for path in (scope, alone["events"]):
        _, found = pyogrio.read_arrow(path, layer="events", bbox=(7.2055, 49.4005, 7.2075,
                                                                  49.4015))
        assert sorted(found["record_id"].to_pylist()) == ["R-106", "R-107"], path
    _, found = pyogrio.read_arrow(scope, layer="building_plans", bbox=(7.39, 49.59, 7.45, 49.62))
    assert found["record_id"].to_pylist() == ["R-1"]
    assert not list(tmp_path.rglob("*.part*"))


def _assert_sound(path: Path) -> None:
    """A sound SQLite file whose R-tree indexes agree with their tables."""
    with closing(sqlite3.connect(path)) as database:
        assert database.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert database.execute("PRAGMA foreign_key_check").fetchall() == []
        for table, column in database.execute(
                "SELECT table_name, column_name FROM gpkg_extensions "
                "WHERE extension_name = 'gpkg_rtree_index'").fetchall():
            assert database.execute("SELECT rtreecheck(?)", (f"rtree_{table}_{column}",)
                                    ).fetchone() == ("ok",), path


def _records(schema, fields, geometries) -> pa.Table:
    """An export table: a value in every column of the first record, only id and geometry
    in the others."""
    arrow = schema.arrow_schema(fields)
    rows = len(geometries)
    given = {"record_id": pa.array([f"R-{i}" for i in range(rows)]),
             "geometry": pa.array(shapely.to_wkb(geometries), pa.binary())}
    return pa.table([given.get(f.name) or pa.array([EXAMPLES[f.type]] + [None] * (rows - 1),
                                                   f.type) for f in arrow], schema=arrow)


def _written_by_gdal(path: Path, layers, version: str) -> None:
    """The layers as GDAL writes them into one GeoPackage of that version, with the export's
    layer options and German aliases."""
    for schema, fields, table, about in layers:
        pyogrio.write_arrow(table, path, layer=schema.key, driver="GPKG",
                            geometry_name="geometry", geometry_type=schema.geometry_type,
                            crs="EPSG:4326", dataset_options={"VERSION": version},
                            layer_options={
                                "IDENTIFIER": about["title"],
                                "DESCRIPTION": "; ".join([about["publisher"], about["license_title"],
                                                          *about["attribution"], schema_note(
                                                              schema.version, schema.content_hash)])})
        _describe_columns(path, schema.key, [(f.name, f.label, f.label, f.description)
                                             for f in fields])
