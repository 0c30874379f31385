"""iCalendar (RFC 5545) event feeds: one row per VEVENT, named like the events schema."""
from __future__ import annotations

import re
from pathlib import Path

import icalendar

from connectors.delivery import Delivery, DeliveryError, decode_text

# "Fruchthalle, Fruchthallstraße 10, 67655 Kaiserslautern"
_POSTCODE_PLACE = re.compile(r"^(?P<postcode>\d{5})\s+(?P<place>.+)$")
_STREET_NUMBER = re.compile(r"^(?P<street>.*\D)\s+(?P<number>\d+\s*[a-zA-Z]?(?:\s*-\s*\d+\s*[a-zA-Z]?)?)$")


def read(path: Path, options: dict) -> Delivery:
    text = decode_text(path, options.get("encoding"))
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except ValueError as error:
        raise DeliveryError(path, f"Kein gültiges iCalendar: {error}") from None
    rows, refs = [], []
    for number, event in enumerate(calendar.walk("VEVENT"), start=1):
        uid = str(event.get("UID", "")) or None
        refs.append(f"VEVENT {number}" + (f" (UID {uid})" if uid else ""))
        rows.append(_event_row(event, uid))
    columns = sorted({key for row in rows for key in row})
    return Delivery(path=path, columns=columns, rows=rows, refs=refs, crs="EPSG:4326",
                    schema_named=True)


def _event_row(event, uid: str | None) -> dict:
    start = event.get("DTSTART")
    end = event.get("DTEND")
    row = {
        "source_id": uid,
        "title": _text(event.get("SUMMARY")),
        "description": _text(event.get("DESCRIPTION")),
        "start": start.dt if start else None,
        "end": end.dt if end else None,
        # A DATE (not DATE-TIME) start is how iCalendar says "all day".
        "all_day": bool(start) and not hasattr(start.dt, "hour"),
        "url": _text(event.get("URL")),
    }
    categories = event.get("CATEGORIES")
    if categories:
        first = categories[0] if isinstance(categories, list) else categories
        row["category"] = next(iter(first.cats), None)
    organizer = event.get("ORGANIZER")
    if organizer is not None:
        row["organiser"] = organizer.params.get("CN")
        mail = str(organizer)
        row["email"] = mail[7:] if mail.lower().startswith("mailto:") else None
    geo = event.get("GEO")
    if geo is not None:
        row["y"], row["x"] = geo.latitude, geo.longitude
    row.update(_location(_text(event.get("LOCATION"))))
    return row


def _text(value) -> str | None:
    return str(value) if value is not None else None


def _location(location: str | None) -> dict:
    """Split "Venue, Street 12, 67655 Place" into its parts; parts that are missing stay out."""
    if not location:
        return {}
    parts = [part.strip() for part in location.split(",") if part.strip()]
    found = {}
    if parts and (match := _POSTCODE_PLACE.match(parts[-1])):
        found.update(postcode=match["postcode"], place=match["place"])
        parts.pop()
    if parts and (match := _STREET_NUMBER.match(parts[-1])):
        found.update(street=match["street"].strip(), housenumber=match["number"])
        parts.pop()
    if parts:
        found["venue"] = ", ".join(parts)
    return found
