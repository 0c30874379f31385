"""Where the platform keeps its files; every path can be set from the environment."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    config_path: Path

    @classmethod
    def from_env(cls) -> Settings:
        return cls(
            data_dir=Path(os.environ.get("SWDP_DATA_DIR", "data")).resolve(),
            config_path=Path(os.environ.get("SWDP_CONFIG", PROJECT_ROOT / "cluster.yaml")).resolve(),
        )

    @property
    def raw_dir(self) -> Path:
        return self.data_dir / "raw"

    @property
    def lake_dir(self) -> Path:
        return self.data_dir / "lake"

    @property
    def rejects_dir(self) -> Path:
        return self.data_dir / "rejects"

    @property
    def runs_dir(self) -> Path:
        return self.data_dir / "runs"

    @property
    def export_dir(self) -> Path:
        return self.data_dir / "export"

    @property
    def warehouse_path(self) -> Path:
        return self.data_dir / "warehouse.duckdb"

    @property
    def dagster_home(self) -> Path:
        return Path(os.environ.get("DAGSTER_HOME") or self.data_dir / "dagster").resolve()
