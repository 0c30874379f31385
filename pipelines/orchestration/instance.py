"""The Dagster instance of the platform (DAGSTER_HOME/dagster.yaml): written once with
what production needs – one warehouse writer at a time while members' ingestions run in
parallel, run and event storage on PostgreSQL when `SWDP_DAGSTER_PG` is set – and read by
the CLI, `dagster-webserver` and `dagster-daemon` alike."""
from __future__ import annotations

from pathlib import Path

import dagster as dg
import yaml

from pipelines.core.files import atomic_write
from pipelines.core.settings import Settings
from pipelines.orchestration.schedules import WRITER_TAG

# Runs queued by schedules and sensors; ingestions of several members at once, but never two
# warehouse refreshes (DuckDB has one writer).
MAX_CONCURRENT_RUNS = 4


def instance_config(settings: Settings) -> dict:
    [(tag, value)] = WRITER_TAG.items()
    config = {
        "telemetry": {"enabled": False},
        "run_coordinator": {
            "module": "dagster._core.run_coordinator", "class": "QueuedRunCoordinator",
            "config": {"max_concurrent_runs": MAX_CONCURRENT_RUNS,
                       "tag_concurrency_limits": [
                           {"key": tag, "value": value, "limit": 1},
                           # one run per member at a time: a schedule firing again while the
                           # last run of that member still works waits for it
                           {"key": "dagster/partition", "value": {"applyLimitPerUniqueValue": True},
                            "limit": 1}]}},
    }
    if settings.dagster_postgres_url:
        # The URL stays in the environment; the file only names the variable.
        config["storage"] = {"postgres": {"postgres_url": {"env": "SWDP_DAGSTER_PG"}}}
    return config


def dagster_instance(settings: Settings) -> dg.DagsterInstance:
    """The platform's Dagster instance (DAGSTER_HOME, default <data>/dagster); writes its
    dagster.yaml if there is none (an operator's own file is left as it is)."""
    home = settings.dagster_home
    config = home / "dagster.yaml"
    if not config.exists():
        atomic_write(config, lambda partial: Path(partial).write_text(yaml.safe_dump(
            instance_config(settings), sort_keys=False, allow_unicode=True), encoding="utf-8"))
    return dg.DagsterInstance.from_config(str(home))
