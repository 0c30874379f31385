"""The iCalendar export as icalendar builds it, component by component: the reference that
`pipelines.export.calendar.vevents` (which writes each property line directly) must match."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import icalendar
import numpy as np
import pyarrow as pa
import shapely

from pipelines.export.calendar import calendar_shell
from pipelines.export.files import exported_fields
from pipelines.export.metadata import CLUSTER_SCOPE
from pipelines.export.time_zone import vtimezone
from pipelines.export.values import berlin, present
from pipelines.storage.lake import geoarrow_table
from schemas import load_schema


def events_table(frame, regional: bool | None = None) -> pa.Table:
    """Events as the exports hand them to the calendars: the Arrow table of the exported
    fields (of the regional calendar when `frame` names who delivered them), fields the
    frame lacks empty, the geometry (if it has none) the point of lat/lon."""
    regional = "delivered_by" in frame if regional is None else regional
    schema = load_schema("events")
    fields = exported_fields(schema, CLUSTER_SCOPE if regional else None)
    if "geometry" not in frame:
        lat, lon = (np.asarray(frame[name], dtype=float) for name in ("lat", "lon"))
        frame = frame.assign(geometry=np.where(np.isfinite(lat), shapely.points(lon, lat), None))
    frame = frame.assign(**{f.name: None for f in fields if f.name not in frame})
    return geoarrow_table(frame, schema, fields)


def reference_calendar(frame, about: dict) -> bytes:
    calendar = calendar_shell(about)
    categories = load_schema("events").field("category").code_list
    for _, row in frame.iterrows():
        calendar.add_component(_vevent(row, categories))
    calendar.add_missing_timezones()
    if not calendar.subcomponents:  # RFC 5545 wants at least one component, even when empty
        calendar.add_component(icalendar.Timezone.from_tzid("Europe/Berlin"))
    # The zones as the export writes them, a yearly rule (tested on their own by the calendar
    # programs that read them, test_export_ical), in the places icalendar gives them.
    calendar.subcomponents = [icalendar.Timezone.from_ical(vtimezone(str(part["TZID"])))
                              if part.name == "VTIMEZONE" else part for part in calendar.subcomponents]
    return calendar.to_ical()


def _unmistakable(moment: datetime) -> datetime:
    """A Berlin time as icalendar is given it, in UTC where the wall time alone would mean
    the clocks' first showing of it (RFC 5545 3.3.5) and the moment is the second."""
    first = moment.replace(fold=0)
    return moment.astimezone(timezone.utc) if first.timestamp() != moment.timestamp() else moment


def _vevent(row, categories) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", f"{row['record_id']}@suedwest-cluster")
    event.add("dtstamp", row["last_seen"].to_pydatetime())
    event.add("summary", row["title"])
    start = berlin(row["start"]).to_pydatetime()
    end = berlin(row["end"]).to_pydatetime() if present(row["end"]) else None
    if present(row["all_day"]) and row["all_day"]:
        event.add("dtstart", start.date())
        event.add("dtend", end.date() if end and end.date() > start.date()
                  else start.date() + timedelta(days=1))
    else:
        event.add("dtstart", _unmistakable(start))
        if end:
            event.add("dtend", _unmistakable(end))
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
    # The organiser's name on one line; without a mailbox it is the event's contact.
    name = ", ".join(line.strip() for line in (row["organiser"] or "").splitlines() if line.strip())
    if row["email"]:
        event.add("organizer", f"mailto:{row['email']}", parameters={"CN": name} if name else None)
    elif name:
        event.add("contact", name)
    return event
