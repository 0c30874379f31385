"""A member's pre-check (`swdp check`): the ingestion's own checks on a file, storing
nothing. With a member, its column mapping applies (when the file is of its source's format),
records are located in its area and the row count is compared with its last released
delivery; the report has the content of the one written at ingestion."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pandas as pd

from connectors import connector_for
from pipelines.core.cluster import Cluster
from pipelines.core.settings import Settings
from pipelines.geocoding.gazetteer import member_area
from pipelines.ingest.delivery import CheckedDelivery, check_delivery, reject_table
from pipelines.quality.history import suite_options
from pipelines.quality.report import previous_report, quality_report
from schemas import load_schema


@dataclass
class PreCheck:
    checked: CheckedDelivery
    problems: pd.DataFrame      # one row per problem, as in the warehouse table `rejects`
    report: dict                # the quality report's content


def precheck(settings: Settings, cluster: Cluster, path: Path, dataset: str,
             member_key: str | None, now: datetime) -> PreCheck:
    """Raises DeliveryError for an unusable file, ConfigError for an unknown member."""
    schema = load_schema(dataset)
    member = cluster.member(member_key) if member_key else None
    connector = connector_for(path)
    source = member.sources.get(dataset) if member else None
    use_source = source is not None and source.connector == connector
    checked = check_delivery(path, schema, connector, source.options if use_source else {},
                             source.mapping if use_source else {}, member_key or "",
                             member_area(settings, cluster, member) if member else None,
                             suite_options=suite_options(settings, cluster, dataset, member_key, now))
    problems = reject_table(checked, schema, dataset, member_key or "", path.name, None)
    report = quality_report(checked, schema, problems, member=member_key or "",
                            member_name=member.name if member else "", source=path.name,
                            checked_at=now, previous=previous_report(settings, member_key, dataset)
                            if member else None)
    return PreCheck(checked, problems, report)
