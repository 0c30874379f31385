"""Run the Dagster assets in process, as the CLI and the demo do, on the local instance."""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

import dagster as dg

from pipelines.core.cluster import Cluster
from pipelines.ingest.delivery import FAILED, UNCHANGED, IngestResult
from pipelines.orchestration.coordination import COORDINATION_ASSETS
from pipelines.orchestration.ingestion import LAKE_ASSETS, lake_key
from pipelines.orchestration.instance import dagster_instance
from pipelines.orchestration.publication import PUBLICATION_ASSETS
from pipelines.orchestration.resources import Platform
from pipelines.core.settings import Settings

# In-process runs log to the console at DEBUG by default; the CLI shows its own summary.
_QUIET = {"loggers": {"console": {"config": {"log_level": "ERROR"}}}}


@dataclass
class ClusterRun:
    results: list[IngestResult]
    counts: dict[str, int]
    # Why the warehouse refresh or an export failed; the lake keeps the ingested data.
    publication_errors: list[str]

    @property
    def failed(self) -> list[IngestResult]:
        return [r for r in self.results if r.status == FAILED]

    @property
    def ok(self) -> bool:
        return not self.failed and not self.publication_errors


def run_cluster(settings: Settings, cluster: Cluster, members: list[str] | None = None,
                datasets: list[str] | None = None,
                on_progress: Callable[[str], None] = lambda step: None) -> ClusterRun:
    """Ingest the chosen sources (one Dagster run per member), then refresh the warehouse,
    the exports and the catalogue entries of the touched datasets in one more run, after the
    neighbour notifications (idempotent: they only report what changed)."""
    instance = dagster_instance(settings)
    platform = Platform(data_dir=str(settings.data_dir),
                                    config_path=str(settings.config_path))
    sources = cluster.sources(members, datasets)
    results = []
    for member in dict.fromkeys(source.member for source in sources):
        chosen = [s.dataset for s in sources if s.member == member]
        on_progress(f"{cluster.member(member).name}: {', '.join(chosen)}")
        run = _execute("swdp_run_einlesen", LAKE_ASSETS, [lake_key(d) for d in chosen],
                       platform, instance, partition_key=member)
        results += [_journal(settings, dataset, member, run.run_id) for dataset in chosen]
    # Datasets whose every source is unchanged upstream keep their warehouse tables, exports
    # and catalogue entries untouched (unless the last refresh failed and never saw their
    # lake); with none left, the warehouse is not even opened.
    touched = sorted({r.dataset for r in results
                      if r.status != UNCHANGED or _unpublished(settings, r.dataset)})
    if not touched:
        return ClusterRun(results, {}, [])
    on_progress("Nachbarn, Warehouse, Exporte und Katalog")
    publication = _execute("swdp_run_veroeffentlichen", [*COORDINATION_ASSETS, *PUBLICATION_ASSETS],
                           ["coordination", "warehouse", *[f"{d}_{step}" for d in touched
                                                           for step in ("exports", "catalog")]],
                           platform, instance)
    errors = [f"{event.step_key}: {event.event_specific_data.error.message.strip()}"
              for event in publication.get_step_failure_events()]
    refreshed = publication.asset_materializations_for_node("warehouse")
    counts = {key.removesuffix(" (aktuell)"): value.value
              for key, value in (refreshed[0].metadata.items() if refreshed else ())}
    return ClusterRun(results, counts, errors)


def _unpublished(settings: Settings, dataset: str) -> bool:
    """The dataset's lake is newer than the warehouse: its last refresh failed."""
    if not settings.warehouse_path.exists():
        return True
    built = settings.warehouse_path.stat().st_mtime_ns
    return any(part.stat().st_mtime_ns > built
               for part in (settings.lake_dir / dataset).rglob("*.parquet"))


def _execute(job_name: str, assets: list, selection: list, platform: Platform,
             instance: dg.DagsterInstance, partition_key: str | None = None):
    """Run `selection` in this process as a job whose name says in the Dagster UI that
    `swdp run` started it."""
    job = dg.Definitions(assets=assets, jobs=[dg.define_asset_job(job_name, selection=selection)],
                         resources={"platform": platform}).resolve_job_def(job_name)
    return job.execute_in_process(partition_key=partition_key, instance=instance,
                                  run_config=_QUIET, raise_on_error=False)


def _journal(settings: Settings, dataset: str, member: str, run_id: str) -> IngestResult:
    path = settings.runs_dir / dataset / member / f"{run_id}.json"
    if not path.exists():  # the step died before it could write its journal
        return IngestResult(run_id=run_id, dataset=dataset, municipality=member, source="",
                            status=FAILED, started_at="", finished_at="",
                            message="Dagster-Lauf abgebrochen – Details in der Dagster-Oberfläche")
    return IngestResult(**json.loads(path.read_text(encoding="utf-8")))
