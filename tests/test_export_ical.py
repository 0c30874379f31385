"""The iCalendar export writes each event's lines directly (a million events in seconds, not
hours); the files must be byte for byte those icalendar builds component by component
(`support.ical_reference`): folding of long lines with umlauts, escaping, all-day events,
missing ends and positions, organisers with quotes, time zones, the empty calendar."""
import io
from datetime import timezone
from zoneinfo import ZoneInfo

import icalendar
import numpy as np
import pandas as pd
import vobject
from dateutil import tz

from pipelines.export.calendar import write_ical
from support.ical_reference import events_table, reference_calendar

ABOUT = {"title": "Veranstaltungen", "description": "Alle Termine.", "publisher": "Landkreis Kusel",
         "license_title": "DL-DE-BY 2.0",
         "license": "http://dcat-ap.de/def/licenses/dl-by-de/2.0", "attribution": ["© GeoBasis-DE"],
         "attribution_text": "Landkreis Kusel; © GeoBasis-DE", "schema_version": "1.0", "schema_hash": "0" * 64}
UTC = "UTC"


def _rows() -> pd.DataFrame:
    base = {"record_id": "0f1e", "last_seen": pd.Timestamp("2026-12-01 09:15", tz=UTC),
            "title": "Jahreskonzert", "start": pd.Timestamp("2026-12-05 18:30", tz=UTC),
            "end": pd.Timestamp("2026-12-05 21:00", tz=UTC), "all_day": False,
            "description": "Blasmusik.", "url": "https://example.org/a?b=c,d;e", "venue": "Halle",
            "street": "Mühlenweg", "housenumber": "22a", "postcode": "66871", "place": "Kusel",
            "lat": 49.5123456, "lon": 7.3987654, "category": "konzert",
            "organiser": "Musikverein e. V.", "email": "kultur@example.org"}
    variants = [
        {},
        # found in Berlin's market list: a name over two lines, and organisers with one of both
        {"organiser": "Kulturstiftung Schloss Britz\nTel.: 030 60 97 92 30", "email": "info@example.org"},
        {"organiser": None},
        {"organiser": "Förderverein Altstadt\r\n", "email": None},
        {"title": "Kerwe; mit Umzug, Musik\\Tanz und „Äpfelwein“ " + "ä" * 90, "description":
         "Zeile eins\nZeile zwei\r\nZeile drei", "organiser": 'Verein: "A", B; C'},
        {"all_day": True, "start": pd.Timestamp("2026-07-02 22:00", tz=UTC),
         "end": pd.Timestamp("2026-07-03 22:00", tz=UTC)},
        {"all_day": True, "start": pd.Timestamp("2026-12-04 23:00", tz=UTC), "end": None},
        {"end": None, "lat": float("nan"), "lon": float("nan"), "category": None, "url": None,
         "email": None, "description": None, "venue": None, "street": None, "housenumber": None},
        {"start": pd.Timestamp("2026-03-29 00:30", tz=UTC), "end": pd.Timestamp("2026-03-29 02:30", tz=UTC),
         "title": "x" * 74, "url": "https://example.org/" + "lang/" * 30, "delivered_by": None},
        {"title": "€" * 30, "description": "Ein sehr langer Text mit Umlauten: " + "öüß " * 40},
        # the hour the clocks show twice, its first and its second showing
        {"start": pd.Timestamp("2026-10-25 00:30", tz=UTC), "end": pd.Timestamp("2026-10-25 01:45", tz=UTC)},
        {"start": pd.Timestamp("2026-10-25 01:30", tz=UTC), "end": pd.Timestamp("2026-10-25 02:30", tz=UTC)},
    ]
    return pd.DataFrame([{**base, "delivered_by": "Landkreis Kusel; Landkreis Sankt Wendel",
                          **variant, "record_id": f"id-{n}"} for n, variant in enumerate(variants)])


def test_calendar_files_are_those_icalendar_writes(tmp_path):
    rows = _rows()
    for name, part in {"alle": rows, "ganztaegig": rows[rows["all_day"]], "leer": rows.iloc[:0],
                       "ohne-gemeldet": rows.drop(columns="delivered_by")}.items():
        path = write_ical(events_table(part), tmp_path / f"{name}.ics", ABOUT)
        assert path.read_bytes() == reference_calendar(part, ABOUT), name


def test_the_sample_calendar_is_that_icalendar_writes(kusel_events, tmp_path):
    from pipelines.core.database import connect
    from pipelines.core.settings import Settings

    settings = Settings(data_dir=kusel_events.data_dir, config_path=Settings.from_env().config_path)
    with connect(settings.warehouse_path, read_only=True) as connection:
        records = connection.execute("SELECT * EXCLUDE (geometry) FROM events ORDER BY record_id").df()
    assert len(records) > 100
    path = write_ical(events_table(records), tmp_path / "kusel.ics", ABOUT)
    assert path.read_bytes() == reference_calendar(records, ABOUT)


