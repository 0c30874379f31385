"""Sensors, all running from the start: the inbox (members' dropped files, looked at every
15 seconds), the members' uploads in CKAN (every 30 seconds, when a CKAN is configured), the
publication that follows every ingestion (also a failed one, so that `swdp status` shows
it) and the runs whose worker died (daemon restarted). The upload sensor also creates the
members' private upload datasets `<member>-lieferungen` where missing, and brings the words of
existing ones up to date; words a member changed by hand it keeps and says so in its log and
in the reason of a tick without uploads. An uploaded file whose resource is named by no
dataset key it does not read, but notes so on the resource, once."""
from __future__ import annotations

import json
from dataclasses import asdict

import dagster as dg

from catalog.client import CatalogError
from catalog.publish import configured_catalog
from catalog.uploads import answer_unread_uploads, ensure_delivery_datasets, pending_uploads

from pipelines.ingest.inbox import InboxFile, waiting
from pipelines.orchestration.ingestion import INBOX_TAG, LAKE_ASSETS, UPLOAD_TAG, lake_key
from pipelines.orchestration.instance import tidy
from pipelines.orchestration.partitions import member_tag
from pipelines.orchestration.resources import Platform
from pipelines.orchestration.schedules import ingest_job, publish_job

INBOX_INTERVAL_SECONDS = 15
UPLOAD_INTERVAL_SECONDS = 30
WORKER_INTERVAL_SECONDS = 60
LAKE_KEYS = {asset.key for asset in LAKE_ASSETS}
# Runs of one version of a dropped file that ended without taking it from the inbox (its
# worker died) before the file is left for the data office: the red runs say why.
INBOX_ATTEMPTS = 3
RUN_KEY = "dagster/run_key"
FINISHED_UNSUCCESSFUL = (dg.DagsterRunStatus.FAILURE, dg.DagsterRunStatus.CANCELED)


@dg.sensor(job=ingest_job, minimum_interval_seconds=INBOX_INTERVAL_SECONDS,
           default_status=dg.DefaultSensorStatus.RUNNING,
           description="Eingangsordner inbox/<Mitglied>/<Datensatzart>/: jede abgelegte Datei "
                       "wird mit der Quelle des Mitglieds eingelesen")
def inbox(context: dg.SensorEvaluationContext, platform: Platform):
    found = {}
    for item in waiting(platform.settings(), platform.cluster()):
        try:
            found[item.key] = item
        except FileNotFoundError:  # taken from the inbox by a run just now
            continue
    # A file is taken once two looks in a row found it unchanged: a copy over a slow share
    # may stall for longer than the settling time of `waiting`, and half a snapshot would
    # withdraw the records of the other half.
    seen_before = set(json.loads(context.cursor)) if context.cursor else set()
    context.update_cursor(json.dumps(sorted(found)))
    requests = [dg.RunRequest(run_key=run_key, partition_key=item.member,
                              asset_selection=[lake_key(item.dataset)],
                              tags={INBOX_TAG: str(item.path),
                                    **member_tag(platform.cluster(), item.member)})
                for key, item in found.items()
                if key in seen_before and (run_key := _inbox_run_key(context.instance, key, item))]
    if not requests:
        return dg.SkipReason("Keine neuen Dateien im Eingangsordner" if not found else
                             "Dateien im Eingangsordner werden noch geschrieben oder sind "
                             "schon in Arbeit")
    return requests


def _inbox_run_key(instance: dg.DagsterInstance, key: str, item: InboxFile) -> str | None:
    """The run key for this version of the file (a file is ingested once, a changed one
    again): its first run's, or – when that run ended without taking the file from the
    inbox (its worker died with the daemon) – a further attempt's, up to INBOX_ATTEMPTS."""
    runs = [run for run in instance.get_runs(dg.RunsFilter(tags={INBOX_TAG: str(item.path)}))
            if run.tags.get(RUN_KEY, "").split("#")[0] == key]
    if any(run.status not in FINISHED_UNSUCCESSFUL for run in runs):
        return None  # queued, running, or taken: the run that has it goes on
    if len(runs) >= INBOX_ATTEMPTS:
        return None
    return f"{key}#{len(runs) + 1}" if runs else key


