"""Two real iCalendar feeds (tests/data/ical-cottbus-potsdam, LGPL-3.0-or-later) through the
whole platform, as a data office would deliver them: FabLab Cottbus's WordPress calendar as a
file, the Potsdam machBar's Google calendar over HTTP from a server on 127.0.0.1. Compared
with what the feeds say, in Europe/Berlin. Before, the venue-only LOCATIONs of the Google
calendar stopped every export (GEOS refused to measure an unlocated event), and a LOCATION
„FabLab Cottbus @ Walther-Pauer-Straße 5, 03044 Cottbus“ gave the street „FabLab Cottbus @
Walther-Pauer-Straße“."""
import csv
import email
import email.policy
import io
import json
import shutil
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import shapely

from connectors import read_delivery
from pipelines.coordination.calendar import around, event_points
from pipelines.geocoding.coordinates import transform
from support.cli import swdp, swdp_in_process
from support.http import upstream_server

REAL = Path(__file__).parent / "data" / "ical-cottbus-potsdam"
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture(scope="module")
def delivered(tmp_path_factory) -> tuple[Path, dict]:
    """The data folder and `swdp run --json` of one run: Cottbus's feed a file beside the
    configuration, Potsdam's fetched from a local web server."""
    folder = tmp_path_factory.mktemp("ical")
    shutil.copy(REAL / "fablab-cottbus.ics", folder)
    with upstream_server() as upstream:
        url = upstream.add("/kalender/machbar.ics", (REAL / "machbar-potsdam.ics").read_bytes(),
                           content_type="text/calendar; charset=utf-8", etag='"machbar-1"')
        config = (REAL / "cluster.yaml").read_text(encoding="utf-8")
        # Cottbus switched from its CSV list to the feed and kept the CSV's column mapping:
        # the calendar has none of those columns, so messages name the schema's fields
        config = config.replace("location: fablab-cottbus.ics", "location: fablab-cottbus.ics\n"
                                "        mapping: {place: Stadt, end: [Datum, bis], source_id: Nr}")
        (folder / "cluster.yaml").write_text(config.replace("location: machbar-potsdam.ics",
                                                            f"location: {url}"), encoding="utf-8")
        data = folder / "data"
        # in a process of its own: the Dagster jobs are partitioned by the members read at start
        result = swdp("run", "--json", data_dir=data, env={"SWDP_CONFIG": str(folder / "cluster.yaml")})
        assert upstream.requested("/kalender/machbar.ics") >= 1
    assert result.returncode == 0, result.stdout + result.stderr
    return data, json.loads(result.stdout)


def _rows(data: Path, member: str) -> list[dict]:
    text = (data / "export" / "events" / f"{member}.csv").read_text(encoding="utf-8-sig")
    return list(csv.DictReader(io.StringIO(text), delimiter=";"))


def _titled(data: Path, member: str, title: str) -> list[dict]:
    return sorted((row for row in _rows(data, member) if row["Titel"] == title), key=lambda r: r["Beginn"])


def test_both_feeds_run_through_and_every_calendar_is_written(delivered):
    """The Google calendar's events at „machBar“ or „Seminarraum“ are valid but unlocated:
    the regional calendars around each member are written all the same."""
    data, report = delivered
    assert report["errors"] == [] and report["exit_code"] == 0
    runs = {run["municipality"]: run for run in report["runs"]}
    assert runs["cottbus"]["status"] == runs["potsdam"]["status"] == "ok"
    assert runs["potsdam"]["precision"]["none"] > 0
    folder = data / "export" / "events"
    for name in ("cottbus.ics", "potsdam.ics", "umkreis-cottbus.ics", "umkreis-potsdam.ics"):
        assert (folder / name).read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
    # the feed fetched over HTTP is archived as delivered
    [raw] = (data / "raw" / "potsdam" / "events").glob("*.ics")
    assert raw.read_bytes() == (REAL / "machbar-potsdam.ics").read_bytes()


