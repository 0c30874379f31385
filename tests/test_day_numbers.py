"""Excel's day numbers in date fields: one rule for every date-bearing field
(`pipelines.ingest.day_numbers`). A day number from 1.1.1950 to 31.12.2100 – a cell of an
Excel file, or the text German Excel saves for it in a CSV file („46361“, „46023,79167“) – is
the day Excel shows for it, in a plain date field and a date-and-time field, at the start and
at the end, in a column of its own and joined with a time column; the member's report names
the rows and the days. Before, such a text was refused („„46361“ ist eine Zahl, kein Datum
…“) while the Excel file of the same sheet was read."""
from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from openpyxl import Workbook, load_workbook

from pipelines.core.german import BERLIN
from pipelines.ingest.precheck import precheck
from support.cli import SAMPLES, swdp_in_process
from support.excel_csv import excel_csv
from support.reference_ingest import same_both_ways

EXCEL_EPOCH = datetime(1899, 12, 30)
FORMAT_IT = ("Die Zellen sind in Excel nicht als Datum formatiert; bitte prüfen, ob das die "
             "gemeinten Tage sind, und die Spalte als Datum (TT.MM.JJJJ) formatieren")


def _moment(text: str) -> datetime:
    return datetime.strptime(text, "%d.%m.%Y %H:%M").replace(tzinfo=BERLIN)


def _check(path, member, dataset, tmp_path) -> dict:
    result = swdp_in_process("check", str(path), "-d", dataset, "-m", member, "--json",
                             data_dir=tmp_path / "data")
    assert result.returncode in (0, 1), result.stdout + result.stderr
    return json.loads(result.stdout)


def _records(settings, cluster, path, member, dataset):
    return precheck(settings, cluster, path, dataset, member, datetime.now(BERLIN)
                    ).checked.records.set_index("source_id")


def _kusel_events(path) -> None:
    """Kusel's event list (`start: [Datum, von]`, `end: [Datum, bis]`) whose „Datum“ column
    lost its date format: Excel shows 46361 for 5.12.2026. Row 3 has no end time – the row
    on which CI caught the reverted attempt reading the end and refusing the start."""
    book = Workbook()
    sheet = book.active
    sheet.append(["ID", "Veranstaltung", "Datum", "von", "bis", "Ort"])
    sheet.append(["1", "Nikolausmarkt", 46361, "19:00", "21:30", "Kusel"])
    sheet.append(["2", "Adventskonzert", 46361, "19 Uhr", None, "Kusel"])
    sheet.append(["3", "Weihnachtsmarkt", 46361, None, None, "Kusel"])
    sheet.append(["4", "Krippenspiel", 46380, 17 / 24, 0.75, "Kusel"])
    sheet.append(["5", "Silvesterparty", 46387, "20:00", None, "Kusel"])
    sheet.append(["6", None, 46388, "11:00", None, "Kusel"])  # no title: rejected, not noted
    book.save(path)


