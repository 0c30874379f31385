"""The Dagster instance of the platform (DAGSTER_HOME/dagster.yaml), read by the CLI,
`dagster-webserver` and `dagster-daemon` alike. The platform writes what production needs:
one warehouse writer at a time while members' ingestions run in parallel, run and event
storage on PostgreSQL when `SWDP_DAGSTER_PG` is set, run monitoring (fails runs whose worker
died) and retention of old ticks. The file stays the platform's, and is updated with it,
until an operator removes its marker line to keep own edits.

`tidy` clears what killed runs leave behind – in-process runs of the CLI and runs the
daemon launched (their worker tags itself, `Platform`): runs that still look started, and
finished runs past the retention (Dagster keeps runs forever otherwise, ~400 KB each).
"""
from __future__ import annotations

import contextlib
import io
import socket
from datetime import datetime, timedelta, timezone
from pathlib import Path

import dagster as dg
import yaml

from pipelines.core.files import atomic_write, process_running
from pipelines.core.settings import Settings
from pipelines.orchestration.resources import HOST_TAG, OWNER_TAG
from pipelines.orchestration.schedules import WRITER_TAG

# Runs queued by schedules and sensors; ingestions of several members at once, but never two
# warehouse refreshes (DuckDB has one writer).
MAX_CONCURRENT_RUNS = 4
RUN_RETENTION_DAYS = 90
_MARKER = ("# Written by swdp (pipelines/orchestration/instance.py); delete this line to keep "
           "your own edits.\n")


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
        "run_monitoring": {"enabled": True, "start_timeout_seconds": 180,
                           "cancel_timeout_seconds": 180, "max_resume_run_attempts": 0,
                           "poll_interval_seconds": 120, "free_slots_after_run_end_seconds": 300},
        "retention": {"schedule": {"purge_after_days": 90},
                      "sensor": {"purge_after_days": {"skipped": 7, "failure": 30, "success": -1}}},
    }
    if settings.dagster_postgres_url:
        # The URL stays in the environment; the file only names the variable.
        config["storage"] = {"postgres": {"postgres_url": {"env": "SWDP_DAGSTER_PG"}}}
    return config


def dagster_instance(settings: Settings) -> dg.DagsterInstance:
    """The platform's Dagster instance (DAGSTER_HOME, default <data>/dagster)."""
    home = settings.dagster_home
    config = home / "dagster.yaml"
    wanted = _MARKER + yaml.safe_dump(instance_config(settings), sort_keys=False,
                                      allow_unicode=True)
    current = config.read_text(encoding="utf-8") if config.exists() else None
    former_default = "telemetry:\n  enabled: false\n"  # what the platform wrote before
    if current is None or (current != wanted and (current.startswith(_MARKER)
                                                  or current == former_default)):
        atomic_write(config, lambda partial: Path(partial).write_text(wanted, encoding="utf-8"))
    return dg.DagsterInstance.from_config(str(home))


def migrate_instance(settings: Settings) -> None:
    """What `dagster instance migrate` does, on the platform's instance: create the storage
    of a fresh instance or bring an existing one to this Dagster version's schema. Dagster's
    own English progress (a line, and a bar over every run on disk) stays off the console:
    `swdp instance` reports in one German line; a failure still raises."""
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        dagster_instance(settings).upgrade()


def tidy(instance: dg.DagsterInstance) -> list[str]:
    """Fail the runs of this machine whose process is gone (and delete finished runs past
    the retention); returns the ids of the runs failed."""
    dead = [run for run in instance.get_runs(dg.RunsFilter(
            statuses=[dg.DagsterRunStatus.STARTED, dg.DagsterRunStatus.STARTING],
            tags={HOST_TAG: socket.gethostname()}))
            if OWNER_TAG in run.tags and not process_running(int(run.tags[OWNER_TAG]))]
    for run in dead:
        instance.report_run_failed(run, "Prozess des Laufs beendet (abgebrochen, abgestürzt "
                                        "oder Dagster-Daemon neu gestartet) – als fehlgeschlagen "
                                        "markiert; der Lauf kann wiederholt werden")
    cutoff = datetime.now(timezone.utc) - timedelta(days=RUN_RETENTION_DAYS)
    for run in instance.get_runs(dg.RunsFilter(created_before=cutoff, statuses=[
            dg.DagsterRunStatus.SUCCESS, dg.DagsterRunStatus.FAILURE, dg.DagsterRunStatus.CANCELED])):
        instance.delete_run(run.run_id)
    return [run.run_id for run in dead]