def test_times_are_those_of_the_feed_in_berlin_time(delivered):
    data, _ = delivered
    # DTSTART;TZID=Europe/Berlin:20161203T140000, DTEND …T190000
    [cafe] = _titled(data, "cottbus", "Weihnachts Repair-Café")
    assert (cafe["Beginn"], cafe["Ende"], cafe["Ganztägig"]) == ("2016-12-03 14:00", "2016-12-03 19:00", "nein")
    # Google writes single events in UTC: 12:00Z in February is 13:00, 08:00Z in October 10:00
    [kopter] = _titled(data, "potsdam", "1. Koptertreffen 2018")
    assert (kopter["Beginn"], kopter["Ende"]) == ("2018-02-17 13:00", "2018-02-17 18:00")
    [media] = _titled(data, "potsdam", "EXTERN: Eltern Medien Tag")
    assert (media["Beginn"], media["Ende"]) == ("2018-10-14 10:00", "2018-10-14 18:00")


def test_all_day_events_keep_their_last_day(delivered):
    """DTEND of a DATE is exclusive: 9 June to 10 June is the 9th alone, 26 to 28 May two days."""
    data, _ = delivered
    [closed] = _titled(data, "cottbus", "Lab geschlossen: Wir sind auf dem Karlstraßenfest")
    assert (closed["Beginn"], closed["Ende"], closed["Ganztägig"]) == ("2018-06-09", "2018-06-09", "ja")
    [fair] = _titled(data, "potsdam", "mB - OnTour: Maker Fair")
    assert (fair["Beginn"], fair["Ende"], fair["Ganztägig"]) == ("2018-05-26", "2018-05-27", "ja")
    ics = (data / "export" / "events" / "potsdam.ics").read_text(encoding="utf-8")
    assert "SUMMARY:mB - OnTour: Maker Fair\nDTSTART;VALUE=DATE:20180526\nDTEND;VALUE=DATE:20180528\n" in ics


def test_an_endless_monthly_series_gives_each_first_saturday_of_the_window(delivered):
    """RRULE:FREQ=MONTHLY;BYDAY=1SA from January 2018, 14:00–17:00: from 30 days back to 400
    ahead (the connector's window around today), each with an id of its own."""
    data, _ = delivered
    cafes = [row for row in _titled(data, "cottbus", "Repair Café") if row["Beginn"] >= "2026"]
    today = datetime.now(BERLIN).date()
    days = (today - timedelta(days=30) + timedelta(days=n) for n in range(431))
    expected = [f"{day:%Y-%m-%d} 14:00" for day in days if day.weekday() == 5 and day.day <= 7]
    assert [row["Beginn"] for row in cafes] == expected
    assert {row["Ende"][11:] for row in cafes} == {"17:00"}
    assert len({row["Kennung beim Mitglied"] for row in cafes}) == len(cafes)
    assert all(row["Kennung beim Mitglied"].startswith("ai1ec-1887@blog.fablab-cottbus.de@") for row in cafes)


def test_moved_and_excluded_occurrences_of_the_google_calendar(tmp_path):
    """The feed's own past, read with a window back to 2017: the third-Saturday repair café
    (UNTIL 15 March 2019) with three occurrences moved (RECURRENCE-ID), and a weekly class
    without 7 March 2019 (EXDATE)."""
    back = (datetime.now(BERLIN).date() - date(2017, 1, 1)).days
    rows = read_delivery(REAL / "machbar-potsdam.ics", "ical", {"window_days_back": back}).rows
    uid = "ome5r9735mpdoo3n6lpf8oi0c4@google.com"
    cafe = sorted((row for row in rows if row["source_id"].startswith(uid)), key=lambda r: r["start"])
    assert [(row["start"].astimezone(BERLIN).strftime("%d.%m.%Y %H:%M"), row["source_id"][len(uid) + 1:])
            for row in cafe] == [("17.11.2018 11:00", "20181117T100000Z"),
                                 ("08.12.2018 11:00", "20181215T100000Z"),
                                 ("27.01.2019 11:00", "20190119T100000Z"),
                                 ("24.02.2019 11:00", "20190216T100000Z")]
    assert cafe[-1]["venue"] == "Treffpunkt Freizeit" and cafe[0]["venue"].startswith("Stadt- u. Landesbibliothek")
    thursdays = {row["start"].date() for row in rows
                 if row["source_id"].startswith("7g6502aejkun96i5fenfu6hvc1@google.com")}
    assert {date(2019, 2, 28), date(2019, 3, 14)} <= thursdays and date(2019, 3, 7) not in thursdays


