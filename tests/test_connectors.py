import json
from pathlib import Path

import icalendar
import openpyxl
import pytest

from connectors import DeliveryError, connector_for, csv_excel, read_delivery
from connectors.delivery import ROW_PROBLEMS, names_id

from support.cli import XPLAN_SAMPLES

REAL = Path(__file__).parent / "data"


def test_csv_in_windows_1252_with_semicolons_and_quoted_line_breaks(tmp_path):
    path = tmp_path / "angebote.csv"
    path.write_bytes('Titel;Beschreibung;Preis\n"Grünlandwalze";"Zeile eins\nZeile zwei";12,50\n'
                     'Holzspalter;;30\n'.encode("cp1252"))
    delivery = read_delivery(path, "csv", {})
    assert delivery.columns == ["Titel", "Beschreibung", "Preis"]
    assert delivery.rows[0]["Titel"] == "Grünlandwalze"
    assert delivery.rows[0]["Beschreibung"] == "Zeile eins\nZeile zwei"
    # each record where it starts, and the row Excel shows it in
    assert delivery.refs == ["Zeile 2", "Zeile 4, in Excel Zeile 3"]


def test_a_record_with_line_breaks_is_found_at_its_first_line():
    """A real delivery (Berlin's Christmas markets, tests/data/berlin-weihnachtsmaerkte): the
    organiser and opening hours span several lines, so the rows start on lines 2, 7, 10, 13,
    14 and 18 – the line a data office opens in a text editor to correct a rejected row. Excel
    shows each record in one row, 2 to 7: the reference names both (before, only the line, and
    a clerk in Excel corrected row 7 for a problem of row 3)."""
    path = REAL / "berlin-weihnachtsmaerkte" / "weihnachtsmaerkte-auszug.csv"
    starts = ["Zeile 2", "Zeile 7, in Excel Zeile 3", "Zeile 10, in Excel Zeile 4",
              "Zeile 13, in Excel Zeile 5", "Zeile 14, in Excel Zeile 6", "Zeile 18, in Excel Zeile 7"]
    by_arrow, by_csv_module = read_delivery(path, "csv", {}), csv_excel.read_rows(path, {})
    assert by_arrow.refs == by_csv_module.refs == starts
    rows = list(by_arrow.rows)
    assert [row["id"] for row in rows] == ["10", "12", "14", "22", "156", "70"]
    assert rows[0]["veranstalter"] == "Johannisches Sozialwerk e.V.\r\nTel.: 89 68 80, Fax: 89 68 81 85"
    assert rows[4]["oeffnungszeiten"] == "Mo-Do 12:00-21:00\nFr 12:00-22:30\nSa. 11:00-22:30\nSo 11:00-21:00"
    assert rows[5]["bezirk"] == "Neukölln" and rows[3]["strasse"] == "Preußenallee 17-19"


def test_csv_utf8_with_bom(tmp_path):
    path = tmp_path / "x.csv"
    path.write_bytes("Straße;Ort\nMühlenweg;Saarbrücken\n".encode("utf-8-sig"))
    delivery = read_delivery(path, "csv", {})
    assert delivery.columns == ["Straße", "Ort"] and delivery.rows[0]["Ort"] == "Saarbrücken"


def test_xlsx_keeps_typed_cells_and_excel_row_numbers(tmp_path):
    from datetime import datetime
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Titel", "Beginn", "Preis"])
    sheet.append(["Konzert", datetime(2026, 12, 5, 19, 30), 12.5])
    sheet.append([None, None, None])
    sheet.append(["Markt", datetime(2026, 12, 6, 8, 0), 0])
    book.save(tmp_path / "v.xlsx")
    delivery = read_delivery(tmp_path / "v.xlsx", "xlsx", {})
    assert [row["Titel"] for row in delivery.rows] == ["Konzert", "Markt"]
    assert delivery.rows[0]["Beginn"] == datetime(2026, 12, 5, 19, 30)
    assert delivery.refs == ["Zeile 2", "Zeile 4"]


def test_geojson_with_legacy_crs_member(tmp_path):
    document = {"type": "FeatureCollection",
                "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::25832"}},
                "features": [{"type": "Feature", "properties": {"planname": "Am Rhein"},
                              "geometry": {"type": "Point", "coordinates": [385000, 5602000]}},
                             {"type": "Feature", "properties": {"planname": "kaputt"},
                              "geometry": {"type": "Polygon", "coordinates": "x"}}]}
    path = tmp_path / "p.geojson"
    path.write_text(json.dumps(document), encoding="utf-8")
    delivery = read_delivery(path, "geojson", {})
    assert delivery.crs == "EPSG:25832"
    assert delivery.geometries[0].x == 385000
    assert delivery.geometries[1] is None and delivery.rows[1][ROW_PROBLEMS][0][0] == "geometry"


