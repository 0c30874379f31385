"""What a municipal IT installs (deploy/): the instance file matches what the platform writes
itself, the Kubernetes run launcher's configuration is valid for dagster-k8s, and the
systemd units start programs that exist, in an order that lets one of them create or
migrate the Dagster instance before the others use it."""
import configparser
import os
import shlex
import subprocess
import sys
from pathlib import Path

import yaml
import dagster as dg
from dagster._config import process_config
from dagster._core.instance.config import dagster_instance_config
from dagster_k8s import K8sRunLauncher

from pipelines.core.settings import PROJECT_ROOT, Settings
from pipelines.orchestration.instance import instance_config

DEPLOY = PROJECT_ROOT / "deploy"
SYSTEMD = DEPLOY / "systemd"
MIGRATE = "swdp-dagster-migrate.service"


def unit(name: str) -> configparser.ConfigParser:
    parsed = configparser.ConfigParser(interpolation=None)
    parsed.optionxform = str  # systemd keys are case-sensitive
    assert parsed.read(SYSTEMD / name, encoding="utf-8"), name
    return parsed


def test_the_server_instance_is_the_platforms_own_with_postgresql(tmp_path):
    settings = Settings(data_dir=tmp_path, dagster_postgres_url="postgresql://swdp@127.0.0.1/dagster")
    assert yaml.safe_load((DEPLOY / "dagster.yaml").read_text()) == instance_config(settings)
    assert "storage" not in instance_config(Settings(data_dir=tmp_path))  # local files by default
    config, _ = dagster_instance_config(str(DEPLOY))
    assert config["storage"]["postgres"]["postgres_url"] == {"env": "SWDP_DAGSTER_PG"}


def test_the_kubernetes_run_launcher_configuration_is_valid():
    config, _ = dagster_instance_config(str(DEPLOY / "kubernetes"))
    launcher = config["run_launcher"]
    assert (launcher["module"], launcher["class"]) == ("dagster_k8s", "K8sRunLauncher")
    checked = process_config(K8sRunLauncher.config_type(), launcher["config"])
    assert checked.success, [error.message for error in checked.errors]
    local = yaml.safe_load((DEPLOY / "dagster.yaml").read_text())
    assert config["run_coordinator"]["config"]["tag_concurrency_limits"] == \
        local["run_coordinator"]["config"]["tag_concurrency_limits"]


def test_the_systemd_units_start_the_installed_programs():
    for path in sorted(SYSTEMD.glob("*.service")):
        parsed = unit(path.name)
        program = Path(parsed["Service"]["ExecStart"].split()[0]).name
        assert program in ("swdp", "dagster-daemon", "dagster-webserver", "gunicorn"), path.name
        assert parsed["Install"]["WantedBy"] == "multi-user.target"
    assert "wsgi:application" in unit("swdp-ckan.service")["Service"]["ExecStart"]


def test_daemon_and_webserver_start_only_after_the_instance_is_migrated():
    """On a fresh instance both would otherwise create and migrate the same storage at once."""
    migrate = unit(MIGRATE)
    assert migrate["Service"]["Type"] == "oneshot"
    assert migrate["Service"]["RemainAfterExit"] == "yes"  # counts as started until stopped
    assert shlex.split(migrate["Service"]["ExecStart"])[1:] == ["instance"]
    for name in ("swdp-dagster-daemon.service", "swdp-dagster-webserver.service"):
        parsed = unit(name)["Unit"]
        assert MIGRATE in parsed["Requires"].split(), name
        assert MIGRATE in parsed["After"].split(), name
        # the same environment, so the same DAGSTER_HOME and PostgreSQL
        assert unit(name)["Service"]["EnvironmentFile"] == migrate["Service"]["EnvironmentFile"]
        assert unit(name)["Service"]["User"] == migrate["Service"]["User"]


def test_the_migration_units_command_creates_and_migrates_a_fresh_instance(tmp_path):
    """The unit's command, with this venv's program, on an empty DAGSTER_HOME: it writes the
    platform's dagster.yaml and creates the storage, so daemon and webserver find it ready;
    run again (after an update) it changes nothing."""
    home = tmp_path / "dagster"
    program, *arguments = shlex.split(unit(MIGRATE)["Service"]["ExecStart"])
    env = {**os.environ, "DAGSTER_HOME": str(home), "SWDP_DATA_DIR": str(tmp_path / "data")}
    env.pop("SWDP_DAGSTER_PG", None)
    for _ in range(2):
        done = subprocess.run([str(Path(sys.executable).parent / Path(program).name), *arguments],
                              env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-2000:]
        assert "Dagster-Instanz in" in done.stdout and "ist angelegt" in done.stdout
    assert yaml.safe_load((home / "dagster.yaml").read_text()) == instance_config(
        Settings(data_dir=tmp_path))
    with dg.DagsterInstance.from_config(str(home)) as instance:
        assert (home / "history" / "runs.db").exists()
        assert instance.get_runs() == []