def test_venue_at_address_is_split_into_venue_street_and_place(delivered):
    """All-in-One Event Calendar writes „Ort @ Adresse“, also with „4–6“ (en dash)."""
    data, _ = delivered
    [cafe] = _titled(data, "cottbus", "Weihnachts Repair-Café")
    assert [cafe[name] for name in ("Veranstaltungsort", "Straße", "Hausnummer", "Postleitzahl", "Ort")] \
        == ["FabLab Cottbus", "Walther-Pauer-Straße", "5", "03044", "Cottbus"]
    [maker] = _titled(data, "cottbus", "Brandenburger Maker-Treffen")
    assert [maker[name] for name in ("Veranstaltungsort", "Straße", "Hausnummer", "Postleitzahl", "Ort")] \
        == ["Maker Faire Berlin", "Luckenwalder Str.", "4-6", "10963", "Berlin"]
    [spree] = _titled(data, "cottbus", "Repair und Recycling Café")
    assert (spree["Veranstaltungsort"], spree["Straße"], spree["Hausnummer"]) == \
        ("Spreegallerie Cottbus", "Karl-Marx-Straße", "")


def test_html_descriptions_are_published_as_text_and_contacts_not_at_all(delivered):
    data, _ = delivered
    [lab, *_] = _titled(data, "potsdam", "OK Lab")
    assert lab["Beschreibung"].startswith("Treffen der offenen OK Lab Gruppe. Informationen auf www.oklab-potsdam.de")
    assert "Themen sind: Open Data, Civic Tech, Programmierung" in lab["Beschreibung"]
    # folded over 19 lines, mid-word („Mitgli|edsbeitrages“) and before a blank („wir| uns“)
    [meeting, _] = _titled(data, "cottbus", "Vereinssitzung")
    assert meeting["Beschreibung"].startswith("Die bisherigen Tagesordnungspunkte:\nTOP 1: Änderung des "
                                              "Mitgliedsbeitrages\n")
    assert "\nTOP 4: Wo wollen wir uns mit unserem Verein hin entwickeln?\n" in meeting["Beschreibung"]
    published = "".join(path.read_text(encoding="utf-8-sig") for path in (data / "export").rglob("*")
                        if path.suffix in (".csv", ".ics", ".geojson"))
    assert "<br" not in published and "<a " not in published and "&amp;" not in published
    # CONTACT names association members and their mail addresses; the platform reads no CONTACT
    contacts = {part.strip() for line in (REAL / "fablab-cottbus.ics").read_text(encoding="utf-8").splitlines()
                if line.startswith("CONTACT:") for part in line[8:].split("\\;") if part.strip()}
    assert len(contacts) >= 12 and "Maximilian Voigt" in contacts
    assert not [contact for contact in contacts if contact in published]


def test_events_without_location_are_rejected_naming_uid_line_and_field(delivered):
    """Named „Ort“ as the schema names it, not by the CSV mapping Cottbus kept („Stadt [Ort]“,
    before: a column the calendar has not)."""
    data, _ = delivered
    rejects = pq.read_table(data / "rejects" / "events" / "municipality=cottbus" / "rejects.parquet").to_pylist()
    assert [(r["row_ref"], r["field_label"], r["reason"]) for r in rejects] == [
        ("VEVENT 6 (UID ai1ec-1504@blog.fablab-cottbus.de, Zeile 194)", "Ort",
         "Pflichtfeld „Ort“ ist leer – bitte ausfüllen"),
        ("VEVENT 13 (UID ai1ec-1669@blog.fablab-cottbus.de, Zeile 370)", "Ort",
         "Pflichtfeld „Ort“ ist leer – bitte ausfüllen")]
    lines = (REAL / "fablab-cottbus.ics").read_text(encoding="utf-8").splitlines()
    assert lines[193] == lines[369] == "BEGIN:VEVENT"
    # the maker meeting in Berlin is Cottbus's event all the same: kept, its postal code noted
    report = json.loads((data / "reports" / "cottbus" / "events.json").read_text(encoding="utf-8"))
    assert [note for note in report["notes"] if "Postleitzahl" in note] == [
        "fablab-cottbus.ics, VEVENT 5 (UID ai1ec-1647@blog.fablab-cottbus.de, Zeile 158), Postleitzahl „10963“ "
        "(Berlin Kreuzberg) liegt in Berlin (kreisfreie Stadt, Land Berlin), außerhalb des Gebiets des "
        "Mitglieds Stadt Cottbus – übernommen ohne Lage; bitte die Postleitzahl prüfen"]
    assert lines[194] == "UID:ai1ec-1504@blog.fablab-cottbus.de"


