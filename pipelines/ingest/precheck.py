"""A member's pre-check (`swdp check`): the ingestion's own checks on a file, storing
nothing. With a member, its column mapping applies (to a file of another format than its
source's too, as in the inbox), records are located in its area and the row count is compared with its last released
delivery; the report has the content of the one written at ingestion."""
from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

import pandas as pd

from connectors import DeliveryError, connector_by_content, connector_for, is_url, remote
from connectors.delivery import one_line
from connectors.transport import shown
from pipelines.core.cluster import Cluster
from pipelines.core.settings import Settings
from pipelines.geocoding.gazetteer import member_area
from pipelines.ingest.delivery import CheckedDelivery, check_delivery, reject_table
from pipelines.ingest.inbox import delivered_as
from pipelines.ingest.upstream import within_member_area
from pipelines.quality.history import suite_options
from pipelines.quality.report import previous_report, quality_report
from schemas import load_schema


@dataclass
class PreCheck:
    checked: CheckedDelivery
    problems: pd.DataFrame      # one row per problem, as in the warehouse table `rejects`
    report: dict                # the quality report's content


def precheck(settings: Settings, cluster: Cluster, path: Path | str, dataset: str,
             member_key: str | None, now: datetime) -> PreCheck:
    """Raises DeliveryError for an unusable file, ConfigError for an unknown member. `path`
    may be an http(s) URL: it is fetched (with the member's source options when it is that
    source's location, else by its file-name ending) and checked like a file."""
    member = cluster.member(member_key) if member_key else None
    source = member.sources.get(dataset) if member else None
    if not is_url(str(path)):
        delivered = delivered_as(source, Path(path)) if source else None
        return _checked(settings, cluster, Path(path), one_line(Path(path).name), dataset, member_key,
                        delivered.connector if delivered else connector_for(Path(path)),
                        delivered, now)
    url = str(path)
    configured = source is not None and source.remote and str(source.location) == url
    try:
        connector = source.connector if configured else connector_for(Path(urlsplit(url).path))
    except DeliveryError as unknown:  # no ending, as "…/?ical=1": what comes decides
        connector, by_ending = None, unknown
    asked = within_member_area(settings, cluster, source).options if configured else {}
    with tempfile.TemporaryDirectory(prefix="swdp-check-") as scratch:
        fetched = remote.fetch(url, connector or "csv", asked, Path(scratch))
        if connector is None and (connector := connector_by_content(fetched.path)) is None:
            raise by_ending
        return _checked(settings, cluster, fetched.path, shown(url), dataset, member_key,
                        connector, source if configured else None, now)


def _checked(settings: Settings, cluster: Cluster, path: Path, name: str, dataset: str,
             member_key: str | None, connector: str, source, now: datetime) -> PreCheck:
    schema = load_schema(dataset)
    member = cluster.member(member_key) if member_key else None
    checked = check_delivery(path, schema, connector, source.options if source else {},
                             source.mapping if source else {}, member_key or "",
                             member_area(settings, cluster, member) if member else None,
                             suite_options=suite_options(settings, cluster, dataset, member_key, now),
                             file_name=name, member_name=member.name if member else "")
    problems = reject_table(checked, schema, dataset, member_key or "", name, None,
                            source.mapping if source else None)
    report = quality_report(checked, schema, problems, member=member_key or "",
                            member_name=member.name if member else "", source=name,
                            checked_at=now, previous=previous_report(settings, member_key, dataset)
                            if member else None)
    return PreCheck(checked, problems, report)
