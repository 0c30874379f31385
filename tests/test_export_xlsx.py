"""The XLSX export writes its data rows as sheet XML (a million rows in seconds); opened in
openpyxl the file must show exactly what the cell-by-cell workbook shows
(`support.xlsx_reference`): values, types, number formats, header, widths, filter, pane."""
from datetime import date

import pandas as pd
import shapely

from pipelines.core.database import connect
from pipelines.core.settings import Settings
from pipelines.export.files import exported_fields
from pipelines.export.spreadsheet import write_xlsx
from schemas import load_schema
from support.xlsx_reference import opened, reference_xlsx

ABOUT = {"title": "Leerstand", "description": "Test", "license_title": "DL-DE-BY 2.0",
         "license": "http://dcat-ap.de/def/licenses/dl-by-de/2.0", "attribution": ["GeoNames"]}


def _same(frame, schema, tmp_path):
    fields = exported_fields(schema)
    new = write_xlsx(frame, schema, fields, tmp_path / "neu.xlsx", ABOUT)
    old = reference_xlsx(frame, schema, fields, tmp_path / "alt.xlsx", ABOUT)
    assert opened(new) == opened(old)


def test_tricky_values_read_as_cell_by_cell(tmp_path):
    schema = load_schema("offers")
    fields = exported_fields(schema)
    rows = []
    for n, (text, number) in enumerate([("=HYPERLINK(\"x\")", 1250.5), (" leading & <trailing> ", -3.0),
                                        ("Zeile\r\nzwei", 1e17), ("Äpfel „ß“", None), ("", 0.1 + 0.2)]):
        row = {f.name: None for f in fields}
        for f in fields:
            if f.type == "string":
                row[f.name] = f"{text}{n}" if f.name != "postcode" else "06108"
            elif f.type == "decimal":
                row[f.name] = number
            elif f.type == "integer":
                row[f.name] = None if number is None else int(abs(number) % 1000)
            elif f.type == "boolean":
                row[f.name] = [True, False, None][n % 3]
            elif f.type == "date":
                row[f.name] = [date(2027, 1, 31), None, date(1900, 2, 1)][n % 3]
            elif f.type == "datetime":
                row[f.name] = pd.Timestamp("2026-07-01 18:00", tz="UTC") + pd.Timedelta(days=n * 100)
        rows.append(row)
    frame = pd.DataFrame(rows, dtype=object)
    frame["geometry"] = [shapely.Point(7.4, 49.5)] * len(frame)
    _same(frame, schema, tmp_path)
    _same(frame.iloc[:0], schema, tmp_path)


def test_the_sample_events_read_as_cell_by_cell(kusel_events, tmp_path):
    settings = Settings(data_dir=kusel_events.data_dir, config_path=Settings.from_env().config_path)
    schema = load_schema("events")
    with connect(settings.warehouse_path, read_only=True) as connection:
        records = connection.execute("SELECT * EXCLUDE (geometry) FROM events").df()
    for f in schema.publishable_fields:
        if f.code_list:
            records[f"{f.name}_label"] = records[f.name].map(
                lambda code, codes=f.code_list: codes.label(code) if code else None)
    assert len(records) > 100
    _same(records, schema, tmp_path)
