"""iCalendar exports (RFC 5545): one calendar per member and for the cluster, and from the
regional calendar (duplicates merged) one per category and one "events around us" per member,
with the table of merges beside them."""
from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import icalendar

from pipelines.coordination.calendar import MERGE_COLUMNS, RegionalCalendar, around
from pipelines.coordination.config import calendar_rules
from pipelines.core.cluster import Cluster
from pipelines.core.files import atomic_write
from pipelines.core.german import german_number
from pipelines.core.settings import Settings
from pipelines.export.metadata import CLUSTER_SCOPE
from pipelines.export.values import berlin, present
from pipelines.geocoding.gazetteer import member_area
from schemas import load_schema


def regional_calendars(settings: Settings, cluster: Cluster, folder: Path,
                        regional: RegionalCalendar, about: dict) -> list[Path]:
    """Per category and per member ("events around us") a calendar of the merged events, and
    the table of merges (which rule joined which records) next to them."""
    written = []
    for code in load_schema("events").field("category").code_list.codes:
        part = regional.events[regional.events["category"] == code.code]
        written.append(write_ical(part, folder / f"kategorie-{code.code}.ics",
                                   {**about, "title": f"{about['title']}: {code.label}"}))
    km = calendar_rules(cluster).around_km
    for key, member in cluster.members.items():
        area = member_area(settings, cluster, member).municipalities.union_all()
        written.append(write_ical(around(regional.events, area, km), folder / f"umkreis-{key}.ics", {
            **about, "title": f"Veranstaltungen bis {german_number(km)} km um {member.name}"}))
    path = folder / f"{CLUSTER_SCOPE}-zusammenfuehrungen.csv"
    table = regional.merges.rename(columns=MERGE_COLUMNS)
    atomic_write(path, lambda partial: table.to_csv(partial, sep=";", decimal=",", index=False,
                                                    encoding="utf-8-sig", lineterminator="\r\n"))
    return [*written, path]


def write_ical(frame, path: Path, about: dict) -> Path:
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Südwest-Cluster//Datenplattform//DE")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", about["title"])
    calendar.add("x-wr-timezone", "Europe/Berlin")
    calendar.add("x-wr-caldesc", f"{about['description']} Lizenz: {about['license_title']} "
                                 f"({about['license']}). {' '.join(about['attribution'])}")
    categories = load_schema("events").field("category").code_list
    for _, row in frame.iterrows():
        calendar.add_component(vevent(row, categories))
    calendar.add_missing_timezones()
    if not calendar.subcomponents:  # RFC 5545 wants at least one component, even when empty
        calendar.add_component(icalendar.Timezone.from_tzid("Europe/Berlin"))
    atomic_write(path, lambda partial: Path(partial).write_bytes(calendar.to_ical()))
    return path


def vevent(row, categories) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", f"{row['record_id']}@suedwest-cluster")
    # DTSTAMP from the delivery, not the clock, so an unchanged calendar is byte-identical.
    event.add("dtstamp", row["last_seen"].to_pydatetime())
    event.add("summary", row["title"])
    start = berlin(row["start"]).to_pydatetime()
    end = berlin(row["end"]).to_pydatetime() if present(row["end"]) else None
    if present(row["all_day"]) and row["all_day"]:
        event.add("dtstart", start.date())
        event.add("dtend", end.date() if end and end.date() > start.date()
                  else start.date() + timedelta(days=1))
    else:
        event.add("dtstart", start)
        if end:
            event.add("dtend", end)
    description = "\n\n".join(text for text in (
        row["description"], row.get("delivered_by") and f"Gemeldet von: {row['delivered_by']}") if text)
    if description:
        event.add("description", description)
    if row["url"]:
        event.add("url", row["url"])
    location = ", ".join(part for part in (
        row["venue"], " ".join(p for p in (row["street"], row["housenumber"]) if p),
        " ".join(p for p in (row["postcode"], row["place"]) if p)) if part)
    if location:
        event.add("location", location)
    if present(row["lat"]):
        event.add("geo", (float(row["lat"]), float(row["lon"])))
    if row["category"]:
        event.add("categories", [categories.label(row["category"])])
    if row["organiser"] and row["email"]:
        event.add("organizer", f"mailto:{row['email']}", parameters={"CN": row["organiser"]})
    return event
