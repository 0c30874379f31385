"""Dagster as in production for tests: `dagster-daemon` and `dagster-webserver` on 127.0.0.1
with the test's own DAGSTER_HOME, started and stopped around a test; waiting for runs."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import pytest

from catalog.ckan_server import free_port
from pipelines.core.settings import PROJECT_ROOT

BIN = Path(sys.executable).parent
WORKSPACE = str(PROJECT_ROOT / "dagster_workspace.yaml")
FINISHED = (dg.DagsterRunStatus.SUCCESS, dg.DagsterRunStatus.FAILURE,
            dg.DagsterRunStatus.CANCELED)


@dataclass(frozen=True)
class DagsterServers:
    url: str                        # the webserver
    instance: dg.DagsterInstance    # the instance both use, opened by the test
    processes: list[subprocess.Popen]


@contextmanager
def dagster_servers(home: Path, env: dict, logs: Path) -> Iterator[DagsterServers]:
    """Daemon and webserver on the instance in `home` (written and migrated by the caller, as
    swdp-dagster-migrate.service does before both start) with the environment `env`; yields
    once the webserver answers, stops both afterwards. Their logs go to `logs`/daemon.log and
    webserver.log."""
    instance = dg.DagsterInstance.from_config(str(home))
    port = free_port()
    logs.mkdir(parents=True, exist_ok=True)
    commands = {"daemon": [str(BIN / "dagster-daemon"), "run", "-w", WORKSPACE],
                "webserver": [str(BIN / "dagster-webserver"), "-h", "127.0.0.1", "-p", str(port),
                              "-w", WORKSPACE]}
    processes = [subprocess.Popen(command, cwd=PROJECT_ROOT, env=env, start_new_session=True,
                                  stdout=open(logs / f"{name}.log", "w"), stderr=subprocess.STDOUT)
                 for name, command in commands.items()]
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for("die Dagster-Oberfläche antwortet", lambda: _answers(f"{url}/server_info"), 300,
                 processes)
        yield DagsterServers(url, instance, processes)
    finally:
        for process in processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=5):
            return True
    except OSError:
        return False


def wait_for(what: str, condition, timeout: float, processes=()):
    """Poll `condition` every 2 s until it returns something true (returned), failing the test
    after `timeout` seconds or when one of the `processes` has ended."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        for process in processes:
            assert process.poll() is None, f"{process.args[0]} ist beendet ({process.returncode})"
        time.sleep(2)
    pytest.fail(f"Nach {timeout:.0f} s nicht eingetreten: {what}")


def runs(instance: dg.DagsterInstance, statuses=(), **tags) -> list[dg.DagsterRun]:
    """The instance's runs with these tags (and statuses), newest first."""
    return instance.get_runs(filters=dg.RunsFilter(statuses=list(statuses), tags=tags))
