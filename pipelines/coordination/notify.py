"""Neighbour notifications for building plans (§ 2 Abs. 2 BauGB): a member hears of another
member's plan whose Geltungsbereich lies within its distance, once when it appears, again
when its procedure stage or Geltungsbereich changes, and once when it is withdrawn. A plan
delivered again after its withdrawal is re-opened („Plan wieder aufgenommen“, naming the
withdrawal), whatever its stage: a procedure started anew, not a change. A plan
first seen when its procedure is already over (in force or ended) is taken over without a
notice of its own – the coordination concerns plans in procedure – and only counted in the
mail; it is in the feed and the GeoJSON like every other.

The journal (pipelines/storage/notifications.py) is the state: the latest notification of a
plan to a receiver holds the fingerprint it was told about, so an unchanged plan is never
reported twice, and a mail that could not be handed over is sent with the next run. A plan
is its record, or – re-exported under new gml:ids – the records of its member with the same
plan municipality, name and number (`_plan_keys`).
"""
from __future__ import annotations

import hashlib
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import geopandas as gpd
import pandas as pd
import shapely

from pipelines.coordination.neighbours import Neighbourhood, nearest, neighbourhoods
from pipelines.coordination.outputs import Changes, phase, send_digest, stage, write_outputs
from pipelines.core.cluster import Cluster
from pipelines.core.settings import Settings
from pipelines.geocoding.coordinates import METRIC_CRS
from pipelines.quality.history import held_partitions
from pipelines.storage.lake import partition_path, read_partition
from pipelines.storage.notifications import read_notifications, write_notification
from schemas import load_schema

NOTIFICATION_NAMESPACE = uuid.UUID("0b7c2f55-93a8-4c1e-8e0f-6a2d7f3c9b14")
DATASET = "building_plans"
# Plans whose procedure is over when first seen: taken over without a notice of their own
SETTLED = ("in_force", "ended")


@dataclass
class CoordinationResult:
    created: list[dict] = field(default_factory=list)     # notifications of this run
    sent: int = 0                                          # notifications mailed in this run
    unsent: list[str] = field(default_factory=list)        # why a digest was not handed over
    files: list[Path] = field(default_factory=list)        # feeds and GeoJSON written


def coordinate(settings: Settings, cluster: Cluster, now: datetime | None = None) -> CoordinationResult:
    """Notify every receiver of what changed near it since the last run; write the feeds and
    GeoJSON of all receivers and mail each its digest of notifications not yet sent."""
    now = now or datetime.now(timezone.utc)
    held = {member for dataset, member in held_partitions(settings) if dataset == DATASET}
    plans = current_plans(settings, cluster, held)
    history = read_notifications(settings)
    result = CoordinationResult()
    hoods = neighbourhoods(settings, cluster)
    for hood in hoods:
        for row in _decide(plans, hood, history, held, now):
            write_notification(settings, row)
            result.created.append(row)
    history = read_notifications(settings)
    for hood in hoods:
        mine = [row for row in history if row["to_member"] == hood.receiver.key]
        changes = _changes(mine, plans)
        result.files += write_outputs(settings, cluster, hood.receiver, mine, plans, changes,
                                      _latest(mine, _key_of(plans)))
        unsent = [row for row in mine if not row["sent_at"]]
        if not unsent:
            continue
        problem = send_digest(settings, cluster, hood.receiver, unsent, plans, changes)
        if problem:
            result.unsent.append(problem)
            continue
        for row in unsent:
            write_notification(settings, {**row, "sent_at": now.isoformat()})
        result.sent += len(unsent)
    return result


def current_plans(settings: Settings, cluster: Cluster, held: set[str]) -> gpd.GeoDataFrame:
    """All plans of the lake (withdrawn ones too) of members not held back, by record id,
    in WGS84; a member whose latest delivery is held keeps its last notified state."""
    frames = [frame for key in cluster.members if key not in held
              if (frame := read_partition(partition_path(settings.lake_dir, DATASET, key),
                                          load_schema(DATASET))) is not None]
    plans = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(
        {name: [] for name in ("record_id", "municipality", "withdrawn_at", "last_withdrawn_at",
                               "last_seen", "legal_status",
                               "plan_ags", "name", "number", "first_seen", "geometry")})
    plans = gpd.GeoDataFrame(plans, geometry="geometry", crs="EPSG:4326").set_index("record_id")
    plans["plan_key"] = _plan_keys(plans)
    plans["withdrawn_before"] = _withdrawn_before(plans)
    plans["fingerprint"] = [_fingerprint(status, geometry) for status, geometry
                            in zip(plans["legal_status"], plans.geometry)]
    return plans


