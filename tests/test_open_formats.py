"""XLSX and GeoPackage exports as citizens and analysts open them: Excel keeps keys as text
and dates as dates, QGIS (GDAL) finds one layer per dataset with German aliases."""
import sqlite3
from datetime import datetime

import geopandas as gpd
import pandas as pd
import pyarrow.parquet as pq
import pyogrio
import shapely
from openpyxl import load_workbook

from pipelines.export.files import exported_fields
from pipelines.export.spreadsheet import spreadsheet_columns, write_xlsx
from pipelines.storage.lake import geoarrow_table
from schemas import DATASET_KEYS, load_schema


def _sheet(path):
    sheet = load_workbook(path).worksheets[0]
    header = [cell.value for cell in sheet[1]]
    return header, list(sheet.iter_rows(min_row=2))


def test_xlsx_keeps_leading_zeros_and_real_dates_and_leads_with_what_people_read(demo_run, cluster):
    data_dir, _ = demo_run
    schema = load_schema("events")
    header, rows = _sheet(data_dir / "export" / "events" / "kusel.xlsx")
    lead = [f.label for f in spreadsheet_columns(schema, exported_fields(schema))][:3]
    assert header[:3] == lead == ["Titel", "Beginn", "Ende"]
    assert len(rows) == pq.read_metadata(data_dir / "export" / "events" / "kusel.parquet").num_rows
    column = {name: index for index, name in enumerate(header)}
    ags = [row[column["Amtlicher Gemeindeschlüssel"]] for row in rows]
    assert all(cell.data_type == "s" and cell.value.startswith("07336") for cell in ags if cell.value)
    starts = [row[column["Beginn"]].value for row in rows]
    assert all(isinstance(value, datetime) for value in starts) and starts == sorted(starts)
    postcodes = [row[column["Postleitzahl"]] for row in rows if row[column["Postleitzahl"]].value]
    assert postcodes and all(cell.data_type == "s" for cell in postcodes)


def test_xlsx_never_turns_text_into_formulas_or_dates(tmp_path):
    schema = load_schema("vacancies")
    fields = tuple(f for f in exported_fields(schema))
    frame = pd.DataFrame([{f.name: None for f in fields}])
    frame.loc[0, ["title", "housenumber", "postcode"]] = ["=HYPERLINK(\"http://x\")", "3-7", "06108"]
    frame["geometry"] = [shapely.Point(7.4, 49.5)]
    about = {"title": "Leerstand", "description": "Test", "publisher": "Landkreis Kusel",
             "license_title": "DL-DE-BY 2.0",
             "license": "http://dcat-ap.de/def/licenses/dl-by-de/2.0", "attribution": ["GeoNames"]}
    path = write_xlsx(geoarrow_table(frame, schema, fields), schema, fields,
                      tmp_path / "leerstand.xlsx", about)
    header, [row] = _sheet(path)
    cells = {name: row[index] for index, name in enumerate(header)}
    assert cells["Objektbezeichnung"].value == "=HYPERLINK(\"http://x\")"
    assert cells["Objektbezeichnung"].data_type == "s"
    assert (cells["Hausnummer"].value, cells["Postleitzahl"].value) == ("3-7", "06108")


