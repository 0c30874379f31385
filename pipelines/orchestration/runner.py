"""Run the Dagster assets in process, as the CLI and the demo do, on the local instance.
Dagster (seconds to import) is imported only when something is to be materialised."""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from pipelines.core.cluster import Cluster, Source
from pipelines.core.settings import Settings
from pipelines.ingest.delivery import FAILED, UNCHANGED, IngestResult, skip_unchanged

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


def dagster_instance(settings: Settings):
    """The platform's own local Dagster instance (DAGSTER_HOME, default <data>/dagster)."""
    import dagster as dg

    home = settings.dagster_home
    home.mkdir(parents=True, exist_ok=True)
    config = home / "dagster.yaml"
    if not config.exists():
        config.write_text("telemetry:\n  enabled: false\n", encoding="utf-8")
    return dg.DagsterInstance.from_config(str(home))


def run_cluster(settings: Settings, cluster: Cluster, members: list[str] | None = None,
                datasets: list[str] | None = None,
                on_progress: Callable[[str], None] = lambda step: None) -> ClusterRun:
    """Ingest the chosen sources (one Dagster run per member), then refresh the warehouse,
    the exports and the catalogue entries of the touched datasets in one more run, after the
    neighbour notifications (idempotent: they only report what changed).

    Local deliveries their partitions already hold are recorded as unchanged without a
    Dagster run (there is nothing to materialise); when nothing is left to do, Dagster is
    not even imported."""
    sources = cluster.sources(members, datasets)
    skipped = {(s.member, s.dataset): result for s in sources
               if (result := skip_unchanged(settings, cluster, s))}
    pending = [s for s in sources if (s.member, s.dataset) not in skipped]
    ingested = _ingest(settings, cluster, pending, on_progress) if pending else {}
    results = [skipped.get((s.member, s.dataset)) or ingested[s.member, s.dataset]
               for s in sources]
    # Datasets whose every source is unchanged keep their warehouse tables, exports and
    # catalogue entries untouched (unless the last refresh failed and never saw their lake);
    # with none left, the warehouse is not even opened.
    touched = sorted({r.dataset for r in results
                      if r.status != UNCHANGED or _unpublished(settings, r.dataset)})
    if not touched:
        return ClusterRun(results, {}, [])
    return ClusterRun(results, *_publish(settings, touched, on_progress))


def _ingest(settings: Settings, cluster: Cluster, sources: list[Source],
            on_progress: Callable[[str], None]) -> dict[tuple[str, str], IngestResult]:
    import dagster as dg

    from pipelines.orchestration.ingestion import LAKE_ASSETS, lake_key
    from pipelines.orchestration.resources import Platform

    instance = dagster_instance(settings)
    platform = Platform(data_dir=str(settings.data_dir), config_path=str(settings.config_path))
    results = {}
    for member in dict.fromkeys(source.member for source in sources):
        chosen = [s.dataset for s in sources if s.member == member]
        on_progress(f"{cluster.member(member).name}: {', '.join(chosen)}")
        run = dg.materialize(LAKE_ASSETS, partition_key=member, instance=instance,
                             selection=[lake_key(d) for d in chosen],
                             resources={"platform": platform}, run_config=_QUIET,
                             raise_on_error=False)
        results |= {(member, dataset): _journal(settings, dataset, member, run.run_id)
                    for dataset in chosen}
    return results


def _publish(settings: Settings, touched: list[str], on_progress: Callable[[str], None]):
    """Neighbour notifications, the warehouse refresh, exports and catalogue entries of the
    touched datasets, as one Dagster run; returns the warehouse's row counts and what failed."""
    import dagster as dg

    from pipelines.orchestration.coordination import COORDINATION_ASSETS
    from pipelines.orchestration.publication import PUBLICATION_ASSETS
    from pipelines.orchestration.resources import Platform

    on_progress("Nachbarn, Warehouse, Exporte und Katalog")
    platform = Platform(data_dir=str(settings.data_dir), config_path=str(settings.config_path))
    publication = dg.materialize([*COORDINATION_ASSETS, *PUBLICATION_ASSETS],
                                 instance=dagster_instance(settings),
                                 selection=["coordination", "warehouse", *[f"{d}_{step}" for d in touched
                                                           for step in ("exports", "catalog")]],
                                 resources={"platform": platform}, run_config=_QUIET,
                                 raise_on_error=False)
    errors = [f"{event.step_key}: {event.event_specific_data.error.message.strip()}"
              for event in publication.get_step_failure_events()]
    refreshed = publication.asset_materializations_for_node("warehouse")
    counts = {key.removesuffix(" (aktuell)"): value.value
              for key, value in (refreshed[0].metadata.items() if refreshed else ())}
    return counts, errors


def _unpublished(settings: Settings, dataset: str) -> bool:
    """The dataset's lake is newer than the warehouse: its last refresh failed."""
    if not settings.warehouse_path.exists():
        return True
    built = settings.warehouse_path.stat().st_mtime_ns
    return any(part.stat().st_mtime_ns > built
               for part in (settings.lake_dir / dataset).rglob("*.parquet"))


def _journal(settings: Settings, dataset: str, member: str, run_id: str) -> IngestResult:
    path = settings.runs_dir / dataset / member / f"{run_id}.json"
    if not path.exists():  # the step died before it could write its journal
        return IngestResult(run_id=run_id, dataset=dataset, municipality=member, source="",
                            status=FAILED, started_at="", finished_at="",
                            message="Dagster-Lauf abgebrochen – Details in der Dagster-Oberfläche")
    return IngestResult(**json.loads(path.read_text(encoding="utf-8")))
