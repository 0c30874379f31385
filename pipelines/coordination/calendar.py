"""The regional calendar: an event delivered by several members appears once.

Two events of different members are the same event when their titles are similar (rapidfuzz
token_set_ratio of the spelling-folded titles), they start within a few minutes of each other
and they take place at the same venue (same venue name in the same place) or within a few
hundred metres. Every merge is recorded with the rule and the measured values, and a pair of
record ids listed under `never_merge` in cluster.yaml is never merged – so a wrong merge can
be explained and undone by configuration. A group never holds two records of one member:
what a member delivers as two events stays two.

Longer than 350 lines: `distinct_combinations`, the numbering the merge and the calendar
exports do their work once per distinct value with, lives beside the merge it came from.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import shapely
from rapidfuzz import fuzz
from rapidfuzz.process import cpdist

from pipelines.coordination.config import CalendarRules
from pipelines.core.cluster import Cluster
from pipelines.core.german import german_number
from pipelines.geocoding.coordinates import transform
from schemas import Field, fold

MERGE_COLUMNS = {  # column -> German header of the published merge table
    "event_record_id": "Veranstaltung im Regionalkalender (Datensatz-ID)",
    "record_id_a": "Datensatz A", "member_a": "Mitglied A", "title_a": "Titel A",
    "record_id_b": "Datensatz B", "member_b": "Mitglied B", "title_b": "Titel B",
    "title_similarity": "Ähnlichkeit der Titel in %", "start_difference_min": "Abstand der Beginnzeiten in Minuten",
    "same_venue": "Gleicher Veranstaltungsort", "distance_m": "Entfernung in m", "rule": "Regel",
}


@dataclass
class RegionalCalendar:
    events: pa.Table        # one row per event: the kept record, REGIONAL_FIELDS before its
                            # geometry (no file metadata: each file brings its own)
    merges: pd.DataFrame    # MERGE_COLUMNS: one row per pair of records that was merged
    rows: np.ndarray        # each event's position among the records merged (their kept one)


# The columns of every record the merge reads into pandas; texts unique per record (ids,
# titles) are read only for the few records compared, merged or kept.
_COMPARED = ["municipality", "start", "lat", "lon", "first_seen"]


def merge_events(table: pa.Table, cluster: Cluster, rules: CalendarRules) -> RegionalCalendar:
    """`table`: current events as the exports' Arrow table (the exported fields in the
    schema's types, geometry as WKB), the cluster-wide calendar before merging. Records are
    numbered by their position (the regional calendar's events are numbered afresh)."""
    records = table.select(_COMPARED).to_pandas()
    position, x, y = _positions(records)
    x, y = x[position], y[position]
    starts = pd.to_datetime(records["start"], utc=True, cache=False)
    venue_codes, named = _venues(table)
    first, second = _close_pairs(records, starts, x, y, np.where(named, venue_codes, -1), rules)
    # Only the titles of close pairs are compared, so only they are folded.
    compared = np.union1d(first, second)
    titles = folded(table["title"].take(compared).to_pandas()).to_numpy()
    similarity = cpdist(titles[np.searchsorted(compared, first)].tolist(),
                        titles[np.searchsorted(compared, second)].tolist(),
                        scorer=fuzz.token_set_ratio, dtype=np.float64)
    same_venue = named[first] & (venue_codes[first] == venue_codes[second])
    distance = np.hypot(x[first] - x[second], y[first] - y[second])
    instants = starts.dt.tz_convert(None).to_numpy()
    minutes = (instants[second] - instants[first]) / np.timedelta64(1, "m")
    close = np.flatnonzero((similarity >= rules.title_similarity)
                           & (same_venue | (distance <= rules.venue_within_m)))
    group = list(range(len(records)))
    together: dict[int, list[int]] = {}  # the records of each merged group, by its root
    ids, members = table["record_id"], records["municipality"].to_numpy()

    def root(k: int) -> int:
        while group[k] != k:
            group[k] = group[group[k]]
            k = group[k]
        return k

    merged = []  # the candidates merged, most similar first
    for n in close[np.argsort(-similarity[close], kind="stable")].tolist():
        a, b = root(int(first[n])), root(int(second[n]))
        if a == b:
            continue
        both = together.get(a, [a]) + together.get(b, [b])
        if (len({members[k] for k in both}) < len(both)
                or any(pair <= {ids[k].as_py() for k in both} for pair in rules.never_merge)):
            continue
        group[b] = a
        together[a] = both
        together.pop(b, None)
        merged.append(n)
    roots = np.arange(len(records))
    for a, both in together.items():
        roots[both] = a
    merged = np.array(merged, dtype=np.int64)
    return _calendar(table, records, cluster, roots, pd.DataFrame({
        "i": first[merged], "j": second[merged], "similarity": similarity[merged],
        "minutes": minutes[merged], "same_venue": same_venue[merged],
        "distance": distance[merged]}), rules)


def folded(texts: pd.Series) -> pd.Series:
    """`fold` of every text ("" where missing), each distinct text folded once: in Arrow where
    it holds only ASCII, umlauts and ß (what fold does to those is lower case, umlauts and ß
    spelt out, dashes and whitespace as single spaces), else word by word – fold maps
    character by character and then collapses the spaces, so a text folds word by word."""
    words: dict[str, str] = {}

    def fold_text(text: str) -> str:
        parts = [words[w] if w in words else words.setdefault(w, fold(w)) for w in text.split(" ")]
        return " ".join(part for part in parts if part)
    codes, distinct = pd.factorize(texts.fillna(""))
    distinct = pa.array(np.asarray(distinct, dtype=object), pa.string())
    plain = pc.match_substring_regex(distinct, _PLAIN).to_numpy(zero_copy_only=False)
    quick = pc.utf8_lower(distinct.filter(plain))
    for letter, spelt in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        quick = pc.replace_substring(quick, letter, spelt)
    quick = pc.utf8_trim(pc.replace_substring_regex(quick, _SPACES, " "), " ")
    result = np.empty(len(distinct) + 1, dtype=object)
    result[np.flatnonzero(plain)] = quick.to_numpy(zero_copy_only=False)
    result[np.flatnonzero(~plain)] = [fold_text(text) for text in
                                     distinct.filter(~plain).to_pylist()]
    result[-1] = ""
    return pd.Series(result[codes], index=texts.index)


_PLAIN = r"^[\x00-\x7f\x{c4}\x{d6}\x{dc}\x{e4}\x{f6}\x{fc}\x{df}]*$"  # ASCII, ÄÖÜäöüß
_SPACES = r"[\t\n\x0b\x0c\r\x1c-\x1f _-]+"  # what str.split() takes for space in ASCII, - and _


def _venues(table: pa.Table) -> tuple[np.ndarray, np.ndarray]:
    """Each record's venue as a number – the same for the same venue name in the same place,
    in any spelling – and whether it names a venue; each distinct pair read and folded once."""
    pair, first = distinct_combinations(table["venue"], table["place"])
    venues = table.select(["venue", "place"]).take(first).to_pandas()
    numbers, texts = pd.factorize(folded(venues["venue"]).to_numpy() + "|" + folded(venues["place"]).to_numpy())
    named = np.array([bool(text.split("|")[0]) for text in texts], dtype=bool)
    return numbers[pair], named[numbers][pair]


def _close_pairs(records: pd.DataFrame, starts: pd.Series, x: np.ndarray, y: np.ndarray,
                 venues: np.ndarray, rules: CalendarRules) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (i, j) of records of different members that start within the window and take
    place at the same venue (`venues`: its number, -1 for none) or near each other – the only
    ones worth comparing titles of –, i before j in the order of their start, ordered so.
    Neighbouring slots of time and cells of space (or the same venue) are looked up only
    between members present in neighbouring cells, so the work grows with the events of
    different members close in time and place, not with the events of a day or of a member."""
    count = len(records)
    start = (starts - pd.Timestamp(0, tz="UTC")).dt.total_seconds().to_numpy()
    window = rules.start_within_minutes * 60
    slot = np.floor(start / max(window, 1))
    cell = max(float(rules.venue_within_m), 1.0)
    timed = np.isfinite(slot)  # an event without a start is close to none
    # Slots numbered densely, gaps of more than one slot shrunk to two: neighbours stay
    # neighbours, and the numbers stay small enough for one integer key.
    distinct = np.unique(slot[timed])
    dense = np.concatenate([[1], 1 + np.cumsum(np.minimum(np.diff(distinct), 2))]).astype(np.int64)
    slots = np.zeros(count, dtype=np.int64)
    slots[timed] = dense[np.searchsorted(distinct, slot[timed])]
    members = pd.factorize(records["municipality"])[0]
    located = np.flatnonzero(timed & np.isfinite(x) & np.isfinite(y))
    cells = pd.DataFrame({"cx": np.floor(x[located] / cell), "cy": np.floor(y[located] / cell)})
    cell_codes = cells.groupby(["cx", "cy"], sort=False).ngroup().to_numpy()
    grid = cells.drop_duplicates().assign(space=np.arange(cell_codes.max(initial=-1) + 1))
    adjacent = pd.concat([grid.merge(grid.assign(cx=grid["cx"] + dx, cy=grid["cy"] + dy), on=["cx", "cy"])
                          for dx in (-1, 0, 1) for dy in (-1, 0, 1)])
    named = np.flatnonzero(timed & (venues >= 0))
    found = [_neighbours(located, cell_codes, adjacent["space_x"].to_numpy(),
                         adjacent["space_y"].to_numpy(), slots, members),
             _neighbours(named, venues[named], *[np.unique(venues[named])] * 2, slots, members)]
    first, second = np.concatenate([f[0] for f in found]), np.concatenate([f[1] for f in found])
    if not len(first):  # no members meet (one member's events alone, say): nothing to order
        return first, second
    order = np.argsort(starts.dt.tz_convert(None).to_numpy(), kind="stable")
    rank = np.empty(count, dtype=np.int64)
    rank[order] = np.arange(count)
    swap = rank[first] > rank[second]
    first, second = np.where(swap, second, first), np.where(swap, first, second)
    keep = start[second] - start[first] <= window
    ranked = np.unique(rank[first[keep]] * count + rank[second[keep]])  # sorted, once each
    return order[ranked // count], order[ranked % count]


def _neighbours(rows: np.ndarray, spaces: np.ndarray, space_from: np.ndarray,
                space_to: np.ndarray, slots: np.ndarray, members: np.ndarray):
    """Pairs of `rows` of different members in neighbouring spaces (cells or venues; the
    pairs `space_from`–`space_to`, each space its own neighbour too) and neighbouring slots,
    each pair once: a member's rows in a space are asked for only where another member is
    in a neighbouring space, and only for the rows of members after it there."""
    # Which members meet in neighbouring spaces (none: no pair to look for).
    present = pd.DataFrame({"member": members[rows], "space": spaces}).drop_duplicates()
    meet = (present.merge(pd.DataFrame({"space": space_from, "other": space_to}), on="space")
            .merge(present.rename(columns={"member": "member_b", "space": "other"}), on="other"))
    meet = meet[meet["member"] < meet["member_b"]].drop_duplicates(["member", "space", "other"])
    if meet.empty:
        return rows[:0], rows[:0]
    span, count = int(slots.max()) + 2, int(members.max()) + 1
    key = (spaces * span + slots[rows]) * count + members[rows]  # by space, slot, member
    order = np.argsort(key, kind="stable")
    keys, by_key = key[order], rows[order]
    # The rows of each such member in each such space …
    mine = members[rows] * (int(spaces.max()) + 1) + spaces
    by_mine = np.argsort(mine, kind="stable")
    wanted = meet["member"].to_numpy() * (int(spaces.max()) + 1) + meet["space"].to_numpy()
    low, high = np.searchsorted(mine[by_mine], wanted), np.searchsorted(mine[by_mine], wanted, side="right")
    asked = rows[by_mine[ranges(low, high)]]
    other = np.repeat(meet["other"].to_numpy(), high - low)
    member = members[asked]
    # … against the rows of later members in the other space, one slot before to one after.
    found = []
    for shift in (-1, 0, 1):
        slot = (other * span + slots[asked] + shift) * count
        low, high = np.searchsorted(keys, slot + member + 1), np.searchsorted(keys, slot + count)
        found.append((np.repeat(asked, high - low), by_key[ranges(low, high)]))
    return np.concatenate([f[0] for f in found]), np.concatenate([f[1] for f in found])


def ranges(low: np.ndarray, high: np.ndarray) -> np.ndarray:
    """The positions low[0]…high[0]-1, low[1]…high[1]-1, … one after the other."""
    lengths = high - low
    return np.repeat(low - np.cumsum(lengths) + lengths, lengths) + np.arange(lengths.sum())


def _calendar(table: pa.Table, records: pd.DataFrame, cluster: Cluster, roots: np.ndarray,
              merged: pd.DataFrame, rules: CalendarRules) -> RegionalCalendar:
    shared = np.flatnonzero(pd.Series(roots).duplicated(keep=False).to_numpy())  # groups of several
    grouped = records[["first_seen", "municipality"]].iloc[shared].assign(
        record_id=table["record_id"].take(shared).to_numpy(), _group=roots[shared])
    first = grouped.sort_values(["first_seen", "record_id"]).drop_duplicates("_group")
    kept = first.set_index("_group")["record_id"]
    keep = np.ones(len(records), dtype=bool)  # records alone, and the first of each group
    keep[shared] = False
    keep[first.index] = True
    rows = np.flatnonzero(keep)
    municipality = records["municipality"].take(rows).reset_index(drop=True)
    names = {key: cluster.member_name(key) for key in records["municipality"].unique()}
    order = {key: n for n, key in enumerate(cluster.members)}
    members = municipality.copy()
    delivered_by = municipality.map(names)
    # Each group's members in the cluster's order (a group holds one record per member).
    listed = (grouped.assign(_order=grouped["municipality"].map(order).fillna(len(order)))
              .sort_values(["_group", "_order", "municipality"], kind="stable")
              .drop_duplicates(["_group", "municipality"]))
    groups = pd.Series(roots[rows])
    several = groups.isin(listed["_group"]).to_numpy()
    members[several] = groups[several].map(
        _joined(listed["_group"], listed["municipality"], ", ")).to_numpy()
    delivered_by[several] = groups[several].map(_joined(
        listed["_group"], listed["municipality"].map(names), "; ")).to_numpy()
    # The kept records in their order (most of them: a filter copies runs, or nothing at all).
    events = (table.filter(keep) if len(rows) < len(keep) else table).replace_schema_metadata(None)
    for f, values in zip(REGIONAL_FIELDS, (delivered_by, members)):
        events = events.add_column(events.schema.get_field_index("geometry"), pa.field(f.name, f.arrow_type),
                                   pa.array(values, f.arrow_type, from_pandas=True))
    return RegionalCalendar(events, _merge_table(table, merged, kept, roots, rules), rows)


def _joined(groups: pd.Series, values: pd.Series, separator: str) -> pd.Series:
    """The values of each group joined in their order, by group (`groups` sorted)."""
    position = groups.groupby(groups, sort=False).cumcount().to_numpy()
    groups, values = groups.to_numpy(), values.to_numpy(dtype=object)
    text = pd.Series(values[position == 0], index=groups[position == 0], dtype=object)
    for n in range(1, position.max(initial=0) + 1):
        at = groups[position == n]
        text[at] = text[at].to_numpy() + separator + values[position == n]
    return text


def _merge_table(table: pa.Table, merged: pd.DataFrame, kept: pd.Series,
                 roots: np.ndarray, rules: CalendarRules) -> pd.DataFrame:
    """MERGE_COLUMNS of the merged pairs, with the rule and the measured values in words."""
    if merged.empty:
        return pd.DataFrame([], columns=list(MERGE_COLUMNS))
    i, j = merged["i"].to_numpy(), merged["j"].to_numpy()
    a, b = (table.select(["record_id", "municipality", "title"]).take(k).to_pydict() for k in (i, j))
    minutes = [abs(value) for value in merged["minutes"].tolist()]
    distances = merged["distance"].tolist()
    rules_text = []
    for similarity, apart_min, same_venue, distance in zip(
            merged["similarity"].tolist(), minutes, merged["same_venue"].tolist(), distances):
        apart = "" if np.isnan(distance) else f"{german_number(distance)} m entfernt"
        where = (", ".join(filter(None, ("gleicher Veranstaltungsort", apart))) if same_venue else
                 f"{apart} (höchstens {german_number(rules.venue_within_m)} m)")
        rules_text.append(
            f"Titel zu {german_number(similarity)} % ähnlich (ab {german_number(rules.title_similarity)} %), "
            f"Beginn {german_number(apart_min)} Minuten auseinander (höchstens "
            f"{german_number(rules.start_within_minutes)}), {where}")
    return pd.DataFrame({
        "event_record_id": kept[roots[i]].tolist(), "record_id_a": a["record_id"],
        "member_a": a["municipality"], "title_a": a["title"], "record_id_b": b["record_id"],
        "member_b": b["municipality"], "title_b": b["title"],
        "title_similarity": [round(value, 1) for value in merged["similarity"].tolist()],
        "start_difference_min": [round(value, 1) for value in minutes],
        "same_venue": merged["same_venue"].tolist(),
        "distance_m": [None if np.isnan(value) else round(value) for value in distances],
        "rule": rules_text}, columns=list(MERGE_COLUMNS))


def event_points(events: pa.Table) -> tuple[np.ndarray, np.ndarray]:
    """The events' distinct positions in EPSG:25832 (unlocated: empty points), and for each
    event the number of its position – events at one venue share one."""
    position, x, y = _positions(events)
    return position, shapely.points(x, y)


def _positions(events: pa.Table | pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For each event the number of its position, and the distinct positions in EPSG:25832."""
    lon, lat = (np.asarray(events[name], dtype=float) for name in ("lon", "lat"))  # gaps: NaN
    position, first = distinct_combinations(lon.view(np.int64), lat.view(np.int64))
    return position, *transform("EPSG:4326", lon[first], lat[first])


def around(points: tuple[np.ndarray, np.ndarray], area: shapely.Geometry, km: float) -> np.ndarray:
    """Which events lie within `km` of an area (EPSG:25832), e.g. a member's municipalities;
    `points`: their `event_points`, each distinct position measured once."""
    position, distinct = points
    shapely.prepare(area)
    # Unlocated events (POINT NaN NaN, e.g. a venue-only LOCATION) are near nothing; GEOS
    # refuses to measure them against a prepared area and would stop the whole export.
    located = np.isfinite(shapely.get_x(distinct))
    near = np.zeros(len(distinct), dtype=bool)
    near[located] = shapely.dwithin(area, distinct[located], km * 1000)
    return near[position]


def distinct_combinations(*columns) -> tuple[np.ndarray, np.ndarray]:
    """Each row's number among the distinct combinations of the columns' values (missing is a
    value too; floats compared by their bits, so 0.0 and -0.0 stay two), numbered in the
    order of their first row, and that first row of each: work done once per combination.
    The columns' codes are combined into one key and numbered once – hashing a million keys
    costs as much as the rest together –, renumbered before the key would overflow."""
    key, span = np.zeros(len(columns[0]), dtype=np.int64), 1
    for column in columns:
        codes, count = _codes(column)
        if span * count >= 2**62:
            key = pd.factorize(key)[0]
            span = int(key.max(initial=-1)) + 1
        key = key * count + codes
        span *= count
    number = pd.factorize(key)[0]
    # Numbered in order of appearance, so a first row is where the highest number so far grows.
    highest = np.maximum.accumulate(number)
    return number, np.flatnonzero(np.diff(highest, prepend=-1) > 0)


def _codes(column) -> tuple[np.ndarray, int]:
    """A number per value, 0 … count-1, and the count: Arrow columns numbered in Arrow
    (without a Python object per value), small non-negative integers (numbers already, such
    as other combinations) as they are, anything else by pandas."""
    if isinstance(column, pa.ChunkedArray):
        encoded = pc.dictionary_encode(column.combine_chunks())
        count = len(encoded.dictionary)
        return pc.fill_null(encoded.indices, count).to_numpy().astype(np.int64, copy=False), count + 1
    if isinstance(column, np.ndarray) and column.dtype.kind in "biu":
        values = column.astype(np.int64, copy=False)
        if values.min(initial=0) >= 0 and values.max(initial=0) < 2**31:
            return values, int(values.max(initial=0)) + 1
    codes, distinct = pd.factorize(column)
    return codes.astype(np.int64, copy=False) + 1, len(distinct) + 1


# The regional calendar's own columns, after the schema's publishable fields.
REGIONAL_FIELDS = (
    Field(name="delivered_by", label="Gemeldet von", type="string",
          description="Alle Mitglieder, die diese Veranstaltung geliefert haben (gleiche "
                      "Veranstaltungen mehrerer Mitglieder stehen nur einmal im Regionalkalender)."),
    Field(name="members", label="Mitglieder (Schlüssel)", type="string",
          description="Schlüssel der Mitglieder, die die Veranstaltung geliefert haben, durch Komma getrennt."),
)
