"""Completing a run: its journal (`runs/<dataset>/<member>/<run-id>.json`, what `swdp status`,
the warehouse's `runs` and the quality history go by) and, before it, for a delivery that was
ingested, its quality results, its report and the marker that its partition holds it
(`pipelines.ingest.unchanged`).

The journal is written last and decides: an ingestion without its journal did not happen. The
marker names its run and is on disk before the journal takes its name, so a run killed between
the two leaves a marker whose journal is missing – the next run ingests the delivery again, and
the killed run's checks count nowhere, as for any run killed before its journal. (Marker after
journal left milliseconds in which a kill made the next run ingest the same delivery again:
two runs of one delivery in the quality history.) All three records – quality results, marker,
journal – are synced like the archive and the lake (`write_record`): after a power cut a
journal must not stand without its marker, nor any of them as an empty file.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone

from connectors.transport import Fetched
from pipelines.core.cluster import PULL, Cluster, Source
from pipelines.core.files import write_record
from pipelines.core.settings import Settings
from pipelines.ingest.unchanged import fingerprint, remember_ingestion
from pipelines.ingest.upstream import save_state
from pipelines.quality.history import record_quality
from pipelines.quality.report import write_report
from pipelines.quality.validate import CheckResult
from pipelines.storage.lake import partition_path


@dataclass
class IngestResult:
    """One run of one member × dataset, as its journal keeps it."""
    run_id: str
    dataset: str
    municipality: str
    source: str
    status: str                    # "ok", UNCHANGED or FAILED
    started_at: str
    finished_at: str
    read: int = 0
    valid: int = 0
    rejected: int = 0
    geocoded: int = 0
    held: bool = False             # publication held back by a failed error-level check
    precision: dict = field(default_factory=dict)
    delivery_sha256: str | None = None
    message: str | None = None
    notes: list[str] = field(default_factory=list)
    arrival: str = PULL            # how the delivery came: PULL, INBOX or UPLOAD
    belongs_in: str | None = None  # a rejected file's columns fit this dataset instead
    mapped_columns_missing: bool = False  # it lacks columns named in cluster.yaml
    # the schema the delivery was checked against: its version („Schemaversion 1.3“) and the
    # SHA-256 of its files; None in journals from before versions were noted
    schema_version: str | None = None
    schema_hash: str | None = None


def complete_ingestion(settings: Settings, cluster: Cluster, source: Source,
                       result: IngestResult, checks: list[CheckResult], report: dict,
                       upstream: Fetched | None) -> IngestResult:
    """Record an ingested delivery once its partition is stored: quality results, report,
    marker, journal – and only then the state of a source on a server, so that a run killed
    before its journal fetches the delivery again rather than taking it as unchanged."""
    record_quality(settings, result.run_id, result.dataset, result.municipality,
                   result.started_at, result.read, result.held, checks)
    write_report(settings, report)
    _finish(result)
    remember_ingestion(partition_path(settings.lake_dir, result.dataset, result.municipality).parent,
                       fingerprint(result.delivery_sha256, cluster, source), asdict(result))
    _write_journal(settings, result)
    if upstream:
        save_state(settings, source, upstream.state)
    return result


def record_run(settings: Settings, result: IngestResult) -> IngestResult:
    """The journal of a run that ingested nothing (unchanged or failed), or of a run again
    (with a hint added to its message)."""
    _finish(result)
    _write_journal(settings, result)
    return result


def _finish(result: IngestResult) -> None:
    result.finished_at = datetime.now(timezone.utc).isoformat()


def _write_journal(settings: Settings, result: IngestResult) -> None:
    write_record(settings.run_journal_path(result.dataset, result.municipality, result.run_id),
                 asdict(result))
