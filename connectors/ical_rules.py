"""Recurring events of an iCalendar feed as a clerk can correct them: what is wrong with a
repetition rule (RRULE), a series that ends before it begins or whose end comes before its
start (refused as such a single event is), and exceptions (EXDATE) that miss the occurrence they were meant to take out – each in
German, with the rule as written and what to write instead; a COUNT that is no number beside
an UNTIL (Teamup's COUNT=-1) is passed over with a note. The calendar libraries answer in
English („UNTIL parameter is missing“, „day is out of range for month“), or not at all: a
series whose DTEND lies before its DTSTART was read with the two swapped, an EXDATE at 08:00
for a series at 19:00 left the occurrence in."""
from __future__ import annotations

import re
from datetime import date, datetime, time
from difflib import get_close_matches
from zoneinfo import ZoneInfo

from icalendar import vBroken, vRecur

BERLIN = ZoneInfo("Europe/Berlin")
_FREQUENCIES = {"DAILY": "täglich", "WEEKLY": "wöchentlich", "MONTHLY": "monatlich",
                "YEARLY": "jährlich", "HOURLY": "stündlich", "MINUTELY": "minütlich",
                "SECONDLY": "sekündlich"}
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_GERMAN_WEEKDAYS = {"DI": "TU (Dienstag)", "MI": "WE (Mittwoch)", "DO": "TH (Donnerstag)",
                    "SO": "SU (Sonntag)"}
# Part -> (lowest, highest) of its numbers (RFC 5545 3.3.10); negative ones count from the end.
_RANGES = {"BYSECOND": (0, 60), "BYMINUTE": (0, 59), "BYHOUR": (0, 23), "BYMONTHDAY": (-31, 31),
           "BYYEARDAY": (-366, 366), "BYWEEKNO": (-53, 53), "BYMONTH": (1, 12),
           "BYSETPOS": (-366, 366)}
_PARTS = ("FREQ", "UNTIL", "COUNT", "INTERVAL", "BYDAY", "WKST", *_RANGES)
_WEEKDAY = re.compile(r"[+-]?(\d{1,2})?([A-Z]{2})")
_UNTIL = re.compile(r"\d{8}(T\d{6}Z?)?")


def rule_problem(text: str) -> str | None:
    """Why a rule as written („FREQ=WEEKLY;UNTL=20191023“) cannot be what its author meant,
    in German; None for a rule without such a fault, and for an empty one („RRULE:“, as
    Calendar Labs writes it for single events), which calendar programs take for none."""
    if not text.strip():
        return None
    parts: dict[str, str] = {}
    for part in filter(None, text.strip().split(";")):
        name, equals, value = part.partition("=")
        name = name.strip().upper()
        if not equals:
            return _said(text, f"„{part}“ ist keine Angabe der Form NAME=WERT")
        if name not in _PARTS:
            guess = get_close_matches(name, _PARTS, n=1)
            meant = f" (gemeint ist wohl {guess[0]})" if guess else ""
            return _said(text, f"„{name}“ gibt es in einer Wiederholungsregel nicht{meant}")
        parts[name] = value.strip().upper()
    reason = _part_problem(parts)
    return _said(text, reason) if reason else None


def _part_problem(parts: dict[str, str]) -> str | None:
    frequency = parts.get("FREQ")
    if frequency is None:
        return "FREQ fehlt, die Häufigkeit (z. B. FREQ=WEEKLY für wöchentlich)"
    if frequency not in _FREQUENCIES:
        return (f"FREQ={frequency} ist keine Häufigkeit – erlaubt: " + ", ".join(
            f"{name} ({german})" for name, german in list(_FREQUENCIES.items())[:4]))
    for name in ("COUNT", "INTERVAL"):
        # beside UNTIL an unusable COUNT is left out (`ignored_counts`)
        if name in parts and not _at_least_one(parts[name]) and not (
                name == "COUNT" and "UNTIL" in parts):
            return f"{name}={parts[name]} – erwartet wird eine ganze Zahl ab 1"
    if "UNTIL" in parts and not _UNTIL.fullmatch(parts["UNTIL"]):
        return (f"UNTIL={parts['UNTIL']} ist kein Datum – erwartet z. B. UNTIL=20261231 "
                f"oder UNTIL=20261231T225959Z")
    for name in ("BYDAY", "WKST"):
        for day in filter(None, parts.get(name, "").split(",")):
            match = _WEEKDAY.fullmatch(day)
            if not match or match[2] not in _WEEKDAYS:
                hint = _GERMAN_WEEKDAYS.get(match[2] if match else "", "")
                return (f"„{day}“ in {name} ist kein Wochentag – die Kürzel sind englisch: "
                        f"{', '.join(_WEEKDAYS)}" + (f"; gemeint ist wohl {hint}" if hint else ""))
    for name, (lowest, highest) in _RANGES.items():
        for number in filter(None, parts.get(name, "").split(",")):
            if not re.fullmatch(r"[+-]?\d+", number) or not (
                    lowest <= int(number) <= highest) or (lowest < 0 and int(number) == 0):
                return f"{name}={number} – erlaubt sind Zahlen von {lowest} bis {highest}" + (
                    " außer 0" if lowest < 0 else "")
    return None


def written(value) -> str:
    """The text as written in the file, for the unreadable parts of a property."""
    values = value if isinstance(value, list) else [value]
    broken = [v for v in values if isinstance(v, vBroken)] or values
    text = ", ".join(v.to_ical().decode() if hasattr(v, "to_ical") else str(v) for v in broken)
    # as the member wrote it: "49,4;7,7", not icalendar's "49\,4;7,7"
    return re.sub(r"\\([,;\\])", r"\1", text)


def _at_least_one(value: str) -> bool:
    return value.isdecimal() and int(value) >= 1


