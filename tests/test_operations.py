"""Dagster as in production: `dagster-daemon` and `dagster-webserver` on 127.0.0.1 with their
own DAGSTER_HOME and a cluster.yaml whose source runs every minute. The schedule fires by
itself, a file dropped into a member's inbox is ingested by the sensor, shows up in
`swdp status`, and the member's data office gets a mail through a real SMTP server."""
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import dagster as dg
import pytest
import yaml

from catalog.ckan_server import free_port
from pipelines.core.settings import PROJECT_ROOT, Settings
from pipelines.orchestration.instance import instance_config
from support.cli import SAMPLES, SWDP
from support.smtp import smtp_server

BIN = Path(sys.executable).parent


def cluster_file(folder: Path) -> Path:
    """The project's cluster.yaml with two sources: kusel's vacancies every minute, and
    sankt-wendel's vacancies only through the inbox (its schedule off)."""
    config = yaml.safe_load((PROJECT_ROOT / "cluster.yaml").read_text(encoding="utf-8"))
    for member in config["members"]:
        sources = member.pop("sources", None) or {}
        if member["key"] in ("kusel", "sankt-wendel"):
            vacancies = sources["vacancies"]
            vacancies["location"] = str((PROJECT_ROOT / vacancies["location"]).resolve())
            vacancies.update({"schedule": "* * * * *"} if member["key"] == "kusel"
                             else {"scheduled": False})
            member["sources"] = {"vacancies": vacancies}
    path = folder / "cluster.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def wait_for(what: str, condition, timeout: float, processes=()):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        for process in processes:
            assert process.poll() is None, f"{process.args[0]} ist beendet ({process.returncode})"
        time.sleep(2)
    pytest.fail(f"Nach {timeout:.0f} s nicht eingetreten: {what}")


def successful_runs(instance: dg.DagsterInstance, **tags) -> list:
    return instance.get_runs(filters=dg.RunsFilter(statuses=[dg.DagsterRunStatus.SUCCESS],
                                                   tags=tags))


@pytest.mark.slow
def test_schedule_fires_and_an_inbox_delivery_reaches_status_and_mail(tmp_path, demo_run):
    home, data = tmp_path / "dagster", tmp_path / "data"
    home.mkdir()
    # The gazetteer of the session's demo run: built once, not again by the first scheduled run.
    shutil.copytree(demo_run[0] / "gazetteer", data / "gazetteer")
    config = cluster_file(tmp_path)
    settings = Settings(data_dir=data, config_path=config, dagster_root=home)
    (home / "dagster.yaml").write_text(yaml.safe_dump(instance_config(settings)), encoding="utf-8")
    # Storage created here once: daemon and webserver starting together would both migrate it.
    instance = dg.DagsterInstance.from_config(str(home))
    port = free_port()
    logs = tmp_path / "logs"
    logs.mkdir()
    with smtp_server() as (smtp_url, mailbox):
        env = {**os.environ, "DAGSTER_HOME": str(home), "SWDP_DATA_DIR": str(data),
               "SWDP_CONFIG": str(config), "SWDP_SMTP_URL": smtp_url}
        workspace = str(PROJECT_ROOT / "dagster_workspace.yaml")
        commands = [[str(BIN / "dagster-daemon"), "run", "-w", workspace],
                    [str(BIN / "dagster-webserver"), "-h", "127.0.0.1", "-p", str(port),
                     "-w", workspace]]
        processes = [subprocess.Popen(command, cwd=PROJECT_ROOT, env=env, start_new_session=True,
                                      stdout=open(logs / f"{i}.log", "w"), stderr=subprocess.STDOUT)
                     for i, command in enumerate(commands)]
        try:
            scheduled = wait_for("der Minuten-Zeitplan vacancies_kusel hat einen Lauf beendet",
                                 lambda: successful_runs(instance, **{
                                     "dagster/schedule_name": "vacancies_kusel"}),
                                 300, processes)
            assert scheduled[0].tags["dagster/partition"] == "kusel"

            inbox = data / "inbox" / "sankt-wendel" / "vacancies"
            inbox.mkdir(parents=True, exist_ok=True)
            shutil.copy(SAMPLES / "sankt-wendel" / "leerstand.csv", inbox)
            mail = wait_for("eine Mail an die Datenstelle von Sankt Wendel",
                            lambda: [m for m in mailbox.messages if "Sankt Wendel" in m["Subject"]],
                            480, processes)[0]
            assert mail["To"] == "opendata@lkwnd.de"
            assert "geliefert:" in mail.get_body(("plain",)).get_content()
            assert not (inbox / "leerstand.csv").exists()

            def status():
                shown = subprocess.run([SWDP, "status", "--json"], capture_output=True, text=True,
                                       env=env, timeout=120)
                entries = json.loads(shown.stdout)["partitions"] if shown.returncode == 0 else []
                return [e for e in entries if (e["municipality"], e["dataset"]) ==
                        ("sankt-wendel", "vacancies")]
            [entry] = wait_for("swdp status zeigt die Lieferung aus dem Eingangsordner", status,
                               300, processes)
            assert entry["source"] == "leerstand.csv" and entry["read"] > 0

            answer = urllib.request.urlopen(urllib.request.Request(
                f"http://127.0.0.1:{port}/graphql", data=json.dumps({"query": "{ version }"}).encode(),
                headers={"Content-Type": "application/json"}), timeout=30)
            assert json.loads(answer.read())["data"]["version"]
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
