"""The Dagster resource that hands every asset its Settings and cluster configuration.
An entry point: the only place in orchestration that reads the environment."""

from dataclasses import replace
from pathlib import Path

import dagster as dg

from pipelines.core.cluster import Cluster, load_cluster
from pipelines.core.settings import Settings


class Platform(dg.ConfigurableResource):
    """Where the data lives and which cluster.yaml applies (defaults from the environment)."""
    data_dir: str = ""
    config_path: str = ""

    def settings(self) -> Settings:
        defaults = Settings.from_env()  # SMTP, CKAN and the rest stay as the environment says
        return replace(
            defaults,
            data_dir=Path(self.data_dir).resolve() if self.data_dir else defaults.data_dir,
            config_path=Path(self.config_path).resolve() if self.config_path else defaults.config_path)

    def cluster(self) -> Cluster:
        return load_cluster(self.settings().config_path)
