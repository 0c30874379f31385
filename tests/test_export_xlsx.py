"""The XLSX export writes its data rows as sheet XML (a million rows in seconds) from the export
table (`geoarrow_table` of the records); opened in openpyxl the file must show exactly what the
cell-by-cell workbook of the records shows (`support.xlsx_reference`): values, types, number
formats, header, widths, filter, pane, and the rows beyond a sheet's limit on further sheets."""
import re
import zipfile
from datetime import date, datetime
from xml.etree import ElementTree

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
import shapely
from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import IllegalCharacterError

from pipelines.core.database import connect
from pipelines.core.settings import Settings
from pipelines.export.files import exported_fields
from pipelines.export.metadata import CLUSTER_SCOPE
from pipelines.export.cell_xml import LARGE, joined_once, rows_size
from pipelines.export.sheet_rows import sheet_rows
from pipelines.export.spreadsheet import (EXCEL_ROWS, _sheet_cells, _sheet_part, row_order,
                                          sheet_counts, spreadsheet_columns,
                                          write_xlsx)
from pipelines.export.values import ROWS_AT_ONCE
from pipelines.storage.lake import geoarrow_table
from schemas import DATASET_KEYS, load_schema
from support.sheet_rows_reference import reference_rows
from support.xlsx_reference import opened, reference_xlsx

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
ABOUT = {"title": "Leerstand", "description": "Test", "publisher": "Landkreis Kusel",
         "license_title": "DL-DE-BY 2.0",
         "license": "http://dcat-ap.de/def/licenses/dl-by-de/2.0", "attribution": ["GeoNames"]}


def _table(frame, schema, fields=None):
    """The export table of the records, as the export makes it."""
    return geoarrow_table(frame if "geometry" in frame else frame.assign(geometry=None), schema,
                          fields or exported_fields(schema))


def _same(frame, schema, tmp_path, fields=None, rows_per_sheet=EXCEL_ROWS - 1):
    fields = fields or exported_fields(schema)
    new = write_xlsx(_table(frame, schema, fields), schema, fields, tmp_path / "neu.xlsx", ABOUT,
                     rows_per_sheet)
    old = reference_xlsx(frame, schema, fields, tmp_path / "alt.xlsx", ABOUT, rows_per_sheet)
    assert opened(new) == opened(old)
    return new


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


def _warehouse_records(data_dir, schema):
    """The records of a dataset in the warehouse, with the labels of their codes."""
    settings = Settings(data_dir=data_dir, config_path=Settings.from_env().config_path)
    with connect(settings.warehouse_path, read_only=True) as connection:
        records = connection.execute(f"SELECT * EXCLUDE (geometry) FROM {schema.key}").df()
    for f in schema.publishable_fields:
        if f.code_list:
            records[f"{f.name}_label"] = records[f.name].map(
                lambda code, codes=f.code_list: codes.label(code) if code else None)
    return records


@pytest.mark.parametrize("dataset", DATASET_KEYS)
def test_the_demos_records_read_as_cell_by_cell(demo_run, tmp_path, dataset):
    """Every sample delivery of the demo, all members together."""
    schema = load_schema(dataset)
    records = _warehouse_records(demo_run[0], schema)
    assert len(records) > 50
    _same(records, schema, tmp_path)


@pytest.mark.parametrize("scope", [None, CLUSTER_SCOPE])
def test_the_sample_events_read_as_cell_by_cell(kusel_events, tmp_path, scope):
    schema = load_schema("events")
    records = _warehouse_records(kusel_events.data_dir, schema)
    if scope:  # the regional calendar's columns after the schema's
        records["delivered_by"] = "Kusel"
        records["members"] = np.where(records.index % 3 == 0, "kusel, sankt-wendel", "kusel")
    assert len(records) > 100
    _same(records, schema, tmp_path, exported_fields(schema, scope))