@dg.sensor(job=ingest_job, minimum_interval_seconds=UPLOAD_INTERVAL_SECONDS,
           default_status=dg.DefaultSensorStatus.RUNNING,
           description="Hochgeladene Lieferungen in den CKAN-Datensätzen <Mitglied>-lieferungen")
def ckan_uploads(context: dg.SensorEvaluationContext, platform: Platform):
    settings, cluster = platform.settings(), platform.cluster()
    try:
        catalog = configured_catalog(settings, cluster)
        if catalog is None:
            return dg.SkipReason("Kein CKAN konfiguriert")
        # A member whose organisation appeared since (with the first publication) gets its
        # upload dataset here.
        kept = ensure_delivery_datasets(catalog, cluster).notes()
        unread = answer_unread_uploads(catalog, cluster)
        found = pending_uploads(catalog, cluster)
    except CatalogError as error:
        return dg.SkipReason(str(error))
    # a member's own words on its upload dataset, left as they are; files not read for their name
    for note in [*kept, *unread]:
        context.log.info(note)
    if not found:
        return dg.SkipReason("; ".join(["Keine neuen Uploads", *kept, *unread]))
    return [dg.RunRequest(run_key=upload.key, partition_key=upload.member,
                          asset_selection=[lake_key(upload.dataset)],
                          tags={UPLOAD_TAG: json.dumps(asdict(upload)),
                                **member_tag(cluster, upload.member)}) for upload in found]


def _publication_sensor(name: str, status: dg.DagsterRunStatus,
                        description: str) -> dg.RunStatusSensorDefinition:
    """A sensor that refreshes and publishes after each ingestion run ending in `status`."""
    @dg.run_status_sensor(name=name, run_status=status, request_job=publish_job,
                          default_status=dg.DefaultSensorStatus.RUNNING,
                          minimum_interval_seconds=INBOX_INTERVAL_SECONDS, description=description)
    def publication_after(context: dg.RunStatusSensorContext):
        run = context.dagster_run
        if not LAKE_KEYS & set(run.asset_selection or ()):
            return dg.SkipReason(f"Lauf {run.run_id} hat nichts eingelesen")
        return dg.RunRequest(run_key=run.run_id)

    return publication_after


publish_after_ingestion = _publication_sensor(
    "publish_after_ingestion", dg.DagsterRunStatus.SUCCESS,
    "Nach jedem erfolgreichen Einlesen: Warehouse, Exporte und Katalog aktualisieren")
refresh_after_failed_ingestion = _publication_sensor(
    "refresh_after_failed_ingestion", dg.DagsterRunStatus.FAILURE,
    "Nach jedem fehlgeschlagenen Einlesen: Warehouse aktualisieren, damit „swdp status“ den "
    "Fehler und seinen Grund zeigt")


@dg.sensor(minimum_interval_seconds=WORKER_INTERVAL_SECONDS,
           default_status=dg.DefaultSensorStatus.RUNNING,
           description="Läufe, deren Prozess nicht mehr lebt (z. B. Daemon oder Server neu "
                       "gestartet), als fehlgeschlagen markieren – sonst warteten alle weiteren "
                       "Läufe dieses Mitglieds auf sie")
def beendete_prozesse(context: dg.SensorEvaluationContext):
    failed = tidy(context.instance)
    return dg.SkipReason(f"Als fehlgeschlagen markiert: {', '.join(failed)}" if failed
                         else "Kein Lauf ohne Prozess")


SENSORS = [inbox, ckan_uploads, publish_after_ingestion, refresh_after_failed_ingestion,
           beendete_prozesse]
