"""Quality history and the publication hold, per member × dataset.

Every ingestion writes its check results to `quality/<dataset>/<member>/<run-id>.json`; the
warehouse loads them into the table `quality_results`. A delivery that fails a dataset-level
check of severity `error` (e.g. more than half of the rows gone) is *held*: its records go
to the lake as usual, but the exports keep the member's last released data until a delivery
passes again. `held_partitions` is the one place that decides this, for the exports and for
publishing to CKAN alike.
"""
from __future__ import annotations

import json
from datetime import datetime
from dataclasses import asdict
from functools import cache
from pathlib import Path

import pyarrow.parquet as pq

from pipelines.core.cluster import Cluster
from pipelines.core.settings import Settings
from pipelines.core.files import write_record
from pipelines.quality.patterns import mailbox_key, place_mailboxes
from pipelines.quality.validate import CheckResult, SuiteOptions

QUALITY_COLUMNS = {
    "run_id": "VARCHAR", "dataset": "VARCHAR", "municipality": "VARCHAR",
    "checked_at": "TIMESTAMPTZ", "check": "VARCHAR", "label": "VARCHAR", "level": "VARCHAR",
    "severity": "VARCHAR", "passed": "BOOLEAN", "observed": "DOUBLE", "message": "VARCHAR",
}


def suite_options(settings: Settings, cluster: Cluster, dataset: str, member: str | None,
                  delivered_at: datetime) -> SuiteOptions:
    """What the suite needs from the platform's state, the same for ingestion and for
    `swdp check` (so a member's pre-check gives the ingestion's verdict): the data offices'
    mailboxes, the municipalities' names (mailboxes of places) and the member's last released
    row count."""
    offices = [cluster.data_office, *(m.data_office for m in cluster.members.values())]
    return SuiteOptions(role_mailboxes=tuple(sorted({mailbox_key(o.split("@")[0])
                                                     for o in offices})),
                        municipality_mailboxes=tuple(sorted(
                            municipality_mailboxes(settings.gazetteer_dir))),
                        previous_rows=released_rows(settings, dataset, member) if member else None,
                        delivered_at=delivered_at)


def municipality_mailboxes(gazetteer: Path) -> frozenset[str]:
    """The mailboxes named like a German municipality (berlin@, st-wendel@), from the
    gazetteer's VG5000 names. The gazetteer is built before a member's delivery is located;
    before its first build (`swdp check` without a member) there are none, so such mailboxes
    count as private: the safe side."""
    path = gazetteer / "municipalities.parquet"
    return _municipality_mailboxes(path, path.stat().st_mtime_ns) if path.is_file() else frozenset()


@cache
def _municipality_mailboxes(path: Path, version: int) -> frozenset[str]:
    return frozenset(place_mailboxes(pq.read_table(path, columns=["name"])["name"].to_pylist()))


def record_quality(settings: Settings, run_id: str, dataset: str, member: str, checked_at: str,
                   read: int, held: bool, checks: list[CheckResult]) -> Path:
    """Keep one run's results; the journal is never rewritten, so history accumulates."""
    path = quality_journal_path(settings, dataset, member, run_id)
    journal = {"run_id": run_id, "dataset": dataset, "municipality": member,
               "checked_at": checked_at, "read": read, "held": held,
               "checks": [asdict(check) for check in checks]}
    write_record(path, journal)  # never written again: see pipelines/core/files.py
    return path


def quality_journal_path(settings: Settings, dataset: str, member: str, run_id: str) -> Path:
    return settings.quality_dir / dataset / member / f"{run_id}.json"


def run_journal(settings: Settings, run_id: str, dataset: str, member: str) -> dict | None:
    path = quality_journal_path(settings, dataset, member, run_id)
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def journals(settings: Settings, dataset: str, member: str) -> list[dict]:
    """The partition's quality journals of runs that finished, oldest first: a run killed
    after its checks but before its run journal released nothing, so it is no yardstick for
    the next delivery's row count."""
    finished = {path.stem for path in settings.run_journals_dir(dataset, member).glob("*.json")}
    found = [json.loads(path.read_text(encoding="utf-8"))
             for path in (settings.quality_dir / dataset / member).glob("*.json")
             if path.stem in finished]
    return sorted(found, key=lambda journal: journal["checked_at"])


def released_rows(settings: Settings, dataset: str, member: str) -> int | None:
    """Rows of the member's last delivery that was released (not held): the yardstick of the
    row-count check. A held delivery is no yardstick, or re-sending it would release it."""
    released = [j for j in journals(settings, dataset, member) if not j["held"]]
    return released[-1]["read"] if released else None


def held_partitions(settings: Settings) -> set[tuple[str, str]]:
    """(dataset, member) pairs whose latest delivery is held back from publication."""
    held = set()
    for folder in settings.quality_dir.glob("*/*"):
        history = journals(settings, folder.parent.name, folder.name)
        if history and history[-1]["held"]:
            held.add((folder.parent.name, folder.name))
    return held


def quality_rows(journals: list[Path]) -> list[dict]:
    """The check results of the runs whose journals are given, one flat row each (the
    warehouse table)."""
    rows = []
    for path in journals:
        journal = json.loads(path.read_text(encoding="utf-8"))
        head = {key: journal[key] for key in ("run_id", "dataset", "municipality", "checked_at")}
        rows += [{**head, **{key: check[key] for key in QUALITY_COLUMNS if key in check}}
                 for check in journal["checks"]]
    return rows
