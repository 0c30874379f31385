"""The Löschfristen apply themselves: the Dagster schedule `datenschutz_loeschfristen` runs
every day at `privacy.expire_at` of cluster.yaml (Europe/Berlin) the job that calls the same
function as `swdp privacy expire`. Evaluated and run as the daemon would, in this process."""
import json
import os
import subprocess
import sys
from datetime import datetime, timedelta

import dagster as dg
import pytest

from pipelines.core.cluster import ConfigError, load_cluster
from pipelines.core.settings import Settings
from pipelines.orchestration.instance import dagster_instance
from support.cli import swdp_in_process
from test_privacy import _config


def test_the_daily_schedule_runs_the_loeschfristen_as_the_command_does(tmp_path, monkeypatch):
    from pipelines.orchestration.definitions import defs

    _, data_dir = _config(tmp_path, monkeypatch, "privacy:\n  file_retention_days: 30")
    ran = swdp_in_process("run", "-m", "kusel", "-d", "vacancies", data_dir=data_dir)
    assert ran.returncode == 0, ran.stderr[-2000:]
    [mail] = (data_dir / "outbox").glob("*.eml")  # the member's mail, with Markus Görgen's row
    month_ago = (datetime.now() - timedelta(days=31)).timestamp()
    os.utime(mail, (month_ago, month_ago))

    schedule = defs.get_schedule_def("datenschutz_loeschfristen")
    assert (schedule.cron_schedule, schedule.execution_timezone) == ("30 3 * * *", "Europe/Berlin")
    assert schedule.default_status == dg.DefaultScheduleStatus.RUNNING
    assert schedule.description == ("Löschfristen täglich um 03:30 Uhr anwenden (privacy.expire_at "
                                    "in cluster.yaml), wie `swdp privacy expire`")
    assert defs.get_job_def("datenschutz_loeschfristen").description.startswith(
        "Datenschutz: Löschfristen anwenden (Art. 5 Abs. 1 lit. e DSGVO)")
    [request] = schedule.evaluate_tick(dg.build_schedule_context(
        repository_def=defs.get_repository_def())).run_requests

    monkeypatch.setenv("SWDP_DATA_DIR", str(data_dir))
    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    load_cluster.cache_clear()  # the test's cluster.yaml, as a run's process reads it
    with dagster_instance(Settings.from_env()) as instance:
        result = defs.get_job_def(schedule.job_name).execute_in_process(
            instance=instance, tags=request.tags)
    assert result.success
    assert not mail.exists()
    [output] = [event for event in result.all_events if event.is_successful_output]
    metadata = output.event_specific_data.metadata
    assert metadata["gelöschte Dateien"].value == 1
    assert metadata["ergebnis"].value == ("Löschfristen angewendet: 1 Datei gelöscht, "
                                          "personenbezogene Felder von 0 zurückgezogenen "
                                          "Datensätzen geleert.")


@pytest.mark.parametrize("written, cron, shown", [("4:15", "15 4 * * *", "04:15"),
                                                  ('"22:05"', "5 22 * * *", "22:05")])
def test_the_time_of_day_comes_from_cluster_yaml(tmp_path, monkeypatch, written, cron, shown):
    """A process of its own reads the definitions from the changed cluster.yaml (4:15 without
    quotes is what YAML reads as minutes: it means a quarter past four all the same)."""
    _config(tmp_path, monkeypatch, f"privacy:\n  raw_retention_days: 730\n  expire_at: {written}")
    script = ("import json\n"
              "from pipelines.orchestration.definitions import defs\n"
              "s = defs.get_schedule_def('datenschutz_loeschfristen')\n"
              "print(json.dumps([s.cron_schedule, s.execution_timezone, s.description]))\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=300, env={**os.environ, "SWDP_DATA_DIR": str(tmp_path / "data")})
    assert result.returncode == 0, result.stderr[-3000:]
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found[:2] == [cron, "Europe/Berlin"]
    assert found[2].startswith(f"Löschfristen täglich um {shown} Uhr anwenden")


def test_a_time_of_day_that_is_none_is_refused_naming_the_entry(tmp_path, monkeypatch):
    _config(tmp_path, monkeypatch, 'privacy:\n  expire_at: "25:00"')
    load_cluster.cache_clear()
    with pytest.raises(ConfigError) as refused:
        load_cluster(tmp_path / "cluster.yaml")
    assert str(refused.value) == ("cluster.yaml: Abschnitt privacy: expire_at muss eine Uhrzeit "
                                  "wie „03:30“ sein (Stunde:Minute, 03:30 ohne Eintrag), nicht „25:00“")