def _plan_keys(plans: pd.DataFrame) -> list[str]:
    """Which plan each record is for the neighbours. XPlanung tools give every object a new
    gml:id on each export, so an unchanged plan comes back under a new record id: the member,
    the plan's municipality (AGS), name and number then name the plan. Records without a
    name, and current records that share all four, stay plans of their own (record id)."""
    named = plans["name"].notna()
    key = plans["municipality"].astype(str)
    for column in ("plan_ags", "name", "number"):
        key = key + "|" + plans[column].fillna("").astype(str)
    current = key[named & plans["withdrawn_at"].isna()]
    shared = set(current[current.duplicated()])
    return [plan if name and plan not in shared else record
            for record, plan, name in zip(plans.index, key, named)]


def _withdrawn_before(plans: pd.DataFrame) -> pd.Series:
    """For each current record, when its plan was withdrawn if a delivery without it came
    before the record first appeared: the plan's last withdrawal up to then lies before it. A
    new export under new ids withdraws the old record the moment the new one appears – no
    gap, the same plan. A record that came back under its own id keeps its first_seen; the
    lake keeps when it was withdrawn (last_withdrawn_at). NaT otherwise."""
    gone = plans.loc[plans["withdrawn_at"].notna(), ["plan_key", "withdrawn_at"]]
    current = plans.loc[plans["withdrawn_at"].isna(), ["plan_key", "first_seen"]]
    pairs = current.rename_axis("record").reset_index().merge(gone, on="plan_key")
    pairs = pairs[pairs["withdrawn_at"] <= pairs["first_seen"]]
    last = pairs.groupby("record")[["withdrawn_at", "first_seen"]].max()
    gap = pd.to_datetime(last["withdrawn_at"].where(last["withdrawn_at"] < last["first_seen"])
                         .reindex(plans.index), utc=True)
    own = pd.to_datetime(plans["last_withdrawn_at"], utc=True).where(plans["withdrawn_at"].isna())
    return pd.concat([gap, own], axis=1).max(axis=1)


def _earlier_withdrawal(plan, last: dict | None) -> str | None:
    """When the plan was withdrawn, if it is delivered again since the receiver's last notice
    of it: that notice was the withdrawal, or the lake saw the plan withdrawn after it (a
    withdrawal and a new delivery between two runs, never told). A notice made knowing of that
    withdrawal (known_withdrawal) told it."""
    if last is None:
        return None
    if last["reason"] == "withdrawn":
        return last["created_at"]
    gap = plan["withdrawn_before"]
    if pd.isna(gap) or (last["known_withdrawal"] and pd.Timestamp(last["known_withdrawal"]) == gap):
        return None
    return gap.isoformat() if last["known_withdrawal"] or gap > pd.Timestamp(last["created_at"]) else None


def _key_of(plans: pd.DataFrame):
    """record id -> plan key; a record no longer in the lake is a plan of its own."""
    keys = plans["plan_key"].to_dict()
    return lambda record_id: keys.get(record_id, record_id)


def _latest(rows: list[dict], key_of) -> dict[str, dict]:
    """The last notification of each plan (key) among `rows`, oldest first. Journals from
    before plan keys hold, in one run, a withdrawal under the plan's old id and a new notice
    under its new id: the plan stays told, whichever of the two sorts last."""
    latest = {}
    for row in rows:
        plan = key_of(row["plan_record_id"])
        before = latest.get(plan)
        if not (before and before["created_at"] == row["created_at"] and row["reason"] == "withdrawn"):
            latest[plan] = row
    return latest


def _fingerprint(legal_status, geometry) -> str:
    """What a neighbour is told about: the procedure stage and the Geltungsbereich (to about
    a centimetre, so a re-delivered plan in another vertex order is the same plan)."""
    shape = b"" if geometry is None else shapely.to_wkb(
        shapely.normalize(shapely.set_precision(geometry, 1e-7)))
    return hashlib.sha256(f"{legal_status or ''}|".encode() + shape).hexdigest()[:16]


def _changes(rows: list[dict], plans: gpd.GeoDataFrame) -> Changes:
    """What changed since the receiver's previous notification of the plan, by notification
    id: („Verfahrensstand“, „Entwurf“, what it was) and/or („Geltungsbereich“, None). `rows`: the receiver's
    journal, oldest first; it keeps the stage and the fingerprint of what was told. With the
    stage changed too, the Geltungsbereich is compared while the plan is as the notice told it."""
    found, before, key_of = {}, {}, _key_of(plans)
    for row in rows:
        plan = key_of(row["plan_record_id"])
        last, before[plan] = before.get(plan), row
        if last is None or row["reason"] not in ("changed", "in_force"):
            continue
        if (last["legal_status"] or None) == (row["legal_status"] or None):
            found[row["notification_id"]] = [("Geltungsbereich", None)]  # the fingerprint differs
            continue
        parts = [("Verfahrensstand", stage(last["legal_status"]))]
        geometry = plans.geometry.get(row["plan_record_id"])
        if (geometry is not None and _fingerprint(row["legal_status"], geometry) == row["fingerprint"]
                and _fingerprint(last["legal_status"], geometry) != last["fingerprint"]):
            parts.append(("Geltungsbereich", None))
        found[row["notification_id"]] = parts
    return found


