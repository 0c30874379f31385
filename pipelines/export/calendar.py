"""iCalendar exports (RFC 5545): one calendar per member and for the cluster, and from the
regional calendar (duplicates merged) one per category and one "events around us" per member,
with the table of merges beside them."""
from __future__ import annotations

from functools import cache
from pathlib import Path

import icalendar
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from icalendar.parser import _escape_char

from pipelines.coordination.calendar import MERGE_COLUMNS, RegionalCalendar, around, event_points
from pipelines.coordination.config import calendar_rules
from pipelines.core.cluster import Cluster
from pipelines.core.files import atomic_write
from pipelines.core.german import BERLIN, german_number
from pipelines.core.settings import Settings
from pipelines.export.metadata import CLUSTER_SCOPE
from pipelines.export.values import each_distinct, joined, replaced, write_parts
from pipelines.geocoding.gazetteer import member_area
from schemas import load_schema


def regional_calendars(settings: Settings, cluster: Cluster, folder: Path,
                        regional: RegionalCalendar, about: dict, events: pd.DataFrame) -> list[Path]:
    """Per category and per member ("events around us") a calendar of the merged events, and
    the table of merges (which rule joined which records) next to them; `events`: the
    `vevents` of the regional calendar, written once for all its calendars."""
    written = []
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
    body = joined(pa.array(events["text"]))
    atomic_write(path, lambda partial: write_parts(partial, [shell[:-len(end)], body, end]))
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
    """Each event's VEVENT as icalendar writes it (`vevent(row).to_ical()`), made column by
    column rather than component by component: a property whose value repeats (times, stamps,
    places, categories, organisers) is written by icalendar once per distinct value, texts
    unique per row (titles, ids) are escaped and folded as icalendar does; `zones`: the time
    zones each event names. tests/test_export_ical.py compares with icalendar itself."""
    categories = load_schema("events").field("category").code_list
    lines = _Lines()
    starts = pd.to_datetime(frame["start"], utc=True).dt.tz_convert(BERLIN)
    ends = pd.to_datetime(frame["end"], utc=True).dt.tz_convert(BERLIN)
    all_day = (frame["all_day"].notna() & frame["all_day"].fillna(False).astype(bool)).to_numpy()
    # An all-day event's dates (icalendar's DATE lines); any other event's times in Berlin.
    first = starts.dt.tz_localize(None).dt.normalize()
    last = ends.dt.tz_localize(None).dt.normalize()
    last = last.where(last > first, first + pd.Timedelta(days=1))
    wall_start = each_distinct(starts, lambda t: f"DTSTART;TZID=Europe/Berlin:{t:%Y%m%dT%H%M%S}\r\n")
    wall_end = each_distinct(ends, lambda t: f"DTEND;TZID=Europe/Berlin:{t:%Y%m%dT%H%M%S}\r\n", "")
    times = np.where(all_day, each_distinct(first, lambda d: lines.exact("dtstart", d.date()), "")
                     + each_distinct(last, lambda d: lines.exact("dtend", d.date()), ""),
                     wall_start + wall_end)
    stamps = each_distinct(frame["last_seen"], lambda t: lines.exact("dtstamp", t.to_pydatetime()))
    stamp_zones = each_distinct(pd.Series(stamps), lambda line: lines.zones.get(line, ""))
    zones = each_distinct(pd.Series(np.where(all_day, "", "Europe/Berlin") + "|" + stamp_zones),
                          lambda names: frozenset(filter(None, names.split("|"))))
    category = frame["category"].where(frame["category"].astype(bool), None)
    texts = _strings(frame["description"])
    if "delivered_by" in frame:
        delivered = _strings(frame["delivered_by"])
        texts = np.where(delivered != "", np.where(texts != "", texts + "\n\n", texts)
                         + "Gemeldet von: " + delivered, texts)
    geo = np.array([_folded(f"GEO:{lat};{lon}") if lat == lat else ""  # NaN: unlocated
                    for lat, lon in zip(frame["lat"].astype(float).tolist(),
                                        frame["lon"].astype(float).tolist())], dtype=object)
    organiser, email = _strings(frame["organiser"]), _strings(frame["email"])
    organisers = pd.Series(np.where((organiser != "") & (email != ""),
                                    organiser + _APART + email, None), dtype=object)
    pieces = [
        "BEGIN:VEVENT\r\n", _text_lines("SUMMARY", frame["title"]), times, stamps,
        _text_lines("UID", frame["record_id"] + "@suedwest-cluster"),
        each_distinct(category, lambda code: lines.exact("categories", [categories.label(code)]), ""),
        each_distinct(pd.Series(np.where(texts != "", texts, None), dtype=object),
                      lambda text: _folded(f"DESCRIPTION:{_escape_char(text)}"), ""),
        geo,
        each_distinct(pd.Series(_location(frame), dtype=object),
                      lambda text: _folded(f"LOCATION:{_escape_char(text)}"), ""),
        each_distinct(organisers, _organizer_line(lines), ""),
        each_distinct(frame["url"].where(frame["url"].astype(bool), None),
                      lambda url: _folded(f"URL:{url}"), ""),  # vUri: not escaped
        "END:VEVENT\r\n"]
    text = pc.binary_join_element_wise(*(piece if isinstance(piece, (str, pa.Array))
                                         else pa.array(piece, pa.string()) for piece in pieces), "")
    return pd.DataFrame({"text": pd.Series(pd.arrays.ArrowExtensionArray(text), index=frame.index),
                         "zones": pd.Series(zones, index=frame.index, dtype=object)})


