"""Recurring events of a member's iCalendar feed, told in German a clerk can act on: what is
wrong with a repetition rule (RRULE), a series that ends before it begins or whose end comes
before its start, an exception (EXDATE) that misses its occurrence, series without an
occurrence in the window.

Real files: the calendars users of `recurring-ical-events` (the library the platform expands
series with) sent in with their bug reports, as the installed package ships them
(LGPL-3.0-or-later, https://github.com/niccokunzmann/python-recurring-ical-events,
`recurring_ical_events/test/calendars/`): a rule with „UNTL“ for „UNTIL“, one ending before
its start (a Teamup export), one with COUNT=-1, Calendar Labs' holidays with an empty „RRULE:“.
A municipal calendar with open licence and faulty rules was not to be found (see
tests/data/ical-cottbus-potsdam/README.md)."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import recurring_ical_events

from connectors import DeliveryError, read_delivery
from connectors.delivery import ROW_PROBLEMS
from pipelines.ingest.delivery import check_delivery
from schemas import load_schema

BERLIN = ZoneInfo("Europe/Berlin")
TODAY = datetime.now(BERLIN).date()
REPORTED = Path(recurring_ical_events.__file__).parent / "test" / "calendars"
GERMAN = ("Eigenschaft", "Die Wiederholungsregel", "Die Serie", "Der zusätzliche", "Die Termine")


def _problems(path: Path, options: dict | None = None) -> list[tuple[str, str, str]]:
    delivery = read_delivery(path, "ical", options or {})
    return [(ref, field, reason) for ref, row in zip(delivery.refs, delivery.rows)
            for field, reason in row.get(ROW_PROBLEMS, ())]


@pytest.mark.parametrize("name, expected", [
    ("bad_rrule_missing_until_event.ics", (
        "VEVENT 1 (UID blabla, Zeile 2)", "start",
        "Die Wiederholungsregel (RRULE) „FREQ=WEEKLY;BYDAY=TH;WKST=SU;UNTL=20191023“ ist "
        "fehlerhaft: „UNTL“ gibt es in einer Wiederholungsregel nicht (gemeint ist wohl UNTIL) – "
        "bitte die Serie im Kalender korrigieren")),
    ("issue_117_until_before_dtstart.ics", (
        "VEVENT 1 (Zeile 2)", "start",
        "Die Serie endet laut Wiederholungsregel am 01.10.2023 (UNTIL), vor ihrem ersten Termin "
        "am 02.10.2023 (DTSTART) – so hat sie keinen Termin; bitte das Ende der Serie prüfen")),
])
def test_faulty_rules_of_real_calendars_say_what_to_write_instead(name, expected):
    """Before: „… nicht auswertbar – bitte RRULE, RDATE, EXDATE und RECURRENCE-ID prüfen
    (technisch: UNTIL parameter is missing: …)“, and the other file was refused as
    without records („1 wiederkehrende Veranstaltung(en) ohne Termin im Zeitfenster …“):
    the series had no occurrence at all, whatever the window."""
    assert _problems(REPORTED / name) == [expected]


def test_an_empty_rule_is_no_rule():
    """Calendar Labs writes „RRULE:“ under each holiday: a single event to calendar programs."""
    delivery = read_delivery(REPORTED / "Germany_Holidays.ics", "ical", {"window_days_back": 5000})
    assert not [row for row in delivery.rows if ROW_PROBLEMS in row]
    assert "New Year's Day" in {row["title"] for row in delivery.rows}


@pytest.mark.parametrize("path", sorted(REPORTED.glob("*.ics")), ids=lambda p: p.name)
def test_every_reported_calendar_is_read_or_refused_in_german(path):
    try:
        delivery = read_delivery(path, "ical", {"window_days_back": 5000})
    except DeliveryError as error:
        assert "Veranstaltung(en)" not in error.reason and "technisch" not in error.reason
        return
    for row in delivery.rows:
        for _field, reason in row.get(ROW_PROBLEMS, ()):
            assert reason.startswith(GERMAN) and "technisch" not in reason, reason
    assert not [note for note in delivery.notes if "Veranstaltung(en)" in note]


def _ics(tmp_path, *events: str) -> Path:
    path = tmp_path / "kalender.ics"
    body = "".join(f"BEGIN:VEVENT\n{event.strip()}\nEND:VEVENT\n" for event in events)
    path.write_text(f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Kreisverwaltung//DE\n{body}"
                    f"END:VCALENDAR\n".replace("\n", "\r\n"), encoding="utf-8")
    return path


def _stamp(day: date, time: str) -> str:
    return f"{day:%Y%m%d}T{time}"


FRIDAY = TODAY + timedelta(days=(4 - TODAY.weekday()) % 7 + 7)  # a Friday in one to two weeks


def test_rules_a_clerk_types_by_hand_are_explained(tmp_path):
    """German weekday abbreviations, a gap of 0 weeks, a day 35: before, BYDAY=DI gave „ist
    nicht lesbar (erwartet z. B. FREQ=WEEKLY;COUNT=10)“, INTERVAL=0 (a series in the window)
    kept the expansion busy for good – the check did not end –, and BYMONTHDAY=35 gave a
    monthly series of one occurrence, without a word."""
    start = f"DTSTART;TZID=Europe/Berlin:{_stamp(FRIDAY, '190000')}\nLOCATION:Kusel"
    path = _ics(tmp_path, f"UID:a\nSUMMARY:Skat\n{start}\nRRULE:FREQ=WEEKLY;BYDAY=DI",
                f"UID:b\nSUMMARY:Chor\n{start}\nRRULE:FREQ=WEEKLY;INTERVAL=0",
                f"UID:c\nSUMMARY:Rat\n{start}\nRRULE:FREQ=MONTHLY;BYMONTHDAY=35",
                f"UID:d\nSUMMARY:Markt\n{start}\nRRULE:FREQ=WÖCHENTLICH")
    reasons = {ref.split(" (")[0]: reason for ref, _field, reason in _problems(path)}
    assert reasons == {
        "VEVENT 1": "Die Wiederholungsregel (RRULE) „FREQ=WEEKLY;BYDAY=DI“ ist fehlerhaft: „DI“ "
                    "in BYDAY ist kein Wochentag – die Kürzel sind englisch: MO, TU, WE, TH, FR, "
                    "SA, SU; gemeint ist wohl TU (Dienstag) – bitte die Serie im Kalender "
                    "korrigieren",
        "VEVENT 2": "Die Wiederholungsregel (RRULE) „FREQ=WEEKLY;INTERVAL=0“ ist fehlerhaft: "
                    "INTERVAL=0 – erwartet wird eine ganze Zahl ab 1 – bitte die Serie im "
                    "Kalender korrigieren",
        "VEVENT 3": "Die Wiederholungsregel (RRULE) „FREQ=MONTHLY;BYMONTHDAY=35“ ist fehlerhaft: "
                    "BYMONTHDAY=35 – erlaubt sind Zahlen von -31 bis 31 außer 0 – bitte die Serie "
                    "im Kalender korrigieren",
        "VEVENT 4": "Die Wiederholungsregel (RRULE) „FREQ=WÖCHENTLICH“ ist fehlerhaft: "
                    "FREQ=WÖCHENTLICH ist keine Häufigkeit – erlaubt: DAILY (täglich), WEEKLY "
                    "(wöchentlich), MONTHLY (monatlich), YEARLY (jährlich) – bitte die Serie im "
                    "Kalender korrigieren"}


def test_a_series_ending_before_it_begins_is_refused_as_a_single_event_is(tmp_path):
    """Before: each occurrence was read with start and end swapped – the Skat evening began
    at 18:00 instead of 19:00, in every week."""
    path = _ics(tmp_path, f"""
