"""iCalendar in depth: recurrences in a window, overrides, cancellations, time zones,
all-day events, stable ids, LOCATION forms and German reasons for broken properties."""
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from connectors import DeliveryError, read_delivery
from connectors.delivery import ROW_PROBLEMS
from connectors.ical_location import split_location
from pipelines.ingest.delivery import check_delivery
from schemas import load_schema

BERLIN = ZoneInfo("Europe/Berlin")
TODAY = datetime.now(BERLIN).date()


def _ics(tmp_path, *events: str, extra: str = "") -> Path:
    path = tmp_path / "kalender.ics"
    body = "".join(f"BEGIN:VEVENT\n{event.strip()}\nEND:VEVENT\n" for event in events)
    path.write_text(f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Test//DE\n{extra}{body}END:VCALENDAR\n"
                    .replace("\n", "\r\n"), encoding="utf-8")
    return path


def _stamp(day: date, time: str = "") -> str:
    return day.strftime("%Y%m%d") + (f"T{time}" if time else "")


def test_weekly_series_with_exdate_override_and_cancellation(tmp_path):
    first = TODAY + timedelta(days=7 - TODAY.weekday() + 5)  # a Saturday in one to two weeks
    moved, cancelled, skipped = (first + timedelta(weeks=n) for n in (2, 3, 1))
    path = _ics(tmp_path, f"""
UID:markt-1
SUMMARY:Wochenmarkt
DTSTART;TZID=Europe/Berlin:{_stamp(first, '080000')}
DTEND;TZID=Europe/Berlin:{_stamp(first, '130000')}
RRULE:FREQ=WEEKLY
EXDATE;TZID=Europe/Berlin:{_stamp(skipped, '080000')}
LOCATION:Stiftsplatz, 67655 Kaiserslautern""", f"""
UID:markt-1
RECURRENCE-ID;TZID=Europe/Berlin:{_stamp(moved, '080000')}
SUMMARY:Wochenmarkt mit Adventsbasar
DTSTART;TZID=Europe/Berlin:{_stamp(moved, '100000')}
DTEND;TZID=Europe/Berlin:{_stamp(moved, '180000')}
LOCATION:Stiftsplatz, 67655 Kaiserslautern""", f"""
UID:markt-1
RECURRENCE-ID;TZID=Europe/Berlin:{_stamp(cancelled, '080000')}
SUMMARY:Wochenmarkt
STATUS:CANCELLED
DTSTART;TZID=Europe/Berlin:{_stamp(cancelled, '080000')}""")
    delivery = read_delivery(path, "ical", {"window_days_ahead": 60})
    starts = [row["start"] for row in delivery.rows]
    # endless rule, bounded by the window: Saturdays up to 60 days ahead, minus EXDATE and CANCELLED
    expected = [first + timedelta(weeks=n) for n in range(10)
                if first + timedelta(weeks=n) <= TODAY + timedelta(days=60)]
    expected = [day for day in expected if day not in (skipped, cancelled)]
    assert [start.date() for start in starts] == expected
    override = next(row for row in delivery.rows if row["start"].date() == moved)
    assert override["title"] == "Wochenmarkt mit Adventsbasar" and override["start"].hour == 10
    # the moved occurrence keeps the id of its original slot (UID@RECURRENCE-ID in UTC)
    original = datetime.combine(moved, datetime.min.time().replace(hour=8), BERLIN)
    assert override["source_id"] == f"markt-1@{original.astimezone(ZoneInfo('UTC')):%Y%m%dT%H%M%SZ}"
    assert len({row["source_id"] for row in delivery.rows}) == len(delivery.rows)
    assert [row["source_id"] for row in read_delivery(path, "ical", {"window_days_ahead": 60}).rows] \
        == [row["source_id"] for row in delivery.rows]
    assert delivery.rows[0]["start"].utcoffset() == first_offset(first)
    assert "VEVENT 2" in delivery.refs[expected.index(moved)]
    assert "1 abgesagter Termin (STATUS:CANCELLED) nicht übernommen" in delivery.notes


def test_a_calendar_of_cancelled_dates_only_says_so(tmp_path):
    """Refused as without records, as every empty delivery – but saying why."""
    path = _ics(tmp_path, f"UID:x\nSUMMARY:Konzert\nSTATUS:CANCELLED\nDTSTART:{_stamp(TODAY, '200000')}\nLOCATION:Kusel",
                f"UID:y\nSUMMARY:Lesung\nSTATUS:CANCELLED\nDTSTART:{_stamp(TODAY, '180000')}\nLOCATION:Kusel")
    with pytest.raises(DeliveryError, match=r"keine Datensätze \(2 abgesagte Termine \(STATUS:CANCELLED\) "
                                            r"nicht übernommen\)"):
        read_delivery(path, "ical", {})


