"""Template helpers of the portal: the portal file's texts, the home page's members, calendar
and newest plans (read from the cluster datasets' GeoJSON resources CKAN stores), German
labels for the platform's dataset extras, and what the map preview needs."""
from __future__ import annotations

import json
import os
from datetime import date, datetime, timezone
from functools import lru_cache
from urllib.parse import urlsplit, urlunsplit
from zoneinfo import ZoneInfo

import ckantoolkit as toolkit
from ckan.lib.uploader import get_resource_uploader
from werkzeug.exceptions import default_exceptions

from ckanext.swdp import labels

BERLIN = ZoneInfo("Europe/Berlin")
BOUNDARY_EXTRA = "swdp_boundary"

__all__ = ["swdp_portal", "swdp_members", "swdp_upcoming_events", "swdp_newest_plans",
           "swdp_additional_info", "swdp_resource_info", "swdp_map", "swdp_resource_label",
           "swdp_datetime", "swdp_data_dictionary", "swdp_schema_version", "swdp_error",
           "swdp_calendar_subscription", "render_datetime"]


def swdp_portal() -> dict:
    """The portal file (JSON) named by ckanext.swdp.portal_file; empty if not configured."""
    path = toolkit.config.get("ckanext.swdp.portal_file")
    if not path or not os.path.exists(path):
        return {}
    return _read_json(path, os.stat(path).st_mtime_ns)


@lru_cache(maxsize=32)
def _read_json(path: str, _version: int):
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def _action(name: str, **data):
    return toolkit.get_action(name)({"ignore_auth": False}, data)


def swdp_members() -> list[dict]:
    """The member organisations (in cluster.yaml's order, the cluster's own first) with their
    active datasets, for the home page."""
    order = swdp_portal().get("organizations") or []
    shown = []
    for name in order:
        try:
            organization = _action("organization_show", id=name, include_datasets=True,
                                   include_users=False)
        except (toolkit.ObjectNotFound, toolkit.NotAuthorized):
            continue
        shown.append({"name": name, "title": organization["title"],
                      "count": organization.get("package_count", 0),
                      "datasets": sorted(organization.get("packages", []),
                                         key=lambda p: p["title"])})
    return shown


def _features(dataset_name: str) -> list[dict]:
    """The features of a dataset's GeoJSON resource as CKAN stores it; [] if there is none."""
    try:
        package = _action("package_show", id=dataset_name)
    except (toolkit.ObjectNotFound, toolkit.NotAuthorized):
        return []
    resource = _geojson_resource(package)
    if not resource or resource.get("url_type") != "upload":
        return []
    path = get_resource_uploader(resource).get_path(resource["id"])
    if not os.path.exists(path):
        return []
    return _read_json(path, os.stat(path).st_mtime_ns).get("features", [])


def _geojson_resource(package: dict) -> dict | None:
    return next((r for r in package.get("resources", [])
                 if (r.get("format") or "").lower() == "geojson"), None)


def _instant(value: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(value).astimezone(BERLIN) if value else None
    except ValueError:
        return None


def swdp_upcoming_events(limit: int = 6) -> list[dict]:
    """The next events of the cluster's calendar: title, when (Europe/Berlin), where."""
    now = datetime.now(BERLIN)
    upcoming = []
    for feature in _features(swdp_portal().get("calendar_dataset", "")):
        properties = feature.get("properties") or {}
        start = _instant(properties.get("start"))
        if start and start >= now and not properties.get("withdrawn_at"):
            upcoming.append((start, properties))
    upcoming.sort(key=lambda pair: pair[0])
    return [{"title": p.get("title"), "category": p.get("category_label"),
             "when": labels.german_date(start, with_time=not p.get("all_day")),
             "where": ", ".join(filter(None, (p.get("venue"), p.get("place"))))}
            for start, p in upcoming[:limit]]


def swdp_newest_plans(limit: int = 5) -> list[dict]:
    """The building plans with the most recent step (decision, display or entry into force)."""
    plans = []
    for feature in _features(swdp_portal().get("plans_dataset", "")):
        properties = feature.get("properties") or {}
        steps = [(properties.get(key), label) for key, label in labels.PLAN_STEPS
                 if properties.get(key)]
        if steps and not properties.get("withdrawn_at"):
            day, step = max(steps)
            plans.append((day, step, properties))
    plans.sort(key=lambda entry: entry[0], reverse=True)
    return [{"title": p.get("name"), "number": p.get("number"),
             "municipality": p.get("plan_municipality"), "status": p.get("legal_status_label")
             or p.get("legal_status"), "step": step,
             "when": labels.german_date(date.fromisoformat(day[:10]))}
            for day, step, p in plans[:limit]]


def swdp_datetime(value: str | datetime | None, with_time: bool = True) -> str:
    """A CKAN timestamp (UTC, often without offset) as '1. Dezember 2026, 11:38 Uhr' in
    Europe/Berlin, or without time as '1. Dezember 2026'; "" if it is none."""
    try:
        instant = datetime.fromisoformat(value) if isinstance(value, str) else value
    except ValueError:
        return ""
    if not instant:
        return ""
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=timezone.utc)
    return labels.german_date(instant.astimezone(BERLIN), with_time=with_time)


