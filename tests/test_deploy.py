"""What a municipal IT installs (deploy/): the instance file matches what the platform writes
itself, the Kubernetes run launcher's configuration is valid for dagster-k8s, and the
systemd units start programs that exist."""
import configparser
from pathlib import Path

import yaml
from dagster._config import process_config
from dagster._core.instance.config import dagster_instance_config
from dagster_k8s import K8sRunLauncher

from pipelines.core.settings import PROJECT_ROOT, Settings
from pipelines.orchestration.instance import instance_config

DEPLOY = PROJECT_ROOT / "deploy"


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
    for unit in sorted((DEPLOY / "systemd").glob("*.service")):
        parsed = configparser.ConfigParser(interpolation=None)
        parsed.read(unit, encoding="utf-8")
        program = Path(parsed["Service"]["ExecStart"].split()[0]).name
        assert program in ("dagster-daemon", "dagster-webserver", "gunicorn"), unit.name
        assert parsed["Install"]["WantedBy"] == "multi-user.target"
    ckan = configparser.ConfigParser(interpolation=None)
    ckan.read(DEPLOY / "systemd" / "swdp-ckan.service", encoding="utf-8")
    assert "wsgi:application" in ckan["Service"]["ExecStart"]
