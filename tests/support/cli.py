"""The CLI as a user runs it: in its own process, with its own data folder."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pipelines.core.settings import PROJECT_ROOT

SAMPLES = PROJECT_ROOT / "samples" / "deliveries"
XPLAN_SAMPLES = PROJECT_ROOT.parent / "shared" / "samples" / "xplan"
SWDP = str(Path(sys.executable).with_name("swdp"))


def swdp(*args, data_dir: Path, check=False) -> subprocess.CompletedProcess:
    """Run the CLI as a user would, in its own process, with its own data directory."""
    env = {**os.environ, "SWDP_DATA_DIR": str(data_dir)}
    env.pop("DAGSTER_HOME", None)
    return subprocess.run([SWDP, *args], capture_output=True, text=True, env=env, check=check,
                          timeout=900)


def publish_cli(ckan, data_dir: Path, *args, token=None) -> subprocess.CompletedProcess:
    """`swdp publish` to the test's CKAN with its token (or the given one) in the environment."""
    os.environ["CKAN_API_TOKEN"] = ckan.token if token is None else token
    try:
        return swdp("publish", "--ckan-url", ckan.url, *args, data_dir=data_dir)
    finally:
        del os.environ["CKAN_API_TOKEN"]


def swdp_in_process(*args, data_dir: Path):
    """The same CLI called in this process (typer's runner): for tests where a process of its
    own adds nothing but start-up time. Returns exit_code, stdout and stderr."""
    from typer.testing import CliRunner

    from pipelines.cli import app

    return CliRunner().invoke(app, list(args), env={"SWDP_DATA_DIR": str(data_dir),
                                                    "DAGSTER_HOME": None})