def test_icalendar_events_with_location_parts_and_all_day(tmp_path):
    calendar = icalendar.Calendar()
    event = icalendar.Event()
    event.add("uid", "e-1")
    event.add("summary", "Adventsmarkt")
    event.add("dtstart", __import__("datetime").date(2026, 12, 5))
    event.add("location", "Stiftsplatz, Marktstraße 12a, 67655 Kaiserslautern")
    event.add("categories", ["Markt"])
    event.add("geo", (49.444, 7.769))
    calendar.add_component(event)
    path = tmp_path / "k.ics"
    path.write_bytes(calendar.to_ical())
    row = read_delivery(path, "ical", {}).rows[0]
    assert row["title"] == "Adventsmarkt" and row["all_day"] is True
    assert (row["venue"], row["street"], row["housenumber"]) == ("Stiftsplatz", "Marktstraße", "12a")
    assert (row["postcode"], row["place"], row["category"]) == ("67655", "Kaiserslautern", "Markt")
    assert (row["y"], row["x"]) == (49.444, 7.769)


@pytest.mark.parametrize("name, version_crs", [("BPlan002_5-4.gml", "EPSG:25832"),
                                               ("BP_6.0.gml", "EPSG:25832"),
                                               ("xplan51.gml", "EPSG:25833")])
def test_real_xplangml_plans(name, version_crs):
    delivery = read_delivery(XPLAN_SAMPLES / name, "xplan", {})
    assert delivery.crs == version_crs
    row = delivery.rows[0]
    assert row["plan_type"] == "1000" and row["plan_ags"]
    assert ROW_PROBLEMS not in row
    assert delivery.geometries[0].area > 1000  # square metres in a metric CRS


def test_xplangml_with_schema_error_is_rejected_naming_the_element():
    delivery = read_delivery(XPLAN_SAMPLES / "BP_6.0_syntaxErrors.gml", "xplan", {})
    field, reason = delivery.rows[0][ROW_PROBLEMS][0]
    assert field == "plan_type"
    assert "xplan:planArt fehlt" in reason and "xplan:planArtCode (Zeile 46)" in reason


@pytest.mark.parametrize("content, connector, expected", [
    (b"", "csv", "leer"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "csv", "keine Textdatei"),
    (b"<?xml version='1.0'?><xplan:XPlanAuszug xmlns:xplan='http://www.xplanung.de/xplangml/5/4'><gml:feat",
     "xplan", "Kein wohlgeformtes XML"),
    (b"{\"type\": \"FeatureCollection\", \"features\": [", "geojson", "Kein gültiges JSON"),
    (b"kein excel", "xlsx", "Keine gültige Excel-Datei"),
])
def test_unusable_files_raise_a_german_reason(tmp_path, content, connector, expected):
    path = tmp_path / "lieferung.dat"
    path.write_bytes(content)
    with pytest.raises(DeliveryError) as error:
        read_delivery(path, connector, {})
    assert expected in str(error.value) and "lieferung.dat" in str(error.value)


def test_connector_is_chosen_by_file_suffix(tmp_path):
    assert connector_for(tmp_path / "a.GML") == "xplan"
    with pytest.raises(DeliveryError, match="Unbekanntes Dateiformat"):
        connector_for(tmp_path / "a.pdf")


def test_a_reference_names_an_id_only_as_a_whole_word_beside_its_counts():
    """The counts of a reference („Zeile 12“, „Objekt 2“, „VEVENT 1“ and the line in its
    brackets) are no ids: the member's own id is added to the reference unless it stands there."""
    assert names_id("Objekt 2 (id 2)", "2") and names_id("VEVENT 1 (UID 7, Zeile 5)", "7")
    assert names_id("Veranstaltung 3 (https://example.org/termin/9)", "https://example.org/termin/9")
    assert not names_id("Zeile 2", "2") and not names_id("Zeile 12", "1")
    assert not names_id("Objekt 3 (id 12)", "1") and not names_id("VEVENT 1 (UID 7, Zeile 5)", "5")


@pytest.mark.parametrize("name, expected", [
    ("leerstand-mayen-koblenz.xlsx", "Excel-Arbeitsmappe (.xlsx)"),
    ("leerstand-mayen-koblenz.ods", "OpenDocument-Tabelle (.ods)"),
])
def test_a_workbook_read_as_csv_is_named_as_the_workbook_it_is(tmp_path, name, expected):
    """A source configured as CSV that gets a real workbook (saved under .csv, or the source's
    connector not changed when the member changed the format): the reason names what the file
    is, not a character set it is not in."""
    path = tmp_path / "leerstand.csv"
    path.write_bytes((Path(__file__).parent / "data" / "mayen-koblenz-sachbearbeitung" / name).read_bytes())
    for encoding in ("cp1252", None):
        with pytest.raises(DeliveryError) as error:
            read_delivery(path, "csv", {"encoding": encoding} if encoding else {})
        assert expected in str(error.value) and "leerstand.csv" in str(error.value)
        assert "Zeichensatz" not in str(error.value)