def first_offset(day: date) -> timedelta:
    return datetime.combine(day, datetime.min.time().replace(hour=8), BERLIN).utcoffset()


def test_rdate_adds_and_window_back_limits(tmp_path):
    start = TODAY - timedelta(days=100)
    extra = TODAY + timedelta(days=3)
    path = _ics(tmp_path, f"""
UID:fuehrung
SUMMARY:Stadtführung
DTSTART:{_stamp(start, '140000')}
RRULE:FREQ=DAILY;INTERVAL=10
RDATE:{_stamp(extra, '170000')}
LOCATION:Kusel""")
    rows = read_delivery(path, "ical", {"window_days_back": 30, "window_days_ahead": 20}).rows
    days = [row["start"].date() for row in rows]
    assert min(days) >= TODAY - timedelta(days=30) and max(days) <= TODAY + timedelta(days=20)
    assert extra in days and rows[0]["place"] == "Kusel"
    # floating times are Europe/Berlin
    assert all(row["start"].tzinfo is not None and row["start"].hour in (14, 17) for row in rows)
    assert rows[0]["start"].utcoffset() == first_offset(rows[0]["start"].date())


def test_a_series_without_uid_gives_all_its_occurrences_without_an_end_of_its_own(tmp_path):
    """RFC 5545 requires a UID, hand-made feeds leave it out: each such VEVENT is a series of
    its own (before: only its first date). Without DTEND and DURATION an occurrence has no end,
    as a single event has none (before: its start again)."""
    first = TODAY + timedelta(days=3)
    path = _ics(tmp_path, f"""
SUMMARY:Lauftreff
DTSTART;TZID=Europe/Berlin:{_stamp(first, '180000')}
RRULE:FREQ=WEEKLY;COUNT=3
LOCATION:Kusel""", f"""
SUMMARY:Seniorencafé
DTSTART;TZID=Europe/Berlin:{_stamp(first, '150000')}
RRULE:FREQ=DAILY;COUNT=2
LOCATION:Kusel""", f"""
UID:kerwe
SUMMARY:Kerwe
DTSTART;VALUE=DATE:{_stamp(first)}
RRULE:FREQ=YEARLY;COUNT=1
LOCATION:Kusel""")
    delivery = read_delivery(path, "ical", {})
    by_title = {}
    for ref, row in zip(delivery.refs, delivery.rows):
        by_title.setdefault(row["title"], []).append((ref, row))
    assert [row["start"].date() for _, row in by_title["Lauftreff"]] == \
        [first + timedelta(weeks=n) for n in range(3)]
    assert [row["start"].date() for _, row in by_title["Seniorencafé"]] == [first, first + timedelta(days=1)]
    assert by_title["Lauftreff"][0][0] == f"VEVENT 1 (Zeile 4), Termin {first:%d.%m.%Y} 18:00"
    assert {row["source_id"] for _, rows in by_title.items() for _, row in rows} == {None, f"kerwe@{_stamp(first)}"}
    assert {row["end"] for row in delivery.rows} == {None}


def test_vtimezone_with_own_name_iana_tzid_and_all_day(tmp_path):
    day = TODAY + timedelta(days=10)
    timezone = """BEGIN:VTIMEZONE
TZID:Mitteleuropa
BEGIN:STANDARD
DTSTART:19701025T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700329T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
END:VTIMEZONE
"""
    path = _ics(tmp_path, f"""
UID:a
SUMMARY:Konzert
DTSTART;TZID=Mitteleuropa:{_stamp(day, '193000')}
LOCATION:Fruchthalle, Fruchthallstraße 10, 67655 Kaiserslautern""", f"""
UID:b
SUMMARY:Lesung
DTSTART;TZID=America/New_York:{_stamp(day, '120000')}
LOCATION:Kusel""", f"""
UID:c
SUMMARY:Kerwe
DTSTART;VALUE=DATE:{_stamp(day)}
DTEND;VALUE=DATE:{_stamp(day + timedelta(days=1))}
LOCATION:Kusel""", extra=timezone)
    concert, reading, fair = read_delivery(path, "ical", {}).rows
    assert concert["start"].utcoffset() == first_offset(day)
    assert reading["start"].astimezone(BERLIN).hour == 18  # 12:00 in New York
    assert fair["all_day"] is True and fair["start"] == day and fair["source_id"] == "c"
    assert concert["all_day"] is False


