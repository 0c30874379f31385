"""The XLSX export writes its data rows as sheet XML (a million rows in seconds); opened in
openpyxl the file must show exactly what the cell-by-cell workbook shows
(`support.xlsx_reference`): values, types, number formats, header, widths, filter, pane."""
import zipfile
from datetime import date

import numpy as np
import pandas as pd
import pytest
import shapely
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import IllegalCharacterError

from pipelines.core.database import connect
from pipelines.core.settings import Settings
from pipelines.export.files import exported_fields
from pipelines.export.metadata import CLUSTER_SCOPE
from pipelines.export.spreadsheet import (_sheet_cells, _sheet_rows, _xml_size, row_order,
                                          spreadsheet_columns, write_xlsx)
from schemas import load_schema
from support.xlsx_reference import opened, reference_xlsx

ABOUT = {"title": "Leerstand", "description": "Test", "license_title": "DL-DE-BY 2.0",
         "license": "http://dcat-ap.de/def/licenses/dl-by-de/2.0", "attribution": ["GeoNames"]}


def _same(frame, schema, tmp_path, fields=None):
    fields = fields or exported_fields(schema)
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


@pytest.mark.parametrize("scope", [None, CLUSTER_SCOPE])
def test_the_sample_events_read_as_cell_by_cell(kusel_events, tmp_path, scope):
    settings = Settings(data_dir=kusel_events.data_dir, config_path=Settings.from_env().config_path)
    schema = load_schema("events")
    with connect(settings.warehouse_path, read_only=True) as connection:
        records = connection.execute("SELECT * EXCLUDE (geometry) FROM events").df()
    for f in schema.publishable_fields:
        if f.code_list:
            records[f"{f.name}_label"] = records[f.name].map(
                lambda code, codes=f.code_list: codes.label(code) if code else None)
    if scope:  # the regional calendar's columns after the schema's
        records["delivered_by"] = "Kusel"
        records["members"] = np.where(records.index % 3 == 0, "kusel, sankt-wendel", "kusel")
    assert len(records) > 100
    _same(records, schema, tmp_path, exported_fields(schema, scope))


