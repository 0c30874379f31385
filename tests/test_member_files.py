"""A clerk's pre-check (`swdp check`) of files as spreadsheets save them: a title above the
header, cells merged down a column, dates as Excel's day numbers, prices as price tags, a
second sheet, an .ods file (tests/data/mayen-koblenz-sachbearbeitung, saved by LibreOffice).
Every row is named by its number as the sheet shows it."""
from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from support.cli import swdp_in_process

FILES = Path(__file__).parent / "data" / "mayen-koblenz-sachbearbeitung"
TITLE = ("Die Spaltennamen stehen in Zeile 3; Zeilen 1 und 2 darüber („Leerstandskataster "
         "Landkreis Mayen-Koblenz – Stand 1.12.2026“) wurden als Überschrift übergangen")


def _check(tmp_path, name: str, dataset: str) -> dict:
    result = swdp_in_process("check", str(FILES / name), "-d", dataset, "-m", "mayen-koblenz",
                             "--json", data_dir=tmp_path / "data")
    assert result.returncode in (0, 1), result.stdout + result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize("name", ["leerstand-mayen-koblenz.xlsx", "leerstand-mayen-koblenz.ods"])
def test_a_workbook_with_a_title_merged_places_and_day_numbers_is_read_as_she_sees_it(tmp_path, name):
    """Before: „Tabellenblatt „Leerstand“ hat keine Spaltennamen, nur den Text
    „Leerstandskataster …“ – … weitere: „Erläuterungen““ (the data sheet taken for a notes
    sheet), and the .ods not read at all."""
    report = _check(tmp_path, name, "vacancies")
    assert (report["read"], report["valid"], report["rejected"]) == (4, 3, 1)
    # row 6 as the sheet numbers it, under her column name
    assert [(p["row_ref"], p["field_label"], p["value"]) for p in report["problems"]] == [
        ("Zeile 6 (ObjNr MYK-LS-0103)", "Leerstand seit [Leer seit]", "Sommer 2021")]
    assert TITLE in report["notes"]
    # „Andernach“ merged over H4:H5 places the café in row 5 too
    assert ("Verbundene Zellen (H4:H5): der Wert gilt für jede Zeile des Bereichs und wurde in "
            "jede übernommen") in report["notes"]
    # the row she hid is delivered all the same: she is told
    assert ("Zeile 7 ist in der Tabelle ausgeblendet (oder weggefiltert) und wird trotzdem "
            "übernommen – was nicht veröffentlicht werden soll, bitte löschen") in report["notes"]


def test_the_same_list_as_csv_reads_the_day_numbers_and_names_the_days(tmp_path):
    """Saved as CSV (Windows-1252, `;`) the title and the empty row stay above the header.
    Before: „Spalten passen nicht zu Leerstand … geliefert: „Leerstandskataster …“, „“, „“ …“.
    A CSV cannot say that cells were merged; its day numbers are read as in the Excel file
    (`pipelines.ingest.day_numbers`), and a note names the days."""
    report = _check(tmp_path, "leerstand-mayen-koblenz.csv", "vacancies")
    assert (report["read"], report["rejected"]) == (4, 2)
    problems = {p["row_ref"]: p for p in report["problems"]}
    assert "Zeile 4 (ObjNr MYK-LS-0101)" not in problems
    assert problems["Zeile 5 (ObjNr MYK-LS-0102)"]["reason"] == "Pflichtfeld „Ort“ ist leer – bitte ausfüllen"
    assert TITLE in report["notes"]
    assert ("„Leerstand seit [Leer seit]“: Excel-Tagesnummer als Datum gelesen – Zeile 4: "
            "„46204“ ist der 01.07.2026; Zeile 7: „45292“ ist der 01.01.2024. Die Zellen sind in "
            "Excel nicht als Datum formatiert; bitte prüfen, ob das die gemeinten Tage sind, und "
            "die Spalte als Datum (TT.MM.JJJJ) formatieren") in report["notes"]