UID:skat
SUMMARY:Skatabend
DTSTART;TZID=Europe/Berlin:{_stamp(FRIDAY, '190000')}
DTEND;TZID=Europe/Berlin:{_stamp(FRIDAY, '180000')}
RRULE:FREQ=WEEKLY;COUNT=3
LOCATION:Gasthaus Krone, Kusel""")
    checked = check_delivery(path, load_schema("events"), "ical", {}, {}, "kusel", area=None)
    assert checked.records.empty
    assert [(p.row, p.field, p.reason) for p in checked.problems] == [(
        0, "end", f"„Ende“ ({FRIDAY:%d.%m.%Y} 18:00) liegt vor „Beginn“ ({FRIDAY:%d.%m.%Y} "
                  f"19:00) – bitte die Reihenfolge prüfen")]


def test_an_exception_at_another_time_is_named_and_the_occurrence_stays(tmp_path):
    """EXDATE at 08:00 for a series at 19:00 takes nothing out, in every calendar program.
    Before: not a word – the clerk saw the evening she had cancelled in the calendar."""
    skipped = FRIDAY + timedelta(weeks=1)
    path = _ics(tmp_path, f"""
UID:skat
SUMMARY:Skatabend
DTSTART;TZID=Europe/Berlin:{_stamp(FRIDAY, '190000')}
RRULE:FREQ=WEEKLY;COUNT=3
EXDATE;TZID=Europe/Berlin:{_stamp(skipped, '080000')}
LOCATION:Kusel""")
    delivery = read_delivery(path, "ical", {})
    assert len(delivery.rows) == 3
    assert delivery.notes == [
        f"„Skatabend“, VEVENT 1 (UID skat, Zeile 4): die Ausnahme EXDATE {skipped:%d.%m.%Y} "
        f"08:00 nimmt keinen Termin aus – an diesem Tag beginnt der Termin um 19:00 und bleibt "
        f"im Kalender; bitte die Ausnahme mit der Uhrzeit des Termins angeben oder den Termin im "
        f"Kalender löschen"]


def test_series_without_occurrence_in_the_window_are_named(tmp_path):
    """Before: „1 wiederkehrende Veranstaltung(en) ohne Termin im Zeitfenster … (Optionen
    window_days_back und window_days_ahead)“ – which one, and what to do, was not said."""
    path = _ics(tmp_path, f"""
