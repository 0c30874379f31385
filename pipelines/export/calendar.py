"""iCalendar exports (RFC 5545): one calendar per member and for the cluster, and from the
regional calendar (duplicates merged) one per category and one "events around us" per member,
with the table of merges beside them.

Longer than 350 lines: the VEVENTs are made once in one layout (`Vevents`) that every
calendar is cut from, so making and cutting them stay together."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import icalendar
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from icalendar.parser import _escape_char

from pipelines.coordination.calendar import (MERGE_COLUMNS, RegionalCalendar, around,
                                             distinct_combinations, event_points)
from pipelines.coordination.config import calendar_rules
from pipelines.core.cluster import Cluster
from pipelines.core.files import atomic_write
from pipelines.core.german import BERLIN
from pipelines.core.settings import Settings
from pipelines.export.berlin_time import second_showing, wall_time
from pipelines.export.metadata import CLUSTER_SCOPE, around_calendar, category_calendars
from pipelines.export.scattered import write_places
from pipelines.export.time_zone import vtimezone
from pipelines.export.values import replaced, value_bounds
from pipelines.geocoding.gazetteer import member_area
from schemas import load_schema


def regional_calendars(settings: Settings, cluster: Cluster, folder: Path,
                        regional: RegionalCalendar, about: dict, events: Vevents) -> list[Path]:
    """Per category and per member ("events around us") a calendar of the merged events, and
    the table of merges (which rule joined which records) next to them; `events`: the
    `vevents` of the regional calendar, made once for all its calendars."""
    schema = load_schema("events")
    codes = schema.field("category").code_list.codes
    category = pc.fill_null(pc.index_in(regional.events["category"], pa.array([c.code for c in codes])),
                            -1).to_numpy()
    calendars = {folder / cut.file: (category == number, {
        **about, "title": f"{about['title']}: {cut.subject}"})
        for number, cut in enumerate(category_calendars(cluster, schema))}
    km = calendar_rules(cluster).around_km
    points = event_points(regional.events)
    for member in cluster.members.values():
        area = member_area(settings, cluster, member).municipalities.union_all()
        cut = around_calendar(cluster, member)
        calendars[folder / cut.file] = (around(points, area, km), {**about, "title": cut.subject})
    for path, (mask, about_calendar) in calendars.items():
        # a change in one member's events leaves the calendars around members far away as
        # they were: those are not written again
        _write(events, np.flatnonzero(mask), path, about_calendar, keep_unchanged=True)
    path = folder / f"{CLUSTER_SCOPE}-zusammenfuehrungen.csv"
    merges = regional.merges.rename(columns=MERGE_COLUMNS)
    atomic_write(path, lambda partial: merges.to_csv(partial, sep=";", decimal=",", index=False,
                                                     encoding="utf-8-sig", lineterminator="\r\n"))
    return [*calendars, path]


def write_ical(table: pa.Table, path: Path, about: dict, events: Vevents | None = None) -> Path:
    """The calendar of the events in `table` (a scope's Arrow table); `events`: the `vevents`
    of a larger table holding them (same record ids), when already made for it."""
    if events is None:
        return _write(vevents(table), np.arange(table.num_rows), path, about)
    ids = table["record_id"].combine_chunks()
    # A member's records are one run of the larger table's: found by the first id, not hashed.
    start = pc.index(events.ids, ids[0]).as_py() if len(ids) else 0
    if start >= 0 and events.ids.slice(start, len(ids)).equals(ids):
        return _write(events, np.arange(start, start + len(ids)), path, about)
    rows = pc.index_in(ids, value_set=events.ids)
    if rows.null_count:
        raise KeyError(f"{path.name}: Veranstaltungen ohne VEVENT")
    return _write(events, rows.to_numpy(), path, about)


def _write(events: Vevents, rows: np.ndarray, path: Path, about: dict,
           keep_unchanged: bool = False) -> Path:
    """The calendar of the events at positions `rows` of `events`: their lines written from
    where `events` keeps them, a slice of events at a time (a list of places of a few MB)."""
    head, end = _shell(events, rows, about)

    def fill(partial):
        # The empty file atomic_write made, opened without truncating it: ext4 takes a
        # truncation to nothing for a file being rewritten and writes it out on close, in
        # this thread (a fifth of the calendars' system time), rather than in its flusher.
        with open(partial, "r+b") as file:
            file.write(head)
            for at in range(0, len(rows), _SLICE):
                write_places(file, events.places(rows[at:at + _SLICE]))
            file.write(end)
    atomic_write(path, fill, keep_unchanged=keep_unchanged)
    return path


def _shell(events: Vevents, rows: np.ndarray, about: dict) -> tuple[bytes, bytes]:
    """The calendar's lines before and after the VEVENTs of `rows`: name, description, licence
    and the time zones the events name (those Calendar.add_missing_timezones adds, each as a
    yearly rule: `vtimezone`; RFC 5545 wants a component, so an empty calendar gets
    Europe/Berlin)."""
    named = np.flatnonzero(np.bincount(events.zones[rows], minlength=len(events.zone_sets)))
    zones = set().union(*(events.zone_sets[n] for n in named))
    end = b"END:VCALENDAR\r\n"
    return calendar_shell(about).to_ical()[:-len(end)] + b"".join(
        vtimezone(tzid) for tzid in zones or ({"Europe/Berlin"} if not len(rows) else ())), end


_SLICE = 16_384  # events whose places are listed at once (1 MB)


def calendar_shell(about: dict) -> icalendar.Calendar:
    """A calendar with its name, description and licence, without components; and for tools,
    in properties calendar programs ignore (RFC 5545 3.8.8.2, vendor „SWDP“): the licence's
    address, whom it asks to name, and the schema version (and the SHA-256 of the schema's
    files) the events' properties are made from."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Südwest-Cluster//Datenplattform//DE")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", about["title"])
    calendar.add("x-wr-timezone", "Europe/Berlin")
    calendar.add("x-wr-caldesc", f"{about['description']} Herausgeber: {about['publisher']}. "
                                 f"Lizenz: {about['license_title']} "
                                 f"({about['license']}). Quellenvermerke: "
                                 f"{'; '.join(about['attribution'])}.")
    calendar.add("x-swdp-license", icalendar.vUri(about["license"]), parameters={"VALUE": "URI"})
    for name, value in (("attribution", about["attribution_text"]),
                        ("schema-version", about["schema_version"]),
                        ("schema-sha256", about["schema_hash"])):
        # the value type named: a parser then reads the text unescaped ("\;" as ";")
        calendar.add(f"x-swdp-{name}", icalendar.vText(value), parameters={"VALUE": "TEXT"})
    return calendar


@dataclass
class Vevents:
    """Each event's VEVENT as icalendar writes it (`vevent(row).to_ical()`), kept as the
    numbers of its content lines: the lines of all events are stored once each, and a
    calendar of any of the events is written from them where they lie (`places`)."""
    ids: pa.Array            # the events' record ids, by which a scope's table finds them
    lines: pa.Array          # distinct content lines with CRLF ("" where a property is absent)
    parts: np.ndarray        # per event and property, the number of its line in `lines`
    zones: np.ndarray        # per event, the number of the set of time zones it names
    zone_sets: list          # those sets (frozensets of TZIDs)

    def places(self, rows: np.ndarray) -> np.ndarray:
        """Where the lines of the VEVENTs of `rows` lie in memory, one after the other: the
        address and length of each (for `write_places`; valid while `lines` lives)."""
        numbers = self.parts[rows].ravel()
        bounds = value_bounds(self.lines)
        places = np.empty((len(numbers), 2), np.int64)
        places[:, 0] = bounds[numbers]
        places[:, 1] = bounds[numbers + 1] - places[:, 0]
        places[:, 0] += self.lines.buffers()[2].address
        return places


def vevents(table: pa.Table) -> Vevents:
    """The events' VEVENTs, made property by property rather than component by component: a
    property whose value repeats (times, stamps, places, categories, organisers) is written
    by icalendar once per distinct value, texts unique per row (titles, ids) are escaped and
    folded as icalendar does. tests/test_export_ical.py and
    tests/test_regional_calendar_reference.py compare with icalendar itself."""
    return _vevents(table)[0]


def member_and_regional_vevents(records: pa.Table,
                                regional: RegionalCalendar) -> tuple[Vevents, Vevents]:
    """The `vevents` of the members' records and of the regional calendar merged from them,
    made together: a regional event's VEVENT is that of its kept record but for the
    description, which names who delivered it, so all else is made and kept once."""
    members, merged = _vevents(records, regional)
    return members, merged


def _vevents(table: pa.Table, regional: RegionalCalendar | None = None) -> list[Vevents]:
    categories = load_schema("events").field("category").code_list
    table = with_unpublished(table)
    named = "delivered_by" in table.column_names  # the regional calendar names who delivered
    lines = _Lines()
    all_day = pc.fill_null(table["all_day"], False).to_numpy()
    times, first = distinct_combinations(table["start"], table["end"], all_day)
    starts, ends = (pd.to_datetime(table[name].take(first).to_pandas(), utc=True, cache=False)
                    for name in ("start", "end"))
    begin, finish = _wall_times("DTSTART", starts), _wall_times("DTEND", ends)
    # An all-day event's dates (icalendar's DATE lines) instead.
    day = all_day[first]
    days = starts[day].dt.tz_convert(BERLIN).dt.tz_localize(None).dt.normalize()
    last = ends[day].dt.tz_convert(BERLIN).dt.tz_localize(None).dt.normalize()
    last = last.where(last > days, days + pd.Timedelta(days=1))
    for lines_of_day, name, dates in ((begin, "dtstart", days), (finish, "dtend", last)):
        numbers, texts = _property(dates, lambda d, name=name: lines.exact(name, d.date()))
        lines_of_day[day] = np.array(texts, dtype=object)[numbers]
    stamps = _property(table["last_seen"], lambda t: lines.exact("dtstamp", t.to_pydatetime()))
    zones, zone_first = distinct_combinations(all_day, stamps[0])
    zone_sets = [frozenset(filter(None, ("" if whole_day else "Europe/Berlin",
                                         lines.zones.get(stamps[1][stamp], ""))))
                 for whole_day, stamp in zip(all_day[zone_first].tolist(), stamps[0][zone_first].tolist())]
    texts = _rows(table, ["description", "delivered_by"] if named else ["description"], _description)
    places = _rows(table, ["venue", "street", "housenumber", "postcode", "place"], lambda part: _folded([
        f"LOCATION:{_escape_char(text)}" if text else "" for text in _location(part)]))
    organised, named = _rows(table, ["organiser", "email"], lambda part: zip(
        (_one_line(name) for name in part["organiser"]), part["email"]))
    # ORGANIZER needs an address: an organiser without a mailbox is named in CONTACT.
    organisers = (organised, [lines.exact("organizer", f"mailto:{email}", {"CN": name} if name
                                          else None) if email else "" for name, email in named])
    contacts = (organised, [lines.exact("contact", name) if name and not email else ""
                            for name, email in named])
    lat, lon = (table[name].to_numpy().astype(float) for name in ("lat", "lon"))  # gaps: NaN
    position, at = distinct_combinations(lat.view(np.int64), lon.view(np.int64))
    geo = (position, _folded([f"GEO:{y};{x}" if y == y else ""  # NaN: unlocated
                              for y, x in zip(lat[at].tolist(), lon[at].tolist())]))
    urls = _property(table["url"], lambda url: f"URL:{url}")  # vUri: not escaped
    properties = [
        _text_lines("SUMMARY", table["title"], before="BEGIN:VEVENT\r\n"),
        (times, begin), (times, finish), stamps,
        _text_lines("UID", table["record_id"], "@suedwest-cluster"),
        _property(table["category"], lambda code: lines.exact("categories", [categories.label(code)])),
        contacts, texts, geo, places, organisers,
        (urls[0], _folded(urls[1])),
        _constant("END:VEVENT\r\n")]
    ids = table["record_id"].combine_chunks()
    if regional is None:
        return _numbered([(ids, properties, zones)], zone_sets)
    rows = regional.rows
    # The regional events' properties are their kept records', the description their own.
    described = _rows(with_unpublished(regional.events), ["description", "delivered_by"],
                      _description)
    again = [described if value is texts else value for value in properties]
    return _numbered([(ids, properties, zones), (regional.events["record_id"].combine_chunks(),
                                                 again, zones[rows])], zone_sets, rows)


def with_unpublished(table: pa.Table) -> pa.Table:
    """The events with an empty column for each field the schema keeps from publication
    (`personal: true`, never in an export's table): the property made from it is left out,
    and the regional calendar merges by the other fields."""
    for f in load_schema("events").personal_fields:
        if f.name not in table.column_names:
            table = table.append_column(f.name, pa.nulls(table.num_rows, f.arrow_type))
    return table


def _one_line(name: str) -> str:
    """An organiser's name on one line: calendar programs show a line break in a parameter
    (RFC 6868 „^n“) as it is written."""
    return ", ".join(part.strip() for part in name.splitlines() if part.strip())


def _wall_times(name: str, instants: pd.Series) -> np.ndarray:
    """DTSTART or DTEND lines of instants in Berlin wall time to the second, as icalendar
    writes them ("" where missing), formatted by Arrow. A wall time the clocks show twice
    (02:30 on the last Sunday of October) means its first showing (RFC 5545 3.3.5), so an
    instant of the second showing is written in UTC: as wall time it would move an hour
    earlier in every calendar program."""
    seconds = instants.dt.tz_convert(None).to_numpy().astype("datetime64[s]")
    missing, stamps = np.isnat(seconds), seconds.view(np.int64)
    moments = pa.array(stamps, pa.timestamp("s", tz="UTC"), mask=missing)
    local = wall_time(moments)
    walls = pc.strftime(local, format="%Y%m%dT%H%M%S")
    texts = pc.binary_join_element_wise(f"{name};TZID=Europe/Berlin:", walls, "\r\n", "")
    second = pc.fill_null(second_showing(moments, local), False)
    if pc.any(second).as_py():
        utc = pc.strftime(pa.array(stamps, pa.timestamp("s"), mask=missing), format="%Y%m%dT%H%M%SZ")
        texts = pc.if_else(second, pc.binary_join_element_wise(f"{name}:", utc, "\r\n", ""), texts)
    return pc.fill_null(texts, "").to_numpy(zero_copy_only=False).astype(object)


def _property(values: pa.ChunkedArray | pd.Series, line) -> tuple[np.ndarray, list[str]]:
    """`line(value)` of each distinct value, "" for a missing or empty one; and each row's
    number."""
    number, first = distinct_combinations(values)
    distinct = values.take(first).to_pandas() if isinstance(values, pa.ChunkedArray) else values.iloc[first]
    return number, [line(value) if pd.notna(value) and value != "" else "" for value in distinct]


def _rows(table: pa.Table, columns: list[str], line) -> tuple[np.ndarray, list[str]]:
    """`line(part)` of the distinct combinations of the columns' values (part: the frame of
    their first rows, in which missing values are ""), and each row's number."""
    number, first = distinct_combinations(*(table[column] for column in columns))
    part = table.select(columns).take(first).to_pandas()
    return number, list(line(part.astype(object).where(part.notna(), "")))


def _constant(line: str) -> tuple[np.ndarray, list[str]]:
    return np.zeros(1, dtype=np.int64), [line]


def _numbered(variants: list, zone_sets: list, rows: np.ndarray | None = None) -> list[Vevents]:
    """Each variant's properties (its ids, properties – each row's number and the lines –, and
    zones) as one table of numbers into one array of lines that all variants share. A later
    variant holds the rows `rows` of the first, and the first's properties (numbered by its
    rows) but for some of its own: the pieces it has in common with the first are the
    first's, their lines kept once."""
    made: dict[tuple, tuple] = {}  # piece -> each row's number, its lines, where they start
    lines, count, columns = [], 0, []
    firsts = {id(texts) for _, texts in variants[0][1]}
    for ids, properties, _ in variants:
        columns.append([])
        for key, piece in _pieces(properties):
            if key in made:
                numbers, _, base = made[key]
                numbers = numbers[rows]
            else:
                if columns[1:]:  # the first's properties in a piece of a later variant
                    piece = [(np.broadcast_to(numbers, len(variants[0][0]))[rows]
                              if id(texts) in firsts else numbers, texts) for numbers, texts in piece]
                numbers, texts = _numbered_piece(piece, len(ids))
                made[key], base = (numbers, texts, count), count
                lines.append(texts)
                count += len(texts)
            columns[-1].append((numbers, base))
    joined_lines, numbered = pa.concat_arrays(lines), []
    for (ids, _, zones), pieces in zip(variants, columns):
        parts = np.empty((len(ids), len(pieces)), dtype=np.int32 if count < 2**31 else np.int64)
        for column, (numbers, base) in enumerate(pieces):
            np.add(numbers, base, out=parts[:, column], casting="unsafe")
        numbered.append(Vevents(ids, joined_lines, parts, zones, zone_sets))
    return numbered


def _pieces(properties: list) -> list[tuple[tuple, list]]:
    """The properties in the pieces of a VEVENT: neighbouring properties of repeating values
    (all but titles and ids) in one piece, one line per distinct combination, so a VEVENT is
    four pieces, not thirteen; each piece named by its properties' lines."""
    pieces, shared = [], []
    for value in properties:
        if isinstance(value[1], pa.Array):  # lines of values unique per row
            pieces += [shared] * bool(shared) + [[value]]
            shared = []
        else:
            shared.append(value)
    pieces += [shared] * bool(shared)
    return [(tuple(id(texts) for _, texts in piece), piece) for piece in pieces]


def _numbered_piece(piece: list, count: int) -> tuple[np.ndarray, pa.LargeStringArray]:
    """Each row's number and the lines of a piece (`_pieces`) of `count` rows."""
    if isinstance(piece[0][1], pa.Array):
        return piece[0][0], piece[0][1].cast(pa.large_string())
    shared = [(np.broadcast_to(numbers, count), np.array(texts, dtype=object)) for numbers, texts in piece]
    number, first = distinct_combinations(*(numbers for numbers, _ in shared))
    joined_texts = sum((texts[numbers[first]] for numbers, texts in shared[1:]),
                       shared[0][1][shared[0][0][first]])
    return number, pa.array(joined_texts, pa.large_string())


def _description(part: pd.DataFrame) -> list[str]:
    """The description, and who delivered the event (the regional calendar's events)."""
    texts = part["description"].to_numpy()
    if "delivered_by" in part:
        delivered = part["delivered_by"].to_numpy()
        texts = np.where(delivered != "", np.where(texts != "", texts + "\n\n", texts)
                         + "Gemeldet von: " + delivered, texts)
    return _folded([f"DESCRIPTION:{_escape_char(text)}" if text else "" for text in texts])


def _location(frame: pd.DataFrame) -> np.ndarray:
    """Venue, street and house number, postcode and place, as far as given ("" if nothing;
    `frame`: "" where missing)."""
    def together(separator: str, *parts: np.ndarray) -> np.ndarray:
        result = parts[0]
        for part in parts[1:]:
            result = np.where((result != "") & (part != ""), result + separator + part, result + part)
        return result
    street = together(" ", frame["street"].to_numpy(), frame["housenumber"].to_numpy())
    place = together(" ", frame["postcode"].to_numpy(), frame["place"].to_numpy())
    return together(", ", frame["venue"].to_numpy(), street, place)


def _text_lines(name: str, values: pa.ChunkedArray, suffix: str = "",
                before: str = "") -> tuple[np.ndarray, pa.Array]:
    """A TEXT property of values unique per row (titles, ids; `suffix` after each): escaped
    in Arrow, the lines longer than 74 octets folded all at once ("" for a missing value);
    each row its own, after the lines `before` (ASCII: one piece fewer to take for each
    event in each calendar)."""
    lines = replaced(values.combine_chunks().cast(pa.string()), _ESCAPES)
    lines = pc.binary_join_element_wise(f"{before}{name}:", lines, f"{suffix}\r\n", "")
    long = pc.greater(pc.binary_length(lines), len(before) + 74 + 2)
    if pc.any(long).as_py():
        unfolded = pc.binary_slice(lines.filter(long).cast(pa.binary()), len(before), -2)
        lines = pc.replace_with_mask(lines, long, _content_lines(unfolded, before).cast(pa.string()))
    return np.arange(len(values)), pc.fill_null(lines, before)


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


def _folded(lines: list[str]) -> list[str]:
    """Content lines of distinct values folded, with CRLF ("" stays "")."""
    return _content_lines(pa.array([line or None for line in lines], pa.string())).to_pylist()


def _content_lines(lines: pa.Array, before: str = "") -> pa.LargeStringArray:
    """Content lines (`lines`: without line break) with CRLF, folded as icalendar folds them
    (`_foldline`: pieces of at most 74 octets, never splitting a character, nor a backslash or
    caret from what it escapes), each after the lines `before` (ASCII; a missing line is
    `before` alone). Worked out on the UTF-8 bytes of all lines at once, a round per fold:
    each round cuts every line still too long once."""
    lines = lines.cast(pa.large_string())
    bounds = value_bounds(lines)
    data = np.frombuffer(lines.buffers()[2] or b"", np.uint8)
    rows, cuts = [bounds[:0]], []
    line, start = np.arange(len(lines)), bounds[:-1]  # a missing line is empty: never cut
    while len(line):
        long = bounds[line + 1] - start > 74
        line, cut = line[long], start[long] + 74
        while (inside := data[cut] & 0xC0 == 0x80).any():  # a character's continuation byte
            cut -= inside
        cut -= np.isin(data[cut - 1], _ESCAPING)
        rows.append(line)
        cuts.append(cut)
        start = cut
    # The pieces between the cuts, views of the lines' own bytes (a line's start, then its
    # cuts, the k-th made in round k), joined by a fold each.
    folds = np.concatenate([[0], np.cumsum(np.bincount(np.concatenate(rows), minlength=len(lines)))])
    starts = np.arange(len(lines) + 1) + folds  # where each line's pieces begin
    edges = np.empty(len(lines) + 1 + folds[-1], np.int64)
    edges[starts] = bounds
    for k, (line, cut) in enumerate(zip(rows[1:], cuts), 1):
        edges[starts[line] + k] = cut
    pieces = pa.LargeStringArray.from_buffers(len(edges) - 1, pa.py_buffer(edges), lines.buffers()[2])
    split = pa.LargeListArray.from_arrays(starts, pieces, mask=lines.is_null())
    first, fold, end, nothing = (pa.scalar(text, pa.large_string()) for text in (before, "\r\n ", "\r\n", ""))
    return pc.fill_null(pc.binary_join_element_wise(first, pc.binary_join(split, fold), end, nothing), first)


_ESCAPING = np.frombuffer(b"\\^", np.uint8)  # not cut off from the character they escape