def test_checked_as_kusel_problems_name_the_event_and_the_schema_field(tmp_path):
    """`swdp check kalender.ics -d events -m kusel`: the coordinates of Cottbus lie outside
    Kusel's area; a field is named as the schema names it – Kusel's CSV columns („Datum + bis
    [Ende]“, before) are not in a calendar. One end set before its start (13:00 for 19:00)."""
    text = (REAL / "fablab-cottbus.ics").read_text(encoding="utf-8")
    wrong = "DTEND;TZID=Europe/Berlin:20161203T190000"
    assert text.count(wrong) == 1
    path = tmp_path / "kalender.ics"
    path.write_text(text.replace(wrong, "DTEND;TZID=Europe/Berlin:20161203T130000"), encoding="utf-8")
    result = swdp_in_process("check", str(path), "--dataset", "events", "--municipality", "kusel",
                             "--json", data_dir=tmp_path / "data")
    report = json.loads(result.stdout)
    assert result.returncode == report["exit_code"] == 1
    outside = [row for row in report["problems"] if "außerhalb des Gebiets" in row["reason"]]
    assert outside and all("Landkreis Kusel, in Cottbus (kreisfreie Stadt, Brandenburg)" in row["reason"]
                           and row["field_label"] == "Lage" and "(UID ai1ec-" in row["row_ref"]
                           for row in outside)
    [end] = [row for row in report["problems"] if row["field"] == "end"]
    assert (end["row_ref"], end["field_label"]) == ("VEVENT 2 (UID ai1ec-1441@blog.fablab-cottbus.de, Zeile 48)", "Ende")
    assert end["reason"] == "„Ende“ (03.12.2016 13:00) liegt vor „Beginn“ (03.12.2016 14:00) – bitte die Reihenfolge prüfen"
    # addresses without GEO whose postal code is Cottbus's or Berlin's: matched nowhere in
    # Kusel, kept without position – said row by row (before: silently „ohne Lage“)
    foreign = [note for note in report["notes"] if "Postleitzahl „" in note]
    assert ("kalender.ics, VEVENT 5 (UID ai1ec-1647@blog.fablab-cottbus.de, Zeile 158), Postleitzahl "
            "„10963“ (Berlin Kreuzberg) liegt in Berlin (kreisfreie Stadt, Land Berlin), außerhalb des "
            "Gebiets des Mitglieds Landkreis Kusel – übernommen ohne Lage; bitte die Postleitzahl prüfen") in foreign
    assert len(foreign) > 5 and all(note.startswith("kalender.ics, VEVENT ") for note in foreign)
    assert sum("„03044“ (Cottbus) liegt in Cottbus (kreisfreie Stadt, Brandenburg)" in note for note in foreign) > 3


def test_a_feed_address_without_file_ending_is_checked_as_the_calendar_it_is(tmp_path):
    """The plugin's export address („…&action=export_events“) ends in no „.ics“: the first
    line of what comes says it is a calendar (before: „Unbekanntes Dateiformat „ohne Endung““)."""
    with upstream_server() as upstream:
        upstream.add("/", (REAL / "fablab-cottbus.ics").read_bytes(), content_type="text/calendar")
        url = (f"{upstream.url}/?plugin=all-in-one-event-calendar&controller=ai1ec_exporter_controller"
               f"&action=export_events")
        result = swdp_in_process("check", url, "--dataset", "events", "--json", data_dir=tmp_path / "data")
    report = json.loads(result.stdout)
    assert report["file"] == url and report["rejected"] == 2
    assert {row["row_ref"] for row in report["problems"]} == {
        "VEVENT 6 (UID ai1ec-1504@blog.fablab-cottbus.de, Zeile 194)",
        "VEVENT 13 (UID ai1ec-1669@blog.fablab-cottbus.de, Zeile 370)"}


