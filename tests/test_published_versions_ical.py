"""A citizen subscribes to the exported calendars: they read as valid iCalendar (icalendar
and vobject, as calendar programs parse them), their lines are folded at 75 octets without
cutting an umlaut in two, and besides the description people read they name, for tools, the
licence, whom to name, and the schema version and SHA-256 of the schema files the events
follow (VCALENDAR properties of the vendor „SWDP“, which calendar programs ignore)."""
from pathlib import Path

import icalendar
import pandas as pd
import vobject

from pipelines.core.cluster import AROUND_CALENDAR, CATEGORY_CALENDAR
from pipelines.export.calendar import write_ical
from pipelines.export.metadata import CLUSTER_SCOPE
from schemas import load_schema
from support.ical_reference import events_table

UMLAUTS = "Größe Übergänge für Bürgerinnen und Bürger – Straßenfest in Müllers Höhe "


def _content_lines(data: bytes) -> list[bytes]:
    """The file's physical lines (RFC 5545 3.1: CRLF, at most 75 octets each, a fold never
    inside a UTF-8 character: each line is UTF-8 on its own)."""
    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")
    lines = data[:-2].split(b"\r\n")
    assert max(len(line) for line in lines) <= 75
    for line in lines:
        line.decode("utf-8")  # a character cut in two raises here
    return lines


def _subscribed(path: Path) -> icalendar.Calendar:
    """The calendar as a calendar program reads it, after checking the file's lines."""
    data = path.read_bytes()
    _content_lines(data)
    # a second parser, as other programs read it, checking RFC 5545 strictly
    vobject.readOne(data.decode("utf-8"), validate=True).validate(raiseException=True)
    calendar = icalendar.Calendar.from_ical(data)
    for event in calendar.walk("VEVENT"):  # what RFC 5545 asks of every VEVENT
        assert event.get("UID") and event.get("DTSTAMP") and event.get("DTSTART")
    return calendar


def test_every_exported_calendar_names_its_schema_version_and_licence(kusel_events, cluster):
    schema = load_schema("events")
    folder = kusel_events.data_dir / "export" / "events"
    calendars = [folder / "kusel.ics", folder / f"{CLUSTER_SCOPE}.ics",
                 *sorted(folder.glob(f"{AROUND_CALENDAR}*.ics")),
                 *sorted(folder.glob(f"{CATEGORY_CALENDAR}*.ics"))]
    assert len([path for path in calendars if path.name.startswith(AROUND_CALENDAR)]) == len(cluster.members)
    licence = cluster.licences[cluster.licence]["url"]
    events = 0
    for path in calendars:
        calendar = _subscribed(path)
        assert (str(calendar["X-SWDP-SCHEMA-VERSION"]), str(calendar["X-SWDP-SCHEMA-SHA256"]),
                str(calendar["X-SWDP-LICENSE"])) == (schema.version, schema.content_hash, licence), path.name
        attribution = str(calendar["X-SWDP-ATTRIBUTION"])
        assert "© GeoBasis-DE / BKG" in attribution and licence in str(calendar["X-WR-CALDESC"]), path.name
        # people read the attributions one by one, not run together
        assert f"Quellenvermerke: {'; '.join(cluster.attributions())}." in str(calendar["X-WR-CALDESC"])
        events += len(calendar.walk("VEVENT"))
    assert events > 100
    # the member's own calendar names the member as the one to be named
    assert str(_subscribed(folder / "kusel.ics")["X-SWDP-ATTRIBUTION"]).startswith("Landkreis Kusel; ")


def test_calendar_properties_with_umlauts_fold_whole_and_read_back(tmp_path):
    """The calendar's name and description, the attribution and the events' texts, long and
    full of umlauts, folded at 75 octets, read back as they were written."""
    about = {"title": UMLAUTS * 2, "description": UMLAUTS * 5, "publisher": "Landkreis Sankt Wendel",
             "license_title": "Datenlizenz Deutschland – Namensnennung – Version 2.0",
             "license": "http://dcat-ap.de/def/licenses/dl-by-de/2.0",
             "attribution": ["© GeoBasis-DE / BKG 2021 (Daten verändert)", "GeoNames"],
             "attribution_text": "Landkreis Sankt Wendel; " + UMLAUTS * 3,
             "schema_version": "1.1", "schema_hash": "ab" * 32}
    frame = pd.DataFrame([{"record_id": f"ü-{n}", "last_seen": pd.Timestamp("2026-12-01 09:15", tz="UTC"),
                           "title": "ä" * n + UMLAUTS, "description": UMLAUTS * 4,
                           "start": pd.Timestamp("2026-12-05 18:30", tz="UTC"),
                           "end": pd.Timestamp("2026-12-05 21:00", tz="UTC"), "all_day": False,
                           "lat": 49.5, "lon": 7.4, "place": "Sankt Wendel"} for n in range(4)])
    calendar = _subscribed(write_ical(events_table(frame), tmp_path / "umlaute.ics", about))
    assert str(calendar["X-WR-CALNAME"]) == about["title"]
    assert str(calendar["X-SWDP-ATTRIBUTION"]) == about["attribution_text"]
    assert (str(calendar["X-SWDP-SCHEMA-VERSION"]), str(calendar["X-SWDP-SCHEMA-SHA256"])) == ("1.1", "ab" * 32)
    assert [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")] == list(frame["title"])
