"""Jobs and schedules: one schedule per member and dataset with the source's cron from
cluster.yaml."""
from __future__ import annotations

import dagster as dg

from pipelines.orchestration.coordination import COORDINATION_ASSETS
from pipelines.orchestration.ingestion import lake_key
from pipelines.orchestration.partitions import CLUSTER
from pipelines.orchestration.publication import PUBLICATION_ASSETS
from schemas import DATASET_KEYS


ingest_job = dg.define_asset_job("ingest", selection=[lake_key(d) for d in DATASET_KEYS],
                                 description="Lieferungen eines Mitglieds einlesen")
publish_job = dg.define_asset_job("refresh_and_export", selection=dg.AssetSelection.assets(
    *COORDINATION_ASSETS, *PUBLICATION_ASSETS), description="Nachbarn benachrichtigen, Warehouse "
    "aktualisieren, offene Daten exportieren und veröffentlichen")


def _source_schedule(member: str, dataset: str, cron: str) -> dg.ScheduleDefinition:
    @dg.schedule(name=f"{dataset}_{member.replace('-', '_')}", cron_schedule=cron,
                 job=ingest_job, execution_timezone=CLUSTER.timezone, description=f"{dataset} von {member} einlesen")
    def source_schedule():
        return dg.RunRequest(partition_key=member, asset_selection=[lake_key(dataset)])

    return source_schedule


SCHEDULES = [_source_schedule(s.member, s.dataset, s.schedule) for s in CLUSTER.sources()]
