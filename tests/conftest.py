import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipelines.cluster import load_cluster
from pipelines.settings import PROJECT_ROOT, Settings

SAMPLES = PROJECT_ROOT / "samples" / "deliveries"
XPLAN_SAMPLES = PROJECT_ROOT.parent / "shared" / "samples" / "xplan"
SWDP = str(Path(sys.executable).with_name("swdp"))


@pytest.fixture
def settings(tmp_path, monkeypatch) -> Settings:
    monkeypatch.setenv("SWDP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    return Settings.from_env()


@pytest.fixture(scope="session")
def cluster():
    return load_cluster(Settings.from_env().config_path)


def swdp(*args, data_dir: Path, check=False) -> subprocess.CompletedProcess:
    """Run the CLI as a user would, in its own process, with its own data directory."""
    env = {**os.environ, "SWDP_DATA_DIR": str(data_dir)}
    env.pop("DAGSTER_HOME", None)
    return subprocess.run([SWDP, *args], capture_output=True, text=True, env=env, check=check,
                          timeout=900)
