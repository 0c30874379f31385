"""iCalendar (RFC 5545) event feeds: one row per occurrence, named like the events schema.

Recurring series (RRULE, RDATE, EXDATE, overrides by RECURRENCE-ID) are expanded with
`recurring-ical-events` inside a window around today (options `window_days_back`, default 30,
and `window_days_ahead`, default 400), so an endless rule gives a bounded number of rows.
An occurrence (or single event) with STATUS:CANCELLED is left out, which withdraws it.
Times with TZID (VTIMEZONE or IANA name) keep their zone, floating times are Europe/Berlin,
and a DATE start means all day. A wall time its zone skips (02:30 on the last Sunday of March)
is read with the offset before the gap, one shown twice as its first showing (RFC 5545 3.3.5),
when the values are read (`pipelines.ingest.dates`). Record ids stay stable: single events keep their UID, each
occurrence of a series gets UID@original start (its RECURRENCE-ID), so a moved occurrence
keeps its id.
"""
from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events

from connectors.delivery import ROW_PROBLEMS, Delivery, DeliveryError, decode_text
from connectors.ical_location import split_location
from connectors.ical_rules import (BERLIN, ends_before_start, german_time as _german_time,
                                   ignored_counts, listed_values, missed_exceptions,
                                   rule_problem, series_problems, when as _when,
                                   written as _raw)
from connectors.limits import check_ical

# The format names each row's values like the schema's fields (VEVENT properties): a member's
# column mapping has no columns to apply to (see `connectors.names_fields`).
NAMES_FIELDS = True
log = logging.getLogger(__name__)
UTC = ZoneInfo("UTC")
# Properties without which an event cannot be placed in time; broken, they reject the event.
_TIMING = ("DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID")
_RECURRING = ("RRULE", "RDATE", "RECURRENCE-ID")
_WHEN = "erwartet z. B. 20260705T190000 oder 20260705"
# Property -> (German name, the form it needs); "" where any text is fine.
_USED = {"DTSTART": ("Beginn", _WHEN), "DTEND": ("Ende", _WHEN), "DURATION": ("Dauer", "erwartet z. B. PT2H"),
         "RRULE": ("Wiederholungsregel", "erwartet z. B. FREQ=WEEKLY;COUNT=10"),
         "RDATE": ("zusätzliche Termine", _WHEN), "EXDATE": ("ausgenommene Termine", _WHEN),
         "RECURRENCE-ID": ("geänderter Termin", _WHEN),
         "GEO": ("Koordinaten", "erwartet Breite;Länge, z. B. 49.444;7.769"),
         "ORGANIZER": ("Veranstalter", "erwartet z. B. CN=Kulturamt:mailto:kultur@example.org"),
         "CATEGORIES": ("Kategorie", ""), "SUMMARY": ("Titel", ""), "LOCATION": ("Ort", ""),
         "URL": ("Webseite", "erwartet eine Adresse wie https://…")}