def test_geopackages_have_a_layer_per_dataset_with_the_exported_rows_and_german_aliases(demo_run, cluster):
    data_dir, _ = demo_run
    for scope in [*cluster.members, "suedwest-cluster"]:
        path = data_dir / "export" / "geopackage" / f"{scope}.gpkg"
        layers = dict(pyogrio.list_layers(path))
        assert set(layers) == set(DATASET_KEYS), scope
        assert layers["events"] == "Point"
        plans = gpd.read_parquet(data_dir / "export" / "building_plans" / f"{scope}.parquet")
        # plans delivered as points beside polygons: a GEOMETRY layer, never a point in a
        # MULTIPOLYGON layer (which GDAL writes with a warning and QGIS draws wrongly)
        polygons_only = set(plans.geometry.geom_type) <= {"Polygon", "MultiPolygon"}
        assert layers["building_plans"] == ("MultiPolygon" if polygons_only else "Unknown"), scope
        for dataset in DATASET_KEYS:
            exported = pq.read_metadata(data_dir / "export" / dataset / f"{scope}.parquet").num_rows
            assert pyogrio.read_info(path, layer=dataset)["features"] == exported, (scope, dataset)
            # each record keeps its own geometry (a member's layer once lost them all)
            stored = pyogrio.read_dataframe(path, layer=dataset).set_index("record_id")
            expected = gpd.read_parquet(data_dir / "export" / dataset / f"{scope}.parquet"
                                        ).set_index("record_id").geometry
            assert stored.geometry.notna().sum() == expected.notna().sum() > 0, (scope, dataset)
            assert shapely.equals_exact(stored.geometry.to_numpy(),
                                        expected.loc[stored.index].to_numpy(), 1e-9).all()
    frame = pyogrio.read_dataframe(data_dir / "export" / "geopackage" / "kusel.gpkg", layer="vacancies")
    assert "owner_name" not in frame and frame.crs.to_epsg() == 4326
    with sqlite3.connect(data_dir / "export" / "geopackage" / "kusel.gpkg") as database:
        aliases = dict(database.execute("SELECT column_name, name FROM gpkg_data_columns "
                                        "WHERE table_name = 'vacancies'").fetchall())
    assert aliases["title"] == "Objektbezeichnung" and aliases["postcode"] == "Postleitzahl"
    # GeoPackage 1.3, which GDAL before 3.7 (QGIS on Debian 12) reads fully; found with GDAL
    # 3.6's validator, which fails GDAL's default 1.4 on its R-tree triggers
    with sqlite3.connect(data_dir / "export" / "geopackage" / "suedwest-cluster.gpkg") as database:
        assert database.execute("PRAGMA user_version").fetchone()[0] == 10300
        triggers = {name for (name,) in database.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert "rtree_events_geom_update1" in triggers


def test_geopackage_dates_are_dates_and_a_missing_date_is_null(demo_run):
    """QGIS filters a plan by its dates only if the layer declares them as DATE; a plan
    without a date has NULL there (never a text such as "NaT")."""
    data_dir, _ = demo_run
    schema = load_schema("building_plans")
    dates = [f.name for f in exported_fields(schema) if f.type == "date"]
    exported = pq.read_table(data_dir / "export" / "building_plans" / "suedwest-cluster.parquet",
                             columns=["record_id", *dates]).to_pandas().set_index("record_id")
    with sqlite3.connect(data_dir / "export" / "geopackage" / "suedwest-cluster.gpkg") as database:
        declared = {row[1]: row[2] for row in database.execute("PRAGMA table_info(building_plans)")}
        stored = pd.read_sql(f"SELECT record_id, {', '.join(dates)} FROM building_plans",
                             database).set_index("record_id")
    assert {declared[name] for name in dates} == {"DATE"}
    assert exported.isna().any().any()  # the demo holds plans without some of their dates
    for name in dates:
        expected = exported[name].map(lambda day: None if pd.isna(day) else str(day)[:10])
        assert stored[name].where(stored[name].notna(), None).to_dict() == expected.to_dict(), name


def test_every_file_names_its_publisher_as_the_licence_asks(demo_run):
    """Datenlizenz Deutschland – Namensnennung (and CC BY) ask re-users to name the provider;
    the files named the licence and the geodata's sources but not the member who provides the
    data, so whoever credited as the file says left the member out."""
    import json

    import icalendar
    data_dir, _ = demo_run
    export = data_dir / "export"
    publisher = "Landkreis Kusel"
    geojson = json.loads((export / "vacancies" / "kusel.geojson").read_text(encoding="utf-8"))
    assert geojson["publisher"] == publisher
    assert pq.read_schema(export / "vacancies" / "kusel.parquet").metadata[b"publisher"].decode() == publisher
    notes = [row[0] for row in load_workbook(export / "vacancies" / "kusel.xlsx")["Hinweise"].values]
    assert f"Herausgeber: {publisher}" in notes
    calendar = icalendar.Calendar.from_ical((export / "events" / "kusel.ics").read_bytes())
    assert f"Herausgeber: {publisher}." in str(calendar["X-WR-CALDESC"])
    with sqlite3.connect(export / "vacancies" / "kusel.gpkg") as gpkg:
        [(description,)] = gpkg.execute("SELECT description FROM gpkg_contents").fetchall()
    assert description.startswith(f"{publisher}; ")