def test_events_with_a_title_day_numbers_and_price_tags_are_all_taken(tmp_path):
    """Before: row 5 (Excel's day number 46361) and row 7 („15,– €“, the dash LibreOffice and
    Word make of „15,-“) were rejected, and without the title fix the file was unusable."""
    report = _check(tmp_path, "veranstaltungen-mayen-koblenz.xlsx", "events")
    assert (report["read"], report["valid"]) == (5, 5), report["problems"]
    assert report["notes"] == [
        "„Beginn“: Excel-Tagesnummer als Datum gelesen – Zeile 5: „46361“ ist der 05.12.2026. "
        "Die Zellen sind in Excel nicht als Datum formatiert; bitte prüfen, ob das die gemeinten "
        "Tage sind, und die Spalte als Datum (TT.MM.JJJJ) formatieren",
        "Die Spaltennamen stehen in Zeile 2; Zeile 1 darüber („Veranstaltungskalender Dezember“) "
        "wurde als Überschrift übergangen"]


def test_day_numbers_and_dashed_euros_are_read_as_meant():
    from datetime import date, datetime, timezone

    from pipelines.ingest.dates import read_date, read_instant
    from pipelines.ingest.numbers import read_decimal

    assert read_date(46204) == date(2026, 7, 1)
    # a fraction of a day is its time (19:30 in Berlin, 18:30 UTC in winter)
    assert read_instant(46361.8125) == datetime(2026, 12, 5, 18, 30, tzinfo=timezone.utc)
    # a year is no day number
    with pytest.raises(Exception, match="„2021“ ist kein gültiges Datum"):
        read_date(2021)
    assert float(read_decimal("15,– €", True)) == 15
    assert float(read_decimal("15,—", True)) == 15


def test_a_header_in_row_1_is_read_as_before_and_a_one_column_file_still_says_so(tmp_path):
    from connectors import read_delivery

    plain = tmp_path / "liste.csv"
    plain.write_text("Titel;Beginn;Ort\nKerwe;05.09.2027 18:00;Kusel\n", encoding="cp1252")
    delivery = read_delivery(plain, "csv")
    assert delivery.refs == ["Zeile 2"] and delivery.notes == []
    below_a_gap = tmp_path / "luecke.csv"
    below_a_gap.write_text("\nTitel;Beginn;Ort\nKerwe;05.09.2027 18:00;Kusel\n", encoding="cp1252")
    delivery = read_delivery(below_a_gap, "csv")
    assert delivery.refs == ["Zeile 3"]
    assert delivery.notes == ["Die Spaltennamen stehen in Zeile 2; die leere Zeile 1 darüber wurde "
                              "übergangen"]
    lonely = tmp_path / "eine-spalte.csv"
    lonely.write_text("Veranstaltungen\nKerwe\nMarkt\n", encoding="utf-8")
    with pytest.raises(Exception, match="Nur eine Spalte erkannt"):
        read_delivery(lonely, "csv")


def test_the_rejected_rows_as_csv_open_in_german_excel_with_umlauts_and_no_formulas(tmp_path, settings):
    """`swdp check --csv` and the report written at ingestion (`reports/<member>/<dataset>.csv`)
    list the rejected rows for Excel: UTF-8 with BOM, `;`, CRLF; a delivered „=1+1“ stays text.
    Before there was no such list: the HTML page was all a clerk could open."""
    from pipelines.quality.report import report_path, write_report

    delivery = tmp_path / "veranstaltungen.csv"
    delivery.write_bytes("Titel;Beginn;Ort\nKerwe in Kärlich;=1+1;Mülheim-Kärlich\n"
                         "Markt;05.12.2026 11:00;Mendig\n".encode("cp1252"))
    listed = tmp_path / "abgewiesen.csv"
    result = swdp_in_process("check", str(delivery), "-d", "events", "-m", "mayen-koblenz",
                             "--csv", str(listed), "--json", data_dir=tmp_path / "data")
    assert result.returncode == 1, result.stdout + result.stderr
    data = listed.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data.count(b"\r\n") == 2
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0] == "Fundstelle;Feld;Wert;Was zu ändern ist"
    assert lines[1].startswith("Zeile 2;Beginn;'=1+1;") and "„=1+1“" in lines[1]
    # the same list beside the HTML report of an ingestion
    write_report(settings, {**json.loads(result.stdout), "municipality": "mayen-koblenz"})
    assert report_path(settings, "mayen-koblenz", "events", ".csv").read_bytes() == data