def read(path: Path, options: dict) -> Delivery:
    notes: list[str] = []  # a configured encoding the file does not have
    text = decode_text(path, options.get("encoding"), notes)
    check_ical(path, text)
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except ValueError as error:
        raise DeliveryError(path, _parse_error(str(error))) from None
    lines = _event_lines(text)
    today = datetime.now(BERLIN).date()
    days = (_days(path, options, "window_days_back", 30), _days(path, options, "window_days_ahead", 400))
    window = (today - timedelta(days=days[0]), today + timedelta(days=days[1]))
    events = list(calendar.walk("VEVENT"))
    recurring = {_series(e) for e in events if any(key in e for key in _RECURRING)}
    rows, refs, series, occurrence_of = [], [], [], []
    cancelled = 0
    for number, event in enumerate(events, start=1):
        uid = str(event.get("UID", "")) or None
        ref = _ref(number, uid, lines[number - 1] if number <= len(lines) else None)
        notes.extend(ignored_counts(event, ref))
        if broken := _broken(event):
            refs.append(ref)
            occurrence_of.append(None)
            rows.append({"source_id": uid, "title": _text(event, "SUMMARY"), ROW_PROBLEMS: broken})
        elif _series(event) in recurring and (ends_before_start(event) or series_problems(event)):
            # the series in one row as its VEVENT gives it: the checks refuse an end before the
            # start as for a single event
            refs.append(ref)
            occurrence_of.append(None)
            rows.append({**_event_row(event, uid), ROW_PROBLEMS: series_problems(event)})
        elif _series(event) in recurring:
            series.append((event, ref))
        elif _cancelled(event):
            cancelled += 1
        else:
            refs.append(ref)
            occurrence_of.append(None)
            rows.append(_event_row(event, uid))
    seen, shared, starts = set(), {}, {}
    for event, ref, problem, start, end in _occurrences(calendar, series, window):
        if id(event) not in shared:  # what all occurrences of a VEVENT share, read once
            override = event.get("RECURRENCE-ID")
            shared[id(event)] = (str(event.get("UID", "")) or None,
                                 None if problem or _cancelled(event) else _event_fields(event),
                                 None if override is None else override.dt,
                                 "DTEND" in event or "DURATION" in event)
        uid, fields, override, ends = shared[id(event)]
        seen.add(_series(event))
        if problem:
            refs.append(ref)
            occurrence_of.append(None)  # the whole series in one row
            rows.append({"source_id": uid, "title": _text(event, "SUMMARY"), ROW_PROBLEMS: [problem]})
        elif fields is None:
            cancelled += 1
        else:
            starts.setdefault(id(event), (event, ref, []))[2].append(start)
            # The occurrence's original slot (its RECURRENCE-ID) names it, so a moved one keeps
            # its id; without UID the platform's key (title, start, place) names it instead.
            refs.append(f"{ref}, Termin {_german_time(start)}")
            occurrence_of.append(ref)
            # Without DTEND and DURATION the feed gives no end (the library's would be the
            # start again, or the next day): as for a single event, the end stays empty.
            rows.append({**fields, **_timing(start, end if ends else None),
                         "source_id": uid and f"{uid}@{_stamp(start if override is None else override)}"})
    if cancelled:
        # said, so that a calendar of cancelled dates only is not just "without records"
        notes.append(f"{cancelled} abgesagte{'r' if cancelled == 1 else ''} Termin"
                     f"{'' if cancelled == 1 else 'e'} (STATUS:CANCELLED) nicht übernommen")
    for event, ref, occurring in starts.values():
        notes.extend(missed_exceptions(event, ref, occurring))
    outside: dict[str | int, tuple] = {}  # each series by its first VEVENT
    for event, ref in series:
        if _series(event) not in seen:
            outside.setdefault(_series(event), (event, ref))
    if outside:
        notes.append(_outside_note(list(outside.values()), window, days))
    columns = sorted({key for row in rows for key in row if key != ROW_PROBLEMS})
    return Delivery(path=path, columns=columns, rows=rows, refs=refs, crs="EPSG:4326",
                    notes=notes, schema_named=NAMES_FIELDS, occurrence_of=occurrence_of)


def _outside_note(outside: list, window: tuple[date, date], days: tuple[int, int]) -> str:
    """The series without an occurrence in the window, named (the first five), and where the
    window is set."""
    named = "; ".join(f"„{_text(event, 'SUMMARY') or 'ohne Titel'}“, {ref}"
                      for event, ref in outside[:5])
    more = f" und {len(outside) - 5} weitere" if len(outside) > 5 else ""
    which = ("Eine wiederkehrende Veranstaltung hat" if len(outside) == 1 else
             f"{len(outside)} wiederkehrende Veranstaltungen haben")
    return (f"{which} keinen Termin zwischen dem {window[0]:%d.%m.%Y} und dem "
            f"{window[1]:%d.%m.%Y} und {'wurde' if len(outside) == 1 else 'wurden'} nicht "
            f"übernommen: {named}{more}. Übernommen werden die Termine einer Serie aus den "
            f"letzten {days[0]} und den nächsten {days[1]} Tagen (einstellbar in cluster.yaml mit "
            f"window_days_back und window_days_ahead); liegt die Serie in diesem Zeitraum, bitte "
            f"ihr Ende (UNTIL, COUNT) und die ausgenommenen Termine (EXDATE) prüfen")


