"""iCalendar exports (RFC 5545): one calendar per member and for the cluster, and from the
regional calendar (duplicates merged) one per category and one "events around us" per member,
with the table of merges beside them."""
from __future__ import annotations

from datetime import timedelta
from functools import cache
from pathlib import Path

import icalendar
import pandas as pd
from icalendar.parser import _escape_char, _foldline

from pipelines.coordination.calendar import MERGE_COLUMNS, RegionalCalendar, around, event_points
from pipelines.coordination.config import calendar_rules
from pipelines.core.cluster import Cluster
from pipelines.core.files import atomic_write
from pipelines.core.german import BERLIN, german_number
from pipelines.core.settings import Settings
from pipelines.export.metadata import CLUSTER_SCOPE
from pipelines.export.values import berlin, present
from pipelines.geocoding.gazetteer import member_area
from schemas import load_schema


def regional_calendars(settings: Settings, cluster: Cluster, folder: Path,
                        regional: RegionalCalendar, about: dict) -> list[Path]:
    """Per category and per member ("events around us") a calendar of the merged events, and
    the table of merges (which rule joined which records) next to them."""
    written, events = [], vevents(regional.events)  # each event written once for all calendars
    for code in load_schema("events").field("category").code_list.codes:
        part = regional.events[regional.events["category"] == code.code]
        written.append(write_ical(part, folder / f"kategorie-{code.code}.ics",
                                   {**about, "title": f"{about['title']}: {code.label}"}, events))
    km = calendar_rules(cluster).around_km
    points = event_points(regional.events)
    for key, member in cluster.members.items():
        area = member_area(settings, cluster, member).municipalities.union_all()
        written.append(write_ical(around(regional.events, points, area, km),
                                  folder / f"umkreis-{key}.ics", {
            **about, "title": f"Veranstaltungen bis {german_number(km)} km um {member.name}"},
            events))
    path = folder / f"{CLUSTER_SCOPE}-zusammenfuehrungen.csv"
    table = regional.merges.rename(columns=MERGE_COLUMNS)
    atomic_write(path, lambda partial: table.to_csv(partial, sep=";", decimal=",", index=False,
                                                    encoding="utf-8-sig", lineterminator="\r\n"))
    return [*written, path]


def write_ical(frame, path: Path, about: dict, events: pd.Series | None = None) -> Path:
    """The calendar of the events in `frame`; `events`: their VEVENT texts (`vevents`) when
    already made for a larger frame (the regional calendar is cut into many calendars)."""
    events = vevents(frame) if events is None else events.loc[frame.index]
    zones = set().union(*events["zones"])
    calendar = calendar_shell(about)
    # The time zones the events name, as Calendar.add_missing_timezones would add them; RFC
    # 5545 wants at least one component, so an empty calendar gets Europe/Berlin.
    for tzid in zones or ({"Europe/Berlin"} if events.empty else ()):
        calendar.add_component(_timezone(tzid))
    shell = calendar.to_ical()
    end = b"END:VCALENDAR\r\n"
    body = "".join(events["text"].tolist()).encode("utf-8")
    atomic_write(path, lambda partial: Path(partial).write_bytes(shell[:-len(end)] + body + end))
    return path


@cache
def _timezone(tzid: str) -> icalendar.Timezone:
    """The VTIMEZONE of a zone, built once (a quarter of a second each, hundreds of files)."""
    return icalendar.Timezone.from_tzid(tzid)


