"""The regional calendar's merge record by record, as first written: every pair of records
held against the rules (README „Regionaler Kalender“), each title folded word by word with
`schemas.fold` – the reference that `pipelines.coordination.calendar.merge_events` (pairs
looked up by cells and slots, titles folded in Arrow, similarities in one call) must match."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
from rapidfuzz import fuzz

from pipelines.coordination.calendar import MERGE_COLUMNS, RegionalCalendar
from pipelines.core.german import german_number
from pipelines.geocoding.coordinates import transform
from schemas import fold


def word_folded(text) -> str:
    """What the regional calendar compares: each word of a text folded ("" if missing)."""
    text = "" if text is None or text != text else text
    return " ".join(part for part in (fold(word) for word in text.split(" ")) if part)


def reference_merge(records: pd.DataFrame, cluster, rules) -> RegionalCalendar:
    records = records.reset_index(drop=True)
    x, y = transform("EPSG:4326", records["lon"].astype(float).to_numpy(),
                     records["lat"].astype(float).to_numpy())
    starts = pd.to_datetime(records["start"], utc=True)
    start = (starts - pd.Timestamp(0, tz="UTC")).dt.total_seconds().tolist()
    order = sorted(range(len(records)), key=lambda k: (starts[k], k))
    window, cell = rules.start_within_minutes * 60, max(float(rules.venue_within_m), 1.0)
    slot = [math.floor(s / max(window, 1)) for s in start]
    titles = [word_folded(t) for t in records["title"]]
    venues = [word_folded(v) + "|" + word_folded(p) for v, p in zip(records["venue"], records["place"])]
    members = records["municipality"].tolist()
    candidates = []
    for a, i in enumerate(order):
        for j in order[a + 1:]:
            if members[i] == members[j] or not start[j] - start[i] <= window or abs(slot[i] - slot[j]) > 1:
                continue
            located = all(np.isfinite(v) for v in (x[i], y[i], x[j], y[j]))
            near = located and all(abs(math.floor(u[i] / cell) - math.floor(u[j] / cell)) <= 1 for u in (x, y))
            same_venue = bool(venues[i].split("|")[0]) and venues[i] == venues[j]
            if not (near or same_venue):
                continue
            similarity = fuzz.token_set_ratio(titles[i], titles[j])
            distance = float(np.hypot(x[i] - x[j], y[i] - y[j]))
            if similarity >= rules.title_similarity and (same_venue or distance <= rules.venue_within_m):
                minutes = (starts[j] - starts[i]) / pd.Timedelta(minutes=1)
                candidates.append((similarity, i, j, minutes, same_venue, distance))
    group = list(range(len(records)))

    def root(k: int) -> int:
        while group[k] != k:
            k = group[k]
        return k

    merged = []
    for similarity, i, j, minutes, same_venue, distance in sorted(candidates, key=lambda c: -c[0]):
        a, b = root(i), root(j)
        both = [k for k in range(len(records)) if root(k) in (a, b)]
        ids = {records.at[k, "record_id"] for k in both}
        if a == b or len({members[k] for k in both}) < len(both) or any(p <= ids for p in rules.never_merge):
            continue
        group[b] = a
        merged.append((i, j, similarity, minutes, same_venue, distance))
    return _calendar(records, cluster, [root(k) for k in range(len(records))], merged, rules)


def _calendar(records, cluster, roots, merged, rules) -> RegionalCalendar:
    records = records.assign(_group=roots)
    kept = records.sort_values(["first_seen", "record_id"]).drop_duplicates("_group").set_index("_group")["record_id"]
    names = {key: member.name for key, member in cluster.members.items()}
    order = list(cluster.members)
    events = records[records["record_id"].isin(kept)].copy()
    events["members"] = events["municipality"]
    events["delivered_by"] = events["municipality"].map(names).fillna(events["municipality"])
    for group, part in records[records.duplicated("_group", keep=False)].groupby("_group"):
        keys = sorted(set(part["municipality"]), key=lambda k: order.index(k) if k in order else len(order))
        events.loc[events["_group"] == group, "members"] = ", ".join(keys)
        events.loc[events["_group"] == group, "delivered_by"] = "; ".join(names.get(k, k) for k in keys)
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
                            pd.DataFrame(rows, columns=list(MERGE_COLUMNS)), events.index.to_numpy())