def _decide(plans: gpd.GeoDataFrame, hood: Neighbourhood, history: list[dict], held: set[str],
            now: datetime) -> list[dict]:
    receiver = hood.receiver
    mine = [row for row in history if row["to_member"] == receiver.key]
    latest, count = _latest(mine, _key_of(plans)), Counter(row["plan_record_id"] for row in mine)
    # One record per plan: the current one, else the one seen last
    others = plans[plans["municipality"] != receiver.key].sort_values(
        ["withdrawn_at", "last_seen"], ascending=[True, False], na_position="first")
    others = others[~others["plan_key"].duplicated()]
    near = nearest(others.geometry.to_crs(METRIC_CRS), hood)
    rows = []
    for plan_id, plan in others.iterrows():
        last = latest.get(plan["plan_key"])
        told = last is not None and last["reason"] != "withdrawn"
        located = plan_id in near.index
        near_enough = located and near.at[plan_id, "distance_m"] <= receiver.distance_m
        withdrawal = None
        if pd.notna(plan["withdrawn_at"]):
            reason = "withdrawn" if told else None
        elif withdrawal := _earlier_withdrawal(plan, last):
            # a procedure re-started: told even when over (the neighbour last heard it was
            # withdrawn) or, having been told of the plan as open, wherever it lies now
            reason = "reopened" if told or near_enough else None
        elif not told:
            reason = (("existing" if phase(plan["legal_status"]) in SETTLED else "new")
                      if near_enough else None)
        elif plan["fingerprint"] != last["fingerprint"]:
            reason = ("in_force" if phase(last["legal_status"]) == "procedure"
                      and phase(plan["legal_status"]) == "in_force" else "changed")
        else:
            reason = None
        if reason:
            where = near.loc[plan_id] if located else last
            rows.append(_row(plan_id, plan, receiver, reason, where, count[plan_id], now, withdrawal))
    # Plans gone from the lake altogether (a member or its source left the cluster).
    present = set(plans["plan_key"])
    for plan, last in latest.items():
        plan_id = last["plan_record_id"]
        if last["reason"] != "withdrawn" and plan not in present and last["from_member"] not in held:
            rows.append({**last, "notification_id": _id(plan_id, receiver.key, count[plan_id]),
                         "reason": "withdrawn", "earlier_withdrawal": None, "created_at": now.isoformat(),
                         "sent_at": None})
    return rows


def _row(plan_id: str, plan, receiver, reason: str, where, sequence: int, now: datetime,
         earlier_withdrawal: str | None) -> dict:
    text = lambda name: None if pd.isna(plan.get(name)) else str(plan[name])
    day = lambda name: None if pd.isna(plan.get(name)) else pd.Timestamp(plan[name]).date().isoformat()
    return {
        "notification_id": _id(plan_id, receiver.key, sequence), "plan_record_id": plan_id,
        "from_member": plan["municipality"], "to_member": receiver.key, "to_name": receiver.name,
        "external": receiver.external, "distance_m": int(round(float(where["distance_m"]))),
        "nearest_ags": where["nearest_ags"], "nearest_name": where["nearest_name"],
        "reason": reason, "plan_name": text("name"), "plan_number": text("number"),
        "plan_type": text("plan_type"), "legal_status": text("legal_status"),
        "plan_municipality": text("plan_municipality"), "plan_ags": text("plan_ags"),
        "display_start": day("display_start"), "display_end": day("display_end"),
        "url": text("url"), "fingerprint": plan["fingerprint"], "earlier_withdrawal": earlier_withdrawal,
        "known_withdrawal": None if pd.isna(plan["withdrawn_before"]) else plan["withdrawn_before"].isoformat(),
        "created_at": now.isoformat(), "sent_at": None,
    }


def _id(plan_id: str, receiver: str, sequence: int) -> str:
    """Stable per plan, receiver and position in their history: a rerun that crashed after
    writing the journal rewrites the same files instead of adding new ones."""
    return str(uuid.uuid5(NOTIFICATION_NAMESPACE, f"{plan_id}/{receiver}/{sequence}"))