def calendar_shell(about: dict) -> icalendar.Calendar:
    """A calendar with its name, description and licence, without components."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Südwest-Cluster//Datenplattform//DE")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", about["title"])
    calendar.add("x-wr-timezone", "Europe/Berlin")
    calendar.add("x-wr-caldesc", f"{about['description']} Lizenz: {about['license_title']} "
                                 f"({about['license']}). {' '.join(about['attribution'])}")
    return calendar


def vevents(frame: pd.DataFrame) -> pd.DataFrame:
    """Each event's VEVENT as icalendar writes it (`vevent(row).to_ical()`), made without
    building a million components: a property whose value repeats (times, places, categories)
    is written by icalendar once per distinct value, texts are escaped and folded as icalendar
    does; `zones`: the time zones each event names. tests/test_export_ical.py compares."""
    categories = load_schema("events").field("category").code_list
    lines = _Lines()
    texts, zones = [], []
    # Start and end of events at a time, as icalendar writes a time in Europe/Berlin.
    wall = {name: pd.to_datetime(frame[name], utc=True).dt.tz_convert(BERLIN)
            .dt.strftime("%Y%m%dT%H%M%S").tolist() for name in ("start", "end")}
    for n, row in enumerate(frame.itertuples(index=False)):
        row = row._asdict()
        if present(row["all_day"]) and row["all_day"]:
            start = berlin(row["start"]).to_pydatetime()
            end = berlin(row["end"]).to_pydatetime() if present(row["end"]) else None
            times = [lines.exact("dtstart", start.date()), lines.exact(
                "dtend", end.date() if end and end.date() > start.date()
                else start.date() + timedelta(days=1))]
        else:
            times = [f"DTSTART;TZID=Europe/Berlin:{wall['start'][n]}\r\n",
                     *([f"DTEND;TZID=Europe/Berlin:{wall['end'][n]}\r\n"] if present(row["end"]) else [])]
            lines.zones[times[0]] = "Europe/Berlin"
        description = "\n\n".join(text for text in (
            row["description"], row.get("delivered_by") and f"Gemeldet von: {row['delivered_by']}") if text)
        location = ", ".join(part for part in (
            row["venue"], " ".join(p for p in (row["street"], row["housenumber"]) if p),
            " ".join(p for p in (row["postcode"], row["place"]) if p)) if part)
        stamp = lines.exact("dtstamp", row["last_seen"].to_pydatetime())
        zones.append(frozenset(lines.zones[line] for line in (*times, stamp) if line in lines.zones))
        texts.append("".join([
            "BEGIN:VEVENT\r\n", lines.text("SUMMARY", row["title"]), *times, stamp,
            lines.text("UID", f"{row['record_id']}@suedwest-cluster"),
            lines.exact("categories", [categories.label(row["category"])]) if row["category"] else "",
            lines.repeated("DESCRIPTION", description) if description else "",
            lines.exact("geo", (float(row["lat"]), float(row["lon"]))) if present(row["lat"]) else "",
            lines.repeated("LOCATION", location) if location else "",
            lines.exact("organizer", f"mailto:{row['email']}", {"CN": row["organiser"]})
            if row["organiser"] and row["email"] else "",
            lines.repeated("URL", row["url"]) if row["url"] else "",
            "END:VEVENT\r\n"]))
    return pd.DataFrame({"text": texts, "zones": zones}, index=frame.index, dtype=object)


class _Lines:
    """Content lines (folded, with CRLF) as icalendar writes them."""

    def __init__(self):
        self.known: dict = {}
        self.zones: dict[str, str] = {}  # line -> the time zone it names (not UTC)

    def exact(self, name: str, value, parameters: dict | None = None) -> str:
        """Through icalendar itself, once per distinct value."""
        key = (name, repr(value), repr(parameters))
        if key not in self.known:
            event = icalendar.Event()
            event.add(name, value, parameters=parameters)
            line = event.to_ical().decode("utf-8")[len("BEGIN:VEVENT\r\n"):-len("END:VEVENT\r\n")]
            tzid = getattr(event[name], "params", {}).get("TZID")
            if tzid and tzid != "UTC":
                self.zones[line] = tzid
            self.known[key] = line
        return self.known[key]

    @staticmethod
    def text(name: str, value: str) -> str:
        """A TEXT property (vText): escaped, then folded."""
        return _folded(f"{name}:{_escape_char(value)}")

    def repeated(self, name: str, value: str) -> str:
        """A TEXT property, or the URI property URL (vUri: not escaped), whose value repeats:
        written once per distinct value."""
        key = (name, value)
        if key not in self.known:
            self.known[key] = _folded(f"{name}:{value}") if name == "URL" else self.text(name, value)
        return self.known[key]


def _folded(line: str) -> str:
    # icalendar folds a line longer than 74 octets; shorter ones stay as they are
    return (line if len(line.encode("utf-8")) <= 74 else _foldline(line)) + "\r\n"
