"""Recognise a delivery the lake already holds, before it is parsed.

A delivery is the same when its bytes (the raw archive's SHA-256), the configuration that
reads, maps and locates it, and the schema it is checked against are all the same as for
the partition's last ingestion. Such a rerun changes nothing – the lake, the rejects, the
quality history and the report would come out identical – so it is skipped and reported as
unchanged („unverändert“). Whether an upstream file needs downloading at all is the
connectors' business (HTTP conditional GET); this is about the bytes after they arrived.

The fingerprint of the last ingestion and that run's figures are kept beside the partition
(lake/<dataset>/municipality=<member>/ingested.json), written after the lake file and before
the run's journal; the marker counts only once that journal is there
(`pipelines.ingest.completion`).

The member hears of an ingestion by mail after its journal (`pipelines.ingest.feedback`); a
record of that mail beside the journal (`runs/<dataset>/<member>/feedback/<run-id>.json`) is
written once it went out. A run killed between journal and mail leaves the partition's last
ingestion without it: the next run of the same delivery is then no plain „unverändert“ but
sends that ingestion's mail (`unmailed_ingestion`).
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from pathlib import Path

from pipelines.core.cluster import Cluster, Source
from pipelines.core.files import write_record
from pipelines.core.settings import Settings
import schemas

MARKER = "ingested.json"
# Raised whenever the reading rules make other records of the same bytes (an event with a time
# of day became „Ganztägig: nein“ instead of empty): deliveries read before are read again on
# the next run, instead of keeping their old values until the member delivers anew.
# 3: days and times as lists write them („Sonntag 01.06.2014“, „ab 10:00“, „ganztägig“, „24:00“,
# hours past midnight) and a house number after the dot of a street („Hauptstr.5“).
# 4: no end where it says nothing beyond the start („ab 19:00“, the start's time as end).
# 5: the address of a contact block delivered as place („…\nEmdener Str. 31, 10551 Berlin\nTel.:
# …“) and web addresses without scheme and „www.“ („home.snafu.de/mkgandhi“).
READING_RULES_VERSION = 5


def fingerprint(sha256: str, cluster: Cluster, source: Source) -> str:
    """What decides a delivery's outcome besides its bytes. Where the file lies and when it
    is fetched do not; the member's entry (area, mailbox), the cluster's geodata, every data
    office's mailbox (allowed in free texts), the schema and the reading rules do."""
    member, schema = cluster.member(source.member), schemas.load_schema(source.dataset)
    decisive = {
        "delivery": sha256,
        "source": {key: value for key, value in asdict(source).items()
                   if key not in ("location", "schedule")},
        "member": {key: value for key, value in asdict(member).items() if key != "sources"},
        "geodata": cluster.geodata,
        "offices": sorted({cluster.data_office, *(m.data_office for m in cluster.members.values())}),
        # its version as the data office names it, and the files' SHA-256 (`schemas`)
        "schema": [schema.version, schema.content_hash],
        "reading_rules": READING_RULES_VERSION,
    }
    return hashlib.sha256(json.dumps(decisive, sort_keys=True, default=str,
                                     ensure_ascii=False).encode("utf-8")).hexdigest()


def last_ingestion(settings: Settings, partition: Path, fingerprint_now: str) -> dict | None:
    """The figures of the partition's last ingestion if it had this fingerprint, its run
    finished (its journal is there) and its lake file is still there; else None (the
    delivery must be processed)."""
    kept = _marker(settings, partition)
    return kept["result"] if kept and kept.get("fingerprint") == fingerprint_now else None


def unmailed_ingestion(settings: Settings, partition: Path) -> dict | None:
    """The figures of the partition's last ingestion if it finished but its feedback mail
    never went out (its run was killed in between); else None. Markers written before the
    mails were recorded say nothing of them: their ingestions count as mailed."""
    kept = _marker(settings, partition)
    if not kept or not kept.get("feedback_recorded"):
        return None
    result = kept["result"]
    mailed = feedback_record_path(settings, result["dataset"], result["municipality"],
                                  result["run_id"])
    return None if mailed.is_file() else result


def feedback_record_path(settings: Settings, dataset: str, member: str, run_id: str) -> Path:
    """The record that the feedback mail of a run went out (beside the run journals, in a
    folder of its own: the journals are every `*.json` of theirs)."""
    return settings.run_journals_dir(dataset, member) / "feedback" / f"{run_id}.json"


def _marker(settings: Settings, partition: Path) -> dict | None:
    """The partition's marker if its run finished (its journal is there) and its lake file
    is still there."""
    marker = partition / MARKER
    if not marker.is_file() or not (partition / "records.parquet").is_file():
        return None
    try:
        kept = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # an unreadable marker only costs a full ingestion
    result = kept["result"]
    finished = settings.run_journal_path(result["dataset"], result["municipality"],
                                         result["run_id"])
    return kept if finished.is_file() else None


def remember_ingestion(partition: Path, fingerprint_now: str, result: dict) -> None:
    # Private like everything in the lake folder (the lake holds personal data); on disk
    # before the run's journal names it done.
    write_record(partition / MARKER, {"fingerprint": fingerprint_now, "result": result,
                                      "feedback_recorded": True}, private=True)
