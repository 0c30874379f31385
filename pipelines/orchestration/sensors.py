"""Sensors, all running from the start: the inbox (members' dropped files, looked at every
15 seconds) and the publication that follows every successful ingestion."""
from __future__ import annotations

import dagster as dg

from pipelines.ingest.inbox import waiting
from pipelines.orchestration.ingestion import INBOX_TAG, LAKE_ASSETS, lake_key
from pipelines.orchestration.resources import Platform
from pipelines.orchestration.schedules import ingest_job, publish_job

INBOX_INTERVAL_SECONDS = 15
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


SENSORS = [inbox, publish_after_ingestion]