@pytest.mark.parametrize("location, expected", [
    ("Stiftsplatz, Marktstraße 12a, 67655 Kaiserslautern",
     {"venue": "Stiftsplatz", "street": "Marktstraße", "housenumber": "12a", "postcode": "67655",
      "place": "Kaiserslautern"}),
    ("Fruchthalle\nFruchthallstraße 10\n67655 Kaiserslautern, Deutschland",
     {"venue": "Fruchthalle", "street": "Fruchthallstraße", "housenumber": "10", "postcode": "67655",
      "place": "Kaiserslautern"}),
    ("Burg Lichtenberg, D-66871 Thallichtenberg, Germany",
     {"venue": "Burg Lichtenberg", "postcode": "66871", "place": "Thallichtenberg"}),
    ("Marktstraße 3 66606 St. Wendel",
     {"street": "Marktstraße", "housenumber": "3", "postcode": "66606", "place": "St. Wendel"}),
    ("Stadthalle, Hauptstraße 5, Kusel",
     {"venue": "Stadthalle", "street": "Hauptstraße", "housenumber": "5", "place": "Kusel"}),
    ("Kusel", {"place": "Kusel"}),
    # Berlin's Christmas markets (record 160; see tests/data/berlin-weihnachtsmaerkte/README.md)
    ("Willner-Brauerei-Berlin, Berliner Str. 80 - 82, 13189 Berlin",
     {"venue": "Willner-Brauerei-Berlin", "street": "Berliner Str.", "housenumber": "80-82",
      "postcode": "13189", "place": "Berlin"}),
    ("Straße des 17. Juni 135, 10623 Berlin",
     {"street": "Straße des 17. Juni", "housenumber": "135", "postcode": "10623", "place": "Berlin"}),
    # WordPress' All-in-One Event Calendar: "venue @ address" (tests/data/ical-cottbus-potsdam)
    ("FabLab Cottbus @ Walther-Pauer-Straße 5 03044 Cottbus",
     {"venue": "FabLab Cottbus", "street": "Walther-Pauer-Straße", "housenumber": "5",
      "postcode": "03044", "place": "Cottbus"}),
    ("Spreegallerie Cottbus @ Karl-Marx-Straße, 03046 Cottbus",
     {"venue": "Spreegallerie Cottbus", "street": "Karl-Marx-Straße", "postcode": "03046", "place": "Cottbus"}),
    ("Maker Faire Berlin @ Luckenwalder Str. 4–6, 10963 Berlin",
     {"venue": "Maker Faire Berlin", "street": "Luckenwalder Str.", "housenumber": "4-6",
      "postcode": "10963", "place": "Berlin"}),
    ("Marktplatz, Kusel", {"venue": "Marktplatz", "place": "Kusel"}),
])
def test_location_forms(location, expected):
    assert split_location(location) == expected


def test_broken_property_is_named_in_german_with_uid_and_line(tmp_path):
    path = _ics(tmp_path, f"""
UID:gut
SUMMARY:Gut
DTSTART:{_stamp(TODAY + timedelta(days=2), '100000')}
LOCATION:Kusel""", """
UID:kaputt-7
SUMMARY:Kaputt
DTSTART:20261345T100000
GEO:49,4;7,7
LOCATION:Kusel""")
    delivery = read_delivery(path, "ical", {})
    index = next(i for i, ref in enumerate(delivery.refs) if "kaputt-7" in ref)
    assert delivery.refs[index] == "VEVENT 2 (UID kaputt-7, Zeile 10)"
    reasons = dict(delivery.rows[index][ROW_PROBLEMS])
    assert reasons["start"].startswith("Eigenschaft DTSTART (Beginn) ist fehlerhaft: „20261345T100000“")
    assert "GEO (Koordinaten)" in reasons["x"] and "Breite;Länge" in reasons["x"]
    assert "„49,4;7,7“" in reasons["x"]  # as written, not escaped as „49\\,4;7,7“
    assert ROW_PROBLEMS not in delivery.rows[1 - index]


def test_broken_file_structure_and_options_are_explained_in_german(tmp_path):
    path = tmp_path / "k.ics"
    path.write_text("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\n", encoding="utf-8")
    with pytest.raises(DeliveryError, match="Kein vollständiger VCALENDAR-Block"):
        read_delivery(path, "ical", {})
    good = _ics(tmp_path, f"UID:x\nSUMMARY:X\nDTSTART:{_stamp(TODAY)}")
    with pytest.raises(DeliveryError, match="Option window_days_ahead muss eine ganze Zahl"):
        read_delivery(good, "ical", {"window_days_ahead": "ein Jahr"})


