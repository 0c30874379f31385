"""The journal of neighbour notifications: one JSON file per notification under
<data>/coordination/notifications/<receiver>/<notification id>.json.

It is the state that keeps a notification from being sent twice (pipelines/coordination)
and the source of the warehouse table `notifications`; the column definitions live here so
both read the same shape without the warehouse importing the coordination room above it.
"""
from __future__ import annotations

import json
from pathlib import Path

from pipelines.core.files import atomic_write
from pipelines.core.settings import Settings

# Column -> DuckDB type, in table order; XBeteiligung names where they fit are noted in
# pipelines/coordination/notify.py.
NOTIFICATION_COLUMNS = {
    "notification_id": "VARCHAR", "plan_record_id": "VARCHAR", "from_member": "VARCHAR",
    "to_member": "VARCHAR", "to_name": "VARCHAR", "external": "BOOLEAN",
    "distance_m": "BIGINT", "nearest_ags": "VARCHAR", "nearest_name": "VARCHAR",
    "reason": "VARCHAR", "plan_name": "VARCHAR", "plan_number": "VARCHAR",
    "plan_type": "VARCHAR", "legal_status": "VARCHAR", "plan_municipality": "VARCHAR",
    "plan_ags": "VARCHAR", "display_start": "DATE", "display_end": "DATE", "url": "VARCHAR",
    "fingerprint": "VARCHAR", "earlier_withdrawal": "TIMESTAMPTZ", "created_at": "TIMESTAMPTZ",
    "sent_at": "TIMESTAMPTZ",
    # the plan's withdrawal the lake knew of when the notice was made (a record's withdrawal
    # before it came back): a later notice tells a re-opening only for another withdrawal
    "known_withdrawal": "TIMESTAMPTZ",
}
# existing: first seen with its procedure over, counted in the mail, no notice of its own;
# in_force: a plan told of in procedure has come into force; reopened: delivered again after
# its withdrawal (earlier_withdrawal: when)
REASONS = ("new", "reopened", "existing", "changed", "in_force", "withdrawn")


def notifications_dir(settings: Settings) -> Path:
    return settings.coordination_dir / "notifications"


def journal_files(settings: Settings) -> list[Path]:
    return sorted(notifications_dir(settings).glob("*/*.json"))


def read_notifications(settings: Settings) -> list[dict]:
    """Every notification ever created, oldest first."""
    # journals written before a column was added lack it
    rows = [{**dict.fromkeys(NOTIFICATION_COLUMNS), **json.loads(path.read_text(encoding="utf-8"))}
            for path in journal_files(settings)]
    return sorted(rows, key=lambda row: (row["created_at"], row["notification_id"]))


def write_notification(settings: Settings, row: dict) -> Path:
    unknown = set(row) ^ set(NOTIFICATION_COLUMNS)
    if unknown:
        raise ValueError(f"notification columns differ from NOTIFICATION_COLUMNS: {sorted(unknown)}")
    path = notifications_dir(settings) / row["to_member"] / f"{row['notification_id']}.json"
    atomic_write(path, lambda partial: Path(partial).write_text(
        json.dumps(row, ensure_ascii=False, indent=1), encoding="utf-8"))
    return path