def _hostile_events() -> pd.DataFrame:
    """Events as no clerk means to deliver them: formulas, markup, every kind of whitespace
    at the ends, umlauts, ß and emoji (also as the last letter), texts longer than a cell holds,
    missing values of every kind, texts where numbers belong, dates at the edges of years,
    of Excel's calendar (its 29 February 1900) and of summer time, summer after 2037, ties in
    the sort order.
    (An empty text is an empty text cell, `<is><t></t></is>`, where openpyxl leaves out
    `<is>`: not compared.)"""
    texts = ["=1+1", "=HYPERLINK(\"http://127.0.0.1:9/\";\"x\")", "+49 631 1234", "-2+3", "@SUMME(A1)",
             "<b>fett</b> & mehr", "Zeile\r\nzwei\tTab", " vorn", "hinten ", "\u00a0geschützt\u00a0",
             "\u3000Ideogramm", "Ende\u2028", "Fuß", "Straße", "Ärger über Öl 👍🏽", "ß" * 40_000,
             "x" * 32_767 + "abgeschnitten", None, np.nan, pd.NA, 17, 3.5, "Ende 🎉"]
    starts = [pd.Timestamp("2026-12-31 22:59:59", tz="UTC"), pd.Timestamp("2026-12-31 23:00", tz="UTC"),
              pd.Timestamp("2027-03-28 00:59", tz="UTC"), pd.Timestamp("2027-03-28 01:00", tz="UTC"),
              pd.Timestamp("2027-10-31 00:30", tz="UTC"), pd.Timestamp("2027-10-31 01:30", tz="UTC"),
              pd.Timestamp("1900-02-28 12:00", tz="UTC"), pd.Timestamp("1900-03-01 12:00", tz="UTC"),
              pd.Timestamp("2026-07-01 18:00:00.123456", tz="UTC"), pd.NaT,
              pd.Timestamp("2041-07-20 16:00", tz="UTC")]  # after Arrow's rules of the zone (2037)
    rows = len(texts)
    # The warehouse's text columns hold texts only (numbers among them as their text).
    texts = [str(text) if isinstance(text, (int, float)) and not pd.isna(text) else text
             for text in texts]
    frame = pd.DataFrame({"title": pd.Series(texts, dtype=object),
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


@pytest.mark.parametrize("times", [1, 3])
def test_hostile_values_read_as_cell_by_cell(tmp_path, times):
    """Once, the texts that differ row by row stay in their cells; three times over, every
    text repeats and goes into the shared strings."""
    _same(_repeated(_hostile_events(), times), load_schema("events"), tmp_path)


def _repeated(frame: pd.DataFrame, times: int) -> pd.DataFrame:
    return pd.concat([frame] * times, ignore_index=True)


def test_repeated_texts_are_shared_strings_each_once_named_by_the_package(tmp_path):
    schema = load_schema("events")
    path = write_xlsx(_table(_repeated(_hostile_events(), 3), schema), schema,
                      exported_fields(schema), tmp_path / "geteilt.xlsx", ABOUT)
    with zipfile.ZipFile(path) as book:
        types = book.read("[Content_Types].xml").decode()
        relations = book.read("xl/_rels/workbook.xml.rels").decode()
        strings = ElementTree.fromstring(book.read("xl/sharedStrings.xml"))
        cells = list(ElementTree.fromstring(book.read("xl/worksheets/sheet1.xml")).iter(f"{MAIN}c"))
    assert ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>') in types
    assert re.search(r'relationships/sharedStrings" Target="sharedStrings.xml" Id="rId\d+"',
                     relations)
    ids = re.findall(r'Id="(\w+)"', relations)
    assert len(ids) == len(set(ids))
    texts = ["".join(entry.itertext()) for entry in strings]
    assert len(texts) == len(set(texts)) == int(strings.get("uniqueCount"))
    shared = [cell for cell in cells if cell.get("t") == "s"]
    assert {"ja", "nein", "Halle", "=1+1", "Fuß", "ß" * 32_767} <= set(texts)
    assert int(strings.get("count")) == len(shared)
    assert not [cell for cell in cells if cell.get("t") == "inlineStr" and _below_header(cell)]


def _below_header(cell) -> bool:
    return cell.get("r").lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "1"


def test_texts_that_differ_row_by_row_stay_in_their_cells(tmp_path):
    schema = load_schema("events")
    path = write_xlsx(_table(_hostile_events(), schema), schema, exported_fields(schema),
                      tmp_path / "einzeln.xlsx", ABOUT)
    with zipfile.ZipFile(path) as book:
        cells = ElementTree.fromstring(book.read("xl/worksheets/sheet1.xml")).iter(f"{MAIN}c")
        kinds = {(cell.get("r").rstrip("0123456789"), cell.get("t")) for cell in cells
                 if _below_header(cell)}
    assert ("A", "inlineStr") in kinds and ("A", "s") not in kinds  # the titles
    assert ("D", "s") in kinds  # the venue, „Halle“ in every row


def test_texts_longer_than_a_cell_are_cut_to_32767_characters(tmp_path):
    schema = load_schema("events")
    path = write_xlsx(_table(_hostile_events(), schema), schema, exported_fields(schema),
                      tmp_path / "lang.xlsx", ABOUT)
    texts = [value for row in opened(path)[0][4] for _, value, *_ in row if isinstance(value, str)]
    assert "ß" * 32_767 in texts and "x" * 32_767 in texts


def test_a_cell_holds_at_most_32767_utf16_units_never_half_an_emoji(tmp_path):
    """Excel counts a text in UTF-16 units, two for an emoji: 20,000 Christmas trees are
    40,000 of them (though only 20,000 characters) and must be cut; a pair is never split."""
    schema = load_schema("events")
    frame = _hostile_events()
    frame.loc[0, "description"] = "🎄" * 20_000
    frame.loc[1, "description"] = "x" + "🎄" * 20_000
    path = write_xlsx(_table(frame, schema), schema, exported_fields(schema),
                      tmp_path / "baeume.xlsx", ABOUT)
    texts = [value for row in opened(path)[0][4] for _, value, *_ in row
             if isinstance(value, str) and "🎄" in value]
    units = lambda text: len(text.encode("utf-16-le")) // 2
    assert sorted(texts, key=len) == ["🎄" * 16_383, "x" + "🎄" * 16_383]
    assert [units(text) for text in sorted(texts, key=len)] == [32_766, 32_767]


@pytest.mark.parametrize("times", [1, 3])
def test_control_characters_are_refused_as_openpyxl_refuses_them(tmp_path, times):
    schema = load_schema("events")
    frame = _hostile_events()
    frame.loc[4, "description"] = "Klingel\x07"
    frame = _repeated(frame, times)  # in the cells, or in the shared strings
    with pytest.raises(IllegalCharacterError):
        WriteOnlyCell(Workbook(write_only=True).create_sheet("x"), value="Klingel\x07")
    with pytest.raises(IllegalCharacterError):
        write_xlsx(_table(frame, schema), schema, exported_fields(schema), tmp_path / "neu.xlsx",
                   ABOUT)
    assert not list(tmp_path.glob("*neu.xlsx*"))  # no half-written file left


def test_the_sheet_is_deflated_and_reads_back_intact(tmp_path):
    schema = load_schema("events")
    path = write_xlsx(_table(_hostile_events(), schema), schema, exported_fields(schema),
                      tmp_path / "v.xlsx", ABOUT)
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
    table = _table(_hostile_events(), schema)
    template = "".join(f'<c r="{get_column_letter(n)}2" s="{n}" t="n">'  # and the showings'
                       for n in range(1, len(columns) + 4))
    cells, _ = _sheet_cells(table, row_order(table, schema), columns, template)
    cells = joined_once(cells)
    for first, count in [(0, len(table)), (5, 10), (len(table), 0)]:
        rows = _sheet_part(cells, first, count)
        assert rows_size(rows) == sum(len(part) for part in sheet_rows(rows))


def _rows_as_joined_before(table, schema, fields):
    """The rows' XML is that of the cells joined piece by piece in every row
    (`support.sheet_rows_reference`), byte for byte: all rows, some from within, none, and
    those reaching into a second batch."""
    columns = spreadsheet_columns(schema, fields)
    template = "".join(f'<c r="{get_column_letter(n)}2" s="{n}" t="n">'  # and the showings'
                       for n in range(1, len(columns) + 4))
    cells, _ = _sheet_cells(table, row_order(table, schema), columns, template)
    prepared = joined_once(cells)
    for first, count in [(0, len(table)), (5, 10), (len(table), 0), (1, ROWS_AT_ONCE + 3)]:
        count = min(count, len(table) - first)
        rows = sheet_rows(_sheet_part(prepared, first, count))
        assert b"".join(part.to_pybytes() for part in rows) == reference_rows(cells, first, count)


def test_rows_with_cells_missing_here_and_there_are_the_bytes_joined_piece_by_piece():
    """Cells missing in a column of texts each different (read out in row order once, then
    taken in batches), in one of repeating texts, a column without any cell and one without
    gaps: the rows are those joined piece by piece, from the first row and from within, over
    more than a batch."""
    rows = ROWS_AT_ONCE + 7
    numbers = np.arange(rows)
    each = pa.DictionaryArray.from_arrays(  # in another order than the rows, as reading order
        pa.array(np.random.default_rng(5).permutation(rows), pa.uint64(), mask=numbers % 3 == 0),
        pa.array([f"Titel {n} &amp; <b>{n}</b>" for n in range(rows)], LARGE))
    repeating = pa.DictionaryArray.from_arrays(pa.array(numbers % 4, pa.int8(), mask=numbers % 5 == 1),
                                               pa.array(["0", "1", "2", "3"], LARGE))
    without = pa.DictionaryArray.from_arrays(pa.nulls(rows, pa.int8()), pa.array([], LARGE))
    plain = pa.DictionaryArray.from_arrays(pa.array(numbers % 2, pa.int8()),
                                           pa.array(["ja", "nein"], LARGE))
    cells = [('<c r="A', '" t="inlineStr"><is><t>', each, "</t></is></c>"),
             ('<c r="B', '" t="s"><v>', repeating, "</v></c>"), ('<c r="C', "", without, ""),
             ('<c r="D', '" s="3"><v>', plain, "</v></c>")]
    for first, count in [(0, rows), (5, 10), (1, rows - 1), (rows, 0)]:
        written = sheet_rows(_sheet_part(cells, first, count))
        assert b"".join(part.to_pybytes() for part in written) == reference_rows(cells, first, count)


@pytest.mark.parametrize("times", [1, 3, 500])
def test_hostile_rows_are_the_bytes_joined_piece_by_piece(times):
    """Once, texts each different stay as they are; three times, contents repeat and are
    joined to their XML once; 500 times, more rows than a batch."""
    schema = load_schema("events")
    _rows_as_joined_before(_table(_repeated(_hostile_events(), times), schema), schema,
                           exported_fields(schema))


@pytest.mark.parametrize("scope", [None, CLUSTER_SCOPE])
def test_the_sample_events_rows_are_the_bytes_joined_piece_by_piece(kusel_events, scope):
    schema = load_schema("events")
    records = _warehouse_records(kusel_events.data_dir, schema)
    if scope:
        records["delivered_by"] = "Kusel"
        records["members"] = np.where(records.index % 3 == 0, "kusel, sankt-wendel", "kusel")
    fields = exported_fields(schema, scope)
    _rows_as_joined_before(_table(records, schema, fields), schema, fields)


def test_a_sheet_holds_as_many_rows_as_excel_opens_the_rest_go_on_further_sheets():
    assert sheet_counts(0) == [0]
    assert sheet_counts(EXCEL_ROWS - 1) == [EXCEL_ROWS - 1]
    assert sheet_counts(EXCEL_ROWS) == [EXCEL_ROWS - 1, 1]
    assert sheet_counts(2 * EXCEL_ROWS) == [EXCEL_ROWS - 1, EXCEL_ROWS - 1, 2]


@pytest.mark.parametrize("rows_per_sheet", [10, 23])
def test_rows_beyond_a_sheets_limit_go_on_further_sheets_as_cell_by_cell(tmp_path, rows_per_sheet):
    """A small limit stands for Excel's 1,048,575 rows below the header: 23 hostile events
    on sheets of 10 are three sheets of 10, 10 and 3 rows, each with header, widths, filter
    and frozen pane, in reading order across the sheets; 23 fit on one sheet."""
    schema = load_schema("events")
    frame = _hostile_events()
    path = _same(frame, schema, tmp_path, rows_per_sheet=rows_per_sheet)
    *data, notes = opened(path)
    assert [len(rows) - 1 for _, _, _, _, rows in data] == sheet_counts(len(frame), rows_per_sheet)
    names = [title for title, *_ in data]
    assert names == ["Veranstaltungen", "Veranstaltungen (2)", "Veranstaltungen (3)"][:len(data)]
    split = [value for row in notes[4] for _, value, *_ in row if "Tabellenblätter" in value]
    if len(data) == 1:
        assert not split
    else:
        assert split == ["Die 23 Zeilen stehen auf 3 Tabellenblättern („Veranstaltungen“ bis "
                         "„Veranstaltungen (3)“) mit je höchstens 10 Zeilen: mehr fasst ein "
                         "Tabellenblatt in Excel nicht (1.048.576 Zeilen mit der Kopfzeile)."]
    # across the sheets the rows are those of a single sheet, in the same order
    single = opened(write_xlsx(_table(frame, schema), schema, exported_fields(schema),
                               tmp_path / "eins.xlsx", ABOUT))[0][4][1:]
    values = [[value for _, value, *_ in row] for row in single]
    assert [[value for _, value, *_ in row] for _, _, _, _, rows in data for row in rows[1:]] == values


def test_dates_fit_their_columns_and_coordinates_show_seven_decimals(kusel_events, tmp_path):
    """Found with Berlin's market list in LibreOffice: „Beginn“ showed „###“, and Sallgast's
    longitude 13.8180193 showed as 13,818019."""
    schema = load_schema("events")
    records = _warehouse_records(kusel_events.data_dir, schema)
    sheet = load_workbook(_same(records, schema, tmp_path))[schema.title]
    header = {cell.value: cell.column_letter for cell in sheet[1]}
    for f in schema.fields:
        if f.type == "datetime" and f.label in header:
            shown = sheet[f"{header[f.label]}2"].value.strftime("%d.%m.%Y %H:%M")
            assert sheet.column_dimensions[header[f.label]].width > len(shown), f.label
    longitude = sheet[f"{header['Länge (WGS84)']}2"]
    decimals = longitude.number_format.split(".")[1]
    assert len(decimals) == 7, longitude.number_format  # places shown at most


def test_all_day_events_show_their_first_and_last_day_as_dates_as_the_csv_does(tmp_path):
    """An all-day event's stored end is the midnight after its last day (iCalendar's DTEND):
    a one-day Kirmes is 12.09. to 12.09. and a market 26.11. to 22.12. in date cells, not
    „13.09. 00:00“; an event with times keeps them, an all-day one without end has none."""
    berlin = lambda text: pd.Timestamp(text, tz="Europe/Berlin").tz_convert("UTC")
    frame = _hostile_events().iloc[:4].reset_index(drop=True)
    frame["title"] = ["Kirmes", "Weihnachtsmarkt", "Konzert", "Flohmarkt"]
    frame["start"] = [berlin("2027-09-12"), berlin("2015-11-26"), berlin("2027-09-12 19:00"),
                      berlin("2027-06-27")]
    frame["end"] = [berlin("2027-09-13"), berlin("2015-12-23"), berlin("2027-09-12 22:30"), pd.NaT]
    frame["all_day"] = pd.Series([True, True, False, True], dtype="boolean")
    sheet = load_workbook(_same(frame, load_schema("events"), tmp_path)).worksheets[0]
    header = [cell.value for cell in sheet[1]]
    shown = {row[0].value: tuple((row[header.index(name)].value, row[header.index(name)].number_format)
                                 for name in ("Beginn", "Ende"))
             for row in sheet.iter_rows(min_row=2)}
    day, time = "DD.MM.YYYY", "DD.MM.YYYY HH:MM"
    assert shown["Kirmes"] == ((datetime(2027, 9, 12), day), (datetime(2027, 9, 12), day))
    assert shown["Weihnachtsmarkt"] == ((datetime(2015, 11, 26), day), (datetime(2015, 12, 22), day))
    assert shown["Konzert"] == ((datetime(2027, 9, 12, 19), time), (datetime(2027, 9, 12, 22, 30), time))
    assert shown["Flohmarkt"][0] == (datetime(2027, 6, 27), day) and shown["Flohmarkt"][1][0] is None


def test_the_hour_shown_twice_says_which_showing_in_its_cells_alone(tmp_path):
    """In the night of 25.10.2026 the clocks show 02:30 twice: both showed „25.10.2026
    02:30“ with the same number, a citizen could not tell them apart. Their cells say which
    showing is meant, as the CSV does („… (MESZ)“, „… (MEZ)“), in a column wide enough
    for it (else Excel shows „###“); every other cell and column stays as it was."""
    berlin = lambda text: pd.Timestamp(text, tz="Europe/Berlin").tz_convert("UTC")
    schema = load_schema("events")
    frame = _hostile_events().iloc[:5].reset_index(drop=True)
    frame["title"] = ["Sommerfest", "Vorabend", "Erste 02:30", "Zweite 02:30", "Nachtmarkt"]
    frame["start"] = [berlin("2026-07-01 19:00"), berlin("2026-10-24 20:00"),
                      pd.Timestamp("2026-10-25 00:30", tz="UTC"), pd.Timestamp("2026-10-25 01:30", tz="UTC"),
                      berlin("2026-10-25")]
    frame["end"] = frame["start"] + pd.Timedelta(hours=3)
    # an all-day event ending in that hour shows its last day, a date without showing
    frame.loc[4, "end"] = pd.Timestamp("2026-10-25 01:30", tz="UTC")
    frame["all_day"] = pd.Series([False] * 4 + [True], dtype="boolean")
    path = _same(frame, schema, tmp_path)
    sheet = load_workbook(path).worksheets[0]
    header = {cell.value: cell.column_letter for cell in sheet[1]}
    cells = {sheet[f"A{n}"].value: [sheet[f"{header[label]}{n}"] for label in ("Beginn", "Ende")]
             for n in range(2, 7)}
    shown = {title: (start.value, start.number_format) for title, (start, _) in cells.items()}
    assert shown == {"Sommerfest": (datetime(2026, 7, 1, 19), "DD.MM.YYYY HH:MM"),
                     "Vorabend": (datetime(2026, 10, 24, 20), "DD.MM.YYYY HH:MM"),
                     "Erste 02:30": (datetime(2026, 10, 25, 2, 30), 'DD.MM.YYYY HH:MM" (MESZ)"'),
                     "Zweite 02:30": (datetime(2026, 10, 25, 2, 30), 'DD.MM.YYYY HH:MM" (MEZ)"'),
                     "Nachtmarkt": (datetime(2026, 10, 25), "DD.MM.YYYY")}
    assert cells["Nachtmarkt"][1].number_format == "DD.MM.YYYY"
    widths = {label: sheet.column_dimensions[letter].width for label, letter in header.items()}
    assert widths["Beginn"] > len("25.10.2026 02:30 (MESZ)") and widths["Ende"] == 17
    # the rows before, byte for byte as in the workbook with the two events two hours later
    later = frame.assign(start=frame["start"] + pd.Timedelta(hours=2) * (frame.index >= 2))
    before = write_xlsx(_table(later, schema), schema, exported_fields(schema),
                        tmp_path / "vorher.xlsx", ABOUT)
    rows = [re.findall(r'<row r="[23]">.*?</row>', _sheet_xml(each)) for each in (path, before)]
    assert rows[0] == rows[1] and len(rows[0]) == 2


def _sheet_xml(path) -> str:
    with zipfile.ZipFile(path) as book:
        return book.read("xl/worksheets/sheet1.xml").decode()