def _series(event) -> str | int:
    """What ties the VEVENTs of one series together: their UID; a VEVENT without UID is a
    series of its own (no RECURRENCE-ID can point to it)."""
    uid = event.get("UID")
    return str(uid) if uid else id(event)


def _ref(number: int, uid: str | None, line: int | None) -> str:
    """Where an event is: „VEVENT 2 (UID kaputt-7, Zeile 10)“, „VEVENT 3 (Zeile 17)“."""
    where = ", ".join([*([f"UID {uid}"] if uid else []), *([f"Zeile {line}"] if line else [])])
    return f"VEVENT {number}" + (f" ({where})" if where else "")


def _days(path: Path, options: dict, name: str, default: int) -> int:
    value = options.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise DeliveryError(path, f"Option {name} muss eine ganze Zahl von Tagen (0 oder mehr) "
                                  f"sein, nicht „{value}“")
    return value


def _parse_error(message: str) -> str:
    if message.startswith("Found multiple components"):
        return ("Die Datei enthält mehrere VCALENDAR-Blöcke – erwartet wird genau einer "
                "(BEGIN:VCALENDAR … END:VCALENDAR)")
    if message.startswith("Found no components"):
        return ("Kein vollständiger VCALENDAR-Block gefunden – die Datei muss mit "
                "BEGIN:VCALENDAR beginnen und mit END:VCALENDAR enden")
    # The parser's own words are English: members get the rule instead.
    return ("Kein gültiges iCalendar: jede Zeile muss NAME:WERT sein, zwischen "
            "BEGIN:VCALENDAR und END:VCALENDAR")


def _event_lines(text: str) -> list[int]:
    """The line of each BEGIN:VEVENT, in order, so a message can say where the event is."""
    return [number for number, line in enumerate(text.splitlines(), start=1)
            if line.strip().upper() == "BEGIN:VEVENT"]


def _broken(event) -> list[tuple[str, str]]:
    """German reasons why an event cannot be read: properties icalendar could not parse
    (BrokenCalendarProperty), a missing or repeated start."""
    problems = [("start", reason) for rule in listed_values(event, "RRULE")
                if (reason := rule_problem(_raw(rule)))]
    for name, _message in getattr(event, "errors", ()):
        if name == "RRULE" and problems:
            continue  # said above, with what is wrong
        if name in _USED:
            field = "start" if name in _TIMING else {"GEO": "x", "SUMMARY": "title",
                                                     "LOCATION": "place"}.get(name, name.lower())
            german, form = _USED[name]
            problems.append((field, f"Eigenschaft {name} ({german}) ist fehlerhaft: „{_raw(event.get(name))}“ "
                                    f"ist nicht lesbar{f' ({form})' if form else ''} – bitte im "
                                    f"Kalender korrigieren"))
    for name in ("DTSTART", "DTEND", "SUMMARY", "RECURRENCE-ID"):
        if isinstance(event.get(name), list):
            problems.append(("start" if name in _TIMING else "title",
                             f"Eigenschaft {name} ({_USED[name][0]}) steht mehrfach im Termin – "
                             f"erlaubt ist sie einmal"))
    if "DTSTART" not in event:
        problems.append(("start", "Eigenschaft DTSTART (Beginn) fehlt – ohne Beginn lässt sich "
                                  "der Termin nicht einordnen"))
    return problems