def test_the_rejected_rows_as_xlsx_keep_postcodes_and_ranges_as_delivered(tmp_path):
    """German Excel opens the CSV list's „066869“ as 66869 – the very digit she must remove is
    gone – and „3-7“ as 3 July. A CSV cell cannot stay text without a formula („="066869"“),
    so `swdp check --xlsx` writes the list as a workbook of text cells, as the XLSX exports
    keep keys. Before: no such option."""
    from openpyxl import load_workbook

    delivery = tmp_path / "veranstaltungen.csv"
    delivery.write_text("ID;Veranstaltung;Datum;von;PLZ;Ort;Eintritt\n"
                        "0815;Kerwe;05.09.2027;18:00;066869;Kusel;3\n"
                        "0816;Markt;06.09.2027;18:00;66869;Kusel;3-7\n"
                        "0817;Fest;07.09.2027;18:00;66869;Kusel;=1+1\n", encoding="utf-8")
    listed = tmp_path / "abgewiesen.xlsx"
    result = swdp_in_process("check", str(delivery), "-d", "events", "-m", "kusel",
                             "--xlsx", str(listed), data_dir=tmp_path / "data")
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"Abgewiesene Zeilen für Excel: {listed}" in " ".join(result.stdout.split())
    sheet = load_workbook(listed).active
    assert sheet.title == "Abgewiesene Zeilen" and sheet.freeze_panes == "A2"
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0] == ["Fundstelle", "Feld", "Wert", "Was zu ändern ist"]
    assert [row[:3] for row in rows[1:]] == [
        ["Zeile 2 (ID 0815)", "PLZ [Postleitzahl]", "066869"],
        ["Zeile 3 (ID 0816)", "Eintritt [Preis in Euro]", "3-7"],
        ["Zeile 4 (ID 0817)", "Eintritt [Preis in Euro]", "=1+1"]]
    # text cells in text format: Excel shows them as they are and runs no formula
    assert {(cell.data_type, cell.number_format) for row in sheet.iter_rows(min_row=2)
            for cell in row} == {("s", "@")}


def test_a_real_list_saved_as_ods_reads_as_its_excel_file():
    """Berlin's Christmas markets (real data, tests/data/berlin-weihnachtsmaerkte) as
    LibreOffice saves them: the same columns, rows, line breaks, dates and coordinates as the
    Excel file. Before: „Unbekanntes Dateiformat „.ods““."""
    from connectors import connector_for, read_delivery

    real = Path(__file__).parent / "data" / "berlin-weihnachtsmaerkte"
    ods = real / "weihnachtsmaerkte-auszug.ods"
    excel = read_delivery(real / "weihnachtsmaerkte-auszug.xlsx", "xlsx")
    other = read_delivery(ods, connector_for(ods))
    assert (other.columns, other.refs, other.rows) == (excel.columns, excel.refs, excel.rows)
    assert any("\n" in str(value) for row in other.rows for value in row.values())


def _ods(tmp_path, content: str) -> Path:
    """An .ods file with this content.xml, as LibreOffice zips one."""
    import zipfile

    path = tmp_path / "feindlich.ods"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
    return path


_NAMESPACES = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')