_APART = "\x1f"  # between organiser and e-mail address: in neither (numpy drops a NUL)


def _organizer_line(lines: "_Lines"):
    def line(pair: str) -> str:
        name, email = pair.split(_APART)
        return lines.exact("organizer", f"mailto:{email}", {"CN": name})
    return line


def _strings(values: pd.Series) -> np.ndarray:
    """Texts, "" where missing."""
    return values.astype(object).where(values.notna(), "").to_numpy()


def _location(frame: pd.DataFrame) -> np.ndarray:
    """Venue, street and house number, postcode and place, as far as given; None if nothing."""
    def together(separator: str, *parts: np.ndarray) -> np.ndarray:
        result = parts[0]
        for part in parts[1:]:
            result = np.where((result != "") & (part != ""), result + separator + part, result + part)
        return result
    street = together(" ", _strings(frame["street"]), _strings(frame["housenumber"]))
    place = together(" ", _strings(frame["postcode"]), _strings(frame["place"]))
    location = together(", ", _strings(frame["venue"]), street, place)
    return np.where(location != "", location, None)


def _text_lines(name: str, values: pd.Series) -> pa.Array:
    """A TEXT property of values unique per row (titles, ids): escaped in Arrow, the few lines
    longer than 74 octets folded one by one."""
    lines = replaced(pa.array(values.astype(object), pa.string(), from_pandas=True), _ESCAPES)
    lines = pc.binary_join_element_wise(name + ":", lines, "")
    long = pc.greater(pc.binary_length(lines), 74).to_numpy(zero_copy_only=False)
    if not long.any():
        return pc.binary_join_element_wise(lines, "\r\n", "")
    texts = lines.to_numpy(zero_copy_only=False).astype(object)
    texts[long] = [_folded(line)[:-2] for line in texts[long]]  # without its CRLF, added below
    return pc.binary_join_element_wise(pa.array(texts, pa.string()), "\r\n", "")


# icalendar's _escape_char, in its order
_ESCAPES = ((r"\N", "\n"), ("\\", "\\\\"), (";", r"\;"), (",", r"\,"), ("\r\n", r"\n"),
            ("\n", r"\n"), ("\r", r"\n"))


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


def _folded(line: str) -> str:
    """A content line with CRLF, folded as icalendar folds it (`_foldline`: pieces of at most
    74 octets, never splitting a character, nor a backslash or caret from what it escapes),
    working on the UTF-8 bytes rather than character by character."""
    data = line.encode("utf-8")
    if len(data) <= 74:
        return line + "\r\n"
    pieces, start = [], 0
    while len(data) - start > 74:
        end = start + 74
        while data[end] & 0xC0 == 0x80:  # a continuation byte: the character starts before
            end -= 1
        if data[end - 1] in b"\\^":
            end -= 1
        pieces.append(data[start:end])
        start = end
    pieces.append(data[start:])
    return b"\r\n ".join(pieces).decode("utf-8") + "\r\n"
