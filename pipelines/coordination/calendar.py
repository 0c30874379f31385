"""The regional calendar: an event delivered by several members appears once.

Two events of different members are the same event when their titles are similar (rapidfuzz
token_set_ratio of the spelling-folded titles), they start within a few minutes of each other
and they take place at the same venue (same venue name in the same place) or within a few
hundred metres. Every merge is recorded with the rule and the measured values, and a pair of
record ids listed under `never_merge` in cluster.yaml is never merged – so a wrong merge can
be explained and undone by configuration. A group never holds two records of one member:
what a member delivers as two events stays two.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import shapely
from rapidfuzz import fuzz

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
    events: pd.DataFrame    # one row per event: the kept record, plus delivered_by and members
    merges: pd.DataFrame    # MERGE_COLUMNS: one row per pair of records that was merged


def merge_events(records: pd.DataFrame, cluster: Cluster, rules: CalendarRules) -> RegionalCalendar:
    """`records`: current events (record_id, municipality, title, start, venue, place, lat,
    lon, first_seen, …), the cluster-wide calendar before merging."""
    records = records.reset_index(drop=True)
    x, y = transform("EPSG:4326", records["lon"].astype(float).to_numpy(),
                     records["lat"].astype(float).to_numpy())
    starts = pd.to_datetime(records["start"], utc=True)
    titles = folded(records["title"])
    venues = folded(records["venue"]) + "|" + folded(records["place"])
    candidates = []
    for i, j in _close_pairs(records, starts, x, y, venues, rules):
        similarity = fuzz.token_set_ratio(titles[i], titles[j])
        same_venue = bool(venues[i].split("|")[0]) and venues[i] == venues[j]
        distance = float(np.hypot(x[i] - x[j], y[i] - y[j]))
        if similarity >= rules.title_similarity and (same_venue or distance <= rules.venue_within_m):
            minutes = (starts[j] - starts[i]) / pd.Timedelta(minutes=1)
            candidates.append((similarity, int(i), int(j), minutes, same_venue, distance))
    group = list(range(len(records)))
    together: dict[int, list[int]] = {}  # the records of each merged group, by its root

    def root(k: int) -> int:
        while group[k] != k:
            group[k] = group[group[k]]
            k = group[k]
        return k

    merged = []
    for similarity, i, j, minutes, same_venue, distance in sorted(candidates, key=lambda c: -c[0]):
        a, b = root(i), root(j)
        if a == b:
            continue
        both = together.get(a, [a]) + together.get(b, [b])
        ids = {records.at[k, "record_id"] for k in both}
        if (len({records.at[k, "municipality"] for k in both}) < len(both)
                or any(pair <= ids for pair in rules.never_merge)):
            continue
        group[b] = a
        together[a] = both
        together.pop(b, None)
        merged.append((i, j, similarity, minutes, same_venue, distance))
    return _calendar(records, cluster, [root(k) for k in range(len(records))], merged, rules)


def folded(texts: pd.Series) -> pd.Series:
    """`fold` of every text ("" where missing), each distinct word folded once: fold maps
    character by character and then collapses the spaces, so a text folds word by word."""
    words: dict[str, str] = {}

    def fold_text(text: str) -> str:
        parts = [words[w] if w in words else words.setdefault(w, fold(w)) for w in text.split(" ")]
        return " ".join(part for part in parts if part)
    codes, distinct = pd.factorize(texts.fillna(""))
    return pd.Series(np.array([fold_text(text) for text in distinct] + [""], dtype=object)[codes],
                     index=texts.index)


def _close_pairs(records: pd.DataFrame, starts: pd.Series, x: np.ndarray, y: np.ndarray,
                 venues: pd.Series, rules: CalendarRules) -> list[tuple[int, int]]:
    """Pairs (i, j) of records of different members that start within the window and take
    place at the same venue or near each other – the only ones worth comparing titles of –,
    i before j in the order of their start, ordered so. Found by joining neighbouring slots
    of time and cells of space (and slots per venue), so the work grows with the events close
    in time and place, not with the square of the events of a day."""
    count = len(records)
    start = (starts - pd.Timestamp(0, tz="UTC")).dt.total_seconds().to_numpy()
    order = np.argsort(starts.to_numpy(), kind="stable")
    rank = np.empty(count, dtype=np.int64)
    rank[order] = np.arange(count)
    window = rules.start_within_minutes * 60
    slot = np.floor(start / max(window, 1))
    cell = max(float(rules.venue_within_m), 1.0)
    located = np.isfinite(x) & np.isfinite(y)
    near = pd.DataFrame({"row": np.flatnonzero(located), "slot": slot[located],
                         "cx": np.floor(x[located] / cell), "cy": np.floor(y[located] / cell)})
    named = venues.str.split("|").str[0].astype(bool).to_numpy()
    venue = pd.DataFrame({"row": np.flatnonzero(named), "slot": slot[named],
                          "venue": pd.factorize(venues[named])[0]})
    found = [table.merge(table.assign(**{"slot": table["slot"] + dt, **shift}), on=on)
             for table, on, shifts in (
                 (near, ["slot", "cx", "cy"], [{"cx": near["cx"] + dx, "cy": near["cy"] + dy}
                                               for dx in (-1, 0, 1) for dy in (-1, 0, 1)]),
                 (venue, ["slot", "venue"], [{}]))
             for shift in shifts for dt in (-1, 0, 1)]
    pairs = pd.concat(found)
    first, second = pairs["row_x"].to_numpy(), pairs["row_y"].to_numpy()
    members = records["municipality"].to_numpy()
    keep = ((rank[first] < rank[second]) & (members[first] != members[second])
            & (start[second] - start[first] <= window))
    ranked = np.unique(rank[first[keep]] * count + rank[second[keep]])  # sorted, once each
    return list(zip(order[ranked // count].tolist(), order[ranked % count].tolist()))


def _calendar(records: pd.DataFrame, cluster: Cluster, roots: list[int], merged: list,
              rules: CalendarRules) -> RegionalCalendar:
    records = records.assign(_group=roots)
    rank = records.sort_values(["first_seen", "record_id"])
    kept = rank.drop_duplicates("_group").set_index("_group")["record_id"]
    names = {key: member.name for key, member in cluster.members.items()}
    order = list(cluster.members)
    shared = records[records.duplicated("_group", keep=False)]  # groups of several records
    by_group = shared.groupby("_group")["municipality"].agg(
        lambda keys: sorted(set(keys), key=lambda k: order.index(k) if k in order else len(order)))
    events = records[records["record_id"].isin(kept)].copy()
    events["members"] = events["municipality"]
    events["delivered_by"] = events["municipality"].map(names).fillna(events["municipality"])
    several = events["_group"].isin(by_group.index)
    groups = events.loc[several, "_group"]
    events.loc[several, "members"] = groups.map(lambda g: ", ".join(by_group[g]))
    events.loc[several, "delivered_by"] = groups.map(
        lambda g: "; ".join(names.get(k, k) for k in by_group[g]))
    rows = []
    for i, j, similarity, minutes, same_venue, distance in merged:
        a, b = records.loc[i], records.loc[j]
        apart = "" if np.isnan(distance) else f"{german_number(distance)} m entfernt"
        where = (", ".join(filter(None, ("gleicher Veranstaltungsort", apart))) if same_venue else
                 f"{apart} (höchstens {german_number(rules.venue_within_m)} m)")
        rows.append({
            "event_record_id": kept[roots[i]], "record_id_a": a["record_id"], "member_a": a["municipality"],
            "title_a": a["title"], "record_id_b": b["record_id"], "member_b": b["municipality"],
            "title_b": b["title"], "title_similarity": round(similarity, 1),
            "start_difference_min": round(abs(minutes), 1), "same_venue": same_venue,
            "distance_m": None if np.isnan(distance) else round(distance), "rule": (
                f"Titel zu {german_number(similarity)} % ähnlich (ab {german_number(rules.title_similarity)} %), "
                f"Beginn {german_number(abs(minutes))} Minuten auseinander (höchstens "
                f"{german_number(rules.start_within_minutes)}), {where}")})
    return RegionalCalendar(events.drop(columns="_group").reset_index(drop=True),
                            pd.DataFrame(rows, columns=list(MERGE_COLUMNS)))


def event_points(events: pd.DataFrame) -> np.ndarray:
    """The events' positions in EPSG:25832 (unlocated: empty points)."""
    return shapely.points(*transform("EPSG:4326", events["lon"].astype(float).to_numpy(),
                                     events["lat"].astype(float).to_numpy()))


def around(events: pd.DataFrame, points: np.ndarray, area: shapely.Geometry,
           km: float) -> pd.DataFrame:
    """The events within `km` of an area (EPSG:25832), e.g. a member's municipalities;
    `points`: their `event_points`."""
    shapely.prepare(area)
    return events[shapely.dwithin(area, points, km * 1000)]


# The regional calendar's own columns, after the schema's publishable fields.
REGIONAL_FIELDS = (
    Field(name="delivered_by", label="Gemeldet von", type="string",
          description="Alle Mitglieder, die diese Veranstaltung geliefert haben (gleiche "
                      "Veranstaltungen mehrerer Mitglieder stehen nur einmal im Regionalkalender)."),
    Field(name="members", label="Mitglieder (Schlüssel)", type="string",
          description="Schlüssel der Mitglieder, die die Veranstaltung geliefert haben, durch Komma getrennt."),
)
