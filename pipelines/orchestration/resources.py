"""The Dagster resource that hands every asset its Settings and cluster configuration.
An entry point: the only place in orchestration that reads the environment."""

import os
import socket
from dataclasses import replace
from pathlib import Path

import dagster as dg

from pipelines.core.cluster import Cluster, check_locations, load_cluster
from pipelines.core.settings import Settings

# Which process on which machine executes a run: `instance.tidy` fails a run whose process is
# gone. Dagster's default run launcher cannot check a worker itself, so a run whose worker
# died with the daemon (restart, reboot) would otherwise look started for ever – and hold
# its member's slot (one run per member at a time), queueing every later run of it.
OWNER_TAG, HOST_TAG = "swdp/pid", "swdp/host"


def owner_tags() -> dict[str, str]:
    return {OWNER_TAG: str(os.getpid()), HOST_TAG: socket.gethostname()}


class Platform(dg.ConfigurableResource):
    """Where the data lives and which cluster.yaml applies (defaults from the environment)."""
    data_dir: str = ""
    config_path: str = ""

    def setup_for_execution(self, context: dg.InitResourceContext) -> None:
        """At the start of a run (also in the worker process the daemon launched): tag the
        run with its process; in-process runs of the CLI carry the tags from the start."""
        run = context.run
        if context.instance is not None and run is not None and OWNER_TAG not in run.tags:
            context.instance.add_run_tags(run.run_id, owner_tags())

    def settings(self) -> Settings:
        # Everything else (CKAN, mail, geodata) from the environment, as the CLI has it.
        defaults = Settings.from_env()
        return replace(
            defaults,
            data_dir=Path(self.data_dir).resolve() if self.data_dir else defaults.data_dir,
            config_path=Path(self.config_path).resolve() if self.config_path else defaults.config_path,
            lock_wait=defaults.lock_wait)

    def cluster(self) -> Cluster:
        """The configuration, with every source location checked against the data folder."""
        settings = self.settings()
        return check_locations(load_cluster(settings.config_path), settings)
