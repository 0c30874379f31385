"""Dagster definitions: only merges what the orchestration modules define.

Per dataset an asset `<dataset>_lake` partitioned by member (ingestion.py), then one
`warehouse` asset (the serialised DuckDB refresh), per dataset `<dataset>_exports` and
`<dataset>_catalog` (publication.py); between lake and warehouse the neighbour notifications
`coordination` (coordination.py); schedules from cluster.yaml (schedules.py); the inbox, the
CKAN uploads and the publication after each ingestion (sensors.py); the check `aktuell` per
member partition of each lake asset and the sensor for overdue deliveries (freshness.py); the
mail to the cluster's data office when a publication fails, and when it works again (alerts.py);
the daily job applying the Löschfristen and its schedule (privacy.py).
"""
import dagster as dg

from pipelines.orchestration.alerts import (veroeffentlichung_fehlgeschlagen,
                                            veroeffentlichung_wieder_erfolgreich)
from pipelines.orchestration.coordination import COORDINATION_ASSETS
from pipelines.orchestration.freshness import FRESHNESS_CHECKS, ueberfaellige_lieferungen
from pipelines.orchestration.ingestion import LAKE_ASSETS
from pipelines.orchestration.privacy import datenschutz_loeschfristen, privacy_schedule
from pipelines.orchestration.publication import PUBLICATION_ASSETS
from pipelines.orchestration.resources import Platform
from pipelines.orchestration.schedules import SCHEDULES, ingest_job, publish_job
from pipelines.orchestration.sensors import SENSORS

defs = dg.Definitions(
    assets=[*LAKE_ASSETS, *COORDINATION_ASSETS, *PUBLICATION_ASSETS],
    asset_checks=FRESHNESS_CHECKS,
    jobs=[ingest_job, publish_job, datenschutz_loeschfristen],
    schedules=[*SCHEDULES, privacy_schedule],
    sensors=[*SENSORS, ueberfaellige_lieferungen, veroeffentlichung_fehlgeschlagen,
             veroeffentlichung_wieder_erfolgreich],
    resources={"platform": Platform()},
    # One process per run, not per step: a run is one member's few datasets, and a process
    # per step would pay Dagster's and Great Expectations' start-up again for each.
    executor=dg.in_process_executor,
)