def _content(rows: str, prolog: str = "") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<office:document-content {_NAMESPACES}>'
            f'<office:body><office:spreadsheet><table:table table:name="Liste">{rows}'
            f'</table:table></office:spreadsheet></office:body></office:document-content>')


def _row(*texts: str, repeated: int = 1, cells_repeated: int = 1) -> str:
    cells = "".join(f'<table:table-cell office:value-type="string" '
                    f'table:number-columns-repeated="{cells_repeated}"><text:p>{t}</text:p>'
                    f'</table:table-cell>' for t in texts)
    return f'<table:table-row table:number-rows-repeated="{repeated}">{cells}</table:table-row>'


def test_hostile_ods_files_are_refused_in_german_without_costing_memory(tmp_path):
    """Entities and a DTD are refused as in XLSX; a row or cell repeated a billion times (a few
    bytes in content.xml) is cut at a sheet's size and refused past 20 million filled cells;
    empty rows repeated to the end of the sheet, as LibreOffice writes them, cost nothing."""
    from connectors import DeliveryError, read_delivery

    header = _row("Titel", "Beginn", "Ort")
    laughs = ('<!DOCTYPE d [<!ENTITY a "hahahahaha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>')
    with pytest.raises(DeliveryError, match="DTD-Angabe"):
        read_delivery(_ods(tmp_path, _content(header + _row("&b;", "x", "y"), laughs)), "ods")
    with pytest.raises(DeliveryError, match="mehr als 20.000.000 gefüllte Zellen"):
        read_delivery(_ods(tmp_path, _content(
            header + _row("Kerwe", "05.09.2027", "Kusel", cells_repeated=10 ** 9, repeated=10 ** 9))),
            "ods")
    tail = '<table:table-row table:number-rows-repeated="1048573"><table:table-cell ' \
           'table:number-columns-repeated="16384"/></table:table-row>'
    delivery = read_delivery(_ods(tmp_path, _content(
        header + _row("Kerwe", "05.09.2027", "Kusel") + tail)), "ods")
    assert delivery.refs == ["Zeile 2"] and delivery.rows == [
        {"Titel": "Kerwe", "Beginn": "05.09.2027", "Ort": "Kusel"}]
    with pytest.raises(DeliveryError, match="Keine gültige OpenDocument-Tabelle"):
        read_delivery(_ods(tmp_path, _content(header)[:200]), "ods")
    # not even a zip: named as what it claims to be, not as an Excel file
    (broken := tmp_path / "kaputt.ods").write_bytes(b"Titel;Ort\nKerwe;Kusel\n")
    with pytest.raises(DeliveryError, match=r"Keine gültige OpenDocument-Tabelle \(\.ods\): die "
                                            r"Datei ist kein lesbares ZIP-Archiv – bitte in "
                                            r"LibreOffice als \.ods speichern"):
        read_delivery(broken, "ods")


def test_excels_separator_line_names_the_delimiter_and_is_not_counted(tmp_path):
    """„sep=^“ as the first line, as files made for Excel carry it (Hamburg's daycare list):
    Excel takes the delimiter from it, hides it and shows the header as row 1. Before: the
    delimiter was sniffed as „;“ and every row was one column."""
    from connectors import read_delivery

    path = tmp_path / "liste.csv"
    path.write_text("sep=^\nTitel^Beginn^Ort\nKerwe^05.09.2027 18:00^Kusel\n", encoding="utf-8")
    delivery = read_delivery(path, "csv")
    assert delivery.columns == ["Titel", "Beginn", "Ort"] and delivery.notes == []
    assert delivery.refs == ["Zeile 3, in Excel Zeile 2"]
    assert delivery.rows[0] == {"Titel": "Kerwe", "Beginn": "05.09.2027 18:00", "Ort": "Kusel"}


