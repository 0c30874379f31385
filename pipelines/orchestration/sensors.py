"""Sensors, all running from the start: the inbox (members' dropped files, looked at every
15 seconds), the members' uploads in CKAN (every 30 seconds, when a CKAN is configured) and
the publication that follows every successful ingestion. The upload sensor also creates the
members' private upload datasets `<member>-lieferungen` where missing."""
from __future__ import annotations

import json
from dataclasses import asdict

import dagster as dg

from catalog.client import CatalogError
from catalog.publish import configured_catalog
from catalog.uploads import ensure_delivery_datasets, pending_uploads

from pipelines.ingest.inbox import waiting
from pipelines.orchestration.ingestion import INBOX_TAG, LAKE_ASSETS, UPLOAD_TAG, lake_key
from pipelines.orchestration.resources import Platform
from pipelines.orchestration.schedules import ingest_job, publish_job

INBOX_INTERVAL_SECONDS = 15
UPLOAD_INTERVAL_SECONDS = 30
LAKE_KEYS = {asset.key for asset in LAKE_ASSETS}


@dg.sensor(job=ingest_job, minimum_interval_seconds=INBOX_INTERVAL_SECONDS,
           default_status=dg.DefaultSensorStatus.RUNNING,
           description="Eingangsordner inbox/<Mitglied>/<Datensatzart>/: jede abgelegte Datei "
                       "wird mit der Quelle des Mitglieds eingelesen")
def inbox(context: dg.SensorEvaluationContext, platform: Platform):
    found = waiting(platform.settings(), platform.cluster())
    if not found:
        return dg.SkipReason("Keine neuen Dateien im Eingangsordner")
    # The run key names this version of the file: a file is ingested once, a changed one again.
    return [dg.RunRequest(run_key=item.key, partition_key=item.member,
                          asset_selection=[lake_key(item.dataset)],
                          tags={INBOX_TAG: str(item.path)}) for item in found]


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
        ensure_delivery_datasets(catalog, cluster)
        found = pending_uploads(catalog, cluster)
    except CatalogError as error:
        return dg.SkipReason(str(error))
    if not found:
        return dg.SkipReason("Keine neuen Uploads")
    return [dg.RunRequest(run_key=upload.key, partition_key=upload.member,
                          asset_selection=[lake_key(upload.dataset)],
                          tags={UPLOAD_TAG: json.dumps(asdict(upload))}) for upload in found]


@dg.run_status_sensor(run_status=dg.DagsterRunStatus.SUCCESS, request_job=publish_job,
                      default_status=dg.DefaultSensorStatus.RUNNING,
                      minimum_interval_seconds=INBOX_INTERVAL_SECONDS,
                      description="Nach jedem erfolgreichen Einlesen: Warehouse, Exporte und "
                                  "Katalog aktualisieren")
def publish_after_ingestion(context: dg.RunStatusSensorContext):
    run = context.dagster_run
    if not LAKE_KEYS & set(run.asset_selection or ()):
        return dg.SkipReason(f"Lauf {run.run_id} hat nichts eingelesen")
    return dg.RunRequest(run_key=run.run_id)


SENSORS = [inbox, ckan_uploads, publish_after_ingestion]