def _hostile_events() -> pd.DataFrame:
    """Events as no clerk means to deliver them: formulas, markup, every kind of whitespace
    at the ends, umlauts and ß (also as the last letter), texts longer than a cell holds,
    missing values of every kind, texts where numbers belong, dates at the edges of years,
    of Excel's calendar (its 29 February 1900) and of summer time, ties in the sort order.
    (An empty text is an empty text cell, `<is><t></t></is>`, where openpyxl leaves out
    `<is>`: not compared.)"""
    texts = ["=1+1", "=HYPERLINK(\"http://127.0.0.1:9/\";\"x\")", "+49 631 1234", "-2+3", "@SUMME(A1)",
             "<b>fett</b> & mehr", "Zeile\r\nzwei\tTab", " vorn", "hinten ", "\u00a0geschützt\u00a0",
             "\u3000Ideogramm", "Ende\u2028", "Fuß", "Straße", "Ärger über Öl", "ß" * 40_000,
             "x" * 32_767 + "abgeschnitten", None, np.nan, pd.NA, 17, 3.5, "Ende"]
    starts = [pd.Timestamp("2026-12-31 22:59:59", tz="UTC"), pd.Timestamp("2026-12-31 23:00", tz="UTC"),
              pd.Timestamp("2027-03-28 00:59", tz="UTC"), pd.Timestamp("2027-03-28 01:00", tz="UTC"),
              pd.Timestamp("2027-10-31 00:30", tz="UTC"), pd.Timestamp("2027-10-31 01:30", tz="UTC"),
              pd.Timestamp("1900-02-28 12:00", tz="UTC"), pd.Timestamp("1900-03-01 12:00", tz="UTC"),
              pd.Timestamp("2026-07-01 18:00:00.123456", tz="UTC"), pd.NaT]
    rows = len(texts)
    # Numbers among the titles would sort before the texts in pandas, in Arrow as texts; the
    # warehouse's text columns hold texts only.
    titles = [str(text) if isinstance(text, (int, float)) and not pd.isna(text) else text
              for text in texts]
    frame = pd.DataFrame({"title": pd.Series(titles, dtype=object),
                          "description": pd.Series(texts[::-1], dtype=object),
                          "venue": pd.Series(["Halle"] * rows, dtype=object),
                          "start": pd.Series([starts[n % len(starts)] for n in range(rows)]),
                          "end": pd.Series([pd.NaT] * rows, dtype="datetime64[us, UTC]"),
                          "all_day": pd.Series([True, False, None] * (rows // 3) + [None] * (rows % 3),
                                               dtype="boolean"),
                          "price_eur": [0.1 + 0.2, 1e17, -3.0, np.nan, 1 / 3, np.inf] * (rows // 6)
                          + [2.5] * (rows % 6)})
    frame.loc[[2, 3, 4], "start"] = starts[0]  # ties in start: sorted by title, then as they came
    frame.loc[[5, 6], ["start", "title"]] = [starts[1], "Gleich"]
    for f in exported_fields(load_schema("events")):  # the other columns: empty, or a text
        if f.name not in frame:
            frame[f.name] = pd.Series([None, "07336", "Kusel"][len(f.name) % 3], index=frame.index,
                                      dtype=object) if f.type == "string" else None
    return frame


def test_hostile_values_read_as_cell_by_cell(tmp_path):
    _same(_hostile_events(), load_schema("events"), tmp_path)


def test_texts_longer_than_a_cell_are_cut_to_32767_characters(tmp_path):
    schema = load_schema("events")
    path = write_xlsx(_hostile_events(), schema, exported_fields(schema), tmp_path / "lang.xlsx", ABOUT)
    texts = [value for row in opened(path)[0][4] for _, value, *_ in row if isinstance(value, str)]
    assert "ß" * 32_767 in texts and "x" * 32_767 in texts


def test_control_characters_are_refused_as_openpyxl_refuses_them(tmp_path):
    schema = load_schema("events")
    frame = _hostile_events()
    frame.loc[4, "description"] = "Klingel\x07"
    with pytest.raises(IllegalCharacterError):
        WriteOnlyCell(Workbook(write_only=True).create_sheet("x"), value="Klingel\x07")
    with pytest.raises(IllegalCharacterError):
        write_xlsx(frame, schema, exported_fields(schema), tmp_path / "neu.xlsx", ABOUT)
    assert not list(tmp_path.glob("*neu.xlsx*"))  # no half-written file left


def test_the_sheet_is_deflated_and_reads_back_intact(tmp_path):
    schema = load_schema("events")
    path = write_xlsx(_hostile_events(), schema, exported_fields(schema), tmp_path / "v.xlsx", ABOUT)
    with zipfile.ZipFile(path) as book:
        assert book.testzip() is None  # every entry's CRC matches what it unpacks to
        assert {entry.compress_type for entry in book.infolist()} == {zipfile.ZIP_DEFLATED}
        sheet = book.getinfo("xl/worksheets/sheet1.xml")
        assert sheet.compress_size < sheet.file_size / 3


def test_the_sheet_size_that_decides_zip64_is_that_of_the_rows_written():
    """ZIP64 is chosen before the sheet is streamed, from its size reckoned in advance (as
    zipfile chooses it for a sheet written whole): that size must be the written one."""
    schema = load_schema("events")
    columns = spreadsheet_columns(schema, exported_fields(schema))
    frame = _hostile_events()
    template = "".join(f'<c r="{get_column_letter(n)}2" s="{n}" t="n">'
                       for n in range(1, len(columns) + 1))
    cells = _sheet_cells(frame, row_order(frame, schema), columns, template)
    assert _xml_size(cells) == sum(len(part) for part in _sheet_rows(cells))