def test_a_macro_workbook_is_read_and_an_old_excel_file_is_asked_to_be_saved_anew(tmp_path):
    """A list kept as .xlsm (with macros) is an Excel workbook openpyxl reads; before it was an
    „Unbekanntes Dateiformat“. An .xls (Excel 97–2003) cannot be read: the message now says
    what to do."""
    import shutil

    macro = tmp_path / "veranstaltungen.xlsm"
    shutil.copy(FILES / "veranstaltungen-mayen-koblenz.xlsx", macro)
    result = swdp_in_process("check", str(macro), "-d", "events", "-m", "mayen-koblenz", "--json",
                             data_dir=tmp_path / "data")
    assert json.loads(result.stdout)["valid"] == 5, result.stdout + result.stderr
    old = tmp_path / "leerstand.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)  # an OLE2 file's start
    result = swdp_in_process("check", str(old), "-d", "vacancies", data_dir=tmp_path / "data")
    assert result.returncode == 2
    assert result.stderr.strip().endswith("„.xls“ – erwartet wird eine dieser Endungen: .csv, "
                                          ".geojson, .gml, .ical, .ics, .json, .jsonld, .ods, .txt, .xlsm, "
                                          ".xlsx, .xml, .zip – bitte die Tabelle öffnen und als "
                                          "Excel-Arbeitsmappe (.xlsx) speichern")


def test_a_title_of_two_cells_above_a_wide_header_is_a_title(tmp_path):
    """„Leerstandsliste …“ and „Stand: 1.12.2026“ in two cells of row 1 above eight column
    names: row 1 names two columns but is no header (before: the mapping failed naming
    „Leerstandsliste …“, „“, „Stand: 1.12.2026“ as the delivered columns). A narrow table's
    header of two columns stays a header."""
    from connectors import read_delivery

    path = tmp_path / "leerstand.csv"
    path.write_bytes("Leerstandsliste Landkreis Mayen-Koblenz;;Stand: 1.12.2026;;;;;\n;;;;;;;\n"
                     "ObjNr;Titel;Art;Strasse;HausNr;PLZ;Ort;Kontakt Verwaltung\n"
                     "MYK-1;Laden am Markt;Laden;Marktstraße;12;56626;Andernach;leerstand@kvmyk.de\n"
                     .encode("cp1252"))
    delivery = read_delivery(path, "csv")
    assert delivery.columns[:2] == ["ObjNr", "Titel"] and delivery.refs == ["Zeile 4"]
    assert delivery.notes == ["Die Spaltennamen stehen in Zeile 3; Zeilen 1 und 2 darüber "
                              "(„Leerstandsliste Landkreis Mayen-Koblenz“; „Stand: 1.12.2026“) "
                              "wurden als Überschrift übergangen"]
    narrow = tmp_path / "schmal.csv"
    narrow.write_text("Titel;Ort\nKerwe;Kusel;05.09.2027;18 Uhr;Festplatz\n", encoding="utf-8")
    assert read_delivery(narrow, "csv").columns == ["Titel", "Ort"]