@pytest.mark.parametrize("saved", ["xlsx", "csv"])
def test_a_day_number_in_a_date_column_joined_with_times_reads_start_and_end_alike(
        tmp_path, settings, cluster, monkeypatch, saved):
    """Before, saved as CSV: both „Datum + von“ and „Datum + bis“ refused in every row."""
    _kusel_events(path := tmp_path / "termine.xlsx")
    if saved == "csv":
        excel_csv(path, path := tmp_path / "termine.csv")
        assert path.read_text(encoding="cp1252").splitlines()[2:5] == [
            "2;Adventskonzert;46361;19 Uhr;;Kusel", "3;Weihnachtsmarkt;46361;;;Kusel",
            "4;Krippenspiel;46380;0,708333333;0,75;Kusel"]
    report = _check(path, "kusel", "events", tmp_path)
    assert (report["read"], report["valid"]) == (6, 5), report["problems"]
    assert [(p["row_ref"], p["field_label"]) for p in report["problems"]] == [
        ("Zeile 7 (ID 6)", "Veranstaltung [Titel]")]
    rows = ("Zeile 2: „46361“ ist der 05.12.2026; Zeile 3: „46361“ ist der 05.12.2026; "
            "Zeile 4: „46361“ ist der 05.12.2026; ebenso in 2 weiteren Zeilen")
    assert [note for note in report["notes"] if "Tagesnummer" in note] == [
        f"„Datum + von [Beginn]“: Excel-Tagesnummer als Datum gelesen – {rows}. {FORMAT_IT}",
        f"„Datum + bis [Ende]“: Excel-Tagesnummer als Datum gelesen – {rows}. {FORMAT_IT}"]
    records = _records(settings, cluster, path, "kusel", "events")
    assert [(records.loc[key, "start"], records.loc[key, "end"], bool(records.loc[key, "all_day"]))
            for key in "12345"] == [
        (_moment("05.12.2026 19:00"), _moment("05.12.2026 21:30"), False),
        # a time without its end lasts to the end of that day, as with a date typed
        (_moment("05.12.2026 19:00"), _moment("06.12.2026 00:00"), False),
        # the day alone is an all-day event
        (_moment("05.12.2026 00:00"), _moment("06.12.2026 00:00"), True),
        (_moment("24.12.2026 17:00"), _moment("24.12.2026 18:00"), False),
        (_moment("31.12.2026 20:00"), _moment("01.01.2027 00:00"), False)]
    same_both_ways(settings, cluster, path, "events", "kusel", monkeypatch)