@toolkit.chained_helper
def render_datetime(ckan_render, value, date_format=None, with_hours=False,
                    with_seconds=False) -> str:
    """CKAN's dates (activity stream, changes, …) as the portal writes them: babel put the
    German month in English order with the zone („Dezember 7, 2026, 18:19 (MEZ)“), here
    „7. Dezember 2026, 18:19 Uhr“ (Europe/Berlin). An explicit format stays CKAN's."""
    if date_format:
        return ckan_render(value, date_format, with_hours, with_seconds)
    return swdp_datetime(value, with_time=with_hours or with_seconds)


def swdp_additional_info(package: dict) -> list[tuple[str, str, str | None]]:
    """(German label, readable value, link or None) for the dataset's extras; internal keys,
    raw vocabulary IRIs and GeoJSON never reach the page."""
    return labels.readable_extras({e["key"]: e["value"] for e in package.get("extras", [])})


def swdp_resource_info(resource: dict) -> list[tuple[str, str]]:
    return labels.readable_resource(resource)


def swdp_data_dictionary(resource: dict) -> list[tuple[str, str, str, str]]:
    """The resource's columns: heading, field name, type and description, in German."""
    return labels.data_dictionary(resource)


def swdp_schema_version(resource: dict) -> str:
    """The schema version the resource's columns follow (from its data dictionary)."""
    return labels.schema_version(resource)


def swdp_resource_label(resource: dict, resources: list[dict]) -> str:
    """The resource's format by its common name (CSV, GeoJSON, iCalendar …) – or its name
    where the dataset has more of that format: the cluster's events offer a calendar per
    category, a citizen must tell „Kalender: Konzert (iCalendar)“ from the others."""
    form = (resource.get("format") or "").upper()
    if form and sum((other.get("format") or "").upper() == form for other in resources) > 1:
        return resource.get("name") or labels.FORMAT_NAMES.get(form, resource["format"])
    return labels.FORMAT_NAMES.get(form, resource.get("format") or resource.get("name") or "")


# How the platform (format "ICS") and other publishers name iCalendar resources.
CALENDAR_FORMATS = {"ics", "ical", "icalendar"}


def swdp_calendar_subscription(resource: dict) -> dict | None:
    """The addresses a citizen subscribes to an iCalendar resource with, derived from its URL:
    `webcal` (webcal://…) opens the calendar program („Abonnieren“), `address` (http(s)://…) is
    what Outlook im Web and Google Kalender ask for. None for other formats and for a URL
    without http(s) scheme or host – a calendar program could not fetch it."""
    if (resource.get("format") or "").lower() not in CALENDAR_FORMATS:
        return None
    address = (resource.get("url") or "").strip()
    parts = urlsplit(address)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return {"webcal": urlunsplit(("webcal", *parts[1:])), "address": address}


def swdp_map(package: dict, resource: dict | None = None) -> dict | None:
    """What the map preview shows: the dataset's (or the given resource's) GeoJSON, by URL
    for the browser to load, and the publishing member's boundary (GeoJSON from the
    organisation). None where there is no GeoJSON to show."""
    if resource is not None:
        resource = resource if (resource.get("format") or "").lower() == "geojson" else None
    else:
        resource = _geojson_resource(package)
    organization = package.get("organization") or {}
    if not resource or not organization:
        return None
    try:
        details = _action("organization_show", id=organization["name"], include_datasets=False,
                          include_users=False)
    except (toolkit.ObjectNotFound, toolkit.NotAuthorized):
        details = {}
    boundary = next((e["value"] for e in details.get("extras", [])
                     if e["key"] == BOUNDARY_EXTRA), None)
    # Embedded in a <script> element: no "<" may end it early.
    return {"data_url": resource["url"],
            "boundary": boundary.replace("<", "\\u003c") if boundary else None,
            "member": organization.get("title") or organization["name"],
            "attribution": swdp_portal().get("boundary_attribution") or {}}


# Heading and text of an error page: werkzeug names the error and explains it in English
# („404 Not Found“, „The requested URL was not found on the server …“).
ERROR_PAGES = {
    403: ("Kein Zugriff", "Diese Seite ist nicht öffentlich."),
    404: ("Seite nicht gefunden", "Diese Seite gibt es nicht oder nicht mehr. Die Suche nach "
                                  "Datensätzen hilft Ihnen vielleicht weiter."),
    500: ("Fehler", "Beim Anzeigen dieser Seite ist ein Fehler aufgetreten. Bitte versuchen "
                    "Sie es später noch einmal."),
}


def swdp_error(code: int | list[int], content: str | None) -> tuple[str, str]:
    """(heading, text) of the error page; CKAN's own explanations (German, e.g. „Datensatz
    nicht gefunden“) stay, werkzeug's English defaults give way to the portal's words."""
    code = code[0] if isinstance(code, list) else code  # CKAN passes [500] for crashes
    heading, text = ERROR_PAGES.get(code, ERROR_PAGES[500])
    english = {"Internal server error", getattr(default_exceptions.get(code), "description", None)}
    return heading, text if not content or content in english else content