def test_a_day_number_beside_a_time_column_is_that_day_at_that_time(tmp_path, settings, cluster):
    """Kusel maps `start: [Datum, von]`. A sheet whose date cells lost their format shows the
    day number 46361 (5.12.2026) beside a time typed as „19 Uhr“ or „19:00“ or kept as Excel's
    fraction of a day (0.7916… is 19:00). Before: „„46361 19 Uhr“ ist kein gültiger Zeitpunkt“
    for every row. Saved as CSV the number is text, read by the same rule
    (tests/test_day_numbers.py)."""
    from openpyxl import Workbook

    from pipelines.core.german import BERLIN
    from pipelines.ingest.dates import read_instant, spreadsheet_part
    from pipelines.ingest.precheck import precheck
    from pipelines.ingest.texts import joined

    def moment(text: str):
        return datetime.strptime(text, "%d.%m.%Y %H:%M").replace(tzinfo=BERLIN)

    book = Workbook()
    sheet = book.active
    sheet.append(["ID", "Veranstaltung", "Datum", "von", "bis", "Ort"])
    sheet.append(["1", "Nikolausmarkt", 46361, "19 Uhr", "21:30", "Kusel"])
    sheet.append(["2", "Adventskonzert", 46361, "19:00", None, "Kusel"])
    sheet.append(["3", "Krippenspiel", 46361, 19 / 24, 0.875, "Kusel"])
    sheet.append(["4", "Weihnachtsmarkt", 46361, None, None, "Kusel"])
    book.save(path := tmp_path / "termine.xlsx")
    result = swdp_in_process("check", str(path), "-d", "events", "-m", "kusel", "--json",
                             data_dir=tmp_path / "data")
    report = json.loads(result.stdout)
    assert (report["read"], report["valid"], report["problems"]) == (4, 4, []), result.stdout
    records = precheck(settings, cluster, path, "events", "kusel", datetime.now(BERLIN)
                       ).checked.records.set_index("source_id")
    assert [(records.loc[key, "start"], records.loc[key, "end"]) for key in "123"] == [
        (moment("05.12.2026 19:00"), moment("05.12.2026 21:30")),
        (moment("05.12.2026 19:00"), moment("06.12.2026 00:00")),  # the end of that day
        (moment("05.12.2026 19:00"), moment("05.12.2026 21:00"))]
    # the day alone is an all-day event
    assert records.loc["4", "all_day"] and records.loc["4", "start"] == moment("05.12.2026 00:00")

    row = {"Datum": 46361, "von": 19 / 24, "bis": "19 Uhr"}
    assert read_instant(joined(row, ["Datum", "von"], spreadsheet_part)) == moment("05.12.2026 19:00")
    assert read_instant(joined(row, ["Datum", "bis"], spreadsheet_part)) == moment("05.12.2026 19:00")
    # the day alone is joined as the CSV file has it, and stays a day (all-day), not 00:00
    assert joined({"Datum": 46361.0}, ["Datum", "von"], spreadsheet_part) == "46361"


