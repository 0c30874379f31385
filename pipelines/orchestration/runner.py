"""Run the Dagster assets in process, as the CLI and the demo do, on the local instance, and
`swdp publish` as a Dagster job there too, so every run of the CLI shows in the Dagster UI.
Dagster (seconds to import) is imported only when something is to be materialised."""
from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from multiprocessing import get_context

from pipelines.core.cluster import Cluster, Source
from pipelines.core.faults import explain_text
from pipelines.core.files import remove_stale_parts
from pipelines.core.locks import WAREHOUSE, exclusive
from pipelines.core.settings import Settings
from pipelines.export.state import EXPORT_STATE
from pipelines.ingest.delivery import FAILED, UNCHANGED, IngestResult, skip_unchanged
from pipelines.ingest.inbox import create_inbox_folders
from pipelines.orchestration.faults import DEFERRED, KIND
from pipelines.orchestration.outage import told_caught_up
from pipelines.orchestration.pending import catalog_pending
from schemas import DATASET_KEYS, load_schema

# In-process runs log to the console at DEBUG by default. The CLI prints nothing of Dagster's:
# it names every failure with its reason, and the stack trace stays in the run's event log
# (Dagster UI).
_SILENT = {"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}}
# The run of `swdp publish` in the Dagster UI.
PUBLISH_JOB = "swdp_publish_katalog"

@dataclass
class ClusterRun:
    results: list[IngestResult]
    counts: dict[str, int]
    # Why the warehouse refresh or an export failed; the lake keeps the ingested data.
    publication_errors: list[str]
    # Set when another program held the warehouse: the refresh waits for the next run.
    deferred: str | None = None
    # Kinds of faults of the surroundings (pipelines.core.faults) met on the way.
    faults: set[str] = field(default_factory=set)
    # What came of a mailed outage this publication caught up (outage.py), in German.
    outage: str | None = None

    @property
    def failed(self) -> list[IngestResult]:
        return [r for r in self.results if r.status == FAILED]

    @property
    def ok(self) -> bool:
        return not self.failed and not self.publication_errors


def run_cluster(settings: Settings, cluster: Cluster, members: list[str] | None = None,
                datasets: list[str] | None = None,
                on_progress: Callable[[str], None] = lambda step: None,
                workers: int = 1) -> ClusterRun:
    """Ingest the chosen sources (one Dagster run per member, `workers` of them at a time),
    then refresh the warehouse, the exports and the catalogue entries of the touched datasets
    in one more run, after the neighbour notifications (idempotent: they only report what
    changed).

    Local deliveries their partitions already hold are recorded as unchanged without a
    Dagster run (there is nothing to materialise); when nothing is left to do, Dagster is
    not even imported."""
    remove_stale_parts(settings.data_dir)
    create_inbox_folders(settings, cluster)
    sources = cluster.sources(members, datasets)
    skipped = {(s.member, s.dataset): result for s in sources
               if (result := skip_unchanged(settings, cluster, s))}
    pending = [s for s in sources if (s.member, s.dataset) not in skipped]
    faults: set[str] = set()
    ingested = _ingest(settings, cluster, pending, on_progress, faults, workers) if pending else {}
    results = [skipped.get((s.member, s.dataset)) or ingested[s.member, s.dataset]
               for s in sources]
    # Datasets whose every source is unchanged keep their warehouse tables, exports and
    # catalogue entries untouched (unless the last refresh failed and never saw their lake);
    # with none left, the warehouse is not even opened.
    touched = sorted({r.dataset for r in results
                      if r.status != UNCHANGED or _unpublished(settings, r.dataset)})
    if not touched:
        return ClusterRun(results, {}, [], faults=faults)
    counts, errors, deferred, outage = _publish(settings, cluster, touched, on_progress, faults)
    return ClusterRun(results, counts, errors, deferred, faults, outage)


def _execute(job_name: str, assets: list, selection: list, platform, instance,
             partition_key: str | None = None, tags: dict[str, str] | None = None):
    """Run `selection` in this process as a job whose name says in the Dagster UI that
    `swdp run` started it."""
    import dagster as dg

    job = dg.Definitions(assets=assets, jobs=[dg.define_asset_job(job_name, selection=selection)],
                         resources={"platform": platform}).resolve_job_def(job_name)
    return _in_process(job, instance, partition_key=partition_key, tags=tags)


def _in_process(job, instance, raise_on_error: bool = False, tags: dict[str, str] | None = None,
                **options):
    """Execute `job` in this process on the platform's instance, tagged with this process
    (see `instance.tidy`) besides `tags`."""
    from pipelines.orchestration.resources import owner_tags

    return job.execute_in_process(instance=instance, run_config=_SILENT,
                                  raise_on_error=raise_on_error,
                                  tags={**(tags or {}), **owner_tags()}, **options)


def publish_catalog(settings: Settings, cluster: Cluster, catalog, members: list[str] | None,
                    datasets: list[str] | None, on_progress: Callable[[str], None],
                    on_outage: Callable[[str], None] = lambda told: None):
    """`swdp publish` as the Dagster job `swdp_publish_katalog` (one step
    `ckan_veroeffentlichen`) on the platform's instance: the same function as the catalogue
    assets, its summary as the step's metadata. Refused datasets fail the run (red in the UI)
    and still return the summary; CKAN unreachable or the token refused fail it with the
    German reason, and every error reaches the caller as it was raised. A publication of
    every member catches up the catalogue steps of a mailed outage, as the daemon's would
    (outage.py); `on_outage` hears what came of that (the all-clear sent, or what is left)."""
    import dagster as dg

    from catalog.client import CatalogError
    from catalog.publish import publish
    from pipelines.orchestration.instance import dagster_instance, tidy
    from pipelines.orchestration.publication import published

    outcome = {}

    @dg.op(name="ckan_veroeffentlichen", description="Exporte im CKAN-Katalog veröffentlichen "
                                                      "(nur Änderungen), gestartet mit „swdp publish“")
    def publish_step(context):  # no annotation: dg is imported here, not in the module
        def progress(step: str) -> None:
            context.log.info(step)
            on_progress(step)

        try:
            outcome["summary"] = summary = publish(settings, cluster, catalog, members, datasets,
                                                   on_progress=progress)
        except CatalogError as error:
            outcome["error"] = error
            raise dg.Failure(description=str(error), allow_retries=False) from None
        return dg.Output(None, metadata=published(summary, catalog.url))

    job = dg.GraphDefinition(name=PUBLISH_JOB, node_defs=[publish_step],
                             description="Veröffentlichung in CKAN mit „swdp publish“").to_job()
    instance = dagster_instance(settings)
    tidy(instance)
    try:
        run_id = _in_process(job, instance, raise_on_error=True).run_id
    except dg.Failure:
        if "error" in outcome:
            raise outcome["error"] from None
        if "summary" not in outcome:
            raise
    summary = outcome["summary"]
    if not summary.failed and not members:  # CKAN has every member's state of these datasets
        for dataset in datasets or DATASET_KEYS:
            catalog_pending(settings, dataset).unlink(missing_ok=True)
        if told := told_caught_up(settings, cluster, run_id,
                                  {f"{dataset}_catalog" for dataset in datasets or DATASET_KEYS}):
            on_outage(told)
    return summary


def _ingest(settings: Settings, cluster: Cluster, sources: list[Source],
            on_progress: Callable[[str], None], faults: set[str],
            workers: int) -> dict[tuple[str, str], IngestResult]:
    """One Dagster run per member; with workers > 1 that many runs at a time, each in a
    process of its own (the members' lake partitions are independent)."""
    from pipelines.orchestration.instance import dagster_instance, tidy

    tidy(dagster_instance(settings))
    plan = {member: [s.dataset for s in sources if s.member == member]
            for member in dict.fromkeys(source.member for source in sources)}
    results = {}

    def record(member: str, run_id: str, failures: dict[str, tuple[str, str | None]]) -> None:
        for dataset in plan[member]:
            reason, kind = failures.get(dataset, (None, None))
            results[member, dataset] = _journal(settings, dataset, member, run_id, reason)
            if kind:
                faults.add(kind)

    if workers > 1 and len(plan) > 1:
        # spawn: a forked copy of a process holding Dagster's threads and SQLite handles is unsafe
        with ProcessPoolExecutor(min(workers, len(plan)), mp_context=get_context("spawn"),
                                 initializer=ending_with_parent, initargs=(os.getpid(),)) as pool:
            running = {pool.submit(_member_run, settings, member, datasets): member
                       for member, datasets in plan.items()}
            for finished, done in enumerate(as_completed(running), 1):
                on_progress(f"{finished} von {len(plan)} Mitgliedern eingelesen")
                record(running[done], *done.result())
    else:
        for member, datasets in plan.items():
            on_progress(f"{cluster.member_name(member)}: "
                        f"{', '.join(load_schema(dataset).title for dataset in datasets)}")
            record(member, *_member_run(settings, member, datasets))
    return results


def ending_with_parent(parent: int) -> None:
    """Start of a worker: it ends when the run that started it is gone. Killed with -9, the
    run leaves its pool's queues open (each worker holds both ends), and its workers would
    wait for work for ever, half a gigabyte each."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, name="Elternprozess", daemon=True).start()


def _member_run(settings: Settings, member: str,
                datasets: list[str]) -> tuple[str, dict[str, tuple[str, str | None]]]:
    """The ingestion run of one member (its partition of the chosen lake assets): the run's
    id and, per failed dataset, why and the kind of fault – plain values, so that a worker
    process can hand them back."""
    from pipelines.orchestration.ingestion import LAKE_ASSETS, lake_key
    from pipelines.orchestration.instance import dagster_instance
    from pipelines.orchestration.partitions import member_tag
    from pipelines.orchestration.resources import Platform

    platform = Platform(data_dir=str(settings.data_dir), config_path=str(settings.config_path))
    run = _execute("swdp_run_einlesen", LAKE_ASSETS, [lake_key(d) for d in datasets],
                   platform, dagster_instance(settings), partition_key=member,
                   tags=member_tag(platform.cluster(), member))
    failures = {event.step_key: event for event in run.get_step_failure_events()}
    return run.run_id, {dataset: (described_failure(failure, run.run_id), _kind(failure)) for dataset in datasets
                        if (failure := failures.get(f"{dataset}_lake"))}


def _publish(settings: Settings, cluster: Cluster, touched: list[str],
             on_progress: Callable[[str], None],
             faults: set[str]) -> tuple[dict[str, int], list[str], str | None, str | None]:
    """Neighbour notifications, the warehouse refresh, exports and catalogue entries of the
    touched datasets as one Dagster run: the warehouse's row counts, what failed, why the
    refresh was deferred (another program held the warehouse), and what came of a mailed
    outage the run caught up."""
    from pipelines.orchestration.coordination import COORDINATION_ASSETS
    from pipelines.orchestration.instance import dagster_instance, tidy
    from pipelines.orchestration.publication import PUBLICATION_ASSETS
    from pipelines.orchestration.resources import Platform

    on_progress("Nachbarn, Warehouse, Exporte und Katalog")
    instance = dagster_instance(settings)
    tidy(instance)  # also when nothing was ingested: a killed publication run is failed here
    platform = Platform(data_dir=str(settings.data_dir), config_path=str(settings.config_path))
    # One writer for the whole refresh → exports sequence; its steps take the lock again.
    steps = [f"{d}_{step}" for d in touched for step in ("exports", "catalog")]
    with exclusive(settings, WAREHOUSE, on_wait=on_progress):
        publication = _execute(
            "swdp_run_veroeffentlichen", [*COORDINATION_ASSETS, *PUBLICATION_ASSETS],
            ["coordination", "warehouse", *steps], platform, instance)
    errors, deferred = [], None
    for event in publication.get_step_failure_events():
        reason = described_failure(event, publication.run_id)
        if is_deferred(event):
            deferred = reason
            continue
        errors.append(f"{event.step_key}: {reason}")
        if kind := _kind(event):
            faults.add(kind)
    refreshed = publication.asset_materializations_for_node("warehouse")
    counts = {key.removesuffix(" (aktuell)"): value.value
              for key, value in (refreshed[0].metadata.items() if refreshed else ())}
    outage = None if errors or deferred else told_caught_up(
        settings, cluster, publication.run_id, {"coordination", "warehouse", *steps})
    return counts, errors, deferred, outage


def _unpublished(settings: Settings, dataset: str) -> bool:
    """The dataset's lake is newer than the warehouse or its exports, or its publication to
    CKAN did not succeed: a refresh, an export or the catalogue did not finish (it failed,
    was deferred or the run was killed)."""
    if catalog_pending(settings, dataset).exists():
        return True
    marks = [settings.warehouse_path, settings.export_dir / dataset / EXPORT_STATE]
    if not all(mark.exists() for mark in marks):
        return True
    done = min(mark.stat().st_mtime_ns for mark in marks)
    return any(part.stat().st_mtime_ns > done
               for part in (settings.lake_dir / dataset).rglob("*.parquet"))


def described_failure(event, run_id: str) -> str:
    """A step's failure as the asset described it (German), else the error the step raised
    (Dagster wraps it in an error of its own that names only the step) and where its stack
    trace is."""
    data = event.event_specific_data
    if data.user_failure_data and data.user_failure_data.description:
        return data.user_failure_data.description
    if not data.error:
        return "unbekannter Fehler"
    error = data.error
    while error.cause is not None:
        error = error.cause
    return (f"{error.message.strip()} (Stack Trace in der Dagster-Oberfläche, Lauf "
            f"{run_id})")


def is_deferred(event) -> bool:
    return bool(_metadata(event, DEFERRED))


def _kind(event) -> str | None:
    """The kind of fault behind a failed step: as the asset classified it, else from the
    error's text (a fault raised where no asset could classify it)."""
    if kind := _metadata(event, KIND):
        return kind
    data = event.event_specific_data
    fault = explain_text(data.error.to_string(), "") if data.error else None
    return fault.kind if fault else None


def _metadata(event, key: str):
    failure = event.event_specific_data.user_failure_data
    value = failure.metadata.get(key) if failure else None
    return value.value if value is not None else None


def _journal(settings: Settings, dataset: str, member: str, run_id: str,
             reason: str | None) -> IngestResult:
    path = settings.run_journal_path(dataset, member, run_id)
    if not path.exists():  # the step died before it could write its journal
        return IngestResult(run_id=run_id, dataset=dataset, municipality=member, source="",
                            status=FAILED, started_at="", finished_at="",
                            message=reason or "Dagster-Lauf abgebrochen – Details in der "
                                              "Dagster-Oberfläche")
    return IngestResult(**json.loads(path.read_text(encoding="utf-8")))
