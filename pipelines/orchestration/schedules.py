"""Jobs and schedules: one schedule per member and dataset with the source's cron from
cluster.yaml, running from the start unless the source says `scheduled: false`."""
from __future__ import annotations

import dagster as dg

from pipelines.core.cluster import Source

from pipelines.orchestration.coordination import COORDINATION_ASSETS
from pipelines.orchestration.ingestion import lake_key
from pipelines.orchestration.partitions import CLUSTER, member_tag
from pipelines.orchestration.publication import PUBLICATION_ASSETS
from schemas import DATASET_KEYS, load_schema


ingest_job = dg.define_asset_job("ingest", selection=[lake_key(d) for d in DATASET_KEYS],
                                 description="Lieferungen eines Mitglieds einlesen")
# DuckDB has one writer: the run coordinator (dagster.yaml) runs one run with this tag at a
# time, while ingestion runs of different members go on in parallel.
WRITER_TAG = {"swdp/schreiber": "warehouse"}
publish_job = dg.define_asset_job("refresh_and_export", selection=dg.AssetSelection.assets(
    *COORDINATION_ASSETS, *PUBLICATION_ASSETS), tags=WRITER_TAG,
    description="Nachbarn benachrichtigen, Warehouse aktualisieren, offene Daten exportieren und "
                "veröffentlichen")


def _source_schedule(source: Source) -> dg.ScheduleDefinition:
    member, dataset = source.member, source.dataset

    @dg.schedule(name=f"{dataset}_{member.replace('-', '_')}", cron_schedule=source.schedule,
                 job=ingest_job, execution_timezone=CLUSTER.timezone,
                 default_status=(dg.DefaultScheduleStatus.RUNNING if source.scheduled
                                 else dg.DefaultScheduleStatus.STOPPED),
                 description=f"{load_schema(dataset).title} von {CLUSTER.member_name(member)} "
                             "einlesen")
    def source_schedule():
        return dg.RunRequest(partition_key=member, asset_selection=[lake_key(dataset)],
                             tags=member_tag(CLUSTER, member))

    return source_schedule


SCHEDULES = [_source_schedule(source) for source in CLUSTER.sources()]