def test_hostile_texts_fold_and_escape_as_icalendar_writes_them(tmp_path):
    """Every offset of a multi-octet character (emoji, umlaut, ß, €), an escaped one and a line
    break around the first and second fold (75 octets), in the texts unique per event (title,
    id, escaped and folded in Arrow) and in those shared by many (description, place,
    organiser), and texts of many folds."""
    rows = _rows().iloc[[0]]
    pieces = ["😀", "ä", "ß", "€", "\\", ";", ",", "\n", "\r\n", "\r", "\\N", "^", '"', ":"]
    texts = ["x" * n + piece + "y" * (n % 5) for n in [*range(56, 80), *range(128, 152)] for piece in pieces]
    texts += ["Ä😀ß\\;," * 700, *("a" * n for n in range(60, 80)), *("😀" * n for n in range(14, 22))]
    rng = np.random.default_rng(7)  # and texts of those pieces at random
    texts += ["".join(rng.choice(pieces + ["a", " "], rng.integers(1, 300))) for _ in range(300)]
    part = pd.concat([rows] * len(texts), ignore_index=True).assign(
        title=texts, record_id=[f"{n:04d}:{text[-50:]}" for n, text in enumerate(texts)],
        description=texts[::-1], venue=texts, organiser=texts, place=texts[1:] + texts[:1])
    path = write_ical(events_table(part), tmp_path / "feindlich.ics", ABOUT)
    assert path.read_bytes() == reference_calendar(part, ABOUT)


def test_the_time_zone_carries_no_english_comment(tmp_path):
    """icalendar notes „This timezone only works from 1970-01-01 to 2038-01-01.“ in each
    VTIMEZONE; some calendar programs show it to the German reader. The zone stays complete."""
    rows = _rows()
    for part in (rows, rows.iloc[:0]):
        text = write_ical(events_table(part), tmp_path / "zeitzone.ics", ABOUT).read_text(encoding="utf-8")
        zone = text[text.index("BEGIN:VTIMEZONE"):text.index("END:VTIMEZONE")]
        assert "COMMENT" not in zone and "This timezone" not in text
        assert "TZID:Europe/Berlin" in zone and "BEGIN:DAYLIGHT" in zone and "BEGIN:STANDARD" in zone


def test_a_time_the_clocks_show_twice_keeps_its_moment_in_calendar_programs(tmp_path):
    """At 02:30 on 25 October 2026 the clocks show 02:30 twice. A calendar program reads a
    Berlin wall time as its first showing (RFC 5545 3.3.5); the event at the second showing
    (01:30 UTC) must not move an hour earlier. The time that does not exist on 28 March
    2027 (02:30) cannot be stored: 01:30 UTC is 03:30 in Berlin."""
    rows = _rows().iloc[[0, 0, 0]].assign(record_id=["erste", "zweite", "maerz"], start=[
        pd.Timestamp(moment, tz=UTC) for moment in ("2026-10-25 00:30", "2026-10-25 01:30",
                                                    "2027-03-28 01:30")], end=None)
    path = write_ical(events_table(rows), tmp_path / "umstellung.ics", ABOUT)
    read = {str(event["uid"]): event.decoded("dtstart").astimezone(timezone.utc)
            for event in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")}
    assert read == {f"{key}@suedwest-cluster": moment for key, moment in zip(
        ["erste", "zweite", "maerz"], rows["start"].dt.to_pydatetime())}


def test_calendar_programs_read_the_time_zone_as_berlin_keeps_it(tmp_path):
    """vobject (the parser of the CalDAV server Radicale) read icalendar's VTIMEZONE, whose
    changes of offset are lists of dates (RDATE), as CET all year: every summer event an hour
    early; it began summer time an hour late and ended in 2037 (as do Arrow's rules of the
    zone, which wrote the events' wall times). The zone is a yearly rule, as calendar programs
    write it: events in summer, winter, around both changes and after 2037 are read at their
    time, and instants convert to Berlin time as zoneinfo has them."""
    berlin = ZoneInfo("Europe/Berlin")
    starts = [pd.Timestamp(text, tz=UTC) for text in (
        "2027-01-15 18:00", "2027-05-06 13:30", "2027-03-28 00:30", "2027-03-28 01:30",
        "2027-10-31 02:30", "2041-07-20 16:00", "2041-12-24 15:00")]
    rows = pd.concat([_rows().iloc[[0]]] * len(starts), ignore_index=True).assign(
        start=starts, end=[start + pd.Timedelta(hours=2) for start in starts],
        record_id=[f"zeit-{n}" for n in range(len(starts))])
    text = write_ical(events_table(rows), tmp_path / "zeiten.ics", ABOUT).read_text(encoding="utf-8")
    read = {event.uid.value: event.dtstart.value for event in vobject.readOne(text).vevent_list}
    for n, start in enumerate(starts):
        assert read[f"zeit-{n}@suedwest-cluster"] == start.to_pydatetime(), start
    zone = tz.tzical(io.StringIO(text[text.index("BEGIN:VTIMEZONE"):text.index("END:VTIMEZONE") + 13])).get()
    for day in ("2027-03-28", "2027-10-31", "2041-03-31", "2041-10-27"):
        for instant in pd.date_range(f"{day} 00:00", periods=8, freq="30min", tz=UTC):
            local = instant.to_pydatetime().astimezone(zone)
            expected = instant.to_pydatetime().astimezone(berlin)
            assert (local.replace(tzinfo=None), local.utcoffset()) == (
                expected.replace(tzinfo=None), expected.utcoffset()), instant
