"""The VTIMEZONE of a calendar: the zone's present rule as a yearly recurrence (RFC 5545
§3.6.5), the form Thunderbird and Outlook write. icalendar's own VTIMEZONE lists every change
from 1970 to 2037 as dates (RDATE), starts summer time an hour late (it gives the onset in
the new offset, RFC 5545 wants the old one) and ends in 2037; vobject, the parser of the
CalDAV server Radicale, keeps only the first date of each list and reads the zone as CET all
year, so every summer event comes an hour early."""
from __future__ import annotations

import re
import zoneinfo
from datetime import date, datetime, timedelta
from datetime import time as time_of_day
from functools import cache
from importlib import resources
from pathlib import Path

import icalendar

_NAME = r"<([^>]+)>|([A-Za-z]{3,})"
_OFFSET = r"[+-]?\d{1,3}(?::\d{2}){0,2}"
_CHANGE = rf"M(\d{{1,2}})\.([1-5])\.([0-6])(?:/({_OFFSET}))?"
# POSIX TZ: std offset [dst [offset] ,start[/time],end[/time]]; offsets count west of Greenwich.
_POSIX = re.compile(rf"(?:{_NAME})({_OFFSET})(?:(?:{_NAME})({_OFFSET})?,{_CHANGE},{_CHANGE})?")
_WEEKDAYS = ("SU", "MO", "TU", "WE", "TH", "FR", "SA")  # POSIX counts from Sunday


@cache
def vtimezone(tzid: str) -> bytes:
    """The VTIMEZONE of `tzid` (built once per zone, for hundreds of calendars): its present
    rule from the footer of its zone file (RFC 8536 §3.3) since 1970, as calendar programs
    write it; times before the rule began (Berlin's summer time ended in September until
    1995) follow the rule too. A zone without such a rule gets icalendar's VTIMEZONE."""
    rule = _POSIX.fullmatch(_present_rule(tzid) or "")
    if rule:
        std_quoted, std_name, std_offset, summer_quoted, summer_name, summer_offset, *changes = rule.groups()
        summer = summer_quoted or summer_name
    if not rule or summer and not all(0 <= _seconds(time or "2") < 86_400 for time in changes[3::4]):
        zone = icalendar.Timezone.from_tzid(tzid)
        zone.pop("COMMENT", None)  # icalendar's English note on its span
        return zone.to_ical()
    zone = icalendar.Timezone()
    zone.add("tzid", tzid)
    standard = (std_quoted or std_name, timedelta(seconds=-_seconds(std_offset)))
    if not summer:
        zone.add_component(_part(icalendar.TimezoneStandard(), standard, standard, datetime(1970, 1, 1)))
        return zone.to_ical()
    summer = (summer, timedelta(seconds=-_seconds(summer_offset)) if summer_offset
              else standard[1] + timedelta(hours=1))
    for part, before, after, (month, week, weekday, time) in (
            (icalendar.TimezoneDaylight(), standard, summer, changes[:4]),
            (icalendar.TimezoneStandard(), summer, standard, changes[4:])):
        month, week, weekday = int(month), int(week), int(weekday)
        onset = datetime.combine(_nth_weekday(1970, month, week, weekday), time_of_day.min) + timedelta(
            seconds=_seconds(time or "2"))
        zone.add_component(_part(part, before, after, onset, {
            "FREQ": "YEARLY", "BYMONTH": month, "BYDAY": f"{-1 if week == 5 else week}{_WEEKDAYS[weekday]}"}))
    return zone.to_ical()


def _part(part, before: tuple, after: tuple, onset: datetime, recurrence: dict | None = None):
    """A STANDARD or DAYLIGHT part: the offset changing from `before` to `after` (name,
    offset) at `onset`, the local time before the change (RFC 5545 §3.8.3.3)."""
    part.add("tzname", after[0])
    part.add("tzoffsetfrom", before[1])
    part.add("tzoffsetto", after[1])
    part.add("dtstart", onset)
    if recurrence:
        part.add("rrule", recurrence)
    return part


def _present_rule(tzid: str) -> str | None:
    """The footer of the zone's TZif file, found where zoneinfo looks (its search path, then
    the tzdata package); None for a name zoneinfo does not know or a file without footer."""
    try:
        zoneinfo.ZoneInfo(tzid)  # refuses names that are not zones, such as paths
    except (ValueError, zoneinfo.ZoneInfoNotFoundError):
        return None
    files = [Path(folder, tzid) for folder in zoneinfo.TZPATH]
    data = next((file.read_bytes() for file in files if file.is_file()), None)
    if data is None:
        try:
            data = resources.files("tzdata.zoneinfo").joinpath(*tzid.split("/")).read_bytes()
        except (ModuleNotFoundError, FileNotFoundError, IsADirectoryError):
            return None
    if not data.startswith(b"TZif") or data[4:5] not in (b"2", b"3", b"4"):
        return None
    return data.rstrip(b"\n").rsplit(b"\n", 1)[-1].decode("ascii", "replace")


def _seconds(text: str) -> int:
    """Seconds of a POSIX time or offset ([+-]hh[:mm[:ss]])."""
    sign = -1 if text.startswith("-") else 1
    return sign * sum(int(part) * unit for part, unit in zip(text.lstrip("+-").split(":"), (3600, 60, 1)))


def _nth_weekday(year: int, month: int, week: int, weekday: int) -> date:
    """The `week`th (5: last) `weekday` (0: Sunday) of the month, as POSIX's Mm.w.d."""
    first = date(year, month, 1)
    day = first + timedelta(days=(weekday - 1 - first.weekday()) % 7 + 7 * (week - 1))
    while day.month != month:
        day -= timedelta(days=7)
    return day