def _grouped_workbook(path: Path, title: str | None = None, wide: bool = False) -> Path:
    """Kusel's events as a clerk lays them out for print: group titles in merged cells of
    row 1 („Veranstaltung“ over B1:C1, „Termin“ over D1:F1), the column names in row 2, „ID“
    and „Ort“ merged down over both rows."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    if title:
        sheet.append([title])
    if wide:
        sheet.append(["ID", "Veranstaltung", None, "Termin", None, None, "Adresse", None, None])
        sheet.append([None, "Veranstaltung", "Beschreibung", "Datum", "von", "bis", "Ort",
                      "Straße", "PLZ"])
        sheet.append(["KUS-1", "Kerwe", None, "05.09.2027", "18:00", None, "Kusel", "Trierer Str.",
                      "66869"])
        sheet.merge_cells("A1:A2"), sheet.merge_cells("B1:C1"), sheet.merge_cells("D1:F1")
        sheet.merge_cells("G1:I1")
        book.save(path)
        return path
    sheet.append(["ID", "Veranstaltung", None, "Termin", None, None, "Ort"])
    sheet.append([None, "Veranstaltung", "Beschreibung", "Datum", "von", "bis", None])
    sheet.append(["KUS-1", "Kerwe", "Mit Musik", "05.09.2027", "18:00", "23:00", "Kusel"])
    sheet.append(["KUS-2", "Markt", None, "06.09.2027", "09:00", "13:00", "Kusel"])
    below = 1 if title else 0
    for first, last, rows in (("A", "A", 1), ("B", "C", 0), ("D", "F", 0), ("G", "G", 1)):
        sheet.merge_cells(f"{first}{1 + below}:{last}{1 + below + rows}")
    book.save(path)
    return path


_GROUPED = ('<table:table-row><table:table-cell office:value-type="string" table:number-rows-spanned="2">'
            '<text:p>ID</text:p></table:table-cell><table:table-cell office:value-type="string" '
            'table:number-columns-spanned="2"><text:p>Veranstaltung</text:p></table:table-cell>'
            '<table:covered-table-cell/><table:table-cell office:value-type="string" '
            'table:number-columns-spanned="3"><text:p>Termin</text:p></table:table-cell>'
            '<table:covered-table-cell table:number-columns-repeated="2"/><table:table-cell '
            'office:value-type="string" table:number-rows-spanned="2"><text:p>Ort</text:p>'
            '</table:table-cell></table:table-row>'
            '<table:table-row><table:covered-table-cell/>' + "".join(
                f'<table:table-cell office:value-type="string"><text:p>{name}</text:p></table:table-cell>'
                for name in ("Veranstaltung", "Beschreibung", "Datum", "von", "bis"))
            + '<table:covered-table-cell/></table:table-row>'
            + _row("KUS-1", "Kerwe", "Mit Musik", "05.09.2027", "18:00", "23:00", "Kusel")
            + _row("KUS-2", "Markt", "", "06.09.2027", "09:00", "13:00", "Kusel"))


@pytest.mark.parametrize("kind", ["xlsx", "ods"])
def test_group_titles_in_merged_cells_above_the_column_names_are_passed_over(tmp_path, kind):
    """Before: row 1 was the header („ID“, „Veranstaltung“, „Termin“, „Ort“), the file
    „passt nicht zu Veranstaltungen“ and row 2's names a row of data."""
    from connectors import read_delivery

    path = (_grouped_workbook(tmp_path / "termine.xlsx") if kind == "xlsx"
            else _ods(tmp_path, _content(_GROUPED)))
    delivery = read_delivery(path, kind)
    assert delivery.columns == ["ID", "Veranstaltung", "Beschreibung", "Datum", "von", "bis", "Ort"]
    assert delivery.refs == ["Zeile 3", "Zeile 4"]
    assert delivery.rows[0] == {"ID": "KUS-1", "Veranstaltung": "Kerwe", "Beschreibung": "Mit Musik",
                                "Datum": "05.09.2027", "von": "18:00", "bis": "23:00", "Ort": "Kusel"}
    assert delivery.notes == [
        "Die Spaltennamen stehen in Zeile 2; die verbundenen Zellen „Veranstaltung“ (B1:C1) und "
        "„Termin“ (D1:F1) in Zeile 1 darüber fassen sie zu Gruppen zusammen und wurden übergangen"]
    result = swdp_in_process("check", str(path), "-d", "events", "-m", "kusel", "--json",
                             data_dir=tmp_path / "data")
    assert json.loads(result.stdout)["valid"] == 2, result.stdout
    # groups too wide for a header („ID“ and three groups over nine columns) were a title:
    # the names below it lacked „ID“
    wide = _grouped_workbook(tmp_path / "breit.xlsx", wide=True)
    widely = read_delivery(wide, "xlsx")
    assert widely.columns == [
        "ID", "Veranstaltung", "Beschreibung", "Datum", "von", "bis", "Ort", "Straße", "PLZ"]
    assert widely.notes == [
        "Die Spaltennamen stehen in Zeile 2; die verbundenen Zellen „Veranstaltung“ (B1:C1), "
        "„Termin“ (D1:F1) und „Adresse“ (G1:I1) in Zeile 1 darüber fassen sie zu Gruppen "
        "zusammen und wurden übergangen"]
    # below a title: one note for both
    titled = read_delivery(_grouped_workbook(tmp_path / "titel.xlsx", "Termine Dezember"), "xlsx")
    assert titled.refs == ["Zeile 4", "Zeile 5"] and titled.notes == [
        "Die Spaltennamen stehen in Zeile 3; die verbundenen Zellen „Veranstaltung“ (B2:C2) und "
        "„Termin“ (D2:F2) in Zeile 2 darüber fassen sie zu Gruppen zusammen und wurden "
        "übergangen; Zeile 1 darüber („Termine Dezember“) wurde als Überschrift übergangen"]