def _mayen_events(path) -> None:
    """Mayen-Koblenz's list with „Beginn“ and „Ende“ in a column each, formatted „Standard“:
    German Excel saves midnight as „46023“ beside „46023,79167“ for 19:00."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Titel", "Beginn", "Ende", "Veranstaltungsort", "Ort"])
    sheet.append(["Neujahrskonzert", 46023 + 19 / 24, 46023 + 21.5 / 24, "Stadthalle", "Mayen"])
    sheet.append(["Neujahrsempfang", 46023, 46023 + 2 / 24, "Rathaus", "Mayen"])
    sheet.append(["Wintermarkt", 46023, 46024, "Marktplatz", "Andernach"])
    book.save(path)


def test_a_date_and_time_column_reads_whole_day_numbers_as_its_file_does(
        tmp_path, settings, cluster, monkeypatch):
    """The reverted attempt read „46023“ as midnight here only; now every date field does."""
    _mayen_events(book := tmp_path / "termine.xlsx")
    excel_csv(book, saved := tmp_path / "termine.csv")
    assert saved.read_text(encoding="cp1252").splitlines()[2:] == [
        "Neujahrsempfang;46023;46023,08333;Rathaus;Mayen",
        "Wintermarkt;46023;46024;Marktplatz;Andernach"]
    read, notes = {}, {}
    for path in (book, saved):
        report = _check(path, "mayen-koblenz", "events", tmp_path)
        assert (report["read"], report["valid"], report["problems"]) == (3, 3, []), report
        notes[path.suffix] = [note for note in report["notes"] if "Tagesnummer" in note]
        records = _records(settings, cluster, path, "mayen-koblenz", "events").set_index("title")
        read[path.suffix] = [(records.loc[key, "start"], records.loc[key, "end"],
                              bool(records.loc[key, "all_day"]))
                             for key in ("Neujahrskonzert", "Neujahrsempfang", "Wintermarkt")]
        same_both_ways(settings, cluster, path, "events", "mayen-koblenz", monkeypatch)
    assert read[".csv"] == read[".xlsx"] == [
        (_moment("01.01.2026 19:00"), _moment("01.01.2026 21:30"), False),
        (_moment("01.01.2026 00:00"), _moment("01.01.2026 02:00"), False),
        # days without a time: all day, ending with the last day, as date cells do
        (_moment("01.01.2026 00:00"), _moment("03.01.2026 00:00"), True)]
    assert notes[".csv"] == notes[".xlsx"] == [
        "„Beginn“: Excel-Tagesnummer als Datum gelesen – Zeile 2: „46023,79167“ ist der "
        "01.01.2026 19:00; Zeile 3: „46023“ ist der 01.01.2026; Zeile 4: „46023“ ist der "
        f"01.01.2026. {FORMAT_IT}",
        "„Ende“: Excel-Tagesnummer als Datum gelesen – Zeile 2: „46023,89583“ ist der "
        "01.01.2026 21:30; Zeile 3: „46023,08333“ ist der 01.01.2026 02:00; Zeile 4: „46024“ "
        f"ist der 02.01.2026. {FORMAT_IT}"]


def test_plain_date_fields_read_day_numbers_as_the_date_cells_they_were(
        tmp_path, settings, cluster, monkeypatch):
    """Kusel's offers („Von“, „Bis“: plain dates) with the date format of both columns lost,
    as an Excel file and saved as CSV: the same days as the sample's date cells."""
    sample = SAMPLES / "kusel" / "angebote.xlsx"
    book = load_workbook(sample)
    sheet = book.active
    sheet.delete_rows(7, sheet.max_row)  # five offers
    columns = [cell.value for cell in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        for cell in (row[columns.index("Von")], row[columns.index("Bis")]):
            if cell.value is not None:
                cell.value, cell.number_format = (cell.value - EXCEL_EPOCH).days, "General"
    book.save(numbers := tmp_path / "angebote.xlsx")
    excel_csv(numbers, saved := tmp_path / "angebote.csv")
    expected = _records(settings, cluster, sample, "kusel", "offers").head(5)
    days = [(date(2026, 9, 20), date(2027, 10, 24)), (date(2026, 7, 26), date(2026, 11, 26))]
    assert list(zip(expected["valid_from"], expected["valid_until"]))[:2] == days
    notes = {}
    for path in (numbers, saved):
        report = _check(path, "kusel", "offers", tmp_path)
        assert (report["read"], report["valid"]) == (5, 5), report["problems"]
        notes[path.suffix] = [note for note in report["notes"] if "Tagesnummer" in note]
        records = _records(settings, cluster, path, "kusel", "offers")
        assert records[["valid_from", "valid_until"]].equals(
            expected[["valid_from", "valid_until"]])
        same_both_ways(settings, cluster, path, "offers", "kusel", monkeypatch)
    assert notes[".csv"] == notes[".xlsx"]
    assert notes[".csv"][0].startswith(
        "„Von [Gültig ab]“: Excel-Tagesnummer als Datum gelesen – Zeile 2: „46285“ ist der "
        "20.09.2026; Zeile 3: „46229“ ist der 26.07.2026; ")


@pytest.mark.parametrize("number, text, day", [
    (18264, "18264", date(1950, 1, 1)),
    (46023, "46023", date(2026, 1, 1)),
    (73415, "73415", date(2100, 12, 31)),
])
def test_a_day_number_is_the_same_day_as_a_cell_and_as_text_in_every_reader(number, text, day):
    from pipelines.ingest.dates import read_date, read_instant, spreadsheet_part
    from pipelines.ingest.texts import joined

    midnight = datetime.combine(day, datetime.min.time(), BERLIN)
    assert read_date(number) == read_date(text) == day
    assert read_instant(number) == read_instant(text) == midnight
    assert read_instant(text, until=True) == midnight
    # joined with a time column, a cell and its CSV text read alike
    for cell in (number, text):
        assert read_instant(joined({"Datum": cell, "von": "19 Uhr"}, ["Datum", "von"],
                                   spreadsheet_part)) == midnight.replace(hour=19)
    # a day number with its fraction in a plain date field is its day
    assert read_date(f"{text},79167") == read_date(number + 0.79167) == day
    # a span of two day numbers, as „05.12.2026 bis 07.12.2026“
    assert read_instant(f"{text} bis {text}", until=True) == midnight


@pytest.mark.parametrize("text", ["18263", "73416", "2021", "12345", "46023 25:00"])
def test_numbers_outside_the_days_of_the_rule_are_no_dates(text):
    """Before 1950 or after 2100, a year or a count: no day number; refused as delivered."""
    from pipelines.ingest.dates import read_date, read_instant
    from pipelines.ingest.texts import ValueProblem

    with pytest.raises(ValueProblem, match=f"^„{text}“ ist kein"):
        read_instant(text)
    if " " not in text:
        with pytest.raises(ValueProblem, match=f"^„{text}“ ist kein"):
            read_date(text)
        with pytest.raises(ValueProblem):
            read_date(int(text))
