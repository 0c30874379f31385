"""Times as German Excel saves them in a CSV file when their cells are formatted „Standard“:
the number the cell holds, with a decimal comma – a fraction of a day in a time column
(„0,791666667“ is 19:00), the day number with its fraction in a date-and-time column
(„46023,79167“ is 1.1.2026 19:00). Read as the Excel file itself is read, to the minute;
a number that is no time of day is refused with file, row and field named."""
from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest
from openpyxl import Workbook

from pipelines.core.german import BERLIN
from support.cli import swdp_in_process
from support.excel_csv import excel_csv


def _moment(text: str) -> datetime:
    return datetime.strptime(text, "%d.%m.%Y %H:%M").replace(tzinfo=BERLIN)


def _book(path) -> None:
    """Kusel's event list (`start: [Datum, von]`, `end: [Datum, bis]`): a date cell and time
    cells whose format is „Standard“, so they hold fractions of a day."""
    book = Workbook()
    sheet = book.active
    sheet.append(["ID", "Veranstaltung", "Datum", "von", "bis", "Ort"])
    sheet.append(["1", "Nikolausmarkt", datetime(2026, 12, 5), 19 / 24, 21.5 / 24, "Kusel"])
    sheet.append(["2", "Frühschoppen", datetime(2026, 12, 6), 0.4, 0.5, "Kusel"])
    sheet.append(["3", "Silvesterparty", datetime(2026, 12, 31), 20 / 24, 0.9998, "Kusel"])
    sheet.append(["4", "Lichterfest", datetime(2026, 12, 12), 1.25, None, "Kusel"])
    sheet.append(["5", "Krippenspiel", datetime(2026, 12, 24), -0.1, None, "Kusel"])
    book.save(path)


def _check(path, tmp_path) -> dict:
    result = swdp_in_process("check", str(path), "-d", "events", "-m", "kusel", "--json",
                             data_dir=tmp_path / "data")
    assert result.returncode in (0, 1), result.stdout + result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize("saved", ["csv", "xlsx"])
def test_day_fractions_in_time_columns_are_their_times_and_others_are_refused(
        tmp_path, settings, cluster, saved):
    """Before: each CSV row was refused („„05.12.2026 0,791666667“ ist kein gültiger
    Zeitpunkt“), and in the Excel file 1,25 (a day and six hours) was read as 01:25."""
    from pipelines.ingest.precheck import precheck

    _book(book := tmp_path / "termine.xlsx")
    path = book
    if saved == "csv":
        excel_csv(book, path := tmp_path / "termine.csv")
        lines = path.read_text(encoding="cp1252").splitlines()
        assert lines[1] == "1;Nikolausmarkt;05.12.2026;0,791666667;0,895833333;Kusel"
        assert lines[4] == "4;Lichterfest;12.12.2026;1,25;;Kusel"
    report = _check(path, tmp_path)
    assert (report["read"], report["valid"]) == (5, 3), report["problems"]
    refused = ("„{}“ ist keine Uhrzeit: eine Uhrzeit ohne Zeitformat speichert Excel als "
               "Bruchteil eines Tages zwischen 0 und 1 (z. B. 0,791666667 für 19:00) – bitte "
               "die Uhrzeit als HH:MM angeben")
    assert [(p["row_ref"], p["field_label"], p["reason"]) for p in report["problems"]] == [
        ("Zeile 5 (ID 4)", "Datum + von [Beginn]", refused.format("1,25")),
        ("Zeile 6 (ID 5)", "Datum + von [Beginn]", refused.format("-0,1"))]
    records = precheck(settings, cluster, path, "events", "kusel", datetime.now(BERLIN)
                       ).checked.records.set_index("source_id")
    assert [(records.loc[key, "start"], records.loc[key, "end"]) for key in "123"] == [
        (_moment("05.12.2026 19:00"), _moment("05.12.2026 21:30")),
        (_moment("06.12.2026 09:36"), _moment("06.12.2026 12:00")),
        # just below midnight is 23:59, as a time cell shows it, not the next day
        (_moment("31.12.2026 20:00"), _moment("31.12.2026 23:59"))]
    assert not records["all_day"].any()


def test_a_date_and_time_column_saved_as_day_numbers_is_read_to_the_minute(tmp_path):
    """Mayen-Koblenz's list has „Beginn“ and „Ende“ in one column each. Before: „„46023,79167“
    ist eine Zahl, kein Datum – so zeigt Excel den 01.01.2026 …“ for every row."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Titel", "Beginn", "Ende", "Veranstaltungsort", "Ort"])
    sheet.append(["Neujahrskonzert", 46023 + 19 / 24, 46023 + 21.5 / 24, "Stadthalle", "Mayen"])
    sheet.append(["Glühweinabend", "46361,791666667", "46361,9", "Marktplatz", "Andernach"])
    sheet.append(["Mitternachtsmette", "24.12.2026 0,999", None, "St. Clemens", "Mayen"])
    book.save(path := tmp_path / "termine.xlsx")
    excel_csv(path, saved := tmp_path / "termine.csv")
    assert saved.read_text(encoding="cp1252").splitlines()[1] == (
        "Neujahrskonzert;46023,79167;46023,89583;Stadthalle;Mayen")
    result = swdp_in_process("check", str(saved), "-d", "events", "-m", "mayen-koblenz",
                             "--json", data_dir=tmp_path / "data")
    report = json.loads(result.stdout)
    assert (report["read"], report["valid"], report["problems"]) == (3, 3, []), result.stdout

    from pipelines.ingest.dates import read_instant

    assert read_instant("46023,79167") == _moment("01.01.2026 19:00")
    assert read_instant("46023,89583") == _moment("01.01.2026 21:30")
    # to the minute, as the Excel file's fractions of a day: 0,9 of a day is 21:36
    assert read_instant("46361,9") == _moment("05.12.2026 21:36")
    assert read_instant("05.12.2026 0,123456789") == _moment("05.12.2026 02:58")
    assert read_instant("2026-12-05 0.5") == _moment("05.12.2026 12:00")
    # H.MM stays what it was typed as: „0.30“ is half past midnight
    assert read_instant("05.12.2026 0.30") == _moment("05.12.2026 00:30")
    assert read_instant("46023,79167").tzinfo == timezone.utc


@pytest.mark.parametrize("text, reason", [
    ("05.12.2026 19,30", "„19,30“ ist keine Uhrzeit: eine Uhrzeit ohne Zeitformat speichert "
                         "Excel als Bruchteil eines Tages zwischen 0 und 1 (z. B. 0,791666667 "
                         "für 19:00) – bitte die Uhrzeit als HH:MM angeben"),
    ("0,791666667", "„0,791666667“ ist eine Uhrzeit (19:00 Uhr) ohne Datum – bitte das Datum "
                    "dazu angeben (TT.MM.JJJJ HH:MM)"),
])
def test_numbers_that_are_no_time_of_day_say_what_they_are(text, reason):
    from pipelines.ingest.dates import read_instant
    from pipelines.ingest.texts import ValueProblem

    with pytest.raises(ValueProblem) as refused:
        read_instant(text)
    assert str(refused.value) == reason