def ignored_counts(event, ref: str) -> list[str]:
    """Notes on the rules whose COUNT is no number of occurrences beside an UNTIL (Teamup
    writes COUNT=-1 with it, and a clerk cannot change what her tool writes): the COUNT is
    taken out of the rule, in place, so that the series runs to UNTIL – dateutil, which
    expands it, would end it after its first occurrence at COUNT=0. Without UNTIL
    `rule_problem` refuses such a COUNT."""
    notes, rules = [], []
    for rule in listed_values(event, "RRULE"):
        parts = {part.partition("=")[0].strip().upper(): part
                 for part in written(rule).split(";") if part.strip()}
        count = parts.pop("COUNT", "COUNT=1").partition("=")[2].strip()
        if not _at_least_one(count) and "UNTIL" in parts:
            try:
                rule = vRecur.from_ical(";".join(parts.values()))
                notes.append(f"„{event.get('SUMMARY', '')}“, {ref}: die Wiederholungsregel "
                             f"(RRULE) nennt COUNT={count} neben UNTIL – COUNT={count} ist keine "
                             f"Anzahl von Terminen und wurde übergangen; übernommen sind die "
                             f"Termine bis zum {german_time(rule['UNTIL'][0])} (UNTIL)")
            except ValueError:
                pass  # a fault besides COUNT: `rule_problem` names it
        rules.append(rule)
    if notes:
        event["RRULE"] = rules if len(rules) > 1 else rules[0]
        if not any(isinstance(rule, vBroken) for rule in rules):
            event.errors[:] = [error for error in event.errors if error[0] != "RRULE"]
    return notes


def _said(text: str, reason: str) -> str:
    return (f"Die Wiederholungsregel (RRULE) „{text}“ ist fehlerhaft: {reason} – bitte die "
            f"Serie im Kalender korrigieren")


def ends_before_start(event) -> bool:
    """Whether each occurrence of a series would end before it begins (DTEND before DTSTART),
    which the library reads with the two swapped."""
    start, end = event.get("DTSTART"), event.get("DTEND")
    return None not in (start, end) and _instant(end.dt) < _instant(start.dt)


def series_problems(event) -> list[tuple[str, str]]:
    """A series that ends before its first occurrence (UNTIL before DTSTART, and no RDATE),
    or with an additional occurrence (RDATE) that is a time without a day."""
    start = event.get("DTSTART")
    if start is None:
        return []
    start = start.dt
    problems = []
    for listed in listed_values(event, "RDATE"):
        for value in (entry.dt for entry in listed.dts):
            if isinstance(value, time):
                problems.append(("start", f"Der zusätzliche Termin (RDATE) „{value:%H:%M}“ ist "
                                          f"eine Uhrzeit ohne Tag – erwartet z. B. "
                                          f"20260705T190000 oder 20260705"))
    for rule in listed_values(event, "RRULE"):
        until = next(iter(rule.get("UNTIL", [])), None)
        if isinstance(until, date) and "RDATE" not in event and _before(until, start):
            problems.append(("start", f"Die Serie endet laut Wiederholungsregel am "
                                      f"{german_time(until)} (UNTIL), vor ihrem ersten Termin am "
                                      f"{german_time(start)} (DTSTART) – so hat sie keinen "
                                      f"Termin; bitte das Ende der Serie prüfen"))
    return problems


def _before(until, start) -> bool:
    if isinstance(until, datetime) and isinstance(start, datetime):
        return _instant(until) < _instant(start)
    return _day(until) < _day(start)


def _day(value) -> date:
    return _instant(value).astimezone(BERLIN).date() if isinstance(value, datetime) else value


def when(value):
    """Floating times (no TZID, no Z) are local time in Europe/Berlin."""
    if isinstance(value, datetime) and value.tzinfo is None:
        return value.replace(tzinfo=BERLIN)
    return value


def _instant(value) -> datetime:
    """A time as `when` reads it; a day is its midnight in Europe/Berlin."""
    if not isinstance(value, datetime):
        return datetime.combine(value, datetime.min.time(), BERLIN)
    return when(value)


def german_time(value) -> str:
    if isinstance(value, datetime):
        return when(value).astimezone(BERLIN).strftime("%d.%m.%Y %H:%M")
    return value.strftime("%d.%m.%Y")


def missed_exceptions(event, ref: str, starts: list) -> list[str]:
    """Notes on the EXDATEs of a series that take out no occurrence although one begins on
    that day at another time: calendar programs match an exception to the minute, so that
    occurrence stays. `starts`: the series' occurrences read (in the window)."""
    days: dict[date, list] = {}
    for start in starts:
        if isinstance(start, datetime):
            days.setdefault(_day(start), []).append(_instant(start))
    notes = []
    for listed in listed_values(event, "EXDATE"):
        for value in (entry.dt for entry in listed.dts):
            if not isinstance(value, datetime) or _instant(value) in days.get(_day(value), [
                    _instant(value)]):
                continue
            kept = ", ".join(f"{moment.astimezone(BERLIN):%H:%M}" for moment in days[_day(value)])
            notes.append(f"„{event.get('SUMMARY', '')}“, {ref}: die Ausnahme EXDATE "
                         f"{german_time(value)} nimmt keinen Termin aus – an diesem Tag beginnt "
                         f"der Termin um {kept} und bleibt im Kalender; bitte die Ausnahme mit "
                         f"der Uhrzeit des Termins angeben oder den Termin im Kalender löschen")
    return notes


def listed_values(event, name: str) -> list:
    """A property's values: none, one, or each of its lines (RRULE, RDATE, EXDATE may repeat)."""
    value = event.get(name)
    return value if isinstance(value, list) else [] if value is None else [value]