def test_unlocated_events_are_around_no_member():
    """An event without position is near no area – GEOS refuses to measure it against a
    prepared one (\"Cannot calculate IndexedFacetDistance on empty geometries\")."""
    events = pa.table({"lon": [14.32321, None], "lat": [51.76882, None]})
    x, y = transform("EPSG:4326", np.array([14.3]), np.array([51.75]))
    area = shapely.Point(x[0], y[0]).buffer(2000)  # EPSG:25832, as the members' areas
    assert around(event_points(events), area, 25).tolist() == [True, False]


def test_a_recurring_event_without_location_is_one_problem_line_naming_its_dates(delivered):
    """The machBar feed leaves LOCATION empty in a few VEVENTs, some of them weekly series:
    the rejects keep one row per date (as before), but report, mail and `swdp check` give one
    line per VEVENT with the number of dates it concerns (before: 230 lines, one per date), and
    the summary says how many series and single events the rejected rows are."""
    data, _ = delivered
    rejects = pq.read_table(data / "rejects" / "events" / "municipality=potsdam" / "rejects.parquet").to_pylist()
    report = json.loads((data / "reports" / "potsdam" / "events.json").read_text(encoding="utf-8"))
    assert report["rejected"] == len(rejects) > 100
    lines = report["problems"]
    # every rejected date is in exactly one line, and there are far fewer lines than dates
    assert sum(line.get("occurrences", 1) for line in lines) == len(rejects)
    assert len(lines) < 30
    series = [line for line in lines if "occurrences" in line]
    assert series and all(", Termin " not in line["row_ref"] for line in series)
    for line in series:
        dates = [r for r in rejects if r["row_ref"].startswith(line["row_ref"] + ", Termin ")]
        assert len(dates) == line["occurrences"] > 1
        assert {(r["field_label"], r["reason"]) for r in dates} == {(line["field_label"], line["reason"])}
    weekly = "VEVENT 9 (UID 7uartkcnhf0elbvs8md0itrf6c@google.com, Zeile 158)"
    assert weekly in {line["row_ref"] for line in series}
    single = [line for line in lines if "occurrences" not in line]
    events = report["rejected_events"]
    assert events == {"series": len(series), "dates": sum(line["occurrences"] for line in series),
                      "single": len(single)}
    assert (f"({events['dates']} Termine von {events['series']} wiederkehrenden Veranstaltungen und "
            f"{events['single']} einzelne Veranstaltungen)") in report["verdict"]
    html = (data / "reports" / "potsdam" / "events.html").read_text(encoding="utf-8")
    [weekly_line] = [line for line in series if line["row_ref"] == weekly]
    assert f"{weekly}, betrifft {weekly_line['occurrences']} Termine" in html
    assert html.count("<tr><td>VEVENT ") == len(lines)
    [mail] = [path.read_text(encoding="utf-8") for path in (data / "outbox").glob("*.eml")
              if "Landeshauptstadt Potsdam" in path.read_text(encoding="utf-8")]
    message = email.message_from_string(mail, policy=email.policy.default)
    text = message.get_body(("plain",)).get_content()
    assert f"- {weekly}, betrifft {weekly_line['occurrences']} Termine, Ort: Pflichtfeld" in text
    # the subject counts as the body does: events with their dates, not rows
    assert message["Subject"] == (f"Lieferung Veranstaltungen (Landeshauptstadt Potsdam): "
                                  f"{events['series'] + events['single']} Veranstaltungen "
                                  f"({len(rejects)} Termine) abgewiesen")
    assert text.count("\n- VEVENT ") == len(lines)


def test_swdp_check_lists_a_series_once(tmp_path):
    result = swdp_in_process("check", str(REAL / "machbar-potsdam.ics"), "--dataset", "events",
                             "--municipality", "potsdam", data_dir=tmp_path / "data",
                             env={"SWDP_CONFIG": str(REAL / "cluster.yaml")})
    assert result.returncode == 1, result.stdout + result.stderr
    # the table wraps its cells: the weekly series' UID once, four series lines, no date
    assert result.stdout.count("7uartkcnhf0elbvs8md0itrf6c@google.com") == 1
    assert result.stdout.count("betrifft ") == 4 and ", Termin " not in result.stdout
    assert " Termine von 4 wiederkehrenden Veranstaltungen und " in result.stdout
