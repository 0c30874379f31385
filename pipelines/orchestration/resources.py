"""The Dagster resource that hands every asset its Settings and cluster configuration.
An entry point: the only place in orchestration that reads the environment."""

from dataclasses import replace
from pathlib import Path

import dagster as dg

from pipelines.core.cluster import Cluster, check_locations, load_cluster
from pipelines.core.settings import Settings


class Platform(dg.ConfigurableResource):
    """Where the data lives and which cluster.yaml applies (defaults from the environment)."""
    data_dir: str = ""
    config_path: str = ""

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