def _occurrences(calendar, series, window):
    """(occurrence, ref, None) for each occurrence in the window; (event, ref, reason) for a
    series the library refuses (one `connectors.ical_rules` did not find fault with)."""
    if not series:
        return
    by_uid: dict[str | int, list] = {}
    for event, ref in series:
        by_uid.setdefault(_series(event), []).append((event, ref))
    timezones = [c for c in calendar.subcomponents if c.name == "VTIMEZONE"]
    try:  # one query for all series; only on an error the series are taken one by one
        found = list(_expand(timezones, series, window))
    except (ValueError, TypeError, KeyError, AttributeError):
        found = None
    if found is not None:
        yield from found
        return
    for uid, members in by_uid.items():
        try:
            yield from list(_expand(timezones, members, window))
        except (ValueError, TypeError, KeyError, AttributeError) as error:
            log.info("series %s not expanded: %s", uid, error)
            yield members[0][0], members[0][1], (
                "start", "Die Termine dieser Serie lassen sich nicht berechnen – bitte die Serie "
                         "im Kalender öffnen und prüfen: Wiederholungsregel (RRULE), zusätzliche "
                         "(RDATE) und ausgenommene Termine (EXDATE) und geänderte Einzeltermine "
                         "(RECURRENCE-ID)"), None, None


def _expand(timezones, series, window):
    calendar = icalendar.Calendar()
    for component in timezones:
        calendar.add_component(component)
    series_ref, override_ref = {}, {}  # the VEVENT an occurrence comes from
    for event, ref in series:
        calendar.add_component(event)
        uid, override = _series(event), event.get("RECURRENCE-ID")
        if override is None:
            series_ref[uid] = ref
        else:
            override_ref[(uid, _stamp(override.dt))] = ref
            series_ref.setdefault(uid, ref)
    # The window's last day counts in full: `between` stops at that day's midnight otherwise.
    query = recurring_ical_events.of(calendar, calendar_query=_Occurrences)
    for occurrence in query.between(window[0], window[1] + timedelta(days=1)):
        event = occurrence._adapter._component  # noqa: SLF001 – see _Occurrences
        override = event.get("RECURRENCE-ID")
        uid = _series(event)
        ref = override_ref[(uid, _stamp(override.dt))] if override else series_ref[uid]
        yield event, ref, None, occurrence.start, occurrence.end


class _Occurrences(recurring_ical_events.CalendarQuery):
    """The occurrences themselves instead of a copied VEVENT for each: copying was two
    thirds of the expansion's time (benchmarks/bench_ical.py). Relies on the occurrence's
    adapter holding its VEVENT, as in recurring-ical-events 3.x (pinned in pyproject.toml)."""

    def _occurrences_to_components(self, occurrences):
        return occurrences


def _cancelled(event) -> bool:
    return str(event.get("STATUS", "")).upper() == "CANCELLED"


def _stamp(value) -> str:
    if isinstance(value, datetime):
        return _when(value).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return value.strftime("%Y%m%d")


def _event_row(event, source_id: str | None) -> dict:
    start = event["DTSTART"].dt
    end = event["DTEND"].dt if "DTEND" in event else None
    if end is None and "DURATION" in event:
        end = start + event["DURATION"].dt
    return {**_event_fields(event), **_timing(start, end), "source_id": source_id}


def _timing(start, end) -> dict:
    return {"start": _when(start), "end": _when(end),
            # A DATE (not DATE-TIME) start is how iCalendar says "all day".
            "all_day": isinstance(start, date) and not isinstance(start, datetime)}


def _event_fields(event) -> dict:
    row = {"title": _text(event, "SUMMARY"), "description": _text(event, "DESCRIPTION"),
           "url": _text(event, "URL")}
    categories = event.get("CATEGORIES")
    if categories:
        # all of them, in order: the platform takes the first it knows ("Tipps,Konzert")
        named = [str(c) for p in (categories if isinstance(categories, list) else [categories])
                 for c in p.cats]
        row["category"] = ", ".join(named) or None
    organizer = event.get("ORGANIZER")
    if organizer is not None:
        row["organiser"] = organizer.params.get("CN")
        mail = str(organizer)
        row["email"] = mail[7:] if mail.lower().startswith("mailto:") else None
    geo = event.get("GEO")
    if geo is not None:
        row["y"], row["x"] = geo.latitude, geo.longitude
    row.update(split_location(_text(event, "LOCATION")))
    return row


def _text(event, name: str) -> str | None:
    value = event.get(name)
    return str(value) if value is not None else None
