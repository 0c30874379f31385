"""Moers's real list of events at Christmas time (tests/data/moers-weihnachtszeit, dl-de/zero)
through the whole platform, as its data office would deliver it: a date column and a time
column in German words („11 Uhr“, „11.30 Uhr bis 12.30 Uhr“, „26.11.2015 bis 22.12.2015“)
mapped to start and end. Before, 15 of its 17 events were rejected."""
import csv
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from support.cli import swdp

REAL = Path(__file__).parent / "data" / "moers-weihnachtszeit"


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> Path:
    """The events export folder of one run of the list as it is."""
    data = tmp_path_factory.mktemp("moers") / "data"
    # in a process of its own: the Dagster jobs are partitioned by the members read at start
    result = swdp("run", "--json", data_dir=data, env={"SWDP_CONFIG": str(REAL / "cluster.yaml")})
    assert result.returncode == 0, result.stdout + result.stderr
    [run] = json.loads(result.stdout)["runs"]
    assert (run["read"], run["valid"], run["rejected"]) == (17, 17, 0)
    return data / "export" / "events"


def _rows(exported: Path) -> dict[str, dict]:
    text = (exported / "moers.csv").read_text(encoding="utf-8-sig")
    return {row["Kennung beim Mitglied"]: row for row in csv.DictReader(io.StringIO(text), delimiter=";")}


def test_times_written_in_words_keep_their_hour_in_berlin_time(exported):
    rows = _rows(exported)
    # „22.11.2015“ + „11 Uhr“: a reading at eleven, its end not given – not all-day
    reading = rows["201501"]
    assert (reading["Beginn"], reading["Ende"], reading["Ganztägig"]) == ("2015-11-22 11:00", "", "nein")
    # „12.12.2015“ + „19.30 Uhr“
    assert rows["201510"]["Beginn"] == "2015-12-12 19:30"


def test_a_span_of_hours_gives_start_and_end(exported):
    rows = _rows(exported)
    # „28.11.2015“ + „11.30 Uhr bis 12.30 Uhr“; „24.12.2015“ + „9 Uhr bis 12 Uhr“
    assert (rows["201503"]["Beginn"], rows["201503"]["Ende"]) == ("2015-11-28 11:30", "2015-11-28 12:30")
    assert (rows["201513"]["Beginn"], rows["201513"]["Ende"]) == ("2015-12-24 09:00", "2015-12-24 12:00")
    ics = (exported / "moers.ics").read_text(encoding="utf-8")
    assert "DTSTART;TZID=Europe/Berlin:20151224T090000\nDTEND;TZID=Europe/Berlin:20151224T120000\n" in ics


def test_a_market_given_as_a_span_of_days_lasts_all_its_days(exported):
    """„26.11.2015 bis 22.12.2015“ without a time: all day, the 22nd included."""
    market = _rows(exported)["2"]
    assert (market["Beginn"], market["Ende"], market["Ganztägig"]) == ("2015-11-26", "2015-12-22", "ja")
    ics = (exported / "moers.ics").read_text(encoding="utf-8")
    assert "SUMMARY:Moerser Weihnachtsmarkt\nDTSTART;VALUE=DATE:20151126\nDTEND;VALUE=DATE:20151223\n" in ics


def test_titles_keep_their_umlauts_and_quotes(exported):
    rows = _rows(exported)
    assert rows["201501"]["Titel"] == "Weihnachten bei den Buddenbrooks - eine Lesung mit Jörg Zimmer"
    assert rows["201503"]["Titel"].startswith('Veranstaltung zum Projekt "Lesestart": Der kleine Hase')


def test_the_spreadsheet_shows_start_and_end_as_the_csv_does(exported):
    """All-day events as dates with their last day (the market 26.11. to 22.12.), the others
    with their times: the XLSX cell in its number format reads as the CSV's text."""
    rows = _rows(exported)
    sheet = load_workbook(exported / "moers.xlsx").worksheets[0]
    header = [cell.value for cell in sheet[1]]
    formats = {"DD.MM.YYYY": "%Y-%m-%d", "DD.MM.YYYY HH:MM": "%Y-%m-%d %H:%M"}
    for row in sheet.iter_rows(min_row=2):
        cells = dict(zip(header, row))
        csv_row = rows[cells["Kennung beim Mitglied"].value]
        for name in ("Beginn", "Ende"):
            cell = cells[name]
            shown = "" if cell.value is None else cell.value.strftime(formats[cell.number_format])
            assert shown == csv_row[name], (csv_row["Titel"], name)
    assert sum(cells["Ganztägig"].value == "ja" for cells in
               (dict(zip(header, row)) for row in sheet.iter_rows(min_row=2))) >= 1