UID:kurs-2020
SUMMARY:Töpferkurs
DTSTART;TZID=Europe/Berlin:20200103T190000
RRULE:FREQ=WEEKLY;COUNT=3
LOCATION:Kusel""", f"""
UID:markt
SUMMARY:Wochenmarkt
DTSTART;TZID=Europe/Berlin:{_stamp(FRIDAY, '080000')}
LOCATION:Kusel""")
    delivery = read_delivery(path, "ical", {})
    start, end = TODAY - timedelta(days=30), TODAY + timedelta(days=400)
    assert delivery.notes == [
        f"Eine wiederkehrende Veranstaltung hat keinen Termin zwischen dem {start:%d.%m.%Y} und "
        f"dem {end:%d.%m.%Y} und wurde nicht übernommen: „Töpferkurs“, VEVENT 1 (UID kurs-2020, "
        f"Zeile 4). Übernommen werden die Termine einer Serie aus den letzten 30 und den "
        f"nächsten 400 Tagen (einstellbar in cluster.yaml mit window_days_back und "
        f"window_days_ahead); liegt die Serie in diesem Zeitraum, bitte ihr Ende (UNTIL, COUNT) "
        f"und die ausgenommenen Termine (EXDATE) prüfen"]


def test_an_unusable_count_beside_until_is_ignored_with_a_note():
    """Teamup writes COUNT=-1 beside UNTIL, and the clerk cannot change what her tool writes.
    Before: „… ist fehlerhaft: COUNT=-1 – erwartet wird eine ganze Zahl ab 1 …“, the series
    was refused. Now read up to UNTIL: every fourth Monday from 2.10.2023 to 31.3.2024."""
    delivery = read_delivery(REPORTED / "issue_128_only_first_event.ics", "ical",
                             {"window_days_back": 5000})
    assert not [row for row in delivery.rows if ROW_PROBLEMS in row]
    assert [row["start"] for row in delivery.rows] == [
        date(2023, 10, 2), date(2023, 10, 30), date(2023, 11, 27), date(2023, 12, 25),
        date(2024, 1, 22), date(2024, 2, 19), date(2024, 3, 18)]
    assert delivery.notes == [
        "„test123“, VEVENT 1 (Zeile 2): die Wiederholungsregel (RRULE) nennt COUNT=-1 neben "
        "UNTIL – COUNT=-1 ist keine Anzahl von Terminen und wurde übergangen; übernommen sind die "
        "Termine bis zum 31.03.2024 (UNTIL)"]


def test_the_ignored_count_is_not_used_by_the_expansion_and_without_until_is_refused(tmp_path):
    """COUNT=0 beside UNTIL: dateutil, which expands the series, stops after the first
    occurrence; the series runs to UNTIL. Without UNTIL the series has no end that can be
    read, and stays refused."""
    until = FRIDAY + timedelta(weeks=3)
    end = f"{datetime.combine(until, datetime.max.time(), BERLIN).astimezone(UTC):%Y%m%dT%H%M%SZ}"
    start = f"DTSTART;TZID=Europe/Berlin:{_stamp(FRIDAY, '190000')}\nLOCATION:Kusel"
    path = _ics(tmp_path,
                f"UID:yoga-1\nSUMMARY:Yoga\n{start}\n"
                f"RRULE:FREQ=WEEKLY;COUNT=0;UNTIL={end}",
                f"UID:chor-2\nSUMMARY:Chor\n{start}\n"
                f"RRULE:FREQ=WEEKLY;UNTIL={end};COUNT=viele",
                f"UID:skat-3\nSUMMARY:Skat\n{start}\nRRULE:FREQ=WEEKLY;COUNT=-1")
    delivery = read_delivery(path, "ical", {})
    weekly = [datetime.combine(FRIDAY + timedelta(weeks=week), datetime.min.time().replace(
        hour=19), BERLIN) for week in range(4)]
    assert [(row["title"], row["start"]) for row in delivery.rows if ROW_PROBLEMS not in row] == [
        *(("Yoga", moment) for moment in weekly), *(("Chor", moment) for moment in weekly)]
    assert _problems(path) == [(
        "VEVENT 3 (UID skat-3, Zeile 18)", "start",
        "Die Wiederholungsregel (RRULE) „FREQ=WEEKLY;COUNT=-1“ ist fehlerhaft: COUNT=-1 – "
        "erwartet wird eine ganze Zahl ab 1 – bitte die Serie im Kalender korrigieren")]
    assert delivery.notes == [
        f"„{title}“, VEVENT {number} (UID {uid}, Zeile {line}): die Wiederholungsregel (RRULE) "
        f"nennt COUNT={count} neben UNTIL – COUNT={count} ist keine Anzahl von Terminen und "
        f"wurde übergangen; übernommen sind die Termine bis zum {until:%d.%m.%Y} 23:59 (UNTIL)"
        for title, number, uid, line, count in (("Yoga", 1, "yoga-1", 4, "0"),
                                                ("Chor", 2, "chor-2", 11, "viele"))]