ICALENDAR_CALENDARS = sorted((Path(icalendar.__file__).parent / "tests").glob("*/*.ics"))


@pytest.mark.parametrize("path", ICALENDAR_CALENDARS, ids=lambda p: p.name)
def test_every_calendar_of_the_icalendar_project_reads_or_is_refused_in_german(path):
    """Foreign files: each one gives rows (problems named per row) or a German refusal."""
    try:
        delivery = read_delivery(path, "ical", {})
    except DeliveryError as error:
        assert error.reason[0].isupper() and "Traceback" not in error.reason
        return
    for row in delivery.rows:
        for _field, reason in row.get(ROW_PROBLEMS, ()):
            assert reason.startswith(("Eigenschaft", "Die Wiederholungsregel", "Die Serie",
                                      "Der zusätzliche", "Die Termine"))


# An Outlook (Exchange) export as a county's events office sends it: Windows' zone name with
# the file's own VTIMEZONE, beside a TZID from the IANA database and a floating time.
_OUTLOOK = """BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
X-WR-CALNAME:Veranstaltungen
BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000010
SUMMARY:Sternwarte Kusel: Nacht der Sterne
DTSTART;TZID=W. Europe Standard Time:20270328T023000
DTEND;TZID=W. Europe Standard Time:20270328T040000
LOCATION:Sternwarte\\, Am Remigiusberg 1\\, 66871 Kusel
END:VEVENT
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000011
SUMMARY:Nachtwanderung zur Zeitumstellung
DTSTART;TZID=W. Europe Standard Time:20261025T023000
DTEND;TZID=W. Europe Standard Time:20261025T033000
LOCATION:Burg Lichtenberg\\, 66871 Thallichtenberg
END:VEVENT
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000012
SUMMARY:Grenzgang
DTSTART;TZID=Europe/Amsterdam:20270328T022000
LOCATION:Kusel
END:VEVENT
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000013
SUMMARY:Osterfeuer
DTSTART:20270328T021500
LOCATION:Kusel
END:VEVENT
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000014
SUMMARY:Beobachtungsabend
DTSTART;TZID=W. Europe Standard Time:20270320T210000
DTEND;TZID=W. Europe Standard Time:20270320T230000
RRULE:FREQ=WEEKLY;COUNT=3
LOCATION:Kusel
END:VEVENT
END:VCALENDAR
"""


def test_times_the_clocks_skip_are_read_as_rfc_5545_says_in_every_zone(tmp_path):
    """„02:30“ on 28 March 2027 does not exist. RFC 5545 3.3.5 reads it with the offset before
    the gap, 03:30 summer time, as every calendar program shows it; Outlook's zone (from the
    file's VTIMEZONE) took it for 01:30, an hour before the event. Such an event is valid
    iCalendar: it goes on, at 03:30 in every zone (a text or an Excel cell „28.03.2027 02:30“
    is refused instead, `tests/test_normalise_validate.py`). 02:30 on 25 October 2026 is its
    first showing, and the series around the change keeps 21:00."""
    path = tmp_path / "veranstaltungen.ics"
    path.write_text(_OUTLOOK.replace("\n", "\r\n"), encoding="utf-8")
    checked = check_delivery(path, load_schema("events"), "ical", {}, {}, "kusel", area=None)
    assert not [p for p in checked.problems if p.field in ("start", "end")]
    starts = checked.records.set_index("title")["start"]
    assert {title: starts[title].astimezone(BERLIN).strftime("%d.%m.%Y %H:%M %Z") for title in (
        "Sternwarte Kusel: Nacht der Sterne", "Grenzgang", "Osterfeuer")} == {
        "Sternwarte Kusel: Nacht der Sterne": "28.03.2027 03:30 CEST",
        "Grenzgang": "28.03.2027 03:20 CEST", "Osterfeuer": "28.03.2027 03:15 CEST"}
    records = checked.records.set_index("title")
    utc = ZoneInfo("UTC")
    hike = records.loc["Nachtwanderung zur Zeitumstellung"]
    assert (hike["start"], hike["end"]) == (datetime(2026, 10, 25, 0, 30, tzinfo=utc),  # MESZ
                                            datetime(2026, 10, 25, 2, 30, tzinfo=utc))  # MEZ
    evenings = sorted(records.loc["Beobachtungsabend", "start"])
    assert [e.astimezone(BERLIN).strftime("%d.%m. %H:%M") for e in evenings] == [
        "20.03. 21:00", "27.03. 21:00", "03.04. 21:00"]
